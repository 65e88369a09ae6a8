"""Vectorised transaction features (numpy over whole columns; never a per-row Python loop).

Input columns are PaySim's. A bank maps its own schema onto them with ``ColumnMapping``
(column renames and type-value aliases, declared in the pipeline spec).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from pydantic import BaseModel, ConfigDict, Field

NUMERIC_COLUMNS = ("step", "amount", "oldbalanceOrg", "newbalanceOrig", "oldbalanceDest", "newbalanceDest")
REQUIRED_COLUMNS = ("type", *NUMERIC_COLUMNS)
ACCOUNT_COLUMNS = ("nameOrig", "nameDest")  # identifiers: never copied to results
TYPES = ("TRANSFER", "CASH_OUT", "PAYMENT", "CASH_IN", "DEBIT")
_CENT = 0.01


class ColumnMapping(BaseModel):
    """How a bank's schema maps onto PaySim's columns.

    ``columns``: PaySim name -> your column name (only the ones that differ).
    ``type_values``: PaySim type -> your values meaning it (e.g. ``TRANSFER: [WIRE, SEPA]``).
    """

    model_config = ConfigDict(extra="forbid")

    columns: dict[str, str] = Field(default_factory=dict)
    type_values: dict[str, list[str]] = Field(default_factory=dict)

    def source_name(self, canonical: str) -> str:
        return self.columns.get(canonical, canonical)


class Columns:
    """The canonical numeric columns of a table as float64 arrays, plus the transaction type."""

    def __init__(self, table: pa.Table, mapping: ColumnMapping) -> None:
        missing = [mapping.source_name(c) for c in REQUIRED_COLUMNS if mapping.source_name(c) not in table.column_names]
        if missing:
            raise KeyError(", ".join(missing))
        self.n = table.num_rows
        self.valid = np.ones(self.n, dtype=bool)
        self.values: dict[str, np.ndarray] = {}
        self.parsed: dict[str, np.ndarray] = {}
        for name in NUMERIC_COLUMNS:
            column = table.column(mapping.source_name(name))
            if not pa.types.is_floating(column.type):
                column = pc.cast(column, pa.float64(), safe=False) if _numeric(column.type) else _parse(column)
            array = column.to_numpy(zero_copy_only=False).astype(np.float64, copy=False)
            self.valid &= np.isfinite(array)
            self.parsed[name] = array  # NaN where missing or not a number
            self.values[name] = np.nan_to_num(array)
        kinds = pc.utf8_upper(pc.cast(table.column(mapping.source_name("type")), pa.string()))
        for canonical, aliases in mapping.type_values.items():
            hit = pc.is_in(kinds, value_set=pa.array([a.upper() for a in aliases]))
            kinds = pc.if_else(hit, canonical, kinds)
        kinds = pc.fill_null(kinds, "")
        self.is_type = {t: pc.equal(kinds, t).to_numpy(zero_copy_only=False) for t in TYPES}
        known = np.zeros(self.n, dtype=bool)
        for mask in self.is_type.values():
            known |= mask
        self.valid &= known

    def __getitem__(self, name: str) -> np.ndarray:
        return self.values[name]


def _numeric(kind: pa.DataType) -> bool:
    return pa.types.is_integer(kind) or pa.types.is_floating(kind) or pa.types.is_decimal(kind)


def _parse(column: Any) -> pa.Array:
    """Text numbers (e.g. a CSV column read as strings): unparsable values become NaN."""
    values = pc.cast(column, pa.string())
    ok = pc.match_substring_regex(values, r"^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$")
    cleaned = pc.if_else(pc.fill_null(ok, False), pc.utf8_trim_whitespace(values), pa.scalar("nan"))
    return pc.cast(cleaned, pa.float64())


def _slog(x: np.ndarray) -> np.ndarray:
    """Signed log: keeps the sign, tames the scale of money amounts."""
    return np.sign(x) * np.log1p(np.abs(x)) / 10.0


def compute_features(cols: Columns) -> dict[str, np.ndarray]:
    """Every model feature by name. Only TRANSFER and CASH_OUT carry fraud in PaySim, so the
    money features are gated by ``tc`` (a linear model then needs no interaction terms)."""
    amount, old_orig, new_orig = cols["amount"], cols["oldbalanceOrg"], cols["newbalanceOrig"]
    old_dest, new_dest = cols["oldbalanceDest"], cols["newbalanceDest"]
    transfer = cols.is_type["TRANSFER"].astype(np.float64)
    cash_out = cols.is_type["CASH_OUT"].astype(np.float64)
    tc = transfer + cash_out
    error_orig = new_orig + amount - old_orig  # 0 when the origin's books balance
    error_dest = old_dest + amount - new_dest  # 0 when the destination's books balance
    emptied = (old_orig > 0) & (new_orig <= _CENT)
    return {
        "type_transfer": transfer,
        "type_cash_out": cash_out,
        "log_amount": tc * _slog(amount),
        "error_orig": tc * _slog(error_orig),
        "error_dest": tc * _slog(error_dest),
        "origin_emptied": tc * emptied,
        "origin_balanced": tc * (np.abs(error_orig) < _CENT),
        "amount_to_balance": tc * np.minimum(amount / (old_orig + 1.0), 10.0) / 10.0,
        "dest_zero_balances": tc * ((old_dest == 0) & (new_dest == 0)),
        "log_old_orig": tc * _slog(old_orig),
        "night": tc * ((cols["step"] % 24) < 7),
    }


# Reason codes: (code, feature whose contribution to the logit explains the score).
REASONS = (
    ("origin_emptied", "origin_emptied"),
    ("origin_balance_consistent_with_drain", "origin_balanced"),
    ("dest_balance_not_updated", "dest_zero_balances"),
    ("dest_balance_mismatch", "error_dest"),
    ("large_amount", "log_amount"),
    ("large_origin_balance", "log_old_orig"),
    ("night_hours", "night"),
    ("transfer", "type_transfer"),
)


def feature_matrix(features: dict[str, np.ndarray], names: list[str]) -> np.ndarray:
    return np.column_stack([features[name].astype(np.float64, copy=False) for name in names])
