"""An engine for OpenAI-compatible HTTP servers: vLLM, llama.cpp's servers, Ollama, cloud APIs.

Completion-format models use ``POST {base_url}/completions``, chat-format ones
``POST {base_url}/chat/completions`` with the prompt as one user message. ``base_url`` is
given as an OpenAI client takes it (``http://host:8000/v1``). The requests of one ``generate``
call are sent concurrently by a small thread pool (``max_concurrency``); results keep their order.

Transport: the standard library's ``http.client``, one connection per request, no proxy and
no redirects (a redirect would carry the bearer token and the document to another address).
Connection errors, timeouts, HTTP 408/429/5xx and unreadable answers are retried
``max_retries`` times with exponential backoff (``Retry-After`` honoured up to
``max_backoff_s``), then ``EngineUnavailable`` is raised; other 4xx raise ``EngineRejected``
at once. Once one request of a call has given up, the others stop retrying: the call fails
fast as a whole, so a caller can turn it into error rows or fall back to another engine.

``choices``: the server is asked to constrain the answer (``choice_constraint``): ``grammar``
(a GBNF grammar: llama.cpp's servers), ``guided_choice`` (vLLM's older field),
``structured_outputs`` (vLLM's newer field), ``json_schema`` (``response_format`` with an enum:
OpenAI and Ollama, chat format only) or ``none``. Whatever the server did, the answer is then
checked; outside the choices it is asked once more with an explicit hint, and a second miss
raises ``InvalidModelOutput``. The API key is sent as ``Authorization: Bearer``; it is never
logged and never part of an error message.
"""

from __future__ import annotations

import http.client
import json
import logging
import threading
import time
from collections.abc import Sequence
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from typing import Any, Literal
from urllib.parse import urlsplit

from ..config import mask_secrets
from ..errors import EngineError, EngineRejected, EngineUnavailable, InvalidModelOutput
from .base import Engine, Generation, GenerationRequest, cut_at_stops
from .choices import choice_grammar, match_choice, retry_hint

log = logging.getLogger(__name__)

PromptFormat = Literal["completion", "chat"]
ChoiceConstraint = Literal["grammar", "guided_choice", "structured_outputs", "json_schema", "none"]
_RETRY_STATUS = {408, 429}
_MAX_STOP = 4  # the OpenAI API takes at most 4 stop sequences; the rest are cut here


class _Retryable(Exception):
    """One attempt failed in a way worth another try; ``retry_after_s`` from the server, if any."""

    def __init__(self, reason: str, retry_after_s: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after_s = retry_after_s


class OpenAIHTTPEngine(Engine):
    """Sends requests to an OpenAI-compatible server; nothing is loaded locally."""

    def __init__(
        self,
        *,
        base_url: str,
        model: str,
        name: str | None = None,
        prompt_format: PromptFormat = "completion",
        api_key: str | None = None,
        api_key_env: str | None = None,
        timeout_s: float = 60.0,
        max_retries: int = 3,
        backoff_s: float = 0.5,
        max_backoff_s: float = 8.0,
        max_concurrency: int = 4,
        context_size: int = 4096,
        choice_constraint: ChoiceConstraint = "grammar",
    ) -> None:
        """``api_key_env`` is only the variable's name, used in error hints; ``api_key`` its value."""
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"base_url must be an http:// or https:// URL, got {mask_secrets(base_url)!r}")
        if parts.username or parts.password:
            raise ValueError("base_url must not carry credentials: give the key through api_key_env")
        if max_retries < 0 or max_concurrency < 1 or timeout_s <= 0:
            raise ValueError("need max_retries >= 0, max_concurrency >= 1 and timeout_s > 0")
        if choice_constraint == "json_schema" and prompt_format != "chat":
            raise ValueError("choice_constraint json_schema needs prompt_format chat (response_format is a chat field)")
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.name = name or model
        self.prompt_format = prompt_format
        self.timeout_s = float(timeout_s)
        self.max_retries = max_retries
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s
        self.max_concurrency = max_concurrency
        self.context_size = context_size
        self.choice_constraint = choice_constraint
        self.api_key_env = api_key_env
        self._api_key = api_key
        self._scheme = parts.scheme
        self._host = parts.hostname
        self._port = parts.port
        self._path = parts.path.rstrip("/")
        # Nothing to hash on this side: the endpoint and the model id identify what answered.
        self.model_sha256 = f"endpoint:{self.base_url}#{model}"

    def __repr__(self) -> str:  # never the key
        return f"OpenAIHTTPEngine(name={self.name!r}, base_url={self.base_url!r}, model={self.model!r})"

    # -- Engine -----------------------------------------------------------------------------

    def count_tokens(self, text: str) -> int:
        # No tokenizer here: 3 characters a token overestimates English for current tokenizers,
        # so chunks sized with it fit the server's context.
        return max(1, len(text) // 3)

    def _generate(self, requests: Sequence[GenerationRequest]) -> list[Generation]:
        requests = list(requests)
        for req in requests:
            self.check_fits(req)
        if not requests:
            return []
        abort = threading.Event()
        pool = ThreadPoolExecutor(max_workers=min(self.max_concurrency, len(requests)),
                                  thread_name_prefix="edgebatch-http")
        futures = [pool.submit(self._one, req, abort) for req in requests]
        done, _ = wait(futures, return_when=FIRST_EXCEPTION)
        failed = [f for f in futures if f in done and f.exception() is not None]
        if failed:
            abort.set()  # the others give up at their next retry instead of hammering a dead server
            pool.shutdown(wait=False, cancel_futures=True)
            raise failed[0].exception()  # type: ignore[misc]
        pool.shutdown(wait=True)
        return [f.result() for f in futures]

    def list_models(self) -> list[str]:
        """The model ids the server lists (``GET {base_url}/models``); raises like ``generate``."""
        data = self._call("GET", "/models", None, threading.Event())
        return [str(m.get("id")) for m in data.get("data", []) if isinstance(m, dict)]

    # -- one request ------------------------------------------------------------------------

    def _one(self, req: GenerationRequest, abort: threading.Event) -> Generation:
        started = time.perf_counter()
        text, p_tok, c_tok = self._complete(req, abort, retry_of=None)
        if req.choices:
            choice = match_choice(text, req.choices)
            if choice is None:
                again, p2, c2 = self._complete(req, abort, retry_of=text)
                p_tok, c_tok = p_tok + p2, c_tok + c2
                choice = match_choice(again, req.choices)
                if choice is None:
                    raise InvalidModelOutput(f"model {self.name} at {self.base_url} answered outside the choices "
                                             f"{list(req.choices)} twice (choice_constraint {self.choice_constraint})")
            text = choice
        else:
            text = cut_at_stops(text, req)
        return Generation(text=text, prompt_tokens=p_tok, completion_tokens=c_tok,
                          latency_ms=(time.perf_counter() - started) * 1000)

    def _complete(self, req: GenerationRequest, abort: threading.Event,
                  retry_of: str | None) -> tuple[str, int, int]:
        """One completion: (text, prompt tokens, completion tokens) from the server's ``usage``."""
        body: dict[str, Any] = {"model": self.model, "max_tokens": req.max_tokens, "temperature": 0}
        if req.stop and not req.choices:
            body["stop"] = list(req.stop[:_MAX_STOP])
        hint = retry_hint(req.choices) if req.choices and retry_of is not None else None
        if self.prompt_format == "chat":
            messages = [{"role": "user", "content": req.prompt}]
            if hint is not None:
                messages += [{"role": "assistant", "content": retry_of or ""}, {"role": "user", "content": hint}]
            body["messages"] = messages
            path = "/chat/completions"
        else:
            body["prompt"] = req.prompt if hint is None else f"{req.prompt}\n{hint}\nAnswer:"
            path = "/completions"
        if req.choices:
            self._constrain(body, req.choices)
        data = self._call("POST", path, body, abort)
        try:
            first = data["choices"][0]
            text = first["message"]["content"] if self.prompt_format == "chat" else first["text"]
            text = text or ""
        except (KeyError, IndexError, TypeError) as exc:
            raise EngineRejected(f"{self.base_url}{path} answered without choices[0] text: not an "
                                 "OpenAI-compatible completion") from exc
        if req.choices and self.choice_constraint == "json_schema":
            text = _json_answer(text)
        usage = data.get("usage") or {}
        p_tok = _int(usage.get("prompt_tokens"), self.count_tokens(req.prompt))
        c_tok = _int(usage.get("completion_tokens"), self.count_tokens(text) if text else 0)
        return text, p_tok, c_tok

    def _constrain(self, body: dict[str, Any], choices: Sequence[str]) -> None:
        mode = self.choice_constraint
        if mode == "grammar":
            body["grammar"] = choice_grammar(choices)
        elif mode == "guided_choice":
            body["guided_choice"] = list(choices)
        elif mode == "structured_outputs":
            body["structured_outputs"] = {"choice": list(choices)}
        elif mode == "json_schema":
            schema = {"type": "object", "properties": {"answer": {"type": "string", "enum": list(choices)}},
                      "required": ["answer"], "additionalProperties": False}
            body["response_format"] = {"type": "json_schema",
                                       "json_schema": {"name": "choice", "strict": True, "schema": schema}}

    # -- HTTP -------------------------------------------------------------------------------

    def _call(self, method: str, path: str, body: dict[str, Any] | None, abort: threading.Event) -> dict[str, Any]:
        """One request with bounded retries; the parsed JSON answer."""
        url = f"{self.base_url}{path}"
        payload = None if body is None else json.dumps(body).encode()
        started = time.monotonic()
        reason, retry_after_s = "", None  # type: tuple[str, float | None]
        for attempt in range(self.max_retries + 1):
            if attempt:
                delay = min(self.max_backoff_s, self.backoff_s * 2 ** (attempt - 1))
                if retry_after_s is not None:
                    delay = min(self.max_backoff_s, max(delay, retry_after_s))
                if abort.wait(delay):
                    raise EngineUnavailable(f"{url}: gave up after another request of the same call failed")
            elif abort.is_set():
                raise EngineUnavailable(f"{url}: gave up after another request of the same call failed")
            try:
                return self._attempt(method, path, payload)
            except _Retryable as exc:
                reason, retry_after_s = exc.reason, exc.retry_after_s
                log.warning("%s %s: attempt %d/%d failed: %s", self.name, url, attempt + 1, self.max_retries + 1,
                            reason)
        raise EngineUnavailable(f"model {self.name}: {url} unavailable after {self.max_retries + 1} attempts in "
                                f"{time.monotonic() - started:.1f}s (last: {reason})")

    def _attempt(self, method: str, path: str, payload: bytes | None) -> dict[str, Any]:
        cls = http.client.HTTPSConnection if self._scheme == "https" else http.client.HTTPConnection
        conn = cls(self._host, self._port, timeout=self.timeout_s)
        headers = {"Accept": "application/json", "User-Agent": "edgebatch"}
        if payload is not None:
            headers["Content-Type"] = "application/json"
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        try:
            conn.request(method, self._path + path, body=payload, headers=headers)
            resp = conn.getresponse()
            raw = resp.read()
        except TimeoutError:  # socket.timeout is an alias
            raise _Retryable(f"no answer within timeout_s={self.timeout_s:g}") from None
        except (OSError, http.client.HTTPException) as exc:  # refused, reset, DNS, TLS, bad status line
            raise _Retryable(f"{type(exc).__name__}: {exc}") from None
        finally:
            conn.close()
        status = resp.status
        if status == 200:
            try:
                data = json.loads(raw)
            except ValueError:
                raise _Retryable("HTTP 200 with a body that is not JSON") from None
            if not isinstance(data, dict):
                raise _Retryable("HTTP 200 with a JSON body that is not an object")
            return data
        detail = _error_kind(raw)
        if status in _RETRY_STATUS or status >= 500:
            raise _Retryable(f"HTTP {status}{detail}", _retry_after(resp.getheader("Retry-After")))
        raise EngineRejected(f"model {self.name}: {self.base_url}{path} refused the request: HTTP {status}"
                             f"{detail}{self._hint(status)}")

    def _hint(self, status: int) -> str:
        if status in (401, 403):
            where = f"${self.api_key_env}" if self.api_key_env else "api_key_env (none is set)"
            return f"; check the API key in {where}"
        if status == 404:
            return f"; check base_url (…/v1) and that the server serves model {self.model!r}"
        if 300 <= status < 400:
            return "; redirects are not followed: set base_url to the final address"
        return ""


def _json_answer(text: str) -> str:
    """``answer`` of a JSON object answer (json_schema mode); the raw text if it is not one."""
    try:
        data = json.loads(text)
    except ValueError:
        return text
    return str(data.get("answer", "")) if isinstance(data, dict) else text


def _error_kind(raw: bytes) -> str:
    """The error's ``type``/``code`` from an OpenAI-style error body. Never its message: servers
    quote the request there (and some echo part of the key)."""
    try:
        error = json.loads(raw).get("error")
    except (ValueError, AttributeError):
        return ""
    if not isinstance(error, dict):
        return ""
    kinds = [str(error[k]) for k in ("type", "code") if isinstance(error.get(k), (str, int))]
    return f" ({', '.join(kinds)})" if kinds else ""


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None  # an HTTP date: use our own backoff


def _int(value: Any, default: int) -> int:
    return int(value) if isinstance(value, int) and not isinstance(value, bool) else default


__all__ = ["OpenAIHTTPEngine", "EngineError", "EngineUnavailable", "EngineRejected", "InvalidModelOutput"]
