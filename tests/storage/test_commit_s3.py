"""Compaction, commit manifest and the audit trail on a real S3 endpoint (moto_server)."""

from __future__ import annotations

import hashlib
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from edgebatch import audit
from edgebatch.config import Settings
from edgebatch.rows import SCHEMA_VERSION
from edgebatch.storage import Storage, layout, open_storage

from .helpers import committed_batch, write_shard


@pytest.fixture
def store(s3_env: dict[str, str]) -> Storage:
    return open_storage(s3_env["EDGEBATCH_STORAGE_URL"], Settings.load())


def test_one_zstd_file_per_dataset_per_partition_and_manifest_last(store: Storage) -> None:
    ids = [f"d{i:04d}" for i in range(250)]
    commit = committed_batch(store, "b1", ids, errored={"d0003", "d0100"})
    keys = [k for k in store.list("") if k.endswith(".parquet")]
    assert sorted(keys) == sorted(entry["key"] for entry in commit["files"].values())
    assert len(keys) == 3 and store.list(layout.parts_prefix("b1")) == []
    for dataset, entry in commit["files"].items():
        assert entry["key"].startswith(f"{dataset}/tenant=default/pipeline=radiology/date=")
        assert "/batch=b1/" in entry["key"]
        assert layout.TENANT_PARTITION not in pq.read_schema(pa.BufferReader(store.get(entry["key"]))).names
        data = store.get(entry["key"])
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
        meta = pq.ParquetFile(pa.BufferReader(data)).metadata
        assert meta.num_row_groups == 1 and meta.num_rows == entry["rows"]
        assert meta.row_group(0).column(0).compression == "ZSTD"
        schema = pq.read_schema(pa.BufferReader(data))
        assert schema.metadata[b"edgebatch_schema_version"] == str(SCHEMA_VERSION).encode()
    assert commit["files"]["results"]["rows"] == 248 and commit["files"]["errors"]["rows"] == 2
    ts = pq.read_schema(pa.BufferReader(store.get(commit["files"]["audit"]["key"]))).field("ts").type
    assert ts == pa.timestamp("us", tz="UTC")
    manifest = json.loads(store.get(layout.commit_manifest("b1")))
    assert manifest == commit and manifest["schema_version"] == SCHEMA_VERSION and manifest["missing_documents"] == 0


def test_a_retried_shard_leaves_no_duplicates(store: Storage) -> None:
    ids = [f"d{i}" for i in range(10)]
    write_shard(store, "b2", 7, ids[:5])  # a redelivered shard wrote its rows under another part name too
    commit = committed_batch(store, "b2", ids, shard_size=5)
    for entry in commit["files"].values():
        doc_ids = store.get_parquet(entry["key"]).column("doc_id").to_pylist()
        assert sorted(doc_ids) == sorted(set(doc_ids))
    assert commit["files"]["audit"]["rows"] == 10


def test_audit_objects_are_write_once_and_locked(store: Storage) -> None:
    commit = committed_batch(store, "b3", ["a", "b"])
    key = commit["files"]["audit"]["key"]
    info = store.lock_info(key)
    assert info and info["mode"] == "GOVERNANCE"
    assert store.lock_info(commit["audit_log"]["key"])
    with pytest.raises(FileExistsError):
        store.put_once(key, b"rewritten")
    assert store.lock_info(commit["files"]["results"]["key"]) is None


def test_audit_verify_passes_then_detects_a_deleted_audit_file(store: Storage) -> None:
    first = committed_batch(store, "b4", ["a", "b", "c"])
    committed_batch(store, "b5", ["d"])
    report = audit.verify(store)
    assert report.ok, report.problems
    assert (report.batches, report.documents, report.entries) == (2, 4, 2) and report.locked == 4
    store.delete(first["files"]["audit"]["key"])  # on a locked bucket: a delete marker hides it
    report = audit.verify(store)
    assert not report.ok and any("b4" in p and "missing" in p for p in report.problems)


def test_audit_verify_detects_an_altered_audit_file_and_a_broken_chain(store: Storage) -> None:
    first = committed_batch(store, "b6", ["a", "b"])
    committed_batch(store, "b7", ["c"])
    store.put(first["files"]["audit"]["key"], store.get(committed_batch(store, "b8", ["x"])["files"]["audit"]["key"]))
    problems = audit.verify(store).problems
    assert any("b6" in p and "altered" in p for p in problems)
    entry_key = first["audit_log"]["key"]
    store.put(entry_key, store.get(entry_key).replace(b'"documents": 2', b'"documents": 1'))
    problems = audit.verify(store).problems
    assert any("does not chain" in p for p in problems)


def test_a_batch_with_unaudited_documents_fails_verify(store: Storage) -> None:
    committed_batch(store, "b9", ["a", "b"])
    manifest = json.loads(store.get(layout.batch_manifest("b9")))
    manifest |= {"batch_id": "b10", "documents": manifest["documents"] + [{"doc_id": "lost"}]}
    store.put(layout.batch_manifest("b10"), json.dumps(manifest).encode())
    write_shard(store, "b10", 0, ["a", "b"])
    from edgebatch.compaction import compact_batch

    assert compact_batch(store, manifest)["missing_documents"] == 1
    assert any("b10" in p and "1 documents have no audit row" in p for p in audit.verify(store).problems)
