"""Rules that read what the detectors already found and mask what stands in relation to it.

* **affiliations**: the organisation of a found person ('Rościsław Dudek of Lexisnexis',
  'Hanne I. Kreutzmann from Can Capital', "Panjiva's Riku Andou");
* **coordinated names**: the other capitalised members of a pair or list that holds a found
  name ('Marrero and Murphy were', 'founders: Monjeau, Graves and Reed');
* **address blocks**: the lines right above an address in a letter, envelope or signature
  (name, job title, organisation: 'Gyala Antall / Google Public Data Explorer / 3369 24 Clarke
  Avenue'), whatever marks quote them ('> ', '??? '), and the house number that opens the
  address line ('2274 Via delle Coste 41').

Each function takes the text and the resolved spans and returns new spans; the caller resolves
overlaps. Nothing here looks at a word list of values: the evidence is the span next to it.
"""

from __future__ import annotations

import re

from .base import Span
from .lexicon import (
    ALL_FIRST_NAMES,
    ALL_SURNAMES,
    AMBIGUOUS,
    CITIES,
    DEPARTMENTS,
    DOCUMENT_WORDS,
    EPONYMS,
    FACILITY_WORDS,
    MEDICAL_TERMS,
    NOT_A_NAME,
    PLACES,
    REPORT_WORDS,
    STATE_CODES,
    STOPWORDS,
)

_NOT_NAMEISH = NOT_A_NAME | MEDICAL_TERMS | DEPARTMENTS
_GAZETTEER = ALL_FIRST_NAMES | ALL_SURNAMES
# beside a found name an eponym is a person too ('Marrero and Murphy'), unless a noun follows ('Whipple procedure')
_NOT_COORDINATED = STOPWORDS | REPORT_WORDS | MEDICAL_TERMS | DEPARTMENTS
# word endings of participles and drugs, no names: 'Farmer, Married', 'Diflucan, Acyclovir'
_NOT_NAME_END = re.compile(
    r"(?:ed|ing|ly|tion|vir|mab|nib|pril|olol|sartan|statin|azole|cillin|mycin|cycline|oxacin|prazole|dipine|tidine"
    r"|parin|afil|zepam|azine|oxetine|triptan|gliptin|lukast|done|phen|profen|caine)\Z"
)
_CONTRACTION = re.compile(r"['’](?:m|re|ve|ll|d|s|t)\Z")  # "I'm", "We'll"
_NOUN_NEXT = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?(?:sign|test|procedure|operation|disease|syndrome|score|scale|maneuver"
                        r"|manoeuvre|reflex|catheter|drain|tube|line|criteria|classification|fracture|'?s)\b")
# a capitalised word (letters of any script, inner hyphen or apostrophe): 'Weeks-Rivas', "O'Neil"
_CAP = r"[^\W\d_a-z][^\W\d_]*(?:['’-][^\W\d_]+)*"
_CONNECT = frozenset({"and", "&", "of", "the", "for"})
# 'of X', 'from X' after a person: an organisation of up to five capitalised words
_AFFILIATION_AFTER = re.compile(
    r"[ \t]+(?:of|from|at|with)[ \t]+(?:the[ \t]+)?(\d{1,3}[ \t]+)?(" + _CAP
    + r"(?:[ \t]+(?:(?:and|&|of|for)[ \t]+)?" + _CAP + r"){0,4})(?![\w'’-])"
)
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w'’.-])(" + _CAP + r"(?:[ \t]+" + _CAP + r"){0,2})['’]s[ \t]+\Z")
_AND = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)")
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])(" + _CAP + r")\Z")
_WORD_AFTER = re.compile(_CAP + r"(?![\w'’.-])")
_LINE_MARKS = re.compile(r"[ \t>?*#|•·-]*")
_TOKEN = re.compile(r"[^\W\d_][^\W\d_.'’-]*\.?|&")
_BLOCK_LINE_MAX = 6  # words in a name, title or organisation line
_ROLE_WORD = re.compile(
    r"(?i)(?:ist|ian|manager|director|consultant|nurse|officer|assistant|engineer|secretary|clerk|coordinator"
    r"|administrator|specialist|surgeon|therapist|practitioner|registrar|worker|cleaner|analyst|developer|designer"
    r"|accountant|lawyer|attorney|teacher|installer|operator|technician|inspector|adviser|advisor|planner|agent"
    r"|editor|writer|producer|scientist|architect|president|executive|buyer|chef|driver|mechanic|broker)\Z"
)
_CREDENTIALS = frozenset("md do rn np pa phd dds dmd mba cpa esq jr sr ii iii pharmd rph dpt psyd aud lpn cna".split())


def _words(text: str, start: int, end: int) -> list[str]:
    return [w.rstrip(".").lower() for w in _TOKEN.findall(text, start, end)]


def _covered(spans: list[Span], start: int, end: int) -> bool:
    return any(s.start <= start and end <= s.end for s in spans)


def _overlapped(spans: list[Span], start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in spans)


def affiliations(text: str, spans: list[Span]) -> list[Span]:
    """The organisation right after a found person ('X of Acme Corp', 'X from Can Capital',
    numbers first: 'X of 48 Factoring Inc') and the one in the possessive right before it
    ("Panjiva's Riku Andou"). A department or medical word alone is no organisation
    ('Dr. Kaplan of Cardiology')."""
    out = []
    for s in spans:
        if s.label != "NAME" or s.end - s.start < 2:
            continue
        if s.detector == "ner" and not any(w in _GAZETTEER for w in _words(text, s.start, s.end)):
            continue  # NER alone is no anchor: 'Dyssynergia of LUE FNF'
        m = _AFFILIATION_AFTER.match(text, s.end)
        if m:
            words = _words(text, m.start(2), m.end(2))
            while words and words[-1] in _CONNECT:
                words.pop()
            if words and not all(w in _NOT_NAMEISH or w in _CONNECT for w in words):
                start = m.start(1) if m.group(1) else m.start(2)
                out.append(Span(start, m.end(2), "ORGANIZATION", "relations", 0.6))
        b = _POSSESSIVE_BEFORE.search(text, max(0, s.start - 60), s.start)
        if b and not all(w in _NOT_NAMEISH for w in _words(text, b.start(1), b.end(1))):
            out.append(Span(b.start(1), b.end(1), "ORGANIZATION", "relations", 0.55))
    return out


_CAPS_TAIL = re.compile(r"[a-z][A-Z]{2,}\Z")  # 'NeuroIR', 'CardioMEMS': a service or device, not 'McDonald'


def _coordinated_ok(text: str, start: int, end: int) -> bool:
    if _CAPS_TAIL.search(text, start, end):
        return False
    low = text[start:end].lower()
    if low in _NOT_COORDINATED or low in _CREDENTIALS or _CONTRACTION.search(low) or _NOT_NAME_END.search(low):
        return False
    return low not in EPONYMS or _NOUN_NEXT.match(text, end) is None


def coordinated_names(text: str, spans: list[Span]) -> list[Span]:
    """Single capitalised words joined by 'and', '&' or a comma to a found one-word name:
    'Marrero and Murphy', 'Monjeau, Graves and Reed' (mixed-case text only; stop, report and
    medical words are never taken)."""
    out: list[Span] = []
    # NER alone is no anchor: it calls 'Discipline' a name ('words like Wisdom and Discipline')
    names = [s for s in spans if s.label == "NAME" and " " not in text[s.start:s.end]
             and (s.detector != "ner" or text[s.start:s.end].lower() in _GAZETTEER)]
    for s in names:
        if text.isupper():
            continue  # ALL CAPS notes: every word is capitalised, a list says nothing
        chain: list[Span] = []
        # forwards: 'Marrero and [Murphy]', 'X, [Y] and [Z]'
        pos = s.end
        for _ in range(4):
            g = _AND.match(text, pos)
            if not g:
                break
            w = _WORD_AFTER.match(text, g.end())
            if not w or w.group().isupper() or not _coordinated_ok(text, w.start(), w.end()):
                break
            if not _overlapped(spans, w.start(), w.end()):
                chain.append(Span(w.start(), w.end(), "NAME", "relations", 0.55))
            pos = w.end()
        if _NOUN_NEXT.match(text, pos):
            continue  # 'Wolff, Parkinson and White syndrome': a disease named after people
        # backwards: '[Torpy] and Salinas', '[Monjeau], [Graves] and Reed'
        pos = s.start
        for _ in range(4):
            g = _LIST_GAP_BEFORE.search(text, max(0, pos - 8), pos)
            if not g:
                break
            before_end = g.start()
            w = _WORD_BEFORE.search(text, max(0, before_end - 40), before_end)
            if not w or w.group(1).isupper() or not _coordinated_ok(text, w.start(1), w.end(1)):
                break
            if not _overlapped(spans, w.start(1), w.end(1)):
                chain.append(Span(w.start(1), w.end(1), "NAME", "relations", 0.55))
            pos = w.start(1)
        out.extend(chain)
    return out


_ORG_ITEM = re.compile(r"(?:[A-Z]\.?[ \t]+)?" + _CAP + r"(?:[ \t]+" + _CAP + r"){0,2}(?![\w'’.-])")
_ORG_ITEM_BEFORE = re.compile(r"(?<![\w'’.-])((?:[A-Z]\.?[ \t]+)?" + _CAP + r"(?:[ \t]+" + _CAP + r"){0,2})\Z")
_LIST_GAP_BEFORE = re.compile(r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)\Z")


# what continues an organisation's name: a firm's legal form after a comma ('Elm & Oak, P.C.'), a store
# or site number ('Walgreens #4471', 'Fulfillment Center XY4'), a practice inside a hospital ('Clinic at [Org]')
_ORG_FORM_AFTER = re.compile(r",[ ]?(?:P\.C\.|P\.A\.|PLLC\b|LLP\b|LLC\b|L\.L\.P\.|Inc\.?|Ltd\.?)")
_ORG_SITE_AFTER = re.compile(r"[ ](?:\#[ ]?\d{2,6}|[A-Z]{2,4}\d{1,4})(?![\w/.-]|\.\d)")
_ORG_AT = re.compile(r"[ \t]+(?:at|AT)[ \t]+")
# the street a found store or practice is on, named without a number: 'Larch Drugs on Pine St', 'the clinic on oak street'
_ORG_ON_STREET = re.compile(
    r"[ \t]+(?:on|ON)[ \t]+((?:[A-Za-z][a-z'’]+|[A-Z][A-Z'’]+)"
    r"(?:[ \t]+(?:[A-Za-z][a-z'’]+|[A-Z][A-Z'’]+))?[ \t]+"
    r"(?i:st|street|ave|avenue|rd|road|blvd|boulevard|ln|lane|sq|square|pike|hwy|highway|pkwy|parkway))(?![\w'’-])"
)


def organization_tails(text: str, spans: list[Span]) -> list[Span]:
    """Found organisations continued by ``_ORG_FORM_AFTER``, ``_ORG_SITE_AFTER`` or ' at ' and another found
    organisation ('Ryan Clinic at Elm Hospital' is one name)."""
    out: list[Span] = []
    orgs = {s.start: s for s in spans if s.label == "ORGANIZATION"}
    for s in spans:
        if s.label != "ORGANIZATION":
            continue
        tail = _ORG_FORM_AFTER.match(text, s.end) or _ORG_SITE_AFTER.match(text, s.end)
        if tail:
            out.append(Span(s.start, tail.end(), "ORGANIZATION", "relations", s.score))
        street = _ORG_ON_STREET.match(text, s.end)
        if street:
            out.append(Span(street.start(1), street.end(1), "ADDRESS", "relations", 0.55))
        at = _ORG_AT.match(text, s.end)
        if at and at.end() in orgs and s.detector != "ner":
            out.append(Span(s.start, orgs[at.end()].end, "ORGANIZATION", "relations", s.score))
    return out


def coordinated_organizations(text: str, spans: list[Span]) -> list[Span]:
    """Capitalised names of one to three words listed with a found organisation: 'Ranku, [Biovia and
    Miller Ltd.]', 'Demystdata, Reed Elsevier and [T Rowe Price]' (each item no stop, report or
    medical word)."""
    out: list[Span] = []
    orgs = [s for s in spans if s.label == "ORGANIZATION" and s.detector != "ner"]  # NER: 'Kids & Family' genres
    for s in orgs:
        pos = s.end
        for _ in range(4):
            g = _AND.match(text, pos)
            w = _ORG_ITEM.match(text, g.end()) if g else None
            if not w or not _org_item_ok(text, w.start(), w.end()):
                break
            if not _covered(spans, w.start(), w.end()):
                out.append(Span(w.start(), w.end(), "ORGANIZATION", "relations", 0.55))
            pos = w.end()
        pos = s.start
        for _ in range(4):
            g = _LIST_GAP_BEFORE.search(text, max(0, pos - 8), pos)
            w = _ORG_ITEM_BEFORE.search(text, max(0, g.start() - 60), g.start()) if g else None
            if not w or not _org_item_ok(text, w.start(1), w.end(1)):
                break
            if not _covered(spans, w.start(1), w.end(1)):
                out.append(Span(w.start(1), w.end(1), "ORGANIZATION", "relations", 0.55))
            pos = w.start(1)
    return out


def _org_item_ok(text: str, start: int, end: int) -> bool:
    words = _words(text, start, end)
    if not words or any(w in STOPWORDS or w in REPORT_WORDS or w in MEDICAL_TERMS or w in EPONYMS for w in words):
        return False
    if all(w in DEPARTMENTS or w in DOCUMENT_WORDS or _ROLE_WORD.search(w) for w in words):
        # 'Dr. X, Infection Prevention, Elm Hospital': the person's service, not another organisation;
        # 'Fraud Investigations Officer, Elm Bank': the person's job
        return False
    return not any(len(w) > 1 and w.isupper() for w in text[start:end].split())  # 'QD, HCTZ': abbreviations


# a country on its own line, with its postcode: 'United Kingdom', 'Switzerland 53730'
_COUNTRY_LINE = re.compile(r"([^\W\d_][\w'’. -]*?)(?:[ \t]+\d{3,6}(?:-\d{3,4})?)?")
# a postcode right after a town: 'ARENDAL 4844', 'ÖVERTURINGEN 840 24' (not a year)
_POSTCODE_AFTER = re.compile(r"[ \t]+(\d{4,5}|\d{3}[ \t]\d{2})(?![\w-]|[ \t]*(?:%|[:/.]\d))")


_QUALIFIER_AFTER = re.compile(r"[ \t]*\([ \t]*[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+)?[ \t]*\)")


# a US state code (or 'Mass') after a town and a comma, with its ZIP or closing the phrase: 'NASHUA, NH, ~1 HR',
# 'Pawtucket, RI.', 'NEW BEDFORD, MASS 01903 WITH' (not 'BOSTON, MA AWARE': a credential there would go on)
_STATE_AFTER_TOWN = re.compile(
    r"[ \t]*,[ \t]*((?:" + "|".join(STATE_CODES) + r"|MASS|Mass)(?:[ \t]+\d{5}(?:-\d{4})?(?![\w-])"
    r"|(?=[ \t]*(?:[,.;)\n]|\Z))"
    # before a word that goes on with the sentence: 'lives in Fairhaven, CT with her husband' (not 'BOSTON, MD
    # WITH', 'BOSTON, PA AND': credentials there would go on as well)
    r"|(?<!MD)(?<!PA)(?=[ \t]+(?:(?i:with|where|who|until|since|but)\b|(?i:w/)))"
    # 'lives in Concord, NH and wants updates' (not a credential's 'Boston, MD and', 'Easton, PA and')
    r"|(?<!MD)(?<!PA)(?<!MA)(?<!DO)(?<!DE)(?<!IN)(?<!OR)(?=[ \t]+(?i:and)\b)"
    r"|(?<!MD)(?<!PA)(?<!MA)(?=[ \t]+(?i:on)\b)"  # 'Reno, NV on speaker' (not 'Salem, MA on call')
    # a letterhead's town and state before its phone: 'NASHUA, NH  TEL (603) ...', 'Rutland, VT  Ph 802-...'
    r"|(?<!MD)(?<!PA)(?<!MA)(?<!DO)(?=[ \t]+(?i:tel|ph|phone|fax)\b\.?[ \t:]*[(\d+])"
    # before what the person there is doing: 'BROTHER IN RENO, NV CALLING FOR UPDATES', 'son in Reno, NV visiting Friday' (not a
    # credential's 'Boston, MD calling', nor a code that is a word)
    r"|(?<!MD)(?<!PA)(?<!MA)(?<!DO)(?<!DE)(?<!IN)(?<!OR)(?<!ME)(?<!HI)(?<!OK)(?<!OH)"
    r"(?=[ \t]+(?i:calling|visiting|coming|flying|driving|staying)\b)))"
)


# a state code closing a line after a one-word town taken for a person or a firm ('worked at the Eugene, OR'):
# never a credential that is also a state's code ('Ana Ruiz, MD', ', PA', ', MA')
_STATE_AFTER_NAMED_TOWN = re.compile(
    r"[ \t]*,[ \t]*((?:" + "|".join(c for c in STATE_CODES if c not in ("MD", "PA", "MA", "ME", "DE", "IN"))
    + r")(?:[ \t]+\d{5}(?:-\d{4})?)?)(?=[ \t]*(?:\n|\Z))"
)


# a state code after a town (_STATE_AFTER_TOWN) in a line typed without capitals: 'called from warwick, ri, would like' (not the codes that are words)
_CAPITAL = re.compile(r"[A-Z]")
_STATE_AFTER_TOWN_LOWER = re.compile(
    r"[ \t]*,[ \t]*((?:" + "|".join(c.lower() for c in STATE_CODES if c not in ("IN", "OR", "ME", "HI", "OK", "OH"))
    + r"|mass)(?=[ \t]*(?:[,.;)\n]|\Z))"
    # or before a word that goes on with the sentence: 'dtr from reno, nv on speaker' (not md, pa, ma)
    r"|(?!md|pa|ma)(?:" + "|".join(c.lower() for c in STATE_CODES if c not in ("IN", "OR", "ME", "HI", "OK", "OH"))
    + r")(?=[ \t]+(?:with|where|who|until|since|but|on)\b)"
    # 'man from tewksbury, ma w/ pancreatic mass': a town's state before 'w/' (not a credential's md, pa)
    r"|(?!md|pa)(?:" + "|".join(c.lower() for c in STATE_CODES if c not in ("IN", "OR", "ME", "HI", "OK", "OH"))
    + r"|mass)(?=[ \t]+w/))"
)


# a town's name is often two words, a direction or kind before it and a feature after it ('East Tolland',
# 'Wexford Falls', 'Port Laney'): such a word next to a found place, in the place's own case, is part of it
_PLACE_HEAD = re.compile(
    r"(?<![\w'’.-])(East|West|North|South|New|Port|Fort|Mount|Lake|Glen|Upper|Lower|Old)[ \t]+\Z", re.IGNORECASE
)
_PLACE_TAIL = re.compile(
    r"[ \t]+(Falls|Junction|Springs|Heights|Harbou?r|Beach|Village|Hills|Mills|Landing|Crossing"
    r"|Center|Centre|Township|Ridge|Valley|Creek|Grove|Corners?|Bluffs?)(?![\w'’-])", re.IGNORECASE
)


def place_compounds(text: str, spans: list[Span]) -> list[Span]:
    """A found place with the direction or kind before it and the feature after it ('[East] Tolland',
    'Wexford [Falls]'), when the word is written as the place is (capitalised, or upper case in capitals)."""
    out = []
    for s in spans:
        if s.label != "LOCATION":
            continue
        upper = text[s.start:s.end].isupper()
        start, end = s.start, s.end
        h = _PLACE_HEAD.search(text, max(0, s.start - 8), s.start)
        if h and (h.group(1).isupper() if upper else h.group(1).istitle()):
            start = h.start(1)
        t = _PLACE_TAIL.match(text, s.end)
        if t and (t.group(1).isupper() if upper else t.group(1).istitle()):
            end = t.end(1)
        if (start, end) != (s.start, s.end):
            out.append(Span(start, end, "LOCATION", "relations", 0.55))
    return out


# a town between a found organisation and a state: 'Elm Community Hospital, Ashby, MA', '... HOSPITAL, ASHBY, MAINE'
_TOWN_AFTER_ORG = re.compile(r"[ \t]*,[ \t]*([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})")
_STATE_NAME_AFTER = re.compile(r"[ \t]*,[ \t]*([A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?)(?![\w'’-])")


_TOWN_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?)[ \t]*\)")


def _town_after_organization(text: str, s: Span) -> list[Span]:
    t = _TOWN_AFTER_ORG.match(text, s.end)
    if not t or any(w.lower() in _NOT_NAMEISH for w in _words(text, *t.span(1))):
        return []
    st = _STATE_AFTER_TOWN.match(text, t.end(1))
    if st:
        return [Span(t.start(1), t.end(1), "LOCATION", "relations", 0.55),
                Span(st.start(1), st.end(1), "LOCATION", "relations", 0.55)]
    name = _STATE_NAME_AFTER.match(text, t.end(1))
    if name and " ".join(name.group(1).split()).lower() in PLACES:
        return [Span(t.start(1), t.end(1), "LOCATION", "relations", 0.55)]
    return []


def postcodes_after_places(text: str, spans: list[Span]) -> list[Span]:
    """The postcode that follows a found town ('Looking to support X in ARENDAL 4844'; years stay), a
    qualifier in brackets after a place ('Cyprus (Greek)'), a state code after a town or a street
    address ('NASHUA, NH,', 'ELM ST, NEW BEDFORD, MASS 01903') or after a one-word town taken for a person
    or a firm ('the Eugene, OR'), and a town between an organisation and a state ('Elm Hospital, Ashby, MA')."""
    out = []
    for s in spans:
        if s.label in ("NAME", "ORGANIZATION") and " " not in text[s.start:s.end]:  # 'Dayton' as a name or a firm
            st = _STATE_AFTER_NAMED_TOWN.match(text, s.end)
            if st:
                out.append(Span(st.start(1), st.end(1), "LOCATION", "relations", 0.55))
        if s.label == "ORGANIZATION":
            out += _town_after_organization(text, s)
            b = _TOWN_IN_BRACKETS.match(text, s.end)  # 'Larch Rehab (Larchton)': the organisation's town
            town = " ".join(b.group(1).split()).lower() if b else ""
            if town and (town in CITIES or town in PLACES) and town not in _NOT_NAMEISH:
                out.append(Span(b.start(1), b.end(1), "LOCATION", "relations", 0.55))
        if s.label in ("LOCATION", "ADDRESS"):
            st = _STATE_AFTER_TOWN.match(text, s.end)
            if not st and text[s.start:s.end].islower():
                st = _STATE_AFTER_TOWN_LOWER.match(text, s.end)
                if st and _CAPITAL.search(text, text.rfind("\n", 0, s.start) + 1, st.end()):
                    st = None  # a line with capitals writes its state codes in capitals
            if st:
                out.append(Span(st.start(1), st.end(1), "LOCATION", "relations", 0.55))
        if s.label == "LOCATION":
            q = _QUALIFIER_AFTER.match(text, s.end)
            if q:
                out.append(Span(s.start, q.end(), "LOCATION", "relations", 0.55))  # 'Cyprus (Greek)'
            m = _POSTCODE_AFTER.match(text, s.end)
            if m and not re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
                out.append(Span(s.start, m.end(1), "ADDRESS", "relations", 0.55))
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line's content, after quote and list marks and without trailing space."""
    out = []
    pos = 0
    for line in text.split("\n"):
        lead = _LINE_MARKS.match(line).end()
        out.append((pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return out


def _block_line(text: str, a: int, b: int) -> bool:
    """A short line that may be a name, a job title or an organisation: letters only, every word
    capitalised (or the whole line in lower case), no stop or report word alone."""
    if b <= a or b - a > 60 or any(c.isdigit() for c in text[a:b]) or text[b - 1] in ":;?!":
        return False
    raw = _TOKEN.findall(text, a, b)
    if not 1 <= len(raw) <= _BLOCK_LINE_MAX:
        return False
    lower_line = not any(c.isupper() for c in text[a:b])
    if not lower_line and not all(w[0].isupper() or w.lower() in _CONNECT for w in raw):
        return False
    words = [w.rstrip(".").lower() for w in raw]
    return not all(w in STOPWORDS or w in REPORT_WORDS or w in _CONNECT for w in words)


_DASH_SPLIT = re.compile(r"[ \t]+[-–—][ \t]+")


def _without_service(text: str, a: int, b: int) -> tuple[int, int]:
    """A letterhead line without the service or document after a dash: 'Elm Hospital - Rheumatology
    Consultation' keeps 'Elm Hospital' (the department and the kind of letter are no identifiers)."""
    m = _DASH_SPLIT.search(text, a, b)
    if m and m.start() > a and all(w in _NOT_NAMEISH or w in _CONNECT for w in _words(text, m.end(), b)):
        return a, m.start()
    return a, b


def address_blocks(text: str, spans: list[Span]) -> list[Span]:
    """The name, job title and organisation lines right above an address line, and the house
    number that opens it.

    The block is the run of up to four short capitalised lines (see :func:`_block_line`) above a
    line that starts with an ADDRESS span (or with a number that an ADDRESS span on the same
    line continues); empty lines inside it are skipped once. Its first line is the person
    (NAME) when the block has two or more lines or the word is a given name, else the
    organisation; a line repeating the first is the person again; job titles stay readable;
    the other lines are the organisation. Lines naming a department only are left.
    """
    addresses = [s for s in spans if s.label == "ADDRESS" or (s.label == "ZIP" and " " in text[s.start:s.end].strip())]
    lines = _lines(text)
    out: list[Span] = []
    for k, (a, b) in enumerate(lines):  # a town line above a country line: 'ALFRICK / United Kingdom'
        m = _COUNTRY_LINE.fullmatch(text, a, b) if b > a else None
        if not m or " ".join(m.group(1).split()).lower() not in PLACES:
            continue
        j = k - 1
        while j >= 0 and lines[j][1] <= lines[j][0]:
            j -= 1
        if j < 0 or not _block_line(text, *lines[j]) or _overlapped(spans, *lines[j]):
            continue
        if len(_words(text, *lines[j])) <= 3:
            out.append(Span(lines[j][0], lines[j][1], "LOCATION", "relations", 0.55))
    if not addresses:
        return out
    for k, (a, b) in enumerate(lines):
        on_line = [s for s in addresses if a <= s.start < b]
        if not on_line:
            continue
        first = min(s.start for s in on_line)
        if first > a:
            lead = text[a:first]
            if not re.fullmatch(r"\d[\w/-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,4}[ \t]+", lead):
                continue
            out.append(Span(a, first, "ADDRESS", "relations", 0.6))  # '2274 Via delle [Coste 41]'
        block: list[tuple[int, int]] = []
        j = k - 1
        blanks = 0
        while j >= 0 and len(block) < 4:
            c, d = lines[j]
            if d <= c:
                if blanks:
                    break
                blanks += 1
                j -= 1
                continue
            if not _block_line(text, c, d) or _overlapped(addresses, c, d):
                break
            block.insert(0, (c, d))
            j -= 1
        while block and all(w in _CONNECT or w in DOCUMENT_WORDS or w in STOPWORDS for w in _words(text, *block[0])):
            block.pop(0)  # 'VIA EMAIL AND FIRST-CLASS MAIL' above the addressee: how the letter went, no one's name
        if not block:
            continue
        block = [_without_service(text, c, d) for c, d in block]
        top = text[block[0][0]:block[0][1]]
        for i, (c, d) in enumerate(block):
            words = _words(text, c, d)
            if all(w in DEPARTMENTS or w in _CONNECT or w in _NOT_NAMEISH or w in DOCUMENT_WORDS for w in words):
                continue  # 'Cardiology Department', 'Card Services - Dispute Resolution', 'General Counsel'
            if _ROLE_WORD.search(text[c:d].rstrip(".")) and not (i == 0 and len(block) > 1):
                continue  # 'Leasing consultant': a job title, not personal data
            if i == 0:
                person = len(block) > 1 or words[0] in ALL_FIRST_NAMES
                label = "NAME" if person else "ORGANIZATION"
            else:
                label = "NAME" if text[c:d] == top else "ORGANIZATION"
            if label == "NAME" and all(w in _CREDENTIALS for w in words):
                continue
            if not _covered(spans, c, d):
                out.append(Span(c, d, label, "relations", 0.55))
    return out


# ---------------------------------------------------------------- names told by the words around them

_KIN = (r"(?:wife|husband|spouse|partner|son|daughter|sister|brother|mother|father|mom|dad|niece|nephew|aunt|uncle"
        r"|neighbou?r|friend|fob|mob|mil|fil|sil|dil|son-in-law|daughter-in-law|pt|patient)(?:['’]s)?")
# a relative's given name (found) and one more word before what the relative does, a bracket or a phone number:
# 'wife [Ana] Reyes picks pt up', 'SON [ALI] KHAN CALLED', 'pt [Ana] Reyes seen at home', 'son [Ali] Khan (555-...)'
_KIN_BEFORE = re.compile(r"(?i:\b" + _KIN + r")[ \t]+\(?[ \t]*\Z")
_SURNAME_NEXT = re.compile(r"[ \t]+([^\W\d_]{2,}(?:['’-][^\W\d_]+)?)"
                           r"(?=[ \t]*[(,;]|[ \t]+\(?\d|[ \t]+(?i:picks|called|calls|calling|seen|reports|reported"
                           r"|states|stated|aware|arrived|visited|visiting|here|present"
                           r"|asks|asked|wants|lives|says|said|updated|notified|agrees|brought|drove)\b)")
# the same with an initial for the given name: 'wife C. Reyes arrived', 'SON (M. KHAN) CALLED', 'WIFE M. KHAN AWARE'
# (the initial and surname first, then the relative before them: a scan for the relative words would be slow)
_KIN_INITIAL = re.compile(
    r"(?<![\w.])([A-Za-z]\.[ \t]?[^\W\d_]{2,}(?:['’-][^\W\d_]+)?)"
    r"(?=[ \t]*[(),;]|[ \t]+\(?\d|[ \t]+(?i:picks|called|calls|calling|seen|reports|reported|states|stated|aware"
    r"|arrived|visited|visiting|here|present|asks|asked|wants|lives|says|said|updated|notified|agrees"
    r"|at[ \t]+bedside)\b)"
)
_KIN_TIGHT_BEFORE = re.compile(r"(?i:\b" + _KIN + r")[ \t]*\Z")
_BRACKET_WORDS = re.compile(r"\([ \t]*([^\W\d_]{2,}(?:[ \t]+[^\W\d_]{2,})?)[ \t]*\)")
_PT_BEFORE = re.compile(r"(?i:\b(?:pt|patient|mr|mrs|ms)\.?)[ \t]+\Z")
# 'FOB (Ali)', 'NEIGHBOR (Ali Khan)': a relative's name in brackets (_BRACKET_WORDS after _KIN_TIGHT_BEFORE)
# 'Reyes, Ana  58 yo' opening a line: the surname before a found given name and the age
_LAST_BEFORE = re.compile(r"(?m)^[ \t]*([^\W\d_]{2,}(?:['’-][^\W\d_]+)?)[ \t]*,[ \t]*\Z")
_AGE_NEXT = re.compile(r"[ \t]+\d{1,3}[ \t]*(?i:yo|y/o|y\.o\.|years?[ \t-]old|yr)\b")
# 'report to Maria on 5 West', 'REPORT TO DESMOND ON SICU': the nurse who takes the report, before the unit
_REPORT_TO = re.compile(
    r"(?i:\breport(?:ed)?[ \t]+(?:given[ \t]+|called[ \t]+)?to)[ \t]+([^\W\d_]{2,})(?=[ \t]+(?i:on|in)[ \t]+"
    r"(?:\d{1,2}[ \t]*(?i:west|east|north|south|[wens])\b|(?i:[a-z]?icu|pacu|ccu|pcu|tele|floor|unit|ward)\b)"
    r"|[ \t]+@[ \t]*(?:[01]\d|2[0-3])[0-5]\d\b)"  # 'report to Maria @ 0145'
)
# 'baby girl "Ana"': a newborn's name in quotes
_NEWBORN_QUOTED = re.compile(r"(?i:\bbaby[ \t]+(?:boy|girl))[ \t]+[\"“]([^\W\d_]{2,}(?:['’-][^\W\d_]+)?)[\"”]")
# 'Reyes 34yo G1P0' opening a line: a surname before the age
_LINE_NAME_AGE = re.compile(r"(?m)^[ \t]*([A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?)[ \t]+\d{1,3}[ \t]*(?:yo|y/o|y\.o\.)\b")
# '-- R.T. 3/14', '-- P.M. [7/9]': a signature by initials after a dash, before the date or the line's end
_DASH_INITIALS = re.compile(r"(?m)^[ \t]*--?[ \t]*([A-Za-z]\.[ \t]?[A-Za-z]\.)(?=[ \t]*(?:\d|\[|$))")
# a middle or last initial after a found given name, before a credential: 'Ana R. RN', 'ana r., rn'
_INITIAL_CRED = re.compile(r"[ \t]+([A-Za-z]\.)(?=[ \t]*,?[ \t]*(?i:rn|lpn|md|np|pa|cna)\b)")
# a given name that is also a word before a found surname, after a role or opening a sign-off line: 'CM Will
# [Reyes] looking at', 'Will [Reyes] RN'
_ROLE_THEN = re.compile(
    r"(?:(?<![\w/])(?i:cm|sw|rn|np|lpn|dr\.?|charge[ \t]+rn)[ \t]+|(?m:^)[ \t]*)"
    r"([^\W\d_]{2,}(?:-[^\W\d_]{2,})?)[ \t]+\Z")
_NOT_GIVEN_END = re.compile(r"(?:ed|ing|ly|tion|ment|ness)\Z")  # 'SW FOLLOWING [Reyes]': a verb or noun, no name
_WORD_THEN_AGE = re.compile(r"[ \t]+([^\W\d_]{2,}(?:['’-][^\W\d_]+)?)(?=[ \t]+\d{1,3}[ \t]*(?i:yo|y/o|y\.o\.)\b)")
_LINE_START = re.compile(r"(?m)^[ \t]*\Z")
_CRED_LINE_END = re.compile(r"[ \t]*,?[ \t]*(?i:rn|lpn|md|np|pa)[ \t]*(?:\n|\Z)")
_NOT_SURNAME = STOPWORDS | MEDICAL_TERMS | DEPARTMENTS | _CREDENTIALS | frozenset(
    "and or but with w at in on to from for of the is was will has had here there home aware present called picks"
    " seen states reports arrived visited asks wants lives says updated notified agrees pt patient rn md cell"
    " wife husband son daughter sister brother mother father mom dad neighbor neighbour friend age aged died deceased"
    " years yrs yo".split())


def _same_case(a: str, b: str) -> bool:
    return (a.isupper() and b.isupper()) or (a.islower() and b.islower()) or (a.istitle() and b.istitle())


def names_in_context(text: str, spans: list[Span]) -> list[Span]:
    """Names that the words around a found one tell: a relative's surname after the given name, the surname
    before a given name and an age opening a line, an initial before a credential, a given name that is also a
    word before a found surname, initials signing a line, the nurse who takes a report, a newborn's quoted name."""
    out: list[Span] = []
    low = text.lower()
    for s in spans:
        if s.label != "NAME":
            continue
        name = text[s.start:s.end]
        one = " " not in name and name.isalpha()
        if one and (name.lower() in ALL_FIRST_NAMES or name.lower() in AMBIGUOUS):
            n = _SURNAME_NEXT.match(text, s.end)
            if n and _same_case(name, n.group(1)) and n.group(1).lower() not in _NOT_SURNAME \
                    and _KIN_BEFORE.search(text, max(0, s.start - 24), s.start):
                out.append(Span(s.start, n.end(1), "NAME", "context", 0.6))
            w = _WORD_THEN_AGE.match(text, s.end)
            if w and _same_case(name, w.group(1)) and w.group(1).lower() not in _NOT_SURNAME \
                    and _LINE_START.search(text, max(0, s.start - 8), s.start):
                out.append(Span(s.start, w.end(1), "NAME", "context", 0.6))  # 'ANA] RUIZ 34 YO G1P0' opening a line
            b = _LAST_BEFORE.search(text, max(0, s.start - 30), s.start)
            if b and _AGE_NEXT.match(text, s.end) and b.group(1).lower() not in _NOT_SURNAME:
                out.append(Span(b.start(1), s.end, "NAME", "context", 0.6))
        c = _INITIAL_CRED.match(text, s.end)
        if c and one:
            out.append(Span(s.start, c.end(1), "NAME", "context", 0.6))
        if one:
            g = _ROLE_THEN.search(text, max(0, s.start - 24), s.start)
            given = g.group(1).lower() if g else ""
            # after a social worker's or case manager's role any plain word may be the given name: 'SW Tomo [Reyes]'
            social = g is not None and g.group().lstrip()[:2].lower() in ("sw", "cm") and given.isalpha() \
                and given not in _NOT_SURNAME and given not in NOT_A_NAME and not _NOT_GIVEN_END.search(given)
            if g and (social or given in AMBIGUOUS or all(p in ALL_FIRST_NAMES for p in given.split("-"))) \
                    and _same_case(g.group(1), name) \
                    and (not g.group().lstrip().startswith(g.group(1)) or _CRED_LINE_END.match(text, s.end)):
                out.append(Span(g.start(1), s.end, "NAME", "context", 0.6))
    i = text.find("(")
    while i >= 0:  # 'FOB (Ali)': each bracket, then the relative before it
        m = _BRACKET_WORDS.match(text, i)
        i = text.find("(", i + 1)
        if m and _KIN_TIGHT_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            words = m.group(1).lower().split()
            if any(w in _GAZETTEER or w in AMBIGUOUS for w in words) and not any(w in _NOT_SURNAME for w in words):
                out.append(Span(m.start(1), m.end(1), "NAME", "context", 0.6))
    # the patient's surname found here (a word too: 'Marsh', 'Lane') is the patient after 'pt' elsewhere: 'PT MARSH "NOT
    # HIMSELF"'
    surnames = {text[s.start:s.end].split()[-1] for s in out if " " in text[s.start:s.end].strip()}
    for w in surnames:
        if len(w) > 2 and w.isalpha():
            i = low.find(w.lower())
            while i >= 0:
                j = i + len(w)
                if _PT_BEFORE.search(text, max(0, i - 12), i) and (j == len(text) or not _WORD_CHAR.match(text, j)):
                    out.append(Span(i, j, "NAME", "context", 0.6))
                i = low.find(w.lower(), j)
    if "." in text:
        for m in _KIN_INITIAL.finditer(text):
            w = m.group(1).split(".")[-1].strip()
            if w.lower() not in _NOT_SURNAME and _same_case(m.group(1), w) \
                    and _KIN_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                out.append(Span(m.start(1), m.end(1), "NAME", "context", 0.6))
    if "report" in low:
        for m in _REPORT_TO.finditer(text):
            w = m.group(1).lower()
            if w in _GAZETTEER and w not in _NOT_SURNAME:
                out.append(Span(m.start(1), m.end(1), "NAME", "context", 0.6))
    if "baby" in low:
        out += [Span(m.start(1), m.end(1), "NAME", "context", 0.6) for m in _NEWBORN_QUOTED.finditer(text)]
    if "--" in text or "\n-" in text or text.lstrip().startswith("-"):
        out += [Span(m.start(1), m.end(1), "NAME", "context", 0.6) for m in _DASH_INITIALS.finditer(text)]
    if "yo" in low or "y/o" in low:
        for m in _LINE_NAME_AGE.finditer(text):
            w = m.group(1).lower()
            if w not in _NOT_SURNAME and w not in NOT_A_NAME and w not in _NOT_AGE_SUBJECT:
                out.append(Span(m.start(1), m.end(1), "NAME", "context", 0.6))
    return out


_NOT_AGE_SUBJECT = frozenset(
    "male female man woman boy girl lady gentleman infant child baby toddler teen adult".split())


# ---------------------------------------------------------------- organisations told by the words around them

_ORG_WORDS = r"([^\W\d_][\w&'’.-]*(?:[ \t]+(?:&[ \t]+)?[^\W\d_][\w&'’.-]*){0,3}?)"
# an employer, an insurer: 'works part time at Acme Freight', 'insurance thru Acme Corp.', 'at work (Acme Bank, 555-...'
_WORKS_AT = re.compile(
    r"(?i:\bworks?(?:[ \t]+(?:part|full)[ \t-]+time)?[ \t]+(?:at|for)|\binsurance[ \t]+(?:thru|through|via|from|is)"
    r"|\bemployed[ \t]+(?:at|by))[ \t]+" + _ORG_WORDS
    + r"(?=[ \t]*(?:[.,;:)(\n]|\Z)"
    r"|[ \t]+(?i:on|wkdays|weekdays|weekends|nights|days|since|until|and|as|requests|asks)\b)"
)
# (or the employer alone in the brackets: 'called son at work (acme freight) x2')
_AT_WORK = re.compile(
    r"(?i:\bat[ \t]+work)[ \t]*\([ \t]*(?![^\W\d_]\d|(?i:on|off|since|until|till|all|today|now|part|full|per|until)\b)"
    + _ORG_WORDS + r"[ \t]*[,)]")
# a supplier: 'O2 via concentrator from Acme Medical.', 'Holter from Acme Heart reviewed'
_SUPPLIED_FROM = re.compile(
    r"(?i:\b(?:concentrator|holter|monitor|dme|equipment|supplies|cpap|bipap|wheelchair|walker|hospital[ \t]+bed"
    r"|oxygen|infusions?|pump)[ \t]+from)[ \t]+" + _ORG_WORDS
    + r"(?=[ \t]*(?:[.,;)\n]|\Z)|[ \t]+(?i:reviewed|report|arrived|delivered|set[ \t]+up)\b)"
)
# a facility named by 'Saint' after a place preposition: 'last seen at St. Elsewhere' (not a street: 'St. X Ave')
_AT_SAINT = re.compile(
    r"(?i:\b(?:at|from|to)[ \t]+)((?i:st|saint)\.?[ \t]+[^\W\d_]{3,}(?:['’]s)?)"
    r"(?![\w'’-]|[ \t]+(?i:st|street|ave|rd|road|dr)\b)"
)
# a place before a kind of institution: 'Elmton Public Schools', 'Elmton Walk-In', 'Elmton Police Department'
_KIND_AFTER_PLACE = re.compile(
    r"[ \t]+((?i:public[ \t]+schools?|school[ \t]+district|police[ \t]+department|fire[ \t]+department"
    r"|public[ \t]+library|walk-in|urgent[ \t]+care))(?![\w-])"
)
# a facility left, with the date after: "D/C'D FROM ELM CREST ON MAR 2"
_LEFT_FROM = re.compile(
    r"(?i:\b(?:d/c['’]?d|discharged|released)[ \t]+from)[ \t]+" + _ORG_WORDS + r"(?=[ \t]+(?i:on)[ \t]+)")
_ORG_SKIP_FIRST = frozenset(
    "a an the home night nights times least it this that his her their my our local same work school church rehab"
    " hospital clinic er ed".split())
_OF_PLACE_END = re.compile(r"(?i:church|hospital|bank|schools?|college|university|academy|society|temple|synagogue)\Z")
_ORDINAL_BEFORE = re.compile(r"(?<![\w'’-])((?i:first|second|third|1st|2nd|3rd))[ \t]+\Z")
_OB_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-Za-z][\w'’-]*[ \t]+)?(?i:ob)/)\Z")


# a hospital by its short name, as staff write it (the i2b2 and ICU notes' 'CATH AT ELH 3/14', '@ EVMC 10/07', 'cx from
# ELH.', 's/p R THA 2061 (ELH)', 'ELH records'): letters ending in H or MC after a place word, in brackets after a year
# or date, or before 'records'; closing the phrase or before a date
_HOSPITAL_SHORT = re.compile(
    r"(?:(?<![\w'’-])(?:at|AT|At|from|FROM|From)[ \t]+|@[ \t]*|(?:(?:19|20)\d\d|\d{1,2}/\d{1,2}(?:/\d{2,4})?)[ \t]+\()"
    r"([A-Z]{2,4}H|[A-Z]{2,4}MC)(?![\w'’/-])"
    r"(?=\)|[ \t]+\d|[ \t]*[.,;:]|[ \t]*(?:\n|\Z)|[ \t]+(?i:records|on|in|for|and|with|er|ed|icu|ccu)\b)"
    r"|(?<![\w'’/-])([A-Z]{2,4}H|[A-Z]{2,4}MC)(?=[ \t]+(?i:records|chart)\b)"
)
#: what such letters also abbreviate: bleeds, hypertrophies, hormones, a generic 'outside hospital', short words
_NOT_HOSPITAL = frozenset(
    "SAH SDH EDH ICH IVH BPH LVH RVH PPH TAH PIH ADH TSH FSH PTH LDH ACTH OSH LTACH CAH CDH NPH SVH TRH CRH SCH PMH "
    "FHH AIH HHH MCH DOH ASH DUH HUH MEH NAH OOH UGH YAH BAH PAH RAH SHH HEH HAH AAH AHH NTH".split())
# an employer in a social history: 'retired mail carrier for Larch and Oak', 'Former teacher at Larch Academy, retired',
# 'she is a cashier at Larch Foods,' (the job, then 'at' or 'for' and capitalised words closing the phrase)
_JOB_AT = re.compile(
    r"(?i:\b(?:former|formerly|retired|is[ \t]+a|was[ \t]+a|worked[ \t]+as[ \t]+a)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?"
    r"[a-z][\w-]*[ \t]+(?:at|for))[ \t]+"
    r"([A-Z][\w&'’.-]*(?:[ \t]+(?:(?:and|AND|of|OF|&)[ \t]+)?[A-Z][\w&'’.-]*){0,3})(?=[ \t]*(?:[.,;:)(]|\n|\Z))"
)

# a home-care agency by its place: 'VNA of Larchton', 'Visiting Nurse Association of Greater Larchton'
_AGENCY_OF_PLACE = re.compile(
    r"\b(?:VNA|Visiting[ \t]+Nurses?(?:[ \t]+(?:Association|Service))?|VISITING[ \t]+NURSES?(?:[ \t]+(?:ASSOCIATION|SERVICE))?)"
    r"[ \t]+(?:of|OF)[ \t]+(?:(?:the|THE|Greater|GREATER)[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?"
)


def _cued_organizations(text: str) -> list[Span]:
    """Hospitals by their short names (``_HOSPITAL_SHORT``), employers in a social history (``_JOB_AT``) and a visiting
    nurse association by its place (``_AGENCY_OF_PLACE``)."""
    out = []
    for m in _HOSPITAL_SHORT.finditer(text) if ("H" in text or "MC" in text) else ():
        g = 1 if m.group(1) else 2
        word = m.group(g)
        vowels = sum(c in "AEIOU" for c in word)
        if word not in _NOT_HOSPITAL and (word.endswith("MC") or vowels == 0 or len(word) == 3):
            out.append(Span(m.start(g), m.end(g), "ORGANIZATION", "context", 0.6))
    low = text.lower()
    if " at " in low or " for " in low:
        for m in _JOB_AT.finditer(text) if any(w in low for w in ("former", "retired", "is a", "was a", "as a")) else ():
            end = m.end(1)
            if text[end - 1] == "." and text[m.start(1):end - 1].split()[-1].lower() not in _FORM_ABBREVIATIONS:
                end -= 1  # the sentence's full stop ('... FOR LARCH AND OAK.'), not an abbreviation's ('Larch Co.')
            if _org_words_ok(text, m.start(1), end):
                out.append(Span(m.start(1), end, "ORGANIZATION", "context", 0.6))
    if "vna" in low or "visiting nurse" in low:
        out += [Span(m.start(), m.end(), "ORGANIZATION", "context", 0.6) for m in _AGENCY_OF_PLACE.finditer(text)]
    return out


_FORM_ABBREVIATIONS = frozenset("inc co corp ltd bros assoc dept univ".split())


_HOME_NOUNS = frozenset("office health care visit visits based remote study school".split())  # 'at work (home office)'
_OF_GAP = re.compile(r"[ \t]+(?i:of)[ \t]+")
_WORD_CHAR = re.compile(r"[\w'’-]")
_CAP_NEXT = re.compile(r"[ \t]+[A-Z]")  # 'the Oakhurst Hospital': a longer name, not the short one
#: a facility's words that are no short name of it: its kind ('Rehabilitation', 'Hospital'), places and common words
_NOT_SHORT_NAME = _NOT_NAMEISH | PLACES | frozenset(
    w.lower() for k in FACILITY_WORDS for w in k.split()) | frozenset(
    "street road avenue north south east west upper lower greater saint state county city valley general".split())
_TRAVEL_WORDS = ("flying", "flew", "driving", "drove", "coming", "came")
_ORG_CUE_GATES = (
    (_WORKS_AT, ("work", "insurance", "employed")),
    (_AT_WORK, ("at work",)),
    (_SUPPLIED_FROM, ("concentrator", "holter", "monitor", "dme", "equipment", "supplies", "cpap", "bipap",
                      "wheelchair", "walker", "bed from", "oxygen", "infusion", "pump")),
    (_LEFT_FROM, ("d/c", "discharged", "released")),
)


def _org_words_ok(text: str, start: int, end: int, named: bool = False) -> bool:
    """``named``: the words are known to name one (an employer in brackets: 'at work (home goods)'), so an opening
    'home' does not count against them (it would mean working from home; not 'night shift')."""
    words = [w.lower().strip(".") for w in text[start:end].split()]
    home_store = named and len(words) > 1 and words[0] == "home" and words[1] not in _HOME_NOUNS
    return bool(words) and (words[0] not in _ORG_SKIP_FIRST or home_store) and not all(
        w in _NOT_NAMEISH or w in STOPWORDS or w == "&" for w in words)


def _initials(text: str, s: Span) -> str:
    return "".join(w[0] for w in text[s.start:s.end].split() if w.lower() not in _CONNECT and w[0].isalpha()).lower()


def organizations_in_context(text: str, spans: list[Span]) -> list[Span]:
    """Organisations that the words around them tell: an employer or insurer, a supplier, a facility left or
    named by 'Saint', a place's schools or walk-in, a found organisation's initials used alone ('Elm Ridge
    Medical Center ... ERMC'), a found church's ordinal and its town ('First [Elm Church] of [Town]'), the
    practice before '/GYN', and the street number between a found organisation and its street ('[Org] on 12
    [Elm]')."""
    out: list[Span] = _cued_organizations(text)
    low = text.lower()
    for pattern, gates in _ORG_CUE_GATES:
        if not any(g in low for g in gates):  # a keyword first: most notes have none, and the scan is skipped
            continue
        for m in pattern.finditer(text):
            if _org_words_ok(text, m.start(1), m.end(1), named=pattern is _AT_WORK):
                out.append(Span(m.start(1), m.end(1), "ORGANIZATION", "context", 0.6))
    if "st." in low or "st " in low or "saint" in low:
        for m in _AT_SAINT.finditer(text):
            if text[m.start(1):m.end(1)].split()[-1].lower().rstrip("'’s") not in _NOT_NAMEISH:
                out.append(Span(m.start(1), m.end(1), "ORGANIZATION", "context", 0.6))
    acronyms: set[str] = set()
    short: list[str] = []  # a found facility's own words, used alone after 'the' as its short name ('the Oakhurst')
    by_start = {s.start: s for s in spans}
    for s in spans:
        if s.label in ("ADDRESS", "LOCATION"):
            a = _AT_BEFORE_ON.search(text, max(0, s.start - 40), s.start)
            if a and _org_words_ok(text, a.start(1), a.end(1)):
                out.append(Span(a.start(1), a.end(1), "ORGANIZATION", "context", 0.6))  # 'UA at Acme Labs on 12 Elm St'
        if s.label in ("LOCATION", "NAME") and " " not in text[s.start:s.end]:
            k = _KIND_AFTER_PLACE.match(text, s.end)
            if k and (k.group(1).isupper() == text[s.start:s.end].isupper()):
                out.append(Span(s.start, k.end(1), "ORGANIZATION", "context", 0.6))
        if s.label == "ORGANIZATION":
            if len(text[s.start:s.end].split()) >= 3:
                a = _initials(text, s)
                if 3 <= len(a) <= 6:
                    acronyms.add(a)
                short += [w for w in text[s.start:s.end].split()  # 'Elm Oakhurst Rehab Hospital' -> 'Oakhurst'
                          if w[:1].isupper() and len(w) >= 4 and w.isalpha() and w.lower() not in _NOT_SHORT_NAME]
            o = _ORDINAL_BEFORE.search(text, max(0, s.start - 8), s.start)
            if o and _OF_PLACE_END.search(text[s.start:s.end].split(" of ")[0]):
                out.append(Span(o.start(1), s.end, "ORGANIZATION", "context", s.score))
            of = _OF_GAP.match(text, s.end)
            if of and of.end() in by_start and by_start[of.end()].label in ("LOCATION", "NAME") \
                    and _OF_PLACE_END.search(text, s.start, s.end):
                start = o.start(1) if o else s.start
                out.append(Span(start, by_start[of.end()].end, "ORGANIZATION", "context", s.score))
            gyn = text.startswith(("GYN", "Gyn", "gyn"), s.start)
            ob = _OB_BEFORE.search(text, max(0, s.start - 24), s.start) if gyn else None
            if ob:
                out.append(Span(ob.start(1), s.end, "ORGANIZATION", "context", s.score))
            if text.startswith("u ", s.start) and text[max(0, s.start - 2):s.start].lower() == "f/":
                out.append(Span(s.start + 2, s.end, "ORGANIZATION", "context", s.score))  # 'f/u Elm Pediatrics'
            kind = _KIND_TAIL.match(text, s.end)
            if kind and _same_case(text[s.start:s.end].split()[-1], kind.group(1)):
                out.append(Span(s.start, kind.end(1), "ORGANIZATION", "context", s.score))  # '[Elm Health] Center'
            on = _ON_NUMBER.match(text, s.end)
            if on and on.end() in by_start and by_start[on.end()].label in ("LOCATION", "ADDRESS", "NAME"):
                out.append(Span(on.start(1), by_start[on.end()].end, "ADDRESS", "context", 0.6))
    if "born " in low or " from " in low and any(w in low for w in _TRAVEL_WORDS):
        for m in _PLACE_CUED.finditer(text):
            if not any(w.lower() in _NOT_NAMEISH for w in m.group(1).split()):
                out.append(Span(m.start(1), m.end(1), "LOCATION", "context", 0.6))
    # 'pt [Quist], [Ada] (MRN ...)': a surname, a comma and a given name are one name
    for a, b in zip(spans, spans[1:], strict=False):
        if a.label == b.label == "NAME" and _COMMA_ONLY.fullmatch(text, a.end, b.start) \
                and text[b.start:b.end].lower() in ALL_FIRST_NAMES and " " not in text[a.start:a.end] \
                and " " not in text[b.start:b.end] and text[a.start:a.end].lower() not in ALL_FIRST_NAMES:
            out.append(Span(a.start, b.end, "NAME", "context", 0.6))
    for w in set(short):  # found by str.find: 'the Oakhurst', 'THE OAKHURST', after a word or a bracket
        for the in ("the " + w, "THE " + w.upper()) if w.istitle() else ("THE " + w,):
            i = text.find(the)
            while i >= 0:
                j = i + len(the)
                if (i == 0 or not _WORD_CHAR.match(text, i - 1)) and (j == len(text) or not _WORD_CHAR.match(text, j)) \
                        and not _CAP_NEXT.match(text, j):
                    out.append(Span(i + 4, j, "ORGANIZATION", "context", 0.6))
                i = text.find(the, j)
    for a in acronyms:  # found by str.find, no pattern compiled per note
        i = low.find(a)
        while i >= 0:
            j = i + len(a)
            if (i == 0 or not _WORD_CHAR.match(text, i - 1)) and (j == len(text) or not _WORD_CHAR.match(text, j)):
                out.append(Span(i, j, "ORGANIZATION", "context", 0.6))
            i = low.find(a, j)
    return out


# 'ua at Acme Labs on [12 Elm St]': what is at a street address
_AT_BEFORE_ON = re.compile(r"(?i:\bat)[ \t]+([^\W\d_][\w&'’.-]*(?:[ \t]+[^\W\d_][\w&'’.-]*){0,2})[ \t]+(?i:on)[ \t]+\Z")
_KIND_TAIL = re.compile(r"[ \t]+((?i:center|centre|clinic|hospital))(?![\w'’-])")
_COMMA_ONLY = re.compile(r"[ \t]*,[ \t]*")
# a birthplace after the year and a place someone comes from: 'born 1931 in Tralee', 'flying in from Oslo on the 23rd'
_PLACE_CUED = re.compile(
    r"(?:\b(?i:born)[ \t]+(?:19|20)\d\d[ \t]+(?i:in)"
    r"|\b(?i:flying|flew|driving|drove|coming|came)[ \t]+(?i:in|up|down|over)[ \t]+(?i:from))"
    r"[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?|[A-Z]{3,}(?:[ \t]+[A-Z]{3,})?)(?![\w'’-])"
    r"(?![ \t]+(?i:hospital|medical|center|clinic|rehab|nursing|manor|house|home))"
)
_ON_NUMBER = re.compile(r"[ \t]+(?i:on)[ \t]+(\d{1,5})[ \t]+")
