#!/usr/bin/env python3
"""Deterministic generator for EdgeBatch's synthetic radiology sample reports.

Every name, date, number and address written by this script is FAKE: names are
assembled from invented pools, phone numbers use the fictional 555-01xx range,
e-mails use the reserved example.* domains, card numbers are the public Luhn
test numbers and IBANs are the published specimen IBANs.

Usage (from the repository root or anywhere else):

    python samples/generate.py

Writes:
    samples/radiology/NNN-<modality>.txt   (22 plain-text reports)
    samples/radiology/023-ct-chest.md      (1 Markdown report)
    samples/radiology/batch-024.jsonl      (4 reports, {"custom_id", "text"} per line)
    tests/data/radiology_samples_gold.json (labels + planted PII per document)

Standard library only; a fixed seed makes two runs byte-identical.
"""

from __future__ import annotations

import datetime as _dt
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = 20240314
HERE = Path(__file__).resolve().parent
REPO = HERE.parent
OUT_DIR = HERE / "radiology"
GOLD_PATH = REPO / "tests" / "data" / "radiology_samples_gold.json"
JSONL_NAME = "batch-024.jsonl"
MIN_CHARS, MAX_CHARS = 800, 2500

# Label vocabulary follows edgebatch.redaction.base.Span.label where one exists.
PII_TYPES = ("NAME", "DATE", "MRN", "ACCESSION", "PHONE", "EMAIL", "SSN",
             "ADDRESS", "ZIP", "CARD", "IBAN", "IP")

# --------------------------------------------------------------------------
# Fake identity pools (invented combinations; no pool word is an English word)
# --------------------------------------------------------------------------
FEMALE_FIRST = [
    "Anneliese", "Cordelia", "Evangelina", "Giuliana", "Jovana", "Leocadia",
    "Marisela", "Oksana", "Priyanka", "Svetlana", "Thandiwe", "Yolanda",
    "Zuzanna", "Henrietta", "Beatriz", "Ingeborg", "Magdalena", "Fernanda",
]
MALE_FIRST = [
    "Bartosz", "Desmond", "Fitzroy", "Horatio", "Ignatius", "Kazimierz",
    "Leopold", "Osvaldo", "Rafferty", "Ulrich", "Wendell", "Yusuf",
    "Cornelius", "Dariusz", "Emeka", "Gunnar", "Laszlo", "Benedikt",
]
SURNAMES = [
    "Okonkwo", "Vanderhoeven", "Przybylski", "Castellanos", "Thorvaldsen",
    "Nakashima", "Abernathy", "Marchetti", "Szczepanski", "Quintanilla",
    "Haverkamp", "Oyelaran", "Lindqvist", "Kowalewski", "Fairweather",
    "Ibáñez", "Delvecchio", "Achterberg", "Rautenbach", "Mwangi", "Vukovic",
    "Hennessey", "Zielinski", "Papadakis", "Grunewald", "Tarkowski",
    "Balakrishnan", "Villanueva", "Kaczmarek", "Whitcombe", "Oduya",
]
MIDDLE_INITIALS = "ABCDEFGHJKLMNPRSTVW"
REFERRING = [
    ("Karen", "Patel"), ("Anjali", "Raghunathan"), ("Tobias", "Wexler"),
    ("Ngozi", "Adebayo"), ("Miroslav", "Hrabal"), ("Chiara", "Benedetti"),
    ("Solveig", "Amundsen"), ("Rashid", "Qureshi"), ("Imogen", "Hartwell"),
    ("Everett", "Lindgren"), ("Paloma", "Arriaga"), ("Dmitri", "Volodarsky"),
]
RADIOLOGISTS = [
    ("Oren", "Baptiste"), ("Harriet", "Okafor"), ("Viktor", "Sandoval"),
    ("Meera", "Chandrasekhar"), ("Julian", "Ashcombe"), ("Francesca", "Moretti"),
    ("Kenji", "Tsukamoto"), ("Beatrix", "Halvorsen"),
]
RELATIVES_F = ["Linda", "Marisol", "Dorotea", "Philippa", "Renata", "Ottilie", "Bronwyn"]
RELATIVES_M = ["Augustin", "Casimir", "Lorcan", "Evander"]
REL_SEX = {"son": "M", "husband": "M", "wife": "F", "daughter": "F", "mother": "F"}
STREETS = [
    "Larchmont Avenue", "Tamarack Ridge Drive", "Quarrystone Lane",
    "Windlass Court", "Bellhaven Road", "Marrowbone Street", "Copperbeech Way",
    "Halloran Terrace", "Sycamore Bend Road", "Pinckney Street",
    "Wickersham Boulevard", "Threadneedle Place", "Eastbrook Parkway",
    "Juniper Hollow Road", "Calloway Street", "Brantley Avenue",
    "Ostrander Lane", "Kittredge Road", "Ravensworth Drive", "Mapleton Circle",
    "Dunmore Street", "Fenwick Avenue", "Gatehouse Road", "Heatherstone Way",
    "Lockhaven Drive", "Millrace Court", "Northgate Trail",
]
CITIES = [
    ("Fairhaven", "MA"), ("Millbrook", "NY"), ("Port Alderney", "ME"),
    ("Willowmere", "OR"), ("East Brackett", "PA"), ("Kingsford Hollow", "TN"),
    ("Lowell Falls", "VT"), ("Granite Bay", "CA"), ("Cedar Mills", "IA"),
    ("Ashby Junction", "OH"), ("Riverton Springs", "CO"), ("Hollister Creek", "TX"),
]
# Plausible 3-digit ZIP prefix range per state.
ZIP_PREFIX = {"MA": (10, 27), "NY": (100, 149), "ME": (39, 49), "OR": (970, 979),
              "PA": (150, 196), "TN": (370, 385), "VT": (50, 59), "CA": (900, 961),
              "IA": (500, 528), "OH": (430, 458), "CO": (800, 816), "TX": (750, 799)}
AREA_CODES = ["617", "312", "503", "919", "720", "415", "206", "614", "404",
              "512", "651", "802", "207", "313", "860", "971"]
EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com"]
# Public Luhn-valid test card numbers (never issued to real accounts).
CARDS = ["4111 1111 1111 1111", "5555-5555-5555-4444", "3782 822463 10005"]
# Published specimen IBANs (mod-97 valid, not real accounts).
IBANS = ["DE89370400440532013000", "GB82 WEST 1234 5698 7654 32", "NL91ABNA0417164300"]
PACS_IPS = ["10.20.30.40", "192.168.14.27", "172.16.8.91", "10.44.7.203",
            "192.168.201.15", "172.20.3.66"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]

# --------------------------------------------------------------------------
# Report content. Placeholders: {rel} relative's first name, {ip} PACS address,
# {pt} "Mr./Ms. <surname>", {ref} "Dr. <referring surname>", {time} call time.
# --------------------------------------------------------------------------
REPORTS = [
    dict(
        id="001", slug="chest-xray", kind="txt", label="normal", urgency="routine",
        upper=False, sex=None, pii={"ssn", "email"},
        exam="XR CHEST PA AND LATERAL",
        history="Cough for two weeks, low-grade fever. Former smoker, quit 10 years ago. Evaluate for pneumonia.",
        comparison="Chest radiograph from 2021.",
        technique="PA and lateral views of the chest were obtained.",
        findings=[
            "Lines/tubes: None.",
            "Lungs: The lungs are well expanded and clear. No focal consolidation. No pleural effusion. No pneumothorax. No pulmonary edema.",
            "Heart and mediastinum: Cardiomediastinal silhouette is within normal limits for size and contour. Hilar contours are unremarkable.",
            "Bones and soft tissues: No acute osseous abnormality. No subdiaphragmatic free air.",
        ],
        impression=["No acute cardiopulmonary process. No radiographic evidence of pneumonia."],
    ),
    dict(
        id="002", slug="ct-head", kind="txt", label="abnormal", urgency="critical",
        upper=True, sex=None, pii={"ip", "rel"},
        exam="CT head without contrast",
        history="Found down at home. Glasgow coma scale 8 on arrival. On warfarin for atrial fibrillation. History from son, {rel}.",
        comparison="None.",
        technique="Axial CT head without IV contrast. 5 mm and 2.5 mm recons. Sagittal and coronal reformats. Images transferred from PACS {ip}.",
        findings=[
            "Large acute intraparenchymal hemorrhage, right basal ganglia, 5.2 x 3.8 cm.",
            "Surrounding vasogenic edema.",
            "Intraventricular extension into right lateral and third ventricles.",
            "Right to left midline shift 9 mm. Effacement right lateral ventricle. Early subfalcine herniation.",
            "Basal cisterns partially effaced. No hydrocephalus at this time.",
            "No calvarial fracture. Paranasal sinuses and mastoids clear.",
        ],
        impression=[
            "Acute right basal ganglia intraparenchymal hemorrhage with intraventricular extension.",
            "9 mm midline shift with early subfalcine herniation. Emergent neurosurgical evaluation.",
        ],
    ),
    dict(
        id="003", slug="ct-abdomen-pelvis", kind="txt", label="abnormal", urgency="routine",
        upper=False, sex=None, pii={"card"},
        exam="CT ABDOMEN AND PELVIS WITH IV CONTRAST",
        history="Intermittent left lower quadrant discomfort for 3 months. No fever. Normal white count.",
        comparison="No prior cross-sectional imaging available.",
        technique="Helical CT of the abdomen and pelvis after 100 mL intravenous iodinated contrast in the portal venous phase. Coronal and sagittal reformats.",
        findings=[
            "Lower chest: Lung bases are clear. No pleural effusion.",
            "Liver: 1.4 cm simple cyst in segment 6, fluid attenuation, no enhancement. Otherwise normal.",
            "Gallbladder and bile ducts: Unremarkable. No biliary dilatation.",
            "Pancreas, spleen, adrenal glands: Unremarkable.",
            "Kidneys: Symmetric enhancement. No hydronephrosis or calculus.",
            "Bowel: Scattered sigmoid diverticulosis without pericolonic inflammatory change. No bowel obstruction. Normal appendix.",
            "Peritoneum: No free air. No free fluid. No lymphadenopathy.",
            "Bones: Mild degenerative changes of the lower lumbar spine.",
        ],
        impression=[
            "Sigmoid diverticulosis without evidence of acute diverticulitis.",
            "Incidental 1.4 cm simple hepatic cyst; no follow-up imaging needed.",
        ],
    ),
    dict(
        id="004", slug="ct-pulmonary-angiogram", kind="txt", label="abnormal", urgency="critical",
        upper=False, sex="F", pii={"ip", "rel", "email"},
        exam="CT ANGIOGRAPHY CHEST (PULMONARY EMBOLISM PROTOCOL)",
        history="Acute dyspnea and syncope at home, per husband, {rel}. Tachycardic to 124, SpO2 86% on room air. Recent long-haul flight.",
        comparison="None.",
        technique="CT angiography of the chest after intravenous contrast timed to the pulmonary arteries. Multiplanar reformats. Images transferred from PACS {ip}.",
        findings=[
            "Pulmonary arteries: Large filling defects within the right and left main pulmonary arteries extending into the lobar and segmental branches of all lobes, consistent with acute saddle pulmonary embolism.",
            "Heart: The right ventricle is dilated with RV/LV ratio of 1.4. Straightening of the interventricular septum. Reflux of contrast into the IVC and hepatic veins.",
            "Lungs: Small peripheral wedge-shaped opacity in the right lower lobe, possibly early infarct. No pneumothorax. Trace right pleural effusion.",
            "Mediastinum: No lymphadenopathy. Thoracic aorta normal in caliber.",
        ],
        impression=[
            "Acute saddle pulmonary embolism with extensive bilateral clot burden.",
            "CT evidence of right heart strain (RV/LV ratio 1.4).",
        ],
    ),
    dict(
        id="005", slug="mri-brain", kind="txt", label="normal", urgency="routine",
        upper=False, sex=None, pii={"ssn", "iban"},
        exam="MRI BRAIN WITHOUT AND WITH CONTRAST",
        history="Chronic daily headaches for 6 months. No focal neurologic deficit. Evaluate for intracranial mass.",
        comparison="None.",
        technique="Multiplanar multisequence MRI of the brain before and after 7 mL gadobutrol, including DWI, SWI, FLAIR and post-contrast 3D T1.",
        findings=[
            "No restricted diffusion to suggest acute infarct.",
            "No intracranial hemorrhage on susceptibility-weighted imaging.",
            "No mass, mass effect or midline shift. No abnormal parenchymal, leptomeningeal or dural enhancement.",
            "Ventricles and sulci are normal in size and configuration for age.",
            "Normal arterial flow voids. Dural venous sinuses are patent.",
            "Orbits, paranasal sinuses and mastoid air cells are clear.",
        ],
        impression=["Normal MRI of the brain with and without contrast."],
    ),
    dict(
        id="006", slug="mri-lumbar-spine", kind="txt", label="abnormal", urgency="routine",
        upper=True, sex=None, pii=set(),
        exam="MRI lumbar spine without contrast",
        history="Chronic low back pain, 2 years. No red flags. No bowel or bladder dysfunction.",
        comparison="Lumbar radiographs 2022.",
        technique="Sagittal T1, T2, STIR. Axial T2 L3 through S1.",
        findings=[
            "Alignment: Normal lordosis. No listhesis.",
            "Vertebrae: Heights maintained. Modic type 2 endplate changes L5-S1. No marrow edema.",
            "Conus: Terminates at L1. Normal signal.",
            "L3-4: Mild disc bulge. No stenosis.",
            "L4-5: Disc desiccation. Broad-based disc bulge. Facet hypertrophy. Mild central canal stenosis. Mild bilateral foraminal narrowing.",
            "L5-S1: Disc height loss. Small central protrusion without nerve root contact. Mild left foraminal narrowing.",
            "Paraspinal soft tissues unremarkable.",
        ],
        impression=[
            "Multilevel degenerative disc disease, most pronounced L4-5 and L5-S1.",
            "Mild central canal stenosis L4-5. No high-grade stenosis or nerve root compression.",
        ],
    ),
    dict(
        id="007", slug="ultrasound-abdomen", kind="txt", label="normal", urgency="routine",
        upper=False, sex=None, pii={"email"},
        exam="US ABDOMEN COMPLETE",
        history="Right upper quadrant pain after fatty meals. Evaluate for cholelithiasis.",
        comparison="None.",
        technique="Real-time grayscale and color Doppler sonography of the abdomen.",
        findings=[
            "Liver: Normal size (15.2 cm) and echotexture. No focal lesion. Hepatopetal portal venous flow on color Doppler.",
            "Gallbladder: Normally distended. No gallstones, sludge or wall thickening (2 mm). No pericholecystic fluid. Sonographic Murphy sign is negative.",
            "Bile ducts: Common bile duct measures 3 mm. No intrahepatic ductal dilatation.",
            "Pancreas: Visualized portions are unremarkable.",
            "Spleen: 10.1 cm, normal.",
            "Kidneys: Right 10.9 cm, left 11.2 cm. No hydronephrosis, stones or masses.",
            "Aorta and IVC: Normal caliber. No ascites.",
        ],
        impression=["Normal abdominal ultrasound. No sonographic evidence of cholelithiasis or cholecystitis."],
    ),
    dict(
        id="008", slug="renal-ultrasound", kind="txt", label="abnormal", urgency="routine",
        upper=False, sex=None, pii={"ssn"},
        exam="US RENAL / RETROPERITONEAL",
        history="Mildly elevated creatinine on routine labs. Hypertension.",
        comparison="None.",
        technique="Grayscale and color Doppler imaging of both kidneys and the urinary bladder.",
        findings=[
            "Right kidney: 11.0 cm. Normal cortical thickness and echogenicity. No hydronephrosis or calculus.",
            "Left kidney: 11.4 cm. Exophytic anechoic cyst at the lower pole measuring 2.1 x 1.9 cm with imperceptible wall, posterior acoustic enhancement and no internal septation or solid component. No internal flow on color Doppler. No hydronephrosis.",
            "Bladder: Adequately distended, smooth wall. Bilateral ureteral jets are seen.",
        ],
        impression=[
            "2.1 cm simple cyst of the left kidney (Bosniak I). Benign; no follow-up imaging is recommended.",
            "No hydronephrosis.",
        ],
    ),
    dict(
        id="009", slug="mammogram", kind="txt", label="normal", urgency="routine",
        upper=False, sex="F", pii={"card", "email"},
        exam="SCREENING MAMMOGRAM BILATERAL WITH TOMOSYNTHESIS",
        history="Annual screening. No palpable abnormality. No family history of breast cancer.",
        comparison="Screening mammograms from 2022 and 2023.",
        technique="Bilateral CC and MLO full-field digital mammography with digital breast tomosynthesis. Computer-aided detection was used.",
        findings=[
            "Breast composition: Scattered areas of fibroglandular density (category B).",
            "No suspicious mass, architectural distortion or suspicious calcifications in either breast.",
            "Benign-appearing vascular calcifications in the left breast, unchanged.",
            "Skin and nipples are unremarkable. No axillary lymphadenopathy.",
        ],
        impression=[
            "No mammographic evidence of malignancy.",
            "BI-RADS 1: Negative. Recommend routine annual screening mammography.",
        ],
    ),
    dict(
        id="010", slug="knee-xray", kind="txt", label="abnormal", urgency="priority",
        upper=True, sex="M", pii={"rel"},
        exam="XR knee left 3 views",
        history="Fell from ladder yesterday. Pain and swelling lateral knee, unable to bear weight. Per wife, {rel}, twisting injury.",
        comparison="None.",
        technique="AP, lateral and sunrise views left knee.",
        findings=[
            "New nondisplaced fracture lateral tibial plateau, approx 2 mm depression.",
            "Lipohemarthrosis on cross-table lateral view.",
            "Femur and patella intact. No dislocation.",
            "Mild medial compartment joint space narrowing.",
            "Soft tissue swelling lateral knee.",
        ],
        impression=[
            "Acute minimally depressed lateral tibial plateau fracture with lipohemarthrosis.",
            "Recommend CT left knee and orthopedic follow-up.",
        ],
    ),
    dict(
        id="011", slug="echocardiogram", kind="txt", label="normal", urgency="routine",
        upper=False, sex=None, pii={"ip", "email", "pt"},
        exam="TRANSTHORACIC ECHOCARDIOGRAM (TTE) COMPLETE",
        history="Palpitations. Evaluate ventricular function and valves.",
        comparison="None.",
        technique="Two-dimensional, M-mode, spectral and color Doppler imaging from standard windows. {pt} tolerated the study well. Images transferred from PACS {ip}.",
        findings=[
            "Left ventricle: Normal size and wall thickness. LVEF 60-65% by biplane Simpson method. No regional wall motion abnormality.",
            "Diastolic function: Normal (E/A 1.3, septal e' 10 cm/s, E/e' 7).",
            "Right ventricle: Normal size and systolic function, TAPSE 2.3 cm.",
            "Atria: Normal size.",
            "Valves: Trileaflet aortic valve without stenosis. Trace mitral and tricuspid regurgitation, physiologic. No vegetation.",
            "Pericardium: No pericardial effusion. IVC normal with >50% respiratory collapse.",
        ],
        impression=["Normal transthoracic echocardiogram. LVEF 60-65%."],
    ),
    dict(
        id="012", slug="chest-xray", kind="txt", label="abnormal", urgency="critical",
        upper=True, sex=None, pii=set(),
        exam="XR chest portable AP",
        history="Motorcycle collision. Left chest pain. Hypotensive, decreased breath sounds left.",
        comparison="None.",
        technique="Single portable AP view, supine.",
        findings=[
            "Large left pneumothorax with complete collapse left lung.",
            "Mediastinal shift to right. Depressed left hemidiaphragm.",
            "Findings consistent with tension physiology.",
            "Displaced fractures left ribs 4 through 7 laterally.",
            "Right lung clear. No right pneumothorax.",
            "Subcutaneous emphysema left chest wall.",
        ],
        impression=[
            "Large left tension pneumothorax with rightward mediastinal shift. Emergent decompression recommended.",
            "Multiple displaced left rib fractures.",
        ],
    ),
    dict(
        id="013", slug="ct-abdomen-pelvis", kind="txt", label="abnormal", urgency="critical",
        upper=False, sex=None, pii={"ssn", "rel"},
        exam="CT ABDOMEN AND PELVIS WITH IV CONTRAST",
        history="Sudden severe epigastric pain, rigid abdomen. History obtained from daughter, {rel}: long-term NSAID use for arthritis.",
        comparison="None.",
        technique="Helical CT of the abdomen and pelvis after intravenous contrast. No oral contrast. Coronal reformats.",
        findings=[
            "Peritoneum: Moderate pneumoperitoneum with free air anterior to the liver and around the falciform ligament. Small volume free fluid in the hepatorenal space and pelvis.",
            "Bowel: Focal wall thickening of the proximal duodenal bulb with adjacent extraluminal gas bubbles, suspicious for perforated duodenal ulcer. No bowel obstruction.",
            "Liver, gallbladder, pancreas, spleen: Unremarkable.",
            "Kidneys: No hydronephrosis.",
            "Bladder: Decompressed around a Foley catheter.",
            "Vessels: Normal caliber abdominal aorta.",
        ],
        impression=[
            "Pneumoperitoneum (free air) with findings suspicious for perforated duodenal ulcer.",
            "Small volume ascites. Emergent surgical consultation recommended.",
        ],
    ),
    dict(
        id="014", slug="chest-xray", kind="txt", label="abnormal", urgency="routine",
        upper=False, sex=None, pii={"iban"},
        exam="XR CHEST 2 VIEWS",
        history="Follow-up of known cardiomyopathy. Stable mild exertional dyspnea.",
        comparison="Chest radiograph from last year.",
        technique="PA and lateral views of the chest.",
        findings=[
            "Heart: Moderate cardiomegaly, stable compared with the prior study.",
            "Lungs: No focal consolidation. No vascular congestion or interstitial edema. No Kerley B lines.",
            "Pleura: No pleural effusion. No pneumothorax.",
            "Devices: Median sternotomy wires are intact. Left chest wall dual-chamber pacemaker with leads in the right atrium and right ventricle, unchanged in position.",
            "Bones: Degenerative changes of the thoracic spine.",
        ],
        impression=[
            "Stable moderate cardiomegaly without pulmonary edema.",
            "Stable position of pacemaker leads.",
        ],
    ),
    dict(
        id="015", slug="ct-head", kind="txt", label="normal", urgency="routine",
        upper=True, sex=None, pii=set(),
        exam="CT head without contrast",
        history="Mechanical fall, struck head. No loss of consciousness. Glasgow coma scale 15. On aspirin.",
        comparison="None.",
        technique="Axial CT head without contrast. Bone and soft tissue algorithms.",
        findings=[
            "No acute intracranial hemorrhage.",
            "No acute territorial infarct. No mass effect. No midline shift.",
            "Ventricles and sulci normal for age.",
            "Basal cisterns patent.",
            "No calvarial fracture. Scalp soft tissues are unremarkable.",
            "Visualized sinuses and mastoids clear.",
        ],
        impression=["No acute intracranial abnormality. No skull fracture."],
    ),
    dict(
        id="016", slug="ct-angiogram-aorta", kind="txt", label="abnormal", urgency="critical",
        upper=False, sex=None, pii={"ip", "email"},
        exam="CT ANGIOGRAPHY CHEST, ABDOMEN AND PELVIS (AORTA PROTOCOL)",
        history="Sudden tearing chest pain radiating to the back. Blood pressure differential between arms. History of hypertension.",
        comparison="None.",
        technique="Non-contrast and arterial phase CT angiography of the chest, abdomen and pelvis with ECG gating. Multiplanar and curved reformats. Images transferred from PACS {ip}.",
        findings=[
            "Aorta: Intimal flap originating in the ascending aorta just above the sinotubular junction and extending through the aortic arch into the descending thoracic and abdominal aorta to the level of the iliac bifurcation. Ascending aorta measures 5.1 cm. The true lumen is compressed.",
            "Branch vessels: The dissection extends into the brachiocephalic artery. Celiac, SMA and right renal artery arise from the true lumen; the left renal artery arises from the false lumen with delayed left renal enhancement.",
            "Heart: Small hemopericardium, 8 mm.",
            "Lungs: Dependent atelectasis. No pleural effusion.",
        ],
        impression=[
            "Acute Stanford type A (DeBakey I) aortic dissection extending from the ascending aorta to the iliac bifurcation.",
            "Small hemopericardium. Left renal malperfusion. Emergent cardiothoracic surgery consultation.",
        ],
    ),
    dict(
        id="017", slug="pelvic-ultrasound", kind="txt", label="normal", urgency="routine",
        upper=False, sex="F", pii={"ssn"},
        exam="US PELVIS TRANSABDOMINAL AND TRANSVAGINAL",
        history="Irregular menstrual bleeding. Negative pregnancy test.",
        comparison="None.",
        technique="Transabdominal and transvaginal grayscale and color Doppler imaging of the pelvis.",
        findings=[
            "Uterus: Anteverted, 8.1 x 4.6 x 5.0 cm. Homogeneous myometrium. No fibroid.",
            "Endometrium: 7 mm, homogeneous, no focal lesion.",
            "Right ovary: 3.0 x 2.1 x 1.9 cm with normal follicles. Normal arterial and venous flow on Doppler.",
            "Left ovary: 2.8 x 2.0 x 1.7 cm with normal follicles. Normal arterial and venous flow on Doppler.",
            "No adnexal mass. No free fluid in the pelvis.",
        ],
        impression=["Normal pelvic ultrasound."],
    ),
    dict(
        id="018", slug="thyroid-ultrasound", kind="txt", label="abnormal", urgency="priority",
        upper=True, sex=None, pii=set(),
        exam="US thyroid",
        history="Palpable right neck nodule, new per primary care. TSH normal.",
        comparison="None.",
        technique="Grayscale and color Doppler ultrasound of the thyroid and central neck.",
        findings=[
            "Right lobe: 5.4 x 2.0 x 1.9 cm. Left lobe: 4.8 x 1.6 x 1.5 cm. Isthmus 3 mm.",
            "New right mid-pole nodule 2.1 x 1.6 x 1.5 cm. Solid. Hypoechoic. Smooth margins. Wider than tall. No echogenic foci.",
            "ACR TI-RADS: composition 2, echogenicity 2. Total 4 points, TR4.",
            "Left lobe: no nodules.",
            "No abnormal cervical lymph nodes.",
        ],
        impression=[
            "New 2.1 cm solid hypoechoic right thyroid nodule, TI-RADS TR4.",
            "Meets criteria for fine-needle aspiration. Recommend US-guided FNA.",
        ],
    ),
    dict(
        id="019", slug="chest-xray", kind="txt", label="normal", urgency="routine",
        upper=True, sex=None, pii=set(),
        exam="XR chest PA and lateral",
        history="Preoperative evaluation, elective cholecystectomy. No respiratory symptoms.",
        comparison="None.",
        technique="PA and lateral views.",
        findings=[
            "Lungs clear.",
            "No focal consolidation. No effusion. No pneumothorax.",
            "Heart size normal. Mediastinum normal.",
            "Pulmonary vasculature normal. No interstitial edema.",
            "Costophrenic angles sharp.",
            "No acute osseous abnormality. No free air under diaphragm.",
        ],
        impression=["No acute cardiopulmonary abnormality. Normal preoperative chest."],
    ),
    dict(
        id="020", slug="ct-cervical-spine", kind="txt", label="normal", urgency="routine",
        upper=False, sex=None, pii={"card", "email", "rel", "pt"},
        exam="CT CERVICAL SPINE WITHOUT CONTRAST",
        history="Restrained driver in low-speed motor vehicle collision. Neck pain. {pt} was accompanied by mother, {rel}, who reports no loss of consciousness.",
        comparison="None.",
        technique="Helical CT of the cervical spine from the skull base through T2 with sagittal and coronal reformats. Bone and soft tissue algorithms.",
        findings=[
            "Alignment: Normal cervical lordosis. No listhesis. Atlanto-dens interval is normal.",
            "Vertebrae: Vertebral body heights are maintained. No acute fracture.",
            "Discs and joints: Disc spaces are preserved. Facet joints are normally aligned.",
            "Soft tissues: No prevertebral soft tissue swelling.",
            "Lung apices: Clear.",
        ],
        impression=["No acute fracture or traumatic malalignment of the cervical spine."],
    ),
    dict(
        id="021", slug="mri-brain", kind="txt", label="abnormal", urgency="priority",
        upper=False, sex=None, pii={"ip", "ssn"},
        exam="MRI BRAIN WITHOUT AND WITH CONTRAST",
        history="New-onset focal seizure two days ago. Word-finding difficulty.",
        comparison="None.",
        technique="Multiplanar multisequence MRI of the brain before and after intravenous gadolinium, including DWI, SWI, perfusion and post-contrast 3D T1. Images transferred from PACS {ip}.",
        findings=[
            "Left frontal lobe: New 1.8 x 1.6 x 1.5 cm peripherally enhancing mass in the left inferior frontal gyrus with central non-enhancing component and moderate surrounding T2/FLAIR hyperintense vasogenic edema. Elevated relative cerebral blood volume at the enhancing rim.",
            "Mass effect: Mild local sulcal effacement. No midline shift. No hydrocephalus.",
            "No additional enhancing lesions. No acute infarct. No hemorrhage.",
            "Normal arterial flow voids.",
        ],
        impression=[
            "New 1.8 cm enhancing left frontal mass with vasogenic edema; differential includes high-grade glioma and solitary metastasis.",
            "No midline shift. Recommend neurosurgical and oncology referral and CT chest, abdomen and pelvis for staging.",
        ],
    ),
    dict(
        id="022", slug="scrotal-ultrasound", kind="txt", label="abnormal", urgency="critical",
        upper=True, sex="M", pii=set(), young=True,
        exam="US scrotum with Doppler",
        history="Sudden severe left testicular pain 4 hours. Nausea, vomiting.",
        comparison="None.",
        technique="Grayscale, color and spectral Doppler of both testes.",
        findings=[
            "Left testis: Enlarged, heterogeneous. 4.9 x 3.1 x 2.9 cm. Absent intratesticular arterial and venous flow on color and spectral Doppler.",
            "Twisted spermatic cord (whirlpool sign) above left testis.",
            "Right testis: 4.2 x 2.6 x 2.4 cm. Normal echotexture. Normal flow.",
            "Small left reactive hydrocele.",
        ],
        impression=[
            "Left testicular torsion. No detectable flow.",
            "Emergent urology consult.",
        ],
    ),
    dict(
        id="023", slug="ct-chest", kind="md", label="abnormal", urgency="priority",
        upper=False, sex="M", pii={"ssn", "email"},
        exam="CT Chest Without Contrast",
        history="Persistent cough. 35 pack-year smoking history.",
        comparison="CT chest from 2023.",
        technique="Helical low-dose CT of the chest without intravenous contrast, 1 mm axial reconstructions with coronal and sagittal reformats.",
        findings=[
            "**Lungs:** New 8 mm solid nodule in the right upper lobe (series 3, image 54), not present on the prior study. Mild centrilobular emphysema. No consolidation.",
            "**Pleura:** No pleural effusion or pneumothorax.",
            "**Mediastinum:** No lymphadenopathy. Heart size normal. Mild coronary artery calcification.",
            "**Upper abdomen:** Unremarkable.",
            "**Bones:** No suspicious osseous lesion.",
        ],
        impression=[
            "New 8 mm solid right upper lobe nodule in a high-risk patient. Per Fleischner Society guidelines, recommend CT chest in 3 months or PET/CT.",
            "Mild centrilobular emphysema.",
        ],
    ),
    # ---- batch-024.jsonl (4 documents) ----
    dict(
        id="024-01", slug="chest-xray", kind="jsonl", label="normal", urgency="routine",
        upper=False, sex=None, pii={"ssn"},
        exam="XR CHEST PORTABLE AP",
        history="Shortness of breath after knee surgery. Evaluate for effusion or pneumonia.",
        comparison="Preoperative chest radiograph from earlier this year.",
        technique="Single portable AP upright view of the chest.",
        findings=[
            "Lungs: Low lung volumes. Lungs are clear. No focal consolidation. No pneumothorax.",
            "Pleura: No pleural effusion.",
            "Heart and mediastinum: Heart size is normal for AP technique. Normal mediastinal contours.",
            "Bones: No acute osseous abnormality.",
        ],
        impression=["No acute cardiopulmonary process."],
    ),
    dict(
        id="024-02", slug="chest-xray", kind="jsonl", label="abnormal", urgency="routine",
        upper=False, sex=None, pii={"ip", "email"},
        exam="XR CHEST PA AND LATERAL",
        history="Annual employment screening. Asymptomatic.",
        comparison="Chest radiograph from 2019.",
        technique="PA and lateral views of the chest. Images transferred from PACS {ip}.",
        findings=[
            "Lungs: 6 mm densely calcified nodule in the right lower lobe, unchanged since 2019, consistent with a calcified granuloma. Calcified right hilar lymph node. No consolidation.",
            "Pleura: No effusion. No pneumothorax.",
            "Heart and mediastinum: Normal size and contour.",
            "Bones: Unremarkable.",
        ],
        impression=["Stable calcified granuloma in the right lower lobe, benign. No follow-up needed.",
                    "No active cardiopulmonary disease."],
    ),
    dict(
        id="024-03", slug="venous-duplex", kind="jsonl", label="normal", urgency="routine",
        upper=False, sex=None, pii={"iban"},
        exam="US VENOUS DUPLEX LOWER EXTREMITY RIGHT",
        history="Right calf swelling and pain. Evaluate for deep vein thrombosis.",
        comparison="None.",
        technique="Grayscale compression, color and spectral Doppler evaluation of the right lower extremity deep veins from the common femoral vein to the calf.",
        findings=[
            "Common femoral, femoral and popliteal veins are fully compressible with normal color filling.",
            "Spectral Doppler shows normal respiratory phasicity and augmentation.",
            "Posterior tibial and peroneal veins are patent and compressible.",
            "Contralateral left common femoral vein shows normal phasic flow.",
            "No Baker cyst. Calf soft tissues are unremarkable.",
        ],
        impression=["No evidence of deep vein thrombosis in the right lower extremity."],
    ),
    dict(
        id="024-04", slug="ct-head", kind="jsonl", label="abnormal", urgency="critical",
        upper=True, sex="M", pii={"rel", "pt"},
        exam="CT head without contrast",
        history="Progressive confusion 3 days after fall. History obtained from wife, {rel}. On apixaban.",
        comparison="None.",
        technique="Axial CT head without contrast. Coronal and sagittal reformats.",
        findings=[
            "Acute on chronic left convexity subdural hematoma, maximal thickness 14 mm.",
            "Mass effect on left hemisphere. Sulcal effacement.",
            "Rightward midline shift 8 mm.",
            "Effacement left lateral ventricle. Mild entrapment right temporal horn.",
            "No intraparenchymal hemorrhage. No skull fracture.",
            "{pt} motion limited but diagnostic exam.",
        ],
        impression=[
            "Acute on chronic left subdural hematoma, 14 mm, with 8 mm midline shift.",
            "Emergent neurosurgical consultation.",
        ],
    ),
]


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------
def luhn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    total = 0
    for i, n in enumerate(reversed(d)):
        if i % 2:
            n *= 2
            n -= 9 if n > 9 else 0
        total += n
    return total % 10 == 0


def iban_ok(s: str) -> bool:
    c = s.replace(" ", "").upper()
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def fmt_dob(d: _dt.date, i: int) -> str:
    mon = MONTHS[d.month - 1]
    forms = [
        f"{d.month:02d}/{d.day:02d}/{d.year}",
        d.isoformat(),
        f"{d.day:02d}-{mon[:3]}-{d.year}",
        f"{mon} {d.day}, {d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.month}/{d.day}/{d.year % 100:02d}",
        f"{d.day} {mon} {d.year}",
    ]
    return forms[i % len(forms)]


def fmt_exam_date(d: _dt.date, i: int) -> str:
    mon = MONTHS[d.month - 1]
    forms = [
        f"{d.month:02d}/{d.day:02d}/{d.year}",
        d.isoformat(),
        f"{mon} {d.day}, {d.year}",
        f"{d.day:02d}-{mon[:3]}-{d.year}",
    ]
    return forms[i % len(forms)]


def fmt_phone(area: str, line: str, i: int) -> str:
    forms = [
        f"({area}) 555-{line}",
        f"{area}-555-{line}",
        f"{area}.555.{line}",
        f"+1 {area} 555 {line}",
        f"+1-{area}-555-{line}",
    ]
    return forms[i % len(forms)]


class Uniq:
    """Draws values from a generator function until an unused one appears."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def draw(self, fn):
        while True:
            v = fn()
            if v not in self.seen:
                self.seen.add(v)
                return v


# --------------------------------------------------------------------------
# Document building
# --------------------------------------------------------------------------
def build_identities(rng: random.Random) -> list[dict]:
    females = rng.sample(FEMALE_FIRST, len(FEMALE_FIRST))
    males = rng.sample(MALE_FIRST, len(MALE_FIRST))
    surnames = rng.sample(SURNAMES, len(REPORTS))
    streets = rng.sample(STREETS, len(REPORTS))
    rel_pool = {"F": rng.sample(RELATIVES_F, len(RELATIVES_F)),
                "M": rng.sample(RELATIVES_M, len(RELATIVES_M))}
    # Keep the brief's example "wife, Linda" on the JSONL subdural case.
    rel_pool["F"].remove("Linda")
    phones, mrns, accs, ssns, zips = Uniq(), Uniq(), Uniq(), Uniq(), Uniq()
    cards, ibans, ips = iter(CARDS), iter(IBANS), iter(PACS_IPS)
    mod_codes = {"xray": "CR", "ct": "CT", "mri": "MR", "ultrasound": "US",
                 "mammogram": "MG", "echocardiogram": "EC"}
    ids = []
    for i, r in enumerate(REPORTS):
        sex = r["sex"] or rng.choice("FM")
        first = (females if sex == "F" else males).pop()
        last = surnames[i]
        lo, hi = (1998, 2008) if r.get("young") or "rel" in r["pii"] and "mother" in r["history"] else (1938, 1990)
        dob = _dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
        exam = _dt.date(2024, 1, 1) + _dt.timedelta(days=rng.randint(0, 300))
        hh, mm = rng.randint(7, 21), rng.randint(0, 59)
        sign_dt = _dt.datetime(exam.year, exam.month, exam.day, hh, mm) + _dt.timedelta(minutes=rng.randint(20, 300))
        city, state = CITIES[rng.randrange(len(CITIES))]
        zlo, zhi = ZIP_PREFIX[state]
        zipc = zips.draw(lambda: f"{rng.randint(zlo, zhi):03d}{rng.randint(1, 99):02d}")
        apt = f", Apt {rng.randint(1, 30)}{rng.choice('ABCD')}" if rng.random() < 0.3 else ""
        address = f"{rng.randint(12, 9870)} {streets[i]}{apt}, {city}, {state} {zipc}"
        code = next((v for k, v in mod_codes.items() if k in r["slug"]), "US" if "ultrasound" in r["slug"] or "duplex" in r["slug"] else "CT")
        if "xray" in r["slug"]:
            code = "CR"
        acc_forms = [
            lambda: f"{code}{exam.year % 100}{rng.randint(100000, 999999)}",
            lambda: f"ACC-{exam.year}-{rng.randint(1000000, 9999999)}",
            lambda: f"RAD{rng.randint(10**9, 10**10 - 1)}",
        ]
        ident = dict(
            sex=sex, first=first, last=last, mi=rng.choice(MIDDLE_INITIALS), dob=dob,
            exam=exam, sign_dt=sign_dt, address=address, zip=zipc,
            mrn=mrns.draw(lambda: str(rng.randint(10_000_000, 99_999_999))),
            acc=accs.draw(acc_forms[i % 3]),
            phone=phones.draw(lambda: fmt_phone(rng.choice(AREA_CODES), f"01{rng.randint(0, 99):02d}", i)),
            ref=rng.choice(REFERRING), rad=rng.choice(RADIOLOGISTS),
            call_time=(sign_dt - _dt.timedelta(minutes=rng.randint(3, 15))).strftime("%H:%M"),
        )
        ident["ref_phone"] = phones.draw(lambda: fmt_phone(rng.choice(AREA_CODES), f"01{rng.randint(0, 99):02d}", i + 2))
        ident["email"] = ascii_fold(f"{first}.{last}{rng.randint(1, 99)}@{rng.choice(EMAIL_DOMAINS)}").lower() if "email" in r["pii"] else None
        ident["ssn"] = ssns.draw(lambda: "%03d-%02d-%04d" % (
            rng.choice([a for a in range(1, 900) if a != 666]), rng.randint(1, 99), rng.randint(1, 9999))) if "ssn" in r["pii"] else None
        ident["card"] = next(cards) if "card" in r["pii"] else None
        ident["iban"] = next(ibans) if "iban" in r["pii"] else None
        ident["ip"] = next(ips) if "ip" in r["pii"] else None
        ident["rel"] = None
        if "rel" in r["pii"]:
            kin = re.search(r"\b(son|husband|wife|daughter|mother)\b", r["history"]).group(1)
            ident["rel"] = "Linda" if r["id"] == "024-04" else rel_pool[REL_SEX[kin]].pop()
        ids.append(ident)
    return ids


def render(r: dict, p: dict, idx: int) -> tuple[str, list[tuple[str, str]]]:
    """Return (text, [(type, value), ...]) for one report."""
    pii: list[tuple[str, str]] = []
    up = r["upper"]
    ref_first, ref_last = p["ref"]
    rad_first, rad_last = p["rad"]
    first, last, mi = p["first"], p["last"], p["mi"]
    dob = fmt_dob(p["dob"], idx)
    exam_date = fmt_exam_date(p["exam"], idx)
    sign_date = p["sign_dt"].strftime("%m/%d/%Y")
    sign_stamp = p["sign_dt"].strftime("%m/%d/%Y %H:%M")
    title = "Ms." if p["sex"] == "F" else "Mr."
    ctx = dict(rel=p["rel"] or "", ip=p["ip"] or "", pt=f"{title} {last}",
               ref=f"Dr. {ref_last}", time=p["call_time"])

    # --- patient name (form varies with style) ---
    if r["kind"] == "md":
        name = f"{first} {mi}. {last}"
    elif up:
        name = f"{last}, {first}"
    else:
        name = [f"{first} {mi}. {last}", f"{first} {last}", f"{last}, {first} {mi}."][idx % 3]
    pii += [("NAME", name), ("NAME", first), ("NAME", last)]
    pii += [("NAME", f"{ref_first} {ref_last}"), ("NAME", ref_first), ("NAME", ref_last)]
    pii += [("NAME", f"{rad_first} {rad_last}"), ("NAME", rad_first), ("NAME", rad_last)]
    if p["rel"]:
        pii.append(("NAME", p["rel"]))
    pii += [("DATE", dob), ("DATE", exam_date), ("DATE", sign_date),
            ("MRN", p["mrn"]), ("ACCESSION", p["acc"]),
            ("PHONE", p["phone"]), ("PHONE", p["ref_phone"]),
            ("ADDRESS", p["address"]), ("ZIP", p["zip"])]
    for key, typ in (("email", "EMAIL"), ("ssn", "SSN"), ("card", "CARD"), ("iban", "IBAN"), ("ip", "IP")):
        if p[key]:
            pii.append((typ, p[key]))

    sex_word = p["sex"]
    billing = None
    if p["card"]:
        billing = f"Billing: self-pay, card on file {p['card']}"
    elif p["iban"]:
        billing = f"Billing: patient remittance via bank transfer, IBAN {p['iban']}"

    # --- header ---
    if r["kind"] == "md":
        hdr = [
            f"# {r['exam']}", "",
            "| Field | Value |", "|---|---|",
            f"| **Patient** | {name} |",
            f"| **Sex** | {'Male' if sex_word == 'M' else 'Female'} |",
            f"| **DOB** | {dob} |",
            f"| **MRN** | {p['mrn']} |",
            f"| **Accession** | {p['acc']} |",
            f"| **Phone** | {p['phone']} |",
            f"| **Email** | {p['email']} |",
            f"| **SSN** | {p['ssn']} |",
            f"| **Address** | {p['address']} |",
            f"| **Referring physician** | Dr. {ref_first} {ref_last} ({p['ref_phone']}) |",
            f"| **Exam date** | {exam_date} |",
            "",
        ]
    elif up:
        hdr = [
            "DEPARTMENT OF DIAGNOSTIC IMAGING",
            f"PATIENT NAME: {name}   SEX: {sex_word}   DOB: {dob}",
            f"MRN: {p['mrn']}   ACC#: {p['acc']}",
            f"ADDR: {p['address']}",
            f"TEL: {p['phone']}",
        ]
        if p["ssn"]:
            hdr.append(f"SSN: {p['ssn']}")
        hdr += [f"REF MD: Dr. {ref_first} {ref_last}   PH: {p['ref_phone']}",
                f"EXAM DATE: {exam_date}"]
        if billing:
            hdr.append(billing)
        hdr.append("")
    else:
        style = idx % 3
        if style == 0:
            hdr = ["DEPARTMENT OF RADIOLOGY - DIAGNOSTIC REPORT",
                   f"Patient: {name}    Sex: {sex_word}",
                   f"DOB: {dob}    MRN: {p['mrn']}",
                   f"Accession: {p['acc']}",
                   f"Address: {p['address']}",
                   f"Phone: {p['phone']}"]
        elif style == 1:
            hdr = ["RADIOLOGY REPORT",
                   f"Name: {name}",
                   f"Date of Birth: {dob}    Sex: {sex_word}",
                   f"Medical Record Number: {p['mrn']}",
                   f"Accession No.: {p['acc']}",
                   f"Home address: {p['address']}",
                   f"Contact phone: {p['phone']}"]
        else:
            hdr = ["IMAGING REPORT",
                   f"Patient Name: {name}",
                   f"DOB: {dob}  Sex: {sex_word}  MRN: {p['mrn']}",
                   f"Accession #: {p['acc']}",
                   f"Mailing address: {p['address']}",
                   f"Tel: {p['phone']}"]
        if p["email"]:
            hdr.append(f"Email: {p['email']}")
        if p["ssn"]:
            hdr.append(f"SSN: {p['ssn']}")
        hdr.append(f"Referring physician: Dr. {ref_first} {ref_last}, office {p['ref_phone']}")
        hdr.append(f"Exam date: {exam_date}")
        if billing:
            hdr.append(billing)
        hdr.append("")

    # --- body ---
    def f(s: str) -> str:
        return s.format(**ctx)

    hist_label = "INDICATION" if idx % 2 else "CLINICAL HISTORY"
    findings = [f(x) for x in r["findings"]]
    impression = [f(x) for x in r["impression"]]
    if r["urgency"] == "critical":
        impression.append(
            f"Critical result communicated to Dr. {ref_first} {ref_last} by telephone at "
            f"{p['call_time']} on {sign_date}; read-back confirmed.")
    elif r["urgency"] == "priority":
        impression.append(f"Findings discussed with Dr. {ref_last}'s office; follow-up requested.")

    if r["kind"] == "md":
        body = [f"## Exam", r["exam"], "",
                "## Clinical history", f(r["history"]), "",
                "## Comparison", f(r["comparison"]), "",
                "## Technique", f(r["technique"]), "",
                "## Findings"] + [f"- {x}" for x in findings] + ["",
                "## Impression"] + [f"{n}. {x}" for n, x in enumerate(impression, 1)] + ["",
                "---", "",
                f"*Electronically signed by: Dr. {rad_first} {rad_last}, MD on {sign_stamp}*", ""]
    else:
        bullet = "- " if up else ""
        body = [f"EXAM: {r['exam']}", "",
                f"{hist_label}: {f(r['history'])}", "",
                f"COMPARISON: {f(r['comparison'])}", "",
                f"TECHNIQUE: {f(r['technique'])}", "",
                "FINDINGS:"] + [bullet + x for x in findings] + ["",
                "IMPRESSION:"] + [f"{n}. {x}" for n, x in enumerate(impression, 1)] + ["",
                f"Electronically signed by: Dr. {rad_first} {rad_last}, MD on {sign_stamp}", ""]
    text = "\n".join(hdr + body)
    if up:
        text = text.upper()
        pii = [(t, v.upper()) for t, v in pii]
    return text, pii


def check_doc(doc_id: str, text: str, pii: list[tuple[str, str]]) -> None:
    errs = []
    if not MIN_CHARS <= len(text) <= MAX_CHARS:
        errs.append(f"length {len(text)} outside {MIN_CHARS}-{MAX_CHARS}")
    for t, v in pii:
        if v not in text:
            errs.append(f"{t} value {v!r} not found in text")
    # Every planted value must occur ONLY where it was planted: blank out all
    # planted values (longest first) and make sure none survives elsewhere.
    rest = text
    for _, v in sorted(pii, key=lambda tv: -len(tv[1])):
        rest = rest.replace(v, "\0")
    for t, v in pii:
        pat = r"(?<!\w)" + re.escape(v) + r"(?!\w)" if t == "NAME" else re.escape(v)
        if re.search(pat, rest, re.IGNORECASE):
            errs.append(f"{t} value {v!r} also occurs in non-PII text")
    if errs:
        raise SystemExit(f"{doc_id}: " + "; ".join(errs))


def main() -> int:
    rng = random.Random(SEED)
    idents = build_identities(rng)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    GOLD_PATH.parent.mkdir(parents=True, exist_ok=True)

    gold: dict[str, dict] = {}
    files: dict[str, str] = {}
    jsonl_lines: list[str] = []
    for idx, (r, p) in enumerate(zip(REPORTS, idents)):
        text, pii = render(r, p, idx)
        if r["kind"] == "jsonl":
            custom_id = f"rad-{r['id']}"
            doc_id = f"{JSONL_NAME}#{custom_id}"
            jsonl_lines.append(json.dumps({"custom_id": custom_id, "text": text}, ensure_ascii=False))
        else:
            doc_id = f"{r['id']}-{r['slug']}.{r['kind']}"
            files[doc_id] = text
        check_doc(doc_id, text, pii)
        # de-duplicate, order by first appearance in the text
        seen: dict[str, str] = {}
        for t, v in pii:
            seen.setdefault(v, t)
        values = sorted(seen, key=lambda v: (text.find(v), -len(v)))
        by_type: dict[str, list[str]] = {}
        for v in values:
            by_type.setdefault(seen[v], []).append(v)
        gold[doc_id] = {
            "normal_abnormal": r["label"],
            "urgency": r["urgency"],
            "pii": values,
            "labels_by_type": {t: by_type[t] for t in PII_TYPES if t in by_type},
        }
    files[JSONL_NAME] = "\n".join(jsonl_lines) + "\n"

    for c in CARDS:
        assert luhn_ok(c), c
    for b in IBANS:
        assert iban_ok(b), b

    # Remove stale generated files, then write.
    pattern = re.compile(r"^(\d{3}-[a-z0-9-]+\.(txt|md)|batch-\d{3}\.jsonl)$")
    for old in sorted(OUT_DIR.iterdir()):
        if pattern.match(old.name) and old.name not in files:
            old.unlink()
    for name, content in files.items():
        (OUT_DIR / name).write_bytes(content.encode("utf-8"))
    GOLD_PATH.write_bytes((json.dumps(gold, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))

    counts: dict[str, int] = {}
    for g in gold.values():
        for k in (g["normal_abnormal"], g["urgency"]):
            counts[k] = counts.get(k, 0) + 1
    print(f"wrote {len(files)} files ({len(gold)} documents) to {OUT_DIR.relative_to(REPO)}/")
    print(f"wrote gold labels to {GOLD_PATH.relative_to(REPO)}")
    print("counts: " + ", ".join(f"{k}={counts[k]}" for k in ("normal", "abnormal", "routine", "priority", "critical")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
