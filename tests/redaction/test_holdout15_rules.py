"""Rules added after the fifteenth hold-out set (tests/data/holdout15_notes_gold.jsonl: outpatient and community
notes - primary care, behavioural health, well-child, dental, eye, pharmacy med recs, refill calls, portal messages,
referral and prior-auth faxes, occupational health, EMS run sheets, nursing-home forms) was first measured. Values
here are invented, not the generator's."""

from __future__ import annotations

import pytest

from edgebatch.redaction.redactor import Redactor


def masked(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start:s.end] for s in redactor.scan(text)]


# --------------------------------------------------------------------------- record numbers


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("2. Warfarin 5 mg daily  Rx# 6150427", "6150427"),
        ("- digoxin 125 mcg daily - new (rx 4471092)", "4471092"),
        ("Pt: Odile Marsh  DOB 2/3/2019  Chart 771203", "771203"),
        ("BIRCH HAVEN CARE CENTER   PROVIDER # 33-701562", "33-701562"),
        ("DOT EXAM DONE. NRCME 9081726354.", "9081726354"),
        ("VEH: FORD RANGER, ME PLATE QZX 517. OFFICER ON SCENE", "QZX 517"),
        ("ma plate 7TR 204 logged by security", "7TR 204"),
    ],
)
def test_a_prescription_chart_provider_or_plate_number(redactor: Redactor, text: str, number: str) -> None:
    assert number in masked(redactor, text)


@pytest.mark.parametrize(
    "text",
    ["Rx 10 mg daily x 30 days", "Rx: -1.25 -0.5 x 180", "chart reviewed with attending", "ORIF w/ plate 12 mm screws",
     "PLATE 10 HOLE, 6 SCREWS", "provider note reviewed"],
)
def test_doses_refractions_and_hardware_stay(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


# --------------------------------------------------------------------------- states


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("BIRCH EYE CARE\nNASHUA, NH  TEL (603) 555-0196  FAX (603) 555-0100", "NH"),
        ("Larch Dental\nRutland, VT  Ph 802-555-0163", "VT"),
        ("VEH: DODGE RAM, NH PLATE QRT 719.", "NH"),
    ],
)
def test_a_state_in_a_letterhead_or_before_a_plate(redactor: Redactor, text: str, code: str) -> None:
    assert code in masked(redactor, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [("Jane Adeyemi, MD  Tel 617-555-0100", "MD"), ("pt to OR plate removal", "OR"), ("in plate 3 of the series", "3")],
)
def test_credentials_and_words_before_a_phone_or_plate_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert not any(kept in v for v in masked(redactor, text))


# --------------------------------------------------------------------------- years and months


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("S/p L shoulder arthroscopy 2003. Doing well.", "2003"),
        ("With employer since: 1997", "1997"),
        ("HX: R ANKLE FX 1998. NO OTHER SURGERY.", "1998"),
        ("Hx Erb's palsy 2001, resolved.", "2001"),
        ("Menarche November of last year (1999); cycles fine.", "1999"),
        ("Menarche November of last year (1999); cycles fine.", "November"),
    ],
)
def test_a_year_of_a_history_item_or_a_month_of_last_year(redactor: Redactor, text: str, date: str) -> None:
    assert date in masked(redactor, text)


@pytest.mark.parametrize("text", ["since: 2000 mg daily", "FX 2000 UNITS", "in plate form"])
def test_doses_after_a_cue_stay(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


# --------------------------------------------------------------------------- organisations


@pytest.mark.parametrize(
    ("text", "org"),
    [("PINE HOLLOW RESCUE SQUAD PATIENT CARE REPORT", "PINE HOLLOW RESCUE SQUAD"),
     ("Transported by Larch Hollow Rescue Squad to ED", "Larch Hollow Rescue Squad")],
)
def test_a_rescue_squad(redactor: Redactor, text: str, org: str) -> None:
    assert org in masked(redactor, text)
