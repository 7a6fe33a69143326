"""The one exception tree of majlis: every message says what went wrong and how to fix it.

Library errors (FAISS, SQLite, JSON, file system) are converted where they enter
the project, with ``raise ... from exc``, so callers only need to catch
:class:`MajlisError` (or one of its children).
"""


class MajlisError(Exception):
    """Base class of every error majlis raises on purpose."""


class InvalidArgumentError(MajlisError, ValueError):
    """An argument is out of range (for example ``k``)."""


class InvalidQuestionError(InvalidArgumentError):
    """The question is empty, whitespace only, or too long."""


class StoreNotFoundError(MajlisError):
    """No knowledge base exists at the given path."""


class StoreCorruptError(MajlisError):
    """The store's manifest, index or metadata disagree or cannot be read."""


class VectorEngineError(MajlisError):
    """The server that holds a store's vectors (Qdrant) failed or cannot be reached."""


class StoreLockedError(MajlisError):
    """Another process is writing to the store."""


class EmbedderMismatchError(MajlisError):
    """The store was built with a different embedder than the one requested."""


class MissingDependencyError(MajlisError, ImportError):
    """An optional extra is not installed; the message names the pip command."""


class ConfigurationError(MajlisError):
    """A setting is missing or invalid (for example no bot token)."""
