"""Privacy: planted personal data never leaves the staging area, which is deleted after the batch.

The fast twin of the scan in ``test_real_model.py``: the scripted engine, a real worker with JSON
logs, Flower with basic auth watching, the embedded broker with its append-only file. Every byte
EdgeBatch wrote is scanned: every file under the data dir (Parquet decoded too), the broker's
live keys and values, its AOF (every message ever queued, base64 bodies decoded), the worker,
Flower and broker logs, Flower's API and pages, and the CLI's output.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import shutil
import time
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import redis

from edgebatch.broker import EmbeddedBroker

from ..conftest import REPO, SAMPLES, cli, gold_for
from ..test_monitor import FlowerProcess, _get

pytestmark = pytest.mark.e2e
AUTH = "ops:flower-pw-1"
EXTRA_PII = ["Zebulon Quixote-Featherstonehaugh", "Featherstonehaugh", "(617) 555-0143", "617-555-0143",
             "z.featherstone@example.net", "219-09-9999", "MRN 77120394", "77120394"]
_BASE64 = re.compile(rb"[A-Za-z0-9+/]{24,}={0,2}")


def _planted_corpus(folder: Path) -> list[str]:
    """The bundled samples (known PII, by gold) plus documents that fail with PII inside."""
    shutil.copytree(SAMPLES, folder)
    pii = [value for path in SAMPLES.iterdir() if path.suffix in (".txt", ".md")
           for value in gold_for(path.name)["pii"]]
    for line in (SAMPLES / "batch-024.jsonl").read_text().splitlines():
        pii += gold_for(json.loads(line)["custom_id"])["pii"]
    secret = ("PATIENT: Zebulon Quixote-Featherstonehaugh  MRN 77120394  SSN 219-09-9999\n"
              "Phone (617) 555-0143, z.featherstone@example.net\nFINDINGS: Small left effusion.\n")
    (folder / "latin1.txt").write_bytes((secret + "Caf\xe9\n").encode("latin-1"))  # undecodable -> error row
    (folder / "bad.jsonl").write_text('{"custom_id": "x1", "text": "' + secret.replace("\n", " ") + '"\n'  # no }
                                      + json.dumps({"custom_id": "617-555-0143-ok", "text": "x"})[:-1] + "\n")
    (folder / "big.txt").write_text(secret * 200_000)  # over the size limit
    (folder / "secret.json").write_text('{"text": "' + secret.replace("\n", "\\n") + '"}')  # succeeds
    return sorted(set(pii + EXTRA_PII), key=len, reverse=True)


def _decoded(blob: bytes) -> list[bytes]:
    """``blob`` and the base64 runs inside it, decoded (kombu stores message bodies in base64)."""
    out = [blob]
    for match in _BASE64.finditer(blob):
        try:
            out.append(base64.b64decode(match.group(), validate=True))
        except (binascii.Error, ValueError):
            continue
    return out


def _files(data: Path) -> dict[str, bytes]:
    blobs: dict[str, bytes] = {}
    for path in data.rglob("*"):
        if not path.is_file() or "models" in path.relative_to(data).parts:
            continue
        blobs[str(path)] = path.read_bytes()
        if path.suffix == ".parquet":
            rows = pq.read_table(path).to_pylist()
            blobs[f"{path} (decoded)"] = json.dumps(rows, default=str, ensure_ascii=False).encode()
    return blobs


def _broker_contents(url: str) -> bytes:
    client = redis.Redis.from_url(url)
    out = []
    for key in client.scan_iter(count=1000):
        kind = bytes(client.type(key))
        readers = {b"string": client.get, b"list": lambda k: client.lrange(k, 0, -1), b"hash": client.hgetall,
                   b"set": client.smembers, b"zset": lambda k: client.zrange(k, 0, -1)}
        value: object = readers.get(kind, client.dump)(key)
        out.append(key + b" " + repr(value).encode())
    return b"\n".join(out)


def _flower_views(monitor: FlowerProcess) -> dict[str, bytes]:
    views = {}
    for path in ("/api/tasks", "/api/workers?refresh=1", "/api/queues/length", "/api/task/types", "/", "/tasks",
                 "/workers", "/broker", "/metrics", "/api/tasks?limit=1000&state=SUCCESS",
                 "/tasks/datatable?draw=1&start=0&length=1000&search%5Bvalue%5D=&order%5B0%5D%5Bcolumn%5D=0"
                 "&columns%5B0%5D%5Bdata%5D=name&order%5B0%5D%5Bdir%5D=asc"):
        status, body = _get(monitor.url(path), AUTH)
        assert status == 200, (path, status)
        views[f"flower {path}"] = body
    tasks = json.loads(views["flower /api/tasks"])
    assert tasks, "Flower saw no tasks"
    for name in json.loads(views["flower /api/workers?refresh=1"]):
        views[f"flower /worker/{name}"] = _get(monitor.url(f"/worker/{name}"), AUTH)[1]
    for task_id in tasks:
        views[f"flower /api/task/info/{task_id}"] = _get(monitor.url(f"/api/task/info/{task_id}"), AUTH)[1]
        views[f"flower /task/{task_id}"] = _get(monitor.url(f"/task/{task_id}"), AUTH)[1]
    return views


def test_no_planted_pii_anywhere_edgebatch_wrote_except_the_deleted_staging(env: dict[str, str], start_worker,
                                                                           tmp_path: Path) -> None:
    pii = _planted_corpus(tmp_path / "docs")
    worker_env = {**env, "EDGEBATCH_LOG_FORMAT": "json"}
    from ..conftest import WorkerProcess

    worker = WorkerProcess(worker_env, tmp_path / "worker.log", "--procs", "1", "--cpus", "0", "--loglevel", "DEBUG")
    monitor = FlowerProcess({**env, "EDGEBATCH_FLOWER_BASIC_AUTH": AUTH}, tmp_path / "flower.log")
    try:
        worker.wait_ready()
        submitted = cli("submit", str(tmp_path / "docs"), "--pipeline", "radiology", env=env)
        batch_id = submitted.stdout.strip()
        status = cli("status", batch_id, "--watch", "--json", env=env)
        record = json.loads(status.stdout)
        assert record["status"] == "completed"
        assert (record["succeeded"], record["errored"]) == (28, 4)
        outputs = [cli("results", batch_id, "--dataset", name, "--format", "jsonl", "--text", env=env)
                   for name in ("results", "audit", "errors")]
        deadline = time.monotonic() + 30
        views = {}
        while time.monotonic() < deadline:
            views = _flower_views(monitor)
            if sum(b"SUCCESS" in v for k, v in views.items() if k.startswith("flower /api/task/info")) >= 4:
                break
            time.sleep(1)
        time.sleep(1.5)  # appendfsync everysec: let the AOF reach the disk
        broker_url = EmbeddedBroker(Path(env["EDGEBATCH_DATA_DIR"])).url()
        assert broker_url
        live = _broker_contents(broker_url)
    finally:
        worker.stop()
        monitor.stop()

    data = Path(env["EDGEBATCH_DATA_DIR"])
    assert not [p for p in (data / "store" / "staging").rglob("*") if p.is_file()], "staging must be deleted"
    blobs = _files(data)
    aof = [blob for name, blob in blobs.items() if "appendonly" in name]
    assert aof, "the broker's AOF must be scanned"
    bodies = [piece for blob in aof for piece in _decoded(blob)[1:]]
    assert any(f'[["{batch_id}", 0]'.encode() in piece for piece in bodies), "task bodies were not decoded"
    assert any(name.endswith(".parquet (decoded)") and "/errors/" in name for name in blobs)
    blobs.update(views)
    blobs["broker keys and values"] = live
    blobs["worker log"] = worker.log.read_bytes()
    blobs["flower log"] = monitor.log.read_bytes()
    blobs["cli output"] = "".join(r.stdout + r.stderr for r in (submitted, status, *outputs)).encode()
    assert b'"message"' in blobs["worker log"] and len(blobs["worker log"]) > 2000

    leaks = []
    patterns = [(v, re.compile(rb"(?<![A-Za-z0-9])" + re.escape(v.encode()) + rb"(?![A-Za-z0-9])", re.IGNORECASE))
                for v in pii]
    for where, blob in blobs.items():
        for piece in _decoded(blob):
            leaks += [(value, where) for value, pattern in patterns if pattern.search(piece)]
    assert not leaks, sorted(set(leaks))[:20]
    # The scan can see what it looks for: the same scan finds the PII in the input folder.
    planted = b"".join(p.read_bytes() for p in (tmp_path / "docs").rglob("*")
                       if p.is_file() and p.stat().st_size < 10**6)
    assert sum(bool(pattern.search(planted)) for _, pattern in patterns) >= len(pii) * 0.95


def test_personal_data_in_model_output_is_masked_and_counted_in_the_audit(env: dict[str, str], settings,
                                                                          tmp_path: Path, monkeypatch) -> None:
    """The scripted engine "hallucinates" a name and a phone number that are in no input."""
    from edgebatch import runtime as runtime_module
    from edgebatch.api import EdgeBatch
    from edgebatch.engines.fake import FakeEngine
    from edgebatch.pipeline import load_spec
    from edgebatch.runtime import WorkerRuntime
    from edgebatch.submit import submit_folder

    planted = "Dr. Zebulon Featherstonehaugh reviewed the small effusion; call him on 617-555-0143 today."
    engine = FakeEngine(lambda prompt: planted)
    monkeypatch.setattr(runtime_module, "build_engine", lambda *a, **k: engine)
    spec_path = tmp_path / "plain.yaml"
    spec_path.write_text((REPO / "pipelines" / "radiology.yaml").read_text()
                         .replace("prompts/radiology_summary.txt",
                                  str(REPO / "pipelines" / "prompts" / "radiology_summary.txt"))
                         .replace("grounding: 0.6", "grounding: 0.0"))
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(3):
        (folder / f"r{i}.txt").write_text("FINDINGS: Small left pleural effusion.\nIMPRESSION: Small effusion.\n")
    client = EdgeBatch()  # starts the broker, configures Celery; no worker: this process runs the shards
    import edgebatch.tasks  # noqa: F401  (registers tasks; their messages are left queued)

    batch_id = submit_folder(folder, load_spec(spec_path), state=client.state, storage=client.storage,
                             submitter="t", pipeline_path=spec_path)
    assert batch_id
    worker = WorkerRuntime(settings, storage=client.storage)
    for group in range(len(load_spec(spec_path).stage_groups)):  # redaction, then the model stages
        worker.process_shard(batch_id, 0, group)
    worker.finalize(batch_id)
    results = client.results(batch_id).to_pylist()
    audit = client.results(batch_id, "audit").to_pylist()
    assert len(results) == len(audit) == 3 and engine.history
    for row in results:
        assert "Featherstonehaugh" not in row["summary"] and "617-555-0143" not in row["summary"]
        assert "[NAME]" in row["summary"] and "[PHONE]" in row["summary"]
        assert "small effusion" in row["summary"]
        assert row["pii_in_outputs"] >= 2
    assert all(row["pii_in_outputs"] >= 2 for row in audit)
    assert datetime.now(UTC) > audit[0]["ts"]
