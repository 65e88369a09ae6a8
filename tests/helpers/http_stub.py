"""A scripted OpenAI-compatible HTTP server on 127.0.0.1 that records every request.

For engine tests that need behaviour a real model server cannot be made to show on demand:
status codes, slow answers, exact bodies, headers. Replies come from a queue (``enqueue``),
else from ``responder(request)``, else a default completion ``"ok"``. Every request is kept in
``requests`` (method, path, headers, parsed JSON body); ``in_flight_max`` is the most requests
it was answering at once.

    with StubOpenAIServer() as stub:
        stub.enqueue(Reply(503), Reply(200, completion("normal")))
        engine = OpenAIHTTPEngine(base_url=stub.base_url, model="m")
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: Any  # parsed JSON, or None


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # dict -> JSON; bytes -> as is; None -> an OpenAI-style error for status != 200
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0  # wait before answering (timeouts)


def completion(text: str, prompt_tokens: int = 7, completion_tokens: int = 3) -> dict[str, Any]:
    """A /v1/completions answer."""
    return {"id": "cmpl-stub", "object": "text_completion", "model": "stub",
            "choices": [{"index": 0, "text": text, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                      "total_tokens": prompt_tokens + completion_tokens}}


def chat(text: str, prompt_tokens: int = 7, completion_tokens: int = 3) -> dict[str, Any]:
    """A /v1/chat/completions answer."""
    return {"id": "chatcmpl-stub", "object": "chat.completion", "model": "stub",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                      "total_tokens": prompt_tokens + completion_tokens}}


class StubOpenAIServer:
    def __init__(self, responder: Callable[[Recorded], Reply] | None = None, *, models: tuple[str, ...] = ("stub",)):
        self.responder = responder
        self.models = models
        self.requests: list[Recorded] = []
        self.in_flight_max = 0
        self._in_flight = 0
        self._queue: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def enqueue(self, *replies: Reply) -> None:
        with self._lock:
            self._queue.extend(replies)

    def start(self) -> StubOpenAIServer:
        self._thread = threading.Thread(target=self._server.serve_forever, name="stub-openai", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> StubOpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _reply_for(self, request: Recorded) -> Reply:
        with self._lock:
            if self._queue:
                return self._queue.popleft()
        if self.responder is not None:
            return self.responder(request)
        if request.method == "GET" and request.path.endswith("/models"):
            return Reply(200, {"object": "list", "data": [{"id": m, "object": "model"} for m in self.models]})
        if request.path.endswith("/chat/completions"):
            return Reply(200, chat("ok"))
        return Reply(200, completion("ok"))

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                self._serve(None)

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                try:
                    body = json.loads(raw) if raw else None
                except ValueError:
                    body = raw
                self._serve(body)

            def _serve(self, body: Any) -> None:
                request = Recorded(self.command, self.path, dict(self.headers.items()), body)
                with stub._lock:
                    stub.requests.append(request)
                    stub._in_flight += 1
                    stub.in_flight_max = max(stub.in_flight_max, stub._in_flight)
                try:
                    reply = stub._reply_for(request)
                    if reply.delay_s:
                        time.sleep(reply.delay_s)
                    payload = reply.body
                    if payload is None and reply.status != 200:
                        payload = {"error": {"message": "stub error", "type": "stub_error", "code": reply.status}}
                    data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for key, value in reply.headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout tests)
                finally:
                    with stub._lock:
                        stub._in_flight -= 1

        return Handler
