"""Scheduled runs: ``edgebatch beat`` sends ``edgebatch.scheduled_run`` per pipeline ``schedule``.

- **Only new or changed documents**: each pipeline keeps a seen set in the broker (doc_id ->
  sha256). A run submits only documents whose hash is not in it. Its batch id is kept as
  *pending*; the next run folds a ``completed`` pending batch into the seen set (a failed or
  cancelled one is not, so its documents go again) and skips while it is still running.
- **One beat**: a lock key in the broker with a TTL, refreshed on every tick; a second beat
  waits (sends nothing) and takes over when the first stops refreshing.
- **Missed runs caught up once**: last run times live in the broker; after downtime a cron entry
  is due once (its next time after the last run has passed), then runs from now on.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import shutil
import socket
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import redis
from celery.beat import ScheduleEntry, Scheduler
from celery.schedules import crontab

from . import constants as keys
from .batch import BatchState, BatchStatus
from .broker import broker_url, redis_client
from .config import Settings
from .errors import ConfigError
from .pipeline import PipelineSpec, ScheduleSpec, load_spec
from .storage import Storage, layout
from .submit import submit_folder

log = logging.getLogger(__name__)

TASK_NAME = "edgebatch.scheduled_run"

_REFRESH_LOCK = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) and 1 or 0
"""


class ZonedCrontab(crontab):
    """A crontab evaluated in its own time zone (Celery's crontab uses the app's)."""

    def __init__(self, schedule: ScheduleSpec, **kwargs: Any) -> None:
        minute, hour, day_of_month, month, day_of_week = schedule.cron.split()
        super().__init__(minute=minute, hour=hour, day_of_month=day_of_month, month_of_year=month,
                         day_of_week=day_of_week, **kwargs)
        self.tz = ZoneInfo(schedule.timezone)  # shadows crontab's cached `tz` property


def scheduled_specs(settings: Settings) -> list[PipelineSpec]:
    """Every pipeline spec in the pipelines folder that carries a schedule."""
    specs = [load_spec(path) for path in sorted(Path(settings.pipelines_dir).glob("*.yaml"))]
    return [spec for spec in specs if spec.schedule is not None]


def next_run(spec: PipelineSpec, last_run: datetime | None = None) -> datetime:
    """When the schedule of ``spec`` fires next after ``last_run`` (default: now), in its time zone."""
    assert spec.schedule is not None
    cron = ZonedCrontab(spec.schedule, nowfun=lambda: datetime.now(UTC))
    start, delta, _ = cron.remaining_delta(last_run or datetime.now(UTC))
    return start + delta  # wall-clock arithmetic in the schedule's zone


def run_scheduled(settings: Settings, spec: PipelineSpec, *, state: BatchState, storage: Storage) -> str | None:
    """One scheduled run of ``spec``: submit what is new or changed in its source; return the batch id."""
    if not spec.source:
        raise ConfigError(f"pipeline {spec.name} has a schedule but no source")
    client = state.redis
    pending = client.get(keys.schedule_pending_key(spec.name))
    if pending:
        status = state.status(pending) if client.exists(keys.batch_key(pending)) else BatchStatus.failed
        if status not in (BatchStatus.completed, BatchStatus.failed, BatchStatus.cancelled):
            log.warning("scheduled run skipped: the previous run is still %s", status.value,
                        extra={"pipeline": spec.name, "batch_id": pending})
            return None
        if status is BatchStatus.completed:
            _fold_into_seen(client, storage, spec.name, pending)
        client.delete(keys.schedule_pending_key(spec.name))
    seen = client.hgetall(keys.schedule_seen_key(spec.name))
    with source_folder(spec) as source:
        batch_id = submit_folder(source, spec, state=state, storage=storage, submitter=f"beat:{settings.submitter}",
                                 pipeline_path=spec.source_dir / f"{spec.name}.yaml" if spec.source_dir else None,
                                 seen=seen, tenant=settings.tenant, sla=settings.sla)
    if batch_id is None:
        log.info("scheduled run: nothing new", extra={"pipeline": spec.name})
        return None
    client.set(keys.schedule_pending_key(spec.name), batch_id)
    log.info("scheduled run submitted", extra={"pipeline": spec.name, "batch_id": batch_id})
    return batch_id


@contextlib.contextmanager
def source_folder(spec: PipelineSpec) -> Iterator[Path]:
    """The spec's source as a local folder: itself, or an ``s3://`` prefix copied to a private temp dir.

    S3 access uses the standard ``AWS_*`` variables (``AWS_ENDPOINT_URL`` for MinIO and others).
    The copy is deleted when the batch is staged.
    """
    local = spec.source_path()
    if local is not None:
        yield local
        return
    import pyarrow.fs as pafs

    assert spec.source and spec.source.startswith("s3://")
    root = spec.source.removeprefix("s3://").rstrip("/")
    fs = pafs.S3FileSystem(endpoint_override=os.environ.get("AWS_ENDPOINT_URL") or None,
                           region=os.environ.get("AWS_DEFAULT_REGION", "us-east-1"))
    with tempfile.TemporaryDirectory(prefix="edgebatch-source-") as tmp:
        os.chmod(tmp, 0o700)
        for info in fs.get_file_info(pafs.FileSelector(root, recursive=True)):
            if info.type != pafs.FileType.File:
                continue
            target = Path(tmp) / info.path[len(root):].lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            with fs.open_input_stream(info.path) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
        yield Path(tmp)


def _fold_into_seen(client: redis.Redis, storage: Storage, pipeline: str, batch_id: str) -> None:
    manifest = json.loads(storage.get(layout.batch_manifest(batch_id)))
    mapping = {doc["doc_id"]: doc["sha256"] for doc in manifest["documents"]}
    if mapping:
        client.hset(keys.schedule_seen_key(pipeline), mapping=mapping)


class BrokerScheduler(Scheduler):
    """Celery beat scheduler: entries from pipeline specs, last runs and a single-beat lock in the broker."""

    lock_ttl_s = 30.0

    def __init__(self, app: Any, *args: Any, settings: Settings | None = None, **kwargs: Any) -> None:
        self.settings = settings or Settings.load()
        self.client = redis_client(broker_url(self.settings))
        self.owner = f"{socket.gethostname()}:{secrets.token_hex(4)}"
        self._refresh = self.client.register_script(_REFRESH_LOCK)
        self.holds_lock = False
        kwargs["sync_every_tasks"] = 1  # persist a run's time as soon as it is sent
        super().__init__(app, *args, **kwargs)

    def setup_schedule(self) -> None:
        last_runs = self.client.hgetall(keys.BEAT_LAST_RUN)
        entries = {}
        for spec in scheduled_specs(self.settings):
            assert spec.schedule is not None
            name = f"pipeline:{spec.name}"
            last = datetime.fromisoformat(last_runs[name]) if name in last_runs else None
            entries[name] = ScheduleEntry(name=name, task=TASK_NAME, args=(spec.name,), app=self.app,
                                          schedule=ZonedCrontab(spec.schedule, app=self.app),
                                          options={"queue": keys.CONTROL_QUEUE}, last_run_at=last)
        self.data = entries

    @property
    def schedule(self) -> dict[str, ScheduleEntry]:
        return self.data

    def sync(self) -> None:
        runs = {name: entry.last_run_at.isoformat() for name, entry in self.data.items() if entry.last_run_at}
        if runs and self.holds_lock:
            self.client.hset(keys.BEAT_LAST_RUN, mapping=runs)

    def tick(self, *args: Any, **kwargs: Any) -> float:
        held = self.holds_lock
        self.holds_lock = bool(self._refresh(keys=[keys.BEAT_LOCK], args=[self.owner, int(self.lock_ttl_s * 1000)]))
        if not self.holds_lock:
            return self.lock_ttl_s / 3  # another beat runs: send nothing, try again
        if not held:  # taking over: what the previous beat ran is in the broker, not in our memory
            self.setup_schedule()
            self._heap = None
        return min(float(super().tick(*args, **kwargs)), self.lock_ttl_s / 3)

    def close(self) -> None:
        super().close()
        if self.holds_lock and self.client.get(keys.BEAT_LOCK) == self.owner:
            self.client.delete(keys.BEAT_LOCK)


def list_schedules(settings: Settings) -> list[dict[str, Any]]:
    """Scheduled pipelines with their cron line, source, last and next run."""
    client = redis_client(broker_url(settings))
    last_runs = client.hgetall(keys.BEAT_LAST_RUN)
    rows = []
    for spec in scheduled_specs(settings):
        assert spec.schedule is not None
        last = last_runs.get(f"pipeline:{spec.name}")
        rows.append({"pipeline": spec.name, "cron": spec.schedule.cron, "timezone": spec.schedule.timezone,
                     "source": spec.source, "last_run": last, "next_run": next_run(spec).isoformat(),
                     "pending_batch": client.get(keys.schedule_pending_key(spec.name))})
    return rows


def run_beat(settings: Settings, loglevel: str = "INFO") -> None:
    """Run Celery beat with the pipelines' schedules until stopped."""
    from functools import partial

    from .app import configure

    app = configure(settings, broker_url(settings))
    app.Beat(scheduler=partial(BrokerScheduler, settings=settings), loglevel=loglevel, max_interval=10).run()
