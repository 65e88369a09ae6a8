"""The summary stage: a completion prompt over the redacted text, checked and re-scanned.

Long documents are split into chunks that fit the model's context and each chunk is
summarised; the chunk summaries are joined (never a silent truncation). An output is accepted
only when it is grounded in its source: every number it states appears there, and most of its
content words do (small models invent ages and histories otherwise). One retry with a forced
start (the request's ``then``: the llama.cpp engine runs it in the same batch as soon as the first
answer is rejected); then either an error row or, with ``fallback: extractive``, the source's own leading
sentences, marked in ``<name>_method``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import ClassVar, Literal

from pydantic import Field

from ..engines.base import Generation, GenerationRequest
from ..injection import fence, fence_tags
from ..negation import sections
from ..pipeline import DocState
from .base import Stage, StageOptions

_WORD = re.compile(r"[A-Za-z]{2,}")
_PARAGRAPH = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_TOKEN_MARGIN = 16
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_CONTENT_WORD = re.compile(r"[A-Za-z]{4,}")
_LIST_MARKER = re.compile(r"^(?:\d{1,2}[.)]|[-*\u2022])\s*(?=[A-Za-z])")  # "1.", "2)", "- ", "* ", bullet
_NEXT_ITEM = re.compile(r"(?<=[.;:])\s+\d{1,2}[.)]?$")  # "... shift. 2." (the next item's number)
_LIST_MARKER_START = re.compile(r"^\d{1,2}[.)](?:\s|$)")  # while it is being generated
# A number something other than a digit or a decimal part follows (at the end, more may come).
_COMPLETE_NUMBER = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?=[^\d.]|\.[^\d])")
# A full stop (or ! ?) another sentence follows: white space, then a capital, a digit or a mask.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\[(\"])")
_LAST_WORD = re.compile(r"(\S+)[.!?]$")
# Words a full stop follows inside a sentence ("Dr. [NAME]", "vs. prior", "approx. 3 cm").
_ABBREVIATIONS = frozenset({"dr", "mr", "mrs", "ms", "st", "vs", "no", "nos", "approx", "fig", "e.g", "i.e",
                            "etc", "incl", "dept", "jr", "sr", "prof", "mt", "ft", "cf", "al", "ca"})


class SummarizeOptions(StageOptions):
    prompt: str = Field(..., description="Prompt file, relative to the spec; {document} marks the text")
    max_tokens: int = Field(64, ge=1, le=1024)
    stop: list[str] = Field(default_factory=lambda: ["\n"])
    min_words: int = Field(3, ge=1)
    retry_prefix: str = Field("The", description="Output start forced on the one retry")
    sections: list[str] = Field(default_factory=list, description="Summarise only these report sections, if found")
    grounding: float = Field(0.0, ge=0, le=1, description="Share of content words that must occur in the "
                             "source (> 0 also requires every number to occur there); 0 = off")
    fallback: Literal["error", "extractive"] = Field("error", description="After the retry: error row, or the "
                                                     "source's leading sentences")
    extractive_words: int = Field(40, ge=5, description="Length bound of an extractive fallback")
    extract_sections: list[str] = Field(default_factory=list, description="Sections the fallback quotes first")
    sentences: int = Field(0, ge=0, description="Sentences a summary keeps; the model stops after them "
                           "(0 = no limit but the stop strings and max_tokens)")


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
        self.fence_tags = fence_tags(self.template)
        # A summary never opens a report tag nor starts with punctuation: small base models answer
        # "<report>" (the next few-shot example) for most real reports, or "," / ">", instead.
        self.never_start = ("<", ">", ",", ".", ";", ":", ")")

    def run(self, docs: list[DocState]) -> None:
        jobs: list[tuple[DocState, str]] = []  # (doc, chunk) in order
        for doc in docs:
            for chunk in self._chunks(self._source(doc.text)):
                jobs.append((doc, chunk))
        answers = self.context.engine.generate([self._request(chunk) for _, chunk in jobs])
        methods = ["model"] * len(jobs)
        for i, gen in enumerate(answers):
            if gen.previous is not None:  # the retry ran: its text follows the forced start
                first = gen.previous
                answers[i] = Generation(self.options.retry_prefix + " " + gen.text.lstrip(),
                                        gen.prompt_tokens + first.prompt_tokens,
                                        gen.completion_tokens + first.completion_tokens,
                                        gen.latency_ms + first.latency_ms)
                methods[i] = "model_retry"
        by_doc: dict[int, list[tuple[str, Generation, str]]] = {}
        for (doc, chunk), gen, method in zip(jobs, answers, methods, strict=True):
            by_doc.setdefault(id(doc), []).append((chunk, gen, method))
        for doc in docs:
            parts = by_doc[id(doc)]
            doc.tokens_in += sum(g.prompt_tokens for _, g, _ in parts)
            doc.tokens_out += sum(g.completion_tokens for _, g, _ in parts)
            doc.latency_ms[self.name] = sum(g.latency_ms for _, g, _ in parts)
            texts, used = [], set()
            for chunk, gen, method in parts:
                text = self._clean(gen.text)
                if not self._valid(text, chunk):
                    if self.options.fallback == "error":
                        break
                    text, method = self._extract(chunk, doc.text), "extractive"
                texts.append(text)
                used.add(method)
            if len(texts) < len(parts):
                doc.fail(self.name, "invalid_model_output",
                         f"the model gave no grounded {self.name} after 2 attempts")
                continue
            rescan = self.context.redactor.mask_output(" ".join(dict.fromkeys(texts)))  # one quote per fallback
            doc.pii_in_outputs += len(rescan.spans)
            doc.outputs[self.name] = rescan.text
            if f"{self.name}_method" in self.context.spec.output:
                doc.outputs[f"{self.name}_method"] = "extractive" if "extractive" in used else max(used)

    def _source(self, text: str) -> str:
        """The part of the redacted text the model summarises (its chosen sections, else all)."""
        return sections(text, self.options.sections) if self.options.sections else text

    def _extract(self, chunk: str, document: str) -> str:
        """The leading sentences of the document's ``extract_sections`` (else of the chunk)."""
        source = chunk
        if self.options.extract_sections:
            quoted = sections(document, self.options.extract_sections)
            if quoted != document:
                source = quoted
        words: list[str] = []
        for sentence in _SENTENCE_END.split(" ".join(source.split())):
            if words and len(words) + len(sentence.split()) > self.options.extractive_words:
                break
            words.extend(sentence.split())
        return " ".join(words[: self.options.extractive_words])

    def _request(self, source: str, *, retry: bool = False) -> GenerationRequest:
        """The request for ``source``; the first one's ``then`` asks for the retry (the prompt
        plus the forced start) when its answer is not valid."""
        prompt = self._prompt(source) + (" " + self.options.retry_prefix if retry else "")

        def then(gen: Generation) -> GenerationRequest | None:
            return None if self._valid(self._clean(gen.text), source) else self._request(source, retry=True)

        return GenerationRequest(prompt=prompt, max_tokens=self.options.max_tokens, stop=tuple(self.options.stop),
                                 never_start=self.never_start, give_up=self._give_up(source),
                                 stop_at=self._end_of_sentences if self.options.sentences else None,
                                 then=None if retry else then)

    def _end_of_sentences(self, text: str) -> int:
        """Where the ``sentences``-th sentence of ``text`` ends once another has begun, else -1. A
        stop ends no sentence after an abbreviation, an initial or a list number ("1. Mild ...")."""
        left = self.options.sentences
        for brk in _SENTENCE_BREAK.finditer(text):
            word = _LAST_WORD.search(text, 0, brk.start())
            token = word.group(1).lower().strip("([\"'") if word else ""
            if len(token) < 2 or token in _ABBREVIATIONS or not any(c.isalpha() for c in token):
                continue
            left -= 1
            if left == 0:
                return brk.start()
        return -1

    def _give_up(self, source: str) -> Callable[[str], bool] | None:
        """With grounding on: a check that ends a generation as soon as it states a number its
        source does not hold (``_valid`` would reject it: small models invent ages and sizes)."""
        if self.options.grounding <= 0:
            return None
        known = set(_NUMBER.findall(source))

        def invented(text: str) -> bool:
            text = _LIST_MARKER_START.sub("", text.lstrip())
            return any(n not in known for n in _COMPLETE_NUMBER.findall(text))

        return invented

    def _prompt(self, text: str) -> str:
        """The template around ``text``, which cannot close the template's delimiters (see injection.py)."""
        return self.template.replace("{document}", fence(text, self.fence_tags).strip())

    def _chunks(self, text: str) -> list[str]:
        """``text`` whole if its prompt fits the model, else paragraph/sentence chunks that do."""
        engine = self.context.engine
        # Token counts are not additive where pieces join, and the retry appends a forced start:
        # keep a margin so a chunk never trips the engine's context check.
        budget = (engine.max_prompt_tokens - self.options.max_tokens - engine.count_tokens(self._prompt(""))
                  - _TOKEN_MARGIN - engine.count_tokens(" " + self.options.retry_prefix))
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
        """One line, without a leading list marker ("1.", "2)", "- ") copied from the report nor
        the number of the next item it began."""
        return _NEXT_ITEM.sub("", _LIST_MARKER.sub("", " ".join(text.split()).strip()))

    def _valid(self, text: str, source: str) -> bool:
        """Long enough, and grounded: its numbers and most of its content words occur in ``source``."""
        if len(_WORD.findall(text)) < self.options.min_words:
            return False
        if self.options.grounding <= 0:
            return True
        if not set(_NUMBER.findall(text)) <= set(_NUMBER.findall(source)):
            return False
        words = {_singular(w) for w in _CONTENT_WORD.findall(text)}
        if not words:
            return True
        known = {_singular(w) for w in _CONTENT_WORD.findall(source)}
        return len(words & known) / len(words) >= self.options.grounding


def _singular(word: str) -> str:
    """Lower case without a plural ending: "fibroids" in a report grounds "fibroid" in a summary."""
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


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
