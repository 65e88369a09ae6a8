"""The third hold-out de-identification gold set is varied and its spans fit their labels
(reproducibility and well-formed spans: tests/test_gold_sets.py)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from .helpers.gold_sets import LABELS, assert_span_shapes, assert_spans_keep_words_whole, load, terms_outside_gold
from .helpers.gold_sets import SHAPES as COMMON_SHAPES

DATA = Path(__file__).resolve().parent / "data"
GOLD = DATA / "holdout3_notes_gold.jsonl"
# Eponyms and common words the notes use as terms, never as a person: never inside a gold span.
TERMS = ["Foley placed", "Whipple in due course", "Apgars", "Glasgow score", "Glasgow 15", "Hodgkin",
         "Cushing's", "Bell's palsy", "Bell's pa1sy", "Down syndrome", "Parkinson's disease",
         "Alzheimer's type", "Courvoisier", "Mallampati", "Whitacre", "Wells score", "Sputum brown",
         "rose-pink", "brown eschar", "hopes to return", "major depressive", "Addison's", "Hashimoto's",
         "Glasgow-Blatchford", "Braden"]
# The shape every value of a label must have (a loose check that markers wrap the right text).
SHAPES = {
    **COMMON_SHAPES,
    "DATE": re.compile(r"\d|January|February|March|April|May|June|July|August|September|October|"
                       r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec"),
    "PHONE": re.compile(r"^[\d()+ .\-]{10,}$"),
    "EMAIL": re.compile(r"^[a-z.]+\d*@[a-z.\-]+\.[a-z]+$"),
    "URL": re.compile(r"^(https://|www\.)\S+$"),
    "IBAN": re.compile(r"^IE\d\d( [A-Z0-9]{2,4})+$"),
    "ZIP": re.compile(r"^(\d{4,5}(-\d{4})?|[A-Z]{1,2}\d{1,2} \d[A-Z]{2}|[A-Z]\d{2} [A-Z0-9]{4}"
                      r"|[A-Z]\d[A-Z] \d[A-Z]\d)$"),
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return load(GOLD)


def test_spans_do_not_cut_words(records: list[dict]) -> None:
    assert_spans_keep_words_whole(records, glued_after=("yo",))  # "96yo F"


def test_span_text_is_consistent_with_its_label(records: list[dict]) -> None:
    assert_span_shapes(records, SHAPES, {"NAME", "LOCATION", "ORGANIZATION", "STATE"})


def test_medical_terms_and_common_words_stay_outside_gold(records: list[dict]) -> None:
    assert terms_outside_gold(records, TERMS) >= 60


def test_the_set_is_large_and_varied(records: list[dict]) -> None:
    labels = Counter(s["label"] for r in records for s in r["spans"])
    assert 60 <= len(records) <= 80
    assert sum(labels.values()) >= 1000
    assert len({r["style"] for r in records}) >= 20
    assert set(labels) == LABELS
    assert labels["NAME"] >= 300 and labels["DATE"] >= 200 and labels["AGE"] >= 20
