"""A local fake of the Telegram Bot API, for end-to-end tests of the real bot.

It serves ``POST /bot<token>/<method>`` and ``GET /file/bot<token>/<path>`` on
127.0.0.1 with a thread per request, queues updates for ``getUpdates`` (long
polling included), and records every call the bot makes so tests can read
what was sent. It answers only the methods majlis uses; any other method gets
Telegram's 404 error, which the tests would notice.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote

BOT_ID = 7000001
BOT_USERNAME = "majlis_test_bot"


@dataclass
class Call:
    method: str
    params: dict


@dataclass
class FakeBotAPI:
    token: str
    files: dict[str, bytes] = field(default_factory=dict)
    calls: list[Call] = field(default_factory=list)
    _updates: list[dict] = field(default_factory=list)
    _cond: threading.Condition = field(default_factory=threading.Condition)
    _message_ids: itertools.count = field(default_factory=lambda: itertools.count(1000))
    _update_ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    # ----------------------------------------------------------------- serving
    def start(self) -> str:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output quiet
                pass

            def do_GET(self):
                path = unquote(self.path)  # the client percent-encodes the token's ":"
                fake.calls.append(Call("GET", {"path": path}))
                prefix = f"/file/bot{fake.token}/"
                if not path.startswith(prefix) or path[len(prefix):] not in fake.files:
                    self.send_error(404)
                    return
                body = fake.files[path[len(prefix):]]
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                prefix = f"/bot{fake.token}/"
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                if not self.path.startswith(prefix):
                    self._reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
                    return
                method = self.path[len(prefix):]
                params = fake._parse(self.headers.get("Content-Type", ""), raw)
                status, body = fake._dispatch(method, params)
                self._reply(status, body)

            def _reply(self, status, body):
                data = json.dumps(body).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the bot shut down while a long poll was open

        class Server(ThreadingHTTPServer):
            request_queue_size = 256  # the default backlog of 5 drops bursts of connections

        self._server = Server(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def stop(self) -> None:
        with self._cond:
            self._cond.notify_all()
        self._server.shutdown()
        self._server.server_close()

    @staticmethod
    def _parse(content_type: str, raw: bytes) -> dict:
        if content_type.startswith("application/json"):
            return json.loads(raw or b"{}")
        if content_type.startswith("multipart/form-data"):
            message = BytesParser(policy=HTTP).parsebytes(
                b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + raw)
            fields = {part.get_param("name", header="content-disposition"):
                      part.get_content() for part in message.iter_parts()}
        else:
            fields = dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
        params = {}
        for key, value in fields.items():
            if key in ("text", "caption", "parse_mode", "callback_query_id", "file_id"):
                params[key] = value  # plain strings, never JSON-encoded by the client
                continue
            try:
                params[key] = json.loads(value)
            except (TypeError, ValueError):
                params[key] = value
        return params

    # --------------------------------------------------------------- the API
    def _dispatch(self, method: str, params: dict) -> tuple[int, dict]:
        self.calls.append(Call(method, params))
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            return 404, {"ok": False, "error_code": 404, "description": "Not Found: method not found"}
        return 200, {"ok": True, "result": handler(params)}

    def _api_getMe(self, params):
        return {"id": BOT_ID, "is_bot": True, "first_name": "majlis", "username": BOT_USERNAME,
                "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": False}

    def _api_deleteWebhook(self, params):
        return True

    def _api_setWebhook(self, params):
        return True

    def _api_setMyCommands(self, params):
        return True

    def _api_sendChatAction(self, params):
        return True

    def _api_answerCallbackQuery(self, params):
        return True

    def _api_getUpdates(self, params):
        offset = int(params.get("offset") or 0)
        deadline = time.monotonic() + min(float(params.get("timeout") or 0), 1.0)
        with self._cond:
            while True:
                ready = [u for u in self._updates if u["update_id"] >= offset]
                if ready or time.monotonic() >= deadline:
                    return ready
                self._cond.wait(timeout=max(0.01, deadline - time.monotonic()))

    def _api_sendMessage(self, params):
        chat_id = int(params["chat_id"])
        return {"message_id": next(self._message_ids), "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
                "from": {"id": BOT_ID, "is_bot": True, "first_name": "majlis",
                         "username": BOT_USERNAME},
                "text": params.get("text", "")}

    def _api_getFile(self, params):
        file_id = params["file_id"]
        path = f"documents/{file_id}"
        return {"file_id": file_id, "file_unique_id": f"u{file_id}",
                "file_size": len(self.files.get(path, b"")), "file_path": path}

    # ------------------------------------------------------------ test helpers
    def push(self, update: dict) -> int:
        """Queue an update (an ``update_id`` is added) for the bot to fetch."""
        with self._cond:
            update = {"update_id": next(self._update_ids), **update}
            self._updates.append(update)
            self._cond.notify_all()
        return update["update_id"]

    def sent(self, method: str = "sendMessage", chat_id: int | None = None) -> list[dict]:
        return [c.params for c in list(self.calls) if c.method == method
                and (chat_id is None or int(c.params.get("chat_id", 0)) == chat_id)]

    def wait_for(self, predicate, timeout: float = 60.0) -> list[dict]:
        """Wait until ``predicate(calls)`` returns something truthy; return it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            result = predicate(self)
            if result:
                return result
            time.sleep(0.05)
        raise AssertionError(f"timed out; calls so far: {[c.method for c in self.calls]}")


_message_ids = itertools.count(1)


def message(chat_id: int, user_id: int, text: str | None = None, *, chat_type: str = "private",
            reply_to_bot: bool = False, document: dict | None = None, caption: str | None = None,
            entities: list | None = None) -> dict:
    """A ``message`` update as Telegram would send it."""
    body = {"message_id": next(_message_ids), "date": int(time.time()),
            "chat": {"id": chat_id, "type": chat_type, **({"title": "group"} if chat_type != "private" else {})},
            "from": {"id": user_id, "is_bot": False, "first_name": f"user{user_id}"}}
    if text is not None:
        body["text"] = text
        if text.startswith("/"):
            command = text.split()[0]
            body["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
    if entities:
        body["entities"] = entities
    if document is not None:
        body["document"] = document
    if caption is not None:
        body["caption"] = caption
    if reply_to_bot:
        body["reply_to_message"] = {"message_id": 1, "date": int(time.time()),
                                    "chat": body["chat"],
                                    "from": {"id": BOT_ID, "is_bot": True, "first_name": "majlis",
                                             "username": BOT_USERNAME},
                                    "text": "earlier answer"}
    return {"message": body}
