"""Rules added after the sixteenth hold-out set (tests/data/holdout16_notes_gold.jsonl: operative and pathology
reports, anaesthesia records, NICU and OB notes, therapy notes, inpatient psychiatry, consult letters, dictated
transcripts, OCR'd faxes, genetics pedigrees, transfers, research consent, death notes) was first measured. Values
here are invented, not the generator's."""

from __future__ import annotations

import pytest

from edgebatch.redaction.redactor import Redactor
from tests.redaction.conftest import masked

# --------------------------------------------------------------------------- dictation: spoken dates and digits


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("date of service april twenty second twenty twenty four period", "april twenty second twenty twenty four"),
        ("date of birth june fourth nineteen forty one she is", "june fourth nineteen forty one"),
        ("seen in clinic on october thirtieth for follow up", "october thirtieth"),
        ("surgery was on the ninth of december comma healing well", "ninth of december"),
        ("seen on may second for a recheck", "may second"),
        ("she stopped working in twenty nineteen period", "twenty nineteen"),
        ("she is a ninety six year old woman", "ninety six"),
        ("home phone six one two five five five zero one four four period", "six one two five five five zero one four four"),
        ("her number is nine five two five five five zero one eight three", "nine five two five five five zero one eight three"),
        ("medical record number three three one eight zero two six period", "three three one eight zero two six"),
        ("medical record r t four one one zero eight two biopsy", "r t four one one zero eight two"),
    ],
)
def test_spoken_dates_ages_phones_and_record_numbers(redactor: Redactor, text: str, value: str) -> None:
    assert value in masked(redactor, text)


@pytest.mark.parametrize(
    "text",
    ["you may second that motion", "he may first try a brace", "in twenty minutes he was calm",
     "took one two three steps", "she is seventy two year old", "march on to the next item"],
)
def test_counts_verbs_and_younger_ages_stay(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)
