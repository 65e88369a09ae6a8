"""Stage groups run as separate tasks: hand-off contents, redelivery, attempts, cancel, failure.

The runtime is driven directly (no worker process) against a real embedded broker: group 0 of
the bundled radiology pipeline (redact, on edgebatch.redact) then group 1 (the model and rule
stages, on edgebatch.model). tests/e2e/test_stage_queues.py runs the same with real workers.
"""

from __future__ import annotations

import base64
import json
import re
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from edgebatch import constants as keys
from edgebatch.api import EdgeBatch
from edgebatch.config import Settings
from edgebatch.handoff import Handoff
from edgebatch.pipeline import DocState
from edgebatch.runtime import WorkerRuntime
from edgebatch.storage import layout
from edgebatch.worker import default_queues, loads_model_at_start

from .conftest import SAMPLES, gold_for

NAMES = ["001-chest-xray.txt", "002-ct-head.txt", "005-mri-brain.txt"]


def leaks(text: str, doc_id: str) -> list[str]:
    """Planted personal values of sample ``doc_id`` still in ``text`` (names as whole words)."""
    entry = gold_for(doc_id)
    names = {v for v in entry.get("labels_by_type", {}).get("NAME", [])}
    found = [v for v in names if re.search(rf"(?<!\w){re.escape(v)}(?!\w)", text, re.IGNORECASE)]
    found += [v for v in entry["pii"] if v not in names and len(v) >= 5 and v.lower() in text.lower()]
    return found


@pytest.fixture
def batch(env: dict[str, str], tmp_path: Path) -> tuple[EdgeBatch, WorkerRuntime, str]:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in NAMES:
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    (folder / "empty.txt").write_text("")  # an input error, decided before any stage group
    settings = Settings.load()
    client = EdgeBatch(settings)
    batch_id = client.submit(folder, "radiology")  # one shard of 4
    return client, WorkerRuntime(settings, node="unit@test"), batch_id


def _handoff(client: EdgeBatch, batch_id: str) -> bytes:
    return client.storage.get(layout.staging_handoff(batch_id, 0, 1))


def _audit(client: EdgeBatch, runtime: WorkerRuntime, batch_id: str) -> dict[str, dict]:
    commit = runtime.finalize(batch_id)
    return {row["doc_id"]: row for row in client.storage.get_parquet(commit["files"]["audit"]["key"]).to_pylist()}


def test_the_model_group_gets_redacted_text_only_and_needs_no_raw_text(batch) -> None:
    client, runtime, batch_id = batch
    queued = client.state.redis
    assert queued.llen("edgebatch.redact") == 1 and queued.llen("edgebatch.model") == 0
    assert runtime.process_shard(batch_id, 0, 0) == {}
    assert queued.llen("edgebatch.model") == 1, "group 0 sends group 1 to its queue"
    message = json.loads(queued.lindex("edgebatch.model", 0))
    args, kwargs, _ = json.loads(base64.b64decode(message["body"]))
    assert (message["headers"]["task"], args, kwargs) == ("edgebatch.process_shard", [batch_id, 0, 1], {})

    state = json.loads(_handoff(client, batch_id))
    docs = {d["doc_id"]: d for d in state["docs"]}
    for name in NAMES:
        assert docs[name]["redacted"] and "[NAME]" in docs[name]["text"]
        assert leaks(docs[name]["text"], name) == [], name
        assert docs[name]["latency_ms"].keys() == {"redact"} and sum(docs[name]["pii_counts"].values()) > 0
        assert all(len(r) == 4 and all(isinstance(x, int) for x in r) for r in docs[name]["replacements"])
    assert docs["empty.txt"]["error"][0] == "empty" and docs["empty.txt"]["text"] == ""
    assert [w["queue"] for w in state["stage_workers"]] == ["edgebatch.redact"]

    client.storage.delete(layout.staging_shard(batch_id, 0))  # group 1 must never need the raw text
    assert runtime.process_shard(batch_id, 0, 1) == {"succeeded": 3, "errored": 1, "cancelled": 0}
    audit = _audit(client, runtime, batch_id)
    groups = json.loads(audit[NAMES[0]]["stage_workers"])
    assert [(g["group"], g["queue"], g["stages"]) for g in groups] == [
        (0, "edgebatch.redact", ["redact"]), (1, "edgebatch.model", ["summary", "normal_abnormal", "urgency"])]
    assert all(g["worker"] == runtime.worker and g["worker"].startswith("unit@test:") for g in groups)
    assert audit[NAMES[0]]["worker"] == runtime.worker and audit[NAMES[0]]["model"] == "fake"
    assert audit[NAMES[0]]["pii_total"] > 0, "PII counts of group 0 reach the audit"
    results = client.results(batch_id).to_pylist()
    assert len(results) == 3 and all(r["latency_ms_redact"] and r["latency_ms_urgency"] is not None for r in results)
    assert all(leaks(r["redacted_text"], r["doc_id"]) == [] and r["summary"] for r in results)
    assert not list(client.storage.list(layout.staging_prefix(batch_id))), "finalize drops the hand-offs"


def test_a_redelivered_group_resends_the_next_task_and_never_runs_its_stages_twice(batch) -> None:
    client, runtime, batch_id = batch
    runtime.process_shard(batch_id, 0, 0)
    first = _handoff(client, batch_id)
    assert runtime.process_shard(batch_id, 0, 0) == {}  # the worker died after handing off, before the ack
    assert _handoff(client, batch_id) == first, "the stages ran again"
    assert client.state.redis.llen("edgebatch.model") == 2, "the next group is sent again (the first send may be lost)"
    assert runtime.process_shard(batch_id, 0, 1)["succeeded"] == 3
    assert runtime.process_shard(batch_id, 0, 1) == {}  # a duplicate of the last group: already counted
    assert runtime.process_shard(batch_id, 0, 0) == {}
    assert client.state.get(batch_id)["docs_done"] == 4
    assert client.state.redis.hgetall(keys.shard_attempts_key(batch_id)) == {"0": "3", "0:1": "2"}


def test_deaths_are_counted_per_group_and_a_poison_group_dead_letters_what_is_left(batch) -> None:
    client, runtime, batch_id = batch
    runtime.process_shard(batch_id, 0, 0)
    limit = runtime.settings.max_shard_attempts
    # group 1's workers died `limit` times running the whole group (the last delivery's mark is left)
    client.state.redis.hset(keys.delivery_marks_key(batch_id), mapping={"0:1:died:*": limit - 1, "0:1:running": "*"})
    assert runtime.process_shard(batch_id, 0, 1) == {"succeeded": 0, "errored": 4, "cancelled": 0}
    audit = _audit(client, runtime, batch_id)
    assert audit["empty.txt"]["error_code"] == "empty"
    assert {audit[name]["error_code"] for name in NAMES} == {"dead_letter"}
    assert all(audit[name]["pii_total"] > 0 for name in NAMES), "group 0's redaction counts are kept"
    errors = {r["doc_id"]: r for r in client.results(batch_id, "errors").to_pylist()}
    message = errors[NAMES[0]]["error_message"]
    assert f"its shard's worker died {limit} times" in message
    assert client.state.redis.hget(keys.shard_attempts_key(batch_id), "0") == "1"


def test_a_batch_cancelled_between_groups_cancels_what_has_not_run(batch) -> None:
    client, runtime, batch_id = batch
    runtime.process_shard(batch_id, 0, 0)
    client.cancel(batch_id)
    assert runtime.process_shard(batch_id, 0, 1) == {"succeeded": 0, "errored": 1, "cancelled": 3}
    audit = _audit(client, runtime, batch_id)
    assert {audit[name]["outcome"] for name in NAMES} == {"cancelled"}
    assert client.status(batch_id)["status"] == "cancelled"


def test_a_group_that_keeps_failing_keeps_the_errors_of_the_groups_before(batch) -> None:
    client, runtime, batch_id = batch
    runtime.process_shard(batch_id, 0, 0)
    assert runtime.fail_shard(batch_id, 0, "the shard failed 4 times (OSError)", 1) == {
        "succeeded": 0, "errored": 4, "cancelled": 0}
    audit = _audit(client, runtime, batch_id)
    assert audit["empty.txt"]["error_code"] == "empty"
    assert {audit[name]["error_code"] for name in NAMES} == {"shard_failed"}
    assert [g["group"] for g in json.loads(audit[NAMES[0]]["stage_workers"])] == [0, 1]


def test_a_hand_off_never_carries_unredacted_text() -> None:
    now = datetime.now(UTC)
    raw = DocState(doc_id="a", source="a", sha256="0", text="Patient: Jane Roe")
    with pytest.raises(ValueError, match="not redacted"):
        Handoff(docs=[raw], started=now).to_bytes()
    raw.fail("redact", "stage_failed", "internal error in stage redact: RuntimeError")
    data = Handoff(docs=[raw], started=now).to_bytes()
    assert b"Jane" not in data
    back = Handoff.from_bytes(data).docs[0]
    assert back.error is not None and back.error.code == "stage_failed" and back.text == ""


def test_workers_consume_every_named_queue_and_redaction_pools_skip_the_model(env: dict[str, str]) -> None:
    settings = Settings.load()
    assert default_queues(settings) == ("edgebatch.model", "edgebatch.redact", "edgebatch.control")
    assert not loads_model_at_start(settings, ("edgebatch.redact",))
    assert not loads_model_at_start(settings, ("edgebatch.redact", "edgebatch.control"))
    assert loads_model_at_start(settings, ("edgebatch.model", "edgebatch.control"))
    assert loads_model_at_start(settings, default_queues(settings))


def test_a_hand_off_keeps_what_the_rows_need() -> None:
    doc = DocState(doc_id="a", source="in/a.txt", sha256="0" * 64, text="[NAME] has a small effusion.",
                   redacted=True, tokens_in=12, tokens_out=3, pii_in_outputs=1)
    doc.outputs, doc.latency_ms = {"summary": "Small effusion."}, {"redact": 1.5, "summary": 20.0}
    doc.pii_counts, doc.injection_counts = Counter({"NAME": 1}), Counter({"ignore_instructions": 2})
    doc.provider, doc.route_reason, doc.cost_usd = "gpu", "remote:complex:0.81", 0.002
    doc.model, doc.model_sha256 = "remote", "ab" * 32
    back = Handoff.from_bytes(Handoff(docs=[doc], started=datetime.now(UTC)).to_bytes()).docs[0]
    fields = ("doc_id", "source", "sha256", "text", "redacted", "tokens_in", "tokens_out", "pii_in_outputs",
              "outputs", "latency_ms", "pii_counts", "injection_counts", "provider", "route_reason", "cost_usd",
              "model", "model_sha256")
    assert {f: getattr(back, f) for f in fields} == {f: getattr(doc, f) for f in fields}
