"""A shard that runs twice on S3 (a worker died after writing its parts) leaves no duplicate rows."""

from __future__ import annotations

from edgebatch import audit
from edgebatch.api import EdgeBatch
from edgebatch.config import Settings
from edgebatch.constants import shards_done_key
from edgebatch.pipeline import find_spec
from edgebatch.runtime import WorkerRuntime

from ..conftest import SAMPLES


def test_a_redelivered_shard_is_not_counted_twice_in_the_files(s3_env: dict[str, str]) -> None:
    settings = Settings.load()
    client = EdgeBatch(settings)
    batch_id = client.submit(SAMPLES, "radiology")
    shards = client.status(batch_id)["total_shards"]
    runtime = WorkerRuntime(settings)
    groups = len(find_spec(settings.pipelines_dir, "radiology").stage_groups)
    for group in range(groups):  # each stage group's task, as the workers of its queues would run it
        runtime.process_shard(batch_id, 0, group)
    runtime.state.redis.srem(shards_done_key(batch_id), 0)  # as if the worker died before counting it
    runtime.process_shard(batch_id, 0, groups - 1)  # the redelivery writes the same deterministic parts again
    for shard in range(1, shards):
        for group in range(groups):
            runtime.process_shard(batch_id, shard, group)
    commit = runtime.finalize(batch_id)
    total = len(client.storage.get_parquet(commit["files"]["audit"]["key"]))
    assert total == commit["documents"] and commit["missing_documents"] == 0
    for dataset, entry in commit["files"].items():
        ids = client.storage.get_parquet(entry["key"]).column("doc_id").to_pylist()
        assert len(ids) == len(set(ids)) == entry["rows"], dataset
    assert audit.verify(client.storage).ok
