"""Rules added after the second hold-out set (tests/data/holdout2_notes_gold.jsonl) was first
measured: slash phones, IDs by cue, two-digit-year dates, numbered roads and floors, relatives'
ages, staff initials, names after cues, organisations. Values here are invented, not the generator's."""

from __future__ import annotations

import pytest

from edgebatch.redaction.redactor import Redactor


def masked(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start:s.end] for s in redactor.scan(text)]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Spoke with son at 508/555-3141, who agrees.", "508/555-3141"),
        ("my new cell is 312/555-0987.", "312/555-0987"),
        ("Alt # (413)/555-2020 (work)", "(413)/555-2020"),
    ],
)
def test_phones_with_a_slash_after_the_area_code(redactor: Redactor, text: str, value: str) -> None:
    assert value in masked(redactor, text)


def test_slash_phones_need_a_valid_area_code_and_exchange(redactor: Redactor) -> None:
    assert masked(redactor, "BP 120/80-90 today; ratio 112/155-2002x") == []


def test_a_bracket_closing_the_sentence_stays_outside_the_phone(redactor: Redactor) -> None:
    assert "(617)555-4410" in masked(redactor, "DNR confirmed w/ HCP (wife Ana, (617)555-4410).")
