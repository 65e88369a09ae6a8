"""The pipeline catalog behind ``edgebatch pipelines list|show|validate``.

The folder is ``EDGEBATCH_PIPELINES_DIR`` (default: the bundled ``pipelines/``), so users keep
their own specs in their own folder. Validating a spec also builds its stages, which checks each
stage's options, its prompt files and the stage order.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from .errors import ConfigError
from .pipeline import PipelineSpec, load_spec

if TYPE_CHECKING:
    from .stages import Stage


@dataclass
class CatalogEntry:
    path: Path
    spec: PipelineSpec | None
    error: str = ""


def check_spec(spec: PipelineSpec) -> list[Stage]:
    """Build the spec's stages (without loading any model); raise ConfigError when they are wrong."""
    from .stages import StageContext, build_stages

    context = StageContext(spec=spec, redactor=None, engine_factory=_no_engine)  # type: ignore[arg-type]
    try:
        return build_stages(context)
    except ConfigError:
        raise
    except (ValueError, OSError) as exc:
        raise ConfigError(f"pipeline {spec.name!r}: {exc}") from exc


def _no_engine() -> Any:
    raise ConfigError("validation does not load models")


def validate_file(path: Path) -> PipelineSpec:
    spec = load_spec(path)
    check_spec(spec)
    return spec


def list_specs(folder: Path) -> list[CatalogEntry]:
    """Every ``*.yaml``/``*.yml`` spec in ``folder``, valid or not (sorted by file name)."""
    entries = []
    for path in _spec_files(folder):
        try:
            entries.append(CatalogEntry(path, validate_file(path)))
        except ConfigError as exc:
            entries.append(CatalogEntry(path, None, str(exc).splitlines()[-1]))
    return entries


def describe(spec: PipelineSpec) -> str:
    """The spec as YAML with defaults filled in, plus its stage groups and their queues."""
    data = spec.model_dump(mode="json", exclude_none=True)
    data["stage_groups"] = [{"queue": group.queue, "stages": list(group.stages)} for group in spec.stage_groups]
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def summarize_groups(spec: PipelineSpec) -> str:
    """One line: ``queue[stage:kind,...] -> queue[...]``, one bracket per stage group."""
    return " -> ".join(
        f"{group.queue}[{','.join(f'{s.name}:{s.kind}' for s in spec.stages[group.start:group.end])}]"
        for group in spec.stage_groups)


@dataclass
class QueueUse:
    """What the valid specs of a pipelines folder send to queues."""

    queues: list[str]  # every queue a stage group goes to, each once
    model_queues: set[str]  # the queues of stage groups with a stage that runs a model


def queue_use(folder: Path) -> QueueUse:
    """The queues the specs in ``folder`` use (invalid specs are skipped: they cannot be submitted)."""
    queues: dict[str, None] = {}
    model_queues: set[str] = set()
    for path in _spec_files(folder):
        try:
            spec = load_spec(path)
            stages = check_spec(spec)
        except ConfigError:
            continue
        for group in spec.stage_groups:
            queues[group.queue] = None
            if any(stage.needs_model for stage in stages[group.start:group.end]):
                model_queues.add(group.queue)
    return QueueUse(list(queues), model_queues)


def _spec_files(folder: Path) -> list[Path]:
    return sorted([*Path(folder).glob("*.yaml"), *Path(folder).glob("*.yml")])
