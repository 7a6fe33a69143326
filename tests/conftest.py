"""Shared fixtures: every store lives under tmp_path; one seeded store per session."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from retrieval import E5Embedder, KnowledgeBase

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_02c55440c52a4685.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def knowledge_base_of(tmp_path, e5, rows: list[dict]) -> KnowledgeBase:
    """A store of these articles (JSON Lines rows with id, title, date and text)."""
    articles = tmp_path / "articles.jsonl"
    articles.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows), encoding="utf-8")
    kb = KnowledgeBase.open(tmp_path / "store", embedder=e5)
    assert kb.ingest([articles]).documents_added == len(rows)
    return kb


def fixture_knowledge_base(tmp_path, e5, fixture: str, documents: int) -> KnowledgeBase:
    """A store of one fixture file of ``documents`` articles."""
    kb = KnowledgeBase.open(tmp_path / "store", embedder=e5)
    assert kb.ingest([FIXTURES / fixture]).documents_added == documents
    return kb


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """Run each test in its own folder, so the default ./vectorstore is private."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MAJLIS_STORE", raising=False)


@pytest.fixture(scope="session")
def e5() -> E5Embedder:
    return E5Embedder()


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory, e5) -> Path:
    """A store holding the seed article, built once; copy it before changing it."""
    path = tmp_path_factory.mktemp("seed") / "store"
    KnowledgeBase.open(path, embedder=e5).ingest([SEED])
    return path


@pytest.fixture(scope="session")
def seed_kb(seed_store, e5) -> KnowledgeBase:
    """The seeded store, opened read-only for the session."""
    return KnowledgeBase.open(seed_store, embedder=e5)


@pytest.fixture
def seed_copy(seed_store, tmp_path) -> Path:
    """A private copy of the seeded store that a test may change."""
    target = tmp_path / "seed-copy"
    shutil.copytree(seed_store, target)
    return target
