"""Tenants: every batch has one, quotas are enforced at submit, and no tenant reads another's data."""

from __future__ import annotations

import json

import pytest
import yaml

from edgebatch.api import EdgeBatch
from edgebatch.config import Settings
from edgebatch.errors import BatchNotFoundError
from edgebatch.query import run as run_query
from edgebatch.runtime import WorkerRuntime
from edgebatch.tenants import QuotaExceeded

from .conftest import THREE_SAMPLES as NAMES
from .conftest import cli


def _finish(settings: Settings, client: EdgeBatch, batch_id: str) -> None:
    runtime = WorkerRuntime(settings, node="unit@test")
    for shard in range(client.state.get(batch_id)["total_shards"]):
        runtime.process_shard(batch_id, shard, 0)
        runtime.process_shard(batch_id, shard, 1)
    runtime.finalize(batch_id)


def test_two_tenants_cannot_read_each_others_results(env, three_samples) -> None:
    as_a, as_b = Settings.load(tenant="hospital-a"), Settings.load(tenant="bank-b")
    a, b = EdgeBatch(as_a), EdgeBatch(as_b)
    batch_a, batch_b = a.submit(three_samples, "radiology"), b.submit(three_samples, "radiology")
    _finish(as_a, a, batch_a)
    _finish(as_b, b, batch_b)

    assert {r["tenant"] for r in a.results(batch_a, "audit").to_pylist()} == {"hospital-a"}
    assert set(a.results(batch_a).column("tenant").to_pylist()) == {"hospital-a"}
    for dataset in ("results", "audit", "errors"):
        with pytest.raises(BatchNotFoundError):
            a.results(batch_b, dataset)
        with pytest.raises(BatchNotFoundError):
            b.results(batch_a, dataset)
    with pytest.raises(BatchNotFoundError):
        a.status(batch_b)
    with pytest.raises(BatchNotFoundError):
        b.cancel(batch_a)
    assert [r["batch_id"] for r in a.list()] == [batch_a] and [r["batch_id"] for r in b.list()] == [batch_b]

    for settings, own in ((as_a, batch_a), (as_b, batch_b)):
        for dataset in ("results", "audit"):
            rows = run_query(a.storage, settings, f"SELECT DISTINCT batch_id, tenant FROM {dataset}").to_pylist()
            assert rows == [{"batch_id": own, "tenant": settings.tenant}], dataset
    with pytest.raises(Exception, match="disabled"):  # no reading the files around the tenant filter
        run_query(a.storage, as_a, f"SELECT * FROM read_parquet('{a.storage.root}/results/**/*.parquet')")
    with pytest.raises(Exception, match="lock"):
        run_query(a.storage, as_a, "SET enable_external_access = true")
    # the CLI takes the tenant from --tenant and from EDGEBATCH_TENANT
    out = cli("--tenant", "bank-b", "query", "SELECT count(*) AS n FROM results", "--format", "jsonl", env=env)
    assert json.loads(out.stdout) == {"n": len(NAMES)}
    refused = cli("results", batch_a, env={**env, "EDGEBATCH_TENANT": "bank-b"}, check=False)
    assert refused.returncode == 2 and "no batch" in refused.stderr
    mine = cli("status", batch_a, "--tenant", "hospital-a", "--json", env=env)
    assert json.loads(mine.stdout)["tenant"] == "hospital-a"


def test_quota_of_documents_per_day_refuses_a_batch_with_a_clear_message(env, three_samples, tmp_path) -> None:
    (tmp_path / "tenants.yaml").write_text(yaml.safe_dump({"tenants": {"clinic": {"docs_per_day": 5}}}))
    settings = Settings.load(tenant="clinic", tenants_file=tmp_path / "tenants.yaml")
    client = EdgeBatch(settings)
    first = client.submit(three_samples, "radiology")  # 3 of 5
    with pytest.raises(QuotaExceeded, match=r"'clinic' may submit 5 documents a day; 3 already submitted today"):
        client.submit(three_samples, "radiology")
    refused = [r for r in client.list() if r["batch_id"] != first]
    assert refused and refused[0]["status"] == "failed"
    assert client.state.redis.llen("edgebatch.redact") == 1, "only the admitted batch was enqueued"
    assert not [k for k in client.storage.list("staging/") if refused[0]["batch_id"] in k], "staged text removed"
    # other tenants are not affected (unlisted tenants get the default: no quota)
    EdgeBatch(Settings.load(tenant="other", tenants_file=tmp_path / "tenants.yaml")).submit(three_samples, "radiology")
    out = cli("submit", str(three_samples), "-p", "radiology", "--tenant", "clinic",
              env={**env, "EDGEBATCH_TENANTS_FILE": str(tmp_path / "tenants.yaml")}, check=False)
    assert out.returncode == 2 and "documents a day" in out.stderr


def test_quota_of_tokens_per_month_is_checked_at_submit(env, three_samples, tmp_path) -> None:
    (tmp_path / "tenants.yaml").write_text(yaml.safe_dump({"tenants": {"clinic": {"tokens_per_month": 10}}}))
    settings = Settings.load(tenant="clinic", tenants_file=tmp_path / "tenants.yaml")
    client = EdgeBatch(settings)
    batch_id = client.submit(three_samples, "radiology")
    _finish(settings, client, batch_id)  # uses more than 10 tokens
    with pytest.raises(QuotaExceeded, match="tokens this month"):
        client.submit(three_samples, "radiology")


def test_an_invalid_tenant_id_is_refused(env) -> None:
    with pytest.raises(Exception, match="tenant"):
        Settings.load(tenant="../etc")
