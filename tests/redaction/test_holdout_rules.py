"""Rules added after the hold-out set (tests/data/holdout_notes_gold.jsonl) was first measured:
dictation initials, holidays, employers and insurers, bracketed hospital abbreviations, IDs known
by their form or cue, pagers, role fields, 'Last, First'. Values here are not the generator's."""

from __future__ import annotations

import pytest

from edgebatch.redaction.redactor import Redactor
from tests.redaction.conftest import masked


@pytest.mark.parametrize(
    "text,value",
    [
        ("Dictated By: Lindgren, Marta\nMAL/pq\nDD: 03/02/2091", "MAL"),
        ("Dictated By: Lindgren, Marta\nMAL/pq\nDD: 03/02/2091", "pq"),
        ("Counts correct.\n\nRJB/kt  D: 3/4/91  T: 3/5/91\n", "RJB"),
        ("Counts correct.\n\nRJB/kt  D: 3/4/91  T: 3/5/91\n", "kt"),
    ],
)
def test_dictation_and_typist_initials(redactor: Redactor, text: str, value: str) -> None:
    assert value in masked(redactor, text)


def test_initials_lines_need_a_dictation_cue(redactor: Redactor) -> None:
    assert masked(redactor, "Plan:\nPT/OT\nIV/po\n") == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("Mood worse since Thanksgiving, per wife.", "Thanksgiving"),
        ("Plans to travel after the Fourth of July.", "Fourth of July"),
        ("Fell on Christmas Eve at home.", "Christmas Eve"),
        ("NO BM SINCE MEMORIAL DAY", "MEMORIAL DAY"),
        ("Back to work after Labor Day", "Labor Day"),
        ("Attends dialysis on Mondays and Thursdays.", "Monday"),
    ],
)
def test_holidays_and_plural_weekdays_are_dates(redactor: Redactor, text: str, value: str) -> None:
    assert value in masked(redactor, text)


def test_labor_and_tetanus_words_are_no_holidays(redactor: Redactor) -> None:
    assert masked(redactor, "Active labor day 2 of induction. Tet spells resolved.") == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("Retired from Amtrak. Lives alone.", "Amtrak"),
        ("She works as a dental hygienist for Walgreens and is insured through Aetna Better Health.", "Walgreens"),
        ("She works as a hygienist for Walgreens and is insured through Aetna Better Health.", "Aetna Better Health"),
        ("Insurance: Granite State Plan #4471902235", "4471902235"),
        ("Referred to Father Bill's Place for shelter.", "Father Bill's Place"),
        ("Outside slides from Genoptix (GX2214567) reviewed.", "GX2214567"),
        ("Transferred from Lakeshore General Hospital (LGH) on 4/4.", "LGH"),
        ("Specimen to Pathology (SP91-20455).", "SP91-20455"),
        ("Implant: tibial tray, lot KT883120.", "KT883120"),
        ("CLIA 31D2045671", "31D2045671"),
        ("Dr. Zoltan Brandvold, beeper #418", "418"),
    ],
)
def test_employers_insurers_and_ids(redactor: Redactor, text: str, value: str) -> None:
    assert value in masked(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Referred to Physical Therapy and Occupational Therapy.",
        "Seen in the Movement Disorders Clinic.",
        "Fell at home; referred to PCP.",
        "Wells score 2, Allen test normal, Jackson-Pratt drain in place.",
    ],
)
def test_departments_scores_and_devices_stay(redactor: Redactor, text: str) -> None:
    assert masked(redactor, text) == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("Primary RN: Wilhelmina.\n", "Wilhelmina"),
        ("Triage RN: Odalys R., RN\n", "Odalys R."),
        ("interpreter Anselm (ID 30917) used", "Anselm"),
        ("Final report; copy to Brandvold\n", "Brandvold"),
        ("Agree with above. -- T. Fairweather\n", "T. Fairweather"),
        ("Seen with Dr. K.L. Nakashima today.", "K.L. Nakashima"),
        ("Cc: Brandvold, Zoltan MD\n", "Brandvold, Zoltan"),
        ("Parents updated by Y. Ekwueme, NNP.", "Y. Ekwueme"),
    ],
)
def test_names_in_role_and_signature_context(redactor: Redactor, text: str, value: str) -> None:
    assert value in masked(redactor, text)


def test_last_first_keeps_the_comma_inside_the_name(redactor: Redactor) -> None:
    text = "Followed by Brandvold, Zoltan MD from Renal."
    assert "Brandvold, Zoltan" in masked(redactor, text)
