"""Blind hold-out set 23: ICU nursing notes in the manner of the PhysioNet 'deid' corpus (MIMIC-II nursing
notes), written by a writer who has not seen the redactor's rules. 16 patients, five consecutive shift notes
each, six writer habits (terse fragments, narrative, all lower case, '...' between facts, signed with initials
or a first name, long family updates). The same family, doctors and outside hospitals recur across a patient's
notes in different spellings. Every value is invented; phones are 555-01xx.

Run: python tests/data/generate_holdout23_notes.py  (writes holdout23_notes_gold.jsonl beside it and prints it)
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from marks import m, strip

RNG = random.Random(2323)
OUT = Path(__file__).with_name("holdout23_notes_gold.jsonl")

N, D, A, P, I, L, O, S, Y, AD = ("NAME", "DATE", "AGE", "PHONE", "ID", "LOCATION", "ORGANIZATION", "STATE", "YEAR",
                                  "ADDRESS")

MONTHS = ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
          "NOVEMBER", "DECEMBER"]
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

# invented people; Will, May, Hope, Bill, June, Rose, Grant and Mark are names here and words elsewhere
FIRST_F = ["Doreen", "Marjorie", "Lorraine", "Bernadette", "Eileen", "Paulette", "Noreen", "Gwen", "Rosalind",
           "Theresa", "Colleen", "Darlene", "Hope", "May", "June", "Rose", "Arlene", "Maureen", "Celeste", "Tina"]
FIRST_M = ["Walt", "Leonard", "Francis", "Gerald", "Dennis", "Rudy", "Armand", "Stanley", "Earl", "Vinny",
           "Will", "Bill", "Grant", "Mark", "Lucien", "Norm", "Clifford", "Ray", "Hector", "Wendell"]
SURNAMES = ["Kowalczyk", "Brannigan", "Lafreniere", "Ostrowski", "Fairweather", "Dellacroce", "Thibodeau",
            "Mulvaney", "Pressley", "Szymanski", "Coughlin", "Vartanian", "Abernathy", "Ouellette", "Hrabowski",
            "Nicolaou", "Trombley", "Castellano", "Gendreau", "Pietrowski", "Rourke", "Vasquez-Ellery",
            "Dunleavy", "Marchetti", "Boisvert", "Kaczmarek", "Haverty", "Lindqvist", "Okafor", "Petrakis"]
DOCTORS = ["Ferrante", "Halvorsen", "Nakashima", "Bertrand", "Quist", "Oyelaran", "Delacorte", "Marchand",
           "Strand", "Yablonski", "Corrigan", "Pettibone", "Wexler", "Amundsen", "Ruggiero", "Tallis", "Brook",
           "Kerrigan", "Stavros", "Whitcombe", "Lund", "Prakash", "Moynihan", "Esposito"]
STAFF_FIRST = ["Jen", "Kathy", "Deb", "Mike", "Sue", "Trish", "Lou", "Barb", "Kevin", "Nancy", "Gail", "Rob",
               "Meg", "Joanne", "Phil", "Carla"]
STAFF_LAST = ["Dooley", "Manetti", "Sorensen", "Farrow", "Gilchrist", "Lapointe", "Kimball", "Rasmussen",
              "Tierney", "Beaulieu", "Ashworth", "Conlon"]

# (full spelling, other spellings): outside hospitals, nursing homes, rehabs
HOSPITALS = [("St. Agatha's Hospital", "St Agathas", "St. A's", "SAH"),
             ("Millbrook General Hospital", "Millbrook General", "Millbrook Gen", "MGH-Millbrook"),
             ("Hollis Memorial", "Hollis Mem", "Hollis", "HMH"),
             ("Quinnapoxet Valley Hospital", "Quinnapoxet Valley", "QVH", "Quinnapoxet"),
             ("Our Lady of Mercy Hospital", "Our Lady of Mercy", "OLM", "Mercy"),
             ("Carrow County Medical Center", "Carrow County", "CCMC", "Carrow"),
             ("Bayside Regional Hospital", "Bayside Regional", "Bayside", "BRH"),
             ("Whitmore Hospital", "Whitmore", "Whitmore Hosp", "WH")]
NURSING = [("Birchwood Manor", "Birchwood"), ("Cedar Hill Nursing Home", "Cedar Hill"),
           ("Pines", "Pines"), ("Meadowview Rehab", "Meadowview"), ("Harborside Nursing and Rehab", "Harborside"),
           ("St. Brendan's Home", "St Brendans"), ("Kellerman Rehab Center", "Kellerman"),
           ("Oak Terrace", "Oak Terrace")]
CLINICS = ["Fenwick Street Health Center", "Hollis Medical Associates", "Amundsen Family Medicine",
           "Carrow Family Practice", "Eastgate Dialysis", "Riverbend Dialysis", "Millbrook Cardiology Associates"]
EMPLOYERS = ["Raytheon", "Dunmore Paper Co", "Gillette", "Boston Edison", "Polaroid", "Sturtevant Machine Works",
             "Fore River Shipyard", "Harrington Ford", "Quincy Public Schools", "Narragansett Electric"]
TOWNS = [("Dracut", "MA"), ("Leominster", "MA"), ("Hingham", "MA"), ("Marshfield", "MA"), ("Brockton", "MA"),
         ("Nashua", "NH"), ("Pawtucket", "RI"), ("Biddeford", "ME"), ("Chicopee", "MA"), ("Woonsocket", "RI"),
         ("Keene", "NH"), ("Taunton", "MA"), ("Gardner", "MA"), ("Sanford", "ME"), ("Attleboro", "MA"),
         ("Revere", "MA"), ("Dorchester", "MA"), ("Saugus", "MA"), ("Fitchburg", "MA"), ("Weymouth", "MA")]
FAR = [("Sarasota", "Florida"), ("Port St. Lucie", "FLA"), ("Phoenix", "Arizona"), ("Myrtle Beach", "SC"),
       ("Scranton", "PA"), ("Albany", "NY"), ("Burlington", "Vermont"), ("Hartford", "CT"), ("Toms River", "NJ")]
STREETS = ["Elm St", "Pleasant St", "Maple Ave", "Hawthorne Rd", "Lowell St", "Cottage St", "Summer St"]
HOLIDAYS = ["Christmas", "Thanksgiving", "Easter", "New Year's", "4th of July", "Labor Day"]
DX = ["urosepsis", "resp failure", "COPD flare", "GI bleed", "pneumonia", "CHF exacerbation", "SBO",
      "chole", "MI", "pancreatitis", "DKA", "aspiration PNA", "ETOH withdrawal", "hypotension"]


def pick(seq):
    return RNG.choice(seq)


def chance(p: float) -> bool:
    return RNG.random() < p


def phone(kind: str | None = None) -> str:
    n = f"555-01{RNG.randint(0, 99):02d}"
    kind = kind or pick(["area", "paren", "local", "local", "dot"])
    area = pick(["617", "978", "508", "781", "603", "401"])
    return {"area": f"{area}-{n}", "paren": f"({area}) {n}", "local": n, "dot": f"{area}.{n.replace('-', '.')}"}[kind]


def pager() -> str:
    return pick([f"{RNG.randint(3, 8)}-{RNG.randint(1000, 9999)}", f"{RNG.randint(30000, 89999)}"])


class Person:
    """A person with the spellings the notes use for them."""

    def __init__(self, first: str, last: str, nick: str | None = None, miss: str | None = None):
        self.first, self.last, self.nick, self.miss = first, last, nick, miss

    def ref(self, full_p=0.35) -> str:
        r = RNG.random()
        if r < full_p:
            return f"{m(N, self.first)} {m(N, self.last if not (self.miss and chance(0.4)) else self.miss)}"
        if self.nick and r < full_p + 0.2:
            return m(N, self.nick)
        return m(N, self.first)


def misspell(name: str) -> str:
    if len(name) < 6:
        return name + name[-1]
    i = RNG.randint(2, len(name) - 3)
    return name[:i] + name[i + 1:]


NICKS = {"Margaret": "Peg", "William": "Billy", "Theresa": "Terry", "Francis": "Frannie", "Leonard": "Lenny",
         "Gerald": "Gerry", "Stanley": "Stan", "Patricia": "Trish", "Doreen": "Dee", "Walt": "Walter",
         "Bernadette": "Bernie", "Maureen": "Mo", "Clifford": "Cliff", "Vinny": "Vincent"}


def new_person(sex: str, last: str | None = None) -> Person:
    first = pick(FIRST_F if sex == "F" else FIRST_M)
    last = last or pick(SURNAMES)
    return Person(first, last, NICKS.get(first), misspell(last) if chance(0.5) else None)


class Patient:
    def __init__(self, k: int):
        self.sex = pick("MF")
        self.last = SURNAMES[k]
        self.me = new_person(self.sex, self.last)
        self.age = RNG.randint(90, 103) if k % 3 == 0 else RNG.randint(38, 88)
        spouse_sex = "F" if self.sex == "M" else "M"
        self.spouse = new_person(spouse_sex, self.last) if chance(0.7) else None
        self.son = new_person("M", self.last)
        self.dtr = new_person("F", pick(SURNAMES))
        self.sister = new_person("F", pick(SURNAMES))
        # word-names among the children whatever the draws
        sons = {1: "Will", 7: "Bill", 2: "Grant", 9: "Grant", 5: "Mark", 14: "Will"}
        dtrs = {3: "Hope", 8: "May", 10: "Rose", 4: "June", 11: "June", 15: "Hope"}
        if k in sons:
            self.son.first, self.son.nick = sons[k], None
        if k in dtrs:
            self.dtr.first, self.dtr.nick = dtrs[k], None
        self.friend = new_person(pick("MF"))
        self.hcp = pick([p for p in (self.spouse, self.son, self.dtr) if p])
        self.osh = HOSPITALS[k % len(HOSPITALS)]
        self.nh = NURSING[(k * 3) % len(NURSING)]
        self.clinic = pick(CLINICS[:4] + CLINICS[6:])  # a PCP office, not a dialysis unit
        self.town, self.state = pick(TOWNS)
        self.dtr_town = pick(TOWNS + FAR)
        self.sis_town = pick(FAR)
        self.docs = RNG.sample(DOCTORS, 10)  # attending, fellow, neuro, PCP, surgeon, resident, night float, pulm, ID, renal
        self.phones = [phone() for _ in range(3)]
        self.month = RNG.randint(1, 12)
        self.day = RNG.randint(1, 20)
        self.yy = pick(["97", "98", "99", "00", "01"])
        self.dx = pick(DX)
        self.mrn = str(RNG.randint(1000000, 9999999))
        self.street = f"{RNG.randint(3, 240)} {pick(STREETS)}"
        self.employer = pick(EMPLOYERS)


def holiday(pt: Patient, past: bool = False) -> str:
    """The holiday nearest the admission month, coming (or just gone)."""
    coming = {1: "Easter", 2: "Easter", 3: "Easter", 4: "Memorial Day", 5: "4th of July", 6: "4th of July",
              7: "Labor Day", 8: "Labor Day", 9: "Thanksgiving", 10: "Thanksgiving", 11: "Christmas", 12: "Christmas"}
    gone = {1: "New Year's", 2: "Christmas", 3: "Easter", 4: "Easter", 5: "Memorial Day", 6: "Memorial Day",
            7: "4th of July", 8: "4th of July", 9: "Labor Day", 10: "Labor Day", 11: "Thanksgiving", 12: "Thanksgiving"}
    return (gone if past else coming)[pt.month]


def date(pt: Patient, offset: int = 0, form: str | None = None) -> str:
    """A marked date ``offset`` days from the admission, in a short form the notes use."""
    mo, d = pt.month, pt.day + offset
    while d > DAYS_IN[mo - 1]:
        d -= DAYS_IN[mo - 1]
        mo = mo % 12 + 1
    while d < 1:
        mo = (mo - 2) % 12 + 1
        d += DAYS_IN[mo - 1]
    form = form or pick(["s", "s", "s", "dash", "yy", "month", "mon", "th"])
    suffix = "TH" if 10 <= d % 100 <= 20 else {1: "ST", 2: "ND", 3: "RD"}.get(d % 10, "TH")
    text = {"s": f"{mo}/{d}", "dash": f"{mo}-{d}", "yy": f"{mo:02d}/{d:02d}/{pt.yy}", "month": f"{MONTHS[mo - 1]} {d}",
            "mon": f"{MON3[mo - 1]} {d}", "th": f"{d}{suffix}"}[form]
    return m(D, text)


def org(names: tuple, full_p: float = 0.3) -> str:
    name = names[0] if chance(full_p) else pick(names[1:])
    if name == "Pines":
        return f"the {m(O, name)}"
    return m(O, name)


def doc(pt: Patient, i: int) -> str:
    return f"{pick(['Dr ', 'Dr. ', 'DR '])}{m(N, pt.docs[i])}"


def staff() -> str:
    return m(N, pick(STAFF_FIRST))


# ---------------------------------------------------------------- sections: lists of sentences (natural case)

def intro(pt: Patient, k: int) -> list[str]:
    sex = "F" if pt.sex == "F" else "M"
    age = m(A, pt.age) if pt.age > 89 else str(pt.age)
    out = []
    if k == 0 or chance(0.5):
        out.append(pick([f"{age} YO {sex} admitted in transfer from {org(pt.osh)} on {date(pt, 0)} with {pt.dx}",
                         f"Pt is a {age} y/o {sex} transferred from {org(pt.osh)} {date(pt, 0)} for mgmt of {pt.dx}",
                         f"{age} yo {sex} from {org(pt.nh)} sent to {org(pt.osh)} {date(pt, -1)} then here {date(pt, 0)}, {pt.dx}",
                         f"{age}YO {sex} w/ hx of {pick(['CAD', 'COPD', 'DM2', 'AFIB', 'ESRD'])} adm {date(pt, 0)} from {org(pt.osh)} w/ {pt.dx}"]))
    else:
        out.append(pick([f"HD #{k + 1}. pt admitted {date(pt, 0)} with {pt.dx}",
                         f"Please see previous notes for hx. Pt adm from {org(pt.osh)} w/ {pt.dx}",
                         f"{age} yo {sex} {pt.dx} day {k + 1}"]))
    if chance(0.4):
        out.append(pick([f"PCP is {doc(pt, 3)} at {m(O, pt.clinic)}",
                         f"Pt followed by {doc(pt, 3)} in {m(L, pt.town)}",
                         f"Prior admission here {date(pt, -RNG.randint(30, 200), 'yy')} for same"]))
    if chance(0.55):
        me = pt.me
        title = "Mrs." if pt.sex == "F" else "Mr."
        out.append(pick([f"Pt {m(N, me.first)} prefers to be called {m(N, me.nick)}" if me.nick else f"Pt {m(N, me.first)} asking for glasses",
                         f"{title} {m(N, me.last)} was sleeping on arrival of this RN",
                         f"Pt ({m(N, me.first)} {m(N, me.last)}) resting w/ eyes closed",
                         f"Per family pt not eating well since {m(D, holiday(pt, past=True))}",
                         f"{title} {m(N, me.last if not me.miss or chance(0.5) else me.miss)} calm overnight",
                         f"Pt states 'call me {m(N, me.nick or me.first)}'"]))
    if chance(0.3):
        out.append(pick([f"MR# {m(I, pt.mrn)}", f"Unit no {m(I, pt.mrn)}", f"OSH records (acct {m(I, RNG.randint(10000000, 99999999))}) "
                         "faxed over"]))
    return out


def events(pt: Patient, k: int) -> list[str]:
    return [pick([f"Lab called critical K 6.1, read back to {staff()} RN", f"IV team RN {staff()} placed PICC L arm",
                  f"Covering RN {staff()} gave 2200 meds while this RN at break",
                  f"Resident {doc(pt, 5)} aware of all of the above", f"Night float {doc(pt, 6)} in to see pt",
                  f"Bed on 7 North requested, CCU team aware", f"Admitting {doc(pt, 6)} aware, MD aware of lytes",
                  f"Chaplain {m(N, pick(STAFF_FIRST))} {m(N, pick(STAFF_LAST))} visited at family request",
                  f"Attending {doc(pt, 0)} spoke w/ family at bedside", f"Transport to CT w/ {staff()} at 0300"])]


def neuro(pt: Patient, k: int) -> list[str]:
    out = [pick(["A+O X3, MAE, follows commands", "Lethargic but arousable to voice, PERRL", "Sedated on propofol 30mcg, "
                 "withdraws to pain", "Alert, oriented to self only, confused at times", "GCS 9 (Glasgow 9), pupils 3mm brisk",
                 "Restless overnight, given Haldol 2mg IV x1 w/ effect", "Hx of Parkinson's, tremor noted R hand",
                 "Ativan 1mg given for agitation, pulling at lines"])]
    if chance(0.35):
        out.append(pick([f"Seen by neuro {doc(pt, 2)}, head CT neg", f"{doc(pt, 2)} from neuro in to eval, EEG ordered",
                         f"Wife states pt was confused at home since {date(pt, -3)}"]))
    return out


def cv(pt: Patient, k: int) -> list[str]:
    out = [pick(["NSR 70-80s no ectopy, SBP 100-120s", "AFIB 110-130s, dilt gtt at 10mg/hr, SBP 90s",
                 "ST 100-110, SBP dipped to 80s, Levophed titrated up to .08", "SR 60s, BP stable, Swan in place "
                 "CI 2.1, PCWP 18", "HR 80s SR w/ occ PVCs, K 3.4 repleted", "Cordis R IJ intact, CVP 8-12",
                 "Trendelenburg briefly for SBP 70s, 500cc NS bolus given"])]
    if chance(0.6):
        out.append(pick([f"{doc(pt, 0)} aware", f"HO {doc(pt, 1)} paged {m(P, pager())}, aware of BP",
                         f"team (Dr {m(N, pt.docs[1])}) made aware, no new orders", f"{m(N, pt.docs[0])} aware",
                         f"d/w {doc(pt, 1)}, ok to hold lopressor", f"Seen {date(pt, k, 's')} by {doc(pt, 9)} from EP",
                         f"Cards fellow {doc(pt, 1)} in to see pt, echo tomorrow", f"{doc(pt, 0)} notified of HR, "
                         "lopressor 5mg IV given", f"Paged {doc(pt, 1)} at {m(P, pager())} re low UO and BP",
                         f"EP {doc(pt, 9)} following"]))
    if chance(0.15):
        out.append(f"Cath at {org(pt.osh)} on {date(pt, -2)} showed 3VD")
    return out


def resp(pt: Patient, k: int) -> list[str]:
    out = [pick(["On 4L NC, sats 94-97%, LS coarse bilat", "Intubated on AC 500 x 14 / 5 / 40%, ABG 7.38/42/96",
                 "CPAP 5/5 trial tolerated 2 hrs, RR 20s", "Suctioned for mod amts thick tan secretions, Yankauer used",
                 "Face tent 50%, sats 92-95%, CXR w/ RLL infiltrate", "Extubated this am, on 40% shovel mask",
                 "Chest tube to -20 Pleurevac, no air leak"])]
    if chance(0.4):
        out.append(pick([f"RT {staff()} aware", f"Dr {m(N, pt.docs[1])} aware of ABG", f"Pulm {doc(pt, 7)} consulted, "
                         "may need bronch", f"{staff()} from RT in to check vent settings"]))
    return out


def gi(pt: Patient, k: int) -> list[str]:
    out = [pick(["Abd soft, NT, +BS, TF Nutren 2.0 at goal 50cc/hr via Dobhoff", "NPO, OGT to LCS drg bilious",
                 "Brown stool x2, guaiac neg", "Protonix IV BID, hct stable 29", "NGT placed, position confirmed by CXR",
                 "Flexiseal in place, loose brown stool", "Tolerating clears, no N/V"])]
    if chance(0.3):
        out.append(pick([f"S/P Whipple at {org(pt.osh)} in {m(Y, RNG.randint(1985, 1996))}",
                         f"GI {doc(pt, 4)} in to see, plan EGD in am", f"Surgery {doc(pt, 4)} aware, no acute issues",
                         f"Last BM {date(pt, k - 2)} per pt"]))
    return out


def gu(pt: Patient, k: int) -> list[str]:
    out = [pick(["Foley draining clear yellow urine 30-60cc/hr", "UO marginal 20-25cc/hr, Lasix 40mg IV given",
                 "Foley changed, cx sent", "CVVH running, removing 100cc/hr", "Lytes repleted per sliding scale"])]
    if chance(0.3):
        out.append(pick([f"Renal {doc(pt, 9)} following", f"Usually dialyzed at {m(O, pick(CLINICS[4:6]))} MWF",
                         f"Cr up from 1.1 on {date(pt, -1)}"]))
    return out


def id_(pt: Patient, k: int) -> list[str]:
    out = [pick(["Tmax 101.2, cultured, Tylenol given", "Afebrile, WBC 12.4 down from 15", "On Vanco/Zosyn day 3",
                 "Temp rose to 102 at 0200, pan cultured", "Flagyl for C diff, contact precautions"])]
    if chance(0.35):
        out.append(pick([f"Blood cx from {org(pt.osh)} {date(pt, -1)} pos for GPC, ID {doc(pt, 8)} aware",
                         f"MRSA from sputum at {org(pt.osh)}", f"ID (Dr {m(N, pt.docs[8])}) recs cont abx"]))
    return out


def skin(pt: Patient, k: int) -> list[str]:
    return [pick(["Stage 2 on coccyx, duoderm intact", "Skin intact, turned q2h", "Hickman site C/D/I",
                  "Bair Hugger on for temp 95.4", "Heels boggy, on Kinair bed", "Old Whipple incision well healed"])]


def social(pt: Patient, k: int, long: bool = False) -> list[str]:
    out = []
    sp, son, dtr, sis, fr = pt.spouse, pt.son, pt.dtr, pt.sister, pt.friend
    rel = "wife" if pt.sex == "M" else "husband"
    opts = []
    if sp:
        opts += [f"{rel.capitalize()} {sp.ref()} called x2, updated by RN",
                 f"{rel.capitalize()} {sp.ref()} in to visit, went home to {m(L, pt.town)} around 2100",
                 f"{rel} {sp.ref()} is HCP, can be reached at {m(P, pt.phones[0])}",
                 f"Pt's {rel} {sp.ref(0.6)} called from home {m(P, pt.phones[0])}, aware of plan"]
    opts += [f"Son {son.ref()} called, lives in {m(L, pt.town)}, ph {m(P, pt.phones[1])}",
             f"Dtr {dtr.ref()} visiting from {m(L, pt.dtr_town[0])}, {m(S, pt.dtr_town[1])}",
             f"Daughter {dtr.ref(0.6)} ({m(P, pt.phones[2])}) wants call if any change",
             f"Sister {sis.ref()} called from {m(L, pt.sis_town[0])} {m(S, pt.sis_town[1])}",
             f"Friend {fr.ref()} visited, brought pt's glasses from home ({m(AD, pt.street)}, {m(L, pt.town)})",
             f"HCP is {'son' if pt.hcp is son else 'dtr' if pt.hcp is dtr else rel} {pt.hcp.ref()}, "
             f"cell {m(P, phone())}",
             f"Son {son.ref()} drove in from {m(L, pt.town)}, spoke w/ {doc(pt, 0)}",
             f"Family would like pt home for {m(D, holiday(pt))} if possible",
             f"Pt lived at {org(pt.nh)} since {m(Y, RNG.randint(1994, 1999))}",
             pick([f"Pt retired from {m(O, pt.employer)} in {m(Y, RNG.randint(1978, 1995))}",
                   f"Pt worked at {m(O, pt.employer)} x 30 yrs"]),
             f"Spoke with {staff()} from {org(pt.nh)}, they will hold bed until {date(pt, k + 3)}",
             f"Family mtg planned {date(pt, k + 1)} w/ {doc(pt, 0)} and SW {m(N, pick(STAFF_FIRST))}",
             "Family hope to take pt home, will cont to support",
             f"{son.ref()} ({'son' if chance(0.5) else 'HCP'}) called at 2200, updated, will call back in am",
             f"Pt's {rel} and dtr {dtr.ref()} here most of eve...supportive",
             f"Message left for {dtr.ref(0.5)} at {m(P, pt.phones[2])} re transfer",
             f"{sis.ref()} (sister) states pt was in {m(L, pt.sis_town[0])} for the winter, came home "
             f"{date(pt, -20, 'mon')}",
             f"Son {son.ref()} works at {m(O, pick(EMPLOYERS))}, can only visit evenings",
             f"Old chart from {org(pt.osh)} requested, call {m(P, phone('area'))} (medical records)"]
    n = RNG.randint(5, 8) if long else RNG.randint(2, 4)
    out += RNG.sample(opts, min(n, len(opts)))
    if long:
        out.append(pick([f"{rel.capitalize() if sp else 'Son'} very tearful at bedside, asking many questions re "
                         f"prognosis, support given. States pt was just at {org(pt.osh)} in {m(D, MONTHS[(pt.month - 3) % 12].capitalize())}",
                         f"Long talk w/ {(sp or son).ref()} re code status, pt has a living will, family meeting on "
                         f"{date(pt, k + 1)} at 2pm",
                         f"Grandson {new_person('M', pt.last).ref()} and {dtr.ref()} also called, told to call "
                         f"{(sp or dtr).ref()} for updates"]))
    return out


def plan(pt: Patient, k: int) -> list[str]:
    out = [pick(["Cont current mgmt", "Wean vent as tol", "Monitor UO, lytes", "Cont abx, f/u cx",
                 "Will cont to monitor", "Will follow up ABG", "Family meeting Monday at 1400",
                 "SW to see family Tuesday", "Pain control w/ MSO4 2mg IV Q2H PRN"])]
    if chance(0.6):
        out.append(pick([f"Possible transfer to floor vs back to {org(pt.nh)}", f"Rehab screen to {org(NURSING[6])} "
                         f"sent {date(pt, k)}", f"F/U w/ {doc(pt, 3)} re dispo", f"CT abd in am per {doc(pt, 4)}",
                         f"Trach/PEG discussion w/ family {date(pt, k + 2)}", f"Await call back from {org(pt.osh)} re old records",
                         f"Case mgmt {m(N, pick(STAFF_FIRST))} {m(N, pick(STAFF_LAST))} following for dispo",
                         f"Screening for {org(NURSING[RNG.randrange(8)])} per family request",
                         f"Spoke w/ {staff()} at {org(pt.nh)} ({m(P, phone())}), will fax d/c summary"]))
    return out


SECTIONS = [("NEURO", neuro), ("CV", cv), ("RESP", resp), ("GI", gi), ("GU", gu), ("ID", id_), ("SKIN", skin)]


def headers(pt: Patient, k: int) -> str:
    return pick(["NPN 7P-7A", "NURSING PROGRESS NOTE", "MICU NSG NOTE", "NPN 7A-7P", f"NPN {date(pt, k, 's')} 7P-7A",
                 "CCU NURSING PROGRESS NOTE", "NSG ADMIT NOTE" if k == 0 else "NSG NOTE", ""])


def initials(p: Person | None = None) -> str:
    f, l = (p.first, p.last) if p else (pick(STAFF_FIRST), pick(STAFF_LAST))
    return pick([f"{f[0]}{l[0]}", f"{f[0]}.{l[0]}.", f"{f[0]}{l[0]}", f])


# ---------------------------------------------------------------- writer habits

def sys_notes(pt, k, join=". ", sep="\n", labels=True, long_social=False) -> str:
    parts = []
    h = headers(pt, k)
    if h:
        parts.append(h)
    parts.append(". ".join(intro(pt, k)))
    for name, fn in SECTIONS:
        if chance(0.85):
            body = join.join(fn(pt, k))
            parts.append(f"{name}: {body}" if labels else body)
    if chance(0.7):
        parts.append(("EVENTS: " if labels else "") + join.join(events(pt, k)))
    parts.append(("SOCIAL: " if labels else "") + join.join(social(pt, k, long_social)))
    parts.append(("PLAN: " if labels else "") + join.join(plan(pt, k)))
    return sep.join(parts)


def terse(pt, k):
    text = sys_notes(pt, k, join=", ")
    return text.upper(), "upper"


def narrative(pt, k):
    sents = intro(pt, k)
    for _, fn in SECTIONS:
        if chance(0.8):
            sents += fn(pt, k)
    sents += (events(pt, k) if chance(0.7) else []) + social(pt, k) + plan(pt, k)
    h = headers(pt, k)
    body = ". ".join(sents) + "."
    # stray line breaks in the middle of the run-on paragraph
    words = body.split(" ")
    for _ in range(RNG.randint(1, 3)):
        j = RNG.randrange(1, len(words))
        if "⟦" not in words[j - 1] and "⟦" not in words[j]:
            words[j] = "\n" + words[j]
    body = " ".join(words).replace(" \n", "\n")
    text = (h + "\n" if h else "") + body
    return (text.upper(), "upper") if chance(0.6) else (text, "mixed")


def lowercase(pt, k):
    text = sys_notes(pt, k, join=". ", sep="\n")
    text = text.replace(". ", " ", RNG.randint(1, 4))  # missing punctuation
    return text, "lower"


def ellipsis(pt, k):
    sents = intro(pt, k)
    for _, fn in SECTIONS:
        if chance(0.8):
            sents += fn(pt, k)
    sents += (events(pt, k) if chance(0.7) else []) + social(pt, k) + plan(pt, k)
    h = headers(pt, k) or "MICU NSG NOTE"
    return (h + "\n" + "...".join(sents) + "...").upper(), "upper"


def signed(pt, k):
    text = sys_notes(pt, k, join=". ")
    nurse = new_person(pick("MF"))
    sig = pick([f"\n{m(N, initials())} RN", f"\n- {m(N, initials())}", f"\n{m(N, nurse.first)} RN",
                f"\n{m(N, nurse.first[0] + '.' + nurse.last[0] + '.')}, RN", f"\n{m(N, nurse.first)} {m(N, nurse.last)}, RN"])
    if chance(0.4):
        text = text.replace("\n", f"\nNote by {m(N, pick(STAFF_FIRST))} for the shift.\n", 1)
    return (text + sig, "mixed") if chance(0.8) else ((text + sig).upper(), "upper")


def family(pt, k):
    text = sys_notes(pt, k, join=". ", long_social=True)
    text += "\n" + pick([f"Pls call {(pt.spouse or pt.son).ref(0.6)} at {m(P, pt.phones[0])} if any change",
                         f"Family aware of plan, {pt.dtr.ref()} to call in am ({m(P, pt.phones[2])})",
                         f"Emergency contact {pt.son.ref()} {m(P, pt.phones[1])} / {m(P, phone('local'))}"])
    return (text, "mixed") if chance(0.7) else (text.upper(), "upper")


STYLES = [("terse_fragments", terse), ("narrative", narrative), ("lower_no_caps", lowercase),
          ("ellipsis_runon", ellipsis), ("signed_initials", signed), ("family_updates", family)]


def case_marked(marked: str, fn) -> str:
    """``fn`` applied to the text and the values, never to the marker labels."""
    parts = re.split(r"(⟦[A-Z]+:.*?⟧)", marked, flags=re.S)
    out = []
    for part in parts:
        hit = re.fullmatch(r"⟦([A-Z]+):(.*?)⟧", part, flags=re.S)
        out.append(f"⟦{hit.group(1)}:{fn(hit.group(2))}⟧" if hit else fn(part))
    return "".join(out)


def main() -> None:
    records = []
    patients = [Patient(k) for k in range(16)]
    n = 0
    for pi, pt in enumerate(patients):
        for k in range(5):
            name, fn = STYLES[(pi + k * 5) % len(STYLES)]
            RNG_state = RNG.random()  # keeps each note's draws apart
            marked, case = fn(pt, k)
            if case == "upper":
                marked = case_marked(marked, str.upper)
            elif case == "lower":
                marked = case_marked(marked, str.lower)
            del RNG_state
            text, spans = strip(marked)
            records.append({"id": f"h23-{n:03d}", "style": name, "text": text, "spans": spans})
            n += 1
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    OUT.write_text(data, encoding="utf-8")
    sys.stdout.write(data)


if __name__ == "__main__":
    main()
