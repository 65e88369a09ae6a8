"""Submitting a folder: scan, hash, stage shards, write the manifest, enqueue shard tasks."""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from .batch import BatchState, BatchStatus, new_batch_id
from .inputs import InputDocument, scan_folder
from .pipeline import PipelineSpec
from .storage import Storage, layout


def submit_folder(folder: Path, spec: PipelineSpec, *, state: BatchState, storage: Storage, submitter: str,
                  pipeline_path: Path | None = None, seen: Mapping[str, str] | None = None) -> str | None:
    """Create a batch for every document below ``folder``; return its id.

    ``seen`` (doc_id -> sha256) leaves out documents already processed with the same content; when
    it leaves out everything, no batch is created and None is returned.
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
                 input_name=Path(folder).name)
    documents: list[dict[str, Any]] = []
    total_shards = 0
    for shard, docs in enumerate(_shards(_unique(scanned), spec.shard_size)):
        body = "\n".join(json.dumps(doc.to_record(), ensure_ascii=False) for doc in docs) + "\n"
        storage.put(layout.staging_shard(batch_id, shard), body.encode())
        documents.extend({"doc_id": d.doc_id, "sha256": d.sha256, "size_bytes": d.size_bytes, "shard": shard}
                         for d in docs)
        total_shards = shard + 1
    manifest = {
        "batch_id": batch_id, "pipeline": spec.name, "pipeline_version": spec.version,
        "pipeline_path": str(pipeline_path.resolve()) if pipeline_path else None,
        "created_at": created, "submitter": submitter, "total_docs": len(documents),
        "total_shards": total_shards, "documents": documents,
    }
    storage.put(layout.batch_manifest(batch_id), json.dumps(manifest).encode())
    state.update(batch_id, total_docs=len(documents), total_shards=total_shards,
                 status=BatchStatus.in_progress.value)
    from .tasks import finalize_batch, process_shard

    if total_shards == 0:
        state.update(batch_id, status=BatchStatus.finalizing.value)
        finalize_batch.delay(batch_id)
    for shard in range(total_shards):
        process_shard.delay(batch_id, shard)
    return batch_id


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
