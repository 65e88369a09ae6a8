"""Running a shard of an ``input: table`` pipeline: Arrow columns in, Arrow columns out.

The staged shard (Parquet rows + ``doc_id``) goes through the table stages as one table; the
results, audit and errors parts are built as whole columns. Every row gets exactly one audit
row carrying the model and its sha256; rows a stage cannot score become error rows.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .batch import Outcome
from .inputs.table import ERROR_COLUMN
from .pipeline import PipelineSpec
from .rows import AUDIT_SCHEMA, ERRORS_SCHEMA, SCHEMA_VERSION, RunInfo, table_results_schema
from .stages import Stage, TableOutput
from .storage import Storage, layout
from .storage.base import arrow_bytes

INPUT_ERROR_MESSAGES = {
    "missing_id": "the id column is empty on this row; the row number is used as its id",
    "duplicate_id": "another row of this table already has this id",
}


ShardResult = tuple[dict[str, Any], np.ndarray, np.ndarray, dict[str, float], str, str]


def run_table_shard(table: pa.Table, stages: list[Stage], *, stop_code: str | None = None,
                    stop_message: str = "") -> ShardResult:
    """(outputs, error codes, error messages, latency ms per row by stage, model, model sha256)."""
    n = table.num_rows
    codes = table.column(ERROR_COLUMN).to_numpy(zero_copy_only=False).astype(object)
    messages = _messages_for(codes)
    if stop_code:
        alive = codes == None  # noqa: E711
        codes = np.where(alive, stop_code, codes)
        messages = np.where(alive, stop_message, messages)
    outputs: dict[str, Any] = {}
    latency: dict[str, float] = {}
    model, model_sha = "", ""
    for stage in stages:
        if (codes != None).all():  # noqa: E711
            break
        started = time.perf_counter()
        out: TableOutput = stage.run_table(table)  # type: ignore[attr-defined]
        latency[stage.name] = (time.perf_counter() - started) * 1000 / max(n, 1)
        model, model_sha = out.model or model, out.model_sha256 or model_sha
        fresh = out.failed & (codes == None)  # noqa: E711
        codes = np.where(fresh, out.error_code, codes)
        messages = np.where(fresh, out.error_message, messages)
        outputs.update(out.columns)
    return outputs, codes, messages, latency, model, model_sha


def _messages_for(codes: np.ndarray) -> np.ndarray:
    messages = np.full(len(codes), None, dtype=object)
    for code, message in INPUT_ERROR_MESSAGES.items():
        messages[codes == code] = message
    return messages


def write_table_parts(storage: Storage, run: RunInfo, shard: int, table: pa.Table, source: str, sha256: str,
                      result: ShardResult,
                      started: datetime) -> dict[Outcome, int]:
    """Write the shard's results, audit and errors rows (whole columns) as its part; return outcome counts."""
    outputs, codes, messages, latency, model, model_sha = result
    spec: PipelineSpec = run.pipeline
    finished = datetime.now(UTC)
    n = table.num_rows
    ok = codes == None  # noqa: E711
    cancelled = codes == "cancelled"
    ids = table.column("doc_id").combine_chunks()
    total_latency = float(sum(latency.values()))
    outcome = np.where(ok, Outcome.succeeded.value, np.where(cancelled, Outcome.cancelled.value, Outcome.errored.value))

    def const(value: Any, kind: pa.DataType, rows: int) -> pa.Array:
        return pa.array([value], kind).take(pa.array(np.zeros(rows, dtype=np.int32)))

    common = {"schema_version": const(SCHEMA_VERSION, pa.int32(), n), "batch_id": const(run.batch_id, pa.string(), n),
              "doc_id": ids, "sha256": const(sha256, pa.string(), n), "pipeline": const(spec.name, pa.string(), n)}
    audit = {**common, "ts": const(finished, pa.timestamp("us", tz="UTC"), n),
             "submitter": const(run.submitter, pa.string(), n),
             "pipeline_version": const(spec.version, pa.int32(), n), "outcome": pa.array(outcome, pa.string()),
             "error_code": pa.array(codes, pa.string()), "model": const(model, pa.string(), n),
             "model_sha256": const(model_sha, pa.string(), n), "latency_ms": const(total_latency, pa.float64(), n),
             "tokens_in": const(0, pa.int64(), n), "tokens_out": const(0, pa.int64(), n),
             "cost_usd": const(0.0, pa.float64(), n), "cloud_equivalent_usd": const(0.0, pa.float64(), n),
             "data_classification": const(spec.data_classification.value, pa.string(), n),
             "retention_days": const(spec.retention_days, pa.int32(), n), "pii_counts": const("{}", pa.string(), n),
             "pii_total": const(0, pa.int64(), n), "pii_in_outputs": const(0, pa.int64(), n),
             "injection_counts": const("{}", pa.string(), n), "injection_total": const(0, pa.int64(), n),
             "worker": const(run.worker, pa.string(), n), "stage_workers": const(run.stage_workers, pa.string(), n),
             "provider": const(None, pa.string(), n), "route_reason": const(None, pa.string(), n)}
    parts = [_kept(audit, AUDIT_SCHEMA, np.ones(n, dtype=bool))]

    schema = table_results_schema(spec)
    results = {**common, "source": const(source, pa.string(), n),
               "pipeline_version": const(spec.version, pa.int32(), n),
               "model": const(model, pa.string(), n), "model_sha256": const(model_sha, pa.string(), n),
               "latency_ms_total": const(total_latency, pa.float64(), n),
               "started_at": const(started, pa.timestamp("us", tz="UTC"), n),
               "finished_at": const(finished, pa.timestamp("us", tz="UTC"), n)}
    for stage in spec.stages:
        results[f"latency_ms_{stage.name}"] = const(latency.get(stage.name), pa.float64(), n)
    for name in spec.output:
        column = outputs.get(name)
        kind = schema.field(name).type
        results[name] = const(None, kind, n) if column is None else _cast(column, kind, n)
    parts.append(_kept(results, schema, ok))

    failed = ~ok & ~cancelled
    stage_name = spec.stages[0].name if spec.stages else ""
    errors = {**common, "ts": const(finished, pa.timestamp("us", tz="UTC"), n), "source": const(source, pa.string(), n),
              "stage": pa.array(np.where(np.isin(codes, list(INPUT_ERROR_MESSAGES)), "input", stage_name), pa.string()),
              "error_code": pa.array(codes, pa.string()), "error_message": pa.array(messages, pa.string())}
    parts.append(_kept(errors, ERRORS_SCHEMA, failed))
    storage.put(layout.shard_part(run.batch_id, shard), arrow_bytes([t for t in parts if t is not None]))
    return {Outcome.succeeded: int(ok.sum()), Outcome.errored: int(failed.sum()),
            Outcome.cancelled: int(cancelled.sum())}


def _cast(column: Any, kind: pa.DataType, n: int) -> pa.Array:
    """An output column as its declared type; values that do not convert become nulls."""
    array = pa.array(column) if not isinstance(column, (pa.Array, pa.ChunkedArray)) else column
    try:
        return pc.cast(array, kind, safe=False)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return pa.nulls(n, kind)


def _kept(columns: dict[str, Any], schema: pa.Schema, keep: np.ndarray) -> pa.Table | None:
    """The rows of ``columns`` where ``keep`` is set, or None when there are none."""
    if not keep.any():
        return None
    table = pa.table({f.name: columns[f.name] for f in schema}, schema=schema)
    return table if keep.all() else table.filter(pa.array(keep))
