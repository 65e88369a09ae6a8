"""Rules added after the eighth hold-out set (tests/data/holdout8_notes_gold.jsonl, terse ICU and ward
nursing notes, mostly in capitals) was first measured. Values here are invented, not the generator's."""

from __future__ import annotations

import pytest

from edgebatch.redaction.redactor import Redactor
from tests.redaction.conftest import masked

# --------------------------------------------------------------------------- phone extensions


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("RESP THERAPY: VENT CHECK DONE.\nRT ODILE X3317\n", "X3317"),
        ("recheck lytes in am.\nteodor, rd, x5120\n", "x5120"),
    ],
)
def test_the_x_of_an_extension_goes_with_its_digits(redactor: Redactor, text: str, value: str) -> None:
    assert value in masked(redactor, text)


def test_ext_word_stays_outside_the_extension(redactor: Redactor) -> None:
    assert "4521" in masked(redactor, "call ext. 4521 with questions")
    assert not any("ext" in v for v in masked(redactor, "call ext. 4521 with questions"))


# --------------------------------------------------------------------------- month-day dates with a dash


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("SEEN IN CLINIC BY PCP, DOS 9-14.", "9-14"),
        ("COURSE SINCE ADMISSION 12-2: EXTUBATED X1", "12-2"),
        ("NSG PROGRESS NOTE 3-30\nNEURO: A&O X3", "3-30"),
        ("82 YO S/P FALL 10-19 WITH R HIP FX", "10-19"),
        ("MS. X IS S/P NSTEMI 6-7, CATH PENDING", "6-7"),
        ("Pt 61 yo, OR 5-21 with Dr. Ames.", "5-21"),
    ],
)
def test_month_day_with_a_dash_after_an_event_cue(redactor: Redactor, text: str, date: str) -> None:
    assert date in masked(redactor, text)


@pytest.mark.parametrize(
    "text",
    ["of note 2-3 loose stools overnight", "give 1 or 2-3 tabs prn", "NOTE 7P-7A", "S/P CABG X3, SATS 95-98%",
     "DOS 2-3 HOURS AGO", "PAIN 4-6 OR 7-8"],
)
def test_dash_ranges_stay(redactor: Redactor, text: str) -> None:
    assert not any("-" in v for v in masked(redactor, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("WILL CONT TO FOLLOW.\nANYA BROOKS, LICSW 2-4471\n", "2-4471"),
        ("Will f/u Monday.\nTeo Lund, PT 7-3050", "7-3050"),
        ("will follow.\nana lund, licsw 4-1187\n", "4-1187"),
    ],
)
def test_a_signatures_extension_after_the_credential(redactor: Redactor, text: str, value: str) -> None:
    assert value in masked(redactor, text)


@pytest.mark.parametrize("text", ["RN 1-2 TIMES A SHIFT\n", "PT 4-5000 STEPS TODAY", "PT AMBULATED 1-2000 FT WITH RW"])
def test_counts_after_a_credential_stay(redactor: Redactor, text: str) -> None:
    assert not any("-" in v for v in masked(redactor, text))


# --------------------------------------------------------------------------- state codes after a town


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("SISTER LIVES IN BANGOR, ME, WILL FLY IN.", "ME"),
        ("Parents live in Burlington, VT, 2 hr drive.", "VT"),
        ("SON CALLED FROM CRANSTON, RI, UPDATED.", "RI"),
        ("LIVES AT 12 ELM ST, WORCESTER, MASS 01602 WITH SON.", "MASS 01602"),
    ],
)
def test_a_state_code_after_a_town(redactor: Redactor, text: str, state: str) -> None:
    assert state in masked(redactor, text)


@pytest.mark.parametrize(
    "text",
    ["PT FROM BOSTON, MD AWARE OF PLAN.", "TRANSFERRED FROM BOSTON, PA NOTIFIED", "R BREAST, MASS 2 CM AT 10 O'CLOCK"],
)
def test_credentials_and_findings_after_a_comma_are_no_states(redactor: Redactor, text: str) -> None:
    found = masked(redactor, text)
    assert not any(v in ("MD", "PA", "MASS", "MASS 2") for v in found)


# --------------------------------------------------------------------------- ordinary words before a credential


@pytest.mark.parametrize(
    "text",
    ["UA/UC SENT, MD AWARE.", "UO 15CC/HR X2, MD NOTIFIED, BOLUS GIVEN", "lactate 4.1, md paged, repeat sent"],
)
def test_the_word_before_md_aware_is_no_name(redactor: Redactor, text: str) -> None:
    assert not any(v.isalpha() for v in masked(redactor, text))


def test_a_signature_before_its_credential_is_still_a_name(redactor: Redactor) -> None:
    assert "ODILE BRANDT" in masked(redactor, "WILL CONTINUE TO MONITOR.\nODILE BRANDT, RN\n")


@pytest.mark.parametrize(
    "text",
    ["PARENTS LIVE IN TOWN, VISIT DAILY.", "SONS WORK NIGHTS, VISIT WEEKENDS.", "DAUGHTER'S CELL 617-555-0143."],
)
def test_what_relatives_do_and_their_numbers_are_no_names(redactor: Redactor, text: str) -> None:
    assert not any(v.isalpha() for v in masked(redactor, text))


def test_a_relatives_name_before_what_they_do_is_still_masked(redactor: Redactor) -> None:
    assert "ILSE" in masked(redactor, "DAUGHTER ILSE CALLED AT 2200, UPDATED.")


# --------------------------------------------------------------------------- durations are no streets


@pytest.mark.parametrize("text", ["PARENTS ~1 HR DRIVE AWAY.", "lives a 20 min walk from the bus", "2 MILE WALK DAILY"])
def test_a_duration_before_drive_or_walk_is_no_address(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


def test_a_street_named_drive_is_still_an_address(redactor: Redactor) -> None:
    assert "14 Heron Drive" in masked(redactor, "lives at 14 Heron Drive with wife")


# --------------------------------------------------------------------------- ward words and devices


@pytest.mark.parametrize("text", ["ADMITTED TO BED 10. REPORT TAKEN.", "Transferred to Room 12 on 4 West."])
def test_a_bed_or_room_after_admitted_to_is_no_organisation(redactor: Redactor, text: str) -> None:
    assert not any(v.isalpha() for v in masked(redactor, text))


def test_a_facility_after_admitted_to_is_still_masked(redactor: Redactor) -> None:
    assert any("QUARRY HILL HOSPITAL" in v for v in masked(redactor, "ADMITTED TO QUARRY HILL HOSPITAL ON 3/4"))


@pytest.mark.parametrize(
    ("text", "name"),
    [("PT SEEN BY PCP DR. OKAFOR, DOS 3/2.", "OKAFOR"), ("seen by pcp dr. lindqvist today", "lindqvist"),
     ("Seen by NP Ines Brandt in clinic", "Ines Brandt")],
)
def test_the_role_after_seen_by_is_no_name(redactor: Redactor, text: str, name: str) -> None:
    found = masked(redactor, text)
    assert name in found and not any(v.lower() in ("pcp", "np") for v in found)


@pytest.mark.parametrize("text", ["C2 FX - PHILADELPHIA COLLAR IN PLACE", "scoliosis, Boston brace at night"])
def test_a_device_named_after_a_city_is_no_place(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


def test_the_city_itself_is_still_a_place(redactor: Redactor) -> None:
    assert "PHILADELPHIA" in masked(redactor, "SON FLYING IN FROM PHILADELPHIA TONIGHT")


# --------------------------------------------------------------------------- years of operations


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("PMH: AAA REPAIR 1994, AFIB ON COUMADIN.", "1994"),
        ("pmh: lap chole 2008, htn", "2008"),
        ("Hx: L TKA 2016; CABG 2011.", "2011"),
        ("PSH: hysterectomy 1987, appendectomy 1962", "1987"),
    ],
)
def test_the_year_of_an_operation(redactor: Redactor, text: str, year: str) -> None:
    assert year in masked(redactor, text)


@pytest.mark.parametrize(
    "text", ["JP AFTER CHOLECYSTECTOMY 1500 ML OUT", "stent 2000 units heparin given", "TKA 2 DAYS AGO"]
)
def test_amounts_after_an_operation_are_no_years(redactor: Redactor, text: str) -> None:
    assert not any(v.isdigit() for v in masked(redactor, text))


# --------------------------------------------------------------------------- receipts and lower-case ids


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("WALLET AND KEYS SENT TO SECURITY, RECEIPT 40417.", "40417"),
        ("belongings to security, receipt #SX-55120", "SX-55120"),
        ("insurance: tufts id 700441239; copay", "700441239"),
    ],
)
def test_a_receipt_and_a_lower_case_id_before_a_number(redactor: Redactor, text: str, value: str) -> None:
    assert value in masked(redactor, text)


@pytest.mark.parametrize("text", ["on receipt of 2 units prbc", "id consulted 2/2 for cdiff", "id: 3 days of cefepime"])
def test_receipt_and_id_as_words_stay(redactor: Redactor, text: str) -> None:
    assert not any(v.isdigit() for v in masked(redactor, text))


# --------------------------------------------------------------------------- a month alone


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("PT LOST 15 LB SINCE OCTOBER.", "OCTOBER"),
        ("weight down since Sept, per daughter", "Sept"),
        ("FIRST GRANDCHILD DUE IN FEBRUARY", "FEBRUARY"),
    ],
)
def test_a_month_alone_after_since_or_in(redactor: Redactor, text: str, month: str) -> None:
    assert month in masked(redactor, text)


@pytest.mark.parametrize("text", ["NOT SIGNED IN MAR, RN AWARE", "SINCE 3 PM", "IN MAY BE DUE TO PAIN"])
def test_mar_may_and_times_stay(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


# --------------------------------------------------------------------------- who gave report, who answered at a desk


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ADMITTED TO BED 4. TOOK REPORT FROM ODILE AT SENDING FACILITY.", "ODILE"),
        ("Gave report to RN Teodor on 6 North.", "Teodor"),
        ("PER AMARA IN ADMITTING, PCP IS DR. X", "AMARA"),
        ("SPOKE WITH TEODORA IN INTAKE AT THE REHAB, BED MONDAY", "TEODORA"),
        ("Spoke with Niamh in admissions at the nursing home", "Niamh"),
    ],
)
def test_who_gave_report_and_who_answered_at_a_desk(redactor: Redactor, text: str, name: str) -> None:
    assert name in masked(redactor, text)


@pytest.mark.parametrize(
    "text",
    ["PER PROTOCOL IN PHARMACY", "CALLED BACK FROM ADMITTING", "TOOK REPORT FROM ICU RN.", "GAVE REPORT TO FLOOR."],
)
def test_report_and_desk_words_are_no_names(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


# --------------------------------------------------------------------------- relatives' names the gazetteer lacks


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("PRESENT: RN X, WIFE OLUFEMI, SONS TAREK AND ZVONIMIR, DR. Y", "OLUFEMI"),
        ("PRESENT: WIFE X, SONS ANA AND ZVONIMIR, SISTER Y", "ZVONIMIR"),
        ("PER WIFE TEODORA, PT LOST WEIGHT", "TEODORA"),
        ("LIVES ALONE, NEAR SISTER ODALIA.\nHOME PHONE ON FILE", "ODALIA"),
        ("MET WITH HUSBAND ARJUN LOPEZ AND DAUGHTER AT BEDSIDE", "ARJUN LOPEZ"),
    ],
)
def test_a_relatives_name_closed_by_punctuation_or_and(redactor: Redactor, text: str, name: str) -> None:
    assert name in masked(redactor, text)


@pytest.mark.parametrize(
    "text",
    ["WIFE UPSET, TEARFUL.", "SON SUPPORTIVE.", "DAUGHTER HCP, AWARE OF PLAN", "FHX: FATHER DIED, MI AT 61",
     "FELL IN HER MOTHER'S ARMS.", "VISITED BY FRIEND AND PASTOR FROM CHURCH.", "WIFE CALM, UPDATED."],
)
def test_how_relatives_are_is_no_name(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("ADMITTED TO BED 3. RN MAY TOOK REPORT.", "MAY"), ("DAUGHTER WILL SIGNED CONSENT AT 1400", "WILL")],
)
def test_may_and_will_before_a_past_tense_are_names(redactor: Redactor, text: str, name: str) -> None:
    assert name in masked(redactor, text)


@pytest.mark.parametrize("text", ["RN WILL GIVE REPORT TO NIGHT SHIFT", "SON MAY CALL TONIGHT", "PT MAY TAKE PO MEDS"])
def test_may_and_will_as_auxiliaries_stay(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


# --------------------------------------------------------------------------- hospice houses


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("RECENT STAY AT REHAB: BRIARWOOD HOSPICE HOUSE, D/C'D 2/2.", "BRIARWOOD HOSPICE HOUSE"),
        ("Pt from Linden Valley Hospice Residence, DNR.", "Linden Valley Hospice Residence"),
    ],
)
def test_a_hospice_house_is_one_name(redactor: Redactor, text: str, org: str) -> None:
    assert org in masked(redactor, text)


def test_a_home_visit_after_a_hospice_stays_outside(redactor: Redactor) -> None:
    assert not any(v.endswith(("HOME", "VISIT")) for v in masked(redactor, "BRIARWOOD HOSPICE HOME VISIT TOMORROW"))


@pytest.mark.parametrize(
    ("text", "name"),
    [("ALBUTEROL GIVEN.\nRT TEODOR X3021\n", "TEODOR"), ("will follow.\ncm ines x5512", "ines")],
)
def test_a_role_sign_off_with_its_extension(redactor: Redactor, text: str, name: str) -> None:
    assert name in masked(redactor, text)


@pytest.mark.parametrize("text", ["NOTE\nRN AWARE X2\n", "PT TURNED X2\n", "RT CHEST X1234\n"])
def test_counts_after_a_role_word_are_no_sign_off(redactor: Redactor, text: str) -> None:
    assert not any(v.isalpha() for v in masked(redactor, text))


def test_a_lower_case_iban_in_groups_of_four(redactor: Redactor) -> None:
    text = "son will pay from account gb82 west 1234 5698 7654 32.\nupdate"
    assert "gb82 west 1234 5698 7654 32" in masked(redactor, text)
    assert not masked(redactor, "ab12 cdef 1234 5678 9012 34 is no valid iban")


@pytest.mark.parametrize(
    ("text", "name"),
    [("Police (Officer Halvorsen) in to speak w/ pt.", "Halvorsen"), ("TROOPER OKAFOR CALLED FOR UPDATE", "OKAFOR")],
)
def test_a_police_officer_by_title(redactor: Redactor, text: str, name: str) -> None:
    assert name in masked(redactor, text)


@pytest.mark.parametrize(
    "text", ["POLICE OFFICER AT BEDSIDE", "OFFICER WILL RETURN IN AM", "Per the Chief Medical Officer Review Panel."]
)
def test_an_officer_without_a_name_stays(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("HOME TELEMONITOR FROM NORTH BRIAR SENIOR SERVICES, UNIT REVIEWED", "NORTH BRIAR SENIOR SERVICES"),
        ("home bipap via quarry elder services, settings 12/6", "quarry elder services"),
    ],
)
def test_elder_care_agencies(redactor: Redactor, text: str, org: str) -> None:
    assert org in masked(redactor, text)


def test_generic_senior_services_stay(redactor: Redactor) -> None:
    assert not masked(redactor, "Referred to senior services for meals; Senior services referral placed.")
