"""Routed batches end to end (real broker, fake local engine, the recording stub as the remote):
the stub's request log proves what left the machine."""

from __future__ import annotations

import re

import pytest

from edgebatch.routing.budget import BudgetLedger
from edgebatch.rows import SCHEMA_VERSION

from ..conftest import gold_for
from ..helpers.http_stub import Reply
from .conftest import SAMPLE_FILES, audit_rows, manifest_docs, provider_table, remote_text

EVERYTHING = ["public", "internal", "confidential", "restricted"]


def planted_pii_in(text: str, doc_id: str) -> list[str]:
    entry = gold_for(doc_id)
    names = set(entry.get("labels_by_type", {}).get("NAME", []))
    found = [v for v in names if re.search(rf"(?<!\w){re.escape(v)}(?!\w)", text, re.IGNORECASE)]
    found += [v for v in entry["pii"] if v not in names and len(v) >= 5 and v.lower() in text.lower()]
    return found


def test_the_bundled_provider_table_keeps_every_document_local(installation) -> None:
    batch_id, client, _ = installation.run("public")  # no EDGEBATCH_PROVIDERS_FILE
    rows = audit_rows(client, batch_id)
    assert installation.stub.requests == []
    succeeded = [r for r in rows if r["outcome"] == "succeeded"]
    assert succeeded and {(r["provider"], r["route_reason"]) for r in succeeded} == {("local", "local_only")}
    assert {r["schema_version"] for r in rows} == {SCHEMA_VERSION} and {r["tenant"] for r in rows} == {"default"}


@pytest.mark.parametrize("classification, reason", [("restricted", "policy:restricted_stays_local"),
                                                    ("confidential", "policy:confidential_on_prem_only")])
def test_restricted_and_confidential_never_reach_a_cloud_endpoint(installation, classification, reason) -> None:
    # A cloud endpoint (not on-prem) that even claims to accept everything, allow-listed, always "worth it".
    installation.configure(providers=provider_table(on_prem=False, allowed=EVERYTHING))
    batch_id, client, _ = installation.run(classification)
    assert installation.stub.requests == [], "the endpoint's request log must stay empty"
    rows = [r for r in audit_rows(client, batch_id) if r["outcome"] == "succeeded"]
    assert rows and {(r["provider"], r["route_reason"]) for r in rows} == {("local", reason)}


def test_restricted_never_leaves_even_for_an_on_prem_endpoint(installation) -> None:
    installation.configure(providers=provider_table(on_prem=True, allowed=EVERYTHING))
    installation.run("restricted")
    assert installation.stub.requests == []


def test_a_remote_not_on_the_allow_list_is_never_used(installation) -> None:
    installation.configure(providers=provider_table(on_prem=True, allowed=EVERYTHING, allow=False))
    batch_id, client, _ = installation.run("public")
    assert installation.stub.requests == []
    assert {r["route_reason"] for r in audit_rows(client, batch_id) if r["outcome"] == "succeeded"} == {
        "policy:not_allow_listed"}


def test_confidential_goes_to_an_on_prem_endpoint_with_redacted_text_only(installation) -> None:
    installation.configure(providers=provider_table(on_prem=True, allowed=["public", "internal", "confidential"]))
    batch_id, client, _ = installation.run("confidential")
    rows = {r["doc_id"]: r for r in audit_rows(client, batch_id)}
    remote = [r for r in rows.values() if r["provider"] == "gpu-server"]
    assert remote and all(r["route_reason"] == "remote:complex:1.00" or r["route_reason"].startswith("remote:")
                          for r in remote)
    assert all(r["cost_usd"] > 0 for r in remote)
    assert {(r["model"], r["model_sha256"]) for r in remote} == {
        ("gpu-server", f"endpoint:{installation.stub.base_url}#stub")}, "the audit names the model that ran it"
    sent = remote_text(installation.stub)
    assert "[NAME]" in sent or "[DATE]" in sent, "what leaves is the redacted text"
    leaks = {doc: planted_pii_in(sent, doc) for doc in SAMPLE_FILES}
    assert {doc: found for doc, found in leaks.items() if found} == {}
    # Documents the PII re-scan flagged stayed home: the reason says so.
    assert all(r["route_reason"] in ("policy:pii_rescan",) or r["provider"] == "gpu-server"
               for r in rows.values() if r["outcome"] == "succeeded")


def test_remote_down_mid_batch_falls_back_to_local_and_loses_nothing(installation) -> None:
    installation.configure(providers=provider_table(on_prem=True, allowed=["public"]),
                           EDGEBATCH_BREAKER_FAILURES="1", EDGEBATCH_BREAKER_COOLDOWN_S="3600")
    stub = installation.stub
    down = {"now": False}
    answer = stub.responder

    def flaky(request):
        return Reply(503) if down["now"] else answer(request)

    stub.responder = flaky

    def outage(shard: int) -> None:
        down["now"] = shard >= 1  # the endpoint dies after the first shard

    batch_id, client, _ = installation.run("public", between=outage)
    rows = {r["doc_id"]: r for r in audit_rows(client, batch_id)}
    assert set(rows) == set(manifest_docs(client, batch_id)), "every document has an audit row"
    assert client.status(batch_id)["status"] == "completed"
    first = {d for d, r in rows.items() if r["provider"] == "gpu-server"}
    assert first, "shard 0 went remote"
    fell_back = [r for r in rows.values() if r["route_reason"].startswith("fallback:")]
    assert fell_back and all(r["provider"] == "local" and r["outcome"] == "succeeded" for r in fell_back)
    # the breaker opened on the failure: later shards did not even try the endpoint
    assert any(r["route_reason"] == "breaker_open" for r in rows.values())
    assert {r["error_code"] for r in rows.values()} <= {None, "empty"}, "no engine error rows"
    assert sum(r["cost_usd"] for r in fell_back) == 0


def test_budget_exhaustion_switches_to_local(installation) -> None:
    # Each remote document costs ~0.6 USD at these prices: a 2 USD month allows a few.
    installation.configure(providers=provider_table(on_prem=True, allowed=["public"], price_in=1.0, price_out=1.0),
                           tenants={"tenants": {"radiology-dept": {"budget_usd_per_month": 2.0}}})
    batch_id, client, runtime = installation.run("public", tenant="radiology-dept")
    rows = [r for r in audit_rows(client, batch_id) if r["outcome"] == "succeeded"]
    remote = [r for r in rows if r["provider"] == "gpu-server"]
    exhausted = [r for r in rows if r["route_reason"] == "budget_exhausted"]
    assert remote and exhausted and all(r["provider"] == "local" for r in exhausted)
    spent = BudgetLedger(client.state.redis).spent("radiology-dept")
    assert spent <= 2.0 + 1e-9
    assert spent == pytest.approx(sum(r["cost_usd"] for r in remote), abs=1e-6)
    # one summary request per remote document, and at most one bounded retry of an invalid answer
    assert len(remote) <= len(installation.stub.requests) <= 2 * len(remote)


def test_a_mixed_batch_under_default_knobs_stays_mostly_local(installation, monkeypatch) -> None:
    """The issue's target: with an allow-listed on-prem endpoint and the default routing knobs, an idle
    pool keeps >= 85 % of a mixed batch local and no restricted document leaves."""
    from edgebatch.routing.router import Load
    from edgebatch.runtime import WorkerRuntime

    table = provider_table(on_prem=True, allowed=["public", "internal", "confidential"])
    del table["routing"]  # the defaults
    installation.configure(providers=table)
    monkeypatch.setattr(WorkerRuntime, "_load", lambda self, queue: Load(queue_depth=1, workers=1))
    rows = []
    for classification in ("restricted", "confidential", "internal", "public"):
        batch_id, client, _ = installation.run(classification)
        rows += [(classification, r) for r in audit_rows(client, batch_id) if r["outcome"] == "succeeded"]
    local = sum(1 for _, r in rows if r["provider"] == "local")
    assert local / len(rows) >= 0.85
    assert all(r["provider"] == "local" for c, r in rows if c == "restricted")
