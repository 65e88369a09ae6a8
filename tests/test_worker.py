"""Worker children claim disjoint core sets."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from edgebatch import worker
from edgebatch.config import Settings


def _claim(plan: worker.WorkerPlan, out: multiprocessing.Queue, hold: multiprocessing.Event) -> None:
    out.put(worker._claim_slot(plan))
    hold.wait(10)  # keep the slot (its lock) while the sibling claims one


def test_children_of_one_worker_claim_different_slots(tmp_path: Path) -> None:
    plan = worker.WorkerPlan(settings=Settings.load(data_dir=tmp_path), slots=[[0], [1]])
    ctx = multiprocessing.get_context("fork")  # as Celery's prefork pool makes its children
    out, hold = ctx.Queue(), ctx.Event()
    children = [ctx.Process(target=_claim, args=(plan, out, hold)) for _ in range(2)]
    for child in children:
        child.start()
    claimed = sorted([out.get(timeout=10), out.get(timeout=10)])
    hold.set()
    for child in children:
        child.join(10)
    assert claimed == [[0], [1]]
