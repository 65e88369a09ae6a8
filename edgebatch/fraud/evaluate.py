"""Evaluation of the fraud model against the two PaySim baselines: PR-AUC, precision, recall."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from .dataset import SAMPLE, read_transactions, validation_mask
from .features import ColumnMapping, Columns, compute_features, feature_matrix
from .model import DEFAULT_MODEL, FraudModel, load_model


@dataclass
class Scores:
    """One scorer's quality on one labelled set."""

    name: str
    pr_auc: float
    precision: float
    recall: float
    threshold: float
    recall_at_precision_95: float
    flagged: int

    def line(self) -> str:
        return (f"{self.name:<34} PR-AUC {self.pr_auc:.4f}  precision {self.precision:.4f}  recall {self.recall:.4f}"
                f"  (threshold {self.threshold:g}, flagged {self.flagged})  recall@precision>=0.95 "
                f"{self.recall_at_precision_95:.4f}")


def average_precision(labels: np.ndarray, scores: np.ndarray) -> float:
    """PR-AUC as average precision, with tied scores taken as one threshold (fair to 0/1 rules)."""
    positives = labels.sum()
    if positives == 0:
        return float("nan")
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], labels[order]
    tp = np.cumsum(y)
    last_of_tie = np.r_[s[1:] != s[:-1], True]
    tp, seen = tp[last_of_tie], np.flatnonzero(last_of_tie) + 1
    precision, recall = tp / seen, tp / positives
    return float(np.sum(np.diff(np.r_[0.0, recall]) * precision))


def recall_at_precision(labels: np.ndarray, scores: np.ndarray, min_precision: float) -> float:
    """The best recall over thresholds whose precision is at least ``min_precision``."""
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], labels[order]
    tp = np.cumsum(y)
    last_of_tie = np.r_[s[1:] != s[:-1], True]
    tp, seen = tp[last_of_tie], np.flatnonzero(last_of_tie) + 1
    ok = tp / seen >= min_precision
    return float((tp[ok] / max(labels.sum(), 1)).max()) if ok.any() else 0.0


def quality(name: str, labels: np.ndarray, scores: np.ndarray, threshold: float) -> Scores:
    flagged = scores >= threshold
    hits = int((flagged & (labels == 1)).sum())
    return Scores(name, round(average_precision(labels, scores), 6), round(hits / max(int(flagged.sum()), 1), 6),
                  round(hits / max(int(labels.sum()), 1), 6), threshold,
                  round(recall_at_precision(labels, scores, 0.95), 6), int(flagged.sum()))


def emptied_origin_rule(cols: Columns) -> np.ndarray:
    """The strong PaySim baseline: a TRANSFER or CASH_OUT that leaves the origin account at 0."""
    kind = cols.is_type["TRANSFER"] | cols.is_type["CASH_OUT"]
    return (kind & (cols["oldbalanceOrg"] > 0) & (cols["newbalanceOrig"] <= 0.01)).astype(np.float64)


def evaluate(data: Path | None = None, *, model: FraudModel | None = None, threshold: float | None = None,
             mapping: ColumnMapping | None = None) -> dict[str, Any]:
    """Score the model and both baselines. On the training sample only its validation split
    counts; any other file (held-out data) is scored whole."""
    model = model or load_model(DEFAULT_MODEL)
    path = Path(data) if data else SAMPLE
    table = read_transactions(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    labels = _column(table, "isFraud")
    trained_on = model.metadata.get("training_data", {}).get("sha256")
    split = "validation" if digest == trained_on else "all"
    if split == "validation":
        rows = validation_mask(labels, seed=int(model.metadata["training_data"]["seed"]),
                               fraction=float(model.metadata["training_data"]["validation_fraction"]))
        table, labels = table.filter(pa.array(rows)), labels[rows]
    cols = Columns(table, mapping or ColumnMapping())
    scores = model.score(feature_matrix(compute_features(cols), model.features))
    chosen = model.threshold if threshold is None else threshold
    results = [quality(f"model {model.name}", labels, scores, chosen)]
    if "isFlaggedFraud" in table.column_names:
        results.append(quality("baseline isFlaggedFraud", labels, _column(table, "isFlaggedFraud"), 0.5))
    results.append(quality("baseline emptied-origin rule", labels, emptied_origin_rule(cols), 0.5))
    return {"data": str(path), "sha256": digest, "split": split, "rows": int(len(labels)),
            "frauds": int(labels.sum()), "model": model.name, "model_sha256": model.sha256,
            "scores": [asdict(r) for r in results], "lines": [r.line() for r in results],
            "beats_baselines": all(results[0].pr_auc > r.pr_auc for r in results[1:])}


def _column(table: pa.Table, name: str) -> np.ndarray:
    return table.column(name).to_numpy(zero_copy_only=False).astype(np.float64)


def evaluate_pipeline(spec: Any, *, data: Path | None = None, threshold: float | None = None) -> dict[str, Any]:
    """``evaluate`` with the model, threshold and column mapping of the pipeline's score stage."""
    stage = next((s for s in spec.stages if s.kind == "score"), None)
    if stage is None:
        from ..errors import ConfigError

        raise ConfigError(f"pipeline {spec.name!r} has no `score` stage")
    options = stage.options
    mapping = ColumnMapping(columns=options.get("columns", {}), type_values=options.get("type_values", {}))
    chosen = threshold if threshold is not None else options.get("threshold")
    return evaluate(data, model=load_model(stage.model or DEFAULT_MODEL), threshold=chosen, mapping=mapping)
