"""The summary stage: a completion prompt over the redacted text, checked and re-scanned.

Long documents are split into chunks that fit the model's context and each chunk is
summarised; the chunk summaries are joined (never a silent truncation).
"""

from __future__ import annotations

import re
from typing import ClassVar

from pydantic import Field

from ..engines.base import Generation, GenerationRequest
from ..pipeline import DocState
from .base import Stage, StageOptions

_WORD = re.compile(r"[A-Za-z]{2,}")
_PARAGRAPH = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


class SummarizeOptions(StageOptions):
    prompt: str = Field(..., description="Prompt file, relative to the spec; {document} marks the text")
    max_tokens: int = Field(64, ge=1, le=1024)
    stop: list[str] = Field(default_factory=lambda: ["\n"])
    min_words: int = Field(3, ge=1)
    retry_prefix: str = Field("The", description="Output start forced on the one retry")


class SummarizeStage(Stage):
    """Fills output field ``<stage name>`` with a short summary written by the model."""

    kind: ClassVar[str] = "summarize"
    Options = SummarizeOptions
    uses_model: ClassVar[bool] = True

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        path = self.context.spec.prompt_path(self.options.prompt)
        self.template = path.read_text()
        if "{document}" not in self.template:
            raise ValueError(f"prompt {path} has no {{document}} placeholder")

    def run(self, docs: list[DocState]) -> None:
        engine = self.context.engine
        jobs: list[tuple[DocState, str]] = []  # (doc, chunk) in order
        for doc in docs:
            for chunk in self._chunks(doc.text):
                jobs.append((doc, chunk))
        answers = self._generate([self._prompt(chunk) for _, chunk in jobs])
        retry = [i for i, gen in enumerate(answers) if not self._valid(gen.text)]
        if retry:
            prefix = self.options.retry_prefix
            again = self._generate([self._prompt(jobs[i][1]) + " " + prefix for i in retry])
            for i, gen in zip(retry, again):
                answers[i] = Generation(prefix + " " + gen.text.lstrip(), gen.prompt_tokens + answers[i].prompt_tokens,
                                        gen.completion_tokens + answers[i].completion_tokens,
                                        gen.latency_ms + answers[i].latency_ms)
        by_doc: dict[int, list[Generation]] = {}
        for (doc, _), gen in zip(jobs, answers):
            by_doc.setdefault(id(doc), []).append(gen)
        for doc in docs:
            gens = by_doc[id(doc)]
            doc.tokens_in += sum(g.prompt_tokens for g in gens)
            doc.tokens_out += sum(g.completion_tokens for g in gens)
            doc.latency_ms[self.name] = sum(g.latency_ms for g in gens)
            texts = [self._clean(g.text) for g in gens]
            if not all(self._valid(t) for t in texts):
                doc.fail(self.name, "invalid_model_output",
                         f"the model gave no usable {self.name} after {1 + 1} attempts")
                continue
            rescan = self.context.redactor.mask_output(" ".join(texts))
            doc.pii_in_outputs += len(rescan.spans)
            doc.outputs[self.name] = rescan.text

    def _generate(self, prompts: list[str]) -> list[Generation]:
        requests = [GenerationRequest(prompt=p, max_tokens=self.options.max_tokens, stop=tuple(self.options.stop))
                    for p in prompts]
        return self.context.engine.generate(requests)

    def _prompt(self, text: str) -> str:
        return self.template.replace("{document}", text.strip())

    def _chunks(self, text: str) -> list[str]:
        """``text`` whole if its prompt fits the model, else paragraph/sentence chunks that do."""
        engine = self.context.engine
        budget = engine.max_prompt_tokens - self.options.max_tokens - engine.count_tokens(self._prompt(""))
        if engine.count_tokens(text) <= budget:
            return [text]
        pieces = [p for para in _PARAGRAPH.split(text) for p in _split_to_fit(para, budget, engine.count_tokens)]
        chunks: list[str] = []
        current = ""
        for piece in pieces:
            joined = f"{current}\n\n{piece}" if current else piece
            if engine.count_tokens(joined) <= budget:
                current = joined
            else:
                chunks.append(current)
                current = piece
        if current:
            chunks.append(current)
        return [c for c in chunks if c.strip()]

    @staticmethod
    def _clean(text: str) -> str:
        return " ".join(text.split()).strip()

    def _valid(self, text: str) -> bool:
        return len(_WORD.findall(text)) >= self.options.min_words


def _split_to_fit(text: str, budget: int, count: object) -> list[str]:
    """Split one paragraph into sentence groups, and over-long sentences into word groups."""
    counter = count  # callable(text) -> tokens
    if counter(text) <= budget:  # type: ignore[operator]
        return [text]
    out: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        if counter(sentence) <= budget:  # type: ignore[operator]
            out.append(sentence)
            continue
        words = sentence.split()
        step = max(1, len(words) * budget // max(1, counter(sentence)))  # type: ignore[operator]
        out.extend(" ".join(words[i : i + step]) for i in range(0, len(words), step))
    return out
