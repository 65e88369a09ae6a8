"""Generate the second hold-out de-identification gold set (tests/data/holdout2_notes_gold.jsonl).

Written without reading the redaction rules, their lexicons, their tests or the other generators'
pools and templates (only the first generator's docstring, for the gold conventions and the marker
technique), so that its first measurement estimates recall on text the rules never saw. Styles not
in the earlier sets, written to look like notes from several US hospitals: terse MIMIC-style
nursing and physician progress notes, radiology reports with header blocks, echo reports,
discharge instructions written to the patient, telephone encounters, medication reconciliation,
consult notes, addenda with electronic signatures, home-health and hospice visits, dental,
ophthalmology and physical-therapy notes, transfer summaries between named facilities, patient
portal messages, registration / financial-counselling face sheets, all-lowercase sloppy notes and
ALL-CAPS case-management notes. Every name, place, number and date is invented (phone numbers
use the fictional 555 exchange).

Gold convention (as the other sets, HIPAA Safe Harbor): titles (Dr., Mr., RN, MD), roles,
departments, times of day, room and bed numbers, ages under 90, countries and medical eponyms
used as medical terms (Foley catheter, Whipple, Glasgow coma scale, Parkinson's disease) are not
PHI; the same words used as a person's surname are. ``STATE`` (US states) and ``YEAR`` (a year
standing alone) have their own labels. One deliberate difference from the first hold-out set:
relative day words ("last Tuesday", "yesterday", "on Monday") are not gold DATE here (they do not
identify a calendar date); a masked one costs precision, not recall.

Each note is written with inline markers ``⟦LABEL|text⟧``; offsets are computed when the markers
are stripped.

    python tests/data/generate_holdout2_notes.py > tests/data/holdout2_notes_gold.jsonl
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

SEED = 48213
T = TypeVar("T")
MARK = re.compile(r"⟦([A-Z]+)\|(.*?)⟧", re.S)


def strip(marked: str) -> tuple[str, list[dict[str, Any]]]:
    """Remove the markers; return the plain text and its gold spans."""
    out: list[str] = []
    spans: list[dict[str, Any]] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos:m.start()]
        out.append(before)
        length += len(before)
        value = m.group(2)
        spans.append({"label": m.group(1), "start": length, "end": length + len(value)})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def recase(marked: str, fn: Callable[[str], str]) -> str:
    """Apply a case function to the text, keeping marker labels intact."""
    parts: list[str] = []
    pos = 0
    for m in MARK.finditer(marked):
        parts.append(fn(marked[pos:m.start()]))
        parts.append(f"⟦{m.group(1)}|{fn(m.group(2))}⟧")
        pos = m.end()
    parts.append(fn(marked[pos:]))
    return "".join(parts)


def tag(label: str) -> Callable[[str], str]:
    return lambda value: f"⟦{label}|{value}⟧"


N, D, A, P, E, U, IP, ID = (tag(x) for x in ("NAME", "DATE", "AGE", "PHONE", "EMAIL", "URL", "IP", "ID"))
ADDR, LOC, ZIP, _ORG, SSN, ST, YR, CARD, IBAN = (
    tag(x) for x in ("ADDRESS", "LOCATION", "ZIP", "ORGANIZATION", "SSN", "STATE", "YEAR", "CARD", "IBAN")
)


def ORG(value: str) -> str:  # noqa: N802 - reads like the other tags
    """An organisation; a leading article ('the Marlowe Hotel') stays outside the span."""
    for article in ("the ", "The ", "THE "):
        if value.startswith(article):
            return article + _ORG(value[len(article):])
    return _ORG(value)

GIVEN = {
    "hispanic": ["Maria", "José", "Guadalupe", "Alejandro", "Xiomara", "Yesenia", "Rigoberto", "Marisol",
                 "Esperanza", "Héctor", "Lupita", "Nayeli"],
    "vietnamese": ["Thanh", "Minh", "Huong", "Quang", "Lan", "Tuan", "Phuong", "Bao", "Linh", "Duc"],
    "chinese": ["Wei", "Xiaoming", "Mei", "Jian", "Haoran", "Yuting", "Zhiwei", "Shu-fen"],
    "korean": ["Jiwoo", "Min-jun", "Seo-yeon", "Hyun-woo", "Eun-ji", "Dong-hyun", "Soo-ah"],
    "indian": ["Priya", "Rajesh", "Ananya", "Venkatesh", "Lakshmi", "Arjun", "Sunita", "Harpreet"],
    "nigerian": ["Chinedu", "Oluwaseun", "Ngozi", "Babajide", "Chiamaka", "Emeka", "Folasade", "Ifeoma"],
    "arabic": ["Mohammed", "Fatima", "Yousef", "Layla", "Omar", "Rania", "Khalid", "Noor"],
    "polish": ["Krzysztof", "Agnieszka", "Wojciech", "Małgorzata", "Grzegorz", "Zofia", "Jadwiga"],
    "irish": ["Siobhan", "Padraig", "Aoife", "Declan", "Niamh", "Ciaran", "Eoin"],
    "word": ["Hope", "Grace", "Faith", "Joy", "Rose", "Will", "Bill", "Penny", "Sterling", "Dawn",
             "Forrest", "Summer", "Hunter", "Chase", "Iris", "Ruby"],
}
SURNAME = {
    "hispanic": ["Gutiérrez", "Ramírez", "Villalobos", "Castañeda", "Ochoa", "Saldaña", "Peña-Ibarra",
                 "Moreno-Quintero", "Del Valle", "Zamora"],
    "vietnamese": ["Nguyen", "Tran", "Pham", "Le", "Vo", "Huynh", "Dang", "Bui", "Truong", "Ngo"],
    "chinese": ["Zhang", "Liu", "Chen", "Huang", "Xu", "Guo", "Zhou", "Luo"],
    "korean": ["Park", "Kim", "Choi", "Jeong", "Yoon", "Kang", "Shin"],
    "indian": ["Venkataraman", "Patel", "Iyer", "Chaudhary", "Reddy", "Subramanian", "Bhattacharya", "Sandhu"],
    "nigerian": ["Okonkwo", "Eze", "Babatunde", "Okafor", "Ogunleye", "Nwosu", "Adebisi", "Uchenna"],
    "arabic": ["Haddad", "Al-Masri", "Khoury", "Abdelrahman", "Nasser", "El-Sayed", "Hamdan"],
    "polish": ["Kowalczyk", "Wiśniewski", "Zielinski", "Grabowska", "Szymanski", "Nowicki", "Wróbel"],
    "irish": ["O'Sullivan", "O'Driscoll", "McGillicuddy", "Fitzgerald", "Ó Conaill", "Mac Giolla", "O'Rourke"],
    "word": ["Foley", "Parkinson", "Baker", "Bishop", "Little", "Fox", "Sharp", "Rice", "Banks",
             "Chambers", "Hale", "Nash", "Frost", "Glass", "Lamb", "Cross", "Whipple", "Bright"],
}
ORIGINS = list(GIVEN)
NICK = {"Guadalupe": "Lupe", "Alejandro": "Alex", "Krzysztof": "Krzys", "Oluwaseun": "Seun", "Mohammed": "Mo",
        "Padraig": "Paddy", "Małgorzata": "Gosia", "Rajesh": "Raj", "Venkatesh": "Venky", "Folasade": "Sade",
        "Babajide": "Jide", "Chiamaka": "Amaka", "Xiaoming": "Ming", "Yousef": "Joe", "Wojciech": "Wojtek",
        "Rigoberto": "Rigo", "Esperanza": "Espy", "Jadwiga": "Jadzia", "Siobhan": "Shiv", "Hyun-woo": "Hyun",
        "Lakshmi": "Lux", "William": "Billy", "Sterling": "Sterl"}

HOSPITALS = ["Harlow Bay Medical Center", "St. Casimir Hospital", "Mercy Ridge Regional Medical Center",
             "Cobalt Valley Hospital", "Penobscot Falls Memorial", "Lakeshore Presbyterian Hospital",
             "Our Lady of the Pines Hospital", "Tri-County Community Hospital", "Sandhill Regional",
             "Ashworth General Hospital", "Granite Peak Medical Center", "Brookhaven Deaconess",
             "Quinnapoxet Valley Hospital", "Saint Brendan's Hospital"]
HOSP_SHORT = {"Harlow Bay Medical Center": "HBMC", "Mercy Ridge Regional Medical Center": "Mercy Ridge",
              "Lakeshore Presbyterian Hospital": "Lakeshore Pres", "Ashworth General Hospital": "Ashworth",
              "Granite Peak Medical Center": "GPMC", "St. Casimir Hospital": "St. Casimir's"}
FACILITIES = ["Willow Crest Nursing & Rehabilitation", "Maplewood Transitional Care Unit",
              "Sunrise Meadows Assisted Living", "Heron Point Rehab", "Cedar Glen Skilled Nursing",
              "Brightwater Senior Living", "Kingsbury Manor"]
CLINICS = ["Eastgate Family Health Center", "Riverside Dental Group", "Clearview Eye Associates",
           "Kestrel Cardiology", "Northside Community Health Center", "Hope Harbor Hospice",
           "Visiting Nurse Association of Pinecrest", "Alder Street Pediatrics", "Summit Orthopedic Partners",
           "Bayside Kidney Care", "Lantern Hill Primary Care", "Fairhaven Physical Therapy"]
EMPLOYERS = ["Dunmore Logistics", "Pemberton Paper Mill", "Brightline Freight", "Tri-State Roofing Company",
             "Quarry Road Elementary School", "Westbrook Community College", "Osprey Seafood Company",
             "Halvorsen Machine Works", "Lincoln-Hale Middle School", "Amberfield Bakery",
             "the Marlowe Hotel", "Northgate Shipyard"]
HOME_HEALTH = ["Visiting Nurse Association of Pinecrest", "Bayberry Home Health", "CareFirst Home Services"]
PARISHES = ["St. Stanislaus Parish", "Holy Trinity Greek Orthodox Church", "Masjid Al-Noor"]
FUNERAL_HOMES = ["Dunleavy-McCarthy Funeral Home", "Rosewood Memorial Chapel", "Kowalski & Sons Funeral Home"]
DENTAL = ["Riverside Dental Group", "Bright Smiles Family Dentistry", "Eastgate Family Health Center Dental"]
PHARMACIES = ["CVS", "Walgreens", "Rite Aid", "Hannaford Pharmacy", "Costco pharmacy", "Market Basket pharmacy"]
INSURERS = ["Keystone Mutual Health", "Bay Colony Health Plan", "Pinnacle Senior Care Advantage"]
TOWNS = [("Medford", "MA"), ("Chelsea", "MA"), ("Lowell", "MA"), ("Brockton", "MA"), ("Worcester", "MA"),
         ("Pawtucket", "RI"), ("Nashua", "NH"), ("Bangor", "ME"), ("Fall River", "MA"), ("Chicopee", "MA"),
         ("Lynn", "MA"), ("Malden", "MA"), ("Hyannis", "MA"), ("Woonsocket", "RI"), ("Manchester", "NH"),
         ("Revere", "MA"), ("Haverhill", "MA"), ("Attleboro", "MA"), ("Hartford", "CT"), ("Providence", "RI"),
         ("Lewiston", "ME"), ("Rutland", "VT"), ("New Bedford", "MA"), ("East Boston", "MA"),
         ("Dorchester", "MA"), ("Jamaica Plain", "MA"), ("Salem", "NH"), ("Keene", "NH")]
FAR_US = [("Orlando", "Florida"), ("Houston", "Texas"), ("Phoenix", "Arizona"), ("Yonkers", "New York"),
          ("Scranton", "Pennsylvania"), ("Dearborn", "Michigan"), ("Sacramento", "California")]
FAR_PLACES = ["Houston", "San Juan", "Orlando", "Ho Chi Minh City", "Lagos", "Kraków", "Cork", "Guadalajara",
              "Toronto", "Phoenix", "Da Nang", "Ibadan", "Amman", "Chennai", "Busan"]
STATES_LONG = ["Massachusetts", "New Hampshire", "Rhode Island", "Florida", "Maine", "Connecticut", "Texas"]
STREETS = ["Alder St", "Quarry Hill Rd", "Commonwealth Ave", "Old Post Road", "Ferncliff Terrace",
           "Dunstable Way", "Linden Blvd", "Bristol Street", "Cushing Ave", "Pleasant St", "Harbor View Dr",
           "Mill Pond Lane", "Washington St", "Tremont Street", "Bayberry Ct", "Elm Hill Circle",
           "Route 9", "Salem Turnpike"]
UNITS = ["Apt 3B", "Unit 12", "#4", "Fl 2", "Apt. 207", "Suite 110", "Unit C", "2nd floor"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "icloud.com", "verizon.net"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


class Gen:
    """All the random choices of one run, from one seeded generator."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    # people -------------------------------------------------------------------------------
    def person(self, origin: str | None = None) -> tuple[str, str]:
        o = origin or self.r.choice(ORIGINS)
        given_origin = o if self.r.random() < 0.8 else self.r.choice(ORIGINS)
        return self.r.choice(GIVEN[given_origin]), self.r.choice(SURNAME[o])

    def given(self) -> str:
        return self.r.choice(GIVEN[self.r.choice(ORIGINS)])

    def surname(self) -> str:
        return self.r.choice(SURNAME[self.r.choice(ORIGINS)])

    def mi(self) -> str:
        return self.r.choice("ABCDEFGHJKLMNPRSTW")

    @staticmethod
    def initials(given: str, surname: str) -> str:
        return (given[0] + surname.replace("'", "")[0]).upper()

    # numbers ------------------------------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def phone(self) -> str:
        area = self.r.choice(["617", "508", "781", "978", "413", "401", "603", "207", "860", "774", "857"])
        last = "01" + self.digits(2) if self.r.random() < 0.6 else self.digits(4)
        form = self.r.randrange(9)
        return [f"{area}-555-{last}", f"({area}) 555-{last}", f"{area}.555.{last}", f"{area} 555 {last}",
                f"{area}555{last}", f"1-{area}-555-{last}", f"+1 {area} 555 {last}", f"({area})555-{last}",
                f"{area}/555-{last}"][form]

    def mrn(self) -> str:
        form = self.r.randrange(6)
        return [self.digits(7), f"{self.digits(3)}-{self.digits(2)}-{self.digits(2)}", "00" + self.digits(6),
                f"E{self.digits(7)}", f"{self.digits(2)}{self.r.choice('ABCDHKM')}{self.digits(5)}",
                f"MR{self.digits(8)}"][form]

    def accession(self) -> str:
        form = self.r.randrange(5)
        return [f"RAD{self.r.choice(['87', '88', '2088'])}-{self.digits(6)}", f"CT-{self.digits(2)}-{self.digits(6)}",
                f"{self.digits(8)}", f"US{self.digits(7)}",
                f"A{self.digits(3)}-{self.digits(4)}-{self.r.choice('XYZQ')}"][form]

    def medicare(self) -> str:
        """A Medicare beneficiary identifier shaped like 1EG4-TE5-MK73."""
        p = self.r.choice
        return (f"{self.digits(1)}{p('ACEGH')}{p('KMNPR')}{self.digits(1)}-{p('ACDE')}{p('FGHJ')}{self.digits(1)}"
                f"-{p('KMN')}{p('PQR')}{self.digits(2)}")

    def ssn(self) -> str:
        area = self.r.choice([n for n in range(1, 900) if n != 666])
        return f"{area:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"

    def card(self) -> str:
        body = self.r.choice(["4", "51", "37"]) + ""
        length = 15 if body == "37" else 16
        while len(body) < length - 1:
            body += self.r.choice("0123456789")
        total = 0
        for i, ch in enumerate(reversed(body)):
            d = int(ch)
            if i % 2 == 0:
                d *= 2
                d = d - 9 if d > 9 else d
            total += d
        full = body + str((10 - total % 10) % 10)
        if length == 16:
            return " ".join(full[i:i + 4] for i in range(0, 16, 4)) if self.r.random() < 0.5 else full
        return f"{full[:4]} {full[4:10]} {full[10:]}"

    def iban(self) -> str:
        country, bban = self.r.choice([("DE", self.digits(18)), ("PL", self.digits(24)),
                                       ("IE", "AIBK" + self.digits(14)),
                                      ("GB", "NWBK" + self.digits(14))])
        rearranged = bban + country + "00"
        num = int("".join(str(int(c, 36)) for c in rearranged))
        check = 98 - num % 97
        raw = f"{country}{check:02d}{bban}"
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if self.r.random() < 0.6 else raw

    def ip(self) -> str:
        return self.r.choice([f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
                              f"192.168.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}",
                              f"203.0.113.{self.r.randint(1, 254)}", f"198.51.100.{self.r.randint(1, 254)}"])

    def email(self, given: str, surname: str, domain: str | None = None) -> str:
        g = re.sub(r"[^a-z]", "", given.lower().encode("ascii", "ignore").decode())
        s = re.sub(r"[^a-z]", "", surname.lower().encode("ascii", "ignore").decode())
        local = self.r.choice([f"{g}.{s}", f"{g[0]}{s}", f"{s}{g[0]}{self.digits(2)}", f"{g}_{s}{self.digits(2)}"])
        return f"{local}@{domain or self.r.choice(EMAIL_DOMAINS)}"

    # places -------------------------------------------------------------------------------
    def street(self, unit: bool | None = None) -> str:
        s = f"{self.r.randint(2, 2899)} {self.r.choice(STREETS)}"
        if unit or (unit is None and self.r.random() < 0.45):
            s += self.r.choice([", ", " "]) + self.r.choice(UNITS)
        return s

    def town(self) -> tuple[str, str]:
        return self.r.choice(TOWNS)

    def zip(self, state: str) -> str:
        prefix = {"MA": "02", "RI": "02", "NH": "03", "ME": "04", "VT": "05", "CT": "06"}.get(state, "01")
        z = prefix + self.digits(3)
        return z + "-" + self.digits(4) if self.r.random() < 0.2 else z

    def full_address(self, sep: str = ", ") -> str:
        town, state = self.town()
        return f"{ADDR(self.street())}{sep}{LOC(town)}, {ST(state)} {ZIP(self.zip(state))}"

    def hospital(self) -> str:
        return self.r.choice(HOSPITALS)

    def hosp_ref(self, h: str) -> str:
        return HOSP_SHORT.get(h, h) if self.r.random() < 0.5 else h

    # dates --------------------------------------------------------------------------------
    def date(self, lo: int = 2085, hi: int = 2089) -> dt.date:
        return dt.date(self.r.randint(lo, hi), 1, 1) + dt.timedelta(days=self.r.randrange(365))

    def fmt(self, d: dt.date, form: int | None = None) -> str:
        f = self.r.randrange(14) if form is None else form
        mon = MONTHS[d.month - 1]
        suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return [
            f"{d.month}/{d.day}",
            f"{d.month:02d}/{d.day:02d}/{d.year}",
            f"{mon[:3]} {d.day}{suffix}",
            f"{d.day}-{mon[:3]}-{d.year % 100:02d}",
            f"{mon} {d.day}, {d.year}",
            d.isoformat(),
            f"{d.month}/{d.day}/{d.year % 100:02d}",
            f"{mon[:3]}. {d.day}",
            f"{d.month}-{d.day}-{d.year}",
            f"{d.day} {mon} {d.year}",
            f"{d.day:02d}{mon[:3].upper()}{d.year}",
            f"{mon} {d.day}",
            f"{d.month:02d}/{d.day:02d}",
            f"{mon[:3]} {d.day} {d.year}",
        ][f]

    def dob(self, age: int, ref: dt.date) -> dt.date:
        return dt.date(ref.year - age, 1, 1) + dt.timedelta(days=self.r.randrange(300))

    def age(self) -> tuple[int, bool]:
        """An age; over 89 about a fifth of the time."""
        a = self.r.randint(90, 104) if self.r.random() < 0.22 else self.r.randint(19, 88)
        return a, a > 89

    def age_txt(self, a: int, phi: bool, pattern: str = "{}") -> str:
        s = pattern.format(a)
        return s.replace(str(a), A(str(a)), 1) if phi else s

    def time(self) -> str:
        h, m = self.r.randint(0, 23), self.r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
        return self.r.choice([f"{h:02d}{m:02d}", f"{h:02d}:{m:02d}",
                              f"{(h % 12) or 12}:{m:02d} {'am' if h < 12 else 'pm'}"])

    def pick(self, seq: Sequence[T]) -> T:
        return self.r.choice(seq)


# --------------------------------------------------------------------------------------------
# styles


def mimic_nursing(g: Gen) -> str:
    day = g.date()
    pt = g.person()
    rn = g.person()
    md = g.person()
    rel_given = g.given()
    a, phi = g.age()
    hosp = g.hospital()
    t1, t2 = g.time(), g.time()
    prev = day - dt.timedelta(days=g.r.randint(1, 4))
    lines = [
        f"Nursing Progress Note {D(g.fmt(day, 0))} {t1}-{t2}",
        f"Pt is {g.age_txt(a, phi, '{}')} y/o {g.pick(['M', 'F'])} s/p "
        f"{g.pick(['CABG x3', 'ex-lap', 'R TKA', 'NSTEMI w/ DES to LAD'])} "
        f"on {D(g.fmt(prev, g.pick([0, 12, 7])))}, transferred from {ORG(g.hosp_ref(hosp))} ED.",
        "Neuro: A&O x3, MAE, PERRL. GCS 15. No Babinski. c/o incisional pain 5/10, relieved w/ dilaudid 0.5mg IV.",
        "CV: NSR 70s-90s, no ectopy. SBP 100s-120s. +2 pulses. Swan d/c'd this am.",
        "Resp: 2L NC, sats 94-97%. LS coarse bases, IS 750. Encouraged C&DB.",
        "GI/GU: abd soft, +BS. Tol clears. Foley draining clear yellow urine 40-60cc/hr.",
        f"ID: Tmax 100.4. WBC 13.1 on {D(g.fmt(day, 0))}. Vanco/zosyn.",
        f"Social: {g.pick(['wife', 'husband', 'dtr', 'son', 'sister'])} {N(rel_given)} called x2, updated by RN. "
        f"Lives in {LOC(g.town()[0])} w/ family. Works at {ORG(g.pick(EMPLOYERS))}.",
        f"Plan: cont current mgmt, OOB to chair, f/u AM labs. Dr. {N(md[1])} aware of K 3.3, repleted.",
        f"{N(rn[0] + ' ' + rn[1])}, RN",
    ]
    if pt[0] in NICK:
        lines.insert(2, f"Pt prefers to be called '{N(NICK[pt[0]])}'. Family visiting from {LOC(g.pick(FAR_PLACES))}.")
    if g.r.random() < 0.6:
        lines.insert(2, f"Name: {N(pt[1] + ', ' + pt[0])}  MRN: {ID(g.mrn())}  Attending: {N(md[0][0] + '. ' + md[1])}")
    return "\n".join(lines) + "\n"


def physician_progress(g: Gen) -> str:
    day = g.date()
    pt = g.person()
    md = g.person()
    res = g.person()
    a, phi = g.age()
    hosp = g.hospital()
    fac = g.pick(FACILITIES)
    return (
        f"MICU Attending Progress Note  {D(g.fmt(day, 1))}  HD#{g.r.randint(2, 14)}\n"
        f"{N(pt[0] + ' ' + pt[1])} ({ID(g.mrn())})\n"
        f"S: Pt seen & examined w/ resident Dr. {N(res[1])}. Overnight c/o dyspnea, given lasix 40 IV x1. "
        f"Per RN {N(g.given())}, pt pulled at NGT ~0300.\n"
        f"O: T 37.8 HR 104 BP 98/55 RR 24 SpO2 92% on 4L. I/O 1.2L/2.1L.\n"
        f"   Gen: {g.age_txt(a, phi, '{}yo')} chronically ill appearing. Neck: JVP 10cm. Ext: 1+ edema, neg Homan's.\n"
        f"   Labs {D(g.fmt(day, 0))}: Na 131, Cr 1.9 (baseline 1.1 on {D(g.fmt(day - dt.timedelta(days=40), 6))}), "
        f"lactate 2.2.\n"
        f"A/P: {g.age_txt(a, phi, '{}')} yo w/ Parkinson's disease, DM2, CKD III adm w/ urosepsis.\n"
        f"  # Sepsis: cont cefepime, f/u cx from {ORG(g.hosp_ref(hosp))} "
        f"({D(g.fmt(day - dt.timedelta(days=2), 12))}).\n"
        f"  # Dispo: likely back to {ORG(fac)} when stable; CM {N(g.given() + ' ' + g.surname())} following.\n"
        f"  # Code: DNR/DNI confirmed w/ HCP (son {N(g.given())}, {P(g.phone())}).\n"
        f"I was physically present for the key portions of the service.\n"
        f"{N(md[0] + ' ' + g.mi() + '. ' + md[1])}, MD  pager {P(g.digits(4))}\n"
    )


def radiology(g: Gen) -> str:
    day = g.date()
    pt = g.person()
    ordering = g.person()
    reader = g.person()
    hosp = g.hospital()
    a, phi = g.age()
    dob = g.dob(a, day)
    comp = day - dt.timedelta(days=g.r.randint(30, 900))
    exam = g.pick(["CT CHEST W/O CONTRAST", "MRI BRAIN W/WO CONTRAST", "US ABDOMEN COMPLETE", "CTA HEAD AND NECK",
                   "XR KNEE 3 VIEWS LEFT"])
    header = (
        f"{ORG(hosp.upper())}\nDEPARTMENT OF RADIOLOGY\n"
        f"Patient: {N(pt[1].upper() + ', ' + pt[0].upper())}    DOB: {D(g.fmt(dob, 1))}    Sex: {g.pick(['M', 'F'])}\n"
        f"MRN: {ID(g.mrn())}    Accession #: {ID(g.accession())}\n"
        f"Exam Date: {D(g.fmt(day, 1))} {g.time()}\n"
        f"Ordering Physician: {N(ordering[1] + ', ' + ordering[0])} MD ({P(g.phone())})\n"
        f"Location: ED-{g.r.randint(1, 30)}\n\n"
        f"EXAM: {exam}\n"
        f"CLINICAL HISTORY: {g.age_txt(a, phi, '{} year old')} with "
        f"{g.pick(['fall', 'cough and fever', 'RUQ pain', 'syncope'])}.\n"
        f"COMPARISON: {D(g.fmt(comp, g.pick([1, 6, 4])))} from {ORG(g.hospital())}; outside images from "
        f"{ORG(g.pick(CLINICS))} not available.\n\n"
        "FINDINGS:\n"
        "No acute intracranial hemorrhage. Hounsfield units of the lesion measure 12. Kerley B lines absent.\n"
        "Lines/tubes: Foley catheter balloon in the bladder. No Baker's cyst.\n\n"
        "IMPRESSION:\n1. No acute findings.\n2. Stable 4 mm nodule; Fleischner criteria suggest no follow-up.\n\n"
        f"Findings discussed with Dr. {N(ordering[1])} by telephone at {g.time()} on {D(g.fmt(day, 0))}.\n"
        f"Dictated by: {N(reader[0] + ' ' + reader[1])}, MD\n"
        f"Electronically signed: {N(reader[1] + ', ' + reader[0])} {D(g.fmt(day, 1))} {g.time()}\n"
    )
    return header


def echo(g: Gen) -> str:
    day = g.date()
    pt = g.person()
    reader = g.person()
    sono = g.person()
    ref = g.person()
    a, phi = g.age()
    return (
        f"TRANSTHORACIC ECHOCARDIOGRAM "
        f"REPORT\n{ORG(g.pick(['Kestrel Cardiology', 'Harlow Bay Medical Center', 'Granite Peak Medical Center']))} "
        f"Echo Lab  {ADDR(g.street(False))}, {LOC(g.town()[0])}\n"
        f"Name: {N(pt[0] + ' ' + g.mi() + ' ' + pt[1])}   MRN {ID(g.mrn())}   Study date: "
        f"{D(g.fmt(day, g.pick([1, 5, 13])))}\n"
        f"Age: {g.age_txt(a, phi, '{}')}   Ht 165 cm  Wt 71 kg  BSA 1.79 m2  BP 132/78\n"
        f"Referring: Dr. {N(ref[0][0] + '. ' + ref[1])}   "
        f"Sonographer: {N(g.initials(*sono))}\n"
        f"Indication: dyspnea; prior echo {D(g.fmt(day - dt.timedelta(days=400), g.pick([6, 1])))} at "
        f"{ORG(g.hospital())}.\n\n"
        "LV: normal size. LVEF 40-45% by Simpson's biplane. Grade II diastolic dysfunction, E/e' 16.\n"
        "RV: mildly dilated, TAPSE 1.5 cm. RVSP 48 mmHg by modified Bernoulli equation.\n"
        "Valves: mild MR, trace TR. AV peak velocity 2.1 m/s. No Lambl's excrescences seen.\n"
        "Pericardium: trivial effusion. IVC 2.2 cm, <50% collapse (Valsalva not performed).\n\n"
        f"CONCLUSION: mildly reduced LV function, new since {YR(str(day.year - g.r.randint(1, 3)))}.\n"
        f"Critical result called to {N(ref[0] + ' ' + ref[1])} at {g.time()}.\n"
        f"Electronically signed by {N(reader[0] + ' ' + reader[1])}, MD, FASE on {D(g.fmt(day, 1))} at {g.time()}\n"
    )


def discharge_instructions(g: Gen) -> str:
    day = g.date()
    pt = g.person()
    pcp = g.person()
    hosp = g.hospital()
    nurse = g.person()
    fu = day + dt.timedelta(days=g.r.randint(5, 20))
    town, state = g.town()
    domain = re.sub(r"[^a-z]", "", hosp.lower())[:12] + ".org"
    return (
        f"{ORG(hosp)} - After Visit Summary\n"
        f"{N(pt[0] + ' ' + pt[1])}   MRN: {ID(g.mrn())}   Discharged: {D(g.fmt(day, g.pick([4, 1])))}\n\n"
        f"Dear {N(pt[0])},\n"
        "You were in the hospital because of a blood clot in your leg (DVT). You are going home on apixaban.\n"
        "Do NOT stop taking it unless your doctor tells you. Keep your leg raised. If you have chest pain or\n"
        "trouble breathing, call 911.\n\n"
        f"Your follow-up appointments:\n"
        f"- Dr. {N(pcp[0] + ' ' + pcp[1])} ({ORG(g.pick(CLINICS))}) on {D(g.fmt(fu, g.pick([4, 11, 13])))} at "
        f"{g.time()}.\n"
        f"  {ADDR(g.street(True))}, {LOC(town)}, {ST(state)} {ZIP(g.zip(state))}. Phone {P(g.phone())}, fax "
        f"{P(g.phone())}.\n"
        f"- Anticoagulation clinic will call you within 2 days. If not, call {P(g.phone())}.\n\n"
        f"Your prescriptions were sent to {ORG(g.pick(PHARMACIES))} on {ADDR(g.street(False))} in {LOC(g.town()[0])}.\n"
        f"See your results any time at {U('https://mychart.' + domain + '/MyChart')} "
        f"(activation code {ID(g.digits(5) + '-' + g.digits(5))}).\n"
        f"Questions? Email the care team at {E('careteam@' + domain)} or your nurse {N(nurse[0])} at "
        f"{E(g.email(*nurse, domain))}.\n"
        f"Next INR check: {D(g.fmt(day + dt.timedelta(days=3), 11))}. Please bring this paper.\n"
    )


def telephone(g: Gen) -> str:
    day = g.date()
    pt = g.person()
    caller = g.given()
    rel = g.pick(["daughter", "son", "wife", "husband", "niece", "granddaughter", "neighbor"])
    nurse = g.person()
    md = g.person()
    a, phi = g.age()
    ph = g.phone()
    last_seen = day - dt.timedelta(days=g.r.randint(10, 60))
    return (
        f"TELEPHONE ENCOUNTER  {D(g.fmt(day, g.pick([1, 6])))} {g.time()}\n"
        f"Patient: {N(pt[1] + ', ' + pt[0])}  DOB {D(g.fmt(g.dob(a, day), g.pick([1, 6, 5])))}  "
        f"({g.age_txt(a, phi, '{} y.o.')})\n"
        f"Spoke with pt's {rel} {N(caller)} at {P(ph)}, who states pt has been more confused since last Tuesday and "
        f"fell in the bathroom yesterday. No head strike per {N(caller)}. Pt last seen in clinic "
        f"{D(g.fmt(last_seen, g.pick([0, 2, 7])))} "
        f"by Dr. {N(md[1])}.\n"
        f"Pt currently staying with {N(caller)} at {ADDR(g.street())} in {LOC(g.town()[0])} instead of own apt.\n"
        f"Advised to go to {ORG(g.hospital())} ED for eval. {rel.capitalize()} agrees, will drive him/her today. "
        f"Alt # {P(g.phone())} (cell). Also ok to leave msg w/ {N(g.given() + ' ' + g.surname())} at work "
        f"({ORG(g.pick(EMPLOYERS))}).\n"
        f"Pt goes by {N(NICK.get(pt[0], pt[0]))}; {rel} prefers texts. Routed to {N(md[0] + ' ' + md[1])}, MD for "
        f"review.\n"
        f"-- {N(nurse[0] + ' ' + nurse[1])}, LPN / {N(g.initials(*nurse).lower())}\n"
    )


def med_rec(g: Gen) -> str:
    day = g.date()
    pt = g.person()
    pharm = g.person()
    pcp = g.person()
    card = g.person()
    store = g.pick(PHARMACIES)
    town = g.town()[0]
    return (
        f"MEDICATION RECONCILIATION - ADMISSION\n"
        f"Pt: {N(pt[1] + ', ' + pt[0] + ' ' + g.mi())}   Acct# {ID(g.digits(10))}   Adm {D(g.fmt(day, 6))}\n"
        f"Sources: pt, pt's {g.pick(['son', 'daughter', 'wife'])} {N(g.given())}, pill bottles, {ORG(store)} "
        f"{LOC(town)} "
        f"({P(g.phone())}) fill history, PCP list faxed from {ORG(g.pick(CLINICS))}.\n\n"
        "Home medication                       Last dose            Action\n"
        f"carbidopa-levodopa 25/100 TID (Parkinson's)  {D(g.fmt(day, 0))} AM          continue\n"
        f"apixaban 5 mg BID                     {D(g.fmt(day - dt.timedelta(days=1), 0))} PM         HOLD - procedure\n"
        "metoprolol succinate 50 mg daily      this AM               continue\n"
        f"atorvastatin 40 mg qhs                unknown              continue\n"
        f"warfarin - stopped {D(g.fmt(day - dt.timedelta(days=200), g.pick([4, 3, 1])))} by Dr. {N(card[1])} "
        f"(cardiology)\n"
        "Ensure 1 can BID                       -                    continue\n"
        "Lasix 40 mg daily (pt calls it 'the water pill')  Monday  continue\n\n"
        f"Allergies: PCN (rash), sulfa. Prescriber list: PCP {N(pcp[0] + ' ' + pcp[1])}, NPI {ID(g.digits(10))}; "
        f"cardiologist {N(card[0][0] + '. ' + card[1])}, DEA "
        f"{ID(g.pick(['B', 'F', 'M']) + g.pick(['X', 'K', 'N']) + g.digits(7))}.\n"
        f"Reconciled by {N(pharm[0] + ' ' + pharm[1])}, PharmD, {D(g.fmt(day, 6))} {g.time()}\n"
    )


def consult(g: Gen) -> str:
    day = g.date()
    pt = g.person()
    req = g.person()
    cons = g.person()
    fellow = g.person()
    a, phi = g.age()
    hosp = g.hospital()
    place = g.pick(FAR_PLACES)
    yr = day.year - g.r.randint(2, 30)
    return (
        f"INPATIENT NEUROLOGY CONSULTATION\n"
        f"Date of consult: {D(g.fmt(day, g.pick([4, 9])))}\n"
        f"Requesting physician: {N(req[0] + ' ' + req[1])}, MD (Hospital Medicine)\n"
        f"Reason for consult: new tremor, ?Parkinson disease vs drug-induced\n\n"
        f"HPI: Mr./Ms. {N(pt[1])} is a {g.age_txt(a, phi, '{}-year-old')} {g.pick(['right', 'left'])}-handed "
        f"{g.pick(['retired machinist', 'former teacher', 'restaurant owner', 'home health aide'])} originally from "
        f"{LOC(place)}, "
        f"who moved to {ST(g.pick(STATES_LONG))} in {YR(str(yr))}. Tremor began around "
        f"{D(MONTHS[(day.month + 7) % 12] + ' ' + str(day.year - 1))}. "
        f"Seen by outside neurologist Dr. {N(g.given() + ' ' + g.surname())} at {ORG(g.hospital())} in "
        f"{YR(str(day.year - 1))}.\n"
        "Exam: MMSE 26/30. Cogwheel rigidity R>L, bradykinesia, negative Romberg, no Babinski, "
        "normal Glasgow coma scale.\n"
        "Myerson's sign present. DTRs 2+.\n\n"
        "Impression: idiopathic Parkinson's disease more likely than drug-induced parkinsonism (metoclopramide\n"
        f"started {D(g.fmt(day - dt.timedelta(days=70), g.pick([0, 11, 2])))}).\n"
        "Recs: stop metoclopramide; DaTscan as outpatient; PT/OT.\n"
        f"Will arrange f/u in {ORG(hosp)} Movement Disorders clinic with Dr. {N(cons[1])} "
        f"({P(g.phone())}).\n"
        f"Seen with fellow {N(fellow[0] + ' ' + fellow[1])}, MD.\n"
        f"{N(cons[0] + ' ' + cons[1])}, MD, PhD\n"
    )


def addendum(g: Gen) -> str:
    day = g.date()
    pt = g.person()
    md = g.person()
    co = g.person()
    later = day + dt.timedelta(days=g.r.randint(0, 3))
    return (
        f"ADDENDUM to note of {D(g.fmt(day, g.pick([1, 0, 8])))}\n"
        f"Patient {N(pt[0] + ' ' + pt[1])}, MRN {ID(g.mrn())}\n"
        f"Pathology from the Whipple specimen returned {D(g.fmt(later, g.pick([0, 11])))}: margins negative, "
        f"0/14 nodes. Discussed with pt and {g.pick(['wife', 'partner', 'daughter'])} {N(g.given())} by phone "
        f"({P(g.phone())}). "
        "All questions answered. Will present at tumor board.\n"
        f"Original note cosigned by {N(co[0][0] + '. ' + co[1])}.\n\n"
        f"Electronically signed by: {N(md[1] + ', ' + md[0] + ' ' + g.mi())}, MD on {D(g.fmt(later, 1))} at "
        f"{g.time()}\n"
        f"Electronically signed by: {N(co[0] + ' ' + co[1])}, MD {D(g.fmt(later + dt.timedelta(days=1), 1))} "
        f"{g.time()}\n"
        f"Document ID: {ID(g.digits(3) + '-' + g.digits(6))}  Encounter CSN: {ID(g.digits(10))}\n"
    )


def home_health(g: Gen) -> str:
    day = g.date()
    pt = g.person()
    nurse = g.person()
    aide = g.given()
    a, phi = g.age()
    town, state = g.town()
    cg = g.person()
    return (
        f"{ORG(g.pick(HOME_HEALTH))} - "
        f"SKILLED NURSING VISIT\n"
        f"Visit date: {D(g.fmt(day, g.pick([1, 6])))}  Time in {g.time()} Time out {g.time()}\n"
        f"Patient: {N(pt[0] + ' ' + pt[1])}  Home: {ADDR(g.street(True))}, {LOC(town)} {ST(state)} "
        f"{ZIP(g.zip(state))}\n"
        f"Episode {D(g.fmt(day - dt.timedelta(days=12), 12))} - {D(g.fmt(day + dt.timedelta(days=48), 12))}. "
        f"Medicare # "
        f"{ID(g.medicare())}\n"
        f"S: Pt {g.age_txt(a, phi, '{}')} yo reports sleeping in recliner. Caregiver {N(cg[0])} "
        f"({g.pick(['dtr', 'son', 'niece'])}) present. "
        f"Pt states 'I feel like I'm {g.r.randint(100, 105)}' (actual age noted above).\n"
        "O: BP 148/86, HR 88 irreg, SpO2 91% RA, wt 82.1 kg (up 2.3 kg). 2+ pitting edema. Stage 2 sacral wound\n"
        "   2.1 x 1.4 cm, Braden 14. Morse fall scale 55. Foley changed per order, 16 Fr, 10 mL balloon.\n"
        f"A/P: CHF exacerbation risk. Called PCP office {ORG(g.pick(CLINICS))}, spoke with {N(g.given())} (MA), "
        f"order for extra lasix. Aide {N(aide)} to continue 3x/wk. Next SN visit "
        f"{D(g.fmt(day + dt.timedelta(days=3), 7))}.\n"
        f"Emergency contact: {N(cg[0] + ' ' + cg[1])} {P(g.phone())}. Key in lockbox, code given to agency only.\n"
        f"{N(nurse[0] + ' ' + nurse[1])}, RN, BSN  {P(g.phone())}\n"
    )


def hospice(g: Gen) -> str:
    day = g.date()
    pt = g.person()
    chap = g.person()
    sw = g.person()
    rn = g.person()
    a = g.r.randint(90, 103)
    spouse = g.person()
    return (
        f"{ORG('Hope Harbor Hospice')} INTERDISCIPLINARY NOTE   {D(g.fmt(day, g.pick([2, 4, 9])))}\n"
        f"Pt: {N(pt[0] + ' ' + pt[1])}  Age {A(str(a))}  Dx: end-stage Alzheimer's dementia, FAST 7c.\n"
        f"Residence: {ORG(g.pick(FACILITIES))}, room 214.\n"
        f"RN ({N(rn[0])}): PPS 20%. Intake minimal. Mottling of knees. Comfort meds given per MAR.\n"
        f"SW ({N(sw[0] + ' ' + sw[1])}, LICSW): met with pt's {g.pick(['wife', 'husband'])} {N(spouse[0])}, who is "
        f"{A(str(g.r.randint(90, 99)))} herself/himself and was married to pt in "
        f"{YR(str(day.year - g.r.randint(55, 70)))}. "
        f"Grandson {N(g.given())} flying in from {LOC(g.pick(FAR_PLACES))} "
        f"{D(g.fmt(day + dt.timedelta(days=2), 11))}.\n"
        f"Chaplain {N(chap[0] + ' ' + chap[1])}: prayed with family; pt is a parishioner of "
        f"{ORG(g.pick(PARISHES + ['Vietnamese Buddhist Temple of ' + g.town()[0]]))}.\n"
        f"Funeral home: "
        f"{ORG(g.pick(FUNERAL_HOMES))}, "
        f"{P(g.phone())}.\n"
        f"Plan: continuous care if symptoms escalate. On-call RN {N(g.given())} {P(g.phone())}.\n"
    )


def dental(g: Gen) -> str:
    day = g.date()
    pt = g.person()
    dds = g.person()
    hyg = g.given()
    a, phi = g.age()
    return (
        f"{ORG(g.pick(DENTAL))}\n"
        f"Pt: {N(pt[0] + ' ' + pt[1])}   Chart #{ID(g.digits(5))}   DOB {D(g.fmt(g.dob(a, day), g.pick([1, 6])))}   "
        f"Visit {D(g.fmt(day, 1))}\n"
        f"Insurance: {ORG(g.pick(['Delta Dental', 'Guardian Dental', 'MassHealth Dental']))} subscriber ID "
        f"{ID(g.pick(['W', 'DD']) + g.digits(9))} "
        f"(employer {ORG(g.pick(EMPLOYERS))})\n"
        f"CC: 'my bottom left tooth hurts since {D(g.pick(MONTHS) + ' ' + str(g.r.randint(2, 28)))}'\n"
        "Exam: #19 deep distal caries, percussion +, cold prolonged. PA radiograph: periapical radiolucency.\n"
        "Dx: symptomatic irreversible pulpitis #19. Mallampati II. Occlusal wear consistent with bruxism.\n"
        "Tx: 2 carps 2% lido 1:100k epi IANB. Pulpectomy, CaOH, IRM. Rx amoxicillin 500 TID x7d.\n"
        f"Referred to endodontist Dr. {N(g.given() + ' ' + g.surname())}, {ADDR(g.street(True))}, {LOC(g.town()[0])}, "
        f"{P(g.phone())}.\n"
        f"Hygienist: {N(hyg)}.  Provider: {N(dds[0] + ' ' + dds[1])}, DMD  ({N(g.initials(*dds))})\n"
    )


def ophthalmology(g: Gen) -> str:
    day = g.date()
    pt = g.person()
    md = g.person()
    tech = g.person()
    a, phi = g.age()
    return (
        f"{ORG(g.pick(['Clearview Eye Associates', 'Harlow Bay Eye Institute', 'Northshore Retina Specialists']))}  "
        f"Retina Clinic  {D(g.fmt(day, g.pick([1, 13])))}\n"
        f"{N(pt[1] + ', ' + pt[0])}  {g.age_txt(a, phi, '{}')}{g.pick(['F', 'M'])}  MRN {ID(g.mrn())}\n"
        f"Referred by {N(g.given()[0] + '. ' + g.surname())}, OD, for DME f/u. Last injection "
        f"{D(g.fmt(day - dt.timedelta(days=35), 0))} OD.\n"
        "VA cc (Snellen): OD 20/50, OS 20/30. IOP (Goldmann) 16/15. Amsler grid: metamorphopsia OD.\n"
        "SLE: 2+ NS OU. Arcus. DFE: OD CSME w/ hard exudates, dot-blot hemes; OS mild NPDR. No Weiss ring.\n"
        "OCT: CST OD 412 (prev 388), OS 276. Ishihara 10/11 OU.\n"
        f"Plan: Avastin OD today, lot {g.digits(6)}. RTC 4 wks {D(g.fmt(day + dt.timedelta(days=28), 7))}.\n"
        f"Pt drives; daughter {N(g.given())} to drive after dilation. Pt works at {ORG(g.pick(EMPLOYERS))} nights.\n"
        f"Tech: {N(tech[0][0] + '. ' + tech[1])}, COA   Physician: {N(md[0] + ' ' + md[1])}, MD\n"
    )


def pt_note(g: Gen) -> str:
    day = g.date()
    pt = g.person()
    therapist = g.person()
    surgeon = g.person()
    a, phi = g.age()
    sx = day - dt.timedelta(days=g.r.randint(14, 60))
    return (
        f"{ORG(g.pick(['Fairhaven Physical Therapy', 'Summit Orthopedic Partners Rehab', 'Heron Point Rehab']))} - "
        f"DAILY NOTE\n"
        f"Patient: {N(pt[0] + ' ' + pt[1])}   Visit #{g.r.randint(3, 18)}   DOS {D(g.fmt(day, g.pick([6, 1])))}\n"
        f"Dx: s/p L TKA {D(g.fmt(sx, g.pick([0, 6, 3])))} by Dr. {N(surgeon[1])} at {ORG(g.hospital())}. Precautions: "
        f"WBAT.\n"
        f"S: Pt {g.age_txt(a, phi, '{} y/o')} reports pain 4/10, slept better. Wants to return to work at "
        f"{ORG(g.pick(EMPLOYERS))} by {D(g.fmt(sx + dt.timedelta(days=90), 11))}. Grandson {N(g.given())} helping with "
        f"stairs.\n"
        "O: AROM knee 5-98 deg. Quad lag 10 deg. Lachman and McMurray deferred. Thompson test neg (calf).\n"
        "   TUG 14.2 s. Berg 44/56. Trendelenburg gait noted on R. Epley maneuver not indicated.\n"
        "Tx: NuStep 10', TKE, SLR 3x10, gait training w/ SPC 150 ft, Game Ready.\n"
        f"A: progressing. P: 2x/wk x4 wks. Re-eval {D(g.fmt(day + dt.timedelta(days=28), 12))}.\n"
        f"{N(therapist[0] + ' ' + therapist[1])}, PT, DPT  Lic# {ID(g.digits(6))}\n"
    )


def transfer(g: Gen) -> str:
    day = g.date()
    pt = g.person()
    send = g.hospital()
    recv = g.hospital()
    while recv == send:
        recv = g.hospital()
    md_s = g.person()
    md_r = g.person()
    a, phi = g.age()
    fac = g.pick(FACILITIES)
    town, state = g.town()
    hcp = g.person()
    return (
        f"INTERFACILITY TRANSFER SUMMARY\n"
        f"From: {ORG(send)}, {LOC(g.town()[0])}   To: {ORG(recv)} CCU\n"
        f"Transfer date: {D(g.fmt(day, g.pick([1, 5])))}  Transport: "
        f"{ORG(g.pick(['Boston MedFlight', 'Coastal Ambulance', 'Lifeline EMS']))} "
        f"ALS\nPatient: {N(pt[0] + ' ' + pt[1])}  DOB {D(g.fmt(g.dob(a, day), 1))}  MRN (sending) {ID(g.mrn())}\n"
        f"Accepting: Dr. {N(md_r[0] + ' ' + md_r[1])} ({P(g.phone())}), accepted at {g.time()} via transfer center.\n"
        f"Sending: Dr. {N(md_s[1])}, hospitalist, cell {P(g.phone())}.\n\n"
        f"Summary: {g.age_txt(a, phi, '{}')} yo from {ORG(fac)} (SNF) adm to {ORG(g.hosp_ref(send))} "
        f"{D(g.fmt(day - dt.timedelta(days=3), 0))} w/ NSTEMI; trop peak 4.2. Needs cath not available here.\n"
        "Lines: R IJ CVC, PIV x2, Foley. GCS 14. Glasgow-Blatchford not applicable.\n"
        f"HCP: {N(hcp[0] + ' ' + hcp[1])} ({g.pick(['son', 'daughter', 'nephew'])}), {ADDR(g.street())}, "
        f"{LOC(town)}, {ST(state)}; {P(g.phone())}\n"
        f"Code status: Full. Records sent: CD of images, MAR, H&P of {D(g.fmt(day - dt.timedelta(days=3), 12))}.\n"
    )


def portal(g: Gen) -> str:
    day = g.date()
    pt = g.person()
    md = g.person()
    proxy = g.person()
    hosp = g.hospital()
    dom = re.sub(r"[^a-z]", "", hosp.lower())[:10]
    return (
        f"PATIENT PORTAL MESSAGE  received {D(g.fmt(day, 1))} {g.time()}\n"
        f"From: {N(pt[0] + ' ' + pt[1])} <{E(g.email(*pt))}>\n"
        f"To: Dr. {N(md[1])}'s office\n"
        f"Subject: refill + form\n\n"
        f"hi dr {N(md[1].lower())}, its {N(pt[0].lower())}. i ran out of my metformin on "
        f"{D(g.fmt(day - dt.timedelta(days=2), 0))}, "
        f"can u send to the {ORG(g.pick(PHARMACIES))} on {ADDR(g.r.choice(STREETS))}? also my job "
        f"({ORG(g.pick(EMPLOYERS))}) "
        f"needs the FMLA form by {D(g.fmt(day + dt.timedelta(days=6), g.pick([2, 11, 0])))}. my new cell is "
        f"{P(g.phone())}. "
        f"my {g.pick(['wife', 'husband', 'daughter'])} {N(proxy[0])} has proxy access ({E(g.email(*proxy))}).\n"
        f"thanks, {N(pt[0][0].upper() + '.' + pt[1][0].upper() + '.')}\n\n"
        f"--- portal audit ---\nlogin from IP {IP(g.ip())} at {g.time()}; device id "
        f"{ID(g.pick(['iPhone-', 'AND-']) + g.digits(8))}\n"
        f"Reply link: {U('https://portal.' + dom + '.org/messages/' + g.digits(7))}\n"
    )


def facesheet(g: Gen) -> str:
    day = g.date()
    pt = g.person()
    a, phi = g.age()
    town, state = g.town()
    emerg = g.person()
    guar = g.person()
    ins = g.pick(INSURERS)
    intl = g.r.random() < 0.5
    lines = [
        f"{ORG(g.hospital())} PATIENT REGISTRATION / FINANCIAL COUNSELING",
        f"Name: {N(pt[1].upper() + ', ' + pt[0].upper())}   Preferred name: {N(NICK.get(pt[0], pt[0].split('-')[0]))}",
        f"DOB: {D(g.fmt(g.dob(a, day), 1))}   Age: {g.age_txt(a, phi, '{}')}   SSN: {SSN(g.ssn())}",
        f"Address: {ADDR(g.street(True))}",
        f"         {LOC(town)}, {ST(state)} {ZIP(g.zip(state))}",
        f"Home: {P(g.phone())}   Mobile: {P(g.phone())}   Email: {E(g.email(*pt))}",
        f"Employer: {ORG(g.pick(EMPLOYERS))}, {LOC(g.town()[0])}   Occupation: "
        f"{g.pick(['forklift operator', 'teacher', 'line cook', 'CNA'])}",
        f"Emergency contact: {N(emerg[0] + ' ' + emerg[1])} ({g.pick(['spouse', 'sister', 'friend'])}) {P(g.phone())}",
        f"Guarantor: {N(guar[0] + ' ' + g.mi() + '. ' + guar[1])}   Guarantor SSN: {SSN(g.ssn())}",
        f"Primary insurance: {ORG(ins)}  Member ID {ID(g.pick(['XGH', 'BCP', 'KMH']) + g.digits(9))}  Group "
        f"{ID(g.digits(6))}",
        f"Visa/MC on file: {CARD(g.card())} exp {g.r.randint(1, 12):02d}/{g.r.randint(88, 95)}",
        f"Registered {D(g.fmt(day, 1))} by {N(g.given()[0] + '. ' + g.surname())} (Patient Access)",
    ]
    if intl:
        lines.insert(10, f"Self-pay deposit wired from {LOC(g.pick(['Kraków', 'Cork', 'Munich', 'Belfast']))}, "
                         f"IBAN {IBAN(g.iban())}, ref {ID(g.digits(8))}")
    return "\n".join(lines) + "\n"


def lowercase_sloppy(g: Gen) -> str:
    day = g.date()
    pt = g.person()
    md = g.person()
    rel = g.given()
    a, phi = g.age()
    town = g.town()[0]
    text = (
        f"pt {N(pt[1])} seen on rounds {D(g.fmt(day, 0))}. {g.age_txt(a, phi, '{}')}yo w hx afib, copd. c/o sob "
        f"overnight, "
        f"neb x2. son {N(rel)} at bedside, wants update from dr {N(md[1])} - paged x2 (pgr {P(g.digits(4))}). "
        f"pt says he used to work at {ORG(g.pick(EMPLOYERS))} in {LOC(town)} for {g.r.randint(10, 40)} yrs. "
        f"foley in place, uop ok. parkinsons tremor at baseline. pt's pcp is dr {N(g.given() + ' ' + g.surname())} at "
        f"{ORG(g.pick(CLINICS))}. dc planning: home w vna vs {ORG(g.pick(FACILITIES))}, cm {N(g.given())} aware. "
        f"son's # {P(g.phone())}. next cxr {D(g.fmt(day + dt.timedelta(days=1), 0))}. "
        f"{N(g.initials(*g.person()))} rn\n"
    )
    return recase(text, str.lower)


def allcaps_cm(g: Gen) -> str:
    day = g.date()
    pt = g.person()
    cm = g.person()
    a, phi = g.age()
    fac = g.pick(FACILITIES)
    ins = g.pick(INSURERS)
    dtr = g.person()
    town, state = g.town()
    far = g.pick(FAR_US)
    other = g.pick([f for f in FACILITIES if f != fac])
    text = (
        f"CASE MANAGEMENT NOTE {D(g.fmt(day, g.pick([1, 6, 3])))} {g.time()}\n"
        f"PT {N(pt[0] + ' ' + pt[1])} IS A {g.age_txt(a, phi, '{} YO')} ADMITTED "
        f"{D(g.fmt(day - dt.timedelta(days=4), 0))} "
        f"WITH CHF EXACERBATION. LIVES ALONE AT {ADDR(g.street())}, {LOC(town)} {ST(state)}.\n"
        f"INS: {ORG(ins)} ({ID(g.digits(3) + g.pick('ABC') + g.digits(6))}). AUTH OBTAINED FROM "
        f"{N(g.given() + ' ' + g.surname())} "
        f"REF # {ID(g.digits(9))}.\n"
        f"SPOKE W/ DAUGHTER {N(dtr[0])} (HCP) AT {P(g.phone())}; SHE LIVES IN {LOC(far[0])}, {ST(far[1])} "
        f"AND WILL ARRIVE {D(g.fmt(day + dt.timedelta(days=1), g.pick([0, 11])))}.\n"
        f"REFERRALS SENT TO {ORG(fac)} AND {ORG(other)}. BED OFFER FROM {ORG(fac)} (ADMISSIONS: {N(g.given())} "
        f"{P(g.phone())}). PT PREVIOUSLY AT {ORG(g.pick(FACILITIES))} IN {YR(str(day.year - 1))}.\n"
        f"PT HAS FOLEY; BRADEN 13. PT/OT REC SNF. MD {N(g.surname())} AWARE OF PLAN.\n"
        f"{N(cm[0] + ' ' + cm[1])}, RN CM  X{P(g.digits(4))}\n"
    )
    return recase(text, str.upper)


def ed_ems(g: Gen) -> str:
    """ALL-CAPS EMS run sheet handed over at the ED door."""
    day = g.date()
    pt = g.person()
    medic = g.person()
    a, phi = g.age()
    town, state = g.town()
    text = (
        f"{ORG(g.pick(['LIFELINE EMS', 'COASTAL AMBULANCE', 'MEDSTAR 7']))} PATIENT CARE REPORT  INCIDENT # "
        f"{ID(g.digits(2) + '-' + g.digits(6))}\n"
        f"DATE {D(g.fmt(day, 1))}  DISPATCHED {g.time()}  AT PT {g.time()}\n"
        f"PT: {N(pt[1] + ', ' + pt[0])}  AGE {g.age_txt(a, phi, '{}')}  SEX {g.pick(['M', 'F'])}\n"
        f"SCENE: {ADDR(g.street(True))}, {LOC(town)}  (PT'S RESIDENCE)\n"
        f"CC: FALL. FOUND ON FLOOR BY NEIGHBOR {N(g.given() + ' ' + g.surname())} WHO CALLED 911 FROM {P(g.phone())}.\n"
        "GCS 14 (E4V4M6). GLUCOSE 142. C-COLLAR NOT APPLIED PER NEXUS. HX PARKINSONS, ON SINEMET.\n"
        f"PCP: DR {N(g.surname())}.  TRANSPORTED TO {ORG(g.hospital())} ED, REPORT GIVEN TO RN {N(g.given())}.\n"
        f"CREW: {N(medic[0] + ' ' + medic[1])} NRP #{ID(g.digits(6))} / {N(g.given() + ' ' + g.surname())} EMT\n"
    )
    return recase(text, str.upper)


STYLES: list[tuple[str, Callable[[Gen], str], int]] = [
    ("nursing_progress_terse", mimic_nursing, 5),
    ("physician_progress_terse", physician_progress, 4),
    ("radiology_header", radiology, 5),
    ("echo_report", echo, 4),
    ("discharge_instructions", discharge_instructions, 4),
    ("telephone_encounter", telephone, 5),
    ("medication_reconciliation", med_rec, 4),
    ("consult_note", consult, 4),
    ("addendum_esign", addendum, 4),
    ("home_health", home_health, 4),
    ("hospice", hospice, 3),
    ("dental", dental, 3),
    ("ophthalmology", ophthalmology, 3),
    ("physical_therapy", pt_note, 3),
    ("transfer_summary", transfer, 4),
    ("portal_message", portal, 4),
    ("registration_facesheet", facesheet, 4),
    ("lowercase_sloppy", lowercase_sloppy, 4),
    ("allcaps_case_management", allcaps_cm, 3),
    ("allcaps_ems", ed_ems, 3),
]


def build(seed: int = SEED) -> list[dict[str, Any]]:
    """All records of the set, in a fixed order."""
    g = Gen(seed)
    records: list[dict[str, Any]] = []
    for style, fn, count in STYLES:
        for _ in range(count):
            text, spans = strip(fn(g))
            records.append({"id": f"holdout2-{len(records):03d}", "style": style, "text": text, "spans": spans})
    return records


def main() -> None:
    for record in build():
        print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
