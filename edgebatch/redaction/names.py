"""Names, organisations and places found by context rules and a small gazetteer.

Rules are written for clinical text, including ALL UPPER CASE notes, where capitalisation
says nothing. Each context has a strength:

* ``HEADER`` (``Patient:``, ``Referring physician:``): the rest of the field is the name,
  up to four tokens, ``Last, First`` allowed; eponyms allowed (``Dr. Bell`` is a person).
* ``TITLE`` (``Dr.``, ``Mrs.``, ``..., MD``): the first token is a name; further tokens in
  upper-case text only when they are gazetteer names or follow a gazetteer first name.
* ``WEAK`` (``wife``, ``my name is``, ``RN Smith``): in mixed case a capitalised word; in
  upper-case text only gazetteer names.

Stop words and report words (``Impression``, ``Findings``) end a name in every context;
medical eponyms (``Foley``, ``Whipple``, ``Glasgow``) end it everywhere but HEADER/TITLE.
Header labels take any separator of :data:`~edgebatch.redaction.base.HEADER_SEP` (``:``,
Markdown pipes and bold, tabs, runs of spaces); a column gap or the next ``LABEL:`` ends a
name. Initials (``F.``) never count as stop words. In ALL CAPS text a non-gazetteer surname
after a title is taken when the name ends there (``DR. EVERETT LINDGREN BY PHONE``), and a
relative's name in apposition (``PER WIFE, OTTILIE,``) is taken when it is closed by punctuation.
"""

from __future__ import annotations

import re
from typing import Iterator

from .base import (
    HEADER_SEP,
    SIGNED_NUMBER_LINE,
    Detector,
    Span,
    also_shouted,
    ascii_lower,
    at_line_start,
    line_start,
    word_start,
)
from .lexicon import (
    ALL_FIRST_NAMES,
    ALL_SURNAMES,
    AMBIGUOUS,
    AUXILIARY_NAMES,
    CITIES,
    DEPARTMENTS,
    DOCUMENT_WORDS,
    EPONYMS,
    FACILITY_WORDS,
    FIRST_NAMES,
    MEDICAL_TERMS,
    NAME_STOPWORDS,
    NOT_A_NAME,
    PLACES,
    REPORT_WORDS,
    STATE_CODES,
    STOPWORDS,
    SURNAMES,
    US_STATE_NAMES,
    WORD_FIRST_NAMES,
    WORD_SURNAMES,
)

WEAK, TITLE, HEADER = 1, 2, 3

_HARD_STOP = REPORT_WORDS | STOPWORDS
_GAZETTEER = ALL_FIRST_NAMES | ALL_SURNAMES
_HAND_LISTS = FIRST_NAMES | SURNAMES

# id(pattern) -> (pattern, its trigger scan): looked up by identity, as hashing a pattern hashes its whole program
_TRIGGERS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _has(text: str, *parts: str) -> bool:
    """Whether any of ``parts`` occurs in ``text``: a fast check before a slower pattern."""
    return any(p in text for p in parts)


def _lower_pattern(source: str) -> re.Pattern[str]:
    """Compile a ``(?i)\\b...`` pattern of lower-case words for use on :func:`ascii_lower` text.

    Case-sensitive literal alternations let the regex engine skip ahead fast; the leading
    word boundary is checked by :func:`_words_at` instead.
    """
    prefix = "(?i)\\b"
    assert source.startswith(prefix) and source == source.lower()
    pattern = re.compile(source[len(prefix):])
    keys = sorted(_first_words(pattern.pattern), key=len, reverse=True)
    assert all(k.isalnum() for k in keys)  # so no word starts inside a key's match: one finditer sees every start
    _TRIGGERS[id(pattern)] = pattern, re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, keys)) + ")")
    return pattern


def _words_at(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` in ``text`` that start a word.

    Patterns built by :func:`_lower_pattern` are tried only where one of their literal
    first words starts a word (found by one scan for those words, far faster than the pattern's own).
    """
    found = _TRIGGERS.get(id(pattern))
    if found is None:
        for m in pattern.finditer(text):
            if word_start(text, m.start()):
                yield m
        return
    end = -1
    for t in found[1].finditer(text):
        i = t.start()
        if i < end:
            continue
        m = pattern.match(text, i)
        if m:
            end = m.end()
            yield m


def _first_words(source: str) -> tuple[str, ...]:
    """The literal words that open each top-level alternative of ``(?:a|b...)...``; an alternative
    that opens with a group of its own contributes the first words of that group's alternatives
    ('(?:lives|living|staying)[ \\t]+with' -> lives, living, staying)."""
    assert source.startswith("(?:")
    words = _alternative_words(source)  # 'A|B' at the top level too: '(?:lives|moved)[ \\t]+in|arrived[ \\t]+at'
    assert all(words), source
    return tuple(sorted(set(words)))


def _unescaped(source: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth before it) of each unescaped character from ``start``."""
    depth, i = 0, start
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        yield i, ch, depth
        depth += (ch == "(") - (ch == ")")
        i += 1


def _closing(source: str, i: int) -> int:
    """The index of the parenthesis that closes the group whose body starts at ``i``."""
    for k, ch, depth in _unescaped(source, i):
        if ch == ")" and depth == 0:
            return k
    raise ValueError(source)


def _alternative_words(body: str) -> list[str]:
    alternatives, last = [], 0
    for i, ch, depth in _unescaped(body):
        if ch == "|" and depth == 0:
            alternatives.append(body[last:i])
            last = i + 1
    alternatives.append(body[last:])
    words = []
    for alt in alternatives:
        if alt.startswith("(?:"):
            words += _alternative_words(alt[3:_closing(alt, 3)])
            continue
        k = 0
        while k < len(alt) and alt[k].isalpha():
            k += 1
        word = alt[:k]
        if k < len(alt) and alt[k] in "?*":  # the last letter was optional
            word = word[:-1]
        words.append(word)
    return words


_TOKEN = re.compile(r"[^\W\d_]\.(?![^\W\d_])|[^\W\d_]+(?:['’-][^\W\d_]+)*")
_GAP = re.compile(r"[ \t]+")
_COMMA_GAP = re.compile(r"[ \t]*,[ \t]*")
_LOWER = re.compile(r"[a-z]")
_TITLE_SKIP = re.compile(r"(?:Dr|DR|Doctor|DOCTOR|Prof|PROF)\b\.?[ \t]+")

_ROLE = r"(?:[ \t]+(?:physician|phys\.?|doctor|dr\.?|provider|md|m\.d\.|clinician|radiologist))"
_HEADER = _lower_pattern(
    r"(?i)\b(?:patient(?:'s)?[ \t]+name|patient|pt\.?(?:[ \t]+name)?|name|full[ \t]+name"
    r"|ref(?:erring|\.)?" + _ROLE + r"|referring|ordering" + _ROLE + r"?|attending" + _ROLE + r"?"
    r"|interpreting" + _ROLE + r"?|reading" + _ROLE + r"|requesting" + _ROLE + r"|consulting" + _ROLE
    + r"|admitting" + _ROLE + r"|performing" + _ROLE
    + r"|primary[ \t]+care(?:[ \t]+(?:physician|provider))?|pcp|physician|provider|surgeon"
    r"|radiologist|technologist|resident|fellow|interpreted[ \t]+by|read[ \t]+by|reviewed[ \t]+by"
    r"|dictated[ \t]+by|transcribed[ \t]+by|signed[ \t]+by|electronically[ \t]+signed[ \t]+by"
    r"|authenticated[ \t]+by|verified[ \t]+by|cc|copy[ \t]+to|guardian|next[ \t]+of[ \t]+kin"
    r"|emergency[ \t]+contact|contact|mother'?s[ \t]+name|father'?s[ \t]+name|spouse"
    # who else a form names in a field: intake and occupational-health forms, death summaries, UK / Irish
    # staff fields and requisitions that split the name ('Surname:', 'Given:', 'Forenames:')
    r"|client|employee|student|deceased|consultant|cns|surname|given(?:[ \t]+names?)?|forenames?|family[ \t]+name"
    # who else a record names in its fields: 'Counselor: ...', 'Evaluator: ...', 'Bed manager: ...', 'Inmate: ...'
    r"|counsell?or|evaluator|bed[ \t]+manager|recorder|escort|inmate|guarantor|participant"
    r"|minutes(?:[ \t]+by)?|person[ \t]+affected|(?:legally[ \t]+)?authori[sz]ed[ \t]+representative"
    # the person a public-health, forensic, immigration, disability, sports or trial form is about or names:
    # 'Decedent: LAST, FIRST', 'Case: ...', 'Applicant: ...', 'Claimant: ...', 'Athlete: ...', 'Coach: ...',
    # 'Caller: ...', 'CRA: ...' (a trial's clinical research associate), 'Pronounced by: ...', 'Identified by: ...'
    # (a field, not prose: 'identified by mammography')
    r"|decedent|case|applicant|claimant|athlete|coach|caller|cra|pronounced[ \t]+by|identified[ \t]+by"
    # a travel clinic's or a military health plan's person: 'Traveller: ...', 'Passenger: ...', 'Beneficiary: ...'
    r"|travell?er|passenger|beneficiary|witness"
    # a radiology report's preliminary reader: 'WET READ: Ana 3/16 3:14 AM'
    r"|wet[ \t]+read(?:[ \t]+by)?)"
    + HEADER_SEP
)
# the number of the first addressee of a numbered copy list: 'CC: 1. ANA RUIZ, M.D. ...\n2. ...'
_CC_NUMBER = re.compile(r"[ \t]*1[.)][ \t]+(?=[A-Z])")
# a chief complaint's word after 'CC:' (a disease's or a symptom's ending), no addressee of a copy
_COMPLAINT = re.compile(r"(?i:osis|sis|itis|emia|tension|pathy|algia|pnea|cardia|uria|plegia|rrhea|penia|ache)\Z")
_KIND_OF_VISIT = re.compile(r"(?i:visits?|checks?|exam|care)\b")
_MEDS_GIVEN = re.compile(r"\b(?:meds?|medications?|drugs?|doses?|vaccines?|fluids?)[ \t]*\Z")
# chief complaints a 'CC:' field opens with: 'CC: FALL.', 'CC: SOB', 'CC: MVC, RESTRAINED DRIVER', 'CC: TREMOR + FALL'
_COMPLAINT_WORDS = frozenset(
    "fall falls fell sob mvc mva swelling tremor tremors pain fever fevers cough weakness syncope dizziness dizzy rash "
    "laceration vomiting nausea headache seizure seizures bleeding confusion cp ams injury lethargy "
    "palpitations".split()
)
# an upper-case heading and the column gap after it
_HEADING_GAP = re.compile(r"[A-Z][A-Z&'’-]+(?:[ ][A-Z][A-Z&'’-]+)*(?:[ ]{2,}|\t)[ \t]*")
_ROLE_NOUN_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]+(?i:nurse|midwife|visitor|officer|specialist|team|service|department)\b"
)
_TABLE_RULE = re.compile(r"[^\n]*\n[ \t]*\|?[ \t]*:?-{3,}")  # the next line is a Markdown |---| rule
_COLUMN_GAP = re.compile(r"[ \t]*\t|[ ]{2,}")  # a tab or a run of spaces separates columns, not names
_LABEL_AFTER = re.compile(r"[ \t]*(?:[*_]{1,2})?[ \t]*:")  # 'PH:' - the next field's label, not a name
_NAME_END = re.compile(  # what may follow the last word of a name
    r"[ \t]*(?:\n|\Z|[,(|\t]|['’][sS]\b)|[ ]{2,}|[ ](?:BY|AT|ON|OF|AND|WHO|VIA|PER|RE|IN|AWARE|NOTIFIED|PAGED"
    # 'DR. ANEKA LINDQVIST AWARE', 'PCP DR BJORN VANTERPOOL 818-975-4722'
    r"|CALLED|UPDATED|INFORMED|DRIVES|BRINGS|TAKES|HELPS|VISITS)\b|[ ]\(?\d"
)
# 'PT PETROSYAN IS 78 Y/O', 'Pt Moreau is a 64 yo': the word between 'patient' and the age is the name
# what relatives do, not who they are: 'FRIEND LIVES IN', 'SON WORKS AT'
_RELATIVE_VERBS = frozenset(
    "LIVES LIVED WORKS WORKED STAYS STAYED SAYS SAID CAME WENT COMES GOES ARRIVED LEFT RETURNED DROVE FLEW MOVED "
    "WANTS FEELS THINKS KNOWS AGREES LOOKS SEEMS REMAINS REMAINED DRIVES BRINGS BROUGHT TAKES HELPS VISITS "
    # the plural forms after 'PARENTS', 'SONS' ('PARENTS LIVE IN'), and which number ("MOTHER'S CELL 555-...")
    "LIVE WORK STAY VISIT WANT FEEL THINK KNOW AGREE REMAIN CELL PHONE MOBILE HOME NUMBER "
    # what a relative did or is: 'WIFE ANA BOUGHT', 'husband tobias read the label', 'WIFE ANA WITNESSES APNEAS',
    # 'SON ALI CO-OWNER'
    "BOUGHT READ READS WITNESSES WITNESSED NOTICED NOTICES SUPPORTIVE INVOLVED CO-OWNER OWNER OWNS".split()
)
_PT_IS_AGE = re.compile(
    r"\b(?:PT|Pt|pt|PATIENT|Patient)\.?[ \t]+([A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*)"
    r"(?:[ \t]+(?:IS|is|WAS|was)[ \t]+|[ \t]*,[ \t]*)"
    r"(?:(?:AN?|an?)[ \t]+)?\d{1,3}[ \t]*-?[ \t]*(?:Y/?O|y/?o|YRS?|yrs?|YEARS?|years?|(?i:m|f|male|female|man|woman)\b)"
)
# 'O/N EVENTS: ROSEN, 25 M', 'ADMISSION: Frank Hoffman, 38 yo m': a name opening a line or a field,
# followed by the age and sex
_NAME_AGE = re.compile(
    r"(?:^|(?<=\n)|(?<=:))[ \t]*([A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*(?:[ \t]+[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*)?)"
    r"[ \t]*,[ \t]*\d{1,3}[ \t]*-?[ \t]*(?i:y/?o|yrs?|years?|year[ \t-]old|m|f|male|female|man|woman)\b(?!/)"
)
# 'KOWALSKI, ANNA (72F)', 'Lee, Min (4 M)': a list's row names a patient as 'Last, First' before age and sex
_LAST_FIRST_AGE = re.compile(
    r"(?<![\w'’-])((?:(?i:van|von|de|der|den|la|le|da|di|du|del)[ \t]+){0,2}[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*"
    r"[ \t]*,[ \t]*[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*)[ \t]+\([ \t]*\d{1,3}[ \t]*(?:y/?o|yo)?[ \t]*[MFmf][ \t]*\)"
)
# a patient banner: 'Lindqvist, Maja | MRN ...' opening a line, 'PT ANA RUIZ  AGE 91' before the next column
_BANNER_FIELD = r"(?=[ \t]*(?:\||\t|[ ]{2,})[ \t]*(?i:mrn|dob|acct|account|age|sex|room|rm|bed|fin|csn|unit)\b)"
_BANNER_LINE = re.compile(  # opening a line or after a column gap ('Bed 4-24   Ruiz, Ana   MRN ...')
    r"(?m)(?:^|(?<=[ ]{3})|(?<=\t))[ \t]*"
    r"((?:[OD]['’])?[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*[ \t]*,[ \t]*[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*)"  # "O'NEIL, INES"
    + _BANNER_FIELD
)
_BANNER_PT = re.compile(
    r"\b(?:PT|Pt|PATIENT|Patient)[ \t]+"
    r"([A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*(?:[ \t][A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*){1,2})" + _BANNER_FIELD
)
# 'PT ANA RUIZ (MRN 123)', 'pt li wei, mr# 44': the patient named before a record number
_PT_RECORD = re.compile(
    r"\b(?:PT|Pt|pt|PATIENT|Patient|patient)[ \t]+"
    r"([^\W\d_]+(?:['’-][^\W\d_]+)*(?:[ \t][^\W\d_]+(?:['’-][^\W\d_]+)*){1,2})"
    r"(?=[ \t]*[(,][ \t]*(?i:mrn?\b|mr#|mrn#|unit[ \t]*(?:no\b|#)|med(?:ical)?[ \t]+rec|dob\b))"
)
# a nurse's sign-off on its own line, given name and initial: 'KERRY S. RN', 'deb d., rn', '-- ana r., rn'
_SIGN_OFF = re.compile(
    r"(?m)(?:^[ \t]*(?:--?[ \t]*)?|(?<![\w-])--[ \t]*)([^\W\d_]{2,}[ \t]+[^\W\d_]\.)[ \t]*,?[ \t]*"
    r"(?:RN|rn|Rn|LPN|lpn|RN,[ \t]*BSN)[ \t]*$"
)
# 'SIGNED B. SMALL', 'Signature: K. Osei': a signature by initial and surname
_SIGNED_INITIAL = re.compile(r"\b(?i:signed|signature)[ \t]*:?[ \t]+(?=[A-Z]\.[ \t]?[A-Z])")
_AGE_SEX_BRACKET = re.compile(r"\(\d{1,3}[ \t]*(?:y/?o|yo)?[ \t]*[MFmf]\)")  # one fast scan before _LAST_FIRST_AGE
_PARTICLES_LOW = frozenset("van von de der den la le da di du del".split())
_SURNAME_PARTICLES = _PARTICLES_LOW | {"ó", "o'", "mac", "mc", "st"}
# 'MOTHER ANA, 71,', 'Father Piet Kramer, d. 2010': a pedigree names each relative before an age or a death
_RELATIVE_THEN_AGE = re.compile(
    r"[ \t]*([A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*(?:[ \t]+[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*){0,2})"
    r"(?=[ \t]*,[ \t]*(?:\d{1,3}[ \t]*,|(?i:d\.|died|deceased)))"
)
# 'Re: Thibault Szymanska, DOB 1950-03-02': a letter's subject line naming the patient
_RE_LINE = re.compile(r"(?m)^[ \t]*(?:Re|RE)[ \t]*:[ \t]*")
_RE_BIRTH = re.compile(r"[ \t]*[,(;-]?[ \t]*(?i:dob|d\.o\.b|born|date[ \t]+of[ \t]+birth|nhs|mrn|hospital[ \t]+(?:no|number))\b")
_APPOSITION_END = re.compile(r"[ \t]*(?:[,.;:)]|\n|\Z)")
_POSSESSIVE = ("'s", "'S", "’s", "’S")
_ONE_SPACE = re.compile(r"[ ](?=\S)")
_NON_NAME_SUFFIX = re.compile(r"(?:ed|ing|ly|tion|sion|ness|ment|ity|ous|ful|less|able|ible)\Z")
_BY = _lower_pattern(
    r"(?i)\b(?:dictated|signed|transcribed|reviewed|interpreted|seen|examined|evaluated|referred"
    r"|read|verified|authenticated|directed|written|prepared|approved|performed|witnessed|cosigned"
    r"|obtained|scored|done)"
    r"[ \t]+by(?:[ \t]*:)?[ \t]+"
)
_TITLE = re.compile(
    r"(Dr|DR|Mr|MR|Mrs|MRS|Ms|MS|Miss|MISS|Prof|PROF|Doctor|DOCTOR|Mx|Hon|HON|Judge|JUDGE|Det|DET|Detective|DETECTIVE"
    r"|dr(?=\.?[ \t]+[A-Z][a-z]))\b(\.?)[ \t]+"  # 'pcp dr Young': a title typed in lower case before a name
)
_WEAK_TITLES = {"MR", "MRS", "MS", "MISS", "DOCTOR", "Doctor"}  # MS/MR are also diagnoses
_RELATIVE = _lower_pattern(
    r"(?i)\b(?:(?:son|daughter|mother|father|sister|brother)[ -]in[ -]law\b"  # 'SON IN LAW' typed without dashes
    r"|wife|husband|son|daughter|mother|father|sister|brother|friend|spouse|partner"
    r"|niece|nephew|aunt|uncle|grandson|granddaughter|grandmother|grandfather|mom|dad"
    r"|boyfriend|girlfriend|fianc[ée]e?|caregiver|neighbou?r|roommate|stepson|stepdaughter|hcp|proxy"
    r"|cousin|grandma|grandpa|stepmother|stepfather|sibling|kid|child"
    r"|daughters|sons|sisters|brothers|children|kids|grandchildren|grandsons|granddaughters|nieces|nephews"
    r"|parents|cousins|siblings"
    # 'dtr Ana called' as notes abbreviate a daughter; 'Married to Ana, lives in ...': the spouse
    r"|dtr|dtrs|dau|married[ \t]+to)\b(?:-in-law)?"
    r"(?:'s)?[ \t]*[,(:]?[ \t]*(?:(?:called|is|named|name[ \t]+is|was)[ \t]+)?"
)
# care-team fields: 'Primary RN: Hope.', 'Triage RN: Keisha T.', 'Lab director: ...' (weak: in ALL CAPS
# notes 'CM: FOLLOWING FOR DISPO' is a note, so there only gazetteer names count)
_ROLE_FIELD = _lower_pattern(
    r"(?i)\b(?:rn|nurse|np|nnp|sw|cm|case[ \t]+manager|social[ \t]+worker|therapist|interpreter|psychiatrist"
    r"|psychologist|lab[ \t]+director|laboratory[ \t]+director|medical[ \t]+director|director|landlord|caseworker"
    r"|(?:athletic[ \t]+)?trainer)"
    + HEADER_SEP
)
# 'copy to Kaplan', 'cc'd to Dr. Zhou': who a report goes to
_COPY_TO = _lower_pattern(r"(?i)\b(?:copy|copies|cc['’]?d|cc)[ \t]+to[ \t]+")
_INTRO = _lower_pattern(
    r"(?i)\b(?:my[ \t]+name[ \t]+is|name[ \t]+is|i[ \t]+am|i'm|this[ \t]+is|call[ \t]+me"
    # 'was called Lily Nolan', 'named him Luís', "What's your last name? Baba", 'the name on the account? User: X',
    # "it's under Júlia Gyarmathy" (a booking), 'ask for X'
    r"|(?:was|were|is|be|been|being|am|are)[ \t]+called|named(?:[ \t]+(?:him|her|them|the[ \t]+baby))?"
    r"|(?:last|first|full|middle|maiden|given|family|sur)[ \t]*name[ \t]*[?:]"
    r"|name[ \t]+(?:on|of|for)[ \t]+the[ \t]+(?:account|card|booking|reservation|order|ticket|policy)[ \t]*[?:]"
    r"(?:[ \t]*(?:user|customer|client|caller|me|a)[ \t]*:)?"
    r"|(?:it['’]s|it[ \t]+is|booked|reserved|registered|listed)[ \t]+under)[ \t]+"
)
_CRED_BEFORE = re.compile(
    r"(?:RN|NP|MD|PA-C|SW|NNP|RRT|RT|PCP|(?<!\d[ \t])(?<!\d)CM"
    r"|(?i:intern|resident|fellow|attending|social[ \t]+worker"
    r"|case[ \t]+manager|nurse[ \t]+practitioner"
    # who else a note names by role: 'interpreter Fatima (ID 40721)', 'psychiatrist Oduya', 'landlord Rose'
    r"|interpreter|therapist|psychiatrist|psychologist|counsell?or|landlord|probation[ \t]+officer|caseworker|tech"
    # 'call nurse Ana at 555-...' (not 'nurse Visit at 3', 'Nurse Practitioner at ...')
    r"|intake[ \t]+worker|nurse(?=[ \t]+[A-Z][a-z'’-]+[ \t]+(?:at|on|@|\(?\d))"
    r"(?![ \t]+(?i:visits?|calls?|notes?|station|line|practitioner|navigator|manager|educator|specialist|midwife"
    r"|desk|clinic|triage|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b))"
    r")[ \t]+"
)
# more people named by their role: 'CO Haines' (a corrections officer), 'ADA Ruiz' (an assistant district
# attorney), 'charge nurse Odalys', 'guardian Ana Ruiz' (not 'guardian ad litem'), 'defense counsel Ivo Kranjc'
_CASE_ROLE = re.compile(r"(?<![\w/])(?:CO|ADA)(?=[ \t]+[A-Z][a-z])[ \t]+")
_ROLE_BEFORE = _lower_pattern(
    r"(?i)\b(?:(?:charge|bedside|primary)[ \t]+(?:nurse|rn)|patient[ \t]+advocate|guardian(?![ \t]+ad[ \t])"
    r"|counsel"
    # police at the bedside: 'Police (Officer Papadakis) in to speak w/ pt', 'TROOPER RUIZ', 'Sgt. Ames'
    r"|officer|trooper|sergeant|sgt\.?|deputy)[ \t]+"
)
# an office, not an officer of the law: 'Chief Medical Officer Review Board'
_OFFICE_BEFORE = re.compile(r"(?:medical|executive|financial|operating|information|compliance|privacy|security"
                            r"|nursing|loan|petty|warrant|commanding)[ \t]+\Z")
# 'BABY BOY PATEL', 'BABY GIRL KING', 'TWIN A LOPEZ': how newborns are named before they have a given name
_NEWBORN = re.compile(r"(?i:baby[ \t]+(?:boy|girl)|twin[ \t]+[ab12]|infant[ \t]+(?:boy|girl))[ \t]+")
# a court case's caption: 'State v. Ana Ruiz', 'COMMONWEALTH VS. DOE'
_CAPTION = re.compile(r"\b(?i:state|people|commonwealth|united[ \t]+states)[ \t]+(?:v|vs)\.?[ \t]+")
# titles too: 'PASTOR GRAVES', 'FR. ADEYEMI', '-REV. OKONJO'
_CLERGY = re.compile(r"(?<!\w)(?<!\w-)(?i:pastor|chaplain|rabbi|reverend|rev\.|fr\.)[ \t]+")
# what may follow a relative's given name that is also an auxiliary ('SON WILL IN CHATHAM', not 'SON WILL CALL')
_AFTER_AUX_NAME = re.compile(
    r"[ \t]*(?:[,.;:)(\n]|\Z|\d|(?:IN|AT|BY|FROM|AND|OR|WHO|IS|WAS|HAS|HAD|CAN|WILL|CALLED|AWARE|VISITED|VISITING"
    r"|PRESENT|HERE|UPDATED|NOTIFIED"
    # a past tense cannot follow the auxiliary: 'RN MAY TOOK REPORT', 'SON WILL GAVE CONSENT' name people
    r"|TOOK|GAVE|SPOKE|STATED|REPORTED|ASKED|SIGNED|BROUGHT|CAME|WENT)\b)"
)
_AND_NAME = re.compile(r"[ \t]+(?:AND|and|&)[ \t]+")
_CRED_AFTER = re.compile(
    r"(?:M\.D\.|MD|RN|R\.N\.|NP|PA-C|PhD|DDS|DMD|FACR|FACP|FACS|CRNA|LPN|MBBS|DNP|APRN|DO|D\.O\."
    r"|NNP|FNP|CNM|LICSW|LCSW|LMHC|LMFT|MSW|PsyD|PMHNP|RD|LDN|CGC|CCC-SLP|CCC-A|CCS|CPC|CCRC|CCRP|RPSGT|CNA|DPT"
    r"|PharmD|PHARMD|RPh)"
    r"(?!\w|\.[\w.])(?![ \t]*\d{5})"  # 'REPORT GIVEN TO PAT RN.' ends a sentence
    # 'BC X2 SENT, MD AWARE', '20CC/HR, MD NOTIFIED': the doctor was told, nobody signed
    r"(?![ \t]+(?i:aware|notified|informed|updated|paged|called)\b)"
)
# a given name opening a signature line or after a role: 'MAY BAPTISTE, PHARMD', 'CM WILL LUND RN'
_WISH_FOR = re.compile(r"(?i:hopes?|hoping|plans?|planning|wants?|wishes|prefers?)[ \t]+(?i:for|to)[ \t]+")
_SHIFT_ROLES = frozenset("oncoming incoming outgoing covering receiving sending accepting treating admitting floating "
                         "primary charge night day evening previous prior".split())
_LINE_FIRST_NAME = re.compile(
    r"(?:(?:^|(?<=\n))[ \t]*|(?<![\w'’.-])(CM|SW|RT|RN|NP|PA|MD)[ \t]+)([A-Z][^\W\d_]+(?:-[^\W\d_]+)?)[ \t]+\Z"
)
_LAST_GIVEN_END = re.compile(r"([A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*)[ \t]*,[ \t]*([A-Z][^\W\d_]+)(?=[ \t]*(?:\n|\Z))")
_CRED_LEAD = re.compile(r"[ \t]*,[ \t]*\Z|[ \t]+\Z")
_LAST_COMMA = re.compile(r"(?<![\w'’.-])([A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*)[ \t]*,[ \t]*\Z")
_NAME_BEFORE = re.compile(
    r"((?:[^\W\d_][^\W\d_'’-]*(?:['’][^\W\d_]+|-[^\W\d_a-z][^\W\d_'’-]*)*\.?[ \t]+){0,2}"
    r"[^\W\d_][^\W\d_'’-]*(?:['’][^\W\d_]+|-[^\W\d_a-z][^\W\d_'’-]*)*)\Z"
)  # "O'DONNELL", 'Mei-Ling' are one word each; 'On-call' is none

# 'JKL/mh', 'ABC/xy  D: 04/01/89': the dictating clinician's and the typist's initials on a line of their
# own, next to the dictation and transcription dates ('DD:', 'DT:', 'D:', 'T:'), a 'Dictated by' line, or a letter's
# signature and copy list ('Sincerely,\n\nAna Ruiz, MD\nAR/kp\n\ncc: ...')
_DICTATION_INITIALS = re.compile(
    r"(?m)^[ \t]*([A-Z]{2,4})[ \t]*/[ \t]*([a-z]{2,4}|[A-Z]{2,4})(?=[ \t]*$|[ \t]+(?:D|DD|T|DT|cc|CC)[ \t]*:)"
)
_DICTATION_CUE = re.compile(r"(?i:dictat|transcri|escription|(?<![\w/])(?:d|dd|t|dt|cc)[ \t]*:|sincerely|regards"
                            r"|,[ \t]*(?:md|m\.d\.|do|np|rn|pa-c|fnp|cnm)[ \t]*\n)")
# '-- K. Achebe', '— Nathaniel Ruiz, MD': a signature after a dash, ending its line
_DASH_SIGNATURE = re.compile(
    r"(?:^|(?<=[ \t\n]))(?:--+|—|–)[ \t]*"
    r"((?:[A-Z]\.[ \t]?){1,2}[ \t]*[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*"
    r"|[A-Z][^\W\d_A-Z]+(?:[ \t]+[A-Z]\.?)?[ \t]+[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*)"
    r"(?=[ \t]*(?:,[ \t]*[A-Za-z.-]{2,8}[ \t]*)*(?:\n|\Z))"
)
# a note's last sentence signed after a single dash: '... ON CALL). -NAME, NF, PGR 40223', '... AWARE. - NAME' (the
# writer's roles and pager may follow; without them the name must be one the lists know); group 1 the name
_HYPHEN_SIGNATURE = re.compile(
    r"(?<=[.;!?)])[ \t]+-[ \t]*([A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*(?:[ \t]+[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*)?)"
    r"(?=((?:[ \t]*,[ \t]*[A-Za-z/]{2,8})*(?:,?[ \t]*(?i:pgr|pager|beeper|x|ext\.?)[ \t]*\#?[ \t]*\d{3,6})?)"
    r"[ \t]*(?:\n|\Z))"
)
# a phone log's lines signed by the caller's initials after a dash: '... recheck 1 wk  -AB' (two such lines at least)
_LOG_INITIALS = re.compile(r"(?m)(?<=[ \t])-[ \t]?([A-Z]{2,3})[ \t]*$")
# a note signed by initials and a name with a credential: 'AB / Ana Ruiz LPN', 'ab / ana ruiz np'
_INITIALS_SLASH = re.compile(
    r"(?m)^[ \t]*([A-Za-z]{2,3}|(?:[A-Za-z]\.){2,3})[ \t]*/[ \t]*(?=[^\W\d_]+(?:[ \t]+[^\W\d_'’-]+){1,2},?[ \t]+"
    r"(?i:lpn|rn|np|md|do|pa|pa-c|ma|cma|aud|au\.d\.?)[ \t]*$)"
)
# a clerk's initials after 'logged by' and dotted initials signing with a credential: 'logged by AB, request ...',
# 'a.b. aud' on the last line
_LOGGED_BY = re.compile(r"\b(?i:logged|entered|processed|verified)[ \t]+(?i:by)[ \t]+([A-Za-z]{2,3})(?=[ \t]*[,;.]|[ \t]*$)",
                        re.M)
_DOTTED_SIGN = re.compile(
    r"(?m)^[ \t]*((?:[A-Za-z]\.){2,3})[ \t]+(?i:aud|au\.d\.|rn|lpn|np|md|pa|pa-c|slp|otr|rd|ma|cma)\.?[ \t]*$"
)
# a given name and a surname after a role or an appointment, closed by a credential, punctuation, the line end or what
# follows: 'dosimetrist: Ana Ruiz, CMD', 'physics check by Ana Ruiz after ...', 'scheduled with Ana Ruiz on ...',
# 'county attorney Ana Ruiz.', 'guardian ad litem Ana Ruiz was present', 'nurse manager, Ana Ruiz,', 'with PA Ana Ruiz'
_ROLE_FULL_NAME = re.compile(
    r"\b(?i:dosimetrist|physicist|physics[ \t]+check[ \t]+by|scheduled[ \t]+with|county[ \t]+attorney|counsel"
    r"|guardian[ \t]+ad[ \t]+litem|with[ \t]+pa|signed|ordered[ \t]+by|nurse[ \t]+manager|driver(?=[ \t]*:))[ \t]*[:,]?[ \t]+"
    r"([^\W\d_]{2,}[ \t]+(?:[^\W\d_]\.|[^\W\d_]{2,}(?:[-'’][^\W\d_]{2,})?))"
    r"(?=[ \t]*(?:,|[.;)](?!\w)|\n|\Z|[ ]{2}|[ \t]+(?i:on|after|adjusted|was|is|present|md|rn)\b))"
)
_ROLE_FULL_HINTS = ("dosimetrist", "physic", "scheduled with", "attorney", "counsel", "litem", "with pa ", "signed ",
                    "ordered by", "nurse manager", "driver")  # on ascii_lower(text)
# a given name alone after a team role: 'therapists Ana & Ivo', 'coordinator Ana.', 'secretary: Ana 0117 ...', 'social
# work (Ana)'
_ROLE_GIVEN = re.compile(
    r"\b(?i:therapists?|coordinator|secretary|social[ \t]+work)[ \t]*[:(]?[ \t]*([^\W\d_]{2,})"
    r"(?:[ \t]+(?:&|and|AND)[ \t]+([^\W\d_]{2,}))?(?=[ \t]*(?:[.,;)]|\n|\Z|[ \t]+\(?\d))"
)
# a signature line of a given name and a surname with credentials after them: 'Ana Ruiz md', 'ana ruiz, pharmd, cacp'
_NAME_CRED_LINE = re.compile(
    r"(?m)^[ \t]*([^\W\d_]{2,}[ \t]+[^\W\d_]{2,}(?:[-'’][^\W\d_]{2,})?),?[ \t]+"
    r"(?i:md|do|np|rn|pa-c|pharmd|lpn|aud|au\.d\.)(?:[ \t]*,[ \t]*[A-Za-z-]{2,6})*[ \t]*$"
)
_CRED_LINE_HINTS = (" md\n", "pharmd", " np\n", " rn\n", " lpn\n", " aud\n", " do\n")  # on ascii_lower(text)
_DOTTED_HINTS = (". aud", ". rn", ". lpn", ". np", ". md", ". pa", ". slp", ". otr", ". rd", ". ma", ". cma")
# 'Dr. I.A. Lindqvist', 'Attending: J.R. Moreau': initials written together before the surname
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.[ \t]?){2,3}(?=[ \t]*[A-Z][^\W\d_])")
# a scale, sign or disease named after a person: 'Wells score', 'Allen test', 'Baker cyst'
_EPONYM_NEXT = re.compile(
    # 'Amsterdam II criteria', 'Epworth Sleepiness Scale', 'Boston Bowel Prep Scale', 'Prague C2M5'
    # and tests: 'Boston Naming Test', 'Beck Depression Inventory', 'Wisconsin Card Sorting', 'Rey Complex Figure'
    r"(?:['’]s)?(?:[ \t]+(?:[IV]{1,3}|[A-Z][a-z]+)){0,3}[ \t]+(?i:score|scale|criteria|classification|questionnaire"
    r"|test|inventory|sorting|battery|figure)\b"
    r"|(?:['’]s)?[ \t]+(?i:signs?|test|naming|maneuvers?|manoeuvres?|syndrome|disease|level|type|neuroma"
    r"|contractions|adl|iadl|cyst|reflex|drain|catheter|rule|rules|grade|stage|staging"
    r"|collar|brace)\b|[ \t]+C\d{1,2}M\d{1,2}\b"  # 'PHILADELPHIA COLLAR', 'Boston brace': devices
    r"|[ \t]+[A-Za-z][ \t-]+(?i:collar|brace)\b"  # 'Miami J collar'
    r"|[ \t]+(?i:ankle|knee|foot|head|spine|c-spine)[ \t]+(?i:rules?)\b"  # 'Ottawa ankle rules'
    r"|/[A-Z]{2,5}-\d\b"  # 'Denver/ASQ-3': a test and its versioned twin
    r"|[ \t][a-z][ \t]\d{1,2}\b"  # 'Ara h 2', 'Bet v 1': allergen components
)
_CAP_WORD = re.compile(r"[A-Z][^\W\d_]+(?:-[^\W\d_]+|['’](?![sS]\b)[^\W\d_]+)*")  # no possessive 's
_NAME_GAP = re.compile(r"[ \t]+(?:[A-Z]\.?[ \t]+)?")

_ORG_TOKEN = r"(?:[A-Z][\w'’&.-]*|of|and|&|the|for)"
_FACILITY_LOW = re.compile(  # on ascii_lower(text)
    "(?:" + "|".join(
        sorted((w.lower().replace(" ", r"[ \t]+").replace("'", "['’]?") for w in FACILITY_WORDS), key=len, reverse=True)
    ) + r")\b"
    r"(?![ \t]+act\b)"  # 'Fair Credit Billing Act': a law, no company
    r"(?<!hosp(?=[ \t]*\.?[ \t]*(?:no\b|number|\#)))"  # 'Hosp No: H123': a record number's label, no hospital
)
_ORG_BEFORE = re.compile(
    r"(?<![\w'’&.-])(?:(?:St|ST|Saint|SAINT)\.?[ \t]+)?(?:" + _ORG_TOKEN + r"[ \t]+){1,5}\Z"
)
_PERSON_BEFORE_GAP = re.compile(
    r"\b(?:Dr|DR|Mr|MR|Mrs|MRS|Ms|MS|Prof)\b\.?[ \t]+\S[^\n]*\Z|,[ \t]*(?:MD|DO|NP|PA|RN)\Z"
)
_PRACTICE_AFTER_TOWN = re.compile(
    r"(?i:internal[ \t]+medicine|family[ \t]+(?:medicine|practice|health)|primary[ \t]+care|pediatrics|hospital"
    r"|medical[ \t]+(?:center|group|associates)|(?:community[ \t]+)?health[ \t]+center)\b"
)
_TECHNIQUE = re.compile(r"(?i:imaging|radiology|laborator(?:y|ies)|labs)\b")
_ORG_OF = re.compile(
    r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][^\W\d_A-Z][\w'’-]*){0,3}"  # no heading after it
    r"|[ \t]+OF[ \t]+(?:THE[ \t]+)?[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){0,3}"
)
_ORG_CONTEXT = _lower_pattern(
    r"(?i)\b(?:seen[ \t]+at"
    # outside labs, draw sites, payers, second opinions, suppliers, stores and records vendors: 'labs ordered to X',
    # 'Draw site: X', 'not covered per X', 'approved by X', 'PAYER X', '(2nd) opinion at X', 'prescription via X',
    # 'meter via X', 'snacks from X', 'label reading at X', 'copy logged in X portal'
    r"|labs[ \t]+(?:ordered|sent)[ \t]+to|draw[ \t]+site[ \t]*:|covered[ \t]+per|approved[ \t]+by"
    r"|payer[ \t]*:?|opinion[ \t]+(?:at|with)|(?:prescription|prescriptions|meter|supplies)[ \t]+via"
    r"|(?:snack|snacks)[ \t]+from|groceries[ \t]+(?:from|at)|label[ \t]+reading[ \t]+at"
    r"|logged[ \t]+in(?=[ \t]+[^\n]{2,40}?[ \t]portal\b)"
    r"|transferred[ \t]+(?:from|to)|transfer[ \t]+from|in[ \t]+transfer[ \t]+from"
    r"|admitted[ \t]+(?:to|at)|presented[ \t]+to|discharged[ \t]+to|followed[ \t]+at|treated[ \t]+at"
    # an earlier stay or visit and the patient's own doctor's practice: 'Hospitalized at X 3/4/19', 'Seen in the ED
    # at X on ...', 'ADMITTED FROM X ON 5/2', 'came from X via med flight', 'PCP DR ANA RUIZ AT X'
    r"|hospitali[sz]ed[ \t]+at|(?:in|to)[ \t]+(?:the[ \t]+)?(?:ed|er|emergency[ \t]+(?:department|room))[ \t]+at"
    r"|admitted[ \t]+from|came[ \t]+from"
    r"|pcp[ \t]+(?:(?:dr\.?|doctor)[ \t]+)?(?:[a-z'’-]+[ \t]+){1,2}?at"
    r"|evaluated[ \t]+at|works?[ \t]+(?:at|for)|employed[ \t]+(?:at|by)|worked[ \t]+(?:at|for)"
    # employers, insurers, agencies and outside labs: 'works as a barista for the MBTA', 'Retired from UPS',
    # 'insured through ...', 'Insurance: ...', 'Referred to ...', 'Outside slides from ...', 'Fell at ...'
    r"|(?:works|work|worked|working|employed)[ \t]+as[ \t]+(?:an?[ \t]+)?(?:[a-z'’/-]+[ \t]+){1,3}"
    r"(?:at|for|with|by)"
    r"|retired[ \t]+(?:[a-z]+[ \t]+)?from|laid[ \t]+off[ \t]+from|job[ \t]+(?:at|with)|employer[ \t]*:"
    # a job and its employer: 'Bus driver for Larch Coach', 'cashier at Oak Market', 'on leave from Birch Co-op'
    r"|(?:driver|cashier|clerk|mechanic|dispatcher|machinist|welder|teller)[ \t]+(?:for|at)|on[ \t]+leave[ \t]+from"
    # a form's organisation fields: 'Daycare: ...', 'School: ...', 'Occupation/school: ...', a trial's 'Sponsor:'
    # and 'CRO:'
    r"|(?:daycare|day[ \t]+care|school|sponsor|cro)[ \t]*:"
    r"|insured[ \t]+(?:through|by|with|via)|insurance[ \t]*(?:carrier|provider|plan|company)?[ \t]*:|insurer[ \t]*:"
    r"|referred[ \t]+to|referral[ \t]+to|(?:slides|records|films|images|blocks)"
    r"(?:[ \t]+(?:faxed|sent|obtained|received|requested|reviewed))?[ \t]+from"  # 'OSH RECORDS FAXED FROM X'
    r"|fell[ \t]+at|fall[ \t]+at|injured[ \t]+at|services[ \t]+via"
    # a case manager's rehab screens: 'SCREENS SENT TO X AND Y', 'referral faxed to X'
    r"|(?:screens?|referrals?|packets?|applications?)[ \t]+(?:sent|faxed)[ \t]+to"
    r"|admissions?[ \t]+(?:to|at|incl\.?|including)"
    r"|(?:suboxone|methadone|buprenorphine|vivitrol)[ \t]+(?:via|through|from|at)|dispo(?:[ \t]+back)?[ \t]+to"
    # careers and companies: 'spent a year at X', 'the following year at X', 'which later became X',
    # 'CEO of X', 'interned at X', 'looking to join X', 'the address of X is', 'Luiza is from X'
    r"|(?:spent|worked|stayed|interned|studied)[ \t]+(?:a|one|two|three|four|five|six|several|\d{1,2})[ \t]+"
    r"(?:years?|months?|summers?|semesters?)[ \t]+(?:at|with|for)"
    r"|(?:following|next|previous|same|first|final|last)[ \t]+(?:year|summer)[ \t]+(?:at|with)"
    r"|(?:later|eventually|subsequently|then)[ \t]+(?:became|renamed[ \t]+(?:itself[ \t]+)?|merged[ \t]+with)"
    r"|(?:acquired|bought|purchased|taken[ \t]+over)[ \t]+by|merged[ \t]+with|spun[ \t]+off[ \t]+from"
    r"|(?:ceo|cto|cfo|coo|founder|co-?founder|chairman|chairwoman|chairperson|president|vice[ \t]+president"
    r"|spokes(?:person|man|woman)|employee|employees|representative|partner|shareholder|owner)[ \t]+(?:of|at)"
    r"|intern(?:ed|ing)?[ \t]+(?:at|with|for)|internship[ \t]+(?:at|with)|volunteer(?:ed|s|ing)?[ \t]+(?:at|with|for)"
    r"|(?:looking|hoping|eager|excited|keen|applying)[ \t]+to[ \t]+(?:support|join|work[ \t]+(?:at|for|with))"
    r"|address[ \t]+of|(?:is|am|are|was|were)[ \t]+from"
    # 'ADMITTED 3-14 FROM X', 'tx'd 6/2 from X'; 'report called to RN Ana at X': a transfer's other end
    r"|(?:admitted|adm|transferred|tx['’]?d)[ \t]+(?:on[ \t]+)?\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?[ \t]+from"
    r"|report[ \t]+(?:called|given|phoned)[ \t]+to[ \t]+(?:[a-z]+\.?[ \t]+){0,3}?at"
    r"|meet(?:ing)?[ \t]+(?:(?:you|me|us|them)[ \t]+)?"
    r"(?:(?:on[ \t]+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day[ \t]+)?at"
    # where the patient lived before coming in: 'PRIOR TO ADM LIVED AT X', 'resides at Y with wife' (home, a street
    # address or the kinds of place name none)
    r"|(?:lived|lives|living|resided|resides|residing)[ \t]+at)"
    r"(?:[ \t]+|(?<=at)[ \t]*\n[ \t]*)(?:the[ \t]+)?"  # a line may break after 'at': 'lived at\nX'
)
_SENT_TO = re.compile(r"(?:sent|faxed)[ \t]+to")
_AND_SPLIT = re.compile(r"[ \t]+(?:and|AND|&)[ \t]+")
# a rehab recommended before its alternative: 'REC X VS HOME W/ VNA', 'rec X or similar' (group 1)
_REC_PLACE = re.compile(
    r"\b(?i:rec|recs|recommend(?:ed|s)?)[ \t]+([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}?)"
    r"[ \t]+(?i:vs\.?|versus|or[ \t]+similar|or[ \t]+equivalent)\b"
)
# a transfer's route: 'FROM X VIA Y ED', 'via Y ER' (the nursing home the patient came from and the emergency
# department that sent the patient up); group 1 the place before 'via' (if any), group 2 the hospital
_VIA_ED = re.compile(
    r"(?:\b(?i:from)[ \t]+([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})[ \t]+)?\b(?i:via)[ \t]*\n?[ \t]*"
    r"([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}?)[ \t]+(?:ED|ER|E\.D\.|Ed|Er|EMERGENCY|Emergency)\b"
)
_FOR_REHAB = re.compile(r"[ \t]+(?:for|FOR|For)[ \t]+\Z")
# 'health' as what a form, a record or a heading is about, no organisation's last word: 'the health form', 'protected
# health information', 'BEHAVIORAL HEALTH INTAKE ASSESSMENT' (the last only after department words alone)
_HEALTH_NOUN_AFTER = re.compile(
    r"[ \t]+(?i:forms?|information|records?|history|maintenance|screening|questionnaire|literacy|concerns?)\b"
)
# the trades and mills among FACILITY_WORDS name an employer after a capitalised name, never after 'for' ('SNOW
# REMOVAL FOR LARCH EXCAVATING' is 'LARCH EXCAVATING')
_TRADES = frozenset(
    "excavating excavation machining plumbing roofing trucking landscaping paving freight cannery".split()
)
_LAST_FOR = re.compile(r"(?i)[ \t](?:for|to|at|from|by)[ \t]+(?!.*[ \t](?i:for|to|at|from|by)[ \t])")
_HEALTH_HEADING_AFTER = re.compile(
    r"[ \t]+(?i:intake|assessment|evaluation|progress|note|notes|consult(?:ation)?|screening)\b"
)
# a place the patient waits to go to: 'PLAN ELM RIDGE WHEN BED AVAIL', 'to Oakfield once a bed is available'
_BED_AT = re.compile(
    r"((?:[^\W\d_][\w'’.-]*[ \t]+){0,3}[^\W\d_][\w'’.-]*)[ \t]+(?i:when|once|if)[ \t]+(?:an?[ \t]+)?(?i:bed)s?"
    r"[ \t]+(?:(?i:is|are)[ \t]+)?(?i:avail|available|opens|offered|ready)\b"
)
# the primary care doctor's practice in brackets after the name: 'PCP DR LEE (ELM RIDGE)', 'pcp: ruiz (fallon)'
_PCP_PRACTICE = re.compile(
    r"\b(?:PCP|Pcp|pcp)[ \t]*:?[ \t]+(?:(?i:dr\.?|doctor)[ \t]+)?[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?"
    r"[ \t]*\([ \t]*([^\W\d_][\w'’&.-]*(?:[ \t]+[^\W\d_][\w'’&.-]*){0,3})[ \t]*\)"
)
# multi-word facility words that are no name by themselves ('MEDICAL CENTER' alone is a place type)
_FACILITY_HEADS = frozenset({
    "medical", "health", "nursing", "rehabilitation", "cancer", "children's", "children’s", "childrens",
    "surgery", "surgical", "imaging", "urgent", "regional", "community", "care", "skilled", "assisted",
    "home", "visiting", "primary", "internal", "family", "district", "probate", "superior", "housing", "juvenile",
    "ambulance", "senior", "healthcare", "rehab", "group", "kidney", "dialysis", "renal", "drug",
    "dental", "school", "paper",  # 'the Dental Lab', 'the school district', 'the paper mill': a kind of place
    "funeral", "air",  # 'FUNERAL HOME:' a form's field, 'air medical'
})
# the words that open no organisation's name after a cue: titles ('works for Dr. Kaplan')
_ROLE_ABBREVIATION = re.compile(r"(?:PCP|Pcp|pcp|MD|NP|PA|RN|CM|SW)[ \t]+")
_ORG_NOT_FIRST = frozenset({"dr", "mr", "mrs", "ms", "miss", "prof", "doctor", "pcp", "md",
                            "bed", "room", "rm"})  # 'ADMITTED TO BED 10': a bed, not a facility
# what a bank statement's line says before the payer or payee: 'PAYROLL DIRECT DEP', 'ACH CREDIT', 'POS PURCHASE'
_TRANSACTION_KIND = re.compile(
    r"(?i:(?:payroll[ \t]+)?direct[ \t]+dep(?:osit)?\.?"
    r"|(?:payroll[ \t]+)?ach(?:[ \t]+(?:credit|debit|deposit|pmt|payment))?"
    r"|zelle(?:[ \t]+payment)?(?:[ \t]+(?:to|from))?|(?:pos|debit[ \t]+card|visa[ \t]+debit)[ \t]+purchase"
    r"|bill[ \t]+pay(?:ment)?(?:[ \t]+to)?)[ \t]+"
)
_COMMA_CREDENTIALS = frozenset("DO D.O. RD CCS CPC CCRC CCRP RPSGT CNA DPT".split())  # 'Ana Ruiz, CPC', not 'ICD CPC'
# a team list's role after the name: 'Ana Ruiz (PT); T. Small (OT)'
_ROLE_AFTER = re.compile(r"\((?:SW|PT|OT|RN|MD|NP|PA|SLP|RT|RD|CM|LPN|CNA|PharmD|chair|Chair)\)")
# an e-mail's sender or recipient: 'From: Ana Ruiz <ana@example.org>'
_MAIL_NAME = re.compile(r"(?m)^[ \t>]*(?:From|To|Cc|CC|FROM|TO)[ \t]*:[ \t]*([^<\n@,;:]{2,60}?)[ \t]*<[^<>\n@]+@")
# an initial and a surname alone in a table's cell: '| S. Okafor |'
_CELL_INITIAL = re.compile(r"(?<=\|)[ \t]*([A-Z]\.[ \t]?[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*)[ \t]*(?=\|)")
_SURNAME_WORDS = NAME_STOPWORDS & WORD_SURNAMES - AUXILIARY_NAMES - frozenset("march may".split())
_ID_WORDS = frozenset("id no number policy member card".split())
_SENTENCE_END = re.compile(r"(?:[a-z]{2}|[A-Z]{3,})\.[ \t]+(?=[A-Z])")  # not 'St. Mary's'

_COURT_KINDS = frozenset("district probate superior housing juvenile".split())  # 'IN THE DISTRICT COURT OF'
# what a hospital's own clinics are named for: 'HF clinic', 'Anticoag Clinic', 'ESRD clinic'
_CLINIC_KINDS = frozenset(
    "hf ckd esrd dm tb id gu cf ms pd afib inr anticoag anticoagulation warfarin coumadin lipid heart failure dialysis"
    " device pacer pacemaker asthma ild lung liver seizure ibd hep hepatitis chf copd hiv wound".split()
)
_ORG_END = frozenset("hospital hospitals center centre clinic infirmary hospice manor".split())
_SPECIALTY_END = re.compile(r"(?i)(?:ology|iatry|iatrics|pedics|paedics)\Z")
_FACILITY_NEXT = re.compile(r"[ \t]+(?i:" + "|".join(sorted(_ORG_END)) + r")\b")
# what ends a run after a cue without being part of the name: 'Seen at Lakeshore Hospital Emergency Department'
_ORG_TAIL = frozenset("ed er icu emergency department dept unit floor ward room today yesterday tomorrow".split())
# kinds of place that name none: 'REFERRED TO HOSPICE', 'FELL AT WORK', 'DISCHARGED TO SNF'
_PLACE_KINDS = frozenset(
    "hospice snf ltac ltach nh alf vna rehab hospital clinic shelter court church school work jail prison detox "
    "aa na ymca pcp daycare creamery mill".split()
)
# a hospital's abbreviation in brackets after its name: 'Merrimack Valley General (MVG)'
_ABBREVIATION_AFTER = re.compile(r"[ \t]*\([ \t]*([A-Z][A-Z&]{1,6})[ \t]*\)")
_ORG_TRIM = (_HARD_STOP - frozenset("north south east west northern southern eastern western".split())) | {
    "outside", "local", "another", "other", "osh", "community", "transfer", "from", "seen",
    "admitted", "presented", "this", "our", "same", "nearby", "area",
    "pacs", "ris", "emr", "ehr",  # image and record systems, not organisations
    "department", "dept", "diagnostic", "interventional", "nuclear",  # 'DEPARTMENT OF DIAGNOSTIC IMAGING'
    "micu", "sicu", "ccu", "csru", "tsicu", "nicu", "picu", "cvicu", "ctic", "pacu", "or", "tele",
    "period", "comma", "colon", "paragraph",  # dictated punctuation: '... period hospital number 4 4 1'
    "attends", "insurance", "insurer", "employer", "carrier", "certification",  # 'Attends Elm Daycare'
    # what a plan says the patient needs, no name: 'PT NEEDS SKILLED CARE', 'REQUIRES NURSING HOME'
    "needs", "need", "needing", "requires", "require", "requiring", "wants", "prefers", "awaiting", "recommend",
    "recommended", "declines", "declined", "refuses", "refused",
}
# a firm of one or two names and its legal form after a comma: 'Brandt & Quill, P.C.', 'Okoro, PLLC'
_FIRM = re.compile(
    r"(?<![\w'’&.-])(?:[A-Z][\w'’-]+[ \t]+(?:&|and)[ \t]+)?[A-Z][\w'’-]+,[ \t]*"
    r"(?:P\.C\.|PLLC\b|LLP\b|L\.L\.P\.|P\.L\.L\.C\.)"  # not a bare 'PC' ('AC, PC and HS': with meals)
)
# where an organisation's name cannot go on: a column gap ('Elm Schools   Carrier: ...') or a line break
# before a field label ("Elm Men's Health\nPatient: ...")
_ORG_COLUMN = re.compile(r"[ ]{3,}|\t|[ \t]*\n(?=[ \t]*[A-Za-z]+[ \t]*:)|[ \t]+(?:--|—)[ \t]+")
# legal forms that end a company name: 'Shepherd Ltd.', 'Streetcred Software Inc.', 'Asc Partners'
_COMPANY = re.compile(
    r"(?<![\w'’&.-])((?:(?!(?i:Inc|Ltd|LLC|Corp|GmbH|Co|AG|PLC)\b)[A-Z][\w'’&.-]*[ \t]+(?:(?:of|and|&|the|for)[ \t]+)?){1,4})"
    r"(?:Inc|INC|Incorporated|LLC|L\.L\.C|Ltd|LTD|Limited|GmbH|GMBH|AG|Corp|CORP|Corporation|Co|PLC|plc|LLP|LP|Pty|Oy|AB|ASA|SARL|S\.A|SA|"
    r"S\.p\.A|SpA|N\.V|B\.V|KG|Partners|Associates|ASSOCIATES|Specialists|SPECIALISTS|Holdings|Technologies|Sons"
    r"|Brothers|Bros|Consulting"
    r"|Industries|Enterprises|Ventures|Bank|Capital|Supply|Therapeutics|Pharmaceuticals|Biopharma"
    # banks and trust companies ('First Elm Trust', 'ELM SAVINGS BANK'; a sentence's stop after 'Trust' stays out)
    r"|BANK|Trust|TRUST)\b(?:(?<!Trust)(?<!TRUST)\.)?"
)
# 'First' opening a bank's or a trust company's name: 'First Elm Trust', 'FIRST OAK BANK'; what a hospital banks
# ('BLOOD BANK', 'Milk Bank') names a service, no company
_FIRST_BANK = re.compile(r"(?<![\w'’&.-])(?:First|FIRST)[ \t]+\Z")
_BANKED = frozenset("blood tissue eye milk food sperm cord bone organ skin".split())
_ORG_RUN = r"[A-Z][\w'’&.-]*(?:[ \t]+(?:(?:and|&|of|for)[ \t]+)?[A-Z][\w'’&.-]*){0,4}"
# what an organisation is said to be: 'Persint is an German multinational investment bank',
# 'Transunion is a 501(c)3', 'Telenav is a design agency based in ...' (not 'a bank manager')
_ORG_KIND = re.compile(
    r"(?:^|(?<=[.!?:;,\n(\"“])[ \t]*)[ \t]*(" + _ORG_RUN + r")[ \t]+"
    r"(?:is|was|has[ \t]+been|became)[ \t]+(?:an?|the)[ \t]+"
    r"(?:[\w'’-]+[ \t]+){0,6}?(?:company|corporation|firm|agency|bank|nonprofit|non-profit|charity|organi[sz]ation"
    r"|start-?up|manufacturer|retailer|publisher|consultancy|insurer|conglomerate|multinational|enterprise"
    r"|business|brand|label|studio|fund|chain|franchise|subsidiary|provider|501\(c\)\(?3\)?)"
    r"(?![\w-]|[ \t]+(?:manager|executive|employee|worker|owner|teller|clerk|officer|director|account|statement"
    r"|loan|card|holiday|car|doctor|nurse|policy|plan)\b)",
    re.MULTILINE,
)
# 'the Roadify Transit website', 'The Propublica office is at', 'The Symcat Orchestra'
_ORG_BEFORE_NOUN = re.compile(
    r"(?<![\w'’&.-])(?:[Tt]he|[Oo]ur|[Yy]our|[Tt]heir|[Hh]is|[Hh]er)[ \t]+(" + _ORG_RUN + r")[ \t]+"
    r"(?:website|web[ \t]+site|homepage|home[ \t]+page|web[ \t]+page|app|office|offices|headquarters|HQ"
    r"|Orchestra|Band|Choir|Foundation|Trust|Society|Club|Museum)\b"
)
_ORG_KIND_HINT = re.compile(
    r"compan|corporation|firm|agenc|bank|profit|charity|organi[sz]ation|start-?up|manufacturer|retailer|publisher"
    r"|consultancy|insurer|conglomerate|multinational|enterprise|business|brand|label|studio|fund|chain|franchise"
    r"|subsidiary|provider|501"
)
_ORG_NOUN_HINT = re.compile(r"web|home[ \t]*page|app\b|office|headquarters|hq\b|orchestra|band|choir|foundation|trust"
                            r"|society|club|museum")
# a number that opens a company's name: 'I work for 48 Factoring Inc'
_COMPANY_NUMBER = re.compile(r"(?:(?:^|\b(?:for|and|at|by|of)|[,:;])[ \t]+|^)(\d{1,3})[ \t]+\Z", re.MULTILINE)
# 'Davis, Reynolds and Williamson', 'Owens, Duran and Oneal': a firm or a list of people
_NAME_LIST = re.compile(r"\b([A-Z][a-z'’-]+),[ \t]+([A-Z][a-z'’-]+),?[ \t]+(?:and|&)[ \t]+([A-Z][a-z'’-]+)\b")
# facility words that come first in other languages: 'Clinique Saint-Roch', 'Klinikum Rechts der Isar'
_FACILITY_FIRST = re.compile(
    r"\b(?:Clinique|CLINIQUE|Hôpital|HÔPITAL|Hopital|HOPITAL|Klinikum|KLINIKUM|Krankenhaus|KRANKENHAUS|Ospedale|OSPEDALE"
    r"|Centre[ \t]+Hospitalier|CENTRE[ \t]+HOSPITALIER|Spital|SPITAL|Temple(?=[ \t]+[A-Z][a-z]))[ \t]+"
    r"(?:(?:de|del|della|des|du|la|le|der|am|an|St\.?|Saint|San|Santa|Sankt|DE|DU|DES|LA|LE|DER|SAINT)[ \t-]+)*"
    r"[^\W\d_][\w'’-]*(?:[ \t-]+[^\W\d_a-z][\w'’-]*){0,2}"
)
# 'DAUGHTER ANOUK CALLED': a word between a relative and what relatives do is their name
_RELATIVE_DOES = re.compile(
    r"[ \t]+(?:CALLED|AWARE|UPDATED|VISITED|VISITING|PRESENT|AT[ \t]+BEDSIDE|IN[ \t]+TO|HERE|SPOKE|STATES|ASKED"
    r"|ASKING|NOTIFIED|WAS|IS|WILL|REPORTS|CALLING|INFORMED|GAVE|TOOK|PAGED|IN|AT|FROM|WHO|HAS|HAD"
    r"|DRIVES|DROVE|BRINGS|BROUGHT|TAKES|HELPS|VISITS|STAYS"
    r"|FLYING|COMING|ARRIVING|DRIVING)\b"  # on the way to the bedside: 'SON ANA FLYING IN FROM ...'
    # or another companion after 'and': 'HUSBAND ANDERS AND DOULA ... MAY ACCOMPANY'
    r"|[ \t]+AND[ \t]+(?:HUSBAND|WIFE|PARTNER|SON|DAUGHTER|MOTHER|FATHER|MOM|DAD|SISTER|BROTHER|NIECE|NEPHEW|FRIEND"
    r"|DOULA|GUARDIAN|CAREGIVER)\b"
    # or who they are in brackets: 'my dad hamish (he is 99)', 'WIFE ANA (HCP)'
    r"|[ \t]*\((?:HE|SHE|AGE|AGED|HCP|POA|\d)"
    # and a phone number: 'WIFE ANA 5552017788', 'contact: son ali (555) ...'
    r"|[ \t]+\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}\b"
)
_DOUBLE_SURNAME = re.compile(r"\b([A-Z][a-z'’]+)-([A-Z][a-z'’]+)\b")
# 'Szabina J Gelencsér', 'Vide A. Persson': a given name, a middle initial and a surname (mixed case)
_INITIALLED = re.compile(
    r"(?<![\w'’.-])([A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?)[ \t]+[A-Z]\.?[ \t]+"
    r"([A-Z](?:['’][A-Z])?[^\W\d_A-Z]+(?:-[A-Z]?[^\W\d_A-Z]+)*)(?![\w-])"
)
# words that take a letter and then a capitalised word without being a name: 'Hepatitis B Vaccine'
_LETTER_NOUNS = frozenset(
    "hepatitis vitamin factor type grade class stage group lead appendix plan zone level section phase schedule "
    "part team wing building block tower ward bay bed unit exhibit figure table chart vector lot gate row".split()
)
# 'They had 6: Efimiya, Mary, Ariana and Jodi': three or more single words in a list
_LIST_WORD = r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)?"
_WORD_LIST = re.compile(
    r"(?<![\w'’-])" + _LIST_WORD + r"(?:[ \t]*,[ \t]*" + _LIST_WORD + r"){1,10},?[ \t]+(?:and|&)[ \t]+" + _LIST_WORD
    + r"(?![\w'’-])"
)
_LIST_ITEM = re.compile(_LIST_WORD)
# a strong cue before a name typed in lower case: 'my name is vitoria'
_INTRO_STRONG = _lower_pattern(
    r"(?i)\b(?:my[ \t]+(?:(?:first|last|full)[ \t]+)?name[ \t]+is"
    r"|(?:people|friends|everyone|everybody|they|family)[ \t]+(?:usually[ \t]+|sometimes[ \t]+|often[ \t]+)?"
    r"call[ \t]+me)[ \t]+"
)
# names with a lower-case particle: 'Willemine ten Pas', 'Maika van de Noort', 'Ibn al Haytham', 'Iolo ap Gwyn'
_PARTICLES = r"(?:van|von|de|der|den|ten|ter|te|da|do|dos|das|di|du|del|della|dei|bin|ibn|bint|al|el|af|zu|le|la|ap|ab)"
_FIELD_LABEL = re.compile(
    r"(?i:\b(?:patient|pt|name|client|employee|deceased|resident|surname|family[ \t]+name|contact|next[ \t]+of[ \t]+kin"
    r"|guardian|spouse|parent|mother|father))[ \t]*[:|\t]\Z"
)
# a surname with its particle after a title or opening a name field: 'Mr. van der Meer', 'Client: de Wit, Anna'
_PARTICLE_SURNAME = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+|(?<=[:|\t])[ \t]*)"
    r"((?:" + _PARTICLES + r"[ \t]+){1,3}[A-Z][^\W\d_]+(?:['’-][A-Z]?[^\W\d_]+)?"
    r"(?:,[ \t]*[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)?)"
    r"(?![\w'’-])"
)
_PARTICLE_NAME = re.compile(
    r"(?<![\w'’.-])([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)[ \t]+"
    r"((?:" + _PARTICLES + r"[ \t]+){1,3})"
    r"([A-Z][^\W\d_]+(?:['’-][A-Z]?[^\W\d_]+)?)(?![\w'’-])"
)
# words that open a street or place, not a person, before a particle: 'Rue de Tanger', 'Via dei Fiorentini'
_PARTICLE_NOT_FIRST = frozenset(
    "rue via viale vicolo piazza piazzale corso largo avenue avenida av rua calle carrer camino paseo plaza place "
    "chemin route quai boulevard bd strada stra travessa praça quinta cite cité estrada ruta colonia barrio "
    "torsades cri peau tour cinco coup café".split()
)
# transcript lines: 'Ubul: What a wife.' / 'Nicole: Remember me' (two or more speakers, one a given name)
# a single capitalised word before what only people do: 'Timotea lives on ...', 'Enrico shouted at',
# 'Hakuba had given', 'Vsevolod is very reliable'; and the speaker after 'says' at a sentence end
_PERSON_DOES = re.compile(
    r"(?<![\w'’.-])([A-Z][^\W\d_A-Z]+(?:-[A-Za-z][^\W\d_A-Z]+)?)[ \t]+"
    r"(?:lives|lived|resides|resided|shouted|whispered"
    r"|replied|explained|began[ \t]+(?:writing|working|studying)|spent[ \t]+(?:a|one|two|three|several)|had[ \t]+given"
    r"|is[ \t]+very[ \t]+(?:reliable|kind|nice|friendly|helpful)|(?:was|is)[ \t]+a[ \t]+huge|is[ \t]+from)\b"
)
_SAYS_NAME = re.compile(
    r"(?:[\"”!?][ \t]*|,[ \t]*)(?:says|said|asks|asked|replied|added)[ \t]+"
    r"([A-Z][^\W\d_]+(?:[ -][A-Za-z][^\W\d_]+)?)(?=[.!?,]|[ \t]+to[ \t]|\Z)"
)
_SPEAKER_NOT = frozenset(
    "user bot agent customer client caller operator host guest interviewer interviewee q a question answer note "
    "subject from to cc date sent re where when who what why how time location address phone email".split()
)
_SPEAKER = re.compile(r"(?m)^[ \t>]*([^\W\d_]+(?:[ \t]+[^\W\d_]+)?)[ \t]*:[ \t]*(?=[\"“A-Z])")
_LOWER_WORD = re.compile(r"[^\W\d_A-Z][^\W\d_A-Z'’-]*(?![\w'’-])")
_LOWER_PAIR = re.compile(r"(?<![\w'’-])(?=([a-z]+)[ \t]+(?:[a-z]\.?[ \t]+)?([a-z]+(?:-[a-z]+)?)(?![\w'’-]))")
_UPPER = re.compile(r"[A-Z]")
_ORG_CONNECT = frozenset({"of", "and", "the", "for", "&"})
_DIRECTIONS = frozenset("north south east west northern southern eastern western".split())
# 'Neponset Family Health', "St Ann's University Hospital"
_ORG_BACK_STOP = (STOPWORDS - _ORG_CONNECT - _DIRECTIONS - {"family", "university"}) | {
    "osh", "transfer", "dispo", "outside", "pacs", "ris", "emr", "ehr"}
# the outside hospital named in brackets: 'TRANSFERRED FROM OSH (NWH)', 'from an outside hospital (Mercy)'
_OSH_NAMED = re.compile(
    r"(?i:\bosh|outside[ \t]+(?:hospital|facility|institution))[ \t]*\([ \t]*"
    r"([^\W\d_][\w'’&.-]*(?:[ \t]+[^\W\d_][\w'’&.-]*){0,4})[ \t]*\)"
)
# "ST. LUKE'S", "St. Elizabeth's": a saint's name in the possessive is a hospital's
_SAINT_POSSESSIVE = re.compile(r"(?<![\w'’.-])(?:ST|St|SAINT|Saint)\.?[ \t]+[A-Z][A-Za-z]+['’][Ss]\b")
_PLACE_FIRST_WORDS = frozenset(p.split()[0] for p in PLACES | CITIES if " " in p)
_CAPS_PLACE_CUE = re.compile(r"(?:\b(?:IN|FROM|TO|AT|NEAR|OF|VISITING|RESIDES|LIVES)[ \t]+|,[ \t]*)\Z")
_STATE_AFTER = re.compile(r"[ \t]*,[ \t]*(?:" + "|".join(STATE_CODES) + r")\b")
# what a town's name goes before as the town's own ('the ELMTON POST OFFICE', 'ELMTON TOWN HALL'): in capitals a
# known town counts before it as after 'IN'
_TOWN_OWNS = re.compile(r"[ \t]+(?i:post[ \t]+office|town[ \t]+hall|city[ \t]+hall|public[ \t]+library)\b")
# a town and its state code without a comma between them, after a comma, at the end of a line or before a ZIP:
# 'RESIDENCE, TWIN FALLS ID', 'unit c, flagstaff az 86001' (not credentials and units: MD, PA, MA, OR, DE, IN, ME;
# 'CA' only before a ZIP: 'Colon CA' is a cancer)
_TOWN_STATE = re.compile(
    r",[ \t]*((?:[A-Z][A-Za-z'’.-]+[ \t]+){0,2}[A-Z][A-Za-z'’.-]+)[ \t]+"
    r"(" + "|".join(c for c in STATE_CODES if c not in ("MD", "PA", "MA", "OR", "DE", "IN", "ME", "CA"))
    + r"|CA(?=[ \t]+\d{5}\b))(?=[ \t]+\d{5}\b|[ \t]*(?:\n|\Z))"
)
# a town and its state code after 'from' ('DTR FROM RENO, NV ON SPEAKER', 'son from Dayton, OH.'); not the codes
# that are credentials or words ('REPORT FROM OKONJO, MD', 'from Lee, PA')
_FROM_TOWN_STATE = re.compile(
    r"\b(?i:from)[ \t]+([A-Z][A-Za-z'’.-]+(?:[ \t]+[A-Z][A-Za-z'’.-]+)?)[ \t]*,[ \t]*"
    r"(" + "|".join(c for c in STATE_CODES if c not in ("MD", "PA", "MA", "ME", "DE", "IN", "OR", "CA", "DO")) + r")"
    r"(?=[ \t]*(?:[,.;)\n]|\Z)|[ \t]+(?i:on|with|where|who|until|since|but|and|for)\b)"
)
# a town before its state's full name after 'in', 'from' or 'near': 'lives in Elmton, Vermont', 'near Oak Bay, Utah'
_TOWN_STATE_NAME = re.compile(
    r"\b(?:in|from|near|IN|FROM|NEAR)[ \t]+([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?|[A-Z]{3,}(?:[ \t]+[A-Z]{3,})?)"
    r"[ \t]*,[ \t]*(?i:" + "|".join(US_STATE_NAMES).replace(" ", r"[ \t]+") + r")\b"
)
# a state alone by its code where a person comes from or lives: 'SON IN FROM AZ SINCE 10/2', '(in from VT)',
# 'WIFE WHO LIVES IN NM, IN AGREEMENT' (lower-case lines are read upper-cased); codes that are words stay
_STATE_CUED = re.compile(
    r"\b(?i:in[ \t]+from|(?:flew|flown|drove|driven|came)[ \t]+(?:in|up|down)[ \t]+from"
    r"|(?:lives|living|lived|resides|residing|moved|relocated)[ \t]+(?:in|to|from))[ \t]+"
    r"(" + "|".join(c for c in STATE_CODES if c not in ("OR", "IN", "ME", "HI", "OK", "OH")) + r")"
    r"(?=[ \t]*(?:[,.;)\n]|\Z)|[ \t]+(?i:since|with|for|and|to|on|until|where|who|but)\b)"
)
# a town and its state code where a person moved, lives or grew up: 'moved to Elmton, MA in 2008', 'lives in Oak
# Bay, PA with her son', 'raised in Elm Falls, MD.'; after these verbs even the codes that are credentials elsewhere
# ('Ruiz, MD', 'Lee, PA') name a state; not the codes that are words ('moved to salem, or, later ...' read upper-cased)
_SETTLED_TOWN_STATE = re.compile(
    r"\b(?i:moved|relocated|lives|living|lived|resides|residing|born|raised|grew[ \t]+up)[ \t]+(?i:to|in|from)[ \t]+"
    r"([A-Z][A-Za-z'’.-]+(?:[ \t]+[A-Z][A-Za-z'’.-]+){0,2})[ \t]*,[ \t]*"
    r"(" + "|".join(c for c in STATE_CODES if c not in ("OR", "IN", "ME", "HI", "OK", "OH", "DO")) + r")"
    r"(?=[ \t]*(?:[,.;)\n]|\Z)|[ \t]+(?i:in|since|with|for|and|to|on|until|where|who|but|after|when)\b)"
)
# a town and its state without a comma where a relative calls or visits from: 'SISTER CALLED FROM ELMTON NV.',
# 'son visiting from Elm Falls Calif'; the codes that are clinical words too (CT, MS, MI, LA) only after a known town
_CALLED_FROM_TOWN_STATE = re.compile(
    r"\b(?i:called|calling|phoned|visiting|drove[ \t]+in|flew[ \t]+in)(?:[ \t]+|[ \t]*\n[ \t]*)(?i:from)(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"([A-Z][A-Za-z'’.-]+(?:[ \t]+[A-Z][A-Za-z'’.-]+){0,2})[ \t]+"
    r"(" + "|".join(c for c in STATE_CODES if c not in ("MD", "PA", "MA", "ME", "DE", "IN", "OR", "CA", "DO", "OK",
                                                        "HI", "OH"))
    + r"|(?:FLA|Fla|CALIF|Calif|CONN|Conn|TENN|Tenn|ARIZ|Ariz|MINN|Minn|WISC|Wisc|OKLA|Okla)\.?)(?=[ \t]*(?:[.,;)\n]|\Z))"
)
_CLINICAL_CODES = frozenset("CT MS MI LA".split())
# a town and its state code where a letterhead, a pedigree or a transfer names them: before a ZIP ('North Elm, MN
# 55901'; not 'ID', before a number as often as Idaho), or closing a clause ('lives in Reno, NV: ...', '(St. Cloud,
# MN)', 'ELM GROVE MEMORIAL ED, ELM GROVE WI.');
# without a ZIP only codes that are no clinical abbreviation or credential (not MD, PA, CT, MI, MS, LA, GA, SC, ...)
_PLAIN_STATES = "|".join(c for c in STATE_CODES if c not in (
    "MD", "PA", "MA", "OR", "DE", "IN", "ME", "CA", "CO", "CT", "GA", "ID", "LA", "MI", "MS", "AR", "SC", "ND", "NE",
    "PR", "OH", "OK", "HI", "VA", "DC", "GU", "VI", "AL", "MO"))
_COMPASS = frozenset("north south east west new".split())
_TOWN_STATE_CUE = re.compile(r"(?:\b(?i:in|from|at|of|near|to)[ \t]+|\([ \t]*|,[ \t]*)\Z")
_TOWN_COMMA_STATE = re.compile(
    r"(?<![\w'’.-])((?:[A-Z][A-Za-z'’.-]+[ \t]+){0,2}[A-Z][A-Za-z'’-]+)[ \t]*,[ \t]*"
    r"(?:(" + "|".join(c for c in STATE_CODES if c != "ID") + r")(?=[ \t]+\d{5}(?:-\d{4})?\b)"
    r"|(" + _PLAIN_STATES + r")(?=[ \t]*(?:[.;:)\n]|\Z)))"
    r"|,[ \t]*((?:[A-Z][A-Z'’.-]+[ \t]+){0,2}[A-Z][A-Z'’-]+)[ \t]+(" + _PLAIN_STATES + r")(?=[.;)][ \t]|[.;)]?\n)"
)
# a state by its code before a vehicle's plate: 'VEH: FORD F-150, NH PLATE 123 ABC', 'ma plate 4XY 921'
_STATE_PLATE = re.compile(
    r"(?<![\w'’.-])(" + "|".join(c for c in STATE_CODES if c not in ("OR", "IN", "ME", "HI", "OK", "OH", "DO"))
    + r"|" + "|".join(c.lower() for c in STATE_CODES if c not in ("OR", "IN", "ME", "HI", "OK", "OH", "DO", "MD", "PA"))
    + r")[ \t]+(?i:(?:license|licence|lic\.?|reg(?:istration)?)[ \t]+)?(?i:plates?|tags?)\b"
)
_ORG_GAP = re.compile(r"[ \t&]+")
_PLACE_CONTEXT = _lower_pattern(
    r"(?i)\b(?:lives|living|resides|residing|born|grew[ \t]+up|moved|relocated|native|originally"
    r"|visiting|travel(?:l?ed)?|trip|vacation|flew|immigrated|emigrated|home)[ \t]+(?:in|to|from|of)"
    r"(?:[ \t]+|[ \t]*\n[ \t]*)"
    # 'a 91 yo widow from X', 'a 67 year old man from X', 'niece called from X': where a person is from or calls from
    r"|(?:yo|y/o|man|woman|male|female|gentleman|lady|widow|widower|veteran|resident|called|calling|phoned|driving)"
    r"[ \t]+from(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"|(?:lives|lived|living|resides|residing|staying|stays|stayed)[ \t]+(?:with|w/)[ \t]*(?:[a-z'’-]+[ \t]+){1,3}in"
    r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # 'pt lives w/ son in\nX'
    # 'son is local in X', 'THEIR PASTOR FROM X': who lives nearby, and the clergy of a home parish
    r"|local[ \t]+(?:in|to)[ \t]+|(?:pastor|priest|rabbi|imam|minister)[ \t]+from[ \t]+"
    # 'A 92 YO WOMAN FROM LYNN', '64 y/o m from Quincy': where the patient comes from, in the opening line
    r"|(?:yo|y/o|y\.o\.|year[ \t-]old)[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:woman|man|male|female|gentleman|lady|m|f)"
    r"[ \t]+from[ \t]+"
    r"|(?:lives|living|resides|residing|staying)[ \t]+at[ \t]+\d+[a-z]?(?:[ \t]+[a-z'’.-]+){1,4},?[ \t]+in[ \t]+"
    r"|originally[ \t]+from[ \t]+|(?:moved|came|emigrated)[ \t]+here[ \t]+from[ \t]+|arrived[ \t]+(?:at|in)[ \t]+"
    # 'I am in Rohod for a business trip', "home city Assen:", 'hometown of X'
    r"|(?:i[ \t]+am|i['’]m|we[ \t]+are|we['’]re)[ \t]+(?:currently[ \t]+|now[ \t]+|still[ \t]+)?in[ \t]+"
    r"|(?:home|native)[ \t]*(?:city|town|village|country)[ \t]+(?:of[ \t]+)?"
    r"|(?:city|town|place)[ \t]+of[ \t]+birth[ \t]*:[ \t]*"  # 'City of birth: Cap-Haitien'
    r"|(?:near|outside[ \t]+of|outside)[ \t]+(?=[a-z'’-]+(?:[ \t]+[a-z'’-]+)?,[ \t]*[a-z])"  # 'MVC near Elm, Ohio'

    # 'BIBA from Lynn', 'brought in by EMS from Quincy': where the ambulance picked the patient up
    r"|(?:biba|bibems|bib)[ \t]+from[ \t]+"
    r"|brought[ \t]+in[ \t]+(?:by[ \t]+(?:ems|ambulance|police|family)[ \t]+)?from[ \t]+"
)


_also_shouted = also_shouted


def _is_caps(text: str, start: int, end: int) -> bool:
    """True if the text around ``start:end`` has no lower-case ASCII letters."""
    return _LOWER.search(text, max(0, start - 80), min(len(text), end + 80)) is None


def _word_ok(word: str, level: int, caps: bool, first: bool, prev_first_name: bool) -> bool:
    """Whether ``word`` may be (part of) a name in a context of strength ``level``."""
    bare = word.rstrip(".")
    low = bare.lower()
    if len(bare) == 1 and word != bare and bare.isupper():  # 'F.' is an initial, not the word 'f'
        return not first or level >= TITLE
    if len(word) == 1 and word.isupper() and not first and level == HEADER:
        return True  # 'Patient: Albright, Yuki A': a middle initial without its dot
    if not bare[0].isupper():
        return False
    if low in _HARD_STOP:  # 'DR. MARCH', 'DR WARD': after a title these are surnames
        # ... and in a field after a given name ('Patient: Hyun-woo Small'), when no month or verb
        return level >= TITLE and low in NAME_STOPWORDS and (first or (level == HEADER and low in _SURNAME_WORDS))
    if len(bare) == 1:  # an initial
        return not first or level == HEADER
    if low in EPONYMS and level < TITLE:
        return False
    if not caps and bare.isupper() and len(bare) > 1 and low not in _GAZETTEER:
        return level == HEADER  # an acronym inside mixed-case text
    if level == HEADER:
        return True
    if level == TITLE and (first or not caps):
        return True
    if not caps:
        return True
    in_gaz = low in _GAZETTEER
    return in_gaz or (prev_first_name and _plausible_name_word(word))  # not 'MR CRUZ REFUSING'



def _given_then_name(words: str) -> bool:
    """'Ana Ruiz', 'ANA RUIZ', 'ana ruiz', 'Ana R.' after a role's cue: two words that may be a given name and a
    surname (no stop, report, medical, department or document word)."""
    parts = words.split()
    if len(parts) != 2:
        return False
    for i, word in enumerate(parts):
        bare = word.rstrip(".")
        low = bare.lower()
        if i == 1 and len(bare) == 1:
            continue
        if low in MEDICAL_TERMS or low in DEPARTMENTS or low in DOCUMENT_WORDS or (
                low not in NAME_STOPWORDS and not _plausible_name_word(bare.capitalize())):
            return False
    return True


def _plausible_name_word(word: str) -> bool:
    """A capitalised word that is no stop, report or eponym word and has no typical
    non-name ending ('-ED', '-ING', '-LY'...): a name guess for ALL CAPS text where the
    gazetteer does not know the name."""
    bare = word.rstrip(".")
    low = bare.lower()
    if len(bare) < 2 or not bare[0].isupper() or low in _HARD_STOP or low in EPONYMS:
        return False
    return low in _GAZETTEER or len(low) < 5 or _NON_NAME_SUFFIX.search(low) is None


def _apposition(text: str, pos: int) -> tuple[int, int] | None:
    """1-3 capitalised words at ``pos`` closed by punctuation or the line end: the name in
    'SON, AUGUSTIN.' or 'PER WIFE, OTTILIE, ...'."""
    start = -1
    i = pos
    for _ in range(3):
        t = _TOKEN.match(text, i)
        if not t or not _plausible_name_word(t.group()):
            return None
        if start < 0:
            start = t.start()
        if _APPOSITION_END.match(text, t.end()):
            return start, t.end()
        g = _ONE_SPACE.match(text, t.end())
        if not g:
            return None
        i = g.end()
    return None


def _word_name(text: str, pos: int, surnames: bool = False) -> tuple[int, int] | None:
    """A given name that is also an English word right after a relative or role ('DAUGHTER JUNE',
    'HUSBAND PAT'), after a role also such a surname ('INTERN WARD'); 'WILL' and 'MAY' only when
    no verb follows ('SON WILL IN CHATHAM')."""
    t = _TOKEN.match(text, pos)
    if not t or not t.group()[0].isupper():
        return None
    low = t.group().lower()
    if low not in WORD_FIRST_NAMES and not (surnames and low in NAME_STOPWORDS):
        return None
    if low in AUXILIARY_NAMES and not (t.group().istitle() or _AFTER_AUX_NAME.match(text, t.end())):
        return None
    return t.span()


# how a relative's name closes in a capitals list: 'WIFE NGOZI, SONS ...', 'WITH SISTER ANA.', '... AND DAUGHTER'
_KIN_NAME_END = re.compile(r"[ \t]*[,.;](?=\s|\Z)|[ \t]+(?:AND|AGREES|AGREE)\b")
# what a relative is rather than who: 'WIFE UPSET, ...', 'SON SUPPORTIVE.'
_KIN_STATE = frozenset(
    "UPSET CALM ANGRY SAD HAPPY OK OKAY FINE WELL HOME BUSY SICK ILL AWAY ALONE TIRED HCP LOCAL NEARBY".split()
)
_VOWEL = re.compile(r"[AEIOUY]")
_KIN_TITLES = frozenset("pastor chaplain rabbi imam priest deacon officer".split())


def _relative_name(text: str, pos: int) -> tuple[int, int] | None:
    """An upper-case name the gazetteer need not know right after a relative: one name-like word
    closed by punctuation, 'AND' or 'AGREES' ('WIFE NGOZI, SONS ...'), or two when one of them is
    a known name ('HUSBAND ANA CHAUDHRY AND ...'); words with a vowel only, so 'HCP' is no name."""
    words: list[re.Match[str]] = []
    i = pos
    for _ in range(2):
        t = _TOKEN.match(text, i)
        w = t.group() if t else ""
        if (not t or not w.isupper() or not _plausible_name_word(w) or w in _RELATIVE_VERBS or w in _KIN_STATE
                or not _VOWEL.search(w) or w.endswith("IVE") or w.lower() in MEDICAL_TERMS or w.lower() in DEPARTMENTS
                or w.lower() in _BEFORE_NAME or w.lower() in _KIN_TITLES  # 'AND PASTOR KING': the title stays
                or (w.lower() not in _GAZETTEER and w.endswith(("ED", "S")))):  # "FATHER DIED,", "MOTHER'S ARMS."
            return None
        words.append(t)
        end = _KIN_NAME_END.match(text, t.end()) or (len(words) == 2 and _RELATIVE_DOES.match(text, t.end()))
        if end and (len(words) == 1 or any(x.group().lower() in _GAZETTEER for x in words)):
            return words[0].start(), t.end()
        g = _ONE_SPACE.match(text, t.end())
        if not g:
            return None
        i = g.end()
    return None


def take_name(text: str, pos: int, level: int, max_tokens: int = 4) -> tuple[int, int] | None:
    """The name that starts at ``pos`` (after its context), as ``(start, end)``, or None."""
    m = _TITLE_SKIP.match(text, pos)
    if m:
        pos, level = m.end(), max(level, TITLE)
    if level >= TITLE:
        initials = _DOTTED_INITIALS.match(text, pos)
        if initials:  # 'Dr. I.A. Lindqvist': the initials and the surname after them
            rest = take_name(text, _GAP.match(text, initials.end()).end() if _GAP.match(text, initials.end())
                             else initials.end(), level, max(1, max_tokens - 1))
            return (pos, rest[1]) if rest else None
    caps = _is_caps(text, pos, pos + 40)
    start = end = -1
    count = 0
    comma_used = first_particle = False
    prev_first = False
    i = pos
    while count < max_tokens:
        m = _TOKEN.match(text, i)
        if not m:
            break
        if _LABEL_AFTER.match(text, m.end()) and (count or level == WEAK):
            break  # 'DR. EVERETT LINDGREN PH: ...' - PH is the next field; 'Haddad, RN   Witness: ...' too
        if text[m.end():m.end() + 1].isdigit():
            break  # 'INTERN KING X6894': 'X' opens a number
        if count and m.group() in _RELATIVE_VERBS:
            break  # 'DAUGHTER AMBER DRIVES HIM': what she does ends her name
        if not _word_ok(m.group(), level, caps, count == 0, prev_first):
            # ALL CAPS after a title: a surname the gazetteer does not know, when it ends the name
            if not (
                level == TITLE and caps and count
                and _plausible_name_word(m.group()) and _NAME_END.match(text, m.end())
            ):
                break
        if start < 0:
            start = m.start()
        end = m.end()
        count += 1
        low = m.group().rstrip(".").lower()
        prev_first = low in ALL_FIRST_NAMES or len(low) == 1
        if count == 1:
            first_particle = low in _SURNAME_PARTICLES  # 'Ó DÁLAIGH, ROSE', 'de la Cruz, Ana'
        g = _GAP.match(text, end)
        if level == HEADER and not comma_used and (count == 1 or (count == 2 and first_particle)):
            c = _COMMA_GAP.match(text, end)
            if c and _TOKEN.match(text, c.end()):
                comma_used = True
                i = c.end()
                continue
        if not g or _COLUMN_GAP.fullmatch(g.group()):
            break
        i = g.end()
    if start < 0:
        return None
    if text[end - 2:end] in _POSSESSIVE and end - 2 > start:
        end -= 2  # "Dr. Lindgren's office": the name is 'Lindgren'
    return start, end


class NameDetector(Detector):
    """Person names from headers, titles, credentials, relatives and a US name gazetteer."""

    name = "names"
    entities = ("NAME",)

    def detect(self, text: str) -> list[Span]:
        return _also_shouted(self._detect, text)

    def _detect(self, text: str) -> list[Span]:
        spans: list[Span] = []
        add = spans.append
        low = ascii_lower(text)
        for m in _words_at(_HEADER, low):
            sep = m.group()
            if ":" not in sep and "|" not in sep and not at_line_start(text, m.start()):
                continue  # a label followed only by spaces must open its line
            if "|" in sep and _TABLE_RULE.match(text, m.end()):
                continue  # a Markdown table's column titles, not a field
            n = _CC_NUMBER.match(text, m.end()) if sep.startswith("cc") else None  # 'CC: 1. ANA RUIZ, M.D.'
            r = take_name(text, n.end() if n else m.end(), HEADER)
            if r and _ROLE_NOUN_AFTER.match(text, r[1]):
                r = None  # 'cc: Public Health Nurse ...': the words name the role, the person follows it
            if r and all(w.lower() in DEPARTMENTS or w.lower() in _ORG_CONNECT for w in _TOKEN.findall(text, *r)):
                r = None  # 'Provider: INTERVENTIONAL PULMONARY': a service in the person's field
            if r and sep.startswith("given") and _MEDS_GIVEN.search(low, max(0, m.start() - 16), m.start()):
                r = None  # 'LAST MEDS GIVEN: SINEMET 25/100': what was given, no given name
            if r and sep.startswith("cc") and any(_COMPLAINT.search(w) or w.lower() in _COMPLAINT_WORDS
                                                  for w in _TOKEN.findall(text, *r)):
                r = None  # 'ED. CC: HYPOTENSION, UROSEPSIS': the chief complaint, nobody copied
            if r and sep.startswith("wet") and not _TIME_NEXT.match(text, r[1]):
                r = None  # 'WET READ: ETT 4 cm above carina': the reading itself, no reader before a time
            if r:
                add(Span(r[0], r[1], "NAME", self.name, 0.9))
        for m in SIGNED_NUMBER_LINE.finditer(text):  # 'ANA RUIZ MD 3994486': a sign-off line names its writer
            if not any(w.lower() in _HARD_STOP or w.lower() in DEPARTMENTS for w in _TOKEN.findall(text, *m.span(1))):
                add(Span(m.start(1), m.end(1), "NAME", self.name, 0.8))
        for m in _words_at(_BY, low):
            role = _ROLE_ABBREVIATION.match(text, m.end())  # 'SEEN BY PCP DR. RUIZ': the role, then the name
            r = take_name(text, role.end() if role else m.end(), TITLE)
            if r and all(w.lower() in DEPARTMENTS or w.lower() in _ORG_CONNECT for w in _TOKEN.findall(text, *r)):
                r = None  # 'Seen by Physical Therapy': a service, not a person
            given = _LAST_GIVEN_END.match(text, m.end())
            if given and given.group(2).lower() in WORD_FIRST_NAMES and _plausible_name_word(given.group(1)) \
                    and given.group(1).lower() not in DEPARTMENTS and given.group(1).lower() not in MEDICAL_TERMS:
                r = given.span()  # 'Dictated By: RUIZ, WILL': surname, comma, a given name that is a word
            if r:
                add(Span(r[0], r[1], "NAME", self.name, 0.85))
        for m in _words_at(_TITLE, text):
            title, dot = m.group(1), m.group(2)
            level = WEAK if (title in _WEAK_TITLES and not dot) else TITLE
            r = take_name(text, m.end(), level, 3)
            if r:
                add(Span(r[0], r[1], "NAME", self.name, 0.85))
        for m in _CAPTION.finditer(text) if _has(text, " v. ", " v ", " vs", " V. ", " V ", " VS") else ():
            r = take_name(text, m.end(), TITLE, 3)
            if r:
                add(Span(r[0], r[1], "NAME", self.name, 0.85))
        for m in _CLERGY.finditer(text):
            r = take_name(text, m.end(), TITLE, 2)
            if r:
                add(Span(r[0], r[1], "NAME", self.name, 0.8))
        for m in _NEWBORN.finditer(text):
            r = take_name(text, m.end(), TITLE, 2)
            if r:
                add(Span(r[0], r[1], "NAME", self.name, 0.8))
        for m in _NAME_AGE.finditer(text):
            words = _TOKEN.findall(text, m.start(1), m.end(1))
            if words and all(len(w) > 1 and w.lower() not in _HARD_STOP and w.lower() not in MEDICAL_TERMS for w in words):
                add(Span(m.start(1), m.end(1), "NAME", self.name, 0.75))
        for pattern, target in ((_RELATIVE, low), (_INTRO, low), (_CRED_BEFORE, text), (_ROLE_BEFORE, low),
                                (_CASE_ROLE, text)):
            for m in _words_at(pattern, target):
                if pattern is _ROLE_BEFORE and _OFFICE_BEFORE.search(low, max(0, m.start() - 14), m.start()):
                    continue
                r = take_name(text, m.end(), WEAK, 3)
                if r is None and pattern is not _INTRO:  # 'DAUGHTER JUNE', 'SON WILL IN CHATHAM', 'INTERN WARD'
                    r = _word_name(text, m.end(), surnames=pattern is not _RELATIVE)
                    g = _GAP.match(text, r[1]) if r is not None and not _is_caps(text, r[0], r[1]) else None
                    t = _TOKEN.match(text, g.end()) if g else None
                    if t and t.group()[0].isupper() and _plausible_name_word(t.group()) and t.group() not in \
                            _RELATIVE_VERBS and not _LABEL_AFTER.match(
                            text, t.end()):
                        r = (r[0], t.end())  # 'Cousin June Okonkwo': the surname after the given name
                if r is not None and pattern is _RELATIVE:
                    a = _AND_NAME.match(text, r[1])  # 'DAUGHTERS ANN AND SUE'
                    if a:
                        r2 = (take_name(text, a.end(), WEAK, 2) or _word_name(text, a.end())
                              or _relative_name(text, a.end()))
                        if r2:
                            add(Span(r2[0], r2[1], "NAME", self.name, 0.75))
                if r is None and pattern is _RELATIVE:
                    g = _RELATIVE_THEN_AGE.match(text, m.end())
                    if g and all(_plausible_name_word(w) for w in _TOKEN.findall(text, g.start(1), g.end(1))):
                        r = g.span(1)  # 'MATERNAL AUNT BJORN, 58, OVARIAN CA'
                if r is None and pattern is _RELATIVE and ("," in m.group() or "(" in m.group()):
                    r = _apposition(text, m.end())  # 'PER WIFE, OTTILIE, ...', 'HCP (DMITRI)'
                    if r and text[r[0]:r[1]].isupper() and not _is_caps(text, m.start(), r[1]):
                        r = None  # 'Bo Child, CNA': an acronym after the word in a mixed-case line
                if r is None and pattern is not _INTRO:  # 'DAUGHTER ANOUK CALLED', 'RN OLUWASEUN GAVE REPORT'
                    t = _TOKEN.match(text, m.end())
                    if (t and t.group().isupper() and _plausible_name_word(t.group()) and t.group() not in _RELATIVE_VERBS
                            and t.group() not in _KIN_STATE  # 'SON IS LOCAL IN X'
                            and not (t.group().lower() not in _GAZETTEER and t.group().endswith(("ED", "ES")))
                            and _RELATIVE_DOES.match(text, t.end())):  # not 'BROTHER DIED IN', 'SON ARRIVES FROM'
                        r = t.span()
                if r is None and pattern is _RELATIVE:  # 'WIFE NGOZI, SONS ...', 'HUSBAND ANA RUIZ AND DAUGHTER'
                    r = _relative_name(text, m.end())
                if r and (_FACILITY_NEXT.match(text, r[1]) or _SPECIALTY_END.search(text, r[0], r[1])):
                    r = None  # 'MD   Keystone Valley Clinic', 'MD, Child Abuse Pediatrics': a facility or a service
                if r and pattern is _RELATIVE and _KIND_OF_VISIT.match(text, r[0]):
                    r = None  # 'Well Child Visit': a kind of visit, no child's name
                first = _TOKEN.match(text, r[0]).group().lower() if r and pattern is _CASE_ROLE else ""
                if first and _NON_NAME_SUFFIX.search(first) and first not in _GAZETTEER:
                    r = None  # 'CO Poisoning': carbon monoxide, no officer
                if r:
                    add(Span(r[0], r[1], "NAME", self.name, 0.75))
        for m in _words_at(_CRED_AFTER, text):
            lead = _CRED_LEAD.search(text, max(0, m.start() - 8), m.start())
            if lead is None or (m.group() in _COMMA_CREDENTIALS and "," not in lead.group()):
                continue
            r = self._name_before(text, lead.start())
            if r and _CRED_AFTER.fullmatch(text, r[0], r[1]):
                continue  # 'RUIZ, RD, LDN': the word before a credential is another credential
            words = _TOKEN.findall(text, *r) if r else []
            if r and all(w.lower() in MEDICAL_TERMS or w.lower() in DEPARTMENTS for w in words):
                continue  # 'WOUND RN', 'ICU RN': the nurse's service, no name
            if len(words) == 1 and words[0].lower() in _SHIFT_ROLES:
                continue  # 'REPORT GIVEN TO ONCOMING RN': which nurse, not who
            first = _LINE_FIRST_NAME.search(text, max(0, r[0] - 20), r[0]) if r else None
            given = first.group(2).lower() if first and (first.group(1) or "," in lead.group()) else ""
            if given and (given in ALL_FIRST_NAMES or given in WORD_FIRST_NAMES
                          or given.split("-")[0] in ALL_FIRST_NAMES):
                r = (first.start(2), r[1])  # a given name that is also a word: 'MAY', 'WILL'
            if r:
                last = _LAST_COMMA.search(text, max(0, r[0] - 40), r[0])
                if last and " " not in text[r[0]:r[1]] and _plausible_name_word(last.group(1)):
                    r = (last.start(1), r[1])  # 'Kaplan, Rahul MD': surname, comma, given name
                add(Span(r[0], r[1], "NAME", self.name, 0.8))
        for m in _ROLE_AFTER.finditer(text) if "(" in text else ():
            r = self._name_before(text, len(text[:m.start()].rstrip(" \t")))
            if r and any(w.lower() in DEPARTMENTS for w in _TOKEN.findall(text, *r)):
                continue  # 'Physical Therapy (PT)', 'Case Management (CM)': a service and its abbreviation
            if r:
                add(Span(r[0], r[1], "NAME", self.name, 0.75))
        for pattern, hint in ((_MAIL_NAME, "@"), (_CELL_INITIAL, "|")):
            for m in pattern.finditer(text) if hint in text else ():
                words = _TOKEN.findall(text, m.start(1), m.end(1))
                if words and all(w.lower().rstrip(".") not in _NOT_GAZ and w[0].isupper() for w in words):
                    add(Span(m.start(1), m.end(1), "NAME", self.name, 0.75))
        banners = list(_BANNER_LINE.finditer(text)) if "," in text else []
        banners += _BANNER_PT.finditer(text) if _has(text, "PT ", "Pt ", "atient ", "ATIENT ") else ()
        for m in banners:
            if all(w.lower() not in _NOT_GAZ and w.lower() not in DEPARTMENTS
                   for w in _TOKEN.findall(text, m.start(1), m.end(1))):
                add(Span(m.start(1), m.end(1), "NAME", self.name, 0.85))
        for pattern in (_PT_RECORD, _SIGN_OFF):
            for m in pattern.finditer(text):
                words = [w for w in _TOKEN.findall(text, m.start(1), m.end(1)) if len(w.rstrip(".")) > 1]
                if all(w.lower() not in _NOT_GAZ and w.lower() not in DEPARTMENTS for w in words) \
                        and not any(w.lower() in MEDICAL_TERMS for w in words):
                    add(Span(m.start(1), m.end(1), "NAME", self.name, 0.8))
        for m in _SIGNED_INITIAL.finditer(text) if _has(text, "igned", "IGNED", "ignature", "IGNATURE") else ():
            r = take_name(text, m.end(), HEADER, 3)
            if r:
                add(Span(r[0], r[1], "NAME", self.name, 0.8))
        for m in _LAST_FIRST_AGE.finditer(text) if _AGE_SEX_BRACKET.search(text) else ():
            words = [w for w in _TOKEN.findall(text, m.start(1), m.end(1)) if w.lower() not in _PARTICLES_LOW]
            if len({w.isupper() for w in words}) == 1 and all(
                    _plausible_name_word(w) and w.lower() not in MEDICAL_TERMS for w in words):
                add(Span(m.start(1), m.end(1), "NAME", self.name, 0.8))  # not 'Sepsis, ARDS (54F)'
        for m in _PT_IS_AGE.finditer(text):
            if m.group(1).lower() not in _HARD_STOP and m.group(1).lower() not in MEDICAL_TERMS:
                add(Span(m.start(1), m.end(1), "NAME", self.name, 0.75))
        for m in _RE_LINE.finditer(text):
            r = take_name(text, m.end(), HEADER)
            if r and _RE_BIRTH.match(text, r[1]):
                add(Span(r[0], r[1], "NAME", self.name, 0.85))
        for m in _words_at(_COPY_TO, low):
            r = take_name(text, m.end(), WEAK, 3)
            if r:
                add(Span(r[0], r[1], "NAME", self.name, 0.75))
        for m in _words_at(_ROLE_FIELD, low):
            if ":" in m.group() or "|" in m.group():
                r = take_name(text, m.end(), WEAK, 3)
                if r:
                    add(Span(r[0], r[1], "NAME", self.name, 0.75))
        if "/" in text:
            for m in _DICTATION_INITIALS.finditer(text):
                if _DICTATION_CUE.search(text, max(0, m.start() - 250), min(len(text), m.end() + 250)):
                    add(Span(m.start(1), m.end(1), "NAME", self.name, 0.8))
                    add(Span(m.start(2), m.end(2), "NAME", self.name, 0.8))
        if text.count(" -") > 1:
            signs = list(_LOG_INITIALS.finditer(text))
            if len(signs) >= 2:
                for m in signs:
                    add(Span(m.start(1), m.end(1), "NAME", self.name, 0.75))
        if " / " in text:
            for m in _INITIALS_SLASH.finditer(text):
                add(Span(m.start(1), m.end(1), "NAME", self.name, 0.75))
        if "d by" in low and any(w in low for w in ("logged by", "entered by", "processed by", "verified by")):
            for m in _LOGGED_BY.finditer(text):
                if m.group(1).lower() not in ("me", "us", "pt", "rn", "md", "the", "him", "her", "you"):
                    add(Span(m.start(1), m.end(1), "NAME", self.name, 0.75))
        if any(w in low for w in _ROLE_FULL_HINTS):
            for m in _ROLE_FULL_NAME.finditer(text):
                if _given_then_name(m.group(1)):
                    add(Span(m.start(1), m.end(1), "NAME", self.name, 0.75))
        if any(w in low for w in ("therapist", "coordinator", "secretary", "social work")):
            for m in _ROLE_GIVEN.finditer(text):
                for g in (1, 2):
                    w = m.group(g)
                    if w and (w.lower() in ALL_FIRST_NAMES or w.lower() in NAME_STOPWORDS or (
                            m.group(2) and _plausible_name_word(w.capitalize()))) and w.lower() not in MEDICAL_TERMS:
                        add(Span(m.start(g), m.end(g), "NAME", self.name, 0.7))
        for m in _NAME_CRED_LINE.finditer(text) if any(w in low for w in _CRED_LINE_HINTS) or low.rstrip().endswith(
                tuple(h.rstrip() for h in _CRED_LINE_HINTS)) else ():
            if _given_then_name(m.group(1)):
                add(Span(m.start(1), m.end(1), "NAME", self.name, 0.75))
        if any(w in low for w in _DOTTED_HINTS):
            for m in _DOTTED_SIGN.finditer(text):
                add(Span(m.start(1), m.end(1), "NAME", self.name, 0.75))
        for m in _DASH_SIGNATURE.finditer(text):
            words = [w for w in _TOKEN.findall(text, m.start(1), m.end(1)) if len(w.rstrip(".")) > 1]
            if words and not any(w.lower() in _NOT_GAZ for w in words):
                add(Span(m.start(1), m.end(1), "NAME", self.name, 0.75))
        for m in _HYPHEN_SIGNATURE.finditer(text):
            words = _TOKEN.findall(text, m.start(1), m.end(1))
            if any(w.lower() in _NOT_GAZ or w.lower() in DEPARTMENTS or not _plausible_name_word(w) for w in words):
                continue
            if m.group(2) or all(w.lower() in _GAZETTEER for w in words):
                add(Span(m.start(1), m.end(1), "NAME", self.name, 0.75))
        for pattern in (_PERSON_DOES, _SAYS_NAME):
            for m in pattern.finditer(text):
                word = m.group(1).lower()
                if word in _NOT_GAZ or word in DEPARTMENTS or word in _BEFORE_NAME or word in PLACES or word in CITIES:
                    continue  # 'Patient lives with', 'Mother said'
                add(Span(m.start(1), m.end(1), "NAME", self.name, 0.6))
        spans.extend(self._particle_names(text))
        spans.extend(self._speakers(text))
        spans.extend(self._gazetteer(text))
        spans.extend(self._initialled(text))
        spans.extend(self._given_name_lists(text))
        spans.extend(self._lower_case(text, low))
        return spans

    @staticmethod
    def _particle_names(text: str) -> list[Span]:
        """'Willemine ten Pas', 'Maika van de Noort': a capitalised word, one to three lower-case
        name particles and a capitalised word, in mixed-case text (not 'Rue de Tanger')."""
        spans = []
        for m in _PARTICLE_NAME.finditer(text):
            first, last = m.group(1).lower(), m.group(3).lower()
            if first in _PARTICLE_NOT_FIRST or first in _NOT_GAZ or last in _NOT_GAZ:
                continue
            if _EPONYM_NEXT.match(text, m.end()):
                continue
            spans.append(Span(m.start(), m.end(), "NAME", "names", 0.7))
        for m in _PARTICLE_SURNAME.finditer(text):
            words = [w.lower() for w in _TOKEN.findall(text, m.start(1), m.end(1))]
            if not m.group()[0].isupper() and _FIELD_LABEL.search(text, max(0, m.start() - 30), m.start()) is None:
                continue  # after a separator only in a name field ('Client: de Wit, Anna', not 'Dx: de Quervain')
            if any(w in _NOT_GAZ for w in words[1:]) or _EPONYM_NEXT.match(text, m.end()):
                continue
            spans.append(Span(m.start(1), m.end(1), "NAME", "names", 0.7))
        return spans

    @staticmethod
    def _speakers(text: str) -> list[Span]:
        """The speakers of a transcript: line-opening 'Word:' labels when two or more lines have
        them and at least one is a given name; field and section labels ('Plan:', 'User:') never."""
        if text.count(":") < 2:
            return []
        found = [m for m in _SPEAKER.finditer(text) if all(w[0].isupper() for w in m.group(1).split())]
        if len(found) < 2:
            return []
        words = [[w.lower() for w in _TOKEN.findall(m.group(1))] for m in found]
        if not any(ws[0] in ALL_FIRST_NAMES and ws[0] not in AMBIGUOUS for ws in words):
            return []
        return [
            Span(m.start(1), m.end(1), "NAME", "names", 0.6) for m, ws in zip(found, words, strict=True)
            if not any(w in _NOT_GAZ or w in DEPARTMENTS or w in _SPEAKER_NOT for w in ws)
        ]

    @staticmethod
    def _initialled(text: str) -> list[Span]:
        """'First M. Last' in mixed-case text, whatever the gazetteer says about the words."""
        spans = []
        for m in _INITIALLED.finditer(text):
            first, last = m.group(1).lower(), m.group(2).lower()
            if first in _NOT_GAZ or last in _NOT_GAZ or first in _LETTER_NOUNS or _is_caps(text, m.start(), m.end()):
                continue
            spans.append(Span(m.start(), m.end(), "NAME", "names", 0.7))
        return spans

    @staticmethod
    def _given_name_lists(text: str) -> list[Span]:
        """Every item of a list of single words in which at least half (two or more) are given names."""
        spans = []
        for m in _WORD_LIST.finditer(text):
            items = [(w.start(), w.end(), w.group()) for w in _LIST_ITEM.finditer(text, m.start(), m.end())]
            items = [it for it in items if it[2] not in ("and", "&")]
            lows = [w.lower() for _, _, w in items]
            if len(items) < 3 or any(w in _NOT_GAZ for w in lows):
                continue
            if len({w[0].isupper() for _, _, w in items}) > 1:
                continue  # capitalised and lower-case items mixed: prose, not a list of names
            given = sum(w in ALL_FIRST_NAMES and w not in AMBIGUOUS for w in lows)
            if given < 2 or given * 2 < len(items):
                continue
            spans.extend(Span(s, e, "NAME", "names", 0.6) for s, e, _ in items)
        return spans

    @staticmethod
    def _lower_case(text: str, low: str) -> list[Span]:
        """Names typed in lower case: after 'my name is' / 'call me', and 'first last' gazetteer
        pairs on lines without capitals."""
        spans = []
        for m in _words_at(_INTRO_STRONG, low):
            end = -1
            i = m.end()
            for _ in range(3):
                w = _LOWER_WORD.match(text, i)
                if not w or w.group() in _HARD_STOP or w.group() in _NOT_GAZ:
                    break
                end = w.end()
                g = _GAP.match(text, end)
                if not g:
                    break
                i = g.end()
            if end > 0:
                spans.append(Span(m.end(), end, "NAME", "names", 0.6))
        for m in _LOWER_PAIR.finditer(text):
            first, last = m.group(1), m.group(2)
            if (first not in ALL_FIRST_NAMES or last not in ALL_SURNAMES or first in AMBIGUOUS or last in AMBIGUOUS
                    or first in _NOT_GAZ or last in _NOT_GAZ):
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            if _UPPER.search(text, line_start, len(text) if line_end < 0 else line_end):
                continue  # a line with capitals writes names with capitals
            spans.append(Span(m.start(), m.end(2), "NAME", "names", 0.6))
        return spans

    def _name_before(self, text: str, end: int) -> tuple[int, int] | None:
        lo = max(0, end - 60)
        m = _NAME_BEFORE.search(text, lo, end)
        if not m:
            return None
        caps = _is_caps(text, m.start(), end)
        words = list(_TOKEN.finditer(text, m.start(1), end))
        start = -1
        for k, w in enumerate(reversed(words)):
            nearest = k == 0
            prev_first = k + 1 < len(words) and words[len(words) - k - 2].group().lower() in ALL_FIRST_NAMES
            wlow = w.group().lower()
            if nearest and wlow in WORD_FIRST_NAMES and w.group()[0].isupper():
                start = w.start()  # 'REPORT GIVEN TO WILL RN'
                continue
            if not nearest and caps and wlow in AMBIGUOUS and wlow not in ALL_FIRST_NAMES:
                break  # 'PLEASE PAGE PIERCE NP': 'PAGE' is the verb
            if not _word_ok(w.group(), TITLE, caps, nearest, prev_first or wlow in ALL_FIRST_NAMES):
                break
            start = w.start()
        if start < 0:
            return None
        return start, end

    def _gazetteer(self, text: str) -> list[Span]:
        """Capitalised words in the gazetteers; 'First Last' pairs score higher than single words.

        Single words only the big Census lists know count in mixed-case text, and in upper-case
        text only when they are at least 4 letters long (short ones are too often abbreviations).
        """
        spans: list[Span] = []
        words = [(m.start(), m.end(), m.group().lower()) for m in _CAP_WORD.finditer(text)]
        n = len(words)
        i = 0
        while i < n:
            s, e, low = words[i]
            if low in _NOT_GAZ or _EPONYM_NEXT.match(text, e) or text[e:e + 1].isdigit():
                i += 1
                continue  # 'Wells score', 'Allen test': a scale or sign named after someone; 'SaO2': a code
            if low in ALL_FIRST_NAMES:
                # First [M.] Last
                if i + 1 < n:
                    s2, e2, low2 = words[i + 1]
                    g = _NAME_GAP.fullmatch(text, e, s2)
                    if g and ("  " in g.group() or "\t" in g.group()):
                        g = None  # 'Dr. W. Lee   Sonographer: KT': a column gap separates fields, not names
                    if (g and low2 not in _NOT_GAZ and (low2 in ALL_SURNAMES or not _is_caps(text, s, e2))
                            and not (low in AMBIGUOUS and low2 in AMBIGUOUS)
                            and not (text[s:e].isupper() and not text[s2:e2].isupper())):  # 'ADA Ruiz': an acronym
                        spans.append(Span(s, e2, "NAME", "gazetteer", 0.7))
                        i += 2
                        continue
                if low not in AMBIGUOUS and self._single_ok(text, s, e, low):
                    spans.append(Span(s, e, "NAME", "gazetteer", 0.5 if low in FIRST_NAMES else 0.45))
            elif low in ALL_SURNAMES and low not in AMBIGUOUS and self._single_ok(text, s, e, low):
                spans.append(Span(s, e, "NAME", "gazetteer", 0.45))
            i += 1
        return spans

    @staticmethod
    def _single_ok(text: str, start: int, end: int, low: str) -> bool:
        if len(low) <= 3 and text[start:end].isupper() and _LOWER.search(
                text, text.rfind("\n", 0, start) + 1, text.find("\n", end) % (len(text) + 1)):
            return False  # 'ADA Small', 'per ABE': an acronym in a line of ordinary case
        return low in _HAND_LISTS or (len(low) >= 4 or not _is_caps(text, start, end))


_NOT_GAZ = _HARD_STOP | EPONYMS | MEDICAL_TERMS


def _sister_title(word: str, opens: bool) -> bool:
    """'Sister' in capitals opening an organisation's name: a religious founder's title ('Sister Ana Memorial
    Hospital'), not a relative ('her sister'), when ``opens`` (words of the name follow it)."""
    return opens and word in ("Sister", "SISTER")


class OrganizationDetector(Detector):
    """Health care facilities ('CALVERT HOSPITAL', "St. Mary's Medical Center") and
    organisations after 'seen at', 'transferred from', 'admitted to', 'works at'."""

    name = "organizations"
    entities = ("ORGANIZATION", "NAME")

    def detect(self, text: str) -> list[Span]:
        return _also_shouted(self._detect, text)

    def _detect(self, text: str) -> list[Span]:
        spans: list[Span] = []
        low = ascii_lower(text)
        for m in _words_at(_FACILITY_LOW, low):
            before = _ORG_BEFORE.search(text, max(0, m.start() - 80), m.start())
            if before:  # 'cc: Dr. Ines Ruiz  Elm Square Health Center': a column break after a person's name ends the
                # words before the organisation's (not OCR's double space inside one: 'Midland  Regional Hospital')
                gap = max(text.rfind("  ", before.start(), m.start()), text.rfind("\t", before.start(), m.start()))
                if gap >= 0 and text[gap:m.start()].strip() \
                        and _PERSON_BEFORE_GAP.search(text, line_start(text, before.start()), gap):
                    before = _ORG_BEFORE.search(text, gap, m.start())
            start = self._trim(text, self._last_run(text, before.start(), m.start()), m.end()) if before else None
            wish = _WISH_FOR.match(text, start) if start is not None else None
            if wish:  # 'FAMILY HOPE FOR REHAB AT ...': what the family wants, then the kind of place
                start = self._trim(text, wish.end(), m.end())
            if start is not None and start >= m.start():
                start = None  # 'IN THE DISTRICT COURT OF': no name before the facility words
            if start is not None and self._only_departments(text, start, m.start(), m.group()):
                continue  # 'Movement Disorders Clinic', 'Division of Cardiology': a department
            if start is not None and m.group() in _TRADES:
                cut = _LAST_FOR.search(text, start, m.start())
                start = self._trim(text, cut.end(), m.end()) if cut else start
                if start is None or start >= m.start():
                    continue  # 'snow removal for Excavating': no name before the trade
            if m.group() == "health" and (_HEALTH_NOUN_AFTER.match(text, m.end()) or (
                    _HEALTH_HEADING_AFTER.match(text, m.end()) and start is not None
                    and all(w.lower() in DEPARTMENTS for w in _TOKEN.findall(text, start, m.start())))):
                continue  # 'the health form', 'BEHAVIORAL HEALTH INTAKE ASSESSMENT'
            stop = _SENTENCE_END.search(text, start, m.start() + 1) if start is not None else None
            if stop:  # 'Medical Center. Mental health f/u': a sentence ended inside the words
                start = stop.end()
                if all(w.lower() in DEPARTMENTS or w.lower() in _HARD_STOP
                       for w in _TOKEN.findall(text, start, m.start())):
                    continue  # 'Mental health', or a facility word opening the sentence ('Home infusion')
            if start is not None and text[start:m.end()].islower() and not text.islower():
                continue  # 'admitted to the renal unit', 'the drug store': a kind of place, not its name
            if start is not None and text[m.start():m.end()].islower() and not text.islower() \
                    and text[start:m.start()].rstrip(" \t").endswith("."):
                continue  # 'besides OTP. pharmacy: ...': a sentence ended before a lower-case facility word
            if start is not None and text[m.start():m.end()].islower() and not text.islower():
                before_words = _TOKEN.findall(text, start, m.start())
                if before_words and before_words[-1].lower() in _ORG_END | {"system", "systems"}:
                    continue  # 'Elm Hospital urgent care': the hospital's own match names it, then a service
            if start is not None:
                gap = _HEADING_GAP.match(text, start, m.start())
                if gap and not text[gap.end():m.end()].isupper():
                    start = gap.end()  # 'ANAESTHETIC RECORD  Elm Infirmary': the heading is a column of its own
            if start is not None and _TECHNIQUE.match(m.group()) and any(
                    w.lower() in _ORG_END for w in _TOKEN.findall(text, start, m.start())):
                continue  # 'Mercy Hospital CARDIAC CATHETERIZATION LABORATORY': the hospital, then its department
            purpose = _FOR_REHAB.search(text, start, m.start()) if start is not None and m.group().startswith(
                "rehab") else None
            if purpose:  # 'X VS ELM RIDGE FOR REHAB': what the place is for, after its name
                if purpose.start() > start and not any(
                        w.lower() in _NOT_GAZ or _NON_NAME_SUFFIX.search(w.lower())
                        for w in _TOKEN.findall(text, start, purpose.start())):  # not 'SCREENED FOR REHAB'
                    spans.append(Span(start, purpose.start(), "ORGANIZATION", self.name, 0.7))
                continue
            if start is not None and not self._only_eponyms(text, start, m.start()):
                spans.append(Span(start, m.end(), "ORGANIZATION", self.name, 0.85))
                kind = m.group().split()[-1]
                if kind in ("center", "centre", "home", "store", "pharmacy") and not _is_caps(text, start, m.end()):
                    of = _ORG_OF.match(text, m.end())  # 'Life Care Center of Stoneham'
                    if of:
                        spans.append(Span(start, of.end(), "ORGANIZATION", self.name, 0.8))
            elif (" " in m.group() and m.group().split()[0] not in _FACILITY_HEADS | DEPARTMENTS | _COURT_KINDS
                  and not (text[m.start():m.end()].islower() and not text.islower())):  # 'picked up from day care'
                spans.append(Span(m.start(), m.end(), "ORGANIZATION", self.name, 0.7))  # 'GOOD SAMARITAN' 
            if m.group() in ("hospital", "clinic", "infirmary", "university") or m.group().endswith("samaritan"):
                of = _ORG_OF.match(text, m.end())
                if of:
                    spans.append(Span(m.start(), of.end(), "ORGANIZATION", self.name, 0.85))
        for m in _COMPANY.finditer(text):
            start = self._trim(text, self._last_run(text, m.start(1), m.end(1)), m.end(1))
            if start is not None and text[m.end(1):m.end()].upper() == "AG" and all(
                    w.lower() in _DRESSINGS for w in _TOKEN.findall(text, start, m.end(1))):
                continue  # 'Mepilex Ag', 'Aquacel Ag': a silver dressing, no company
            if start is not None and m.group().lower().endswith(("bank", "trust")):
                words = [w.lower() for w in _TOKEN.findall(text, start, m.end(1))]
                caps_form = text[m.end(1):m.end()].isupper()
                if words[-1] in _BANKED and (caps_form or all(w in _BANKED for w in words)):
                    continue  # 'ELM HOSPITAL BLOOD BANK NOTE', 'Blood Bank' (a name before it in mixed case stays)
                first = _FIRST_BANK.search(text, m.start(1), start)
                start = first.start() if first else start
            if start is not None:
                number = _COMPANY_NUMBER.search(text, max(0, start - 12), start)
                spans.append(Span(number.start(1) if number else start, m.end(), "ORGANIZATION", self.name, 0.8))
        for m in _FIRM.finditer(text) if (", P" in text or ", L" in text or ",P" in text) else ():
            spans.append(Span(m.start(), m.end(), "ORGANIZATION", self.name, 0.8))
        for pattern, hint in ((_ORG_KIND, _ORG_KIND_HINT), (_ORG_BEFORE_NOUN, _ORG_NOUN_HINT)):
            if not hint.search(low):
                continue  # one fast scan for the kind or noun word before the slow pattern
            for m in pattern.finditer(text):
                start = self._trim(text, m.start(1), m.end(1) + 1)
                words = [w.lower() for w in _TOKEN.findall(text, m.start(1), m.end(1))]
                if start is None or all(
                    w in _ORG_TRIM or w in DEPARTMENTS or w in MEDICAL_TERMS or w in _ORG_CONNECT or w in _BEFORE_NAME
                    for w in words
                ):
                    continue  # 'The Radiology office', 'Patient is a ...'
                spans.append(Span(start, m.end(1), "ORGANIZATION", self.name, 0.6))
        for m in _FACILITY_FIRST.finditer(text):
            spans.append(Span(m.start(), m.end(), "ORGANIZATION", self.name, 0.8))
        for m in _OSH_NAMED.finditer(text):
            spans.append(Span(m.start(1), m.end(1), "ORGANIZATION", self.name, 0.8))
        for m in _SAINT_POSSESSIVE.finditer(text):
            spans.append(Span(m.start(), m.end(), "ORGANIZATION", self.name, 0.7))
        for m in _NAME_LIST.finditer(text):
            words = [w.lower() for w in m.groups()]
            if any(w in _NOT_GAZ and w not in EPONYMS for w in words) or sum(w in _GAZETTEER for w in words) < 2:
                continue
            if sum(w in EPONYMS for w in words) > 1 or _EPONYM_NEXT.match(text, m.end()):
                continue  # 'Wolff, Parkinson and White syndrome': eponyms, not a firm (one surname may be one)
            spans.append(Span(m.start(), m.end(), "ORGANIZATION", self.name, 0.6))
        for m in _DOUBLE_SURNAME.finditer(text):
            words = [w.lower() for w in m.groups()]
            if m.group().lower() in _NOT_GAZ or _EPONYM_NEXT.match(text, m.end()):
                continue  # 'Jackson-Pratt drain'
            if all(w in ALL_SURNAMES and w not in _NOT_GAZ for w in words):
                spans.append(Span(m.start(), m.end(), "NAME", self.name, 0.6))
        for m in _words_at(_ORG_CONTEXT, low):
            r = _org_run(text, m.end())
            if r and _SENT_TO.search(m.group()):  # 'REFERRALS SENT TO X REHAB AND Y HOSPITAL': two facilities
                parts = [p for p in _AND_SPLIT.split(text[r[0]:r[1]]) if p]
                starts = [text.index(p, r[0]) for p in parts]  # in order: each part follows the one before
                for a, part in zip(starts, parts, strict=True):
                    spans.append(Span(a, a + len(part), "ORGANIZATION", self.name, 0.6))
            elif r:
                spans.append(Span(r[0], r[1], "ORGANIZATION", self.name, 0.6))
        for m in _REC_PLACE.finditer(text) if _has(text, "rec", "REC", "Rec") else ():
            words = [w.lower() for w in _TOKEN.findall(text, *m.span(1))]
            if not any(w in _ORG_TRIM or w in DEPARTMENTS or w in MEDICAL_TERMS or w in _PLACE_KINDS
                       or w in _ORDINARY_PLACES for w in words):
                spans.append(Span(m.start(1), m.end(1), "ORGANIZATION", self.name, 0.6))
        for m in _VIA_ED.finditer(text) if _has(text, "via", "VIA", "Via") else ():
            for g in (1, 2):
                words = [w.lower() for w in _TOKEN.findall(text, *m.span(g))] if m.group(g) else []
                if words and not all(w in _ORG_TRIM or w in DEPARTMENTS or w in MEDICAL_TERMS or w in _PLACE_KINDS
                                     or w in _ORG_NOT_FIRST or w in _ORDINARY_PLACES for w in words):
                    spans.append(Span(m.start(g), m.end(g), "ORGANIZATION", self.name, 0.6))
        for pattern in (_BED_AT, _PCP_PRACTICE) if _has(text, "bed", "BED", "Bed", "pcp", "PCP", "Pcp") else ():
            for m in pattern.finditer(text):
                words = list(_TOKEN.finditer(text, m.start(1), m.end(1)))
                k = len(words)
                while k > 0 and words[k - 1].group().lower() not in _NOT_GAZ | DEPARTMENTS | MEDICAL_TERMS \
                        and not _NON_NAME_SUFFIX.search(words[k - 1].group().lower()):
                    k -= 1  # 'DISPO: PLAN [ELM RIDGE] WHEN BED AVAIL': the place's words after the last common one
                if k < len(words) and (pattern is _BED_AT or k == 0):
                    spans.append(Span(words[k].start(), m.end(1), "ORGANIZATION", self.name, 0.6))
        return [_before_column(text, s) for s in spans]

    @staticmethod
    def _only_departments(text: str, start: int, end: int, facility: str) -> bool:
        """True if the words before a facility word name a hospital's department or service
        ('Movement Disorders Clinic', 'Pain Clinic'), or a specialty follows 'of' ('Division of
        Cardiology', 'Department of Internal Medicine')."""
        words = [w.lower() for w in _TOKEN.findall(text, start, end)]
        if facility.startswith("health"):
            return False  # 'Behavioral Health', 'Social Health' name organisations of their own
        if words and all(w in DEPARTMENTS or w in _ORG_CONNECT for w in words):
            return True
        if facility == "clinic" and words and all(w in DEPARTMENTS or w in MEDICAL_TERMS or w in _CLINIC_KINDS
                                                  for w in words):
            return True  # 'CHF clinic', 'f/u in INR clinic': a clinic for a disease or a drug, not its name
        return "of" in words and all(w in DEPARTMENTS or w == "primary" for w in facility.split())

    @staticmethod
    def _only_eponyms(text: str, start: int, end: int) -> bool:
        """True if every word in ``start:end`` is a medical eponym, or the last one is and the
        facility word that follows is a technique: 'Color Doppler imaging' is no organisation."""
        words = _TOKEN.findall(text, start, end)
        if not words:
            return False
        if all(w.lower() in EPONYMS for w in words):
            # a town named like an eponym before a practice's kind: 'Glasgow Internal Medicine', 'Huntington Hospital'
            # (no sign or disease is followed by one)
            return not _PRACTICE_AFTER_TOWN.match(text, end)
        return words[-1].lower() in EPONYMS and _TECHNIQUE.match(text, end) is not None

    @staticmethod
    def _last_run(text: str, start: int, end: int) -> int:
        """The start of the words right before a facility word up to the nearest stop word:
        'ASKING ABOUT DISPO TO MASS GENERAL' -> 'MASS'; 'UNIVERSITY OF MARYLAND' stays whole."""
        tokens = list(_TOKEN.finditer(text, start, end))
        keep = end
        for k in range(len(tokens) - 1, -1, -1):
            word = tokens[k].group().lower()
            if word in _ORG_CONNECT:
                if k == 0 or tokens[k - 1].group().lower() in _ORG_BACK_STOP:
                    break
                if word == "and" and _FACILITY_LOW.fullmatch(ascii_lower(tokens[k - 1].group())):
                    break  # 'SPAULDING REHAB AND BRAINTREE REHAB': two facilities, not one
                continue
            if word in _ORG_BACK_STOP:
                if _sister_title(tokens[k].group(), keep < end):
                    keep = tokens[k].start()
                break
            keep = tokens[k].start()
        return keep

    @staticmethod
    def _trim(text: str, start: int, end: int) -> int | None:
        """Drop leading stop/report words ('IN TRANSFER FROM') and a statement line's kind of transaction
        ('PAYROLL DIRECT DEP ACME LLC'); None if nothing is left."""
        kind = _TRANSACTION_KIND.match(text, start)
        i = kind.end() if kind and kind.end() < end else start
        while True:
            t = _TOKEN.match(text, i)
            if not t or t.end() >= end:
                return None
            word = t.group().lower()
            if word not in _ORG_TRIM and word not in ("of", "and", "the", "for"):
                return t.start()
            if _sister_title(t.group(), i == start):
                return t.start()
            g = _ORG_GAP.match(text, t.end())
            if not g:
                return None
            i = g.end()


def _before_column(text: str, span: Span) -> Span:
    """An organisation ``span`` cut at ``_ORG_COLUMN``; other spans as they are."""
    if span.label != "ORGANIZATION":
        return span
    gap = _ORG_COLUMN.search(text, span.start, span.end)
    if not gap or gap.start() <= span.start:
        return span
    return Span(span.start, gap.start(), span.label, span.detector, span.score)


def _org_run(text: str, pos: int, max_tokens: int = 7) -> tuple[int, int] | None:
    """The organisation name that starts at ``pos`` after a cue ('Retired from UPS', 'insured through
    Blue Cross Blue Shield of Massachusetts', 'works at Stop & Shop'): capitalised words, with 'of',
    'and', '&', 'the', 'for' between them. In upper-case text a stop or report word ends it; in
    mixed case a capitalised one may stand inside ('Home Depot'), not at its end. None when only
    stop, department or medical words are left ('referred to Physical Therapy', 'transferred to MICU')."""
    caps = _is_caps(text, pos, pos + 40)
    tokens: list[tuple[int, int, str]] = []
    i = pos
    while len(tokens) < max_tokens:
        if text.startswith("&", i):
            t_start, t_end, word = i, i + 1, "&"
        else:
            t = _TOKEN.match(text, i)
            if not t:
                break
            t_start, t_end, word = t.start(), t.end(), t.group()
            if text.startswith("/", t_end):
                break  # 'FROM ELM REGIONAL W/ PNA': 'W/', 'S/P' open the next phrase
        low = word.lower()
        if low in _ORG_CONNECT:
            if not tokens or (caps and low != "&"):
                break  # 'TRANSFERRED TO MASS GENERAL FOR CATH': in upper case 'FOR' ends the name
        elif caps and tokens and low in ("medical", "health") and tokens[-1][2] not in _ORG_TRIM:
            pass  # 'TRANSFERRED FROM ELMWOOD MEDICAL', 'records from Elm Health': the facility's last word
        elif not word[0].isupper() or (caps and (low in _ORG_TRIM or low in MEDICAL_TERMS)):
            break
        elif not tokens and low.rstrip(".") in _ORG_NOT_FIRST:
            return None
        if word[-1:].isalpha() and text[t_end:t_end + 1] in ("'", "’") and not text[t_end + 1:t_end + 2].isalpha():
            t_end += 1  # "Dunkin'"
        tokens.append((t_start, t_end, low))
        if low in _ORG_END and len(tokens) > 1:
            break  # 'transferred from Lakeshore Hospital Level II nursery': the name ends with 'Hospital'
        g = _GAP.match(text, t_end)
        if not g:
            break
        i = g.end()
    while tokens and (tokens[-1][2] in _ORG_CONNECT or tokens[-1][2] in _ORG_TAIL or tokens[-1][2] in _ID_WORDS
                      or tokens[-1][2] == "x"):  # 'LIVED AT ELM X 2 YRS': how long, not part of the name
        tokens.pop()  # 'Insurance: Acme Health ID ...': the ID is the next field
    if not tokens:
        return None
    words = [w.strip("'’") for _, _, w in tokens if w not in _ORG_CONNECT and len(w.strip("'’")) > 1]
    if all(w in _ORG_TRIM or w in DEPARTMENTS or w in MEDICAL_TERMS or w in _ORG_NOT_FIRST or w in _PLACE_KINDS
           for w in words):
        return None
    return tokens[0][0], tokens[-1][1]


def organization_abbreviations(text: str, spans: list[Span]) -> list[Span]:
    """The abbreviation in brackets right after an organisation: 'Merrimack Valley General (MVG)',
    'transferred from Holy Redeemer Hospital (HRH) on 4/4'. Returns new spans."""
    out = []
    for s in spans:
        if s.label == "ORGANIZATION":
            m = _ABBREVIATION_AFTER.match(text, s.end)
            if m and m.group(1).lower() not in NOT_A_NAME:
                out.append(Span(m.start(1), m.end(1), "ORGANIZATION", "organizations", 0.6))
    return out


def organization_initials(text: str, spans: list[Span]) -> list[Span]:
    """The initials of a found organisation of three to five capitalised words standing alone elsewhere in the
    note: 'Elm Valley Memorial Hospital ... EVMH MRN 123'. Returns new spans."""
    out = []
    initials = set()
    for s in spans:
        words = [w for w in text[s.start:s.end].split() if w.lower() not in _ACRONYM_SKIP]
        if s.label == "ORGANIZATION" or s.label == "NAME" and words and words[-1].lower() in _INSTITUTION_ENDS:
            # (a hospital a header's role cue took for a person's name counts too)
            if 3 <= len(words) <= 5 and all(w[0].isupper() for w in words):
                initials.add("".join(w[0] for w in words))
    for acronym in initials:
        if acronym.lower() in NOT_A_NAME or acronym.lower() in MEDICAL_TERMS:
            continue
        for m in re.finditer(r"(?<![\w-])" + acronym + r"(?![\w-])", text):
            if not any(t.start < m.end() and m.start() < t.end for t in spans):
                out.append(Span(m.start(), m.end(), "ORGANIZATION", "organizations", 0.6))
    return out


_ACRONYM_SKIP = frozenset("of the and & for at in".split())
# a town between an organisation and its phone number: 'ELM & SONS FUNERAL HOME, BIRCHTON, 555-210-0144'
_TOWN_BEFORE_PHONE = re.compile(
    r",[ \t]*([A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+)?)(?=[ \t]*,[ \t]*(?:(?i:tel|ph|phone)\.?:?[ \t]*)?"
    r"\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b)"
)


def towns_before_phones(text: str, spans: list[Span]) -> list[Span]:
    """The town after a found organisation and before its phone number. Returns new spans."""
    out = []
    for s in spans:
        if s.label == "ORGANIZATION":
            m = _TOWN_BEFORE_PHONE.match(text, s.end)
            if m and not any(w.lower() in _NOT_GAZ or w.lower() in DEPARTMENTS for w in m.group(1).split()):
                out.append(Span(m.start(1), m.end(1), "LOCATION", "locations", 0.55))
    return out
_INSTITUTION_ENDS = frozenset("hospital center centre clinic university institute".split())


# a named hospital ward or building with its floor: 'TRANSFERRED TO 11 REISMAN', 'RN ON FARR 4'; on ascii_lower(text)
_WARD = re.compile(
    r"\b(?:transferred|transfer(?:ring)?|tx['’]?d?|moved|called[ \t]+out|going|sent|accepted|bed|rn)"
    r"[ \t]+(?:(?:back|up|out|down)[ \t]+)?(?:to|on)[ \t]+(?:the[ \t]+)?"
    r"(?:\d{1,2}[a-z]?[ \t]+([a-z][a-z'’-]{2,})\b(?![ \t]*\d)|([a-z][a-z'’-]{2,})[ \t]+\d{1,2}[a-z]?\b(?![.,]?\d|[ \t]*[%/]))"
)
_NOT_WARD = NOT_A_NAME | MEDICAL_TERMS | frozenset(
    "micu sicu ccu csru tsicu nicu picu cvicu ctic icu pacu or ed er floor floors unit units tele telemetry step "
    "stepdown med meds medicine surg surgery onc oncology cards cardiology neuro ortho rehab cath lab bed beds room "
    "rm ward level pod bay tower wing building bldg hours hrs days min mins liters units mg mcg ml cc kg lpm "
    "pressors pressor vent mask cannula nc peep cpap bipap rate hr bolus drip gtt".split()
)


class LocationDetector(Detector):
    """Countries, US states and a few large cities (gazetteer), and places after 'lives in',
    'moved to', 'born in' and similar phrases."""

    name = "locations"
    entities = ("LOCATION",)

    def detect(self, text: str) -> list[Span]:
        return _also_shouted(self._detect, text)

    def _detect(self, text: str) -> list[Span]:
        spans: list[Span] = []
        words = [(m.start(), m.end()) for m in _CAP_WORD.finditer(text)]
        n = len(words)
        i = 0
        while i < n:
            multi = text[words[i][0]:words[i][1]].lower() in _PLACE_FIRST_WORDS
            for k in (3, 2, 1):
                if i + k > n or (k > 1 and not multi):
                    continue
                s, e = words[i][0], words[i + k - 1][1]
                if e - s > 40 or "\n" in text[s:e]:
                    continue
                phrase = " ".join(text[s:e].split()).lower()
                if phrase in PLACES:
                    score = 0.5
                elif phrase in CITIES and (
                    not _is_caps(text, s, e)
                    or _CAPS_PLACE_CUE.search(text, max(0, s - 12), s) or _STATE_AFTER.match(text, e)
                    or _TOWN_OWNS.match(text, e)
                ):
                    score = 0.5  # upper-case text: only after 'IN', 'FROM', ... or before a state
                else:
                    continue
                if _EPONYM_NEXT.match(text, e):
                    continue  # 'Amsterdam II criteria', 'Epworth Sleepiness Scale': a scale named after a place
                spans.append(Span(s, e, "LOCATION", self.name, score))
                i += k - 1
                break
            i += 1
        for m in _TOWN_STATE.finditer(text) if "," in text else ():
            words = [w.lower() for w in _TOKEN.findall(text, *m.span(1))]
            if not any(w in _NOT_GAZ for w in words) and not all(w in DEPARTMENTS for w in words):
                spans.append(Span(m.start(1), m.end(2), "LOCATION", self.name, 0.6))
        for m in _FROM_TOWN_STATE.finditer(text):
            words = [w.lower() for w in _TOKEN.findall(text, *m.span(1))]
            if not any(w in _NOT_GAZ or w in DEPARTMENTS or w in _ORDINARY_PLACES for w in words):
                spans.append(Span(m.start(1), m.end(1), "LOCATION", self.name, 0.6))
                spans.append(Span(m.start(2), m.end(2), "LOCATION", self.name, 0.6))
        for m in _TOWN_COMMA_STATE.finditer(text) if "," in text else ():
            town = 1 if m.group(1) else 4
            words = [w.lower() for w in _TOKEN.findall(text, *m.span(town))]
            inner = [w for i, w in enumerate(words) if not (len(words) > 1 and (
                i == 0 and w in _COMPASS or i == len(words) - 1 and w in ("city", "falls")))]
            if any(w in _NOT_GAZ or w in DEPARTMENTS or w in _ORDINARY_PLACES for w in inner):
                continue
            if m.group(3) and not (" ".join(words) in CITIES or " ".join(words) in PLACES
                                   or _TOWN_STATE_CUE.search(text, max(0, m.start(town) - 8), m.start(town))):
                continue  # 'Hx: asthma, TN.': without a ZIP, a known town or a cue before it ('in', '(', ', ')
            state = next(g for g in (2, 3, 5) if m.group(g))
            spans.append(Span(m.start(town), m.end(town), "LOCATION", self.name, 0.55))
            spans.append(Span(m.start(state), m.end(state), "LOCATION", self.name, 0.6))
        for m in _TOWN_STATE_NAME.finditer(text) if "," in text else ():
            if not any(w.lower() in _NOT_GAZ or w.lower() in DEPARTMENTS for w in _TOKEN.findall(text, *m.span(1))):
                spans.append(Span(m.start(1), m.end(1), "LOCATION", self.name, 0.6))
        for m in _STATE_CUED.finditer(text):
            spans.append(Span(m.start(1), m.end(1), "LOCATION", self.name, 0.6))
        for m in _SETTLED_TOWN_STATE.finditer(text) if "," in text else ():
            if not any(w.lower() in _NOT_GAZ or w.lower() in DEPARTMENTS for w in _TOKEN.findall(text, *m.span(1))):
                spans.append(Span(m.start(1), m.end(1), "LOCATION", self.name, 0.6))
                spans.append(Span(m.start(2), m.end(2), "LOCATION", self.name, 0.6))
        cued = _has(text, "alled", "ALLED", "alling", "ALLING", "honed", "HONED", "isiting", "ISITING", "rove", "ROVE",
                     "lew", "LEW")
        for m in _CALLED_FROM_TOWN_STATE.finditer(text) if cued and _has(text, "ROM", "rom") else ():
            words = [w.lower() for w in _TOKEN.findall(text, *m.span(1))]
            if any(w in _NOT_GAZ or w in DEPARTMENTS or w in _ORDINARY_PLACES for w in words):
                continue
            if m.group(2) in _CLINICAL_CODES and " ".join(words) not in CITIES \
                    and " ".join(words) not in PLACES:
                continue  # 'CALLED FROM ELM HEAD CT': a scan, unless the town is one the lists know
            spans.append(Span(m.start(1), m.end(1), "LOCATION", self.name, 0.6))
            spans.append(Span(m.start(2), m.end(2), "LOCATION", self.name, 0.6))
        for m in _STATE_PLATE.finditer(text) if _has(text, "late", "LATE", "ag", "AG") else ():
            spans.append(Span(m.start(1), m.end(1), "LOCATION", self.name, 0.6))
        for m in _COUNTY.finditer(text) if _has(text, "ounty", "OUNTY", "arish", "ARISH", "orough", "OROUGH") else ():
            words = list(_TOKEN.finditer(text, m.start(), m.start(1)))
            k = len(words)
            while k > 0 and len(words) - k < 3 and words[k - 1].group().lower() not in _NOT_GAZ:
                k -= 1
            if k < len(words):  # 'DISTRICT COURT OF CASS COUNTY' -> 'CASS COUNTY'
                spans.append(Span(words[k].start(), m.end(1), "LOCATION", self.name, 0.6))
        for m in _FACILITY_TOWN.finditer(text):
            if m.group(1).lower() not in DEPARTMENTS:
                spans.append(Span(m.start(1), m.end(1), "LOCATION", self.name, 0.6))
        low = ascii_lower(text)
        for m in _words_at(_PLACE_CONTEXT, low):
            the = _THE_AFTER_ORIGIN.match(low, m.start()) if low.startswith("the", m.end()) else None
            # 'PT ORIGINALLY FROM THE CANARY ISLANDS': an archipelago, a region or a country named with its article
            r = take_name(text, the.end() if the else m.end(), TITLE, 3)
            if r and low[r[0]:r[1]] in _ORDINARY_PLACES:
                continue  # 'FATHER CALLED FROM WORK', 'MOVED FROM HOME': a kind of place, not its name
            if r:
                spans.append(Span(m.end() if the else r[0], r[1], "LOCATION", self.name, 0.6))
        for m in _WARD.finditer(low):
            g = 1 if m.group(1) else 2
            if m.group(g) not in _NOT_WARD:
                spans.append(Span(m.start(g), m.end(g), "LOCATION", self.name, 0.6))
        return spans


_TIME_NEXT = re.compile(r"[ \t]+\d{1,2}[/:-]\d")  # 'WET READ: Ana 3/16 3:14 AM': the reader, then when
_THE_AFTER_ORIGIN = re.compile(r"(?:originally|native|immigrated|emigrated)[ \t]+(?:from|of)[ \t]+the[ \t]+")
_ORDINARY_PLACES = frozenset(
    "work home school office church job car jail prison shelter rehab hospital area region city country north south "
    "east west same".split()
)
# a discharge summary's 'Facility: Elm Skilled Care - East Tolland': the facility, a dash, its town
_FACILITY_TOWN = re.compile(
    r"(?m)^[ \t]*(?:Facility|FACILITY)[ \t]*:[ \t]*[^\n]+?[ \t]+[-–][ \t]+"
    r"([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})[ \t]*$"
)
# 'Cass County', 'TOMPKINS COUNTY', 'St. Tammany Parish': a county is a place smaller than a state
_COUNTY = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’.-]*[ \t]+){1,5}?((?:County|COUNTY|Parish|PARISH|Borough|BOROUGH)\b)"
)
_PREV_WORD = re.compile(r"(?<![\w'’.-])([A-Z][^\W\d_A-Z]+(?:-[A-Za-z][^\W\d_A-Z]+)?)[ \t]\Z")  # 'Eun-ji [Baker]'
_INITIAL_GAP = re.compile(r"[ \t]+[A-Za-z]\.?[ \t]+")
#: words that stand before a name without being part of it: titles, roles and relatives
_BEFORE_NAME = frozenset(
    "dear dr doctor mr mrs ms miss mx prof professor sir madam lady lord dame rev reverend father sister brother mother "
    "nurse matron sister coach captain officer judge president senator mayor producer director manager chief "
    "wife husband son daughter friend uncle aunt cousin niece nephew grandson granddaughter grandmother grandfather "
    "patient pt client resident attending fellow consultant registrar "
    "aide hygienist sonographer technologist tech pharmacist dietitian scribe chaplain therapist interpreter "
    "guarantor provider".split()
)


_LIST_BEFORE = re.compile(r",[ \t]*\Z")  # 'Efimiya, Mary, Ariana': a list of names, not 'Last, First'
_LIST_AFTER = re.compile(r"[ \t]*(?:,[ \t]*[^\W\d_]|(?:and|&)\b)")


_INITIAL_BEFORE = re.compile(r"(?<![\w.'’-])[A-Z]\.[ \t]?\Z")


def extend_names(text: str, spans: list[Span]) -> list[Span]:
    """NAME spans completed by what the detectors saw only in part.

    * 'Martim [A] Pereira': two names with an initial between them become one;
    * '[Ruiz], [Keisha]': two short names with only a comma between them are one 'Last, First' name
      (the comma belongs to the name: left unmasked it splits it);
    * 'Lily [Nolan]', 'Rościsław [Dudek]': a capitalised word right before a name of at most two
      words, in mixed-case text, when it is no stop, report or medical word and no title, role
      or relative ('Dr', 'Nurse', 'Wife').
    Returns new spans to add (the caller resolves overlaps).
    """
    extra: list[Span] = []
    names = [s for s in spans if s.label == "NAME"]
    for a, b in zip(names, names[1:]):
        if _INITIAL_GAP.fullmatch(text, a.end, b.start):
            extra.append(Span(a.end, b.start, "NAME", "propagation", 0.6))
        elif (_COMMA_GAP.fullmatch(text, a.end, b.start) and len(_TOKEN.findall(text, a.start, a.end)) <= 3
              and len(_TOKEN.findall(text, b.start, b.end)) <= 2
              and not _LIST_BEFORE.search(text, max(0, a.start - 4), a.start)
              and not _LIST_AFTER.match(text, b.end)):
            extra.append(Span(a.end, b.start, "NAME", "propagation", 0.6))  # 'Ruiz, Keisha': one name
    for s in names:
        initial = _INITIAL_BEFORE.search(text, max(0, s.start - 4), s.start)
        if initial and text[s.start].isupper():  # 'F. Novak, Esq.', 'PAID TO T. FERREIRA': the initial is the name's
            extra.append(Span(initial.start(), s.start, "NAME", "names", 0.6))
        tokens = _TOKEN.findall(text, s.start, s.end)
        m = _PREV_WORD.search(text, max(0, s.start - 40), s.start)
        ner_only = s.detector == "ner" and not any(t.lower() in _GAZETTEER for t in tokens)
        if len(tokens) > 2 or (ner_only and not (m and m.group(1).lower() in ALL_FIRST_NAMES)):
            continue  # NER alone calls 'Tales' a name: no second guess on top of its guess (but 'Jan [Jílek]')
        if m is None or _is_caps(text, m.start(), s.end):
            continue
        low = m.group(1).lower()
        if low in _NOT_GAZ or low in _BEFORE_NAME or (_NON_NAME_SUFFIX.search(low) and low not in _GAZETTEER):
            continue
        extra.append(Span(m.start(1), s.start, "NAME", "names", 0.6))
    return extra


_LINE_PREFIX = re.compile(r"[ \t>?*#|-]*")  # quoting and list marks before a signature line
_ORG_LINE = re.compile(r"[^\W\d_a-z][\w&'’.-]*(?:[ \t]+(?:[^\W\d_a-z][\w&'’.-]*|of|and|for|the|&)){0,4}[ \t]*\Z")
_ROLE_END = re.compile(r"(?i)(?:ist|ian|ologist|grapher|manager|director|consultant|nurse|officer|assistant|engineer"
                       r"|secretary"
                       r"|clerk|coordinator|administrator|specialist|surgeon|therapist|practitioner|registrar|worker"
                       r"|cleaner|analyst|developer|designer|accountant|lawyer|attorney|teacher)\Z")


# a form's first line: who issues it, a dash, and what it is ('MERIDIAN WOUND & HYPERBARIC - HBOT TREATMENT LOG',
# 'Pinecrest Nurse Advice Line - Web Chat Transcript'); not a unit or service ('PICU - DAILY NOTE')
_TITLED_FORM = re.compile(
    r"\A[ \t\n]*([^\W\d_a-z][\w&'’.-]*(?:[ \t]+(?:[^\W\d_a-z][\w&'’.-]*|of|and|for|the|&)){1,5})"
    r"[ \t]+[-–—][ \t]+"
    r"[^\n]{0,40}?\b(?i:log|transcript|note|report|record|flowsheet|summary|form|agreement|referral|consultation)"
    r"[ \t]*(?:\n|\Z)"
)


def _titled_organization(text: str) -> list[Span]:
    """The issuer before the dash on a form's title line (``_TITLED_FORM``), when it has a word of its own."""
    m = _TITLED_FORM.match(text)
    if not m:
        return []
    words = [w.lower() for w in _TOKEN.findall(text, m.start(1), m.end(1))]
    if all(w in _NOT_GAZ or w in DEPARTMENTS or w in _ORG_CONNECT for w in words) or words[-1] in _FORM_WORDS:
        return []  # 'PICU - DAILY NOTE', 'BURN ICU FLOWSHEET - SHIFT SUMMARY': a unit or a form, no issuer
    if _FACILITY_LOW.search(ascii_lower(text[m.start(1):m.end(1)])) or any(w in _INSTITUTION_WORDS for w in words):
        return []  # 'Elm Hospital ED - ...', 'TRI-STATE POISON CENTER - ...': the facility rules decide
    return [Span(m.start(1), m.end(1), "ORGANIZATION", "organizations", 0.6)]


#: wound dressings sold in a silver ('Ag') version
_DRESSINGS = frozenset("mepilex aquacel acticoat silvercel allevyn biatain urgotul exufiber kaltostat".split())
_INSTITUTION_WORDS = frozenset(
    "hospital hôpital hopital infirmary clinic center centre services service department agency authority trust "
    "institute school college university council ministry office".split()
)
_FORM_WORDS = frozenset("log transcript note notes report record flowsheet summary form sheet chart".split())


def letterhead_organizations(text: str, spans: list[Span]) -> list[Span]:
    """The organisation line of a signature or letterhead: a short capitalised line without
    digits between a line that is a person's name (or a name and a job title) and a line
    that starts an address or repeats the name ('Anna Berg / Kestrel Physio / 12 Mill Lane').
    Job titles ('Consultant Cardiologist') are not taken. Returns new spans."""
    lines: list[tuple[int, int]] = []  # content (start, end) of each line, after quote marks
    pos = 0
    for line in text.split("\n"):
        lead = _LINE_PREFIX.match(line).end()
        lines.append((pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    names = [(s.start, s.end) for s in spans if s.label == "NAME"]
    addresses = [s.start for s in spans if s.label == "ADDRESS"]

    def is_name(k: int) -> bool:
        a, b = lines[k]
        return b > a and any(s <= a and b <= e for s, e in names)

    def starts_address(k: int) -> bool:
        a, b = lines[k]
        return any(a <= s < b and not text[a:s].strip() for s in addresses)

    out = _titled_organization(text)
    for k in range(1, len(lines) - 1):
        a, b = lines[k]
        if b <= a or not _ORG_LINE.match(text, a, b) or _ROLE_END.search(text, a, b) or is_name(k):
            continue
        if any(s < b and a < e for s, e in names) or text[a:b].lower() in NOT_A_NAME:
            continue
        if not (starts_address(k + 1) or is_name(k + 1)):
            continue
        if is_name(k - 1) or (k >= 2 and is_name(k - 2) and _ROLE_END.search(text, *lines[k - 1])):
            out.append(Span(a, b, "ORGANIZATION", "organizations", 0.6))
    return out
