"""The on-disk knowledge base: FAISS vectors, SQLite metadata, a JSON manifest.

Layout of a store directory::

    manifest.json        format, version, embedder, counts, current generation
    gen-000007/          one complete, immutable snapshot
        meta.sqlite      documents, paragraphs, sentences and their vectors (float16),
                         meeting records, FTS5 lexical index
        vectors.ar.faiss one inner-product index per language (exact, or IVF-SQ8 when large)
        vectors.en.faiss
    .lock                held by the one writer

A store made with a Qdrant server (``Store.create(..., qdrant_url=...)``) keeps
its paragraph vectors there instead of in ``vectors.*.faiss``; the manifest
names the collections, and :mod:`.qdrant_vectors` explains how a commit stays
atomic when the vectors are not in the generation's folder.

The trade-off: every commit writes a whole new generation (SQLite copied with
the backup API, FAISS indexes rewritten) and then replaces ``manifest.json``
with an atomic rename. That costs a copy per commit, but a crash at any point
leaves either the old or the new generation in force, never a mix, and readers
never see a half-written store. Nothing is pickled: FAISS writes its own format.
"""

from __future__ import annotations

import json
import logging
import math
import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np
from filelock import FileLock, Timeout

from .errors import EmbedderMismatchError, StoreCorruptError, StoreLockedError, StoreNotFoundError
from .meeting_records import Meeting
from .normalize import LANGUAGES, detect_language, index_terms
from .vector_index import FaissVectors

logger = logging.getLogger(__name__)

FORMAT = "majlis-store"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
METADATA = "meta.sqlite"
LOCK_TIMEOUT_SECONDS = 30.0
COMMON_WORD_SHARE = 0.002
MAX_CACHED_TERMS = 100_000  # term weights kept per loaded store

_SCHEMA = """
CREATE TABLE documents (
    doc_id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    date TEXT,
    source TEXT,
    url TEXT,
    origin TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    language TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE paragraphs (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    paragraph INTEGER NOT NULL,
    window INTEGER NOT NULL,
    text TEXT NOT NULL,
    language TEXT NOT NULL,
    text_hash TEXT NOT NULL
);
CREATE INDEX paragraphs_by_doc ON paragraphs(doc_id, paragraph, window);
CREATE INDEX paragraphs_by_hash ON paragraphs(text_hash);
CREATE TABLE sentences (
    paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    PRIMARY KEY (paragraph_id, idx)
);
CREATE VIRTUAL TABLE paragraph_terms USING fts5(terms, tokenize = 'unicode61 remove_diacritics 0');
""" + "\n"
# Added after the first release: created when missing, so older stores gain
# them on their next ingest (which also extracts their meetings and embeds the
# sentences of their paragraphs).
_MEETINGS_SCHEMA = """
CREATE TABLE IF NOT EXISTS meetings (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS sentence_vectors (
    paragraph_id INTEGER PRIMARY KEY REFERENCES paragraphs(id) ON DELETE CASCADE,
    vectors BLOB NOT NULL
);
"""
# Hits a dense search asks a shared vector engine for beyond k, in case some are
# points a crashed writer left (see qdrant_vectors).
SHARED_ENGINE_MARGIN = 10
# Sentence vectors are kept as float16: half the space, and a cosine off by
# less than 0.001, far below what separates two sentences.
SENTENCE_DTYPE = np.float16


@dataclass(frozen=True)
class StoredDocument:
    """The metadata of one document as a store keeps it."""

    doc_id: str
    title: str
    date: str | None
    source: str | None
    url: str | None
    origin: str
    content_hash: str
    language: str


@dataclass(frozen=True)
class StoredParagraph:
    """One indexed paragraph window with its document's metadata."""

    id: int
    doc_id: str
    title: str
    paragraph: int
    window: int
    text: str
    language: str
    date: str | None
    url: str | None
    sentences: tuple[tuple[int, int], ...]


class ParagraphVectors(NamedTuple):
    """A paragraph window's vector and its sentences' (None: it is one sentence)."""

    paragraph: np.ndarray
    sentences: np.ndarray | None


@dataclass(frozen=True)
class NewParagraph:
    """A paragraph window to add, with its vector and lexical terms."""

    paragraph: int
    window: int
    text: str
    language: str
    text_hash: str
    terms: str
    sentences: tuple[tuple[int, int], ...]
    vector: np.ndarray
    sentence_vectors: np.ndarray | None = None  # one row per sentence; None: one sentence


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_json_atomically(path: Path, data: dict) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=2, sort_keys=True)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


class Store:
    """A loaded generation of a store: read methods, and :meth:`writer` for changes."""

    def __init__(self, path: Path, manifest: dict, connection: sqlite3.Connection, vectors) -> None:
        self.path = path
        self._manifest = manifest
        self._connection = connection
        self._vectors = vectors  # FaissVectors or QdrantVectors
        self._read_lock = threading.RLock()
        self._meetings: list[Meeting] | None = None
        self._term_weights: dict[str, float] = {}  # by index term; the generation never changes

    # ----------------------------------------------------------------- opening
    @staticmethod
    def exists(path: Path) -> bool:
        return (Path(path) / MANIFEST).is_file()

    @classmethod
    def create(cls, path: Path, embedder_id: str, dimension: int, *,
               qdrant_url: str | None = None) -> Store:
        """Make an empty store at ``path`` (which must not hold one yet); with
        ``qdrant_url``, its paragraph vectors live on that Qdrant server."""
        path = Path(path)
        if qdrant_url is not None:
            from .qdrant_vectors import checked_url

            qdrant_url = checked_url(qdrant_url)
        path.mkdir(parents=True, exist_ok=True)
        with _lock(path):
            if cls.exists(path):
                return cls.load(path, embedder_id, dimension)
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "embedder": {"id": embedder_id, "dimension": dimension},
                "sentence_vectors": True,
            }
            if qdrant_url is None:
                vectors = FaissVectors.empty(LANGUAGES, dimension)
            else:
                from .qdrant_vectors import QdrantVectors

                vectors = QdrantVectors.create(qdrant_url, LANGUAGES, dimension)
                manifest["vectors"] = vectors.settings()
            gen_dir = path / "gen-000001"
            shutil.rmtree(gen_dir, ignore_errors=True)
            gen_dir.mkdir()
            connection = sqlite3.connect(gen_dir / METADATA)
            connection.executescript(_SCHEMA + _MEETINGS_SCHEMA)
            connection.commit()
            connection.close()
            staging = vectors.stage(1, lambda language: set())
            _finish_generation(path, gen_dir, manifest, staging, documents=0, counts={})
        return cls.load(path, embedder_id, dimension)

    @classmethod
    def load(cls, path: Path, embedder_id: str | None = None,
             dimension: int | None = None) -> Store:
        """Open the current generation, checking it against its manifest."""
        path = Path(path)
        if not cls.exists(path):
            raise StoreNotFoundError(
                f"no knowledge base at {path}/ — run `majlis ingest PATH --store {path}` first"
            )
        # A writer may replace the generation between reading the manifest and
        # opening its files; reading the manifest again then finds the new one.
        for attempt in range(3):
            manifest = read_manifest(path)
            try:
                return cls._load_generation(path, manifest, embedder_id, dimension)
            except FileNotFoundError:
                if attempt == 2:
                    raise StoreCorruptError(
                        f"the store at {path}/ names generation {manifest.get('generation')} "
                        "but its files are missing; restore a backup or ingest again "
                        "into a new --store"
                    ) from None
                time.sleep(0.05)
        raise AssertionError("unreachable")

    @classmethod
    def _load_generation(cls, path: Path, manifest: dict, embedder_id: str | None,
                         dimension: int | None) -> Store:
        stored = manifest["embedder"]
        if embedder_id is not None and (stored["id"] != embedder_id or stored["dimension"] != dimension):
            raise EmbedderMismatchError(
                f"the store at {path}/ was built with {stored['id']} "
                f"({stored['dimension']} dimensions), not {embedder_id} ({dimension}); "
                "open it without choosing an embedder, or ingest into a new --store"
            )
        gen_dir = path / manifest["generation"]
        for name, size in manifest["files"].items():
            actual = (gen_dir / name).stat().st_size
            if actual != size:
                raise StoreCorruptError(
                    f"{gen_dir / name} has {actual} bytes but the manifest says {size}; "
                    "the store was changed outside majlis — ingest again into a new --store"
                )
        vectors = _open_vectors(gen_dir, manifest)
        if not (gen_dir / METADATA).exists():
            raise FileNotFoundError(gen_dir / METADATA)
        unopened = f"cannot open {gen_dir / METADATA}; restore a backup or ingest again into a new --store"
        try:
            connection = sqlite3.connect(
                f"file:{gen_dir / METADATA}?mode=ro", uri=True, check_same_thread=False
            )
        except sqlite3.OperationalError:
            raise _replaced_or_corrupt(path, manifest, unopened) from None
        store = cls(path, manifest, connection, vectors)
        try:
            store._check_counts()
        except sqlite3.OperationalError:
            # ("unable to open database file": SQLite opens it at the first query)
            connection.close()
            raise _replaced_or_corrupt(path, manifest, unopened) from None
        except BaseException:
            connection.close()
            raise
        return store

    def _check_counts(self) -> None:
        with self._read_lock:
            rows = dict(self._connection.execute(
                "SELECT language, COUNT(*) FROM paragraphs GROUP BY language").fetchall())
        problems = self._vectors.problems(rows, self._manifest["counts"]["vectors"])
        if not problems:
            return
        # (a writer may have replaced this generation meanwhile, and deleted the points of
        # paragraphs it removed: then the new one is loaded)
        raise _replaced_or_corrupt(self.path, self._manifest,
                                   f"the store at {self.path}/ is inconsistent: {problems[0]}; "
                                   "ingest again into a new --store")

    # ------------------------------------------------------------------- reads
    @property
    def embedder_id(self) -> str:
        return self._manifest["embedder"]["id"]

    @property
    def generation(self) -> str:
        return self._manifest["generation"]

    @property
    def dimension(self) -> int:
        return int(self._manifest["embedder"]["dimension"])

    @property
    def manifest(self) -> dict:
        return json.loads(json.dumps(self._manifest))

    def _scalar(self, sql: str, *args):
        with self._read_lock:
            return self._connection.execute(sql, args).fetchone()[0]

    def count_documents(self) -> int:
        return int(self._manifest["counts"]["documents"])

    def index_kinds(self) -> dict[str, str]:
        """"exact", the approximate index's factory string or the Qdrant collection,
        per language."""
        return self._vectors.describe()

    def count_vectors(self) -> dict[str, int]:
        """Paragraph vectors per language (checked against the index on load)."""
        counts = self._manifest["counts"]["vectors"]
        return {language: int(counts.get(language, 0)) for language in LANGUAGES}

    def is_empty(self) -> bool:
        return self.count_documents() == 0

    def document(self, doc_id: str) -> StoredDocument | None:
        with self._read_lock:
            row = self._connection.execute(
                "SELECT doc_id, title, date, source, url, origin, content_hash, language "
                "FROM documents WHERE doc_id = ?", (doc_id,)
            ).fetchone()
        return StoredDocument(*row) if row else None

    def dense_search(self, vector: np.ndarray, language: str, k: int) -> list[tuple[int, float]]:
        """The ``k`` paragraphs of one language closest to ``vector``, best first."""
        if k <= 0 or not self._manifest["counts"]["vectors"].get(language, 0):
            return []
        if not self._vectors.shared:
            return self._vectors.search(language, vector, k)
        found = self._vectors.search(language, vector, k + SHARED_ENGINE_MARGIN)
        live = set()
        for chunk, marks in _in_chunks(pid for pid, _ in found):
            with self._read_lock:
                live.update(pid for (pid,) in self._connection.execute(
                    f"SELECT id FROM paragraphs WHERE id IN ({marks})", chunk))
        return [(pid, score) for pid, score in found if pid in live][:k]

    def lexical_search(self, terms: Sequence[str], k: int) -> list[tuple[int, float]]:
        """BM25 (SQLite FTS5, k1=1.2, b=0.75) over index terms; higher is better."""
        unique = list(dict.fromkeys(t for t in terms if t))
        if not unique or k <= 0:
            return []
        query = " OR ".join('"' + term.replace('"', '""') + '"' for term in unique)
        with self._read_lock:
            rows = self._connection.execute(
                "SELECT rowid, bm25(paragraph_terms) AS rank FROM paragraph_terms "
                "WHERE paragraph_terms MATCH ? ORDER BY rank LIMIT ?",
                (query, k),
            ).fetchall()
        return [(int(rowid), -float(rank)) for rowid, rank in rows]

    def is_common_word(self, word: str) -> bool:
        """Whether a word's index term is in more than ``COMMON_WORD_SHARE`` of the
        paragraphs of its language (and at least 20 of them): «انضمام» is, a rare
        name such as «قاديروف» is not."""
        term = _longest_term(word)
        if term is None:
            return True
        total = self._manifest["counts"]["vectors"].get(detect_language(word), 0)
        return self._windows_with(term) >= max(20, COMMON_WORD_SHARE * total)

    def word_paragraphs(self, word: str) -> int:
        """How many paragraph windows have a word's longest index term."""
        term = _longest_term(word)
        return self._windows_with(term) if term is not None else 0

    def _windows_with(self, term: str) -> int:
        """How many paragraph windows have an index term."""
        query = '"' + term.replace('"', '""') + '"'
        with self._read_lock:
            return self._connection.execute(
                "SELECT COUNT(*) FROM paragraph_terms WHERE paragraph_terms MATCH ?",
                (query,)).fetchone()[0]

    def term_weights(self, terms: Iterable[str]) -> dict[str, float]:
        """The inverse document frequency of index terms over the stored paragraph
        windows, log((N + 1) / (n + 1)): "telex" (in 10 windows) weighs more than "bank"."""
        total = sum(self._manifest["counts"]["vectors"].values())
        weights = {}
        for term in dict.fromkeys(terms):
            weight = self._term_weights.get(term)
            if weight is None:
                weight = math.log((total + 1) / (self._windows_with(term) + 1))
                with self._read_lock:
                    if len(self._term_weights) >= MAX_CACHED_TERMS:
                        self._term_weights.clear()
                    self._term_weights[term] = weight
            weights[term] = weight
        return weights

    def terms(self, ids: Iterable[int]) -> dict[int, list[str]]:
        """The lexical index terms stored for each of the given paragraph windows."""
        ids = list(ids)
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        with self._read_lock:
            rows = self._connection.execute(
                f"SELECT rowid, terms FROM paragraph_terms WHERE rowid IN ({marks})", ids)
            return {rowid: terms.split() for rowid, terms in rows}

    def paragraphs(self, ids: Iterable[int]) -> dict[int, StoredParagraph]:
        """Metadata of the given paragraph ids (missing ids are left out)."""
        ids = list(dict.fromkeys(ids))
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        with self._read_lock:
            rows = self._connection.execute(
                "SELECT p.id, p.doc_id, d.title, p.paragraph, p.window, p.text, p.language, "
                "d.date, d.url FROM paragraphs p JOIN documents d USING (doc_id) "
                f"WHERE p.id IN ({marks})", ids
            ).fetchall()
            spans: dict[int, list[tuple[int, int]]] = {}
            for pid, start, end in self._connection.execute(
                f"SELECT paragraph_id, start, end FROM sentences WHERE paragraph_id IN ({marks}) "
                "ORDER BY paragraph_id, idx", ids
            ):
                spans.setdefault(pid, []).append((start, end))
        return {
            row[0]: StoredParagraph(*row, sentences=tuple(spans.get(row[0], ())))
            for row in rows
        }

    def texts(self, language: str) -> list[str]:
        """The text of every stored paragraph window in ``language``."""
        with self._read_lock:
            return [text for (text,) in self._connection.execute(
                "SELECT text FROM paragraphs WHERE language = ?", (language,))]

    def neighbours(self, paragraph_id: int, reach: int = 1) -> list[int]:
        """Ids of the paragraph windows up to ``reach`` paragraphs before and after one,
        in its document."""
        with self._read_lock:
            row = self._connection.execute(
                "SELECT doc_id, paragraph FROM paragraphs WHERE id = ?", (paragraph_id,)
            ).fetchone()
            if row is None:
                return []
            return [pid for (pid,) in self._connection.execute(
                "SELECT id FROM paragraphs WHERE doc_id = ? AND paragraph BETWEEN ? AND ? "
                "AND id != ? ORDER BY paragraph, window", (row[0], row[1] - reach, row[1] + reach,
                                                            paragraph_id))]

    def vectors(self, paragraphs: Iterable[StoredParagraph]) -> dict[int, np.ndarray]:
        """The stored vector of each paragraph, by paragraph id."""
        by_language: dict[str, list[int]] = {}
        for paragraph in paragraphs:
            by_language.setdefault(paragraph.language, []).append(paragraph.id)
        return {pid: row for language, ids in by_language.items()
                for pid, row in zip(ids, self._vectors.vectors(language, ids))}

    def vector(self, paragraph_id: int, language: str) -> np.ndarray:
        """The stored vector of one paragraph of ``language``."""
        return self._vectors.vectors(language, [paragraph_id])[0]

    @property
    def sentence_splitter(self) -> int:
        """The version of the sentence splitter that cut the stored windows (1: a store
        from before splitters were versioned)."""
        return int(self._manifest.get("sentence_splitter", 1))

    @property
    def has_sentence_vectors(self) -> bool:
        """Whether every paragraph window of more than one sentence has its
        sentences' vectors (stores made before they were kept gain them on
        their next ingest)."""
        return bool(self._manifest.get("sentence_vectors"))

    def sentence_vectors(self, ids: Iterable[int]) -> dict[int, np.ndarray]:
        """The stored vectors of the sentences of each paragraph window, one row per
        sentence in order, by paragraph id (one-sentence windows are left out:
        their paragraph vector is the sentence's)."""
        found: dict[int, np.ndarray] = {}
        for chunk, marks in _in_chunks(ids):
            try:
                with self._read_lock:
                    rows = self._connection.execute(
                        f"SELECT paragraph_id, vectors FROM sentence_vectors WHERE paragraph_id IN ({marks})",
                        chunk).fetchall()
            except sqlite3.OperationalError:  # a store from before sentence vectors were kept
                return {}
            found.update({pid: _sentence_matrix(blob, self.dimension) for pid, blob in rows})
        return found

    def document_windows(self, doc_id: str) -> list[tuple[int, int, str, tuple[tuple[int, int], ...]]]:
        """(paragraph, window, text, sentence spans) of a document, in reading order."""
        with self._read_lock:
            ids = [pid for (pid,) in self._connection.execute(
                "SELECT id FROM paragraphs WHERE doc_id = ? ORDER BY paragraph, window", (doc_id,))]
        stored = self.paragraphs(ids)
        return [(p.paragraph, p.window, p.text, p.sentences) for p in (stored[i] for i in ids)]

    def paragraph_id(self, doc_id: str, paragraph: int, window: int) -> int | None:
        """The id of window ``window`` of paragraph ``paragraph`` of a document."""
        with self._read_lock:
            row = self._connection.execute(
                "SELECT id FROM paragraphs WHERE doc_id = ? AND paragraph = ? AND window = ?",
                (doc_id, paragraph, window)).fetchone()
        return row[0] if row else None

    def paragraph_at(self, doc_id: str, paragraph: int, window: int) -> StoredParagraph | None:
        """The stored window ``window`` of paragraph ``paragraph`` of a document."""
        pid = self.paragraph_id(doc_id, paragraph, window)
        return self.paragraphs([pid]).get(pid) if pid is not None else None

    @property
    def meetings_extractor(self) -> int | None:
        """Version of the meeting extractor the ledger was built with (None: never)."""
        return self._manifest.get("meetings_extractor")

    def meetings(self) -> list[Meeting]:
        """Every meeting record in the store, by document and order of report."""
        with self._read_lock:
            if self._meetings is None:
                try:
                    rows = self._connection.execute(
                        "SELECT record FROM meetings ORDER BY doc_id, idx").fetchall()
                except sqlite3.OperationalError:  # a store from before the ledger
                    rows = []
                self._meetings = [Meeting.from_dict(json.loads(record)) for (record,) in rows]
            return list(self._meetings)

    def document_ids(self) -> list[str]:
        with self._read_lock:
            return [row[0] for row in self._connection.execute(
                "SELECT doc_id FROM documents ORDER BY doc_id")]

    # ------------------------------------------------------------------ writes
    @contextmanager
    def writer(self) -> Iterator[StoreWriter]:
        """Hold the store's lock and stage changes; they land together on exit.

        Each ``with`` block is one generation: leave it with an exception and
        nothing of it is kept.
        """
        with _lock(self.path):
            current = read_manifest(self.path)
            if current["generation"] != self._manifest["generation"]:
                self._reload()
            writer = StoreWriter(self)
            try:
                yield writer
            except BaseException:
                writer.discard()
                raise
            writer.commit()

    def refresh(self) -> None:
        """Load the newest generation if another writer committed one."""
        try:
            generation = read_manifest(self.path)["generation"]
        except StoreNotFoundError:
            return
        if generation != self._manifest["generation"]:
            self._reload()

    def _reload(self) -> None:
        fresh = Store.load(self.path, self.embedder_id, self.dimension)
        self._swap(fresh._manifest, fresh._connection, fresh._vectors)

    def _swap(self, manifest: dict, connection: sqlite3.Connection, vectors) -> None:
        with self._read_lock:
            old = self._connection
            self._manifest, self._connection, self._vectors = manifest, connection, vectors
            self._meetings = None
            old.close()

    def close(self) -> None:
        with self._read_lock:
            self._connection.close()


class StoreWriter:
    """Changes staged into a new generation directory; see :meth:`Store.writer`."""

    def __init__(self, store: Store) -> None:
        self._store = store
        number = int(store._manifest["generation"].split("-")[1]) + 1
        self._generation = f"gen-{number:06d}"
        self._dir = store.path / self._generation
        shutil.rmtree(self._dir, ignore_errors=True)  # left by a crashed writer
        self._dir.mkdir()
        target = sqlite3.connect(self._dir / METADATA)
        with store._read_lock:
            store._connection.backup(target)
        target.execute("PRAGMA foreign_keys = ON")
        target.executescript(_MEETINGS_SCHEMA)
        self._db = target
        self._meetings_extractor = store._manifest.get("meetings_extractor")
        self._sentence_splitter = store._manifest.get("sentence_splitter")
        self._sentences_complete = store.has_sentence_vectors or store.is_empty()
        # Ids are never reused, so a vector engine shared by all generations never
        # finds one of them given to another paragraph (see qdrant_vectors).
        self._next_id = max(target.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM paragraphs").fetchone()[0],
                            int(store._manifest.get("next_paragraph_id", 1)))
        self._vectors = store._vectors.stage(self._next_id, self._ids_of)

    def _ids_of(self, language: str) -> set[int]:
        return {pid for (pid,) in self._db.execute("SELECT id FROM paragraphs WHERE language = ?",
                                                    (language,))}

    def vectors_by_hash(self, hashes: Iterable[str]) -> dict[str, ParagraphVectors]:
        """Stored vectors of paragraphs with these text hashes, from any document."""
        rows: dict[str, tuple[int, str, str]] = {}
        for chunk, marks in _in_chunks(hashes):
            for pid, language, text_hash in self._db.execute(
                    f"SELECT id, language, text_hash FROM paragraphs WHERE text_hash IN ({marks})", chunk):
                rows.setdefault(text_hash, (pid, language, text_hash))
        return self._stored_vectors(list(rows.values()))

    def _stored_vectors(self, rows: Sequence[tuple[int, str, str]]) -> dict[str, ParagraphVectors]:
        """The vectors of (paragraph id, language, text hash) rows, by text hash."""
        sentences: dict[int, np.ndarray] = {}
        for chunk, marks in _in_chunks(pid for pid, _, _ in rows):
            sentences.update(
                (pid, _sentence_matrix(blob, self._store.dimension)) for pid, blob in self._db.execute(
                    f"SELECT paragraph_id, vectors FROM sentence_vectors WHERE paragraph_id IN ({marks})",
                    chunk))
        found: dict[str, ParagraphVectors] = {}
        for language in LANGUAGES:
            of_language = [row for row in rows if row[1] == language]
            paragraph_vectors = self._vectors.vectors(language, [pid for pid, _, _ in of_language])
            for (pid, _, text_hash), vector in zip(of_language, paragraph_vectors):
                found[text_hash] = ParagraphVectors(vector, sentences.get(pid))
        return found

    def remove_document(self, doc_id: str) -> dict[str, ParagraphVectors]:
        """Remove a document; return its vectors by paragraph text hash for reuse."""
        rows = self._db.execute(
            "SELECT id, language, text_hash FROM paragraphs WHERE doc_id = ?", (doc_id,)
        ).fetchall()
        kept = self._stored_vectors(rows)
        self._forget(rows)
        self._db.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
        return kept

    def remove_windows(self, ids: Sequence[int]) -> None:
        """Remove stored paragraph windows: their rows, terms, sentences and vectors."""
        rows = []
        for chunk, marks in _in_chunks(ids):
            rows += self._db.execute(f"SELECT id, language FROM paragraphs WHERE id IN ({marks})",
                                     chunk).fetchall()
        self._forget(rows)
        for chunk, marks in _in_chunks(pid for pid, *_ in rows):
            self._db.execute(f"DELETE FROM paragraphs WHERE id IN ({marks})", chunk)

    def _forget(self, rows: Sequence[tuple]) -> None:
        """Drop the vectors and index terms of (paragraph id, language, ...) rows."""
        for language in LANGUAGES:
            ids = [pid for pid, row_language, *_ in rows if row_language == language]
            if ids:
                self._vectors.remove(language, ids)
        for chunk, marks in _in_chunks(pid for pid, *_ in rows):
            self._db.execute(f"DELETE FROM paragraph_terms WHERE rowid IN ({marks})", chunk)

    def add_document(self, document: StoredDocument, paragraphs: Sequence[NewParagraph]) -> None:
        """Add a document and its paragraph windows (the id must be free)."""
        self._db.execute(
            "INSERT INTO documents (doc_id, title, date, source, url, origin, content_hash, "
            "language, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, datetime('now'))",
            (document.doc_id, document.title, document.date, document.source, document.url,
             document.origin, document.content_hash, document.language),
        )
        next_id = self._next_id
        self._next_id += len(paragraphs)
        by_language: dict[str, tuple[list[int], list[np.ndarray]]] = {}
        for offset, paragraph in enumerate(paragraphs):
            pid = next_id + offset
            self._db.execute(
                "INSERT INTO paragraphs (id, doc_id, paragraph, window, text, language, text_hash) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (pid, document.doc_id, paragraph.paragraph, paragraph.window, paragraph.text,
                 paragraph.language, paragraph.text_hash),
            )
            self._db.executemany(
                "INSERT INTO sentences (paragraph_id, idx, start, end) VALUES (?, ?, ?, ?)",
                [(pid, i, s, e) for i, (s, e) in enumerate(paragraph.sentences)],
            )
            self._db.execute("INSERT INTO paragraph_terms (rowid, terms) VALUES (?, ?)",
                             (pid, paragraph.terms))
            if paragraph.sentence_vectors is not None:
                self.set_sentence_vectors(pid, paragraph.sentence_vectors)
            elif len(paragraph.sentences) > 1:
                self._sentences_complete = False
            ids, vecs = by_language.setdefault(paragraph.language, ([], []))
            ids.append(pid)
            vecs.append(paragraph.vector)
        for language, (ids, vecs) in by_language.items():
            self._vectors.add(language, ids, np.vstack(vecs))

    def set_sentence_vectors(self, paragraph_id: int, vectors: np.ndarray) -> None:
        """Store the vectors of a paragraph window's sentences, one row per sentence."""
        self._db.execute("INSERT OR REPLACE INTO sentence_vectors (paragraph_id, vectors) VALUES (?, ?)",
                         (paragraph_id, np.ascontiguousarray(vectors, dtype=SENTENCE_DTYPE).tobytes()))

    def windows_without_sentence_vectors(self) -> list[tuple[int, str, tuple[tuple[int, int], ...]]]:
        """(paragraph id, text, sentence spans) of every window of more than one
        sentence whose sentences have no vectors yet."""
        spans: dict[int, list[tuple[int, int]]] = {}
        for pid, start, end in self._db.execute(
                "SELECT paragraph_id, start, end FROM sentences WHERE paragraph_id IN ("
                "SELECT paragraph_id FROM sentences GROUP BY paragraph_id HAVING COUNT(*) > 1) "
                "AND paragraph_id NOT IN (SELECT paragraph_id FROM sentence_vectors) "
                "ORDER BY paragraph_id, idx"):
            spans.setdefault(pid, []).append((start, end))
        texts = {}
        for chunk, marks in _in_chunks(spans):
            texts.update(self._db.execute(f"SELECT id, text FROM paragraphs WHERE id IN ({marks})", chunk))
        return [(pid, texts[pid], tuple(pid_spans)) for pid, pid_spans in spans.items()]

    def stored_sentences(self) -> list[tuple[int, str, str, tuple[tuple[int, int], ...]]]:
        """(paragraph id, text, language, sentence spans) of every stored window."""
        spans: dict[int, list[tuple[int, int]]] = {}
        for pid, start, end in self._db.execute(
                "SELECT paragraph_id, start, end FROM sentences ORDER BY paragraph_id, idx"):
            spans.setdefault(pid, []).append((start, end))
        return [(pid, text, language, tuple(spans.get(pid, ()))) for pid, text, language
                in self._db.execute("SELECT id, text, language FROM paragraphs ORDER BY id")]

    def replace_sentences(self, paragraph_id: int, spans: Sequence[tuple[int, int]]) -> None:
        """Cut a stored window into these sentences instead; the vectors of its old
        sentences are dropped (an ingest embeds the new ones)."""
        self._db.execute("DELETE FROM sentences WHERE paragraph_id = ?", (paragraph_id,))
        self._db.executemany("INSERT INTO sentences (paragraph_id, idx, start, end) VALUES (?, ?, ?, ?)",
                             [(paragraph_id, i, s, e) for i, (s, e) in enumerate(spans)])
        self._db.execute("DELETE FROM sentence_vectors WHERE paragraph_id = ?", (paragraph_id,))
        if len(spans) > 1:
            self._sentences_complete = False

    def sentences_split_by(self, version: int) -> None:
        """Record that every stored window was cut into sentences by splitter ``version``."""
        self._sentence_splitter = version

    def sentence_vectors_complete(self) -> None:
        """Record that every window of more than one sentence has its sentences' vectors."""
        self._sentences_complete = True

    def set_meetings(self, doc_id: str, meetings: Sequence[Meeting]) -> None:
        """Replace the meeting records of a stored document."""
        self._db.execute("DELETE FROM meetings WHERE doc_id = ?", (doc_id,))
        self._db.executemany(
            "INSERT INTO meetings (doc_id, idx, record) VALUES (?, ?, ?)",
            [(doc_id, i, json.dumps(m.to_dict(), ensure_ascii=False)) for i, m in enumerate(meetings)])

    def meetings_extracted_by(self, version: int) -> None:
        """Record that every document's meetings were extracted by extractor ``version``."""
        self._meetings_extractor = version

    def discard(self) -> None:
        self._db.close()
        shutil.rmtree(self._dir, ignore_errors=True)
        self._vectors.discard()

    def commit(self) -> None:
        self._db.commit()
        documents = self._db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        counts = dict(self._db.execute("SELECT language, COUNT(*) FROM paragraphs GROUP BY language"))
        self._db.close()
        store = self._store
        manifest = {key: value for key, value in store._manifest.items()
                    if key in ("format", "format_version", "embedder", "vectors")}
        if self._meetings_extractor is not None:
            manifest["meetings_extractor"] = self._meetings_extractor
        if self._sentence_splitter is not None:
            manifest["sentence_splitter"] = self._sentence_splitter
        manifest["sentence_vectors"] = self._sentences_complete
        manifest["next_paragraph_id"] = self._next_id
        manifest = _finish_generation(store.path, self._dir, manifest, self._vectors, documents, counts)
        self._vectors.committed()
        fresh = Store._load_generation(store.path, manifest, store.embedder_id, store.dimension)
        store._swap(fresh._manifest, fresh._connection, fresh._vectors)


_MAX_BOUND = 500  # SQLite caps the parameters one statement may bind


def _in_chunks(values: Iterable) -> Iterator[tuple[list, str]]:
    """The distinct values in chunks small enough for one ``IN (...)``, each with
    its placeholders ("?,?,?")."""
    values = list(dict.fromkeys(values))
    for start in range(0, len(values), _MAX_BOUND):
        chunk = values[start:start + _MAX_BOUND]
        yield chunk, ",".join("?" * len(chunk))


def _sentence_matrix(blob: bytes, dimension: int) -> np.ndarray:
    return np.frombuffer(blob, dtype=SENTENCE_DTYPE).reshape(-1, dimension).astype(np.float32)


def _open_vectors(gen_dir: Path, manifest: dict):
    """The paragraph vectors of a generation: its FAISS files, or the Qdrant
    collections the manifest names."""
    dimension = int(manifest["embedder"]["dimension"])
    settings = manifest.get("vectors")
    if settings is None:
        return FaissVectors.load(gen_dir, LANGUAGES, dimension)
    from .qdrant_vectors import ENGINE, QdrantVectors

    if not isinstance(settings, dict) or settings.get("engine") != ENGINE:
        raise StoreCorruptError(f"the manifest names an unknown vector engine: {settings!r}")
    return QdrantVectors.open(settings, dimension)


def _finish_generation(path: Path, gen_dir: Path, manifest: dict, staging, documents: int,
                       counts: dict[str, int]) -> dict:
    """Write the vector files, fsync the generation and point the manifest at it."""
    kinds = staging.write(gen_dir)
    files = {}
    for file in sorted(gen_dir.iterdir()):
        with open(file, "rb+") as handle:
            os.fsync(handle.fileno())
        files[file.name] = file.stat().st_size
    _fsync_dir(gen_dir)
    vectors = {language: int(counts.get(language, 0)) for language in LANGUAGES}
    manifest = {
        **manifest,
        "generation": gen_dir.name,
        "index": kinds,
        "files": files,
        "counts": {"documents": documents, "paragraphs": sum(vectors.values()), "vectors": vectors},
        "updated": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    _write_json_atomically(path / MANIFEST, manifest)
    for stale in path.glob("gen-*"):
        # The generation just replaced, or a crashed writer's leftovers.
        if stale.is_dir() and stale.name != gen_dir.name:
            shutil.rmtree(stale, ignore_errors=True)
    return manifest


def _replaced_or_corrupt(path: Path, manifest: dict, corrupt: str) -> Exception:
    """What a generation that fails to open means: replaced (and deleted) by a writer
    meanwhile, a FileNotFoundError that :meth:`Store.load` retries; else a broken store."""
    if read_manifest(path)["generation"] != manifest["generation"]:
        return FileNotFoundError(path / manifest["generation"] / METADATA)
    return StoreCorruptError(corrupt)


def read_manifest(path: Path) -> dict:
    """Read and validate ``manifest.json``; a clear error for anything off."""
    file = Path(path) / MANIFEST
    try:
        manifest = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise StoreNotFoundError(
            f"no knowledge base at {path}/ — run `majlis ingest PATH --store {path}` first"
        ) from exc
    except (OSError, ValueError) as exc:
        raise StoreCorruptError(f"cannot read {file}: {exc}") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise StoreCorruptError(f"{file} is not a majlis store manifest")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise StoreCorruptError(
            f"{file} has store format version {manifest.get('format_version')}, this majlis "
            f"reads version {FORMAT_VERSION}; ingest the articles again into a new --store"
        )
    for key in ("generation", "embedder", "files", "counts"):
        if key not in manifest:
            raise StoreCorruptError(f"{file} lacks {key!r}; ingest again into a new --store")
    return manifest


@contextmanager
def _lock(path: Path) -> Iterator[None]:
    lock = FileLock(str(Path(path) / ".lock"), timeout=LOCK_TIMEOUT_SECONDS)
    try:
        with lock:
            yield
    except Timeout as exc:
        raise StoreLockedError(
            f"another process has been writing to {path}/ for {LOCK_TIMEOUT_SECONDS:.0f} s; "
            "wait for it to finish and try again"
        ) from exc


def _longest_term(word: str) -> str | None:
    """A word's longest index term ("Al-Wohaibi" is as rare as "wohaibi")."""
    terms = index_terms(word, drop_stopwords=False)
    return max(terms, key=len) if terms else None
