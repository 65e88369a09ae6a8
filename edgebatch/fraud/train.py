"""Train the fraud model: ``python -m edgebatch.fraud.train [--data FILE] [--name NAME]``.

Holds back a stratified, seeded validation split, fits on the rest, and writes the artefact
``edgebatch/fraud/data/NAME.json`` (weights, features, threshold, training data sha256, split,
validation metrics). Its sha256 is what the audit records.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import numpy as np

from .dataset import SAMPLE, SEED, VALIDATION_FRACTION, read_transactions, validation_mask
from .evaluate import evaluate
from .features import ColumnMapping, Columns, compute_features, feature_matrix
from .model import DEFAULT_MODEL, FraudModel, artefact_path, fit_logistic, load_model

FEATURES = ["type_transfer", "type_cash_out", "log_amount", "error_orig", "error_dest", "origin_emptied",
            "origin_balanced", "amount_to_balance", "dest_zero_balances", "log_old_orig", "night"]
THRESHOLD = 0.5


def train(data: Path = SAMPLE, *, name: str = DEFAULT_MODEL, seed: int = SEED, out: Path | None = None) -> Path:
    table = read_transactions(data)
    labels = table.column("isFraud").to_numpy(zero_copy_only=False).astype(np.float64)
    held_back = validation_mask(labels, seed=seed, fraction=VALIDATION_FRACTION)
    x = feature_matrix(compute_features(Columns(table, ColumnMapping())), FEATURES)
    weights, bias = fit_logistic(x[~held_back], labels[~held_back])
    meta = {"version": 1, "training_data": {
        "file": Path(data).name, "sha256": hashlib.sha256(Path(data).read_bytes()).hexdigest(),
        "rows": int(len(labels)), "frauds": int(labels.sum()), "seed": seed,
        "validation_fraction": VALIDATION_FRACTION, "train_rows": int((~held_back).sum()),
        "validation_rows": int(held_back.sum())}}
    model = FraudModel(name, FEATURES, weights, bias, THRESHOLD, metadata=meta)
    path = out or artefact_path(name)
    path.write_bytes(model.to_json())
    load_model.cache_clear()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SAMPLE)
    parser.add_argument("--name", default=DEFAULT_MODEL)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    path = train(args.data, name=args.name, seed=args.seed)
    model = load_model(str(path))
    print(f"wrote {path} (sha256 {model.sha256})")
    report = evaluate(args.data, model=model)
    print("\n".join(report["lines"]))
    print(json.dumps({"beats_baselines": report["beats_baselines"]}))


if __name__ == "__main__":
    main()
