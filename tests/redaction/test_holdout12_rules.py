"""Rules added after the twelfth hold-out set (tests/data/holdout12_notes_gold.jsonl: ICU notes by respiratory
therapists, night float and cross-cover, case managers, social workers, chaplains, dietitians, PT/OT and nurses) was
first measured. Values here are invented, not the generator's."""

from __future__ import annotations

import pytest

from edgebatch.redaction.redactor import Redactor
from tests.redaction.conftest import masked

# --------------------------------------------------------------------------- dates of event notes


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Family mtg note (4-22): Dr Brandt (attg), RN Wendeline", "4-22"),
        ("RAPID RESPONSE / CODE NOTE (11-3 0215): CALLED FOR HYPOTENSION", "11-3"),
        ("EKG: TWI V1-V3, NEW VS 2-14. REPEAT IN AM.", "2-14"),
        ("cxr unchanged from 6-30, lines in place", "6-30"),
        ("RAPID RESPONSE EVENT: called 5/19 at 0310 to 6 North for hypoxia.", "5/19"),
    ],
)
def test_an_event_notes_date(redactor: Redactor, text: str, date: str) -> None:
    assert date in masked(redactor, text)


@pytest.mark.parametrize("text", ["VENT 5/5 SETTINGS UNCHANGED", "PS 10/5 overnight", "HR 90-100 vs 80-90 yesterday"])
def test_settings_and_ranges_stay(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


# --------------------------------------------------------------------------- a state by its code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Son in from AZ since Oct 2, staying at a hotel.", "AZ"),
        ("wife and brother (in from VT). family meeting held", "VT"),
        ("SPOKE W/ SISTER WHO LIVES IN NM, IN AGREEMENT W/ PLAN.", "NM"),
        ("nephew in from ky since yesterday.", "ky"),
        ("niece from albuquerque, nm on speaker phone.", "nm"),
    ],
)
def test_a_state_code_where_a_relative_comes_from(redactor: Redactor, text: str, code: str) -> None:
    assert code in masked(redactor, text)


@pytest.mark.parametrize(
    "text",
    ["PT CAME IN FROM OR AT 1400.", "back in from or, sedated", "DAUGHTER IN FROM ME", "Salem, MA on call tonight"],
)
def test_codes_that_are_words_or_credentials_stay(redactor: Redactor, text: str) -> None:
    assert not any(v in ("OR", "or", "ME", "MA") for v in masked(redactor, text))


# --------------------------------------------------------------------------- signatures


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("D/W DR. CORVINO (ON CALL). -HASLAM, NF, PGR 41207", "HASLAM"),
        ("d/w Dr. Corvino (on call). -Haslam, NF, pgr 41207", "Haslam"),
        ("DR CORVINO AWARE. - ROBERT", "ROBERT"),
        ("Will see again tomorrow. -Rev. Okonjo", "Okonjo"),
        ("SACRAMENT GIVEN BY FR. ADEYEMI. FAMILY PRESENT.", "ADEYEMI"),
        ("WILL F/U IN AM. CM-ANIKA X4410", "ANIKA"),
        ("will f/u tomorrow. sw-priya x5120", "priya"),
    ],
)
def test_a_signature_after_a_dash_or_a_clergy_title(redactor: Redactor, text: str, name: str) -> None:
    assert name in masked(redactor, text)


@pytest.mark.parametrize(
    "text",
    ["Plan: continue abx. - Lasix\n", "DIURESE GENTLY. - FOLLOW UP\n", "PLAN:\n- VANCOMYCIN\n- CHECK LYTES\n"],
)
def test_a_bullet_or_a_plan_after_a_dash_is_no_signature(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Pt slept well.\nSW Wendeline, LICSW, pgr 40551", "Wendeline", "SW"),
        ("RT MARCUS PGR 4415", "MARCUS", "PGR"),
    ],
)
def test_a_role_or_a_pager_stays_outside_the_name(redactor: Redactor, text: str, name: str, role: str) -> None:
    found = masked(redactor, text)
    assert name in found and not any(role in v for v in found)


def test_the_models_role_prefix_stays_outside_the_name(with_ner: Redactor) -> None:
    found = masked(with_ner, "WILL F/U IN AM. CM-ANIKA X4410")
    assert "ANIKA" in found and not any("CM" in v for v in found)


# --------------------------------------------------------------------------- the patient and relatives


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hr 130s af rvr. pt imogen brandt\nc/o sob, lungs w/ crackles", "imogen brandt"),
        ("NUTRITION F/U: PT KOWALCZYK TOLERATING TF AT GOAL.", "KOWALCZYK"),
        ("CALLED FOR UNRESPONSIVE PT, PT ROBERT, ON 7 WEST.", "ROBERT"),
        ("MICU ACCEPT NOTE - PT THESSALY BRANDT (5512093), 81 Y/O, FROM", "5512093"),
        ("called by RN Odile re: pt Marwood (96 y/o) w/ hypotension", "Marwood"),
        ("NUTRITION: pt O'Brannigan, 97 y/o, adm wt 60kg", "O'Brannigan"),
        ("f/u visit w/ pt Kowalczyk and family.", "Kowalczyk"),
        ("pt Imogen s/p L THA POD1, c/o pain", "Imogen"),
        ("spoke w/ dtr Faith who lives nearby", "Faith"),
        ("Dtr Wendeline Brandt called at 0200", "Wendeline Brandt"),
    ],
)
def test_the_patient_and_a_daughter_are_named(redactor: Redactor, text: str, name: str) -> None:
    assert name in masked(redactor, text)


@pytest.mark.parametrize(
    "text",
    ["pt alert c/o pain 4/10", "PT NAUSEOUS, C/O HA", "PT ALSO TOLERATING TF", "pt lethargic c/o thirst",
     "SON IS LOCAL AND VISITS DAILY", "pt now s/p cath", "pt recently s/p CABG", "pt tearful and family at bedside"],
)
def test_what_the_patient_is_is_no_name(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


# --------------------------------------------------------------------------- places and facilities


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("pt lives w/ daughter in\nbrixworth, has stairs.", "brixworth"),
        ("son is local in brixworth and visits daily", "brixworth"),
        ("WIFE REQUESTS THEIR PASTOR FROM BRIXWORTH BE ALLOWED TO VISIT", "BRIXWORTH"),
        ("OSH RECORDS FAXED FROM ELMWOOD MEDICAL (PH 555-0188).", "ELMWOOD MEDICAL"),
        ("transferred from larkspur medical on 3/2 for sepsis", "larkspur medical"),
        ("PT FROM BRIARCLIFF MANOR VIA\nLARKSPUR ED. HYPOTENSIVE.", "LARKSPUR"),
        ("prior to adm lived at\nbriarcliff x 3 yrs; will take back", "briarcliff"),
        ("Rec Larkspur Hosp vs home w/ services.", "Larkspur Hosp"),
        ("Will need rehab - rec Briarcliff or similar.", "Briarcliff"),
        ("SCREENS SENT TO BRIARCLIFF AND LTACH.", "BRIARCLIFF"),
        ("c2 fx s/p fall at Briarcliff on 8/21", "Briarcliff"),
        ("dtr from reno, nv on speaker phone", "reno"),
    ],
)
def test_where_the_patient_or_a_relative_is(redactor: Redactor, text: str, place: str) -> None:
    assert any(place in v for v in masked(redactor, text))


def test_a_facility_after_rec_keeps_the_facility_only(redactor: Redactor) -> None:
    found = masked(redactor, "will need rehab - rec hollis manor or similar.")
    assert "hollis manor" in found and not any("rec" in v for v in found)


@pytest.mark.parametrize(
    "text",
    ["ARRIVED FROM HOME VIA EMS", "lives at home with wife", "Brief Hosp Course: did well", "PT TO HOSP FOR CT",
     "pt came from nh via osh ed"],
)
def test_kinds_of_place_and_headings_stay(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


def test_two_facilities_a_referral_went_to_are_two(redactor: Redactor) -> None:
    found = masked(redactor, "Case mgmt: referrals sent to Elm Rehab and Birch Hospital, ? d/c Friday")
    assert "Elm Rehab" in found and "Birch Hospital" in found


@pytest.mark.parametrize("text", ["REPORT FROM OKONJO, MD.", "rec PT vs OT eval", "rec home vs rehab", "fall at home"])
def test_credentials_and_services_after_place_cues_stay(redactor: Redactor, text: str) -> None:
    assert not any(v in ("MD", "PT", "OT", "home", "rehab") for v in masked(redactor, text))


def test_a_hospital_number_label_is_no_hospital(redactor: Redactor) -> None:
    found = masked(redactor, "Patient: Ilse Marwood  Hosp No: K4418820X")
    assert "Ilse Marwood" in found and not any("Hosp" in v for v in found)


# --------------------------------------------------------------------------- words that are no names


@pytest.mark.parametrize(
    "text",
    [
        "Gave 1L NS, MAP now 65, pressor off.",
        "Juven 2 packets daily; Beneprotein 1 pkt BID.",
        "ATIVAN AVOIDED. POSEY VEST PER RN. YANKAUER AT BEDSIDE.",
        "pt in Roho chair 1 hr, on Kinair overnight",
        "called for SaO2 82% on 4L",
        "pt seen for mobility. miami j collar in place",
        "TRANSFERRED FROM ED. CC: HYPOTENSION, UROSEPSIS.",
        "REFERRED TO FINANCIAL COUNSELOR RE: FREE CARE.",
    ],
)
def test_devices_doses_and_complaints_stay(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


def test_bill_of_rights_is_the_word(redactor: Redactor) -> None:
    found = masked(redactor, "SON BILL CALLED. PATIENT BILL OF RIGHTS REVIEWED.")
    assert found == ["BILL"]


def test_what_a_son_does_is_no_surname(redactor: Redactor) -> None:
    assert masked(redactor, "will readdress when son Nikolai back.") == ["Nikolai"]


def test_the_model_keeps_a_bedside_verb_out_of_a_name(with_ner: Redactor) -> None:
    found = masked(with_ner, "ADDENDUM 0400: WENDELINE RESTING, SUCTIONED FOR SECRETIONS.")
    assert not any("RESTING" in v for v in found)
