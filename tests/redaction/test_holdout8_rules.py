"""Rules added after the eighth hold-out set (tests/data/holdout8_notes_gold.jsonl, terse ICU and ward
nursing notes, mostly in capitals) was first measured. Values here are invented, not the generator's."""

from __future__ import annotations

import pytest

from edgebatch.redaction.redactor import Redactor


def masked(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start:s.end] for s in redactor.scan(text)]


# --------------------------------------------------------------------------- phone extensions


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("RESP THERAPY: VENT CHECK DONE.\nRT ODILE X3317\n", "X3317"),
        ("recheck lytes in am.\nteodor, rd, x5120\n", "x5120"),
    ],
)
def test_the_x_of_an_extension_goes_with_its_digits(redactor: Redactor, text: str, value: str) -> None:
    assert value in masked(redactor, text)


def test_ext_word_stays_outside_the_extension(redactor: Redactor) -> None:
    assert "4521" in masked(redactor, "call ext. 4521 with questions")
    assert not any("ext" in v for v in masked(redactor, "call ext. 4521 with questions"))
