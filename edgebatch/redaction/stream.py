"""``edgebatch redact``: JSONL in, JSONL out, streamed in chunks over worker processes.

Memory stays constant: at most ``2 x workers`` chunks of ``chunk_lines`` lines are in flight,
and output keeps input order. Workers only detect spans (and load NER once each); the parent
renders the replacements, so ``[NAME_1]`` is the same surface form across the whole file. A bad
line (not JSON, no ``text``) becomes an output line with an ``error`` code, never a crash.
"""

from __future__ import annotations

import json
import multiprocessing as mp
from collections import deque
from collections.abc import Iterator
from typing import IO, Any

from .base import Span
from .policy import PolicySpec, PseudonymTable, load_key, render
from .redactor import Redactor

_REDACTOR: Redactor | None = None


def _init_worker(ner: bool | None, ages: str = "over_89") -> None:
    global _REDACTOR
    _REDACTOR = Redactor.default(ner=ner, ages=ages)  # type: ignore[arg-type]


def _detect(lines: list[str]) -> list[tuple[dict[str, Any], list[Span] | None, str | None]]:
    """Parse and scan a chunk in a worker: (record, spans, error code) per line."""
    assert _REDACTOR is not None
    parsed: list[tuple[dict[str, Any], str | None]] = []
    for line in lines:
        try:
            rec = json.loads(line)
            ok = isinstance(rec, dict) and isinstance(rec.get("text"), str)
            parsed.append((rec if ok else {"id": rec.get("id") if isinstance(rec, dict) else None}, None if ok else "missing_text"))
        except json.JSONDecodeError:
            parsed.append(({"id": None}, "invalid_json"))
    texts = [rec["text"] for rec, err in parsed if err is None]
    found = iter(_REDACTOR.scan_many(texts))
    return [(rec, next(found) if err is None else None, err) for rec, err in parsed]


def _chunks(source: IO[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for line in source:
        if line.strip():
            chunk.append(line)
            if len(chunk) >= size:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


def redact_stream(
    source: IO[str], sink: IO[str], spec: PolicySpec, workers: int = 1, chunk_lines: int = 64
) -> dict[str, int]:
    """Redact every JSONL record of ``source`` into ``sink``; returns counts (docs, errors, spans)."""
    key = load_key() if spec.date_shift or spec.hash_labels else None
    table = PseudonymTable()
    counts = {"docs": 0, "errors": 0, "spans": 0}

    def write(results: list[tuple[dict[str, Any], list[Span] | None, str | None]]) -> None:
        for rec, spans, err in results:
            counts["docs"] += 1
            if spans is None:
                counts["errors"] += 1
                sink.write(json.dumps({"id": rec.get("id"), "error": err}) + "\n")
                continue
            counts["spans"] += len(spans)
            patient = str(rec.get("patient_id", rec.get("id", "")))
            out = {
                "id": rec.get("id"),
                "redacted": render(rec["text"], spans, spec, table, patient=patient, key=key),
                "spans": [
                    {"start": s.start, "end": s.end, "label": s.label, "detector": s.detector, "score": s.score}
                    for s in spans
                ],
            }
            sink.write(json.dumps(out, ensure_ascii=False) + "\n")

    if workers <= 1:
        _init_worker(spec.ner, spec.ages)
        for chunk in _chunks(source, chunk_lines):
            write(_detect(chunk))
        return counts
    ctx = mp.get_context("spawn")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(spec.ner, spec.ages)) as pool:
        pending: deque[Any] = deque()
        for chunk in _chunks(source, chunk_lines):
            pending.append(pool.apply_async(_detect, (chunk,)))
            if len(pending) >= 2 * workers:
                write(pending.popleft().get())
        while pending:
            write(pending.popleft().get())
    return counts
