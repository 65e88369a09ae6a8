"""The audit chain under concurrency and across its history: batches finalised at the same moment
by separate processes (S3 and local disk), finalisers that run twice, entries written before
entries were named by position, and batches committed before the audit log existed."""

from __future__ import annotations

import json
import multiprocessing
import os
import time
from typing import Any

import pytest

from edgebatch import audit
from edgebatch.compaction import compact_batch
from edgebatch.config import Settings
from edgebatch.storage import Storage, layout, open_storage

from ..conftest import cli
from .helpers import LOCK, committed_batch, doc_sha, write_shard

PROCESSES = 4
ROUNDS = 2


def _finalise_in_step(env: dict[str, str], worker: int, barrier: Any) -> None:
    """One finaliser process: stage ROUNDS batches, then finalise each the moment all others do."""
    os.environ.update(env)
    settings = Settings.load()
    store = open_storage(settings.effective_storage_url, settings)
    manifests = []
    for round_ in range(ROUNDS):
        batch_id = f"b{round_}-{worker}"
        doc_ids = [f"{batch_id}-d{i}" for i in range(5)]
        manifest = {"batch_id": batch_id, "pipeline": "radiology", "created_at": time.time(), "submitter": "t",
                    "documents": [{"doc_id": d, "sha256": doc_sha(d)} for d in doc_ids]}
        store.put(layout.batch_manifest(batch_id), json.dumps(manifest).encode())
        write_shard(store, batch_id, 0, doc_ids)
        manifests.append(manifest)
    for manifest in manifests:
        barrier.wait(timeout=120)
        compact_batch(store, manifest, audit_lock=LOCK)


def _finalise_concurrently(env: dict[str, str]) -> None:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(PROCESSES)
    processes = [context.Process(target=_finalise_in_step, args=(env, worker, barrier))
                 for worker in range(PROCESSES)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=300)
    assert [p.exitcode for p in processes] == [0] * PROCESSES


@pytest.fixture(params=["s3", "local"])
def shared_env(request: pytest.FixtureRequest, env: dict[str, str]) -> dict[str, str]:
    if request.param == "s3":
        request.getfixturevalue("s3_env")  # adds the moto endpoint and a fresh bucket to env
    return dict(env)


def test_batches_finalised_at_once_by_separate_processes_get_one_entry_each_in_one_chain(
        shared_env: dict[str, str]) -> None:
    _finalise_concurrently(shared_env)
    store = open_storage(Settings.load().effective_storage_url, Settings.load())
    chain = [json.loads(store.get(key)) for *_, key in audit.entries(store)]
    assert [entry["seq"] for entry in chain] == list(range(1, PROCESSES * ROUNDS + 1))  # no fork, no gap
    batches = sorted(entry["batch_id"] for entry in chain)
    assert batches == sorted(f"b{r}-{w}" for r in range(ROUNDS) for w in range(PROCESSES))  # each exactly once
    head = json.loads(store.get(layout.AUDIT_HEAD))
    assert head["seq"] == PROCESSES * ROUNDS and head["key"] == layout.audit_entry(PROCESSES * ROUNDS)
    for entry in chain:
        commit = json.loads(store.get(layout.commit_manifest(entry["batch_id"])))
        assert commit["audit_log"] == {"seq": entry["seq"], "key": layout.audit_entry(entry["seq"])}
    result = cli("audit", "verify", env=shared_env)
    assert result.stdout.startswith(f"ok: {PROCESSES * ROUNDS} audit log entries, {PROCESSES * ROUNDS} batches")


@pytest.fixture
def store(env: dict[str, str]) -> Storage:
    return open_storage(Settings.load().effective_storage_url)


def test_a_finaliser_that_runs_again_finds_its_entry_even_after_losing_its_ref(store: Storage) -> None:
    first = committed_batch(store, "b1", ["a", "b"])
    committed_batch(store, "b2", ["c"])
    manifest = json.loads(store.get(layout.batch_manifest("b1")))
    again = audit.record_batch(store, manifest, first["files"]["audit"], ["a", "b"], LOCK)
    assert again["key"] == first["audit_log"]["key"]
    store.delete(layout.audit_ref("batch", "b1"))  # it crashed between writing the entry and its ref
    again = audit.record_batch(store, manifest, first["files"]["audit"], ["a", "b"], LOCK)
    assert again["key"] == first["audit_log"]["key"] and len(audit.entries(store)) == 2
    assert audit.verify(store).ok


def test_the_chain_continues_after_entries_named_the_old_way(store: Storage) -> None:
    legacy = {"seq": 1, "kind": "batch", "ref": "old", "recorded_at": "2026-01-01T00:00:00+00:00", "prev_key": None,
              "prev_sha256": None, "batch_id": "old", "documents": 0, "audit_key": None, "audit_rows": 0}
    store.put_once(layout.legacy_audit_entry(1, "batch", "old"), json.dumps(legacy).encode())
    commit = committed_batch(store, "b1", ["a"])
    assert commit["audit_log"]["seq"] == 2
    manifest = json.loads(store.get(layout.batch_manifest("b1")))
    assert audit.find(store, "batch", "old")["seq"] == 1 and audit.find(store, "batch", "b1")["seq"] == 2
    assert audit.record_batch(store, manifest | {"batch_id": "old"}, None, [], None)["seq"] == 1  # not again
    assert audit.verify(store).ok, audit.verify(store).problems


def test_verify_reports_a_fork_and_a_batch_entered_twice(store: Storage) -> None:
    committed_batch(store, "b1", ["a"])
    entry = json.loads(store.get(layout.audit_entry(1)))
    store.put_once(layout.legacy_audit_entry(1, "batch", "b1"), json.dumps(entry).encode())  # a second position 1
    problems = audit.verify(store).problems
    assert any("a second entry at position 1" in p and "forks" in p for p in problems)
    assert any("batch b1 has 2 audit log entries" in p for p in problems)


def test_batches_committed_before_the_audit_log_are_reported_then_adopted(store: Storage, env: dict[str, str]) -> None:
    committed_batch(store, "b1", ["a", "b"])
    old = committed_batch(store, "b0", ["x", "y", "z"])
    # What a batch committed before the audit log looked like: no entry, no ref, no audit_log in its commit.
    os.unlink(store.path(old["audit_log"]["key"]))  # type: ignore[attr-defined]
    store.delete(layout.audit_ref("batch", "b0"))
    os.unlink(store.path(layout.AUDIT_HEAD))  # type: ignore[attr-defined]
    audit.advance_head(store)
    commit = json.loads(store.get(layout.commit_manifest("b0")))
    del commit["audit_log"]
    store.put(layout.commit_manifest("b0"), json.dumps(commit).encode())

    report = audit.verify(store)
    assert report.unchained_batches == ["b0"]
    assert any("batch b0 was committed before the audit log existed" in p for p in report.problems)
    failed = cli("audit", "verify", env=env, check=False)
    assert failed.returncode == 1 and "`edgebatch audit adopt`" in failed.stdout

    assert cli("audit", "adopt", env=env).stdout.strip() == "1 batches chained: b0"
    report = audit.verify(store)
    assert report.ok and report.batches == 2 and report.documents == 5, report.problems
    entry = audit.find(store, "batch", "b0")
    assert entry is not None and entry["adopted"] and entry["audit_rows"] == 3
    assert cli("audit", "adopt", env=env).stdout.strip() == "0 batches chained"


def test_a_deleted_entry_of_a_committed_batch_is_not_mistaken_for_an_old_batch(store: Storage) -> None:
    committed_batch(store, "b1", ["a"])
    last = committed_batch(store, "b2", ["b"])
    os.unlink(store.path(last["audit_log"]["key"]))  # type: ignore[attr-defined]
    problems = audit.verify(store).problems
    assert any(f"batch b2 is committed but its audit log entry {last['audit_log']['key']} is gone" in p
               for p in problems)
    assert any("HEAD points at" in p for p in problems)
