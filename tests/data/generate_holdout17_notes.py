# ruff: noqa: E501
"""Blind hold-out set 17: 70 synthetic clinical and administrative notes, 14 styles x 5 notes, with gold
PHI spans. Run ``python tests/data/generate_holdout17_notes.py > tests/data/holdout17_notes_gold.jsonl``.
Deterministic (seeded ``random.Random``). Written without reading the redaction rules.

Styles: i2b2_longitudinal (outpatient diabetic/cardiac records, far-future years), cardiology (cath,
echo, device interrogation), ed_triage_sbar, lab_report (micro, blood bank, critical-value call logs),
secure_chat (paging/secure messages, lower case), incident_report (safety events, RCA summaries),
utilization_review (auths, appeals, fax covers), interpreter_visit (families of many origins),
va_military, correctional, opioid_treatment (methadone clinic), sleep_eeg, transplant_donation,
school_camp_forms (school nurse, immunization registry, camp/sports physicals).

Invented community: towns Harlow Falls, Kettering Mills, Ashby Crossing, Dunmore Springs, Calder Bay,
Wexley, Port Ambrose, Millbrook Junction, Sorrel Creek, Tamsin Ridge, Brackenridge, Oyster Point,
Fennimore, Glenrock Hollow (mostly in Oregon/Washington); hospitals Harlow Falls Regional Medical Center
(HFRMC), St. Brendan's Hospital, Calder Bay Community Hospital, Kettering Mills Heart Institute; Port
Ambrose VA Medical Center; Tamsin Ridge Correctional Facility; Pacific Gift of Life Alliance (OPO);
payers Evergreen Mutual Health Plan, Summit Crest Insurance, Cascadia Care Medicaid; and so on. Every
name, number, phone (555-01xx) and address is invented.

Gold conventions:
- NAME: people only (patients, relatives, staff, clinicians, officers, interpreters, coaches), also first
  names alone, nicknames, signature initials ("-JK", "/tm"). Titles (Dr., Mr., Sgt., Officer, CO, Coach),
  credentials (MD, RN, RPSGT, REEGT...) and relation words stay outside the span. Name order as written
  ("Pham Thi Hoa", "Khalid bin Saeed al-Harbi": particles inside the span).
- DATE: every full or partial date, month alone dating an event, holidays dating an event. Clock times and
  weekdays are not gold. YEAR: a year standing alone ("in 2079", "'19"). AGE: ages over 89, number only.
- PHONE: phones, faxes, pagers, callback numbers, extensions (number part only, "x4-4812" -> "4-4812").
- ID: MRN, accession, claim, member, group, authorization, appeal, DoD ID/EDIPI, inmate/booking, UNOS and
  donor IDs, registry, licence, NPI, DEA, device serials, vaccine lots, study numbers: the number only.
  A research protocol or IRB number shared by all participants is NOT gold.
- ADDRESS street line; LOCATION towns, cities, counties, countries, military bases/posts named as places;
  STATE; ZIP. ORGANIZATION: hospitals (and acronyms), clinics, labs, pharmacies, schools, employers,
  correctional facilities, OPOs, VA centres, payers, camps, military units (a unit such as "2nd Battalion,
  162nd Infantry" is ORGANIZATION; a service branch alone, "Army", "Marine Corps", is not gold).
- Decided case by case, once for the whole set: "Last 4" (of the SSN) and a VA ICN are ID; a "PO Box" line is
  ADDRESS; a lake or a foreign city a patient came from is LOCATION; state agencies, courts, sheriff's offices,
  fire departments and public-health departments are ORGANIZATION; "Vietnam-era", "Gulf War", "Korean" and the
  like are not gold; "Christmas"/"Thanksgiving" are DATE only where they date an event ("no use since
  Thanksgiving"); policy numbers (NSG-212, LAB-117, DoDI 6490.08), regulation citations (42 CFR 8.12), EMS
  units ("Medic 12"), cottages, cabins and cells are not gold; national bodies named only as the tag of a number or
  as a kind of plan ("UNOS Donor ID", "DMV registry", "Medicare Advantage", "VA" alone) are not gold. Two-letter signature initials that would read as
  a credential or abbreviation (MD, RN, PT...) get a middle initial so the gold is not ambiguous.
- Not gold: eponyms and scales (Foley, Glasgow, Epworth, Mallampati, Wells, NYHA, Duke, Brugada, Holter,
  Swan-Ganz, Wenckebach, Mobitz, Gram, Kirby-Bauer...), drug and device brands, hospital units (4 West,
  MICU), languages, nationalities, religions, rooms/beds, doses, vitals, times, weekdays, ranks, and the
  common words the set also uses as names (will, hope, grant, rose, faith, hunter, joy, mercy, may, frank).
"""

from __future__ import annotations

import json
import random
import sys

from marks import m, strip

R = random.Random(170017)


#: initials that would read as a credential or a common abbreviation get a middle initial ("MD" -> "MJD")
_ABBREV = {"MD", "RN", "DO", "NP", "PA", "OT", "PT", "RD", "MS", "CO", "ED", "OR", "ID", "SW", "CM", "DR", "MR", "ER", "IV",
           "PO", "GI", "HR", "BP", "OB", "AM", "PM", "IN", "AS", "AT", "TO", "NO", "SO", "US", "WE", "HE", "ME", "BE",
           "MT", "OW", "IT", "IS", "OK", "OH", "UP", "GO", "HI", "LA", "MA", "PE", "CT", "ST", "DC", "VS", "RT", "CV",
           "EP", "IM", "SQ", "PR", "QD", "AN", "OF", "ON", "BY", "MY", "OX", "AX", "EX"}


def N(v: str) -> str:
    if len(v) == 2 and v.upper() in _ABBREV:
        v = v[0] + ("j" if v.islower() else "J") + v[1]
    return m("NAME", v)


def D(v: str) -> str:
    return m("DATE", v)


def Y(v: object) -> str:
    return m("YEAR", v)


def A(v: object) -> str:
    return m("AGE", v)


def P(v: str) -> str:
    return m("PHONE", v)


def E(v: str) -> str:
    return m("EMAIL", v)


def U(v: str) -> str:
    return m("URL", v)


def I(v: object) -> str:  # noqa: E743
    return m("ID", v)


def AD(v: str) -> str:
    return m("ADDRESS", v)


def L(v: str) -> str:
    return m("LOCATION", v)


def S(v: str) -> str:
    return m("STATE", v)


def Z(v: object) -> str:
    return m("ZIP", v)


def O(v: str) -> str:  # noqa: E743
    return m("ORGANIZATION", v)


class Pool:
    """Cycles through a shuffled list so values repeat as little as possible."""

    def __init__(self, items: list) -> None:
        self.items = list(items)
        R.shuffle(self.items)
        self.i = 0

    def __call__(self):
        v = self.items[self.i % len(self.items)]
        self.i += 1
        return v


FIRST = Pool(["Margaret", "Harold", "Denise", "Curtis", "Lorraine", "Wendell", "Tamara", "Glenn", "Bernadette",
              "Vernon", "Marisol", "Desmond", "Colleen", "Reginald", "Priya", "Tobias", "Yolanda", "Emmett",
              "Shonda", "Gideon", "Rosalind", "Dwayne", "Ingrid", "Lamar", "Celeste", "Otis", "Francine",
              "Ruben", "Annika", "Cornelius", "Delphine", "Marcus", "Esther", "Leland", "Juanita", "Boyd",
              "Nadine", "Quentin", "Hattie", "Alton", "Kendra", "Ulysses", "Bettina", "Rodney", "Imogen",
              "Clifton", "Fern", "Thaddeus", "Lucinda", "Garrett"])
FEM = Pool(["Margaret", "Denise", "Lorraine", "Tamara", "Bernadette", "Marisol", "Colleen", "Priya", "Yolanda",
            "Shonda", "Rosalind", "Ingrid", "Celeste", "Francine", "Annika", "Delphine", "Esther", "Juanita", "Nadine",
            "Hattie", "Kendra", "Bettina", "Imogen", "Fern", "Lucinda"])
MALE = Pool(["Harold", "Curtis", "Wendell", "Glenn", "Vernon", "Desmond", "Reginald", "Tobias", "Emmett", "Gideon",
             "Dwayne", "Lamar", "Otis", "Ruben", "Cornelius", "Marcus", "Leland", "Boyd", "Quentin", "Alton",
             "Ulysses", "Rodney", "Clifton", "Thaddeus", "Garrett"])
LAST = Pool(["Okafor", "Lindqvist", "Pettibone", "Haverford", "Calloway", "Dunleavy", "Marchetti", "Szymanski",
             "Abernathy", "Whitcombe", "Ferreira", "Nakamura", "Brannigan", "Ostrowski", "Delacroix", "Fairbanks",
             "Quintero", "Holloway", "Vandermeer", "Achterberg", "Mbeki", "Rasmussen", "Tolliver", "Greenhalgh",
             "Castellano", "Pruitt", "Kowalski", "Ashdown", "Bergstrom", "Villanueva", "Stroud", "Ellery",
             "McAllister", "Okonjo", "Halvorsen", "Truong", "Beaumont", "Riordan", "Sandoval", "Winslow",
             "Petrakis", "Dunmore", "Lachance", "Ogilvie", "Carrow", "Henley", "Fitzhugh", "Marwick", "Stanek",
             "Youngblood"])
# clinicians and staff, some with word-like names
STAFF = Pool(["Okonkwo", "Grant", "Feldstein", "Ramaswamy", "Hunter", "Takahashi", "Delgado", "Ebersole", "Moritz",
              "Abiodun", "Kessler", "Castaneda", "Lindgren", "Rose", "Prakash", "Oyelaran", "Whitaker", "Sokolov",
              "Baptiste", "Mercer", "Chaudhry", "Ivanova", "Garroway", "Stiles", "Nwachukwu", "Bellweather",
              "Tanaka", "Obregon", "Faulkner", "Ahn"])
SFIRST = Pool(["Jess", "Tomas", "Keiko", "Rafael", "Bridget", "Will", "Hope", "Anil", "Dana", "Marcy", "Joy",
               "Faith", "Dev", "Lena", "Omar", "Trish", "Hunter", "Mercy", "Colin", "Nia", "Grant", "Rose",
               "Sunil", "Becca", "Frank", "Ines", "Kwame", "Lupe", "Stef", "Aaron"])
TOWN = Pool(["Harlow Falls", "Kettering Mills", "Ashby Crossing", "Dunmore Springs", "Calder Bay", "Wexley",
             "Port Ambrose", "Millbrook Junction", "Sorrel Creek", "Tamsin Ridge", "Brackenridge", "Oyster Point",
             "Fennimore", "Glenrock Hollow"])
STATE = Pool([("OR", "97"), ("Oregon", "97"), ("WA", "98"), ("Washington", "98"), ("OR", "97"), ("ID", "83")])
STREET = Pool(["Larkspur Lane", "N. Ferncliff Ave", "Old Mill Rd", "Cottonwood Ct", "SE Harbor View Dr",
               "Quarry St", "Tillicum Way", "Alder Bluff Rd", "Wexley Pike", "Kinnear Pl", "Station St Apt 4",
               "Bracken Loop", "Marten Ridge Rd", "Sandpiper Cir"])
HOSP = Pool(["Harlow Falls Regional Medical Center", "St. Brendan's Hospital", "Calder Bay Community Hospital",
             "Sorrel Creek Memorial Hospital", "Ambrose Valley Medical Center", "Mercy Ridge Hospital", "HFRMC"])
CLINIC = Pool(["Northgate Family Practice", "Wexley Internal Medicine Associates", "Fennimore Rural Health Clinic",
               "Dunmore Springs Diabetes Center", "Brackenridge Cardiology Group", "Oyster Point Community Clinic",
               "Millbrook Primary Care"])
EMPLOYER = Pool(["Kettering Mills Lumber Co.", "Calder Bay Cannery", "Pacific Ridge Freight", "Halvorsen Orchards",
                 "Tamsin Ridge School District", "Wexley Paper Works", "Port Ambrose Shipyard", "Coldwater Creamery"])
PHARM = Pool(["Millbrook Apothecary", "Dunmore Drug", "Harborside Pharmacy", "Ferncliff Pharmacy", "Cedar & Main Pharmacy"])
PAYER = Pool(["Evergreen Mutual Health Plan", "Summit Crest Insurance", "Cascadia Care Medicaid",
              "Northwest Shield Advantage", "Pioneer Health Alliance"])

MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
MON = [x[:3] for x in MONTH]


def rdate(fmt: str, y0: int = 2025, y1: int = 2026) -> str:
    """A random date in one written format."""
    y, mo, d = R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28)
    return {
        "mdy": f"{mo:02d}/{d:02d}/{y}",
        "mdy1": f"{mo}/{d}/{y}",
        "mdyy": f"{mo}/{d}/{y % 100:02d}",
        "md": f"{mo}/{d}",
        "dmony": f"{d:02d}-{MON[mo - 1].upper()}-{y}",
        "long": f"{MONTH[mo - 1]} {d}, {y}",
        "iso": f"{y}-{mo:02d}-{d:02d}",
        "mony": f"{MONTH[mo - 1]} {y}",
        "my": f"{mo:02d}/{y}",
        "monthday": f"{MONTH[mo - 1]} {d}",
        "dmon": f"{d} {MON[mo - 1]}",
        "monabbr": f"{MON[mo - 1]} {d}, {y}",
        "dmy": f"{d} {MONTH[mo - 1]} {y}",
    }[fmt]


class Seq:
    """Dates that move forward, for logs and timelines inside one note."""

    def __init__(self, y0: int = 2025, y1: int = 2026) -> None:
        import datetime
        self.day = datetime.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))
        self.step = datetime.timedelta

    def __call__(self, fmt: str = "md", gap: tuple[int, int] = (1, 4)) -> str:
        self.day += self.step(days=R.randint(*gap))
        y, mo, d = self.day.year, self.day.month, self.day.day
        return {"md": f"{mo}/{d}", "mdy": f"{mo:02d}/{d:02d}/{y}", "mdy1": f"{mo}/{d}/{y}",
                "monthday": f"{MONTH[mo - 1]} {d}", "long": f"{MONTH[mo - 1]} {d}, {y}",
                "monabbr": f"{MON[mo - 1]} {d}, {y}", "dmony": f"{d:02d}-{MON[mo - 1].upper()}-{y}"}[fmt]


def phone(style: int = 0) -> str:
    a, n = R.choice(["503", "541", "360", "971", "458"]), R.randint(0, 99)
    return [f"({a}) 555-01{n:02d}", f"{a}-555-01{n:02d}", f"{a}.555.01{n:02d}", f"555-01{n:02d}", f"{R.randint(2, 7)}-{R.randint(1000, 9999)}"][style]


def digits(k: int) -> str:
    return "".join(str(R.randint(0, 9)) for _ in range(k - 1)) + str(R.randint(1, 9))


def person() -> str:
    return f"{FIRST()} {LAST()}"


def staff() -> tuple[str, str]:
    return SFIRST(), STAFF()


def town_state() -> str:
    st, z = STATE()
    return f"{L(TOWN())}, {S(st)} {Z(z + digits(3))}"


# ---------------------------------------------------------------- 1. i2b2-style longitudinal records

def i2b2(i: int) -> str:
    y = 2089 + i
    pt_f, pt_l = FIRST(), LAST()
    doc = staff()
    fam = ["wife", "son", "daughter", "daughter", "sister"][i]
    famname = ["Hope", "Will", "Faith", "Rose", "Joy"][i]
    hosp, hosp2, clinic, emp, town = HOSP(), HOSP(), CLINIC(), EMPLOYER(), TOWN()
    rec = f"{y}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"
    if i == 4:
        return f"""Record date: {D(rec)}

TELEPHONE ENCOUNTER - {O(clinic)}

Call from patient's {fam}, {N(famname)} {N(pt_l)}, at {P(phone(1))}: {N(pt_f)} has had home sugars 45-60 three mornings this week, shaky, sweaty, resolved with juice. Glipizide was added {D(rdate("monthday", y, y))} by Dr. {N(STAFF())} at {O(hosp)} after his admission for NSTEMI ({D(f"{MONTH[R.randint(0, 11)]} {y}")}). Eats little since the admission; weight down 9 lb. No chest pain. Using the Holter monitor as instructed.

Reviewed with Dr. {N(doc[1])}: stop glipizide; continue metformin 500 bid; check sugars before breakfast and supper; call if < 70 again. Will move up visit to {D(rdate("md", y, y))}. Nutrition referral to {N(person())}, RD.
{fam.capitalize()} verbalized understanding and read back the plan. Pharmacy ({O(PHARM())}) notified to cancel refills.

-- {N(f"{SFIRST()} {STAFF()}")}, RN, triage nurse, ext {P(phone(4))}
"""
    if i % 2 == 0:
        return f"""Record date: {D(rec)}

{O(clinic.upper())}
{L(town)}, {S("OR")}

CC: f/u DM2, CAD, CHF

HPI: {"Ms." if i == 2 else "Mr."} {N(pt_l)} is a {R.choice([58, 63, 71, 66])} yo {"man" if i != 2 else "woman"} with type 2 diabetes (dx {Y(y - 14)}), CAD s/p CABG x3 at {O(hosp)} in {Y(y - 6)}, ischemic cardiomyopathy (EF 30-35% on echo {D(f"{R.randint(1, 12)}/{R.randint(1, 28)}/{(y - 1) % 100:02d}")}), HTN, hyperlipidemia who returns for routine follow-up. Last seen by Dr. {N(doc[1])} on {D(f"{R.randint(1, 12)}/{R.randint(1, 28)}/{y}")}. Since then admitted to {O(hosp2)} {D(rdate("mdy", y, y))} - {D(rdate("md"))} for CHF exacerbation, NYHA class III on admission, diuresed 6 kg. Discharged home with VNA. Reports walking 2 blocks, 2-pillow orthopnea, no PND. Sugars 140s-220s fasting; they rose after a prednisone burst for gout. Denies chest pain. Hopes to get back to deer hunting this fall; says the men's faith group at church keeps him on track. {"Her" if i == 2 else "His"} {fam} {N(famname)} fills the pill box weekly.

Medications:
metformin 1000 mg po bid
Lantus 30 units qhs
Toprol XL 100 mg daily
lisinopril 20 mg daily
Lasix 40 mg po daily
atorvastatin 80 mg daily
ASA 81 mg daily
Plavix 75 mg daily (held since {D(rdate("monthday"))} per Dr. {N(STAFF())})

PMH: Also gout, OSA (Epworth 14, on CPAP), BPH. Wells score not applicable. Former smoker, quit {Y(y - 20)}.

SH: Worked {R.randint(20, 35)} years at {O(emp)}, retired. Lives with {fam} in {L(TOWN())}. No EtOH.

FH: Father MI at 52. Brother with DM.

Exam: BP 142/78 P 66 Wt 231 lb (was 238 lb on {D(rdate("mdyy", y, y))}). JVP 9 cm. Bibasilar crackles. 1+ LE edema. Monofilament intact. Mallampati 3.

Labs {D(rdate("mdy1", y, y))}: A1c 8.4 (7.9 in {D(f"{MONTH[R.randint(0, 11)]} {y - 1}")}), Cr 1.5, K 4.9, BNP 612, LDL 74.

A/P:
1. DM2 - suboptimal. Increase Lantus to 34 units. Refer to CDE {N(person())} at {O("Dunmore Springs Diabetes Center")}.
2. Ischemic CMP - NYHA II-III. Will discuss ICD with EP (Dr. {N(f"{doc[0][0]}. {STAFF()}")}, {O(hosp)}), Holter ordered. Duke score n/a.
3. CAD - stable. Continue ASA/statin.
4. HCM: flu shot given today. Colonoscopy {Y(y - 3)} normal.

RTC 3 months or sooner prn.

______________________
{N(f"{doc[0]} {doc[1]}")}, MD
cc: {N(person())}, NP, {O(CLINIC())}
"""
    age = [None, 91, None, 93, None][i]
    agestr = f"{A(age)} y/o" if age else "78 y/o"
    return f"""Record date: {D(rec)}

{O(hosp.upper())} - ADULT MEDICINE
Patient: {N(f"{pt_l}, {pt_f}")}   MRN: {I(digits(7))}
Visit: {D(rdate("long", y, y))}

Mrs. {N(pt_l)} ({N(FEM())}) is a {agestr} widow here with her {fam} {N(famname)} for follow-up of atrial fibrillation, diastolic CHF and diet-controlled diabetes. CHA2DS2-VASc 6. She had a fall on {D(f"{MONTH[R.randint(0, 11)]} {R.randint(1, 28)}")} at home in {L(town)} without head strike; evaluated at {O(hosp2)} ED, CT head negative. PT started; Morse fall score 55. Since {Y(y - 2)} she has been on Eliquis 2.5 mg bid. Weight rose 2 lb since last visit. Denies melena. Says her garden and great-grandchildren bring her joy; she hopes to stay at home.

Allergies: sulfa (rash), codeine.

Current meds:
 - Eliquis 2.5 mg bid
 - diltiazem ER 180 mg daily
 - torsemide 20 mg daily
 - KCl 20 mEq daily
 - vitamin D 2000 IU
 - Tylenol 650 mg tid prn

Exam: BP 128/64, HR 82 irregularly irregular, SpO2 95% RA. Trace edema. Alert, oriented x3, MoCA 24/30 ({D(rdate("my", y - 1, y - 1))}: 26/30).

ECG today: AF, rate 80s, no Wenckebach or Mobitz pattern, QTc 452.

Impression/Plan:
# AF - rate controlled. Continue Eliquis (dose reduced for age and Cr).
# HFpEF - euvolemic. Continue torsemide.
# Falls - home safety eval via {O("Harlow Falls Home Health")}; daughter-in-law {N(f"{FEM()} {pt_l}")} to install grab bars.
# Advance care planning - MOLST completed; living will on file. HCP is {fam} {N(famname)}, cell {P(phone(1))}.

Follow-up with me in 6-8 weeks, cardiology (Dr. {N(STAFF())}) on {D(rdate("mdy", y, y))}.

{N(f"{doc[0]} {doc[1]}")}, MD / pager {P(phone(4))}
Dictated and transcribed {D(rec)} by {N("".join(c for c in FIRST()[:1] + LAST()[:1]).lower())}
"""


# ---------------------------------------------------------------- 2. cardiology procedure reports

def cardiology(i: int) -> str:
    pt = person()
    mrn = digits(8)
    op, fel, rn = staff(), staff(), staff()
    hosp = ["Kettering Mills Heart Institute", "Harlow Falls Regional Medical Center", "St. Brendan's Hospital",
            "Kettering Mills Heart Institute", "Calder Bay Community Hospital"][i]
    date = rdate(["dmony", "mdy", "long", "mdy1", "iso"][i])
    if i == 3:
        return f"""TEE-GUIDED CARDIOVERSION - PROCEDURE NOTE
{O(hosp)}, Cardiac Procedure Unit, {L("Kettering Mills")}
Date: {D(date)}   Patient: {N(pt)}   MRN {I(mrn)}   Acct {I(digits(9))}
Operator: {N(f"{op[0]} {op[1]}")}, MD   Anesthesia: {N(f"{fel[0]} {fel[1]}")}, CRNA (propofol 90 mg total)   RN: {N(rn[0])}
Indication: symptomatic persistent AF since {D(rdate("mony"))}, on apixaban since {D(rdate("monthday"))} (missed 2 doses, hence TEE). Referred by Dr. {N(STAFF())} of {O(CLINIC())}.
TEE: no LAA thrombus, LAA velocity 38 cm/s, mild spontaneous echo contrast. EF 50%. No PFO on Valsalva with bubbles.
DCCV: 200 J biphasic synchronized x1 -> sinus rhythm 62 bpm. No Mobitz or Wenckebach block after conversion. Skin intact.
Plan: continue apixaban at least 4 weeks without interruption; amiodarone load. Zio patch in 2 weeks. Discharged home with wife {N(FEM())} driving; her number {P(phone(1))}.
{N(f"{op[0][0]}{op[1][0]}")} / dictated {D(date)}
"""
    if i == 0:
        return f"""{O(hosp.upper())}
CARDIAC CATHETERIZATION LABORATORY REPORT

Patient: {N(pt)}     MRN: {I(mrn)}     DOB: {D(rdate("mdy", 1948, 1962))}
Procedure date: {D(date)}       Case #: {I("CL" + digits(6))}
Attending: {N(f"{op[0]} {op[1]}")}, MD, FSCAI    Fellow: {N(f"{fel[0]} {fel[1]}")}, MD
Referring: Dr. {N(STAFF())}, {O(CLINIC())}
Circulating RN: {N(f"{rn[0]} {rn[1]}")}, RN   Scrub: {N(f"{SFIRST()} {STAFF()}")}, RCIS

Indication: NSTEMI, troponin peak 4.2. Positive stress test ({D(rdate("md"))}, Bruce protocol, Duke treadmill score -8).

Procedures: LHC, selective coronary angiography, LV gram, PCI to mid LAD with 1 DES (Xience 3.0 x 23 mm).
Access: R radial 6F, Allen test normal; TR band applied. Heparin 5000 units, verapamil 2.5 mg IA.
Sedation: midazolam 2 mg, fentanyl 75 mcg (moderate sedation, 48 min, monitored by {N(rn[0])}).

Findings:
LM: normal. LAD: 90% mid stenosis, TIMI 2 flow. LCx: 40% OM1. RCA: dominant, mild luminal irregularities.
LVEDP 24 mmHg. LVEF 40% with anterior hypokinesis. No Swan-Ganz placed.

Result: 0% residual, TIMI 3 flow. No complications; no frank bleeding at the access site. Contrast 140 mL Omnipaque. Creatinine may rise; will recheck BMP in am.

Plan: DAPT with ticagrelor x 12 months; echo before discharge; cardiac rehab at {O(HOSP())}. Discussed with wife {N(FEM())} at bedside, cell {P(phone(0))}.

Electronically signed: {N(f"{op[0]} {op[1]}")}, MD {D(date)} 16:40
"""
    if i in (1, 4):
        sonog = staff()
        hosp = ["", "Harlow Falls Regional Medical Center", "", "", "Calder Bay Community Hospital"][i]
        return f"""TRANSTHORACIC ECHOCARDIOGRAM
{O(hosp)} - Echo Lab, {L(TOWN())}, {S("WA")}
Name: {N(pt.upper())}   Acct: {I(digits(9))}   Age: {A(R.choice([91, 94])) if i == 4 else "67"}   Sex: {"F" if i == 4 else "M"}
Study date: {D(date)}   Study #: {I("TTE-" + digits(5))}
Sonographer: {N(f"{sonog[0]} {sonog[1]}")}, RDCS    Ordering: {N(STAFF())}
Reading physician: {N(f"{op[0]} {op[1]}")}, MD

Indication: {["", "dyspnea, murmur", "", "", "syncope, murmur; TAVR evaluation requested by Dr. " + N(STAFF())][i]}. Prior study {D(rdate("my", 2023, 2023))} at outside facility ({O("Mercy Ridge Hospital")}).

Measurements: LVIDd {[0, 5.4, 0, 0, 4.6][i]} cm, IVS {[0, 1.2, 0, 0, 1.4][i]}, PW 1.1. LVEF (Simpson biplane) {[0, 45, 0, 0, 60][i]}%. TAPSE {[0, 1.6, 0, 0, 2.1][i]} cm. RVSP {[0, 48, 0, 0, 41][i]} mmHg.
Aortic valve: calcified, peak velocity {[0, 3.9, 0, 0, 4.6][i]} m/s, mean gradient {[0, 36, 0, 0, 52][i]} mmHg (Bernoulli), AVA {[0, 0.9, 0, 0, 0.7][i]} cm2 by continuity.
Mitral: {["", "moderate MR, vena contracta 0.5 cm", "", "", "mild MR, MAC"][i]}. E/e' {[0, 16, 0, 0, 19][i]}. LA volume index {[0, 44, 0, 0, 51][i]} mL/m2.
No pericardial effusion. IVC 2.2 cm with < 50% collapse. {"Agitated saline: no shunt with Valsalva." if i == 1 else "Contrast (Definity) used for endocardial definition."}

Conclusions:
1. {"Mildly reduced LV systolic function, EF 45%." if i == 1 else "Normal LV size and systolic function, concentric LVH."}
2. {"Moderate-severe" if i == 1 else "Severe, high-gradient"} aortic stenosis, progressed since {Y(2023)}.
3. {"Moderate MR. Elevated filling pressures." if i == 1 else "Grade II diastolic dysfunction. The patient's daughter " + N(FEM()) + " asked for a copy; sent to the portal."}
Compared with the prior study, AS has progressed and RVSP rose from 35 mmHg. Results called to Dr. {N(STAFF())} at {P(phone(3))} on {D(rdate("monthday"))} by {N(op[0][0] + op[1][0])}.
"""
    serial = R.choice(["PJN", "RNB", "ZXK"]) + digits(6) + "S"
    lead = "BBL" + digits(6) + "V"
    return f"""DEVICE CLINIC - ICD INTERROGATION
{O("Brackenridge Cardiology Group")} Device Clinic, {AD(f"{R.randint(100, 999)} {STREET()}")}, {L("Brackenridge")}, {S("OR")} {Z("97" + digits(3))}

Patient: {N(pt)}    DOB {D(rdate("mdy1", 1950, 1960))}    MRN {I(mrn)}
Date of interrogation: {D(date)} (in-clinic)   Remote monitoring: Merlin.net, transmitter paired
Device: dual-chamber ICD, Abbott Gallant DR, SN {I(serial)}, implanted {D(rdate("mdy", 2019, 2021))} by Dr. {N(STAFF())} at {O(HOSP())}
Leads: RA Tendril STS SN {I("CAK" + digits(6))}; RV Durata DF-4 SN {I(lead)}
Indication: primary prevention, NICM EF 25%, NYHA II. No Brugada pattern.

Battery: 8.2 years remaining. Charge time 8.4 s.
RA: sensing 3.1 mV, impedance 460 ohms, threshold 0.75 V @ 0.5 ms
RV: sensing 11.8 mV, impedance 510 ohms, HV impedance 62 ohms, threshold 1.0 V @ 0.5 ms
Pacing: AP 12%, VP < 1%.

Events since last check ({D(rdate("md"))}): 2 episodes NSVT, longest 9 beats; 1 AT/AF episode {D(rdate("monabbr"))} lasting 3 h 14 min. No therapies delivered. Mode switch appropriate.

Programming changes: none. Thresholds stable. Patient denies shocks. He is a duck hunter; advised to shoulder the shotgun on the right, away from the device.

Plan: remote check in 3 months, in-clinic in 1 year. AF burden forwarded to Dr. {N(STAFF())} re anticoagulation (CHA2DS2-VASc 3).

Interrogated by {N(f"{rn[0]} {rn[1]}")}, CCDS; reviewed {N(f"{op[0][0]}. {op[1]}")}, MD. Device clinic line {P(phone(1))}, fax {P(phone(1))}.
"""


# ---------------------------------------------------------------- 3. ED triage and SBAR handoff

def ed_triage(i: int) -> str:
    pt_f, pt_l = FIRST(), LAST()
    rn, rn2 = staff(), staff()
    hosp = HOSP()
    if i % 2 == 0:
        age = [92, None, 96][i // 2] if i in (0, 4) else None
        agestr = f"{A(age)}" if age else str(R.randint(24, 70))
        return f"""{O(hosp)} EMERGENCY DEPARTMENT - TRIAGE NOTE
Arrival {D(rdate("mdy"))} 02:47 via {"EMS (Medic 12)" if i != 2 else "private vehicle"}
Pt: {N(f"{pt_l}, {pt_f}")}  Age {agestr}  MRN {I(digits(7))}
ESI: {R.choice([2, 3])}
Chief complaint: {["fall at home, L hip pain", "chest pain x 2 hrs", "SOB, productive cough"][i // 2]}

Triage assessment: {["Found on floor by neighbor " + N(FIRST()) + " this am, unable to bear weight, L leg shortened and externally rotated. Alert, GCS 15 (Glasgow), oriented x2. Lives alone at " + AD(f"{R.randint(10, 999)} {STREET()}") + ", " + L(TOWN()) + ". Daughter " + N(f"{FIRST()} {LAST()}") + " notified, " + P(phone(0)) + ".", "Substernal pressure radiating to jaw, diaphoretic, took 1 ASA at home. EKG done in triage at 02:51, shown to Dr. " + N(STAFF()) + ". No Brugada or STEMI criteria. Wife " + N(FIRST()) + " at bedside.", "Cough x 5 days, fever to 102 at home. Sent from " + O(CLINIC()) + " by " + N(f"{SFIRST()} {STAFF()}") + ", PA-C. Wells criteria low. CURB-65 = 2."][i // 2]}
VS: T {R.choice(["36.8", "37.2", "38.6"])} HR {R.randint(70, 118)} BP {R.randint(110, 170)}/{R.randint(60, 95)} RR {R.randint(16, 26)} SpO2 {R.choice([91, 94, 96, 98])}% RA. Pain {R.randint(0, 9)}/10. Temp rose to 38.6 on recheck at 0330. Pt says "I hope it is nothing."
Allergies: PCN. Meds: see list from {O(PHARM())}.
Fall risk: Morse 65. Suicide screen (C-SSRS): negative.
Interventions: Placed in rm {R.randint(1, 30)}, {["IV 20g L AC, labs drawn, Tylenol 650 po at 0310", "ASA 324 chewed, IV 18g R AC, troponin sent", "neb x1, blood cx x2, lactate drawn"][i // 2]}.
Triage RN: {N(f"{rn[0]} {rn[1]}")}, RN
"""
    return f"""ED HANDOFF - SBAR   ({O("HFRMC")} ED, Pod B)
Date: {D(rdate("md"))}   Time: 0700 shift change
From: {N(rn[0])} {N(rn[1][0])}. RN -> To: {N(f"{rn2[0]} {rn2[1]}")}, RN

S: {N(f"{pt_f} {pt_l}")}, {R.randint(30, 60)}M, bed 22, here since 0130 for DKA. Insulin gtt at 6 units/hr.
B: T1DM since childhood ({Y(R.choice([1991, 1998, 2003]))}), pump failure yesterday. Hx gastroparesis. Works at {O(EMPLOYER())}. Girlfriend {N(FEM())} will bring supplies; her # {P(phone(3))}.
A: AG 24 -> 16. K 3.9 after 20 mEq replaced. BG 210. Mentating, GCS 15. Foley not placed, voiding. Last BMP 0600.
R: repeat BMP at 0800, page Dr. {N(STAFF())} (pager {P(phone(4))}) when AG < 12 to bridge to SQ. Endo ({N(STAFF())}) aware. Admit to MICU vs step-down pending bed. Pt asks that mother {N(f"{FEM()} {pt_l}")} not be given info - privacy flag on.
Read back: yes. -{N(rn2[0][0] + rn2[1][0])}
"""


# ---------------------------------------------------------------- 4. laboratory reports

def lab(i: int) -> str:
    pt = person()
    mrn, acc = digits(7), f"M{R.randint(25, 26)}-{digits(6)}"
    rn = staff()
    tech = staff()
    lab_org = ["Cascadia Reference Laboratories", "HFRMC Clinical Laboratory", "St. Brendan's Hospital Blood Bank",
               "Calder Bay Community Hospital Laboratory", "Cascadia Reference Laboratories"][i]
    coll = rdate("mdy")
    if i in (0, 4):
        return f"""{O(lab_org.upper())}
{AD(f"{R.randint(1000, 4999)} {STREET()}")}, {town_state()}   CLIA {I("38D" + digits(7))}
Client: {O(CLINIC())}   Phone {P(phone(0))}  Fax {P(phone(0))}

MICROBIOLOGY FINAL REPORT
Patient: {N(pt.upper())}   DOB: {D(rdate("mdy", 1940, 1990))}   MRN: {I(mrn)}
Accession: {I(acc)}   Collected: {D(coll)} 06:15   Received: {D(coll)} 08:02
Source: {["Urine, catheterized (Foley); frank pyuria noted by collector", "Blood culture x2, peripheral; may represent contaminant if 1/2 only"][i // 4]}
Ordering provider: {N(f"{STAFF()}, {SFIRST()}")}, MD

Gram stain: {["many WBC, gram-negative rods", "gram-positive cocci in clusters in 2/2 bottles"][i // 4]}
Culture: {[">100,000 CFU/mL Escherichia coli", "Staphylococcus aureus (MSSA)"][i // 4]}

Susceptibility (MIC, Kirby-Bauer confirm):
  ampicillin        >=32   R
  cefazolin          <=4   S
  ceftriaxone        <=1   S
  ciprofloxacin      >=4   R
  nitrofurantoin    <=16   S
  TMP-SMX           <=20   S

{["Result", "Positive blood culture"][i // 4]} called to {N(f"{rn[0]} {rn[1]}")}, RN on 5 West at 0312, read back and verified. Reported by {N(f"{tech[0][0]}{tech[1][0]}".upper())}.
Final verified {D(rdate("mdy"))} by {N(f"{tech[0]} {tech[1]}")}, MLS(ASCP). Medical director: {N(f"{STAFF()}, {SFIRST()}")}, MD, D(ABMM).
"""
    if i == 2:
        return f"""BLOOD BANK / TRANSFUSION SERVICE - {O(lab_org)}
TYPE & CROSSMATCH
Patient {N(pt)}   MRN {I(mrn)}   BB ID band {I("BB" + digits(6))}
Specimen {I("BB-" + digits(2) + "-" + digits(5))} drawn {D(rdate("mdy1"))} 21:40 by {N(f"{rn[0]} {rn[1]}")}, RN (2 identifiers verified)

ABO/Rh: O NEG
Antibody screen: POSITIVE. Antibody ID: anti-Kell (K1), anti-E. Duffy and Kidd negative. DAT (Coombs) negative.
History: anti-Kell first identified {D(rdate("my", 2019, 2022))} at {O(HOSP())}; pregnancy history G3P3.
Crossmatch: 2 units K-neg, E-neg O NEG RBC antigen-typed and AHG crossmatch compatible:
  Unit {I("W" + digits(12))}  exp {D(rdate("dmony"))}
  Unit {I("W" + digits(12))}  exp {D(rdate("dmony"))}
Units provided by {O("Pacific Northwest Blood Services")} (reference lab case {I("RL" + digits(7))}).
Delay notification: Dr. {N(STAFF())} informed at 22:55 by {N(f"{tech[0]} {tech[1]}")}, MT, that antigen-negative blood needs 2-3 h. Read back.
"""
    if i == 3:
        return f"""{O(lab_org)} - REPORTABLE CONDITION NOTIFICATION
To: {O("Calder County Public Health")} Communicable Disease Program   Fax {P(phone(1))}   Phone {P(phone(1))}
From: {N(f"{tech[0]} {tech[1]}")}, MLS(ASCP), microbiology lead   Date sent: {D(rdate("mdy"))}
Condition: Salmonella enterica serotype Typhi (typhoid fever) - report within 24 h
Patient: {N(pt)}   DOB {D(rdate("mdy1", 1980, 2010))}   Sex M   MRN {I(mrn)}
Address: {AD(f"{R.randint(100, 9999)} {STREET()}")}, {town_state()}   Phone {P(phone(1))}
Employer/occupation: line cook, {O("Oyster Point Crab Shack")}
Specimen: blood culture, accession {I(acc)}, collected {D(rdate("mdy"))}; isolate sent to {O("Oregon State Public Health Laboratory")}, transport #{I(digits(9))}.
Travel: returned from {L("Lahore")}, {L("Pakistan")} on {D(rdate("monthday"))} (per wife {N(FEM())}).
Ordering clinician: Dr. {N(STAFF())}, {O(HOSP())}, pager {P(phone(4))}. Infection prevention ({N(f"{rn[0]} {rn[1]}")}, RN, CIC) notified at 0905.
Comments: ciprofloxacin non-susceptible; azithromycin MIC 8. Gram-negative rods first reported {D(rdate("monthday"))}; Kirby-Bauer pending.
"""
    lines, sq = [], Seq()
    start = sq("md", (0, 0))
    for k in range(4):
        t = staff()
        lines.append(f"{D(sq('md', (0, 1)))}  {R.randint(0, 23):02d}{R.randint(0, 59):02d}  {I(f'C{R.randint(25, 26)}' + digits(6))}  {N(LAST().upper() if k % 2 else LAST())}, {N(FIRST()[0])}   "
                     f"{R.choice(['K 6.8', 'Glu 38', 'Hgb 5.9', 'Plt 9', 'Lactate 5.2', 'INR 7.4', 'Na 117'])}   called to {N(f'{t[0]} {t[1]}')} RN ({R.choice(['4 West', 'ICU', 'ED', '6 North'])}) x{P(phone(4).split('-')[0] + '-' + digits(4))}   read back Y   by {N(f'{STAFF()[0]}{SFIRST()[0]}'.upper())}")
    return f"""{O(lab_org)} - CRITICAL VALUE CALL LOG
Shift: night  Date range {D(start)}-{D(sq("md", (1, 1)))}  Supervisor: {N(f"{tech[0]} {tech[1]}")}, MLS

Date   Time  Accession    Patient            Result        Called to / read back            Tech
{chr(10).join(lines)}

Note: {N(LAST())} result (hemolyzed, K 6.8) recollected; repeat K 4.4. Provider {N(STAFF())} notified at 0412 via page {P(phone(4))}, no answer x2, escalated to charge RN per policy LAB-117.
"""


# ---------------------------------------------------------------- 5. secure chat / paging

def chat(i: int) -> str:
    a, b, c = staff(), staff(), staff()
    pt_l = LAST()
    t = [f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}" for _ in range(8)]
    t.sort()
    if i == 0:
        return f"""[{t[0]}] {N(a[0])} (4w charge): hey who has {N(pt_l)} ({A(92)} yo) in 412 tonight? family asking for update
[{t[1]}] {N(b[0])}: me. dtr {N(FIRST())} can call me back at {P(phone(3))}
[{t[2]}] {N(a[0])}: ok ty. also pharm says vanc trough due 0200, {N(c[0])} will hang next dose after
[{t[3]}] {N(c[0])}: will do. is dr {N(STAFF())} covering or nocturnist?
[{t[4]}] {N(a[0])}: nocturnist is {N(SFIRST())}, pager {P(phone(4))}
[{t[5]}] {N(b[0])}: k. foley out at 2200 btw, due to void by 0600
[{t[6]}] {N(a[0])}: thx"""
    if i == 1:
        return f"""page from x{P(phone(4))} to dr. {N(STAFF())}: pt {N(pt_l)} rm 7 bp 82/50 after lasix, pls call back {P(phone(4))} -{N(a[0])} rn
reply {t[1]}: hold metoprolol, 250 bolus, recheck 30 min. -{N(b[0][0] + b[1][0])}
page {t[2]}: bp 96/58 after bolus, mentating ok. {N(a[0])}
page {t[3]}: fyi family ({N(FEM())}, wife) wants to talk to md in am re goc. her cell {P(phone(1))}
reply: ok will call her after rounds. put in handoff for {N(SFIRST())}
"""
    if i == 2:
        return f"""secure chat - thread "{N(pt_l)} discharge"
{N(f"{a[0]} {a[1]}")} (cm): does {N(pt_l)} have a ride? he says {N("grant")} from church can drive but no phone #
{N(f"{b[0]} {b[1]}")} (rn): his neighbor {N(person())} - {P(phone(3))}. lives on {AD(f"{R.randint(10, 999)} {STREET()}")} in {L(TOWN())}
{N(a[0])} (cm): ok. {O(PHARM())} closes at 6 so need meds to beds. called {N(SFIRST())} in outpt pharm x{P(phone(4))}
{N(b[0])}: may need snf tho, pt/ot says min assist. {N(c[0])} from pt can re-eval at 1400
{N(a[0])}: ugh ok. will hold on dc. hope we get auth from {O(PAYER())} by tmrw, ref {I(digits(9))}
"""
    if i == 3:
        return f"""from {N(a[0])} (nicu rt) to {N(b[0])} {N(b[1])}: baby {N(pt_l)} on cpap +6, fio2 up to 40. blood gas 7.24/62. can u come?
{N(b[0])}: on my way, 5 min. call {N(STAFF())} (neo fellow) {P(phone(4))}
{N(a[0])}: she's in delivery w/ {N(FIRST())} {N(LAST())}'s twins
{N(b[0])}: ok ill manage. get surfactant from pharm, {N(SFIRST())} on tonight
{N(c[0])}: surfactant tubed up. mom ({N(FEM())}) asking to hold baby, told her after intubation
{N(b[0])}: thx. dad's cell is in chart, {P(phone(0))}. will update them
"""
    return f"""on-call msg log  {D(rdate("md"))}
{t[0]} answering svc -> dr {N(STAFF())}: {N(f"{FIRST()} {pt_l}")} dob {D(rdate("mdyy", 1950, 1990))} c/o rash after bactrim, cb {P(phone(1))}
{t[1]} dr {N(STAFF())}: called back, no sob/swelling. stop bactrim, benadryl. faxed rx to {O(PHARM())} {P(phone(1))}
{t[2]} answering svc -> {N(SFIRST())} (np): {N(person())} re: son {N(MALE())} fever 103, 4 yo. cb {P(phone(3))}
{t[3]} {N(SFIRST())} np: advised er if lethargic; mom will bring to clinic in am, booked 0830 w/ dr {N(STAFF())}
"""


# ---------------------------------------------------------------- 6. incident reports and RCA summaries

def incident(i: int) -> str:
    hosp = HOSP()
    rep, mgr, pt = staff(), staff(), person()
    ev = f"{R.randint(25, 26)}-{digits(5)}"
    kinds = ["Medication error - wrong dose (heparin)", "Patient fall with injury", "Wrong-site procedure near miss",
             "Delay in treatment - critical lab not communicated", "Pressure injury, hospital acquired, stage 3"]
    sq = Seq()
    if i in (1, 3):
        evday = sq("long")
        return f"""ROOT CAUSE ANALYSIS - SUMMARY (PRIVILEGED & CONFIDENTIAL, peer review / patient safety work product)
{O(hosp)} Quality & Patient Safety
Event #: {I(ev)}   Event date: {D(evday)}   RCA convened: {D(sq("long", (20, 40)))}
Event: {kinds[i]}
Patient: {N(pt)}, MRN {I(digits(7))}, {A(R.choice([90, 92]))} years old{" (fall)" if i == 1 else ""}

Team: {N(f"{mgr[0]} {mgr[1]}")}, MSN, RN (facilitator); Dr. {N(STAFF())} (CMO); {N(person())}, PharmD; {N(person())}, RN (5 North manager); {N(person())} (risk management); patient safety officer {N(f"{SFIRST()} {STAFF()}")}

Sequence: On the night of {D(evday.split(",")[0])} the patient, on 5 North bed 12, {"got up to the bathroom without calling; bed alarm was off after Foley removal at 2200. Morse fall score 70 documented on admission but not updated. Found at 0335 by CNA " + N(SFIRST()) + "; CT head showed small SDH. Transferred to SICU." if i == 1 else "had a K of 6.9 resulted at 0118. The lab phoned " + P("4-4400") + " (unit main line) rather than the assigned RN's phone; the unit clerk took the message but the read-back was not documented. The RN " + N(SFIRST()) + " learned of it at 0440. ECG showed peaked T waves; treated, no arrhythmia."}

Root causes (fishbone / 5 Whys):
1. Process: {"bed alarm reset not part of post-catheter checklist" if i == 1 else "call tree used the unit line; no escalation to provider after 15 min"}.
2. Staffing: 1:6 ratio, float nurse from {O(HOSP())} unfamiliar with the EHR.
3. Communication: handoff (SBAR) omitted fall risk / pending labs. Staff described feeling at the mercy of the staffing grid; disclosure conversation held in good faith.

Action plan (owner, due):
- Revise policy NSG-{R.randint(100, 400)} - {N(f"{mgr[0]} {mgr[1]}")}, due {D(sq("monthday", (20, 30)))}
- EHR hard stop / Epic BPA - IS analyst {N(person())}, due {D(sq("long", (30, 60)))}
- Education at staff meetings - {N(SFIRST())} {N(STAFF())}, educator, by {D(sq("monthday", (10, 20)))}
Disclosure: done by Dr. {N(STAFF())} with patient's son {N(MALE())} on {D(sq("mdy", (-80, -70)))}; CANDOR process followed. Reported to state ({S("Oregon")}) adverse event program: {"yes" if i == 1 else "no"}.
"""
    return f"""SAFETY EVENT REPORT (RL Datix)   #{I(ev)}
Facility: {O(hosp)}    Location: {["4 West", "", "OR 7 / pre-op holding", "", "7 North"][i]}
Event date/time: {D(sq("mdy"))} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}   Reported {D(sq("mdy", (0, 1)))}
Reporter: {N(f"{rep[0]} {rep[1]}")}, RN   ext {P(phone(4))}   (anonymous: N)
Event type: {kinds[i]}
Harm level: {["No harm - reached patient", "", "Near miss - did not reach patient", "", "Temporary harm, intervention required"][i]}
Patient involved: {N(pt)}  MRN {I(digits(7))}  DOB {D(rdate("mdy", 1945, 1995))}

Description (factual, no blame):
{["Heparin infusion programmed at 18 mL/hr instead of 18 units/kg/hr. Found on independent double check at 0700 by " + N(SFIRST()) + " " + N(STAFF()) + ", RN. aPTT 112. Infusion held 1 h per protocol; Dr. " + N(STAFF()) + " notified; no bleeding. Smart pump drug library not used.", "", "Time-out for L knee arthroscopy: consent said L, site marked L, but the posted schedule said R. Circulator " + N(f"{SFIRST()} {STAFF()}") + " stopped the case before incision. Surgeon Dr. " + N(STAFF()) + " confirmed L with patient and wife " + N(FEM()) + ". Universal Protocol followed; schedule error traced to the booking fax from " + O(CLINIC()) + ".", "", "Sacral stage 3 pressure injury found on admission skin check day 6. Braden score 11 on day 2, turning q2h documented inconsistently. Wound RN " + N(f"{SFIRST()} {STAFF()}") + " consulted, photos in media tab. Family (daughter " + N(FEM()) + ", " + P(phone(0)) + ") informed by charge nurse " + N(SFIRST()) + "."][i]}

Immediate actions: patient assessed, provider notified, manager {N(f"{mgr[0]} {mgr[1]}")} notified {D(sq("md", (0, 0)))}.
Contributing factors: {R.choice(["workload, interruptions", "look-alike order sets", "new graduate orientation"])}
Follow-up by manager: huddle held; reviewed with staff on {D(sq("monabbr", (2, 9)))}. Event closed {D(sq("mdy", (10, 30)))}. - {N(mgr[0][0] + mgr[1][0])}
"""


# ---------------------------------------------------------------- 7. utilization review and appeals

def utilization(i: int) -> str:
    payer = PAYER()
    pt = person()
    rev, md = staff(), staff()
    auth = f"{R.choice(['A', 'PA', 'UM'])}{digits(9)}"
    mem = f"{R.choice(['EVM', 'SCI', 'CCM', 'NWS'])}{digits(9)}"
    hosp = HOSP()
    if i in (0, 3):
        sq = Seq()
        adm = sq("mdy1", (0, 0))
        return f"""FAX COVER SHEET
To: {O(payer)} - Utilization Management        Fax: {P(phone(0))}
From: {N(f"{rev[0]} {rev[1]}")}, RN, Case Management, {O(hosp)}   Phone: {P(phone(0))}  Fax: {P(phone(0))}
Date: {D(sq("mdy", (6, 9)))}    Pages: 14 (including cover)
Re: {"Concurrent review, continued stay" if i == 0 else "Expedited appeal of denial"}
Member: {N(pt)}   DOB {D(rdate("mdy", 1940, 1980))}   Member ID {I(mem)}   Group {I(digits(6))}
Auth/Ref #: {I(auth)}{"   Appeal #: " + I("AP-" + str(R.randint(2025, 2026)) + "-" + digits(6)) if i == 3 else ""}

CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in error, call the sender at the number above and destroy all copies.

Clinical summary: admitted {D(adm)} with {"CHF exacerbation, NYHA IV, on IV Lasix gtt, BNP 2100, Cr rising" if i == 0 else "sepsis from pyelonephritis, lactate 4.1, on norepinephrine"}. InterQual criteria met for acute level of care day {R.randint(2, 5)}. Attending Dr. {N(f"{md[0]} {md[1]}")} available for peer-to-peer at {P(phone(1))} between 1200-1400.
{"Denial letter dated " + D(sq("long", (0, 0))) + " from medical director Dr. " + N(STAFF()) + " states observation level only. We disagree: see attached notes and MCG guideline. Please expedite per " + S("WA") + " insurance code; decision required within 72 hours." if i == 3 else "Anticipated discharge " + D(rdate("md")) + " to " + O("Glenrock Hollow Skilled Nursing") + " pending bed."}
"""
    if i == 1:
        sq = Seq()
        return f"""UTILIZATION REVIEW - PEER TO PEER
Payer: {O(payer)}   Reviewer: Dr. {N(f"{rev[0]} {rev[1]}")} (board-certified internal medicine)
Patient: {N(pt)}   Claim/Ref: {I(auth)}   Member: {I(mem)}
Date/time of call: {D(rdate("mdy"))} 13:05   Our physician: {N(f"{md[0]} {md[1]}")}, MD   UR RN: {N(person())}

Discussed: 67 y/o with COPD exacerbation, GOLD 3, on BiPAP overnight, weaned to 4L. Reviewer initially stated MCG observation criteria. We described ABG 7.29/68, inability to ambulate 20 ft, home O2 requirement new. Reviewer agreed to overturn for inpatient {D(sq("md", (0, 0)))} through {D(sq("md", (3, 3)))}; additional days need concurrent review by {N(SFIRST())} at {O(payer)} ({P(phone(0))}, ext {P(str(R.randint(1000, 9999)))}).
Outcome: APPROVED (reviewer will grant 3 days). Auth {I(auth)}. Confirmation # {I(digits(10))}.
Documented by {N(f"{SFIRST()} {STAFF()}")}, RN CCM, {D(rdate("mdy"))}.
"""
    if i == 2:
        return f"""{O(payer.upper())}
{AD(f"PO Box {R.randint(1000, 9999)}")}, {town_state()}

{D(rdate("long"))}

{N(pt)}
{AD(f"{R.randint(100, 9999)} {STREET()}")}
{town_state()}

RE: Notice of Adverse Benefit Determination
Member ID: {I(mem)}   Reference: {I(auth)}   Provider: {O(CLINIC())}, NPI {I("1" + digits(9))}
Service requested: sleep study, attended in-lab polysomnogram (CPT 95810)

Dear {N(pt)}:
We reviewed the request from Dr. {N(STAFF())} received {D(rdate("mdy"))}. Our reviewer, {N(f"{rev[0]} {rev[1]}")}, MD, found the service not medically necessary because a home sleep apnea test has not been tried (Epworth 9, STOP-BANG 4). You may appeal within 180 days. Call Member Services at {P("1-800-555-01" + digits(2))} (TTY 711) or write to the Appeals Unit at the address above. Information is also at {U("https://www." + payer.split()[0].lower() + "health-example.org/appeals")}.

Sincerely,
Utilization Management Department
"""
    sq = Seq()
    return f"""UM NOTE - CASE MANAGEMENT
Pt: {N(pt)}, {A(91)} y/o   MRN {I(digits(7))}   Payer: {O(payer)} (Medicare Advantage)   Auth {I(auth)}
{D(sq())}: Initial review sent via portal; payer RN {N(f"{rev[0]} {rev[1]}")} ({P(phone(0))}) requested therapy notes.
{D(sq())}: PT/OT notes faxed to {P(phone(0))}. Awaiting decision. SNF choices given to wife {N(FEM())}: {O("Glenrock Hollow Skilled Nursing")}, {O("Fennimore Care Center")}.
{D(sq())}: Denied for SNF - "can be managed at home with home health." Notified Dr. {N(f"{md[0]} {md[1]}")}; peer-to-peer requested, scheduled {D(sq("monthday", (0, 1)))} 11:30.
{D(sq())}: P2P done, denial upheld. Expedited appeal filed to QIO ({O("Cascade Quality Improvement Organization")}), case {I(digits(8))}. Pt notified with NOMNC signed {D(sq())}.
{D(sq())}: QIO reversed decision. SNF bed at {O("Fennimore Care Center")} confirmed with admissions {N(SFIRST())} ({P(phone(3))}). Transport by {O("Wexley Ambulance Service")}.
-{N(rev[0][0].lower() + rev[1][0].lower())}
"""


# ---------------------------------------------------------------- 8. interpreter-mediated visits

INTERP = [
    # (language, patient as written, title, short name, she/he, relatives [(relation, name)], interpreter, place)
    ("Vietnamese", "Pham Thi Hoa", "Mrs.", "Pham", "she", [("son", "Tran Van Duc"), ("granddaughter", "Tran Ngoc Anh")], "Le Minh Chau", "Da Nang"),
    ("Somali", "Faadumo Cabdi Xasan", "Ms.", "Xasan", "she", [("husband", "Abdirahman Mohamed Warsame"), ("sister", "Hodan Ali Farah")], "Ilhaan Yusuf", "Mogadishu"),
    ("Arabic", "Khalid bin Saeed al-Harbi", "Mr.", "al-Harbi", "he", [("wife", "Layla al-Masri"), ("brother", "Abdullah Abu-Zaid")], "Rania Haddad", "Amman"),
    ("Spanish", "Maria Guadalupe Salcedo Ibarra", "Sra.", "Salcedo", "she", [("son", "Jose Luis de la Cruz Salcedo"), ("husband", "Evaristo de la Cruz Mendoza")], "Mercy Valdivia", "Guadalajara"),
]
# (language, patient, relative, interpreter, mode, what happened)
LOG = [
    ("Mandarin", "Zhang Wei", ("daughter", "Zhang Xiuying"), "Chen Meilin", "in person", "pre-op consent, lap chole; daughter asked to interpret, declined per policy"),
    ("Hindi", "Sunita Devi Prajapati", ("husband", "Rajesh Kumar Prajapati"), "Kavita Sharma", "VRI", "discharge teaching, insulin pen; teach-back complete"),
    ("Polish", "Agnieszka Zielinska-Nowak", ("mother", "Halina Zielinska"), "Piotr Kowalczyk", "phone", "OB triage, decreased fetal movement; NST reactive"),
    ("Haitian Creole", "Jean-Baptiste Pierre-Louis", ("nephew", "Wisly Joseph"), "Faith Dorvilien", "in person", "dialysis chairside; access care reviewed"),
    ("Navajo", "Loretta Begay", ("grandson", "Harrison Yazzie"), "Delbert Bitsui", "phone", "hospice info visit; family to discuss with aunt Ella Tsosie"),
    ("Dutch", "Pieter van der Meulen", ("wife", "Anneke van der Meulen-Bos"), "Hendrik de Vries", "VRI", "cardiology f/u; Holter results reviewed"),
]


def interpreter(i: int) -> str:
    doc = staff()
    if i == 4:
        rows, sq = [], Seq()
        for lang, pt, (rel, rname), interp, mode, what in LOG:
            what = what.replace("Ella Tsosie", N("Ella Tsosie"))
            rows.append(f"{D(sq('md', (0, 1)))} {R.randint(7, 18):02d}:{R.choice(['00', '15', '30', '45'])}  {lang:<15} {mode:<10} {N(interp)} -> pt {N(pt)} (MRN {I(digits(7))}); {rel} {N(rname)} present. {what}. Req by {N(SFIRST())} on {R.choice(['3 East', 'L&D', 'Dialysis', '5 North', 'Clinic B'])}.")
        return f"""{O("Harlow Falls Regional Medical Center")} - LANGUAGE SERVICES ENCOUNTER LOG
Week of {D(rdate("long"))}. Coordinator: {N(f"{doc[0]} {doc[1]}")}, CoreCHI, ext {P(phone(4))}
Vendor for VRI/phone: {O("LinguaBridge Remote Interpreting")} account {I(digits(8))}

{chr(10).join(rows)}

Unmet requests: 1 (Navajo after hours, rescheduled to {D(rdate("monthday"))}). Staff reminded that family members, including children, are not used as interpreters.
"""
    lang, pt, title, short, she, rels, interp, place = INTERP[i]
    her = "her" if she == "she" else "his"
    clinic = CLINIC()
    mode = R.choice(["in person", "video (VRI), vendor ID", "telephone, vendor line"])
    iid = digits(6)
    r1, r2 = rels
    fasting = f" {she.capitalize()} fasts during Ramadan and asks how to take metformin then." if lang in ("Somali", "Arabic") else ""
    if i % 2 == 0:
        return f"""{O(clinic)} - Clinic Visit
Date of service: {D(rdate("mdy"))}
Patient: {N(pt)}    MRN {I(digits(7))}    Preferred language: {lang}
Interpreter: {N(interp)} ({mode} #{I(iid)}), qualified medical interpreter; present for entire visit.
Also present: {r1[0]} {N(r1[1])}; {r2[0]} {N(r2[1])} (did not interpret).

S: {title} {N(short)} is here for follow-up of type 2 diabetes and hypertension. Through the interpreter {she} reports dizziness on standing for 2 weeks and that {she} ran out of amlodipine in {D(MONTH[R.randint(0, 11)])}. {she.capitalize()} moved from {L(place)} in {Y(R.choice([2016, 2019, 2021]))}; previously seen at {O(HOSP())}.{fasting} {her.capitalize()} {r1[0]} manages the pharmacy pickups at {O(PHARM())}.
Teach-back done in {lang}; {title} {N(short)} repeated the plan correctly. Family asked that bad news be given to the {r1[0]} first; the patient says {she} wants to be told directly.

O: BP 148/86 sitting, 122/70 standing. A1c 7.6. Monofilament normal. Snellen 20/40 OU.

A/P:
- orthostasis: hold HCTZ, hydrate; recheck 2 wks.
- DM2: metformin ER at suppertime; diabetes education in {lang} with {N(f"{SFIRST()} {STAFF()}")}, RN CDE.
- Referral to {O("Oyster Point Community Clinic")} dental.
- Return {D(rdate("md"))}; interpreter requested for next visit ({lang}).
Callback number for {r1[0]} {N(r1[1])}: {P(phone(0))}.

{N(f"{doc[0]} {doc[1]}")}, MD
"""
    return f"""INPATIENT FAMILY MEETING NOTE  - {O(HOSP())}, 6 East
{D(rdate("long"))}, 15:00
Language services: {lang} interpreter {N(interp)}, {mode} #{I(iid)}. Interpreter also translated the written goals-of-care summary.

Present: patient {N(pt)} (able to participate intermittently), {r1[0]} {N(r1[1])}, {r2[0]} {N(r2[1])}, Dr. {N(doc[1])} (hospitalist), {N(f"{SFIRST()} {STAFF()}")}, LICSW, chaplain {N(person())}, bedside RN {N(SFIRST())}.

Discussion: {title} {N(short)}, {A(R.choice([90, 94]))} years old, was admitted {D(rdate("mdy1"))} with aspiration pneumonia and new stroke (NIHSS 14). Swallow study failed twice. Options reviewed: PEG tube vs comfort-focused feeding. The {r1[0]} explained that in their family decisions are made together and that relatives in {L(place)} need to be consulted by phone; we agreed to meet again {D(rdate("monthday"))}. The {r2[0]} hopes to take {title} {N(short)} home. The family's faith and prayers were respected; the chaplain will visit daily.

Plan: continue current care, palliative consult (family hope for more time together; we will honor that), HCP form in {lang} given. Contact: {r1[0]} {N(r1[1])} {P(phone(1))}; {r2[0]} {N(r2[1])} {P(phone(2))}.
Total time 70 min, > 50% counseling. Interpreter time 65 min.
"""


# ---------------------------------------------------------------- 9. VA / military health

UNITS = ["2nd Battalion, 162nd Infantry Regiment", "1st Battalion, 7th Marines", "VAQ-131", "3rd Special Forces Group",
         "82nd Airborne Division", "USS Cascadia Ridge", "141st Air Refueling Wing", "HM-15"]
BASES = ["Fort Calder", "Joint Base Wexley-Ambrose", "Camp Brackenridge", "Naval Air Station Oyster Point",
         "Fort Tamsin", "Camp Lejeune", "Bagram", "Fallujah"]


def va(i: int) -> str:
    vet = f"{MALE()} {LAST()}"
    sq = Seq()
    doc, rn = staff(), staff()
    edipi = digits(10)
    fac = ["Port Ambrose VA Medical Center", "Wexley VA Community Based Outpatient Clinic", "Port Ambrose VA Medical Center",
           "Calder Army Medical Center", "Port Ambrose VA Medical Center"][i]
    if i == 3:
        return f"""{O(fac.upper())}
BEHAVIORAL HEALTH - SOLDIER READINESS / PROFILE NOTE
Patient: SPC {N(vet)}   DoD ID: {I(edipi)}   Unit: {O("B Co, " + UNITS[0])}, {L(BASES[0])}
Date: {D(rdate("dmony"))}
Command notification: Yes, per DoDI 6490.08 - notified CPT {N(LAST())} (company commander) and 1SG {N(person())} by phone {P(phone(1))}.

S: 24 y/o SPC referred by unit PA {N(f"{SFIRST()} {STAFF()}")} after DUI on {D(rdate("monthday"))} off post in {L(TOWN())}. Deployed to {L("Kuwait")} {D(rdate("mony", 2023, 2023))}-{D(rdate("mony", 2024, 2024))}. Reports insomnia, nightmares. PCL-5 = 46. PHQ-9 = 14. AUDIT-C 9. C-SSRS screen negative; no firearms access at home per soldier, personal weapons stored in arms room.
O: Alert, cooperative, no SI/HI.
A: PTSD, alcohol use disorder moderate.
P: Enroll in {O("Fort Calder SUDCC")}; CPT weekly with Dr. {N(STAFF())}; temporary profile: no weapons x 30 days, no deployment until {D(rdate("mdy"))}. Safety plan reviewed. Spouse {N(FEM())} (cell {P(phone(0))}) aware, lives on post at {AD(f"{R.randint(1000, 9999)} Sentinel Loop")}.
{N(f"{doc[0]} {doc[1]}")}, PsyD, MAJ, MS
"""
    if i in (0, 2):
        return f"""{O(fac)}
PRIMARY CARE - PACT NOTE
LOCAL TITLE: PRIMARY CARE FOLLOW UP       STANDARD TITLE: PRIMARY CARE NOTE
DATE OF NOTE: {D(sq("monabbr").upper())}@10:42    ENTRY DATE: {D(sq("monabbr", (0, 0)).upper())}@11:15
AUTHOR: {N(f"{doc[1].upper()},{doc[0].upper()}")}    EXP COSIGNER:
URGENCY:                               STATUS: COMPLETED
Patient: {N(vet.upper())}   Last 4: {I(digits(4))}   ICN {I(digits(10) + "V" + digits(6))}

{R.choice([74, 77, 81]) if i == 0 else R.choice([56, 59, 62])} y/o {"Vietnam-era Army veteran (" + O("1st Cav") + "), SC 70% for PTSD and DM2 (Agent Orange presumptive)" if i == 0 else "Gulf War Marine Corps veteran, served with " + O(UNITS[1]) + " at " + L(BASES[5]) + " and deployed to " + L("Kuwait") + " " + Y(1991) + ", burn pit / PACT Act screening done"}. Lives in {L(TOWN())}, {S("OR")} with wife {N(FEM())}. Followed by Dr. {N(STAFF())} (cardiology, {O("Kettering Mills Heart Institute")}, community care referral {I("CC-" + digits(8))}).

Interval: seen at {O(HOSP())} ED {D(rdate("mdy"))} for chest pain; troponin negative, stress test neg (Duke score +5). Mission Act community care used. Took part in the {O("Port Ambrose VAMC")} MOVE! program since {Y(2019)}.

Meds: metformin, lisinopril, atorvastatin, prazosin 5 mg qhs (nightmares), sertraline 100.
Exam: BP 136/80, BMI 32. Feet: Semmes-Weinstein 10/10 sites.
A/P: DM2 A1c 7.1 at goal. PTSD - stable, f/u with {N(f"{SFIRST()} {STAFF()}")}, LCSW in BHIP. Whole Health coach {N(SFIRST())}.
Next PACT visit 4 months; RN care manager {N(f"{rn[0]} {rn[1]}")} will call at {P(phone(1))} for BP log.
/es/ {N(f"{doc[0].upper()} {doc[1].upper()}")}
STAFF PHYSICIAN
Signed: {D(sq("mdy", (0, 0)))} 11:16
"""
    if i == 1:
        return f"""{O(fac)} - TELEHEALTH NURSE NOTE
Date: {D(rdate("mdy"))}
Veteran: {N(vet)}   EDIPI {I(edipi)}   Branch: Navy (ret.), HM1, served {Y(2004)}-{Y(2012)} incl. {O(UNITS[7])} at {L(BASES[3])}
Reason: Home Telehealth alert - weight up 3 lb in 2 days.
Called veteran at home {P(phone(0))}, spoke with him and his daughter {N(FEM())}. Denies SOB. Ate ham at a church dinner in {L(TOWN())}. Reviewed low-salt diet; will take extra torsemide per CHF action plan from Dr. {N(STAFF())}. Next check-in {D(rdate("md"))}. PACT notified via Teams message to {N(f"{rn[0]} {rn[1]}")}, RN.
{N(f"{SFIRST()} {STAFF()}")}, RN, Care Coordination Home Telehealth
"""
    return f"""C&P EXAMINATION - HEARING LOSS AND TINNITUS
{O(fac)} Audiology, {AD(f"{R.randint(1000, 9999)} {STREET()}")}, {L("Port Ambrose")}, {S("OR")} {Z("97" + digits(3))}
Veteran: {N(vet)}   Claim # {I(digits(9))}   DoD ID {I(edipi)}
Exam date: {D(rdate("long"))}   Examiner: {N(f"{doc[0]} {doc[1]}")}, AuD, CCC-A

Military history: Army, {D(rdate("my", 2001, 2001))} to {D(rdate("my", 2009, 2009))}, MOS 13B (cannon crewmember), {O("1st Battalion, 77th Field Artillery")}, {L(BASES[4])}; deployed {L("Iraq")} x2 ({L(BASES[7])} {Y(2004)}). Civilian: {O(EMPLOYER())}, hearing protection worn. Recreational: deer hunter, uses ear plugs; calls it his joy.
Tinnitus: bilateral, constant, onset during deployment.
Audiogram: bilateral high-frequency SNHL, 4000 Hz 55/60 dB. Maryland CNC 88% R, 84% L. Weber midline, Rinne AC>BC.
Opinion: hearing loss and tinnitus at least as likely as not caused by military noise exposure (DD-214 and STRs reviewed, enlistment audiogram {D(rdate("mdy", 2001, 2001))}).
"""


# ---------------------------------------------------------------- 10. correctional health

def correctional(i: int) -> str:
    pt = f"{MALE()} {LAST()}"
    fac = ["Tamsin Ridge Correctional Facility", "Calder County Jail", "Tamsin Ridge Correctional Facility",
           "Wexley Youth Correctional Center", "Calder County Jail"][i]
    sid = R.choice([f"{digits(8)}", f"B-{digits(6)}", f"{R.randint(2025, 2026)}-{digits(5)}"])
    doc, rn, co = staff(), staff(), LAST()
    if i == 0:
        return f"""{O(fac.upper())} - HEALTH SERVICES
PROGRESS NOTE (SICK CALL)
Inmate: {N(f"{pt.split()[1].upper()}, {pt.split()[0]}")}    SID #{I(sid)}    Housing: Unit D, cell 214
DOB: {D(rdate("mdy", 1960, 1995))}    Date: {D(rdate("mdy"))}   Seen at: 0915, escorted by Officer {N(co)} (restraints: none)

S: Kite received {D(rdate("md"))} c/o "my sugar is off." Inmate reports missing evening insulin for 2 days because pill line ran late during lockdown. Also requests low bunk pass for L knee pain (hx ACL repair {Y(R.choice([2012, 2016, 2018]))} at {O(HOSP())}).
O: BP 150/94, BG 312 fingerstick. Lachman negative, McMurray equivocal. No ketones.
A: DM1 poorly controlled due to missed doses; knee OA.
P: Insulin moved to unit-based administration; custody (Sgt. {N(LAST())}) agreed to call unit for pill line. Low bunk pass x 90 days. Refer to Dr. {N(STAFF())} ortho via telemedicine with {O("Harlow Falls Regional Medical Center")}. ROI signed for records from outside provider {O(CLINIC())}, fax {P(phone(0))}.
Next of kin on file: mother {N(f"{FEM()} {pt.split()[1]}")}, {L(TOWN())}, {P(phone(0))}.

{N(f"{rn[0]} {rn[1]}")}, RN / {N(f"{doc[0]} {doc[1]}")}, PA-C
"""
    if i == 2:
        sq = Seq()
        start = sq("mdy", (0, 0))
        rows = "\n".join(f"{D(sq('md', (1, 1)))}  wt {w} lb  BP {R.randint(100, 130)}/{R.randint(60, 85)}  ketones {k}  fluids yes  refused meal trays x3  seen by {N(SFIRST())}"
                          for w, k in ((188, "neg"), (185, "trace"), (183, "small"), (180, "moderate")))
        return f"""{O(fac)} - HUNGER STRIKE MONITORING (Policy HS-{R.randint(10, 99)})
Inmate: {N(pt)}   DOC #{I(digits(8))}   Housing: restrictive housing unit, cell B-12
Declared hunger strike {D(start)} in protest of a transfer to {O("Fennimore State Prison")}. Baseline weight 191 lb.
Notifications: Superintendent {N(person())}; medical director Dr. {N(STAFF())}; {O("Oregon Department of Corrections")} health services ({P(phone(0))}); chaplain {N(person())}.
{rows}
{D(sq("md", (1, 1)))}: day 5. Capacity assessment by Dr. {N(STAFF())}: has capacity, understands risks, refuses labs today, agrees to drink fluids. Family (brother {N(MALE())}, {P(phone(1))}) called by counselor {N(f"{SFIRST()} {STAFF()}")} with inmate's written consent.
{D(sq("md", (1, 1)))}: ended strike after meeting with Captain {N(LAST())}. Refeeding precautions: K, Mg, Phos daily x 3; thiamine 100 mg. Dietitian {N(f"{SFIRST()} {STAFF()}")}, RD to see.
- {N(f"{rn[0]} {rn[1]}")}, RN, charge nurse
"""
    if i == 1:
        return f"""{O(fac)} - INTAKE MEDICAL SCREENING (BOOKING)
Booking #: {I(sid)}   Arrest date: {D(rdate("mdy1"))}   Arresting agency: {O("Calder County Sheriff's Office")} / Deputy {N(person())}
Name: {N(pt)}  AKA "{N(FIRST()[:4])}"   DOB {D(rdate("mdy1", 1970, 2000))}
Screened by {N(f"{rn[0]} {rn[1]}")}, LPN at 0240.
Alcohol/drug: reports daily fentanyl use, last use ~2200. COWS 9 at intake. On methadone at {O("Millbrook Recovery Center")} (dose 90 mg, last dosed {D(rdate("md"))}); verified with clinic nurse {N(SFIRST())} at {P(phone(1))}. MOUD continuation ordered per jail protocol.
Suicide screening: prior attempt {Y(R.choice([2019, 2021]))}; no current SI. Placed on 15-min checks pending mental health ({N(f"{SFIRST()} {STAFF()}")}, QMHP) review.
Medical: asthma, inhaler in property. TB screen neg. Pregnancy n/a.
Emergency contact: girlfriend {N(FEM())} {N(LAST())}, {P(phone(3))}, {AD(f"{R.randint(10, 999)} {STREET()}")}, {L(TOWN())}.
Cleared for general population: NO - medical observation cell 3.
"""
    if i == 3:
        return f"""{O(fac)} - NURSING NOTE
Youth: {N(pt)}   Commitment #{I(sid)}   Age 16
Date {D(rdate("mdy"))}
Called to Cottage 4 at 1930 by Group Life Coordinator {N(person())} for youth hitting head on wall. On arrival youth calm, sitting on bunk, staff {N(SFIRST())} present. Small abrasion L forehead, cleaned. Neuro intact, GCS 15. No LOC per staff. Denies SI. Says he got bad news: grandmother {N(f"{FEM()} {LAST()}")} in {L(TOWN())} is in hospital.
Notified on-call psych Dr. {N(STAFF())} at {P(phone(1))}; plan: room check q15 min overnight, see QMHP in am. Parent/guardian (aunt {N(FEM())}, {P(phone(0))}) notified per policy at 2010. Incident report #{I(digits(6))} completed by unit staff.
- {N(f"{rn[0]} {rn[1]}")}, RN
"""
    return f"""{O(fac)} - EMERGENCY TRANSFER / OFFSITE NOTE
Inmate {N(pt)}  Booking #{I(sid)}   {D(rdate("long"))}
At 0550 CO {N(co)} found inmate on floor of cell with agonal breathing. Naloxone 4 mg IN x2 by officers {N(LAST())} and {N(LAST())}; response after 2nd dose. RR 12, SpO2 93%. EMS ({O("Calder County Fire & Rescue")} Medic 6) transported to {O(HOSP())} ED with 2 officers, per Lt. {N(LAST())}.
Suspected contraband: paper strip found, sent to {O("Oregon State Police Forensic Lab")}, property tag {I(digits(7))}.
ED update at 0900 from {N(SFIRST())} RN ({P(phone(0))}): admitted to ICU. Family notification by chaplain {N(person())} per policy.
Documented by {N(f"{rn[0]} {rn[1]}")}, RN, HSA notified ({N(f"{doc[0]} {doc[1]}")}).
"""


# ---------------------------------------------------------------- 11. opioid treatment programme

def otp(i: int) -> str:
    pt = f"{MALE()} {LAST()}"
    oid = f"OTP-{digits(5)}"
    doc, cns, rn = staff(), staff(), staff()
    clinic = ["Millbrook Recovery Center", "Port Ambrose Treatment Services", "Millbrook Recovery Center",
              "Sorrel Creek Comprehensive Treatment Center", "Port Ambrose Treatment Services"][i]
    if i == 3:
        return f"""{O(clinic)} - NURSE CASE MANAGER NOTE (PREGNANCY)
Patient: {N(f"{FEM()} {LAST()}")}   ID {I(oid)}   Date {D(rdate("mdy"))}
Patient is 28 weeks pregnant (EDD {D(rdate("mdy"))}), prenatal care with {N(f"{SFIRST()} {STAFF()}")}, CNM at {O("Sorrel Creek Women's Health")}. Reports nausea and feeling "sick" in the evenings at 100 mg; COWS 7 at 1700 visit.
Dr. {N(doc[1])} approved split dosing 60 mg am / 50 mg pm take-home starting {D(rdate("monthday"))}; lock box checked by {N(SFIRST())}. Pharmacy {O(PHARM())} notified for backup dosing.
Neonatal abstinence (NOWS) education given; NICU tour at {O(HOSP())} arranged via social worker {N(person())} ({P(phone(0))}). Partner {N(MALE())} attends groups on Thursdays.
ROI on file for OB ({O("Sorrel Creek Women's Health")}, fax {P(phone(1))}) and for {O("Calder County Child Welfare")} caseworker {N(person())}.
{N(f"{rn[0]} {rn[1]}")}, RN
"""
    if i == 0:
        return f"""{O(clinic)}
MEDICAL DIRECTOR NOTE - TAKE-HOME EVALUATION
Patient: {N(pt)}    Client ID: {I(oid)}    Admission date: {D(rdate("mdy", 2022, 2024))}
Date: {D(rdate("mdy"))}
Current dose: methadone 110 mg daily, observed Mon-Sat; step level 2 (1 take-home, Sunday).
Counselor: {N(f"{cns[0]} {cns[1]}")}, CADC II

Review of 8-point criteria (42 CFR 8.12): negative UDS x 90 days (last positive for fentanyl {D(rdate("monthday"))}); attending groups; employed at {O(EMPLOYER())} since {D(rdate("mony"))}; lock box verified by {N(SFIRST())}; no diversion concerns; stable housing with partner {N(FIRST())} in {L(TOWN())}.
PDMP check {D(rdate("md"))}: no other controlled Rx. Naloxone kit given.
EKG {D(rdate("mdy"))}: QTc 468 (prior 452). Discussed.
Plan: advance to 3 take-homes (Sat, Sun, Wed) starting {D(rdate("monthday"))}. Next UDS random. Buprenorphine transition discussed, declined.
Take-home schedule given to patient and faxed to {O(PHARM())} (backup dosing site) {P(phone(0))}.
{N(f"{doc[0]} {doc[1]}")}, DO, Medical Director   DEA {I(R.choice("ABF") + R.choice("MKT") + digits(7))}
"""
    if i == 1:
        return f"""COUNSELING SESSION NOTE - {O(clinic)}
Client: {N(pt.split()[0])}  {N(pt.split()[1][0])}.  ID {I(oid)}    Date {D(rdate("mdy1"))}   Individual, 50 min
Counselor: {N(cns[0])} {N(cns[1])}

D: Client reports no use since {D("Thanksgiving")}. States his sister {N("Joy")} is letting him stay with her in {L(TOWN())} until he finds a place. Court date {D(rdate("monthday"))} ({O("Calder County Circuit Court")}, case {I(f"{R.randint(24, 26)}CR{digits(5)}")}); PO {N(person())} ({P(phone(1))}) requested attendance letter, ROI on file.
A: Stage of change - action. Goals: get driver's licence back, keep job at {O(EMPLOYER())}. Cravings 3/10. Hope and joy mentioned as what keeps him going (his daughter {N(FEM())}, 6).
P: Continue weekly sessions. Refer to {O("Harlow Falls Housing Authority")}. Next session {D(rdate("md"))}.
{N(cns[0][0].lower() + cns[1][0].lower())}
"""
    if i == 2:
        sq = Seq()
        rows = "\n".join(f"{D(sq('md', (1, 1)))}   {sq.day.strftime('%a')}   {R.choice([80, 85, 90])} mg   dispensed by {N(rn[0][0] + rn[1][0])}   {R.choice(['observed', 'observed', 'take-home x1'])}" for _ in range(5))
        return f"""{O(clinic.upper())} - DOSING RECORD / MISSED DOSE
Patient {N(pt)}   ID {I(oid)}   Dose 90 mg
{rows}
Missed {D(sq("md"))} and {D(sq("md", (1, 1)))} (2 consecutive). Per policy dose held for nurse assessment: no sedation, COWS 6. Dose reduced to 80 mg x1 then resume per Dr. {N(doc[1])}. Patient says car broke down; friend {N(FIRST())} drove today. Guest dosing request for {O("Sorrel Creek Comprehensive Treatment Center")} ({D(sq("md", (5, 9)))}-{D(sq("md", (3, 6)))}) while visiting mother in {L(TOWN())}, {S("WA")} - faxed to {P(phone(1))}, confirmation from {N(SFIRST())}.
Nurse: {N(f"{rn[0]} {rn[1]}")}, RN
"""
    return f"""{O(clinic)} - INTAKE / ADMISSION ASSESSMENT
Date {D(rdate("long"))}. Client {N(pt)}, ID {I(oid)}, DOB {D(rdate("mdy", 1975, 2000))}, referred by {O(HOSP())} ED bridge program (Dr. {N(STAFF())}).
History: heroin since {Y(R.choice([2008, 2012, 2015]))}, fentanyl since {Y(2019)}, 3 prior overdoses, last {D(rdate("mony"))}. Prior treatment at {O("Cedar Hollow Recovery Ranch")} {Y(2021)}. States "I have no hope left" during withdrawal, then later that he wants to live for his kids; no plan or intent. Says he may lose his job. Hep C Ab+; treated? no. HIV neg {D(rdate("my"))}.
Social: lives with grandmother {N(f"{FEM()} {LAST()}")} at {AD(f"{R.randint(100, 9999)} {STREET()}")}, {town_state()}; phone {P(phone(1))}. Insurance: {O(PAYER())} member {I(digits(11))}.
Exam: pinpoint? no, pupils 5 mm, yawning, rhinorrhea, COWS 14. Track marks bilateral AC.
Plan: methadone 30 mg initial dose observed 1030 by {N(f"{rn[0]} {rn[1]}")}, RN; +10 mg at 1400 if COWS > 8. Assigned counselor {N(f"{cns[0]} {cns[1]}")}. Consent for {O("Calder County Probation")} communication signed.
{N(f"{doc[0]} {doc[1]}")}, MD
"""


# ---------------------------------------------------------------- 12. sleep study and EEG reports

def sleep_eeg(i: int) -> str:
    pt = person()
    tech, doc = staff(), staff()
    lab = ["Cascade Sleep Disorders Center", "HFRMC Neurodiagnostic Laboratory", "Cascade Sleep Disorders Center",
           "St. Brendan's Hospital EEG Lab", "Wexley Sleep & Neurology"][i]
    study = f"{['PSG', 'EEG', 'PSG', 'EEG', 'MSLT'][i]}-{R.randint(25, 26)}-{digits(4)}"
    ahi, tst, sat = round(R.uniform(16, 72), 1), R.randint(290, 410), R.randint(72, 86)
    if i == 4:
        ahi, sat = 3.2, 91
    born = R.randint(1955, 1995)
    if i in (0, 2, 4):
        kind = ["DIAGNOSTIC POLYSOMNOGRAM", "SPLIT-NIGHT POLYSOMNOGRAM", "MSLT FOLLOWING OVERNIGHT PSG"][i // 2]
        return f"""{O(lab)}
{AD(f"{R.randint(100, 999)} {STREET()}, Suite {R.randint(100, 400)}")}, {town_state()}   Tel {P(phone(1))}  Fax {P(phone(1))}

{kind}
Patient: {N(pt)}   DOB: {D(rdate("mdy", born, born))}   Study #: {I(study)}   Study date: {D(rdate("mdy"))}
Referring: {N(f"{STAFF()}, {SFIRST()}")}, MD ({O(CLINIC())})
Recording technologist: {N(f"{tech[0]} {tech[1]}")}, RPSGT    Scored by: {N(tech[0][0] + tech[1][0])}{" / " + N(SFIRST()[0] + STAFF()[0]) if i == 4 else ""}
Research: patient also enrolled in protocol IRB-2025-0317 (CPAP adherence study), subject pool shared; data sent de-identified.

History: {2025 - born} y/o with {"excessive daytime sleepiness since college, sleep attacks while driving, and knees buckling when laughing; sleep diary and actigraphy x 2 weeks (off stimulants, per Dr. " + N(STAFF()) + ")" if i == 4 else "snoring, witnessed apneas (per bed partner " + N(FIRST()) + "), Epworth Sleepiness Scale 16/24, Mallampati IV, neck 17.5 in, BMI 36. STOP-BANG 6"}.

Recording: 6-channel EEG (F4-M1, C4-M1, O2-M1 ...), EOG, chin EMG, ECG, airflow (thermistor + nasal pressure), RIP belts, SpO2, leg EMG, video. Scored per AASM v3, hypopneas 4% rule.
Results: TST {tst} min (sleep may be reduced by first-night effect), sleep efficiency {round(tst / 4.7)}%, sleep latency 22 min, REM latency 118 min. N3 6%, REM 14%.
AHI {ahi}/h (supine {round(ahi * 1.6, 1)}, non-supine {round(ahi * 0.5, 1)}), RDI {round(ahi + 4.2, 1)}. Heart rate rose with arousals. Lowest SpO2 {sat}%, T90 11%. Cheyne-Stokes respiration: absent. PLMI 4. ECG: sinus, occasional PVCs.
{"CPAP titration (split night): optimal pressure 11 cm H2O, AHI 3.1 on 11 with ResMed AirFit F20 medium." if i == 2 else ""}{"MSLT (5 naps): mean sleep latency 4.2 min, 2 SOREMPs. Findings supportive of narcolepsy type 2 in the absence of other causes; UDS negative." if i == 4 else ""}
Impression: {"no significant sleep-disordered breathing; MSLT consistent with narcolepsy (Epworth 19)" if i == 4 else ("severe" if ahi >= 30 else "moderate") + " obstructive sleep apnea"}.
Recommendations: {"sleep medicine follow-up to start treatment; driving restriction discussed; " if i == 4 else "CPAP/APAP 8-15 cm; "}DME through {O("Northwest Home Respiratory")}; follow-up in sleep clinic with {N(f"{doc[0]} {doc[1]}")}, MD, in 6-8 weeks; avoid drowsy driving (patient drives for {O(EMPLOYER())}).
Interpreted by {N(f"{doc[0]} {doc[1]}")}, MD, D-ABSM   Signed {D(rdate("mdy"))}
"""
    return f"""{O(lab)} - EEG REPORT
EEG #: {I(study)}     Date: {D(rdate("dmony"))}
Patient: {N(pt)}   MRN {I(digits(7))}   Location: {["", "outpatient", "", "4 West rm 412"][i]}
Ordering: Dr. {N(STAFF())}    Technologist: {N(f"{tech[0]} {tech[1]}")}, R. EEG T.    Reviewed: {N(f"{doc[0]} {doc[1]}")}, MD

Clinical history: {R.choice([24, 58])} y/o with {["first unprovoked seizure; lives in " + L(TOWN()) + ", works night shift at " + O(EMPLOYER()), "encephalopathy, rule out nonconvulsive status; on cefepime"][i // 2]}.
Medications: levetiracetam 500 mg bid{", lorazepam 1 mg prn" if i == 3 else ""}.
Technique: 21 electrodes, International 10-20 system, with ECG; {"routine 30 min, hyperventilation and photic stimulation performed" if i == 1 else "continuous video EEG 24 h"}.
Description: posterior dominant rhythm 9 Hz, reactive. {"During drowsiness, sharp waves at T3 (left temporal), 3 in total. No electrographic seizures." if i == 1 else "Diffuse theta-delta slowing; frequent generalized periodic discharges with triphasic morphology at 1.5 Hz, improving after lorazepam. No Lennox-Gastaut pattern."}
Impression: {"abnormal EEG due to left temporal sharp waves, indicating focal cortical irritability." if i == 1 else "abnormal EEG: moderate-severe diffuse encephalopathy with GPDs; no definite seizures."}
Results discussed with Dr. {N(STAFF())} at {P(phone(4))} on {D(rdate("monthday"))}. Preliminary read by {N(f"{SFIRST()} {STAFF()}")}, REEGT; technologist comments by {N(tech[0][0].lower() + tech[1][0].lower())}.
"""


# ---------------------------------------------------------------- 13. transplant and organ donation

def transplant(i: int) -> str:
    coord, doc = staff(), staff()
    donor = f"{R.choice(['A', 'B', 'C', 'D'])}{R.choice(['DK', 'FG', 'HJ'])}{digits(4)}"
    opo = "Pacific Gift of Life Alliance"
    if i == 3:
        return f"""{O(opo)} - ORGAN RECOVERY CASE SUMMARY
UNOS Donor ID: {I(donor)}   Donor hospital: {O(HOSP())}   OR date: {D(rdate("dmony"))}
Recovery coordinator: {N(f"{coord[0]} {coord[1]}")}   Preservation tech: {N(f"{SFIRST()} {STAFF()}")}
Cross-clamp 0418. Flush UW solution. Warm ischemia n/a (DBD).
Heart: recovered by {O("Kettering Mills Heart Institute")} team (Dr. {N(STAFF())}); left 0502 by air, pilot line {P(phone(1))}.
Liver: recovered by {O("St. Brendan's Hospital")} team, Dr. {N(f"{doc[0]} {doc[1]}")}; biopsy: macrosteatosis 5%.
Kidneys: L to local center, R shipped to {O("Desert Valley Transplant Center")}, {L("Phoenix")}, {S("AZ")}; airbill {I(digits(12))}.
Tissue: {O("Northwest Lions Eye Bank")} corneas, tissue by {O("Cascade Tissue Services")}.
Donor family informed of completion by {N(SFIRST())} at 0730; family ({N(f"{FEM()} {LAST()}")}, mother) requested a lock of hair, given.
Medical examiner ({O("Calder County Medical Examiner")}) notified of completion, case {I(digits(2) + "-" + digits(4))}.
"""
    if i == 0:
        dname, age = f"{MALE()} {LAST()}", R.randint(19, 60)
        return f"""{O(opo.upper())} ({O("PGLA")}) - DONOR REFERRAL / FAMILY APPROACH NOTE
Referral #: {I(digits(8))}   UNOS Donor ID: {I(donor)}
Referring hospital: {O(HOSP())}, {R.choice(["MICU", "Neuro ICU", "Trauma ICU"])}, bed 8; referred by {N(f"{SFIRST()} {STAFF()}")}, RN at 0415 on {D(rdate("mdy"))} (GCS 3, vent, loss of reflexes).
Potential donor: {N(dname)}, {age} y/o, DOB {D(rdate("mdy1", 2025 - age, 2025 - age))}, from {L(TOWN())}. Registered donor on {S("Oregon")} DMV registry {I("ODR" + digits(8))}.
Cause of death: anoxic brain injury after cardiac arrest. Brain death exams by Dr. {N(STAFF())} and Dr. {N(STAFF())}, apnea test positive; declared {D(rdate("monthday"))} 1412.
Family: wife {N(FEM())} (legal NOK), mother {N(f"{FEM()} {LAST()}")}; brother {N(MALE())} arriving from {L(R.choice(["Boise", "Spokane", "Sacramento"]))}. Family aware of registration; support by chaplain and {O(opo)} family services coordinator {N(f"{coord[0]} {coord[1]}")} ({P(phone(1))}).
Medical examiner: {O("Calder County Medical Examiner")}, investigator {N(person())}, case {I(digits(2) + "-" + digits(4))}, released with no restrictions.
Next: serologies, HLA at {O("Cascadia Histocompatibility Lab")}; OR time tentatively {D(rdate("md"))} 0600 at {O(HOSP())}.
"""
    pt = person()
    if i == 1:
        return f"""{O("Harlow Falls Regional Medical Center")} TRANSPLANT INSTITUTE - KIDNEY TRANSPLANT COORDINATOR NOTE
Candidate: {N(pt)}   MRN {I(digits(7))}   UNOS WL ID {I(digits(6))}   Blood type B+, cPRA 84%
Listed {D(rdate("mdy", 2021, 2023))}; dialysis start {D(rdate("my", 2020, 2021))} at {O("Sorrel Creek Dialysis")} (MWF, chair 9).
{D(rdate("mdy"))}: offer received via DonorNet from {O(opo)}, donor {I(donor)}, KDPI 22%, 0 ABDR mismatch. Candidate called at {P(phone(1))} at 0210, no answer; reached at alternate number (daughter {N("Hope")}, {P(phone(1))}). Crossmatch sent.
Flow crossmatch negative. Candidate to arrive by 0600. Dr. {N(f"{doc[0]} {doc[1]}")} accepted. Dialysis unit notified ({N(SFIRST())}).
Living donor evaluation (sister {N(FEM())}) on hold.
{N(f"{coord[0]} {coord[1]}")}, RN, CCTC
"""
    if i == 2:
        return f"""LIVER TRANSPLANT - POST-OP DAY 30 COORDINATOR CALL
{D(rdate("long"))}
Recipient {N(pt)}, transplanted {D(rdate("mdy"))} at {O("St. Brendan's Hospital")} (donor {I(donor)}).
Tacrolimus level {D(rdate("md"))} 9.4 (goal 8-10). Cr 1.1. LFTs trending down. No rejection on biopsy {D(rdate("md"))}.
Spoke with patient and husband {N(MALE())}. Meds from {O("St. Brendan's Specialty Pharmacy")}; copay assistance through a grant from the {O("Cascadia Liver Foundation")} approved. Mychart messages answered by {N(SFIRST())}.
Plan: lab draws twice weekly at {O("Pacific Crest Diagnostics Wexley")}; clinic with Dr. {N(doc[1])} {D(rdate("monthday"))}. Coordinator line {P(phone(1))} or email {E(f"{coord[0].lower()}.{coord[1].lower()}@stbrendans-example.org")}.
-{N(coord[0][0] + coord[1][0])}
"""
    sq = Seq()
    return f"""{O(opo)} - DONOR FAMILY AFTERCARE LETTER LOG
Donor: {N(pt)} (UNOS {I(donor)}), recovered {D(sq("mdy", (0, 0)))} at {O(HOSP())}.
Gift: heart, liver, both kidneys, corneas (via {O("Northwest Lions Eye Bank")}), tissue.
Donor family contact: mother {N(f"{FEM()} {LAST()}")}, {AD(f"{R.randint(100, 9999)} {STREET()}")}, {town_state()}; {P(phone(0))}; email {E(f"{FIRST().lower()}{digits(2)}@cascadianet-example.com")}.
{D(sq("md", (5, 40)))}: sympathy card mailed.
{D(sq("md", (5, 40)))}: outcome letter: heart recipient, a man in his 50s in {S("California")}, doing well; kidney recipients in {L("Portland")} and {L("Seattle")}.
{D(sq("md", (5, 40)))}: mother called {N(f"{coord[0]} {coord[1]}")} asking to write to recipients; anonymous correspondence process explained. Invited to the donor remembrance ceremony on {D(rdate("monthday"))}.
{D(sq("md", (5, 40)))}: holiday remembrance card sent; brother {N(MALE())} declined further contact.
"""


# ---------------------------------------------------------------- 14. school nurse, registry and camp forms

def school(i: int) -> str:
    kid_f, kid_l = (FEM() if i in (0, 4) else MALE()), LAST()
    par = FEM()
    sq = Seq(2025, 2025)
    sch = ["Sorrel Creek Middle School", "Ashby Crossing High School", "Camp Whistling Pines", "Harlow Falls Elementary",
           "Glenrock Hollow Youth Soccer League"][i]
    nurse = staff()
    if i == 0:
        return f"""{O(sch.upper())} - HEALTH OFFICE VISIT
Student: {N(f"{kid_f} {kid_l}")}   Grade 7   Student ID {I(digits(6))}   DOB {D(rdate("mdy", 2012, 2013))}
Date {D(rdate("mdy"))}  Time in 10:15  Time out 10:55
Sent by: Mr. {N(LAST())} (PE teacher)
Complaint: wheezing after running the mile. Hx asthma; inhaler (albuterol) kept in health office per med authorization signed {D(rdate("mdy"))} by Dr. {N(STAFF())}, {O(CLINIC())}.
Peak flow rose from 250 to 340 after 2 puffs. Lungs clear after 15 min. Returned to class.
Parent contacted: mother {N(par)} {N(kid_l)} at work ({O(EMPLOYER())}) {P(phone(0))}, message left; called back 11:20.
Note: immunization record incomplete - Tdap due; registry ({O("Cascadia ImmTrack Registry")}) ID {I(digits(8))}, exclusion date {D(rdate("long"))}.
{N(f"{nurse[0]} {nurse[1]}")}, RN, school nurse, {O("Tamsin Ridge School District")}, {E(f"{nurse[1].lower()}{nurse[0][0].lower()}@tamsinridge-sd.example.org")}
"""
    if i == 1:
        return f"""PREPARTICIPATION PHYSICAL EVALUATION - {O("OSAA")} FORM
School: {O(sch)}     Sport(s): football, wrestling     Grade 11
Name: {N(f"{kid_l}, {kid_f}")}   DOB: {D(rdate("mdy1", 2009, 2009))}   Sex: M
Parent/guardian: {N(f"{par} {kid_l}")}   Phone: {P(phone(1))}   Address: {AD(f"{R.randint(100, 9999)} {STREET()}")}, {town_state()}
Insurance: {O(PAYER())}  ID {I(R.choice(["SCI", "EVM"]) + digits(8))}

History: concussion {D(rdate("mony", 2024, 2024))} (cleared by Dr. {N(STAFF())} with ImPACT baseline, King-Devick normal). No syncope with exercise. No family hx sudden death; uncle {N(MALE())} had Marfan? - parent unsure, says no.
Exam: Ht 5'11", Wt 178 lb, BP 124/76, HR 62. Snellen 20/20. No murmur supine or standing (Valsalva negative). Beighton 2/9. Lachman negative bilaterally.
Clearance: cleared for all sports without restriction.
Coach notified: {N(f"{SFIRST()} {LAST()}")} (head coach), athletic trainer {N(f"{SFIRST()} {STAFF()}")}, ATC.
Examiner: {N(f"{nurse[0]} {nurse[1]}")}, PA-C, {O("Ashby Crossing Family Medicine")}   Date {D(rdate("mdy"))}   License {I("PA" + digits(5))}
"""
    if i == 2:
        sq = Seq(2025, 2025)
        return f"""{O(sch)} - CAMP HEALTH FORM & INFIRMARY LOG
Camper: {N(f"{kid_f} {kid_l}")}   Cabin: Cedar 3   Session 2 ({D(sq("monthday"))} - {D(sq("monthday", (13, 13)))})
Parent/guardian 1: {N(par)} {N(kid_l)}, cell {P(phone(1))};  guardian 2: {N(FIRST())} {N(LAST())} (stepparent), {P(phone(1))}
Emergency contact if parents unreachable: grandmother {N(f"{FEM()} {LAST()}")}, {L(TOWN())}, {P(phone(0))}
Physician: Dr. {N(STAFF())}, {O(CLINIC())}. Allergies: peanuts (EpiPen Jr x2 in infirmary, 1 with counselor {N(SFIRST())}), bee stings.

Infirmary log:
{D(sq("md", (1, 2)))} 21:30 - homesick, headache. Tylenol 325 mg x1. Called mom, felt better. -{N(nurse[0][0] + nurse[1][0])}
{D(sq("md", (1, 2)))} 14:10 - wasp sting R forearm on hike near {L("Glassy Lake")}, localized swelling, no hives/SOB. Ice, Benadryl 25 mg. Observed 1 h. Parent notified. -{N(nurse[0][0] + nurse[1][0])}
{D(sq("md", (1, 2)))} 08:00 - poison ivy? rash both shins, calamine. No frank pus.
Camp nurse: {N(f"{nurse[0]} {nurse[1]}")}, RN; camp director {N(person())}; camp office {P(phone(0))}
"""
    if i == 3:
        rows = []
        for _ in range(4):
            rows.append(f"  {R.choice(['DTaP', 'IPV', 'MMR', 'Varicella', 'Hep A', 'Influenza', 'Tdap', 'MenACWY'])}  {D(rdate('mdy', 2020 + _, 2021 + _))}  lot {I(R.choice(['U', 'Y', 'K', 'T']) + digits(4) + R.choice(['AA', 'BB', 'CA', '']))}  {O(R.choice(['Harlow Falls Pediatrics', 'Calder County Public Health', 'Dunmore Drug']))}")
        return f"""IMMUNIZATION REGISTRY RECORD ({O("Cascadia ImmTrack Registry")}) - printed for {O(sch)}
Child: {N(f"{kid_l.upper()}, {kid_f.upper()}")}   DOB {D(rdate("mdy", 2019, 2019))}   Registry ID: {I(digits(9))}
Parent: {N(par)} {N(kid_l)}   Address: {AD(f"{R.randint(10, 9999)} {STREET()}")}, {town_state()}
Vaccine   Date        Lot          Administered at
{chr(10).join(rows)}
Status: due for MMR #2 and Varicella #2 before kindergarten entry ({D(rdate("mony", 2025, 2025))}). Religious exemption form: not on file. School nurse {N(f"{nurse[0]} {nurse[1]}")}, RN, sent reminder {D(rdate("md"))}.
Registry help desk {P("1-800-555-01" + digits(2))}; {U("https://alertiis-example.oregon.gov/provider")}
"""
    return f"""{O(sch)} - CONCUSSION RETURN-TO-PLAY FORM
Player: {N(f"{kid_f} {kid_l}")}   Team U14 Girls   Player card #{I(digits(7))}
Injury date: {D(sq("mdy"))} during game at {L("Fennimore")}; head-to-head collision. Removed by Coach {N(LAST())}; no LOC.
Evaluated at {O(HOSP())} urgent care by {N(f"{STAFF()}, {SFIRST()}")}, MD. SCAT6 symptom score 22 at day 1, 0 at day 9.
Return-to-play stages 1-6 completed {D(sq("md", (3, 3)))} - {D(sq("md", (8, 8)))} with athletic trainer {N(f"{SFIRST()} {STAFF()}")}.
Written clearance: Dr. {N(STAFF())} ({O("Sorrel Creek Sports Medicine")}), signed {D(sq("mdy", (1, 1)))}.
Parent signature: {N(f"{par} {kid_l}")}  {D(sq("mdy", (0, 0)))}  Phone {P(phone(1))}
Club registrar: {N(person())}, {E(f"registrar{digits(2)}@glenrocksoccer-example.org")}
"""


MORE_STYLES = [("correctional", correctional), ("opioid_treatment", otp), ("sleep_eeg", sleep_eeg),
               ("transplant_donation", transplant), ("school_camp_forms", school)]


# ---------------------------------------------------------------- output

STYLES = [("i2b2_longitudinal", i2b2), ("cardiology", cardiology), ("ed_triage_sbar", ed_triage), ("lab_report", lab),
          ("secure_chat", chat), ("incident_report", incident), ("utilization_review", utilization),
          ("interpreter_visit", interpreter), ("va_military", va)]
STYLES += [(name, fn) for name, fn in globals().get("MORE_STYLES", [])]


def main() -> None:
    j = 0
    for name, fn in STYLES:
        for i in range(5):
            text, spans = strip(fn(i))
            if name == "secure_chat":
                case = "lower"
            else:
                case = "upper" if j % 13 in (0, 3, 6, 9) else "lower" if j % 13 in (1, 7) else "mixed"
                j += 1
            text = text.upper() if case == "upper" else text.lower() if case == "lower" else text
            sys.stdout.write(json.dumps({"id": f"h17-{name}-{i + 1}", "style": name, "text": text, "spans": spans},
                                        ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
