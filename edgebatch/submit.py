"""Submitting a folder: scan, hash, stage shards, write the manifest, enqueue shard tasks."""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from .batch import BatchState, BatchStatus, new_batch_id
from .inputs import InputDocument, checked_path, scan_folder, walk
from .inputs.base import safe_id
from .inputs.table import TABLE_SUFFIXES, load_table, row_shards
from .pipeline import PipelineSpec
from .storage import Storage, layout


def submit_folder(folder: Path, spec: PipelineSpec, *, state: BatchState, storage: Storage, submitter: str,
                  pipeline_path: Path | None = None, seen: Mapping[str, str] | None = None,
                  tenant: str = "default", sla: str = "standard",
                  admit: Callable[[int], None] | None = None) -> str | None:
    """Create a batch for every document below ``folder``; return its id.

    ``seen`` (doc_id -> sha256) leaves out documents already processed with the same content; when
    it leaves out everything, no batch is created and None is returned. ``admit(n_docs)`` checks the
    tenant's quotas once the documents are counted and raises to refuse the batch: then its staged
    text is deleted, the batch is marked failed and nothing is enqueued.
    """
    scanned: Iterator[InputDocument] = iter(scan_folder(folder, max_bytes=spec.max_document_bytes))
    if seen is not None:
        scanned = (doc for doc in scanned if seen.get(doc.doc_id) != doc.sha256)
        first = next(scanned, None)
        if first is None:
            return None
        scanned = itertools.chain([first], scanned)
    batch_id = new_batch_id()
    created = time.time()
    state.create(batch_id, pipeline=spec.name, submitter=submitter, total_docs=0, total_shards=0,
                 input_name=Path(folder).name, tenant=tenant)
    documents: list[dict[str, Any]] = []
    total_shards = 0
    table_shards: dict[str, dict[str, Any]] = {}
    if spec.input == "table":
        inputs, table_shards = stage_tables(folder, spec, batch_id=batch_id, storage=storage)
        total_shards = len(table_shards)
    else:
        inputs = scanned
    for shard, docs in enumerate(_shards(_unique(inputs), spec.shard_size), start=total_shards):
        body = "\n".join(doc.staged_json() for doc in docs) + "\n"
        storage.put(layout.staging_shard(batch_id, shard), body.encode())
        documents.extend({"doc_id": d.doc_id, "sha256": d.sha256, "size_bytes": d.size_bytes, "shard": shard}
                         for d in docs)
        total_shards = shard + 1
    table_rows = sum(entry["rows"] for entry in table_shards.values())
    if admit is not None:
        try:
            admit(len(documents) + table_rows)
        except Exception as exc:
            storage.delete_prefix(layout.staging_prefix(batch_id))
            state.update(batch_id, status=BatchStatus.failed.value, error=str(exc))
            raise
    manifest = {
        "batch_id": batch_id, "pipeline": spec.name, "pipeline_version": spec.version,
        "pipeline_path": str(pipeline_path.resolve()) if pipeline_path else None,
        "created_at": created, "submitter": submitter, "tenant": tenant, "sla": sla, "total_docs": len(documents) + table_rows,
        "total_shards": total_shards, "documents": documents, "table_shards": table_shards,
    }
    storage.put(layout.batch_manifest(batch_id), json.dumps(manifest).encode())
    state.update(batch_id, total_docs=len(documents) + table_rows, total_shards=total_shards,
                 status=BatchStatus.in_progress.value)
    from .tasks import finalize_batch, process_shard

    if total_shards == 0:
        state.update(batch_id, status=BatchStatus.finalizing.value)
        finalize_batch.delay(batch_id)
    with process_shard.app.producer_or_acquire() as producer:  # one connection for every shard
        for shard in largest_first(documents, total_shards):  # ids only in task arguments
            process_shard.apply_async((batch_id, shard), queue=spec.shard_queue, producer=producer)
    return batch_id


def largest_first(documents: list[dict[str, Any]], total_shards: int) -> list[int]:
    """Shard numbers, those with the most document bytes first; ties keep their order, and shards
    without documents (table shards) come last.

    A pool takes shards off the queue in this order, so the longest ones start first and the
    batch ends on small ones, not with one worker on a big shard while the others idle
    (longest-processing-time-first scheduling; a shard's bytes stand in for its model work).
    """
    size = [0] * total_shards
    for doc in documents:
        size[doc["shard"]] += doc["size_bytes"]
    return sorted(range(total_shards), key=lambda shard: -size[shard])


def stage_tables(folder: Path, spec: PipelineSpec, *, batch_id: str,
                 storage: Storage) -> tuple[list[InputDocument], dict[str, dict[str, Any]]]:
    """Split every table below ``folder`` into Parquet row shards in the staging area.

    Returns the files that could not be read (as error documents) and, per shard number, the
    shard's source file, its sha256 and its row count (the manifest keeps no per-row entries)."""
    files = list(walk(folder, TABLE_SUFFIXES))
    failed: list[InputDocument] = []
    shards: dict[str, dict[str, Any]] = {}
    for root, path in files:
        real, refused = checked_path(path, root, max_bytes=spec.max_document_bytes)
        if refused is not None or real is None:
            failed.append(refused)  # type: ignore[arg-type]
            continue
        loaded = load_table(real, safe_id(path.relative_to(root).as_posix()), id_column=spec.id_column,
                            prefix_ids=len(files) > 1)
        if isinstance(loaded, InputDocument):
            failed.append(loaded)
            continue
        for rows in row_shards(loaded.table, spec.shard_size):
            shard = len(shards)
            storage.put_parquet(layout.staging_table_shard(batch_id, shard), rows)
            shards[str(shard)] = {"source": loaded.source, "sha256": loaded.sha256, "rows": rows.num_rows}
    return failed, shards


def _unique(docs: Iterable[InputDocument]) -> Iterator[InputDocument]:
    """A second document with an id already seen becomes an error (ids key the output)."""
    seen: set[str] = set()
    for doc in docs:
        if doc.doc_id in seen:
            doc = InputDocument(f"{doc.doc_id}@{doc.source}", doc.source, doc.sha256, doc.size_bytes,
                                error_code="duplicate_id",
                                error_message=f"another document of this batch already has the id {doc.doc_id!r}")
        seen.add(doc.doc_id)
        yield doc


def _shards(docs: Iterable[InputDocument], size: int) -> Iterator[list[InputDocument]]:
    shard: list[InputDocument] = []
    for doc in docs:
        shard.append(doc)
        if len(shard) >= size:
            yield shard
            shard = []
    if shard:
        yield shard
