"""The contracts pipeline end to end: `edgebatch run` with real workers and the scripted engine."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from ..conftest import REPO, cli

CONTRACTS = REPO / "tests" / "data" / "contracts"


def test_run_contracts_gives_clauses_with_original_offsets_and_risk(env: dict[str, str], tmp_path: Path) -> None:
    folder = tmp_path / "contracts"
    shutil.copytree(CONTRACTS, folder)
    (folder / "empty.txt").write_text("")
    summary = json.loads(cli("run", str(folder), "--pipeline", "contracts", "--json", env=env).stdout)
    assert summary["status"] == "completed"
    assert (summary["total"], summary["succeeded"], summary["errored"]) == (4, 3, 1)
    rows = [json.loads(line) for line in cli("results", summary["batch_id"], "--format", "jsonl",
                                             env=env).stdout.splitlines() if line.strip()]
    assert sorted(r["doc_id"] for r in rows) == sorted(p.name for p in CONTRACTS.glob("*.txt"))
    for row in rows:
        original = (CONTRACTS / row["doc_id"]).read_text()
        findings = json.loads(row["clauses"])
        assert findings and row["risk_level"] in ("low", "medium", "high")
        for f in findings:
            assert 0 <= f["start"] < f["end"] <= len(original)
        evidence = {f["clause"]: original[f["start"]:f["end"]] for f in findings}
        if row["doc_id"] == "supply-agreement.txt":
            assert "automatically renew" in evidence["auto_renewal"]
            assert row["risk_level"] == "high" and "exclusivity" in row["risk_reasons"]
    assert "Okonkwo" not in json.dumps(rows), "results carry no raw PII"
