"""The fifth hold-out de-identification gold set is varied and its spans fit their labels
(reproducibility and well-formed spans: tests/test_gold_sets.py)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from .helpers.gold_sets import (
    LABELS,
    assert_numbers_validate,
    assert_span_shapes,
    assert_spans_keep_words_whole,
    load,
    terms_outside_gold,
    values,
)
from .helpers.gold_sets import SHAPES as COMMON_SHAPES

DATA = Path(__file__).resolve().parent / "data"
GOLD = DATA / "holdout5_notes_gold.jsonl"
# Eponyms, scales and common words the notes use as terms, never as a person or place (matched
# case-insensitively: some notes are upper or lower case): never inside a gold span.
TERMS = ["Apgar", "Tanner stage", "Denver", "Snellen", "Hope this helps", "Leopold", "Braxton Hicks",
         "Bishop score", "Edinburgh", "Mallampati", "Frank discussion", "frank blood", "no frank pus",
         "Kaposi", "Fitzpatrick", "Wood's lamp", "Nikolsky", "Mohs", "Breslow", "Clark level", "brown-black",
         "brown pigment", "brown discoloration", "Gleason", "Foley", "Valsalva", "Kegel", "Rinne", "Weber",
         "Dix-Hallpike", "Epley", "Eustachian", "Romberg", "Epworth", "Raynaud", "Gottron", "Sjögren",
         "Hashimoto", "Schirmer", "Phalen", "Tinel", "Finkelstein", "MoCA", "Trails B", "Katz", "Lawton",
         "Morse fall", "Hoehn and Yahr", "Parkinson's", "Alzheimer's", "Beers", "semmes-weinstein", "charcot",
         "wagner grade", "morton's", "Boston Naming", "Rey Complex", "Wisconsin Card", "Beck Depression",
         "Waddell", "Hoover", "FABER", "Grace period", "Bill to:", "bill sent", "will grace", "They hope",
         "I hope", "will decide", "Graves", "(Coumadin)", "Warfarin", "Bactrim", "Biktarvy", "daughter-in-law"]
SHAPES = {
    **COMMON_SHAPES,
    "PHONE": re.compile(r"^(x\d{4}|[\d()+ .\-]{4,}( ext\. \d+)?)$", re.I),
    "EMAIL": re.compile(r"^[a-z.]+\d*@[a-z.\-]+\.[a-z]+$", re.I),
    "URL": re.compile(r"^https://\S+$", re.I),
    "IBAN": re.compile(r"^GB\d\d( [A-Z0-9]{4}){4} [A-Z0-9]{2}$", re.I),
    "ZIP": re.compile(r"^\d{5}$"),
    "STATE": re.compile(r"^[A-Z]{2}$|^[A-Z][a-z]+( [A-Z][a-z]+)?$", re.I),
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
    assert terms_outside_gold(records, TERMS, flags=re.I) >= 150


def test_titles_stay_outside_name_spans(records: list[dict]) -> None:
    assert not [v for v in values(records, "NAME") if re.match(r"(dr|mr|mrs|ms|coach)\b", v, re.I)]


def test_the_set_is_large_and_varied(records: list[dict]) -> None:
    labels = Counter(s["label"] for r in records for s in r["spans"])
    styles = Counter(r["style"] for r in records)
    assert len(records) == 60 and sum(labels.values()) >= 1000
    assert len(styles) == 20 and set(styles.values()) == {3}
    assert set(labels) == LABELS
    assert labels["NAME"] >= 300 and labels["DATE"] >= 200 and labels["AGE"] >= 10 and labels["YEAR"] >= 20
    cases = Counter("upper" if r["text"].isupper() else "lower" if r["text"].islower() else "mixed" for r in records)
    assert cases["upper"] >= 5 and cases["lower"] >= 2
