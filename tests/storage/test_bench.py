"""The storage benchmark: a 10,000-document batch ends as one file per dataset per partition."""

from __future__ import annotations

from edgebatch.config import Settings
from edgebatch.storage import open_storage
from edgebatch.storage.bench import run


def test_a_10000_document_batch_leaves_one_file_per_dataset_and_its_manifest(env: dict[str, str]) -> None:
    store = open_storage(Settings.load().effective_storage_url)
    report = run(store, rows=10_000, shard_size=1_000)
    assert report["max_files_per_partition"] == 1 and report["manifest_written"]
    assert {d: f["rows"] for d, f in report["files"].items()} == {"results": 10_000, "audit": 10_000}
    assert report["rows_per_cpu_s"] > 0
    assert store.list("") == [], "the benchmark removes its scratch prefix"
