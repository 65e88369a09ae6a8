"""Span-level evaluation of a redactor against gold-labelled records.

Matching rules (label-agnostic: for privacy, any mask over PII counts):

* **strict recall** of a gold span: every non-whitespace character of the gold span is
  covered by some predicted span (several predicted spans may cover it together);
* **any-overlap recall**: at least one character of the gold span is covered;
* **character precision**: predicted characters (non-whitespace) that fall inside any gold
  span, of whatever label, divided by all predicted non-whitespace characters;
* **F2** = 5·P·R / (4·P + R) from character precision and micro strict recall (recall
  weighs four times as much as precision).

Gold labels are mapped onto this package's labels with ``label_map``; gold spans whose label
maps to ``None`` (e.g. job titles, nationalities) are not counted for recall, but predictions
inside them still count as precise.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ..errors import EdgeBatchError
from .base import Span
from .redactor import MIN_AGE, Redactor, age_value

#: presidio-research synthetic data labels -> EdgeBatch labels (None: not scored for recall).
PRESIDIO_LABELS: dict[str, str | None] = {
    "PERSON": "NAME",
    "STREET_ADDRESS": "ADDRESS",
    "GPE": "LOCATION",
    "ORGANIZATION": "ORGANIZATION",
    "CREDIT_CARD": "CARD",
    "DATE_TIME": "DATE",
    "PHONE_NUMBER": "PHONE",
    "AGE": "AGE",
    "EMAIL_ADDRESS": "EMAIL",
    "ZIP_CODE": "ZIP",
    "DOMAIN_NAME": "URL",
    "IBAN_CODE": "IBAN",
    "US_SSN": "SSN",
    "IP_ADDRESS": "IP",
    "US_DRIVER_LICENSE": "ID",
    "TITLE": None,
    "NRP": None,
}


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Gold records from a JSON-lines file: each has ``text`` and ``spans`` (``start``, ``end``,
    ``label``); a line that is not such a record stops with its line number, never a traceback."""
    records = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EdgeBatchError(f"{path}:{number}: not JSON ({exc.msg})") from None
            spans = record.get("spans") if isinstance(record, dict) else None
            if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not isinstance(spans, list) \
                    or not all(isinstance(g, dict) and {"start", "end", "label"} <= g.keys() for g in spans):
                found = ", ".join(sorted(record)) if isinstance(record, dict) else type(record).__name__
                raise EdgeBatchError(f"{path}:{number}: a gold record needs \"text\" and \"spans\" (a list of "
                                     f"{{start, end, label}}); this line has: {found}")
            records.append(record)
    return records


def _covered(mask: bytearray, text: str, start: int, end: int) -> tuple[int, int]:
    """(covered, total) non-whitespace characters of ``text[start:end]``."""
    covered = total = 0
    for i in range(start, end):
        if not text[i].isspace():
            total += 1
            covered += mask[i]
    return covered, total


def _scanned(
    redactor: Redactor, records: Iterable[Mapping[str, Any]], batch: int = 64
) -> Iterator[tuple[Mapping[str, Any], list[Span], float]]:
    """(record, spans, seconds per record) in batches, as the redact CLI and stage run."""
    chunk: list[Mapping[str, Any]] = []
    for rec in [*records, None]:
        if rec is not None:
            chunk.append(rec)
            if len(chunk) < batch:
                continue
        if chunk:
            t0 = time.perf_counter()
            found = redactor.scan_many([r["text"] for r in chunk])
            took = (time.perf_counter() - t0) / len(chunk)
            yield from ((r, s, took) for r, s in zip(chunk, found, strict=True))
            chunk = []


def f_beta(precision: float, recall: float, beta: float = 2.0) -> float:
    """The F-beta score; 0 when both are 0."""
    b2 = beta * beta
    denom = b2 * precision + recall
    return (1 + b2) * precision * recall / denom if denom else 0.0


def evaluate(
    redactor: Redactor,
    records: Iterable[Mapping[str, Any]],
    label_map: Mapping[str, str | None] | None = None,
    misses: bool = False,
) -> dict[str, Any]:
    """Score ``redactor`` on records with ``text`` and ``spans`` (``label``, ``start``, ``end``).

    Returns ``{"entities": {label: {"gold", "strict_recall", "any_recall", "type_match"}},
    "strict_recall", "any_recall", "char_precision", "f2", "policy_kept", "strict_recall_outside_policy",
    "f2_outside_policy", "docs", "docs_per_s", "chars_per_s"}``. ``policy_kept`` counts gold AGE spans
    that the redactor's ``ages`` policy keeps on purpose (under 90 with ``over_89``); they stay in
    ``strict_recall`` as misses, and ``strict_recall_outside_policy`` leaves them out.
    ``type_match`` is the share of strictly found gold spans whose covering prediction has the
    mapped label. This is a slow-path scorer (a Python loop per character); timing covers
    ``scan`` only. With ``misses``, ``"misses"`` lists every gold span not strictly found as
    ``{"id", "label", "start", "end", "covered"}`` (offsets only: no text, so it is safe to log).
    """
    label_map = dict(PRESIDIO_LABELS if label_map is None else label_map)
    gold_n: dict[str, int] = defaultdict(int)
    strict_n: dict[str, int] = defaultdict(int)
    any_n: dict[str, int] = defaultdict(int)
    typed_n: dict[str, int] = defaultdict(int)
    kept_n = kept_found = 0  # gold ages the ``ages`` policy keeps on purpose (under 90 with over_89)
    min_age = MIN_AGE[getattr(redactor, "ages", "all")]  # other scanners (Presidio) keep none on purpose
    pred_chars = pred_in_gold = 0
    missed: list[dict[str, Any]] = []
    docs = chars = 0
    elapsed = 0.0
    for rec, spans, took in _scanned(redactor, records):
        text = rec["text"]
        elapsed += took
        docs += 1
        chars += len(text)
        pred = bytearray(len(text))
        label_at: list[str | None] = [None] * len(text)
        for s in spans:
            for i in range(s.start, s.end):
                pred[i] = 1
                label_at[i] = s.label
        gold = bytearray(len(text))
        for g in rec["spans"]:
            for i in range(g["start"], g["end"]):
                gold[i] = 1
            label = label_map.get(g["label"], g["label"])
            if label is None:
                continue
            covered, total = _covered(pred, text, g["start"], g["end"])
            gold_n[label] += 1
            kept = label == "AGE" and 0 < age_value(text, g["start"], g["end"]) < min_age
            kept_n += kept
            kept_found += kept and total > 0 and covered == total
            if total and covered == total:
                strict_n[label] += 1
                if label in {label_at[i] for i in range(g["start"], g["end"])}:
                    typed_n[label] += 1
            elif misses:
                missed.append({"id": rec.get("id", docs - 1), "label": label, "start": g["start"], "end": g["end"],
                               "covered": round(covered / total, 2) if total else 0.0})
            if covered:
                any_n[label] += 1
        for i in range(len(text)):
            if pred[i] and not text[i].isspace():
                pred_chars += 1
                pred_in_gold += gold[i]
    total_gold = sum(gold_n.values())
    strict = sum(strict_n.values()) / total_gold if total_gold else 0.0
    outside = total_gold - kept_n
    strict_outside = (sum(strict_n.values()) - kept_found) / outside if outside else 0.0
    any_recall = sum(any_n.values()) / total_gold if total_gold else 0.0
    precision = pred_in_gold / pred_chars if pred_chars else 1.0
    result: dict[str, Any] = {
        "entities": {
            label: {
                "gold": gold_n[label],
                "strict_recall": strict_n[label] / gold_n[label],
                "any_recall": any_n[label] / gold_n[label],
                "type_match": typed_n[label] / strict_n[label] if strict_n[label] else 0.0,
            }
            for label in sorted(gold_n)
        },
        "strict_recall": strict,
        "any_recall": any_recall,
        "char_precision": precision,
        "f2": f_beta(precision, strict),
        "policy_kept": kept_n,
        "strict_recall_outside_policy": strict_outside,
        "f2_outside_policy": f_beta(precision, strict_outside),
        "docs": docs,
        "docs_per_s": docs / elapsed if elapsed else 0.0,
        "chars_per_s": chars / elapsed if elapsed else 0.0,
    }
    if misses:
        result["misses"] = missed
    return result


def format_report(result: Mapping[str, Any]) -> str:
    """A plain-text table of an :func:`evaluate` result."""
    lines = [f"{'entity':<14}{'gold':>6}{'strict':>9}{'any':>9}{'typed':>9}"]
    for label, e in result["entities"].items():
        lines.append(
            f"{label:<14}{e['gold']:>6}{e['strict_recall']:>9.3f}{e['any_recall']:>9.3f}{e['type_match']:>9.3f}"
        )
    lines.append(
        f"micro strict recall {result['strict_recall']:.3f}  any-overlap recall {result['any_recall']:.3f}  "
        f"char precision {result['char_precision']:.3f}  F2 {result['f2']:.3f}  "
        f"{result['docs_per_s']:.0f} docs/s ({result['chars_per_s'] / 1000:.0f} kchars/s)"
    )
    if result.get("policy_kept"):
        lines.append(
            f"{result['policy_kept']} gold AGE spans under 90 are kept by the ages policy (HIPAA Safe Harbor) and count "
            f"as misses above; without them: strict recall {result['strict_recall_outside_policy']:.3f}  "
            f"F2 {result['f2_outside_policy']:.3f} (--ages all masks them)"
        )
    return "\n".join(lines)


def format_misses(result: Mapping[str, Any]) -> str:
    """One line per missed gold span: record id, label, offsets, share of characters covered."""
    lines = [f"missed {len(result.get('misses', []))} gold spans (id label start-end covered):"]
    for m in result.get("misses", []):
        lines.append(f"{m['id']} {m['label']} {m['start']}-{m['end']} {m['covered']:.2f}")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    import sys

    path = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/pii/presidio_synth_v2.jsonl"
    print(format_report(evaluate(Redactor.default(), load_gold(path))))
