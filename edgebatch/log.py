"""Log set-up for the CLI and workers: plain text or one JSON object per line.

``EDGEBATCH_LOG_FORMAT=json`` gives ``{"ts", "level", "logger", "message", ...}`` plus the
context fields a call passes in ``extra`` (``batch_id``, ``shard``, ``stage``, ``timings``...).
Log calls pass ids, counts and timings only, never document text. Exception messages can quote
content, so only the exception type is logged.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import datetime, timezone
from typing import Any

CONTEXT_FIELDS = ("batch_id", "shard", "stage", "pipeline", "timings", "outcomes", "worker", "attempt")


def context(record: logging.LogRecord) -> dict[str, Any]:
    return {name: getattr(record, name) for name in CONTEXT_FIELDS if getattr(record, name, None) is not None}


class JsonFormatter(logging.Formatter):
    """One JSON object per line."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            **context(record),
        }
        if record.exc_info and record.exc_info[0] is not None:
            entry["exc_type"] = record.exc_info[0].__name__
        return json.dumps(entry, default=str, separators=(",", ":"))


class TextFormatter(logging.Formatter):
    """``time level logger: message key=value ...``; exceptions by type only."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        exc_info, record.exc_info, record.exc_text = record.exc_info, None, None
        try:
            text = super().format(record)
        finally:
            record.exc_info = exc_info
        extras = " ".join(f"{k}={json.dumps(v, default=str) if isinstance(v, dict) else v}"
                          for k, v in context(record).items())
        if exc_info and exc_info[0] is not None:
            extras += f" exc_type={exc_info[0].__name__}"
        return f"{text} {extras}".rstrip()


def configure_logging(fmt: str = "text", level: int | str = logging.WARNING) -> None:
    """Replace the root handlers with one stderr handler in ``fmt`` (``text`` or ``json``)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(level if isinstance(level, int) else level.upper())
    logging.captureWarnings(True)  # warnings become log records (JSON too), not raw stderr lines
