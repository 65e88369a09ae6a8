"""The PaySim sample and its reproducible, stratified, seeded train/validation split."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv

PACKAGE_ROOT = Path(__file__).resolve().parents[2]
SAMPLE = (PACKAGE_ROOT / ".." / "shared" / "data" / "transactions" / "paysim_sample10k.csv").resolve()
SEED = 20261126
VALIDATION_FRACTION = 0.2


def read_transactions(path: Path) -> pa.Table:
    """A CSV or Parquet file of transactions as an Arrow table."""
    path = Path(path)
    if path.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        return pq.read_table(path)
    return pacsv.read_csv(path)


def validation_mask(labels: np.ndarray, *, seed: int = SEED, fraction: float = VALIDATION_FRACTION) -> np.ndarray:
    """True for the held-back rows: ``fraction`` of each class, chosen with ``seed``."""
    rng = np.random.default_rng(seed)
    mask = np.zeros(len(labels), dtype=bool)
    for value in np.unique(labels):
        index = np.flatnonzero(labels == value)
        rng.shuffle(index)
        mask[index[: int(round(len(index) * fraction))]] = True
    return mask
