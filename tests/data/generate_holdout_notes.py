"""Generate the hold-out de-identification gold set (tests/data/holdout_notes_gold.jsonl).

Written without looking at the redaction rules or at the other generators' pools and templates,
so that its first measurement is an estimate for text the rules never saw. Styles not covered by
the other sets: i2b2-like mixed-case discharge summaries, outpatient clinic letters, ED triage
notes, operative notes, lab / pathology reports, social-work notes, NICU notes, psychiatry notes
and mixed-case progress notes. Every name, place, number and date is invented.

Gold convention (as the other sets, HIPAA Safe Harbor): titles, roles, departments, times of day,
ages under 90 and countries are not PHI. Two kinds that Safe Harbor keeps but i2b2 labels are
given their own labels so they can be reported apart: ``STATE`` (US states) and ``YEAR`` (a year
standing alone, "in 2089"). Weekdays and holidays tied to the patient count as ``DATE``.

Each note is written with inline markers ``⟦LABEL|text⟧``; offsets are computed when the markers
are stripped.

    python tests/data/generate_holdout_notes.py > tests/data/holdout_notes_gold.jsonl
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys

SEED = 20931

MARK = re.compile(r"⟦([A-Z]+)\|(.*?)⟧", re.S)


def strip(marked: str) -> tuple[str, list[dict]]:
    out, spans, pos, last = [], [], 0, 0
    for m in MARK.finditer(marked):
        out.append(marked[last:m.start()])
        pos += m.start() - last
        label, value = m.group(1), m.group(2)
        spans.append({"label": label, "start": pos, "end": pos + len(value)})
        out.append(value)
        pos += len(value)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, text
    return text, spans


def P(label: str, value: str) -> str:
    return f"⟦{label}|{value}⟧"


def N(v: str) -> str:
    return P("NAME", v)


def D(v: str) -> str:
    return P("DATE", v)


def O(v: str) -> str:
    return P("ORGANIZATION", v)


def L(v: str) -> str:
    return P("LOCATION", v)


def A(v: str) -> str:
    return P("ADDRESS", v)


def T(v: str) -> str:
    return P("PHONE", v)


def I(v: str) -> str:  # noqa: E743
    return P("ID", v)


# --- pools (invented for this file) -------------------------------------------------------------

FIRST_F = ["Keisha", "Priya", "Mei-Ling", "Guadalupe", "Siobhan", "Beatrice", "Esperanza", "Fatima",
           "Ximena", "Ngozi", "Yuki", "Consuelo", "Winifred", "Marisol", "Soo-Jin", "Hope", "Faith",
           "Dolores", "Rosalind", "Tamsin", "Adaeze", "Lucinda", "Bernadette", "Imani", "Opal"]
FIRST_M = ["Nathaniel", "Tyrell", "Dmitri", "Oluwaseun", "Tomasz", "Rahul", "Declan", "Bogdan",
           "Hamid", "Everett", "Thaddeus", "Ikechukwu", "Lorenzo", "Anh", "Cornelius", "Amos",
           "Jerome", "Santiago", "Reginald", "Wendell", "Grant", "Sterling", "Ezekiel", "Florian"]
FIRST_X = ["Jamie", "Alex", "Morgan", "Rowan", "Sasha", "Quinn"]
NICK = {"Thaddeus": "Tad", "Reginald": "Reggie", "Bernadette": "Bernie", "Cornelius": "Neil",
        "Lucinda": "Cindy", "Winifred": "Winnie", "Santiago": "Santi", "Ezekiel": "Zeke",
        "Dolores": "Lola", "Everett": "Rett", "Nathaniel": "Nate", "Rosalind": "Roz"}
LAST = ["Ruiz", "Okonkwo", "Nakamura", "Fitzgerald", "Kowalczyk", "Nguyen", "Delacroix",
        "Abernathy", "O'Sullivan", "Haddad", "Van der Berg", "Castellanos", "Lindqvist", "Mbeki",
        "Petrosyan", "Whitfield", "Chaudhry", "McAllister", "Rosenbaum", "Takahashi", "Ferreira",
        "Oyelaran", "Baptiste", "Szymanski", "Albright", "Goldfarb", "Tran", "Vasquez-Romero",
        "Quigley", "Brandt", "Osei", "Pemberton-Hale", "Lachance", "Iwu", "Marchetti", "Dunleavy",
        "Hope", "Price", "Mills", "Rose", "Bishop", "Marsh", "Fox", "Strong", "Rich", "Christian",
        "Cross", "Banks", "Lovelace", "Hardy", "Sharp", "Little", "Church", "Temple"]
DOC_LAST = ["Patel", "Brooks", "Kaplan", "Oduya", "Sorensen", "Iyer", "Feldman", "Moreau",
            "Gallagher", "Adeyemi", "Holloway", "Zhou", "Bhattacharya", "Carver", "Novak", "Kendrick",
            "Ostrowski", "Ramanathan", "Liebowitz", "Achebe", "Weatherby", "Salinas", "Dubois", "Huang"]

HOSP = ["Beverly Harbor Hospital", "St. Brigid's Medical Center", "Merrimack Valley General",
        "Holy Redeemer Hospital", "Quinsigamond Regional Medical Center", "Blackstone Memorial",
        "Cape Ann Community Hospital", "Mount Tabor Hospital", "Nashoba Valley Medical Center",
        "Fairhaven General", "Sturdy Memorial", "Norwood Hospital", "Good Shepherd Medical Center",
        "Our Lady of Fatima Hospital", "Whittier Regional", "Baystate Franklin"]
HOSP_ABBR = [("Merrimack Valley General", "MVG"), ("Holy Redeemer Hospital", "HRH"),
             ("Quinsigamond Regional Medical Center", "QRMC"), ("Blackstone Memorial", "BMH")]
CLINIC = ["Wellesley Family Practice", "Codman Square Health Center", "Harbor Medical Associates",
          "Charles River Pediatrics", "Fenwick Street Internal Medicine", "Neponset Family Health",
          "Riverbend Cardiology Associates", "Upham's Corner Health Center", "Pine Hill Primary Care",
          "Salem Bay Dermatology", "Mystic Valley Orthopedics", "North Shore Behavioral Health"]
VNA = ["Caritas VNA", "Hallmark Home Health", "Porchlight Home Care", "Old Colony Hospice",
       "Greater Lynn VNA", "Seacoast Visiting Nurses", "Neighborhood Home Care Partners"]
REHAB = ["Hebrew SeniorLife", "Marian Manor", "Spaulding Rehabilitation", "Sancta Maria Nursing Facility",
         "Braintree Rehabilitation Hospital", "Whittier Pavilion", "Life Care Center of Stoneham",
         "Radius Healthcare Center"]
EMPLOYER = ["the MBTA", "Stop & Shop", "Raytheon", "Dunkin'", "Boston Public Schools", "UPS",
            "Home Depot", "Verizon", "State Street", "Market Basket", "Logan Airport", "Boston Scientific",
            "Suffolk Downs", "Gillette", "the Globe", "Eastern Bank"]
INSURER = ["Tufts Health Plan", "Harvard Pilgrim", "MassHealth", "Blue Cross Blue Shield of Massachusetts",
           "Fallon Community Health Plan", "Neighborhood Health Plan"]
CITY = ["Dorchester", "Quincy", "Brockton", "Lowell", "Worcester", "Framingham", "Chelsea", "Revere",
        "Malden", "Somerville", "Lynn", "Fall River", "Attleboro", "Taunton", "Nashua", "Pawtucket",
        "Woonsocket", "Springfield", "Haverhill", "Methuen", "Roslindale", "Mattapan", "Hyde Park",
        "Jamaica Plain", "East Boston", "Marshfield", "Chicopee", "Leominster"]
STATE = ["Massachusetts", "New Hampshire", "Rhode Island", "Florida", "Georgia", "Ohio", "Maine",
         "North Carolina", "Vermont", "Connecticut"]
STATE_ABBR = ["MA", "NH", "RI", "CT", "ME"]
COUNTRY = ["Haiti", "Cape Verde", "Vietnam", "the Dominican Republic", "Brazil", "Ireland", "Somalia"]
STREET = ["Quincy Shore Drive", "Blue Hill Avenue", "Woodrow Ave", "Centre St.", "Dudley Street",
          "Washington Street", "Columbia Road", "Hancock St", "Boylston Street", "Adams Street",
          "Granite Ave", "Elm Terrace", "Cedar Grove Rd", "Bowdoin St", "Massasoit Road", "Perkins Way"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "comcast.net", "hotmail.com", "verizon.net", "aol.com"]
AGENCY = ["Rosie's Place", "Pine Street Inn", "Bridge Over Troubled Waters",
          "Elder Services of the Merrimack Valley", "ABCD Head Start"]
WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
HOLIDAY = ["Christmas", "Thanksgiving", "Easter", "New Year's Eve", "the Fourth of July", "Labor Day",
           "Memorial Day", "Christmas Eve", "Halloween", "Mother's Day"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

# clinical text that must stay
DISEASE = ["Parkinson's disease", "Crohn's disease", "Hodgkin lymphoma", "Wernicke encephalopathy",
           "Cushing's syndrome", "Graves disease", "Alzheimer's dementia", "Bell's palsy",
           "Guillain-Barre syndrome", "Hashimoto's thyroiditis", "Barrett's esophagus", "Addison's disease"]
EPONYM = ["Foley", "Babinski", "Parkinson's disease", "Crohn's disease", "Apgar", "Glasgow Coma Scale",
          "Hodgkin lymphoma", "Wernicke encephalopathy", "Cushing's syndrome", "Graves disease",
          "Alzheimer's dementia", "Bell's palsy", "Guillain-Barre", "Hashimoto's thyroiditis",
          "Swan-Ganz", "Whipple", "Nissen fundoplication", "Roux-en-Y", "Pfannenstiel",
          "Jackson-Pratt", "Mallampati", "Gleason", "Murphy's sign", "Kernig", "Brudzinski",
          "Trendelenburg", "Allen test", "Addison's", "Barrett's esophagus", "Raynaud's", "Sjogren's",
          "Tourette", "Asperger", "Huntington's"]
DRUG = ["Lasix 40 mg IV", "Coumadin 5 mg", "heparin drip", "vancomycin 1 g q12h", "Zosyn", "Keppra 500 mg BID",
        "Ativan 1 mg", "Haldol 2 mg IM", "Seroquel 50 mg qHS", "Zyprexa 5 mg", "lithium 300 mg TID",
        "Depakote ER 1000 mg", "Narcan", "Suboxone 8/2", "Tylenol 650 mg", "Percocet", "Dilaudid PCA",
        "metoprolol 25 mg BID", "lisinopril 10 mg", "Lovenox 40 mg SC", "Plavix 75 mg", "Eliquis 5 mg",
        "Lantus 22 units", "Humalog sliding scale", "Protonix 40 mg", "Flomax 0.4 mg", "Zofran 4 mg"]


class Gen:
    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def c(self, seq):
        return self.r.choice(seq)

    def person(self, sex: str | None = None) -> dict:
        sex = sex or self.c("FM")
        first = self.c(FIRST_F if sex == "F" else FIRST_M)
        last = self.c(LAST)
        return {"first": first, "last": last, "mi": self.c("ABCDEFGHJKLMPRSTW"), "sex": sex,
                "nick": NICK.get(first)}

    def doctor(self) -> dict:
        p = self.person()
        p["last"] = self.c(DOC_LAST)
        return p

    def day(self, lo: int = 2080, hi: int = 2099) -> dt.date:
        return dt.date(self.r.randint(lo, hi), 1, 1) + dt.timedelta(days=self.r.randint(0, 364))

    def date(self, d: dt.date, style: str | None = None) -> str:
        style = style or self.c(["mdy", "mdy2", "md", "long", "longth", "dmy", "iso", "mon", "dotted"])
        m, dd, y = d.month, d.day, d.year
        suffix = "th" if 11 <= dd <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
        return {
            "mdy": f"{m:02d}/{dd:02d}/{y}",
            "mdy2": f"{m}/{dd}/{y % 100:02d}",
            "md": f"{m}/{dd}",
            "long": f"{MONTHS[m - 1]} {dd}, {y}",
            "longth": f"{MONTHS[m - 1]} {dd}{suffix}",
            "dmy": f"{dd:02d}-{MONTHS[m - 1][:3]}-{y}",
            "iso": f"{y}-{m:02d}-{dd:02d}",
            "mon": f"{MONTHS[m - 1][:3]} {dd}",
            "dotted": f"{m}.{dd}.{y % 100:02d}",
        }[style]

    def phone(self) -> str:
        a, b = self.c(["617", "508", "781", "978", "413", "603", "401"]), self.r.randint(200, 989)
        n = self.r.randint(1000, 9999)
        return self.c([f"({a}) {b}-{n}", f"{a}-{b}-{n}", f"{a}.{b}.{n}", f"{a} {b} {n}"])

    def ext(self) -> str:
        """An extension or pager; only the number is PHI, not the word before it."""
        return self.c([f"x{T(str(self.r.randint(2000, 8999)))}", f"ext. {T(str(self.r.randint(2000, 8999)))}",
                       f"pager {T(str(self.r.randint(10000, 99999)))}", f"beeper #{T(str(self.r.randint(100, 999)))}"])

    @staticmethod
    def org(name: str) -> str:
        """An organization with a leading 'the' kept outside the span."""
        return "the " + O(name[4:]) if name.startswith("the ") else O(name)

    def hol(self) -> str:
        h = self.c(HOLIDAY)
        return "the " + D(h[4:]) if h.startswith("the ") else D(h)

    def mrn(self) -> str:
        r = self.r
        return self.c([f"{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}",
                       f"{r.randint(1000000, 9999999)}", f"00{r.randint(1000000, 9999999)}",
                       f"{r.randint(10, 99)}{r.randint(100000, 999999)}"])

    def street(self) -> str:
        s = f"{self.r.randint(3, 2400)} {self.c(STREET)}"
        if self.r.random() < 0.4:
            s += self.c([f", Apt {self.r.randint(1, 40)}", f" #{self.r.randint(1, 9)}R", f", Unit {self.c('ABCD')}"])
        return s

    def zip(self) -> str:
        return f"0{self.r.randint(1001, 2790)}"

    def email(self, p: dict) -> str:
        return self.c([f"{p['first'][0].lower()}{p['last'].lower().replace(' ', '').replace(chr(39), '')}@{self.c(EMAIL_DOM)}",
                       f"{p['first'].lower()}.{p['last'][0].lower()}{self.r.randint(60, 99)}@{self.c(EMAIL_DOM)}"])

    def full(self, p: dict) -> str:
        return self.c([f"{p['first']} {p['last']}", f"{p['first']} {p['mi']}. {p['last']}"])

    def docname(self, p: dict) -> str:
        """A clinician reference with its title kept outside the span."""
        k = self.r.randint(0, 5)
        if k == 0:
            return f"Dr. {N(p['last'])}"
        if k == 1:
            return f"Dr {N(p['first'] + ' ' + p['last'])}"
        if k == 2:
            return f"{N(p['first'] + ' ' + p['mi'] + '. ' + p['last'])}, M.D."
        if k == 3:
            return f"{N(p['first'][0] + '. ' + p['last'])} MD"
        if k == 4:
            return f"Dr. {N(p['first'][0] + '.' + p['mi'] + '. ' + p['last'])}"
        return f"{N(p['last'] + ', ' + p['first'])} MD"

    def age90(self) -> int:
        return self.r.randint(90, 103)

    def clin(self, k: int = 2) -> str:
        lines = [
            f"Exam notable for positive {self.c(['Babinski on the left', 'Kernig sign', 'Murphy sign', 'Trendelenburg gait'])}.",
            f"History of {self.c(DISEASE)}, stable.",
            f"Started {self.c(DRUG)}; continue {self.c(DRUG)}.",
            f"{self.c(['Foley', 'PICC', 'Port-a-Cath', 'Jackson-Pratt drain', 'Dobhoff', 'Pleur-evac'])} in place, draining well.",
            f"GCS {self.r.randint(9, 15)}, MoCA {self.r.randint(14, 29)}/30, PHQ-9 {self.r.randint(2, 24)}.",
            f"Na {self.r.randint(128, 145)}, K {self.r.randint(30, 52) / 10}, Cr {self.r.randint(6, 31) / 10}, INR {self.r.randint(9, 34) / 10}.",
            f"BP {self.r.randint(90, 180)}/{self.r.randint(50, 100)}, HR {self.r.randint(55, 130)}, SpO2 {self.r.randint(88, 100)}% on {self.c(['RA', '2L NC', 'BiPAP', 'Vapotherm 30L'])}.",
            f"Seen by Physical Therapy and Case Management; Social Work following.",
            f"Wells score {self.r.randint(0, 6)}, CHA2DS2-VASc {self.r.randint(1, 7)}, Braden {self.r.randint(10, 20)}.",
            f"Known {self.c(['Barrett esophagus', 'Raynaud phenomenon', 'Sjogren syndrome', 'Addison disease', 'Cushing disease'])}.",
        ]
        return "\n".join(self.r.sample(lines, k))


# --- note styles -------------------------------------------------------------------------------


def discharge(g: Gen) -> str:
    r = g.r
    pt, att, cons, pcp = g.person(), g.doctor(), g.doctor(), g.doctor()
    adm = g.day()
    dis = adm + dt.timedelta(days=r.randint(2, 14))
    sty = g.c(["mdy", "mdy2", "iso", "long"])
    hosp = g.c(HOSP)
    age = g.age90() if r.random() < 0.3 else r.randint(24, 88)
    agestr = P("AGE", str(age)) if age > 89 else str(age)
    he = "He" if pt["sex"] == "M" else "She"
    his = "his" if pt["sex"] == "M" else "her"
    surg_date = adm + dt.timedelta(days=1)
    s = f"""{g.c(['DISCHARGE SUMMARY', 'Discharge Summary', 'DISCHARGE SUMMARY - ' + O(hosp.upper())])}
{'' if r.random() < 0.5 else O(hosp) + chr(10)}Patient: {N(pt['last'] + ', ' + pt['first'] + ' ' + pt['mi'])}    MRN: {I(g.mrn())}
Account No: {I(str(r.randint(10**9, 10**10 - 1)))}
Admission Date: {D(g.date(adm, sty))}
Discharge Date: {D(g.date(dis, sty))}
Attending: {N(att['first'] + ' ' + att['mi'] + '. ' + att['last'])}, M.D.

HISTORY OF PRESENT ILLNESS:
{'Mr.' if pt['sex'] == 'M' else 'Ms.'} {N(pt['last'])} is a {agestr}-year-old {'man' if pt['sex'] == 'M' else 'woman'} with a history of {g.c(DISEASE)} and
{g.c(['CHF (EF 35%)', 'COPD on 2L home O2', 'ESRD on HD MWF', 'type 2 diabetes'])} who presented to the {O(g.c(HOSP))} Emergency Department on
{D(g.date(adm - dt.timedelta(days=r.randint(0, 1)), 'longth'))} with {g.c(['dyspnea', 'chest pain', 'fever and rigors', 'a fall at home'])}. {he} had been in {his} usual state of health until
{D(g.c(WEEKDAY))} evening. {he} was seen by Dr. {N(cons['last'])} of {g.c(['cardiology', 'nephrology', 'the Infectious Disease service', 'GI'])}, who recommended {g.c(DRUG)}.
{he} underwent {g.c(['cardiac catheterization', 'a Whipple procedure', 'EGD', 'TEE'])} on {D(g.date(surg_date, 'md'))} without complication.

PAST MEDICAL HISTORY:
1. {g.c(DISEASE)}
2. Hypertension
3. s/p {g.c(['appendectomy', 'CABG', 'TKR', 'cholecystectomy'])} in {P('YEAR', str(r.randint(2060, 2079)))}

SOCIAL HISTORY: Lives in {L(g.c(CITY))} with {his} {g.c(['wife', 'husband', 'daughter', 'partner'])} {N(g.c(FIRST_F + FIRST_M))}. Retired from {g.org(g.c(EMPLOYER))}.
{g.clin(3)}

HOSPITAL COURSE:
Diuresed with {g.c(DRUG)}. Foley removed on hospital day {r.randint(2, 5)}. Seen by PT/OT.
Followed by {g.docname(cons)} from {g.c(['Renal', 'Cardiology', 'Neurology'])}.

DISCHARGE DISPOSITION: {g.c(['Home with services via ' + O(g.c(VNA)), 'Extended care facility: ' + O(g.c(REHAB)), 'Home'])}
DISCHARGE MEDICATIONS: {g.c(DRUG)}; {g.c(DRUG)}; {g.c(DRUG)}.
FOLLOW UP: {g.c(['Dr. ' + N(pcp['last']) + ' in 1-2 weeks', N(pcp['first'] + ' ' + pcp['last']) + ', ' + T(g.phone()), 'PCP ' + N(pcp['last']) + ' on ' + D(g.date(dis + dt.timedelta(days=10), 'mon'))])}

{N(att['first'] + ' ' + att['mi'] + '. ' + att['last'])}, M.D.
Dictated By: {N(att['last'] + ', ' + att['first'])}
{N((att['first'][0] + att['mi'] + att['last'][0]).upper())}/{N(g.c(['jt', 'kmw', 'rl', 'dcb']))}
DD: {D(g.date(dis, 'mdy'))}  DT: {D(g.date(dis + dt.timedelta(days=1), 'mdy'))}
eScription document: {I(str(r.randint(1, 9)) + '-' + str(r.randint(1000000, 9999999)))} {g.c(['BFF', 'XQ', 'TKL'])}
cc: Dr. {N(pcp['first'] + ' ' + pcp['last'])}, {O(g.c(CLINIC))}
cc: {N(cons['last'] + ', ' + cons['first'])} MD
"""
    return s


def clinic_letter(g: Gen) -> str:
    r = g.r
    pt, me, ref = g.person(), g.doctor(), g.doctor()
    visit = g.day()
    clinic = g.c(CLINIC)
    city = g.c(CITY)
    st = g.c(STATE_ABBR)
    his = "his" if pt["sex"] == "M" else "her"
    s = f"""{O(clinic)}
{A(g.street())}
{A(city + ', ' + st + ' ' + g.zip())}
Tel {T(g.phone())}   Fax: {T(g.phone())}
{P('URL', g.c(['www.', 'https://www.']) + clinic.split()[0].lower().replace(chr(39), '') + g.c(['health.org', 'md.com', 'care.org']))}

{D(g.date(visit, g.c(['long', 'mdy'])))}

{g.docname(ref)}
{O(g.c(HOSP))}
{A(g.street())}
{A(g.c(CITY) + ', ' + g.c(STATE_ABBR) + ' ' + g.zip())}

RE: {N(pt['first'] + ' ' + pt['last'])}
DOB: {D(g.date(g.day(1935, 2005), 'mdy'))}
{g.c(['MRN', 'Med Rec #', 'Unit No.'])}: {I(g.mrn())}

Dear Dr. {N(ref['last'])},

Thank you for referring {N(pt['first'])} {g.c(['', '(' + N(pt['nick']) + ') ' if pt['nick'] else ''])}to our clinic. I saw {'him' if pt['sex'] == 'M' else 'her'} in follow up today. {N(pt['first'])} was last seen here
on {D(g.date(visit - dt.timedelta(days=r.randint(40, 200)), g.c(['md', 'longth', 'dmy'])))}, and since then has had {g.c(['two ED visits', 'no falls', 'worsening tremor'])}.
{g.clin(3)}
{'Mr.' if pt['sex'] == 'M' else 'Ms.'} {N(pt['last'])} works as a {g.c(['cashier', 'bus driver', 'line cook', 'paralegal', 'teacher'])} at {g.org(g.c(EMPLOYER))} and is insured through {O(g.c(INSURER))}.
{g.c(['Daughter', 'Son', 'Husband', 'Wife'])} {N(g.full(g.person()))} can be reached at {T(g.phone())} or {P('EMAIL', g.email(pt))}.
Plan: {g.c(DRUG)}; check TSH and A1c; return in {r.randint(2, 6)} months, or after {g.hol()}. Please do not hesitate to contact me
at {T(g.phone())} {g.ext()}.

Sincerely,

{N(me['first'] + ' ' + me['last'])}, MD, FACP
{g.c(['Division of Endocrinology', 'Department of Neurology', 'Movement Disorders Clinic', 'Internal Medicine'])}
cc: {N(pt['first'] + ' ' + pt['last'])}; {N(g.doctor()['last'] + ', ' + g.c(FIRST_F))} NP
"""
    return s


def ed_triage(g: Gen) -> str:
    r = g.r
    pt, rn, md = g.person(), g.person(), g.doctor()
    d = g.day()
    old = r.random() < 0.35
    age = g.age90() if old else r.randint(18, 89)
    agestr = P("AGE", str(age)) if old else str(age)
    city = g.c(CITY)
    s = f"""ED TRIAGE NOTE   {D(g.date(d, g.c(['mdy', 'dotted', 'mdy2'])))} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}
Pt: {N(pt['last'].upper() + ',' + pt['first'].upper())}  {agestr}{pt['sex']}  MRN {I(g.mrn())}
Arrival: {g.c(['BLS from home', 'walk-in', 'ALS', 'private vehicle'])} ({O(g.c(['Brewster Ambulance', 'Cataldo Ambulance', 'Fallon Ambulance', 'Lynn Fire']))})
CC: {g.c(['fall', 'SOB', 'abd pain', 'SI', 'chest pain', 'syncope'])} x {r.randint(1, 5)} days
HPI: {agestr} y/o {'M' if pt['sex'] == 'M' else 'F'} from {L(city)} c/o {g.c(['fall', 'dyspnea', 'RLQ pain'])} since {D(g.c(WEEKDAY))}. Seen at {O(g.c(HOSP))} {D(g.date(d - dt.timedelta(days=r.randint(2, 9)), 'md'))}, sent home on {g.c(DRUG)}.
{'Fell at ' + O(g.c(EMPLOYER).replace('the ', '')) + ' loading dock, ' if r.random() < 0.5 else ''}GCS 15. Pain 8/10. Triage ESI {r.randint(1, 4)}.
Visiting from {P('STATE', g.c(STATE))}, staying w/ {g.c(['sister', 'cousin', 'friend'])} {N(g.c(FIRST_F + FIRST_X))} at {A(g.street())}, {L(g.c(CITY))}.
Contact: {g.c(['wife', 'son', 'mother', 'roommate'])} {N(g.c(FIRST_F + FIRST_M))} {T(g.phone())}
PCP: {N(g.c(DOC_LAST))} @ {O(g.c(CLINIC))}
Allergies: PCN (hives), sulfa. Meds: {g.c(DRUG)}, {g.c(DRUG)}.
{g.clin(2)}
Triage RN: {N(rn['first'] + ' ' + rn['last'][0] + '.')}, RN   MD aware: Dr. {N(md['last'])}
"""
    return s


def operative(g: Gen) -> str:
    r = g.r
    pt, surg, asst, anes = g.person(), g.doctor(), g.doctor(), g.doctor()
    d = g.day()
    proc = g.c(["Laparoscopic Roux-en-Y gastric bypass", "Whipple pancreaticoduodenectomy",
                "Laparoscopic Nissen fundoplication", "Right total knee arthroplasty",
                "Open reduction internal fixation, left distal radius", "Pfannenstiel cesarean section"])
    s = f"""OPERATIVE REPORT

PATIENT NAME: {N(pt['first'] + ' ' + pt['last'])}
UNIT NUMBER: {I(g.mrn())}
DATE OF OPERATION: {D(g.date(d, g.c(['mdy', 'long', 'dmy'])))}
SURGEON: {N(surg['first'] + ' ' + surg['last'])}, M.D.
ASSISTANT: {N(asst['first'][0] + '. ' + asst['last'])}, PA-C
ANESTHESIA: General endotracheal, {g.docname(anes)}
PREOPERATIVE DIAGNOSIS: {g.c(['Morbid obesity, BMI 46', 'Pancreatic head mass', 'Refractory GERD with Barrett esophagus', 'Osteoarthritis'])}
PROCEDURE: {proc}

INDICATIONS: The patient is a {r.randint(30, 85)}-year-old seen in clinic on {D(g.date(d - dt.timedelta(days=r.randint(14, 60)), 'md'))} by Dr. {N(surg['last'])}.
Informed consent was obtained; {g.c(['her husband', 'his wife', 'her son', 'his daughter'])} {N(g.c(FIRST_F + FIRST_M))} was present.

DESCRIPTION: The patient was placed supine, then in reverse Trendelenburg. A Foley catheter was placed.
The abdomen was prepped and draped. Mallampati II airway. A {r.randint(10, 19)} French Jackson-Pratt drain was left.
Implant: {g.c(['Zimmer Persona knee, lot ', 'Stryker Gamma nail, lot ', 'Ethicon stapler reload, lot '])}{I(g.c(['ZP', 'SG', 'EC']) + str(r.randint(100000, 999999)))}.
EBL {r.randint(20, 600)} mL. Sponge and needle counts correct x2. Specimen sent to Pathology ({I(g.c(['S', 'SP']) + str(d.year % 100) + '-' + str(r.randint(1000, 99999)))}).
Patient transferred to PACU in stable condition. Dr. {N(surg['last'])} was present and scrubbed for the entire case.

{N(surg['first'][0] + surg['mi'] + surg['last'][0])}/{N(g.c(['mh', 'tq', 'ls']))}  D: {D(g.date(d, 'mdy2'))}  T: {D(g.date(d + dt.timedelta(days=1), 'mdy2'))}
"""
    return s


def lab_report(g: Gen) -> str:
    r = g.r
    pt, path, ord_ = g.person(), g.doctor(), g.doctor()
    d = g.day()
    acc = g.c([f"S{d.year % 100}-{r.randint(1000, 29999)}", f"SP-{d.year}-{r.randint(100, 99999):05d}",
               f"CY{d.year % 100}-{r.randint(100, 9999)}", f"{d.year % 100}H{r.randint(100000, 999999)}"])
    lab = g.c(["Quest Diagnostics", "LabCorp", "Mayo Medical Laboratories", "Bioreference Laboratories"])
    s = f"""{g.c(['SURGICAL PATHOLOGY REPORT', 'Pathology Report', 'CYTOLOGY REPORT'])}
{O(g.c(HOSP))} Department of Pathology
Accession #: {I(acc)}       Collected: {D(g.date(d, g.c(['mdy', 'dmy'])))}  Received: {D(g.date(d + dt.timedelta(days=1), 'mdy'))}
Patient: {N(pt['last'] + ', ' + pt['first'] + ' ' + pt['mi'] + '.')}   DOB: {D(g.date(g.day(1925, 2000), 'mdy'))}   Sex: {pt['sex']}
MRN: {I(g.mrn())}   Acct: {I(str(r.randint(10**7, 10**8)))}
Ordering physician: {N(ord_['last'] + ', ' + ord_['first'])} ({O(g.c(CLINIC))}); copy to {N(g.c(DOC_LAST))}

SPECIMEN: {g.c(['A. Colon, sigmoid, biopsy', 'A. Prostate, right base, core biopsy', 'A. Lymph node, left axillary, excision', 'A. Skin, left cheek, shave'])}
FINAL DIAGNOSIS:
{g.c(['Adenocarcinoma, Gleason score 3+4=7 (Grade Group 2)', 'Classic Hodgkin lymphoma, nodular sclerosis type', 'Tubular adenoma; negative for high-grade dysplasia', 'Basal cell carcinoma, nodular type, margins clear'])}.
Immunostains: CD30+, CD15+, PAX5 weak; Ki-67 {r.randint(5, 90)}%. HER2 negative (IHC 1+).
Comment: Case reviewed at intradepartmental consensus conference on {D(g.date(d + dt.timedelta(days=3), g.c(['md', 'mon'])))} with Dr. {N(g.c(DOC_LAST))}.
Outside slides from {O(lab)} ({I(g.c(['LC', 'QD', 'MM']) + str(r.randint(10**6, 10**7)))}) were also reviewed.
Results called to {N(g.c(FIRST_F + FIRST_M) + ' ' + g.c(DOC_LAST))}, RN at {T(g.phone())} on {D(g.date(d + dt.timedelta(days=4), 'mdy'))} at 14:10.
Electronically signed: {N(path['first'] + ' ' + path['mi'] + '. ' + path['last'])}, MD, PhD  {D(g.date(d + dt.timedelta(days=4), 'iso'))}
Lab director: {N(g.c(FIRST_M) + ' ' + g.c(DOC_LAST))}, MD  CLIA {I(str(r.randint(10, 99)) + 'D' + str(r.randint(1000000, 9999999)))}
"""
    return s


def social_work(g: Gen) -> str:
    r = g.r
    pt, partner, sw = g.person(), g.person(), g.person()
    d = g.day()
    city = g.c(CITY)
    pr = g.c(["partner", "wife", "husband", "boyfriend", "girlfriend"])
    pf = partner["first"] if r.random() < 0.7 else g.c(FIRST_X)
    s = f"""SOCIAL WORK NOTE - {D(g.date(d, g.c(['mdy', 'long'])))}
Reason for referral: discharge planning, {g.c(['housing', 'caregiver stress', 'substance use', 'insurance'])}.
SW met with pt {N(pt['first'])} and {pr} {N(pf)} at bedside. Pt lives with {pr} {N(pf)} in {L(city)}; works as a {g.c(['bus driver', 'home health aide', 'electrician', 'barista'])} for {g.org(g.c(EMPLOYER))}.
{'Pt born in ' + g.c(COUNTRY) + ', moved to ' + L(g.c(CITY)) + ' in ' + P('YEAR', str(r.randint(2070, 2090))) + '. ' if r.random() < 0.6 else ''}Speaks {g.c(['Haitian Creole', 'Portuguese', 'Spanish', 'Vietnamese', 'English'])}; interpreter {N(g.c(FIRST_F + FIRST_M))} ({g.c(['#', 'ID '])}{I(str(r.randint(10000, 99999)))}) used.
Address: {A(g.street())}, {L(city)} {A(g.zip())}. Landlord Mr. {N(g.c(LAST))} has threatened eviction after {g.hol()}.
Sister {N(g.c(FIRST_F))} ({T(g.phone())}) {g.c(['is HCP', 'will help with transport', 'lives in ' + L(g.c(CITY))])}. Son {N(g.c(FIRST_M))} in {P('STATE', g.c(STATE))}.
Insurance: {O(g.c(INSURER))} #{I(str(r.randint(10**9, 10**10 - 1)))}. Referred to {O(g.c(AGENCY))}.
Pt reports {g.c(['Alcoholics Anonymous', 'NA'])} meetings at {g.org(g.c(['St. Ambrose Church', 'Grace Chapel', 'the Dorchester YMCA', 'Temple Beth Shalom']))} on {D(g.c(WEEKDAY))}s.
{g.c(['PHQ-9 of 14.', 'Screened with AUDIT-C: 7.', 'Glasgow 15, oriented.'])} Plan: SW to call {O(g.c(VNA))} and {g.c(['Meals on Wheels', 'the Council on Aging', 'RIDE paratransit'])} tomorrow.
{N(sw['first'] + ' ' + sw['last'])}, LICSW  {g.ext()}
"""
    return s


def nicu(g: Gen) -> str:
    r = g.r
    mom, dad, nn, md = g.person("F"), g.person("M"), g.person("F"), g.doctor()
    d = g.day()
    last = mom["last"]
    ga = r.randint(24, 36)
    s = f"""NICU Progress Note  DOL #{r.randint(1, 40)}  {D(g.date(d, g.c(['md', 'mdy'])))}
Baby {g.c(['Boy', 'Girl'])} {N(last)} ({g.c(['Twin A', 'Twin B', 'singleton'])}), born {D(g.date(d - dt.timedelta(days=r.randint(2, 30)), g.c(['md', 'longth'])))} at {ga} wks to a G{r.randint(1, 5)}P{r.randint(0, 4)} mom. Apgars {r.randint(1, 8)} and {r.randint(5, 9)}.
Transferred from {O(g.c(HOSP))} Level II nursery.
Resp: on {g.c(['CPAP +5', 'SIMV', 'HFOV', 'NIPPV', 'RA'])}, FiO2 {r.randint(21, 45)}%. Curosurf x{r.randint(1, 2)}. Caffeine citrate daily.
FEN: TF {r.randint(120, 160)} cc/kg/d, EBM/Similac 24 cal via OG. Wt {r.randint(600, 2800)} g.
ID: amp/gent d/c'd after 48h r/o, BCx NGTD. Bili {r.randint(4, 14)}.{r.randint(0, 9)}, under phototherapy.
Neuro: HUS {g.c(['nl', 'Gr I IVH on L'])} on {D(g.date(d - dt.timedelta(days=2), 'md'))}.
Social: Mom {N(mom['first'])} at bedside {g.c(['this am', 'for cares', 'overnight'])}, dad ({N(dad['first'])}) called from work at {O(g.c(EMPLOYER).replace('the ', ''))}. {g.c(['Grandma ' + N(g.c(FIRST_F)) + ' visiting from ' + L(g.c(CITY)) + '.', 'Parents updated by ' + N(md['first'][0] + '. ' + md['last']) + ', NNP.', ''])}
Parents' cell {T(g.phone())}. Family planning baptism before {g.hol()}.
Primary RN: {N(nn['first'])}. Attending: Dr. {N(md['last'])}. Ped f/u {O(g.c(CLINIC))}.
"""
    return s


def psych(g: Gen) -> str:
    r = g.r
    pt, md, th = g.person(), g.doctor(), g.person()
    d = g.day()
    his = "his" if pt["sex"] == "M" else "her"
    nick = pt["nick"]
    s = f"""PSYCHIATRY CONSULT / {g.c(['Inpatient', 'Partial Hospital', 'Crisis'])} -- {D(g.date(d, g.c(['mdy', 'long', 'dmy'])))}
ID: {N(pt['first'] + ' ' + pt['last'])}{' ("' + N(nick) + '")' if nick else ''}, {r.randint(19, 80)} y.o., {g.c(['single', 'divorced', 'married'])}, {g.c(['unemployed', 'on SSDI', 'works at ' + g.org(g.c(EMPLOYER))])}, BIBA from {L(g.c(CITY))} after {g.c(['an overdose', 'SI with plan', 'erratic behavior'])}.
HPI: Pt reports worsening mood since {g.hol()}, when {his} {g.c(['brother', 'mother', 'girlfriend', 'best friend'])} {N(g.c(FIRST_F + FIRST_M))} died. Stopped {g.c(['lithium', 'Depakote', 'Zyprexa', 'Seroquel'])} on {D(g.date(d - dt.timedelta(days=r.randint(5, 30)), g.c(['md', 'longth'])))}.
States "{g.c(['Dr. ' + N(g.c(DOC_LAST)) + ' never listens', N(g.c(FIRST_F)) + ' put me here', 'I just want to go home to ' + L(g.c(CITY))])}." Denies AH/VH. No Tourette or Asperger history.
Past psych hx: {r.randint(1, 6)} prior admissions incl. {O(g.c(['McLean', 'Arbour Hospital', 'Bournewood', 'Whittier Pavilion', 'Pembroke Hospital']))} in {P('YEAR', str(r.randint(2070, 2092)))} and {D(g.c(MONTHS) + ' ' + str(r.randint(2080, 2092)))}.
Outpt: therapist {N(th['first'] + ' ' + th['last'])}, LMHC at {O(g.c(CLINIC))}; psychiatrist {N(g.c(DOC_LAST))}.
Substance: EtOH {r.randint(2, 12)} beers/day, last drink {D(g.c(WEEKDAY))}; CIWA {r.randint(0, 15)}. Suboxone via {O(g.c(['Boston Health Care for the Homeless', 'Bay Cove', 'Habit OPCO']))}.
MSE: disheveled, poor eye contact, mood "{g.c(['bad', 'numb', 'fine'])}", affect constricted. MoCA 26/30. No Parkinsonism, no Huntington's chorea.
Legal: Section 12 signed by Dr. {N(g.c(DOC_LAST))} at {O(g.c(HOSP))}; court date {D(g.date(d + dt.timedelta(days=r.randint(3, 20)), g.c(['md', 'longth', 'mon'])))} at {O(g.c(['Dorchester District Court', 'Lynn District Court', 'Brockton Probate Court']))}. Probation officer {N(g.c(LAST))} {T(g.phone())}.
Plan: restart {g.c(DRUG)}; 1:1 sitter; collateral from {g.c(['mother', 'partner', 'roommate'])} {N(g.c(FIRST_F + FIRST_X))} ({P('EMAIL', g.email(g.person()))}).
{N(md['first'] + ' ' + md['last'])}, MD  {g.ext()}
"""
    return s


def progress(g: Gen) -> str:
    r = g.r
    pt, res, att = g.person(), g.doctor(), g.doctor()
    d = g.day()
    age = g.age90()
    rel = g.c(["daughter", "son", "niece", "granddaughter"])
    hn = g.c(HOSP_ABBR)
    s = f"""Medicine Progress Note   HD #{r.randint(2, 12)}   {D(g.date(d, g.c(['mdy', 'md', 'mon'])))}
S: {P('AGE', str(age))} yo {pt['sex']} from {O(g.c(REHAB))} admitted w/ {g.c(['urosepsis', 'CAP', 'hip fx', 'delirium'])}. Overnight {g.c(['agitated, got Haldol 0.5', 'slept well', 'pulled PIV'])}.
{rel.capitalize()} {N(g.c(FIRST_F + FIRST_M))} ({T(g.phone())}) is HCP; wants full code until {'his' if pt['sex'] == 'M' else 'her'} brother arrives from {P('STATE', g.c(STATE))} on {D(g.c(WEEKDAY))}.
Transferred from {O(hn[0])} ({O(hn[1])}) on {D(g.date(d - dt.timedelta(days=3), 'md'))}; records faxed to {T(g.phone())}.
O: {g.clin(3)}
A/P: {P('AGE', str(age))}{pt['sex']} w/ Alzheimer's dementia, Parkinson's disease.
- abx: {g.c(DRUG)} day {r.randint(2, 7)}/7
- PT/OT, Foley out today, TOV
- Code status discussed with {rel} on the {D(str(r.randint(4, 20)) + 'th')}; goals of care mtg {D(g.c(WEEKDAY))} 2pm.
- Geriatrics (Dr. {N(g.c(DOC_LAST))}) following. Dispo back to {O(g.c(REHAB))} when bed available, per CM {N(g.c(FIRST_F))}.
{N(res['first'] + ' ' + res['last'])}, MD (PGY-{r.randint(1, 3)}) {g.ext()}
Seen and examined with resident; agree with above. -- {N(att['first'][0] + '. ' + att['last'])}
"""
    return s


STYLES = [discharge, clinic_letter, ed_triage, operative, lab_report, social_work, nicu, psych, progress]


def main() -> None:
    rng = random.Random(SEED)
    g = Gen(rng)
    order = [s for s in STYLES for _ in range(6)] + [discharge, clinic_letter]
    for i, style in enumerate(order):
        text, spans = strip(style(g))
        rec = {"id": f"holdout-{i:03d}", "style": style.__name__, "text": text, "spans": spans}
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
