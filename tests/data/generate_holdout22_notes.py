"""Blind hold-out de-identification gold set 22: 70 notes in the manner of the public de-identification
corpora (PhysioNet deid nursing notes, i2b2 2006 / 2014, MIMIC-III notes and reports), by a writer who has
not read the redaction rules. Its emphasis: full-length documents as an EHR export gives them.

Styles (``style`` field):
- ``mimic_discharge`` (16): full MIMIC-III discharge summaries (3-9k characters): dates, service, attending,
  HPI with outside hospitals, PMH with years, social / family history, dated labs and imaging, hospital course
  by problem, medications, disposition with the facility, instructions, follow-up providers, phones and
  dates, "Completed by:".
- ``i2b2_longitudinal`` (6): several outpatient visits of one patient ("Record date:"), letters, cc lists.
- ``icu_nursing_long`` (6): long ICU shift notes by system, a night and the next day (upper, mixed, lower case).
- ``nursing_short`` (12): PhysioNet-style short nursing notes (upper, mixed and lower case).
- ``mimic_short`` (16): case management, social work, PT/OT, nutrition, consults, telephone encounters,
  addenda.
- ``report`` (14): radiology reads with read-backs, echo and ECG reports.

Gold decisions:
- NAME: every person (patients, family, staff, doctors by surname alone, sign-off initials "JT", "K.M.",
  nicknames, misspelled names); titles, credentials and relation words stay outside the span. Hope, Will,
  Grace, June, May and Rose are names in the pool and words elsewhere.
- DATE: any calendar date or part of one ("3/14", "the 14th", "2011-03-14", "March 14th", "14-Mar-2011",
  "in February") and holidays; weekdays, "last Tuesday", clock times and durations are not gold. YEAR: a year
  on its own. AGE: only over 89, the number only.
- ORGANIZATION: hospitals in every spelling, nursing homes, rehab facilities, agencies, employers, schools,
  clinics named for places or people; the article of a nickname stays outside ("the Pines"). "the VA in
  Bedford": VA is ORGANIZATION and Bedford LOCATION. Units, services, payers and "OSH" are not gold.
- LOCATION / STATE / ZIP / ADDRESS (the street line, apartment included); PHONE (all 555-01xx); ID.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

from marks import m, strip

R = random.Random(2222)
OUT = Path(__file__).with_name("holdout22_notes_gold.jsonl")


def N(x):
    return m("NAME", x)


def D(x):
    return m("DATE", x)


def O(x):
    if x.lower().startswith("the "):
        return x[:4] + m("ORGANIZATION", x[4:])
    return m("ORGANIZATION", x)


def L(x):
    if x.startswith("the "):  # "the Azores": the article stays outside, as for a nickname
        return x[:4] + m("LOCATION", x[4:])
    return m("LOCATION", x)


def S(x):
    return m("STATE", x)


def P(x):
    return m("PHONE", x)


def I(x):
    return m("ID", x)


def Y(x):
    return m("YEAR", x)


def A(x):
    return m("AGE", x)


def ADR(x):
    return m("ADDRESS", x)


def Z(x):
    return m("ZIP", x)


pick = R.choice

FIRST_F = ["Margaret", "Dolores", "Ann", "Theresa", "Lucille", "Grace", "June", "May", "Hope", "Rose", "Carmen",
           "Yolanda", "Bernadette", "Irene", "Kathleen", "Noreen", "Shirley", "Deborah", "Mei", "Fatima", "Rosario",
           "Annette", "Colleen", "Priya", "Lorraine", "Jeannine", "Marisol", "Agnes"]
FIRST_M = ["Walter", "Francis", "Dominic", "Raymond", "Will", "Eugene", "Arthur", "Stanley", "Luis", "Thanh",
           "Kevin", "Gerald", "Harold", "Anthony", "Desmond", "Ignatius", "Roland", "Curtis", "Mohammed", "Leonard",
           "Normand", "Paul", "Bernard", "Vincent"]
NICK = {"Robert": "Bobby", "William": "Billy", "Elizabeth": "Betsy", "Patricia": "Patty", "Joseph": "Joey",
        "Margaret": "Peggy", "Francis": "Frankie", "Dominic": "Dom", "Theresa": "Terry", "Anthony": "Tony"}
LAST = ["Kowalczyk", "Brannigan", "Ferreira", "Okonkwo", "Lindqvist", "Deschamps", "Mulcahy", "Tran", "Abernathy",
        "Pellegrino", "Szymanski", "O'Rourke", "Castellano", "Haddad", "Nguyen", "Fitzgerald", "Marchetti",
        "Quintero", "Sorensen", "Delacroix", "Baptiste", "McGonagle", "Ostrowski", "Vasquez-Rivera", "Thibodeau",
        "Rademacher", "Kaczmarek", "Boudreau", "Whitcomb", "Ashworth", "Iannucci", "Petrakis", "Goldfarb",
        "Amaral", "Strzelecki", "Lundgren", "Dunleavy", "Mahoney", "Chaudhry", "Feeney", "Wojcik", "Ruggiero",
        "Levesque", "Hollister", "Pimentel", "Carrigan", "Yablonski", "Tavares", "Gendreau", "Oyelaran"]
DOCS_F = ["Ellen", "Rachel", "Sunita", "Miriam", "Laura", "Hannah", "Ingrid", "Celeste", "Monica", "Deepa"]
DOCS_M = ["Jonathan", "Samuel", "Rajiv", "Peter", "Marcus", "Daniel", "Tobias", "Andre", "Henry", "Gustavo"]
DOC_LAST = ["Albrecht", "Venkataraman", "Morrissey", "Halvorsen", "Cheung", "Bergstrom", "Esposito", "Kapoor",
            "Whitford", "Ramaswamy", "Lachance", "Oduya", "Feldstein", "Carrolton", "Nakashima", "Bruckner",
            "Stavros", "Delgado", "Pruitt", "Ivanova", "Sandoval", "Tierney", "Goldman-Reyes", "Ueda"]
NURSE_F = ["Kim", "Deb", "Sue", "Jen", "Maureen", "Tina", "Colleen", "Beth", "Lisa", "Joanne"]

# hospitals: (full name, short name, acronym)
HOSP = [("Saint Brendan's Medical Center", "St. Brendan's", "SBMC"),
        ("Merrimack Valley General Hospital", "Merrimack General", "MVGH"),
        ("Harwell Memorial Hospital", "Harwell Memorial", "HMH"),
        ("Quinsigamond Regional Medical Center", "Quinsigamond Regional", "QRMC"),
        ("Lakeshore Community Hospital", "Lakeshore Community", "LCH"),
        ("Pemberton University Hospital", "Pemberton", "PUH"),
        ("Mount Carmel Deaconess Hospital", "Carmel Deaconess", "MCDH"),
        ("North Essex Medical Center", "North Essex", "NEMC")]
NURSING = ["Briarwood Manor Nursing and Rehabilitation Center", "Maple Crest Skilled Nursing Facility",
           "Sisters of Providence Health Care Center", "Hollis Hill Nursing Home", "Alder Court Healthcare",
           "Evergreen Terrace Nursing Center", "Bayview Gardens Rehabilitation and Nursing"]
NICKNAMED = [("Whispering Pines Nursing Home", "the Pines"), ("Cedar Knoll Rehabilitation Hospital", "the Knoll"),
             ("Fairhaven Manor", "the Manor"), ("Oakridge Rehabilitation Hospital", "Oakridge Rehab")]
REHAB = ["Coldbrook Rehabilitation Hospital", "Tremont Acute Rehab", "Spaulding-Hale Rehabilitation Center",
         "Greylock Transitional Care Unit at Harwell", "Riverbend Rehabilitation Hospital"]
AGENCY = ["Northshore Visiting Nurse Association", "Merrimack Home Health", "Elder Services of the North Shore",
          "Caritas Hospice Partners", "Bayside Home Care", "Meridian Hospice"]
EMPLOYER = ["Kessler Tool & Die", "Dunmore Trucking", "Atlantic Paper Company", "the Boston Water Authority",
            "Hannaford's", "Carlisle Textiles", "Stoneham Public Schools", "Pettingill Construction",
            "General Dynamics", "Lowell Sun", "Bay State Gas"]
CLINICS = ["Chelmsford Family Practice", "Lawrence Street Health Center", "Kaplan Cardiology Associates",
           "Northgate Internal Medicine", "Tewksbury Pulmonary Associates", "Dracut Family Health",
           "Haverhill Kidney Center", "Brookfield Dialysis Unit"]
TOWNS = [("Revere", "MA"), ("Malden", "MA"), ("Lowell", "MA"), ("Chelsea", "MA"), ("Quincy", "MA"),
         ("Brockton", "MA"), ("Nashua", "NH"), ("Dracut", "MA"), ("Haverhill", "MA"), ("Framingham", "MA"),
         ("Woburn", "MA"), ("Peabody", "MA"), ("Salem", "NH"), ("Methuen", "MA"), ("Pawtucket", "RI"),
         ("Biddeford", "ME"), ("Somerville", "MA"), ("Everett", "MA"), ("Derry", "NH"), ("Saugus", "MA")]
STATE_FULL = {"MA": "Massachusetts", "NH": "New Hampshire", "RI": "Rhode Island", "ME": "Maine"}
ZIPS = {"MA": ["01851", "02151", "02148", "01826", "02169", "02301", "01830"], "NH": ["03060", "03079", "03038"],
        "RI": ["02860"], "ME": ["04005"]}
FARAWAY = ["Sarasota", "Port St. Lucie", "Myrtle Beach", "San Juan", "the Azores", "Portugal", "Haiti",
           "the Dominican Republic", "Vietnam", "Ireland", "Cape Verde"]
FAR_STATE = ["Florida", "South Carolina", "Arizona", "Ohio", "Connecticut"]
STREETS = ["Alder Rd", "Pleasant St", "Chestnut Street", "Lowell Ave", "Ferry Rd", "Bradford Ave", "Water St",
           "Hillcrest Drive", "Lakeview Terrace", "Summer St", "Pine Ridge Ln", "Broadway"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = [mo[:3] for mo in MONTHS]


def first():
    return pick(FIRST_F + FIRST_M)


def fem():
    return pick(FIRST_F)


def masc():
    return pick(FIRST_M)


def last():
    return pick(LAST)


def doc_first():
    return pick(DOCS_F + DOCS_M)


def doc_last():
    return pick(DOC_LAST)


def phone(area=None):
    n = f"555-01{R.randint(0, 99):02d}"
    a = area if area is not None else R.random() < 0.6
    if not a:
        return n
    ac = pick(["617", "978", "781", "603", "508"])
    return pick([f"({ac}) {n}", f"{ac}-{n}", f"{ac}-{n}"])


def mrn():
    return str(R.randint(1000000, 9999999))


def town():
    return pick(TOWNS)


def date_in(year0=2008, year1=2014):
    return dt.date(R.randint(year0, year1), R.randint(1, 12), R.randint(1, 28))


def th(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fd(d, kind=None):
    kind = kind or pick(["md", "mdy", "mdy", "iso", "mon_d", "mon_dth", "dmy", "mdyy", "mdy0"])
    if kind == "md":
        return f"{d.month}/{d.day}"
    if kind == "mdy":
        return f"{d.month}/{d.day}/{d.year}"
    if kind == "mdy0":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if kind == "mdyy":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if kind == "iso":
        return d.isoformat()
    if kind == "mon_d":
        return f"{MONTHS[d.month - 1]} {d.day}"
    if kind == "mon_dth":
        return f"{MONTHS[d.month - 1]} {th(d.day)}"
    if kind == "mon_dy":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if kind == "dmy":
        return f"{d.day:02d}-{MON3[d.month - 1]}-{d.year}"
    raise ValueError(kind)


def Dd(d, kind=None):
    return D(fd(d, kind))


def plus(d, days):
    return d + dt.timedelta(days=days)


def age_phrase(old=None):
    """An age: over 89 is gold (the number only), younger is not."""
    if old is None:
        old = R.random() < 0.3
    if old:
        a = R.randint(90, 101)
        return pick([f"{A(a)} y/o", f"{A(a)} year old", f"{A(a)}-year-old", f"{A(a)}yo", f"{A(a)} yo"])
    a = R.randint(52, 88)
    return pick([f"{a} y/o", f"{a} year old", f"{a}-year-old", f"{a}yo", f"{a} yo"])


class Person:
    def __init__(self, female=None, doc=False):
        self.female = R.random() < 0.5 if female is None else female
        if doc:
            self.first = pick(DOCS_F if self.female else DOCS_M)
            self.last = doc_last()
        else:
            self.first = pick(FIRST_F if self.female else FIRST_M)
            self.last = last()
        self.mi = pick("ABCDEFGHJKLMNPRSTW")

    def full(self):
        return N(f"{self.first} {self.last}")

    def sur(self):
        return N(self.last)

    def dr(self):
        return "Dr. " + N(self.last)

    def drfull(self):
        return "Dr. " + N(f"{self.first} {self.last}")

    def md(self):
        return N(f"{self.first} {self.last}") + pick([", MD", ", M.D.", " MD"])

    def inv(self):
        return N(f"{self.last.upper()}, {self.first.upper()} {self.mi}")

    def initials(self):
        return N(pick([f"{self.first[0]}{self.last[0]}", f"{self.first[0]}.{self.last[0]}."]))


def hosp():
    return pick(HOSP)


def hosp_any(h=None):
    h = h or hosp()
    return O(pick(h))


# ----------------------------------------------------------------------------------------------------------
# full-length MIMIC-III discharge summaries

CASES = [
    dict(service="MEDICINE", cc="Shortness of breath, leg swelling",
         proc="Right heart catheterization\nThoracentesis (right)",
         hpi="{age} {sex} with systolic CHF (EF 25%), CAD s/p CABG, AF on Coumadin and CKD stage III who presents with "
             "two weeks of worsening dyspnea on exertion, 3-pillow orthopnea and a 9 lb weight gain. She was seen by "
             "her cardiologist {card_dr} at {clinic} on {d_pre} and her torsemide was increased without relief. On "
             "the morning of admission her daughter {kin} found her sitting upright in a chair, unable to finish a "
             "sentence, and called EMS. She was taken to {osh} where BNP was 4,210, CXR showed bilateral effusions "
             "and she was given furosemide 80 mg IV and started on BiPAP, then transferred to {hosp_short} for "
             "further management. In the ED here VS 97.8 104 118/76 28 92% on 4L. A Foley was placed for strict I/O.",
         course=[
             "# Acute on chronic systolic CHF: Diuresed with lasix gtt, net negative 7 liters over the stay. Right "
             "heart cath on {d2} showed RA 18, PCWP 28, CI 1.9. Seen by the heart failure service ({hf_dr}); started "
             "on low dose milrinone briefly, weaned off {d3}. Right thoracentesis {d3} removed 1.2 L transudative "
             "fluid. Discharge weight 71.4 kg. Will continue torsemide 60 mg daily.",
             "# Atrial fibrillation: rate controlled on metoprolol. INR supratherapeutic on admission (3.8) in setting "
             "of hepatic congestion; Coumadin held x2 days and resumed at 2.5 mg. INR on discharge 2.3. Her INR will "
             "be followed by the {coum} anticoagulation clinic, phone {coum_ph}.",
             "# Acute on chronic kidney injury: Cr peaked at 2.4 from baseline 1.6, improved to 1.7 with diuresis "
             "(cardiorenal). Renal was not formally consulted. ACE inhibitor held, may restart as an outpatient.",
             "# Hyponatremia: Na 128 on admission, hypervolemic, improved to 133 with fluid restriction.",
             "# Code: DNR/DNI, confirmed with patient and her HCP {kin}."],
         dx="Acute on chronic systolic congestive heart failure\nAtrial fibrillation\nAcute on chronic kidney injury"),
    dict(service="SURGERY", cc="Painless jaundice",
         proc="Pylorus-preserving pancreaticoduodenectomy (Whipple procedure) {d1}\nERCP with stent {d_pre}",
         hpi="{age} {sex} with a history of HTN and DM2 who noted dark urine and pruritus in {mon_pre}. Seen by her "
             "PCP {pcp_dr} who obtained LFTs (Tbili 9.2) and a CT at {osh} that showed a 2.8 cm mass in the head of "
             "the pancreas with biliary dilation. ERCP at {osh_short} on {d_pre} with placement of a plastic stent, "
             "brushings suspicious for adenocarcinoma. She was referred to {surg_dr} and admitted electively for a "
             "Whipple procedure. Courvoisier sign was noted on exam in clinic.",
         course=[
             "Pt was taken to the OR on {d1} for pylorus-preserving Whipple, which she tolerated well (see operative "
             "note by {surg_dr}). EBL 450 cc. She was transferred to the SICU intubated, extubated POD 1.",
             "Neuro: pain controlled with epidural, managed by the Acute Pain Service, removed POD 4; then PO "
             "oxycodone.\nCV: brief run of SVT on POD 2, resolved with lopressor IV.\nResp: IS encouraged, ambulating.",
             "GI: NGT removed POD 3, diet advanced slowly; delayed gastric emptying POD 5-7, treated with reglan and "
             "erythromycin. Tolerating a regular diet on {d3}. JP drain amylase checked POD 5, low, drain removed "
             "{d3}.\nGU: Foley removed POD 3, voiding.\nEndo: insulin sliding scale, then back on metformin.",
             "Pathology: adenocarcinoma, 2.6 cm, 1/14 nodes, margins negative. Results discussed with the patient and "
             "her son {kin} by {surg_dr} on {d3}. She will see {onc_dr} in oncology for adjuvant therapy.",
             "PT evaluated and felt she was safe for home with services."],
         dx="Pancreatic adenocarcinoma s/p Whipple\nDelayed gastric emptying\nType 2 diabetes"),
    dict(service="MEDICINE", cc="Fever, confusion",
         proc="PICC line placement\nLumbar puncture",
         hpi="{age} {sex} nursing home resident with advanced dementia (Alzheimer's type), Parkinson's disease and a "
             "chronic suprapubic catheter who was sent in from {nh} for fever to 102.4 and decreased responsiveness. "
             "Per the nursing home her baseline is oriented to self, feeds herself with setup. Her niece {kin} "
             "(HCP) reports she was at her baseline at {thanks} dinner on {hol}. At {osh} she received "
             "ceftriaxone and 2 L NS and was transferred to {hosp_short} MICU for hypotension (SBP 70s).",
         course=[
             "# Septic shock, urinary source: briefly required levophed in the MICU (off after 18 hrs). Urine cx grew "
             ">100k Pseudomonas and E. coli; blood cx {d1} 1/4 bottles GNR. Treated with cefepime, narrowed per "
             "sensitivities; suprapubic catheter exchanged by urology on {d2}. PICC placed {d3} for a 14 day course "
             "through {d_end}.",
             "# Toxic metabolic encephalopathy: LP negative. Mental status improved to baseline by hospital day 4. "
             "Haldol 0.5 mg prn was used once. Glasgow coma scale 14 on transfer to the floor.",
             "# Parkinson disease: Sinemet continued; hold when NPO was avoided. Seen by neurology ({neuro_dr}).",
             "# Goals of care: family meeting {d2} with niece {kin}, the MICU team and palliative care. Patient "
             "remains DNR/DNI, OK to return to hospital, no ICU transfer in future.",
             "# Sacral pressure ulcer stage II: wound care per nursing, Braden score 12."],
         dx="Septic shock\nComplicated urinary tract infection\nToxic metabolic encephalopathy\nDementia"),
    dict(service="ORTHOPAEDICS", cc="Left hip pain after fall",
         proc="Left hip hemiarthroplasty {d1}",
         hpi="{age} {sex} who lives alone in an apartment in {town} and fell at home while reaching for the "
             "telephone. She was found on the floor by her neighbor {kin} after an unknown down time and brought to "
             "{osh}; x-ray showed a displaced left femoral neck fracture and she was transferred for surgery. "
             "Denies LOC, chest pain or palpitations before the fall. Last fall was in {mon_pre}.",
         course=[
             "Pt was admitted to the orthopaedic service under {surg_dr} and taken to the OR on {d1} for a left hip "
             "hemiarthroplasty. Medicine (hip fracture co-management, {hf_dr}) followed for perioperative care.",
             "Post-op course complicated by delirium on POD 1-2, managed with reorientation, sleep hygiene, avoidance "
             "of benzodiazepines; low dose seroquel qhs. Also acute blood loss anemia, Hct nadir 24.1 on {d2}, "
             "transfused 1 unit PRBC with appropriate response.",
             "Foley removed POD 2; she voided without difficulty. Bowel regimen. Lovenox for DVT prophylaxis x 4 "
             "weeks. PT worked with her daily; Berg balance low, requires rolling walker, WBAT LLE with posterior "
             "hip precautions. Screened for rehab and accepted on {d3}."],
         dx="Left femoral neck fracture\nPost-operative delirium\nAcute blood loss anemia\nOsteoporosis"),
    dict(service="NEUROLOGY", cc="Right sided weakness, word finding difficulty",
         proc="None",
         hpi="{age} {sex} right handed, with HTN, HLD and paroxysmal AF not on anticoagulation who was last seen well "
             "at 7:15 am on the day of admission by his wife {kin}, when he had breakfast. At 8 am she found him "
             "unable to get words out and dragging his right leg. EMS brought him to {osh}, where NIHSS was 9 and "
             "tPA was given at 9:40 am after CT head was negative; he was then transferred to {hosp_short} for "
             "possible intervention. CTA showed a distal left M2 occlusion not amenable to thrombectomy per "
             "{neuro_dr}.",
         course=[
             "# L MCA stroke: MRI {d1} showed an acute infarct in the left frontal operculum and insula. Post-tPA "
             "care in the neuro ICU x24h, then to the floor. Speech improved (NIHSS 3 on discharge). Babinski upgoing "
             "on the right on admission, downgoing by {d2}. TTE with bubble negative for PFO, EF 60%.",
             "# Paroxysmal AF: the likely source. Apixaban started on {d3} after repeat head CT without "
             "hemorrhagic conversion. Aspirin stopped.",
             "# HTN: permissive hypertension for 24h then home lisinopril restarted.",
             "# Dysphagia: passed bedside swallow after speech eval; regular diet with thin liquids.",
             "Seen by PT/OT and speech therapy who recommended acute rehab."],
         dx="Acute ischemic stroke, left MCA territory\nParoxysmal atrial fibrillation\nHypertension"),
    dict(service="MEDICINE", cc="Coffee ground emesis, melena",
         proc="EGD {d1} with epinephrine injection and clips\nEGD {d2} (second look)",
         hpi="{age} {sex} with a history of EtOH cirrhosis (sober since {yr}), esophageal varices and osteoarthritis "
             "on daily ibuprofen who presented with melena x3 days and one episode of coffee ground emesis this "
             "morning. He reports lightheadedness when standing. In the ED Hct 21 (baseline 36), BUN 58. Received "
             "2 units PRBC, IV pantoprazole and octreotide. Glasgow-Blatchford score 14. GI ({gi_dr}) was called.",
         course=[
             "# Upper GI bleed: EGD on {d1} showed a 1.5 cm duodenal ulcer with a visible vessel, treated with "
             "epinephrine and two clips; small varices without stigmata. Octreotide stopped. Second look EGD {d2} "
             "clean base. Total 4 units PRBC; Hct stable at 29-31 for 48 hours prior to discharge. H. pylori "
             "serology positive; started on quadruple therapy. NSAIDs to be avoided.",
             "# Cirrhosis: MELD 14. No ascites on exam, no encephalopathy. Ceftriaxone x5 days for SBP prophylaxis "
             "in setting of GI bleed. He will follow up with hepatology ({hep_dr}).",
             "# EtOH: no signs of withdrawal on CIWA. Social work saw him ({sw}) and confirmed he attends AA "
             "meetings at {stmark} in {town}."],
         dx="Duodenal ulcer with hemorrhage\nAcute blood loss anemia\nAlcoholic cirrhosis"),
]

LAB_LINES = [
    "{d} 05:40AM BLOOD WBC-{a} RBC-3.41* Hgb-10.2* Hct-31.0* MCV-91 MCH-29.9 MCHC-32.9 RDW-15.1 Plt Ct-{p}",
    "{d} 05:40AM BLOOD Glucose-112* UreaN-{b} Creat-1.{c}* Na-136 K-4.2 Cl-99 HCO3-27 AnGap-14",
    "{d} 06:15AM BLOOD PT-18.2* PTT-34.1 INR(PT)-1.{c}*",
    "{d} 04:52PM BLOOD ALT-22 AST-31 AlkPhos-88 TotBili-0.{c}",
    "{d} 04:52PM BLOOD cTropnT-0.0{c}* CK-MB-4 proBNP-{p}0*",
    "{d} 07:30AM BLOOD Calcium-8.6 Phos-3.1 Mg-1.{c}",
    "{d} 10:03PM URINE Color-Yellow Appear-Cloudy Sp Gr-1.015 Blood-MOD Nitrite-POS Leuks-LG",
]

MEDS = ["Aspirin 81 mg PO DAILY", "Atorvastatin 40 mg PO QHS", "Metoprolol Succinate XL 50 mg PO DAILY",
        "Torsemide 60 mg PO DAILY", "Warfarin 2.5 mg PO DAILY16", "Pantoprazole 40 mg PO Q12H",
        "Docusate Sodium 100 mg PO BID", "Senna 8.6 mg PO BID:PRN constipation", "Lisinopril 10 mg PO DAILY",
        "Carbidopa-Levodopa (25-100) 1 TAB PO TID", "Acetaminophen 650 mg PO Q6H:PRN pain",
        "Enoxaparin 40 mg SC DAILY Duration: 4 Weeks", "Metformin 500 mg PO BID", "Oxycodone 5 mg PO Q4H:PRN",
        "Quetiapine 12.5 mg PO QHS", "Apixaban 5 mg PO BID", "Cefepime 2 g IV Q12H Duration: 14 Days",
        "Lactulose 30 mL PO TID"]


def discharge_summary(i):
    case = CASES[i % len(CASES)]
    female = (i % len(CASES)) < 4
    kin_female = {0: True, 1: False, 2: True, 3: None, 4: True, 5: None}[i % len(CASES)]
    pt = Person(female)
    adm = date_in(2007, 2015)
    dis = plus(adm, R.randint(5, 16))
    fmt = pick(["mdy", "iso", "mdy0"])
    h, osh = pick(HOSP), pick(HOSP)
    while osh == h:
        osh = pick(HOSP)
    att, pcp, card, surg, onc, hf, neuro, gi, hep = (Person(doc=True) for _ in range(9))
    kin = Person(kin_female)
    kin.last = pt.last if R.random() < 0.6 else kin.last
    t, st = town()
    facility = pick(NURSING + REHAB + [n[0] for n in NICKNAMED])
    old = R.random() < 0.35
    years = R.randint(90, 99) if old else R.randint(45, 85)
    age = pick([f"{A(years) if old else years} y/o", f"{A(years) if old else years} year old",
                f"{A(years) if old else years}-year-old", f"{A(years) if old else years}yo"])
    ctx = dict(
        age=age, sex="woman" if female else "man",
        card_dr=card.dr(), clinic=O(pick(CLINICS)), d_pre=Dd(plus(adm, -R.randint(8, 30))),
        kin=N(kin.first) if R.random() < 0.5 else kin.full(),
        osh=O(osh[0]), osh_short=O(osh[1]), hosp_short=O(pick([h[1], h[2]])),
        d1=Dd(plus(adm, 1), pick(["md", "mdy"])), d2=Dd(plus(adm, 3), "md"), d3=Dd(plus(adm, 5), pick(["md", "mon_d"])),
        d_end=Dd(plus(dis, 9), pick(["md", "mon_dth"])),
        hf_dr=hf.dr(), coum=O(h[1]), coum_ph=P(phone()), pcp_dr=pcp.dr(), surg_dr=surg.dr(),
        onc_dr=onc.dr(), mon_pre=D(MONTHS[(adm.month - 2) % 12]), nh=O(pick(NURSING)),
        hol=Dd(dt.date(adm.year - 1, 11, 24), "md"), neuro_dr=neuro.dr(), town=L(t), gi_dr=gi.dr(),
        hep_dr=hep.dr(), stmark=O("St. Mark's church"), thanks=D("Thanksgiving"), yr=Y(adm.year - R.randint(2, 9)), sw=N(pick(NURSE_F) + " " + last()),
    )
    out = []
    out.append(f"Admission Date:  {Dd(adm, fmt)}              Discharge Date:   {Dd(dis, fmt)}\n")
    dob = dt.date(adm.year - years - 1, R.randint(adm.month, 12) if adm.month < 12 else 12, R.randint(1, 28))
    out.append(f"Date of Birth:  {Dd(dob, fmt)}             Sex:   {'F' if female else 'M'}\n")
    out.append(f"Service: {case['service']}\n")
    if R.random() < 0.5:
        out.append(f"Name:  {pt.inv()}                 Unit No:   {I(mrn())}\n")
    out.append("Allergies:\n" + pick(["Patient recorded as having No Known Allergies to Drugs",
                                      "Penicillins / Sulfa (Sulfonamide Antibiotics)", "Codeine / Iodine"]) + "\n")
    out.append(f"Attending:{N(att.first + ' ' + att.last)}, MD.\n" if R.random() < 0.5 else
               f"Attending:{N(att.last.upper() + ', ' + att.first.upper())}\n")
    out.append(f"Chief Complaint:\n{case['cc']}\n")
    out.append("Major Surgical or Invasive Procedure:\n" + case["proc"].format(**ctx) + "\n")
    out.append("History of Present Illness:\n" + case["hpi"].format(**ctx) + "\n")
    cabg = Y(adm.year - R.randint(3, 15))
    out.append("Past Medical History:\n"
               f"- CAD s/p CABG in {cabg} at {O(pick(HOSP)[pick([0, 2])])} ({doc_last_dr()})\n"
               "- Hypertension\n- Hyperlipidemia\n"
               f"- Osteoarthritis, s/p R TKR {Y(adm.year - R.randint(2, 12))}\n"
               "- Depression\n- Cataracts s/p bilateral extraction\n")
    if R.random() < 0.6:
        out.append(f"- {'Breast' if female else 'Prostate'} cancer {Y(adm.year - R.randint(10, 25))}, s/p {'lumpectomy/' if female else ''}XRT at "
                   f"{O(pick(HOSP)[1])}, followed by {Person(doc=True).dr()}\n")
    job = O(pick(EMPLOYER))
    soc = pick([
        f"Lives with {'her husband' if female else 'his wife'} {N(kin.first) if case['service'] == 'NEUROLOGY' else Person(not female).full()} "
        f"in a 2 family house in {L(t)}, {S(pick([st, STATE_FULL[st]]))}. Retired from {job} in {Y(adm.year - R.randint(3, 20))}. ",
        f"Widowed, lives alone in senior housing at {ADR(str(R.randint(2, 400)) + ' ' + pick(STREETS))} in "
        f"{L(t)}. Worked for many years at {job}. Daughter {N(fem())} lives upstairs and checks on "
        f"{'her' if female else 'him'} daily. ",
        f"Originally from {L(pick(FARAWAY))}, moved to {L(t)} in {Y(adm.year - R.randint(15, 40))}. Was a "
        f"custodian at {job}. Lives with son {N(masc())} and his family. ",
    ])
    out.append("Social History:\n" + soc + pick([
        "Quit smoking 20 years ago (40 pack-years). Drinks 1-2 glasses of wine on weekends. No illicit drugs.",
        "Never smoker. No EtOH. Walks with a cane. Spends winters with family in " + L(pick(FARAWAY[:4])) + ".",
        "Former smoker, 1 ppd x 30 yrs, quit in " + Y(adm.year - R.randint(2, 10)) + ". Denies drug use."]) + "\n")
    out.append("Family History:\nMother with MI in her 60s, father died of colon cancer. Brother with DM2. "
               "Sister with Parkinson's disease.\n")
    out.append("Physical Exam:\nAdmission exam:\nVS: T 99.1 HR 96 BP 132/68 RR 22 O2 sat 94% 2L NC\n"
               "GEN: elderly, NAD, speaking in full sentences\nHEENT: MMM, sclera anicteric, OP clear\n"
               "NECK: JVP to angle of jaw\nCV: irreg irreg, II/VI SEM at RUSB, no rubs\n"
               "LUNGS: crackles at bases bilaterally, decreased BS at R base\nABD: soft, NT/ND, +BS, no HSM\n"
               "EXT: 2+ pitting edema to knees bilaterally, 1+ DP pulses\n"
               "NEURO: A&Ox3, CN II-XII intact, strength 5/5 throughout, no asterixis\n"
               "Discharge exam: afebrile, lungs with bibasilar crackles, trace edema, ambulating with walker.\n")
    res = ["Pertinent Results:"]
    for k, dd in enumerate([adm, adm, plus(adm, 2), plus(dis, -1)]):
        res.append(pick(LAB_LINES).format(d=Dd(dd, pick(["iso", "mdy0"])) if k % 2 == 0 else Dd(dd, "iso"),
                                          a=R.randint(4, 18), p=R.randint(110, 420), b=R.randint(12, 60),
                                          c=R.randint(1, 9)))
    res.append(f"\nCXR ({Dd(adm, 'md')}): Moderate bilateral pleural effusions, R>L, with pulmonary vascular "
               "congestion. Kerley B lines. No focal consolidation.")
    res.append(f"ECHO {Dd(plus(adm, 1), 'mdy')}: The left atrium is moderately dilated. LVEF 25-30% by Simpson's "
               "biplane. Moderate (2+) mitral regurgitation. Compared with the prior study (images reviewed) of "
               f"{Dd(plus(adm, -R.randint(200, 700)), 'mdy')}, LV function is slightly worse.")
    res.append(f"CT HEAD W/O CONTRAST {Dd(adm, 'mdy')} 11:42 PM: No acute intracranial hemorrhage. Chronic small "
               "vessel ischemic changes.")
    out.append("\n".join(res) + "\n")
    course = [c.format(**ctx) for c in case["course"]]
    out.append("Brief Hospital Course:\n" + f"{'Pt is a ' + age if R.random() < 0.4 else 'Pt is a'} "
               f"{ctx['sex']} admitted with {case['cc'].lower()}; see HPI for details.\n" + "\n".join(course) + "\n")
    meds = R.sample(MEDS, R.randint(8, 13))
    out.append("Medications on Admission:\n" + "\n".join(f"{k + 1}. {x}" for k, x in enumerate(meds[:6])) + "\n")
    out.append("Discharge Medications:\n" + "\n".join(f"{k + 1}. {x}" for k, x in enumerate(meds)) + "\n")
    dispo = pick(["Extended Care", "Home With Service", "Extended Care"])
    if dispo == "Extended Care":
        out.append(f"Discharge Disposition:\nExtended Care\n\nFacility:\n{O(facility)} - {L(pick(TOWNS)[0])}\n")
    else:
        out.append(f"Discharge Disposition:\nHome With Service\n\nFacility:\n{O(pick(AGENCY))}\n")
    out.append("Discharge Diagnosis:\nPrimary:\n" + case["dx"] + "\nSecondary:\nHTN, HLD, CKD\n")
    out.append("Discharge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and "
               "interactive.\nActivity Status: Ambulatory - requires assistance or aid (walker or cane).\n")
    out.append("Discharge Instructions:\n"
               f"Dear {pick(['Mr.', 'Ms.', 'Mrs.']) if R.random() < 0.2 else ('Ms.' if female else 'Mr.')} {pt.sur()},\n"
               f"It was a pleasure taking care of you at {O(h[1])}. You were admitted with "
               f"{case['cc'].lower()}. Please weigh yourself every morning, call your doctor if weight goes up "
               "more than 3 lbs. We made the following changes to your medications: STOP ibuprofen, START "
               "torsemide. Please call your doctor or go to the ER if you have chest pain, trouble breathing, "
               "fevers, or anything else that concerns you. We hope you feel better and will be back to your "
               "usual activities soon.\n")
    f1, f2 = plus(dis, R.randint(5, 14)), plus(dis, R.randint(15, 40))
    fu = ["Followup Instructions:"]
    fu.append(f"Provider: {att.md() if R.random() < 0.3 else pcp.md()} Phone:{P(phone(True))} "
              f"Date/Time:{Dd(f1, 'iso')} 10:30")
    fu.append(f"Provider: {N(card.first + ' ' + card.last)}, MD Phone:{P(phone(True))} Date/Time:{Dd(f2, 'iso')} 2:40")
    fu.append(f"Please follow up with your PCP {pcp.drfull()} at {O(pick(CLINICS[:6]))}, "
              f"{ADR(str(R.randint(10, 900)) + ' ' + pick(STREETS))}, {L(t)}, {S(st)} {Z(pick(ZIPS[st]))}, "
              f"{P(phone(True))} within 1-2 weeks; the office will call you with the appointment.")
    fu.append(f"{pick(['Department', 'Dept'])}: RADIOLOGY When: {pick(['MONDAY', 'TUESDAY', 'FRIDAY'])} "
              f"{D(f'{MONTHS[f1.month - 1].upper()} {f1.day}, {f1.year}')} at 9:15 AM "
              f"With: CT SCAN {P(phone(True))} Building: CC {O(h[2])} Campus: WEST")
    out.append("\n".join(fu) + "\n")
    comp = Person(doc=True)
    cid = str(R.randint(10000, 99999))
    out.append(f"\n{'                             ' if R.random() < 0.5 else ''}{comp.full()} MD {I(cid)}\n\n"
               f"Completed by:{comp.full()} MD {I(cid)} {Dd(plus(dis, R.randint(0, 3)), 'iso')} @ 1532\n"
               f"Signed electronically by: DR. {N(att.first.upper() + ' ' + att.last.upper())}\n"
               f" on: {pick(['MON', 'WED', 'THU', 'SAT'])} {D(f'{MON3[dis.month - 1].upper()} {dis.day}, {dis.year}')} 9:41 AM\n")
    return "\n".join(out)


def doc_last_dr():
    return "Dr. " + N(doc_last())


# ----------------------------------------------------------------------------------------------------------
# i2b2-style longitudinal records

def longitudinal(i):
    female = R.random() < 0.5
    pt = Person(female)
    pcp = Person(doc=True)
    spec = Person(doc=True)
    clinic = pick(CLINICS)
    h = pick(HOSP)
    t, st = town()
    wife = Person(not female)
    start = date_in(2006, 2010)
    years0 = R.randint(48, 72)
    his = "her" if female else "his"
    visits = []
    d = start
    for _ in range(R.randint(3, 5)):
        visits.append(d)
        d = plus(d, R.randint(90, 420))
    out = []
    job = pick(EMPLOYER)
    for k, vd in enumerate(visits):
        rd = pick(["iso", "mdy"])
        hdr = [f"Record date: {Dd(vd, rd)}", ""]
        if k % 2 == 0:
            hdr += [O(clinic), f"{ADR(str(R.randint(10, 800)) + ' ' + pick(STREETS))}",
                    f"{L(t)}, {S(st)} {Z(pick(ZIPS[st]))}", f"Tel {P(phone(True))}  Fax {P(phone(True))}", ""]
        hdr += [f"{pick(['Patient', 'RE', 'Name'])}: {pt.full() if k % 2 else pt.inv()}",
                f"MRN: {I(mrn())}" if k == 0 else f"{pick(['MR#', 'Unit #', 'MRN'])} {I(mrn())}", ""]
        body = []
        if k == 0:
            body.append(f"{pt.first} is a {years0} yo {'woman' if female else 'man'} who comes in to "
                        f"establish care after moving back from {L(pick(FARAWAY))}. "
                        .replace(pt.first, N(pt.first), 1) +
                        f"Previously followed by {Person(doc=True).dr()} at {O(pick(HOSP)[0])}. "
                        "Records reviewed.")
            body.append("PMH: DM2 (dx " + Y(vd.year - R.randint(3, 12)) + "), HTN, hyperlipidemia, OSA on CPAP, "
                        "gout, s/p cholecystectomy. Remote Bell's palsy.")
            body.append(f"Social: married to {wife.first} (".replace(wife.first, N(wife.first)) +
                        f"works as a teacher at {O(pick(['Hawthorne Middle School', 'St. Agnes Academy', 'Lincoln Elementary']))}), "
                        f"two children. Works as a dispatcher at {O(job)}. Lives in {L(t)}. Former smoker, quit "
                        f"{Y(vd.year - R.randint(5, 25))}. 2-3 beers on weekends. Hobbies: bowling league, fishing on "
                        f"{L('Lake Winnipesaukee')}." if True else "")
            body.append("FH: father CAD, MI at 58; mother DM2, Alzheimer's dementia.")
        else:
            body.append(f"Follow up visit. Last seen {Dd(visits[k - 1], pick(['md', 'mdy', 'mon_dy']))}. "
                        + pick([f"Since then was admitted to {O(h[1])} in {D(MONTHS[plus(vd, -40).month - 1])} for "
                                f"chest pain, ruled out, stress test negative per {spec.dr()}. ",
                                f"Saw {spec.drfull()} in cardiology on {Dd(plus(vd, -30), 'md')}, who increased "
                                "the metoprolol. ",
                                f"Had a trip to {L(pick(FARAWAY))} with {N(wife.first)} over {D('Christmas')}, "
                                "ran out of metformin for a week. ",
                                f"{N(wife.first)} called on {Dd(plus(vd, -12), 'md')} worried about {his} snoring and "
                                "daytime sleepiness. "]))
            body.append(pick(["Feels well. No CP/SOB. Home BS 140-180 fasting. Some numbness in both feet.",
                              "Complains of R knee pain, worse going up stairs; no trauma. McMurray negative.",
                              "Reports more fatigue, stopped going to the gym in " + D(pick(MONTHS)) +
                              f". Mood down since {his} brother died.",
                              "Gout flare 3 weeks ago treated at urgent care with prednisone; better now."]))
        body.append(pick(["Meds: metformin 1000 bid, glipizide 5 daily, lisinopril 20 daily, simvastatin 40, "
                          "allopurinol 300, ASA 81.",
                          "Medications:\n  Metformin 1000 MG PO BID\n  Lantus 22 units qhs\n  Lisinopril 40 MG PO QD\n"
                          "  Atorvastatin 20 MG PO QD\n  Colchicine 0.6 MG PO prn"]))
        body.append("Exam: BP 138/84, P 72, Wt " + str(R.randint(180, 260)) + " lb. Lungs clear. Heart RRR no m. "
                    "Ext no edema; monofilament decreased at toes bilaterally. Homan's negative.")
        body.append(pick([f"Labs {Dd(plus(vd, -7), 'md')}: A1c 8.4, LDL 112, Cr 1.1, microalb 45.",
                          f"Labs today: A1c 7.6 (was 8.4 on {Dd(plus(vd, -R.randint(100, 300)), 'mdy')}). "
                          "LDL 88. K 4.6.",
                          "HbA1c 9.1. Lipids pending."]))
        plan = ["A/P:", "1. DM2 - " + pick(["add glipizide; diabetes education referral.",
                                            "start Lantus 10 units qhs, titrate; will see nutrition.",
                                            "improved, continue current regimen."]),
                "2. HTN - " + pick(["at goal, continue.", "not at goal, increase lisinopril to 40."]),
                "3. Health maintenance - colonoscopy " + pick([f"done {Y(vd.year - 2)}, normal",
                                                               f"due; referred to {Person(doc=True).dr()} GI"]) +
                ". Flu shot today. Eye exam at " + O(pick(["Merrimack Eye Associates", "Lowell Eye Center",
                                                           "Kittredge Eye Institute"])) + " pending.",
                f"4. RTC {pick(['3', '4', '6'])} months, sooner prn. May need sleep study."]
        sig = pick([f"\n______________________________\n{pcp.md()}",
                    f"\n{N(pcp.first + ' ' + pcp.last)}, M.D.\nInternal Medicine",
                    f"\nDictated by: {pcp.inv()}, M.D.\nDD: {Dd(vd, 'md')}  DT: {Dd(plus(vd, 2), 'md')}  "
                    f"DV: {Dd(vd, 'md')}"])
        cc = pick([f"\ncc: {spec.drfull()}, {O(h[2])} Cardiology\n", f"\nCC: {Person(doc=True).dr()}; "
                   f"{Person(doc=True).dr()}\n", "\n"])
        out.append("\n".join(hdr) + "\n".join(body) + "\n" + "\n".join(plan) + sig + cc)
        if k == 1 and R.random() < 0.7:
            lt = plus(vd, R.randint(10, 40))
            out.append(f"Record date: {Dd(lt, 'iso')}\n\n{O(h[0])}\n"
                       f"Division of Cardiology\n\n{Dd(lt, 'mon_dy')}\n\n{pcp.drfull()}\n{O(clinic)}\n"
                       f"{ADR(str(R.randint(10, 800)) + ' ' + pick(STREETS))}\n{L(t)}, {S(st)} {Z(pick(ZIPS[st]))}\n\n"
                       f"Dear {N(pcp.first)},\n\nThank you for referring {'Mrs.' if female else 'Mr.'} {pt.sur()}, "
                       "whom I saw today in consultation for exertional chest pressure. As you know, "
                       f"{'she' if female else 'he'} is a {years0 + lt.year - start.year}-year-old with DM2 and HTN. "
                       "ETT-MIBI today: 8 METS, no ischemic changes, normal perfusion, EF 61%. Wells score low "
                       "for PE. I do not think further ischemic evaluation is needed at this time; I would continue "
                       "aspirin and the statin and we will hope to see the BP better controlled.\n\n"
                       f"Sincerely,\n\n{spec.md()}\nPager {P(phone(False))}\n\ncc: {pt.full()}\n")
    return "\n\n**********************************************\n\n".join(out)


# ----------------------------------------------------------------------------------------------------------
# long ICU nursing notes by system

ICU_SYS = {
    "NEURO": ["Pt sedated on propofol 30 mcg/kg/min, arousable to voice, follows simple commands intermittently.",
              "PERRL 3mm brisk. MAE, moves all extremities weakly on the left.",
              "Sedation held for SBT at 0800, pt became agitated, pulling at ETT; propofol restarted at lower dose.",
              "Fentanyl gtt 50 mcg/hr for pain, pt nodding yes to pain with repositioning.",
              "CAM-ICU positive overnight. Haldol 2 mg IV x1 with good effect.",
              "Glasgow coma scale 10T. No seizure activity noted."],
    "CV": ["HR 88-104 AF, occ PVCs. SBP 90-110s on levophed 0.06 mcg/kg/min, weaned to 0.03.",
           "CVP 8-12. Right IJ Cordis intact, site clean. Swan-Ganz d/c'd per team.",
           "Lytes repleted: K 3.4 -> 40 meq KCl IV; Mg 1.7 -> 2 gm Mg sulfate.",
           "Pedal pulses palpable. Extremities cool, +2 edema to knees. Hct 26.8, stable.",
           "Lopressor 5 mg IV x2 for rates to 130s with good effect.",
           "Heparin gtt at 1100 u/hr, PTT 72 this am, no change per protocol."],
    "RESP": ["Remains intubated on AC 500 x 14, PEEP 8, FiO2 50%. ABG 7.36/44/88.",
             "Lung sounds coarse bilaterally, diminished at bases. Suctioned for moderate thick tan secretions.",
             "SBT attempted this am, failed after 20 min with RR 38. Placed back on AC.",
             "Sputum sent for culture. CXR this am with worsening RLL opacity per team.",
             "O2 sats 93-97%. Chest PT by RT q4h."],
    "GI": ["Abd soft, distended, hypoactive BS. OGT to LIS draining bilious fluid, 250cc this shift.",
           "TF Nutren 2.0 at 30 cc/hr, goal 50; residuals < 60cc. Dobhoff placement confirmed by KUB.",
           "Large loose brown stool x2, C. diff sent. Flexiseal placed.",
           "Protonix IV daily. FS BS 140-190 covered per RISS."],
    "GU": ["Foley draining clear yellow urine 30-60 cc/hr. Lasix 40 mg IV with 800cc response.",
           "Cr 2.1 today, trending up; renal following, no plan for CVVH at this time.",
           "I/O +1.2 L at midnight, +9 L LOS."],
    "ID": ["Tmax 101.6 at 0200; pan cultured, tylenol given. WBC 16.2.",
           "On vanco/zosyn day 4, vanco trough 17.2. Contact precautions for MRSA (sputum)."],
    "SKIN": ["Coccyx stage II pressure ulcer, duoderm intact. Turned q2h. Heels floated on pillows.",
             "Braden 11. Bair Hugger applied for temp 35.4 early in shift, removed at 0400.",
             "Left arm PIV infiltrated, d/c'd, warm compress applied."],
}


ANTHONY = "St. Anthony's parish"


def icu_long(i):
    upper = i % 2 == 0
    pt = Person()
    osh = pick(HOSP)
    att, res, fel = Person(doc=True), Person(doc=True), Person(doc=True)
    wife = Person(not pt.female)
    d0 = date_in(2005, 2013)
    rn, rn2 = N(pick(NURSE_F)), Person(True)
    lines = []
    lines.append(pick(["NURSING PROGRESS NOTE 7P-7A", "MICU NPN 1900-0700", "CCU Nursing Progress Note",
                       "Nursing Note 7a-7p"]) + (f"  {Dd(d0, pick(['md', 'mdy']))}" if R.random() < 0.7 else ""))
    lines.append(f"{age_phrase()} {'F' if pt.female else 'M'} ADMITTED {Dd(plus(d0, -R.randint(2, 9)), 'md')} FROM "
                 f"{O(pick([osh[1], osh[2]]))} WITH {pick(['UROSEPSIS', 'RLL PNA', 'CHF/RESP FAILURE', 'GI BLEED'])}. "
                 f"PMH: COPD, DM2, HTN, PARKINSONS, A-FIB ON COUMADIN. ALLERGIES: PCN. CODE: FULL.")
    lines.append(f"Events: {pick(['Pt self extubated at 0300', 'Rapid AF to 150s overnight', 'Hypotensive to 70s at 2200'])}; "
                 f"{res.dr()} and {fel.dr()} at bedside. " +
                 pick([f"Dr {N(att.last)} (attending) updated by phone. ", f"{att.dr()} aware. "]) +
                 "Team aware of all events.")
    for sys, pool in ICU_SYS.items():
        k = R.randint(2, min(5, len(pool)))
        extra = ""
        if sys == "NEURO" and R.random() < 0.5:
            extra = f" Neurology consult ({Person(doc=True).dr()}) to see in am."
        if sys == "GU" and R.random() < 0.5:
            extra = f" Renal fellow {N(Person(doc=True).last)} aware of uop."
        if sys == "ID" and R.random() < 0.5:
            extra = (f" OSH blood cx from {O(osh[2])} {Dd(plus(d0, -3), 'md')} grew GPC; micro called "
                     f"({P(phone(False))}) to get speciation.")
        lines.append(f"{sys}: " + " ".join(R.sample(pool, k)) + extra)
    lines.append(
        f"SOCIAL: {('Wife' if not pt.female else 'Husband')} {N(wife.first)} in to visit this evening with "
        f"daughter {N(fem())} and son-in-law {N(masc())}; updated by {res.dr()} re plan. Family asking about "
        f"trach/PEG. {N(wife.first)} states pt would not want to be kept alive on machines; family meeting set for "
        f"{pick([D('tomorrow') if False else 'tomorrow 1400', Dd(plus(d0, 1), 'md') + ' at 1400'])} with "
        f"{att.dr()} and SW {N(pick(NURSE_F) + ' ' + last())}. Home phone {P(phone())}, cell {P(phone())}. "
        f"Pt is a retired mail carrier for the {L(t) if (t := town()[0]) else ''} post office; lives in "
        f"{L(town()[0])}. Pt's sister {N(fem())} called from {S(pick(FAR_STATE[:2]))} and was updated "
        f"with permission. Catholic; {pick(['Father', 'Fr.'])} {N(last())} from {O(ANTHONY)} in to see pt "
        f"and gave sacrament of the sick.")
    lines.append("PLAN: Continue to wean levophed as tolerated. F/U cultures. Family meeting. Will continue to "
                 "monitor closely and update family. May need trach if fails SBT again. Hope to extubate in next 24-48 "
                 "hrs per team.")
    lines.append(f"{pick(['See', 'see', 'Pls see'])} flowsheet for details. Report given to {rn2.full() if R.random() < 0.5 else N(rn2.first)}, RN "
                 f"at 0700. -{rn} RN" + ("" if R.random() < 0.5 else f" / {rn2.initials()}"))
    text = "\n".join(lines)
    if True:
        # a second shift continues the note, as a day's export gives it
        d1 = plus(d0, 1)
        more = [f"\n\n{pick(['NURSING PROGRESS NOTE 7A-7P', 'MICU NPN 0700-1900'])} {Dd(d1, 'mdy')}"]
        for sys, pool in ICU_SYS.items():
            more.append(f"{sys}: " + " ".join(R.sample(pool, R.randint(2, min(4, len(pool))))))
        more.append(f"Family meeting held with {N(wife.first)}, daughter, {att.dr()}, {res.sur()} and palliative care "
                    f"({Person(doc=True).drfull()}). Decision made to continue full support through the weekend; "
                    f"if no improvement will discuss comfort measures. Case management ({N(pick(NURSE_F))}) "
                    f"faxed referral to {O(pick(REHAB))} (fax {P(phone(True))}) for possible LTAC. Also "
                    f"{O(NICKNAMED[R.randrange(len(NICKNAMED))][0])} as second choice.")
        more.append(f"-{rn2.initials()}")
        text += "\n".join(more)
    if i == 5:
        return "@@lower@@" + text
    return text.upper() if upper else text


# ----------------------------------------------------------------------------------------------------------
# short PhysioNet-style nursing notes

def nursing_short(i):
    pt = Person()
    d = date_in(2004, 2012)
    rn = Person(True)
    kind = i % 6
    hs = pick(HOSP)
    if kind == 4:
        vt, _ = town()
        return (f"Neuro | A&Ox2, forgetful, calm\nCV\t| SR 60s, BP 150/80, hydral 10 iv x1\nResp\t| RA, sats 95%\n"
                f"GI/GU | Foley d/c'd at 0600, due to void by 1400\nSocial | Pt is a WWII vet, gets his care at the "
                f"{O('VA')} in {L(pick(['Bedford', 'Manchester', 'Jamaica Plain', 'West Roxbury']))}; their social worker "
                f"{N(pick(['Kathy', 'Donna', 'Carol']) + ' ' + pick(['Fitzgerld', 'Brannigen', 'Kowalcyk']))} "
                f"({P(phone(True))}) called re: placement. Wife  {N('Grace')} visiting, very hard of hearing. Son "
                f"{N('Will')} (cell {P(phone())}) is HCP and will continue to be primary contact.\n"
                f"Plan | d/c to {O(pick(NICKNAMED[:3])[1])} vs home w/ {O(pick(AGENCY))} "
                f"-- family meeting {Dd(plus(d, 2), pick(['md', 'mon_dth']))}.\n"
                f"{N(rn.first + '  ' + rn.last[0] + '.')} RN")
    if kind == 5:
        return (f"Nursing Admission Note - {Dd(d, 'dmy')}\n"
                f"  * {age_phrase(True)} F from {O(NICKNAMED[0][0])} (pt calls it " + "the " + O("Pines") + "), "
                f"sent in by NH MD {Person(doc=True).dr()} for lethargy, Na 124.\n"
                f"  * Hx: Parkinson's, CHF, afib (coumadin held since {D('the 14th')}).\n"
                f"  * Lives at NH since {D(MONTHS[R.randrange(12)])} {Y(d.year - 2)}; before that in {L(town()[0])} "
                f"w/ daughter {N('June')} {N(pt.last)}.\n"
                f"  * Family: daughter June ({P(phone())}), granddaughter {N('Rose')} ({P(phone())}) - \"may be hard "
                f"to reach, works nights at {O(pick(['Market Basket', 'Shaws', 'Dunkin Donuts']))}\".\n"
                f"  * Glasgow 14, PERRL, moves all ext. Foley not needed.\n"
                f"  * Valuables: ring and glasses, given to daughter.\n"
                f"{rn.initials()}").replace("daughter June (", "daughter " + m("NAME", "June") + " (")
    if kind == 0:
        t = (f"NPN 7P-7A\nNEURO: A+OX3, MAE, NO C/O PAIN.\nCV: NSR 70-80'S, SBP 110-130'S. K 3.6 REPLETED.\n"
             f"RESP: LS CLEAR, 2L NC SATS 96-98%.\nGI: TOL REG DIET, +BS, NO BM.\nGU: FOLEY DRAINING ADEQ AMTS.\n"
             f"SOCIAL: {pick(['WIFE', 'DAUGHTER', 'NIECE'])} {N(fem().upper())} CALLED X2, UPDATED. "
             f"PLEASE CALL HER AT {P(phone())} IF ANY CHANGES.\nPLAN: ?TRANSFER TO FLOOR TODAY. "
             f"{N(Person(doc=True).last.upper())} AWARE. -{N(rn.first[0] + rn.last[0])}")
        return t.upper()
    if kind == 1:
        t = (f"nsg note 0700-1900\npt alert, confused at times, reoriented easily. on 4l nc sats 94-96. lungs w/ "
             f"crackles at bases. lasix 40 iv given with good uop via foley. had bm x1. daughter "
             f"{N(fem().lower())} in all afternoon, aware of plan for cath tomorrow at {O(hs[2].lower())}. "
             f"dr {N(doc_last().lower())} spoke w/ her. pt wants to be home by {D('christmas')}. "
             f"will cont to monitor. {N(pick(['kt', 'jm', 'lk', 'mf', 'dw']))}")
        return "@@lower@@" + t
    if kind == 2:
        od = plus(d, -R.randint(1, 5))
        return (f"Nursing Progress Note\n{age_phrase(True)} woman admitted {Dd(od, 'md')} from "
                f"{O(pick(NURSING))} s/p fall, R hip fx, for ORIF {Dd(d, pick(['md', 'mon_d']))} with "
                f"{Person(doc=True).dr()}. Pt pleasantly confused, Hx Alzheimer's. Pain controlled with tylenol and "
                f"oxycodone 2.5 mg. Foley in place. Niece/HCP {Person(True).full()} ({P(phone())}) updated; she will bring "
                f"pt's hearing aids from the nursing home. NH contact {N(pick(NURSE_F))} at {P(phone())}. "
                f"Pt's 100th birthday is {D('the 22nd')}, family hopes she is back at the home by then.\n"
                f"{rn.first} {rn.last}, RN".replace(f"{rn.first} {rn.last}", N(f"{rn.first} {rn.last}")))
    return (f"Addendum:\nPt's son {N(masc())} {N(pt.last)} arrived from {L(pick(FARAWAY[:4]))} this evening. "
            f"Requested meeting w/ team; {Person(doc=True).dr()} paged ({P(phone(False))}) and will meet with him at "
            f"0900. Son asks that his brother {N(pick(['Bobby', 'Billy', 'Joey', 'Frankie', 'Dom', 'Tony']))} not be given information over the phone. "
            f"Pt's PCP is {Person(doc=True).dr()} in {L(town()[0])}. Last admission here was {D(MONTHS[d.month - 1])} "
            f"{Y(d.year - 1)} to {O(hs[1])} for the same. Will pass on in report. -{N(rn.first + ' ' + rn.last[0] + '.')}, RN")


# ----------------------------------------------------------------------------------------------------------
# short MIMIC notes of other categories

def mimic_short(i):
    pt = Person()
    d = date_in(2008, 2014)
    h = pick(HOSP)
    t, st = town()
    kind = i % 10
    if kind == 8:
        vet = Person(False)
        nick = pick(NICKNAMED)
        return (f"CASE MANAGEMENT - DISCHARGE PLANNING\n\tPt:\t{vet.inv()}\n\tMRN:\t{I(mrn())}\n"
                f"\tPCP:\t{Person(doc=True).dr()} at the {O('VA')} in {L('Bedford')} ({P(phone(True))})\n"
                f"\tPayer:\tMedicare A/B, Tufts Medicare Preferred\n\n"
                f"{age_phrase(True)} veteran (Korea), widowed, lives alone in {L(t)}. Prior to admission "
                f"received VNA from {O(pick(AGENCY))} 2x/wk and Meals on Wheels. Niece {Person(True).full()} "
                f"({P(phone())}) is HCP; lives in {L(pick(['Manchester', 'Concord', 'Keene']))}, {S('NH')}.\n"
                f"Spoke with admissions at {O(nick[0])} ({O(nick[1])}), bed offered for {Dd(plus(d, 2), 'mon_dth')}. "
                f"Insurance auth # {I('A' + str(R.randint(1000000, 9999999)))} obtained; 3 day stay criteria met "
                f"(admitted {Dd(plus(d, -4), 'mdy0')}). Ambulance (Lifeline) booked for 11:00. W-10 faxed to "
                f"{P(phone(True))}. Pt aware and agreeable; 30 day grace period for the copay explained.\n"
                f"-- {N(pick(NURSE_F) + ' ' + last())} RN CM ext {P(phone(False))}")
    if kind == 9:
        pall = Person(doc=True)
        return (f"Palliative Care Consult\nReason: goals of care. Requested by {Person(doc=True).md()} "
                f"(MICU).\n{pt.full()} is a {age_phrase(True)} with metastatic NSCLC (dx {D(MONTHS[R.randrange(12)])} "
                f"{Y(d.year - 1)} at {O(pick(HOSP)[0])}), now with post-obstructive PNA and respiratory failure.\n"
                f"Family present: daughter {N('Hope')} {N(pt.last)} (HCP), son {N(pick(['Ray', 'Eddie', 'Sal']))}, "
                f"and pt's sister {N('May')} who flew in from {L('San Juan')}. We reviewed the course since admission "
                f"on {D('the 3rd')}. {N('Hope')} understands her mother would not want prolonged life support; she hopes "
                f"to have family here by {D('Easter')}. Plan: continue current support, time-limited trial until "
                f"{Dd(plus(d, 3), 'md')}, then readdress. Chaplain (Fr. {N('Dwyer')}) to visit.\n"
                f"Thank you for this consult. {pall.md()}, Palliative Care, pager {P(phone(False))}")
    if kind == 0:  # case management
        f1, f2 = pick(NURSING), pick(REHAB)
        cm = Person(True)
        return (f"Case Management Note\nPt is a {age_phrase()} from {L(t)} admitted {Dd(plus(d, -4), 'md')} with "
                f"CHF. Referrals sent to {O(f1)} and {O(f2)} per family choice. {O(f1)} liaison "
                f"{Person(True).full()} reviewed chart and accepted for {Dd(plus(d, 1), pick(['md', 'mon_d']))}; "
                f"bed available pending insurance auth (Medicare A). Contact: {P(phone(True))}, fax {P(phone(True))}. "
                f"Daughter {N(fem())} updated and agreeable. PCP {Person(doc=True).md()} notified. "
                f"Will follow.\n{N(cm.first + ' ' + cm.last)}, RN, CM  pager {P(phone(False))}")
    if kind == 1:  # social work
        sw = Person(True)
        return (f"Social Work Assessment\nMet with pt and wife {N(fem())} at bedside. Pt is {age_phrase()}, married "
                f"x 52 years, lives with wife at {ADR(str(R.randint(3, 300)) + ' ' + pick(STREETS) + ', Apt ' + str(R.randint(1, 12)))}, "
                f"{L(t)}, {S(st)} {Z(pick(ZIPS[st]))}. Retired machinist from {O(pick(EMPLOYER))} "
                f"({Y(R.randint(1995, 2008))}). Two sons: {N(masc())} in {L(town()[0])} and {N(masc())} in "
                f"{S(pick(FAR_STATE))}. Wife has early Parkinson's disease and cannot provide hands-on care. Pt "
                f"receives services through {O(pick(AGENCY))} (case manager {N(first() + ' ' + last())}, "
                f"{P(phone(True))}). HCP form on chart naming wife. Pt tearful discussing his brother who died in "
                f"{D(pick(MONTHS))}. Emotional support provided. Will follow.\n"
                f"{N(sw.first + ' ' + sw.last)}, LICSW  pager {P(phone(False))}")
    if kind == 2:  # PT
        pts = Person(True)
        return (f"Physical Therapy Evaluation\nDate: {Dd(d, 'mdy')}  Time: 1015\nDx: L hip hemiarthroplasty POD 2.\n"
                f"PLOF: lives alone in a 2nd floor walk-up in {L(t)}; independent with cane; daughter "
                f"{Person(True).full()} assists with shopping. Works part time as crossing guard for the "
                f"{O(pick(['Revere Public Schools', 'Malden Catholic', 'Dracut Public Schools']))}.\n"
                f"Exam: alert, follows commands. LLE strength 3-/5. Posterior hip precautions reviewed. Berg 22/56, "
                f"Trendelenburg gait. Transfers min A x1, ambulated 40 ft with RW.\nAssessment: below baseline, "
                f"high fall risk.\nPlan/Rec: rehab, e.g. {O(pick(REHAB))}. Will follow 5x/wk.\n"
                f"{N(pts.first + ' ' + pts.last)}, PT, DPT  pager #{P(phone(False))}")
    if kind == 3:  # nutrition
        rd = Person(True)
        return (f"Nutrition Follow-up\nPt {age_phrase()} with pancreatic ca s/p Whipple {Dd(plus(d, -6), 'md')}. "
                f"Wt 58.2 kg (usual 66 kg in {D(MONTHS[(d.month - 4) % 12])}), 12% loss x 3 mo. Estimated needs per "
                f"Mifflin-St Jeor x 1.3: 1600-1800 kcal, 70-85 g protein. Tolerating clears, poor appetite. Rec: "
                f"advance to pancreatic diet as tol, Boost Plus TID, Creon with meals. Discussed with "
                f"{Person(doc=True).dr()}. Will follow up on {Dd(plus(d, 3), 'md')}.\n"
                f"{N(rd.first + ' ' + rd.last)}, RD, LDN  #{P(phone(False))}")
    if kind == 4:  # consult
        c = Person(doc=True)
        ref = Person(doc=True)
        return (f"Renal Consult\nRequested by: {ref.drfull()}  Reason: AKI\nHPI: {age_phrase()} "
                f"{'woman' if pt.female else 'man'} with DM2, HTN and CKD III (baseline Cr 1.4 at "
                f"{O(pick(CLINICS))} on {Dd(plus(d, -60), 'mdy')}) admitted with pneumonia, Cr 3.2 today. Received "
                f"IV contrast at {O(h[1])} on {Dd(plus(d, -3), 'md')}. Foley placed. UA bland, FeNa 0.6%.\n"
                f"A/P: prerenal + contrast nephropathy. Hold lisinopril and metformin, IVF, renally dose meds. "
                f"Will follow with you. Discussed with renal attending {c.dr()}.\n"
                f"{Person(doc=True).md()}, Renal Fellow, pager {P(phone(False))}")
    if kind == 5:  # telephone encounter
        caller = Person(True)
        return (f"TELEPHONE ENCOUNTER {Dd(d, 'mdy')} 14:20\nCaller: {caller.full()} (daughter) {P(phone())}\n"
                f"Re: {pt.inv()}  MRN {I(mrn())}\nDaughter calls stating pt has had increased swelling in legs since "
                f"last Tuesday, weight up 4 lbs. Denies CP. Per {Person(doc=True).dr()}, increase lasix to 40 mg bid "
                f"x3 days, BMP on {Dd(plus(d, 3), pick(['md', 'mon_dth']))} at the {L(pick(['Dracut', 'Woburn', 'Methuen']))} lab; "
                f"daughter verbalized understanding. Pharmacy: {O(pick(['CVS', 'Walgreens', 'Rite Aid']))} on "
                f"{ADR(str(R.randint(10, 990)) + ' ' + pick(STREETS))} {L(t)} {P(phone(True))}.\n-{Person(True).initials()}")
    if kind == 6:  # addendum
        at = Person(doc=True)
        return (f"ATTENDING ADDENDUM\nI saw and examined the patient with {Person(doc=True).dr()} and agree with the "
                f"findings and plan as documented in the resident's note of {Dd(d, pick(['md', 'mdy']))}, with the "
                f"following additions: pt's {pick(['HCP', 'wife', 'son'])} {Person().full()} confirmed DNR/DNI today. "
                f"Outside records from {O(h[0])} ({I(mrn())}) reviewed; echo there on {Dd(plus(d, -90), 'mdy')} "
                f"showed EF 35%. Total time 35 min, >50% counseling.\n{at.md()}")
    ot = Person(True)
    return (f"OT Evaluation\n{pt.full()} is a {age_phrase()} with R MCA stroke ({Dd(plus(d, -3), 'md')}). Prior to admit "
            f"independent, drove, volunteered at {O(pick(['St. Agnes food pantry', 'Hawthorne Library', 'Saugus Senior Center']))}. "
            f"L neglect, L UE 2/5. ADLs: max A for LB dressing. Rec acute rehab ({O(pick(REHAB))}).\n"
            f"Goals to be met by {Dd(plus(d, 14), pick(['md', 'mon_d']))}.\n{N(ot.first[0] + '. ' + ot.last)}, OTR/L")


# ----------------------------------------------------------------------------------------------------------
# radiology, echo and ECG reports

def report(i):
    d = date_in(2006, 2014)
    h = pick(HOSP)
    ref = Person(doc=True)
    rad = Person(doc=True)
    res = Person(doc=True)
    kind = i % 6
    if kind == 4:
        rn = Person(True)
        return (f"MRI BRAIN W/WO CONTRAST\t\tAccession # {I(str(R.randint(10000000, 99999999)))}\n"
                f"Pt: {Person().inv()}\tDOB: {Dd(dt.date(R.randint(1925, 1960), R.randint(1, 12), R.randint(1, 28)), 'mdy0')}\n"
                f"Ordering: {ref.md()}   {O(h[1])} Neurology\nCLINICAL HX: sudden L facial droop, r/o CVA.\n"
                f"FINDINGS: Restricted diffusion in the right insula and frontal operculum, acute infarct. No "
                f"hemorrhage. Chronic microvascular changes. Incidental note of an empty sella.\n"
                f"IMPRESSION: Acute right MCA infarct.\nCritical result called to {rn.full()}, RN (covering for "
                f"{res.dr()}) at 22:14 on {Dd(d, 'mon_d')}; read back and verified. {rad.initials()}/{N(pick(['lt', 'ks', 'mw']))}")
    if kind == 5:
        return (f"DUPLEX US CAROTID | {Dd(d, 'iso')} | {O(h[2])}\nREF: {ref.dr()} | PCP: {Person(doc=True).dr()}"
                f" | ACC {I(str(R.randint(1000000, 9999999)))}\nComparison: {D(MONTHS[(d.month + 5) % 12])} {Y(d.year - 1)}.\n"
                f"R ICA 50-69% stenosis (PSV 182). L ICA <50%. Antegrade vertebral flow bilat.\n"
                f"Read by: {rad.md()}\nDictated: {Dd(d, 'md')} 16:20  Transcribed: {Dd(plus(d, 1), 'md')} 08:02  "
                f"T: {N(pick(['JAL', 'mkw', 'RB']))}  Job {I(str(R.randint(1000000, 9999999)))}")
    acc = I(pick(["", "RX", "CT"]) + str(R.randint(1000000, 9999999)))
    if kind == 0:
        t = (f"{Dd(d, 'mdy')} 3:12 AM\nCHEST (PORTABLE AP)    Clip # {I(str(R.randint(100000, 999999)))}\n"
             f"Reason: eval for pna\nAdmitting Diagnosis: FEVER\n______________________________________________\n"
             f"FINAL REPORT\nINDICATION: {age_phrase()} with fever, hypoxia.\nCOMPARISON: {Dd(plus(d, -R.randint(2, 400)), 'md')}.\n"
             f"FINDINGS: ET tube 4 cm above the carina. Right IJ line tip in the SVC. New RLL opacity. Kerley B lines. "
             f"No pneumothorax.\nIMPRESSION: RLL pneumonia. Findings discussed with {res.dr()} by {rad.dr()} "
             f"at 3:40 AM on {Dd(d, 'md')} by telephone, read back confirmed.\n")
        return t.upper()
    if kind == 1:
        return (f"CT ABDOMEN/PELVIS W/ CONTRAST   Accession: {acc}\nExam date: {Dd(d, 'iso')}\nReferring: "
                f"{ref.inv()} MD\nHISTORY: s/p Whipple, fever.\nTECHNIQUE: axial images after IV contrast.\n"
                f"COMPARISON: outside CT from {O(pick(h))} dated {Dd(plus(d, -20), 'mdy')}, images loaded into PACS.\n"
                f"FINDINGS: 4.2 x 3.1 cm rim enhancing collection adjacent to the hepaticojejunostomy, measuring 18 "
                f"Hounsfield units. Small bilateral pleural effusions.\nIMPRESSION: Abscess, amenable to drainage. "
                f"{rad.dr()} discussed with {ref.drfull()} at 16:05 on {Dd(d, 'mon_d')}.\n\n"
                f"Electronically signed by: {rad.md()}  {Dd(d, 'mdy')}\nJob#: {I(str(R.randint(100000, 999999)))}")
    if kind == 2:
        return (f"ECHOCARDIOGRAPHY REPORT\nName: {Person().inv()}  MRN: {I(mrn())}\nDate: {Dd(d, 'dmy')}  "
                f"Age: {A(R.randint(90, 98))}  Sex: F  BSA: 1.6\nIndication: syncope\nReferring: {ref.dr()}  "
                f"Sonographer: {N(pick(NURSE_F) + ' ' + last())}, RDCS\nLEFT VENTRICLE: mild symmetric LVH. LVEF 55% by "
                f"Simpson's biplane.\nAORTIC VALVE: severely calcified; peak gradient 72 mmHg by Bernoulli equation, "
                f"AVA 0.7 cm2. Lambl's excrescence noted.\nIMPRESSION: Severe aortic stenosis. Compared with the "
                f"study of {Dd(plus(d, -365), 'mdy')} at {O(h[2])}, the gradient has increased.\n"
                f"Interpreted by: {rad.md()}")
    return (f"ECG  {Dd(d, 'mdy')}  {R.randint(6, 23)}:{R.randint(10, 59)}\nPt: {Person().inv()}  Unit#: {I(mrn())}\n"
            f"Sinus rhythm with first degree AV block. Left bundle branch block. Compared to previous tracing of "
            f"{Dd(plus(d, -R.randint(20, 900)), pick(['mdy', 'md']))}, LBBB is new. Findings called to "
            f"{res.dr()} (pager {P(phone(False))}).\nRead by: {rad.sur()}\n{O(h[1])} Cardiology")


def build():
    plan = ([("mimic_discharge", discharge_summary)] * 16 + [("i2b2_longitudinal", longitudinal)] * 6 +
            [("icu_nursing_long", icu_long)] * 6 + [("nursing_short", nursing_short)] * 12 +
            [("mimic_short", mimic_short)] * 16 + [("report", report)] * 14)
    counters = {}
    recs = []
    for n, (style, fn) in enumerate(plan):
        k = counters.get(style, 0)
        counters[style] = k + 1
        marked = fn(k)
        lower = marked.startswith("@@lower@@")
        text, spans = strip(marked.removeprefix("@@lower@@"))
        if lower:
            text = text.lower()
        # letter case of the whole export: some discharge summaries are upper case
        if style == "mimic_discharge" and k % 6 == 5:
            text = text.upper()
        recs.append({"id": f"h22-{n:03d}", "style": style, "text": text, "spans": spans})
    return recs


if __name__ == "__main__":
    records = build()
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    OUT.write_text(lines, encoding="utf-8")
    print(lines, end="")
