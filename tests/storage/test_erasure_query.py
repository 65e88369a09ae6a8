"""Erasure, retention and SQL over the datasets, on S3 (moto_server) and on local disk."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime, timedelta

import pytest

from edgebatch import audit, query, retention
from edgebatch.config import Settings
from edgebatch.storage import Lock, Storage, layout, open_storage

from .helpers import committed_batch, doc_sha


@pytest.fixture(params=["s3", "local"])
def store(request: pytest.FixtureRequest, env: dict[str, str]) -> Storage:
    if request.param == "s3":
        s3_env = request.getfixturevalue("s3_env")
        return open_storage(s3_env["EDGEBATCH_STORAGE_URL"], Settings.load())
    return open_storage(Settings.load().effective_storage_url)


def test_erase_removes_the_rows_rewrites_files_and_manifests_and_is_audited(store: Storage) -> None:
    committed_batch(store, "b1", ["a", "b", "c"], errored={"c"})
    committed_batch(store, "b2", ["c", "d"])
    report = retention.erase(store, doc_sha256=doc_sha("c"), lock=Lock("governance", 1))
    assert report["rows_removed"] == 2 and report["doc_sha256"] == [doc_sha("c")]
    assert {(f["batch_id"], f["dataset"]) for f in report["files"]} == {("b1", "errors"), ("b2", "results")}
    for batch_id, left in (("b1", {"a", "b"}), ("b2", {"d"})):
        commit = json.loads(store.get(layout.commit_manifest(batch_id)))
        ids: set[str] = set()
        for dataset in ("results", "errors"):
            entry = commit["files"].get(dataset)
            if entry:
                data = store.get(entry["key"])
                assert hashlib.sha256(data).hexdigest() == entry["sha256"]
                table = store.get_parquet(entry["key"])
                assert table.num_rows == entry["rows"]
                ids |= set(table.column("doc_id").to_pylist())
        assert ids == left
    erasure = json.loads(store.get(report["audit_log"]["key"]))
    assert erasure["kind"] == "erasure" and erasure["rows_removed"] == 2
    assert b"report c" not in store.get(report["audit_log"]["key"])
    result = audit.verify(store)
    assert result.ok and result.erasures == 1, result.problems
    if store.url.startswith("s3://"):  # the versioned (object-lock) bucket kept the old versions: purged
        assert all(f["old_versions_removed"] == 1 for f in report["files"])
    for f in report["files"]:  # no older version of a rewritten file keeps the erased rows
        assert store.purge_versions(f["key"]) == 0
    again = retention.erase(store, doc_id="c")
    assert again["rows_removed"] == 0 and again["audit_log"]["seq"] == 4


def test_query_sees_every_dataset_with_partitions(store: Storage) -> None:
    committed_batch(store, "b1", ["a", "b", "c"], errored={"b"})
    committed_batch(store, "b2", ["d"])
    settings = Settings.load()
    table = query.run(store, settings, "SELECT batch_id, count(*) AS n FROM results GROUP BY 1 ORDER BY 1")
    assert table.to_pylist() == [{"batch_id": "b1", "n": 2}, {"batch_id": "b2", "n": 1}]
    rows = query.run(store, settings, "SELECT a.doc_id, a.outcome, e.error_code, a.date FROM audit a "
                                      "LEFT JOIN errors e USING (doc_id) ORDER BY 1").to_pylist()
    assert [(r["doc_id"], r["outcome"], r["error_code"]) for r in rows] == [
        ("a", "succeeded", None), ("b", "errored", "x"), ("c", "succeeded", None), ("d", "succeeded", None)]
    assert {r["date"] for r in rows} == {datetime.now(UTC).date()}


def test_retention_apply_expires_old_partitions_locally(env: dict[str, str]) -> None:
    store = open_storage(Settings.load().effective_storage_url)
    commit = committed_batch(store, "b1", ["a"])
    later = date.today() + timedelta(days=91)
    assert retention.apply(store, 90, today=date.today())["removed"] == []
    removed = retention.apply(store, 90, today=later)["removed"]
    assert removed == [commit["files"]["results"]["key"]]
    assert store.exists(commit["files"]["audit"]["key"])  # the audit (no content) is kept


def test_retention_apply_sets_lifecycle_rules_on_s3(s3_env: dict[str, str]) -> None:
    store = open_storage(s3_env["EDGEBATCH_STORAGE_URL"], Settings.load())
    assert retention.apply(store, 30)["lifecycle"] == {"errors/": 30, "results/": 30, "staging/": 30}
