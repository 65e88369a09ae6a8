"""Fourth blind hold-out de-identification gold set: 25 note styles x 3 synthetic notes.

Written without looking at the redaction rules. Every value that is PHI is inserted through
``m(label, value)``, which wraps it in a marker; ``build`` removes the markers and records each span
from where the value was inserted. Names, numbers and places are invented. Deterministic (fixed
seed): ``python tests/data/generate_holdout4_notes.py > tests/data/holdout4_notes_gold.jsonl``.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta

SEED = 4_2026_1127
OPEN, SEP, CLOSE = "⟦", "|", "⟧"

FIRST = ["Aaliyah", "Bogdan", "Chidi", "Dagny", "Esperanza", "Farhan", "Giorgos", "Hyun-woo", "Ifeoma",
         "Jadwiga", "Kwame", "Lakshmi", "Mateo", "Noor", "Oksana", "Pradeep", "Quang", "Rivka", "Siosaia",
         "Tomasz", "Ursula", "Valentina", "Wiremu", "Ximena", "Yusuf", "Zofia", "Hope", "Faith", "Grace",
         "Rose", "June", "Joy", "Will", "Mark", "Sterling", "Dawn", "Amber", "Ruby", "Hunter", "Chase",
         "Guadalupe", "Aroha", "Thanh", "Mei-Ling", "Anouk", "Oluwaseun", "Bartholomew", "Keoni", "Saoirse",
         "Dmitri", "Fatima", "Emeka", "Ingrid", "Priya", "Jean-Baptiste", "Xochitl", "Bjorn", "Tupac",
         "Lorraine", "Delroy", "Marisol", "Gustavo", "Aigerim", "Tevita", "Wendell", "Precious", "Colm"]
LAST = ["Okonkwo", "Brown", "Bishop", "Gray", "Young", "Price", "Black", "Hill", "Child", "Wood", "Page",
        "Stone", "Nguyen", "Kowalczyk", "Abernathy", "Al-Rashid", "Van der Berg", "O'Sullivan", "Mbeki",
        "Fonoti", "Takahashi", "Castañeda", "Papadopoulos", "Haddad", "Rahimi", "Oyelaran", "Szabo",
        "Ramírez-Ortiz", "Fairweather", "Savage", "Small", "Moody", "Short", "Sharp", "Cash", "Friend",
        "Bloom", "Law", "Banks", "Kaur", "Begay", "Tsosie", "Lindqvist", "Oduya", "Whitehorse", "McAllister",
        "Delacroix", "Thorvaldsen", "Achterberg", "Nakamura", "Quispe", "Adeyemi", "Hollowell", "Marsh",
        "Ng", "Ruiz", "Lamb", "Fox", "Frost", "Goodnight", "Winter", "Love", "Christmas", "Rich"]
CITIES = [("Marlow", "NH", "New Hampshire", "03456"), ("Tewksbury", "MA", "Massachusetts", "01876"),
          ("Eau Claire", "WI", "Wisconsin", "54701"), ("Yakima", "WA", "Washington", "98901"),
          ("Chillicothe", "OH", "Ohio", "45601"), ("Bismarck", "ND", "North Dakota", "58501"),
          ("Pawtucket", "RI", "Rhode Island", "02860"), ("Dothan", "AL", "Alabama", "36301"),
          ("Kalispell", "MT", "Montana", "59901"), ("Las Cruces", "NM", "New Mexico", "88001"),
          ("Duluth", "MN", "Minnesota", "55802"), ("Ithaca", "NY", "New York", "14850"),
          ("Gallup", "NM", "New Mexico", "87301"), ("Bangor", "ME", "Maine", "04401"),
          ("Hilo", "HI", "Hawaii", "96720"), ("Texarkana", "TX", "Texas", "75501"),
          ("Florence", "SC", "South Carolina", "29501"), ("Paris", "KY", "Kentucky", "40361")]
STREETS = ["42 Larkspur Ln", "1180 Old Mill Rd", "77 Hawthorne Street", "3301 N. Kedzie Ave",
           "9 Quarry Hill Road", "615 W 4th St", "2207 Sycamore Ct", "18 Bayberry Drive", "PO Box 114",
           "401 Ridgeview Terrace", "56 Cottage Row", "1402 Mesa Verde Blvd", "88 Tamarack Way",
           "230 County Road 12", "7 Lighthouse Point"]
HOSPITALS = ["St. Brendan's Medical Center", "Mercy Valley Hospital", "Hollis Regional Medical Center",
             "Lakeshore Children's Hospital", "Good Samaritan of the Plains", "Riverbend Memorial Hospital",
             "Eastfield Community Hospital", "North Country Health System", "Saint Agnes Hospital",
             "Pinecrest Rehabilitation Hospital", "Harborview Cardiac Institute", "Bayside General"]
CLINICS = ["Brightwater Sleep Center", "Northgate Digestive Health", "Tri-County Allergy & Asthma",
           "Summit Hearing Associates", "Clearwater Dialysis", "Oak Park Family Practice",
           "Meadowlark Pediatrics", "Prairie Infusion Center", "Copper Canyon Neurology"]
EMPLOYERS = ["Bexley Freight Lines", "Kettering Unified School District", "Hartwell Poultry",
             "Amberline Call Center", "Dunmore Quarry Co.", "Silverpine Casino", "Greater Yakima Transit"]
PHARMACIES = ["CVS Pharmacy", "Walgreens", "Rite Aid", "Hy-Vee Pharmacy", "Corner Drug", "Kroger Pharmacy"]

rng = random.Random(SEED)


def m(label: str, value: str) -> str:
    """Mark ``value`` as a gold span of ``label`` (removed by ``build``)."""
    return f"{OPEN}{label}{SEP}{value}{CLOSE}"


def build(marked: str, case: str = "") -> tuple[str, list[dict]]:
    """Strip the markers, returning the text and each marked value's span."""
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    i = 0
    while i < len(marked):
        j = marked.find(OPEN, i)
        if j < 0:
            out.append(marked[i:])
            break
        out.append(marked[i:j])
        pos += j - i
        k = marked.index(SEP, j)
        end = marked.index(CLOSE, k)
        label, value = marked[j + 1:k], marked[k + 1:end]
        spans.append({"start": pos, "end": pos + len(value), "label": label})
        out.append(value)
        pos += len(value)
        i = end + 1
    text = "".join(out)
    cased = text.upper() if case == "upper" else text.lower() if case == "lower" else text
    assert len(cased) == len(text)
    return cased, spans


def pick(seq):
    return rng.choice(seq)


class Person:
    def __init__(self) -> None:
        self.first = pick(FIRST)
        self.last = pick(LAST)

    def full(self) -> str:
        return m("NAME", f"{self.first} {self.last}")

    def lf(self) -> str:
        return m("NAME", f"{self.last}, {self.first}")

    def l(self) -> str:  # noqa: E743
        return m("NAME", self.last)

    def f(self) -> str:
        return m("NAME", self.first)

    def il(self) -> str:
        return m("NAME", f"{self.first[0]}. {self.last}")


def people(n: int) -> list[Person]:
    return [Person() for _ in range(n)]


def day(lo: int = 2019, hi: int = 2025) -> date:
    return date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fd(d: date, kind: str) -> str:
    """One date written in one of the forms notes use."""
    forms = {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us_short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(),
        "dmy": f"{d.day} {d:%b} {d.year}",
        "long": f"{d:%B} {d.day}, {d.year}",
        "md": f"{d.month}/{d.day}",
        "mon_d": f"{d:%b} {d.day}",
        "month_ord": f"{d:%B} {ordinal(d.day)}",
        "dash": f"{d.day:02d}-{d:%b}-{d.year}".upper(),
        "weekday": f"{d:%A}",
        "wk_date": f"{d:%A}, {d:%B} {d.day}",
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "compact": f"{d.year}{d.month:02d}{d.day:02d}",
        "the_ord": f"the {ordinal(d.day)}",
        "month_year": f"{d:%B} {d.year}",
    }
    return forms[kind]


def D(d: date, kind: str) -> str:
    value = fd(d, kind)
    if kind == "the_ord":  # "the" stays outside the span
        return "the " + m("DATE", value[4:])
    return m("DATE", value)


def phone(kind: str = "") -> str:
    a, b, c = rng.randint(201, 989), rng.randint(200, 989), rng.randint(0, 9999)
    kind = kind or pick(["paren", "dash", "dot", "plain", "intl"])
    return m("PHONE", {"paren": f"({a}) {b}-{c:04d}", "dash": f"{a}-{b}-{c:04d}", "dot": f"{a}.{b}.{c:04d}",
                       "plain": f"{a}{b}{c:04d}", "intl": f"+1 {a} {b} {c:04d}"}[kind])


def ext() -> str:
    return m("PHONE", str(rng.randint(2000, 8999)))


def num(n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def idv(pattern: str) -> str:
    """An ID from a pattern: '#' digit, 'A' letter, others kept."""
    return m("ID", "".join(str(rng.randint(0, 9)) if ch == "#" else pick("ABCDEFGHJKLMNPRSTUVWXYZ")
                           if ch == "A" else ch for ch in pattern))


def visa(digits: str) -> str:
    """A Visa-shaped card number from 16 drawn digits: leading 4 and a valid Luhn check digit."""
    body = "4" + digits[1:15]
    total = sum(int(c) if i % 2 else (2 * int(c) - 9 if int(c) > 4 else 2 * int(c))
                for i, c in enumerate(reversed(body)))
    number = body + str(-total % 10)
    return " ".join(number[i:i + 4] for i in range(0, 16, 4))


def ssn() -> str:
    return m("SSN", f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}")


def place() -> tuple[str, str, str, str]:
    return pick(CITIES)


def addr(full_state: bool = False, sep: str = ", ") -> str:
    city, st, state, z = place()
    return (m("ADDRESS", pick(STREETS)) + sep + m("LOCATION", city) + ", "
            + m("STATE", state if full_state else st) + " " + m("ZIP", z))


def org(pool: list[str]) -> str:
    return m("ORGANIZATION", pick(pool))


def age_old() -> str:
    return m("AGE", str(rng.randint(90, 104)))


def email(p: Person, domain: str = "") -> str:
    domain = domain or pick(["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com"])
    local = pick([f"{p.first[0]}{p.last}", f"{p.first}.{p.last}", f"{p.last}{rng.randint(1, 99)}"])
    local = "".join(ch for ch in local.lower() if ch.isalnum() or ch == ".")
    local = local.replace("ñ", "n").replace("í", "i")
    return m("EMAIL", f"{local}@{domain}")


# ----------------------------------------------------------------------------------------------------
# Styles. Each takes the note's index within its style (0..2) and returns (marked text, case).


def cath_report(k: int):
    pt, op, ref, fel = people(4)
    d = day(2080, 2099)
    yr = d.year - rng.randint(3, 12)
    return (f"Record date: {D(d, 'iso')}\n\n"
            f"{org(HOSPITALS)} CARDIAC CATHETERIZATION LABORATORY\n"
            f"Patient: {pt.lf()}    MRN: {idv('###-##-##')}    Acct: {idv('########')}\n"
            f"Referring: Dr. {ref.l()}    Operator: {op.full()}, MD    Fellow: Dr. {fel.il()}\n\n"
            f"INDICATION: 67 y/o with exertional angina, abnormal SPECT {D(d - timedelta(days=11), 'md')}. "
            f"Prior PCI to LAD in {m('YEAR', str(yr))}.\n"
            "PROCEDURE: Right radial access, 6F Judkins JL3.5/JR4, LV gram. Allen test normal.\n"
            "FINDINGS: LM normal. LAD: 80% mid stenosis, TIMI 3 flow. LCx: mild luminal irregularity. "
            "RCA dominant, 50% proximal. LVEDP 18. EF 45% by ventriculogram.\n"
            "Swan-Ganz not placed. Heparin 5000 units. Contrast Visipaque 140 mL.\n"
            f"IMPRESSION: Single-vessel CAD. DES x1 to mid LAD (Xience 3.0 x 18, lot 1120{num(4)}).\n"
            f"PLAN: DAPT x 12 months. Follow-up with Dr. {ref.l()} on {D(d + timedelta(days=14), 'weekday')}, "
            f"cath lab callback line {phone('dash')}.\n"
            f"Electronically signed: {op.full()} {D(d, 'us')} 16:42", "")


def sleep_study(k: int):
    pt, tech, md, bed = people(4)
    d = day()
    city, st, _, z = place()
    return (f"{org(CLINICS[:1] + ['Sandhill Sleep Disorders Center', 'Lakes Region Sleep Lab'])}\n"
            f"{m('ADDRESS', pick(STREETS))}, {m('LOCATION', city)} {m('STATE', st)} {m('ZIP', z)}  "
            f"Tel {phone()}  Fax {phone()}\n\n"
            "POLYSOMNOGRAPHY REPORT - SPLIT NIGHT\n"
            f"Name: {pt.full()}   DOB: {D(day(1948, 1990), 'us')}   Study #: {idv('PSG-##-####')}\n"
            f"Study date: {D(d, 'dmy')} (night of {D(d, 'weekday')})   Scored by: {tech.full()}, RPSGT\n"
            f"Bed partner ({bed.f()}) reports loud snoring and witnessed apneas. Epworth Sleepiness Scale 15/24.\n"
            "Diagnostic portion: TST 182 min, sleep efficiency 78%. AHI 38.4/h (obstructive), "
            "RDI 41.0, nadir SpO2 79%. Cheyne-Stokes pattern absent. No periodic limb movements.\n"
            "Titration: CPAP 5-13 cm H2O; optimal 11 cm with AHI 2.1/h, REM supine observed.\n"
            "IMPRESSION: Severe obstructive sleep apnea (G47.33).\n"
            f"RECOMMENDATION: CPAP 11 cm H2O, medium nasal mask. DME order faxed to "
            f"{org(['Apria Healthcare', 'Lincare', 'Blue Heron Medical Supply'])} on {D(d + timedelta(days=2), 'md')}. "
            f"Follow-up in sleep clinic 31-90 days after set-up for compliance download.\n"
            f"Interpreting physician: {md.full()}, MD, D.ABSM   {D(d + timedelta(days=3), 'long')}", "")


def endoscopy(k: int):
    pt, endo, anes, nurse = people(4)
    d = day()
    return (f"{org(CLINICS[1:2] + ['Mercy Valley Endoscopy Suite', 'Riverbend Ambulatory Surgery Center'])}\n"
            "PROCEDURE REPORT: EGD WITH BIOPSY / COLONOSCOPY\n"
            f"Patient Name: {pt.lf()}     Gender: F     MRN: {idv('E#######')}\n"
            f"Date of Birth: {D(day(1950, 1985), 'us')}     Procedure Date: {D(d, 'us')}\n"
            f"Attending: {endo.full()}, MD     Anesthesia: Dr. {anes.l()} (MAC, propofol)   RN: {nurse.f()}\n"
            f"Referring: {org(['Oak Park Family Practice', 'Tri-County Primary Care'])}\n\n"
            "Findings:\n- LA Grade B esophagitis. Salmon-colored mucosa 3 cm above GEJ, Prague C1M3: "
            "suspicious for Barrett's esophagus; biopsied (jar 1).\n"
            "- Small non-bleeding Mallory-Weiss tear. Hiatal hernia 2 cm.\n"
            "- Colon: Boston Bowel Prep Scale 8 (3/3/2). Two 4 mm sessile polyps, sigmoid, cold snare. "
            "Diverticulosis.\n"
            f"Recommendations: PPI BID. Await pathology; letter to patient at {addr()}. "
            f"Repeat EGD in 1 year; surveillance colonoscopy {m('YEAR', str(d.year + 5))}.\n"
            f"Questions: GI nurse line {phone('paren')} ext {ext()}\n"
            f"{endo.il()}, MD  {D(d, 'us')} 10:14:22 AM", "")


def allergy_letter(k: int):
    pt, doc, pcp, mom = people(4)
    d = day()
    city, st, state, z = place()
    return (f"{org(CLINICS[2:3] + ['Tri-County Allergy & Asthma', 'Pinnacle Allergy and Immunology'])}\n"
            f"{m('ADDRESS', pick(STREETS))}\n{m('LOCATION', city)}, {m('STATE', state)} {m('ZIP', z)}\n\n"
            f"{D(d, 'long')}\n\n"
            f"Dr. {pcp.full()}\n{org(['Oak Park Family Practice', 'Meadowlark Pediatrics', 'Hilltop Clinic'])}\n\n"
            f"Re: {pt.full()}  DOB {D(day(2008, 2018), 'us')}\n\n"
            f"Dear Dr. {pcp.l()},\n\n"
            f"Thank you for referring {pt.f()}, who was seen today with mother, {mom.full()}. "
            f"{pt.f()} developed hives and lip swelling 10 minutes after eating peanut butter at "
            f"{org(['Jefferson Middle School', 'Lincoln Elementary', 'Little Acorns Daycare'])} on "
            f"{D(d - timedelta(days=20), 'month_ord')}.\n"
            "Skin prick testing: peanut 9 mm wheal, Ara h 2 IgE 14.2 kU/L. Tree nut panel negative. "
            "Histamine control 5 mm. Grass and birch pollen positive; dust mite negative.\n"
            "Assessment: IgE-mediated peanut allergy; allergic rhinitis. Epinephrine auto-injector 0.15 mg "
            "x2 prescribed, school action plan completed. We will consider oral immunotherapy (Palforzia) "
            "once rhinitis is controlled.\n"
            f"Please call {phone()} with any questions.\n\nSincerely,\n\n{doc.full()}, MD, FAAAAI", "")


def genetics(k: int):
    pt, gc, md = people(3)
    mat_gm, pat_gf, mom, aunt, uncle, sib, cous, dad = people(8)
    d = day()
    upper = k == 2
    return (f"{org(HOSPITALS)} - CANCER GENETICS PROGRAM\nGENETIC COUNSELING NOTE\n"
            f"Date of service: {D(d, 'us')}   Patient: {pt.full()}   MRN {idv('########')}\n"
            f"Counselor: {gc.full()}, MS, CGC   Supervising: Dr. {md.l()}\n\n"
            "Reason: personal history of colon cancer at 44; evaluate for Lynch syndrome.\n"
            "PEDIGREE (3 generations):\n"
            f"- Mother {mom.f()}, 71, endometrial ca at 52, living in {m('LOCATION', place()[0])}.\n"
            f"- Father {dad.full()}, d. {m('YEAR', str(d.year - 9))} MI at 68.\n"
            f"- Maternal grandmother {mat_gm.full()}, {age_old()}, colon ca in her 60s.\n"
            f"- Paternal grandfather {pat_gf.f()}, died aged {age_old()}, 'old age'.\n"
            f"- Maternal aunt {aunt.f()}, 58, ovarian ca; maternal uncle {uncle.f()}, 63, "
            "no cancer, colonoscopy normal.\n"
            f"- Brother {sib.f()}, 40, unaffected. Cousin {cous.full()} had a Huntington disease "
            "workup (negative) - unrelated.\n"
            "Amsterdam II criteria met. Tumor IHC: loss of MSH2/MSH6. Discussed Lynch, Muir-Torre "
            "variant, and that Cowden and Peutz-Jeghers are less likely.\n"
            "Plan: multigene panel (47-gene) sent; results expected in 2-3 weeks. Cascade testing "
            f"letter for relatives. Results visit {D(d + timedelta(days=21), 'wk_date')} by phone "
            f"{phone('dot')}.\n{gc.full()}, CGC", "upper" if upper else "")


def transplant(k: int):
    pt, coord, spouse, surg, neph = people(5)
    d = day()
    return (f"TRANSPLANT COORDINATOR NOTE - {org(['Harborview Cardiac Institute', 'North Country Health System', 'Saint Agnes Hospital'])} "
            "Kidney/Pancreas Program\n"
            f"Pt: {pt.full()}  UNOS ID: {idv('AAAA###')}  MRN: {idv('#######')}  Blood type O+\n"
            f"Date: {D(d, 'dmy')}   Coordinator: {coord.full()}, RN, CCTC\n\n"
            f"Called pt at home ({phone('paren')}) and spouse {spouse.f()} (cell {phone('dash')}). "
            f"On list since {D(d - timedelta(days=700), 'month_year')}, cPRA 87%. "
            f"Dialysis at {org(['Clearwater Dialysis', 'DaVita Lakeshore', 'Fresenius Kidney Care Dothan'])} "
            "MWF chair 14.\n"
            f"Organ offer received {D(d, 'weekday')} 0215 (donor ID {idv('AAA####')}, KDPI 34%). "
            f"Pt NPO, to arrive 6 West by 0600. Dr. {surg.l()} (transplant surgery) and Dr. {neph.l()} aware. "
            "Crossmatch pending; Foley and Hickman not needed.\n"
            f"Insurance: Medicare ID {idv('#AA#-AA#-AA##')}; secondary {org(['Blue Cross Blue Shield', 'Aetna', 'Medica'])} "
            f"member {idv('XK#########')}.\n"
            f"Pt lives at {addr()} - 2.5 h drive; we hope to arrange lodging if needed.\n"
            f"{coord.il()}, RN  pager {m('PHONE', str(rng.randint(10000, 99999)))}", "")


def id_consult(k: int):
    pt, fellow, att, pcp = people(4)
    d = day(2130, 2190)
    return ("Infectious Disease Consult\n"
            f"Admission Date: [{D(d - timedelta(days=4), 'iso')}]  Service: MEDICINE\n"
            f"Consult requested by: Dr. {pcp.l()} for fevers on vancomycin\n\n"
            f"HPI: 58M IVDU from {m('LOCATION', place()[0])} with MSSA bacteremia (BCx {D(d - timedelta(days=4), 'md')} "
            f"x2/2, {D(d - timedelta(days=3), 'md')} 1/2). TTE no veg; TEE {D(d - timedelta(days=1), 'weekday')}: "
            "8 mm mobile vegetation on tricuspid valve. Modified Duke criteria: definite IE.\n"
            f"Travel: works seasonal harvest at {org(EMPLOYERS)}; no TB exposure. "
            "HIV Ag/Ab neg, HCV Ab pos, RNA pending.\n"
            "Micro: Gram stain GPC in clusters. Kirby-Bauer / MIC: oxacillin S, clinda R (D-test pos).\n"
            "Exam: Janeway lesions on soles, no Osler nodes, Roth spots not seen (ophtho).\n"
            "Assessment/Plan:\n1. Right-sided MSSA endocarditis - change vanc to cefazolin 2 g q8h, "
            "6 weeks from first negative culture. Repeat BCx daily until clear.\n"
            f"2. OPAT: PICC once BCx neg 72 h; will arrange with {org(['Prairie Infusion Center', 'Option Care', 'CarePoint Home Infusion'])}.\n"
            "3. HCV - treat as outpatient.\n"
            f"Seen and discussed with Dr. {att.l()}, ID attending.\n"
            f"{fellow.full()}, MD, ID fellow, pager {m('PHONE', f'{rng.randint(100, 999)}-{rng.randint(1000, 9999)}')}", "")


def eeg(k: int):
    pt, tech, md = people(3)
    d = day()
    return (f"{org(['Copper Canyon Neurology', 'Riverbend Memorial Hospital', HOSPITALS[3]])} "
            "CLINICAL NEUROPHYSIOLOGY\nROUTINE EEG REPORT\n\n"
            f"NAME: {pt.lf().upper()}   MRN: {idv('#########')}   EEG #: {idv('E##-###')}\n"
            f"DATE OF STUDY: {D(d, 'dash')}   REQUESTING MD: Dr. {md.l()}   TECH: {tech.il()}\n\n"
            f"HISTORY: 23 y/o R-handed student at {org(['Bismarck State College', 'Ithaca College', 'Gallup High School'])} "
            f"with 2 GTC seizures, last {D(d - timedelta(days=6), 'month_ord')}. On levetiracetam 500 mg BID.\n"
            "TECHNIQUE: 21-channel digital recording, International 10-20 system, photic stimulation and "
            "hyperventilation performed. Duration 34 min. Awake and drowsy.\n"
            "DESCRIPTION: Posterior dominant rhythm 10 Hz, reactive. Frequent bursts of generalized 4-5 Hz "
            "polyspike-and-wave, 1-3 s, maximal frontally, enhanced by photic stimulation (photoparoxysmal "
            "response). No focal slowing. Single-lead EKG: sinus, 76.\n"
            "IMPRESSION: Abnormal EEG consistent with idiopathic generalized epilepsy (JME phenotype). "
            "Not a Lennox-Gastaut or West pattern.\n"
            f"Reviewed by {md.full()}, MD  {D(d + timedelta(days=1), 'us')}", "")


def audiology(k: int):
    pt, aud, ent = people(3)
    d = day()
    age = rng.randint(90, 101)
    return (f"{org(['Summit Hearing Associates', 'Bayside General', 'Eastfield Community Hospital'])} - Audiology\n"
            f"Patient: {pt.full()}  Date: {D(d, 'us_short')}  DOB: {D(d - timedelta(days=365 * age + 40), 'us')}  "
            f"Age: {m('AGE', str(age))}\n"
            f"Referred by: Dr. {ent.l()} (ENT)  Audiologist: {aud.full()}, Au.D., CCC-A\n\n"
            "Case history: progressive bilateral hearing loss, L>R tinnitus, former machinist at "
            f"{org(EMPLOYERS)} for 30 yrs. Hearing aids (Phonak, serial {idv('####A####')}) from "
            f"{m('YEAR', str(d.year - 6))} no longer helpful.\n"
            "Otoscopy: clear canals. Tympanometry: Type A bilat.\n"
            "Tuning fork: Weber lateralizes to R; Rinne positive (AC>BC) bilaterally.\n"
            "Pure tone audiometry: moderate-to-severe sloping SNHL bilaterally; WRS 64% R, 48% L at 80 dB HL. "
            "Stenger negative.\n"
            "Recommendations: new RIC aids with telecoil; consider CI candidacy eval. "
            f"Daughter {people(1)[0].full()} (POA) present; call her at {phone()} to schedule fitting.\n"
            f"{aud.il()}, Au.D.", "")


def speech(k: int):
    pt, slp, wife = people(3)
    d = day()
    return ("SPEECH-LANGUAGE PATHOLOGY - BEDSIDE SWALLOW / FEES\n"
            f"{pt.lf()} | MRN {idv('########')} | Rm 5214-B | {D(d, 'iso')} 1330\n"
            f"S: Pt alert, wife {wife.f()} at bedside. Pt reports 'food sticks'. Hx L MCA CVA {D(d - timedelta(days=5), 'md')}.\n"
            "O: Oral motor: R facial droop, reduced lingual ROM. Thin liquids via cup: immediate cough x3. "
            "Nectar-thick: no overt s/s aspiration. FEES: silent penetration with thin (PAS 5), "
            "vallecular residue moderate. Yale Pharyngeal Residue Scale 3.\n"
            "Cognition: oriented x3, follows 2-step commands; mild expressive aphasia, naming 6/10 "
            "(rose, brown bear, fork ok; failed 'hammock').\n"
            "A: Moderate oropharyngeal dysphagia.\n"
            "P: IDDSI level 5 minced & moist / mildly thick liquids. Meds crushed in puree. Chin tuck. "
            f"SLP f/u daily; re-eval {D(d + timedelta(days=2), 'weekday')}. Will educate {wife.f()} on thickener.\n"
            f"{slp.full()}, MS, CCC-SLP  ext {ext()}", "")


def nutrition(k: int):
    pt, rd, son = people(3)
    d = day()
    upper = k == 1
    return ("NUTRITION ASSESSMENT - REGISTERED DIETITIAN\n"
            f"Date {D(d, 'us')}  Pt {pt.full()}  Age {age_old()}  Unit 4N bed 12\n"
            f"Admit {D(d - timedelta(days=3), 'md')} with aspiration PNA from {org(['Cedar Grove Nursing Home', 'Heritage Manor', 'Willow Brook Assisted Living'])}.\n"
            "Ht 160 cm, Wt 44.1 kg (usual 52 kg 6 mo ago: 15% loss), BMI 17.2.\n"
            "NFPE: moderate temporal and severe clavicular wasting, grip weak.\n"
            "Intake <50% of needs x >1 month per son. Meets ASPEN/AND criteria for severe malnutrition in "
            "the context of chronic illness.\n"
            "Estimated needs: 1300-1500 kcal (30-35 kcal/kg), protein 55-65 g. Refeeding risk: high "
            "(K 3.1, Phos 2.2, Mg 1.6).\n"
            "Recs: Ensure Plus TID, thiamine 100 mg x5 d, replete lytes, start slow. Daily weights. "
            f"Discussed goals with son {son.full()} by phone {phone('paren')}; family hopes to avoid PEG.\n"
            f"{rd.full()}, RD, LDN", "upper" if upper else "")


def case_conference(k: int):
    pt, chair, sw, pt_, ot, nurse, guard = people(7)
    d = day()
    return (f"{org(['Pinecrest Rehabilitation Hospital', 'Hollis Regional Medical Center', 'Good Samaritan of the Plains'])}\n"
            "INTERDISCIPLINARY CASE CONFERENCE - MINUTES\n"
            f"Date: {m('DATE', fd(d, 'wk_date') + ' ' + str(d.year))}   Time: 14:00-14:40   Room 3C\n"
            f"Patient: {pt.full()} (MRN {idv('##-###-###')}), admitted {D(d - timedelta(days=18), 'mon_d')}\n"
            f"Present: Dr. {chair.full()} (chair); {sw.full()} (SW); {pt_.full()} (PT); {ot.il()} (OT); "
            f"{nurse.full()}, RN; guardian {guard.full()} via speakerphone.\n\n"
            "1. Medical: stable, INR therapeutic, sacral wound healing (Braden 15).\n"
            "2. Therapy: FIM motor 48 -> 61. Ambulates 150 ft with rolling walker, CGA. Stairs not tolerated.\n"
            f"3. Discharge: guardian prefers return home to {m('LOCATION', place()[0])}; SW reports waitlist at "
            f"{org(['Heritage Manor', 'Cedar Grove Nursing Home', 'Sunrise of Marlow'])}. "
            f"Home eval scheduled {D(d + timedelta(days=3), 'md')}.\n"
            "4. Actions: PT to trial stair rail; SW to file Medicaid application; "
            f"target discharge date {D(d + timedelta(days=10), 'us')}.\n"
            f"Next conference {D(d + timedelta(days=7), 'weekday')} same time. Minutes: {sw.il()}", "")


def sbar(k: int):
    pt, out_rn, in_rn, md, dtr = people(5)
    d = day()
    lower = k == 1
    return (f"SBAR HANDOFF  {D(d, 'md')} 1900  5 West rm 18\n"
            f"From: {out_rn.f()} RN  To: {m('NAME', in_rn.first + ' ' + in_rn.last[0] + '.')} RN\n"
            f"S: {pt.full()}, 81F, POD 2 L hip ORIF, new confusion since 1500. Pulled PIV x1.\n"
            "B: hx dementia (baseline A&Ox2), HTN, AF on apixaban (held). Lives w/ daughter "
            f"{dtr.f()} in {m('LOCATION', place()[0])}. Full code.\n"
            "A: T 37.9, HR 112 irreg, BP 104/60, SpO2 93% 2L. CAM positive. UA sent. Foley out 0600, "
            "voided x1. Pain 4/10 on oxycodone 5. Prior fall hx - bed alarm on.\n"
            f"R: Dr. {md.l()} aware, CBC/BMP/lactate at 2000. Call daughter ({phone('dash')}) if worse; "
            f"she will visit {D(d + timedelta(days=1), 'weekday')} am. Sitter requested.", "lower" if lower else "")


def code_blue(k: int):
    pt, lead, rec, rt, pharm, resident = people(6)
    d = day()
    return ("RAPID RESPONSE / CODE BLUE RECORD\n"
            f"PT: {pt.lf().upper()}  MRN {idv('#######')}  LOC: 7 EAST 712-2  DATE: {D(d, 'us')}\n"
            f"TEAM LEADER: DR {lead.l().upper()}  RECORDER: {rec.full().upper()} RN  RT: {rt.f().upper()}  "
            f"PHARM: {pharm.il().upper()}\n"
            "0312 RRT CALLED FOR SBP 70S, HR 140S.\n0318 UNRESPONSIVE, PULSELESS. CODE CALLED. CPR STARTED. "
            "RHYTHM PEA.\n0320 EPI 1 MG IVP #1. IO R TIBIA.\n0322 ROSC X 40 SEC THEN PEA.\n"
            "0324 EPI #2. ETT 7.5 @ 23 CM BY ANESTHESIA (GLIDESCOPE), ETCO2 18.\n"
            "0330 VF -> DEFIB 200J BIPHASIC. AMIODARONE 300.\n0333 ROSC. MAP 68 ON NOREPI 8.\n"
            "H'S AND T'S REVIEWED. BEDSIDE ECHO: NO TAMPONADE. K 6.1 -> CALCIUM, INSULIN/D50.\n"
            f"FAMILY: WIFE {people(1)[0].full().upper()} NOTIFIED {phone('dash')} 0345 BY DR {resident.l().upper()}.\n"
            f"TRANSFER TO MICU BED 4. DEBRIEF HELD 0410. SIGNED {rec.il().upper()}", "upper")


def blood_bank(k: int):
    pt, tech, md = people(3)
    d = day()
    units = ", ".join(idv('W#### ## ######') for _ in range(2))
    return (f"{org(HOSPITALS)} TRANSFUSION SERVICE / BLOOD BANK NOTE\n"
            f"Patient: {pt.full()}  MRN: {idv('#########')}  Armband (Typenex) #: {idv('AAA####')}\n"
            f"Specimen collected {D(d, 'dmy')} 0722, received 0801, accession {idv('BB##-#####')}\n"
            "ABO/Rh: A NEG. Antibody screen: POSITIVE. Panel: anti-Kell (K) and anti-E identified; "
            "Duffy and Kidd antigens typed. DAT (Coombs) negative.\n"
            "History: G3P3, transfused after delivery in "
            f"{m('YEAR', str(d.year - 14))} at {org(['Riverbend Memorial Hospital', 'Saint Agnes Hospital', 'Bayside General'])}.\n"
            f"Crossmatched K-neg, E-neg RBC units {units} - AHG crossmatch compatible.\n"
            "Product: irradiated, leukoreduced. Hold 2 additional units for OR.\n"
            f"Pathologist Dr. {md.l()} notified; antibody card issued. Called {tech.f()} at reference lab "
            f"{org(['Versiti', 'American Red Cross Immunohematology', 'Central Blood Reference Lab'])} ({phone('paren')}).\n"
            f"Tech: {tech.il()} MT(ASCP)   Verified {D(d, 'us')}", "")


def vaccination(k: int):
    pt, nurse, mom = people(3)
    d = day(2020, 2025)
    rows = []
    for i, (vac, lot) in enumerate([("DTaP-IPV-Hib-HepB (Vaxelis)", "U7{}AA"), ("PCV20 (Prevnar 20)", "LL{}"),
                                    ("Rotavirus (RotaTeq)", "X0{}"), ("Influenza IIV4", "3CA{}")][: 3 + (k % 2)]):
        when = d - timedelta(days=60 * (3 - i))
        rows.append(f"| {vac:<28} | {D(when, 'us')} | {lot.format(num(4))} | {nurse.il()} | "
                    f"{pick(['L thigh', 'R thigh', 'oral', 'L deltoid'])} |")
    table = "\n".join(rows)
    return ("IMMUNIZATION RECORD / VACCINE ADMINISTRATION\n"
            f"{org(['Meadowlark Pediatrics', 'Oak Park Family Practice', 'Gallup Indian Medical Center'])}\n"
            f"Child: {pt.full()}  DOB: {D(d - timedelta(days=250), 'iso')}  State registry ID: {idv('########')}\n"
            f"Parent/guardian: {mom.full()}  Phone: {phone()}\n"
            f"Address: {addr()}\n\n"
            "| Vaccine                      | Date given | Lot       | Given by | Site     |\n"
            f"{table}\n\n"
            "VIS given (DTaP 8/6/21 ed., Rotavirus 10/15/21 ed.). No reactions at 15 min. "
            "Catch-up for MMR deferred (febrile). Mother hopes to finish series before daycare. "
            f"Next due: {D(d + timedelta(days=60), 'long')}. Reported to state IIS.", "")


def incident(k: int):
    pt, rep, wit, sup, md = people(5)
    d = day()
    return ("PATIENT SAFETY EVENT REPORT (CONFIDENTIAL - PEER REVIEW PRIVILEGED)\n"
            f"Event #: {idv('PSE-####-#####')}  Facility: {org(HOSPITALS)}  Unit: 3 South\n"
            f"Event date/time: {D(d, 'us')} ~02:30   Reported: {D(d, 'us')} 07:10\n"
            f"Person affected: {pt.full()}, MRN {idv('########')}, age {age_old()}\n"
            f"Reporter: {rep.full()}, RN   Witness: {wit.full()}, CNA\n"
            "Category: Fall - unassisted, found on floor beside bed. Bed alarm was OFF. Non-skid socks on.\n"
            "Injury: 3 cm laceration L forehead, no LOC per pt. CT head negative. Morse fall score 65 on admission.\n"
            f"Notifications: Dr. {md.l()} 0240; daughter-in-law {people(1)[0].full()} at {phone('dot')} 0315; "
            f"charge nurse {sup.f()}.\n"
            "Contributing factors: new zolpidem order, room far from station, call light out of reach.\n"
            "Immediate actions: bed alarm reactivated, low bed, hourly rounding. Pharmacy review requested.\n"
            "Severity: Harm - temporary, intervention required (NCC MERP E equivalent).", "")


def court_eval(k: int):
    pt, evaluator, judge, atty, pros = people(5)
    d = day()
    city, st, state, z = place()
    return (f"IN THE DISTRICT COURT OF {m('LOCATION', pick(['Cass', 'Yellowstone', 'Dona Ana', 'Tompkins']) + ' County').upper()}, "
            f"{m('STATE', state.upper())}\n"
            f"State v. {pt.full()}, Case No. {idv('CR-####-#####')}\n\n"
            "COURT-ORDERED COMPETENCY TO STAND TRIAL EVALUATION\n"
            f"Ordered by: Hon. {judge.full()}, {D(d - timedelta(days=30), 'long')}\n"
            f"Evaluator: {evaluator.full()}, Psy.D., ABPP (forensic)\n"
            f"Date(s) of evaluation: {D(d - timedelta(days=5), 'md')} and {m('DATE', f'{d.month}/{d.day}/{d.year}')} at "
            f"{org(['Cass County Detention Center', 'Yellowstone County Jail', 'State Hospital South'])}\n"
            f"Defendant: DOB {D(day(1970, 2000), 'us')}, SSN {ssn()}, booking # {idv('#######')}\n"
            f"Sources: interview (6 h), MMPI-3, ECST-R, records of {org(HOSPITALS)}, discussion with defense "
            f"counsel {atty.full()} and ADA {pros.l()}.\n"
            f"Notification of limits of confidentiality given (not a Miranda warning). Defendant grew up in "
            f"{m('LOCATION', city)}, left school in grade 10, last worked at {org(EMPLOYERS)} in "
            f"{m('YEAR', str(d.year - 3))}.\n"
            "Mental status: guarded, tangential; persecutory beliefs about the prosecutor. Dusky standard "
            "applied: factual understanding adequate; rational understanding impaired.\n"
            "Opinion: NOT currently competent; restorable with treatment (olanzapine). Recommend inpatient "
            "restoration.", "")


def va_note(k: int):
    pt, doc, wife, sw = people(4)
    d = day(2021, 2025)
    return (f"LOCAL TITLE: PRIMARY CARE NOTE\nSTANDARD TITLE: PRIMARY CARE NOTE\n"
            f"DATE OF NOTE: {m('DATE', f'{d:%b} {d.day:02d}, {d.year}'.upper())}@10:42   ENTRY DATE: "
            f"{m('DATE', f'{d:%b} {d.day:02d}, {d.year}'.upper())}@11:05\n"
            f"AUTHOR: {doc.lf().upper()}   EXP COSIGNER:\nURGENCY:   STATUS: COMPLETED\n"
            f"PATIENT: {pt.lf().upper()}   SSN: {ssn()}\n"
            f"{org(['Harlan Creek VA Medical Center', 'Fort Meade VA Medical Center', 'Bay Pines VA Healthcare System'])} - "
            f"{m('LOCATION', place()[0])} CBOC\n\n"
            f"{age_old()} y/o Korean War veteran, SC 70% (hearing loss, PTSD). Lives with wife {wife.f()} in "
            f"{m('LOCATION', place()[0])}.\n"
            "Agent Orange screen: N/A (not in-country). MST screen: negative. PHQ-2: 0. AUDIT-C: 1.\n"
            "BP 138/72. A1c 7.1. CKD 3a stable. Bilateral hearing aids from VA audiology.\n"
            "Plan: continue metformin 500 BID. Flu shot given today. HBPC referral placed. "
            f"Caregiver support: SW {sw.full()} to call wife at {phone('paren')}.\n"
            f"Next appt: {D(d + timedelta(days=90), 'us')}.\n"
            f"/es/ {doc.full().upper()}\nPHYSICIAN\nSigned: {m('DATE', fd(d, 'us'))} 11:05", "")


def prison(k: int):
    pt, np, off, psych = people(4)
    d = day()
    return (f"{org(['Cedar Ridge Correctional Facility', 'North Fork Correctional Center', 'Tri-County Detention Center'])} - "
            "HEALTH SERVICES UNIT\nSICK CALL / CHRONIC CARE ENCOUNTER\n"
            f"Inmate: {pt.lf().upper()}   DOC #: {idv('######')}   Housing: C-Pod, cell 214-B\n"
            f"Date: {D(d, 'us')}   Escort: CO {off.l()}   Provider: {np.full()}, APRN\n\n"
            f"S: Request slip dated {D(d - timedelta(days=2), 'md')}: 'my sugar is high and my feet burn'. "
            "Reports missing evening insulin due to lockdown.\n"
            "O: FSBS 312, BP 152/94, monofilament decreased bilat. Foot: no ulcer. "
            "Intake PPD neg (annual), QuantiFERON pending.\n"
            f"A/P: T2DM uncontrolled - glargine 24 u at 2000 KOP not allowed; pill line. Podiatry via "
            f"telemedicine with {org(HOSPITALS[:3] + HOSPITALS[4:])}. Mental health f/u with Dr. {psych.l()} "
            f"(hx suicide attempt {m('YEAR', str(d.year - 4))}).\n"
            f"Emergency contact on file: mother {people(1)[0].full()}, {addr()}, {phone()}.\n"
            f"Release date (projected): {D(d + timedelta(days=400), 'us')}.", "")


def telehealth(k: int):
    pt, doc, interp = people(3)
    d = day(2021, 2025)
    city, st, _, _ = place()
    meet = f"{rng.randint(800, 999)}{num(8)}"
    ip = f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    platform = pick([f"https://zoom.us/j/{meet}?pwd=Qk{num(5)}", f"https://doxy.me/dr{doc.last.lower().replace(' ', '')}",
                     f"https://{pick(['mercyvalley', 'hollisrmc', 'stbrendans'])}.webex.com/meet/{doc.first.lower()}"])
    return ("TELEHEALTH VISIT NOTE (synchronous audio-video)\n"
            f"Visit date: {D(d, 'long')}   Start 09:02  End 09:27 (25 min)\n"
            f"Patient: {pt.full()}   DOB {D(day(1955, 1999), 'us')}   MRN {idv('########')}\n"
            f"Platform: {m('URL', platform)}  (Meeting ID {m('ID', ' '.join([meet[:3], meet[3:7], meet[7:]]))})\n"
            f"Patient location: home, {m('LOCATION', city)}, {m('STATE', st)} (verified). "
            f"Provider location: {org(CLINICS)}.\n"
            f"Connection: patient IP {m('IP', ip)}, bandwidth adequate; dropped once at 09:11, reconnected.\n"
            f"Consent: verbal consent for telehealth obtained. Interpreter {interp.full()} (Vietnamese, ID "
            f"{idv('#####')}) joined by phone.\n"
            "CC: follow-up of hypothyroidism (Hashimoto's). TSH 6.8 on levothyroxine 75 mcg. "
            "Fatigue improved. Visual exam: no goiter visible, no tremor.\n"
            "Plan: increase to 88 mcg; TSH in 6 weeks at the outside lab. Portal message sent.\n"
            f"{doc.full()}, MD", "")


def complaint_letter(k: int):
    writer, mom, nurse, doc = people(4)
    d = day()
    city, st, _, _ = place()
    return (f"From: {writer.full()} <{email(writer)}>\n"
            f"To: {m('EMAIL', 'patient.relations@' + pick(['mercyvalley.org', 'hollisrmc.org', 'stbrendans.org']))}\n"
            f"Sent: {m('DATE', fd(d, 'wk_date') + ', ' + str(d.year))} 11:48 PM\nSubject: Formal complaint - care of my mother\n\n"
            "To whom it may concern,\n\n"
            f"My mother, {mom.full()}, is {age_old()} years old and was admitted to your hospital on "
            f"{D(d - timedelta(days=9), 'month_ord')} after a fall at home ({addr()}). "
            f"On the night of {D(d - timedelta(days=6), 'the_ord')}, she rang for help for over an hour. "
            f"A nurse named {nurse.f()} told her to 'just go in the brief'. I will not accept that.\n"
            f"Dr. {doc.l()} never returned my calls to {phone()}. Her hearing aids went missing and her "
            "rose-gold wedding ring was found in the laundry. Mom's bed sore (stage 2, per the notes) was "
            "never mentioned to us.\n"
            f"Her MRN is {idv('########')} and the account number on the bill is {idv('#########')}. "
            "I expect a written response within 30 days, as your own policy states.\n\n"
            f"{writer.full()}\n{m('ADDRESS', pick(STREETS))}\n{m('LOCATION', city)}, {m('STATE', st)}\n"
            f"cell {phone('dot')}", "")


def billing(k: int):
    pt, coder, doc, guar = people(4)
    d = day()
    card = visa("".join(str(rng.randint(1000, 9999)) for _ in range(4)))
    return ("CODING / BILLING QUERY NOTE\n"
            f"Account #: {idv('H#########')}   Encounter: {idv('#########')}   Guarantor: {guar.lf()}\n"
            f"Patient: {pt.lf()}   DOS: {D(d, 'us')} - {D(d + timedelta(days=4), 'us')}   Payer: "
            f"{org(['UnitedHealthcare', 'Humana Gold Plus', 'Medicaid - ND', 'Tricare West'])}  "
            f"Policy {idv('AAA#########')}\n"
            f"Query to Dr. {doc.l()} ({D(d + timedelta(days=8), 'md')}): Documentation shows Na 124 and "
            "treatment with hypertonic saline. Please clarify if hyponatremia (E87.1) is clinically valid. "
            "Also 'acute on chronic HFrEF' vs 'CHF' for I50.23 specificity.\n"
            f"Response {D(d + timedelta(days=9), 'md')}: agreed, addended.\n"
            "Final DRG 291 (HF & shock w MCC). CPT 99223, 99233 x3, 93306. Modifier 25 on 99233. "
            "NDC 0409-4888-02 billed. Charges $48,211.40.\n"
            f"Patient paid copay $250 by card {m('CARD', card)} (auth {num(6)}) on {D(d + timedelta(days=30), 'us')}. "
            f"Statement mailed to {addr()}.\n"
            f"{coder.full()}, CCS, CPC   ext {ext()}", "")


def research_consent(k: int):
    pt, crc, pi, lar = people(4)
    d = day(2023, 2025)
    return ("RESEARCH INFORMED CONSENT DOCUMENTATION NOTE\n"
            f"Study: TIDE-HF (IRB #{num(4)}-0{num(3)}), Sponsor protocol CV-302-A, NCT0{num(7)}\n"
            f"Participant: {pt.full()}  MRN {idv('########')}  Subject ID: {idv('THF-###-####')}\n"
            f"Consent date: {D(d, 'us')} 13:15   Version: v4.0 dated 01/2023\n"
            f"Consent obtained by: {crc.full()}, CCRC; PI: Dr. {pi.full()}\n"
            f"Legally authorized representative: {lar.full()} (spouse), as pt has mild cognitive impairment "
            "(MoCA 21).\n"
            "Process: consent discussed in private room 4B for 40 min; teach-back done; all questions "
            "answered. Participant and LAR signed; copy given. HIPAA authorization signed. "
            "Optional biobank: declined. Genetic sub-study: agreed. Not coerced; no study procedures before consent.\n"
            f"Eligibility confirmed per I/E checklist. Randomization scheduled {D(d + timedelta(days=2), 'weekday')}. "
            f"Study coordinator contact given: {phone()}, {email(crc, pick(['hollisrmc.org', 'stbrendans.org', 'nchs.edu']))}.\n"
            f"Stipend: ${pick(['50', '75', '100'])} per visit via ClinCard.", "")


def bed_management(k: int):
    d = day()
    rows = []
    for i in range(4):
        p, acc = Person(), Person()
        t = f"{rng.randint(0, 23):02d}{rng.choice(['05', '17', '32', '48'])}"
        src = org(HOSPITALS + ["Gallup Indian Medical Center", "Kalispell Regional", "Eastfield Urgent Care"])
        rows.append(f"{t} | {p.lf().upper()} ({pick(['67M', '54F', '88F', '71M', '39M'])}) | from {src} | "
                    f"{pick(['STEMI', 'ICH', 'sepsis/ARDS', 'aortic dissection', 'GI bleed'])} | "
                    f"accepting Dr {acc.l()} | {pick(['CCU 4', 'NSICU 11', 'MICU 2', '6W tele 618', 'declined - no bed'])}")
    log = "\n".join(rows)
    mgr, rn = people(2)
    return (f"TRANSFER CENTER LOG - {org(['Harborview Cardiac Institute', 'North Country Health System', 'Hollis Regional Medical Center'])}\n"
            f"Shift: {D(d, 'us')} 0700 - {D(d + timedelta(days=1), 'us')} 0700   Bed manager: {mgr.full()}\n"
            f"Census 412/430; ED boarders 9; diversion OFF. Transfer line {phone('dash')}, fax {phone('dash')}.\n\n"
            "Time | Patient | Referring | Dx | Accepting | Bed\n"
            f"{log}\n\n"
            f"Note: air transport weather-grounded 1500-1800; ground ALS used. "
            f"Callback to referring RN {rn.full()} at {phone('paren')} re: Rh-neg blood. Handoff to night manager.", "")


STYLES = [
    ("cath_report", cath_report), ("sleep_study", sleep_study), ("endoscopy", endoscopy),
    ("allergy_letter", allergy_letter), ("genetic_counselling", genetics), ("transplant_coordinator", transplant),
    ("id_consult_mimic", id_consult), ("eeg_report", eeg), ("audiology", audiology),
    ("speech_therapy", speech), ("nutrition", nutrition), ("case_conference", case_conference),
    ("sbar_handoff", sbar), ("code_blue", code_blue), ("blood_bank", blood_bank),
    ("vaccination_record", vaccination), ("incident_report", incident), ("court_evaluation", court_eval),
    ("va_note", va_note), ("prison_health", prison), ("telehealth", telehealth),
    ("patient_complaint", complaint_letter), ("billing_coding", billing), ("research_consent", research_consent),
    ("transfer_centre_log", bed_management),
]


def main() -> None:
    n = 0
    for k in range(3):
        for style, make in STYLES:
            marked, case = make(k)
            text, spans = build(marked, case)
            n += 1
            record = {"id": f"h4-{n:03d}", "style": style, "text": text, "spans": spans}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
