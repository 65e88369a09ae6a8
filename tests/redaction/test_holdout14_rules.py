"""Rules added after the fourteenth hold-out set (tests/data/holdout14_notes_gold.jsonl: ICU nursing progress notes
of the MIMIC-II era, i2b2-style discharge summaries, headed imaging and procedure reports, quickly typed lower-case
notes and phone calls) was first measured. Values here are invented, not the generator's."""

from __future__ import annotations

import pytest

from edgebatch.redaction.redactor import Redactor
from tests.redaction.conftest import masked

# --------------------------------------------------------------------------- initials signing a note


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("SON AWARE OF TRANSFER.\n--QR", "QR"),
        ("PLAN CONT SUPPORTIVE CARE. --ZT", "ZT"),
        ("CONT CURRENT MGMT.\n/WJ", "WJ"),
        ("Ines Varga MD 5512034\nCompleted by: QV 2011-03-02 @ 0915\nSigned electronically", "QV"),
    ],
)
def test_a_nursing_note_signed_by_initials(redactor: Redactor, text: str, initials: str) -> None:
    assert initials in masked(redactor, text)


@pytest.mark.parametrize(
    "text", ["PMH:\n- HTN\n- DM\n- CAD", "SEEN IN ER.\n--CT\n/ICU", "BP 120/80\n/OK", "Completed by: RN on 3/2"],
)
def test_list_items_and_abbreviations_after_a_dash_stay(redactor: Redactor, text: str) -> None:
    assert not [v for v in masked(redactor, text) if v in ("HTN", "DM", "MS", "CT", "ICU", "OK", "RN")]


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("NPN 4-19\nMR VARGA (70 Y/O M) HD #3", ["4-19"]),
        ("11-23 pm note\npt seen by team", ["11-23"]),
        ("ICU COURSE: INTUBATED 4-2-4-5. A-LINE D/CD.", ["4-2", "4-5"]),
        ("ICU COURSE: INTUBATED 10-8-10/11/19. HICKMAN REMAINS.", ["10-8", "10/11/19"]),
        ("ICU COURSE: INTUBATED 03/11/2019-MARCH 14. A-LINE D/CD.", ["03/11/2019", "MARCH 14"]),
        ("70 Y/O M ADMITTED TO CCU 14TH W/ NSTEMI.", ["14TH"]),
        ("cad (since 1999) admitted 3rd with chest pain.", ["3rd"]),
    ],
)
def test_note_headings_stays_and_admission_days(redactor: Redactor, text: str, dates: list[str]) -> None:
    found = masked(redactor, text)
    assert all(d in found for d in dates)


@pytest.mark.parametrize(
    "text", ["7-3 NOTE\nPT RESTING", "NPN 7-11\nPT RESTING", "SATS 95-98% ON 2L", "INTUBATED ON 2ND ATTEMPT",
             "given 1-2-3 tabs", "ADMITTED 2ND TIME THIS YEAR"],
)
def test_shift_hours_ranges_and_counts_stay(redactor: Redactor, text: str) -> None:
    assert not [v for v in masked(redactor, text) if any(c.isdigit() for c in v)]


# --------------------------------------------------------------------------- ages


@pytest.mark.parametrize(
    ("text", "age"),
    [("4. Goals of care: At 94 the patient and her proxy agreed to comfort care.", "94"),
     ("Lives alone. At 91, she still drives.", "91")],
)
def test_an_age_opening_a_sentence_about_the_patient(redactor: Redactor, text: str, age: str) -> None:
    assert age in masked(redactor, text)


@pytest.mark.parametrize("text", ["sats at 92 the patient was comfortable", "HR at 95 pt asymptomatic"])
def test_a_reading_before_the_patient_stays(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


# --------------------------------------------------------------------------- employers and pharmacies


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("called son bob at work (acme freight) x2, lm on vm.", "acme freight"),
        ("pt's pharmacy is cvs in dover, ph 617-555-0121.", "cvs"),
        ("followed by Dr. Ruiz at Glasgow Internal Medicine.", "Glasgow Internal Medicine"),
        ("CAME IN FROM HUNTINGTON FAMILY PRACTICE, PLAN TO MONITOR", "HUNTINGTON FAMILY PRACTICE"),
    ],
)
def test_an_employer_a_pharmacy_and_a_practice_named_after_its_town(redactor: Redactor, text: str, org: str) -> None:
    assert org in masked(redactor, text)


@pytest.mark.parametrize(
    "text", ["wife at work (x2) today", "pt at work (on leave) today", "Holter lab report", "Doppler imaging normal",
             "risk by Framingham score 12%", "f/u Parkinson clinic"],
)
def test_counts_leave_and_eponyms_before_a_service_stay(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("text", "name"),
    [("MR O'BRIEN WAS SEEN BY TEAM", "O'BRIEN"), ("MR D'ANGELO ARRIVED FROM OR", "D'ANGELO"),
     ("pt seen by dr okafor w/ team.", "okafor")],
)
def test_a_surname_keeps_its_prefix_and_loses_a_with(redactor: Redactor, text: str, name: str) -> None:
    assert name in masked(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("PRESENT: DAUGHTER ANA OKAFOR, SON IN LAW RICH OKAFOR.", "RICH OKAFOR"),
        ("CASE MGMT (LENA OKAFOR) STARTED SCREENING FOR REHAB.", "LENA OKAFOR"),
        ("Case manager (Ines Varga) called the family.", "Ines Varga"),
        ("Dictated By: OKAFOR, WILL\nMEDQUIST36", "OKAFOR, WILL"),
        ("Reviewed by: Varga, May\n", "Varga, May"),
    ],
)
def test_an_in_law_a_case_manager_and_a_dictating_doctor(redactor: Redactor, text: str, name: str) -> None:
    assert name in masked(redactor, text)


@pytest.mark.parametrize("text", ["son in law aware of plan", "Reviewed by: Cardiology, May\n", "CASE MGMT (SEE NOTE)"])
def test_in_laws_services_and_notes_stay(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)
