"""Datasets partitioned by `tenant=`: where files land, what readers see, and files from before it."""

from __future__ import annotations

import json
import time
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from edgebatch import audit, query, retention
from edgebatch.compaction import compact_batch
from edgebatch.config import Settings
from edgebatch.pipeline import find_spec
from edgebatch.rows import AUDIT_SCHEMA, ERRORS_SCHEMA, results_schema
from edgebatch.storage import LocalStorage, layout
from edgebatch.storage.base import arrow_bytes

from .helpers import LOCK, committed_batch, doc_sha, rows_for


class ListingStorage(LocalStorage):
    """Local storage that remembers every key its ``list`` returned."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self.listed: list[str] = []

    def list(self, prefix: str) -> list[str]:
        keys = super().list(prefix)
        self.listed += keys
        return keys


@pytest.fixture
def store(env: dict[str, str]) -> ListingStorage:
    return ListingStorage(Path(env["EDGEBATCH_DATA_DIR"]) / "store")


def test_compacted_files_sit_in_the_tenant_partition_which_readers_turn_into_a_column(store) -> None:
    commit = committed_batch(store, "b1", ["a", "b", "c"], errored={"b"}, tenant="ward-7")
    for dataset, entry in commit["files"].items():
        assert entry["key"].startswith(f"{dataset}/tenant=ward-7/pipeline=radiology/date=")
        assert layout.key_tenant(entry["key"]) == "ward-7"
        assert "tenant" not in pq.read_schema(store.root / entry["key"]).names  # Hive: the path holds it
    root = store.root.as_posix()
    rows = duckdb.sql("SELECT DISTINCT tenant, pipeline, batch FROM read_parquet("
                      f"'{root}/results/tenant=*/**/*.parquet', hive_partitioning = true, union_by_name = true)"
                      ).fetchall()
    assert rows == [("ward-7", "radiology", "b1")]
    table = ds.dataset(f"{root}/audit", format="parquet", partitioning="hive").to_table()
    assert set(table.column("tenant").to_pylist()) == {"ward-7"} and table.num_rows == 3


def test_query_lists_only_the_callers_partition(store) -> None:
    committed_batch(store, "b1", ["a", "b"], tenant="ward-7")
    committed_batch(store, "b2", ["c"], tenant="bank-b")
    committed_batch(store, "b3", ["d"])
    # A file of another tenant that query would fail on if it so much as read its schema.
    (store.root / layout.dataset_file("results", "bank-b", "radiology", "2026-01-01", "x")).parent.mkdir(parents=True)
    (store.root / layout.dataset_file("results", "bank-b", "radiology", "2026-01-01", "x")).write_bytes(b"not parquet")
    store.listed.clear()
    rows = query.run(store, Settings.load(tenant="ward-7"),
                     "SELECT tenant, batch_id, count(*) AS n FROM results GROUP BY ALL").to_pylist()
    assert rows == [{"tenant": "ward-7", "batch_id": "b1", "n": 2}]
    assert store.listed and all(layout.key_tenant(key) == "ward-7" for key in store.listed)
    assert query.run(store, Settings.load(tenant="default"), "SELECT doc_id FROM audit").to_pylist() == [
        {"doc_id": "d"}]
    empty = query.run(store, Settings.load(tenant="nobody"), "SELECT tenant, date, batch FROM audit")
    assert empty.num_rows == 0 and empty.column_names == ["tenant", "date", "batch"]


def _legacy_batch(store: LocalStorage, monkeypatch: pytest.MonkeyPatch, batch_id: str, doc_ids: list[str],
                  tenant: str | None) -> dict:
    """A batch committed the way schema 4 (``tenant`` a column) or 3 (no tenant at all) did: files at
    ``<dataset>/pipeline=...`` without a ``tenant=`` folder."""
    spec = find_spec(Settings.load().pipelines_dir, "radiology")
    schemas = {"results": results_schema(spec), "audit": AUDIT_SCHEMA, "errors": ERRORS_SCHEMA}
    tables = []
    for dataset, rows in rows_for(batch_id, doc_ids).items():
        if rows:
            table = pa.Table.from_pylist(rows, schema=schemas[dataset])
            if tenant is not None:
                table = table.append_column("tenant", pa.array([tenant] * table.num_rows, pa.string()))
            tables.append(table.replace_schema_metadata({"dataset": dataset}))
    store.put(layout.shard_part(batch_id, 0), arrow_bytes(tables))
    manifest = {"batch_id": batch_id, "pipeline": "radiology", "created_at": time.time(), "submitter": "t",
                "documents": [{"doc_id": d, "sha256": doc_sha(d)} for d in doc_ids]}
    store.put(layout.batch_manifest(batch_id), json.dumps(manifest).encode())
    with monkeypatch.context() as old:
        old.setattr(layout, "dataset_file", lambda dataset, _tenant, pipeline, day, batch:
                    f"{dataset}/pipeline={pipeline}/date={day}/batch={batch}/part-0.parquet")
        old.setattr(layout, "TENANT_PARTITION", "-")  # schema 4 kept the tenant column in the file
        return compact_batch(store, manifest, audit_lock=LOCK)


def test_files_written_before_the_tenant_partition_are_still_read_erased_verified_and_expired(
        store, monkeypatch) -> None:
    v4 = _legacy_batch(store, monkeypatch, "old4", ["a", "b"], tenant="ward-7")
    v3 = _legacy_batch(store, monkeypatch, "old3", ["c"], tenant=None)
    assert all("/tenant=" not in entry["key"] for entry in [*v4["files"].values(), *v3["files"].values()])
    assert "tenant" in pq.read_schema(store.root / v4["files"]["results"]["key"]).names
    committed_batch(store, "new", ["d"], tenant="ward-7")

    ward = query.run(store, Settings.load(tenant="ward-7"), "SELECT doc_id, tenant FROM results ORDER BY 1")
    assert ward.to_pylist() == [{"doc_id": "a", "tenant": "ward-7"}, {"doc_id": "b", "tenant": "ward-7"},
                                {"doc_id": "d", "tenant": "ward-7"}]
    default = query.run(store, Settings.load(), "SELECT doc_id FROM audit ORDER BY 1").to_pylist()
    assert default == [{"doc_id": "c"}]  # rows from before tenants belong to `default`

    report = retention.erase(store, doc_id="a", lock=LOCK)
    assert report["rows_removed"] == 1 and report["files"][0]["key"] == v4["files"]["results"]["key"]
    assert audit.verify(store).ok
    removed = retention.apply(store, 90, today=date.today() + timedelta(days=91))["removed"]
    assert len(removed) == 3 and {layout.key_tenant(key) for key in removed} == {None, "ward-7"}
    assert store.list("results/") == []
