"""The routing decision, the policy, the breaker and the broker budget, without a batch."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from edgebatch.broker import broker_url, redis_client
from edgebatch.errors import ConfigError
from edgebatch.pipeline import DataClassification as DC
from edgebatch.routing.breaker import Breakers, CircuitBreaker
from edgebatch.routing.budget import BudgetLedger
from edgebatch.routing.providers import ProviderTable, load_providers
from edgebatch.routing.router import Load, Router, RouteRequest, SlaTier, complexity_score

from .conftest import provider_table


def router(**kw) -> Router:
    return Router(ProviderTable.model_validate(provider_table(**{"on_prem": True, "allowed": ["public", "internal",
                                                                                             "confidential"],
                                                                 "complexity": 0.75, **kw})))


def req(classification=DC.public, *, tokens=200, complexity=0.1, redacted=True, sla=SlaTier.standard) -> RouteRequest:
    return RouteRequest(tokens, "summarize", complexity, classification, redacted, sla)


IDLE, BUSY = Load(0, 2), Load(10, 2)


def test_the_bundled_table_is_local_only() -> None:
    table = load_providers()
    assert table.remotes == [] and table.allow == []
    assert Router(table).decide(req(), BUSY, None).reason == "local_only"


def test_a_table_without_a_local_provider_is_refused(tmp_path) -> None:
    (tmp_path / "p.yaml").write_text("providers: {cloud: {kind: remote, model: x}}\nallow: [cloud]\n")
    with pytest.raises(ConfigError, match="local"):
        load_providers(tmp_path / "p.yaml")


def test_local_first_when_idle_and_simple() -> None:
    assert router().decide(req(), IDLE, None).reason == "local_first"


def test_saturation_or_complexity_sends_allowed_documents_remote() -> None:
    r = router()
    assert r.decide(req(), BUSY, None).reason == "remote:saturated:5.0"
    assert r.decide(req(complexity=0.9), IDLE, None).reason == "remote:complex:0.90"
    assert r.decide(req(tokens=5000), IDLE, None).reason == "remote:exceeds_local_context"


def test_sla_tiers_move_the_saturation_threshold() -> None:
    r, light = router(), Load(1, 1)
    assert r.decide(req(), light, None).provider.name == "local"
    assert r.decide(req(sla=SlaTier.fast), light, None).provider.name == "gpu-server"
    assert r.decide(req(sla=SlaTier.economy), BUSY, None).reason == "local_first:economy"


@pytest.mark.parametrize("classification, on_prem, redacted, reason", [
    (DC.restricted, True, True, "policy:restricted_stays_local"),
    (DC.confidential, False, True, "policy:confidential_on_prem_only"),
    (DC.internal, True, False, "policy:unredacted_text"),
])
def test_policy_refusals_route_local_with_the_reason(classification, on_prem, redacted, reason) -> None:
    r = router(on_prem=on_prem, allowed=["public", "internal", "confidential", "restricted"])
    decision = r.decide(req(classification, redacted=redacted), BUSY, None)
    assert (decision.provider.name, decision.reason) == ("local", reason)


def test_budget_and_breaker_keep_documents_local() -> None:
    r = router(price_in=1.0, price_out=1.0)
    assert r.decide(req(), BUSY, 0.01).reason == "budget_exhausted"
    assert r.decide(req(), BUSY, 10.0).provider.name == "gpu-server"
    for _ in range(3):
        r.breakers["gpu-server"].failure()
    assert r.decide(req(), BUSY, None).reason == "breaker_open"


def test_breaker_half_opens_after_the_cooldown_and_closes_on_success() -> None:
    now = [0.0]
    breaker = CircuitBreaker(failure_threshold=2, cooldown_s=10, clock=lambda: now[0])
    breaker.failure()
    assert breaker.state == "closed"
    breaker.failure()
    assert breaker.state == "open" and not breaker.allows()
    now[0] = 11
    assert breaker.allows() and not breaker.allows(), "one trial call at a time"
    breaker.failure()
    assert breaker.state == "open"
    now[0] = 22
    assert breaker.allows()
    breaker.success()
    assert breaker.state == "closed"
    assert Breakers()["x"] is not Breakers()["x"]


def test_complexity_score_is_bounded_and_grows_with_length() -> None:
    assert complexity_score("") == 0.0
    short, long = complexity_score("normal chest"), complexity_score("bronchiectasis " * 3000, "summarize")
    assert 0 <= short < long <= 1


def test_budget_reservations_are_atomic_across_concurrent_workers(settings) -> None:
    ledger = BudgetLedger(redis_client(broker_url(settings)))
    with ThreadPoolExecutor(8) as pool:
        granted = list(pool.map(lambda _: ledger.reserve("bank", 0.3, 3.0), range(40)))
    assert sum(granted) == 10 and ledger.spent("bank") == pytest.approx(3.0)
    ledger.settle("bank", -0.5)
    assert ledger.remaining("bank", 3.0) == pytest.approx(0.5)
    assert ledger.remaining("bank", None) is None and ledger.reserve("other", 1e6, None)


def test_routing_adds_well_under_a_millisecond_per_document(settings) -> None:
    from edgebatch.routing.bench import run

    result = run(n=4000, ledger=BudgetLedger(redis_client(broker_url(settings))))
    assert result["decision_ms_per_doc"] < 1.0 and result["with_broker_ms_per_doc"] < 1.0, result
    assert 0 < result["remote_share"] < 1
