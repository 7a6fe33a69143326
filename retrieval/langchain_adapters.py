"""LangChain faces of majlis: an ``Embeddings`` and a ``BaseRetriever``.

They let a LangChain application reuse majlis's multilingual embedder and its
hybrid, language-aware search (for example as the retriever of a RAG chain)
without copying either. Only ``langchain-core`` interfaces are used.
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from .embedding import Embedder
from .knowledge_base import KnowledgeBase


class MajlisEmbeddings(Embeddings):
    """A majlis :class:`Embedder` as LangChain ``Embeddings`` (query/passage aware)."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed_passages(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_query(text).tolist()


class MajlisRetriever(BaseRetriever):
    """Hybrid search over a :class:`KnowledgeBase`, returning LangChain documents."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    knowledge_base: Any
    k: int = 5

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        kb: KnowledgeBase = self.knowledge_base
        return [
            Document(
                page_content=source.text,
                metadata={
                    "doc_id": source.doc_id,
                    "title": source.title,
                    "paragraph": source.paragraph,
                    "score": source.score,
                    "language": source.language,
                    "date": source.date,
                    "url": source.url,
                },
            )
            for source in kb.search(query, k=self.k)
        ]
