"""Rules added after the twenty-first hold-out set (tests/data/holdout21_notes_gold.jsonl: a second set in the manner of
the public de-identification benchmarks - PhysioNet ICU nursing notes, i2b2 2006/2014 discharge summaries and clinic
notes, MIMIC-III notes and reports - by another author) was first measured. Values here are invented, not the
generator's."""

from __future__ import annotations

import pytest

from edgebatch.redaction.redactor import Redactor
from tests.redaction.conftest import masked


def labelled(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    """(text, label) of every span the redactor would mask, in order."""
    return [(text[s.start:s.end], s.label) for s in redactor.scan(text)]


# --------------------------------------------------------------------------- a discharge summary's dictation footer


def test_dictating_and_attending_codes_and_the_attendings_initials(redactor: Redactor) -> None:
    text = ("Follow up in clinic in two weeks.\n\nDICTATED BY: MORROW, ELSPETH , M.D. K12\n"
            "Attending: PIKESLEY, DORIAN M.D. B73 DP\nBatch: 11223 Index No. Q7654321 D: 01/02/03\n")
    found = labelled(redactor, text)
    assert ("K12", "ID") in found
    assert ("B73", "ID") in found
    assert ("DP", "NAME") in found


def test_a_code_after_md_outside_a_dictation_line_stays(redactor: Redactor) -> None:
    text = "Plan reviewed with the team; the M.D. B73 form was filed.\n"
    assert ("B73", "ID") not in labelled(redactor, text)


def test_the_first_addressee_of_a_numbered_copy_list(redactor: Redactor) -> None:
    text = "T: 02/03/04\nCC: 1. MIRABEL PEMBERTHWAITE, M.D. Elmcourt\n2. Dara Vossberg MD\n"
    found = labelled(redactor, text)
    assert ("MIRABEL PEMBERTHWAITE", "NAME") in found
    assert ("Dara Vossberg", "NAME") in found


# --------------------------------------------------------------------------- years and relatives in a social history


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Social history: retired welder. Quit smoking 1988. Drinks rarely.", "1988"),
        ("SH: stopped drinking 1983, no drugs.", "1983"),
        ("Former smoker, quit tobacco 1979.", "1979"),
    ],
)
def test_the_year_a_habit_was_given_up(redactor: Redactor, text: str, year: str) -> None:
    assert (year, "DATE") in labelled(redactor, text)


def test_a_dose_after_stopped_stays(redactor: Redactor) -> None:
    assert not masked(redactor, "Heparin stopped 2050 units short of the goal, per protocol.")


def test_the_spouse_after_married_to(redactor: Redactor) -> None:
    text = "Social history: Married to Tavish; two grown children. Works as a baker."
    assert ("Tavish", "NAME") in labelled(redactor, text)


def test_married_to_a_description_stays(redactor: Redactor) -> None:
    assert not masked(redactor, "Social history: married to a retired teacher, two children.")


@pytest.mark.parametrize("verb", ["FLYING", "COMING", "DRIVING", "ARRIVING"])
def test_a_relative_on_the_way_to_the_bedside(redactor: Redactor, verb: str) -> None:
    text = f"SOCIAL: SON TAVISH {verb} IN TOMORROW. PT RESTING."
    assert ("TAVISH", "NAME") in labelled(redactor, text)


def test_a_relative_coming_in_without_a_name_stays(redactor: Redactor) -> None:
    assert not masked(redactor, "SOCIAL: DAUGHTER COMING IN TOMORROW. SON DRIVING IN.")


# --------------------------------------------------------------------------- a nurse's glued initial


def test_a_given_initial_glued_to_the_signing_surname(redactor: Redactor) -> None:
    text = "resp: lungs clear, sats 97% on 2l.\nq.kowalski\n"
    found = labelled(redactor, text)
    assert ("q", "NAME") in found
    assert ("kowalski", "NAME") in found


def test_an_abbreviation_before_a_surname_stays_whole(redactor: Redactor) -> None:
    text = "Discussed with family, e.g.Kowalski and the team."
    assert ("g", "NAME") not in labelled(redactor, text)


# --------------------------------------------------------------------------- facilities by where the patient was


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("82 Y/O MAN, ADMITTED FROM TAMBERLY CROSSING FOR HYPOXIA.", "TAMBERLY CROSSING"),
        ("arrived this am; came from Grennock Tarn by ambulance", "Grennock Tarn"),
        ("Was hospitalized at the Larchmere twice last winter.", "Larchmere"),
        ("Seen in the ED at Fennick Landing last week with dizziness.", "Fennick Landing"),
        ("CALLED PCP DR ZOLNER AT BRACKEN PRIMARY CARE RE: MED LIST.", "BRACKEN PRIMARY CARE"),
    ],
)
def test_a_facility_after_an_admission_a_stay_or_the_pcp(redactor: Redactor, text: str, organisation: str) -> None:
    assert (organisation, "ORGANIZATION") in labelled(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "ADMITTED FROM HOME. ADMITTED FROM OSH. ADMITTED FROM REHAB ON 5/1. ADMITTED FROM ED.",
        "pt came from home. Came from ED.",
        "PCP DR ZOLNER AT BEDSIDE. PCP AWARE AT 0300.",
    ],
)
def test_home_a_unit_or_a_time_after_those_cues_stays(redactor: Redactor, text: str) -> None:
    assert not [s for s in redactor.scan(text) if s.label == "ORGANIZATION"]
