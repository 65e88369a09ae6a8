"""The audit trail: write-once audit files, hash-chained audit manifests, and their verification.

Each finalised batch writes its audit Parquet create-only (object lock where the bucket has it),
then one audit-log entry (``storage/layout.py``) that records the audit file's sha256, the hash of
the batch's document ids and the sha256 of the previous entry. ``verify`` walks the chain and
re-hashes everything. No document text is ever recorded.

Appends are safe across processes and machines without a lock: an entry's key is its position
(``entry-<seq>.json``) and it is created write-once (``If-None-Match: *`` on S3, a hard link on
local disk), so of two finalisers racing for the same position exactly one wins and the other
chains after it. ``refs/<kind>-<ref>.json`` finds a batch's entry again (a finaliser that runs
twice appends once). ``HEAD.json`` is advanced after each append until it names the last entry.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .storage import Lock, Storage, layout

log = logging.getLogger(__name__)

_APPEND_ATTEMPTS = 100
_CLOCK_SKEW_S = 600


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
    """Every audit-log entry as (seq, kind, ref, key), in chain order (kind and ref are "" where
    only the entry's content says: entries named by position)."""
    found = []
    for key in storage.list(layout.AUDIT_LOG_PREFIX):
        parsed = layout.parse_audit_entry(key)
        if parsed:
            found.append((*parsed, key))
    return sorted(found)


def append(storage: Storage, kind: str, ref: str, body: dict[str, Any], lock: Lock | None, *,
           not_before: float | None = None) -> dict[str, Any]:
    """Add an entry at the end of the chain; return it with its ``key``.

    Create-only at the next position: a concurrent writer that took it makes this one retry after
    it. A batch entry is written once: appending it again returns the existing entry (found by its
    ref, or, after a crash between the entry and its ref, among the entries recorded since
    ``not_before``, a Unix time before which it cannot have been recorded).
    """
    chain = entries(storage)
    if kind == "batch":
        existing = _find(storage, chain, kind, ref, not_before)
        if existing is not None:
            return existing
    for attempt in range(_APPEND_ATTEMPTS):
        if attempt:
            chain = entries(storage)
        prev_key = chain[-1][3] if chain else None
        entry = {
            "seq": chain[-1][0] + 1 if chain else 1, "kind": kind, "ref": ref,
            "recorded_at": datetime.now(UTC).isoformat(),
            "prev_key": prev_key,
            "prev_sha256": hashlib.sha256(storage.get(prev_key)).hexdigest() if prev_key else None,
            **body,
        }
        data = json.dumps(entry, indent=2, sort_keys=True).encode()
        key = layout.audit_entry(entry["seq"])
        try:
            storage.put_once(key, data, lock=lock)
        except FileExistsError:
            continue  # another writer took this position: chain after its entry
        pointer = {"seq": entry["seq"], "key": key, "sha256": hashlib.sha256(data).hexdigest()}
        try:
            storage.put_once(layout.audit_ref(kind, ref), json.dumps(pointer).encode(), lock=lock)
        except FileExistsError:  # two finalisers of one batch at the same moment: verify reports it
            log.error("audit log: %s %s was appended twice (seq %d)", kind, ref, entry["seq"])
        advance_head(storage)
        return {**entry, "key": key}
    raise RuntimeError("could not append to the audit log: too many concurrent writers")


def find(storage: Storage, kind: str, ref: str, *, not_before: float | None = None) -> dict[str, Any] | None:
    """The chain entry of ``kind``/``ref`` (with its ``key``), or None."""
    return _find(storage, entries(storage), kind, ref, not_before)


def _find(storage: Storage, chain: list[tuple[int, str, str, str]], kind: str, ref: str,
          not_before: float | None) -> dict[str, Any] | None:
    try:
        pointer = json.loads(storage.get(layout.audit_ref(kind, ref)))
        return {**json.loads(storage.get(pointer["key"])), "key": pointer["key"]}
    except FileNotFoundError:
        pass
    for _, k, r, key in chain:  # entries named before refs existed carry kind and ref in their name
        if (k, r) == (kind, ref):
            return {**json.loads(storage.get(key)), "key": key}
    if not_before is None:
        return None
    # Skew between machines' clocks: look a little further back than the batch's creation.
    since = datetime.fromtimestamp(not_before - _CLOCK_SKEW_S, UTC).isoformat()
    for _, k, _, key in reversed(chain):
        if k:
            break  # the entries before are named, and were checked above
        entry = json.loads(storage.get(key))
        if (entry.get("kind"), entry.get("ref")) == (kind, ref):
            return {**entry, "key": key}
        if str(entry.get("recorded_at", "")) < since:
            break
    return None


def advance_head(storage: Storage) -> None:
    """Point ``HEAD.json`` at the last entry, again until it does: a slower writer that set it to an
    earlier entry meanwhile is corrected by whichever writer checks last."""
    for _ in range(_APPEND_ATTEMPTS):
        chain = entries(storage)
        if not chain:
            return
        seq, key = chain[-1][0], chain[-1][3]
        try:
            head = json.loads(storage.get(layout.AUDIT_HEAD))
        except (FileNotFoundError, ValueError):
            head = {}
        if head.get("key") == key or int(head.get("seq") or 0) > seq:
            return  # current, or entries after it were deleted: verify reports that
        head = {"seq": seq, "key": key, "sha256": hashlib.sha256(storage.get(key)).hexdigest()}
        storage.put(layout.AUDIT_HEAD, json.dumps(head).encode())


def record_batch(storage: Storage, manifest: dict[str, Any], audit_file: dict[str, Any] | None,
                 audit_ids: list[str] | pa.ChunkedArray, lock: Lock | None, *,
                 expected_ids: pa.Array | None = None, same_ids: bool = False,
                 adopted: bool = False) -> dict[str, Any]:
    """The batch's audit-log entry: audit file hash, document-id hashes, counts (no content).

    ``expected_ids`` are the manifest's distinct document ids when the caller has them already;
    ``same_ids`` says the caller found ``audit_ids`` to hold exactly those ids (one fingerprint serves
    both); ``adopted`` marks a batch committed before the audit log existed, chained afterwards.
    """
    if expected_ids is None:
        expected_ids = pa.array({doc["doc_id"] for doc in manifest["documents"]}, pa.string())
    expected_sha256 = ids_sha256(expected_ids)
    body = {
        "batch_id": manifest["batch_id"], "pipeline": manifest["pipeline"], "submitter": manifest.get("submitter"),
        "documents": len(expected_ids), "expected_ids_sha256": expected_sha256,
        "audit_key": audit_file["key"] if audit_file else None,
        "audit_sha256": audit_file["sha256"] if audit_file else None,
        "audit_rows": len(audit_ids), "audit_ids_sha256": expected_sha256 if same_ids else ids_sha256(audit_ids),
    }
    if adopted:
        body["adopted"] = True
    return append(storage, "batch", manifest["batch_id"], body, lock, not_before=manifest.get("created_at"))


def adopt(storage: Storage, lock: Lock | None) -> list[str]:
    """Chain the committed batches that have no audit-log entry because they were committed before
    the audit log existed (their commit manifest has no ``audit_log``); return their ids.

    Their entry hashes the audit file as it is now: the chain proves it unchanged from here on.
    """
    chained = {entry.get("batch_id") for entry in _batch_entries(storage)}
    adopted = []
    for key in storage.list("batches/"):
        if not key.endswith("/_manifest.json"):
            continue
        commit = json.loads(storage.get(key))
        batch_id = commit["batch_id"]
        if "audit_log" in commit or batch_id in chained:
            continue
        manifest = json.loads(storage.get(layout.batch_manifest(batch_id)))
        audit_file = commit["files"].get("audit")
        ids: Any = []
        if audit_file is not None:
            data = storage.get(audit_file["key"])
            audit_file = {**audit_file, "sha256": hashlib.sha256(data).hexdigest()}
            ids = pq.read_table(pa.BufferReader(data), columns=["doc_id"], use_threads=False).column("doc_id")
        entry = record_batch(storage, manifest, audit_file, ids, lock, adopted=True)
        commit["audit_log"] = {"seq": entry["seq"], "key": entry["key"], "adopted": True}
        storage.put(key, json.dumps(commit, indent=2).encode())
        adopted.append(batch_id)
    return adopted


def _batch_entries(storage: Storage) -> list[dict[str, Any]]:
    return [entry for entry in (json.loads(storage.get(key)) for *_, key in entries(storage))
            if entry.get("kind") == "batch"]


@dataclass
class Report:
    """What ``verify`` found: ``ok`` only when ``problems`` is empty."""

    entries: int = 0
    batches: int = 0
    erasures: int = 0
    documents: int = 0
    locked: int = 0
    problems: list[str] = field(default_factory=list)
    #: Committed before the audit log existed, so never chained (``adopt`` chains them).
    unchained_batches: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "entries": self.entries, "batches": self.batches, "erasures": self.erasures,
                "documents": self.documents, "locked_objects": self.locked, "problems": self.problems,
                "unchained_batches": self.unchained_batches}


def verify(storage: Storage) -> Report:
    """Prove the chain unbroken and every document of every committed batch audited."""
    report = Report()
    chain = entries(storage)
    report.entries = len(chain)
    prev_key: str | None = None
    prev_sha: str | None = None
    prev_seq = 0
    batches_in_chain: Counter[str] = Counter()
    for seq, kind, ref, key in chain:
        if seq == prev_seq:
            report.problems.append(f"{key}: a second entry at position {seq} after {prev_key} (the chain forks)")
        elif seq != prev_seq + 1:
            report.problems.append(f"audit log entry {prev_seq + 1} is missing (next is {key})")
        prev_seq = seq
        data = storage.get(key)
        try:
            entry = json.loads(data)
        except ValueError:
            report.problems.append(f"{key}: not valid JSON (altered)")
            prev_key, prev_sha = key, hashlib.sha256(data).hexdigest()
            continue
        if entry.get("prev_key") != prev_key or entry.get("prev_sha256") != prev_sha:
            report.problems.append(f"{key}: does not chain to the previous entry {prev_key} (deleted or altered)")
        kind, ref = kind or str(entry.get("kind")), ref or str(entry.get("ref"))
        if (entry.get("seq"), entry.get("kind"), entry.get("ref")) != (seq, kind, ref):
            report.problems.append(f"{key}: its content does not match its name (altered)")
        if storage.lock_info(key):
            report.locked += 1
        if kind == "batch":
            report.batches += 1
            batches_in_chain[ref] += 1
            _verify_batch(storage, key, entry, report)
        elif kind == "erasure":
            report.erasures += 1
        prev_key, prev_sha = key, hashlib.sha256(data).hexdigest()
    _verify_head(storage, prev_key, prev_sha, report)
    for batch_id, count in sorted(batches_in_chain.items()):
        if count > 1:
            report.problems.append(f"batch {batch_id} has {count} audit log entries (finalised twice at once)")
    for key in storage.list("batches/"):
        if key.endswith("/_manifest.json"):
            batch_id = key.split("/")[1]
            if batch_id in batches_in_chain:
                continue
            commit = json.loads(storage.get(key))
            if "audit_log" in commit:
                report.problems.append(f"batch {batch_id} is committed but its audit log entry "
                                       f"{commit['audit_log'].get('key')} is gone (deleted)")
            else:
                report.unchained_batches.append(batch_id)
                report.problems.append(f"batch {batch_id} was committed before the audit log existed: it has no "
                                       "audit log entry (`edgebatch audit adopt` chains it)")
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
