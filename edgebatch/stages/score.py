"""The ``score`` stage: fraud scores, decisions and reason codes for a shard of transactions.

Whole columns at a time (numpy over Arrow buffers): features, one matrix product, reason bits
mapped to strings through a lookup of the few distinct bit patterns. Account identifiers
(``nameOrig``, ``nameDest``) are never read into outputs.
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np
import pyarrow as pa
from pydantic import Field

from ..fraud.features import REASONS, ColumnMapping, Columns, compute_features, feature_matrix
from ..fraud.model import DEFAULT_MODEL, FraudModel, load_model
from .base import StageOptions, TableOutput, TableStage


class ScoreOptions(StageOptions):
    threshold: float | None = Field(None, gt=0, lt=1, description="Decision threshold; unset = the model's")
    columns: dict[str, str] = Field(default_factory=dict, description="PaySim column -> your column")
    type_values: dict[str, list[str]] = Field(default_factory=dict, description="PaySim type -> your values")
    min_reason_logit: float = Field(0.5, ge=0, description="A feature adding at least this to the logit is a reason")
    keep: list[str] = Field(default_factory=list, description="Input columns copied to results (never accounts)")


class ScoreStage(TableStage):
    """Fills ``fraud_score`` (0-1), ``fraud_decision`` and ``reasons`` (``;``-joined codes)."""

    kind: ClassVar[str] = "score"
    Options = ScoreOptions

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        banned = {"nameOrig", "nameDest"} | {self.options.columns.get(c, c) for c in ("nameOrig", "nameDest")}
        if banned & set(self.options.keep):
            raise ValueError("account identifiers (nameOrig, nameDest) cannot be kept in results")
        self.mapping = ColumnMapping(columns=self.options.columns, type_values=self.options.type_values)
        self._model: FraudModel | None = None

    @property
    def model(self) -> FraudModel:
        if self._model is None:
            self._model = load_model(self.model_name or DEFAULT_MODEL)
        return self._model

    @property
    def threshold(self) -> float:
        return self.options.threshold if self.options.threshold is not None else self.model.threshold

    def run_table(self, table: pa.Table) -> TableOutput:
        model = self.model
        try:
            cols = Columns(table, self.mapping)
        except KeyError as exc:
            return TableOutput({}, np.ones(table.num_rows, dtype=bool), "missing_columns",
                               f"the table has no column(s) {exc.args[0]} (see the score stage's `columns` mapping)",
                               model.name, model.sha256)
        x = feature_matrix(compute_features(cols), model.features)
        scores = model.score(x)
        decisions = scores >= self.threshold
        bits = np.where(decisions, model.reason_bits(x, min_logit=self.options.min_reason_logit), 0)
        outputs: dict[str, pa.Array | np.ndarray] = {
            "fraud_score": np.round(scores, 6), "fraud_decision": decisions, "reasons": reason_strings(bits)}
        for name in self.options.keep:
            source = self.mapping.source_name(name)
            if name in cols.parsed:  # numbers as parsed (null where unusable), whatever the input type
                outputs[name] = pa.array(cols.parsed[name], mask=~np.isfinite(cols.parsed[name]))
            elif source in table.column_names:
                outputs[name] = table.column(source).combine_chunks()
        return TableOutput(outputs, ~cols.valid, "invalid_row",
                           "a required column is empty or not a number, or the type is unknown",
                           model.name, model.sha256)


def reason_strings(bits: np.ndarray) -> pa.Array:
    """Reason bit patterns -> ``"origin_emptied;large_amount"``, via the distinct patterns only."""
    patterns, inverse = np.unique(bits, return_inverse=True)
    texts = [";".join(code for bit, (code, _) in enumerate(REASONS) if int(p) >> bit & 1) for p in patterns]
    return pa.DictionaryArray.from_arrays(pa.array(inverse.astype(np.int32)), pa.array(texts)).cast(pa.string())
