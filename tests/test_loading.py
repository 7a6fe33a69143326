import json

import pytest

from retrieval.loading import collect_files, read_documents


def _read(path):
    documents, problems = read_documents(path)
    return documents, [p.reason for p in problems]


def test_txt_keeps_text_and_uses_a_short_first_line_as_title(tmp_path):
    file = tmp_path / "visit.txt"
    file.write_text("Minister visits Cairo\n\nThe minister met his counterpart.", encoding="utf-8")
    (document,), problems = _read(file)
    assert problems == []
    assert document.doc_id == "visit"
    assert document.title == "Minister visits Cairo"
    assert document.text.endswith("met his counterpart.")


def test_txt_without_title_line_is_titled_by_its_name(tmp_path):
    file = tmp_path / "a1.txt"
    file.write_text("التقى الوزير نظيره في القاهرة.", encoding="utf-8")
    (document,), _ = _read(file)
    assert document.title == "a1"


def test_html_keeps_readable_text_only(tmp_path):
    file = tmp_path / "page.html"
    file.write_text(
        "<html><head><title>قمة الرياض</title><script>var x = 'حذف';</script>"
        "<style>p{color:red}</style></head><body><nav>الرئيسية | أخبار</nav>"
        "<article><h1>قمة الرياض</h1><p>التقى الملك <b>بالرئيس</b>.</p>"
        "<div><p>واتفق الجانبان على التعاون.</p></div></article>"
        "<footer>حقوق النشر</footer></body></html>",
        encoding="utf-8",
    )
    (document,), problems = _read(file)
    assert problems == []
    assert document.title == "قمة الرياض"
    assert document.text.split("\n\n") == ["قمة الرياض", "التقى الملك بالرئيس.",
                                           "واتفق الجانبان على التعاون."]
    for dropped in ("حذف", "color", "الرئيسية", "حقوق النشر"):
        assert dropped not in document.text


def test_deeply_nested_and_broken_html_is_read_in_one_pass(tmp_path):
    file = tmp_path / "deep.html"
    file.write_text("<div>" * 50_000 + "نص &amp; عميق<p>فقرة<br>ثانية" + "</span>" * 10,
                    encoding="utf-8")
    (document,), problems = read_documents(file)
    assert problems == []
    assert document.text.split("\n\n") == ["نص & عميق", "فقرة", "ثانية"]


def test_markdown_heading_is_the_title(tmp_path):
    file = tmp_path / "note.md"
    file.write_text("# Talks in Oman\n\nThe **two sides** met, see [report](http://x).\n",
                    encoding="utf-8")
    (document,), _ = _read(file)
    assert document.title == "Talks in Oman"
    assert "The two sides met, see report." in document.text


def test_jsonl_keeps_good_lines_and_reports_bad_ones_by_number(tmp_path):
    file = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "a", "title": "A", "text": "one\n\ntwo", "date": "2015-08-10",
                    "source": "was", "url": "http://example.org/a"}),
        "{broken",
        json.dumps({"id": "b", "text": ""}),
        json.dumps(["not", "an", "object"]),
        "",
        json.dumps({"id": 7, "text": "seven"}),
    ]
    file.write_text("\n".join(lines), encoding="utf-8")
    documents, problems = read_documents(file)
    assert [d.doc_id for d in documents] == ["a", "7"]
    assert documents[0].date == "2015-08-10" and documents[0].url == "http://example.org/a"
    assert documents[1].title == "7"
    assert [p.path.rsplit(":", 1)[1] for p in problems] == ["2", "3", "4"]


def test_json_array_of_records(tmp_path):
    file = tmp_path / "news.json"
    file.write_text(json.dumps([{"id": "x", "text": "t"}, {"title": "no id", "text": "t"}]),
                    encoding="utf-8")
    documents, problems = read_documents(file)
    assert [d.doc_id for d in documents] == ["x"]
    assert "no \"id\"" in problems[0].reason and problems[0].path.endswith("[1]")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("latin1.txt", "café".encode("latin-1"), "not UTF-8"),
        ("blob.txt", b"abc\x00def", "binary"),
        ("empty.txt", b"  \n\n ", "no readable text"),
        ("bad.json", b"{", "invalid JSON"),
    ],
)
def test_unreadable_files_are_problems_not_crashes(tmp_path, name, content, reason):
    file = tmp_path / name
    file.write_bytes(content)
    documents, problems = _read(file)
    assert documents == []
    assert reason in problems[0]


def test_collect_files_walks_folders_and_reports_named_problems(tmp_path):
    (tmp_path / "news" / "deep").mkdir(parents=True)
    (tmp_path / "news" / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "news" / "deep" / "b.jsonl").write_text("{}", encoding="utf-8")
    (tmp_path / "news" / "photo.png").write_bytes(b"\x89PNG")
    (tmp_path / "news" / ".hidden.txt").write_text("h", encoding="utf-8")
    (tmp_path / "table.csv").write_text("a,b", encoding="utf-8")
    files, problems, skipped = collect_files(
        [tmp_path / "news", tmp_path / "table.csv", tmp_path / "missing.txt"])
    assert [f.name for f in files] == ["a.txt", "b.jsonl"]
    assert skipped == 2
    reasons = {p.path.rsplit("/", 1)[1]: p.reason for p in problems}
    assert "unsupported file type .csv" in reasons["table.csv"]
    assert reasons["missing.txt"] == "no such file or folder"
