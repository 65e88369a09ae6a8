"""NER filters added after the second hold-out set: entities stop at the next field, at numbers,
and lower-case words in a line with capitals are no entities. Invented text."""

from __future__ import annotations

import pytest

from edgebatch.redaction import ner
from edgebatch.redaction.redactor import Redactor

pytestmark = pytest.mark.skipif(not ner.installed(), reason="spaCy model not installed")


@pytest.fixture(scope="module")
def detector() -> ner.NerDetector:
    return ner.NerDetector()


def found(detector: ner.NerDetector, text: str) -> list[str]:
    return [text[s.start:s.end] for s in detector.detect(text)]


def test_no_entity_runs_into_the_next_field(detector: ner.NerDetector) -> None:
    text = (
        "Patient: Halvorsen, Brigitta  DOB 4/5/61  (30 y.o.)\n"
        "Guarantor: Tomas R. Lindqvist   Guarantor SSN: on file\n"
    )
    for value in found(detector, text):
        assert "DOB" not in value and "SSN" not in value and "\n" not in value and "  " not in value


@pytest.mark.parametrize(
    "text,word",
    [
        ("Lines: R IJ CVC, PIV x2, Foley in place.", "x2"),
        ("CV: NSR 70s-90s, no ectopy. SBP 100s-120s. Pulses 2+.", "100s"),
        ("Rx amoxicillin 500 TID x7d. Return in 2 wks.", "x7d"),
    ],
)
def test_no_entity_goes_on_into_a_number(detector: ner.NerDetector, text: str, word: str) -> None:
    assert not any(word in v for v in found(detector, text))


def test_lower_case_words_in_a_line_with_capitals_are_no_entities(detector: ner.NerDetector) -> None:
    text = "GI/GU: abd soft, +BS. Tol clears.\nSepsis: cont cefepime, f/u cx.\n"
    assert not [v for v in found(detector, text) if v.islower()]


def test_role_words_stay_outside_the_name() -> None:
    r = Redactor.default(ner=True)
    text = "Spoke with the office. Aide Marisol Quintana to continue 3x/wk."
    assert "Aide" not in " ".join(text[s.start:s.end] for s in r.scan(text))
