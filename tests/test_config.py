from __future__ import annotations

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
