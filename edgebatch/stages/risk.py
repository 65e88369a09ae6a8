"""The risk stage: a low / medium / high level with reasons, from the clause findings."""

from __future__ import annotations

import json
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..pipeline import DocState
from .base import Stage, StageOptions

Level = Literal["low", "medium", "high"]
_ORDER = {"low": 0, "medium": 1, "high": 2}


class RiskRule(BaseModel):
    """Fires when every listed condition holds; the highest level of the fired rules wins."""

    model_config = ConfigDict(extra="forbid")

    level: Level
    reason: str
    present: list[str] = Field(default_factory=list, description="Clauses found (not contradicted)")
    contradicted: list[str] = Field(default_factory=list, description="Clauses found with a contradiction cue")
    absent: list[str] = Field(default_factory=list, description="Clauses not found at all")


class RiskOptions(StageOptions):
    source: str = Field(..., description="The clauses stage whose findings are read")
    rules: list[RiskRule] = Field(..., min_length=1)
    default: Level = "low"
    reasons_field: str | None = Field(None, description="Output field for the reasons (default <name>_reasons)")


class RiskStage(Stage):
    """Fills ``<name>`` with the level and ``reasons_field`` with the reasons (joined by ``; ``, with
    evidence offsets)."""

    kind: ClassVar[str] = "risk"
    Options = RiskOptions

    def run(self, docs: list[DocState]) -> None:
        for doc in docs:
            findings = json.loads(doc.outputs.get(self.options.source) or "[]")
            level, reasons = assess(findings, self.options.rules, self.options.default)
            doc.outputs[self.name] = level
            doc.outputs[self.options.reasons_field or f"{self.name}_reasons"] = "; ".join(reasons)


def assess(findings: list[dict[str, object]], rules: list[RiskRule], default: Level) -> tuple[Level, list[str]]:
    """The level and the reasons of the rules that fire over ``findings``."""
    where: dict[tuple[str, object], str] = {}
    for f in findings:
        where.setdefault((f["clause"], f["status"]), f"chars {f['start']}-{f['end']}")
    level: Level = default
    reasons: list[str] = []
    for rule in rules:
        present = all((c, "present") in where for c in rule.present)
        contra = all((c, "contradicted") in where for c in rule.contradicted)
        absent = all((c, "present") not in where and (c, "contradicted") not in where for c in rule.absent)
        if not (present and contra and absent):
            continue
        evidence = [where[(c, "present")] for c in rule.present]
        evidence += [where[(c, "contradicted")] for c in rule.contradicted]
        reasons.append(f"{rule.level}: {rule.reason}" + (f" ({', '.join(evidence)})" if evidence else ""))
        if _ORDER[rule.level] > _ORDER[level]:
            level = rule.level
    return level, reasons
