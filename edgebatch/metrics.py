"""Per-stage Prometheus counters of the worker, and the ``/metrics`` endpoint that serves them.

Celery's prefork children each count their own shards; ``prometheus_client``'s multiprocess
mode (one file per child in a directory) lets the worker's parent process serve the sum.
``enable(dir)`` must run before anything imports ``prometheus_client``.
"""

from __future__ import annotations

import atexit
import os
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

from .pipeline import DocState

_counters: dict[str, Any] = {}


def enable(directory: Path) -> None:
    """Switch this process (and the children it forks) to multiprocess counters in ``directory``."""
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(directory)
    parent = os.getpid()
    atexit.register(lambda: os.getpid() == parent and shutil.rmtree(directory, ignore_errors=True))


def serve(port: int, address: str = "0.0.0.0") -> None:
    """Serve ``/metrics`` (the sum over this worker's children) from a daemon thread."""
    from prometheus_client import CollectorRegistry, start_http_server
    from prometheus_client.multiprocess import MultiProcessCollector

    registry = CollectorRegistry()
    MultiProcessCollector(registry)
    start_http_server(port, addr=address, registry=registry)


def _metric(name: str) -> Any:
    if not _counters:
        from prometheus_client import Counter as PromCounter

        _counters.update(
            documents=PromCounter("edgebatch_documents", "Documents finished, by pipeline and outcome",
                                  ["pipeline", "outcome"]),
            stage_documents=PromCounter("edgebatch_stage_documents", "Documents that ran through a stage",
                                        ["pipeline", "stage"]),
            stage_errors=PromCounter("edgebatch_stage_errors", "Documents that failed at a stage (input = reading)",
                                     ["pipeline", "stage", "error_code"]),
            stage_seconds=PromCounter("edgebatch_stage_seconds", "Seconds spent in a stage (sum over documents)",
                                      ["pipeline", "stage"]),
            shards=PromCounter("edgebatch_shards", "Shards processed", ["pipeline"]),
        )
    return _counters[name]


def record_shard(pipeline: str, docs: list[DocState], outcomes: dict[str, int]) -> None:
    """Count one processed shard."""
    processed: Counter[str] = Counter()
    seconds: Counter[str] = Counter()
    for doc in docs:
        for stage, ms in doc.latency_ms.items():
            processed[stage] += 1
            seconds[stage] += ms / 1000
        if doc.error is not None and doc.error.code != "cancelled":
            _metric("stage_errors").labels(pipeline, doc.error_stage or "shard", doc.error.code).inc()
    for stage, count in processed.items():
        _metric("stage_documents").labels(pipeline, stage).inc(count)
        _metric("stage_seconds").labels(pipeline, stage).inc(seconds[stage])
    for outcome, count in outcomes.items():
        _metric("documents").labels(pipeline, outcome).inc(count)
    _metric("shards").labels(pipeline).inc()
