"""Bot settings: one frozen object, built once from flags and the environment.

This and the CLI are the only places that read the environment. The bot
token and the webhook secret are held in :class:`Secret`, whose ``repr`` and
``str`` never show the value, so a logged or printed settings object is safe.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from retrieval.errors import ConfigurationError

TELEGRAM_API = "https://api.telegram.org"


@dataclass(frozen=True)
class Secret:
    """A string that is never shown in ``repr``, ``str`` or f-strings."""

    value: str = field(repr=False)

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__


@dataclass(frozen=True)
class BotSettings:
    """Everything the Telegram front end needs to run."""

    token: Secret
    store: Path = Path("vectorstore")
    api_url: str = TELEGRAM_API
    admins: frozenset[int] = frozenset()
    allowed_chats: frozenset[int] = frozenset()
    webhook_url: str | None = None
    webhook_secret: Secret | None = None
    listen: str = "127.0.0.1"
    port: int = 8443
    max_upload_bytes: int = 5 * 1024 * 1024
    questions_per_window: int = 6
    window_seconds: float = 60.0

    @property
    def base_url(self) -> str:
        """Prefix of method URLs; python-telegram-bot appends the token."""
        return f"{self.api_url.rstrip('/')}/bot"

    @property
    def base_file_url(self) -> str:
        """Prefix of file download URLs; python-telegram-bot appends the token."""
        return f"{self.api_url.rstrip('/')}/file/bot"


def _ids(values: Iterable[str | int], what: str) -> frozenset[int]:
    ids = set()
    for value in values:
        for part in str(value).replace(",", " ").split():
            try:
                ids.add(int(part))
            except ValueError:
                raise ConfigurationError(f"{what} must be numeric Telegram ids, not {part!r}") from None
    return frozenset(ids)


def settings_from(
    environ: Mapping[str, str],
    *,
    store: str | None = None,
    api_url: str | None = None,
    admins: Iterable[str | int] = (),
    allowed_chats: Iterable[str | int] = (),
    webhook_url: str | None = None,
    listen: str = "127.0.0.1",
    port: int = 8443,
) -> BotSettings:
    """Settings from command-line values first, then ``TELEGRAM_*`` / ``MAJLIS_*`` variables."""
    token = environ.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not token:
        raise ConfigurationError(
            "no bot token: set TELEGRAM_BOT_TOKEN to the token @BotFather gave you "
            "(export TELEGRAM_BOT_TOKEN=...; never pass it on the command line)"
        )
    webhook_url = webhook_url or environ.get("MAJLIS_WEBHOOK_URL") or None
    secret = environ.get("MAJLIS_WEBHOOK_SECRET", "").strip()
    if webhook_url and not secret:
        raise ConfigurationError(
            "webhook mode needs MAJLIS_WEBHOOK_SECRET (1-256 characters A-Z a-z 0-9 _ -), "
            "which Telegram sends back with every update"
        )
    return BotSettings(
        token=Secret(token),
        store=Path(store or environ.get("MAJLIS_STORE") or "vectorstore"),
        api_url=api_url or environ.get("TELEGRAM_API_URL") or TELEGRAM_API,
        admins=_ids([*admins, environ.get("MAJLIS_ADMINS", "")], "admins"),
        allowed_chats=_ids([*allowed_chats, environ.get("MAJLIS_ALLOWED_CHATS", "")], "allowed chats"),
        webhook_url=webhook_url,
        webhook_secret=Secret(secret) if webhook_url else None,
        listen=listen,
        port=port,
    )
