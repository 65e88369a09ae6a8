"""Where everything lives under the storage root (the one place that knows the key layout).

```
staging/batch=<id>/shard-00000.jsonl         input text per shard (the only raw text; deleted at finalize)
staging/batch=<id>/shard-00000.parquet       input rows per shard of an `input: table` pipeline (same)
staging/batch=<id>/shard-00000.group-1.json  a shard handed to its stage group 1: redacted text, outputs (same)
batches/<id>/manifest.json                   the batch: pipeline, documents (id, sha256, shard), no text
batches/<id>/parts/shard-00000.arrow         one shard's results, audit and errors rows (Arrow IPC streams;
                                             deterministic: a retry overwrites; deleted at compaction)
batches/<id>/_manifest.json                  commit marker written last: files, row counts, sha256
<dataset>/tenant=<t>/pipeline=<p>/date=<YYYY-MM-DD>/batch=<id>/part-0.parquet   compacted, Hive-partitioned
                                             (the files hold no `tenant` column: the path supplies it)
<dataset>/pipeline=<p>/date=<YYYY-MM-DD>/batch=<id>/part-0.parquet   written before `tenant=` (schema <= 4;
                                             still read: their `tenant` column, else `default`)
auditlog/entry-000000001.json                hash-chained audit manifests, a batch or an erasure event each
                                             (hashes and counts, no content; write-once, object lock)
auditlog/refs/batch-<id>.json                which entry holds a batch (erasure-<ref>.json: an erasure)
auditlog/HEAD.json                           the last entry's seq, key and sha256 (advanced after appends)
auditlog/entry-000000001-batch-<id>.json     entries written before entries were named by position only
```

A tenant with its own storage in ``tenants.yaml`` (``edgebatch.tenants``) has all of these keys,
staging and audit log included, below its own ``storage.url`` (``storage/tenant.py``); the others share the
installation's storage.
"""

from __future__ import annotations

DATASETS = ("results", "audit", "errors")
EXPIRING_PREFIXES = ("results/", "errors/", "staging/")  # personal data: expires after retention_days


def staging_shard(batch_id: str, shard: int) -> str:
    return f"staging/batch={batch_id}/shard-{shard:05d}.jsonl"


def staging_table_shard(batch_id: str, shard: int) -> str:
    return f"staging/batch={batch_id}/shard-{shard:05d}.parquet"


def staging_handoff(batch_id: str, shard: int, group: int) -> str:
    """The state of a shard's documents as stage group ``group`` (>= 1) receives it."""
    return f"staging/batch={batch_id}/shard-{shard:05d}.group-{group}.json"


def staging_prefix(batch_id: str) -> str:
    return f"staging/batch={batch_id}/"


def batch_manifest(batch_id: str) -> str:
    return f"batches/{batch_id}/manifest.json"


def commit_manifest(batch_id: str) -> str:
    return f"batches/{batch_id}/_manifest.json"


def shard_part(batch_id: str, shard: int) -> str:
    return f"batches/{batch_id}/parts/shard-{shard:05d}.arrow"


def part_dataset(key: str) -> str | None:
    """The dataset of a part written one Parquet file per dataset (``parts/<dataset>/shard-N.parquet``,
    before parts were one Arrow object per shard); None for a shard part holding every dataset."""
    folder = key.rsplit("/", 2)[-2]
    return folder if folder in DATASETS else None


def parts_prefix(batch_id: str, dataset: str | None = None) -> str:
    return f"batches/{batch_id}/parts/" + (f"{dataset}/" if dataset else "")


TENANT_PARTITION = "tenant"  # a Hive partition key of every dataset, never a column inside its files


def partition_dir(dataset: str, tenant: str, pipeline: str, date: str, batch_id: str) -> str:
    return f"{tenant_prefix(dataset, tenant)}pipeline={pipeline}/date={date}/batch={batch_id}/"


def dataset_file(dataset: str, tenant: str, pipeline: str, date: str, batch_id: str) -> str:
    return partition_dir(dataset, tenant, pipeline, date, batch_id) + "part-0.parquet"


def tenant_prefix(dataset: str, tenant: str) -> str:
    """Every file of ``dataset`` that belongs to ``tenant`` (what tenant-scoped readers list)."""
    return f"{dataset}/{TENANT_PARTITION}={tenant}/"


def legacy_dataset_prefix(dataset: str) -> str:
    """Files written before the ``tenant=`` partition (schema <= 4), which start at ``pipeline=``."""
    return f"{dataset}/pipeline="


def key_tenant(key: str) -> str | None:
    """The tenant of a dataset file from its ``tenant=`` folder (None for a file written before it)."""
    for part in key.split("/"):
        if part.startswith(f"{TENANT_PARTITION}="):
            return part[len(TENANT_PARTITION) + 1:]
    return None


AUDIT_LOG_PREFIX = "auditlog/"
AUDIT_HEAD = "auditlog/HEAD.json"
AUDIT_REFS_PREFIX = "auditlog/refs/"


def audit_entry(seq: int) -> str:
    """The chain entry at ``seq``: named by its position only, so two writers racing for the same
    position race for the same create-only key and exactly one wins (no fork)."""
    return f"{AUDIT_LOG_PREFIX}entry-{seq:09d}.json"


def legacy_audit_entry(seq: int, kind: str, ref: str) -> str:
    """How entries were named before the name held the position only (still read and verified)."""
    return f"{AUDIT_LOG_PREFIX}entry-{seq:09d}-{kind}-{ref}.json"


def audit_ref(kind: str, ref: str) -> str:
    """Pointer from a batch (or erasure) to its chain entry: ``{"seq", "key", "sha256"}``."""
    return f"{AUDIT_REFS_PREFIX}{kind}-{ref}.json"


def parse_audit_entry(key: str) -> tuple[int, str, str] | None:
    """(seq, kind, ref) of an audit-log entry key (kind and ref are "" when only its content says),
    or None for other keys."""
    if key.startswith(AUDIT_REFS_PREFIX):
        return None
    name = key.rsplit("/", 1)[-1]
    if not (name.startswith("entry-") and name.endswith(".json")):
        return None
    parts = name[len("entry-"):-len(".json")].split("-", 2)
    if not parts[0].isdigit():
        return None
    if len(parts) == 3:
        return int(parts[0]), parts[1], parts[2]
    return int(parts[0]), "", ""
