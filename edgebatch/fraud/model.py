"""The fraud model: an L2-regularised logistic regression fitted by Newton's method in numpy,
stored as a small versioned JSON artefact whose sha256 goes into every audit row."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ConfigError
from .features import REASONS

ARTEFACT_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_MODEL = "fraud-lr-v1"


@dataclass(frozen=True)
class FraudModel:
    """Weights over named features; ``score`` and ``reasons`` work on whole feature matrices."""

    name: str
    features: list[str]
    weights: np.ndarray
    bias: float
    threshold: float
    sha256: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)

    def logit(self, x: np.ndarray) -> np.ndarray:
        return x @ self.weights + self.bias

    def score(self, x: np.ndarray) -> np.ndarray:
        """Fraud probability in [0, 1] for each row of ``x``."""
        return 1.0 / (1.0 + np.exp(-np.clip(self.logit(x), -50.0, 50.0)))

    def reason_bits(self, x: np.ndarray, *, min_logit: float = 0.5) -> np.ndarray:
        """A bit per ``REASONS`` entry: set where that feature pushes the logit up by ``min_logit``."""
        bits = np.zeros(len(x), dtype=np.int64)
        index = {name: i for i, name in enumerate(self.features)}
        for bit, (_, feature) in enumerate(REASONS):
            if feature in index:
                column = index[feature]
                bits |= ((x[:, column] * self.weights[column]) >= min_logit).astype(np.int64) << bit
        return bits

    def to_json(self) -> bytes:
        record = {"name": self.name, "kind": "logistic_regression", "features": self.features,
                  "weights": [round(float(w), 8) for w in self.weights], "bias": round(self.bias, 8),
                  "threshold": self.threshold, **self.metadata}
        return (json.dumps(record, indent=2) + "\n").encode()


def fit_logistic(x: np.ndarray, y: np.ndarray, *, l2: float = 1e-3, iterations: int = 60) -> tuple[np.ndarray, float]:
    """Newton/IRLS on the mean log-loss + ``l2``/2 |w|^2 (bias not penalised)."""
    xb = np.column_stack([x, np.ones(len(x))])
    w = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -50, 50)))
        gradient = xb.T @ (p - y) / len(y) + penalty * w
        hessian = (xb * (p * (1 - p))[:, None]).T @ xb / len(y) + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w[:-1], float(w[-1])


def artefact_path(name: str) -> Path:
    return ARTEFACT_DIR / f"{name}.json"


@lru_cache(maxsize=8)
def load_model(name_or_path: str = DEFAULT_MODEL) -> FraudModel:
    """A bundled artefact by name (``fraud-lr-v1``) or a JSON file path."""
    path = Path(name_or_path) if name_or_path.endswith(".json") else artefact_path(name_or_path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"fraud model {name_or_path!r} not found ({path}); train it with "
                          "`python -m edgebatch.fraud.train`") from exc
    record = json.loads(data)
    extra = {k: v for k, v in record.items() if k not in ("name", "kind", "features", "weights", "bias", "threshold")}
    return FraudModel(name=record["name"], features=list(record["features"]),
                      weights=np.asarray(record["weights"], dtype=np.float64), bias=float(record["bias"]),
                      threshold=float(record["threshold"]), sha256=hashlib.sha256(data).hexdigest(), metadata=extra)
