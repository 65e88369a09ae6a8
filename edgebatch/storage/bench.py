"""``edgebatch bench storage``: result rows per second per core into Parquet on the configured store.

It writes a synthetic batch the way workers and the finaliser do: one Parquet part per shard
(results + audit rows, built from Python dicts as workers build them), then ``compact_batch``.
It runs in a scratch prefix (``_bench/<id>/``) that it removes afterwards, without object lock,
so the real audit log is untouched. Synthetic text only: no document is read.
"""

from __future__ import annotations

import os
import random
import secrets
import time
from collections import Counter
from datetime import datetime, timezone
from typing import Any

from ..rows import AUDIT_SCHEMA, SCHEMA_VERSION, table_of
from .base import Storage
from .layout import shard_part
from .local import LocalStorage

_WORDS = ("no acute findings lungs clear heart size normal mild atelectasis left base [NAME] [DATE] "
          "pleural effusion small stable compared prior study impression opacity right lower lobe").split()


def scratch(storage: Storage, name: str) -> Storage:
    """A storage rooted at ``_bench/<name>/`` below ``storage`` (same backend and bucket)."""
    from .s3 import S3Storage

    if isinstance(storage, S3Storage):
        return S3Storage(storage.client, storage.bucket, f"{storage.prefix}_bench/{name}", sse=storage.sse,
                         create_bucket=False, retries=storage.retries, endpoint=storage.endpoint)
    assert isinstance(storage, LocalStorage)
    return LocalStorage(storage.root / "_bench" / name)


def run(storage: Storage, *, rows: int = 100_000, shard_size: int = 1000) -> dict[str, Any]:
    """Write ``rows`` documents in shards, compact them; rates per wall second and per CPU second."""
    from ..compaction import compact_batch
    from ..config import Settings
    from ..pipeline import find_spec
    from ..rows import results_schema

    spec = find_spec(Settings.load().pipelines_dir, "radiology")
    schema = results_schema(spec)
    batch_id = "bench-" + secrets.token_hex(4)
    store = scratch(storage, batch_id)
    rng = random.Random(6)
    now = datetime.now(timezone.utc)
    doc_ids = [f"doc-{i:07d}" for i in range(rows)]
    shards = [doc_ids[i:i + shard_size] for i in range(0, rows, shard_size)]
    texts = [" ".join(rng.choices(_WORDS, k=90)) for _ in range(rows)]  # ~600 characters each, all distinct
    # The rows a worker's pipeline produced (built before timing): the bench times Arrow + Parquet + PUT.
    rows_by_shard = [([_result_row(doc_id, batch_id, texts[int(doc_id[4:])], now, spec) for doc_id in ids],
                      [_audit_row(doc_id, batch_id, now) for doc_id in ids]) for ids in shards]
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        for shard, (results, audits) in enumerate(rows_by_shard):
            store.put_parquet(shard_part(batch_id, "results", shard), table_of(results, schema))
            store.put_parquet(shard_part(batch_id, "audit", shard), table_of(audits, AUDIT_SCHEMA))
        write_wall, write_cpu = time.perf_counter() - wall, time.process_time() - cpu
        manifest = {"batch_id": batch_id, "pipeline": spec.name, "created_at": time.time(), "submitter": "bench",
                    "documents": [{"doc_id": d} for d in doc_ids]}
        wall, cpu = time.perf_counter(), time.process_time()
        commit = compact_batch(store, manifest)
        compact_wall, compact_cpu = time.perf_counter() - wall, time.process_time() - cpu
        files = Counter(k.rsplit("/", 1)[0] for k in store.list("") if k.endswith(".parquet"))
        total_wall, total_cpu = write_wall + compact_wall, write_cpu + compact_cpu
        return {
            "storage": storage.url, "rows": rows, "shards": len(shards), "shard_size": shard_size,
            "write_s": round(write_wall, 2), "compact_s": round(compact_wall, 2),
            "rows_per_s": round(rows / total_wall), "rows_per_cpu_s": round(rows / total_cpu),
            "write_rows_per_cpu_s": round(rows / write_cpu), "compact_rows_per_cpu_s": round(rows / compact_cpu),
            "cpus": len(os.sched_getaffinity(0)), "files": commit["files"],
            "max_files_per_partition": max(files.values()), "manifest_written": store.exists(
                f"batches/{batch_id}/_manifest.json"),
        }
    finally:
        store.delete_prefix("")


def _result_row(doc_id: str, batch_id: str, text: str, now: datetime, spec: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION, "doc_id": doc_id, "source": f"{doc_id}.txt", "sha256": "0" * 64,
        "pipeline": spec.name, "pipeline_version": spec.version, "batch_id": batch_id, "redacted_text": text,
        "model": "bench", "model_sha256": "0" * 64, "tokens_in": 120, "tokens_out": 40, "latency_ms_total": 1.0,
        "pii_counts": '{"NAME":1}', "pii_in_outputs": 0, "started_at": now, "finished_at": now,
    }
    samples = {"string": "normal", "float": 0.9, "int": 1, "bool": False}
    row.update({name: samples[field.type] for name, field in spec.output.items()})
    return row


def _audit_row(doc_id: str, batch_id: str, now: datetime) -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, "ts": now, "batch_id": batch_id, "doc_id": doc_id,
            "sha256": "0" * 64, "submitter": "bench", "pipeline": "radiology", "outcome": "succeeded",
            "tokens_in": 120, "tokens_out": 40, "latency_ms": 1.0, "pii_counts": '{"NAME":1}', "pii_total": 1}
