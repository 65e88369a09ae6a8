"""Blind hold-out set 24: longitudinal diabetic patient records in the manner of the i2b2/UTHealth 2014
de-identification corpus (several records per patient, years apart, 'Record date:' headers, shifted future
years), written from the writer's own knowledge of that corpus, without reading the redaction rules.

Run as a script: prints the gold jsonl on stdout (> tests/data/holdout24_notes_gold.jsonl).
Conventions: professions are not gold; employers, hospitals, clinics, nursing homes, pharmacies, schools are
ORGANIZATION; titles, credentials and relation words stay outside NAME; only ages over 89 are AGE.
"""

from __future__ import annotations

import datetime as dt
import json
import random

from marks import MARK, m, strip

R = random.Random(2414)

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def N(v):
    return m("NAME", v)


def O(v):
    return m("ORGANIZATION", v)


def L(v):
    return m("LOCATION", v)


def S(v):
    return m("STATE", v)


def P(v):
    return m("PHONE", v)


def I(v):
    return m("ID", v)


def Y(v):
    return m("YEAR", v)


def fd(d: dt.date, how: str) -> str:
    """A date marked DATE in one of the authors' habits."""
    if how == "iso":
        s = d.isoformat()
    elif how == "us":
        s = f"{d.month}/{d.day}/{d.year}"
    elif how == "us2":
        s = f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"
    elif how == "md":
        s = f"{d.month}/{d.day}"
    elif how == "long":
        s = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    elif how == "mon":
        s = f"{MONTHS[d.month - 1][:3]} {d.day}"
    elif how == "dm":
        s = f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
    elif how == "month":
        s = MONTHS[d.month - 1]
    elif how == "my":
        s = f"{MONTHS[d.month - 1]} {d.year}"
    else:
        s = f"{d.month}/{d.year % 100:02d}"
    return m("DATE", s)


def age(p, d: dt.date) -> str:
    a = d.year - p["born"]
    return m("AGE", a) if a > 89 else str(a)


def recase(marked: str, fn) -> str:
    """Apply ``fn`` to the text and the marked values, keeping the markers' labels."""
    out, pos = [], 0
    for h in MARK.finditer(marked):
        out.append(fn(marked[pos:h.start()]))
        out.append(f"⟦{h.group(1)}:{fn(h.group(2))}⟧")
        pos = h.end()
    out.append(fn(marked[pos:]))
    return "".join(out)


def phone(r, area=True, dots=False):
    n = f"555-01{r.randint(0, 99):02d}"
    if not area:
        return n
    ac = r.choice(["617", "508", "781", "978", "603", "401"])
    return f"{ac}.{n.replace('-', '.')}" if dots else r.choice([f"({ac}) {n}", f"{ac}-{n}"])


# ---------------------------------------------------------------------------------------------- the world
HOSPITALS = [  # full name, short forms
    ("Fenwick General Hospital", ["Fenwick General", "FGH", "Fenwick"]),
    ("St. Brendan's Medical Center", ["St. Brendan's", "SBMC", "St Brendans"]),
    ("Merriam Valley Hospital", ["Merriam Valley", "MVH"]),
    ("Castleton Memorial Hospital", ["Castleton Memorial", "CMH", "Castleton"]),
    ("Northgate Community Hospital", ["Northgate", "NCH"]),
]
NURSING = [("Maple Crest Nursing Home", "Crest"), ("Willow Bend Skilled Nursing Facility", "Bend"),
           ("Harrow Hill Rehabilitation Center", "Hill")]
CLINICS = ["Dunmore Family Health Center", "Saltonstall Street Clinic", "Ashgrove Health Associates",
           "Pemberton Diabetes Center", "Okafor Kidney Associates", "Ridgefield Eye Associates",
           "Lakeshore Podiatry Group", "Brackett Cardiology Associates"]
PHARMACIES = ["CVS", "Walgreens", "Dunmore Pharmacy", "Keel's Apothecary", "Rite Aid"]
EMPLOYERS = ["Raytheon", "the MBTA", "Stop & Shop", "Gillette", "Verizon", "Boston Public Schools",
             "Liberty Mutual", "Polaroid", "New England Telephone", "Quincy Shipyard", "Harbor Point Marina",
             "Thermo Fisher", "Northeastern University", "Bay State Gas", "Filene's", "Sears"]
# employer strings: the leading article of "the MBTA" stays outside
PLACES = [("Quincy", "MA", "Massachusetts", "02169"), ("Brockton", "MA", "Massachusetts", "02301"),
          ("Medford", "MA", "Massachusetts", "02155"), ("Lowell", "MA", "Massachusetts", "01852"),
          ("Framingham", "MA", "Massachusetts", "01701"), ("Haverhill", "MA", "Massachusetts", "01830"),
          ("Taunton", "MA", "Massachusetts", "02780"), ("Nashua", "NH", "New Hampshire", "03060"),
          ("Pawtucket", "RI", "Rhode Island", "02860"), ("Dover", "NH", "New Hampshire", "03820"),
          ("Revere", "MA", "Massachusetts", "02151"), ("Milton", "MA", "Massachusetts", "02186"),
          ("Waltham", "MA", "Massachusetts", "02453"), ("Saugus", "MA", "Massachusetts", "01906")]
ORIGINS = [("Cork", "Ireland", None), ("Ponta Delgada", "the Azores", None), ("Port-au-Prince", "Haiti", None),
           ("Naples", "Italy", None), ("Scranton", None, "Pennsylvania"), ("Bangor", None, "Maine"),
           ("Hue", "Vietnam", None), ("Beirut", "Lebanon", None), ("Dorchester", None, None),
           ("Lagos", "Nigeria", None), ("Worcester", None, None), ("Burlington", None, "Vermont"),
           ("Kingston", "Jamaica", None), ("Gdansk", "Poland", None), ("San Juan", "Puerto Rico", None),
           ("Fall River", None, None), ("Utica", None, "New York"), ("Athens", "Greece", None)]
TRIPS = ["Florida", "Portugal", "Ireland", "Cape Cod", "Aruba", "Italy", "Maine", "the Dominican Republic",
         "Arizona", "Nova Scotia", "Las Vegas", "Montreal"]
STREETS = ["14 Alder Rd", "227 Pleasant St, Apt 3", "9 Cobb Terrace", "1180 Hancock Street", "52 Vinal Ave",
           "310 Broadway, Apt 12B", "6 Quarry Ln", "77 Sagamore Road", "405 Main St", "18 Orchard Hill Dr",
           "2 Pratt Court", "941 Washington St, Unit 2", "33 Birch Way", "120 Elm Street", "71 Fuller Pl",
           "15 Lantern Lane", "260 Park Ave", "8 Tremont Circle"]

DOCS = [("Naomi", "Vartanian", "MD", "pcp"), ("Peter", "Ostrowski", "MD", "pcp"), ("Grant", "Ellery", "MD", "endo"),
        ("Rhea", "Castellanos", "MD", "cards"), ("Samuel", "Oduya", "MD", "cards"), ("Lydia", "Brandt", "NP", "pcp"),
        ("Kevin", "Tran", "PA-C", "ed"), ("Colleen", "Duffy", "RN", "rn"), ("Marisol", "Ybarra", "RN", "rn"),
        ("Jonah", "Feld", "MD", "ed"), ("Ingrid", "Solberg", "MD", "endo"), ("Bill", "Kearney", "MD", "pcp"),
        ("May", "Lindell", "RN", "rn"), ("Will", "Ashby", "NP", "endo"), ("Theresa", "Mulvaney", "MD", "hosp"),
        ("Arjun", "Mehta", "MD", "hosp"), ("Hope", "Sandoval", "MD", "ed"), ("Dennis", "Achterberg", "MD", "cards"),
        ("Frances", "Quaid", "LICSW", "sw"), ("Oren", "Halevi", "MD", "renal")]
PCPS = [d for d in DOCS if d[3] == "pcp"]

FIRST_M = ["Arthur", "Dennis", "Walter", "Raymond", "Francis", "Gerald", "Luis", "Manuel", "Theodore", "Kenneth",
           "Bill", "Grant", "Emeka", "Thanh"]
FIRST_F = ["Hope", "May", "Dolores", "Eileen", "Marjorie", "Rosalind", "Teresa", "Gloria", "Bernadette", "Lorraine",
           "Nadia", "Maureen"]
LASTS = ["Kowalczyk", "Ferrante", "Dubois", "MacAllister", "Okonkwo", "Pereira", "Lindqvist", "Haddad", "Brannigan",
         "Szymanski", "Castellano", "Whitcombe", "Delgado", "Nguyen", "Abernathy", "Quintal", "Marchetti", "Tavares",
         "O'Rourke", "Lefebvre", "Hollister", "Sarkisian", "Baptiste", "Papadakis"]
KIDS = ["Michael", "Susan", "Kevin", "Christine", "Danny", "Patricia", "Joseph", "Ana", "Paul", "Lisa", "Tommy",
        "Rosa", "Will", "Hope", "Mark", "Jenny", "Grant", "Bill", "May", "Carlos", "Denise", "Brian", "Tina", "Nick"]
SPOUSE_M = ["Joe", "Frank", "Eddie", "Tony", "Richard", "Bill", "Vinh", "Stan"]
SPOUSE_F = ["Mary", "Carol", "Linda", "Rita", "Helen", "Joan", "Fatima", "June", "May"]
HOBBIES = ["bowling", "gardening", "fishing off the pier", "playing the accordion", "watching baseball",
           "bingo at the parish hall", "woodworking", "knitting for the grandchildren", "ballroom dancing",
           "walking the dog", "cribbage", "restoring old cars"]
PROFESSIONS = ["machinist", "bus driver", "cashier", "teacher", "electrician", "nurse's aide", "accountant",
               "welder", "lineman", "custodian", "claims adjuster", "retail manager", "secretary", "pipefitter"]


def make_patients():
    pts = []
    lasts = R.sample(LASTS, 18)
    for k in range(18):
        female = k % 2 == 1
        first = R.choice(FIRST_F if female else FIRST_M)
        town, st, stfull, zp = R.choice(PLACES)
        emp = R.choice(EMPLOYERS)
        start = 2060 + R.randint(0, 30)
        born = start - (R.randint(88, 94) if k % 4 == 0 else R.randint(44, 76))
        pts.append(dict(
            first=first, last=lasts[k], female=female, born=born,
            spouse=R.choice(SPOUSE_M if female else SPOUSE_F), kids=R.sample(KIDS, R.randint(1, 3)),
            town=town, st=st, stfull=stfull, zip=zp, street=STREETS[k],
            origin=ORIGINS[k], emp=emp, prof=R.choice(PROFESSIONS), hobby=R.choice(HOBBIES),
            trip=R.choice(TRIPS), pcp=R.choice(PCPS), hosp=R.choice(HOSPITALS), nh=R.choice(NURSING),
            clinic=R.choice(CLINICS[:3]), pharm=R.choice(PHARMACIES), mrn=f"{R.randint(100, 999)}{R.randint(1000, 9999)}",
            tel=phone(R), start=start))
    return pts


def emp_mark(emp):
    return "the " + O(emp[4:]) if emp.startswith("the ") else O(emp)


def dr(d, full=False):
    """A doctor referred to in running text."""
    return f"Dr. {N(d[0] + ' ' + d[1])}" if full else R.choice([f"Dr. {N(d[1])}", f"Dr {N(d[1])}", f"Dr. {N(d[1])}"])


def sign(a, r):
    name = f"{a[0]} {a[1]}"
    how = r.randint(0, 4)
    if how == 0:
        return f"\n\n_____________________\n{N(name)}, {a[2]}"
    if how == 1:
        return f"\n\n{N(name)}, {a[2]}\n{N(a[0][0] + a[1][0])}/{N(r.choice(['kp', 'ldm', 'tw']))}"
    if how == 2:
        return f"\n\nElectronically signed by {N(name)}, {a[2]} on {fd(R_DATE[0], 'us')}"
    if how == 3:
        return f"\n\n-- {N(a[0][0] + '.' + a[1][0] + '.')}"
    return f"\n\n{N(a[0][0] + '. ' + a[1])} {a[2]}"


R_DATE = [dt.date(2070, 1, 1)]

LABS = ["HbA1c", "Glucose", "Creatinine", "BUN", "Potassium", "LDL", "HDL", "Triglycerides", "Microalbumin", "TSH"]


def lab_value(name, r):
    return {"HbA1c": f"{r.uniform(6.2, 10.8):.1f}", "Glucose": str(r.randint(88, 310)),
            "Creatinine": f"{r.uniform(0.7, 2.4):.1f}", "BUN": str(r.randint(9, 48)),
            "Potassium": f"{r.uniform(3.4, 5.3):.1f}", "LDL": str(r.randint(60, 170)), "HDL": str(r.randint(28, 65)),
            "Triglycerides": str(r.randint(90, 420)), "Microalbumin": str(r.randint(5, 300)),
            "TSH": f"{r.uniform(0.5, 4.8):.2f}"}[name]


def lab_table(d, r, how):
    dates = sorted({d - dt.timedelta(days=r.randint(3, 400)) for _ in range(3)})
    rows = r.sample(LABS, r.randint(4, 7))
    head = "Labs:\n" + "Test".ljust(15) + "".join(fd(x, how) + " " * max(2, 22 - len(strip(fd(x, how))[0])) for x in dates) + "\n"
    body = "".join(n.ljust(15) + "".join(lab_value(n, r).ljust(12) for _ in dates) + "\n" for n in rows)
    return head + body


MEDS = ["metformin 1000 mg po bid", "glipizide 5 mg po daily", "Lantus 30 units qhs", "NPH 22 units qam",
        "Humalog sliding scale", "lisinopril 20 mg daily", "atorvastatin 40 mg qhs", "aspirin 81 mg daily",
        "Toprol XL 50 mg daily", "Lasix 40 mg qam", "Plavix 75 mg daily", "amlodipine 10 mg daily",
        "Coumadin 5 mg as directed", "levothyroxine 75 mcg daily", "omeprazole 20 mg daily",
        "gabapentin 300 mg tid", "Januvia 100 mg daily", "HCTZ 25 mg daily", "Zoloft 50 mg daily",
        "nitroglycerin 0.4 mg SL prn"]


def meds(r, caps=False, bullets="- "):
    out = r.sample(MEDS, r.randint(5, 9))
    return "".join(f"{bullets}{x.upper() if caps else x}\n" for x in out)


def social(p, d, r, terse=False):
    city, country, state = p["origin"]
    kid = p["kids"][0]
    wife = "husband" if p["female"] else "wife"
    grew = L(city) + (f", {L(country) if not country.startswith('the ') else 'the ' + L(country[4:])}" if country
                      else f", {S(state)}" if state else "")
    if terse:
        return (f"SH: lives in {L(p['town'])} w/ {wife} {N(p['spouse'])}. Retired {p['prof']} "
                f"({emp_mark(p['emp'])}). Quit tob {Y(d.year - r.randint(5, 30))}. No EtOH.\n")
    kids = ", ".join(N(k) for k in p["kids"])
    yr = d.year - r.randint(2, 12)
    trip_d = d + dt.timedelta(days=r.randint(20, 120))
    parts = [f"Social History: Born and raised in {grew}; moved to {L(p['town'])}, {S(p['st'])} in "
             f"{Y(p['born'] + r.randint(18, 30))}. Married to {N(p['spouse'])} for many years; children {kids}. "
             f"Worked as a {p['prof']} at {emp_mark(p['emp'])}, retired in {Y(yr)}. "
             f"Enjoys {p['hobby']}.",
             f" Planning a trip to {L(p['trip'])} in {fd(trip_d, 'month')} to see family.",
             f" Her {wife} {N(p['spouse'])} has been unwell; daughter-in-law helps with groceries." if p["female"]
             else f" {N(kid)}, the oldest, lives nearby in {L(PLACES[(len(kid) + 3) % len(PLACES)][0])} and checks in daily.",
             f" Smoked 1 ppd x 20 yrs, quit {Y(yr - r.randint(3, 15))}. Occasional glass of wine on holidays."]
    return "".join(parts) + "\n"


def family(p, r):
    old = r.randint(90, 99)
    return (f"Family History: Mother with DM2, died at {m('AGE', old)} of a stroke. Father MI at 58. "
            f"Brother {N(r.choice(['Tom', 'Sal', 'Ed', 'Gus']))} with CAD s/p CABG at {O(p['hosp'][0])}. "
            f"Sister has Hashimoto's thyroiditis. No family hx of Cushing's or early cancers.\n")


# ------------------------------------------------------------------------------------------------- styles
def pcp_free(p, d, a, r, k):
    """A terse free-text author: lower-case headings, abbreviations, typos, dictation artefacts."""
    kid = p["kids"][-1]
    t = [f"Record date: {fd(d, 'iso')}\n\n{N(p['last'])}, {N(p['first'])} -- {I(p['mrn'])}\n\n"]
    t.append(f"s: {age(p, d)}yo here w/ {r.choice(['wife', 'husband', 'son', 'dtr'])} for f/u. feels \"pretty good\". "
             f"went to {L(p['trip'])} w/ {N(kid)} over {m('DATE', r.choice(['Easter', 'Thanksgiving', 'Christmas', 'Labor Day']))} "
             f"and ate too much, bs up to 300s. no cp, sob. still doing {p['hobby']}. "
             f"saw {dr(r.choice(DOCS))} (eye) at {O(r.choice(['Ridgefield Eye', 'REA']))} on {fd(d - dt.timedelta(days=r.randint(20, 90)), 'md')} - "
             f"mild bkgd retinopthy, f/u 1 yr. {r.choice(['wife', 'husband'])} {N(p['spouse'])} asks abt the shingles shot.\n"
             f"meds: unchanged exept glipizide stopped by endo.\n\n")
    t.append(f"o: bp {r.randint(120, 160)}/{r.randint(60, 90)} p {r.randint(60, 90)} wt {r.randint(150, 250)}\n"
             f"lungs cta, cor rrr, ft - no ulcers, dp 1+ bilat\nA1c {lab_value('HbA1c', r)} ({fd(d - dt.timedelta(days=r.randint(3, 20)), 'us2')}), "
             f"cr {lab_value('Creatinine', r)}, ldl {lab_value('LDL', r)}\n\n")
    t.append(f"a/p:\n- dm: better. cont lantus, metformin. will see endo ({dr(r.choice([x for x in DOCS if x[3] == 'endo']))}) "
             f"in {fd(d + dt.timedelta(days=r.randint(30, 90)), 'month')}.\n"
             f"- htn: ok\n- ckd: stable, renal {dr(r.choice([x for x in DOCS if x[3] == 'renal']))} {Y(d.year - 1)} note reviewed\n"
             f"- hcm: shingrix rx to {O(p['pharm'])} in {L(p['town'])}\n"
             f"- pt may grant {N(kid)} HCP, forms given\n"
             f"f/u 4 mo. [dictated, not read]\n")
    t.append(sign(a, r))
    return "".join(t)


def pcp_visit(p, d, a, r, k):
    if a[1] in ("Kearney", "Brandt") and r.random() < 0.7:
        return pcp_free(p, d, a, r, k)
    how = r.choice(["us", "us2", "iso"])
    hosp, short = p["hosp"]
    h = [f"Record date: {fd(d, 'iso')}\n\n"]
    if r.random() < 0.5:
        h.append(f"{O(p['clinic'])}\n{m('ADDRESS', STREETS[(k + 7) % len(STREETS)])}\n{L(p['town'])}, {S(p['st'])} "
                 f"{m('ZIP', p['zip'])}\nTel {P(phone(r))}   Fax {P(phone(r))}\n\n")
    h.append(f"{N(p['first'] + ' ' + p['last'])}   MRN: {I(p['mrn'])}\n")
    h.append(f"INTERNAL MEDICINE ASSOCIATES - {O(hosp)}\n\n" if r.random() < 0.5 else "\n")
    a_ = age(p, d)
    h.append(f"CC: f/u DM, HTN\n\nHPI: {a_} yo {'F' if p['female'] else 'M'} with type 2 diabetes (dx {Y(d.year - r.randint(6, 20))}), "
             f"HTN, hyperlipidemia, here for routine follow up. Last seen by me on {fd(d - dt.timedelta(days=r.randint(60, 200)), how)}. "
             f"Since then was seen in the ED at {O(r.choice(short))} on {fd(d - dt.timedelta(days=r.randint(10, 50)), 'md')} for "
             f"chest pain, ruled out, sent home. Home fingersticks 140-210, fasting ~150. Denies polyuria, "
             f"polydipsia. Some numbness of feet, worse at night. {dr(r.choice(DOCS))} in Endocrine clinic increased "
             f"the Lantus in {fd(d - dt.timedelta(days=r.randint(30, 90)), 'month')}. Pt will continue to check BS bid. "
             f"{'She' if p['female'] else 'He'} hopes to lose 10 lbs before {r.choice(['Christmas', 'Thanksgiving', 'Easter'])}"
             .replace(" before Christmas", " before " + m("DATE", "Christmas")).replace(
                 " before Thanksgiving", " before " + m("DATE", "Thanksgiving")).replace(
                 " before Easter", " before " + m("DATE", "Easter")) + ".\n\n")
    h.append("Problems:\n  Diabetes mellitus type 2\n  Hypertension\n  Hyperlipidemia\n  Obesity\n"
             f"  {r.choice(['Bell' + chr(39) + 's palsy ' + str(d.year - r.randint(3, 9)), 'Parkinson' + chr(39) + 's disease, mild', 'Hodgkin' + chr(39) + 's lymphoma in remission', 'BPH', 's/p Whipple for IPMN'])}\n\n")
    h.append("Medications:\n" + meds(r) + "\nAllergies: PCN -> rash\n\n")
    if k == 0 or r.random() < 0.6:
        h.append(social(p, d, r, terse=r.random() < 0.3) + "\n")
    if r.random() < 0.5:
        h.append(family(p, r) + "\n")
    h.append(f"PE: BP {r.randint(118, 168)}/{r.randint(62, 96)}  P {r.randint(58, 96)}  Wt {r.randint(150, 260)} lb\n"
             "Gen: NAD. HEENT: fundi not well seen. Neck: no JVD. Lungs clear. Cor RRR, no m. "
             "Ext: no edema, monofilament decreased bilat toes.\n\n")
    h.append(lab_table(d, r, how) + "\n")
    ref = r.choice(DOCS)
    h.append(f"A/P:\n1. DM2 - A1c up. Increase metformin. Refer to {O('Pemberton Diabetes Center')} for diabetes teaching with "
             f"{N(r.choice(['Ellen', 'Kathy', 'Denise']))} ({r.choice(['CDE', 'RD'])}).\n"
             f"2. HTN - at goal, continue.\n3. Lipids - LDL {r.randint(70, 140)}, continue statin.\n"
             f"4. Neuropathy - podiatry at {O('Lakeshore Podiatry Group')}, call {P(phone(r))}.\n"
             f"5. Health maintenance - flu shot given. Colonoscopy {Y(d.year - r.randint(1, 6))} normal. "
             f"Eye exam due, {dr(ref)} at {O('Ridgefield Eye Associates')}.\n"
             f"Social work to help with the fuel assistance grant application. RTC 3 months, or sooner prn. Medicare and Blue Cross forms completed. OSH records requested.\n")
    h.append(sign(a, r))
    if r.random() < 0.5:
        h.append(f"\n\ncc: {dr(r.choice(DOCS), full=True)}, {O(r.choice(CLINICS))}")
    return "".join(h)


def endo_note(p, d, a, r, k):
    how = r.choice(["dm", "long", "us"])
    hosp, short = p["hosp"]
    ttl = r.choice(["ENDOCRINOLOGY CONSULTATION", "Endocrine Follow-up", "DIABETES CENTER NOTE"])
    t = [f"Record date: {fd(d, 'iso')}\n\n{ttl}\n{O(hosp)} - {O('Pemberton Diabetes Center')}\n\n",
         f"Patient: {N(p['last'] + ', ' + p['first'])}\nMRN {I(p['mrn'])}\nDate of visit: {fd(d, how)}\n"
         f"Referring MD: {dr(p['pcp'], full=True)}\n\n"]
    t.append(f"Dear {dr(p['pcp'])},\n\nThank you for referring {'Mrs.' if p['female'] else 'Mr.'} {N(p['last'])}, a "
             f"pleasant {age(p, d)} year old {p['prof']} from {L(p['town'])}, for evaluation of poorly controlled "
             f"diabetes. As you know, {'she' if p['female'] else 'he'} was diagnosed in {Y(d.year - r.randint(5, 25))} "
             f"at {O(r.choice([h[0] for h in HOSPITALS]))} when {'she' if p['female'] else 'he'} was living in "
             f"{L(p['origin'][0])}. Initially on oral agents, insulin added {fd(d - dt.timedelta(days=r.randint(400, 900)), 'my')}. "
             f"A1c {lab_value('HbA1c', r)} on {fd(d - dt.timedelta(days=r.randint(10, 40)), 'md')}. Hypoglycemia about once "
             f"a week, usually late afternoon after work at {emp_mark(p['emp'])}. No DKA. "
             f"Cushing's was considered by the outside endocrinologist and 24h urine cortisol was normal.\n\n")
    t.append("Current meds:\n" + meds(r, bullets="  * ") + "\n")
    t.append(social(p, d, r, terse=r.random() < 0.5) + "\n")
    t.append(f"Exam: BMI {r.randint(27, 41)}. Thyroid not enlarged. No striae. Feet: intact pulses, callus L 1st MTP.\n\n")
    t.append(lab_table(d, r, how) + "\n")
    t.append(f"Impression and plan: Type 2 DM, suboptimal. We will start Humalog with meals; teaching with our CDE "
             f"{N(r.choice(['Paula Greer', 'Hope Caldwell', 'Ron Beattie']))} on {fd(d + dt.timedelta(days=r.randint(5, 20)), 'mon')}. "
             f"Glucose meter downloaded" + (f"; readings also on our portal, {m('URL', 'www.pembertondiabetes.org/mychart')}" if r.random() < 0.5 else "") + f". Rx sent to {O(p['pharm'])} in {L(p['town'])}. "
             f"I will see {'her' if p['female'] else 'him'} again in 3 months.\n\nThank you for allowing me to participate "
             f"in the care of this patient.\n\nSincerely,")
    t.append(sign(a, r))
    t.append(f"\n\ncc: {dr(p['pcp'], full=True)}\n    {N(p['first'] + ' ' + p['last'])}, {m('ADDRESS', p['street'])}, "
             f"{L(p['town'])} {S(p['st'])} {m('ZIP', p['zip'])}")
    return "".join(t)


def cardio_letter(p, d, a, r, k):
    how = r.choice(["long", "us"])
    hosp, short = p["hosp"]
    t = [f"Record date: {fd(d, 'iso')}\n\n{O('Brackett Cardiology Associates')}\n"
         f"{m('ADDRESS', r.choice(['1400 Commonwealth Ave, Suite 210', '88 Lexington Street', '500 Granite St, Suite 4']))}\n"
         f"{L(r.choice(['Newton', 'Braintree', 'Woburn']))}, {S('MA')} {m('ZIP', r.choice(['02459', '02184', '01801']))}\n"
         f"Phone {P(phone(r))} / Fax {P(phone(r))}\n\n{fd(d, 'long')}\n\n"
         f"{dr(p['pcp'], full=True)}\n{O(p['clinic'])}\n{L(p['town'])}, {S(p['st'])}\n\n"
         f"RE: {N(p['first'] + ' ' + p['last'])}\nDOB: {fd(dt.date(p['born'], r.randint(1, 12), r.randint(1, 28)), 'us')}\n\n"
         f"Dear {N(p['pcp'][0])},\n\n"]
    t.append(f"I had the pleasure of seeing {N(p['first'])} in the office today for follow up of coronary disease. "
             f"{'She' if p['female'] else 'He'} is s/p cath at {O(r.choice(short))} in {fd(d - dt.timedelta(days=r.randint(300, 900)), 'my')} "
             f"with a drug-eluting stent to the LAD, done by {dr(r.choice(DOCS))}. Echo {fd(d - dt.timedelta(days=r.randint(20, 100)), how)}: "
             f"EF 45%, mild MR, Simpson's biplane. Since last visit no angina, mild DOE climbing the stairs at "
             f"{'her' if p['female'] else 'his'} daughter's house in {L(PLACES[k % len(PLACES)][0])}. "
             f"ETT on {fd(d - dt.timedelta(days=r.randint(5, 15)), 'md')} went 7 minutes on Bruce, no ischemia.\n\n")
    t.append(f"Medications: {', '.join(r.sample(MEDS, 6))}.\n\n")
    t.append(f"Exam: BP {r.randint(110, 150)}/{r.randint(60, 90)}, HR {r.randint(55, 80)}, reg. JVP 7. Lungs clear. "
             f"No edema. ECG: SR, old IMI, unchanged from {fd(d - dt.timedelta(days=r.randint(200, 500)), 'us')}.\n\n")
    t.append(f"Impression: Stable CAD. Diabetes managed by {dr(r.choice([x for x in DOCS if x[3] == 'endo']))}. "
             f"Continue Plavix through {fd(d + dt.timedelta(days=r.randint(60, 200)), 'my')}, then aspirin alone. "
             f"May need repeat echo next year. If anything changes please page me at {P(str(r.randint(40000, 49999)))} "
             f"or reach me through the Cardiology office"
             + (f" (e-mail {m('EMAIL', a[0][0].lower() + a[1].lower() + '@brackettcardio.org')})." if r.random() < 0.6 else ".")
             + "\n\nWith kind regards,")
    t.append(sign(a, r))
    t.append(f"\n\ncc: {N(p['first'] + ' ' + p['last'])}\n    {dr(r.choice(DOCS), full=True)}, {O(r.choice([h[0] for h in HOSPITALS]))}")
    return "".join(t)


def ed_note(p, d, a, r, k):
    hosp, short = p["hosp"]
    cap = r.random() < 0.45
    t = [f"Record date: {fd(d, 'iso')}\n\n"]
    t.append(f"{O(hosp.upper())} EMERGENCY DEPARTMENT\n" if cap else f"{O(hosp)} Emergency Dept Visit\n")
    t.append(f"PATIENT: {N(p['last'].upper() + ', ' + p['first'].upper())}   UNIT NO: {I(p['mrn'][:3] + '-' + p['mrn'][3:5] + '-' + p['mrn'][5:])}\n"
             f"ARRIVAL: {fd(d, 'us2')} 14:22   ACCT: {I(str(r.randint(10000000, 99999999)))}\n"
             f"PCP: {N(p['pcp'][1])}, {N(p['pcp'][0])}\n\n")
    ulcer = r.random() < 0.5
    if ulcer:
        t.append(f"HPI: {age(p, d)} y/o {'F' if p['female'] else 'M'} pmh DM2, CAD, sent in by {dr(p['pcp'])} from "
                 f"{O(p['clinic'])} w/ R foot ulcer x 2 wks, now red/warm, FS 400s. Was in {L(p['trip'])} until "
                 f"{fd(d - dt.timedelta(days=r.randint(3, 9)), 'mon')}, did not see anyone there. Lives w/ {N(p['spouse'])} in "
                 f"{L(p['town'])}, {S(p['stfull'])}. Glasgow 15. No Foley.\n\n")
    else:
      t.append(f"HPI: {age(p, d)} yo {'woman' if p['female'] else 'man'} w/ DM2 on insulin, CAD, brought in by "
             f"{r.choice(['Brewster', 'Fallon', 'Lifeline'])} ambulance".replace(" by Brewster", " by " + O("Brewster"))
             .replace(" by Fallon", " by " + O("Fallon")).replace(" by Lifeline", " by " + O("Lifeline")) +
             f" from {r.choice(['home', 'home', 'the ' + O(p['nh'][1])])} after "
             f"{'husband' if p['female'] else 'wife'} {N(p['spouse'])} found "
             f"{'her' if p['female'] else 'him'} confused with FS 38. Given amp D50 in field. Had not eaten since Tuesday "
             f"per family. Also c/o dysuria x 2 days. Glasgow 14 on arrival -> 15. No focal deficits. No Foley.\n\n")
    t.append(f"PMH: DM2, CAD s/p stent, HTN, CKD 3, OA. PSH: lap chole {Y(d.year - r.randint(5, 20))} at "
             f"{O(r.choice(['Northgate Community Hospital', 'Castleton Memorial', 'St. Brendans']))}.\n"
             f"MEDS: see list from {O(p['pharm'])}, {P(phone(r, area=r.random() < 0.5))}.\nALL: NKDA\n"
             f"SOC: lives w/ {'husband' if p['female'] else 'wife'} at {m('ADDRESS', p['street'])}, {L(p['town'])}. "
             f"Worked at {emp_mark(p['emp'])}. HCP is {N(p['kids'][-1])} (child), cell {P(phone(r))}.\n\n")
    t.append(f"EXAM: T 100.4 HR 104 BP 138/70 RR 18 O2 97% RA\nAwake, oriented x3 after D50. Mucosa dry. "
             f"Suprapubic tenderness. No CVA tenderness.\n\n"
             f"ED COURSE: UA + LE/nitrites, cx sent. Ceftriaxone 1 g IV. FS 112 -> 164 after tray. Discussed w/ "
             f"{dr(p['pcp'])} by phone. Will admit to medicine, {r.choice(['7 North', 'the step-down unit', 'MICU if worse'])}.\n\n"
             + ("IMPRESSION: R foot cellulitis, hyperglycemia. Podiatry consult.\n" if ulcer else
                "IMPRESSION: hypoglycemia from poor PO intake on glipizide; UTI.\n"))
    t.append(sign(a, r))
    s = "".join(t)
    return recase(s, str.upper) if cap else s


PHN = [0]


def phone_note(p, d, a, r, k):
    PHN[0] += 1
    mode = [1, 0, 1, 2][PHN[0] % 4]
    who = r.choice(p["kids"])
    t = [f"Record date: {fd(d, 'iso')}\n\n"]
    t.append(r.choice(["Telephone encounter\n", "TELEPHONE NOTE\n", "Nurse note - phone\n"]))
    t.append(f"Pt: {N(p['first'] + ' ' + p['last'])}  MR# {I(p['mrn'])}\n\n")
    t.append(f"Call from daughter {N(who)} ({P(phone(r))}) at 10:40 re: pt. "
             f"Sugars running 250-300 since {fd(d - dt.timedelta(days=r.randint(3, 9)), 'md')}, "
             f"has had a cold. Taking {r.choice(['Lantus', 'NPH'])} as prescribed. No vomiting. "
             f"Advised to push fluids, check ketones, call back Monday or go to {O(p['hosp'][1][0])} ED if worse. "
             f"Refill of metformin called to {O(p['pharm'])} ({P(phone(r, area=False))}). "
             f"{'Patient now at ' + O(p['nh'][0]) + ' for rehab after hip fx, ' + 'nursing there ' + P(phone(r)) + '.' if r.random() < 0.5 else 'Worried about the bill from the ambulance, gave number for financial counseling.'}\n"
             f"Will review with {dr(p['pcp'])}. Appt {fd(d + dt.timedelta(days=r.randint(2, 10)), 'md')} at 9:30.\n")
    t.append(sign(a, r))
    s = "".join(t)
    if mode == 0:
        return recase(s, str.upper)
    if mode == 1:
        return recase(s, str.lower)
    return s


def discharge(p, d, a, r, k):
    hosp, short = p["hosp"]
    adm = d - dt.timedelta(days=r.randint(3, 9))
    how = r.choice(["us", "us2", "dm"])
    att = r.choice([x for x in DOCS if x[3] == "hosp"])
    t = [f"Record date: {fd(d, 'iso')}\n\n{O(hosp.upper())}\nDISCHARGE SUMMARY\n\n"
         f"NAME: {N(p['last'].upper() + ', ' + p['first'].upper())}\nUNIT NUMBER: {I(p['mrn'])}\n"
         f"ADMISSION DATE: {fd(adm, how)}\nDISCHARGE DATE: {fd(d, how)}\n"
         f"ATTENDING: {N(att[0].upper() + ' ' + att[1].upper())}, M.D.\n\n"]
    t.append(f"PRINCIPAL DIAGNOSIS: Non-ST elevation myocardial infarction.\nOTHER DIAGNOSES: Diabetes mellitus type 2, "
             f"hypertension, chronic kidney disease, Parkinson's disease.\n\n")
    t.append(f"HISTORY OF PRESENT ILLNESS: The patient is a {age(p, d)}-year-old {'woman' if p['female'] else 'man'} "
             f"with a long history of diabetes followed by {dr(p['pcp'], full=True)} at {O(p['clinic'])} who presented "
             f"to {O(r.choice(['Merriam Valley Hospital', 'Northgate']))} on {fd(adm, 'long')} with substernal chest "
             f"pressure and was transferred here for catheterization. Troponin at the outside hospital 2.3. "
             f"{'She' if p['female'] else 'He'} lives at home in {L(p['town'])} with {'her husband' if p['female'] else 'his wife'}, "
             f"{N(p['spouse'] + ' ' + p['last'])}, who is {'her' if p['female'] else 'his'} health care proxy.\n\n")
    t.append(f"HOSPITAL COURSE: 1. CARDIAC: Taken to the cath lab on {fd(adm + dt.timedelta(days=1), 'md')} by "
             f"{dr(r.choice([x for x in DOCS if x[3] == 'cards']))}; 90% mid RCA, DES placed. Post cath course "
             f"complicated by groin hematoma, managed conservatively. Echo showed EF 40%. Started on Toprol and "
             f"lisinopril. Cardiac rehab referral to {O('Harrow Hill Rehabilitation Center')}.\n"
             f"2. ENDOCRINE: Sugars 180-300 on admission, insulin drip briefly in the CCU, then Lantus plus sliding scale. "
             f"Seen by the Endocrine service ({dr(r.choice([x for x in DOCS if x[3] == 'endo']))}). A1c {lab_value('HbA1c', r)}.\n"
             f"3. RENAL: Creatinine peaked at 2.1 on {fd(adm + dt.timedelta(days=2), 'md')} after dye, back to 1.4 at "
             f"discharge. {dr(r.choice([x for x in DOCS if x[3] == 'renal']))} of {O('Okafor Kidney Associates')} "
             f"will follow as outpatient.\n4. GU: Foley removed day 2, voiding.\n"
             f"5. NEURO: Parkinson's stable on Sinemet; PT/OT evaluated.\n\n")
    t.append("DISCHARGE MEDICATIONS:\n" + meds(r, caps=True, bullets="") + "\n")
    dispo = r.random()
    if dispo < 0.4:
        nh, nick = p["nh"]
        t.append(f"DISPOSITION: To {O(nh)} ({m('ADDRESS', r.choice(['45 Summer St', '1020 Route 9', '3 Chapel Rd']))}, "
                 f"{L(r.choice(['Canton', 'Weymouth', 'Stoughton']))}), phone {P(phone(r))}. The family likes the "
                 f"{O(nick)} because it is close to {'her' if p['female'] else 'his'} son {N(p['kids'][0])}.\n")
    else:
        t.append(f"DISPOSITION: Home with VNA services from {O(r.choice(['Old Colony VNA', 'Greater Lowell Home Care', 'Bayside Visiting Nurses']))}.\n")
    t.append(f"FOLLOW UP: {dr(p['pcp'])} in 1 week ({P(phone(r))}); Cardiology clinic {fd(d + dt.timedelta(days=r.randint(14, 30)), how)}; "
             f"labs at {O(p['clinic'])} on {fd(d + dt.timedelta(days=5), 'md')}.\n\n")
    t.append(f"Dictated By: {N(a[1].upper() + ', ' + a[0].upper())}\nAttending: {N(att[1] + ', ' + att[0])}\n"
             f"D: {fd(d, 'us2')}  T: {fd(d + dt.timedelta(days=1), 'us2')}\nBatch: {I(str(r.randint(10000, 99999)))}  "
             f"Index No. {I('JL' + str(r.randint(1000, 9999)) + 'W' + str(r.randint(10, 99)))}\n"
             f"cc: {dr(p['pcp'], full=True)}; {N(r.choice(DOCS)[1])}, {O(r.choice([h[0] for h in HOSPITALS]))}")
    return "".join(t)


STYLES = [("pcp_visit", pcp_visit, "pcp"), ("endocrine_letter", endo_note, "endo"), ("cardiology_letter", cardio_letter, "cards"),
          ("ed_note", ed_note, "ed"), ("telephone_note", phone_note, "rn"), ("discharge_summary", discharge, "hosp")]


def main():
    pts = make_patients()
    plan = []
    for i, p in enumerate(pts):
        n = 3 if i in (5, 12) else 4
        start = dt.date(p["start"], R.randint(1, 12), R.randint(1, 28))
        for j in range(n):
            plan.append((i, j, start + dt.timedelta(days=j * R.randint(300, 900) + R.randint(0, 40))))
    out = []
    for k, (i, j, d) in enumerate(plan):
        style, fn, role = STYLES[k % len(STYLES)]
        p = pts[i]
        a = p["pcp"] if role == "pcp" else R.choice([x for x in DOCS if x[3] == role])
        R_DATE[0] = d
        text, spans = strip(fn(p, d, a, R, j))
        out.append({"id": f"h24-{k:03d}", "style": style, "text": text, "spans": spans})
    for rec in out:
        print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__":
    main()
