"""The transactions pipeline end to end: CSV/Parquet made from the PaySim sample, real broker,
real worker processes, `edgebatch submit` / `run` / `results` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from edgebatch.fraud.model import load_model

from ..conftest import REPO, SHARED_DATA, cli

PAYSIM = SHARED_DATA / "transactions" / "paysim_sample10k.csv"
pytestmark = pytest.mark.skipif(not PAYSIM.is_file(), reason="needs ../shared/data/transactions")


def _jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _transactions(rows: int) -> pa.Table:
    return pacsv.read_csv(PAYSIM).slice(0, rows)


def test_submit_scores_a_csv_in_row_shards_with_a_worker(env: dict[str, str], start_worker, tmp_path: Path) -> None:
    table = _transactions(3000)
    ids = [f"tx{i:05d}" for i in range(table.num_rows)]
    ids[10] = ids[9]  # a duplicate id
    table = table.add_column(0, "id", pa.array(ids))
    amounts = [str(a) for a in table.column("amount").to_pylist()]
    amounts[20] = "not a number"
    table = table.set_column(table.column_names.index("amount"), "amount", pa.array(amounts))
    folder = tmp_path / "in"
    folder.mkdir()
    pacsv.write_csv(table, folder / "day1.csv")
    spec = tmp_path / "tx.yaml"
    spec.write_text((REPO / "pipelines" / "transactions.yaml").read_text().replace("shard_size: 50000",
                                                                                  "shard_size: 1000"))
    batch_id = cli("submit", str(folder), "--pipeline", str(spec), env=env).stdout.strip()
    start_worker("--procs", "1").wait_ready()
    status = json.loads(cli("status", batch_id, "--watch", "--json", env=env, timeout=180).stdout)
    assert status["status"] == "completed"
    assert (status["total"], status["succeeded"], status["errored"]) == (3000, 2998, 2)

    results = _jsonl(cli("results", batch_id, "--format", "jsonl", env=env).stdout)
    assert len(results) == 2998 and results[0]["doc_id"] == "tx00000"
    assert not {"nameOrig", "nameDest"} & set(results[0])
    assert not any(str(v).startswith(("C1", "C2", "M1")) for r in results[:200] for v in r.values())
    labels = dict(zip(ids, table.column("isFraud").to_pylist(), strict=True))
    flagged = [r for r in results if r["fraud_decision"]]
    frauds = sum(labels[r["doc_id"]] for r in results)
    caught = sum(labels[r["doc_id"]] for r in flagged)
    assert caught / frauds >= 0.95 and caught / len(flagged) >= 0.9
    assert all(0.0 <= r["fraud_score"] <= 1.0 for r in results)
    assert all(r["reasons"] for r in flagged)

    errors = {r["doc_id"]: r["error_code"] for r in _jsonl(
        cli("results", batch_id, "--dataset", "errors", "--format", "jsonl", env=env).stdout)}
    assert errors == {"tx00009@row10": "duplicate_id", "tx00020": "invalid_row"}
    audit = _jsonl(cli("results", batch_id, "--dataset", "audit", "--format", "jsonl", env=env).stdout)
    assert len(audit) == 3000
    assert {(r["model"], r["model_sha256"]) for r in audit} == {("fraud-lr-v1", load_model("fraud-lr-v1").sha256)}
    store = Path(env["EDGEBATCH_DATA_DIR"]) / "store"
    assert not list(store.glob(f"staging/batch={batch_id}/*")), "staged rows are deleted at finalize"


def test_run_scores_parquet_and_reports_unreadable_tables(env: dict[str, str], tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    pq.write_table(_transactions(1500), folder / "week.parquet")
    (folder / "broken.csv").write_text("step,type\n1,TRANSFER,3,4\n")  # 4 fields, 2 columns
    summary = json.loads(cli("run", str(folder), "--pipeline", "transactions", "--json", env=env, timeout=180).stdout)
    assert summary["status"] == "completed"
    assert (summary["total"], summary["succeeded"], summary["errored"]) == (1501, 1500, 1)
    rows = _jsonl(cli("results", summary["batch_id"], "--format", "jsonl", env=env).stdout)
    assert [r["doc_id"] for r in rows[:3]] == ["week.parquet:0", "week.parquet:1", "week.parquet:2"]
    errors = _jsonl(cli("results", summary["batch_id"], "--dataset", "errors", "--format", "jsonl", env=env).stdout)
    assert [(e["doc_id"], e["error_code"]) for e in errors] == [("broken.csv", "unreadable_table")]
