from __future__ import annotations

import pytest

from edgebatch.redaction import ner
from edgebatch.redaction.redactor import Redactor


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    return Redactor.default(ner=False)  # rule behaviour; NER has tests of its own


@pytest.fixture(scope="session")
def with_ner() -> Redactor:
    """The default redactor with its statistical NER: the boilerplate rules filter what the model finds."""
    if not ner.installed():
        pytest.skip("spaCy NER model not installed")
    return Redactor.shared()


def masked(redactor: Redactor, text: str) -> list[str]:
    """The text of every span the redactor would mask, in order."""
    return [text[s.start:s.end] for s in redactor.scan(text)]
