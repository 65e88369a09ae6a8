"""Names and organisations named by the role, event or form around them, as care teams write them.

:class:`RoleNameDetector` reads cues the context rules of :mod:`.names` do not cover:

* staff initials in a role field or after a sign-off ('Sonographer: KT', 'thanks,\\nM.Z.', '... pm rn');
* names after a role word ('Aide Marisol', 'RN (Ilse)', 'Hygienist: Tomasz', 'Chaplain Ada Obi:'), after
  what someone gave or did ('AUTH OBTAINED FROM X', 'NEIGHBOR X WHO CALLED', 'PT X Y IS A 42 YO',
  'pt X seen on rounds'), after a greeting ('hi dr X, its Y.'), in a crew or admissions field, before an
  EMS credential ('X Y NRP', 'X Y EMT');
* 'Patient X Y, MRN ...' and a 'Last, First' line opening a header row ('Ruiz, Ana  43F  MRN ...');
* organisations by their kind or cue: EMS and ambulance services ('X EMS'), dental and therapy practices
  ('X Family Dentistry'), the pharmacy a prescription goes to ('sent to X on Elm St'), the insurer field
  ('INS: X (...)').

:func:`complete_from_spans` completes what the detectors found: initials of a found name after it
('Ana Ruiz, DMD (AR)', 'Ana Ruiz, LPN / ar'), an eponym surname after a found given name ('Wei
Parkinson', not "Parkinson's"), 'Our Lady' before a hospital, 'Unit' after '... Care', and 'of X' after
an association, society or temple.
"""

from __future__ import annotations

import re

from .base import Detector, Span, also_shouted, first_group, line_bounds, line_start
from .lexicon import (
    ALL_FIRST_NAMES,
    ALL_SURNAMES,
    DEPARTMENTS,
    DOCUMENT_WORDS,
    EPONYMS,
    MEDICAL_TERMS,
    NAME_STOPWORDS,
    NOT_A_NAME,
    STOPWORDS,
)

_W = r"[^\W\d_][^\W\d_]*(?:['’-][^\W\d_]+)*"  # a word: 'Shu-fen', 'MIN-JUN', "O'ROURKE"
_CW = r"[^\W\d_a-z][^\W\d_'’]*(?:['’-][^\W\d_]+)*"  # a capitalised word ('Ó', "O'ROURKE", 'Del')
#: lower-case words inside a surname ('Iris del Valle', 'DECLAN Ó CONAILL', 'Van der Berg')
_PARTICLES = frozenset("ó o' de del della di da dos das du la le van von der den ter mac mc st bin ibn al el".split())
#: credentials, never a typist's initials
#: given names that are also stop words, a name's first word when a capitalised word follows
_GIVEN_WORDS = frozenset("will may june".split())
_CREDENTIALS = frozenset("MD RN NP PA DO GP ED ER RM MA SW CM OT PT LPN CNA BSN MSN CNS".split())
_NOT_NAME = NOT_A_NAME | MEDICAL_TERMS | DEPARTMENTS | frozenset(
    "ref auth md rn np pa do emt nrp crew aware called who pt patient family pharmacy ems insurer insurance payer "
    "payor plan office staff team agency facility sir madam colleague colleagues friends all "
    "protocol policy order orders back again someone".split()  # 'PER PROTOCOL IN PHARMACY', 'CALLED BACK FROM ...'
) | DOCUMENT_WORDS  # 'IN WITNESS WHEREOF', 'Clinical Pharmacist Reviewer', 'Counsel for the Receiving Party'

# a role field whose value may be a person's initials: 'Sonographer: KT', 'Tech: JR', 'Scribe: AB'
_INITIALS_FIELD = re.compile(
    r"(?i:\b(?:sonographer|technologist|tech|scribe|hygienist|assistant|transcriptionist|typist|recorder"
    r"|circulator|scrub|reader|perfusionist))[ \t]*:[ \t]*([A-Z]{2,3})(?=[ \t]*(?:[\n,;.]|\Z|[ \t]{2,}))"
    # a subject's initials on a trial or registry form, also with dashes or dots: 'Initials: A-K', 'Initials: J.M.'
    r"|(?i:\b(?:subject|patient|pt)?[ \t]*(?:initials|identifier))[ \t]*:[ \t]*"
    r"([A-Z](?:[.-]?[A-Z]){1,2}\.?)(?=[ \t]*(?:[\n,;]|\Z|[ \t]{2,}))"
    # the typist's initials after the transcription date: '[Transcribed 02/03/2024 by KW, ref ...]'
    r"|(?i:\b(?:transcribed|typed|keyed)\b)[^\n\]]{0,30}?\bby[ \t]+([A-Z]{2,3})(?=[ \t]*(?:[\n,;.\])]|\Z))"
    # the two nurses of an independent double check or a witnessed step: 'double check: ABC / XYZ'
    r"|(?i:\b(?:double[ \t-]*check(?:ed)?|witnessed|verified)(?:[ \t]+by)?)[ \t]*:?[ \t]*([A-Z]{2,3})[ \t]*/[ \t]*"
    r"([A-Z]{2,3})(?![\w/])"
    # a transcriptionist or a pathology assistant by initials: 'TRANSCRIBED: ABC 03/01/2025', '(Grossed by KT, PA)'
    r"|(?i:\b(?:transcribed|grossed)(?:[ \t]+by)?)[ \t]*:?[ \t]*([A-Z]{2,3})(?=[ \t]*(?:[\n,;.)]|\Z|[ \t]+\d))"
)
# staff named only by initials where a log or order says who did something
_STAFF_INITIALS = re.compile(
    # 'called by KQ to Ana Ruiz RN', 'CALLED BY LDR TO ...': who phoned a critical result to whom
    r"\b(?i:called|phoned|paged|reported)[ \t]+(?i:by)[ \t]+([A-Z]{2,4})(?=[ \t]+(?i:to)\b)"
    # 'Last check 06/14/2026 by SF:', 'call Wednesday 09:05 by TV:': a date or time, 'by' and initials, a colon
    r"|(?<=\d)[ \t]+(?i:by)[ \t]+([A-Z]{2,3})(?=[ \t]*:)"
    # 'short-arm cast (tech TDR)', '... TECH SP' ending a line: a technician by initials
    r"|\b(?i:tech)[ \t]+([A-Z]{2,3})(?=[ \t]*(?:[\n,;)]|\Z))"
    # 'RT (BO) trialled 6 L': a therapist's or nurse's role, then initials in brackets
    r"|\b(?:RT|RN|RD|SW|SLP|RRT|LPN|CNA)[ \t]*\(([A-Z]{2,3})\)"
    # 'Pharmacist verification: DL, PharmD': initials before a credential after a field's colon
    r"|:[ \t]*([A-Z]{2,3})[ \t]*,[ \t]*(?=(?:PharmD|RPh|RN|LPN|MD|NP|PA-C|DO|RRT|CNA)\b)"
    # 'Completed by: QR 2011-03-02 @ 0915': a dictation system's line naming who finished the summary
    r"|\b(?i:completed|entered|documented|charted|recorded)[ \t]+(?i:by)[ \t]*:?[ \t]*([A-Z]{2,3})"
    r"(?=[ \t]+\d|[ \t]*(?:[\n,;]|\Z))"
    # an account log's entry: a date, a time, then the writer's initials and a dash ('3/14/31 10:05 QZ - spoke w/ ...')
    r"|(?m:^)[ \t]*\d{1,2}/\d{1,2}(?:/\d{2,4})?[ \t]+\d{1,2}:\d{2}[ \t]+([A-Z]{2,3})[ \t]+-[ \t]"
    # a trial subject's initials in a safety report: 'Subject 12-0345, initials QZ, a 64-year-old'
    r"|\b(?i:initials)[ \t]*:?[ \t]+([A-Z]{2,3})(?=[ \t]*[,;.)]|[ \t]*(?:\n|\Z))"
)
# who did a logged step, named by initials after 'by' closing the line, before a column gap or a slash: 'results
# called to Dr. X at 555-0100 on May 2 by QZ.', 'READ BACK Y   BY QZ', 'dispensed by QZ   observed', 'Scored by: QZ /
# XY', 'technologist comments by qz.', 'dictated and transcribed 2031-01-02 by qz' (lower case: two letters only)
_BY_INITIALS = re.compile(
    r"\b(?i:by)[ \t]*:?[ \t]+"
    r"([A-Z]{2,3}|[a-z]{2})(?=[ \t]*[.;,]?[ \t]*(?:\n|\Z)|[ \t]{2,}[a-z]|[ \t]*/[ \t]*(?:[A-Z]{2,3}|dictated)\b)"
)
# what was done, in the 80 characters before that 'by' on its line
_BY_INITIALS_CUE = re.compile(
    r"\b(?i:dictated|transcribed|typed|comments|reported|dispensed|scored|verified|called|read[ \t]+back|paged"
    r"|notified|administered|witnessed|phoned|released|resulted)\b[^\n]{0,60}\Z"
)
_SLASH_INITIALS = re.compile(r"[ \t]*/[ \t]*([A-Z]{2,3})(?=[ \t]*(?:\n|\Z))")
# a log entry signed by initials after a dash ending its line: '... felt better. -QZ', '... recheck 30 min. -qz'
_DASH_INITIALS_LINE = re.compile(r"(?<=[.!?)][ ])-[ \t]*([A-Z]{2,3}|[a-z]{2})(?=[ \t]*\n)")
# a report's dictating clinician by initials opening the last lines: 'QZ / dictated 6/27/2031'
_INITIALS_DICTATED = re.compile(r"(?m)^[ \t]*([A-Z]{2,3})[ \t]*/[ \t]*(?i:dictated|transcribed|signed)\b")
#: what may be done 'by' a service, a kind of visit or a thing, not by someone's initials
_NOT_BY_INITIALS = frozenset(
    "GI EP RT RD ID TEAM FAX LAB MOM DAD SON EMS PCP OB ANY ALL HER HIM ONE TWO NEW OUR VIA THE AND FOR WHO YOU "
    "RX UPS NOT MAIL".split()
)
# a nursing note signed by initials alone after a double dash or a slash, ending the note's line: '--QR',
# 'PLAN CONT SUPPORTIVE CARE. --QR', '/ZT' (a single dash opens a list item: '- DM', '- MS')
_INITIALS_SIGNATURE = re.compile(
    r"(?:(?<=\n)|\A|(?<=[.!?;)][ \t]))[ \t]*(?:--|/)[ \t]*([A-Z]{2,3})(?=[ \t]*(?:\n|\Z))"
)
#: what a clinician may have done something 'by' that is no one's initials ('seen by CT:', 'tech MR')
_NOT_STAFF = frozenset(
    "CT MR MRI US XR IR NM PET ECG EKG EEG ICU ED ER OR PACU PRN BID TID QID QHS QD NPO DNR DNI HCP POA IV IM PO SQ "
    "HHA CHF COPD".split()
)
#: the patterns whose first matched group is a staff member's initials, in the order their spans are listed, each with
#: whether its value also must not be what a thing may be done 'by' ('by FAX', 'by MOM', ``_NOT_BY_INITIALS``) and the
#: groups whose context leaves a short word possible ('called by AM to Ana Ruiz RN', not '-am' or '--AM')
_INITIALS_RULES: tuple[tuple[re.Pattern[str], bool, tuple[int, ...]], ...] = (
    (_STAFF_INITIALS, False, (1,)),
    (_BY_INITIALS, True, ()),
    (_DASH_INITIALS_LINE, True, ()),
    (_INITIALS_DICTATED, True, ()),
    (_INITIALS_SIGNATURE, False, ()),
)


def _may_be_initials(value: str, *, short_words: bool = True, services: bool = False) -> bool:
    """True if ``value`` ('QZ', 'qz') may be someone's initials: not a credential ('RN', 'pa'), nor an imaging,
    unit or order abbreviation ('CT', 'PRN'); with ``short_words`` not a short word ('am', 'to', 'pt'), with
    ``services`` not what a thing may be done 'by' ('GI', 'FAX', 'MOM'). Case-blind: the lists are in one case."""
    upper = value.upper()
    return not (upper in _CREDENTIALS or upper in _NOT_STAFF or (short_words and value.lower() in _NOT_INITIALS)
                or (services and upper in _NOT_BY_INITIALS))


# a staff member's surname and initials in brackets, the last initial the surname's: 'SPI: BISHOP (HTB)'
_SURNAME_INITIALS = re.compile(r"(?<![\w'’-])([A-Z][A-Za-z'’-]+)[ \t]*\(([A-Z]{3})\)")
# the user name a record system prints: 'Printed by smithj from workstation ...', 'User: jdoe2'
_LOGIN = re.compile(
    r"(?i:\b(?:printed|exported|accessed|generated|modified|logged[ \t]+in)[ \t]+(?:by|as)"
    r"|\buser(?:[ \t]*name|[ \t]+id)?[ \t]*:)"
    r"[ \t]+([a-z][a-z0-9._-]{2,19})(?=[ \t]+(?:from|on|at)\b|[ \t]*(?:[,;)\n]|\Z))"
)
_NOT_LOGIN = frozenset(
    "system admin administrator user staff nursing pharmacy lab laboratory clinic unknown guest".split()
)
# a surname and given name alone in a table cell: '| Ruiz, Ana |', tab-separated too; one of them a known name
# also in capitals, as record logs print them, with a two-word surname: '| NI BHRIAIN, MEI-LING |'
_CELL_WORD = r"(?:[A-Z][a-z'’]+|[A-Z][A-Z'’]+)(?:-(?:[A-Z][a-z'’]+|[A-Z][A-Z'’]+))?"
_CELL_LAST_FIRST = re.compile(
    r"(?:(?<=\|)|(?<=\t))[ \t]*(" + _CELL_WORD + r"(?:[ ]" + _CELL_WORD + r")?,[ \t]*" + _CELL_WORD + r")"
    r"[ \t]*(?=\||\t|\n|\Z)"
)
# a flowsheet whose last column names who signed the row: 'Date  INR  Dose  RN' over '3/27  2.1  5 mg  Ana';
# the header line, then its rows up to a line without a column break
# also with pipes between the columns: 'Time | UOP | MAP | RN' over '0700 | 38 | 72 | JM'
_SIGNER_HEADER = re.compile(
    r"(?m)^[^\n]*\S(?:[ ]{2,}|\t|[ \t]*\|[ \t]*)(?i:rn|nurse|initials|signed|signature|staff|by|clinician|provider)"
    r"[ \t]*\|?[ \t]*$"
)
_SIGNER_CELL = re.compile(r"(?:[ ]{2,}|\t|\|[ \t]*)(" + _CW + r"(?:[ ]" + _CW + r")?)[ \t]*\|?[ \t]*$")
_COLUMN_BREAK = re.compile(r"\S(?:[ ]{2,}|\t|[ \t]*\|[ \t]*)\S")
# a name spelled out letter by letter in dictation: 'spelled O K A F O R'
_SPELLED = re.compile(r"\b(?i:spelled|spelt|spelling)[ \t]*:?[ \t]+((?:[^\W\d_a-z][ \t]+){2,}[^\W\d_a-z])(?![\w])")
# OCR drops the space after a title: 'Dr.Okafor', 'cc:Dr.Ruiz-Tagle'
_GLUED_TITLE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof)\.([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)\b")
# 'cc: Public Health Nurse Ana Ruiz', 'district nurse Ana': a kind of nurse or midwife before a given name
_NURSE_KIND = re.compile(
    r"\b(?i:(?:public[ \t]+health|district|community|practice|school|specialist|clinical[ \t]+nurse|wound|ostomy"
    r"|hospice|home[ \t]+health|visiting|infusion)[ \t]+"
    r"(?:nurse|midwife|specialist))[ \t]+(" + _CW + r"(?:[ \t]+" + _CW + r"){0,2})"
)
# a surname broken over a line with a hyphen after a title: 'Mr Oka-\nfor', 'Mrs de Sou-\nza' (OCR and typed letters)
_BROKEN_SURNAME = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+"
    r"((?:(?:de|da|van|von|del|di|du|le|la)[ \t]+)?[A-Z][a-z'’]*-[ \t]*\n[ \t]*[a-z]{2,})\b"
)
# a relative's given name that OCR wrote with a digit for a letter ('his wife Ma0ve', 'daughter E1la'):
# a capitalised word of letters with one or two 0, 1 or 5 among them
_OCR_RELATIVE = re.compile(
    r"(?i:\b(?:wife|husband|son|daughter|mother|father|sister|brother|partner|spouse)[ \t]+)"
    r"((?=[A-Z][\w-]*[015])[A-Z][a-z015]*[a-z][a-z015]*(?:-[a-z015]+)?)(?![\w-])"
)
# 'Signed J. Okafor 14:05': an initial and a surname after 'Signed' (with 'by' the name rules see it)
_SIGNED = re.compile(r"\b(?:Signed|SIGNED|signed)[ \t]*:?[ \t]+([A-Z]\.[ \t]?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)\b")
# '-- J.K. PA-C': dotted initials right before a credential sign a note
_DOTTED_CRED = re.compile(
    r"(?:^|(?<=[\s-]))((?:[A-Z]\.){2,3})[ \t]*,?[ \t]*(?=(?:PA-C|RN|MD|NP|DO|RM|BSN|CNS|LPN|APRN|CRNA|PharmD)\b)"
)
# a role word and a name: 'Aide Marisol to continue', 'Hygienist: Tomasz.', 'RN (Ilse):', 'Chaplain Ada Obi:'
# (credentials that are also abbreviations, 'RN', 'MA', 'CM', only with the name in brackets)
_ROLE_NAME = re.compile(
    r"\b(?:(?:Aide|AIDE|Hygienist|HYGIENIST|Sonographer|Chaplain|CHAPLAIN|Pharmacist|Dietitian|Scribe|Doula)"
    r"[ \t]*(?::|\()?|(?:RN|LPN|CNA|HHA|MA|SW|CM|NP|PA|(?i:case[ \t]+(?:mgmt|manager|management)))[ \t]*\("
    r"|(?:Tech|TECH|Technologist|Scribe|Assistant|Orthoptist|Photographer|Psychometrist|Adjuster|ADJUSTER"
    r"|Examinee|EXAMINEE"
    # a death investigation's, a research visit's and an anaesthetic record's people: 'INVESTIGATOR: ANA RUIZ',
    # 'Coordinator: Ana Ruiz', 'RELIEF: ANA RUIZ CRNA', 'Endoscopist: ...', 'Pathologist: ...'
    r"|Investigator|INVESTIGATOR|Coordinator|COORDINATOR|Relief|RELIEF|Endoscopist|ENDOSCOPIST|Pathologist"
    r"|PATHOLOGIST)[ \t]*:"
    # a mail header's recipient with the service in brackets: 'To: Ana Ruiz (Oncology)'
    r"|(?m:^)(?:To|TO|Cc|CC)[ \t]*:(?=[ \t]*[A-Z][^\n(]{2,40}\([A-Za-z][A-Za-z &/-]{1,30}\)[ \t]*(?:\n|\Z))"
    # who a trial's consent names: 'in presence of CRC Ana Ruiz; witness Li Wei', 'Sponsor monitor Ana Ruiz'
    r"|\b(?:CRC|(?i:witness(?:ed[ \t]+by)?(?![^\W\d_])|sponsor[ \t]+monitor|study[ \t]+coordinator)"
    r"(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*:?)"
    # 'probation officer Ana Ruiz': officers of the court name people, not services
    r"|\b(?i:probation|parole)[ \t]+(?i:officer)"
    # 'feedback session with examinee and Ana', 'met with patient and Ana Ruiz': who else was there
    r"|\b(?i:with)[ \t]+(?:(?i:the)[ \t]+)?(?i:examinee|patient|pt|client|claimant|resident)[ \t]+(?i:and)"
    # 'your nurse Ana', 'leave msg w/ Ana Ruiz', 'prefers to be called 'Beto'', 'REPORT GIVEN TO RN ANA.'
    r"|\b(?i:your|my)[ \t]+(?i:nurse|doctor|therapist|pharmacist|aide|case[ \t]+manager|social[ \t]+worker)"

    r"|\b(?i:msg|message)[ \t]+(?i:w/|with|for)|(?i:prefers[ \t]+to[ \t]+be[ \t]+called|goes[ \t]+by)[ \t]*['\"‘“]?"
    r"|\b(?i:report|handoff)[ \t]+(?i:given|called)[ \t]+(?i:to)[ \t]+(?:RN|rn|NURSE|nurse)"
    # a specialist before the name in mixed case: 'cardiologist M. Rivera', 'endodontist Dr. Ana Ruiz'
    r"|(?<![\w-])[a-z]+(?:ologist|iatrist|odontist|ician|surgeon)(?=[ \t]+(?:[A-Z]\.[ \t]*)?[A-Z][a-z]))"
    r"[ \t]*((?:[A-Z]\.[ \t]*)?" + _CW + r"(?:[ \t]+" + _CW + r"){0,2})"
)
# a parent's or next of kin's field in a header ('MOTHER: ANA RUIZ OBI  PHONE ...', 'Father: Li Wei\n'), and a
# relative named before a phone number ('HCP = DAUGHTER ANA RUIZ (555) 210-4477', 'son Li Wei 555-210-4477')
_KIN_FIELD = re.compile(
    r"(?:(?m:^)|[ \t]{2,})[ \t]*(?:MOTHER|FATHER|Mother|Father|MOM|DAD|Mom|Dad|GUARDIAN|Guardian|SPOUSE|Spouse|NOK)"
    r"[ \t]*[:=][ \t]*(?:(?i:(?:grand|step)?(?:son|daughter|mother|father)|wife|husband|spouse|partner|sister|brother"
    r"|niece|nephew|aunt|uncle|friend)[ \t]+)?"  # 'NOK: GRANDSON ANA RUIZ': the relation stays outside
    r"(" + _CW + r"(?:[ \t]+" + _CW + r"){0,2})(?=[ \t]{2,}|[ \t]*(?:\n|\Z|,|\())"
    r"|\b(?i:daughter|son|wife|husband|mother|father|sister|brother|niece|nephew|grandson|granddaughter|guardian)"
    r"[ \t]+(" + _CW + r"(?:[ \t]+" + _CW + r"){0,2})(?=[ \t]+\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b)"
)
# a signature line of an initial and a surname with particles: 'T. VAN DYKE MD', 'M. de la Rosa, MD - signed ...'
_INITIAL_PARTICLE_SIGNATURE = re.compile(
    r"(?m)^[ \t]*([A-Z]\.[ \t]*(?:(?i:van|von|de|del|della|da|di|du|la|le|der|den|ter|ten)[ \t]+){1,2}"
    r"[A-Z][A-Za-z'’-]+)(?=[ \t]*(?:,|$|(?:MD|DO|RN|NP|PA-C|PA|CRNA|CNM|PhD|DPM|DDS)\b))"
)
# a lower-case note signed by its writer's name and credential closing the line: 'kim lee, otr/l', '... 4 wk. - ana
# ruiz cnm', after a sentence with an initial: 'next 6/02. s ortega-byrne pt' (no stop word, no word's ending)
_WORD_ENDING = re.compile(r"(?:ing|ed|tion|sion|ment|ness|ity|ous|ive)\Z")
_LOWER_SIGNOFF = re.compile(
    r"(?m)(?:^[ \t]*(?:-[ \t]+)?|(?<=[ ]-[ ])|(?<=[.;][ ])(?=[a-z][ ]))"
    r"((?:[a-z]|[a-z][a-z'’-]+)(?:[ \t]+[a-z][a-z'’-]+){1,2})"
    r"[ \t]*,?[ \t]+(?:md|do|rn|np|pa-c|cnm|crna|otr/l|otr|ot|pt|dpt|slp|ccc-slp|ma[ \t]+ccc-slp|lcsw|licsw|msw|rd"
    r"|cgc|aprn|lpn|psyd|phd|rrt|cota|pta)[ \t]*$"
)
# a newborn's given name in brackets or quotes after 'baby girl/boy [surname]' or as the name for the baby: 'Baby Boy
# Roe (Tano)', 'baby girl (ada) gaining', 'family name for baby: "mio"'
_BABY_GIVEN = re.compile(
    r"\b(?i:baby[ \t]+(?:girl|boy)(?:[ \t]+[^\W\d_][\w'’-]*)?[ \t]*\("
    r"|name[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?baby[ \t]*:?"
    r"[ \t]*[\"“])([^\W\d_][\w'’-]+)(?=[)\"”])"
)
_NOT_BABY_NAME = frozenset(
    "sga lga aga ivf nicu term preterm twin stable well male female twins triplet singleton".split()
)
# 'ADMISSIONS: MEI 207 555 0100': a contact field whose value is a name and a phone number
_CONTACT = re.compile(
    r"(?i:\b(?:admissions|intake|scheduling|liaison|contact|on-call|coordinator|adjuster)[ \t]*:?[ \t]*)(" + _CW
    + r"(?:[ \t]+" + _CW + r")?)(?=[ \t]+\(?\d{3})"
)
# what someone obtained, gave or did: 'AUTH OBTAINED FROM X', 'REPORT GIVEN BY X'
_GIVEN_BY = re.compile(
    r"(?i:\b(?:obtained|received|approved|authori[sz]ed)[ \t]+(?:from|by)[ \t]+"
    r"|\b(?:registered|entered|recorded|scheduled|collected|drawn)(?:[ \t]+\S+)?[ \t]+by(?:[ \t]*:)?[ \t]+)"
    r"((?:[A-Z]\.[ \t]*)?" + _CW + r"(?:[ \t]+" + _CW + r"){0,3})"
)
# a statement's or a transfer's payee and an account's holders: 'ZELLE PAYMENT TO ANA RUIZ CONF 1234567',
# 'CHECK #1040 PAID TO A. RUIZ  80.00', 'Account holder: Ana Ruiz and Omar Haddad' (two or three words, or an
# initial and a surname, one of them a known name, ending at a column gap, a reference or the line's end)
_PAYEE_NAME = r"(?:[A-Z]\.[ \t]*)?" + _CW + r"(?:[ \t]+(?:[A-Z]\.[ \t]*)?" + _CW + r"){0,2}"
_PAYEE = re.compile(
    r"(?i:\b(?:payment|paid|transfer(?:red)?|wired?|sent|check|cheque)[ \t]+(?:to|from)"
    r"|\baccount[ \t]+holders?[ \t]*:|\b(?:and|&))[ \t]+(" + _PAYEE_NAME + r")"
    r"(?=[ \t]{2,}|[ \t]+(?i:conf|confirmation|ref|memo|and|&)\b|[ \t]*(?:\n|\Z|[,;]))"
)
# 'NEIGHBOR X Y WHO CALLED': a relative or neighbour and what they did
_WHO_DID = re.compile(
    r"(?i:\b(?:neighbou?r|friend|landlord|roommate|caregiver|bystander|coworker|co-worker|wife|husband|son|daughter"
    r"|sister|brother|mother|father)[ \t]+)(" + _CW + r"(?:[ \t]+" + _CW + r"){0,2})[ \t]+(?i:who|called|found|reports"
    r"|states|witnessed)\b"
)
# 'PT PENNY HALE IS A 42 YO', 'Patient Ana Ruiz is a 70 y/o': two or three words before the age
_PT_NAME_AGE = re.compile(
    r"\b(?:PT|Pt|PATIENT|Patient)\.?[ \t]+(" + _CW + r"(?:[ \t]+" + _CW + r"){1,2})[ \t]+(?i:is|was)[ \t]+"
    r"(?:(?i:an?)[ \t]+)?\d{1,3}[ \t]*-?[ \t]*(?i:y/?o|yrs?|years?|m|f|male|female|man|woman)\b"
)
# 'pt shin seen on rounds', 'PT KIM EXAMINED': a word between 'pt' and being seen is the patient's name
_PT_SEEN = re.compile(
    r"(?:^|(?<=\n)|(?<=[.;] ))[ \t]*(?i:pt|patient)[ \t]+(" + _CW + r")[ \t]+(?i:seen|examined|evaluated|interviewed)\b"
)
# 'pt Ana Marwood\nc/o sob', 'PT OKONJO TOLERATING TF', 'UNRESPONSIVE PT, PT ANA, ON 9 WEST.': one or two words between
# 'pt' and what the patient feels or takes, or the unit the patient is on (the words are checked in _pt_does)
_PT_DOES = re.compile(
    r"(?:^|(?<=\n)|(?<=[.;:,][ \t]))[ \t]*(?i:pt|patient)[ \t]+(" + _CW + r"(?:[ \t]+" + _CW + r")?)"
    r"(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?i:c/o|complains|complaining|tolerat(?:ing|ed|es))\b"
    r"|[ \t]*,[ \t]*(?i:on)[ \t]+\d{1,2}[ \t]*(?i:west|east|north|south|[a-z]?\b)"
    # and the patient's operation, family or age: 'pt Ana s/p R TKA', 'visit w/ pt Marwood and family',
    # 'pt Marwood (96 y/o)', 'pt Marwood, 97 y/o'
    r"|[ \t]+(?i:s/p|and[ \t]+family)\b|[ \t]*[(,][ \t]*\d{1,3}[ \t]*-?[ \t]*(?i:y/?o|yo|y\.o\.|years?[ \t-]+old)\b)"
)
# what a patient is, not who: 'pt alert c/o', 'PT NAUSEOUS, C/O', 'pt lethargic c/o'
_PT_STATE = re.compile(r"(?i:ic|ive|ous|ful|ed|ing|ly|able|ible|ile|ish|ent|ant)\Z")
_PT_STATES = frozenset("alert awake asleep calm afebrile stable anxious confused drowsy weak tired sleepy now "
                       "still again also initially currently".split())
# 'spoke with Ana (MA)': a name and the role in brackets after talking with
_SPOKE_WITH = re.compile(
    r"(?i:\b(?:(?:spoke|talked|discussed|met)[ \t]+(?:with|to)"
    # and who a message went to: 'forwarded to Ana Ruiz (MA)', 'routed to Ana (RN)'
    r"|(?:forwarded|routed|sent|assigned|passed|given)[ \t]+to)[ \t]+)(" + _CW + r"(?:[ \t]+" + _CW + r"){0,2})"
    r"(?=[ \t]*\((?:MA|RN|LPN|NP|PA|MD|CNA|SW|CM|RPh|PharmD|OT|PT|SLP)\))"
)
# a chat transcript's speaker before the colon: '[22:14] Ana (guest):', '[22:15] Ana Ruiz, RN:'
_CHAT_SPEAKER = re.compile(
    r"(?m)^[ \t]*\[\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?\][ \t]+(" + _CW + r"(?:[ \t]+" + _CW + r"){0,2})"
    r"[ \t]*(?:\((?i:guest|patient|member|visitor|caller|client|parent|family)\)|,[ \t]*(?:RN|LPN|NP|MD|PA|CNA|MA)\b)"
    r"[ \t]*:"
)
# a care team table: the role cell, then the name cell ('| OT | Ana Ruiz, OTR/L |', '| Case mgr | Ana Ruiz |')
_TEAM_ROW = re.compile(
    r"(?m)^[ \t]*\|[ \t]*(?:PT|OT|SLP|ST|RN|LPN|SW|MSW|CM|RD|RT|NP|PA|MD|DO|Case[ \t]+(?:mgr|manager)|Physiatrist"
    r"|Pharmacist|Chaplain|Dietitian|Psychologist|Neuropsychologist|Social[ \t]+worker)[ \t]*\|[ \t]*"
    r"(" + _CW + r"(?:[ \t]+" + _CW + r"){1,2})[ \t]*(?:,[ \t]*[A-Za-z/()-]{2,12}[ \t]*)?\|"
)
# 'Pt Ana Ruiz (91 yo, admitted ...)': the patient's name before the age in brackets
_PT_NAME_BRACKET_AGE = re.compile(
    r"\b(?:PT|Pt|PATIENT|Patient)\.?[ \t]+(" + _CW + r"(?:[ \t]+" + _CW + r"){1,2})[ \t]*\([ \t]*\d{1,3}[ \t]*"
    r"(?i:y/?o|yrs?|years?(?:[ \t]+old)?|[mf])\b"
)
# who gave report and who answered in a department: 'TOOK REPORT FROM ANA AT SENDING FACILITY',
# 'PER BAO IN ADMITTING', 'SPOKE WITH ANA IN INTAKE AT ...'
_DESK = r"(?i:intake|admitting|admissions|registration|billing|scheduling|pharmacy|security|transport|dietary)\b"
_REPORT_FROM = re.compile(
    r"(?i:\b(?:took|received|got|gave|called)[ \t]+report[ \t]+(?:from|to)[ \t]+)(?:(?:RN|Rn|rn)[ \t]+)?(" + _CW
    + r")(?=[ \t]+(?i:at|from|in|on|of)\b|[ \t]*[,.;]|[ \t]*$)",
    re.M,
)
_AT_DESK = re.compile(
    r"(?i:\b(?:per|spoke[ \t]+with|talked[ \t]+(?:with|to)|d/w|called|paged)[ \t]+)(" + _CW
    + r")(?=[ \t]+(?i:in|from|at)[ \t]+" + _DESK + ")"
)
# a sign-off of a role, a given name and an extension closing a line: 'RT KOFI X4199', 'cm bjorn x4848', after
# the last sentence too and with a dash: 'WILL F/U IN AM. CM-ANIKA X4410'
_ROLE_EXTENSION = re.compile(
    r"(?:^|(?<=[.;!?])[ \t]+)[ \t]*(?i:rt|rrt|rn|cm|sw|rd|pt|ot|slp|np|pa)(?:[ \t]+|[ \t]*-[ \t]*)(" + _W + r")"
    r"[ \t]*,?[ \t]+[xX]\d{3,5}[ \t]*$", re.M
)
# a note closed by its writer's role and given name: '... MAY EXTUBATE. RT TOMASZ.' (a given name the lists know,
# no ordinary word: 'RN AWARE.', 'PER RT.' stay)
_ROLE_CLOSING = re.compile(
    r"(?:^|(?<=[.;])[ \t]+)[ \t]*(?:RT|RRT|RN|CM|SW|RD|OT|SLP|NP|Rt|Rn|Cm|Sw)[ \t]+(" + _CW + r")\.?[ \t]*$", re.M
)
# 'Dear Ana,': a letter's greeting
_DEAR = re.compile(r"\b(?:Dear|DEAR)[ \t]+(" + _CW + r"(?:[ \t]+" + _CW + r"){0,2})(?=[ \t]*[,:])")
# a header row of the patient's name before the record number: 'Ana Ruiz   MRN: 12B345', 'Ana Ruiz (820-49-61)'
_NAME_ROW = re.compile(
    r"(?m)^[ \t]*(" + _CW + r"(?:[ \t]+" + _CW + r"){1,2})"
    r"(?=(?:[ ]{2,}|\t|,[ \t]+)(?:MRN|DOB|Acct|ACCT)\b|[ \t]+\(\d[\d-]{6,}\d\)[ \t]*$)"
)
# a nickname in quotes after 'AKA', 'also known as', 'goes by': 'AKA "Rocky"'
_NICKNAME = re.compile(
    r"(?i:\b(?:aka|a\.k\.a\.?|also[ \t]+known[ \t]+as|goes[ \t]+by|nicknamed?)[ \t]*:?[ \t]*)[\"“']"
    r"(" + _CW + r"(?:[ \t]+" + _CW + r")?)[\"”']"
)
# a nickname between a given name and what follows: 'Ana (Nana) Ruiz-Obi', 'Robert "Bob" Roe', 'ROE, ROBERT (BOB) J'
# (the given name and the nickname both names the lists know, or the nickname the given name's start: 'Kat')
_INNER_NICKNAME = re.compile(
    r"\b(" + _CW + r")[ \t]+(?:\((" + _CW + r")\)|[\"“](" + _CW + r")[\"”])[ \t]+(" + _CW + r"\b|[A-Z]\b)"
)
# a contact table's row: the name cell before the relation cell ('| Ana Ruiz | spouse | 44 |')
_RELATIVE_ROW = re.compile(
    r"(?m)^[ \t]*\|[ \t]*(" + _CW + r"(?:[ \t]+" + _CW + r"){0,2})[ \t]*\|[ \t]*"
    r"(?i:(?:grand|step)?(?:mother|father|son|daughter|child|parent)|spouse|wife|husband|partner|sibling|sister"
    r"|brother|aunt|uncle|cousin|niece|nephew|roommate|friend|neighbou?r|coworker|co-worker|classmate)[ \t]*\|"
)
# an ALL CAPS flowsheet or log names staff after their role: 'ATTENDING ANA RUIZ / BURN FELLOW LI WEI',
# 'SUPERVISING PHYSICIAN ANA RUIZ  02/26/2026', 'SAFETY OFFICER ANA RUIZ.', 'REFERRED BY PODIATRIST ANA RUIZ, DPM'
_UW = r"[A-Z][A-Z'’]*(?:-[A-Z][A-Z'’]*)?"
_CAPS_ROLE_NAME = re.compile(
    r"(?<![\w-])(?:ATTENDING|FELLOW|RESIDENT|PHYSICIAN|OFFICER|SURGEON|NURSE|PHARMACIST|THERAPIST|CHAPLAIN|CREW"
    r"|[A-Z]+(?:OLOGIST|IATRIST|ICIAN))[ \t]+(" + _UW + r"[ \t]+" + _UW + r")\b"  # whole words: not 'RETU|RN'
    r"(?=[ \t]*(?:[,./;]|[ ]{2,}|\n|\Z|RN\b|MD\b))"
)
# the person a report or form is about, in a field of its own: 'PATIENT INVOLVED: ANA RUIZ  MRN ...', 'Veteran: Ana
# Ruiz   Claim # ...', 'Potential donor: Ana Ruiz, 46 y/o', 'DEPONENT: ANA RUIZ, M.D.' (two words at least); and a
# review's maker and checker side by side: 'Reviewer: Ana Ruiz   Approver: Li Wei'
_SUBJECT_FIELD = re.compile(
    r"\b(?:(?i:patient|person|resident)[ \t]+(?i:involved|affected)|Veteran|VETERAN|Inmate|INMATE|Recipient|RECIPIENT"
    r"|(?i:potential[ \t]+)?(?:Donor|DONOR)|Candidate|CANDIDATE|Athlete|ATHLETE|Camper|CAMPER|Deponent|DEPONENT"
    r"|Reviewer|REVIEWER|Approver|APPROVER)[ \t]*:[ \t]*"
    r"(" + _CW + r"(?:[ \t]+" + _CW + r"){1,3})(?=[ \t]*(?:[ ]{2,}|\t|[,(;]|\n|\Z))"
)
# a VA note's author and cosigner as the record prints them, 'AUTHOR: RUIZ,ANA', and its electronic signature
# line, '/es/ ANA RUIZ'
_VA_AUTHOR = re.compile(
    r"\b(?:AUTHOR|Author|(?:EXP[ \t]+)?COSIGNER|Cosigner)[ \t]*:[ \t]*(" + _CW + r",[ \t]?" + _CW
    + r"(?:[ \t]+[A-Z]\.?)?)(?=[ \t]{2,}|[ \t]*(?:\n|\Z))"
    r"|(?m:^)[ \t]*/(?i:es)/[ \t]*(" + _CW + r"(?:[ \t]+(?:[A-Z]\.?|" + _CW + r")){1,3})(?=[ \t]*(?:,[^\n]*)?(?:\n|\Z))"
)
# a custody, police or military rank before a surname: 'per Sgt. Ruiz', '(SGT. RUIZ)', 'Cpl Ana Ruiz' ('Lt.' and
# 'Col.' only with their full stop: 'LT KNEE' is the left knee)
_RANK_NAME = re.compile(
    r"(?<![\w-])(?:(?:Sgt|SGT|Cpl|CPL|Capt|CAPT|Cpt|CPT|Ofc|OFC|SSgt|SSG|SFC|PFC|Pvt|PVT|LCpl|Deputy|DEPUTY)\.?"
    r"|(?:Lt|LT|Col|COL)\.)[ \t]+(" + _CW + r"(?:[ \t]+" + _CW + r")?)"
    r"(?=[ \t]*(?:[,.;:)]|[ ]{2,}|\n|\Z"
    r"|[ \t]+(?i:agreed|called|notified|aware|said|states|reports|escorted|present)\b))"
)
_RANK_WORDS = frozenset(
    "major first master staff command general colonel lieutenant sergeant captain commander class chief".split()
)
# a surname in brackets after a service, then what it was told: 'ENDO (RUIZ) AWARE', 'renal (Ruiz) notified'
_SERVICE_NAME_AWARE = re.compile(
    r"\(([A-Z][A-Za-z'’-]{2,})\)[ \t]+(?=(?i:aware|notified|paged|updated|informed|agrees|following)\b)"
)
# whom a role or a service names before what they did or a pause: 'manager Ana Ruiz notified', 'ATHLETIC TRAINER ANA
# RUIZ, ATC', 'interpreter Ana Ruiz, telephone', 'INVESTIGATOR ANA RUIZ, CASE ...', 'nocturnist is Ruiz, pager'
_ROLE_WORD_NAME = re.compile(
    r"\b(?i:manager|supervisor|nocturnist|hospitalist|intensivist|interpreter|investigator|caseworker"
    r"|case[ \t]+worker|(?:athletic[ \t]+)?trainer|coach|counselor|counsellor|advocate)(?:[ \t]+(?i:is|was))?[ \t]+"
    r"(" + _CW + r"(?:[ \t]+" + _CW + r"){0,2})"
    r"(?=[ \t]*[,;()]|[ \t]*\.[ \t]*(?:\n|\Z)"
    r"|[ \t]+(?i:notified|aware|paged|called|informed|updated|present|agreed|assisted)\b)"
)
_NOT_NAME_ENDING = re.compile(r"(?:ED|ING|LY|TION|SION|GRAPHY|SCOPY|ITY|NESS|MENT|OUS|IVE|AL)\Z")
# 'Patient Ana Ruiz, MRN 12345': the patient's name between the word and a record field
_PATIENT_FIELD = re.compile(
    r"(?m)^[ \t]*(?:Patient|PATIENT|Pt|PT)[ \t]+(" + _CW + r"(?:[ \t]+" + _CW + r"){1,3})[ \t]*,?[ \t]+"
    r"(?=(?:MRN|DOB|Acct|ACCT|Account|Unit[ \t]+No)\b|MR[ ]?\#)"
)
# 'Ruiz, Ana  43F  MRN ...': 'Last, First' opening a header row or a numbered list's item ('2. Ruiz, Ana  MRN ...')
_LAST_FIRST_ROW = re.compile(
    r"(?m)^[ \t]*(?:\d{1,2}[.)][ \t]+)?(" + _CW + r"(?:[ \t]+" + _CW + r")?,[ \t]*" + _CW + r"(?:[ \t]+[A-Z]\.?)?)"
    r"(?=(?:[ ]{2,}|\t)[^\n]*\b(?:MRN|DOB|\d{1,3}[ ]?[MF])\b)"
)
# 'hi dr fox,', 'Dear Dr. Glass': after a greeting and a title, any word is the name
_GREETING = re.compile(
    r"(?i:\b(?:hi|hello|hey|dear|good[ \t]+(?:morning|afternoon|evening))[ \t]+(?:dr|doctor|mr|mrs|ms|nurse)\.?[ \t]+)"
    r"(" + _W + r")(?=[ \t]*[,.!:\n]|[ \t]+comma\b)"  # dictated: 'dear doctor okafor comma'
)
# 'hi dr vo, its xiaoming.': who writes, right after the greeting
_ITS_ME = re.compile(
    r"(?i:\b(?:hi|hello|hey|dear)\b[^\n.]{0,40},[ \t]*(?:it'?s|this[ \t]+is|i'?m)[ \t]+)(" + _W + r")(?=[ \t]*[.,!\n])"
)
# 'thanks,\nM.Z.', 'Regards,\nAna': the name or initials on the line after a closing
_SIGN_OFF = re.compile(
    r"(?im:^[ \t]*(?:thanks|thank[ \t]+you|thx|regards|best(?:[ \t]+regards)?|sincerely|cheers|respectfully|warmly)"
    r"[ \t]*[,!.]?[ \t]*(?:\n[ \t]*)?(?:-{1,2}[ \t]*)?)"
    r"((?:[A-Za-z]\.[ \t]?){1,3}|" + _CW + r"(?:[ \t]+" + _CW + r"){0,2})[ \t]*$",
    re.M,
)
# '... next cxr 6/29. pm rn': lower-case initials before a credential closing a note's line
_INITIALS_CRED = re.compile(
    r"(?:^|(?<=\n)|(?<=[.;!] ))[ \t]*([a-z]{2,3})[ \t]*,?[ \t]+"
    r"(?:rn|lpn|np|md|pa|cna|msw|lcsw|pt|ot|slp|rrt)[ \t]*\.?[ \t]*$",
    re.M,
)
_NOT_INITIALS = frozenset(
    "am is to in on at no ok by per the and has was pt be as if of or so up we me he it us an do go my see via".split()
)
# staff initials before an assistant's or technician's credential on a signature line: 'TK COA / DR. OAK', '... / ab
# da', 'vance / jl ma', '-qt cma' (between a line's start, a slash or a dash and the line's end or a slash)
_ASSISTANT_INITIALS = re.compile(
    r"(?:^|(?<=\n)|(?<=/)|(?<=-))[ \t]*([A-Z]{2,3}|[a-z]{2,3})[ \t]+"
    r"(COA|COT|COMT|CMA|RMA|MA|DA|RDA|CDA|CPhT|coa|cot|comt|cma|rma|ma|da|rda|cda)(?=[ \t]*(?:/|\n|\Z))"
)
# a note's writer closing it after a dash: '... ok to refill x 90d. -jl', '\n- TK', '-ana' (initials, or a given name
# the lists know, as the note's last word)
_DASH_SIGNATURE_END = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?)][ ]))[ \t]*-[ \t]*([A-Za-z]{2,3}|[A-Za-z][a-z]{3,11})[ \t]*\s*\Z"
)
_NOT_SIGNATURE = frozenset("na nka nkda tbd prn yes bid tid qid qhs qd hs dc etc rtc fu wnl nad neg pos".split())
# a person to call or contact at a number, with a role in brackets between: 'please call Ines Vale (referral
# coordinator) at 555-...', 'contact ines vale, 555-...'
_CALL_PERSON = re.compile(
    r"\b(?i:call|contact|ask[ \t]+for|reach)[ \t]+(" + _W + r"[ \t]+" + _W + r")"
    r"(?=[ \t]*(?:\([^()\n]{2,40}\)[ \t]*)?,?[ \t]*(?:(?i:at|@|on)[ \t]+)?"
    r"(?:1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}\b)"
)
# who sent a portal or chart message: 'from: ines vale' on a header line next to a 'to:', 'subject:' or 're:' line
_MESSAGE_FROM = re.compile(r"(?im)^[ \t]*from[ \t]*:[ \t]*(" + _W + r"(?:[ \t]+" + _W + r"){1,2})[ \t]*$")
_HEADER_FIELD = re.compile(r"(?i)[ \t]*(?:to|subject|re|sent|cc)[ \t]*:")
# names before an EMS or allied credential: 'RAJESH IYER NRP #651420', 'Ana Ruiz, EMT-P'
# and an ALL CAPS name with a particle before a credential after a comma: 'IRIS DEL VALLE, RN CM'
_EMS_CRED = re.compile(
    r"(" + _CW + r"(?:[ \t]+" + _CW + r"){1,3})"
    r"(?:[ \t]*,?[ \t]+(?:NRP|EMT(?:-[BPI])?|PARAMEDIC|Paramedic|AEMT|CCP|FP-C)\b"
    r"|[ \t]*,[ \t]*(?:RN|LPN|MD|NP|PA-C|CNA|PharmD|DMD|DDS|DPT|PT|OT|LICSW|MSW|BSN|MSN|RGN|RMN|RM|BScN|RPN|CNS"
    r"|RD|RDN|LDN|OTR(?:/L)?|CCC-SLP|MLS|RRT|CCM|MS(?=[ \t]*,[ \t]*(?:RD|RDN|LD|LDN|CCC|CNS|RN)\b)"
    r"|Chaplain|Midwife|Interpreter|Counsell?or|Dietitian|Physiotherapist|Pharmacist|PhD|PHD|PsyD|AuD|Esq|ESQ)\b"
    # not a clause before 'MD aware': 'PAN CX'D, MD AWARE' (the doctor was told; no one is named)
    r"(?![ \t]+(?i:aware|notified|made[ \t]+aware|paged|updated|informed|called|at[ \t]+bedside)\b))"
)

_ORG_WORD = r"[^\W\d_a-z][\w&'’.-]*"
# 'Lifeline EMS', 'BAY STATE AMBULANCE': an emergency medical service by its kind
_EMS_ORG = re.compile(
    r"(" + _ORG_WORD + r"(?:[ \t]+" + _ORG_WORD + r"){0,2}"
    r"(?<!VIA)(?<![ \t]BY)(?<!PER)"  # 'TRANSFERRED TO X IN LEOMINSTER VIA AMBULANCE': how, not which service
    r"[ \t]+(?:EMS|Ambulance|AMBULANCE|Rescue|RESCUE"
    r"|MedFlight|MEDFLIGHT|Med[ \t]Flight|MED[ \t]FLIGHT|LifeFlight|LIFEFLIGHT|Life[ \t]Flight|LIFE[ \t]FLIGHT)"  # by air
    r"(?:[ \t]+(?:Service|SERVICE|Services|SERVICES|Squad|SQUAD))?)\b"  # 'Larch Hollow Rescue Squad'
)
# 'Bright Path Family Dentistry', 'Elm Dental Group', 'Harbor Physical Therapy': a practice by its kind
_PRACTICE_KIND = (
    r"(?i:dentistry|dental[ \t]+(?:group|associates|care|center)|orthodontics|endodontics|oral[ \t]+surgery"
    r"|eye[ \t]+(?:care|associates)|physical[ \t]+therapy|sports[ \t]+medicine)"
)
_PRACTICE = re.compile(r"(" + _ORG_WORD + r"(?:[ \t]+" + _ORG_WORD + r"){0,3}[ \t]+" + _PRACTICE_KIND + r")\b")
_PRACTICE_KIND_ALONE = re.compile(_PRACTICE_KIND + r"\Z")
# a British or Irish general practice named after its street: 'Kiln Lane Surgery', 'Elm Road Surgery'
_GP_SURGERY = re.compile(
    r"((?:[A-Z][\w'’-]*[ \t]+){1,3}(?:Street|Road|Lane|Avenue|Park|Square|Place|Green|Way|Row|Hill|House|Gardens)"
    r"[ \t]+(?:Surgery|Medical[ \t]+Practice|Practice))\b"
)
# 'sent to CVS on Elm St', 'send to the Hannaford at Main St': where a prescription goes
_PHARMACY = re.compile(
    r"(?i:\b(?:sent|send|fax(?:ed)?|called[ \t]+in|e-?prescribed|transferred|refill(?:ed)?)[ \t]+(?:\w+[ \t]+){0,2}?"
    r"(?:to|at)[ \t]+(?:the[ \t]+)?)(" + _ORG_WORD + r"(?:[ \t]+" + _ORG_WORD + r"){0,2})"
    r"(?=[ \t]+(?i:pharmacy[ \t]+)?(?i:on|at|in)[ \t]+(?:[A-Z]|\d))"
)
# a hospital called by its name and 'Regional' alone, as staff and families say it ('go to Mercy Regional?',
# 'CORE LAB, Elm Valley Regional'); not before what it qualifies ('Regional anesthesia', 'Regional Medical Center')
_REGIONAL = re.compile(
    r"(?<![\w'’&.-])((?:[A-Z][a-z'’]+[ \t]+){1,3}(?:Regional|REGIONAL)"
    # and in capitals after a place word: 'AT LARCH VALLEY REGIONAL.' (not 'ANESTHESIA: SPINAL REGIONAL.')
    r"|(?:(?<=AT[ ])|(?<=TO[ ])|(?<=FROM[ ]))(?:[A-Z][A-Z'’]+[ \t]+){1,3}REGIONAL)(?=[ \t]*(?:[?.,;:)]|\n|\Z))"
)
# a store by its number: 'Elm Drug #41', 'Valley Pharmacy #1203' ('Urine Drug Screen' has no store number)
_STORE = re.compile(
    r"((?:[A-Z][a-z][\w&'’.-]*[ \t]+){1,3}(?i:drugs?|pharmacy|drugstore|market|foods)"
    r"[ \t]+\#[ \t]?\d{1,5})\b"
)
# a military unit, its parts chained by commas: '1st Battalion, 7th Marines', 'B Co, 2nd Battalion, 12th Infantry
# Regiment', '1ST CAV', '3RD BATTALION, 11TH FIELD ARTILLERY' (only in a note that speaks of service: _MILITARY_HINT)
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)"
_UNIT_KIND = (r"(?i:battalion|bn|brigade|bde|regiment|regt|division|squadron|sqdn|company|troop|battery|btry|cav"
              r"|cavalry|marines|infantry|artillery|air[ \t]+wing|wing|fleet|special[ \t]+forces[ \t]+group"
              r"|mp[ \t]+company|combat[ \t]+team|bct|meu|mef)")
_UNIT_PART = (r"(?:" + _ORDINAL + r"(?:[ \t]+(?i:infantry|field|armou?red|cavalry|aviation|engineer|signal|support"
              r"|sustainment|airborne|marine|artillery|military|police|medical|fighter|expeditionary|combat|logistics"
              r"|transportation|ranger|mountain|stryker|brigade))*[ \t]+" + _UNIT_KIND
              + r"|[A-Z][ \t]+(?:Co|CO|Company|COMPANY|Troop|TROOP|Battery|BATTERY|Btry|BTRY))(?![\w-])")
_MILITARY_UNIT = re.compile(r"(?<![\w-])" + _UNIT_PART + r"(?:[ \t]*,[ \t]*" + _UNIT_PART + r")*")
#: what a note about service holds (lower-cased), looked up as plain substrings: cheaper than one regex over every note
_MILITARY_HINT = ("army", "navy", "marine", "air force", "coast guard", "national guard", "veteran", "military",
                  "deploy", "soldier", "sailor", "airman", "service member", "unit:", " mos ", "dod", "vamc", "edipi",
                  "tricare", "combat", "infantry", "battalion", "regiment", "brigade")
#: a unit's kind word (lower-cased), one of which a unit needs
_UNIT_HINT = ("battalion", "bn", "brigade", "bde", "regiment", "regt", "division", "squadron", "sqdn", "company",
              "troop", "battery", "btry", "cav", "marines", "infantry", "artillery", "wing", "fleet", "group", "bct",
              "meu", "mef", " co,", " co ")
# a log row's patient as 'LAST, I' in a cell after a number (an accession, a time): '0511  C2501  RUIZ, A   INR 7.4'
_LAST_INITIAL_CELL = re.compile(r"\d(?:[ ]{2,}|\t)(" + _CW + r"),[ \t]?([A-Z])(?=[ ]{2,}|\t)")
# a relative named in brackets with who they are: 'FAMILY (ANA RUIZ, MOTHER)', 'next of kin (Ana Ruiz, daughter)'
_NAME_RELATIVE_BRACKET = re.compile(
    r"\((" + _CW + r"(?:[ \t]+" + _CW + r"){1,2}),[ \t]*(?i:mother|father|wife|husband|son|daughter|sister|brother"
    r"|spouse|partner|aunt|uncle|grandmother|grandfather|niece|nephew|cousin|guardian|stepmother|stepfather)\)"
)
# one name after 'by' before a clock time, or after a provider before what they were told: 'informed by Ruiz at
# 0730', 'PROVIDER RUIZ NOTIFIED AT 0412'; and a given name and a surname before the birth date: 'Ana Ruiz dob 1/2/59'
_BY_NAME_AT = re.compile(
    r"\b(?i:by)[ \t]+(" + _CW + r")[ \t]+(?i:at)[ \t]+\d{3,4}\b"
    r"|\b(?i:provider|physician|resident|intern|hospitalist)[ \t]+(" + _CW + r")[ \t]+"
    r"(?=(?i:notified|aware|paged|informed|updated)\b)"
)
# run on the 40 characters before a 'dob'
_NAME_BEFORE_DOB = re.compile(r"(?<![\w'’-])(" + _CW + r"[ \t]+" + _CW + r")[ \t]+\Z")
_DOB = re.compile(r"\b(?i:dob|d\.o\.b)\b")
# a hospital by its initials ending in MC (medical centre), five letters or more: 'ELMRMC', 'OBHMC'
_MC_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{3,6}MC(?![\w-])")
# a hospital by initials ending in H or MC (hospital, medical centre), found first by its shape ('stented at NBH',
# 'films from EMC', 'echo at emh'), then kept only after its cue (_INITIALS_CUE); and 'the VA'
_HOSPITAL_INITIALS = re.compile(r"(?<![\w'’/-])(?:[A-Z]{1,4}(?:H|MC)|[b-df-hj-np-tv-z]{2,3}h|VA)(?![\w'’/-])")
# what goes before those initials: 'at', 'from' (and 'the' before 'VA'), or an appointment's 'Building:' field and
# its building code ('Building: SC EMC Campus: EAST'); run on the 40 characters before them
_INITIALS_CUE = re.compile(
    r"(?:\b(?:at|from|AT|FROM|At|From)[ \t]+(?P<the>(?:the|THE)[ \t]+)?|\b(?i:building)[ \t]*:[ \t]*[A-Z]{1,3}[ \t]+)\Z"
)
#: initials of that shape that name no hospital: an outside hospital, a nursing home, and signs and hormones
_NOT_HOSPITAL_INITIALS = frozenset(
    "osh nh snf ich sah sdh ivh lvh rvh bph nph tsh ldh pth acth adh fsh pph pmh fh sh gh hh oh".split()
)
# who speaks on a time-stamped chat line: '[08:19] Ana: me.' (a given name the lists know, in a log of two such lines
# or more; with a role or credential after it, _CHAT_SPEAKER)
_CHAT_LINE = re.compile(
    r"(?m)^[ \t]*\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]+(" + _CW + r")(?:[ \t]*\([^)\n]{1,24}\))?[ \t]*:"
)
# a town's police department by its initials before its officer: 'EPD OFFICER INES VALE ON SCENE', 'per SPD Sgt. Vale'
_POLICE_INITIALS = re.compile(
    r"(?<![\w/-])((?!COPD)[A-Z]{1,3}PD)(?=[ \t]+(?i:officers?|ofc\.?|sgt\.?|sergeant|det\.?|detective|patrol|cruiser"
    r"|on[ \t]+scene|report|case)\b)"
)
# a summer camp a child goes to: 'sprained an ankle at Camp Wendigo in July', 'attends Camp Larch Hollow'
_CAMP = re.compile(
    r"\b(?i:at|to|from|attends?|attended|attending)[ \t]+(?:(?i:the)[ \t]+)?"
    r"((?:Camp|CAMP)[ \t]+[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+)?)"
)
# a pharmacy chain named after its founder: 'Bartell Drugs', 'uses navarro drugs on pine st' (a surname before 'Drugs';
# 'sulfa drugs', 'street drugs' stay)
_FOUNDER_DRUGS = re.compile(r"(?<![\w'’-])([A-Za-z][a-z'’]+|[A-Z][A-Z'’]+)[ \t]+(?:Drugs|DRUGS|drugs)\b")
# 'INS: PINNACLE SENIOR CARE (...)', 'Insurance: Granite Mutual.': the insurer field
_INSURER = re.compile(
    r"(?i:\b(?:ins|insurance|insurer|payer|payor|primary[ \t]+ins(?:urance)?|(?:health|vision|dental)[ \t]+plan)"
    r"[ \t]*:[ \t]*|\b(?:my|his|her|their|the)[ \t]+insurer[ \t]+)"  # 'Her insurer Acme Mutual (member ...) denied'
    r"(" + _ORG_WORD + r"(?:[ \t]+" + _ORG_WORD + r"){0,5})(?=[ \t]*(?:\(|\.|,|\n|[ \t]{2,}|\Z))"
)
_FACILITY_KINDS = frozenset(
    "skilled nursing home health care acute rehab rehabilitation long term assisted living facility hospice snf ltac "
    "ltach vna services service extended senior residence center none n/a other".split())
# a discharge summary's 'Facility:' field under the disposition: 'Facility: Elm Ridge Senior Residence',
# 'Facility: VNA of Greater Elmton' (the facility or agency the patient goes to), its value on the line below too,
# and the facility's town after a dash ('Facility:\nElm Ridge Manor - Oakby', _FACILITY_TOWN)
_FACILITY_FIELD = re.compile(
    r"(?m)^[ \t]*(?i:(?:discharge[ \t]+)?facility)[ \t]*:[ \t]*(?:\n[ \t]*)?"
    r"(" + _ORG_WORD + r"(?:(?:[ \t]+(?:of|and|for|at|the|on))*[ \t]+" + _ORG_WORD + r"){1,5})"  # not 'Facility: SNF'
    r"(?=[ \t]*(?:\n|\Z|,|\(|[ \t]{2,}|-[ \t]))"
)
_FACILITY_TOWN = re.compile(r"[ \t]+-[ \t]+([A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+)?)[ \t]*(?=\n|\Z)")
# the big US insurers, pharmacy chains and federal agencies a note names without any cue ('Bill to:
# Travelers', 'Walgreens #4471', 'CVS/pharmacy', 'Social Security Administration'): real entities of a
# kind, a short curated list, not names of people or places; a store number or street after a chain
_KNOWN_ORG = re.compile(
    r"(?<![\w/-])(?:UnitedHealthcare|United[ ]Healthcare|Liberty[ ]Mutual|The[ ]Hartford|Travelers(?![’'\w])"
    r"|Blue[ ]Cross(?:[ ](?:and|&))?[ ]Blue[ ]Shield(?:[ ]of(?:[ ][A-Z][a-z]+){1,2})?|Kaiser[ ]Permanente|Humana|Cigna"
    r"|Aetna|Anthem|Walgreens|CVS(?:/pharmacy|[ ]Pharmacy|[ ]Caremark)?|Rite[ ]Aid|Walmart[ ]Pharmacy|MinuteClinic"
    r"|Social[ ]Security[ ]Administration|(?:Office[ ]of[ ])?Disability[ ]Determination[ ]Services"
    r"|Department[ ]of[ ]Veterans[ ]Affairs"
    r"|Veterans[ ]Benefits[ ]Administration"
    # a state's child-welfare agency by its usual name (a generic 'Child Protective Services' heading names none)
    r"|(?:Department|Division)[ ]of[ ]Child(?:ren)?[ ](?:and|&)[ ]Family[ ]Services)"
    r"(?:[ ]\#[ ]?\d{2,6}|[ ]on[ ][A-Z][a-z]+(?:[ ](?:St|Street|Ave|Avenue|Rd|Road))?\b)?(?![\w/-])",
    re.IGNORECASE,
)
_KNOWN_ORG_EXACT = re.compile(_KNOWN_ORG.pattern)
_KNOWN_ORG_HINT = re.compile(
    r"unitedhealth|united healthcare|liberty|hartford|travelers|blue|kaiser|humana|cigna|aetna|anthem|walgreens|cvs"
    r"|rite aid|walmart|minuteclinic|administration|determination|veterans|family services"
)


_PHARMACY_BEFORE = re.compile(
    r"(?i:pharmacy|rx|prescriptions?|filled|refills?|pick[ \t]+up|sent[ \t]+to)\W*(?:(?:at|is)\W*)?\Z"
)


def _known_organizations(text: str) -> list[Span]:
    """``_KNOWN_ORG`` in its own spelling, in capitals, or on a line typed without capitals."""
    spans = []
    for m in _KNOWN_ORG.finditer(text):
        value = m.group()
        if value.lower() == "cvs" and not _PHARMACY_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # a bare 'CVS' is also the cardiovascular system ('CVS: S1 S2') and chorionic villus sampling
        typed_lower = value.islower() and not _CAPITAL.search(text, line_start(text, m.start()), m.end())
        if value.isupper() or (typed_lower and value != "travelers") or _KNOWN_ORG_EXACT.fullmatch(value):
            spans.append(Span(m.start(), m.end(), "ORGANIZATION", "roles", 0.8))
    return spans


def _words_ok(text: str, start: int, end: int, max_not: int = 0) -> tuple[int, int] | None:
    """``text[start:end]`` trimmed of trailing non-name words; None if a word is no name."""
    words = list(re.finditer(_W, text[start:end]))
    while words and words[-1].group().lower() in _NOT_NAME:
        words.pop()
    if not words:
        return None
    for k, w in enumerate(words):
        low = w.group().lower()
        if low in _PARTICLES and 0 < k < len(words) - 1:
            continue
        if k == 0 and low in _GIVEN_WORDS and len(words) > 1:
            continue  # 'Will Adeyemi, PhD', 'Examinee: Will Young': a given name that is also a word
        if k == 0 and len(low) == 1 and len(words) > 1 and text[start + w.end():start + w.end() + 1] == ".":
            continue  # 'M. Rivera': an initial
        if low in _NOT_NAME or (len(low) == 1 and not 0 < k < len(words) - 1):
            return None
    return start + words[0].start(), start + words[-1].end()


class RoleNameDetector(Detector):
    """Names and organisations named by the role, event or form around them (module docstring)."""

    name = "roles"
    entities = ("NAME", "ORGANIZATION")

    def detect(self, text: str) -> list[Span]:
        return also_shouted(self._detect, text)

    def _detect(self, text: str) -> list[Span]:
        spans: list[Span] = []
        low = text.lower()
        present = {w for w in _HINT_WORDS if w in low}  # each hint word looked up once, not once per pattern
        skip = _Skipped({i for i, words in _HINT_IDS if present.isdisjoint(words)})
        for m in () if _INITIALS_FIELD in skip else _INITIALS_FIELD.finditer(text):
            for g in (i for i in range(1, 7) if m.group(i)):
                if g not in (3, 6) or m.group(g) not in _CREDENTIALS:
                    spans.append(Span(m.start(g), m.end(g), "NAME", self.name, 0.75))
        for pattern, services, word_groups in _INITIALS_RULES:
            for m in () if pattern in skip else pattern.finditer(text):
                g = first_group(m)
                if pattern is _BY_INITIALS and not _BY_INITIALS_CUE.search(text, max(0, m.start() - 80), m.start()):
                    continue
                if not _may_be_initials(m.group(g), short_words=g not in word_groups, services=services):
                    continue
                spans.append(Span(m.start(g), m.end(g), "NAME", self.name, 0.75))
                second = _SLASH_INITIALS.match(text, m.end(1)) if pattern is _BY_INITIALS else None
                # a second staff member after the slash, a short word too: 'Scored by: QZ / AM'
                if second and _may_be_initials(second.group(1), short_words=False):
                    spans.append(Span(second.start(1), second.end(1), "NAME", self.name, 0.75))
        for m in () if _SURNAME_INITIALS in skip else _SURNAME_INITIALS.finditer(text):
            word = m.group(1).lower()
            if m.group(2)[-1] == m.group(1)[0].upper() and word in ALL_SURNAMES and word not in _NOT_NAME:
                spans.append(Span(m.start(1), m.end(1), "NAME", self.name, 0.7))
                spans.append(Span(m.start(2), m.end(2), "NAME", self.name, 0.7))
        for m in () if _LOGIN in skip else _LOGIN.finditer(text):
            if m.group(1).lower() not in _NOT_LOGIN and m.group(1).lower() not in _NOT_NAME:
                spans.append(Span(m.start(1), m.end(1), "NAME", self.name, 0.7))
        cells = []  # a column of names: once one cell holds a known name, the others count too
        for m in () if _CELL_LAST_FIRST in skip else _CELL_LAST_FIRST.finditer(text):
            words = [w.lower() for w in re.findall(_W, m.group(1))]
            if not any(w in _NOT_NAME for w in words):
                cells.append((m, any(w in ALL_FIRST_NAMES or w in ALL_SURNAMES for w in words)))
        if any(known for _, known in cells):
            spans += [Span(m.start(1), m.end(1), "NAME", self.name, 0.75) for m, _ in cells]
        for m in () if _SIGNER_HEADER in skip else _SIGNER_HEADER.finditer(text):
            spans += _signer_column(text, m.end())
        for m in () if _OCR_RELATIVE in skip else _OCR_RELATIVE.finditer(text):
            if sum(c.isdigit() for c in m.group(1)) <= 2 and sum(c.isalpha() for c in m.group(1)) >= 3:
                spans.append(Span(m.start(1), m.end(1), "NAME", self.name, 0.7))
        for pattern in (_SIGNED, _DOTTED_CRED, _SPELLED, _GLUED_TITLE, _BROKEN_SURNAME):
            if pattern not in skip:  # spelled letters weaker: a longer NER entity over them keeps its label
                score = 0.55 if pattern is _SPELLED else 0.7
                spans += [Span(m.start(1), m.end(1), "NAME", self.name, score) for m in pattern.finditer(text)]
        for m in () if _NURSE_KIND in skip else _NURSE_KIND.finditer(text):
            r = _words_ok(text, m.start(1), m.end(1))
            addressed = text[max(0, m.start() - 2):m.start()].rstrip(" \t").endswith(":")  # 'cc: Public Health Nurse X'
            # not 'School Nurse Visit Log'
            visits = re.match(r"[ \t]+from[ \t]+[A-Z]", text[r[1]:r[1] + 8]) if r else None  # 'wound nurse X from Y'
            if r and (addressed or visits or text[r[0]:r[1]].split()[0].lower() in ALL_FIRST_NAMES):
                spans.append(Span(r[0], r[1], "NAME", self.name, 0.75))
        payees: list[tuple[int, int]] = []
        for m in () if _PAYEE in skip else _PAYEE.finditer(text):
            r = _words_ok(text, m.start(1), m.end(1))
            second = m.group().lower().startswith(("and", "&"))
            if second and not (payees and not text[payees[-1][1]:m.start()].strip()):
                continue  # 'X AND Y': only the second holder of a found first one
            words = [w.lower() for w in re.findall(_W, m.group(1))]
            initial = len(words) == 2 and len(words[0]) == 1
            if r and len(words) >= 2 and (initial or any(w in ALL_FIRST_NAMES or w in ALL_SURNAMES for w in words)):
                spans.append(Span(r[0], r[1], "NAME", self.name, 0.7))
                payees.append((r[0], r[1]))
        for m in () if _INITIAL_PARTICLE_SIGNATURE in skip else _INITIAL_PARTICLE_SIGNATURE.finditer(text):
            spans.append(Span(m.start(1), m.end(1), "NAME", self.name, 0.75))
        for m in () if _LOWER_SIGNOFF in skip else _LOWER_SIGNOFF.finditer(text):
            words = m.group(1).split()
            if not any(w in _NOT_NAME or w in STOPWORDS or _WORD_ENDING.search(w) for w in words):
                spans.append(Span(m.start(1), m.end(1), "NAME", self.name, 0.7))
        for m in () if _BABY_GIVEN in skip else _BABY_GIVEN.finditer(text):
            word = m.group(1).lower()
            if word not in _NOT_BABY_NAME and word not in _NOT_NAME and len(word) >= 2:
                spans.append(Span(m.start(1), m.end(1), "NAME", self.name, 0.7))
        for m in () if _INNER_NICKNAME in skip else _INNER_NICKNAME.finditer(text):
            given, nick = m.group(1).lower(), (m.group(2) or m.group(3)).lower()
            known = given in ALL_FIRST_NAMES and nick in ALL_FIRST_NAMES or given.startswith(nick) and len(nick) >= 3
            if known and given not in _NOT_NAME and nick not in _NOT_NAME \
                    and (len(m.group(4)) == 1 or m.group(4).lower() not in _NOT_NAME):
                spans.append(Span(m.start(1), m.end(4), "NAME", self.name, 0.75))
        for m in () if _NICKNAME in skip else _NICKNAME.finditer(text):
            spans.append(Span(m.start(1), m.end(1), "NAME", self.name, 0.75))  # a quoted nickname is a name
        for pattern in (_ROLE_NAME, _CONTACT, _KIN_FIELD, _GIVEN_BY, _WHO_DID, _PT_NAME_AGE, _PT_SEEN, _PATIENT_FIELD,
                        _EMS_CRED,
                        _SPOKE_WITH, _DEAR, _NAME_ROW, _RELATIVE_ROW, _CHAT_SPEAKER, _TEAM_ROW,
                        _PT_NAME_BRACKET_AGE, _REPORT_FROM, _AT_DESK, _ROLE_EXTENSION, _SUBJECT_FIELD, _VA_AUTHOR,
                        _RANK_NAME, _SERVICE_NAME_AWARE, _ROLE_WORD_NAME):
            if pattern in skip:
                continue
            for m in pattern.finditer(text):
                if pattern is _RANK_NAME and m.group(1).split()[0].lower() in _RANK_WORDS:
                    continue  # 'Sgt. Major', 'SGT FIRST CLASS': the rank goes on
                if pattern is _PT_SEEN and _ADVERB.search(m.group(1).lower()):
                    continue  # 'pt initially seen', 'pt subsequently evaluated'
                if pattern is _EMS_CRED and any(
                        _NOT_NAME_ENDING.search(w.upper()) and w.lower() not in ALL_FIRST_NAMES
                        and w.lower() not in ALL_SURNAMES for w in re.findall(_W, m.group(1))):
                    continue  # 'EXPLAINED HIPAA, PT NOT ON RELEASE': a verb, then the patient
                g = first_group(m) if pattern in (_KIN_FIELD, _VA_AUTHOR) else 1
                r = _words_ok(text, m.start(g), m.end(g))
                if pattern is _VA_AUTHOR and g == 1 and r:  # 'RUIZ,WILL': after the comma a given name, even 'Will'
                    r = (m.start(1), m.end(1))
                if r:
                    spans.append(Span(r[0], r[1], "NAME", self.name, 0.75))
        for m in () if _PT_DOES in skip else _PT_DOES.finditer(text):
            words = [w.lower() for w in re.findall(_W, m.group(1))]
            if any(w in _NOT_NAME or w in _PT_STATES or w in _CREDENTIALS or w.upper() in _CREDENTIALS
                   or (_PT_STATE.search(w) and w not in ALL_FIRST_NAMES and w not in ALL_SURNAMES) for w in words):
                continue
            spans.append(Span(m.start(1), m.end(1), "NAME", self.name, 0.7))
        for m in _ROLE_CLOSING.finditer(text):
            word = m.group(1).lower()
            if word in ALL_FIRST_NAMES and word not in _NOT_NAME and word not in STOPWORDS:
                spans.append(Span(m.start(1), m.end(1), "NAME", self.name, 0.7))
        for m in () if _CAPS_ROLE_NAME in skip else _CAPS_ROLE_NAME.finditer(text):
            if any(_NOT_NAME_ENDING.search(w) for w in m.group(1).split()):
                continue  # 'SURGEON PERFORMED ANGIOGRAPHY'
            r = _words_ok(text, m.start(1), m.end(1))
            if r == (m.start(1), m.end(1)):
                spans.append(Span(r[0], r[1], "NAME", self.name, 0.75))
        for m in () if _LAST_FIRST_ROW in skip else _LAST_FIRST_ROW.finditer(text):
            if _words_ok(text, m.start(1), m.end(1)) is not None:
                spans.append(Span(m.start(1), m.end(1), "NAME", self.name, 0.75))
        for pattern in (_GREETING, _ITS_ME):
            if pattern in skip:
                continue
            for m in pattern.finditer(text):
                if m.group(1).lower() not in STOPWORDS:
                    spans.append(Span(m.start(1), m.end(1), "NAME", self.name, 0.75))
        for m in () if _SIGN_OFF in skip else _SIGN_OFF.finditer(text):
            value = m.group(1)
            if "." in value or _words_ok(text, m.start(1), m.end(1)):
                spans.append(Span(m.start(1), m.end(1), "NAME", self.name, 0.7))
        for m in _ASSISTANT_INITIALS.finditer(text) if " " in text else ():
            initials = m.group(1)
            if initials.isupper() == m.group(2).isupper() and _may_be_initials(initials):
                spans.append(Span(m.start(1), m.end(1), "NAME", self.name, 0.7))
        end = _DASH_SIGNATURE_END.search(text, max(0, len(text) - 40)) if "-" in text[-40:] else None
        if end:
            word = end.group(1)
            low_word = word.lower()
            if len(word) <= 3 and (word.isupper() or word.islower()) and _may_be_initials(word) \
                    and low_word not in _NOT_SIGNATURE:
                spans.append(Span(end.start(1), end.end(1), "NAME", self.name, 0.7))
            elif len(word) > 3 and low_word in ALL_FIRST_NAMES and low_word not in _NOT_NAME:
                spans.append(Span(end.start(1), end.end(1), "NAME", self.name, 0.7))
        for m in _CALL_PERSON.finditer(text) if ("all" in low or "ontact" in low or "each" in low) else ():
            words = [w.lower() for w in re.findall(_W, m.group(1))]
            if _words_ok(text, m.start(1), m.end(1)) == m.span(1) and any(
                    w in ALL_FIRST_NAMES or w in ALL_SURNAMES for w in words):
                spans.append(Span(m.start(1), m.end(1), "NAME", self.name, 0.7))
        for m in _MESSAGE_FROM.finditer(text) if "from" in low else ():
            before = text.rfind("\n", 0, max(0, line_start(text, m.start(1)) - 1)) + 1
            if (_HEADER_FIELD.match(text, m.end() + 1) or _HEADER_FIELD.match(text, before)) \
                    and _words_ok(text, m.start(1), m.end(1)) == m.span(1):
                spans.append(Span(m.start(1), m.end(1), "NAME", self.name, 0.7))
        for m in () if _INITIALS_CRED in skip else _INITIALS_CRED.finditer(text):
            if m.group(1) not in _NOT_INITIALS and not _CAPITAL.search(text, line_start(text, m.start()), m.end()):
                spans.append(Span(m.start(1), m.end(1), "NAME", self.name, 0.7))
        for m in _CAMP.finditer(text) if "camp " in low else ():
            r = _words_ok(text, m.start(1) + 5, m.end(1))
            if r:
                spans.append(Span(m.start(1), r[1], "ORGANIZATION", self.name, 0.7))
        military = any(w in low for w in _UNIT_HINT) and any(w in low for w in _MILITARY_HINT)
        for m in _MILITARY_UNIT.finditer(text) if military else ():
            spans.append(Span(m.start(), m.end(), "ORGANIZATION", self.name, 0.7))
        for m in _LAST_INITIAL_CELL.finditer(text) if "  " in text or "\t" in text else ():
            if m.group(1).lower() not in _NOT_NAME and len(m.group(1)) > 1:
                spans.append(Span(m.start(1), m.end(2), "NAME", self.name, 0.7))
        for m in _NAME_RELATIVE_BRACKET.finditer(text) if "(" in text else ():
            r = _words_ok(text, m.start(1), m.end(1))
            if r == (m.start(1), m.end(1)):
                spans.append(Span(r[0], r[1], "NAME", self.name, 0.7))
        cued = any(w in low for w in (" by ", "provider", "physician", "resident", "intern", "hospitalist"))
        found = [(m, first_group(m)) for m in _BY_NAME_AT.finditer(text)] if cued else []
        for d in _DOB.finditer(text) if "dob" in low or "d.o.b" in low else ():
            before = _NAME_BEFORE_DOB.search(text, max(0, d.start() - 40), d.start())
            if before:
                found.append((before, 3))
        for m, g in found:
            words = [w.lower() for w in m.group(1 if g == 3 else g).split()]
            known = words[0] in ALL_FIRST_NAMES if g == 3 else (words[0] in ALL_FIRST_NAMES or words[0] in ALL_SURNAMES)
            if known and not any(w in _NOT_NAME or w in STOPWORDS for w in words):
                k = 1 if g == 3 else g
                spans.append(Span(m.start(k), m.end(k), "NAME", self.name, 0.7))
        for m in _MC_ACRONYM.finditer(text) if "MC" in text else ():
            spans.append(Span(m.start(), m.end(), "ORGANIZATION", self.name, 0.7))
        for m in _HOSPITAL_INITIALS.finditer(text) if ("H" in text or "MC" in text or "h" in text) else ():
            word = m.group()
            cue = _INITIALS_CUE.search(text, max(0, m.start() - 40), m.start())
            if cue is None or word.lower() in _NOT_HOSPITAL_INITIALS or (word == "VA") != bool(cue.group("the")):
                continue
            a, b = line_bounds(text, m.start())
            if word.isupper() and word != "VA" and sum(c in "AEIOUY" for c in word) > (0 if text[a:b].isupper() else 1):
                continue  # 'AT HIGH RISK', 'AT BIRTH': a word of a line in capitals, no initials
            spans.append(Span(m.start(), m.end(), "ORGANIZATION", self.name, 0.7))
        chat = list(_CHAT_LINE.finditer(text)) if "]" in text else []
        for m in chat if len(chat) >= 2 else ():
            word = m.group(1).lower()
            if word in ALL_FIRST_NAMES and word not in _NOT_NAME and word not in STOPWORDS:
                spans.append(Span(m.start(1), m.end(1), "NAME", self.name, 0.7))
        for m in _POLICE_INITIALS.finditer(text) if "pd " in low else ():
            spans.append(Span(m.start(1), m.end(1), "ORGANIZATION", self.name, 0.7))
        for m in _FOUNDER_DRUGS.finditer(text) if "drugs" in low else ():
            word = m.group(1).lower()
            if word in ALL_SURNAMES and word not in _NOT_NAME:
                spans.append(Span(m.start(), m.end(), "ORGANIZATION", self.name, 0.7))
        if _KNOWN_ORG_HINT.search(low):
            spans += _known_organizations(text)
        for pattern in (_EMS_ORG, _PRACTICE, _PHARMACY, _INSURER, _GP_SURGERY, _STORE, _REGIONAL, _FACILITY_FIELD):
            if pattern in skip:
                continue
            for m in pattern.finditer(text):
                stop = _LAST_SENTENCE_END.search(text, m.start(1), m.end(1))
                start = _first_name_word(text, stop.end() if stop else m.start(1), m.end(1))
                if start is not None and pattern is _PRACTICE and _PRACTICE_KIND_ALONE.match(text[start:m.end(1)]):
                    continue  # 'STARTED ELIQUIS. EYE CARE AT ...': only the kind of practice is left
                if start is not None and pattern is _REGIONAL and start >= m.end(1) - len("regional"):
                    continue  # 'General Regional', 'No Regional': nothing of its own before the word
                end = m.end(1)
                if pattern is _FACILITY_FIELD:
                    words = list(re.finditer(r"\S+", text[m.start(1):end]))
                    if all(w.group().lower() in _NOT_NAME or w.group().lower() in _FACILITY_KINDS for w in words):
                        continue  # 'Facility: Skilled Nursing', 'Facility: Acute Rehab': a kind, none by name
                    cut = next((w for w in words[1:] if w.group().lower() in DEPARTMENTS), None)
                    if cut:  # 'Facility: Elm University Hospital Inpatient Psychiatry': the hospital, then its unit
                        end = m.start(1) + len(text[m.start(1):m.start(1) + cut.start()].rstrip())
                if start is not None and start < end:
                    spans.append(Span(start, end, "ORGANIZATION", self.name, 0.7))
                    town = _FACILITY_TOWN.match(text, m.end(1)) if pattern is _FACILITY_FIELD else None
                    if town and town.group(1).split()[0].lower() not in _NOT_NAME:
                        spans.append(Span(town.start(1), town.end(1), "LOCATION", self.name, 0.7))
        spans += _record_form_names(text)
        spans += _contacts_at_places(text, low)
        return spans


# a nursing or clinic note signed by its writer's initials alone on its last line, after a line closing a sentence,
# or before a credential: '...FAMILY UPDATED.\nQZ', '\nQZ/RN', '\n--QZ RN' (the ICU nursing notes' and clinic notes' way)
_LAST_LINE_INITIALS = re.compile(
    r"(?:(?<=[.!?)])[ \t]*\n|\n(?=[ \t]*(?:--?[ \t]*)?[A-Z]{2,3}(?:[ \t]*/[ \t]*|[ \t]+)(?:RN|LPN|NP|RRT|SN)[ \t]*\s*\Z))"
    r"[ \t]*(--?[ \t]*)?([A-Z]{2,3})((?:[ \t]*/[ \t]*|[ \t]+)(?:RN|LPN|NP|RRT|SN))?[ \t]*\s*\Z"
)
# the other sign-offs at a note's very end: a dash and initials after the last sentence on its line ('... SON AT
# BEDSIDE. -QZ'), a lower-case note's initials after its last sentence ('resting, call light in reach. qz'), dotted
# or lower-case initials on the last line ('...sent home.\nQ.Z.') and a report's dictating and typing initials
# ('phoned to the resident. Q.Z./ab'); capitals alone on the last line are _LAST_LINE_INITIALS'
_SIGN_OFF_INITIALS = re.compile(
    r"(?:(?<!\.[A-Za-z]\.)(?<=[.!?])[ \t]+(?=--?|[a-z]{2,3}[ \t]*\s*\Z|(?:[A-Z]\.){2,3}/)"
    r"|(?<=[.!?)])[ \t]*\n[ \t]*(?=(?:[A-Z]\.){2,3}|[a-z]{2,3}[ \t]*\s*\Z|[A-Z]{2,3}/[a-z]))"
    r"(?:--?[ \t]*)?((?:[A-Z]\.){2,3}|[A-Z]{2,3}|[a-z]{2,3})(?:/([a-z]{2,3}))?[ \t]*\s*\Z"
)
# a dictated report's footer: the typist's initials before the job number ('Transcribed: 1/2 14:30  T: qz  Job 1234567')
_TYPIST_BEFORE_JOB = re.compile(r"\bT[ \t]*:[ \t]*([A-Za-z]{2,3})(?=[ \t]+(?:Job|JOB)\b)")
# a doctor named by one initial with the role or service in brackets: 'CALLED DR Q (NEURO)', 'per Dr. Q (resident)'
_DR_INITIAL_ROLE = re.compile(r"\b(?:DR|Dr|dr)\.?[ \t]+([A-Z])(?=[ \t]*\([ \t]*[A-Za-z][A-Za-z ]{1,20}\))")
# a dictated summary's transcriptionist by initials on a field line of their own: 'TR : QZ'
_TRANSCRIBER_LINE = re.compile(r"(?m)^[ \t]*TR[ \t]*:[ \t]*([A-Z]{2,3})[ \t]*$")
# a name line under a role's field label, surname first ('Dictated By :\nRUIZ , ANA', 'Attending :\nRUIZ , ANA Q. ,
# M.D. ...', 'CC :\n1. RUIZ , A'): the words of that line are the person's, whatever else they may mean
_FIELD_THEN_NAME = re.compile(
    r"(?im:^[ \t]*(?:(?:dictated[ \t]+by|attending|name|patient[ \t]+name|resident|signed[ \t]+by)[ \t]*:[ \t]*\n"
    # (under 'CC' a copy list's numbered lines only: 'CC:' also opens the chief complaint)
    r"[ \t]*(?:\d{1,2}\.[ \t]+)?|cc[ \t]*:[ \t]*\n[ \t]*\d{1,2}\.[ \t]+))"
    r"([A-Z][A-Za-z'’-]+)[ \t]*,[ \t]*([A-Z](?:[A-Za-z'’-]+|\.)?(?:[ \t]+[A-Z]\.)?)"
    r"(?=[ \t]*(?:,[ \t]*(?:M\.D\.|(?:MD|RN|NP|PA)\b)|\n|\Z))"
)


# whom a nurse reached at another place, by talk, a message or a trip: 'spoke w/ Ana at Elm Lodge (555-...)',
# 'MESSAGE LEFT FOR ANA RUIZ AT 555-0100', 'spoke with Ana from Elm Lodge, they hold ...', 'transport to CT w/ Ana at
# 0300'; group 1 the person, and the place after 'at'/'from' in _PLACE_AFTER
_CONTACT_AT = re.compile(
    r"(?i:\b(?:(?:spoke|spoken|talked|speaking)[ \t]+(?:w/|with|to)|(?:message|msg|vm|voicemail)[ \t]+left[ \t]+(?:for|with)"
    r"|left[ \t]+(?:a[ \t]+)?(?:message|msg|vm|voicemail)[ \t]+(?:for|with)|transport(?:ed)?[ \t]+to[ \t]+[a-z]+[ \t]+(?:w/|with))"
    r"[ \t]+)(" + _CW + r"(?:[ \t]+" + _CW + r")?)[ \t]+(?i:at|from)[ \t]+(?=\(?\d|[A-Z])"
)
# a place a patient's old records come from: 'OLD CHART FROM ELM GEN REQUESTED', 'old records from EGH requested'
_OLD_RECORDS_FROM = re.compile(
    r"(?i:\bold[ \t]+(?:charts?|records?|notes?|films?)[ \t]+(?:from|at)[ \t]+"
    # and where an outside study or culture was done: 'CATH AT ELM GEN ON 4/22 SHOWED', 'MRSA FROM SPUTUM AT EGH.'
    r"|\b(?:cath|catheteri[sz]ation|sputum|biopsy|egd|colonoscopy)[ \t]+at[ \t]+)"
)
# a facility's name after 'at'/'from' ('the' left out), closing a clause or before its phone: 'Elm Lodge (555-...',
# "ST. ANA'S REQUESTED", 'EGH-ELMTON, THEY HOLD ...'
_PLACE_END = r"(?i:requested|sent|faxed|obtained|received|pending|re|per|they|who|and|at|on|in|to|for)\b"
_PLACE_WORD = r"(?:[A-Z][A-Za-z]{0,2}\.|[A-Z][\w'’&-]*)"  # 'ST.', "A'S", 'EGH-ELMTON'
_PLACE_AFTER = re.compile(
    r"(?:(?i:the)[ \t]+)?(" + _PLACE_WORD + r"(?:[ \t]+(?!" + _PLACE_END + r")" + _PLACE_WORD + r"){0,3})"
    r"(?=[ \t]*(?:[,;(.]|\n|\Z)|[ \t]+" + _PLACE_END + ")"
)
_NOT_PLACE = frozenset("length bedside home work noon midnight night rounds shift time end osh outside lab line".split())


def _contacts_at_places(text: str, low: str) -> list[Span]:
    """Who a nurse reached at another place and the place (``_CONTACT_AT``), and where old records come from or an
    outside study was done (``_OLD_RECORDS_FROM``)."""
    spans = []
    cued = any(w in low for w in ("spoke", "talked", "speaking", "message", "msg", "vm", "voicemail", "transport"))
    found = list(_CONTACT_AT.finditer(text)) if cued else []
    for m in found:
        words = [w.lower() for w in m.group(1).split()]
        single = len(words) == 1 and words[0] in _GIVEN_WORDS  # a given name that is also a word, after the cue
        r = m.span(1) if single else _words_ok(text, m.start(1), m.end(1))
        if r == m.span(1) and not any(w.upper() in _CREDENTIALS or w in STOPWORDS and w not in _GIVEN_WORDS
                                      for w in words):
            spans.append(Span(r[0], r[1], "NAME", "roles", 0.7))
    places = [m.end() for m in found]
    if any(w in low for w in ("old ", "cath", "sputum", "biopsy", "egd", "colonoscopy")):
        places += [m.end() for m in _OLD_RECORDS_FROM.finditer(text)]
    for pos in places:
        p = _PLACE_AFTER.match(text, pos)
        if not p or not p.group(1):
            continue
        first = p.group(1).split()[0].rstrip(".").lower()
        if first in _NOT_NAME or first in STOPWORDS or first in _NOT_PLACE or first.upper() in _CREDENTIALS:
            continue
        spans.append(Span(p.start(1), p.end(1), "ORGANIZATION", "roles", 0.7))
    return spans


def _record_form_names(text: str) -> list[Span]:
    """Staff a note's form names by initials or surname first: the last line's initials (``_LAST_LINE_INITIALS``) and
    the other sign-offs (``_SIGN_OFF_INITIALS``), the typist before a job number, a doctor's initial before the role
    in brackets, the transcriptionist's field and the name line under a role's field label (``_FIELD_THEN_NAME``)."""
    spans = []
    end = _LAST_LINE_INITIALS.search(text, max(0, len(text) - 60))
    if end and ((end.group(1) and end.group(3)) or end.group(2) not in _NOT_STAFF
                and (end.group(3) or end.group(2) not in _CREDENTIALS)):  # '--QZ RN' signs, whatever QZ also means
        spans.append(Span(end.start(2), end.end(2), "NAME", "roles", 0.7))
    end = _SIGN_OFF_INITIALS.search(text, max(0, len(text) - 60))
    dashed = end is not None and "-" in text[end.start():end.start(1)]
    for g in (1, 2) if end else ():  # after a dash even a short word signs ('-GO')
        if end.group(g) and _may_be_initials(end.group(g).replace(".", ""), short_words=not dashed):
            spans.append(Span(end.start(g), end.end(g), "NAME", "roles", 0.7))
    if "T:" in text or "T :" in text:
        spans += [Span(m.start(1), m.end(1), "NAME", "roles", 0.7) for m in _TYPIST_BEFORE_JOB.finditer(text)
                  if _may_be_initials(m.group(1))]
    if "(" in text:
        spans += [Span(m.start(1), m.end(1), "NAME", "roles", 0.7) for m in _DR_INITIAL_ROLE.finditer(text)]
    if "TR" in text:
        spans += [Span(m.start(1), m.end(1), "NAME", "roles", 0.7) for m in _TRANSCRIBER_LINE.finditer(text)
                  if _may_be_initials(m.group(1))]
    if ":\n" in text or ": \n" in text:
        for m in _FIELD_THEN_NAME.finditer(text):
            given = m.group(2).split()[0].rstrip(".").lower()
            if not any(w in _NOT_NAME or w in STOPWORDS for w in (m.group(1).lower(), given)):
                spans += [Span(m.start(g), m.end(g), "NAME", "roles", 0.75) for g in (1, 2)]
    return spans


def _signer_column(text: str, pos: int) -> list[Span]:
    """The last cell of each row after a flowsheet header ending in a signer column (``_SIGNER_HEADER``)."""
    spans = []
    while pos < len(text) and text[pos] == "\n":
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        line = text[pos + 1:end]
        if not _COLUMN_BREAK.search(line):
            break
        m = _SIGNER_CELL.search(line)
        if m and _words_ok(line, m.start(1), m.end(1)):
            spans.append(Span(pos + 1 + m.start(1), pos + 1 + m.end(1), "NAME", "roles", 0.75))
        pos = end
    return spans


_CAPITAL = re.compile(r"[A-Z]")
# the last full stop or upper-case preposition inside a found name: 'HOLTER DONE. STARTED APIXABAN. EYE CARE AT OAK EYE
# ASSOCIATES' keeps what follows it (not an abbreviation's stop: 'St. Agnes Dental Group')
_LAST_SENTENCE_END = re.compile(
    r"(?:[^\W\d_]{3}\.|[ \t](?:AT|TO|FROM|WITH|VIA))[ \t]+(?!.*(?:[^\W\d_]{3}\.|[ \t](?:AT|TO|FROM|WITH|VIA))[ \t])"
)
# words a text must hold (lower-cased) for a pattern to be worth running: most notes have none of them
_HINTS: dict[re.Pattern[str], tuple[str, ...]] = {
    _INITIALS_FIELD: (":", " by"),
    _STAFF_INITIALS: (" by", "tech", "(", ":"),
    _INITIALS_SIGNATURE: ("--", "\n/", " /", "\t/"),  # all its pattern finds but a text opening with '/QZ' alone
    _BY_INITIALS: (" by",),
    _DASH_INITIALS_LINE: (". -", ") -", "! -", "? -"),
    _INITIALS_DICTATED: ("dictated", "transcribed", "signed"),
    _SURNAME_INITIALS: (")",),
    _LOGIN: ("by", "as", "user"),
    _CELL_LAST_FIRST: ("|", "\t"),
    _SIGNER_HEADER: ("  ", "\t", "|"),
    _SIGNED: ("signed",),
    _DOTTED_CRED: (".",),
    _SPELLED: ("spel",),
    _NURSE_KIND: ("nurse", "midwife", "specialist"),
    _GLUED_TITLE: ("dr.", "mr.", "mrs.", "ms.", "prof."),
    _BROKEN_SURNAME: ("-\n",),
    _OCR_RELATIVE: ("0", "1", "5"),
    _CONTACT: (":", "adjuster", "coordinator", "liaison", "admissions", "intake", "contact", "scheduling"),
    _GIVEN_BY: (" from", " by"),
    _PAYEE: (" to", " from", "holder"),
    _WHO_DID: ("who", "called", "found", "reports", "states", "witnessed"),
    _PT_NAME_AGE: ("pt", "patient"),
    _PT_SEEN: ("seen", "examined", "evaluated", "interviewed"),
    _PT_DOES: ("c/o", "complain", "tolerat", ", on ", "s/p", "family", "yo", "y/o", "y.o.", "old"),
    _PATIENT_FIELD: ("pt", "patient"),
    _EMS_CRED: ("nrp", "emt", "paramedic", "ccp", "fp-c", ","),
    _SPOKE_WITH: ("(",),
    _DEAR: ("dear",),
    _CHAT_SPEAKER: ("]",),
    _TEAM_ROW: ("|",),
    _PT_NAME_BRACKET_AGE: ("pt", "patient"),
    _INNER_NICKNAME: ("(", '"', "“"),
    _BABY_GIVEN: ("baby",),
    _LOWER_SIGNOFF: (" md\n", " rn\n", " np\n", " cnm", "otr", " ot\n", " pt\n", " slp", " lcsw", " msw", " rd\n",
                     " cgc", " aprn", " lpn", " do\n", "pa-c", "crna", " dpt", " psyd", " phd", " rrt", " cota", " pta",
                     " md", " rn", " np", " pt", " ot"),
    _INITIAL_PARTICLE_SIGNATURE: (". van", ". von", ". de", ". da", ". di", ". du", ". la", ". le", ". ter", ". ten"),
    _NICKNAME: ("aka", "a.k.a", "known as", "goes by", "nickname"),
    _RELATIVE_ROW: ("|",),
    _NAME_ROW: ("mrn", "dob", "acct", "("),
    _LAST_FIRST_ROW: (",",),
    _SUBJECT_FIELD: ("involved", "affected", "veteran", "inmate", "recipient", "donor", "candidate", "athlete",
                     "camper", "deponent", "reviewer", "approver"),
    _VA_AUTHOR: ("author", "cosigner", "/es/"),
    _RANK_NAME: ("sgt", "cpl", "capt", "cpt", "ofc", "ssg", "sfc", "pfc", "pvt", "deputy", "lt.", "col."),
    _SERVICE_NAME_AWARE: (") aware", ") notified", ") paged", ") updated", ") informed", ") agrees", ") following"),
    _ROLE_WORD_NAME: ("manager", "supervisor", "nocturnist", "hospitalist", "intensivist", "interpreter",
                      "investigator", "caseworker", "case worker", "trainer", "coach", "counselor", "counsellor",
                      "advocate"),
    _CAPS_ROLE_NAME: ("attending", "fellow", "resident", "physician", "officer", "surgeon", "nurse", "pharmacist",
                      "crew",
                      "therapist", "chaplain", "ologist", "iatrist", "ician"),
    _GREETING: ("hi", "hello", "hey", "dear", "good"),
    _ITS_ME: ("hi", "hello", "hey", "dear"),
    _SIGN_OFF: ("thank", "thx", "regards", "best", "sincerely", "cheers", "respectfully", "warmly"),
    _INITIALS_CRED: ("rn", "lpn", "np", "md", "pa", "cna", "msw", "lcsw", "pt", "ot", "slp", "rrt"),
    _EMS_ORG: ("ems", "ambulance", "rescue", "flight"),
    _PRACTICE: ("dent", "odontic", "oral", "eye", "therapy", "sports"),
    _PHARMACY: ("sent", "send", "fax", "called", "prescribed", "transferred", "refill"),
    _INSURER: ("ins", "payer", "payor", "health plan", "vision plan", "dental plan"),
    _GP_SURGERY: ("surgery", "practice"),
    _REGIONAL: ("regional",),
    _FACILITY_FIELD: ("facility",),
    _STORE: ("#",),
}
_HINT_WORDS = tuple(sorted(set().union(*_HINTS.values())))
_HINT_IDS = tuple((id(p), words) for p, words in _HINTS.items())


class _Skipped:
    """The patterns a note holds no hint word for, looked up by identity: hashing a compiled
    pattern hashes its whole program (0.3-3 us each, ~100 lookups a note)."""

    __slots__ = ("ids",)

    def __init__(self, ids: set[int]) -> None:
        self.ids = ids

    def __contains__(self, pattern: re.Pattern[str]) -> bool:
        return id(pattern) in self.ids
_ADVERB = re.compile(r"(?:ly|ed|ing)\Z")


def _first_name_word(text: str, start: int, end: int) -> int | None:
    """Where an organisation's own name starts in ``text[start:end]``: after leading stop, report and
    department words ('Transport: Lifeline EMS' keeps 'Lifeline EMS'); None if nothing of its own is left."""
    for w in re.finditer(r"[^\W\d_][\w&'’.-]*", text[start:end]):
        if w.group().lower().rstrip(".") not in _NOT_NAME:
            return start + w.start()
    return None


_INITIALS_AFTER = re.compile(
    r"[^\n]{0,40}?(?:\([ \t]*([A-Za-z]{2,3})[ \t]*\)|/[ \t]*([A-Za-z]{2,3})"
    r"|(?:[ ]{2,}|\t)[ \t]*([A-Z]{2,3}))[ \t]*(?=\n|\Z)"  # or after a column gap: 'Ana Ruiz, RN   AMR'
)
# a given name's initial glued to a found surname by a dot, as nurses sign ('a.ruiz', 'A.RUIZ')
_GLUED_INITIAL = re.compile(r"(?<![\w.'’/-])([A-Za-z])\.\Z")
_INITIAL_AFTER = re.compile(r"[ \t]*,[ \t]*[A-Z]\.(?=[ \t]*(?:[,;)\n]|\.?[ \t]*$|\.[ \t]+[A-Z]|\Z))", re.M)
# a form's 'SURNAME, GIVEN I' ending its line or cell, after a found surname or surname and given name ('Name:  RUIZ,
# RICH C   Unit No', 'RE: RUIZ, ANA Q'): the given word is the person's in that form, even a common word
_GIVEN_INITIAL_AFTER = re.compile(r"(,[ \t]*[A-Z][A-Za-z'’-]+)?[ \t]+[A-Z]\.?(?=[ \t]{2,}|[ \t]*\n|[ \t]*\Z)")
_SURNAME_GIVEN = re.compile(r"[A-Z][A-Za-z'’-]+,[ \t]*[A-Z][A-Za-z'’-]+")
_SURNAME = re.compile(r"[A-Z][A-Za-z'’-]+")
_EPONYM_AFTER = re.compile(
    r"[ \t]+(?:[A-Z]\.[ \t]+)?([A-Z][a-z]+)\b(?!['’]|[ \t]+(?i:sign|disease|syndrome|test|score|tube|catheter"
    r"|procedure|maneuver|reflex|scale|criteria|cyst|bag|valve|equation|ring)\b)"
)
_QUOTED_AFTER = re.compile(r"[ \t]*\([ \t]*[\"“'‘]([A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+)?)[\"”'’][ \t]*\)")
_OUR_LADY = re.compile(r"(?:Our|OUR)[ \t]+(?:(?:Lady|LADY)[ \t]+(?:of|OF)[ \t]+(?:(?:the|THE)[ \t]+)?)?\Z")
# an Irish or British hospital named with its town after it, ending a line: 'Regional Hospital Mullingar'
_TOWN_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=[ \t]*(?:\n|\Z|,))")
_HOUSE_AFTER = re.compile(r"[ \t]+(?:House|HOUSE|Home|HOME|Residence|RESIDENCE)\b(?![ \t]+(?i:visits?)\b)")
_UNIT_AFTER = re.compile(r"[ \t]+(?:Unit|UNIT|Center|CENTER|Facility|FACILITY)\b")
_OF_PLACE = re.compile(r"[ \t]+(?:of|OF)[ \t]+(?:(?:the|THE)[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}")
# the town a unit or a hospital's branch is at, part of its name: '[Elm Transitional Care Unit] at Oakby'
_AT_PLACE_AFTER = re.compile(r"[ \t]+(?:at|AT)[ \t]+([A-Z][a-z'’-]+|[A-Z][A-Z'’-]+)(?![\w'’.-])")
_UNIT_KINDS = frozenset("unit hospital center centre clinic home campus facility".split())


def _at_place_end(text: str, end: int) -> int:
    """Where a facility's name ending at ``end`` ends once the town it is at is added ('... Care Unit at Oakby'):
    after a unit kind word and 'at', a capitalised word of the kind word's case that is no common word."""
    kind = text[text.rfind(" ", 0, end) + 1:end]
    at = _AT_PLACE_AFTER.match(text, end) if kind.lower() in _UNIT_KINDS else None
    if at is None or at.group(1).lower() in _NOT_NAME or at.group(1).isupper() != kind.isupper():
        return end
    return at.end(1)


# '... TRANSITIONAL CARE UNIT' after a found name: the kind of facility the name goes on with
_CARE_KIND = re.compile(
    r"(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+(?:Care|CARE)[ \t]+(?:Unit|UNIT|Center|CENTER|Facility|FACILITY|Home|HOME)\b"
)
_CAPS_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*[ \t]+){1,3}\Z")
_FUNCTION_WORDS = frozenset("a an the of in at to from and or for with by on is was per via pt patient".split())
_OF_HEADS = frozenset(
    "association society temple church parish mosque synagogue diocese council sisters brothers".split()
)


def _initials(text: str, span: Span) -> str:
    """'Ana Moreno-Ruiz' -> 'am', "Ciaran O'Neill" -> 'co' (particles left out)."""
    words = text[span.start:span.end].replace(",", " ").split()
    return "".join(w[0] for w in words if w.lower() not in _PARTICLES and w[0].isalpha()).lower()


# the rest of a double-barrelled surname ('Ruiz-[Tagle]') and the particles before a surname ('DE LA [CRUZ]')
_BARREL_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][a-z'’]+-\Z|(?<![\w'’-])[A-Z]{2,}-\Z")
_BARREL_AFTER = re.compile(r"-[A-Z][a-z'’]+(?![\w'’-])|-[A-Z]{2,}(?![\w'’-])")
_PARTICLES_BEFORE = re.compile(
    r"(?:^|(?<=[\s:|(]))("
    r"(?:(?:de|del|della|da|dos|das|du|la|le|van|von|der|den|ten|ter|di|ap|ab|ó|Ó|ui|Ui)[ \t]+){1,3}"
    # and in capitals; the Irish 'Ó Dálaigh' too
    r"|(?:(?:DE|DEL|DELLA|DA|DOS|DAS|DU|LA|LE|VAN|VON|DER|DEN|TEN|TER|DI|AP|AB|Ó|UI)[ \t]+){1,3})\Z"
)


# an Arabic surname after a given name: 'Ana Abu-Zaid', 'KHALID AL-RASHID', 'Omar bin Rashid'
_ARABIC_PARTICLE_AFTER = re.compile(
    r"[ \t]+(?:(?i:al|el|abu|abou|bin|ibn|bint|ben|ould|ait)-[A-Za-z'’]{2,}"
    r"|(?:bin|ibn|bint|Bin|Ibn|Bint|BIN|IBN|BINT)[ \t]+[A-Z][A-Za-z'’-]+)(?![\w'’-])"
)
# the given name before a surname that opens with a particle, after a relative or a title: 'husband Ana de la Cruz
# Ruiz' (or a given name the lists know; not 'wheelchair van Elm Mobility')
_GIVEN_BEFORE_PARTICLE = re.compile(
    r"(?:(?<![\w'’-])(?i:husband|wife|son|daughter|mother|father|brother|sister|partner|spouse|uncle|aunt|cousin"
    r"|grandson|granddaughter|niece|nephew|mr|mrs|ms|dr)\.?[ \t]+)?"
    r"(?<![\w'’-])([A-Za-z][a-z'’-]+|[A-Z][A-Z'’-]+)[ \t]+\Z"
)


def _given_before_particle(text: str, start: int) -> int | None:
    """Where the given name before a surname opening with a particle at ``start`` begins (``_GIVEN_BEFORE_PARTICLE``),
    or None."""
    if not text[start:start + 4].lower().startswith(("de ", "del ", "van ", "von ", "da ", "di ", "la ")):
        return None
    g = _GIVEN_BEFORE_PARTICLE.search(text, max(0, start - 25), start)
    if g and g.group(1).lower() not in _NOT_NAME and g.group(1).lower() not in STOPWORDS and (
            g.start() < g.start(1) or g.group(1).lower() in ALL_FIRST_NAMES):
        return g.start(1)
    return None


def complete_from_spans(text: str, spans: list[Span]) -> list[Span]:
    """Spans completing what the detectors found (module docstring). Returns new spans only."""
    extra: list[Span] = []
    for s in spans:
        if s.label == "NAME":
            b = _BARREL_BEFORE.search(text, max(0, s.start - 25), s.start)
            a = _BARREL_AFTER.match(text, s.end)
            p = _PARTICLES_BEFORE.search(text, max(0, s.start - 20), s.start) if not b else None
            if b or a or p:
                start = b.start() if b else p.start(1) if p else s.start
                extra.append(Span(start, a.end() if a else s.end, "NAME", "roles", 0.7))
            given = _given_before_particle(text, p.start(1) if p else s.start)
            if given is not None:  # 'husband Ana [de la Cruz Ruiz]'
                extra.append(Span(given, s.end, "NAME", "roles", 0.7))
            g = _GLUED_INITIAL.search(text, max(0, s.start - 3), s.start)
            if g:
                extra.append(Span(g.start(1), g.end(1), "NAME", "roles", 0.7))  # 'a.ruiz' signing a note
            i = _INITIAL_AFTER.match(text, s.end) if " " not in text[s.start:s.end] else None
            if i:
                extra.append(Span(s.start, i.end(), "NAME", "roles", 0.7))  # 'PCP KING, I.': surname, given initial
            gi = _GIVEN_INITIAL_AFTER.match(text, s.end)
            full = text[s.start:gi.end()] if gi else ""
            given = (gi.group(1) if gi and gi.group(1) else text[s.start:s.end]).split(",")[-1].strip().lower()
            if gi and (_SURNAME.fullmatch(text, s.start, s.end) if gi.group(1) else
                       _SURNAME_GIVEN.fullmatch(text, s.start, s.end)) and (full.isupper() or full.istitle()) \
                    and (given not in _NOT_NAME or given in NAME_STOPWORDS):  # 'RICH', 'WARD'; not 'SISTER'
                extra.append(Span(s.start, gi.end(), "NAME", "roles", 0.7))  # 'RUIZ, RICH C': surname, given, initial
            m = _INITIALS_AFTER.match(text, s.end)
            if m:
                g = first_group(m)
                mine, theirs = _initials(text, s), m.group(g).lower()
                # 'Ana Ruiz, DMD (AR)'; 'Ana Ruiz, RN   AMR' with a middle initial the name leaves out
                # 'Technologist: Dawn (DB)': a given name alone, its initial first in the bracket
                if (2 <= len(mine) <= 3 and (theirs == mine or (
                        len(mine) == 2 and len(theirs) == 3 and theirs[0] + theirs[2] == mine))) or (
                        len(mine) == 1 and g == 1 and theirs[0] == mine and m.start(g) - s.end < 4):
                    extra.append(Span(m.start(g), m.end(g), "NAME", "roles", 0.75))
            q = _QUOTED_AFTER.match(text, s.end)
            if q and q.group(1).lower() not in _NOT_NAME:
                extra.append(Span(q.start(1), q.end(1), "NAME", "roles", 0.7))  # 'Ana Ruiz ("Peanut")': a nickname
            e = _EPONYM_AFTER.match(text, s.end)
            if e and e.group(1).lower() in EPONYMS:
                extra.append(Span(s.start, e.end(1), "NAME", "roles", 0.7))  # 'Wei Parkinson at work'
            ar = _ARABIC_PARTICLE_AFTER.match(text, s.end)
            if ar and " " not in text[s.start:s.end].strip():
                extra.append(Span(s.start, ar.end(), "NAME", "roles", 0.7))  # 'Ana Abu-Zaid', 'KHALID BIN RASHID'
        if s.label in ("ORGANIZATION", "LOCATION"):
            c = _CARE_KIND.match(text, s.end)
            if c:  # 'MAPLEWOOD TRANSITIONAL CARE UNIT': a place name that goes on as a facility
                extra.append(Span(s.start, _at_place_end(text, c.end()), "ORGANIZATION", "roles", 0.7))
        if s.label == "ORGANIZATION":
            before = _OUR_LADY.search(text, max(0, s.start - 20), s.start)
            if before and (before.end() - before.start() > 4 or text[s.start:s.start + 4].lower() == "lady"):
                extra.append(Span(before.start(), s.end, "ORGANIZATION", "roles", 0.7))
            last = text[s.start:s.end].split()[-1].lower() if text[s.start:s.end].split() else ""
            u = _UNIT_AFTER.match(text, s.end)
            if u and last in ("care", "nursing", "rehabilitation", "rehab"):
                # '... Transitional Care Unit' (and the town it is at)
                extra.append(Span(s.start, _at_place_end(text, u.end()), "ORGANIZATION", "roles", 0.7))
            h = _HOUSE_AFTER.match(text, s.end) if last == "hospice" else None
            if h:
                extra.append(Span(s.start, h.end(), "ORGANIZATION", "roles", 0.7))  # '... HOSPICE HOUSE'
            t = _TOWN_AFTER.match(text, s.end) if last in ("hospital", "infirmary") else None
            if t and t.group(1).lower() not in _NOT_NAME:
                extra.append(Span(s.start, t.end(1), "ORGANIZATION", "roles", 0.7))
            o = _OF_PLACE.match(text, s.end)
            if o and last in _OF_HEADS:
                extra.append(Span(s.start, o.end(), "ORGANIZATION", "roles", 0.7))  # 'Visiting Nurse Association of X'
            first = text[s.start:s.end].split()[0].lower() if text[s.start:s.end].split() else ""
            b = _CAPS_BEFORE.search(text, max(0, s.start - 40), s.start) if first in _OF_HEADS else None
            if b and all(w.lower() not in _FUNCTION_WORDS for w in text[b.start():s.start].split()):
                # 'Visiting Nurse [Association of X]'
                extra.append(Span(b.start(), s.end, "ORGANIZATION", "roles", 0.7))
    return extra
