"""The embedded broker is SIGKILLed mid-batch and started again: its AOF keeps the queued shards
and the batch state (writes reach the AOF file before the broker replies, so a killed process
loses none), workers and clients reconnect."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from edgebatch.api import EdgeBatch
from edgebatch.broker import EmbeddedBroker
from edgebatch.config import Settings

from .conftest import assert_exactly_once, running_shard, small_spec, wait_for, write_docs


def test_a_broker_killed_and_restarted_mid_batch_keeps_the_queue_and_the_batch_completes(
        fault_env, start_worker, tmp_path: Path) -> None:
    doc_ids = write_docs(tmp_path / "docs", 24)  # 6 shards of 4
    settings = Settings.load()
    client = EdgeBatch(settings)
    batch_id = client.submit(tmp_path / "docs", str(small_spec(tmp_path, 4)))
    start_worker("--procs", "1").wait_ready()
    wait_for(lambda: client.status(batch_id)["docs_done"] >= 4 and running_shard(client, batch_id) is not None,
             90, "a shard done and the next one running")
    broker = EmbeddedBroker(settings.resolved_data_dir)
    port, pid = broker.status()["port"], broker.status()["pid"]
    os.kill(pid, signal.SIGKILL)  # a crash: no shutdown, no final AOF rewrite
    time.sleep(3)  # workers see connection errors; the running shard waits for the broker
    broker.start()
    assert broker.status()["port"] == port  # the same URL, so workers and clients reconnect
    record = client.wait(batch_id, timeout_s=120)
    assert record["status"] == "completed"
    result = assert_exactly_once(client, batch_id, doc_ids)
    assert set(result["outcome"].values()) == {"succeeded"}
