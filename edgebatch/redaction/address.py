"""International street addresses and the lines that continue an address.

Complements :class:`~edgebatch.redaction.patterns.AddressDetector` (US '123 Main Street'):

* European order, house number after the street: 'Koskikatu 25', 'Rua do Arenque 1634',
  'Brucker Bundesstrasse 31', optionally after a postcode ('28245 Puruntie 82');
* continuation: an address span is extended over following comma- or line-separated parts
  that look like address lines ('Suite 680', 'Kissousa', ', CO', 'Cyprus 36903').
"""

from __future__ import annotations

import re

from .base import Detector, Span
from .lexicon import NOT_A_NAME

_CAP = r"[^\W\d_a-zß-ÿ][\w'’.-]*"
_STREET_AFTER = re.compile(
    r"(?:\b\d{3,6}[ \t]+)?"  # a leading postcode or building number
    r"(?<![\w.])(" + _CAP + r"(?:[ \t]+(?:[a-zß-ÿ]{1,3}|" + _CAP + r")){0,3})[ \t]+\d{1,5}[A-Za-z]?\b(?![.,]?\d)"
)
_CONTINUATION = re.compile(
    r"[ \t]*(?:,[ \t]*\n?|\n)[ \t]*"
    r"((?i:suite|apt\.?|unit|floor|fl\.?|box)[ \t]*\d+[A-Za-z]?"  # unit
    r"|" + _CAP + r"(?:[ \t]+" + _CAP + r"){0,3}(?:[ \t]+\d{3,6}(?:-\d{4})?)?"  # town / country (+ postcode)
    r"|[A-Z]{2}(?:[ \t]+\d{3,6})?|\d{4,6})"  # state code, postcode
    r"(?=[ \t]*(?:[,\n.?!;)]|\Z))"
)
_STREET_WORDS = re.compile(r"(?i)(?:stra(?:ss|ß)e|gatan|gade|katu|kuja|tie|vej|weg|laan|straat|rua|via|calle|rue|u\.)\b")


class InternationalAddressDetector(Detector):
    """Street addresses with the house number after the street name."""

    name = "address_intl"
    entities = ("ADDRESS",)

    def detect(self, text: str) -> list[Span]:
        spans = []
        for m in _STREET_AFTER.finditer(text):
            words = m.group(1).split()
            if all(w.lower().strip(".") in NOT_A_NAME for w in words):
                continue
            street = _STREET_WORDS.search(m.group(1)) is not None
            if not street and (m.group(1).isupper() or len(words) > 3):
                continue  # upper-case clinical text ('SATS 95') or a title ('Musicians Of The 70s')
            score = 0.75 if street else 0.5
            spans.append(Span(m.start(), m.end(), "ADDRESS", self.name, score))
        return spans


def extend_addresses(text: str, spans: list[Span], max_parts: int = 4) -> list[Span]:
    """``spans`` with each ADDRESS span stretched over the address lines that follow it."""
    out = []
    for s in spans:
        if s.label == "ADDRESS":
            end = s.end
            for _ in range(max_parts):
                m = _CONTINUATION.match(text, end)
                if not m or m.group(1).lower() in NOT_A_NAME:
                    break
                end = m.end()
            if end != s.end:
                s = Span(s.start, end, s.label, s.detector, s.score)
        out.append(s)
    return out
