"""Checks every generated de-identification gold set must pass (tests/data/generate_*_notes.py)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

LABELS = {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "URL", "IP", "ID", "ADDRESS", "LOCATION", "ZIP",
          "ORGANIZATION", "SSN", "STATE", "YEAR", "CARD", "IBAN"}

WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
#: the shape a label's values have in every set (a set adds or replaces those of its own formats)
SHAPES = {
    "DATE": re.compile(rf"\d|{MONTHS}|{WEEKDAYS}", re.I),
    "AGE": re.compile(r"^(9\d|10\d)$"),
    "YEAR": re.compile(r"^(19|20)\d\d$"),
    "IP": re.compile(r"^\d{1,3}(\.\d{1,3}){3}$"),
    "SSN": re.compile(r"^\d{3}-\d\d-\d{4}$"),
    "CARD": re.compile(r"^\d{4}( \d{4}){3}$"),
    "ID": re.compile(r"\d"),
}


def values(records: list[dict], label: str) -> list[str]:
    """The text of every gold span with ``label``."""
    return [r["text"][s["start"]:s["end"]] for r in records for s in r["spans"] if s["label"] == label]


def assert_numbers_validate(records: list[dict]) -> None:
    """Cards pass Luhn, IBANs mod-97, SSNs the area/group/serial rules: detectors that validate
    must be able to find every one."""
    for card in values(records, "CARD"):
        digits = [int(c) for c in card if c.isdigit()][::-1]
        assert sum(d if i % 2 == 0 else (2 * d - 9 if d > 4 else 2 * d) for i, d in enumerate(digits)) % 10 == 0
    for iban in values(records, "IBAN"):
        raw = iban.replace(" ", "").upper()
        assert int("".join(str(int(c, 36)) for c in raw[4:] + raw[:4])) % 97 == 1
    for ssn in values(records, "SSN"):
        area, group, serial = ssn.split("-")
        assert area not in {"000", "666"} and area[0] != "9" and group != "00" and serial != "0000"


def load(gold: Path) -> list[dict]:
    return [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]


def assert_regenerates(generator: Path, gold: Path) -> None:
    """The committed file is exactly what its seeded generator writes."""
    out = subprocess.run([sys.executable, str(generator)], capture_output=True, check=True).stdout
    assert out == gold.read_bytes()


def assert_eval_schema(records: list[dict]) -> None:
    """What ``edgebatch eval redaction`` reads; ids unique; no marker left from the generator."""
    assert all(set(r) == {"id", "style", "text", "spans"} for r in records)
    assert len({r["id"] for r in records}) == len(records)
    assert not any(c in r["text"] for r in records for c in "⟦⟧")


def assert_spans_well_formed(records: list[dict]) -> None:
    """Known labels; in range, non-empty, trimmed; no two spans of a record overlap."""
    for r in records:
        text = r["text"]
        for span in r["spans"]:
            assert span["label"] in LABELS, (r["id"], span)
            assert 0 <= span["start"] < span["end"] <= len(text), (r["id"], span)
            value = text[span["start"]:span["end"]]
            assert value and value.strip() == value, (r["id"], span)
        spans = sorted(r["spans"], key=lambda s: s["start"])
        for left, right in zip(spans, spans[1:], strict=False):
            assert left["end"] <= right["start"], (r["id"], left, right)


def assert_spans_keep_words_whole(records: list[dict], *, glued_after: tuple[str, ...] = (),
                                  glued_before: tuple[str, ...] = ()) -> None:
    """No span starts or ends inside a word (``glued_after``: suffixes a span may run into, "96yo";
    ``glued_before``: prefixes a span may follow, the "x" of an extension "x4-4812")."""
    for r in records:
        text = r["text"]
        for span in r["spans"]:
            before = text[span["start"] - 1] if span["start"] else " "
            after = text[span["end"]] if span["end"] < len(text) else " "
            head = text[:span["start"]]
            glued_on = any(head.endswith(prefix) and not head[:-len(prefix)][-1:].isalnum() for prefix in glued_before)
            assert glued_on or not (before.isalnum() and text[span["start"]].isalnum()), (r["id"], span)
            glued = any(text.startswith(suffix, span["end"]) for suffix in glued_after)
            assert glued or not (after.isalnum() and text[span["end"] - 1].isalnum()), (r["id"], span)


def assert_span_shapes(records: list[dict], shapes: dict[str, re.Pattern[str]], worded: set[str]) -> None:
    """Each span's text matches its label's pattern; spans of the ``worded`` labels hold a letter."""
    for r in records:
        for span in r["spans"]:
            value = r["text"][span["start"]:span["end"]]
            shape = shapes.get(span["label"])
            assert shape is None or shape.search(value), (r["id"], span["label"], value)
            if span["label"] in worded:
                assert any(c.isalpha() for c in value), (r["id"], span["label"], value)


def terms_outside_gold(records: list[dict], terms: list[str], *, flags: int = 0) -> int:
    """Assert no occurrence of ``terms`` (medical eponyms, words used as terms) touches a gold span;
    return how many occurrences were checked."""
    seen = 0
    for r in records:
        covered = {i for s in r["spans"] for i in range(s["start"], s["end"])}
        for term in terms:
            for m in re.finditer(re.escape(term), r["text"], flags):
                seen += 1
                assert not covered & set(range(m.start(), m.end())), (r["id"], term)
    return seen
