"""The three datasets' rows and their versioned Parquet schemas: results, audit, errors.

Results carry only redacted text and model outputs. The audit carries hashes, counts and
decisions, never content. Timestamps are tz-aware UTC (TIMESTAMP(MICROS, isAdjustedToUTC)).

Schema versions (``schema_version`` column and file metadata; readers merge them by name):
1. the first release;
2. audit ``stage_workers`` (JSON: per stage group its queue, stages and worker);
3. ``injection_counts`` (JSON: prompt-injection signal -> matches) and ``injection_total`` in
   results and audit of document pipelines (``edgebatch.injection``);
4. ``tenant`` in every dataset, ``provider`` in results and audit, audit ``route_reason``
   (``edgebatch.routing``); ``model``/``cost_usd`` are per document (the provider that ran it);
5. ``tenant`` moves from a column inside the files to the ``tenant=`` Hive partition of their path
   (``storage/layout.py``): Trino and Spark refuse a partition key that is also a file column.
   Readers that use Hive partitioning (``edgebatch query``, DuckDB, pyarrow) still get ``tenant``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
import pyarrow as pa

from .batch import Outcome
from .pipeline import DocState, OutputField, PipelineSpec
from .storage import Storage, layout
from .storage.base import arrow_bytes

SCHEMA_VERSION = 5
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
    tenant: str = "default"  # not a column: the ``tenant=`` partition its files are compacted into


def results_schema(spec: PipelineSpec) -> pa.Schema:
    fields = [
        ("schema_version", pa.int32()), ("doc_id", pa.string()), ("source", pa.string()), ("sha256", pa.string()),
        ("pipeline", pa.string()), ("pipeline_version", pa.int32()), ("batch_id", pa.string()),
        ("redacted_text", pa.string()),
    ]
    fields += [(name, _arrow_type(field)) for name, field in spec.output.items()]
    fields += [
        ("model", pa.string()), ("model_sha256", pa.string()), ("tokens_in", pa.int64()), ("tokens_out", pa.int64()),
        ("provider", pa.string()),
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
        ("worker", pa.string()), ("stage_workers", pa.string()),
        ("provider", pa.string()), ("route_reason", pa.string()),
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


@dataclass(frozen=True)
class ShardTables:
    """One shard's rows as Arrow tables (None where the shard has no row for a dataset)."""

    results: pa.Table | None
    audit: pa.Table | None
    errors: pa.Table | None
    counts: dict[Outcome, int]

    def items(self) -> list[tuple[str, pa.Table | None]]:
        return [("results", self.results), ("audit", self.audit), ("errors", self.errors)]

    def tables(self) -> list[pa.Table]:
        """The tables there are (each schema's metadata names its dataset)."""
        return [table for table in (self.results, self.audit, self.errors) if table is not None]


def write_shard_part(storage: Storage, run: RunInfo, shard: int, docs: list[DocState], started: datetime,
                     finished: datetime) -> dict[Outcome, int]:
    """Write the shard's rows as its one part object (a retry overwrites it); return outcome counts."""
    tables = shard_tables(docs, run, started, finished)
    storage.put(layout.shard_part(run.batch_id, shard), arrow_bytes(tables.tables()))
    return tables.counts


def shard_tables(docs: list[DocState], run: RunInfo, started: datetime, finished: datetime) -> ShardTables:
    """The results, audit and errors rows of a shard, built as whole Arrow columns.

    Every document gets one audit row; succeeded ones a result row, errored ones an error row,
    cancelled ones only the audit row. Values the shard shares (batch, pipeline, model,
    timestamps) become constant columns converted once; per-document values are read in one
    pass and converted a column at a time; ``pii_counts`` JSON is made once per distinct count set.
    """
    codes = [None if doc.error is None else doc.error.code for doc in docs]
    succeeded, errored, cancelled = Outcome.succeeded.value, Outcome.errored.value, Outcome.cancelled.value
    outcomes = [succeeded if code is None else cancelled if code == "cancelled" else errored for code in codes]
    n = len(docs)
    n_ok = outcomes.count(succeeded)
    failed = [doc for doc, outcome in zip(docs, outcomes, strict=True) if outcome == errored] if n_ok < n else []
    counts = {Outcome.succeeded: n_ok, Outcome.errored: len(failed), Outcome.cancelled: n - n_ok - len(failed)}
    if not docs:
        return ShardTables(None, None, None, counts)
    spec = run.pipeline
    # One pass per attribute: no per-document tuple (fewer allocations, fewer garbage-collector passes).
    tokens_in, tokens_out = [d.tokens_in for d in docs], [d.tokens_out for d in docs]
    latency = [sum(d.latency_ms.values()) for d in docs]
    pii_json, pii_total = _count_columns([d.pii_counts for d in docs])
    injection_json, injection_total = _count_columns([d.injection_counts for d in docs])
    model, model_sha256 = run.model, run.model_sha256
    price_in, price_out = run.price_in_per_1k, run.price_out_per_1k
    shared = {  # columns that results and audit both have, for every document
        "schema_version": _const(SCHEMA_VERSION, pa.int32(), n), "batch_id": _const(run.batch_id, pa.string(), n),
        "doc_id": pa.array([d.doc_id for d in docs], pa.string()),
        "sha256": pa.array([d.sha256 for d in docs], pa.string()),
        "pipeline": _const(spec.name, pa.string(), n), "pipeline_version": _const(spec.version, pa.int32(), n),
        "provider": pa.array([d.provider or None for d in docs], pa.string()),
        "model": pa.array([d.model or model for d in docs], pa.string()),
        "model_sha256": pa.array([d.model_sha256 or model_sha256 for d in docs], pa.string()),
        "tokens_in": pa.array(tokens_in, pa.int64()), "tokens_out": pa.array(tokens_out, pa.int64()),
        "pii_counts": pa.array(pii_json, pa.string()),
        "pii_in_outputs": pa.array([d.pii_in_outputs for d in docs], pa.int64()),
        "injection_counts": pa.array(injection_json, pa.string()),
        "injection_total": pa.array(injection_total, pa.int64()),
    }
    audit = {
        **shared, "ts": _const(finished, TS, n), "submitter": _const(run.submitter, pa.string(), n),
        "outcome": pa.array(outcomes, pa.string()), "error_code": pa.array(codes, pa.string()),
        "latency_ms": pa.array(latency, pa.float64()),
        "cost_usd": pa.array(np.round(np.array([d.cost_usd for d in docs], np.float64), 8)),
        "cloud_equivalent_usd": pa.array(np.round(np.array(tokens_in, np.float64) / 1000 * price_in
                                                  + np.array(tokens_out, np.float64) / 1000 * price_out, 8)),
        "data_classification": _const(spec.data_classification.value, pa.string(), n),
        "retention_days": _const(spec.retention_days, pa.int32(), n), "pii_total": pa.array(pii_total, pa.int64()),
        "worker": _const(run.worker, pa.string(), n), "stage_workers": _const(run.stage_workers, pa.string(), n),
        "route_reason": pa.array([d.route_reason or None for d in docs], pa.string()),
    }
    results = None
    if n_ok:
        ok = docs
        if n_ok < n:
            ok = [doc for doc, code in zip(docs, codes, strict=True) if code is None]
            mask = pa.array([code is None for code in codes], pa.bool_())
            shared = {name: column.filter(mask) for name, column in shared.items()}
            latency = [value for value, code in zip(latency, codes, strict=True) if code is None]
        results = _results_table(ok, run, started, finished, shared, latency)
    return ShardTables(results, _table(audit, AUDIT_SCHEMA), _errors_table(failed, run, finished) if failed else None,
                       counts)


def _results_table(docs: list[DocState], run: RunInfo, started: datetime, finished: datetime,
                   shared: dict[str, pa.Array], latency: list[float]) -> pa.Table:
    spec = run.pipeline
    n = len(docs)
    columns: dict[str, Any] = {
        **shared, "source": pa.array([d.source for d in docs], pa.string()),
        "redacted_text": pa.array([d.text for d in docs], pa.string()),
        "latency_ms_total": pa.array(latency, pa.float64()),
        "started_at": _const(started, TS, n), "finished_at": _const(finished, TS, n),
    }
    schema = results_schema(spec)
    # Dicts to columns in one conversion each: a struct array of them (a missing key is a null), flattened.
    outputs_type = pa.struct([(name, schema.field(name).type) for name in spec.output])
    columns.update(_fields_of([d.outputs for d in docs], outputs_type))
    stages_type = pa.struct([(stage.name, pa.float64()) for stage in spec.stages])
    stage_columns = _fields_of([d.latency_ms for d in docs], stages_type)
    columns.update({f"latency_ms_{name}": column for name, column in stage_columns.items()})
    return _table(columns, schema)


def _fields_of(dicts: list[dict[str, Any]], kind: pa.StructType) -> dict[str, pa.Array]:
    """The values of ``kind``'s fields in ``dicts``, a column each."""
    if kind.num_fields == 0:
        return {}
    return dict(zip((field.name for field in kind), pa.array(dicts, kind).flatten(), strict=True))


def _errors_table(docs: list[DocState], run: RunInfo, ts: datetime) -> pa.Table:
    n = len(docs)
    errors = [d.error for d in docs if d.error is not None]
    assert len(errors) == n, "error rows are for documents with an error"
    columns: dict[str, Any] = {
        "schema_version": _const(SCHEMA_VERSION, pa.int32(), n), "ts": _const(ts, TS, n),
        "batch_id": _const(run.batch_id, pa.string(), n), "doc_id": [d.doc_id for d in docs],
        "source": [d.source for d in docs], "sha256": [d.sha256 for d in docs],
        "pipeline": _const(run.pipeline.name, pa.string(), n), "stage": [d.error_stage for d in docs],
        "error_code": [e.code for e in errors], "error_message": [e.message for e in errors],
    }
    return _table(columns, ERRORS_SCHEMA)


def _const(value: Any, kind: pa.DataType, n: int) -> pa.Array:
    """A column holding ``value`` on every row, converted once."""
    return pa.repeat(pa.scalar(value, kind), n)


def _table(columns: dict[str, Any], schema: pa.Schema) -> pa.Table:
    """Lists become arrays of their field's type (as ``Table.from_pylist`` would convert them)."""
    arrays = [column if isinstance(column, pa.Array) else pa.array(column, field.type)
              for field, column in zip(schema, (columns[name] for name in schema.names), strict=True)]
    return pa.Table.from_arrays(arrays, schema=schema)


def _count_columns(counts: Sequence[Mapping[str, int]]) -> tuple[list[str], list[int]]:
    """Per document its counts as compact JSON (sorted keys) and their total (``pii_counts`` and
    ``pii_total``, ``injection_counts`` and ``injection_total``), each made once per distinct set of
    counts (a shard has few)."""
    empty = ("{}", 0)
    seen: dict[tuple[tuple[str, int], ...], tuple[str, int]] = {}
    out = []
    for counter in counts:
        if not counter:  # most documents: no injection signal, and some without PII
            out.append(empty)
            continue
        key = tuple(counter.items())
        made = seen.get(key)
        if made is None:
            made = seen[key] = (json.dumps(dict(sorted(key)), separators=(",", ":")), sum(counter.values()))
        out.append(made)
    if not out:
        return [], []
    texts, totals = zip(*out, strict=True)
    return list(texts), list(totals)


def _arrow_type(field: OutputField) -> pa.DataType:
    return _ARROW_TYPES[field.type]

