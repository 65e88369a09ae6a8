"""End to end with real parts: embedded valkey-server, `edgebatch` CLI, real worker processes.

These use the scripted engine (EDGEBATCH_ENGINE=fake) so they run in seconds; the real model
runs end to end in test_real_model.py.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq

from ..conftest import SAMPLES, cli


def _jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_submit_and_two_separate_workers_share_the_work(env: dict[str, str], start_worker, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(40):  # 10 shards of 4
        (folder / f"r{i:02d}.txt").write_text(f"FINDINGS: Case {i}. No pneumothorax.\nIMPRESSION: Normal study.")
    spec = tmp_path / "small.yaml"
    spec.write_text((SAMPLES.parents[1] / "pipelines" / "radiology.yaml").read_text()
                    .replace("shard_size: 8", "shard_size: 4")
                    .replace("prompts/radiology_summary.txt",
                             str(SAMPLES.parents[1] / "pipelines" / "prompts" / "radiology_summary.txt")))
    # Both workers listen before the batch arrives, and each model call takes 50 ms: with the
    # instant scripted engine one worker could drain all 10 shards before the other was ready.
    env["EDGEBATCH_FAKE_DELAY_MS"] = "50"
    workers = [start_worker("--procs", "1", "--cpus", str(cpu), name=f"w{cpu}@test") for cpu in (0, 1)]
    for worker in workers:
        worker.wait_ready()
    batch_id = cli("submit", str(folder), "--pipeline", str(spec), env=env).stdout.strip()
    status = json.loads(cli("status", batch_id, "--watch", "--json", env=env).stdout)
    assert status["status"] == "completed"
    assert (status["succeeded"], status["errored"]) == (40, 0)
    audit = _jsonl(cli("results", batch_id, "--dataset", "audit", "--format", "jsonl", env=env).stdout)
    assert sorted(r["doc_id"] for r in audit) == sorted(f"r{i:02d}.txt" for i in range(40))
    assert len({r["worker"] for r in audit}) == 2, "both workers should have processed shards"


def test_bad_documents_become_error_rows_and_the_rest_succeed(env: dict[str, str], tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    shutil.copytree(SAMPLES, folder)
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "latin1.txt").write_bytes("Patient: Jos\xe9 M\xfcller, no effusion".encode("latin-1"))
    (folder / "huge.txt").write_bytes(b"No acute findings. " * 300_000)  # 5.7 MB > the 5 MB limit
    summary = json.loads(cli("run", str(folder), "--pipeline", "radiology", "--json", env=env).stdout)
    assert summary["status"] == "completed"
    assert (summary["total"], summary["succeeded"], summary["errored"]) == (31, 27, 4)
    errors = {r["doc_id"]: r for r in _jsonl(cli("results", summary["batch_id"], "--dataset", "errors",
                                                 "--format", "jsonl", env=env).stdout)}
    assert {k: v["error_code"] for k, v in errors.items()} == {
        "empty.txt": "empty", "binary.txt": "binary", "latin1.txt": "undecodable", "huge.txt": "too_large"}
    assert "5000000" in errors["huge.txt"]["error_message"]
    assert "M\xfcller" not in json.dumps(errors)


def test_running_the_same_folder_twice_makes_two_batches_and_keeps_the_first(env: dict[str, str]) -> None:
    first = json.loads(cli("run", str(SAMPLES), "--pipeline", "radiology", "--json", env=env).stdout)
    store = Path(env["EDGEBATCH_DATA_DIR"]) / "store"
    head = store / "auditlog" / "HEAD.json"  # the audit log's head pointer moves on; nothing else may change
    before = {p: p.read_bytes() for p in store.rglob("*") if p.is_file() and p != head}
    second = json.loads(cli("run", str(SAMPLES), "--pipeline", "radiology", "--json", env=env).stdout)
    assert first["batch_id"] != second["batch_id"]
    assert all(p.read_bytes() == data for p, data in before.items()), "the first batch's files changed"
    for summary in (first, second):
        commit = json.loads((store / "batches" / summary["batch_id"] / "_manifest.json").read_text())
        results = pq.read_table(store / commit["files"]["results"]["key"], use_threads=False)
        assert results.num_rows == 27
        assert set(results.column("batch_id").to_pylist()) == {summary["batch_id"]}


def test_results_formats_carry_doc_id_and_labels(env: dict[str, str]) -> None:
    batch = json.loads(cli("run", str(SAMPLES), "--pipeline", "radiology", "--json", env=env).stdout)["batch_id"]
    rows = _jsonl(cli("results", batch, "--format", "jsonl", env=env).stdout)
    assert len(rows) == 27
    assert all(r["normal_abnormal"] in ("normal", "abnormal") for r in rows)
    assert all(r["urgency"] in ("routine", "priority", "critical") for r in rows)
    csv_lines = cli("results", batch, "--format", "csv", env=env).stdout.splitlines()
    assert csv_lines[0].startswith("schema_version,doc_id") and len(csv_lines) == 28
    table = cli("results", batch, env=env).stdout
    assert "001-chest-xray.txt" in table


def test_a_shard_that_keeps_failing_becomes_error_rows_and_the_batch_completes(
        env: dict[str, str], start_worker, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(10):  # shards of 8: 0 holds r00-r07, 1 holds r08-r09
        (folder / f"r{i:02d}.txt").write_text(f"FINDINGS: Case {i}. No effusion.\nIMPRESSION: Normal.")
    batch_id = cli("submit", str(folder), "--pipeline", "radiology", env=env).stdout.strip()
    staged = Path(env["EDGEBATCH_DATA_DIR"]) / "store" / "staging" / f"batch={batch_id}" / "shard-00001.jsonl"
    staged.unlink()  # shard 1 can never be read: every delivery raises
    start_worker("--procs", "1").wait_ready()
    status = json.loads(cli("status", batch_id, "--watch", "--json", env=env).stdout)
    assert (status["status"], status["succeeded"], status["errored"]) == ("completed", 8, 2)
    errors = _jsonl(cli("results", batch_id, "--dataset", "errors", "--format", "jsonl", env=env).stdout)
    assert {(r["doc_id"], r["error_code"]) for r in errors} == {("r08.txt", "shard_failed"), ("r09.txt", "shard_failed")}
    assert "FileNotFoundError" in errors[0]["error_message"]
