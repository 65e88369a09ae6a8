"""The engine family: one small interface between pipeline stages and a language model."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import ClassVar, Literal, get_args

# Element types a local engine's KV cache may use (the model registry's ``kv_cache_type``).
KvCacheType = Literal["f16", "q8_0", "q4_0"]
KV_CACHE_TYPES: tuple[str, ...] = get_args(KvCacheType)


@dataclass(frozen=True)
class GenerationRequest:
    """One completion to produce.

    ``prompt`` is the whole completion prompt. Requests of one call usually share a long
    instruction prefix; engines may evaluate that common prefix once. With ``choices`` set the
    engine must return exactly one of them (constrained generation), else free text cut at
    the first ``stop`` string or after ``max_tokens``. ``never_start``: free text must not begin
    (after leading white space) with any of these strings, nor be empty; the llama.cpp engine
    then takes the most likely token that complies (other engines ignore it; the caller's checks
    still apply). ``give_up``: called with the text so far after each token; True ends the
    generation there, for text the caller will reject anyway (llama.cpp engine only; saves the
    decoding of the rest). ``stop_at``: a stop rule no fixed string can say (the end of the first
    sentence, where "Dr." is no end): called with the text so far, an index >= 0 cuts the text
    there and ends the generation (the llama.cpp engine checks it after each token; the others
    apply it to their finished text, see ``cut_at_stops``: the same text, without the saved
    decoding). ``then``: called with this request's Generation when it is done; a request it
    returns runs next, in this one's place, and the call returns that one's Generation
    (its ``previous`` is this one's). A follow-up's own ``then`` is called in turn. The llama.cpp
    engine runs follow-ups in the same call, in the same sequence (the prompt they share is not
    evaluated again, and the batch stays full); other engines in a further call of their own.
    """

    prompt: str
    max_tokens: int = 64
    stop: tuple[str, ...] = ()
    choices: tuple[str, ...] | None = None
    never_start: tuple[str, ...] = ()
    give_up: Callable[[str], bool] | None = field(default=None, compare=False)
    stop_at: Callable[[str], int] | None = field(default=None, compare=False)
    then: Callable[[Generation], GenerationRequest | None] | None = field(default=None, compare=False)


def stop_index(text: str, req: GenerationRequest) -> int:
    """Where ``text`` ends for ``req``: at the first of its stop strings, then where its ``stop_at``
    says within what is left; -1 when neither cuts it."""
    cut = min((i for i in (text.find(s) for s in req.stop if s) if i >= 0), default=-1)
    if req.stop_at is not None and (end := req.stop_at(text if cut < 0 else text[:cut])) >= 0:
        return end
    return cut


def cut_at_stops(text: str, req: GenerationRequest) -> str:
    """``text`` cut where :func:`stop_index` says (engines that apply the stops to finished text)."""
    cut = stop_index(text, req)
    return text if cut < 0 else text[:cut]


@dataclass(frozen=True)
class Generation:
    """What came back for one request."""

    text: str
    prompt_tokens: int
    completion_tokens: int
    latency_ms: float
    previous: Generation | None = None  # what the request this one followed up returned (see ``then``)


class Engine(ABC):
    """A loaded model. Built once per worker process; not shared between threads."""

    name: str = "engine"
    model_sha256: str = ""
    context_size: int = 2048
    follows_up_in_flight: ClassVar[bool] = False  # ``_generate`` runs the ``then`` follow-ups itself

    def generate(self, requests: Sequence[GenerationRequest]) -> list[Generation]:
        """Produce one Generation per request, in order (after their ``then`` follow-ups)."""
        results = self._generate(requests)
        return results if self.follows_up_in_flight else self._follow_up(list(requests), results)

    @abstractmethod
    def _generate(self, requests: Sequence[GenerationRequest]) -> list[Generation]:
        """One Generation per request, in order."""

    def _follow_up(self, requests: list[GenerationRequest], results: list[Generation]) -> list[Generation]:
        """Run the follow-ups ``then`` asks for, one further call per round, until none is left."""
        results = list(results)
        current = list(enumerate(requests))
        while current:
            follow = [(i, nxt) for i, req in current if req.then is not None
                      for nxt in [req.then(results[i])] if nxt is not None]
            if follow:
                for (i, _), gen in zip(follow, self._generate([req for _, req in follow]), strict=True):
                    results[i] = replace(gen, previous=results[i])
            current = follow
        return results

    @property
    def max_prompt_tokens(self) -> int:
        """Token budget of one request: ``count_tokens(prompt) + max_tokens`` must not exceed it.

        Engines with several sequences sharing one context report the per-sequence budget.
        """
        return self.context_size

    def count_tokens(self, text: str) -> int:
        """Number of model tokens in ``text`` (used to chunk long documents)."""
        return max(1, len(text) // 4)

    def check_fits(self, req: GenerationRequest, prompt_tokens: int | None = None) -> None:
        """Raise ValueError for empty ``choices`` or a prompt + ``max_tokens`` over the budget
        (``prompt_tokens``: the prompt's ``count_tokens``, when the caller has it already)."""
        if req.choices is not None and not req.choices:
            raise ValueError("choices must not be empty")
        tokens = self.count_tokens(req.prompt) if prompt_tokens is None else prompt_tokens
        if tokens + req.max_tokens > self.max_prompt_tokens:
            raise ValueError(f"prompt of ~{tokens} tokens + max_tokens {req.max_tokens} "
                             f"exceeds the {self.max_prompt_tokens}-token budget of {self.name}")

    def close(self) -> None:
        """Release the model."""
