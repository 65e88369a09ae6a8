# ruff: noqa: E501
"""Hold-out set 16: 70 synthetic notes (14 styles x 5), written blind to the redaction rules.

Run ``python tests/data/generate_holdout16_notes.py > tests/data/holdout16_notes_gold.jsonl``.
Each line is ``{"id", "style", "text", "spans"}``; spans are ``{"start", "end", "label"}`` over ``text``.

Styles: operative/procedure notes; surgical pathology reports; anaesthesia pre-op evaluations and
intra-op records; NICU/newborn notes; prenatal/OB clinic visits; PT/OT/speech progress notes; inpatient
psychiatry notes; physician-to-physician consult letters; dictated transcripts with speech-recognition
artefacts (lower case, run-on, spoken punctuation, spelled-out dates and phone numbers, split or
misspelled names); OCR'd scanned faxes (broken spacing, line-end hyphenation, O/0 and l/1 swaps inside
non-PHI words, fax banners); genetics counselling pedigrees; interfacility transfer notes; research
enrolment/consent notes; death notes, autopsy summaries and bereavement follow-up. 20 notes are upper
case, 15 lower case, 35 mixed case (the whole note is cased after the markers are stripped).

The community is invented: towns Amberfield, Otter Prairie, Kessling and Ladoga Springs (Wisconsin) and
North Haldane and Birchmont (Minnesota), their hospitals, practices, labs, funeral homes, schools,
employers, payers and a study sponsor. All names, numbers, phones and addresses are invented (phones
are 555-01xx).

Gold conventions (HIPAA Safe Harbor plus the project's labels):
- NAME: people only (patients, babies, relatives, staff, clinicians, coordinators, funeral directors),
  also when misspelled, split ("kowal czyk") or given as initials; titles (Dr., Mr., Mrs., Ms.),
  credentials (MD, CRNA, PA-C, PT, CGC...) and relation words (mother, husband, guardian, doula...)
  stay outside the span. For a newborn named "Baby Girl Okafor" only the surname is the NAME; "Baby
  Girl"/"Baby Boy" is a descriptor and stays outside. A name quoted on a specimen label is a NAME.
- DATE: every date or partial date (03/14/2025, 3/14/25, 14-MAR-2025, March 14, 03/2025, March 2025),
  including spelled-out dictated dates ("march third twenty twenty five" is one span); a month alone
  that dates an event ("seen in March") is a DATE; holidays (Christmas, Thanksgiving, Easter...) are
  DATE. Clock times (time of birth, time of death, induction times) are NOT gold, only the date beside
  them; weekdays are NOT gold ("Tuesday, March 4" marks "March 4" only).
- YEAR: a year standing alone ("died in 1998", spelled "nineteen ninety eight" in dictation).
- AGE: only ages over 89, the number only ("92-year-old" marks "92"); younger ages are not gold.
- PHONE: phones, faxes, pagers and transfer-centre numbers, also spelled out in dictation; an
  extension is its own PHONE span ("ext. 318" marks "318").
- EMAIL, URL: as written.
- ID: medical record, accession, case, ME case, court case, study protocol, subject, screening,
  randomization, IRB, NCT, CLIA, NPI, licence, account, member, group, claim, prior-authorization,
  requisition/order, grant and other reference numbers, and lot/serial numbers of implants, devices,
  kits and drugs: the number only, never its tag ("MRN", "Lot", "Accession #"); dictated numbers spoken
  digit by digit are one span ("k m two three zero five five one"); an NCT number is an ID as written ("NCT06123458").
- ADDRESS: a street line ("1220 Mill Race Dr"); LOCATION: towns, cities, counties named as places,
  countries; STATE: a state name or abbreviation; ZIP: a ZIP code.
- ORGANIZATION: hospitals (and their acronyms), practices, clinics named as practices, labs, funeral
  homes, schools, employers, courts, transport services, study sponsors and insurers/payers.
  Device and drug brand names and codes ("HLX-77"), suture names, study acronyms ("NEST",
  "BRIGHT-KIDS"), languages and hospital units ("NICU", "4 West") are not gold.
- Not gold: eponyms and scales (Foley, Whipple, Apgar, Kocher, Pfannenstiel, Gleason, Breslow, Denver,
  Bayley, Montreal, Glasgow, Wilms, Down, Marfan, Lynch, BRCA...), common words that are also names in
  this set (will, may, hope, grant, mark, rose, bill, hunter), room/bed numbers, doses, vitals, times,
  weekdays.
"""

from __future__ import annotations

import json
import sys

from marks import m, strip


def N(v):
    return m("NAME", v)


def D(v):
    return m("DATE", v)


def Y(v):
    return m("YEAR", v)


def A(v):
    return m("AGE", v)


def P(v):
    return m("PHONE", v)


def E(v):
    return m("EMAIL", v)


def U(v):
    return m("URL", v)


def I(v):  # noqa: E743
    return m("ID", v)


def AD(v):
    return m("ADDRESS", v)


def L(v):
    return m("LOCATION", v)


def S(v):
    return m("STATE", v)


def Z(v):
    return m("ZIP", v)


def O(v):  # noqa: E743
    return m("ORGANIZATION", v)


NOTES: list[tuple[str, str, str]] = []  # (style, case, marked text)


def note(style: str, case: str, text: str) -> None:
    NOTES.append((style, case, text.strip("\n")))


# ---------------------------------------------------------------- 1. operative / procedure notes
STYLE = "operative"

note(STYLE, "upper", f"""
OPERATIVE REPORT
{O("Amberfield Regional Medical Center")} - MAIN OR
PATIENT: {N("Kowalczyk, Hunter J.")}    MRN: {I("4471203")}    DOB: {D("07/22/1968")}
DATE OF PROCEDURE: {D("03/11/2025")}
SURGEON: {N("Priya Raghunathan")}, MD
ASSISTANT: {N("Colm Ferriter")}, PA-C
ANESTHESIA: {N("Tobias Van Wyk")}, MD / {N("Leilani Kahananui")}, CRNA
PREOPERATIVE DIAGNOSIS: Symptomatic cholelithiasis.
POSTOPERATIVE DIAGNOSIS: Same, with chronic cholecystitis.
PROCEDURE: Laparoscopic cholecystectomy with intraoperative cholangiogram.
ANESTHESIA: General endotracheal.
EBL: 20 mL. FLUIDS: 1100 mL LR. DRAINS: None. FOLEY: Not placed.
FINDINGS: Thick-walled gallbladder, no Mirizzi. Critical view of safety obtained. Cholangiogram normal, free flow into duodenum.
DESCRIPTION: Patient identified in holding, site marked, consent verified. Brought to OR 6, supine, SCDs on. After induction, abdomen prepped and draped. Veress at Palmer's point was not used; Hasson at umbilicus. Three 5 mm ports. Fundus retracted cephalad, Hartmann's pouch laterally. Cystic duct and artery clipped and divided. Gallbladder removed from bed with hook cautery and placed in Endo Catch bag.
SPECIMEN: Gallbladder to pathology, {O("Northstar Pathology Associates")}.
IMPLANTS: None. CLIPS: Hem-o-lok, LOT {I("88K2216")}.
COMPLICATIONS: None. Patient to PACU extubated and stable.
Wife, {N("Rose")}, updated in family waiting area; she will drive him home. Temp rose to 37.9 in PACU, observed.
DICTATED: {N("P. Raghunathan")}, MD  {D("03/11/2025")} 1142   TRANSCRIBED: {N("LMK")} {D("03/11/2025")}
""")

note(STYLE, "mixed", f"""
Operative Note - {O("St. Brendan's Hospital")}, {L("Kessling")}, {S("WI")}
Patient: {N("Adaeze Okafor-Lindqvist")}   MRN {I("SB-0093318")}   DOB {D("2/9/1991")}
Date of surgery: {D("April 17, 2025")}
Surgeon: {N("Marguerite de la Cruz")}, MD (OB/GYN)
Assistant: {N("Bill Thorsby")}, MD (family medicine, obstetric privileges)
Anesthesiologist: {N("Sung-min Baek")}, MD
Procedure: Repeat low transverse cesarean delivery.
Indication: Prior cesarean ({Y("2021")}, {O("Haldane Valley Hospital")}), patient declined TOLAC after counselling in clinic.
Anesthesia: Spinal (Whitacre 25G), uneventful.
Findings: Viable female infant, vertex, delivered at 0814, Apgars 8 and 9 at 1 and 5 minutes, weight 3390 g. Normal uterus, tubes and ovaries. Clear fluid.
Description: Prior Pfannenstiel scar excised. Fascia incised transversely, rectus muscles separated in the midline. Bladder flap created. Low transverse hysterotomy, infant delivered atraumatically and handed to the NICU team (Dr. {N("Okonjo")} attending per protocol ... see newborn note). Placenta delivered with gentle traction, sent to pathology given prior history. Hysterotomy closed in two layers with 0 Vicryl. Fascia with looped PDS. Skin with 4-0 Monocryl subcuticular.
Foley catheter draining clear urine at end of case. EBL (QBL) 740 mL.
Partner, {N("Lars Lindqvist")}, present for delivery; doula {N("Hope Tran-Whitaker")} in room per birth plan.
Specimen: Placenta to {O("Northstar Pathology Associates")}.
Counts correct x2. Mother and baby stable to recovery.
{N("M. de la Cruz")}, MD - signed {D("04/17/2025")} 09:32
""")

note(STYLE, "upper", f"""
PROCEDURE NOTE: RIGHT TOTAL KNEE ARTHROPLASTY
FACILITY: {O("HALDANE VALLEY HOSPITAL")}, {L("NORTH HALDANE")}, {S("MN")}
PT: {N("BAPTISTE, JEAN-MARC")}  MRN: {I("HV772014")}  DOB: {D("11/30/1952")}  DOS: {D("05/06/2025")}
SURGEON: DR. {N("GRANT PELLEGRINI")}   ASSIST: {N("MAY SORENSEN")}, PA-C   ANES: DR. {N("OLUWASEUN ADEYEMI")}
INDICATION: END-STAGE TRICOMPARTMENTAL OA, FAILED INJECTIONS AND PT. PATIENT WISHES TO RETURN TO WORK AT {O("BADGER RIDGE PAPER MILL")} AND TO DEER HUNTING IN {D("NOVEMBER")}.
TOURNIQUET 300 MMHG, 62 MIN. MEDIAL PARAPATELLAR APPROACH. PATELLA EVERTED.
IMPLANTS (CEMENTED, POSTERIOR STABILIZED):
  FEMORAL COMPONENT SIZE 5 - LOT {I("2204871")}  REF 5510-F-501
  TIBIAL BASEPLATE SIZE 4 - LOT {I("2209135")}
  POLY INSERT 11 MM - LOT {I("2301772")}  SN {I("PX11-004417")}
  PATELLA 32 MM - LOT {I("2197704")}
  BONE CEMENT X2 - LOT {I("BC5529Q")}
HEMOVAC PLACED. FOLEY NOT PLACED. WILL CONTINUE ASPIRIN 81 BID X 4 WEEKS.
SPECIMENS: NONE. EBL 150. NO COMPLICATIONS.
PATIENT'S SON {N("ANDRE BAPTISTE")} ({P("612-555-0148")}) UPDATED BY PHONE.
SIGNED: {N("G. PELLEGRINI")} MD {D("05/06/2025")}
""")

note(STYLE, "mixed", f"""
Brief Op Note
Pt: {N("Thi Hoa Nguyen")} | MRN {I("4418762")} | {D("06/02/2025")}
Pre/post-op dx: periampullary mass, biopsy-proven adenocarcinoma.
Procedure: Pylorus-preserving pancreaticoduodenectomy (Whipple).
Surgeon: {N("Priya Raghunathan")}, MD. Co-surgeon: {N("Emeka Nwachukwu")}, MD ({O("Twin Rivers University Hospital")} HPB, visiting).
Assistant: {N("Colm Ferriter")}, PA-C. Anes: {N("Sung-min Baek")}, MD.
Kocher maneuver performed widely. SMV tunneled. Gastroduodenal artery ligated. Pancreatic duct 3 mm. Standard Child reconstruction. 2 JP drains. Foley to gravity.
Specimen: Whipple specimen en bloc, margins inked, frozen section of pancreatic neck margin negative (called by Dr. {N("Vu-Castellano")} at 1314). Sent to {O("Northstar Pathology Associates")}.
Dispo: SICU. Daughter {N("Mai")} ({P("715-555-0122")}) and son-in-law {N("Mark Ebersole")} updated at 1630. They hope to bring her home to {L("Otter Prairie")} by the {D("Fourth of July")}.
""")

note(STYLE, "upper", f"""
PROCEDURE: EGD WITH BIOPSY / PEG PLACEMENT
{O("ST. BRENDAN'S HOSPITAL")} ENDOSCOPY  {D("07/15/2025")}
PATIENT {N("ABERNATHY, ROSE M")}   MRN {I("SB-0071245")}   AGE {A("93")}
ENDOSCOPIST: {N("DESMOND O'ROURKE")}, MD   RN: {N("TERESA YELLOWHORSE")}   SEDATION: {N("LEILANI KAHANANUI")}, CRNA (MAC)
INDICATION: DYSPHAGIA AFTER STROKE, FAILED BEDSIDE SWALLOW AND MBS {D("07/09/2025")}. HCP (NIECE {N("WILLA ABERNATHY-GRANT")}) CONSENTED BY PHONE, {P("715-555-0177")}.
FINDINGS: LA GRADE B ESOPHAGITIS, SMALL HIATAL HERNIA. NO BARRETT'S.
PEG: 20 FR PULL-TYPE, BUMPER AT 3.5 CM. KIT LOT {I("PG40193")}.
BIOPSIES: DISTAL ESOPHAGUS X2 TO PATHOLOGY.
PLAN: MAY USE PEG FOR MEDS IN 4 H, FEEDS IN 12 H PER DIETITIAN. WILL FOLLOW.
""")

# ---------------------------------------------------------------- 2. surgical pathology reports
STYLE = "surgical_pathology"


def path_header(case: str) -> str:
    lab = "NORTHSTAR PATHOLOGY ASSOCIATES" if case == "upper" else "Northstar Pathology Associates"
    street = "1220 MILL RACE DR" if case == "upper" else "1220 Mill Race Dr"
    town = "KESSLING" if case == "upper" else "Kessling"
    return f"""{O(lab)}
{AD(street)}, {L(town)}, {S("WI")} {Z("54755")}   Tel {P("715-555-0130")}   Fax {P("715-555-0131")}   CLIA {I("52D2047731")}"""


note(STYLE, "mixed", f"""
{path_header("mixed")}
SURGICAL PATHOLOGY REPORT
Accession: {I("S25-11842")}
Patient: {N("Kowalczyk, Hunter J")}    DOB: {D("07/22/1968")}    MRN: {I("4471203")}
Submitting physician: {N("Priya Raghunathan")}, MD - {O("Amberfield Regional Medical Center")}
Collected: {D("03/11/2025")}    Received: {D("03/11/2025")}    Reported: {D("03/13/2025")}
SPECIMEN: Gallbladder.
GROSS DESCRIPTION: Received in formalin labeled "{N("Kowalczyk, Hunter")}" and "gallbladder" is an intact gallbladder, 8.2 x 3.1 x 2.4 cm. The serosa is tan-pink and smooth. The wall measures up to 0.5 cm. Multiple yellow-green faceted stones. Representative sections in 1 cassette. (Grossed by {N("JT")}, PA(ASCP), {D("03/12/2025")}.)
MICROSCOPIC: Chronic cholecystitis with Rokitansky-Aschoff sinuses. No dysplasia.
DIAGNOSIS: Gallbladder, cholecystectomy: chronic cholecystitis and cholelithiasis.
Electronically signed by {N("Hannah Vu-Castellano")}, MD on {D("03/13/2025")} at 16:02
""")

note(STYLE, "upper", f"""
{path_header("upper")}
SURGICAL PATHOLOGY REPORT - FINAL
ACCESSION NO: {I("S25-20917")}       SPECIMEN DATE: {D("06/02/2025")}
PATIENT: {N("NGUYEN, THI HOA")}   DOB: {D("01/14/1957")}   MRN: {I("4418762")}   ACCT: {I("900331742")}
PHYSICIAN: {N("RAGHUNATHAN, PRIYA")} MD / CC: {N("NWACHUKWU, EMEKA")} MD, {O("TWIN RIVERS UNIVERSITY HOSPITAL")}
INTRAOPERATIVE CONSULTATION: PANCREATIC NECK MARGIN, FROZEN: NEGATIVE FOR CARCINOMA. CALLED TO DR. {N("RAGHUNATHAN")} BY DR. {N("VU-CASTELLANO")} AT 1314 ON {D("06/02/2025")}.
GROSS: RECEIVED FRESH, LABELED WITH THE PATIENT'S NAME AND "WHIPPLE", IS A PANCREATICODUODENECTOMY SPECIMEN. A 2.7 CM FIRM WHITE MASS ABUTS THE AMPULLA. MARGINS INKED: SMV GROOVE BLUE, UNCINATE BLACK. 24 CASSETTES.
DIAGNOSIS:
 A. PANCREAS, NECK MARGIN: NEGATIVE.
 B. WHIPPLE SPECIMEN: INVASIVE ADENOCARCINOMA, PANCREATOBILIARY TYPE, 2.7 CM, MODERATELY DIFFERENTIATED. PERINEURAL INVASION PRESENT. 3 OF 19 LYMPH NODES POSITIVE. PT2 N1.
 MMR IHC: INTACT (NO EVIDENCE OF LYNCH SYNDROME-ASSOCIATED LOSS).
COMMENT: DISCUSSED AT TUMOR BOARD {D("06/10/2025")}.
PATHOLOGIST: {N("HANNAH VU-CASTELLANO")}, MD   SIGNED {D("06/09/2025")}
""")

note(STYLE, "mixed", f"""
{path_header("mixed")}
Surgical Pathology Consultation Report
Accession #: {I("S25-17350")}   Outside case: {I("DP-25-0448")} ({O("Prairie Lakes Dermatology")}, {L("Birchmont")}, {S("MN")})
Patient: {N("Declan McAllister-Byrne")}   Sex: M   DOB: {D("9/4/1979")}
Referring clinician: {N("Yusra Haddad")}, PA-C     Date of procedure: {D("May 2, 2025")}     Received: {D("May 5, 2025")}
Clinical history: Changing pigmented lesion, left upper back, present since childhood, grew over last summer per wife.
Gross: Received in formalin labeled with the patient's name is an ellipse of skin, 2.1 x 0.9 x 0.4 cm, with a 0.7 cm variegated brown-black macule. Inked, serially sectioned, entirely submitted in 4 cassettes.
Diagnosis: Malignant melanoma, superficial spreading type.
  Breslow depth: 0.9 mm. Clark level: IV. Ulceration: absent. Mitoses: 1/mm2.
  Margins: peripheral closest 1.5 mm; deep clear (2.2 mm).
  pT1b (AJCC 8th).
Comment: Case reviewed at intradepartmental consensus conference on {D("5/8/2025")} (Dr. {N("Oyelaran")} concurs).
{N("Hannah Vu-Castellano")}, MD   electronically signed {D("05/08/2025")}
""")

note(STYLE, "upper", f"""
{path_header("upper")}
PROSTATE NEEDLE BIOPSY REPORT
ACC: {I("S25-24406")}   RECEIVED {D("08-JUL-2025")}   FINAL {D("11-JUL-2025")}
PT: {N("HAUGEN, WILLIAM (BILL) A")}   DOB {D("03/03/1950")}   MRN {I("HV611870")}
REFERRING: {N("ANDERS LINDGREN")}, MD, {O("NORTH HALDANE UROLOGY")}   INSURANCE: {O("PRAIRIECARE HEALTH PLAN")} MEMBER {I("PCH4410927")}
GROSS: 12 CORES RECEIVED IN 12 LABELED CONTAINERS (A-L), EACH LABELED "{N("HAUGEN")}", 0.8 TO 1.6 CM.
DIAGNOSIS:
 C. LEFT MID: PROSTATIC ADENOCARCINOMA, GLEASON SCORE 3+4=7 (GRADE GROUP 2), 30% OF CORE.
 D. LEFT BASE: GLEASON 3+3=6 (GRADE GROUP 1), 10%.
 ALL OTHER CORES BENIGN.
COMMENT: RESULTS PHONED TO DR. {N("LINDGREN")}'S NURSE, {N("MARK ESPINOZA-REYES")}, RN, ON {D("07/11/2025")}.
PATHOLOGIST: {N("ADEBAYO OYELARAN")}, MD, FCAP
""")

note(STYLE, "upper", f"""
{path_header("upper")}
Placenta Examination
Accession {I("S25-14129")}   Received {D("04/17/2025")}   Reported {D("04/22/2025")}
Mother: {N("Adaeze Okafor-Lindqvist")}  MRN {I("SB-0093318")}   Infant: Baby Girl {N("Okafor-Lindqvist")}  MRN {I("SB-0101977")}
Delivering physician: {N("Marguerite de la Cruz")}, MD, {O("St. Brendan's Hospital")}
History: 34 y/o G2P2, repeat cesarean at 39w1d; prior cesarean {Y("2021")}.
Gross: Singleton placenta, 512 g trimmed, 3-vessel cord 41 cm with eccentric insertion. Membranes translucent. Maternal surface intact.
Diagnosis: Third-trimester placenta, appropriate weight for gestational age. No chorioamnionitis. No infarcts.
{N("Adebayo Oyelaran")}, MD
""")

# ---------------------------------------------------------------- 3. anaesthesia pre-op / intra-op
STYLE = "anaesthesia"

note(STYLE, "upper", f"""
PRE-ANESTHESIA EVALUATION  TUESDAY {D("03/11/25")} 0640  {O("ARMC")} PREOP
PT {N("KOWALCZYK, HUNTER")}  56M  MRN {I("4471203")}  WT 104 KG  BMI 34
PROC: LAP CHOLE (DR {N("RAGHUNATHAN")})
HX: OSA ON CPAP, HTN, GERD. PREV GA: APPY {Y("1994")} AT {O("KESSLING MEMORIAL")}, NO PROBLEMS. NO FHX MH/PSEUDOCHOLINESTERASE DEF.
MEDS: LISINOPRIL (HELD AM), OMEPRAZOLE. NKDA.
NPO SINCE 2200. AIRWAY: MALLAMPATI III, TMD 3FB, NECK 46 CM, FULL ROM, DENTITION INTACT.
ASA III. PLAN: GETA, RSI W/ VIDEO (GLIDESCOPE AVAIL), PONV PPX X2.
RISKS/BENEFITS DISCUSSED W/ PT AND WIFE {N("ROSE")} (CELL {P("715-555-0119")}). QUESTIONS ANSWERED. CONSENT SIGNED.
{N("T. VAN WYK")} MD
""")

note(STYLE, "upper", f"""
INTRAOP ANESTHESIA RECORD - {O("AMBERFIELD REGIONAL MEDICAL CENTER")} OR 4 - {D("06/02/2025")}
PT: {N("NGUYEN, THI HOA")}  MRN {I("4418762")}  68F  ASA III
ANES: {N("BAEK, SUNG-MIN")} MD / {N("KAHANANUI, LEILANI")} CRNA. RELIEF: {N("DOMINIK HOLLOWAY")} CRNA 1100-1120.
0712 IN RM. 0718 A-LINE R RADIAL (ALLEN TEST NL). 0724 INDUCT: PROPOFOL 120, FENT 100, ROC 50. 0726 MAC 3 GR I, 7.0 ETT @ 21. 0735 R IJ TLC US-GUIDED. BAIR HUGGER ON. FOLEY BY RN.
0815 INCISION. 1314 FROZEN NEG PER PATH. 1540 PHENYL GTT TITRATED. EBL 650, UOP 420, CRYST 3.2 L, ALB 500.
1702 EXTUB DEEP->AWAKE, TO SICU W/ RN. HANDOFF TO DR {N("ESI OKONKWO")} (SICU FELLOW), PAGER {P("4-4812")}.
""")

note(STYLE, "upper", f"""
PREOP ANESTHESIA NOTE {D("05/06/2025")}  {O("HALDANE VALLEY HOSP")}
{N("BAPTISTE, JEAN-MARC")}  72M  MRN {I("HV772014")}  FOR R TKA W/ DR {N("PELLEGRINI")}
PMH: CAD S/P PCI {Y("2017")} (DES, OFF PLAVIX > 1 YR), DM2 (A1C 7.1), CKD3A, PRIOR SPINAL FOR L TKA AT {O("TWIN RIVERS UNIVERSITY HOSPITAL")} {D("10/2021")}.
AIRWAY MP II. SPINE: PALPABLE LANDMARKS.
PLAN: SPINAL (BUPI 0.5% HYPERBARIC 2.6 ML) + ADDUCTOR CANAL BLOCK + MAC. GETA BACKUP.
DISCUSSED W/ PT (FRENCH/ENGLISH, DECLINED INTERPRETER) AND SON {N("ANDRE")}. WILL CONTINUE METOPROLOL AM OF SURGERY.
- {N("O. ADEYEMI")}, MD  PAGER {P("612-555-0160")}
""")

note(STYLE, "upper", f"""
ANESTHESIA EVAL - L&D  {O("ST. BRENDAN'S")}  {D("04/17/2025")} 0605
{N("OKAFOR-LINDQVIST, ADAEZE")}  34 Y  G2P1  39W1D  SCHED RPT C/S  MRN {I("SB-0093318")}
HX: PRIOR C/S {Y("2021")} UNDER CSE, UNCOMPLICATED. ASTHMA MILD INTERMITTENT. NO BLEEDING HX. PLT 212.
AW: MP II, GOOD MO. BACK: NO SCOLIOSIS.
PLAN SPINAL W/ DURAMORPH 100 MCG. PT AGREES. HUSBAND {N("LARS")} AND DOULA {N("HOPE")} MAY ACCOMPANY PER POLICY.
{N("S. BAEK")} MD / {N("D. HOLLOWAY")} CRNA
""")

note(STYLE, "upper", f"""
PREOP EVAL IN ED - {O("KESSLING MEMORIAL HOSPITAL")}  SEEN {D("FEB 3 2025")} FOR SURGERY {D("FEB 4")}
PT: {N("ODUYA, GRACE-ANN N.")}  DOB {D("12/19/1931")}  AGE {A("93")}  MRN {I("KM-230551")}
PROC: L HIP HEMIARTHROPLASTY (FALL AT HOME {D("2/2")}, DR {N("HALVORSEN")} ORTHO)
HX: AFIB ON APIXABAN (LAST DOSE {D("2/2")} AM), HFPEF EF 55%, CKD4, MILD DEMENTIA (MONTREAL COGNITIVE ASSESSMENT 19 IN {D("OCT")}).
LIVES WITH GRANDSON {N("KWAME ODUYA")} IN {L("LADOGA SPRINGS")}; HCP = DAUGHTER {N("ABENA ODUYA-FINCH")} {P("(608) 555-0134")}. LIVING WILL ON FILE: DNR/DNI BUT OK FOR ANESTHESIA (DISCUSSED, REVERSAL OF DNR FOR OR PER POLICY, DAUGHTER AGREES).
ASA IV. PLAN: SPINAL VS GA W/ LMA; FASCIA ILIACA BLOCK IN ED ALREADY. HOPE TO AVOID GA GIVEN DELIRIUM RISK.
{N("T. VAN WYK")}
""")

# ---------------------------------------------------------------- 4. NICU / newborn notes
STYLE = "nicu_newborn"

note(STYLE, "mixed", f"""
NICU Admission Note - {O("St. Brendan's Hospital")} Level II Nursery
Baby Girl {N("Okafor-Lindqvist")}   MRN {I("SB-0101977")}   DOB {D("04/17/2025")} at 0814   GA 39w1d   BW 3390 g
Mother: {N("Adaeze Okafor-Lindqvist")}, 34 y/o G2P2 (MRN {I("SB-0093318")}), blood type O+, GBS negative, rubella immune, HIV/HBsAg/RPR negative.
Father: {N("Lars Lindqvist")}. Parents' phones: mother {P("715-555-0183")}, father {P("715-555-0184")}.
Delivery: repeat C/S under spinal (Dr. {N("de la Cruz")}). Clear fluid. Apgars 8 and 9.
Reason for admission: grunting and retractions at 20 minutes of life, SpO2 88% RA.
Exam: Ballard 39 wk. AFOF. Red reflex present bilaterally. Mild subcostal retractions. No murmur. Femoral pulses 2+. Normal female genitalia. Hips: Ortolani and Barlow negative.
Assessment: TTN vs early sepsis. Plan CPAP +5, CBC/CRP at 6 h, blood culture drawn, ampicillin/gentamicin pending culture per EOS calculator. Mother wishes to breastfeed, lactation ({N("Dawn Feierabend")}, IBCLC) consulted.
Pediatrician after discharge: {N("Ifeoma Chukwu")}, MD, {O("Kessling Pediatrics")}, {P("715-555-0190")}.
Attending: {N("Chinedu Okonjo")}, MD
""")

note(STYLE, "lower", f"""
nicu progress note dol 3 baby boy {N("yellowhorse")} ({N("tanis")}) mrn {I("km-240017")} cga 35+6
mom {N("shawnee yellowhorse")} at bedside most of day, dad {N("rudy begay")} works nights at {O("norvale cheese cooperative")}, calls in. best # for mom {P("608-555-0139")}.
resp: ra since dol 1. no a/b/d x 24h.
fen: pos 38 ml q3 ebm/sim, gaining. wt 2210 (bw 2250).
gi: bili 11.8 at 60 h, below photo threshold for 35 wk, recheck tmrw.
id: cultures ngtd 48h, abx stopped {D("2/12")}.
social: grandma {N("theresa yellowhorse")} (rn here in endo) supportive. family from {L("ladoga springs")}, ~40 min drive. wic referral done.
plan: car seat test when eating well, hep b vaccine given {D("2/11")}. may go home by weekend if feeds continue.
- {N("c. okonjo")} md
""")

note(STYLE, "mixed", f"""
Newborn Discharge Summary
Name: {N("Mateo Villaseñor-Quispe")}  ("Baby Boy {N("Villaseñor")}" at birth)   MRN {I("HV903310")}
Born: {D("March 29, 2025")}, 22:47, {O("Haldane Valley Hospital")} Family Birth Center   Discharged: {D("April 1, 2025")}
Mother: {N("Luz Quispe Mamani")}  Father: {N("Rafael Villaseñor")}
Address: {AD("418 Juniper Ct, Apt 2")}, {L("North Haldane")}, {S("MN")} {Z("55971")}   Home phone {P("507-555-0152")}
Pregnancy: G3P3, prenatal care at {O("Prairie Lakes OB/GYN")} from 11 weeks. GDM diet-controlled.
Birth: SVD, Apgars 9/9. BW 3880 g (LGA). Glucoses 52, 61, 58: stable.
Screens: state newborn screen sent {D("3/30/25")}, hearing pass bilaterally, CCHD pass, TcB 7.4 at 36 h (low risk).
Hep B #1 {D("3/30")}. Vitamin K and erythromycin given.
Follow-up: {N("Anneliese Brandvold")}, MD at {O("Birchmont Family Clinic")} on {D("April 3")}. Spanish interpreter needed for visits (mother prefers Quechua/Spanish).
Circumcision deferred per parents (will decide at 2-week visit).
""")

note(STYLE, "lower", f"""
nursery note. baby girl {N("nakamura-haas")} born {D("06/21/2025")} 03:12 to {N("keiko nakamura-haas")} (33, g1p1) and {N("tobias haas")}. term, svd, apgars 7/9. mec-stained fluid, vigorous, no suction needed. temp 36.4 at 1 h, skin to skin, bair hugger not needed after. bili at 24h 5.9 low risk. family name for baby: "{N("emi")}". parents ask about down syndrome screening results from {D("january")} (low risk nipt, reviewed). dad's email for photos of teaching handouts: {E("tobias.haas@mailbox.example")}. pediatrician {N("ifeoma chukwu")} tomorrow, {O("kessling pediatrics")}.
""")

note(STYLE, "mixed", f"""
NICU Follow-up Clinic / High-Risk Infant Program - {O("Northwoods Children's Hospital")}
Patient: {N("Zuri Achieng Otieno")}   DOB {D("08/05/2023")} (born at 26+4 weeks, BW 790 g)   Corrected age 20 months   Visit {D("07/08/2025")}
Accompanied by mother {N("Wanjiru Otieno")} and maternal aunt {N("Faith Kamau")}.
NICU course ({O("Northwoods Children's")} NICU {D("August")} to {D("November 2023")}): BPD, ROP stage 2 (regressed), NEC medical, no IVH.
Bayley-4 today: cognitive 85, language 79, motor 82. Denver not repeated. Gross motor: walks independently since {D("March")}.
Hearing: passed ABR. Vision: followed by Dr. {N("Thandiwe Mokoena")}, ophthalmology.
Services: Birth-to-3 through {O("Amberfield County Early Intervention")} (speech weekly, coordinator {N("Will Raczkowski")}, {P("715-555-0127")} ext. {P("214")}).
Plan: continue speech; repeat Bayley at 30 months corrected. Next visit {D("January 2026")}.
{N("Margarethe Lindahl-Osei")}, MD, Developmental Pediatrics
""")

# ---------------------------------------------------------------- 5. prenatal / OB clinic visits
STYLE = "prenatal_ob"

note(STYLE, "mixed", f"""
{O("Prairie Lakes OB/GYN")} - Return OB Visit
Patient: {N("Adaeze Okafor-Lindqvist")}  DOB {D("02/09/1991")}  Date {D("03/20/2025")}
G2P1001. LMP {D("07/11/2024")}. EDD {D("04/17/2025")} by 8-week US (scheduled repeat C/S {D("4/17")}).
GA 36w0d. BP 118/72. Wt +11 kg. FHR 142. Fundal height 36 cm. Leopold: vertex, back to maternal left.
GBS swab collected. Discussed TOLAC vs repeat cesarean again; prior C/S {Y("2021")} for arrest of descent. Patient and husband {N("Lars")} prefer repeat; scheduled with Dr. {N("de la Cruz")} at {O("St. Brendan's")}.
Birth plan reviewed: doula {N("Hope Tran-Whitaker")} ({P("715-555-0145")}, {E("hope@birchlightdoula.example")}, {U("www.birchlightdoula.example")}) to attend; delayed cord clamping; skin to skin in OR; breastfeeding.
Work: teacher at {O("Otter Prairie Elementary")}, leave starts {D("April 4")}. Insurance {O("Lakeshore Mutual Health")}, member ID {I("LMH-77318820")}.
RTC 1 week. {N("Yaa Asantewaa Boateng")}, CNM
""")

note(STYLE, "lower", f"""
new ob intake {D("1/6/25")} - {N("keiko nakamura-haas")} 33 y/o g1p0
lmp {D("9/14/24")}, sure, regular cycles. edd {D("6/21/25")} by lmp, confirmed by 9 wk us today.
partner {N("tobias haas")} present, works remote for {O("halverson agri-tech")}. they moved from {L("osaka")}, {L("japan")} in {Y("2022")}.
pmh: hypothyroid (levothyroxine 75), no surgeries. fhx: mother's sister had down syndrome child, father with marfan? (not confirmed, pt will ask).
genetic options discussed: nipt vs quad. pt wants nipt. referral to genetics at {O("twin rivers university hospital")}.
dental: last cleaning in {D("august")}. flu shot today. tdap at 27-36 wk.
ultrasound anatomy scan at {O("amberfield regional")} ~{D("1/24")}.
plan rtc 4 wk. - {N("yaa boateng")} cnm
""")

note(STYLE, "mixed", f"""
OB Visit - 28 weeks
{N("Shawnee Yellowhorse")}  DOB {D("05/30/2003")}  MRN {I("KM-229870")}  Visit {D("December 20, 2024")}
G2P0010, EDD {D("3/14/2025")} (by 10 wk US; LMP uncertain, thought to be early {D("June")}).
1-hr GTT 128 (normal). Hgb 10.6, starting iron. Rh negative: RhoGAM given today, lot {I("RG24K118")}.
Braxton Hicks 2-3/day, no bleeding, good fetal movement.
Social: lives with partner {N("Rudy Begay")} and her mother in {L("Ladoga Springs")}. Partner works at {O("Norvale Cheese Cooperative")} (nights). No car; ride via {O("Ladoga County Transit")}. WIC enrolled. Plans to deliver at {O("Kessling Memorial")}; no doula, would like one, referred to community doula program (coordinator {N("Carmen Ibarra-Ruiz")}, {P("608-555-0165")}).
Depression screen (Edinburgh) 9. Declined counselling today, will revisit after {D("Christmas")}.
{N("Yaa Asantewaa Boateng")}, CNM, {O("Prairie Lakes OB/GYN")} - {L("Kessling")} satellite
""")

note(STYLE, "lower", f"""
ob visit 34w. {N("luz quispe mamani")}, g3p2 (mrn {I("hv881145")}). edd {D("4/24/25")}.
gdm a1 on diet, fastings 84-92, post-prandials under 130. growth us {D("3/4")}: efw 74th %ile, afi 16.
husband {N("rafael")} interprets today at pt request (declined phone interpreter after offered). pt's sister {N("rosa quispe")} will keep older kids ({N("nayeli")} 6, {N("bruno")} 3) during delivery.
birth plan: unmedicated if possible, wants to avoid pitocin, ok with iv access. delivery at {O("haldane valley hospital")}.
plan nst weekly from 36 wk. rtc 1 wk. {N("a. brandvold")} md ({O("birchmont family clinic")})
""")

note(STYLE, "lower", f"""
postpartum visit 6 wk - {N("adaeze okafor-lindqvist")} - {D("may 29 2025")}
s/p repeat c/s {D("4/17")}. incision well healed, pfannenstiel scar non tender. lochia done. breastfeeding going well, baby girl ({N("ngozi")}) gaining per dr {N("chukwu")}.
epds 6. sleep fragmented but coping, husband home on leave until {D("june 15")}. mother-in-law {N("ingrid lindqvist")} visiting from {L("duluth")}.
contraception: wants iud, placed today (lot {I("MR3391C")}). back to work at school in {D("august")}.
{N("y. boateng")} cnm
""")

# ---------------------------------------------------------------- 6. PT / OT / speech progress notes
STYLE = "rehab_therapy"

note(STYLE, "mixed", f"""
{O("Birchmont Physical Therapy & Sports Rehab")}
{AD("77 Lakeview Ave")}, {L("Birchmont")}, {S("MN")} {Z("55962")}  |  Ph {P("218-555-0111")}  Fax {P("218-555-0112")}
PT Progress Note (visit 9 of 16)
Patient: {N("Jean-Marc Baptiste")}   DOB {D("11/30/1952")}   Date of service: {D("06/19/2025")}
Referring: {N("Grant Pellegrini")}, MD   Dx: s/p R TKA {D("5/6/25")}
Subjective: Pain 3/10 at rest, 5/10 after stairs. Sleeping better. Wants to be able to kneel in the deer stand by {D("November")}; last year he was a hunter with his son in the blind.
Objective: R knee AROM 4-112 deg (was 10-88 on {D("5/22")}). Quad lag resolved. TUG 9.8 s. Berg 52/56. Gait with single-point cane, mild antalgic pattern.
Treatment: NMES quads 10 min, bike 8 min full revolutions, step-ups, TKE with band, patellar mobs, gait training on stairs.
Assessment: Progressing well toward goals. May discharge to HEP in 3-4 weeks.
Plan: 2x/week. Re-eval {D("7/10/2025")}.
{N("Siobhan Nakashima-Reilly")}, PT, DPT   Lic. {I("PT-0041873")}
""")

note(STYLE, "lower", f"""
ot daily note - inpatient rehab 3 south - {O("kessling memorial")} - {D("2/10/25")}
pt: {N("grace-ann oduya")} ({A("93")} y/o) s/p l hip hemi {D("2/4")} (dr {N("halvorsen")}). posterior hip precautions.
ldh: upper body dressing min a, lower body dressing mod a with reacher/sock aid, pt able to recall 2/3 precautions. toileting with 3-in-1 commode, cga.
cognition: moca not repeated; oriented x2 (thinks it is {D("january")}). daughter {N("abena")} brought photos, pt engaged well.
d/c plan: pt hopes to go home to grandson's house in {L("ladoga springs")}; family meeting with sw {N("dolores oyelowo")} thursday {D("2/13")}... (see team conf). hoyer not needed.
{N("kamal bishara")}, otr/l
""")

note(STYLE, "mixed", f"""
Speech-Language Pathology Progress Report
{O("Otter Prairie School District")} / {O("Otter Prairie Elementary")} - Reporting period {D("January")} through {D("March 2025")}
Student: {N("Hunter Bouchard-Yazzie")}   DOB {D("10/02/2018")}   Grade 1   Teacher: Ms. {N("Adaeze Okafor-Lindqvist")}
IEP case manager: {N("Penelope Ashworth")}   Parent: {N("Dakota Yazzie")} ({P("715-555-0156")}, {E("dakota.yazzie@prairiemail.example")})
Goals:
1. Produce /r/ in initial position in words with 80% accuracy: currently 65% (baseline 30% in {D("September")}).
2. Follow 2-step directions in class: met.
Notes: {N("Hunter")}'s mom reports he reads with his grandpa, {N("Bill Yazzie")}, most nights. Teacher notes good participation since the winter break ended {D("January 6")}; he will mark his own attempts on a tally sheet.
Standardized: GFTA-3 re-administration planned {D("May 2025")}.
{N("Rosalind Featherstone")}, M.S., CCC-SLP
""")

note(STYLE, "lower", f"""
speech therapy - inpatient swallow f/u - {N("rose abernathy")} - {O("st brendan's")} 4 west - {D("7/16/2025")}
s/p peg {D("7/15")}. mbs {D("7/9")} showed silent aspiration thin and nectar. today: oral care, bedside trial of puree x 5 tsp with chin tuck, coughing x1 delayed. recommend npo except ice chips after oral care, continue peg feeds.
niece {N("willa")} here, asks if pt may ever eat again: discussed hope for partial recovery, reassess in 2-3 wk with repeat mbs. niece will bring pt's dentures.
{N("aoife mcnamara-diallo")}, ma ccc-slp
""")

note(STYLE, "lower", f"""
pt re-eval. {N("dominic o'shaughnessy")}. dos {D("8-12-25")}. employer {O("badger ridge paper mill")}, workers comp claim {I("WC-25-118392")} (adjuster {N("terrence mbeki")}, {P("608-555-0171")}). injury {D("6/30/25")} l shoulder lifting roll core. rotator cuff repair {D("7/14")} at {O("amberfield regional")} (dr {N("raghunathan")} referred? no - dr {N("halvorsen")}). sling weaned. prom flex 120, er 40. no active until 6 wk per protocol. goal return to light duty - hr contact {N("bridget sandoval")}. next {D("8/19")}. {N("s nakashima-reilly")} pt
""")

# ---------------------------------------------------------------- 7. inpatient psychiatry notes
STYLE = "inpatient_psychiatry"

note(STYLE, "mixed", f"""
Inpatient Psychiatry Admission - {O("Haldane Valley Hospital")} Behavioral Health Unit (5 East)
Patient: {N("Ezekiel Thunderbird-Moss")}   MRN {I("HV915522")}   DOB {D("04/11/1996")}   Admit {D("09/03/2025")}
Legal status: 72-hour emergency hold placed by {O("Pell County Sheriff")} Deputy {N("Kristoffer Aune")} on {D("9/2/2025")} at 2315; petition for judicial commitment filed {D("9/4")}, case no. {I("73-MH-PR-25-412")}. Preliminary hearing set for {D("September 9, 2025")}, {O("Pell County District Court")}; court-appointed attorney {N("Naomi Feldstein-Ruiz")} ({P("507-555-0137")}).
HPI: 29 y/o man found by roommate {N("Julian Pierce")} on the roof of their apartment at {AD("212 Elm St")}, {L("North Haldane")}, stating he "will be called up". Roommate reports 2 weeks of no sleep, giving away belongings, stopped working at {O("Halverson Agri-Tech")}.
Collateral: mother {N("Deborah Moss")} ({P("507-555-0199")}, lives in {L("Rochester")}, {S("MN")}): one prior episode in {Y("2019")} while at {O("Winona Lakes College")}, treated at {O("Twin Rivers University Hospital")}, dx bipolar I.
MSE: Pressured, flight of ideas, grandiose. Denies SI/HI. C-SSRS: no ideation. Insight poor.
Plan: olanzapine, labs, UDS, lithium level history. Will continue hold pending hearing.
{N("Rashida Al-Amin")}, MD, Psychiatry
""")

note(STYLE, "lower", f"""
psych progress note hd 4 {D("9/6")}. {N("ezekiel t-m")} slept 5 h. less pressured. attended groups x2. mother {N("deborah")} called again, asked about hearing {D("9/9")}; explained patient must sign roi before further info (roi signed for mother only, not for ex-partner {N("sierra lockhart")}). pt wants to leave, says he will "grant the court nothing". olanzapine 15 qhs, lithium 600 bid started, level {D("9/10")}. {N("r. al-amin")}
""")

note(STYLE, "mixed", f"""
Collateral contact note - {D("03/14/2025")} 1420
Patient: {N("Marisol Ybarra-Kealoha")}, 17 y/o, adolescent unit, {O("Northwoods Children's Hospital")}. MRN {I("NC-5520471")}.
Legal guardian: grandmother {N("Lourdes Ybarra")} (letters of guardianship, {O("Amberfield County Circuit Court")} file {I("2023GN000184")}). Guardian reached at {P("715-555-0188")}: confirms patient's 2 prior overdoses ({D("June 2024")}, {D("Thanksgiving 2024")}). Guardian agrees to lithium trial and family session {D("3/18")}.
School counselor {N("Dwayne Okafor")}, {O("Kessling High School")} ({P("715-555-0169")} x {P("305")}): absences since {D("February")}, bullying incident reported {D("2/24")}.
Outpatient therapist {N("Yusuf Demir")}, LPC ({O("Riverbend Counseling")}): seen weekly until {D("January")}; will resume after discharge.
{N("Caoimhe Brennan")}, LICSW
""")

note(STYLE, "lower", f"""
psychiatry consult-liaison, 4 west. pt {N("ng, may")} (mrn {I("sb-0088120")}), 81 f. called for agitation night 2 post hip fracture repair. delirium, hyperactive. no prior psych hx per son {N("kenneth ng")} ({P("715-555-0103")}). son is healthcare poa. rec: stop diphenhydramine, melatonin 3, haloperidol 0.5 prn severe agitation, sitter, glasses and hearing aids on. may need geri psych f/u after discharge to {O("lakeside manor")}. will follow. {N("j. whitcombe")} np
""")

note(STYLE, "mixed", f"""
Discharge Note - Behavioral Health Unit
Patient: {N("Ezekiel Thunderbird-Moss")}  MRN {I("HV915522")}  Admitted {D("9/3/2025")}  Discharged {D("9/19/2025")}
Legal: At hearing on {D("9/9/2025")} Judge {N("Harriet Solberg")} stayed commitment for 90 days on condition of treatment adherence (case {I("73-MH-PR-25-412")}). Stayed order expires {D("12/8/2025")}.
Course: mania resolved on lithium (level 0.8 on {D("9/16")}) + olanzapine. Sleeping 7-8 h.
Disposition: to mother's home in {L("Rochester")}, {S("Minnesota")} ({AD("1509 Ninth St NE")}, {Z("55906")}). Follow-up: {O("Zumbro River Behavioral Health")} intake {D("9/24")} with {N("Priscilla Obi")}, APRN, {P("507-555-0128")}; county case manager {N("Bjorn Tollefson")}, {P("507-555-0114")}.
Crisis line and 988 reviewed. Mother has copy of safety plan.
{N("Rashida Al-Amin")}, MD
""")

# ---------------------------------------------------------------- 8. consult letters
STYLE = "consult_letter"

note(STYLE, "mixed", f"""
{O("Twin Rivers University Hospital")} - Hepatobiliary and Pancreas Surgery
{AD("4120 Riverside Pkwy SE")}, {L("Minneapolis")}, {S("MN")} {Z("55455")}   Tel {P("612-555-0100")}  Fax {P("612-555-0109")}

{D("May 14, 2025")}

{N("Priya Raghunathan")}, MD
{O("Amberfield Surgical Associates")}
{AD("900 Hospital Dr, Suite 210")}
{L("Amberfield")}, {S("WI")} {Z("54729")}

RE: {N("Thi Hoa Nguyen")}, DOB {D("01/14/1957")}

Dear Dr. {N("Raghunathan")},

Thank you for referring Mrs. {N("Nguyen")}, whom I saw in our multidisciplinary pancreas clinic on {D("May 13")} with her daughter, {N("Mai Nguyen-Ebersole")}, who interpreted at her mother's request (a professional Vietnamese interpreter was also present by phone).

As you know, she presented in {D("March")} with painless jaundice. EUS-FNA at {O("Amberfield Regional")} on {D("April 2")} confirmed adenocarcinoma. Our CT review shows a 2.6 cm mass at the head without arterial involvement and with less than 180 degrees of SMV abutment: resectable. CA 19-9 after stenting is 88.

I agree with upfront pancreaticoduodenectomy and would be glad to join you as co-surgeon at your institution so she can stay close to home in {L("Otter Prairie")}. Tentative date {D("June 2")}. She has no Lynch-associated history but we sent germline testing (see genetics note), given that her brother died of gastric cancer in {L("Hue")}, {L("Vietnam")} in {Y("2009")}.

Please do not hesitate to call my cell, {P("612-555-0102")}.

With kind regards,

{N("Emeka Nwachukwu")}, MD, FACS
cc: {N("Anneliese Brandvold")}, MD (PCP)
""")

note(STYLE, "mixed", f"""
{O("North Haldane Urology")}
{AD("31 River Bend Rd")} | {L("North Haldane")}, {S("MN")} {Z("55971")} | {P("507-555-0150")} | {U("www.northhaldaneurology.example")}

{D("July 18, 2025")}

{N("Anneliese Brandvold")}, MD
{O("Birchmont Family Clinic")}

Dear {N("Anneliese")},

Thank you for asking me to see {N('William "Bill" Haugen')}, a 75-year-old retired {O("Badger Ridge Paper Mill")} foreman, for a rising PSA (4.1 in {Y("2023")} to 7.8 in {D("April")}). MRI showed a PI-RADS 4 lesion left mid-gland. Biopsy on {D("July 8")} showed Gleason 3+4=7 (grade group 2) in one core and 3+3 in another.

We talked at length with {N("Bill")} and his wife, {N("Mary Ellen")}. He favours active surveillance over surgery or radiation and I think that is reasonable for favourable-intermediate disease given his cardiac history. Will repeat PSA in 3 months and MRI in 12.

He asked me to mention that he would like you to handle his flu shot in {D("October")} as usual.

Best wishes,
{N("Anders Lindgren")}, MD
""")

note(STYLE, "mixed", f"""
{D("February 20, 2025")}

Dr. {N("Tomasz Wiśniewski")}
{O("Ladoga Springs Family Medicine")}
{AD("5 Depot St")}, {L("Ladoga Springs")}, {S("WI")} {Z("54767")}

Re: {N("Ayodele Martins-Grant")} (DOB {D("06/03/1984")}, our MRN {I("TR-6603817")})

Dear Dr. {N("Wiśniewski")},

Many thanks for referring this pleasant 40-year-old for evaluation of aortic root dilation (4.3 cm on echo {D("1/9/25")}) and tall stature. On examination today she has a positive wrist and thumb sign, arm span to height ratio 1.07, mild pectus excavatum and ectopia lentis on the right (per Dr. {N("Mokoena")}). Systemic score 8: she meets revised Ghent criteria for Marfan syndrome. Her father, {N("Olumide Martins")}, died suddenly at 46 in {L("Lagos")}; her daughter {N("Temi")} (age 12) has not been evaluated.

Plan: losartan, FBN1 testing through {O("GeneWell Diagnostics")}, echo yearly, referral to Dr. {N("Kerrigan")}'s aortic clinic, and screening echo for {N("Temi")} at {O("Northwoods Children's Hospital")}. Genetic counselling with {N("Hope Lindqvist")}, CGC ({E("hlindqvist@twinrivers.example")}).

Yours sincerely,
{N("Farah Siddiqui-Hartmann")}, MD, Cardiovascular Genetics, {O("Twin Rivers University Hospital")}
Clinic fax {P("612-555-0118")}
""")

note(STYLE, "mixed", f"""
Dear Dr. {N("Chukwu")},

Thank you for referring {N("Zuri Otieno")} (DOB {D("08/05/2023")}), whom I saw in the pediatric pulmonary clinic at {O("Northwoods Children's Hospital")} on {D("June 24, 2025")} with her mother {N("Wanjiru")}.

{N("Zuri")}, a former 26-week infant with BPD, has had three wheezing episodes since {D("Easter")}, one requiring an ED visit at {O("Kessling Memorial")} on {D("5/30")}. She is off home oxygen since {D("October 2024")}. Mother works at {O("Norvale Cheese Cooperative")} and {N("Zuri")} attends {O("Little Sprouts Daycare")} in {L("Kessling")}.

I have started budesonide nebulised twice daily and albuterol as needed, with a written action plan. RSV prophylaxis will be reviewed in the fall. I will see her again in {D("September")}.

Sincerely,
{N("Ravindra Subramaniam")}, MD
Pediatric Pulmonology | {P("(715) 555-0194")} | {E("rsubramaniam@northwoodschildrens.example")}
""")

note(STYLE, "mixed", f"""
{O("Kessling Neurology Associates")}
{AD("260 Commerce Pkwy")}, {L("Kessling")}, {S("WI")} {Z("54755")}

{D("10/02/2025")}

To: {N("Ifeoma Chukwu")}, MD, {O("Kessling Pediatrics")}
Re: {N("Hunter Bouchard-Yazzie")}, age 7

Dear Dr. {N("Chukwu")},

Thank you for the referral of {N("Hunter")} for staring spells reported by his teacher since late {D("August")}. His EEG on {D("9/26")} showed generalized 3 Hz spike-wave discharges provoked by hyperventilation, consistent with childhood absence epilepsy. Neurological exam is normal. Development is normal apart from the articulation delay being addressed at school.

I started ethosuximide and gave his mother, {N("Dakota Yazzie")}, our seizure action plan and the water-safety handout. I have also written to the school nurse, {N("Leona Whitebird")}, at {O("Otter Prairie Elementary")}.

I will see him in {D("November")} with a repeat EEG. The family can reach our nurse line at {P("715-555-0161")}.

Kind regards,
{N("Benedikt van der Zee")}, MD, PhD
""")

# ---------------------------------------------------------------- 9. dictated transcripts (speech recognition)
STYLE = "dictated_transcript"

note(STYLE, "lower", f"""
this is doctor {N("priya ragu nathan")} dictating a clinic follow up on {N("hunter kowal czyk")} comma medical record number {I("four four seven one two zero three")} period date of service {D("march twenty fifth twenty twenty five")} period new paragraph mr {N("kowal chick")} is two weeks out from laparoscopic cholecystectomy performed {D("march eleventh")} at {O("amber field regional")} period his pathology showed chronic cholecystitis only period he is eating a regular diet comma no fevers comma incisions healing well period his wife {N("rose")} came with him and asked whether he may go back to driving the plow truck for {O("amber field public works")} period i said yes once off narcotics period new paragraph plan comma return as needed period please send a copy to doctor {N("anna lease brand vold")} at {O("birch mont family clinic")} period end of dictation
""")

note(STYLE, "lower", f"""
dictation for {N("rose abernathy")} date of birth {D("january ninth nineteen thirty two")} she is a {A("ninety three")} year old woman admitted after a left m c a stroke comma now p e g dependent period niece and health care proxy is {N("willa abernathy grant")} phone {P("seven one five five five five zero one seven seven")} period the niece says the patient lived alone in {L("kess ling")} and was independent until {D("july eighth")} comma drove until {Y("twenty twenty three")} period we discussed goals of care comma the family would like a trial of rehab at {O("lakeside manor")} then reassess period code status d n r slash d n i comma confirmed with niece period new paragraph uh scratch that last sentence comma confirmed with niece and with the patient who nods appropriately period dictated by {N("desmond o rourke")} {D("july eighteenth")}
""")

note(STYLE, "lower", f"""
okay this is {N("rashida al amin")} psychiatry dictating on {N("ezekiel thunder bird moss")} hospital day one new paragraph the patient was brought in on a hold by {O("pell county sheriff")} on {D("september second")} comma hearing is {D("september ninth")} period collateral from mom {N("debra moss")} spelled d e b o r a h comma her number is {P("five oh seven five five five zero one nine nine")} period she reports a previous episode in {Y("twenty nineteen")} when he was a student at {O("winona lakes college")} period he was hospitalized at {O("twin rivers")} for about three weeks period no history of violence period new paragraph the patient states he will quote be called up unquote period he denies suicidal ideation period plan as per the written orders period end dictation
""")

note(STYLE, "lower", f"""
referral letter dictated for {N("benedict vander zee")} neurology to doctor {N("if eoma chukwu")} comma {O("kessling pediatrics")} comma re {N("hunter bouchard yazzie")} date of birth {D("october second twenty eighteen")} period dear doctor {N("chukwu")} comma i saw {N("hunter")} today {D("november twentieth")} for follow up of absence epilepsy period seizure free since the second week on ethosuximide comma repeat e e g normal period mom {N("dakota")} says the staring spells stopped before {D("halloween")} period we will continue the current dose comma mark the seizure diary comma and see him again after {D("new years")} period our nurse line is {P("seven one five five five five zero one six one")} period sincerely dictated but not read
""")

note(STYLE, "lower", f"""
anesthesia addendum dictated {D("february fourth twenty twenty five")} patient {N("grace ann oduya")} o d u y a medical record {I("k m two three zero five five one")} spinal anesthetic placed sitting at l three four comma one pass comma clear c s f period fascia iliaca catheter from the e d left in place period intraoperative course uneventful except brief hypotension treated with phenylephrine period daughter {N("abena")} called at {P("six oh eight five five five zero one three four")} after the case period she hopes to have her mother back at the grandson's place in {L("ladoga")} by {D("valentines day")} which i told her is optimistic period signed {N("tobias van wick")}
""")

# ---------------------------------------------------------------- 10. OCR'd scanned faxes
STYLE = "ocr_fax"

note(STYLE, "upper", f"""
FROM: {O("AMBERFIELD REG MED CTR")} H1M      {P("715 555 0167")}      {D("03/12/2025")} 14:22      P. 001/003
-------------------------------------------------------------
D1SCHARGE SUMMARY  -  C0PY F0R PCP
PATIENT: {N("KOWALCZYK, HUNTER J")}        MRN: {I("4471203")}
ADM1T: {D("03/11/2025")}   D/C: {D("03/12/2025")}
ATTEND1NG: {N("RAGHUNATHAN, P")}  MD
PCP: {N("BRANDVOLD")} - {O("BIRCHMONT FAMILY CLINIC")}
HOSP1TAL C0URSE: UNCOMPL1CATED LAP CH0LE. T0LERATED D1ET P0D 0. P A IN C0NTR0LLED W1TH ORAL ME-
D1CATI0N. DISCH ARGED H0ME WITH W1FE.
F0LL0W UP: CL1NIC {D("3/25/25")} - CALL {P("715-555-0140")} T0 C0NF1RM.
-------------------------------------------------------------
CONF1DENT1AL1TY N0TICE: TH1S FAX MAY C0NTAIN PR0TECTED HEALTH 1NF0RMAT10N. 1F RECE1VED 1N ERR0R CALL {P("715-555-0167")}.
{D("03/12/2025")} 14:22   FAX {P("7155550168")}   PAGE 3/3
""")

note(STYLE, "upper", f"""
{D("07-11-25")} 16:05   {O("NORTHSTAR PATHOLOGY")}   {P("715.555.0131")}   >>  {O("NORTH HALDANE UROLOGY")}   P 1/2
ATTN: DR. {N("LINDGREN")} / {N("MARK ESPINOZA-REYES")} RN
RE: {N("HAUGEN, WILLIAM")}   D0B {D("03/03/1950")}   ACC {I("S25-24406")}
F1NAL REP0RT ATTACHED. GLEAS0N SC0RE 3+4=7 LEFT M1D. PLEASE SEE PA-
GE 2 F0R C0MPLETE D1AGN0SIS.
QUEST10NS: DR. {N("OYELARAN")}, D1RECT {P("715-555-0132")}
======  PAGE 1 OF 2  ======
""")

note(STYLE, "upper", f"""
** RECE1VED {D("FEB 07 2025")} 09:17 **  FR0M: {O("LADOGA SPRINGS FAMILY MEDICINE")}  FAX {P("608 555 0125")}  T0: {P("608 555 0136")}
REFERRAL / PR10R AUTH0R1ZAT10N REQUEST
MEMBER: {N("ODUYA, GRACE-ANN")}   D0B: {D("12/19/1931")}   AGE {A("93")}
PLAN: {O("PRAIRIECARE HEALTH PLAN")}  MEMBER ID {I("PCH2275501")}  GR0UP {I("00481")}
REQUEST1NG PR0V1DER: {N("TOMASZ WISNIEWSKI")} MD  NP1 {I("1639205518")}
SERV1CE: 1NPAT1ENT REHAB AFTER HIP HEM1ARTHR0PLASTY ({D("2/4/25")}) AT {O("KESSLING MEMORIAL")}
CL1N1CAL: PR10R LEVEL 0F FUNCT10N 1NDEPENDENT W1TH CANE, L1VES W1TH GRANDS0N {N("KWAME")} AT
{AD("88 ORCHARD LN")}, {L("LADOGA SPRINGS")}, {S("WI")} {Z("54767")}.
C0NTACT: {N("CHERISE")} 1N 0UR 0FF1CE {P("608-555-0126")} EXT {P("12")}
PAGE 1 / 1
""")

note(STYLE, "upper", f"""
FAX  FAX  FAX    {O("HALDANE VALLEY HOSPITAL")} HEALTH 1NF0 MGMT   TEL {P("507-555-0170")}   FAX {P("507-555-0171")}
{D("SEP 19 2025")}  10:48   PG 2 0F 4
TRANSM1TTAL: BEHAV10RAL HEALTH D1SCHARGE
PT: {N("THUNDERBIRD-MOSS, EZEKIEL")}   MRN {I("HV915522")}
F0LL0W-UP APP01NTMENT: {O("ZUMBRO RIVER BEHAVIORAL HEALTH")}, {AD("343 WOODLAKE DR SE")}, {L("ROCHESTER")}, {S("MN")} {Z("55904")}, {D("9/24/25")} 1:30 PM W1TH {N("PRISCILLA OBI")}, APRN.
MED1CAT10NS: L1TH1UM CARB0NATE 600 MG B1D, 0LANZAP1NE 15 MG QHS.
C0URT: STAYED 0RDER, CASE {I("73-MH-PR-25-412")}, EXP1RES {D("12/8/25")}.
TH1S C0MMUN1CAT10N 1S C0NF1DENT1AL ... PG 2 0F 4
""")

note(STYLE, "upper", f"""
{P("612-555-0109")}   {O("TWIN RIVERS UNIV HOSP")}  HPB   {D("05/14/2025")}  11:02   P.01
C0NSULTAT10N N0TE F0R: {N("NGUYEN, THI HOA")}  D0B {D("01/14/1957")}  MRN {I("TR-7741029")}
SEEN {D("05/13/2025")} W1TH DAUGHTER {N("MAI")}. RESECTABLE PANCREAT1C HEAD ADEN0CARC1N0MA. PLAN WH1PPLE AT {O("ARMC")}
{D("6/2/25")} W1TH DR {N("RAGHUNATHAN")} / DR {N("NWACHUKWU")}. GERML1NE PANEL SENT T0 {O("GENEWELL DIAGNOSTICS")}
(REQ {I("GW-25-0088431")}).
PR1VACY N0T1CE - 1F Y0U ARE N0T THE 1NTENDED REC1P1ENT PLEASE N0T1FY SENDER AT {P("612-555-0100")}
""")

# ---------------------------------------------------------------- 11. genetics counselling notes
STYLE = "genetics_counselling"

note(STYLE, "mixed", f"""
Cancer Genetics Counselling - {O("Twin Rivers University Hospital")} Hereditary Cancer Clinic
Patient: {N("Thi Hoa Nguyen")}   DOB {D("01/14/1957")}   Session {D("05/20/2025")}   Counselor: {N("Hope Lindqvist")}, MS, CGC
Indication: pancreatic adenocarcinoma at 68; family history of gastric and colon cancer.
Pedigree (three generations, patient is proband):
- Father {N("Nguyen Van Thanh")}: died in {Y("1975")} in {L("Da Nang")} (war, not cancer).
- Mother {N("Tran Thi Lan")}: lived to {A("94")}, died {Y("2016")} in {L("San Jose")}, {S("California")}; no cancer.
- Brother {N("Nguyen Van Minh")}: gastric cancer dx 52, died {Y("2009")} in {L("Hue")}.
- Sister {N("Nguyen Thi Thu")}, 71, lives in {L("Houston")}, {S("TX")}: colon cancer at 49, treated at a community hospital, no tumor testing.
- Patient's daughter {N("Mai Nguyen-Ebersole")}, 41, and son {N("Duc Nguyen")}, 38: well. Granddaughter {N("Lily Ebersole")}, 9.
Assessment: meets NCCN criteria for germline testing (pancreatic cancer) and family history suggestive of Lynch syndrome (gastric + early colon). Tumor MMR IHC intact.
Plan: 84-gene panel via {O("GeneWell Diagnostics")} (requisition {I("GW-25-0088431")}); results expected in {D("June")}. Discussed GINA. {N("Mai")} would like cascade testing if positive.
Results callback number: {P("612-555-0106")}.
""")

note(STYLE, "mixed", f"""
Genetic Counselling Note - Prenatal
Patient: {N("Keiko Nakamura-Haas")}  (partner {N("Tobias Haas")})  Date: {D("February 11, 2025")}  GA 21w3d
Referred by: {N("Yaa Asantewaa Boateng")}, CNM, {O("Prairie Lakes OB/GYN")}
Family history:
Maternal side of the pregnancy ({N("Keiko")}): mother {N("Sachiko Nakamura")}, 64, in {L("Osaka")}; maternal aunt {N("Fumiko Ito")} has a son with Down syndrome (trisomy 21, confirmed karyotype, born {Y("1998")}). Maternal grandfather {N("Hiroshi Nakamura")} died at {A("91")} in {Y("2019")}.
Paternal side ({N("Tobias")}): father {N("Dieter Haas")}, 68, in {L("Stuttgart")}, {L("Germany")}: said to have "Marfan-like" features, never tested; tall, no aortic disease known. Paternal uncle {N("Klaus Haas")} died at 47 in {Y("2003")} of a "heart problem" (records requested from {O("Klinikum Neckartal")}). {N("Tobias")}'s sister {N("Anke Haas-Müller")}, 35, healthy with 2 children. A paternal cousin had a Wilms tumor at age 3, treated in {L("Munich")}, no syndromic features reported.
Screening: NIPT low risk for T21/T18/T13 ({D("1/24/25")}); anatomy scan normal except single umbilical artery.
Counselling: recurrence risk for the aunt's son's trisomy 21 is not increased for this pregnancy if it was a standard trisomy. Marfan syndrome in the father of the baby's family unconfirmed; suggested {N("Tobias")} see cardiology and have an echo; if positive, FBN1 testing and fetal echo. Couple will decide after {N("Tobias")}'s echo.
{N("Hope Lindqvist")}, CGC
""")

note(STYLE, "mixed", f"""
Pediatric Genetics Consult - {O("Northwoods Children's Hospital")}
Patient: {N("Temitope (Temi) Martins-Grant")}  DOB {D("03/22/2012")}  Seen {D("04/07/2025")}
Reason: cascade testing; mother {N("Ayodele Martins-Grant")} has Marfan syndrome with a pathogenic FBN1 variant (c.3037G>A) reported {D("3/28/2025")} by {O("GeneWell Diagnostics")}.
Family: Mother 40, aortic root 4.3 cm. Maternal grandfather {N("Olumide Martins")} died suddenly in {L("Lagos")}, {L("Nigeria")} in {Y("1992")} aged 46. Maternal great-grandmother {N("Adunni Martins")} is {A("97")} and lives in {L("Ibadan")}. Father {N("Desmond Grant")}, 44, unaffected; lives in {L("Amberfield")} (parents separated; joint custody, both consented; father by phone {P("715-555-0133")}).
Exam: height 167 cm (>97th %ile), arm span 172, wrist sign positive, no ectopia lentis on today's exam. Beighton 6/9.
Plan: targeted FBN1 testing sent (kit {I("GW-KT-551902")}); echo today. School ({O("Kessling Middle School")}) gym letter: avoid isometric and contact sports pending results.
{N("Olusegun Adebowale")}, MD, Medical Genetics / {N("Hope Lindqvist")}, CGC
""")

note(STYLE, "mixed", f"""
Hereditary breast/ovarian cancer - pre-test counselling
{N("Siobhan Delacroix-Whitfield")}, 37, seen {D("8/14/2025")} at {O("Kessling Memorial Hospital")} Cancer Center (telehealth from {O("Ladoga Springs Family Medicine")}).
Pedigree:
 - Mother {N('Margaret "Peggy" Delacroix')}: ovarian cancer dx 54 in {Y("2006")}, died {Y("2010")} in {L("Eau Claire")}.
 - Maternal aunt {N("Bernadette Kowalski")}: breast cancer at 41 and 60, living in {L("Superior")}, {S("WI")}, tested BRCA at {O("Superior Breast Center")}? result unknown to pt. Daughter {N("Colleen Kowalski")} (cousin), 39, unaffected.
 - Maternal grandmother {N("Irene Delacroix")} died at {A("96")} in {Y("2014")}, no cancer; maternal grandfather {N("Lucien Delacroix")} prostate cancer in his 70s.
 - Father {N("Graham Whitfield")}, 65, well, in {L("Birchmont")}; paternal side of Scottish/English ancestry, no cancer known.
 - Pt has two daughters, {N("Maeve")} (10) and {N("Nora")} (7).
Risk: Tyrer-Cuzick lifetime 31%. Meets NCCN testing criteria. Discussed BRCA1/2, PALB2, Lynch genes, and possible outcomes (positive, negative, VUS).
Insurance: {O("Lakeshore Mutual Health")} prior auth {I("PA-0925-33817")} approved. Sample collected, {O("GeneWell Diagnostics")} order {I("GW-25-0141107")}; results will post to {U("https://portal.genewell.example/results")}.
Pt will ask her aunt for a copy of the report. Follow-up {D("9/11/2025")}.
{N("Hope Lindqvist")}, MS, CGC - {E("hlindqvist@twinrivers.example")}
""")

note(STYLE, "mixed", f"""
GENETICS RESULT DISCLOSURE - {D("06/17/2025")} - by phone ({P("715-555-0122")})
Proband: {N("Thi Hoa Nguyen")}; spoke with patient and daughter {N("Mai")} (verbal consent to include her).
Result ({O("GeneWell Diagnostics")} report {I("GW-25-0088431")}, {D("6/13/2025")}): heterozygous pathogenic variant in MLH1 (c.1852_1854del). Diagnosis: Lynch syndrome. Explains brother {N("Minh")}'s gastric cancer and sister {N("Thu")}'s colon cancer at 49.
Cascade testing: letters mailed to {N("Mai Nguyen-Ebersole")} ({AD("1402 Prairie View Rd")}, {L("Otter Prairie")}, {S("WI")} {Z("54741")}) and {N("Duc Nguyen")} ({L("St. Paul")}, {S("MN")}); sister {N("Thu")} in {L("Houston")} to be contacted via her daughter {N("Vy Pham")} ({E("vy.pham.tx@example.com")}).
Family letter template: {U("https://genetics.twinrivers.example/family-letters")}.
{N("Hope Lindqvist")}, CGC
""")

# ---------------------------------------------------------------- 12. interfacility transfer notes
STYLE = "interfacility_transfer"

note(STYLE, "upper", f"""
TRANSFER CENTER RECORD - {O("TWIN RIVERS UNIVERSITY HOSPITAL")} TRANSFER CENTER {P("1-800-555-0175")}
DATE {D("02/27/2025")}  CALL RECEIVED 0212  CASE # {I("TC-25-004418")}
REFERRING: {O("KESSLING MEMORIAL HOSPITAL")} ED, {L("KESSLING")} {S("WI")}. DR {N("ESTEBAN RUIZ-AGUILAR")} (ED) CALLBACK {P("715-555-0115")}.
PT: {N("LINDQVIST, LARS E")}  DOB {D("08/14/1989")}  {O("KMH")} MRN {I("KM-188240")}
SUMMARY: 35M ROLLOVER MVC ON HWY 27 NEAR {L("OTTER PRAIRIE")} ~0030. GLASGOW COMA SCALE 14 ON ARRIVAL THERE. CT: GRADE IV SPLENIC LAC W/ BLUSH, L RIB FX 8-11. HR 118 BP 96/60 AFTER 2U PRBC.
ACCEPTING: DR {N("NAOMI ABERNETHY-CHO")} (TRAUMA SURGERY) 0221. BED: SICU 12.
TRANSPORT: {O("NORTH STAR AIR MEDICAL")} ROTOR, CREW {N("DEVONTE PRICE")} RN / {N("KATRIN SOLHEIM")} PARAMEDIC. ETA 0315.
FAMILY: WIFE {N("ADAEZE")} ({P("715-555-0183")}) INFORMED BY REFERRING RN; WILL DRIVE (2 H). 3 Y/O SON AT HOME WITH GRANDMOTHER.
""")

note(STYLE, "mixed", f"""
Accepting Physician Note - Trauma Surgery, {O("Twin Rivers University Hospital")}
Date of arrival: {D("2/27/2025")} 03:22   MRN {I("TR-8002316")}   (outside MRN {I("KM-188240")})
Patient: {N("Lars Lindqvist")}, 35-year-old man, transferred from {O("Kessling Memorial Hospital")} (Dr. {N("Ruiz-Aguilar")}) via {O("North Star Air Medical")}.
Accepted over the transfer line by me at 02:21 for grade IV splenic laceration with active extravasation.
On arrival: HR 104, BP 110/68 after 2 units PRBC at the outside hospital and 1 unit in flight. FAST positive LUQ. Taken directly to IR: splenic artery embolization by Dr. {N("Kofi Asante-Mensah")} at 04:05, successful.
Outside imaging pushed to PACS ({O("KMH")} accession {I("CT25-0227-0031")}).
Social: married, wife {N("Adaeze")} (teacher) arriving from {L("Otter Prairie")}; wife is 33 weeks pregnant (due in {D("April")}); their 3-year-old son is with his grandmother. Employer: {O("Halverson Agri-Tech")} (field engineer).
Plan: SICU, serial Hgb q6h, repeat CT if drop, rib fracture pathway with ESP catheter.
{N("Naomi Abernethy-Cho")}, MD, FACS. Pager {P("612-555-0141")}.
""")

note(STYLE, "upper", f"""
INTERFACILITY TRANSFER FORM (EMTALA)  {O("HALDANE VALLEY HOSPITAL")} -> {O("NORTHWOODS CHILDREN'S HOSPITAL")}
DATE: {D("03/29/2025")}   TIME OF REQUEST: 2350
PATIENT: BABY BOY {N("VILLASENOR")}  DOB {D("03/29/2025")} 22:47  MRN {I("HV903310")}
MOTHER: {N("LUZ QUISPE MAMANI")}  PHONE {P("507-555-0152")}
REASON: POSSIBLE DUCT-DEPENDENT LESION? PRE/POST DUCTAL SAT DIFFERENCE 5% AT 1 HR, REPEAT 2%. --- TRANSFER CANCELLED 0040 {D("3/30")} AFTER NORMAL ECHO READ REMOTELY BY DR {N("MWANGI")}.
SENDING MD: {N("ANNELIESE BRANDVOLD")} MD, NPI {I("1457331906")}.  RECEIVING MD: {N("PATRICK MWANGI")} MD (PEDS CARDIOLOGY).
{O("NORTHWOODS")} TRANSFER LINE: {P("651-555-0180")}   NEONATAL TRANSPORT TEAM: {O("NORTHWOODS KIDS TRANSPORT")}
""")

note(STYLE, "mixed", f"""
Transfer Summary (outgoing)
From: {O("St. Brendan's Hospital")}, {AD("1400 Cathedral Hill Rd")}, {L("Kessling")}, {S("WI")} {Z("54755")}
To: {O("Twin Rivers University Hospital")} Neuro ICU, accepting Dr. {N("Farid Haddadin")} (neurocritical care), bed confirmed at 16:40.
Date: {D("July 8th, 2025")}   Transfer center reference {I("TC-25-031177")}   Transfer center phone {P("1-800-555-0175")}
Patient: {N("Rose Abernathy")}, {A("93")} y/o woman, MRN {I("SB-0071245")}
Reason: acute L MCA syndrome (NIHSS 14), last known well 11:15 today. CTA: M1 occlusion. Received tenecteplase at 12:58 here. Family requests thrombectomy evaluation.
HCP: niece {N("Willa Abernathy-Grant")} {P("715-555-0177")} (travelling separately from {L("Amberfield")}).
Sending physician: {N("Desmond O'Rourke")}, MD. Report given RN to RN ({N("Teresa Yellowhorse")} to {N("Gwen Ashby-Lee")}).
Addendum {D("7/8")}: transfer declined by family after goals discussion; patient remains at {O("St. Brendan's")}.
""")

note(STYLE, "mixed", f"""
Outside Hospital Transfer Acceptance - Adolescent Psychiatry
{O("Northwoods Children's Hospital")} Access Center, {P("651-555-0181")}.  Call {D("03/09/2025")} 22:10.
Patient: {N("Marisol Ybarra-Kealoha")}, 17F, DOB {D("10/30/2007")}. In ED at {O("Amberfield Regional Medical Center")} since 14:00 after intentional ingestion of sertraline (~20 tabs). Medically cleared by Dr. {N("Yusuf Okeke")} (tox consult via {O("Upper Midwest Poison Center")} case {I("UMP-25-66120")}).
Legal: guardian {N("Lourdes Ybarra")} signed voluntary admission for minor ({P("715-555-0188")}).
Bed: adolescent unit bed 14, accepted by Dr. {N("Rashida Al-Amin")}? No - by Dr. {N("Caleb Strandquist")} (on call) at 22:40. Transport by {O("Amberfield County Ambulance")} BLS with sitter.
School: junior at {O("Kessling High School")}.
""")

# ---------------------------------------------------------------- 13. research enrolment / consent notes
STYLE = "research_consent"

note(STYLE, "mixed", f"""
Research Consent Note
Study: {I("HELIX-PANC-204")}, A Phase 2 Study of Adjuvant HLX-77 plus mFOLFIRINOX in Resected Pancreatic Adenocarcinoma
Sponsor: {O("Helixa Therapeutics, Inc.")}   IRB: {O("Twin Rivers University Hospital")} IRB #{I("STUDY00019427")}   {I("NCT06123458")}
Site: {O("Twin Rivers University Hospital")}, site 017. PI: {N("Emeka Nwachukwu")}, MD
Participant: {N("Thi Hoa Nguyen")}   MRN {I("TR-7741029")}   Subject ID {I("204-017-0031")}
Date of consent: {D("07/01/2025")}. Consent form version 4.0 dated {D("03/15/2025")}; HIPAA authorization version {D("01/2025")}.
Process: Consent discussed by study coordinator {N("Rosalind Ojukwu")} with the participant and her daughter {N("Mai Nguyen-Ebersole")} in clinic room 6. Certified Vietnamese interpreter {N("Quang Le")} (ID {I("INT-3392")}) present; short form process used with translated summary. Participant asked if the study will pay the hospital bill for her chemo: reviewed that standard-of-care chemo is billed to insurance ({O("Lakeshore Mutual Health")}), HLX-77 is provided by sponsor. Research grant covers study-only labs.
Participant had adequate time, questions answered, signed at 11:40. Copy given. No study procedures before consent.
Coordinator contact: {E("rojukwu@twinrivers.example")}, {P("612-555-0117")}.
""")

note(STYLE, "mixed", f"""
Enrolment note - NEST (Neonatal Early Skin-to-skin Trial)
Protocol {I("NEST-2024-03")}, {O("Northwoods Children's Hospital")} / {O("Kessling Memorial Hospital")} site.  IRB {I("NCH-IRB-24-0871")}.
Funding: {O("Great Lakes Perinatal Foundation")} grant {I("GLPF-2024-117")}.
Infant: Baby Boy {N("Yellowhorse")}  MRN {I("KM-240017")}  Randomization no. {I("N3-0148")} (arm B).
Parent providing permission: mother {N("Shawnee Yellowhorse")} (age 21). Father {N("Rudy Begay")} not present; single-parent permission acceptable for this minimal-risk study per IRB.
Date {D("2/10/2025")}. Consent by {N("Graciela Montoya-Bell")}, RN, research nurse. Permission form v2 {D("11-Dec-2024")}.
Mother asked whether she may withdraw at any time: yes. Study phone {P("715-555-0178")}; website {U("https://nest-trial.example.org/families")}.
""")

note(STYLE, "mixed", f"""
Screening / eligibility - OSTEO-STEP registry and exercise sub-study
Participant: {N("Jean-Marc Baptiste")}  DOB {D("11/30/1952")}  Screen no. {I("S-0912")} -> Subject {I("OST-HV-0233")}
Site: {O("Haldane Valley Hospital")} Orthopedics. Sub-I: {N("Grant Pellegrini")}, MD. Coordinator: {N("Ingrid Solberg-Ahmed")}.
Inclusion: primary TKA within 8 weeks (surgery {D("5/6/2025")}) - met. Exclusion: none.
Consent signed {D("June 3, 2025")} (ICF v3.1, {D("Feb 2025")}). Wearable issued, serial {I("WX7-44A-10923")}.
Pt will bring son {N("Andre")} to next visit to help with the phone app. Reloadable payment card issued for $50 per visit.
Sponsor monitor: {N("Lucy Whitcombe-Adair")}, {O("Orthostep Research Consortium")}, {E("lwhitcombe@orthostep.example")}.
""")

note(STYLE, "mixed", f"""
Research note - consent by legally authorized representative
Study: DELIRIUM-PREVENT (melatonin vs placebo after hip fracture), IRB #{I("KMH-2024-0056")}, sponsor {O("Upper Midwest Aging Research Network")} via {O("Lakeland University")} coordinating center (grant {I("R01AG071552")}).
Participant: {N("Grace-Ann Oduya")}, {A("93")}, MRN {I("KM-230551")}. Lacks capacity (UBACC 8/20, documented by Dr. {N("T. Van Wyk")}).
LAR: daughter {N("Abena Oduya-Finch")}, activated POA-HC, by phone {D("2/3/2025")} 19:45 ({P("(608) 555-0134")}); witness {N("Miguel Arceneaux")}, RN.
Assent: participant did not object. Subject ID {I("DP-KMH-118")}.
Study coordinator: {N("Kwabena Osei-Tutu")}, {P("715-555-0121")}.
""")

note(STYLE, "mixed", f"""
Consent declined - documentation
Study: BRIGHT-KIDS asthma app trial (IRB {I("NCH-IRB-25-0102")}; sponsor {O("Pulmowise Health")}).
Potential participant: {N("Zuri Otieno")} (DOB {D("08/05/2023")}), approached at pulmonary clinic {D("September 16, 2025")} with mother {N("Wanjiru Otieno")}.
Mother declined: "too many appointments already". No study procedures done. Screening log entry {I("BK-SL-0391")}. Will not re-approach.
{N("Tatiana Kuznetsova-Mbeki")}, CRC, {E("tkuznetsova@northwoodschildrens.example")}, study site: {U("https://research.northwoodschildrens.example/bright-kids")}
""")

# ---------------------------------------------------------------- 14. death notes / autopsy / bereavement
STYLE = "death_autopsy_bereavement"

note(STYLE, "upper", f"""
DEATH NOTE / PRONOUNCEMENT
{O("ST. BRENDAN'S HOSPITAL")} 4 WEST, RM 412
PATIENT: {N("ABERNATHY, ROSE MARIE")}   MRN {I("SB-0071245")}   AGE {A("93")}
CALLED BY RN {N("TERESA YELLOWHORSE")} AT 0310 FOR NO RESPIRATIONS. EXAM: NO HEART SOUNDS X 1 MIN, NO BREATH SOUNDS, PUPILS FIXED, NO RESPONSE TO STIMULI.
PRONOUNCED {D("08/02/2025")} AT 0316. DNR/COMFORT CARE SINCE {D("7/24")}.
CAUSE: ACUTE L MCA STROKE; ASPIRATION PNEUMONIA.
NOTIFIED: NIECE/HCP {N("WILLA ABERNATHY-GRANT")} BY PHONE {P("715-555-0177")} 0325, WILL COME IN. ATTENDING DR {N("O'ROURKE")} NOTIFIED. CHAPLAIN FR. {N("TADEUSZ NOWICKI")} AT BEDSIDE WITH FAMILY AT 0410.
ME NOTIFICATION NOT REQUIRED (NATURAL, ATTENDED). DONOR NETWORK CALLED REF {I("LL-25-0802-114")}: NOT A CANDIDATE.
FUNERAL HOME: {O("LINDQVIST & SONS FUNERAL HOME")}, {L("KESSLING")}, {P("715-555-0191")}.
{N("AKOSUA MENSAH-BROWN")}, MD (HOSPITALIST, NIGHTS)
""")

note(STYLE, "upper", f"""
{O("PELL COUNTY MEDICAL EXAMINER")} - AUTOPSY SUMMARY
ME CASE NO: {I("ME-25-0317")}   DATE OF DEATH: {D("04/19/2025")} (FOUND)   DATE OF EXAMINATION: {D("04/20/2025")}
DECEDENT: {N("TOLLEFSON, ARVID GUNNAR")}   DOB {D("02/11/1934")}   AGE {A("91")}
RESIDENCE: {AD("6 BIRCH HOLLOW RD")}, {L("BIRCHMONT")}, {S("MN")} {Z("55962")}
FOUND BY: NEPHEW {N("BJORN TOLLEFSON")} (WELFARE CHECK). LAST SEEN AT CHURCH ON {D("PALM SUNDAY")}.
INVESTIGATOR: {N("KRISTOFFER AUNE")}, {O("PELL COUNTY SHERIFF")}. PATHOLOGIST: {N("ADEBAYO OYELARAN")}, MD (CONTRACT, {O("NORTHSTAR PATHOLOGY ASSOCIATES")}).
FINDINGS: SEVERE CORONARY ATHEROSCLEROSIS, 90% LAD; OLD POSTERIOR MI. CARDIOMEGALY 560 G. NO TRAUMA. TOX: NEGATIVE.
CAUSE OF DEATH: ATHEROSCLEROTIC CARDIOVASCULAR DISEASE. MANNER: NATURAL.
REMAINS RELEASED TO {O("HAUGEN-FOSS FUNERAL CHAPEL")} ON {D("04/21/2025")}.
""")

note(STYLE, "mixed", f"""
Bereavement follow-up call - {O("Kessling Memorial Hospice")}
Date: {D("September 3, 2025")} (one month after death)   Deceased: {N("Rose Abernathy")} (d. {D("08/02/2025")})
Spoke with: {N("Willa Abernathy-Grant")} (niece) at {P("715-555-0177")}.
She says the service at {O("Lindqvist & Sons Funeral Home")} on {D("August 9")} was "just right"; burial at {O("Our Lady of the Lakes Cemetery")}, {L("Kessling")}. She is sleeping poorly, back at work at {O("Otter Prairie Credit Union")}, misses Sunday calls with her aunt, who would have turned {A("94")} on {D("January 9")}.
Offered: grief group Thursdays at {AD("55 Chapel St")}, {L("Kessling")}; mailing of bereavement packet to {AD("17 Quarry Rd")}, {L("Amberfield")}, {S("WI")} {Z("54729")}. She will think about it; no risk concerns.
Rev. {N("Margit Haugen-Foss")}, bereavement coordinator, {P("715-555-0192")} ext. {P("4")}
""")

note(STYLE, "mixed", f"""
Death Summary - {O("Twin Rivers University Hospital")}
Patient: {N("Thi Hoa Nguyen")}   MRN {I("TR-7741029")}   DOB {D("01/14/1957")}   Date of death: Wednesday, {D("November 26, 2025")} (time 21:52)
Admitted {D("11/19/2025")} with cholangitis and liver metastases after adjuvant therapy on study (subject {I("204-017-0031")}, sponsor notified of death as SAE on {D("11/27/2025")}).
Course: transitioned to comfort care {D("11/24")} after family meeting with daughter {N("Mai Nguyen-Ebersole")}, son {N("Duc Nguyen")} and sister {N("Thu")} (by video from {L("Houston")}). Buddhist monk from {O("Chua Phuoc Hue Temple")} visited.
Autopsy: declined. ME: not a reportable death.
Death certificate signed by {N("Emeka Nwachukwu")}, MD. Funeral: {O("Okonkwo-Hale Funeral Chapel")}, {L("St. Paul")} ({P("651-555-0197")}). The family hopes to hold the service before {D("Thanksgiving")} weekend ends.
Family asked that Dr. {N("Raghunathan")} and Dr. {N("Brandvold")} be informed; letters sent {D("11/28")}.
""")

note(STYLE, "mixed", f"""
Fetal/neonatal death - perinatal loss follow-up
Mother: {N("Keiko Nakamura-Haas")}; infant {N("Emi Nakamura-Haas")} born {D("6/21/2025")}, died {D("6/23/2025")} in NICU at {O("Northwoods Children's Hospital")} after transfer for critical aortic stenosis not seen prenatally.
Autopsy (consented by both parents): {O("Northwoods Children's")} Pathology, case {I("NA-25-0144")}; final report {D("August 14, 2025")}: critical valvar aortic stenosis with endocardial fibroelastosis; karyotype 46,XX; no features of Marfan or Down syndrome.
Follow-up meeting {D("8/20/2025")} with parents, Dr. {N("Mwangi")} and {N("Hope Lindqvist")}, CGC. Memory box and footprints given; the family will mark {D("June 21")} each year with a tree planting at {O("Birchmont Arboretum")}.
Bereavement support: {O("Gentle Footprints Infant Loss Network")} local chapter; {U("https://www.gentlefootprints.example/chapters")}. Parents' contact: {E("keiko.nh@mailbox.example")}.
{N("Ifeoma Chukwu")}, MD
""")


def main() -> None:
    out = sys.stdout
    for n, (style, case, marked) in enumerate(NOTES, 1):
        text, spans = strip(marked)
        cased = text.upper() if case == "upper" else text.lower() if case == "lower" else text
        assert len(cased) == len(text), n
        record = {"id": f"h16-{n:03d}", "style": style, "text": cased, "spans": spans}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
