"""The three datasets' rows and their versioned Parquet schemas: results, audit, errors.

Results carry only redacted text and model outputs. The audit carries hashes, counts and
decisions, never content. Timestamps are tz-aware UTC (TIMESTAMP(MICROS, isAdjustedToUTC)).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pyarrow as pa

from .pipeline import DocState, OutputField, PipelineSpec

SCHEMA_VERSION = 3  # 2: audit `stage_workers`; 3: `tenant` everywhere, audit `provider` + `route_reason`
TS = pa.timestamp("us", tz="UTC")
_ARROW_TYPES = {"string": pa.string(), "float": pa.float64(), "int": pa.int64(), "bool": pa.bool_()}


@dataclass(frozen=True)
class RunInfo:
    """What every row of one batch shares."""

    batch_id: str
    pipeline: PipelineSpec
    submitter: str
    model: str
    model_sha256: str
    price_in_per_1k: float
    price_out_per_1k: float
    worker: str = ""  # the worker that wrote the rows (ran the last stage group)
    stage_workers: str = "[]"  # JSON: [{group, queue, stages, worker}] per stage group that ran
    tenant: str = "default"


def results_schema(spec: PipelineSpec) -> pa.Schema:
    fields = [
        ("schema_version", pa.int32()), ("doc_id", pa.string()), ("source", pa.string()), ("sha256", pa.string()),
        ("pipeline", pa.string()), ("pipeline_version", pa.int32()), ("batch_id", pa.string()),
        ("tenant", pa.string()), ("redacted_text", pa.string()),
    ]
    fields += [(name, _arrow_type(field)) for name, field in spec.output.items()]
    fields += [
        ("model", pa.string()), ("model_sha256", pa.string()), ("tokens_in", pa.int64()), ("tokens_out", pa.int64()),
        ("provider", pa.string()),
    ]
    fields += [(f"latency_ms_{stage.name}", pa.float64()) for stage in spec.stages]
    fields += [("latency_ms_total", pa.float64()), ("pii_counts", pa.string()), ("pii_in_outputs", pa.int64()),
               ("started_at", TS), ("finished_at", TS)]
    return pa.schema(fields, metadata={"edgebatch_schema_version": str(SCHEMA_VERSION), "dataset": "results"})


def table_results_schema(spec: PipelineSpec) -> pa.Schema:
    """Results of an ``input: table`` pipeline: one row per input row, outputs as columns, no text."""
    fields = [
        ("schema_version", pa.int32()), ("doc_id", pa.string()), ("source", pa.string()), ("sha256", pa.string()),
        ("pipeline", pa.string()), ("pipeline_version", pa.int32()), ("batch_id", pa.string()),
        ("tenant", pa.string()),
    ]
    fields += [(name, _arrow_type(field)) for name, field in spec.output.items()]
    fields += [("model", pa.string()), ("model_sha256", pa.string())]
    fields += [(f"latency_ms_{stage.name}", pa.float64()) for stage in spec.stages]
    fields += [("latency_ms_total", pa.float64()), ("started_at", TS), ("finished_at", TS)]
    return pa.schema(fields, metadata={"edgebatch_schema_version": str(SCHEMA_VERSION), "dataset": "results"})


AUDIT_SCHEMA = pa.schema(
    [
        ("schema_version", pa.int32()), ("ts", TS), ("batch_id", pa.string()), ("doc_id", pa.string()),
        ("sha256", pa.string()), ("submitter", pa.string()), ("pipeline", pa.string()),
        ("pipeline_version", pa.int32()), ("outcome", pa.string()), ("error_code", pa.string()),
        ("model", pa.string()), ("model_sha256", pa.string()), ("latency_ms", pa.float64()),
        ("tokens_in", pa.int64()), ("tokens_out", pa.int64()), ("cost_usd", pa.float64()),
        ("cloud_equivalent_usd", pa.float64()), ("data_classification", pa.string()),
        ("retention_days", pa.int32()), ("pii_counts", pa.string()), ("pii_total", pa.int64()),
        ("pii_in_outputs", pa.int64()), ("worker", pa.string()), ("stage_workers", pa.string()),
        ("tenant", pa.string()), ("provider", pa.string()), ("route_reason", pa.string()),
    ],
    metadata={"edgebatch_schema_version": str(SCHEMA_VERSION), "dataset": "audit"},
)

ERRORS_SCHEMA = pa.schema(
    [
        ("schema_version", pa.int32()), ("ts", TS), ("batch_id", pa.string()), ("doc_id", pa.string()),
        ("source", pa.string()), ("sha256", pa.string()), ("pipeline", pa.string()), ("stage", pa.string()),
        ("error_code", pa.string()), ("error_message", pa.string()), ("tenant", pa.string()),
    ],
    metadata={"edgebatch_schema_version": str(SCHEMA_VERSION), "dataset": "errors"},
)


def result_row(doc: DocState, run: RunInfo, started: datetime, finished: datetime) -> dict[str, Any]:
    spec = run.pipeline
    row: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION, "doc_id": doc.doc_id, "source": doc.source, "sha256": doc.sha256,
        "pipeline": spec.name, "pipeline_version": spec.version, "batch_id": run.batch_id,
        "redacted_text": doc.text, "model": doc.model or run.model,
        "model_sha256": doc.model_sha256 or run.model_sha256,
        "tokens_in": doc.tokens_in, "tokens_out": doc.tokens_out,
        "latency_ms_total": sum(doc.latency_ms.values()), "pii_counts": _json_counts(doc),
        "pii_in_outputs": doc.pii_in_outputs, "started_at": started, "finished_at": finished,
        "tenant": run.tenant, "provider": doc.provider or None,
    }
    row.update({name: doc.outputs.get(name) for name in spec.output})
    row.update({f"latency_ms_{stage.name}": doc.latency_ms.get(stage.name) for stage in spec.stages})
    return row


def audit_row(doc: DocState, run: RunInfo, outcome: str, ts: datetime) -> dict[str, Any]:
    spec = run.pipeline
    cloud = doc.tokens_in / 1000 * run.price_in_per_1k + doc.tokens_out / 1000 * run.price_out_per_1k
    return {
        "schema_version": SCHEMA_VERSION, "ts": ts, "batch_id": run.batch_id, "doc_id": doc.doc_id,
        "sha256": doc.sha256, "submitter": run.submitter, "pipeline": spec.name, "pipeline_version": spec.version,
        "outcome": outcome, "error_code": doc.error.code if doc.error else None,
        "model": doc.model or run.model, "model_sha256": doc.model_sha256 or run.model_sha256,
        "latency_ms": sum(doc.latency_ms.values()),
        "tokens_in": doc.tokens_in, "tokens_out": doc.tokens_out, "cost_usd": round(doc.cost_usd, 8),
        "cloud_equivalent_usd": round(cloud, 8), "data_classification": spec.data_classification.value,
        "retention_days": spec.retention_days, "pii_counts": _json_counts(doc),
        "pii_total": sum(doc.pii_counts.values()), "pii_in_outputs": doc.pii_in_outputs, "worker": run.worker,
        "stage_workers": run.stage_workers, "tenant": run.tenant, "provider": doc.provider or None,
        "route_reason": doc.route_reason or None,
    }


def error_row(doc: DocState, run: RunInfo, ts: datetime) -> dict[str, Any]:
    assert doc.error is not None
    return {
        "schema_version": SCHEMA_VERSION, "ts": ts, "batch_id": run.batch_id, "doc_id": doc.doc_id,
        "source": doc.source, "sha256": doc.sha256, "pipeline": run.pipeline.name, "stage": doc.error_stage,
        "error_code": doc.error.code, "error_message": doc.error.message, "tenant": run.tenant,
    }


def _arrow_type(field: OutputField) -> pa.DataType:
    return _ARROW_TYPES[field.type]


def _json_counts(doc: DocState) -> str:
    return json.dumps(dict(sorted(doc.pii_counts.items())), separators=(",", ":"))


def table_of(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    """Rows as an Arrow table. ``Table.from_pylist`` costs ~4 ms per call whatever the size, which
    dominates a shard of a few documents; building columns is ~10x cheaper there."""
    if len(rows) >= 256:
        return pa.Table.from_pylist(rows, schema=schema)
    return pa.Table.from_arrays([pa.array([row.get(f.name) for row in rows], f.type) for f in schema], schema=schema)
