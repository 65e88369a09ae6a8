"""Running a shard's model stages where the router says, with fallback to local.

For each document: decide, re-check that its text is clean (a second PII scan of the redacted
text; anything found keeps it local), reserve its estimated cost in the tenant's budget. Remote
groups run first, each on a snapshot; documents whose remote call failed (engine unavailable or
rejected) are restored from the snapshot, their reservation refunded, the provider's breaker told,
and they run locally with the others. Every document ends with ``provider`` and ``route_reason``.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..pipeline import DataClassification, DocState, run_stages
from .budget import BudgetLedger
from .providers import Provider
from .router import Decision, Load, Router, RouteRequest, SlaTier, complexity_score

log = logging.getLogger(__name__)

FALLBACK_CODES = frozenset({"engine_unavailable", "engine_rejected"})


@dataclass
class RouteContext:
    """What one shard's routing shares (read once per shard)."""

    tenant: str
    classification: DataClassification
    sla: SlaTier
    task: str
    load: Load
    budget_limit_usd: float | None
    ledger: BudgetLedger | None
    is_clean: Callable[[str], bool]  # True when a PII re-scan of the text finds nothing
    identity: Callable[[Provider], tuple[str, str]] = lambda provider: ("", "")  # (model, model_sha256)
    # (prompt, output) tokens reserved against the budget for a document of N characters
    cost_tokens: Callable[[int], tuple[int, int]] = lambda chars: (0, 0)


def run_routed(router: Router, docs: list[DocState], ctx: RouteContext,
               stages_for: Callable[[Provider], list[Any]]) -> None:
    """Run ``stages_for(provider)`` over ``docs``, each document on its routed provider."""
    local = router.local
    remaining = ctx.ledger.remaining(ctx.tenant, ctx.budget_limit_usd) if ctx.ledger else ctx.budget_limit_usd
    by_provider: dict[str, tuple[Provider, list[DocState]]] = {}
    reserved: dict[int, float] = {}
    for doc in docs:
        tokens = max(1, len(doc.text) // 4)
        decision = router.decide(RouteRequest(tokens, ctx.task, complexity_score(doc.text, ctx.task),
                                              ctx.classification, doc.redacted, ctx.sla,
                                              ctx.cost_tokens(len(doc.text))), ctx.load, remaining)
        if decision.provider.is_remote:
            decision = _admit(decision, doc, ctx, local)
            if decision.provider.is_remote:
                reserved[id(doc)] = decision.estimated_usd
                if remaining is not None:
                    remaining -= decision.estimated_usd
        doc.provider, doc.route_reason = decision.provider.name, decision.reason
        by_provider.setdefault(decision.provider.name, (decision.provider, []))[1].append(doc)
    fallback: list[DocState] = []
    for provider, group in by_provider.values():
        if provider.is_remote:
            fallback += _run_remote(router, provider, group, ctx, reserved, stages_for)
    local_docs = (by_provider.get(local.name, (local, []))[1]) + fallback
    if local_docs:
        run_stages(stages_for(local), local_docs)


def _admit(decision: Decision, doc: DocState, ctx: RouteContext, local: Provider) -> Decision:
    """The last checks before text leaves: clean text, and the budget reservation (atomic)."""
    if not doc.redacted or not ctx.is_clean(doc.text):
        return Decision(local, "policy:pii_rescan")
    if ctx.ledger is not None and not ctx.ledger.reserve(ctx.tenant, decision.estimated_usd, ctx.budget_limit_usd):
        return Decision(local, "budget_exhausted")
    return decision


def _run_remote(router: Router, provider: Provider, group: list[DocState], ctx: RouteContext,
                reserved: dict[int, float], stages_for: Callable[[Provider], list[Any]]) -> list[DocState]:
    """Run ``group`` on ``provider``; return the documents that must fall back to local."""
    breaker = router.breakers[provider.name]
    before = {id(d): copy.deepcopy(d) for d in group}
    if not breaker.allows():
        failed = list(group)
        reason = "fallback:breaker_open"
    else:
        try:
            run_stages(stages_for(provider), group)
        except Exception as exc:  # building the engine may fail too: never lose the documents
            log.warning("provider %s failed to run: %s", provider.name, type(exc).__name__)
            for doc in group:
                if doc.error is None:
                    doc.fail("route", "engine_unavailable", f"provider {provider.name}: {type(exc).__name__}")
        failed = [d for d in group if d.error is not None and d.error.code in FALLBACK_CODES]
        reason = f"fallback:{failed[0].error.code}" if failed else ""  # type: ignore[union-attr]
        if failed:
            breaker.failure()
        else:
            breaker.success()
    failed_ids = {id(d) for d in failed}
    restored = []
    for doc in group:
        estimate = reserved.pop(id(doc), 0.0)
        if id(doc) in failed_ids:  # back to its state before the remote call; refund the reservation
            doc.__dict__.update(before[id(doc)].__dict__)
            doc.provider, doc.route_reason = router.local.name, f"{reason}:{provider.name}"
            doc.cost_usd = 0.0
            restored.append(doc)
            real = 0.0
        else:
            doc.model, doc.model_sha256 = ctx.identity(provider)
            real = doc.cost_usd = provider.cost_usd(doc.tokens_in - before[id(doc)].tokens_in,
                                                    doc.tokens_out - before[id(doc)].tokens_out)
        if ctx.ledger is not None:
            ctx.ledger.settle(ctx.tenant, real - estimate)
    if restored:
        log.warning("provider %s: %d documents fall back to local (%s)", provider.name, len(restored), reason)
    return restored

