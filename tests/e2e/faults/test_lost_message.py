"""A shard's task message vanishes from the broker (a crash between kombu's BRPOP and its unacked
record loses one this way): the workers' sweeper sends it again and the batch completes."""

from __future__ import annotations

from pathlib import Path

from edgebatch.api import EdgeBatch
from edgebatch.config import Settings
from edgebatch.resume import task_of

from .conftest import SWEEP_S, assert_exactly_once, delivery_counts, small_spec, write_docs


def test_a_lost_shard_message_is_sent_again_and_the_batch_completes(fault_env, start_worker, tmp_path: Path) -> None:
    doc_ids = write_docs(tmp_path / "docs", 12)  # 3 shards of 4
    client = EdgeBatch(Settings.load())
    batch_id = client.submit(tmp_path / "docs", str(small_spec(tmp_path, 4)))
    redis = client.state.redis
    queue = "edgebatch.redact"  # the radiology pipeline's first stage group
    [lost] = [raw for raw in redis.lrange(queue, 0, -1) if task_of(raw) == ("edgebatch.process_shard", [batch_id, 1])]
    assert redis.lrem(queue, 0, lost) == 1
    worker = start_worker("--procs", "1")
    worker.wait_ready()
    record = client.wait(batch_id, timeout_s=60 + 3 * SWEEP_S)
    assert record["status"] == "completed"
    result = assert_exactly_once(client, batch_id, doc_ids)
    assert set(result["outcome"].values()) == {"succeeded"}
    assert delivery_counts(client, batch_id) == {"0": 1, "0:1": 1, "1": 1, "1:1": 1, "2": 1, "2:1": 1}
    assert f"batch {batch_id}: its shard 1 had no task message left" in worker.log.read_text()
