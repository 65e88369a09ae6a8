"""resume finds the shards nothing will run: not done, not queued, not held by a live worker."""

from __future__ import annotations

import json
from pathlib import Path

from edgebatch.app import app, configure
from edgebatch.batch import BatchState, BatchStatus
from edgebatch.broker import EmbeddedBroker, redis_client
from edgebatch.config import Settings
from edgebatch.resume import queued_shards, resume_batch
from edgebatch.storage import LocalStorage


def test_a_batch_whose_submitter_died_before_enqueueing_gets_all_its_shards(tmp_path: Path, monkeypatch) -> None:
    broker = EmbeddedBroker(tmp_path)
    try:
        url = broker.start()
        configure(Settings.load(data_dir=tmp_path, engine="fake"), url)
        state = BatchState(redis_client(url))
        state.create("b1", pipeline="radiology", total_docs=0, total_shards=0)  # died right after the manifest
        manifest = {"batch_id": "b1", "pipeline": "radiology", "total_docs": 5, "total_shards": 3,
                    "created_at": 0.0, "documents": []}
        monkeypatch.setattr("edgebatch.resume.held_shards", lambda app, batch_id: set())  # no workers here
        report = resume_batch(app, state, LocalStorage(tmp_path / "store"), manifest, queues=["q"], group_queues=["q"])
        assert (report["status"], report["requeued"]) == ("in_progress", [0, 1, 2])
        assert queued_shards(state.redis, ["q"], "b1") == {0, 1, 2}
        assert state.get("b1")["total_shards"] == 3 and state.status("b1") is BatchStatus.in_progress
        again = resume_batch(app, state, LocalStorage(tmp_path / "store"), manifest, queues=["q"], group_queues=["q"])
        assert (again["requeued"], again["queued"]) == ([], [0, 1, 2]), "queued shards are not sent twice"
        messages = state.redis.lrange("q", 0, -1)
        assert all(json.loads(m)["headers"]["task"] == "edgebatch.process_shard" for m in messages)
    finally:
        broker.stop()
