"""The classification stage: always one of the declared labels.

``rules``: ordered rules, each a label and regex patterns; the first rule with a non-negated
match in the chosen sections wins, else ``default``. ``model``: constrained choice by the model
among the labels. ``hybrid``: rules first, the model when no rule fires. With ``first_section`` (e.g. impression)
that section is read first: a rule firing there decides; an explicit normal statement there
("normal chest") with no rule firing gives ``default``; else all ``sections`` are read.
"""

from __future__ import annotations

import re
import time
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..engines.base import GenerationRequest
from ..injection import fence, fence_tags
from ..negation import affirmed_matches, sections
from ..pipeline import DocState
from .base import Stage, StageOptions


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    label: str
    patterns: list[str] = Field(..., min_length=1)
    negatable: bool = True
    unless: list[str] = Field(default_factory=list, description="Sentences matching these never fire the rule")


class ClassifyOptions(StageOptions):
    labels: list[str] = Field(..., min_length=2)
    method: Literal["rules", "model", "hybrid"] = "rules"
    rules: list[Rule] = Field(default_factory=list)
    default: str | None = None
    sections: list[str] = Field(default_factory=list, description="Report sections read by the rules")
    prompt: str | None = Field(None, description="Prompt file for the model; {document} and {labels}")
    first_section: str | None = Field(None, description="Section read first (e.g. impression)")
    normal_statements: list[str] = Field(default_factory=list,
                                         description="In first_section, these give `default` when no rule fires")

    @model_validator(mode="after")
    def _consistent(self) -> ClassifyOptions:
        unknown = {r.label for r in self.rules} - set(self.labels)
        if self.default is not None:
            unknown |= {self.default} - set(self.labels)
        if unknown:
            raise ValueError(f"labels not declared in `labels`: {sorted(unknown)}")
        if self.method != "model" and (not self.rules or self.default is None and self.method == "rules"):
            raise ValueError("method `rules` needs `rules` and a `default` label")
        if self.method != "rules" and not self.prompt:
            raise ValueError(f"method `{self.method}` needs a `prompt` file")
        return self


class ClassifyStage(Stage):
    """Fills output field ``<stage name>`` with a label, and ``<stage name>_evidence`` with why."""

    kind: ClassVar[str] = "classify"
    Options = ClassifyOptions

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        flags = re.IGNORECASE
        self.compiled = [
            (rule, re.compile("|".join(f"(?:{p})" for p in rule.patterns), flags)) for rule in self.options.rules
        ]
        self.unless = [  # parallel to ``compiled``
            re.compile("|".join(f"(?:{p})" for p in rule.unless), flags) if rule.unless else None
            for rule in self.options.rules
        ]
        self.normal = (re.compile("|".join(f"(?:{p})" for p in self.options.normal_statements), flags)
                       if self.options.normal_statements else None)
        self.template = (
            self.context.spec.prompt_path(self.options.prompt).read_text() if self.options.prompt else None
        )

    @property
    def needs_model(self) -> bool:
        return self.options.method != "rules"

    def run(self, docs: list[DocState]) -> None:
        undecided: list[DocState] = []
        for doc in docs:
            started = time.perf_counter()
            label, evidence = self._by_rules(doc.text) if self.options.method != "model" else (None, "")
            if label is None and self.options.method == "rules":
                label, evidence = self.options.default, "no rule matched"
            if label is None:
                undecided.append(doc)
            else:
                doc.outputs[self.name] = label
                doc.outputs[f"{self.name}_evidence"] = evidence
            doc.latency_ms[self.name] = (time.perf_counter() - started) * 1000
        if undecided:
            self._by_model(undecided)

    def _by_rules(self, text: str) -> tuple[str | None, str]:
        first = self.options.first_section
        if first:
            part = sections(text, [first])
            if part is not text:  # the section exists
                label, evidence = self._fire(part)
                if label is not None:
                    return label, f"{first}: {evidence}"
                if self.normal is not None and affirmed_matches(part, self.normal):
                    return self.options.default, f"{first} states normal"
        scope = sections(text, self.options.sections) if self.options.sections else text
        return self._fire(scope)

    def _fire(self, scope: str) -> tuple[str | None, str]:
        for (rule, pattern), unless in zip(self.compiled, self.unless, strict=True):
            hits = affirmed_matches(scope, pattern, negatable=rule.negatable, unless=unless)
            if hits:
                return rule.label, f"rule {rule.label}: " + ", ".join(sorted({h.lower() for h in hits})[:5])
        return None, ""

    def _by_model(self, docs: list[DocState]) -> None:
        assert self.template is not None
        labels = tuple(self.options.labels)
        tags = fence_tags(self.template)
        prompts = [
            self.template.replace("{labels}", ", ".join(labels)).replace("{document}", fence(doc.text, tags).strip())
            for doc in docs
        ]
        engine = self.context.engine
        answers = engine.generate([GenerationRequest(prompt=p, max_tokens=8, choices=labels) for p in prompts])
        for doc, answer in zip(docs, answers):
            label = answer.text.strip()
            if label not in labels:  # engines guarantee this; never write an invalid label
                doc.fail(self.name, "invalid_model_output", f"the model returned a label outside {list(labels)}")
                continue
            doc.outputs[self.name] = label
            doc.outputs[f"{self.name}_evidence"] = "model"
            doc.tokens_in += answer.prompt_tokens
            doc.tokens_out += answer.completion_tokens
            doc.latency_ms[self.name] = doc.latency_ms.get(self.name, 0.0) + answer.latency_ms
