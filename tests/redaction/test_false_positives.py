"""What must NOT be masked: real (already de-identified) radiology transcriptions from MTSamples.

Almost nothing in them is personal data, so the share of characters masked is a false-positive
rate. Upper-cased copies stand in for ALL CAPS clinical notes, lower-cased copies for notes typed
without capitals (read with the upper-case rules). Ceilings sit a little above the measured rates
(mixed case 2.38 %, upper case 1.37 %, lower case 1.33 % with NER, after session 7's second hold-out
round and NER line filter; 2.91 / 1.40 / 2.30 % after the prose round; 3.08 / 1.43 / 2.37 % before the
hold-out round, 3.35 / 1.52 / 2.31 % before the blind-set round) so a noisier detector fails.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from edgebatch.redaction import ner
from edgebatch.redaction.redactor import Redactor

MTSAMPLES = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "radiology" / "mtsamples_radiology.jsonl"

pytestmark = pytest.mark.skipif(not (MTSAMPLES.is_file() and ner.installed()), reason="shared data or NER missing")


def _masked_share(texts: list[str]) -> float:
    redactor = Redactor.default(ner=True)
    masked = total = 0
    for text, spans in zip(texts, redactor.scan_many(texts), strict=True):
        total += sum(not c.isspace() for c in text)
        masked += sum(not c.isspace() for s in spans for c in text[s.start:s.end])
    return masked / total


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [json.loads(line)["text"] for line in MTSAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_few_characters_of_clinical_text_are_masked(texts: list[str]) -> None:
    assert _masked_share(texts) < 0.026
    assert _masked_share([t.upper() for t in texts]) < 0.016
    assert _masked_share([t.lower() for t in texts]) < 0.016
