"""Rules added after the twenty-second hold-out set (tests/data/holdout22_notes_gold.jsonl: notes in the manner of the
public de-identification benchmarks with full-length documents - MIMIC-III discharge summaries, i2b2 longitudinal
records, long ICU shift notes) was first measured. Values here are invented, not the generator's."""

from __future__ import annotations

import pytest

from edgebatch.redaction.redactor import Redactor
from tests.redaction.conftest import masked


def labelled(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    """(text, label) of every span the redactor would mask, in order."""
    return [(text[s.start:s.end], s.label) for s in redactor.scan(text)]


# --------------------------------------------------------------------------- a discharge summary's history list


def test_the_year_closing_an_item_of_a_dashed_history_list(redactor: Redactor) -> None:
    text = ("Past Medical History:\n- CHF (EF 30%)\n- Gout\n\n- Colon cancer 1987, s/p hemicolectomy\n"
            "- Hickman line 2016\n\nSocial History:\nLives alone.")
    found = labelled(redactor, text)
    assert ("1987", "DATE") in found
    assert ("2016", "DATE") in found


def test_a_dose_in_a_dashed_history_list_stays(redactor: Redactor) -> None:
    text = "PAST MEDICAL HISTORY:\n- DIABETES ON METFORMIN 1000 MG BID\n- CKD, BASELINE CR 1.9\n"
    assert not masked(redactor, text)


# --------------------------------------------------------------------------- hospitals by their initials


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Prior stent placed at QNBH, records requested.\n", "QNBH"),
        ("Prior MRI from ZWMC reviewed, no change.", "ZWMC"),
        ("echo done at qxh last week, report requested.", "qxh"),
        ("Appointment: MONDAY 10:30 AM  Building: SC RLH Campus: EAST", "RLH"),
        ("Labs were drawn at the VA last month.", "VA"),
    ],
)
def test_a_hospital_by_its_initials_after_its_cue(redactor: Redactor, text: str, initials: str) -> None:
    assert (initials, "ORGANIZATION") in labelled(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Films transferred from OSH reviewed; no fracture.",
        "Returned to NH after the visit.",
        "PT IS AT HIGH RISK FOR FALLS.",
        "CXR AT BIRTH WAS NORMAL PER MOTHER.",
        "He voted at VA polling place.",
    ],
)
def test_initials_and_words_that_name_no_hospital_stay(redactor: Redactor, text: str) -> None:
    assert not any(label == "ORGANIZATION" for _, label in labelled(redactor, text))


# --------------------------------------------------------------------------- a facility's name and its town


def test_a_care_unit_with_the_town_it_is_at(redactor: Redactor) -> None:
    text = "Discharged to Elmfield Transitional Care Unit at Oakby for rehab."
    assert ("Elmfield Transitional Care Unit at Oakby", "ORGANIZATION") in labelled(redactor, text)


def test_a_care_unit_before_at_and_a_common_word_stays_short(redactor: Redactor) -> None:
    text = "Referral sent to Elmfield Transitional Care Unit at Discharge, per case management."
    found = labelled(redactor, text)
    assert ("Elmfield Transitional Care Unit", "ORGANIZATION") in found
    assert not any("Discharge" in value for value, _ in found)


def test_the_facility_field_with_its_value_below_and_its_town_after_a_dash(redactor: Redactor) -> None:
    text = ("Discharge Disposition:\nExtended Care\n\nFacility:\nBirchmont Rehabilitation and Nursing - Oakby\n\n"
            "Discharge Diagnosis:\nCHF")
    found = labelled(redactor, text)
    assert ("Birchmont Rehabilitation and Nursing", "ORGANIZATION") in found
    assert ("Oakby", "LOCATION") in found


def test_an_empty_facility_field_masks_nothing(redactor: Redactor) -> None:
    assert not masked(redactor, "Facility:\n\nDischarge Diagnosis:\nPneumonia\n")


def test_a_deaconess_hospital_by_its_kind_word(redactor: Redactor) -> None:
    text = "TRANSFERRED FROM QUILLFORD DEACONESS FOR ERCP."
    assert ("QUILLFORD DEACONESS", "ORGANIZATION") in labelled(redactor, text)


def test_a_found_facilitys_own_word_after_the_as_its_short_name(redactor: Redactor) -> None:
    text = "Called admissions at Larkvale Oakhurst Rehabilitation Hospital; the Oakhurst offered a bed for Monday."
    found = labelled(redactor, text)
    assert ("Larkvale Oakhurst Rehabilitation Hospital", "ORGANIZATION") in found
    assert ("Oakhurst", "ORGANIZATION") in found


def test_a_facilitys_street_or_kind_word_after_the_stays(redactor: Redactor) -> None:
    text = "Seen at Elm Street Health Center last week; the Street was icy and the Center was closed."
    found = labelled(redactor, text)
    assert ("Street", "ORGANIZATION") not in found
    assert ("Center", "ORGANIZATION") not in found


def test_an_eye_practice_by_its_kind_and_no_name_spread_from_inside_it(redactor: Redactor) -> None:
    text = "Flu shot given. Eye exam at Dorset Eye Center pending.\nEye drops refilled."
    found = labelled(redactor, text)
    assert ("Dorset Eye Center", "ORGANIZATION") in found
    assert ("Eye", "NAME") not in found


def test_a_surname_named_as_a_person_still_spreads_beside_its_clinic(redactor: Redactor) -> None:
    text = "Seen by Dr. Quarrington today. Quarrington Clinic called back; Quarrington agrees with the plan."
    assert labelled(redactor, text).count(("Quarrington", "NAME")) == 2


# --------------------------------------------------------------------------- names in a form's 'SURNAME, GIVEN I'


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Name:  KOWALCZYK, RICH C                 Unit No:   1234567\n", "KOWALCZYK, RICH C"),
        ("Pt: Kowalczyk, Andrew C  Unit#: 7654321\n", "Kowalczyk, Andrew C"),
    ],
)
def test_a_surname_given_name_and_middle_initial(redactor: Redactor, text: str, name: str) -> None:
    assert (name, "NAME") in labelled(redactor, text)


# --------------------------------------------------------------------------- sign-offs and a report's footer


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("SON AT BEDSIDE, QUESTIONS ANSWERED. -ON", ["ON"]),
        ("pt resting, call light in reach. qz", ["qz"]),
        ("Belongings sent home with son.\nQ.Z.", ["Q.Z."]),
        ("Result phoned to the covering resident at 03:40, read back. Q.Z./ab", ["Q.Z.", "ab"]),
    ],
)
def test_initials_signing_off_a_note(redactor: Redactor, text: str, initials: list[str]) -> None:
    found = labelled(redactor, text)
    for value in initials:
        assert (value, "NAME") in found


def test_a_credential_after_a_sign_off_line_stays(redactor: Redactor) -> None:
    text = "Hearing aids checked, stable.\nq.z. aud"
    assert ("aud", "NAME") not in labelled(redactor, text)


def test_the_typist_and_the_job_number_of_a_report_footer(redactor: Redactor) -> None:
    text = "Quinn Avery, M.D.\nDictated: 1/2 11:05  Transcribed: 1/3 14:30  T: qzb  Job 7654321"
    found = labelled(redactor, text)
    assert ("qzb", "NAME") in found
    assert ("7654321", "ID") in found


def test_a_job_without_a_long_number_stays(redactor: Redactor) -> None:
    assert not masked(redactor, "He lost his job 2 years ago and now drives part time.")


def test_dictation_field_dates_even_when_day_and_month_agree(redactor: Redactor) -> None:
    text = "Dictated by: Quinn Avery, M.D.\nDD: 4/4  DT: 4/6  DV: 4/4\n"
    found = labelled(redactor, text)
    assert found.count(("4/4", "DATE")) == 2
    assert ("4/6", "DATE") in found


# --------------------------------------------------------------------------- months and towns by their cue


def test_may_as_a_month_after_in(redactor: Redactor) -> None:
    text = "Weight 71 kg (80 kg in May); seen at Elm Clinic in May for a cough."
    assert labelled(redactor, text).count(("May", "DATE")) == 2


def test_may_as_a_verb_stays(redactor: Redactor) -> None:
    assert not masked(redactor, "May repeat the echo next week. Pt may go home in two days.")


def test_a_known_town_before_its_post_office_in_capitals(redactor: Redactor) -> None:
    text = "SON DELIVERS MAIL FOR THE BANGOR POST OFFICE."
    assert ("BANGOR", "LOCATION") in labelled(redactor, text)


def test_a_town_before_its_states_full_name(redactor: Redactor) -> None:
    text = "Grew up in Elmbury, Vermont; moved here as a teenager."
    found = labelled(redactor, text)
    assert ("Elmbury", "LOCATION") in found
    assert ("Vermont", "LOCATION") in found
