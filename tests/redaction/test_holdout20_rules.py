"""Rules added after the twentieth hold-out set (tests/data/holdout20_notes_gold.jsonl: notes in the manner of the
public de-identification benchmarks - PhysioNet ICU nursing notes, i2b2 2006/2014 discharge summaries and clinic
notes, MIMIC-III discharge and radiology notes) was first measured. Values here are invented, not the generator's."""

from __future__ import annotations

import pytest

from edgebatch.redaction.redactor import Redactor
from tests.redaction.conftest import masked


def labelled(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    """(text, label) of every span the redactor would mask, in order."""
    return [(text[s.start:s.end], s.label) for s in redactor.scan(text)]


# --------------------------------------------------------------------------- record headers and dictation codes


def test_a_discharge_summary_record_header_in_lines(redactor: Redactor) -> None:
    text = "318274651 QVMH\n7730418\n552907\n03/14/2071 12:00:00 AM\nDischarge Summary\nUnsigned\n"
    found = labelled(redactor, text)
    assert found[:4] == [("318274651", "ID"), ("QVMH", "ORGANIZATION"), ("7730418", "ID"), ("552907", "ID")]


def test_a_discharge_summary_record_header_between_bars(redactor: Redactor) -> None:
    text = "614203 | TMH | 40917726 | | 338105 | 3/14/2071 12:00:00 AM | SYNCOPE | Signed | DIS |\n"
    found = labelled(redactor, text)
    assert found[:4] == [("614203", "ID"), ("TMH", "ORGANIZATION"), ("40917726", "ID"), ("338105", "ID")]


def test_a_number_opening_a_note_without_the_header_form_stays(redactor: Redactor) -> None:
    assert not masked(redactor, "12345 UNITS OF HEPARIN GIVEN\nPT TOLERATED WELL.")


def test_dictation_codes_job_and_index_numbers(redactor: Redactor) -> None:
    text = ("Attending :\nQUORVEX , LINA , M.D. 47K318\n604417\nIndex No. WQT6613ZP\n"
            "ENTERED BY: TESSMOOR, ADA   JOB #: 720331\n")
    found = labelled(redactor, text)
    for value in ("47K318", "604417", "WQT6613ZP", "720331"):
        assert (value, "ID") in found


def test_a_date_with_the_month_between_slashes_and_a_four_digit_year(redactor: Redactor) -> None:
    text = "Late entry signed by Lina Quorvex, MD on:14/Mar/2071 at 09:40\n"
    assert ("14/Mar/2071", "DATE") in labelled(redactor, text)


# --------------------------------------------------------------------------- staff by initials and surname-first lines


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("PLAN: WEAN PRESSORS AS TOLERATED. FAMILY UPDATED.\nQZ/RN", "QZ"),
        ("REPORT GIVEN TO NIGHT RN.\n--ER RN", "ER"),
        ("NEXT APPT WITH DR. QUORVEX IN 2 WKS.\nJQ", "JQ"),
        ("Return in 3 months, sooner if needed.\nZV\n", "ZV"),
    ],
)
def test_a_note_signed_by_initials_on_its_last_line(redactor: Redactor, text: str, initials: str) -> None:
    assert (initials, "NAME") in labelled(redactor, text)


@pytest.mark.parametrize("text", ["Problems:\nHTN\nCHF", "Plan: continue current meds.\nRN", "PLAN: DIURESE.\nCT"])
def test_a_last_line_that_is_a_term_or_a_bare_credential_stays(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


def test_a_doctor_by_one_initial_with_the_service_in_brackets(redactor: Redactor) -> None:
    text = "CALLED DR Q (NEURO) ABOUT THE HEAD CT; NO CHANGE IN PLAN."
    assert ("Q", "NAME") in labelled(redactor, text)


def test_a_transcriptionists_initials_field(redactor: Redactor) -> None:
    text = "DICTATING FOR : QUORVEX , M.D.\nTR : JZ\nDD : 03/14/2071\n"
    assert ("JZ", "NAME") in labelled(redactor, text)


def test_a_surname_first_line_under_a_role_field(redactor: Redactor) -> None:
    text = "Dictated By :\nTESSMOOR , GRACE\nAttending :\nWEXHOLDT , LINA Q. , M.D.\nCC :\n1. BRACKMOOR , W\n"
    found = masked(redactor, text)
    for value in ("GRACE", "LINA Q.", "W"):
        assert any(value in f for f in found), value


# --------------------------------------------------------------------------- organisations


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("OUTSIDE CATH AT QVRH 3/14 SHOWED 3VD.", "QVRH"),
        ("PMH: AFIB, ABLATION @ TBMC 10/07, OSA.", "TBMC"),
        ("Blood cultures pending from WXH.\n", "WXH"),
        ("  s/p L THA 2061 (QRH)\n", "QRH"),
        ("WILL REQUEST TQRH RECORDS FOR THE ECHO.", "TQRH"),
    ],
)
def test_a_hospital_by_its_short_name_after_a_place_cue(redactor: Redactor, text: str, org: str) -> None:
    assert (org, "ORGANIZATION") in labelled(redactor, text)


@pytest.mark.parametrize(
    "text", ["Bleed from SAH.\nStable.", "PT AT HIGH RISK FOR FALLS.", "Transferred from OSH.\n", "CT: no ICH (LVH)."]
)
def test_a_bleed_a_word_or_an_outside_hospital_stays(redactor: Redactor, text: str) -> None:
    assert not any(label == "ORGANIZATION" for _, label in labelled(redactor, text))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("LIVES ALONE. RETIRED MAIL CARRIER FOR QUORVEX AND TESSMOOR.\nNO ETOH.", "QUORVEX AND TESSMOOR"),
        ("Former teacher at Brackmoor Academy, retired 2061.", "Brackmoor Academy"),
        ("She is a cashier at Wexholdt and Orlithe, part time.", "Wexholdt and Orlithe"),
    ],
)
def test_an_employer_after_a_job_in_a_social_history(redactor: Redactor, text: str, org: str) -> None:
    assert (org, "ORGANIZATION") in labelled(redactor, text)


def test_a_job_at_no_named_place_stays(redactor: Redactor) -> None:
    assert not masked(redactor, "He is a nurse at the hospital.")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Home visits twice a week by VNA of Tessmoor for wound care.", "VNA of Tessmoor"),
        ("INR FOLLOWED AT QUORVEX VALLEY REGIONAL.\n", "QUORVEX VALLEY REGIONAL"),
        ("FLOWN IN BY ORLITHE MEDFLIGHT.\nNEURO: INTACT.", "ORLITHE MEDFLIGHT"),
        ("Arrived with Orlithe Life Flight crew at 0300.", "Orlithe Life Flight"),
    ],
)
def test_agencies_regionals_and_air_ambulances_by_their_kind(redactor: Redactor, text: str, org: str) -> None:
    assert (org, "ORGANIZATION") in labelled(redactor, text)


@pytest.mark.parametrize("text", ["WALL MOTION: NO REGIONAL.", "CONVERTED TO GENERAL FROM REGIONAL."])
def test_regional_as_no_hospital_in_capitals_stays(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


def test_the_town_in_brackets_after_a_facility(redactor: Redactor) -> None:
    text = "Plan: return to Quorvex Rehab (Tacoma) when afebrile."
    assert "Tacoma" in masked(redactor, text)


# --------------------------------------------------------------------------- years, ages and states by their cue


def test_the_year_of_retirement(redactor: Redactor) -> None:
    assert ("2061", "DATE") in labelled(redactor, "Worked for the city for 30 years, retired 2061. Lives alone.")


def test_a_relatives_age_living_at(redactor: Redactor) -> None:
    text = "FH: father with CAD, still living at 99; mother alive at 101."
    assert [v for v, label in labelled(redactor, text) if label == "AGE"] == ["99", "101"]
    assert not masked(redactor, "FH: mother alive at 78.")


def test_a_state_code_before_what_the_person_there_is_doing(redactor: Redactor) -> None:
    text = "BROTHER IN SPOKANE, WA CALLING FOR UPDATES."
    assert ("WA", "LOCATION") in labelled(redactor, text)
    assert "MD" not in masked(redactor, "SEEN BY ANA QUORVEX, MD CALLING BACK.")
