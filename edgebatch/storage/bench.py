"""``edgebatch bench storage``: result rows per second per core into Parquet on the configured store.

It writes a synthetic batch the way workers and the finaliser do: the documents' states as the
pipeline leaves them (``DocState``), written as one part per shard by the workers' own
``rows.write_shard_part`` (Arrow columns, one Arrow IPC object), then ``compact_batch``. Building the
DocStates is not timed (that is the pipeline's work), and they are kept out of garbage collection
(a worker holds one shard of them, not a batch); everything after it is. It runs in a
scratch prefix (``_bench/<id>/``) that it removes afterwards, without object lock, so the real
audit log is untouched. Synthetic text only: no document is read.
"""

from __future__ import annotations

import gc
import hashlib
import os
import random
import secrets
import time
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from ..pipeline import DocState
from ..rows import RunInfo, shard_tables, write_shard_part
from .base import Storage, parquet_bytes
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

    spec = find_spec(Settings.load().pipelines_dir, "radiology")
    batch_id = "bench-" + secrets.token_hex(4)
    store = scratch(storage, batch_id)
    run_info = RunInfo(batch_id, spec, "bench", "bench-model", "0" * 64, 0.0005, 0.0015, worker="bench:1")
    docs = _documents(spec, rows)
    # A worker holds one shard's states and the finaliser none; the bench holds all of them, which
    # would make every garbage-collector pass walk 100k documents (~0.1-0.3 CPU-s) that no real
    # process has. Frozen, they are left out of collections, as a worker's imports are.
    gc.collect()
    gc.freeze()
    shards = [docs[i:i + shard_size] for i in range(0, rows, shard_size)]
    # A worker has converted rows before: the first conversion imports pandas (~0.5 s), once per process.
    parquet_bytes(shard_tables(docs[:1], run_info, datetime.now(UTC), datetime.now(UTC)).audit)
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        for shard, shard_docs in enumerate(shards):  # what WorkerRuntime._write_parts does
            write_shard_part(store, run_info, shard, shard_docs, datetime.now(UTC), datetime.now(UTC))
        write_wall, write_cpu = time.perf_counter() - wall, time.process_time() - cpu
        manifest = {"batch_id": batch_id, "pipeline": spec.name, "created_at": time.time(), "submitter": "bench",
                    "documents": [{"doc_id": doc.doc_id, "sha256": doc.sha256} for doc in docs]}
        wall, cpu = time.perf_counter(), time.process_time()
        commit = compact_batch(store, manifest)
        compact_wall, compact_cpu = time.perf_counter() - wall, time.process_time() - cpu
        files = Counter(k.rsplit("/", 1)[0] for k in store.list("") if k.endswith(".parquet"))
        total_wall, total_cpu = write_wall + compact_wall, write_cpu + compact_cpu
        return {
            "storage": storage.url, "rows": rows, "shards": len(shards), "shard_size": shard_size,
            "write_s": round(write_wall, 2), "compact_s": round(compact_wall, 2),
            "write_cpu_s": round(write_cpu, 2), "compact_cpu_s": round(compact_cpu, 2),
            "rows_per_s": round(rows / total_wall), "rows_per_cpu_s": round(rows / total_cpu),
            "write_rows_per_cpu_s": round(rows / write_cpu), "compact_rows_per_cpu_s": round(rows / compact_cpu),
            "cpus": len(os.sched_getaffinity(0)), "files": commit["files"],
            "max_files_per_partition": max(files.values()), "manifest_written": store.exists(
                f"batches/{batch_id}/_manifest.json"),
        }
    finally:
        gc.unfreeze()
        store.delete_prefix("")


def _documents(spec: Any, n: int) -> list[DocState]:
    """``n`` succeeded radiology documents as the pipeline leaves them (each text distinct, ~600 chars)."""
    rng = random.Random(6)
    samples = {"string": "normal", "float": 0.9, "int": 1, "bool": False}
    pii = [Counter({"NAME": 1, "DATE": 2}), Counter({"NAME": 2}), Counter(), Counter({"DATE": 1, "MRN": 1})]
    docs = []
    for i in range(n):
        doc = DocState(doc_id=f"doc-{i:07d}", source=f"reports/doc-{i:07d}.txt",
                       sha256=hashlib.sha256(str(i).encode()).hexdigest(),
                       text=" ".join(rng.choices(_WORDS, k=90)), redacted=True)
        doc.outputs = {name: samples[field.type] for name, field in spec.output.items()}
        doc.outputs["summary"] = " ".join(rng.choices(_WORDS, k=12))
        doc.latency_ms = {stage.name: rng.uniform(1, 900) for stage in spec.stages}
        doc.pii_counts = pii[i % len(pii)]
        doc.tokens_in, doc.tokens_out = rng.randint(100, 900), rng.randint(10, 60)
        docs.append(doc)
    return docs
