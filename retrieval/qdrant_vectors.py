"""Paragraph vectors in a Qdrant server, for stores that outgrow one machine's memory.

Only the paragraph vectors move: documents, paragraphs, sentence vectors, the
BM25 index and the meeting records stay in each generation's SQLite file, and
search, fusion and answering are unchanged. Each language has its own
collection (``majlis-<store id>-ar``, ``-en``), with inner-product distance as
in FAISS and the paragraph id as point id.

A FAISS store writes new files for every generation; a collection is shared
by all generations of its store, so three rules keep a crash at any point
from mixing two generations:

1. Paragraph ids are never reused (the manifest keeps the next free one). A
   writer upserts its points under ids no committed generation has, and a
   reader keeps only the hits its generation's SQLite lists
   (:attr:`QdrantVectors.shared`), so points written before a commit are
   invisible until the manifest names their generation.
2. Points of removed paragraphs are deleted only after that commit.
3. A writer first deletes what a crashed writer left: points from the next
   free id up, and, when a collection holds more points than its language
   has paragraphs, every point no paragraph has.

``MAJLIS_QDRANT_URL`` reaches a server that moved since the store was made,
and ``MAJLIS_QDRANT_API_KEY`` is its API key (it is never written to the
manifest or a log). The URL ``:memory:`` is qdrant-client's in-process
engine, which keeps nothing after the process ends: for tests and trials.
"""

from __future__ import annotations

import logging
import os
import threading
import uuid
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np

from .errors import InvalidArgumentError, MissingDependencyError, StoreCorruptError, VectorEngineError

logger = logging.getLogger(__name__)

ENGINE = "qdrant"
IN_MEMORY = ":memory:"
URL_VARIABLE = "MAJLIS_QDRANT_URL"
API_KEY_VARIABLE = "MAJLIS_QDRANT_API_KEY"
PAYLOAD_ID = "paragraph"  # the point id again, as a payload field that range filters can read
TIMEOUT_SECONDS = 30
_SCROLL_PAGE = 10_000

_clients: dict[str, object] = {}
_clients_lock = threading.Lock()


def checked_url(url: str) -> str:
    """``url`` if it names a Qdrant server (http/https, no credentials) or ``:memory:``."""
    if url == IN_MEMORY:
        return url
    parts = urlsplit(url)
    if parts.username or parts.password:  # not echoed: it holds a secret
        raise InvalidArgumentError(
            f"the Qdrant URL must not hold credentials; put the API key in {API_KEY_VARIABLE}")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidArgumentError(
            f"a Qdrant server URL looks like http://localhost:6333, not {url!r}")
    return url.rstrip("/")


def _client(url: str):
    """The process's one client for ``url``."""
    with _clients_lock:
        if url not in _clients:
            try:
                from qdrant_client import QdrantClient
            except ImportError as exc:
                raise MissingDependencyError(
                    "vectors in Qdrant need qdrant-client: pip install 'majlis[qdrant]'") from exc
            if url == IN_MEMORY:
                _clients[url] = QdrantClient(location=IN_MEMORY)
            else:
                _clients[url] = QdrantClient(url=url, api_key=os.environ.get(API_KEY_VARIABLE) or None,
                                             timeout=TIMEOUT_SECONDS)
        return _clients[url]


@contextmanager
def _reaching(url: str) -> Iterator[None]:
    """Turn the client's transport and server errors into :class:`VectorEngineError`."""
    try:
        yield
    except (InvalidArgumentError, StoreCorruptError, MissingDependencyError):
        raise
    except Exception as exc:  # httpx, grpc and qdrant-client's own exceptions
        raise VectorEngineError(
            f"Qdrant at {url} failed ({type(exc).__name__}: {exc}); check that the server is up "
            f"and the API key in {API_KEY_VARIABLE}") from exc


def _models():
    from qdrant_client import models

    return models


class QdrantVectors:
    """A store's paragraph vectors, one Qdrant collection per language."""

    shared = True  # every generation reads the same points: hits must be checked against SQLite

    def __init__(self, url: str, collections: dict[str, str], dimension: int) -> None:
        self.url = url
        self._collections = collections
        self._dimension = dimension
        self._client = _client(url)

    def __repr__(self) -> str:
        return f"QdrantVectors({self.url!r}, {sorted(self._collections.values())})"

    @classmethod
    def create(cls, url: str, languages: Sequence[str], dimension: int) -> QdrantVectors:
        """New, empty collections for a new store."""
        url = checked_url(url)
        store_id = uuid.uuid4().hex[:12]
        vectors = cls(url, {language: f"majlis-{store_id}-{language}" for language in languages},
                      dimension)
        models = _models()
        with _reaching(url):
            for collection in vectors._collections.values():
                vectors._client.create_collection(collection, vectors_config=models.VectorParams(
                    size=dimension, distance=models.Distance.DOT))
                with warnings.catch_warnings():  # the in-process engine has no payload indexes
                    warnings.simplefilter("ignore", UserWarning)
                    vectors._client.create_payload_index(collection, PAYLOAD_ID,
                                                         models.PayloadSchemaType.INTEGER)
        logger.info("created Qdrant collections %s at %s", sorted(vectors._collections.values()), url)
        return vectors

    @classmethod
    def open(cls, settings: dict, dimension: int) -> QdrantVectors:
        """The collections a manifest's ``vectors`` entry names."""
        try:
            url = checked_url(os.environ.get(URL_VARIABLE) or settings["url"])
            collections = dict(settings["collections"])
        except (KeyError, TypeError) as exc:
            raise StoreCorruptError(f"the manifest's Qdrant settings lack {exc}") from exc
        return cls(url, collections, dimension)

    def settings(self) -> dict:
        """What the manifest records (no API key)."""
        return {"engine": ENGINE, "url": self.url, "collections": dict(self._collections)}

    def problems(self, rows: dict[str, int], expected: dict[str, int]) -> list[str]:
        """What disagrees with the store's metadata: a missing or misshapen
        collection, or fewer points than paragraphs (more may be a crashed
        writer's, which the next writer deletes)."""
        found = []
        with _reaching(self.url):
            for language, collection in self._collections.items():
                if not self._client.collection_exists(collection):
                    found.append(f"Qdrant at {self.url} has no collection {collection}")
                    continue
                params = self._client.get_collection(collection).config.params.vectors
                if params.size != self._dimension or params.distance != _models().Distance.DOT:
                    found.append(f"Qdrant collection {collection} holds {params.size}-dimensional "
                                 f"{params.distance} vectors, not {self._dimension}-dimensional Dot")
                    continue
                points = self._client.count(collection, exact=True).count
                wanted = max(rows.get(language, 0), expected.get(language, 0))
                if points < wanted:
                    found.append(f"Qdrant collection {collection} holds {points} points for "
                                 f"{wanted} {language} paragraphs")
        return found

    def search(self, language: str, vector: np.ndarray, k: int) -> list[tuple[int, float]]:
        if k <= 0:
            return []
        with _reaching(self.url):
            points = self._client.query_points(
                self._collections[language], query=np.asarray(vector, dtype=np.float32).tolist(),
                limit=k, with_payload=False).points
        return [(int(point.id), float(point.score)) for point in points]

    def vectors(self, language: str, ids: Sequence[int]) -> np.ndarray:
        """The vectors of the given paragraph ids, one row each, in order."""
        ids = [int(i) for i in ids]
        if not ids:
            return np.empty((0, self._dimension), dtype=np.float32)
        with _reaching(self.url):
            records = self._client.retrieve(self._collections[language], ids, with_vectors=True)
        found = {int(record.id): record.vector for record in records}
        missing = [i for i in ids if i not in found]
        if missing:
            raise StoreCorruptError(
                f"Qdrant collection {self._collections[language]} lacks the vectors of paragraphs "
                f"{missing[:5]}; ingest again into a new --store")
        return np.asarray([found[i] for i in ids], dtype=np.float32)

    def counts(self) -> dict[str, int]:
        with _reaching(self.url):
            return {language: self._client.count(collection, exact=True).count
                    for language, collection in self._collections.items()}

    def describe(self) -> dict[str, str]:
        return {language: f"qdrant {collection}" for language, collection in self._collections.items()}

    def stage(self, first_new_id: int, live_ids: Callable[[str], set[int]]) -> QdrantStaging:
        """A writer's view, after deleting what a crashed writer left (rule 3)."""
        models = _models()
        with _reaching(self.url):
            for language, collection in self._collections.items():
                self._client.delete(collection, wait=True, points_selector=models.FilterSelector(
                    filter=models.Filter(must=[models.FieldCondition(
                        key=PAYLOAD_ID, range=models.Range(gte=first_new_id))])))
                live = live_ids(language)
                if self._client.count(collection, exact=True).count > len(live):
                    orphans = [i for i in self._point_ids(collection) if i not in live]
                    logger.warning("deleting %d points of %s that no paragraph has (left by an "
                                   "interrupted commit)", len(orphans), collection)
                    self._client.delete(collection, points_selector=models.PointIdsList(points=orphans),
                                        wait=True)
        return QdrantStaging(self)

    def _point_ids(self, collection: str) -> Iterator[int]:
        offset = None
        while True:
            records, offset = self._client.scroll(collection, limit=_SCROLL_PAGE, offset=offset,
                                                  with_payload=False, with_vectors=False)
            yield from (int(record.id) for record in records)
            if offset is None:
                return


class QdrantStaging:
    """A writer's changes: additions go to the server at once under new ids,
    removals wait for the commit (rules 1 and 2 of the module docstring)."""

    def __init__(self, vectors: QdrantVectors) -> None:
        self._vectors = vectors
        self._added: dict[str, set[int]] = {}
        self._removed: dict[str, list[int]] = {}

    def add(self, language: str, ids: Sequence[int], vectors: np.ndarray) -> None:
        ids = [int(i) for i in ids]
        models = _models()
        target = self._vectors
        with _reaching(target.url):
            target._client.upsert(target._collections[language], wait=True, points=models.Batch(
                ids=ids, vectors=np.asarray(vectors, dtype=np.float32).tolist(),
                payloads=[{PAYLOAD_ID: i} for i in ids]))
        self._added.setdefault(language, set()).update(ids)

    def remove(self, language: str, ids: Sequence[int]) -> None:
        ids = [int(i) for i in ids]
        added = self._added.get(language, set())
        own = [i for i in ids if i in added]  # added by this writer: no generation knows them
        if own:
            self._delete(language, own)
            added.difference_update(own)
        self._removed.setdefault(language, []).extend(i for i in ids if i not in own)

    def vectors(self, language: str, ids: Sequence[int]) -> np.ndarray:
        return self._vectors.vectors(language, ids)

    def write(self, gen_dir: Path) -> dict[str, str]:
        """Nothing to write into the generation: the points are on the server."""
        return self._vectors.describe()

    def committed(self) -> None:
        """Delete the removed paragraphs' points; on failure the next writer does."""
        for language, ids in self._removed.items():
            try:
                self._delete(language, ids)
            except VectorEngineError as exc:
                logger.warning("%s; the next ingest deletes them", exc)
        self._removed = {}

    def discard(self) -> None:
        """Delete this writer's points; on failure the next writer does."""
        for language, ids in self._added.items():
            try:
                self._delete(language, sorted(ids))
            except VectorEngineError as exc:
                logger.warning("%s; the next ingest deletes them", exc)
        self._added = {}

    def _delete(self, language: str, ids: Sequence[int]) -> None:
        if not ids:
            return
        target = self._vectors
        with _reaching(target.url):
            target._client.delete(target._collections[language], wait=True,
                                  points_selector=_models().PointIdsList(points=list(ids)))
