"""Blind hold-out de-identification gold set 20: 70 notes in the manner of the public de-identification
benchmarks (PhysioNet ICU nursing notes, i2b2 2006 and 2014, MIMIC-III), written without reading the
redaction rules, their tests or any other generator.

Run: ``python tests/data/generate_holdout20_notes.py > tests/data/holdout20_notes_gold.jsonl`` (seeded).

Styles (several layouts each; 44 mixed-case, 23 upper-case and 3 lower-case notes; 1,388 gold spans):
  physionet_npn       MIMIC-II era ICU nursing shift notes: "NPN 7P-7A" transfer admissions, vent / pressor
                      notes, demented nonagenarian from a nursing home, post-op receiving notes, short night
                      notes ending in a floor transfer, mixed-case sentence notes, run-on notes with typos
  physionet_systems   nursing notes by system ("NEURO: ... CV: ... RESP: ..."): CCU post-cath, MICU GI-bleed
                      admission, vent-wean / trach notes, CSRU post-op, lower-case step-down notes, TSICU
                      trauma note with a family meeting
  i2b2_outpatient     i2b2-2014-style longitudinal records ("Record date:"): clinic notes with letterhead
                      (diabetes, hypertension / sleep apnoea, CAD caregiver), cardiology letters to the PCP
                      ("Dear Dr. X", cc with the patient's address), telegraphic HCC notes with problem lists,
                      two-entry records, endocrinology consult letters
  i2b2_discharge      i2b2-2006-style discharge summaries: the line-per-field Partners header, the pipe-separated
                      header with eScription numbers, surgical summaries with DD / TD / ENTERED BY / JOB # and
                      cc addresses, all-caps orthopaedic summaries with "DICTATING FOR" and "TR :"
  mimic_physician     MIMIC-III attending ICU progress notes (24 Hour Events, Flowsheet Data, Protected
                      Section), resident SOAP notes, discharge summaries (Followup Instructions), CCU fellow notes
  mimic_ancillary     MIMIC-III radiology (chest, head CT, abdomen CT), TEE reports, ECG reads, case-management
                      and nutrition notes

Gold decisions (Safe Harbor plus i2b2-style STATE, YEAR and ORGANIZATION labels):
  * NAME: every person (patients, relatives, doctors, nurses, case managers, PCPs), first names alone,
    nicknames, misspellings, lower-case names, single initials used as a name ("DR. K"), and staff initials
    in sign-offs ("--JS RN": "JS" gold, "RN" not).  Titles (Dr., Mr., Mrs., Ms.), credentials (MD, RN, NP,
    RD, LICSW, PA-C) and relation words (wife, husband, son, daughter, dtr, sister, HCP) stay outside the
    span, as does a possessive 's.  Names that are also words (Hope, Will, Brook, March, Rose, Grant, Bill,
    May) are gold where they name a person and not gold where they are words ("will continue", "hopes to").
  * DATE: every date or part of one (7/22, 7/22/01, 5/98, 2088-05-12, 05/12/2088, March 3, 3-MAR);
    times of day and weekdays are NOT gold.  YEAR: a bare year tied to the patient ("MI in 2079",
    "quit 2081").  AGE: only ages 90 and over ("92 YO", "93yo": the "yo" stays outside); younger ages are
    not gold.
  * ID: medical record / unit numbers, accession, account, batch and document numbers of a dictation
    ("D: ... T: ... Job #"), pharmacy Rx numbers.  Room and bed numbers, times, doses, vitals are not gold.
  * ADDRESS: the street line; LOCATION: cities and towns (also in "lives in Dorchester"); STATE: state
    names and codes; ZIP: ZIP codes.  Neighbourhood names are LOCATION too.
  * ORGANIZATION: hospitals in every spelling ("CALVERT HOSPITAL", "CALVERT", "CH"), nursing homes, rehabs,
    VNAs, pharmacies, employers, insurers.  Units and services (MICU, CCU, 6 West, PT, OT, Cardiology) are
    not gold.
  * PHONE: every telephone or pager number (fictional 555-01xx).
  * Hard cases: "DR. K" / "DR [S] (RENAL)" (a surname initial) is a NAME; a nurse signing with the initials
    "DR" is a NAME; "S/P MVR" (mitral valve replacement) is not gold while "MVRH" (a hospital) is; a husband's
    "AKA JUDITH PEREIRA" (a daughter's married name) is one NAME span; "Father Mulcahy": the title stays outside; a CK of
    1980 is not a YEAR; "Thanksgiving" is a DATE.
  * Not gold: eponyms and device / drug names (Foley, Whipple, Glasgow, Swan, Levophed, Bair Hugger,
    Parkinson's, Hickman, Cordis, Dobhoff, Lasix, Coumadin), "Dr. orders", "PT" as physical therapy or
    patient, "MD aware", bed and room numbers.
"""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta

from marks import m, strip

R = random.Random(2020_1129)


def N(v):
    return m("NAME", v)


def D(v):
    return m("DATE", v)


def O(v):
    return m("ORGANIZATION", v)


def L(v):
    return m("LOCATION", v)


def P(v):
    return m("PHONE", v)


def A(v):
    return m("AGE", v)


def I(v):
    return m("ID", v)


def Y(v):
    return m("YEAR", v)


def Z(v):
    return m("ZIP", v)


def S(v):
    return m("STATE", v)


def AD(v):
    return m("ADDRESS", v)


def E(v):
    return m("EMAIL", v)


def pick(seq):
    return R.choice(seq)


def maybe(p, text, alt=""):
    return text if R.random() < p else alt


FEMALE = ["Margaret", "Dorothy", "Helen", "Patricia", "Eileen", "Maureen", "Rosa", "Lucia", "Theresa", "Joan",
          "Nancy", "Carol", "Linh", "Fatima", "Deborah", "Gloria", "Irene", "Alma", "Bernadette", "Colleen",
          "Yolanda", "Agnes", "Hope", "Brook", "May", "Rose", "Priya", "Svetlana", "Kathleen", "Judith"]
MALE = ["Francis", "Walter", "Raymond", "Joseph", "Edward", "Dennis", "Paul", "Manuel", "Thanh", "Arthur",
        "Leonard", "Gerald", "Kevin", "Stanley", "Vincent", "Earl", "Ahmed", "Dmitri", "Will", "Bill", "Grant",
        "Mark", "Rocco", "Desmond", "Cornelius", "Luis", "Harold", "Patrick", "Wendell", "Omar"]
LAST = ["Donovan", "Kowalski", "Nguyen", "Fitzgerald", "O'Malley", "Ferreira", "Haddad", "Rosenberg", "Lombardi",
        "Pereira", "McCarthy", "Tran", "Sullivan", "Okafor", "Dunleavy", "Marchetti", "Brennan", "Costa", "Greaney",
        "Abernathy", "Kaplan", "Mahoney", "Doucette", "Santiago", "Vartanian", "Whitcomb", "Lindqvist", "Pacheco",
        "Szymanski", "Callahan", "March", "Grant", "Rose", "Hope", "Brook", "Kilduff", "Baptiste", "Papadakis",
        "Ellsworth", "Quintero", "Tierney", "Oyelaran", "Delacroix", "Hanrahan", "Mbeki", "Corcoran", "Yoon"]
DOCS = ["Kessler", "Ambrose", "Feldstein", "Oduya", "Lachance", "Prentiss", "Varga", "Castellano", "Iyer",
        "Halloran", "Winslow", "Bergstrom", "Acheson", "Nakamura", "Rubinstein", "Tolliver", "Gaffney", "Mendel",
        "Strand", "Ocampo", "Pridgen", "Leclair", "March", "Kowalczyk", "Adeyemi", "Fairbanks", "Zheng", "Sato"]
# outside hospitals: (full, upper short, abbreviation)
OSH = [("Calvert Hospital", "CALVERT", "CH"), ("St. Aldric's Medical Center", "ST ALDRICS", "SAMC"),
       ("Harwick General Hospital", "HARWICK", "HGH"), ("Quarry Hill Hospital", "QUARRY HILL", "QHH"),
       ("Merrimack Valley Regional", "MERRIMACK VALLEY", "MVRH"), ("South Shore Beacon Hospital", "BEACON", "SSBH"),
       ("Norumbega Community Hospital", "NORUMBEGA", "NCH"), ("Pelham Falls Hospital", "PELHAM FALLS", "PFH")]
NURSING_HOMES = ["Linden Court Nursing Home", "Maplewood Manor", "Harborview Rehab", "St. Brendan's Home",
                 "Fairhaven Skilled Nursing", "Cedar Knoll Rehabilitation Center", "Bayberry House"]
PHARMACIES = ["Colonial Pharmacy", "Pike Street Drug", "Corner Apothecary", "Walgreens", "CVS"]
EMPLOYERS = ["the MBTA", "Raytheon", "Stop & Shop", "Boston Public Schools", "Gillette", "the Post Office",
             "Dunkin Donuts", "Mass General Brigham", "the Globe", "Fidelity", "Boston Edison", "a Stop and Shop"]
TOWNS = ["Dorchester", "Quincy", "Brockton", "Malden", "Revere", "Chelsea", "Framingham", "Lowell", "Lynn",
         "Somerville", "Weymouth", "Hyde Park", "Roslindale", "Everett", "Waltham", "Braintree", "Randolph",
         "Nashua", "Worcester", "Fall River", "Plymouth", "Taunton", "Salem", "Woburn"]
STREETS = ["Wachusett St", "Adams St", "Dorchester Ave", "Hancock St", "Granite Ave", "Elm St", "Pleasant St",
           "Blue Hill Ave", "Centre St", "Winter St", "Washington St", "Neponset Ave", "Beacon St", "Locust Ln"]
ZIPS = {"Dorchester": "02124", "Quincy": "02169", "Brockton": "02301", "Malden": "02148", "Revere": "02151",
        "Chelsea": "02150", "Framingham": "01702", "Lowell": "01852", "Lynn": "01902", "Somerville": "02143",
        "Weymouth": "02188", "Hyde Park": "02136", "Roslindale": "02131", "Everett": "02149", "Waltham": "02451",
        "Braintree": "02184", "Randolph": "02368", "Nashua": "03060", "Worcester": "01604", "Fall River": "02720",
        "Plymouth": "02360", "Taunton": "02780", "Salem": "01970", "Woburn": "01801"}


OUT_OF_STATE = [("Nashua", "NH"), ("Manchester", "NH"), ("Warwick", "RI"), ("Pawtucket", "RI"), ("Portland", "ME"),
                ("Hartford", "CT"), ("Burlington", "VT")]


def oos(c):
    town, st = pick(OUT_OF_STATE)
    return f"{L(town)}, {S(st)}"


def employer():
    """An employer marked without its article ("the MBTA" -> "MBTA")."""
    return O(re.sub(r"^(the|a) ", "", pick(EMPLOYERS)))


def town_zip(state):
    town = pick(TOWNS)
    return f"{L(town)}, {state} {Z(ZIPS[town])}"


def kid(c):
    """'daughter Name' or 'son Name', the relation word outside the name."""
    return f"daughter {N(c.dtr)}" if R.random() < 0.5 else f"son {N(c.son)}"


def phone(style=None):
    n = f"555-01{R.randint(0, 99):02d}"
    style = style or pick(["bare", "area", "paren", "dot"])
    if style == "bare":
        return n
    area = pick(["617", "781", "508", "978", "603"])
    return {"area": f"{area}-{n}", "paren": f"({area}) {n}", "dot": f"{area}.{n.replace('-', '.')}"}[style]


def initials():
    return pick("ABCDEFGHJKLMNPRSTW") + pick("ABCDEFGHJKLMNOPRSTW")


class Ctx:
    """One patient: sex, names, relatives, doctors, outside hospital, dates."""

    def __init__(self, *, future=False):
        self.female = R.random() < 0.5
        self.first = pick(FEMALE if self.female else MALE)
        self.last = pick(LAST)
        self.he, self.his, self.him = ("she", "her", "her") if self.female else ("he", "his", "him")
        self.mr = "Mrs." if self.female and R.random() < 0.6 else ("Ms." if self.female else "Mr.")
        self.spouse_word = "husband" if self.female else "wife"
        self.spouse = pick(MALE if self.female else FEMALE)
        while self.spouse == self.first:
            self.spouse = pick(MALE if self.female else FEMALE)
        self.dtr = pick([f for f in FEMALE if f != self.first])
        self.son = pick([f for f in MALE if f != self.first])
        self.docs = R.sample(DOCS, 6)
        self.osh = pick(OSH)
        self.town = pick(TOWNS)
        self.age = R.randint(52, 88)
        y = R.randint(2082, 2096) if future else R.randint(1998, 2006)
        self.adm = date(y, R.randint(1, 12), R.randint(1, 28))
        self.nurses = [initials() for _ in range(3)]
        self.first_onc = pick(FEMALE + MALE)

    def day(self, n):
        return self.adm + timedelta(days=n)


def age(c):
    return A(c.age) if c.age >= 90 else str(c.age)


def dob_for(c, ref):
    """A birth date that makes the patient c.age years old on ref."""
    while True:
        b = date(ref.year - c.age, R.randint(1, 12), R.randint(1, 28))
        if (b.month, b.day) <= (ref.month, ref.day):
            return b


def recase(marked, fn):
    """Upper- or lower-case the text and the marked values, not the labels."""
    parts = re.split(r"(⟦[A-Z]+:|⟧)", marked)
    return "".join(p if p.startswith("⟦") or p == "⟧" else fn(p) for p in parts)


def md(d):
    return f"{d.month}/{d.day}"


def mdy(d, sep="/", short=False):
    y = f"{d.year % 100:02d}" if short else str(d.year)
    return f"{d.month}{sep}{d.day}{sep}{y}"


def mdy0(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def iso(d):
    return d.isoformat()


MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]


def longd(d):
    return f"{MON[d.month - 1]} {d.day}, {d.year}"


def mrn():
    return pick([f"{R.randint(100, 999)}-{R.randint(10, 99)}-{R.randint(10, 99)}", str(R.randint(1000000, 9999999)),
                 f"{R.randint(10, 99)}{R.randint(100000, 999999)}"])


# ---------------------------------------------------------------- PhysioNet nursing, NPN shift notes

def npn_a(c):
    """Transfer admission note; three different social / history paragraphs."""
    f, dr1, dr2 = c.osh, c.docs[0], c.docs[1]
    v = variant("npn_a")
    hist = [f"PMH: HTN, NIDDM, S/P CABG {D(f'{R.randint(1, 12)}/{R.randint(90, 97)}')}, "
            f"{pick(['PARKINSONS', 'COPD', 'CRI', 'AFIB ON COUMADIN'])}.",
            f"PMH: CAD, PPM PLACED @ {O(f[2])} {D(md(c.day(-R.randint(200, 300))))}, GOUT, OA. NKDA.",
            f"PMH: PER OSH D/C SUMMARY (DR {N(pick(DOCS))}) - DM2, CVA {Y(c.adm.year - R.randint(2, 6))} W/ "
            f"R SIDED WEAKNESS, DEPRESSION."][v]
    social = [f"SOCIAL: {c.spouse_word.upper()} {N(c.spouse)} CALLED X2 OVERNIGHT, UPDATED BY RN. "
              f"{'HE' if c.female else 'SHE'} CAN BE REACHED AT {P(phone('bare'))}. "
              f"DTR {N(c.dtr)} FROM {L(c.town)} TO VISIT IN AM.",
              f"SOCIAL: {c.spouse_word.upper()} IN W/ PT'S BROTHER {N(pick(MALE))} FROM {oos(c)}, LEFT @ 2200. "
              f"{c.spouse_word.upper()} STATES PT BECAME DIZZY WHILE PICKING UP MEDS AT {O(pick(PHARMACIES))} IN "
              f"{L(c.town)}. HOME # {P(phone('area'))}.",
              f"SOCIAL: NO FAMILY CALLED THIS SHIFT. PER OSH RECORDS EMERGENCY CONTACT IS NEIGHBOR "
              f"{N(pick(FEMALE))} {N(pick(LAST))} ({P(phone('area'))}); LEFT MSG. PT IS A RETIRED "
              f"{pick(['PIPEFITTER', 'SECRETARY', 'COOK'])} FROM {employer()}."][v]
    return (f"NPN 7P-7A\n{age(c)} YO {'F' if c.female else 'M'} ADMITTED IN TRANSFER FROM {O(f[1] + ' HOSPITAL')} "
            f"ON {D(md(c.day(-1)))} WITH {pick(['UGIB', 'ACUTE MI', 'UROSEPSIS', 'CHF EXACERBATION'])}. {hist}\n"
            f"NEURO: A+OX3, MAE, FOLLOWS COMMANDS. C/O HA X1, MEDICATED W/ TYLENOL 650 PR W/ GOOD EFFECT.\n"
            f"CV: HR 80S-90S SR, NO ECTOPY. SBP 100-120S. LEVOPHED WEANED OFF AT 0200. K 3.6 REPLETED W/ 40 MEQ KCL.\n"
            f"RESP: LS COARSE BILAT, DIMINISHED @ BASES. 4L NC SATS 94-97%. NONPRODUCTIVE COUGH.\n"
            f"GI/GU: ABD SOFT, +BS. FOLEY DRAINING CLEAR YELLOW URINE 40-60CC/HR. NO STOOL.\n"
            f"ID: TMAX 100.4. PAN CULTURED PER DR. {N(dr1)}.\n{social}\n"
            f"PLAN: CONT TO MONITOR HCT Q6H. {pick(['F/U W/ DR.', 'RENAL TEAM, DR.'])} {N(dr2)}"
            f" RE: {pick(['SCOPE', 'CATH', 'CT ABD'])} IN AM. WILL CONTINUE TO SUPPORT PT AND FAMILY.\n"
            f"--{N(c.nurses[0])} RN")


_VARIANTS: dict[str, int] = {}


def variant(name, n=3):
    """0, 1, 2, 0, ... for the successive notes of one layout."""
    _VARIANTS[name] = _VARIANTS.get(name, -1) + 1
    return _VARIANTS[name] % n


def npn_b(c):
    f = c.osh
    d0, d1 = c.day(0), c.day(1)
    who = pick(["DR.", "DR"])
    txt = (f"NURSING PROGRESS NOTE 0700-1900\n"
           f"PT IS {age(c)} YO {'WOMAN' if c.female else 'MAN'} TRANSFERRED FROM "
           f"{O(f[2])} ({O(f[0].upper())}) {D(md(d0))} FOR {pick(['RESP FAILURE', 'SEPSIS', 'ALTERED MS'])}. "
           f"FULL CODE PER {c.spouse_word.upper()} {N(c.spouse)}.\n"
           f"PT SEEN BY {who} {N(c.docs[0])} FROM PULMONARY THIS AM, ALSO DR {N(c.docs[1][0])} (RENAL) "
           f"-- {pick(['NEW ORDERS NOTED.', 'NO NEW ORDERS.', 'DR. ORDERS FOR LASIX GIVEN.'])}\n"
           f"VENT: AC 500X14 PEEP 5 FIO2 50%. ABG 7.38/42/88. SX FOR THICK TAN SPUTUM. CXR AM.\n"
           f"SWAN IN PLACE, CO 4.2 CI 2.3. CORDIS R IJ D+I. PRESSORS: LEVOPHED 0.08 MCG/KG/MIN.\n"
           f"SKIN: COCCYX REDDENED, DUODERM APPLIED. BAIR HUGGER ON FOR TEMP 95.6.\n"
           f"PT EVAL ORDERED, PT (PHYSICAL THERAPY) TO SEE ON {D(md(d1))}.\n"
           f"FAMILY: SON {N(c.son.upper())} AND {N(c.dtr)} IN TO VISIT, TEARFUL. {N(c.dtr).upper()} IS HCP. "
           f"HOME # {P(phone('area'))}, CELL {P(phone('bare'))}. THEY HOPE TO SPEAK WITH {who} {N(c.docs[2])} TOMORROW.\n"
           f"PLAN: {pick(['WEAN FIO2 AS TOL.', 'SBT IN AM IF STABLE.'])} MD AWARE OF UO 20CC/HR.\n"
           f"{N(c.nurses[1])}/RN")
    return txt


def npn_c(c):
    d0 = c.day(2)
    dtr = c.dtr
    nick = pick(["PEG", "BUNNY", "SISSY", "DOT", "BUD", "SKIP", "RED"])
    old = R.randint(90, 98)
    c.age = old
    return (f"NPN 3-11\n"
            f"{A(old)} {pick(['YO', 'Y/O'])} ADMITTED {D(md(c.day(0)))} FROM {O(pick(NURSING_HOMES).upper())} S/P FALL. "
            f"GOES BY \"{N(nick)}\". DNR/DNI, CMO DISCUSSED W/ DTR {N(dtr)} AND DR. {N(c.docs[0])} ON {D(md(d0))}.\n"
            f"PT AWAKE, CONFUSED, CALLING OUT FOR {N(pick(['JOHNNY', 'ANNIE', 'EDDIE', 'FRANKIE']))}. HX DEMENTIA, "
            f"ALZHEIMER'S TYPE. MEDICATED W/ HALDOL 0.5MG IV @ 1900 W/ FAIR EFFECT.\n"
            f"HR 60S AFIB, BP 98-110/50S. O2 2L NC. LUNGS W/ CRACKLES 1/2 UP.\n"
            f"TAKING SIPS ONLY, NECTAR THICK PER SPEECH. DOBHOFF NOT PLACED PER FAMILY WISHES.\n"
            f"{N(dtr)} HERE UNTIL 2100, WILL CALL IN AM, DTR'S # {P(phone('paren'))}. GRANDSON "
            f"{N(pick(MALE))} {N(c.last)} ALSO CALLED FROM {oos(c)}.\n"
            f"SOCIAL WORK ({N(pick(FEMALE))} {N(pick(LAST))}) FOLLOWING.\n"
            f"-{N(c.nurses[2])} RN")


def npn_d(c):
    t1, t2 = c.day(0), c.day(3)
    hosp = c.osh
    ret = "\n".join([
        f"NPN: REC'D PT FROM {pick(['OR', 'EW', 'CATH LAB'])} @ 1630 S/P {pick(['WHIPPLE', 'AAA REPAIR', 'CABG X3', 'L HEMICOLECTOMY'])}.",
        f"PT IS FOLLOWED AT {O(hosp[1])} BY DR {N(c.docs[0])}, PCP DR {N(c.docs[1])} ({P(phone('area'))}).",
        f"PREVIOUS ADMIT HERE {D(mdy(c.day(-R.randint(60, 400)), short=True))} FOR SIMILAR.",
        f"NEURO: SEDATED ON PROPOFOL 20MCG/KG/MIN, RASS -2, GLASGOW 10T. PERRLA.",
        f"CV: SR 70'S. A-LINE R RADIAL. HICKMAN L SCL, FLUSHED.",
        f"RESP: CPAP 5/5 40%, RR 14. SX SMALL AMT WHITE.",
        f"GI: NGT TO LCWS, BILIOUS. JP X2 SEROSANG.",
        f"GU: FOLEY, UO ADEQUATE.",
        f"SOCIAL: MARRIED, {c.spouse_word.upper()} {N(c.spouse)} {N(c.last)} @ BEDSIDE MOST OF EVE, LIVES IN {L(c.town.upper())}. "
        f"RETIRED {pick(['BUS DRIVER', 'TEACHER', 'MACHINIST', 'NURSE'])} FOR {employer()}.",
        f"FRIEND {N(pick(FEMALE))} CALLED, NO INFO GIVEN PER PT {c.spouse_word.upper()}'S REQUEST.",
        f"A: HEMODYNAMICALLY STABLE. P: EXTUBATE IN AM ({D(md(t1 + timedelta(days=1)))}), CONT PAIN CONTROL, PULM TOILET.",
        f"F/U CLINIC W/ DR {N(c.docs[0])} SCHEDULED {D(md(t2 + timedelta(days=14)))}.",
        f"{N(c.nurses[0][0] + '. ' + pick(LAST))}, RN"])
    return ret


def npn_e(c):
    """Mixed-case nursing note by a nurse who types in sentences."""
    d0 = c.day(1)
    fam = pick(["Hope", "Brook", "May", "Rose"]) if c.female else pick(["Will", "Bill", "Grant", "Mark"])
    rel = "niece" if fam in ("Hope", "Brook", "May", "Rose") else "nephew"
    return (f"Nursing Progress Note 1900-0700\n"
            f"Pt is a {age(c)} yo {'female' if c.female else 'male'} admitted {D(md(c.day(0)))} from {O(c.osh[0])} with "
            f"{pick(['hypotension', 'GI bleed', 'pneumonia', 'DKA'])}. Pt seen by Dr. {N(c.docs[0])} at 2200, "
            f"aware of lactate 3.1.\n"
            f"Neuro: Alert, oriented x2, knows {c.his} {rel} {N(fam)} by name. Moves all ext.\n"
            f"CV: NSR 80s, BP stable. Received 1 unit PRBC for hct 24.\n"
            f"Resp: 3L NC, sats 95%. Lungs clear upper, diminished bases.\n"
            f"GI: Tolerating clears. Lg brown stool, guaiac neg.\n"
            f"GU: Foley draining amber urine.\n"
            f"Social: {rel.capitalize()} {N(fam)} {N(c.last)} called at 0100 asking for update; {'she' if rel == 'niece' else 'he'} "
            f"is staying at the pt's home in {L(c.town)}. Phone {P(phone('dot'))}. "
            f"{c.spouse_word.capitalize()} {N(c.spouse)} will visit tomorrow {D(md(d0))} after work at {employer()}.\n"
            f"Plan: Repeat hct at 0400. Will continue to monitor. Pt hopes to be back at {O(pick(NURSING_HOMES))} by end of week.\n"
            f"{N(c.nurses[1][0] + '.' + c.nurses[1][1] + '.')}, RN")


# ---------------------------------------------------------------- PhysioNet nursing, systems review notes

def sys_a(c):
    return (f"CCU NURSING PROGRESS NOTE\n"
            f"S: \"I WANT TO GO HOME TO {L(c.town.upper())}\"\n"
            f"O:\nNEURO: A+OX3, ANXIOUS AT TIMES. ATIVAN 0.5MG PO X1.\n"
            f"CV: S/P CATH {D(md(c.day(0)))} W/ STENT TO LAD. R GROIN SITE D+I, NO HEMATOMA. HR 60'S SB-SR. "
            f"INTEGRILIN OFF @ 0600.\n"
            f"RESP: RA SATS 96%. LS CLEAR.\n"
            f"GI: TAKING PO, CARDIAC DIET. NO BM.\n"
            f"GU: VOIDING QS IN URINAL.\n"
            f"ACCESS: PIV X2.\n"
            f"SOCIAL: LIVES W/ {c.spouse_word.upper()} {N(c.spouse.upper())} AT {AD(f'{R.randint(2, 240)} {pick(STREETS).upper()}')}, "
            f"{L(c.town.upper())}. WORKS AS {pick(['ELECTRICIAN', 'CUSTODIAN', 'CASHIER'])} AT {employer()}. "
            f"{c.spouse_word.upper()} CALLED {P(phone('bare'))} - UPDATED.\n"
            f"A: STABLE POST CATH.\n"
            f"P: ? TRANSFER TO FLOOR {D(md(c.day(1)))}. CARDIAC REHAB REFERRAL. F/U DR. {N(c.docs[0])} "
            f"(CARDS) AND DR. {N(c.docs[1])} AT {O(c.osh[1])}.\n"
            f"{N(c.nurses[0])}")


def sys_b(c):
    x = pick(["MARCH", "GRANT", "ROSE"])
    return (f"MICU NSG ADMIT NOTE\n"
            f"PT IS A {age(c)}YO {'F' if c.female else 'M'} W/ HX ETOH ABUSE, HEP C, PRESENTED TO {O(c.osh[2])} EW "
            f"{D(md(c.day(0)))} W/ HEMATEMESIS. LAST DRINK PER {c.spouse_word.upper()} WAS {D(md(c.day(-1)))} AM. "
            f"TX'D HERE VIA {pick([O('BOSTON MEDFLIGHT'), 'ALS AMBULANCE', O('BOSTON MEDFLIGHT') + ' HELICOPTER'])}.\n"
            f"NEURO: CIWA 12-18, VALIUM 10MG IV Q1H PRN. TREMULOUS. NO SZ ACTIVITY.\n"
            f"CV: ST 110-120S. BP 100/60. 2 LG BORE PIV'S. 4U PRBC THUS FAR.\n"
            f"RESP: INTUBATED FOR AIRWAY PROTECTION PRIOR TO EGD. AC 550X12/5/40%.\n"
            f"GI: EGD BY DR. {N(c.docs[0])} W/ BANDING X3. OCTREOTIDE GTT. PROTONIX.\n"
            f"ID: CEFTRIAXONE FOR SBP PROPHYLAXIS.\n"
            f"SOCIAL: {c.spouse_word.upper()} {N(c.spouse.upper())} AND BROTHER-IN-LAW {N(pick(MALE).upper())} "
            f"{N(x)} HERE, BOTH VERY INVOLVED. THEY LIVE IN {L(c.town.upper())}. PT'S BOSS FROM {employer()} "
            f"ALSO CALLED. PLEASE CALL {c.spouse_word.upper()} W/ ANY CHANGE: {P(phone('area'))} (H), {P(phone('area'))} (C).\n"
            f"PLAN: SERIAL HCT, CIWA SCALE, EXTUBATE WHEN ALERT. DR. {N(c.docs[1])} AWARE.\n"
            f"--{N(c.nurses[1])} RN")


def sys_c(c):
    """lower-case note typed fast."""
    d = c.day(4)
    return (f"nsg note 7a-7p\n"
            f"neuro: pt lethargic but arousable to voice, oriented to self only. {c.his} son {N(c.son.lower())} states "
            f"this is new since {D(md(c.day(2)))}. head ct neg.\n"
            f"cv: hr 70-90 afib, bp 130-150s. lopressor 25 po. coumadin held per dr {N(c.docs[0].lower())}, inr 3.4.\n"
            f"resp: 2l nc, sats 93-96%. encouraged is. weak cough.\n"
            f"gi/gu: poor po intake. foley d/c'd at 1000, due to void by 1800.\n"
            f"skin: stage 2 on coccyx, braden 12. turned q2h.\n"
            f"dispo: case mgmt ({N(pick(FEMALE).lower())}) looking at {O(pick(NURSING_HOMES).lower())} vs {O(pick(NURSING_HOMES).lower())}; "
            f"son prefers near his home in {L(pick(TOWNS).lower())}. son's cell {P(phone('bare'))}. "
            f"pt's pcp is dr {N(c.docs[1].lower())} at {O(c.osh[0].lower())}, notified via fax {D(md(d))}.\n"
            f"will cont to monitor.\n"
            f"{N(c.nurses[2].lower())} rn")


def sys_d(c):
    """Respiratory / MICU systems note, upper case, run-on lines."""
    sis_town, sis_st = pick([("ORLANDO", "FL"), ("PHOENIX", "AZ"), ("SAN DIEGO", "CA"), ("ALBANY", "NY")])
    return (f"NSG NOTE:  PLEASE SEE CAREVUE FOR VS/OBJ DATA.\n"
            f"RESP: REMAINS ON PS 10/5 40% TV'S 400-450 RR 20'S, SX Q2-3H FOR MOD AMT THICK YELLOW SPUTUM, "
            f"SPUTUM SENT {D(md(c.day(5)))}, TRACH PLANNED FOR {D(md(c.day(7)))} W/ DR {N(c.docs[0])} (IP) "
            f"PER {c.spouse_word.upper()} {N(c.spouse)} WHO SIGNED CONSENT. \n"
            f"CV: HR 90-100S ST, BP 110-130/60S, LASIX 40 IV W/ 900CC UO. K+ 3.4 REPLETED.\n"
            f"NEURO: OPENS EYES, NOT FOLLOWING COMMANDS CONSISTENTLY, FENTANYL 50MCG/H, PROPOFOL OFF SINCE 0800.\n"
            f"GI: TF'S NUTREN PULMONARY @ 50CC/H GOAL, RESIDUALS <30CC. FLEXISEAL IN PLACE.\n"
            f"SOCIAL: {c.spouse_word.upper()} + DTR {N(c.dtr)} ({'MARRIED NAME' if R.random() < 0.5 else 'AKA'} "
            f"{N(c.dtr + ' ' + pick(LAST))}) IN TODAY, MET W/ TEAM & DR {N(c.docs[1])}, "
            f"SW {N(pick(FEMALE))} ALSO PRESENT. FAMILY UPSET RE: LONG WEAN. PT'S SISTER IN {L(sis_town)}, "
            f"{S(sis_st)} CALLING DAILY ({P(phone('area'))}).\n"
            f"PLAN: CONT PS WEAN, TRACH/PEG {D(md(c.day(7)))}, ?REHAB AT {O(pick(NURSING_HOMES).upper())}.\n"
            f"{N(c.nurses[0])} RN")


def sys_e(c):
    """Mixed-case TSICU note with family meeting."""
    return (f"TSICU Nursing Progress Note\n"
            f"Events: Pt returned to OR {D(md(c.day(1)))} for washout with Dr. {N(c.docs[0])}. "
            f"Back on unit at 1545.\n"
            f"Neuro: Sedated on fentanyl/versed. Withdraws to pain. Pupils 3mm brisk.\n"
            f"CV: HR 100s ST, neo off since 1800. CVP 8-10. Swan d/c'd this AM.\n"
            f"Resp: CMV 600x16, peep 8, fio2 .50. Sats 97%.\n"
            f"GI: OGT to LCWS. Abd open with VAC dressing.\n"
            f"GU: Foley to gravity, UO 30-80 cc/hr.\n"
            f"ID: Vanc/Zosyn. Tmax 101.2.\n"
            f"Family: Family meeting held today with Dr. {N(c.docs[1])}, SW {N(pick(FEMALE))} and "
            f"{c.his} {c.spouse_word} {N(c.spouse)}, son {N(c.son)} and daughter {N(c.dtr)} {N(pick(LAST))}. "
            f"{c.spouse_word.capitalize()} hopes to bring priest from {O('St. ' + pick(['Agatha', 'Brendan', 'Monica', 'Jude']) + ' Parish')} "
            f"in {L(c.town)}. Family remains full code. Contact: {c.spouse_word} {P(phone('paren'))}.\n"
            f"Pt was injured in MVC on Rte 3 near {L(pick(['Kingston', 'Marshfield', 'Duxbury', 'Hingham']))}; "
            f"{O('State Police')} trooper {N(pick(LAST))} called for update, referred to family.\n"
            f"Plan: Return to OR {D(md(c.day(3)))} for closure. Continue current plan.\n"
            f"{N(pick(FEMALE) + ' ' + c.nurses[2][1] + '.')} RN")


# ---------------------------------------------------------------- i2b2 2014 longitudinal outpatient

def out_a(c):
    """Clinic follow-up note with a clinic letterhead; three different visits."""
    d = c.adm
    pcp = c.docs[0]
    last = d - timedelta(days=R.randint(80, 120))
    kind = next(OUT_A_KINDS)
    head = (f"Record date: {D(iso(d))}\n\n"
            f"{O(pick(['Quarry Hill Internal Medicine', 'Harwick Primary Care', 'Norumbega Family Health']))}\n"
            f"{AD(f'{R.randint(10, 900)} {pick(STREETS)}')}\n{L(c.town)}, {S('MA')} {Z(ZIPS[c.town])}\n\n"
            f"{N(c.first.upper())} {N(c.last.upper())}\nMR #{I(mrn())}\n\n")
    job = pick(['bookkeeper', 'mechanic', 'school bus driver', 'home health aide', 'crossing guard'])
    emp = employer()
    if kind == 0:
        body = (f"Interval History:\n{c.mr} {N(c.last)} returns for follow-up of type 2 diabetes (dx "
                f"{Y(d.year - R.randint(5, 20))}), hypertension and hyperlipidemia. Since {c.his} last visit on "
                f"{D(mdy0(last))} {c.he} has been checking sugars bid, fasting 140s-160s. Saw Dr. {N(c.docs[1])} in "
                f"podiatry in {D(MON[(d.month - 2) % 12] + ' ' + str(d.year if d.month > 1 else d.year - 1))} for a "
                f"callus, no ulcer. Had flu shot at {O(pick(PHARMACIES))}.\n\n"
                f"Medications:\nMetformin 1000 mg bid\nGlipizide 5 mg qd\nLisinopril 20 mg qd\nLipitor 40 mg qhs\n"
                f"Aspirin 81 mg qd\n\n"
                f"Social history: Lives in {L(c.town)} with {c.his} {c.spouse_word} {N(c.spouse)}. Works as a {job} "
                f"for {emp}. Quit smoking in {Y(d.year - R.randint(3, 15))}. Occasional beer.\n\n"
                f"Exam: BP 138/84, P 76, Wt 212 lb. Feet: monofilament intact. Callus R 1st MTP.\n\n"
                f"Labs: HbA1c 7.9 ({D(mdy(d - timedelta(days=7)))}), LDL 96, Cr 1.1.\n\n"
                f"A/P: DM2 suboptimally controlled. Increase glipizide to 10 mg. Refer to {O('Joslin')} for "
                f"diabetes education. Return in 3 months.\n\n")
    elif kind == 1:
        body = (f"S: {N(c.first)} is here for BP check and to review {c.his} stress test. Had a negative ETT-MIBI at "
                f"{O(c.osh[0])} on {D(mdy(last + timedelta(days=30)))} ordered by Dr. {N(c.docs[1])}. Still gets "
                f"occasional palpitations, worse with coffee. {c.his.capitalize()} {c.spouse_word} {N(c.spouse)} "
                f"thinks {c.he} snores and stops breathing at night.\n"
                f"Meds: HCTZ 25, amlodipine 10, atenolol 50, ASA 81, simvastatin 20 (filled at "
                f"{O(pick(PHARMACIES))}, {L(c.town)}).\n"
                f"SH: {job.capitalize()} at {emp} x {R.randint(5, 30)} yrs, night shifts. Smokes 1/2 ppd since "
                f"{Y(d.year - R.randint(20, 40))}. Lives with {c.spouse_word} and grandson.\n"
                f"O: BP 152/94 R, 148/90 L. HR 66. BMI 34. Neck circumference 18 in. RRR, no murmur.\n"
                f"A/P: 1. HTN not at goal - add lisinopril 10. 2. Probable OSA - sleep study at {O(pick(['Quarry Hill Sleep Lab', 'the Harwick Sleep Center']))}. "
                f"3. Tobacco - discussed, not ready. F/u 6 wks; BP log.\n\n")
    else:
        body = (f"Chief complaint: annual physical / cardiac follow-up.\n"
                f"{N(c.first)} {N(c.last)} is a {age(c)} year old {'woman' if c.female else 'man'} with CAD s/p PCI to LAD "
                f"in {Y(d.year - R.randint(2, 8))} (Dr. {N(c.docs[1])}), HL, and gout. Last seen "
                f"{D(md(last) + '/' + str(last.year)[2:])}. No angina. Goes to cardiac rehab 3x/wk at the "
                f"{O(pick(['Braintree YMCA', 'Malden Y', 'Lowell Y']))}.\n"
                f"Meds: Plavix 75, Toprol XL 50, Lipitor 80, ASA 81, allopurinol 300.\n"
                f"SHx: retired from {emp}. Married; {c.spouse_word} {N(c.spouse)} has early dementia and {c.he} is "
                f"{'his' if c.female else 'her'} main caregiver. Daughter {N(c.dtr)} lives nearby in {L(pick(TOWNS))}.\n"
                f"PE: 124/70, 60, afebrile. Unremarkable.\n"
                f"A/P: CAD stable. Caregiver stress - referred to {O(pick(['Mystic Valley Elder Services', 'Old Colony Elder Services']))}, "
                f"number given ({P(phone('area'))}). Colonoscopy due; referred to Dr. {N(c.docs[2])}.\n\n")
    return head + body + f"_____________________\n{N(pcp)}, M.D.\n"


OUT_A_KINDS = iter([0, 1, 2])


def out_b(c):
    """PCP letter from a specialist."""
    v = variant("out_b")
    d = c.adm
    pcp = c.docs[0]
    spec = c.docs[1]
    cab = d.year - R.randint(2, 10)
    return (f"Record date: {D(mdy0(d))}\n\n"
            f"{O(c.osh[0])}\nCardiology Associates\n{AD(f'{R.randint(100, 999)} {pick(STREETS)}, Suite {R.randint(2, 6)}00')}\n"
            f"{town_zip(S('Massachusetts'))}\nTel {P(phone('paren'))}   Fax {P(phone('paren'))}\n\n"
            f"{D(longd(d))}\n\n"
            f"{N(pick(['Thomas', 'Ruth', 'Allan', 'Celeste']) + ' ' + pcp)}, M.D.\n"
            f"{O(pick(['Weymouth Family Practice', 'Hyde Park Health Center', 'Revere Medical Group']))}\n\n"
            f"Re: {N(c.first)} {N(c.last)}\n     DOB {D(mdy0(dob_for(c, d)))}\n\n"
            f"Dear Dr. {N(pcp)}:\n\n"
            f"I had the pleasure of seeing {c.mr} {N(c.last)} in cardiology follow-up today. As you know, "
            f"{c.he} is a {age(c)}-year-old with coronary disease, s/p CABG in {Y(cab)} at {O(pick(OSH)[0])} "
            f"(LIMA-LAD, SVG-OM), and ischemic cardiomyopathy with EF 35% by echo on {D(mdy(d - timedelta(days=200)))}. "
            f"Since I last saw {c.him} in {D(MON[(d.month + 5) % 12] + ' ' + str(d.year - 1))}, {c.he} reports stable "
            f"two-pillow orthopnea and walks about a quarter mile. {c.he.capitalize()} denies syncope. "
            f"{c.his.capitalize()} {c.spouse_word}, {N(c.spouse)}, who accompanied {c.him}, feels {c.he} is more tired.\n\n"
            f"Current medications: Coreg 12.5 mg bid, lisinopril 10 mg qd, Lasix 40 mg qd, Plavix 75 mg qd, "
            f"Zocor 40 mg qhs, NTG prn.\n\n"
            f"On examination BP 112/68, HR 64 regular. JVP 8 cm. Lungs clear. S3 present. No edema.\n"
            f"ECG: sinus rhythm, old inferior Q waves, QRS 128 ms.\n\n"
            f"Impression: NYHA class II-III heart failure. {['Given QRS duration, I', 'Given recurrent palpitations, I', 'Given the murmur, I'][v]} have referred {c.him} to "
            f"Dr. {N(spec)} {['in electrophysiology to discuss CRT-D', 'in electrophysiology to discuss ablation of her atrial flutter'.replace('her', c.his), 'of cardiac surgery at ' + O(c.osh[0]) + ' for evaluation of mitral regurgitation'][v]}. We will check BMP and BNP today.\n\n"
            f"Thank you for allowing me to participate in {c.his} care.\n\nSincerely,\n\n\n"
            f"{N(pick(FEMALE + MALE))} {N(c.docs[2])}, M.D.\n\ncc: Dr. {N(spec)}, {['Electrophysiology', 'Electrophysiology', 'Cardiac Surgery'][v]}\n"
            f"     {c.mr} {N(c.first)} {N(c.last)}, {AD(f'{R.randint(2, 99)} {pick(STREETS)}')}, {L(c.town)} {S('MA')} {Z(ZIPS[c.town])}\n")


def out_c(c):
    """Brief telegraphic follow-up with problem list."""
    d = c.adm
    v = variant("out_c")
    last = d - timedelta(days=R.randint(40, 90))
    hpi = [f"HPI: {age(c)} y/o {'F' if c.female else 'M'} here with {c.his} daughter {N(c.dtr)}. Since seen "
           f"{D(mdy(last, short=True))} pt was admitted to {O(c.osh[2])} x 3 days for CHF flare (d/c "
           f"{D(md(d - timedelta(days=20)))}). Has been followed by renal (Dr {N(c.docs[1])}) - Cr stable 2.1. "
           f"No CP. Mild DOE. Uses cane.",
           f"HPI: {age(c)}yo here alone, took the bus from {L(c.town)}. Missed appt {D(md(last))} b/c {c.his} son "
           f"{N(c.son)} was inpt at {O(c.osh[0])}. Wt up 6 lb. Renal (Dr {N(c.docs[1])}) wants to start fistula "
           f"planning, pt undecided. No CP.",
           f"HPI: pt seen w/ {c.his} VNA nurse {N(pick(FEMALE))} ({O(pick(['VNA of Boston', 'Old Colony VNA', 'Hallmark Health VNA']))}) "
           f"who reports AM sugars 200s and 2+ edema. Son {N(c.son)} fills pillbox weekly. Last A1c {D(mdy(last, short=True))} "
           f"was 9.1. Renal f/u with Dr. {N(c.docs[1])} on {D(md(d + timedelta(days=10)))}."][v]
    return (f"Record date: {D(iso(d))}\n"
            f"{pick(['PCP', 'INTERNAL MEDICINE', 'HCC'])} NOTE\n"
            f"Pt: {N(c.last.upper())}, {N(c.first.upper())}   MRN: {I(mrn())}\n"
            f"Prov: {N(c.docs[0])}, {pick(['MD', 'NP'])}\n\n"
            f"CC: f/u DM, CRI, htn\n"
            f"{hpi}\n\n"
            f"Problems:\n  Diabetes mellitus type 2 - since {Y(d.year - R.randint(8, 25))}\n"
            f"  CRI stage IV\n  HTN\n  CHF (EF 40%)\n  Gout\n  s/p R TKR {Y(d.year - R.randint(2, 9))} ({O(pick(OSH)[2])})\n\n"
            f"Meds: Insulin NPH 30 u qam/15 u qpm, Lasix 80 bid, Toprol XL 100, allopurinol 100, ASA.\n"
            f"All: PCN (rash)\n\n"
            f"SH: Widowed. Lives {['with daughter', 'alone', 'with son'][v]} in {L(c.town)}. Former {pick(['welder', 'nurse', 'cashier', 'meat cutter'])} "
            f"at {employer()}, retired {Y(d.year - R.randint(4, 12))}. Gets meds at "
            f"{O(pick(PHARMACIES))} in {L(pick(TOWNS))}.\n\n"
            f"PE: 150/80 78 wt 188. lungs bibasilar crackles. 1+ edema.\n"
            f"Labs {D(md(d - timedelta(days=3)))}: K 5.1, BUN 48, Cr 2.1, A1c 8.4\n\n"
            f"A&P: 1. CHF - increase lasix 120 qam. 2. DM - add regular sliding scale. 3. {['Daughter', 'Pt', 'Son'][v]} to call "
            f"{P(phone('area'))} with weights. RTC 4-6 wks.\n"
            f"{N(c.docs[0][0] + c.nurses[0][1])}\n")


def out_d(c):
    """Two entries of one longitudinal record in one note."""
    d1 = c.adm
    d2 = d1 + timedelta(days=R.randint(90, 200))
    return (f"Record date: {D(iso(d1))}\n\n"
            f"{N(c.first)} returns today. {c.he.capitalize()} brought a log: fasting sugars 110-150. Lost 6 lb "
            f"since {D(MON[(d1.month + 8) % 12])}. Walking with {c.his} neighbor {N(pick(FEMALE))} at the "
            f"{pick(['mall', 'Y', 'track at the high school'])} in {L(c.town)}. Still working part-time at "
            f"{employer()}.\n"
            f"BP 128/78. A1c 7.2.\nContinue current regimen. Recheck {D(MON[(d1.month + 2) % 12] + ' ' + str(d1.year + (1 if d1.month > 9 else 0)))}.\n"
            f"{N(c.docs[0])}\n\n"
            f"********************************************************\n\n"
            f"Record date: {D(iso(d2))}\n\n"
            f"{N(c.first.upper())} IS SEEN TODAY FOR URGENT VISIT. Chest tightness x 2 days, worse on exertion. {c.his.capitalize()} son {N(c.son)} drove {c.him} "
            f"here from {L(pick(TOWNS))}. ECG: new TWI V2-V4. Sent to {O(c.osh[0])} ED by ambulance; "
            f"spoke with ED attending Dr. {N(c.docs[2])} at {P(phone('area'))}. "
            f"Son's number {P(phone('bare'))}.\n"
            f"Addendum {D(md(d2 + timedelta(days=2)))}: r/o MI by enzymes, stress test planned with "
            f"Dr. {N(c.docs[3])}. Will see back in 2 weeks.\n{N(c.docs[0])}, MD\n")


# ---------------------------------------------------------------- i2b2 2006 discharge summaries

def dis_a(c):
    a = c.adm
    dd = a + timedelta(days=R.randint(3, 12))
    unit = f"{R.randint(100, 999)}-{R.randint(10, 99)}-{R.randint(10, 99)}"
    att = c.docs[0]
    return (f"{I(str(R.randint(100000000, 999999999)))} {O(pick(['PUMC', 'OMH', 'CTMC', 'FIH']))}\n"
            f"{I(str(R.randint(1000000, 9999999)))}\n{I(str(R.randint(100000, 999999)))}\n{D(mdy0(dd))} 12:00:00 AM\n"
            f"Discharge Summary\nUnsigned\nDIS\nReport Status :\nUnsigned\n"
            f"DISCHARGE SUMMARY\nNAME :\n{N(c.last.upper())} , {N(c.first.upper())}\nUNIT NUMBER :\n{I(unit)}\n"
            f"ADMISSION DATE :\n{D(mdy0(a))}\nDISCHARGE DATE :\n{D(mdy0(dd))}\n"
            f"PRINCIPAL DIAGNOSIS :\n{pick(['Congestive heart failure', 'Acute on chronic systolic heart failure'])} .\n"
            f"HISTORY OF PRESENT ILLNESS :\nThe patient is a {age(c)} year old {'woman' if c.female else 'man'} with a history "
            f"of coronary artery disease status post myocardial infarction in {Y(a.year - R.randint(2, 15))} , "
            f"who presented to the {O(c.osh[0])} Emergency Department with increasing shortness of breath . "
            f"{c.he.capitalize()} was seen by {c.his} primary care physician , Dr. {N(c.docs[1])} , on {D(mdy0(a - timedelta(days=3)))} "
            f"and started on Levaquin .\n"
            f"HOSPITAL COURSE :\nThe patient was diuresed with intravenous Lasix . A Swan-Ganz catheter was not required . "
            f"Cardiology , Dr. {N(c.docs[2])} , was consulted . Echocardiogram on {D(mdy0(a + timedelta(days=1)))} "
            f"showed ejection fraction of 30% .\n"
            f"DISPOSITION :\nThe patient was discharged to {O(pick(NURSING_HOMES))} in {L(c.town)} .\n"
            f"FOLLOW-UP :\nWith Dr. {N(c.docs[1])} in one to two weeks .\n"
            f"Dictated By :\n{N(pick(LAST).upper())} , {N(pick(FEMALE).upper())}\n"
            f"Attending :\n{N(att.upper())} , {N(pick(['ROBERT', 'ELAINE', 'HUGH', 'MIRIAM']) + ' ' + pick('MJLRT') + '.')} , M.D. {I(str(R.randint(10, 99)) + pick('ABCDEFGH') + str(R.randint(100, 999)))}\n"
            f"{I(str(R.randint(100000, 999999)))}\nBatch :\n{I(str(R.randint(10000, 99999)))}\nIndex No. "
            f"{I(pick(['NXQ', 'ZLR', 'FTK']) + str(R.randint(1000, 9999)) + pick(['FK', 'XW', 'QL']))}\n"
            f"D :\n{D(mdy0(dd))}\nT :\n{D(mdy0(dd + timedelta(days=1)))}\n"
            f"CC :\n1. {N(c.docs[1].upper())} , {N(pick(['J', 'K', 'P']))}\n[report_end]\n")


def dis_b(c):
    a = c.adm
    dd = a + timedelta(days=R.randint(4, 9))
    att_first = pick(['CHRISTOPHER', 'DONNA', 'LEE'])
    return (f"{I(str(R.randint(100000, 999999)))} | {O(pick(['EH', 'VH', 'NVH', 'RWH']))} | {I(str(R.randint(10000000, 99999999)))} | | "
            f"{I(str(R.randint(100000, 999999)))} | {D(mdy(a))} 12:00:00 AM | {pick(['ACUTE PANCREATITIS', 'ATRIAL FIBRILLATION'])} | "
            f"Signed | DIS | Admission Date: {D(mdy(a))} Report Status: Signed\n\n"
            f"Discharge Date: {D(mdy(dd))}\nATTENDING: {N(c.docs[0].upper())} , {N(att_first)} M.D.\n"
            f"SERVICE: {pick(['General Medicine', 'Cardiology'])}\n"
            f"HISTORY OF PRESENT ILLNESS: {c.mr} {N(c.last)} is a pleasant {age(c)}-year-old with history of "
            f"{pick(['alcohol use', 'gallstones', 'paroxysmal atrial fibrillation'])} who was transferred from "
            f"{O(c.osh[1].title())} where {c.he} presented on {D(mdy(a - timedelta(days=1)))} . Of note , {c.he} "
            f"had a Whipple procedure in {Y(a.year - R.randint(3, 9))} .\n\n"
            f"HOSPITAL COURSE BY SYSTEM:\n1. GI: Made NPO , given IVF . Lipase peaked at 2,300 on {D(mdy(a + timedelta(days=1)))} .\n"
            f"2. CV: Rate controlled with metoprolol . Coumadin held , INR 1.4 on discharge .\n"
            f"3. Dispo: PT evaluated and cleared for home with services from {O(pick(['Cambridge VNA', 'VNA of Greater Lowell', 'Partners Home Care']))} .\n\n"
            f"DISCHARGE MEDICATIONS: Metoprolol 50 mg p.o. b.i.d. , Protonix 40 mg p.o. daily , Coumadin 5 mg p.o. q.h.s.\n\n"
            f"FOLLOW UP: Dr. {N(c.docs[1])} , {P(phone('paren'))} , on {D(mdy(dd + timedelta(days=7)))} at 2:30 p.m. ; "
            f"Coumadin clinic at {O(c.osh[1].title())} on {D(mdy(dd + timedelta(days=3)))} .\n\n"
            f"eScription document: {I(str(R.randint(1000000, 9999999)) + pick(['EMSSten', 'CSSten']))} Tel\n"
            f"CC: {N(c.docs[1])} M.D. {O(pick(['Neponset Health Center', 'Uphams Corner Health Center', 'Medford Family Practice']))}\n"
            f"Dictated By: {N(pick(LAST).upper())} , {N(pick(MALE).upper())}\n"
            f"Attending: {N(c.docs[0].upper())} , {N(att_first)}\n"
            f"Dictation ID {I(str(R.randint(1000000, 9999999)))}\nD: {D(mdy(dd, short=True))}\nT: {D(mdy(dd + timedelta(days=1), short=True))}\n"
            f"[report_end]\n")


def _cea(c, a, op):
    return (f"OPERATIONS: {D(mdy(op, short=True))} Left carotid endarterectomy.\n\n"
            f"BRIEF HISTORY: This {age(c)}-year-old right-handed {'female' if c.female else 'male'} from {L(c.town)} "
            f"was referred by Dr. {N(c.docs[1])} after an episode of amaurosis fugax on {D(md(a - timedelta(days=20)))}. "
            f"Duplex at {O(c.osh[0])} showed 80-99% left ICA stenosis. Past history includes Parkinson's disease, "
            f"hypertension, and a Hickman line for chemotherapy in {Y(a.year - R.randint(4, 10))} for lymphoma, treated "
            f"by Dr. {N(c.first_onc)} {N(c.docs[3])} at {O(pick(['Dana-Farber', 'the Yarmouth Cancer Center', 'Whitcomb Oncology']))}.\n\n"
            f"HOSPITAL COURSE: Uneventful. Neuro checks q1h x 24 hours, intact. Drain removed POD 1. "
            f"Tolerated regular diet. Seen by PT, ambulating independently with walker. Glasgow 15 throughout.\n\n")


def _fempop(c, a, op):
    return (f"OPERATIONS: {D(mdy(op, short=True))} Right femoral-popliteal bypass with reversed saphenous vein.\n"
            f"{D(mdy(op + timedelta(days=2), short=True))} Bedside debridement right great toe.\n\n"
            f"BRIEF HISTORY: {c.mr} {N(c.last)} is a {age(c)} year old diabetic smoker with rest pain and a non-healing "
            f"ulcer of the right great toe for three months, followed in the wound clinic at {O(c.osh[0])} by "
            f"{N(pick(FEMALE))} {N(pick(LAST))}, NP. Angiogram {D(mdy(a - timedelta(days=9), short=True))} by Dr. "
            f"{N(c.docs[1])} showed SFA occlusion with reconstitution of the popliteal. Prior left BKA in "
            f"{Y(a.year - R.randint(2, 7))} at {O(pick(OSH)[0])}. Lives in {L(c.town)}; {c.his} {c.spouse_word} is on "
            f"dialysis.\n\n"
            f"HOSPITAL COURSE: Graft with palpable DP pulse postoperatively. Foley removed POD 2. Heparin bridged to "
            f"Coumadin for the graft per Dr. {N(c.docs[0])}; INR 2.1 at discharge. Toe wound clean, VNA for dressings "
            f"({O(pick(['VNA of Boston', 'Hallmark Health VNA', 'VNA of Cape Cod']))}).\n\n")


def _lapchole(c, a, op):
    return (f"OPERATIONS: {D(mdy(op, short=True))} Laparoscopic converted to open cholecystectomy.\n\n"
            f"BRIEF HISTORY: {c.he.capitalize()} presented to our Emergency Department on {D(mdy(a, short=True))} with "
            f"two days of right upper quadrant pain after {c.his} grandson's wedding in {L(pick(['Providence', 'Hartford', 'Portsmouth']))}. "
            f"Ultrasound showed a distended gallbladder with pericholecystic fluid. {c.he.capitalize()} is "
            f"a {age(c)}-year-old retired {pick(['teacher', 'foreman', 'nurse'])} whose other history includes "
            f"atrial fibrillation on Coumadin, managed by the anticoagulation service at {O(c.osh[0])}.\n\n"
            f"HOSPITAL COURSE: Coumadin held and reversed with FFP. Dense adhesions required conversion. "
            f"Drain removed {D(mdy(op + timedelta(days=3), short=True))}. Seen by PT who recommended a walker.\n\n")


def _aaa(c, a, op):
    return (f"OPERATIONS: {D(mdy(op, short=True))} Endovascular repair of 6.1 cm infrarenal abdominal aortic aneurysm.\n\n"
            f"BRIEF HISTORY: The patient is a {age(c)}-year-old {'woman' if c.female else 'man'} whose aneurysm was found "
            f"incidentally on CT at {O(c.osh[0])} in {D(MON[(a.month + 5) % 12] + ' ' + str(a.year - 1))} during a "
            f"workup for kidney stones by Dr. {N(c.docs[1])}. It grew 7 mm since then. {c.he.capitalize()} smoked "
            f"until {Y(a.year - R.randint(1, 12))}.\n\n"
            f"HOSPITAL COURSE: Completion angiogram without endoleak. Swan not required. Creatinine peaked at 1.6 on "
            f"{D(mdy(op + timedelta(days=1), short=True))} and returned to baseline. Glasgow 15, ambulating.\n\n")


DIS_C_BODY = [_cea, _fempop, _lapchole, _aaa]


def dis_c(c):
    """Surgical discharge summary with ENTERED BY and multiple cc lines."""
    a = c.adm
    op = a + timedelta(days=1)
    dd = a + timedelta(days=R.randint(5, 10))
    ent = pick(LAST)
    return (f"{O(pick(['Bertram Memorial Hospital', 'Cobb General Hospital', 'Lynwood Medical Center']))}\n"
            f"DISCHARGE SUMMARY\n\n"
            f"PATIENT: {N(c.first.upper())} {N(c.last.upper())}   MR#: {I(mrn())}   ACCT: {I(str(R.randint(10000000, 99999999)))}\n"
            f"ADMITTED: {D(mdy(a, short=True))}   DISCHARGED: {D(mdy(dd, short=True))}\n"
            f"SURGEON: {N(c.docs[0])}, M.D.\n\n"
            f"{DIS_C_BODY[variant('dis_c', 4)](c, a, op)}"
            f"DISPOSITION: Home with {c.his} {c.spouse_word} {N(c.spouse)}.\n"
            f"CONDITION: Stable.\n"
            f"FOLLOW-UP: Surgery clinic {D(mdy(dd + timedelta(days=14), short=True))}, call {P(phone('area'))} to confirm.\n\n"
            f"{N(c.docs[0])}, M.D.\n\n"
            f"DICTATED BY: {N(c.docs[4])}, M.D.\nDD: {D(mdy0(dd))}\nTD: {D(mdy0(dd + timedelta(days=2)))} 09:14 A\n"
            f"ENTERED BY: {N(ent.upper())}, {N(pick(FEMALE).upper())}   JOB #: {I(str(R.randint(100000, 999999)))}\n"
            f"cc: {N(c.docs[1])}, M.D., {AD(f'{R.randint(10, 500)} {pick(STREETS)}')}, {town_zip(S('MA'))}\n"
            + (f"    {N(c.first_onc[0] + '. ' + c.docs[3])}, M.D.\n" if variant('dis_c_cc', 4) == 0 else ""))


# ---------------------------------------------------------------- MIMIC-III physician notes

def mim_progress(c):
    d = c.day(3)
    return (f"Chief Complaint: {pick(['Hypoxic respiratory failure', 'Septic shock', 'Upper GI bleed'])}\n"
            f"I saw and examined the patient, and was physically present with the ICU Resident for key portions "
            f"of the services provided. I agree with his / her note above, including assessment and plan.\n"
            f"HPI:\n{age(c)} y/o {'F' if c.female else 'M'} transferred from {O(c.osh[0])} on {D(mdy0(c.day(0)))} "
            f"with {pick(['PNA', 'urosepsis', 'cholangitis'])}, now HD #{(d - c.adm).days + 1}.\n"
            f"24 Hour Events:\n"
            f"ARTERIAL LINE - START {D(mdy0(d - timedelta(days=1)))} 04:15 PM\n"
            f"MULTI LUMEN - STOP {D(mdy0(d - timedelta(days=1)))} 09:00 PM\n"
            f"- Levophed weaned to off overnight\n- Family meeting with {c.spouse_word} ({N(c.spouse)}) and "
            f"HCP/daughter {N(c.dtr)}: remains full code\n"
            f"- Spoke with Dr. {N(c.docs[1])} (PCP, {P(phone('paren'))}), who reports baseline Cr 1.3\n"
            f"Allergies:\nPenicillins\nHives;\n"
            f"Last dose of Antibiotics:\nVancomycin - {D(mdy0(d))} 08:00 AM\nPiperacillin/Tazobactam (Zosyn) - {D(mdy0(d))} 06:00 AM\n"
            f"Flowsheet Data as of {D(mdy0(d))} 10:52 AM\n"
            f"Vital signs\nHR: 88 (76 - 104) bpm\nBP: 108/56(72) {{92/44(58) - 131/70(88)}} mmHg\n"
            f"Respiratory support\nVentilator mode: CPAP/PSV\nVt (Spontaneous): 480 (410 - 512) mL\nPS : 8 cmH2O\nPEEP: 5 cmH2O\n"
            f"Physical Examination\nGeneral Appearance: Intubated, responds to voice\nCardiovascular: (S1: Normal), (S2: Normal)\n"
            f"Labs / Radiology\nWBC 14.2 -> 11.8, Hct 29.1, Plt 188, Cr 1.9, Lactic Acid 1.4 mmol/L\n"
            f"CXR {D(md(d))}: improving RLL opacity\n"
            f"Assessment and Plan\nSEPTIC SHOCK: resolved, off pressors. Continue vanc/zosyn (d5), f/u cx from {O(c.osh[2])}.\n"
            f"RESPIRATORY FAILURE: SBT today, likely extubate.\nACUTE RENAL FAILURE: improving.\n"
            f"ICU Care\nNutrition: Replete with fiber @ 40 mL/hour\nLines:\nArterial Line - {D(mdy0(d - timedelta(days=1)))} 04:15 PM\n"
            f"Prophylaxis:\nDVT: SQ UF Heparin\nCode status: Full code\nDisposition: ICU\n"
            f"Total time spent: 35 minutes\nPatient is critically ill\n"
            f"------ Protected Section ------\nAttending addendum: discussed with Dr. {N(c.docs[5])}. "
            f"{N(pick(MALE + FEMALE))} {N(c.docs[0])}, MD on {D(mdy0(d))} 14:20\n------ Protected Section Addendum Entered By:"
            f"{N(pick(FEMALE))} {N(c.docs[4])}, MD on:{D(str(d.day).zfill(2) + '/' + MON[d.month - 1][:3] + '/' + str(d.year))} 15:02 ------\n")


def mim_progress2(c):
    """Resident-style SOAP progress note, free-form."""
    d = c.day(2)
    subj = [f"S: Overnight pt agitated, pulled PIV x2. Received haldol 2 mg IV. {c.spouse_word.capitalize()} at "
            f"bedside till 11pm. This am pt asking for {c.his} {kid(c)} - called at {P(phone('area'))}, will come in "
            f"after work ({employer()}).",
            f"S: Quiet night, slept 4-5 hrs. {c.his.capitalize()} {c.spouse_word} {N(c.spouse)} and neighbor "
            f"{N(pick(FEMALE))} brought in home med bottles from {O(pick(PHARMACIES))} - includes oxybutynin and "
            f"benadryl qhs (likely contributing). Pt asks \"when can I go back to {L(c.town)}?\"",
            f"S: Pt refused 5am labs. Portuguese interpreter ({N(pick(FEMALE))}, ext. interpreter services) used; "
            f"pt wants HCP involved. Spoke by phone with {c.his} {kid(c)} ({P(phone('paren'))}), who agreed with "
            f"labs and will visit {D(md(d + timedelta(days=1)))}."][variant("mim_progress2")]
    return (f"MICU Resident Progress Note\nDate: {D(mdy0(d))}\n"
            f"Attending: Dr. {N(c.docs[0])}\n\n"
            f"{subj}\n\n"
            f"O: Tm 99.8 HR 92 BP 142/80 RR 22 96% 4L\nGen: restless, pulling at lines\nLungs: crackles R base\n"
            f"Ext: R arm Hickman site c/d/i; Foley in place\n"
            f"Labs: Na 131, K 3.9, Cr 1.0, WBC 9.8\nMicro: BCx {D(md(c.day(0)))} NGTD; UCx GNR >100K (OSH data from "
            f"{O(c.osh[1].title())} lab, faxed by {N(pick(FEMALE))} in micro {P(phone('bare'))})\n\n"
            f"A/P: {age(c)}yo {'F' if c.female else 'M'} w/ Parkinson's disease admitted w/ urosepsis and delirium.\n"
            f"# Delirium: likely multifactorial. Avoid benzos. Sinemet home dose. Geri c/s (Dr. {N(c.docs[1])}).\n"
            f"# Urosepsis: ceftriaxone -> cipro when sensitivities back.\n"
            f"# Dispo: from {O(pick(NURSING_HOMES))} ({L(c.town)}); CM {N(pick(FEMALE))} aware; likely back "
            f"{D(md(c.day(4)))} if stable.\n"
            f"Code: DNR/DNI (confirmed w/ HCP {N(c.dtr)} {N(c.last)} on {D(md(c.day(0)))})\n\n"
            f"{N(pick(MALE))} {N(pick(LAST))}, MD PGY-2 pager {P(phone('bare'))}\n")


def mim_dc(c):
    """MIMIC-III discharge summary; three different admissions (GI bleed, COPD, heart failure)."""
    a = c.adm
    dd = a + timedelta(days=R.randint(6, 14))
    dob = dob_for(c, a)
    v = variant("mim_dc")
    cc = [pick(['melena', 'black stools']), 'shortness of breath', 'leg swelling, dyspnea'][v]
    proc = [f"EGD {D(iso(a + timedelta(days=1)))}\nRight IJ CVL placement",
            "Intubation and mechanical ventilation\nArterial line",
            f"Right heart catheterization {D(iso(a + timedelta(days=2)))}"][v]
    hpi = [f"{age(c)} yo {'woman' if c.female else 'man'} with h/o CAD s/p MI ({Y(a.year - R.randint(3, 12))}), "
           f"AFib on coumadin, who presented to {O(c.osh[0])} with melena x 2 days. Hct there 21. Given 2 u PRBC, "
           f"vitamin K and transferred to {O(pick(['Beth Israel Deaconess', 'BIDMC', 'the Deaconess']))} for EGD. "
           f"Per {c.his} {c.spouse_word} {N(c.spouse)}, {c.he} had been more fatigued since {D('Thanksgiving')}.",
           f"{age(c)} y/o {'F' if c.female else 'M'} with severe COPD (FEV1 0.8 L, home O2 2L) who was found "
           f"by {c.his} {pick(['son ' + N(c.son), 'daughter ' + N(c.dtr)])} at home in {L(c.town)} on "
           f"{D(iso(a))} somnolent; EMS ({O(pick(['Fallon Ambulance', 'Boston EMS', 'Cataldo Ambulance']))}) found "
           f"sats in the 70s. Intubated in our ED for pH 7.18/pCO2 98. Last admission for COPD was at "
           f"{O(c.osh[1].title())} in {D(MON[(a.month + 7) % 12] + ' ' + str(a.year - 1))}.",
           f"{c.mr} {N(c.last)} is a {age(c)} year old with ischemic cardiomyopathy (EF 20%), ICD placed by "
           f"Dr. {N(c.docs[2])} in {Y(a.year - R.randint(1, 6))}, CKD, who presents with 15 lb weight gain over 3 weeks "
           f"after running out of torsemide; {c.his} pharmacy ({O(pick(PHARMACIES))}) had no refills on file. "
           f"{c.his.capitalize()} cardiologist is Dr. {N(c.docs[1])} at {O(c.osh[0])}."][v]
    course = ["1. UGIB: EGD showed 2 gastric ulcers, one with visible vessel, clipped. H. pylori serology sent. "
              "Transfused total 4 u.\n2. AFib: coumadin held; discussed with cardiologist "
              f"Dr. {N(c.docs[2])} who agrees to restart in 2 weeks.",
              "1. Hypercarbic respiratory failure: extubated on HD 3 to BiPAP, then 2L NC. Steroid taper, azithro.\n"
              f"2. Goals of care: family meeting {D(iso(a + timedelta(days=4)))} with HCP, full code maintained. "
              f"Pulmonary (Dr. {N(c.docs[2])}) to see in clinic.",
              "1. Acute on chronic systolic CHF: diuresed 11 L with lasix gtt, then torsemide 40 daily. "
              f"RHC {D(iso(a + timedelta(days=2)))}: RA 18, PCWP 30, CI 1.8.\n2. CKD: Cr peak 2.4. "
              f"Discussed with Dr. {N(c.docs[2])}'s office re: transplant evaluation at {O(pick(['Brigham', 'MGH', 'Tufts']))}."][v]
    dx = ["Upper GI bleed", "COPD exacerbation\nHypercarbic respiratory failure", "Acute on chronic systolic heart failure"][v]
    svc = ["GASTROENTEROLOGY", "PULMONARY", "CARDIOLOGY"][v]
    dispo = (f"Extended Care\n\nFacility:\n{O(pick(NURSING_HOMES))} - {L(pick(TOWNS))}" if v != 2 else
             f"Home With Service\n\nFacility:\n{O(pick(['Caritas Home Care', 'VNA Care Network', 'Partners Home Care']))}")
    return (f"Admission Date:  {D(iso(a))}              Discharge Date:   {D(iso(dd))}\n\n"
            f"Date of Birth:  {D(iso(dob))}             Sex:   {'F' if c.female else 'M'}\n\n"
            f"Service: MEDICINE\n\nAllergies:\n{pick(['Sulfa (Sulfonamide Antibiotics) / Codeine', 'Patient recorded as having No Known Allergies to Drugs', 'Penicillins'])}\n\n"
            f"Attending:{N(c.docs[0])}.\n\nChief Complaint:\n{cc}\n\n"
            f"Major Surgical or Invasive Procedure:\n{proc}\n\n"
            f"History of Present Illness:\n{hpi}\n\n"
            f"Past Medical History:\n- CAD s/p cath {D(f'{R.randint(1, 12)}/{a.year - R.randint(2, 6)}')} with BMS to RCA\n"
            f"- Atrial fibrillation\n- Parkinson's disease, followed by Dr. {N(c.docs[1])}\n- Hypothyroidism\n\n"
            f"Social History:\nLives with {c.spouse_word} in {L(c.town)}. Retired {pick(['longshoreman', 'librarian', 'firefighter'])}. "
            f"Former smoker, quit {Y(a.year - R.randint(10, 30))}. No EtOH.\n\n"
            f"Family History:\n{pick(['Brother with colon CA.', 'Mother with MI at 60.', 'Noncontributory.'])}\n\n"
            f"Pertinent Results:\n{D(iso(a))} 04:40PM   HCT-23.4\n{D(iso(a + timedelta(days=2)))} 06:10AM   HCT-30.1\n\n"
            f"Brief Hospital Course:\n{course}\n\n"
            f"Discharge Medications:\n1. Pantoprazole 40 mg PO Q12H\n2. Metoprolol 25 mg PO BID\n3. Levothyroxine 75 mcg PO daily\n\n"
            f"Discharge Disposition:\n{dispo}\n\n"
            f"Discharge Diagnosis:\n{dx}\n\n"
            f"Followup Instructions:\nProvider: {N(c.docs[3].upper())}, {N(pick(['JAMES', 'RITA', 'OWEN']))} [{svc}] "
            f"Phone:{P(phone('area'))} Date/Time:{D(iso(dd + timedelta(days=21)))} 10:30\n"
            f"Provider: Dr. {N(c.docs[1])} (PCP) within 1 week, {P(phone('area'))}\n"
            f"Prescriptions were sent to {O(pick(PHARMACIES))} in {L(c.town)}.\n\n"
            f"{N(pick(MALE + FEMALE))} {N(c.docs[0])} MD {I(str(R.randint(10000000, 99999999)))}\n"
            f"Completed by:{D(iso(dd))}\n")


def npn_f(c):
    """Short night note ending in a floor transfer; names inside abbreviations, possessives."""
    k = c.docs[0]
    return (f"NPN 11P-7A\n"
            f"PT SLEPT IN NAPS, NO C/O PAIN. HR 70-80S SR, BP 120-140/70S. RA SATS 95%. "
            f"VOIDING VIA URINAL. AM LABS SENT.\n"
            f"PER DR. {N(k[0])} (FELLOW) PT OK TO GO TO FLOOR TODAY - DR {N(k)}'S TEAM WILL FOLLOW. "
            f"BED ASSIGNED: {pick(['FARR 7', 'REISMAN 11', 'CC 7'])}, RM {R.randint(700, 760)}. REPORT TO "
            f"{N(pick(FEMALE))} RN @ 0630.\n"
            f"{pick(['SON ' + N(pick(['WILL', 'BILL'])), 'DTR ' + N(pick(['BROOK', 'HOPE']))])} NOTIFIED OF TRANSFER AT {P(phone('area'))}, "
            f"WILL BRING {c.his.upper()} GLASSES + DENTURES. ALSO ASKED THAT {O(c.osh[2])} RECORDS FROM {D(md(c.day(-3)))} "
            f"ADMIT BE FAXED TO DR {N(c.docs[1])}.\n"
            f"{maybe(0.5, 'GLASGOW 15. ')}SEEN {D(md(c.day(1)))} BY PT, AMB W/ WALKER.\n"
            f"--{N(c.nurses[0])} RN")


def npn_g(c):
    """Mixed-case run-on note with typos, a misspelled doctor and a priest."""
    doc = c.docs[0]
    typo = doc[:-1] if len(doc) > 6 else doc + doc[-1]
    return (f"Nsg note 7p-7a: pt had a quiet noc untill approx 0300 when {c.he} became increasingly anxious, "
            f"tachy to 120s, c/o sob. ABG 7.46/31/64 on 4l nc, placed on 50% face tent, sats up to 94%. "
            f"Dr {N(typo)} (covering for Dr. {N(doc)}) in to see pt, ordered cta, pt went to ct at 0415 accompanied "
            f"by rn and resp. cta neg for pe per prelim read. given ativan 0.5 iv w/ good effect. {c.his} "
            f"{pick(['daughter', 'dtr'])} {N(c.dtr)} called at 0500 , updated , she will call {c.his} brother "
            f"{N(c.son)} in {oos(c)} . Pt requesting Father {N(pick(['Doherty', 'Mulcahy', 'Okonkwo', 'Petrakis']))} "
            f"from {O(pick(['St. Gregory parish', 'Holy Name Church', 'St. Ann Church']))} - pastoral care paged, "
            f"message left at {P(phone('bare'))}. "
            f"foley draining cloudy urine, ua/ucx sent. pt is a {age(c)}yo {'f' if c.female else 'm'} whose baseline per "
            f"family is A&O x3, lives alone at {AD(str(R.randint(2, 300)) + ' ' + pick(STREETS))} in {L(c.town)}, "
            f"drives, plays cards at the senior center on Tues. Last hospitalization {O(c.osh[1].title())} "
            f"{D(pick(MON[:12]) + ' ' + str(c.adm.year - 1))} for pna. will cont to monitor resp status closely.\n"
            f"{N(pick(FEMALE))} {N(pick(LAST))}, RN")


def sys_h(c):
    """CSRU post-op note on a nonagenarian, upper case."""
    if c.age < 90:
        c.age = R.randint(90, 96)
    hope = pick(["HOPE", "BROOK", "MAY", "ROSE"])
    return (f"CSRU NURSING NOTE 7A-7P\n"
            f"{age(c)} YO {'F' if c.female else 'M'} POD #1 S/P {pick(['AVR (21MM CE)', 'CABG X3', 'MVR'])} "
            f"{D(md(c.day(0)))} BY DR. {N(c.docs[0])}. PREOP CATH AT {O(c.osh[2])} {D(md(c.day(-6)))}.\n"
            f"NEURO: AWAKE, NODS APPROPRIATELY, MAE. NO SEDATION SINCE EXTUBATION @ 0930.\n"
            f"CV: AV PACED 88, UNDERLYING SB 40S. NEO 0.5 MCG/KG/MIN WEANED TO OFF @ 1400. CT W/ 30-50CC/HR SEROSANG. "
            f"SWAN-GANZ PULLED BACK TO 20CM, CORDIS REMAINS.\n"
            f"RESP: 4L NP, SATS 96%. IS 500ML. CPT DONE.\n"
            f"ENDO: INSULIN GTT PER PROTOCOL, BS 110-150.\n"
            f"SOCIAL: DTR {N(hope)} (HCP) AND GRANDDAUGHTER {N(pick(FEMALE))} {N(pick(LAST))} IN. {N(hope)} HOPES TO TAKE "
            f"PT HOME TO {L(c.town.upper())} VS REHAB AT {O(pick(NURSING_HOMES).upper())}. "
            f"HER # {P(phone('area'))}. PT'S DOG IS BEING WATCHED BY NEIGHBOR {N(pick(MALE))}.\n"
            f"PLAN: D/C CT'S IN AM, OOB TO CHAIR, ? TRANSFER TO {pick(['F2', 'FARR 6'])} {D(md(c.day(2)))}.\n"
            f"{N(c.nurses[1])}")


def out_e(c):
    """Endocrinology consult letter with family history of a nonagenarian parent."""
    d = c.adm
    pcp = c.docs[0]
    par = R.randint(90, 101)
    return (f"Record date: {D(iso(d))}\n\n"
            f"{O(pick(['Lindqvist Diabetes Center', 'Bayside Endocrine Associates', 'Harwick Endocrinology']))}\n"
            f"Telephone {P(phone('area'))}\n\n"
            f"{D(longd(d))}\n\n"
            f"Dear Dr. {N(pcp)},\n\n"
            f"Thank you for referring your patient, {c.mr} {N(c.first)} {N(c.last)}, whom I saw today for poorly controlled "
            f"type 2 diabetes. {c.he.capitalize()} was diagnosed during a hospitalization at {O(c.osh[0])} in "
            f"{Y(d.year - R.randint(6, 15))} and has been on insulin since {Y(d.year - R.randint(1, 5))}. "
            f"Home glucose readings brought today range 180-320. {c.he.capitalize()} reports two episodes of "
            f"hypoglycemia in {D(MON[(d.month + 10) % 12])}, one requiring help from {c.his} {c.spouse_word}, {N(c.spouse)}.\n\n"
            f"Family history is notable for diabetes in {c.his} mother, who is living at {A(par)} in a nursing home in "
            f"{L(pick(TOWNS))}, and in a brother.\n\n"
            f"Socially, {c.he} is a {pick(['dispatcher', 'line cook', 'paralegal', 'pipefitter'])} at "
            f"{employer()}, works rotating shifts, and lives in "
            f"{L(c.town)}. {c.he.capitalize()} has two sons, {N(c.son)} and {N(pick(MALE))}.\n\n"
            f"Impression and plan: Switch NPH to glargine 30 units qhs with lispro per carbohydrate count; CGM "
            f"prescription sent to {O(pick(PHARMACIES))}. Our nurse educator, {N(pick(FEMALE))} {N(pick(LAST))}, RN, CDE, "
            f"will call {c.him} at {P(phone('paren'))} next week. I will see {c.him} again on {D(mdy0(d + timedelta(days=42)))}.\n\n"
            f"With best regards,\n\n{N(pick(MALE + FEMALE))} {N(c.docs[2])}, MD\n"
            f"cc: {c.mr} {N(c.last)}\n")


def dis_d(c):
    """All-caps i2b2-2006 discharge summary (orthopaedics)."""
    a = c.adm
    dd = a + timedelta(days=R.randint(3, 6))
    return (f"{I(str(R.randint(100000000, 999999999)))} {O(pick(['OMH', 'CTMC', 'PUMC']))}\n{I(str(R.randint(10000000, 99999999)))}\n"
            f"DISCHARGE SUMMARY\n\nPATIENT NAME: {N(c.last)} , {N(c.first)}\nUNIT NUMBER: {I(mrn())}\n"
            f"ADMISSION DATE: {D(mdy0(a))}\nDISCHARGE DATE: {D(mdy0(dd))}\n"
            f"PRINCIPAL DIAGNOSIS: LEFT FEMORAL NECK FRACTURE.\n"
            f"HISTORY OF PRESENT ILLNESS: THE PATIENT IS A {age(c)} YEAR OLD {'FEMALE' if c.female else 'MALE'} WHO TRIPPED "
            f"OVER {c.his} GRANDSON'S TOY AT HOME IN {L(c.town)} ON THE EVENING OF {D(mdy0(a))}. {c.he} WAS BROUGHT BY "
            f"{O(pick(['Fallon Ambulance', 'Brewster Ambulance', 'Cataldo Ambulance']))} TO THE EMERGENCY DEPARTMENT.\n"
            f"PAST MEDICAL HISTORY: PARKINSON'S DISEASE, OSTEOPOROSIS, HYPERTENSION, {'TOTAL ABDOMINAL HYSTERECTOMY' if c.female else 'TURP'} IN "
            f"{Y(a.year - R.randint(20, 35))}.\n"
            f"HOSPITAL COURSE: ON {D(mdy0(a + timedelta(days=1)))} THE PATIENT UNDERWENT LEFT HIP HEMIARTHROPLASTY BY DR. "
            f"{N(c.docs[0])} WITHOUT COMPLICATION. FOLEY CATHETER REMOVED POSTOPERATIVE DAY 2. PHYSICAL THERAPY "
            f"(PT) WORKED WITH THE PATIENT DAILY.\n"
            f"DISPOSITION: TO {O(pick(NURSING_HOMES))} FOR REHABILITATION.\n"
            f"FOLLOW UP: DR. {N(c.docs[0])} IN SIX WEEKS; PRIMARY CARE DR. {N(c.docs[1])} AT {O(pick(['Brookside Health Center', 'Whittier Street Health Center', 'Harbor Medical Associates']))}.\n\n"
            f"{N(c.docs[0])} , {N(pick(['KENNETH', 'MARISA', 'PHILIP']))} , M.D.\n"
            f"DICTATING FOR : {N(c.docs[0])} , M.D.\n"
            f"TR : {N(pick('abcdefgh') + pick('klmnpqrst'))}\nDD : {D(mdy0(dd))}\nTD : {D(mdy0(dd + timedelta(days=1)))} 3:44 P\n"
            f"CC : DR. {N(c.docs[1])}\n")


def mim_progress3(c):
    """CCU fellow / attending note."""
    d = c.day(1)
    kid = pick(["Will", "Hope", "Brook", "Bill", "Grant"])
    return (f"CCU Fellow Note\n"
            f"Chief Complaint: STEMI\n"
            f"HPI: {age(c)} y/o {'F' if c.female else 'M'} with HTN, DM who developed chest pain while shoveling snow on "
            f"{D(md(c.day(0)))}; went to {O(c.osh[1].title())} where ECG showed inferior STE. Transferred by "
            f"{O('Boston MedFlight')} for primary PCI; cath by Dr. {N(c.docs[0])} showed 100% RCA, DES x2.\n"
            f"24 Hour Events:\n- Groin with small hematoma, held pressure 20 min\n- Integrilin completed {D(mdy0(d))} 02:00 AM\n"
            f"- Outpatient cardiologist Dr. {N(c.docs[1])} ({O(pick(['Cardiovascular Associates of Quincy', 'Tri-Town Cardiology', 'Northshore Heart Group']))}) "
            f"called, will see pt after d/c\n"
            f"Social: lives in {L(c.town)} with {c.spouse_word} {N(c.spouse)}; {'daughter' if kid in ('Hope', 'Brook') else 'son'} "
            f"{N(kid)} is a nurse at {O(c.osh[0])}. Home meds filled at {O(pick(PHARMACIES))} in {L(pick(TOWNS))}.\n"
            f"Labs: CK 2450 -> 1980, MB 210, TropT 4.8\nEcho {D(mdy0(d))}: EF 45%, inferior HK\n"
            f"Assessment and Plan:\nSTEMI s/p DES to RCA: ASA, Plavix x 12 mo, atorva 80, metoprolol. Cardiac rehab referral to "
            f"{O(pick(['Quincy Medical Center', 'Harwick General', 'Milton Hospital']))}.\n"
            f"Code status: Full (confirmed with {c.spouse_word} and {N(kid)})\n"
            f"Communication: {c.spouse_word.capitalize()} {P(phone('paren'))}\nDisposition: CCU for now, floor {D(md(c.day(2)))}\n"
            f"{N(pick(MALE + FEMALE))} {N(c.docs[2])}, MD\nCardiology Fellow, pager {P(phone('bare'))}\n")


# ---------------------------------------------------------------- MIMIC-III ancillary

RAD_FINDINGS = {
    "CHEST (PORTABLE AP)": "FINDINGS: Right IJ catheter tip in SVC. Swan-Ganz catheter has been removed. ET tube 4 cm above "
                           "carina. Dobhoff tube tip in stomach. Bibasilar atelectasis. No pneumothorax.\n"
                           "IMPRESSION: Lines and tubes in standard position.",
    "CT HEAD W/O CONTRAST": "FINDINGS: Stable 8 mm right frontal subdural hematoma without midline shift. No new hemorrhage. "
                            "Ventricles and sulci prominent, consistent with age.\nIMPRESSION: No interval change.",
    "CT ABDOMEN W/CONTRAST": "FINDINGS: Dilated small bowel loops to 3.4 cm with transition point in the right lower "
                             "quadrant. NG tube tip in stomach. Foley catheter in decompressed bladder.\n"
                             "IMPRESSION: Partial small bowel obstruction, slightly improved.",
}


RAD_DX = {"CHEST (PORTABLE AP)": ("PNEUMONIA", "intubated, aspiration, transferred from"),
          "CT HEAD W/O CONTRAST": ("SUBDURAL HEMATOMA", "s/p fall at"),
          "CT ABDOMEN W/CONTRAST": ("SBO", "with abdominal distension, resident of")}


def rad(c):
    d = c.day(1)
    old = pick(["CT HEAD W/O CONTRAST", "CHEST (PORTABLE AP)", "CT ABDOMEN W/CONTRAST"])
    return (f"{D(iso(d))} 3:12 AM\n{old}{' ' * 20}Clip # {I(str(R.randint(100000, 999999)))}\n"
            f"Reason: eval for interval change\nAdmitting Diagnosis: {RAD_DX[old][0]}\n"
            f"{'_' * 40}\nMEDICAL CONDITION:\n  {age(c)} year old {'woman' if c.female else 'man'} "
            f"{RAD_DX[old][1]} {O(pick(NURSING_HOMES))}\n"
            f"FINAL REPORT\nINDICATION: Follow-up.\n"
            f"COMPARISON: {D(iso(c.day(0)))} and outside study from {O(c.osh[0])} dated {D(mdy(c.day(-1)))}.\n"
            f"{RAD_FINDINGS[old]}\n"
            f"These findings were discussed with Dr. {N(c.docs[0])} "
            f"by Dr. {N(c.docs[1])} by telephone at 3:30 AM on {D(iso(d))}.\n"
            f"DR. {N(c.docs[2].upper())} {N(pick(['K', 'J', 'R']) + '.')}\nDR. {N(pick(['HANNAH', 'VIKRAM', 'OREN']))} {N(c.docs[3].upper())}\n"
            f"Approved: {d.strftime('%a')} {D(MON[d.month - 1][:3] + ' ' + str(d.day) + ' ' + str(d.year))} 9:14 AM\n")


def echo(c):
    d = c.day(2)
    return (f"PATIENT/TEST INFORMATION:\nIndication: Endocarditis, r/o vegetation.\n"
            f"Height: (in) 66\nWeight (lb): 170\nBP (mm Hg): 118/64\nHR (bpm): 84\n"
            f"Status: Inpatient\nDate/Time: {D(iso(d))} at 11:20\nTest: TEE (Complete)\nDoppler: Full Doppler and color Doppler\n"
            f"Contrast: None\nTechnical Quality: Adequate\n\n"
            f"REFERRING PHYSICIAN: {N(c.docs[0])}, {N(pick(['ALAN', 'BEATRIZ', 'CHUN']))}\nPrimary care: Dr. {N(c.docs[1])}, "
            f"{O(pick(['Codman Square Health Center', 'Harvard Vanguard Kenmore', 'Dimock Center']))}\nMRN: {I(mrn())}\n\n"
            f"INTERPRETATION:\nFindings:\nLEFT ATRIUM: No spontaneous echo contrast or thrombus in the LA/LAA.\n"
            f"LEFT VENTRICLE: Normal LV wall thickness. LVEF >55%. Simpson's biplane not performed.\n"
            f"AORTIC VALVE: Mildly thickened aortic valve leaflets. 0.8 cm mobile echodensity on ventricular side. "
            f"Mild to moderate (1+-2+) AR.\n\n"
            f"Conclusions:\nCompared with the prior TTE of {D(mdy(c.day(-R.randint(100, 600)), short=True))} "
            f"(done at {O(c.osh[1].title())}), the aortic vegetation is new. Results discussed with Dr. {N(c.docs[2])} "
            f"at 12:05 and with the patient's {c.spouse_word}, {N(c.spouse)}, at {c.his} request.\n\n"
            f"Electronically signed by {N(pick(MALE + FEMALE))} {N(c.docs[3])}, MD, Interpreting physician {D(mdy0(d))} 14:41\n")


def ecg(c):
    d = c.day(0)
    return (f"Sinus rhythm with first degree A-V block. Left axis deviation. Old inferior myocardial infarction. "
            f"Compared to the previous tracing of {D(mdy0(d - timedelta(days=R.randint(30, 900))))} the ventricular rate "
            f"has increased. Otherwise, no diagnostic interim change. Clinical correlation is suggested.\n"
            f"Read by: {N(c.docs[0].upper())},{N(pick(['H', 'M', 'D', 'S']))}\n"
            f"  Intervals Axes\nRate PR QRS QT/QTc P QRS T\n74 214 96 390/414 55 -41 30\n\n"
            f"Tracing #{I(str(R.randint(1, 3)) + str(R.randint(10000, 99999)))} obtained {D(mdy0(d))} 06:12 in MICU; "
            f"copy faxed to Dr. {N(c.docs[1])} at {O(c.osh[0])} cardiology, fax {P(phone('area'))}. "
            f"Pt name on tracing: {N(c.last.upper())}, {N(c.first.upper())}; DOB "
            f"{D(mdy0(dob_for(c, d)))}. Age on tracing "
            f"{age(c)}.\n")


def casemgmt(c):
    d = c.day(6)
    nh = pick(NURSING_HOMES)
    cm = pick(FEMALE)
    ins = pick(["Tufts Health Plan", "Harvard Pilgrim", "Blue Cross Blue Shield of Massachusetts", "MassHealth", "Neighborhood Health Plan"])
    return (f"Case Management Note\n"
            f"Pt is a {age(c)} y/o {'F' if c.female else 'M'} admitted {D(md(c.day(0)))} with "
            f"{pick(['CHF', 'COPD flare', 'hip fx'])}, anticipated d/c {D(md(d + timedelta(days=1)))}. "
            f"CM met with pt and {c.his} {kid(c)} at bedside.\n"
            f"Prior to admission pt lived alone at {AD(f'{R.randint(2, 400)} {pick(STREETS)}')}, Apt {R.randint(1, 12)}, "
            f"{L(c.town)}, {S('MA')} {Z(ZIPS[c.town])}, 2nd floor walk-up. Had VNA from {O(pick(['Old Colony Hospice & VNA', 'VNA Care Network', 'Community VNA of Attleboro']))} 2x/wk "
            f"and homemaker through {O(pick(['Elder Services of the Merrimack Valley', 'South Shore Elder Services', 'Ethos']))}.\n"
            f"Insurance: {O(ins)}, member ID {I(pick(['XQB', 'MHP', 'TUF']) + str(R.randint(100000000, 999999999)))}.\n"
            f"PT recommends short-term rehab. Referrals faxed {D(md(d))} to {O(nh)}, {O(pick([x for x in NURSING_HOMES if x != nh]))} "
            f"and {O(pick(['Hebrew Rehab', 'Spaulding Rehab', 'Braintree Rehab']))}. Bed offer pending.\n"
            f"HCP: daughter {N(c.dtr)} {N(c.last)}, cell {P(phone('area'))}; alt contact niece "
            f"{N(pick(['Hope', 'Brook', 'May']))} {N(pick(LAST))} {P(phone('area'))}.\n"
            f"Will continue to follow for d/c planning.\n"
            f"{N(cm)} {N(pick(LAST))}, RN, BSN, Case Manager, pager {P(phone('bare'))}\n")


def nutrition(c):
    d = c.day(3)
    rd = pick(FEMALE)
    return (f"Nutrition:\nAssessment of Nutrition Status: pt at moderate nutrition risk. Consult received from "
            f"Dr. {N(c.docs[0])} re: TF recs.\n"
            f"Pt is {age(c)} yo {'F' if c.female else 'M'} w/ PMH significant for "
            f"Parkinson's, dysphagia, adm {D(md(c.day(0)))} w/ aspiration PNA.\n"
            f"Diet Order: NPO. Dobhoff placed {D(md(c.day(1)))}, position confirmed by CXR.\n"
            f"Height: 5'4\" Admit weight: 58 kg. Usual weight: 64 kg ({D(MON[(d.month + 6) % 12] + ' ' + str(d.year - 1))}, "
            f"per records from {O(c.osh[0])}). Wt loss 9% x 6 mo.\n"
            f"Estimated needs: 1450-1740 kcal (25-30 kcal/kg), 70-87 g protein (1.2-1.5 g/kg). Mifflin-St Jeor x 1.2 = 1390.\n"
            f"Per {c.his} {kid(c)}, pt was eating 50% of meals at "
            f"{O(pick(NURSING_HOMES))} and drinking Ensure bid.\n"
            f"Recommendations:\n1. Start Nutren 1.0 @ 20 mL/h, advance by 10 mL q4h to goal 65 mL/h.\n"
            f"2. Free water 150 mL q6h.\n3. Check weights 3x/wk.\n4. SLP re-eval prior to d/c.\n"
            f"Will follow up {D(md(d + timedelta(days=2)))}. Pager {P(phone('bare'))}.\n"
            f"{N(rd)} {N(pick(LAST))}, MS, RD, LDN\n")


# ---------------------------------------------------------------- assembly

PLAN = ([("physionet_npn", f, "upper") for f in (npn_a, npn_b, npn_c, npn_d, npn_f) for _ in range(2)]
        + [("physionet_npn", npn_a, "upper")]
        + [("physionet_npn", npn_e, "mixed"), ("physionet_npn", npn_g, "mixed")]
        + [("physionet_systems", f, "upper") for f in (sys_a, sys_b, sys_d, sys_h) for _ in range(2)]
        + [("physionet_systems", sys_c, "lower")] * 2
        + [("physionet_systems", sys_e, "mixed"), ("physionet_npn", npn_g, "lower")]
        + [("i2b2_outpatient", f, "as_is") for f in (out_a, out_b, out_c, out_d, out_e) for _ in range(3)]
        + [("i2b2_discharge", f, "as_is") for f in (dis_a, dis_b, dis_c) for _ in range(2)]
        + [("i2b2_discharge", dis_d, "upper")] * 2 + [("i2b2_discharge", dis_c, "upper")] * 2
        + [("mimic_physician", f, "as_is") for f in (mim_progress, mim_progress2, mim_dc, mim_progress3) for _ in range(3)][:10]
        + [("mimic_ancillary", f, "as_is") for f in (rad, echo, ecg, casemgmt, nutrition) for _ in range(2)])


def main():
    out = []
    for n, (style, fn, case) in enumerate(PLAN, 1):
        future = style.startswith("i2b2") or style.startswith("mimic") and R.random() < 0.7
        c = Ctx(future=future)
        if R.random() < 0.2:
            c.age = R.randint(90, 99)
        marked = fn(c)
        if case == "upper":
            marked = recase(marked, str.upper)
        elif case == "lower":
            marked = recase(marked, str.lower)
        text, spans = strip(marked)
        out.append({"id": f"h20-{n:03d}", "style": style, "text": text, "spans": spans})
    for rec in out:
        print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__":
    main()
