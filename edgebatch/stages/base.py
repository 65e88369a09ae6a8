"""The stage family: one shard-wide ``run`` per stage, options validated by a pydantic model."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

import numpy as np
import pyarrow as pa
from pydantic import BaseModel, ConfigDict, ValidationError

from ..engines.base import Engine
from ..errors import ConfigError
from ..pipeline import DocState, PipelineSpec
from ..redaction.redactor import Redactor


class StageOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")


@dataclass
class StageContext:
    """What stages share in one worker process: the spec, the redactor, the (lazy) engine."""

    spec: PipelineSpec
    redactor: Redactor
    engine_factory: Callable[[], Engine]
    model_engine_factory: Callable[[str], Engine] | None = None  # engines for a stage's own `model`
    _engine: Engine | None = field(default=None, init=False)

    def for_model(self, model: str | None) -> StageContext:
        """This context, with ``engine`` bound to ``model`` (a registry name) when one is given."""
        if not model or self.model_engine_factory is None:
            return self
        factory = self.model_engine_factory
        return replace(self, engine_factory=lambda: factory(model))

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = self.engine_factory()
        return self._engine


CALL_CHARS = 4000  # a model call's share of a long document (summaries and clauses chunk it), for estimates


class Stage(ABC):
    """A step of a pipeline. Subclasses set ``kind`` and ``Options`` and implement ``run``."""

    kind: ClassVar[str] = ""
    Options: ClassVar[type[StageOptions]] = StageOptions
    needs_redacted_text: ClassVar[bool] = True
    uses_model: ClassVar[bool] = False
    tabular: ClassVar[bool] = False
    model_name: str | None = None  # the spec's per-stage `model`, set by build_stages

    def __init__(self, name: str, options: dict[str, Any], context: StageContext) -> None:
        self.name = name
        self.context = context
        try:
            self.options = self.Options(**options)
        except ValidationError as exc:
            raise ConfigError(f"pipeline {context.spec.name!r}, stage {name!r}: invalid options:\n{exc}") from exc

    @property
    def needs_model(self) -> bool:
        """Whether this stage, as configured, runs a model (a worker whose queues carry no such
        stage does not load one at start: a redaction pool never loads the model)."""
        return self.uses_model

    def model_tokens_bound(self, chars: int) -> tuple[int, int]:
        """A generous (prompt, output) token count of this stage's model calls for a document of
        ``chars`` characters: what a remote provider's budget reservation holds back. Prompts
        count 2 characters per token (English text averages ~4) plus the template once per call of
        up to ``CALL_CHARS``; outputs their ``max_tokens`` (8 when a stage has no such option)."""
        if not self.needs_model:
            return 0, 0
        template = len(getattr(self, "template", None) or "")
        calls = 1 + chars // CALL_CHARS
        max_tokens = int(getattr(self.options, "max_tokens", 8))
        return (chars + calls * template) // 2 + 1, calls * max_tokens

    @abstractmethod
    def run(self, docs: list[DocState]) -> None:
        """Process ``docs`` (all without errors) in place: fill outputs, or ``doc.fail(...)``."""


@dataclass
class TableOutput:
    """What a table stage returns for a shard: output columns, and the rows it could not score."""

    columns: dict[str, pa.Array | np.ndarray]
    failed: np.ndarray  # bool per row
    error_code: str = "invalid_row"
    error_message: str = ""
    model: str = ""
    model_sha256: str = ""


class TableStage(Stage):
    """A stage over a whole shard of rows as Arrow columns (vectorised; never a loop per row)."""

    tabular: ClassVar[bool] = True
    needs_redacted_text: ClassVar[bool] = False

    def run(self, docs: list[DocState]) -> None:
        raise ConfigError(f"stage {self.name!r} ({self.kind}) works on tables; set `input: table` in the pipeline")

    @abstractmethod
    def run_table(self, table: pa.Table) -> TableOutput:
        """Output columns for every row of ``table`` (rows marked failed get no result row)."""
