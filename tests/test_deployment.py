from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from .conftest import REPO


@pytest.mark.skipif(shutil.which("docker-compose") is None,
                    reason="docker-compose not installed (.ci/run installs Debian's docker-compose)")
def test_docker_compose_file_validates() -> None:
    env = {**os.environ, "EDGEBATCH_REDIS_PASSWORD": "test-only"}
    result = subprocess.run(["docker-compose", "-f", str(REPO / "docker-compose.yml"), "config", "-q"],
                            capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr


def test_worker_entrypoint_is_executable_and_posix_sh() -> None:
    entrypoint = REPO / "workers" / "entrypoint.sh"
    assert os.access(entrypoint, os.X_OK)
    assert subprocess.run(["sh", "-n", str(entrypoint)]).returncode == 0
