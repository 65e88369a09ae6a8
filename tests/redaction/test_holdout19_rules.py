"""Rules added after the nineteenth hold-out set (tests/data/holdout19_notes_gold.jsonl: e-mail threads, contact
tracing, trial SAE reports and data queries, travel medicine, fertility logs, templated notes, EHR access audits,
depositions, tumor boards, patient financial services, credentialing, bank estate services, KYC reviews and leases)
was first measured. Values here are invented, not the generator's."""

from __future__ import annotations

import pytest

from edgebatch.redaction.redactor import Redactor
from tests.redaction.conftest import masked


def _spans(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.label) for s in redactor.scan(text)]


# --------------------------------------------------------------------------- record numbers by their cue


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Quill Varnet, Esq. (Bar No. 445566)\n", "445566"),
        ("REPORTED BY TOVA BRENNICK, CSR NO. 9876\n", "9876"),
        ("CLIENT: VARNET, QUILL   CIF 12345678\n", "12345678"),
        ("complained about noise. Ticket XQ448210 in the relations portal.", "XQ448210"),
        ("OUTBREAK # ZB-2031-07   REPORTED TO COUNTY 02/20/2031", "ZB-2031-07"),
        ("pt asked if donor k4455 sibling vials still available", "k4455"),
        ("Donor: QX-7788 via an egg donation agency", "QX-7788"),
    ],
)
def test_licence_customer_ticket_outbreak_and_donor_numbers(redactor: Redactor, text: str, value: str) -> None:
    assert (value, "ID") in _spans(redactor, text)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Accts: checking 111-222333, CD 444-555666 (POD to grandson)", ["111-222333", "444-555666"]),
        ("Re: Accounts 123-456789 and 987-654321\n", ["123-456789", "987-654321"]),
        ("accounts: 7712345098, 7723456019  (dos 03/24/2031)", ["7712345098", "7723456019"]),
    ],
)
def test_every_number_of_an_account_list(redactor: Redactor, text: str, values: list[str]) -> None:
    found = _spans(redactor, text)
    assert all((v, "ID") in found for v in values)


def test_user_ids_in_an_access_log(redactor: Redactor) -> None:
    table = ("Date | User | User ID | Role\n"
             "04/02/2031 01:25 | Varnet, Quill | QVAR123 | Unit Clerk | Chart Review\n")
    alert = ("ALERTS:\n  2031-05-24 03:23  QUILL VARNET (QVAR123)  REASON: COVERAGE\n"
             "EMAILED TO THE USER'S MANAGER.\n")
    assert ("QVAR123", "ID") in _spans(redactor, table)
    assert ("QVAR123", "ID") in _spans(redactor, alert)


def test_a_bracketed_code_without_access_words_stays(redactor: Redactor) -> None:
    assert "VAX21" not in masked(redactor, "Vaccine given (VAX21) today.")


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("REVIEW DATE: 2031-12-24   REVIEWER: TOVA BRENNICK   APPROVER: QUILL VARNET\n", "TOVA BRENNICK"),
        ("Reviewer: Tova Brennick   Approver: Quill Varnet\n", "Quill Varnet"),
        ("DEPONENT: QUILL VARNET, M.D.   DATE: 05/09/2031", "QUILL VARNET"),
        ("From: Tova Brennick\nTo: Quill Varnet (Oncology)\nSubject: path result\n", "Quill Varnet"),
        ("Cases:\n1. Varnet, Quill  MRN 12345678  64 F  - stage IIB\n", "Varnet, Quill"),
    ],
)
def test_names_in_review_deposition_mail_and_case_list_fields(redactor: Redactor, text: str, name: str) -> None:
    assert (name, "NAME") in _spans(redactor, text)


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("ACCOUNT LOG\n5/20/31 09:12 QZ - STMT RETURNED MAIL\n", "QZ"),
        ("Sponsor: Varnet Oncology\nSubject 109-0001, initials QZ, a 70-year-old male", "QZ"),
    ],
)
def test_initials_in_an_account_log_and_a_safety_report(redactor: Redactor, text: str, initials: str) -> None:
    assert (initials, "NAME") in _spans(redactor, text)


def test_a_case_lists_age_after_the_record_number(redactor: Redactor) -> None:
    text = "Cases:\n2. Varnet, Quill  MRN 12345678  93 F  - stage IIB\n"
    assert ("93", "AGE") in _spans(redactor, text)


def test_a_younger_age_or_a_vital_sign_stays(redactor: Redactor) -> None:
    assert "64" not in masked(redactor, "Cases:\n1. Varnet, Quill  MRN 12345678  64 F  - stage IIB\n")
    assert "99" not in masked(redactor, "Vitals: BP 120/80  99 F  HR 80\n")


# --------------------------------------------------------------------------- organisations, places and years


def test_a_religious_founders_title_opens_a_hospital_name(redactor: Redactor) -> None:
    assert ("Sister Quillan Memorial Hospital", "ORGANIZATION") in _spans(
        redactor, "Fellowship: Sister Quillan Memorial Hospital (2015)")
    assert ("SISTER QUILLAN MEMORIAL HOSPITAL", "ORGANIZATION") in _spans(
        redactor, "SIGNED 01/16/2031\nSISTER QUILLAN MEMORIAL HOSPITAL\n")


def test_a_relative_called_sister_stays_outside_the_hospital(redactor: Redactor) -> None:
    found = masked(redactor, "her sister Varnet Hospital visit")
    assert all(not s.lower().startswith("sister") for s in found)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("taken to Brennick Ridge Health in Quillton, IN and admitted", "IN"),
        ("Facility: Varnet Hospital, Quillton, OH   Admit 4/3/31", "OH"),
        ("Prior hospital: Varnet County Hospital, Quillton, OH (2017-2024)", "OH"),
    ],
)
def test_a_state_after_a_facilitys_town(redactor: Redactor, text: str, state: str) -> None:
    assert state in masked(redactor, text)


def test_years_at_a_place_and_of_graduation(redactor: Redactor) -> None:
    text = "a reference from her time at Varnet County Hospital (2001-2005). Please"
    assert ("2001", "DATE") in _spans(redactor, text) and ("2005", "DATE") in _spans(redactor, text)
    assert "1998" in masked(redactor, "Attended Brennick School of Medicine, graduated 1998; residency")


def test_a_dose_range_in_brackets_stays(redactor: Redactor) -> None:
    assert not any("2000" in s for s in masked(redactor, "heparin infusion (2000-2500 units) overnight"))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("One month's rent, held at First Varnet Trust.\n", "First Varnet Trust"),
        ("QUILLTON SAVINGS BANK - SMALL ESTATE AFFIDAVIT INTAKE\n", "QUILLTON SAVINGS BANK"),
    ],
)
def test_banks_and_trust_companies(redactor: Redactor, text: str, org: str) -> None:
    assert (org, "ORGANIZATION") in _spans(redactor, text)


def test_a_hospitals_blood_bank_is_a_service(redactor: Redactor) -> None:
    assert not masked(redactor, "TRANSFUSION SERVICE / BLOOD BANK NOTE\n")
