"""The fourth hold-out de-identification gold set is varied and its spans fit their labels
(reproducibility and well-formed spans: tests/test_gold_sets.py)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from .helpers.gold_sets import LABELS, assert_span_shapes, assert_spans_keep_words_whole, load, terms_outside_gold
from .helpers.gold_sets import SHAPES as COMMON_SHAPES

DATA = Path(__file__).resolve().parent / "data"
GOLD = DATA / "holdout4_notes_gold.jsonl"
# Eponyms, scales and common words the notes use as terms, never as a person or place (matched
# case-insensitively: some notes are upper or lower case): never inside a gold span.
TERMS = ["Judkins", "Allen test", "Swan-Ganz", "Epworth", "Cheyne-Stokes", "LA Grade B", "Barrett's",
         "Mallory-Weiss", "Boston Bowel", "Lynch syndrome", "Huntington disease", "Muir-Torre", "Cowden",
         "Peutz-Jeghers", "Amsterdam II", "Foley", "Hickman", "Duke criteria", "Gram stain", "Kirby-Bauer",
         "Janeway", "Osler", "Roth spots", "Lennox-Gastaut", "West pattern", "Weber lateralizes", "Rinne",
         "Stenger", "rose, brown bear", "Braden", "anti-Kell", "Duffy", "Coombs", "Morse fall", "Miranda",
         "Dusky", "Hashimoto's", "hopes", "we hope", "rose-gold", "Agent Orange", "Yale Pharyngeal",
         "Korean War", "International 10-20", "6 West", "CCU 4", "Small non-bleeding", "daughter-in-law",
         "Child:", "will visit", "will educate", "We will consider", "I will not"]
# The shape every value of a label must have (a loose check that markers wrap the right text).
SHAPES = {
    **COMMON_SHAPES,
    "PHONE": re.compile(r"^[\d()+ .\-]{4,}$"),
    "EMAIL": re.compile(r"^[a-z.]+\d*@[a-z.\-]+\.[a-z]+$"),
    "URL": re.compile(r"^https://\S+$"),
    "ZIP": re.compile(r"^\d{5}$"),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return load(GOLD)


def test_spans_do_not_cut_words(records: list[dict]) -> None:
    assert_spans_keep_words_whole(records)


def test_span_text_is_consistent_with_its_label(records: list[dict]) -> None:
    assert_span_shapes(records, SHAPES, {"NAME", "LOCATION", "ORGANIZATION", "STATE", "ADDRESS"})


def test_medical_terms_and_common_words_stay_outside_gold(records: list[dict]) -> None:
    assert terms_outside_gold(records, TERMS, flags=re.I) >= 140


def test_the_set_is_large_and_varied(records: list[dict]) -> None:
    labels = Counter(s["label"] for r in records for s in r["spans"])
    styles = Counter(r["style"] for r in records)
    assert len(records) == 75 and sum(labels.values()) >= 1000
    assert len(styles) == 25 and set(styles.values()) == {3}
    assert set(labels) == LABELS - {"IBAN"}
    assert labels["NAME"] >= 350 and labels["DATE"] >= 200 and labels["AGE"] >= 20 and labels["YEAR"] >= 15
    cases = Counter("upper" if r["text"].isupper() else "lower" if r["text"].islower() else "mixed" for r in records)
    assert cases["upper"] >= 5 and cases["lower"] >= 1
