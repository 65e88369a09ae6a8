"""What a worker process does: load the model once, process shards, finalise batches.

One ``WorkerRuntime`` per worker child, built in ``worker_process_init``. Task arguments are
only ids; document text is read from the staging area of the storage backend.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import redis

from . import constants as keys
from .audit import lock_for
from .batch import BatchState, BatchStatus, Outcome
from .broker import broker_url, quick_client, redis_client
from .compaction import compact_batch
from .config import Settings
from .engines.base import Engine
from .errors import ConfigError
from .handoff import Handoff
from .injection import InjectionDetector
from .isolation import run_documents
from .metrics import record_shard
from .models import get_model, model_path
from .pipeline import DocState, PipelineSpec, StageGroup, find_spec, load_spec, run_stages
from .redaction.redactor import Redactor
from .routing.breaker import SharedBreakers
from .routing.budget import BudgetLedger
from .routing.dispatch import RouteContext, run_routed
from .routing.providers import Provider, load_providers
from .routing.router import Load, Router, SlaTier
from .rows import RunInfo, write_shard_part
from .stages import Stage, StageContext, build_stages
from .storage import Storage, layout, open_storage
from .storage.tenant import storage_for
from .tabular import run_table_shard, write_table_parts
from .tenants import TenantUsage, load_tenants

log = logging.getLogger(__name__)

BROKER_OUTAGE_S = 60  # a running shard rides out a broker restart this long before it fails and retries


def build_engine(settings: Settings, *, n_threads: int) -> Engine:
    """The engine of the settings' model, as its registry entry names it (files sha256-checked)."""
    if settings.engine == "fake":
        from .engines.fake import FakeEngine

        # Test-only fault injection for real worker processes (tests/e2e/faults): a slow model,
        # a document that kills its worker, one that hangs it.
        return FakeEngine(_echo_words, name="fake", context_size=settings.n_ctx, record=False,
                          delay_s=float(os.environ.get("EDGEBATCH_FAKE_DELAY_MS", "0")) / 1000,
                          crash_on=os.environ.get("EDGEBATCH_FAKE_CRASH_ON") or None,
                          hang_on=os.environ.get("EDGEBATCH_FAKE_HANG_ON") or None)
    entry = get_model(settings)
    if entry.engine == "openai":
        from .engines.openai_http import OpenAIHTTPEngine

        assert entry.base_url
        return OpenAIHTTPEngine(base_url=entry.base_url, model=entry.remote_model, name=entry.name,
                                prompt_format=entry.prompt_format, api_key=entry.api_key(),
                                api_key_env=entry.api_key_env, timeout_s=entry.timeout_s,
                                max_retries=entry.max_retries, max_concurrency=entry.max_concurrency,
                                context_size=entry.context_size, choice_constraint=entry.choice_constraint)
    path = model_path(settings, entry)
    if entry.engine == "ctransformers":
        from .engines.ctransformers_engine import CTransformersEngine

        return CTransformersEngine(model_path=path, model_type=entry.model_type, model_sha256=entry.identity,
                                   name=entry.name, n_threads=n_threads, context_size=entry.context_size)
    from .engines.llamacpp import LlamaCppEngine

    return LlamaCppEngine(model_path=str(path), model_sha256=entry.identity, name=entry.name, n_threads=n_threads,
                          n_ctx=min(settings.n_ctx, entry.context_size * settings.max_parallel),
                          max_parallel=settings.max_parallel, n_batch=settings.n_batch,
                          kv_cache_type=entry.kv_cache_type)


def _echo_words(prompt: str) -> str:
    """The fake engine's answer: the first words of the prompt's last paragraph (deterministic),
    without the prompt's delimiter tags."""
    cut = prompt.rfind("\n\n", 0, len(prompt.rstrip()))
    tail = prompt if cut < 0 else prompt[cut + 2:]
    words = tail.split(None, 16)[:16]  # enough words without splitting a whole long document
    return " ".join([w for w in words if not (w[0] == "<" and w[-1] == ">")][:12])


class WorkerRuntime:
    """Per-process state: settings, storage, broker state, redactor and the loaded engine."""

    def __init__(self, settings: Settings, *, n_threads: int = 1, storage: Storage | None = None,
                 node: str | None = None) -> None:
        self.settings = settings
        self.n_threads = n_threads
        # In audit rows: the Celery node name (``--name``) and pid, so a row names its worker pool.
        self.worker = f"{node or socket.gethostname()}:{os.getpid()}"
        self.storage = storage or open_storage(settings.effective_storage_url, settings)  # the installation's
        self._tenant_storages: dict[str, Storage] = {}
        self._batch_tenants: dict[str, str] = {}
        url = broker_url(settings, start=False)
        self.state = BatchState(redis_client(url, outage_s=BROKER_OUTAGE_S))
        self.redactor = Redactor.shared()
        self.injection = InjectionDetector()
        self._engine: Engine | None = None
        self._engines: dict[str, Engine] = {}  # other models named by stages (`model:` in a spec)
        self._stages: dict[str, list[Stage]] = {}
        self._specs: dict[str, tuple[tuple[int, int], PipelineSpec]] = {}
        # Breaker state lives in the broker: one process's failures stop every worker calling a dead remote.
        breakers = SharedBreakers(quick_client(url),
                                  failure_threshold=settings.breaker_failures, cooldown_s=settings.breaker_cooldown_s)
        self.router = Router(load_providers(settings.providers_file), breakers)
        self.tenants = load_tenants(settings.tenants_file)
        self._provider_engines: dict[str, Engine] = {}

    def storage_of(self, batch_id: str) -> Storage:
        """The storage of the batch's tenant, which the batch's state in the broker names."""
        tenant = self._batch_tenants.get(batch_id)
        if tenant is None:
            named = self.state.redis.hget(keys.batch_key(batch_id), keys.BATCH_TENANT_FIELD)
            if named is None:  # no state (lost with the broker's data): `resume` rebuilds it
                return self.storage_for("default")
            if len(self._batch_tenants) > 10_000:
                self._batch_tenants.clear()
            tenant = self._batch_tenants[batch_id] = str(named)
        return self.storage_for(tenant)

    def storage_for(self, tenant: str) -> Storage:
        """``tenant``'s own storage (``tenants.yaml``), else the installation's; opened once."""
        if tenant not in self._tenant_storages:
            self._tenant_storages[tenant] = storage_for(self.settings, tenant, default=self.storage)
        return self._tenant_storages[tenant]

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

    def process_shard(self, batch_id: str, shard: int, group: int = 0) -> dict[str, int]:
        """Run stage group ``group`` of one shard. The last group writes the shard's rows and counts
        its outcomes; an earlier one hands the shard to the next group's task on its queue."""
        attempt = self.state.note_attempt(batch_id, shard, group)
        if self.state.shard_done(batch_id, shard):
            return {}  # a redelivery of a shard already counted
        manifest = self.manifest(batch_id)
        spec = self._spec(manifest)
        started = datetime.now(UTC)
        cancelled = self.state.cancel_requested(batch_id)
        if str(shard) in manifest.get("table_shards", {}):
            deaths = self.state.begin_delivery(batch_id, shard, 0)
            with self._delivery(batch_id, shard):
                counts = self._process_table_shard(batch_id, shard, spec, manifest, started, cancelled=cancelled,
                                                   deaths=deaths.whole)
                return self._complete(batch_id, shard, counts, spec=spec, docs=[], attempt=attempt, started=started)
        groups = spec.stage_groups
        if group >= len(groups):
            raise ConfigError(f"pipeline {spec.name!r} has {len(groups)} stage groups, not {group + 1} "
                              "(did its stages change after the batch was submitted?)")
        this, last = groups[group], group == len(groups) - 1
        storage = self.storage_of(batch_id)
        if not last and storage.exists(layout.staging_handoff(batch_id, shard, group + 1)):
            # Redelivered after handing off (the worker died before the ack): send the next group
            # again, since the first send may not have happened; it is idempotent.
            self._send_group(batch_id, shard, groups[group + 1])
            return {}
        if group == 0:
            handoff = Handoff(docs=self._staged_docs(batch_id, shard), started=started)
        else:
            handoff = Handoff.from_bytes(storage.get(layout.staging_handoff(batch_id, shard, group)))
        docs = handoff.docs
        deaths = self.state.begin_delivery(batch_id, shard, len(docs), group)
        with self._delivery(batch_id, shard, group):
            for doc in docs:
                if doc.error is None and cancelled:
                    doc.fail("", "cancelled", "the batch was cancelled before this document ran")
                elif doc.error is None and group == 0:  # flagged on the text as submitted, before redaction
                    doc.injection_counts = self.injection.scan(doc.text)
            run_documents(lambda some: self._run_group(spec, this, some, manifest), docs, deaths,
                          max_deaths=self.settings.max_shard_attempts,
                          mark=lambda index: self.state.mark_running(batch_id, shard, index, group),
                          cancelled=lambda: self.state.cancel_requested(batch_id))
            handoff.ran(this, self.worker, self._model_identity())
            if not last and any(d.error is None for d in docs):
                storage.put(layout.staging_handoff(batch_id, shard, group + 1), handoff.to_bytes())
                self._send_group(batch_id, shard, groups[group + 1])
                log.info("stage group done", extra={"batch_id": batch_id, "shard": shard, "pipeline": spec.name,
                                                    "attempt": attempt, "stage": ",".join(this.stages),
                                                    "timings": _timings(docs, started)})
                return {}
            run = RunInfo(batch_id, spec, manifest["submitter"], handoff.model, handoff.model_sha256,
                          self.settings.cloud_price_input_per_1k, self.settings.cloud_price_output_per_1k,
                          worker=self.worker, stage_workers=handoff.stage_workers_json(),
                          tenant=manifest.get("tenant", "default"))
            counts = self._write_parts(run, shard, docs, handoff.started)
            return self._complete(batch_id, shard, counts, spec=spec, docs=docs, attempt=attempt,
                                  started=handoff.started)

    @contextmanager
    def _delivery(self, batch_id: str, shard: int, group: int = 0) -> Iterator[None]:
        """Clear the delivery mark of the shard's stage group when the delivery returns or raises an
        Exception (the task retries: not a death). SystemExit (the hard time limit or a cold
        shutdown terminating this child) leaves the mark, so the next delivery counts a death."""
        try:
            yield
        except Exception:
            self._end_delivery(batch_id, shard, group)
            raise
        self._end_delivery(batch_id, shard, group)

    def _end_delivery(self, batch_id: str, shard: int, group: int) -> None:
        try:
            self.state.end_delivery(batch_id, shard, group)
        except redis.RedisError as exc:  # never hide the exception that got us here
            log.warning("could not clear the delivery mark of shard %s/%d: %s", batch_id, shard, type(exc).__name__)

    def _run_group(self, spec: PipelineSpec, group: StageGroup, docs: list[DocState], manifest: dict[str, Any]) -> None:
        """Run one stage group: redaction here, then the model stages where the router sends each
        document (the router only ever sees redacted text: routing starts after the last redact stage)."""
        stages = self._stages_for(spec)[group.start:group.end]
        cut = max((i + 1 for i, stage in enumerate(stages) if stage.kind == "redact"), default=0)
        if cut:
            run_stages(stages[:cut], docs)
        rest = stages[cut:]
        model_stages = [stage for stage in rest if stage.needs_model]
        alive = [doc for doc in docs if doc.error is None]
        if not model_stages or not self.router.may_route:
            run_stages(rest, alive)
            if model_stages:
                for doc in alive:
                    doc.provider, doc.route_reason = self.router.local.name, self.router.local_reason
            return
        tenant = manifest.get("tenant", "default")
        ctx = RouteContext(tenant=tenant, classification=spec.data_classification,
                           sla=SlaTier(manifest.get("sla", "standard")), task=model_stages[0].kind,
                           load=self._load(group.queue),
                           budget_limit_usd=self.tenants.quota(tenant).budget_usd_per_month,
                           ledger=BudgetLedger(self.state.redis), is_clean=self._is_clean,
                           identity=self._provider_identity,
                           cost_tokens=lambda chars: _model_tokens_bound(model_stages, chars))
        start, end = group.start + cut, group.end
        run_routed(self.router, alive, ctx, lambda provider: self._provider_stages(spec, provider)[start:end])

    def _load(self, queue: str) -> Load:
        """Backlog of the model queue and busy workers (kombu's unacked hash), one round trip."""
        pipe = self.state.redis.pipeline()
        pipe.llen(queue)
        pipe.hlen("unacked")
        depth, busy = pipe.execute()
        return Load(queue_depth=int(depth), workers=max(1, int(busy)))

    def _is_clean(self, text: str) -> bool:
        """A second PII scan of redacted text before it may leave the machine."""
        return not self.redactor.mask_output(text).spans

    def _provider_stages(self, spec: PipelineSpec, provider: Provider) -> list[Stage]:
        if not provider.is_remote and provider.model in (None, self.settings.model):
            return self._stages_for(spec)
        key = f"{spec.source_dir}/{spec.name}@{spec.version}#{provider.name}"
        if key not in self._stages:
            context = StageContext(spec=spec, redactor=self.redactor,
                                   engine_factory=lambda: self._provider_engine(provider))
            self._stages[key] = build_stages(context)
        return self._stages[key]

    def _provider_identity(self, provider: Provider) -> tuple[str, str]:
        engine = self._provider_engines.get(provider.name)
        return (engine.name, engine.model_sha256) if engine is not None else ("", "")

    def _provider_engine(self, provider: Provider) -> Engine:
        """The engine of a provider: its registry model, with the provider's timeouts when remote."""
        if provider.name in self._provider_engines:
            return self._provider_engines[provider.name]
        if not provider.is_remote:
            engine = self.engine_for(provider.model or self.settings.model)
        else:
            from .engines.openai_http import OpenAIHTTPEngine

            entry = get_model(self.settings, provider.model)
            if not entry.base_url:
                raise ConfigError(f"provider {provider.name!r}: model {provider.model!r} is not an endpoint "
                                  "(`engine: openai` with a base_url in the model registry)")
            engine = OpenAIHTTPEngine(base_url=entry.base_url, model=entry.remote_model, name=entry.name,
                                      prompt_format=entry.prompt_format, api_key=entry.api_key(),
                                      api_key_env=entry.api_key_env, timeout_s=provider.timeout_s,
                                      max_retries=provider.max_retries, max_concurrency=entry.max_concurrency,
                                      context_size=min(entry.context_size, provider.context_size),
                                      choice_constraint=entry.choice_constraint)
        self._provider_engines[provider.name] = engine
        return engine

    def _send_group(self, batch_id: str, shard: int, group: StageGroup) -> None:
        from .tasks import process_shard

        process_shard.apply_async((batch_id, shard, group.index), queue=group.queue)  # ids only

    def fail_shard(self, batch_id: str, shard: int, message: str, group: int = 0) -> dict[str, int]:
        """Give every document of a shard that cannot be processed a ``shard_failed`` error row.

        Past the first stage group, documents that had already failed keep their own error."""
        if self.state.shard_done(batch_id, shard):
            return {}
        manifest = self.full_manifest(batch_id)
        spec = self._spec(manifest)
        started = datetime.now(UTC)
        handoff = None
        if group > 0:
            try:
                key = layout.staging_handoff(batch_id, shard, group)
                handoff = Handoff.from_bytes(self.storage_of(batch_id).get(key))
            except Exception as exc:  # the hand-off may be what cannot be read
                log.error("shard %s/%d: hand-off to group %d unreadable: %s", batch_id, shard, group,
                          type(exc).__name__)
        if handoff is None:
            docs = [DocState(doc_id=d["doc_id"], source=d["doc_id"], sha256=d["sha256"])
                    for d in manifest["documents"] if d["shard"] == shard]
            handoff = Handoff(docs=docs, started=started)
        for doc in handoff.docs:
            if doc.error is None:
                doc.fail("shard", "shard_failed", message)
        groups = spec.stage_groups
        if group < len(groups):
            handoff.ran(groups[group], self.worker, ("", ""))
        run = RunInfo(batch_id, spec, manifest["submitter"], handoff.model, handoff.model_sha256, 0.0, 0.0,
                      worker=self.worker, stage_workers=handoff.stage_workers_json(),
                      tenant=manifest.get("tenant", "default"))
        counts = self._write_parts(run, shard, handoff.docs, started)
        return self._complete(batch_id, shard, counts, spec=spec, docs=handoff.docs, attempt=0, started=started)

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
        manifest = self.full_manifest(batch_id)
        started = time.perf_counter()
        commit: dict[str, Any]
        storage = self.storage_of(batch_id)
        if storage.exists(layout.commit_manifest(batch_id)):
            commit = json.loads(storage.get(layout.commit_manifest(batch_id)))
        else:
            lock = lock_for(self.settings.audit_lock_mode, self.settings.audit_lock_days)
            commit = compact_batch(storage, manifest, audit_lock=lock)
        compaction_ms = round((time.perf_counter() - started) * 1000, 1)
        storage.delete_prefix(layout.staging_prefix(batch_id))
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
        storage = self.storage_of(batch_id)
        table = storage.get_parquet(layout.staging_table_shard(batch_id, shard))
        stop_code, stop_message = None, ""
        if cancelled:
            stop_code, stop_message = "cancelled", "the batch was cancelled before this row ran"
        elif deaths >= self.settings.max_shard_attempts:
            stop_code = "dead_letter"
            stop_message = f"its shard's worker died {deaths} times (crash, kill or time limit)"
        worker = self.worker
        stage_workers = json.dumps([{"group": 0, "queue": spec.shard_queue, "stages": [s.name for s in spec.stages],
                                     "worker": worker}], separators=(",", ":"))  # tables: always one group
        try:
            result = run_table_shard(table, self._stages_for(spec), stop_code=stop_code, stop_message=stop_message)
            run = RunInfo(batch_id, spec, manifest["submitter"], result[4], result[5], 0.0, 0.0, worker=worker,
                          stage_workers=stage_workers, tenant=manifest.get("tenant", "default"))
            return write_table_parts(storage, run, shard, table, entry["source"], entry["sha256"], result,
                                     started)
        except Exception as exc:  # a broken shard must end as error rows, never hang the batch
            log.error("table shard %s/%d failed: %s", batch_id, shard, type(exc).__name__)
            result = run_table_shard(table, [], stop_code="stage_failed",
                                     stop_message=f"internal error while scoring this shard: {type(exc).__name__}")
            run = RunInfo(batch_id, spec, manifest["submitter"], "", "", 0.0, 0.0, worker=worker,
                          stage_workers=stage_workers, tenant=manifest.get("tenant", "default"))
            return write_table_parts(storage, run, shard, table, entry["source"], entry["sha256"], result,
                                     started)

    def manifest(self, batch_id: str) -> dict[str, Any]:
        """The batch's manifest without its per-document list (what a shard needs), cached."""
        return _cached_manifest(self.storage_of(batch_id), batch_id)

    def full_manifest(self, batch_id: str) -> dict[str, Any]:
        """The whole manifest, per-document list included (finalising, failing a shard); not cached."""
        return dict(json.loads(self.storage_of(batch_id).get(layout.batch_manifest(batch_id))))

    def _spec(self, manifest: dict[str, Any]) -> PipelineSpec:
        path = manifest.get("pipeline_path")
        if path and Path(path).is_file():
            return self._load_spec(Path(path))
        candidate = Path(self.settings.pipelines_dir) / f"{manifest['pipeline']}.yaml"
        if candidate.is_file():
            return self._load_spec(candidate)
        return find_spec(self.settings.pipelines_dir, manifest["pipeline"])  # raises a clear error

    def _load_spec(self, path: Path) -> PipelineSpec:
        """The spec in ``path``, parsed again only when the file changed (YAML + validation cost
        milliseconds, paid per shard before)."""
        info = path.stat()
        key = (info.st_mtime_ns, info.st_size)
        cached = self._specs.get(str(path))
        if cached is None or cached[0] != key:
            cached = (key, load_spec(path))
            self._specs[str(path)] = cached
        return cached[1]

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
        for line in self.storage_of(batch_id).get(layout.staging_shard(batch_id, shard)).decode().splitlines():
            record = json.loads(line)
            doc = DocState(doc_id=record["doc_id"], source=record["source"], sha256=record["sha256"],
                           text=record.get("text", ""))
            if record.get("error_code"):
                doc.fail("input", record["error_code"], record["error_message"])
            docs.append(doc)
        return docs

    def _write_parts(self, run: RunInfo, shard: int, docs: list[DocState], started: datetime) -> dict[Outcome, int]:
        storage = self.storage_of(run.batch_id)
        counts = write_shard_part(storage, run, shard, docs, started, datetime.now(UTC))
        TenantUsage(self.state.redis).add_tokens(run.tenant, sum(d.tokens_in + d.tokens_out for d in docs))
        return counts


def _model_tokens_bound(stages: list[Stage], chars: int) -> tuple[int, int]:
    """(prompt, output) tokens of all of ``stages``' model calls for a document of ``chars`` characters."""
    bounds = [stage.model_tokens_bound(chars) for stage in stages]
    return sum(prompt for prompt, _ in bounds), sum(output for _, output in bounds)


def _timings(docs: list[DocState], started: datetime) -> dict[str, float]:
    """Milliseconds per stage (summed over the shard's documents) and wall time of the shard."""
    timings: dict[str, float] = {}
    for doc in docs:
        for stage, ms in doc.latency_ms.items():
            timings[f"{stage}_ms"] = timings.get(f"{stage}_ms", 0.0) + ms
    timings = {k: round(v, 1) for k, v in timings.items()}
    timings["shard_ms"] = round((datetime.now(UTC) - started).total_seconds() * 1000, 1)
    return timings


@lru_cache(maxsize=64)
def _cached_manifest(storage: Storage, batch_id: str) -> dict[str, Any]:
    # Without "documents": 64 cached manifests of 100,000-document batches would pin ~2.5 GB.
    manifest = dict(json.loads(storage.get(layout.batch_manifest(batch_id))))
    manifest.pop("documents", None)
    return manifest
