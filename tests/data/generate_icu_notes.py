#!/usr/bin/env python3
"""Generate ``icu_notes_gold.jsonl``: synthetic ICU nursing notes with gold PHI spans.

Written for EdgeBatch's tests (no real patient data): upper case, terse, abbreviations, short
dates (7/22), relatives, hospitals, doctors, ages, and medical eponyms (Foley, Whipple, Glasgow)
that must NOT be masked. Every value is drawn from the pools below with a fixed seed, so the
file is reproducible:  python tests/data/generate_icu_notes.py > tests/data/icu_notes_gold.jsonl

``--kind letters`` writes other styles instead (``clinical_letters_gold.jsonl``): mixed-case
discharge summaries, referral letters with UK/German/French/Canadian addresses and companies,
and upper-case nursing handovers, with headings, drugs and anatomy that must stay readable:
python tests/data/generate_icu_notes.py --kind letters > tests/data/clinical_letters_gold.jsonl
"""

from __future__ import annotations

import json
import random
import sys

SURNAMES = ["SMITH", "KOWALCZYK", "OKAFOR", "LINDQVIST", "BRENNAN", "NGUYEN", "ABERNATHY", "DUBOIS",
            "MCALLISTER", "HALVORSEN", "PETROSYAN", "GARCIA", "YAMAMOTO", "FITZGERALD", "OYELARAN",
            "WHITAKER", "DESROSIERS", "CHAUDHRY", "VANTERPOOL", "MORRISSEY", "KELLERMAN", "BOATENG"]
FIRSTS = ["JOHN", "MARY", "TERESA", "OLUWASEUN", "BJORN", "PRIYA", "DMITRI", "KATHLEEN", "HECTOR",
          "SIOBHAN", "WALTER", "ANEKA", "RAFAEL", "GUNNAR", "LUCILLE", "TOMASZ", "ESPERANZA", "DWAYNE"]
HOSPITALS = ["CALVERT HOSPITAL", "ST. JUDE MEDICAL CENTER", "MERCY GENERAL", "BAYSIDE COMMUNITY HOSPITAL",
             "NORTHSHORE MEDICAL CENTER", "SACRED HEART HOSPITAL", "RIVERVIEW REHAB", "GOOD SAMARITAN",
             "HOLY CROSS HOSPITAL", "WESTBROOK NURSING HOME", "LAKESIDE CLINIC", "MASS GENERAL"]
TOWNS = ["BALTIMORE", "WORCESTER", "NASHUA", "PROVIDENCE", "LOWELL", "BANGOR", "FRAMINGHAM", "QUINCY",
         "NEW BEDFORD", "CAPE COD", "PORTLAND", "HARTFORD"]
RELATIVES = ["WIFE", "HUSBAND", "SON", "DAUGHTER", "SISTER", "BROTHER", "NIECE", "MOTHER", "HCP", "FRIEND"]
MONTHS = ["JAN", "FEB", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUG", "SEPT", "OCT", "NOV", "DEC"]

# (plain text) or (value, label) pieces; {X} slots are filled by the generator
CLINICAL = [
    "NEURO: A+OX3, MAE, FOLLOWS COMMANDS. GCS 15. PERRLA.",
    "NEURO: SEDATED ON PROPOFOL, GLASGOW COMA SCALE 8T, PUPILS 3MM BRISK.",
    "CV: NSR 80-90S, NO ECTOPY. SBP 110-130. +PP.",
    "CV: AFIB 100-120S, DILTIAZEM GTT AT 10MG/HR. K 3.6 REPLETED.",
    "RESP: LS CLEAR, SATS 95-98% ON 2L NC. STRONG NP COUGH.",
    "RESP: VENT CPAP 5/5, FIO2 40%, SX FOR THICK TAN SPUTUM.",
    "GI/GU: ABD SOFT, +BS. FOLEY DRAINING CLEAR YELLOW URINE 40-60CC/HR.",
    "GI: S/P WHIPPLE, JP DRAIN WITH SEROSANG OUTPUT. NPO, TPN INFUSING.",
    "GU: FOLEY D/C'D, VOIDING QS. BUN/CR 22/1.1.",
    "SKIN: STAGE II DECUB ON COCCYX, DUODERM APPLIED. BRADEN 14.",
    "ID: TMAX 101.2, BLD CX X2 SENT, ON VANCO/ZOSYN.",
    "ENDO: RISS, FS 180-220. GLARGINE 10U HS.",
    "PAIN: C/O INCISIONAL PAIN 6/10, MORPHINE 2MG IV WITH GOOD EFFECT.",
    "HEME: HCT 24.1, TRANSFUSED 1 UPRBC. COAGS WNL.",
    "ACCESS: R SUBCLAVIAN TLC, L RADIAL A-LINE. SWAN REMOVED.",
    "NEURO: MORSE FALL SCALE 45, BED ALARM ON. PARKINSON'S DZ, ON SINEMET.",
    "CV: BABINSKI NEG. HOMANS SIGN NEG. CHEYNE-STOKES RESP NOTED OVERNIGHT.",
    "GI: NGT TO LCWS, BILIOUS OUTPUT. ON PROTONIX. HX CROHN'S.",
]


def name(rng: random.Random, full: bool = True) -> str:
    last = rng.choice(SURNAMES)
    return f"{rng.choice(FIRSTS)} {last}" if full and rng.random() < 0.5 else last


def date(rng: random.Random) -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{m}/{d}", f"{m}/{d}/{rng.randint(2000, 2030)}", f"{m:02d}/{d:02d}",
                       f"{MONTHS[m - 1]} {d}", f"{m}-{d}"])


def phone(rng: random.Random) -> str:
    a, b = rng.randint(200, 989), rng.randint(1000, 9999)
    return rng.choice([f"555-{b}", f"({rng.randint(201, 989)}) {a}-{b}", f"{rng.randint(201, 989)}-{a}-{b}"])


def note(rng: random.Random) -> list:
    parts: list = []
    age = rng.choice([str(rng.randint(19, 88)), str(rng.randint(90, 103))])
    sex = rng.choice(["M", "F", "YO M", "YO F", "Y/O MALE", "YO WOMAN"])
    opener = rng.randrange(4)
    if opener == 0:
        parts += [(age, "AGE"), f" {sex} ADMITTED IN TRANSFER FROM ", (rng.choice(HOSPITALS), "ORGANIZATION"),
                  " ON ", (date(rng), "DATE"), " S/P FALL AT HOME IN ", (rng.choice(TOWNS), "LOCATION"), ".\n"]
    elif opener == 1:
        parts += ["NURSING PROGRESS NOTE 7P-7A\n", "PT IS A ", (age, "AGE"), f" {sex} WITH HX CHF, COPD, ",
                  "ADMITTED ", (date(rng), "DATE"), " FROM ", (rng.choice(HOSPITALS), "ORGANIZATION"), " ED.\n"]
    elif opener == 2:
        parts += ["MICU NPN: PT ", (name(rng, False), "NAME"), " IS ", (age, "AGE"), f" {sex} POD #2 S/P ",
                  rng.choice(["WHIPPLE", "CABG X3", "AAA REPAIR", "NISSEN"]), ", SEEN AT ",
                  (rng.choice(HOSPITALS), "ORGANIZATION"), " ", (date(rng), "DATE"), ".\n"]
    else:
        parts += ["ADMIT NOTE: ", (age, "AGE"), f" {sex} FROM ", (rng.choice(TOWNS), "LOCATION"),
                  " TRANSFERRED FROM ", (rng.choice(HOSPITALS), "ORGANIZATION"), " FOR CATH.\n"]
    for line in rng.sample(CLINICAL, rng.randint(3, 5)):
        parts.append(line + "\n")
    events = [
        lambda: ["DR. ", (name(rng), "NAME"), " AWARE OF ", rng.choice(["HYPOTENSION", "K 3.1", "UO 20CC/HR"]), ".\n"],
        lambda: ["SOCIAL: ", rng.choice(RELATIVES), " ", (name(rng, False) if rng.random() < .5 else rng.choice(FIRSTS), "NAME"),
                 " CALLED ", (phone(rng), "PHONE"), ", UPDATED BY RN.\n"],
        lambda: ["FAMILY IN TO VISIT, ", rng.choice(RELATIVES), " (", (rng.choice(FIRSTS), "NAME"), ") ASKING ABOUT DISPO TO ",
                 (rng.choice(HOSPITALS), "ORGANIZATION"), ".\n"],
        lambda: ["SEEN BY ", (name(rng, False), "NAME"), " FROM ID ", (date(rng), "DATE"), ", REC CONT ABX.\n"],
        lambda: ["PLAN: F/U WITH DR. ", (name(rng, False), "NAME"), " IN CLINIC ", (date(rng), "DATE"),
                 ". ECHO PLANNED FOR ", (date(rng), "DATE"), ".\n"],
        lambda: ["PCP DR ", (name(rng), "NAME"), " ", (phone(rng), "PHONE"), " NOTIFIED.\n"],
        lambda: ["MRN ", (str(rng.randint(1000000, 9999999)), "ID"), " ON ALL LABELS, CONFIRMED W/ ",
                 rng.choice(["WIFE", "PT", "DAUGHTER"]), ".\n"],
        lambda: ["LAST HOSPITALIZATION ", (f"{MONTHS[rng.randrange(12)]} {rng.randint(2015, 2029)}", "DATE"), " AT ",
                 (rng.choice(HOSPITALS), "ORGANIZATION"), " FOR PNA.\n"],
        lambda: ["PT STATES HE LIVES WITH ", rng.choice(["WIFE", "SON", "DAUGHTER"]), " ", (rng.choice(FIRSTS), "NAME"),
                 " IN ", (rng.choice(TOWNS), "LOCATION"), ", WORKED AS A MECHANIC.\n"],
        lambda: ["ATTENDING ", (name(rng), "NAME"), ", RESIDENT ", (name(rng, False), "NAME"), " AT BEDSIDE.\n"],
        lambda: ["RN ", (rng.choice(FIRSTS), "NAME"), " GAVE REPORT TO ", (rng.choice(FIRSTS), "NAME"), " RN AT 1900.\n"],
    ]
    for make in rng.sample(events, rng.randint(2, 4)):
        parts += make()
    parts += [rng.choice(["FULL CODE.", "DNR/DNI PER HCP.", "CMO DISCUSSED."]), " CONT TO MONITOR.\n"]
    return parts


def render(parts: list) -> tuple[str, list[dict]]:
    text, spans = "", []
    for p in parts:
        if isinstance(p, tuple):
            value, label = p
            spans.append({"label": label, "start": len(text), "end": len(text) + len(value)})
            text += value
        else:
            text += p
    return text, spans


L_FIRST = ["Ingrid", "Mateusz", "Aoife", "Kwame", "Lucía", "Henrik", "Mei-Ling", "Rosalind", "Thibault", "Anouk",
           "Dagmar", "Emeka", "Sunniva", "Bartholomew", "Yusuf", "Ottilie", "Grzegorz", "Marguerite"]
L_LAST = ["Vandersloot", "Oyelowo", "Kavanagh", "Brzezinski", "Achterberg", "Lindgren", "Okonkwo", "Fairweather",
          "Delacroix", "Szymanska", "Haraldsen", "Pemberton", "Quispe", "Nakashima", "Ferreira", "MacAulay"]
L_ORGS = ["Northgate Medical Practice", "Hollins Diagnostics Ltd", "Rheinland Kliniken GmbH", "Clinique Saint-Roch",
          "St Aidan's Hospital", "Lakeshore Orthopaedic Clinic", "Pemberton & Vale LLP", "Maplewood Health Centre",
          "Vireo Insurance Inc.", "Harbourview Rehabilitation Hospital", "Castellan Home Care Services Ltd"]
L_ADDRESSES = [  # (street line, town line): UK, German, French, Canadian, US forms
    ("14 Wexford Terrace", "Leeds LS6 2QT"), ("Flat 3, 27 Quarry Hill Road", "Sheffield S10 5AB"),
    ("Lindenstraße 42", "50674 Köln"), ("Am Mühlbach 7", "81371 München"), ("18 rue des Tanneurs", "67000 Strasbourg"),
    ("5 avenue Jean Jaurès", "69007 Lyon"), ("2287 Oak Bay Avenue", "Victoria, BC V8R 1G4"),
    ("910 rue Sherbrooke Ouest", "Montréal QC H3A 1G1"), ("PO Box 4471", "Halifax, NS B3K 5R7"),
    ("77 Larkspur Lane, Apt 4C", "Portsmouth, NH 03801"),
]
L_TOWNS = ["Leeds", "Strasbourg", "Halifax", "Köln", "Worcester", "Victoria", "Galway", "Utrecht", "Bergen", "Duluth"]
HEADINGS = ["**Pleura:**", "**Impression:**", "Findings:", "Assessment and Plan:", "History of Present Illness:",
            "Medications on Discharge:", "**Mediastinum:**", "Allergies:"]
MEDS = ["Metoprolol succinate 50 mg daily", "Apixaban 5 mg twice daily", "Furosemide 40 mg PO", "Atorvastatin 40 mg at night",
        "Levetiracetam 500 mg BID", "Pantoprazole 40 mg daily", "Insulin glargine 12 units"]
FINDINGS = ["No pleural effusion or pneumothorax.", "Mild cardiomegaly, stable.", "Negative Murphy sign.",
            "Foley catheter removed on day 2.", "Glasgow Coma Scale 15.", "Doppler of the left leg without DVT.",
            "Parkinson disease, stable on carbidopa-levodopa.", "Barrett esophagus on prior EGD.",
            "Whipple procedure in the past.", "Lungs clear to auscultation bilaterally."]


def lname(rng: random.Random, full: bool = True) -> str:
    return f"{rng.choice(L_FIRST)} {rng.choice(L_LAST)}" if full else rng.choice(L_LAST)


def ldate(rng: random.Random) -> str:
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(2019, 2026)
    names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
    return rng.choice([f"{d} {names[m - 1]} {y}", f"{names[m - 1]} {d}, {y}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}",
                       f"{d}.{m}.{y}"])


def lphone(rng: random.Random) -> str:
    return rng.choice([f"+44 113 {rng.randint(200, 999)} {rng.randint(1000, 9999)}", f"0221 {rng.randint(100000, 999999)}",
                       f"+33 3 88 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                       f"({rng.randint(201, 989)}) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}"])


def letter(rng: random.Random) -> list:
    """A referral letter, a discharge summary or an upper-case handover."""
    kind = rng.randrange(3)
    who, doc = lname(rng), lname(rng)
    street, town = rng.choice(L_ADDRESSES)
    age = str(rng.choice([rng.randint(19, 88), rng.randint(90, 101)]))
    parts: list = []
    if kind == 0:
        parts += [(rng.choice(L_ORGS), "ORGANIZATION"), "\n", (street, "ADDRESS"), "\n", (town, "ADDRESS"), "\n",
                  "Tel: ", (lphone(rng), "PHONE"), "\n\n", (ldate(rng), "DATE"), "\n\nDear Dr ", (lname(rng, False), "NAME"),
                  ",\n\nRe: ", (who, "NAME"), ", DOB ", (ldate(rng), "DATE"), ", NHS number ",
                  (f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}", "ID"), "\n\n",
                  "Thank you for seeing this ", (age, "AGE"), "-year-old who was admitted to ", (rng.choice(L_ORGS), "ORGANIZATION"),
                  " on ", (ldate(rng), "DATE"), ". ", rng.choice(FINDINGS), " ", rng.choice(FINDINGS), "\n",
                  "She lives with her daughter ", (rng.choice(L_FIRST), "NAME"), " in ", (rng.choice(L_TOWNS), "LOCATION"),
                  " and can be reached at ", (f"{rng.choice(L_FIRST).lower()}.{rng.choice(L_LAST).lower()}@example.org", "EMAIL"),
                  ".\n\nCurrent medication:\n- ", rng.choice(MEDS), "\n- ", rng.choice(MEDS), "\n\nYours sincerely,\n\n",
                  (doc, "NAME"), ", MD\n", (rng.choice(L_ORGS), "ORGANIZATION"), "\n"]
    elif kind == 1:
        parts += ["DISCHARGE SUMMARY\n\nPatient: ", (who, "NAME"), "\nMRN: ", (str(rng.randint(10000000, 99999999)), "ID"),
                  "\nAdmission date: ", (ldate(rng), "DATE"), "\nDischarge date: ", (ldate(rng), "DATE"),
                  "\nAttending: Dr. ", (doc, "NAME"), "\n\n", rng.choice(HEADINGS), " ", rng.choice(FINDINGS), "\n",
                  rng.choice(HEADINGS), " ", rng.choice(FINDINGS), " ", rng.choice(FINDINGS), "\n",
                  "History of Present Illness: ", (age, "AGE"), " year old transferred from ", (rng.choice(L_ORGS), "ORGANIZATION"),
                  ". Her son ", (rng.choice(L_FIRST), "NAME"), " (", (lphone(rng), "PHONE"), ") is the health care proxy.\n",
                  "Medications on Discharge: ", rng.choice(MEDS), "; ", rng.choice(MEDS), ".\n",
                  "Follow-up: ", (rng.choice(L_ORGS), "ORGANIZATION"), ", ", (street, "ADDRESS"), ", ", (town, "ADDRESS"),
                  ", on ", (ldate(rng), "DATE"), ".\n"]
    else:
        up = lambda v: v.upper()  # noqa: E731
        parts += ["NSG HANDOVER 0700\n", (age, "AGE"), " YO ", rng.choice(["M", "F"]), " FROM ", (up(rng.choice(L_TOWNS)), "LOCATION"),
                  ", ADMITTED ", (f"{rng.randint(1, 12)}/{rng.randint(1, 28)}", "DATE"), " VIA ",
                  (up(rng.choice(L_ORGS)), "ORGANIZATION"), ".\n",
                  up(rng.choice(FINDINGS)), " ", up(rng.choice(FINDINGS)), "\n",
                  "DTR: ", up(rng.choice(MEDS)), ". PAIN 4/10, STRENGTH 5/5.\n",
                  "DR ", (up(lname(rng, False)), "NAME"), " PAGED RE: K 3.2, REPLETED.\n",
                  "DAUGHTER ", (up(rng.choice(L_FIRST)), "NAME"), " CALLED ", (lphone(rng), "PHONE"), ", UPDATED.\n",
                  "HOME ADDRESS ON FILE: ", (up(street), "ADDRESS"), ", ", (up(town), "ADDRESS"), ".\n"]
    return parts


def main(n: int = 60, seed: int = 20261126, kind: str = "icu") -> None:
    rng = random.Random(seed)
    make = note if kind == "icu" else letter
    prefix = "icu" if kind == "icu" else "letter"
    for i in range(n):
        text, spans = render(make(rng))
        # ages under 90 are not PHI under Safe Harbor: keep them out of the gold set
        spans = [s for s in spans if s["label"] != "AGE" or int(text[s["start"]:s["end"]]) >= 90]
        sys.stdout.write(json.dumps({"id": f"{prefix}-{i:03d}", "text": text, "spans": spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    if sys.argv[1:3] == ["--kind", "letters"]:
        main(n=45, seed=20261127, kind="letters")
    else:
        main()
