"""SIGKILL in the middle of a shard: one pool child, then a whole worker (no warm shutdown)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from edgebatch.api import EdgeBatch
from edgebatch.config import Settings

from .conftest import (
    VISIBILITY_S,
    assert_exactly_once,
    children,
    delivery_counts,
    kill_group,
    running_deliveries,
    running_shard,
    small_spec,
    wait_for,
    write_docs,
)


def test_a_killed_child_s_shard_is_delivered_again_and_counted_once(fault_env, start_worker, tmp_path: Path) -> None:
    doc_ids = write_docs(tmp_path / "docs", 16)  # 4 shards of 4, ~1.2 s each
    client = EdgeBatch(Settings.load())
    batch_id = client.submit(tmp_path / "docs", str(small_spec(tmp_path, 4)))
    worker = start_worker("--procs", "1")
    worker.wait_ready()
    # The model group (1.2 s a shard with the slowed engine), not the redaction group (milliseconds).
    wait_for(lambda: running_shard(client, batch_id, group=1) is not None, 60, "a model shard to start")
    [child] = children(worker.process.pid)
    os.kill(child, signal.SIGKILL)  # mid-shard: the parent sees WorkerLostError and requeues it
    died = running_deliveries(client, batch_id)  # the marks a dead delivery leaves behind
    assert died, "the child was killed in the middle of a shard"
    record = client.wait(batch_id, timeout_s=60)
    assert record["status"] == "completed"
    counts = delivery_counts(client, batch_id)
    assert {field: counts[field] for field in died} == {field: 2 for field in died}
    assert all(n == 1 for field, n in counts.items() if field not in died)
    result = assert_exactly_once(client, batch_id, doc_ids)
    assert set(result["outcome"].values()) == {"succeeded"}


def test_a_whole_worker_killed_mid_shard_is_replaced_and_the_batch_completes(
        fault_env, start_worker, tmp_path: Path) -> None:
    doc_ids = write_docs(tmp_path / "docs", 16)
    client = EdgeBatch(Settings.load())
    batch_id = client.submit(tmp_path / "docs", str(small_spec(tmp_path, 4)))
    first = start_worker("--procs", "1", name="first@test")
    first.wait_ready()
    wait_for(lambda: running_shard(client, batch_id, group=1) is not None, 60, "a model shard to start")
    kill_group(first.process.pid)  # main process and child: nothing is requeued, nothing acked
    first.process.wait()
    died = running_deliveries(client, batch_id)
    assert died, "the worker was killed in the middle of a shard"
    start_worker("--procs", "1", name="second@test").wait_ready()
    # The killed shard's message stays unacked until the visibility timeout, then comes back.
    record = client.wait(batch_id, timeout_s=VISIBILITY_S + 60)
    assert record["status"] == "completed"
    counts = delivery_counts(client, batch_id)
    assert {field: counts[field] for field in died} == {field: 2 for field in died}
    result = assert_exactly_once(client, batch_id, doc_ids)
    assert set(result["outcome"].values()) == {"succeeded"}
