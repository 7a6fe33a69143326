"""The knowledge base: the object a user opens, fills, searches and asks.

It ties a :class:`Store` to the :class:`Embedder` it was built with. Opening
is cheap and never creates anything; the store directory is created by the
first ingest. Reading the manifest decides the embedder, so a store built
with another model is reopened with that model (or refused, when the caller
insists on a different one).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

import numpy as np

from . import answering, grounding, ingest as ingesting, meeting_answers, places
from .acronyms import spelled_acronyms
from .arabic_spellings import ArabicSpellings
from .cache import LRUCache
from .embedding import E5Embedder, Embedder, embedder_from_id
from .errors import InvalidArgumentError, InvalidQuestionError, StoreNotFoundError
from .followup import is_follow_up, search_text
from .generation import ChatModelGenerator, GenerationError, Generator
from .latin_spellings import LatinSpellings, arabic_names_in, capitalised_names
from .meeting_ledger import Ledger, meetings_of
from .meeting_questions import asks_how_many, asks_who
from .meeting_records import Meeting
from .models import Answer, IngestReport, Source, StoreStats
from .normalize import ARABIC, ENGLISH, detect_language, index_terms, tokens, without_marks
from .people import people_named
from .search import Hit, Mode, hybrid_search, merge_hits
from .sentences import sentences_of
from .store import Store, StoredParagraph, read_manifest

logger = logging.getLogger(__name__)
T = TypeVar("T")

DEFAULT_STORE = Path("vectorstore")
SENTENCE_CACHE_SIZE = 20_000  # ~30 MiB of 384-float vectors
PEOPLE_CACHE_SIZE = 5_000
MAX_QUESTION_CHARS = 2000
MAX_K = 50
# how deep to search for a paragraph naming the people a question names, when the
# first k hits name none of them
NAMED_SEARCH_DEPTH = 25
# A capitalised word of an English question that this many English paragraphs have is
# searched for in English, not spelled in Arabic ("Riyadh", "Iranian": see arabic_spellings).
NAME_KNOWN_IN_ENGLISH = 5


class KnowledgeBase:
    """A store of news paragraphs that answers questions about them."""

    def __init__(self, path: Path, embedder: Embedder | None, store: Store | None,
                 generator: Generator | None = None, *, qdrant_url: str | None = None) -> None:
        self.path = path
        self._embedder = embedder
        self._store = store
        self._generator = generator
        self._qdrant_url = qdrant_url
        self._lock = threading.Lock()
        self._sentence_cache = LRUCache(SENTENCE_CACHE_SIZE)
        self._people_cache = LRUCache(PEOPLE_CACHE_SIZE)  # paragraph text → people named
        # what is read once per store generation: the ledger and the spellings of names
        self._derived: dict[str, tuple[str, object]] = {}

    @classmethod
    def open(cls, path: str | Path | None = None, *, embedder: Embedder | None = None,
             llm=None, generator: Generator | None = None, qdrant_url: str | None = None
             ) -> KnowledgeBase:
        """Open the store at ``path`` (default ``vectorstore/``), which may not exist yet.

        With no ``embedder``, a new store uses multilingual-e5 (:class:`E5Embedder`) and an
        existing one the embedder its manifest names. ``llm`` (any LangChain
        chat model) or ``generator`` makes answers generated from the retrieved
        sources, checked against them, with the extractive answer as fallback.
        ``qdrant_url`` (for example ``http://localhost:6333``) makes a new store keep
        its paragraph vectors on that Qdrant server; an existing store keeps them
        where it was made to.
        """
        if llm is not None and generator is None:
            generator = ChatModelGenerator(llm)
        path = Path(path) if path is not None else DEFAULT_STORE
        store = None
        if Store.exists(path):
            manifest = read_manifest(path)
            if qdrant_url is not None:
                _check_vectors_engine(path, manifest, qdrant_url)
            if embedder is None:
                embedder = embedder_from_id(manifest["embedder"]["id"])
            store = Store.load(path, embedder.id, embedder.dimension)
        return cls(path, embedder, store, generator, qdrant_url=qdrant_url)

    # ------------------------------------------------------------------ writing
    @property
    def embedder(self) -> Embedder:
        with self._lock:
            if self._embedder is None:
                self._embedder = E5Embedder()
            return self._embedder

    def _open_store(self, create: bool) -> Store | None:
        if self._current_store() is None and create:
            embedder = self.embedder
            self._store = Store.create(self.path, embedder.id, embedder.dimension,
                                       qdrant_url=self._qdrant_url)
        return self._store

    def ingest(self, paths: str | Path | Iterable[str | Path], *, progress: bool = False
               ) -> IngestReport:
        """Add the articles under ``paths`` (files or folders); see :mod:`retrieval.ingest`."""
        if isinstance(paths, (str, Path)):
            paths = [paths]
        started = time.perf_counter()
        report = ingesting.ingest(paths, self.embedder, self._open_store, progress=progress)
        logger.info("ingest: %d added, %d replaced, %d unchanged, %d paragraphs, %d problems "
                    "in %.1f s", report.documents_added, report.documents_replaced,
                    report.documents_unchanged, report.paragraphs_added, len(report.problems),
                    time.perf_counter() - started)
        return report

    # ------------------------------------------------------------------ reading
    def _current_store(self) -> Store | None:
        """The newest generation of the store; another process may have written one."""
        if self._store is None and Store.exists(self.path):
            embedder = self.embedder
            self._store = Store.load(self.path, embedder.id, embedder.dimension)
        elif self._store is not None:
            self._store.refresh()
        return self._store

    def _require_store(self) -> Store:
        store = self._current_store()
        if store is None:
            raise StoreNotFoundError(
                f"no knowledge base at {self.path}/ — run `majlis ingest PATH --store {self.path}`"
            )
        return store

    def _embed_sentences(self, texts: Sequence[str]) -> np.ndarray:
        """Passage vectors of answer candidates, remembered for the next questions."""
        found = {text: self._sentence_cache.get(text) for text in texts}
        missing = [text for text, vector in found.items() if vector is None]
        if missing:
            for text, vector in zip(missing, self.embedder.embed_passages(missing)):
                found[text] = vector
                self._sentence_cache.put(text, vector)
        if not texts:
            return np.empty((0, self.embedder.dimension), dtype=np.float32)
        return np.vstack([found[text] for text in texts])

    def is_empty(self) -> bool:
        store = self._current_store()
        return store is None or store.is_empty()

    def search(self, query: str, k: int = 5, *, mode: Mode = "hybrid") -> list[Source]:
        """The ``k`` paragraphs that best match ``query``, best first."""
        query = checked_question(query)
        check_k(k)
        store = self._require_store()
        language = detect_language(query)
        hits, _ = self._search(store, query, language, k, mode=mode,
                               **self._search_hints(query, language, store))
        paragraphs = store.paragraphs(hit.paragraph_id for hit in hits)
        return [answering.to_source(hit, paragraphs[hit.paragraph_id]) for hit in hits]

    def ask(self, question: str, k: int = 5, *, history: Sequence[str] = ()) -> Answer:
        """Answer ``question`` from the store, citing the paragraphs used.

        ``history`` holds the earlier questions of the same conversation, oldest
        first; a follow-up ("and when was that?") is searched together with the
        previous question (or, with a language model, rewritten into a standalone
        question in its own language), and answered in its own language. With a
        language model, a grounded answer that does not abstain is reworded by it
        and checked against its sources (:mod:`grounding`).
        """
        question = checked_question(question)
        check_k(k)
        store = self._require_store()
        language = detect_language(question)
        standalone = self._standalone(question, history, language)
        if standalone is not None:  # the model rewrote the follow-up: no history needed
            grounded = self._grounded(store, standalone, language, k, ())
            grounded = replace(grounded, question=question)
        else:
            grounded = self._grounded(store, question, language, k, history)
        if self._generator is None or grounded.abstained:
            return grounded
        try:
            generated = self._generator.generate(standalone or question, language,
                                                 grounded.sources, grounded.meetings)
            checked = grounding.check(generated.text, language, grounded.sources,
                                      grounded.meetings)
        except GenerationError as exc:
            logger.info("ask: generated answer not used: %s", exc)
            return replace(grounded, fallback=str(exc))
        except Exception as exc:  # a custom Generator's own failure: still answer
            logger.warning("ask: the generator failed; answering without it", exc_info=True)
            return replace(grounded, fallback=f"the generator failed: {type(exc).__name__}: {exc}")
        return replace(grounded, text=checked.text, abstained=checked.abstained,
                       produced_by="generated")

    def _standalone(self, question: str, history: Sequence[str], language: str) -> str | None:
        """A follow-up rewritten by the model as a standalone question in its own
        language; ``None`` without a model, for a question that is no follow-up,
        or when the rewrite fails."""
        if self._generator is None or not history or not is_follow_up(question):
            return None
        try:
            return checked_question(self._generator.condense(question, history, language))
        except (GenerationError, InvalidQuestionError) as exc:
            logger.info("ask: follow-up not rewritten: %s", exc)
            return None
        except Exception:  # a custom Generator's own failure: search with the history
            logger.warning("ask: the generator failed to rewrite a follow-up", exc_info=True)
            return None

    def _grounded(self, store: Store, question: str, language: str, k: int,
                  history: Sequence[str]) -> Answer:
        """The answer without a language model: from the meeting ledger, or quoted."""
        started = time.perf_counter()
        ledger = self._ledger_of(store)  # one ledger for the whole answer
        from_ledger = meeting_answers.answer(
            question, language, ledger,
            lambda doc_id, paragraph, window: _source_at(store, doc_id, paragraph, window),
            context=" ".join(history[-1:]), is_common=store.is_common_word,
            spells=lambda word: self._latin_spellings_of(store).spelled_by(word))
        if isinstance(from_ledger, Answer):
            logger.info("ask: lang=%s meeting answer, abstained=%s, %d meetings in %.0f ms",
                        language, from_ledger.abstained, len(from_ledger.meetings),
                        1000 * (time.perf_counter() - started))
            return from_ledger
        query = search_text(question, history)
        hints = self._search_hints(query, language, store)
        hits, query_vector = self._search(store, query, language, k, **hints)
        focus = query_vector
        if query != question:  # search the follow-up on its own too, and fuse;
            # its own words pick the sentences, the joined text found the paragraphs
            own_hits, focus = self._search(store, question, language, k, **hints)
            hits = merge_hits([hits, own_hits], k)
        hits = answering.about_countries_named(
            question, language, hits, store.paragraphs(hit.paragraph_id for hit in hits),
            lambda doc_id: "\n".join(window[2] for window in store.document_windows(doc_id)))
        # (an amount is one sentence anywhere in the article: "the bank agreed to purchase
        # the seat for 195,000 dlrs" is its sixth paragraph; "How many companies' shares fell
        # the day the index closed at 9160 points?", the paragraph after the fifth hit's)
        evidence = _evidence(store, hits, answering.AMOUNT_REACH if asks_how_many(question)
                             else answering.TOP_HIT_REACH, answering.rare_numbers_in(question))

        anyone = asks_who(question, language)  # "Who announced ...?": anyone named counts

        def people_at(paragraph: StoredParagraph) -> list[tuple[int, int, str]]:
            recorded = ledger.people_at(paragraph.doc_id, paragraph.paragraph, paragraph.window)
            return recorded + self._people_named(paragraph) if anyone else recorded

        weights = store.term_weights(index_terms(question))
        answer = answering.compose_answer(question, query, language, focus, evidence,
                                          self._embed_sentences, people_at, weights)
        if isinstance(from_ledger, meeting_answers.NamesToFind) and \
                not meeting_answers.cites_everyone(answer, from_ledger):
            # The best-scoring sentences missed someone the question names: quote
            # only from paragraphs that name everyone, or say there is no such meeting.
            naming = meeting_answers.naming_everyone(evidence, from_ledger)
            if naming is None and from_ledger.about_one_person:  # a paragraph naming them may
                # rank lower: «جان بول ديسرتين» finds «بول» (Paul) in many before "Dessertine"
                deeper, _ = self._search(store, query, language, max(k, NAMED_SEARCH_DEPTH),
                                         vector=query_vector, **hints)
                naming = meeting_answers.naming_everyone(_evidence(store, deeper), from_ledger)
            if naming is not None:
                answer = answering.compose_answer(question, query, language, focus, naming,
                                                  self._embed_sentences, people_at, weights)
            if naming is None or not meeting_answers.cites_everyone(answer, from_ledger):
                answer = from_ledger.otherwise or meeting_answers.refusal(question, language)
        logger.info("ask: lang=%s k=%d abstained=%s top=%s best_cosine=%.3f in %.0f ms",
                    language, k, answer.abstained,
                    [f"{s.doc_id}#{s.paragraph}" for s in answer.sources[:3]],
                    max((h.cosine for h in hits), default=0.0),
                    1000 * (time.perf_counter() - started))
        return answer

    def _search(self, store: Store, text: str, language: str, k: int, vector: np.ndarray | None = None,
                **options) -> tuple[list[Hit], np.ndarray]:
        """hybrid_search for ``text`` (``options`` are its keywords), and the query vector
        (``vector``: the one already embedded for ``text``)."""
        vector = self.embedder.embed_query(text) if vector is None else vector
        cross = self.embedder.cross_lingual_query(vector, language)
        return hybrid_search(store, vector, text, language, k, cross_vector=cross, **options), vector

    def _people_named(self, paragraph: StoredParagraph) -> list[tuple[int, int, str]]:
        """(start, end, name) of the people the extractor reads in a paragraph window, cached."""
        key = (paragraph.language, paragraph.text, paragraph.sentences)  # what decides it
        found = self._people_cache.get(key)
        if found is None:
            sentences = sentences_of([(paragraph.paragraph, paragraph.window, paragraph.text,
                                       paragraph.sentences)])
            found = [(mention.sentence.tokens[mention.position].start,
                      mention.sentence.tokens[mention.position].end, mention.person.name)
                     for mentions in people_named(sentences, paragraph.language) for mention in mentions]
            self._people_cache.put(key, found)
        return found

    def _of_generation(self, name: str, store: Store, build: Callable[[], T]) -> T:
        """``build()``, made once per store generation."""
        with self._lock:
            made = self._derived.get(name)
            if made is None or made[0] != store.generation:
                made = self._derived[name] = (store.generation, build())
            return made[1]

    def _ledger_of(self, store: Store) -> Ledger:
        return self._of_generation("ledger", store, lambda: Ledger(store.meetings()))

    def _latin_spellings_of(self, store: Store) -> LatinSpellings:
        return self._of_generation("latin spellings", store,
                                   lambda: LatinSpellings(capitalised_names(store.texts(ENGLISH))))

    def _arabic_spellings_of(self, store: Store) -> ArabicSpellings:
        return self._of_generation("arabic spellings", store, lambda: ArabicSpellings(store.texts(ARABIC)))

    def _search_hints(self, text: str, language: str, store: Store) -> dict:
        """hybrid_search's ``reported`` and ``names`` for a question, from the ledger;
        for an Arabic one the Latin names its names may spell and the acronyms its
        spelled-out letters stand for, when the store has them (``spelled``); for an
        English one the Arabic words its rare names may spell, and for either the cities
        it names that only the other language's articles name, as they write them
        (``spelled_across``)."""
        hints = meeting_answers.search_hints(
            text, language, self._ledger_of(store), store.is_common_word,
            lambda doc_id, paragraph, window: _source_at(store, doc_id, paragraph, window))
        ids = [store.paragraph_id(*where) for where in hints.paragraphs]
        spelled = () if language != ARABIC or not arabic_names_in(text) \
            else self._latin_spellings_of(store).in_question(text, store.is_common_word)
        if language == ARABIC:  # «دبليو بي بي»: WPP, when the English articles have it
            spelled += tuple(acronym for _, acronyms in spelled_acronyms(text) for acronym in acronyms
                             if store.lexical_search(index_terms(acronym), 1))
        across = () if language != ENGLISH else self._arabic_spellings_of(store).in_question(
            text, lambda word: store.word_paragraphs(word) >= NAME_KNOWN_IN_ENGLISH, store.is_common_word)
        across += tuple(name for name in _cities_only_across(text, language, store) if name not in across)
        return {"reported": tuple(i for i in ids if i is not None), "names": hints.names,
                "spelled": spelled, "spelled_across": across}

    def document_language(self, doc_id: str) -> str | None:
        """The language of a stored article ("ar" or "en"); ``None`` when it is not stored."""
        document = self._require_store().document(doc_id)
        return document.language if document is not None else None

    def meetings(self, who: str | None = None) -> list[Meeting]:
        """The meeting ledger, or the meetings of people ``who`` names (any script)."""
        store = self._require_store()
        ledger = self._ledger_of(store)
        if who is None:
            return list(ledger.meetings)
        if not isinstance(who, str) or not who.strip():
            raise InvalidArgumentError("who must be a name, for example 'Ghada Waly' or «والي»")
        return meetings_of(who, ledger)

    def stats(self) -> StoreStats:
        """Counts of documents, paragraphs and vectors, and the embedder."""
        store = self._require_store()
        vectors = store.count_vectors()
        return StoreStats(
            path=str(self.path),
            documents=store.count_documents(),
            paragraphs=sum(vectors.values()),
            vectors=sum(vectors.values()),
            vectors_by_language=tuple(sorted(vectors.items())),
            embedder=store.embedder_id,
            dimension=store.dimension,
            format_version=store.manifest["format_version"],
            index_by_language=tuple(sorted(store.index_kinds().items())),
        )

    def close(self) -> None:
        if self._store is not None:
            self._store.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"KnowledgeBase(path={str(self.path)!r})"


def _evidence(store: Store, hits: list, reach: int = answering.TOP_HIT_REACH,
              numbers: Set[str] = frozenset()) -> answering.Evidence:
    """What the answerer reads: the hits' paragraphs, their neighbours (``reach`` either side
    of the best one's, one of the others', and for the hits after those the other windows
    of their paragraph), and the vectors. A hit whose paragraph has all the ``numbers``
    (the question's) counts as the best: the answer is in its report."""
    paragraphs = store.paragraphs(hit.paragraph_id for hit in hits)
    first = sorted(hits, key=lambda hit: not numbers <= answering.numbers_in(
        paragraphs[hit.paragraph_id].text)) if numbers else hits
    nearby = [pid for rank, hit in enumerate(first[:answering.CONTEXT_HITS])
              for pid in store.neighbours(hit.paragraph_id, reach if rank == 0 else 1)
              if pid not in paragraphs]
    # (a long paragraph is cut into windows, and one paragraph is read whole: "How many
    # visitors came to Riyadh last summer?" found the third window of snn-20150724-1471's
    # only paragraph fifth, and the 4.5 million are in its second)
    nearby += [pid for hit in first[answering.CONTEXT_HITS:] for pid in store.neighbours(hit.paragraph_id, 0)
               if pid not in paragraphs]
    nearby += [pid for pid in _between_hits(store, paragraphs.values()) if pid not in paragraphs]
    context = store.paragraphs(nearby)
    rows = [*paragraphs.values(), *context.values()]
    # (the paragraph before one whose first sentence refers back: "The figure means ...")
    read = {row.id for row in rows}
    referring = [row for row in rows if answering.refers_back(row)]
    near = store.paragraphs(pid for row in referring for pid in store.neighbours(row.id, 1)
                            if pid not in read)
    before = {pid: row for pid, row in near.items()
              if any(row.doc_id == r.doc_id and (row.paragraph, row.window) < (r.paragraph, r.window)
                     for r in referring)}
    return answering.Evidence(hits, paragraphs, context, store.vectors(rows),
                              store.sentence_vectors(row.id for row in rows), before)


def _between_hits(store: Store, found: Iterable[StoredParagraph]) -> list[int]:
    """Ids of the paragraphs between two found paragraphs of one article, up to
    ``answering.GAP_BETWEEN_HITS`` apart: the article's first and fourth paragraphs found,
    the third («وقد تسلم درع التكريم ...») is read too."""
    by_article: dict[str, list[StoredParagraph]] = {}
    for row in found:
        by_article.setdefault(row.doc_id, []).append(row)
    between: list[int] = []
    for rows in by_article.values():
        start = min(rows, key=lambda row: row.paragraph)
        first, last = start.paragraph, max(row.paragraph for row in rows)
        if 1 < last - first <= answering.GAP_BETWEEN_HITS:
            between += [pid for pid, row in store.paragraphs(store.neighbours(start.id, last - first)).items()
                        if first < row.paragraph < last]
    return between


def _cities_only_across(question: str, language: str, store: Store) -> list[str]:
    """The cities a question names that no article of its language names, as the other
    language writes them: "Who is the director general of education in Al-Kharj?" asks
    of the Arabic articles, the only ones with «الخرج»."""
    found = []
    for city in sorted(places.cities_named(tokens(question))):  # (a set: one order every run)
        arabic = places.arabic_name(city)
        own, other = (without_marks(city), arabic) if language == ENGLISH else (arabic, city)
        if other and own and store.word_paragraphs(own) == 0:
            found.append(other)
    return found


def _source_at(store: Store, doc_id: str, paragraph: int, window: int) -> Source | None:
    stored = store.paragraph_at(doc_id, paragraph, window)
    return answering.to_source(None, stored) if stored is not None else None


def checked_question(question: str) -> str:
    """``question`` with white space folded; :class:`InvalidQuestionError` if unusable."""
    if not isinstance(question, str):
        raise InvalidQuestionError(f"a question must be text, not {type(question).__name__}")
    question = " ".join(question.split())
    if not question:
        raise InvalidQuestionError("the question is empty — ask, for example, "
                                   "«من التقى جمال عبدالعزيز العلوي؟»")
    if len(question) > MAX_QUESTION_CHARS:
        raise InvalidQuestionError(f"the question has {len(question)} characters; "
                                   f"keep it under {MAX_QUESTION_CHARS}")
    return question


def check_k(k: int) -> None:
    """Raise :class:`InvalidArgumentError` unless ``k`` is a whole number in range."""
    if not isinstance(k, int) or isinstance(k, bool) or not 1 <= k <= MAX_K:
        raise InvalidArgumentError(f"k must be a whole number from 1 to {MAX_K}, not {k!r}")


def bundled_seeds() -> Path | None:
    """The sample articles in the project's ``seeds/`` folder, when present."""
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    return seeds if seeds.is_dir() else None


def seed_if_empty(kb: KnowledgeBase) -> IngestReport | None:
    """Ingest the bundled seeds into an empty store; ``None`` when nothing was done."""
    if not kb.is_empty():
        return None
    seeds = bundled_seeds()
    if seeds is None:
        raise StoreNotFoundError(
            f"the knowledge base at {kb.path}/ is empty — run `majlis ingest PATH`"
        )
    return kb.ingest([seeds])


_open_knowledge_bases: dict[Path, KnowledgeBase] = {}
_open_lock = threading.Lock()


def _check_vectors_engine(path: Path, manifest: dict, qdrant_url: str) -> None:
    """An existing store asked to use Qdrant must already keep its vectors there."""
    from .qdrant_vectors import checked_url

    settings = manifest.get("vectors") or {}
    url = checked_url(qdrant_url)
    if settings.get("url") != url:
        where = f"on Qdrant at {settings['url']}" if settings.get("url") else "in FAISS files"
        raise InvalidArgumentError(
            f"the store at {path}/ keeps its vectors {where}; ingest into a new --store to use "
            f"Qdrant at {url} (or set MAJLIS_QDRANT_URL if its server moved)")


def ask(question: str, store: str | Path | None = None, *, k: int = 5) -> Answer:
    """Answer ``question`` from the store at ``store`` (default ``vectorstore/``).

    The knowledge base stays open between calls. When the default store is
    empty, the sample articles in ``seeds/`` are ingested first.
    """
    path = Path(store) if store is not None else DEFAULT_STORE
    key = path.resolve()
    with _open_lock:
        kb = _open_knowledge_bases.get(key)
        if kb is None:
            kb = _open_knowledge_bases[key] = KnowledgeBase.open(path)
        if store is None and kb.is_empty():
            logger.warning("the knowledge base at %s/ is empty: ingesting the sample "
                           "articles in seeds/ first", path)
            seed_if_empty(kb)
    return kb.ask(question, k=k)
