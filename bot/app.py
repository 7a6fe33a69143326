"""The Telegram application: handler registration and the two ways to run it.

``build_application(settings, kb)`` is the factory the CLI and the tests use;
it registers every handler, the error handler and the command menu, and
points python-telegram-bot at ``settings.api_url`` (Telegram's, or a
self-hosted or test Bot API server).
"""

from __future__ import annotations

import logging

from telegram import BotCommand, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from retrieval import KnowledgeBase

from . import handlers
from .ratelimit import RateLimiter
from .redaction import redact_in_logs
from .settings import BotSettings

logger = logging.getLogger(__name__)

COMMANDS = [
    BotCommand("ask", "اسأل / ask a question"),
    BotCommand("sources", "مصادر آخر إجابة / sources of the last answer"),
    BotCommand("meetings", "سجل اللقاءات / meeting ledger"),
    BotCommand("help", "مساعدة / help"),
]


async def _post_init(application: Application) -> None:
    await application.bot.set_my_commands(COMMANDS)
    logger.info("bot @%s ready", application.bot.username)


def build_application(settings: BotSettings, kb: KnowledgeBase) -> Application:
    """A ready-to-run Application answering from ``kb``."""
    redact_in_logs(settings.token.value)
    if settings.webhook_secret is not None:
        redact_in_logs(settings.webhook_secret.value)
    application = (
        ApplicationBuilder()
        .token(settings.token.value)
        .base_url(settings.base_url)
        .base_file_url(settings.base_file_url)
        .concurrent_updates(True)
        .post_init(_post_init)
        .build()
    )
    application.bot_data.update(
        kb=kb,
        settings=settings,
        limiter=RateLimiter(settings.questions_per_window, settings.window_seconds),
    )
    allowed = filters.Chat(chat_id=settings.allowed_chats) if settings.allowed_chats else filters.ALL
    application.add_handler(CommandHandler(["start", "help"], handlers.start, filters=allowed))
    application.add_handler(CommandHandler("ask", handlers.ask, filters=allowed))
    application.add_handler(CommandHandler("sources", handlers.sources, filters=allowed))
    application.add_handler(CommandHandler("meetings", handlers.meetings, filters=allowed))
    application.add_handler(CallbackQueryHandler(handlers.sources, pattern=f"^{handlers.SOURCES_CALLBACK}$"))
    application.add_handler(MessageHandler(allowed & filters.Document.ALL, handlers.upload))
    application.add_handler(MessageHandler(allowed & filters.TEXT & ~filters.COMMAND, handlers.text))
    application.add_error_handler(handlers.error)
    return application


def run(settings: BotSettings, kb: KnowledgeBase) -> None:
    """Serve until interrupted: long polling, or a webhook when one is configured."""
    application = build_application(settings, kb)
    if settings.webhook_url:
        application.run_webhook(
            listen=settings.listen,
            port=settings.port,
            url_path="telegram",
            webhook_url=settings.webhook_url,
            secret_token=settings.webhook_secret.value,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
