"""The batch report shows where documents ran, remote spend against all-cloud, and the tenant's budget."""

from __future__ import annotations

import re

from edgebatch.report import Hardware, gather, load_prices, render, routing_rows

from .conftest import provider_table


def test_report_has_provider_shares_cost_against_all_cloud_and_budget_use(installation) -> None:
    installation.configure(providers=provider_table(on_prem=True, allowed=["public"], price_in=1.0, price_out=1.0),
                           tenants={"tenants": {"law-firm": {"budget_usd_per_month": 2.0}}})
    batch_id, client, _ = installation.run("public", tenant="law-firm")
    audit = client.results(batch_id, "audit").to_pylist()
    facts = gather(client, batch_id)
    remote = sum(1 for r in audit if r["provider"] == "gpu-server")
    assert facts.providers["gpu-server"] == remote and facts.providers["local"] == len(audit) - remote
    assert facts.tenant == "law-firm" and facts.budget[1] == 2.0 and 0 < facts.budget[0] <= 2.0
    assert abs(facts.spent_usd - sum(r["cost_usd"] for r in audit)) < 1e-9
    rows = dict(routing_rows(facts))
    share = remote / len(audit)
    assert rows["documents on gpu-server"] == f"{remote:,} ({share:.0%})"
    assert re.fullmatch(r"[\d.]+ USD of 2\.00 \(\d+%\)", rows["budget of tenant law-firm this month"])
    html = render(facts, load_prices(), Hardware())
    assert 'data-plot="providers"' in html and "all-cloud cost" in html and "law-firm" in html
