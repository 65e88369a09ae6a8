"""``edgebatch bench load`` at a small N: a real broker and worker pool, every document committed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ..conftest import cli

pytestmark = pytest.mark.e2e


def test_bench_load_commits_every_document_and_reports_throughput_and_memory(env: dict[str, str],
                                                                             tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    shown = cli("bench", "load", "--docs", "2000", "--shard-size", "250", "--json", str(out), env=env, timeout=600)
    report = json.loads(out.read_text())
    assert json.loads(shown.stdout) == report
    assert (report["docs"], report["status"], report["succeeded"], report["errored"]) == (2000, "completed", 2000, 0)
    assert report["result_rows"] == 2000 and report["shards"] == 8 and report["procs"] == 2
    assert report["elapsed_s"] > report["submit_s"] > 0 and report["docs_per_s"] > 0
    # elapsed_s is rounded to the millisecond: docs/s lies between what its rounding bounds give
    low, high = 2000 / (report["elapsed_s"] + 0.0005), 2000 / (report["elapsed_s"] - 0.0005)
    assert low - 0.05 <= report["docs_per_s"] <= high + 0.05
    assert set(report["cpu_s_by_process"]) == {"submitter", "worker_main", "worker_children", "broker"}
    # Ids only in the broker: its peak is a few MB and no key holds a document (~250 bytes each).
    assert 0 < report["broker_used_memory_peak_bytes"] < 20 * 2**20
    assert report["broker_largest_key_bytes"] < 4096
    assert 0 < report["worker_peak_rss_bytes"] < 2**30
    assert len(report["worker_peak_rss_bytes_per_process"]) == 3  # the pool's main process and two children
    assert len(set(report["worker_cpus"])) == 2, "each child pinned to its own core"
    assert not (Path(env["EDGEBATCH_DATA_DIR"]) / "store").exists(), "the bench works in a scratch data dir"
