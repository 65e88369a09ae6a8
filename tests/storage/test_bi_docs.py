"""docs/bi.md's Trino tables match the real Parquet schemas and the real key layout."""

from __future__ import annotations

import re

from edgebatch.config import Settings
from edgebatch.pipeline import find_spec
from edgebatch.rows import AUDIT_SCHEMA, ERRORS_SCHEMA, results_schema
from edgebatch.storage import layout

from ..conftest import REPO

DOC = (REPO / "docs" / "bi.md").read_text()


def _trino_columns(table: str) -> list[str]:
    body = re.search(rf"CREATE TABLE edgebatch\.bi\.{table} \((.*?)\) WITH", DOC, re.S)
    assert body, table
    return [part.split()[0] for part in body.group(1).split(",") if part.strip()]


def test_trino_columns_are_the_parquet_columns_plus_the_path_partitions() -> None:
    spec = find_spec(Settings.load().pipelines_dir, "radiology")
    assert _trino_columns("results_radiology") == results_schema(spec).names + ["date", "batch"]
    assert _trino_columns("audit_radiology") == AUDIT_SCHEMA.names + ["date", "batch"]
    errors = re.search(r"`errors_<pipeline>` the same way with `(.*?)`\.", DOC, re.S)
    assert errors and [c.split()[0] for c in errors.group(1).split(",")] == ERRORS_SCHEMA.names


def test_documented_locations_follow_the_layout() -> None:
    for dataset in ("results", "audit"):
        folder = layout.partition_dir(dataset, "cardiology", "radiology", "2026-01-01", "b1")
        root = folder.split("date=")[0]
        assert root == f"{dataset}/tenant=cardiology/pipeline=radiology/"  # one table per tenant and pipeline
        assert f"external_location = 's3://edgebatch/prod/{root}'" in DOC
        assert folder.endswith("/batch=b1/") and "date=2026-01-01/" in folder  # partitioned_by date, batch
    assert "tenant" not in ERRORS_SCHEMA.names + AUDIT_SCHEMA.names, "a partition key is not a file column"
