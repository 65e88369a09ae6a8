"""Regex detectors for structured identifiers: SSN, cards, IBAN, phones, emails, URLs, IPs,
record numbers, ZIP codes, dates, ages over 89 and street addresses.

Every pattern is compiled at import. Candidates are confirmed by the checks in
:mod:`edgebatch.redaction.validators` where a checksum or range exists.
"""

from __future__ import annotations

import itertools
import re
from typing import Callable, Iterable

import phonenumbers

from .base import HEADER_SEP, SIGNED_NUMBER_LINE, Detector, Span, also_shouted, ascii_lower, first_group, word_start
from .lexicon import STATE_CODES
from .validators import (
    IBAN_LENGTHS,
    card_valid,
    date_parts_valid,
    iban_valid,
    ipv4_valid,
    ipv6_valid,
    luhn_valid,
    ssn_valid,
)


class RegexDetector(Detector):
    """One label found by a list of ``(pattern, score, group)`` rules, with an optional check.

    ``check(match_text)`` rejects candidates; ``group`` picks the capture group that is the span.
    """

    label: str = ""

    def __init__(
        self,
        rules: Iterable[tuple[re.Pattern[str], float, int]],
        check: Callable[[str], bool] | None = None,
        lowercase: bool = False,
        at_word_start: bool = False,
    ) -> None:
        self.rules = list(rules)
        self.check = check
        self.lowercase = lowercase  # rules are lower-case patterns run on ascii_lower(text)
        self.at_word_start = at_word_start  # matches must start a word (patterns omit \b)
        self.entities = (self.label,)

    def detect(self, text: str) -> list[Span]:
        spans = []
        target = ascii_lower(text) if self.lowercase else text
        for pattern, score, group in self.rules:
            for m in pattern.finditer(target):
                if self.at_word_start and not word_start(target, m.start()):
                    continue
                start, end = m.span(group)
                if start < 0 or start == end:
                    continue
                if self.check is not None and not self.check(text[start:end]):
                    continue
                spans.append(Span(start, end, self.label, self.name, score))
        return spans


def _context_before(text: str, start: int, pattern: re.Pattern[str], width: int = 40) -> bool:
    return pattern.search(text, max(0, start - width), start) is not None


# --------------------------------------------------------------------------- SSN

_SSN_DASHED = re.compile(r"(\d(?<![\w-]\d)\d{2})([- ])(\d{2})\2(\d{4})(?![\w-])")
_SSN_PLAIN = re.compile(r"\d(?<![\d-]\d)\d{8}(?![\d-])")
_SSN_CONTEXT = re.compile(r"(?i)\b(?:ssn|ss#|ss\s*no|social\s+security|soc\.?\s*sec)")


class SSNDetector(Detector):
    """US social security numbers: validated ``123-45-6789`` forms; bare 9 digits after 'SSN'."""

    name = "ssn"
    entities = ("SSN",)

    def detect(self, text: str) -> list[Span]:
        spans = []
        for m in _SSN_DASHED.finditer(text):
            context = _context_before(text, m.start(), _SSN_CONTEXT)
            if ssn_valid(m.group()):
                spans.append(Span(m.start(), m.end(), "SSN", self.name, 0.95 if context else 0.85))
            elif context:
                spans.append(Span(m.start(), m.end(), "SSN", self.name, 0.6))
        for m in _SSN_PLAIN.finditer(text):
            if _context_before(text, m.start(), _SSN_CONTEXT):
                spans.append(Span(m.start(), m.end(), "SSN", self.name, 0.9))
        return spans


# --------------------------------------------------------------------------- cards

_CARD = re.compile(r"\d(?<![\d-]\d)(?:[ -]?\d){12,18}(?![\d-])")


_CARD_SHORT = re.compile(r"\d(?<![\d-]\d)(?:[ -]?\d){11}(?![\d-])")
_CARD_CONTEXT = re.compile(r"(?i)\b(?:card|cc|visa|master\s*card|amex|american\s+express|discover|maestro|debit|credit)\b")


class CardDetector(Detector):
    """Payment card numbers of 13-19 digits (any brand), Luhn-checked, one separator kind;
    12-digit (Maestro) numbers only after a card context word."""

    name = "card"
    entities = ("CARD",)

    def detect(self, text: str) -> list[Span]:
        spans = []
        for m in _CARD.finditer(text):
            s = m.group()
            if ("-" in s and " " in s) or not card_valid(s):
                continue
            spans.append(Span(m.start(), m.end(), "CARD", self.name, 0.9))
        for m in _CARD_SHORT.finditer(text):
            s = m.group()
            if ("-" in s and " " in s) or not luhn_valid(s) or len(set(s)) < 3:
                continue
            if _context_before(text, m.start(), _CARD_CONTEXT):
                spans.append(Span(m.start(), m.end(), "CARD", self.name, 0.8))
        return spans


# --------------------------------------------------------------------------- IBAN

_IBAN_UPPER = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]\d{2}(?: ?[A-Z0-9]){11,32}")
_IBAN_LOWER = re.compile(r"[a-z](?<!\w[a-z])[a-z]\d{2}[a-z0-9]{11,30}\b")
_ALNUM = re.compile(r"[A-Z0-9]")


class IBANDetector(Detector):
    """IBANs, mod-97 checked. Upper-case (optionally grouped in fours) or compact lower case.

    The span is cut at the country's IBAN length, so it never swallows the next word.
    """

    name = "iban"
    entities = ("IBAN",)

    def detect(self, text: str) -> list[Span]:
        spans = []
        up = text.upper()  # lower-case notes group IBANs in fours too: 'pt50 0002 0123 ...'
        for m in itertools.chain(_IBAN_UPPER.finditer(text), _IBAN_UPPER.finditer(up) if len(up) == len(text)
                                 and up != text else ()):
            length = IBAN_LENGTHS.get(m.group()[:2])
            if length is None:
                continue
            chars = list(_ALNUM.finditer(m.group()))
            if len(chars) < length:
                continue
            end = m.start() + chars[length - 1].end()
            if end < len(text) and text[end].isalnum():
                continue
            if m.string is up and not text[m.start():end].islower():
                continue  # mixed case ('Gb82West...') is no IBAN
            if iban_valid(m.string[m.start():end]):
                spans.append(Span(m.start(), end, "IBAN", self.name, 0.95))
        for m in _IBAN_LOWER.finditer(text):
            if iban_valid(m.group()):
                spans.append(Span(m.start(), m.end(), "IBAN", self.name, 0.9))
        return spans


# --------------------------------------------------------------------------- phone

_PHONE_CANDIDATE = re.compile(
    r"(?<![\w+/.:-])(?:\+\d{1,3}|\(\d{1,5}\)|\d{1,15})"
    r"(?:(?:[ .-]|(?<=\))|[ ]?(?=\())\(?\d{1,10}\)?){0,6}"
    r"(?:[ ]?(?:x|(?i:ext)\.?)[ ]?\d{1,5})?"
    r"(?![\w/:]|[.-]\d)"
)
_US_PHONE = re.compile(
    r"(?:\+?1[ .-]?)?(?:\(\d{3}\)[ ]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?:[ ]?(?:x|(?i:ext)\.?)[ ]?\d{1,5})?"
    r"|\d{3}[.-]\d{4}"
)
_PHONE_CONTEXT = re.compile(
    r"(?i)(?:phone|tel\b|telephone|cell|mobile|fax|call|pager|beeper|contact|reach|\bph\b"
    r"|number|answering|dial|text\b|whatsapp|\bat\s*$|:\s*$"
    # a relative's number after who they are: 'Next of kin: Ana Ruiz (son) 9123 4567' (Singapore writes 8 digits)
    r"|next\s+of\s+kin|\bnok\b|\((?:son|daughter|wife|husband|spouse|partner|mother|father|brother|sister)\)\s*$)"
)
_DIGIT = re.compile(r"\d")
# a US number closing a clause before a colon ('Mother reached at 555-210-4477: agrees'), which _PHONE_CANDIDATE
# leaves since a colon after digits is mostly a clock's
_US_PHONE_COLON = re.compile(r"(?<![\w/.:-])(?:\(\d{3}\)[ ]?|\d{3}[.-])\d{3}[.-]\d{4}(?=:(?!\d))")
# '617/555-0192', '(617)/555-0192': a slash after the area code, as some templates and hands write it
_SLASH_AREA = re.compile(r"(?<![\w/.:-])(?:\([2-9]\d{2}\)|[2-9]\d{2})/[2-9]\d{2}[ .-]\d{4}(?![\w/]|[.-]\d)")
# a national number with its trunk prefix 0, as Europe and the UK write them: '0221 602361', '0711 239588'
# also with the area code in brackets, as Ireland, the UK and Australia write them: '(01) 555 1234', '(01632) 960 417'
_NATIONAL = re.compile(r"0[1-9]\d{1,3}[ -]?\d{3,4}[ -]?\d{2,4}|\(0[1-9]\d{0,4}\)[ ]?\d{3,4}[ -]?\d{3,4}")
# drug codes (NDC 4-4-2, 5-3-2, 5-4-1) and ranges or doses before a unit ('1300-1500 kcal') are no phones
_NOT_PHONE = re.compile(r"\d{4}-\d{4}-\d{2}|\d{5}-\d{3}-\d{2}|\d{5}-\d{4}-\d")
_UNIT_AFTER = re.compile(r"[ \t]*(?i:kcal|cal|ml|mg|mcg|g|kg|units?|steps|ft|mm|cm|%)\b")
# a US number with a time after it ('555-210-4477 0345'): the time is no part of the number
_US_THEN_TIME = re.compile(r"((?:\(\d{3}\)[ ]?|\d{3}[.-])\d{3}[.-]\d{4})[ ]\d{4}")


# 'X1234', 'EXT. 4521', 'PAGER #4567', 'BEEPER 3-2211': short internal numbers named by their cue;
# pagers and beepers also with three digits ('beeper #512'), which extensions rarely have
_CUE_TO_NUMBER = r"\b\.?[ \t]*(?:(?i:no\b\.?|number\b)|\#|:)?[ \t]*\#?[ \t]*"  # 'EXT. NO. #', 'PAGER: '
_NUMBER_END = r"(?![\w/-]|[.,]\d)"
_EXTENSION = re.compile(
    r"(?<![\w-])(?:[xX](?=\d)|(?i:ext|extension|pager|pgr|beeper|bpr|paged?)" + _CUE_TO_NUMBER + r")"
    r"(\d{4,5}|\d{1,2}-\d{4})" + _NUMBER_END
    + r"|(?<![\w-])(?i:pager|pgr|beeper|bpr|beep)" + _CUE_TO_NUMBER + r"(\d{3}|\d{6})" + _NUMBER_END
    # who was paged, then the number: 'paged dr. de la cruz 8-9677', 'PAGED RN ANA 44120'
    + r"|(?<![\w-])(?i:paged)[ \t]+(?:(?i:dr|doctor|rn|np|pa|md)\.?[ \t]+)?(?:[^\W\d_][\w'’-]*[ \t]+){1,3}?"
    r"(\d{4,5}|\d{1,2}-\d{4})" + _NUMBER_END
    # whom to page, then the number after '@' or 'at': 'pls page resident Dr Ana Ruiz @ 4-1187 w/ changes', 'please
    # page me at 41230' (five digits or with a dash: 'page me @ 1530' is a time)
    + r"|(?<![\w-])(?i:page)[ \t]+(?:[^\W\d_][\w'’.-]*[ \t]+){1,5}?(?:@|(?i:at)\b)[ \t]*(\d{5}|\d{1,2}-\d{4})"
    + _NUMBER_END
    # a signature's short extension after the credential, ending the line: 'ANA RUIZ, LICSW 3-6817'
    + r"|(?<=[ \t,])(?:(?i:licsw|lcsw|msw)|RN|RD|LDN|RRT|RT|PT|OT|SLP|CM|NP|PA-C|PA)[ \t]*,?[ \t]+(\d{1,2}-\d{4})"
    r"(?=[ \t]*(?:\n|\Z))"
)
# a short internal number to call back, phoned or given after whom a result was discussed with: 'pls call back
# 2-1234', 'call dr ruiz (fellow) 3-1234', 'discussed with Dr. Ruiz at 3-1234', 'the lab phoned 4-1234' (not a
# month and year: '3-2019'); the number first, then its cue in the 45 characters before it
_SHORT_NUMBER = re.compile(r"(?<![\w/.-])\d-(?!19\d\d|20\d\d)\d{4}" + _NUMBER_END)
_CALL_CUE_BEFORE = re.compile(
    r"\b(?i:call(?:[ \t]+back)?|callback|phoned|discussed[ \t]+with|reached)\b[^\n\d]{0,40}\Z"
)


class PhoneDetector(Detector):
    """Phone numbers: US forms (incl. 555-1234, (555) 123-4567, 555.123.4567), +CC
    international numbers via ``phonenumbers``, and other digit groups in phone context."""

    name = "phone"
    entities = ("PHONE",)

    def __init__(self, region: str = "US") -> None:
        self.region = region

    def detect(self, text: str) -> list[Span]:
        spans = []
        for m in _PHONE_CANDIDATE.finditer(text):
            spans += self._candidate(text, m.start(), m.group(), m.end())
        spans += [Span(m.start(), m.end(), "PHONE", self.name, 0.85) for m in _SLASH_AREA.finditer(text)]
        if ":" in text:
            spans += [Span(m.start(), m.end(), "PHONE", self.name, 0.85) for m in _US_PHONE_COLON.finditer(text)]
        for m in _EXTENSION.finditer(text):
            g = first_group(m)
            # 'x4848': the x is glued to the digits, so it goes with them (not 'ext. 4521')
            start = m.start() if g == 1 and text[m.start()] in "xX" else m.start(g)
            spans.append(Span(start, m.end(g), "PHONE", self.name, 0.7))
        for m in _SHORT_NUMBER.finditer(text):
            if _CALL_CUE_BEFORE.search(text, max(0, m.start() - 45), m.start()):
                spans.append(Span(m.start(), m.end(), "PHONE", self.name, 0.7))
        return spans

    def _candidate(self, text: str, begin: int, s: str, end: int) -> list[Span]:
        """The phone number a candidate is, or the number in brackets after a day or a count that the candidate
        took in with it: 'clinic Mar 3 (508-555-0142)' (the '3 ' is the date's)."""
        found = self._number(text, begin, s, end)
        if not found:
            k = s.find(" (")
            if k > 0 and s[:k].isdigit() and len(s[:k]) <= 2:
                found = self._number(text, begin + k + 1, s[k + 1:], end)
        return found

    def _number(self, text: str, begin: int, s: str, end: int) -> list[Span]:
        if s.endswith(")") and s.count(")") > s.count("("):
            s, end = s[:-1], end - 1  # '(0221 602361)': the bracket closes the sentence's, not the number's
        elif s.startswith("(") and s.find(")") == len(s) - 1 and len(s) > 9:
            s, begin, end = s[1:-1], begin + 1, end - 1  # '(508.555.0142)': the whole number in brackets
        timed = _US_THEN_TIME.fullmatch(s)
        if timed:
            s, end = timed.group(1), begin + timed.end(1)
        n = len(_DIGIT.findall(s))
        if n < 7 or n > 15 or _NOT_PHONE.fullmatch(s) or _UNIT_AFTER.match(text, end):
            return []
        score = self._score(s, text, begin)
        return [Span(begin, end, "PHONE", self.name, score)] if score else []

    def _score(self, s: str, text: str, start: int) -> float:
        if s.startswith("+"):
            try:
                num = phonenumbers.parse(s, None)
            except phonenumbers.NumberParseException:
                return 0.0
            return 0.85 if phonenumbers.is_possible_number(num) else 0.0
        if _US_PHONE.fullmatch(s):
            return 0.85
        try:
            num = phonenumbers.parse(s, self.region)
            if phonenumbers.is_valid_number(num):
                return 0.7
        except phonenumbers.NumberParseException:
            pass
        if _context_before(text, start, _PHONE_CONTEXT, 30):
            return 0.6
        if _NATIONAL.fullmatch(s) and 9 <= len(_DIGIT.findall(s)) <= 12:
            return 0.6
        return 0.0


# --------------------------------------------------------------------------- email, URL, IP


class EmailDetector(RegexDetector):
    """E-mail addresses."""

    name = "email"
    label = "EMAIL"

    def detect(self, text: str) -> list[Span]:
        return super().detect(text) if "@" in text else []

    def __init__(self) -> None:
        super().__init__([(re.compile(
            r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"
        ), 0.95, 0)])


_URL_SCHEME = re.compile(r"(?:(?:https?|ftp)://|www\.)[^\s<>\"'\]\[()]+")  # on ascii_lower(text)
_URL_TLD = re.compile(r"\.(?:com|org|net|edu|gov|io|info|biz)\b(?:/[^\s<>\"'\]\[()]*)?")
_URL_HOST = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\Z")
_URL_TRAILING = ".,;:!?"


class URLDetector(Detector):
    """Web addresses: ``http(s)://``, ``www.`` and bare ``name.com``-style domains."""

    name = "url"
    entities = ("URL",)

    def detect(self, text: str) -> list[Span]:
        low = ascii_lower(text)
        found = [m.span() for m in _URL_SCHEME.finditer(low) if word_start(low, m.start())]
        for m in _URL_TLD.finditer(low):
            host = _URL_HOST.search(low, max(0, m.start() - 64), m.start())
            if host and host.start() < m.start():
                found.append((host.start(), m.end()))
        spans = []
        for start, end in found:
            if start > 0 and text[start - 1] in "@./":
                continue  # the domain of an e-mail address, or part of a longer host
            while end > start and text[end - 1] in _URL_TRAILING:
                end -= 1
            spans.append(Span(start, end, "URL", self.name, 0.9))
        return spans


class IPDetector(Detector):
    """IPv4 (octets 0-255) and IPv6 addresses."""

    name = "ip"
    entities = ("IP",)
    _v4 = re.compile(r"\d(?<![\d.]\d)\d{0,2}\.(?:\d{1,3}\.){2}\d{1,3}(?![\d]|\.\d)")
    _v6_hint = re.compile(r"[0-9A-Fa-f]:[0-9A-Fa-f]*:|::")
    _v6 = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")

    def detect(self, text: str) -> list[Span]:
        spans = [
            Span(m.start(), m.end(), "IP", self.name, 0.9)
            for m in self._v4.finditer(text)
            if ipv4_valid(m.group())
        ]
        for m in self._v6.finditer(text) if self._v6_hint.search(text) else ():
            s = m.group()
            if sum(1 for part in s.split(":") if part) >= 3 and ipv6_valid(s):
                spans.append(Span(m.start(), m.end(), "IP", self.name, 0.9))
        return spans


# --------------------------------------------------------------------------- record numbers

# a coded reference of three or more digits (lower case): 'abc-2023-01', 's-0123', 'study00012345', '12-mh-pr-24-345',
# '2022gn000123'; a hyphenated word with fewer digits ('12-lead', 'covid-19') is no reference
_CODE = (r"(?!\d{1,2}-[a-z]{3}-\d)(?=[a-z0-9-]*\d[a-z0-9-]*\d[a-z0-9-]*\d)"
         r"(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)+|\d+(?:-[a-z0-9]+){2,}"
         r"|[a-z]{1,6}\d[a-z0-9]{4,}|\d{4}[a-z]{1,4}\d{3,})(?![\w-])")
_ID_TAIL = (
    r"(?:(?<=\#)|\b|(?=_))\.?"
    # 'MRN (sending) E7995272': a bracketed word or two between the cue and its value
    r"(?:\s*(?:no\b\.?|nos?\.|number\b|num\b|nbr\b|is\b|was\b|id\b|[:\#=|]|[*_]{1,2}|\([a-z]+(?:[ -][a-z]+)?\)))*\s*"
)
_ID_CONTEXT = re.compile(  # lower-case: run on ascii_lower(text)
    r"(?:mrn|mr\s*\#|unit\s+(?:no\b|number\b|\#)|med(?:ical)?\s+rec(?:ord)?s?(?:\s+(?:no|number|num|\#))?"
    r"|acct|account|policy|accession|acc|member\s+id|patient\s+id|pt\s+id|subscriber\s+id"
    r"|encounter|claim|fin|csn|driver'?s\s+licen[cs]e|licen[cs]e|passport|medicaid|medicare"
    r"|insurance\s+id|health\s+plan|certificate|serial|device\s+id|badge"
    # specimens, implants, labs and documents: 'Specimen # S84-1168', 'lot ZP476228', 'CLIA 22D0987654',
    # 'Member ID', 'eScription document: 1-2345678', 'case no. 84-1234'
    r"|specimen|lot|batch|clia|npi|dea|member(?:ship)?|subscriber|group\s+(?:no\b|number\b|\#)"
    r"|case\s*(?:no\b|number\b|\#)|requisition|req\s*\#|escription\s+document|document\s+(?:no\b|number\b|id\b|\#)"
    r"|ref(?:erence)?\s*(?:no\b|number\b|\#)|confirmation|tracking|interpreter\s+(?:id\b|\#)|employee\s+id"
    # 'Lic# 796396', 'activation code 28410-51528', 'INCIDENT # 97-309214'; a bare 'Group' or 'ref' only
    # before a long number ('Group 534576', 'wired ..., ref 52417719'), since both are ordinary words
    r"|lic|(?:activation|access|verification|enrol?lment)\s+code|incident|run\s+(?:no\b|number\b|\#)"
    r"|(?:group|ref)(?=\s*\d{5,}\b)|group(?=\s*[:\#]\s*[a-z]{0,3}-?\d{5,}\b)"  # 'GROUP: G912751'
    # a payment's confirmation ('CONF 6244063568'), a payment's or message's reference after a colon
    # ('End-to-end reference: E2E2264551'), a law firm's matter and file numbers ('Matter No. 123456-7890')
    r"|conf(?=\s*[:\#]?\s*\d{6,}\b)|reference(?=\s*:\s*(?=[a-z-]*\d)[a-z0-9][a-z0-9-]{5,}\b)"
    r"|(?:matter|file|docket)\s*(?:no\b|number\b|\#)"
    # UK / Irish / Australian / Canadian record and registration numbers and the references a note
    # gives equipment, kits, send-outs and sessions: 'Hosp No M017238' (OCR 'H0sp N0'), 'URN', 'Health
    # card #', 'Payroll no.', 'GMC 1234567', 'machine AB12345', 'device XY-0467', 'kit #', 'session'; 'ref'
    # also before a coded reference ('ref AB-1234567'); the value must still hold a digit
    r"|h[o0]sp(?:ital)?\s*(?:n[o0]\b|number\b|\#)|urn|health\s*(?:card|no\b|number\b)|payroll|personnel\s+(?:no\b|number\b)"
    r"|gmc|nmc|hcpc|ahpra|imc|cpso|machine|device|kit|session|ref(?=\s*[a-z]{1,4}-?\d{5,}\b)"
    r"|site(?=\s*[a-z]{1,3}-\d{2,}\b)"  # a trial site: 'Site AB-123'
    # a valuables receipt ('SENT TO SECURITY, RECEIPT 93370') and a lower-case 'id' before a long number
    # ('masshealth id 18561775819'; 'id' alone is also infectious disease)
    r"|receipt(?=\s*[:\#]?\s*[a-z]{0,3}-?\d{4,}\b)|id(?=\s*[:\#]?\s*\d{6,}\b)"
    # 'Armband (Typenex) #: ABC1234', 'DOC #: 123456', 'Booking no. 2231': wristbands and corrections numbers
    r"|armband|wristband|(?:doc|inmate|booking)\s*(?:no\b|number\b|\#)"
    # national health numbers outside the US: New Zealand's NHI ('NHI: ZAB1234'), Singapore's NRIC and FIN; the
    # TRICARE DoD Benefits Number ('DBN 12345678901'); authorisations, invoices, referrals and a clinic's stamp
    # ('auth 12-3456789', 'Invoice 1234567', 'Referral # 12A3456', 'clinic stamp no. 12345')
    r"|nhi|nric|dbn|invoice|referral\s*(?:no\b|number\b|\#)|stamp\s*(?:no\b|number\b|\#)"
    r"|auth(?:ori[sz]ation)?(?=\s*(?:no\b\.?|number\b|\#|:)?\s*(?=[a-z-]*\d)[a-z0-9][a-z0-9-]{4,}\b)"
    # case, report and intake numbers ('CASE 18-4871', 'report 22-3692', 'Report #: 1234567-2026-12345',
    # 'intake # 40-2161'), fingerprint (AFIS) and alien numbers, device serials ('SN 44KX-2342'), a vehicle's
    # plate and a trauma alias ('Trauma alias: TRAUMA-ZULU-101'); a bare case/report/SN/plate only before a
    # value of that form, since all are ordinary words
    r"|(?:case|report)(?=\s*\d{2,7}-\d{4,}\b)|(?:report|intake)\s*(?:no\b|number\b|\#)|afis|a-number"
    r"|alien\s+(?:registration\s+)?(?:no\b|number\b|\#)|alias"
    r"|s/?n(?=\s*[:\#]?\s*(?=[a-z-]*\d)[a-z0-9][a-z0-9-]{4,}\b)|plate(?=\s*:?\s*(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{5,8}\b)"
    # a pharmacy's prescription number ('Rx# 1234567', 'rx 7654321'), a chart number, a nursing home's provider
    # number ('PROVIDER # 12-345678') and a medical examiner's registry number ('NRCME 1234567890')
    r"|rx(?=\s*[:\#]?\s*\d{6,}\b)|chart(?=\s*[:\#]?\s*[a-z]{0,3}\d{5,}\b)|provider\s*(?:no\b|number\b|\#)|nrcme"
    # a study's number on a procedure report's header: 'EEG #: EG123456', 'Cath No: 512345', 'Echo # 20-1234'
    r"|(?:eeg|emg|ekg|ecg|cath|echo|study|procedure|endoscopy|egd|pft)\s*(?:no\b|number\b|\#)"
    # a participant's, a court's and a lab's references, OCR'd cues ('GR0UP 12345', 'NP1 1234567890'): a bare cue
    # word only before a coded value of three or more digits ('Screen no. S-0123', 'Subject XYZ-AB-0456',
    # 'Randomization no. K2-0456', 'grant R01AB012345', 'order XY-24-0012345', 'court file 2022GN000123', 'case
    # 12-MH-PR-24-345', 'Screening log entry AB-CD-0123'); a study's protocol, IRB and registry numbers, the same
    # for every participant, are left (most gold sets keep them)
    r"|(?:req|order|report|subject|screen(?:ing)?(?:\s+log(?:\s+entry)?)?|randomi[sz]ation|grant"
    r"|file|case|ref|log\s+entry)(?=(?:\s*(?:no\b\.?|number\b|[:\#]))*\s*" + _CODE + r")"
    r"|gr0up(?=\s*[:\#]?\s*\d{5,}\b)|np1(?=\s*[:\#]?\s*\d{10}\b)"
    # a dictation's job number and a transcription's index number: 'JOB #: 123456', 'Index No. ABC1234XY'
    # (and a bare 'Job' before a number of six digits or more, as a report's footer prints it: 'T: qz  Job 1234567')
    r"|job\s*(?:no\b|number\b|\#)|job(?=[ \t]+\d{6,}\b)|index\s*(?:no\b|number\b|\#))" + _ID_TAIL
)
# more cues, in a pattern of their own that runs only when a note holds one of _ID_MORE_HINTS: a veteran's SSN tail
# and VA Integration Control Number ('Last 4: 1234', 'ICN 1234567890V123456'), a blood bank band, an evidence or
# property tag, a case number of digits or a court's docket ('case 12345678', 'case 24cr12345'), a programme's client
# id ('id abc-12345'), a registry's, a donor's (UNOS) and an airbill's number
_ID_CONTEXT_MORE = re.compile(  # lower-case: run on ascii_lower(text)
    r"(?:last\s*(?:4|four)(?:\s+(?:of\s+)?ssn)?(?=\s*[:\#]?\s*\d{4}\b)|icn(?=\s*[:\#]?\s*\d{10}v\d{6}\b)"
    r"|band(?=\s*[:\#]?\s*[a-z]{0,3}\d{5,}\b)|(?:property|evidence|toe|body)\s+tag"
    r"|case(?=\s*[:\#]?\s*(?:\d{6,}|\d{2}[a-z]{1,3}\d{4,})\b)|id(?=\s*[:\#]?\s*[a-z]{2,4}-\d{4,}\b)"
    r"|registry(?=\s*[:\#]?\s*[a-z]{0,4}\d{5,}\b)|(?:donor|unos)(?:\s+id)?(?=\s*[:\#]?\s*[a-z]{1,3}-?\d{3,6}\b)"
    r"|(?:air\s*)?(?:airbill|waybill)"
    # a lab order's, a records request's and a returned device's numbers ('lab order 123456789', 'request 12345678',
    # 'RMA AB1234567') and an Australian hospital's unit record number ('UR 123456')
    r"|lab\s+order(?=\s*[:\#]?\s*\d{6,}\b)|request(?=\s*[:\#]?\s*\d{6,}\b)|rma(?=\s*[:\#]?\s*[a-z]{0,4}\d{5,}\b)"
    r"|ur(?=\s*[:\#]?\s*\d{5,}\b)"
    # an attorney's and a court reporter's licence ('Bar No. 123456', 'CSR No. 1234'), a bank's customer file
    # ('CIF 12345678'), a help desk's or portal's ticket ('Ticket AB123456') and a health department's outbreak number
    r"|(?:bar|csr)\s*(?:no\b|number\b|\#)|cif(?=\s*[:\#]?\s*\d{6,}\b)|ticket(?=\s*[:\#]?\s*[a-z]{0,3}-?\d{5,}\b)"
    r"|outbreak\s*(?:no\b|number\b|\#))" + _ID_TAIL
)
_ID_MORE_HINTS = ("last 4", "last4", "last four", "icn", "band", " tag", "case", "id ", "registry", "donor", "unos",
                  "bill", "lab order", "request", "rma", " ur ", "bar n", "bar #", "bar#", "csr", "cif", "ticket",
                  "outbreak")
_ID_UPPER = re.compile(r"(?:ID|Id)\b(?:\s*(?:(?i:no\b\.?|number\b|is\b)|[:\#=|]|[*_]{1,2}))*\s*")
# a number in two short groups ('410 7169') or dictated digit by digit ('6 7 7 0 8 1'), else one token
_ID_VALUE = re.compile(
    r"\d{4}[ ]\d{5}[ ]\d(?:[ -]?\d)?\b(?![ ]?\d)|"  # an Australian Medicare number: '1234 56789 1', with its '-2'
    r"[A-Za-z]{0,2}\d{3,5}(?:[ ]\d{3,5}){1,2}\b(?![ ]?\d)|[A-Za-z]{1,4}\.\d{5,12}\b"  # 'W1234 56789', 'MD.1234567'
    r"|\d(?:[ ]\d){4,11}\b(?![ ]?\d)|[A-Za-z0-9][A-Za-z0-9-]{2,24}[A-Za-z0-9]\b"
)


# identifiers known by their form, without a cue: accession and case numbers ('S84-11685',
# 'SP-2089-00123', 'CY84-1234'), a lab's code in brackets ('(LC1234567)'), CLIA-style '22D0987654',
# and a number sign before five or more digits ('#1234567890', '(#40721)')
_ID_FORMS = re.compile(
    r"(?<![\w/.-])(?:[A-Z]{1,4}-?\d{2,4}-\d{3,6}|\d{2,3}[A-Z]{1,2}\d{5,8})(?![\w/-]|\.\d)"
    r"|(?<=\()[A-Z]{1,4}\d{5,10}(?=\))"
    # a US federal court's case number: office, year, case type, number and the judge's initials ('2:23-cv-01234-ABC')
    r"|(?<![\w/.:-])\d{1,2}:\d{2}-(?i:cv|cr|mj|mc|bk|ap|md)-\d{3,6}(?:-[A-Za-z]{2,4})*(?![\w-])"
    # an ISBT 128 blood unit number: facility letter and digits, year, serial ('W1234 56 789012')
    r"|(?<![\w/.-])[A-Z]\d{4}[ ]\d{2}[ ]\d{6}(?![\w/-]|\.\d)"
    # a video meeting's ID in groups: 'Meeting ID 812 3456 7890'
    r"|(?<=(?i:meeting id)[ ])\d{3}[ ]\d{3,4}[ ]\d{3,4}\b|(?<=(?i:meeting id): )\d{3}[ ]\d{3,4}[ ]\d{3,4}\b"
    # (and a numbered report after its number sign, year and serial: 'event report #26-12345')
    r"|(?<![\w#&])\#[ \t]?(?:\d{5,}|\d{2}-\d{5,})(?![\w/-]|\.\d)"
    # a Singapore NRIC or FIN: a series letter, seven digits and a check letter ('S1234567D')
    r"|(?<![\w/.-])[STFGM]\d{7}[A-Z](?![\w/-])"
    # a request, order or client number: a short letter prefix, a hyphen and six or more digits
    # ('ROI-123456', 'PG-3369696', 'otp-410760'), or a letter or two glued to seven or more ('S18541695')
    r"|(?<![\w/.-])(?:[A-Za-z]{2,4}-\d{6,12}|[A-Za-z]-\d{7,12})(?![\w/-]|\.\d)|(?<![\w/.-])[A-Za-z]{1,2}\d{7,12}(?![\w/-]|\.\d)"
    # a record number in brackets after the patient's name on a note's header line: 'Declan Banks (820-49-61)',
    # seven to nine digits that are no phone ('(555-0123)') and no date; or before the age ('PT ANA MARWOOD (4471926),
    # 78 Y/O, FROM ...')
    r"|(?<=[A-Za-z] \()(?!\d{3}-\d{4}\))\d(?:-?\d){6,8}"
    r"(?=\)[ \t]*(?:\n|\Z|,[ \t]*\d{1,3}[ \t]*-?[ \t]*(?i:y/?o|yo|y\.o\.|yrs?|years?|[mf])\b))"
)


# a vehicle's plate written in two groups: 'PLATE ABC 123', 'plate: 12-AB34' (one group: _ID_CONTEXT); at most
# three letters, not in lower case ('plate 10 hole' is hardware)
_PLATE_TWO_GROUPS = re.compile(
    r"\b(?i:plate)(?:[ \t]*(?i:no\b\.?|number\b|\#))?[ \t]*:?[ \t]*"
    r"((?=[A-Za-z0-9 -]{0,8}\d)(?=[0-9 -]{0,8}[A-Za-z])[A-Za-z0-9]{2,4}[ -][A-Za-z0-9]{3,4})(?![\w-])"
)


# a record number right after the patient's name on a note's opening lines: 'PT Ana Ruiz 1234567', 'pt: ana ruiz
# (ab123456)', 'Ana Ruiz   12345678   DOB ...', 'ANA RUIZ, 1234567. CONSENT ...' (six to nine digits, a short letter
# prefix allowed; a phone or a date has separators)
_NAME_THEN_NUMBER = re.compile(
    r"(?m)^[ \t]*(?:(?:PT|Pt|pt|Patient|PATIENT|patient)[ \t]*:?[ \t]+)?"
    r"[A-Za-z][a-z'’-]+(?:[ \t][A-Za-z][a-z'’-]+){1,2}(?<![ \t](?i:dob|mrn))"
    r"(?:[ \t]*,[ \t]*|[ \t]+\(|[ \t]*\(|[ \t]+)([A-Za-z]{0,3}\d{6,9})(?=\)|[ \t]*(?:\n|\Z)|[.,](?!\d)|[ \t]{2,}(?i:dob)\b)"
    r"|^[ \t]*(?:(?:PT|Pt|pt|Patient|PATIENT|patient)[ \t]*:?[ \t]+)?"
    r"[A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+){1,2}"
    r"(?:[ \t]*,[ \t]*|[ \t]+\(|[ \t]*\(|[ \t]+)([A-Z]{0,3}\d{6,9})(?=\)|[ \t]*(?:\n|\Z)|[.,](?!\d)|[ \t]{2,}DOB\b)"
)
_SIX_DIGITS = re.compile(r"\d{6}")
# the numbers of a list of accounts: 'Accounts 123-456789 and 987-654321', 'accts: checking 1234567, CD 7654321'
# (the account cue alone finds the first at most; on ascii_lower(text))
_ACCOUNT_KIND = r"(?:(?:checking|savings|cd|ira|brokerage|money[ \t]+market)[ \t]+)?"
_ACCOUNT_LIST = re.compile(
    r"\b(?:accts|accounts)\b\.?[ \t]*:?[ \t]*(" + _ACCOUNT_KIND + r"\d[\d-]{4,}\d\b"
    r"(?:[ \t]*(?:,|and|&)[ \t]*" + _ACCOUNT_KIND + r"\d[\d-]{4,}\d\b(?![/.]\d))+)"
)
_ACCOUNT_NUMBER = re.compile(r"\d[\d-]{4,}\d")
# a record system's user ID in an access log or alert: letters then digits, in a table's cell ('| Ruiz, Ana | AR123 |')
# or in brackets after the user's name ('ANA RUIZ (ARUI123)'); only in notes that speak of users' access
_USER_ID = re.compile(
    r"(?<=\|[ \t])[A-Za-z]{2,6}\d{2,5}(?=[ \t]*\|)|(?<=[A-Za-z][ \t]\()[A-Z]{2,6}\d{2,5}(?=\))"
)
_USER_ID_HINTS = ("user id", "userid", "user's", "users'", "access log", "break-the-glass", "break the glass")
# a court's docket letters after its number: 'docket no. 12-34-56 ABCD', 'Case no. 123-4-56 Abcd,'
_DOCKET_TAIL = re.compile(r"[ ](?!(?i:and|or|the|for|in|at|on|of|to|by|dob|mrn)\b)[A-Za-z]{2,5}(?=[ \t]*(?:[,;.]|\n|\Z))")
_OUR_REF = re.compile(r"\b(?:our|your)[ \t]+ref(?:erence)?\b\.?[ \t]*:?[ \t]*((?=[a-z/-]*\d)[a-z0-9][a-z0-9/-]{2,20}[a-z0-9])\b")


# a discharge summary's record header, as hospital record systems export it (the i2b2 and Partners notes): the first
# line holds the record number and the hospital's short name, the lines after it the patient's and the visit's numbers
# ('123456789 ELH\n1234567\n123456\n03/14/2071 12:00:00 AM'), or all of them between bars ('123456 | ELH | 12345678
# | | 123456 | 3/14/2071 12:00:00 AM | ...')
_RECORD_HEADER = re.compile(
    r"[ \t]*(\d{5,10})[ \t]+([A-Z]{2,6})[ \t]*\n((?:[ \t]*\d{5,10}[ \t]*\n){1,3})"
    r"|[ \t]*(\d{5,10})[ \t]*\|[ \t]*([A-Z]{2,6})[ \t]*\|[ \t]*(\d{5,10})[ \t]*\|[ \t]*\|[ \t]*(\d{5,10})[ \t]*\|"
)
_DIGIT_LINE = re.compile(r"\d{5,10}")
# the attending's dictation code and the next line's number under a discharge summary ('ANA RUIZ , M.D. 12A345\n123456')
_DICTATION_CODES = re.compile(r"M\.D\.[ \t]+(\d{1,3}[A-Z]{1,2}\d{2,5})[ \t]*\n[ \t]*(\d{5,8})(?=[ \t]*\n)")
# the same footer's 'DICTATED BY: RUIZ, ANA , M.D. AB12' and 'Attending: LEE, TOM M.D. CD34 TL' lines: the dictating
# and attending clinicians' codes (a letter or two and digits, ID) and the attending's initials after them (NAME)
_DICTATION_LINE_CODE = re.compile(
    r"(?im)^[ \t]*(?:dictated[ \t]+by|attending)[ \t]*:[^\n]{0,60}?M\.D\.[ \t]+(?-i:([A-Z]{1,2}\d{1,4})"
    r"(?:[ \t]+([A-Z]{2,3}))?)(?=[ \t]*(?:\n|\Z))"
)


def _record_header(text: str) -> list[Span]:
    """The numbers (ID) and the hospital's short name (ORGANIZATION) of a record header opening a note
    (``_RECORD_HEADER``), and the dictation codes closing it (``_DICTATION_CODES``, ``_DICTATION_LINE_CODE``)."""
    spans = []
    m = _RECORD_HEADER.match(text) if text[:1].isdigit() or text[:1] in " \t" else None
    if m and m.group(1):
        spans.append(Span(m.start(1), m.end(1), "ID", "record_number", 0.8))
        spans.append(Span(m.start(2), m.end(2), "ORGANIZATION", "record_number", 0.8))
        spans += [Span(d.start(), d.end(), "ID", "record_number", 0.8) for d in _DIGIT_LINE.finditer(text, *m.span(3))]
    elif m:
        spans += [Span(m.start(g), m.end(g), "ID" if g != 5 else "ORGANIZATION", "record_number", 0.8)
                  for g in (4, 5, 6, 7)]
    if "M.D. " in text:
        spans += [Span(d.start(g), d.end(g), "ID", "record_number", 0.8)
                  for d in _DICTATION_CODES.finditer(text) for g in (1, 2)]
        for d in _DICTATION_LINE_CODE.finditer(text):
            spans.append(Span(d.start(1), d.end(1), "ID", "record_number", 0.8))
            if d.group(2):
                spans.append(Span(d.start(2), d.end(2), "NAME", "record_number", 0.8))
    return spans


class RecordNumberDetector(Detector):
    """MRN, account, policy, accession, licence and other record numbers named by a context word,
    and accession-style codes known by their form."""

    name = "record_number"
    entities = ("ID", "ORGANIZATION", "NAME")  # NAME: initials after a dictation code

    def detect(self, text: str) -> list[Span]:
        spans = _record_header(text)
        for m in _ID_FORMS.finditer(text):
            start = m.start() + (1 if m.group().startswith("#") else 0)
            while text[start] in " \t":
                start += 1
            spans.append(Span(start, m.end(), "ID", self.name, 0.7))
        spans += [Span(m.start(2), m.end(2), "ID", self.name, 0.8) for m in SIGNED_NUMBER_LINE.finditer(text)]
        if "late" in text or "LATE" in text:
            spans += [Span(m.start(1), m.end(1), "ID", self.name, 0.85) for m in _PLATE_TWO_GROUPS.finditer(text)
                      if sum(c.isalpha() for c in m.group(1)) <= 3 and not m.group(1).islower()]  # not '10 hole'
        low = ascii_lower(text)
        contexts = list(_ID_CONTEXT.finditer(low)) + list(_ID_UPPER.finditer(text))
        if any(h in low for h in _ID_MORE_HINTS):
            contexts += _ID_CONTEXT_MORE.finditer(low)
        head = min(len(text), 400)
        for m in _NAME_THEN_NUMBER.finditer(text, 0, head) if _SIX_DIGITS.search(text, 0, head) else ():
            g = 1 if m.group(1) else 2
            spans.append(Span(m.start(g), m.end(g), "ID", self.name, 0.8))
        if any(h in low for h in _USER_ID_HINTS):
            spans += [Span(m.start(), m.end(), "ID", self.name, 0.8) for m in _USER_ID.finditer(text)]
        if "accts" in low or "accounts" in low:
            spans += [Span(m.start(1) + n.start(), m.start(1) + n.end(), "ID", self.name, 0.85)
                      for m in _ACCOUNT_LIST.finditer(low) for n in _ACCOUNT_NUMBER.finditer(m.group(1))]
        if "our ref" in low:  # a letter's reference: 'Our ref: AB/12345', 'Your ref ABC/1234/5'
            spans += [Span(m.start(1), m.end(1), "ID", self.name, 0.85) for m in _OUR_REF.finditer(low)]
        for m in contexts:
            if not word_start(text, m.start()):
                continue
            v = _ID_VALUE.match(text, m.end())
            if v and m.group().lstrip().startswith(("policy", "POLICY", "Policy")) and sum(
                    c.isdigit() for c in v.group()) < 4:
                continue  # 'per policy LAB-CRIT-07': a rule's number, not an insurance policy's
            if v and any(c.isdigit() for c in v.group()):
                end = v.end()
                if "-" in v.group() and m.group().lstrip().startswith(("docket", "case")):  # 'docket no.', 'case no.'
                    t = _DOCKET_TAIL.match(text, end)
                    end = t.end() if t else end
                spans.append(Span(v.start(), end, "ID", self.name, 0.9))
        return spans


# --------------------------------------------------------------------------- ZIP

_STATES = "|".join(STATE_CODES)
_ZIP_RULES = [
    (re.compile(r"(?:" + _STATES + r")\b\.?,?[ \t]+(\d{5}(?:-\d{4})?)\b"), 0.9, 1),
    (re.compile(
        r"(?:zip|ZIP|Zip|postal|Postal|POSTAL|postcode|Postcode|POSTCODE)(?i:\s*code)?\s*(?:(?i:is)\s+)?[:#]?\s*"
        r"([A-Za-z0-9]{2,6}(?:[ -][A-Za-z0-9]{2,4})?)\b"
    ), 0.85, 1),
    (re.compile(r"\d(?<![\d-]\d)\d{4}-\d{4}(?![\d-])"), 0.7, 0),
]


_LOWER_STATE_ZIP = re.compile(r"\b[a-z]{2}[ \t]+\d{5}\b")
# an Australian state or territory and its four-digit postcode, each state with the first digits of its own
# postcodes: 'Elm Creek QLD 4350', 'ELM CREEK QUEENSLAND 4350', 'Oak Bay NSW 2000', 'Larch WA 6000'
_AU_STATE_POSTCODE = re.compile(
    r"(?<![\w-])(?:(?:QLD|Qld|Queensland|QUEENSLAND)[ \t]+(?=[49])|(?:NSW|New South Wales|NEW SOUTH WALES)[ \t]+(?=[12])"
    r"|(?:VIC|Vic|Victoria|VICTORIA)[ \t]+(?=[38])|(?:TAS|Tas|Tasmania|TASMANIA)[ \t]+(?=7)|ACT[ \t]+(?=0[2-9]|26|29)"
    r"|NT[ \t]+(?=08)|SA[ \t]+(?=5)|WA[ \t]+(?=6))(\d{4})(?![\d-])"
)
_AU_HINTS = ("QLD", "Qld", "ueensland", "UEENSLAND", "NSW", "outh Wales", "OUTH WALES", "VIC", "Vic ", "ictoria",
             "ICTORIA", "TAS", "Tas ", "asmania", "ASMANIA", "ACT 0", "ACT 2", "NT 0", "SA 5", "WA 6")


class ZipDetector(RegexDetector):
    """US ZIP codes after a state (``MD 21201``), after 'ZIP', and ZIP+4 anywhere."""

    name = "zip"
    label = "ZIP"

    def __init__(self) -> None:
        super().__init__(_ZIP_RULES, check=lambda s: any(c.isdigit() for c in s), at_word_start=True)

    def detect(self, text: str) -> list[Span]:
        # a line typed without capitals reads like an upper-case one: 'flagstaff az 86001' (only when a lower-case
        # state code and five digits are there at all: one cheap scan before the second pass)
        spans = also_shouted(super().detect, text) if _LOWER_STATE_ZIP.search(text) else super().detect(text)
        if any(h in text for h in _AU_HINTS):
            for m in _AU_STATE_POSTCODE.finditer(text):
                spans.append(Span(m.start(), m.start(1), "LOCATION", self.name, 0.85))
                spans.append(Span(m.start(1), m.end(1), "ZIP", self.name, 0.85))
        return spans


# --------------------------------------------------------------------------- dates

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# the time of day after a date is no identifier (Safe Harbor lists dates, not times) and stays readable:
# '03/19/2088 at 3:45 am' masks the date only; ISO timestamps ('2023-04-02 14:05') stay whole
_YEAR = r"(?:\d{4}|'\d{2})"
_ORD = r"(?:st|nd|rd|th)?"

# (a dash may join it to a month's name: 'INTUBATED 03/11/2019-MARCH 14', a stay written from one date to the next)
_DATE_NUMERIC = re.compile(
    r"(\d(?<![\d/.-]\d)\d?)([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|-(?![A-Za-z])|\.\d)", re.I)
_DATE_SHORT = re.compile(r"(\d(?<![\d/.-]\d)\d?)/(\d{1,2})(?![\d/]|-\d|\.\d)")
# 'ADMITTED 2-16', 'IN CLINIC 10-17': a month-day with a dash only after a date cue, since
# '80-90S', '7P-7A' or 'SATS 95-98%' are ranges; never before a unit ('FOR 4-6 HOURS')
_DATE_CUE_WORDS = (
    r"(?i:\b(?:on|admitted|adm|admit|seen|since|dated|clinic|appt|appointment|discharged|d/c(?:'?d)?|transferred"
    r"|planned[ \t]+for|scheduled[ \t]+for|due|until|last|started|stopped|from|date(?:[ \t]+of[ \t]+\w+)?"
    # events that notes date: 'SEEN IN ... ED 12-10', 'CATH 7-20', 'BORN 7-4', 'ECHO 3-2'
    r"|born|delivered|ed|er|cath|echo|tte|tee|egd|colonoscopy|biopsy|surgery|op|visit|intubated|extubated|expired|labs"
    # 'DOS 8-3', 'SINCE ADMISSION 11-16', 'FAMILY MEETING NOTE 4-1', 'S/P FALL 11-25', 'Pt OR 8-12 with Dr. X'
    r"|dos|admission|readmission|(?<!of )note|s/p(?:[ \t]+[^\W\d_]+){1,2}|(?<!\d[ ])(?-i:OR)"
    # a study and a device's life: 'compared with the prior study of 4-20', 'CXR 4-17:', 'line removed 8-16'
    r"|(?:study|exam|film|imaging)[ \t]+of|cxr|kub|mri|ekg|ecg|eeg|removed|placed|inserted|replaced|exchanged"
    r"|discontinued|performed|obtained|diagnosed|resected"
    # a therapy session: 'OOB to chair with PT 4-24' (in capitals only: 'with pt' is the patient)
    r"|with[ \t]+(?-i:PT|OT|SLP)"
    # a planned check or a relative's visit: 'INR TO BE CHECKED 4-2', 'SON WILL BE IN 6-3', 'FLYING UP 12-20'
    r"|(?:re)?checked|drawn|be[ \t]+in|fly(?:ing)?[ \t]+(?:up|in|home|back)|arriv(?:e|es|ing)|returning"
    # a tracing or film compared with an earlier one: 'EKG: ST DEP, NEW VS 2-14', 'unchanged from 3-2'
    r"|(?:new|unchanged|changed|no[ \t]+change)[ \t]+(?:vs\.?|versus|from|since)|compared[ \t]+(?:to|with)"
    # a booking, a birth and a day named before its date: 'ORIGINALLY BOOKED 7-9', 'NSVD 11-30', 'last Sunday (2-7)'
    r"|booked|rescheduled|nsvd|svd|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weds?|thurs?|tues?|fri"
    # a dictation's dictated, typed and verified fields: 'DD: 3/3  DT: 3/5  DV: 3/3'
    r"|(?-i:DD|DT|DV|TD)(?=[ \t]*:))"
    # the date may open a bracket after its cue: 'FAMILY MTG NOTE (4-22):', 'CODE NOTE (11-3 0215)'
    r"(?:[ \t]*:?[ \t]+|[ \t]*\())"
)
_DATE_CUE = re.compile(_DATE_CUE_WORDS + r"\Z")
_DIGIT_DASH_DIGIT = re.compile(r"\d-\d")  # what every month-day with a dash holds: most notes have none
_DATE_DASH = re.compile(
    _DATE_CUE_WORDS + r"(1[0-2]|0?[1-9])-([12]\d|3[01]|0?[1-9])\b(?![-/.%]?\d|[ \t]*(?i:%|x\b|times|hours?|hrs?|days?|"
    r"weeks?|wks?|months?|mos?|years?|yrs?|mg|mcg|ml|cc|l\b|units?(?![ \t]*\#)|beats|bpm|mm|cm|kg|lbs?|min|minutes|sec"
    r"|am|pm|a\b|p\b"
    # counted things a device or check cue may precede: 'PLACED 2-3 STITCHES', 'inserted 1-2 tabs', 'CHECKED 1-2 MORE'
    r"|stitches|sutures|staples|attempts?|tabs?|tablets?|doses?|drops|puffs|sticks?|passes|pieces|vials?|bags|liters?"
    r"|assists?|person|persons|people|laps|sessions|visits|sets?|reps|more|tubes?|bottles?|samples?))"
)
# a month-day with a dash before the time of day: '12-26 05:40AM BLOOD WBC', 'Vancomycin - 11-14 08:00 PM',
# 'Date/Time: 9-3 at 11:15'; and closing a clinician's signature line: 'Ana Ruiz, MD 11-21'
_DATE_DASH_TIME = re.compile(
    r"(?<![\w/.:-])(?<![qQ][ \t])(1[0-2]|0?[1-9])-([12]\d|3[01]|0?[1-9])"
    r"(?=[ \t]+(?:(?i:at)[ \t]+|@[ \t]*)?(?:[01]?\d|2[0-3]):[0-5]\d(?!\d|[:.]\d)"
    r"|[ \t]*@[ \t]*(?:[01]\d|2[0-3])[0-5]\d\b(?![:.]\d))"  # 'NSVD 11-30 @ 1937': a military time
)
# a stay between two month-days: 'was in Elm Hospital 3-14 to 3-19' (never counted things: '1-2 to 3-4 tabs')
_DASH_MD = r"(1[0-2]|0?[1-9])-([12]\d|3[01]|0?[1-9])"
_DATE_DASH_STAY = re.compile(
    r"(?<![\w/.:-])" + _DASH_MD + r"[ \t]+(?:to|thru|through|until|till)[ \t]+" + _DASH_MD
    + r"(?![\w/%-]|\.\d|[ \t]*(?i:x\b|times|hours?|hrs?|days?|weeks?|wks?|months?|mg|mcg|ml|cc|l\b|units?|min|tabs?))"
)
# a stay between two dates after a date cue, the first a month-day with a dash: 'INTUBATED 4-2-4-5',
# 'ON PRESSORS 10-8-10/11/19' (the second may carry the year)
_DATE_DASH_SPAN = re.compile(
    _DATE_CUE_WORDS + _DASH_MD + r"-((?:1[0-2]|0?[1-9])[-/](?:[12]\d|3[01]|0?[1-9])(?:[-/](?:\d{4}|\d{2}))?)"
    r"(?![\w/%-]|\.\d|[ \t]*(?i:%|x\b|times|hours?|hrs?|days?|weeks?|mg|mcg|ml|cc|units?|min|tabs?))"
)
# a nursing note's heading dated by a month-day with a dash: 'NPN 4-19', '11-23 pm note', '3-27 NURSING NOTE'
# (a day over 12, so no shift's hours: '7-3 NOTE', 'NPN 7-11' stay)
_DATE_DASH_NOTE = re.compile(
    r"(?:(?<=\n)|\A|(?<=\b(?i:npn)[ \t]))[ \t]*(1[0-2]|0?[1-9])-(1[3-9]|2\d|3[01])(?![\w/.%-])"
    r"(?=[ \t]+(?i:(?:am|pm|day|night|eve(?:ning)?|nocs?)[ \t]+)?"
    r"(?i:(?:nursing|progress|rn|np|md)[ \t]+)?(?i:note|npn)\b"
    r"|[ \t]*(?:\n|\Z))"
)
_DATE_DASH_SIGNED = re.compile(
    r"(?<=,[ \t](?:MD|DO|NP|RN|PA)[ \t])(1[0-2]|0?[1-9])-([12]\d|3[01]|0?[1-9])(?=[ \t]*(?:\n|\Z))"
)
# '5/5', '2/2': motor strength and reflex grades; '6/10' after 'pain': a score, not a date
_NOT_SHORT_DATE = re.compile(
    r"(?i:pain|scale|strength|str|motor|power|reflex(?:es)?|dtrs?|grade[ds]?|score|rated|murmur|ratio"
    r"|acuity|vision|apgars?|gcs|effort|abduction|adduction|flexion|extension|grip"
    # 'Sat 9/19' is a Saturday; 'EVENT: called 5/19' no ventilator
    r"|ps|psv|peep|cpap|bipap|ipap|epap|simv|imv|ac|(?<![a-z])vent|settings|sats?(?![ \t]+\Z)"
    # scales and counts: 'cravings 3/10', 'Katz ADL 3/6', 'Waddell signs 1/5'
    r"|cravings?|adls?|iadls?|signs|items|criteria"
    r"|mobility|locomotion"  # an MDS form's ADL codes, self-performance/support: 'BED MOBILITY 3/2'
    # a course's day of its length ('cefazolin day 4/7') and a hypermobility score ('Beighton 2/9')
    r"|(?<![a-z])day|beighton)\b[^\n]{0,12}\Z"  # not a weekday's 'day' ('SUNDAY 6/28')
)
# a count out of a total, named by what follows: 'absent 4/10 sites', 'in 3/12 cores'; a strength grade
# named by the limbs after it when the line broke before it ('4/5 uppers,\n3/5 lowers', '2/5 BLE')
_SCORE_AFTER = re.compile(
    r"[ \t]+(?i:sites|cores|items|points|trials|words|signs|criteria|correct"
    r"|uppers?|lowers?|extremit(?:y|ies)|[brl][ul]es?|ues?|les?|arms?|legs?|grips?"
    r"|(?:lymph[ \t]+)?nodes?|lns?)\b"  # a pathology count: '2/14 nodes positive', '0/12 lymph nodes'
    # a fraction of a pack, an inch or a tablet: '1/2 ppd', '20G 3/4" needle', '1/2 tab'
    r"|[ \t]*[\"”]|[ \t]+(?i:ppd|packs?|inch(?:es)?|tabs?|tablets?|cups?)\b"
    r"|[ \t]+(?i:inattentive|hyperactive|impulsive)\b"  # a Vanderbilt rating: 'teacher 6/9 inattentive items'
)
# a time of day after a short date: 'NOTIFIED 6/6 0215', 'seen 2/2 14:05' (a date even when day and month are equal)
_CLOCK_AFTER = re.compile(r"[ \t]+(?:@[ \t]*)?(?:[01]\d|2[0-3])(?::?[0-5]\d)(?![\d:/.]|[ \t]*(?:%|mg|ml|cc))")
# a screening score out of its instrument's maximum after the instrument: 'PHQ-9 today 12/27', 'GAD-7 6/21',
# 'PHQ-9 (RESIDENT): 4/27', 'BIMS SCORE: 9/15', 'MoCA 26/30' (maxima as the denominators)
_SCREEN_BEFORE = re.compile(
    r"(?i:\b(?:phq|gad|bims|mmse|moca|slums|epds|pcl|asrs))(?:-?\w{1,2})?\b[^\n/]{0,22}\Z"
)
_SCREEN_MAXIMA = frozenset({27, 21, 15, 30, 24})
# a pain named by its abbreviation right before a score out of ten: 'CP 4/10', 'H/A 7/10'
_PAIN_BEFORE = re.compile(r"(?<![\w/])(?i:cp|ha|h/a|abd[ \t]+pain|discomfort)[ \t]*(?:of[ \t]+|=[ \t]*)?\Z")
# OCR spaces around the separators: '18 / 07 / 2026' (a four-digit year, so no fraction or ratio)
_DATE_SPACED = re.compile(r"(\d(?<![\d/.-]\d)\d?)[ \t]+([/.-])[ \t]+(\d{1,2})[ \t]+\2[ \t]+(\d{4})(?![\d/]|\.\d)")
# a month and a year: '11/2016', '03/2024' (expiry-style month/year; 'dd/yyyy' cannot be a day)
_MONTH_YEAR = re.compile(r"(?<![\d/.-])(?:0?[1-9]|1[0-2])/(?:19|20)\d\d(?![\d/]|[.-]\d)")
_DATE_ISO = re.compile(
    r"(\d(?<![\d/.-]\d)\d{3})([-/.])(\d{1,2})\2(\d{1,2})(?![\d/]|\.\d)"
    r"(?:[T \t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?",
    re.I,
)
_DATE_WORDS = [
    # 20-Apr-89, 5/Nov/84: a two-digit year only with the day and month joined by a dash or slash
    re.compile(r"\d{1,2}([-/])" + _MONTH + r"\1\d{2}(?![\w/-]|\.\d)"),
    # 22 June 1998, 22-Jun-1998, 3rd of March, 22 JUNE '98
    re.compile(r"\d{1,2}" + _ORD + r"(?:[ \t]+of)?[ \t-]+" + _MONTH + r"(?:,?[ \t-]+" + _YEAR + r")?\b"),
    # June 22, 1998, Jun 22 '98, JUNE 22, and dictated 'June 22nd comma 1998'
    # (not a time of day: 'Transcribed: 5 October 09:14')
    re.compile(_MONTH + r"[ \t]+\d{1,2}" + _ORD + r"\b(?!:\d)(?:(?:,|[ \t]+comma)?[ \t]+" + _YEAR + r"\b)?"),
    # June 1998, Jun '98
    re.compile(_MONTH + r",?[ \t]+" + _YEAR + r"\b"),
    # 06NOV2025, 6nov25: day, month abbreviation and year run together, as lab and imaging systems print them
    re.compile(r"(?<![\w/.-])(?:0?[1-9]|[12]\d|3[01])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:\d{4}|\d{2})"
               r"(?![\w/-]|\.\d)"),
    # 14/Mar/2071: a four-digit year after a slashed day and month, as a records system stamps an addendum
    re.compile(r"(?<![\w/.-])\d{1,2}/" + _MONTH + r"/\d{4}(?![\w/-]|\.\d)"),
]
# '3  May 5th, 2025' in a docket's numbered rows: a number before a month that has its own day is no day
_DAY_AFTER_MONTH = re.compile(r"[ \t]+\d{1,2}(?:st|nd|rd|th)?\b(?![:.]?\d)")


# 'ON THE 22ND', 'SINCE THE 3RD,': a day of the month alone, when nothing counted follows it
# ('ON THE 2ND DAY', 'THE 5TH RIB' are no dates); on ascii_lower(text)
_DATE_ORDINAL = re.compile(
    r"\b(?:on|by|since|until|till|thru|through|from|after|before|of)[ \t]+the[ \t]+"
    r"((?:[12]?\d|3[01])(?:st|nd|rd|th))\b"
    r"(?=[ \t]*(?:[,.;:)\n]|\Z|-|(?:at|by|for|with|and|or|in|to|when|then|but|so|npo|am|pm|@|\d)\b))"
    r"|\bdated[ \t]+the[ \t]+((?:[12]?\d|3[01])(?:st|nd|rd|th))\b"  # 'a letter dated the 31st cites'
    # 'repeat bloods the 30th.', 'C1D1 the 11th', '(the 25th)': after any word when a sentence, clause or
    # bracket ends with it, and no other ordinal follows ('the 2nd, 3rd and 4th toes' are no dates)
    r"|(?<![\w-])the[ \t]+((?:[12]?\d|3[01])(?:st|nd|rd|th))\b(?=[ \t]*(?:[.;)\n]|\Z|,(?![ \t]*(?:and[ \t]+)?\d)))"
)
# a day of the month alone after a preposition or a planning word, with no 'the': 'BACK ON 22ND.',
# 'INR TO BE CHECKED 9TH BY VNA'; not when something counted follows ('ON 2ND ATTEMPT', 'AFTER 3RD DOSE')
_DATE_ORDINAL_BARE = re.compile(
    r"\b(?:on|by|since|until|till|thru|after|before|(?:re)?checked|drawn|due|be[ \t]+in"
    # 'ADMITTED TO CCU 14TH W/ NSTEMI', 'admitted 3rd with cp': the day of an admission
    r"|admitted(?:[ \t]+to[ \t]+(?:the[ \t]+)?[a-z]{2,6})?"
    # a nursing note's admission, meeting, referral or transfer day: 'ADM 4TH FROM ...', 'mtg planned 22nd w/',
    # 'screen sent 5th', 'sent to Elm 3rd then here 4th,'
    r"|adm|planned|scheduled|sent|then[ \t]+here)[ \t]+"
    r"((?:[12]?\d|3[01])(?:st|nd|rd|th))\b"
    r"(?=[ \t]*(?:[.;:)\n]|\Z|,(?![ \t]*(?:and[ \t]+)?\d)|w/|(?:at|by|with|when|then|am|pm|from)\b))"
)
# a month and day with a dash after the same cues, or closing a transfer chain: 'MTG PLANNED 4-22 W/ ...', 'adm 3-4
# from', 'sent to Elm 2-1 then here 2-2,'; not a count ('planned 1-2 days': something counted follows)
_DATE_DASH_CUED = re.compile(
    r"\b(?:adm|admitted|planned|scheduled|sent|then[ \t]+here)[ \t]+((?:1[0-2]|0?[1-9])-(?:[12]\d|3[01]|0?[1-9]))"
    r"(?![\w/%-]|\.\d)(?=[ \t]*(?:[.;:,)\n]|\Z|w/|(?:at|with|then|for|from)\b))"
)
_DASH_CUES = ("adm", "planned", "scheduled", "sent", "then here")
# a span of days: 'INTUBATED 3/2-3/9', 'ABX 7/30-8/4', 'ADMITTED 12TH-15TH', 'FROM 4/1-3RD': each end is a
# date; with an ordinal end or an ambiguous grade-like pair ('3/5-4/5') only after a date cue
_DATE_DAY = r"(?:1[0-2]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])|(?:[12]?\d|3[01])(?i:st|nd|rd|th)"
_DATE_RANGE = re.compile(
    r"(?<![\w/.-])(" + _DATE_DAY + r")[ \t]*-[ \t]*(" + _DATE_DAY + r")(?![\w/%-]|\.\d)"
)
# weekdays: written out anywhere; abbreviated ('SAT', 'WED') only after 'LAST', 'ON', 'ADMITTED' ...
# or before 'AM', 'NIGHT' ('SAT' is also a saturation); on ascii_lower(text)
_WEEKDAY_FULL = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day(?=s\b|\b)")  # 'on Tuesdays': the day
_WEEKDAY_SHORT = re.compile(
    r"\b(?:last|next|this|past|on|since|until|till|by|admitted|adm|seen|started|from|due|before|after)[ \t]+"
    r"(mon|tues?|weds?|thur?s?|fri|sat|sun)\.?(?![\w/%-]|[ \t]*\d)"
    r"|\b(mon|tues?|wed|thur?s?|fri|sat|sun)\.?[ \t]+(?=(?:am|pm|night|evening|morning|afternoon|noc)\b)"
    # a planned day closing its clause: 'labs Fri.', 'next visit tues.', 'f/u call thurs.', 'family mtg FRI W/',
    # 'd/c tues if stable', 'oct 3 (weds)'; never a saturation or the sun ('O2 SAT, RR', 'avoid sun.')
    # (the lookahead first: most positions fail on it before the lookbehinds are tried)
    r"|(?=mon|tue|wed|thu|fri|sat|sun)(?<![\w/.-])(?<!o2[ \t])(?<!o2[ \t]{2})(?<!spo2[ \t])(?<!sao2[ \t])"
    r"(?<!\bthe[ \t])(?<!\bavoid[ \t])"
    r"(?<!\bpt[ \t])"
    r"(?<!\bpatient[ \t])(?<!\bhe[ \t])(?<!\bshe[ \t])(?<!\bin[ \t])"
    r"(?<!\btele[ \t])(?<!\bcardiac[ \t])(?<!\bcont[ \t])(?<!\bfetal[ \t])(?<!\bholter[ \t])"
    r"(mon|tues?|weds?|thur?s?|fri|sat|sun)(?=\.?[ \t]*(?:[.;)]|\n|\Z)|[ \t]+(?:if\b|w/|at\b))"
)


# holidays tie an event to a date as a calendar date does ('worse since Thanksgiving', 'before the
# Fourth of July'); i2b2 labels them DATE. Capitalised or upper case, since 'labor day 2' or 'her
# mother's day' are no holidays; the few that are no English word are taken in lower case too.
_HOLIDAY_NAMES = (
    "New Year's Eve", "New Year's Day", "New Year's", "New Years Eve", "New Years Day", "New Years",
    "Martin Luther King Day", "Martin Luther King Jr. Day", "MLK Day", "Presidents' Day", "Presidents Day",
    "President's Day", "Valentine's Day", "St. Patrick's Day", "Saint Patrick's Day", "Patriots' Day",
    "Patriots Day",
    "Good Friday", "Easter Sunday", "Easter", "Mother's Day", "Mothers Day", "Memorial Day", "Father's Day",
    "Fathers Day", "Juneteenth", "Fourth of July", "4th of July", "Independence Day", "Labor Day", "Columbus Day",
    "Indigenous Peoples' Day", "Veterans Day", "Veterans' Day", "Veteran's Day", "Halloween", "Thanksgiving Day",
    "Thanksgiving", "Black Friday", "Christmas Eve", "Christmas Day", "Christmas", "Xmas", "Boxing Day",
    "Hanukkah", "Chanukah", "Passover", "Rosh Hashanah", "Yom Kippur", "Ramadan", "Eid al-Fitr", "Eid al-Adha",
    "Diwali", "Kwanzaa", "Lunar New Year", "Chinese New Year", "Tet",
    # New Zealand, Australia, South Africa, Singapore, Canada, the UK and Ireland
    "Waitangi Day", "Anzac Day", "ANZAC Day", "Matariki", "Australia Day", "Heritage Day", "Freedom Day",
    "Human Rights Day", "Day of Reconciliation", "Day of Goodwill", "Hari Raya Puasa", "Hari Raya Haji",
    "Deepavali", "Vesak Day", "Canada Day", "Victoria Day", "Remembrance Day", "St. Stephen's Day",
    "Saint Stephen's Day", "Bank Holiday Monday",
    # the church year, as a parish or a family dates an event: 'baptised on Pentecost'
    "Palm Sunday", "Ash Wednesday", "Maundy Thursday", "Holy Thursday", "Holy Saturday", "Easter Monday",
    "Whit Monday", "Pentecost",
)
_HOLIDAY_LOWER_TOO = ("Halloween", "Thanksgiving", "Christmas", "Hanukkah", "Chanukah", "Passover", "Ramadan",
                      "Kwanzaa", "Juneteenth", "Diwali")
# in a lower-case note these are holidays only after a time word: 'home for new year's', 'over xmas eve'
_HOLIDAY_LOWER_CUED = ("New Year's Eve", "New Year's Day", "New Year's", "Christmas Eve", "Christmas Day", "Xmas",
                       "Thanksgiving Day", "Easter", "Memorial Day", "Independence Day", "Fourth of July",
                       "4th of July", "Veterans Day", "Valentine's Day", "St. Patrick's Day")


def _holiday_pattern() -> re.Pattern[str]:
    forms = set()
    for name in _HOLIDAY_NAMES:
        forms |= {name, name.upper()}
        if name in _HOLIDAY_LOWER_TOO or name in _HOLIDAY_LOWER_CUED:
            forms.add(name.lower())
    alternation = "|".join(re.escape(f).replace("'", "['’]?").replace(r"\ ", r"[ \t]+")
                           for f in sorted(forms, key=len, reverse=True))
    return re.compile(r"(?<![\w'’-])(?:" + alternation + r")(?![\w'’-])")


_HOLIDAY = _holiday_pattern()
_HOLIDAY_YEAR = re.compile(r",?[ \t]+(?:19|20)\d\d\b(?![-/.:]?\d)")
# 'Tet' is a word in other senses ('TET' a tetanus shot): only after a time preposition
_HOLIDAY_CUE_ONLY = frozenset({"tet"})
_HOLIDAY_LOWER_CUE_ONLY = frozenset(re.sub(r"['’ \t]", "", n.lower()) for n in _HOLIDAY_LOWER_CUED)
_HOLIDAY_CUE = re.compile(r"(?i:\b(?:since|after|before|over|around|for|until|till|through|on|at|by|during"
                          r"|last|next|this|past)"
                          r"(?:[ \t]+the)?[ \t]+)\Z")


# a date of birth in a header field ("DOB: ...", "| **Date of birth** | ...") in any digit form,
# including compact 19520323 that the general rules leave alone; run on ascii_lower(text)
_DOB_FIELD = re.compile(
    r"(?:dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth|birth[ \t]*date|born[ \t]+on)(?>" + HEADER_SEP + r"|[ \t]+)"
    + r"(\d{6,8}\b|\d{1,4}[./ -]\d{1,2}[./ -]\d{2,4}\b|\d{1,2}[ ./-]?" + _MONTH + r"[ ./-]?" + _YEAR + r"\b)"
)


_COMMA_AFTER = re.compile(r"[ \t]*,[ \t]*")
# 'RTC Sun 4/19', 'Visit Wed. 2/25': an abbreviated weekday right before a numeric date is part of it
_SHORT_WEEKDAY_BEFORE = re.compile(r"(?<![\w/-])(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?[ \t]+\Z")
_EDITION = re.compile(r"[ \t]+(?:ed\.|edition\b)")


class DateDetector(Detector):
    """Dates: 7/22, 07/22/1998, 22.07.98, 1998-07-22 (with time), 22 June 1998,
    June 22, 1998, JUNE 22, Jun 22, '98, 22-Jun-1998, June 1998. Bare years are left alone."""

    name = "date"
    entities = ("DATE",)

    def detect(self, text: str) -> list[Span]:
        spans = []
        for m in _DATE_NUMERIC.finditer(text):
            a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
            if date_parts_valid(a, b, y) or date_parts_valid(b, a, y):
                spans.append(Span(m.start(), m.end(), "DATE", self.name, 0.9))
        for m in _DATE_SHORT.finditer(text):
            a, b = int(m.group(1)), int(m.group(2))
            # day first ('28/10', '15/6') as British, Irish and Australian notes write it; not before a unit ('30/1K')
            day_first = a > 12 and date_parts_valid(b, a) and not text[m.end():m.end() + 1].isalpha()
            if not (date_parts_valid(a, b) or day_first) \
                    or _NOT_SHORT_DATE.search(text, max(0, m.start() - 40), m.start()) \
                    or _SCORE_AFTER.match(text, m.end()):
                continue
            if a == b and a <= 5 and not _DATE_CUE.search(text, max(0, m.start() - 20), m.start()) \
                    and not _CLOCK_AFTER.match(text, m.end()):
                continue  # '5/5', '2/2' without 'ON', 'SEEN', ...: grades, not dates
            if b in _SCREEN_MAXIMA and _SCREEN_BEFORE.search(text, max(0, m.start() - 32), m.start()) \
                    and not _DATE_CUE.search(text, max(0, m.start() - 20), m.start()):
                continue  # 'GAD-7 6/21', 'PHQ-9 today 12/27': a screening score
            if b == 10 and _PAIN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # 'C/O CP 4/10', 'HA 6/10': a pain score
            spans.append(Span(m.start(), m.end(), "DATE", self.name, 0.6))
        if _DIGIT_DASH_DIGIT.search(text):
            for pattern in (_DATE_DASH, _DATE_DASH_TIME, _DATE_DASH_SIGNED, _DATE_DASH_NOTE):
                for m in pattern.finditer(text):
                    spans.append(Span(m.start(1), m.end(2), "DATE", self.name, 0.6))
            for m in _DATE_DASH_SPAN.finditer(text):
                spans += [Span(m.start(1), m.end(2), "DATE", self.name, 0.6),
                          Span(m.start(3), m.end(3), "DATE", self.name, 0.6)]
        for m in _DATE_DASH_STAY.finditer(text) if "-" in text else ():
            spans += [Span(m.start(1), m.end(2), "DATE", self.name, 0.6),
                      Span(m.start(3), m.end(4), "DATE", self.name, 0.6)]
        for m in _DATE_ISO.finditer(text):
            if date_parts_valid(int(m.group(3)), int(m.group(4)), int(m.group(1))):
                spans.append(Span(m.start(), m.end(), "DATE", self.name, 0.9))
        low = ascii_lower(text)
        for k, pattern in enumerate(_DATE_WORDS):
            for m in pattern.finditer(low):
                if not word_start(low, m.start()):
                    continue
                if k == 1 and low[m.end() - 1].isalpha() and _DAY_AFTER_MONTH.match(low, m.end()):
                    continue  # '3  May 5th, 2025': the month's day follows, the number before is a row's
                spans.append(Span(m.start(), m.end(), "DATE", self.name, 0.85))
        for m in _DATE_ORDINAL.finditer(low):
            g = first_group(m)
            # without a preposition before it the article is part of the date: '(the 25th)', 'dated the 31st'
            start = m.start(g) if g == 1 else low.rindex("the", m.start(), m.start(g))
            spans.append(Span(start, m.end(g), "DATE", self.name, 0.6))
        for m in _DATE_ORDINAL_BARE.finditer(low):
            spans.append(Span(m.start(1), m.end(1), "DATE", self.name, 0.6))
        for m in _DATE_DASH_CUED.finditer(low) if "-" in low and any(w in low for w in _DASH_CUES) else ():
            spans.append(Span(m.start(1), m.end(1), "DATE", self.name, 0.6))
        spans += self._ranges(text)
        for m in _DATE_SPACED.finditer(text):  # OCR: '18 / 07 / 2026'
            a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
            if date_parts_valid(a, b, y) or date_parts_valid(b, a, y):
                spans.append(Span(m.start(), m.end(), "DATE", self.name, 0.8))
        for m in _MONTH_YEAR.finditer(text):
            spans.append(Span(m.start(), m.end(), "DATE", self.name, 0.6))
        weekdays = [Span(m.start(), m.end(), "DATE", self.name, 0.6) for m in _WEEKDAY_FULL.finditer(low)]
        for m in _HOLIDAY.finditer(text):
            cued = _HOLIDAY_CUE.search(text, max(0, m.start() - 20), m.start())
            word = m.group()
            if not cued and (word.lower() in _HOLIDAY_CUE_ONLY
                             or word.islower() and re.sub(r"['’ \t]", "", word) in _HOLIDAY_LOWER_CUE_ONLY):
                continue
            year = _HOLIDAY_YEAR.match(text, m.end())  # 'Thanksgiving 2019': the holiday of that year
            spans.append(Span(m.start(), year.end() if year else m.end(), "DATE", self.name, 0.7))
        for m in _WEEKDAY_SHORT.finditer(low):
            g = first_group(m)
            spans.append(Span(m.start(g), m.end(g), "DATE", self.name, 0.6))
        if "b" in low:
            for m in _DOB_FIELD.finditer(low):
                if word_start(low, m.start()):
                    spans.append(Span(m.start(1), m.end(1), "DATE", self.name, 0.9))
        spans = [s for s in spans if not _EDITION.match(text, s.end)]  # 'VIS 8/6/21 ed.': a leaflet's edition
        for i, s in enumerate(spans):
            w = _SHORT_WEEKDAY_BEFORE.search(text, max(0, s.start - 8), s.start) if text[s.start].isdigit() else None
            if w:
                spans[i] = Span(w.start(), s.end, s.label, s.detector, s.score)
        starts = {s.start: s for s in spans}
        for w in weekdays:  # 'Sunday, March 1 2020': the weekday, its comma and the date are one date
            comma = _COMMA_AFTER.match(text, w.end)
            date = starts.get(comma.end()) if comma else None
            spans.append(Span(w.start, date.end, "DATE", self.name, date.score) if date else w)
        return spans

    def _ranges(self, text: str) -> list[Span]:
        """Both ends of a span of days ('3/2-3/9', '12TH-15TH'), each its own date."""
        spans = []
        for m in _DATE_RANGE.finditer(text):
            ends = [m.group(1), m.group(2)]
            slashed = [e.split("/") for e in ends if "/" in e]
            if not all(date_parts_valid(int(a), int(b)) for a, b in slashed):
                continue
            if _NOT_SHORT_DATE.search(text, max(0, m.start() - 40), m.start()) or _SCORE_AFTER.match(text, m.end()):
                continue  # 'STRENGTH 3/5-4/5', '2/5-3/5 LOWERS': grades
            cued = _DATE_CUE.search(text, max(0, m.start() - 30), m.start())
            grades = len(slashed) == 2 and slashed[0][1] == slashed[1][1] and int(slashed[0][1]) <= 10
            if not cued and (len(slashed) < 2 or grades):
                continue
            spans += [Span(m.start(g), m.end(g), "DATE", self.name, 0.6) for g in (1, 2)]
        return spans


# --------------------------------------------------------------------------- ages

_AGE_ANY = [  # on ascii_lower(text); the number is group 1
    # '58 YO', '31 y/o', 'a 38-year-old', '69 years old', '45 years of age'
    re.compile(r"(?<![\d.,/])(\d{1,3})[ \t]*-?[ \t]*(?:y/?o\b|y\.o\.|yr-old|year-old|(?:years?|yrs?)[ \t-]*(?:old\b|of[ \t]+age\b))"),
    # 'age 91', 'aged 45', 'at the age of 61', 'age: 70'
    re.compile(r"\b(?:age|aged)\b[ \t]*(?:of|is|was|:)?[ \t]*(\d{1,3})\b(?![.,]?\d|[ \t]*(?:%|mg|kg|cm|mm))"),
    # '102 F WITH HX CHF', 'ADMIT NOTE: 91 M FROM': an age before the sex at the start of a
    # sentence, after 'is a' or 'pt'; never after a temperature word ('TMAX 102 F' has neither)
    re.compile(
        r"(?:\A|(?<=[\n:.;,])|(?<=\bis[ \t]a[ \t])|(?<=\bis[ \t])|(?<=\bpt[ \t]))[ \t]*(\d{1,3})[ \t]*"
        r"(?:m|f|male|female|man|woman|boy|girl)\b(?![./]?\d)"
    ),
    # 'Goals of care: At 94 the patient and her proxy', '. At 91, she still drives': an age opening a sentence
    # about the patient (not a reading: 'sats at 92 the patient was comfortable')
    re.compile(r"(?:\A|(?<=[\n:.;]))[ \t]*at[ \t]+(\d{2,3}),?[ \t]+(?:the[ \t]+patient|she|he)\b(?![ \t]*['’]s)"),
    # 'RUIZ,KEISHA  103M  MRN ...': the age glued to the sex in a header's column
    re.compile(r"(?:(?<=[ ]{2})|(?<=\t))(\d{2,3})[mf](?=[ \t]{2,}|[ \t]*\n|[ \t]+(?:mrn|dob|pt|sex)\b)"),
    # and after the record number in a case list's row: 'Ruiz, Ana  MRN 12345678  93 F  - ...'
    re.compile(r"\bmrn[ \t]*[:\#]?[ \t]*[a-z]{0,3}\d{5,10}[ \t]+(\d{2,3})[ ]?[mf]\b"),
]
# 'HIS MOTHER IS 100 AND', 'PT IS 93': a person 'is' a number that is no measurement (counted over 89 only)
_AGE_IS = re.compile(
    r"\b(?:pt|patient|he|she|wife|husband|mother|father|mom|dad|sister|brother|aunt|uncle|grandmother|grandfather"
    r"|spouse|friend|neighbou?r|who|resident|client)(?:['’]s)?"
    # a relative's name between ('great-grandmother Ada Roe is 97'), and an age reached ('lived to 94')
    r"(?:[ \t]+(?!is\b|was\b)[a-z][\w'’-]*){0,3}:?"
    r"[ \t]+(?:is|was|turned|turns|lived[ \t]+(?:to|until))[ \t]+(?:now[ \t]+|age[ \t]+)?(9\d|1[0-2]\d)\b"
    r"(?![.,]?\d|[ \t]*(?:%|/|kg|lbs?|mg|cm|mm|ml|cc|kilos?|pounds|percent|degrees|points|beats|bpm|min|hours?|hrs?|days?"
    r"|weeks?|minutes?|pills|units|over|on|f\b|c\b|deg))"
)
# 'Maternal grandmother Ana Ruiz, 97, colon ca': a pedigree's relative, name, then the age between commas
_KIN = r"mother|father|aunt|uncle|sister|brother|cousin|son|daughter"
_AGE_RELATIVE = re.compile(
    rf"\b(?:grand)?(?:{_KIN})[ \t]+"
    r"(?:[^\W\d_][\w'’-]*[ \t]+){0,3}[^\W\d_][\w'’-]*[ \t]*,[ \t]*(\d{1,3})[ \t]*[,;]"
    # the age at death ('grandfather d. 91'), and the age cell after a relative's cell ('| grandmother | 92 |')
    rf"|\b(?:grand)?(?:{_KIN}|spouse|wife|husband)[ \t]+"
    r"(?:d\.|died[ \t]+at)[ \t]*(\d{2,3})\b(?![.,]?\d)"
    rf"|\b(?:grand)?(?:{_KIN}|spouse|wife|husband)[ \t]*\|"
    r"[ \t]*(\d{2,3})[ \t]*\|"
)
# '95 years', '101 yrs': a duration as often as an age, so only counted when it is over 89
_AGE_OLD = re.compile(r"(?<![\d.,/])(9\d|1[0-2]\d)[ \t]*-?[ \t]*(?:yrs?\b|years?\b)")


class AgeDetector(Detector):
    """Ages: '92 YO', 'age 91', '93-year-old', '95 years old', '102 F WITH'. Span is the number.

    Only ages of at least ``min_age`` are reported (default 90: HIPAA Safe Harbor keeps younger
    ages); :class:`~edgebatch.redaction.redactor.Redactor` applies the ``ages`` policy.
    """

    name = "age"
    entities = ("AGE",)

    def __init__(self, min_age: int = 90) -> None:
        self.min_age = min_age

    def detect(self, text: str) -> list[Span]:
        low = ascii_lower(text)
        spans = []
        for pattern in (*_AGE_ANY, _AGE_OLD, _AGE_IS, _AGE_RELATIVE):
            for m in pattern.finditer(low):
                g = first_group(m)
                value = int(m.group(g))
                if self.min_age <= value <= 125 and word_start(low, m.start(g)):
                    spans.append(Span(m.start(g), m.end(g), "AGE", self.name, 0.9))
        return spans


# --------------------------------------------------------------------------- addresses

_SUFFIX = (
    r"(?i:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|way|place|pl"
    r"|terrace|ter|circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|trl|alley|row|pike"
    r"|plaza|crescent|close|walk|turnpike|tpke|expressway|freeway|str"
    # British, Irish and Australian street names: '12 Elm Parade', '4 Kiln Lawn', '9 Mill Wynd'
    r"|parade|lawns?|rise|wynd|esplanade|promenade|quay|brae"
    # more USPS street suffixes (words that are also clinical terms, such as port, loop, branch, are left out)
    r"|gateway|rapids|crossroads?|prairie|coves?|harbou?rs?|radial|bypass|route|pass|hills?|parks?|courts"
    r"|heights|meadows?|ridges?|springs?|village|vista|crest|glens?|groves?|hollow|junction|landing|manor"
    r"|mills?|orchard|pines|shoals?|shores?|summit|valleys?|villa|estates|gardens?|haven|islands?|knolls?"
    r"|lakes?|motorway|oval|overpass|ranch|skyway|stravenue|streams?|throughway|trafficway|tunnel"
    r"|underpass|viaduct|ville|ferry|brooks?|bluffs?|canyon|causeway|cliffs?|creek|crossing|dale|falls"
    r"|inlet|isle|lodge|mews|plains?|points|rivers?|streets|avenues|roads|drives|lanes|squares|terraces"
    r"|trails|walks|ways|union|unions"
    r"|(?-i:Point|POINT|Loop))"  # '7 Lighthouse Point', '9 Elm Loop'; capitalised only ('4 point restraints',
    # 'trigger point', 'loop recorder')
)
_UNIT = (
    r"(?:(?i:apt|apartment|suite|ste|unit|room|rm|fl|floor|bldg|building|\#)\.?[ \t]*\#?[ \t]*[A-Za-z]?\d+[A-Za-z]?\b"
    r"|\d{1,2}(?i:st|nd|rd|th)[ \t]+(?i:floor|fl\b\.?))"  # '2nd floor'
)
_STREET = (
    r"\d(?<![\w/.:-]\d)\d{0,5}[A-Za-z]?[ \t]+(?:(?i:[NSEW]\.?|north|south|east|west)[ \t]+)?"
    # nor a duration or distance: '~1 HR DRIVE', '20 min walk', '2 MILE WALK'
    r"(?:(?!(?i:by|the|and|of|in|at|to|on|for|with|from|or|is|was|per|x"
    r"|hrs?|hours?|mins?|minutes?|days?|weeks?|miles?|mi|km|blocks?)\b)"
    # 'St. John Street': a saint's abbreviation may open the street's name
    r"(?:(?:St|Ste|Mt|Ft)\.|[A-Z][A-Za-z'-]*|\d{1,3}(?i:st|nd|rd|th))[ \t]+){1,4}" + _SUFFIX + r"\b\.?"
    r"(?:[ \t]+(?i:[NSEW]\.?|north|south|east|west|NE|NW|SE|SW)\b\.?)?"
    r"(?:,?[ \t]*" + _UNIT + r")?"
    r"(?:,?[ \t]+(?:[A-Z][A-Za-z.'-]*[ \t]+){0,3}[A-Z][A-Za-z.'-]*,?[ \t]+(?:" + _STATES + r")\b\.?)?"
)
_PARTICLE = r"(?:de|del|della|dei|degli|da|do|dos|das|du|des|la|le|les|el|al|di|van|von)[ \t]+"
_PREFIXED = (
    r"(?<![\w.])(?:Rue|RUE|Avenue|Av\.|Avda\.?|Avenida|Calle|Carrer|Via|Viale|Piazza|Corso|Rua|Praça|Largo|Travessa"
    r"|Strada|Chemin|Allée|Boulevard|Quai|Place|Impasse|Ulica|ul\.|Aleja|al\.|Trg|Leoforos|Odos|Λεωφόρος|Οδός)[ \t]+"
    r"(?:" + _PARTICLE + r")*[^\W\d_a-z][\w'’.-]*(?:[ \t]+(?:" + _PARTICLE + r")?[^\W\d_a-z][\w'’.-]*){0,4}"
)
_ADDRESS_RULES = [
    (re.compile(_STREET), 0.85, 0),
    # numbered roads: '2709 Route 9', '45 State Hwy 128', '12 US Route 1A, 2nd floor'
    (re.compile(r"\b\d{1,5}[ \t]+(?:(?i:state|county|us|u\.s\.|old)[ \t]+)?(?i:route|rte\.?|highway|hwy\.?)"
                r"[ \t]+\d{1,4}[A-Za-z]?\b(?:,?[ \t]*" + _UNIT + r")?"), 0.8, 0),
    (re.compile(r"[AaSs](?<!\w[AaSs])(?i:pt|partment|uite|te)\.?[ \t]*\#?[ \t]*[A-Za-z]?\d+[A-Za-z]?\b"), 0.8, 0),
    (re.compile(r"[Pp](?<!\w[Pp])(?i:\.?[ \t]?o\.?[ \t]*box|ost[ \t]+office[ \t]+box)[ \t]*\#?[ \t]*\d+\b"), 0.85, 0),
    # US military mail: 'PSC 1234, Box 5678', 'Unit 4719 Box 7394 / DPO AP 70942', 'USNS Mercy / FPO AA 85844'
    (re.compile(r"\b(?:PSC|CMR|(?i:unit))[ \t]+\d+,?[ \t]+(?i:box)[ \t]+\d+(?:[ \t]*\n?[ \t]*(?i:apo|fpo|dpo)[ \t]+(?i:a[aep])[ \t]+\d{5})?"), 0.85, 0),
    (re.compile(r"\b(?i:usns|usnv|uss|uscgc)[ \t]+[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?[ \t]*,?[ \t]*\n?[ \t]*(?i:fpo|apo|dpo)[ \t]+(?i:a[aep])[ \t]+\d{5}"), 0.85, 0),
    # 'the corner of Csabai kapu 39. and Mathias Pass': both streets, whatever their form
    (re.compile(r"(?i:\b(?:the[ \t]+)?corner[ \t]+of[ \t]+)[^\n,;]{3,60}?[ \t]+(?i:and|&)[ \t]+(?:\d+[ \t]+)?[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3}"), 0.8, 0),
    # European prefixes before the street name, with a house number before or after it:
    # '62 Rue Gafsa', 'Calle Mayor 5', 'Via dei Fiorentini 17'
    (re.compile(r"\b\d{1,5}[A-Za-z]?,?[ \t]+" + _PREFIXED + r"(?:,?[ \t]+\d{1,5}[A-Za-z]?\b)?|" + _PREFIXED + r",?[ \t]+\d{1,5}[A-Za-z]?\b"), 0.75, 0),
    # French lower-case prefixes after the number: '18 rue des Tanneurs', '5 avenue Jean Jaurès'
    (re.compile(r"\b\d{1,5}(?:[ \t]?(?:bis|ter))?,?[ \t]+(?:rue|avenue|boulevard|bd|chemin|allée|impasse|quai|place|route)[ \t]+"
                r"(?:" + _PARTICLE + r")*[^\W\d_a-z][\w'’.-]*(?:[ \t]+(?:" + _PARTICLE + r")?[^\W\d_a-z][\w'’.-]*){0,3}"), 0.75, 0),
]


class AddressDetector(RegexDetector):
    """Street addresses ('123 Main Street', '45 OAK AVE, Apt 4B, Towson, MD'), units, PO boxes."""

    name = "address"
    label = "ADDRESS"

    def __init__(self) -> None:
        super().__init__(_ADDRESS_RULES)

    def detect(self, text: str) -> list[Span]:
        # lines typed in lower case ('lives at 114 highland rd') are read as upper case too
        return also_shouted(super().detect, text)


def default_pattern_detectors(min_age: int = 90) -> list[Detector]:
    """A fresh instance of every detector in this module (ages from ``min_age``)."""
    return [
        SSNDetector(), CardDetector(), IBANDetector(), PhoneDetector(), EmailDetector(),
        URLDetector(), IPDetector(), RecordNumberDetector(), ZipDetector(), DateDetector(),
        AgeDetector(min_age), AddressDetector(),
    ]
