"""The redaction stage: always first, so no model and no output ever sees raw personal data."""

from __future__ import annotations

import time
from typing import ClassVar, Literal

from ..pipeline import DocState
from .base import Stage, StageOptions


class RedactOptions(StageOptions):
    policy: Literal["mask", "pseudonym"] = "mask"


class RedactStage(Stage):
    """Replaces every detected identifier with a typed mask and counts them by type."""

    kind: ClassVar[str] = "redact"
    Options = RedactOptions
    needs_redacted_text: ClassVar[bool] = False

    def run(self, docs: list[DocState]) -> None:
        redactor = self.context.redactor
        for doc in docs:
            started = time.perf_counter()
            result = redactor.redact(doc.text, policy=self.options.policy)
            doc.text = result.text
            doc.redaction = result
            doc.redacted = True
            doc.pii_counts.update(result.counts)
            doc.latency_ms[self.name] = (time.perf_counter() - started) * 1000
