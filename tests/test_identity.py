"""Tenant identity from API tokens: with token_sha256 entries in tenants.yaml, the token names the
tenant of every tenant-scoped command; no, unknown or contradicted token -> refused, nothing done."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest
import yaml

from edgebatch.api import EdgeBatch
from edgebatch.config import Settings
from edgebatch.errors import BatchNotFoundError, ConfigError
from edgebatch.identity import AuthenticationError, new_token, resolve, tenant_of, token_sha256
from edgebatch.tenants import TenantTable, load_tenants

from .conftest import THREE_SAMPLES as NAMES
from .conftest import cli
from .test_tenants import _finish


def _token_from(stdout: str) -> tuple[str, str]:
    """The token and its sha256 from `edgebatch tenants token` output."""
    token = next(line for line in stdout.splitlines() if line.startswith("ebt_"))
    digest = stdout.split("token_sha256: [", 1)[1].split("]", 1)[0]
    return token, digest


@pytest.fixture
def tokens(env: dict[str, str], tmp_path: Path) -> dict[str, Path | str]:
    """Two tenants with tokens (made by the CLI), their token files (0600) and the tenants file."""
    a_file = tmp_path / "a.token"
    out_a = cli("tenants", "token", "hospital-a", "--out", str(a_file), env=env).stdout
    assert "ebt_" not in out_a, "with --out the token is not printed"
    token_b, digest_b = _token_from(cli("tenants", "token", "bank-b", env=env).stdout)
    token_a = a_file.read_text().strip()
    assert (a_file.stat().st_mode & 0o777) == 0o600 and token_a.startswith("ebt_")
    digest_a = out_a.split("token_sha256: [", 1)[1].split("]", 1)[0]
    assert digest_a == token_sha256(token_a) and digest_b == token_sha256(token_b) and token_a != token_b
    table = {"tenants": {"hospital-a": {"token_sha256": [digest_a]}, "bank-b": {"token_sha256": digest_b},
                         "open-c": {"docs_per_day": 100}}}
    (tmp_path / "tenants.yaml").write_text(yaml.safe_dump(table))
    env["EDGEBATCH_TENANTS_FILE"] = str(tmp_path / "tenants.yaml")
    b_file = tmp_path / "b.token"
    b_file.write_text(token_b + "\n")
    b_file.chmod(0o600)
    return {"a": token_a, "b": token_b, "a_file": a_file, "b_file": b_file}


def test_tokens_name_tenants_and_refuse_everything_else_on_the_cli(env, tokens, three_samples, tmp_path) -> None:
    a_file, b_file = str(tokens["a_file"]), str(tokens["b_file"])
    batch_a = cli("submit", str(three_samples), "-p", "radiology", "--token-file", a_file, env=env).stdout.strip()
    as_b = {**env, "EDGEBATCH_TOKEN": str(tokens["b"])}
    batch_b = cli("submit", str(three_samples), "-p", "radiology", env=as_b).stdout.strip()
    worker = Settings.load(tenants_file=env["EDGEBATCH_TENANTS_FILE"])  # workers need no token
    client = EdgeBatch(Settings.load(token=str(tokens["a"]), tenants_file=env["EDGEBATCH_TENANTS_FILE"]))
    for batch in (batch_a, batch_b):
        _finish(worker, client, batch)
    state = client.state
    assert (state.get(batch_a)["tenant"], state.get(batch_b)["tenant"]) == ("hospital-a", "bank-b")
    queued, batches = state.redis.llen("edgebatch.redact"), state.redis.zcard("edgebatch:batches")

    # no token, a wrong token, a --tenant that contradicts the token: refused, nothing done
    missing = cli("submit", str(three_samples), "-p", "radiology", env=env, check=False)
    assert missing.returncode == 2 and "authenticates tenants" in missing.stderr
    assert "EDGEBATCH_TOKEN_FILE" in missing.stderr, "the message says how to give a token"
    wrong = cli("submit", str(three_samples), "-p", "radiology", env={**env, "EDGEBATCH_TOKEN": "ebt_" + "x" * 43}, check=False)
    assert wrong.returncode == 2 and "not valid for any tenant" in wrong.stderr and "x" * 43 not in wrong.stderr
    claimed = cli("--tenant", "bank-b", "results", batch_b, "--token-file", a_file, env=env, check=False)
    assert claimed.returncode == 2 and "says 'bank-b' but the token is tenant 'hospital-a'" in claimed.stderr
    claimed = cli("submit", str(three_samples), "-p", "radiology", "--tenant", "open-c", "--token-file", a_file, env=env,
                  check=False)
    assert claimed.returncode == 2 and "refused" in claimed.stderr
    assert (state.redis.llen("edgebatch.redact"), state.redis.zcard("edgebatch:batches")) == (queued, batches)
    for command in (["status"], ["results", batch_a], ["query", "SELECT 1"], ["cancel", batch_a], ["report", batch_a],
                    ["erase", "--doc-id", NAMES[0]], ["resume", batch_a]):
        refused = cli(*command, env=env, check=False)
        assert refused.returncode == 2 and "authenticates tenants" in refused.stderr, command

    # the right token reads its own tenant's data, and nothing of the other's
    mine = cli("results", batch_a, "--format", "jsonl", "--token-file", a_file, env=env)
    assert {json.loads(line)["tenant"] for line in mine.stdout.splitlines()} == {"hospital-a"}
    for command in (["results", batch_b], ["status", batch_b], ["cancel", batch_b], ["report", batch_b],
                    ["results", batch_b, "--dataset", "audit"]):
        other = cli(*command, "--token-file", a_file, env=env, check=False)
        assert other.returncode == 2 and "no batch" in other.stderr, command
    listed = json.loads(cli("status", "--json", "--token-file", a_file, env=env).stdout)
    assert [r["batch_id"] for r in listed] == [batch_a]
    rows = cli("query", "SELECT DISTINCT tenant, batch_id FROM results", "--format", "jsonl",
               env={**env, "EDGEBATCH_TOKEN_FILE": b_file}).stdout
    assert [json.loads(line) for line in rows.splitlines()] == [{"tenant": "bank-b", "batch_id": batch_b}]
    assert cli("tenants", "whoami", "--token-file", b_file, env=env).stdout.strip() == "bank-b (authenticated by token)"
    assert cli("--tenant", "bank-b", "tenants", "whoami", env={**env, "EDGEBATCH_TOKEN_FILE": b_file}).returncode == 0

    # erase with A's token removes A's copy of a document only (both tenants submitted the same files)
    erased = json.loads(cli("erase", "--doc-id", NAMES[0], "--token-file", a_file, env=env).stdout)
    assert erased["tenant"] == "hospital-a" and {f["batch_id"] for f in erased["files"]} == {batch_a}
    b_client = EdgeBatch(Settings.load(token=str(tokens["b"]), tenants_file=env["EDGEBATCH_TENANTS_FILE"]))
    assert NAMES[0] in b_client.results(batch_b).column("doc_id").to_pylist()
    assert NAMES[0] not in client.results(batch_a).column("doc_id").to_pylist()

    # a token file open to others is refused like every secret file
    loose = tmp_path / "loose.token"
    loose.write_text(str(tokens["a"]))
    loose.chmod(0o644)
    refused = cli("status", "--token-file", str(loose), env=env, check=False)
    assert refused.returncode == 2 and "chmod 600" in refused.stderr

    # the token never reaches the broker (task messages included), the stored data or the logs
    _assert_nowhere(env, [str(tokens["a"]), str(tokens["b"])], state.redis, client)


def _assert_nowhere(env: dict[str, str], secrets: list[str], redis, client: EdgeBatch) -> None:
    messages = []
    for queue in ("edgebatch.redact", "edgebatch.model"):
        for raw in redis.lrange(queue, 0, -1):
            message = json.loads(raw)
            messages.append(raw + base64.b64decode(message["body"]).decode())
    assert messages, "the batches' task messages are still queued (the test ran their shards in-process)"
    values = [json.dumps(client.state.get(b)) for b in redis.zrange("edgebatch:batches", 0, -1)]
    audit = [json.dumps(r, default=str) for b in redis.zrange("edgebatch:batches", 0, -1)
             for dataset in ("audit", "results", "errors")
             for r in _rows(client, b, dataset)]
    files = [p.read_bytes().decode("latin-1") for p in Path(env["EDGEBATCH_DATA_DIR"]).rglob("*")
             if p.is_file() and p.stat().st_size < 50_000_000]
    for secret in secrets:
        for text in (*messages, *values, *audit, *files):
            assert secret not in text


def _rows(client: EdgeBatch, batch_id: str, dataset: str) -> list[dict]:
    owner = client.state.get(batch_id)["tenant"]
    if owner != client.settings.tenant:
        return []
    try:
        return client.results(batch_id, dataset).to_pylist()
    except Exception:
        return []


def test_the_python_api_resolves_the_tenant_from_the_token(env, tokens, three_samples) -> None:
    tenants_file = env["EDGEBATCH_TENANTS_FILE"]
    a = EdgeBatch(Settings.load(token=str(tokens["a"]), tenants_file=tenants_file))
    b = EdgeBatch(Settings.load(token_file=str(tokens["b_file"]), tenants_file=tenants_file))
    assert (a.settings.tenant, b.settings.tenant) == ("hospital-a", "bank-b")
    batch_a = a.submit(three_samples, "radiology")
    _finish(Settings.load(tenants_file=tenants_file), a, batch_a)
    assert set(a.results(batch_a).column("tenant").to_pylist()) == {"hospital-a"}
    with pytest.raises(BatchNotFoundError):
        b.results(batch_a)
    with pytest.raises(BatchNotFoundError):
        b.resume(batch_a)
    with pytest.raises(AuthenticationError, match="authenticates tenants"):
        EdgeBatch(Settings.load(tenants_file=tenants_file))
    with pytest.raises(AuthenticationError, match="not valid"):
        EdgeBatch(Settings.load(token="ebt_guess", tenants_file=tenants_file))
    with pytest.raises(AuthenticationError, match="says 'default'"):
        EdgeBatch(Settings.load(token=str(tokens["a"]), tenant="default", tenants_file=tenants_file))
    # the worker pool of `run` gets the proven tenant, never the token
    pool_env = a.settings.as_env()
    assert pool_env["EDGEBATCH_TENANT"] == "hospital-a"
    assert not [k for k in pool_env if k.startswith("EDGEBATCH_TOKEN")]
    assert str(tokens["a"]) not in json.dumps(a.settings.masked())


def test_without_tokens_configured_the_claimed_tenant_stands(env, tmp_path) -> None:
    (tmp_path / "tenants.yaml").write_text(yaml.safe_dump({"tenants": {"clinic": {"docs_per_day": 5}}}))
    settings = Settings.load(tenant="clinic", tenants_file=tmp_path / "tenants.yaml")
    assert EdgeBatch(settings).settings.tenant == "clinic"
    assert resolve(settings).authenticated is False
    token, _ = new_token("clinic")
    with pytest.raises(AuthenticationError, match="no tenant in .* has a token_sha256"):
        resolve(Settings.load(token=token, tenants_file=tmp_path / "tenants.yaml"))


def test_the_tenant_table_checks_token_hashes(tmp_path) -> None:
    token, digest = new_token("a")
    table = TenantTable.model_validate({"tenants": {"a": {"token_sha256": [digest.upper()]}, "b": {}}})
    assert table.authenticated and tenant_of(table, token) == "a" and tenant_of(table, token + "x") is None
    path = tmp_path / "tenants.yaml"
    for data, message in [({"tenants": {"a": {"token_sha256": [token]}}}, "never a token itself"),
                          ({"tenants": {"a": {"token_sha256": digest}, "b": {"token_sha256": [digest]}}},
                           "listed twice"),
                          ({"default": {"token_sha256": [digest]}}, "belongs to one tenant")]:
        path.write_text(yaml.safe_dump(data))
        with pytest.raises(ConfigError, match=message) as error:
            load_tenants(path)
        assert token not in str(error.value), "a pasted token is not echoed"
    with pytest.raises(ConfigError, match="not both"):
        Settings.load(token=token, token_file=path)
    os.chmod(path, 0o644)
    with pytest.raises(ConfigError, match="chmod 600"):
        Settings.load(token_file=path)


def test_a_token_on_the_command_line_wins_over_the_environment(env, tokens) -> None:
    out = cli("tenants", "whoami", "--token-file", str(tokens["b_file"]),
              env={**env, "EDGEBATCH_TOKEN": str(tokens["a"])})
    assert out.stdout.strip() == "bank-b (authenticated by token)"


def test_erase_with_a_token_acts_on_the_tokens_tenants_own_storage(env, three_samples, tmp_path) -> None:
    """No --tenant given: the token names the tenant, and so the storage erase rewrites."""
    token, digest = new_token("lab")
    own = tmp_path / "lab-store"
    (tmp_path / "tenants.yaml").write_text(yaml.safe_dump(
        {"tenants": {"lab": {"token_sha256": [digest], "storage": {"url": own.as_uri()}}}}))
    tenants_file = str(tmp_path / "tenants.yaml")
    env["EDGEBATCH_TENANTS_FILE"] = tenants_file
    client = EdgeBatch(Settings.load(token=token, tenants_file=tenants_file))
    batch_id = client.submit(three_samples, "radiology")
    _finish(Settings.load(tenants_file=tenants_file), client, batch_id)
    erased = json.loads(cli("erase", "--doc-id", NAMES[0], env={**env, "EDGEBATCH_TOKEN": token}).stdout)
    assert erased["tenant"] == "lab" and erased["rows_removed"] >= 1
    assert all(Path(own, f["key"]).is_file() for f in erased["files"])
    assert NAMES[0] not in client.results(batch_id).column("doc_id").to_pylist()
