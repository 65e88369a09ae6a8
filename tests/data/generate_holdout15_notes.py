# ruff: noqa: E501
"""Fifteenth blind hold-out set: 70 outpatient and community-care notes, written without reading the
redaction rules, their tests, the other generators or their gold, and never run through the redactor
before the lead measured it.

Styles (5 notes each): primary-care SOAP notes, behavioural-health intakes, psychiatry/therapy progress
notes, paediatric well-child visits (parents, school, daycare), dental visits, ophthalmology visits,
pharmacy medication reconciliations, refill phone messages, patient-portal messages (lower case, typos,
signatures), referral faxes with header blocks, prior-authorisation faxes, occupational-health and
workers' compensation visits, EMS run sheets (abbreviated, upper case) and nursing-home MDS / transfer
forms. About 25 notes are upper case, 15 lower case and 30 mixed. A small community (Millbrook, Harlow,
Ashford, Dunmore, Clearwater and Brandon Falls, VT / NH / NY) recurs: the same patients, relatives,
clinicians, practices, pharmacies, schools, employers and nursing home, with each patient's dates in
order, one PCP each and the same relatives every time.

Gold conventions (HIPAA Safe Harbor):
- NAME: people only; titles (Dr., Mr., Ms., Coach), credentials (MD, NP, RN, LPN, DDS, RDH, PharmD, LICSW,
  LADC, EMT-P) and relation words (wife, son, mom, dtr, stepdad, grandmother...) stay outside the span.
  First names, nicknames ("bri", "thandi"), surnames, initials with surnames ("J. Kowalski") and staff
  initials in signatures ("-jh np", "TM COA") are names. An NP is never given "Dr.".
- DATE: every date and partial date ("3/14", "Mar 14", "the 3rd", "03/14/26", "14-MAR-2026" style), a month
  on its own when it dates an event ("last August", "was 7.9 in Jul") and holidays ("Christmas",
  "Thanksgiving", "Easter"); weekdays are not PHI and never gold. A year on its own ("since 2019") is
  YEAR; a year inside a date belongs to the DATE span.
- AGE: only ages over 89, the number only ("AGE 94", "92 y/o"); younger ages are not gold.
- PHONE: phone, fax and toll-free numbers; an extension is its own PHONE span ("EXT 214": "214").
  Public lines (crisis line 988) are not gold.
- EMAIL, URL: the whole address.
- ID: MRNs, client, account, claim, member/policy, group, Rx, DEA, NPI, NRCME, Medicare, provider, case,
  incident/run, police report and plate numbers: the number only, never its tag ("MRN:", "Rx#").
- ADDRESS: the street line ("41 Orchard Ln", "12 Church St Apt 3"), and a street named without a number
  where it places someone or a business ("Walgreens on Canal St"); route and interstate names (I-91,
  rt 10) are not gold. LOCATION: towns and countries; STATE: state names and codes; ZIP: ZIP codes.
- ORGANIZATION: hospitals (a named department stays in the span: "Harlow Valley Medical Center Sleep
  Lab"), practices, clinics, pharmacies, labs, nursing homes, schools, daycares, camps, colleges,
  employers, stores, EMS agencies and police departments ("HPD"). Insurers, payers and PBMs (Medicare,
  Medicaid, Blue Cross, Delta Dental, the workers' comp carrier Liberty Mutual, Caremark, OptumRx, MVP
  Health Care) are NOT gold: a payer's name is shared by millions of members and identifies no one; the
  member, policy and claim numbers beside it are IDs. Generic "the creamery", "the co-op", "the clinic",
  "the school", "home" and "VNA" are not gold.
- Not gold either: eponyms and brands (Foley, Tylenol, Bell's palsy, Apgars, Snellen, Down syndrome,
  Parkinson's, Epley, Wood's lamp, Hunter syndrome, Marcus Gunn, Stryker cot...), words that are names
  elsewhere in the set ("will call", "may need", "hope to", "BP rose to", "grace period", "grant-funded",
  "deer hunter", "brown stain"), doses that look like dates (1/2 tab, 5/325, 25/100), vitals (120/80),
  scores (PHQ-9 14/27, BIMS 7/15), visual acuities (20/40), tooth numbers (#19), times, room numbers
  (ROOM 114-A, RM 7), unit names (MEDIC 2) and weekdays.

Usage: python tests/data/generate_holdout15_notes.py > tests/data/holdout15_notes_gold.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from marks import MARK, m, strip  # noqa: E402

RNG = random.Random(15150)


def N(v: str) -> str:
    return m("NAME", v)


def O(v: str) -> str:  # noqa: E743
    return m("ORGANIZATION", v)


def P(v: str) -> str:
    return m("PHONE", v)


def I(v: str) -> str:  # noqa: E743
    return m("ID", v)


def L(v: str) -> str:
    return m("LOCATION", v)


def S(v: str) -> str:
    return m("STATE", v)


def Z(v: str) -> str:
    return m("ZIP", v)


def A(v: str) -> str:
    return m("ADDRESS", v)


def Y(v: object) -> str:
    return m("YEAR", v)


def AG(v: object) -> str:
    return m("AGE", v)


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]


def D(d: date, fmt: str = "us") -> str:
    """A marked date in one of the formats people write."""
    text = {
        "us": f"{d.month}/{d.day}/{d.year}",
        "us0": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us2": f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}",
        "short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "md": f"{d.month}/{d.day}",
        "mon": f"{MON[d.month - 1]} {d.day}",
        "mony": f"{MON[d.month - 1]} {d.day}, {d.year}",
        "month": f"{MONTH[d.month - 1]} {d.day}",
        "monthy": f"{MONTH[d.month - 1]} {d.day}, {d.year}",
        "dmy": f"{d.day:02d}-{MON[d.month - 1].upper()}-{d.year}",
        "iso": d.isoformat(),
        "nth": f"{d.day}{'th' if 11 <= d.day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')}",
        "dash": f"{d.month}-{d.day}-{d.year % 100:02d}",
    }[fmt]
    return m("DATE", text)


def pick(seq):
    return RNG.choice(seq)


# ---------------------------------------------------------------- the community
CLIN = {
    "raman": ("Priya", "Raman", "MD"), "okafor": ("Thomas", "Okafor", "MD"), "hale": ("Jennifer", "Hale", "NP"),
    "bell": ("Samuel", "Bell", "MD"), "delgado": ("Rose", "Delgado", "MD"), "whitfield": ("Marcus", "Whitfield", "LICSW"),
    "grant": ("Anita", "Grant", "MD"), "lindqvist": ("Kevin", "Lindqvist", "DDS"), "hope": ("Hope", "Martinez", "RDH"),
    "will": ("Will", "Duchesne", "PharmD"), "hunter": ("Hunter", "Massey", "MD"), "may": ("May", "Tran", "RN"),
    "brennan": ("Harold", "Brennan", "MD"), "fairbanks": ("Linda", "Fairbanks", "RN"), "june": ("June", "Abernathy", "NP"),
    "brown": ("Calvin", "Brown", "MD"), "sato": ("Keiko", "Sato", "MD"), "petrov": ("Dmitri", "Petrov", "DO"),
}

ORGS = {
    "mfp": "Millbrook Family Practice", "hvmc": "Harlow Valley Medical Center", "dped": "Dunmore Pediatrics",
    "eye": "Clearview Eye Associates", "dent": "Ashford Family Dentistry", "bh": "Northbrook Counseling Center",
    "walg": "Walgreens", "kinney": "Kinney Drugs", "hannaford": "Hannaford Pharmacy", "maple": "Maple Ridge Nursing and Rehabilitation",
    "occ": "WorkWell Occupational Health", "ems": "Harlow Rescue Squad", "ortho": "Green Mountain Orthopedics",
    "cardio": "Valley Heart Associates", "derm": "Brandon Falls Dermatology", "labs": "Quest Diagnostics",
}
PHONES = {
    "mfp": ("(802) 555-0142", "(802) 555-0143"), "hvmc": ("802-555-0300", "802-555-0301"),
    "dped": ("802-555-0177", "802-555-0178"), "eye": ("(603) 555-0129", "(603) 555-0130"),
    "dent": ("802.555.0191", "802.555.0192"), "bh": ("802-555-0164", "802-555-0165"),
    "occ": ("(802) 555-0186", "(802) 555-0187"), "ortho": ("802-555-0112", "802-555-0113"),
    "cardio": ("603-555-0155", "603-555-0156"), "maple": ("802-555-0120", "802-555-0121"),
}

TOWNS = [("Millbrook", "VT", "05751"), ("Harlow", "VT", "05753"), ("Ashford", "VT", "05733"),
         ("Dunmore", "NH", "03766"), ("Clearwater", "NY", "12822"), ("Brandon Falls", "VT", "05763")]


class Pt:
    def __init__(self, key, first, last, sex, dob, town, street, phone, pcp, rel, *, employer=None,
                 school=None, pharmacy="walg", insurer="Blue Cross", email=None, start=date(2026, 1, 5)):
        self.key, self.first, self.last, self.sex, self.dob = key, first, last, sex, dob
        self.town, self.state, self.zip = town
        self.street, self.phone, self.pcp, self.rel = street, phone, pcp, rel
        self.employer, self.school, self.pharmacy, self.insurer, self.email = employer, school, pharmacy, insurer, email
        n = RNG.randint(100000, 999999)
        self.mrn = f"MFP{n}" if pcp in ("raman", "okafor", "hale") else str(n)
        self.member = f"{pick(['XDV', 'ZHB', 'W'])}{RNG.randint(100000000, 999999999)}"
        self.when = start
        self.event: date | None = None

    def next(self, lo=8, hi=40) -> date:
        self.when = self.when + timedelta(days=RNG.randint(lo, hi))
        return self.when

    def age(self, on: date) -> int:
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))

    @property
    def he(self):
        return "he" if self.sex == "M" else "she"

    @property
    def his(self):
        return "his" if self.sex == "M" else "her"


PTS: dict[str, Pt] = {p.key: p for p in [
    Pt("dorsey", "Gerald", "Dorsey", "M", date(1958, 4, 11), TOWNS[0], "41 Orchard Ln", "802-555-0417", "raman",
       [("wife", "Marlene", "802-555-0418"), ("son", "Kyle", "802-555-0466")], employer="Dorsey Excavating", pharmacy="kinney",
       email="gdorsey58@myfairpoint.net", start=date(2026, 1, 6)),
    Pt("pelletier", "Annette", "Pelletier", "F", date(1971, 9, 2), TOWNS[1], "12 Church St Apt 3", "802-555-0233", "raman",
       [("husband", "Rene", "802-555-0234"), ("daughter", "Chloe", "802-555-0290")], employer="Harlow Cooperative Creamery",
       email="annette.pelletier@gmail.com", start=date(2026, 2, 2)),
    Pt("osei", "Kwame", "Osei", "M", date(1989, 6, 23), TOWNS[2], "7 Birch Hill Rd", "(802) 555-0371", "okafor",
       [("partner", "Delia Ruiz", "802-555-0372")], employer="Dunmore Precision Machining", pharmacy="hannaford",
       email="kosei.vt@outlook.com", start=date(2026, 3, 9)),
    Pt("whitcomb", "Evelyn", "Whitcomb", "F", date(1932, 11, 19), TOWNS[0], "88 Mill Pond Rd", "802-555-0258", "raman",
       [("daughter", "Carol Ann Bixby", "802-555-0259"), ("son", "Dale", "518-555-0147")], pharmacy="kinney",
       insurer="Medicare", start=date(2026, 1, 12)),
    Pt("lachance", "Roland", "LaChance", "M", date(1934, 3, 7), TOWNS[1], "5 Depot Sq", "802-555-0382", "okafor",
       [("niece", "Sylvie Gagnon", "603-555-0119")], insurer="Medicare", start=date(2026, 2, 16)),
    Pt("mbeki", "Thandiwe", "Mbeki-Rowe", "F", date(1996, 1, 30), TOWNS[3], "230 River Rd", "603-555-0264", "hale",
       [("mom", "Grace Rowe", "603-555-0265")], employer="Upper Valley Food Co-op", pharmacy="walg",
       email="thandi.mbekirowe@gmail.com", start=date(2026, 1, 20)),
    Pt("novak", "Brianna", "Novak", "F", date(2021, 11, 14), TOWNS[0], "19 Pleasant St", "802-555-0437", "grant",
       [("mom", "Kristen", "802-555-0437"), ("dad", "Tyler", "802-555-0438"), ("grandmother", "Dottie Hurd", "802-555-0406")],
       school="Little Acorns Daycare", pharmacy="kinney", insurer="Medicaid", start=date(2026, 2, 9)),
    Pt("santiago", "Mateo", "Santiago", "M", date(2016, 8, 3), TOWNS[1], "63 Elm St", "802-555-0345", "grant",
       [("mom", "Lucia", "802-555-0345"), ("dad", "Andres", "802-555-0346")], school="Harlow Elementary School",
       pharmacy="walg", start=date(2026, 3, 2)),
    Pt("kowal", "Lily", "Kowalczyk", "F", date(2012, 12, 1), TOWNS[2], "4 Quarry Rd", "802-555-0352", "grant",
       [("mom", "Jessica", "802-555-0352"), ("stepdad", "Brent Farley", "802-555-0353")], school="Ashford Middle School",
       pharmacy="hannaford", start=date(2026, 1, 26)),
    Pt("mcallister", "Dennis", "McAllister", "M", date(1966, 2, 17), TOWNS[4], "1170 State Route 22", "518-555-0198", "okafor",
       [("wife", "Patrice", "518-555-0199")], employer="Clearwater Paper Mill", pharmacy="hannaford", start=date(2026, 2, 23)),
    Pt("yoder", "Ruth", "Yoder", "F", date(1948, 7, 8), TOWNS[5], "15 Maple Ave", "802-555-0273", "hale",
       [("husband", "Elmer", "802-555-0273"), ("daughter", "Naomi Brandt", "413-555-0118")], insurer="Medicare",
       pharmacy="walg", email="ruthyoder48@aol.com", start=date(2026, 1, 14)),
    Pt("tran", "Vincent", "Tran", "M", date(1979, 10, 5), TOWNS[3], "3 Ledge Way", "603-555-0391", "hale",
       [("wife", "Linh", "603-555-0392")], employer="Dartmouth Coach", pharmacy="walg", start=date(2026, 4, 20)),
    Pt("hollis", "Jared", "Hollis", "M", date(2003, 4, 28), TOWNS[0], "22 Spring St Apt 2B", "802-555-0315", "raman",
       [("mother", "Tammy Hollis", "802-555-0316"), ("girlfriend", "Kayla Brooks", "802-555-0390")], employer="Millbrook Tire & Auto",
       pharmacy="kinney", insurer="Medicaid", start=date(2026, 2, 4)),
    Pt("abbott", "Frances", "Abbott", "F", date(1935, 12, 24), TOWNS[5], "600 Ridge Rd", "802-555-0120", "brennan",
       [("son", "Douglas", "802-555-0462"), ("granddaughter", "Emily Sauer", "802-555-0481")], insurer="Medicare",
       pharmacy="kinney", start=date(2026, 1, 8)),
    Pt("fiske", "Walter", "Fiske", "M", date(1931, 6, 2), TOWNS[5], "600 Ridge Rd", "802-555-0120", "brennan",
       [("wife", "Bernice", "802-555-0208"), ("son", "Gary", "802-555-0229")], insurer="Medicare", start=date(2026, 2, 1)),
    Pt("reyes", "Daniela", "Reyes", "F", date(1984, 3, 19), TOWNS[4], "56 Canal St", "518-555-0187", "okafor",
       [("husband", "Omar", "518-555-0188"), ("son", "Nico", "518-555-0188")], employer="Clearwater Central School District",
       email="dani.reyes84@yahoo.com", start=date(2026, 1, 19)),
    Pt("gauthier", "Paul", "Gauthier", "M", date(1955, 8, 30), TOWNS[2], "9 Fuller Rd", "802-555-0228", "okafor",
       [("wife", "Diane", "802-555-0228"), ("daughter", "Michelle Ames", "802-555-0247")], insurer="Medicare",
       pharmacy="hannaford", start=date(2026, 1, 27)),
]}

PTS["tran"].event = date(2026, 3, 20)


def clin(key: str, style: str = "full") -> str:
    first, last, cred = CLIN[key]
    if cred == "NP" and style in ("dr", "drfull"):
        style = "full"
    return {
        "full": f"{N(first + ' ' + last)}, {cred}",
        "dr": f"Dr. {N(last)}",
        "drfull": f"Dr. {N(first + ' ' + last)}",
        "last": N(last),
        "first": N(first),
        "init": f"{N(first[0] + '. ' + last)}, {cred}",
        "plain": N(first + " " + last),
    }[style]


def pname(p: Pt, style: str = "full") -> str:
    return {
        "full": N(f"{p.first} {p.last}"),
        "lastfirst": N(f"{p.last}, {p.first}"),
        "first": N(p.first),
        "last": N(p.last),
        "title": f"{'Mr.' if p.sex == 'M' else 'Ms.'} {N(p.last)}",
    }[style]


def addr_block(p: Pt, one_line: bool = True) -> str:
    sep = ", " if one_line else "\n"
    return f"{A(p.street)}{sep}{L(p.town)}, {S(p.state)} {Z(p.zip)}"


# ---------------------------------------------------------------- styles
def soap(i: int) -> str:
    p = [PTS["dorsey"], PTS["pelletier"], PTS["gauthier"], PTS["reyes"], PTS["hollis"]][i]
    d = p.next()
    rel, relname, relphone = p.rel[0]
    pcp = p.pcp
    variants = [
        lambda: f"""{O(ORGS['mfp'])}
Office Visit {D(d, 'us0')}    Provider: {clin(pcp, 'full')}
Patient: {pname(p, 'lastfirst')}   DOB: {D(p.dob, 'us0')}   MRN: {I(p.mrn)}

S: {p.age(d)} yo M here for f/u HTN and DM2. Says BP at home running 130s-140s/80s on the cuff his {rel} {N(relname)} bought at {O(ORGS[p.pharmacy])}. Taking metformin 1000 mg bid, lisinopril 20 mg daily. S/p R knee arthroscopy {Y(2017)}. Occasional low back pain after plowing for {O(p.employer)}, takes Tylenol 500 mg 1-2 tabs prn, no NSAIDs. Denies CP, SOB. Last eye exam with {clin('bell', 'dr')} {D(p.when - timedelta(days=200), 'md')} - "no retinopathy."
O: BP 142/86, repeat 136/84 (BP rose to 150s in {m('DATE', 'December')} when off lisinopril). HR 72. Wt 231 lb. BMI 33.1. Monofilament intact bilat. No edema.
Labs {D(d - timedelta(days=6), 'md')}: A1c 7.4 (was 7.9 in {m('DATE', MON[(d.month + 5) % 12])}), LDL 96, Cr 0.9.
A/P:
1. HTN - not at goal. Increase lisinopril to 40 mg daily. Recheck BMP 2 wk.
2. DM2 - improving. Cont metformin. Will call with urine microalb.
3. Back pain - mechanical. PT referral to {O(ORGS['ortho'])}, fax {P(PHONES['ortho'][1])}.
RTC 3 mo. Pt may need statin intensification next visit.
{clin(pcp, 'full')}""",
        lambda: f"""{O(ORGS['mfp'])} - Acute visit
Date of service: {D(d, 'mony')}
{pname(p, 'full')} (DOB {D(p.dob, 'us')}) MRN {I(p.mrn)}
Seen by {clin('hale', 'full')}, precepted w/ {clin(pcp, 'dr')}

Subjective: 3 days of R ear pain and dizziness when she rolls over in bed. Works night shift at {O(p.employer)}. Husband {N(relname)} drove her in. No fever. Hx Bell's palsy {Y(2014)}, resolved.
Objective: T 98.4, BP 118/76, HR 80. TMs clear. Dix-Hallpike positive on R. No nystagmus at rest. CN intact, no facial droop.
Assessment: BPPV, R posterior canal.
Plan: Epley maneuver done in the clinic, tolerated. Romberg neg after. Home Epley handout. Meclizine 12.5 mg 1/2 tab to 1 tab q8h prn. Note for work through {D(d + timedelta(days=2), 'md')}. Return if hearing loss or new weakness. Pt hopes to return to work by the weekend.
- {N('JH')}""",
        lambda: f"""Primary Care Progress Note   {D(d, 'us2')}
{O(ORGS['mfp'])}, {A('200 Main St')}, {L('Millbrook')}, {S('VT')} {Z('05751')}
Pt: {pname(p, 'title')}, {p.age(d)} y.o.   Acct# {I(str(RNG.randint(10000000, 99999999)))}

CC: tremor and "shuffling" per wife {N(relname)}
HPI: 6 months of R hand resting tremor, worse with stress. Wife noticed he stopped signing checks. Retired from {O('Ashford Public Works')} in {Y(2019)}. Father had Parkinson's disease. No falls. Sleeps poorly.
Exam: BP 128/78 sitting, 122/74 standing. Masked facies mild. Resting tremor R > L, cogwheel rigidity R wrist. Gait slightly narrow, decreased arm swing. Romberg neg.
A/P: Probable early Parkinson's. Referred to neurology, {clin('sato', 'drfull')} at {O(ORGS['hvmc'])} ({P(PHONES['hvmc'][0])}). Discussed Sinemet; will defer to neuro. Fall precautions. Daughter {N(p.rel[1][1])} to come to next visit.
{clin(pcp, 'drfull')}""",
        lambda: f"""{O(ORGS['mfp'])}
Telehealth visit {D(d, 'mon')}, {d.year}. Pt at home in {L(p.town)}, {S('New York')}; verified identity with DOB {D(p.dob, 'us')}.
Pt: {pname(p, 'full')}  MRN {I(p.mrn)}  Cell {P(p.phone)}

S: Follow-up anxiety and insomnia. Teaches 4th grade at {O(p.employer)}; stress with state testing. GAD-7 12 today (was 16 on {D(d - timedelta(days=42), 'md')}). Sertraline 50 mg, no side effects. Husband {N(relname)} and son {N(p.rel[1][1])} well. Uses melatonin 3 mg.
O: Appears well on video. Speech normal. Denies SI.
A: GAD, improving.
P: Increase sertraline to 75 mg (1.5 of the 50 mg tabs). Counseling referral to {O(ORGS['bh'])}; therapist {clin('whitfield', 'full')} has openings. F/u 6 wk. Rx sent to {O(ORGS['walg'])} on {A('Canal St')}.
{clin(pcp, 'dr')}""",
        lambda: f"""{O(ORGS['mfp'])} - SOAP
{D(d, 'us')} 10:40
{pname(p, 'full')}, {p.age(d)}M, MRN {I(p.mrn)}

S: F/u after MVC on {D(p.event, 'md')} - L wrist sprain, seen at {O(ORGS['hvmc'])}, splint off now. L hand lac from work ({O(p.employer)}) healed, back to full duty. Mom {N(p.rel[0][1].split()[0])} with him. Wants to talk about quitting vaping. Girlfriend {N(p.rel[1][1])} is pregnant, due around {D(d + timedelta(days=150), 'month')}.
O: 118/72, HR 88. L wrist: FROM, no snuffbox tenderness. Palm scar well healed.
A/P: 1) Wrist sprain - resolved. 2) Nicotine - start patch 14 mg, quitline info given. 3) Workers comp claim # {I('WC-26-' + str(RNG.randint(10000, 99999)))} closed per {O(ORGS['occ'])}.
{clin(pcp, 'last')} / {N('mt')} MA""",
    ]
    return variants[i]()


def psych_intake(i: int) -> str:
    p = [PTS["osei"], PTS["mbeki"], PTS["hollis"], PTS["reyes"], PTS["tran"]][i]
    d = p.next()
    rel, relname, relphone = p.rel[0]
    phq = RNG.randint(10, 22)
    parts = [
        lambda: f"""{O(ORGS['bh'])}
BEHAVIORAL HEALTH INTAKE ASSESSMENT
Client: {pname(p, 'full')}   DOB: {D(p.dob, 'us0')}   Client ID: {I('NCC-' + str(RNG.randint(10000, 99999)))}
Date: {D(d, 'us0')}   Clinician: {clin('whitfield', 'full')}
Referred by: {clin(p.pcp, 'drfull')}, {O(ORGS['mfp'])}
Portal invite sent: {m('URL', 'https://mychart.northbrookcounseling.org')}

Presenting problem: {['low mood x 4 months since layoff threat at ' + O(p.employer), 'low mood and panic attacks at work, on leave from ' + O(p.employer) + ' for 1 week', 'court-ordered substance use screening after a DUI; low mood', 'worry, insomnia, irritability with her students', 'nightmares and fear of driving since a crash in the company bus'][i]}. PHQ-9 {phq}/27, GAD-7 {RNG.randint(5, 18)}/21.
""",
    ]
    hist = [
        lambda: f"""Social history: Lives in {L(p.town)} with {rel} {N(relname)}. Grew up in {L('Kumasi')}, {L('Ghana')}; moved to the US in {Y(2011)}. Works second shift as a CNC operator. Drinks 4-6 beers on weekends. Denies drugs. Interested in the grant-funded peer recovery coach program. Hobby: deer hunter, has firearms at home, locked in a safe; agrees to have partner hold the key.
Family history: father with alcohol use d/o; maternal aunt "nerves."
""",
        lambda: f"""Social history: Lives alone at {A(p.street)}, {L(p.town)}. Mom {N(relname)} lives in {L('Lebanon')}, {S('NH')}, supportive. Works at {O(p.employer)} as a cashier. Graduated from {O('Keene State College')} in {Y(2018)}. Uses cannabis nightly to sleep. Hx of self-harm (cutting) age 15, none since.
Trauma: sexual assault in college, did not report. Seen previously by Dr. {N('Feldman')} at {O('Counseling Associates of Keene')}.
""",
        lambda: f"""Social history: Lives with mother {N(relname)} in {L(p.town)}. Works at {O(p.employer)}. Girlfriend {N(p.rel[1][1])} expecting. Vaping nicotine, daily cannabis, one DUI in {Y(2024)} (license suspended until {D(date(2026, 9, 1), 'mony')}). Court-ordered screening per probation officer {N('Dana Whitlock')} ({P('802-555-0411')}).
""",
        lambda: f"""Social history: Married to {N(relname)}, son {N(p.rel[1][1])} age 9. Teacher at {O(p.employer)}. Parents in {L('San Juan')}, {L('Puerto Rico')}. No substance use. Exercises rarely now.
Prior treatment: none. PCP {clin(p.pcp, 'dr')} started sertraline.
""",
        lambda: f"""Social history: Bus driver for {O(p.employer)}; out of work since MVC on {D(p.event, 'month')}. Wife {N(relname)} works at {O('Dunmore Nail Spa')}. Two kids. Nightmares and avoidance of driving since the crash. Vietnamese-speaking parents live with them.
""",
    ]
    mse = f"""MSE: Alert, oriented x3. Casually dressed, fair hygiene. Speech normal rate. Mood "{pick(['tired', 'stressed', 'flat', 'not great'])}". Affect constricted. TP linear. No AH/VH. Denies SI/HI today; C-SSRS screen negative. Insight fair, judgment fair.
Dx impression: {['MDD, single episode, moderate; alcohol use, r/o AUD', 'MDD, recurrent, moderate; r/o PTSD', 'Cannabis use d/o, mild; adjustment d/o with depressed mood', 'GAD; adjustment d/o with mixed anxiety and depressed mood', 'PTSD, provisional'][i]}.
Plan: weekly CBT with {clin('whitfield', 'first')}; psychiatry eval with {clin('delgado', 'drfull')} on {D(d + timedelta(days=14), 'mon')}. Crisis line 988 and our after-hours line {P(PHONES['bh'][0])} reviewed. ROI signed for {O(ORGS['mfp'])} (fax {P(PHONES['mfp'][1])}).
{clin('whitfield', 'full')}   {D(d, 'us')}"""
    return parts[0]() + hist[i]() + mse


def psych_progress(i: int) -> str:
    p = [PTS["osei"], PTS["mbeki"], PTS["hollis"], PTS["reyes"], PTS["tran"]][i]
    d = p.next(10, 30)
    rel, relname, _ = p.rel[0]
    notes = [
        lambda: f"""psychiatry med management - {clin('delgado', 'dr')}
{D(d, 'md')}/{d.year % 100}   pt: {pname(p, 'full')}   mrn {I(p.mrn)}
seen 30 min. started sertraline 50 mg after intake. phq-9 today 11/27 (was 17/27). sleeping 6 hrs. partner {N(relname.lower())} says he is "less short with people". still drinking on weekends, cut to 2-3. firearm key still with partner.
no si. will increase sertraline to 100 mg. labs: none needed. f/u 4 wk. pt may need letter for fmla from {O(p.employer.lower())}.
-{N('rd')}""",
        lambda: f"""therapy progress note {D(d, 'us')}
client: {pname(p, 'first')} {pname(p, 'last')}  session #4  cpt 90837
{clin('whitfield', 'first')} {clin('whitfield', 'last')}, licsw

client arrived on time. discussed panic attack at work last week ({O(p.employer.lower())}), left shift early. practiced box breathing and grounding. mom {N(relname.split()[0].lower())} came up from {L('lebanon')} for the weekend which "helped a lot". cannabis down to 3 nights/week. no self-harm urges. hope to start dbt skills group next month.
plan: cont weekly. homework: thought log. next appt {D(d + timedelta(days=7), 'mon')} 4pm.""",
        lambda: f"""SUBSTANCE USE PROGRESS NOTE  {D(d, 'us0')}
Client: {pname(p, 'lastfirst')}   ID {I(p.mrn)}
Counselor: {N('Theresa Quinlan')}, LADC

UDS today: + THC, neg for all else. Client reports vaping less since girlfriend {N(p.rel[1][1])} moved in. Attending court-ordered IOP Mon/Wed/Thu. Missed Wednesday group for work at {O(p.employer)} - letter to employer provided. Probation officer {N('Whitlock')} updated by phone {P('802-555-0411')}.
Plan: cont IOP, next UDS random. Pt will call if relapse.
{N('T. Quinlan')}""",
        lambda: f"""psych f/u - telehealth
{D(d, 'mony')}
{pname(p, 'full')}  dob {D(p.dob, 'us')}
gad-7 7/21, phq-9 5/27. sertraline 75 mg helping. returned to teaching full time at {O(p.employer.lower())}. husband {N(relname.lower())} supportive, son {N(p.rel[1][1].lower())} doing well in 3rd grade. sleeping better w/o melatonin. no si.
cont current dose, f/u 3 months with {clin('delgado', 'dr')}. pcp {clin(p.pcp, 'dr')} cc'd.
-rose delgado md""".replace("-rose delgado md", f"-{N('rose delgado')} md"),
        lambda: f"""therapy note - trauma focused
date {D(d, 'us2')}  client {pname(p, 'full')}
clinician {clin('whitfield', 'plain')}, licsw

session 6 of cpt for ptsd after mvc on rt 10. sud 70 -> 45 during in vivo exposure (sat in parked car in the lot). wife {N(relname.lower())} attended last 15 min. client may need note for {O(p.employer.lower())} re: gradual return to driving; company nurse {N('pam gilchrist')} asked for it by {D(d + timedelta(days=10), 'md')}. no si/hi.
next: {D(d + timedelta(days=7), 'md')} 2pm""",
    ]
    return notes[i]()


def well_child(i: int) -> str:
    kids = [PTS["novak"], PTS["santiago"], PTS["kowal"], PTS["novak"], PTS["santiago"]]
    p = kids[i]
    d = p.next(30, 90)
    if i == 1:
        p.event = d
    mom, momname, momphone = p.rel[0]
    dad, dadname, _ = p.rel[1]
    if i in (0, 3):
        visit = "4 year" if i == 0 else "4.5 yr"
        return f"""{O(ORGS['dped'])}
Well Child Visit - {visit}     {D(d, 'us0')}
Patient: {pname(p, 'full')}   DOB {D(p.dob, 'us0')}   MRN {I(p.mrn)}
Provider: {clin('grant', 'full')}
Accompanied by: mother {N(momname)} and grandmother {N(p.rel[2][1])}

Interval hx: Attends {O(p.school)} 5 days/wk; teacher Ms. {N('Pruitt')} says she is "busy but sweet." {'Had croup at ' + m('DATE', 'Christmas') + ', ED visit at ' + O(ORGS['hvmc']) + '.' if i == 0 else 'Ear infection after ' + m('DATE', 'Easter') + ', amoxicillin x10d.'} Dad {N(dadname)} works nights.
Birth hx: term SVD, Apgars 8/9, no NICU.
Development: hops on one foot, draws a person with 3 parts, tells stories. Speech 100% intelligible. ASQ passed.
Diet: picky, whole milk 24 oz/day (advised 16 oz).
Anticipatory guidance: booster seat, water safety, Heimlich/choking, Tylenol 240 mg (7.5 mL) q6h prn fever - dosing chart given.
Exam: Wt 16.8 kg (55%), Ht 104 cm (60%), BP 96/58. Snellen-equivalent HOTV 20/30 both eyes. Hearing pass. Teeth: 2 caries noted.
Immunizations: DTaP, IPV, MMR, varicella given today. VIS given. Next due 11-12 yr.
A/P: Healthy 4 yo. Dental referral to {O(ORGS['dent'])}. Fluoride varnish applied. Daycare form signed. Return {D(d + timedelta(days=180), 'mon')} or prn.
{clin('grant', 'dr')} / {N('Amber Cole')}, RN"""
    if i in (1, 4):
        return f"""{O(ORGS['dped'])} WCC {D(d, 'us')}
{pname(p, 'full')}, {p.age(d)} yo boy, DOB {D(p.dob, 'us')}, MRN {I(p.mrn)}
Here with mom {N(momname)} (interpreter not needed, mom prefers English). Dad {N(dadname)} on speakerphone.

Concerns: {'school (' + O(p.school) + ') says he can' + chr(39) + 't sit still, teacher Mr. ' + N('Haskell') + ' sent Vanderbilt forms. Also snores. Got a dog over ' + m('DATE', 'Thanksgiving') + '.' if i == 1 else 'ADHD f/u; teacher Mr. ' + N('Haskell') + ' at ' + O(p.school) + ' says focus is better. Still snores. Broke L wrist at ' + O('Camp Kinnicum') + ' last ' + m('DATE', 'August') + ', healed.'}
Vanderbilt: teacher {'7/9' if i == 1 else '3/9'} inattentive items, parent {'6/9' if i == 1 else '4/9'}. No ODD.
Exam: Wt 29 kg, BMI 17.2 (70%). BP 104/62. Tonsils 3+. Vision 20/20 OU Snellen. Tanner 1.
A/P: 1. ADHD, combined - {'discussed options, start methylphenidate ER 18 mg qAM, recheck 4 wk' if i == 1 else 'on methylphenidate ER 18 mg since ' + D(p.event, 'md') + ', focus better but appetite poor, down 3 lb; switch to nonstimulant (Qelbree), PA needed'}. Letter for 504 plan to school nurse {N('Barb Lucey')} fax {P('802-555-0351')}.
2. Snoring - ENT referral {O(ORGS['hvmc'])}.
3. {'Flu shot given.' if i == 1 else 'Vaccines up to date.'}
{clin('grant', 'drfull')}"""
    return f"""{O(ORGS['dped'])}
Adolescent well visit {D(d, 'mony')}
{pname(p, 'full')}  DOB {D(p.dob, 'us0')}  MRN {I(p.mrn)}
With mom {N(momname)}; seen alone for HEADSS portion. Stepdad {N(dadname)} in waiting room.

Grade 7 at {O(p.school)}, on the soccer team. Grades B's. Wants sports form for fall. Friends good. Denies vaping, alcohol. Not sexually active. PHQ-A 4. Menarche {m('DATE', MONTH[(d.month + 6) % 12])} of last year ({Y(d.year - 1)}); periods regular.
FHx: dad (bio) with Type 1 DM; cousin with Hunter syndrome (MPS II). Maternal grandpa Down syndrome? - mom unsure, "uncle had Down syndrome."
Exam: Ht 158 cm, Wt 47 kg, BP 108/64, HR 66. Tanner 3. Scoliometer 3 deg. Wood's lamp for hypopigmented patch on back: no fluorescence - tinea versicolor unlikely, likely pityriasis alba.
Vaccines: Tdap, MenACWY, HPV #1 today.
Sports clearance signed; copy to Coach {N('Deb Rinaldi')} at school.
{clin('grant', 'full')}"""


def dental(i: int) -> str:
    p = [PTS["novak"], PTS["gauthier"], PTS["mcallister"], PTS["pelletier"], PTS["kowal"]][i]
    d = p.next(10, 60)
    hyg = clin("hope", "plain")
    if i == 0:
        return f"""{O(ORGS['dent'])}
Pt: {pname(p, 'full')}  DOB {D(p.dob, 'us')}  Chart {I(p.mrn)}
Appt {D(d, 'us')} - new pt, referred by {clin('grant', 'dr')} ({O(ORGS['dped'])})
Guardian: mother {N(p.rel[0][1])}, {P(p.rel[0][2])}

Hx: 2 caries noted at well visit. Drinks juice at {O(p.school)} at lunch. Medicaid.
Exam: Primary dentition. Caries #J occlusal, #K occlusal, early lesion #S. Gingiva healthy. Behavior Frankl 3 (positive), cried during x-rays.
Tx: Prophy, fluoride varnish by {hyg}, RDH. 2 BWX.
Plan: restore J, K next visit with N2O; SDF on S. Parent education on juice and bottle at night. Next appt {D(d + timedelta(days=21), 'mon')} 8:30.
{clin('lindqvist', 'full')}"""
    up = [
        lambda: f"""{O(ORGS['dent'])}  {P(PHONES['dent'][0])}
PROGRESS NOTE  {D(d, 'us0')}
PT: {pname(p, 'lastfirst')}   DOB {D(p.dob, 'us0')}   ACCT {I(str(RNG.randint(100000, 999999)))}
MED HX: HTN, BPH. PCP {clin(p.pcp, 'dr')} - CLEARANCE FAX REC'D {D(d - timedelta(days=4), 'md')}. NO ANTICOAGULANTS. NO BISPHOSPHONATES. R HAND TREMOR - PT SAYS PCP AWARE, NOT PARKINSON'S PER PT.
CC: #19 BROKEN, "LOST HALF A TOOTH ON A NUT"
EXAM: #19 MO FRACTURE, DISTAL CUSP, NO PULP EXPOSURE. PERC NEG. COLD WNL.
TX: 1 CARP 2% LIDO 1:100K IAN. BUILDUP #19. PREP FOR PFM CROWN. IMPRESSION SENT TO {O('Ridgeline Dental Lab')}. TEMP CROWN W/ TEMPBOND.
BP 132/78 PRE-OP. TOLERATED WELL. WIFE {N(p.rel[0][1])} DRIVING.
SEAT CROWN {D(d + timedelta(days=14), 'md')}. -{clin('lindqvist', 'last')} DDS / {N('KR')} DA""",
        lambda: f"""{O(ORGS['dent'])}
EMERGENCY VISIT {D(d, 'us')}
{pname(p, 'full')}   DOB {D(p.dob, 'us')}
EMPLOYER: {O(p.employer)} - DENTAL INS THRU DELTA DENTAL, MEMBER {I(p.member)}
CC: SWELLING LL FACE X 2 DAYS. TOOK 1/2 OF HIS WIFE'S HYDROCODONE 5/325 LAST NIGHT.
EXAM: T 99.1. BP 148/92. LL VESTIBULAR SWELLING #30, FLUCTUANT. #30 PERC ++. PA: LARGE PERIAPICAL RL.
TX: I&D, PENROSE DRAIN. RX AMOXICILLIN 500 MG TID X 7D, IBUPROFEN 600 MG Q6H. ADVISED NO MORE BORROWED OPIOIDS.
PLAN: RCT VS EXT #30, RTC {D(d + timedelta(days=3), 'md')}. IF TROUBLE SWALLOWING GO TO {O(ORGS['hvmc'])} ED.
{clin('lindqvist', 'full')}""",
        lambda: f"""{O(ORGS['dent'])} - HYGIENE RECALL
{D(d, 'mony')}
PT {pname(p, 'full')}  DOB {D(p.dob, 'us0')}
PERIO CHART: 4-5 MM POCKETS UL MOLARS, BOP 22%. CALCULUS MOD. HX BELL'S PALSY, NO RESIDUAL.
PT ASKS ABOUT WHITENING BEFORE DAUGHTER {N(p.rel[1][1])}'S GRADUATION ON {D(d + timedelta(days=60), 'month')}.
TX: SRP UR/UL W/ 2 CARP ARTICAINE. OHI: WATERPIK. PERIOGARD RINSE.
NEXT: SRP LR/LL {D(d + timedelta(days=14), 'md')}; WHITENING TRAYS AFTER.
{hyg}, RDH""",
    ]
    if i in (1, 2, 3):
        return up[i - 1]()
    return f"""{O(ORGS['dent'])}
Ortho consult {D(d, 'us')}
{pname(p, 'full')}, DOB {D(p.dob, 'us')}, with mom {N(p.rel[0][1])}
Referred by school nurse at {O(p.school)} after dental screening.
Class II div 1, overjet 7 mm, crowding upper anteriors. Habit: nail biting. Brown stain on lower incisors - extrinsic, removed with polish.
Tx options discussed: phase II full braces. Mom asks about cost; insurance Blue Cross through stepdad {N(p.rel[1][1])}'s job at {O('Ashford Public Works')}, policy {I(p.member)}.
Records: pano, ceph, photos. Consult with Dr. {N('Abigail Thorne')} (orthodontist, {O('Valley Orthodontics')}, {P('802-555-0139')}).
{hyg}, RDH for {clin('lindqvist', 'dr')}"""


def ophtho(i: int) -> str:
    p = [PTS["dorsey"], PTS["yoder"], PTS["whitcomb"], PTS["tran"], PTS["gauthier"]][i]
    d = p.next(15, 60)
    bell = clin("bell", "full")
    if i in (0, 1, 2):
        extra = [
            lambda: f"DM2 X 12 YRS, A1C 7.4. REF BY {clin(p.pcp, 'dr')}.",
            lambda: f"GLAUCOMA SUSPECT, FHX - SISTER {N('Esther Miller')} BLIND FROM GLAUCOMA. HUSBAND {N(p.rel[0][1])} DRIVES.",
            lambda: f"AGE {AG(p.age(d))}, DTR {N(p.rel[0][1])} BRINGS HER FROM {L(p.town)}. HX WET AMD OS, EYLEA Q8 WK.",
        ][i]()
        return f"""{O(ORGS['eye'])}
{L('Dunmore')}, {S('NH')}  TEL {P(PHONES['eye'][0])}  FAX {P(PHONES['eye'][1])}
PATIENT: {pname(p, 'lastfirst')}   DOB: {D(p.dob, 'us0')}   MRN: {I(p.mrn)}
DOS: {D(d, 'us0')}   PROVIDER: {bell}
HX: {extra}
VA SC: OD 20/{pick(['25', '30', '40'])}  OS 20/{pick(['40', '50', '70'])}  PH OS 20/30. SNELLEN.
IOP (GOLDMANN): OD {RNG.randint(14, 24)}  OS {RNG.randint(14, 24)} @ 10:15
PUPILS: PERRL, NO APD (NO MARCUS GUNN). EOM FULL. CVF FTFC. AMSLER: {['NORMAL', 'NORMAL', 'METAMORPHOPSIA OS'][i]}.
SLE: L/L WNL. K CLEAR. AC D&Q. LENS 2+ NS OU.
DFE (TROPICAMIDE/PHENYLEPHRINE): C/D {['0.4', '0.7', '0.5'][i]} OU. {['SCATTERED DOT HEMES OD', 'NO DR, THIN RIM INF OU', 'DRUSEN OU, SRF OS'][i]}.
OCT MAC/RNFL DONE.
IMP/PLAN: {['MILD NPDR OD, NO DME', 'POAG SUSPECT OU - START LATANOPROST QHS OS', 'WET AMD OS ACTIVE - EYLEA OS TODAY, RTC 4 WK'][i]}. LETTER TO PCP {clin(p.pcp, 'dr')}. NEXT VISIT {D(d + timedelta(days=[180, 90, 28][i]), 'us')}.
{N('TM')} COA / {clin('bell', 'dr')}"""
    if i == 3:
        return f"""{O(ORGS['eye'])} - Urgent visit {D(d, 'mony')}
{pname(p, 'full')}  DOB {D(p.dob, 'us')}  MRN {I(p.mrn)}
Injury: metal sliver to R eye while helping at brother-in-law's shop; not at {O(p.employer)}.
VA OD 20/40, OS 20/20. Fluorescein: 1 mm corneal FB 4 o'clock with rust ring. Seidel neg. AC quiet.
Removed with 25g needle and Alger brush under slit lamp. Erythromycin ung, no patch.
Ishihara 14/14 OU. Dilated exam deferred.
RTC 24-48 h with {clin('june', 'full')}. Wear safety glasses - hope to avoid a repeat. Wife {N(p.rel[0][1])} driving.
{bell}"""
    return f"""{O(ORGS['eye'])}
Cataract pre-op evaluation {D(d, 'us')}
{pname(p, 'title')}, DOB {D(p.dob, 'us')}, MRN {I(p.mrn)}
Glare testing: VA OD 20/50 -> 20/200 with BAT. Tamsulosin for BPH - IFIS risk.
Biometry (IOLMaster): AL 23.8 mm OD. Target plano. Lens SN60WF 21.0 D.
Surgery scheduled {D(d + timedelta(days=21), 'mony')} at {O('Harlow Valley Surgery Center')}, arrive 7:00. H&P from {clin(p.pcp, 'dr')}, fax {P(PHONES['mfp'][1])}. Wife {N(p.rel[0][1])} will drive.
{bell}"""


def medrec(i: int) -> str:
    p = [PTS["whitcomb"], PTS["yoder"], PTS["lachance"], PTS["dorsey"], PTS["gauthier"]][i]
    d = p.next(7, 30)
    ph = clin("will", "full")
    rx = [str(RNG.randint(1000000, 9999999)) for _ in range(3)]
    if i == 2:  # lower
        return f"""{O(ORGS['kinney'].lower())} #{RNG.randint(10, 99)} - med rec after discharge
{D(d, 'us')}  pt {pname(p, 'full')}, {AG(p.age(d))} y/o, {A(p.street.lower())}, {L(p.town.lower())}
dc'd from {O(ORGS['hvmc'].lower())} {D(d - timedelta(days=2), 'md')}, dx chf exacerbation. niece {N(p.rel[0][1].lower())} ({P(p.rel[0][2])}) picks up meds.
home list vs dc list:
- furosemide 40 mg daily -> now 40 mg bid (rx {I(rx[0])})
- metoprolol succ 25 mg daily - unchanged
- potassium 20 meq daily - new (rx {I(rx[1])})
- aspirin 81 - unchanged
- ibuprofen otc - stop, told niece
- tylenol 500 mg prn ok
blister pack made through {D(d + timedelta(days=28), 'md')}. called {clin(p.pcp, 'dr')}'s office re: dup omeprazole/pantoprazole, spoke w/ {N('kim')}, will d/c omeprazole.
{N('will duchesne')}, pharmd"""
    names = [
        ("Aricept 10 mg hs", "Eliquis 2.5 mg bid", "Senna 8.6 mg 2 tabs hs"),
        ("Latanoprost 0.005% 1 gtt OS qhs", "Levothyroxine 75 mcg daily (Hashimoto's)", "Alendronate 70 mg weekly"),
        None,
        ("Metformin 1000 mg bid", "Lisinopril 40 mg daily", "Atorvastatin 40 mg daily"),
        ("Tamsulosin 0.4 mg daily", "Eliquis 5 mg bid", "Carbidopa/levodopa 25/100 1 tab tid"),
    ][i]
    cap = False
    body = f"""{O(ORGS[p.pharmacy])} Pharmacy - Medication Reconciliation
Date: {D(d, 'us0')}   Pharmacist: {ph}
Patient: {pname(p, 'lastfirst')}   DOB {D(p.dob, 'us0')}   Ph {P(p.phone)}
Prescriber: {clin(p.pcp, 'full')}   NPI {I(str(RNG.randint(1000000000, 1999999999)))}   DEA {I('B' + CLIN[p.pcp][1][0] + str(RNG.randint(1000000, 9999999)))}
Insurance: {p.insurer} Part D, ID {I(p.member)}

Current meds verified with {p.rel[0][0]} {N(p.rel[0][1])}:
1. {names[0]}  Rx# {I(rx[0])}
2. {names[1]}  Rx# {I(rx[1])}
3. {names[2]}  Rx# {I(rx[2])}
4. Tylenol 500 mg 1-2 tabs q6h prn (OTC)
Issues: {pick(['duplicate therapy with OTC Aleve - advised stop', 'Beers list: diphenhydramine at night - suggested melatonin', 'missed doses on weekends - pill organizer set up'])}. Plan coverage: 60-day grace period for the Part D transition fill; Tylenol max 3 g/day reviewed.
{"Age " + AG(p.age(d)) + ": renal dosing checked, CrCl 38." if p.age(d) > 89 else "CrCl 72."}
Next sync fill {D(d + timedelta(days=30), 'mon')}. Delivery to {A(p.street)} on Fridays.
{ph}"""
    return body.upper() if cap else body


def refill(i: int) -> str:
    p = [PTS["dorsey"], PTS["pelletier"], PTS["yoder"], PTS["hollis"], PTS["reyes"]][i]
    d = p.next(5, 20)
    msgs = [
        lambda: f"""phone msg {D(d, 'md')} 9:12am
caller: wife {N(p.rel[0][1].lower())} for pt {pname(p, 'full')} dob {D(p.dob, 'us')}
cb {P(p.rel[0][2])}
needs refill lisinopril 40 mg, out on sat. uses {O(ORGS['kinney'].lower())} on {A('main st')} in {L('millbrook')}. last bp check {D(p.when - timedelta(days=20), 'md')} ok.
routed to {clin(p.pcp, 'dr')}.
-{N('may')} rn
ok to refill x 90d w/ 1 rf. -{N('pr')}""",
        lambda: f"""tc from pt {pname(p, 'full')} ({P(p.phone)}) {D(d, 'us')}
req refill meclizine 12.5 mg, using 1/2 tab most nights. also asks if she can get a note for {O(p.employer.lower())} hr (contact {N('gail brennick')}, {P('802-555-0240')} ext {P('118')}).
pharmacy: {O(ORGS['walg'].lower())} {L('harlow')}.
pcp {clin(p.pcp, 'dr')} out until monday - sent to {clin('hale', 'plain')} np.
-{N('may tran')}""",
        lambda: f"""refill request - fax from pharmacy rec'd {D(d, 'md')}
{pname(p, 'full')} dob {D(p.dob, 'us0')}
levothyroxine 75 mcg #90, last tsh {D(p.when - timedelta(days=150), 'mony')} = 2.1
pharmacy {O(ORGS['walg'].lower())} #{RNG.randint(10000, 19999)}, ph {P('802-555-0325')} fax {P('802-555-0326')}
pt also called, husband {N(p.rel[0][1].lower())} says she is "about out". tsh due - lab order placed, may need to go to {O(ORGS['labs'].lower())} in brandon falls.
approved 30 day only pending lab. -{N('jh')} np""".replace("in brandon falls", f"in {L('brandon falls')}"),
        lambda: f"""phone note {D(d, 'us2')}
mom {N(p.rel[0][1].lower())} called re son {pname(p, 'first')}, says pharmacy won't fill albuterol inhaler w/o new rx. pt is 23 so needs to call himself - explained hipaa, pt not on release.
later pt called from work ({P('802 555 0333')}), verified dob {D(p.dob, 'us')}. resent rx to {O(ORGS['kinney'].lower())}. pt may need spacer too, will call if so.
-{N('deb')}""",
        lambda: f"""rx refill line vm {D(d, 'md')} 4:48pm
"hi this is {pname(p, 'full')}, birthday {D(p.dob, 'month')} {Y(p.dob.year)}... i need my sertraline the 50s, i take one and a half. {O('cvs')} changed to {O('walgreens')} on {A('canal street')}. my number is {P(p.phone)}. thanks"
pt is {clin(p.pcp, 'dr')}'s. qty 135 for 90 days. sent. {O(ORGS['walg'].lower())} {A('canal st')} confirmed rec'd.
-{N('ls')} cma""",
    ]
    return msgs[i]()


def portal(i: int) -> str:
    p = [PTS["mbeki"], PTS["yoder"], PTS["novak"], PTS["osei"], PTS["pelletier"]][i]
    d = p.next(3, 15)
    msgs = [
        lambda: f"""mychart message rec'd {D(d, 'us')} 11:02 pm
from: {pname(p, 'full')}
subject: meds question

hi {clin('hale', 'first')}, the new med is making me realy nauseous in the mornings, is it ok to take it at night instead?? also i switched jobs, no longer at the co-op, now at {O('dunmore river cafe')} so my insurance might change. my new email is {m('EMAIL', p.email)}
thx
thandi

--- reply {D(d + timedelta(days=1), 'md')} ---
hi {N('thandi')}, yes ok to take at bedtime with a snack. please update insurance at the front desk or call {P(PHONES['mfp'][0])}. - {N('jennifer hale')}, np""",
        lambda: f"""patient portal msg {D(d, 'mony')}
from {pname(p, 'full')} ({m('EMAIL', p.email)})
re: my eye drops

dear dr bell, my husband elmer read the bottle and it says keep in fridge until opened, is that right. my sister esther says hers dont need it. i have my next apt on the {D(d + timedelta(days=20), 'nth')} but wanted to ask. hope this reaches you. God bless
ruth yoder
{A(p.street.lower())}, {L(p.town.lower())} {S('vt')} {Z(p.zip)}""".replace("dear dr bell", f"dear dr {N('bell')}").replace("husband elmer", f"husband {N('elmer')}").replace("sister esther", f"sister {N('esther')}").replace("\nruth yoder", f"\n{N('ruth yoder')}"),
        lambda: f"""portal msg from parent acct - {D(d, 'iso')}
sender: {N(p.rel[0][1].lower())} {N(p.last.lower())} (mother of {pname(p, 'first')})
subject: daycare form

hi, {O(p.school.lower())} needs the health form signed by friday or bri cant go back, can you fax it to them at {P('8025550447')}? attn {N('donna')} the director. also she had a fever 101.2 last nite, gave motrin 5 ml, shes fine today. grandma {N('dottie')} can pick up the form if easier.
thanks so much
kristen
sent from my iphone""".replace("\nkristen", f"\n{N('kristen')}").replace(" bri cant", f" {N('bri')} cant"),
        lambda: f"""message via portal {D(d, 'us0')}
from: {pname(p, 'full')}
to: {clin('delgado', 'dr')}

doc the sertraline is working i think but i cant sleep since you upped it. can i go back to 50? also my job at {O(p.employer.lower())} wants a form for the time i missed, the hr lady email is {m('EMAIL', 'hr.benefits@dunmoreprecision.com')}. my partner {N('delia')} said to ask about the sleeping thing too.
kwame
{P(p.phone)}""".replace("\nkwame", f"\n{N('kwame')}"),
        lambda: f"""portal message {D(d, 'md')}/{d.year} 6:15am
from {pname(p, 'full')}

hello, still dizzy when i turn my head to the right. did the epley exercises like the paper said. should i come in? i go to work at 3 at the creamery. my daughter {N('chloe')} can drive me, shes home from {O('umass amherst')} for the summer. also can you send my records to the ent at {O(ORGS['hvmc'].lower())}?
annette
ps my daughter set up the fundraiser page for my husbands surgery if anyone asks lol {m('URL', 'www.gofundme.com/f/rene-pelletier-knee')}""".replace("\nannette", f"\n{N('annette')}"),
    ]
    return msgs[i]().replace('\nthandi\n', f"\n{N('thandi')}\n")


def fax_header(to_org: str, to_fax: str, frm_org: str, frm_ph: str, frm_fax: str, d: date, pages: int, attn: str) -> str:
    return f"""{frm_org}
FAX TRANSMITTAL
DATE: {D(d, 'us0')}    PAGES (INCL COVER): {pages}
TO: {to_org}   FAX: {P(to_fax)}
ATTN: {attn}
FROM: {O(ORGS['mfp']) if frm_org == 'MFP' else frm_org}   PH: {P(frm_ph)}   FAX: {P(frm_fax)}
CONFIDENTIALITY NOTICE: THIS FAX CONTAINS PROTECTED HEALTH INFORMATION. IF RECEIVED IN ERROR CALL THE SENDER.
"""


def referral(i: int) -> str:
    p = [PTS["dorsey"], PTS["gauthier"], PTS["mcallister"], PTS["pelletier"], PTS["santiago"]][i]
    d = p.next(3, 20)
    spec = [("ortho", "Green Mountain Orthopedics", "PT eval and treat, lumbar strain"),
            ("cardio", "Valley Heart Associates", "new AFib, CHA2DS2-VASc 2"),
            ("hvmc", "Harlow Valley Medical Center Sleep Lab", "suspected OSA, Epworth 15"),
            ("hvmc", "Harlow Valley Medical Center ENT", "recurrent BPPV, failed Epley x2"),
            ("hvmc", "Harlow Valley Medical Center ENT", "OSA sx, tonsils 3+, snoring")][i]
    sender = "dped" if i == 4 else "mfp"
    head = f"""{O(ORGS[sender])}
{A('14 School St') if sender == 'dped' else A('200 Main St')}, {L('Harlow') if sender == 'dped' else L('Millbrook')}, {S('VT')} {Z('05753') if sender == 'dped' else Z('05751')}
FAX TRANSMITTAL / REFERRAL
DATE: {D(d, 'us0')}   PAGES: {RNG.randint(3, 9)}
TO: {O(spec[1])}   FAX: {P(PHONES[spec[0]][1])}
FROM: {clin('grant' if sender == 'dped' else p.pcp, 'full')}   PH: {P(PHONES[sender][0])}   FAX: {P(PHONES[sender][1])}
"""
    mid = f"""REFERRAL REQUEST - PRIORITY: {pick(['ROUTINE', 'URGENT'])}
PATIENT: {pname(p, 'lastfirst')}   DOB: {D(p.dob, 'us0')}   SEX: {p.sex}
ADDRESS: {addr_block(p)}
HOME PH: {P(p.phone)}   ALT: {P(p.rel[0][2])} ({p.rel[0][0].upper()} {N(p.rel[0][1])})
INSURANCE: {p.insurer.upper()}   MEMBER ID: {I(p.member)}   GROUP: {I(str(RNG.randint(10000, 99999)))}
REASON: {spec[2]}
"""
    extra = [
        lambda: f"HX: DM2, HTN. LBP SINCE {D(date(2026, 1, 2), 'md')} AFTER SNOW REMOVAL FOR {O(p.employer)}. NO RED FLAGS. TYLENOL + HEAT.",
        lambda: f"HX: HTN, BPH, R HAND TREMOR. PALPITATIONS SINCE {Y(2025)}. HOLTER {D(d - timedelta(days=9), 'md')}: AF 18% BURDEN. STARTED ELIQUIS. EYE CARE AT {O(ORGS['eye'])}.",
        lambda: f"HX: HTN, BMI 38. FALLS ASLEEP DRIVING FORKLIFT AT {O(p.employer)}. WIFE {N(p.rel[0][1])} WITNESSES APNEAS. CDL? NO.",
        lambda: f"HX: BELL'S PALSY {Y(2014)}. VERTIGO SINCE {D(date(2026, 2, 20), 'mon')}. MRI NOT DONE.",
        lambda: f"HX: ADHD ON METHYLPHENIDATE. MOM {N(p.rel[0][1])} REPORTS PAUSES IN BREATHING. SCHOOL ({O(p.school)}) NOTES DAYTIME SLEEPINESS.",
    ][i]()
    tail = f"""
ENCLOSED: LAST OV NOTE, MED LIST, LABS {D(d - timedelta(days=RNG.randint(5, 30)), 'md')}.
PLEASE CALL {N(pick(['Sheila Marston', 'Ron Pike']))} (REFERRAL COORDINATOR) AT {P(PHONES[sender][0])} EXT {P(str(RNG.randint(200, 299)))} OR {m('EMAIL', 'referrals@dunmorepeds.com' if sender == 'dped' else 'referrals@millbrookfp.org')} WITH APPT DATE.
THIS FAX CONTAINS PROTECTED HEALTH INFORMATION. IF RECEIVED IN ERROR, CALL THE SENDER AND DESTROY."""
    return (head + mid + extra + tail).upper()


def prior_auth(i: int) -> str:
    p = [PTS["osei"], PTS["tran"], PTS["reyes"], PTS["mcallister"], PTS["santiago"]][i]
    d = p.next(3, 20)
    drug = [("Psychological testing 96130/96131, 4 units", "r/o ADHD vs MDD with cognitive sx, per psychiatry", "delgado"),
            ("MRI cervical spine w/o contrast", "radiculopathy after MVC, 6 wk failed PT", "hunter"),
            ("Ozempic 0.5 mg weekly", "T2DM A1c 8.1 on metformin max dose", p.pcp),
            ("CPAP auto-titrating", "OSA AHI 34 on PSG", p.pcp),
            ("Qelbree 200 mg", "ADHD, failed methylphenidate (appetite, 3 lb wt loss)", "grant")][i]
    prev = [lambda: f"sertraline 50-100 mg since {D(d - timedelta(days=100), 'md')}, CBT weekly",
            lambda: f"PT 2x/wk {D(p.event + timedelta(days=10), 'md')} - {D(d - timedelta(days=5), 'md')}, NSAIDs, gabapentin",
            lambda: f"metformin 1000 mg bid since {Y(2023)}, diet counselling",
            lambda: "positional therapy, weight loss counselling",
            lambda: f"methylphenidate ER 18 mg {D(p.event, 'md')} - {D(d - timedelta(days=7), 'md')}"][i]()
    org = {"delgado": ORGS["bh"], "grant": ORGS["dped"], "hunter": ORGS["occ"]}.get(drug[2], ORGS["mfp"])
    text = f"""PRIOR AUTHORIZATION REQUEST
TO: {pick(['CAREMARK PA DEPT', 'OPTUMRX PRIOR AUTH', 'MVP HEALTH CARE UM'])}   FAX: {P('1-888-555-0' + str(RNG.randint(100, 199)))}
FROM: {O(org)}   PHONE: {P(PHONES.get({'delgado': 'bh', 'grant': 'dped', 'hunter': 'occ'}.get(drug[2], 'mfp'))[0])}   FAX: {P(PHONES.get({'delgado': 'bh', 'grant': 'dped', 'hunter': 'occ'}.get(drug[2], 'mfp'))[1])}
DATE SENT: {D(d, 'dash' if i % 2 else 'us')}   URGENT: NO

MEMBER NAME: {pname(p, 'lastfirst')}
MEMBER DOB: {D(p.dob, 'us0')}   MEMBER ID: {I(p.member)}   PLAN: {p.insurer}
PRESCRIBER: {clin(drug[2], 'full')}   NPI: {I(str(RNG.randint(1000000000, 1999999999)))}
OFFICE CONTACT: {N(pick(['Renee Coutu', 'Marisol Vega', 'Dawn Fecteau']))}   DIRECT: {P('802-555-0' + str(RNG.randint(150, 199)))}

REQUESTED: {drug[0]}
DIAGNOSIS: {drug[1]}
PREVIOUS THERAPIES / DATES: {prev}; {pick(['SEE ATTACHED', 'SEE CHART NOTES', 'LISTED IN LETTER OF MEDICAL NECESSITY'])}.
CLINICAL NOTES ATTACHED FROM VISITS {D(d - timedelta(days=90), 'md')} AND {D(d - timedelta(days=14), 'md')}.
CASE/REFERENCE #: {I('PA' + str(RNG.randint(1000000, 9999999)))}

I attest the above is accurate. Signature: {clin(drug[2], 'plain')}   Date: {D(d, 'us')}"""
    return text if i in (3, 4) else text.upper()


def occ(i: int) -> str:
    p = [PTS["osei"], PTS["mcallister"], PTS["hollis"], PTS["tran"], PTS["dorsey"]][i]
    d = p.next(2, 15)
    claim = f"{pick(['WC', 'C'])}{RNG.randint(100000000, 999999999)}"
    inj = [("L index finger crush in press brake", "Dunmore Precision Machining"),
           ("R shoulder strain lifting paper roll", "Clearwater Paper Mill"),
           ("L hand laceration", "Millbrook Tire & Auto"),
           ("neck pain after MVC in company bus", "Dartmouth Coach"),
           ("DOT physical / CDL recert", "Dorsey Excavating")][i]
    text = f"""{O(ORGS['occ'])}
{A('310 Industrial Pkwy')}, {L('Harlow')}, {S('VT')} {Z('05753')}   {P(PHONES['occ'][0])}
WORK STATUS REPORT / PROGRESS NOTE
DOS: {D(d, 'us0')}   Provider: {clin('hunter', 'full')}
Employee: {pname(p, 'lastfirst')}   DOB: {D(p.dob, 'us0')}   SSN last 4: on file
Employer: {O(inj[1])}   Supervisor: {N(pick(['Rick Ouellette', 'Barb Tatro', 'Lou Desrochers']))}   Ph {P('802-555-0' + str(RNG.randint(200, 299)))}
Carrier: Liberty Mutual   Claim #: {I(claim)}   Adjuster: {N(pick(['Stacy Vaillancourt', 'Marcus Bell', 'Joanne Pike']))} {P('1-800-555-0' + str(RNG.randint(100, 199)))} ext {P(str(RNG.randint(1000, 9999)))}
DOI: {'N/A' if i == 4 else D(p.event or p.when - timedelta(days=RNG.randint(1, 3)), 'us')}

Reason: {inj[0]}
With employer since: {Y(RNG.randint(max(2008, p.dob.year + 18), 2024))}
"""
    body = [
        lambda: f"""S: Finger caught in press brake at 2:30 am on 2nd shift. Coworker {N('Tony Ferreira')} hit the e-stop. Pain 6/10. Taking ibuprofen 600.
O: L index DIP swelling, nail bed laceration repaired at {O(ORGS['hvmc'])} ED. X-ray: tuft fx. NV intact.
A: Crush injury w/ tuft fracture.
Work status: Modified duty - no use of L hand, no press operation x 2 wk. OK for inspection tasks. Next visit {D(d + timedelta(days=14), 'md')}.""",
        lambda: f"""S: Lifting 60 lb core at the winder. Pain with overhead reach. Wife {N(p.rel[0][1])} says he can't sleep on R side.
O: R shoulder: painful arc 70-120, + Hawkins, + Neer, strength 4+/5 ER. Jamar grip 36 kg R / 44 kg L. Drop arm neg. Spurling neg.
A: R rotator cuff tendinopathy, work-related.
Work status: no lifting > 15 lb, no overhead work. PT 2x/wk x 4 wk at {O(ORGS['ortho'])}. RTC {D(d + timedelta(days=21), 'md')}.""",
        lambda: f"""S: Cut L palm on a tire iron changing a tire at 4:15 pm. Seen in {O(ORGS['hvmc'])} ED same day, 6 sutures, Td given. Boss {N('Mike Lavoie')} wants him back on the register meanwhile.
O: Lac 3 cm thenar eminence, clean, sutures intact. FDP/FDS intact. Sensation intact. Grip limited by pain.
A: Laceration L hand, work-related.
Work status: Modified duty - no use of L hand for lifting or tools, desk/register only, effective {D(d, 'md')}. Sutures out in 10 days at PCP ({clin(p.pcp, 'dr')}). Claim may close after that.""",
        lambda: f"""S: Rear-ended while driving route bus on I-91 near {L('White River Junction')}, {S('Vermont')}. Neck pain 5/10, no radicular sx initially, now tingling R thumb. Off work since. Nightmares, avoids driving - referred to {O(ORGS['bh'])}.
O: C-spine tender paraspinal R. Spurling + R. Biceps reflex 1+ R. Grip 38 kg R / 44 L.
A: Cervical radiculopathy C6, r/o disc herniation. MRI authorized, scheduled at {O(ORGS['hvmc'])} {D(d + timedelta(days=5), 'md')}.
Work status: Off work until MRI. No commercial driving. Note to {O('Dartmouth Coach')} HR fax {P('603-555-0411')}.""",
        lambda: f"""DOT exam, FMCSA form completed. Cert #{I(str(RNG.randint(10000000, 99999999)))}. NRCME {I(str(RNG.randint(1000000000, 9999999999)))}.
BP 138/84 (on lisinopril). A1c 7.4 (not insulin). Vision: 20/25 OD, 20/30 OS corrected. Whisper test pass. Urine: neg protein, neg blood.
Hx of Bell's palsy? No. Hx Parkinson's: no. Sleep apnea screen: STOP-BANG 4 - sleep study recommended; referral to {O('Harlow Valley Medical Center Sleep Lab')}.
Certified 1 year, expires {D(d + timedelta(days=365), 'us')}. Company: {O(p.employer)}, owner is pt (self-employed), son {N(p.rel[1][1])} co-owner.""",
    ]
    out = text + body[i]() + f"\nForm CA-{RNG.randint(10, 99)} faxed to carrier and employer.\n{clin('hunter', 'dr')}"
    return out.upper() if i == 4 else out


def ems(i: int) -> str:
    p = [PTS["whitcomb"], PTS["lachance"], PTS["hollis"], PTS["fiske"], PTS["gauthier"]][i]
    d = p.next(2, 12)
    if p.key in ("hollis", "whitcomb"):
        p.event = d
    run = f"26-{RNG.randint(1000, 9999)}"
    crew = [("J. Kowalski", "EMT-P"), ("R. Santos", "AEMT"), ("T. Bergeron", "EMT")]
    c = RNG.sample(crew, 2)
    head = f"""{O(ORGS['ems'])} PATIENT CARE REPORT
INCIDENT # {I(run)}   DATE {D(d, 'us2')}   UNIT: MEDIC 2
DISPATCHED {'04:02' if p.key == 'fiske' else str(RNG.randint(10, 22)) + ':' + str(RNG.randint(10, 59))}  ON SCENE +8 MIN  TRANSPORT TO {O(ORGS['hvmc'])}
CREW: {N(c[0][0])} {c[0][1]} / {N(c[1][0])} {c[1][1]}
PT: {pname(p, 'lastfirst')}  DOB {D(p.dob, 'us0')}  AGE {AG(p.age(d)) if p.age(d) > 89 else p.age(d)}  {p.sex}
ADDR: {A(p.street)}, {L(p.town)}
"""
    body = [
        lambda: f"""CC: FALL. PT FOUND ON FLOOR BY DTR {N(p.rel[0][1])} AT 0700, LAST KNOWN WELL 2200. C/O R HIP PAIN. HX DEMENTIA, AFIB ON ELIQUIS, HX WET AMD, L WRIST FX {Y(2019)}.
ASSESS: GCS 14 (CONFUSED AT BASELINE PER DTR). R LE SHORTENED + EXT ROTATED. NO HEAD STRIKE WITNESSED. SKIN TEAR L FOREARM.
VS: 1: BP 152/88 HR 98 IRREG RR 20 SPO2 95% RA. 2: BP 146/84 HR 92.
TX: C-COLLAR NOT INDICATED PER NEXUS. SCOOP TO STRYKER COT, PILLOW SPLINT. FENTANYL 25 MCG IN X1 (PAIN 8 -> 5). 
DTR FOLLOWING IN POV. PCP {clin(p.pcp, 'dr').upper()}. MEDS BAG TO ED. HANDOFF TO RN {N("Kelsey O'Rourke")} RM 7.""",
        lambda: f"""CC: SOB. PT CALLED 911 HIMSELF. HX CHF, RECENT DC {D(p.when - timedelta(days=8), 'md')}. NIECE {N(p.rel[0][1])} NOTIFIED BY PHONE {P(p.rel[0][2])}.
ASSESS: TRIPODING, RALES TO MID FIELDS BIL. 2+ PITTING EDEMA. JVD.
VS: BP 188/102 HR 112 RR 30 SPO2 84% RA -> 93% CPAP 10.
TX: CPAP, NTG 0.4 SL X3. 12 LEAD: SINUS TACH, NO STEMI. TRANSMITTED.
FURTHER: LANDLORD {N('Ed Pratt')} LET CREW IN. DNR? NONE FOUND ON FRIDGE.""",
        lambda: f"""CC: MVC, RESTRAINED DRIVER, ~30 MPH VS TREE ON {A('1400 Ridge Rd')}. AIRBAG DEPLOYED. AMBULATORY AT SCENE.
ASSESS: GCS 15. ETOH ODOR? DENIES. C/O NECK AND L WRIST PAIN. ABRASION L FOREARM FROM AIRBAG.
VS: BP 132/80 HR 104 RR 18 SPO2 99%.
TX: C-COLLAR (NEXUS POSITIVE), LONG BOARD NOT USED. SPLINT L WRIST, SAM SPLINT. ICE. STRYKER COT.
VEH: CHEVY MALIBU, {S('VT')} PLATE {I('HKT 482')}. {O('HPD')} OFFICER {N('Brady')} ON SCENE, REPORT #{I('HPD26-0' + str(RNG.randint(1000, 9999)))}. GIRLFRIEND {N(p.rel[1][1])} (PREGNANT) NOT IN VEHICLE.""",
        lambda: f"""CC: TRANSFER FROM {O(ORGS['maple'])} FOR ALOC, FEVER. STAFF NURSE {N('Tina Boudreau')} REPORTS DECREASED PO X 2 DAYS, FOLEY WITH CLOUDY URINE.
ASSESS: GCS 13. T 101.8 TYMP. SKIN WARM. STAGE 2 SACRUM. POLST: DNR/DNI, COMFORT-FOCUSED BUT OK TO TRANSPORT.
VS: BP 96/54 HR 110 RR 24 SPO2 92% RA -> 96% 2L NC.
TX: O2, 500 ML NS. BGL 142.
WIFE {N(p.rel[0][1])} NOTIFIED BY FACILITY. FACE SHEET + MAR WITH PT.""",
        lambda: f"""CC: TREMOR + FALL AT {O('Hannaford Supermarket')}, {L('Ashford')}. STORE MGR {N('Alicia Gray')} CALLED. HX PARKINSON'S, AFIB ON ELIQUIS.
ASSESS: GCS 15. HEMATOMA R FOREHEAD 3 CM. NO LOC PER BYSTANDER. PUPILS EQUAL.
VS: BP 104/62 (ORTHOSTATIC? STANDING 88/50) HR 88 IRREG. BGL 98.
TX: C-SPINE CLEARED. HEAD CT CRITERIA MET (ANTICOAG) - TRANSPORT.
WIFE {N(p.rel[0][1])} CALLED, MEETING AT ED. CELL {P(p.rel[0][2])}.""",
    ]
    return (head + body[i]() + f"\nPCR COMPLETED BY {N(c[0][0])}. RUN # {I(run)}  BILLING ACCT {I(str(RNG.randint(1000000, 9999999)))}").upper()


def nh_form(i: int) -> str:
    p = [PTS["abbott"], PTS["fiske"], PTS["abbott"], PTS["fiske"], PTS["whitcomb"]][i]
    d = p.when if i == 3 else p.next(10, 40)  # the fever transfer is the EMS run of the same night
    if i in (0, 2):
        sec = "QUARTERLY" if i == 0 else "SIGNIFICANT CHANGE"
        return f"""MDS 3.0 {sec} ASSESSMENT - WORKSHEET
FACILITY: {O(ORGS['maple'])}   PROVIDER # {I('47-5' + str(RNG.randint(10000, 99999)))}
RESIDENT: {pname(p, 'lastfirst')}   ROOM 114-A   MEDICAL RECORD # {I(p.mrn)}
A0310 ARD: {D(d, 'us0')}   A1600 ENTRY: {D(date(2025, 10, 3), 'dmy')}
A0900 BIRTH DATE: {D(p.dob, 'us0')}   AGE {AG(p.age(d))}
A1100 LANGUAGE: ENGLISH   A1200 MARITAL: WIDOWED
C0500 BIMS SCORE: {RNG.randint(6, 12)}/15
D0300 PHQ-9 (RESIDENT): 6/27
E0200 BEHAVIORS: NONE
G0110 ADL: BED MOBILITY 3/2, TRANSFER 3/3 (HOYER), LOCOMOTION 4/2
BRADEN 14, MORSE FALL 55, HOYER LIFT X2 STAFF
H0300 URINARY: FREQUENTLY INCONTINENT. NO FOLEY.
J1800 FALLS SINCE PRIOR: {'0' if i == 0 else '2 (' + D(d - timedelta(days=12), 'md') + ', ' + D(d - timedelta(days=5), 'md') + ')'}
K0300 WEIGHT LOSS: {'NO' if i == 0 else 'YES - 5% IN 30 DAYS'}
M0300 PRESSURE ULCERS: STAGE 2 X {0 if i == 0 else 1}
N0410 MEDS: ANTIDEPRESSANT 7, ANTICOAG 7, DIURETIC 7
O0100 SPECIAL TX: NONE.   HOSPICE: {'NO' if i == 0 else 'REFERRAL DISCUSSED WITH SON'}
RESPONSIBLE PARTY: SON {N(p.rel[0][1])} {N(p.last)}, {P(p.rel[0][2])}; GRANDDAUGHTER {N(p.rel[1][1])} ALTERNATE
Z0400 SIGNATURES: {N(CLIN['fairbanks'][0] + ' ' + CLIN['fairbanks'][1])}, RN, MDS COORDINATOR {D(d + timedelta(days=2), 'us0')}; {N('Joyce Pelkey')}, SOCIAL SERVICES; {N('Brenda Farr')}, DIETARY"""
    if i in (1, 3):
        return f"""{O(ORGS['maple'])}
{A('600 Ridge Rd')}, {L('Brandon Falls')}, {S('VT')} {Z('05763')}   NURSES STATION {P(PHONES['maple'][0])}   FAX {P(PHONES['maple'][1])}
INTER-FACILITY TRANSFER FORM   DATE {D(d, 'us0')}  TIME 0340
RESIDENT: {pname(p, 'lastfirst')}   DOB {D(p.dob, 'us0')}   AGE {AG(p.age(d))}   MR# {I(p.mrn)}
TRANSFER TO: {O(ORGS['hvmc'])} ED   VIA: {O(ORGS['ems'])}
ATTENDING: {clin('brennan', 'full')}   NOTIFIED {D(d, 'md')} 0320
CODE STATUS: DNR/DNI (POLST ON FILE, COPY SENT)
REASON FOR TRANSFER: {'FEVER 101.8, LETHARGY, CLOUDY URINE FROM FOLEY' if i == 3 else 'UNWITNESSED FALL, R HIP PAIN, ON ELIQUIS'}
DX: PARKINSON'S DISEASE, DEMENTIA, BPH WITH CHRONIC FOLEY, CKD 3
ALLERGIES: PCN (RASH), CODEINE
LAST MEDS GIVEN: SINEMET 25/100 1 TAB 2200, TYLENOL 650 MG 2000
BASELINE: ALERT TO SELF, FEEDS SELF, 1-ASSIST TRANSFER W/ WALKER. HEARING AIDS R+L SENT.
FAMILY: WIFE {N(p.rel[0][1])} {P(p.rel[0][2])} - NOTIFIED; SON {N(p.rel[1][1])} {P(p.rel[1][2])} - LEFT MSG.
INSURANCE: MEDICARE A/B, MEDICARE ID {I('1EG4-TE5-MK' + str(RNG.randint(10, 99)))}
FAMILY UPDATES POSTED AT {m('URL', 'www.caringbridge.org/visit/walterfiske')}
SENDING NURSE: {N(pick(['Tina Boudreau', 'Carla Jette']))}, LPN   REPORT CALLED TO {N("Kelsey O'Rourke")}, RN"""
    return f"""NURSING HOME ADMISSION - PHYSICIAN H&P
{O(ORGS['maple'])}   ADMIT {D(d, 'us0')}
PATIENT: {pname(p, 'lastfirst')}   DOB {D(p.dob, 'us0')}   AGE {AG(p.age(d))}
FROM: HOME. R HIP FX {D(p.event, 'us2')} S/P HEMIARTHROPLASTY AT {O(ORGS['hvmc'])} ({clin('petrov', 'dr')}), THEN HOME WITH VNA; NOW UNSAFE ALONE.
PRIOR LIVING: HOME ALONE AT {A(p.street)}, {L(p.town)}; DTR {N(p.rel[0][1])} VISITED DAILY. SON {N(p.rel[1][1])} IN {L('Albany')}, {S('NY')}.
PMH: DEMENTIA (MOCA 14 IN {Y(2025)}), AFIB, WET AMD OS ({clin('bell', 'dr')}), HTN.
EXAM: PLEASANT, ORIENTED X1. BP 118/70. INCISION C/D/I. WBAT.
PLAN: PT/OT 5X/WK, ELIQUIS RESUME, TYLENOL 650 Q6H SCHEDULED, HOLD DONEPEZIL IF BRADY. GOAL: LONG TERM CARE LIKELY; FAMILY MEETING {D(d + timedelta(days=7), 'md')}.
ADVANCE DIRECTIVE: LIVING WILL ON FILE, HCP DTR {N(p.rel[0][1])}.
{clin('brennan', 'full')}"""


STYLES = [
    ("primary_care_soap", soap, ["mixed", "mixed", "mixed", "mixed", "lower"]),
    ("behavioral_intake", psych_intake, ["mixed"] * 5),
    ("psych_progress", psych_progress, ["lower", "lower", "mixed", "lower", "mixed"]),
    ("well_child", well_child, ["mixed"] * 5),
    ("dental", dental, ["mixed", "upper", "upper", "upper", "mixed"]),
    ("ophthalmology", ophtho, ["upper", "upper", "upper", "mixed", "mixed"]),
    ("pharmacy_medrec", medrec, ["mixed", "mixed", "lower", "mixed", "mixed"]),
    ("refill_phone", refill, ["lower"] * 5),
    ("portal_message", portal, ["lower"] * 5),
    ("referral_fax", referral, ["upper"] * 5),
    ("prior_auth_fax", prior_auth, ["upper", "upper", "upper", "mixed", "mixed"]),
    ("occ_health_wc", occ, ["mixed", "mixed", "mixed", "mixed", "upper"]),
    ("ems_run_sheet", ems, ["upper"] * 5),
    ("nursing_home_form", nh_form, ["upper"] * 5),
]


def recase(marked: str, mode: str) -> str:
    """The note in upper or lower case, markers' labels kept."""
    if mode == "mixed":
        return marked
    f = str.upper if mode == "upper" else str.lower
    out, pos = [], 0
    for hit in MARK.finditer(marked):
        out.append(f(marked[pos:hit.start()]))
        out.append(m(hit.group(1), f(hit.group(2))))
        pos = hit.end()
    out.append(f(marked[pos:]))
    return "".join(out)


def main() -> None:
    notes = []
    # interleave styles so each patient's notes come in a fixed order; dates advance per patient
    for k in range(5):
        for style, fn, cases in STYLES:
            notes.append((style, recase(fn(k), cases[k])))
    for n, (style, marked) in enumerate(notes, 1):
        text, spans = strip(marked)
        spans = [{**s, "text": text[s["start"]:s["end"]]} for s in spans]
        rec = {"id": f"h15-{n:03d}", "style": style, "text": text, "spans": spans}
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
