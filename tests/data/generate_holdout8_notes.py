"""Write the eighth hold-out de-identification gold set (ICU and ward nursing notes) as JSONL to stdout.

Every PHI value enters a template through a marker ⟦LABEL:value⟧; the markers are stripped and each
span is where its value landed (never found by searching the text). Names, facilities and numbers are
invented. Run: python tests/data/generate_holdout8_notes.py > tests/data/holdout8_notes_gold.jsonl
"""

from __future__ import annotations

import json
import random
import re
import sys

RNG = random.Random(20261128)
MARK = re.compile(r"⟦([A-Z]+):(.*?)⟧")
LABELS = {
    "NAME",
    "DATE",
    "AGE",
    "PHONE",
    "EMAIL",
    "URL",
    "IP",
    "ID",
    "ADDRESS",
    "LOCATION",
    "ZIP",
    "ORGANIZATION",
    "SSN",
    "STATE",
    "YEAR",
    "CARD",
    "IBAN",
}

FEMALE = [
    "Anne",
    "Lisa",
    "Mary",
    "Rosa",
    "Mei",
    "Amara",
    "Oksana",
    "Farida",
    "Priya",
    "Siobhan",
    "Ines",
    "Nadia",
    "Keiko",
    "Lucia",
    "Aaliyah",
    "Fatou",
    "Leilani",
    "Svetlana",
    "Eleni",
    "Marisol",
    "Esperanza",
    "Zainab",
    "Ngozi",
    "Linh",
    "Sunita",
    "Ingrid",
    "Carmen",
    "Malia",
    "Ayesha",
    "Rivka",
    "Marguerite",
    "Paulina",
    "Renata",
    "Maeve",
]
MALE = [
    "Mike",
    "Joe",
    "Dave",
    "Tuan",
    "Kwame",
    "Dmitri",
    "Yusuf",
    "Rahul",
    "Declan",
    "Joao",
    "Tomasz",
    "Hiroshi",
    "Mateo",
    "DeShawn",
    "Ibrahima",
    "Giorgos",
    "Hamid",
    "Chidi",
    "Bao",
    "Arjun",
    "Bjorn",
    "Thiago",
    "Wei",
    "Sione",
    "Omar",
    "Shlomo",
    "Ferdinand",
    "Kofi",
    "Teodoro",
    "Ruairi",
]
FIRST = FEMALE + MALE
FEMININE = {"wife", "daughter", "dtr", "niece", "mother", "sister", "girlfriend", "granddaughter", "aunt"}
MASCULINE = {"husband", "son", "grandson", "father", "brother", "nephew", "boyfriend", "uncle"}
LAST = [
    "Kowalski",
    "O'Malley",
    "Kim",
    "Patel",
    "Nguyen",
    "Okafor",
    "Haddad",
    "Fitzgerald",
    "Baptiste",
    "Moreira",
    "Petrovic",
    "Szymanski",
    "Tanaka",
    "Castillo",
    "Abernathy",
    "Delacroix",
    "Ferreira",
    "Gallagher",
    "Hakimi",
    "Iwu",
    "Jablonski",
    "Kaczmarek",
    "Lindqvist",
    "Mahoney",
    "Nakashima",
    "Oyelaran",
    "Papadakis",
    "Quintero",
    "Rasmussen",
    "Sadeghi",
    "Tremblay",
    "Vasquez",
    "Wojcik",
    "Xiong",
    "Yilmaz",
    "Zelenko",
    "Dubois",
    "Achebe",
    "Duarte",
    "Estrada",
    "Fonseca",
    "Kaplan",
    "Levesque",
    "Murphy",
    "Obi",
    "Pham",
    "Ruiz",
    "Sorensen",
    "Thibodeau",
    "Varga",
    "Whelan",
    "Adeyemi",
    "Bergstrom",
    "Chaudhry",
    "Doucette",
    "Mendoza-Reyes",
    "Van der Berg",
    "McAllister",
    "Nwachukwu",
    "Oliveira",
    "Przybylski",
]
# names that are also common words; the notes use the same words as words too (TERMS in the test)
WORD_FIRST = {"F": ["May", "Rose", "Hope"], "M": ["Will", "Bill", "Grant", "Mark"]}
WORD_LAST = ["Long", "Brown", "Hill", "Grant", "Rose", "May", "Mark", "Will", "Hope", "Bill"]
HOSPITALS = [
    "St. Brendan's Hospital",
    "Lawford General",
    "Merrimack Falls Medical Center",
    "Harbor Point Hospital",
    "Saint Anselm Regional",
    "Quarry Hill Medical Center",
    "Bayview Community Hospital",
    "Norwell Falls General",
    "St. Brigid's",
    "Kittredge Memorial",
]
FACILITIES = [
    "Sunrise Manor",
    "Maple Terrace Nursing Home",
    "Cedar Knoll Rehab",
    "Harborlight House",
    "Willowbrook Skilled Nursing",
    "Elm Ridge Care Center",
    "Brookhaven Rehab",
    "Linden Hill Rehabilitation Hospital",
    "Marlow Rehab Center",
    "Seacoast Hospice House",
]
AGENCIES = [
    "Bayside VNA",
    "Elmcrest Dialysis",
    "Greater Lynn Senior Services",
    "North Harbor Elder Services",
    "Tri-Town Council on Aging",
    "Ocean State Home Care",
    "Medway Housing Authority",
]
CHURCHES = [
    "Our Lady of Fatima Church",
    "St. Casimir Parish",
    "First Haitian Baptist Church",
    "Congregation Beth Shalom of Saugus",
    "St. Mary Coptic Church",
    "Grace Korean Presbyterian Church",
]
FAITHS = [
    ("Catholic", "Our Lady of Fatima Church", "Fr."),
    ("Catholic", "St. Casimir Parish", "Fr."),
    ("Baptist", "First Haitian Baptist Church", "Rev."),
    ("Jewish", "Congregation Beth Shalom of Saugus", "Rabbi"),
    ("Coptic Orthodox", "St. Mary Coptic Church", "Fr."),
    ("Presbyterian", "Grace Korean Presbyterian Church", "Rev."),
    ("Muslim", "Islamic Center of Malden", "Imam"),
]
EMPLOYERS = [
    "Rourke Electric",
    "Atlantic Fisheries Co-op",
    "Kessler Freight",
    "Medway Public Schools",
    "Pioneer Valley Transit",
    "Dunmore Bakery",
]
TOWNS = [
    "Revere",
    "Chelsea",
    "Lynn",
    "Malden",
    "Quincy",
    "Brockton",
    "Dorchester",
    "Everett",
    "Somerville",
    "Lowell",
    "Worcester",
    "Fall River",
    "New Bedford",
    "Saugus",
    "Peabody",
    "Jamaica Plain",
    "East Boston",
    "Haverhill",
    "Methuen",
    "Woburn",
    "Mattapan",
]
AWAY = [
    ("Nashua", "NH"),
    ("Portsmouth", "New Hampshire"),
    ("Biddeford", "Maine"),
    ("Pawtucket", "RI"),
    ("Brattleboro", "VT"),
    ("Enfield", "Connecticut"),
    ("Sarasota", "Florida"),
]
COUNTRIES = [
    "Haiti",
    "Cape Verde",
    "Vietnam",
    "Portugal",
    "Ghana",
    "Ukraine",
    "Brazil",
    "Dominican Republic",
    "Ireland",
    "Somalia",
    "India",
    "Greece",
    "Poland",
    "Lebanon",
]
STREETS = [
    "Orchard St",
    "Winslow Ave",
    "Bennington St",
    "Shirley Ave",
    "Ocean Ave",
    "Pearl St",
    "Tremont Rd",
    "Highland Ave",
    "Chestnut Hill Rd",
    "Ferry St",
    "Broadway",
    "Nahant Rd",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
]
NICKNAMES = ["Buddy", "Sonny", "Chickie", "Junior", "Tata", "Mimi", "Bubba", "Red"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Note:
    """Random picks for one note, each returned as a marker."""

    def __init__(self, rng: random.Random, word_names: dict[str, list[str]]) -> None:
        self.rng = rng
        self.word_names = word_names

    def pick(self, seq):
        return self.rng.choice(seq)

    def n(self, label: str, value: str) -> str:
        return f"⟦{label}:{value}⟧"

    def first(self, gender: str = "") -> str:
        return self.n("NAME", self.pick({"F": FEMALE, "M": MALE}.get(gender, FIRST)))

    def kin(self, relations: list[str], *, word: bool = False, surname: bool = False) -> str:
        """A relative, "wife Anne": the relation word stays outside the name span."""
        rel = self.pick(relations)
        gender = "F" if rel.lower() in FEMININE else "M" if rel.lower() in MASCULINE else self.pick("FM")
        if surname:
            return f"{rel} {self.n('NAME', self.pick({'F': FEMALE, 'M': MALE}[gender]) + ' ' + self.pick(LAST))}"
        return f"{rel} {self.word_first(gender) if word else self.first(gender)}"

    def last(self) -> str:
        return self.n("NAME", self.pick(LAST))

    def full(self) -> str:
        return self.n("NAME", f"{self.pick(FIRST)} {self.pick(LAST)}")

    def word_first(self, gender: str = "") -> str:
        """A first name that is also a common word, taken in turn so the set holds every one."""
        gender = gender or self.pick("FM")
        queue = self.word_names.setdefault(gender, [])
        if not queue:
            queue.extend(WORD_FIRST[gender])
        return self.n("NAME", queue.pop(0))

    def word_last(self, first: bool = False) -> str:
        """A surname that is also a common word, taken in turn (with a first name: one span)."""
        queue = self.word_names.setdefault("last", [])
        if not queue:
            queue.extend(WORD_LAST)
        return self.n("NAME", f"{self.pick(FIRST)} {queue.pop(0)}" if first else queue.pop(0))

    def doc(self) -> str:
        return self.n("NAME", self.pick(LAST + WORD_LAST[:4]))

    def date(self) -> str:
        m, d = self.rng.randint(1, 12), self.rng.randint(1, 28)
        form = self.rng.randint(0, 5)
        value = [f"{m}/{d}", f"{m}-{d}", f"{m}/{d}", f"{m}/{d}/26", f"{self.pick(MONTHS)} {d}", f"{m:02d}/{d:02d}"][
            form
        ]
        return self.n("DATE", value)

    def weekday(self) -> str:
        return self.n("DATE", self.pick(WEEKDAYS))

    def year(self) -> str:
        return self.n("YEAR", str(self.rng.randint(1988, 2024)))

    def age(self) -> str:
        return self.n("AGE", str(self.rng.randint(90, 103)))

    def phone(self) -> str:
        a, b = self.rng.randint(201, 989), self.rng.randint(100, 199)
        c = self.rng.randint(0, 9999)
        form = self.rng.randint(0, 5)
        value = [
            f"555-{c:04d}",
            f"({a}) 555-{b:04d}",
            f"{a}-555-{b:04d}",
            f"{a}.555.{b:04d}",
            f"555-{b:04d}",
            f"{a}555{b:04d}",
        ][form]
        return self.n("PHONE", value)

    def pager(self) -> str:
        return self.n("PHONE", f"{self.rng.randint(1, 9)}-{self.rng.randint(1000, 9999)}")

    def ext(self) -> str:
        return self.n("PHONE", f"x{self.rng.randint(2000, 7999)}")

    def mrn(self) -> str:
        return self.n("ID", str(self.rng.randint(1000000, 9999999)))

    def town(self) -> str:
        return self.n("LOCATION", self.pick(TOWNS))

    def country(self) -> str:
        return self.n("LOCATION", self.pick(COUNTRIES))

    def hosp(self) -> str:
        return self.n("ORGANIZATION", self.pick(HOSPITALS))

    def facility(self) -> str:
        return self.n("ORGANIZATION", self.pick(FACILITIES))

    def agency(self) -> str:
        return self.n("ORGANIZATION", self.pick(AGENCIES))

    def address(self) -> str:
        unit = self.pick(["", "", " Apt 2", " #3R", " Unit 14"])
        return self.n("ADDRESS", f"{self.rng.randint(3, 480)} {self.pick(STREETS)}{unit}")

    def email(self, local: str) -> str:
        domain = self.pick(["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "aol.com", "verizon.net"])
        return self.n("EMAIL", f"{slug(local, '')}{self.rng.randint(1, 99)}@{domain}")

    def ip(self) -> str:
        return self.n("IP", ".".join(str(self.rng.randint(1, 254)) for _ in range(4)))

    def away(self) -> str:
        """A town outside the home state with its state: "Nashua, NH"."""
        town, state = self.pick(AWAY)
        return f"{self.n('LOCATION', town)}, {self.n('STATE', state)}"

    def zipc(self) -> str:
        return self.n("ZIP", f"0{self.rng.randint(1001, 2799)}")

    def lines(self, pool: list[str], lo: int, hi: int) -> list[str]:
        return self.rng.sample(pool, self.rng.randint(lo, min(hi, len(pool))))


# ---- clinical filler: vitals, doses, devices, eponyms and word-terms, never PHI ----
NEURO = [
    "A&O X3, MAE, FOLLOWS COMMANDS.",
    "GCS 10 (E3 V2 M5), Glasgow unchanged from AM.",
    "Sedated on propofol 30 mcg/kg/min, RASS -2.",
    "PERRL 3mm brisk. No seizure activity.",
    "Intermittently confused, pulling at lines; mitts on.",
    "CAM-ICU positive x2 this shift.",
    "Fentanyl gtt 50 mcg/hr for pain, pain scores 2-3/10.",
    "Pt will open eyes to voice, does not track.",
    "Haldol 2 mg IV x1 at 2300 for agitation with good effect.",
]
CV = [
    "HR 88-104 SR with occ PVCs, SBP 96-118.",
    "Levophed gtt @ 0.06 mcg/kg/min, weaned from 0.1.",
    "Swan in place: CO 4.1 CI 2.2 PAD 18 SVR 1100.",
    "A-line R radial, waveform sharp.",
    "Afib RVR to 140s at 0300, dilt 10 mg IV x1, now 90s.",
    "Pulses 2+ DP/PT bilat, ext warm.",
    "K 3.4 repleted with 40 meq KCL IV.",
    "Heparin gtt @ 1100 units/hr, PTT 64, next PTT at 0600.",
    "Hickman catheter R chest, dsg C/D/I.",
    "Neo gtt off since 1400, MAPs > 65.",
    "BP rose to 168/90 after turning, settled with repositioning.",
]
RESP = [
    "On AC 500 x 14, FiO2 40%, PEEP 8. ABG 7.38/42/96.",
    "LS coarse bilat, dim at bases. Sx for mod amt thick tan secretions.",
    "Weaned to CPAP 5/5 at 1000, tolerated 2 hrs.",
    "3L NC, sats 93-96%.",
    "Pleurovac to -20 sxn, no air leak, 60cc serosang out.",
    "Ambu and suction at bedside.",
    "ETT 7.5, 23 @ lip, retaped.",
    "CXR this AM: slight improvement L base.",
    "Cough weak, IS to 750.",
    "Sats dipped to 86% with turning, recovered on 100% x 5 min.",
]
GI = [
    "Abd soft, NT/ND, + BS.",
    "NPO except meds. Dobhoff at 70cm, placement confirmed by KUB.",
    "TF Nutren 2.0 @ 40cc/hr, goal 55, residuals < 30.",
    "Small brown stool x1, guaiac neg.",
    "Lg loose brown stool, flexiseal placed.",
    "JP (Jackson-Pratt) drain x2 with 40cc serosang.",
    "S/P Whipple, NGT to LIWS draining bilious.",
    "Protonix 40 mg IV daily.",
    "Pt may have clear liquids if passes swallow eval.",
]
GU = [
    "Foley draining clear yellow urine, UO 40-80cc/hr.",
    "UO drifting down to 20cc/hr, MD aware, 500cc NS bolus given.",
    "Lasix 40 mg IV at 1600 with 900cc response.",
    "BUN/Cr 42/2.1, up from 1.8.",
    "CVVH running, removing 100cc/hr net.",
    "Foley d/c'd at 0600, due to void by 1200.",
    "Urine cloudy, UA/UC sent.",
]
ID_ = [
    "Tmax 38.6, BC x2 sent, MD aware.",
    "Afebrile. WBC 11.2 from 14.",
    "Vanco/zosyn, vanco trough due before 0900 dose.",
    "MRSA nares pending, on contact precautions.",
    "Temp rose to 38.9 at 0400, Tylenol 650 PR given.",
    "Bair Hugger on for temp 35.4, now 36.7.",
]
SKIN = [
    "Coccyx stage II, duoderm intact.",
    "Kerlix dressing to RLE C/D/I.",
    "Sternal incision OTA, no drainage.",
    "Skin marked at edge of erythema on L forearm at 1800.",
    "Turned q2h, heels floated.",
]
PLAN = [
    "Will cont to monitor.",
    "Cont to wean vent as tol.",
    "Plan: diurese, wean gtts, ?extubate in AM.",
    "Will cont to monitor UO and lytes.",
    "Cont current plan, update family.",
    "Plan to keep NPO after MN for trach/PEG.",
    "Hope to wean to trach mask tomorrow.",
    "Long day for pt, rested well after 2000.",
]


def ccu_progress(t: Note) -> list[str]:
    out = [
        f"CCU NURSING PROGRESS NOTE {t.pick(['0700-1900', '1900-0700', '7P-7A', '7A-7P'])}",
        f"{t.pick(['Mr.', 'Mrs.', 'Ms.'])} {t.last()} is a {t.rng.randint(58, 86)} yo s/p STEMI {t.date()}, "
        f"cath showed 3VD, hx MI {t.year()}.",
    ]
    for head, pool in (("NEURO", NEURO), ("CV", CV), ("RESP", RESP), ("GI", GI), ("GU", GU), ("ID", ID_)):
        out.append(f"{head}: " + " ".join(t.lines(pool, 1, 3)))
    out.append(
        f"SOCIAL: {t.kin(['Wife', 'Husband', 'Daughter', 'Son'], word=True)} called x2, updated by "
        f"Dr. {t.doc()}. Lives in {t.town()} with {t.pick(['wife', 'dtr', 'son'])}. HCP is "
        f"{t.kin(['son', 'daughter', 'niece'])} {t.phone()}."
    )
    out.append("A/P: " + " ".join(t.lines(PLAN, 1, 2)))
    return out


def micu_nursing(t: Note) -> list[str]:
    out = [
        f"MICU NSG NOTE {t.pick(['7A-7P', '7P-7A', '1500-2300'])}",
        f"Pt is a {t.age()} yo {t.pick(['F', 'M'])} from {t.facility()} admitted {t.date()} with urosepsis, "
        f"DNR/DNI per HCP.",
    ]
    for head, pool in (
        ("Neuro", NEURO),
        ("CV", CV),
        ("Resp", RESP),
        ("GI", GI),
        ("GU", GU),
        ("ID", ID_),
        ("Skin", SKIN),
    ):
        if t.rng.random() < 0.8:
            out.append(f"{head}: " + " ".join(t.lines(pool, 1, 3)))
    out.append(
        f"Social: {t.kin(['Grandson', 'Niece', 'Daughter'])} in at {t.rng.randint(1, 8)}pm, "
        f"plans meeting with Drs. {t.doc()} and {t.doc()} on {t.weekday()}. Cell {t.phone()}."
    )
    if t.rng.random() < 0.6:
        out.append(f"Son ({t.first('M')}) is HCP. Resident {t.first()} aware of MAPs 58-62, pager #{t.pager()}.")
    out.append(" ".join(t.lines(PLAN, 1, 2)))
    return out


def sicu_postop(t: Note) -> list[str]:
    proc = t.pick(["Whipple", "ex-lap, SBR", "open AAA repair", "Hartmann's procedure", "L hemicolectomy"])
    out = [
        f"SICU NURSING NOTE - POD #{t.rng.randint(0, 5)} S/P {proc}",
        f"Pt {t.last()}, {t.rng.randint(40, 85)} yo, OR {t.date()} with Dr. {t.doc()}. PMH: DM2, HTN, CVA {t.year()}.",
        "Arrived from PACU at 1520 intubated, Trendelenburg briefly for line placement.",
    ]
    out += t.lines(NEURO + CV + RESP + GI + GU + SKIN, 3, 30)
    out.append(
        f"Surgical resident {t.first()} aware of UO, pager {t.pager()}. Wife {t.first('F')} updated by phone "
        f"{t.phone()}."
    )
    out.append(t.pick(PLAN))
    return out


def csru_cabg(t: Note) -> list[str]:
    out = [
        "CSRU NSG ADMIT/PROGRESS NOTE",
        f"{t.rng.randint(55, 84)} YO s/p CABG x{t.rng.randint(2, 5)} (LIMA-LAD, SVG-OM) on {t.date()}, "
        f"Dr. {t.word_last()}. Prior PCI at {t.hosp()} in {t.year()}.",
        "Arrived from OR on Levophed and propofol, Swan in place, A-paced at 90.",
        "Mediastinal and pleural CTs to Pleurovac -20, 120cc first hr.",
        "Bair Hugger on, temp 35.8 -> 36.9.",
        "Extubated at 2140 to 4L NC, ABG 7.41/38/104.",
    ]
    out += t.lines(CV + RESP + GU + SKIN, 1, 8)
    out.append(
        f"Family: {t.kin(['wife', 'husband', 'partner'], word=True)} and son {t.first('M')} in to visit, "
        f"went home to {t.town()} at 2100. Contact {t.phone()}."
    )
    if t.rng.random() < 0.5:
        out.append(f"Dr. {t.doc()} (CT surgery fellow) aware of CT output, pager {t.pager()}.")
    out.append(t.pick(PLAN))
    return out


def nicu_parents(t: Note) -> list[str]:
    baby = t.pick(LAST)
    out = [
        "NICU NSG NOTE 7P-7A",
        f"Baby Boy {t.n('NAME', baby)}, now DOL {t.rng.randint(2, 40)}, CGA {t.rng.randint(29, 36)} weeks. "
        f"Born {t.date()} at {t.hosp()}, transferred for higher level of care.",
        "RESP: On NCPAP +5 FiO2 21-25%. 2 spells overnight, 1 requiring mild stim.",
        f"FEN: TF 150cc/kg/d, EBM 24 cal via OGT q3h, no spits. Wt {t.rng.randint(900, 2400)} g, up 20g.",
        "ID: Amp/gent d/c'd after 48h rule out, BC neg.",
        "DEV: Swaddled, nesting in isolette, temp stable.",
        f"PARENTS: Mother {t.n('NAME', t.pick(FEMALE) + ' ' + baby)} in at 2100, did kangaroo care x1 hr, updated by "
        f"RN {t.first()}. Father {t.word_first('M')} called from work at {t.n('ORGANIZATION', t.pick(EMPLOYERS))}. "
        f"Parents live in {t.away()}, ~1 hr drive.",
    ]
    if t.rng.random() < 0.6:
        out.append(f"Mother's cell {t.phone()}. Family meeting {t.weekday()} with neo Dr. {t.doc()}.")
    out.append("Will cont to monitor.")
    return out


def resp_therapy(t: Note) -> list[str]:
    out = [
        "RESPIRATORY CARE NOTE",
        f"Pt remains on {t.pick(['AC', 'PSV', 'SIMV', 'APRV'])} {t.rng.randint(350, 550)}x{t.rng.randint(12, 24)} "
        f"FiO2 {t.rng.choice([30, 35, 40, 50, 60])}% PEEP {t.rng.randint(5, 14)}.",
        f"BS coarse, sx'd for mod amt thick white secretions. ABG 7.{t.rng.randint(28, 45)}/{t.rng.randint(35, 60)}/"
        f"{t.rng.randint(60, 140)}.",
        "MDI albuterol 6 puffs q4h given. Ambu at bedside.",
    ]
    if t.rng.random() < 0.6:
        out.append(f"RSBI {t.rng.randint(40, 130)}, SBT on 5/5 x 30 min, d/w Dr. {t.doc()}, plan to hold.")
    if t.rng.random() < 0.5:
        out.append(
            f"Home BiPAP via {t.agency()}, settings 14/8, pt's own machine "
            f"SN {t.n('ID', f'BPX{t.rng.randint(100000, 999999)}')}."
        )
    out.append(f"RT {t.first()} {t.ext()}")
    return out


def transfer_admit(t: Note) -> list[str]:
    out = [
        "NSG ADMIT NOTE",
        f"Pt is a {t.age() if t.rng.random() < 0.5 else t.rng.randint(45, 89)} yo {t.pick(['man', 'woman'])} "
        f"TRANSFERRED FROM {t.hosp()} ED on {t.date()} for ?ICH. MRN {t.mrn()}.",
        f"Per {t.first()} in admitting, pt's PCP is Dr. {t.doc()} at "
        f"{t.agency() if t.rng.random() < 0.3 else t.hosp()}.",
        f"Lives at {t.address()}, {t.town()}, {t.n('STATE', t.pick(['MA', 'Mass', 'Massachusetts']))} {t.zipc()} "
        f"with {t.kin(['wife', 'husband', 'sister'])}.",
        f"Home phone {t.phone()}. Recent stay at rehab: {t.facility()}, d/c'd {t.date()}.",
        f"PMH: AAA repair {t.year()}, afib on coumadin, R TKA. NKDA.",
    ]
    out += t.lines(NEURO + CV + RESP, 2, 6)
    out.append(
        f"Admitted to bed {t.rng.randint(1, 16)}. RN {t.word_first()} took report from {t.first()} at sending facility."
    )
    return out


def social_work(t: Note) -> list[str]:
    pt = t.pick(LAST)
    out = [
        "SOCIAL WORK ICU NOTE",
        f"Met with pt's {t.kin(['wife', 'husband', 'partner'], surname=True)} and daughter {t.word_first('F')} "
        f"at bedside "
        f"re: coping and dispo.",
        f"Pt {t.n('NAME', pt)} is a {t.rng.randint(40, 88)} yo {t.pick(['retired', 'disabled', 'self-employed'])} "
        f"{t.pick(['fisherman', 'bus driver', 'teacher', 'electrician', 'home health aide'])}, "
        f"originally from {t.country()}, came to US in {t.year()}.",
        f"Worked at {t.n('ORGANIZATION', t.pick(EMPLOYERS))} until {t.year()}.",
        f"Family attends {t.n('ORGANIZATION', t.pick(CHURCHES))} in {t.town()}; pastor {t.full()} has visited.",
    ]
    if t.rng.random() < 0.6:
        out.append(f"Daughter asked for a letter for her employer; email {t.email(t.pick(FIRST) + '.' + pt)}.")
    if t.rng.random() < 0.8:
        out.append(
            "Family set up a fundraising page: "
            f"{t.n('URL', 'https://www.gofundme.com/f/help-' + slug(pt, '-') + '-family')}."
        )
    out += [
        "Family tearful but coping, good support from friends.",
        "Emotional support provided, will continue to follow.",
        f"{t.full()}, LICSW {t.pager()}",
    ]
    return out


def case_management(t: Note) -> list[str]:
    out = [
        "CASE MANAGEMENT NOTE",
        f"Pt admitted {t.date()}, LOS {t.rng.randint(3, 30)}. Insurance: MassHealth ID "
        f"{t.n('ID', str(t.rng.randint(10**10, 10**11 - 1)))}; "
        f"secondary policy {t.n('ID', 'MH' + str(t.rng.randint(10000, 99999)) + '-' + str(t.rng.randint(1, 9)))}.",
        f"Referrals sent to {t.facility()} and {t.facility()}; {t.facility()} declined {t.date()}.",
        f"Spoke with {t.first()} in intake at {t.facility()} {t.phone()}, bed possible {t.weekday()}.",
    ]
    if t.rng.random() < 0.5:
        area = t.rng.randint(100, 665)
        out.append(
            f"SSN {t.n('SSN', f'{area:03d}-{t.rng.randint(10, 99)}-{t.rng.randint(1000, 9999)}')} verified for "
            f"application, long term care application to be filed."
        )
    out.append(
        f"Wife worried about the hospital bill; referred for free care and a fuel assistance grant. "
        f"Pt seen by PCP Dr. {t.doc()}, DOS {t.date()}."
    )
    out.append(f"HCP {t.pick(['son', 'daughter'])} {t.full()} agrees with plan, {t.phone()}.")
    out.append(f"CM {t.first()} {t.ext()}")
    return out


def family_meeting(t: Note) -> list[str]:
    pt = t.last()
    out = [
        f"FAMILY MEETING NOTE {t.date()}",
        f"Present: Dr. {t.doc()} (MICU attending), Dr. {t.doc()} (fellow), RN {t.first()}, SW {t.first()}, "
        f"wife {t.first('F')}, sons {t.word_first('M')} and {t.first('M')}, sister {t.full()} "
        f"(by phone from {t.country()}).",
        f"Discussed Mr. {pt}'s course since admission {t.date()}: failed SBT x3, new CVA on CT {t.weekday()}.",
        "Family understands prognosis is poor. They hope he will not suffer.",
        f"Pt had told son he 'would never want to be kept alive on machines' after his brother's death in {t.year()}.",
        f'Pt (goes by "{t.n("NAME", t.pick(NICKNAMES))}") wanted to be home for Xmas; family hope to honor that.',
        "Decision: CMO after family from out of town arrive, likely tomorrow.",
        "Living will not located; family will look at home.",
        f"Chaplain {t.first()} to visit. Family phone {t.phone()}.",
    ]
    return out


def pt_icu(t: Note) -> list[str]:
    out = [
        "PHYSICAL THERAPY - ICU",
        f"Seen {t.date()} for initial eval. Dx: resp failure, ICU weakness.",
        f"PLOF: Indep with RW, lives alone in 2nd floor apt in {t.town()}, {t.rng.randint(8, 16)} STE.",
        "Bed mobility: max A x2. Sit EOB 6 min with mod A, BP 102/60 -> 94/58, HR 110.",
        "Transfers: not tested. Ambu and RN at bedside.",
        "Assessment: deconditioned, will benefit from rehab.",
        f"Rec: d/c to rehab ({t.facility()} per pt preference). Will f/u {t.weekday()}.",
        f"{t.word_last(first=True)}, PT {t.pager()}",
    ]
    return out[: t.rng.randint(4, len(out))] + ([] if t.rng.random() < 0.5 else [f"D/w RN {t.first()}."])


def nutrition_icu(t: Note) -> list[str]:
    out = [
        "NUTRITION ICU FOLLOW UP",
        f"Ht {t.rng.randint(150, 190)} cm, Wt {t.rng.randint(45, 130)} kg, BMI {t.rng.randint(17, 38)}. "
        f"Dobhoff post-pyloric since {t.date()}.",
        f"Current TF: Peptamen 1.5 @ {t.rng.randint(20, 70)}cc/hr, goal 60. Propofol providing 300 kcal.",
        "Estimated needs (Mifflin-St Jeor x 1.2): 1800-2000 kcal, 1.5 g/kg protein.",
        "Labs: Phos 1.9 (repleted), Mg 1.8, glucose 140-180 on insulin gtt.",
        "Brown stool x2, no diarrhea.",
        "Rec: advance TF by 10cc q6h to goal; recheck phos in AM.",
        f"{t.first()}, RD, {t.ext()}",
    ]
    if t.rng.random() < 0.5:
        out.insert(2, f"Per wife {t.first('F')}, pt lost 20 lb since {t.n('DATE', t.pick(MONTHS))}.")
    return out


def night_events(t: Note) -> list[str]:
    out = ["NSG NOTE 2300-0700 EVENTS"]
    out.append(f"At 0215 pt {t.last()} found pulling at NGT, replaced and placement checked, "
               f"Dr. {t.word_last()} aware.")
    out += t.lines(NEURO + CV + RESP + GI + ID_, 2, 9)
    if t.rng.random() < 0.6:
        out.append(
            f"Daughter {t.word_first('F')} called at 0300 from {t.away()}, updated. Wants call if any change "
            f"{t.phone()}."
        )
    out.append(t.pick(PLAN))
    return out


def rapid_response(t: Note) -> list[str]:
    # a ward named for a person is an organization; "7 North" names no one
    ward = t.pick([t.n("ORGANIZATION", "Ellison 9"), "7 North", t.n("ORGANIZATION", "Farnsworth 4"), "6 West"])
    out = [
        f"RAPID RESPONSE NOTE - {ward} Rm {t.rng.randint(400, 1299)}",
        f"Pt: {t.full()}  MRN {t.mrn()}",
        f"Called at {t.rng.randint(10, 23)}{t.rng.choice(['00', '15', '40'])} by RN {t.first()} for SBP 78, HR 132, "
        f"new O2 requirement.",
        f"Pt is {t.age()} yo, admitted {t.date()} for CHF, DNR not DNI per chart.",
        "Assessment: lethargic but arousable, LS crackles bilat, ext cool.",
        "Interventions: NRB, 500cc LR bolus, BC x2, lactate 4.1, CXR.",
        f"Dr. {t.doc()} (covering) at bedside; d/w MICU resident {t.first()}, pager {t.pager()}.",
        f"Dispo: transferred to MICU bed {t.rng.randint(1, 16)}. Prior RRT on {t.date()}.",
        f"{t.kin(['Son', 'Daughter'])} notified by phone {t.phone()}.",
    ]
    return out


def chaplain(t: Note) -> list[str]:
    faith, church, title = t.pick(FAITHS)
    out = [
        f"Spiritual care visit {t.weekday()}",
        f"Visited pt and {t.kin(['wife', 'husband'], word=True)} at request of RN {t.first()}.",
        f"Pt is {faith}; member of {t.n('ORGANIZATION', church)}. {title} {t.last()} of that congregation "
        f"contacted at {t.phone()}.",
        f"Family shared stories of pt's life in {t.country()}; pt hopes to see grandchild born in "
        f"{t.n('DATE', t.pick(MONTHS))}.",
        "Offered prayer and presence; family grateful.",
        "Will follow as needed, page chaplain on call.",
        f"{t.full()}, Chaplain",
    ]
    return out[: t.rng.randint(3, len(out))]


def nursing_addendum(t: Note) -> list[str]:
    out = [
        "NSG ADDENDUM",
        f"{t.kin(['Wife', 'Husband', 'Brother', 'Daughter'])} called at {t.rng.randint(17, 22)}30 "
        f"requesting update; referred to Dr. {t.word_last()}.",
    ]
    if t.rng.random() < 0.9:
        out.append(
            f"Pt's valuables (wallet, {t.pick(['Visa', 'MasterCard'])} {t.n('CARD', card(t.rng))}, "
            f"$42 cash, glasses) sent to security, receipt {t.n('ID', str(t.rng.randint(10000, 99999)))}."
        )
    if t.rng.random() < 0.5:
        out.append("Brown stool x1, will send C diff.")
    return out


def tsicu_trauma(t: Note) -> list[str]:
    out = [
        "TSICU NSG NOTE 0700-1900",
        f"Pt is a {t.rng.randint(18, 70)} yo {t.pick(['M', 'F'])} s/p MVC vs pole {t.date()} in {t.town()}, "
        f"medflighted from {t.hosp()}.",
        "Injuries: L PTX, R femur fx, grade III liver lac, C2 fx - Philadelphia collar in place, log roll.",
        f"Trauma surgery Dr. {t.doc()}, ortho Dr. {t.doc()}; ex-fix planned {t.weekday()}.",
    ]
    out += t.lines(NEURO + CV + RESP + GI + GU + SKIN, 44, 51)
    out.append(f"Police (Officer {t.last()}) in to speak w/ pt, asked to return.")
    out.append(f"Girlfriend {t.first('F')} and mother {t.word_first('F')} at bedside, mother's cell {t.phone()}.")
    out.append(t.pick(PLAN))
    return out


def ward_shift(t: Note) -> list[str]:
    out = [
        f"NSG PROGRESS NOTE {t.pick(['7A-3P', '3P-11P', '11P-7A'])}",
        f"{t.age()} y/o from {t.facility()} s/p fall {t.date()} with L hip fx, ORIF {t.date()}.",
    ]
    out += t.lines(NEURO + CV + GI + GU + SKIN, 1, 5)
    out.append(
        f"Niece {t.full()} from {t.town()} visiting; she may be the one to take pt home. "
        f"Email {t.email(t.pick(FIRST) + '_')}."
    )
    if t.rng.random() < 0.7:
        out.append(f"Home telemonitor from {t.agency()} logged in from {t.ip()}; unit returned.")
    out.append("Will cont to monitor.")
    return out


def foreign_case(t: Note) -> list[str]:
    cc, bank, size = t.pick(
        [("DE", "37040044", 22), ("FR", "20041010", 27), ("PT", "00020123", 25), ("GB", "NWBK6016", 22)]
    )
    return [
        "CASE MANAGEMENT - INTERNATIONAL PT",
        f"Pt visiting from {t.country()}, on cruise ship stop {t.date()}, no US insurance.",
        f"Travel insurer claim {t.n('ID', 'TRV-' + str(t.rng.randint(100000, 999999)))}; son {t.first('M')} "
        f"will pay deposit from account {t.n('IBAN', iban(cc, bank, size, t.rng))}.",
        f"Son's cell {t.phone()}. Will update Dr. {t.doc()}.",
    ]


STYLES = [
    ("ccu_progress", ccu_progress),
    ("micu_nursing", micu_nursing),
    ("sicu_postop", sicu_postop),
    ("csru_cabg", csru_cabg),
    ("nicu_parents", nicu_parents),
    ("resp_therapy", resp_therapy),
    ("transfer_admit", transfer_admit),
    ("social_work", social_work),
    ("case_management", case_management),
    ("family_meeting", family_meeting),
    ("pt_icu", pt_icu),
    ("nutrition_icu", nutrition_icu),
    ("night_events", night_events),
    ("rapid_response", rapid_response),
    ("chaplain", chaplain),
    ("nursing_addendum", nursing_addendum),
    ("tsicu_trauma", tsicu_trauma),
    ("ward_shift", ward_shift),
    ("international_case", foreign_case),
]


def slug(text: str, space: str) -> str:
    """Lower case, no apostrophes, spaces replaced: the part of an email or URL made from a name."""
    return text.lower().replace("'", "").replace(" ", space)


def card(rng: random.Random) -> str:
    digits = [4] + [rng.randint(0, 9) for _ in range(14)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        total += (2 * d - 9 if d > 4 else 2 * d) if i % 2 == 0 else d
    digits.append((10 - total % 10) % 10)
    s = "".join(map(str, digits))
    return " ".join(s[i : i + 4] for i in range(0, 16, 4))


def iban(cc: str, bank: str, size: int, rng: random.Random) -> str:
    bban = bank + "".join(str(rng.randint(0, 9)) for _ in range(size - 4 - len(bank)))
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    raw = f"{cc}{98 - num % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def render(marked: str, case: str) -> tuple[str, list[dict]]:
    """Strip the markers, changing the case of text and values alike; spans from where values land."""
    tf = {"upper": str.upper, "lower": str.lower, "mixed": str}[case]
    out, spans, pos, last = [], [], 0, 0
    for m in MARK.finditer(marked):
        plain = tf(marked[last : m.start()])
        value = tf(m.group(2))
        assert m.group(1) in LABELS and value and value.strip() == value, m.group(0)
        out += [plain, value]
        pos += len(plain)
        spans.append({"start": pos, "end": pos + len(value), "label": m.group(1)})
        pos += len(value)
        last = m.end()
    out.append(tf(marked[last:]))
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text
    return text, spans


def main() -> None:
    word_names: dict[str, list[str]] = {}
    for i in range(70):
        style, make = STYLES[i % len(STYLES)]
        note = Note(RNG, word_names)
        case = "upper" if i % 3 != 2 else ("mixed" if (i // 3) % 2 else "lower")
        text, spans = render("\n".join(make(note)) + "\n", case)
        sys.stdout.write(
            json.dumps({"id": f"h8-{i + 1:03d}", "style": style, "text": text, "spans": spans}, ensure_ascii=False)
            + "\n"
        )


if __name__ == "__main__":
    main()
