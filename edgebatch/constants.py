"""Every broker key and queue name EdgeBatch uses, so the layout fits on one screen."""

from __future__ import annotations

KEY_PREFIX = "edgebatch"

DEFAULT_QUEUE = "edgebatch.model"
CONTROL_QUEUE = "edgebatch.control"

BATCH_INDEX = f"{KEY_PREFIX}:batches"  # sorted set: batch id -> created (epoch s)


def batch_key(batch_id: str) -> str:
    """Hash: status, pipeline, totals and live outcome counts of one batch."""
    return f"{KEY_PREFIX}:batch:{batch_id}"


def shards_done_key(batch_id: str) -> str:
    """Set of shard numbers whose outcomes are counted (makes redelivery idempotent)."""
    return f"{KEY_PREFIX}:batch:{batch_id}:shards_done"


def shard_attempts_key(batch_id: str) -> str:
    """Hash: ``attempt_field(shard, group)`` -> deliveries seen (caps redelivery of poison shards)."""
    return f"{KEY_PREFIX}:batch:{batch_id}:attempts"


def attempt_field(shard: int, group: int = 0) -> str:
    """``"3"`` for a shard's first stage group (as before stage groups), ``"3:1"`` for group 1."""
    return str(shard) if group == 0 else f"{shard}:{group}"


def delivery_marks_key(batch_id: str) -> str:
    """Hash: ``<task>:running`` -> what a delivery of a shard's stage group is running (``*`` all of
    it, ``I`` its document I alone); ``<task>:died:<what>`` -> deliveries whose worker died running
    it. ``<task>`` is ``attempt_field(shard, group)``."""
    return f"{KEY_PREFIX}:batch:{batch_id}:deliveries"


def progress_key(batch_id: str) -> str:
    """Sorted set of (time, docs done) samples for throughput over time."""
    return f"{KEY_PREFIX}:batch:{batch_id}:progress"


BEAT_LOCK = f"{KEY_PREFIX}:beat:lock"  # string: id of the one beat allowed to send (TTL, refreshed)
BEAT_LAST_RUN = f"{KEY_PREFIX}:beat:last_run"  # hash: schedule entry name -> last run (ISO time)


def schedule_seen_key(pipeline: str) -> str:
    """Hash: doc_id -> sha256 of every document a successful scheduled run of ``pipeline`` covered."""
    return f"{KEY_PREFIX}:schedule:{pipeline}:seen"


def schedule_pending_key(pipeline: str) -> str:
    """String: the batch id of the scheduled run of ``pipeline`` not yet folded into its seen set."""
    return f"{KEY_PREFIX}:schedule:{pipeline}:pending"


def breaker_key(provider: str) -> str:
    """Hash: ``failures`` (remote failures in a row) and ``opened_at`` (broker ``TIME``, ms) of a
    provider's circuit breaker, shared by every worker process on every machine."""
    return f"{KEY_PREFIX}:breaker:{provider}"


def breaker_trial_key(provider: str) -> str:
    """String (``SET NX PX``): the id of the one process whose half-open trial call is out."""
    return f"{KEY_PREFIX}:breaker:{provider}:trial"


def budget_key(tenant: str, month: str) -> str:
    """String (float): USD a tenant's documents spent on remote providers in ``month`` (YYYY-MM)."""
    return f"{KEY_PREFIX}:tenant:{tenant}:budget:{month}"


def usage_key(tenant: str, period: str) -> str:
    """Hash: ``docs`` / ``tokens`` a tenant used in ``period`` (YYYY-MM-DD for docs, YYYY-MM for tokens)."""
    return f"{KEY_PREFIX}:tenant:{tenant}:usage:{period}"


BATCH_TENANT_FIELD = "tenant"  # field of batch_key(): the tenant that owns the batch
