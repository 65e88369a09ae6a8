from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from edgebatch.config import Settings, mask_secrets
from edgebatch.errors import ConfigError

from .conftest import cli


def test_settings_come_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EDGEBATCH_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("EDGEBATCH_MAX_PARALLEL", "4")
    settings = Settings.load()
    assert settings.resolved_data_dir == tmp_path.resolve()
    assert settings.max_parallel == 4
    assert settings.effective_storage_url == (tmp_path / "store").resolve().as_uri()


def test_yaml_file_is_read_and_environment_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = tmp_path / "edgebatch.yaml"
    config.write_text("max_parallel: 2\nworker_procs: 2\n")
    monkeypatch.setenv("EDGEBATCH_CONFIG", str(config))
    monkeypatch.setenv("EDGEBATCH_WORKER_PROCS", "1")
    settings = Settings.load()
    assert settings.max_parallel == 2
    assert settings.worker_procs == 1


def test_unknown_yaml_key_is_rejected(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = tmp_path / "edgebatch.yaml"
    config.write_text("max_paralel: 2\n")
    monkeypatch.setenv("EDGEBATCH_CONFIG", str(config))
    with pytest.raises(ConfigError, match="max_paralel"):
        Settings.load()


def test_invalid_value_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDGEBATCH_WORKER_PROCS", "zero")
    with pytest.raises(ConfigError, match="worker_procs"):
        Settings.load()


def test_secrets_are_masked() -> None:
    assert mask_secrets("redis://:hunter2@broker:6379/0") == "redis://:****@broker:6379/0"
    assert mask_secrets("rediss://user:pw@h:1") == "rediss://user:****@h:1"


def test_config_command_masks_the_broker_password(env: dict[str, str]) -> None:
    shown = cli("config", env={**env, "EDGEBATCH_BROKER_URL": "redis://:hunter2@10.0.0.1:6379/0"}).stdout
    assert "hunter2" not in shown
    assert "****" in shown


def _secret_file(path: Path, value: str, mode: int) -> Path:
    path.write_text(value + "\n")
    path.chmod(mode)
    return path


def test_secrets_are_read_from_private_files_and_never_shown(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EDGEBATCH_S3_SECRET_KEY_FILE", str(_secret_file(tmp_path / "s3", "s3-Secret-42", 0o600)))
    monkeypatch.setenv("EDGEBATCH_BROKER_URL", "redis://broker:6379/0")
    monkeypatch.setenv("EDGEBATCH_BROKER_PASSWORD_FILE", str(_secret_file(tmp_path / "pw", "br0ker-pw", 0o400)))
    settings = Settings.load()
    assert settings.s3_secret_key.get_secret_value() == "s3-Secret-42"
    assert settings.broker_password.get_secret_value() == "br0ker-pw"
    shown = json.dumps(settings.masked())
    assert "s3-Secret-42" not in shown and "br0ker-pw" not in shown
    child = settings.as_env()  # worker pools read the files themselves: no secret in their environment
    assert "EDGEBATCH_S3_SECRET_KEY" not in child and "EDGEBATCH_BROKER_PASSWORD" not in child
    assert child["EDGEBATCH_S3_SECRET_KEY_FILE"] == str(tmp_path / "s3")
    monkeypatch.setattr("os.environ", {**os.environ, **child})
    assert Settings.load().s3_secret_key.get_secret_value() == "s3-Secret-42"


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660, 0o620])
def test_secret_files_open_to_group_or_others_are_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                            mode: int) -> None:
    path = _secret_file(tmp_path / "secret", "hunter2", mode)
    monkeypatch.setenv("EDGEBATCH_S3_SECRET_KEY_FILE", str(path))
    with pytest.raises(ConfigError, match=rf"open to group/others \(mode 0{mode:o}\).*chmod 600") as caught:
        Settings.load()
    assert "hunter2" not in str(caught.value)


def test_a_secret_given_twice_or_empty_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EDGEBATCH_S3_SECRET_KEY_FILE", str(_secret_file(tmp_path / "s", "a", 0o600)))
    monkeypatch.setenv("EDGEBATCH_S3_SECRET_KEY", "b")
    with pytest.raises(ConfigError, match="not both"):
        Settings.load()
    monkeypatch.delenv("EDGEBATCH_S3_SECRET_KEY")
    monkeypatch.setenv("EDGEBATCH_S3_SECRET_KEY_FILE", str(_secret_file(tmp_path / "e", "  ", 0o600)))
    with pytest.raises(ConfigError, match="is empty"):
        Settings.load()
    monkeypatch.setenv("EDGEBATCH_S3_SECRET_KEY_FILE", str(tmp_path / "missing"))
    with pytest.raises(ConfigError, match="cannot read"):
        Settings.load()


def test_a_config_file_holding_secrets_must_be_private(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = tmp_path / "edgebatch.yaml"
    config.write_text("s3_secret_key: from-yaml\n")
    config.chmod(0o644)
    monkeypatch.setenv("EDGEBATCH_CONFIG", str(config))
    with pytest.raises(ConfigError, match="EDGEBATCH_CONFIG .*s3_secret_key.*chmod 600"):
        Settings.load()
    config.chmod(0o600)
    assert Settings.load().s3_secret_key.get_secret_value() == "from-yaml"


def test_validation_errors_never_echo_secret_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDGEBATCH_S3_SECRET_KEY", "hunter2-secret")
    monkeypatch.setenv("EDGEBATCH_S3_RETRIES", "many")
    with pytest.raises(ConfigError) as caught:
        Settings.load()
    assert "s3_retries" in str(caught.value) and "hunter2" not in str(caught.value)


def test_external_broker_urls_get_the_password_and_verified_tls(tmp_path: Path) -> None:
    from urllib.parse import parse_qs, urlsplit

    import redis
    from kombu.utils.url import parse_url

    from edgebatch.broker import external_url

    ca = tmp_path / "ca.pem"
    settings = Settings.load(broker_url="rediss://ops@redis.internal:6380/1", broker_password="p@ss:w/rd#1",
                             broker_tls_ca_file=ca, broker_tls_cert_file=tmp_path / "client.pem")
    url = external_url(settings)
    assert urlsplit(url).scheme == "rediss" and "p@ss" not in url  # quoted
    assert parse_qs(urlsplit(url).query) == {"ssl_cert_reqs": ["required"], "ssl_ca_certs": [str(ca)],
                                             "ssl_certfile": [str(tmp_path / "client.pem")]}
    client = redis.Redis.from_url(url).connection_pool.connection_kwargs  # redis-py (batch state)
    assert (client["password"], client["username"], client["ssl_cert_reqs"], client["ssl_ca_certs"]) == (
        "p@ss:w/rd#1", "ops", "required", str(ca))
    kombu = parse_url(url)  # Celery's transport
    assert kombu["password"] == "p@ss:w/rd#1" and kombu["ssl"]["ssl_ca_certs"] == str(ca)
    import ssl

    assert kombu["ssl"]["ssl_cert_reqs"] == ssl.CERT_REQUIRED
    assert "p@ss" not in json.dumps(settings.masked()) and mask_secrets(url).count("****") == 1
    plain = Settings.load(broker_url="redis://:inline@10.0.0.1:6379/0")
    assert external_url(plain) == "redis://:inline@10.0.0.1:6379/0"


@pytest.mark.parametrize("url,settings_kw,message", [
    ("rediss://h:6380/0?ssl_cert_reqs=none", {}, "verifies the broker's TLS certificate"),
    ("rediss://h:6380/0?ssl_cert_reqs=CERT_OPTIONAL", {}, "verifies the broker's TLS certificate"),
    ("redis://h:6379/0", {"broker_tls_ca_file": "/x/ca.pem"}, "need a rediss://"),
    ("redis://:inline@h:6379/0", {"broker_password": "other"}, "already holds a password"),
    ("http://h:6379/0", {}, "must start with redis:// or rediss://"),
])
def test_unsafe_or_inconsistent_broker_settings_are_refused(url: str, settings_kw: dict, message: str) -> None:
    from edgebatch.broker import external_url

    with pytest.raises(ConfigError, match=message):
        external_url(Settings.load(broker_url=url, **settings_kw))


def test_a_broker_password_needs_an_external_broker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDGEBATCH_BROKER_PASSWORD", "x")
    with pytest.raises(ConfigError, match="external broker"):
        Settings.load()
