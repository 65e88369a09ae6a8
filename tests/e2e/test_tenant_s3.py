"""Tenants with their own S3 bucket/prefix and keys, served by one real worker (moto_server over HTTP).

moto cannot enforce per-key bucket policies here (its SigV4 check rejects every prefixed listing
once IAM is on), so the proof is its request recording: every request to a tenant's bucket was
signed with that tenant's access key, and no object of one tenant exists outside its own prefix.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

from edgebatch.config import Settings
from edgebatch.storage import open_storage

from ..conftest import SAMPLES, cli, moto_server

NAMES = sorted(p.name for p in SAMPLES.glob("*.txt"))[:4]
BUCKETS = {"lab": ("eb-lab", "lab-data"), "law": ("eb-law", "firm/eb"), "default": ("eb-shared", "edgebatch")}
KEYS = {"lab": "lab-access-key", "law": "law-access-key", "default": "shared-access-key"}


@pytest.fixture
def recorded_s3(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A moto_server of its own that records every request (headers included) as JSON lines."""
    folder = tmp_path / "moto"
    folder.mkdir()
    recording = folder / "recording.jsonl"
    server = moto_server(folder, MOTO_ENABLE_RECORDING="true", MOTO_RECORDER_FILEPATH=str(recording))
    yield next(server), recording
    server.close()


def _signers(recording: Path) -> dict[str, set[str]]:
    """Bucket -> the access keys that signed requests to it (path-style URLs)."""
    found: dict[str, set[str]] = defaultdict(set)
    for line in recording.read_text().splitlines():
        entry = json.loads(line)
        bucket = urlparse(entry["url"]).path.strip("/").split("/")[0]
        auth = {k.lower(): v for k, v in entry["headers"].items()}.get("authorization", "")
        if bucket:
            match = re.search(r"Credential=([^/]+)/", auth)
            found[bucket].add(match.group(1) if match else "<unsigned>")
    return dict(found)


def test_each_tenant_keeps_its_batches_in_its_own_bucket_under_its_own_keys(
        env: dict[str, str], recorded_s3: tuple[str, Path], start_worker, tmp_path: Path) -> None:
    endpoint, recording = recorded_s3
    key_file, secret_file = tmp_path / "law.key", tmp_path / "law.secret"
    for path, value in ((key_file, KEYS["law"]), (secret_file, "law-secret-key")):
        path.write_text(value)
        path.chmod(0o600)
    tenants = {"tenants": {
        "lab": {"storage": {"url": "s3://eb-lab/lab-data", "access_key_env": "LAB_S3_KEY",
                            "secret_key_env": "LAB_S3_SECRET"}},
        "law": {"storage": {"url": "s3://eb-law/firm/eb", "access_key_file": str(key_file),
                            "secret_key_file": str(secret_file)}}}}
    (tmp_path / "tenants.yaml").write_text(yaml.safe_dump(tenants))
    env.update({"EDGEBATCH_STORAGE_URL": "s3://eb-shared/edgebatch", "EDGEBATCH_S3_ENDPOINT": endpoint,
                "EDGEBATCH_S3_ACCESS_KEY": KEYS["default"], "EDGEBATCH_S3_SECRET_KEY": "shared-secret-key",
                "EDGEBATCH_S3_SECURE": "false", "EDGEBATCH_S3_REGION": "us-east-1",
                "EDGEBATCH_TENANTS_FILE": str(tmp_path / "tenants.yaml"),
                "LAB_S3_KEY": KEYS["lab"], "LAB_S3_SECRET": "lab-secret-key"})
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in NAMES:
        (docs / name).write_bytes((SAMPLES / name).read_bytes())

    start_worker("--procs", "1").wait_ready()  # one worker (tenant `default`) for every tenant's batches
    batches = {t: cli("--tenant", t, "submit", str(docs), "-p", "radiology", env=env).stdout.strip()
               for t in BUCKETS}
    for tenant, batch_id in batches.items():
        status = json.loads(cli("--tenant", tenant, "status", batch_id, "--watch", "--json", env=env).stdout)
        assert (status["status"], status["succeeded"]) == ("completed", len(NAMES)), status
        verify = json.loads(cli("--tenant", tenant, "audit", "verify", "--json", env=env).stdout)
        assert verify["ok"] and verify["batches"] == 1 and verify["documents"] == len(NAMES), verify  # own chain
        rows = cli("--tenant", tenant, "query", "SELECT DISTINCT tenant, batch_id FROM results", "--format", "jsonl",
                   env=env).stdout.splitlines()
        assert [json.loads(row) for row in rows] == [{"tenant": tenant, "batch_id": batch_id}]
        audit = cli("--tenant", tenant, "results", batch_id, "--dataset", "audit", "--format", "jsonl", env=env)
        assert {json.loads(row)["tenant"] for row in audit.stdout.splitlines()} == {tenant}
    for reader, owner in (("lab", "law"), ("law", "lab"), ("default", "lab"), ("lab", "default")):
        refused = cli("--tenant", reader, "results", batches[owner], env=env, check=False)
        assert refused.returncode == 2 and "no batch" in refused.stderr, (reader, owner)

    # Every request to a tenant's bucket, by the submitting CLI, the worker and the readers alike,
    # was signed with that tenant's key.
    assert _signers(recording) == {BUCKETS[t][0]: {KEYS[t]} for t in BUCKETS}

    settings = Settings.load(s3_endpoint=endpoint, s3_access_key="inspector", s3_secret_key="inspector",
                             s3_secure=False, s3_region="us-east-1")
    for tenant, (bucket, prefix) in BUCKETS.items():
        keys = open_storage(f"s3://{bucket}", settings).list("")
        assert keys and all(key.startswith(f"{prefix}/") for key in keys), bucket
        own = [key[len(prefix) + 1:] for key in keys]
        assert f"batches/{batches[tenant]}/_manifest.json" in own and "auditlog/HEAD.json" in own
        assert not [key for key in own if key.startswith("staging/")]
        assert {key.split("/")[1] for key in own if key.endswith(".parquet")} == {f"tenant={tenant}"}
        others = [b for t, b in batches.items() if t != tenant]
        assert not [key for key in keys if any(b in key for b in others)], f"another tenant's object in {bucket}"
