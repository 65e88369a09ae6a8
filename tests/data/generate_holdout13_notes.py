"""Blind de-identification gold set "holdout13": 70 terse clinical notes in the manner of the notes in
public de-identification benchmarks (ICU nursing progress notes, discharge summaries), written for
services the other sets touch little: telemetry/step-down, ED course, oncology ward, labor & delivery
and postpartum, dialysis, PACU, rehab/SNF admission and transfer, home-health visits, hospice and
palliative care, ICU nursing (A/R/P and systems review), addenda, phone calls and discharge summaries.

Twelve invented patients recur across the notes with their relatives, nurses and doctors, whose names
are sometimes misspelled, shortened or reduced to initials. About 40 % of the notes are upper case, a
quarter lower case, the rest mixed. Gold follows HIPAA Safe Harbor: NAME (any person; titles,
credentials and relations stay outside), DATE (any date element smaller than a year, weekdays and
holidays included), YEAR (a bare year), AGE (over 89 only), PHONE (pagers and extensions too), ID (MRN,
account; room and bed numbers are not PHI), ADDRESS, LOCATION (towns, cities, countries of residence),
STATE, ZIP, ORGANIZATION (hospitals, clinics, facilities, agencies, employers, pharmacies, churches),
EMAIL and URL. Eponyms, devices, drugs and scales that look like names or places (Foley, Whipple,
Glasgow, Bishop score, Parkland, call bell, kidney stone...) stay outside gold beside patients called
Stone, Bishop, Ward, Bell, Young, King, Grant, Will, May, Hope, Rose, June and Mark.

Usage: python tests/data/generate_holdout13_notes.py > tests/data/holdout13_notes_gold.jsonl
"""

from __future__ import annotations

import datetime
import json
import random
import sys

from marks import m, strip

SEED = 1313
N_NOTES = 70


def nm(v: str) -> str:
    return m("NAME", v)


def org(v: str) -> str:
    return m("ORGANIZATION", v)


def loc(v: str) -> str:
    return m("LOCATION", v)


def st(v: str) -> str:
    return m("STATE", v)


def zp(v: str) -> str:
    return m("ZIP", v)


def adr(v: str) -> str:
    return m("ADDRESS", v)


def yr(v: object) -> str:
    return m("YEAR", v)


def ident(v: str) -> str:
    return m("ID", v)


def em(v: str) -> str:
    return m("EMAIL", v)


def url(v: str) -> str:
    return m("URL", v)


def ph(v: str) -> str:
    return m("PHONE", v)


def dt(v: str) -> str:
    return m("DATE", v)


MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
HOLIDAYS = ["Xmas", "Thanksgiving", "Christmas Eve", "New Year's", "Easter", "Labor Day", "4th of July"]
WEEKDAY_FORMS = [["Mon", "Monday"], ["Tues", "Tue", "Tuesday"], ["Wed", "Weds", "Wednesday"],
                 ["Thurs", "Thu", "Thursday"], ["Fri", "Friday"], ["Sat", "Saturday"], ["Sun", "Sunday"]]


def ordinal(d: int) -> str:
    suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suffix}"


class Cal:
    """The dates of one note, around a day picked at random."""

    FORMS = ["m/d", "m/d", "mm/dd", "m/d/yy", "mm/dd/yyyy", "m-d", "Mon d", "Month d", "Month dth", "m/d/yyyy"]

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.base = datetime.date(rng.choice([2018, 2019, 2020, 2021]), rng.randint(1, 12), rng.randint(1, 28))

    def on(self, off: int = 0) -> datetime.date:
        return self.base + datetime.timedelta(days=off)

    def day(self, off: int = 0, how: str | None = None) -> str:
        d = self.on(off)
        how = how or self.rng.choice(self.FORMS)
        text = {
            "m/d": f"{d.month}/{d.day}",
            "mm/dd": f"{d.month:02d}/{d.day:02d}",
            "m/d/yy": f"{d.month}/{d.day}/{d.year % 100:02d}",
            "mm/dd/yyyy": f"{d.month:02d}/{d.day:02d}/{d.year}",
            "m/d/yyyy": f"{d.month}/{d.day}/{d.year}",
            "m-d": f"{d.month}-{d.day}",
            "Mon d": f"{MONTH_NAMES[d.month - 1][:3]} {d.day}",
            "Month d": f"{MONTH_NAMES[d.month - 1]} {d.day}",
            "Month dth": f"{MONTH_NAMES[d.month - 1]} {ordinal(d.day)}",
            "dth": ordinal(d.day),
        }[how]
        return dt(text)

    def wd(self, off: int = 0) -> str:
        return dt(self.rng.choice(WEEKDAY_FORMS[self.on(off).weekday()]))

    def dob(self, age: int) -> str:
        return dt(f"{self.rng.randint(1, 12)}/{self.rng.randint(1, 28)}/{self.base.year - age}")

    def year(self, back: int) -> str:
        return yr(self.base.year - back)


def phone_fmt(rng: random.Random, num: str, forms: tuple[int, ...] = (0, 0, 1, 1, 2, 3, 4, 5, 6)) -> str:
    a, b, c = num[:3], num[3:6], num[6:]
    return ph([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"{b}-{c}", f"{a} {b} {c}",
               f"1-{a}-{b}-{c}"][rng.choice(forms)])


class Person:
    def __init__(self, first: str, last: str, *, nick: str = "", typo: str = "", phone: str = "") -> None:
        self.first, self.last, self.nick, self.typo, self.phone = first, last, nick, typo, phone

    def full(self) -> str:
        return nm(f"{self.first} {self.last}")

    def any(self, rng: random.Random) -> str:
        """One of the ways a note names this person."""
        forms = [f"{self.first} {self.last}", self.first, self.last, f"{self.first[0]}. {self.last}"]
        if self.nick:
            forms += [self.nick, f"{self.nick} {self.last}"]
        if self.typo:
            forms.append(self.typo)
        return nm(rng.choice(forms))


def num(rng: random.Random, area: str) -> str:
    return area + str(rng.randint(200, 989)) + f"{rng.randint(0, 9999):04d}"


class Patient:
    def __init__(self, rng: random.Random, **kw: object) -> None:
        self.__dict__.update(kw)
        self.phone = num(rng, kw["area"])
        self.p = Person(kw["first"], kw["last"], nick=kw.get("nick", ""), typo=kw.get("typo", ""))
        self.fam = [Person(f, la, nick=nick, typo=typo, phone=num(rng, area)) for f, la, nick, typo, area in
                    kw["family"]]

    def age_text(self, rng: random.Random) -> str:
        a = str(self.age)
        shown = m("AGE", a) if self.age > 89 else a
        return rng.choice([f"{shown} yo", f"{shown}yo", f"{shown} y/o", f"{shown} YO", f"{shown} year old"])

    def who(self, rng: random.Random) -> str:
        title = "Mr." if self.sex == "M" else rng.choice(["Mrs.", "Ms."])
        return rng.choice([f"{title} {nm(self.last)}", f"{title} {nm(self.last)}", f"pt {self.p.any(rng)}",
                           f"{title} {nm(self.typo)}", f"pt {nm(self.first[0] + self.last[0])}"])

    def header_name(self) -> str:
        return nm(f"{self.last}, {self.first}")


def make_patients(rng: random.Random) -> dict[str, Patient]:
    P = {}
    P["stone"] = Patient(rng, first="Harold", last="Stone", nick="Hal", typo="Stoen", age=91, sex="M", area="781",
                         mrn="0048213", acct="55120938", town="Revere", state="MA", zip="02151",
                         addr="14 Pleasant St", pcp="Varghese", dx="CHF exacerbation",
                         family=[("Mary", "Stone", "", "", "781"), ("Will", "Stone", "Bill", "", "617")],
                         rels=["wife", "son"], hosp="Lakeview General", employer="")
    P["kowalczyk"] = Patient(rng, first="Rose", last="Kowalczyk", typo="Kowalcyk", age=67, sex="F", area="617",
                             mrn="2291047", acct="60017734", town="Chelsea", state="MA", zip="02150",
                             addr="88 Shurtleff St", pcp="Varghese", dx="relapsed Hodgkin lymphoma",
                             family=[("Stanley", "Kowalczyk", "Stan", "", "617"), ("Anna", "Kowalczyk", "", "", "857")],
                             rels=["husband", "daughter"], hosp="Mercy Ridge Medical Center", employer="")
    P["young"] = Patient(rng, first="Tamika", last="Young", typo="Yong", age=29, sex="F", area="781",
                         mrn="3380152", acct="70392211", town="Lynn", state="MA", zip="01902",
                         addr="212 Boston St Apt 3", pcp="Hill", dx="G2P1 at 39+2 wks",
                         family=[("Marcus", "Grant", "", "", "781"), ("Denise", "Young", "", "", "339")],
                         rels=["FOB", "mother"], hosp="Lynn Community Health Center", employer="Market Basket")
    P["ward"] = Patient(rng, first="Dennis", last="Ward", typo="Warde", age=58, sex="M", area="781",
                        mrn="1175520", acct="41877003", town="Malden", state="MA", zip="02148",
                        addr="41 Cross St", pcp="Patel", dx="ESRD on HD",
                        family=[("June", "Ward", "", "", "781"), ("Kyle", "Ward", "", "", "617")],
                        rels=["wife", "son"], hosp="Riverside Dialysis Center", employer="MBTA")
    P["ohalloran"] = Patient(rng, first="Margaret", last="O'Halloran", nick="Peg", typo="O'Haloran", age=96, sex="F",
                             area="978", mrn="0902317", acct="51200468", town="Haverhill", state="MA", zip="01830",
                             addr="300 Main St", pcp="Lu", dx="end-stage dementia",
                             family=[("May", "O'Halloran-Reyes", "", "", "978"),
                                     ("Kevin", "O'Halloran", "", "", "353")],
                             rels=["daughter", "son"], hosp="Sunnyside Manor", employer="")
    P["nguyen"] = Patient(rng, first="Thanh", last="Nguyen", typo="Nyugen", age=74, sex="M", area="617",
                          mrn="4418630", acct="62290157", town="Quincy", state="MA", zip="02169",
                          addr="57 Hancock St", pcp="Okafor", dx="pancreatic head mass s/p Whipple",
                          family=[("Mark", "Nguyen", "", "", "617"), ("Linh", "Tran", "", "", "508")],
                          rels=["son", "daughter"], hosp="Bayside Regional Hospital", employer="")
    P["king"] = Patient(rng, first="Deborah", last="King", nick="Debbie", typo="Kimg", age=81, sex="F", area="978",
                        mrn="5503981", acct="73004412", town="Peabody", state="MA", zip="01960",
                        addr="9 Lowell St", pcp="Varghese", dx="R hip fx s/p ORIF",
                        family=[("Eugene", "King", "Gene", "", "978"), ("Sharon", "King-Lopez", "", "", "978")],
                        rels=["husband", "daughter"], hosp="Willow Brook Rehabilitation Center", employer="")
    P["alvarado"] = Patient(rng, first="Luis", last="Alvarado", typo="Alverado", age=44, sex="M", area="978",
                            mrn="6627014", acct="80015539", town="Lawrence", state="MA", zip="01841",
                            addr="122 Haverhill St", pcp="Okafor", dx="RLQ pain",
                            family=[("Carmen", "Alvarado", "", "", "978"), ("Rosa", "Alvarado", "", "", "978")],
                            rels=["wife", "sister"], hosp="Hallmark Community Hospital", employer="Keller Trucking")
    P["bishop"] = Patient(rng, first="Ruth", last="Bishop", typo="Bisop", age=93, sex="F", area="603",
                          mrn="0783342", acct="49921006", town="Salem", state="NH", zip="03079",
                          addr="6 Elm Terrace", pcp="Lu", dx="AF w/ RVR",
                          family=[("Ellen", "Pruitt", "", "", "603"), ("Gary", "Pruitt", "", "", "603")],
                          rels=["daughter", "son-in-law"], hosp="Elm Terrace Assisted Living", employer="")
    P["marchetti"] = Patient(rng, first="Anthony", last="Marchetti", nick="Tony", typo="Marchettti", age=62, sex="M",
                             area="781", mrn="7740215", acct="81123970", town="Medford", state="MA", zip="02155",
                             addr="27 Fulton St", pcp="Okafor", dx="urosepsis / septic shock",
                             family=[("Gina", "Marchetti", "", "", "781"), ("Carla", "Benedetti", "", "", "617")],
                             rels=["wife", "sister"], hosp="Hallmark Community Hospital",
                             employer="Marchetti & Sons Roofing")
    P["swanson"] = Patient(rng, first="Walter", last="Swanson", nick="Walt", typo="Swansen", age=88, sex="M",
                           area="978",
                           mrn="3057716", acct="52761180", town="Gloucester", state="MA", zip="01930",
                           addr="5 Rocky Neck Ave", pcp="Varghese", dx="COPD, CHF",
                           family=[("Hope", "Swanson", "", "", "207"), ("Ed", "Tibbets", "", "", "978")],
                           rels=["daughter", "neighbor"], hosp="Cape Ann VNA", employer="")
    P["raman"] = Patient(rng, first="Priya", last="Raman", typo="Ramen", age=34, sex="F", area="508",
                         mrn="8812409", acct="90046671", town="Framingham", state="MA", zip="01701",
                         addr="410 Edgell Rd", pcp="Hill", dx="G1P0 s/p primary LTCS",
                         family=[("Arjun", "Raman", "", "", "508"), ("Lakshmi", "Raman", "", "", "508")],
                         rels=["husband", "MIL"], hosp="MetroWest OB/GYN Associates", employer="Brightline Software")
    return P


# clinicians who recur (Person objects built once)
DOCS = {
    "Varghese": Person("Anita", "Varghese", typo="Vargese"), "Bell": Person("Gregory", "Bell", nick="Greg"),
    "Hill": Person("Lena", "Hill"), "Patel": Person("Raj", "Patel"), "Greenbaum": Person("Samuel", "Greenbaum",
                                                                                         typo="Greenbalm"),
    "Chen": Person("Wei", "Chen"), "Okafor": Person("Chidi", "Okafor", typo="Okafur"),
    "Feldman": Person("Mark", "Feldman"),
    "Lin": Person("May", "Lin"), "Oneil": Person("Brendan", "O'Neil", typo="ONeill"), "Lu": Person("Chester", "Lu"),
    "Haddad": Person("Amir", "Haddad"),
}
NURSES = [Person("Bridget", "Doherty"), Person("Tom", "Walsh"), Person("Joanne", "Kim"), Person("Luz", "Ortega"),
          Person("Kerry-Ann", "Baptiste"), Person("Will", "Ferris"), Person("Deb", "Santos"), Person("Grant", "Ellis")]


SNFS = ["Maple Crest Nursing Home", "Willow Brook Rehab", "Cedar Hill Skilled Nursing"]
CLINICS = ["Lynn Community Health Center", "Malden Family Medicine", "Greater Lawrence Family Health"]
CHURCHES = ["St. Stanislaus Parish", "Sacred Heart Church", "First Baptist Church of Chelsea"]
ED_EXAMS = ["+ McBurney pt tenderness, + Rovsing", "Kussmaul resp, fruity odor", "JVD to angle of jaw",
            "R leg shortened, ext rot"]


def handle(name: str) -> str:
    """A name as it appears in an e-mail address or web handle."""
    return "".join(c for c in name.lower() if c.isalnum() or c == ".")


def doc(rng: random.Random, key: str, title: bool = True) -> str:
    d = DOCS[key]
    name = rng.choice([d.last, d.last, f"{d.first} {d.last}", f"{d.first[0]}. {d.last}"] + ([d.typo] if d.typo else []))
    return (rng.choice(["Dr. ", "Dr ", "DR "]) if title else "") + nm(name)


def nurse(rng: random.Random) -> Person:
    return rng.choice(NURSES)


def rel_of(p: Patient, i: int) -> tuple[str, Person]:
    return p.rels[i], p.fam[i]


# --------------------------------------------------------------------------------------------- styles


def icu_arp_note(rng: random.Random, p: Patient, cal: Cal) -> str:
    if rng.random() < 0.4:
        return icu_arp_run_on(rng, p, cal)
    r0, f0 = rel_of(p, 0)
    r1, f1 = rel_of(p, 1)
    rn = nurse(rng)
    shift = rng.choice(["7p-7a", "7a-7p", "1900-0700", "0700-1900", "nights"])
    lines = [
        f"NPN {shift}",
        f"{p.header_name()}  MRN {ident(p.mrn)}  MICU bed {rng.randint(1, 12)}",
        f"D: pt is {p.age_text(rng)} {p.sex} adm {cal.day(-rng.randint(2, 6))} from "
        f"{org(p.hosp if p.key in ('marchetti', 'alvarado') else 'Lakeview General')} "
        f"w/ {p.dx}. remains on levophed @ {rng.choice(['0.06', '0.1', '0.12'])}mcg/kg/min, MAP 60s-70s. "
        f"Swan-Ganz in place, CI {rng.choice(['2.1', '2.4', '2.8'])}. temp rose to "
        f"{rng.choice(['101.2', '38.6', '100.9'])} @ 0300, "
        f"pan cx'd, MD aware.",
        rng.choice([
            "Resp: on 2-3L NC o/n, LS coarse bilat, sx for thick tan secretions. no Kussmaul resp.",
            "Resp: weaned to 2-3L NC, LS dim bases, nonproductive cough. resp even, no Kussmaul.",
            "resp: cpap 5/5 overnite, back on 2-3L NC this AM. sx'd x3 sm amts thin white. not Kussmaul.",
        ]),
        f"GU: Foley draining {rng.choice(['amber', 'clear yellow', 'cloudy'])} urine {rng.randint(25, 60)}cc/hr.",
        f"Skin: Braden {rng.randint(10, 15)}, coccyx stg II, duoderm intact.",
        f"A: {rng.choice(['hemodynamically labile', 'slowly improving', 'unchanged'])} O/N.",
        f"R: {r0} ({f0.any(rng)}) called x2 overnight, updated by RN. {r1} {f1.any(rng)} in from "
        f"{loc(p.town)} {cal.wd()}; NOK aware of plan. HCP is {f0.any(rng)} {phone_fmt(rng, f0.phone)}.",
        f"P: wean levo as tol, f/u lytes/lactate, family mtg {cal.wd(1)} w/ {doc(rng, 'Chen')} + "
        f"{doc(rng, 'Lin')}. will cont to monitor. -- {nm(rn.first)} {rn.last[0]}., RN",
    ]
    if rng.random() < 0.6:
        lines.insert(4, "Neuro: sedated on propofol, RASS -2, Glasgow 9T, PERRL. CAM-ICU neg.")
    if rng.random() < 0.5:
        lines.append(f"pls call {r0} if any change: {phone_fmt(rng, f0.phone)} or cell {phone_fmt(rng, f1.phone)}.")
    return "\n".join(lines)


def icu_systems_note(rng: random.Random, p: Patient, cal: Cal) -> str:
    r0, f0 = rel_of(p, 0)
    r1, f1 = rel_of(p, 1)
    rn = nurse(rng)
    lines = [
        f"Nursing Progress Note {cal.day(0)} {rng.choice(['0700-1900', '1900-0730', 'days'])}",
        f"{p.age_text(rng)} {p.sex} HD#{rng.randint(2, 9)} {p.dx}, transferred from "
        f"{org(p.hosp if p.key != 'stone' else 'Lakeview General')} "
        f"{cal.day(-rng.randint(3, 8))}. PCP Dr {nm(DOCS[p.pcp].last)}.",
        f"Neuro: {rng.choice(['A&Ox3', 'A&Ox1, confused', 'sedated, opens eyes to voice'])}, MAE, follows cmds. "
        f"{rng.choice(['Haldol 2mg IV x1 for agitation', 'ativan 0.5 x1 for anxiety', 'no sedation needed'])}.",
        f"CV: HR {rng.randint(70, 120)} {rng.choice(['SR', 'AF', 'ST'])} no ectopy, SBP {rng.randint(90, 140)}. "
        f"K {rng.choice(['3.4', '3.8', '4.1'])} repleted. Hickman R chest dsg c/d/i.",
        f"Resp: {rng.choice(['extubated', 'on 40% shovel mask', 'vent AC 500x14 PEEP 8 FiO2 40%'])}. "
        f"Pleurx L side drained {rng.randint(200, 600)}cc.",
        rng.choice([
            "GI: TF at goal via Dobhoff, +BS, brown stool x1. protonix.",
            "GI: abd soft, +BS, Dobhoff clamped for CT, NPO after MN. protonix.",
            "GI: tolerating cardiac diet, no BM since adm - colace/senna. Dobhoff d/c'd.",
        ]),
        rng.choice([
            "GU: foley in place, lasix 40 IV w/ good response.",
            "GU: Foley d/c'd 0600, DTV by 1400, bladder scan 220cc.",
            "GU: foley draining 30-50cc/hr, cr 1.6 (1.9).",
        ]),
        f"ID: Tmax {rng.choice(['99.1', '100.4', '101.6'])}, on vanc/zosyn day {rng.randint(2, 7)}.",
        f"Social: {r0} ({nm(f0.first)}) at bedside most of day, lives w/ pt in {loc(p.town)}, {st(p.state)}. "
        f"{r1} ({f1.any(rng)}) {phone_fmt(rng, f1.phone)} may visit {cal.wd(2)}. Pt worked for "
        f"{org(p.employer or 'Boston Edison')} "
        f"until {cal.year(rng.randint(2, 9))}.",
        f"Plan: cont current POC, OOB to chair, family hope to speak with {doc(rng, 'Chen')} re goals. "
        f"{nm(rn.first + ' ' + rn.last)} RN",
    ]
    if rng.random() < 0.5:
        lines.insert(6, "Skin: Bair Hugger on for temp 35.6, heels offloaded, Morse fall score 55.")
    return "\n".join(lines)


def tele_stepdown_note(rng: random.Random, p: Patient, cal: Cal) -> str:
    if rng.random() < 0.4:
        return tele_soap(rng, p, cal)
    r0, f0 = rel_of(p, 0)
    rn = nurse(rng)
    lines = [
        f"TELEMETRY NSG NOTE  {cal.day(0)}  rm {rng.randint(401, 430)}",
        f"{p.who(rng)} ({p.age_text(rng)}) adm for {p.dx}. hx CABG {cal.year(rng.randint(8, 20))}, PPM "
        f"{cal.year(rng.randint(2, 6))}, "
        f"DM2, CKD3. on coumadin for afib, INR {rng.choice(['2.4', '3.1', '1.8'])}.",
        f"Tele: {rng.choice(['AF 90s-110s', 'SR 70s w/ occ PVCs', 'SB 50s, one 4 beat run NSVT'])}. Holter from "
        f"{org('Cardiology Associates of ' + p.town) if rng.random() < 0.5 else org('North Shore Heart')} reviewed. "
        f"no Wenckebach noted. cardizem gtt off @ 0400.",
        f"pt c/o {rng.choice(['CP 3/10', 'SOB w/ exertion', 'palpitations'])} o/n, EKG done, Dr "
        f"{nm(DOCS['Okafor'].last)} aware, "
        f"trop x2 neg.",
        f"pt looks young for age. Fall risk: Morse {rng.choice([45, 55, 65])}, bed alarm on, call bell in reach. "
        f"ambulated w/ rolling walker.",
        f"{r0} {f0.any(rng)} ({phone_fmt(rng, f0.phone)}) visited, asking re d/c {cal.wd(1)}. CM {nm('Will Ferris')} "
        f"looking at {org(rng.choice(SNFS))}.",
        f"plan: tele, daily wts, lasix 40 PO, f/u {doc(rng, 'Varghese')} 1-2 wks after d/c. "
        f"{nm(rn.first[0] + rn.last[0])} RN",
    ]
    if p.key == "bishop":
        lines.insert(2, f"lives at {org('Elm Terrace Assisted Living')} in {loc('Salem')}, {st('NH')}, walks w/ cane. "
                        f"({rng.choice(['no', 'denies'])} hx kidney stone)")
    if rng.random() < 0.5:
        lines.append(f"addendum {rng.choice(['2215', '0130', '1745'])}: pt hr 140s AF, amio bolus per "
                     f"{doc(rng, 'Feldman')}"
                     f" (pgr {ph(str(rng.randint(30000, 39999)))}), BP rose to 150s.")
    return "\n".join(lines)


def ed_course_note(rng: random.Random, p: Patient, cal: Cal) -> str:
    if rng.random() < 0.4:
        return ed_timeline(rng, p, cal)
    r0, f0 = rel_of(p, 0)
    lines = [
        f"ED COURSE  {cal.day(0, 'mm/dd/yyyy')}",
        f"{p.age_text(rng)} {p.sex} BIBA from home in {loc(p.town)} ({adr(p.addr)}) c/o "
        f"{rng.choice(['RLQ pain x2d', 'SOB, LE edema', 'fall, L hip pain', 'fever, rigors, dysuria'])}. "
        f"seen at {org(p.hosp if p.key in ('alvarado', 'marchetti') else 'Hallmark Community Hospital')} "
        f"last {cal.wd(-4)}, d/c'd home on keflex.",
        f"PMH: HTN, DM, {rng.choice(['appy', 'chole', 'TURP'])} {cal.year(rng.randint(5, 30))}. PCP Dr "
        f"{nm(DOCS[p.pcp].last)} "
        f"@ {org(rng.choice(CLINICS))}.",
        f"exam: GCS 15 (Glasgow), "
        f"{rng.choice(ED_EXAMS)}.",
        f"{rng.choice(['Alvarado score 8', 'Ottawa rules neg', 'Wells 1.5'])}, no burns (Parkland n/a). CT ordered.",
        f"1430 {doc(rng, 'Oneil')} spoke w/ surgery ({doc(rng, 'Greenbaum')}), plan admit. "
        f"{r0} {f0.any(rng)} here, cell {phone_fmt(rng, f0.phone)}.",
        f"pt works at {org(p.employer or 'Stop & Shop')}, requests note for work. ID/MRN {ident(p.mrn)}, acct "
        f"{ident(p.acct)}.",
        f"dispo: admit to {rng.choice(['7 North', '4 West', 'SICU', 'tele'])}. "
        f"{nm(nurse(rng).first)} RN gave report to floor @ {rng.choice(['1650', '1810', '2040'])}.",
    ]
    if rng.random() < 0.5:
        pron = "his" if p.sex == "M" else "her"
        lines.insert(2, f"pt states this is {pron} {rng.choice(['3rd', '2nd'])} visit since "
                        f"{cal.day(-30, 'Month dth')}, "
                        f"last seen at [{org(rng.choice(['SBH', 'St. Brendans', 'LGH']))}].")
    return "\n".join(lines)


def onc_ward_note(rng: random.Random, p: Patient, cal: Cal) -> str:
    r0, f0 = rel_of(p, 0)
    r1, f1 = rel_of(p, 1)
    cyc = rng.randint(2, 6)
    lines = [
        f"Onc nursing note 6 West {cal.day(0)}  MRN {ident(p.mrn)}",
        f"{p.p.any(rng)} {p.age_text(rng)} dx {p.dx if p.key == 'kowalczyk' else 'Hodgkin lymphoma stage IIIB'} "
        f"{cal.year(rng.randint(1, 4))}, relapse {cal.day(-60, 'Mon d')}. here for C{cyc}D1 per {doc(rng, 'Bell')}.",
        f"Port-a-cath R chest accessed w/ 20g Huber, +blood return. Hickman removed {cal.year(1)}.",
        f"premeds zofran/decadron. Cytoxan + adriamycin infusing, no rxn. Neulasta on body injector to be placed "
        f"{cal.wd(1)}.",
        rng.choice([
            "c/o nausea 4/10, compazine x1 w/ relief. mucositis gr 1. ECOG 1, Karnofsky 80.",
            "pt tired, ambulating in hall. no nausea. ANC 1.2. ECOG 2, Karnofsky 70.",
            "c/o mouth sores, magic mouthwash given, neutropenic precautions. Karnofsky 60.",
        ]),
        f"{r0} {f0.any(rng)} at bedside, very supportive. {r1} {f1.any(rng)} flying in from "
        f"{loc(rng.choice(['Chicago', 'Krakow', 'Tampa']))} on the {cal.day(3, 'dth')}.",
        f"pt attends {org(rng.choice(CHURCHES))}, "
        f"pastor to visit. chaplain paged.",
        f"f/u onc clinic {cal.day(14)} w/ {doc(rng, 'Bell')}, clinic # {phone_fmt(rng, '6177264400')} "
        f"{ph('x' + str(rng.randint(2000, 4999)))}.",
    ]
    if p.key == "kowalczyk" or rng.random() < 0.3:
        lines.append(f"family set up {url('www.caringbridge.org/visit/' + handle(p.first + p.last))} "
                     f"for updates, pw given to {r0}. pt would like Bell's palsy hx noted (resolved).")
    return "\n".join(lines)


def ld_postpartum_note(rng: random.Random, p: Patient, cal: Cal) -> str:
    r0, f0 = rel_of(p, 0)
    r1, f1 = rel_of(p, 1)
    deliv = -rng.randint(0, 2)
    lines = [
        f"L&D / PP nsg note  {cal.day(0)}   {rng.choice(['MRN', 'Unit #', 'mrn:'])} {ident(p.mrn)}",
        f"{p.p.any(rng)} {p.age_text(rng)} {p.dx}, EDC {cal.day(5, 'Month d')}. PNC at {org(p.hosp)} w/ "
        f"{doc(rng, 'Hill')}.",
        f"adm {cal.wd(deliv - 1)} for IOL, Bishop score {rng.randint(3, 6)}, cervidil then pitocin. AROM clear.",
        f"{rng.choice(['NSVD', 'primary LTCS for arrest of dilation', 'VAVD'])} {cal.day(deliv)} @ "
        f"{rng.choice(['0412', '1530', '2258'])} "
        f"baby {rng.choice(['girl', 'boy'])} "
        f"\"{nm(rng.choice(['Jaylen', 'Amara', 'Nia', 'Dev']))}\", Apgars 8/9, wt 3.4kg.",
        rng.choice([
            "PP: fundus firm U-1, lochia rubra mod, Foley d/c'd. Duramorph for pain. Rhogam not indicated (Rh+).",
            "PP: fundus boggy -> firm w/ massage, pitocin 20u infusing, QBL 650. Foley out at 0600. Rh neg, Rhogam "
            "given.",
            "pp: fundus firm @ U, lochia sm rubra, voided qs after Foley d/c. pain controlled w/ motrin/percocet.",
        ]),
        f"{r0} {f0.any(rng)} at bedside, {r1} {f1.any(rng)} visiting from "
        f"{loc(rng.choice(['Brockton', 'Chennai', 'Worcester']))}.",
        f"breastfeeding well, LC {nm(rng.choice(['Joy Abernathy', 'Ines Moreau']))} saw pt. Tdap given.",
        f"pt's insurance thru {org(p.employer)}. peds f/u "
        f"{org(rng.choice(['Framingham Pediatrics', 'North Shore Pediatrics']))} "
        f"{phone_fmt(rng, num(rng, p.area))}.",
        f"plan d/c {cal.wd(2)} if stable. {nm(nurse(rng).first)} RN",
    ]
    if rng.random() < 0.5:
        lines.insert(3, "Leopolds: vertex. Braxton Hicks earlier in wk. EFM cat I.")
    return "\n".join(lines)


def dialysis_run_note(rng: random.Random, p: Patient, cal: Cal) -> str:
    if rng.random() < 0.4:
        return dialysis_compact(rng, p, cal)
    r0, f0 = rel_of(p, 0)
    lines = [
        f"HEMODIALYSIS RUN NOTE  {cal.day(0)} ({cal.wd(0)})  chair {rng.randint(1, 18)}",
        f"{p.header_name()}  {p.age_text(rng)}  {p.dx}, outpt unit {org('Riverside Dialysis Center')} MWF.",
        f"access: L AVF (Brescia-Cimino) + thrill/bruit, cannulated 15g x2. Quinton cath removed {cal.year(1)}.",
        f"pre wt {rng.choice(['82.4', '79.1', '90.3'])} kg, EDW {rng.choice(['78', '77.5', '86'])}. UF goal 3L. "
        f"K bath 2, Ca 2.5. heparin 2000u bolus.",
        rng.choice([
            "BP dropped to 86/40 @ 2nd hr, trendelenburg + 200cc NS, UF off x15min. resolved.",
            "tx uneventful, BP stable 130s-150s. no cramping. pt slept most of run.",
            "c/o cramping hr 3, UF reduced, trendelenburg briefly. BP 92/50 -> 110/64.",
        ]),
        f"meds given: epogen 4000u, zemplar. renvela w/ meals. missed tx last {cal.wd(-3)} d/t transportation "
        f"({org(rng.choice(['The Ride', 'MBTA Ride', 'Mystic Valley Elder Services']))}).",
        f"{r0} {f0.any(rng)} picks pt up, {phone_fmt(rng, f0.phone)}. neph {doc(rng, 'Patel')} rounded, "
        f"f/u transplant eval at {org(rng.choice(['Mercy Ridge Medical Center', 'MRMC transplant ctr']))} on the "
        f"{cal.day(10, 'dth')}.",
        f"pt works part time at {org(p.employer if p.key == 'ward' else 'Dunkin')} "
        f"{rng.choice(['wkdays', 'on ' + dt('Saturdays')])}.",
        f"post wt {rng.choice(['79.6', '76.3', '87.1'])}. needle sites hemostatic. {nm(nurse(rng).last)}, RN",
    ]
    return "\n".join(lines)


def pacu_postop_note(rng: random.Random, p: Patient, cal: Cal) -> str:
    r0, f0 = rel_of(p, 0)
    proc = {"nguyen": "Whipple", "king": "R hip ORIF", "alvarado": "lap appy"}.get(p.key, "ex-lap, Hartmann's")
    surgeon = "Haddad" if p.key == "king" else "Greenbaum"
    lines = [
        f"PACU NOTE {cal.day(0)}",
        f"{p.who(rng)} s/p {proc} w/ {doc(rng, surgeon)}, "
        f"anesthesia {doc(rng, rng.choice(['Chen', 'Feldman']))}.",
        f"arrived {rng.choice(['1315', '1502', '0948'])} on 4L NC, drowsy, arousable. Aldrete 7 -> 9. "
        f"Bair Hugger for temp 35.8.",
        f"JP x2 serosang, Hemovac {rng.randint(20, 90)}cc. Foley to gravity. abd dsg c/d/i.",
        rng.choice([
            "pain 7/10 -> PCA dilaudid started. Trendelenburg x10 min for SBP 80s, 500cc LR bolus.",
            "pain 4/10 after fentanyl 50mcg x2. PONV - zofran. SBP 100s, no Trendelenburg needed.",
            "pt agitated on emergence, precedex. pain 8/10 -> dilaudid 0.4 x3. placed in slight Trendelenburg for "
            "SBP 78.",
        ]),
        f"{r0} ({f0.any(rng)}) in family waiting area, updated by {doc(rng, surgeon)} @ "
        f"{rng.choice(['1400', '1620'])}."
        + (f" Vietnamese interpreter {nm(rng.choice(['Bao', 'Minh Pham']))} present." if p.key == "nguyen" else ""),
        f"pt lives {rng.choice(['alone', 'w/ family'])} at {adr(p.addr)}, {loc(p.town)} {st(p.state)} {zp(p.zip)}.",
        f"site marked, dsg intact. report to {nm(nurse(rng).first)} on {rng.choice(['7 North', 'SICU', '6 West'])} "
        f"@ {rng.choice(['1610', '1745'])}. "
        f"POD 0, back to the ward when bed ready.",
    ]
    if rng.random() < 0.6:
        lines.append(f"per OR record, surgery originally booked {cal.day(-7)} but bumped. consent signed "
                     f"{cal.day(-1, 'mm/dd/yyyy')}.")
    return "\n".join(lines)


def rehab_snf_transfer(rng: random.Random, p: Patient, cal: Cal) -> str:
    r0, f0 = rel_of(p, 0)
    r1, f1 = rel_of(p, 1)
    fac = rng.choice(["Willow Brook Rehabilitation Center", "Maple Crest Nursing Home", "Cedar Hill Skilled Nursing"])
    lines = [
        f"INTERFACILITY TRANSFER / SNF ADMISSION  {cal.day(0, 'mm/dd/yyyy')}",
        f"Pt: {p.p.full()}  DOB {cal.dob(p.age)}  MRN {ident(p.mrn)}",
        f"transferred from {org('Mercy Ridge Medical Center')} ({org('MRMC')}) 7 North to {org(fac)} "
        f"via {org(rng.choice(['Lyons Ambulance', 'Atlantic Ambulance']))}.",
        f"dx {p.dx}. hosp course: adm {cal.day(-rng.randint(4, 9))}, "
        f"{'ORIF POD5' if p.key == 'king' else rng.choice(['diuresed 6L', 'abx x7d', 'PT/OT eval'])}.",
        f"function: PT/OT - min A transfers, amb 50ft w/ RW. Barthel 45. FIM {rng.randint(60, 80)}.",
        rng.choice([
            "skin: Braden 14, sacrum intact, heels boggy - Prevalon boots. Morse 60 - high fall risk.",
            "skin: Braden 16, stg 2 coccyx 1x1cm - mepilex. Morse 45. Prevalon boots on.",
            "skin: intact, old sternotomy scar well healed. Braden 17, Morse 70.",
        ]),
        "wt bearing: WBAT. Hoyer not needed. Philadelphia collar not needed.",
        f"home address: {adr(p.addr)}, {loc(p.town)}, {st(p.state)} {zp(p.zip)}; "
        f"lives {rng.choice(['alone', 'w/ spouse'])}.",
        f"code status: DNR/DNI (MOLST signed {cal.day(-2)}). HCP {r0} {f0.full()} {phone_fmt(rng, f0.phone)}, "
        f"alt {r1} {f1.any(rng)} {phone_fmt(rng, f1.phone)}.",
        f"PCP: {doc(rng, p.pcp)}, "
        f"{org(rng.choice(['Revere Family Health', 'North Shore Physicians Group', 'Peabody Internal Medicine']))}.",
        f"pharmacy: {org(rng.choice(['Walgreens', 'CVS', 'Kwan Family Pharmacy']))} on "
        f"{adr(rng.choice(['200 Broadway', '45 Main St']))}.",
        f"f/u: {'ortho ' + doc(rng, 'Haddad') if p.key == 'king' else 'PCP ' + doc(rng, p.pcp)} {cal.day(14)}, labs "
        f"{cal.wd(3)}. report called to "
        f"{nm(rng.choice(['Denise', 'Marlene O.', 'Kathy']))} RN at facility {ph('x' + str(rng.randint(2100, 2999)))}.",
    ]
    return "\n".join(lines)


def home_health_visit(rng: random.Random, p: Patient, cal: Cal) -> str:
    if rng.random() < 0.4:
        return home_health_narrative(rng, p, cal)
    r0, f0 = rel_of(p, 0)
    r1, f1 = rel_of(p, 1)
    agency = rng.choice(["Cape Ann VNA", "Northshore VNA", "Bayside Home Care"])
    lines = [
        f"{org(agency)} SKILLED NURSING VISIT  {cal.day(0)}",
        f"SOC {cal.day(-rng.randint(7, 21))}, visit {rng.randint(2, 9)} of 12. OASIS f/u due {cal.day(5)}.",
        f"pt {p.p.any(rng)} seen at home, {adr(p.addr)}, {loc(p.town)}, {st(p.state)} {zp(p.zip)}. "
        f"lives w/ {r0} ({f0.any(rng)}).",
        f"VS stable, O2 sat 91% RA, wt up 3lb since last visit. LE edema 2+, lasix dose confirmed w/ "
        f"{doc(rng, p.pcp)} office {phone_fmt(rng, num(rng, p.area))}.",
        f"med rec done: coumadin 5mg (INR {rng.choice(['2.2', '3.4', '1.7'])} per Coumadin clinic), lasix, "
        f"tylenol prn. pill box filled. meds from "
        f"{org(rng.choice(['Walgreens', 'CVS Pharmacy', 'Rocky Neck Pharmacy']))}.",
        "safety: Lifeline in place, grab bars, sleeps in king size bed w/ bed rail, walks up hill to mailbox daily.",
        f"{r1} {f1.any(rng)} ({phone_fmt(rng, f1.phone)}, "
        f"{em(handle(f1.first + '.' + f1.last) + rng.choice(['@gmail.com', '@comcast.net', '@yahoo.com']))}) "
        f"asks for updates by email.",
        f"next visit {cal.wd(3)}. RN {nurse(rng).full()}",
    ]
    if rng.random() < 0.5:
        lines.insert(5, f"pt applied for fuel assistance grant via {org('Action Inc')}; SW {nm('Janet Ruiz')} "
                        f"to call back {cal.wd(2)}.")
    return "\n".join(lines)


def hospice_palliative(rng: random.Random, p: Patient, cal: Cal) -> str:
    r0, f0 = rel_of(p, 0)
    r1, f1 = rel_of(p, 1)
    lines = [
        f"{org('Merrimack Valley Hospice')} RN VISIT / PALLIATIVE CARE  {cal.day(0)}",
        f"pt {p.p.any(rng)}, {p.age_text(rng)}, {p.dx if p.key in ('ohalloran', 'stone') else 'metastatic disease'}, "
        f"at {org(rng.choice(['Sunnyside Manor', 'Maple Crest Nursing Home']))} rm {rng.randint(100, 240)}.",
        rng.choice([
            "PPS 20%. Cheyne-Stokes resp noted, apneic pds 10-15 sec. mottling to knees. Kennedy terminal ulcer "
            "sacrum.",
            "PPS 30%, sleeping 20+ hrs/day, minimal PO. Cheyne-Stokes intermittently. new Kennedy terminal ulcer "
            "coccyx.",
            "pt restless, grimacing, PAINAD 6. resp irregular, Cheyne-Stokes. Kennedy terminal ulcer unchanged.",
        ]),
        "roxanol 5mg SL q2h prn, ativan 0.5 SL, scopolamine patch for secretions. comfort kit in home.",
        f"{r0} {f0.any(rng)} at bedside, tearful; {r1} {f1.any(rng)} lives in "
        f"{loc(rng.choice(['Galway', 'Ireland', 'Portland']))}, "
        f"trying to fly in by {dt(rng.choice(HOLIDAYS))}.",
        f"{r0} prefers updates by email {em(handle(f0.first + f0.last) + rng.choice(['@aol.com', '@gmail.com']))}. "
        f"family hopes to keep her comfortable. living will on file. Fr. {nm(rng.choice(['Doyle', 'Tom Doyle']))} from "
        f"{org(rng.choice(['Sacred Heart Parish', 'St. Michael Church']))} gave sacrament of sick {cal.wd(-1)}.",
        f"attending {doc(rng, 'Lu')} aware, no changes. on call line {phone_fmt(rng, '9785214800')}.",
        f"visit {rng.randint(30, 75)} min. RN {nm(nurse(rng).first)}",
    ]
    if rng.random() < 0.5:
        lines.insert(2, f"pt born {cal.year(p.age)} in {loc(rng.choice(['Lowell', 'Cork', 'Lawrence']))}, "
                        "retired teacher.")
    return "\n".join(lines)


def short_addendum(rng: random.Random, p: Patient, cal: Cal) -> str:
    r0, f0 = rel_of(p, 0)
    forms = [
        f"ADDENDUM {cal.day(0)} {rng.choice(['0215', '2340', '1120'])}: called {r0} ({f0.any(rng)}) re change in "
        f"status, "
        f"no answer, msg left on {phone_fmt(rng, f0.phone)}. will try again in AM. {nm(nurse(rng).first)} RN",
        f"addendum - late entry for {cal.day(-1)}: pt {p.p.any(rng)} refused Lovenox, {doc(rng, 'Okafor')} aware. "
        f"may need SCDs. {nm(nurse(rng).last)}",
        f"Addendum: spoke w/ {doc(rng, p.pcp)} PCP "
        f"({org(rng.choice(['Malden Family Medicine', 'Revere Family Health']))}, "
        f"{phone_fmt(rng, num(rng, p.area))}) who confirms pt last seen {cal.day(-20, 'Month d')}, "
        f"baseline A&Ox3. MRN {ident(p.mrn)}.",
        f"ADDENDUM: pt's {r0} {f0.any(rng)} reports pt fell at home last {cal.wd(-5)} ({cal.day(-5, 'm-d')}), "
        f"not seen at {org('Hallmark Community Hospital')}. MD "
        f"{nm(DOCS['Feldman'].first + ' ' + DOCS['Feldman'].last)} aware.",
    ]
    pick = rng.sample(forms, 2)
    return "\n".join(pick + [f"-- {nm(nurse(rng).first[0] + '.' + nurse(rng).last[0] + '.')} {cal.day(0, 'm/d')}"])


def phone_call_note(rng: random.Random, p: Patient, cal: Cal) -> str:
    if rng.random() < 0.4:
        return phone_narrative(rng, p, cal)
    r0, f0 = rel_of(p, 0)
    r1, f1 = rel_of(p, 1)
    complaint = rng.choice(["inc LE swelling since last " + dt("Tues"), "poor appetite x3d", "fever 101 last nite",
                            "constipation, no BM since " + dt("Sat")])
    advice = rng.choice(["go to ED if SOB", "hold lasix x1 dose", "miralax daily, call if no BM by " + dt("Mon")])
    lines = [
        f"TELEPHONE ENCOUNTER  {cal.day(0)}  {rng.choice(['0915', '1340', '1622'])}",
        f"caller: {r0} {f0.any(rng)}, call back {phone_fmt(rng, f0.phone)}. re: pt {p.header_name()} "
        f"(MRN {ident(p.mrn)}), DOB {cal.dob(p.age)}.",
        f"C/O {complaint}.",
        f"pt went to {org(rng.choice(['CVS MinuteClinic', 'Quincy Urgent Care', 'Salem Walk-In']))} on "
        f"{cal.day(-2, 'Month dth')}.",
        f"advised: {advice}. "
        f"{r1} {f1.any(rng)} ({phone_fmt(rng, f1.phone)}) also on line.",
        f"F/U appt {cal.day(4)} w/ {doc(rng, p.pcp)}. {rng.choice(['dtr will fax', 'pt will bring'])} med list.",
        f"per {r0} email {em(handle(f0.first[0] + f0.last) + str(rng.randint(10, 99)) + '@verizon.net')} "
        f"for lab results. Dr aware. -{nm(nurse(rng).first)} RN {ph('x' + str(rng.randint(4100, 4199)))}",
    ]
    if rng.random() < 0.5:
        lines.insert(3, f"pt also asking about transfer of care to {org('Mercy Ridge Medical Center')}, fax to "
                        f"{phone_fmt(rng, '6177269105')}.")
    return "\n".join(lines)


# ---------------------------------------------------------------- second layouts (a style's other hand)


def icu_arp_run_on(rng: random.Random, p: Patient, cal: Cal) -> str:
    """The run-on paragraph an ICU night nurse types without headers."""
    r0, f0 = rel_of(p, 0)
    r1, f1 = rel_of(p, 1)
    away = rng.choice([st("Florida"), loc("Phoenix"), loc("Tampa")])
    return (
        f"Nursing Progress Note: pt {p.p.any(rng)} had a rough night. temp rose to 102 at 0200, blood cx x2 sent, "
        f"tylenol pr given, HO aware. Swan-Ganz numbers PA 42/20, wedge 18. levophed titrated up to 0.15. "
        f"{r0} ({nm(f0.first)}) at bedside until 2300, very anxious, asking if pt will make it thru the night. "
        f"{r0} states pt was seen at {org(rng.choice(['SBH', 'LGH', 'Lakeview']))} ED on the {cal.day(-9, 'dth')} "
        f"and sent home. {r1} {f1.any(rng)} called from {away} "
        f"at 0330 ({phone_fmt(rng, f1.phone)}), updated, may fly up {cal.wd(2)}. Foley w/ min UO, 10-15cc/hr, "
        f"MD aware, lasix 20 IV x1. Pleurx to drain {cal.wd(1)}. skin: Braden 11, on Kinair. "
        f"plan: cont pressors, ? CVVH per renal {doc(rng, 'Patel')}. pls page resident {doc(rng, 'Feldman')} "
        f"@ {ph(rng.choice(['4-', '6-']) + str(rng.randint(1000, 9999)))} w/ changes. "
        f"{nm(nurse(rng).first)} RN {cal.day(0, 'm/d')}"
    )


def tele_soap(rng: random.Random, p: Patient, cal: Cal) -> str:
    r0, f0 = rel_of(p, 0)
    rn = nurse(rng)
    return "\n".join([
        f"Step-down progress {cal.day(0)} {rng.choice(['0630', '1830'])}",
        f"S: \"I feel like my heart is racing\". pt c/o palpitations since {cal.wd(-1)} evening.",
        f"O: {p.age_text(rng)} {p.sex}, tele AF 120s-130s, Wolff-Parkinson-White ruled out per EP. BP 104/62. "
        f"wt {rng.choice(['71.2', '68.9'])}kg. 2-3L NC sat 94%. Mobitz I noted briefly O/N, {doc(rng, 'Okafor')} "
        f"AWARE.",
        "A: AF w/ RVR, rate control suboptimal. on coumadin, INR 2.6. Morse 55.",
        f"P: dig load per cards ({doc(rng, 'Lin')}, fellow, pgr {ph(str(rng.randint(30000, 39999)))}). "
        f"{r0} {f0.any(rng)} aware of plan, home # {phone_fmt(rng, f0.phone)}.",
        f"pt lives at {adr(p.addr)} {loc(p.town)} {zp(p.zip)}, wants to go home by "
        f"{dt(rng.choice(['Xmas', 'Thanksgiving', 'Easter']))}. "
        f"last adm here {cal.day(-60, 'm/d/yy')} w/ same. PCP DR {nm(DOCS[p.pcp].last.upper())}.",
        f"{rn.full()} RN",
    ])


def ed_timeline(rng: random.Random, p: Patient, cal: Cal) -> str:
    r0, f0 = rel_of(p, 0)
    t = rng.choice(["0850", "1315", "2205"])
    return "\n".join([
        f"ED NURSING NOTES {cal.day(0)}",
        f"{t} pt {p.p.any(rng)} {p.age_text(rng)} arrived via "
        f"{org(rng.choice(['Lyons Ambulance', 'Atlantic Ambulance']))} "
        f"from {rng.choice([org('Maple Crest Nursing Home'), org('Elm Terrace Assisted Living'), 'home'])}. "
        f"c/o {rng.choice(['SOB', 'fall', 'abd pain'])} since {cal.wd(-1)}. A&Ox2.",
        f"{t[:2]}20 VS: HR 112, BP 98/56, RR 28 Kussmaul pattern, T 38.9. 2 PIVs, labs/cx sent. "
        f"ECG to {doc(rng, 'Oneil')}.",
        f"{t[:2]}45 {r0} {f0.any(rng)} arrived, states pt was recently in {org('Mercy Ridge Medical Center')} "
        f"{cal.day(-14, 'm-d')} to {cal.day(-9, 'm-d')}. NOK # {phone_fmt(rng, f0.phone)}.",
        rng.choice([
            "CXR done. 30cc/kg bolus. Foley placed for strict I&O. GCS 14 (Glasgow).",
            "CT head neg. Foley placed, 50cc cloudy urine. Glasgow 15, c-collar cleared.",
            "CXR ? RLL infiltrate. abx given. pt pulled out Foley x1, replaced. Glasgow 13-14.",
        ]),
        f"records requested from [{org(rng.choice(['LAKEVIEW GENERAL', 'HALLMARK COMMUNITY', 'St Brendan']))}], "
        f"fax {phone_fmt(rng, num(rng, p.area))}. MRN {ident(p.mrn)}.",
        f"dispo MICU, report to {nm(nurse(rng).first)} @ {rng.choice(['1740', '0210'])}. {nm(nurse(rng).first)} RN",
    ])


def dialysis_compact(rng: random.Random, p: Patient, cal: Cal) -> str:
    r0, f0 = rel_of(p, 0)
    return "\n".join([
        f"HD TX {cal.day(0, 'm/d')} - {p.p.any(rng)} - {org('Riverside Dialysis')} chair {rng.randint(1, 18)}",
        f"TX #{rng.randint(40, 300)}. R IJ permcath (tunneled) - dsg changed, site clean. L AVF maturing, "
        f"vein mapping {cal.day(-40, 'Month d')} at {org('MRMC')}.",
        "3.5 hr tx, QB 350, QD 600, UF 2.8L. BP 150/88 -> 118/70. cramping x1, NS 100cc.",
        "labs: K 5.6 (pre), Hgb 9.1, alb 3.4. epo 6000, venofer 100.",
        f"pt reports {r0} ({nm(f0.first)}) sick w/ flu, can be reached at {phone_fmt(rng, f0.phone)}.",
        f"social: SW {nm('Janet Ruiz')} helping w/ transport, {org('MBTA RIDE')} eligibility renewal due "
        f"{cal.day(20, 'mm/dd')}.",
        f"next tx {cal.wd(2)}. "
        f"{nm(nurse(rng).first[0] + nurse(rng).last[0])}/{nm(nurse(rng).first[0] + nurse(rng).last[0])}",
    ])


def home_health_narrative(rng: random.Random, p: Patient, cal: Cal) -> str:
    r0, f0 = rel_of(p, 0)
    r1, f1 = rel_of(p, 1)
    town, state = rng.choice([("Portland", "ME"), ("Nashua", "NH"), ("Worcester", "MA")])
    return "\n".join([
        f"Home visit note - {org(rng.choice(['Northshore VNA', 'Bayside Home Care']))} - {cal.day(0, 'Month dth')}",
        f"Arrived at pt's home ({adr(p.addr)}, {loc(p.town)}) at 1030, pt answered door w/ walker. pateint states "
        f"{'he' if p.sex == 'M' else 'she'} has been \"doing ok\" since the fall on the {cal.day(-6, 'dth')}.",
        f"{r0} {f0.any(rng)} present. reviewed meds: coumadin (INR check {cal.wd(1)} at Coumadin clinic, "
        f"{org('MRMC')}), "
        f"metoprolol, lasix, tylenol. Hoyer lift not needed.",
        f"lungs diminished bases, O2 2L via concentrator from {org(rng.choice(['Apria', 'Lincare']))}. wt 181 (was "
        f"176).",
        f"called PCP {doc(rng, p.pcp)} at {phone_fmt(rng, num(rng, p.area))}, spoke w/ RN "
        f"{nm(rng.choice(['Marisol', 'Trish']))}, "
        f"lasix inc to 40 BID x3d.",
        f"{r1} {f1.any(rng)} lives in {loc(town)}, {st(state)} "
        f"and wants weekly updates: {em(handle(f1.first + f1.last) + '@gmail.com')}.",
        f"next visit {cal.day(3, 'm/d')}. {nurse(rng).full()}, RN",
    ])


def phone_narrative(rng: random.Random, p: Patient, cal: Cal) -> str:
    r0, f0 = rel_of(p, 0)
    return "\n".join([
        f"Phone call {cal.day(0, 'm/d/yy')}",
        f"pt's {r0} {f0.any(rng)} called ({phone_fmt(rng, f0.phone)}) stating pt {p.p.any(rng)} "
        f"\"not {'himself' if p.sex == 'M' else 'herself'}\" since {dt(rng.choice(HOLIDAYS))}, more confused, poor PO.",
        f"pt recently d/c'd from "
        f"{org(rng.choice(['Willow Brook Rehab', 'Maple Crest', 'Cedar Hill Skilled Nursing']))} "
        f"on {cal.day(-10, 'Mon d')}. denies fever. + foul urine.",
        f"advised UA at {org(rng.choice(['Quest', 'LabCorp']))} on {adr('120 Main St')} tomorrow, order faxed. "
        f"{doc(rng, p.pcp)} AWARE and agrees.",
        f"{r0} asks that results be left on vm at work ({org(rng.choice(['Harbor Bank', 'Peabody Public Schools']))}, "
        f"{phone_fmt(rng, num(rng, p.area))} {ph('x' + str(rng.randint(1000, 9999)))}).",
        f"F/U call {cal.wd(2)}. -{nm(nurse(rng).first)}, RN",
    ])


COURSES = {
    "marchetti": ["Pt was admitted to the MICU w/ septic shock from an obstructing kidney stone, s/p IR perc neph. "
                  "Swan-Ganz placed HD2 for pressor titration, weaned off levophed HD4.",
                  "Foley removed HD6, voiding. Glasgow 15 at d/c."],
    "alvarado": ["Alvarado score 8 in ED, CT c/w perforated appendicitis; taken to OR for lap appy, drain placed.",
                 "JP removed POD3. tolerating regular diet."],
    "nguyen": ["Pt underwent pylorus-preserving Whipple w/ Dr. {greenbaum} on {surg}. Post-op course c/b delayed "
               "gastric emptying, Dobhoff placed.", "Path: adenocarcinoma, 2/14 nodes. Onc referral placed."],
    "kowalczyk": ["Admitted for C3 of ICE salvage for relapsed Hodgkin lymphoma, Reed-Sternberg cells on bx. "
                  "Port-a-cath flushes w/o difficulty.", "Febrile neutropenia HD5, cefepime, cx neg."],
    "stone": ["Diuresed 6L w/ IV lasix, Cr peaked 1.9. Echo: EF 25%. Pt declined Swan.",
              "Braden 13, Morse 75 - bed alarm, no falls. Goals of care discussed w/ family."],
}


def discharge_summary(rng: random.Random, p: Patient, cal: Cal) -> str:
    r0, f0 = rel_of(p, 0)
    adm = -rng.randint(4, 12)
    course = [c.format(greenbaum=nm(DOCS["Greenbaum"].last), surg=cal.day(adm + 1, "mm/dd"))
              for c in COURSES[p.key]]
    dispo = {"stone": "extended care facility: " + org("Maple Crest Nursing Home"),
             "nguyen": "home w/ services: " + org("Bayside Home Care"),
             "kowalczyk": "home w/ services: " + org("Northshore VNA")}.get(p.key, "home")
    lines = [
        f"{org('Mercy Ridge Medical Center')}  DISCHARGE SUMMARY",
        f"Unit No: {ident(p.mrn)}   Acct: {ident(p.acct)}",
        f"Admission Date: {cal.day(adm, 'mm/dd/yyyy')}   Discharge Date: {cal.day(0, 'mm/dd/yyyy')}",
        f"Attending: {doc(rng, 'Okafor', title=False)}, MD   PCP: {doc(rng, p.pcp)}",
        f"HPI: {p.age_text(rng)} {'man' if p.sex == 'M' else 'woman'} from {loc(p.town)}, {st(p.state)} w/ {p.dx}, "
        f"who presented to {org(p.hosp if p.key in ('marchetti', 'alvarado', 'nguyen') else 'Lakeview General')} "
        f"on {cal.day(adm - 1, 'Month d')} and was transferred here.",
        f"PMH: {rng.choice(['Hodgkin disease s/p ABVD ', 'kidney stone ', 'Bell palsy '])}"
        f"{cal.year(rng.randint(10, 25))}, "
        f"{rng.choice(['CAD s/p CABG ', 'TKR ', 'chole '])}{cal.year(rng.randint(3, 9))}, "
        f"{rng.choice(['Parkinson disease', 'HTN, HLD', 'gout, BPH'])}.",
        "Hospital course:",
        *course,
        f"Disposition: {dispo}.",
        f"Contact: {r0} {f0.full()} {phone_fmt(rng, f0.phone)}; home {adr(p.addr)}, {loc(p.town)} {st(p.state)} "
        f"{zp(p.zip)}.",
        f"Follow up: {doc(rng, p.pcp)} in 1 wk; "
        f"{doc(rng, 'Bell') + ' onc' if p.key in ('kowalczyk', 'nguyen') else doc(rng, 'Greenbaum') + ' clinic'} "
        f"{cal.day(21, 'Mon d')} ({phone_fmt(rng, '6177262000')}).",
        f"Pt enrolled in portal: {url('https://mychart.mercyridge.org/' + p.mrn)}" if rng.random() < 0.6 else
        "Pt has no portal acct, wife/family to call.",
        f"Dictated by: {nm(DOCS['Feldman'].first + ' ' + DOCS['Feldman'].last)}, MD  {cal.day(0, 'm/d/yy')}",
    ]
    return "\n".join(lines)


STYLES = [icu_arp_note, icu_systems_note, tele_stepdown_note, ed_course_note, onc_ward_note, ld_postpartum_note,
          dialysis_run_note, pacu_postop_note, rehab_snf_transfer, home_health_visit, hospice_palliative,
          short_addendum, phone_call_note, discharge_summary]


def main() -> None:
    rng = random.Random(SEED)
    patients = make_patients(rng)
    for key, p in patients.items():
        p.key = key
    fits = {
        icu_arp_note: ["marchetti", "stone", "swanson", "nguyen", "marchetti"],
        icu_systems_note: ["marchetti", "stone", "bishop", "nguyen", "swanson"],
        tele_stepdown_note: ["bishop", "stone", "swanson", "bishop", "ward"],
        ed_course_note: ["alvarado", "stone", "king", "marchetti", "alvarado"],
        onc_ward_note: ["kowalczyk", "kowalczyk", "kowalczyk", "nguyen", "kowalczyk"],
        ld_postpartum_note: ["young", "raman", "young", "raman", "young"],
        dialysis_run_note: ["ward", "ward", "ward", "stone", "ward"],
        pacu_postop_note: ["nguyen", "king", "alvarado", "nguyen", "marchetti"],
        rehab_snf_transfer: ["king", "stone", "king", "nguyen", "bishop"],
        home_health_visit: ["swanson", "stone", "king", "swanson", "ward"],
        hospice_palliative: ["ohalloran", "stone", "ohalloran", "kowalczyk", "ohalloran"],
        short_addendum: ["marchetti", "young", "bishop", "ohalloran", "raman"],
        phone_call_note: ["swanson", "kowalczyk", "raman", "ward", "king"],
        discharge_summary: ["marchetti", "alvarado", "nguyen", "kowalczyk", "stone"],
    }
    plan = [(style, patients[key]) for style in STYLES for key in fits[style]]
    rng.shuffle(plan)
    cases = ["upper"] * 28 + ["lower"] * 18 + ["mixed"] * 24
    rng.shuffle(cases)
    for i, ((style, p), case) in enumerate(zip(plan, cases, strict=True), 1):
        marked = style(rng, p, Cal(rng))
        text, spans = strip(marked)
        assert text.isascii(), style.__name__
        cased = text.upper() if case == "upper" else text.lower() if case == "lower" else text
        for span in spans:
            span["text"] = cased[span["start"]:span["end"]]
        sys.stdout.write(json.dumps({"id": f"h13-{i:03d}", "style": style.__name__, "text": cased, "spans": spans})
                         + "\n")


if __name__ == "__main__":
    main()
