"""The audit trail: write-once audit files, hash-chained audit manifests, and their verification.

Each finalised batch writes its audit Parquet create-only (object lock where the bucket has it),
then one audit-log entry (``storage/layout.py``) that records the audit file's sha256, the hash of
the batch's document ids and the sha256 of the previous entry. ``HEAD.json`` points at the last
entry. ``verify`` walks the chain and re-hashes everything. No document text is ever recorded.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .storage import Lock, Storage, layout

_APPEND_ATTEMPTS = 100


def lock_for(mode: str, days: int) -> Lock | None:
    """The object lock for audit objects from settings (None when ``mode`` is off)."""
    return None if mode == "off" else Lock(mode, days)


def ids_sha256(doc_ids: list[str] | set[str] | pa.Array | pa.ChunkedArray) -> str:
    """A fingerprint of a set of document ids (distinct, sorted, newline-joined).

    Arrow arrays are hashed without Python strings (the same bytes: UTF-8 sorts by code point).
    """
    if isinstance(doc_ids, (pa.Array, pa.ChunkedArray)):
        ids = pc.unique(doc_ids)
        ids = ids.take(pc.sort_indices(ids))
        joined = pc.binary_join(pa.ListArray.from_arrays(pa.array([0, len(ids)], pa.int32()), ids), "\n")[0]
        return hashlib.sha256(joined.as_buffer() or b"").hexdigest()
    return hashlib.sha256("\n".join(sorted(set(doc_ids))).encode()).hexdigest()


def write_audit_file(storage: Storage, key: str, data: bytes, lock: Lock | None) -> bytes:
    """Create the batch's audit file once; a finaliser that runs again keeps the first one."""
    try:
        storage.put_once(key, data, lock=lock)
        return data
    except FileExistsError:
        return storage.get(key)


def entries(storage: Storage) -> list[tuple[int, str, str, str]]:
    """Every audit-log entry as (seq, kind, ref, key), in chain order."""
    found = []
    for key in storage.list(layout.AUDIT_LOG_PREFIX):
        parsed = layout.parse_audit_entry(key)
        if parsed:
            found.append((*parsed, key))
    return sorted(found)


def append(storage: Storage, kind: str, ref: str, body: dict[str, Any], lock: Lock | None) -> dict[str, Any]:
    """Add an entry at the end of the chain (create-only: concurrent writers retry the next seq).

    A batch entry is written once: appending it again returns the existing entry.
    """
    for _ in range(_APPEND_ATTEMPTS):
        existing = entries(storage)
        if kind == "batch":
            for _, k, r, key in existing:
                if k == kind and r == ref:
                    return dict(json.loads(storage.get(key)))
        prev_key = existing[-1][3] if existing else None
        entry = {
            "seq": existing[-1][0] + 1 if existing else 1, "kind": kind, "ref": ref,
            "recorded_at": datetime.now(timezone.utc).isoformat(),
            "prev_key": prev_key,
            "prev_sha256": hashlib.sha256(storage.get(prev_key)).hexdigest() if prev_key else None,
            **body,
        }
        data = json.dumps(entry, indent=2, sort_keys=True).encode()
        key = layout.audit_entry(entry["seq"], kind, ref)
        try:
            storage.put_once(key, data, lock=lock)
        except FileExistsError:
            continue
        head = {"seq": entry["seq"], "key": key, "sha256": hashlib.sha256(data).hexdigest()}
        storage.put(layout.AUDIT_HEAD, json.dumps(head).encode())
        return entry
    raise RuntimeError("could not append to the audit log: too many concurrent writers")


def record_batch(storage: Storage, manifest: dict[str, Any], audit_file: dict[str, Any] | None,
                 audit_ids: list[str] | pa.ChunkedArray, lock: Lock | None, *,
                 expected_ids: pa.Array | None = None) -> dict[str, Any]:
    """The batch's audit-log entry: audit file hash, document-id hashes, counts (no content).

    ``expected_ids`` are the manifest's distinct document ids when the caller has them already.
    """
    if expected_ids is None:
        expected_ids = pa.array({doc["doc_id"] for doc in manifest["documents"]}, pa.string())
    body = {
        "batch_id": manifest["batch_id"], "pipeline": manifest["pipeline"], "submitter": manifest.get("submitter"),
        "documents": len(expected_ids), "expected_ids_sha256": ids_sha256(expected_ids),
        "audit_key": audit_file["key"] if audit_file else None,
        "audit_sha256": audit_file["sha256"] if audit_file else None,
        "audit_rows": len(audit_ids), "audit_ids_sha256": ids_sha256(audit_ids),
    }
    return append(storage, "batch", manifest["batch_id"], body, lock)


@dataclass
class Report:
    """What ``verify`` found: ``ok`` only when ``problems`` is empty."""

    entries: int = 0
    batches: int = 0
    erasures: int = 0
    documents: int = 0
    locked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "entries": self.entries, "batches": self.batches, "erasures": self.erasures,
                "documents": self.documents, "locked_objects": self.locked, "problems": self.problems}


def verify(storage: Storage) -> Report:
    """Prove the chain unbroken and every document of every committed batch audited."""
    report = Report()
    chain = entries(storage)
    report.entries = len(chain)
    prev_key: str | None = None
    prev_sha: str | None = None
    batches_in_chain: set[str] = set()
    for expected_seq, (seq, kind, ref, key) in enumerate(chain, start=1):
        if seq != expected_seq:
            report.problems.append(f"audit log entry {expected_seq} is missing (next is {key})")
            expected_seq = seq
        data = storage.get(key)
        try:
            entry = json.loads(data)
        except ValueError:
            report.problems.append(f"{key}: not valid JSON (altered)")
            prev_key, prev_sha = key, hashlib.sha256(data).hexdigest()
            continue
        if entry.get("prev_key") != prev_key or entry.get("prev_sha256") != prev_sha:
            report.problems.append(f"{key}: does not chain to the previous entry {prev_key} (deleted or altered)")
        if (entry.get("seq"), entry.get("kind"), entry.get("ref")) != (seq, kind, ref):
            report.problems.append(f"{key}: its content does not match its name (altered)")
        if storage.lock_info(key):
            report.locked += 1
        if kind == "batch":
            report.batches += 1
            batches_in_chain.add(ref)
            _verify_batch(storage, key, entry, report)
        elif kind == "erasure":
            report.erasures += 1
        prev_key, prev_sha = key, hashlib.sha256(data).hexdigest()
    _verify_head(storage, prev_key, prev_sha, report)
    for key in storage.list("batches/"):
        if key.endswith("/_manifest.json"):
            batch_id = key.split("/")[1]
            if batch_id not in batches_in_chain:
                report.problems.append(f"batch {batch_id} is committed but has no audit log entry")
    return report


def _verify_batch(storage: Storage, key: str, entry: dict[str, Any], report: Report) -> None:
    batch_id = entry.get("batch_id")
    report.documents += int(entry.get("documents") or 0)
    audit_key = entry.get("audit_key")
    if audit_key is None:
        if entry.get("documents"):
            report.problems.append(f"batch {batch_id}: {entry['documents']} documents but no audit file")
        return
    try:
        data = storage.get(audit_key)
    except FileNotFoundError:
        report.problems.append(f"batch {batch_id}: audit file {audit_key} is missing (deleted)")
        return
    if hashlib.sha256(data).hexdigest() != entry.get("audit_sha256"):
        report.problems.append(f"batch {batch_id}: audit file {audit_key} does not match its sha256 (altered)")
        return
    if storage.lock_info(audit_key):
        report.locked += 1
    ids = pq.read_table(pa.BufferReader(data), columns=["doc_id"], use_threads=False).column("doc_id")
    fingerprint = ids_sha256(ids)
    if len(ids) != entry.get("audit_rows") or fingerprint != entry.get("audit_ids_sha256"):
        report.problems.append(f"batch {batch_id}: audit rows differ from the audit log entry {key}")
    if fingerprint != entry.get("expected_ids_sha256"):
        report.problems.append(f"batch {batch_id}: {entry.get('documents', 0) - len(pc.unique(ids))} documents "
                               "have no audit row")


def _verify_head(storage: Storage, last_key: str | None, last_sha: str | None, report: Report) -> None:
    if last_key is None:
        if storage.exists(layout.AUDIT_HEAD):
            report.problems.append("the audit log is empty but HEAD.json exists (entries deleted)")
        return
    try:
        head = json.loads(storage.get(layout.AUDIT_HEAD))
    except (FileNotFoundError, ValueError):
        report.problems.append("auditlog/HEAD.json is missing or unreadable")
        return
    if head.get("key") != last_key or head.get("sha256") != last_sha:
        report.problems.append(f"HEAD points at {head.get('key')} but the last entry is {last_key} "
                               "(latest entries deleted or altered)")
