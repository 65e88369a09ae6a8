"""Resuming a batch after its queue or its workers were lost.

Late acks and the visibility timeout redeliver the shard of a worker that died, and the broker's
AOF keeps its queues over a restart. What they cannot bring back: a queue that was flushed or
lost, a shard whose task gave up while storage was unreachable, a finalisation that never ran,
the shards of a submitter that died while enqueueing, and (until the visibility timeout, 2 h by
default) the shard a killed worker was running. (A message a broker crash lost, and a shard left
pending by a storage outage, are also sent again by the workers' sweeper: ``recovery``.)

``resume_batch`` re-enqueues every shard that is not counted as done, not waiting in a queue and
not held by a live worker, and asks for finalisation when every shard is done. When the broker
lost the batch altogether (its data deleted), its state is rebuilt from storage first. Re-running a
shard that did finish is harmless (its delivery sees it counted and returns; its parts have
deterministic names), so the worst case of a race is work done twice, never a row twice.
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import redis
from celery import Celery

from . import constants as keys
from .batch import TERMINAL, BatchState, BatchStatus, Outcome
from .compaction import part_tables
from .config import Settings
from .errors import BatchNotFoundError
from .pipeline import PipelineSpec, find_spec, load_spec
from .storage import Storage, layout

log = logging.getLogger(__name__)

SHARD_TASK = "edgebatch.process_shard"
FINALIZE_TASK = "edgebatch.finalize_batch"
KOMBU_SEP = "\x06\x16"  # kombu's Redis transport: priorities 3, 6, 9 in lists QUEUE + sep + N; binding fields


def resume_batch(app: Celery, state: BatchState, storage: Storage, manifest: dict[str, Any], *,
                 queues: Iterable[str], group_queues: Sequence[str]) -> dict[str, Any]:
    """Re-enqueue the shards of the batch of ``manifest`` that nothing will run otherwise; return
    what was done. A batch the broker lost altogether is first rebuilt from storage.

    ``group_queues``: the queue of each stage group of the pipeline. A shard that was handed on to
    a later group (its hand-off is staged) resumes there, not from the start."""
    batch_id = manifest["batch_id"]
    rebuilt = False
    try:
        record = state.get(batch_id)
    except BatchNotFoundError:
        record, rebuilt = rebuild_state(state, storage, manifest), True
    status = BatchStatus(record["status"])
    report: dict[str, Any] = {"batch_id": batch_id, "status": status.value, "rebuilt": rebuilt, "requeued": [],
                              "queued": [], "held": [], "finalize": False}
    if status in TERMINAL:
        return report
    total = int(manifest["total_shards"])  # the manifest, not the record: the submitter may have died
    if status is BatchStatus.validating:   # after writing the manifest, before counting and enqueueing
        state.update(batch_id, total_docs=manifest["total_docs"], total_shards=total,
                     status=BatchStatus.in_progress.value)
        status = BatchStatus.in_progress
        report["status"] = status.value
    done = {int(s) for s in state.redis.smembers(keys.shards_done_key(batch_id))}
    pending = set(range(total)) - done
    queued = queued_shards(state.redis, queues, batch_id)
    held = held_shards(app, batch_id)
    requeue = sorted(pending - queued - held)
    from .tasks import finalize_batch

    for shard in requeue:
        requeue_shard(storage, batch_id, shard, group_queues)
    if not pending:  # every shard counted: the finalisation was lost or died (it is idempotent)
        if status is not BatchStatus.finalizing:
            state.update(batch_id, status=BatchStatus.finalizing.value)
        finalize_batch.delay(batch_id)
        report["finalize"] = True
    report.update(requeued=requeue, queued=sorted(queued & pending), held=sorted(held & pending))
    log.info("resumed batch %s: requeued shards %s", batch_id, requeue)
    return report


def spec_of(settings: Settings, manifest: dict[str, Any]) -> PipelineSpec:
    """The pipeline spec a batch was submitted with (its file, else the named pipeline)."""
    path = manifest.get("pipeline_path")
    if path and Path(path).is_file():
        return load_spec(Path(path))
    return find_spec(settings.pipelines_dir, manifest["pipeline"])


def group_queues_of(spec: PipelineSpec) -> list[str]:
    """The queue of each stage group of ``spec``."""
    return [group.queue for group in spec.stage_groups] or [spec.shard_queue]


def requeue_shard(storage: Storage, batch_id: str, shard: int, group_queues: Sequence[str]) -> None:
    """Send a shard's task again, to the stage group it was last handed to."""
    from .tasks import process_shard

    group = _resume_group(storage, batch_id, shard, len(group_queues))
    process_shard.apply_async((batch_id, shard, group), queue=group_queues[group])


def send_again(settings: Settings, storage: Storage, batch_id: str, shard: int | None) -> None:
    """Send one lost task of a batch again: a shard's, or (``shard`` None) its finalisation."""
    from .tasks import finalize_batch

    if shard is None:
        finalize_batch.delay(batch_id)
        return
    manifest = json.loads(storage.get(layout.batch_manifest(batch_id)))
    requeue_shard(storage, batch_id, shard, group_queues_of(spec_of(settings, manifest)))


def _resume_group(storage: Storage, batch_id: str, shard: int, groups: int) -> int:
    """The last stage group a shard was handed to (0 when it never got past the first)."""
    for group in range(groups - 1, 0, -1):
        if storage.exists(layout.staging_handoff(batch_id, shard, group)):
            return group
    return 0


def rebuild_state(state: BatchState, storage: Storage, manifest: dict[str, Any]) -> dict[str, Any]:
    """Recreate the broker state of a batch from storage (the broker's data was lost): totals from
    its manifest; every shard whose parts are all written is counted with its audit outcomes."""
    batch_id = manifest["batch_id"]
    state.create(batch_id, pipeline=manifest["pipeline"], submitter=manifest.get("submitter", ""),
                 total_docs=manifest["total_docs"], total_shards=manifest["total_shards"],
                 created_at=manifest["created_at"], status=BatchStatus.in_progress.value,
                 tenant=manifest.get("tenant", "default"))
    if storage.exists(layout.commit_manifest(batch_id)):  # committed: only its final status was lost
        commit = json.loads(storage.get(layout.commit_manifest(batch_id)))
        final = BatchStatus.failed if commit["missing_documents"] else BatchStatus.completed
        outcomes = {o: int(commit["outcomes"].get(o, 0)) for o in ("succeeded", "errored", "cancelled")}
        state.update(batch_id, status=final.value, docs_done=sum(outcomes.values()), **outcomes)
        return state.get(batch_id)
    parts = set(storage.list(layout.parts_prefix(batch_id)))
    for shard in range(manifest["total_shards"]):
        key = layout.shard_part(batch_id, shard)
        if key not in parts:  # one object holds all of a shard's rows: there, or not written at all
            continue
        audit = [table for dataset, table in part_tables(key, storage.get(key)) if dataset == "audit"]
        outcomes = audit[0].column("outcome").to_pylist() if audit else []
        state.complete_shard(batch_id, shard, {o: outcomes.count(o.value) for o in Outcome})
    log.warning("rebuilt the lost broker state of batch %s from storage", batch_id)
    return state.get(batch_id)


def queued_messages(client: redis.Redis, queues: Iterable[str]) -> Iterator[str | bytes]:
    """Every message waiting in ``queues``, their priority lists included."""
    for queue in queues:
        for name in (queue, *(f"{queue}{KOMBU_SEP}{p}" for p in (3, 6, 9))):
            yield from client.lrange(name, 0, -1)


def queued_shards(client: redis.Redis, queues: Iterable[str], batch_id: str) -> set[int]:
    """Shards of ``batch_id`` with a task message waiting in one of ``queues``."""
    found: set[int] = set()
    for raw in queued_messages(client, queues):
        args = _shard_args(raw)
        if args is not None and args[0] == batch_id:
            found.add(args[1])
    return found


def held_shards(app: Celery, batch_id: str, timeout_s: float = 1.0) -> set[int]:
    """Shards of ``batch_id`` that a live worker runs or has reserved (they need no help)."""
    inspect = app.control.inspect(timeout=timeout_s)
    found: set[int] = set()
    for replies in (inspect.active() or {}, inspect.reserved() or {}, inspect.scheduled() or {}):
        for requests in replies.values():
            for request in requests:
                request = request.get("request", request)  # scheduled() wraps the request
                args = request.get("args") or []
                if request.get("name") == SHARD_TASK and len(args) >= 2 and args[0] == batch_id:
                    found.add(int(args[1]))
    return found


def _shard_args(raw: str | bytes) -> tuple[str, int] | None:
    """(batch_id, shard) of a queued process_shard message."""
    task = task_of(raw)
    if task is None or task[0] != SHARD_TASK:
        return None
    try:
        return str(task[1][0]), int(task[1][1])
    except (ValueError, IndexError, TypeError):
        return None


def task_of(message: str | bytes | dict[str, Any]) -> tuple[str, list[Any]] | None:
    """(task name, positional args) of a Celery message as kombu's Redis transport stores it
    (JSON only: nothing else is accepted); None for anything else."""
    try:
        if not isinstance(message, dict):
            message = json.loads(message)
        name = message.get("headers", {}).get("task")
        body = message["body"]
        if message.get("properties", {}).get("body_encoding") == "base64":
            body = base64.b64decode(body)
        args = json.loads(body)[0]
        return (str(name), list(args)) if name and isinstance(args, list) else None
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        return None
