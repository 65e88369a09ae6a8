"""Stage queues with real worker processes: a redaction pool and a model pool, one queue each.

The pipeline puts `redact` on cpu.redact and the model and rule stages on llm.model. A worker on
cpu.redact alone takes every shard through redaction, hands each off (redacted) and leaves the
batch in_progress; the raw staged text is then deleted, so the model worker that starts next
provably never reads it, and the batch completes. The audit names the worker of each group.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from ..conftest import SAMPLES, cli
from ..test_stage_groups import leaks

REPO = SAMPLES.parents[1]
NAMES = sorted(p.name for p in SAMPLES.glob("*.txt"))[:12]


def _pools_spec(folder: Path) -> None:
    text = (REPO / "pipelines" / "radiology.yaml").read_text()
    assert "queue: edgebatch.redact" in text and "queue: edgebatch.model" in text
    text = (text.replace("name: radiology", "name: pools").replace("shard_size: 8", "shard_size: 4")
            .replace("queue: edgebatch.redact", "queue: cpu.redact")
            .replace("queue: edgebatch.model", "queue: llm.model")
            .replace("prompts/", str(REPO / "pipelines" / "prompts") + "/"))
    (folder / "pools.yaml").write_text(text)


def _wait_for(condition, timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        time.sleep(0.2)


def test_a_redaction_pool_and_a_model_pool_split_each_shard(env: dict[str, str], start_worker, tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    _pools_spec(specs)
    env["EDGEBATCH_PIPELINES_DIR"] = str(specs)  # the pools' workers know which queue needs the model
    shown = cli("pipelines", "list", env=env).stdout
    assert "cpu.redact[redact:redact] -> llm.model[summary:summarize,normal_abnormal:classify," in shown
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in NAMES:
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    batch_id = cli("submit", str(folder), "--pipeline", "pools", env=env).stdout.strip()
    staging = Path(env["EDGEBATCH_DATA_DIR"]) / "store" / "staging" / f"batch={batch_id}"

    redaction = start_worker("--queues", "cpu.redact", "--procs", "1", "--cpus", "0", name="redact@test")
    redaction.wait_ready()
    _wait_for(lambda: len(list(staging.glob("shard-*.group-1.json"))) == 3, 120, redaction.log.read_text())
    time.sleep(1.0)  # nothing else may happen without a worker on llm.model
    status = json.loads(cli("status", batch_id, "--json", env=env).stdout)
    assert (status["status"], status["succeeded"] + status["errored"]) == ("in_progress", 0)

    for handoff in staging.glob("shard-*.group-1.json"):
        state = json.loads(handoff.read_text())
        assert [w["worker"].split(":")[0] for w in state["stage_workers"]] == ["redact@test"]
        for doc in state["docs"]:
            assert doc["redacted"] and leaks(doc["text"], doc["doc_id"]) == [], doc["doc_id"]
    for raw in staging.glob("shard-*.jsonl"):
        raw.unlink()  # the model pool must not need the raw text: delete it before it starts

    model = start_worker("--queues", "llm.model,edgebatch.control", "--procs", "1", "--cpus", "1", name="model@test")
    model.wait_ready()
    status = json.loads(cli("status", batch_id, "--watch", "--json", env=env).stdout)
    assert (status["status"], status["succeeded"], status["errored"]) == ("completed", 12, 0)

    audit = [json.loads(line) for line in
             cli("results", batch_id, "--dataset", "audit", "--format", "jsonl", env=env).stdout.splitlines()]
    assert sorted(row["doc_id"] for row in audit) == NAMES
    for row in audit:
        groups = json.loads(row["stage_workers"])
        assert [(g["queue"], g["worker"].split(":")[0]) for g in groups] == [
            ("cpu.redact", "redact@test"), ("llm.model", "model@test")]
        assert row["worker"].startswith("model@test:") and row["model"] == "fake"
    results = [json.loads(line) for line in
               cli("results", batch_id, "--format", "jsonl", "--text", env=env).stdout.splitlines()]
    assert all(leaks(r["redacted_text"], r["doc_id"]) == [] and r["summary"] for r in results)

    redaction_log, model_log = redaction.log.read_text(), model.log.read_text()
    assert "model loaded on first use" in redaction_log and "loading model" not in redaction_log
    assert "model loaded at start" in model_log and "loading model" in model_log
