"""`edgebatch resume BATCH` after everything was killed, and after the broker lost all its data:
only the shards not done run again, and no row is written twice."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from edgebatch.api import EdgeBatch
from edgebatch.broker import EmbeddedBroker
from edgebatch.config import Settings

from ...conftest import cli
from .conftest import assert_exactly_once, attempts, kill_group, running_shard, small_spec, wait_for, write_docs


@pytest.fixture
def long_visibility(fault_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A visibility timeout far beyond the test: the killed worker's shard comes back by resume alone."""
    monkeypatch.setenv("EDGEBATCH_VISIBILITY_TIMEOUT_S", "3600")
    fault_env["EDGEBATCH_VISIBILITY_TIMEOUT_S"] = "3600"
    return fault_env


def _start_and_kill_mid_shard(client: EdgeBatch, start_worker, tmp_path: Path,
                              before_kill=lambda batch_id, shard: None) -> tuple[str, list[str], int]:
    doc_ids = write_docs(tmp_path / "docs", 24)  # 6 shards of 4
    batch_id = client.submit(tmp_path / "docs", str(small_spec(tmp_path, 4)))
    worker = start_worker("--procs", "1", name="first@test")
    worker.wait_ready()
    shard = wait_for(lambda: client.status(batch_id)["docs_done"] >= 4 and running_shard(client, batch_id, group=1),
                     90, "a shard done and the next one running")
    before_kill(batch_id, shard)
    kill_group(worker.process.pid)
    worker.process.wait()
    return batch_id, doc_ids, shard


def test_resume_after_worker_and_broker_were_killed_requeues_only_the_lost_shard(
        long_visibility, start_worker, tmp_path: Path) -> None:
    settings = Settings.load()
    client = EdgeBatch(settings)
    batch_id, doc_ids, lost = _start_and_kill_mid_shard(client, start_worker, tmp_path)
    done = {s for s in range(6) if client.state.shard_done(batch_id, s)}
    broker = EmbeddedBroker(settings.resolved_data_dir)
    os.kill(broker.status()["pid"], signal.SIGKILL)
    wait_for(lambda: not broker.status()["running"], 10, "the broker to die")
    broker.start()  # from its AOF: the batch state and the shards still queued
    report = json.loads(cli("resume", batch_id, "--json", env=long_visibility).stdout)
    assert report["requeued"] == [lost], "the queued shards are still queued; done ones are done"
    assert report["queued"] == sorted(set(range(6)) - done - {lost})
    start_worker("--procs", "1", name="second@test").wait_ready()
    record = client.wait(batch_id, timeout_s=90)  # long before the 1 h visibility timeout
    assert record["status"] == "completed"
    result = assert_exactly_once(client, batch_id, doc_ids)
    assert set(result["outcome"].values()) == {"succeeded"}
    assert attempts(client, batch_id) == {s: 2 if s == lost else 1 for s in range(6)}


def test_resume_rebuilds_a_batch_the_broker_lost_and_runs_only_the_missing_shards(
        long_visibility, start_worker, tmp_path: Path) -> None:
    client = EdgeBatch(Settings.load())

    def resume_while_the_worker_lives(batch_id: str, shard: int) -> None:
        before = {s for s in range(6) if not client.state.shard_done(batch_id, s)}
        report = client.resume(batch_id)  # nothing lost yet: the running shard is held, the rest queued
        after = {s for s in range(6) if not client.state.shard_done(batch_id, s)}
        assert report["requeued"] == [] and shard in report["held"]
        # Every pending shard is waiting or held (a stage group handing on is briefly both).
        assert after <= set(report["queued"]) | set(report["held"]) <= before

    long_visibility["EDGEBATCH_FAKE_DELAY_MS"] = "1000"  # 4 s shards: resume asks while one runs
    batch_id, doc_ids, _ = _start_and_kill_mid_shard(client, start_worker, tmp_path, resume_while_the_worker_lives)
    long_visibility["EDGEBATCH_FAKE_DELAY_MS"] = "300"
    done = {s for s in range(6) if client.state.shard_done(batch_id, s)}
    client.state.redis.flushall()  # queues, unacked messages and batch state: all gone
    report = client.resume(batch_id)
    assert report["rebuilt"] and sorted(report["requeued"]) == sorted(set(range(6)) - done)
    start_worker("--procs", "1", name="second@test").wait_ready()
    record = client.wait(batch_id, timeout_s=90)
    assert record["status"] == "completed"
    result = assert_exactly_once(client, batch_id, doc_ids)
    assert set(result["outcome"].values()) == {"succeeded"}
    assert set(attempts(client, batch_id)) == set(range(6)) - done, "finished shards did not run again"
