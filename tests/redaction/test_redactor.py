"""End-to-end redaction: overlaps, propagation, policies, offsets, idempotence."""

from __future__ import annotations

import re

import pytest

from edgebatch.redaction.base import Detector, Redaction, Span
from edgebatch.redaction.redactor import Redactor, resolve

NOTE = (
    "58 YO F ADMITTED IN TRANSFER FROM CALVERT HOSPITAL WITH SOB. DR. SMITH AWARE. "
    "WIFE CALLED 555-1234 RE: PLAN. SEEN 7/22 BY DR. OKONKWO. FOLEY CATHETER IN PLACE. "
    "OKONKWO TO FOLLOW. 92 YO MOTHER LIVES AT 45 OAK AVE, APT 4B. SEEN JUNE 22."
)

REPORT = """\
RADIOLOGY REPORT
Patient: Kowalczyk, Marek
DOB: 03/14/1951        MRN: 00482913
Referring physician: Dr. Helena Brzezinska
Phone: (410) 555-0187   Email: marek.kowalczyk@example.net
SSN: 219-09-9999
Address: 1200 Linden Avenue, Apt 12, Towson, MD 21204

EXAM: CT chest with contrast, 2023-04-02 14:05.
HISTORY: 72-year-old male with cough. Glasgow coma scale 15.
COMPARISON: CT 11/03/2021.
FINDINGS: Kerley B lines. Swan-Ganz catheter tip in the right pulmonary artery.
IMPRESSION: Mr. Kowalczyk should follow up with Dr. Brzezinska.

Electronically signed by: Anand Venkataraman, MD on Apr 2, 2023
"""

PLANTED = [
    "Kowalczyk", "Marek", "03/14/1951", "00482913", "Helena", "Brzezinska", "(410) 555-0187",
    "555-0187", "marek.kowalczyk@example.net", "219-09-9999", "1200 Linden Avenue", "Apt 12",
    "Towson", "21204", "2023-04-02", "11/03/2021", "Anand", "Venkataraman", "Apr 2, 2023",
]


def test_clinical_note(redactor: Redactor) -> None:
    out = redactor.redact(NOTE).text
    for value in ["CALVERT", "SMITH", "555-1234", "7/22", "OKONKWO", "92 YO", "45 OAK AVE", "4B", "JUNE 22"]:
        assert value not in out, (value, out)
    for kept in ["58 YO F", "FOLEY CATHETER", "WIFE CALLED", "SOB", "MOTHER"]:
        assert kept in out, (kept, out)
    assert "DR. [NAME] AWARE" in out and "[AGE] YO MOTHER" in out and "SEEN [DATE]" in out


def test_radiology_report_removes_every_planted_value(redactor: Redactor) -> None:
    out = redactor.redact(REPORT).text
    for value in PLANTED:
        assert value.lower() not in out.lower(), (value, out)
    for kept in ["Glasgow coma scale 15", "Kerley B lines", "Swan-Ganz catheter", "IMPRESSION:", "FINDINGS:", "72-year-old"]:
        assert kept in out, (kept, out)
    assert "Patient: [NAME]" in out and "MRN: [ID]" in out and "SSN: [SSN]" in out


def test_spans_are_offsets_into_original(redactor: Redactor) -> None:
    red = redactor.redact(REPORT)
    assert red.spans == sorted(red.spans)
    rebuilt, pos = [], 0
    for s in red.spans:
        assert 0 <= s.start < s.end <= len(REPORT)
        assert pos <= s.start
        rebuilt.append(REPORT[pos:s.start] + f"[{s.label}]")
        pos = s.end
    assert "".join(rebuilt) + REPORT[pos:] == red.text
    surfaces = {REPORT[s.start:s.end] for s in red.spans}
    assert "219-09-9999" in surfaces and "marek.kowalczyk@example.net" in surfaces
    assert red.counts["SSN"] == 1 and red.counts["NAME"] >= 4


@pytest.mark.parametrize("text", [NOTE, REPORT, "Call John Smith at 555-123-4567 on 7/22/2020."])
def test_idempotent(redactor: Redactor, text: str) -> None:
    once = redactor.redact(text)
    twice = redactor.redact(once.text)
    assert twice.text == once.text
    assert twice.spans == []


def test_masks_are_not_pii(redactor: Redactor) -> None:
    text = "[NAME] [DATE] [PHONE] [EMAIL] [SSN] [ID] [AGE] [ADDRESS] [ZIP] [NAME_3] [ORGANIZATION] Dr. [NAME], MD"
    assert redactor.scan(text) == []


def test_mask_output_keeps_masks_and_catches_new_pii(redactor: Redactor) -> None:
    model_output = "Summary: [NAME] (DOB [DATE]) was seen by Dr. Alvarez; call 555-987-6543."
    red = redactor.mask_output(model_output)
    assert red.text == "Summary: [NAME] (DOB [DATE]) was seen by Dr. [NAME]; call [PHONE]."


def test_propagation(redactor: Redactor) -> None:
    text = "Patient: Quentin Zielinski\nZIELINSKI TOLERATED PROCEDURE. zielinski's wife present. Quentin ok."
    red = redactor.redact(text)
    assert "zielinski" not in red.text.lower() and "quentin" not in red.text.lower()
    assert red.text.count("[NAME]") == 4


def test_propagation_skips_eponyms_and_common_words(redactor: Redactor) -> None:
    text = "Referring: Dr. Foley\nFoley catheter placed. Dr. Rose said the fever rose."
    out = redactor.redact(text).text
    assert "Foley catheter" in out and "fever rose" in out


def test_propagation_matches_whole_words_and_possessives_only() -> None:
    """Mentions of a found name: whole words and their possessive 's, never part of a longer word, a hyphenated
    name, a word with digits or a quoted fragment; case-insensitive for known names, exact otherwise."""
    from edgebatch.redaction.redactor import _mentions

    text = "Zielinski, ZIELINSKI'S cat, Zielinski's, Zielinski-Ray, Ray-Zielinski, Zielinski2, 'Zielinski, Zielinskis"
    found = [text[a:b] for a, b in _mentions(text, {"zielinski"}, fold=True)]
    assert found == ["Zielinski", "ZIELINSKI", "Zielinski"]
    assert [text[a:b] for a, b in _mentions(text, {"Zielinski"}, fold=False)] == ["Zielinski", "Zielinski"]
    other = "O'Brien and Brien"
    assert [other[a:b] for a, b in _mentions(other, {"brien", "o'brien"}, fold=True)] == ["O'Brien", "Brien"]


def test_propagation_can_be_disabled() -> None:
    text = "Patient: Quentin Zolvarsky\nZOLVARSKY TOLERATED PROCEDURE."  # a surname no list knows
    assert "ZOLVARSKY TOLERATED" in Redactor.default(propagate=False).redact(text).text


def test_pseudonym_consistency(redactor: Redactor) -> None:
    text = "Dr. Okafor met Dr. Lindqvist. Later Dr. Okafor called 555-1234 and 555-9876; 555-1234 again."
    out = redactor.redact(text, policy="pseudonym").text
    assert out == (
        "Dr. [NAME_1] met Dr. [NAME_2]. Later Dr. [NAME_1] called [PHONE_1] and [PHONE_2]; [PHONE_1] again."
    )
    assert redactor.redact(out, policy="pseudonym").text == out


def test_unknown_policy(redactor: Redactor) -> None:
    with pytest.raises(ValueError):
        redactor.redact("x", policy="shred")  # type: ignore[arg-type]


def test_empty_and_clean_text(redactor: Redactor) -> None:
    assert redactor.redact("") == Redaction("", [])
    clean = "No acute cardiopulmonary process. Heart size is normal."
    assert redactor.redact(clean).text == clean


class _Fixed(Detector):
    name = "fixed"
    entities = ("A", "B")

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans

    def detect(self, text: str) -> list[Span]:
        return list(self.spans)


def test_overlap_resolution_union_and_best_label() -> None:
    text = "0123456789abcdef"
    spans = [Span(0, 4, "A", score=0.5), Span(2, 8, "B", score=0.9), Span(10, 12, "A"), Span(12, 14, "A")]
    assert resolve(spans, text) == [Span(0, 8, "B", "", 0.9), Span(10, 14, "A", "", 1.0)]
    red = Redactor([_Fixed(spans)], propagate=False).redact(text)
    assert red.text == "[B]89[A]ef"


def test_threshold_drops_weak_spans() -> None:
    text = "abcdef"
    r = Redactor([_Fixed([Span(0, 2, "A", score=0.3), Span(3, 5, "B", score=0.8)])], threshold=0.5)
    assert r.redact(text).text == "abc[B]f"


def test_detectors_are_a_plain_list() -> None:
    r = Redactor.default()
    assert isinstance(r.detectors, list) and len(r.detectors) >= 10
    assert {"NAME", "DATE", "PHONE", "SSN", "CARD", "IBAN", "EMAIL", "URL", "IP", "ID", "ZIP", "AGE",
            "ADDRESS", "ORGANIZATION", "LOCATION"} <= set(r.entities)
    r.detectors = [d for d in r.detectors if "NAME" not in d.entities]
    assert "Smith" in r.redact("Dr. Smith").text


def test_no_mask_label_leaks_pattern() -> None:
    assert re.fullmatch(r"\[[A-Z]+\]", "[ORGANIZATION]")


def test_names_are_completed_over_initials_and_a_given_name_before_them(redactor: Redactor) -> None:
    text = "Name: Dragomir K Vasiliauskas\nReferred by Wendelin Okonkwo for review."
    out = redactor.redact(text).text
    assert out == "Name: [NAME]\nReferred by [NAME] for review.", out


@pytest.mark.parametrize("text, expected", [
    ("Dear Hernandez, thanks for the referral.", "Dear [NAME], thanks for the referral."),
    ("Nurse Hernandez checked the line.", "Nurse [NAME] checked the line."),
    ("Verses from Alice Goldberg's Cautionary Tales.", "Verses from [NAME]'s Cautionary Tales."),
])
def test_titles_roles_and_possessives_stay_outside_names(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected
