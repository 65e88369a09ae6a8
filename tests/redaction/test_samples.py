"""End-to-end check on the repository's synthetic radiology samples.

Every personal value planted in a sample (``tests/data/radiology_samples_gold.json``, key
``pii``) must be gone from the redacted text. Values are compared case-insensitively; name
tokens as whole words (so 'Lee' inside 'fleet' is no leak). Medical eponyms must survive.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from edgebatch.redaction.redactor import Redactor

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "radiology"
GOLD = ROOT / "tests" / "data" / "radiology_samples_gold.json"

_EPONYMS = (
    "Foley", "Doppler", "Murphy sign", "Murphy's sign", "Glasgow coma scale", "Kerley B",
    "Bosniak", "Fleischner", "Baker cyst", "Baker's cyst",
)


def _load_documents() -> dict[str, str]:
    docs: dict[str, str] = {}
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix in (".txt", ".md"):
            docs[path.name] = path.read_text(encoding="utf-8")
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    record = json.loads(line)
                    docs[f"{path.name}#{record['custom_id']}"] = record["text"]
    return docs


def _load_gold() -> dict[str, dict]:
    return json.loads(GOLD.read_text(encoding="utf-8"))


pytestmark = pytest.mark.skipif(
    not (SAMPLES.is_dir() and GOLD.is_file()), reason="sample reports or gold file missing"
)

DOCS = _load_documents() if SAMPLES.is_dir() else {}
GOLD_DATA = _load_gold() if GOLD.is_file() else {}


def _name_values(entry: dict) -> set[str]:
    return {v.lower() for v in entry.get("labels_by_type", {}).get("NAME", [])}


def _leaks(redacted: str, entry: dict) -> list[str]:
    low = redacted.lower()
    names = _name_values(entry)
    leaked = []
    for value in entry["pii"]:
        v = value.lower()
        if v in names:
            if re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", low):
                leaked.append(value)
        elif v in low:
            leaked.append(value)
    return leaked


def test_every_gold_document_has_a_sample():
    assert GOLD_DATA, "gold file is empty"
    assert set(GOLD_DATA) <= set(DOCS)


@pytest.mark.parametrize("key", sorted(GOLD_DATA))
def test_no_planted_value_survives(redactor, key):
    text = DOCS[key]
    redacted = redactor.redact(text).text
    leaked = _leaks(redacted, GOLD_DATA[key])
    context = {
        v: redacted[max(0, i - 40): i + len(v) + 40]
        for v in leaked
        for i in [redacted.lower().find(v.lower())]
    }
    assert not leaked, f"{key} leaks {context}"


@pytest.mark.parametrize("key", sorted(GOLD_DATA))
def test_eponyms_in_samples_survive(redactor, key):
    text = DOCS[key]
    redacted = redactor.redact(text).text.lower()
    for eponym in _EPONYMS:
        if eponym.lower() in text.lower():
            assert eponym.lower() in redacted, f"{key}: eponym {eponym!r} was masked"
