"""Retention and erasure of personal data (GDPR art. 5(1)(e) storage limitation, art. 17 erasure).

Results, errors and staged input expire after ``retention_days``: S3 lifecycle rules on object
storage, ``apply`` (run it daily, e.g. from cron) on local disk. ``erase`` removes one document's
rows from the result and error files that hold them, rewrites those files and their commit
manifests, drops the old object versions, and records the erasure (hashes and counts only) in the
audit log. The audit file itself keeps its row: it holds ids and hashes, never content.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from . import audit
from .errors import EdgeBatchError
from .storage import Lock, Storage, layout
from .storage.base import parquet_bytes


def apply(storage: Storage, retention_days: int, *, today: date | None = None) -> dict[str, Any]:
    """Expire results/errors/staging older than ``retention_days`` (lifecycle rules on S3)."""
    from .storage.s3 import S3Storage

    if isinstance(storage, S3Storage):
        storage.set_expiration({prefix: retention_days for prefix in layout.EXPIRING_PREFIXES})
        return {"storage": storage.url, "lifecycle": storage.expiration()}
    cutoff = (today or datetime.now(timezone.utc).date()) - timedelta(days=retention_days)
    removed = []
    for prefix in ("results/", "errors/"):
        for key in storage.list(prefix):
            day = _partition_date(key)
            if day is not None and day < cutoff:
                storage.delete(key)
                removed.append(key)
    return {"storage": storage.url, "cutoff": cutoff.isoformat(), "removed": removed}


def erase(storage: Storage, *, doc_sha256: str | None = None, doc_id: str | None = None,
          lock: Lock | None = None, tenant: str | None = None) -> dict[str, Any]:
    """Remove a document's rows from every result and error file; record the erasure in the audit log.

    ``tenant``: only that tenant's rows (rows without a tenant belong to ``default``); None = every tenant's."""
    if (doc_sha256 is None) == (doc_id is None):
        raise EdgeBatchError("erase needs exactly one of --doc-sha256 or --doc-id")
    column, value = ("sha256", doc_sha256) if doc_sha256 is not None else ("doc_id", doc_id)
    rewritten: list[dict[str, Any]] = []
    hashes: set[str] = set()
    for key in storage.list("batches/"):
        if not key.endswith("/_manifest.json"):
            continue
        commit = json.loads(storage.get(key))
        changed = False
        for dataset in ("results", "errors"):
            entry = commit["files"].get(dataset)
            if entry is None or not storage.exists(entry["key"]):
                continue
            table = storage.get_parquet(entry["key"])
            match = pc.fill_null(pc.equal(table.column(column), value), False)
            if tenant is not None:
                match = pc.and_(match, pc.equal(_owner(table, entry["key"]), tenant))
            hits = pc.sum(match).as_py() or 0
            if not hits:
                continue
            hashes.update(h for h in table.filter(match).column("sha256").to_pylist() if h)
            kept = table.filter(pc.invert(match))
            data = parquet_bytes(kept, row_group_size=max(100_000, kept.num_rows))
            storage.put(entry["key"], data)
            purged = storage.purge_versions(entry["key"])
            entry.update(rows=kept.num_rows, sha256=hashlib.sha256(data).hexdigest(), bytes=len(data),
                         erased_rows=entry.get("erased_rows", 0) + hits)
            rewritten.append({"batch_id": commit["batch_id"], "dataset": dataset, "key": entry["key"],
                              "rows_removed": hits, "sha256": entry["sha256"], "old_versions_removed": purged})
            changed = True
        if changed:
            storage.put(key, json.dumps(commit, indent=2).encode())
    body = {
        "by": column, "request_sha256": hashlib.sha256(str(value).encode()).hexdigest(),
        **({"tenant": tenant} if tenant is not None else {}),
        "doc_sha256": sorted(hashes), "rows_removed": sum(f["rows_removed"] for f in rewritten),
        "files": rewritten,
    }
    ref = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S") + secrets.token_hex(3)
    entry = audit.append(storage, "erasure", ref, body, lock)
    return {**body, "audit_log": {"seq": entry["seq"], "key": entry["key"]}}


def _partition_date(key: str) -> date | None:
    for part in key.split("/"):
        if part.startswith("date="):
            try:
                return date.fromisoformat(part[len("date="):])
            except ValueError:
                return None
    return None


def _owner(table: pa.Table, key: str) -> pa.Array | str:
    """The tenant of each row: the file's ``tenant=`` folder, else (files written before it) the
    ``tenant`` column, else ``default``."""
    partition = layout.key_tenant(key)
    if partition is not None:
        return partition
    if "tenant" in table.column_names:
        return pc.fill_null(table.column("tenant"), "default")
    return "default"
