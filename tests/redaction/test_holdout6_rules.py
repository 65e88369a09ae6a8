"""Rules added after the sixth hold-out set (tests/data/holdout6_notes_gold.jsonl) was first measured:
years of clinical events, identifiers by cue and form, names after roles and in header fields,
organisations by agency and business words, and clinical abbreviations that stay readable. Values here
are invented, not the generator's."""

from __future__ import annotations

import pytest

from edgebatch.redaction.redactor import Redactor


def masked(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start:s.end] for s in redactor.scan(text)]


# --------------------------------------------------------------------------- years


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("T2DM (dx 2071), CKD 3", "2071"),
        ("Ex-smoker, quit 1998.", "1998"),
        ("Objective: MRI 2022: disc bulge", "2022"),
        ("ICD placed 2019.", "2019"),
        ("prior TIA 2021, no residual", "2021"),
        ("Year of birth: 1966   Sex: F", "1966"),
    ],
)
def test_year_of_a_clinical_event(redactor: Redactor, text: str, year: str) -> None:
    assert year in masked(redactor, text)


@pytest.mark.parametrize("text", ["echo 2000 mL out", "placed 2000 units", "admit weight 2010 g"])
def test_numbers_with_units_are_no_years(redactor: Redactor, text: str) -> None:
    assert not any(v.isdigit() for v in masked(redactor, text))
