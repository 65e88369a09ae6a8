"""Rules added after the eighteenth hold-out set (tests/data/holdout18_notes_gold.jsonl: wound and ostomy care,
dietitian and diabetes education, dermatology and Mohs, ENT and audiology, urology and nephrology, radiation oncology,
anticoagulation phone logs, telehealth visits, capacity, guardianship and court letters, release-of-information
requests, patient complaint letters, UK NHS letters, Canadian and Australian discharge letters, home infusion and DME
tickets) was first measured. Values here are invented, not the generator's."""

from __future__ import annotations

import pytest

from edgebatch.redaction.redactor import Redactor
from tests.redaction.conftest import masked

# --------------------------------------------------------------------------- organisations by their kind word


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Labs drawn today at Quorvex Outpatient Lab; pt views results", "Quorvex Outpatient Lab"),
        ("Result (Tessmoor Dermpath Lab, pending): BCC", "Tessmoor Dermpath Lab"),
        ("today - sent to Wexholdt Repair Center, loaner issued", "Wexholdt Repair Center"),
        ("I have a bill for $900 from Quorvex Billing that I dispute", "Quorvex Billing"),
        ("arranging transport via Brackmoor Medical Transport.", "Brackmoor Medical Transport"),
        ("rides to treatment via Orlithe Volunteer Drivers; driver", "Orlithe Volunteer Drivers"),
        ("family physician: Dr. Q. Vell, Brackmoor Family Health Team (fax", "Brackmoor Family Health Team"),
        ("cc: Tessmoor Community Respiratory Team\n", "Tessmoor Community Respiratory Team"),
    ],
)
def test_vendors_labs_and_teams_by_their_kind_word(redactor: Redactor, text: str, org: str) -> None:
    assert org in masked(redactor, text)


def test_a_law_named_for_billing_stays(redactor: Redactor) -> None:
    assert not masked(redactor, "This notice is provided under the Fair Credit Billing Act.")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Labs ordered to Zentrovia in the next town.", "Zentrovia"),
        ("Eliquis not covered per Halvernon Rx.", "Halvernon Rx"),
        ("POC meter via Quorvex Connect arranged.", "Quorvex Connect"),
        ("COMPLIANCE CHECK DUE. PAYER ORLITHE BLUE, MEMBER 4411", "ORLITHE BLUE"),
        ("PT WANTS 2ND OPINION AT WEXHOLDT CANCER CENTER. RELEASE SIGNED.", "WEXHOLDT CANCER CENTER"),
        ("Copy logged in Brackmoor portal.", "Brackmoor"),
        ("Lunch: cafeteria + snacks from Tessmoor Mart. Bolus reviewed", "Tessmoor Mart"),
    ],
)
def test_labs_payers_vendors_and_stores_by_their_cue(redactor: Redactor, text: str, org: str) -> None:
    assert org in masked(redactor, text)


# --------------------------------------------------------------------------- names and initials


def test_a_phone_logs_initials_after_a_dash(redactor: Redactor) -> None:
    text = ("wk 1  INR 2.1  spoke w/ pt; no change  -JQ\n"
            "wk 2  INR 2.6  spoke w/ pt; recheck 1 wk  -ZV\n")
    assert masked(redactor, text).count("JQ") == 1 and "ZV" in masked(redactor, text)


def test_one_dash_abbreviation_alone_stays(redactor: Redactor) -> None:
    assert "HD" not in masked(redactor, "Pt on dialysis, schedule -HD\n")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("copy left in portal.\nJQ / Orlaith Brennagh LPN", "JQ"),
        ("HIM use only: logged by JQ, request 73314420, ID checked", "JQ"),
        ("tube dysfunction stable.\nj.q. aud", "j.q."),
    ],
)
def test_initials_signing_a_note(redactor: Redactor, text: str, name: str) -> None:
    assert name in masked(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("physicist: Q. Vell, MS    dosimetrist: Orlaith Brennagh-Teque, CMD\n", "Orlaith Brennagh-Teque"),
        ("PHYSICS CHECK BY ORLAITH BRENNAGH AFTER REPLAN", "ORLAITH BRENNAGH"),
        ("scheduled with orlaith brennagh on may 3 at the skin clinic", "orlaith brennagh"),
        ("County attorney Orlaith Brennagh.\n", "Orlaith Brennagh"),
        ("at the request of counsel orlaith brennagh, esq., of", "orlaith brennagh"),
        ("guardian ad litem Orlaith Brennagh was present", "Orlaith Brennagh"),
        ("SUTURE REMOVAL WITH PA ORLAITH BRENNAGH.\n", "ORLAITH BRENNAGH"),
        ("ordered by orlaith brennagh, md, of the chest clinic", "orlaith brennagh"),
        ("continue mouthwash.\nOrlaith Brennagh md", "Orlaith Brennagh"),
    ],
)
def test_a_full_name_after_a_role_or_on_a_signature_line(redactor: Redactor, text: str, name: str) -> None:
    assert name in masked(redactor, text)


def test_a_driver_field_needs_its_colon(redactor: Redactor) -> None:
    assert not masked(redactor, "Mechanism: restrained driver, rollover MVC at speed.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("SETUP REVIEWED W/ THERAPISTS ORLAITH & WENVIA.\n", "WENVIA"),
        ("social work (Philomena) arranging transport", "Philomena"),
    ],
)
def test_a_given_name_after_a_team_role(redactor: Redactor, text: str, name: str) -> None:
    assert name in masked(redactor, text)


# --------------------------------------------------------------------------- record numbers, places and years


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Lab order 552190337 for repeat PSA in May.", "552190337"),
        ("sent to the repair centre, RMA JQ55120931. loaner issued", "JQ55120931"),
        ("RE: Q VELL  DOB 01/02/1931  UR 881204  MEDICARE 5512 33108 2\n", "881204"),
        ("RE: Q VELL  DOB 01/02/1931  UR 881204  MEDICARE 5512 33108 2\n", "5512 33108 2"),
        ("NHS Number: 999 000 0000\nOur ref: ENT/77120\n\nDear Ms Vell,", "ENT/77120"),
        ("UROLOGY F/U\nPT Orlaith Brennagh 5519032\nPSA 6.1", "5519032"),
        ("ENT NOTE\nOrlaith Brennagh   55190321   DOB 01/02/1950", "55190321"),
        ("re: in the matter of q. vell, docket no. 331-7-19 brgd\n\ndear judge", "331-7-19 brgd"),
    ],
)
def test_record_numbers_by_cue_and_place(redactor: Redactor, text: str, number: str) -> None:
    assert number in masked(redactor, text)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("TO: DR Q VELL, WATTLEBROOK CLINIC, QUORVEX QUEENSLAND 4870\n", ("QUEENSLAND", "4870")),
        ("Address 9 Brackmoor Rd, Tessmoor WA 6157\n", ("WA", "6157")),
    ],
)
def test_an_australian_state_and_postcode(redactor: Redactor, text: str, parts: tuple[str, ...]) -> None:
    found = " | ".join(masked(redactor, text))
    assert all(p in found for p in parts)


def test_a_state_code_before_a_number_of_another_states_form_stays(redactor: Redactor) -> None:
    assert "2000" not in masked(redactor, "SA 2000 units given")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Foley out POD 7 after TURP 1941. Kegels reviewed", "1941"),
        ("Prior SCC L ear 1941, also Mohs.", "1941"),
        ("Prior RT: R breast tangents 1941 (outside).", "1941"),
    ],
)
def test_the_year_of_an_earlier_procedure(redactor: Redactor, text: str, year: str) -> None:
    assert year in masked(redactor, text)
