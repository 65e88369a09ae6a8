"""The pipeline catalog behind ``edgebatch pipelines list|show|validate``.

The folder is ``EDGEBATCH_PIPELINES_DIR`` (default: the bundled ``pipelines/``), so users keep
their own specs in their own folder. Validating a spec also builds its stages, which checks each
stage's options, its prompt files and the stage order.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError
from .pipeline import PipelineSpec, load_spec


@dataclass
class CatalogEntry:
    path: Path
    spec: PipelineSpec | None
    error: str = ""


def check_spec(spec: PipelineSpec) -> None:
    """Build the spec's stages (without loading any model); raise ConfigError when they are wrong."""
    from .stages import StageContext, build_stages

    context = StageContext(spec=spec, redactor=None, engine_factory=_no_engine)  # type: ignore[arg-type]
    try:
        build_stages(context)
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
    for path in sorted([*Path(folder).glob("*.yaml"), *Path(folder).glob("*.yml")]):
        try:
            entries.append(CatalogEntry(path, validate_file(path)))
        except ConfigError as exc:
            entries.append(CatalogEntry(path, None, str(exc).splitlines()[-1]))
    return entries


def describe(spec: PipelineSpec) -> str:
    """The spec as YAML with defaults filled in, plus where its shards are queued."""
    data = spec.model_dump(mode="json", exclude_none=True)
    data["shard_queue"] = spec.shard_queue
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
