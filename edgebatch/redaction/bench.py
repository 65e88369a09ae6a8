"""``edgebatch bench redaction``: EdgeBatch and Presidio on the same documents, in one run.

Both run in this one process (one core): Presidio's ``AnalyzerEngine`` with its default
recognizers on the same verified ``en_core_web_sm`` model EdgeBatch uses (loaded from the
pinned mirror's folder, so the comparison is about the detectors, not the model size). Scores
come from :func:`~edgebatch.redaction.evaluate.evaluate` with the same matching rules.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping, Sequence
from typing import Any

from .base import Span
from .evaluate import evaluate
from .redactor import Redactor


class PresidioScanner:
    """Presidio's analyzer behind the ``scan_many`` interface that :func:`evaluate` uses."""

    def __init__(self, threshold: float = 0.35) -> None:
        try:
            from presidio_analyzer import AnalyzerEngine
            from presidio_analyzer.nlp_engine import NlpEngineProvider
        except ImportError as exc:  # pragma: no cover - depends on the optional extra
            raise ModuleNotFoundError("Presidio is not installed: pip install 'edgebatch[bench]'") from exc
        from . import ner

        logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
        ner.load_model()  # checks the pinned hash before Presidio loads the same folder
        config = {
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": str(ner.model_dir())}],
            "ner_model_configuration": {  # Presidio's own defaults for spaCy models
                "model_to_presidio_entity_mapping": {
                    "PER": "PERSON", "PERSON": "PERSON", "NORP": "NRP", "FAC": "LOCATION", "LOC": "LOCATION",
                    "GPE": "LOCATION", "LOCATION": "LOCATION", "ORG": "ORGANIZATION", "ORGANIZATION": "ORGANIZATION",
                    "DATE": "DATE_TIME", "TIME": "DATE_TIME",
                },
                "low_confidence_score_multiplier": 0.4,
                "low_score_entity_names": ["ORG", "ORGANIZATION"],
                "labels_to_ignore": ["CARDINAL", "EVENT", "LANGUAGE", "LAW", "MONEY", "ORDINAL", "PERCENT",
                                     "PRODUCT", "QUANTITY", "WORK_OF_ART"],
            },
        }
        engine = NlpEngineProvider(nlp_configuration=config).create_engine()
        self.analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
        self.threshold = threshold

    def scan_many(self, texts: Sequence[str]) -> list[list[Span]]:
        out = []
        for text in texts:
            results = self.analyzer.analyze(text=text, language="en", score_threshold=self.threshold)
            out.append(sorted(Span(r.start, r.end, r.entity_type, "presidio", r.score) for r in results))
        return out


def compare(
    records: Sequence[Mapping[str, Any]], ner: bool | None = None, batch: int = 64, ages: str = "over_89"
) -> dict[str, Any]:
    """Evaluation results for EdgeBatch and Presidio (if installed) on ``records``.

    Speed (``docs_per_s``) is measured in CPU seconds of this process (so docs/s per core,
    robust to other load on the machine), with the two systems taking turns on each batch of
    documents, after both are loaded.
    """
    scanners: dict[str, Any] = {}
    systems: dict[str, Any] = {}
    makers: tuple[tuple[str, Any], ...] = (
        ("edgebatch", lambda: Redactor.default(ner=ner, ages=ages)),
        ("presidio", PresidioScanner),
    )
    for name, make in makers:
        t0 = time.perf_counter()
        try:
            scanners[name] = make()
        except ModuleNotFoundError as exc:
            systems[name] = {"error": str(exc)}
            continue
        systems[name] = {"load_s": time.perf_counter() - t0}
    cpu = dict.fromkeys(scanners, 0.0)
    texts = [r["text"] for r in records]
    for i in range(0, len(texts), batch):
        for name, scanner in scanners.items():
            t0 = time.process_time()
            scanner.scan_many(texts[i:i + batch])
            cpu[name] += time.process_time() - t0
    for name, scanner in scanners.items():
        systems[name].update(evaluate(scanner, records))
        systems[name]["docs_per_s"] = len(texts) / cpu[name] if cpu[name] else 0.0
        systems[name]["cpu_s"] = cpu[name]
    return systems


def format_comparison(systems: Mapping[str, Any]) -> str:
    lines = [f"{'system':<11}{'recall':>8}{'any':>8}{'char P':>8}{'F2':>7}{'docs/s/core':>13}"]
    for name, r in systems.items():
        if "error" in r:
            lines.append(f"{name:<11} {r['error']}")
            continue
        lines.append(
            f"{name:<11}{r['strict_recall']:>8.3f}{r['any_recall']:>8.3f}{r['char_precision']:>8.3f}"
            f"{r['f2']:>7.3f}{r['docs_per_s']:>13.1f}"
        )
    return "\n".join(lines)
