"""The Python API that the CLI, scripts and orchestrators (Airflow, Dagster, cron) share.

    from edgebatch.api import EdgeBatch
    eb = EdgeBatch()                       # Settings from EDGEBATCH_* variables
    batch_id = eb.submit("reports/", "radiology")
    eb.wait(batch_id)
    table = eb.results(batch_id)           # a pyarrow Table
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa

from .app import configure
from .batch import TERMINAL, BatchState, BatchStatus
from .broker import broker_url, redis_client
from .config import Settings
from .constants import CONTROL_QUEUE, DEFAULT_QUEUE
from .errors import BatchNotFoundError, EdgeBatchError
from .identity import authenticate
from .pipeline import find_spec
from .storage import layout
from .storage.tenant import storage_for
from .submit import submit_folder
from .tenants import TenantUsage, load_tenants

ProgressCallback = Callable[[dict[str, Any]], None]


class EdgeBatch:
    """A client of one EdgeBatch installation (its broker and its storage)."""

    def __init__(self, settings: Settings | None = None, *, start_broker: bool = True) -> None:
        # Before the broker or storage is touched: a caller whose token is refused gets nothing.
        self.settings, self.identity = authenticate(settings or Settings.load())
        self.broker_url = broker_url(self.settings, start=start_broker)
        configure(self.settings, self.broker_url)
        self.state = BatchState(redis_client(self.broker_url))
        self.storage = storage_for(self.settings, self.settings.tenant)  # the tenant's own, or the installation's

    def submit(self, folder: str | Path, pipeline: str) -> str:
        """Stage every document below ``folder`` and enqueue its shards; return the batch id."""
        spec = find_spec(self.settings.pipelines_dir, pipeline)
        path = Path(pipeline) if Path(pipeline).suffix in (".yaml", ".yml") else None
        tenant = self.settings.tenant
        quota = load_tenants(self.settings.tenants_file).quota(tenant)
        usage = TenantUsage(self.state.redis)
        batch_id = submit_folder(Path(folder), spec, state=self.state, storage=self.storage,
                                 submitter=self.settings.submitter, pipeline_path=path, tenant=tenant,
                                 sla=self.settings.sla, admit=lambda n: usage.admit(tenant, n, quota))
        assert batch_id is not None  # only a `seen` filter can leave nothing to submit
        return batch_id

    def status(self, batch_id: str) -> dict[str, Any]:
        """Status, counts per outcome, docs/s and ETA of a batch (of the caller's tenant)."""
        record = self._own(batch_id)
        done, total = record.get("docs_done", 0), record.get("total_docs", 0)
        end = record.get("finished_at") or time.time()
        elapsed = max(1e-6, end - record["created_at"])
        rate = done / elapsed
        record["docs_per_s"] = round(rate, 3)
        record["eta_s"] = round((total - done) / rate, 1) if rate > 0 and total > done else 0.0
        return record

    def list(self, limit: int = 20) -> list[dict[str, Any]]:
        """Recent batches of the caller's tenant."""
        return [r for r in self.state.list(limit * 4) if r.get("tenant", "default") == self.settings.tenant][:limit]

    def _own(self, batch_id: str) -> dict[str, Any]:
        """The batch's record, if it belongs to the caller's tenant; another tenant's batch is
        reported as missing (its existence is not disclosed)."""
        record = self.state.get(batch_id)
        if record.get("tenant", "default") != self.settings.tenant:
            raise BatchNotFoundError(f"no batch {batch_id!r}")
        return record

    def wait(self, batch_id: str, *, timeout_s: float | None = None, poll_s: float = 0.5,
             on_progress: ProgressCallback | None = None, alive: Callable[[], bool] | None = None) -> dict[str, Any]:
        """Block until the batch reaches a final status; return its status record."""
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        while True:
            record = self.status(batch_id)
            if on_progress:
                on_progress(record)
            if BatchStatus(record["status"]) in TERMINAL:
                return record
            if alive is not None and not alive():
                raise EdgeBatchError(f"the worker stopped before batch {batch_id} finished; see its log")
            if deadline is not None and time.monotonic() > deadline:
                raise TimeoutError(f"batch {batch_id} is still {record['status']} after {timeout_s}s")
            time.sleep(poll_s)

    def cancel(self, batch_id: str) -> BatchStatus:
        self._own(batch_id)
        return self.state.request_cancel(batch_id)

    def resume(self, batch_id: str) -> dict[str, Any]:
        """Re-enqueue the shards of a batch that nothing will run otherwise (its queue was lost, its
        workers were killed) and finalise it when every shard is done; return what was done."""
        from .app import app
        from .resume import group_queues_of, resume_batch, spec_of

        try:
            manifest = json.loads(self.storage.get(layout.batch_manifest(batch_id)))
        except FileNotFoundError as exc:
            raise BatchNotFoundError(f"no batch {batch_id!r} in {self.storage.url}") from exc
        if self.identity.authenticated and manifest.get("tenant", "default") != self.settings.tenant:
            raise BatchNotFoundError(f"no batch {batch_id!r} in {self.storage.url}")
        spec = spec_of(self.settings, manifest)
        return resume_batch(app, self.state, self.storage, manifest, queues=(*spec.queues, DEFAULT_QUEUE),
                            group_queues=group_queues_of(spec))

    def commit(self, batch_id: str) -> dict[str, Any]:
        """The batch's commit manifest (raises when the batch is not finalised yet)."""
        key = layout.commit_manifest(batch_id)
        try:
            manifest = json.loads(self.storage.get(layout.batch_manifest(batch_id)))
        except FileNotFoundError:
            manifest = None
        if manifest is not None and manifest.get("tenant", "default") != self.settings.tenant:
            raise BatchNotFoundError(f"no batch {batch_id!r} in {self.storage.url}")
        if not self.storage.exists(key):
            if not self.storage.exists(layout.batch_manifest(batch_id)):
                raise BatchNotFoundError(f"no batch {batch_id!r} in {self.storage.url}")
            raise EdgeBatchError(f"batch {batch_id} is not finalised yet (see `edgebatch status {batch_id}`)")
        return dict(json.loads(self.storage.get(key)))

    def results(self, batch_id: str, dataset: str = "results") -> pa.Table:
        """One dataset (results, audit or errors) of a finished batch as a table."""
        if dataset not in layout.DATASETS:
            raise EdgeBatchError(f"unknown dataset {dataset!r}; use one of {', '.join(layout.DATASETS)}")
        entry = self.commit(batch_id)["files"].get(dataset)
        if entry is None:
            return pa.table({})
        try:
            table = self.storage.get_parquet(entry["key"])
        except FileNotFoundError as exc:
            raise EdgeBatchError(f"the {dataset} of batch {batch_id} expired (EDGEBATCH_RETENTION_DAYS) "
                                 "or were removed") from exc
        if layout.TENANT_PARTITION in table.column_names:  # written before the tenant= partition
            return table
        return table.append_column(layout.TENANT_PARTITION, pa.repeat(pa.scalar(self.settings.tenant), table.num_rows))

    def run(self, folder: str | Path, pipeline: str, *, procs: int | None = None, cpus: str | None = None,
            on_progress: ProgressCallback | None = None, timeout_s: float | None = None) -> dict[str, Any]:
        """One machine, one call: start a worker pool on every queue the pipeline uses, submit, wait,
        stop the pool."""
        spec = find_spec(self.settings.pipelines_dir, pipeline)  # fail fast on a bad name
        queues = tuple(dict.fromkeys((*spec.queues, DEFAULT_QUEUE, CONTROL_QUEUE)))  # every stage group's
        with self.worker_pool(procs=procs, cpus=cpus, queues=queues) as pool:
            batch_id = self.submit(folder, pipeline)
            return self.wait(batch_id, on_progress=on_progress, timeout_s=timeout_s,
                             alive=lambda: pool.poll() is None)

    @contextmanager
    def worker_pool(self, *, procs: int | None = None, cpus: str | None = None,
                    queues: tuple[str, ...] = ()) -> Iterator[subprocess.Popen[bytes]]:
        """An ``edgebatch worker`` in a child process, stopped (warm shutdown) on exit."""
        logs = self.settings.resolved_data_dir / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-m", "edgebatch", "worker"]
        if procs:
            command += ["--procs", str(procs)]
        if cpus:
            command += ["--cpus", cpus]
        if queues:
            command += ["--queues", ",".join(queues)]
        # The pool gets exactly these settings: inherited EDGEBATCH_* variables (a broker URL, a
        # config file) could contradict overrides made in code.
        env = {**{k: v for k, v in os.environ.items() if not k.startswith("EDGEBATCH_")}, **self.settings.as_env()}
        with open(logs / "worker.log", "ab") as log_file:
            process = subprocess.Popen(command, env=env, stdout=log_file, stderr=subprocess.STDOUT,
                                       start_new_session=True)
        try:
            yield process
        finally:
            stop_process(process)


def stop_process(process: subprocess.Popen[bytes], timeout_s: float = 30.0) -> None:
    """SIGTERM (Celery's warm shutdown), then SIGKILL the whole group if it lingers."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout_s)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
