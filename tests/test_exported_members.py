import retrieval


def test_public_surface_is_pinned():
    assert sorted(retrieval.__all__) == sorted([
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
    ])
    for name in retrieval.__all__:
        assert hasattr(retrieval, name), name
