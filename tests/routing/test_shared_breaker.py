"""The circuit breaker shared through the broker: every instance (every worker process, every machine)
sees one state; the broker's clock times the cooldown; one half-open trial in all; a broker outage
falls back to the process's own breaker without blocking."""

from __future__ import annotations

import socket
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from edgebatch import constants as keys
from edgebatch.broker import EmbeddedBroker, broker_url, quick_client, redis_client
from edgebatch.routing.breaker import SharedBreakers
from edgebatch.routing.providers import ProviderTable
from edgebatch.routing.router import Load, Router, RouteRequest

from .conftest import provider_table


@pytest.fixture
def url(settings) -> str:
    return broker_url(settings)


def shared(url: str, **kw) -> SharedBreakers:
    """One worker process's breakers: its own connection, its snapshot always fresh unless told."""
    return SharedBreakers(quick_client(url), **{"failure_threshold": 3, "cooldown_s": 30.0, "max_age_s": 0.0, **kw})


def test_failures_in_one_instance_open_the_breaker_for_every_other(url) -> None:
    a, b = shared(url)["gpu-server"], shared(url)["gpu-server"]
    a.failure()
    a.failure()
    assert (a.state, b.state) == ("closed", "closed")
    b.failure()  # the third in a row, counted across instances
    assert (a.state, b.state) == ("open", "open")
    assert not a.allows() and not b.allows()
    opened = int(redis_client(url).hget(keys.breaker_key("gpu-server"), "opened_at"))
    seconds, micros = redis_client(url).time()
    assert 0 <= seconds * 1000 + micros // 1000 - opened < 5000, "opened_at is the broker's clock (ms)"
    assert shared(url)["other-endpoint"].state == "closed", "one breaker per provider"


def test_a_success_anywhere_resets_the_failures_in_a_row(url) -> None:
    a, b = shared(url)["gpu-server"], shared(url)["gpu-server"]
    a.failure()
    b.failure()
    a.success()
    b.failure()
    b.failure()
    assert b.state == "closed" and int(redis_client(url).hget(keys.breaker_key("gpu-server"), "failures")) == 2


def test_half_open_lets_one_trial_through_across_all_instances(url) -> None:
    instances = [shared(url, failure_threshold=1, cooldown_s=0.4)["gpu-server"] for _ in range(6)]
    instances[0].failure()
    assert all(i.state == "open" for i in instances)
    assert not any(i.allows() for i in instances)
    time.sleep(0.45)
    assert all(i.state == "half_open" for i in instances)
    with ThreadPoolExecutor(6) as pool:
        granted = list(pool.map(lambda i: i.allows(), instances))
    assert sum(granted) == 1, "a single trial in all processes"
    trial = instances[granted.index(True)]
    trial.failure()  # the trial failed: open again for everyone, the cooldown starts over
    assert all(i.state == "open" for i in instances) and not any(i.allows() for i in instances)
    time.sleep(0.45)
    trial = next(i for i in instances if i.allows())
    assert not any(i.allows() for i in instances if i is not trial)
    trial.success()
    assert all(i.state == "closed" and i.allows() for i in instances)
    assert not redis_client(url).exists(keys.breaker_key("gpu-server"), keys.breaker_trial_key("gpu-server"))


def test_a_dead_trial_holder_blocks_other_trials_only_for_its_lease(url) -> None:
    a, b = (shared(url, failure_threshold=1, cooldown_s=0.1, trial_lease_s=0.3)["gpu-server"] for _ in range(2))
    a.failure()
    time.sleep(0.15)
    assert a.allows() and not b.allows()  # a's process "dies" without reporting
    time.sleep(0.35)
    assert b.allows()


def test_routing_decisions_read_a_snapshot_no_older_than_max_age(url) -> None:
    router = Router(ProviderTable.model_validate(provider_table(on_prem=True, allowed=["public"], complexity=0.0)),
                    shared(url, failure_threshold=1, max_age_s=0.3))
    request = RouteRequest(200, "summarize", 0.9, "public", True)  # type: ignore[arg-type]
    assert router.decide(request, Load(), None).provider.name == "gpu-server"
    shared(url, failure_threshold=1)["gpu-server"].failure()  # another process sees the endpoint fail
    time.sleep(0.35)
    assert router.decide(request, Load(), None).reason == "breaker_open"


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_without_a_reachable_broker_the_process_breaker_decides_without_blocking() -> None:
    breakers = shared(f"redis://127.0.0.1:{_closed_port()}/0", failure_threshold=2, retry_after_s=60)
    breaker = breakers["gpu-server"]
    started = time.monotonic()
    assert breaker.state == "closed" and breaker.allows()
    breaker.failure()
    breaker.failure()
    assert breaker.state == "open" and not breaker.allows()
    assert time.monotonic() - started < 1.0


def test_a_broker_restart_falls_back_then_shares_again(settings, url) -> None:
    breakers = shared(url, failure_threshold=2, retry_after_s=0.2)
    other = shared(url, failure_threshold=2)["gpu-server"]
    breaker = breakers["gpu-server"]
    breaker.failure()  # counted in the broker (1 of 2)
    EmbeddedBroker(settings.resolved_data_dir).stop()
    started = time.monotonic()
    breaker.failure()  # the broker is down: this process's breaker saw both failures and opens
    assert breaker.state == "open" and not breaker.allows()
    assert time.monotonic() - started < 2.0, "an unreachable broker costs milliseconds, not retries"
    assert broker_url(settings) == url  # the embedded broker comes back on its port
    time.sleep(0.25)
    assert breaker.state == "closed", "the broker's state is authoritative again (1 failure recorded there)"
    other.failure()
    assert breaker.state == "open"


def test_a_second_worker_process_never_calls_the_endpoint_the_first_found_dead(installation, start_worker) -> None:
    """Two real `edgebatch worker` processes, one after the other: the first's failures open the
    breaker in the broker; the second, with a fresh memory, does not try the endpoint at all."""
    from edgebatch.api import EdgeBatch

    from ..helpers.http_stub import Reply
    from .conftest import audit_rows

    installation.configure(providers=provider_table(on_prem=True, allowed=["public"]),
                           EDGEBATCH_BREAKER_FAILURES="1", EDGEBATCH_BREAKER_COOLDOWN_S="3600")
    installation.stub.responder = lambda request: Reply(503)
    spec, docs = str(installation.pipeline("public")), installation.docs()
    client = EdgeBatch(installation.settings())

    first = start_worker("--procs", "1", name="first@test")
    first.wait_ready()
    batch = client.submit(docs, spec)
    assert client.wait(batch, timeout_s=180)["status"] == "completed"
    first.stop()
    calls = len(installation.stub.requests)
    rows = audit_rows(client, batch)
    assert calls >= 1 and any(r["route_reason"].startswith("fallback:") for r in rows), "the first one tried"

    second = start_worker("--procs", "1", name="second@test")
    second.wait_ready()
    batch = client.submit(docs, spec)
    assert client.wait(batch, timeout_s=180)["status"] == "completed"
    assert len(installation.stub.requests) == calls, "the second process never called the dead endpoint"
    rows = [r for r in audit_rows(client, batch) if r["outcome"] == "succeeded"]
    assert rows and {r["provider"] for r in rows} == {"local"}
    assert "breaker_open" in {r["route_reason"] for r in rows}
    assert not any(r["route_reason"].startswith("fallback:") for r in rows)
