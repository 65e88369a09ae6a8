"""The stage family: one shard-wide ``run`` per stage, options validated by a pydantic model."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar

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
    _engine: Engine | None = field(default=None, init=False)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = self.engine_factory()
        return self._engine


class Stage(ABC):
    """A step of a pipeline. Subclasses set ``kind`` and ``Options`` and implement ``run``."""

    kind: ClassVar[str] = ""
    Options: ClassVar[type[StageOptions]] = StageOptions
    needs_redacted_text: ClassVar[bool] = True
    uses_model: ClassVar[bool] = False

    def __init__(self, name: str, options: dict[str, Any], context: StageContext) -> None:
        self.name = name
        self.context = context
        try:
            self.options = self.Options(**options)
        except ValidationError as exc:
            raise ConfigError(f"pipeline {context.spec.name!r}, stage {name!r}: invalid options:\n{exc}") from exc

    @abstractmethod
    def run(self, docs: list[DocState]) -> None:
        """Process ``docs`` (all without errors) in place: fill outputs, or ``doc.fail(...)``."""
