"""Flower against a real broker and a real worker: auth required, workers and queues listed, contents hidden."""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from edgebatch.api import stop_process
from edgebatch.monitor import HIDDEN, hide_task_content

from .conftest import REPO, SAMPLES, cli


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str, auth: str | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url)
    if auth:
        request.add_header("Authorization", "Basic " + base64.b64encode(auth.encode()).decode())
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


class FlowerProcess:
    def __init__(self, env: dict[str, str], log: Path, *args: str) -> None:
        self.port = _free_port()
        self.handle = open(log, "wb")
        self.log = log
        self.process = subprocess.Popen([sys.executable, "-m", "edgebatch", "flower", "--port", str(self.port), *args],
                                        env={**os.environ, **env}, stdout=self.handle, stderr=subprocess.STDOUT,
                                        cwd=REPO, start_new_session=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            assert self.process.poll() is None, log.read_text()
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.2)
        raise TimeoutError(log.read_text())

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def stop(self) -> None:
        stop_process(self.process)  # type: ignore[arg-type]
        self.handle.close()


@pytest.fixture
def flower(env: dict[str, str], tmp_path: Path) -> Iterator[object]:
    started: list[FlowerProcess] = []

    def start(*args: str, extra_env: dict[str, str] | None = None) -> FlowerProcess:
        process = FlowerProcess({**env, **(extra_env or {})}, tmp_path / f"flower-{len(started)}.log", *args)
        started.append(process)
        return process

    yield start
    for process in started:
        process.stop()


def test_flower_refuses_to_start_without_credentials(env: dict[str, str]) -> None:
    result = cli("flower", "--port", str(_free_port()), env=env, check=False, timeout=60)
    assert result.returncode == 2
    assert "EDGEBATCH_FLOWER_BASIC_AUTH" in result.stderr
    bad = cli("flower", "--basic-auth", "only-a-user", env=env, check=False, timeout=60)
    assert bad.returncode == 2 and "USER:PASSWORD" in bad.stderr


def test_flower_requires_auth_lists_the_worker_and_hides_task_arguments(env: dict[str, str], start_worker,
                                                                          flower, tmp_path: Path) -> None:
    worker = start_worker("--procs", "1", "--cpus", "0", name="w0@flowertest")
    monitor = flower(extra_env={"EDGEBATCH_FLOWER_BASIC_AUTH": "ops:s3cret"})
    worker.wait_ready()
    assert _get(monitor.url("/api/workers"))[0] == 401
    assert _get(monitor.url("/api/workers"), "ops:wrong")[0] == 401
    assert _get(monitor.url("/"))[0] == 401

    folder = tmp_path / "docs"
    folder.mkdir()
    for name in sorted(p.name for p in SAMPLES.glob("*.txt"))[:3]:
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    batch_id = cli("submit", str(folder), "--pipeline", "radiology", env=env).stdout.strip()
    assert json.loads(cli("status", batch_id, "--watch", "--json", env=env).stdout)["status"] == "completed"

    deadline = time.monotonic() + 30
    workers: dict = {}
    tasks: dict = {}
    while time.monotonic() < deadline:
        status, body = _get(monitor.url("/api/workers?refresh=1"), "ops:s3cret")
        assert status == 200
        workers = json.loads(body)
        tasks = json.loads(_get(monitor.url("/api/tasks"), "ops:s3cret")[1])
        queues = {q["name"] for q in workers.get("w0@flowertest", {}).get("active_queues") or []}
        if queues and any(t.get("state") == "SUCCESS" for t in tasks.values()):
            break
        time.sleep(1)
    assert {"edgebatch.model", "edgebatch.control"} <= queues, workers
    shard_tasks = [t for t in tasks.values() if t["name"] == "edgebatch.process_shard"]
    assert shard_tasks and all(t["state"] == "SUCCESS" for t in shard_tasks), tasks
    assert all(t["args"] == HIDDEN and t["result"] == HIDDEN for t in shard_tasks)
    assert batch_id not in json.dumps(tasks)
    task_id = shard_tasks[0]["uuid"]
    page = _get(monitor.url(f"/task/{task_id}"), "ops:s3cret")
    assert page[0] == 200 and batch_id.encode() not in page[1]
    metrics = _get(monitor.url("/metrics"))[1].decode()
    assert 'flower_events_total{task="edgebatch.process_shard"' in metrics


def test_insecure_local_binds_loopback_only_and_opens_the_api(env: dict[str, str], flower) -> None:
    monitor = flower("--insecure-local")
    assert _get(monitor.url("/api/workers"))[0] == 200
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:  # this host's outward address, if any
        try:
            probe.connect(("10.255.255.255", 1))
            outward = probe.getsockname()[0]
        except OSError:
            outward = None
    if outward and not outward.startswith("127."):
        with pytest.raises(OSError):
            socket.create_connection((outward, monitor.port), timeout=1).close()


def test_config_masks_the_flower_password(env: dict[str, str]) -> None:
    shown = json.loads(cli("config", env={**env, "EDGEBATCH_FLOWER_BASIC_AUTH": "ops:s3cret-pw"}).stdout)
    assert shown["flower_basic_auth"] == "ops:****"


def test_format_task_blanks_arguments_and_results() -> None:
    from celery.events.state import Task

    task = Task(uuid="1", name="edgebatch.process_shard", args="('b1', 0)", kwargs="{}", result="{'succeeded': 8}")
    shown = hide_task_content(task)
    assert (shown.args, shown.result, shown.name) == (HIDDEN, HIDDEN, "edgebatch.process_shard")
