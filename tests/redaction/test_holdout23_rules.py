"""Rules added after the twenty-third hold-out set (tests/data/holdout23_notes_gold.jsonl: ICU nursing notes in the
manner of the PhysioNet deid corpus, written blind) was first measured. Values here are invented, not the
generator's."""

from __future__ import annotations

import pytest

from edgebatch.redaction.redactor import Redactor
from tests.redaction.conftest import masked


def labelled(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    """(text, label) of every span the redactor would mask, in order."""
    return [(text[s.start:s.end], s.label) for s in redactor.scan(text)]


# --------------------------------------------------------------------------- whom a nurse reached, and where


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("PLAN: Spoke w/ Tilda at Quarrow Lodge (555-555-0199), will fax d/c summary\n", "Tilda", "Quarrow Lodge"),
        ("SOCIAL: SPOKE WITH TILDA FROM QUARROW, THEY HOLD BED UNTIL FRIDAY.\n", "TILDA", "QUARROW"),
        ("social: spoke with tilda from the quarrow, they hold bed until friday\n", "tilda", "quarrow"),
    ],
)
def test_a_contact_at_another_facility_and_the_facility(redactor: Redactor, text: str, name: str, place: str) -> None:
    found = labelled(redactor, text)
    assert (name, "NAME") in found
    assert (place, "ORGANIZATION") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("SOCIAL: MESSAGE LEFT FOR TILDA ORNSBY AT 555-0199 RE TRANSFER.\n", "TILDA ORNSBY"),
        ("social: message left for tilda at 555-0199 re transfer\n", "tilda"),
        ("EVENTS: TRANSPORT TO MRI W/ OSWIN AT 0415\n", "OSWIN"),
    ],
)
def test_a_contact_left_a_message_or_met_on_a_trip(redactor: Redactor, text: str, name: str) -> None:
    assert (name, "NAME") in labelled(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "SOCIAL: SPOKE WITH FAMILY AT BEDSIDE.\n",
        "SOCIAL: SPOKE W/ WIFE AT LENGTH. WILL CONT TO SUPPORT.\n",
        "social: spoke with son at home, aware of plan\n",
        "EVENTS: TRANSPORT TO CT W/ RN AT 0415\n",
    ],
)
def test_relatives_staff_and_ordinary_places_after_the_cue_stay(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("SOCIAL: OLD CHART FROM ST. OSWIN'S REQUESTED, CALL 555-555-0199 (MEDICAL RECORDS)\n", "ST. OSWIN'S"),
        ("social: old records from quarrow mem requested\n", "quarrow mem"),
        ("Old chart from QRH-Tarnby requested.\n", "QRH-Tarnby"),
        ("CV: K 3.9, CATH AT QUARROW GEN ON 4/22 SHOWED 2VD\n", "QUARROW GEN"),
        ("ID: MRSA FROM SPUTUM AT QRH\nSKIN: INTACT\n", "QRH"),
    ],
)
def test_the_facility_old_records_come_from(redactor: Redactor, text: str, place: str) -> None:
    assert (place, "ORGANIZATION") in labelled(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "CV: CATH AT BEDSIDE NOT NEEDED.\n",
        "CV: CATH AT OSH SHOWED 2VD.\n",
        "ID: sputum at this time thick, yellow.\n",
    ],
)
def test_an_outside_study_with_no_facility_name_stays(redactor: Redactor, text: str) -> None:
    assert not any(label == "ORGANIZATION" for _, label in labelled(redactor, text))


# --------------------------------------------------------------------------- a town and its state without a comma


@pytest.mark.parametrize(
    ("text", "town", "state"),
    [
        ("SOCIAL: SISTER CALLED FROM QUARROW NV. FAMILY AWARE.\n", "QUARROW", "NV"),
        ("social: brother called from tarnby calif. aware of plan\n", "tarnby", "calif"),
        ("Son visiting\nfrom Quarrow Tenn, aware of plan.\n", "Quarrow", "Tenn"),
    ],
)
def test_a_relatives_town_and_state_without_a_comma(redactor: Redactor, text: str, town: str, state: str) -> None:
    found = masked(redactor, text)
    assert town in found or any(town in f for f in found)
    assert state in found or any(f.endswith(state) for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "RESULTS CALLED FROM HEAD CT.\n",  # a scan, no state
        "SON CALLED FROM WORK IN.\n",
    ],
)
def test_a_scan_or_a_word_after_called_from_stays(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


# --------------------------------------------------------------------------- a day after a nursing note's date cue


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("MICU NSG NOTE\n88YO F W/ HX OF CHF ADM 4TH FROM QUARROW W/ SOB\n", "4TH"),
        ("social: family mtg planned 22nd w/ dr ornsby and sw\n", "22nd"),
        ("PLAN: Rehab screen to Quarrow sent 5th\n", "5th"),
        ("F from Quarrow sent to Tarnby 2/3 then here 4TH, CHF.\n", "4TH"),
        ("SOCIAL: FAMILY MTG PLANNED 4-22 W/ DR ORNSBY.\n", "4-22"),
        ("88 YO M FROM QUARROW SENT TO TARNBY 2-1 THEN HERE 2-2, CHF\n", "2-2"),
        ("PLAN: REHAB SCREEN TO QUARROW SENT 11-29\n", "11-29"),
    ],
)
def test_a_day_after_admission_meeting_referral_or_transfer(redactor: Redactor, text: str, day: str) -> None:
    assert (day, "DATE") in labelled(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "PLAN: EXTUBATION PLANNED 1-2 DAYS IF STABLE.\n",
        "Pt adm 2nd time this year for CHF.\n",
        "PAIN HERE 4-5, TYLENOL GIVEN.\n",
        "Labs sent 3-4 times overnight.\n",
    ],
)
def test_counts_and_scores_after_the_date_cues_stay(redactor: Redactor, text: str) -> None:
    assert not any(label == "DATE" for _, label in labelled(redactor, text))
