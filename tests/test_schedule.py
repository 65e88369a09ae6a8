"""Schedules with a real broker: cron in a time zone, one beat, missed runs caught up once, only new documents."""

from __future__ import annotations

import json
import socket
import subprocess
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import boto3
import pytest

from edgebatch import constants as keys
from edgebatch.app import configure
from edgebatch.batch import BatchState
from edgebatch.broker import broker_url, redis_client
from edgebatch.config import Settings
from edgebatch.errors import ConfigError
from edgebatch.pipeline import load_spec
from edgebatch.schedule import BrokerScheduler, next_run, run_scheduled
from edgebatch.storage import open_storage

from .conftest import REPO, SAMPLES, cli


def _nightly_spec(folder: Path, cron: str = "30 2 * * *", tz: str = "Europe/Paris") -> Path:
    text = (REPO / "pipelines" / "radiology.yaml").read_text()
    text = text.replace("name: radiology", "name: nightly").replace(
        "prompts/radiology_summary.txt", str(REPO / "pipelines" / "prompts" / "radiology_summary.txt"))
    path = folder / "nightly.yaml"
    path.write_text(text + f"\nschedule: {{cron: '{cron}', timezone: {tz}}}\nsource: inbox\n")
    return path


def test_schedule_is_validated_and_next_run_is_in_its_time_zone(tmp_path: Path) -> None:
    spec = load_spec(_nightly_spec(tmp_path))
    when = next_run(spec, datetime(2026, 6, 10, 12, 0, tzinfo=UTC))
    assert when == datetime(2026, 6, 11, 2, 30, tzinfo=ZoneInfo("Europe/Paris"))
    assert next_run(spec, when) == datetime(2026, 6, 12, 2, 30, tzinfo=ZoneInfo("Europe/Paris"))
    assert spec.source_path() == tmp_path / "inbox"
    with pytest.raises(ConfigError, match="cron needs 5 fields"):
        load_spec(_nightly_spec(tmp_path, cron="30 2 * *"))
    with pytest.raises(ConfigError, match="unknown time zone"):
        load_spec(_nightly_spec(tmp_path, tz="Mars/Olympus"))


def test_one_beat_sends_a_missed_run_once_and_a_second_beat_waits(env: dict[str, str], tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDGEBATCH_PIPELINES_DIR", str(tmp_path))
    _nightly_spec(tmp_path, cron="0 3 * * *", tz="UTC")
    settings = Settings.load()
    app = configure(settings, broker_url(settings))
    client = redis_client(broker_url(settings))
    three_days_ago = datetime.now(UTC) - timedelta(days=3)
    client.hset(keys.BEAT_LAST_RUN, "pipeline:nightly", three_days_ago.isoformat())

    first = BrokerScheduler(app, settings=settings)
    second = BrokerScheduler(app, settings=settings)
    try:
        for _ in range(3):
            first.tick()
            second.tick()
        assert first.holds_lock and not second.holds_lock
        assert client.llen(keys.CONTROL_QUEUE) == 1, "three missed nights must be caught up by one run"
        message = json.loads(client.lindex(keys.CONTROL_QUEUE, 0))
        assert message["headers"]["task"] == "edgebatch.scheduled_run"
        last = datetime.fromisoformat(client.hget(keys.BEAT_LAST_RUN, "pipeline:nightly"))
        assert abs((datetime.now(UTC) - last).total_seconds()) < 60
        assert client.pttl(keys.BEAT_LOCK) > 0
    finally:
        first.close()
    second.tick()
    assert second.holds_lock, "the waiting beat takes over once the first is gone"
    assert client.llen(keys.CONTROL_QUEUE) == 1
    second.close()
    assert client.get(keys.BEAT_LOCK) is None
    listed = json.loads(cli("schedules", "--json", env={**env, "EDGEBATCH_PIPELINES_DIR": str(tmp_path)}).stdout)
    assert [(r["pipeline"], r["cron"]) for r in listed] == [("nightly", "0 3 * * *")]
    assert listed[0]["next_run"].endswith("T03:00:00+00:00")


def test_scheduled_runs_submit_only_new_or_changed_documents(env: dict[str, str], start_worker, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    env["EDGEBATCH_PIPELINES_DIR"] = str(tmp_path)
    monkeypatch.setenv("EDGEBATCH_PIPELINES_DIR", str(tmp_path))
    _nightly_spec(tmp_path)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    names = sorted(p.name for p in SAMPLES.glob("*.txt"))[:4]
    for name in names[:3]:
        (inbox / name).write_bytes((SAMPLES / name).read_bytes())
    settings = Settings.load()
    configure(settings, broker_url(settings))
    client = redis_client(broker_url(settings))
    from edgebatch.api import EdgeBatch
    from edgebatch.tasks import scheduled_run

    eb = EdgeBatch(settings)
    worker = start_worker("--procs", "1", "--cpus", "0")
    worker.wait_ready()

    def night() -> str | None:
        before = client.get(keys.schedule_pending_key("nightly"))
        scheduled_run.delay("nightly")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            pending = client.get(keys.schedule_pending_key("nightly"))
            if pending != before:
                return pending
            if b"scheduled run: nothing new" in worker.log.read_bytes() and before is not None and pending is None:
                return None
            time.sleep(0.2)
        raise TimeoutError(worker.log.read_text())

    first = night()
    assert first and eb.wait(first, timeout_s=60)["total_docs"] == 3
    (inbox / names[0]).write_text((SAMPLES / names[0]).read_text() + "\nADDENDUM: no change.")
    (inbox / names[3]).write_bytes((SAMPLES / names[3]).read_bytes())
    second = night()
    assert second and second != first
    record = eb.wait(second, timeout_s=60)
    assert record["total_docs"] == 2
    store = Path(env["EDGEBATCH_DATA_DIR"]) / "store"
    manifest = json.loads((store / "batches" / second / "manifest.json").read_text())
    assert sorted(d["doc_id"] for d in manifest["documents"]) == sorted([names[0], names[3]])
    assert night() is None, "nothing changed: no batch"
    assert client.hlen(keys.schedule_seen_key("nightly")) == 4


def test_an_s3_source_is_read_from_a_real_s3_endpoint(env: dict[str, str], tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(["moto_server", "-H", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        endpoint = f"http://127.0.0.1:{port}"
        for key, value in {"AWS_ENDPOINT_URL": endpoint, "AWS_ACCESS_KEY_ID": "test",
                           "AWS_SECRET_ACCESS_KEY": "test", "AWS_DEFAULT_REGION": "us-east-1"}.items():
            monkeypatch.setenv(key, value)
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "moto_server did not start"
                time.sleep(0.2)
        s3 = boto3.client("s3", endpoint_url=endpoint)
        s3.create_bucket(Bucket="reports")
        names = sorted(p.name for p in SAMPLES.glob("*.txt"))[:2]
        for name in names:
            s3.put_object(Bucket="reports", Key=f"incoming/{name}", Body=(SAMPLES / name).read_bytes())
        s3.put_object(Bucket="reports", Key="other/ignored.txt", Body=b"FINDINGS: not in the prefix.")
        spec_path = _nightly_spec(tmp_path)
        spec_path.write_text(spec_path.read_text().replace("source: inbox", "source: s3://reports/incoming"))
        spec = load_spec(spec_path)
        settings = Settings.load()
        configure(settings, broker_url(settings))
        state = BatchState(redis_client(broker_url(settings)))
        storage = open_storage(settings.effective_storage_url)
        batch_id = run_scheduled(settings, spec, state=state, storage=storage)
        assert batch_id
        manifest = json.loads(storage.get(f"batches/{batch_id}/manifest.json"))
        assert sorted(d["doc_id"] for d in manifest["documents"]) == names
        assert state.redis.get(keys.schedule_pending_key("nightly")) == batch_id
    finally:
        server.terminate()
        server.wait(10)
