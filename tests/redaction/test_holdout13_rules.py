"""Rules added after the thirteenth hold-out set (tests/data/holdout13_notes_gold.jsonl: telemetry, ED, oncology,
L&D, dialysis, PACU, rehab, home-health, hospice and ICU notes) was first measured. Values here are invented, not
the generator's."""

from __future__ import annotations

import pytest

from edgebatch.redaction.redactor import Redactor
from tests.redaction.conftest import masked

# --------------------------------------------------------------------------- weekdays and month-days


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("labs Thu. report called to floor", "Thu"),
        ("next visit weds. rn on call", "weds"),
        ("f/u call mon. -rn", "mon"),
        ("FAMILY MTG FRI W/ DR TOLLIVER", "FRI"),
        ("plan d/c tues if stable", "tues"),
        ("run note  oct 3 (thurs)  chair 9", "thurs"),
        ("pt fell at home last Weds (3-14), not seen", "Weds"),
    ],
)
def test_a_planned_weekday_closing_its_clause(redactor: Redactor, text: str, day: str) -> None:
    assert day in masked(redactor, text)


@pytest.mark.parametrize(
    "text",
    ["O2 SAT, RR 18, HR 80", "spo2 sat. 95% on ra", "avoid sun. wear hat", "cont tele mon.", "pt sat in chair",
     "pt sat. then stood"],
)
def test_a_saturation_the_sun_or_a_monitor_stays(redactor: Redactor, text: str) -> None:
    assert not [m for m in masked(redactor, text) if m.lower() in {"sat", "sun", "mon"}]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("states pt was recently in hospital 3-14 to 3-19. NOK aware", ["3-14", "3-19"]),
        ("pt fell last sunday (2-7), not seen", ["2-7"]),
        ("NSVD 11-30 @ 1937 baby boy", ["11-30"]),
        ("SURGERY ORIGINALLY BOOKED 7-9 BUT BUMPED", ["7-9"]),
        ("PP NSG NOTE  7-18   UNIT # 5551234", ["7-18"]),
    ],
)
def test_a_month_day_with_a_dash_in_a_date_context(redactor: Redactor, text: str, dates: list[str]) -> None:
    found = masked(redactor, text)
    assert all(d in found for d in dates)


@pytest.mark.parametrize("text", ["take 1-2 to 3-4 tabs daily", "UO 10-15 to 20-30 ml/hr", "wean 2-3 to 1-2 L NC"])
def test_counted_ranges_stay(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


# --------------------------------------------------------------------------- a state after a town


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("74yo man from Tewksbury, MA w/ pancreatic mass", "MA"),
        ("hpi: 60yo man from tewksbury, ma w/ urosepsis", "ma"),
        ("SON LIVES IN CONCORD, NH AND WANTS UPDATES", "NH"),
    ],
)
def test_a_state_after_a_town_before_the_sentence_goes_on(redactor: Redactor, text: str, code: str) -> None:
    assert code in masked(redactor, text)


@pytest.mark.parametrize("text", ["seen by Ana Kowal, MD and team", "call Rita Osei, PA and RN"])
def test_a_credential_before_and_stays(redactor: Redactor, text: str) -> None:
    assert not [m for m in masked(redactor, text) if m in {"MD", "PA"}]


# --------------------------------------------------------------------------- years of a history


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("PMH: gout 2009, CAD s/p CABG 2004, HTN.", "2009"),
        ("pmh: htn, dm, turp 1989. pcp dr x", "1989"),
        ("dx follicular lymphoma stage II 2003, relapse in spring", "2003"),
        ("pt born 1933 in Tralee, retired nurse.", "1933"),
    ],
)
def test_a_year_in_a_history(redactor: Redactor, text: str, year: str) -> None:
    assert year in masked(redactor, text)


@pytest.mark.parametrize("text", ["PMH: DM2, A1c 7.2 2013 labs pending", "Meds: heparin 2000 units, ASA 81",
                                  "dx pna, given 2000 mg ceftriaxone"])
def test_doses_and_counts_in_a_history_stay(redactor: Redactor, text: str) -> None:
    assert not [m for m in masked(redactor, text) if m.isdigit() and len(m) == 4]


# --------------------------------------------------------------------------- a bracketed phone after a date


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("f/u dr kaminski onc sep 9 (617.555.0142).", "617.555.0142"),
        ("Dr. Ferro clinic Mar 4 (1-508-555-0199).", "1-508-555-0199"),
        ("F/U DR ORTIZ JAN 30 (555-0188).", "555-0188"),
    ],
)
def test_a_bracketed_phone_after_a_date(redactor: Redactor, text: str, phone: str) -> None:
    assert phone in masked(redactor, text)


@pytest.mark.parametrize("text", ["took 2 (500 mg) tabs", "bp 120/80 (5 min) after"])
def test_a_count_before_a_bracket_stays(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


# --------------------------------------------------------------------------- names the context tells


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("wife Maria Cobb picks pt up after tx.", "Maria Cobb"),
        ("PT'S WIFE MARIA COBB CALLED STATING PT COBB \"NOT HIMSELF\"", "MARIA COBB"),
        ("son Peter Cobb (555-0101) asks for updates", "Peter Cobb"),
        ("Cobb, Peter  71 yo  esrd on hd", "Cobb, Peter"),
        ("1345 wife R. Lindqvist arrived, states pt", "R. Lindqvist"),
        ("CALLED FOB (DESMOND) RE CHANGE IN STATUS", "DESMOND"),
        ("report called to Maria O. RN at facility", "Maria O."),
        ("site marked. report to Maria on 5 West @ 1610.", "Maria"),
        ('NSVD @ 1937 baby girl "Ottilie", apgars 8/9', "Ottilie"),
        ("Hogarth 29yo G2P1 at 39 wks", "Hogarth"),
        ("-- R.T. 3/14", "R.T."),
        ("will cont to monitor. -- lester p., rn\npls call wife", "lester p."),
    ],
)
def test_a_name_its_context_tells(redactor: Redactor, text: str, name: str) -> None:
    assert name in masked(redactor, text)


def test_the_patients_surname_after_pt(redactor: Redactor) -> None:
    text = "PT'S WIFE MARIA COBB CALLED STATING PT COBB \"NOT HIMSELF\" SINCE"
    assert masked(redactor, text).count("COBB") == 1  # the second one alone


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("wife Maria here, aware of plan", "here"),
        ("family: mother d. age 98 (CHF), father MI at 60", "age"),
        ("report to the floor on 5 West", "the"),
        ("Male 29yo with chest pain", "Male"),
        ("son Peter called, aware", "called"),
    ],
)
def test_what_a_relative_does_is_no_name(redactor: Redactor, text: str, word: str) -> None:
    assert not [m for m in masked(redactor, text) if word in m.split()]


# --------------------------------------------------------------------------- organisations the context tells


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("pt works part time at Dunmore Freight on weekends.", "Dunmore Freight"),
        ("PT WORKS AT HOLLIS & VANE, REQUESTS NOTE FOR WORK.", "HOLLIS & VANE"),
        ("pt's insurance thru Corvane Logistics. peds f/u", "Corvane Logistics"),
        ("results left on vm at work (Tessaly Credit Union, 555-0100)", "Tessaly Credit Union"),
        ("O2 2L VIA CONCENTRATOR FROM ORVALE MEDICAL. WT 180", "ORVALE MEDICAL"),
        ("advised ua at Pellcourt Labs on 12 Quarry St tomorrow", "Pellcourt Labs"),
        ("last seen at St. Wilfrids. pmh: htn", "St. Wilfrids"),
        ("PT RECENTLY D/C'D FROM BRAMBLE HALL ON DEC 2. DENIES FEVER.", "BRAMBLE HALL"),
    ],
)
def test_an_organisation_its_context_tells(redactor: Redactor, text: str, org: str) -> None:
    assert org in masked(redactor, text)


def test_a_found_organisations_initials(redactor: Redactor) -> None:
    text = "transferred from Quarrington Vale Medical Center (qvmc) 7 north.\nvein mapping at QVMC in June."
    assert masked(redactor, text).count("QVMC") == 1


@pytest.mark.parametrize(
    "text",
    ["pt works at home as a writer.", "works at night, sleeps days", "insurance thru the state.",
     "O2 via concentrator from home.", "LASIX INC TO 40 BID X3D.", "f/u onc clinic 2/20 w/ dr"],
)
def test_kinds_of_place_and_doses_stay(redactor: Redactor, text: str) -> None:
    assert not [m for m in masked(redactor, text) if not any(c.isdigit() for c in m) and m.lower() != "dr"]


# --------------------------------------------------------------------------- what stays outside a span


@pytest.mark.parametrize(
    ("text", "inside", "outside"),
    [
        ("esrd on hd, outpt unit Quarrington Dialysis Center mwf.", "Quarrington Dialysis Center", "outpt unit"),
        ("Fennimore VNA skilled nursing visit 5/2", "Fennimore VNA", "skilled nursing"),
        ("home address: 9 Quarry St, Tewksbury, MA 01876; lives alone.", "01876", "lives alone"),
        ("pt Ada Quist 74 y/o dx lymphoma", "Ada Quist", "74"),
        ("lasix dose confirmed w/ dr Ada Quist office 555-0100", "Ada Quist", "office"),
    ],
)
def test_what_a_span_took_in_is_left_out(redactor: Redactor, text: str, inside: str, outside: str) -> None:
    found = masked(redactor, text)
    assert any(inside in m for m in found)
    assert not any(outside in m for m in found)


@pytest.mark.parametrize(
    "text",
    ["new Kennedy terminal ulcer coccyx.", "Hoyer not needed. Philadelphia collar", "quinton cath removed 2013.",
     "ECOG 2, Karnofsky 70.\nson at bedside", "temp 100.9 @ 0300, pan cx'd, md aware."],
)
def test_eponyms_and_clauses_before_md_aware_stay(redactor: Redactor, text: str) -> None:
    assert not [m for m in masked(redactor, text) if not any(c.isdigit() for c in m)]


def test_a_pager_after_whom_to_page(redactor: Redactor) -> None:
    assert "4-1187" in masked(redactor, "pls page resident Dr Quist @ 4-1187 w/ changes")
    assert "1530" not in masked(redactor, "page me @ 1530 if worse")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("HUSBAND A. QUIST AT BEDSIDE, MIL R. QUIST VISITING", "A. QUIST"),
        ("HUSBAND A. QUIST AT BEDSIDE, MIL R. QUIST VISITING", "R. QUIST"),
        ("report to Maria @ 0145. -Quist RN", "Maria"),
        ("PP NSG NOTE\nMARIA QUIST 34 YO G1P0 S/P LTCS", "MARIA QUIST"),
        ("last adm here w/ same.\nMarie-Claire Quist RN", "Marie-Claire Quist"),
        ("pt born 1931 in Tralee, retired teacher.", "Tralee"),
        ("daughter flying in from Tromso on the 23rd.", "Tromso"),
        ("re: pt Quist, Maria (MRN 5550001)", "Quist, Maria"),
        ("PNC at Fennimore Community Health Center w/ Dr. Ode", "Fennimore Community Health Center"),
    ],
)
def test_more_values_their_context_tells(redactor: Redactor, text: str, value: str) -> None:
    assert value in masked(redactor, text)


@pytest.mark.parametrize(
    "text",
    ["son flying in from work tomorrow", "report to the unit @ 0145",
     "HUSBAND AT BEDSIDE, SUPPORTIVE"],
)
def test_places_and_words_their_cues_name_stay(redactor: Redactor, text: str) -> None:
    found = masked(redactor, text)
    assert not [m for m in found if m.lower() in {"mercy hospital", "work", "the", "unit", "supportive"}]


def test_a_hospital_of_birth_is_no_town(redactor: Redactor) -> None:
    text = "pt born 1931 in Mercy Hospital"
    assert not [s for s in redactor.scan(text) if s.label == "LOCATION" and text[s.start:s.end] == "Mercy"]
