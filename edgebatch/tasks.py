"""Thin Celery tasks. Arguments are ids only: never document text (Flower shows arguments)."""

from __future__ import annotations

import logging
from typing import Any

from celery import Task

from .app import app
from .worker import runtime

log = logging.getLogger(__name__)


SHARD_RETRIES = 3


@app.task(name="edgebatch.process_shard", bind=True, acks_late=True, reject_on_worker_lost=True,
          max_retries=SHARD_RETRIES)
def process_shard(self: Task, batch_id: str, shard: int, group: int = 0) -> dict[str, int]:
    """Run stage group ``group`` of one shard of a batch (a pipeline on one queue has one group).

    An unexpected failure (storage unreachable, a bug) is retried with backoff, on the same queue;
    after the last retry the shard's documents become ``shard_failed`` error rows, so the batch
    still completes.
    """
    try:
        return runtime().process_shard(batch_id, shard, group)
    except Exception as exc:
        if self.request.retries < SHARD_RETRIES:
            raise self.retry(exc=exc, countdown=min(60, 2 ** (self.request.retries + 1))) from exc
        log.error("shard %s/%d (stage group %d) failed %d times: %s", batch_id, shard, group, SHARD_RETRIES + 1,
                  type(exc).__name__)
        return runtime().fail_shard(batch_id, shard, f"the shard failed {SHARD_RETRIES + 1} times "
                                                     f"({type(exc).__name__})", group)


@app.task(name="edgebatch.finalize_batch", acks_late=True, reject_on_worker_lost=True)
def finalize_batch(batch_id: str) -> dict[str, Any]:
    """Compact and commit a batch whose shards are all done."""
    return runtime().finalize(batch_id)


@app.task(name="edgebatch.scheduled_run", acks_late=True)
def scheduled_run(pipeline: str) -> str | None:
    """Submit what is new or changed in a scheduled pipeline's source (sent by `edgebatch beat`)."""
    from .pipeline import find_spec
    from .schedule import run_scheduled

    rt = runtime()
    return run_scheduled(rt.settings, find_spec(rt.settings.pipelines_dir, pipeline), state=rt.state,
                         storage=rt.storage)
