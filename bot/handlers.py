"""Telegram handlers: each a few lines that hand the work to ``retrieval``.

CPU-bound work (embedding, search, ingest) runs in a worker thread so one
slow question never blocks other chats. Per-chat state (recent questions for
follow-ups, the last answer for /sources) lives in ``context.chat_data``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
from collections.abc import AsyncIterator
from pathlib import Path

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatAction, ChatType
from telegram.ext import ContextTypes

from retrieval import Answer, KnowledgeBase, MajlisError
from retrieval.loading import SUPPORTED_SUFFIXES
from retrieval.normalize import detect_language

from . import formatting
from .ratelimit import RateLimiter
from .settings import BotSettings

logger = logging.getLogger(__name__)

HISTORY_TURNS = 3
TYPING_EVERY_SECONDS = 4.0
SOURCES_CALLBACK = "sources"


def _kb(context: ContextTypes.DEFAULT_TYPE) -> KnowledgeBase:
    return context.application.bot_data["kb"]


def _settings(context: ContextTypes.DEFAULT_TYPE) -> BotSettings:
    return context.application.bot_data["settings"]


@contextlib.asynccontextmanager
async def _typing(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> AsyncIterator[None]:
    """Show "typing…" until the block ends (Telegram clears it after five seconds)."""

    async def keep_typing() -> None:
        while True:
            await asyncio.sleep(TYPING_EVERY_SECONDS)
            await context.bot.send_chat_action(chat_id, ChatAction.TYPING)

    # The first one before any work: a fast answer (from the meeting ledger) would
    # otherwise be sent before a background task got to say "typing".
    await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def _reply_lines(update: Update, lines: list[str], markup=None) -> None:
    messages = formatting.pack(lines)
    for number, text in enumerate(messages, start=1):
        await update.effective_message.reply_html(
            text, reply_markup=markup if number == len(messages) else None,
            disable_web_page_preview=True)


async def _answer(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    """Rate-limit, answer off the event loop, remember the turn, reply in HTML."""
    limiter: RateLimiter = context.application.bot_data["limiter"]
    if not limiter.allow(update.effective_user.id):
        await update.effective_message.reply_html(formatting.RATE_LIMITED)
        return
    history: list[str] = context.chat_data.setdefault("history", [])
    started = time.perf_counter()
    try:
        async with _typing(context, update.effective_chat.id):
            answer: Answer = await asyncio.to_thread(
                _kb(context).ask, question, history=tuple(history[-HISTORY_TURNS:]))
    except MajlisError as exc:  # a bad question: say why, in one line
        await update.effective_message.reply_html(formatting.escape(str(exc)))
        return
    history.append(question)
    del history[:-HISTORY_TURNS]
    context.chat_data["last_answer"] = answer
    logger.info("chat=%s answered lang=%s abstained=%s in %.0f ms", update.effective_chat.id,
                answer.language, answer.abstained, 1000 * (time.perf_counter() - started))
    markup = None
    if not answer.abstained:
        label = formatting.SOURCES_BUTTON.get(answer.language, "Sources")
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=SOURCES_CALLBACK)]])
    await _reply_lines(update, formatting.answer_lines(answer), markup)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet in Arabic and English and show how to ask."""
    await update.effective_message.reply_html(formatting.HELP)


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer ``/ask QUESTION``."""
    question = " ".join(context.args or [])
    if not question.strip():
        await update.effective_message.reply_html(formatting.USAGE_ASK)
        return
    await _answer(update, context, question)


def addressed_text(update: Update, bot_id: int, username: str | None) -> str | None:
    """The question in a message meant for the bot, or ``None`` when it is not."""
    message = update.effective_message
    text = message.text or ""
    if update.effective_chat.type == ChatType.PRIVATE:
        return text
    replied = message.reply_to_message
    mention = f"@{username}" if username else None
    if mention and mention.lower() in text.lower():
        return re.sub(re.escape(mention), " ", text, flags=re.IGNORECASE).strip()
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return text
    return None


async def text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer plain text in private chats, and group messages that address the bot."""
    question = addressed_text(update, context.bot.id, context.bot.username)
    if question:
        await _answer(update, context, question)


async def sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the paragraphs the last answer in this chat cites."""
    answer: Answer | None = context.chat_data.get("last_answer")
    if update.callback_query is not None:
        await update.callback_query.answer()
    if answer is None or answer.abstained:
        await update.effective_message.reply_html(formatting.NO_ANSWER_YET)
        return
    await _reply_lines(update, formatting.sources_lines(
        answer.sources, [number for number, _ in answer.cited()]))


async def meetings(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the meeting ledger, or the meetings of the person named after the command."""
    who = " ".join(context.args or []) or None
    found = await asyncio.to_thread(_kb(context).meetings, who)
    if not found:
        await update.effective_message.reply_html(formatting.NO_MEETINGS)
        return
    language = detect_language(who) if who else "ar"
    await _reply_lines(update, formatting.meeting_lines(found, language))


async def upload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Let an admin add an article file to the store; refuse everyone else politely."""
    settings = _settings(context)
    message = update.effective_message
    document = message.document
    if update.effective_chat.type != ChatType.PRIVATE and \
            f"@{context.bot.username}".lower() not in (message.caption or "").lower():
        return  # files shared in a group are not for the bot unless the caption names it
    if update.effective_user.id not in settings.admins:
        await message.reply_html(formatting.NOT_ADMIN)
        return
    name = Path(document.file_name or "upload.txt").name
    if Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
        await message.reply_html(formatting.escape(
            f"لا أقرأ هذا النوع من الملفات / unsupported file type: {name} "
            f"({', '.join(SUPPORTED_SUFFIXES)})"))
        return
    if document.file_size is None or document.file_size > settings.max_upload_bytes:
        await message.reply_html(formatting.escape(
            f"الملف كبير جداً / file too large: {name} (limit "
            f"{settings.max_upload_bytes // (1024 * 1024)} MiB)"))
        return
    target = settings.store / "uploads" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    async with _typing(context, update.effective_chat.id):
        telegram_file = await document.get_file()
        await telegram_file.download_to_drive(custom_path=target)
        report = await asyncio.to_thread(_kb(context).ingest, [target])
    summary = (f"{name}: {report.documents_added} added, {report.documents_replaced} replaced, "
               f"{report.documents_unchanged} unchanged, {report.paragraphs_added} paragraphs")
    problems = [f"• {p.reason}" for p in report.problems]
    logger.info("admin %s uploaded %s: %s", update.effective_user.id, name, summary)
    await _reply_lines(update, [formatting.escape(line) for line in [summary, *problems]])


async def error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the exception; give the user a short apology, never a traceback."""
    logger.error("error while handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_message is not None:
        with contextlib.suppress(Exception):
            await update.effective_message.reply_html(formatting.APOLOGY)
