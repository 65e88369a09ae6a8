"""The S3 backend against a real HTTP endpoint (moto_server): interface, write-once, lock, lifecycle."""

from __future__ import annotations

import pyarrow as pa
import pytest

from edgebatch.config import Settings
from edgebatch.storage import Lock, open_storage
from edgebatch.storage.s3 import HashOnceMinio, S3Storage


@pytest.fixture
def store(s3_env: dict[str, str]) -> S3Storage:
    storage = open_storage(s3_env["EDGEBATCH_STORAGE_URL"], Settings.load())
    assert isinstance(storage, S3Storage)
    return storage


def test_objects_round_trip_below_the_prefix(store: S3Storage) -> None:
    store.put("a/b/one.json", b"1")
    store.put("a/two.json", b"2")
    store.put("a/b/one.json", b"3")
    assert store.get("a/b/one.json") == b"3"
    assert store.list("a/") == ["a/b/one.json", "a/two.json"]
    assert store.exists("a/two.json") and not store.exists("a/none")
    raw = [o.object_name for o in store.client.list_objects(store.bucket, recursive=True)]
    assert sorted(raw) == ["edgebatch/a/b/one.json", "edgebatch/a/two.json"]
    assert store.delete_prefix("a/") == 2 and store.list("a/") == []
    with pytest.raises(FileNotFoundError):
        store.get("a/two.json")


def test_parquet_round_trip(store: S3Storage) -> None:
    table = pa.table({"doc_id": ["x", "y"], "n": [1, 2]})
    store.put_parquet("t/part-0.parquet", table)
    assert store.get_parquet("t/part-0.parquet").equals(table)


def test_put_once_refuses_to_overwrite_and_locks(store: S3Storage) -> None:
    assert store.supports_lock()
    store.put_once("audit/x.json", b"first", lock=Lock("governance", 2))
    with pytest.raises(FileExistsError):
        store.put_once("audit/x.json", b"second")
    assert store.get("audit/x.json") == b"first"
    info = store.lock_info("audit/x.json")
    assert info is not None and info["mode"] == "GOVERNANCE" and info["retain_until"]


def test_bucket_without_lock_still_writes_once(s3_env: dict[str, str]) -> None:
    settings = Settings.load(s3_object_lock=False)
    store = open_storage(s3_env["EDGEBATCH_STORAGE_URL"].replace("s3://eb-", "s3://nl-"), settings)
    assert not store.supports_lock()
    store.put_once("k", b"v", lock=Lock("compliance", 1))
    assert store.lock_info("k") is None
    with pytest.raises(FileExistsError):
        store.put_once("k", b"w")


def test_new_buckets_get_lifecycle_rules_for_personal_data(store: S3Storage) -> None:
    assert store.expiration() == {"errors/": 90, "results/": 90, "staging/": 90}
    store.set_expiration({"results/": 30, "errors/": 7})
    assert store.expiration() == {"results/": 30, "errors/": 7}
    rules = store.client.get_bucket_lifecycle(store.bucket).rules
    assert {r.rule_filter.prefix for r in rules} == {"edgebatch/results/", "edgebatch/errors/"}
    assert all(r.noncurrent_version_expiration.noncurrent_days == 1 for r in rules)


def test_sse_s3_headers_are_accepted(s3_env: dict[str, str]) -> None:
    store = open_storage(s3_env["EDGEBATCH_STORAGE_URL"], Settings.load(s3_sse="s3"))
    store.put("enc", b"secret")
    stat = store.client.stat_object(store.bucket, store.prefix + "enc")
    assert stat.metadata.get("x-amz-server-side-encryption") == "AES256"
    assert store.get("enc") == b"secret"


def test_overwritten_versions_can_be_purged(store: S3Storage) -> None:
    store.put("r/f", b"old")
    store.put("r/f", b"new")
    assert store.purge_versions("r/f") >= 1
    names = [(o.object_name, o.is_latest) for o in store.client.list_objects(store.bucket, "edgebatch/r/f",
                                                                            include_version=True)]
    assert len(names) == 1 and store.get("r/f") == b"new"


def test_secrets_are_masked_in_config_but_passed_to_workers(s3_env: dict[str, str]) -> None:
    settings = Settings.load()
    assert settings.masked()["s3_secret_key"] == "**********"
    assert settings.as_env()["EDGEBATCH_S3_SECRET_KEY"] == "testing-secret"


def test_connection_errors_are_retried_with_backoff_then_raised(s3_env: dict[str, str]) -> None:
    import socket
    import time

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        dead = f"127.0.0.1:{sock.getsockname()[1]}"
    settings = Settings.load(s3_endpoint=dead, s3_retries=2, s3_outage_s=0)
    start = time.monotonic()
    with pytest.raises(Exception) as caught:
        open_storage("s3://nobody-home/x", settings)
    assert "Connection refused" in repr(caught.value) or "MaxRetryError" in repr(caught.value)
    assert time.monotonic() - start >= 0.2 + 0.4  # two backoff sleeps


def test_connection_errors_are_retried_for_the_whole_outage_window(s3_env: dict[str, str]) -> None:
    import socket
    import time

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead = f"127.0.0.1:{sock.getsockname()[1]}"
    settings = Settings.load(s3_endpoint=dead, s3_retries=0, s3_outage_s=2)
    start = time.monotonic()
    with pytest.raises(Exception):
        open_storage("s3://nobody-home/x", settings)
    assert time.monotonic() - start >= 2  # not after 0 retries: an outage this short is waited out


def test_put_bodies_are_hashed_once_with_the_headers_minio_would_send(monkeypatch: pytest.MonkeyPatch) -> None:
    """Over HTTP the signature's payload hash comes from our checksum, not a second SHA-256 of the body;
    over TLS minio's own headers stay (UNSIGNED-PAYLOAD, Content-MD5)."""
    import base64
    import hashlib

    import minio.api
    from minio import Minio
    from minio.credentials import Credentials

    body = bytes(range(256)) * 40
    checksum = base64.b64encode(hashlib.sha256(body).digest()).decode()
    creds = Credentials("k", "s")
    hashed: list[int] = []
    real = minio.api.sha256_hash
    monkeypatch.setattr(minio.api, "sha256_hash", lambda data: hashed.append(len(data or b"")) or real(data))
    for secure in (False, True):
        ours = HashOnceMinio("127.0.0.1:9", access_key="k", secret_key="s", secure=secure)
        stock = Minio("127.0.0.1:9", access_key="k", secret_key="s", secure=secure)
        hashed.clear()
        got, _ = ours._build_headers("h", {"x-amz-checksum-sha256": checksum}, body, creds)
        assert max(hashed, default=0) == 0, "ours never hashes the body itself"
        want, _ = stock._build_headers("h", {"x-amz-checksum-sha256": checksum}, body, creds)
        got.pop("x-amz-date"), want.pop("x-amz-date")
        assert got == want
    assert want["x-amz-content-sha256"] == "UNSIGNED-PAYLOAD" and "Content-MD5" in want
