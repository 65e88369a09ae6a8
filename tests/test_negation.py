from __future__ import annotations

import re

import pytest

from edgebatch.negation import affirmed_matches, sections

FINDING = re.compile(r"\b(?:pneumothorax|consolidation|effusion|cardiomegaly|nodule)\b", re.IGNORECASE)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("No pneumothorax.", []),
        ("There is no focal consolidation, effusion or pneumothorax.", []),
        ("Pneumothorax is not seen.", []),
        ("NO PNEUMOTHORAX BUT SMALL LEFT EFFUSION.", ["effusion"]),
        ("Small left pleural effusion.", ["effusion"]),
        ("No significant change in the cardiomegaly.", ["cardiomegaly"]),
        ("Stable cardiomegaly. No effusion.", ["cardiomegaly"]),
        ("Negative for pneumothorax; new 8 mm nodule in the right upper lobe.", ["nodule"]),
        ("The previously seen effusion has resolved.", []),
    ],
)
def test_negated_findings_are_not_affirmed(sentence: str, expected: list[str]) -> None:
    assert [m.lower() for m in affirmed_matches(sentence, FINDING)] == expected


def test_sections_keep_findings_and_impression_only() -> None:
    report = "HISTORY: rule out pneumothorax.\nFINDINGS: Lungs clear.\nIMPRESSION: Normal chest.\n"
    scope = sections(report, ["findings", "impression"])
    assert "pneumothorax" not in scope
    assert "Lungs clear" in scope and "Normal chest" in scope


def test_sections_fall_back_to_whole_text() -> None:
    assert sections("Lungs clear, no effusion.", ["impression"]) == "Lungs clear, no effusion."


def test_inline_headers_split_one_line_reports() -> None:
    report = "FINDINGS: Calcified granuloma. Lungs clear. IMPRESSION: No acute disease."
    assert sections(report, ["impression"]).strip() == "No acute disease."
    assert "granuloma" in sections(report, ["findings"])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("No focal consolidation, pleural effusion, pneumothorax or suspicious pulmonary nodule.", []),
        ("Pneumonia cannot be excluded.", ["pneumonia"]),
        ("Cannot exclude pneumonia.", ["pneumonia"]),
        ("The right lower lobe consolidation has cleared.", []),
        ("Skin fold mimics a pneumothorax.", []),
    ],
)
def test_long_lists_uncertainty_and_resolution(sentence: str, expected: list[str]) -> None:
    pattern = re.compile(r"\b(?:pneumothorax|consolidation|effusion|nodule|pneumonia)\b", re.IGNORECASE)
    assert [m.lower() for m in affirmed_matches(sentence, pattern)] == expected


def test_markdown_headings_are_sections() -> None:
    report = "# CT chest\n## Findings\n- **Lungs:** New nodule.\n## Impression\n1. New 8 mm nodule.\n"
    assert sections(report, ["impression"]).strip() == "1. New 8 mm nodule."
    assert "New nodule" in sections(report, ["findings"])
