from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_core.retrievers import BaseRetriever

from retrieval.langchain_adapters import MajlisEmbeddings, MajlisRetriever


def test_retriever_returns_cited_langchain_documents(seed_kb):
    retriever = MajlisRetriever(knowledge_base=seed_kb, k=3)
    assert isinstance(retriever, BaseRetriever)
    documents = retriever.invoke("UNODC غادة والي")
    assert len(documents) == 3
    assert all(isinstance(d, Document) for d in documents)
    first = documents[0]
    assert "غادة والي" in first.page_content
    assert first.metadata["doc_id"] == "000_02c55440c52a4685"
    assert first.metadata["language"] == "ar"
    assert isinstance(first.metadata["paragraph"], int)


def test_embeddings_adapter_uses_query_and_passage_modes(e5):
    adapter = MajlisEmbeddings(e5)
    assert isinstance(adapter, Embeddings)
    query = adapter.embed_query("من التقى العلوي؟")
    passage = adapter.embed_documents(["من التقى العلوي؟"])[0]
    assert len(query) == len(passage) == 384
    assert query != passage  # e5 prefixes "query: " and "passage: " differently
