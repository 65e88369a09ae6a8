"""Object storage unreachable mid-batch (S3 behind a proxy that refuses connections), then again
while the batch is finalised: workers wait it out, nothing is lost or written twice.

The outage during the shards lasts 60 s (EDGEBATCH_TEST_OUTAGE_S shortens it for a quick run),
the one during finalisation 10 s; marked ``slow`` (``-m 'not slow'`` leaves it out). S3 calls
retry connection errors for EDGEBATCH_S3_OUTAGE_S (default 120 s) before a shard task fails.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from edgebatch.api import EdgeBatch
from edgebatch.app import app
from edgebatch.config import Settings
from edgebatch.constants import CONTROL_QUEUE, DEFAULT_QUEUE
from edgebatch.pipeline import load_spec

from .conftest import assert_exactly_once, attempts, running_shard, small_spec, wait_for, write_docs
from .proxy import TcpProxy

OUTAGE_S = float(os.environ.get("EDGEBATCH_TEST_OUTAGE_S", "60"))
FINALIZE_OUTAGE_S = 10


@pytest.fixture
def proxied_s3(fault_env: dict[str, str], s3_env: dict[str, str], monkeypatch: pytest.MonkeyPatch):
    """S3 through a proxy the test can cut; a visibility timeout far above the outage (no worker
    dies here: a shard waiting for storage must not be delivered a second time meanwhile)."""
    proxy = TcpProxy(s3_env["EDGEBATCH_S3_ENDPOINT"])
    proxy.start()
    values = {"EDGEBATCH_S3_ENDPOINT": proxy.endpoint, "EDGEBATCH_VISIBILITY_TIMEOUT_S": "600"}
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    s3_env.update(values)
    yield proxy
    proxy.stop()


@pytest.mark.slow
def test_storage_unreachable_for_a_minute_mid_batch_and_during_finalisation(
        proxied_s3: TcpProxy, start_worker, tmp_path: Path) -> None:
    doc_ids = write_docs(tmp_path / "docs", 24)  # 6 shards of 4
    client = EdgeBatch(Settings.load())
    spec = small_spec(tmp_path, 4)
    batch_id = client.submit(tmp_path / "docs", str(spec))
    queues = ",".join(dict.fromkeys([*load_spec(spec).queues, DEFAULT_QUEUE]))  # not the control queue:
    worker = start_worker("--procs", "1", "--queues", queues, name="storage@test")  # no finalising yet
    worker.wait_ready()
    wait_for(lambda: client.status(batch_id)["docs_done"] >= 4 and running_shard(client, batch_id) is not None,
             90, "a shard done and the next one running")
    proxied_s3.stop()
    time.sleep(OUTAGE_S)
    assert client.status(batch_id)["docs_done"] <= 8, "shards went on without storage?"
    proxied_s3.start()
    wait_for(lambda: client.status(batch_id)["status"] == "finalizing", 120, "every shard counted", poll_s=0.2)
    proxied_s3.stop()
    app.control.add_consumer(CONTROL_QUEUE, destination=["storage@test"], reply=True, timeout=10)
    wait_for(lambda: b"edgebatch.finalize_batch" in worker.log.read_bytes(), 30, "the finaliser to start")
    time.sleep(FINALIZE_OUTAGE_S)
    assert client.status(batch_id)["status"] == "finalizing"
    proxied_s3.start()
    record = client.wait(batch_id, timeout_s=120)
    assert record["status"] == "completed"
    result = assert_exactly_once(client, batch_id, doc_ids)
    assert set(result["outcome"].values()) == {"succeeded"}
    assert set(attempts(client, batch_id).values()) == {1}, "storage waits, not task retries or redeliveries"
    assert b"retrying in" in worker.log.read_bytes()
