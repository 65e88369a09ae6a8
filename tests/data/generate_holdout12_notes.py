"""Twelfth blind de-identification gold set: ICU notes from a US teaching hospital around 2000-2010 by
the authors nursing sets rarely cover (respiratory therapy, night-float and cross-cover physicians, case
management, social work, family meetings, code and rapid-response events, transfer acceptance,
nutrition, PT/OT, chaplaincy, short nursing addenda). Terse, with shorthand and typos; about 45% upper
case, 30% lower case. Ten invented patients recur across notes, their names sometimes misspelled or
shortened. Each PHI value is written through a marker; spans are computed after the markers are
stripped, then the note's case is applied (ASCII only, so offsets are unchanged).

Usage: python tests/data/generate_holdout12_notes.py > tests/data/holdout12_notes_gold.jsonl
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass

from marks import m, strip

SEED = 20261212
N_NOTES = 70



@dataclass
class Patient:
    first: str
    lasts: list[str]  # the usual spelling first, then the misspellings staff write
    sex: str  # "M" / "F"
    relatives: list[tuple[str, str]]  # (relation, first name)
    town: str
    away: tuple[str, str]  # where a relative lives: (town, state)
    facility: str  # nursing home or rehab they came from or go to
    address: str
    mrn: int
    age: int  # over 89 is PHI


PATIENTS = [
    Patient("Salvatore", ["Delvecchio", "Del Vecchio", "Delvechio"], "M", [("wife", "Marie"), ("son", "Tony")],
            "Revere", ("Akron", "Ohio"), "Lemuel Shattuck", "41 Shirley Ave", 2284613, 78),
    Patient("Thuy", ["Nguyen", "Nguyn"], "F", [("dtr", "Lan"), ("son", "Minh")], "Dorchester", ("Houston", "TX"),
            "Hebrew Rehab", "88 Bowdoin St", 3019472, 91),
    Patient("Frank", ["Szczepanski", "Szczepanksi", "Sczepanski"], "M", [("wife", "Rose"), ("brother", "Bill")],
            "Chicopee", ("Scranton", "PA"), "Radius Nursing Home", "17 Exchange St", 1873305, 94),
    Patient("Oluwaseun", ["Adebayo-Cole", "Adebayo"], "M", [("sister", "Funmi")], "Mattapan",
            ("Newark", "NJ"), "Kindred Hosp", "230 River St", 4402918, 58),
    Patient("Margaret", ["O'Halloran", "Ohalloran", "O'Hallaran"], "F", [("niece", "Kathleen"), ("husband", "Dermot")],
            "Quincy", ("Portland", "Maine"), "Marian Manor", "9 Sea St", 2950174, 92),
    Patient("Eduardo", ["Figueroa", "Figeroa"], "M", [("wife", "Carmen"), ("dtr", "Yesenia")], "Chelsea",
            ("Hartford", "CT"), "Spaulding", "152 Broadway", 3718260, 63),
    Patient("Dorothy", ["Wojcik", "Wojick"], "F", [("son", "Mark"), ("dtr", "Hope")], "Malden",
            ("Tampa", "Florida"), "Youville", "6 Cherry St", 1594437, 89),
    Patient("Rajesh", ["Venkataraman", "Venkatraman"], "M", [("wife", "Lakshmi"), ("son", "Arjun")], "Framingham",
            ("Edison", "NJ"), "Newton-Wellesley", "311 Waverley St", 4127756, 71),
    Patient("Gladys", ["Beauchesne", "Beauchene"], "F", [("dtr", "Colette"), ("son", "Grant")], "Lowell",
            ("Nashua", "NH"), "Saints Memorial", "27 Varnum Ave", 2063398, 96),
    Patient("Tyrone", ["Whitlock", "Whitlok"], "M", [("mother", "Bernice"), ("girlfriend", "Shanice")], "Brockton",
            ("Atlanta", "GA"), "Good Samaritan", "64 Warren Ave", 3587021, 44),
]

ATTENDINGS = ["O'Malley", "Pham", "Greenbaum", "Castellano", "Iyer", "Lindgren", "Kaminski", "Osei"]
RESIDENTS = ["Pham", "Feldstein", "Okonkwo", "Marchand", "Grant", "Sorensen", "Baptiste", "Ruiz", "Teodoro"]
NURSES = ["Kathy", "Deb", "Maureen", "Jen", "Siobhan", "Luz", "Hope", "Tricia", "Nadia", "Colleen"]
RTS = ["Mike", "Will", "Dave", "Paulette", "Reggie", "Sunil"]
CMS = ["Judy", "Linda", "Marcy", "Ellen"]
SWS = ["Naomi Reardon", "Gwen", "Peter Salois", "Reardon"]
CHAPLAINS = ["Fr. Tierney", "Rev. Okafor", "Sr. Bernadette", "Rabbi Liebman"]
PRIESTS = ["Tierney", "Nwosu", "Dolan"]
RDS = ["Ingrid", "Beth Conroy", "Conroy"]
THERAPISTS = ["Alana", "Greg", "Pryor", "Tomasz"]
OUTSIDE = ["NWH", "Cambridge Hosp", "Caritas Carney", "Mt Auburn", "Quincy Medical", "St Elizabeth's",
           "Lahey", "Beverly Hosp", "Morton Hosp"]
HOLIDAYS = ["Thanksgiving", "Christmas", "Easter", "July 4th", "New Year's"]
MONTHS = ["Jan", "Feb", "March", "April", "June", "July", "Aug", "Sept", "Oct", "Nov"]
EXCHANGES = ["617", "781", "508", "978"]


class Phi:
    """Invented PHI for one note, each value wrapped in its marker."""

    def __init__(self, r: random.Random, pt: Patient) -> None:
        self.r, self.pt = r, pt

    def _name(self, value: str) -> str:
        return m("NAME", value)

    def last(self) -> str:
        lasts = self.pt.lasts
        return self._name(lasts[0] if self.r.random() < 0.7 else self.r.choice(lasts[1:]))

    def first(self) -> str:
        return self._name(self.pt.first)

    def mr(self) -> str:
        """'Mr. Delvecchio', 'pt Nguyen' or the first name alone."""
        title = "Mr. " if self.pt.sex == "M" else self.r.choice(["Mrs. ", "Ms. "])
        return self.r.choice([title + self.last(), "pt " + self.last(), title + self.last(), "pt " + self.first()])

    def first_last(self) -> str:
        return self._name(f"{self.pt.first} {self.r.choice(self.pt.lasts)}")

    def full(self) -> str:
        return self._name(f"{self.pt.first} {self.pt.lasts[0]}")

    def rel(self, i: int | None = None) -> tuple[str, str]:
        rels = self.pt.relatives
        relation, name = rels[self.r.randrange(len(rels)) if i is None else i % len(rels)]
        return relation, self._name(name)

    def staff(self, pool: list[str]) -> str:
        value = self.r.choice(pool)
        for title in ("Fr. ", "Rev. ", "Sr. ", "Rabbi "):
            if value.startswith(title):
                return title + self._name(value[len(title):])
        return self._name(value)

    def att(self) -> str:
        return self.staff(ATTENDINGS)

    def res(self) -> str:
        return self.staff(RESIDENTS)

    def rn(self) -> str:
        return self.staff(NURSES)

    def rt(self) -> str:
        return self.staff(RTS)

    def osh(self) -> str:
        return m("ORGANIZATION", self.r.choice(OUTSIDE))

    def facility(self) -> str:
        return m("ORGANIZATION", self.pt.facility)

    def town(self) -> str:
        return m("LOCATION", self.pt.town)

    def away(self) -> str:
        town, state = self.pt.away
        return self.r.choice([m("LOCATION", town) + ", " + m("STATE", state), m("STATE", state)])

    def state(self) -> str:
        return m("STATE", self.pt.away[1])

    def addr(self) -> str:
        return m("ADDRESS", self.pt.address)

    def mrn(self) -> str:
        return m("ID", f"{self.pt.mrn:07d}")

    def age(self) -> str:
        """Over 89 a gold AGE; younger ages are plain text."""
        if self.pt.age > 89:
            return m("AGE", self.pt.age) + self.r.choice([" yo", "yo", " y/o", " year old"])
        return f"{self.pt.age}" + self.r.choice([" yo", " y/o"])

    def sdate(self) -> str:
        mo, d = self.r.randint(1, 12), self.r.randint(1, 28)
        return m("DATE", self.r.choice([f"{mo}/{d}", f"{mo}-{d}", f"{mo}/{d}", f"{mo}/{d}/0{self.r.randint(2, 9)}"]))

    def nth(self) -> str:
        d = self.r.choice([1, 2, 3, 11, 12, 14, 19, 21, 22, 23, 28])
        suffix = "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return "the " + m("DATE", f"{d}{suffix}")

    def mdate(self) -> str:
        return m("DATE", f"{self.r.choice(MONTHS)} {self.r.randint(1, 28)}")

    def holiday(self) -> str:
        return m("DATE", self.r.choice(HOLIDAYS))

    def year(self) -> str:
        return m("YEAR", self.r.randint(1978, 2006))

    def phone(self) -> str:
        a, b, c = self.r.choice(EXCHANGES), self.r.randint(220, 989), self.r.randint(1000, 9999)
        return m("PHONE", self.r.choice([f"{a}-{b}-{c}", f"({a}) {b}-{c}", f"{b}-{c}"]))

    def pager(self) -> str:
        return m("PHONE", self.r.choice([f"{self.r.randint(1000, 9999)}", f"{self.r.randint(30000, 39999)}"]))

    def zip(self) -> str:
        return m("ZIP", f"0{self.r.randint(1801, 2790)}")


def resp_care(p: Phi) -> str:
    r = p.r
    if r.random() < 0.5:
        return f"""RESP CARE NOTE: Pt remains on AC 500x14, PEEP 8, FiO2 .50. Sx'd for mod amts thick tan sputum
via inline. BS coarse b/l, diminished at bases. ABG 7.33/48/71 - d/w Dr {p.res()}, rate increased to 16.
RSBI not done 2/2 PEEP. Ambu and Yankauer at bedside. ETT 7.5 @ 23 lip, retaped.
R CT to Pleurevac -20 sx, no airleak. Will cont to follow. RT {p.rt()}"""
    return f"""rt note - {p.last()}: weaned to CPAP 5/5 at 0600 per protocol, RSBI 62. tol well x2 hrs, then
tachypneic to 30s, placed back on AC. no frank secretions, small amt white. cuff leak present.
plan SBT again in am {p.sdate()}. Passy-Muir eval when trached, spoke w/ rn {p.rn()}. -{p.rt()} RRT pgr {p.pager()}"""


def resp_trach(p: Phi) -> str:
    if p.r.random() < 0.5:
        return f"""RT: Pt {p.last()} extubated to 4L NC at 1015 after passing SBT (RSBI 48, NIF -30), d/w Dr {p.att()}.
Cuff leak present prior. Post-extubation stridor mild, racemic epi x1 w/ good effect. Sats 95%.
IS instructed, pulls 750. Yankauer at bedside, pt using independently. Hx of home CPAP since {p.year()},
{p.rel()[0]} to bring in machine from home. RT {p.rt()} pgr {p.pager()}"""
    return f"""RESPIRATORY THERAPY: s/p perc trach {p.sdate()} by Dr. {p.att()} (#8 Shiley). Trach site clean,
min bloody drainage. On TC 40% overnight, sats 94-97%. Pt able to MAE and mouth words, c/o thirst.
Passy-Muir trial x 20 min, tol fine, voice hoarse. Inner cannula changed. Ambu bag + spare trach at hob.
MR # {p.mrn()}. RT {p.rt()}"""


def night_float(p: Phi) -> str:
    rel, name = p.rel()
    if p.r.random() < 0.5:
        return f"""Night float event note 0140: paged by RN {p.rn()} for temp 39.1, rigors. {p.mr()} is a {p.age()}
w/ Hickman (placed {p.sdate()}), site erythematous. bcx x2 from Hickman + periph, UA/UCx, CXR - no new infiltrate.
Started vanc, cefepime. Tylenol 650. Lactate 1.2, BP stable, no Levophed needed.
Pt's {rel} ({name}) at bedside, questions answered. Signed out to day team, Dr {p.att()} aware.
{p.res()} (NF) pager {p.pager()}"""
    return f"""NF note: called by RN {p.rn()} re: {p.mr()} ({p.age()}) w/ hypotension to 80s/40s at 0215.
Pt s/p R fem Cordis placement today, site c/d/i, no hematoma. Allen's test nl on L.
Gave 1L NS, MAP now 65, Levophed not restarted. Lactate 1.8. Foley draining 40cc/hr.
Will check HCT at 0600. {rel.capitalize()} {name} called at 0300, updated, asks to be called at {p.phone()}
if any change. d/w Dr. {p.att()} (on call). -{p.res()}, NF, pgr {p.pager()}"""


def cross_cover(p: Phi) -> str:
    if p.r.random() < 0.5:
        return f"""X-COVER NOTE 2245: asked by RN {p.rn()} to eval {p.mr()} for chest pain 6/10, pressure.
EKG: ST dep V4-V6, new vs {p.sdate()}. Trop pending. Gave ASA 325, NTG SL x2 w/ relief. Heparin gtt held
2/2 recent Hickman placement bleeding - d/w cards fellow Dr {p.res()} who will see. Allen's test done on
R for possible cath. Wife/family not called overnight per pt request. Will recheck trop at 0400.
pt states was at {p.osh()} last month for same. -{p.res()}, pgr {p.pager()}"""
    return f"""cross cover: asked to see pt for agitation, pulling at Dobhoff. pt confused, perrl, mae x4, no focal
deficit. glasgow 14. got Haldol 2 mg iv x1 w/ good effect, Ativan avoided 2/2 age. Posey vest per rn.
Coumadin held tonight (INR 3.4). will sign out to day team - Dr {p.att()} - and to {p.res()} at 7am.
hx of CVA in {p.year()}, baseline per {p.rel()[0]} is a&ox2."""


def case_mgmt(p: Phi) -> str:
    rel, name = p.rel()
    if p.r.random() < 0.5:
        return f"""cm note: rec'd call from {p.facility()} admissions ({p.phone()}), they can accept pt back
{p.sdate()} if off Levophed x24h and trach stable. needs Passy-Muir teaching and Kinair bed on d/c.
{rel} {name} ({p.phone()}) aware and agrees. insurance: medicare a/b, medicaid pending - sw
{p.staff(SWS)} following re: masshealth. d/w dr {p.att()} on rounds. will cont to follow. - {p.staff(CMS)}, rn cm"""
    return f"""CASE MGMT: Pt {p.full()}, MRN {p.mrn()}, adm {p.sdate()} from {p.osh()}. Prior to adm lived at
{p.facility()} x 2 yrs; facility will take back if trach/PEG, bed hold until {p.nth()}.
Spoke w/ {rel} {name} who lives in {p.away()}, in agreement. Screens sent to {p.facility()} and
LTACH. Free care grant application started, pt has no bill issues per financial counselor.
Will f/u in am. CM-{p.staff(CMS)} {m('PHONE', f'x{p.r.randint(4000, 4999)}')}"""


def social_work(p: Phi) -> str:
    rel, name = p.rel(0)
    rel2, name2 = p.rel(1)
    if p.r.random() < 0.5:
        return f"""SW F/U: spoke by phone w/ pt's {rel} {name} ({p.phone()}), who lives in {p.away()} and
cannot travel until {p.mdate()}. {rel2.capitalize()} {name2} is local in {p.town()} and visits daily. Pt
has no HCP; family agrees {rel2} {name2} to be HCP, form to be signed when pt able. Hx of ETOH,
pt's {rel2} worried about bills - referred to financial counselor re: free care grant.
{p.staff(SWS)}, LICSW {m('PHONE', f'x{p.r.randint(2000, 2999)}')}"""
    return f"""Social Work Note
Met with pt's {rel} ({name}) and {rel2} {name2} at bedside. Family lives in {p.town()}; pt's home is
{p.addr()}, {p.town()} {p.zip()}, 3rd floor walk-up. {rel2.capitalize()} in from {p.state()} since {p.mdate()}.
Family coping, tearful at times; they hope pt will be able to return home. Discussed HCP - {rel} is
named HCP. Provided parking vouchers, info re: free care. Pt fell at home this past Sat per family.
SW {p.staff(SWS)}, LICSW, pgr {p.pager()}"""


def family_mtg(p: Phi) -> str:
    he = "he" if p.pt.sex == "M" else "she"
    rel, name = p.rel(0)
    rel2, name2 = p.rel(1)
    if p.r.random() < 0.5:
        return f"""Family mtg note ({p.sdate()}): Dr {p.att()} (attg), Dr {p.res()}, RN {p.rn()}, chaplain, pt's
{rel} {name} and {rel2} (in from {p.state()}). Reviewed MRI: large L MCA CVA, Glasgow 5 off sedation.
Prognosis for meaningful recovery poor. Family states pt would not want a trach or PEG. Decision made for
CMO; will extubate once family from {p.town()} arrives, likely on {p.nth()}. Morphine gtt, Ativan prn.
Haldol prn. Family aware pt may not survive extubation."""
    return f"""FAMILY MEETING {p.sdate()} 1500. Present: {rel} {name}, {rel2} {name2}, Dr {p.att()} (MICU attg),
Dr {p.res()} (resident), RN {p.rn()}, SW {p.staff(SWS)}. Dtr from {p.away()} on speaker ph {p.phone()}.
Reviewed course: {p.age()} with ARDS, failed SBT x3, now on Levophed 0.1, CVVH. Family understands pt
would not want prolonged life support; {rel} states "{he} always said no machines." Pt has a living will.
Agree to DNR, no escalation, will readdress after {p.holiday()} when {rel2} {name2} back.
Attending addendum: agree w/ above. {p.att()}"""


def code_event(p: Phi) -> str:
    if p.r.random() < 0.5:
        return f"""RAPID RESPONSE / CODE NOTE ({p.sdate()} 1720): Called for unresponsive pt, {p.mr()}, on 11 West.
Pt found apneic w/ pulse, Ambu bagged by RT {p.rt()}, narcan 0.4 x2 w/ prompt response. FS 94.
Had dilaudid PCA started this AM. PCA d/c'd. Pt A+Ox3 after, PERRL, MAE. Transferred to MICU for
monitoring, accepted by Dr {p.att()}. {p.rel()[0].capitalize()} notified, RN {p.rn()} to update."""
    return f"""CODE BLUE NOTE: called to bedside 0340 {p.sdate()} for PEA arrest. {p.mr()} intubated by
anesthesia (Dr {p.staff(RESIDENTS)}), CPR in progress by RN {p.rn()} and RT {p.rt()}.
Epi 1mg x3, atropine x1, bicarb 1 amp. ROSC at 0356 after 16 min. Trendelenburg, bolus NS.
R fem Cordis placed. Swan-Ganz deferred. Levophed started. Glasgow 3 post code. Bair Hugger placed
for cooling d/c'd per attg. Family ({p.rel()[0]}) notified by phone {p.phone()}.
Code leader: Dr {p.att()}. Time of note 0430."""


def rapid_response(p: Phi) -> str:
    if p.r.random() < 0.5:
        return f"""RAPID RESPONSE EVENT: called {p.sdate()} at 1940 to 9 East for SaO2 82% on 4L.
{p.mr()} s/p R TKA POD2, c/o sudden SOB, HR 120 ST. CTA: b/l PE. Heparin gtt started, no Coumadin yet.
Placed on NRB, sats 93%. Trendelenburg not needed, BP 102/60. Transferred to MICU under Dr {p.att()}.
Ortho (Dr {p.res()}) aware. {p.rel()[0].capitalize()} called at home in {p.town()} by RN {p.rn()}."""
    return f"""rapid response note 7 north. rrt called for sbp 70s, hr 130s af rvr. pt {p.first_last()}
c/o sob, lungs w/ crackles b/l. given dilt 10 iv, lasix 40 iv, nrb. abg 7.28/52/64. bipap started by rt
{p.rt()}. transferred to micu bed 6, accepted by dr {p.att()}. pt on coumadin at home for af, inr 2.2.
temp rose to 38.4 - bcx x2 sent. d/w pcp dr {p.staff(ATTENDINGS)} at {p.phone()}."""


def transfer_accept(p: Phi) -> str:
    if p.r.random() < 0.5:
        return f"""micu accept note - pt {p.first_last()} ({p.mrn()}), {p.age()}, from {p.facility()} via
{p.osh()} ed. cc: hypotension, urosepsis. at nh pt w/ foley x months. in ed bp 70s, got 4l ns, started
on levophed via L fem line. cordis to be placed here. exam: lethargic, glasgow 11, perrl, dry mm.
ddx urosepsis vs c diff. plan: change foley, cx, zosyn, cvp goal 8-12. code: full (d/w {p.rel()[0]}
on phone {p.phone()}). dr {p.att()} aware. - {p.res()}"""
    return f"""MICU TRANSFER ACCEPT NOTE
Pt is a {p.age()} w/ hx CHF (EF 20%), CRI, DM2, transferred from {p.osh()} on {p.sdate()} for
hypoxic resp failure. At OSH intubated, started on Levophed via L IJ, Swan-Ganz not placed. Came with
Foley, 2 PIVs, OGT w/ coffee grounds, no frank blood. Lasix gtt continued.
Exam: sedated, PERRL, no Babinski, b/l rales, 2+ LE edema.
Cx: OSH bcx GPC in clusters. Plan: vanc/zosyn, wean FiO2, TTE, Hickman if long abx.
OSH records faxed from {p.osh()} (ph {p.phone()}). MRN {p.mrn()}. Family: {' '.join(p.rel())}.
{p.res()} / d/w Dr {p.att()}"""


def nutrition(p: Phi) -> str:
    if p.r.random() < 0.5:
        return f"""Nutrition f/u: pt {p.last()} tolerating TF via Dobhoff at goal 65cc/hr, residuals <50. BM x2.
Wt down 3kg since adm {p.sdate()}. Prealb 9. Rec add Glutasolve, MVI. Consider PEG if trach planned -
d/w team and Dr {p.att()}. {p.rel()[0].capitalize()} asking if pt can have ice chips - rec wait for
swallow eval. Will follow. {p.staff(RDS)} RD {m('PHONE', f'x{p.r.randint(2000, 2999)}')}"""
    return f"""NUTRITION: pt {p.last()}, {p.age()}, adm wt 68kg, IBW 62kg. NPO x3d, now w/ Dobhoff (post-pyloric
per KUB {p.sdate()}). Rec Promote @ 20cc/hr, advance by 10 q4h to goal 60cc/hr; Beneprotein 1 pkt BID.
Monitor lytes, phos 1.9 - repleting. Skin: stage II sacrum, on Kinair. Will f/u {p.nth()}.
{p.staff(RDS)}, RD, pgr {p.pager()}"""


def pt_ot(p: Phi) -> str:
    if p.r.random() < 0.5:
        return f"""OT note: pt seen for ADL eval. splints to b/l hands for contracture prevention, on/off schedule
posted. pt in Roho chair 1 hr, tol well. cognition: follows 1 step cmds. pt lives w/ {p.rel()[0]} in
{p.town()}, has tub bench. Rec {p.facility()} vs home w/ VNA. Will f/u {p.sdate()}. -{p.staff(THERAPISTS)}, OTR/L"""
    return f"""PT EVAL: pt seen for mobility. Miami J collar in place per spine (C2 fx s/p fall at {p.facility()} on
{p.sdate()}). Pt followed commands, MAE, dangled at EOB x5 min w/ mod A x2, orthostatic, back to bed.
Roho cushion for chair. Pt's {p.rel()[0]} asking re: rehab vs home - lives alone at {p.addr()}, {p.town()},
2 flights. Will need rehab - rec {p.facility()} or similar. Will follow 3-5x/wk. {p.staff(THERAPISTS)}, PT"""


def chaplain(p: Phi) -> str:
    rel, name = p.rel()
    if p.r.random() < 0.5:
        return f"""SPIRITUAL CARE: f/u visit w/ {p.mr()} and family. {rel.capitalize()} {name} requests their
pastor from {p.town()} be allowed to visit after hours - arranged w/ charge RN {p.rn()}. Prayed w/ family.
Pt's {rel} says "we hope and pray for a miracle." Will cont to support. Pager {p.pager()}.
{p.staff(CHAPLAINS)}, chaplain"""
    return f"""Chaplain note: visited pt and {rel} {name} at request of RN {p.rn()}. pt catholic, {rel} asked
for sacrament of the sick; anointing given by Fr. {p.staff(PRIESTS)}. family from {p.town()}, parish
{m('ORGANIZATION', p.r.choice(["St. Ann's", "Sacred Heart", "Our Lady of Grace", "St. Mark's"]))}. offered prayer,
{rel} tearful but grateful, hope to have rest of family here by {p.nth()}. will follow. -{p.staff(CHAPLAINS)}"""


def nursing_addendum(p: Phi) -> str:
    r = p.r
    rel, name = p.rel()
    return r.choice([
        f"""Nsg addendum: {rel} {name} called, updated by this RN. pls call {p.phone()} overnight if changes.
Foley changed, UO improved. Pleurevac to -20 sx, no airleak. -{p.rn()} RN""",
        f"""NURSING ADDENDUM 2300: {p.mr()} more agitated, pulled at A-line, Haldol given per Dr {p.res()}.
Bair Hugger on for temp 35.4. {rel.capitalize()} {name} aware, will come in am. -{p.rn()}""",
        f"""addendum: pt's {rel} {name} visited, took home pt's belongings + wallet. aware of plan for trach
{p.sdate()}. cont to mark I&O q1h, bill of rights given to family. - {p.rn()}, rn""",
        f"""Addendum 0400: {p.first()} resting, Yankauer for oral secretions. {rel} at bedside overnight, will
stay in family rm. -{p.rn()} RN""",
    ])


STYLES = [resp_care, night_float, case_mgmt, family_mtg, code_event, nutrition, cross_cover, social_work,
          transfer_accept, pt_ot, chaplain, rapid_response, nursing_addendum, resp_trach]
# 9 upper, 6 lower, 5 mixed in every 20 notes
CASES = "UULMULUMULUMMLULUMUL"



def main() -> None:
    r = random.Random(SEED)
    for n in range(N_NOTES):
        style = STYLES[n % len(STYLES)]
        pt = PATIENTS[(n * 3 + n // len(STYLES)) % len(PATIENTS)]
        text, spans = strip(style(Phi(r, pt)))
        case = CASES[n % len(CASES)]
        cased = text.upper() if case == "U" else text.lower() if case == "L" else text
        assert len(cased) == len(text)
        for span in spans:
            span["text"] = cased[span["start"]:span["end"]]
        print(json.dumps({"id": f"h12-{n + 1:03d}", "style": style.__name__, "text": cased, "spans": spans},
                         ensure_ascii=False))


if __name__ == "__main__":
    main()
