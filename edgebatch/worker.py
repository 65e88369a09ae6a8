"""Worker processes: CPU pinning of prefork children and the per-child runtime.

``edgebatch worker --procs K --cpus LIST`` splits LIST into K disjoint core sets. Each child,
in ``worker_process_init``, claims a free set (a lock file per set, released when the child
dies, so a replacement child takes the set of the one it replaces), pins itself to it with
``os.sched_setaffinity`` and loads the model with that many threads. The model file is
memory-mapped, so children share its pages.
"""

from __future__ import annotations

import fcntl
import gc
import logging
import os
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from celery import bootsteps
from celery.signals import worker_process_init
from celery.utils.nodenames import host_format

from . import metrics
from .app import app, configure
from .broker import broker_url
from .config import Settings
from .constants import CONTROL_QUEUE, DEFAULT_QUEUE
from .errors import ConfigError
from .log import configure_logging
from .models import get_model, model_path
from .recovery import start_sweeper
from .redaction import ner
from .redaction.redactor import Redactor
from .runtime import WorkerRuntime

log = logging.getLogger(__name__)


@dataclass
class WorkerPlan:
    """How one ``edgebatch worker`` lays its children over cores."""

    settings: Settings
    slots: list[list[int]]
    eager_model: bool = True
    node: str | None = None  # the Celery node name (``--name``), named in audit rows
    # Fixed in the parent: children compute nothing from their own pid, or each would find its
    # own empty lock folder and every child would claim the first core set.
    parent_pid: int = field(default_factory=os.getpid)

    @property
    def lock_dir(self) -> Path:
        return self.settings.resolved_data_dir / "run" / f"worker-{self.parent_pid}"


_plan: WorkerPlan | None = None
_runtime: WorkerRuntime | None = None
_slot_lock: IO[str] | None = None


def parse_cpus(text: str) -> list[int]:
    """``"0-3,6"`` -> [0, 1, 2, 3, 6]."""
    cpus: list[int] = []
    try:
        for part in text.split(","):
            part = part.strip()
            if "-" in part:
                low, high = part.split("-")
                cpus.extend(range(int(low), int(high) + 1))
            elif part:
                cpus.append(int(part))
    except ValueError as exc:
        raise ConfigError(f"invalid CPU list {text!r}: use e.g. 0-3 or 0,2") from exc
    if not cpus:
        raise ConfigError(f"empty CPU list {text!r}")
    return sorted(set(cpus))


def available_cpus() -> list[int]:
    return sorted(os.sched_getaffinity(0))


def physical_cpus(sysfs: Path = Path("/sys/devices/system/cpu")) -> list[int]:
    """One logical CPU per physical core this process may use (SMT siblings share a core's
    arithmetic units, so a second model thread on a sibling mostly waits). Falls back to every
    available CPU when the topology is not readable."""
    chosen, seen = [], set()
    for cpu in available_cpus():
        try:
            siblings = (sysfs / f"cpu{cpu}" / "topology" / "thread_siblings_list").read_text().strip()
        except OSError:
            return available_cpus()
        if siblings not in seen:
            seen.add(siblings)
            chosen.append(cpu)
    return chosen


def plan_slots(cpus: list[int], procs: int) -> list[list[int]]:
    """Split ``cpus`` into ``procs`` disjoint, contiguous, near-equal sets."""
    allowed = set(available_cpus())
    if not set(cpus) <= allowed:
        raise ConfigError(f"CPUs {sorted(set(cpus) - allowed)} are not available to this process")
    if procs > len(cpus):
        raise ConfigError(f"{procs} worker processes need at least {procs} CPUs; got {len(cpus)}")
    size, extra = divmod(len(cpus), procs)
    slots, start = [], 0
    for index in range(procs):
        end = start + size + (1 if index < extra else 0)
        slots.append(cpus[start:end])
        start = end
    return slots


def _share_with_children(settings: Settings, *, model: bool) -> None:
    """Build the read-only state every child needs in the main process before the pool forks (the
    redactor: spaCy model, gazetteers; pandas, which pyarrow imports while building rows; with
    ``model``, a local llama.cpp model's weights and vocabulary) and freeze it out of the garbage
    collector's passes, so the children share those pages copy-on-write instead of each loading
    its own copy."""
    started = time.perf_counter()
    os.environ[ner.WEIGHTS_ENV] = settings.ner_weights  # read by ner.load_model (a YAML value too)
    Redactor.shared()
    import pandas  # noqa: F401  (pyarrow imports it at a shard's first tz-aware timestamp: ~30 MB per child)
    shared = "redactor"
    if model and settings.engine != "fake":
        entry = get_model(settings)
        if entry.engine == "llamacpp":
            from .engines.llamacpp import preload

            preload(model_path(settings, entry))  # verified before the fork: a bad file stops the worker here
            shared += f" and model {entry.name}"
    gc.collect()
    gc.freeze()
    log.info("%s loaded in the main process in %.1fs (shared with the children)", shared,
             time.perf_counter() - started)


def _sweep_step(settings: Settings, url: str) -> type[bootsteps.StartStopStep]:
    """A worker bootstep running the lost-task sweeper (``recovery``) in the main process."""

    class LostTaskSweep(bootsteps.StartStopStep):
        def __init__(self, parent: object, **kwargs: object) -> None:
            super().__init__(parent, **kwargs)
            self.stop_event: threading.Event | None = None

        def start(self, parent: object) -> None:
            self.stop_event = start_sweeper(settings, url, owner=str(getattr(parent, "hostname", os.getpid())))

        def stop(self, parent: object) -> None:
            if self.stop_event:
                self.stop_event.set()

    return LostTaskSweep


def runtime() -> WorkerRuntime:
    """This process's runtime (built on first use outside a pinned prefork child)."""
    global _runtime
    if _runtime is None:
        settings = _plan.settings if _plan else Settings.load()
        _runtime = WorkerRuntime(settings, n_threads=len(os.sched_getaffinity(0)), node=_plan.node if _plan else None)
    return _runtime


@worker_process_init.connect
def _init_child(**_: object) -> None:
    """Pin this child to a free core set and load the model once, before it takes work."""
    global _runtime, _slot_lock
    if _plan is None:
        return
    cpus = _claim_slot(_plan)
    os.sched_setaffinity(0, cpus)
    _runtime = WorkerRuntime(_plan.settings, n_threads=len(cpus), node=_plan.node)
    if _plan.eager_model:
        _runtime.engine()
    log.info("worker child %d pinned to CPUs %s", os.getpid(), cpus)


def _claim_slot(plan: WorkerPlan) -> list[int]:
    global _slot_lock
    plan.lock_dir.mkdir(parents=True, exist_ok=True)
    for index, cpus in enumerate(plan.slots):
        handle = open(plan.lock_dir / f"slot-{index}.lock", "w")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            continue
        _slot_lock = handle  # held until this child exits
        return cpus
    raise RuntimeError("no free CPU slot for a new worker child")  # more children than slots


def default_queues(settings: Settings) -> tuple[str, ...]:
    """What a worker started without ``--queues`` consumes: the default and control queues and
    every queue a spec in the pipelines folder names, so one worker runs every bundled pipeline."""
    from .catalog import queue_use

    return tuple(dict.fromkeys((DEFAULT_QUEUE, *queue_use(settings.pipelines_dir).queues, CONTROL_QUEUE)))


def loads_model_at_start(settings: Settings, queues: tuple[str, ...]) -> bool:
    """Whether children load the model before taking work: when one of ``queues`` is the default
    queue or carries a stage group that runs a model (in a spec of the pipelines folder). A pool
    of redaction queues never loads it; a model stage it is sent anyway loads it on first use."""
    from .catalog import queue_use

    return DEFAULT_QUEUE in queues or bool(set(queues) & queue_use(settings.pipelines_dir).model_queues)


def start_worker(settings: Settings, *, procs: int | None = None, cpus: str | None = None,
                 queues: tuple[str, ...] | None = None, name: str | None = None,
                 loglevel: str = "INFO", eager_model: bool | None = None, metrics_port: int | None = None) -> None:
    """Run a Celery prefork worker in this process until it is stopped.

    ``queues``: default ``default_queues``; ``eager_model``: default ``loads_model_at_start``."""
    global _plan
    configure_logging(settings.log_format, loglevel)
    metrics_port = metrics_port or settings.metrics_port
    if metrics_port:
        metrics.enable(settings.resolved_data_dir / "run" / f"metrics-{os.getpid()}")
        metrics.serve(metrics_port)
        log.info("Prometheus metrics on :%d/metrics", metrics_port)
    procs = procs or settings.worker_procs
    cpu_list = parse_cpus(cpus or settings.worker_cpus) if (cpus or settings.worker_cpus) else physical_cpus()
    if procs > len(cpu_list) and not (cpus or settings.worker_cpus):
        procs = len(cpu_list)
    queues = queues or default_queues(settings)
    if eager_model is None:
        eager_model = loads_model_at_start(settings, queues)
    hostname = name or f"edgebatch-{os.getpid()}@{socket.gethostname()}"
    _plan = WorkerPlan(settings=settings, slots=plan_slots(cpu_list, procs), eager_model=eager_model,
                       node=host_format(hostname))
    url = broker_url(settings)
    configure(settings, url)
    app.steps["worker"].add(_sweep_step(settings, url))
    from .tasks import process_shard

    # A hung child is killed after this and its shard delivered again (acks_on_timeout=False).
    # Set here, in the worker, not in app config: Celery would copy a configured limit into every
    # message a client sends, so the client's settings would decide. Finalisation is not limited.
    process_shard.time_limit = settings.effective_shard_time_limit_s
    log.info("worker %s: %d children on CPUs %s, queues %s, model loaded %s", hostname, procs, _plan.slots,
             ",".join(queues), "at start" if eager_model else "on first use")
    _share_with_children(settings, model=eager_model)
    quiet = ["--quiet"] if settings.log_format == "json" else []  # the banner is not JSON
    app.worker_main([
        *quiet, "worker", f"--concurrency={procs}", "--pool=prefork", "--events", "--without-gossip",
        "--without-mingle",
        f"--queues={','.join(queues)}", f"--hostname={hostname}", f"--loglevel={loglevel}",
    ])
