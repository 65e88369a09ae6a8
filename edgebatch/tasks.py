"""Thin Celery tasks. Arguments are ids only: never document text (Flower shows arguments)."""

from __future__ import annotations

import logging
from typing import Any

from celery import Task

from .app import app
from .errors import StorageUnavailableError
from .worker import runtime

log = logging.getLogger(__name__)


SHARD_RETRIES = 3
STORAGE_RETRY_S = 60  # first countdown after storage stayed unreachable through a whole outage window


# acks_on_timeout=False: a shard killed by its hard time limit (a hang) is delivered again, like
# one whose worker died; the runtime counts those deaths and dead-letters the document causing them.
@app.task(name="edgebatch.process_shard", bind=True, acks_late=True, reject_on_worker_lost=True,
          acks_on_timeout=False, max_retries=SHARD_RETRIES)
def process_shard(self: Task, batch_id: str, shard: int, group: int = 0) -> dict[str, int]:
    """Run stage group ``group`` of one shard of a batch (a pipeline on one queue has one group).

    An unexpected failure (a bug, a broken document set) is retried with backoff, on the same
    queue; after the last retry the shard's documents become ``shard_failed`` error rows, so the
    batch still completes. A worker that dies on the shard (crash, kill, time limit) gets it
    delivered again instead.
    """
    try:
        return runtime().process_shard(batch_id, shard, group)
    except StorageUnavailableError as exc:
        # Storage calls already waited EDGEBATCH_S3_OUTAGE_S. The documents are fine: never turn
        # them into errors for that. Retry later; after that the shard stays pending for resume.
        if self.request.retries < SHARD_RETRIES:
            raise self.retry(exc=exc, countdown=STORAGE_RETRY_S * 2 ** self.request.retries) from exc
        log.error("shard %s/%d (stage group %d): storage still unreachable after %d tries; it stays pending: "
                  "run `edgebatch resume %s` once storage is back", batch_id, shard, group, SHARD_RETRIES + 1,
                  batch_id)
        return {}
    except Exception as exc:
        if self.request.retries < SHARD_RETRIES:
            raise self.retry(exc=exc, countdown=min(60, 2 ** (self.request.retries + 1))) from exc
        log.error("shard %s/%d (stage group %d) failed %d times: %s", batch_id, shard, group, SHARD_RETRIES + 1,
                  type(exc).__name__)
        try:
            return runtime().fail_shard(batch_id, shard, f"the shard failed {SHARD_RETRIES + 1} times "
                                                         f"({type(exc).__name__})", group)
        except Exception:
            log.error("shard %s/%d: could not record its failure either; it stays pending: run "
                      "`edgebatch resume %s`", batch_id, shard, batch_id)
            raise


@app.task(name="edgebatch.finalize_batch", acks_late=True, reject_on_worker_lost=True,
          autoretry_for=(Exception,), max_retries=SHARD_RETRIES, retry_backoff=STORAGE_RETRY_S,
          retry_jitter=False)
def finalize_batch(batch_id: str) -> dict[str, Any]:
    """Compact and commit a batch whose shards are all done (retried: finalising is idempotent;
    a batch left `finalizing` is finalised again by `edgebatch resume`)."""
    return runtime().finalize(batch_id)


@app.task(name="edgebatch.scheduled_run", acks_late=True)
def scheduled_run(pipeline: str) -> str | None:
    """Submit what is new or changed in a scheduled pipeline's source (sent by `edgebatch beat`)."""
    from .pipeline import find_spec
    from .schedule import run_scheduled

    rt = runtime()
    return run_scheduled(rt.settings, find_spec(rt.settings.pipelines_dir, pipeline), state=rt.state,
                         storage=rt.storage_for(rt.settings.tenant))
