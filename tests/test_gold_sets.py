"""Every generated de-identification gold set is reproducible and well-formed, and holds what its entry
in tests/helpers/holdout_sets.py declares: label shapes, terms kept outside gold, names and variety."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import pytest

from .conftest import REPO
from .helpers.gold_sets import (
    assert_eval_schema,
    assert_numbers_validate,
    assert_regenerates,
    assert_span_shapes,
    assert_spans_keep_words_whole,
    assert_spans_well_formed,
    load,
    terms_outside_gold,
    values,
)
from .helpers.holdout_sets import H8_NOT_PHI, HOLDOUT_SETS, HoldoutSet

DATA = REPO / "tests" / "data"


def sets(*, having: str = "") -> pytest.MarkDecorator:
    """Parametrize over the hold-out sets (those whose field ``having`` is set)."""
    chosen = [spec for spec in HOLDOUT_SETS if not having or getattr(spec, having)]
    return pytest.mark.parametrize("spec", chosen, ids=lambda spec: spec.name)


SETS = sets()


@cache
def records(name: str) -> list[dict]:
    return load(DATA / f"{name}_notes_gold.jsonl")


@SETS
def test_regenerating_gives_the_committed_file(spec: HoldoutSet) -> None:
    assert_regenerates(DATA / f"generate_{spec.name}_notes.py", DATA / f"{spec.name}_notes_gold.jsonl")


@SETS
def test_records_have_the_eval_schema_and_well_formed_spans(spec: HoldoutSet) -> None:
    assert_eval_schema(records(spec.name))
    assert_spans_well_formed(records(spec.name))


@sets(having="whole_words")
def test_spans_do_not_cut_words(spec: HoldoutSet) -> None:
    assert_spans_keep_words_whole(records(spec.name), glued_after=spec.glued_after, glued_before=spec.glued_before)


@SETS
def test_span_text_is_consistent_with_its_label(spec: HoldoutSet) -> None:
    assert_span_shapes(records(spec.name), spec.shapes, spec.worded)


@sets(having="numbers_validate")
def test_cards_ibans_and_ssns_validate(spec: HoldoutSet) -> None:
    assert_numbers_validate(records(spec.name))


@SETS
def test_medical_terms_and_common_words_stay_outside_gold(spec: HoldoutSet) -> None:
    assert terms_outside_gold(records(spec.name), spec.terms, flags=spec.terms_flags) >= spec.min_terms


@sets(having="word_names")
def test_word_names_sit_beside_the_same_words_as_terms(spec: HoldoutSet) -> None:
    assert spec.word_names <= set(" ".join(values(records(spec.name), "NAME")).lower().split())


@sets(having="not_in_names")
def test_titles_credentials_and_relations_stay_outside_name_spans(spec: HoldoutSet) -> None:
    names = values(records(spec.name), "NAME")
    assert not [(p.pattern, v) for p in spec.not_in_names for v in names if p.search(v)]


@SETS
def test_the_set_is_large_and_varied(spec: HoldoutSet) -> None:
    recs, want = records(spec.name), spec.variety
    labels = Counter(s["label"] for r in recs for s in r["spans"])
    styles = Counter(r["style"] for r in recs)
    cases = Counter("upper" if r["text"].isupper() else "lower" if r["text"].islower() else "mixed" for r in recs)
    assert want.records[0] <= len(recs) <= want.records[1] and sum(labels.values()) >= want.min_spans
    assert len(styles) >= want.styles and min(styles.values()) >= want.min_per_style
    assert set(labels) == want.labels
    assert {k: labels[k] for k in want.label_mins if labels[k] < want.label_mins[k]} == {}
    assert {k: cases[k] for k in want.case_mins if cases[k] < want.case_mins[k]} == {}


def test_holdout2_names_include_apostrophes_hyphens_and_initials() -> None:
    names = values(records("holdout2"), "NAME")
    assert any("'" in n for n in names) and any("-" in n for n in names)
    assert any(re.fullmatch(r"[A-Za-z]{2}|[A-Z]\.[A-Z]\.", n) for n in names)


def test_holdout8_bed_numbers_vitals_and_doses_stay_outside_gold() -> None:
    seen = 0
    for r in records("holdout8"):
        covered = {i for s in r["spans"] for i in range(s["start"], s["end"])}
        for m in H8_NOT_PHI.finditer(r["text"]):
            seen += 1
            assert not covered & set(range(m.start(), m.end())), (r["id"], m.group())
    assert seen >= 200


def test_holdout8_notes_run_from_a_few_lines_to_a_page() -> None:
    lines = [r["text"].count("\n") for r in records("holdout8")]
    assert min(lines) <= 3 and max(lines) >= 50
