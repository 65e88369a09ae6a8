"""Detectors that rely on a cue next to the value, not on its format alone.

* ``AGE``: ages in forms the age patterns miss ('turned 95', "I'm 91", "I'll turn 23"), from
  ``min_age`` on (default 90, HIPAA Safe Harbor, as :class:`~edgebatch.redaction.patterns.AgeDetector`);
* ``DATE``: a bare year after 'in', 'during', 'since', ... ('founded in 1977') and weekdays;
* ``PHONE``: international numbers the ``phonenumbers`` parser does not know without a region
  ('0688 872 49 99', '+447700 921 916', '(37) 788-063') when a cue such as 'phone', 'fax',
  'office', 'messages to' is next to them or they start with '+';
* ``LOCATION``: a word in upper case inside mixed-case prose after 'to', 'in', 'from'
  ('flew to STAXROITH') and words in another script than the sentence ('ΛΕΥΚΩΣΙΑ').
"""

from __future__ import annotations

import re

from .base import Detector, Span, also_shouted, first_group
from .lexicon import ALL_FIRST_NAMES, MEDICAL_TERMS, NOT_A_NAME, STATE_CODES

_AGE = re.compile(
    r"(?i)\b(\d{1,3})(?=[ -]*(?:years?|yrs?|y)[ -]*(?:old|/o|o\b)|[ -]*(?:yo|y\.o\.)\b)"
    r"|(?i:\b(?:turned|turn|turning|turns|aged?|i'm|i am|he's|she's|he is|she is"
    r"|he was|she was|i was)[ \t]+)(\d{1,3})\b(?![.,]?\d|[ \t]*(?:%|kg|lb|mg|cm|am|pm|:|(?i:feet|foot|ft|inch|in|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|times|miles?|km|degrees|percent|o'clock|of|x)\b))"
)
# what every _YEAR match holds: most notes have no year, and a scan for these digits is far cheaper than _YEAR's
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_YEAR = re.compile(
    r"(?i:\b(?:in|during|since|of|from|until|by|year|circa|graduated|graduating)[ \t]+)((?:19|20)\d\d)\b(?![-/]\d)"
    # a form's field: 'With employer since: 2003'
    r"|(?i:\bsince[ \t]*:[ \t]*)((?:19|20)\d\d)\b(?![-/.]\d|[ \t]*(?i:mg|mcg|ml|units?|kcal|%))"
    r"|(?i:\b(?:a|an|the|its|his|her|their|our|my)[ \t]+)((?:19|20)\d\d)(?=[ \t]+[A-Za-z])"  # 'a 2017 Polish film'
    # the year of a clinical event, as i2b2-style notes write it ('dx 2062', 'quit 2003', 'MRI 2023:',
    # 'pacemaker placed 2020', 'prior TIA 2023', 'Year of birth: 1971'); never before a unit ('echo 2000 mL')
    r"|(?i:\b(?:dx|diagnosed|admit(?:ted)?|hospitali[sz]ed|placed|implanted|inserted|mri|ct|pet|echo|egd"
    r"|eeg|emg|ekg|ecg|cath|pfts?"  # 'Prior EEG 2013 not available
    r"|colonoscopy|mammogram|biopsy|surgery|tia|cva|stroke|mi|ulcer|stone|overdose|attempt"
    # and procedures, results and treatments: 'hip arthroplasty 2016', 'CABG x3 (2000)', 'cataract surgery OU
    # 2007', 'L4-5 fusion 2018', 'West Nile negative 2011', 'Lyme disease 2010', 'radiation cystitis tx 2019'
    r"|arthroplasty|replacement|fusion|repair|transplant|cabg|pci|stent|ablation|disease|negative|positive"
    r"|tx|treated|cycle[ \t]+abroad"
    # a line or device, an eponymous operation, and what was done or weighed then: 'Hickman line 2013, removed',
    # 'Whipple 1991 for IPMN', 'a Whipple was discussed 2001 but never done'
    r"|line|port|picc|pacemaker|ppm|aicd|icd|shunt|graft|whipple|nissen|hartmann'?s?|billroth|fontan|bentall"
    r"|removed|discussed|performed|done|completed|declined|offered|recommended|considered|found"
    # an operation in a history list: 'AAA REPAIR 2001', 'R TKA 2015', 'lap chole 1999', 'CABG 2010'
    r"|resection|tka|tha|orif|chole|appy|[a-z]+(?:ectomy|plasty|otomy|ostomy)"
    # an endoscopy, a fracture or a palsy in a history: 'R knee arthroscopy 2003', 'L ANKLE FX 1998', 'Erb's
    # palsy 2001', 'menarche in the fall of last year (1999)'
    r"|[a-z]+scopy|fx|fracture|palsy|(?:last|this|that)[ \t]+year"
    # an earlier delivery and a relative's death in an obstetric or family history: 'prior cesarean (2019, ...)',
    # 'PRIOR C/S 2019, UNCOMPLICATED', 'maternal aunt: ovarian cancer, died 2004 in ...'
    r"|cesarean|caesarean|c/s|c-section|vbac|svd|nsvd|miscarriage|stillbirth|died|deceased"
    # a habit given up in a social history: 'Quit smoking 1983', 'stopped drinking 1979', 'QUIT TOBACCO 2021'
    r"|(?:quit|stopped)(?:[ \t]+(?:smoking|tobacco|tob|cigarettes|cigs|drinking|alcohol|etoh))?"
    r"|retired"  # a social history's year of retirement: 'former teacher, retired 2012'
    r"|year[ \t]+of[ \t]+birth|yob|born)(?:[ \t]+x[ \t]?\d)?(?:[ \t]+(?:ou|od|os|l|r|left|right|bilat(?:eral)?))?"
    r"(?:[ \t]*:?[ \t]+|[ \t]*\())((?:19|20)\d\d)\b"
    r"(?![-/.,]?\d|[ \t]*(?i:mg|mcg|ml|cc|g|kg|kcal|cal|units?|u|iu|ms|%|cells|copies|cfu|ng|pg)\b|[ \t]*/)"
    # the year of an earlier document or stay a note refers to: 'renal Dr. Ruiz 2019 note reviewed', 'her 2018 admission'
    r"|(?<![\w/.-])((?:19|20)\d\d)(?=[ \t]+(?i:note|notes|letter|admission|hospitali[sz]ation|consult)\b)"
)
# a history line ('PMH: gout 2009, CAD s/p CABG 2004', 'PSH: TURP 1989.'): a year that closes an item after
# a word, and the year closing a diagnosis ('dx follicular lymphoma stage II 2003, relapse Mar 2')
# (also the rest of a line after 'HX' inside it, with the year in brackets: 'DX: SEPSIS, HX CHF, DEMENTIA (2013).')
# and the dashed items under a history heading, blank lines between them allowed, as a discharge summary lists
# them: 'Past Medical History:\n- CHF\n\n- Colon cancer 1987, s/p resection'
_HISTORY_LINE = re.compile(r"(?im)^[ \t]*(?:pmh|psh|pmhx|pshx|hx|past[ \t]+(?:medical|surgical)[ \t]+history"
                           r"|medical[ \t]+history|surgical[ \t]+history)[ \t]*:[^\n]*"
                           r"(?:\n[ \t]*(?:[-*•][ \t][^\n]*)?)*"
                           r"|(?<=[ \t,;])hx[ \t]+[^\n]*")
_HISTORY_YEAR = re.compile(
    r"(?<=[A-Za-z)])(?<![ \t]al)[ \t]+(?:((?:19|20)\d\d)(?=[ \t]*(?:[,.;)]|\n|\Z))|\(((?:19|20)\d\d)\))"
)
# more years by their cue: a year alone in brackets ('T1DM since childhood (2001)'), a service's years ('served 2001-
# 2009'), a deployment's year ('deployed to Elm 1991', 'DEPLOYED X2 (ELM 2004)') and an earlier treatment's ('Prior
# treatment at Elm Ranch 2019.')
_YEAR_MORE = re.compile(
    r"\(((?:19|20)\d\d)\)"
    r"|\b(?i:served)[ \t]+(?:(?i:from|in)[ \t]+)?((?:19|20)\d\d)(?:[ \t]*(?:-|–|(?i:to))[ \t]*((?:19|20)\d\d))?\b"
    r"|\b(?i:deployed|deployment)\b[^\n.;]{0,30}?\b((?:19|20)\d\d)\b(?![ \t]*(?i:mg|ml|units?|kcal|hours|hrs|lb|kg))"
    r"|\b(?i:prior|previous|past)[ \t]+(?i:treatment|admission|rehab|detox|episode|stay)\b[^\n.;]{0,50}?\b"
    r"((?:19|20)\d\d)(?=[ \t]*[.;,)]|[ \t]*(?:\n|\Z))"
    # the years someone spent at a place, in brackets after its name: 'his time at Elm Hospital (1995-2002)'
    r"|(?<=[A-Za-z][ \t])\(((?:19|20)\d\d)[ \t]*[-–][ \t]*((?:19|20)\d\d)\)"
)
_CITATION_BEFORE = re.compile(
    r"(?:\bet[ \t]+al\.?|\b(?i:per|see|cf\.?)[ \t]+[A-Z][\w'’-]+(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w'’-]+)?)"
    r"[ \t]*,?[ \t]*\Z"
)
_STATES_ALT = "|".join(STATE_CODES)
_COMMA_CODE = re.compile(r",[ \t]*[A-Z]{2}\b")  # what every _TOWN_STATE_LINE match holds, found by its comma
# a letterhead's or an address block's town line, 'Elm Crossing, OR' (a line of its own), and a town and state after
# a preposition or a facility's name, 'visiting mother in Elm Ridge, WA - faxed', 'Oak Hospital, Elm Ridge, WA  (2019)'
# (not 'MD', 'PA', 'MA': a signature's 'Ana Ruiz, MD')
# the line above a town line: an organisation's name, capitalised words without digits, colons or commas
_LETTERHEAD_LINE = re.compile(
    r"(?:^|\n)[ \t]*[A-Z][\w'’&.-]*(?:[ \t]+(?:[A-Z][\w'’&.-]*|of|and|&|the)){1,6}[ \t]*\Z"
)
_TOWN_STATE_LINE = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Za-z'’.-]+(?:[ \t]+[A-Z][A-Za-z'’.-]+){0,2}),[ \t]*(?!MD|PA|MA)(" + _STATES_ALT
    + r")[ \t]*$"
    r"|\b(?:in|from|near|IN|FROM|NEAR|(?:Hospital|Center|Centre|Clinic|Health),)[ \t]+"
    r"([A-Z][a-z'’.-]+(?:[ \t]+[A-Z][a-z'’.-]+){0,2}),[ \t]*"
    # (what follows the state: a stop, a column gap, brackets or 'and': 'in Elm Falls, OR and admitted')
    r"(?!MD|PA|MA)(" + _STATES_ALT + r")(?=[ \t]*(?:[-–;:.,()]|\n|\Z)|[ \t]{2}|[ \t]+and\b)"
)
# a town named by what it is after a preposition: 'in Elm Springs', 'FROM OAK BAY', 'in Port Larch', 'near Mount
# Birch' (lower-case lines are read in capitals); a fort or a camp's town by its word: 'Fort Elm', 'FT. OAK'
_PLACE_WORD = (r"(?:Springs|Point|Bay|Falls|Crossing|Ridge|Harbor|Harbour|Valley|Creek|Heights|Hills|Beach|Lake"
               r"|Junction|Landing|Grove|Hollow|Village|Township)")
_PLACE_AFTER_PREP = re.compile(
    r"\b(?:in|from|near|to|IN|FROM|NEAR|TO)[ \t]+("
    r"(?:(?:Port|Mount|Lake|Fort)[ \t]+)?[A-Z][a-z]+[ \t]+" + _PLACE_WORD
    + r"|(?:(?:PORT|MOUNT|LAKE|FORT)[ \t]+)?[A-Z]{3,}[ \t]+" + _PLACE_WORD.upper()
    + r"|(?:Port|Mount|Lake|PORT|MOUNT|LAKE)[ \t]+(?:[A-Z][a-z]+|[A-Z]{3,}))\b"
    r"|(?<![\w-])((?:Fort|FORT|Ft\.|FT\.)[ \t]+(?:[A-Z][a-z]+|[A-Z]{3,}))\b"
)
# the year of an earlier procedure or problem: 'Foley out after TURP 2020.', 'Prior SCC R ear 2019, also Mohs', 'Prior
# RT: L breast tangents 2011 (outside)' (a few words between the cue and the year that closes the item)
_AFTER_YEAR = re.compile(
    r"\b(?i:after|s/p|prior)[ \t]+(?:[A-Za-z][\w/+-]*:?[ \t]+){1,4}?((?:19|20)\d\d)(?=[ \t]*[,.;)(]|[ \t]*(?:\n|\Z))"
)
_DX_YEAR = re.compile(r"(?i:\bdx(?:[ \t]+[a-z][\w/-]*){1,5})[ \t]+((?:19|20)\d\d)(?=[ \t]*[,.;)])")
_DATE_HOUR = re.compile(r"(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|[12]\d|3[01])\1(?:\d{4}|\d{2})[ ]\d{1,2}")
# a month alone after 'since', 'in', 'until' ...: 'LOST 20 LB SINCE DECEMBER', 'since Nov.', 'BORN IN JANUARY'
# ('May' and 'Mar' stay: a verb and the medication administration record; 'May' only as 'in May', which no verb
# follows, in _MAY_ALONE: 'seen in May for a cough', 'weight in May)', 'SEEN IN MAY.')
_MONTH_ALONE = re.compile(
    r"(?i:\b(?:since|in|until|till|by|before|after|during|early|late|mid|last|next|this|from)[ \t]+)"
    r"((?i:january|february|april|june|july|august|september|october|november|december|march"
    r"|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\b)(?![ \t]*\d)"
)
_MAY_ALONE = re.compile(r"\b(?:in|IN|In)[ \t]+(May\b(?![ \t]*\d)|MAY(?=[ \t]*[,.;)]))")
# a month alone 'of last year': 'menarche November of last year', 'seen in clinic april of this year'
_MONTH_OF_YEAR = re.compile(
    r"\b((?i:january|february|april|june|july|august|september|october|november|december|march))"
    r"(?=[ \t]+(?i:of[ \t]+(?:last|this|next|the[ \t]+(?:previous|same))[ \t]+year)\b)"
)
# the first month of a range the year closes: 'March to June 2019', 'reporting period September through December 2021'
_MONTHS_FULL = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_MONTH_RANGE = re.compile(
    r"(?i)\b(" + _MONTHS_FULL + r")(?=[ \t]+(?:to|through|thru|until|till|-|–)[ \t]+" + _MONTHS_FULL
    + r",?[ \t]+(?:19|20)\d\d\b)"
)
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")  # prose only: not PHI alone
_PHONE = re.compile(r"(?<![\w+])(\+?\(?\d{1,4}\)?(?:[ .-]?\d{2,5}){2,5})(?![\w-]{0,64}\d)")  # bounded: digit runs were quadratic
# 'died at 94 of a stroke', 'passed away at 101': the age at death (then 'of' names the cause)
# (and a relative's age in a family history: 'mother alive at 99', 'father still living at 101')
_DIED_AT = re.compile(
    r"(?i:\b(?:died|passed[ \t]+away|death|living|alive)[ \t]+at[ \t]+(?:the[ \t]+age[ \t]+of[ \t]+)?)(\d{2,3})\b"
    r"(?![.,]?\d|[ \t]*(?:%|:|(?i:am|pm|hours?|hrs?|h|minutes?|mins?|weeks?|wks?|days?|months?|o'clock)\b))"
)
# dictated digit by digit: '0 7 7 0 0 9 0 0 1 2 3' (seven to fifteen single digits), with a phone cue
_PHONE_SPELLED = re.compile(r"(?<![\w+])\d(?:[ ]\d){6,14}(?![\w]|[ ]\d)")
# an age in brackets after a given name: 'visited Rose (98)', 'Mrs Ada Price (101)' (over 89 only: lab
# values in brackets follow test names, which the given-name list does not hold)
# or between commas after the name ('Participant: Ada Roe, 93, MRN ...')
_NAME_AGE = re.compile(r"\b([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?)(?:[ \t]+\((9\d|1[01]\d)\)|,[ \t]*(9\d|1[01]\d),)")
_NAME_PART = re.compile(r"[A-Za-z'’]+")
_PHONE_CUE = re.compile(r"(?i)(?:phone|tel|mobile|cell|fax|office|desk|home|work|call|messages? to|text|whatsapp|contact|number)")
#: upper-case letters of Latin-1 and Latin Extended-A/B ('ÅLESUND', 'MÖNSTERÅS', 'ŁÓDŹ')
_UP = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper())
_CAPS_PLACE = re.compile(
    r"(?:\b(?:to|in|from|at|near|where:?)[ \t]+)([" + _UP + r"][" + _UP + r"'-]{4,}(?:[ \t]+[" + _UP + r"]["
    + _UP + r"'-]{2,})?)(?![\w'-])"
)
# Greek and Cyrillic; '∆' (increment) and 'Ω' (ohm sign) are what legacy code pages make of Δ and Ω
_SCRIPT = "\u0370-\u03ff\u0400-\u04ff\u2206\u2126"
_OTHER_SCRIPT = re.compile(
    "[" + _SCRIPT + "]{3,}(?:[ \t]+\\(?[" + _SCRIPT + "]{2,}\\)?)*(?:[ \t]+\\([" + _SCRIPT + "]{2,}\\))?"
)


class CueDetector(Detector):
    """Ages, years, weekdays, international phones and upper-case places, found by their cues."""

    name = "cue"
    entities = ("AGE", "DATE", "PHONE", "LOCATION", "NAME")

    def __init__(self, min_age: int = 90) -> None:
        self.min_age = min_age

    def detect(self, text: str) -> list[Span]:
        spans = []
        for m in _AGE.finditer(text):
            g = 1 if m.group(1) else 2
            if self.min_age <= int(m.group(g)) <= 125:
                spans.append(Span(m.start(g), m.end(g), "AGE", self.name, 0.6))
        for m in _YEAR.finditer(text) if _YEAR_DIGITS.search(text) else ():
            g = first_group(m)
            spans.append(Span(m.start(g), m.end(g), "DATE", self.name, 0.5))
        low = text.lower()
        if "hx" in low or "history" in low or "pmh" in low or "psh" in low:
            for line in _HISTORY_LINE.finditer(text):
                spans += [Span(m.start(g), m.end(g), "DATE", self.name, 0.5)
                          for m in _HISTORY_YEAR.finditer(text, line.start(), line.end()) for g in (first_group(m),)]
        if _YEAR_DIGITS.search(text) and ("(19" in text or "(20" in text or "served" in low or "deploy" in low or (
                any(w in low for w in ("prior", "previous", "past"))
                and any(w in low for w in ("treatment", "admission", "rehab", "detox", "episode", "stay")))):
            for m in _YEAR_MORE.finditer(text):
                if m.group(1) and _CITATION_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                    continue  # 'per Ruiz et al (2016)': a citation's year
                spans += [Span(m.start(g), m.end(g), "DATE", self.name, 0.5) for g in range(1, 8) if m.group(g)]
        for m in _TOWN_STATE_LINE.finditer(text) if _COMMA_CODE.search(text) else ():
            town, state = (1, 2) if m.group(1) else (3, 4)
            if any(w.lower() in NOT_A_NAME or w.lower() in MEDICAL_TERMS or (w.isupper() and len(w) <= 4)
                   for w in m.group(town).split()):
                continue  # 'HTN, MI', 'Chest, CT': a problem list or a study, no town
            above = max(0, text.rfind("\n", 0, max(0, m.start() - 1)))
            if town == 1 and not _LETTERHEAD_LINE.search(text, above, max(0, m.start() - 1)):
                continue  # a town line only under the name line of a letterhead: not 'PMH\nAsthma, MS'
            spans.append(Span(m.start(town), m.end(town), "LOCATION", self.name, 0.55))
            spans.append(Span(m.start(state), m.end(state), "LOCATION", self.name, 0.55))
        if any(w in low for w in _PLACE_HINT):
            spans += also_shouted(_places, text)
        if "dx" in low:
            spans += [Span(m.start(1), m.end(1), "DATE", self.name, 0.5) for m in _DX_YEAR.finditer(text)]
        if ("after" in low or "prior" in low or "s/p" in low) and _YEAR_DIGITS.search(text):
            spans += [Span(m.start(1), m.end(1), "DATE", self.name, 0.5) for m in _AFTER_YEAR.finditer(text)]
        spans += [Span(m.start(), m.end(), "DATE", self.name, 0.5) for m in _WEEKDAY.finditer(text)]
        spans += [Span(m.start(1), m.end(1), "DATE", self.name, 0.5) for m in _MONTH_ALONE.finditer(text)]
        if "May" in text or "MAY" in text:
            spans += [Span(m.start(1), m.end(1), "DATE", self.name, 0.5) for m in _MAY_ALONE.finditer(text)]
        if _YEAR_DIGITS.search(text):
            spans += [Span(m.start(1), m.end(1), "DATE", self.name, 0.5) for m in _MONTH_RANGE.finditer(text)]
        if "year" in text or "YEAR" in text or "Year" in text:
            spans += [Span(m.start(1), m.end(1), "DATE", self.name, 0.5) for m in _MONTH_OF_YEAR.finditer(text)]
        for m in _DIED_AT.finditer(text):
            if self.min_age <= int(m.group(1)) <= 125:
                spans.append(Span(m.start(1), m.end(1), "AGE", self.name, 0.6))
        for m in _NAME_AGE.finditer(text):
            age = 2 if m.group(2) else 3
            if int(m.group(age)) < self.min_age:
                continue
            given = next((w for w in _NAME_PART.finditer(text, m.start(1), m.end(1))
                          if w.group().lower() in ALL_FIRST_NAMES and w.group().lower() not in NOT_A_NAME), None)
            if given:
                spans.append(Span(m.start(age), m.end(age), "AGE", self.name, 0.6))
                # the person, too: 'visited Rose (98)' (a word name such as Rose is then masked in that case only)
                spans.append(Span(given.start(), m.end(1), "NAME", self.name, 0.6))
        for m in _PHONE_SPELLED.finditer(text):
            if _PHONE_CUE.search(text, max(0, m.start() - 25), m.start()):
                spans.append(Span(m.start(), m.end(), "PHONE", self.name, 0.6))
        for m in _PHONE.finditer(text):
            digits = sum(c.isdigit() for c in m.group(1))
            if not 7 <= digits <= 15 or (_DATE_HOUR.fullmatch(m.group(1)) and text.startswith(":", m.end(1))):
                continue  # '12.02.2026 16:12': a date and the hour after it, no number to call
            cue = m.group(1).startswith("+") or _PHONE_CUE.search(text, max(0, m.start() - 25), min(len(text), m.end() + 10))
            if cue:
                spans.append(Span(m.start(1), m.end(1), "PHONE", self.name, 0.6))
        if not text.isupper():
            for m in _CAPS_PLACE.finditer(text):
                line = text[text.rfind("\n", 0, m.start()) + 1:text.find("\n", m.end()) if "\n" in text[m.end():] else len(text)]
                if line.isupper() or m.group(1).lower() in NOT_A_NAME or m.group(1).lower() in MEDICAL_TERMS:
                    continue
                spans.append(Span(m.start(1), m.end(1), "LOCATION", self.name, 0.5))
        if any(c.isascii() and c.isalpha() for c in text):
            spans += [Span(m.start(), m.end(), "LOCATION", self.name, 0.45) for m in _OTHER_SCRIPT.finditer(text)]
        return spans


_PLACE_HINT = ("fort", "ft.", "port", "mount", "lake", "springs", "point", "bay", "falls", "crossing", "ridge", "harbo",
               "valley", "creek", "heights", "hills", "beach", "junction", "landing", "grove", "hollow", "village",
               "township")
#: a capitalised place word or a town's first word, one of which every _PLACE_AFTER_PREP match holds
_PLACE_TRIGGERS = tuple(w for p in ("Fort", "Ft.", "Port", "Mount", "Lake", "Springs", "Point", "Bay", "Falls",
                                    "Crossing", "Ridge", "Harbo", "Valley", "Creek", "Heights", "Hills", "Beach",
                                    "Junction", "Landing", "Grove", "Hollow", "Village", "Township")
                        for w in (p, p.upper()))


def _places(text: str) -> list[Span]:
    """Towns by their place word after a preposition and forts by theirs (``_PLACE_AFTER_PREP``)."""
    spans: list[Span] = []
    if not any(w in text for w in _PLACE_TRIGGERS):
        return spans
    for m in _PLACE_AFTER_PREP.finditer(text):
        g = first_group(m)
        first = m.group(g).split()[0].lower()
        if first in NOT_A_NAME or first in MEDICAL_TERMS:
            continue
        spans.append(Span(m.start(g), m.end(g), "LOCATION", "cue", 0.55))
    return spans
