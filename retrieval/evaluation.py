"""``majlis eval``: retrieval hit@k, answer accuracy and abstention accuracy on a question set.

A question set is JSON Lines, one question per line::

    {"id": "en-ar-01", "question": "Who did Prince Mohammed bin Salman meet in Jeddah?",
     "doc": "snn-20150721-1528", "expect": [["Kadyrov", "قاديروف"]]}
    {"id": "abs-01", "question": "Did Mohammed bin Salman meet Masoud Barzani?",
     "doc": null, "abstain": true}

``doc`` is the article that answers it, or a list of articles that report the
same event (wire copy runs in several papers; the first decides the language
pair); ``expect`` lists facts the answer must state, each as alternatives
(compared after Arabic folding and lower-casing). An answer is correct when it
does not abstain, states every fact and cites one of the articles; a question
with ``"abstain": true`` is correct when the answer abstains. Retrieval hit@k
counts a question when one of its articles is among the top k paragraphs.
Results are grouped by language pair: question → article.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from tqdm.auto import tqdm

from .errors import InvalidArgumentError
from .normalize import detect_language, normalize


@dataclass(frozen=True)
class Case:
    id: str
    question: str
    docs: tuple[str, ...]
    expect: tuple[tuple[str, ...], ...] = ()
    abstain: bool = False


@dataclass(frozen=True)
class Outcome:
    case: Case
    pair: str  # "ar→en"; "ar→none" for questions that should be refused
    hit: bool | None  # the article among the top k of search (None: no article)
    correct: bool
    abstained: bool
    answer: str


def read_cases(path: str | Path) -> list[Case]:
    """Questions from a JSON Lines file; :class:`InvalidArgumentError` names a bad line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidArgumentError(f"cannot read the question set {path}: {exc}") from exc
    cases = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            doc = row.get("doc")
            docs = tuple(str(d) for d in ([doc] if isinstance(doc, str) else doc or ()))
            case = Case(id=str(row["id"]), question=str(row["question"]), docs=docs,
                        expect=tuple(tuple(str(a) for a in group) for group in row.get("expect", ())),
                        abstain=bool(row.get("abstain", False)))
        except (ValueError, KeyError, TypeError) as exc:
            raise InvalidArgumentError(
                f"{path}:{number}: expected a JSON object with id, question, doc and expect "
                f"(or abstain): {exc}") from exc
        if not case.abstain and (not case.docs or not case.expect):
            raise InvalidArgumentError(f"{path}:{number}: an answerable question needs doc "
                                       "and expect")
        cases.append(case)
    if not cases:
        raise InvalidArgumentError(f"{path} holds no questions")
    return cases


def _states(answer: str, alternatives: tuple[str, ...]) -> bool:
    """Whether an answer says one of the alternatives; a number only as a whole number
    ("14" is not said by «1436هـ», nor "15" by "2015")."""
    folded = normalize(answer)
    return any(re.search(_whole(normalize(alternative)), folded) for alternative in alternatives)


def _whole(alternative: str) -> str:
    return ("(?<!\\d)" if alternative[:1].isdigit() else "") + re.escape(alternative) \
        + ("(?!\\d)" if alternative[-1:].isdigit() else "")


def evaluate(kb, cases: list[Case], *, k: int = 5, progress: bool = False) -> list[Outcome]:
    """Ask every question of ``kb`` and judge the answers."""
    outcomes = []
    for case in tqdm(cases, desc="questions", unit="q", disable=not progress):
        language = detect_language(case.question)
        languages = [kb.document_language(doc_id) for doc_id in case.docs]
        for doc_id, found in zip(case.docs, languages):
            if found is None:
                raise InvalidArgumentError(f"question {case.id}: article {doc_id} is not in "
                                           f"the store {kb.path}/")
        target = languages[0] if case.docs else "none"
        hit = None
        if case.docs:
            hit = any(s.doc_id in case.docs for s in kb.search(case.question, k=k))
        answer = kb.ask(case.question, k=k)
        if case.abstain:
            correct = answer.abstained
        else:
            cited = {source.doc_id for _, source in answer.cited()}
            correct = (not answer.abstained and bool(cited & set(case.docs))
                       and all(_states(answer.text, group) for group in case.expect))
        outcomes.append(Outcome(case, f"{language}→{target}", hit, correct, answer.abstained,
                                answer.text))
    return outcomes


def summary(outcomes: list[Outcome], k: int = 5) -> list[dict]:
    """One row per language pair, and one for all: counts and rates."""
    rows = []
    pairs = sorted({o.pair for o in outcomes}, key=lambda p: (p.endswith("none"), p))
    for pair in [*pairs, "all"]:
        group = [o for o in outcomes if pair in ("all", o.pair)]
        answerable = [o for o in group if not o.case.abstain]
        hits = [o.hit for o in answerable if o.hit is not None]
        refused_right = sum(o.abstained == o.case.abstain for o in group)
        rows.append({
            "pair": pair,
            "questions": len(group),
            f"hit@{k}": round(sum(hits) / len(hits), 3) if hits else None,
            "answer_accuracy": (round(sum(o.correct for o in answerable) / len(answerable), 3)
                                if answerable else None),
            "abstention_accuracy": round(refused_right / len(group), 3),
            "abstain_correct": (round(sum(o.correct for o in group if o.case.abstain)
                                      / max(1, sum(o.case.abstain for o in group)), 3)
                                if any(o.case.abstain for o in group) else None),
        })
    return rows
