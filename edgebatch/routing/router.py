"""The routing decision: per document, local or which remote provider, and why.

Local first. A document is only considered for a remote provider that the policy allows; then it
goes remote only when that is worth it: the local pool is saturated (backlog per worker above the
SLA tier's threshold), the document is complex, or it does not fit the local model's context. The
cheapest allowed provider whose closed breaker and the tenant's remaining budget permit wins.
``decide`` is pure and allocation-light (the broker is read once per shard, into ``Load``), so a
decision costs microseconds; ``edgebatch bench routing`` measures it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ..pipeline import DataClassification
from .breaker import Breakers
from .policy import refusal
from .providers import Provider, ProviderTable

_TASK_WEIGHT = {"summarize": 0.15, "clause": 0.25, "classify": 0.0}


class SlaTier(str, Enum):
    economy = "economy"  # stays local unless it cannot fit the local model
    standard = "standard"
    fast = "fast"  # goes remote (where allowed) at a smaller backlog


@dataclass(frozen=True)
class Load:
    """The local pool's state, read from the broker once per shard."""

    queue_depth: int = 0  # shards waiting on the model queue
    workers: int = 1  # worker processes serving it

    @property
    def saturation(self) -> float:
        return self.queue_depth / max(1, self.workers)


@dataclass(frozen=True)
class RouteRequest:
    tokens: int
    task: str
    complexity: float
    classification: DataClassification
    redacted: bool
    sla: SlaTier = SlaTier.standard
    # (prompt, output) tokens of all the document's model calls, for its cost; (0, 0): ``tokens``
    # and the knobs' expected output tokens.
    cost_tokens: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class Decision:
    provider: Provider
    reason: str
    estimated_usd: float = 0.0


def complexity_score(text: str, task: str = "") -> float:
    """A cheap 0..1 score: length, share of long words, the task's weight. No model, no regex."""
    words = text.split()
    n = len(words)
    if n == 0:
        return 0.0
    long_words = sum(1 for w in words if len(w) >= 10)
    score = 0.5 * min(1.0, n / 1500) + 0.35 * min(1.0, 4 * long_words / n) + _TASK_WEIGHT.get(task, 0.0)
    return min(1.0, score)


class Router:
    def __init__(self, table: ProviderTable, breakers: Breakers | None = None) -> None:
        self.table = table
        self.local = table.local
        self.allow = frozenset(table.allow)
        self.remotes = [p for p in table.remotes if p.name in self.allow]
        # Why a document stays local when no remote may be used at all (the audit says which).
        self.local_reason = "policy:not_allow_listed" if table.remotes and not self.remotes else "local_only"
        self.knobs = table.routing
        self.breakers = breakers or Breakers()

    @property
    def may_route(self) -> bool:
        """Whether any document could ever leave (false with the bundled table: no work at all)."""
        return bool(self.remotes)

    def decide(self, req: RouteRequest, load: Load, budget_remaining_usd: float | None) -> Decision:
        local = self.local
        if not self.remotes:
            return Decision(local, self.local_reason)
        out = self.knobs.expected_output_tokens
        candidates: list[Provider] = []
        refused = ""
        for provider in self.remotes:
            why = refusal(provider, req.classification, redacted=req.redacted, allow=self.allow)
            if why is None and req.tokens + out > provider.context_size:
                why = "too_long_for_remote"
            if why is None:
                candidates.append(provider)
            elif not refused:
                refused = why
        if not candidates:
            return Decision(local, f"policy:{refused}")
        if req.tokens + out > local.context_size:
            trigger = "exceeds_local_context"
        elif req.sla is SlaTier.economy:
            return Decision(local, "local_first:economy")
        elif load.saturation >= (self.knobs.fast_saturation if req.sla is SlaTier.fast else self.knobs.saturation):
            trigger = f"saturated:{load.saturation:.1f}"
        elif req.complexity >= self.knobs.complexity:
            trigger = f"complex:{req.complexity:.2f}"
        else:
            return Decision(local, "local_first")
        live = [p for p in candidates if self.breakers[p.name].state != "open"]
        if not live:
            return Decision(local, "breaker_open")
        cost_in, cost_out = req.cost_tokens if any(req.cost_tokens) else (req.tokens, out)
        for provider in sorted(live, key=lambda p: p.cost_usd(cost_in, cost_out)):
            cost = provider.cost_usd(cost_in, cost_out)
            if budget_remaining_usd is None or cost <= budget_remaining_usd:
                return Decision(provider, f"remote:{trigger}", cost)
        return Decision(local, "budget_exhausted")
