"""Rules added after the twenty-fourth hold-out set (tests/data/holdout24_notes_gold.jsonl: longitudinal records in
the manner of the i2b2/UTHealth 2014 corpus, written blind) was first measured. Values here are invented, not the
generator's."""

from __future__ import annotations

import pytest

from edgebatch.redaction.redactor import Redactor
from tests.redaction.conftest import masked


def labelled(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    """(text, label) of every span the redactor would mask, in order."""
    return [(text[s.start:s.end], s.label) for s in redactor.scan(text)]


# --------------------------------------------------------------------------- where a person moved or lives


@pytest.mark.parametrize(
    ("text", "town", "state"),
    [
        ("Social: grew up in Quarrowby; moved to Elmsworth, MA in 2031. Married.", "Elmsworth", "MA"),
        ("SOC: LIVES IN OAKRIDGE, PA WITH DAUGHTER.", "OAKRIDGE", "PA"),
        ("Born in Tessborough, MD.", "Tessborough", "MD"),
    ],
)
def test_a_town_and_its_state_code_after_moved_or_lives(redactor: Redactor, text: str, town: str, state: str) -> None:
    found = masked(redactor, text)
    assert town in found
    assert state in found


@pytest.mark.parametrize("text", ["Referred to Quarrow, MD for a second opinion.", "Seen by Oakes, PA today."])
def test_a_credential_after_a_name_is_no_state(redactor: Redactor, text: str) -> None:
    assert "MD" not in masked(redactor, text) and "PA" not in masked(redactor, text)


# --------------------------------------------------------------------------- years by their cue


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Retired welder. Quit tob 2041. No EtOH.", "2041"),
        ("quit cigs 1998, occasional beer", "1998"),
        ("- ckd: stable, renal Dr. Quarrow 2077 note reviewed", "2077"),
        ("Records of her 2019 admission requested.", "2019"),
    ],
)
def test_a_year_by_its_cue(redactor: Redactor, text: str, year: str) -> None:
    assert (year, "DATE") in labelled(redactor, text)


@pytest.mark.parametrize("text", ["Gave 2000 units of heparin.", "Wrote 1200 notes on the ward.", "quit 20 years ago"])
def test_numbers_that_are_no_year_stay(redactor: Redactor, text: str) -> None:
    assert not [s for s in redactor.scan(text) if s.label == "DATE"]


# --------------------------------------------------------------------------- a pager after 'page me at'


def test_a_pager_after_page_me_at(redactor: Redactor) -> None:
    text = "If anything changes please page me at 48213 or reach me through the operator."
    assert ("48213", "PHONE") in labelled(redactor, text)


def test_a_time_after_page_me_at_stays(redactor: Redactor) -> None:
    assert masked(redactor, "Will page me at 1530 if labs return.") == []


# --------------------------------------------------------------------------- a letter's reference initials


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for this referral.\n\nSincerely,\n\nOswin Tarrant, MD\nOT/kq\n\ncc: Dr. Ilse Marrow\n",
        "Appt 5/9 at 9:30.\n\n\nOswin Tarrant, NP\nOT/kq",
    ],
)
def test_a_letters_reference_initials_under_its_signature(redactor: Redactor, text: str) -> None:
    found = masked(redactor, text)
    assert "OT" in found and "kq" in found


def test_a_slashed_pair_without_a_signature_stays(redactor: Redactor) -> None:
    assert masked(redactor, "Vitals stable.\nPO/iv meds reviewed.\nBP/hr ok\n") == []
