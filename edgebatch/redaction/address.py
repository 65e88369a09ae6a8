"""International street addresses and the lines that continue an address.

Complements :class:`~edgebatch.redaction.patterns.AddressDetector` (US '123 Main Street'):

* European order, house number after the street: 'Koskikatu 25', 'Rua do Arenque 1634',
  'ul. Miła 53', optionally after a postcode ('28245 Puruntie 82'); numbered nouns ('Chapter 5')
  and years ('in 1977') are not streets;
* continuation: an address span is extended over following comma- or line-separated parts
  that look like address lines ('Suite 680', 'Kissousa', ', CO', 'Cyprus 36903').
"""

from __future__ import annotations

import re

from .base import Detector, Span
from .lexicon import NOT_A_NAME

_CAP = r"[^\W\d_a-zß-ÿ][\w'’.-]{0,63}"  # bounded: an unbounded run made 'A.A.A…' quadratic
_STREET_AFTER = re.compile(
    r"(?:\b\d{3,6}[ \t]+)?"  # a leading postcode or building number
    r"(?:\b(?:ul|al|pl|str)\.[ \t]*)?"  # Polish/German street prefixes: 'ul. Miła 53'
    r"(?<![\w])(" + _CAP + r"(?:[ \t]+(?:[a-zß-ÿ]{1,3}|" + _CAP + r")){0,3})[ \t]+\d{1,5}[A-Za-z]?\b(?![.,]?\d)"
)
_NUMBERED_NOUNS = frozenset(
    "chapter version page room article section volume step level grade stage type class figure table bed "
    "day week month year top number no phase part unit apt suite floor route psalm act scene episode season "
    "series model size zone gate ward bay dose cycle week".split()
)
_UNIT = r"(?i:suite|apt\.?|unit|floor|fl\.?|box)[ \t]*\d+[A-Za-z]?"
_TOWN = _CAP + r"(?:[ \t]+(?:[a-zß-ÿ]{1,3}[ \t]+)?" + _CAP + r"){0,3}(?:[ \t]+\d{3,6}(?:-\d{4})?)?"
_CONTINUATION = re.compile(  # after a comma or a line break: a unit, a town or country (+ postcode), a code
    r"[ \t]*(?:,[ \t]*\n?|\n)[ \t]*"
    r"(" + _UNIT + r"|" + _TOWN + r"|[A-Z]{2}(?:[ \t]+\d{3,6})?|\d{4,6})"
    r"(?=[ \t]*(?:[,\n.?!;)]|\Z))"
)
_SAME_LINE = re.compile(  # after a space: a unit, or an upper-case town ('Suite 274 Ljubljana', '98 OULU')
    r"[ \t]+(" + _UNIT + r"|[^\W\d_a-zß-ÿ]{2,}(?:[ \t]+" + _CAP + r"){0,2})(?=[ \t]*(?:[,\n.?!;)]|\Z))"
)
_UNIT_RE = re.compile(_UNIT)
_LEADING_NUMBER = re.compile(r"\d{1,6}[ \t]+\Z")
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
            lead = text[m.start():m.start(1)]
            street = street or "." in lead  # 'ul. Miła 53'
            number = text[m.end(1):m.end()].strip()
            if not street and (
                m.group(1).isupper() or len(words) > 3 or words[0].lower() in _NUMBERED_NOUNS
                or (not lead and re.fullmatch(r"(?:19|20)\d\d", number) is not None)
            ):
                continue  # 'SATS 95', 'Musicians Of The 70s', 'Chapter 5', 'Founded in 1977'
            score = 0.75 if street else 0.5
            spans.append(Span(m.start(), m.end(), "ADDRESS", self.name, score))
        return spans


def extend_addresses(text: str, spans: list[Span], max_parts: int = 4) -> list[Span]:
    """``spans`` with each ADDRESS span stretched over the address lines that follow it."""
    out = []
    for s in spans:
        if s.label == "ADDRESS":
            start, end = s.start, s.end
            lead = _LEADING_NUMBER.search(text, max(0, start - 8), start)
            if lead:
                start = lead.start()  # '99449 18 McPherson Road': a postcode or building number first
            after_unit = _UNIT_RE.search(text, start, end) is not None
            for _ in range(max_parts):
                m = _CONTINUATION.match(text, end)
                if m is None:
                    m = _SAME_LINE.match(text, end)
                    if m is not None and not (after_unit or _UNIT_RE.fullmatch(m.group(1)) or m.group(1).isupper()):
                        m = None
                if not m or m.group(1).lower() in NOT_A_NAME:
                    break
                after_unit = _UNIT_RE.fullmatch(m.group(1)) is not None
                end = m.end()
            if (start, end) != (s.start, s.end):
                s = Span(start, end, s.label, s.detector, s.score)
        out.append(s)
    return out
