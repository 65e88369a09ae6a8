"""Flower, the Celery monitor, started against EdgeBatch's broker with authentication required.

Basic auth is mandatory (``EDGEBATCH_FLOWER_BASIC_AUTH=user:password`` or ``--basic-auth``);
without it Flower starts only with ``--insecure-local``, bound to 127.0.0.1. Task arguments,
keyword arguments and results are blanked twice: in Flower's pages (its ``format_task`` option)
and in the event state its HTTP API reads (the API does not call ``format_task``). Our task
arguments are ids only, but a monitor must not depend on that. Credentials go to a 0600
config file, never to the command line (``ps`` shows argv).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .app import configure
from .broker import broker_url
from .config import Settings
from .errors import ConfigError

HIDDEN = "(hidden)"
_CONTENT_FIELDS = ("args", "kwargs", "result", "exception", "traceback")


def hide_task_content(task: Any) -> Any:
    """Flower's ``format_task`` hook: blank what a task carried in and out (Flower passes a copy)."""
    for name in _CONTENT_FIELDS:
        if getattr(task, name, None):
            setattr(task, name, HIDDEN)
    return task


def parse_basic_auth(value: str | None) -> str | None:
    """``user:password`` (both non-empty) or None."""
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise ConfigError("Flower basic auth must be USER:PASSWORD, both non-empty")
    return value


def flower_config(settings: Settings, *, port: int, basic_auth: str | None, insecure_local: bool) -> Path:
    """Write Flower's config file (0600) and return its path."""
    credentials = parse_basic_auth(basic_auth or settings.flower_basic_auth)
    if credentials is None and not insecure_local:
        raise ConfigError("Flower needs credentials: set EDGEBATCH_FLOWER_BASIC_AUTH=user:password or pass "
                          "--basic-auth (or --insecure-local to bind 127.0.0.1 without them)")
    lines = [
        "from edgebatch.monitor import hide_task_content as format_task",
        f"port = {int(port)}",
        f"address = {'127.0.0.1' if insecure_local else settings.flower_address!r}",
        "max_tasks = 10000",  # Flower keeps tasks in memory: cap it
        "purge_offline_workers = 3600",
    ]
    if credentials:
        lines.append(f"basic_auth = [{credentials!r}]")
    run_dir = settings.resolved_data_dir / "run"
    run_dir.mkdir(parents=True, exist_ok=True)
    path = run_dir / f"flowerconfig-{os.getpid()}.py"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write("\n".join(lines) + "\n")
    return path


def _hide_in_event_state() -> None:
    """Blank content fields in every task event before Flower stores it (its API reads that)."""
    from flower.events import EventsState

    if getattr(EventsState.event, "_edgebatch_hidden", False):
        return
    original = EventsState.event

    def event(self: Any, event: dict[str, Any]) -> Any:
        if event.get("type", "").startswith("task-"):
            event = {**event, **{k: HIDDEN for k in _CONTENT_FIELDS if event.get(k)}}
        return original(self, event)

    event._edgebatch_hidden = True  # type: ignore[attr-defined]
    EventsState.event = event  # type: ignore[method-assign]


def run_flower(settings: Settings, *, port: int | None = None, basic_auth: str | None = None,
               insecure_local: bool = False) -> None:
    """Run Flower in this process until it is stopped."""
    config = flower_config(settings, port=port or settings.flower_port, basic_auth=basic_auth,
                           insecure_local=insecure_local)
    if insecure_local and not (basic_auth or settings.flower_basic_auth):
        os.environ["FLOWER_UNAUTHENTICATED_API"] = "true"
    else:
        os.environ.pop("FLOWER_UNAUTHENTICATED_API", None)
    for name in [k for k in os.environ if k.startswith("FLOWER_") and k != "FLOWER_UNAUTHENTICATED_API"]:
        os.environ.pop(name)  # FLOWER_* variables would override our config (e.g. address, auth)
    app = configure(settings, broker_url(settings))
    _hide_in_event_state()
    try:
        app.start(["flower", f"--conf={config}"])
    finally:
        config.unlink(missing_ok=True)
