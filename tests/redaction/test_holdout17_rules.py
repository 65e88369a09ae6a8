"""Rules added after the seventeenth hold-out set (tests/data/holdout17_notes_gold.jsonl: i2b2-style longitudinal
records, cardiology reports, ED triage and SBAR handoffs, lab and blood bank logs, secure chat, incident reports,
utilization review, interpreter visits, VA and military notes, correctional health, opioid treatment, sleep and EEG
reports, transplant and donation notes, school and camp forms) was first measured. Values here are invented, not the
generator's."""

from __future__ import annotations

import pytest

from edgebatch.redaction.redactor import Redactor
from tests.redaction.conftest import masked

# --------------------------------------------------------------------------- facilities by their kind word


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("RECORD DATE: 2031-04-02\n\nWENDLECOT MOOR CARDIOLOGY GROUP\n", "WENDLECOT MOOR CARDIOLOGY GROUP"),
        ("refer to CDE at Vexley Glen Diabetes Center.", "Vexley Glen Diabetes Center"),
        ("protest of a transfer to Ormsby Fell State Prison. Weight", "Ormsby Fell State Prison"),
        ("took part in the Tarrowby VAMC weight programme", "Tarrowby VAMC"),
        ("session note - Wendlecot Moor Treatment Services\n", "Wendlecot Moor Treatment Services"),
        ("court date (Ormsby County Circuit Court, case 31cr40012)", "Ormsby County Circuit Court"),
        ("refer to Vexley Housing Authority. next session", "Vexley Housing Authority"),
        ("NOTIFIED ORMSBY COUNTY MEDICAL EXAMINER, CASE 31-0044", "ORMSBY COUNTY MEDICAL EXAMINER"),
        ("corneas via Harrowfen Eye Bank; tissue", "Harrowfen Eye Bank"),
        ("Wendlecot Moor Sleep Disorders Center\n14 Wexcombe Rd", "Wendlecot Moor Sleep Disorders Center"),
        ("Vexley Donor Alliance - donor referral", "Vexley Donor Alliance"),
        ("PATIENT DRIVES FOR ORMSBY FELL CANNERY).", "ORMSBY FELL CANNERY"),
    ],
)
def test_facilities_and_agencies_by_their_kind_word(redactor: Redactor, text: str, org: str) -> None:
    assert org in masked(redactor, text)


@pytest.mark.parametrize(
    "text",
    ["Blood bank: type and screen current", "OFFICE OF THE CHIEF MEDICAL EXAMINER - REPORT OF AUTOPSY",
     "TRANSFUSION SERVICE / BLOOD BANK NOTE", "he was in prison for two years"],
)
def test_a_hospital_department_or_a_state_office_stays(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


def test_a_hospital_by_its_initials_ending_in_mc(redactor: Redactor) -> None:
    assert "QMVRMC" in masked(redactor, "ED HANDOFF (QMVRMC ED, Pod C)")


# --------------------------------------------------------------------------- record numbers by their cue


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("PATIENT: JANE ROE   LAST 4: 6021   ICN 8830028813V552017", "6021"),
        ("PATIENT: JANE ROE   LAST 4: 6021   ICN 8830028813V552017", "8830028813V552017"),
        ("MRN 4400123   BB ID band QX771043\n", "QX771043"),
        ("sent to the crime lab, property tag 7730114.", "7730114"),
        ("APPEAL FILED TO QIO, CASE 40218837. PT NOTIFIED", "40218837"),
        ("court date (county circuit court, case 31cr40012); po", "31cr40012"),
        ("client: jane r.  id mat-40412    date 3/1/2031", "mat-40412"),
        ("REGISTERED DONOR ON STATE REGISTRY XQR40021137.", "XQR40021137"),
        ("offer from the OPO, donor QZW5093, KDPI 31%", "QZW5093"),
        ("donor: jane roe (unos qzx5512), recovered", "qzx5512"),
        ("KIDNEY SHIPPED; AIRBILL 771204558812.", "771204558812"),
        ("SAFETY EVENT REPORT (RL DATIX)   #31-40227\n", "31-40227"),
    ],
)
def test_record_numbers_by_their_cue(redactor: Redactor, text: str, number: str) -> None:
    assert number in masked(redactor, text)


# --------------------------------------------------------------------------- short call-back numbers


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("bp 80/50 after lasix, pls call back 5-7712 -ana rn", "5-7712"),
        ("call roe (neo fellow) 6-2218\n", "6-2218"),
        ("Results discussed with Dr. Roe at 7-5093 on June 3.", "7-5093"),
        ("The lab phoned 8-1120 (unit main line) rather than", "8-1120"),
    ],
)
def test_a_short_internal_number_after_a_call_cue(redactor: Redactor, text: str, number: str) -> None:
    assert number in masked(redactor, text)


def test_a_month_and_year_after_a_call_cue_is_no_phone(redactor: Redactor) -> None:
    assert not any(v.startswith("3-2019") for v in masked(redactor, "call back about the 3-2019 bill"))


# --------------------------------------------------------------------------- staff initials


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("RESULTS CALLED TO THE ON-CALL TEAM AT 0312 ON MAY 4 BY QX.\n", "QX"),
        ("read back and verified. Reported by QZ.\nFinal verified", "QZ"),
        ("CALLED TO ANA ROE RN (ED)   READ BACK Y   BY ZQ\n", "ZQ"),
        ("11/12   Wed   80 mg   dispensed by QV   take-home x1\n", "QV"),
        ("Recording technologist: Jane Roe, RPSGT    Scored by: QZX / XQ\n", "QZX"),
        ("Recording technologist: Jane Roe, RPSGT    Scored by: QZX / XQ\n", "XQ"),
        ("preliminary read by jane roe, reegt; technologist comments by qx.\n", "qx"),
        ("dictated and transcribed 2031-04-02 by qz\n", "qz"),
        ("Tylenol 325 mg x1. Called mom, felt better. -QX\n9/8 14:10 - sting", "QX"),
        ("her number on file.\nQX / dictated 6/2/2031\n", "QX"),
    ],
)
def test_staff_initials_after_by_a_dash_or_before_dictated(redactor: Redactor, text: str, initials: str) -> None:
    assert initials in masked(redactor, text)


@pytest.mark.parametrize(
    "text",
    ["seen and examined by PT.\n", "cleared by GI.\n", "results reported by fax.\n", "verified by RN\n",
     "called by me.\n", "NOTIFIED BY EMS\n", "given. -ok\nnext"],
)
def test_services_and_words_after_by_are_no_initials(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


# --------------------------------------------------------------------------- people by field, rank and role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("harm level: no harm\npatient involved: zephyrine quandt  mrn 4400123", "zephyrine quandt"),
        ("HEADER\nVETERAN: ALARIC VOSSBERG   CLAIM # 123", "ALARIC VOSSBERG"),
        ("ENTRY DATE: MAY 2, 2031@11:15\nAUTHOR: VOSSBERG,WILL    EXP COSIGNER:\n", "VOSSBERG,WILL"),
        ("will call for BP log.\n/es/ ALARIC VOSSBERG\nSTAFF PHYSICIAN", "ALARIC VOSSBERG"),
        ("custody (sgt. quandtley) agreed to call", "quandtley"),
        ("to the ED with 2 officers, per Lt. Vossberg.\n", "Vossberg"),
        ("BRIDGE TO SQ. ENDO (VOSSBERG) AWARE. ADMIT", "VOSSBERG"),
        ("provider notified, manager zephyrine quandt notified 3/5.", "zephyrine quandt"),
        ("spanish interpreter zephyrine quandt, telephone, vendor line", "zephyrine quandt"),
        ("ATHLETIC TRAINER ALARIC VOSSBERG, ATC.\n", "ALARIC VOSSBERG"),
        ("[14:13] sam: nocturnist is quandt, pager 2-6603\n[14:20] sam: ok\n", "quandt"),
    ],
)
def test_people_named_by_a_field_a_rank_or_a_role(redactor: Redactor, text: str, name: str) -> None:
    assert name in masked(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("COMPLETION CALLED BY PRENDERGAST AT 0730; FAMILY AWARE", "PRENDERGAST"),
        ("FAMILY (ZEPHYRINE QUANDT, MOTHER) REQUESTED A COPY", "ZEPHYRINE QUANDT"),
        ("REPEAT K 4.1. PROVIDER WICKERSHAM NOTIFIED AT 0412", "WICKERSHAM"),
        ("answering svc -> dr roe: margaret quandtley dob 2/3/61 c/o rash", "margaret quandtley"),
    ],
)
def test_a_name_by_a_clock_time_a_relative_in_brackets_or_before_dob(redactor: Redactor, text: str, name: str) -> None:
    assert name in masked(redactor, text)


@pytest.mark.parametrize("text", ["seen by PT at 0730 today", "given by mouth at 0800", "PROVIDER ON CALL NOTIFIED"])
def test_words_by_a_clock_time_are_no_names(redactor: Redactor, text: str) -> None:
    assert not any(v.lower() in ("pt", "mouth", "on call", "call") for v in masked(redactor, text))


@pytest.mark.parametrize(
    "text", ["LT KNEE PAIN, COL. 2 NORMAL", "provider notified, manager notified 3/5."],
)
def test_ranks_and_roles_without_a_name_stay(redactor: Redactor, text: str) -> None:
    assert not any(v.lower() in ("knee", "knee pain", "major", "notified") for v in masked(redactor, text))


def test_a_given_name_before_a_particle_needs_a_relative_or_the_lists(redactor: Redactor) -> None:
    assert not masked(redactor, "Transport: wheelchair van Elm Mobility at 1100")


def test_chat_speakers_that_are_given_names(redactor: Redactor) -> None:
    text = "[08:19] tabitha: me. will call back\n[09:02] tabitha: done\n"
    assert masked(redactor, text).count("tabitha") == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ALSO PRESENT: BROTHER KHALIL ABU-QASSAR (DID NOT INTERPRET).", "KHALIL ABU-QASSAR"),
        ("present: son anselmo de la garza ruiz, husband tiberio de la garza quintanar, dr. roe",
         "tiberio de la garza quintanar"),
    ],
)
def test_names_of_many_origins_stay_whole(redactor: Redactor, text: str, name: str) -> None:
    assert any(name in v for v in masked(redactor, text))


def test_last_comma_initial_in_a_log_row(redactor: Redactor) -> None:
    text = "10/15  1248  C40012277  QUANDTLEY, Z   GLU 38   CALLED TO\n"
    assert "QUANDTLEY, Z" in masked(redactor, text)


# --------------------------------------------------------------------------- military units, places and years


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Army veteran, served with 2nd Battalion, 4th Marines at Camp X", "2nd Battalion, 4th Marines"),
        ("Patient: SPC Jane Roe   Unit: C Co, 3rd Battalion, 141st Infantry Regiment, Fort Q",
         "C Co, 3rd Battalion, 141st Infantry Regiment"),
        ("VIETNAM-ERA ARMY VETERAN (2ND CAV), SC 70%", "2ND CAV"),
    ],
)
def test_military_units(redactor: Redactor, text: str, unit: str) -> None:
    assert unit in masked(redactor, text)


def test_an_ordinal_without_a_military_note_is_no_unit(redactor: Redactor) -> None:
    assert not masked(redactor, "3rd division of the trigeminal nerve, 2nd company of cells")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("STABLE HOUSING WITH PARTNER IN TOLLEMARSH POINT.\n", "TOLLEMARSH POINT"),
        ("letting him stay with her in wexmoor springs until", "wexmoor springs"),
        ("lives on 12 elm rd in port wendlecot\n", "port wendlecot"),
        ("54TH FIELD ARTILLERY, FORT WENDLECOT; DEPLOYED", "FORT WENDLECOT"),
        ("WENDLECOT MOOR CARDIOLOGY GROUP\nWEXMOOR, OR\n\nCC: F/U", "WEXMOOR"),
        ("Vexley Glen Diabetes Center\nTollemarsh Gap, OR\n\nCC: f/u", "OR"),
        ("while visiting mother in Tollemarsh Gap, WA - faxed", "WA"),
    ],
)
def test_towns_by_their_place_word_and_letterhead_town_lines(redactor: Redactor, text: str, place: str) -> None:
    assert place in masked(redactor, text)


@pytest.mark.parametrize("text", ["PMH\nAsthma, MS\n", "HTN, MI\n", "Dr Roe\nJane Roe, MD\n"])
def test_problem_lists_and_signatures_are_no_town_lines(redactor: Redactor, text: str) -> None:
    assert not any(v in ("MS", "MI", "MD", "Asthma", "HTN") for v in masked(redactor, text))


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("B: T1DM since childhood (2003), pump failure", "2003"),
        ("Branch: Navy (ret.), served 2001-2009 incl. a squadron", "2001"),
        ("Branch: Navy (ret.), served 2001-2009 incl. a squadron", "2009"),
        ("deployed to Drennick 1990, burn pit screening done", "1990"),
        ("Prior treatment at Wendlecot Ranch 2019. States", "2019"),
    ],
)
def test_years_by_their_cue(redactor: Redactor, text: str, year: str) -> None:
    assert year in masked(redactor, text)


@pytest.mark.parametrize("text", ["per Roe et al (2016).", "see Roe and Doe (2016)", "per Roe (2016) the risk"])
def test_a_citation_year_in_brackets_stays(redactor: Redactor, text: str) -> None:
    assert not [v for v in masked(redactor, text) if any(c.isdigit() for c in v)]


def test_a_street_ending_in_loop(redactor: Redactor) -> None:
    assert any("5093 Wendlecot Loop" in v for v in masked(redactor, "lives on post at 5093 Wendlecot Loop.\n"))
    assert not masked(redactor, "implantable loop recorder placed")
