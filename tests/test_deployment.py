from __future__ import annotations

import configparser
import os
import shlex
import shutil
import subprocess
import sys

import pytest
import yaml

from .conftest import REPO

COMPOSE_ENV = {"EDGEBATCH_REDIS_PASSWORD": "test-only", "MINIO_ROOT_PASSWORD": "test-only-minio",
               "EDGEBATCH_FLOWER_BASIC_AUTH": "ops:test-only"}
needs_compose = pytest.mark.skipif(shutil.which("docker-compose") is None,
                                   reason="docker-compose not installed (.ci/run installs Debian's docker-compose)")


def _compose(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in COMPOSE_ENV}
    return subprocess.run(["docker-compose", "-f", str(REPO / "docker-compose.yml"), *args],
                          capture_output=True, text=True, env={**clean, **env})


@needs_compose
def test_docker_compose_file_validates() -> None:
    result = _compose("config", "-q", env=COMPOSE_ENV)
    assert result.returncode == 0, result.stderr


@needs_compose
def test_compose_refuses_to_start_without_secrets() -> None:
    for missing in COMPOSE_ENV:
        result = _compose("config", "-q", env={k: v for k, v in COMPOSE_ENV.items() if k != missing})
        assert result.returncode != 0 and missing in result.stderr


@needs_compose
def test_compose_has_aof_broker_locked_audit_bucket_pinned_workers_beat_and_flower() -> None:
    result = _compose("config", env=COMPOSE_ENV)
    assert result.returncode == 0, result.stderr
    services = yaml.safe_load(result.stdout)["services"]
    redis_cmd = services["redis"]["command"]
    assert "--appendonly" in redis_cmd and "--requirepass" in redis_cmd
    assert ":latest" not in services["minio"]["image"] and "RELEASE." in services["minio"]["image"]
    assert "--with-lock local/edgebatch-data" in " ".join(services["buckets"]["command"])
    worker_env = services["worker-0"]["environment"]
    assert worker_env["EDGEBATCH_STORAGE_URL"].startswith("s3://edgebatch-data/")
    assert worker_env["EDGEBATCH_S3_ENDPOINT"] == "minio:9000"
    workers = {name: s for name, s in services.items() if name.startswith("worker-")}
    assert len(workers) >= 2 and len({s["cpuset"] for s in workers.values()}) == len(workers)
    assert services["beat"]["command"] == ["beat"]
    assert services["flower"]["command"][0] == "flower"
    assert services["flower"]["environment"]["EDGEBATCH_FLOWER_BASIC_AUTH"] == "ops:test-only"


def test_worker_entrypoint_is_executable_and_posix_sh() -> None:
    entrypoint = REPO / "workers" / "entrypoint.sh"
    assert os.access(entrypoint, os.X_OK)
    assert subprocess.run(["sh", "-n", str(entrypoint)]).returncode == 0


def test_systemd_unit_runs_a_pinned_worker_with_options_the_cli_knows() -> None:
    unit = configparser.ConfigParser(interpolation=None, strict=False)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(REPO / "workers" / "edgebatch-worker@.service")
    service = unit["Service"]
    command = shlex.split(service["ExecStart"])
    assert command[1:3] == ["worker", "--cpus"] and command[3] == "%i" and service["CPUAffinity"] == "%i"
    assert service["KillSignal"] == "SIGTERM" and service["User"] != "root"
    help_text = subprocess.run([sys.executable, "-m", "edgebatch", "worker", "--help"], capture_output=True, text=True,
                               cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}).stdout
    assert all(option in help_text for option in command if option.startswith("--"))
