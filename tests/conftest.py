"""Shared fixtures: every test gets its own data dir, and with it its own embedded broker."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from edgebatch.broker import EmbeddedBroker
from edgebatch.config import Settings

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples" / "radiology"
SHARED_DATA = REPO.parent / "shared" / "data"
GOLD = json.loads((REPO / "tests" / "data" / "radiology_samples_gold.json").read_text())


THREE_SAMPLES = ["001-chest-xray.txt", "002-ct-head.txt", "005-mri-brain.txt"]


@pytest.fixture
def three_samples(tmp_path: Path) -> Path:
    """A folder holding three of the radiology samples (``THREE_SAMPLES``)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in THREE_SAMPLES:
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    return folder


def gold_for(doc_id: str) -> dict:
    """Gold labels and planted PII of a sample (JSONL documents are keyed by custom_id)."""
    if doc_id in GOLD:
        return GOLD[doc_id]
    matches = [v for k, v in GOLD.items() if k.endswith("#" + doc_id)]
    assert len(matches) == 1, doc_id
    return matches[0]


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """EDGEBATCH_* variables for this test (own data dir, scripted engine); the broker is stopped after."""
    values = {"EDGEBATCH_DATA_DIR": str(tmp_path / "data"), "EDGEBATCH_ENGINE": "fake"}
    for key in [k for k in os.environ if k.startswith("EDGEBATCH_")]:
        monkeypatch.delenv(key)
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    yield values
    EmbeddedBroker(tmp_path / "data").stop()


@pytest.fixture
def settings(env: dict[str, str]) -> Settings:
    return Settings.load()


def cli(*args: str, env: dict[str, str], timeout: float = 600, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run ``python -m edgebatch ARGS`` as a user would."""
    result = subprocess.run([sys.executable, "-m", "edgebatch", *args], capture_output=True, text=True,
                            env={**os.environ, **env}, timeout=timeout, cwd=REPO)
    if check and result.returncode != 0:
        raise AssertionError(f"edgebatch {' '.join(args)} exited {result.returncode}:\n{result.stderr}")
    return result


class WorkerProcess:
    """A real ``edgebatch worker`` in its own process group, with its log captured."""

    def __init__(self, env: dict[str, str], log: Path, *extra: str) -> None:
        self.log = log
        self.handle = open(log, "wb")
        self.process = subprocess.Popen([sys.executable, "-m", "edgebatch", "worker", *extra],
                                        env={**os.environ, **env}, stdout=self.handle, stderr=subprocess.STDOUT,
                                        cwd=REPO, start_new_session=True)

    def wait_ready(self, timeout_s: float = 120) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if b" ready." in self.log.read_bytes():
                return
            assert self.process.poll() is None, self.log.read_text()
            time.sleep(0.1)
        raise TimeoutError(self.log.read_text())

    def stop(self) -> None:
        from edgebatch.api import stop_process

        stop_process(self.process)
        self.handle.close()


@pytest.fixture
def start_worker(env: dict[str, str], tmp_path: Path) -> Iterator[object]:
    workers: list[WorkerProcess] = []

    def start(*extra: str, name: str | None = None) -> WorkerProcess:
        log = tmp_path / f"worker-{len(workers)}.log"
        worker = WorkerProcess(env, log, *extra, *(["--name", name] if name else []))
        workers.append(worker)
        return worker

    yield start
    for worker in workers:
        worker.stop()


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real S3 endpoint over HTTP: ``moto_server`` on a free port, stopped after the session."""
    yield from moto_server(tmp_path_factory.mktemp("moto"))


def moto_server(folder: Path, **env: str) -> Iterator[str]:
    """Run ``moto_server`` (its log and any files it writes in ``folder``; ``env`` added to its
    environment); yield its ``host:port`` until the generator is closed."""
    import shutil
    import urllib.request

    from edgebatch.api import stop_process

    exe = shutil.which("moto_server") or str(Path(sys.executable).with_name("moto_server"))
    port = _free_port()
    log = open(folder / "moto.log", "wb")
    process = subprocess.Popen([exe, "-H", "127.0.0.1", "-p", str(port)], stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True, cwd=folder, env={**os.environ, **env})
    endpoint = f"127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"http://{endpoint}/", timeout=1).close()
            break
        except Exception:
            assert process.poll() is None, "moto_server exited"
            if time.monotonic() > deadline:
                raise TimeoutError("moto_server did not start")
            time.sleep(0.1)
    try:
        yield endpoint
    finally:
        stop_process(process, timeout_s=5)
        log.close()


@pytest.fixture
def s3_env(env: dict[str, str], s3_server: str, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> dict[str, str]:
    """``env`` with storage in a fresh bucket of the moto S3 endpoint."""
    import hashlib

    bucket = "eb-" + hashlib.sha256(f"{request.node.nodeid}{time.time_ns()}".encode()).hexdigest()[:16]
    values = {"EDGEBATCH_STORAGE_URL": f"s3://{bucket}/edgebatch", "EDGEBATCH_S3_ENDPOINT": s3_server,
              "EDGEBATCH_S3_ACCESS_KEY": "testing", "EDGEBATCH_S3_SECRET_KEY": "testing-secret",
              "EDGEBATCH_S3_SECURE": "false", "EDGEBATCH_S3_REGION": "us-east-1"}
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    env.update(values)
    return env


LLAMA_SERVER_KEY = "test-key-not-a-secret"


@pytest.fixture(scope="session")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A real OpenAI-compatible endpoint: ``python -m llama_cpp.server`` with the default model
    (located and sha256-checked through the registry, as workers do), 1 thread, API key
    ``LLAMA_SERVER_KEY`` enforced. Its log stays in the session's temp dir (path in ``.log``)."""
    from edgebatch.models import BUNDLED_REGISTRY, get_model, model_path

    from .helpers.llama_server import LlamaServer

    try:
        import fastapi  # noqa: F401
        import sse_starlette  # noqa: F401
        import starlette_context  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        pytest.fail(f"llama_cpp.server needs its web stack: pip install -e .[llama-server] ({exc})")
    base = tmp_path_factory.mktemp("llama-server")
    settings = Settings.load(data_dir=base / "data", models_dir=base / "models", models_file=BUNDLED_REGISTRY,
                             model="gemma3-270m")
    path = model_path(settings, get_model(settings))
    server = LlamaServer(path, base / "llama-server.log", api_key=LLAMA_SERVER_KEY)
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()
