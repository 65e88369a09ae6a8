"""Handing a shard from one stage group to the next (``staging/.../shard-N.group-G.json``).

When a pipeline's stages sit on several queues, each stage group of a shard is its own task. The
group that finishes writes the state of the shard's documents for the next group to the staging
area, and the next task carries ids only (batch, shard, group). The state holds what later stages
and the result rows need: the redacted text, the redaction's offset map (offsets only), outputs,
latencies, token, PII and prompt-injection counts, errors, plus which worker ran each group.
Never raw text: redaction is always the first stage, so a document that is still alive is
redacted; the text of a document that is not (it failed before or in redaction) is dropped.
Staging is deleted when the batch is finalised.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .errors import DocumentError
from .pipeline import DocState, StageGroup
from .redaction.base import Redaction

FORMAT = 1


@dataclass
class Handoff:
    """A shard between stage groups: its documents and what the groups before recorded."""

    docs: list[DocState]
    started: datetime
    model: str = ""
    model_sha256: str = ""
    stage_workers: list[dict[str, Any]] = field(default_factory=list)

    def ran(self, group: StageGroup, worker: str, model: tuple[str, str]) -> None:
        """Record that ``worker`` ran ``group``; keep the last model identity a group reported."""
        self.stage_workers = [w for w in self.stage_workers if w["group"] != group.index]  # a rerun replaces
        self.stage_workers.append({"group": group.index, "queue": group.queue, "stages": list(group.stages),
                                   "worker": worker})
        if model[0]:
            self.model, self.model_sha256 = model

    def stage_workers_json(self) -> str:
        return json.dumps(self.stage_workers, separators=(",", ":"))

    def to_bytes(self) -> bytes:
        record = {"format": FORMAT, "started": self.started.isoformat(), "model": self.model,
                  "model_sha256": self.model_sha256, "stage_workers": self.stage_workers,
                  "docs": [_doc_record(doc) for doc in self.docs]}
        return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> Handoff:
        record = json.loads(data)
        if record.get("format") != FORMAT:
            raise ValueError(f"unknown hand-off format {record.get('format')!r}")
        return cls(docs=[_doc_of(doc) for doc in record["docs"]], started=datetime.fromisoformat(record["started"]),
                   model=record["model"], model_sha256=record["model_sha256"],
                   stage_workers=list(record["stage_workers"]))


def _doc_record(doc: DocState) -> dict[str, Any]:
    if doc.error is None and not doc.redacted:
        # Only reachable with a spec whose first stage is not `redact`, which build_stages refuses.
        raise ValueError(f"document {doc.doc_id!r} is not redacted: its text cannot leave the first stage group")
    return {
        "doc_id": doc.doc_id, "source": doc.source, "sha256": doc.sha256,
        "text": doc.text if doc.redacted else "", "redacted": doc.redacted,
        "replacements": doc.redaction.replacements if doc.redaction is not None else None,
        "outputs": doc.outputs, "latency_ms": doc.latency_ms, "pii_counts": dict(doc.pii_counts),
        "injection_counts": dict(doc.injection_counts), "pii_in_outputs": doc.pii_in_outputs,
        "tokens_in": doc.tokens_in, "tokens_out": doc.tokens_out,
        "error": [doc.error.code, doc.error.message] if doc.error is not None else None,
        "error_stage": doc.error_stage, "provider": doc.provider, "route_reason": doc.route_reason,
        "cost_usd": doc.cost_usd, "model": doc.model, "model_sha256": doc.model_sha256,
    }


def _doc_of(record: dict[str, Any]) -> DocState:
    doc = DocState(doc_id=record["doc_id"], source=record["source"], sha256=record["sha256"], text=record["text"],
                   redacted=record["redacted"], outputs=dict(record["outputs"]),
                   latency_ms=dict(record["latency_ms"]), pii_counts=Counter(record["pii_counts"]),
                   injection_counts=Counter(record.get("injection_counts", {})),
                   pii_in_outputs=record["pii_in_outputs"], tokens_in=record["tokens_in"],
                   tokens_out=record["tokens_out"], error_stage=record["error_stage"],
                   provider=record.get("provider", ""), route_reason=record.get("route_reason", ""),
                   cost_usd=record.get("cost_usd", 0.0), model=record.get("model", ""),
                   model_sha256=record.get("model_sha256", ""))
    if record["replacements"] is not None:
        # Offsets only: later stages map evidence back to the original (the spans are not kept).
        doc.redaction = Redaction(text=doc.text, replacements=[tuple(r) for r in record["replacements"]])
    if record["error"] is not None:
        doc.error = DocumentError(*record["error"])
    return doc
