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
    """Hash: shard number -> deliveries seen (caps redelivery of poison shards)."""
    return f"{KEY_PREFIX}:batch:{batch_id}:attempts"


def progress_key(batch_id: str) -> str:
    """Sorted set of (time, docs done) samples for throughput over time."""
    return f"{KEY_PREFIX}:batch:{batch_id}:progress"
