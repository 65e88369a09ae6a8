"""CPU sets of worker children: parsing, splitting, and one CPU per physical core by default."""

from __future__ import annotations

from pathlib import Path

import pytest

from edgebatch import worker
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
