"""Circuit breakers per remote provider: shared by every worker through the broker, or per process.

``failure_threshold`` failures in a row open a breaker: the router sends nothing to that provider
for ``cooldown_s``; then one trial call is let through (half-open) and its outcome closes or
reopens the breaker. Failures are calls that raised ``EngineUnavailable`` / ``EngineRejected``.

``CircuitBreaker`` keeps that state in its process. ``SharedBreaker`` keeps it in the broker
(``constants.breaker_key``), so one process's failures stop every worker on every machine: each
transition is one Lua script, times come from the broker's ``TIME`` (machines' clocks disagree),
and the single half-open trial is a ``SET NX PX`` lease. Routing decisions read a snapshot at most
``max_age_s`` old (a decision must cost microseconds); so do ``allows()`` and ``success()`` while it
shows a closed breaker without failures, and otherwise they ask the broker. When the broker
cannot be reached, the process-local breaker (told every outcome all along) answers until the
broker is tried again ``retry_after_s`` later: a breaker never blocks or drops a document.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import redis

from .. import constants as keys

log = logging.getLogger(__name__)

T = TypeVar("T")

_STATE_TTL_MS = 7 * 86400 * 1000  # a breaker nobody touched for a week is forgotten (closed)

_NOW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
"""

# KEYS: state hash, trial lease. ARGV: cooldown ms, lease ms, caller id.
# Returns {allowed, failures, opened_at ms or -1, broker now ms}.
_ALLOW = _NOW + """
local state = redis.call('HMGET', KEYS[1], 'failures', 'opened_at')
local failures = tonumber(state[1] or '0')
if not state[2] then return {1, failures, -1, now} end
local opened = tonumber(state[2])
if now - opened < tonumber(ARGV[1]) then return {0, failures, opened, now} end
if redis.call('SET', KEYS[2], ARGV[3], 'NX', 'PX', ARGV[2]) then return {1, failures, opened, now} end
return {0, failures, opened, now}
"""

# KEYS: state hash, trial lease. ARGV: threshold, state ttl ms, caller id.
# Returns {failures, opened_at ms or -1, broker now ms}.
_FAILURE = _NOW + """
local failures = redis.call('HINCRBY', KEYS[1], 'failures', 1)
local opened = -1
if redis.call('HEXISTS', KEYS[1], 'opened_at') == 1 or failures >= tonumber(ARGV[1]) then
  redis.call('HSET', KEYS[1], 'opened_at', now)
  opened = now
end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
if redis.call('GET', KEYS[2]) == ARGV[3] then redis.call('DEL', KEYS[2]) end
return {failures, opened, now}
"""


class Breaker(Protocol):
    """What the router (``state``) and the dispatcher (the rest) use."""

    @property
    def state(self) -> str: ...  # "closed", "open" or "half_open"

    def allows(self) -> bool: ...

    def success(self) -> None: ...

    def failure(self) -> None: ...


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
    """One breaker per provider name, created on first use (state kept in this process)."""

    def __init__(self, *, failure_threshold: int = 3, cooldown_s: float = 30.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.failure_threshold, self.cooldown_s, self.clock = failure_threshold, cooldown_s, clock
        self._by_name: dict[str, Breaker] = {}

    def __getitem__(self, name: str) -> Breaker:
        breaker = self._by_name.get(name)
        if breaker is None:
            breaker = self._by_name[name] = self._new(name)
        return breaker

    def _new(self, name: str) -> Breaker:
        return CircuitBreaker(self.failure_threshold, self.cooldown_s, self.clock)


@dataclass(frozen=True)
class _Snapshot:
    """A breaker's state as last seen in the broker."""

    failures: int
    opened_ms: int | None
    now_ms: int  # the broker's clock when it was read
    seen: float  # this process's monotonic clock then

    def state(self, cooldown_ms: float, clock: Callable[[], float]) -> str:
        if self.opened_ms is None:
            return "closed"
        broker_now = self.now_ms + (clock() - self.seen) * 1000
        return "half_open" if broker_now - self.opened_ms >= cooldown_ms else "open"


class SharedBreakers(Breakers):
    """Breakers whose state lives in the broker, shared by every process that uses it.

    ``client`` should fail fast (``broker.quick_client``). ``trial_lease_s``: how long a half-open
    trial blocks other trials if its process dies before reporting the outcome."""

    def __init__(self, client: redis.Redis, *, failure_threshold: int = 3, cooldown_s: float = 30.0,
                 max_age_s: float = 1.0, retry_after_s: float = 5.0, trial_lease_s: float = 120.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(failure_threshold=failure_threshold, cooldown_s=cooldown_s, clock=clock)
        self.client = client
        self.max_age_s, self.retry_after_s = max_age_s, retry_after_s
        self.cooldown_ms, self.lease_ms = int(cooldown_s * 1000), max(1, int(trial_lease_s * 1000))
        self.allow_script = client.register_script(_ALLOW)
        self.failure_script = client.register_script(_FAILURE)
        self._down_until: float | None = None  # broker unreachable: local breakers answer until then

    def _new(self, name: str) -> Breaker:
        return SharedBreaker(name, self, CircuitBreaker(self.failure_threshold, self.cooldown_s, self.clock))

    def call(self, fn: Callable[[], T]) -> T | None:
        """``fn()`` against the broker, or None when it cannot be reached (then the local breakers
        answer, and the broker is left alone for ``retry_after_s``)."""
        if self._down_until is not None and self.clock() < self._down_until:
            return None
        try:
            result = fn()
        except (redis.RedisError, OSError) as exc:
            if self._down_until is None:
                log.warning("circuit breaker state in the broker is unreachable (%s): this process's own "
                            "breakers decide; retrying the broker every %.0fs", type(exc).__name__,
                            self.retry_after_s)
            self._down_until = self.clock() + self.retry_after_s
            return None
        if self._down_until is not None:
            log.info("circuit breaker state in the broker is reachable again")
            self._down_until = None
        return result


class SharedBreaker:
    """One provider's breaker in the broker, with its process-local fallback (``local``)."""

    def __init__(self, name: str, shared: SharedBreakers, local: CircuitBreaker) -> None:
        self.name = name
        self.shared = shared
        self.local = local
        self._keys = [keys.breaker_key(name), keys.breaker_trial_key(name)]
        self._id = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"  # who holds the trial
        self._snap: _Snapshot | None = None

    @property
    def state(self) -> str:
        snap = self._snapshot()
        if snap is None:
            return self.local.state
        return snap.state(self.shared.cooldown_ms, self.shared.clock)

    def allows(self) -> bool:
        """Whether a call may go out: closed in a fresh snapshot, or the broker says so (half-open: this
        process took the one trial lease)."""
        if self._fresh_and_clear(failures_too=False):
            return True
        shared = self.shared
        got = shared.call(lambda: shared.allow_script(keys=self._keys, args=[shared.cooldown_ms, shared.lease_ms,
                                                                            self._id]))
        if got is None:
            return self.local.allows()
        allowed, failures, opened, now = got
        self._remember(failures, opened, now)
        return bool(int(allowed))

    def success(self) -> None:
        self.local.success()
        if self._fresh_and_clear(failures_too=True):
            return  # nothing to reset: the healthy path costs no round trip
        if self.shared.call(lambda: self.shared.client.delete(*self._keys)) is not None:
            self._snap = _Snapshot(0, None, 0, self.shared.clock())

    def failure(self) -> None:
        self.local.failure()
        shared = self.shared
        got = shared.call(lambda: shared.failure_script(keys=self._keys, args=[shared.failure_threshold,
                                                                              _STATE_TTL_MS, self._id]))
        if got is not None:
            self._remember(*got)

    def _fresh_and_clear(self, *, failures_too: bool) -> bool:
        """Whether the snapshot is younger than ``max_age_s`` and shows a closed breaker (and, with
        ``failures_too``, no failures either)."""
        snap = self._snap
        return (snap is not None and snap.opened_ms is None and not (failures_too and snap.failures)
                and self.shared.clock() - snap.seen < self.shared.max_age_s)

    def _snapshot(self) -> _Snapshot | None:
        snap = self._snap
        if snap is not None and self.shared.clock() - snap.seen < self.shared.max_age_s:
            return snap
        got = self.shared.call(self._read)
        if got is None:
            return None
        (failures, opened), (seconds, micros) = got
        self._remember(failures or 0, opened if opened is not None else -1, int(seconds) * 1000 + int(micros) // 1000)
        return self._snap

    def _read(self) -> list[Any]:
        pipe = self.shared.client.pipeline(transaction=False)
        pipe.hmget(self._keys[0], "failures", "opened_at")
        pipe.time()
        return pipe.execute()

    def _remember(self, failures: Any, opened: Any, now: Any) -> None:
        opened_ms = int(opened)
        self._snap = _Snapshot(int(failures), None if opened_ms < 0 else opened_ms, int(now), self.shared.clock())
