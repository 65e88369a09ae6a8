"""Shards are queued largest first, so a pool never ends a batch with one worker on a big shard."""

from __future__ import annotations

import ast
import json
from pathlib import Path

from edgebatch.submit import largest_first


def test_shards_are_ordered_by_their_document_bytes_ties_in_order() -> None:
    docs = [{"shard": 0, "size_bytes": 10}, {"shard": 0, "size_bytes": 10}, {"shard": 1, "size_bytes": 50},
            {"shard": 2, "size_bytes": 20}, {"shard": 3, "size_bytes": 5}, {"shard": 3, "size_bytes": 15}]
    assert largest_first(docs, 5) == [1, 0, 2, 3, 4]  # shard 4 (a table shard: no documents) last


def test_submit_queues_the_biggest_shard_first(tmp_path: Path, env: dict[str, str]) -> None:
    from edgebatch.api import EdgeBatch
    from edgebatch.pipeline import load_spec
    from edgebatch.submit import submit_folder

    repo = Path(__file__).resolve().parents[1]
    spec_path = tmp_path / "small_shards.yaml"
    prompt = repo / "pipelines" / "prompts" / "radiology_summary.txt"
    spec_path.write_text((repo / "pipelines" / "radiology.yaml").read_text()
                         .replace("prompts/radiology_summary.txt", str(prompt))
                         .replace("shard_size: 8 ", "shard_size: 2 "))
    spec = load_spec(spec_path)
    assert spec.shard_size == 2
    folder = tmp_path / "docs"
    folder.mkdir()
    for i, words in enumerate([5, 5, 40, 40, 200, 10]):  # shards 0, 1, 2 in folder order
        (folder / f"r{i}.txt").write_text("FINDINGS: small effusion. " * words)
    client = EdgeBatch()  # embedded broker, no worker: the shard messages stay queued
    import edgebatch.tasks  # noqa: F401  (registers the task)

    batch_id = submit_folder(folder, spec, state=client.state, storage=client.storage, submitter="t",
                             pipeline_path=spec_path)
    queued = client.state.redis.lrange(spec.shard_queue, 0, -1)[::-1]  # consumers pop from the right
    shards = [ast.literal_eval(json.loads(m)["headers"]["argsrepr"]) for m in queued]
    assert shards == [(batch_id, 2), (batch_id, 1), (batch_id, 0)]
