"""Poison documents: one kills its worker child every time, one hangs it every time."""

from __future__ import annotations

from pathlib import Path

from edgebatch.api import EdgeBatch
from edgebatch.config import Settings

from .conftest import assert_exactly_once, attempts, small_spec, write_docs

CRASH, HANG = "zzcrashmarker", "zzhangmarker"


def test_a_document_that_kills_or_hangs_its_worker_is_dead_lettered_alone(
        fault_env, start_worker, tmp_path: Path, monkeypatch) -> None:
    poison = {1: CRASH, 6: HANG}  # shards of 4: shard 0 holds the crasher, shard 1 the hanger
    values = {"EDGEBATCH_FAKE_CRASH_ON": CRASH, "EDGEBATCH_FAKE_HANG_ON": HANG, "EDGEBATCH_SHARD_TIME_LIMIT_S": "8"}
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    fault_env.update(values)
    doc_ids = write_docs(tmp_path / "docs", 12, poison=poison)
    client = EdgeBatch(Settings.load())
    batch_id = client.submit(tmp_path / "docs", str(small_spec(tmp_path, 4)))
    worker = start_worker("--procs", "2")
    worker.wait_ready()
    record = client.wait(batch_id, timeout_s=240)
    assert record["status"] == "completed"
    result = assert_exactly_once(client, batch_id, doc_ids)
    assert result["codes"] == {"r01.txt": "dead_letter", "r06.txt": "dead_letter"}
    assert sum(o == "succeeded" for o in result["outcome"].values()) == 10  # the poison's shard mates too
    # one shared death, then two alone (max_shard_attempts=3), then the delivery that dead-letters it
    assert attempts(client, batch_id) == {0: 4, 1: 4, 2: 1}
    assert b"Hard time limit (8s)" in worker.log.read_bytes(), "the worker's own time limit applies"
