"""The lost-task sweeper, against a real valkey-server: what counts as in flight (queued or
delivered and unacked), when a missing task is sent again (two sightings an interval apart), the
finalisation of a batch whose shards are all done, and one sweeper at a time."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from edgebatch.app import app, configure
from edgebatch.batch import BatchState, BatchStatus, Outcome
from edgebatch.broker import EmbeddedBroker, redis_client
from edgebatch.config import Settings
from edgebatch.recovery import LostTaskSweeper, in_flight, missing
from edgebatch.tasks import finalize_batch, process_shard

INTERVAL_S = 0.5


@pytest.fixture
def state(tmp_path: Path):
    broker = EmbeddedBroker(tmp_path)
    url = broker.start()
    configure(Settings.load(data_dir=tmp_path, engine="fake"), url)
    yield BatchState(redis_client(url))
    broker.stop()


def batch(state: BatchState, batch_id: str, shards: int, done: tuple[int, ...] = (),
          status: BatchStatus = BatchStatus.in_progress) -> None:
    state.create(batch_id, pipeline="radiology", total_docs=shards, total_shards=shards, status=status.value)
    for shard in done:
        state.complete_shard(batch_id, shard, {Outcome.succeeded: 1})


@contextmanager
def delivered(queue: str) -> Iterator[None]:
    """Take the next message of ``queue`` as a worker does with late acks: it stays unacked while
    the consumer's connection lives (closing it puts the message back)."""
    with app.connection_for_read() as connection:
        assert connection.default_channel.basic_get(queue, no_ack=False) is not None
        yield


def test_queued_and_unacked_messages_are_in_flight(state: BatchState) -> None:
    process_shard.apply_async(("b1", 0, 0), queue="q.redact")
    process_shard.apply_async(("b1", 1, 1), queue="q.model")
    finalize_batch.apply_async(("b2",), queue="q.control")
    with delivered("q.model"):
        assert state.redis.llen("q.model") == 0 and state.redis.hlen("unacked") == 1
        assert in_flight(state.redis) == {("b1", 0), ("b1", 1), ("b2", None)}


def test_missing_names_pending_shards_without_a_message_and_lost_finalisations(state: BatchState) -> None:
    batch(state, "b1", 4, done=(0,))
    batch(state, "b2", 2, done=(0, 1), status=BatchStatus.finalizing)
    batch(state, "b3", 2, done=(0,), status=BatchStatus.completed)  # final: nothing to do
    flying = {("b1", 1), ("b1", 3)}
    assert missing(state.redis, ["b1", "b2", "b3"], flying) == {("b1", 2), ("b2", None)}
    assert missing(state.redis, ["b2"], {("b2", None)}) == set()


def test_a_task_missing_in_two_sweeps_an_interval_apart_is_sent_again_once(state: BatchState) -> None:
    batch(state, "b1", 3, done=(0,))
    process_shard.apply_async(("b1", 1, 0), queue="q.redact")  # shard 1 waits; shard 2's message is lost
    sent: list[tuple[str, int | None]] = []
    sweeper = LostTaskSweeper(state.redis, lambda b, s: sent.append((b, s)), interval_s=INTERVAL_S, owner="w1")
    assert sweeper.sweep() == [] and sent == []  # first sighting: it may be between two commands
    time.sleep(INTERVAL_S + 0.1)
    assert sweeper.sweep() == [("b1", 2)] and sent == [("b1", 2)]
    process_shard.apply_async(("b1", 2, 0), queue="q.redact")  # what send does
    time.sleep(INTERVAL_S + 0.1)
    assert sweeper.sweep() == [] and sent == [("b1", 2)]
    assert state.redis.hlen("edgebatch:sweep:suspects") == 0


def test_a_task_that_reappears_is_not_sent(state: BatchState) -> None:
    batch(state, "b1", 1)
    sent: list[tuple[str, int | None]] = []
    sweeper = LostTaskSweeper(state.redis, lambda b, s: sent.append((b, s)), interval_s=INTERVAL_S, owner="w1")
    sweeper.sweep()
    process_shard.apply_async(("b1", 0, 0), queue="q.redact")  # it was only between queue and unacked
    with delivered("q.redact"):
        time.sleep(INTERVAL_S + 0.1)
        assert sweeper.sweep() == [] and sent == []


def test_a_lost_finalisation_is_sent_again(state: BatchState) -> None:
    batch(state, "b1", 2, done=(0, 1), status=BatchStatus.finalizing)
    sent: list[tuple[str, int | None]] = []
    sweeper = LostTaskSweeper(state.redis, lambda b, s: sent.append((b, s)), interval_s=INTERVAL_S, owner="w1")
    sweeper.sweep()
    time.sleep(INTERVAL_S + 0.1)
    assert sweeper.sweep() == [("b1", None)]


def test_one_sweeper_at_a_time(state: BatchState) -> None:
    batch(state, "b1", 1)
    sent: list[tuple[str, int | None]] = []
    first = LostTaskSweeper(state.redis, lambda b, s: sent.append((b, s)), interval_s=2.0, owner="w1")
    second = LostTaskSweeper(state.redis, lambda b, s: sent.append((b, s)), interval_s=2.0, owner="w2")
    first.sweep()
    assert state.redis.get("edgebatch:sweep:lock") == "w1"
    assert state.redis.hlen("edgebatch:sweep:suspects") == 1
    state.redis.delete("edgebatch:sweep:suspects")
    second.sweep()  # within w1's turn: looks at nothing
    assert state.redis.hlen("edgebatch:sweep:suspects") == 0


def test_a_failed_send_keeps_the_suspect_and_the_other_batches_go_on(state: BatchState) -> None:
    batch(state, "b1", 1)
    batch(state, "b2", 1)
    sent: list[tuple[str, int | None]] = []

    def send(batch_id: str, shard: int | None) -> None:
        if batch_id == "b1":
            raise FileNotFoundError("manifest gone")
        sent.append((batch_id, shard))

    sweeper = LostTaskSweeper(state.redis, send, interval_s=INTERVAL_S, owner="w1")
    sweeper.sweep()
    time.sleep(INTERVAL_S + 0.1)
    assert sweeper.sweep() == [("b2", 0)] and sent == [("b2", 0)]
    assert state.redis.hkeys("edgebatch:sweep:suspects") == ["b1:0"]
