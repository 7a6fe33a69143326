"""Hybrid, language-aware search: dense per language + BM25, fused with RRF.

multilingual-e5 ranks same-language paragraphs above cross-language ones
(in a mixed store 93–96 % of its top 10 share the question's language), so a
paragraph that answers an English question in Arabic would sink below
unrelated English ones. A paragraph's dense score is the mean of its cosine and
its best sentence's (``SENTENCE_WEIGHT``): a question asks about one sentence,
and a paragraph's vector blurs it with the rest — the more so across
languages (XQuAD ar→en Recall@5 0.91 → 0.94). Each language is therefore searched on its own, the
other language with the embedder's cross-language query vector (for e5, the
question less part of its language's mean question vector, see
:mod:`embedding`), and the cross-language scores are lifted by
``CROSS_LINGUAL_OFFSET`` (tuned on the XQuAD tuning split by
``bench/calibrate.py``) before the two lists are merged.
BM25 over Arabic-aware stems adds exact names and numbers, with the question's
meeting words expanded to their synonyms (:mod:`lexicon`); reciprocal rank
fusion merges the two legs without having to put their scores on one scale.
BM25 matches only the question's script, so the fusion favours its language: the other
language's best dense match, when clearly ahead of the rest of its language, keeps the
last place among the hits (``DISTINCT_LEAD``), and so does the other language's dense
candidate that says most of the question's words through the :mod:`glossary` ("government
debt" and "sustainable investment rule" for «الدين الحكومي وفق قاعدة الاستثمار المستدام»),
BM25's part across the two languages, unless a paragraph of the question's language among
the hits is close enough to answer from (``ABSTAIN_SAME_LANGUAGE``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import numpy as np

from . import glossary
from .errors import InvalidArgumentError
from .fusion import reciprocal_rank_fusion
from .lexicon import expand, units, without_happenings
from .normalize import LANGUAGES, index_terms, normalize
from .store import Store

Mode = Literal["hybrid", "dense", "lexical"]
MODES: tuple[Mode, ...] = ("hybrid", "dense", "lexical")

CANDIDATES = 50
# Tuned for multilingual-e5 on the even-numbered XQuAD articles (bench/calibrate.py):
# each gives the best mean Recall@5 over same- and cross-language questions, the
# first for plain query cosines (answer sentences), the second for the scores of
# centred cross-language queries (paragraph search, mixed with the best sentence).
CROSS_LINGUAL_OFFSET = 0.055
CENTERED_CROSS_LINGUAL_OFFSET = 0.195
MIN_LEXICAL_COVERAGE = 0.5
# How far dense search's best paragraph, in the other language, must lead the next one of
# that language to keep a place among the hits (chosen on the eval sets: 0.01 and 0.02 both
# gained answers and lost none there; with no lead required, four were lost).
DISTINCT_LEAD = 0.01
# The share of a question's glossary words (two at least) that a paragraph of the other
# language must have to keep the last place among the hits.
GLOSSED_COVERAGE = 0.5
# Lowest raw cosine of a paragraph in the question's language that counts as evidence to
# answer from (maximises balanced accuracy on the XQuAD tuning split, bench/calibrate.py);
# with such a paragraph among the hits, the glossary's match takes no place.
ABSTAIN_SAME_LANGUAGE = 0.835
# Weight of the best sentence's cosine in a paragraph's dense score, tuned on the
# same split (bench/calibrate.py).
SENTENCE_WEIGHT = 0.5


@dataclass(frozen=True)
class Hit:
    """A retrieved paragraph with its fused score and its cosine with the query."""

    paragraph_id: int
    language: str
    score: float
    cosine: float


def calibrated(cosine: float, paragraph_language: str, question_language: str) -> float:
    """A cosine made comparable across languages (see the module docstring)."""
    if paragraph_language == question_language:
        return cosine
    return cosine + CROSS_LINGUAL_OFFSET


def _dense_scores(store: Store, vector: np.ndarray, language: str, use_sentences: bool
                  ) -> list[tuple[int, float, float]]:
    """The best paragraphs of ``language`` for ``vector`` as (id, cosine, score):
    the score is the cosine mixed with the best sentence's when the store keeps
    sentence vectors."""
    found = store.dense_search(vector, language, CANDIDATES)
    if not use_sentences:
        return [(pid, cosine, cosine) for pid, cosine in found]
    sentences = store.sentence_vectors(pid for pid, _ in found)
    mixed = []
    for pid, cosine in found:
        best = max(cosine, float((sentences[pid] @ vector).max())) if pid in sentences else cosine
        mixed.append((pid, cosine, (1 - SENTENCE_WEIGHT) * cosine + SENTENCE_WEIGHT * best))
    return mixed


def _lexical_evidence(store: Store, terms: list[str], ranked: list[int]) -> list[int]:
    """The lexical ranking, keeping paragraphs that contain enough of the question.

    A cross-language question shares few words with its answer, and BM25 then
    ranks whatever same-script paragraph happens to share one (a "two" or a
    "million"); in RRF such a stray match would outvote dense search, so a
    lexical match counts only when it covers ``MIN_LEXICAL_COVERAGE`` of the
    question's terms (meeting synonyms count as the word they stand for).
    """
    wanted = units(terms)
    if not wanted:
        return []
    stored = store.terms(ranked)
    return [pid for pid in ranked
            if len(wanted & units(stored.get(pid, ()))) >= MIN_LEXICAL_COVERAGE * len(wanted)]


def _having_terms(store: Store, ranked: list[int], terms: set[str]) -> list[int]:
    """The paragraphs of ``ranked`` that have any of the index ``terms``, in order."""
    stored = store.terms(ranked)
    return [pid for pid in ranked if terms & set(stored.get(pid, ()))]


def _spelling_any(store: Store, ranked: list[int], spellings: tuple[str, ...]) -> list[int]:
    """The paragraphs of ``ranked`` that have any of the words of ``spellings`` or any of
    its phrases (two words or more) as written, word after word (one with a
    conjunction or preposition before it: «برجال ألمع»), in order."""
    words = {term for spelling in spellings if " " not in spelling for term in index_terms(spelling)}
    phrases = [spelling for spelling in spellings if " " in spelling]
    having_words = set(_having_terms(store, ranked, words)) if words else set()
    written: set[int] = set()
    if phrases:
        pattern = re.compile(r"(?<!\w)(?:[وفبلك]|وب|ول)?(?:" + "|".join(
            r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases) + r")(?!\w)")
        rows = store.paragraphs([pid for pid in ranked if pid not in having_words])
        written = {pid for pid, row in rows.items() if pattern.search(row.text)}
    return [pid for pid in ranked if pid in having_words or pid in written]


_NUMBER = re.compile(r"\d{2,}")  # "1970s" → 1970; one-digit counts are often spelled out
# a thousands separator: "1,500" is the «1500» of an Arabic report
DIGIT_GROUPING = re.compile(r"(?<=\d)[,\u066c](?=\d{3}(?!\d))")


def numbers_in(text: str) -> set[str]:
    """The numbers of two or more digits a text writes ("1,500" is 1500, «٢٠٠٤» 2004)."""
    return set(_NUMBER.findall(DIGIT_GROUPING.sub("", normalize(text))))


def _writing_the_numbers(store: Store, ranked: list[int], numbers: set[str]) -> list[int]:
    """The paragraphs of ``ranked`` that write every one of ``numbers``, in order."""
    rows = store.paragraphs(ranked)
    return [pid for pid in ranked if pid in rows and numbers <= numbers_in(rows[pid].text)]


def _glossed_across(store: Store, ranked: list[int], terms: list[str]) -> list[int]:
    """The paragraphs of ``ranked`` (in the other language than the question's index
    ``terms``) that have, through the glossary, ``GLOSSED_COVERAGE`` of the question's words
    the glossary pairs (two at least), those having most first, in order."""
    asked = glossary.entries(set(terms))
    if len(asked) < 2:
        return []
    stored = store.terms(ranked)
    counts = {pid: len(glossary.covered(asked, stored.get(pid, ()))) for pid in ranked}
    kept = [pid for pid in ranked if counts[pid] >= max(2, GLOSSED_COVERAGE * len(asked))]
    return sorted(kept, key=lambda pid: -counts[pid])


def _name_matches(store: Store, names: tuple[str, ...]) -> list[int]:
    """Paragraphs naming the people: BM25 over the names' words, keeping paragraphs
    that contain a whole spelling's last word (the surname)."""
    terms = [t for name in names for t in index_terms(name)]
    ranked = [pid for pid, _ in store.lexical_search(terms, CANDIDATES)]
    return _having_terms(store, ranked, {words[-1] for words in map(index_terms, names) if words})


def hybrid_search(
    store: Store,
    query_vector: np.ndarray,
    query: str,
    question_language: str,
    k: int,
    *,
    mode: Mode = "hybrid",
    names: tuple[str, ...] = (),
    reported: tuple[int, ...] = (),
    cross_vector: np.ndarray | None = None,
    spelled: tuple[str, ...] = (),
    spelled_across: tuple[str, ...] = (),
) -> list[Hit]:
    """The ``k`` best paragraphs for ``query``, best first.

    ``cross_vector`` is the centred query vector for paragraphs in the other
    language (``Embedder.cross_lingual_query``; without it, ``query_vector``
    searches both). A hit's ``cosine`` is always with ``query_vector``.

    From the meeting ledger: ``reported`` are paragraphs that report meetings
    of the people the query names, best first, and ``names`` those people's
    spellings in both scripts ("Kadyrov" in an English question also searches
    for «قاديروف», which neither the English words nor e5 reliably reach).
    ``spelled`` are Latin names the rare Arabic words of the query may spell
    (:mod:`latin_spellings`: «جوبيناث» is "Gopinath"), searched by BM25 as one more
    ranking. ``spelled_across`` are words of the other script the query's names stand
    for: Arabic words the rare Latin names of an English query may spell
    (:mod:`arabic_spellings`: "Dawadmi" is «الدوادمي»; two words in a row, such as
    «رجال ألمع» for "Rijal Almaa", count only as written together), and cities that only the other
    language's articles name ("Al-Kharj", «الخرج»). The other language's dense candidates
    that have one, in dense order, are one more ranking (only those, so a word that is
    also a common one brings in no paragraph dense search did not find); so are those that
    write every number of two digits or more the query writes ("2004").
    Each is one more ranking in the fusion.
    """
    if mode not in MODES:
        raise InvalidArgumentError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    scores: dict[int, float] = {}  # calibrated, comparable across the two languages
    cosines: dict[int, tuple[str, float]] = {}  # with query_vector
    languages: dict[int, str] = {}
    use_sentences = store.has_sentence_vectors
    for language in LANGUAGES:
        plain = language == question_language or cross_vector is None
        vector = query_vector if plain else cross_vector
        for pid, cosine, score in _dense_scores(store, vector, language, use_sentences):
            languages[pid] = language
            if plain:
                scores[pid] = calibrated(score, language, question_language)
                cosines[pid] = (language, cosine)
            else:
                scores[pid] = score + CENTERED_CROSS_LINGUAL_OFFSET
    dense = sorted(scores, key=lambda pid: -scores[pid])
    terms = index_terms(without_happenings(query))
    lexical = [] if mode == "dense" else \
        [pid for pid, _ in store.lexical_search(expand(terms), CANDIDATES)]
    if mode == "hybrid":
        lexical = _lexical_evidence(store, terms, lexical)
    rankings = {"hybrid": [dense, lexical], "dense": [dense], "lexical": [lexical]}[mode]
    if mode == "hybrid":
        rankings += [list(reported), _name_matches(store, names) if names else []]
        if spelled:
            spelled_terms = [term for name in spelled for term in index_terms(name)]
            rankings.append([pid for pid, _ in store.lexical_search(spelled_terms, CANDIDATES)])
        other = [pid for pid in dense if languages[pid] != question_language]
        if spelled_across:
            rankings.append(_spelling_any(store, other, spelled_across))
        numbers = numbers_in(query)
        if numbers:
            # digits are written alike in both languages: "2004" in «كم بلغ نمو اقتصاد سنغافورة
            # في عام 2004؟» is the year of the English report, and of few Arabic ones
            rankings.append(_writing_the_numbers(store, other, numbers))
    fused = reciprocal_rank_fusion(rankings)
    if mode == "hybrid":
        fused = _keeping_a_distinct_lead(fused, dense, scores, languages, question_language, k)
        # (not when a paragraph of the question's language kept among the hits is close
        # enough to answer from: the glossary's match would displace the right one)
        answered = any(cosines.get(pid, ("", 0.0))[0] == question_language
                       and cosines[pid][1] >= ABSTAIN_SAME_LANGUAGE for pid, _ in fused[:k - 1])
        if not answered:
            fused = _keeping_the_last_place(fused, _glossed_across(store, other, terms)[:1], k)
    fused = fused[:k]
    missing = [pid for pid, _ in fused if pid not in cosines]
    # cross-language and lexical-only hits: their cosine with the query itself (the
    # language of a lexical-only hit is read from the store)
    unseen = [pid for pid in missing if pid not in languages]
    languages.update({pid: row.language for pid, row in store.paragraphs(unseen).items()})
    for pid in missing:
        if pid in languages:
            cosines[pid] = (languages[pid], float(store.vector(pid, languages[pid]) @ query_vector))
    return [Hit(pid, cosines[pid][0], score, cosines[pid][1]) for pid, score in fused]


def _keeping_a_distinct_lead(fused: list[tuple[int, float]], dense: list[int], scores: dict[int, float],
                             languages: dict[int, str], question_language: str, k: int
                             ) -> list[tuple[int, float]]:
    """``fused`` with dense search's best paragraph among its first ``k``, when that
    paragraph is in the other language and leads the next one of that language by
    ``DISTINCT_LEAD``: it takes the last place.

    BM25 only matches the question's own script, so in the fusion any paragraph that both
    legs rank outvotes the other language's best dense match (dense rank 1 scores 1/61,
    ranks 30 in both legs 2/90): "Which Sony executive apologised to President Obama ...?"
    ranked the Arabic report dense search put first below English paragraphs on Sony and
    Obama. A paragraph barely ahead of the next one of its language is no distinct match,
    and is left to the fusion.
    """
    if k < 2 or not dense or languages[dense[0]] == question_language \
            or any(pid == dense[0] for pid, _ in fused[:k]):
        return fused
    runner_up = next((pid for pid in dense[1:] if languages[pid] != question_language), None)
    if runner_up is not None and scores[dense[0]] - scores[runner_up] < DISTINCT_LEAD:
        return fused
    return fused[:k - 1] + [next(pair for pair in fused if pair[0] == dense[0])]


def _keeping_the_last_place(fused: list[tuple[int, float]], paragraphs: list[int], k: int
                            ) -> list[tuple[int, float]]:
    """``fused`` with the first of ``paragraphs`` among its first ``k``: when it is not, it
    takes the last place, with the score of the one it displaces.

    The glossary's words are few and common ("minister", "women"), so its match ranks too
    low to be another ranking in the fusion (there it displaced the right paragraph of
    the question's own language as often as it brought in the right one of the other);
    one place, the last, is its.
    """
    if k < 2 or not paragraphs or any(pid == paragraphs[0] for pid, _ in fused[:k]):
        return fused
    if len(fused) < k:
        return fused + [(paragraphs[0], fused[-1][1] if fused else 0.0)]
    return fused[:k - 1] + [(paragraphs[0], fused[k - 1][1])]


def merge_hits(rankings: list[list[Hit]], k: int) -> list[Hit]:
    """Fuse several hit lists (for example a follow-up searched two ways) with RRF."""
    language: dict[int, str] = {}
    cosine: dict[int, float] = {}
    for ranking in rankings:
        for hit in ranking:
            language[hit.paragraph_id] = hit.language
            cosine[hit.paragraph_id] = max(hit.cosine, cosine.get(hit.paragraph_id, -1.0))
    fused = reciprocal_rank_fusion([[hit.paragraph_id for hit in ranking] for ranking in rankings])
    return [Hit(pid, language[pid], score, cosine[pid]) for pid, score in fused[:k]]
