"""The eighth hold-out de-identification gold set (ICU and ward nursing notes, mostly upper case and
terse) is varied and its spans fit their labels (reproducibility and well-formed spans:
tests/test_gold_sets.py)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from .helpers.gold_sets import (
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
GOLD = DATA / "holdout8_notes_gold.jsonl"
# Eponyms, devices, drugs, scales and common words the notes use as terms, never as a person or place
# (matched case-insensitively: most notes are upper case): never inside a gold span. The name pool holds
# Will, May, Bill, Rose, Hope, Grant, Mark, Long, Brown and Hill as names too.
TERMS = ["Foley", "Swan in place", "Swan,", "Levophed", "Hickman", "Pleurovac", "Dobhoff", "Jackson-Pratt",
         "Bair Hugger", "Ambu", "Trendelenburg", "Kerlix", "Whipple", "Glasgow", "Philadelphia collar",
         "Mifflin-St Jeor", "Hartmann's", "Protonix", "Haldol", "Tylenol", "Lasix", "Nutren", "Peptamen",
         "coumadin", "duoderm", "flexiseal", "kangaroo care", "CAM-ICU", "Xmas", "will cont", "will continue",
         "will follow", "Living will", "may have", "may be the one", "hope to wean", "family hope to",
         "they hope", "hopes to", "long day", "long term", "temp rose", "BP rose", "skin marked",
         "brown stool", "hospital bill", "assistance grant", "7 North", "6 West", "MD aware"]
SHAPES = {
    **COMMON_SHAPES,
    "DATE": re.compile(rf"\d|{MONTHS}|{WEEKDAYS}", re.I),
    "PHONE": re.compile(r"^(\(\d{3}\) |\d{3}[-.])?\d{3}[-.]\d{4}$|^\d{10}$"
                        r"|^\d-\d{4}$|^x\d{4}$", re.I),  # pager, extension
    "EMAIL": re.compile(r"^[a-z0-9._]+@[a-z0-9\-]+(\.[a-z]+)+$", re.I),
    "URL": re.compile(r"^https://[a-z0-9.\-]+\.[a-z]+/\S+$", re.I),
    "IBAN": re.compile(r"^[A-Z]{2}\d\d( [A-Z0-9]{4})+( [A-Z0-9]{1,3})?$", re.I),
    "ZIP": re.compile(r"^0\d{4}$"),
    "STATE": re.compile(r"^[A-Z]{2}$|^[A-Z][a-z]+( [A-Z][a-z]+)?$", re.I),
    "ADDRESS": re.compile(r"^\d+ \S", re.I),
}
# bed and room numbers, shift times, vitals and doses: numbers that are not PHI
NOT_PHI = re.compile(r"\b(bed|rm) \d+|\b\d{4}-\d{4}\b|\b(HR|SBP|PEEP|FiO2|Wt|BMI|K) \d+|\d+ ?(mg|mcg|cc|meq)\b", re.I)


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
    assert terms_outside_gold(records, TERMS, flags=re.I) >= 280


def test_bed_numbers_vitals_and_doses_stay_outside_gold(records: list[dict]) -> None:
    seen = 0
    for r in records:
        covered = {i for s in r["spans"] for i in range(s["start"], s["end"])}
        for m in NOT_PHI.finditer(r["text"]):
            seen += 1
            assert not covered & set(range(m.start(), m.end())), (r["id"], m.group())
    assert seen >= 200


def test_word_names_sit_beside_the_same_words_as_terms(records: list[dict]) -> None:
    names = " ".join(values(records, "NAME")).lower().split()
    assert {"will", "may", "bill", "rose", "hope", "grant", "mark", "long", "brown", "hill"} <= set(names)


def test_titles_and_relations_stay_outside_name_spans(records: list[dict]) -> None:
    names = values(records, "NAME")
    assert not [v for v in names if re.match(r"(dr|drs|mr|mrs|ms|rn|rev|fr|rabbi|imam|officer)\.? \S", v, re.I)]
    assert not [v for v in names if re.search(r",? (MD|RN|PT|RD|LICSW)\.?$", v, re.I)]
    assert not [v for v in names if re.match(r"(wife|husband|son|daughter|mother|father|niece) ", v, re.I)]


def test_ages_are_labelled_only_from_ninety(records: list[dict]) -> None:
    assert all(int(v) >= 90 for v in values(records, "AGE"))


def test_the_set_is_large_and_varied(records: list[dict]) -> None:
    labels = Counter(s["label"] for r in records for s in r["spans"])
    styles = Counter(r["style"] for r in records)
    assert len(records) == 70 and sum(labels.values()) >= 600
    assert len(styles) >= 16 and min(styles.values()) >= 3
    assert labels["NAME"] >= 250 and labels["DATE"] >= 90 and labels["PHONE"] >= 60 and labels["AGE"] >= 10
    assert labels["YEAR"] >= 20 and labels["ORGANIZATION"] >= 50 and labels["LOCATION"] >= 40
    cases = Counter("upper" if r["text"].isupper() else "lower" if r["text"].islower() else "mixed" for r in records)
    assert cases["upper"] >= 45 and cases["lower"] >= 10 and cases["mixed"] >= 10
    lines = [r["text"].count("\n") for r in records]
    assert min(lines) <= 3 and max(lines) >= 50
