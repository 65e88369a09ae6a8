# ruff: noqa: E501  (each template line is one line of note text)
"""Write the sixth blind hold-out de-identification gold set (synthetic notes, JSONL on stdout).

Written without reading the redaction rules. Each note is built from a template in which every PHI
value is inserted through a marker (``⟦LABEL:value⟧``); the markers are stripped and the spans are the
offsets where the values landed, never found by searching the text. All people, places, numbers and
organisations are invented. Twenty note styles none of the earlier sets used (i2b2-style longitudinal
clinic notes with shifted years, ED MDM, stroke code, ME report, MedWatch, I-693, ...).
Run: ``python tests/data/generate_holdout6_notes.py > tests/data/holdout6_notes_gold.jsonl``.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
import unicodedata

SEED = 6266
MARK = re.compile(r"⟦([A-Z]+):(.*?)⟧", re.S)
R = random.Random(SEED)

FIRST = ["Anneliese", "Chidera", "Rafferty", "Yolanda", "Tevita", "Marisol", "Bartholomew", "Ngozi", "Soledad",
         "Kenji", "Ottilie", "Dariusz", "Folasade", "Cormac", "Ximena", "Habib", "Wilhelmina", "Tamar",
         "Ignatius", "Pania", "Jovan", "Lucinda", "Anselm", "Makoa", "Zofia", "Ruairi", "Delphine", "Kiran",
         "Esperanza", "Osvaldo", "Hope", "Will", "Rose", "Faith", "Hunter", "Sterling", "Summer", "Sage",
         "Dean", "Joy", "June", "Ivy", "Cliff", "Dusty", "Bao-Tran", "Lemlem", "Sione", "Agustín", "Eilidh"]
LAST = ["Okafor-Reyes", "Thistlewood", "Vukovic", "Aumua", "Brennan-Hale", "Castellanos", "Delacroix",
        "Eriksdottir", "Fairweather", "Gwynedd", "Hollingsworth", "Iwasaki", "Jaramillo", "Kalani",
        "Marchetti", "Nakashima", "Oyelaran", "Quintero", "Rautenbach", "Szczepanski", "Tuilagi", "Umberger",
        "Valderrama", "Wojcik", "Yazzie", "Zielinski", "Ferreira", "MacLennan", "Ó Dálaigh", "Bergström",
        "Young", "King", "Hunter", "Bishop", "Strong", "Wise", "Moody", "Love", "Page", "Bell", "Banks",
        "Marsh", "Stone", "Frost", "Price", "Cross", "Tesfaye", "Haile", "Ngata", "de la Cruz", "Mbeki-Oduya"]
CITIES = [("Bozeman", "MT", "59715"), ("Ames", "IA", "50010"), ("Paducah", "KY", "42001"),
          ("Hattiesburg", "MS", "39401"), ("Pueblo", "CO", "81003"), ("Muncie", "IN", "47303"),
          ("Bangor", "ME", "04401"), ("Yakima", "WA", "98901"), ("Kalamazoo", "MI", "49007"),
          ("Florence", "SC", "29501"), ("Lafayette", "LA", "70501"), ("Enid", "OK", "73701"),
          ("Rapid City", "SD", "57701"), ("Twin Falls", "ID", "83301"), ("Laredo", "TX", "78040"),
          ("Flagstaff", "AZ", "86001"), ("Burlington", "VT", "05401"), ("Cheyenne", "WY", "82001"),
          ("Hope Mills", "NC", "28348"), ("Kingman", "AZ", "86401"), ("Marion", "IL", "62959")]
STATE_NAMES = {"MT": "Montana", "IA": "Iowa", "KY": "Kentucky", "MS": "Mississippi", "CO": "Colorado",
               "IN": "Indiana", "ME": "Maine", "WA": "Washington", "MI": "Michigan", "SC": "South Carolina",
               "LA": "Louisiana", "OK": "Oklahoma", "SD": "South Dakota", "ID": "Idaho", "TX": "Texas",
               "AZ": "Arizona", "VT": "Vermont", "WY": "Wyoming", "NC": "North Carolina", "IL": "Illinois"}
TOWNS = ["Warren", "Lodgepole", "Stillwater Crossing", "Kettle Falls", "Bayard", "Sugar Grove", "Red Oak",
         "Mount Vernon", "Beulah", "Shelbyville", "Valentine", "Chester", "Eureka Springs", "Crete"]
STREETS = ["2217 Larchwood Terrace", "48 Gannet Point Rd", "1605 E. Sycamore Blvd Apt 12", "77 Old Ferry Lane",
           "930 Prairie Smoke Dr", "14 Wren Hollow Ct", "3318 County Road 11", "502 Bitterroot Ave, Unit C",
           "61 Tamarack Street", "1207 N. Juniper Way", "8 Chisholm Trail Loop", "415 Millrace Row #3"]
HOSPITALS = ["Calloway Ridge Medical Center", "Sandhill Regional", "Larchmont Health", "St. Odilia Medical Center",
             "Bluestem Health", "Tallgrass Memorial", "Kestrel Bay Medical Center", "Northfork General",
             "Prairie Lantern Health System", "Redhaven University Medical Center", "Mercy St. Cuthbert"]
CLINICS = ["Juniper Family Medicine", "Copperline Oncology", "Silverbell Sports Medicine", "Eastgate Infusion Center",
           "Owl Creek Behavioral Health", "Harbor Lights Pediatrics", "Meadowlark Endocrine Associates",
           "Two Rivers Cardiology", "Beacon Street Radiation Oncology", "Keystone Civil Surgeon Clinic"]
EMPLOYERS = ["Bitterroot Timber Co.", "Ames Grain Cooperative", "Paducah Barge Works", "Kalamazoo Spring & Wire",
             "Northern Pacific Linen Service", "Yakima Valley Packing", "Tri-County Transit Authority",
             "Lafayette Parish School Board", "Sooner Drilling Supply"]
INSURERS = ["Medica", "Humana Gold Plus", "Ambetter", "Wellcare", "Anthem Blue Cross", "Cigna", "Aetna",
            "Medicaid (Healthy Connections)", "TRICARE West"]
PHARMACIES = ["Hy-Vee Pharmacy", "Meijer Pharmacy #212", "Publix Pharmacy", "Bi-Mart Pharmacy", "Fred Meyer Pharmacy",
              "Sav-On Drug #41"]
SCHOOLS = ["Ames High School", "Muncie Central", "Kettle Falls Middle School", "Flagstaff Christian Academy",
           "Enid Senior High"]
COUNTRIES = [("Philippines", "Cebu"), ("Ethiopia", "Addis Ababa"), ("Guatemala", "Quetzaltenango"),
             ("Nepal", "Pokhara"), ("Ukraine", "Kharkiv"), ("Haiti", "Cap-Haitien"), ("Vietnam", "Da Nang"),
             ("Somalia", "Hargeisa"), ("El Salvador", "San Miguel"), ("Moldova", "Balti")]
DOMAINS = ["tallgrass-mem.org", "kestrelbay.health", "larchmonthealth.net", "copperline-onc.com", "gmail.com",
           "yahoo.com", "protonmail.com", "outlook.com", "odilia.org", "bluestem.care"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
HOLIDAYS = ["Thanksgiving", "Christmas Eve", "New Year's Day", "Labor Day", "Fourth of July", "Memorial Day",
            "Easter Sunday", "Christmas"]


def m(label: str, value: str) -> str:
    return f"⟦{label}:{value}⟧"


def pick(seq):
    return R.choice(seq)


def person() -> tuple[str, str]:
    return pick(FIRST), pick(LAST)


def N(p: tuple[str, str], form: str = "fl") -> str:
    """A person's name in one of many forms, as a NAME marker (titles stay outside)."""
    first, last = p
    mi = "ABCDEFGHJKLMNPRSTW"[(len(first) * 7 + len(last)) % 18]
    value = {"fl": f"{first} {last}", "lf": f"{last}, {first}", "l": last, "f": first,
             "il": f"{first[0]}. {last}", "fml": f"{first} {mi}. {last}", "LF": f"{last.upper()}, {first.upper()}",
             "ini": f"{first[0]}{mi}{last[0]}", "inidot": f"{first[0]}.{last[0]}.", "lfi": f"{last}, {first[0]}."}[form]
    return m("NAME", value)


def D(d: dt.date, form: str = "mdy") -> str:
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    mon = MONTHS[d.month - 1]
    value = {"mdy": f"{d.month:02d}/{d.day:02d}/{d.year}", "mdys": f"{d.month}/{d.day}/{d.year % 100:02d}",
             "md": f"{d.month}/{d.day}", "iso": d.isoformat(), "long": f"{mon} {d.day}, {d.year}",
             "dmyl": f"{d.day} {mon} {d.year}", "dmon": f"{d.day:02d}-{mon[:3]}-{d.year % 100:02d}",
             "mond": f"{mon[:3]} {d.day}", "ord": f"{d.day}{suffix} of {mon}", "wd": d.strftime("%A"),
             "mil": f"{d.day:02d}{mon[:3].upper()}{d.year}", "dots": f"{d.month:02d}.{d.day:02d}.{d.year}",
             "monl": f"{mon} {d.day}", "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}"}[form]
    return m("DATE", value)


def Y(year: int) -> str:
    return m("YEAR", str(year))


def A(age: int) -> str:
    return m("AGE", str(age))


def digits(n: int) -> str:
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def PH(form: str = "") -> str:
    area = pick(["406", "515", "270", "601", "719", "765", "207", "509", "269", "843", "337", "580", "605", "208"])
    a, b = f"{R.randint(2, 9)}{digits(2)}", digits(4)
    form = form or pick(["paren", "dash", "slash", "dots", "intl", "ext"])
    value = {"paren": f"({area}) {a}-{b}", "dash": f"{area}-{a}-{b}", "slash": f"{area}/{a}-{b}",
             "dots": f"{area}.{a}.{b}", "intl": f"+1 {area} {a} {b}", "ext": f"({area}) {a}-{b} x{digits(3)}",
             "pager": f"{R.randint(2, 8)}-{digits(4)}", "local": f"{a}-{b}", "plain": f"{area}{a}{b}"}[form]
    return m("PHONE", value)


def EM(p: tuple[str, str], domain: str = "") -> str:
    first, last = (unicodedata.normalize("NFKD", part).encode("ascii", "ignore").decode() for part in p)
    local = re.sub(r"[^a-z]", "", last.lower()) or "x"
    user = pick([f"{first[0].lower()}{local}", f"{re.sub(r'[^a-z]', '', first.lower())}.{local}",
                 f"{local}{R.randint(1, 99)}"])
    return m("EMAIL", f"{user}@{domain or pick(DOMAINS)}")


def SSN() -> str:
    area = R.choice([R.randint(1, 665), R.randint(667, 899)])
    return m("SSN", f"{area:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}")


def CARD() -> str:
    body = [int(c) for c in pick(["4", "51", "37", "6011"])] + [R.randint(0, 9) for _ in range(15)]
    body = body[:15]
    total = 0
    for i, d in enumerate(reversed(body)):
        d = d * 2 if i % 2 == 0 else d
        total += d - 9 if d > 9 else d
    body.append((10 - total % 10) % 10)
    raw = "".join(map(str, body))
    return m("CARD", " ".join(raw[i:i + 4] for i in range(0, 16, 4)))


def IBAN() -> str:
    cc, bban = pick([("DE", digits(18)), ("NL", "RABO" + digits(10)), ("GB", "NWBK" + digits(14)),
                     ("FR", digits(10) + "A" + digits(12)), ("ES", digits(20))])
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    raw = f"{cc}{98 - num % 97:02d}{bban}"
    return m("IBAN", " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)))


def ID(form: str = "") -> str:
    form = form or pick(["mrn", "acct", "fin", "csn"])
    value = {"mrn": f"{R.randint(1, 9)}{digits(7)}", "mrnd": f"{digits(2)}-{digits(3)}-{digits(3)}",
             "e": f"E{digits(7)}", "acct": digits(12), "fin": f"{digits(2)}-{digits(3)}-{digits(4)}",
             "csn": "10" + digits(8), "policy": f"{pick(['ZGH', 'XQP', 'MDA', 'HUM'])}{digits(7)}",
             "member": f"W{digits(4)} {digits(5)}", "npi": "1" + digits(9), "dea": f"B{pick('KMRT')}{digits(7)}",
             "acc": f"CH{digits(2)}-{digits(6)}", "serial": f"{digits(2)}{pick(['KX', 'QR', 'TM'])}-{digits(5)}",
             "case": f"{digits(2)}-{digits(4)}", "lic": f"MD.{digits(7)}", "anum": f"A{digits(3)} {digits(3)} {digits(3)}",
             "pass": f"{pick(['P', 'EC', 'FA'])}{digits(7)}", "plate": f"{R.randint(1, 9)}{pick(['KRD', 'BXT', 'WLM'])}{digits(3)}",
             "subj": f"{digits(3)}-{digits(3)}-{digits(4)}", "claim": f"CLM-{digits(9)}"}[form]
    return m("ID", value)


def URL(path: str) -> str:
    return m("URL", path)


def IP() -> str:
    return m("IP", pick([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                         f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                         f"{R.randint(23, 99)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"]))


def place() -> tuple[str, str, str, str]:
    """(LOCATION city, STATE abbr, ZIP, ADDRESS street) markers of one address."""
    city, st, zc = pick(CITIES)
    return m("LOCATION", city), m("STATE", st), m("ZIP", zc), m("ADDRESS", pick(STREETS))


def org(pool: list[str]) -> str:
    return m("ORGANIZATION", pick(pool))


def loc(name: str = "") -> str:
    return m("LOCATION", name or pick(TOWNS))


def day(base: dt.date, offset: int) -> dt.date:
    return base + dt.timedelta(days=offset)


def base_date(years: tuple[int, int] = (2025, 2026)) -> dt.date:
    return dt.date(R.randint(*years), R.randint(1, 12), R.randint(1, 28))


# --- the twenty note styles (i: which of the three notes of the style) ---------------------------

def s_longitudinal(i: int) -> str:
    """i2b2-2014-like diabetic/cardiac clinic note, date-shifted into the 2090s."""
    b = base_date((2088, 2093))
    pt, wife, doc, cardio, pcp = person(), person(), person(), person(), person()
    city, st, _, _ = place()
    age_line = f"{A(R.randint(90, 97))} yo" if i == 2 else f"{R.randint(58, 79)} yo"
    return f"""Record date: {D(b, 'iso')}

{org(['Meadowlark Endocrine Associates', 'Juniper Family Medicine', 'Sandhill Regional Internal Medicine'])}
{N(pt, 'fl')}
MRN: {ID('mrn')}

{N(pt, 'f')} is a {age_line} man with DM2 (dx {Y(b.year - R.randint(12, 30))}), HTN, hyperlipidemia and CAD s/p CABG x3 in {Y(b.year - R.randint(3, 9))} at {org(HOSPITALS)}, here for 3 month f/u. Last seen {D(day(b, -91), 'mdys')}.

Interval hx: Went to {city} for {m('DATE', pick(HOLIDAYS))} to see his grandchildren, ate poorly and sugars ran 200s. No CP, no DOE beyond baseline, 2 pillow orthopnea unchanged. Saw Dr. {N(cardio, 'l')} at {org(['Two Rivers Cardiology', 'Tallgrass Heart & Vascular'])} on {D(day(b, -20), 'md')}, echo EF 40-45%, Holter w/o events. Wife {N(wife, 'f')} keeps a log; she will bring the meter next time.

Meds: metformin 1000 bid, glipizide 5 qd, lisinopril 20, metoprolol succinate 50, atorvastatin 80, ASA 81.
Allergies: sulfa (rash).

Labs: A1c 8.4 ({D(day(b, -95), 'md')}) -> 7.9 today. Cr 1.3, K 4.6. LDL 71. Urine microalb 44.

PE: BP 148/82, P 64, wt 221 lb (up 4). JVP 7 cm. Lungs clear. RRR, II/VI SEM at RUSB. Feet: monofilament intact bilat, no ulcers; dorsalis pedis 1+.

A/P:
1. DM2 - suboptimal after the holidays. Add empagliflozin 10. Hope to avoid insulin; will recheck A1c in 3 mo.
2. CAD/ischemic CMP - stable, NYHA II. Cont BB, statin. F/u Dr. {N(cardio, 'l')} {m('DATE', MONTHS[(b.month + 1) % 12])}.
3. HTN - not at goal, recheck BP at home, ok to call nurse {N(person(), 'f')} at {PH('dash')}.
4. HCM: flu shot given; colonoscopy {Y(b.year - 2)} ({org(HOSPITALS)}) nl.

RTC {D(day(b, 84), 'mdys')} or sooner.

______________________
{N(doc, 'fml')}, M.D.
cc: {N(pcp, 'fl')}, MD ({state_name(st)})
"""


def state_name(abbr_marker: str) -> str:
    abbr = MARK.match(abbr_marker).group(2)
    return m("STATE", STATE_NAMES[abbr])


def s_ed_mdm(i: int) -> str:
    b = base_date()
    pt, doc, res, nurse, son = person(), person(), person(), person(), person()
    city, st, zc, addr = place()
    return f"""EMERGENCY DEPARTMENT PHYSICIAN NOTE
{org(HOSPITALS)} - Adult ED
Patient: {N(pt, 'lf')}   DOB: {D(dt.date(R.randint(1938, 1990), R.randint(1, 12), R.randint(1, 28)), 'mdy')}   MRN: {ID('e')}   Visit: {ID('fin')}
Arrival: {D(b, 'mdy')} 02:47 by private vehicle   Attending: {N(doc, 'fl')}, MD   Resident: {N(res, 'fl')}, DO

CC: abdominal pain x 2 days

HPI: {R.randint(34, 71)}M presents w/ RLQ pain since {D(day(b, -2), 'wd')} evening, anorexia, one episode NBNB emesis. Denies fevers at home. Brought in by son {N(son, 'f')} who lives with him at {addr}, {city}.

ROS: otherwise neg x10.
PMH: GERD, kidney stone {Y(b.year - 6)}. PSH: none. Social: works at {org(EMPLOYERS)}, avid deer hunter, 1/2 ppd smoker, no EtOH.

Exam: T 38.1 HR 104 BP 131/79 RR 18 SpO2 98% RA. Uncomfortable. McBurney point tenderness, + Rovsing, + psoas sign, Murphy's sign neg. No CVAT.

MDM: Differential includes appendicitis, ureteral stone, diverticulitis, less likely mesenteric ischemia. Alvarado score 8. WBC 14.6 with left shift; lipase wnl; UA 0-2 RBC. CT A/P w/ contrast: dilated appendix 11 mm with periappendiceal stranding, no abscess. Surgery (Dr. {N(person(), 'l')}) consulted at 05:10, agrees, to OR this AM. Zosyn given. Pain controlled with morphine 4 mg IV x2. Risk: high (decision for emergency surgery). I personally reviewed the CT images.

Dispo: admit to General Surgery. Son updated at bedside, phone {PH('paren')}.
Nurse: {N(nurse, 'fl')}, RN.  ED pharmacist paged {PH('pager')}.

Electronically signed {N(doc, 'fl')}, MD {D(b, 'mdys')} 06:02
"""


def s_admission_hp(i: int) -> str:
    b = base_date()
    pt, wife, doc, pcp, daughter = person(), person(), person(), person(), person()
    city, st, zc, addr = place()
    old = i == 1
    age = A(R.randint(90, 99)) if old else str(R.randint(55, 84))
    mom_age = R.randint(90, 101)
    return f"""ADMISSION HISTORY AND PHYSICAL - Hospital Medicine
{org(HOSPITALS)}, 6 West
Name: {N(pt, 'fl')}    MRN {ID('mrnd')}    Adm date: {D(b, 'long')}
PCP: {N(pcp, 'lf')} MD, {org(['Juniper Family Medicine', 'Harbor Lights Primary Care', 'Red Oak Rural Health Clinic'])} (fax {PH('slash')})
Source: ED; history from patient and wife {N(wife, 'fl')}

Chief complaint: "I can't catch my breath."

HPI: {age}-year-old with HFrEF (EF 25% on TTE {D(day(b, -140), 'mdys')}), AF on apixaban, CKD3b, admitted with 2 weeks of progressive DOE, 12 lb weight gain and 3+ leg edema. Ran out of torsemide around {D(day(b, -9), 'monl')} when {org(PHARMACIES)} had a delay. He will not tolerate lying flat. No chest pain.

PMH: HFrEF, AF (CHA2DS2-VASc 5), CKD, gout, BPH. Heart failure admit {Y(b.year - 1)} at {org(HOSPITALS)}.
Meds: torsemide 40 bid (not taking), carvedilol 6.25 bid, apixaban 2.5 bid, allopurinol 100, tamsulosin.
Allergies: ACE inhibitor (angioedema).
Social: retired machinist from {org(EMPLOYERS)}. Lives with wife at {addr}, {city}, {st} {zc}. Former smoker, quit {Y(b.year - R.randint(20, 40))}. Has a living will; daughter {N(daughter, 'f')} ({PH('dots')}) is HCP.
Family: mother d. age {A(mom_age)} (CHF), father MI at 60.

Exam: BP 104/68 HR 112 irreg RR 24 SpO2 91% 2L. JVP to angle of jaw, + hepatojugular reflux, bibasilar crackles, S3. 3+ pitting edema to knees. Alert, oriented x3.
Data: BNP 2,410. Na 131, K 5.1, Cr 2.1 (baseline 1.6). Troponin 0.04, rose to 0.05. CXR: pulmonary vascular congestion, small bilateral effusions. ECG: AF w/ RVR 118, LBBB (old).

Assessment/Plan:
# Acute on chronic HFrEF - IV furosemide 80 bid, strict I/O, daily weights, fluid restriction 1.5 L.
# AF w/ RVR - rate control as pressure allows; continue apixaban.
# AKI on CKD - cardiorenal; trend.
# Goals: full code for now; family meeting {D(day(b, 2), 'wd')} with daughter.

{N(doc, 'fl')}, MD, Hospitalist  pager {PH('pager')}   {D(b, 'mdy')} 23:40
"""


def s_trauma_tertiary(i: int) -> str:
    b = base_date()
    pt, surg, res, mom = person(), person(), person(), person()
    city, st, zc, addr = place()
    return f"""TRAUMA SURGERY - TERTIARY SURVEY
{org(HOSPITALS)} Level I Trauma Center
Pt: {N(pt, 'LF')}   MRN {ID('mrn')}   Trauma alias: {m('ID', 'TRAUMA-' + pick(['ZULU', 'OSCAR', 'DELTA']) + '-' + digits(3))}
DOI: {D(b, 'dmon')}   Survey date: {D(day(b, 1), 'dmon')} (HD#2)

Mechanism: restrained driver, rollover MVC on Hwy {R.randint(12, 95)} near {loc()}, {state_name(pick([m('STATE', c[1]) for c in CITIES]))}; prolonged extrication, flown by {org(['LifeFlight 4', 'AirCare 2', 'Eagle Med 7'])} from {org(HOSPITALS)}.
Primary/secondary per trauma bay note by Dr. {N(res, 'l')}.

Injuries identified to date:
 - L 5-8 rib fractures, small L PTX (chest tube 28Fr placed {D(b, 'md')})
 - Grade II splenic laceration, nonop
 - R distal radius fx (Colles type), splinted; ortho to ORIF {D(day(b, 3), 'wd')}
 - R ankle: Weber B lateral malleolus fx, Ottawa ankle rules positive on re-exam
 - L2 transverse process fx, no canal compromise

Tertiary exam: GCS 15 (Glasgow Coma Scale E4V5M6). C-collar cleared clinically (NEXUS neg) {D(day(b, 1), 'md')}. New finding: R 5th MCP tenderness -> XR: boxer's fracture. Small scalp lac repaired. Cross-table lateral C-spine from OSH reviewed. Blood bank: type and screen current, MTP not activated. No frostbite despite 2 h extrication. Abrasions to L flank (seatbelt sign) - repeat CT A/P neg for hollow viscus injury.

Tertiary lines/tubes: L chest tube (-20 suction), PIV x2, Foley removed.
Social: lives at {addr}, {city} {zc}; works for {org(EMPLOYERS)}. Mother {N(mom, 'fl')} at bedside, cell {PH('intl')}. Vehicle plate {ID('plate')} logged by state patrol (report {ID('case')}).

Plan: incentive spirometry, multimodal analgesia, rib block; Hgb q8h x 24h; ortho ORIF radius + ankle; OT for hand. Tertiary complete.
{N(surg, 'fl')}, MD, FACS / {N(res, 'il')}, MD (PGY-3)
"""


def s_stroke_code(i: int) -> str:
    b = base_date()
    pt, neuro, tele, ed, hus = person(), person(), person(), person(), person()
    age = A(R.randint(90, 96)) if i != 1 else str(R.randint(61, 88))
    return f"""STROKE CODE NOTE (Telestroke)
Consulting: {N(tele, 'fl')}, MD, Vascular Neurology, {org(HOSPITALS)} Telestroke Network
Spoke site: {org(HOSPITALS)} ED, requesting {N(ed, 'fl')}, MD
Patient: {N(pt, 'fl')}  DOB {D(dt.date(R.randint(1926, 1960), R.randint(1, 12), R.randint(1, 28)), 'mdys')}  MRN {ID('mrn')}
Date: {D(b, 'long')}

Timeline: LKW {D(b, 'wd')} 07:15 (husband {N(hus, 'f')} saw her at breakfast); found 08:40 with R weakness and aphasia. Code stroke 08:52. CT 09:03, CTA 09:09, tPA decision 09:14.

{age} y/o F, HTN, AF not anticoagulated (fall risk), prior TIA {Y(b.year - 3)}.
NIHSS 17: LOC 1, questions 2, commands 1, gaze 1, visual 2, facial 2, RUE 3, RLE 2, ataxia 0, sensory 1, language 2, dysarthria 0, extinction 0. Pre-stroke modified Rankin 1.
CT head: no hemorrhage, ASPECTS 9. CTA: L M1 occlusion. Glucose 131. BP 178/94.
No contraindications per checklist (no DOAC, plt 212k, INR 1.0).

Plan: IV tenecteplase 0.25 mg/kg given 09:16 (door-to-needle 32 min). LVO -> transfer for thrombectomy to {org(HOSPITALS)}, accepted by Dr. {N(neuro, 'l')}, NeuroIR; {org(['LifeFlight 4', 'AirCare 2'])} ETA 25 min. BP <180/105 post-lytic. Neuro checks q15 min. NPO, swallow screen before PO. Will follow.

Discussed risks (sICH ~3-6%) with husband by phone {PH('paren')}; he agreed. Babinski present on R. Kernig neg.
Attestation: {N(tele, 'il')}, MD. Video via {URL('https://telestroke.' + pick(['kestrelbay.health', 'bluestem.care']) + '/s/' + digits(6))}, site IP {IP()}.
"""


def s_icu_progress(i: int) -> str:
    b = base_date()
    pt, att, fel, rt, son = person(), person(), person(), person(), person()
    return f"""MICU Attending Progress Note - {D(b, 'mdy')} (ICU day {R.randint(3, 12)})
{org(HOSPITALS)}  Bed 4-{R.randint(10, 30)}   {N(pt, 'lf')}   MRN {ID('mrn')}   CSN {ID('csn')}

24h events: self-extubated at 03:10, reintubated by {N(fel, 'l')} (Glidescope, grade 1 view). Levophed weaned to 0.04. Febrile to 38.6, cultures sent.

Vent: AC/VC 420/16/PEEP 10/FiO2 50%, Pplat 26, driving pressure 16. ABG 7.33/48/81. P/F 162.
Sedation: propofol 30, fentanyl 75; RASS -2 (Richmond Agitation-Sedation Scale), CAM-ICU +.
Lines: R IJ TLC placed {D(day(b, -4), 'md')} (day 5), L radial A-line {D(day(b, -2), 'md')}, OGT, Foley {D(day(b, -6), 'md')}.

Exam: sedated, withdraws x4. Coarse BS bilat. RRR. Abd soft. 1+ edema.
Labs: WBC 17.2, Hgb 7.8, Plt 99. Cr 1.9 (1.4), lactate 2.1. Procalcitonin 4.2.
Micro: BAL {D(day(b, -3), 'md')} MSSA; blood cx {D(day(b, -1), 'mond')} NGTD.

A/P: {R.randint(44, 79)}M with MSSA pneumonia and ARDS, septic shock improving.
- ARDS: low tidal volume, consider prone if P/F <150; SAT/SBT when FiO2 <=40%.
- MSSA: cefazolin 2 g q8, day 4/7.
- Shock: MAP >65, wean NE.
- AKI: avoid nephrotoxins, UOP 0.6 mL/kg/h.
- Dispo/family: son {N(son, 'fl')} (HCP) updated by phone {PH('dash')} at 16:30; he hopes to visit {D(day(b, 2), 'wd')}. Social work following. Full code.
RT {N(rt, 'fl')} present on rounds.

Critical care time 45 min excluding procedures. {N(att, 'fl')}, MD (Pulm/CCM); fellow {N(fel, 'fl')}, MD.
"""


def s_psych_hold(i: int) -> str:
    b = base_date()
    pt, officer, md, mom, sw = person(), person(), person(), person(), person()
    city, st, zc, addr = place()
    return f"""APPLICATION FOR EMERGENCY ADMISSION AND EVALUATION (72-HOUR HOLD)
Facility: {org(HOSPITALS)} Inpatient Psychiatry, Unit 3 North
Name of person detained: {N(pt, 'fl')}   AKA "{m('NAME', pick(['Rocky', 'Bird', 'Sunny', 'Junior']))}"
DOB {D(dt.date(R.randint(1960, 2005), R.randint(1, 12), R.randint(1, 28)), 'mdy')}   Residence: {addr}, {city}, {st} {zc}
Detained on {D(b, 'mdy')} at 21:35 by Officer {N(officer, 'fl')}, badge {ID('case')}, {org([c + ' Police Department' for c in ['Bozeman', 'Muncie', 'Enid', 'Yakima']])}

Circumstances: Mother {N(mom, 'fl')} ({PH('paren')}) called 911 after pt posted a goodbye note and was found on the {loc(pick(['Stillwater Crossing', 'Kettle Falls']))} bridge. Pt stated "I will not be here by {m('DATE', 'Friday')}." Prior attempt by overdose {Y(b.year - 2)}.

Probable cause: danger to self. Grave disability: no.

PSYCHIATRY DAILY NOTE - HOLD DAY {i + 1} ({D(day(b, i + 1), 'wd')})
S: Slept 5 h. States "I hope they let me go home." Denies current SI with plan, endorses passive death wish. Ate 50%.
MSE: disheveled, psychomotor slowed, speech low volume, mood "empty", affect constricted, TP linear, no AH/VH, insight partial, judgment impaired.
C-SSRS: ideation 4 (past month), behavior: aborted attempt {D(b, 'md')}.
Meds: sertraline 50 -> 100, hydroxyzine prn (x1).
Collateral: therapist {N(sw, 'fl')}, LCSW at {org(['Owl Creek Behavioral Health', 'Sagebrush Counseling Collective'])} ({PH('dash')}) - last session {D(day(b, -6), 'md')}.
Legal: hold expires {D(day(b, 3), 'mdy')} 21:35; certification hearing set if needed; patient advocate {N(person(), 'fl')} notified. Firearms: none in home per mother. Ward bishop from her church visited with her consent.
Plan: continue hold, safety precautions q15, family meeting with mother {D(day(b, 2), 'wd')}.
{N(md, 'fml')}, MD, attending psychiatrist   NPI {ID('npi')}
"""


def s_notifiable(i: int) -> str:
    b = base_date()
    pt, rep, inv, c1, c2, c3, c4 = (person() for _ in range(7))
    city, st, zc, addr = place()
    disease = ["Pertussis", "Measles (rubeola)", "Pulmonary tuberculosis"][i]
    return f"""CONFIDENTIAL MORBIDITY REPORT - Notifiable Condition
To: {org([c[0] + ' County Health Department' for c in CITIES[:8]])}, Epidemiology   Fax {PH('dash')}
Reported by: {N(rep, 'fl')}, RN, Infection Prevention, {org(HOSPITALS)}  {EM(rep, 'tallgrass-mem.org')}
Condition: {disease}   Onset: {D(day(b, -10), 'mdy')}   Dx date: {D(b, 'mdy')}   Report date: {D(day(b, 1), 'mdy')}

Case: {N(pt, 'LF')}   Sex F   DOB {D(dt.date(R.randint(1950, 2020), R.randint(1, 12), R.randint(1, 28)), 'mdy')}
Address: {addr}, {city}, {st} {zc}   County: {m('LOCATION', pick(['Gallatin', 'Story', 'McCracken', 'Forrest', 'Delaware']) + ' County')}
Phone {PH('paren')}   Occupation/school: {org(SCHOOLS + EMPLOYERS)}
Lab: PCR positive, accession {ID('acc')}, collected {D(day(b, -1), 'md')}. Vaccination hx: incomplete per registry.
Travel: returned from {m('LOCATION', pick(COUNTRIES)[0])} on {D(day(b, -16), 'long')}; flight via {loc(pick(['Denver', 'Atlanta', 'Minneapolis']))}.
Hospitalized: yes, {D(b, 'md')} - airborne isolation.

Contacts identified (household / close):
| Name | Relation | Age | Phone | Exposure |
| {N(c1, 'fl')} | spouse | 44 | {PH('dash')} | household |
| {N(c2, 'f')} | child | 9 | same | household |
| {N(c3, 'fl')} | grandmother | {A(R.randint(90, 94))} | {PH('dots')} | visited {D(day(b, -5), 'wd')} |
| {N(c4, 'fl')} | coworker | 38 | {PH('slash')} | shared van |

Investigator: {N(inv, 'fl')}, MPH, Communicable Disease Investigator. Case # {ID('case')}. Will follow contacts for 21 days; post-exposure prophylaxis offered. Hope to close by {D(day(b, 21), 'mdy')}.
"""


def s_poison_control(i: int) -> str:
    b = base_date()
    caller, spi, pt, tox = person(), person(), person(), person()
    city, st, zc, addr = place()
    age = A(R.randint(90, 95)) if i == 0 else str(R.randint(2, 40))
    agent = ["DIGOXIN (ACCIDENTAL DOUBLE DOSE)", "POISON IVY + DIPHENHYDRAMINE CREAM, ORAL", "ACETAMINOPHEN ER 650 MG x 14"][i]
    return f"""TRI-STATE POISON CENTER - CASE LOG
CASE {ID('case')}   DATE {D(b, 'mdys')}   CALL START 19:42   SPI: {N(spi, 'l')} ({N(spi, 'ini')})
CALLER: {N(caller, 'fl')} (DAUGHTER)   CALLBACK {PH('paren')}   CALLER SITE: RESIDENCE, {city} {st}
PT: {N(pt, 'f')}   AGE {age}   WT 61 KG   SEX F
SUBSTANCE: {agent}
ROUTE: INGESTION   REASON: UNINTENTIONAL - THERAPEUTIC ERROR   TIME OF EXPOSURE ~17:30
SX: NAUSEA, HR 52 PER HOME CUFF. NO VOMITING. NO VISUAL CHANGES.
REC: REFER TO HCF. CALLED {org(HOSPITALS)} ED, SPOKE W/ CHARGE RN {N(person(), 'fl')} {PH('dash')}. REC DIG LEVEL 6 H POST, K, BMP, ECG. DIGIFAB IF K>5 OR DYSRHYTHMIA.
F/U 21:15: PT IN ED, LEVEL 3.1, K 4.4, HR 48. DIGIFAB 2 VIALS GIVEN PER TOX ON CALL {N(tox, 'fl')}, MD (PAGER {PH('pager')}).
F/U {D(day(b, 1), 'mdys')} 08:10: ADMITTED TELEMETRY, HR 66. PT WILL FOLLOW W/ PCP {N(person(), 'lfi')}.
MEDICAL OUTCOME: MODERATE EFFECT. CASE CLOSED {D(day(b, 1), 'dmon')} BY {N(spi, 'ini')}.
"""


def s_medical_examiner(i: int) -> str:
    b = base_date()
    dec, path, inv, kin, pcp = (person() for _ in range(5))
    city, st, zc, addr = place()
    old = i != 2
    return f"""OFFICE OF THE CHIEF MEDICAL EXAMINER - REPORT OF AUTOPSY
{org(['Office of the Chief Medical Examiner, District 4', 'Northern Regional Forensic Center'])}
Decedent: {N(dec, 'LF')}     ME Case No. {m('ID', 'ME' + str(b.year % 100) + '-' + digits(4))}
Age: {A(R.randint(90, 98)) if old else R.randint(23, 60)}   Sex: M   Race: W
Date of death: {D(b, 'dmyl')}   Date of autopsy: {D(day(b, 1), 'dmyl')}
Place of death: residence, {addr}, {city}, {st}
Pronounced by: {N(inv, 'fl')}, Medicolegal Death Investigator, at 06:55
Identified by: {N(kin, 'fl')} (nephew), visual, and fingerprints (AFIS {ID('case')})

CAUSE OF DEATH: Hypertensive and atherosclerotic cardiovascular disease
MANNER OF DEATH: Natural

HISTORY: Last known alive {D(day(b, -2), 'wd')} evening by a neighbor, {N(person(), 'fl')}. Found supine on kitchen floor; no signs of forced entry. Medical records from {org(['Juniper Family Medicine', 'Red Oak Rural Health Clinic'])} (Dr. {N(pcp, 'l')}) indicate HTN, CKD and a pacemaker placed {Y(b.year - 5)}.

EXTERNAL: {R.randint(160, 185)} cm, {R.randint(55, 90)} kg. Livor fixed, posterior. Rigor passing. Brown discoloration of the R lower quadrant (early decomposition). Arcus senilis. Healed midline sternotomy scar.
INTERNAL: Heart 560 g, concentric LVH (LV 1.8 cm); LAD 90% stenosis; no acute thrombus. No strong odor at the scene per investigator. Pacemaker generator SN {ID('serial')} removed and sent to manufacturer. Kidneys granular (nephrosclerosis). Brain 1240 g, no hemorrhage.
TOXICOLOGY: {org(['NMS Labs', 'Axis Forensic Toxicology'])} accession {ID('acc')}: no ethanol; amlodipine therapeutic.

Next of kin notified {D(day(b, 1), 'mdy')} by phone ({PH('intl')}). Personal effects released to {N(kin, 'f')}.
{N(path, 'fml')}, MD, Associate Medical Examiner     {D(day(b, 9), 'long')}
"""


def s_sane(i: int) -> str:
    b = base_date()
    pt, sane, adv, det, friend = (person() for _ in range(5))
    return f"""SEXUAL ASSAULT NURSE EXAMINER (SANE) - FORENSIC MEDICAL EXAMINATION
{org(HOSPITALS)} Forensic Nursing Program
Patient: {N(pt, 'fl')}   MRN {ID('mrn')}   Kit # {m('ID', 'SAK-' + digits(6))}
Exam date/time: {D(b, 'mdy')} 03:20   Assault reported: {D(day(b, -1), 'mdy')} approx 23:00
Law enforcement: Det. {N(det, 'fl')}, {org(['Pueblo Police Department', 'Ames Police Department', 'Gallatin County Sheriff'])}, report {ID('case')}, cell {PH('dash')}
Advocate present: {N(adv, 'fl')}, {org(['YWCA Crisis Services', 'Safe Harbor Advocacy Center'])} (hotline {PH('paren')})

History (patient's words): "I was at a party at a friend's place on {m('ADDRESS', pick(STREETS))}. I had two drinks, then I don't remember. My friend {N(friend, 'f')} drove me home."
Suspect: unknown male, described as young, tall, brown jacket.
Consent: medical exam, evidence collection, photographs - signed; declines law enforcement release at this time (kit stored anonymously, 2 yrs).

Exam: alert, tearful. Bruising L upper arm (3 x 2 cm, 4 fingertip-pattern), abrasion R knee. Toluidine blue applied to posterior fourchette: uptake at 6 o'clock. No active bleeding.
Evidence: swabs x8, underwear, fingernail scrapings, blood and urine for DFSA tox (sent {D(b, 'md')}). Chain of custody to Det. {N(det, 'l')} 05:40.
Treatment: ceftriaxone, doxycycline, metronidazole deferred (EtOH), HIV nPEP started (Biktarvy 28 d), levonorgestrel 1.5 mg, Tdap.
Follow-up: ID clinic {D(day(b, 3), 'wd')}, {org(['Larchmont Health Infectious Disease', 'Northfork Positive Care Clinic'])}; counseling referral. Safe place to stay with sister in {loc()}.
{N(sane, 'fl')}, RN, SANE-A   {N(sane, 'ini')}
"""


def s_cps_referral(i: int) -> str:
    b = base_date()
    child, mom, dad, rep, worker, teacher = (person() for _ in range(6))
    city, st, zc, addr = place()
    return f"""CHILD PROTECTIVE SERVICES - MANDATED REPORTER WRITTEN REFERRAL
To: {org(['Department of Children and Family Services', 'Division of Child and Family Services'])}, {city} Regional Office   Intake line {PH('dash')}
Oral report made {D(b, 'mdy')} 14:20 to intake worker {N(worker, 'fl')}; intake # {ID('case')}

Reporter: {N(rep, 'fl')}, MD, Child Abuse Pediatrics, {org(HOSPITALS)}   {PH('ext')}   {EM(rep, 'redhaven.edu')}
Child: {N(child, 'fl')}   DOB {D(dt.date(b.year - R.randint(1, 6), R.randint(1, 12), R.randint(1, 28)), 'mdy')}   Sex M
Home address: {addr}, {city}, {st} {zc}
Mother: {N(mom, 'fl')} {PH('paren')}   Father: {N(dad, 'fl')} (not in home; lives in {loc()})
Daycare: {org(['Little Acorns Learning Center', 'Kinder Care #0412', 'Busy Bees Child Development'])}, teacher {N(teacher, 'f')} {N(teacher, 'l')}

Concern: 14-month-old with a posterior rib fracture (healing) and a classic metaphyseal lesion of the L distal tibia on skeletal survey {D(b, 'md')}; presented for "fussiness". Mother states he fell from the couch on {D(day(b, -4), 'wd')}. History not consistent with injuries. Patterned bruise on the L ear (TEN-4-FACESp positive).
Workup: skeletal survey, head CT neg, ophthalmology (Dr. {N(person(), 'l')}) - no retinal hemorrhages; LFTs, lipase, UA normal.
Siblings: {N(person()[0:1] + (child[1],), 'f')} (age 4) - recommend exam.
Safety: child admitted; hospital security aware. Father's girlfriend "{m('NAME', pick(['Kiki', 'Dee', 'Roxy']))}" has visited.
I will be available for follow-up at the number above; repeat skeletal survey in 2 weeks ({D(day(b, 14), 'mond')}).
"""


def s_medwatch(i: int) -> str:
    b = base_date()
    pt, rep, pharm = person(), person(), person()
    city, st, zc, addr = place()
    drug = ["Corvalen (apixazole) 5 mg tablets", "Nexaprine XR 150 mg", "Lumoderm topical gel 1%"][i]
    return f"""MEDWATCH - FDA FORM 3500 (Voluntary Report) - adverse event / product problem
Report #: {m('ID', digits(7) + '-' + str(b.year) + '-' + digits(5))}   Date of this report: {D(day(b, 6), 'mdy')}

A. PATIENT INFORMATION
Patient identifier: {N(pt, 'inidot')}   Age: {A(R.randint(90, 93)) if i == 0 else R.randint(30, 80)} yr   Sex: F   Weight: 58 kg
B. ADVERSE EVENT
Outcome: hospitalization (initial), required intervention
Date of event: {D(b, 'mdy')}
Describe event: Pt developed GI bleed with melena and Hgb drop 11.8 -> 7.1 nine days after starting {drug}. Admitted to {org(HOSPITALS)} {D(b, 'md')}; EGD by Dr. {N(person(), 'fl')} showed a gastric ulcer with visible vessel, clipped. 2 u PRBC. Drug stopped {D(b, 'md')}; dechallenge positive. Naranjo score 6 (probable).
Relevant history: AF, prior ulcer {Y(b.year - 11)}, NSAID use (ibuprofen OTC). No alcohol.
C. PRODUCT AVAILABILITY: returned to pharmacy
D. SUSPECT PRODUCT: {drug}; lot {m('ID', 'LT' + digits(6) + 'B')}; exp {m('DATE', f'{R.randint(1, 12):02d}/{b.year + 1}')}; start {D(day(b, -9), 'mdy')}; stop {D(b, 'mdy')}
   Manufacturer: {org(['Corvalen Pharmaceuticals', 'Helixa Biopharma GmbH', 'Stratum Generics Inc.'])}
   Dispensed by {org(PHARMACIES)}, Rx {m('ID', 'RX' + digits(7))}, pharmacist {N(pharm, 'fl')}, RPh
E. SUSPECT MEDICAL DEVICE: n/a
G. REPORTER
Name: {N(rep, 'fl')}, PharmD   Address: {addr}, {city}, {st} {zc}
Phone: {PH('paren')}   Email: {EM(rep)}
Health professional? Y   Occupation: clinical pharmacist, {org(HOSPITALS)}
Also reported to manufacturer: Y ({D(day(b, 5), 'mdy')})
"""


def s_trial_sae(i: int) -> str:
    b = base_date()
    pi, crc, monitor, pt, safety = (person() for _ in range(5))
    return f"""SERIOUS ADVERSE EVENT REPORT - INITIAL   [ ] follow-up #
Protocol: VRX-301-PH3 "A Phase 3, randomized, double-blind study of velostinib vs placebo in NSCLC"
Sponsor: {org(['Veridian Therapeutics', 'Helixa Biopharma GmbH'])}   CRO: {org(['Northstar Clinical Research', 'Quadrant CRO Ltd'])}
Site {R.randint(101, 140)} - {org(HOSPITALS)}   PI: {N(pi, 'fl')}, MD   Coordinator: {N(crc, 'fl')} {PH('ext')}
Subject ID: {ID('subj')}   Initials: {N(pt, 'ini')}   Year of birth: {Y(R.randint(1940, 1975))}   Sex: M
Randomization date: {D(day(b, -60), 'dmon')}   Last dose: {D(day(b, -2), 'dmon')} (cycle 3 day 15)

Event term (MedDRA): pneumonitis   Onset: {D(b, 'dmon')}   Awareness date: {D(day(b, 1), 'dmon')}
Seriousness: hospitalization; CTCAE grade 3
Narrative: Subject presented to the ED of {org(HOSPITALS)} on {D(b, 'dmyl')} with dyspnea and SpO2 86% RA. CT: bilateral ground-glass opacities. Infectious workup negative (BAL {D(day(b, 2), 'md')}). Treated with methylprednisolone 1 mg/kg; improved. Study drug interrupted. Causality per PI: probably related. Expectedness: listed in IB v7.
Concomitant meds: carboplatin/pemetrexed (completed), dexamethasone premed, ondansetron.
Subject reimbursement (travel) paid to {IBAN()} (subject resides part-time abroad) - do not forward to sponsor.

Reported to sponsor safety desk within 24h: {EM(safety, 'veridian-tx.com')}, fax {PH('intl')}. IRB notified {D(day(b, 4), 'mdy')} via {URL('https://irb.' + pick(['odilia.org', 'redhaven.edu']) + '/portal/' + digits(5))}.
CRA: {N(monitor, 'fl')}   PI signature: {N(pi, 'il')}   Date: {D(day(b, 1), 'dmyl')}
"""


def s_radonc(i: int) -> str:
    b = base_date()
    pt, rad, phys, pcp, onc = (person() for _ in range(5))
    return f"""RADIATION ONCOLOGY - TREATMENT SUMMARY
{org(['Beacon Street Radiation Oncology', 'Copperline Oncology', 'Kestrel Bay Cancer Institute'])}
Patient: {N(pt, 'lf')}   MRN: {ID('mrn')}   DOB: {D(dt.date(R.randint(1935, 1970), R.randint(1, 12), R.randint(1, 28)), 'mdys')}
Referring: {N(onc, 'fl')}, MD (Med Onc)   PCP: {N(pcp, 'fl')}, DO

Diagnosis: Adenocarcinoma of the prostate, cT2c N0 M0, Gleason 4+3=7 (Grade Group 3), PSA 11.4 at diagnosis ({m('DATE', MONTHS[b.month - 1] + ' ' + str(b.year - 1))}).
Intent: curative. ADT: leuprolide x 6 months started {D(day(b, -70), 'mdys')}.

Course:
| Site | Technique | Dose/fx | Fx | Total | Start | End |
| Prostate + SV | VMAT/IGRT | 2.5 Gy | 28 | 70 Gy | {D(day(b, -40), 'md')} | {D(b, 'md')} |
Elapsed days: 40 (1 break on {m('DATE', pick(['Thanksgiving', 'Labor Day', 'Memorial Day']))}). Fiducials placed {D(day(b, -55), 'mdys')} by Dr. {N(person(), 'l')}. SpaceOAR hydrogel.
Toxicity (CTCAE): GU grade 1 frequency; GI grade 1 loose stools. No grade 3+.
Physics plan check: {N(phys, 'fl')}, MS, DABR. Treated on TrueBeam 2 (vault B).

Follow-up: PSA in 3 months; see us {D(day(b, 42), 'long')}. He hopes to return to bowling league in {loc()}. Will send copy to Dr. {N(onc, 'l')} and {N(pcp, 'fl')} via fax {PH('dash')}.
{N(rad, 'fl')}, MD, Radiation Oncology  {D(b, 'mdy')}
"""


def s_chemo_infusion(i: int) -> str:
    b = base_date()
    pt, rn, rn2, pharm, onc, husband = (person() for _ in range(6))
    cycle = R.randint(2, 9)
    return f"""Infusion Nursing Note - {org(['Eastgate Infusion Center', 'Copperline Oncology'])}, chair {R.randint(1, 18)}
{D(b, 'wd')} {D(b, 'mdys')}   Pt {N(pt, 'fl')}   MRN {ID('mrn')}   Regimen: FOLFOX + bevacizumab, C{cycle}D1
Onc: Dr. {N(onc, 'l')}   Rx verified by {N(pharm, 'fl')}, PharmD

Arrived ambulatory w/ husband {N(husband, 'f')}. Reports grade 1 neuropathy fingertips (cold-induced), appetite fair, 1 lb wt loss. Denies fever, mouth sores. Port-a-Cath R chest accessed w/ 20G 3/4" Huber, + blood return, flushed easily. Labs: ANC 2.1, Plt 144, Cr 0.8, UPCR 0.3 -> ok to treat per parameters.
Premeds 09:05: ondansetron 16 mg, dexamethasone 12 mg IV.
09:30 bevacizumab 5 mg/kg over 30 min. 10:05 oxaliplatin 85 mg/m2 + leucovorin over 2 h. 12:15 5-FU bolus; 46-h pump (CADD SN {ID('serial')}) connected, disconnect {D(day(b, 2), 'wd')} here.
Independent double check: {N(rn, 'ini')} / {N(rn2, 'ini')}.
Education: avoid cold drinks x 5 days; call triage {PH('paren')} for T >= 100.4. Pt states "I will." Copay card on file ending (last 4 only) - full card {CARD()} entered by front desk in error, removed from note per policy {D(b, 'md')}.
Next: C{cycle + 1} {D(day(b, 14), 'mdys')}.
{N(rn, 'fl')}, RN, OCN
"""


def s_sports(i: int) -> str:
    b = base_date()
    ath, parent, at_, doc = person(), person(), person(), person()
    city, st, zc, addr = place()
    return f"""PREPARTICIPATION PHYSICAL EVALUATION - ATHLETIC CLEARANCE
{org(['Silverbell Sports Medicine', 'Copper Canyon Orthopaedics & Sports'])}
Athlete: {N(ath, 'fl')}   DOB {D(dt.date(b.year - R.randint(14, 19), R.randint(1, 12), R.randint(1, 28)), 'mdy')}   Grade 11
School: {org(SCHOOLS)}   Sport(s): football, wrestling   Coach: {N(person(), 'fl')}
Parent/guardian: {N(parent, 'fl')}   cell {PH('slash')}   {EM(parent, 'gmail.com')}
Address: {addr}, {city}, {st} {zc}
Insurance: {org(INSURERS)}, member {ID('member')}

History: concussion {m('DATE', MONTHS[(b.month + 6) % 12] + ' ' + str(b.year - 1))} (helmet-to-helmet), symptoms resolved in 9 days; no syncope with exertion, no FHx of sudden death < 50 (grandfather d. {A(R.randint(90, 95))}, "old age"). Mild exercise-induced bronchospasm, albuterol prn.
Exam: Ht 180 cm Wt 84 kg BP 122/74 HR 58. Vision 20/20 OU (Snellen). No murmur standing/squatting/Valsalva. Marfan screen neg; Beighton 2/9. Full ROM all joints; Lachman and McMurray neg R knee; Thompson test neg.
Concussion baseline: SCAT6 symptom score 2; King-Devick 41.2 s (baseline); tandem gait normal.
ECG (optional): sinus brady 54, early repolarization - normal athlete changes (Seattle criteria).
Clearance: CLEARED for all sports without restriction.
Fee paid at visit: card {CARD()} (signed), receipt {m('ID', 'R-' + digits(8))}. Summer camp form completed.
Athletic trainer: {N(at_, 'fl')}, ATC ({PH('dash')}). Physician: {N(doc, 'fl')}, MD, CAQSM   Date {D(b, 'mdy')}
"""


def s_i693(i: int) -> str:
    b = base_date()
    app, cs, interp = person(), person(), person()
    country, cityx = COUNTRIES[(i * 3 + R.randint(0, 2)) % len(COUNTRIES)]
    city, st, zc, addr = place()
    return f"""REPORT OF IMMIGRATION MEDICAL EXAMINATION AND VACCINATION RECORD (Form I-693) - Civil Surgeon worksheet
Civil surgeon: {N(cs, 'fml')}, MD   {org(['Keystone Civil Surgeon Clinic', 'Prairie Lantern Health System'])}, {m('ADDRESS', pick(STREETS))}, {city}, {st} {zc}   Tel {PH('paren')}
USCIS civil surgeon ID {m('ID', 'CS' + digits(6))}

Part 1 - Applicant: {N(app, 'LF')}   A-Number: {ID('anum')}   Passport {ID('pass')}
DOB {D(dt.date(R.randint(1960, 2004), R.randint(1, 12), R.randint(1, 28)), 'dmyl')}   Country of birth: {m('LOCATION', country)}   City of birth: {m('LOCATION', cityx)}
US address: {addr}, {city}, {st} {zc}   Phone {PH('intl')}   Interpreter: {N(interp, 'fl')} (language line)

Exam date(s): {D(b, 'mdy')}; follow-up {D(day(b, 7), 'mdy')}
Tuberculosis: IGRA (QuantiFERON) positive {D(b, 'md')}; CXR {D(day(b, 2), 'md')}: no active disease. Class B2 latent TB - referred to {org(['Yakima County Health Department TB Clinic', 'Story County Public Health'])}.
Syphilis: RPR nonreactive. Gonorrhea NAAT neg.
Class A conditions: none. Class B: LTBI.
Mental/substance: no harmful behaviour; AUDIT-C 1. Hansen's disease screen: no anesthetic skin lesions.
Vaccinations: MMR #1 given; Tdap given; varicella titer immune; COVID primary series documented from {m('LOCATION', country)} ({m('DATE', f'{R.randint(1, 12):02d}/{b.year - 3}')}); influenza not in season.
Fees: USD 395 paid by card {CARD()}; refund of duplicate fee to applicant's home account {IBAN()} approved {D(day(b, 7), 'mond')}.
Sealed envelope given to applicant {D(day(b, 7), 'mdy')}. Civil surgeon signature: {N(cs, 'il')}.
"""


def s_ssa(i: int) -> str:
    b = base_date()
    clm, doc, atty = person(), person(), person()
    city, st, zc, addr = place()
    return f"""MEDICAL SOURCE STATEMENT OF ABILITY TO DO WORK-RELATED ACTIVITIES (PHYSICAL)
{m('ORGANIZATION', 'Social Security Administration')} / {m('ORGANIZATION', 'Office of Disability Determination Services')}
Claimant: {N(clm, 'fl')}   SSN {SSN()}   Claim # {ID('claim')}
Requested by: {N(atty, 'fl')}, Esq., {org(['Grubb, Alvarado & Toole LLP', 'Stonecipher Disability Law', 'Whitlock & Musa, PLLC'])}, {m('ADDRESS', pick(STREETS))}, {m('LOCATION', pick(CITIES)[0])}, {m('STATE', pick(list(STATE_NAMES.values())))}
Treating source: {N(doc, 'fml')}, MD, Rheum/Pain, {org(['Cottonwood Spine & Pain', 'Arroyo Rheumatology Partners'])}   Tel {PH('dash')}   Fax {PH('dash')}
Treating since: {D(day(b, -900), 'mdy')}; last seen {D(day(b, -12), 'mdy')}; frequency q 6-8 wk

Diagnoses: lumbar spondylosis with L5 radiculopathy (EMG {D(day(b, -400), 'mdys')}), fibromyalgia, depression.
Objective: MRI {Y(b.year - 2)}: L4-5 broad disc protrusion with severe foraminal stenosis; + SLR at 40 deg R; Waddell signs 0/5.
1. Lift/carry: occasionally 10 lb, frequently < 10 lb.
2. Stand/walk: total 2 hours in an 8-hour day; sit: 4 hours.
3. Needs to alternate positions every 20-30 minutes. Cane: yes, medically required.
4. Off task: 20% or more. Absences: more than 4 days/month.
5. Onset of these limitations no later than {D(day(b, -700), 'long')} (date last worked at {org(EMPLOYERS)}).
Patient lives at {addr}, {city}, {st} {zc}; drives short distances only. Will be reassessed {m('DATE', MONTHS[(b.month + 2) % 12] + ' ' + str(b.year))}.
This statement is made in good faith from my own records.
Signature: {N(doc, 'il')}, MD   License {ID('lic')}   Date {D(b, 'mdy')}
"""


def s_remote_monitoring(i: int) -> str:
    b = base_date()
    pt, rn, md, wife, tech = (person() for _ in range(5))
    city, st, zc, addr = place()
    age = A(R.randint(90, 99)) if i != 1 else str(R.randint(66, 88))
    return f"""hospital-at-home command center - remote monitoring alert log
program: {org(['bluestem home hospital', 'tallgrass acute care at home', 'kestrel bay hospital@home'])}   pt: {N(pt, 'fl')}   mrn {ID('mrn')}   {age}yo   dx: chf exacerbation, day {R.randint(2, 5)}
home: {addr}, {city} {st} {zc}   gate code 4471   primary contact: wife {N(wife, 'f')} {PH('plain')}
kit: bp cuff sn {ID('serial')}, pulse ox sn {ID('serial')}, scale sn {ID('serial')}; hub {m('ID', 'hub-' + digits(6))} @ {IP()}

{D(b, 'mdys')} 02:14  spo2 87% x 6 min (threshold 90) -> video call, pt asleep with probe half off. repositioned, 95%. no action.
{D(b, 'mdys')} 06:40  weight 88.9 kg (+1.3 from yesterday). paged dr. {N(md, 'l')} {PH('pager')}. order: extra furosemide 40 po. rn {N(rn, 'f')} to visit.
{D(b, 'mdys')} 11:05  rn visit done by {N(rn, 'fl')}: crackles bases, edema 2+, bmp drawn, courier to {org(HOSPITALS)} lab, accession {ID('acc')}.
{D(b, 'mdys')} 15:30  k 3.3, cr 1.5 -> kcl 40 meq. will recheck {D(day(b, 1), 'wd')}.
{D(day(b, 1), 'mdys')} 00:02  hub offline (no heartbeat 45 min). tech {N(tech, 'fl')} called wife; router unplugged for the vacuum. back online 00:51.
{D(day(b, 1), 'mdys')} 08:20  weight 87.6. hr 72 irregular. bp 118/70. pt says he hopes to see the grandkids {m('DATE', pick(['sunday', 'saturday']))}.
escalation plan: if spo2 < 88 sustained or sbp < 90 -> ems + transfer to {org(HOSPITALS)}. code status dnr/dni (molst on fridge, living will on file).
portal: {URL('https://h2h.' + pick(['bluestem.care', 'kestrelbay.health']) + '/pt/' + digits(7))}
"""


STYLES = {
    "i2b2_longitudinal": s_longitudinal, "ed_physician_mdm": s_ed_mdm, "admission_hp": s_admission_hp,
    "trauma_tertiary": s_trauma_tertiary, "stroke_code": s_stroke_code, "icu_physician_progress": s_icu_progress,
    "psych_hold": s_psych_hold, "notifiable_disease": s_notifiable, "poison_control_log": s_poison_control,
    "medical_examiner": s_medical_examiner, "sane_exam": s_sane, "cps_referral": s_cps_referral,
    "medwatch_report": s_medwatch, "trial_sae": s_trial_sae, "radonc_summary": s_radonc,
    "chemo_infusion": s_chemo_infusion, "sports_clearance": s_sports, "immigration_i693": s_i693,
    "ssa_source_statement": s_ssa, "remote_monitoring": s_remote_monitoring,
}
#: note-level case (style, index) -> upper or lower; the rest keep mixed case
UPPER = {("poison_control_log", 0), ("poison_control_log", 1), ("poison_control_log", 2), ("medwatch_report", 0),
         ("psych_hold", 1), ("medical_examiner", 2)}
LOWER = {("remote_monitoring", 0), ("remote_monitoring", 1), ("remote_monitoring", 2)}


def render(template: str, case) -> tuple[str, list[dict]]:
    """Strip the markers; each span is where its value landed in the output."""
    out, spans, pos, last = [], [], 0, 0
    for mt in MARK.finditer(template):
        for piece, label in ((template[last:mt.start()], None), (mt.group(2), mt.group(1))):
            text = case(piece)
            assert len(text) == len(piece)
            if label:
                assert text and text.strip() == text, (label, text)
                spans.append({"start": pos, "end": pos + len(text), "label": label})
            out.append(text)
            pos += len(text)
        last = mt.end()
    out.append(case(template[last:]))
    return "".join(out), spans


def main() -> None:
    for i in range(3):
        for style, make in STYLES.items():
            template = make(i)
            case = str.upper if (style, i) in UPPER else str.lower if (style, i) in LOWER else str
            text, spans = render(template, case)
            record = {"id": f"h6-{style}-{i + 1}", "style": style, "text": text, "spans": spans}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
