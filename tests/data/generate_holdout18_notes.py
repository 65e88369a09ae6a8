# ruff: noqa: E501
"""Blind hold-out set 18: 70 synthetic clinical and administrative notes (14 styles x 5), written
without reading the redaction rules, to estimate how redaction does on notes it has never seen.

Styles: wound-care / ostomy nurse notes; dietitian and diabetes-education notes; dermatology / Mohs
notes and pathology call-backs; ENT and audiology reports; urology / nephrology clinic notes;
radiation oncology summaries and on-treatment visits; anticoagulation clinic phone logs; telehealth
video visits; capacity / guardianship / court-ordered treatment letters; release-of-information
requests; patient complaint letters and patient-relations replies; UK NHS-style clinic letters;
Canadian / Australian discharge letters; home infusion and DME orders and delivery tickets.

Invented community: the Calder Valley (Millbrook, Harlow Springs, Port Ambrose, Eastfield, Lindell,
Quarry Falls, Stanton Ridge, Oakhollow), served by Calder Valley Medical Center (CVMC), St. Brendan's
Hospital and Millbrook Community Hospital; UK letters come from Ashcombe General Hospital and GP
surgeries around Kellingford; Canadian letters from Riverbend Regional Health Centre (Ontario, Nova
Scotia), Australian ones from Wattle Creek District Hospital (Victoria, New South Wales).

Gold conventions: NAME covers people only (first names, nicknames, signing initials, misspellings);
titles, credentials and relation words stay outside. DATE is every date or partial date in any
format (a month or holiday dating an event too); clock times and weekdays are not gold. YEAR is a
year alone. AGE only over 89, the number only. PHONE is the number only (faxes, pagers, extensions,
international). ID is the number only, never its tag (MRN, NHS, health card, Medicare, docket,
claim, member, authorization, order, serial, lot, licence, reference); a study protocol shared by
all participants is not gold. ADDRESS is a street line; LOCATION towns, cities, counties,
countries; STATE US states, provinces and Australian states; ZIP US ZIPs and UK, Canadian and
Australian postcodes. ORGANIZATION: hospitals, clinics, GP surgeries, labs, pharmacies, suppliers,
agencies, schools, employers, courts, law firms, insurers, repair centres. Eponyms, scales, drug,
device, platform and machine brands, units, languages, rooms, doses, vitals and common words the
pool also uses as names are not gold. Everything is invented; phone numbers are fictional ranges.
Each note is cased as a whole after the markers are stripped (ASCII only): about 20 upper, 15
lower, 35 mixed.
"""

from __future__ import annotations

import datetime
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from marks import m, strip  # noqa: E402

R = random.Random(18018)

FIRST = ["Marisol", "Dwayne", "Ingrid", "Tobias", "Keisha", "Lorenzo", "Bettina", "Caleb", "Yolanda", "Desmond",
         "Harriet", "Ravi", "Colleen", "Mateo", "Winifred", "Shaun", "Priya", "Gunnar", "Delphine", "Otis",
         "Lucinda", "Arjun", "Maeve", "Cornelius", "Tamsin", "Ezekiel", "Rosalind", "Dmitri", "Fatima", "Hollis",
         "Imogen", "Jerome", "Kateri", "Lyle", "Noor", "Percival", "Quinlan", "Sunniva", "Thaddeus", "Ursula",
         "Viktor", "Wendell", "Ximena", "Yusuf", "Zelda", "Bernadette", "Clement", "Dolores", "Everett", "Fiona",
         "Augustin", "Beulah", "Cosmo", "Darnell", "Eulalia", "Fergus", "Gwendolyn", "Horace", "Ines", "Jasper",
         "Will", "Hope", "Grant", "Rose", "Faith", "Mark", "Bill", "June", "Patience", "April", "Sue", "May"]
FEM = ["Marisol", "Ingrid", "Keisha", "Bettina", "Yolanda", "Harriet", "Colleen", "Winifred", "Priya", "Delphine",
       "Lucinda", "Maeve", "Tamsin", "Rosalind", "Fatima", "Imogen", "Kateri", "Noor", "Sunniva", "Ursula", "Ximena",
       "Zelda", "Bernadette", "Dolores", "Fiona", "Beulah", "Eulalia", "Gwendolyn", "Ines", "Hope", "Rose", "Faith",
       "June", "Patience", "April", "Sue", "May"]
MASC = [f for f in FIRST if f not in FEM]
LAST = ["Okonkwo", "Lindqvist", "Barrientos", "Hathaway", "Prokopenko", "Delacroix", "Mbeki", "Fairweather",
        "Szymanski", "Castellano", "Oyelaran", "Pendergast", "Nakashima", "Threlkeld", "Vasquez-Ortiz", "MacAulay",
        "Brannigan", "Kowalczyk", "Abernathy", "Quintero", "Rasmussen", "Tolliver", "Achterberg", "Ferreira",
        "Gallagher", "Haverford", "Iwasaki", "Jablonski", "Kettering", "Lachance", "Mwangi", "Northcutt",
        "O'Rourke", "Papadakis", "Ramaswamy", "Stroud", "Tremblay", "Underhill", "Villanueva", "Whitcombe",
        "Yarborough", "Zdanowicz", "Boateng", "Cheung", "Dunleavy", "Esposito", "Fitzhugh", "Gorski", "Hargreaves",
        "Ingersoll", "Kaminski", "Le Blanc", "Moreau", "Nyberg", "Ostrowski", "Pritchard", "Rourke", "Salgado",
        "Bishop", "Young", "Long", "Hill", "Stone", "Grant", "Marsh", "Banerjee", "Osei", "Holloway"]
TOWNS = ["Millbrook", "Harlow Springs", "Port Ambrose", "Eastfield", "Lindell", "Quarry Falls", "Stanton Ridge",
         "Oakhollow", "Bexley Mills", "Carrow Junction", "Deer Lick", "Fenwick", "Greyhaven", "Juniper Flats"]
STATES = [("Vermont", "VT"), ("New Hampshire", "NH"), ("Massachusetts", "MA"), ("New York", "NY"),
          ("Pennsylvania", "PA"), ("Ohio", "OH"), ("Maine", "ME"), ("Connecticut", "CT")]
STREETS = ["Tanner Hollow Rd", "Elm Terrace", "Bridgewater Ave", "Quarry Street", "Old Mill Lane",
           "Larkspur Court", "Ridgeline Dr", "Canal St", "Pheasant Run", "Orchard Hill Road", "Foundry Way",
           "Meetinghouse Lane", "Sawyer Blvd", "Kestrel Circle"]
HOSP = ["Calder Valley Medical Center", "CVMC", "St. Brendan's Hospital", "Millbrook Community Hospital",
        "Harlow Springs Regional", "Port Ambrose Memorial"]
AREA = ["802", "603", "413", "518", "717", "614", "207", "860"]


def pick(seq):
    return R.choice(seq)


def person(first=True):
    return f"{pick(FIRST)} {pick(LAST)}" if first else pick(LAST)


def N(value=None):
    return m("NAME", value or person())


def D(value):
    return m("DATE", value)


MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]


def rdate(year=2025):
    return year, R.randint(1, 12), R.randint(1, 28)


def us(y=2025, short=False):
    y, mo, d = rdate(y)
    return f"{mo}/{d}/{str(y)[2:]}" if short else f"{mo:02d}/{d:02d}/{y}"


def long_us(y=2025):
    y, mo, d = rdate(y)
    return f"{MON[mo - 1]} {d}, {y}"


def dmy(y=2025):
    y, mo, d = rdate(y)
    return f"{d:02d}/{mo:02d}/{y}"


def dmy_long(y=2025):
    y, mo, d = rdate(y)
    return f"{d} {MON[mo - 1]} {y}"


def mil(y=2025):
    y, mo, d = rdate(y)
    return f"{d:02d}-{MON[mo - 1][:3].upper()}-{y}"


def iso(y=2025):
    y, mo, d = rdate(y)
    return f"{y}-{mo:02d}-{d:02d}"


def run(n, fmt, gap=(2, 9)):
    """``n`` dates of 2025 in order, ``gap`` days apart, in format ``fmt``."""
    day = datetime.date(2025, R.randint(1, 9), R.randint(1, 28))
    out = []
    for _ in range(n):
        out.append(fmt.format(d=day, mon=MON[day.month - 1]))
        day += datetime.timedelta(days=R.randint(*gap))
    return out


def md():
    _, mo, d = rdate()
    return f"{mo}/{d}"


def phone(style=0):
    a, n = pick(AREA), R.randint(100, 199)
    return [f"({a}) 555-01{n % 100:02d}", f"{a}-555-01{n % 100:02d}", f"{a}.555.01{n % 100:02d}", f"555-01{n % 100:02d}"][style]


def uk_phone():
    return pick([f"0161 496 0{R.randint(100, 999)}", f"020 7946 0{R.randint(100, 999)}", f"07700 900{R.randint(100, 999)}",
                 f"+44 113 496 0{R.randint(100, 999)}", f"0117 496 0{R.randint(100, 999)}"])


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def mrn():
    return pick([digits(7), digits(8), "CV" + digits(6), f"{digits(3)}-{digits(4)}"])


def misspell(name):
    """``name`` as a patient might misspell it: one inner letter dropped or doubled."""
    k = R.randint(1, len(name) - 2)
    return name[:k] + name[k + 1:] if R.random() < 0.5 else name[:k] + name[k] + name[k:]


NICKS = ["Bud", "Sissy", "Tink", "Dee", "Chuck", "Bunny", "Skip", "Nan", "Sonny", "Birdie"]


def town():
    return pick(TOWNS)


def street():
    return f"{R.randint(3, 4980)} {pick(STREETS)}"


ZIP_LEADS = {"VT": ["050", "054", "056"], "NH": ["030", "032", "037"], "MA": ["010", "013", "021"],
             "NY": ["120", "128", "148"], "PA": ["156", "170", "189"], "OH": ["430", "441", "456"],
             "ME": ["040", "044", "049"], "CT": ["060", "063", "067"]}
_last_state = ["VT"]


def st(abbr=True):
    s = pick(STATES)
    _last_state[0] = s[1]
    return s[1] if abbr else s[0]


def zipc():
    """A ZIP in the state last written by ``st``."""
    return pick(ZIP_LEADS[_last_state[0]]) + digits(2)


def ORG(v):
    return m("ORGANIZATION", v)


def hosp():
    return ORG(pick(HOSP))


# ---------------------------------------------------------------- 1 wound care / ostomy
def wound(i):
    pt, rn = person(), person()
    if i == 4:
        return f"""HOME HEALTH SKILLED NURSING VISIT - WOUND
Agency: {ORG("Juniper Flats Home Health Services")}   Visit {D(mil())}   Time in 1410 / out 1505
Pt: {N(pt)}   Agency ID {m("ID", "JF" + digits(5))}   Primary: Dr. {N(pick(LAST))}
Homebound: yes - dyspnea after 15 ft, uses rollator.
Wound #1 R lateral malleolus, venous: 4.0 x 3.2 x 0.1 cm (was 4.6 x 3.5 on {D(md())}). Granulation 80%, moderate serous drainage, periwound maceration.
Tx: cleanse NS, Aquacel Ag, ABD, Unna boot; changed twice weekly. Compression tolerated.
Wound #2 sacrum: healed, Braden 17.
Photos per protocol taken with agency tablet - not saved to personal device.
Supplies delivered by {ORG(pick(["Medline", "McKesson Patient Care", "Northstar Medical Supply"]))} {D(md())}; short 10 ABD pads - called {m("PHONE", "1-800-555-01" + digits(2))}, ref #{m("ID", digits(9))}.
Wife {N(pick(FEM))} independent with dressing between visits. Pt may need wound clinic referral if no progress by {D(md())}.
Next SN visit {D(md())}. {N(rn)}, RN"""
    agency = pick(["Valley Visiting Nurses", "Greyhaven Home Health", "Riverside Home Care Partners", "Calder Hospice & Home Health"])
    vendor = pick(["Northstar Medical Supply", "Hollister Direct Ship", "Byram Healthcare", "Keystone Wound Supply"])
    if i % 2 == 0:
        return f"""WOUND / OSTOMY NURSING NOTE
Patient: {N(pt)}   MRN {m("ID", mrn())}   DOB {D(us(1948))}
Visit date: {D(us())}   Referred by: Dr. {N(person())}
Home health: {ORG(agency)} - case manager {N(pick(FIRST))} ({m("PHONE", phone(0))})

S: Pt reports peristomal itching x 4 days. Wife {N(pick(FEM))} changes pouch q3 days. Using Coloplast SenSura Mio convex 2-pc. No fever.
O: Ileostomy RLQ, stoma budded 2 cm, red, moist. Peristomal skin with partial-thickness denudation 5-7 o'clock. Output thick, ~800 ml/day.
Sacral wound: Stage 3 pressure injury 3.2 x 2.1 x 0.4 cm, 20% slough. Braden 14. Photos obtained per protocol and uploaded to media tab.
A/P: Irritant dermatitis from leakage. Crusting technique with stoma powder + no-sting barrier. Change to convex ring.
Supplies ordered through {ORG(vendor)}, order #{m("ID", "WC-" + digits(6))}, ship to {m("ADDRESS", street())}, {m("LOCATION", town())}, {m("STATE", st())} {m("ZIP", zipc())}.
Wound vac not indicated at this time; may need sharp debridement if slough persists.
Follow-up {D(md())}. Will call agency to update orders.
{N(rn)}, RN, CWOCN  pager {m("PHONE", phone(3))}"""
    return f"""ostomy clinic f/u {D(us(short=True))}
{N(pt)} ({m("ID", mrn())}) seen with daughter {N(pick(FEM))}. colostomy since {m("YEAR", R.randint(2015, 2023))} ({pick(["diverticulitis", "rectal ca", "perforation"])}).
c/o pancaking at night. wagner grade 2 ulcer L heel also checked - probe to bone neg. Foley removed last wk per urology.
teaching: pouch emptying, filter use, hydration. educated re: signs of obstruction.
pt works at {ORG(pick(["Hadley Paper Mill", "Quarry Falls Lumber", "Eastfield School District"]))} - letter given for bathroom access.
supplies: {ORG(vendor)} acct {m("ID", digits(8))}; agency {ORG(agency)} rn {N(pick(FIRST) + " " + pick(LAST))} to reinforce.
photos per protocol (3). rtc {D(pick(MON[:11]) + " " + str(R.randint(2, 27)))} or sooner.
-- {N(rn)} rn cwon / co-signed {N(person())}"""


# ---------------------------------------------------------------- 2 dietitian / diabetes education
def diet(i):
    pt = person()
    store = pick(["Hannaford", "Price Chopper", "Shaw's", "Market Basket", "Aldi"])
    cgm = pick(["Dexcom G7", "FreeStyle Libre 3", "Libre 2 Plus"])
    if i == 4:
        pt = f"{pick(FEM)} {pick(LAST)}"
        return f"""GDM education - group visit, Tuesday {D(us(short=True))} 1:00-2:30 pm
Attendee: {N(pt)} ({m("ID", mrn())}), G2P1 at 28 wk, EDD {D(long_us(2026))}. OB: {N(person())}, CNM, {ORG(pick(["Lindell Women's Health", "Harlow Springs OB/GYN"]))}.
Meter: Contour Next One, serial {m("ID", digits(4) + "-" + digits(5))}, readings uploaded to {m("URL", "https://" + pick(["glucose.cvmc.org/upload", "www.calderdiabetes.net/log"]))}.
Fasting 96-104 x 5 days; 1-hr post-dinner up to 162. Works nights as a CNA at {ORG(pick(["Stanton Ridge Nursing Home", "Oakhollow Manor"]))} - meal timing shifts; snacks from the gas station on her way home.
Meal plan 30-45 g carb, bedtime protein snack. Walk 10 min after meals. Hope to avoid insulin; will reassess at next visit {D(md())}.
Partner {N(pick(MASC))} attended. Pt prefers email: {m("EMAIL", pt.split()[0].lower() + "." + pt.split()[-1].lower().replace("'", "").replace(" ", "") + "@" + pick(["gmail.com", "protonmail.com"]))}.
{N(person())}, RD, CDCES"""
    if i in (0, 3):
        return f"""MEDICAL NUTRITION THERAPY - INITIAL ASSESSMENT
Name: {N(pt)}      DOB: {D(us(1961))}      MRN: {m("ID", mrn())}
Date of service: {D(long_us())}     Referring provider: {N(person())}, NP
Dx: T2DM since {m("YEAR", R.randint(2004, 2019))} (A1c 9.1% on {D(md())}), HTN, BMI 34.

Food diary (3 days, pt-recorded): breakfast at {ORG(store)} deli most weekdays (egg sandwich, juice). Lunch from vending at work - pt is a forklift operator at {ORG(pick(["Lindell Distribution Center", "Carrow Freight", "Oakhollow Poultry"]))}, 2nd shift. Dinner with husband {N(pick(MASC))}; pasta 4x/wk.
CGM: {cgm}, sensor serial {pick(["SN ", ""])}{m("ID", digits(3) + "-" + digits(3) + "-" + digits(3))}; TIR 41%, TAR 55%. Shared via Clarity clinic code.
Education: plate method, label reading at {ORG(store)}, carb counting 45 g/meal. Pt hopes to lose 10 lb before daughter's wedding in {D(pick(MON) + " " + str(2026))}.
Plan: RTC 4 wks. Referred to DSMES group class starting {D(us())}. Will send summary to PCP.
{N(person())}, MS, RD, CDCES   {m("PHONE", phone(1))}"""
    return f"""Diabetes education f/u - {D(mil())}
Pt {N(pt)} + mother {N(pick(FEM) + " " + pick(LAST))} (pt is 15, type 1 since {m("YEAR", R.randint(2016, 2022))}).
Omnipod 5 + {cgm}. CGM serial {m("ID", digits(10))} - replacement requested, sensor failed x2 ({D(md())}, {D(md())}).
School nurse {N(pick(FIRST))} at {ORG(pick(["Stanton Ridge Middle School", "Fenwick Regional High", "Quarry Falls Academy"]))} calls daily; 504 plan in place.
Lunch: school cafeteria + snacks from {ORG(store)}. Bolus timing reviewed; "pre-bolus 15 min" may be hard with lunch at 10:50.
Insurance: {ORG(pick(["Harborview Health Plan", "Green Mountain Care Alliance", "Keystone Blue"]))} member {m("ID", "HB" + digits(9))}.
Glucagon (Baqsimi) refilled. Next visit {D(us())}.
-- {N(pick(FIRST))} (RD)"""


# ---------------------------------------------------------------- 3 dermatology / Mohs / path call-back
def derm(i):
    pt, doc = (person() if i in (0, 4) else f"{pick(FEM)} {pick(LAST)}"), person()
    lab = pick(["Calder Dermatopathology Associates", "Northeast DermPath Lab", "Pinecrest Pathology"])
    if i == 0 or i == 4:
        return f"""MOHS MICROGRAPHIC SURGERY REPORT
Patient: {N(pt)}  DOB {D(us(1939))}  Age {m("AGE", R.randint(90, 97))}   MRN {m("ID", mrn())}
Date: {D(long_us())}
Surgeon: {N(doc)}, MD (Mohs surgeon and dermatopathologist)
Referring: Dr. {N(person())}, {ORG(pick(["Eastfield Family Practice", "Juniper Flats Primary Care", "Lindell Medical Group"]))}
Diagnosis: BCC, nodular, L nasal ala, biopsy {m("ID", "S25-" + digits(5))} ({ORG(lab)}, {D(us(short=True))}).
Fitzpatrick II. Prior SCC R ear {m("YEAR", R.randint(2010, 2020))}, also Mohs. Stages: 2; final defect 1.4 x 1.1 cm. Repair: bilobed flap. Clear margins confirmed on frozen sections.
Anticoag: apixaban held x 2 days per cardiology ({N(person())}).
Patient accompanied by son {N(pick(MASC))}. Wound care sheet given. Suture removal {D(us())} with PA {N(pick(FIRST) + " " + pick(LAST))}.
Signed {N(doc)}"""
    return f"""Path call-back {D(us(short=True))} {pick(["2:40p", "09:15", "4:05 pm"])}
Called {N(pt)} at {m("PHONE", phone(R.randint(0, 2)))} re: shave bx R upper back ({D(md())}).
Result ({ORG(lab)}, {pick(["pt is " + m("AGE", R.randint(90, 93)) + " y/o", "hx BCC " + m("YEAR", R.randint(2012, 2021)), "no prior skin ca"])}, accession {m("ID", "DP" + digits(7))}): melanoma in situ, lentigo maligna type; Breslow not applicable, Clark level I. Margins involved.
Pt verified name + DOB ({D(us(1957))}). Explained need for WLE vs Mohs. Pt asked whether the brown spot on her arm is the same - will look at next visit.
Scheduled with {N(person())} on {D(long_us())} at {ORG(pick(["CVMC Dermatology", "Millbrook Skin & Laser", "Harlow Springs Dermatology"]))}.
Left copy of result in portal. Husband {N(pick(MASC))} present on speaker.
{N(pick(FIRST)[0] + pick(LAST)[0])} / {N(person())} LPN"""


# ---------------------------------------------------------------- 4 ENT / audiology
def ent(i):
    pt = person()
    if i == 4:
        return f"""OTOLARYNGOLOGY CLINIC NOTE
{N(pt)}   {m("ID", mrn())}   DOB {D(us(2019))}   visit {D(long_us())}
CC: recurrent AOM, 6 episodes since {D(pick(MON) + " " + str(2024))}; failed hearing screen at {ORG(pick(["Bexley Mills Head Start", "Little Acorns Preschool"]))}.
Dad {N(pick(MASC))} reports snoring, mouth breathing. Daycare teacher {N(pick(FEM))} notes he doesn't respond to his name.
Exam: bilateral middle ear effusion, type B tymps. Tonsils 3+. No Eustachian tube patency on Valsalva (age-limited).
Audiogram ({N(person())}, AuD, {D(md())}): mild conductive loss bilaterally.
Plan: BMT + adenoidectomy at {ORG(pick(["CVMC Pediatric Surgery Center", "Millbrook Surgicenter"]))} on {D(us())}. Consent signed by father. Insurance {ORG(pick(["Medicaid", "Green Mountain Care", "Keystone Blue"]))} ID {m("ID", digits(9))}; prior auth {m("ID", "A" + digits(9))}.
Post-op check {D(md())}. Letter for preschool re: FM system and preferential seating.
{N(person())}, MD / {N(person())}, PA-C"""
    maker = pick([("Phonak", "Sonova US Repair Center"), ("Oticon", "Oticon Service Center Somerset"), ("ReSound", "GN Hearing Repair Services"), ("Signia", "WSAudiology Service Hub")])
    if i % 2:
        return f"""AUDIOLOGIC EVALUATION
Name: {N(pt)}   DOB: {D(us(2014))}   Acct: {m("ID", digits(9))}
Date: {D(iso())}   Audiologist: {N(person())}, AuD, CCC-A
History: Referred by {ORG(pick(["Port Ambrose Pediatrics", "Bexley Mills Family Medicine"]))} after failed school screening at {ORG(pick(["Oakhollow Elementary", "Greyhaven Intermediate School", "St. Agatha Catholic School"]))}. Mother {N(pick(FEM))} reports he "says what?" often.
Otoscopy clear. Tymps type A AU. Weber midline. Rinne positive bilaterally.
Pure tones: mild-to-moderate SNHL, sloping, symmetric. WRS 88% R, 84% L.
Recs: bilateral amplification trial ({maker[0]} Sky). FM/DM system and preferential seating - accommodation letter sent to {N(pick(FIRST) + " " + pick(LAST))}, school 504 coordinator, fax {m("PHONE", phone(0))}.
Return {D(md())}. ENT f/u with Dr. {N(pick(LAST))}."""
    return f"""HEARING AID REPAIR LOG
Pt: {N(pt)}  ({m("ID", mrn())})  phone {m("PHONE", phone(1))}
Device: {maker[0]} {pick(["Audeo L90", "More 1", "Omnia 9", "Pure Charge&Go"])} L serial {m("ID", digits(8) + pick(["", "L"]))}; R serial {m("ID", digits(8))}
{D(us())} - pt reports intermittent L aid; cleaned, new dome + wax guard, still dead. Listening check fail.
{D(us())} - sent to {ORG(maker[1])}, RMA {m("ID", "RMA" + digits(7))}. Loaner issued (serial {m("ID", digits(7))}).
{D(us())} - returned, receiver replaced under warranty (exp {D(pick(MON) + " " + str(R.randint(2026, 2028)))}). Refit, REM verified.
Pt is {m("AGE", R.randint(90, 96))} (born {m("YEAR", R.randint(1926, 1934))}), lives at {ORG(pick(["Maple Crest Assisted Living", "Brookside Senior Residence"]))}; aide {N(pick(FIRST))} helps w/ batteries.
ENT: cerumen impaction removed {D(md())} by Dr. {N(person())}. Eustachian tube dysfunction stable.
{N(pick(FIRST)[0] + "." + pick(LAST)[0] + ".")} AuD"""


# ---------------------------------------------------------------- 5 urology / nephrology
def uro(i):
    pt = person() if i in (1, 2) else f"{pick(MASC)} {pick(LAST)}"
    dial = pick(["Fresenius Kidney Care Millbrook", "DaVita Eastfield Dialysis", "Calder Valley Dialysis Unit", "US Renal Care Port Ambrose"])
    if i in (1, 2):
        return f"""NEPHROLOGY CLINIC
{N(pt)} | MRN {m("ID", mrn())} | DOB {D(us(1952))} | seen {D(long_us())}
CKD 4 (eGFR 19), DM nephropathy. Labs drawn {D(md())} at {ORG(pick(["Quest Diagnostics", "LabCorp", "CVMC Outpatient Lab"]))}; pt views results in the FollowMyHealth portal, username on file.
Access: L RC AVF created {D(us(2025, short=True))} by Dr. {N(pick(LAST))} - maturing, good thrill.
Dialysis planning: orientation (Mon/Wed/Fri, 2nd shift chair) at {ORG(dial)} ({m("ADDRESS", street())}, {m("LOCATION", town())}) scheduled {D(us())}. Social work ({N(pick(FIRST))}) arranging transport via {ORG(pick(["Calder Ride", "Tri-Town Medical Transport"]))}.
Transplant referral to {ORG(pick(["Albany Med Transplant", "Dartmouth Transplant Center"]))} sent {D(md())}; sister {N(pick(FEM))} interested in donating.
Diet: 2 g K, 2 g Na; renal RD visit. Pt works part-time at {ORG(pick(["Sawyer Hardware", "Fenwick Public Library"]))}.
{N(person())}, MD - Nephrology   office {m("PHONE", phone(0))} fax {m("PHONE", phone(0))}"""
    return f"""UROLOGY F/U {D(mil())}
PT {N(pt)} {m("ID", mrn())}
PSA {D(md())}: 6.8 (was 4.1 in {D(pick(MON) + " " + str(2024))}). MRI PI-RADS 4. Fusion bx {D(us(short=True))}: Gleason 3+4=7, grade group 2, 4/14 cores.
Foley out POD 7 after TURP {m("YEAR", R.randint(2018, 2022))}. Kegel exercises reviewed, Valsalva voiding discouraged.
Options: AS vs RALP vs RT. Pt {pick(["is a retired teacher", "speaks Portuguese, son interprets", "served in Navy " + m("YEAR", R.randint(1962, 1975)) + "-" + m("YEAR", R.randint(1976, 1980))])}. Pt wants 2nd opinion at {ORG(pick(["Dana-Farber", "Roswell Park", "Fox Chase Cancer Center"]))}. Records release signed.
Wife {N(pick(FEM))} asks re: travel to {m("LOCATION", pick(["Buffalo", "Boston", "Philadelphia"]))}.
Lab order {m("ID", digits(9))} for repeat PSA in {D(pick(MON))}. Call {m("PHONE", phone(1))} with questions.
{N(person())} PA-C / attending {N(person())}"""


# ---------------------------------------------------------------- 6 radiation oncology
def radonc(i):
    pt, doc = person(), person()
    machine = pick(["TrueBeam 2", "Halcyon", "Elekta Versa HD", "TomoTherapy"])
    if i < 3:
        return f"""RADIATION ONCOLOGY TREATMENT SUMMARY
Patient: {N(pt)}     MRN: {m("ID", mrn())}     DOB: {D(us(1950))}
Attending: {N(doc)}, MD    Physicist: {N(person())}, MS, DABR    Dosimetrist: {N(person())}, CMD
{pick(["Age " + m("AGE", R.randint(90, 94)) + "; palliative intent discussed with family.", "Curative intent.", "Curative intent; pt is " + m("AGE", R.randint(90, 92)) + " and fit (G8 score 15)."])}
Site: {pick(["L breast + SCV", "prostate + SV", "R upper lobe lung", "rectum"])}
Prior RT: {pick(["none", "L breast tangents " + m("YEAR", R.randint(2008, 2016)) + " (outside)"])}.
Course: {" - ".join(D(x) for x in run(2, "{mon} {d.day}, {d.year}", (35, 45)))}, {pick(["50 Gy / 25 fx", "60 Gy / 30 fx", "70 Gy / 28 fx", "50.4 Gy / 28 fx"])} on {machine}, VMAT, daily CBCT.
Breaks: none (1 missed fraction {D(md())} - snowstorm, added at end).
Toxicity: grade 2 dermatitis (RTOG), fatigue. ECOG 1, Karnofsky 80 at completion.
Concurrent chemo by Dr. {N(pick(LAST))} at {ORG(pick(["Millbrook Cancer Center", "Calder Valley Oncology Associates"]))}.
Follow-up: {D(us())} in clinic; CT chest {D(pick(MON) + " " + str(2026))}.
cc: {N(person())}, MD (PCP), {ORG(pick(["Oakhollow Internal Medicine", "Greyhaven Family Health"]))} fax {m("PHONE", phone(2))}"""
    return f"""on-treatment visit (OTV) wk {R.randint(2, 6)}  {D(us(short=True))}
pt {N(pt)} ({m("ID", mrn())}), fx {R.randint(8, 25)}/{pick([25, 28, 30])} on {machine.lower()}. setup reviewed w/ therapists {N(pick(FIRST))} & {N(pick(FIRST))}.
c/o mild dysphagia, wt down 1.5 kg. mucositis grade 1. ecog 1. mask fit ok.
physics check by {N(person())} after replan ({D(md())}) - dosimetrist {N(pick(FIRST) + " " + pick(LAST))} adjusted PTV.
rides to treatment from {m("LOCATION", town())} via {ORG(pick(["american cancer society road to recovery", "valley volunteer drivers"]))}; driver {N(pick(FIRST))}.
next otv {D(md())}. continue magic mouthwash.
{N(doc)} md"""


# ---------------------------------------------------------------- 7 anticoagulation phone log
def anticoag(i):
    pt = person()
    site = pick(["CVMC Lab - Eastfield draw station", "Quest PSC Lindell", "St. Brendan's Outpatient Lab", "Millbrook Community Hospital lab"])
    if i == 2 or i == 4:
        return f"""coumadin clinic call {D(us(short=True))}
pt: {N(pt)}  mrn {m("ID", mrn())}
inr {pick(["4.6", "1.4", "5.2"])} (fingerstick at {ORG(pick(["Lindell Family Medicine", "Fenwick Pharmacy POC clinic"]))}, drawn {D(md())}).
called pt at {m("PHONE", phone(R.randint(0, 3)))} x2, no answer. lvm. then reached son {N(pick(MASC))} at {m("PHONE", phone(1))}.
reports INR ran high {pick(["over", "since"])} {D(pick(["Thanksgiving", "Christmas", "Easter"]))}; pt started bactrim {D(md())} from urgent care ({ORG(pick(["CareWell Urgent Care", "Fastrack Walk-In"]))}); no bleeding, no falls.
plan: hold warfarin tonight + tomorrow, then 2.5 mg daily; recheck {D(md())}. will call pcp dr {N(pick(LAST))}.
hx: afib since {m("YEAR", R.randint(2012, 2022))}, prior GI bleed on eliquis. pt lives at {ORG(pick(["Sawyer Meadows", "The Birches of Oakhollow"]))}, apt {R.randint(101, 340)}.
{N(pick(FIRST) + " " + pick(LAST))}, pharmd, cacp"""
    rows = []
    inr = [1.8, 2.4, 3.6, 2.9, 2.2, 1.6, 2.5]
    start = R.randint(1, 6)
    for k in range(R.randint(5, 7)):
        who = pick(["pt", "dtr " + N(pick(FEM)), "husband " + N(pick(MASC)), "pt"])
        mo, dd = start + k // 2 + (k % 2) * 0, 3 + 12 * (k % 2) + R.randint(0, 9)
        rows.append(f"{D(f'{mo}/{dd}' if k % 2 else f'{mo}/{dd}/25')}  INR {inr[k]}  spoke w/ {who}; {pick(['no change', 'hold x1 then 5 mg', 'increase wkly 5%', 'recheck 1 wk', 'LM on VM, callback req'])}  -{N(pick(FIRST)[0] + pick(LAST)[0])}")
    body = "\n".join(rows)
    return f"""ANTICOAGULATION CLINIC - WARFARIN PHONE LOG
{N(pt)}  DOB {D(us(1944))}  MRN {m("ID", mrn())}
Indication: {pick(["AF, CHA2DS2-VASc 4", "mech AVR (On-X)", "recurrent DVT"])}; goal 2.0-3.0. Coumadin 5 mg tabs, on warfarin since {m("YEAR", R.randint(2009, 2021))}.{pick(["", " Pt is " + m("AGE", R.randint(90, 99)) + ", lives alone.", " Age " + m("AGE", R.randint(90, 95)) + "; Spanish-speaking, uses interpreter line."])}
Draw site: {ORG(site)}. Callback {m("PHONE", phone(R.randint(0, 3)))} (cell) / alt {m("PHONE", phone(1))}
Managing MD: Dr. {N(pick(LAST))}
{body}
Notes: pt traveling to {m("LOCATION", pick(["Myrtle Beach", "Sarasota", "Tucson", "Quebec City"]))} {D(pick(MON) + " " + str(R.randint(5, 20)))} - {D(pick(MON) + " " + str(R.randint(21, 28)))}; POC meter via {ORG(pick(["Acelis Connected Health", "mdINR"]))} arranged.
Eliquis not covered per {ORG(pick(["Harborview Health Plan", "AARP Medicare Rx"]))}."""


# ---------------------------------------------------------------- 8 telehealth
def tele(i):
    pt = person()
    s = pick(STATES)
    plat = pick(["Zoom for Healthcare", "Doxy.me", "MyChart Video", "Teams"])
    if i in (1, 3):
        return f"""Video visit - {D(us(short=True))}
{N(pt)}, {m("ID", mrn())}. Consent for telemedicine reviewed and obtained (verbal) - pt agrees, understands limits of exam.
Location: pt at {pick(["home", "her sister's house", "work (private office)"])}, {m("LOCATION", town())} {m("STATE", s[1])}; I am in clinic office. Platform {plat}; video + audio throughout.
ID verified x2. Interpreter: Portuguese, by phone, whole visit.
S: rash better. still itchy at night. stopped working at {ORG(pick(["Greyhaven Bakery", "Millbrook Nursing & Rehab"]))} in {D(pick(MON) + " " + str(2025))} due to hands.
O: via video, patches of lichenified dermatitis dorsal hands, no pustules. pt showed tube of clobetasol.
A/P: hand eczema, occupational. cont clobetasol bid x2 wk then weekends. referral to patch testing with Dr. {N(pick(LAST))} ({ORG(pick(["CVMC Dermatology", "Harlow Springs Dermatology"]))}).
If video fails, call {m("PHONE", phone(0))}. Next {D(md())}.
{N(pick(FIRST)[0] + pick(LAST)[0])} / {N(person())} NP"""
    return f"""TELEHEALTH VIDEO VISIT
Patient: {N(pt)}   DOB: {D(us(1979))}   MRN: {m("ID", mrn())}
Date: {D(long_us())}   Platform: {plat} (audio + video)
Patient located at home in {m("LOCATION", town())}, {m("STATE", s[R.randint(0, 1)])}. Visit link: {m("URL", "https://" + pick(["telehealth.cvmc.org/join/", "vv.calderhealth.net/room/"]) + pick(["drokonkwo", "room" + digits(4), "v" + digits(6)]))} Provider located at {ORG(pick(["CVMC Telehealth Hub", "Harlow Springs Behavioral Health"]))}.
Consent: Pt verbally consented to telehealth; identity verified with name and DOB. Pt goes by {N(pick(NICKS))}. Others present: {pick(["none", "partner " + N(pick(FIRST)), "son " + N(pick(MASC))])}.
{pick(["Video froze x2; completed by phone at " + m("PHONE", phone(1)) + ".", "Connection stable.", "Pt joined from car, parked; moved indoors."])}
HPI: f/u {pick(["anxiety on sertraline 100 mg", "HTN, home BP log 138/86 avg", "migraine, 3 HA days/mo", "ADHD, Vyvanse 40 mg"])}. Pt started new job at {ORG(pick(["Tri-County Credit Union", "Northway Logistics", "Carrow Junction Elementary"]))} in {D(pick(MON))}.
Last in-person visit {D(us(2024))}. Labs ordered to {ORG(pick(["LabCorp", "Quest Diagnostics"]))} in {m("LOCATION", town())}.
Plan: continue. Rx sent to {ORG(pick(["Walgreens #" + digits(5), "Kinney Drugs Millbrook", "Rite Aid Stanton Ridge"]))}. Next video visit {D(us())}.
Total time 22 min. {N(person())}, {pick(["MD", "PMHNP-BC", "PA-C"])}"""


# ---------------------------------------------------------------- 9 capacity / guardianship / court
def court(i):
    pt, judge, atty = f"{pick(MASC)} {pick(LAST)}", person(), person()
    county = pick(["Calder County", "Stanton County", "Fenwick County"])
    court = pick([f"{county} Probate Court", f"{county} Superior Court, Family Division", f"Probate and Family Court, {county}"])
    dk = pick([f"{R.randint(20, 25)}-PR-{digits(5)}", f"{R.randint(100, 999)}-{R.randint(1, 12)}-{R.randint(23, 25)} Cngd", f"P{digits(6)}"])
    if i % 2 == 0:
        return f"""{ORG(pick(["Calder Valley Medical Center", "St. Brendan's Hospital"]))} - Department of Psychiatry
{D(long_us())}

The Honorable {N(judge)}
{ORG(court)}
{m("ADDRESS", street())}, {m("LOCATION", town())}, {m("STATE", st())} {m("ZIP", zipc())}

RE: In the Matter of {N(pt)}, Docket No. {m("ID", dk)}

Dear Judge {N(judge.split()[-1])}:

At the request of counsel {N(atty)}, Esq., of {ORG(pick(["Hartwell & Boateng LLP", "Calder Legal Aid", "Pruitt Moss Law Offices"]))}, I evaluated Mr. {N(pt.split()[-1])} on {D(us())} and {D(us())}. He is {m("AGE", R.randint(90, 94))} years old and has lived alone since {m("YEAR", R.randint(2005, 2019))}, when his wife {N(pick(FEM))} died. MoCA 14/30; Mini-Cog 1/5. Using the Appelbaum criteria he could not appreciate the risks of living alone, nor reason about alternatives. He has no valid health care proxy; his nephew {N(pick(MASC) + " " + pick(LAST))} has petitioned for guardianship.
In my opinion he lacks capacity for medical and placement decisions; a limited guardianship is the least restrictive option. Guardian ad litem {N(person())} was present for the second interview.
Respectfully,
{N(person())}, MD, Forensic Psychiatry   tel {m("PHONE", phone(0))}"""
    return f"""COURT-ORDERED TREATMENT - STATUS REPORT
Patient: {N(pt)}   MRN {m("ID", mrn())}   Order date {D(us(short=True))}
Case no. {m("ID", dk)}, {ORG(court)}, Judge {N(judge)} presiding.
Ordered: outpatient treatment (AOT) for 180 days from {D(long_us())}.
Attorney for respondent: {N(atty)} ({ORG(pick(["Mental Health Legal Advisors", "Public Defender Office, " + county]))}, {m("PHONE", phone(1))}). County attorney {N(person())}.
Adherence: Invega Sustenna monthly, last given {D(md())}; 4/4 visits kept. Attends clubhouse at {ORG(pick(["Lindell House", "Harbor Light Clubhouse"]))}.
Next hearing {D(long_us())}. Copy to case manager {N(pick(FIRST))} and to the court clerk.
{N(person())}, LICSW / {N(person())}, MD"""


# ---------------------------------------------------------------- 10 release of information
def roi(i):
    pt = person()
    firm = pick(["Delgado Whitcomb & Sayre, P.C.", "Morrow Injury Law", "Kessler Anand LLP", "Brightwater Claims Services"])
    ins = pick(["Granite Mutual Insurance", "Keystone Life & Casualty", "Northway Disability Group"])
    if i in (1, 4):
        pt, rel = f"{pick(FEM)} {pick(LAST)}", f"{pick(FEM)} {pick(LAST)}"
        return f"""AUTHORIZATION TO USE OR DISCLOSE PROTECTED HEALTH INFORMATION
{ORG(pick(["St. Brendan's Hospital", "Millbrook Community Hospital"]))} Health Information Management, {m("ADDRESS", street())}, {m("LOCATION", town())}, {m("STATE", st(False))} {m("ZIP", zipc())}
Phone {m("PHONE", phone(0))}   Fax {m("PHONE", phone(0))}

Patient name: {N(pt)}        Date of birth: {D(us(1988))}
Other names used: {N(pick(FEM) + " " + pick(LAST))} (maiden)
I authorize release of my records to: {N(rel)}, {pick(["my sister", "my mother"])} - {m("ADDRESS", street())}, {m("LOCATION", town())}, {m("STATE", st())} {m("ZIP", zipc())}
Purpose: [x] personal use  [ ] legal  [ ] insurance  [ ] continuity of care
Information: [x] discharge summary  [x] labs  [ ] HIV/STI  [ ] mental health  [ ] substance use (42 CFR Part 2)
Dates of service: {D(pick(MON) + " " + str(2024))} to {D(pick(MON) + " " + str(2025))}
This authorization expires on {D(long_us(2026))} or one year from signing.
Signature: {N(pt)}     Date signed: {D(us(short=True))}
If signed by a personal representative, name and authority: ______
HIM use only: logged by {N(pick(FIRST)[0] + pick(LAST)[0])}, request {m("ID", digits(8))}, ID checked (driver licence {m("ID", pick(["S", "K", "D"]) + digits(8))}), mailed {D(md())}."""
    return f"""{pick(["RELEASE OF INFORMATION REQUEST", "HIM - Authorization for Disclosure", "ROI LOG ENTRY"])}
Request #: {m("ID", "ROI-" + digits(6))}    Received: {D(us())}    By fax from {m("PHONE", phone(0))}
Patient: {N(pt)}   DOB {D(us(1970))}   MRN {m("ID", mrn())}
Address: {m("ADDRESS", street())}{pick(["", " Apt " + str(R.randint(1, 30))])}, {m("LOCATION", town())}, {m("STATE", st())} {m("ZIP", zipc())}
Requester: {N(person())}, paralegal, {ORG(firm)}, {m("URL", pick(["https://www.morrowinjury.com/records", "https://portal.kessleranand.com/upload", "www.dwslaw.com"]))} ({m("EMAIL", "records" + str(R.randint(1, 9)) + "@" + pick(["dwslaw", "morrowinjury", "kessleranand"]) + ".com")})
Also to: {ORG(ins)}, claim no. {m("ID", digits(3) + "-" + digits(7))}
Records: {pick(["ED + inpatient", "all outpatient PT notes", "imaging reports and billing"])} for dates {D(us(2023))} through {D(us(2024))}.
Excluded: psychotherapy notes; 42 CFR Part 2 records require separate consent. HIPAA-compliant authorization signed {D(us(short=True))}, expires {D(pick(MON) + " " + str(2026))}.
Verified by {N(pick(FIRST))} ({pick(["HIM specialist", "ROI clerk"])}). {pick(["Fee waived (patient request).", "Invoice sent.", "Pending - signature missing on page 2; called requester " + m("PHONE", phone(1)) + "."])}
Sent via secure fax to {m("PHONE", phone(0))} on {D(md())}. Copy logged in {ORG(pick(["Ciox", "MRO Corp", "Datavant"]))} portal."""


# ---------------------------------------------------------------- 11 complaint / grievance
def complaint(i):
    pt, staff, rep = person(), pick(FEM), person()
    if i % 2 == 0:
        return f"""{D(long_us())}
To whom it may concern at {ORG(pick(HOSP[:4]))},

My name is {N(pt)} and I was a patient in your emergency room on {D(us())}. I waited six hours. A nurse named {N(staff)} (I think her last name was {N(misspell(pick(["Szymanski", "Prokopenko", "Castellano", "Pendergast", "Rasmussen"])))}) told my mother {N(pick(FEM))} to "go sit down and stop asking". Dr. {N(pick(LAST))} never explained my CT results. I have a bill for $2,400 from {ORG(pick(["Medtrust Billing", "Calder Physician Group"]))} that I should not have to pay.
I hope someone will actually read this. I have patience but not forever.
You can reach me at {m("PHONE", phone(R.randint(0, 2)))} or {m("EMAIL", pt.split()[0].lower() + "." + pt.split()[-1].lower().replace("'", "").replace(" ", "") + str(R.randint(1, 99)) + "@" + pick(["gmail.com", "yahoo.com", "outlook.com"]))}.
{m("ADDRESS", street())}
{m("LOCATION", town())}, {m("STATE", st())} {m("ZIP", zipc())}
{N(pt)}"""
    return f"""PATIENT RELATIONS - RESPONSE
Grievance #: {m("ID", "PR-" + str(R.randint(23, 25)) + "-" + digits(4))}    Date received: {D(us())}
{D(long_us())}

Dear {pick(["Mr.", "Ms.", "Mrs."])} {N(pick(LAST))},

Thank you for your letter about your father's stay on 5 North from {D(pick(MON) + " " + str(R.randint(1, 14)))} to {D(pick(MON) + " " + str(R.randint(15, 28)))}. We reviewed the chart with the nurse manager, {N(person())}, and spoke with the staff you named ({N(pick(FIRST))} and {N(pick(FIRST))}). We will share your concerns at the unit meeting; we may not disclose personnel actions.
The billing question has been referred to {ORG(pick(["CVMC Patient Financial Services", "St. Brendan's Billing Office"]))}; account {m("ID", digits(10))} is on hold for 60 days.
If you are not satisfied you may contact the {ORG(pick(["Vermont Department of Health", "Joint Commission"]))} or call our office at {m("PHONE", phone(0))}. You may also file online at {m("URL", "https://www.cvmc.org/patient-feedback")}.
Sincerely,
{N(rep)}, Patient Relations Specialist   {m("EMAIL", rep.split()[0][0].lower() + rep.split()[-1].lower().replace("'", "").replace(" ", "") + "@cvmc.org")}"""


# ---------------------------------------------------------------- 12 UK NHS letters
UK_TOWNS = ["Kellingford", "Ashcombe", "Marsden Bridge", "Thornleigh", "Upper Wyvern", "Coldharbour"]
UK_PC = ["KF3 9LD", "AS4 7QT", "MB12 2HR", "TL7 5NP", "KF1 4WX", "WV9 3AJ"]
SURG = ["Northgate Surgery", "The Old Forge Medical Practice", "Riverside Health Centre", "Ashcombe Road Surgery", "Thornleigh Group Practice"]


def nhs():
    return f"{R.randint(400, 499)} {digits(3)} {digits(4)}"


def uk(i):
    pt, cons, gp = f"{pick(FEM)} {pick(LAST)}", person(), person()
    if i in (2, 4):
        return f"""PRIVATE AND CONFIDENTIAL
{pick(["Mrs", "Ms"])} {N(pt)}
{m("ADDRESS", "Flat " + str(R.randint(1, 12)) + ", " + str(R.randint(2, 80)) + " " + pick(["Coleridge Road", "Ashdown Gardens", "Wharf Street"]))}
{m("LOCATION", pick(UK_TOWNS))}
{m("ZIP", pick(UK_PC))}

{D(dmy_long())}
NHS Number: {m("ID", nhs())}
Our ref: {m("ID", pick(["GYN", "OPH", "DER"]) + "/" + digits(5))}

Dear {pick(["Mrs", "Ms"])} {N(pt.split()[-1])},

I am writing to you directly, as we discussed in the {pick(["Gynaecology", "Eye", "Dermatology"])} clinic on {D(dmy())}, to summarise your appointment. The biopsy taken on {D(dmy())} was benign. You do not need any treatment. You told me you were hoping to travel to {m("LOCATION", pick(["Portugal", "Canada", "Kenya", "New Zealand"]))} in {D(pick(MON))}; there is no reason not to.
If you have any worries please ring my secretary, {N(pick(FIRST))}, on {m("PHONE", uk_phone())}, or the clinical nurse specialist team on {m("PHONE", uk_phone())}.

Yours sincerely

Dr {N(cons)}
Consultant, {ORG("Ashcombe General Hospital")}

cc: Dr {N(gp)}, {ORG(pick(SURG))}, {m("LOCATION", pick(UK_TOWNS))} {m("ZIP", pick(UK_PC))}"""
    clinic = pick(["Rheumatology", "Diabetes and Endocrinology", "Respiratory Medicine", "Cardiology", "Care of the Elderly"])
    return f"""{ORG("Ashcombe General Hospital")} NHS Foundation Trust
Department of {clinic}
{m("ADDRESS", str(R.randint(2, 90)) + " Infirmary Road")}, {m("LOCATION", "Ashcombe")} {m("ZIP", pick(UK_PC))}
Tel: {m("PHONE", uk_phone())}

Dr {N(gp)}
{ORG(pick(SURG))}
{m("ADDRESS", str(R.randint(1, 120)) + " " + pick(["High Street", "Mill Lane", "Station Road", "Chapel Walk"]))}
{m("LOCATION", pick(UK_TOWNS))}
{m("ZIP", pick(UK_PC))}

Dictated: {D(dmy())}   Typed: {D(dmy())}
Clinic date: {D(dmy_long())}

Dear Dr {N(gp.split()[-1])},

Re: {pick(["Mrs", "Ms", "Miss"])} {N(pt)}, DOB {D(dmy(1946))}, NHS No {m("ID", nhs())}, Hosp No {m("ID", "A" + digits(6))}
{m("ADDRESS", str(R.randint(1, 60)) + " " + pick(["Ferndale Close", "Brook Terrace", "Victoria Crescent"]))}, {m("LOCATION", pick(UK_TOWNS))} {m("ZIP", pick(UK_PC))}

Diagnoses: {pick(["1. Polymyalgia rheumatica 2. T2DM", "1. COPD (GOLD 3) 2. Ex-smoker", "1. Paroxysmal AF 2. Hypertension"])}

Thank you for referring this pleasant lady, whom I saw in clinic today with her daughter {N(pick(FEM))}. She is now {m("AGE", R.randint(90, 98))} and still lives independently. She was last seen by my colleague Dr {N(person())} in {D(pick(MON) + " " + str(2024))}. MRC dyspnoea 3. NICE guidance followed; FRAX and Glasgow scores noted. {pick(["Her CRP has fallen to 9.", "Echo booked.", "Spirometry today: FEV1 48%."])}
Plan: I will see her again in 3 months; she may need a DEXA in the interim. Please continue current prescription via {ORG(pick(["Boots Pharmacy, Thornleigh", "Kellingford Late Night Chemist"]))}.

Yours sincerely,

{N(cons)}
MBBS FRCP, Consultant Physician
Secretary: {N(pick(FIRST))} {m("PHONE", uk_phone())}  {m("EMAIL", "agh.tr." + clinic.split()[0].lower() + "@nhs.net")}

cc: {N(pt)} (patient); {N(person())}, Community Matron; {ORG(pick(["Marsden Bridge District Nurses", "Ashcombe Community Respiratory Team"]))}"""


# ---------------------------------------------------------------- 13 Canadian / Australian discharge
def caau(i):
    pt, doc = person(), person()
    if i % 2 == 0:
        prov = pick([("Ontario", "ON", "K7M 2B4", "Kingsmere"), ("Nova Scotia", "NS", "B4N 3V9", "Wolfhaven"), ("Manitoba", "MB", "R7A 6K2", "Pembrook")])
        return f"""{ORG("Riverbend Regional Health Centre")}
DISCHARGE SUMMARY
Patient: {N(pt)}   Health Card: {m("ID", digits(4) + "-" + digits(3) + "-" + digits(3) + "-" + pick(["AB", "KT", "XM"]))}   Chart #: {m("ID", digits(7))}
DOB: {D(dmy(1955))}   Admitted: {"   Discharged: ".join(D(x) for x in run(2, "{d.day:02d}/{d.month:02d}/{d.year}", (3, 12)))}
Address: {m("ADDRESS", street())}, {m("LOCATION", prov[3])}, {m("STATE", prov[R.randint(0, 1)])} {m("ZIP", prov[2])}
Family physician: Dr. {N(person())}, {ORG(pick(["Kingsmere Family Health Team", "Lakeshore Medical Clinic"]))} (fax {m("PHONE", pick(["613", "902", "204"]) + "-555-01" + str(R.randint(100, 199))[1:])})
MRP: {N(doc)}, MD FRCPC

Diagnosis: Community-acquired pneumonia, CURB-65 of 2. AKI resolved.
Course: IV ceftriaxone, switched to amoxicillin-clavulanate. Seen by physio; walking 60 m with rollator. Home care referral to {ORG(pick(["Ontario Health atHome", "VON Canada"]))}, coordinator {N(pick(FIRST))}.
Meds: see reconciliation. Follow-up with GP within 7 days; CXR in 6 weeks (around {D(pick(MON) + " " + str(2026))}).
Next of kin: son {N(person())}, {m("PHONE", pick(["613", "902"]) + "-555-01" + str(R.randint(100, 199))[1:])}"""
    pt = f"{pick(MASC)} {pick(LAST)}"
    adm, op, out = run(3, "{d.day:02d}/{d.month:02d}/{d.year}", (1, 8))
    stt = pick([("Victoria", "VIC", "3551", "Wattle Creek"), ("New South Wales", "NSW", "2795", "Bellambi Flat"), ("Queensland", "QLD", "4350", "Darrow Downs")])
    return f"""{ORG("Wattle Creek District Hospital")} - Discharge Letter
Date: {D(dmy_long())}
To: Dr {N(person())}, {ORG(pick(["Wattle Creek Medical Centre", "Gumtree Lane Family Practice"]))}, {m("LOCATION", stt[3])} {m("STATE", stt[R.randint(0, 1)])} {m("ZIP", stt[2])}

Re: {N(pt)}  DOB {D(dmy(1940))}  UR {m("ID", digits(6))}  Medicare {m("ID", digits(4) + " " + digits(5) + " " + str(R.randint(1, 9)))}  DVA file {m("ID", pick(["V", "N", "Q"]) + "X" + digits(6))}
Address {m("ADDRESS", street().replace("Rd", "Road").replace("Dr", "Drive"))}, {m("LOCATION", stt[3])} {m("STATE", stt[1])} {m("ZIP", stt[2])}

Admitted {D(adm)} aged {m("AGE", R.randint(90, 101))} after a fall at home; NOF fracture, hemiarthroplasty {D(op)} (Mr {N(pick(LAST))}, orthopaedics). Delirium post-op, resolved. 4AT 0 at discharge.
Transferred to {ORG(pick(["Banksia Rehabilitation Unit", "St Columba's Subacute Care"]))} on {D(out)}. My Aged Care referral lodged; ACAS assessment pending.
Wife {N(pick(FEM))} ({m("PHONE", pick(["0491 570 " + pick(["156", "157", "158", "159", "110"]), "(03) 5550 " + digits(4)]))}) updated.
Kind regards,
Dr {N(doc)}, MBBS, Geriatric Registrar"""


# ---------------------------------------------------------------- 14 home infusion / DME
def dme(i):
    pt = person()
    if i == 3:
        return f"""CPAP SETUP / DELIVERY
Patient: {N(pt)}   DOB {D(us(1971))}   Sleep study {D(us())} at {ORG(pick(["Calder Sleep Center", "Eastfield Sleep Lab"]))} (AHI 34)
Supplier: {ORG(pick(["Granite State Respiratory", "Apria Healthcare", "AdaptHealth"]))}  RT {N(person())}, RRT
Device: ResMed AirSense 11 AutoSet, serial {m("ID", digits(11))}; humidifier serial {m("ID", digits(11))}. Mask: AirFit F20 medium.
Settings APAP 6-16 cm H2O, ramp auto. Modem enabled - data to AirView; pt downloaded the myAir app.
Delivered to {m("ADDRESS", street())}, {m("LOCATION", town())}, {m("STATE", st())} {m("ZIP", zipc())} on {D(us(short=True))}.
Compliance check due in 31-90 days ({D(md())}). Payer {ORG(pick(["Harborview Health Plan", "Keystone Blue"]))}, member {m("ID", "KB" + digits(9))}.
Questions: {m("PHONE", phone(1))} or {m("EMAIL", "sleep.support@" + pick(["granitestaterespiratory.com", "calderdme.com"]))}; portal {m("URL", "https://www.calderdme.com/resupply")}.
Patient signature: {N(pt)}"""
    pharm = pick(["Option Care Health", "Calder Home Infusion Pharmacy", "CarePoint Infusion Services", "Valley Specialty Rx"])
    sup = pick(["Apria Healthcare", "Northway Medical Equipment", "Lincare", "Granite State Mobility"])
    if i % 2 == 0:
        return f"""HOME INFUSION ORDER
Patient: {N(pt)}   DOB {D(us(1966))}   MRN {m("ID", mrn())}
Ship to: {m("ADDRESS", street())}, {m("LOCATION", town())}, {m("STATE", st())} {m("ZIP", zipc())}   Phone {m("PHONE", phone(0))}
Start of care: {"   Stop date: ".join(D(x) for x in run(2, "{d.month:02d}/{d.day:02d}/{d.year}", (14, 42)))}
Drug: ertapenem 1 g IV q24h via R arm PICC (placed {D(md())}, 42 cm, tip CAJ). CADD not required - gravity.
Pharmacy: {ORG(pharm)}, pharmacist {N(person())}, RPh  tel {m("PHONE", phone(1))}  fax {m("PHONE", phone(1))}
Lot {m("ID", pick(["K", "L", "M"]) + digits(5))}, exp {D(pick(["08/2027", "11/2026", "03/2027"]))}.
Nursing: {ORG(pick(["Valley Visiting Nurses", "Greyhaven Home Health"]))} weekly dressing change + labs (CBC, CMP) to Dr. {N(pick(LAST))} at {ORG(pick(["CVMC Infectious Disease", "Millbrook ID Associates"]))}.
Prior auth {m("ID", "PA" + digits(8))} approved by {ORG(pick(["Harborview Health Plan", "Keystone Blue", "Medicaid of Ohio"]))} through {D(md())}.
Ordering MD: {N(person())}  NPI {m("ID", digits(10))}"""
    return f"""DELIVERY TICKET  #{m("ID", digits(7))}
{ORG(sup)}  branch {m("LOCATION", town())}  {m("PHONE", phone(R.randint(0, 2)))}
Deliver to: {N(pt)}
{m("ADDRESS", street())}
{m("LOCATION", town())} {m("STATE", st())} {m("ZIP", zipc())}
Date {D(us(short=True))}  window 9-12
Items:
 1  Hospital bed, semi-electric  serial {m("ID", "HB" + digits(7))}
 1  Hoyer lift, manual            serial {m("ID", digits(9))}
 1  Oxygen concentrator 5 L       serial {m("ID", pick(["CE", "EV"]) + digits(8))}
 12 E-cylinders                   lot {m("ID", digits(6))}
Setup and instruction given to {pick(["patient", "wife", "caregiver"])} {N(pick(FIRST))}. Rollator and shower chair not covered - cash price quoted.
Driver: {N(pick(FIRST) + " " + pick(LAST)[0] + ".")}  truck 14
Received by (signature): {N(person())}    relationship: {pick(["self", "spouse", "daughter"])}
Ordered by {N(person())}, MD, {ORG(pick(["Eastfield Family Practice", "Port Ambrose Pulmonary"]))}; CMN on file, pickup of old bed scheduled {D(md())}."""


STYLES = [("wound_ostomy", wound), ("diabetes_education", diet), ("derm_mohs", derm), ("ent_audiology", ent),
          ("uro_nephro", uro), ("radiation_oncology", radonc), ("anticoag_phone_log", anticoag),
          ("telehealth_video", tele), ("capacity_court", court), ("release_of_information", roi),
          ("patient_complaint", complaint), ("uk_nhs_letter", uk), ("ca_au_discharge", caau),
          ("home_infusion_dme", dme)]


def main() -> None:
    cases = ["upper"] * 20 + ["lower"] * 15 + ["mixed"] * 35
    R.shuffle(cases)
    n = 0
    for style, fn in STYLES:
        for i in range(5):
            text, spans = strip(fn(i))
            case = cases[n]
            text = text.upper() if case == "upper" else text.lower() if case == "lower" else text
            n += 1
            print(json.dumps({"id": f"h18-{n:03d}", "style": style, "text": text, "spans": spans}, ensure_ascii=True))


if __name__ == "__main__":
    main()
