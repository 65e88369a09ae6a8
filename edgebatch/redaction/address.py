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

from .base import Detector, Span, also_shouted
from .lexicon import EPONYMS, MEDICAL_TERMS, MONTH_ABBREVIATIONS, NOT_A_NAME, STOPWORDS

# bounded: an unbounded run made 'A.A.A…' quadratic; '∆' (U+2206) is a mis-coded Greek Δ
_CAP = r"[^\W\d_a-zß-ÿ][\w'’.\u2206-]{0,63}"
_STREET_WORD_LIST = (
    r"stra(?:ss|ß)e|gatan|gata|gate|gaten|gade|katu|kuja|tie|tien|polku|vej|veien|vegen|väg|vägen|weg|laan|straat"
    r"|(?-i:tee)|gracht|kade|steeg|plein|rua|via|calle|rue|u\.|utca|út|útja|tér|körút|kapu|rakpart|rkp\.?|sor|terrasse|plads"
    r"|torv|allé|gasse|platz|ring|damm|ufer|ulica|aleja|trg|ulice|náměstí|cesta|str\.?"
)
_STREET_WORDS = re.compile(r"(?i)(?:" + _STREET_WORD_LIST + r")(?!\w)")
_STREET_AFTER = re.compile(
    r"(?:\b\d{3,6}[ \t]+)?"  # a leading postcode or building number
    r"(?:\b(?:ul|al|pl|str)\.[ \t]*)?"  # Polish/German street prefixes: 'ul. Miła 53'
    r"(?<![\w])(" + _CAP + r"(?:[ \t]+(?:[a-zß-ÿ]{1,3}\.?|(?i:" + _STREET_WORD_LIST + r")(?!\w)|" + _CAP + r")){0,3})"
    r"[ \t]+\d{1,5}[A-Za-z]?\b(?![.,]?\d|[ \t]*(?:%|/|(?i:mg|mcg|ml|cc|kg|mm|cm|wks?|weeks?|days?|hrs?|hours?|units?"
    r"|ft|feet|m|meters?|metres?|yards?|steps|kcal|cal|bpm|mmhg|sec|seconds?"
    r"|g|lbs?|oz|yo|y/o|yrs?|years?)\b))"  # 'Tylenol max 3 g/day', 'Lifting 60 lb', 'Healthy 4 yo'
    # a count, grade, angle, time or phone is no house number: 'Ensure 1 can', 'DTRs 2+', 'Quad lag 10 deg',
    # 'Time out 08:50', 'RN Ana 1-781-555-0100'
    r"(?!-\d|[ \t]*(?:\+|['’\"]|:\d|(?i:cans?|tabs?|caps?|puffs?|sets?|reps?|deg|degrees|times|min|x[ \t]*\d"
    # a supplement's packets or scoops: 'Beneprotein 1 pkt BID', 'Juven 2 packets'
    r"|pkts?|packets?|scoops?|sachets?|bottles?)\b))\.?"
)
_NUMBERED_NOUNS = frozenset(
    "chapter version page room article section volume step level grade stage type class figure table bed "
    "day week month year top number no phase part unit apt suite floor route psalm act scene episode season "
    "series model size zone gate ward bay dose cycle week site hwy highway interstate"
    # numbered things of a hospital, a bill or a call, and titles: 'Rm 5214', 'Modifier 25', 'Dr. Lee 0240'
    " rm modifier meeting code lot cpt drg channel dr mr mrs ms"
    # a corrected age and a run of results: 'Corrected age 14 months', 'Glucoses 49, 66, 70'
    " age glucose glucoses".split()
)
#: lower-case words that end a phrase before a count or a time, never a street's name ('DAPT x 12', 'out 0600')
_GAP_INSIDE = re.compile(r"[ ]{3,}|\t")
_COUNT_WORDS = frozenset("x ext out off up down over approx rm room bed bay neg pos".split())
_UNIT = r"(?:(?i:suite|apt\.?|unit|floor|fl\.?|box)[ \t]*\d+[A-Za-z]?|\d{1,2}(?i:st|nd|rd|th)[ \t]+(?i:floor|fl\b\.?))"
# postcodes: digits ('64677', '4700-011'), Canadian 'V8R 1G4', British 'LS6 2QT'
_POSTCODE = r"(?:\d{3,6}(?:-\d{3,4})?|[A-Z]\d[A-Z][ \t-]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[A-Z]{2})"
# a town or country, a qualifier in brackets ('Cyprus (Greek)', 'ΑΣΚΕΙΑ (ΑΣΣΕΙΑ)'), a postcode
_TOWN = (
    _CAP + r"(?:[ \t]+(?:[a-zß-ÿ]{1,3}[ \t]+)?" + _CAP + r"){0,3}(?:[ \t]+\([^\W\d_][\w'’.\u2206 -]{0,30}\))?"
    r"(?:[ \t]+" + _POSTCODE + r")?"
)
# what may follow the last part of an address: punctuation, the end, or a word that opens the rest of the
# sentence ('... Tallinn, Estonia for this card', '..., PA 39551 in case of an issue')
_PART_END = (
    r"(?=[ \t]*(?:[,\n.?!;)]|\Z)|[ \t]+(?i:for|in|after|last|this|on|at|and|or|but|to|when|is|was|which|before"
    r"|since|until|if|it|i|we|please)\b)"
)
_CONTINUATION = re.compile(  # after a comma or a line break: a unit, a town or country (+ postcode), a code
    r"[ \t]*(?:\n[ \t>]*,|,[ \t]*\n?|\n)[ \t>]*"  # '>' quotes an e-mail's lines
    r"(" + _UNIT + r"|" + _TOWN + r"|[A-Z]{2}(?:[ \t]+" + _POSTCODE + r")?|\d{4,6}|\d{2,5}-\d{3,4}"
    # a lone postcode: '44310', '4700-011', '00-950'
    r"|[A-Z]\d[A-Z][ \t-]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[A-Z]{2}"
    r"|\d{1,2}(?=[ \t]*\n))"  # a numeric region code on its own line: ', 32'
    + _PART_END
)
_SAME_LINE = re.compile(  # after a space: a unit, or an upper-case town ('Suite 274 Ljubljana', '98 OULU')
    r"[ \t]+(" + _UNIT + r"|[^\W\d_a-zß-ÿ]{2,}(?:[ \t]+" + _CAP + r"){0,2}|" + _TOWN + r")" + _PART_END
)
_SAME_LINE_CLOSED = re.compile(_SAME_LINE.pattern[: -len(_PART_END)] + r"(?=[ \t]*(?:[,\n.?!;)]|\Z))")
_VERB_FORM = re.compile(r"(?i)(?:ing|ed)\Z")
_SENTENCE_INSIDE = re.compile(r"[^\W\d_]{3}\.[ \t]")
_REGION_CODE = re.compile(r"[A-Z]{2}(?:[ \t]+" + _POSTCODE + r")?")  # ', CO' or ', ON 82269' after a comma: a region code
#: lower-case words that may stand inside a street name ('Rua do Arenque', 'Via dei Fiorentini')
_PARTICLES = frozenset(
    "de del della dei degli da do dos das du des la le les el al di van von y e i z der den het ten ter op aan".split()
)
_UNIT_RE = re.compile(_UNIT)
_LEADING_NUMBER = re.compile(r"\d{1,6}[ \t]+\Z")
_SAINT_BEFORE = re.compile(r"(?<![\w.])(?:St|ST|Saint|SAINT|Ste|San|Santa|Sankt)\.?[ \t]+\Z")
_UNIT_BEFORE = re.compile(r"(?i:flat|apt\.?|apartment|suite|unit|room)[ \t]*\d+[A-Za-z]?[ \t]*,?[ \t]*\Z")


_TOWN_WORDS = r"[^\W\d_][\w'’.-]*(?:[ \t-]+[^\W\d_][\w'’.-]*){0,2}"
_POSTCODES = [
    # UK: 'Leeds LS6 2QT', 'Sheffield S10 5AB' (after a town, so 'C5 6MM' in a report is none)
    re.compile(r"(?<=[^\W\d_])[ \t]*,?[ \t]+([A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[ABD-HJLNP-UW-Z]{2})\b"),
    # Canada: 'Victoria, BC V8R 1G4'
    re.compile(r"\b(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)[ \t]+([A-Z]\d[A-Z][ \t-]?\d[A-Z]\d)\b"),
    # continental Europe: '67000 Strasbourg', '81371 MÜNCHEN' at the start of a line or after a comma
    re.compile(r"(?:^|(?<=\n)|(?<=,))[ \t]*(\d{4,5}[ \t]+" + _TOWN_WORDS + r")(?=[ \t]*(?:[,.\n]|\Z))"),
]
# 'HOME ADDRESS ON FILE: AM MÜHLBACH 7, 81371 MÜNCHEN.', 'Address:\n230 Igias Street': a field's value
_ADDRESS_FIELD = re.compile(
    r"(?i)(?<![\w-])(?:(?:home|postal|mailing|billing|street|permanent|current|patient)[ \t]+)?address"
    r"(?:[ \t]+on[ \t]+file)?[ \t]*:[ \t]*(?:\n[ \t]*)?([^\n]{3,100})"
)
_ZIP_END = re.compile(r"\b\d{5}(?:-\d{4})?\b(?=\.?[ \t]+[A-Z])")
_NOT_POSTAL = re.compile(r"(?i)(?:e-?mail|ip|web|mac|url)[ \t]*\Z")
# lab analytes written before their value ('Na 131, K 4.2'), which no street is called
_ANALYTES = frozenset(
    "na k cl co2 hco3 bun cr ca mg phos glu hgb hb hct plt wbc inr ptt ast alt alk tsh ldl hdl a1c"
    " pulse temp weight height bmi spo2 hr rr"
    # more bedside values and what a psychiatric note counts: 'Glucose 131.', 'Pplat 26', 'Slept 5 h', 'Ate 50%'
    " glucose lactate pplat pip fio2 peep map cvp uop slept ate"
    " crcl clcr egfr gfr".split()  # a renal dose check: 'CrCl 41.'
)
_NOT_TOWN = re.compile(r"(?i)\A(?:units?|mg|mcg|ml|cc|times|patients?|cases?|cells|copies|iu|u|x\d*)\b")
# a time opening a line of a timed log ('0318 UNRESPONSIVE, PULSELESS.'): no postcode before a town
_PERSON_FIRST = frozenset(
    "wife husband son daughter sister brother mother father mom dad spouse partner friend neighbor neighbour family"
    " dr dr. md rn np pa pt patient".split()
)
_LOG_TIME = re.compile(r"(?m)^[ \t]*(?:[01]\d|2[0-3])[0-5]\d\b")


class InternationalAddressDetector(Detector):
    """Street addresses with the house number after the street name, and postcodes with towns."""

    name = "address_intl"
    entities = ("ADDRESS",)

    def detect(self, text: str) -> list[Span]:
        return also_shouted(self._detect, text)

    def _detect(self, text: str) -> list[Span]:
        spans = []
        for m in _STREET_AFTER.finditer(text):
            start1 = _after_last_stopword(text, m.start(1), m.end(1))
            if start1 is None:
                continue  # 'Meet me at 5100': no street before the number
            words = text[start1:m.end(1)].split()
            if _GAP_INSIDE.search(text, start1, m.end(1)):
                continue  # 'MD, D.ABSM   March 25': a column gap inside, so the words are two fields, no street
            if any(w.endswith(".") and len(w) > 4 for w in words[:-1]):
                continue  # 'Foley. GCS 14': a sentence ended inside the words, so they name no street
            if len(words) == 1 and words[0].lower() in _ANALYTES:
                continue  # 'Na 131', 'Cr 1.9': a lab value
            if all(w.lower().strip(".") in NOT_A_NAME or w.lower().strip(".") in MEDICAL_TERMS for w in words):
                continue  # 'SATS 95', 'Braden 12'

            last = words[-1].lower().strip(".")
            if len(words) > 1 and last in ("code", "pin", "combo", "combination"):
                continue  # 'gate code 4471', 'lockbox code 1234': an entry code, not a house number
            street = _is_street(words)
            # 'Audiogram Jul 5': an abbreviated month makes the number a date, not a house number (a full month
            # name is left to the rule: 'flying in from Cork December 11' keeps its town that way)
            if not street and (last in MEDICAL_TERMS or last in EPONYMS or last in MONTH_ABBREVIATIONS):
                continue  # 'G4P2 mom. Apgars 8', 'CHA2DS2-VASc 3': a score, not a house number
            lead = text[m.start():m.start(1)] if start1 == m.start(1) else ""
            street = street or "." in lead  # 'ul. Miła 53'
            number = text[m.end(1):m.end()].strip().rstrip(".")
            if not street and re.fullmatch(r"(?:1[89]|20)?\d0[sS]", number):
                continue  # 'Musicians Of The 70s', 'Hits of the 1980s': a decade, not a house number
            if not street and (
                text[start1:m.end(1)].isupper() or len(words) > 3 or words[0].lower().rstrip(".") in _NUMBERED_NOUNS
                # 'Final DRG 291', 'Meeting ID 804': a code names the number; 'Foley out 0600', 'DAPT x 12',
                # 'CCC-SLP ext 3902': a street's name ends in a capitalised word or a street word
                or (len(words) > 1 and words[-1].isupper() and len(words[-1]) > 1)
                or words[-1] in _COUNT_WORDS or words[-1].lower().rstrip(".") in _NUMBERED_NOUNS
                or (len(words[-1]) == 1 and words[-1].islower())  # 'Ara h 2', 'Bet v 1': allergen components
                or (not lead and re.fullmatch(r"(?:19|20)\d\d", number) is not None)
            ):
                continue  # 'SATS 95', 'Musicians Of The 70s', 'Chapter 5', 'Founded in 1977'
            score = 0.75 if street else 0.5
            spans.append(Span(m.start() if start1 == m.start(1) else start1, m.end(), "ADDRESS", self.name, score))
        for m in _ADDRESS_FIELD.finditer(text):
            value = m.group(1).rstrip(" \t.;")
            zip_end = _ZIP_END.search(value)
            if zip_end:
                value = value[:zip_end.end()]  # 'Address: 12 Elm St, Lynn 01585. Landlord ...': the ZIP ends it
            if any(c.isdigit() for c in value) and "@" not in value and not _NOT_POSTAL.search(text, max(0, m.start() - 8), m.start()):
                spans.append(Span(m.start(1), m.start(1) + len(value), "ADDRESS", self.name, 0.7))
        log = len(_LOG_TIME.findall(text)) >= 3
        for k, pattern in enumerate(_POSTCODES):
            for m in pattern.finditer(text):
                if k == 2 and log and _LOG_TIME.match(text, m.start(1)):
                    continue  # a timed log's line: the number is a time, the words what happened
                if k == 2:
                    town = m.group(1).split(None, 1)[1]
                    if _NOT_TOWN.match(town) or town.lower() in NOT_A_NAME or town.split()[0].lower() in _PERSON_FIRST:
                        continue  # '1345 wife R. Ng arrived', '1430 DR B. Osei spoke': a time and who came, no town
                spans.append(Span(m.start(1), m.end(1), "ADDRESS", self.name, 0.6))
        return spans


# words that start a clause, never part of a town's name: 'ATTLEBORO WHEN BED AVAILABLE'
_CLAUSE_WORDS = frozenset(
    "when where while until unless if once with without for to at by from is was will would who which that "
    "and or but after before because per via on as than then pending".split()
)


def _first_stopword(text: str, start: int, end: int) -> int | None:
    """Where the first clause word of ``text[start:end]`` after its first word starts, if any."""
    for k, w in enumerate(re.finditer(r"[^\W\d_][\w'’.-]*", text[start:end])):
        if k and w.group().lower().rstrip(".") in _CLAUSE_WORDS:
            return start + w.start()
    return None


def _after_last_stopword(text: str, start: int, end: int) -> int | None:
    """Where the street name in ``text[start:end]`` begins: after its last lower-case stop
    word ('Factset in Bjert' -> 'Bjert'); None when nothing is left ('Meet me at').
    Street particles ('Rua do Arenque', 'Jiřího z Poděbrad') are no stop words here."""
    begin = start
    for w in re.finditer(r"\S+", text[start:end]):
        word = w.group()
        if word.islower() and word in STOPWORDS and word not in _PARTICLES:
            begin = start + w.end()
    while begin < end and text[begin].isspace():
        begin += 1
    return begin if begin < end else None


def _is_street(words: list[str]) -> bool:
    """A street word ends a word ('Koskikatu', 'Bundesstrasse'), is the last word before the
    number ('Trenerys gate 232') or a capitalised first word ('Rua do Arenque'): 'sent via
    Fedex 2' is no street."""
    for k, w in enumerate(words):
        m = _STREET_WORDS.search(w)
        if m is None:
            continue
        if m.start() > 0 or k == len(words) - 1 or (k == 0 and w[0].isupper()):
            return True
    return False


def extend_addresses(text: str, spans: list[Span], max_parts: int = 4) -> list[Span]:
    """``spans`` with each ADDRESS span stretched over the address lines that follow it."""
    out = []
    for s in spans:
        if s.label == "ADDRESS":
            start, end = s.start, s.end
            for _ in range(2):  # '99449 18 McPherson Road': a postcode or building number first
                lead = _LEADING_NUMBER.search(text, max(0, start - 8), start)
                if not lead or not (lead.start() == 0 or not text[lead.start() - 1].isalnum()):
                    break
                start = lead.start()
            saint = _SAINT_BEFORE.search(text, max(0, start - 8), start)
            if saint:
                start = saint.start()  # '1819 St. [John Street]'
                lead = _LEADING_NUMBER.search(text, max(0, start - 8), start)
                if lead and (lead.start() == 0 or not text[lead.start() - 1].isalnum()):
                    start = lead.start()
            unit = _UNIT_BEFORE.search(text, max(0, start - 16), start)
            if unit:
                start = unit.start()  # 'Flat 3, 27 Quarry Hill Road'
            after_unit = _UNIT_RE.search(text, start, end) is not None
            for _ in range(max_parts):
                m = _CONTINUATION.match(text, end)
                if m is None:
                    m = _SAME_LINE.match(text, end)
                    closed = _SAME_LINE_CLOSED.match(text, end) if m is not None else None
                    if m is not None and _VERB_FORM.search(m.group(1)) and not (closed and closed.end() == m.end()):
                        m = None  # '5 MM SPIRAL THICK SPIRAL CT SCANNING WAS ...': a verb, not a town
                    if m is not None and not (after_unit or _UNIT_RE.fullmatch(m.group(1)) or m.group(1).isupper()):
                        m = None
                    if m is not None and _SENTENCE_INSIDE.search(m.group(1)):
                        m = None  # '210 LARCH RD. BELTED DRIVER. WALKING': a sentence ended inside, no town
                if not m or (m.group(1).lower() in NOT_A_NAME
                             and not ("," in m.group() and _REGION_CODE.fullmatch(m.group(1)))):
                    break
                region = "," in m.group() and _REGION_CODE.fullmatch(m.group(1)) is not None  # ', AT 31295'
                if not region and (m.group(1).split()[0].lower() in _CLAUSE_WORDS or m.group(1)[:3].lower() == "in "):
                    break  # '114 HIGHLAND RD IN BROCKTON': the town after 'in' is a place of its own
                after_unit = _UNIT_RE.fullmatch(m.group(1)) is not None
                cut = _first_stopword(text, m.start(1), m.end(1))
                if cut is not None:
                    if cut > m.start(1):
                        end = text[:cut].rstrip().__len__()
                    break
                end = m.end()
            if (start, end) != (s.start, s.end):
                s = Span(start, end, s.label, s.detector, s.score)
            if "\n" in text[s.start:s.end] and ">" in text[s.start:s.end]:
                out.extend(_unquoted_lines(text, s))
                continue
        out.append(s)
    return out


_QUOTED_BREAK = re.compile(r"[ \t]*\n[ \t>]*")


def _unquoted_lines(text: str, span: Span) -> list[Span]:
    """``span`` cut at its line breaks, leaving out the '>' that quote an e-mail's lines."""
    parts, start = [], span.start
    for m in _QUOTED_BREAK.finditer(text, span.start, span.end):
        if m.start() > start:
            parts.append(Span(start, m.start(), span.label, span.detector, span.score))
        start = m.end()
    if span.end > start:
        parts.append(Span(start, span.end, span.label, span.detector, span.score))
    return parts
