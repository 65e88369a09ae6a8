"""Building committed batches quickly (shard parts written as workers write them, then compaction)."""

from __future__ import annotations

import hashlib
import json
import time
from datetime import UTC, datetime
from typing import Any

import pyarrow as pa

from edgebatch.compaction import compact_batch
from edgebatch.config import Settings
from edgebatch.pipeline import find_spec
from edgebatch.rows import AUDIT_SCHEMA, ERRORS_SCHEMA, SCHEMA_VERSION, results_schema
from edgebatch.storage import Lock, Storage, layout
from edgebatch.storage.base import arrow_bytes

LOCK = Lock("governance", 1)


def doc_sha(doc_id: str) -> str:
    return hashlib.sha256(doc_id.encode()).hexdigest()


def rows_for(batch_id: str, doc_ids: list[str], *, errored: set[str] = frozenset()) -> dict[str, list[dict[str, Any]]]:
    """Result, audit and error rows as a worker writes them (errored documents get error rows)."""
    spec = find_spec(Settings.load().pipelines_dir, "radiology")
    now = datetime.now(UTC)
    out: dict[str, list[dict[str, Any]]] = {"results": [], "audit": [], "errors": []}
    for doc_id in doc_ids:
        base = {"schema_version": SCHEMA_VERSION, "batch_id": batch_id, "doc_id": doc_id, "sha256": doc_sha(doc_id),
                "pipeline": "radiology"}
        audit = {name: None for name in AUDIT_SCHEMA.names} | base | {"ts": now, "outcome": "succeeded"}
        if doc_id in errored:
            audit["outcome"] = "errored"
            out["errors"].append({name: None for name in ERRORS_SCHEMA.names} | base | {"ts": now, "error_code": "x"})
        else:
            out["results"].append({name: None for name in results_schema(spec).names} | base
                                  | {"redacted_text": f"report {doc_id} [NAME]", "started_at": now, "finished_at": now})
        out["audit"].append(audit)
    return out


def write_shard(storage: Storage, batch_id: str, shard: int, doc_ids: list[str], **kw: Any) -> None:
    """The shard's part as a worker writes it: one object holding its results, audit and errors tables."""
    spec = find_spec(Settings.load().pipelines_dir, "radiology")
    schemas = {"results": results_schema(spec), "audit": AUDIT_SCHEMA, "errors": ERRORS_SCHEMA}
    tables = [pa.Table.from_pylist(rows, schema=schemas[dataset])
              for dataset, rows in rows_for(batch_id, doc_ids, **kw).items() if rows]
    storage.put(layout.shard_part(batch_id, shard), arrow_bytes(tables))


def committed_batch(storage: Storage, batch_id: str, doc_ids: list[str], *, shard_size: int = 100,
                    errored: set[str] = frozenset(), lock: Lock | None = LOCK, tenant: str = "default") -> dict[str, Any]:
    manifest = {"batch_id": batch_id, "pipeline": "radiology", "created_at": time.time(), "submitter": "t",
                "tenant": tenant, "documents": [{"doc_id": d, "sha256": doc_sha(d)} for d in doc_ids]}
    storage.put(layout.batch_manifest(batch_id), json.dumps(manifest).encode())
    for shard, start in enumerate(range(0, len(doc_ids), shard_size)):
        write_shard(storage, batch_id, shard, doc_ids[start:start + shard_size], errored=errored)
    return compact_batch(storage, manifest, audit_lock=lock)
