"""The three datasets' rows and their versioned Parquet schemas: results, audit, errors.

Results carry only redacted text and model outputs. The audit carries hashes, counts and
decisions, never content. Timestamps are tz-aware UTC (TIMESTAMP(MICROS, isAdjustedToUTC)).

Schema versions (``schema_version`` column and file metadata; readers merge them by name):
1. the first release;
2. ``injection_counts`` (JSON: prompt-injection signal -> matches) and ``injection_total`` in
   results and audit of document pipelines (``edgebatch.injection``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from operator import itemgetter
from typing import Any

import pyarrow as pa

from .pipeline import DocState, OutputField, PipelineSpec

SCHEMA_VERSION = 2
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
    worker: str = ""


def results_schema(spec: PipelineSpec) -> pa.Schema:
    fields = [
        ("schema_version", pa.int32()), ("doc_id", pa.string()), ("source", pa.string()), ("sha256", pa.string()),
        ("pipeline", pa.string()), ("pipeline_version", pa.int32()), ("batch_id", pa.string()),
        ("redacted_text", pa.string()),
    ]
    fields += [(name, _arrow_type(field)) for name, field in spec.output.items()]
    fields += [
        ("model", pa.string()), ("model_sha256", pa.string()), ("tokens_in", pa.int64()), ("tokens_out", pa.int64()),
    ]
    fields += [(f"latency_ms_{stage.name}", pa.float64()) for stage in spec.stages]
    fields += [("latency_ms_total", pa.float64()), ("pii_counts", pa.string()), ("pii_in_outputs", pa.int64()),
               ("injection_counts", pa.string()), ("injection_total", pa.int64()),
               ("started_at", TS), ("finished_at", TS)]
    return pa.schema(fields, metadata={"edgebatch_schema_version": str(SCHEMA_VERSION), "dataset": "results"})


def table_results_schema(spec: PipelineSpec) -> pa.Schema:
    """Results of an ``input: table`` pipeline: one row per input row, outputs as columns, no text."""
    fields = [
        ("schema_version", pa.int32()), ("doc_id", pa.string()), ("source", pa.string()), ("sha256", pa.string()),
        ("pipeline", pa.string()), ("pipeline_version", pa.int32()), ("batch_id", pa.string()),
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
        ("pii_in_outputs", pa.int64()), ("injection_counts", pa.string()), ("injection_total", pa.int64()),
        ("worker", pa.string()),
    ],
    metadata={"edgebatch_schema_version": str(SCHEMA_VERSION), "dataset": "audit"},
)

ERRORS_SCHEMA = pa.schema(
    [
        ("schema_version", pa.int32()), ("ts", TS), ("batch_id", pa.string()), ("doc_id", pa.string()),
        ("source", pa.string()), ("sha256", pa.string()), ("pipeline", pa.string()), ("stage", pa.string()),
        ("error_code", pa.string()), ("error_message", pa.string()),
    ],
    metadata={"edgebatch_schema_version": str(SCHEMA_VERSION), "dataset": "errors"},
)


class Const:
    """A column holding ``value`` in every row (built from one scalar, not a Python list)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


def results_table(docs: list[DocState], run: RunInfo, started: datetime, finished: datetime) -> pa.Table:
    """The results rows of succeeded ``docs``, built column by column (no dict per row)."""
    spec = run.pipeline
    columns: dict[str, Any] = {
        "schema_version": Const(SCHEMA_VERSION), "doc_id": [d.doc_id for d in docs],
        "source": [d.source for d in docs], "sha256": [d.sha256 for d in docs], "pipeline": Const(spec.name),
        "pipeline_version": Const(spec.version), "batch_id": Const(run.batch_id),
        "redacted_text": [d.text for d in docs], "model": Const(run.model), "model_sha256": Const(run.model_sha256),
        "tokens_in": [d.tokens_in for d in docs], "tokens_out": [d.tokens_out for d in docs],
        "latency_ms_total": [sum(d.latency_ms.values()) for d in docs],
        "pii_counts": [_json(d.pii_counts) for d in docs], "pii_in_outputs": [d.pii_in_outputs for d in docs],
        "injection_counts": [_json(d.injection_counts) for d in docs],
        "injection_total": [sum(d.injection_counts.values()) for d in docs],
        "started_at": Const(started), "finished_at": Const(finished),
    }
    columns.update({name: [d.outputs.get(name) for d in docs] for name in spec.output})
    columns.update({f"latency_ms_{stage.name}": [d.latency_ms.get(stage.name) for d in docs] for stage in spec.stages})
    return columns_table(columns, results_schema(spec), len(docs))


def audit_table(docs: list[DocState], run: RunInfo, outcomes: list[str], ts: datetime) -> pa.Table:
    """One audit row per document of ``docs`` (every outcome); ``outcomes`` is parallel to ``docs``."""
    spec = run.pipeline
    cloud = [round(d.tokens_in / 1000 * run.price_in_per_1k + d.tokens_out / 1000 * run.price_out_per_1k, 8)
             for d in docs]
    columns: dict[str, Any] = {
        "schema_version": Const(SCHEMA_VERSION), "ts": Const(ts), "batch_id": Const(run.batch_id),
        "doc_id": [d.doc_id for d in docs], "sha256": [d.sha256 for d in docs], "submitter": Const(run.submitter),
        "pipeline": Const(spec.name), "pipeline_version": Const(spec.version), "outcome": outcomes,
        "error_code": [d.error.code if d.error else None for d in docs], "model": Const(run.model),
        "model_sha256": Const(run.model_sha256), "latency_ms": [sum(d.latency_ms.values()) for d in docs],
        "tokens_in": [d.tokens_in for d in docs], "tokens_out": [d.tokens_out for d in docs], "cost_usd": Const(0.0),
        "cloud_equivalent_usd": cloud, "data_classification": Const(spec.data_classification.value),
        "retention_days": Const(spec.retention_days), "pii_counts": [_json(d.pii_counts) for d in docs],
        "pii_total": [sum(d.pii_counts.values()) for d in docs], "pii_in_outputs": [d.pii_in_outputs for d in docs],
        "injection_counts": [_json(d.injection_counts) for d in docs],
        "injection_total": [sum(d.injection_counts.values()) for d in docs], "worker": Const(run.worker),
    }
    return columns_table(columns, AUDIT_SCHEMA, len(docs))


def errors_table(docs: list[DocState], run: RunInfo, ts: datetime) -> pa.Table:
    """The error rows of errored ``docs`` (code, stage, a message that never quotes content)."""
    columns: dict[str, Any] = {
        "schema_version": Const(SCHEMA_VERSION), "ts": Const(ts), "batch_id": Const(run.batch_id),
        "doc_id": [d.doc_id for d in docs], "source": [d.source for d in docs], "sha256": [d.sha256 for d in docs],
        "pipeline": Const(run.pipeline.name), "stage": [d.error_stage for d in docs],
        "error_code": [d.error.code if d.error else None for d in docs],
        "error_message": [d.error.message if d.error else None for d in docs],
    }
    return columns_table(columns, ERRORS_SCHEMA, len(docs))


def columns_table(columns: dict[str, Any], schema: pa.Schema, n: int) -> pa.Table:
    """An Arrow table of ``schema`` from lists and ``Const`` columns (missing names are nulls).

    Constant columns are repeated from one scalar: converting tz-aware datetimes costs ~6 µs
    each, the largest share of writing a shard's parts at thousands of documents per second."""
    arrays = []
    for f in schema:
        values = columns.get(f.name, Const(None))
        if isinstance(values, Const):
            arrays.append(pa.repeat(pa.scalar(values.value, f.type), n))
        else:
            arrays.append(pa.array(values, f.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def _arrow_type(field: OutputField) -> pa.DataType:
    return _ARROW_TYPES[field.type]


def _json_counts(doc: DocState) -> str:
    return _json(doc.pii_counts)


def _json(counts: dict[str, int]) -> str:
    return json.dumps(dict(sorted(counts.items())), separators=(",", ":")) if counts else "{}"


def table_of(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    """Row dicts as an Arrow table (columns holding one value in every row built from a scalar)."""
    n = len(rows)
    if n == 0:
        return schema.empty_table()
    try:
        transposed: list[Any] = list(zip(*map(itemgetter(*schema.names), rows), strict=True))
    except KeyError:  # rows without some columns: those are nulls
        transposed = [[row.get(name) for row in rows] for name in schema.names]
    columns = {f.name: Const(values[0]) if n > 1 and values.count(values[0]) == n else values
               for f, values in zip(schema, transposed, strict=True)}
    return columns_table(columns, schema, n)
