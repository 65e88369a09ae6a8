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
        ("cad (since 2011) admitted 3rd with chest pain.", ["3rd"]),
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
        ("called son gil at work (acme freight) x2, lm on vm.", "acme freight"),
        ("pt's pharmacy is cvs in dover, ph 978-555-0163.", "cvs"),
        ("followed by Dr. Ruiz at Glasgow Internal Medicine.", "Glasgow Internal Medicine"),
        ("CAME IN FROM HUNTINGTON FAMILY PRACTICE, PLAN TO MONITOR", "HUNTINGTON FAMILY PRACTICE"),
    ],
)
def test_an_employer_a_pharmacy_and_a_practice_named_after_its_town(redactor: Redactor, text: str, org: str) -> None:
    assert org in masked(redactor, text)


@pytest.mark.parametrize(
    "text", ["wife at work (x2) today", "pt at work (on leave) today", "Holter lab report", "Doppler imaging normal",
             "risk by Wells score 3", "f/u Parkinson clinic"],
)
def test_counts_leave_and_eponyms_before_a_service_stay(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("text", "name"),
    [("MR O'BRIEN WAS SEEN BY TEAM", "O'BRIEN"), ("MR D'ANGELO ARRIVED FROM OR", "D'ANGELO"),
     ("pt seen by dr brody w/ team.", "brody")],
)
def test_a_surname_keeps_its_prefix_and_loses_a_with(redactor: Redactor, text: str, name: str) -> None:
    assert name in masked(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("PRESENT: DAUGHTER INES BRODY, SON IN LAW RICH BRODY.", "RICH BRODY"),
        ("CASE MGMT (MIRA BRODY) STARTED SCREENING FOR REHAB.", "MIRA BRODY"),
        ("Case manager (Ines Varga) called the family.", "Ines Varga"),
        ("Dictated By: BRODY, WILL\nMEDQUIST36", "BRODY, WILL"),
        ("Reviewed by: Varga, May\n", "Varga, May"),
    ],
)
def test_an_in_law_a_case_manager_and_a_dictating_doctor(redactor: Redactor, text: str, name: str) -> None:
    assert name in masked(redactor, text)


@pytest.mark.parametrize("text", ["son in law aware of plan", "Reviewed by: Cardiology, May\n", "CASE MGMT (SEE NOTE)"])
def test_in_laws_services_and_notes_stay(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


# --------------------------------------------------------------------------- report numbers and years


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("EEG #: EG551234   Study date: May 4, 2011", "EG551234"),
        ("Cath No: 512345   Date: 05/13/2011", "512345"),
        ("DX: SEPSIS / AFIB W RVR, HX CHF, DEMENTIA (2013).", "2013"),
        ("COMPARISON: none. Prior EEG 2013 not available.", "2013"),
    ],
)
def test_a_study_number_and_the_year_of_a_history_item(redactor: Redactor, text: str, value: str) -> None:
    assert value in masked(redactor, text)


@pytest.mark.parametrize(
    "text", ["echo # 2 showed improved EF", "EKG number 3 unchanged", "pt with hx of dm, per Ruiz et al (2016).",
             "EKG 2010 ms"],
)
def test_study_counts_citations_and_durations_stay(redactor: Redactor, text: str) -> None:
    assert not [v for v in masked(redactor, text) if any(c.isdigit() for c in v)]


# --------------------------------------------------------------------------- facilities and places


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Discharge Disposition: Home With Service\nFacility: VNA of Greater Elmton\n", "VNA of Greater Elmton"),
        ("Facility: Larchmont Senior Residence\n", "Larchmont Senior Residence"),
        ("Facility: Elm University Medical Center Inpatient Psychiatry, Unit 3\n", "Elm University Medical Center"),
        ("family would like pt to go to larchmont senior residence; bed offer expected.", "larchmont senior residence"),
        ("cc: Dr. Anne Brody  Elm Square Health Center, fax 978-555-0143", "Elm Square Health Center"),
        ("cc: Dr. Alan Brody  Elmton Family Health, fax 978-555-0176", "Elmton Family Health"),
    ],
)
def test_a_facility_field_a_senior_residence_and_a_practice_on_a_cc_line(redactor: Redactor, text: str,
                                                                          org: str) -> None:
    assert org in masked(redactor, text)


@pytest.mark.parametrize("text", ["Facility: SNF\n", "Facility: Skilled Nursing\n", "Facility: Acute Rehab\n",
                                  "senior residence options discussed"])
def test_a_kind_of_facility_stays(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [("PT ORIGINALLY FROM THE CANARY ISLANDS, SPANISH SPEAKING.", "THE CANARY ISLANDS"),
     ("pt originally from the Faroe Islands.", "the Faroe Islands")],
)
def test_a_place_of_origin_named_with_its_article(redactor: Redactor, text: str, place: str) -> None:
    assert place in masked(redactor, text)


@pytest.mark.parametrize("text", ["PT ORIGINALLY FROM THE AREA, LIVES ALONE",
                                  "ORIGINALLY FROM THE SAME TOWN AS HIS WIFE"])
def test_an_origin_that_is_no_place_name_stays(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


@pytest.mark.parametrize(
    "text", ["Midland  Regional Hospital Elmcarne\nOUTPATIENT CLINIC LETTER", "Larch  Community Nursing Unit\nLETTER"],
)
def test_an_ocr_double_space_inside_an_organisation_keeps_it_whole(redactor: Redactor, text: str) -> None:
    assert text.split("\n")[0] in masked(redactor, text)


# --------------------------------------------------------------------------- terms that stay


@pytest.mark.parametrize(
    "text", ["Margins negative. 2/14 nodes positive.", "0/12 lymph nodes involved."],
)
def test_a_pathology_node_count_is_no_date(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


@pytest.mark.parametrize(
    "text",
    ["1. Sepsis: Levophed was required for 48 hours. Cultures from the line grew Klebsiella.\n2. Anemia: transfused.",
     "Daughter called for update.\nPlan: Wean levo as tol, f/u am labs, update family."],
)
def test_cultures_organisms_and_weaning_are_no_names_for_the_model(with_ner: Redactor, text: str) -> None:
    assert not masked(with_ner, text)


# --------------------------------------------------------------------------- a social worker's given name, an employer


@pytest.mark.parametrize(
    ("text", "name"),
    [("FAMILY MTG W/ DR RUIZ, SW TOMO ROSSI AND RN.", "TOMO ROSSI"),
     ("CM Tomo Rossi looking at rehab options.", "Tomo Rossi")],
)
def test_any_given_name_after_a_social_workers_role_before_a_found_surname(redactor: Redactor, text: str,
                                                                          name: str) -> None:
    assert name in masked(redactor, text)


@pytest.mark.parametrize(
    ("text", "org"), [("called mother ines at work (home goods) x2, lm on vm.", "home goods")],
)
def test_an_employer_in_brackets_may_open_with_home(redactor: Redactor, text: str, org: str) -> None:
    assert org in masked(redactor, text)


@pytest.mark.parametrize(
    "text", ["wife at work (home) today", "son at work (night shift), will call", "at work (home office), will call",
             "SW FOLLOWING FOR DISPO"],
)
def test_working_from_home_a_shift_and_a_following_social_worker_stay(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("Discharge Summary\nO'BRIEN, FRANCIS   Unit No: 7730415\n", "O'BRIEN, FRANCIS"),
     ("D'ARCY, INES | MRN 1234567", "D'ARCY, INES")],
)
def test_a_banner_surname_with_its_prefix(redactor: Redactor, text: str, name: str) -> None:
    assert name in masked(redactor, text)


@pytest.mark.parametrize(
    ("text", "org"),
    [("CASE MGMT STARTED SCREENING FOR ELM STATE HOSPICE.", "ELM STATE HOSPICE"),
     ("Screening for Larch Hospice began.", "Larch Hospice")],
)
def test_an_organisation_without_the_search_for_it(redactor: Redactor, text: str, org: str) -> None:
    assert org in masked(redactor, text)
