"""A circuit breaker per remote provider, per worker process.

``failure_threshold`` failures in a row open it: the router sends nothing to that provider for
``cooldown_s``; then one trial call is let through (half-open) and its outcome closes or reopens
the breaker. Failures are calls that raised ``EngineUnavailable`` / ``EngineRejected``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class CircuitBreaker:
    failure_threshold: int = 3
    cooldown_s: float = 30.0
    clock: Callable[[], float] = time.monotonic
    failures: int = 0
    opened_at: float | None = None
    _trial: bool = field(default=False, repr=False)

    @property
    def state(self) -> str:
        if self.opened_at is None:
            return "closed"
        return "half_open" if self.clock() - self.opened_at >= self.cooldown_s else "open"

    def allows(self) -> bool:
        """Whether a call may go out now (half-open: one trial at a time)."""
        state = self.state
        if state == "closed":
            return True
        if state == "half_open" and not self._trial:
            self._trial = True
            return True
        return False

    def success(self) -> None:
        self.failures, self.opened_at, self._trial = 0, None, False

    def failure(self) -> None:
        self.failures += 1
        self._trial = False
        if self.opened_at is not None or self.failures >= self.failure_threshold:
            self.opened_at = self.clock()


class Breakers:
    """One breaker per provider name, created on first use."""

    def __init__(self, *, failure_threshold: int = 3, cooldown_s: float = 30.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._settings = (failure_threshold, cooldown_s, clock)
        self._by_name: dict[str, CircuitBreaker] = {}

    def __getitem__(self, name: str) -> CircuitBreaker:
        breaker = self._by_name.get(name)
        if breaker is None:
            breaker = self._by_name[name] = CircuitBreaker(*self._settings)
        return breaker
