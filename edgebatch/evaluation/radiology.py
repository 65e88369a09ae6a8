"""``edgebatch eval radiology --gold FILE``: normal/abnormal on the user's labelled reports.

The gold file is JSONL, one report a line: ``{"text": ..., "label": "normal"|"abnormal"}``
(``custom_id`` optional). The pipeline's redact stage and its normal/abnormal classify stage run
on every report; the baseline flags a report abnormal when any abnormal keyword of that stage
occurs in the impression (no negation handling). Scores are precision, recall and F1 for
``abnormal``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..engines.fake import FakeEngine
from ..errors import ConfigError
from ..negation import sections
from ..pipeline import DocState, PipelineSpec, run_stages
from ..redaction.redactor import Redactor
from ..stages import StageContext, build_stages
from .metric import Score, score

POSITIVE = "abnormal"


@dataclass
class RadiologyReport:
    gold: list[str]
    predicted: dict[str, list[str]]  # system name -> labels, in gold order
    errors: int

    def scores(self) -> dict[str, Score]:
        return {name: score(self.gold, labels, POSITIVE) for name, labels in self.predicted.items()}

    def to_dict(self) -> dict[str, Any]:
        return {"reports": len(self.gold), "abnormal": self.gold.count(POSITIVE), "errors": self.errors,
                "systems": {name: {"precision": round(s.precision, 4), "recall": round(s.recall, 4),
                                   "f1": round(s.f1, 4), "tp": s.tp, "fp": s.fp, "fn": s.fn}
                            for name, s in self.scores().items()}}


def load_gold(path: Path) -> list[dict[str, str]]:
    """The labelled reports; a line without ``text`` or with another label is a ConfigError."""
    records = []
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip():
            continue
        record = json.loads(line)
        if not isinstance(record.get("text"), str) or record.get("label") not in ("normal", POSITIVE):
            raise ConfigError(f"{path}:{number}: needs `text` and `label` (normal or abnormal)")
        records.append(record)
    return records


def evaluate(spec: PipelineSpec, gold_file: Path, *, stage: str = "normal_abnormal") -> RadiologyReport:
    """Run the spec's redact and ``stage`` stages over the gold reports, and the keyword baseline."""
    records = load_gold(gold_file)
    kept = spec.model_copy(deep=True)
    kept.stages = [s for s in spec.stages if s.kind == "redact" or s.name == stage]
    if not any(s.name == stage and s.kind == "classify" for s in kept.stages):
        raise ConfigError(f"pipeline {spec.name!r} has no classify stage {stage!r}")
    stages = build_stages(StageContext(spec=kept, redactor=Redactor.default(), engine_factory=FakeEngine))
    docs = [DocState(r.get("custom_id", str(i)), "gold", "0", text=r["text"]) for i, r in enumerate(records)]
    run_stages(stages, docs)
    predicted = [doc.outputs.get(stage, "error") for doc in docs]
    classify = stages[-1]
    default = classify.options.default
    keywords = [pattern for rule, pattern in classify.compiled if rule.label != default]
    baseline = [POSITIVE if any(k.search(_impression(r["text"])) for k in keywords) else "normal" for r in records]
    return RadiologyReport([r["label"] for r in records],
                           {"pipeline rules": predicted, "keyword on impression": baseline},
                           sum(1 for d in docs if d.error is not None))


def _impression(text: str) -> str:
    return sections(text, ["impression", "conclusion"])


def format_report(report: RadiologyReport) -> str:
    lines = [f"{len(report.gold)} reports, {report.gold.count(POSITIVE)} abnormal, {report.errors} errors",
             f"{'system':<24} {'precision':>9} {'recall':>7} {'F1':>6}   (abnormal)"]
    for name, s in report.scores().items():
        lines.append(f"{name:<24} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f}")
    return "\n".join(lines)


__all__ = ["RadiologyReport", "evaluate", "format_report", "load_gold"]
