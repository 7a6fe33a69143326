"""Keep secrets out of every log line, whoever writes it.

HTTP clients log request URLs, and a Bot API URL contains the token
(``/bot<token>/getUpdates``). A filter on one logger would miss records from
others, so a log-record factory replaces each secret in the message, its
arguments and any formatted traceback as the record is created.
"""

from __future__ import annotations

import logging
import threading

REDACTED = "[REDACTED]"

_secrets: set[str] = set()
_lock = threading.Lock()
_installed = False


def _redact(text: str) -> str:
    for secret in _secrets:
        text = text.replace(secret, REDACTED)
    return text


def redact_in_logs(secret: str) -> None:
    """From now on, ``secret`` appears as ``[REDACTED]`` in all log records."""
    global _installed
    if not secret:
        return
    with _lock:
        _secrets.add(secret)
        if _installed:
            return
        _installed = True
        original = logging.getLogRecordFactory()

        def factory(*args, **kwargs) -> logging.LogRecord:
            record = original(*args, **kwargs)
            if not _secrets:
                return record
            record.msg = _redact(str(record.msg))
            if isinstance(record.args, tuple):
                record.args = tuple(_redact(a) if isinstance(a, str) else
                                    _redact(str(a)) if _mentions_secret(a) else a
                                    for a in record.args)
            elif isinstance(record.args, dict):
                record.args = {k: _redact(str(v)) if _mentions_secret(v) else v
                               for k, v in record.args.items()}
            if record.exc_info and record.exc_info[0] is not None:
                record.exc_text = _redact(logging.Formatter().formatException(record.exc_info))
            return record

        logging.setLogRecordFactory(factory)


def _mentions_secret(value: object) -> bool:
    if isinstance(value, (int, float, bool)) or value is None:
        return False
    text = str(value)
    return any(secret in text for secret in _secrets)
