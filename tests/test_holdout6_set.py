"""The sixth hold-out de-identification gold set is varied and its spans fit their labels
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
GOLD = DATA / "holdout6_notes_gold.jsonl"
# Eponyms, scales, place-named criteria and common words the notes use as terms, never as a person or
# place (matched case-insensitively: some notes are upper or lower case): never inside a gold span. The
# name pool holds the same words as names (Hope, Will, Rose, Young, King, Hunter, Bishop, Stone, Frost...).
TERMS = ["Holter", "NYHA", "McBurney", "Rovsing", "Murphy's sign", "Alvarado score", "kidney stone", "CHA2DS2-VASc",
         "living will", "hepatojugular", "rose to 0.05", "Colles", "Weber B", "Ottawa ankle rules",
         "Glasgow Coma Scale", "NEXUS", "boxer's fracture", "Cross-table", "Blood bank", "frostbite", "Rankin",
         "Babinski", "Kernig", "NIHSS", "ASPECTS", "Glidescope", "Richmond Agitation-Sedation Scale", "CAM-ICU",
         "C-SSRS", "I hope they", "Hope to avoid", "Hope to close", "hopes to", "I will not", "I will be available",
         "will recheck", "Will follow", "Brown discoloration", "brown jacket", "Arcus senilis", "strong odor",
         "Toluidine blue", "TEN-4-FACESp", "Naranjo", "CTCAE", "MedDRA", "Gleason", "SpaceOAR", "TrueBeam",
         "Port-a-Cath", "Huber", "Snellen", "Valsalva", "Marfan", "Beighton", "Lachman", "McMurray", "Thompson test",
         "King-Devick", "Seattle criteria", "Summer camp", "QuantiFERON", "Hansen's disease", "Waddell",
         "deer hunter", "described as young", "Ward bishop", "good faith", "otherwise", "paged", "poison ivy",
         "living will on file"]
HOLIDAYS = "Thanksgiving|Christmas|New Year|Labor Day|Memorial Day|Fourth of July|Easter"
SHAPES = {
    **COMMON_SHAPES,
    "DATE": re.compile(rf"\d|{MONTHS}|{WEEKDAYS}|{HOLIDAYS}", re.I),
    "PHONE": re.compile(r"^(\(\d{3}\) |\d{3}[-./])?\d{3}[-.]\d{4}( x\d{3})?$|^\+1 \d{3} \d{3} \d{4}$|^\d-\d{4}$"
                        r"|^\d{10}$"),
    "EMAIL": re.compile(r"^[a-z.]+\d*@[a-z\-]+\.[a-z.]+$", re.I),
    "URL": re.compile(r"^https://[a-z0-9.\-]+\.[a-z]+/\S+$", re.I),
    "IBAN": re.compile(r"^[A-Z]{2}\d\d( [A-Z0-9]{4})+( [A-Z0-9]{1,3})?$", re.I),
    "ZIP": re.compile(r"^\d{5}$"),
    "STATE": re.compile(r"^[A-Z]{2}$|^[A-Z][a-z]+( [A-Z][a-z]+)?$", re.I),
    "ADDRESS": re.compile(r"^\d+ \S"),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return load(GOLD)



def test_spans_do_not_cut_words(records: list[dict]) -> None:
    assert_spans_keep_words_whole(records, glued_after=("yo",))


def test_span_text_is_consistent_with_its_label(records: list[dict]) -> None:
    assert_span_shapes(records, SHAPES, {"NAME", "LOCATION", "ORGANIZATION", "STATE", "ADDRESS"})


def test_cards_ibans_and_ssns_validate(records: list[dict]) -> None:
    assert_numbers_validate(records)



def test_medical_terms_and_common_words_stay_outside_gold(records: list[dict]) -> None:
    assert terms_outside_gold(records, TERMS, flags=re.I) >= 150


def test_word_names_sit_beside_the_same_words_as_terms(records: list[dict]) -> None:
    names = " ".join(values(records, "NAME")).lower().split()
    assert {"hope", "will", "rose", "young", "king", "hunter", "bishop"} <= set(names)


def test_titles_stay_outside_name_spans(records: list[dict]) -> None:
    assert not [v for v in values(records, "NAME") if re.match(r"(dr|mr|mrs|ms|det|officer)\b", v, re.I)]
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
