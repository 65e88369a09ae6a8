"""The HTML report of a real batch, opened in headless Chromium: it renders, plots are there, no script errors."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from edgebatch.errors import ConfigError
from edgebatch.report import load_prices

from .conftest import SAMPLES, cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _chromium(page: Path, profile: Path) -> tuple[str, str]:
    """Render ``page`` headless; return (DOM after scripts ran, browser log with console messages)."""
    assert CHROMIUM
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
         "--enable-logging=stderr", "--v=0", "--virtual-time-budget=2000", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout, result.stderr


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (.ci/run installs Debian's chromium)")
def test_report_renders_in_chromium_with_plots_costs_and_no_script_errors(env: dict[str, str],
                                                                          tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    shutil.copytree(SAMPLES, folder)
    (folder / "empty.txt").write_text("")
    summary = json.loads(cli("run", str(folder), "--pipeline", "radiology", "--json", env=env).stdout)
    out = tmp_path / "report.html"
    cli("report", summary["batch_id"], "--out", str(out), "--hardware-cost", "2500", "--watts", "65",
        "--kwh-price", "0.3", env=env)
    html = out.read_text()
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html), "the page must not load anything"
    assert "<link" not in html
    audit = [json.loads(line) for line in cli("results", summary["batch_id"], "--dataset", "audit",
                                              "--format", "jsonl", env=env).stdout.splitlines()]
    assert not any(row["doc_id"] in html for row in audit), "the report shows aggregates, not document ids"

    dom, log = _chromium(out, tmp_path / "chromium-profile")
    console = [line for line in log.splitlines() if ":CONSOLE" in line]
    assert console == [], console
    assert 'data-recomputed="1"' in dom, "the payback script did not run"
    plots = set(re.findall(r'<svg class="plot" data-plot="([a-z-]+)"', dom))
    assert {"throughput", "latency", "outcomes", "error-codes", "pii", "tokens", "cost"} <= plots
    assert dom.count('class="bar"') >= 10
    throughput = re.search(r'data-plot="throughput".*?</svg>', dom, re.S)
    assert throughput and throughput.group(0).count("<circle ") == 1 + 4  # origin + one sample per shard (28/8)
    tokens_in = sum(row["tokens_in"] for row in audit)
    assert f"{tokens_in:,}" in dom
    pii_total = sum(row["pii_total"] for row in audit)
    pii_bars = [int(v.replace(",", "")) for v in re.findall(r"<title>[A-Z_]+ entities: ([\d,]+)</title>", dom)]
    assert sum(pii_bars) == pii_total > 0
    # The script recomputed what Python wrote: both agree on every payback cell.
    static = re.findall(r"class='payback-docs'>([^<]*)<", html)
    rendered = re.findall(r'class="payback-docs">([^<]*)<', dom)
    assert static and static == rendered and all(v != "never" for v in rendered)


def test_price_table_rejects_unknown_keys(tmp_path: Path) -> None:
    bad = tmp_path / "prices.yaml"
    bad.write_text("providers:\n  OpenAI:\n    gpt-4o: {input_per_1k: 0.0025, outptu_per_1k: 0.01}\n")
    with pytest.raises(ConfigError, match="outptu_per_1k"):
        load_prices(bad)
    assert {"OpenAI", "Anthropic", "Google"} <= set(load_prices().providers)
