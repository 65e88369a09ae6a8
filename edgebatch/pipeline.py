"""Pipeline specs (``pipelines/*.yaml``) and running a shard of documents through their stages.

A spec is validated by pydantic with unknown keys rejected. Stages run in order over the whole
shard, so model stages can batch documents; a document that fails a stage leaves the shard as an
error and the others carry on. Consecutive stages on the same queue form a stage group: one task
per shard and group, on that queue (``group_stages``), so redaction and model stages can run on
different worker pools.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .constants import DEFAULT_QUEUE
from .errors import ConfigError, DocumentError
from .redaction.base import Redaction

log = logging.getLogger(__name__)


class DataClassification(str, Enum):
    public = "public"
    internal = "internal"
    confidential = "confidential"
    restricted = "restricted"


class StageSpec(BaseModel):
    """One stage: its kind (redact, summarize, classify, score), options, queue and model.

    ``queue``: the worker pool (Celery queue) that runs this stage; unset = the previous stage's queue
    (the default queue for the first stage). See ``group_stages``.
    ``model``: the model this stage uses (a registry name for LLM stages, an artefact name for
    ``score``); unset = the default (``EDGEBATCH_MODEL``, or the bundled fraud model).
    """

    model_config = ConfigDict(extra="forbid")

    name: str = Field(..., pattern=r"^[a-z][a-z0-9_]*$")
    kind: str
    options: dict[str, Any] = Field(default_factory=dict)
    queue: str | None = Field(None, pattern=r"^[A-Za-z0-9_.\-]+$")
    model: str | None = None


class OutputField(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: Literal["string", "float", "int", "bool"] = "string"
    choices: list[str] | None = None
    description: str = ""


class ScheduleSpec(BaseModel):
    """When ``edgebatch beat`` runs the pipeline over its ``source``: a 5-field cron line in a time zone."""

    model_config = ConfigDict(extra="forbid")

    cron: str = Field(..., description="minute hour day-of-month month day-of-week, e.g. '30 2 * * *'")
    timezone: str = "UTC"

    @field_validator("cron")
    @classmethod
    def _valid_cron(cls, value: str) -> str:
        from celery.schedules import crontab

        fields = value.split()
        if len(fields) != 5:
            raise ValueError("cron needs 5 fields: minute hour day-of-month month day-of-week")
        try:
            crontab(minute=fields[0], hour=fields[1], day_of_month=fields[2], month_of_year=fields[3],
                    day_of_week=fields[4])
        except Exception as exc:
            raise ValueError(f"invalid cron {value!r}: {exc}") from exc
        return value

    @field_validator("timezone")
    @classmethod
    def _valid_timezone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value


class PipelineSpec(BaseModel):
    """A declarative pipeline: limits, policy, stages and the output schema.

    ``input: documents`` (default): one document per file or JSONL line, ``shard_size`` documents
    per task. ``input: table``: CSV/Parquet/JSONL tables split into shards of ``shard_size`` rows,
    one result row per input row, ``doc_id`` from ``id_column`` when present, else the row number.
    """

    model_config = ConfigDict(extra="forbid")

    name: str = Field(..., pattern=r"^[a-z][a-z0-9_-]*$")
    version: int = 1
    description: str = ""
    data_classification: DataClassification = DataClassification.restricted
    retention_days: int = Field(90, ge=1)
    max_document_bytes: int = Field(5_000_000, ge=1)
    shard_size: int = Field(8, ge=1, le=100_000)
    input: Literal["documents", "table"] = "documents"
    id_column: str = "id"
    stages: list[StageSpec]
    output: dict[str, OutputField]
    schedule: ScheduleSpec | None = None
    source: str | None = Field(None, description="folder (relative to the spec) or s3://bucket/prefix for beat")
    source_dir: Path | None = Field(None, exclude=True)

    def source_path(self) -> Path | None:
        """The local ``source`` folder (relative paths are relative to the spec file)."""
        if not self.source or self.source.startswith("s3://"):
            return None
        return (self.source_dir or Path(".")) / Path(self.source).expanduser()

    @model_validator(mode="after")
    def _one_queue_for_tables(self) -> PipelineSpec:
        if self.input == "table" and len(self.stage_groups) > 1:
            raise ValueError("an `input: table` pipeline runs all its stages in one task: give them one queue")
        return self

    @property
    def stage_groups(self) -> list[StageGroup]:
        """Consecutive stages sharing a queue; a shard runs each group as one task on its queue."""
        return group_stages(self.stages)

    @property
    def requires_redaction(self) -> bool:
        """Whether documents must be redacted before any model sees them: always, except for
        ``data_classification: public`` (nothing personal to protect; e.g. the load benchmark)."""
        return self.data_classification is not DataClassification.public

    @property
    def shard_queue(self) -> str:
        """The queue a shard's first task goes to: that of its first stage group."""
        groups = self.stage_groups
        return groups[0].queue if groups else DEFAULT_QUEUE

    @property
    def queues(self) -> list[str]:
        """Every queue the pipeline's tasks go to, in stage order, each once."""
        return list(dict.fromkeys(group.queue for group in self.stage_groups)) or [DEFAULT_QUEUE]

    def prompt_path(self, relative: str) -> Path:
        base = self.source_dir or Path(".")
        return base / relative


@dataclass(frozen=True)
class StageGroup:
    """Consecutive stages of a pipeline on one queue: one task per shard runs all of them.

    ``start``/``end`` index ``PipelineSpec.stages`` (and the built stage list) like a slice.
    """

    index: int
    queue: str
    stages: tuple[str, ...]
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.stages)


def group_stages(stages: Sequence[StageSpec]) -> list[StageGroup]:
    """Split ``stages`` where the queue changes; a stage without ``queue`` stays on the previous
    stage's queue (the first one on ``DEFAULT_QUEUE``)."""
    groups: list[StageGroup] = []
    queue = DEFAULT_QUEUE
    for index, stage in enumerate(stages):
        queue = stage.queue or queue
        if groups and groups[-1].queue == queue:
            last = groups[-1]
            groups[-1] = StageGroup(last.index, queue, (*last.stages, stage.name), last.start)
        else:
            groups.append(StageGroup(len(groups), queue, (stage.name,), index))
    return groups


def load_spec(path: Path) -> PipelineSpec:
    """Read and validate one spec file."""
    try:
        data = yaml.safe_load(Path(path).read_text())
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read pipeline spec: {exc}") from exc
    try:
        spec = PipelineSpec(**(data or {}))
    except ValidationError as exc:
        raise ConfigError(_explain(Path(path), exc)) from exc
    spec.source_dir = Path(path).resolve().parent
    return spec


def _explain(path: Path, exc: ValidationError) -> str:
    """One line per problem: ``file:line: key.path: message``."""
    try:
        root = yaml.compose(path.read_text())
    except yaml.YAMLError:
        root = None
    lines = [f"{path}: invalid pipeline spec"]
    for error in exc.errors():
        location = error["loc"]
        key = ".".join(str(part) for part in location) or "(top level)"
        lines.append(f"{path}:{_line_of(root, location)}: {key}: {error['msg']}")
    return "\n".join(lines)


def _line_of(node: yaml.Node | None, location: tuple[Any, ...]) -> int:
    """The 1-based line of the YAML node at ``location`` (or of its nearest existing parent)."""
    line = 1 if node is None else node.start_mark.line + 1
    for part in location:
        child = None
        if isinstance(node, yaml.MappingNode):
            child = next((k for k, v in node.value if k.value == part), None)
            value = next((v for k, v in node.value if k.value == part), None)
            if child is not None:
                line = child.start_mark.line + 1
            node = value
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


def find_spec(pipelines_dir: Path, name: str) -> PipelineSpec:
    """The spec called ``name`` (``NAME.yaml`` in ``pipelines_dir``, or a path to a file)."""
    candidate = Path(name)
    if candidate.suffix in (".yaml", ".yml") and candidate.is_file():
        return load_spec(candidate)
    path = Path(pipelines_dir) / f"{name}.yaml"
    if not path.is_file():
        known = sorted(p.stem for p in Path(pipelines_dir).glob("*.yaml"))
        raise ConfigError(f"no pipeline {name!r} in {pipelines_dir}; known: {', '.join(known) or 'none'}")
    return load_spec(path)


@dataclass
class DocState:
    """A document on its way through the stages. ``text`` is redacted once the redact stage ran."""

    doc_id: str
    source: str
    sha256: str
    text: str = ""
    redacted: bool = False
    redaction: Redaction | None = None  # maps offsets in the redacted ``text`` back to the original
    outputs: dict[str, Any] = field(default_factory=dict)
    latency_ms: dict[str, float] = field(default_factory=dict)
    pii_counts: Counter[str] = field(default_factory=Counter)
    pii_in_outputs: int = 0
    injection_counts: Counter[str] = field(default_factory=Counter)  # prompt-injection signals in the input
    tokens_in: int = 0
    tokens_out: int = 0
    error: DocumentError | None = None
    error_stage: str = ""
    provider: str = ""  # where its model stages ran (routing), and why
    route_reason: str = ""
    cost_usd: float = 0.0  # spent on a remote provider
    model: str = ""  # the remote model that ran it, when not the shard's local one
    model_sha256: str = ""

    def fail(self, stage: str, code: str, message: str) -> None:
        self.error = DocumentError(code, message)
        self.error_stage = stage


def run_stages(stages: list[Any], docs: list[DocState]) -> None:
    """Run every stage over the documents still alive; record per-document stage latency."""
    for stage in stages:
        alive = [doc for doc in docs if doc.error is None]
        if not alive:
            return
        if (stage.needs_redacted_text and stage.context.spec.requires_redaction
                and not all(doc.redacted for doc in alive)):
            raise ConfigError(f"stage {stage.name!r} uses a model and must come after a redact stage")
        started = time.perf_counter()
        try:
            stage.run(alive)
        except DocumentError as exc:
            for doc in alive:
                doc.fail(stage.name, exc.code, exc.message)
        except Exception as exc:  # one broken stage call must not crash the shard
            # The exception text may quote document content: log and record the type only.
            log.error("stage %s failed on a shard: %s", stage.name, type(exc).__name__)
            if len(alive) > 1:
                _one_by_one(stage, alive)  # one bad document must not fail the others of its shard
            else:
                alive[0].fail(stage.name, "stage_failed", f"internal error in stage {stage.name}: {type(exc).__name__}")
        share_ms = (time.perf_counter() - started) * 1000 / len(alive)
        for doc in alive:
            doc.latency_ms.setdefault(stage.name, share_ms)


def _one_by_one(stage: Any, docs: list[DocState]) -> None:
    """Run ``stage`` on each document alone after it failed on the shard: only those that fail alone fail."""
    for doc in docs:
        if doc.error is not None:
            continue
        try:
            stage.run([doc])
        except DocumentError as exc:
            doc.fail(stage.name, exc.code, exc.message)
        except Exception as exc:
            log.error("stage %s failed on one document: %s", stage.name, type(exc).__name__)
            doc.fail(stage.name, "stage_failed", f"internal error in stage {stage.name}: {type(exc).__name__}")
