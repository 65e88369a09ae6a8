"""What a worker process does: load the model once, process shards, finalise batches.

One ``WorkerRuntime`` per worker child, built in ``worker_process_init``. Task arguments are
only ids; document text is read from the staging area of the storage backend.
"""

from __future__ import annotations

import json
import os
import socket
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

import redis

from .audit import lock_for
from .batch import BatchState, BatchStatus, Outcome
from .broker import broker_url, redis_client
from .compaction import compact_batch
from .config import Settings
from .metrics import record_shard
from .engines.base import Engine
from .models import get_model, model_path
from .isolation import run_documents
from .pipeline import DocState, PipelineSpec, find_spec, load_spec
from .redaction.redactor import Redactor
from .rows import (AUDIT_SCHEMA, ERRORS_SCHEMA, RunInfo, audit_row, error_row, result_row, results_schema,
                   table_of)
from .stages import Stage, StageContext, build_stages
from .storage import Storage, layout, open_storage
from .tabular import run_table_shard, write_table_parts

log = logging.getLogger(__name__)

BROKER_OUTAGE_S = 60  # a running shard rides out a broker restart this long before it fails and retries


def build_engine(settings: Settings, *, n_threads: int) -> Engine:
    """The engine named by the settings, with its verified model loaded."""
    if settings.engine == "fake":
        from .engines.fake import FakeEngine

        # Test-only fault injection for real worker processes (tests/e2e/faults): a slow model,
        # a document that kills its worker, one that hangs it.
        return FakeEngine(_echo_words, name="fake", context_size=settings.n_ctx,
                          delay_s=float(os.environ.get("EDGEBATCH_FAKE_DELAY_MS", "0")) / 1000,
                          crash_on=os.environ.get("EDGEBATCH_FAKE_CRASH_ON") or None,
                          hang_on=os.environ.get("EDGEBATCH_FAKE_HANG_ON") or None)
    from .engines.llamacpp import LlamaCppEngine

    entry = get_model(settings)
    path = model_path(settings, entry)
    return LlamaCppEngine(model_path=str(path), model_sha256=entry.sha256, name=entry.name, n_threads=n_threads,
                          n_ctx=min(settings.n_ctx, entry.context_size * settings.max_parallel),
                          max_parallel=settings.max_parallel)


def _echo_words(prompt: str) -> str:
    """The fake engine's answer: the first words of the prompt's last paragraph (deterministic)."""
    tail = prompt.rstrip().rsplit("\n\n", 1)[-1]
    return " ".join(tail.split()[:12])


class WorkerRuntime:
    """Per-process state: settings, storage, broker state, redactor and the loaded engine."""

    def __init__(self, settings: Settings, *, n_threads: int = 1, storage: Storage | None = None) -> None:
        self.settings = settings
        self.n_threads = n_threads
        self.storage = storage or open_storage(settings.effective_storage_url, settings)
        self.state = BatchState(redis_client(broker_url(settings, start=False), outage_s=BROKER_OUTAGE_S))
        self.redactor = Redactor.default()
        self._engine: Engine | None = None
        self._engines: dict[str, Engine] = {}  # other models named by stages (`model:` in a spec)
        self._stages: dict[str, list[Stage]] = {}

    def engine(self) -> Engine:
        if self._engine is None:
            started = time.perf_counter()
            log.info("loading model %s (assembled and sha256-checked on first use)", self.settings.model,
                     extra={"stage": "model_load"})
            self._engine = build_engine(self.settings, n_threads=self.n_threads)
            seconds = time.perf_counter() - started
            log.info("model %s loaded in %.1fs with %d threads", self._engine.name, seconds, self.n_threads,
                     extra={"stage": "model_load", "timings": {"model_load_ms": round(seconds * 1000, 1)}})
        return self._engine

    def engine_for(self, model: str) -> Engine:
        """The engine of registry model ``model`` (the default one when it is the default)."""
        if model == self.settings.model:
            return self.engine()
        if model not in self._engines:
            settings = self.settings.model_copy(update={"model": model})
            self._engines[model] = build_engine(settings, n_threads=self.n_threads)
            log.info("model %s loaded for a stage", model)
        return self._engines[model]

    def process_shard(self, batch_id: str, shard: int) -> dict[str, int]:
        """Run one shard through its pipeline and record its rows and outcome counts."""
        attempt = self.state.note_attempt(batch_id, shard)
        if self.state.shard_done(batch_id, shard):
            return {}  # a redelivery of a shard already counted
        manifest = self.manifest(batch_id)
        spec = self._spec(manifest)
        started = datetime.now(timezone.utc)
        cancelled = self.state.cancel_requested(batch_id)
        if str(shard) in manifest.get("table_shards", {}):
            deaths = self.state.begin_delivery(batch_id, shard, 0)
            with self._delivery(batch_id, shard):
                counts = self._process_table_shard(batch_id, shard, spec, manifest, started, cancelled=cancelled,
                                                   deaths=deaths.whole)
                return self._complete(batch_id, shard, counts, spec=spec, docs=[], attempt=attempt, started=started)
        docs = self._staged_docs(batch_id, shard)
        deaths = self.state.begin_delivery(batch_id, shard, len(docs))
        with self._delivery(batch_id, shard):
            for doc in docs:
                if doc.error is None and cancelled:
                    doc.fail("", "cancelled", "the batch was cancelled before this document ran")
            run_documents(self._stages_for(spec), docs, deaths, max_deaths=self.settings.max_shard_attempts,
                          mark=lambda index: self.state.mark_running(batch_id, shard, index),
                          cancelled=lambda: self.state.cancel_requested(batch_id))
            engine_name, engine_sha = self._model_identity()
            run = RunInfo(batch_id, spec, manifest["submitter"], engine_name, engine_sha,
                          self.settings.cloud_price_input_per_1k, self.settings.cloud_price_output_per_1k,
                          worker=f"{socket.gethostname()}:{os.getpid()}")
            counts = self._write_parts(run, shard, docs, started)
            return self._complete(batch_id, shard, counts, spec=spec, docs=docs, attempt=attempt, started=started)

    @contextmanager
    def _delivery(self, batch_id: str, shard: int) -> Iterator[None]:
        """Clear the shard's delivery mark when the delivery returns or raises an Exception (the
        task retries: not a death). SystemExit (the hard time limit or a cold shutdown terminating
        this child) leaves the mark, so the next delivery counts a death."""
        try:
            yield
        except Exception:
            self._end_delivery(batch_id, shard)
            raise
        self._end_delivery(batch_id, shard)

    def _end_delivery(self, batch_id: str, shard: int) -> None:
        try:
            self.state.end_delivery(batch_id, shard)
        except redis.RedisError as exc:  # never hide the exception that got us here
            log.warning("could not clear the delivery mark of shard %s/%d: %s", batch_id, shard, type(exc).__name__)

    def fail_shard(self, batch_id: str, shard: int, message: str) -> dict[str, int]:
        """Give every document of a shard that cannot be processed a ``shard_failed`` error row."""
        if self.state.shard_done(batch_id, shard):
            return {}
        manifest = self.manifest(batch_id)
        spec = self._spec(manifest)
        started = datetime.now(timezone.utc)
        docs = [DocState(doc_id=d["doc_id"], source=d["doc_id"], sha256=d["sha256"])
                for d in manifest["documents"] if d["shard"] == shard]
        for doc in docs:
            doc.fail("shard", "shard_failed", message)
        run = RunInfo(batch_id, spec, manifest["submitter"], "", "", 0.0, 0.0,
                      worker=f"{socket.gethostname()}:{os.getpid()}")
        counts = self._write_parts(run, shard, docs, started)
        return self._complete(batch_id, shard, counts, spec=spec, docs=docs, attempt=0, started=started)

    def _complete(self, batch_id: str, shard: int, counts: dict[Outcome, int], *, spec: PipelineSpec,
                  docs: list[DocState], attempt: int, started: datetime) -> dict[str, int]:
        """Count the shard once, record its metrics and log line, and finalise after the last one."""
        _, last = self.state.complete_shard(batch_id, shard, counts)
        outcomes = {outcome.value: n for outcome, n in counts.items()}
        record_shard(spec.name, docs, outcomes)
        log.info("shard done", extra={"batch_id": batch_id, "shard": shard, "pipeline": spec.name,
                                      "attempt": attempt, "outcomes": outcomes, "timings": _timings(docs, started)})
        if last:
            from .tasks import finalize_batch

            finalize_batch.delay(batch_id)
        return outcomes

    def finalize(self, batch_id: str) -> dict[str, Any]:
        """Compact the batch's parts, commit it, drop its staged text, set its final status.

        Safe to run again after it died half-way: a batch already committed only gets its staged
        text dropped and its status set."""
        manifest = self.manifest(batch_id)
        started = time.perf_counter()
        commit: dict[str, Any]
        if self.storage.exists(layout.commit_manifest(batch_id)):
            commit = json.loads(self.storage.get(layout.commit_manifest(batch_id)))
        else:
            lock = lock_for(self.settings.audit_lock_mode, self.settings.audit_lock_days)
            commit = compact_batch(self.storage, manifest, audit_lock=lock)
        compaction_ms = round((time.perf_counter() - started) * 1000, 1)
        self.storage.delete_prefix(layout.staging_prefix(batch_id))
        if commit["missing_documents"]:
            final = BatchStatus.failed
        elif self.state.cancel_requested(batch_id):
            final = BatchStatus.cancelled
        else:
            final = BatchStatus.completed
        self.state.update(batch_id, status=final.value, finished_at=time.time())
        log.info("batch %s %s", batch_id, final.value, extra={
            "batch_id": batch_id, "pipeline": manifest["pipeline"], "stage": "compaction",
            "outcomes": commit["outcomes"], "timings": {"compaction_ms": compaction_ms}})
        return commit

    def _process_table_shard(self, batch_id: str, shard: int, spec: PipelineSpec, manifest: dict[str, Any],
                             started: datetime, *, cancelled: bool, deaths: int) -> dict[Outcome, int]:
        """A shard of rows: table stages over whole columns, parts written as whole columns."""
        entry = manifest["table_shards"][str(shard)]
        table = self.storage.get_parquet(layout.staging_table_shard(batch_id, shard))
        stop_code, stop_message = None, ""
        if cancelled:
            stop_code, stop_message = "cancelled", "the batch was cancelled before this row ran"
        elif deaths >= self.settings.max_shard_attempts:
            stop_code = "dead_letter"
            stop_message = f"its shard's worker died {deaths} times (crash, kill or time limit)"
        worker = f"{socket.gethostname()}:{os.getpid()}"
        try:
            result = run_table_shard(table, self._stages_for(spec), stop_code=stop_code, stop_message=stop_message)
            run = RunInfo(batch_id, spec, manifest["submitter"], result[4], result[5], 0.0, 0.0, worker=worker)
            return write_table_parts(self.storage, run, shard, table, entry["source"], entry["sha256"], result,
                                     started)
        except Exception as exc:  # a broken shard must end as error rows, never hang the batch
            log.error("table shard %s/%d failed: %s", batch_id, shard, type(exc).__name__)
            result = run_table_shard(table, [], stop_code="stage_failed",
                                     stop_message=f"internal error while scoring this shard: {type(exc).__name__}")
            run = RunInfo(batch_id, spec, manifest["submitter"], "", "", 0.0, 0.0, worker=worker)
            return write_table_parts(self.storage, run, shard, table, entry["source"], entry["sha256"], result,
                                     started)

    def manifest(self, batch_id: str) -> dict[str, Any]:
        return _cached_manifest(self.storage, batch_id)

    def _spec(self, manifest: dict[str, Any]) -> PipelineSpec:
        path = manifest.get("pipeline_path")
        if path and Path(path).is_file():
            return load_spec(Path(path))
        return find_spec(self.settings.pipelines_dir, manifest["pipeline"])

    def _stages_for(self, spec: PipelineSpec) -> list[Stage]:
        key = f"{spec.source_dir}/{spec.name}@{spec.version}"
        if key not in self._stages:
            context = StageContext(spec=spec, redactor=self.redactor, engine_factory=self.engine,
                                   model_engine_factory=self.engine_for)
            self._stages[key] = build_stages(context)
        return self._stages[key]

    def _model_identity(self) -> tuple[str, str]:
        if self._engine is None:
            return "", ""
        return self._engine.name, self._engine.model_sha256

    def _staged_docs(self, batch_id: str, shard: int) -> list[DocState]:
        docs = []
        for line in self.storage.get(layout.staging_shard(batch_id, shard)).decode().splitlines():
            record = json.loads(line)
            doc = DocState(doc_id=record["doc_id"], source=record["source"], sha256=record["sha256"],
                           text=record.get("text", ""))
            if record.get("error_code"):
                doc.fail("input", record["error_code"], record["error_message"])
            docs.append(doc)
        return docs

    def _write_parts(self, run: RunInfo, shard: int, docs: list[DocState], started: datetime) -> dict[Outcome, int]:
        finished = datetime.now(timezone.utc)
        results, audits, errors = [], [], []
        counts = {Outcome.succeeded: 0, Outcome.errored: 0, Outcome.cancelled: 0}
        for doc in docs:
            outcome = outcome_of(doc)
            counts[outcome] += 1
            audits.append(audit_row(doc, run, outcome.value, finished))
            if outcome is Outcome.succeeded:
                results.append(result_row(doc, run, started, finished))
            elif outcome is Outcome.errored:
                errors.append(error_row(doc, run, finished))
        batch_id = run.batch_id
        for dataset, rows, schema in (("results", results, results_schema(run.pipeline)),
                                      ("audit", audits, AUDIT_SCHEMA), ("errors", errors, ERRORS_SCHEMA)):
            key = layout.shard_part(batch_id, dataset, shard)
            if rows:
                self.storage.put_parquet(key, table_of(rows, schema))
            else:
                self.storage.delete(key)
        return counts


def _timings(docs: list[DocState], started: datetime) -> dict[str, float]:
    """Milliseconds per stage (summed over the shard's documents) and wall time of the shard."""
    timings: dict[str, float] = {}
    for doc in docs:
        for stage, ms in doc.latency_ms.items():
            timings[f"{stage}_ms"] = timings.get(f"{stage}_ms", 0.0) + ms
    timings = {k: round(v, 1) for k, v in timings.items()}
    timings["shard_ms"] = round((datetime.now(timezone.utc) - started).total_seconds() * 1000, 1)
    return timings


def outcome_of(doc: DocState) -> Outcome:
    if doc.error is None:
        return Outcome.succeeded
    return Outcome.cancelled if doc.error.code == "cancelled" else Outcome.errored


@lru_cache(maxsize=64)
def _cached_manifest(storage: Storage, batch_id: str) -> dict[str, Any]:
    return dict(json.loads(storage.get(layout.batch_manifest(batch_id))))
