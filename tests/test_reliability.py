"""Crash safety, the single-writer lock, readers during writes, and thread safety."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from retrieval import KnowledgeBase, StoreLockedError
from retrieval import store as store_module
from retrieval.store import Store, read_manifest

from .conftest import ROOT

pytestmark = pytest.mark.slow

INGEST_ONE_BY_ONE = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from retrieval import KnowledgeBase
kb = KnowledgeBase.open({store!r})
for file in sorted(Path({folder!r}).glob("*.txt")):
    kb.ingest([file])
    print(file.stem, flush=True)  # this document's ingest has completed
"""


def _articles(folder, count):
    folder.mkdir()
    for n in range(count):
        (folder / f"a{n:03d}.txt").write_text(
            f"التقى الوزير رقم {n} نظيره في العاصمة.\n\nThe minister number {n} met his "
            f"counterpart and they agreed on plan {n}.", encoding="utf-8")


def _check_consistent(path):
    """Open the store the way a reader does and compare every count."""
    store = Store.load(path)  # checks manifest sizes, FAISS rows = SQLite rows = manifest counts
    manifest = read_manifest(path)
    assert manifest["counts"]["documents"] == len(store.document_ids())
    assert manifest["counts"]["paragraphs"] == sum(store.count_vectors().values())
    return store


def test_sigkill_at_many_points_never_loses_a_finished_ingest(tmp_path):
    folder, path = tmp_path / "articles", tmp_path / "store"
    _articles(folder, 400)
    script = tmp_path / "ingest.py"
    script.write_text(INGEST_ONE_BY_ONE.format(root=str(ROOT), store=str(path),
                                               folder=str(folder)), encoding="utf-8")
    rng = random.Random(20261130)
    finished: set[str] = set()
    progress = []
    for _ in range(10):
        child = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
        # Kill once this run has stored a random number of new documents, at a random moment
        # of the next one's commit (~15-30 ms): counting documents, not seconds, keeps the
        # kills inside the work on a fast idle machine and a slow busy one alike (the model
        # loads only for the first document not yet stored).
        wanted, new, seen = rng.randint(1, 30), 0, ""
        while new < wanted and (line := child.stdout.readline()):
            seen += line
            new += line.split()[0] not in finished
        time.sleep(rng.uniform(0.0, 0.05))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        finished.update((seen + out).split())
        progress.append(len(finished))
        store = _check_consistent(path)
        missing = [doc for doc in finished if store.document(doc) is None]
        assert missing == [], f"finished ingests lost after SIGKILL: {missing}"
    # the kills landed while there was still work: each run added some, none finished all
    assert all(after > before for before, after in zip([0, *progress], progress)), progress
    assert progress[-1] < 400, progress
    # the store still takes writes and answers after all that
    kb = KnowledgeBase.open(path)
    stored = kb.stats().documents
    store = _check_consistent(path)
    more = [f for f in sorted(folder.glob("*.txt")) if store.document(f.stem) is None][:5]
    assert kb.ingest(more).documents_added == 5
    assert kb.stats().documents == stored + 5
    _check_consistent(path)


def test_a_second_writer_waits_then_fails_clearly(seed_copy, tmp_path, monkeypatch):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from filelock import FileLock\n"
         f"with FileLock({str(seed_copy / '.lock')!r}):\n"
         "    print('locked', flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        monkeypatch.setattr(store_module, "LOCK_TIMEOUT_SECONDS", 0.5)
        article = tmp_path / "new.txt"
        article.write_text("The envoy met the minister.", encoding="utf-8")
        kb = KnowledgeBase.open(seed_copy)
        with pytest.raises(StoreLockedError, match="another process has been writing"):
            kb.ingest([article])
        assert kb.stats().documents == 1  # nothing half-done
    finally:
        holder.kill()
        holder.wait()
    assert kb.ingest([article]).documents_added == 1  # the lock is free again


def test_readers_never_see_a_half_written_store(tmp_path, e5):
    folder, path = tmp_path / "articles", tmp_path / "store"
    _articles(folder, 8)
    writer = KnowledgeBase.open(path, embedder=e5)
    writer.ingest([sorted(folder.glob("*.txt"))[0]])
    errors, counts = [], []
    done = threading.Event()

    def read_repeatedly():
        reader = KnowledgeBase.open(path, embedder=e5)
        while not done.is_set():
            try:
                counts.append(KnowledgeBase.open(path, embedder=e5).stats().documents)
                reader.search("minister met counterpart", k=3)
                counts.append(reader.stats().documents)
            except Exception as exc:  # noqa: BLE001 - any failure is the finding
                errors.append(repr(exc))

    thread = threading.Thread(target=read_repeatedly)
    thread.start()
    try:
        for file in sorted(folder.glob("*.txt"))[1:]:
            writer.ingest([file])
    finally:
        done.set()
        thread.join()
    assert errors == []
    assert len(counts) > 4 and max(counts) <= 8


def test_eight_threads_get_the_answers_one_thread_gets(seed_kb):
    questions = ["من التقى جمال عبدالعزيز العلوي؟", "ما الذي تطلع إليه الجانبان؟",
                 "What did Bahrain and the UN drugs office discuss?", "ما هي عاصمة البرازيل؟",
                 "مكافحة الاتجار بالأشخاص", "Who is the executive director of UNODC?",
                 "أين التقى العلوي غادة والي؟", "What is the boiling point of mercury?"] * 2
    expected = [seed_kb.ask(q) for q in questions]
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(seed_kb.ask, questions))
    assert answers == expected


def test_a_reader_opening_a_generation_a_writer_replaces_loads_the_new_one(tmp_path, e5, monkeypatch):
    # A writer may commit, and delete the generation a reader has just read in the manifest,
    # between the reader's checks and SQLite opening the file: "unable to open database
    # file" then means "read the manifest again", as a missing file does
    folder, path = tmp_path / "articles", tmp_path / "store"
    _articles(folder, 2)
    first, second = sorted(folder.glob("*.txt"))
    writer = KnowledgeBase.open(path, embedder=e5)
    writer.ingest([first])
    connect = sqlite3.connect
    replaced = []

    def connect_as_a_writer_commits(target, *args, **kwargs):
        if not replaced and "mode=ro" in str(target):
            replaced.append(target)
            writer.ingest([second])  # a new generation; the one `target` names is deleted
        return connect(target, *args, **kwargs)

    monkeypatch.setattr(store_module.sqlite3, "connect", connect_as_a_writer_commits)
    assert Store.load(path).count_documents() == 2
    assert replaced  # (the writer did commit in between)
