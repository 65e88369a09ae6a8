"""Pipeline stages: ``base.Stage`` and the kinds a spec may name."""

from __future__ import annotations

from ..errors import ConfigError
from .base import Stage, StageContext, TableOutput, TableStage
from .classify import ClassifyStage
from .clause import ClauseStage
from .redact import RedactStage
from .risk import RiskStage
from .score import ScoreStage
from .summarize import SummarizeStage

STAGE_KINDS: dict[str, type[Stage]] = {
    stage.kind: stage for stage in (RedactStage, SummarizeStage, ClassifyStage, ClauseStage, RiskStage, ScoreStage)
}


def build_stages(context: StageContext) -> list[Stage]:
    """The stage objects of ``context.spec``, in order, with their options validated."""
    stages: list[Stage] = []
    for spec in context.spec.stages:
        if spec.kind not in STAGE_KINDS:
            raise ConfigError(
                f"pipeline {context.spec.name!r}, stage {spec.name!r}: unknown kind {spec.kind!r}; "
                f"known: {', '.join(sorted(STAGE_KINDS))}"
            )
        kind = STAGE_KINDS[spec.kind]
        stage = kind(spec.name, spec.options, context if kind.tabular else context.for_model(spec.model))
        stage.model_name = spec.model
        stages.append(stage)
    if context.spec.input == "table":
        # Tables carry no free text to redact: table stages drop identifier columns themselves.
        if not stages or not all(stage.tabular for stage in stages):
            raise ConfigError(f"pipeline {context.spec.name!r}: `input: table` needs table stages only "
                              f"(kinds: {', '.join(sorted(k for k, s in STAGE_KINDS.items() if s.tabular))})")
        return stages
    if not stages or (stages[0].kind != "redact" and context.spec.requires_redaction):
        raise ConfigError(f"pipeline {context.spec.name!r}: the first stage must be `redact` (only a pipeline "
                          "with `data_classification: public` may leave it out)")
    return stages


__all__ = ["STAGE_KINDS", "Stage", "StageContext", "TableOutput", "TableStage", "build_stages"]
