"""CPU sets of worker children: parsing, splitting, and one CPU per physical core by default."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from edgebatch import worker
from edgebatch.config import Settings
from edgebatch.errors import ConfigError


def test_cpu_lists_parse_ranges_and_singles() -> None:
    assert worker.parse_cpus("0-3,6") == [0, 1, 2, 3, 6]
    with pytest.raises(ConfigError, match="invalid CPU list"):
        worker.parse_cpus("a-b")


def test_children_get_disjoint_near_equal_core_sets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker, "available_cpus", lambda: list(range(8)))
    assert worker.plan_slots([0, 1, 2, 3, 4, 5, 6], 3) == [[0, 1, 2], [3, 4], [5, 6]]
    with pytest.raises(ConfigError, match="need at least"):
        worker.plan_slots([0, 1], 3)
    with pytest.raises(ConfigError, match="not available"):
        worker.plan_slots([9], 1)


def _topology(root: Path, siblings: dict[int, str]) -> Path:
    for cpu, text in siblings.items():
        (root / f"cpu{cpu}" / "topology").mkdir(parents=True)
        (root / f"cpu{cpu}" / "topology" / "thread_siblings_list").write_text(text + "\n")
    return root


def test_default_cpus_skip_smt_siblings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker, "available_cpus", lambda: [0, 1, 2, 3])
    sysfs = _topology(tmp_path, {0: "0,2", 1: "1,3", 2: "0,2", 3: "1,3"})
    assert worker.physical_cpus(sysfs) == [0, 1]


def test_default_cpus_fall_back_to_all_without_topology(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker, "available_cpus", lambda: [0, 1])
    assert worker.physical_cpus(tmp_path) == [0, 1]


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
