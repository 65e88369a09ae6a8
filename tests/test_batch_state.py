from __future__ import annotations

from pathlib import Path

from edgebatch.batch import BatchState, BatchStatus, Deaths, Outcome
from edgebatch.broker import EmbeddedBroker, redis_client


def test_shard_completion_counts_once_and_reports_the_last_shard(tmp_path: Path) -> None:
    broker = EmbeddedBroker(tmp_path)
    try:
        state = BatchState(redis_client(broker.start()))
        state.create("b1", pipeline="p", total_docs=5, total_shards=2)
        state.update("b1", status=BatchStatus.in_progress.value)
        assert state.complete_shard("b1", 0, {Outcome.succeeded: 2, Outcome.errored: 1}) == (True, False)
        assert state.complete_shard("b1", 0, {Outcome.succeeded: 2, Outcome.errored: 1}) == (False, False)
        assert state.complete_shard("b1", 1, {Outcome.succeeded: 2}) == (True, True)
        record = state.get("b1")
        assert (record["succeeded"], record["errored"], record["docs_done"]) == (4, 1, 5)
        assert record["status"] == "finalizing"
        assert [n for _, n in state.progress("b1")] == [3, 5]
    finally:
        broker.stop()


def test_cancel_only_applies_to_running_batches(tmp_path: Path) -> None:
    broker = EmbeddedBroker(tmp_path)
    try:
        state = BatchState(redis_client(broker.start()))
        state.create("b2", total_shards=1)
        state.update("b2", status=BatchStatus.in_progress.value)
        assert state.request_cancel("b2") is BatchStatus.cancelling
        assert state.cancel_requested("b2")
        state.update("b2", status=BatchStatus.completed.value)
        assert state.request_cancel("b2") is BatchStatus.completed
    finally:
        broker.stop()


def test_a_delivery_counts_the_death_of_the_previous_one_where_it_left_its_mark(tmp_path: Path) -> None:
    broker = EmbeddedBroker(tmp_path)
    try:
        state = BatchState(redis_client(broker.start()))
        assert state.begin_delivery("b3", 0, 3) == Deaths(0, [0, 0, 0])
        # the worker dies with the whole shard running: the next delivery counts it
        assert state.begin_delivery("b3", 0, 3) == Deaths(1, [0, 0, 0])
        state.mark_running("b3", 0, 2)  # dies while document 2 runs alone
        assert state.begin_delivery("b3", 0, 3) == Deaths(1, [0, 0, 1])
        state.end_delivery("b3", 0)  # returned or raised: not a death
        assert state.begin_delivery("b3", 0, 3) == Deaths(1, [0, 0, 1])
        assert state.begin_delivery("b3", 1, 2) == Deaths(0, [0, 0])  # shards count apart
    finally:
        broker.stop()
