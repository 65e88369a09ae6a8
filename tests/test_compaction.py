from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import pyarrow as pa

from edgebatch.compaction import compact_batch
from edgebatch.rows import AUDIT_SCHEMA
from edgebatch.storage import layout, open_storage


def _audit(doc_id: str) -> dict:
    row = {name: None for name in AUDIT_SCHEMA.names}
    row.update(doc_id=doc_id, outcome="succeeded", batch_id="b1")
    return row


def test_parts_are_merged_into_one_file_without_duplicates_and_committed_last(tmp_path: Path) -> None:
    storage = open_storage(tmp_path.as_uri())
    manifest = {"batch_id": "b1", "pipeline": "radiology", "created_at": time.time(),
                "documents": [{"doc_id": d} for d in ("a", "b", "c")]}
    storage.put_parquet(layout.shard_part("b1", "audit", 0), pa.Table.from_pylist([_audit("a"), _audit("b")],
                                                                                  schema=AUDIT_SCHEMA))
    # a redelivered shard that also wrote its rows under another name must not duplicate them
    storage.put_parquet(layout.shard_part("b1", "audit", 1), pa.Table.from_pylist([_audit("b"), _audit("c")],
                                                                                  schema=AUDIT_SCHEMA))
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
