"""The redaction stage: always first, so no model and no output ever sees raw personal data."""

from __future__ import annotations

import time
from collections import Counter
from typing import Any, ClassVar

from ..errors import ConfigError
from ..pipeline import DocState
from ..redaction.policy import MissingKeyError, PolicySpec, PseudonymTable, load_key, render_redaction
from .base import Stage, StageContext, StageOptions


class RedactOptions(PolicySpec, StageOptions):
    """``policy`` (mask|pseudonym), ``ner``, ``ages`` (over_89|all), ``date_shift``, ``max_shift_days``,
    ``hash_labels``."""


class RedactStage(Stage):
    """Replaces every detected identifier with a typed mask and counts them by type."""

    kind: ClassVar[str] = "redact"
    Options = RedactOptions
    needs_redacted_text: ClassVar[bool] = False

    def __init__(self, name: str, options: dict[str, Any], context: StageContext) -> None:
        super().__init__(name, options, context)
        self.pseudonyms = PseudonymTable()  # [NAME_1] is the same person in every document of the shard
        self.key: bytes | None = None
        if self.options.date_shift or self.options.hash_labels:
            try:
                self.key = load_key()
            except (MissingKeyError, OSError) as exc:
                raise ConfigError(f"stage {name!r}: {exc}") from exc

    def run(self, docs: list[DocState]) -> None:
        redactor = self.context.redactor
        if self.options.ner is False:
            redactor = redactor.without_ner()
        redactor = redactor.with_ages(self.options.ages)
        started = time.perf_counter()
        found = redactor.scan_many([doc.text for doc in docs])
        per_doc_ms = (time.perf_counter() - started) * 1000 / max(1, len(docs))
        for doc, spans in zip(docs, found, strict=True):
            doc.redaction = render_redaction(doc.text, spans, self.options, self.pseudonyms, patient=doc.doc_id, key=self.key)
            doc.text = doc.redaction.text
            doc.redacted = True
            doc.pii_counts.update(Counter(s.label for s in spans))
            doc.latency_ms[self.name] = per_doc_ms
