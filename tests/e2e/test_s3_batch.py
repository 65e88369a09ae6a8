"""A whole batch on S3 (moto_server over HTTP): real broker, real workers, `edgebatch` CLI."""

from __future__ import annotations

import json

from edgebatch import audit, query
from edgebatch.config import Settings
from edgebatch.storage import open_storage

from ..conftest import SAMPLES, cli


def test_a_batch_on_s3_is_committed_audited_and_queryable(s3_env: dict[str, str]) -> None:
    summary = json.loads(cli("run", str(SAMPLES), "--pipeline", "radiology", "--procs", "1", "--json",
                             env=s3_env).stdout)
    total = summary["total"]
    assert summary["status"] == "completed" and summary["succeeded"] == total > 20
    batch_id = summary["batch_id"]
    settings = Settings.load()
    store = open_storage(s3_env["EDGEBATCH_STORAGE_URL"], settings)
    keys = store.list("")
    assert not [k for k in keys if k.startswith("staging/") or "/parts/" in k], "staged text and parts removed"
    parquet = [k for k in keys if k.endswith(".parquet")]
    assert sorted(k.split("/")[0] for k in parquet) == ["audit", "results"]  # one file per dataset, no errors
    assert all(f"/batch={batch_id}/part-0.parquet" in k for k in parquet)
    assert f"batches/{batch_id}/_manifest.json" in keys
    assert store.lock_info(next(k for k in parquet if k.startswith("audit/")))
    verify = json.loads(cli("audit", "verify", "--json", env=s3_env).stdout)
    assert verify["ok"] and verify["documents"] == total and verify["batches"] == 1
    sha = query.run(store, settings, "SELECT sha256 FROM results ORDER BY doc_id LIMIT 1").to_pylist()[0]["sha256"]
    erased = json.loads(cli("erase", "--doc-sha256", sha, env=s3_env).stdout)
    assert erased["rows_removed"] == 1
    assert audit.verify(store).erasures == 1
    rows = cli("query", "SELECT count(*) AS n, count(DISTINCT doc_id) AS d FROM results", "--format", "jsonl",
               env=s3_env).stdout
    assert json.loads(rows) == {"n": total - 1, "d": total - 1}
