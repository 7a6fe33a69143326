"""Bot building blocks on their own: HTML packing, rate limiting, settings, redaction."""

import logging

import pytest

from bot import formatting
from bot.ratelimit import RateLimiter
from bot.redaction import REDACTED, redact_in_logs
from bot.settings import settings_from
from retrieval import Answer, Source
from retrieval.errors import ConfigurationError

from .test_bot import assert_valid_html


def test_pack_keeps_lines_whole_and_under_the_limit():
    lines = [f"<b>{n}</b> " + "كلمة " * 150 for n in range(12)]
    messages = formatting.pack(lines, limit=2000)
    assert len(messages) > 1
    assert "\n".join(messages) == "\n".join(lines)  # nothing lost, nothing cut
    for message in messages:
        assert_valid_html(message)
        assert len(message) <= 2000


@pytest.mark.parametrize("text", ["&" * 3000, "word " * 2000, "x" * 9000,
                                  "جملة طويلة جداً. " * 600, "<b>&amp;</b> " * 900])
def test_a_single_overlong_line_is_cut_outside_tags_and_entities(text):
    line = formatting.escape(text)
    messages = formatting.pack(["<b>head</b>", line])
    assert len(messages) >= 2
    for message in messages:
        assert_valid_html(message)
    rebuilt = "".join(m.replace("<b>head</b>\n", "").replace(formatting.RLM, "") for m in messages)
    assert rebuilt.replace(" ", "").replace("\n", "") == line.replace(" ", "")


def test_answer_lines_escape_and_mark_arabic_right_to_left():
    answer = Answer("q", "According to the articles:\n• وقال <b>الوزير</b> & غادرا. [1]", "en",
                    False, (Source("d", "T <i>", 0, "نص & <x>", 1.0),))
    lines = formatting.answer_lines(answer)
    assert lines[0] == "<b>According to the articles:</b>"
    assert lines[1] == formatting.RLM + "• وقال &lt;b&gt;الوزير&lt;/b&gt; &amp; غادرا. [1]"
    sources = formatting.sources_lines(answer.sources, [n for n, _ in answer.cited()])
    assert sources == ["<b>[1] T &lt;i&gt; — ¶0</b>", formatting.RLM + "نص &amp; &lt;x&gt;"]


def test_rate_limiter_slides_its_window():
    now = [0.0]
    limiter = RateLimiter(2, 10.0, clock=lambda: now[0])
    assert limiter.allow(1) and limiter.allow(1)
    assert not limiter.allow(1)
    assert limiter.allow(2)  # per user
    now[0] = 10.0
    assert limiter.allow(1)


def test_settings_from_environment_and_flags():
    settings = settings_from({"TELEGRAM_BOT_TOKEN": "1:abc", "MAJLIS_ADMINS": "5, 6",
                              "TELEGRAM_API_URL": "http://127.0.0.1:9/"}, admins=["7"],
                             allowed_chats=["-100"])
    assert settings.admins == {5, 6, 7} and settings.allowed_chats == {-100}
    assert settings.base_url == "http://127.0.0.1:9/bot"
    assert settings.base_file_url == "http://127.0.0.1:9/file/bot"
    assert "1:abc" not in repr(settings)


@pytest.mark.parametrize(
    ("environ", "kwargs", "message"),
    [
        ({}, {}, "TELEGRAM_BOT_TOKEN"),
        ({"TELEGRAM_BOT_TOKEN": "1:a"}, {"admins": ["bob"]}, "numeric Telegram ids"),
        ({"TELEGRAM_BOT_TOKEN": "1:a"}, {"webhook_url": "https://x.example/telegram"},
         "MAJLIS_WEBHOOK_SECRET"),
    ],
)
def test_settings_errors_say_the_fix(environ, kwargs, message):
    with pytest.raises(ConfigurationError, match=message):
        settings_from(environ, **kwargs)


def test_redaction_covers_messages_arguments_and_tracebacks(caplog):
    secret = "999:REDACT-ME-please"
    redact_in_logs(secret)
    log = logging.getLogger("some.http.client")
    with caplog.at_level(logging.DEBUG):
        log.info("HTTP Request: POST https://api.example/bot%s/getMe", secret)
        log.info(f"inline https://api.example/bot{secret}/getMe")
        try:
            raise RuntimeError(f"failed for url https://api.example/bot{secret}/x")
        except RuntimeError:
            log.exception("request failed")
    assert secret not in caplog.text
    assert caplog.text.count(REDACTED) >= 3
