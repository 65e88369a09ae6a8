"""The whole product on the bundled samples with the real gemma3-270m model through llama.cpp.

One run, many checks: every document succeeds with a non-empty summary and valid labels, each
has exactly one result row and one audit row, and no planted PII value appears in anything
EdgeBatch wrote outside the (deleted) staging area: results, audit, errors, logs, CLI output,
or the broker's keys and its append-only file (every message ever queued).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import redis

from edgebatch.broker import EmbeddedBroker

from ..conftest import SAMPLES, cli, gold_for

pytestmark = [pytest.mark.model, pytest.mark.e2e]
GEMMA_SHA256 = "a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818"


@pytest.fixture(scope="module")
def model_run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    base = tmp_path_factory.mktemp("real-model")
    env = {"EDGEBATCH_DATA_DIR": str(base / "data"), "EDGEBATCH_ENGINE": "llamacpp",
           "EDGEBATCH_MODELS_DIR": str(base / "models")}
    try:
        run = cli("run", str(SAMPLES), "--pipeline", "radiology", "--json", env=env, timeout=1500)
        summary = json.loads(run.stdout)
        batch = summary["batch_id"]
        outputs = {name: [json.loads(line) for line in cli("results", batch, "--dataset", name, "--format", "jsonl",
                                                          "--text", env=env).stdout.splitlines()]
                   for name in ("results", "audit", "errors")}
        broker = EmbeddedBroker(base / "data")
        client = redis.Redis.from_url(broker.start())
        live = b"".join(k + repr(client.dump(k)).encode() for k in client.scan_iter())
        yield {"env": env, "summary": summary, "outputs": outputs, "cli_text": run.stdout + run.stderr,
               "data": base / "data", "broker_bytes": live}
    finally:
        EmbeddedBroker(base / "data").stop()


def test_every_sample_succeeds_with_a_summary_and_valid_labels(model_run: dict) -> None:
    summary = model_run["summary"]
    assert summary["status"] == "completed"
    assert (summary["total"], summary["succeeded"], summary["errored"]) == (27, 27, 0)
    rows = model_run["outputs"]["results"]
    assert len(rows) == 27 == len({r["doc_id"] for r in rows})
    for row in rows:
        assert len(re.findall(r"[A-Za-z]{2,}", row["summary"])) >= 3, row["doc_id"]
        assert row["normal_abnormal"] in ("normal", "abnormal")
        assert row["urgency"] in ("routine", "priority", "critical")
        assert row["model_sha256"] == GEMMA_SHA256
        assert row["tokens_in"] > 0 and row["tokens_out"] > 0


def test_labels_agree_with_the_samples_gold(model_run: dict) -> None:
    rows = model_run["outputs"]["results"]
    agree = sum((r["normal_abnormal"], r["urgency"]) == (gold_for(r["doc_id"])["normal_abnormal"],
                                                         gold_for(r["doc_id"])["urgency"]) for r in rows)
    assert agree == len(rows)


def test_exactly_one_audit_row_per_document_with_hashes_and_no_content(model_run: dict) -> None:
    audit = model_run["outputs"]["audit"]
    assert len(audit) == 27 == len({r["doc_id"] for r in audit})
    assert all(r["outcome"] == "succeeded" and r["model_sha256"] == GEMMA_SHA256 for r in audit)
    assert all(len(r["sha256"]) == 64 and r["cost_usd"] == 0 and r["cloud_equivalent_usd"] > 0 for r in audit)
    assert sum(r["pii_total"] for r in audit) > 27
    assert model_run["outputs"]["errors"] == []


def test_no_planted_pii_anywhere_edgebatch_wrote(model_run: dict) -> None:
    data: Path = model_run["data"]
    assert not list((data / "store" / "staging").rglob("*.jsonl")), "staged text must be deleted after the batch"
    written = [p for p in data.rglob("*") if p.is_file() and "models" not in p.parts]
    blobs = {str(p): p.read_bytes() for p in written}
    blobs["results/audit/errors as read back"] = json.dumps(model_run["outputs"]).encode()
    blobs["cli output"] = model_run["cli_text"].encode()
    blobs["broker keys"] = model_run["broker_bytes"]
    leaks = []
    for row in model_run["outputs"]["results"]:
        for value in gold_for(row["doc_id"])["pii"]:
            # Not inside a longer word or number: a latency of 16080.148 ms is not the ZIP code 16080.
            pattern = re.compile(rb"(?<![A-Za-z0-9])(?<!\d\.)" + re.escape(value.encode()) + rb"(?![A-Za-z0-9]|\.\d)",
                                 re.IGNORECASE)
            leaks += [(value, where) for where, blob in blobs.items() if pattern.search(blob)]
    assert not leaks
    assert any("appendonly" in name for name in blobs), "the broker's AOF was scanned"
