"""A scripted engine for tests: canned outputs, recorded requests, no model."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Iterable, Sequence

from .base import Engine, Generation, GenerationRequest, cut_at_stops


class FakeEngine(Engine):
    """Returns canned text instead of running a model.

    ``outputs`` is either a list of texts, consumed one per request in call order (``default``
    once it runs out), or a function ``prompt -> text``. Free-text requests get the canned text
    cut at the first ``stop`` string and after ``max_tokens`` whitespace-separated words.
    Requests with ``choices`` get the first choice equal to the canned text (ignoring case and
    surrounding blanks), else the first choice the canned text starts with, else ``choices[0]``:
    like a real engine, the answer is always one of the choices.

    Token counts are whitespace-split word counts, latency is 0. Every request is appended to
    ``history`` and every ``generate`` call to ``calls`` (``record=False``: neither, for a
    long-running worker, whose memory would otherwise grow with every document). With
    ``strict_context`` a request whose ``count_tokens(prompt) + max_tokens`` exceeds
    ``max_prompt_tokens`` raises ``ValueError``, as the real engine does.

    Fault injection (for the fault tests, which run real worker processes): ``delay_s`` sleeps
    that long per request (a slow model); a request whose prompt contains ``crash_on`` kills its
    own process with SIGKILL (as the OOM killer would); one containing ``hang_on`` never returns.
    """

    def __init__(
        self,
        outputs: Iterable[str] | Callable[[str], str] | None = None,
        *,
        default: str = "",
        name: str = "fake",
        model_sha256: str = "0" * 64,
        context_size: int = 2048,
        strict_context: bool = True,
        record: bool = True,
        delay_s: float = 0.0,
        crash_on: str | None = None,
        hang_on: str | None = None,
    ) -> None:
        self.name = name
        self.model_sha256 = model_sha256
        self.context_size = context_size
        self.default = default
        self.strict_context = strict_context
        self.record = record
        self.delay_s, self.crash_on, self.hang_on = delay_s, crash_on, hang_on
        self._fn: Callable[[str], str] | None = outputs if callable(outputs) else None
        self._queue: list[str] = [] if outputs is None or callable(outputs) else list(outputs)
        self.history: list[GenerationRequest] = []
        self.calls: list[list[GenerationRequest]] = []
        self.closed = False

    # -- Engine -----------------------------------------------------------------------------

    def _generate(self, requests: Sequence[GenerationRequest]) -> list[Generation]:
        if self.closed:
            raise RuntimeError("engine is closed")
        requests = list(requests)
        prompt_tokens = [self.count_tokens(req.prompt) for req in requests]
        if self.strict_context:
            for req, tokens in zip(requests, prompt_tokens, strict=True):
                self.check_fits(req, tokens)
        if self.record:
            self.calls.append(requests)
            self.history.extend(requests)
        out: list[Generation] = []
        for req, tokens in zip(requests, prompt_tokens, strict=True):
            self._inject_faults(req.prompt)
            raw = self._next(req.prompt)
            text = self._pick(raw, req.choices) if req.choices else self._cut(raw, req)
            out.append(Generation(text=text, prompt_tokens=tokens, completion_tokens=self.count_tokens(text),
                                  latency_ms=0.0))
        return out

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def close(self) -> None:
        self.closed = True

    # -- helpers ----------------------------------------------------------------------------

    @property
    def remaining(self) -> int:
        """Canned list outputs not consumed yet (0 for a function)."""
        return len(self._queue)

    def _inject_faults(self, prompt: str) -> None:
        if self.crash_on and self.crash_on in prompt:
            os.kill(os.getpid(), signal.SIGKILL)
        if self.hang_on and self.hang_on in prompt:
            while True:
                time.sleep(3600)
        if self.delay_s:
            time.sleep(self.delay_s)

    def _next(self, prompt: str) -> str:
        if self._fn is not None:
            return self._fn(prompt)
        if self._queue:
            return self._queue.pop(0)
        return self.default

    @staticmethod
    def _pick(raw: str, choices: Sequence[str]) -> str:
        norm = raw.strip().lower()
        for choice in choices:
            if choice.strip().lower() == norm:
                return choice
        if norm:
            for choice in choices:
                if norm.startswith(choice.strip().lower()) and choice.strip():
                    return choice
        return choices[0]

    @staticmethod
    def _cut(raw: str, req: GenerationRequest) -> str:
        text = cut_at_stops(raw, req)
        words = text.split()
        if len(words) > req.max_tokens:
            # keep the original spacing of the kept words
            pos = 0
            for word in words[: req.max_tokens]:
                pos = text.index(word, pos) + len(word)
            text = text[:pos]
        return text
