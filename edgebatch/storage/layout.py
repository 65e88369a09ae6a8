"""Where everything lives under the storage root (the one place that knows the key layout).

```
staging/batch=<id>/shard-00000.jsonl         input text per shard (the only raw text; deleted at finalize)
staging/batch=<id>/shard-00000.parquet       input rows per shard of an `input: table` pipeline (same)
batches/<id>/manifest.json                   the batch: pipeline, documents (id, sha256, shard), no text
batches/<id>/parts/<dataset>/shard-00000.parquet   one shard's rows (deterministic: a retry overwrites)
batches/<id>/_manifest.json                  commit marker written last: files, row counts, sha256
<dataset>/pipeline=<p>/date=<YYYY-MM-DD>/batch=<id>/part-0.parquet   compacted, Hive-partitioned
```
"""

from __future__ import annotations

DATASETS = ("results", "audit", "errors")


def staging_shard(batch_id: str, shard: int) -> str:
    return f"staging/batch={batch_id}/shard-{shard:05d}.jsonl"


def staging_table_shard(batch_id: str, shard: int) -> str:
    return f"staging/batch={batch_id}/shard-{shard:05d}.parquet"


def staging_prefix(batch_id: str) -> str:
    return f"staging/batch={batch_id}/"


def batch_manifest(batch_id: str) -> str:
    return f"batches/{batch_id}/manifest.json"


def commit_manifest(batch_id: str) -> str:
    return f"batches/{batch_id}/_manifest.json"


def shard_part(batch_id: str, dataset: str, shard: int) -> str:
    return f"batches/{batch_id}/parts/{dataset}/shard-{shard:05d}.parquet"


def parts_prefix(batch_id: str, dataset: str | None = None) -> str:
    return f"batches/{batch_id}/parts/" + (f"{dataset}/" if dataset else "")


def partition_dir(dataset: str, pipeline: str, date: str, batch_id: str) -> str:
    return f"{dataset}/pipeline={pipeline}/date={date}/batch={batch_id}/"


def dataset_file(dataset: str, pipeline: str, date: str, batch_id: str) -> str:
    return partition_dir(dataset, pipeline, date, batch_id) + "part-0.parquet"
