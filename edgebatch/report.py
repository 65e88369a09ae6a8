"""``edgebatch report``: one self-contained HTML page about a finished batch.

Throughput over time (the broker's progress samples), latency per stage (p50/p95 of the results'
``latency_ms_<stage>`` columns), outcomes and error codes, PII entity counts (audit), tokens, and
what the same tokens would cost on cloud APIs (a YAML price table) against the energy the local
run used, with payback of the hardware. Aggregates only: no document text and no document ids.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from html import escape
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .api import EdgeBatch
from .chart import bar_chart, line_chart
from .errors import BatchNotFoundError, ConfigError

BUNDLED_PRICES = Path(__file__).resolve().parent / "prices.yaml"


class Price(BaseModel):
    model_config = ConfigDict(extra="forbid")

    input_per_1k: float = Field(..., ge=0)
    output_per_1k: float = Field(..., ge=0)


class PriceTable(BaseModel):
    """Cloud list prices: provider -> model -> USD per 1k input/output tokens."""

    model_config = ConfigDict(extra="forbid")

    as_of: str = ""
    currency: str = "USD"
    providers: dict[str, dict[str, Price]]


def load_prices(path: Path | None = None) -> PriceTable:
    path = path or BUNDLED_PRICES
    try:
        return PriceTable(**(yaml.safe_load(Path(path).read_text()) or {}))
    except (OSError, yaml.YAMLError, ValidationError, TypeError) as exc:
        raise ConfigError(f"{path}: invalid price table: {exc}") from exc


@dataclass
class Hardware:
    """What the user enters: hardware price, average power draw and electricity price."""

    cost_usd: float = 0.0
    watts: float = 0.0
    kwh_price: float = 0.30


@dataclass
class BatchFacts:
    """Everything the page shows, as aggregates."""

    batch_id: str
    pipeline: str
    status: str
    documents: int
    elapsed_s: float
    outcomes: dict[str, int]
    error_codes: dict[str, int]
    throughput: list[tuple[float, float]]
    latency: dict[str, tuple[float, float]]
    pii: dict[str, int]
    tokens_in: int
    tokens_out: int
    model: str = ""
    created_at: float = 0.0
    providers: dict[str, int] = field(default_factory=dict)  # documents per provider (routing)
    spent_usd: float = 0.0  # paid to remote providers
    cloud_equivalent_usd: float = 0.0  # the same documents all in the cloud (audit's price)
    tenant: str = "default"
    budget: tuple[float, float | None] = (0.0, None)  # tenant's spend this month, its monthly limit
    extra: dict[str, Any] = field(default_factory=dict)


def gather(client: EdgeBatch, batch_id: str) -> BatchFacts:
    """Read the batch's live record, progress samples and committed datasets."""
    commit = client.commit(batch_id)
    results, audit, errors = (client.results(batch_id, d) for d in ("results", "audit", "errors"))
    try:
        record = client.status(batch_id)
        samples = client.state.progress(batch_id)
    except BatchNotFoundError:  # the broker forgot the batch: fall back on the audit's timestamps
        ts = [t.timestamp() for t in audit.column("ts").to_pylist()] if audit.num_rows else [time.time()]
        record = {"status": "completed", "created_at": min(ts), "finished_at": max(ts)}
        samples = []
    created = float(record["created_at"])
    finished = float(record.get("finished_at") or (samples[-1][0] if samples else time.time()))
    latency = {}
    for name in results.column_names:
        if name.startswith("latency_ms_") and name != "latency_ms_total":
            values = [v for v in results.column(name).to_pylist() if v is not None]
            if values:
                latency[name.removeprefix("latency_ms_")] = (float(np.percentile(values, 50)),
                                                             float(np.percentile(values, 95)))
    pii: Counter[str] = Counter()
    rows = audit.to_pylist() if audit.num_rows else []
    for row in rows:
        pii.update(json.loads(row.get("pii_counts") or "{}"))
    models = {row["model"] for row in rows if row.get("model")}
    tenant = str(record.get("tenant") or client.settings.tenant)
    providers = Counter(row.get("provider") or "local" for row in rows if row.get("outcome") != "cancelled")
    return BatchFacts(
        batch_id=batch_id, pipeline=commit["pipeline"], status=str(record["status"]), documents=commit["documents"],
        elapsed_s=max(0.001, finished - created), outcomes=dict(commit["outcomes"]),
        error_codes=dict(Counter(errors.column("error_code").to_pylist())) if errors.num_rows else {},
        throughput=[(0.0, 0.0)] + [(round(t - created, 3), float(n)) for t, n in samples],
        latency=latency, pii=dict(pii.most_common()),
        tokens_in=sum(row.get("tokens_in") or 0 for row in rows),
        tokens_out=sum(row.get("tokens_out") or 0 for row in rows),
        model=", ".join(sorted(models)), created_at=created, providers=dict(providers.most_common()),
        spent_usd=sum(row.get("cost_usd") or 0.0 for row in rows),
        cloud_equivalent_usd=sum(row.get("cloud_equivalent_usd") or 0.0 for row in rows),
        tenant=tenant, budget=_budget(client, tenant),
    )


def _budget(client: EdgeBatch, tenant: str) -> tuple[float, float | None]:
    from .routing.budget import BudgetLedger
    from .tenants import load_tenants

    limit = load_tenants(client.settings.tenants_file).quota(tenant).budget_usd_per_month
    return BudgetLedger(client.state.redis).spent(tenant), limit


def routing_rows(facts: BatchFacts) -> list[tuple[str, str]]:
    """Where the documents ran, what that cost against an all-cloud run, the tenant's budget."""
    total = max(1, sum(facts.providers.values()))
    rows = [(f"documents on {name}", f"{n:,} ({n / total:.0%})") for name, n in facts.providers.items()]
    saved = facts.cloud_equivalent_usd - facts.spent_usd
    rows += [("remote spend", f"{facts.spent_usd:.4f} USD"),
             ("all-cloud cost (audit price)", f"{facts.cloud_equivalent_usd:.4f} USD"),
             ("saved against all-cloud", f"{saved:.4f} USD")]
    spent, limit = facts.budget
    used = f"{spent:.4f} USD" + (f" of {limit:.2f} ({spent / limit:.0%})" if limit else " (no limit)")
    rows.append((f"budget of tenant {facts.tenant} this month", used))
    return rows


def cost_rows(facts: BatchFacts, prices: PriceTable, hardware: Hardware) -> list[dict[str, Any]]:
    """Cloud cost of this batch's tokens per model, savings against local energy, and payback."""
    energy = hardware.watts * facts.elapsed_s / 3600 / 1000 * hardware.kwh_price
    docs = max(1, facts.documents)
    docs_per_day = facts.documents / facts.elapsed_s * 86400
    rows = []
    for provider, models in prices.providers.items():
        for model, price in models.items():
            cloud = facts.tokens_in / 1000 * price.input_per_1k + facts.tokens_out / 1000 * price.output_per_1k
            saving = cloud - energy
            payback_docs = hardware.cost_usd / (saving / docs) if saving > 0 else None
            rows.append({
                "provider": provider, "model": model, "input_per_1k": price.input_per_1k,
                "output_per_1k": price.output_per_1k, "cloud_usd": cloud, "saving_usd": saving,
                "payback_docs": payback_docs,
                "payback_days": payback_docs / docs_per_day if payback_docs is not None and docs_per_day else None,
            })
    return rows


def render(facts: BatchFacts, prices: PriceTable, hardware: Hardware) -> str:
    """The whole page as one string: inline CSS, inline SVG, a small inline script."""
    costs = cost_rows(facts, prices, hardware)
    energy = hardware.watts * facts.elapsed_s / 3600 / 1000 * hardware.kwh_price
    rate = facts.documents / facts.elapsed_s
    when = datetime.fromtimestamp(facts.created_at, timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    summary = [("batch", facts.batch_id), ("pipeline", facts.pipeline), ("status", facts.status),
               ("started", when), ("documents", f"{facts.documents:,}"), ("wall time", f"{facts.elapsed_s:,.1f} s"),
               ("throughput", f"{rate:.2f} docs/s"), ("model", facts.model or "-"),
               ("tokens in / out", f"{facts.tokens_in:,} / {facts.tokens_out:,}")]
    sections = [
        ("Throughput over time", line_chart("throughput", facts.throughput, x_label="seconds since submit",
                                            y_label="documents done")),
        ("Latency per stage (ms per document)",
         bar_chart("latency", [(k, [p50, p95]) for k, (p50, p95) in facts.latency.items()], series=["p50", "p95"],
                   unit=" ms")),
        ("Outcomes", bar_chart("outcomes", [(k, [float(v)]) for k, v in sorted(facts.outcomes.items())],
                               series=["documents"])
         + (bar_chart("error-codes", [(k, [float(v)]) for k, v in sorted(facts.error_codes.items())],
                      series=["errors"]) if facts.error_codes else "")),
        ("PII entities redacted", bar_chart("pii", [(k, [float(v)]) for k, v in facts.pii.items()],
                                            series=["entities"])),
        ("Routing: where the documents ran",
         bar_chart("providers", [(k, [float(v)]) for k, v in facts.providers.items()], series=["documents"])
         + "<table id='routing'>" + "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>"
                                             for k, v in routing_rows(facts)) + "</table>"),
        ("Tokens", bar_chart("tokens", [("input", [float(facts.tokens_in)]), ("output", [float(facts.tokens_out)])],
                             series=["tokens"])),
        ("Cost of the same tokens on cloud APIs",
         bar_chart("cost", [(f"{r['provider']} {r['model']}", [r["cloud_usd"]]) for r in costs],
                   series=[prices.currency], unit=" $")),
    ]
    body = "".join(f"<section><h2>{escape(title)}</h2>{svg}</section>" for title, svg in sections)
    table_rows = "".join(
        f"<tr data-in='{r['input_per_1k']}' data-out='{r['output_per_1k']}'><td>{escape(r['provider'])}</td>"
        f"<td>{escape(r['model'])}</td><td>{r['cloud_usd']:.4f}</td><td class='saving'>{r['saving_usd']:.4f}</td>"
        f"<td class='payback-docs'>{_count(r['payback_docs'])}</td><td class='payback-days'>{_days(r['payback_days'])}"
        "</td></tr>" for r in costs)
    facts_json = json.dumps({"documents": facts.documents, "elapsed_s": facts.elapsed_s,
                             "tokens_in": facts.tokens_in, "tokens_out": facts.tokens_out})
    return _PAGE.format(
        title=escape(f"EdgeBatch report {facts.batch_id}"),
        summary="".join(f"<tr><th>{escape(k)}</th><td>{escape(str(v))}</td></tr>" for k, v in summary),
        body=body, rows=table_rows, facts=facts_json.replace("<", "\\u003c"), energy=f"{energy:.4f}",
        cost=hardware.cost_usd, watts=hardware.watts, kwh=hardware.kwh_price,
        as_of=escape(prices.as_of or "unknown date"), currency=escape(prices.currency),
    )


def write_report(client: EdgeBatch, batch_id: str, out: Path, *, prices_path: Path | None = None,
                 hardware: Hardware | None = None) -> Path:
    html = render(gather(client, batch_id), load_prices(prices_path), hardware or Hardware())
    out.write_text(html, encoding="utf-8")
    return out


def _count(value: float | None) -> str:
    return "never" if value is None else f"{value:,.0f}"


def _days(value: float | None) -> str:
    return "never" if value is None else f"{value:,.1f}"


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 960px; color: #111; }}
table {{ border-collapse: collapse; margin: .5rem 0 1rem; }}
th, td {{ border-bottom: 1px solid #e5e7eb; padding: .25rem .6rem; text-align: left; font-size: 14px; }}
td.num, #costs td:nth-child(n+3) {{ text-align: right; font-variant-numeric: tabular-nums; }}
section {{ margin: 1.5rem 0; }} h2 {{ font-size: 1.1rem; }} label {{ margin-right: 1rem; }}
input {{ width: 7rem; }} .note {{ color: #6b7280; font-size: 13px; }}
</style></head>
<body>
<h1>{title}</h1>
<table id="summary">{summary}</table>
{body}
<section><h2>Savings and payback</h2>
<p class="note">Cloud cost = this batch's tokens at list prices ({currency}, {as_of}; edit the price table to match
your contract). Local cost = electricity: average power &times; wall time &times; price per kWh. Payback = hardware
cost &divide; saving per document; days assume the hardware runs this workload around the clock.</p>
<form id="inputs"><label>hardware cost ({currency})
<input id="hw-cost" type="number" min="0" step="any" value="{cost}"></label>
<label>power draw (W) <input id="hw-watts" type="number" min="0" step="any" value="{watts}"></label>
<label>electricity ({currency}/kWh) <input id="kwh-price" type="number" min="0" step="any" value="{kwh}"></label></form>
<p>Electricity for this batch: <span id="energy">{energy}</span> {currency}</p>
<table id="costs"><thead><tr><th>provider</th><th>model</th><th>cloud cost</th><th>saving</th>
<th>payback (documents)</th><th>payback (days)</th></tr></thead><tbody>{rows}</tbody></table>
</section>
<script>
(function () {{
  "use strict";
  var facts = {facts};
  function fmt(value, digits) {{
    return value.toLocaleString("en-US", {{minimumFractionDigits: digits, maximumFractionDigits: digits}});
  }}
  function recompute() {{
    var cost = parseFloat(document.getElementById("hw-cost").value) || 0;
    var watts = parseFloat(document.getElementById("hw-watts").value) || 0;
    var kwh = parseFloat(document.getElementById("kwh-price").value) || 0;
    var energy = watts * facts.elapsed_s / 3600 / 1000 * kwh;
    var docs = Math.max(1, facts.documents);
    var perDay = facts.documents / facts.elapsed_s * 86400;
    document.getElementById("energy").textContent = energy.toFixed(4);
    document.querySelectorAll("#costs tbody tr").forEach(function (row) {{
      var cloud = facts.tokens_in / 1000 * parseFloat(row.dataset.in) +
        facts.tokens_out / 1000 * parseFloat(row.dataset.out);
      var saving = cloud - energy;
      var paybackDocs = saving > 0 ? cost / (saving / docs) : null;
      row.querySelector(".saving").textContent = saving.toFixed(4);
      row.querySelector(".payback-docs").textContent = paybackDocs === null ? "never" : fmt(paybackDocs, 0);
      row.querySelector(".payback-days").textContent =
        paybackDocs === null || !perDay ? "never" : fmt(paybackDocs / perDay, 1);
    }});
    document.body.dataset.recomputed = "1";
  }}
  document.getElementById("inputs").addEventListener("input", recompute);
  recompute();
}})();
</script>
</body></html>
"""
