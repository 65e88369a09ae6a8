"""Poison documents: after a worker dies on a shard, run its documents one at a time.

A shard task runs with late acks, so when its worker child dies (a crash, the OOM killer, SIGKILL,
the hard time limit on a hang) the broker delivers the shard again. Each delivery marks in the
broker what it is running (``BatchState.begin_delivery``): the whole shard, or one document alone.
A delivery that finds the mark of a previous one knows that one died there, and counts it.

- No death yet: the live documents run together (the model batches them).
- After a death: they run one at a time, each marked first. A document that was running alone
  when a worker died ``max_deaths - 1`` times (``max_deaths`` deaths with the first, shared one)
  becomes a ``dead_letter`` error row; the other documents of its shard are processed.
- ``max_deaths`` deaths that no single document explains (the whole shard was running)
  dead-letter the shard's remaining documents.

A Python exception is not a death: the runtime clears the mark before the task retries.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from .batch import Deaths
from .pipeline import DocState

log = logging.getLogger(__name__)


def run_documents(run: Callable[[list[DocState]], None], docs: list[DocState], deaths: Deaths, *,
                  max_deaths: int, mark: Callable[[int | None], None], cancelled: Callable[[], bool]) -> None:
    """Run the shard's live documents with ``run`` (its stages: together, or one at a time after a death).

    ``mark(i)`` records that document ``i`` now runs alone (``None``: the whole shard);
    ``cancelled()`` is asked between documents run alone.
    """
    live = [(index, doc) for index, doc in enumerate(docs) if doc.error is None]
    if not live:
        return
    if deaths.whole >= max_deaths:
        for _, doc in live:
            doc.fail("", "dead_letter", f"its shard's worker died {deaths.whole} times (crash, kill or time limit)")
        return
    if not deaths.any:
        if len(live) == 1:
            mark(live[0][0])  # a death now is this document's alone
        run([doc for _, doc in live])
        mark(None)
        return
    limit = max(1, max_deaths - 1)
    log.warning("shard redelivered after its worker died: running its %d documents one at a time", len(live))
    for index, doc in live:
        died = deaths.alone[index] if index < len(deaths.alone) else 0
        if died >= limit:
            doc.fail("", "dead_letter", f"its worker died {died} times while processing this document alone "
                                        "(crash, kill or time limit)")
        elif cancelled():
            doc.fail("", "cancelled", "the batch was cancelled before this document ran")
        else:
            mark(index)
            run([doc])
    mark(None)
