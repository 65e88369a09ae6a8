from __future__ import annotations

import pytest

from edgebatch.redaction.redactor import Redactor


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    return Redactor.default(ner=False)  # rule behaviour; NER has tests of its own
