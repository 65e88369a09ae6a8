"""The second hold-out de-identification gold set is varied and its spans fit their labels
(reproducibility and well-formed spans: tests/test_gold_sets.py)."""

from __future__ import annotations

import re

import pytest

from .conftest import REPO
from .helpers.gold_sets import (
    LABELS,
    load,
    terms_outside_gold,
)

DATA = REPO / "tests" / "data"
GOLD = DATA / "holdout2_notes_gold.jsonl"
# Eponyms and clinical words the notes use as medical terms: never inside a gold span there.
EPONYM_TERMS = ["Foley catheter", "Foley draining", "Glasgow coma scale", "Parkinson's disease", "Babinski",
                "Whipple specimen", "Simpson's biplane", "Snellen", "Hounsfield", "Trendelenburg gait",
                "Alzheimer's dementia", "Homan's", "Lachman", "Epley maneuver", "Bernoulli equation",
                "Glasgow-Blatchford", "(Parkinson's)", "parkinsons tremor", "HX PARKINSONS", "Ishihara", "Goldmann",
                "Amsler grid", "Kerley B", "Fleischner", "Baker's cyst", "Thompson test", "McMurray", "Romberg",
                "Myerson's sign", "Mallampati", "Braden", "Morse fall", "Lambl's", "Valsalva", "Berg 44",
                "foley in place", "HAS FOLEY", "Foley changed", "PIV x2, Foley"]


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return load(GOLD)


def test_span_text_matches_its_label(records: list[dict]) -> None:
    checks = {
        "EMAIL": re.compile(r"[\w.+-]+@[\w.-]+\.[a-z]{2,}"),
        "URL": re.compile(r"https?://\S+"),
        "IP": re.compile(r"\d{1,3}(\.\d{1,3}){3}"),
        "SSN": re.compile(r"\d{3}-\d{2}-\d{4}"),
        "ZIP": re.compile(r"\d{5}(-\d{4})?"),
        "YEAR": re.compile(r"(19|20)\d\d"),
        "AGE": re.compile(r"\d{2,3}"),
    }
    for r in records:
        for span in r["spans"]:
            value = r["text"][span["start"]:span["end"]]
            pattern = checks.get(span["label"])
            if pattern:
                assert pattern.fullmatch(value), (r["id"], span["label"], value)
            if span["label"] == "AGE":
                assert int(value) > 89, (r["id"], value)  # Safe Harbor: younger ages are not PHI
            if span["label"] in {"PHONE", "CARD", "IBAN"}:
                assert sum(c.isdigit() for c in value) >= 4, (r["id"], value)


def test_eponyms_used_as_medical_terms_are_not_gold(records: list[dict]) -> None:
    assert terms_outside_gold(records, EPONYM_TERMS, flags=re.I) >= 150


def test_the_set_is_large_and_varied(records: list[dict]) -> None:
    spans = [s for r in records for s in r["spans"]]
    labels = {s["label"] for s in spans}
    styles = {r["style"] for r in records}
    assert 60 <= len(records) <= 80 and len(spans) >= 1200
    assert labels == LABELS
    assert len(styles) >= 15
    assert sum(r["text"] == r["text"].upper() for r in records) >= 4
    assert sum(r["text"] == r["text"].lower() for r in records) >= 3
    names = [r["text"][s["start"]:s["end"]] for r in records for s in r["spans"] if s["label"] == "NAME"]
    assert any("'" in n for n in names) and any("-" in n for n in names)
    assert any(re.fullmatch(r"[A-Za-z]{2}|[A-Z]\.[A-Z]\.", n) for n in names)  # initials
