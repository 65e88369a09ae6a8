"""Tenth blind de-identification gold set: terse ICU nursing shift notes in the style of a US hospital
around 2000 (NPN 7P-7A system notes, D/A/R notes, A/P problem lists, admission and transfer notes, event
notes, family meetings, social work and case management, RN sign-offs), 16 invented patients followed
over five notes each, half in upper case, a quarter in sloppy lower case. Each PHI value is written
through a marker; spans are where the values land once the markers are stripped, and carry their text.
The letter case is changed after stripping (ASCII only, so offsets stay put).

Decisions kept throughout: weekdays ("on Monday"), times, room and bed numbers are not PHI; holidays are
DATE; beepers and extensions are PHONE; MRNs and unit numbers are ID; two-digit years stay inside the
DATE they belong to, four-digit years alone are YEAR; ages are PHI only above 89.

Usage: python tests/data/generate_holdout10_notes.py > tests/data/holdout10_notes_gold.jsonl
"""

from __future__ import annotations

import json
import random

from marks import m, strip

SEED = 1010_2026

PT_FIRST_M = ["Stanislaw", "Eugene", "Thaddeus", "Reginald", "Vincenzo", "Harold", "Desmond", "Augusto",
              "Lloyd", "Chester", "Wendell", "Anatoly"]
PT_FIRST_F = ["Philomena", "Dorothea", "Imelda", "Gertrude", "Rosalind", "Consuelo", "Mildred", "Henrietta",
              "Lorraine", "Bernadette", "Agnieszka", "Yvette"]
PT_LAST = ["Kowalczyk", "Szczepanski", "Ferreira", "McGillicuddy", "Pappalardo", "Dubois", "Tranh",
           "O'Halloran", "Nwachukwu", "Lindgren", "Abruzzese", "DeMarco", "Vaillancourt", "Houlihan",
           "Grabowski", "Santangelo", "Mbeki-Lawson", "Quigley"]
FAM_FIRST = ["Bill", "Rose", "Hope", "Frank", "Jimmy", "Donna", "Carol", "Patrice", "Lenny", "Theresa", "Mikey",
             "Sheila", "Arturo", "Nadia", "Kathleen", "Raymond", "Lourdes", "Deirdre", "Gus", "Marguerite"]
FAM_MALE = {"Bill", "Frank", "Jimmy", "Lenny", "Mikey", "Arturo", "Raymond", "Gus"}
MD_LAST = ["Feldstein", "Okonkwo", "Ramaswamy", "O'Neil", "Lee", "Castellano", "Brautigan", "Weisz",
           "Achterberg", "Grant", "Young", "Pruitt", "Mukherjee", "Halvorsen", "Tsai", "Delgado-Ruiz"]
RN_LAST = ["Kelleher", "Dunphy", "Obiora", "Sorensen", "Pacheco", "Fitzpatrick", "Lemieux", "Amato"]
RN_FIRST = ["Maria", "Pat", "Kerry", "Deb", "Noreen", "Colleen", "Tish", "Marcus", "Jo", "Annmarie", "Luz",
            "Siobhan", "Dot"]
# (full name, short form) of invented hospitals, rehabs, nursing homes and agencies
ORGS = [("Wickham Regional Medical Center", "Wickham Regional"), ("St. Ita's Hospital", "St. Ita's"),
        ("Tannery Brook Hospital", "Tannery Brook"), ("Greystone Rehabilitation Hospital", "Greystone Rehab"),
        ("Oakmere Nursing Home", "Oakmere"), ("Sears Hill Nursing Center", "Sears Hill"),
        ("Abbotsford VNA", "Abbotsford VNA"), ("Calder Ridge Rehab", "Calder Ridge"),
        ("Harrowgate Community Hospital", "Harrowgate"), ("Pinecrest Manor", "Pinecrest")]
TOWNS = ["Revere", "Dracut", "Marblehead", "Chicopee", "Fall River", "Haverhill", "Woburn", "Nashua",
         "Brockton", "Gloucester", "Pawtucket", "Leominster", "Saugus", "Attleboro", "Methuen", "Lynn"]
# where the family lives when not nearby: (town, state)
AWAY = [("Sarasota", "Florida"), ("Manchester", "NH"), ("Bangor", "Maine"), ("Warwick", "RI"),
        ("Scottsdale", "Arizona"), ("New Britain", "CT"), ("Schenectady", "NY"), ("Port St. Lucie", "FL")]
DIAGNOSES = ["hypoxic resp failure, ? PNA vs CHF", "urosepsis, hypotension", "UGIB, hct 19",
             "CHF exacerbation, ? NSTEMI", "COPD flare, hypercarbic resp failure", "aspiration PNA"]
STREETS = ["Lafayette St", "Pleasant Ave", "Bunker Hill Rd", "Winthrop Ave", "Elm St", "Chestnut Terrace"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
HOLIDAYS = ["Thanksgiving", "Christmas", "Easter", "Memorial Day", "New Year's", "the 4th of July"]
RELATIONS_M = ["son", "brother", "grandson", "nephew"]
RELATIONS_F = ["dtr", "daughter", "sister", "niece"]



def ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


class Patient:
    """One invented ICU patient with family, team, home town and admission date."""

    def __init__(self, r: random.Random, last: str, fam_firsts: list[str]) -> None:
        self.r = r
        self.male = r.random() < 0.5
        self.first = r.choice(PT_FIRST_M if self.male else PT_FIRST_F)
        self.last = last
        self.age = r.choice([r.randint(90, 101), r.randint(90, 98), r.randint(48, 88)])
        self.mrn = r.randint(100000, 9999999)
        self.town = r.choice(TOWNS)
        self.osh = r.choice(ORGS[:4] + ORGS[8:9])
        self.dispo = r.choice([ORGS[i] for i in (3, 4, 5, 7, 9)])
        self.fam = [(r.choice(RELATIONS_M if first in FAM_MALE else RELATIONS_F), first) for first in fam_firsts]
        if r.random() < 0.5:  # the first relative is the spouse
            self.fam[0] = ("husband" if self.fam[0][1] in FAM_MALE else "wife", self.fam[0][1])
            self.male = self.fam[0][0] == "wife"
            self.first = r.choice(PT_FIRST_M if self.male else PT_FIRST_F)
        self.fam_town, self.fam_state = r.choice(AWAY)
        self.dx = r.choice(DIAGNOSES)
        self.phone_home = self.phone_full()
        self.attending = r.choice(MD_LAST)
        self.fellow = r.choice(MD_LAST)
        self.month, self.day, self.yy = r.randint(1, 12), r.randint(4, 20), r.choice([97, 98, 99, 0, 1, 2])
        self.hday = 0  # hospital day of the note being written

    # -- pronouns and fixed bits --------------------------------------------------------------------
    @property
    def he(self) -> str:
        return "he" if self.male else "she"

    @property
    def his(self) -> str:
        return "his" if self.male else "her"

    @property
    def mr(self) -> str:
        return "Mr." if self.male else "Mrs."

    def name(self) -> str:
        return m("NAME", self.last)

    def full(self) -> str:
        return m("NAME", f"{self.first} {self.last}")

    def rel(self, i: int) -> tuple[str, str]:
        relation, first = self.fam[i]
        return relation, m("NAME", first)

    def md(self) -> str:
        return m("NAME", self.r.choice(MD_LAST))

    def att(self) -> str:
        return m("NAME", self.attending)

    def fel(self) -> str:
        return m("NAME", self.fellow)

    def rn(self) -> str:
        return m("NAME", self.r.choice(RN_FIRST))

    def osh_name(self) -> str:
        return m("ORGANIZATION", self.r.choice(self.osh))

    def dispo_name(self) -> str:
        return m("ORGANIZATION", self.r.choice(self.dispo))

    def org(self) -> str:
        return m("ORGANIZATION", self.r.choice(self.r.choice(ORGS)))

    def hometown(self) -> str:
        return m("LOCATION", self.town)

    def famtown(self) -> str:
        return m("LOCATION", self.fam_town)

    def state(self) -> str:
        return m("STATE", self.fam_state)

    def age_(self) -> str:
        return m("AGE", self.age) if self.age > 89 else str(self.age)

    def age_yo(self) -> str:
        """The age with its unit, sometimes glued on ("93yo", "93 y/o")."""
        return self.age_() + self.r.choice(["yo", " yo", " y/o", " YO"])

    def signoff(self) -> str:
        first, last = self.r.choice(RN_FIRST), self.r.choice(RN_LAST)
        return self.r.choice([f"---{m('NAME', first)} RN", f"{m('NAME', f'{first[0]}. {last}')}, RN",
                              f"{m('NAME', f'{first} {last[0]}.')} RN", f"RN: {m('NAME', first)}"])

    def mrn_(self) -> str:
        return m("ID", self.mrn)

    def year(self, lo: int = 1968, hi: int = 1996) -> str:
        return m("YEAR", self.r.randint(lo, hi))

    # -- dates ----------------------------------------------------------------------------------------
    def date(self, offset: int = 0, forms: str = "sdyom") -> str:
        """The date ``offset`` days from today's note, in one of the short forms notes use."""
        mo, d = self.month, self.day + self.hday + offset
        form = self.r.choice(forms)
        value = {"s": f"{mo}/{d}", "d": f"{mo}-{d}", "y": f"{mo}/{d}/{self.yy:02d}", "o": ordinal(d),
                 "m": self.r.choice([f"{MONTH_NAMES[mo - 1]} {d}", f"{MONTH_ABBR[mo - 1]} {d}",
                                     f"{MONTH_ABBR[mo - 1]}. {ordinal(d)}"])}[form]
        return m("DATE", value)

    def next_month(self) -> str:
        mo, d = self.month % 12, self.r.randint(1, 28)
        return m("DATE", self.r.choice([f"{MONTH_ABBR[mo]} {d}", f"{mo + 1}/{d}"]))

    def holiday(self) -> str:
        return m("DATE", self.r.choice(HOLIDAYS))

    # -- phones ---------------------------------------------------------------------------------------
    def phone_full(self) -> str:
        a, b, c = self.r.choice([617, 781, 978, 508, 603, 401]), self.r.randint(220, 989), self.r.randint(0, 9999)
        return m("PHONE", self.r.choice([f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{b}-{c:04d}"]))

    def beeper(self) -> str:
        number = self.r.randint(1000, 9999)
        return m("PHONE", self.r.choice([f"{number}", f"{self.r.randint(2, 8)}-{number}"]))

    def ext(self) -> str:
        return m("PHONE", f"x{self.r.randint(2, 8)}-{self.r.randint(1000, 9999)}")


# ---------------------------------------------------------------------------------------------------
# Note styles. Each takes the patient and returns marked text (the case is changed later).
# ---------------------------------------------------------------------------------------------------

def admit_note(p: Patient) -> str:
    rel0, n0 = p.rel(0)
    return f"""MICU ADMISSION NURSING NOTE
{p.mr} {p.name()} is a {p.age_()} yo {'man' if p.male else 'woman'} from {p.hometown()}
transferred from {p.osh_name()} on {p.date()} with {p.dx}. PMH:
CAD s/p CABG {p.year()}, DM2, CRI (baseline Cr 1.6), afib on coumadin,
s/p R TKR {p.year(1985, 1999)}. ALL: PCN (rash), sulfa.
MR# {p.mrn_()}. Arrived to MICU bed 6 at 1615 via stretcher, intubated, on propofol 30mcg/kg/min.
NEURO: sedated, Glasgow 10T, opens eyes to voice, MAE, follows simple commands intermittently. PERRLA 3mm brisk.
CV: afib 90-110s, BP 98-124/50-60s. R IJ Cordis placed at OSH, L radial aline placed here by DR. {p.fel()}.
K 3.2 repleted w/ 40meq KCL. Mg 1.7 -> 2gm MgSO4.
RESP: AC 500 x 16, PEEP 8, FIO2 60%. ABG 7.31/49/71/24. coarse bs bilat, sx for thick tan sputum.
GI/GU: OGT to LCS, abd soft, +BS. Foley placed, u/o 20-40cc/hr amber.
ID: Tmax 101.2 po, vanco/zosyn started. BC x2, sputum, urine cx sent.
SOCIAL: {rel0} {n0} at bedside, lives w/ pt in {p.hometown()}. {rel0.upper()} IS HCP. home # {p.phone_home}.
PLAN: wean FIO2 as tol, f/u cx, ? swan if cont hypotensive per MICU team (DR {p.att()})."""


def npn_systems(p: Patient) -> str:
    rel1, n1 = p.rel(1)
    return f"""NPN 7P-7A
NEURO: lightly sedated on fentanyl 50mcg/hr + versed 2mg/hr, RASS -1. PERRLA. MAE weakly, strength 4/5 uppers,
2/5 lowers. Ativan 1mg iv x1 at 0200 for agitation w/ good effect.
CV: SR-ST 88-112, occ PVCs. BP 100-130/50-70 on neo 0.5mcg/kg/min, weaned to 0.3 at 0400. CVP 12-14.
Swan-Ganz #s at 2400: PAP 42/20, PCWP 18, CO 5.1, CI 2.6, SVR 880.
RESP: CPAP 5/PEEP 5, FIO2 40%, RR 18-24, TV 400s. 0400 ABG 7.42/38/96. temp rose to 101.2 at 0300, pan cx'd.
LS coarse, diminished bases.
Sx q2-3h for mod amt thick yellow. Chest PT done.
GI/GU: TF Probalance @ 40cc/hr (goal 60), residuals <30. Foley draining clear yellow 40-80cc/hr.
Lasix 40mg iv at 2200, diuresed 900cc. I/O -1.1L since midnight.
SKIN: coccyx stage II, duoderm intact. Heels on pillows.
SOCIAL: {rel1} {n1} called from {p.famtown()} at 2100, updated by this RN. will be in {p.date(1, 'sdo')}.
PLAN: wean vent as tol, ? extubate in am, f/u lytes, cont to update family. DR. {p.md()} AWARE OF ALL."""


def nursing_progress(p: Patient) -> str:
    rel0, n0 = p.rel(0)
    return f"""NURSING PROGRESS NOTE {p.date(0, 'sy')} 0700-1900
{p.mr} {p.name()}, HD #{p.hday + 1}.
NEURO: A&O X2, FORGETFUL, REORIENTED. PERRL. MAE, STRENGTH 5/5 X4. NO SEDATION NEEDED. HALDOL 2MG IV @ 1400.
CV: NSR 70-80S, SBP 110-140. HEPARIN GTT @ 900U/HR, PTT 68 AT 1200, NO CHANGE PER PROTOCOL. INR 1.9.
COUMADIN 5MG PO TONIGHT. HCT 28.4 STABLE. PALP DP/PT PULSES.
RESP: 4L NC, SATS 94-97%. LS CLEAR UPPERS, CRACKLES BASES. IS TO 750. COUGH WEAK, NON-PRODUCTIVE.
GI: TOL CLEAR LIQS -> ADVANCED TO SOFT. +FLATUS, NO BM. COLACE/SENNA GIVEN.
GU: FOLEY D/C'D 0800, DTV BY 1600 - VOIDED 350CC.
ENDO: RISS, BS 142-188, 4U REG INSULIN COVERAGE X2.
SOCIAL: {rel0} {n0} IN TO VISIT 1100-1500, ASKING APPROPRIATE QUESTIONS, MET W/ DR. {p.att()}.
PLAN: ? CALL OUT TO FLOOR TOMORROW. PT CONSULT. CONT HEPARIN UNTIL INR > 2. RN {p.rn()}"""


def dar_note(p: Patient) -> str:
    rel2, n2 = p.rel(2)
    return f"""Nursing Note - D/A/R format
D: pt restless at start of shift, pulling at lines, trying to climb oob. Temp 100.8 ax. HR 120s ST, BP 150/90.
A: Haldol 2mg iv x2, Tylenol 650 pr, soft wrist restraints applied per protocol. Dilaudid 0.5mg iv for c/o
abd pain 6/10, no frank blood from OGT. Bair Hugger removed.
Pan cx'd (blood x2, urine, sputum). Dr {p.md()} notified, CXR done.
R: calmer by 0130, sleeping in naps. HR 98-104, BP 128/70. T 99.6. pain 2/10.
D: {rel2} {n2} called ~2300 from {p.famtown()}, {p.state()}, would like call if any change: {p.phone_full()}.
A: updated on pt's condition per pt's wishes.
R: {rel2} plans to fly up {p.date(2, 'msd')} or over {p.holiday()}.
D: u/o 15-25cc/hr x3h. A: 250cc NS bolus x1 per HO. R: u/o up to 40cc/hr."""


def ap_problems(p: Patient) -> str:
    return f"""MICU nsg A/P {p.date(0, 'sdy')}
{p.age_()} y/o w/ resp failure, HD {p.hday + 1}.
#1 resp failure: extubated at 1030 to 50% face tent, sats 93-96%, rr 20s. able to clear secretions,
   strong cough. nebs q4. CHEST PT bid. -> cont pulm toilet, OOB to chair.
#2 hypotension: off levophed since 0600. map 65-72. -> monitor, fluid prn per MICU team.
#3 afib: rate 80-100s, dilt 10mg/hr gtt. coumadin held, INR 3.4. -> recheck in am.
#4 ID: vanco (trough 14.2), flagyl. WBC 14.1 <- 17.8. afebrile. -> f/u sputum cx, gram stain.
#5 skin: coccyx stage II, duoderm changed.
#6 abd: Murphy's sign neg, RUQ US neg. hope to start TF today.
#7 dispo: case mgmt following, {p.osh_name()} vs {p.dispo_name()} for rehab. CM {p.rn()} ext {p.ext()}.
pt's {p.rel(0)[0]} {p.rel(0)[1]} aware of plan. Dr. {p.fel()} (cards fellow) to see re: ? TEE on {p.date(1, 'sdm')}.
Family mtg set for Monday w/ attending. Will cont to monitor closely."""


def event_note(p: Patient) -> str:
    return f"""EVENT NOTE 0315:
PT ACUTELY SOB, RR 30S, SATS DOWN TO 82% ON 4L NC. BP 188/100, HR 130S AFIB. LS W/ DIFFUSE CRACKLES.
PLACED ON NRB, SATS UP TO 92%. HOB UP, NOT IN TRENDELENBURG. STAT CXR: ? FLASH PULM EDEMA.
LASIX 80MG IV X1, NTG GTT STARTED @ 20MCG/MIN -> 60MCG. MORPHINE 2MG IV X1.
ABG 7.28/52/64. BIPAP 12/5 100% APPLIED BY RT {p.rn()}.
MICU RES (DR. {p.md()}) AT BEDSIDE, FELLOW DR. {p.fel()} PAGED @ BEEPER #{p.beeper()}, AWARE.
0415: RR 22, SATS 97% ON BIPAP 50%, U/O 1100CC TO LASIX. BP 140/78.
{p.rel(0)[0].upper()} {p.rel(0)[1]} CALLED AT {p.phone_home} AND UPDATED.
{p.rel(0)[0].upper()} DID NOT WISH TO COME IN TONIGHT.
CODE STATUS REMAINS FULL CODE PER HCP. WILL CONT TO MONITOR ON BIPAP."""


def short_update(p: Patient) -> str:
    return p.r.choice([
        f"""addendum 1830: pt c/o cp 4/10, ekg done, no changes, Dr {p.md()} aware. ntg sl x1 w/ relief.
{p.rel(1)[0]} {p.rel(1)[1]} called, updated. RN {p.rn()}""",
        f"""Nsg addendum: {p.mr} {p.name()} transfused 1 unit PRBC for hct 24.9, premed w/ tylenol/benadryl.
no rxn. post hct to be sent at 2200. will cont lasix 20mg iv after unit. swan waveform dampened, flushed,
good wave. cards fellow DR {p.fel()} aware.""",
        f"""NPN addendum: Pt's {p.rel(2)[0]} {p.rel(2)[1]} in at 2000 w/ priest from {p.famtown()}. pt given
sacrament of the sick. family asking about {p.dispo_name()} - referred to CM on {p.date(1, 'sdo')}.""",
        f"""NPN 3-11 addendum: {p.rel(1)[0].upper()} ({p.rel(1)[1]}) CALLED @ 1945, UPDATED. dtr in to visit
earlier, brought in hearing aids. pt slept on and off, no prn ativan needed. will call {p.rel(1)[0]} back
at {p.phone_full()} if any change overnight. CT head scheduled for Friday.""",
    ])


def social_note(p: Patient) -> str:
    rel0, n0 = p.rel(0)
    rel1, n1 = p.rel(1)
    return f"""SOCIAL WORK NOTE
Met w/ pt's {rel0} {n0} and {rel1} {n1} in family room per request of MICU team.
Pt is a {p.age_()} yo retired {'machinist' if p.male else 'school secretary'} who lived w/ {rel0} in {p.hometown()}.
{rel1.capitalize()} {n1} lives in {p.famtown()}, {p.state()}, has been staying w/ family since {p.date(-3, 'sdm')}.
HCP form on chart names {rel0} {n0} as proxy, {rel1} as alternate.
Phone: {p.phone_full()} (cell), {p.phone_home} (home).
Family coping appropriately, tearful at times. Pt's parish priest has been visiting.
Family would like pt to go to {p.dispo_name()} eventually, close to home. Discussed w/ CM {p.rn()}.
SW will cont to follow. {p.rn()}, LICSW, pager {p.beeper()}."""


def case_mgmt(p: Patient) -> str:
    return f"""CASE MANAGEMENT: screening for d/c plan. pt {p.full()} (MR# {p.mrn_()}), adm {p.date(-p.hday, 'sy')}.
Lives alone at {m('ADDRESS', f'{p.r.randint(4, 480)} {p.r.choice(STREETS)}')}, {p.hometown()}. prev services w/
{m('ORGANIZATION', 'Abbotsford VNA')} 3x/wk. pt's {p.rel(1)[0]} {p.rel(1)[1]} ({p.phone_full()}) prefers rehab
placement. referrals faxed to {p.dispo_name()} and {p.org()}. Screener to eval on {p.date(1, 'sdm')}.
Insurance: medicare/medex. f/u w/ {p.rel(1)[0]} re: choice. email sent to liaison {email(p)}
Will cont to follow. CM {p.rn()} {p.ext()}"""


def email(p: Patient) -> str:
    user = f"{p.r.choice(RN_FIRST).lower()}.{p.r.choice(['liaison', 'intake', 'admits'])}"
    return m("EMAIL", f"{user}@{p.r.choice(['oakmere', 'searshill', 'calderridge'])}.org")


def admit_note_gib(p: Patient) -> str:
    rel0, n0 = p.rel(0)
    rel1, n1 = p.rel(1)
    return f"""MICU A admit note 1900-2300
pt is a {p.age_yo()} from {p.hometown()} who presented to {p.osh_name()} ED {p.date(0, 'sdm')} with coffee ground
emesis and melena x2 days, hct 19 there. s/p 3u prbc at osh. on asa/coumadin (inr 4.1) for afib.
transferred here for scope. unit # {p.mrn_()}.
PMH: afib, htn, CAD (cath {p.year(1980, 1999)}, no interventions), s/p appy, OA.
neuro: alert, oriented x3, very hard of hearing. MAE. no sedation.
cv: afib 80-100s, bp 100-120/60s, no pressors. 2 large bore PIVs, R cordis placed in Trendelenburg by
MICU resident Dr {p.md()} - cxr ok. hct here 25.8, 4th unit prbc hanging, FFP x2 + vit K 10mg sq.
resp: 2L NC sats 96-99%. lungs clear.
gi: NGT to LWS, lavage cleared after 800cc. no BM on this shift. protonix gtt 8mg/hr.
gu: foley to gravity, 30-60cc/hr.
social: lives w/ {rel0} {n0}, {rel1} {n1} lives in {p.famtown()}. healthcare proxy is
{rel0} ({n0}) - phone {p.phone_home}.
code: full code, discussed w/ pt and family. GI fellow (Dr. {p.fel()}) plans EGD in am, NPO after MN.
{p.signoff()}"""


def transfer_out(p: Patient) -> str:
    return f"""Nsg D/C note: pt transferred to {p.dispo_name()} in {p.hometown()} via ambulance at 1330
on {p.date(0, 'sdym')}.
VS prior: T 98.4, HR 76 SR, BP 132/68, RR 18, sat 96% RA. report called to RN {p.rn()} at {p.dispo_name()}
({p.phone_full()}). copy of d/c summary, med list, MAR and last CXR sent w/ pt. Hickman intact, flushed
w/ heparin 100u/cc. last coumadin 5mg on {p.date(-1, 'sd')}, INR to be checked {p.date(2, 'sdo')} by rehab.
belongings (glasses, dentures, hearing aid) sent with pt. {p.rel(1)[0]} {p.rel(1)[1]} to meet pt there.
PCP Dr. {p.md()} ({p.phone_full()}) (PCP since {p.year(1975, 1999)}) to follow
after rehab. f/u in CHF clinic w/ DR. {p.fel()} on {p.next_month()}.
{p.signoff()}"""


def transfer_note(p: Patient) -> str:
    rel0, n0 = p.rel(0)
    return f"""NURSING TRANSFER NOTE MICU -> {p.r.choice(['FLOOR', 'REHAB', 'F11'])}
{p.age_()} YO {'M' if p.male else 'F'} ADMITTED {p.date(-p.hday, 'sdy')} FROM {p.osh_name()} W/ RESP FAILURE/PNA.
INTUBATED {p.date(-p.hday, 'so')}-{p.date(-2, 'so')}. COURSE C/B AFIB W/ RVR, HYPOTENSION REQUIRING LEVOPHED, ? CHF.
NEURO: A&OX3, MAE, PLEASANT. NO SEDATION. HOH, HEARING AIDS W/ PT.
CV: AFIB 70-90S RATE CONTROLLED ON PO DILT 60MG QID. BP 110-130/60S. HEPARIN OFF, COUMADIN 3MG.
RESP: 2L NC, SATS 95%. DEEP BREATHING, IS.
GI/GU: TOL SOFT DIET. VOIDING IN COMMODE. HICKMAN D/C'D, PIV X2.
SKIN: COCCYX HEALING, DUODERM.
SOCIAL: {rel0} {n0} AWARE OF TRANSFER, WILL MEET PT ON FLOOR. HOME # {p.phone_home}.
DISPO: PLAN {p.dispo_name()} WHEN BED AVAIL, VNA F/U AFTERWARD.
UNIT # {p.mrn_()}. REPORT GIVEN TO RN {p.rn()} AT 1500.
MICU ATTENDING DR {p.att()}. PCP DR {p.md()} ({p.org()}) NOTIFIED."""


def family_mtg(p: Patient) -> str:
    rel0, n0 = p.rel(0)
    rel2, n2 = p.rel(2)
    return f"""Family meeting note:
Present: {rel0} {n0} (HCP), {rel2} {n2}, Dr. {p.att()} (MICU attending), Dr. {p.fel()}, SW {p.rn()}, this RN.
Discussed pt's lack of improvement after 10 days on vent, worsening renal fxn (Cr 3.8), and that pt is {p.age_()}.
Family states pt "would never want to live like this" -
pt told them so after {his(p)} brother died in {p.year(1985, 1999)}.
Decision made to make pt DNR. Not ready for CMO;
will revisit after {rel2} arrives from {p.famtown()} on {p.date(2, 'smo')}.
Family hope to have pt's priest in. Questions answered. Attending to call {rel0} at {p.phone_full()} w/ any change."""


def his(p: Patient) -> str:
    return p.his


MIDDLE = [npn_systems, nursing_progress, dar_note, ap_problems, event_note, short_update, social_note,
          case_mgmt, family_mtg]



def recase(text: str, case: str) -> str:
    """Upper, sloppy lower, or as written; offsets never move (the text is ASCII)."""
    new = text.upper() if case == "upper" else text.lower() if case == "lower" else text
    assert text.isascii() and len(new) == len(text)
    return new


def main() -> None:
    r = random.Random(SEED)
    lasts = r.sample(PT_LAST, 16)
    fam_pool = FAM_FIRST[:]
    patients = []
    for i, last in enumerate(lasts):
        firsts = [FAM_FIRST[i % 6]] + r.sample([f for f in fam_pool if f != FAM_FIRST[i % 6]], 2)
        patients.append(Patient(r, last, firsts))
    n = 0
    for i, p in enumerate(patients):
        first, last = (admit_note, transfer_note) if i % 2 == 0 else (admit_note_gib, transfer_out)
        styles = [first] + [MIDDLE[(3 * i + k) % len(MIDDLE)] for k in range(3)] + [last]
        for day, style in enumerate(styles):
            p.hday = day if style not in (transfer_note, transfer_out) else 6
            marked = style(p)
            if style in (npn_systems, dar_note, event_note) and r.random() < 0.7:
                marked += "\n" + p.signoff()
            text, spans = strip(marked)
            case = ["upper", "mixed", "upper", "lower"][n % 4]
            text = recase(text, case)
            for s in spans:
                s["text"] = text[s["start"]:s["end"]]
            n += 1
            print(json.dumps({"id": f"h10-{n:03d}", "style": style.__name__, "text": text, "spans": spans},
                             ensure_ascii=False))


if __name__ == "__main__":
    main()
