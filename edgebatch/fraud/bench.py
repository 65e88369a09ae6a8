"""Benchmark of the scoring stage: transactions per second on one pinned core.

The PaySim sample is tiled to ``rows`` transactions and cut into shards of ``shard_rows`` as the
submit step does; each shard goes through ``ScoreStage.run_table`` exactly as in a worker
(column mapping, features, model, reason codes), timed on one core.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pyarrow as pa

from ..pipeline import PipelineSpec, find_spec
from .dataset import SAMPLE, read_transactions


def bench(spec: PipelineSpec, *, data: Path = SAMPLE, rows: int = 1_000_000, shard_rows: int | None = None,
          repeats: int = 3, cpu: int | None = None) -> dict[str, Any]:
    before = os.sched_getaffinity(0)
    if cpu is not None:
        os.sched_setaffinity(0, {cpu})
    try:
        return _bench(spec, data=data, rows=rows, shard_rows=shard_rows, repeats=repeats)
    finally:
        os.sched_setaffinity(0, before)


def _bench(spec: PipelineSpec, *, data: Path, rows: int, shard_rows: int | None, repeats: int) -> dict[str, Any]:
    from ..stages import StageContext, build_stages

    shard_rows = shard_rows or spec.shard_size
    sample = read_transactions(data)
    table = pa.concat_tables([sample] * (rows // sample.num_rows + 1)).slice(0, rows).combine_chunks()
    shards = [table.slice(start, shard_rows) for start in range(0, rows, shard_rows)]
    context = StageContext(spec=spec, redactor=None, engine_factory=lambda: None)  # type: ignore[arg-type]
    stages = [s for s in build_stages(context) if s.tabular]
    stages[0].run_table(shards[0])  # load the model artefact outside the timing
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        for shard in shards:
            for stage in stages:
                stage.run_table(shard)  # type: ignore[attr-defined]
        best = min(best, time.perf_counter() - started)
    cores = len(os.sched_getaffinity(0))
    return {"pipeline": spec.name, "rows": rows, "shard_rows": shard_rows, "shards": len(shards),
            "seconds": round(best, 4), "cores": cores, "per_core_tx_per_s": round(rows / best / cores),
            "stages": [s.name for s in stages]}


def bench_named(pipelines_dir: Path, name: str, **kwargs: Any) -> dict[str, Any]:
    return bench(find_spec(pipelines_dir, name), **kwargs)
