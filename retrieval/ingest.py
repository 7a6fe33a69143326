"""Ingest: files → documents → paragraph windows → vectors and terms → store.

Idempotent by content hash: a document whose id and content are already
stored is skipped; a changed one replaces its old paragraphs. A paragraph
whose exact text is already stored, in this document or any other, reuses the
stored vectors instead of being embedded again. Besides each window, each of
its sentences is embedded (when it has more than one): search scores a
paragraph by its best sentence too, and answers choose sentences by them.
Work is staged in batches of about ``COMMIT_EVERY`` paragraphs, and a
generation is committed once a ``COMMIT_SECONDS`` of work has gathered (and at
the end): an interrupted ingest loses at most that last stretch, and a large
one does not pay for a store copy per batch.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from tqdm.auto import tqdm

from .embedding import Embedder
from .loading import Document, collect_files, read_documents
from .meetings import EXTRACTOR_VERSION, extract_meetings, prepare as prepare_extraction
from .models import FileProblem, IngestReport
from .normalize import detect_language, index_terms
from .splitting import SPLITTER_VERSION, Window, has_words, split_paragraphs, split_sentences, windows
from .store import NewParagraph, ParagraphVectors, Store, StoredDocument, StoreWriter

logger = logging.getLogger(__name__)

COMMIT_EVERY = 256
COMMIT_SECONDS = 30.0
BACKFILL_WINDOWS = 4096  # windows given sentence vectors per commit in an older store
MAX_PARAGRAPHS_PER_DOCUMENT = 2000
MAX_DOCUMENT_CHARS = 200_000  # a long feature story is ~30,000; beyond this it is not an article


@dataclass(frozen=True)
class _Planned:
    document: StoredDocument
    windows: tuple[Window, ...]
    languages: tuple[str, ...]
    replaces: bool


def _text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _plan(document: Document, store: Store | None) -> _Planned | FileProblem | None:
    """What ingesting ``document`` means: ``None`` when it is already stored as is."""
    stored = store.document(document.doc_id) if store is not None else None
    if stored is not None and stored.content_hash == document.content_hash:
        return None
    if len(document.text) > MAX_DOCUMENT_CHARS:
        return FileProblem(document.origin, f"document {document.doc_id} has {len(document.text):,} "
                           f"characters, over the limit of {MAX_DOCUMENT_CHARS:,}; split it into "
                           "articles")
    paragraphs = split_paragraphs(document.text)
    if not paragraphs:
        return FileProblem(document.origin, f"document {document.doc_id} has no text "
                           "(no line of it has a word)")
    if len(paragraphs) > MAX_PARAGRAPHS_PER_DOCUMENT:
        return FileProblem(document.origin, f"document {document.doc_id} has {len(paragraphs)} "
                           f"paragraphs, over the limit of {MAX_PARAGRAPHS_PER_DOCUMENT}; split it")
    all_windows: list[Window] = []
    languages: list[str] = []
    for number, text in enumerate(paragraphs):
        language = detect_language(text)
        for window in windows(number, text, language):
            all_windows.append(window)
            languages.append(language)
    weights = Counter()
    for window, language in zip(all_windows, languages):
        weights[language] += len(window.text)
    record = StoredDocument(
        doc_id=document.doc_id,
        title=document.title,
        date=document.date,
        source=document.source,
        url=document.url,
        origin=document.origin,
        content_hash=document.content_hash,
        language=weights.most_common(1)[0][0],
    )
    return _Planned(record, tuple(all_windows), tuple(languages), replaces=stored is not None)


def _unique_ids(documents: list[Document], store: Store | None,
                problems: list[FileProblem]) -> list[Document]:
    """Give same-named files from different places their own ids; drop repeated records."""
    seen: dict[str, str] = {}
    result = []
    for document in documents:
        doc_id = document.doc_id
        stored = store.document(doc_id) if store is not None else None
        from_file = not Path(document.origin).suffix.lower().startswith(".json")
        owner = seen.get(doc_id) or (stored.origin if stored else None)
        if from_file and owner is not None and owner != document.origin:
            suffix = hashlib.sha1(document.origin.encode("utf-8")).hexdigest()[:8]
            document = replace(document, doc_id=f"{doc_id}-{suffix}")
        if document.doc_id in seen:
            problems.append(FileProblem(document.origin, f"id {document.doc_id} appears again "
                                        f"(first in {seen[document.doc_id]}); kept the first"))
            continue
        seen[document.doc_id] = document.origin
        result.append(document)
    return result


def ingest(
    paths: Iterable[str | Path],
    embedder: Embedder,
    open_store: Callable[[bool], Store | None],
    *,
    progress: bool = False,
) -> IngestReport:
    """Ingest ``paths``; ``open_store(create)`` gives the store (created when needed)."""
    files, problems, skipped = collect_files(paths)
    prepare_extraction()  # before the store's lock is taken, not in the first write
    documents: list[Document] = []
    for file in tqdm(files, desc="reading", unit="file", disable=not progress or len(files) < 20):
        found, trouble = read_documents(file)
        documents.extend(found)
        problems.extend(trouble)
    for problem in problems:  # (the report carries them, and the command line prints them)
        logger.info("skipped %s: %s", problem.path, problem.reason)
    store: Store | None = open_store(False)
    resplit = removed = 0
    if store is not None and not store.is_empty() and store.sentence_splitter != SPLITTER_VERSION:
        resplit, removed = resplit_sentences(store, progress=progress)
    documents = _unique_ids(documents, store, problems)
    plans: list[_Planned] = []
    unchanged = 0
    for document in documents:
        plan = _plan(document, store)
        if plan is None:
            unchanged += 1
        elif isinstance(plan, FileProblem):
            problems.append(plan)
            logger.info("skipped %s: %s", plan.path, plan.reason)
        else:
            plans.append(plan)
    added = replaced = paragraphs_added = embedded = 0
    # A store that starts empty has every document's meetings extracted by this version.
    fresh = store is None or store.is_empty()
    if plans:
        store = store or open_store(True)
        total = sum(_texts_to_embed(window) for plan in plans for window in plan.windows)
        with tqdm(total=total, desc="embedding", unit="text", disable=not progress) as bar:
            batches = iter(_batches(plans))
            batch = next(batches, None)
            while batch is not None:
                # One generation per COMMIT_SECONDS of work: each commit copies the
                # store, so committing every batch of a large ingest would be quadratic.
                with store.writer() as writer:
                    if fresh:
                        writer.meetings_extracted_by(EXTRACTOR_VERSION)
                        writer.sentences_split_by(SPLITTER_VERSION)
                    opened = time.monotonic()
                    while batch is not None:
                        counts = _write_batch(batch, writer, embedder, bar)
                        paragraphs_added += counts[0]
                        embedded += counts[1]
                        replaced += sum(plan.replaces for plan in batch)
                        added += sum(not plan.replaces for plan in batch)
                        batch = next(batches, None)
                        if time.monotonic() - opened >= COMMIT_SECONDS:
                            break
    older_sentences = 0
    if store is not None and not store.is_empty() and not store.has_sentence_vectors:
        older_sentences = embed_missing_sentences(store, embedder, progress=progress)
    outdated = resplit or removed or (store is not None and store.meetings_extractor != EXTRACTOR_VERSION)
    if store is not None and not store.is_empty() and outdated:
        refresh_meetings(store, progress=progress)
    return IngestReport(
        files_seen=len(files),
        files_skipped=skipped,
        documents_added=added,
        documents_replaced=replaced,
        documents_unchanged=unchanged,
        paragraphs_added=paragraphs_added,
        paragraphs_embedded=embedded,
        older_sentences_embedded=older_sentences,
        older_lines_removed=removed,
        problems=tuple(problems),
    )


def _write_batch(batch: list[_Planned], writer: StoreWriter, embedder: Embedder,
                 bar) -> tuple[int, int]:
    """Stage one batch of documents; return (paragraphs added, paragraphs embedded)."""
    reusable: dict = {}
    for plan in batch:
        # Unconditional: another process may have stored this id since it was planned.
        reusable.update(writer.remove_document(plan.document.doc_id))
    # The same paragraph in another article (a wire story that several papers
    # ran) keeps the vector it already has.
    reusable.update(writer.vectors_by_hash(
        _text_hash(w.text) for plan in batch for w in plan.windows))
    new, fresh = _embed(batch, reusable, embedder, bar)
    for plan, paragraphs in zip(batch, new):
        writer.add_document(plan.document, paragraphs)
        writer.set_meetings(plan.document.doc_id, _meetings_of(
            plan.document, [(p.paragraph, p.window, p.text, p.sentences) for p in paragraphs]))
    return sum(len(paragraphs) for paragraphs in new), fresh


def _meetings_of(document: StoredDocument, windows: list) -> list:
    return extract_meetings(document.doc_id, document.title, document.language, windows,
                            article_date=document.date, url=document.url)


def refresh_meetings(store: Store, *, progress: bool = False) -> int:
    """Extract every stored document's meetings again (after the extractor changed).

    Reads the stored paragraphs, so nothing is embedded; returns the number of
    meetings found.
    """
    found = 0
    with store.writer() as writer:
        for doc_id in tqdm(store.document_ids(), desc="meetings", unit="doc", disable=not progress):
            document = store.document(doc_id)
            meetings = _meetings_of(document, store.document_windows(doc_id))
            writer.set_meetings(doc_id, meetings)
            found += len(meetings)
        writer.meetings_extracted_by(EXTRACTOR_VERSION)
    return found


def resplit_sentences(store: Store, *, progress: bool = False) -> tuple[int, int]:
    """Cut every stored window into sentences again (after the splitter changed), and
    remove the windows that are no paragraph now (:func:`splitting.has_words`); return
    how many windows were cut differently and how many were removed. Those cut
    differently lose their sentence vectors, which the ingest then embeds again;
    nothing else is embedded."""
    changed = 0
    with store.writer() as writer:
        stored = writer.stored_sentences()
        wordless = {pid for pid, text, _, _ in stored if not has_words(text)}
        writer.remove_windows(sorted(wordless))
        for pid, text, language, spans in tqdm(stored, desc="sentences cut again", unit="paragraph",
                                               disable=not progress):
            if pid in wordless:
                continue
            cut = tuple((s.start, s.end) for s in split_sentences(text, language)) or ((0, len(text)),)
            if cut != spans:
                writer.replace_sentences(pid, cut)
                changed += 1
        writer.sentences_split_by(SPLITTER_VERSION)
    return changed, len(wordless)


def embed_missing_sentences(store: Store, embedder: Embedder, *, progress: bool = False) -> int:
    """Embed the sentences of stored windows that lack their vectors (a store made
    before sentence vectors were kept); return how many sentences were embedded.

    Commits every ``BACKFILL_WINDOWS`` windows, so an interrupted run keeps what it did.
    """
    embedded = 0
    with tqdm(desc="sentences", unit="text", disable=not progress) as bar:
        while True:
            with store.writer() as writer:
                missing = writer.windows_without_sentence_vectors()
                if bar.total is None:
                    bar.total = sum(len(spans) for _, _, spans in missing)
                    bar.refresh()
                missing = missing[:BACKFILL_WINDOWS]
                if not missing:
                    writer.sentence_vectors_complete()
                    return embedded
                texts = sorted({text[start:end] for _, text, spans in missing for start, end in spans})
                vectors = dict(zip(texts, embedder.embed_passages(texts)))
                for pid, text, spans in missing:
                    writer.set_sentence_vectors(pid, np.vstack([vectors[text[start:end]]
                                                                for start, end in spans]))
                bar.update(sum(len(spans) for _, _, spans in missing))
                embedded += len(texts)


def _batches(plans: list[_Planned]) -> Iterable[list[_Planned]]:
    batch: list[_Planned] = []
    size = 0
    for plan in plans:
        batch.append(plan)
        size += len(plan.windows)
        if size >= COMMIT_EVERY:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _sentence_texts(window: Window) -> list[str]:
    """The sentences of a window that has more than one (one sentence is the window)."""
    return [window.text[s.start:s.end] for s in window.sentences] if len(window.sentences) > 1 else []


def _texts_to_embed(window: Window) -> int:
    """The window, and its sentences when it has more than one."""
    return 1 + len(_sentence_texts(window))


def _embed(batch: list[_Planned], reusable: dict[str, ParagraphVectors], embedder: Embedder,
           bar) -> tuple[list[list[NewParagraph]], int]:
    """Paragraphs of each planned document with vectors; also how many were embedded."""
    hashes = [[_text_hash(window.text) for window in plan.windows] for plan in batch]
    windows = {h: window for plan, hs in zip(batch, hashes) for h, window in zip(hs, plan.windows)}
    todo = sorted((h, window.text) for h, window in windows.items() if h not in reusable)
    # a reused window from a store made before sentence vectors were kept lacks them
    sentences_todo = sorted({text for h, window in windows.items()
                             if h not in reusable or reusable[h].sentences is None
                             for text in _sentence_texts(window)})
    total = sum(_texts_to_embed(window) for plan in batch for window in plan.windows)
    bar.update(total - len(todo) - len(sentences_todo))
    texts = [text for _, text in todo] + sentences_todo
    embedded = embedder.embed_passages(texts, on_batch=bar.update)
    paragraph_vectors = dict(zip((h for h, _ in todo), embedded[:len(todo)]))
    sentence_vectors = dict(zip(sentences_todo, embedded[len(todo):]))

    def vectors_of(text_hash: str, window: Window) -> ParagraphVectors:
        stored = reusable.get(text_hash)
        vector = stored.paragraph if stored is not None else paragraph_vectors[text_hash]
        if stored is not None and stored.sentences is not None:
            return ParagraphVectors(vector, stored.sentences)
        texts = _sentence_texts(window)
        return ParagraphVectors(vector, np.vstack([sentence_vectors[t] for t in texts]) if texts else None)

    documents = []
    for plan, plan_hashes in zip(batch, hashes):
        paragraphs = []
        for window, language, text_hash in zip(plan.windows, plan.languages, plan_hashes):
            vectors = vectors_of(text_hash, window)
            paragraphs.append(NewParagraph(
                paragraph=window.paragraph,
                window=window.window,
                text=window.text,
                language=language,
                text_hash=text_hash,
                terms=" ".join(index_terms(window.text, drop_stopwords=False)),
                sentences=tuple((s.start, s.end) for s in window.sentences),
                vector=vectors.paragraph,
                sentence_vectors=vectors.sentences,
            ))
        documents.append(paragraphs)
    return documents, len(todo)
