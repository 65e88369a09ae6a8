"""Hold-out set 14: 70 blind de-identification notes in the manner of the public benchmarks (PhysioNet
ICU nursing notes of the MIMIC-II era, i2b2 discharge summaries, dictated reports), written from scratch.

Half the notes are upper-case ICU nursing progress notes from a Boston-area teaching hospital in the
2000s (systems review, run-on, timed events, family updates, transfer notes); then mixed-case discharge
summaries, headed imaging and procedure reports, and quickly typed lower-case notes and phone calls. Fourteen
invented patients recur across styles with their relatives, nurses, residents, attendings and PCPs.

Gold follows HIPAA Safe Harbor: NAME (people; titles, credentials and relations outside the span), DATE
(weekdays are not PHI here, holidays are), YEAR (bare years), AGE (over 89 only), PHONE (pagers too), ID
(record, accession, account numbers), ADDRESS (street line), LOCATION (town, city, country of residence or
origin), STATE, ZIP, ORGANIZATION (hospitals, clinics, nursing homes, rehab, agencies, employers, pharmacies,
churches), EMAIL, URL. Eponyms, devices, drugs and word-names used as terms (Foley, Swan, Whipple, Glasgow,
Jackson-Pratt, Austin Flint, rusty sputum, will cont...) stay outside gold.

Usage: python tests/data/generate_holdout14_notes.py > tests/data/holdout14_notes_gold.jsonl
"""

# Note templates keep a note's line on one source line where they can, so it reads as the note does.
# ruff: noqa: E501

from __future__ import annotations

import datetime as dtm
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from marks import m, strip  # noqa: E402

SEED = 140014
R = random.Random(SEED)

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def pick(seq):
    return R.choice(seq)


def maybe(p: float) -> bool:
    return R.random() < p


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fdate(d: dtm.date, form: str | None = None) -> str:
    """A date written one of the ways notes write them, marked DATE."""
    form = form or pick(["md", "md", "mdy", "mdy2", "dash", "long", "abbr", "ord", "mdyy"])
    text = {
        "md": f"{d.month}/{d.day}",
        "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "mdy2": f"{d.month}/{d.day}/{d.year}",
        "mdyy": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "dash": f"{d.month}-{d.day}",
        "long": f"{MONTHS[d.month - 1]} {d.day}",
        "longy": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "abbr": f"{MONTHS[d.month - 1][:3]} {d.day}",
        "ord": ordinal(d.day),
        "iso": f"{d.year}-{d.month:02d}-{d.day:02d}",
        "dmy": f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}",
        "monyear": f"{MONTHS[d.month - 1]} {d.year}",
    }[form]
    return m("DATE", text)


def fphone(digits: str, form: str | None = None) -> str:
    a, b, c = digits[:3], digits[3:6], digits[6:]
    form = form or pick(["dash", "dash", "paren", "space", "dot", "plain", "local"])
    text = {
        "dash": f"{a}-{b}-{c}",
        "paren": f"({a}) {b}-{c}",
        "space": f"{a} {b} {c}",
        "dot": f"{a}.{b}.{c}",
        "plain": digits,
        "local": f"{b}-{c}",
    }[form]
    return m("PHONE", text)


def ph(area: str, block: int) -> str:
    """A fictional 555-01xx number in ``area`` (``block`` only varies the draw)."""
    return f"{area}5550{R.randint(100, 199) if block else 100}"


def nm(s: str) -> str:
    return m("NAME", s)


def org(s: str) -> str:
    return m("ORGANIZATION", s)


def loc(s: str) -> str:
    return m("LOCATION", s)


# ---------------------------------------------------------------- people and places


class P:
    """A person: first and last name, optional pager/phone."""

    def __init__(self, first: str, last: str, phone: str = "", pager: str = ""):
        self.first, self.last, self.phone, self.pager = first, last, phone, pager

    def full(self) -> str:
        return nm(f"{self.first} {self.last}")

    def dr(self, form: str | None = None) -> str:
        form = form or pick(["Dr. L", "Dr L", "Dr. F L", "DR L", "Dr. L"])
        if form == "Dr. F L":
            return f"Dr. {nm(self.first + ' ' + self.last)}"
        if form == "L":
            return nm(self.last)
        return form.replace("L", "") + nm(self.last)


HOSP = {"full": "Commonwealth General Hospital", "short": "Commonwealth General", "abbr": "CGH"}


def here(form: str | None = None) -> str:
    form = form or pick(["full", "short", "abbr", "abbr", "bracket"])
    if form == "bracket":
        return "[" + org(HOSP["short"]) + "]"
    return org(HOSP[form])


ATT = {
    "raman": P("Priya", "Raman", pager="42871"),
    "fox": P("Elaine", "Fox", pager="31190"),
    "tyler": P("Samuel", "Tyler", pager="36604"),
    "greenberg": P("David", "Greenberg", pager="30457"),
    "castillo": P("Hope", "Castillo", pager="44218"),
    "okafor": P("Benedict", "Okafor", pager="38822"),
    "hale": P("Richard", "Hale", pager="30981"),
}
RES = [
    P("Will", "Chen", pager="33417"),
    P("Sarah", "Lindqvist", pager="35102"),
    P("Arjun", "Mehta", pager="37719"),
    P("Grace", "Jackson", pager="32266"),
    P("Tom", "Brennan", pager="39051"),
    P("Nadia", "Haddad", pager="34480"),
]
NURSES = [
    P("Kathleen", "Moriarty"),
    P("Dawn", "Mitchell"),
    P("Faith", "O'Neil"),
    P("Deb", "Fitzgerald"),
    P("Kim", "Tran"),
    P("Joe", "Stone"),
    P("Maura", "Sullivan"),
    P("Lisa", "Ng"),
    P("Carol", "Wood"),
]
RADS = [P("Arthur", "Wexler"), P("Nina", "Patel"), P("Howard", "Lim")]

PATIENTS = [
    dict(
        key="hill",
        first="Walter",
        last="Hill",
        sex="M",
        age=78,
        mrn="4417823",
        town="Dorchester",
        st="MA",
        zip="02124",
        street="41 Adams St",
        admit=dtm.date(2007, 3, 11),
        att="raman",
        rel=[("WIFE", P("Grace", "Hill", "6175550142")), ("SON", P("Will", "Hill", "6175550119"))],
        pcp=P("Anne", "Kowalski"),
        clinic="Codman Square Health Center",
        osh="Carney Hospital",
        dispo="Harborside Rehabilitation Hospital",
        dx="CHOLANGITIS / SEPTIC SHOCK",
        unit="MICU",
        hx="CAD S/P CABG",
        hxyear=1998,
        employer="Boston Edison",
    ),
    dict(
        key="stone",
        first="Eleanor",
        last="Stone",
        sex="F",
        age=93,
        mrn="3390152",
        town="Quincy",
        st="MA",
        zip="02169",
        street="88 Hancock St Apt 4",
        admit=dtm.date(2006, 12, 21),
        att="greenberg",
        rel=[("DAUGHTER", P("Faith", "Brennan", "6175550187")), ("SON IN LAW", P("Rich", "Brennan", "6175550188"))],
        pcp=P("Robert", "Chin"),
        clinic="Quincy Medical Associates",
        osh="Quincy Bay Hospital",
        dispo="Cedar Hill Nursing Home",
        dx="UROSEPSIS / AFIB W RVR",
        unit="MICU",
        hx="CHF, DEMENTIA",
        hxyear=2001,
        employer="Stop & Shop",
    ),
    dict(
        key="day",
        first="Rusty",
        last="Day",
        sex="M",
        age=52,
        mrn="5126604",
        town="Revere",
        st="MA",
        zip="02151",
        street="17 Shirley Ave",
        admit=dtm.date(2008, 7, 2),
        att="raman",
        rel=[("GIRLFRIEND", P("Dawn", "Fox", "7815550166")), ("BROTHER", P("Dennis", "Day", "7815550171"))],
        pcp=P("Maria", "Santos"),
        clinic="Revere Family Health",
        osh="Whidden Memorial Hospital",
        dispo="home with VNA",
        dx="ETOH PANCREATITIS",
        unit="MICU",
        hx="ETOH ABUSE, HEP C",
        hxyear=2004,
        employer="MBTA",
    ),
    dict(
        key="wood",
        first="Margaret",
        last="Wood",
        sex="F",
        age=91,
        mrn="2201947",
        town="Lowell",
        st="MA",
        zip="01852",
        street="230 Pawtucket Blvd",
        admit=dtm.date(2009, 1, 14),
        att="greenberg",
        rel=[("DAUGHTER", P("Hope", "Sullivan", "9785550123")), ("GRANDSON", P("Austin", "Sullivan", "9785550124"))],
        pcp=P("Louise", "Tremblay"),
        clinic="Lowell Community Health Center",
        osh="Lowell Riverside Hospital",
        dispo="Mystic Valley Rehab",
        dx="R HIP FX / CHF",
        unit="floor",
        hx="AFIB ON COUMADIN",
        hxyear=2005,
        employer="",
    ),
    dict(
        key="jackson",
        first="Tyler",
        last="Jackson",
        sex="M",
        age=34,
        mrn="6028831",
        town="Austin",
        st="TX",
        zip="78704",
        street="1409 Barton Springs Rd",
        admit=dtm.date(2008, 10, 18),
        att="fox",
        rel=[("MOTHER", P("Joanne", "Jackson", "5125550133")), ("FIANCEE", P("Kayla", "Brooks", "5125550191"))],
        pcp=P("Mark", "Whitfield"),
        clinic="Travis Family Medicine",
        osh="Framingham Union Hospital",
        dispo="home",
        dx="MVC / POLYTRAUMA",
        unit="TSICU",
        hx="NONE",
        hxyear=2003,
        employer="Dell",
    ),
    dict(
        key="brown",
        first="Austin",
        last="Brown",
        sex="M",
        age=67,
        mrn="4873310",
        town="Brockton",
        st="MA",
        zip="02301",
        street="52 Belmont St",
        admit=dtm.date(2005, 5, 9),
        att="tyler",
        rel=[("WIFE", P("Linda", "Brown", "5085550115")), ("DAUGHTER", P("Jessica", "Brown", "5085550116"))],
        pcp=P("Peter", "Lavoie"),
        clinic="Brockton Family Practice",
        osh="Good Shepherd Hospital",
        dispo="home with VNA",
        dx="3VD S/P CABG X4",
        unit="CSRU",
        hx="DM2, HTN",
        hxyear=1999,
        employer="Shaw's",
    ),
    dict(
        key="medeiros",
        first="Rosa",
        last="Medeiros",
        sex="F",
        age=71,
        mrn="3305718",
        town="Fall River",
        st="MA",
        zip="02720",
        street="615 County St",
        admit=dtm.date(2007, 2, 3),
        att="raman",
        rel=[("DAUGHTER", P("Ana", "Medeiros", "5085550177")), ("SON", P("Paulo", "Medeiros", "5085550178"))],
        pcp=P("Jose", "Furtado"),
        clinic="Fall River Family Health",
        osh="Fall River Regional Hospital",
        dispo="home",
        dx="COPD EXACERBATION / HYPERCARBIC RESP FAILURE",
        unit="MICU",
        hx="COPD ON 2L HOME O2",
        hxyear=2002,
        employer="",
        origin="the Azores",
    ),
    dict(
        key="sharp",
        first="Joseph",
        last="Sharp",
        sex="M",
        age=96,
        mrn="1188402",
        town="Newton",
        st="MA",
        zip="02466",
        street="2014 Commonwealth Ave",
        admit=dtm.date(2008, 11, 24),
        att="greenberg",
        rel=[("NEPHEW", P("Daniel", "Sharp", "6175550155")), ("NIECE", P("Grace", "Lowry", "6175550156"))],
        pcp=P("Helen", "Marchetti"),
        clinic="Newton Geriatric Associates",
        osh="Auburndale Senior Residence",
        dispo="Auburndale Senior Residence",
        dx="UGIB / DUODENAL ULCER",
        unit="MICU",
        hx="AS, PARKINSON'S DISEASE",
        hxyear=1994,
        employer="",
    ),
    dict(
        key="nguyen",
        first="Patricia",
        last="Nguyen",
        sex="F",
        age=45,
        mrn="5560294",
        town="Malden",
        st="MA",
        zip="02148",
        street="9 Pleasant St",
        admit=dtm.date(2009, 6, 28),
        att="fox",
        rel=[("HUSBAND", P("Minh", "Nguyen", "7815550104"))],
        pcp=P("Rachel", "Goldstein"),
        clinic="Malden Family Medicine",
        osh="Melrose-Wakefield Hospital",
        dispo="home",
        dx="CROHN'S DISEASE / SBO",
        unit="floor",
        hx="CROHN'S",
        hxyear=1996,
        employer="Fidelity",
    ),
    dict(
        key="omalley",
        first="Francis",
        last="O'Malley",
        sex="M",
        age=63,
        mrn="4012276",
        town="South Boston",
        st="MA",
        zip="02127",
        street="77 K St",
        admit=dtm.date(2008, 4, 15),
        att="fox",
        rel=[("WIFE", P("Kathleen", "O'Malley", "6175550131")), ("SON", P("Brendan", "O'Malley", "6175550132"))],
        pcp=P("Steven", "Morse"),
        clinic="South Boston Community Health Center",
        osh="Carney Hospital",
        dispo="Marina Bay Rehab",
        dx="PANCREATIC HEAD MASS S/P WHIPPLE",
        unit="SICU",
        hx="HTN, GERD",
        hxyear=2000,
        employer="Gillette",
    ),
    dict(
        key="rich",
        first="Dolores",
        last="Rich",
        sex="F",
        age=58,
        mrn="2874461",
        town="Chelsea",
        st="MA",
        zip="02150",
        street="310 Broadway Apt 2R",
        admit=dtm.date(2006, 9, 1),
        att="greenberg",
        rel=[("SON", P("Marcus", "Rich", "6175550168")), ("SISTER", P("Yvonne", "Tate", "6175550169"))],
        pcp=P("Luis", "Ortega"),
        clinic="Chelsea Harbor Health Center",
        osh="Whidden Memorial Hospital",
        dispo="home",
        dx="DKA",
        unit="MICU",
        hx="DM1, ESRD ON HD",
        hxyear=1987,
        employer="Market Basket",
    ),
    dict(
        key="abernathy",
        first="Henry",
        last="Abernathy",
        sex="M",
        age=90,
        mrn="1043385",
        town="Wellesley",
        st="MA",
        zip="02481",
        street="19 Cottage St",
        admit=dtm.date(2007, 8, 30),
        att="castillo",
        rel=[("DAUGHTER", P("Caroline", "Webb", "7815550149")), ("SON", P("Edward", "Abernathy", "2075550102"))],
        pcp=P("Alan", "Pierce"),
        clinic="Wellesley Internal Medicine",
        osh="Newton-Wellesley Hospital",
        dispo="Bay State Hospice",
        dx="L MCA STROKE",
        unit="NEURO ICU",
        hx="AFIB OFF COUMADIN, HODGKIN'S LYMPHOMA",
        hxyear=1971,
        employer="",
    ),
    dict(
        key="doyle",
        first="Kevin",
        last="Doyle",
        sex="M",
        age=29,
        mrn="6611208",
        town="Somerville",
        st="MA",
        zip="02143",
        street="44 Highland Ave",
        admit=dtm.date(2009, 3, 7),
        att="raman",
        rel=[("MOTHER", P("Maureen", "Doyle", "6175550107")), ("FATHER", P("Kevin", "Doyle Sr.", "6175550108"))],
        pcp=P("Jennifer", "Hsu"),
        clinic="Union Square Family Health",
        osh="Mount Auburn Hospital",
        dispo="Gosnold Treatment Center",
        dx="OPIATE OD / ASPIRATION PNA",
        unit="MICU",
        hx="IVDU, HEP C",
        hxyear=2006,
        employer="Dunkin' Donuts",
    ),
    dict(
        key="austin",
        first="Mildred",
        last="Austin",
        sex="F",
        age=98,
        mrn="0937716",
        town="Framingham",
        st="MA",
        zip="01701",
        street="5 Maple St",
        admit=dtm.date(2005, 11, 20),
        att="greenberg",
        rel=[("SON", P("Gerald", "Austin", "5085550181")), ("DAUGHTER IN LAW", P("Diane", "Austin", "5085550182"))],
        pcp=P("Victor", "Salas"),
        clinic="Framingham Internal Medicine",
        osh="MetroWest Medical Center",
        dispo="Framingham Oaks Nursing Home",
        dx="PNA / HYPOXIA",
        unit="MICU",
        hx="GRAVES DISEASE S/P RAI, DEMENTIA",
        hxyear=1989,
        employer="",
    ),
]
PT = {p["key"]: p for p in PATIENTS}


def age_txt(p: dict, glue: str | None = None) -> str:
    """The patient's age: gold only when over 89."""
    a = str(p["age"]) if p["age"] <= 89 else m("AGE", p["age"])
    glue = glue if glue is not None else pick([" YO", "YO", " Y/O", " YEAR OLD"])
    return a + glue


def rel(p: dict, i: int = 0):
    return p["rel"][i]


def sex_word(p: dict) -> str:
    return "M" if p["sex"] == "M" else "F"


def he(p: dict) -> str:
    return "HE" if p["sex"] == "M" else "SHE"


def his(p: dict) -> str:
    return "HIS" if p["sex"] == "M" else "HER"


def mr(p: dict) -> str:
    return ("MR " if p["sex"] == "M" else pick(["MRS ", "MS "])) + nm(p["last"])


def nurse() -> P:
    return pick(NURSES)


def signoff() -> str:
    n = nurse()
    return pick(
        [
            f"{nm(n.first[0] + '. ' + n.last)} RN",
            f"--{nm(n.first[0] + n.last[0])}",
            f"{nm(n.first + ' ' + n.last)}, RN",
            f"{nm(n.last)} RN",
            f"/{nm(n.first[0] + n.last[0])}",
        ]
    )


def d(p: dict, off: int) -> dtm.date:
    return p["admit"] + dtm.timedelta(days=off)


# ------------------------------------------------ ICU clinical fragments (upper case after stripping)

NEURO = [
    "surg:A&OX3, MAE, FOLLOWING COMMANDS. PERRL. C/O INCISIONAL PAIN, MEDICATED W/ 2MG MSO4 WITH GOOD EFFECT.",
    "SEDATED ON PROPOFOL 30MCG/KG/MIN, OPENS EYES TO VOICE, NODS APPROPRIATELY. GLASGOW 10T.",
    "PT RESTLES AND AGITATED EARLY IN SHIFT, PULLING AT LINES, RECIEVED ATIVAN 1MG IV X2 W/ EFFECT. POSEY VEST ON.",
    "LETHARGIC BUT AROUSABLE, ORIENTED TO SELF ONLY. BASELINE PER FAMILY IS CONFUSED AT TIMES. NO SEIZURE ACTIVITY.",
    "ON FENTANYL 50MCG/HR AND VERSED 2MG/HR. WITHDRAWS TO PAIN X4. PUPILS 3MM BRISK.",
    "ALERT, ANXIOUS, ASKING APPROPRIATE QUESTIONS. HALDOL 2MG IV GIVEN AT 0200 FOR SUNDOWNING.",
    "surg:C/O SHARP PAIN AT INCISION 8/10, DILAUDID 0.5MG IV W/ RELIEF. MAE.",
    "etoh:CIWA 12-18, RECEIVING VALIUM PER SCALE. TREMULOUS, DIAPHORETIC. DENIES HALLUCINATIONS.",
]
CV = [
    "NSR 80-90S, NO ECTOPY. SBP 100-120 ON LEVOPHED .08MCG/KG/MIN, UNABLE TO WEAN. CVP 8-12.",
    "AFIB 110-130S, DILTIAZEM GTT @ 10MG/HR, RATE NOW 90S. SBP 110S. K 3.4 REPLETED W/ 40MEQ KCL.",
    "HR 60-70S SR W/ OCC PVCS. BP STABLE 130-150/60S. +PP BILAT, EXTREMITIES WARM.",
    "card:SWAN IN PLACE, PA 40/18, CI 2.1, SVR 1350. NEO OFF SINCE 0300. A-LINE DAMPENED, FLUSHED.",
    "ST 100-110S, FEBRILE. MAP >65 WITH 2L NS BOLUS. LEVO WEANED TO OFF AT 0500.",
    "card:PACED @ 80, EPICARDIAL WIRES INTACT, CT DRAINAGE 40CC/HR SEROSANG. HCT 27.1 -> 1U PRBC GIVEN.",
]
RESP = [
    "REMAINS INTUBATED ON AC 500X14, PEEP 5, FIO2 40%. SX FOR MOD AMT THICK TAN SECRETIONS. LS COARSE BILAT.",
    "ON CPAP+PS 5/5 SINCE 0600, RR 18-22, SATS 96%. ABG 7.41/38/102. PLAN TO EXTUBATE IF STABLE.",
    "4L NC, SATS 92-95%. COUGHING UP RUSTY SPUTUM, SENT FOR CX. DIMINISHED AT BASES.",
    "BIPAP 12/5 O/N, TOLERATING WELL. ABG 7.29/68/71 -> 7.34/59/80. DUONEBS Q4H.",
    "EXTUBATED TO 50% FACE TENT AT 1000, STRONG COUGH, YANKAUER AT BEDSIDE.",
    "card:CT TO -20 SX VIA PLEUREVAC, NO AIRLEAK. BREATH SOUNDS CLEAR UPPERS, DIMINISHED LLL.",
]
GI = [
    "ABD SOFT, NT/ND, +BS. TF VIA DOBHOFF @ 40CC/HR, GOAL 60. NO STOOL.",
    "NGT TO LCS DRAINING BILIOUS 300CC. NPO. PROTONIX IV. FLEXISEAL IN PLACE, BROWN STOOL.",
    "gi:GUAIAC + MAROON STOOL X2, HCT 24 -> 2U PRBC. GI AWARE, SCOPE IN AM.",
    "etoh:ABD DISTENDED, FIRM. LIPASE 1840. NPO, IVF @ 150CC/HR. FINGERSTICKS COVERED PER RISS.",
    "surg:TOL CLEAR LIQUIDS, +FLATUS. JACKSON-PRATT DRAIN TO BULB, 80CC SEROUS.",
]
GU = [
    "FOLEY PATENT DRAINING CLEAR YELLOW URINE 30-60CC/HR. BUN/CR 32/1.4.",
    "FOLEY D/C'D AT 0600, DUE TO VOID BY 1400. LASIX 40MG IV WITH 900CC RESPONSE.",
    "UO MARGINAL 15-20CC/HR, 500CC NS BOLUS GIVEN W/ MINIMAL RESPONSE. RENAL FOLLOWING.",
    "FOLEY CHANGED FOR LEAKING. UA SENT, CLOUDY. CR 2.3 FROM 1.8.",
    "VOIDING QS VIA URINAL. HX KIDNEY STONE, NO HEMATURIA. FLUID RESTRICTION 1.5L PER DAY.",
]
IDS = [
    "TMAX 101.8, PAN CX'D. ON VANCO/ZOSYN. WBC 18.2 FROM 14.",
    "AFEBRILE. CONT ON CEFTRIAXONE/AZITHRO DAY 3.",
    "T 100.4 AT 2200, BLOOD CX FROM HICKMAN AND PERIPHERAL SENT. FLAGYL ADDED FOR C DIFF.",
]
SKIN = [
    "COCCYX W/ STAGE II, DUODERM INTACT. TURNED Q2H.",
    "BAIR HUGGER ON FOR T 35.4.",
    "surg:MIDLINE INCISION OPEN TO AIR, STAPLES INTACT, NO DRAINAGE.",
    "MULTIPLE ECCHYMOSES ON ARMS, SKIN FRAGILE.",
]
NEURO_AWAKE = [
    "ALERT, ORIENTED X3, MAE, NO FOCAL DEFICITS.",
    "A&OX2-3, PLEASANT, FOLLOWS COMMANDS. PERRL.",
    "ALERT, FORGETFUL AT TIMES, REORIENTS EASILY. HALDOL 1MG PRN NOT NEEDED TODAY.",
]
RESP_OFF_VENT = [
    "2L NC, SATS 95-98%, LS CLEAR W/ DIMINISHED BASES.",
    "RA SATS 94%, STRONG COUGH, USING IS 750.",
    "3L NC, OCC RUSTY SPUTUM, NEBS Q6H.",
]
PLANS = [
    "WEAN LEVO AS TOL, F/U AM LABS, UPDATE FAMILY.",
    "CONT CURRENT MGMT. ? EXTUBATE IN AM.",
    "MONITOR HCT Q6H, CALL HO FOR HCT <25.",
    "WILL CONT TO MONITOR, PAIN CONTROL, PULM TOILET.",
    "TRANSFER TO FLOOR WHEN BED AVAIL.",
    "FAMILY MTG TOMORROW RE GOALS OF CARE. CONT SUPPORTIVE CARE.",
]
SHIFT = [
    "NPN 7P-7A",
    "NURSING PROGRESS NOTE 1900-0700",
    "MICU NPN 7A-7P",
    "NPN 0700-1900",
    "NSG NOTE 7P-7A",
    "NURSING PROGRESS NOTE",
    "NPN NIGHTS",
]


TAGS = {
    "hill": {"gi"},
    "stone": set(),
    "day": {"etoh"},
    "wood": {"surg"},
    "jackson": {"surg"},
    "brown": {"surg", "card"},
    "medeiros": set(),
    "sharp": {"gi"},
    "nguyen": {"surg"},
    "omalley": {"surg"},
    "rich": set(),
    "abernathy": set(),
    "doyle": {"etoh"},
    "austin": set(),
}
CUR: dict = {"tags": set()}


def ln(pool: list[str], k: int = 1) -> str:
    """``k`` fragments of ``pool`` that fit the current patient (a "tag:" prefix limits a fragment)."""
    fit = [x for x in pool if ":" not in x[:5] or x.split(":", 1)[0] in CUR["tags"]]
    return " ".join(x.split(":", 1)[1] if ":" in x[:5] else x for x in R.sample(fit, k))


def social_line(p: dict) -> str:
    rl, who = rel(p, 0)
    rl2, who2 = rel(p, 1) if len(p["rel"]) > 1 else rel(p, 0)
    opts = [
        f"{rl} {nm(who.first)} CALLED X2 O/N, UPDATED BY RN.",
        f"{rl} {nm(who.first)} IS HCP, # {fphone(who.phone)}.",
        f"FAMILY IN TO VISIT THIS EVENING, {rl} {nm(who.first)} AND {rl2} {nm(who2.first)}.",
        f"{rl} {who.full()} IN TO VISIT, VERY SUPPORTIVE. PHONE {fphone(who.phone)}.",
        f"NO CALLS FROM FAMILY O/N. {rl2} {nm(who2.first)} PLANS TO VISIT {pick(['TOMORROW', 'IN AM', 'AFTER WORK'])}.",
        f"{rl} CALLED FROM HOME IN {loc(p['town'])}, WANTS CALL IF ANY CHANGE: {fphone(who.phone)}.",
    ]
    return " ".join(R.sample(opts, 2))


def intro(p: dict) -> str:
    opts = [
        f"PT IS {age_txt(p)} {sex_word(p)} ADMITTED {fdate(d(p, 0))} FROM {org(p['osh'])} WITH {p['dx']}.",
        f"{age_txt(p)} {sex_word(p)} W/ PMH {p['hx']} ADMITTED TO {p['unit']} {fdate(d(p, 0))} W/ {p['dx']}.",
        f"PT IS A {age_txt(p, ' YEAR OLD')} {'MAN' if p['sex'] == 'M' else 'WOMAN'} TRANSFERRED FROM "
        f"{org(p['osh'])} ON {fdate(d(p, 0))} FOR {p['dx']}, HX {p['hx']} ({m('YEAR', p['hxyear'])}).",
        f"HD #{R.randint(2, 6)}, {p['dx']}. S/P {pick(['ERCP', 'EGD', 'CVL PLACEMENT', 'INTUBATION'])} "
        f"{fdate(d(p, 1))}.",
    ]
    return pick(opts)


def att_aware(p: dict) -> str:
    a = ATT[p["att"]]
    r = pick(RES)
    return pick(
        [
            f"DR {nm(a.last)} AWARE.",
            f"DR {nm(r.last)} AWARE.",
            "HO AWARE.",
            f"DR {nm(r.last)} (PAGER {m('PHONE', r.pager)}) AWARE.",
            f"TEAM AND DR {nm(a.last)} AWARE.",
            f"DR. {nm(a.first + ' ' + a.last)} IN TO SEE PT.",
        ]
    )


# ---------------------------------------------------------------- ICU styles


def icu_systems_npn(p: dict, off: int) -> tuple[str, str]:
    lines = [pick(SHIFT) + pick(["", f" {fdate(d(p, off), 'md')}", f"  {fdate(d(p, off), 'mdy')}"]), intro(p)]
    if maybe(0.4):
        lines.append(f"PCP DR {nm(p['pcp'].last)} AT {org(p['clinic'])}.")
    sysrev = [
        ("NEURO", NEURO, 2),
        ("CV", CV, 1),
        ("RESP", RESP, 1),
        ("GI", GI, 1),
        ("GU", GU, 1),
        ("ID", IDS, 1),
        ("SKIN", SKIN, 1),
    ]
    for head, pool, k in sysrev:
        if head in ("ID", "SKIN") and maybe(0.3):
            continue
        sep = pick([": ", ":", "- ", " "])
        extra = f" {att_aware(p)}" if head in ("CV", "GI") and maybe(0.35) else ""
        lines.append(f"{head}{sep}{ln(pool, k)}{extra}")
    lines.append(f"SOCIAL: {social_line(p)}")
    lines.append(f"PLAN: {pick(PLANS)}")
    lines.append(signoff())
    return "\n".join(lines), "upper"


def icu_runon_npn(p: dict, off: int) -> tuple[str, str]:
    rl, who = rel(p, 0)
    bits = [
        f"{pick(SHIFT)}: {intro(p)}",
        f"NEURO {ln(NEURO)}",
        f"CV {ln(CV)} {att_aware(p)}",
        f"RESP {ln(RESP)}",
        f"GI/GU {ln(GI)} {ln(GU)}",
        pick(
            [
                f"{rl} {nm(who.first)} CALLED AT {pick(['0200', '2300', '0530'])}, UPDATED.",
                f"{rl} {who.full()} IN UNTIL 2200, LIVES IN {loc(p['town'])}, CELL {fphone(who.phone)}.",
                f"SEEN BY DR {nm(p['pcp'].last)} (PCP) WHO CAME IN FROM {org(p['clinic'])}.",
                f"{rl} {nm(who.first)} ASKING FOR LETTER FOR PT'S EMPLOYER ({org(p['employer'] or 'MBTA')}), SW AWARE.",
            ]
        ),
        f"PLAN {pick(PLANS)}",
    ]
    if maybe(0.5):
        bits.insert(
            1,
            f"EVENTS: {pick(['UNEVENTFUL NIGHT', 'PT DESATTED TO 84% AT 0300 W/ SUCTIONING, RECOVERED', 'HCT DROPPED 29->25, TRANSFUSED'])}"
            f" {pick(['', f'ON {fdate(d(p, off))}'])}".rstrip(),
        )
    text = " ".join(bits).replace(". ", pick([". ", "... ", ", ", ". "]))
    return text + " " + signoff(), "upper"


def icu_event_timeline(p: dict, off: int) -> tuple[str, str]:
    a, r = ATT[p["att"]], pick(RES)
    rl, who = rel(p, 0)
    events = [
        f"2000 PT {pick(['AGITATED', 'TACHYPNEIC TO 30S', 'HYPOTENSIVE TO 80S/40S'])}, DR {nm(r.last)} PAGED "
        f"#{m('PHONE', r.pager)}, IN TO SEE PT.",
        f"2130 {pick(['ABG 7.28/52/64, INCREASED FIO2 TO 60%', 'FLUID BOLUS 1L NS', 'ATIVAN 1MG IV GIVEN'])}.",
        f"2300 {rl} {nm(who.first)} CALLED, UPDATED ON EVENTS. {pick(['WILL COME IN AM', 'ASKING IF SHOULD COME IN', 'AWARE OF PLAN'])}.",
        f"0100 {pick(['LEVOPHED STARTED @ .05', 'SWAN FLOATED BY FELLOW, PCWP 22', 'HICKMAN DRESSING CHANGED'])}.",
        f"0300 {pick(['SBP 90S, LEVO TITRATED UP', 'DESAT TO 86%, SX FOR THICK SECRETIONS', 'K 3.1, 40MEQ KCL IV'])}.",
        f"0430 DR {nm(a.last)} AWARE OF {pick(['ABG', 'HCT', 'PRESSOR REQUIREMENT', 'CXR'])}, NO NEW ORDERS.",
        f"0600 AM LABS SENT. {pick(['BAIR HUGGER OFF', 'FOLEY IRRIGATED', 'OGT PLACEMENT CONFIRMED BY CXR'])}.",
    ]
    keep = sorted(R.sample(range(len(events)), 5))
    head = (
        pick(["NPN 7P-7A", "EVENTS 1900-0700", "NURSING NOTE", "NPN"])
        + f" {fdate(d(p, off), pick(['md', 'mdy', 'dash']))}"
    )
    body = [head, f"{mr(p)} ({age_txt(p)} {sex_word(p)}) HD #{off + 1}, {p['dx']}."]
    body += [events[i] for i in keep]
    if maybe(0.5):
        body.append(
            f"SEE FLOWSHEET FOR VS. MAINTAINING ON {ln(['PROPOFOL 40MCG/KG/MIN', 'FENTANYL 75MCG/HR', 'INSULIN GTT 4U/HR', 'HEPARIN 900U/HR'])}."
        )
    body.append(signoff())
    return "\n".join(body), "upper"


def icu_family_update(p: dict, off: int) -> tuple[str, str]:
    rl, who = rel(p, 0)
    rl2, who2 = rel(p, 1) if len(p["rel"]) > 1 else rel(p, 0)
    a = ATT[p["att"]]
    lines = [pick(["NPN ADDENDUM", "SOCIAL/FAMILY NOTE", "NURSING NOTE - FAMILY MTG", "NPN 7A-7P ADDENDUM"])]
    lines.append(
        f"{pick(['FAMILY MEETING HELD', 'MET WITH FAMILY', 'FAMILY MTG'])} {pick(['TODAY', 'AT 1400', 'THIS AFTERNOON'])}"
        f" W/ DR {nm(a.last)}, SW {nm(pick(['Ellen Marsh', 'Tony Russo', 'Jan Whitby']))} AND RN. PRESENT: "
        f"{rl} {who.full()}, {rl2} {who2.full()}."
    )
    lines.append(
        pick(
            [
                f"{rl} {nm(who.first)} IS HCP. {he(p)} LIVES IN {loc(p['town'])}, {m('STATE', p['st'])}, WITH {pick(['WIFE', 'DAUGHTER', 'SON', 'NO ONE'])}.",
                f"{rl} {nm(who.first.upper())} IS HCP, PROXY PAPERS ON CHART. HOME ADDRESS {m('ADDRESS', p['street'])}, "
                f"{loc(p['town'])} {m('STATE', p['st'])} {m('ZIP', p['zip'])}.",
                f"PT LIVES ALONE AT {m('ADDRESS', p['street'])} IN {loc(p['town'])}; {rl.lower()} CHECKS ON {his(p).lower()} DAILY.",
            ]
        )
    )
    if p.get("origin"):
        lines.append(f"PT ORIGINALLY FROM {loc(p['origin'].upper())}, PORTUGUESE SPEAKING, INTERPRETER USED FOR MTG.")
    if p["age"] > 89:
        lines.append(
            f"FAMILY STATES PT WAS INDEPENDENT UNTIL {pick(['LAST YEAR', 'RECENTLY', m('DATE', 'LAST CHRISTMAS')])}; "
            f"{'HE' if p['sex'] == 'M' else 'SHE'} TURNED {m('AGE', p['age'])} ON {fdate(d(p, -R.randint(20, 90)), pick(['long', 'md']))}."
        )
    hol = holiday(d(p, off - 2), d(p, off + 12))
    if hol:
        lines.append(f"FAMILY HOPES TO HAVE PT HOME FOR {m('DATE', hol.upper())} IF AT ALL POSSIBLE.")
    lines.append(
        pick(
            [
                "DISCUSSED POOR PROGNOSIS. FAMILY WOULD LIKE TO CONT FULL CODE FOR NOW, WILL READDRESS IN 48H.",
                "PT MADE DNR/DNI. FAMILY HOPES TO TAKE PT HOME WITH HOSPICE IF POSSIBLE.",
                "FAMILY UNDERSTANDS PLAN, QUESTIONS ANSWERED. THEY HOPE TO SPEAK WITH SURGEON TOMORROW.",
                "CODE STATUS UNCHANGED (FULL). FAMILY ASKED ABOUT LIVING WILL, SW TO FOLLOW.",
            ]
        )
    )
    lines.append(
        pick(
            [
                f"CONTACTS: {rl} {fphone(who.phone)} (CELL), {rl2} {fphone(who2.phone)}.",
                f"{rl2} {nm(who2.first)} WORKS AT {org(pick(['MASS GENERAL', 'STATE STREET', 'HOME DEPOT', 'RAYTHEON']))}, BEST # {fphone(who2.phone)}.",
                f"{rl} REQ CALLS GO TO {fphone(who.phone)} ONLY. {rl2} IN {pick([m('STATE', 'MAINE'), m('STATE', 'FLORIDA'), loc('WORCESTER')])}, UPDATED BY PHONE.",
            ]
        )
    )
    if maybe(0.6):
        lines.append(
            pick(
                [
                    f"{pick(['PASTOR', 'FR'])} {nm(pick(['Michael Dunne', 'Tom Reilly']))} FROM {org(pick(['ST. AGATHA PARISH', 'OUR LADY OF GOOD VOYAGE CHURCH']))} IN TO VISIT, PT'S FAITH VERY IMPORTANT TO FAMILY.",
                    f"CASE MGMT ({nm(pick(['Ruth Abrams', 'Lena Cote']))}) STARTED SCREENING FOR {org(p['dispo'].upper()) if p['dispo'][0].isupper() else 'VNA'}.",
                    f"FAMILY ASKED THAT THEIR CARINGBRIDGE PAGE BE KEPT PRIVATE: {m('URL', 'www.caringbridge.org/visit/' + p['first'].lower() + p['last'].lower().replace(chr(39), ''))}.",
                ]
            )
        )
    lines.append(signoff())
    return "\n".join(lines), "upper"


def icu_mixed_npn(p: dict, off: int) -> tuple[str, str]:
    rl, who = rel(p, 0)
    a = ATT[p["att"]]
    low = {k: v.capitalize() for k, v in dict(rl=rl).items()}
    lines = [
        pick(
            [
                "Nursing Progress Note 7a-7p",
                "MICU Nursing Progress Note",
                "Nsg Progress Note 1900-0700",
                "Nursing note 7p-7a",
            ]
        )
        + f" ({fdate(d(p, off), pick(['md', 'mdy', 'abbr']))})"
    ]
    lines.append(
        f"{age_txt(p, pick([' yo', 'yo', ' y/o'])).replace('YO', 'yo')} {sex_word(p)} with "
        f"{p['hx'].lower()} (since {m('YEAR', p['hxyear'])}) admitted {fdate(d(p, 0))} with {p['dx'].lower()}."
    )
    for head, pool in (("Neuro", NEURO), ("CV", CV), ("Resp", RESP), ("GI", GI), ("GU", GU)):
        txt = ln(pool).lower().capitalize()
        lines.append(f"{head}: {txt}")
    lines.append(
        pick(
            [
                f"Social: {low['rl']} {nm(who.first)} called this am, updated by Dr. {nm(a.last)}. Lives in {loc(p['town'])}.",
                f"Social: {low['rl']} {who.full()} in to visit, hcp. Cell {fphone(who.phone)}.",
                f"Social: No family contact this shift. PCP Dr. {nm(p['pcp'].first + ' ' + p['pcp'].last)} ({org(p['clinic'])}) called for update.",
            ]
        )
    )
    lines.append(f"Plan: {pick(PLANS).lower().capitalize()}")
    lines.append(pick([f"{nm(nurse().first + ' ' + nurse().last)}, RN", f"-- {nm(nurse().first)} RN"]))
    return "\n".join(lines), "mixed"


def icu_transfer_note(p: dict, off: int) -> tuple[str, str]:
    rl, who = rel(p, 0)
    dest = pick(["7 NORTH", "FARR 9", "THE FLOOR", "STEPDOWN"])
    lines = [pick(["NURSING TRANSFER NOTE", f"{p['unit']} TRANSFER NOTE", "NSG TRANSFER SUMMARY"])]
    lines.append(
        f"PT IS {age_txt(p)} {sex_word(p)} ADMITTED TO {p['unit']} ON {fdate(d(p, 0), pick(['mdy', 'md', 'long']))} "
        f"FROM {pick([org(p['osh']), 'ED', org(p['osh'])])} W/ {p['dx']}. PMH: {p['hx']}, "
        f"{pick(['APPY', 'CHOLE', 'HERNIA REPAIR'] if p['age'] < 60 else ['APPY', 'CHOLE', 'TURP' if p['sex'] == 'M' else 'TAH'])} "
        f"{m('YEAR', p['hxyear'] - R.randint(1, 6))}."
    )
    lines.append(
        f"ICU COURSE: {pick(['INTUBATED', 'ON PRESSORS', 'ON BIPAP'])} {fdate(d(p, 0))}-{fdate(d(p, 2))}. "
        f"{pick(['SWAN D/CD', 'A-LINE D/CD', 'HICKMAN REMAINS'])} {fdate(d(p, off - 1))}. "
        f"{pick(['NO EVENTS SINCE.', 'HCT STABLE X 24H.', 'WEANED OFF LEVOPHED.'])}"
    )
    lines.append(f"ROS: {pick(NEURO_AWAKE)} {pick(RESP_OFF_VENT)} {ln(GU)}")
    lines.append(
        pick(
            [
                f"TRANSFERRING TO {dest} TODAY, REPORT GIVEN TO {nm(nurse().first)} RN. {rl} {nm(who.first)} AWARE OF TRANSFER.",
                f"PT TO BE D/C'D TO {org(p['dispo'].upper()) if p['dispo'][0].isupper() else 'HOME'} TOMORROW {fdate(d(p, off + 1))}. "
                f"{rl} TO PICK UP BELONGINGS. HOME #: {fphone(who.phone)}.",
                f"TO {dest}. PCP DR {nm(p['pcp'].last)} NOTIFIED BY FAX AT {org(p['clinic'])}.",
            ]
        )
    )
    if maybe(0.5):
        lines.append(
            f"ALLERGIES: {pick(['PCN', 'NKDA', 'SULFA, CODEINE'])}. CODE: {pick(['FULL', 'DNR/DNI', 'DNR OK TO INTUBATE'])}."
        )
    lines.append(signoff())
    return "\n".join(lines), "upper"


# ---------------------------------------------------------------- discharge summaries (mixed case)


def ds_header(p: dict, los: int, service: str, att: str = "") -> list[str]:
    a = ATT[att or p["att"]]
    adm, dis = d(p, 0), d(p, los)
    name_line = pick(
        [
            f"Patient: {nm(p['last'] + ', ' + p['first'])}",
            f"Name: {nm(p['first'] + ' ' + p['last'])}",
            f"{nm(p['last'].upper() + ', ' + p['first'].upper())}",
        ]
    )
    return [
        pick(["DISCHARGE SUMMARY", "Discharge Summary", "DISCHARGE SUMMARY - " + HOSP["full"].upper()]).replace(
            HOSP["full"].upper(), org(HOSP["full"].upper())
        ),
        name_line + f"   Unit No: {m('ID', p['mrn'])}",
        f"Admission Date: {fdate(adm, pick(['mdy', 'mdy2', 'iso', 'dmy']))}   Discharge Date: {fdate(dis, pick(['mdy', 'mdy2', 'longy']))}",
        f"Date of Birth: {fdate(dtm.date(adm.year - p['age'], R.randint(1, 12), R.randint(1, 28)), 'mdy')}   Sex: {p['sex']}",
        f"Service: {service}",
        f"Attending: {a.dr(pick(['Dr. F L', 'Dr. L']))}",
    ]


SURG = {
    "omalley": ("Pylorus-preserving Whipple procedure", "fox", "a 3.1 cm pancreatic head mass"),
    "nguyen": (
        "Exploratory laparotomy, small bowel resection",
        "fox",
        "SBO with a transition point in the terminal ileum",
    ),
    "brown": ("CABG x4 (LIMA-LAD, SVG-OM, SVG-PDA, SVG-D1)", "hale", "3 vessel disease"),
    "wood": ("Open reduction internal fixation, right hip", "okafor", "a displaced femoral neck fracture"),
    "jackson": ("Exploratory laparotomy, splenectomy", "fox", "a grade IV splenic laceration"),
}
SURG_EVENT = {
    "omalley": "CT at OSH on",
    "nguyen": "a CT on",
    "brown": "cath at OSH on",
    "wood": "a fall at home on",
    "jackson": "a rollover MVC on",
}
SURG_SERVICE = {
    "omalley": "General Surgery",
    "nguyen": "SURGERY",
    "brown": "Cardiac Surgery",
    "wood": "Orthopaedics",
    "jackson": "Trauma Surgery",
}
MEDS = [
    "Metoprolol 25 mg PO BID",
    "Lasix 40 mg PO daily",
    "Coumadin 2.5 mg PO qHS",
    "Protonix 40 mg PO daily",
    "Tylenol 650 mg PO q6h prn",
    "Lisinopril 10 mg daily",
    "Insulin glargine 20 units qHS",
    "Colace 100 mg BID",
    "Sinemet 25/100 TID",
    "Levothyroxine 75 mcg daily",
    "Albuterol MDI 2 puffs q4h prn",
    "Prednisone taper",
]


PROB3 = {
    "stone": ("Dementia", "Haldol avoided; delirium precautions", "geriatrics"),
    "rich": ("Diabetes type 1", "Cushing syndrome was considered for labile sugars and ruled out", "endocrine"),
    "medeiros": ("COPD", "Prednisone taper, home O2 2L", "pulmonary"),
    "sharp": ("Parkinson's disease", "Continued home Sinemet", "neurology"),
    "austin": ("Hypothyroidism, history of Graves disease", "Continued levothyroxine", "endocrine"),
}


def meds(p: dict, k: int) -> list[str]:
    """``k`` discharge medicines that fit the patient's history."""
    hx = p["hx"] + " " + p["dx"]
    fit = [
        x
        for x in MEDS
        if not (x.startswith("Sinemet") and "PARKINSON" not in hx)
        and not (x.startswith("Insulin") and "DM" not in hx and "DKA" not in hx)
        and not (x.startswith("Coumadin") and "AFIB" not in hx)
        and not (x.startswith("Levothyroxine") and "GRAVES" not in hx)
        and not (x.startswith("Albuterol") and "COPD" not in hx)
    ]
    return R.sample(fit, min(k, len(fit)))


def ds_medicine(p: dict, off: int) -> tuple[str, str]:
    a, r = ATT[p["att"]], pick(RES)
    rl, who = rel(p, 0)
    los = R.randint(5, 12)
    L = ds_header(p, los, pick(["Medicine", "MEDICINE", "General Medicine"]))
    L.append("")
    L.append("History of Present Illness:")
    pron = "He" if p["sex"] == "M" else "She"
    who_pt = pick([nm(p["first"] + " " + p["last"]), ("Mr. " if p["sex"] == "M" else "Mrs. ") + nm(p["last"])])
    L.append(
        f"{who_pt} is a {age_txt(p, '-year-old')} {'man' if p['sex'] == 'M' else 'woman'} with a history of "
        f"{p['hx'].lower()} (diagnosed {m('YEAR', p['hxyear'])}) who presented to {org(p['osh'])} on "
        f"{fdate(d(p, 0), pick(['md', 'long', 'mdy']))} with {pick(['fever and rigors', 'shortness of breath', 'confusion', 'melena'])}. "
        f"{pron} was transferred to {here()} for further management."
    )
    L.append(
        pick(
            [
                f"Per {rl.lower()} {who.full()}, the patient had been at baseline until {fdate(d(p, -3), pick(['md', 'long']))}.",
                f"The patient lives in {loc(p['town'])}, {m('STATE', p['st'])} with {pick(['his wife', 'her daughter', 'family'])}, "
                f"and is followed by Dr. {nm(p['pcp'].last)} at {org(p['clinic'])}.",
                f"She was last hospitalized at {here('short')} in {fdate(d(p, -200), 'monyear')} for a similar episode.",
            ]
        )
    )
    emp = f"Retired from {org(p['employer'])}. " if p["employer"] else ""
    L += [
        "",
        "Social History:",
        f"Lives at {m('ADDRESS', p['street'].title().replace('Apt', 'Apt.'))}, {loc(p['town'])}, {m('STATE', p['st'])} "
        f"{m('ZIP', p['zip'])} with {pick(['family', 'her husband', 'his wife', 'a home health aide'])}. {emp}"
        f"{pick(['Quit smoking in', 'Former smoker, quit', 'No alcohol since'])} {m('YEAR', p['hxyear'] + R.randint(1, 3))}.",
        "",
        "Hospital Course:",
    ]
    course = [
        f"1. {p['dx'].title().replace('S/P', 's/p').replace('Etoh', 'EtOH').replace('W ', 'w ')}: "
        f"{pick(['Admitted to the MICU', 'Treated in the ICU', 'Managed on the floor'])} where "
        f"{pick(['a Swan-Ganz catheter was placed', 'Levophed was required for 48 hours', 'a Foley was placed for strict I/Os'])}. "
        f"Cultures from {fdate(d(p, 1), 'md')} grew {pick(['E. coli', 'Klebsiella', 'MRSA', 'no organisms'])}.",
        f"2. {pick(['Atrial fibrillation', 'Delirium', 'Acute renal failure', 'Anemia'])}: "
        f"{pick(['Rate controlled with metoprolol', 'Haldol prn, resolved by', 'Creatinine peaked on', 'Transfused 2 units on'])} "
        f"{fdate(d(p, 3), pick(['md', 'long', 'dash']))}.",
        f"3. {PROB3[p['key']][0]}: {PROB3[p['key']][1]}. Discussed with "
        f"{pick(['the patient', 'Dr. ' + nm(pick(RES).last) + ' of ' + PROB3[p['key']][2]])}.",
    ]
    if p["age"] > 89:
        course.append(
            f"4. Goals of care: At {m('AGE', p['age'])} the patient and her health care proxy, ".replace(
                "her", "his" if p["sex"] == "M" else "her"
            )
            + f"{rl.lower()} {nm(who.first)}, confirmed DNR/DNI status."
        )
    L += course
    L += ["", "Discharge Medications:"] + [f"{i + 1}. {x}" for i, x in enumerate(meds(p, R.randint(4, 7)))]
    L += [
        "",
        f"Discharge Disposition: {'Extended care' if p['dispo'][0].isupper() else pick(['Home with services', 'Home'])}",
    ]
    if p["dispo"][0].isupper():
        L.append(
            f"Facility: {org(p['dispo'])}"
            + (f", {loc(pick([p['town'], 'Braintree', 'Medford']))}" if maybe(0.5) else "")
        )
    L += ["", "Follow-up:"]
    fu = d(p, los + R.randint(7, 20))
    L.append(
        pick(
            [
                f"Follow-up with Dr. {nm(p['pcp'].last)} at {org(p['clinic'])} on {fdate(fu, pick(['mdy2', 'longy', 'md']))} at 10:30am, "
                f"phone {fphone(ph('617', 1), 'paren')}.",
                f"PCP: Dr. {nm(p['pcp'].first + ' ' + p['pcp'].last)}, {org(p['clinic'])}, within 1-2 weeks.",
                f"{a.dr('Dr. L')} in {pick(['Pulmonary', 'Cardiology', 'GI', 'Medicine'])} clinic, {here('short')}, "
                f"{fdate(fu, 'long')}; call {fphone(ph('617', 2), 'dash')} to confirm.",
            ]
        )
    )
    L += [
        "",
        f"Dictated By: {r.dr('Dr. F L').replace('Dr. ', '')}, MD",
        f"Attending: {nm(a.first[0] + '. ' + a.last)}, MD",
        f"D: {fdate(d(p, los), 'mdyy')} 14:22  T: {fdate(d(p, los + 1), 'mdyy')} 09:10",
        f"JOB#: {m('ID', str(R.randint(10000000, 99999999)))}",
        f"cc: {p['pcp'].dr('Dr. F L')}, {org(p['clinic'])}",
    ]
    return "\n".join(L), "mixed"


def ds_surgery(p: dict, off: int) -> tuple[str, str]:
    a, r = ATT[p["att"]], pick(RES)
    rl, who = rel(p, 0)
    los = R.randint(6, 14)
    L = ds_header(p, los, SURG_SERVICE[p["key"]], SURG[p["key"]][1])
    op = d(p, R.randint(0, 2))
    proc, surgeon, finding = SURG[p["key"]]
    a = ATT[surgeon]
    L += ["", f"Major Surgical or Invasive Procedure: {proc} on {fdate(op, pick(['md', 'mdy', 'long']))}"]
    L += [
        "",
        "History of Present Illness:",
        f"{age_txt(p, ' yo')} {'M' if p['sex'] == 'M' else 'F'} with {p['hx'].lower()} referred by "
        f"{p['pcp'].dr()} of {org(p['clinic'])} after {SURG_EVENT[p['key']].replace('OSH', org(p['osh']))} "
        f"{fdate(d(p, -R.randint(3, 25)))} showed {finding}.",
    ]
    L += [
        "",
        "Brief Hospital Course:",
        f"The patient was taken to the OR by {a.dr('Dr. L')} on {fdate(op, pick(['md', 'long']))}. "
        f"{pick(['Mallampati 2, uneventful intubation.', 'EBL 400 cc.'] + (['Intraop TEE showed preserved EF.'] if p['key'] == 'brown' else []))} "
        f"Postoperatively {'he' if p['sex'] == 'M' else 'she'} went to the {p['unit'] if p['unit'] != 'floor' else 'PACU'}. "
        f"{pick(['Chest tubes were pulled on', 'Foley was removed on'] if p['key'] == 'brown' else ['Jackson-Pratt drain was removed on', 'Foley was removed on', 'Diet was advanced on'])} "
        f"POD {R.randint(2, 5)} ({fdate(op + dtm.timedelta(days=R.randint(2, 5)), 'md')}).",
        pick(
            [
                f"Hospital course complicated by {pick(['ileus', 'delirium', 'atrial fibrillation', 'wound infection'])}, "
                f"managed with {pick(['NGT decompression', 'Haldol', 'amiodarone', 'Keflex'])}.",
                "Pain controlled with Dilaudid PCA, then PO. Physical therapy saw the patient daily.",
            ]
        ),
        f"{rl.capitalize()} {who.full()} was updated throughout.",
    ]
    L += ["", "Discharge Medications:"] + [f"- {x}" for x in meds(p, R.randint(3, 6))]
    L += ["", f"Discharge Disposition: {'Extended Care' if p['dispo'][0].isupper() else 'Home With Service'}"]
    if p["dispo"][0].isupper():
        L.append(f"Facility: {org(p['dispo'])}")
    else:
        L.append(f"Facility: {org(pick(['VNA of Greater Boston', 'Partners Home Care', 'Caregroup Home Health']))}")
    fu = d(p, los + R.randint(10, 16))
    L += [
        "",
        "Followup Instructions:",
        f"Please call {a.dr('Dr. L')}'s office at {fphone(ph('617', 3), pick(['paren', 'dash']))} "
        f"for an appointment in 2 weeks.",
        f"Provider: {nm(pick(['Sandra Kim', 'Will Hart', 'Roberta Day']))}, NP, {here('short')} surgical clinic. "
        f"Date/Time: {fdate(fu, 'mdy')} 1:40",
        "",
        f"{nm(r.first + ' ' + r.last)} MD {m('ID', str(R.randint(1000000, 9999999)))}",
        f"Completed by: {nm(r.first[0] + r.last[0])} {fdate(d(p, los), 'iso')} @ 1612",
        f"Signed electronically by: DR. {nm(a.first.upper() + ' ' + a.last.upper())} on {fdate(d(p, los + 2), 'dmy').upper()}",
    ]
    return "\n".join(L), "mixed"


def nth_weekday(year: int, month: int, weekday: int, k: int) -> dtm.date:
    """The ``k``-th (``-1``: last) ``weekday`` of ``month``."""
    days = [dtm.date(year, month, 1) + dtm.timedelta(i) for i in range(31)]
    return [x for x in days if x.month == month and x.weekday() == weekday][k]


def holiday(start: dtm.date, end: dtm.date) -> str:
    """The holiday falling between ``start`` and ``end`` (a few days' slack), if any."""
    for year in (start.year, end.year):
        days = {
            "New Year's": dtm.date(year, 1, 1),
            "Memorial Day": nth_weekday(year, 5, 0, -1),
            "4th of July": dtm.date(year, 7, 4),
            "Labor Day": nth_weekday(year, 9, 0, 0),
            "Thanksgiving": nth_weekday(year, 11, 3, 3),
            "Christmas": dtm.date(year, 12, 25),
        }
        for name, day in days.items():
            if start - dtm.timedelta(3) <= day <= end:
                return name
    return ""


def ds_transfer_dictated(p: dict, off: int) -> tuple[str, str]:
    a, r = ATT[p["att"]], pick(RES)
    rl, who = rel(p, 0)
    los = R.randint(4, 10)
    acct = str(R.randint(10**10, 10**11 - 1))
    L = [
        f"{org(HOSP['full'])}   {m('ADDRESS', '1200 Huntington Ave')}, {loc('Boston')}, {m('STATE', 'MA')} {m('ZIP', '02115')}",
        f"{pick(['INTERAGENCY TRANSFER / DISCHARGE SUMMARY', 'DISCHARGE SUMMARY (DICTATED)', 'TRANSFER SUMMARY'])}",
        f"PATIENT: {nm(p['last'].upper() + ', ' + p['first'].upper())}  MR#: {m('ID', p['mrn'])}  ACCT#: {m('ID', acct)}",
        f"ADMITTED: {fdate(d(p, 0), 'mdy')}  DISCHARGED: {fdate(d(p, los), 'mdy')}",
        f"ATTENDING: {a.dr('Dr. F L')}   PCP: {p['pcp'].dr('Dr. F L')}",
        "",
    ]
    L.append(
        f"The patient is a {age_txt(p, '-year-old')} {'gentleman' if p['sex'] == 'M' else 'lady'} "
        f"{pick(['from', 'who resides in', 'living in'])} {loc(p['town'])} "
        f"{pick(['', 'with ' + rel(p, 0)[0].lower()])}".rstrip()
        + f" admitted on {fdate(d(p, 0), pick(['long', 'md']))} with {p['dx'].lower()}. Past history is notable for "
        f"{p['hx'].lower()}, {pick(['diagnosed in', 'first noted in', 'since'])} {m('YEAR', p['hxyear'])}."
    )
    hol = holiday(d(p, 0), d(p, los))
    L.append(
        f"HOSPITAL COURSE: {'Over the ' + m('DATE', hol) + ' weekend' if hol else 'Early in the admission'}"
        + f" the patient {pick(['required BiPAP', 'developed rapid atrial fibrillation', 'had a witnessed fall', 'became hypotensive'])}. "
        f"{pick(['Child-Pugh class B.', 'Ranson criteria 3 on admission.', 'Duke criteria were not met.', 'Glasgow Coma Scale 14.'])} "
        f"On {d(p, los - 2).strftime('%A')} {fdate(d(p, los - 2), pick(['md', 'long']))} "
        f"{pick(['the Foley was removed', 'the Dobhoff was pulled', 'a Hickman was placed by IR', 'the patient was cleared by PT'])}."
    )
    dest = p["dispo"] if p["dispo"][0].isupper() else "Harborside Rehabilitation Hospital"
    L.append(
        f"DISPOSITION: Transferred to {org(dest)}, {loc(pick(['Quincy', 'Medford', 'Braintree', p['town']]))}, "
        f"tel {fphone(ph('781', 4), pick(['dash', 'paren', 'dot']))}, fax {fphone(ph('781', 5), 'dash')}. "
        f"Report called to {nm(pick(['Bev', 'Marie', 'Ron']))}, RN."
    )
    L.append(
        f"Contact: {rl.lower()} {who.full()}, {fphone(who.phone)}"
        + (
            f", email {m('EMAIL', who.first.lower() + '.' + who.last.lower().replace(chr(39), '') + str(R.randint(1, 88)) + pick(['@gmail.com', '@comcast.net', '@verizon.net', '@yahoo.com']))}"
            if maybe(0.9)
            else ""
        )
        + "."
    )
    L += [
        "",
        f"Dictated By: {nm(r.last.upper() + ', ' + r.first.upper())}",
        "MEDQUIST36",
        f"D: {fdate(d(p, los), 'mdy')} 11:43",
        f"T: {fdate(d(p, los + 1), 'mdy')} 08:02",
        f"JOB#: {m('ID', str(R.randint(1000000, 9999999)))}",
        f"cc: {p['pcp'].dr('Dr. F L')}  {org(p['clinic'])}, fax {fphone(ph('617', 6), 'dash')}",
        f"cc: {org(dest)}",
    ]
    return "\n".join(L), "mixed"


# ---------------------------------------------------------------- headed reports

IMAGING = {
    "hill": ["RUQ ULTRASOUND", "CHEST (PORTABLE AP)"],
    "abernathy": ["CT HEAD W/O CONTRAST", "MRI BRAIN"],
    "brown": ["TRANSTHORACIC ECHOCARDIOGRAM", "CHEST (PORTABLE AP)"],
    "day": ["CT ABDOMEN/PELVIS W/ CONTRAST"],
    "austin": ["CHEST (PORTABLE AP)"],
}
READS = {
    "RUQ ULTRASOUND": (
        "eval for cholangitis",
        "Gallbladder distended with sludge, positive sonographic Murphy sign. "
        "CBD 9 mm with intrahepatic ductal dilatation.",
        "Acute cholecystitis; dilated CBD, consider ERCP.",
    ),
    "CHEST (PORTABLE AP)": (
        "line placement / eval for PNA",
        "Swan-Ganz catheter tip in the right PA. ETT 4 cm above the "
        "carina. Dobhoff in stomach. Left lower lobe consolidation, Kerley B lines.",
        "Lines and tubes in good position. LLL pneumonia and mild CHF.",
    ),
    "CT ABDOMEN/PELVIS W/ CONTRAST": (
        "eval for necrosis",
        "Peripancreatic fluid and stranding, Balthazar grade D. No drainable collection. Gallbladder without stone.",
        "Acute pancreatitis without necrosis.",
    ),
    "CT HEAD W/O CONTRAST": ("r/o bleed", "", ""),
    "MRI BRAIN": ("r/o bleed", "", ""),
    "TRANSTHORACIC ECHOCARDIOGRAM": ("assess LV function", "", ""),
}
PROCEDURE = {
    "omalley": "SURGICAL PATHOLOGY REPORT",
    "nguyen": "SURGICAL PATHOLOGY REPORT",
    "brown": "CARDIAC CATHETERIZATION REPORT",
    "abernathy": "EEG REPORT",
    "sharp": "ENDOSCOPY REPORT",
}
PATHOLOGY = {
    "omalley": [
        "SPECIMEN: Whipple specimen (pancreaticoduodenectomy).",
        "DIAGNOSIS: Adenocarcinoma, moderately differentiated, 3.0 cm. Margins negative. 2/14 nodes positive.",
    ],
    "nguyen": [
        "SPECIMEN: Small bowel, terminal ileum, resection.",
        "DIAGNOSIS: Active chronic ileitis with transmural inflammation and non-necrotizing granulomas, "
        "consistent with Crohn's disease. No dysplasia. Reed-Sternberg cells not identified in nodes.",
    ],
}


def imaging_report(p: dict, off: int) -> tuple[str, str]:
    r, rad = pick(RES), pick(RADS)
    a = ATT[p["att"]]
    kind = pick(IMAGING[p["key"]])
    dd = d(p, off)
    ref = pick([r, a])
    comp = d(p, off - R.randint(1, 400))
    L = [
        f"{fdate(dd, pick(['mdy', 'iso', 'dmy']))} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}",
        f"{kind}    Clip # {m('ID', str(R.randint(1000000, 9999999)))}",
        f"Reason: {p['dx'].lower()}, {READS[kind][0]}",
        f"Referring physician: {nm(ref.last.upper() + ', ' + ref.first.upper())}"
        if maybe(0.5)
        else f"REFERRING PHYSICIAN: {a.dr('Dr. F L')}",
        f"Accession No: {m('ID', pick(['E', 'R', 'CT']) + str(R.randint(1000000, 9999999)))}",
        f"Patient: {nm(p['last'] + ', ' + p['first'][0] + '.')}  MRN {m('ID', p['mrn'])}",
        "",
        f"COMPARISON: {fdate(comp, pick(['mdy', 'md', 'mdyy']))}"
        + (f" from {org(p['osh'])}" if maybe(0.4) else "")
        + ".",
        "",
    ]
    if "ECHO" in kind:
        L += [
            "FINDINGS: LV cavity mildly dilated. LVEF 35%. Moderate AR; no Austin Flint murmur correlation available. "
            "Simpson's biplane used. Duke criteria: no vegetation seen.",
            "IMPRESSION: Depressed LV function. Compared to the study of "
            f"{fdate(comp, 'longy')}, EF decreased from 50%.",
        ]
    elif "HEAD" in kind or "MRI" in kind:
        L += [
            "FINDINGS: Hypodensity in the left MCA territory. No hemorrhage. Hounsfield units within normal range of CSF.",
            "IMPRESSION: Evolving infarct. Consider MRI.",
        ]
    else:
        L += [f"FINDINGS: {READS[kind][1]}", f"IMPRESSION: {READS[kind][2]}"]
    L.append(
        pick(
            [
                f"Dr. {nm(pick([r, a]).last)} was notified at {R.randint(8, 23)}:{R.randint(10, 59)} on {fdate(dd, 'md')} by phone.",
                f"Findings discussed with {pick([r, a]).dr('Dr. F L')} (pager {m('PHONE', r.pager)}) by telephone at {R.randint(8, 23)}:{R.randint(10, 59)} on {fdate(dd, pick(['md', 'mdy']))}.",
                f"Wet read by {nm(pick(['Tran', 'Gupta', 'Olsen']))} ({pick(['resident', 'fellow'])}) {fdate(dd, 'md')} at 03:15.",
            ]
        )
    )
    L += [
        "",
        f"DR. {nm(rad.first.upper() + ' ' + rad.last.upper())}",
        f"Approved: {fdate(dd, pick(['mdy', 'dmy']))} 4:52 PM",
        f"{org(HOSP['full'].upper() if maybe(0.5) else HOSP['full'])} Department of Radiology",
    ]
    return "\n".join(L), pick(["upper", "mixed", "mixed"])


def procedure_report(p: dict, off: int) -> tuple[str, str]:
    a, r = ATT[p["att"]], pick(RES)
    kind = PROCEDURE[p["key"]]
    dd = d(p, off)
    L = [kind, f"{org(HOSP['full'])}"]
    if kind.startswith("SURGICAL"):
        L += [
            f"Accession: {m('ID', f'S{dd.year % 100:02d}-{R.randint(10000, 99999)}')}   Received: {fdate(dd, 'mdy')}",
            f"Patient: {nm(p['first'] + ' ' + p['last'])}   MR# {m('ID', p['mrn'])}",
            f"Submitting physician: {a.dr('Dr. F L')}",
            *PATHOLOGY[p["key"]],
            f"Prior material: {m('ID', f'S{(dd.year - 1) % 100:02d}-{R.randint(10000, 99999)}')} (outside, {org(p['osh'])}) reviewed.",
            f"Dr. {nm(a.last)} was notified of the result at 14:32 on {fdate(dd + dtm.timedelta(days=2), 'md')} by phone.",
        ]
    elif kind.startswith("CARDIAC"):
        L += [
            f"Cath No: {m('ID', str(R.randint(100000, 999999)))}   Date: {fdate(dd, 'mdy')}",
            f"Patient: {nm(p['last'] + ', ' + p['first'])}  ({age_txt(p, ' yrs')})  MRN: {m('ID', p['mrn'])}",
            f"Operators: {ATT['tyler'].dr('Dr. F L')}, {r.dr('Dr. F L')} (fellow)",
            f"Referring: {p['pcp'].dr('Dr. F L')}, {org(p['clinic'])}",
            "Access: R femoral, Judkins catheters. Allen test normal on the right. Swan-Ganz: RA 8, PA 42/20, PCWP 18.",
            "FINDINGS: LM 30%, LAD 90% proximal, LCx 80%, RCA 100% with left to right collaterals. LVEDP 22.",
            f"COMPARISON: prior cath {fdate(d(p, -700), 'monyear')} at {org(p['osh'])}.",
            "IMPRESSION: 3VD. Referred for CABG; CT surgery consulted.",
        ]
    elif kind.startswith("EEG"):
        L += [
            f"EEG #: {m('ID', 'EG' + str(R.randint(100000, 999999)))}   Study date: {fdate(dd, pick(['mdy', 'longy']))}",
            f"Patient: {nm(p['last'].upper() + ', ' + p['first'].upper())}   {age_txt(p, ' y.o.').replace('YO', 'yo')}",
            f"Referring: {ATT['castillo'].dr('Dr. F L')}, Neurology",
            "HISTORY: Altered mental status after L MCA stroke; h/o Parkinson disease? r/o nonconvulsive status.",
            "FINDINGS: Background slowing, 5-6 Hz, more prominent on the left. No epileptiform discharges. "
            "Cheyne-Stokes respirations noted by technologist.",
            f"COMPARISON: none. Prior EEG {m('YEAR', p['hxyear'])} not available.",
            f"Results called to Dr. {nm(pick(['Haddad', 'Lindqvist']))} at 16:05 on {fdate(dd, 'md')}.",
        ]
    else:
        L += [
            f"Procedure date: {fdate(dd, pick(['mdy', 'dmy']))}   Endo #: {m('ID', str(R.randint(1000000, 9999999)))}",
            f"Patient: {nm(p['first'] + ' ' + p['last'])}   DOB: {fdate(dtm.date(dd.year - p['age'], 2, 11), 'mdy')}",
            f"Endoscopist: {nm(pick(['Marc Feldman', 'Ruth Ayala']))}, MD   Fellow: {r.dr('Dr. F L')}",
            "INDICATION: melena, HCT drop. Glasgow-Blatchford 12.",
            "FINDINGS: 1.5 cm duodenal bulb ulcer with visible vessel (Forrest IIa), treated with epinephrine and clips. "
            "No varices. Child-Pugh not applicable.",
            f"PLAN: PPI IV BID, repeat EGD in 8 weeks at {org(pick(['Newton GI Associates', 'CGH Endoscopy Unit']))}. "
            f"H. pylori serology pending. Dr. {nm(a.last)} aware.",
        ]
    L += ["", f"Electronically signed {fdate(dd + dtm.timedelta(days=1), 'mdy')}"]
    return "\n".join(L), pick(["mixed", "mixed", "upper"])


# ---------------------------------------------------------------- lower-case notes


def lower_progress(p: dict, off: int) -> tuple[str, str]:
    a, r = ATT[p["att"]], pick(RES)
    rl, who = rel(p, 0)
    L = [
        pick(
            [
                f"{fdate(d(p, off), pick(['md', 'dash']))} pm note",
                "md note",
                f"progress note {fdate(d(p, off), 'md')}",
                "intern note",
            ]
        )
    ]
    L.append(
        f"pt seen by dr {nm(a.last)} {pick(['this am', 'on rounds', 'w/ team'])}. {age_txt(p, pick([' yo ', 'yo ']))}{'m' if p['sex'] == 'M' else 'f'} "
        f"hd {off + 1}, {p['dx'].lower()}."
    )
    L.append(
        pick(
            [
                "s: c/o mild abd pain, tol clears, + flatus. no n/v.",
                "s: feels better, slept ok, wants to go home. denies cp/sob.",
                "s: confused o/n, per rn pulled at foley. now calm.",
                "s: c/o sharp pain l flank, h/o kidney stone. tol po.",
            ]
        )
    )
    L.append(
        pick(
            [
                "o: t 99.1 hr 88 bp 128/70 rr 18 97% 2l. lungs w/ scattered rhonchi. abd soft. foley draining.",
                "o: afeb, hr 70s sr, bp 140s/80s. jp drain 40cc serous. incision c/d/i.",
                "o: 101.2 o/n, hr 110s. rusty sputum. glasgow 14. ext warm.",
            ]
        )
    )
    L.append(
        pick(
            [
                f"a/p: cont abx, f/u cx, pt/ot eval. dispo {org(p['dispo'].lower()) if p['dispo'][0].isupper() else 'home'} "
                f"when stable, cm aware ({nm(pick(['ruth', 'lena']))}).",
                f"a/p: will cont current mgmt, recheck lytes in am. d/w pcp dr {nm(p['pcp'].last)} at {org(p['clinic'])}.",
                f"a/p: will d/c foley, oob to chair. spoke w/ {rl.lower()} {nm(who.first)} on phone {fphone(who.phone, pick(['space', 'dash', 'dot']))}, "
                f"{pick(['all questions answered', 'she will come in tomorrow', 'he hopes to visit sat'])}.",
            ]
        )
    )
    if p["age"] > 89:
        L.append(f"pt is {m('AGE', p['age'])}, dnr/dni per {rl.lower()}.")
    hol = holiday(d(p, off - 2), d(p, off + 12))
    if hol:
        L.append(f"{rl.lower()} asking if pt can be out by {m('DATE', hol)}, told unlikely.")
    L.append(
        pick(
            [
                f"-{nm(r.first.lower()[0] + r.last.lower()[0])}",
                f"{nm(r.first + ' ' + r.last)} pgy2",
                f"-{nm(r.last)}, md (pgr {m('PHONE', r.pager)})",
            ]
        )
    )
    return "\n".join(L), "lower"


def lower_phone_call(p: dict, off: int) -> tuple[str, str]:
    rl, who = rel(p, pick([0, 1]) if len(p["rel"]) > 1 else 0)
    when = d(p, off)
    L = [pick(["phone note", "tel enc", "sw note", "cm note", "rn phone call"])]
    L.append(
        pick(
            [
                f"spoke w/ {rl.lower()} {nm(who.first)} on phone {fphone(who.phone, pick(['space', 'dash', 'plain']))} re: plan for d/c.",
                f"rec'd call from {rl.lower()} {who.full()} ({fphone(who.phone)}), asking about pt's status.",
                f"called {rl.lower()} {nm(who.first)} at work ({org(pick(['fidelity', 'home depot', 'the post office', 'bjs']))}) x2, lm on vm.",
            ]
        )
    )
    if p["key"] == "jackson":
        L.append(
            f"fiancee {nm('kayla')} flew in from {loc('tyler')}, {m('STATE', 'tx')}; mother drove up from {loc('austin')}. "
            f"both staying at {org('hampton inn')} in {loc('brookline')}, rm 412."
        )
    L.append(
        pick(
            [
                f"{rl.lower()} states pt lives at {m('ADDRESS', p['street'].lower())}, {loc(p['town'].lower())} {m('STATE', p['st'].lower())} "
                f"{m('ZIP', p['zip'])}, 2nd floor, {R.randint(8, 16)} stairs.",
                f"family would like pt to go {'to ' + org(p['dispo'].lower()) if p['dispo'][0].isupper() else 'home with vna'}; "
                f"bed offer expected by {fdate(when + dtm.timedelta(days=2), pick(['md', 'dash', 'abbr']))}.",
                f"{rl.lower()} asked for records to be faxed to {org(p['clinic'].lower())}, dr {nm(p['pcp'].last.lower())}.",
            ]
        )
    )
    L.append(
        pick(
            [
                f"{rl.lower()} will be away over {m('DATE', holiday(when + dtm.timedelta(7), when + dtm.timedelta(200)).lower())}, "
                f"prefers email: {m('EMAIL', (who.first[0] + who.last).lower().replace(chr(39), '') + pick(['@gmail.com', '@aol.com', '@comcast.net']))}.",
                f"appt w/ pcp on the {m('DATE', ordinal((when + dtm.timedelta(days=9)).day))} at 2pm. {rl.lower()} to drive.",
                f"pt's pharmacy is {org(pick(['cvs', 'walgreens', 'rite aid']))} in {loc(p['town'].lower())}, ph {fphone(ph('617', 7), 'dash')}.",
                f"{rl.lower()} aware pt may need vna. will call back {(when + dtm.timedelta(days=3)).strftime('%A')} {fdate(when + dtm.timedelta(days=3), 'md')}.",
            ]
        )
    )
    if p["key"] != "jackson":
        slug = (
            pick(["help-", "support-", "prayers-for-"])
            + p["first"].lower()
            + "-"
            + p["last"].lower().replace(chr(39), "")
        )
        L.append(
            pick(
                [
                    f"{rl.lower()} started a fundraiser page for pt: {m('URL', 'https://www.gofundme.com/f/' + slug)}",
                    f"family posts updates at {m('URL', 'www.caringbridge.org/visit/' + slug.split('-', 1)[1].replace('-', ''))}",
                ]
            )
        )
    if maybe(0.4):
        L.append(
            f"dr {nm(ATT[p['att']].last.lower())} aware. {pick(['will f/u', 'will cont to follow', 'no further needs'])}."
        )
    L.append(
        pick(
            [
                f"-{nm(nurse().first.lower())}",
                f"{nm(nurse().first.lower() + ' ' + nurse().last.lower())}, rn",
                f"-{nm(pick(['ellen marsh', 'tony russo']))} licsw {m('PHONE', 'x' + str(R.randint(4000, 4999)))}",
            ]
        )
    )
    return "\n".join(L), "lower"


# ---------------------------------------------------------------- the set

ICU_KEYS = [
    "hill",
    "stone",
    "day",
    "jackson",
    "brown",
    "medeiros",
    "sharp",
    "omalley",
    "rich",
    "abernathy",
    "doyle",
    "austin",
]
PLAN = (
    [("icu_systems_npn", k) for k in ["hill", "stone", "day", "medeiros", "sharp", "rich", "doyle"]]
    + [("icu_runon_npn", k) for k in ["hill", "day", "jackson", "brown", "austin", "abernathy"]]
    + [("icu_event_timeline", k) for k in ["stone", "medeiros", "omalley", "doyle", "hill", "jackson"]]
    + [("icu_family_update", k) for k in ["stone", "sharp", "abernathy", "austin", "medeiros", "day"]]
    + [("icu_mixed_npn", k) for k in ["brown", "omalley", "rich", "sharp", "austin"]]
    + [("icu_transfer_note", k) for k in ["hill", "jackson", "omalley", "doyle", "rich"]]
    + [("ds_medicine", k) for k in ["stone", "rich", "medeiros", "sharp", "austin"]]
    + [("ds_surgery", k) for k in ["omalley", "brown", "wood", "nguyen", "jackson"]]
    + [("ds_transfer_dictated", k) for k in ["hill", "abernathy", "wood", "day", "doyle"]]
    + [("imaging_report", k) for k in ["hill", "abernathy", "brown", "day", "austin"]]
    + [("procedure_report", k) for k in ["omalley", "brown", "abernathy", "sharp", "nguyen"]]
    + [("lower_progress", k) for k in ["wood", "nguyen", "day", "hill", "stone"]]
    + [("lower_phone_call", k) for k in ["wood", "nguyen", "sharp", "rich", "jackson"]]
)
STYLES = {
    f.__name__: f
    for f in (
        icu_systems_npn,
        icu_runon_npn,
        icu_event_timeline,
        icu_family_update,
        icu_mixed_npn,
        icu_transfer_note,
        ds_medicine,
        ds_surgery,
        ds_transfer_dictated,
        imaging_report,
        procedure_report,
        lower_progress,
        lower_phone_call,
    )
}


def main() -> None:
    plan = list(PLAN)
    R.shuffle(plan)
    out = []
    for i, (style, key) in enumerate(plan, 1):
        CUR["tags"] = TAGS[key]
        marked, case = STYLES[style](PT[key], R.randint(1, 5))
        text, spans = strip(marked)
        assert text.isascii(), (style, key)
        cased = {"upper": text.upper(), "lower": text.lower(), "mixed": text}[case]
        for span in spans:
            span["text"] = cased[span["start"] : span["end"]]
        out.append(json.dumps({"id": f"h14-{i:03d}", "style": style, "text": cased, "spans": spans}))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
