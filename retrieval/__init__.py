"""majlis: answers about who met whom, from Arabic and English news, with citations.

>>> from retrieval import ask
>>> answer = ask("من التقى جمال عبدالعزيز العلوي؟")
>>> print(answer.text)
"""

from .embedding import E5Embedder, Embedder, SentenceTransformerEmbedder
from .errors import (
    EmbedderMismatchError,
    InvalidArgumentError,
    InvalidQuestionError,
    MajlisError,
    MissingDependencyError,
    StoreCorruptError,
    StoreLockedError,
    StoreNotFoundError,
    VectorEngineError,
)
from .knowledge_base import KnowledgeBase, ask
from .meeting_records import Evidence, Fact, Meeting, Person
from .models import Answer, FileProblem, IngestReport, Source, StoreStats

__all__ = [
    "Answer",
    "E5Embedder",
    "Embedder",
    "EmbedderMismatchError",
    "Evidence",
    "Fact",
    "FileProblem",
    "IngestReport",
    "InvalidArgumentError",
    "InvalidQuestionError",
    "KnowledgeBase",
    "MajlisError",
    "Meeting",
    "MissingDependencyError",
    "Person",
    "SentenceTransformerEmbedder",
    "Source",
    "StoreCorruptError",
    "StoreLockedError",
    "StoreNotFoundError",
    "StoreStats",
    "VectorEngineError",
    "ask",
]
