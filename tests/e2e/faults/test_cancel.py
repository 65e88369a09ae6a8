"""Cancelling a running batch: the shard in flight finishes, the rest end `cancelled`, and the
results finished before are kept."""

from __future__ import annotations

from pathlib import Path

from edgebatch.api import EdgeBatch
from edgebatch.config import Settings

from .conftest import assert_exactly_once, running_shard, small_spec, wait_for, write_docs


def test_cancel_mid_batch_keeps_finished_results_and_cancels_the_rest(fault_env, start_worker, tmp_path: Path) -> None:
    doc_ids = write_docs(tmp_path / "docs", 24)  # 6 shards of 4
    client = EdgeBatch(Settings.load())
    batch_id = client.submit(tmp_path / "docs", str(small_spec(tmp_path, 4)))
    start_worker("--procs", "1").wait_ready()
    wait_for(lambda: client.status(batch_id)["docs_done"] >= 4 and running_shard(client, batch_id, group=1) is not None,
             90, "a shard done and the next one in its model stages")
    assert client.cancel(batch_id).value == "cancelling"
    record = client.wait(batch_id, timeout_s=90)
    assert record["status"] == "cancelled"
    result = assert_exactly_once(client, batch_id, doc_ids)
    succeeded = sorted(d for d, o in result["outcome"].items() if o == "succeeded")
    cancelled = sorted(d for d, o in result["outcome"].items() if o == "cancelled")
    assert len(succeeded) >= 8, "the shard done and the one in flight keep their results"
    assert len(cancelled) >= 8 and len(succeeded) + len(cancelled) == 24
    assert len(succeeded) % 4 == 0, "whole shards: the one in flight finished, later ones did not start"
    assert sorted(client.results(batch_id).column("doc_id").to_pylist()) == succeeded
