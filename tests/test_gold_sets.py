"""Every generated de-identification gold set is reproducible and well-formed (its own module checks
what is particular to it: label shapes, terms kept outside gold, variety)."""

from __future__ import annotations

import pytest

from .conftest import REPO
from .helpers.gold_sets import assert_eval_schema, assert_regenerates, assert_spans_well_formed, load

DATA = REPO / "tests" / "data"
# generate_<set>_notes.py -> <set>_notes_gold.jsonl
SETS = ["holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8"]


@pytest.mark.parametrize("name", SETS)
def test_regenerating_gives_the_committed_file(name: str) -> None:
    assert_regenerates(DATA / f"generate_{name}_notes.py", DATA / f"{name}_notes_gold.jsonl")


@pytest.mark.parametrize("name", SETS)
def test_records_have_the_eval_schema_and_well_formed_spans(name: str) -> None:
    records = load(DATA / f"{name}_notes_gold.jsonl")
    assert_eval_schema(records)
    assert_spans_well_formed(records)
