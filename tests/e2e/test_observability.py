"""A real worker with JSON logs and a Prometheus endpoint: counters per stage match the batch."""

from __future__ import annotations

import json
import socket
import time
import urllib.request
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

from ..conftest import SAMPLES, cli

SECRET_SENTENCE = "Zebulon Quixotic-Featherstonehaugh has a left pleural effusion"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _samples(url: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    with urllib.request.urlopen(url, timeout=10) as response:
        text = response.read().decode()
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def test_worker_logs_json_without_text_and_counts_stages_for_prometheus(env: dict[str, str], start_worker,
                                                                        tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    names = sorted(p.name for p in SAMPLES.glob("*.txt"))[:5]
    for name in names:
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    (folder / "secret.txt").write_text(f"FINDINGS: {SECRET_SENTENCE}.\nIMPRESSION: Effusion.")
    (folder / "empty.txt").write_text("")
    port = _free_port()
    worker_env = {**env, "EDGEBATCH_LOG_FORMAT": "json"}
    from ..conftest import WorkerProcess

    worker = WorkerProcess(worker_env, tmp_path / "worker.log", "--procs", "1", "--cpus", "0",
                           "--metrics-port", str(port))
    try:
        worker.wait_ready()
        batch_id = cli("submit", str(folder), "--pipeline", "radiology", env=env).stdout.strip()
        status = json.loads(cli("status", batch_id, "--watch", "--json", env=env).stdout)
        assert (status["succeeded"], status["errored"]) == (6, 1)
        deadline = time.monotonic() + 10
        while b"compaction" not in worker.log.read_bytes() and time.monotonic() < deadline:
            time.sleep(0.2)
        metrics = _samples(f"http://127.0.0.1:{port}/metrics")
    finally:
        worker.stop()

    log_text = worker.log.read_text()
    raw = [line for line in log_text.splitlines() if line.strip()]
    # Celery prints its signal notice ("worker: Warm shutdown (MainProcess)") straight to stdout.
    assert [line for line in raw if not line.startswith("{")] == ["worker: Warm shutdown (MainProcess)"]
    lines = [json.loads(line) for line in raw if line.startswith("{")]
    assert all({"ts", "level", "logger", "message"} <= set(entry) for entry in lines)
    shard_lines = [e for e in lines if e["message"] == "shard done"]
    assert shard_lines and all(e["batch_id"] == batch_id for e in shard_lines)
    assert sum(sum(e["outcomes"].values()) for e in shard_lines) == 7
    assert all("redact_ms" in e["timings"] and "shard_ms" in e["timings"] for e in shard_lines)
    assert any(e.get("stage") == "compaction" and "compaction_ms" in e["timings"] for e in lines)
    assert "Zebulon" not in log_text and "Featherstonehaugh" not in log_text

    def value(name: str, **labels: str) -> float:
        return metrics.get((name, tuple(sorted(labels.items()))), 0.0)

    assert value("edgebatch_stage_documents_total", pipeline="radiology", stage="redact") == 6
    assert value("edgebatch_stage_documents_total", pipeline="radiology", stage="urgency") == 6
    assert value("edgebatch_stage_errors_total", pipeline="radiology", stage="input", error_code="empty") == 1
    assert value("edgebatch_documents_total", pipeline="radiology", outcome="succeeded") == 6
    assert value("edgebatch_documents_total", pipeline="radiology", outcome="errored") == 1
    assert value("edgebatch_stage_seconds_total", pipeline="radiology", stage="redact") > 0
