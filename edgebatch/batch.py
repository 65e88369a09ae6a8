"""Batches: statuses and outcomes (as in the OpenAI/Anthropic batch APIs) and their live state.

The live state of a batch is a hash in the broker (``constants.batch_key``). Shard completion is
one Lua script, so a redelivered shard is never counted twice and exactly one worker sees the
last shard finish and asks for finalisation. Completion never depends on a Celery chord.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum
from typing import Any

import redis

from . import constants as keys
from .errors import BatchNotFoundError


class BatchStatus(str, Enum):
    validating = "validating"
    in_progress = "in_progress"
    finalizing = "finalizing"
    completed = "completed"
    failed = "failed"
    cancelling = "cancelling"
    cancelled = "cancelled"


TERMINAL = frozenset({BatchStatus.completed, BatchStatus.failed, BatchStatus.cancelled})


class Outcome(str, Enum):
    succeeded = "succeeded"
    errored = "errored"
    cancelled = "cancelled"


@dataclass
class Deaths:
    """How often a worker died during deliveries of one shard: running all of it, and running each
    of its documents alone (index = position in the shard)."""

    whole: int = 0
    alone: list[int] = field(default_factory=list)

    @property
    def any(self) -> bool:
        return self.whole > 0 or any(self.alone)


def new_batch_id() -> str:
    """Sortable and unique: ``b20261126-140501-9f3a2c``."""
    return datetime.now(timezone.utc).strftime("b%Y%m%d-%H%M%S-") + secrets.token_hex(3)


_COMPLETE_SHARD = """
if redis.call('SADD', KEYS[2], ARGV[1]) == 0 then return {0, 0} end
redis.call('HINCRBY', KEYS[1], 'succeeded', ARGV[2])
redis.call('HINCRBY', KEYS[1], 'errored', ARGV[3])
redis.call('HINCRBY', KEYS[1], 'cancelled', ARGV[4])
redis.call('HSET', KEYS[1], 'updated_at', ARGV[5])
local done = redis.call('HINCRBY', KEYS[1], 'docs_done', ARGV[2] + ARGV[3] + ARGV[4])
redis.call('ZADD', KEYS[3], ARGV[5], ARGV[5] .. ':' .. done)
local total = tonumber(redis.call('HGET', KEYS[1], 'total_shards'))
if redis.call('SCARD', KEYS[2]) >= total then
  local status = redis.call('HGET', KEYS[1], 'status')
  if status == 'in_progress' or status == 'cancelling' then
    redis.call('HSET', KEYS[1], 'status', 'finalizing')
    return {1, 1}
  end
end
return {1, 0}
"""

_BEGIN_DELIVERY = """
local running = redis.call('HGET', KEYS[1], ARGV[1] .. ':running')
if running then redis.call('HINCRBY', KEYS[1], ARGV[1] .. ':died:' .. running, 1) end
redis.call('HSET', KEYS[1], ARGV[1] .. ':running', '*')
local died = {tonumber(redis.call('HGET', KEYS[1], ARGV[1] .. ':died:*') or '0')}
for i = 0, tonumber(ARGV[2]) - 1 do
  died[#died + 1] = tonumber(redis.call('HGET', KEYS[1], ARGV[1] .. ':died:' .. i) or '0')
end
return died
"""

_INT_FIELDS = ("total_docs", "total_shards", "succeeded", "errored", "cancelled", "docs_done")
_FLOAT_FIELDS = ("created_at", "updated_at", "finished_at")


class BatchState:
    """Reads and changes the live state of batches in the broker."""

    def __init__(self, client: redis.Redis) -> None:
        self.redis = client
        self._complete = client.register_script(_COMPLETE_SHARD)
        self._begin_delivery = client.register_script(_BEGIN_DELIVERY)

    def create(self, batch_id: str, **fields: Any) -> None:
        now = time.time()
        record = {"batch_id": batch_id, "status": BatchStatus.validating.value, "created_at": now,
                  "updated_at": now, "succeeded": 0, "errored": 0, "cancelled": 0, "docs_done": 0, **fields}
        pipe = self.redis.pipeline()
        pipe.hset(keys.batch_key(batch_id), mapping={k: str(v) for k, v in record.items()})
        pipe.zadd(keys.BATCH_INDEX, {batch_id: now})
        pipe.execute()

    def update(self, batch_id: str, **fields: Any) -> None:
        fields["updated_at"] = time.time()
        self.redis.hset(keys.batch_key(batch_id), mapping={k: str(v) for k, v in fields.items()})

    def get(self, batch_id: str) -> dict[str, Any]:
        raw = self.redis.hgetall(keys.batch_key(batch_id))
        if not raw:
            raise BatchNotFoundError(f"no batch {batch_id!r}")
        record: dict[str, Any] = dict(raw)
        for name in _INT_FIELDS:
            if name in record:
                record[name] = int(record[name])
        for name in _FLOAT_FIELDS:
            if name in record:
                record[name] = float(record[name])
        return record

    def status(self, batch_id: str) -> BatchStatus:
        return BatchStatus(self.get(batch_id)["status"])

    def list(self, limit: int = 20) -> list[dict[str, Any]]:
        ids = self.redis.zrevrange(keys.BATCH_INDEX, 0, limit - 1)
        return [self.get(batch_id) for batch_id in ids if self.redis.exists(keys.batch_key(batch_id))]

    def note_attempt(self, batch_id: str, shard: int, group: int = 0) -> int:
        """Count one more delivery of stage group ``group`` of ``shard``; return the count including
        this one. Each group of a shard is its own task, so each has its own count."""
        return int(self.redis.hincrby(keys.shard_attempts_key(batch_id), keys.attempt_field(shard, group), 1))

    def shard_done(self, batch_id: str, shard: int) -> bool:
        return bool(self.redis.sismember(keys.shards_done_key(batch_id), str(shard)))

    def begin_delivery(self, batch_id: str, shard: int, documents: int, group: int = 0) -> Deaths:
        """Mark stage group ``group`` of ``shard`` as running and count the death of a previous
        delivery that left its mark.

        Returns how often a worker died running the whole group and each document alone."""
        died = self._begin_delivery(keys=[keys.delivery_marks_key(batch_id)],
                                    args=[keys.attempt_field(shard, group), documents])
        return Deaths(whole=int(died[0]), alone=[int(n) for n in died[1:]])

    def mark_running(self, batch_id: str, shard: int, document: int | None, group: int = 0) -> None:
        """What the delivery of ``shard``'s group runs now: document ``document`` alone, or (None) all of it."""
        self.redis.hset(keys.delivery_marks_key(batch_id), f"{keys.attempt_field(shard, group)}:running",
                        "*" if document is None else document)

    def end_delivery(self, batch_id: str, shard: int, group: int = 0) -> None:
        """The delivery ended without its worker dying (finished, or raised and will be retried)."""
        self.redis.hdel(keys.delivery_marks_key(batch_id), f"{keys.attempt_field(shard, group)}:running")

    def complete_shard(self, batch_id: str, shard: int, counts: dict[Outcome, int]) -> tuple[bool, bool]:
        """Count a shard's outcomes once. Returns (counted now, this was the last shard)."""
        counted, last = self._complete(
            keys=[keys.batch_key(batch_id), keys.shards_done_key(batch_id), keys.progress_key(batch_id)],
            args=[shard, counts.get(Outcome.succeeded, 0), counts.get(Outcome.errored, 0),
                  counts.get(Outcome.cancelled, 0), f"{time.time():.3f}"],
        )
        return bool(counted), bool(last)

    def request_cancel(self, batch_id: str) -> BatchStatus:
        """Ask a batch to stop: shards not yet started end as ``cancelled``."""
        status = self.status(batch_id)
        if status in (BatchStatus.validating, BatchStatus.in_progress):
            self.update(batch_id, status=BatchStatus.cancelling.value, cancel_requested=1)
            return BatchStatus.cancelling
        return status

    def cancel_requested(self, batch_id: str) -> bool:
        return self.redis.hget(keys.batch_key(batch_id), "cancel_requested") == "1"

    def progress(self, batch_id: str) -> list[tuple[float, int]]:
        """(time, documents done) samples, one per finished shard."""
        samples = self.redis.zrange(keys.progress_key(batch_id), 0, -1)
        return [(float(t), int(n)) for t, n in (s.split(":") for s in samples)]
