"""Shard rows built as whole columns equal the rows the schemas define, document by document."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import pyarrow as pa

from edgebatch.batch import Outcome
from edgebatch.config import Settings
from edgebatch.pipeline import DocState, PipelineSpec, find_spec
from edgebatch.rows import AUDIT_SCHEMA, ERRORS_SCHEMA, SCHEMA_VERSION, RunInfo, results_schema, shard_tables

STARTED = datetime(2026, 3, 1, 12, 0, 0, 123456, tzinfo=UTC)
FINISHED = STARTED + timedelta(seconds=7)


def _spec() -> PipelineSpec:
    return find_spec(Settings.load().pipelines_dir, "radiology")


def _docs(spec: PipelineSpec) -> list[DocState]:
    docs = []
    for i in range(12):
        doc = DocState(doc_id=f"d{i}", source=f"in/d{i}.txt", sha256=f"{i:064x}", text=f"report {i} [NAME]",
                       redacted=True, tokens_in=100 + i, tokens_out=7 * i, pii_in_outputs=i % 2)
        doc.outputs = {"summary": f"summary {i}", "normal_abnormal": "abnormal" if i % 3 else "normal"}
        doc.latency_ms = {stage.name: 1.5 * i + n for n, stage in enumerate(spec.stages) if n != i % 4}
        doc.pii_counts = Counter({"NAME": i % 3, "DATE": 1} if i % 4 else {})
        doc.injection_counts = Counter({"override": 1} if i % 5 == 1 else {})
        if i % 4 == 2:  # routed to a remote provider
            doc.provider, doc.route_reason, doc.cost_usd = "gpu", "load", 0.000123
            doc.model, doc.model_sha256 = "remote-model", "cd" * 32
        if i in (3, 7):
            doc.fail("summary", "invalid_model_output", f"no summary for {i}")
        if i == 9:
            doc.fail("", "cancelled", "the batch was cancelled before this document ran")
        docs.append(doc)
    return docs


def _reference(docs: list[DocState], run: RunInfo) -> dict[str, list[dict[str, Any]]]:
    """The rows, one dict per document, as the schemas document them (the former row-by-row code)."""
    spec = run.pipeline
    rows: dict[str, list[dict[str, Any]]] = {"results": [], "audit": [], "errors": []}
    for doc in docs:
        pii = json.dumps(dict(sorted(doc.pii_counts.items())), separators=(",", ":"))
        injections = json.dumps(dict(sorted(doc.injection_counts.items())), separators=(",", ":"))
        code = doc.error.code if doc.error else None
        outcome = "succeeded" if code is None else "cancelled" if code == "cancelled" else "errored"
        cloud = doc.tokens_in / 1000 * run.price_in_per_1k + doc.tokens_out / 1000 * run.price_out_per_1k
        rows["audit"].append({
            "schema_version": SCHEMA_VERSION, "ts": FINISHED, "batch_id": run.batch_id, "doc_id": doc.doc_id,
            "sha256": doc.sha256, "submitter": run.submitter, "pipeline": spec.name,
            "pipeline_version": spec.version, "outcome": outcome, "error_code": code, "model": doc.model or run.model,
            "model_sha256": doc.model_sha256 or run.model_sha256, "latency_ms": sum(doc.latency_ms.values()),
            "tokens_in": doc.tokens_in, "tokens_out": doc.tokens_out, "cost_usd": round(doc.cost_usd, 8),
            "cloud_equivalent_usd": round(cloud, 8), "data_classification": spec.data_classification.value,
            "retention_days": spec.retention_days, "pii_counts": pii, "pii_total": sum(doc.pii_counts.values()),
            "pii_in_outputs": doc.pii_in_outputs, "injection_counts": injections,
            "injection_total": sum(doc.injection_counts.values()), "worker": run.worker,
            "stage_workers": run.stage_workers, "provider": doc.provider or None,
            "route_reason": doc.route_reason or None})
        if outcome == "succeeded":
            row = {
                "schema_version": SCHEMA_VERSION, "doc_id": doc.doc_id, "source": doc.source, "sha256": doc.sha256,
                "pipeline": spec.name, "pipeline_version": spec.version, "batch_id": run.batch_id,
                "redacted_text": doc.text, "model": doc.model or run.model,
                "model_sha256": doc.model_sha256 or run.model_sha256,
                "tokens_in": doc.tokens_in, "tokens_out": doc.tokens_out,
                "latency_ms_total": sum(doc.latency_ms.values()), "pii_counts": pii,
                "pii_in_outputs": doc.pii_in_outputs, "injection_counts": injections,
                "injection_total": sum(doc.injection_counts.values()),
                "provider": doc.provider or None, "started_at": STARTED, "finished_at": FINISHED}
            row |= {name: doc.outputs.get(name) for name in spec.output}
            row |= {f"latency_ms_{stage.name}": doc.latency_ms.get(stage.name) for stage in spec.stages}
            rows["results"].append(row)
        elif outcome == "errored":
            assert doc.error is not None
            rows["errors"].append({
                "schema_version": SCHEMA_VERSION, "ts": FINISHED, "batch_id": run.batch_id, "doc_id": doc.doc_id,
                "source": doc.source, "sha256": doc.sha256, "pipeline": spec.name, "stage": doc.error_stage,
                "error_code": doc.error.code, "error_message": doc.error.message})
    return rows


def test_shard_tables_hold_exactly_the_documented_rows_and_schemas() -> None:
    spec = _spec()
    run = RunInfo("b1", spec, "alice", "gemma", "ab" * 32, 0.0005, 0.0015, worker="host:1",
                  stage_workers='[{"group": 0, "worker": "host:1"}]', tenant="ward-7")
    docs = _docs(spec)
    tables = shard_tables(docs, run, STARTED, FINISHED)
    expected = _reference(docs, run)
    schemas = {"results": results_schema(spec), "audit": AUDIT_SCHEMA, "errors": ERRORS_SCHEMA}
    for dataset, table in tables.items():
        assert table is not None
        assert table.schema.equals(schemas[dataset], check_metadata=True), dataset
        assert table.to_pylist() == expected[dataset], dataset
    assert tables.counts == {Outcome.succeeded: 9, Outcome.errored: 2, Outcome.cancelled: 1}
    assert tables.audit is not None and tables.audit.column("ts").type == pa.timestamp("us", tz="UTC")


def test_a_shard_without_errors_has_no_error_table_and_an_empty_shard_no_tables() -> None:
    spec = _spec()
    run = RunInfo("b1", spec, "alice", "", "", 0.0, 0.0)
    docs = [d for d in _docs(spec) if d.error is None]
    tables = shard_tables(docs, run, STARTED, FINISHED)
    assert tables.errors is None and tables.results is not None and tables.results.num_rows == len(docs)
    empty = shard_tables([], run, STARTED, FINISHED)
    assert (empty.results, empty.audit, empty.errors) == (None, None, None)
    assert sum(empty.counts.values()) == 0
