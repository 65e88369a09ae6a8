"""The second hold-out de-identification gold set is reproducible, well-formed and varied."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from .conftest import REPO

DATA = REPO / "tests" / "data"
GOLD = DATA / "holdout2_notes_gold.jsonl"
GENERATOR = DATA / "generate_holdout2_notes.py"
LABELS = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "URL", "IP", "ID", "ADDRESS", "LOCATION", "ZIP",
          "ORGANIZATION", "SSN", "STATE", "YEAR", "CARD", "IBAN"}
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
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]


def test_regenerating_gives_the_committed_file() -> None:
    out = subprocess.run([sys.executable, str(GENERATOR)], capture_output=True, check=True).stdout
    assert out == GOLD.read_bytes()


def test_records_have_the_eval_schema_and_unique_ids(records: list[dict]) -> None:
    assert all(set(r) == {"id", "style", "text", "spans"} for r in records)
    assert len({r["id"] for r in records}) == len(records)
    assert not any(c in r["text"] for r in records for c in "⟦⟧")


def test_spans_are_in_range_non_empty_trimmed_and_labelled(records: list[dict]) -> None:
    for r in records:
        text = r["text"]
        for span in r["spans"]:
            assert span["label"] in LABELS, (r["id"], span)
            assert 0 <= span["start"] < span["end"] <= len(text), (r["id"], span)
            value = text[span["start"]:span["end"]]
            assert value.strip() == value and value, (r["id"], span)


def test_spans_do_not_overlap(records: list[dict]) -> None:
    for r in records:
        spans = sorted(r["spans"], key=lambda s: s["start"])
        for left, right in zip(spans, spans[1:], strict=False):
            assert left["end"] <= right["start"], (r["id"], left, right)


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
    seen = 0
    for r in records:
        covered = {i for s in r["spans"] for i in range(s["start"], s["end"])}
        for term in EPONYM_TERMS:
            for m in re.finditer(re.escape(term), r["text"], re.I):
                seen += 1
                assert not covered & set(range(m.start(), m.end())), (r["id"], term)
    assert seen >= 150


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
