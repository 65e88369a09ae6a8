"""The audit trail on local disk: create-only files and `edgebatch audit verify` as a user runs it."""

from __future__ import annotations

import pytest

from edgebatch.config import Settings
from edgebatch.storage import open_storage

from ..conftest import cli
from .helpers import committed_batch


def test_local_put_once_never_replaces(tmp_path) -> None:
    store = open_storage(tmp_path.as_uri())
    store.put_once("a/x", b"1")
    with pytest.raises(FileExistsError):
        store.put_once("a/x", b"2")
    assert store.get("a/x") == b"1"
    assert oct(store.path("a/x").stat().st_mode & 0o777) == "0o444"  # read-only
    assert store.list("a/") == ["a/x"]


def test_audit_verify_cli_passes_then_fails_on_a_deleted_audit_file(env: dict[str, str]) -> None:
    store = open_storage(Settings.load().effective_storage_url)
    commit = committed_batch(store, "b1", ["a", "b"])
    committed_batch(store, "b2", ["c"])
    ok = cli("audit", "verify", env=env)
    assert ok.stdout.startswith("ok: 2 audit log entries, 2 batches, 3 documents")
    store.delete(commit["files"]["audit"]["key"])
    failed = cli("audit", "verify", env=env, check=False)
    assert failed.returncode == 1 and "PROBLEM batch b1: audit file" in failed.stdout
