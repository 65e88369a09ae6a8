"""Pipeline stages: ``base.Stage`` and the kinds a spec may name."""

from __future__ import annotations

from ..errors import ConfigError
from .base import Stage, StageContext
from .classify import ClassifyStage
from .clause import ClauseStage
from .redact import RedactStage
from .risk import RiskStage
from .summarize import SummarizeStage

STAGE_KINDS: dict[str, type[Stage]] = {
    stage.kind: stage for stage in (RedactStage, SummarizeStage, ClassifyStage, ClauseStage, RiskStage)
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
        stages.append(STAGE_KINDS[spec.kind](spec.name, spec.options, context))
    if not stages or stages[0].kind != "redact":
        raise ConfigError(f"pipeline {context.spec.name!r}: the first stage must be `redact`")
    return stages


__all__ = ["STAGE_KINDS", "Stage", "StageContext", "build_stages"]
