"""Rules added after the eleventh hold-out set (tests/data/holdout11_notes_gold.jsonl: hospital reports and
letters, bank statements and dispute letters, contracts, settlement letters and court dockets) was first
measured. Values here are invented, not the generator's."""

from __future__ import annotations

import pytest

from edgebatch.redaction.redactor import Redactor
from tests.redaction.conftest import masked

# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Specimen received 14MAR2024 in good condition.", "14MAR2024"),
        ("PRIOR STUDY: 3jan2019 (outside films)", "3jan2019"),
        ("Order signed 28FEB24 by the covering team.", "28FEB24"),
    ],
)
def test_a_date_run_together_with_its_month(redactor: Redactor, text: str, date: str) -> None:
    assert date in masked(redactor, text)


@pytest.mark.parametrize("text", ["took 12MAR tabs", "dose 5mg2024", "see 31DEC"])
def test_glued_month_needs_a_year_and_a_day(redactor: Redactor, text: str) -> None:
    assert not any(v[:1].isdigit() for v in masked(redactor, text))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2  June 4th, 2024  MOTION TO DISMISS filed", "June 4th, 2024"),
        ("7  OCTOBER 30, 2023  ANSWER TO COMPLAINT", "OCTOBER 30, 2023"),
    ],
)
def test_a_docket_rows_number_is_no_day(redactor: Redactor, text: str, date: str) -> None:
    found = masked(redactor, text)
    assert any(v.startswith(date) for v in found) and not any(v[:1].isdigit() for v in found)


def test_a_time_after_a_month_and_day_is_no_year(redactor: Redactor) -> None:
    found = masked(redactor, "Dictated: 12 March 08:40 / ab")
    assert "12 March" in found and not any("08" in v for v in found)


# --------------------------------------------------------------------------- identifiers by their label


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PAYER: ACME HEALTH   GROUP: H448120\n", "H448120"),
        ("Group #: 7730215", "7730215"),
        ("ACH TRANSFER TO SAVINGS CONF 908812334  40.00", "908812334"),
        ("Transaction reference: TX88A013377\n", "TX88A013377"),
        ("Re: Our File No. 20-4471 (lease dispute)", "20-4471"),
        ("RE: Matter Number 55102-0031", "55102-0031"),
        ("Docket No.: CV-2291-18 assigned", "CV-2291-18"),
    ],
)
def test_a_labelled_account_claim_or_matter_number(redactor: Redactor, text: str, value: str) -> None:
    assert value in masked(redactor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Case 3:22-cv-00871-RJC was reassigned.", "3:22-cv-00871-RJC"),
        ("USA v. Doe, No. 1:19-CR-4410", "1:19-CR-4410"),
    ],
)
def test_a_federal_case_number(redactor: Redactor, text: str, value: str) -> None:
    assert value in masked(redactor, text)


@pytest.mark.parametrize(
    "text",
    ["Gleason score 7, Grade Group 2 of 5.", "Reference: see prior note", "reference: 12 items", "conf call at 3 pm",
     "Time 10:30-11:45 in clinic"],
)
def test_ordinary_words_before_small_numbers_stay(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


# --------------------------------------------------------------------------- boilerplate is no organisation


@pytest.mark.parametrize(
    "text",
    [
        "The Receiving Party shall protect all Confidential Information it receives.",
        "This Agreement starts on the Effective Date and binds the Disclosing Party.",
        "Questions? Call Member Services on the number on your card.",
        "You may also write to the Consumer Financial Protection Bureau or the Federal Reserve.",
        "Our General Counsel will send the Standard Terms of Engagement.",
        "Rights under the Fair Credit Billing Act apply to this dispute.",
        "Avoid ibuprofen (Advil) and naproxen (Aleve) this week.",
        "This Mutual Non-Disclosure Agreement is made between the parties named below.",
        "A. Lymph node, left inguinal, excisional biopsy:",
    ],
)
def test_contract_bank_and_insurer_boilerplate_stays(with_ner: Redactor, text: str) -> None:
    assert not masked(with_ner, text)


def test_a_named_bank_among_boilerplate_words_is_still_masked(with_ner: Redactor) -> None:
    assert any("Juniper Federal Credit Union" in v
               for v in masked(with_ner, "Statement from Juniper Federal Credit Union, Card Services"))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Regards,\nHana Berg\nCard Services - Dispute Resolution\nOrchard Savings Bank\n41 Quay Road\nSalem, OR 97301",
         "Card Services"),
        ("Omar Haddad\nGeneral Counsel\nVesper Tools Ltd.\n9 Mill Lane\nAlbany, NY 12207\n", "General Counsel"),
        ("BY CERTIFIED MAIL\nLena Varga, Esq.\nVarga & Holm LLP\n77 Pine Street\nAustin, TX 73301\n", "CERTIFIED MAIL"),
        ("Best,\nIrene Soto\nFraud Investigations Officer, Orchard Savings Bank", "Fraud Investigations"),
    ],
)
def test_a_letterheads_unit_job_or_delivery_line_stays(redactor: Redactor, text: str, kept: str) -> None:
    assert not any(kept in v for v in masked(redactor, text))


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("3  03/02/2024  ORDER signed by Judge Maria Okafor\n", "Maria Okafor", "Judge"),
        ("Copies to Omar Haddad, Esq. and the clerk.", "Omar Haddad", "Esq"),
    ],
)
def test_judge_and_esquire_stay_outside_the_name(redactor: Redactor, text: str, name: str, role: str) -> None:
    found = masked(redactor, text)
    assert name in found and not any(role in v for v in found)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("6/02  PAYROLL DIRECT DEP ORCHARD TOOLING LLC  1200.00\n", "ORCHARD TOOLING LLC"),
        ("6/09  ACH CREDIT VESPER TOOLS LTD  88.10\n", "VESPER TOOLS LTD"),
    ],
)
def test_a_statement_lines_transaction_kind_is_no_part_of_the_payer(redactor: Redactor, text: str, org: str) -> None:
    assert org in masked(redactor, text)


def test_a_breast_imaging_heading_is_no_organisation(redactor: Redactor) -> None:
    assert not any("BREAST" in v for v in masked(redactor, "BREAST IMAGING REPORT - Quay Road Clinic\n"))


# --------------------------------------------------------------------------- state codes and initials


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("She was employed at the Dayton, OH\nwarehouse for ten years.", "OH"),
        ("Referring practice: Elm Row Pediatrics, Boise, ID\n", "ID"),
    ],
)
def test_a_state_code_ending_a_line_after_a_town(redactor: Redactor, text: str, state: str) -> None:
    assert state in masked(redactor, text)


@pytest.mark.parametrize("text", ["Seen today by Omar Haddad, MD\n", "Note by Lena Varga, PA\n"])
def test_a_credential_ending_a_line_is_no_state(redactor: Redactor, text: str) -> None:
    assert not any(v in ("MD", "PA") for v in masked(redactor, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Maria Okafor called. Sincerely yours,\n\nR. Okafor, Esq.\n", "R. Okafor"),
        ("Signed for Omar Haddad; the search on S. Haddad found nothing.", "S. Haddad"),
        ("CHECK #2201 PAID TO K. MORETTI  310.00\n", "K. MORETTI"),
    ],
)
def test_an_initial_before_a_surname_is_part_of_the_name(redactor: Redactor, text: str, name: str) -> None:
    assert any(name in v for v in masked(redactor, text))


# --------------------------------------------------------------------------- payees, holders and who drew the blood


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("04/11  ZELLE PAYMENT TO MARIA OKAFOR CONF 88120456  45.00\n", "MARIA OKAFOR"),
        ("04/12  CHECK #3310 PAID TO OMAR HADDAD  120.00\n", "OMAR HADDAD"),
        ("Wire transferred to Irene Soto, ref 5512", "Irene Soto"),
        ("ACCOUNT HOLDERS: HANA BERG AND OMAR HADDAD\n", "OMAR HADDAD"),
        ("SPECIMEN DRAWN BY: IRENE\nBILL TO: PATIENT", "IRENE"),
    ],
)
def test_a_payee_holder_or_phlebotomist(redactor: Redactor, text: str, name: str) -> None:
    assert name in masked(redactor, text)


@pytest.mark.parametrize(
    "text",
    ["04/13  PAYMENT TO CITY WATER DEPT  61.20\n", "04/14  BILL PAYMENT TO VERIZON WIRELESS  80.00\n",
     "sent to the lab and Radiology  "],
)
def test_a_payee_that_is_no_person_stays(redactor: Redactor, text: str) -> None:
    assert not any(v.isupper() and " " in v for v in masked(redactor, text) if not v[0].isdigit())
