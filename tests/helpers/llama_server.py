"""llama-cpp-python's OpenAI-compatible server (``python -m llama_cpp.server``) as a test fixture.

Started on a free loopback port with one thread (the machine is shared), an API key it
enforces, and its output kept in a log file; ``stop()`` ends its process group.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

MODEL_ALIAS = "gemma3-270m"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LlamaServer:
    def __init__(self, model_path: Path, log: Path, *, api_key: str, n_ctx: int = 2048) -> None:
        self.model_path = model_path
        self.log = log
        self.api_key = api_key
        self.n_ctx = n_ctx
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}/v1"
        self.model = MODEL_ALIAS
        self._log_handle = open(log, "wb")
        command = [sys.executable, "-m", "llama_cpp.server", "--model", str(model_path), "--model_alias", MODEL_ALIAS,
                   "--host", "127.0.0.1", "--port", str(self.port), "--n_ctx", str(n_ctx), "--n_threads", "1",
                   "--n_threads_batch", "1", "--api_key", api_key]
        self.process = subprocess.Popen(command, stdout=self._log_handle, stderr=subprocess.STDOUT,
                                        start_new_session=True)

    def wait_ready(self, timeout_s: float = 120) -> None:
        deadline = time.monotonic() + timeout_s
        request = urllib.request.Request(f"{self.base_url}/models", headers={"Authorization": f"Bearer {self.api_key}"})
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"llama_cpp.server exited {self.process.returncode}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(request, timeout=2) as resp:
                    if MODEL_ALIAS in {m["id"] for m in json.loads(resp.read())["data"]}:
                        return
            except (OSError, urllib.error.URLError, ValueError):
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(f"llama_cpp.server not ready after {timeout_s}s:\n{self.log_tail()}")
            time.sleep(0.2)

    def post(self, path: str, body: dict) -> dict:
        """A raw request to the server (for reference answers), with the key."""
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", data=json.dumps(body).encode(),
                                         headers={"Authorization": f"Bearer {self.api_key}",
                                                  "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=120) as resp:
            return dict(json.loads(resp.read()))

    def log_tail(self, n: int = 40) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])

    def stop(self) -> None:
        from edgebatch.api import stop_process

        stop_process(self.process, timeout_s=10)
        self._log_handle.close()
