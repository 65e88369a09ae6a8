"""``edgebatch bench routing``: what routing adds per document.

Two numbers. ``decision``: the router's pure decision (complexity score, policy, breaker, budget
check) over synthetic documents of mixed length and classification, with a local and two remote
providers allow-listed (the most work a decision does). ``with_broker``: the same plus what a worker
really does per shard against the broker (the load snapshot and the tenant's remaining budget, one
read each per shard; the shared circuit breaker's ``allows`` and outcome per remote provider used) and
per remote document (the atomic Lua reservation and its settlement).
"""

from __future__ import annotations

import random
import time
from typing import Any

from ..pipeline import DataClassification
from .breaker import SharedBreakers
from .budget import BudgetLedger
from .providers import ProviderTable
from .router import Load, Router, RouteRequest, SlaTier, complexity_score

_WORDS = ("findings impression normal unremarkable consolidation effusion pneumothorax cardiomegaly "
          "atelectasis lymphadenopathy hepatosplenomegaly the of and with no is are seen mild moderate").split()

TABLE = {
    "providers": {
        "local": {"kind": "local", "on_prem": True, "allowed_classifications": ["public", "internal", "confidential",
                                                                                 "restricted"]},
        "bench-gpu-server": {"model": "gpu", "kind": "remote", "on_prem": True, "price_in_per_1k": 0.00002,
                       "price_out_per_1k": 0.00008, "context_size": 8192,
                       "allowed_classifications": ["public", "internal", "confidential"]},
        "bench-cloud": {"model": "cloud", "kind": "remote", "on_prem": False, "price_in_per_1k": 0.00015,
                  "price_out_per_1k": 0.0006, "context_size": 128000, "allowed_classifications": ["public"]},
    },
    "allow": ["bench-gpu-server", "bench-cloud"],  # names of their own: the bench's breakers touch no real one
}


def _documents(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(_WORDS) for _ in range(rng.choice((40, 120, 300, 900)))) for _ in range(n)]


def run(*, n: int = 20_000, shard_size: int = 8, ledger: BudgetLedger | None = None) -> dict[str, Any]:
    router = Router(ProviderTable.model_validate(TABLE))
    docs = _documents(min(n, 2000))
    classes = list(DataClassification)
    loads = [Load(0, 2), Load(3, 2), Load(12, 2)]
    remote = 0
    started = time.perf_counter()
    for i in range(n):
        text = docs[i % len(docs)]
        request = RouteRequest(len(text) // 4, "summarize", complexity_score(text, "summarize"),
                               classes[i % 4], True, SlaTier.standard)
        decision = router.decide(request, loads[i % 3], 5.0)
        remote += decision.provider.is_remote
    decision_ms = (time.perf_counter() - started) * 1000 / n
    out: dict[str, Any] = {"documents": n, "decision_ms_per_doc": round(decision_ms, 5),
                           "remote_share": round(remote / n, 3)}
    if ledger is not None:
        m = min(n, 4000)
        router = Router(router.table, SharedBreakers(ledger.redis))  # breaker state in the broker, as workers
        started = time.perf_counter()
        for first in range(0, m, shard_size):
            pipe = ledger.redis.pipeline()  # the worker's per-shard snapshot
            pipe.llen("edgebatch.bench.none")
            pipe.hlen("unacked")
            pipe.execute()
            remaining = ledger.remaining("bench", 1e9)
            used: set[str] = set()
            for i in range(first, min(m, first + shard_size)):
                text = docs[i % len(docs)]
                request = RouteRequest(len(text) // 4, "summarize", complexity_score(text, "summarize"),
                                       classes[i % 4], True, SlaTier.standard)
                decision = router.decide(request, loads[i % 3], remaining)
                if decision.provider.is_remote:
                    ledger.reserve("bench", decision.estimated_usd, 1e9)
                    ledger.settle("bench", 0.0)
                    used.add(decision.provider.name)
            for name in used:  # the dispatcher: one trial check and one outcome per remote group
                breaker = router.breakers[name]
                if breaker.allows():
                    breaker.success()
        out["with_broker_ms_per_doc"] = round((time.perf_counter() - started) * 1000 / m, 5)
        scratch = ledger.redis.keys("edgebatch:tenant:bench:*") + ledger.redis.keys("edgebatch:breaker:bench-*")
        ledger.redis.delete(*scratch or ["edgebatch:none"])
    return out
