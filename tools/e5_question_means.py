"""Write retrieval/data/e5_question_means.npz, e5's mean question vector per language.

Run by a developer when the bundled model changes, not at install time:

    python tools/e5_question_means.py [--xquad ../shared/data/xquad]

The questions of XQuAD's tuning split (even-numbered articles; CC BY-SA 4.0)
are embedded as queries in Arabic and in English, and each language's mean
vector is saved with the embedder id it belongs to.
``E5Embedder.cross_lingual_query`` removes part of it from a question before
searching the other language. The held-out split (odd-numbered articles) is
left for ``bench/retrieval_xquad.py`` and ``bench/calibrate.py`` to report on.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.embedding import QUESTION_MEANS_PATH, E5Embedder  # noqa: E402
from retrieval.normalize import LANGUAGES  # noqa: E402


def tuning_questions(xquad: Path, language: str) -> list[str]:
    data = json.loads((xquad / f"xquad.{language}.json").read_text(encoding="utf-8"))
    return [qa["question"] for number, article in enumerate(data["data"]) if number % 2 == 0
            for paragraph in article["paragraphs"] for qa in paragraph["qas"]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--xquad", type=Path, default=ROOT.parent / "shared" / "data" / "xquad")
    parser.add_argument("--out", type=Path, default=QUESTION_MEANS_PATH)
    args = parser.parse_args()
    embedder = E5Embedder()
    means, counts = {}, []
    for language in LANGUAGES:
        questions = tuning_questions(args.xquad, language)
        vectors = np.vstack([embedder.embed_query(question) for question in questions])
        means[language] = vectors.mean(axis=0).astype(np.float32)
        counts.append(f"{len(questions)} {language}")
    np.savez(args.out, embedder=np.array(embedder.id), **means)
    print(f"wrote {args.out} from {', '.join(counts)} questions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
