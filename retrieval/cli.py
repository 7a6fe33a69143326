"""The ``majlis`` command line: ingest articles, ask, search, and inspect a store.

Settings come from flags first, then ``MAJLIS_*`` environment variables; this
is the only module of the pipeline that reads the environment. The pipeline is
imported only once a command runs, so ``majlis --help`` starts at once.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import sys
from pathlib import Path

EXAMPLES = """\
examples:
  majlis ingest seeds/ news.jsonl          add articles (files or folders)
  majlis ingest news/ --store big --qdrant http://localhost:6333
                                           a new store whose vectors live on a Qdrant server
  majlis ask "من التقى جمال عبدالعزيز العلوي؟"
  majlis ask "What did the two sides look forward to?" --json
  majlis ask "Who met whom in Vienna?" --llm-base-url http://localhost:11434/v1 --llm-model qwen2.5
  majlis search "مكافحة الاتجار بالأشخاص" -k 3
  majlis meetings --who "Ghada Waly"        the meeting ledger (also --json, --csv)
  majlis eval eval/dev.jsonl --store news   hit@k and answer accuracy per language pair
  majlis stats
  TELEGRAM_BOT_TOKEN=... majlis telegram --admin 123456789

The store lives in ./vectorstore/ unless --store or MAJLIS_STORE says otherwise.
When the default store is empty, `majlis ask` ingests the sample articles in
seeds/ first.
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="majlis",
        description="Grounded answers about who met whom, from Arabic and English news.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens (INFO)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--store", metavar="DIR",
                         help="knowledge base folder (default: $MAJLIS_STORE or ./vectorstore)")
        return sub

    ingest = command("ingest", "add .txt/.md/.html/.json/.jsonl articles to the store")
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (recursive)")
    ingest.add_argument("--sentence-transformer", metavar="MODEL",
                        help="build a NEW store with this sentence-transformers model "
                             "(name or path; needs the sentence-transformers extra) "
                             "instead of the bundled multilingual-e5")
    ingest.add_argument("--qdrant", metavar="URL",
                        help="build a NEW store whose paragraph vectors live on this Qdrant server, "
                             "e.g. http://localhost:6333 (needs the qdrant extra; API key in "
                             "$MAJLIS_QDRANT_API_KEY)")
    ingest.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    ingest.add_argument("--json", action="store_true", help="print the report as JSON")

    def llm_options(sub: argparse.ArgumentParser) -> None:
        group = sub.add_argument_group(
            "generated answers (optional; needs the llm extra: pip install 'majlis[llm]')")
        group.add_argument("--llm-base-url", metavar="URL",
                           help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 for "
                                "Ollama (also $MAJLIS_LLM_BASE_URL); the key, if any, is read "
                                "from $MAJLIS_LLM_API_KEY only")
        group.add_argument("--llm-model", metavar="NAME",
                           help="model name at that endpoint (also $MAJLIS_LLM_MODEL)")

    for name, help_text in (("ask", "answer a question with cited paragraphs"),
                            ("search", "list the paragraphs that best match a query")):
        sub = command(name, help_text)
        sub.add_argument("question", metavar="QUESTION" if name == "ask" else "QUERY",
                         help="Arabic or English text (quote it)")
        sub.add_argument("-k", type=int, default=5, metavar="N",
                         help="paragraphs to retrieve, 1 to 50 (default 5)")
        sub.add_argument("--json", action="store_true", help="print the result as JSON")
        if name == "ask":
            llm_options(sub)

    meetings = command("meetings", "list the meetings recorded from the articles "
                                   "(who met whom, where, when, topics, outcomes)")
    meetings.add_argument("--who", metavar="NAME",
                          help="only meetings of this person, in Arabic or Latin script "
                               "(\"Ghada Waly\" finds «غادة والي»)")
    output = meetings.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the records as JSON")
    output.add_argument("--csv", action="store_true",
                        help="print one CSV row per meeting (spreadsheet-friendly)")

    evaluation = command("eval", "score answers on a question set: retrieval hit@k, answer "
                                 "and abstention accuracy per language pair")
    evaluation.add_argument("file", metavar="FILE",
                            help="JSON Lines questions with their article and expected facts "
                                 "(see eval/dev.jsonl)")
    evaluation.add_argument("-k", type=int, default=5, metavar="N",
                            help="paragraphs retrieved per question (default 5)")
    evaluation.add_argument("--json", action="store_true",
                            help="print the summary and every question's result as JSON")
    evaluation.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

    stats = command("stats", "count documents, paragraphs and vectors; name the embedder")
    stats.add_argument("--json", action="store_true", help="print the counts as JSON")

    telegram = command("telegram", "run the Telegram bot (token in $TELEGRAM_BOT_TOKEN)")
    telegram.add_argument("--api-url", metavar="URL",
                          help="root of the Bot API server, e.g. a self-hosted telegram-bot-api "
                               "(default: $TELEGRAM_API_URL or https://api.telegram.org)")
    telegram.add_argument("--admin", action="append", default=[], metavar="USER_ID",
                          help="Telegram user id allowed to add articles by sending a file "
                               "(repeatable; also $MAJLIS_ADMINS, comma-separated)")
    telegram.add_argument("--allowed-chat", action="append", default=[], metavar="CHAT_ID",
                          help="answer only in these chats (repeatable; also "
                               "$MAJLIS_ALLOWED_CHATS); default: every chat")
    telegram.add_argument("--webhook-url", metavar="URL",
                          help="public HTTPS URL that Telegram posts updates to (webhook mode; "
                               "needs $MAJLIS_WEBHOOK_SECRET); default: long polling")
    telegram.add_argument("--listen", default="127.0.0.1", metavar="ADDRESS",
                          help="address the webhook server binds (default 127.0.0.1, behind "
                               "a reverse proxy)")
    telegram.add_argument("--port", type=int, default=8443, help="webhook server port (default 8443)")
    llm_options(telegram)
    return parser


def _store_path(args: argparse.Namespace) -> tuple[Path, bool]:
    """The store folder, and whether it is the default one."""
    chosen = args.store or os.environ.get("MAJLIS_STORE")
    return (Path(chosen), False) if chosen else (Path("vectorstore"), True)


def _print_json(value) -> None:
    if dataclasses.is_dataclass(value):
        value = dataclasses.asdict(value)
    elif isinstance(value, list):
        value = [dataclasses.asdict(item) for item in value]
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _run_ingest(args: argparse.Namespace) -> int:
    from . import InvalidArgumentError, KnowledgeBase, SentenceTransformerEmbedder
    from .qdrant_vectors import IN_MEMORY

    path, _ = _store_path(args)
    if args.qdrant == IN_MEMORY:
        raise InvalidArgumentError("an in-memory Qdrant is gone when majlis exits; give a server "
                                   "URL such as http://localhost:6333")
    embedder = (SentenceTransformerEmbedder(args.sentence_transformer)
                if args.sentence_transformer else None)
    kb = KnowledgeBase.open(path, embedder=embedder, qdrant_url=args.qdrant)
    report = kb.ingest(args.paths, progress=not args.quiet and not args.json)
    if args.json:
        _print_json(report)
    else:
        for problem in report.problems:
            print(f"skipped {problem.path}: {problem.reason}", file=sys.stderr)
        print(f"{report.documents_added} added, {report.documents_replaced} replaced, "
              f"{report.documents_unchanged} unchanged; {report.paragraphs_added} paragraphs "
              f"({report.paragraphs_embedded} embedded) from {report.files_seen} files"
              + (f"; {report.files_skipped} files of other types ignored"
                 if report.files_skipped else "")
              + (f"; {report.older_sentences_embedded} sentences of earlier paragraphs embedded"
                 if report.older_sentences_embedded else "")
              + (f"; {report.older_lines_removed} lines with no word removed from earlier documents"
                 if report.older_lines_removed else "")
              + (f"; {len(report.problems)} problems" if report.problems else "")
              + f" → {path}/")
    return 0 if report.ok else 1


def _generator(args: argparse.Namespace):
    """The generator the flags or ``MAJLIS_LLM_*`` ask for, or ``None``."""
    base_url = getattr(args, "llm_base_url", None) or os.environ.get("MAJLIS_LLM_BASE_URL")
    model = getattr(args, "llm_model", None) or os.environ.get("MAJLIS_LLM_MODEL")
    if not base_url and not model:
        return None
    from .generation import ChatModelGenerator, openai_compatible

    return ChatModelGenerator(openai_compatible(base_url, model,
                                                os.environ.get("MAJLIS_LLM_API_KEY")))


def _open_for_reading(args: argparse.Namespace):
    from .knowledge_base import KnowledgeBase, seed_if_empty

    path, is_default = _store_path(args)
    kb = KnowledgeBase.open(path, generator=_generator(args))
    if is_default and kb.is_empty():
        print(f"majlis: the store {path}/ is empty: ingesting the sample articles in seeds/ "
              "first", file=sys.stderr)
        seed_if_empty(kb)
    return kb


def _print_sources(numbered) -> None:
    for number, source in numbered:
        where = f"{source.title} — paragraph {source.paragraph}"
        if source.title != source.doc_id:
            where += f" ({source.doc_id})"
        print(f"[{number}] {where}")


def _checked(args: argparse.Namespace) -> None:
    """Refuse a bad question before any work (such as seeding) is done."""
    from .knowledge_base import check_k, checked_question

    checked_question(args.question)
    check_k(args.k)


def _run_ask(args: argparse.Namespace) -> int:
    _checked(args)
    answer = _open_for_reading(args).ask(args.question, k=args.k)
    if args.json:
        _print_json(answer)
        return 0
    print(answer.text)
    if not answer.abstained:
        print()
        print("المصادر:" if answer.language == "ar" else "Sources:")
        _print_sources(answer.cited())
    if answer.fallback:
        print(f"majlis: the model's answer was not used ({answer.fallback}); "
              "this is the extractive answer", file=sys.stderr)
    return 0


def _run_search(args: argparse.Namespace) -> int:
    _checked(args)
    sources = _open_for_reading(args).search(args.question, k=args.k)
    if args.json:
        _print_json(sources)
        return 0
    for number, source in enumerate(sources, start=1):
        print(f"[{number}] {source.title} — paragraph {source.paragraph} ({source.doc_id}), "
              f"score {source.score:.4f}")
        print(f"    {source.text}")
    return 0


def _run_stats(args: argparse.Namespace) -> int:
    from . import KnowledgeBase

    path, _ = _store_path(args)
    stats = KnowledgeBase.open(path).stats()
    if args.json:
        _print_json(stats)
        return 0
    by_language = ", ".join(f"{language} {count}" for language, count in stats.vectors_by_language)
    print(f"store      {stats.path}/ (format {stats.format_version})")
    print(f"documents  {stats.documents}")
    print(f"paragraphs {stats.paragraphs}")
    print(f"vectors    {stats.vectors} ({by_language})")
    print(f"embedder   {stats.embedder}, {stats.dimension} dimensions")
    print(f"index      {', '.join(f'{lang} {kind}' for lang, kind in stats.index_by_language)}")
    return 0


def _run_meetings(args: argparse.Namespace) -> int:
    import csv

    from .meeting_answers import display_name

    meetings = _open_for_reading(args).meetings(who=args.who)
    if args.json:
        print(json.dumps([m.to_dict() for m in meetings], ensure_ascii=False, indent=2))
        return 0
    if args.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(["doc_id", "kind", "date", "place", "participants", "topics", "outcomes",
                         "attendees"])

        def people(persons) -> str:
            return " | ".join(f"{p.name} ({'; '.join(p.titles)})" if p.titles else p.name for p in persons)

        for m in meetings:
            writer.writerow([
                m.doc_id, m.kind, m.date.value if m.date else "", (m.place.value or m.place.text) if m.place else "",
                people(m.participants), " | ".join(t.text for t in m.topics),
                " | ".join(o.text for o in m.outcomes), people(m.attendees)])
        return 0
    if not meetings:
        print("no meetings recorded" + (f" for {args.who}" if args.who else ""))
        return 0
    for m in meetings:
        people = " — ".join(display_name(p, "en") for p in m.participants)
        where = f" in {m.place.value or m.place.text}" if m.place else ""
        when = f" on {m.date.value}" if m.date else ""
        print(f"{m.kind}: {people}{where}{when} ({m.doc_id})")
    print(f"{len(meetings)} meetings")
    return 0


def _run_eval(args: argparse.Namespace) -> int:
    from .evaluation import evaluate, read_cases, summary
    from .knowledge_base import check_k

    check_k(args.k)
    cases = read_cases(args.file)
    path, _ = _store_path(args)
    from . import KnowledgeBase

    outcomes = evaluate(KnowledgeBase.open(path), cases, k=args.k,
                        progress=not args.quiet and not args.json)
    rows = summary(outcomes, args.k)
    if args.json:
        print(json.dumps({"summary": rows, "questions": [
            {"id": o.case.id, "pair": o.pair, "hit": o.hit, "correct": o.correct,
             "abstained": o.abstained, "answer": o.answer} for o in outcomes]},
            ensure_ascii=False, indent=2))
        return 0
    header = ["pair", "questions", f"hit@{args.k}", "answer_accuracy", "abstention_accuracy"]
    print("  ".join(f"{h:>19}" if i else f"{h:<10}" for i, h in enumerate(header)))
    for row in rows:
        cells = [row[h] for h in header]
        print("  ".join(f"{'—' if c is None else c:>19}" if i else f"{c:<10}"
                        for i, c in enumerate(cells)))
    wrong = [o for o in outcomes if not o.correct]
    for o in wrong:
        print(f"✗ {o.case.id} [{o.pair}] {o.case.question}\n    → {o.answer[:200]}")
    return 0


def _run_telegram(args: argparse.Namespace) -> int:
    from bot.app import run
    from bot.settings import settings_from

    settings = settings_from(
        os.environ, store=args.store, api_url=args.api_url, admins=args.admin,
        allowed_chats=args.allowed_chat, webhook_url=args.webhook_url, listen=args.listen,
        port=args.port)
    from bot.redaction import redact_in_logs

    redact_in_logs(os.environ.get("MAJLIS_LLM_API_KEY", ""))
    kb = _open_for_reading(args)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per poll is noise
    print(f"majlis: serving Telegram from {settings.store}/ "
          f"({'webhook' if settings.webhook_url else 'long polling'}); Ctrl-C stops",
          file=sys.stderr)
    run(settings, kb)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="majlis: %(message)s" if not args.verbose else "%(levelname)s %(name)s: %(message)s",
    )
    if not args.verbose:
        logging.getLogger("faiss").setLevel(logging.WARNING)
    from .errors import MajlisError

    run = {"ingest": _run_ingest, "ask": _run_ask, "search": _run_search, "stats": _run_stats,
           "meetings": _run_meetings, "eval": _run_eval, "telegram": _run_telegram}
    try:
        return run[args.command](args)
    except MajlisError as exc:
        print(f"majlis: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("majlis: interrupted; batches already committed are kept", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
