"""The seventh hold-out de-identification gold set is varied and its spans fit their labels
(reproducibility and well-formed spans: tests/test_gold_sets.py)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from .helpers.gold_sets import (
    LABELS,
    MONTHS,
    WEEKDAYS,
    assert_numbers_validate,
    assert_span_shapes,
    assert_spans_keep_words_whole,
    load,
    terms_outside_gold,
    values,
)
from .helpers.gold_sets import SHAPES as COMMON_SHAPES

DATA = Path(__file__).resolve().parent / "data"
GOLD = DATA / "holdout7_notes_gold.jsonl"
# Eponyms, scales, place-named devices and diseases, and common words the notes use as terms, never as a
# person or place (matched case-insensitively: some notes are upper or lower case): never inside a gold
# span. The name pool holds the same words as names (Grace, Dawn, Iris, Pearl, Chase, Miles, Olive, Burns,
# Payne, Walker, Baker...), and the place pool sits beside Boston brace, Philadelphia collar, Lyme disease...
TERMS = ["grace period", "dawn phenomenon", "iris nevus", "iris transillumination", "Pearl-like", "chase with water",
         "miles on the", "miles away", "loaded miles", "olive oil", "burns to", "front-wheeled walker", "Baker's cyst",
         "Smith's fracture", "Barton's fracture", "Jones fracture", "Boston brace", "Philadelphia collar", "Miami J",
         "Aspen collar", "Austin Flint", "Rocky Mountain spotted fever", "Lyme disease", "West Nile",
         "Japanese encephalitis", "Spanish flu", "Yellow fever", "Montreal Cognitive Assessment",
         "St. Louis University Mental Status", "Rancho Los Amigos", "Bristol stool", "Hoyer lift", "Kangaroo",
         "Parkland formula", "Lund and Browder", "Rule of Nines", "Curling ulcer", "Baux score", "Westley croup",
         "Broselow", "FLACC", "PRISM III", "Salter-Harris", "Garden classification", "Schatzker", "Monteggia",
         "Galeazzi", "Ottawa foot rules", "NEXUS", "Bruce protocol", "Duke treadmill", "Zio patch", "Mobitz",
         "Wenckebach", "Brugada", "Watchman", "Osler nodes", "Janeway lesions", "Berg Balance", "Morse Fall Scale",
         "Braden", "Westgard", "Groshong", "Hickman", "Broviac", "Wagner grade", "Marx protocol", "Monoplace",
         "Snellen", "Ishihara", "Amsler grid", "Goldmann", "Schirmer", "Humphrey visual field", "Marcus Gunn",
         "Hertel", "PEG scale", "Opioid Risk Tool", "Narcan", "Suboxone", "Gardner grading", "Kruger morphology",
         "Asherman", "Stein-Leventhal", "Borg scale", "GOLD stage", "Mifflin-St Jeor", "Harris-Benedict", "Dobhoff",
         "Corpak", "Barthel", "Katz ADL", "Tinetti", "Living will", "Schmitt-Thompson", "Tylenol", "Motrin",
         "Wolff-Parkinson-White", "McMurray", "CURB-65", "Waterlow", "Norton scale", "hope to wean",
         "hopes to be home", "will recheck", "I will not", "I will be available", "Will she go", "pain scores"]
HOLIDAYS = "Thanksgiving|Waitangi Day|Heritage Day|Deepavali"
SHAPES = {
    **COMMON_SHAPES,
    "DATE": re.compile(rf"\d|{MONTHS}|{WEEKDAYS}|{HOLIDAYS}|\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b", re.I),
    "PHONE": re.compile(r"^(\(\d{3}\) |\d{3}[-./])?\d{3}[-.]\d{4}$|^\+1 \d{3} \d{3} \d{4}$|^\d{10}$|^\d{3}-\d{3}-\d{4}$"
                        r"|^\d-\d{4}$|^x?\d{3,5}$"  # pager, extension; then NZ, ZA, SG
                        r"|^\+(64|27|65)( \d{1,2})? \d{3,4} \d{4}$|^0\d\d \d{3} \d{4}$|^\d{4} \d{4}$", re.I),
    "EMAIL": re.compile(r"^[a-z0-9._]+@[a-z0-9\-]+(\.[a-z]+)+$", re.I),
    "URL": re.compile(r"^https://[a-z0-9.\-]+\.[a-z]+/\S+$", re.I),
    "IBAN": re.compile(r"^[A-Z]{2}\d\d( [A-Z0-9]{4})+( [A-Z0-9]{1,3})?$", re.I),
    "ZIP": re.compile(r"^\d{5}$|^\d{4}$|^\d{6}$"),
    "STATE": re.compile(r"^[A-Z]{2}$|^[A-Z][a-z]+( [A-Z][a-z]+)?$", re.I),
    "ADDRESS": re.compile(r"^(Blk )?\d+ \S", re.I),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return load(GOLD)



def test_spans_do_not_cut_words(records: list[dict]) -> None:
    assert_spans_keep_words_whole(records)


def test_span_text_is_consistent_with_its_label(records: list[dict]) -> None:
    assert_span_shapes(records, SHAPES, {"NAME", "LOCATION", "ORGANIZATION", "STATE", "ADDRESS"})


def test_cards_ibans_and_ssns_validate(records: list[dict]) -> None:
    assert_numbers_validate(records)



def test_medical_terms_and_common_words_stay_outside_gold(records: list[dict]) -> None:
    assert terms_outside_gold(records, TERMS, flags=re.I) >= 250


def test_word_names_sit_beside_the_same_words_as_terms(records: list[dict]) -> None:
    names = " ".join(values(records, "NAME")).lower().split()
    words = {"grace", "dawn", "iris", "pearl", "chase", "miles", "olive", "burns", "payne", "walker", "baker"}
    assert words <= set(names)


def test_titles_stay_outside_name_spans(records: list[dict]) -> None:
    # a title followed by the name (staff initials such as "MR" or "DR" on their own are names)
    assert not [v for v in values(records, "NAME") if re.match(r"(dr|mr|mrs|ms|det|officer|sgt|maj)\.? \S", v, re.I)]
    assert not [v for v in values(records, "NAME") if re.search(r",? (MD|RN|DO|PharmD|Esq)\.?$", v)]


def test_the_set_is_large_and_varied(records: list[dict]) -> None:
    labels = Counter(s["label"] for r in records for s in r["spans"])
    styles = Counter(r["style"] for r in records)
    assert len(records) == 60 and sum(labels.values()) >= 1000
    assert len(styles) == 20 and set(styles.values()) == {3}
    assert set(labels) == LABELS
    assert labels["NAME"] >= 300 and labels["DATE"] >= 200 and labels["AGE"] >= 10 and labels["YEAR"] >= 20
    cases = Counter("upper" if r["text"].isupper() else "lower" if r["text"].islower() else "mixed" for r in records)
    assert cases["upper"] >= 5 and cases["lower"] >= 2
