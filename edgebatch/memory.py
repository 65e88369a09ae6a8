"""Memory of a process as Linux accounts it: RSS, its peak, PSS and USS (``/proc``).

PSS divides shared pages (the memory-mapped model file) among the processes mapping them;
USS counts private pages only, i.e. what the process would free by exiting.
"""

from __future__ import annotations

import os
from pathlib import Path


def process_memory(pid: int | None = None) -> dict[str, float]:
    """``rss_mb``, ``peak_rss_mb``, ``pss_mb`` and ``uss_mb`` of ``pid`` (default: this process)."""
    proc = Path("/proc") / str(pid or os.getpid())
    kb: dict[str, int] = {}
    for name in ("status", "smaps_rollup"):
        try:
            lines = (proc / name).read_text().splitlines()
        except OSError:
            continue
        for line in lines:
            key, _, value = line.partition(":")
            parts = value.split()
            if len(parts) == 2 and parts[1] == "kB":
                kb[key] = int(parts[0])
    return {"rss_mb": _mb(kb.get("VmRSS", 0)), "peak_rss_mb": _mb(kb.get("VmHWM", 0)),
            "pss_mb": _mb(kb.get("Pss", 0)),
            "uss_mb": _mb(kb.get("Private_Clean", 0) + kb.get("Private_Dirty", 0))}


def child_pids(pid: int) -> list[int]:
    """Direct children of ``pid``, oldest first."""
    children = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid:
            children.append((int(fields[19]), int(entry.name)))  # (start time, pid)
    return [p for _, p in sorted(children)]


def _mb(kb: int) -> float:
    return round(kb / 1024, 1)
