"""Load on the Telegram bot: N chats ask at the same moment; report reply latency.

A real python-telegram-bot Application polls the fake Bot API server from the
tests (127.0.0.1 only) and answers from a store holding the seed article. Each
chat sends one question at t=0 (half answerable, half not); latency is from
that moment to the chat's reply. Every chat must be answered without an error.

Prints a table and writes bench/BOT_LOAD.md.

    python bench/bot_load.py [--chats 50]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from report import machine_line, publish  # noqa: E402

from bot import formatting  # noqa: E402
from bot.app import build_application  # noqa: E402
from bot.settings import BotSettings, Secret  # noqa: E402
from retrieval import KnowledgeBase  # noqa: E402
from tests.fake_bot_api import FakeBotAPI, message  # noqa: E402

TOKEN = "100:bench-token"


async def measure(chats: int, store: Path) -> tuple[list[float], int]:
    fake = FakeBotAPI(TOKEN)
    url = fake.start()
    kb = KnowledgeBase.open(store)
    app = build_application(BotSettings(token=Secret(TOKEN), store=store, api_url=url,
                                        questions_per_window=10**6), kb)
    await app.initialize()
    await app.start()
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    try:
        ids = list(range(3000, 3000 + chats))
        started = time.perf_counter()
        for n, chat in enumerate(ids):
            question = "ما الذي تطلع إليه الجانبان؟" if n % 2 else "What is the boiling point of mercury?"
            fake.push(message(chat, 20_000 + n, question))
        answered: dict[int, float] = {}
        while len(answered) < chats and time.perf_counter() - started < 600:
            for chat in ids:
                if chat not in answered and fake.sent("sendMessage", chat):
                    answered[chat] = time.perf_counter() - started
            await asyncio.sleep(0.01)
        errors = sum(fake.sent("sendMessage", c)[0]["text"] == formatting.APOLOGY
                     for c in answered)
        return [1000 * answered[c] for c in ids if c in answered], errors
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        fake.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chats", type=int, default=50)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "BOT_LOAD.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        KnowledgeBase.open(store).ingest([ROOT / "seeds"])
        latencies, errors = asyncio.run(measure(args.chats, store))
    ordered = sorted(latencies) or [0.0]
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    lines = ["# Bot load", "", f"{machine_line()}. {args.chats} chats ask at once through a fake "
             "Bot API on 127.0.0.1; store: the seed article. Two questions, each asked by half "
             "of the chats (one answerable, one not): after the first answer its candidate "
             "sentences are cached, so this measures the bot's concurrency and queueing more "
             "than the embedder.", "",
             "| measure | value |", "|---|---|",
             f"| chats answered | {len(latencies)} of {args.chats} |",
             f"| error replies | {errors} |",
             f"| reply latency p50 | {statistics.median(ordered):.0f} ms |",
             f"| reply latency p95 | {p95:.0f} ms |",
             f"| last reply | {max(ordered):.0f} ms |"]
    publish(lines, args.out)
    return 0 if len(latencies) == args.chats and errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
