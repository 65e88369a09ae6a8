"""Thin Celery tasks. Arguments are ids only: never document text (Flower shows arguments)."""

from __future__ import annotations

from typing import Any

from .app import app
from .worker import runtime


@app.task(name="edgebatch.process_shard", acks_late=True, reject_on_worker_lost=True)
def process_shard(batch_id: str, shard: int) -> dict[str, int]:
    """Run one shard of a batch through its pipeline."""
    return runtime().process_shard(batch_id, shard)


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
