"""Frozen result values shared by the Python API, the CLI (``--json``) and the bot.

Every field is a plain value or a tuple, so ``dataclasses.asdict`` gives the JSON
that the CLI prints and two front ends can never disagree about a result.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    """One retrieved paragraph (or one window of a long paragraph).

    ``paragraph`` is the 0-based index of the paragraph in its document's text
    split on blank lines; ``score`` is the fused retrieval score (higher is better).
    """

    doc_id: str
    title: str
    paragraph: int
    text: str
    score: float
    language: str = ""
    date: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Answer:
    """A grounded reply. ``text`` cites ``sources`` with 1-based markers like ``[1]``.

    ``produced_by`` says which path wrote the text: ``"meetings"`` (the meeting
    ledger), ``"extractive"`` (quoted sentences) or ``"generated"`` (a language
    model, checked against the sources). ``fallback`` says why a configured
    model's answer was not used, when it was not.
    """

    question: str
    text: str
    language: str
    abstained: bool
    sources: tuple[Source, ...] = ()
    meetings: tuple = ()
    produced_by: str = "extractive"
    fallback: str | None = None

    def cited(self) -> list[tuple[int, Source]]:
        """The sources the text cites, with their marker numbers, in number order."""
        return [(number, source) for number, source in enumerate(self.sources, start=1)
                if f"[{number}]" in self.text]


@dataclass(frozen=True)
class FileProblem:
    """A file or record that was not ingested, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class IngestReport:
    """What one ``ingest`` call did."""

    files_seen: int = 0
    files_skipped: int = 0
    documents_added: int = 0
    documents_replaced: int = 0
    documents_unchanged: int = 0
    paragraphs_added: int = 0
    paragraphs_embedded: int = 0
    # sentences of paragraphs stored before sentence vectors were kept, embedded now
    older_sentences_embedded: int = 0
    # windows of earlier documents that say no word («***», a lone "."), removed from the store
    older_lines_removed: int = 0
    problems: tuple[FileProblem, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class StoreStats:
    """Counts and identity of a store, as ``majlis stats`` prints them."""

    path: str
    documents: int
    paragraphs: int
    vectors: int
    vectors_by_language: tuple[tuple[str, int], ...]
    embedder: str
    dimension: int
    format_version: int
    index_by_language: tuple[tuple[str, str], ...] = ()
