"""A tenant's own storage from tenants.yaml: its credentials by name only, and all of its batch there."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from edgebatch import audit, query
from edgebatch.api import EdgeBatch
from edgebatch.config import Settings
from edgebatch.errors import ConfigError
from edgebatch.runtime import WorkerRuntime
from edgebatch.storage import LocalStorage
from edgebatch.storage.tenant import storage_for, tenant_settings

from ..conftest import SAMPLES


def _settings(tmp_path: Path, tenants: dict, **overrides: str) -> Settings:
    (tmp_path / "tenants.yaml").write_text(yaml.safe_dump({"tenants": tenants}))
    return Settings.load(tenants_file=tmp_path / "tenants.yaml", **overrides)


def _secret_file(path: Path, value: str, mode: int = 0o600) -> Path:
    path.write_text(value + "\n")
    path.chmod(mode)
    return path


def test_credentials_come_from_named_variables_or_private_files(env, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("LAB_S3_KEY", "lab-access")
    monkeypatch.setenv("LAB_S3_SECRET", "lab-secret")
    key, secret = _secret_file(tmp_path / "key", "law-access"), _secret_file(tmp_path / "secret", "law-secret")
    settings = _settings(tmp_path, {
        "lab": {"storage": {"url": "s3://lab-bucket/eb", "endpoint": "minio-lab:9000",
                            "access_key_env": "LAB_S3_KEY", "secret_key_env": "LAB_S3_SECRET"}},
        "law": {"storage": {"url": "s3://law-bucket", "access_key_file": str(key), "secret_key_file": str(secret)}},
    }, s3_access_key="shared-access", s3_secret_key="shared-secret", storage_url="s3://shared/eb")
    lab, law, other = (tenant_settings(settings, t) for t in ("lab", "law", "other"))
    assert (lab.storage_url, lab.s3_endpoint) == ("s3://lab-bucket/eb", "minio-lab:9000")
    assert (lab.s3_access_key.get_secret_value(), lab.s3_secret_key.get_secret_value()) == ("lab-access", "lab-secret")
    assert (law.s3_access_key.get_secret_value(), law.s3_secret_key.get_secret_value()) == ("law-access", "law-secret")
    assert other is settings  # no entry: the installation's storage and keys
    assert "lab-secret" not in repr(lab) and "law-secret" not in str(law.masked())


@pytest.mark.parametrize(("entry", "message"), [
    ({"url": "s3://b/p", "secret_key": "s3cr3t-value"}, "unknown keys secret_key"),
    ({"url": "s3://b/p", "access_key_env": "A"}, "both the access key and the secret key"),
    ({"url": "s3://b/p", "access_key_env": "A", "access_key_file": "/x", "secret_key_env": "B"}, "not both"),
    ({"url": "http://b/p"}, "url"),
])
def test_a_bad_storage_entry_is_refused_without_echoing_secrets(env, tmp_path, entry, message) -> None:
    with pytest.raises(ConfigError, match=message) as refused:
        tenant_settings(_settings(tmp_path, {"lab": {"storage": entry}}), "lab")
    assert "s3cr3t-value" not in str(refused.value)


def test_a_missing_variable_or_a_readable_secret_file_is_a_clear_error(env, tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("NOT_SET_KEY", raising=False)
    settings = _settings(tmp_path, {"lab": {"storage": {"url": "s3://b/p", "access_key_env": "NOT_SET_KEY",
                                                        "secret_key_env": "NOT_SET_KEY"}}})
    with pytest.raises(ConfigError, match="tenant 'lab': environment variable NOT_SET_KEY"):
        tenant_settings(settings, "lab")
    open_file = _secret_file(tmp_path / "open", "value", mode=0o644)
    settings = _settings(tmp_path, {"lab": {"storage": {"url": "s3://b/p", "access_key_file": str(open_file),
                                                        "secret_key_file": str(open_file)}}})
    with pytest.raises(ConfigError, match="open to group/others"):
        tenant_settings(settings, "lab")


def test_a_tenant_with_its_own_folder_keeps_its_whole_batch_there(env, tmp_path) -> None:
    own = tmp_path / "clinic-store"
    settings = _settings(tmp_path, {"clinic": {"storage": {"url": own.as_uri()}}}, tenant="clinic")
    client = EdgeBatch(settings)
    assert isinstance(client.storage, LocalStorage) and client.storage.root == own
    batch_id = client.submit(SAMPLES, "radiology")
    assert client.storage.list("staging/") and client.storage.exists(f"batches/{batch_id}/manifest.json")
    runtime = WorkerRuntime(settings.model_copy(update={"tenant": "default"}), node="unit@test")  # any worker
    for shard in range(client.status(batch_id)["total_shards"]):
        runtime.process_shard(batch_id, shard, 0)
        runtime.process_shard(batch_id, shard, 1)
    runtime.finalize(batch_id)
    assert client.status(batch_id)["status"] == "completed"

    shared = storage_for(settings, "default")
    assert shared.list("") == [] and runtime.storage_of(batch_id) is runtime.storage_for("clinic")
    keys = client.storage.list("")
    assert not [k for k in keys if k.startswith("staging/")]
    assert {k.split("/")[1] for k in keys if k.endswith(".parquet")} == {"tenant=clinic"}
    assert audit.verify(client.storage).batches == 1 and audit.verify(client.storage).ok
    n = query.run(client.storage, settings, "SELECT count(*) AS n FROM results").to_pylist()[0]["n"]
    assert n == client.results(batch_id).num_rows > 0
    assert set(client.results(batch_id, "audit").column("tenant").to_pylist()) == {"clinic"}
