# ruff: noqa: E501  (each template line is one line of note text)
"""Write the seventh blind hold-out de-identification gold set (synthetic notes, JSONL on stdout).

Written without reading the redaction rules. Each note is built from a template in which every PHI
value is inserted through a marker (``⟦LABEL:value⟧``); the markers are stripped and the spans are the
offsets where the values landed, never found by searching the text. All people, places, numbers and
organisations are invented. Twenty note styles none of the earlier sets used (PICU with a guardian,
fracture clinic, cardiology letter, IRF team conference, critical-value call log, home infusion order,
burn flowsheet, hyperbaric log, optometry, opioid agreement, travel medicine, IVF, PFT lab, tube
feeding, SNF placement, ambulance billing dispute, TRICARE, nurse-line chat, a patient's forwarded
email, non-US discharge summaries from New Zealand, South Africa and Singapore). Non-US postcodes
(4 or 6 digits) are ZIP; provinces and regions outside the US are LOCATION, not STATE.
Run: ``python tests/data/generate_holdout7_notes.py > tests/data/holdout7_notes_gold.jsonl``.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
import unicodedata

SEED = 7707
MARK = re.compile(r"⟦([A-Z]+):(.*?)⟧", re.S)
R = random.Random(SEED)

FIRST = ["Thandiwe", "Oisín", "Priyanka", "Mateus", "Aigerim", "Kealoha", "Bogdan", "Rhiannon", "Temperance",
         "Leopold", "Nkechi", "Svetlana", "Wiremu", "Anahera", "Tomasz", "Yusra", "Cosimo", "Jolene", "Rangi",
         "Saoirse", "Dmitri", "Adaeze", "Hamish", "Lakshmi", "Bronwyn", "Teodoro", "Maile", "Emeka", "Inês",
         "Florentyna", "Quang", "Shoshana", "Nalani", "Grace", "Dawn", "Iris", "Pearl", "Hazel", "Chase",
         "Miles", "Lance", "Amber", "Olive", "Heath", "Sonny", "Ginger", "Drew", "Baptiste", "Mehmet"]
LAST = ["Achterberg", "Nwachukwu", "Papadakis", "Kowalczyk", "Tauiliili", "Rasmussen-Oduya", "Villanueva",
        "Strachan", "Okonkwo", "Haraldsen", "Abernathy", "Delgado-Ruiz", "Ferencz", "Gallagher", "Ishikawa",
        "Jovanović", "Kaleikini", "Lindqvist", "Mwangi", "Nørgaard", "Ortiz-Bello", "Pendergast", "Quarshie",
        "Ruatapu", "Sandoval", "Thibodeaux", "Uchenna", "van der Merwe", "Whitlock", "Xiong", "Yilmaz",
        "Zaragoza", "Baker", "Mason", "Walker", "Burns", "Payne", "Fisher", "Cook", "Gray", "Green", "Sharp",
        "Swift", "Hill", "Lane", "Small", "Little", "Long", "Coffin", "Sparks", "O'Donoghue", "MacAskill"]
FEM = ["Thandiwe", "Priyanka", "Aigerim", "Rhiannon", "Temperance", "Nkechi", "Svetlana", "Anahera", "Yusra", "Jolene",
       "Saoirse", "Adaeze", "Lakshmi", "Bronwyn", "Maile", "Inês", "Florentyna", "Shoshana", "Nalani", "Grace", "Dawn",
       "Iris", "Pearl", "Hazel", "Amber", "Olive", "Ginger"]
MASC = [n for n in FIRST if n not in FEM]
CITIES = [("Decorah", "IA", "52101"), ("Nacogdoches", "TX", "75961"), ("Chillicothe", "OH", "45601"),
          ("Tupelo", "MS", "38801"), ("Klamath Falls", "OR", "97601"), ("Grand Island", "NE", "68801"),
          ("Elko", "NV", "89801"), ("Dothan", "AL", "36301"), ("Presque Isle", "ME", "04769"),
          ("Sedalia", "MO", "65301"), ("Bemidji", "MN", "56601"), ("Gallup", "NM", "87301"),
          ("Hays", "KS", "67601"), ("Beckley", "WV", "25801"), ("Valdosta", "GA", "31601"),
          ("Watertown", "NY", "13601"), ("Minot", "ND", "58701"), ("Houma", "LA", "70360")]
STATE_NAMES = {"IA": "Iowa", "TX": "Texas", "OH": "Ohio", "MS": "Mississippi", "OR": "Oregon", "NE": "Nebraska",
               "NV": "Nevada", "AL": "Alabama", "ME": "Maine", "MO": "Missouri", "MN": "Minnesota",
               "NM": "New Mexico", "KS": "Kansas", "WV": "West Virginia", "GA": "Georgia", "NY": "New York",
               "ND": "North Dakota", "LA": "Louisiana"}
TOWNS = ["Osage Bend", "Lickskillet", "Pine Knot", "Wapsie Falls", "Cedar Bluff", "Harmony Grove", "Tensaw",
         "Dry Prong", "Fort Loramie", "Arbor Vitae", "Kettle River", "Belle Chasse", "Sweetwater Junction"]
STREETS = ["4410 Whippoorwill Ln", "17 Quarry Hill Road", "2306 S. Catalpa Ave Apt 4B", "905 Ridgeback Ct",
           "63 Orchard Mill Dr", "1118 Sorghum Mill Rd", "28 Heron Slough Way", "7502 County Road 9",
           "351 W. Chinaberry St, Unit 2", "1940 Pawpaw Trail", "86 Lamplighter Circle", "602 Depot Street #7"]
HOSPITALS = ["Cottonwood Vale Medical Center", "Ironbridge Regional", "Sable Prairie Health", "St. Brendan of Clonfert Hospital",
             "Wildrose Memorial", "Harrowgate University Hospital", "Bayou Teche Medical Center", "Copper Basin General",
             "Lanternfield Health System", "Millbrook Children's Hospital", "Our Lady of the Fields Medical Center"]
CLINICS = ["Keelson Orthopaedics", "Blue Heron Heart & Vascular", "Tidewater Pain Specialists", "Cairnstone Fertility",
           "Northstar Travel Health", "Driftwood Eye Care", "Quillan Pulmonary Associates", "Foxglove Home Infusion",
           "Meridian Wound & Hyperbaric", "Larkspur Rehabilitation Institute", "Pinecrest Nurse Advice Line"]
EMPLOYERS = ["Tupelo Furniture Works", "Klamath Basin Co-op Creamery", "Elko Gold Haulers", "Sedalia Rail Yard",
             "Harvest Moon Poultry", "Prairie Wind Turbines LLC", "Gulf Shrimp Packers", "Red Mesa Charter School"]
INSURERS = ["Keystone Mutual Health", "BrightPath Health Plan", "Cardinal Benefit Trust", "Pelican State Assurance",
            "Summit Peak Insurance Co."]
PHARMACIES = ["Hollis Corner Drug", "Riverside Apothecary", "MedLine Express Pharmacy", "Pinewood Family Pharmacy"]

# Non-US discharge summaries: (country, hospital, city, region, postcode, street, phone, mobile, id label, id)
ABROAD = [
    ("New Zealand", "Te Awa Kōkō Hospital", "Whanganui", "Manawatū-Whanganui", "4500", "27 Kōwhai Crescent", "Aramoho",
     "+64 6 348 0192", "021 447 3901", "NHI", "ZKT4821", ("Waitangi Day", dt.date(2026, 2, 6)), "Rātā Ward",
     "Aramoho Family Practice", "⟦ORGANIZATION:ACC⟧ claim"),
    ("South Africa", "Groote Vallei Provincial Hospital", "Worcester", "Western Cape", "6850", "14 Protea Street", "Avian Park",
     "+27 23 348 0117", "082 555 0143", "ID No", "6011085093087", ("Heritage Day", dt.date(2026, 9, 24)), "Protea Ward",
     "Boland Medicross", "medical aid scheme"),
    ("Singapore", "Tanjong Merah General Hospital", "Tampines", "East Region", "529536", "Blk 447 Tampines Street 42, #08-113", "Tampines North",
     "+65 6784 0219", "9183 2046", "NRIC", "S1947302J", ("Deepavali", dt.date(2026, 11, 8)), "Ward 9C",
     "Tampines Family Clinic", "⟦ORGANIZATION:MediShield Life⟧"),
]


PEDS = ["Little Acorns Pediatrics", "Sprout & Sapling Children's Clinic", "Kettle River Kids Care"]


def pick(seq):
    return R.choice(seq)


def person(sex: str = "") -> str:
    return f"{given(sex)} {pick(LAST)}"


def given(sex: str = "") -> str:
    """A first name; ``sex`` "f" or "m" for a mother, son, wife... so the note reads naturally."""
    return pick({"f": FEM, "m": MASC}.get(sex, FIRST))


def first(name: str) -> str:
    return name.split(" ", 1)[0]


def last(name: str) -> str:
    return name.split(" ", 1)[1]


def slug(name: str) -> str:
    """An email-safe lower-case ASCII form of a name."""
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", ascii_.lower())


def inits(name: str) -> str:
    return "".join(p[0] for p in name.replace("-", " ").split()).upper()


def digits(n: int) -> str:
    return "".join(str(R.randrange(10)) for _ in range(n))


def phone(form: int = 0) -> str:
    a, c = R.randrange(201, 989), R.randrange(100, 200)
    c = f"{c:04d}"
    return [f"({a}) 555-{c}", f"{a}-555-{c}", f"{a}.555.{c}", f"+1 {a} 555 {c}", f"{a}555{c}", f"{a}/555-{c}"][form % 6]


def ssn() -> str:
    area = R.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{R.randrange(1, 100):02d}-{R.randrange(1, 10000):04d}"


def card() -> str:
    body = [4] + [R.randrange(10) for _ in range(14)]
    total = 0
    for i, d in enumerate(reversed(body)):  # the check digit will sit right of these
        total += (2 * d - 9 if d > 4 else 2 * d) if i % 2 == 0 else d
    body.append((10 - total % 10) % 10)
    s = "".join(map(str, body))
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


def iban(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    raw = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def ip() -> str:
    return pick([f"10.{R.randrange(256)}.{R.randrange(256)}.{R.randrange(1, 255)}", f"198.51.100.{R.randrange(1, 255)}",
                 f"172.{R.randrange(16, 32)}.{R.randrange(256)}.{R.randrange(1, 255)}", f"203.0.113.{R.randrange(1, 255)}"])


def day(year: int = 2026) -> dt.date:
    return dt.date(year, 1, 1) + dt.timedelta(days=R.randrange(0, 300))


def fd(d: dt.date, form: str) -> str:
    """One date in one of the forms the notes use."""
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {
        "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}", "md": f"{d.month}/{d.day}", "mdyy": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}", "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "long": f"{d.day} {d:%B} {d.year}", "us": f"{d:%B} {d.day}, {d.year}", "mon_d": f"{d:%B} {d.day}",
        "dmonyy": f"{d.day:02d}-{d:%b}-{d.year % 100:02d}", "iso": d.isoformat(), "ord": f"{d:%b} {d.day}{suffix}",
        "my": f"{d:%B} {d.year}", "dmon": f"{d.day}-{d:%b}", "wd": f"{d:%A}", "wdd": f"{d:%a} {d.month}/{d.day}",
        "compact": f"{d.year}{d.month:02d}{d.day:02d}",
    }[form]


def dob(age: int | None = None) -> dt.date:
    age = age if age is not None else R.randrange(19, 85)
    return dt.date(2026 - age, R.randrange(1, 13), R.randrange(1, 29))


def city():
    c, st, z = pick(CITIES)
    return c, st, z, STATE_NAMES[st]


# ---------------------------------------------------------------- styles
def picu(k: int) -> str:
    pt, att, fel, rn, rt, sw = (person() for _ in range(6))
    guard = person("f")
    c, st, z, _ = city()
    adm = day()
    nick = pick(["Bean", "Junebug", "Tater", "Peanut"])
    rel = ["maternal grandmother, legal guardian per court order", "foster mother (licensed kinship placement)", "aunt, guardian of the person"][k]
    return f"""PEDIATRIC INTENSIVE CARE UNIT - DAILY NOTE
⟦ORGANIZATION:{pick(HOSPITALS[9:11])}⟧ | Bed P-{R.randrange(1, 24)}
Pt: ⟦NAME:{pt}⟧ ("⟦NAME:{nick}⟧")   MRN ⟦ID:{digits(8)}⟧   DOB ⟦DATE:{fd(dob(R.randrange(1, 12)), 'mdy')}⟧
PICU day {R.randrange(2, 9)} (admitted ⟦DATE:{fd(adm, 'md')}⟧ from ⟦ORGANIZATION:{pick(HOSPITALS[:4])}⟧ ED via transport)
Guardian: ⟦NAME:{guard}⟧, {rel}; cell ⟦PHONE:{phone(1)}⟧. Papers scanned to media tab ⟦DATE:{fd(adm + dt.timedelta(1), 'dmonyy')}⟧.
Home: ⟦ADDRESS:{pick(STREETS)}⟧, ⟦LOCATION:{c}⟧, ⟦STATE:{st}⟧ ⟦ZIP:{z}⟧

S/O: Westley croup score 2 overnight (was 6). FLACC 0-2. Remains on high-flow 8 L 30%. Weaned dex.
Broselow tape color: yellow. PRISM III at admission 7. Afebrile since ⟦DATE:{fd(adm + dt.timedelta(2), 'wd')}⟧.
RT (⟦NAME:{inits(rt)}⟧) trialled 6 L at 0400, tolerated. RN ⟦NAME:{first(rn)}⟧ reports good UOP.

A/P: hope to wean to nasal cannula today; will recheck gas at 1400.
- Guardian ⟦NAME:{last(guard)}⟧ updated at bedside; she wants school notified (⟦ORGANIZATION:{pick(['Wapsie Falls Elementary', 'Harmony Grove Montessori', 'Cedar Bluff Primary'])}⟧).
- SW ⟦NAME:{sw}⟧ confirming consent authority; prior placement ended ⟦DATE:{fd(dob(1), 'my')}⟧.
- Pediatrician ⟦NAME:{person()}⟧ at ⟦ORGANIZATION:{pick(PEDS)}⟧ fax ⟦PHONE:{phone(0)}⟧.

Fellow: ⟦NAME:{fel}⟧, MD (pgr ⟦PHONE:{R.randrange(2, 9)}-{digits(4)}⟧)
Attending: Dr. ⟦NAME:{last(att)}⟧ - seen and examined, agree with plan. ⟦DATE:{fd(adm + dt.timedelta(3), 'mdyy')}⟧ 1120
"""


def fracture_clinic(k: int) -> str:
    pt, surg, pa, cast = person(), person(), person(), person()
    emp = pick(EMPLOYERS)
    inj = day()
    c, st, z, sname = city()
    body = [
        "R distal radius, dorsally angulated; Smith's fracture excluded (volar tilt preserved). Barton's fracture not seen.",
        "L 5th metatarsal base, zone 2 - a true Jones fracture. Ottawa foot rules positive at triage.",
        "R tibial plateau, Schatzker II. Baker's cyst incidental on prior MRI. Aspen collar for neck strain.",
    ][k]
    return f"""⟦ORGANIZATION:Keelson Orthopaedics⟧ - Fracture Clinic
Patient: ⟦NAME:{last(pt)}⟧, ⟦NAME:{first(pt)}⟧    DOB: ⟦DATE:{fd(dob(), 'iso')}⟧    Acct#: ⟦ID:{digits(3)}-{digits(6)}⟧
Referred by: ⟦NAME:{person()}⟧, PA-C (⟦ORGANIZATION:{pick(HOSPITALS)}⟧ urgent care)
Date of injury: ⟦DATE:{fd(inj, 'us')}⟧ (a ⟦DATE:{fd(inj, 'wd')}⟧) - slipped on ice at work, ⟦ORGANIZATION:{emp}⟧ loading dock.
Workers' comp carrier: ⟦ORGANIZATION:{pick(INSURERS)}⟧, claim ⟦ID:WC-{digits(7)}⟧; adjuster ⟦NAME:{person()}⟧ ⟦PHONE:{phone(2)}⟧ ext ⟦PHONE:{digits(4)}⟧

Imaging: {body}
Salter-Harris n/a (skeletally mature). Garden classification n/a. No Monteggia or Galeazzi pattern.
Plan: short-arm cast (tech ⟦NAME:{inits(cast)}⟧), Boston brace discussed for the separate scoliosis question - not indicated.
Philadelphia collar from the ED removed; C-spine cleared by NEXUS. Miami J collar not needed.
Off work until ⟦DATE:{fd(inj + dt.timedelta(28), 'mdy')}⟧; light duty note faxed to HR (⟦NAME:{person()}⟧).
RTC 2 wk for repeat films, ⟦DATE:{fd(inj + dt.timedelta(14), 'wdd')}⟧. Lives in ⟦LOCATION:{c}⟧, ⟦STATE:{sname}⟧; travelling to ⟦LOCATION:{pick(TOWNS)}⟧ for a funeral in between.

⟦NAME:{surg}⟧, MD, Orthopaedic Surgery / ⟦NAME:{pa}⟧, PA-C
cc: ⟦NAME:{person()}⟧, DO (PCP)
"""


def cardiology_letter(k: int) -> str:
    pt, pcp, cardio, daughter = person("f"), person(), person(), given("f")
    age = R.randrange(90, 100)
    c, st, z, _ = city()
    seen = day()
    return f"""⟦ORGANIZATION:BLUE HERON HEART & VASCULAR⟧
⟦ADDRESS:{pick(STREETS)}⟧ · ⟦LOCATION:{c}⟧, ⟦STATE:{st}⟧ ⟦ZIP:{z}⟧ · T ⟦PHONE:{phone(0)}⟧ · F ⟦PHONE:{phone(0)}⟧

⟦DATE:{fd(seen, 'us')}⟧

Dr. ⟦NAME:{pcp}⟧
⟦ORGANIZATION:{pick(['Sorghum Valley Family Practice', 'Eight Mile Creek Internal Medicine', 'Harmony Grove Primary Care'])}⟧

Re: ⟦NAME:{pt}⟧, DOB ⟦DATE:{fd(dob(age), 'mdy')}⟧, MRN ⟦ID:{digits(7)}⟧

Dear ⟦NAME:{first(pcp)}⟧,

Thank you for asking me to see this delightful ⟦AGE:{age}⟧-year-old retired {pick(['schoolteacher', 'pharmacist', 'railroad engineer'])} with exertional dyspnoea.
She was accompanied by her daughter ⟦NAME:{daughter} {last(pt)}⟧, who manages her medications.
Echo showed severe AS (AVA 0.7 cm2, mean gradient 46). No Austin Flint murmur; no Osler nodes or Janeway lesions.
Bruce protocol not attempted given age; Duke treadmill score therefore not available. Zio patch (serial ⟦ID:ZX{digits(9)}⟧) for 14 days showed Mobitz I (Wenckebach) at night only.
No Brugada pattern. Remote CABG x3 (⟦YEAR:{R.randrange(1996, 2008)}⟧). Prior Watchman device was placed in ⟦YEAR:{R.randrange(2015, 2022)}⟧ at ⟦ORGANIZATION:{pick(HOSPITALS)}⟧.

She and her family would like to discuss TAVR with our structural team (⟦NAME:{person()}⟧, RN coordinator, ⟦EMAIL:structural.heart@blueheronhv.org⟧).
I have booked her for ⟦DATE:{fd(seen + dt.timedelta(R.randrange(9, 30)), 'wd')}⟧ ⟦DATE:{fd(seen + dt.timedelta(20), 'ord')}⟧. She hopes to be home for ⟦DATE:Thanksgiving⟧.

Yours sincerely,

⟦NAME:{cardio}⟧, MD, FACC
cc: ⟦NAME:{person()}⟧, NP; patient
"""


def irf_conference(k: int) -> str:
    pt = person()
    names = [person() for _ in range(6)]
    age = R.randrange(90, 98)
    adm = day()
    walker_name = "Walker" if k == 0 else pick(LAST)
    return f"""⟦ORGANIZATION:LARKSPUR REHABILITATION INSTITUTE⟧ - INTERDISCIPLINARY TEAM CONFERENCE
Patient: ⟦NAME:{pt}⟧  Age: ⟦AGE:{age}⟧  IRF admit: ⟦DATE:{fd(adm, 'mdy')}⟧  Conf: ⟦DATE:{fd(adm + dt.timedelta(7), 'mdy')}⟧
Impairment group: CVA, L MCA. Prior R hip arthroplasty ⟦YEAR:{R.randrange(2004, 2020)}⟧. Payer: ⟦ORGANIZATION:{pick(INSURERS)}⟧ (auth ⟦ID:{digits(2)}-{digits(8)}⟧, next review ⟦DATE:{fd(adm + dt.timedelta(12), 'md')}⟧)

Attendees:
| Role | Name |
|---|---|
| Physiatrist | ⟦NAME:{names[0]}⟧, DO |
| PT | ⟦NAME:{names[1]}⟧, DPT |
| OT | ⟦NAME:{names[2]}⟧, OTR/L |
| SLP | ⟦NAME:{names[3]}⟧ |
| RN | ⟦NAME:{names[4]}⟧ |
| Case mgr | ⟦NAME:{names[5]}⟧ |

PT: FIM transfers 3 -> 4. Ambulates 60 ft with a front-wheeled walker and min A; Berg Balance 31/56. PT ⟦NAME:{walker_name}⟧ recommends rollator trial.
OT: Hoyer lift no longer needed. Mirror therapy. Montreal Cognitive Assessment 19/30. St. Louis University Mental Status not repeated.
SLP: Rancho Los Amigos level not applicable; mild expressive aphasia. Diet IDDSI level 6.
Nursing: Braden 16. Morse Fall Scale 65 - bed alarm. Bowel program, Bristol stool type 4.
Family: son ⟦NAME:{given("m")}⟧ visits every ⟦DATE:{pick(['Sunday', 'Wednesday', 'Saturday'])}⟧; granddaughter ⟦NAME:{person("f")}⟧ is POA, ⟦PHONE:{phone(3)}⟧.
Home: split-level in ⟦LOCATION:{pick(TOWNS)}⟧, 4 steps to enter. Son will install rail before ⟦DATE:{fd(adm + dt.timedelta(18), 'mon_d')}⟧.
Estimated discharge: ⟦DATE:{fd(adm + dt.timedelta(16), 'mdy')}⟧ home with ⟦ORGANIZATION:{pick(['Cedar Bluff Home Health', 'Tensaw Visiting Nurses', 'Pine Knot Home Care Partners'])}⟧.
"""


def critical_call_log(k: int) -> str:
    rows = []
    d0 = day()
    for i in range(5):
        pt = person()
        tech, rn = person(), person()
        test, val = pick([("K", "6.9"), ("Troponin I", "2.41"), ("Lactate", "5.2"), ("Hgb", "5.9"), ("INR", "7.8"),
                          ("Glucose", "38"), ("Plt", "12"), ("Blood cx", "GPC in clusters")])
        rows.append(f"⟦DATE:{fd(d0 + dt.timedelta(i // 2), 'mdyy')}⟧ {R.randrange(0, 24):02d}:{R.randrange(60):02d} | ⟦NAME:{last(pt)}, {first(pt)}⟧ | MRN ⟦ID:{digits(8)}⟧ | {test} {val} | called by ⟦NAME:{inits(tech)}⟧ to ⟦NAME:{rn}⟧ RN @ ⟦PHONE:x{digits(4)}⟧ | read-back Y")
    joined = "\n".join(rows)
    lab = pick(HOSPITALS)
    return f"""CRITICAL VALUE NOTIFICATION LOG - CORE LAB, ⟦ORGANIZATION:{lab}⟧
Shift: nights  Week of ⟦DATE:{fd(d0, 'my')}⟧   Lead tech: ⟦NAME:{person()}⟧, MLS(ASCP)
Date Time | Patient | MRN | Result | Caller -> Recipient | Read-back
{joined}

Escalation: 4th row - no answer after 2 attempts, paged hospitalist Dr. ⟦NAME:{pick(LAST)}⟧ (pager ⟦PHONE:{phone(1)}⟧) per policy LAB-CRIT-07; accepted 0312.
Note: the Westgard rule 1-3s failed on K QC at 0200; repeated, in range. Analyzer serial ⟦ID:AU{digits(6)}-{digits(2)}⟧.
Reviewed ⟦DATE:{fd(d0 + dt.timedelta(3), 'dmonyy')}⟧ by ⟦NAME:{person()}⟧, MD, Lab Director.
"""


def home_infusion_order(k: int) -> str:
    pt, md, rn, ph = person(), person(), person(), person()
    c, st, z, _ = city()
    start = day()
    return f"""⟦ORGANIZATION:FOXGLOVE HOME INFUSION⟧ - REFERRAL / ORDER FORM                 Fax to: ⟦PHONE:{phone(2)}⟧
Referral date: ⟦DATE:{fd(start, 'mdy')}⟧        Start of care: ⟦DATE:{fd(start + dt.timedelta(2), 'mdy')}⟧
PATIENT: ⟦NAME:{pt}⟧   DOB ⟦DATE:{fd(dob(), 'mdy')}⟧   SSN ⟦SSN:{ssn()}⟧
Address: ⟦ADDRESS:{pick(STREETS)}⟧  City ⟦LOCATION:{c}⟧  State ⟦STATE:{st}⟧  Zip ⟦ZIP:{z}⟧
Home ⟦PHONE:{phone(0)}⟧   Alt contact: ⟦NAME:{person()}⟧ (spouse) ⟦PHONE:{phone(4)}⟧
Primary ins: ⟦ORGANIZATION:{pick(INSURERS)}⟧  Member ID ⟦ID:{pick(['XQJ', 'BPH', 'KMH'])}{digits(9)}⟧  Group ⟦ID:{digits(6)}⟧
Dx: {pick(['osteomyelitis L calcaneus', 'MSSA bacteremia', 'Lyme disease with carditis (Lyme serology +)'])}
Rx: cefazolin 2 g IV q8h x 6 wk via PICC (R basilic, 42 cm, placed ⟦DATE:{fd(start - dt.timedelta(1), 'md')}⟧, tip CXR confirmed).
Pump: CADD-Solis, serial ⟦ID:{digits(8)}⟧. Not a Groshong; not a Hickman or Broviac line.
Labs: weekly CBC/diff, BMP, ESR, CRP - draw by visiting RN ⟦NAME:{rn}⟧ every ⟦DATE:Monday⟧, results to ⟦EMAIL:{slug(first(md))[0]}{slug(last(md))}@copperbasin-id.org⟧.
DME: IV pole, sharps container, Kangaroo pump NOT needed.
Ordering physician: ⟦NAME:{md}⟧, MD  NPI ⟦ID:{digits(10)}⟧  Signature on file ⟦DATE:{fd(start, 'dmonyy')}⟧
Pharmacist verification: ⟦NAME:{inits(ph)}⟧, PharmD
"""


def burn_flowsheet(k: int) -> str:
    pt = f"{given('m')} {'Burns' if k == 1 else pick(LAST)}"
    d0 = day()
    rn1, rn2, md = person(), person(), person()
    emp = pick(EMPLOYERS)
    return f"""BURN ICU FLOWSHEET - {pick(['SHIFT SUMMARY', 'RESUSCITATION', 'DRESSING LOG'])}
PT ⟦NAME:{pt}⟧  MR# ⟦ID:{digits(7)}⟧  ADM ⟦DATE:{fd(d0, 'dmonyy')}⟧  WT 82 KG  TBSA 34%
MECHANISM: FLASH FIRE AT ⟦ORGANIZATION:{emp}⟧ - SECOND-DEGREE BURNS TO BOTH FOREARMS, FULL THICKNESS L THIGH.
LUND AND BROWDER CHART USED (NOT RULE OF NINES). PARKLAND FORMULA: 4 ML X 82 X 34 = 11,152 ML / 24H.
BAUX SCORE 86. CURLING ULCER PPX: PANTOPRAZOLE.
TIME | UOP ML/H | LR ML/H | MAP | RN
0700 | 38 | 700 | 72 | ⟦NAME:{inits(rn1)}⟧
1100 | 52 | 650 | 75 | ⟦NAME:{inits(rn1)}⟧
1500 | 61 | 600 | 78 | ⟦NAME:{inits(rn2)}⟧
DRESSINGS: SILVADENE BID FACE; MEPILEX AG FOREARMS; INTEGRA PLANNED ⟦DATE:{fd(d0 + dt.timedelta(4), 'wd')}⟧ ⟦DATE:{fd(d0 + dt.timedelta(4), 'md')}⟧.
WIFE ⟦NAME:{given("f")}⟧ AT BEDSIDE, CELL ⟦PHONE:{phone(1)}⟧. BROTHER FLYING IN FROM ⟦LOCATION:{pick(['Anchorage', 'Guam', 'Puerto Rico'])}⟧.
⟦ORGANIZATION:OSHA⟧ NOTIFIED BY EMPLOYER ⟦DATE:{fd(d0, 'mon_d')}⟧; SAFETY OFFICER ⟦NAME:{person()}⟧.
ATTENDING ⟦NAME:{md}⟧ / BURN FELLOW ⟦NAME:{person()}⟧  SIGNED ⟦DATE:{fd(d0 + dt.timedelta(1), 'mdy')}⟧ 1910
"""


def hyperbaric_log(k: int) -> str:
    pt, tech, md = person("m"), person(), person()
    age = R.randrange(90, 96)
    d0 = day()
    rows = "\n".join(f"#{i + 1:02d} ⟦DATE:{fd(d0 + dt.timedelta(i), 'md')}⟧ 2.4 ATA 90 min  Teed 0  BG pre 142  tech ⟦NAME:{inits(tech)}⟧" for i in range(3))
    return f"""⟦ORGANIZATION:MERIDIAN WOUND & HYPERBARIC⟧ - HBOT TREATMENT LOG
PATIENT ⟦NAME:{pt}⟧  AGE ⟦AGE:{age}⟧  MRN ⟦ID:H-{digits(6)}⟧  CHAMBER: MONOPLACE #2 (SERIAL ⟦ID:SC{digits(7)}⟧)
INDICATION: DIABETIC FOOT ULCER, WAGNER GRADE 3, R PLANTAR. MARX PROTOCOL NOT APPLICABLE.
REFERRED BY PODIATRIST ⟦NAME:{person()}⟧, DPM, ⟦ORGANIZATION:{pick(['Hollow Creek Foot & Ankle', 'Stride Right Podiatry Group'])}⟧.
{rows}
SAFETY CHECK: NO PETROLEUM PRODUCTS. HEARING AIDS REMOVED. DAUGHTER ⟦NAME:{given("f")}⟧ DRIVES HIM ON ⟦DATE:{pick(['TUESDAYS', 'THURSDAYS'])}⟧.
UHMS INDICATION CRITERIA REVIEWED. PRIOR RADIATION CYSTITIS TX ⟦YEAR:{R.randrange(2009, 2020)}⟧.
SUPERVISING PHYSICIAN ⟦NAME:{md}⟧  ⟦DATE:{fd(d0 + dt.timedelta(2), 'mdy')}⟧
"""


def optometry(k: int) -> str:
    pt, od = person(), person()
    age = R.randrange(90, 99) if k != 1 else R.randrange(30, 70)
    d0 = day()
    c, st, z, sname = city()
    eye = pick(["hazel eyes", "brown irides", "blue irides"])
    return f"""⟦ORGANIZATION:Driftwood Eye Care⟧ - Comprehensive Exam
Patient: ⟦NAME:{pt}⟧    DOB: ⟦DATE:{fd(dob(age), 'mdy')}⟧    Exam: ⟦DATE:{fd(d0, 'mdy')}⟧
{'Age: ⟦AGE:' + str(age) + '⟧' if age > 89 else 'Occupation: long-haul driver, CDL renewal due ⟦DATE:' + fd(d0 + dt.timedelta(60), 'my') + '⟧'}
Vision plan: ⟦ORGANIZATION:{pick(['ClearSight Vision Benefits', 'Lumen Eye Plan'])}⟧, sub ID ⟦ID:{digits(11)}⟧
CC: blur at distance. Notes {eye}; small iris nevus OS, stable vs photo ⟦DATE:{fd(d0 - dt.timedelta(400), 'my')}⟧.
VA cc: OD 20/40, OS 20/30 (Snellen). Ishihara 14/14. Amsler grid: mild metamorphopsia OD.
IOP (Tono-Pen / Goldmann): 17 / 19. Schirmer 8 mm. Humphrey visual field 24-2: reliable. No Marcus Gunn pupil. Hertel not done.
No iris transillumination defects. Cataract surgery OU ⟦YEAR:{R.randrange(2003, 2019)}⟧. Pearl-like drusen OD.
Rx: -1.25 -0.50 x 090 / -0.75 sph, add +2.50. Frames: ⟦NAME:{pick(FIRST)}⟧ in optical.
Driving: meets ⟦STATE:{sname}⟧ licensing vision standard for daytime; form faxed to the ⟦LOCATION:{c}⟧ licensing office ⟦PHONE:{phone(5)}⟧.
F/u 6 mo. ⟦NAME:{od}⟧, OD   Lic. ⟦ID:OD-{digits(5)}⟧
"""


def pain_agreement(k: int) -> str:
    pt = person()
    doc = f"{pick(FIRST)} Payne" if k == 0 else person()
    ph = pick(PHARMACIES)
    d0 = day()
    c, st, z, _ = city()
    return f"""⟦ORGANIZATION:TIDEWATER PAIN SPECIALISTS⟧
CONTROLLED SUBSTANCE / OPIOID TREATMENT AGREEMENT

Patient name: ⟦NAME:{pt}⟧        Date of birth: ⟦DATE:{fd(dob(), 'long')}⟧
Chart #: ⟦ID:TPS-{digits(6)}⟧     Date: ⟦DATE:{fd(d0, 'long')}⟧

I, ⟦NAME:{pt}⟧, agree to the following with Dr. ⟦NAME:{doc}⟧ and this clinic:
1. I will get opioid prescriptions from this clinic only, and fill them at ONE pharmacy:
   ⟦ORGANIZATION:{ph}⟧, ⟦ADDRESS:{pick(STREETS)}⟧, ⟦LOCATION:{c}⟧ ⟦STATE:{st}⟧, phone ⟦PHONE:{phone(0)}⟧.
2. I understand the clinic checks the PDMP at every visit. Last check ⟦DATE:{fd(d0, 'mdy')}⟧ by ⟦NAME:{inits(person())}⟧: no other prescribers.
3. I will not share, sell or trade my medicine. I will keep Narcan at home (my partner ⟦NAME:{pick(FIRST)}⟧ knows where).
4. Lost or stolen prescriptions will not be replaced early. There is no grace period for missed pill counts.
5. Random urine drug screens; refusal ends this agreement.
Pain scores: PEG scale 7/10 -> 5/10. Opioid Risk Tool (ORT) low. COMM 6.
Hx: L4-5 fusion ⟦YEAR:{R.randrange(2008, 2021)}⟧, failed back surgery syndrome.\nCurrent: oxycodone 5 mg q6h prn, max 3/day (MME 22.5). Not on Suboxone.
Emergency contact: ⟦NAME:{person()}⟧ ⟦PHONE:{phone(2)}⟧.

Patient signature: ______________  Witness: ⟦NAME:{person()}⟧, MA   ⟦DATE:{fd(d0, 'md')}⟧
Provider: ⟦NAME:{doc}⟧, MD, DEA ⟦ID:{pick(['BP', 'FP', 'AP'])}{digits(7)}⟧
"""


def travel_medicine(k: int) -> str:
    pt, md, rn = person(), person(), person()
    dest = [("Ghana", "Kumasi"), ("Peru", "Cusco"), ("Vietnam", "Hội An")][k]
    leave = day(2026) + dt.timedelta(30)
    emp = pick(EMPLOYERS + ["Aquila Mission Partners", "Wells for Wanaka Foundation"])
    return f"""⟦ORGANIZATION:Northstar Travel Health⟧ - Pre-travel Consultation
Traveller: ⟦NAME:{pt}⟧  DOB ⟦DATE:{fd(dob(), 'dmonyy')}⟧  Passport ⟦ID:{R.choice('ACEFKN')}{digits(8)}⟧
Itinerary: depart ⟦DATE:{fd(leave, 'us')}⟧ -> ⟦LOCATION:{dest[1]}⟧, ⟦LOCATION:{dest[0]}⟧ ({R.randrange(2, 8)} wk), return ⟦DATE:{fd(leave + dt.timedelta(40), 'mon_d')}⟧. Purpose: volunteer with ⟦ORGANIZATION:{emp}⟧.
Hx: had Rocky Mountain spotted fever as a child; West Nile negative ⟦YEAR:{R.randrange(2010, 2020)}⟧. Lyme disease ⟦YEAR:{R.randrange(2005, 2015)}⟧, treated.
Immunizations today (lot #s in MAR):
- Yellow fever (YF-Vax) - certificate ICVP stamped, clinic stamp no. ⟦ID:{digits(5)}⟧
- Typhim Vi; Japanese encephalitis (Ixiaro) #1 of 2, #2 due ⟦DATE:{fd(leave - dt.timedelta(10), 'md')}⟧
- Dukoral declined. Rabies pre-exposure discussed (dengue and Chagas counselling given).
Malaria: atovaquone-proguanil starting 2 days before. Great-grandfather survived the Spanish flu - asked; no bearing on plan.
Travel insurer: ⟦ORGANIZATION:{pick(['GlobeGuard Assist', 'Wayfarer Medical Evacuation Ltd'])}⟧ policy ⟦ID:{digits(3)}-{digits(5)}-{digits(2)}⟧, 24h line ⟦PHONE:{phone(3)}⟧
Paid by card ⟦CARD:{card()}⟧ (traveller asked us to keep on file - shredded after posting).
Seen by ⟦NAME:{md}⟧, MD (CTH) with ⟦NAME:{rn}⟧, RN. Email summary to ⟦EMAIL:{slug(first(pt))}.travels{R.randrange(10, 99)}@fastmail.example⟧.
"""


def ivf(k: int) -> str:
    pt, partner, rei, emb, nurse = person("f"), person(), person(), person(), person()
    d0 = day()
    country, city_abroad, clinic, bban = [("CZ", "Brno", "Klinika Modrý Ostrov", digits(20)),
                                         ("ES", "Alicante", "Instituto Faro de Levante", digits(20)),
                                         ("DE", "Leipzig", "Kinderwunschzentrum Auwald", digits(18))][k]
    return f"""⟦ORGANIZATION:Cairnstone Fertility⟧ - IVF Cycle Summary
Patient: ⟦NAME:{pt}⟧ (DOB ⟦DATE:{fd(dob(R.randrange(30, 42)), 'mdy')}⟧)   Partner: ⟦NAME:{partner}⟧   Cycle ID ⟦ID:CF-{digits(5)}-{R.randrange(1, 4)}⟧
LMP ⟦DATE:{fd(d0, 'md')}⟧. Antagonist protocol; stims started CD2 ⟦DATE:{fd(d0 + dt.timedelta(1), 'md')}⟧; trigger ⟦DATE:{fd(d0 + dt.timedelta(11), 'wd')}⟧ 2130.
Retrieval ⟦DATE:{fd(d0 + dt.timedelta(13), 'mdyy')}⟧ by Dr. ⟦NAME:{last(rei)}⟧: 14 oocytes, 11 MII. ICSI. Kruger morphology 3% (partner).
Embryology (⟦NAME:{emb}⟧, ELD): day 5 - 4AA, 4AB, 3BB by Gardner grading; all biopsied for PGT-A, results from ⟦ORGANIZATION:{pick(['Helix Harbor Genomics', 'Ovum Analytics Inc.'])}⟧ accession ⟦ID:{digits(2)}-{digits(7)}⟧.
Hx: Asherman syndrome excluded on hysteroscopy ⟦DATE:{fd(d0 - dt.timedelta(120), 'my')}⟧. Not Stein-Leventhal/PCOS phenotype.
Prior cycle abroad ⟦YEAR:{R.randrange(2019, 2024)}⟧ at ⟦ORGANIZATION:{clinic}⟧, ⟦LOCATION:{city_abroad}⟧; refund of unused storage fee requested to IBAN ⟦IBAN:{iban(country, bban)}⟧.
Frozen embryo transfer planned for ⟦DATE:{fd(d0 + dt.timedelta(60), 'my')}⟧. Nurse coordinator ⟦NAME:{nurse}⟧ ⟦PHONE:{phone(0)}⟧ ext ⟦PHONE:{digits(3)}⟧.
Patient portal: ⟦URL:https://portal.cairnstone-fertility.example/cycles/{digits(6)}⟧
"""


def pft_lab(k: int) -> str:
    pt, tech, md = person(), person(), person()
    d0 = day()
    age = R.randrange(90, 95) if k == 2 else None
    ref = person()
    return f"""⟦ORGANIZATION:QUILLAN PULMONARY ASSOCIATES⟧ - PULMONARY FUNCTION LABORATORY
Name: ⟦NAME:{last(pt)}⟧, ⟦NAME:{first(pt)}⟧      ID: ⟦ID:{digits(9)}⟧      Test date: ⟦DATE:{fd(d0, 'compact')}⟧
{'Age: ⟦AGE:' + str(age) + '⟧' if age else 'Age: ' + str(R.randrange(40, 80))}  Sex: {pick(['M', 'F'])}  Ht 168 cm  Wt 71 kg  Race corr: none (GLI Global)
Ex-smoker, quit ⟦YEAR:{R.randrange(1985, 2015)}⟧ (40 pack-years). Referring: ⟦NAME:{ref}⟧, MD   Technologist: ⟦NAME:{first(tech)}⟧ (⟦NAME:{inits(tech)}⟧)
Spirometry (ATS/ERS 2019 acceptability met, grade A):
             Pre     %pred   Post    %chg
FVC (L)      2.41    71      2.58    +7
FEV1 (L)     1.32    52      1.49    +13
FEV1/FVC     0.55            0.58
DLCO 48% pred. TLC 118% (air trapping). Borg scale dyspnoea 4 at end.
Interpretation: obstructive defect, significant bronchodilator response; GOLD stage 3 if COPD confirmed.
Compared to prior ⟦DATE:{fd(d0 - dt.timedelta(365), 'dmonyy')}⟧: FEV1 down 180 mL.
Spirometer serial ⟦ID:{digits(4)}-{digits(4)}⟧, calibrated ⟦DATE:{fd(d0, 'wd')}⟧ AM.
Read by ⟦NAME:{md}⟧, MD, FCCP on ⟦DATE:{fd(d0 + dt.timedelta(1), 'mdy')}⟧.
"""


def tube_feeding(k: int) -> str:
    pt, rd, md = person(), person(), person()
    age = R.randrange(90, 100)
    d0 = day()
    formula = pick(["Jevity 1.5", "Osmolite 1.2", "Peptamen 1.5", "Glucerna 1.2"])
    return f"""Nutrition Support - Enteral Feeding Follow-up
⟦ORGANIZATION:{pick(HOSPITALS[:9])}⟧ | 5 West
Pt ⟦NAME:{pt}⟧, ⟦AGE:{age}⟧ y/o, rm {R.randrange(200, 600)}B, MRN ⟦ID:{digits(8)}⟧
Visit ⟦DATE:{fd(d0, 'wdd')}⟧. Access: Dobhoff (Corpak-placed ⟦DATE:{fd(d0 - dt.timedelta(3), 'md')}⟧), PEG planned by GI Dr. ⟦NAME:{last(md)}⟧ ⟦DATE:{fd(d0 + dt.timedelta(2), 'wd')}⟧.
Needs: Mifflin-St Jeor x 1.3 = 1480 kcal; Harris-Benedict for comparison 1510. Protein 1.2 g/kg = 66 g.
Regimen: {formula} @ 45 mL/h x 22 h via Kangaroo Joey pump. Free water 150 mL q4h. Nepro if K rises.
Tolerance: GRV < 150; Bristol stool type 6 x2 - consider fibre. Olive oil not to be given via tube (family asked).
Dawn phenomenon noted on FSBG 0600 - discussed with team. Weight trend down 1.8 kg since ⟦DATE:{fd(d0 - dt.timedelta(20), 'mon_d')}⟧.
Family: daughter-in-law ⟦NAME:{person("f")}⟧ asks about home TF; home supplier ⟦ORGANIZATION:{pick(['Foxglove Home Infusion', 'Cedarline Medical Supply'])}⟧ ⟦PHONE:{phone(2)}⟧.
⟦NAME:{rd}⟧, MS, RD, LD   pgr ⟦PHONE:{digits(4)}⟧
"""


def snf_placement(k: int) -> str:
    pt, cm, son = person("f"), person(), person("m")
    age = R.randrange(90, 104)
    d0 = day()
    snfs = ["Briar Glen Care & Rehab", "The Willows at Fort Loramie", "Hollyhock Manor", "Sweetwater Skilled Nursing"]
    return f"""DISCHARGE PLANNING NOTE - SNF PLACEMENT
⟦DATE:{fd(d0, 'mdy')}⟧ 15:40  CM: ⟦NAME:{cm}⟧, RN, CCM  ext ⟦PHONE:{digits(5)}⟧
Pt ⟦NAME:{pt}⟧ (⟦AGE:{age}⟧ yo, admitted ⟦DATE:{fd(d0 - dt.timedelta(4), 'md')}⟧ with hip fx s/p ORIF ⟦DATE:{fd(d0 - dt.timedelta(3), 'md')}⟧). 3-midnight qualifying inpatient stay met ⟦DATE:{fd(d0 - dt.timedelta(1), 'wd')}⟧.
Referrals sent via portal (⟦URL:https://referrals.carelink-hub.example/case/{digits(7)}⟧):
 1) ⟦ORGANIZATION:{snfs[0]}⟧ - accepted, bed ⟦DATE:{fd(d0 + dt.timedelta(1), 'wd')}⟧; admissions ⟦NAME:{person()}⟧ ⟦PHONE:{phone(0)}⟧
 2) ⟦ORGANIZATION:{snfs[1]}⟧ - declined (no female bed)
 3) ⟦ORGANIZATION:{snfs[2]}⟧ - pending; liaison ⟦NAME:{pick(FIRST)}⟧ to call back by noon
Son ⟦NAME:{son}⟧ (HCPOA) prefers #1, 10 min from his home in ⟦LOCATION:{pick(TOWNS)}⟧. Living will on file; DNR/DNI. Widowed since ⟦YEAR:{R.randrange(1990, 2020)}⟧.
Pt's own home at ⟦ADDRESS:{pick(STREETS)}⟧ to be sold; neighbour ⟦NAME:{person()}⟧ has a key.
Payer: ⟦ORGANIZATION:{pick(INSURERS)}⟧ (Advantage plan), auth ⟦ID:{digits(3)}{pick('ABC')}{digits(6)}⟧ approved for 14 days, LCD ⟦DATE:{fd(d0 + dt.timedelta(15), 'dmonyy')}⟧.
Transport: wheelchair van ⟦ORGANIZATION:{pick(['Ride Easy Medical Transport', 'Pine Knot Mobility Van'])}⟧ at 1100.
PT recs: SNF, front-wheeled walker. Barthel 35. Katz ADL 2/6. Tinetti 9.
"""


def ambulance_billing(k: int) -> str:
    pt, writer, crew1, crew2 = person("f"), person(), person(), person()
    d0 = day(2025)
    c, st, z, sname = city()
    amb = pick(["Big Muddy Ambulance District", "Three Rivers EMS Authority", "Lifeline Air & Ground LLC"])
    age = R.randrange(90, 96)
    return f"""From: ⟦NAME:{writer}⟧ <⟦EMAIL:{slug(first(writer))}{R.randrange(1950, 1999)}@mailbox.example⟧>
To: Billing Disputes, ⟦ORGANIZATION:{amb}⟧
Sent: ⟦DATE:{fd(d0 + dt.timedelta(60), 'wd')}⟧, ⟦DATE:{fd(d0 + dt.timedelta(60), 'us')}⟧
Subject: Invoice ⟦ID:{digits(8)}⟧ - my mother ⟦NAME:{pt}⟧ - please review

To whom it may concern,
I am writing about the bill for my mother, who is ⟦AGE:{age}⟧, for the ambulance on ⟦DATE:{fd(d0, 'us')}⟧ from her apartment at ⟦ADDRESS:{pick(STREETS)}⟧, ⟦LOCATION:{c}⟧, ⟦STATE:{sname}⟧ ⟦ZIP:{z}⟧ to ⟦ORGANIZATION:{pick(HOSPITALS)}⟧.
You billed ALS2 ($2,940) and 31 loaded miles, but the hospital is 6 miles away. Your crew (⟦NAME:{first(crew1)}⟧ and ⟦NAME:{crew2}⟧) were very kind and I do not blame them.
Her insurer ⟦ORGANIZATION:{pick(INSURERS)}⟧ (member ⟦ID:{digits(3)}{pick('XYZ')}{digits(5)}⟧) denied as "not medically necessary". She had a fall, a scalp lac and was on Eliquis - she could not go by car.
I already paid $250 by card ending in ... actually here is the full number so you can find it: ⟦CARD:{card()}⟧.
Her SSN for your records is ⟦SSN:{ssn()}⟧. Please call me at ⟦PHONE:{phone(0)}⟧ (after 5, I work at ⟦ORGANIZATION:{pick(EMPLOYERS)}⟧) rather than write.
Thank you,
⟦NAME:{first(writer)}⟧
"""


def tricare(k: int) -> str:
    pt, spouse, pcm, ref = person(), person(), person(), person()
    d0 = day()
    clinic, reason = pick([(CLINICS[0], "chronic knee pain, r/o meniscal tear (McMurray +)"),
                           (CLINICS[1], "palpitations, ?WPW (Wolff-Parkinson-White)"), (CLINICS[3], "infertility eval")])
    mtf, base, st, unit, rank = [("Kearsarge Army Community Hospital", "Fort Kearsarge", "Nebraska", "2nd Bn, 41st Field Artillery", "SSG"),
                                 ("Sable Point Naval Health Clinic", "Naval Air Station Sable Point", "FL", "VFA-226 Wildcats", "PO1"),
                                 ("Ruxton AFB 81st Medical Group", "Ruxton Air Force Base", "ND", "219th Security Forces Squadron", "TSgt")][k]
    return f"""MILITARY TREATMENT FACILITY REFERRAL - ⟦ORGANIZATION:TRICARE⟧ PRIME
MTF: ⟦ORGANIZATION:{mtf}⟧, ⟦LOCATION:{base}⟧, ⟦STATE:{st}⟧
Sponsor: {rank} ⟦NAME:{spouse}⟧, DoD ID ⟦ID:{digits(10)}⟧  Unit: ⟦ORGANIZATION:{unit}⟧
Beneficiary: ⟦NAME:{pt}⟧ (spouse), DBN ⟦ID:{digits(11)}⟧, DOB ⟦DATE:{fd(dob(), 'dmonyy')}⟧, FMP 30
Sponsor SSN (legacy field): ⟦SSN:{ssn()}⟧
PCM: ⟦NAME:{pcm}⟧, Maj, MC   DSN ⟦PHONE:{R.randrange(312, 319)}-{digits(3)}-{digits(4)}⟧
Reason: network referral to ⟦ORGANIZATION:{clinic}⟧ for {reason}.
Referral # ⟦ID:{digits(4)}{pick('AB')}{digits(6)}⟧ valid ⟦DATE:{fd(d0, 'dmonyy')}⟧ to ⟦DATE:{fd(d0 + dt.timedelta(180), 'dmonyy')}⟧.
Regional contractor ⟦ORGANIZATION:{pick(['Humboldt Federal Services', 'Prairie Federal Health Services'])}⟧ auth line ⟦PHONE:{phone(1)}⟧.
Sponsor deploying ⟦DATE:{fd(d0 + dt.timedelta(45), 'my')}⟧; Family Readiness contact ⟦NAME:{ref}⟧ ⟦EMAIL:{slug(last(ref))}.frg@unit.example.mil⟧.
Pt prefers appts on ⟦DATE:Fridays⟧. Prior care at ⟦ORGANIZATION:Praxisklinik Westpfalz⟧, ⟦LOCATION:Kaiserslautern⟧, ⟦LOCATION:Germany⟧ ⟦YEAR:{R.randrange(2016, 2022)}⟧.
"""


def nurse_line_chat(k: int) -> str:
    caller, rn, kid = person(), person(), given("m")
    d0 = day()
    age = R.randrange(90, 101)
    sess = digits(9)
    return f"""⟦ORGANIZATION:Pinecrest Nurse Advice Line⟧ - Web Chat Transcript
Session ⟦ID:{sess}⟧  Started ⟦DATE:{fd(d0, 'mdy')}⟧ 22:14  Client IP ⟦IP:{ip()}⟧  Protocol: Schmitt-Thompson (adult) - Dizziness
[22:14] ⟦NAME:{first(caller)}⟧ (guest): hi its about my grandma, she is ⟦AGE:{age}⟧ and dizzy since supper
[22:15] ⟦NAME:{rn}⟧, RN: Hi ⟦NAME:{first(caller)}⟧, I'm a registered nurse. Is she awake and talking normally?
[22:15] ⟦NAME:{first(caller)}⟧ (guest): yes but her speech is kind of slurry?? she had a stroke in ⟦YEAR:{R.randrange(2010, 2022)}⟧
[22:16] ⟦NAME:{first(rn)}⟧, RN: Any face droop, arm weakness? Please call 911 now - this can be a stroke. What is her address?
[22:17] ⟦NAME:{first(caller)}⟧ (guest): ⟦ADDRESS:{pick(STREETS)}⟧ in ⟦LOCATION:{pick(TOWNS)}⟧. my cell ⟦PHONE:{phone(2)}⟧. my brother ⟦NAME:{kid}⟧ is calling 911
[22:18] ⟦NAME:{first(rn)}⟧, RN: Good. Will she go to ⟦ORGANIZATION:{pick(HOSPITALS)}⟧? Tell them last known well ~19:30. Note meds (Tylenol, Motrin - bring bottles).
[22:19] ⟦NAME:{first(caller)}⟧ (guest): ok. her dr is ⟦NAME:{pick(LAST)}⟧ at ⟦ORGANIZATION:{pick(['Harmony Grove Primary Care', 'Osage Bend Rural Health Clinic'])}⟧
[22:20] ⟦NAME:{first(rn)}⟧, RN: I will be available here. Disposition: ED now (911). Chat closed 22:21.
Follow-up call ⟦DATE:{fd(d0 + dt.timedelta(1), 'wd')}⟧ 09:05 by ⟦NAME:{inits(person())}⟧: admitted, tPA given.
"""


def patient_email(k: int) -> str:
    pt, doc, ma = person(), person(), person()
    d0 = day()
    dad_age = R.randrange(90, 100)
    return f"""---------- Forwarded message ---------
From: ⟦NAME:{pt}⟧ <⟦EMAIL:{slug(first(pt))}_{slug(last(pt))[0]}{R.randrange(1, 99)}@inboxmail.example⟧>
Date: ⟦DATE:{fd(d0, 'wd')}⟧, ⟦DATE:{fd(d0, 'us')}⟧ at 6:02 AM
Subject: my sugar diary for dr ⟦NAME:{last(doc)}⟧
To: ⟦EMAIL:frontdesk@{pick(['sorghumvalleyfp', 'eightmilecreekim'])}.example⟧
X-Originating-IP: [⟦IP:{ip()}⟧]

hi, this is my diary since the last visit like you asked. sorry it is long.

⟦DATE:{fd(d0 - dt.timedelta(6), 'wd')}⟧ - fasting 162. walked 2 miles on the river trail. dawn phenomenon again i think??
⟦DATE:{fd(d0 - dt.timedelta(5), 'md')}⟧ - 148. my dad ⟦NAME:{given("m")}⟧ (he is ⟦AGE:{dad_age}⟧!!) had a fall so i drove to ⟦LOCATION:{pick(TOWNS)}⟧ and ate junk.
⟦DATE:{fd(d0 - dt.timedelta(4), 'md')}⟧ - 201. forgot the metformin. chase with water like ⟦NAME:{pick(FIRST)}⟧ the nurse said.
⟦DATE:{fd(d0 - dt.timedelta(2), 'mon_d')}⟧ - 131. church potluck at ⟦ORGANIZATION:{pick(['Grace Fellowship of Osage Bend', 'St. Wenceslas Parish', 'New Hope Missionary Baptist Church'])}⟧, had the olive oil cake.
also my insurance card changed, new member # ⟦ID:{digits(3)}{pick('KQW')}{digits(6)}⟧ with ⟦ORGANIZATION:{pick(INSURERS)}⟧.
and the pharmacy ⟦ORGANIZATION:{pick(PHARMACIES)}⟧ says prior auth needed for the ozempic, their fax is ⟦PHONE:{phone(2)}⟧.
can i get the appointment on ⟦DATE:{fd(d0 + dt.timedelta(9), 'ord')}⟧ instead?? i work at ⟦ORGANIZATION:{pick(EMPLOYERS)}⟧ til 3.
thank you ⟦NAME:{first(pt)}⟧

--- forwarded to ⟦NAME:{ma}⟧ (ma) by front desk ⟦DATE:{fd(d0, 'md')}⟧: pls add to chart, mrn ⟦ID:{digits(7)}⟧, see link ⟦URL:https://chart.sorghumvalleyfp.example/pt/{digits(6)}/inbox⟧
"""


def abroad_discharge(k: int) -> str:
    country, hosp, cty, region, pc, street, suburb, ph1, ph2, idlab, idval, (holiday, d0), ward, gp_practice, funder = ABROAD[k]
    pt, cons, reg, gp = person(), person(), person(), person()
    age = R.randrange(90, 96)
    datef = "dmy" if k < 2 else "long"
    return f"""⟦ORGANIZATION:{hosp.upper()}⟧
DISCHARGE SUMMARY (⟦LOCATION:{country}⟧)
Patient: ⟦NAME:{pt}⟧    {idlab}: ⟦ID:{idval}⟧    DOB: ⟦DATE:{fd(dob(age), datef)}⟧ (⟦AGE:{age}⟧ yrs)
Address: ⟦ADDRESS:{street}⟧, ⟦LOCATION:{suburb}⟧, ⟦LOCATION:{cty}⟧ ⟦ZIP:{pc}⟧, ⟦LOCATION:{region}⟧, ⟦LOCATION:{country}⟧
Phone: ⟦PHONE:{ph1}⟧  Mobile: ⟦PHONE:{ph2}⟧
Admitted: ⟦DATE:{fd(d0, datef)}⟧   Discharged: ⟦DATE:{fd(d0 + dt.timedelta(6), datef)}⟧   Ward: {ward}
Consultant: ⟦NAME:{cons}⟧ (General Medicine)   Registrar: Dr ⟦NAME:{last(reg)}⟧
Diagnosis: community-acquired pneumonia, CURB-65 of 3; delirium (4AT 6).
Course: IV amoxicillin-clavulanate then oral. Waterlow score 18 - pressure care. Norton scale not used.
Admitted over ⟦DATE:{holiday}⟧ (⟦DATE:{fd(d0, 'mon_d')}⟧); family were overseas in ⟦LOCATION:{pick(['Perth', 'Auckland', 'Manila', 'London'])}⟧.
Next of kin: ⟦NAME:{person("m")}⟧ (son) ⟦PHONE:{ph2[:-2] + digits(2)}⟧.
GP: Dr ⟦NAME:{gp}⟧, ⟦ORGANIZATION:{gp_practice}⟧ - please review in 1 week.
Funded via {funder} no. ⟦ID:{digits(3)}{R.choice('ABCD')}{digits(5)}⟧.
Electronically signed ⟦NAME:{last(cons)}⟧ ⟦DATE:{fd(d0 + dt.timedelta(6), 'dot')}⟧ 16:12
"""


STYLES = [picu, fracture_clinic, cardiology_letter, irf_conference, critical_call_log, home_infusion_order,
          burn_flowsheet, hyperbaric_log, optometry, pain_agreement, travel_medicine, ivf, pft_lab, tube_feeding,
          snf_placement, ambulance_billing, tricare, nurse_line_chat, patient_email, abroad_discharge]
#: notes written in one case throughout: (style, variant) -> "upper" | "lower"
CASES = {("burn_flowsheet", 0): "upper", ("burn_flowsheet", 1): "upper", ("burn_flowsheet", 2): "upper",
         ("hyperbaric_log", 0): "upper", ("hyperbaric_log", 1): "upper", ("critical_call_log", 2): "upper",
         ("patient_email", 0): "lower", ("patient_email", 2): "lower", ("nurse_line_chat", 1): "lower"}


def render(marked: str, case: str | None) -> tuple[str, list[dict]]:
    """Strip the markers; spans are where each value landed. ``case`` folds literal text and values alike."""
    fold = {"upper": str.upper, "lower": str.lower}.get(case, lambda s: s)
    out, spans, pos, at = [], [], 0, 0
    for m in MARK.finditer(marked):
        literal = fold(marked[pos:m.start()])
        out.append(literal)
        at += len(literal)
        value = fold(m.group(2))
        spans.append({"start": at, "end": at + len(value), "label": m.group(1)})
        out.append(value)
        at += len(value)
        pos = m.end()
    out.append(fold(marked[pos:]))
    return "".join(out), spans


def main() -> None:
    for i, style in enumerate(STYLES):
        for k in range(3):
            marked = unicodedata.normalize("NFC", style(k))
            text, spans = render(marked, CASES.get((style.__name__, k)))
            record = {"id": f"holdout7-{i * 3 + k + 1:03d}", "style": style.__name__, "text": text, "spans": spans}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
