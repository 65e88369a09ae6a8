"""Precision, recall and F1 from counts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


def score(gold: Sequence[str], predicted: Sequence[str], positive: str) -> Score:
    """Counts for label ``positive`` over paired gold and predicted labels."""
    tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == positive and p == positive)
    fp = sum(1 for g, p in zip(gold, predicted, strict=True) if g != positive and p == positive)
    fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == positive and p != positive)
    return Score(tp, fp, fn)
