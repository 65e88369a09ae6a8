"""Fault injection with real parts: embedded valkey-server, real `edgebatch worker` processes,
moto_server behind a TCP proxy for S3. Every test ends with the committed Parquet checked: each
document exactly one outcome, no duplicate rows (``assert_exactly_once``).

Worker children run the scripted engine, slowed (EDGEBATCH_FAKE_DELAY_MS) so that a fault can
land in the middle of a shard; EDGEBATCH_FAKE_CRASH_ON / _HANG_ON make one document kill or hang
its worker child every time.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from edgebatch import audit
from edgebatch.api import EdgeBatch
from edgebatch.constants import delivery_marks_key, shard_attempts_key, shards_done_key

from ...conftest import REPO

VISIBILITY_S = 30  # short, so a SIGKILLed worker's shard comes back within the test; above the longest
# wait of a prefetched shard (a replacement child initialising) plus its run, or it runs twice


SWEEP_S = 2  # a task message a broker crash lost is sent again after two sweeps (recovery.py)


@pytest.fixture
def fault_env(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """``env`` with a short visibility timeout, frequent lost-task sweeps and a slow scripted model
    (0.3 s per document)."""
    values = {"EDGEBATCH_VISIBILITY_TIMEOUT_S": str(VISIBILITY_S), "EDGEBATCH_FAKE_DELAY_MS": "300",
              "EDGEBATCH_LOG_LEVEL": "INFO", "EDGEBATCH_SWEEP_INTERVAL_S": str(SWEEP_S)}
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    env.update(values)
    return env


@pytest.fixture
def start_worker(start_worker):  # noqa: F811 - wraps the shared fixture of the same name
    """The shared ``start_worker``, but its workers are SIGKILLed at the end of the test instead of
    a warm shutdown (about 5 s each): after the checks nothing they do matters."""
    started = []

    def start(*extra: str, name: str | None = None):
        worker = start_worker(*extra, name=name)
        started.append(worker)
        return worker

    yield start
    for worker in started:
        if worker.process.poll() is None:
            kill_group(worker.process.pid)
            worker.process.wait()


def write_docs(folder: Path, count: int, *, poison: dict[int, str] | None = None) -> list[str]:
    """``count`` small reports r00.txt...; ``poison`` puts a fault marker into some of them."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    for i in range(count):
        marker = f" {poison[i]}" if poison and i in poison else ""
        (folder / f"r{i:02d}.txt").write_text(
            f"FINDINGS: Case {i}. No pneumothorax{marker}.\nIMPRESSION: Normal study{marker}.")
        ids.append(f"r{i:02d}.txt")
    return ids


def small_spec(tmp_path: Path, shard_size: int) -> Path:
    """The radiology pipeline with ``shard_size`` documents per shard."""
    spec = yaml.safe_load((REPO / "pipelines" / "radiology.yaml").read_text())
    spec["shard_size"] = shard_size
    for stage in spec["stages"]:
        if "prompt" in stage.get("options", {}):
            stage["options"]["prompt"] = str(REPO / "pipelines" / stage["options"]["prompt"])
    path = tmp_path / "small.yaml"
    path.write_text(yaml.safe_dump(spec))
    return path


def wait_for(predicate: Callable[[], Any], timeout_s: float, what: str, poll_s: float = 0.05) -> Any:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(poll_s)
    raise TimeoutError(f"waited {timeout_s}s for {what}")


def children(pid: int) -> list[int]:
    """The child processes of ``pid`` (prefork pool children of a worker)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found.extend(int(p) for p in text)
    return found


def running_shard(client: EdgeBatch, batch_id: str, group: int | None = None) -> int | None:
    """A shard whose documents a worker is processing now (its delivery mark is set: it has read
    its documents and the cancel flag, and not yet counted itself); ``group``: in that stage group
    (radiology: 0 redaction, 1 the model stages)."""
    redis = client.state.redis
    marked = set()
    for field in redis.hkeys(delivery_marks_key(batch_id)):
        parts = field.split(":")  # "<shard>:running" (group 0) or "<shard>:<group>:running"
        if parts[-1] == "running" and (group is None or (int(parts[1]) if len(parts) == 3 else 0) == group):
            marked.add(int(parts[0]))
    busy = sorted(marked - {int(s) for s in redis.smembers(shards_done_key(batch_id))})
    return busy[0] if busy else None


def running_deliveries(client: EdgeBatch, batch_id: str) -> set[str]:
    """The deliveries whose running mark is set (``"3"`` shard 3's group 0, ``"3:1"`` its group 1).
    Read right after a worker is killed: exactly the deliveries that died with it."""
    fields = client.state.redis.hkeys(delivery_marks_key(batch_id))
    return {field.rsplit(":", 1)[0] for field in fields if field.endswith(":running")}


def delivery_counts(client: EdgeBatch, batch_id: str) -> dict[str, int]:
    """Deliveries per stage group of each shard, by attempt field (``"3"``, ``"3:1"``)."""
    return {field: int(n) for field, n in client.state.redis.hgetall(shard_attempts_key(batch_id)).items()}


def attempts(client: EdgeBatch, batch_id: str) -> dict[int, int]:
    """Deliveries per shard: of its most delivered stage group (radiology has a redaction group
    and a model group; the faults below hit one of them)."""
    found: dict[int, int] = {}
    for field, count in client.state.redis.hgetall(shard_attempts_key(batch_id)).items():
        shard = int(field.split(":")[0])
        found[shard] = max(found.get(shard, 0), int(count))
    return found


def kill_group(pid: int) -> None:
    """SIGKILL a worker's whole process group: main process and children, no warm shutdown."""
    os.killpg(pid, signal.SIGKILL)


def assert_exactly_once(client: EdgeBatch, batch_id: str, doc_ids: list[str]) -> dict[str, Any]:
    """The committed batch has one audit row per document, results only for succeeded ones,
    errors only for errored ones, no duplicate doc_id anywhere; broker counts agree; the audit
    chain verifies. Returns the outcome of every document and the error code of errored ones."""
    record = client.status(batch_id)
    commit = client.commit(batch_id)
    assert commit["missing_documents"] == 0
    tables = {name: client.results(batch_id, name) for name in ("results", "audit", "errors")}
    ids = {name: (t.column("doc_id").to_pylist() if t.num_rows else []) for name, t in tables.items()}
    for name, values in ids.items():
        assert len(values) == len(set(values)), f"duplicate rows in {name}"
    assert sorted(ids["audit"]) == sorted(doc_ids), "every document exactly one audit row"
    outcome = dict(zip(ids["audit"], tables["audit"].column("outcome").to_pylist(), strict=True))
    assert sorted(ids["results"]) == sorted(d for d, o in outcome.items() if o == "succeeded")
    assert sorted(ids["errors"]) == sorted(d for d, o in outcome.items() if o == "errored")
    counts = {o: list(outcome.values()).count(o) for o in ("succeeded", "errored", "cancelled")}
    assert {o: record[o] for o in counts} == counts, "broker counts differ from the committed rows"
    assert record["docs_done"] == len(doc_ids) == record["total_docs"]
    assert audit.verify(client.storage).ok
    codes = {}
    if ids["errors"]:
        codes = dict(zip(ids["errors"], tables["errors"].column("error_code").to_pylist(), strict=True))
    return {"outcome": outcome, "codes": codes, "status": record["status"]}
