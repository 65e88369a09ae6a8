"""Sending again the task messages a broker crash lost.

Late acks keep a shard's message in kombu's ``unacked`` hash until its task ends, the visibility
timeout brings back the messages of dead workers, and the broker's AOF keeps both over a restart.
One window stays open: kombu's Redis transport pops a message (BRPOP) and records it as unacked
with a second command. A broker killed between the two loses that message, and with it a shard
(or a batch's finalisation): the batch would wait forever for `edgebatch resume`.

``LostTaskSweeper`` closes the window. Every ``interval_s`` one worker (a lock in the broker)
looks at the batches in progress: a shard not counted as done with no message in any queue and
none unacked, seen so by two sweeps at least ``interval_s`` apart, is sent again; so is the
finalisation of a batch whose shards are all done. Sending twice is harmless (a delivery of a
counted shard returns at once, parts have deterministic names, finalising is idempotent), so a
false alarm costs work, never a row.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any

import redis

from . import constants as keys
from .batch import BatchStatus
from .broker import quick_client
from .config import Settings
from .resume import FINALIZE_TASK, KOMBU_SEP, SHARD_TASK, queued_messages, send_again, task_of
from .storage import Storage
from .storage.tenant import storage_for

log = logging.getLogger(__name__)

LOCK_KEY = f"{keys.KEY_PREFIX}:sweep:lock"
SUSPECTS_KEY = f"{keys.KEY_PREFIX}:sweep:suspects"  # hash "<batch>:<shard>" / "<batch>:finalize" -> first seen
UNACKED_KEY = "unacked"  # kombu's Redis transport: delivery tag -> [message, exchange, routing key]
BINDINGS = "_kombu.binding.*"  # kombu's Redis transport: exchange -> "key\x06\x16pattern\x06\x16queue"
ACTIVE = (BatchStatus.in_progress, BatchStatus.cancelling, BatchStatus.finalizing)
RECENT_BATCHES = 1000  # batches looked at per sweep, newest first

# A lost task: (batch_id, shard), shard None for the batch's finalisation.
Lost = tuple[str, int | None]


def in_flight(client: redis.Redis) -> set[Lost]:
    """Every shard and finalisation with a task message waiting in a queue or delivered and unacked."""
    found: set[Lost] = set()
    for raw in queued_messages(client, _queues(client)):
        found.update(_task_key(raw))
    for raw in client.hvals(UNACKED_KEY):
        try:
            found.update(_task_key(json.loads(raw)[0]))
        except (ValueError, IndexError, TypeError):
            continue
    return found


def _queues(client: redis.Redis) -> set[str]:
    """The queues any exchange is bound to (every queue a worker or client declared)."""
    queues = set()
    for binding in client.scan_iter(BINDINGS):
        for member in client.smembers(binding):
            queues.add(str(member).split(KOMBU_SEP)[-1])
    return queues


def _task_key(message: str | bytes | dict[str, Any]) -> list[Lost]:
    task = task_of(message)
    if task is None:
        return []
    name, args = task
    if name == SHARD_TASK and len(args) >= 2:
        return [(str(args[0]), int(args[1]))]
    if name == FINALIZE_TASK and args:
        return [(str(args[0]), None)]
    return []


def missing(client: redis.Redis, batch_ids: Iterable[str], flying: set[Lost]) -> set[Lost]:
    """The tasks of active batches that nothing will run: pending shards with no message anywhere,
    and the finalisation of a batch whose shards are all done when it has no message either."""
    lost: set[Lost] = set()
    for batch_id in batch_ids:
        status, total = client.hmget(keys.batch_key(batch_id), "status", "total_shards")
        if status not in {s.value for s in ACTIVE} or total is None:
            continue
        done = {int(s) for s in client.smembers(keys.shards_done_key(batch_id))}
        pending = set(range(int(total))) - done
        wanted: set[Lost] = {(batch_id, shard) for shard in pending} if pending else {(batch_id, None)}
        lost |= wanted - flying
    return lost


class LostTaskSweeper:
    """Finds tasks no message will run any more and sends them again (see the module docstring).

    ``send(batch_id, shard)``: re-enqueue a shard (``shard`` None: the batch's finalisation)."""

    def __init__(self, client: redis.Redis, send: Callable[[str, int | None], None], *, interval_s: float,
                 owner: str) -> None:
        self.client = client
        self.send = send
        self.interval_s = interval_s
        self.owner = owner

    def sweep(self) -> list[Lost]:
        """One sweep; returns the tasks sent again. Does nothing while another worker holds the turn."""
        if not self.client.set(LOCK_KEY, self.owner, nx=True, px=max(1, int(self.interval_s * 900))):
            return []
        batch_ids = self.client.zrevrange(keys.BATCH_INDEX, 0, RECENT_BATCHES - 1)
        lost = missing(self.client, batch_ids, in_flight(self.client)) if batch_ids else set()
        seconds, micros = self.client.time()  # the broker's clock: sweepers on other machines agree
        now = seconds + micros / 1e6
        seen = {field: float(when) for field, when in self.client.hgetall(SUSPECTS_KEY).items()}
        fields = {_field(task): task for task in lost}
        confirmed = [fields[f] for f in fields if f in seen and now - seen[f] >= self.interval_s]
        gone = [f for f in seen if f not in fields]
        if gone:
            self.client.hdel(SUSPECTS_KEY, *gone)
        new = {f: now for f in fields if f not in seen}
        if new:
            self.client.hset(SUSPECTS_KEY, mapping=new)
        sent = []
        for batch_id, shard in sorted(confirmed, key=lambda t: (t[0], -1 if t[1] is None else t[1])):
            what = "finalisation" if shard is None else f"shard {shard}"
            try:
                self.send(batch_id, shard)
            except Exception as exc:  # one batch that cannot be resumed must not stop the others
                log.error("could not send again the lost %s of batch %s: %s", what, batch_id, exc)
                continue
            self.client.hdel(SUSPECTS_KEY, _field((batch_id, shard)))
            sent.append((batch_id, shard))
            log.warning("batch %s: its %s had no task message left (lost with a broker crash); sent again",
                        batch_id, what)
        return sent

    def run_forever(self, stop: threading.Event) -> None:
        """Sweep every ``interval_s`` until ``stop`` is set; broker errors wait for the next turn."""
        while not stop.wait(self.interval_s):
            try:
                self.sweep()
            except redis.RedisError as exc:
                log.debug("lost-task sweep skipped: %s", exc)
            except Exception:
                log.exception("lost-task sweep failed")


def _field(task: Lost) -> str:
    batch_id, shard = task
    return f"{batch_id}:{'finalize' if shard is None else shard}"


def start_sweeper(settings: Settings, url: str, owner: str) -> threading.Event | None:
    """Start a daemon thread sweeping every ``settings.sweep_interval_s``; return the event that
    stops it (None when the interval is 0)."""
    if not settings.sweep_interval_s:
        return None
    client = quick_client(url, timeout_s=5.0)
    storages: dict[str, Storage] = {}

    def send(batch_id: str, shard: int | None) -> None:
        tenant = str(client.hget(keys.batch_key(batch_id), keys.BATCH_TENANT_FIELD) or "default")
        if tenant not in storages:
            storages[tenant] = storage_for(settings, tenant)
        send_again(settings, storages[tenant], batch_id, shard)

    sweeper = LostTaskSweeper(client, send, interval_s=settings.sweep_interval_s, owner=owner)
    stop = threading.Event()
    threading.Thread(target=sweeper.run_forever, args=(stop,), name="edgebatch-sweeper", daemon=True).start()
    return stop
