"""Dates, years, ages and numbers spoken in dictation, as speech recognition writes them out.

* ``DATE``: a month and a spoken ordinal day, with or without a spoken year ('april fifth',
  'june fourth nineteen forty one', 'may sixth twenty nineteen');
* ``DATE`` (a year): a spoken year after 'in', 'since', 'until' ... ('worked until twenty twenty one');
* ``AGE``: a spoken age before 'year old' ('a ninety six year old'); the ages policy reads its value
  with :func:`spoken_value`;
* ``PHONE`` / ``ID``: a number read digit by digit ('six one two five five five zero one ...',
  'r t four one one zero eight two'): an ID after a record cue, else a phone when it has ten digits
  or a phone cue is before it.

Every rule is gated on a cheap substring test, since most notes hold no spoken numbers at all.
"""

from __future__ import annotations

import re

from .base import Detector, Span

_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORD_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ORD_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
              "seventeenth", "eighteenth", "nineteenth")
_WORD_VALUE = {w: i + 1 for i, w in enumerate(_UNITS)} | {w: i + 10 for i, w in enumerate(_TEENS)} \
    | {w: 20 + 10 * i for i, w in enumerate(_TENS)} | {"hundred": 100, "zero": 0, "oh": 0}

_S = r"[ \t]+"
_U = "(?:" + "|".join(_UNITS) + ")"
_TEEN = "(?:" + "|".join(_TEENS) + ")"
_TEN = "(?:" + "|".join(_TENS) + ")"
# a day of the month: 'third', 'eleventh', 'twenty fifth', 'thirtieth', 'thirty first'
_ORD_DAY = ("(?:(?:twenty(?:[ \t-]+|-)(?:" + "|".join(_ORD_UNITS) + "))|thirty[ \t-]+first|twentieth|thirtieth|"
            + "|".join(_ORD_TEENS + _ORD_UNITS) + r")\b")
# a year: 'nineteen thirty two', 'twenty twenty five', 'twenty eighteen', 'nineteen oh five', 'two thousand (and) six'
_SPOKEN_YEAR = (r"(?:(?:nineteen|twenty)" + _S + "(?:" + _TEN + "(?:[ \t-]+" + _U + ")?|" + _TEEN + "|oh" + _S + _U
                + ")|two" + _S + "thousand(?:" + _S + "(?:and" + _S + ")?(?:" + _TEEN + "|" + _TEN
                + "(?:[ \t-]+" + _U + ")?|" + _U + "))?)\\b")
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_SPOKEN_DATE = re.compile(
    r"(?i)\b(?:" + _MONTHS + ")" + _S + "(?:the" + _S + ")?" + _ORD_DAY
    + "(?:(?:" + _S + "(?:comma" + _S + ")?)" + _SPOKEN_YEAR + ")?"
)
# 'the third of march (twenty twenty five)'
_SPOKEN_DAY_OF = re.compile(
    r"(?i)\b" + _ORD_DAY + _S + "of" + _S + "(?:" + _MONTHS + r")\b" + "(?:" + _S + _SPOKEN_YEAR + ")?"
)
_SPOKEN_YEAR_CUED = re.compile(
    r"(?i)\b(?:in|since|until|till|by|during|from|year|born|died|circa)" + _S + "(" + _SPOKEN_YEAR + ")"
    + r"(?![ \t-]+(?:" + "|".join(_UNITS + _TEENS + _TENS) + r"|hundred|percent|minutes?|hours?|days?|weeks?"
    r"|months?|years?|times|milligrams?|units?|pounds?|kilos?|mg|ml)\b)"
)
# 'ninety six year old', 'one hundred and one years old', 'aged ninety one'
_SPOKEN_AGE_VALUE = r"(?:ninety(?:[ \t-]+" + _U + r")?|one" + _S + "hundred(?:" + _S + "(?:and" + _S + ")?" \
    + "(?:" + _TEEN + "|" + _TEN + "(?:[ \t-]+" + _U + ")?|" + _U + "))?)"
_SPOKEN_AGE = re.compile(
    r"(?i)\b(" + _SPOKEN_AGE_VALUE + r")(?=[ \t-]+years?[ \t-]+old\b)"
    r"|(?i:\b(?:aged|age|turned|is|was)" + _S + ")(" + _SPOKEN_AGE_VALUE + r")\b(?![ \t-]+(?:percent|minutes?|hours?"
    r"|days?|weeks?|months?|times|milligrams?|units?|pounds?|over|beats|breaths)\b)"
)
# digits read one by one ('oh' and 'o' for zero), maybe after one to three spelled letters ('k m two three ...')
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_SPOKEN_DIGITS = re.compile(
    r"(?i)\b((?:[a-z]" + _S + "){0,3}" + _DIGIT_WORD + "(?:(?:" + _S + "|[ \t]*-[ \t]*)" + _DIGIT_WORD + r"){5,15})\b"
)
_RECORD_CUE = re.compile(
    r"(?i)\b(?:medical[ \t]+record|record[ \t]+number|mrn|account|member|subject|accession|case|claim|policy"
    r"|lot|serial|order|requisition|reference|confirmation|id|identification)(?:[ \t]+(?:number|no|num))?"
    r"(?:[ \t]+is)?[ \t]*:?[ \t]*\Z"
)
_PHONE_CUE = re.compile(
    r"(?i)\b(?:phone|telephone|tel|cell|mobile|pager|fax|number|line|call(?:ed)?|reach(?:ed)?|contact|text)"
    r"\b[^.\n]{0,20}\Z"
)
_MONTH_GATE = re.compile(r"(?i)(?:uary|march|april|may|june|july|august|ember|october)[ \t]+[a-z]")
_MAY_CUE = re.compile(r"(?i)\b(?:on|of|since|until|dated|by|service|birth|from|date)[ \t]+\Z")


def spoken_value(words: str) -> int:
    """The number in spoken words ('ninety six' -> 96, 'one hundred and one' -> 101; 0 if none)."""
    total = 0
    for w in re.split(r"[\s-]+", words.lower()):
        if w == "hundred":
            total = max(total, 1) * 100
        elif w in _WORD_VALUE:
            total += _WORD_VALUE[w]
    return total


class SpokenDetector(Detector):
    """Dates, years, ages, phones and record numbers written out in words, as dictation gives them."""

    name = "spoken"
    entities = ("DATE", "AGE", "PHONE", "ID")

    def detect(self, text: str) -> list[Span]:
        low = text.lower()
        spans: list[Span] = []
        if _MONTH_GATE.search(text):
            for m in _SPOKEN_DATE.finditer(text):
                if m.group().lower().startswith("may") and not _MAY_CUE.search(text, max(0, m.start() - 12), m.start()):
                    continue  # 'may first try', 'may second dose': the verb
                spans.append(Span(m.start(), m.end(), "DATE", self.name, 0.6))
            if " of " in low:
                spans += [Span(m.start(), m.end(), "DATE", self.name, 0.6) for m in _SPOKEN_DAY_OF.finditer(text)]
        if "nineteen" in low or "twenty" in low or "thousand" in low:
            for m in _SPOKEN_YEAR_CUED.finditer(text):
                spans.append(Span(m.start(1), m.end(1), "DATE", self.name, 0.5))
        if "ninety" in low or "hundred" in low:
            for m in _SPOKEN_AGE.finditer(text):
                g = 1 if m.group(1) else 2
                spans.append(Span(m.start(g), m.end(g), "AGE", self.name, 0.6))
        if low.count("five") + low.count("one") + low.count("two") + low.count("zero") + low.count(" oh ") >= 3:
            for m in _SPOKEN_DIGITS.finditer(text):
                before = text[max(0, m.start() - 40):m.start()]
                letters = re.match(r"(?i)(?:[a-z][ \t]+)+", m.group(1))
                if _RECORD_CUE.search(before):
                    spans.append(Span(m.start(1), m.end(1), "ID", self.name, 0.6))
                    continue
                start = m.start(1) + (letters.end() if letters else 0)
                digits = len(re.findall(_DIGIT_WORD, text[start:m.end(1)], re.I))
                if digits >= 10 or digits >= 7 and _PHONE_CUE.search(text[max(0, start - 40):start]):
                    spans.append(Span(start, m.end(1), "PHONE", self.name, 0.6))
        return spans
