"""Rules added after the tenth hold-out set (tests/data/holdout10_notes_gold.jsonl, ICU nursing notes of the
MIMIC-II era: shift, D/A/R, transfer, case-management and family-meeting notes, mostly in capitals) was first
measured. Values here are invented, not the generator's."""

from __future__ import annotations

import pytest

from edgebatch.redaction import ner
from edgebatch.redaction.redactor import Redactor
from tests.redaction.conftest import masked

# --------------------------------------------------------------------------- dates without a year


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("EXTUBATED 7/2-7/6, THEN REINTUBATED", ["7/2", "7/6"]),
        ("pt intubated 11th-13th for airway protection", ["11th", "13th"]),
        ("ADMITTED 3/28-2ND AT OSH", ["3/28", "2ND"]),
        ("vanc 10/3-10/9, zosyn since", ["10/3", "10/9"]),
    ],
)
def test_both_ends_of_a_span_of_days(redactor: Redactor, text: str, dates: list[str]) -> None:
    assert set(dates) <= set(masked(redactor, text))


@pytest.mark.parametrize("text", ["MOTOR 3/5-4/5 LLE", "strength 2/5-3/5 bilat", "FOR 2ND-3RD DEGREE BURNS",
                                  "ON 2/5-3/5 LOWERS"])
def test_grade_ranges_and_uncued_ordinals_stay(redactor: Redactor, text: str) -> None:
    assert not any(s.label == "DATE" for s in redactor.scan(text))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("SON FLYING IN FROM DENVER, BACK ON 22ND.", "22ND"),
        ("lytes to be rechecked 9th by vna", "9th"),
        ("DAUGHTER WILL BE IN 30TH.", "30TH"),
    ],
)
def test_a_day_ordinal_after_a_preposition_or_a_planning_word(redactor: Redactor, text: str, date: str) -> None:
    assert date in masked(redactor, text)


@pytest.mark.parametrize("text", ["HELD ON 2ND ATTEMPT", "rash after 3rd dose", "on 1st, 2nd and 3rd toes"])
def test_ordinals_of_counted_things_stay(redactor: Redactor, text: str) -> None:
    assert masked(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("PT/INR TO BE CHECKED 4-2 AT REHAB", "4-2"),
        ("brother will be in 6-3 from out of state", "6-3"),
        ("NIECE FLYING UP 12-20 TO VISIT", "12-20"),
    ],
)
def test_a_month_day_after_a_check_or_a_visit(redactor: Redactor, text: str, date: str) -> None:
    assert date in masked(redactor, text)


@pytest.mark.parametrize("text", ["FSBS CHECKED 2-3X DAILY", "bp checked 1-2 hrs after", "labs drawn 4-5 hours ago",
                                  "BS CHECKED 1-2 MORE TIMES", "cultures drawn 2-3 bottles"])
def test_counts_after_a_check_stay(redactor: Redactor, text: str) -> None:
    assert masked(redactor, text) == []


def test_a_lower_case_holiday_after_a_time_word(redactor: Redactor) -> None:
    assert "new year's" in masked(redactor, "daughter hopes to visit over new year's.")
    assert "christmas eve" in masked(redactor, "home by christmas eve per family")
    assert masked(redactor, "the new year's resolution list; a new years plan") == []


@pytest.mark.parametrize("text", ["MAE, STRENGTH 5/5 UPPERS,\n3/5 LOWERS", "grip 4/5 bilat, 2/5 BLE",
                                  "C/O CP 7/10, SL NTG GIVEN", "h/a 3/10 this am"])
def test_strength_grades_and_pain_scores_stay(redactor: Redactor, text: str) -> None:
    assert masked(redactor, text) == []


# --------------------------------------------------------------------------- relatives and sign-offs


@pytest.mark.parametrize(
    "text",
    ["PT'S SISTER DIED IN 2001 OF CA.", "will update when son arrives from maine", "GRANDDAUGHTER PLANS TO VISIT",
     "NEPHEW ARRIVES FROM TEXAS TONIGHT"],
)
def test_what_a_relative_does_is_no_name(redactor: Redactor, text: str) -> None:
    assert not any(v.lower() in ("died", "arrives", "plans") for v in masked(redactor, text))


def test_a_relative_with_a_name_ending_like_a_verb_is_still_named(redactor: Redactor) -> None:
    assert "AGNES" in masked(redactor, "DAUGHTER AGNES IN TO VISIT")


def test_a_name_that_is_a_verb_is_not_propagated_as_a_verb(redactor: Redactor) -> None:
    text = "present: husband hope (hcp).\nfamily hope to have chaplain in tomorrow."
    found = [(s.start, text[s.start:s.end]) for s in redactor.scan(text)]
    assert (text.index("hope"), "hope") in found
    assert all(start != text.index("hope to") for start, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [("PLAN: CONT TO MONITOR.\nMARGO T. RN\n", "MARGO T."), ("will follow.\nbeth k., rn", "beth k."),
     ("Family updated.\nIngrid W. RN", "Ingrid W.")],
)
def test_a_nurses_sign_off_with_her_initial(redactor: Redactor, text: str, name: str) -> None:
    assert name in masked(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("CM SCREENING: PT TEODORO VALLS (MR# 5521870) LIVES ALONE", "TEODORO VALLS"),
     ("pt jonas brekke, mrn 3390122, adm 4/4", "jonas brekke")],
)
def test_a_patient_named_before_the_record_number(redactor: Redactor, text: str, name: str) -> None:
    assert name in masked(redactor, text)


def test_no_name_before_a_record_number_when_none_is_written(redactor: Redactor) -> None:
    assert masked(redactor, "PT FOUND DOWN (DOB UNKNOWN)") == []


@pytest.mark.skipif(not ner.installed(), reason="statistical NER not installed")
@pytest.mark.parametrize(
    ("text", "name", "not_in"),
    [("Pt resting. DR. Okafor AWARE OF ALL.", "Okafor", "AWARE"),
     ("Fellow Dr Lindqvist - cxr ok, tube at carina.", "Lindqvist", "cxr"),
     ("CM FOLLOWING. CM BRIDGET EXT X4-2219.", "BRIDGET", "EXT")],
)
def test_ner_names_end_before_shouted_words_dashes_and_extensions(text: str, name: str, not_in: str) -> None:
    values = masked(Redactor.shared(), text)
    assert any(name in v for v in values)
    assert not any(not_in in v for v in values)


# --------------------------------------------------------------------------- facilities and towns


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("71 YO F ADMITTED 5-2 FROM BRANTWOOD GENERAL W/ UROSEPSIS", "BRANTWOOD GENERAL"),
        ("report called to rn dee at Wexley Pines, copy of d/c summary sent", "Wexley Pines"),
        ("DISPO: PLAN ASHGROVE WHEN BED AVAILABLE", "ASHGROVE"),
        ("will go to Fernhill Commons once a bed is available", "Fernhill Commons"),
        ("PCP DR OYELARAN (KESTREL PARK) AWARE OF ADMISSION", "KESTREL PARK"),
        ("CM FOLLOWING, ELM VALLEY HOSPITAL VS BRIARWOOD FOR REHAB.", "BRIARWOOD"),
    ],
)
def test_a_facility_named_by_transfer_bed_or_pcp(redactor: Redactor, text: str, org: str) -> None:
    assert org in masked(redactor, text)


@pytest.mark.parametrize(
    "text",
    ["PLAN TO D/C TO REHAB WHEN BED AVAILABLE", "ADMITTED 3/14 FROM HOME", "PCP DR LEE (RETIRED) FAXED",
     "SCREENED FOR REHAB TODAY", "f/u in HF clinic w/ cardiology", "TO REHAB IN TOWN VIA AMBULANCE AT 1400"],
)
def test_kinds_of_places_and_purposes_are_no_facility(redactor: Redactor, text: str) -> None:
    assert not any(s.label == "ORGANIZATION" for s in redactor.scan(text))


def test_for_rehab_is_not_part_of_the_facility(redactor: Redactor) -> None:
    values = masked(redactor, "DISPO: BRIARWOOD FOR REHAB")
    assert "BRIARWOOD" in values and not any("REHAB" in v for v in values)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("MR. X IS A 77 YO MAN FROM LYNN\nADMITTED W/ SEPSIS", "LYNN"),
        ("SOCIAL: LIVES W/ DAUGHTER IN HOLLIS, RETIRED", "HOLLIS"),
        ("lived w/ wife in marion until this fall", "marion"),
    ],
)
def test_the_town_a_patient_lives_in_or_comes_from(redactor: Redactor, text: str, town: str) -> None:
    assert town in masked(redactor, text)


def test_a_lower_case_state_code_after_a_town(redactor: Redactor) -> None:
    assert "nh" in masked(redactor, "son called from nashua, nh, will visit")
    assert not any(v == "or" for v in masked(redactor, "moved to salem, or, later to ohio"))
