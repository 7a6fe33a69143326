"""Reading news files into :class:`Document` values.

Supported: ``.txt``, ``.md``, ``.html``/``.htm`` (readable text only: scripts,
styles, navigation, headers, footers and forms are dropped) and ``.json`` /
``.jsonl`` news records ``{"id", "title", "text", "date"?, "source"?, "url"?}``.
Folders are walked recursively. Nothing here raises for a bad file: each
problem is returned beside the documents that could be read, so one broken
file never stops an ingest.
"""

from __future__ import annotations

import hashlib
import json
import re
from html.parser import HTMLParser
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .models import FileProblem

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
MAX_FILE_BYTES = 50 * 1024 * 1024
_TITLE_MAX_CHARS = 200
_HTML_DROP = frozenset(("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                        "iframe", "svg", "template", "button", "select"))
_HTML_BLOCKS = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
                          "td", "th", "dd", "dt", "figcaption", "div", "section", "article",
                          "main", "table", "tr", "ul", "ol", "dl", "figure", "hr"))


@dataclass(frozen=True)
class Document:
    """One news article as read from disk, before splitting."""

    doc_id: str
    title: str
    text: str
    origin: str
    date: str | None = None
    source: str | None = None
    url: str | None = None

    @property
    def content_hash(self) -> str:
        payload = json.dumps([self.title, self.text, self.date, self.source, self.url],
                             ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def collect_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[FileProblem], int]:
    """Files to read under ``paths``, problems with named paths, unsupported files skipped.

    A file named on its own must be supported; inside a folder, files of other
    types (images, CSV, ...) and hidden files are skipped and only counted.
    """
    files: list[Path] = []
    problems: list[FileProblem] = []
    skipped = 0
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                relative = file.relative_to(path).parts
                if any(part.startswith(".") for part in relative) or \
                        file.suffix.lower() not in SUPPORTED_SUFFIXES:
                    skipped += 1
                    continue
                problem = _check(file)
                (problems.append(problem) if problem else files.append(file))
        elif path.exists():
            problem = _check(path)
            (problems.append(problem) if problem else files.append(path))
        else:
            problems.append(FileProblem(str(path), "no such file or folder"))
    return files, problems, skipped


def _check(file: Path) -> FileProblem | None:
    if file.suffix.lower() not in SUPPORTED_SUFFIXES:
        return FileProblem(str(file), f"unsupported file type {file.suffix or '(none)'}; "
                           f"majlis reads {', '.join(SUPPORTED_SUFFIXES)}")
    size = file.stat().st_size
    if size > MAX_FILE_BYTES:
        return FileProblem(str(file), f"file has {size:,} bytes, over the limit of "
                           f"{MAX_FILE_BYTES:,}; split it into smaller files")
    return None


def read_documents(file: Path) -> tuple[list[Document], list[FileProblem]]:
    """The documents in one supported file, and any problems reading it."""
    try:
        raw = file.read_bytes()
    except OSError as exc:
        return [], [FileProblem(str(file), f"cannot read: {exc.strerror or exc}")]
    if b"\x00" in raw[:8192]:
        return [], [FileProblem(str(file), "binary file (contains NUL bytes)")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return [], [FileProblem(str(file), f"not UTF-8 text (byte {exc.start}); "
                                "save it as UTF-8 and ingest again")]
    if "\x00" in text:
        return [], [FileProblem(str(file), "binary file (contains NUL bytes)")]
    suffix = file.suffix.lower()
    if suffix in (".json", ".jsonl"):
        return _read_records(file, text)
    if suffix in (".html", ".htm"):
        title, body = _html_text(text)
    elif suffix == ".md":
        title, body = _markdown_text(text)
    else:
        title, body = _plain_title(text), text
    if not body.strip():
        return [], [FileProblem(str(file), "no readable text")]
    return [Document(doc_id=file.stem, title=title or file.stem, text=body,
                     origin=str(file.resolve()))], []


def _plain_title(text: str) -> str:
    """A short first line with no sentence end reads as a title; else none."""
    first = text.strip().split("\n", 1)[0].strip()
    if first and len(first) <= _TITLE_MAX_CHARS and not re.search(r"[.!?؟।]$", first) \
            and "\n\n" in text.strip():
        return first
    return ""


def _markdown_text(text: str) -> tuple[str, str]:
    match = re.search(r"^#\s+(.+)$", text, flags=re.MULTILINE)
    title = match.group(1).strip() if match else _plain_title(text)
    body = re.sub(r"^#{1,6}\s+", "", text, flags=re.MULTILINE)
    body = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", body)          # images
    body = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", body)      # links keep their text
    body = re.sub(r"(\*\*|__|`)", "", body)
    return title, body


class _HTMLText(HTMLParser):
    """Streams readable text out of HTML: one pass, no tree, so depth costs nothing.

    Text inside dropped elements (scripts, navigation, ...) is skipped; every
    block element starts a new paragraph.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.title = ""
        self.first_heading = ""
        self._pieces: list[str] = []
        self._skipping = 0
        self._in_title = False
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _HTML_DROP:
            self._skipping += 1
        elif tag == "title":
            self._in_title = True
        elif tag in _HTML_BLOCKS or tag == "br":
            self._in_h1 = tag == "h1" and not self.first_heading
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HTML_DROP:
            self._skipping = max(0, self._skipping - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in _HTML_BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skipping:
            self._pieces.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._pieces).split())  # inline tags do not split words
        if text:
            self.paragraphs.append(text)
            if self._in_h1:
                self.first_heading = text
        self._pieces = []
        self._in_h1 = False

    def close(self) -> None:
        super().close()
        self._flush()


def _html_text(html: str) -> tuple[str, str]:
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    title = " ".join(parser.title.split()) or parser.first_heading
    return title, "\n\n".join(parser.paragraphs)


def _read_records(file: Path, text: str) -> tuple[list[Document], list[FileProblem]]:
    documents: list[Document] = []
    problems: list[FileProblem] = []
    if file.suffix.lower() == ".jsonl":
        lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        for number, line in lines:
            try:
                record = json.loads(line)
            except ValueError as exc:
                problems.append(FileProblem(f"{file}:{number}", f"invalid JSON: {exc.msg}"))
                continue
            _add_record(file, f"{file}:{number}", record, documents, problems)
        return documents, problems
    try:
        data = json.loads(text)
    except ValueError as exc:
        return [], [FileProblem(str(file), f"invalid JSON at line {exc.lineno}: {exc.msg}")]
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records):
        where = f"{file}[{number}]" if isinstance(data, list) else str(file)
        _add_record(file, where, record, documents, problems)
    return documents, problems


def _add_record(file: Path, where: str, record: object, documents: list[Document],
                problems: list[FileProblem]) -> None:
    if not isinstance(record, dict):
        problems.append(FileProblem(where, "a news record must be a JSON object"))
        return
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        problems.append(FileProblem(where, 'the record has no "text"'))
        return
    doc_id = record.get("id")
    if not isinstance(doc_id, (str, int)) or not str(doc_id).strip():
        problems.append(FileProblem(where, 'the record has no "id"'))
        return

    def optional(key: str) -> str | None:
        value = record.get(key)
        return str(value) if isinstance(value, (str, int, float)) and str(value).strip() else None

    documents.append(Document(
        doc_id=str(doc_id).strip(),
        title=optional("title") or str(doc_id),
        text=text,
        origin=str(file.resolve()),
        date=optional("date"),
        source=optional("source"),
        url=optional("url"),
    ))
