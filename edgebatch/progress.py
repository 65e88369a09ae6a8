"""Live progress for ``run``, ``submit --wait`` and ``status --watch``.

A rich progress bar (docs/s, ETA, counts per outcome) on a terminal; plain, throttled lines
otherwise (CI logs, pipes), so output stays readable everywhere.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import Any, TextIO


STEP_NOTES = {
    "validating": "staging documents",
    "finalizing": "compacting shard parts into one Parquet file per dataset",
    "cancelling": "cancelling: finishing the shards already running",
}


class ProgressDisplay:
    """Call with each status record; use as a context manager."""

    def __init__(self, *, stream: TextIO | None = None, interval_s: float = 5.0) -> None:
        self.stream = stream or sys.stderr
        self.interactive = self.stream.isatty()
        self.interval_s = interval_s
        self._last_line = 0.0
        self._last_text = ""
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> ProgressDisplay:
        if self.interactive:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._progress = Progress(
                TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} docs/s"), TimeRemainingColumn(), TextColumn("{task.fields[counts]}"),
                console=Console(file=self.stream), transient=False,
            )
            self._progress.__enter__()
        return self

    def __call__(self, record: dict[str, Any]) -> None:
        total = record.get("total_docs", 0)
        done = record.get("docs_done", 0)
        counts = f"ok {record.get('succeeded', 0)} err {record.get('errored', 0)} cancelled {record.get('cancelled', 0)}"
        if self._progress is not None:
            if self._task is None:
                self._task = self._progress.add_task(record["batch_id"], total=total or None, rate="0.0",
                                                     counts=counts)
            note = STEP_NOTES.get(record["status"], record["status"])
            self._progress.update(self._task, total=total or None, completed=done, rate=f"{record['docs_per_s']:.2f}",
                                  counts=f"{counts} [{note}]")
            return
        note = f" ({STEP_NOTES[record['status']]})" if record["status"] in STEP_NOTES else ""
        text = (f"{record['batch_id']} {record['status']}{note}: {done}/{total} docs, {counts}, "
                f"{record['docs_per_s']:.2f} docs/s, eta {record['eta_s']:.0f}s")
        now = time.monotonic()
        if text != self._last_text and (now - self._last_line >= self.interval_s or record["status"] != "in_progress"):
            print(text, file=self.stream, flush=True)
            self._last_line, self._last_text = now, text

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._progress is not None:
            self._progress.__exit__(exc_type, exc, tb)


def say(message: str) -> None:
    """Tell the user what a long step is doing (stderr, so --json output stays clean)."""
    print(message, file=sys.stderr, flush=True)
