"""The Telegram bot end to end: a real python-telegram-bot Application polling a
fake Bot API server on 127.0.0.1, answering from a real knowledge base."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from html.parser import HTMLParser

import pytest
import pytest_asyncio

from bot import formatting
from bot.app import build_application
from bot.settings import BotSettings, Secret

from .fake_bot_api import BOT_USERNAME, FakeBotAPI, message

TOKEN = "123456789:TEST-secret-token-AbCdEf"
ADMIN = 42
USER = 7
TELEGRAM_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
                 "tg-spoiler", "span", "blockquote"}


class _TelegramHTML(HTMLParser):
    """Fails on anything Telegram's HTML parse mode would reject."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.stack = []

    def handle_starttag(self, tag, attrs):
        assert tag in TELEGRAM_TAGS, tag
        self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag, f"unbalanced </{tag}>"

    def handle_entityref(self, name):
        assert name in ("lt", "gt", "amp", "quot"), name


def assert_valid_html(text: str) -> None:
    parser = _TelegramHTML()
    parser.feed(text)
    parser.close()
    assert parser.stack == [], f"unclosed {parser.stack}"
    assert len(text) <= formatting.TELEGRAM_LIMIT


@pytest_asyncio.fixture
async def running(seed_copy, e5):
    """Start the fake API and the bot; yield a helper to build and run with settings."""
    fake = FakeBotAPI(TOKEN)
    url = fake.start()
    started = []

    async def launch(**overrides):
        from retrieval import KnowledgeBase

        settings = BotSettings(token=Secret(TOKEN), store=seed_copy, api_url=url,
                               admins=frozenset({ADMIN}), **overrides)
        kb = KnowledgeBase.open(seed_copy, embedder=e5)
        app = build_application(settings, kb)
        await app.initialize()
        await app.post_init(app)  # as run_polling() does
        await app.start()
        await app.updater.start_polling(poll_interval=0.0, timeout=1)
        started.append(app)
        return app

    yield fake, launch
    for app in started:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
    fake.stop()


async def replies(fake: FakeBotAPI, chat_id: int, count: int = 1, timeout: float = 60.0):
    """Wait for ``count`` messages to ``chat_id`` and return them."""
    def enough(api):
        sent = api.sent("sendMessage", chat_id)
        return sent if len(sent) >= count else None
    sent = await asyncio.to_thread(fake.wait_for, enough, timeout)
    for params in sent:
        assert params.get("parse_mode") in (None, "HTML")
        assert_valid_html(params["text"])
    return sent


async def test_arabic_question_in_private_chat(running):
    fake, launch = running
    await launch()
    fake.push(message(101, USER, "من التقى جمال عبدالعزيز العلوي؟"))
    (reply,) = await replies(fake, 101)
    assert "غادة والي" in reply["text"]
    assert reply["text"].startswith("<b>بحسب المقالات:</b>")
    assert reply["parse_mode"] == "HTML"
    button = reply["reply_markup"]["inline_keyboard"][0][0]
    assert button == {"text": "المصادر", "callback_data": "sources"}
    assert fake.sent("sendChatAction", 101)[0]["action"] == "typing"
    assert [c.method for c in fake.calls].count("setMyCommands") == 1


async def test_english_question_and_sources_button(running):
    fake, launch = running
    await launch()
    fake.push(message(102, USER, "What did Bahrain and the UN drugs office discuss?"))
    (reply,) = await replies(fake, 102)
    assert reply["text"].startswith("<b>According to the articles:</b>")
    fake.push({"callback_query": {"id": "cb1", "from": {"id": USER, "is_bot": False, "first_name": "u"},
                                  "chat_instance": "x", "data": "sources",
                                  "message": {"message_id": 5, "date": 0, "text": "answer",
                                              "chat": {"id": 102, "type": "private"}}}})
    sources = await replies(fake, 102, count=2)
    assert "¶" in sources[1]["text"] and "000_02c55440c52a4685" in sources[1]["text"]
    assert fake.sent("answerCallbackQuery")[0]["callback_query_id"] == "cb1"


async def test_follow_up_uses_the_previous_turn_and_keeps_its_language(running):
    fake, launch = running
    await launch()
    fake.push(message(103, USER, "من التقى جمال عبدالعزيز العلوي؟"))
    await replies(fake, 103)
    fake.push(message(103, USER, "وماذا تطلع الجانبان؟"))
    follow_up = (await replies(fake, 103, count=2))[1]
    assert follow_up["text"].startswith("<b>بحسب المقالات:</b>")
    assert "تطوير الآليات والأدوات" in follow_up["text"]


async def test_groups_answer_mentions_replies_and_ask_but_not_chatter(running):
    fake, launch = running
    await launch()
    group = -500
    fake.push(message(group, USER, "من التقى جمال عبدالعزيز العلوي؟", chat_type="group"))
    fake.push(message(group, USER, f"@{BOT_USERNAME} من التقى جمال عبدالعزيز العلوي؟",
                      chat_type="group",
                      entities=[{"type": "mention", "offset": 0, "length": len(BOT_USERNAME) + 1}]))
    first = await replies(fake, group, count=1)
    assert "غادة والي" in first[0]["text"]
    fake.push(message(group, USER, "ما الذي تطلع إليه الجانبان؟", chat_type="group", reply_to_bot=True))
    fake.push(message(group, USER, "/ask ما الذي تطلع إليه الجانبان؟", chat_type="group"))
    answered = await replies(fake, group, count=3)
    await asyncio.sleep(1.0)  # give the unaddressed message every chance to be (wrongly) answered
    assert len(fake.sent("sendMessage", group)) == 3
    assert all("تطوير الآليات" in r["text"] for r in answered[1:])


async def test_long_output_is_split_on_line_boundaries(running):
    fake, launch = running
    await launch()
    filler = " ".join(f"وجاء في البيان <b>الختامي</b> & الملحق رقم {n} أن اللجنة ستواصل عملها." for n in range(18))
    article = "\n\n".join([
        f"التقى الوزير نظيره في فيينا صباح الاثنين. {filler}",
        f"وبحث الجانبان التدريب المهني للشباب. {filler}",
        f"واتفقا على تمويل المنح الدراسية للطلاب. {filler}",
    ]).encode("utf-8")
    fake.files["documents/long1"] = article
    fake.push(message(ADMIN, ADMIN, document={"file_id": "long1", "file_unique_id": "ul1",
                                              "file_name": "long.txt", "file_size": len(article)}))
    assert "1 added" in (await replies(fake, ADMIN))[0]["text"]
    fake.push(message(ADMIN, ADMIN, "أين التقى الوزير نظيره، وهل بحثا التدريب المهني، وعلام اتفقا بشأن المنح الدراسية؟"))
    answer = (await replies(fake, ADMIN, count=2))[1]["text"]
    assert answer.count("[") >= 3, answer  # three paragraphs cited
    fake.push(message(ADMIN, ADMIN, "/sources"))
    await asyncio.to_thread(fake.wait_for, lambda api: len(api.sent("sendMessage", ADMIN)) >= 4, 60)
    await asyncio.sleep(0.5)  # let any further part arrive
    sources = (await replies(fake, ADMIN, count=4))[2:]
    assert len(sources) >= 2, "the cited paragraphs need more than one message"
    assert sum(s["text"].count("¶") for s in sources) == answer.count("[")
    assert "&lt;b&gt;الختامي&lt;/b&gt; &amp; الملحق" in sources[0]["text"]


async def test_user_text_with_markup_is_escaped(running):
    fake, launch = running
    await launch()
    data = b"The minister met the envoy in Oman and they agreed on a port deal."
    fake.files["documents/x1"] = data
    fake.push(message(ADMIN, ADMIN, document={"file_id": "x1", "file_unique_id": "ux1",
                                              "file_name": "<b>&deal.txt", "file_size": len(data)}))
    (reply,) = await replies(fake, ADMIN)
    assert reply["text"].startswith("&lt;b&gt;&amp;deal.txt: 1 added")
    fake.push(message(104, USER, "What did <b>they</b> agree & sign in Oman?"))
    (answer,) = await replies(fake, 104)
    assert "<b>they</b>" not in answer["text"].replace("<b>According", "")


async def test_admin_upload_is_ingested_and_answerable(running, seed_copy):
    fake, launch = running
    await launch()
    article = ("Oman and Kenya sign fisheries pact\n\nThe fisheries ministers of Oman and Kenya "
               "met in Muscat and signed a pact on tuna quotas.").encode()
    fake.files["documents/f1"] = article
    fake.push(message(ADMIN, ADMIN, document={"file_id": "f1", "file_unique_id": "uf1",
                                              "file_name": "fisheries.txt",
                                              "file_size": len(article)}))
    (reply,) = await replies(fake, ADMIN)
    assert "fisheries.txt: 1 added" in reply["text"] and "2 paragraphs" in reply["text"]
    assert (seed_copy / "uploads" / "fisheries.txt").read_bytes() == article
    fake.push(message(ADMIN, ADMIN, "What did Oman and Kenya sign in Muscat?"))
    answer = (await replies(fake, ADMIN, count=2))[1]
    assert "tuna quotas" in answer["text"]


@pytest.mark.parametrize(
    ("user", "document", "expected"),
    [
        (USER, {"file_name": "a.txt", "file_size": 10}, formatting.NOT_ADMIN),
        (ADMIN, {"file_name": "big.txt", "file_size": 50 * 1024 * 1024}, "file too large"),
        (ADMIN, {"file_name": "photo.png", "file_size": 10}, "unsupported file type"),
    ],
)
async def test_uploads_refused_before_download(running, user, document, expected):
    fake, launch = running
    await launch()
    fake.push(message(user, user, document={"file_id": "nope", "file_unique_id": "n", **document}))
    (reply,) = await replies(fake, user)
    assert expected.split("\n")[0] in reply["text"]
    assert fake.sent("getFile") == []


async def test_help_meetings_and_empty_ask(running):
    fake, launch = running
    await launch()
    for text in ("/start", "/help", "/meetings العلوي", "/ask", "/sources"):
        fake.push(message(105, USER, text))
    sent = await replies(fake, 105, count=5)
    texts = [s["text"] for s in sent]
    assert sum("Ask about meetings" in t and "اكتب سؤالك" in t for t in texts) == 2
    assert any("غادة والي" in t and "Vienna" in t for t in texts)  # /meetings العلوي
    assert any("Write the question after the command" in t for t in texts)
    assert any("no earlier answer" in t for t in texts)


async def test_rate_limit_per_user(running):
    fake, launch = running
    await launch(questions_per_window=2, window_seconds=600)
    for _ in range(3):
        fake.push(message(106, USER, "ما الذي تطلع إليه الجانبان؟"))
    sent = await replies(fake, 106, count=3)
    assert sum(s["text"] == formatting.RATE_LIMITED for s in sent) == 1


async def test_errors_get_an_apology_not_a_traceback(running, monkeypatch, caplog):
    fake, launch = running
    app = await launch()

    def broken(*args, **kwargs):
        raise RuntimeError("database on fire")

    monkeypatch.setattr(app.bot_data["kb"], "ask", broken)
    fake.push(message(107, USER, "من التقى العلوي؟"))
    (reply,) = await replies(fake, 107)
    assert reply["text"] == formatting.APOLOGY
    assert "database on fire" in caplog.text  # logged for the operator


async def test_token_never_reaches_the_logs(running, caplog):
    caplog.set_level(logging.DEBUG)
    fake, launch = running
    await launch()
    fake.push(message(108, USER, "من التقى جمال عبدالعزيز العلوي؟"))
    await replies(fake, 108)
    assert "[REDACTED]" in caplog.text  # the HTTP client did log request URLs
    assert TOKEN not in caplog.text
    assert TOKEN.split(":")[1] not in caplog.text


def test_settings_never_show_the_token():
    settings = BotSettings(token=Secret(TOKEN))
    assert TOKEN not in repr(settings) and TOKEN not in str(settings)
    assert TOKEN not in f"{settings.token}"
    assert dataclasses.replace(settings).token.value == TOKEN


def test_majlis_telegram_command_serves_until_interrupted(tmp_path, seed_store):
    """The real entry point in its own process: polls the fake API, answers, stops on Ctrl-C."""
    import os
    import shutil
    import signal
    import subprocess
    import sys

    store = tmp_path / "store"
    shutil.copytree(seed_store, store)
    fake = FakeBotAPI(TOKEN)
    url = fake.start()
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "MAJLIS_ADMINS": str(ADMIN)}
    process = subprocess.Popen(
        [sys.executable, "-m", "retrieval.cli", "-v", "telegram", "--store", str(store),
         "--api-url", url], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        fake.push(message(109, USER, "من التقى جمال عبدالعزيز العلوي؟"))
        fake.wait_for(lambda api: api.sent("sendMessage", 109), timeout=120)
        assert "غادة والي" in fake.sent("sendMessage", 109)[0]["text"]
        assert [c.method for c in fake.calls].count("setMyCommands") == 1
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
        fake.stop()
    assert process.returncode == 0, err
    assert "long polling" in err and "bot @majlis_test_bot ready" in err
    assert TOKEN not in out + err and TOKEN.split(":")[1] not in out + err


async def test_webhook_mode_checks_the_secret_token(running):
    import json
    import socket

    import httpx

    fake, launch = running
    from retrieval import KnowledgeBase

    app = await launch()
    await app.updater.stop()  # switch this application from polling to a webhook
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    secret = "hook-secret_123"
    await app.updater.start_webhook(listen="127.0.0.1", port=port, url_path="telegram",
                                    secret_token=secret,
                                    webhook_url="https://bot.example/telegram")
    assert fake.sent("setWebhook")[0]["secret_token"] == secret
    update = {"update_id": 900, **message(110, USER, "من التقى جمال عبدالعزيز العلوي؟")}
    async with httpx.AsyncClient() as client:
        refused = await client.post(f"http://127.0.0.1:{port}/telegram", content=json.dumps(update),
                                    headers={"Content-Type": "application/json",
                                             "X-Telegram-Bot-Api-Secret-Token": "wrong"})
        accepted = await client.post(f"http://127.0.0.1:{port}/telegram", content=json.dumps(update),
                                     headers={"Content-Type": "application/json",
                                              "X-Telegram-Bot-Api-Secret-Token": secret})
    assert refused.status_code == 403 and accepted.status_code == 200
    (reply,) = await replies(fake, 110)
    assert "غادة والي" in reply["text"]
    assert isinstance(app.bot_data["kb"], KnowledgeBase)


async def test_fifty_simultaneous_chats_are_all_answered(running):
    fake, launch = running
    await launch()
    chats = list(range(2000, 2050))
    for n, chat in enumerate(chats):  # all at once: half answerable, half not
        question = "ما الذي تطلع إليه الجانبان؟" if n % 2 else "What is the boiling point of mercury?"
        fake.push(message(chat, 10_000 + n, question))

    def everyone_answered(api):
        return all(api.sent("sendMessage", chat) for chat in chats)

    await asyncio.to_thread(fake.wait_for, everyone_answered, 300)
    for n, chat in enumerate(chats):
        (reply,) = fake.sent("sendMessage", chat)
        assert reply["text"] != formatting.APOLOGY
        expected = "تطوير الآليات" if n % 2 else "I don't know from these articles."
        assert expected in reply["text"]


async def test_allowed_chats_only(running):
    fake, launch = running
    await launch(allowed_chats=frozenset({111}))
    fake.push(message(112, USER, "من التقى جمال عبدالعزيز العلوي؟"))
    fake.push(message(111, USER, "من التقى جمال عبدالعزيز العلوي؟"))
    (reply,) = await replies(fake, 111)
    assert "غادة والي" in reply["text"]
    await asyncio.sleep(0.5)
    assert fake.sent("sendMessage", 112) == []
