"""The clause stage: find configured clause types in contracts, with evidence in the ORIGINAL text.

Runs on the redacted text: passages are grouped into overlapping chunks, candidates retrieved per
clause (regex patterns, ranked BM25-style by the clause's terms, contradiction cues marked), then
optionally verified by the model with a constrained yes/no answer. Evidence offsets are mapped
back through the redaction's replacements, so they point into the document as submitted; the
output itself carries no document text.
"""

from __future__ import annotations

import json
import time
from typing import ClassVar, Literal

from pydantic import Field, model_validator

from ..clause import Candidate, ClauseFinder, ClauseSpec, chunks, passages
from ..engines.base import GenerationRequest
from ..pipeline import DocState
from .base import Stage, StageOptions

CHARS_PER_TOKEN = 4  # conservative for English legal text with a 262k-token vocabulary


class ClauseOptions(StageOptions):
    clauses: list[ClauseSpec] = Field(..., min_length=1)
    verify: Literal["none", "model"] = Field("model", description="Ask the model to confirm each candidate")
    prompt: str | None = Field(None, description="Verification prompt file; {question} and {passage}")
    chunk_tokens: int = Field(768, ge=64, description="Chunk size for retrieval and verification context")
    overlap_tokens: int = Field(96, ge=0)
    max_passage_chars: int = Field(1200, ge=100)
    top_k: int = Field(2, ge=1, description="Candidates kept per clause (best BM25 score first)")

    @model_validator(mode="after")
    def _consistent(self) -> ClauseOptions:
        names = [c.name for c in self.clauses]
        if len(set(names)) != len(names):
            raise ValueError("clause names must be unique")
        if self.verify == "model" and not self.prompt:
            raise ValueError("verify: model needs a `prompt` file")
        if self.overlap_tokens >= self.chunk_tokens:
            raise ValueError("overlap_tokens must be smaller than chunk_tokens")
        return self


class ClauseStage(Stage):
    """Fills ``<name>`` with a JSON list of findings: clause, status, start, end (original offsets),
    score, verified."""

    kind: ClassVar[str] = "clauses"
    Options = ClauseOptions
    uses_model: ClassVar[bool] = True  # when ``verify: model``

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.finder = ClauseFinder(self.options.clauses, top_k=self.options.top_k)
        self.questions = {c.name: c.question for c in self.options.clauses}
        self.template = (
            self.context.spec.prompt_path(self.options.prompt).read_text() if self.options.prompt else None
        )

    @property
    def needs_model(self) -> bool:
        return self.options.verify == "model"

    def candidates(self, text: str) -> list[Candidate]:
        """Retrieval only: candidates in ``text`` (offsets into ``text``)."""
        parts = passages(text, self.options.max_passage_chars)
        chunked = chunks(parts, self.options.chunk_tokens * CHARS_PER_TOKEN,
                         self.options.overlap_tokens * CHARS_PER_TOKEN)
        return self.finder.find(text, chunked)

    def run(self, docs: list[DocState]) -> None:
        found: dict[int, list[Candidate]] = {}
        for doc in docs:
            started = time.perf_counter()
            found[id(doc)] = self.candidates(doc.text)
            doc.latency_ms[self.name] = (time.perf_counter() - started) * 1000
        if self.options.verify == "model":
            self._verify(docs, found)
        for doc in docs:
            kept = [c for c in found[id(doc)] if c.verified is not False]
            doc.outputs[self.name] = json.dumps([self._finding(doc, c) for c in kept])

    def _finding(self, doc: DocState, cand: Candidate) -> dict[str, object]:
        start, end = cand.start, cand.end
        if doc.redaction is not None:
            start, end = doc.redaction.to_original(start, end)
        return {"clause": cand.clause, "status": cand.status, "start": start, "end": end,
                "score": round(cand.score, 3), "verified": cand.verified}

    def _verify(self, docs: list[DocState], found: dict[int, list[Candidate]]) -> None:
        """One constrained yes/no request per candidate, all documents of the shard in one call."""
        assert self.template is not None
        engine = self.context.engine
        jobs: list[tuple[DocState, Candidate]] = []
        prompts: list[str] = []
        for doc in docs:
            for cand in found[id(doc)]:
                jobs.append((doc, cand))
                prompts.append(self._prompt(cand, doc.text[cand.start:cand.end], engine))
        if not jobs:
            return
        answers = engine.generate([GenerationRequest(prompt=p, max_tokens=2, choices=("yes", "no")) for p in prompts])
        for (doc, cand), answer in zip(jobs, answers, strict=True):
            cand.verified = answer.text.strip() == "yes"
            doc.tokens_in += answer.prompt_tokens
            doc.tokens_out += answer.completion_tokens
            doc.latency_ms[self.name] = doc.latency_ms.get(self.name, 0.0) + answer.latency_ms

    def _prompt(self, cand: Candidate, passage: str, engine: object) -> str:
        assert self.template is not None
        fill = self.template.replace("{question}", self.questions[cand.clause])
        count = engine.count_tokens  # type: ignore[attr-defined]
        budget = engine.max_prompt_tokens - 2 - count(fill.replace("{passage}", ""))  # type: ignore[attr-defined]
        words = passage.split()
        while words and count(" ".join(words)) > budget:  # never overflow the context
            words = words[: max(1, len(words) * 3 // 4)] if len(words) > 1 else []
        return fill.replace("{passage}", " ".join(words))
