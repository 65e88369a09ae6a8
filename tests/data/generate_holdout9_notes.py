"""Ninth blind de-identification gold set: US teaching-hospital ICU documentation (nursing
Action/Response/Plan notes, ICU progress notes, discharge summaries, cath, echo, radiology, pharmacy,
social work, RT, family calls), half in upper case, with invented PHI. Each PHI value is written through
a marker and the spans are computed from where the values land after the markers are stripped.

Usage: python tests/data/generate_holdout9_notes.py > tests/data/holdout9_notes_gold.jsonl
"""

from __future__ import annotations

import json
import random

from marks import m, strip

SEED = 20261128

FIRST = ["Will", "May", "Hope", "Grant", "Rose", "Mark", "Bill", "Adaeze", "Tomasz", "Mei-Ling", "Rafael",
         "Priya", "Oksana", "Dmitri", "Tuan", "Fatima", "Keisha", "Siobhan", "Joaquin", "Nkechi", "Haruto",
         "Ingrid", "Darnell", "Lucia", "Amir", "Bronwyn", "Yusuf", "Evangeline", "Bartholomew", "Ximena"]
LAST = ["Brown", "Hill", "Okafor", "Kowalczyk", "Nguyen", "Abernathy", "Castellanos", "Lindqvist", "Petrov",
        "Haddad", "Desrosiers", "O'Donnell", "Marchetti", "Fitzgerald-Ruiz", "Baptiste", "Yamamoto", "Szabo",
        "Delacroix", "Quintero", "Adeyemi", "Thorsen", "Vanterpool", "Mahoney", "Grant", "Rosales", "Pike"]
NURSES = ["Kara", "Deb", "Jen", "Tomas", "Marisol", "Bill", "Rose", "Hope", "Luz", "Anneliese", "Kwame"]
RELATIONS = ["wife", "husband", "son", "daughter", "niece", "sister", "brother", "HCP/daughter"]
ORGS = ["Saint Aldric Medical Center", "Brookhaven Rehabilitation Hospital", "Merrow Valley Nursing and Rehab",
        "Castine Bay Hospital", "Northgate Heart Institute", "Larchmont Skilled Care", "Quarry Hill VNA",
        "Pell River Community Hospital", "Whitcomb House Hospice"]
TOWNS = ["Fairhaven", "Dunmore", "Ashbury", "Wexford Falls", "Millbrook", "Port Laney", "East Tolland",
         "Sagamore Junction"]
STATES = ["MA", "NH", "Rhode Island", "Maine", "CT", "Vermont"]
STREETS = ["Orchard Lane", "Cabot St", "Wainwright Road", "Pleasant Ave", "Old County Rd", "Harbor View Dr"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October"]



class Phi:
    """Invented PHI values, each wrapped in its marker."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.word_firsts = ["Mark", "Will", "May", "Hope", "Grant", "Rose", "Bill"]  # sure to be used as names

    def first(self) -> str:
        return m("NAME", self.word_firsts.pop() if self.word_firsts else self.r.choice(FIRST))

    def last(self) -> str:
        return m("NAME", self.r.choice(LAST))

    def full(self) -> str:
        return m("NAME", f"{self.r.choice(FIRST)} {self.r.choice(LAST)}")

    def nurse(self) -> str:
        return m("NAME", self.r.choice(NURSES))

    def rel(self) -> str:
        return self.r.choice(RELATIONS)

    def org(self) -> str:
        return m("ORGANIZATION", self.r.choice(ORGS))

    def town(self) -> str:
        return m("LOCATION", self.r.choice(TOWNS))

    def state(self) -> str:
        return m("STATE", self.r.choice(STATES))

    def zip(self) -> str:
        return m("ZIP", f"0{self.r.randint(1000, 2799)}")

    def addr(self) -> str:
        return m("ADDRESS", f"{self.r.randint(2, 980)} {self.r.choice(STREETS)}")

    def sdate(self) -> str:
        mo, d = self.r.randint(1, 12), self.r.randint(1, 28)
        return m("DATE", self.r.choice([f"{mo}/{d}", f"{mo}-{d}", f"{mo}/{d}/24"]))

    def fdate(self) -> str:
        mo, d = self.r.randint(1, 12), self.r.randint(1, 28)
        return m("DATE", self.r.choice([f"{mo}/{d}/2024", f"{self.r.choice(MONTHS)} {d}, 2024",
                                        f"2024-{mo:02d}-{d:02d}"]))

    def nth(self) -> str:
        d = self.r.randint(4, 20)
        return "the " + m("DATE", f"{d}th")

    def dob(self) -> str:
        return m("DATE", f"{self.r.randint(1, 12)}/{self.r.randint(1, 28)}/{self.r.randint(1929, 1960)}")

    def year(self) -> str:
        return m("YEAR", self.r.randint(1988, 2022))

    def age(self) -> str:
        return m("AGE", self.r.randint(90, 101))

    def phone(self) -> str:
        a, b, c = self.r.randint(201, 989), self.r.randint(220, 989), self.r.randint(1000, 9999)
        return m("PHONE", self.r.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}"]))

    def pager(self) -> str:
        return m("PHONE", f"{self.r.randint(2, 9)}-{self.r.randint(1000, 9999)}")

    def mrn(self) -> str:
        return m("ID", self.r.randint(1000000, 9999999))

    def email(self) -> str:
        return m("EMAIL", f"{self.r.choice(['kpetrov', 'j.okafor', 'mnguyen2', 'lhaddad'])}@staldric.org")

    def url(self) -> str:
        return m("URL", f"https://portal.castinebay.org/pt/{self.r.randint(10000, 99999)}")

    def ip(self) -> str:
        return m("IP", f"10.{self.r.randint(1, 254)}.{self.r.randint(1, 254)}.{self.r.randint(1, 254)}")

    def ssn(self) -> str:
        return m("SSN", f"{self.r.randint(101, 665)}-{self.r.randint(10, 99)}-{self.r.randint(1000, 9999)}")

    def card(self) -> str:
        digits = [4] + [self.r.randint(0, 9) for _ in range(14)]
        total = 0
        for i, d in enumerate(reversed(digits)):
            total += (2 * d - 9 if d > 4 else 2 * d) if i % 2 == 0 else d
        digits.append((10 - total % 10) % 10)
        s = "".join(map(str, digits))
        return m("CARD", " ".join(s[i:i + 4] for i in range(0, 16, 4)))

    def iban(self) -> str:
        bban = "".join(str(self.r.randint(0, 9)) for _ in range(18))
        check = 98 - int("".join(str(int(c, 36)) for c in bban + "DE00")) % 97
        raw = f"DE{check:02d}{bban}"
        return m("IBAN", " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)))


def nursing_arp(p: Phi) -> str:
    return f"""NURSING PROGRESS NOTE 0700-1900
Hypotension
Action: Levophed titrated 0.08 -> 0.04 mcg/kg/min, 500cc LR bolus x1 per Dr. {p.last()}. Foley patent.
Response: MAP 62-70, HR 88-96 SR. UO 30-45 cc/hr. Lactate 2.1 from 3.4.
Plan: Wean pressor as tolerated, goal MAP > 60. Will continue to monitor.
Respiratory failure
Action: Remains on AC 450 x 14, PEEP 8, FiO2 40%. Suctioned for thick tan secretions. RASS -2.
Response: ABG 7.36/41/92. Sats 95-98%.
Plan: SBT in am if PEEP 5. Skin marked at sacrum, Bair Hugger off.
Social: {p.rel().capitalize()} {p.full()} called at 1400, updated by RN {p.nurse()}. Phone {p.phone()}.
Family may visit tomorrow; they hope to speak with attending.""" + p.r.choice(["", """
Altered mental status
Action: CAM-ICU positive x2, Haldol 2 mg IV x1, reoriented frequently. Sitter requested.
Response: Calmer, RASS 0 to -1. Pulled at Dobhoff once, re-secured with bridle.
Plan: Avoid benzos, sleep hygiene, PT/OT consult.
Skin
Action: Turned q2h, Kerlix to L forearm skin tear, sacrum Mepilex intact.
Response: No new breakdown, Braden 13.
Plan: Wound RN {p.first()} to see in am."""])


def nursing_short(p: Phi) -> str:
    return f"""Neuro: GCS 15, A+Ox3. Pain 3/10, Tylenol 650 mg given.
CV: NSR 70s, SBP 110s. Pt's {p.rel()} {p.first()} at bedside, will stay overnight. Bed 14.
Plan: cont Foley, OOB to chair with PT {p.sdate()}."""


def icu_progress(p: Phi) -> str:
    extra = p.r.choice(["", f"- Bronch at bedside by Dr. {p.last()}, BAL sent\n- Family meeting w/ {p.rel()} "
                            f"{p.full()} {p.sdate()}\n- Dobhoff replaced, KUB confirmed\n"])
    return f"""MICU PROGRESS NOTE
Chief Complaint: septic shock
24 Hour Events:
- Swan-Ganz placed, CI 2.1, SVR 640
- Cordis in R IJ, Hickman removed {p.sdate()}
- Temp rose to 38.9 at 0200, pan cultured
{extra}Allergies: Penicillins (Hives)
Last dose of Antibiotics: Vancomycin - {p.sdate()} 08:00 PM
S: Intubated, sedated.
O: Tmax 38.9, HR 104, BP 98/54, RR 18, SpO2 97%
Labs: WBC 18.4, Hct 27.1, Plt 112, Cr 1.9, K 4.6, HCO3 19, Lactate 2.8
Glasgow 9T. Brown stool guaiac neg.
A/P: {p.age()} yo M with CAD s/p CABG {p.year()}, admitted from {p.org()} with urosepsis.
- cont Levophed, may need vasopressin
- Whipple was discussed {p.year()} but never done
MRN {p.mrn()}. Discussed with Dr. {p.full()}, pager {p.pager()}."""


def resident_admit(p: Phi) -> str:
    return f"""RESIDENT ADMISSION NOTE
Date of admission: {p.fdate()}
PCP: Dr. {p.full()}, {p.org()}, {p.town()}, {p.state()}
HPI: Pt is a {p.age()} year old woman from {p.town()} with hx of AFib on coumadin, CHF (EF 35%),
presenting with melena x 3 days. Seen at {p.org()} on {p.sdate()}, Hct 21, transfused 2 units.
Hx: MI {p.year()}, TKA {p.year()}, Whipple {p.year()} for IPMN.
Social: Lives with {p.rel()} {p.full()} at {p.addr()}, {p.town()} {p.zip()}.
Exam: Trendelenburg positioning for line, Glasgow 15. Old Hill-Sachs lesion on L shoulder film.
Plan: 2 large bore PIV, PPI gtt, GI consult. Hope to scope in am. Full code, confirmed with pt.
Contact: {p.phone()}"""


def attending_addendum(p: Phi) -> str:
    return f"""ICU Attending Addendum
I saw and examined the patient with Dr. {p.last()}, and agree with the findings and plan as
documented in the resident note. Pt remains on Levophed, Swan-Ganz numbers reviewed. Will grant a
trial of extubation tomorrow if RSBI < 80. Critical care time 45 min.
{p.full()}, MD {p.sdate()}"""


def discharge_summary(p: Phi) -> str:
    return f"""Name: {p.last()}, {p.first()}   Unit No: {p.mrn()}
Admission Date: {p.fdate()}   Discharge Date: {p.fdate()}
Date of Birth: {p.dob()}   Sex: F
Service: MEDICINE
Allergies: Sulfa (Sulfonamide Antibiotics)
Attending: {p.full()}, M.D.
Chief Complaint: dyspnea
Major Surgical or Invasive Procedure: Pleurx catheter placement, right
History of Present Illness:
{p.age()} yo woman with metastatic breast ca (dx {p.year()}), recurrent R effusion, transferred from
{p.org()} on {p.sdate()} with hypoxia. Seen by Dr. {p.last()} in clinic.
Past Medical History:
- HTN, DM2 (A1c 7.8)
- CVA {p.year()} with residual L weakness
- Hickman line {p.year()}, removed
Social History: Lives in {p.town()}, {p.state()} with her {p.rel()} {p.first()}. Former smoker.
Brief Hospital Course:
1. Effusion: Pleurx placed by IP. Drained 1.2 L. Bair Hugger for hypothermia post-op.
2. AKI: Cr peak 2.3, now 1.4. Lasix held.
3. Goals: Family meeting held {p.nth()}; code status changed to DNR/DNI.
Pertinent Results:
{p.sdate()} 05:40AM BLOOD WBC-11.2 RBC-3.41 Hgb-9.8 Hct-29.7 MCV-87 Plt Ct-214
{p.sdate()} 05:40AM BLOOD Glucose-142 UreaN-38 Creat-2.3 Na-134 K-5.1 Cl-99 HCO3-21 AnGap-14
{p.sdate()} 05:40AM BLOOD ALT-22 AST-31 AlkPhos-140 TotBili-0.6 Albumin-2.9
{p.sdate()} 04:10AM BLOOD Type-ART pO2-71 pCO2-44 pH-7.35 calTCO2-25 Base XS-0
{p.sdate()} 06:02AM BLOOD proBNP-8412 cTropnT-0.04
Pleural fluid: LDH 412, protein 4.1, cytology positive for adenocarcinoma.
CXR {p.sdate()}: Pleurx in R base, small residual effusion. No PTX.
CT chest {p.fdate()}: innumerable pulmonary nodules, R effusion, Foley balloon seen in bladder on
scout images. Compared to outside CT from {p.org()} dated {p.sdate()}.
ECHO: EF 55%, no pericardial effusion.
4. Pain: oxycodone, bowel regimen. Brown stool on {p.sdate()}, guaiac negative.
5. Skin: sacral stage 1, marked and photographed. Bair Hugger stopped {p.sdate()}.
6. Access: PIV x2; Hickman not replaced.
7. Code: DNR/DNI, confirmed with HCP {p.rel()} {p.full()} ({p.phone()}).
8. Dispo: accepted at facility, {p.rel()} {p.first()} will transport belongings.
Medications on Admission: Lasix 40 mg daily, metoprolol 25 mg BID
Discharge Medications: metoprolol 25 mg BID, oxycodone 5 mg q4h prn
Discharge Disposition: Extended Care
Facility: {p.org()} - {p.town()}
Discharge Diagnosis: malignant pleural effusion
Discharge Condition: stable, ambulatory with walker
Followup Instructions:
Provider: {p.full()}, MD Phone: {p.phone()} Date/Time: {p.fdate()} 10:30
Provider: INTERVENTIONAL PULMONARY Phone: {p.phone()} Date/Time: {p.sdate()} 2:00
{p.full()} MD {p.mrn()}
Completed by: {p.fdate()}"""


def cath_note(p: Phi) -> str:
    return f"""CARDIAC CATHETERIZATION LAB NOTE
Date: {p.fdate()}  Operator: Dr. {p.full()}  Fellow: Dr. {p.last()}
Indication: NSTEMI, troponin 4.2
Access: R femoral 6F Cordis. Heparin 5000 units.
Findings: LAD 90% mid, RCA 70%, LCx mild disease. Prior SVG from CABG {p.year()} occluded.
Intervention: DES x1 to LAD. Swan-Ganz: RA 12, PCWP 24, CI 1.9.
Plan: ASA/plavix, Mark groin site q15 min, bedrest 4 hrs, Trendelenburg prn."""


def echo_report(p: Phi) -> str:
    return f"""ECHOCARDIOGRAPHY REPORT
{p.last()}, {p.first()}   MRN: {p.mrn()}   Study Date of {p.fdate()}
Status: Inpatient  Date/Time: {p.sdate()} at 11:15  Test: TTE (Complete)
Doppler: Full Doppler and color Doppler  Contrast: None  Location: ICU bed 7
Indication: hypotension, eval LV function. Height 64 in, Weight 142 lb, BSA 1.69 m2, BP 96/60, HR 88
LEFT VENTRICLE: Mild symmetric LVH. EF 30-35%. Simpson biplane.
RIGHT VENTRICLE: dilated, TAPSE 1.4 cm.
Compared with the prior study of {p.sdate()}, the LVEF has decreased.
Interpretation assigned to {p.full()}, MD, electronically signed {p.fdate()} 14:22"""


def rad_wetread(p: Phi) -> str:
    return f"""WET READ: {p.first()} {p.sdate()} 3:14 AM
CXR portable: ETT 4 cm above carina, Dobhoff tip in stomach, R IJ Cordis at cavoatrial junction.
Worsening bibasilar opacities. No PTX. D/w Dr. {p.last()} by phone at 0320."""


def pharmacy_consult(p: Phi) -> str:
    return f"""PHARMACY CONSULT NOTE - vancomycin dosing
Pt {p.last()}, {p.age()} yo, wt 58 kg, CrCl ~25 mL/min. Trough 22.4 on {p.sdate()} (goal 15-20).
Recs: hold next dose, redose 750 mg when level < 20. Check level {p.nth()}.
Levophed 8 mcg/min, Protonix 40 mg IV daily. Will follow.
{p.full()}, PharmD, pager {p.pager()}, {p.email()}"""


def social_work(p: Phi) -> str:
    return f"""SOCIAL WORK NOTE
SW met with pt's {p.rel()} {p.full()} and {p.rel()} {p.full()} at bedside. Pt is a {p.age()} yo widow
from {p.town()}, {p.state()}; lives alone at {p.addr()}, {p.zip()}. Has a living will; HCP form on file.
Family hope for rehab at {p.org()}; referral sent {p.sdate()}. Hospital bill concerns: SW gave info on
the assistance grant from {p.org()}. Pt's SSN {p.ssn()} provided to MassHealth worker.
{p.rel().capitalize()} can be reached at {p.phone()}. SW will follow.
{p.full()}, LICSW, pager {p.pager()}"""


def case_mgmt(p: Phi) -> str:
    return f"""CASE MANAGEMENT
Screening for dc planning. Insurance: Medicare A/B, secondary card on file {p.card()}.
Anticipate dc to {p.org()} vs {p.org()} {p.nth()}. Bed offer pending. Pt's {p.rel()} {p.first()} aware.
Portal: {p.url()}  CM {p.full()} RN {p.phone()}"""


def rt_note(p: Phi) -> str:
    return f"""RESPIRATORY CARE
Pt remains on PSV 10/5, FiO2 35%. RSBI 68. Breath sounds coarse, suctioned mod thick brown secretions.
ABG 7.41/38/88. Ambu bag at bedside. Plan: SBT 0800 {p.sdate()}, may extubate. RT {p.first()}."""


def transfer_note(p: Phi) -> str:
    return f"""NURSING TRANSFER NOTE
Pt transferred from CCU to 7 North bed 22 at 1600 on {p.sdate()}.
Report given to RN {p.nurse()} on floor, ext {m('PHONE', 'x4415')}.
Lines: R IJ Cordis d/c'd, 2 PIV, Foley removed 0600, voiding qs.
Neuro intact, GCS 15. Ambulating with assist x1. Belongings sent with {p.rel()} {p.full()}.
Pt's computer login issue reported, workstation {p.ip()}."""


def family_call(p: Phi) -> str:
    if p.r.random() < 0.5:
        return f"""Family phone call: {p.rel()} {p.full()} called from {p.town()} at 2130, updated on plan.
Will call back at {p.phone()} in am if any change. RN {p.nurse()}."""
    return f"""Received call from pt's {p.rel()} {p.first()} ({p.phone()}) asking about the Hickman and whether
pt may go to {p.org()} this week. Explained team will decide on rounds. {p.rel().capitalize()} lives in
{p.town()}, {p.state()}, will drive in Sat. Call transferred to Dr. {p.last()} at 2245."""


def code_status(p: Phi) -> str:
    return f"""CODE STATUS DISCUSSION
Met with pt's {p.rel()} {p.full()} (HCP) and {p.rel()} {p.first()} with Dr. {p.last()}, RN {p.nurse()},
and chaplain present on {p.fdate()}. Discussed poor prognosis: {p.age()} y/o with multiorgan failure
despite Levophed, vasopressin, CVVH. Family expressed wish that pt not suffer; they hope to keep him
comfortable. Code status changed to DNR/DNI. Will continue current support, no escalation.
Family may bring in pastor from {p.org()}. Payment questions referred: bank ref {p.iban()}."""


STYLES = [nursing_arp, nursing_short, icu_progress, resident_admit, attending_addendum, discharge_summary,
          cath_note, echo_report, rad_wetread, pharmacy_consult, social_work, case_mgmt, rt_note,
          transfer_note, family_call, code_status]



def main() -> None:
    r = random.Random(SEED)
    p = Phi(r)
    n = 0
    for rep in range(4):
        for i, style in enumerate(STYLES):
            if n == 60:
                break
            n += 1
            marked = style(p)
            if (i + rep) % 2 == 0:
                marked = marked.upper()
            text, spans = strip(marked)
            print(json.dumps({"id": f"h9-{n:03d}", "style": style.__name__, "text": text, "spans": spans},
                             ensure_ascii=False))


if __name__ == "__main__":
    main()
