from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from edgebatch.compaction import compact_batch
from edgebatch.rows import AUDIT_SCHEMA
from edgebatch.storage import layout, open_storage
from edgebatch.storage.base import arrow_bytes


def _audit(doc_id: str) -> dict:
    row = {name: None for name in AUDIT_SCHEMA.names}
    row.update(doc_id=doc_id, outcome="succeeded", batch_id="b1")
    return row


def _audit_table(*doc_ids: str) -> pa.Table:
    return pa.Table.from_pylist([_audit(d) for d in doc_ids], schema=AUDIT_SCHEMA)


def _manifest(batch_id: str, doc_ids: list[str]) -> dict:
    return {"batch_id": batch_id, "pipeline": "radiology", "created_at": time.time(),
            "documents": [{"doc_id": d} for d in doc_ids]}


def test_parts_are_merged_into_one_file_without_duplicates_and_committed_last(tmp_path: Path) -> None:
    storage = open_storage(tmp_path.as_uri())
    manifest = {"batch_id": "b1", "pipeline": "radiology", "created_at": time.time(),
                "documents": [{"doc_id": d} for d in ("a", "b", "c")]}
    storage.put(layout.shard_part("b1", 0), arrow_bytes([_audit_table("a", "b")]))
    # a redelivered shard that also wrote its rows under another name must not duplicate them
    storage.put(layout.shard_part("b1", 1), arrow_bytes([_audit_table("b", "c")]))
    commit = compact_batch(storage, manifest)
    entry = commit["files"]["audit"]
    table = storage.get_parquet(entry["key"])
    assert sorted(table.column("doc_id").to_pylist()) == ["a", "b", "c"]
    assert entry["sha256"] == hashlib.sha256(storage.get(entry["key"])).hexdigest()
    assert commit["missing_documents"] == 0
    assert json.loads(storage.get(layout.commit_manifest("b1")))["files"]["audit"]["rows"] == 3
    assert storage.list(layout.parts_prefix("b1")) == []
    assert [k for k in storage.list("audit/") if k.endswith(".parquet")] == [entry["key"]]
    assert "/pipeline=radiology/date=" in entry["key"] and "/batch=b1/" in entry["key"]


def test_local_storage_refuses_keys_outside_its_root(tmp_path: Path) -> None:
    storage = open_storage((tmp_path / "store").as_uri())
    try:
        storage.put("../escape", b"x")
    except ValueError as exc:
        assert "escapes" in str(exc)
    else:
        raise AssertionError("a key with .. was accepted")


def test_parts_written_as_parquet_per_dataset_before_the_upgrade_are_still_compacted(tmp_path: Path) -> None:
    storage = open_storage(tmp_path.as_uri())
    storage.put_parquet("batches/b1/parts/audit/shard-00000.parquet", _audit_table("a", "b"))  # in flight
    storage.put(layout.shard_part("b1", 1), arrow_bytes([_audit_table("c")]))
    commit = compact_batch(storage, _manifest("b1", ["a", "b", "c"]))
    assert commit["files"]["audit"]["rows"] == 3 and commit["missing_documents"] == 0
    assert storage.list(layout.parts_prefix("b1")) == []


def test_a_large_batch_is_one_zstd_row_group_with_utc_timestamps(tmp_path: Path) -> None:
    storage = open_storage(tmp_path.as_uri())
    ids = [f"d{i:06d}" for i in range(150_000)]
    for shard, start in enumerate(range(0, len(ids), 50_000)):
        storage.put(layout.shard_part("b1", shard), arrow_bytes([_audit_table(*ids[start:start + 50_000])]))
    commit = compact_batch(storage, _manifest("b1", ids))
    meta = pq.ParquetFile(pa.BufferReader(storage.get(commit["files"]["audit"]["key"]))).metadata
    assert meta.num_rows == 150_000 and meta.num_row_groups == 1  # >= 100k rows, here the whole batch
    assert {meta.row_group(0).column(i).compression for i in range(meta.num_columns)} == {"ZSTD"}
    assert meta.schema.to_arrow_schema().field("ts").type == pa.timestamp("us", tz="UTC")
    logical = meta.schema.column(AUDIT_SCHEMA.get_field_index("ts")).logical_type.to_json()
    assert '"isAdjustedToUTC":true' in logical and '"timeUnit":"microseconds"' in logical


def test_long_texts_have_no_min_max_statistics_and_the_rest_do() -> None:
    """Min/max of a report's text prunes nothing; ids, hashes, labels and timestamps keep theirs."""
    from edgebatch.storage.base import parquet_bytes, statistics_columns

    table = pa.table({"doc_id": [f"d{i}" for i in range(300)],
                      "redacted_text": ["NO ACUTE FINDINGS. [NAME] SEEN [DATE]. " * 8 + str(i) for i in range(300)],
                      "summary": ["Normal chest." for _ in range(300)],
                      "tokens": list(range(300))})
    assert statistics_columns(table) == ["doc_id", "summary", "tokens"]
    meta = pq.ParquetFile(pa.BufferReader(parquet_bytes(table))).metadata.row_group(0)
    has_stats = {meta.column(i).path_in_schema: meta.column(i).is_stats_set for i in range(meta.num_columns)}
    assert has_stats == {"doc_id": True, "redacted_text": False, "summary": True, "tokens": True}
