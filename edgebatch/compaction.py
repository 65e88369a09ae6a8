"""Finalising a batch: one Parquet file per dataset per partition, then the commit manifest.

Shard parts are concatenated and de-duplicated by ``doc_id`` (a redelivered shard wrote the same
deterministic part again, but a part written twice under different names must still not count
twice). The audit file is written once (object lock where supported) and chained into the audit
log (``audit.py``). The commit manifest ``batches/<id>/_manifest.json`` is written last: readers
and ``audit verify`` treat a batch without it as not committed.
"""

from __future__ import annotations

import hashlib
import json
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from . import audit
from .rows import SCHEMA_VERSION
from .storage import Lock, Storage, layout
from .storage.base import parquet_bytes, tables_from_bytes


def compact_batch(storage: Storage, manifest: dict[str, Any], *, audit_lock: Lock | None = None) -> dict[str, Any]:
    """Compact every dataset of the batch and write its commit manifest; return that manifest."""
    batch_id = manifest["batch_id"]
    date = datetime.fromtimestamp(manifest["created_at"], timezone.utc).strftime("%Y-%m-%d")
    files: dict[str, dict[str, Any]] = {}
    audit_ids = pa.chunked_array([], pa.string())
    outcomes: dict[str, int] = {}
    parts = _parts(storage, batch_id)
    for dataset in layout.DATASETS:
        table = _merged(parts.get(dataset, []))
        if table is None or table.num_rows == 0:
            continue
        key = layout.dataset_file(dataset, manifest.get("tenant", "default"), manifest["pipeline"], date, batch_id)
        data = parquet_bytes(table, row_group_size=max(100_000, table.num_rows))
        if dataset == "audit":
            data = audit.write_audit_file(storage, key, data, audit_lock)
        else:
            storage.put(key, data)
        files[dataset] = {"key": key, "rows": table.num_rows, "sha256": hashlib.sha256(data).hexdigest(),
                          "bytes": len(data)}
        if dataset == "audit":
            audit_ids = table.column("doc_id")
            outcomes = {o["values"]: o["counts"] for o in pc.value_counts(table.column("outcome")).to_pylist()}
    expected = pa.array([doc["doc_id"] for doc in manifest["documents"]], pa.string()).unique()
    seen = audit_ids.unique()
    seen_expected = _count_in(seen, expected)
    same = seen_expected == len(seen) == len(expected)  # the usual case: every document audited, no other
    entry = audit.record_batch(storage, manifest, files.get("audit"), audit_ids, audit_lock, expected_ids=expected,
                               same_ids=same)
    # Rows of table shards are counted, not listed, in the manifest (tables may have millions).
    table_rows = sum(shard["rows"] for shard in manifest.get("table_shards", {}).values())
    unexpected = len(seen) - seen_expected
    missing = (0 if same else len(expected) - _count_in(expected, seen)) + max(0, table_rows - unexpected)
    commit = {
        "batch_id": batch_id,
        "schema_version": SCHEMA_VERSION,
        "pipeline": manifest["pipeline"],
        "committed_at": datetime.now(timezone.utc).isoformat(),
        "documents": len(expected),
        "outcomes": outcomes,
        "files": files,
        "missing_documents": missing,
        "audit_log": {"seq": entry["seq"], "key": entry["key"]},
    }
    storage.put(layout.commit_manifest(batch_id), json.dumps(commit, indent=2).encode())
    storage.delete_prefix(layout.parts_prefix(batch_id))
    return commit


def _count_in(values: pa.Array, value_set: pa.Array) -> int:
    """How many of ``values`` are in ``value_set``."""
    return int(pc.sum(pc.is_in(values, value_set=value_set)).as_py() or 0) if len(values) else 0


def _parts(storage: Storage, batch_id: str) -> dict[str, list[pa.Table]]:
    """Every shard part of the batch, by dataset, in shard order."""
    keys = storage.list(layout.parts_prefix(batch_id))
    with ThreadPoolExecutor(max_workers=8) as pool:  # object stores answer in parallel; parsing stays serial
        blobs = list(pool.map(storage.get, keys))
    parts: dict[str, list[pa.Table]] = {}
    for key, blob in zip(keys, blobs, strict=True):
        for dataset, table in part_tables(key, blob):
            parts.setdefault(dataset, []).append(table)
    return parts


def part_tables(key: str, blob: bytes) -> list[tuple[str, pa.Table]]:
    """The (dataset, table) pairs of the shard part stored under ``key``."""
    pairs = []
    for table in tables_from_bytes(blob):
        metadata = table.schema.metadata or {}
        pairs.append((layout.part_dataset(key) or metadata.get(b"dataset", b"").decode(), table))
    return pairs


def _merged(tables: list[pa.Table]) -> pa.Table | None:
    if not tables:
        return None
    table = pa.concat_tables(tables, promote_options="default")
    if layout.TENANT_PARTITION in table.column_names:  # parts of a schema-4 worker: the path holds it now
        table = table.drop_columns([layout.TENANT_PARTITION])
    return _dedupe_by_doc_id(table)


def _dedupe_by_doc_id(table: pa.Table) -> pa.Table:
    """Keep the last row of each doc_id (parts are read in shard order)."""
    if pc.count_distinct(table.column("doc_id")).as_py() == table.num_rows:
        return table  # the usual case, checked without a Python loop
    ids = table.column("doc_id").to_pylist()
    last: dict[str, int] = {}
    for index, doc_id in enumerate(ids):
        last[doc_id] = index
    if len(last) == len(ids):
        return table
    return table.take(sorted(last.values()))
