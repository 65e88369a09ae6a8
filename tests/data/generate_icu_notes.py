#!/usr/bin/env python3
"""Generate ``icu_notes_gold.jsonl``: synthetic ICU nursing notes with gold PHI spans.

Written for EdgeBatch's tests (no real patient data): upper case, terse, abbreviations, short
dates (7/22), relatives, hospitals, doctors, ages, and medical eponyms (Foley, Whipple, Glasgow)
that must NOT be masked. Every value is drawn from the pools below with a fixed seed, so the
file is reproducible:  python tests/data/generate_icu_notes.py > tests/data/icu_notes_gold.jsonl
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


def main(n: int = 60, seed: int = 20261126) -> None:
    rng = random.Random(seed)
    for i in range(n):
        text, spans = render(note(rng))
        # ages under 90 are not PHI under Safe Harbor: keep them out of the gold set
        spans = [s for s in spans if s["label"] != "AGE" or int(text[s["start"]:s["end"]]) >= 90]
        sys.stdout.write(json.dumps({"id": f"icu-{i:03d}", "text": text, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
