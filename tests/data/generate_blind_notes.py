#!/usr/bin/env python3
"""Generate ``blind_notes_gold.jsonl``: a held-out set of synthetic ICU/CCU/NICU/SICU notes.

Written from scratch for EdgeBatch's tests, AFTER the redaction rules, and deliberately sharing
no pool, template or phrasing with ``generate_icu_notes.py`` (the set the rules were tuned on):
other surnames (many are also English words or look medical: BAKER, HILL, STONE, MARCH, WARD,
BROWN, YOUNG, LONG, BELL, GRAVES), other given names (some are words or months: JUNE, DAWN,
GRACE, WILL), other hospitals, rehab facilities, nursing homes, clinics, hospital wards and
towns, and the shorthand of real nursing and progress notes (O/N, HO, NOK, PCP DR X, MD X
NOTIFIED, FAMILY MTG W/ DAUGHTERS ANN AND SUE, TRANSFERRED TO 11 KESSLER, PT'S WIFE (MARY) AT
BEDSIDE, PAGER #4567, X1234, ON THE 22ND, LAST THURS). Most notes are upper case; some are
typed in lower case, some in mixed case (names capitalised, or not).

Gold follows HIPAA Safe Harbor as our other sets do: names (patients, relatives, clinicians),
hospitals/clinics/facilities (ORGANIZATION), towns and named hospital wards/buildings
(LOCATION), street addresses, dates without the year alone (weekdays too), phone/pager/extension
numbers, record numbers, e-mails, and ages over 89 only. Titles (DR., MR.), roles (RN, MD),
times of day (0300, 7P-7A), unit numbers, drug names, devices, scores and medical eponyms
(Foley, Whipple, Swan-Ganz, Hickman, Cordis, Levophed ...) are not PHI and must stay readable.

No real patient data: every value comes from the pools below, drawn with a fixed seed, so the
file is reproducible:  python tests/data/generate_blind_notes.py > tests/data/blind_notes_gold.jsonl
"""

from __future__ import annotations

import json
import random
import sys

LASTS = ["BAKER", "HILL", "STONE", "MARCH", "WARD", "BROWN", "YOUNG", "LONG", "BELL", "GRAVES", "CARTER",
         "FISHER", "WOODS", "PARK", "LEE", "KING", "PRICE", "GRAY", "FOX", "LAMBERT", "ROSEN", "O'BRIEN",
         "MCCARTHY", "DELGADO", "CHEN", "PATEL", "SULLIVAN", "KRAMER", "FINNEGAN", "ESPOSITO", "TRAN",
         "HOFFMAN", "LEVINE", "RUSSO", "WALSH", "DONOVAN", "PIERCE", "NOLAN", "CRUZ", "SANTIAGO", "KIM",
         "GOLDBERG", "HUANG", "MORAN", "BURKE", "COHEN", "RIVERA", "FLYNN", "DOYLE", "PERKINS"]
WOMEN = ["ANN", "SUE", "PEGGY", "EDNA", "DOROTHY", "GLORIA", "RUTH", "MAUREEN", "JOAN", "DENISE", "MARJORIE", "BEV",
         "JUNE", "DAWN", "GRACE", "KATHY", "JOANIE", "LINDA", "DEB", "PAULA", "NANCY", "ELAINE", "ALICE", "ROSE", "MARY"]
MEN = ["BOB", "FRANK", "HAROLD", "CARL", "EARL", "VINCENT", "LOUIS", "NORMAN", "WILL", "MARK", "BILL", "TOM", "STEVE",
       "MIKE", "RICH", "FRED", "SAL"]
EITHER = ["PAT", "CHRIS", "ROBIN", "GERRY"]
FIRSTS = WOMEN + MEN + EITHER
FEMALE_REL = {"WIFE", "DAUGHTER", "DAUGHTERS", "SISTER", "SISTERS", "NIECE", "GRANDDAUGHTER", "MOTHER", "GIRLFRIEND",
              "SISTER-IN-LAW", "MOM"}
MALE_REL = {"HUSBAND", "SON", "SONS", "BROTHER", "NEPHEW", "GRANDSON", "FATHER", "FIANCE", "BOYFRIEND", "SON-IN-LAW", "DAD"}


def given(rng: random.Random, relation: str = "") -> str:
    """A given name that fits the relative word before it (SON BOB, WIFE MARY)."""
    rel = relation.strip()
    pool = WOMEN + EITHER if rel in FEMALE_REL else MEN + EITHER if rel in MALE_REL else FIRSTS
    return rng.choice(pool)


def ordinal(d: int) -> str:
    return f"{d}{'TH' if 10 <= d % 100 <= 20 else {1: 'ST', 2: 'ND', 3: 'RD'}.get(d % 10, 'TH')}"
HOSPITALS = ["NEWTON-WELLESLEY HOSPITAL", "BROCKTON HOSPITAL", "MOUNT AUBURN HOSPITAL", "SOUTH SHORE HOSPITAL",
             "CARNEY HOSPITAL", "FAULKNER HOSPITAL", "WINCHESTER HOSPITAL", "NORWOOD HOSPITAL", "JORDAN HOSPITAL",
             "GREYLOCK VALLEY HOSPITAL", "HOLLISTON MEDICAL CENTER", "ST. ANNE'S HOSPITAL", "ST. LUKE'S",
             "CAPE COD HOSPITAL", "MORTON HOSPITAL", "LAWRENCE GENERAL", "BEVERLY HOSPITAL"]
REHABS = ["SPAULDING REHAB", "BRAINTREE REHAB", "HEBREW REHAB CENTER", "YOUVILLE HOSPITAL", "KINDRED HOSPITAL",
          "CEDAR RIDGE REHAB", "WHITTIER REHAB", "NEW ENGLAND SINAI"]
NURSING_HOMES = ["MAPLE GROVE NURSING HOME", "PINE MANOR NURSING HOME", "ELMHURST HEALTHCARE", "LEDGEWOOD NURSING HOME",
                 "HARBORSIDE HEALTHCARE", "SUNRISE ASSISTED LIVING", "ST. JOSEPH MANOR", "BAY VIEW NURSING AND REHAB"]
CLINICS = ["LAHEY CLINIC", "JOSLIN CLINIC", "FENWAY HEALTH", "BRIGHTWATER CLINIC", "HARBOR HEALTH CENTER",
           "DORCHESTER HOUSE", "CODMAN SQUARE HEALTH CENTER", "NORTH END COMMUNITY HEALTH"]
ACRONYMS = ["NWH", "SSH", "MAH", "BMC", "CHA"]  # hospitals as notes abbreviate them
WARDS = ["KESSLER", "WHITMORE", "LANGDON", "ASHBY", "PRESCOTT", "STOREY"]  # named hospital buildings
TOWNS = ["BROCKTON", "DEDHAM", "MALDEN", "REVERE", "CHELSEA", "SOMERVILLE", "MEDFORD", "WALTHAM", "NEEDHAM", "SALEM",
         "PLYMOUTH", "FALL RIVER", "LYNN", "TAUNTON", "ATTLEBORO", "HYANNIS", "BROOKLINE", "CHATHAM", "MARSHFIELD",
         "DORCHESTER", "ROSLINDALE", "EVERETT", "WEYMOUTH", "ARLINGTON"]
STREETS = ["PLEASANT ST", "WASHINGTON AVE", "HIGHLAND RD", "CENTRE ST", "ELM ST", "PROSPECT AVE", "OCEAN BLVD",
           "MAPLE DR", "SUMMER ST", "CHESTNUT HILL AVE"]
STATES = ["FLORIDA", "NEW HAMPSHIRE", "MAINE", "CALIFORNIA"]  # states are not PHI under Safe Harbor
SERVICES = ["HEME ONC", "CARDS", "RENAL", "GI", "ID", "NEURO", "THORACIC", "PALLIATIVE CARE", "EP", "PULM", "TRANSPLANT"]
MONTHS = ["JAN", "FEB", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUG", "SEPT", "OCT", "NOV", "DEC"]
WEEKDAYS = ["MON", "TUES", "WED", "THURS", "FRI", "SAT", "SUN", "MONDAY", "FRIDAY", "SATURDAY", "SUNDAY"]
REL_SING = ["WIFE", "HUSBAND", "SON", "DAUGHTER", "SISTER", "BROTHER", "NEPHEW", "NIECE", "GRANDDAUGHTER",
            "GRANDSON", "MOTHER", "FATHER", "FIANCE", "GIRLFRIEND", "BOYFRIEND", "SISTER-IN-LAW", "SON-IN-LAW",
            "NEIGHBOR", "HCP", "GUARDIAN"]

# lines of clinical content (devices, drugs, scores, eponyms): nothing here is PHI
CLINICAL = {
    "NEURO": ["ALERT, ORIENTED X2, CONFUSED AT TIMES. MAE. RASS 0. CAM-ICU NEG.",
              "SEDATED ON FENTANYL 50MCG/HR AND VERSED 2MG/HR, RASS -3. GCS 7T. PERL 2MM SLUGGISH.",
              "CIWA 14, GIVEN ATIVAN 2MG IV X2 WITH EFFECT. HALDOL 5MG FOR AGITATION.",
              "HX ALZHEIMER'S AND PARKINSON'S, ON SINEMET. BELL'S PALSY R FACE (OLD).",
              "LETHARGIC BUT AROUSABLE, FOLLOWS SIMPLE COMMANDS. MIAMI J COLLAR IN PLACE, LOGROLL ONLY."],
    "CV": ["SR 70-80S, RARE PVCS. SBP 90-100S ON LEVOPHED 0.08 MCG/KG/MIN, WEANING AS TOL.",
           "SWAN-GANZ: PAD 22, CO 4.1, CI 2.2, SVR 1100. CORDIS R IJ. BP 102/58.",
           "AFIB WITH RVR TO 140S, LOPRESSOR 5MG IVP X3, NOW 90S. HEPARIN GTT AT 1100 U/HR, PTT 68.",
           "S/P CABG X4, EPICARDIAL WIRES INTACT, PACER BACKUP VVI 60. CT TO -20 SXN, 30CC/HR SEROSANG.",
           "MOBITZ I ON TELE, WENCKEBACH AT NIGHT. K 3.4, REPLETED 40 MEQ KCL. MAG 1.8.",
           "NEO WEANED OFF AT 0300. MAP > 65. CVP 8-10. +PEDAL PULSES BY DOPPLER."],
    "RESP": ["VENT: AC 500 X 14, PEEP 8, FIO2 .50. ABG 7.32/48/82. SX Q2H FOR THICK WHITE SECRETIONS.",
             "EXTUBATED TO 4L NC, SATS 93-96%. CPT AND IS ENCOURAGED. BIPAP AT NIGHT.",
             "TRACH (SHILEY 8) TO 40% TRACH MASK. PASSY-MUIR VALVE TRIAL WITH SPEECH.",
             "LS COARSE BASES, DIMINISHED L. CXR: ? LLL INFILTRATE. PS 10/5 TRIAL TOLERATED.",
             "R CHEST TUBE TO PLEUR-EVAC AT -20 CM, NO AIRLEAK. JP DRAINS X2 SEROUS."],
    "GI": ["ABD SOFT, DISTENDED, HYPOACTIVE BS. DOBHOFF IN PLACE, TF PROMOTE W/ FIBER AT 50CC/HR (GOAL 65).",
           "S/P WHIPPLE POD 3. NGT TO LIS, 200CC BILIOUS. ON PROTONIX. FLEXISEAL PLACED.",
           "HX MALLORY-WEISS TEAR, BARRETT'S. OGT CLAMPED. KAYEXALATE 30G GIVEN.",
           "S/P ROUX-EN-Y, HARTMANN'S POUCH. OSTOMY PINK, MOD LIQUID STOOL."],
    "GU": ["FOLEY PATENT, UO 30-60CC/HR CLEAR YELLOW. LASIX 40MG IV, GOOD RESPONSE. BUN/CR 48/2.1.",
           "CRRT RUNNING, CITRATE, NET NEG 100CC/HR. K 5.1, ICA 1.04.",
           "FOLEY D/C'D AT 0600, DUE TO VOID BY 1400. BLADDER SCAN 220CC."],
    "ID": ["TMAX 101.4 PO. PAN-CULTURED. ON VANCO, ZOSYN AND FLAGYL. WBC 18.2. C-DIFF PENDING.",
           "AFEBRILE. HICKMAN R CHEST, DSG CDI. MRSA SWAB SENT. CONTACT PRECAUTIONS."],
    "SKIN": ["COCCYX STAGE II, MEPILEX APPLIED. BRADEN 12. BAIR HUGGER ON. TEDS AND PNEUMOBOOTS.",
             "L HEEL BLISTER INTACT, OFFLOADED. WOUND VAC TO ABD AT 125 MMHG. XEROFORM TO DONOR SITE."],
    "ENDO": ["INSULIN GTT PER PROTOCOL, BS 140-180. HX GRAVES DZ S/P RAI, ON SYNTHROID.",
             "FS 212, 4U HUMALOG SS. HX ADDISON'S ON HYDROCORTISONE 50MG Q6H."],
    "HEME": ["HCT 23.8 -> 27.0 AFTER 1 UPRBC. INR 2.6, 2 FFP GIVEN PRE LINE. PLT 88.",
             "HX HODGKIN'S S/P ABVD. NEUTROPENIC PRECAUTIONS. NEUPOGEN GIVEN."],
}
NICU = ["RESP: ON CPAP 6, FIO2 21-25%. NO A'S OR B'S. CAFFEINE 5MG PO QD.",
        "FEN: TF 150CC/KG/D, ENTERAL 120CC/KG/D OF BM24 BY GAVAGE Q4H. ABD BENIGN. VOIDING, NO STOOL.",
        "GBS NEG MOM. APGARS 8/9. BW 1.92 KG. BALLARD 34 WKS. HEP B VACCINE GIVEN.",
        "BILI 9.4/0.3, UNDER SINGLE PHOTOTX. IN ISOLETTE, TEMP STABLE 36.9-37.2.",
        "G/D: ACTIVE WITH CARES, SUCKING ON PACIFIER. GIRAFFE BED."]


def a_date(rng: random.Random) -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    y = rng.choice([rng.randint(90, 99), rng.randint(0, 9)])
    return rng.choice([f"{m}/{d}", f"{m}/{d}", f"{m}-{d}", f"{m:02d}/{d:02d}/{y:02d}", f"{m}/{d}/{1900 + y if y >= 90 else 2000 + y}",
                       f"{MONTHS[m - 1]} {d}", rng.choice([f"{MONTHS[m - 1]} {ordinal(d)}", f"{MONTHS[m - 1]}. {d}"])])


def a_phone(rng: random.Random) -> str:
    area = rng.choice(["617", "508", "781", "978", "339"])
    return rng.choice([f"{area}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
                       f"({area}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
                       f"{area} {rng.randint(200, 999)} {rng.randint(1000, 9999)}",
                       f"{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"])


def a_facility(rng: random.Random) -> str:
    return rng.choice([rng.choice(HOSPITALS), rng.choice(HOSPITALS), rng.choice(REHABS), rng.choice(NURSING_HOMES),
                       rng.choice(CLINICS)])


def an_age(rng: random.Random) -> str:
    return str(rng.choice([rng.randint(24, 89), rng.randint(24, 89), rng.randint(90, 101)]))


def title(word: str) -> str:
    """BAKER -> Baker, O'BRIEN -> O'Brien, NEWTON-WELLESLEY -> Newton-Wellesley, MCCARTHY -> McCarthy."""
    out, up = [], True
    low = word.lower()
    for i, ch in enumerate(low):
        out.append(ch.upper() if up and ch.isalpha() else ch)
        up = not ch.isalnum() and not (ch in "'’" and low[i + 1:i + 2] == "s" and not low[i + 2:i + 3].isalpha())
    text = "".join(out)
    return text.replace("Mcc", "McC").replace("Mcd", "McD")


class Note:
    """Pieces of text and gold values; the case style of the whole note is chosen at the end."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.parts: list[tuple[str, str | None]] = []

    def t(self, *text: str) -> Note:
        self.parts.extend((x, None) for x in text)
        return self

    def v(self, value: str, label: str) -> Note:
        self.parts.append((value, label))
        return self

    def render(self, style: str) -> tuple[str, list[dict]]:
        text, spans = "", []
        name_case = self.rng.choice(["title", "title", "lower"]) if style == "lower" else "title"
        for value, label in self.parts:
            if style == "lower":
                value = value.lower() if label is None or name_case == "lower" or label not in {"NAME"} else title(value)
            elif style == "mixed":
                if label in {"NAME", "ORGANIZATION", "LOCATION", "ADDRESS", "DATE"}:
                    value = title(value)
                elif label is None:
                    value = _sentence_case(value, text)
            if label is not None and value:
                spans.append({"label": label, "start": len(text), "end": len(text) + len(value)})
            text += value
        return text, spans


KEEP_UPPER = {"PT", "MD", "RN", "NP", "HO", "PCP", "ICU", "MICU", "SICU", "CCU", "NICU", "CT", "CXR", "BP", "HR",
              "ED", "OR", "IV", "PO", "TF", "NGT", "ABG", "INR", "HCT", "WBC", "PLT", "DNR", "DNI", "CMO", "HCP",
              "NOK", "O/N", "A/P", "ID", "GI", "GU", "CV", "K", "SBP", "MAP", "UO", "ICA", "BS", "FS", "CPAP",
              "LLL", "PERL", "CABG", "AFIB", "RVR", "VVI", "RASS", "GCS", "CIWA", "MAE", "PS", "PEEP", "FIO2",
              "CRRT", "MRSA", "DSG", "CDI", "PTT", "FFP", "UPRBC", "DZ", "RAI", "SS", "IJ", "PAD", "CO", "CI", "SVR",
              "CVP", "TELE", "PVCS", "KCL", "MEQ", "NC", "IS", "CPT", "LIS", "OGT", "BUN/CR", "JP", "TEDS", "ABD",
              "HX", "S/P", "POD", "W/", "C/O", "F/U", "CAM-ICU", "RN.", "MD."}


def _sentence_case(value: str, before: str) -> str:
    """Upper-case template text as a resident would type it: lower case, acronyms kept, sentences capitalised."""
    words = value.split(" ")
    out = []
    for i, w in enumerate(words):
        core = w.strip(".,:;()\n")
        if core in {"DR", "MR", "MRS", "MS"}:
            out.append(w[:1] + w[1:].lower())
            continue
        if core in KEEP_UPPER or any(ch.isdigit() for ch in core):
            out.append(w)
            continue
        low = w.lower()
        prev = (before + " ".join(out)).rstrip(" ")
        if not prev or prev.endswith((".", ":", "\n")):
            low = low[:1].upper() + low[1:]
        out.append(low)
    return " ".join(out)


# ----- openers -------------------------------------------------------------------------------

def opener(n: Note, unit: str, last: str, first: str) -> None:
    rng = n.rng
    age, sex = an_age(rng), rng.choice(["F", "M", "YO F", "YO M", "Y/O F", "Y/O M", "YR OLD WOMAN", "YEAR OLD MAN"])
    k = rng.randrange(7)
    if k == 0:
        n.t(f"{unit} NURSING PROGRESS NOTE ", rng.choice(["7A-7P", "7P-7A", "0700-1900", "1900-0700"]), "\n")
        n.t("PT IS A ").v(age, "AGE").t(f" {sex} ADMITTED ").v(a_date(rng), "DATE").t(" FROM ")
        n.v(rng.choice(HOSPITALS), "ORGANIZATION").t(" WITH UROSEPSIS, HYPOTENSION.\n")
    elif k == 1:
        n.v(age, "AGE").t(f" {sex} TRANSFERRED FROM OSH (").v(rng.choice(ACRONYMS), "ORGANIZATION")
        n.t(") FOR CARDIAC CATH, ADMITTED TO ").t(unit).t(" ON ").v(a_date(rng), "DATE").t(".\n")
    elif k == 2:
        n.t(f"{unit} ADMIT NOTE: MR").t(rng.choice([". ", " "])).v(last, "NAME").t(" IS A ").v(age, "AGE")
        n.t(f" {sex} FROM ").v(rng.choice(NURSING_HOMES), "ORGANIZATION").t(" IN ").v(rng.choice(TOWNS), "LOCATION")
        n.t(", BIBA AFTER FOUND DOWN. LAST SEEN WELL ").v(rng.choice(WEEKDAYS), "DATE").t(" EVENING.\n")
    elif k == 3:
        n.t("O/N EVENTS: ").v(last, "NAME").t(", ").v(age, "AGE").t(f" {sex}, POD 1 S/P ")
        n.t(rng.choice(["AVR", "WHIPPLE", "CABG X3", "EXPLORATORY LAP", "L HEMICOLECTOMY"]), ". NO ACUTE EVENTS O/N.\n")
    elif k == 4:
        n.t(f"{unit} NSG ADMISSION: ").v(f"{first} {last}", "NAME").t(", ").v(age, "AGE")
        n.t(f" {sex}, PCP DR ").v(rng.choice(LASTS), "NAME").t(" AT ").v(rng.choice(CLINICS), "ORGANIZATION").t(".\n")
        n.t("CAME IN VIA ED AT ").v(rng.choice(HOSPITALS), "ORGANIZATION").t(" ON THE ")
        n.v(ordinal(rng.randint(1, 31)), "DATE").t(", TX HERE FOR HIGHER LEVEL OF CARE.\n")
    elif k == 5:
        n.t("NICU ADMIT: BABY ").t(rng.choice(["BOY ", "GIRL "])).v(last, "NAME").t(", 34 WK PREMIE BORN ")
        n.v(a_date(rng), "DATE").t(" AT ").v(rng.choice(HOSPITALS), "ORGANIZATION").t(" TO A 31 Y/O G2P1 MOM (")
        n.v(given(rng, "MOM"), "NAME").t(").\n")
    else:
        n.t("PROGRESS NOTE - ").t(unit).t("\n").t("PT ").v(last, "NAME").t(" IS ").v(age, "AGE").t(f" {sex}, ")
        n.t("HD #4, ADMITTED ").v(rng.choice(WEEKDAYS), "DATE").t(" WITH CHEST PAIN, NOW ON HEPARIN.\n")


# ----- events with PHI ------------------------------------------------------------------------

def events(n: Note, last: str, nicu: bool) -> list:
    rng = n.rng
    nm = lambda: rng.choice(LASTS)  # noqa: E731
    fn = lambda: rng.choice(FIRSTS)  # noqa: E731

    def md_notified():
        n.t("MD ").v(nm(), "NAME").t(" NOTIFIED OF ", rng.choice(["SBP 80S", "UO < 20CC/HR", "K 5.9", "TEMP 102.1"]))
        n.t(", ", rng.choice(["NO NEW ORDERS.", "500CC NS BOLUS GIVEN.", "WILL RECHECK LYTES AT 2200."]), "\n")

    def ho_aware():
        n.t("HO DR. ").v(nm(), "NAME").t(" AWARE. ", rng.choice(["CXR DONE.", "LACTATE SENT.", "PLAN TO CONT MONITORING."]), "\n")

    def called_by():
        n.t("CALLED BY DR. ").v(nm(), "NAME").t(f" FROM {rng.choice(SERVICES)} AT ").t(f"{rng.randint(10, 23)}{rng.choice(['00', '30', '45'])}")
        n.t(", ", rng.choice(["WILL SEE PT IN AM.", "RECS TO FOLLOW.", "AGREES WITH PLAN."]), "\n")

    def spoke_with():
        rel = rng.choice(["SON", "DAUGHTER", "WIFE", "HUSBAND", "BROTHER", "NIECE"])
        n.t(f"SPOKE WITH {rel} ").v(given(rng, rel), "NAME").t(" BY PHONE, ", rng.choice(["UPDATED ON PLAN.", "QUESTIONS ANSWERED.",
                                                                                "WILL COME IN TOMORROW."]), "\n")

    def family_mtg():
        rel = rng.choice(["DAUGHTERS", "SONS", "SISTERS", "GRANDCHILDREN"])
        n.t(f"FAMILY MTG W/ {rel} ").v(given(rng, rel), "NAME").t(" AND ").v(given(rng, rel), "NAME").t(", DR. ").v(nm(), "NAME")
        n.t(" AND SW ").v(fn(), "NAME").t(". DECISION MADE FOR ", rng.choice(["DNR/DNI.", "CMO.", "TRACH/PEG."]), "\n")

    def wife_at_bedside():
        rel = rng.choice(["WIFE", "HUSBAND", "DAUGHTER", "MOTHER", "SISTER"])
        n.t(f"PT'S {rel} (").v(given(rng, rel), "NAME").t(") AT BEDSIDE ", rng.choice(["MOST OF DAY.", "O/N, SUPPORTIVE.", "UNTIL 2100."]), "\n")

    def transferred_ward():
        n.t("TRANSFERRED TO ").t(str(rng.randint(4, 12)), " ").v(rng.choice(WARDS), "LOCATION")
        n.t(" AT ", f"{rng.randint(13, 22)}00", ", REPORT GIVEN TO ").v(fn(), "NAME").t(" RN.\n")

    def nok():
        rel = rng.choice(REL_SING)
        n.t(f"NOK: {rel} ").v(f"{given(rng, rel)} {nm()}" if rng.random() < 0.5 else given(rng, rel), "NAME").t(" ").v(a_phone(rng), "PHONE").t("\n")

    def pcp():
        n.t("PCP DR ").v(nm(), "NAME").t(", ").v(rng.choice(CLINICS), "ORGANIZATION").t(", TEL ").v(a_phone(rng), "PHONE").t(".\n")

    def pager():
        n.t("PLEASE PAGE ").v(nm(), "NAME").t(" NP AT PAGER #").v(str(rng.randint(1000, 9999)), "PHONE")
        n.t(" WITH ANY CHANGES. CCU FELLOW X").v(str(rng.randint(1000, 9999)), "PHONE").t(".\n")

    def social():
        rel = rng.choice(["WIFE", "DAUGHTER", "SON", "PARTNER"])
        n.t("SOCIAL: LIVES AT ").v(f"{rng.randint(2, 480)} {rng.choice(STREETS)}", "ADDRESS").t(" IN ")
        n.v(rng.choice(TOWNS), "LOCATION").t(f" WITH {rel}, RETIRED ", rng.choice(["MACHINIST", "TEACHER", "NURSE", "BUS DRIVER"]))
        n.t(". ", rng.choice(["+ETOH 3-4 BEERS/DAY.", "QUIT SMOKING 1998.", "NO DRUGS."]), "\n")

    def nursing_home_addr():
        n.t("DISPO: BACK TO ").v(rng.choice(NURSING_HOMES), "ORGANIZATION").t(", ")
        n.v(f"{rng.randint(10, 900)} {rng.choice(STREETS)}", "ADDRESS").t(", ").v(rng.choice(TOWNS), "LOCATION")
        n.t(" WHEN BED AVAILABLE. SCREENED BY CM ").v(fn(), "NAME").t(".\n")

    def rehab_plan():
        n.t("CASE MGMT: REFERRALS SENT TO ").v(rng.choice(REHABS), "ORGANIZATION").t(" AND ")
        n.v(rng.choice(REHABS), "ORGANIZATION").t(", ? D/C ").v(a_date(rng), "DATE").t(".\n")

    def seen_date():
        n.t("LAST ECHO ").v(a_date(rng), "DATE").t(": EF 25%. CATH ").v(a_date(rng), "DATE").t(" AT ")
        n.v(rng.choice(HOSPITALS), "ORGANIZATION").t(" SHOWED 3VD.\n")

    def last_thurs():
        rel = rng.choice(["NEIGHBOR", "SON", "DAUGHTER"])
        n.t("FELL AT HOME LAST ").v(rng.choice(WEEKDAYS), "DATE").t(f", FOUND BY {rel} ").v(given(rng, rel), "NAME").t(" THE NEXT AM.\n")

    def mrn():
        n.t(rng.choice(["MRN ", "MR# ", "UNIT NO. "])).v(str(rng.randint(1000000, 9999999)), "ID")
        n.t(" VERIFIED WITH 2 IDENTIFIERS, ARMBAND ON.\n")

    def email():
        first = given(rng, "DAUGHTER")
        n.t("DAUGHTER ").v(first, "NAME").t(" ASKS TO BE UPDATED BY EMAIL: ")
        n.v(f"{first.lower()}{rng.randint(10, 99)}@{rng.choice(['comcast.net', 'aol.com', 'gmail.com'])}", "EMAIL").t("\n")

    def old_age_relative():
        n.t("PT'S MOTHER IS ").v(str(rng.randint(90, 104)), "AGE").t(" AND LIVES IN ").v(rng.choice(TOWNS), "LOCATION")
        n.t(", PT IS HER CAREGIVER.\n")

    def report_to():
        n.t("REPORT GIVEN TO ").v(fn(), "NAME").t(" RN ON ").v(rng.choice(WARDS), "LOCATION").t(f" {rng.randint(3, 9)}.\n")

    def signed():
        n.t(rng.choice(["- ", "-- ", ""])).v(f"{fn()[0]}. {nm()}", "NAME").t(", RN\n")

    def visiting():
        n.t("SISTER VISITING FROM ", rng.choice(STATES), ", STAYING WITH PT'S SON ").v(given(rng, "SON"), "NAME").t(" IN ")
        n.v(rng.choice(TOWNS), "LOCATION").t(".\n")

    def consult():
        n.t(rng.choice(SERVICES), " CONSULT (DR. ").v(nm(), "NAME").t(") ").v(a_date(rng), "DATE")
        n.t(": ", rng.choice(["RECS CT CHEST.", "START AMIODARONE.", "HOLD COUMADIN, INR 3.4."]), "\n")

    def cell():
        rel = rng.choice(["HUSBAND", "WIFE", "SON", "DAUGHTER", "HCP"])
        n.t(f"{rel} ").v(given(rng, rel), "NAME").t(" CAN BE REACHED ON CELL ").v(a_phone(rng), "PHONE")
        n.t(" OR AT WORK EXT ").v(str(rng.randint(1000, 9999)), "PHONE").t(".\n")

    def pt_name_again():
        n.t("MR").t(rng.choice([". ", "S. ", " "])).v(last, "NAME").t(" ", rng.choice([
            "TOLERATED OOB TO CHAIR WITH PT.", "REFUSING TURNS, EDUCATED.", "ASKING FOR HIS GLASSES."]), "\n")

    def attending_service():
        n.t("ATTENDING: DR ").v(f"{fn()} {nm()}", "NAME").t(". FELLOW: ").v(nm(), "NAME").t(". INTERN ")
        n.v(nm(), "NAME").t(" X").v(str(rng.randint(1000, 9999)), "PHONE").t(".\n")

    def ed_visit():
        n.t("SEEN IN ").v(rng.choice(HOSPITALS), "ORGANIZATION").t(" ED ").v(a_date(rng), "DATE")
        n.t(" FOR SAME C/O, SENT HOME ON ", rng.choice(["AUGMENTIN", "PREDNISONE TAPER", "LEVAQUIN"]), ".\n")

    def cath_on_22nd():
        n.t("PLAN: EP STUDY ON THE ").v(ordinal(rng.randint(1, 31)), "DATE").t(", NPO AFTER MN. DR. ").v(nm(), "NAME").t(" TO CONSENT ")
        n.t(rng.choice(["WIFE", "HCP", "SON"]), ".\n")

    def friend_visit():
        n.t("VISITED BY FRIEND ").v(f"{fn()} {nm()}", "NAME").t(" AND PASTOR ").v(nm(), "NAME").t(" FROM CHURCH.\n")

    def parents_visit():
        n.t("MOM (").v(given(rng, "MOM"), "NAME").t(") AND DAD (").v(given(rng, "DAD"), "NAME").t(") IN TO VISIT AT ")
        n.t(f"{rng.randint(13, 21)}00, ", rng.choice(["DID CARES AND KANGAROOED.", "UPDATED BY NNP.", "MOM PUMPING, BM IN FREEZER."]), "\n")

    def neonatology():
        n.t("SEEN BY DR. ").v(nm(), "NAME").t(" (NEONATOLOGY) AND NNP ").v(given(rng), "NAME")
        n.t(". HUS PLANNED FOR ").v(a_date(rng), "DATE").t(". PEDIATRICIAN WILL BE DR ").v(nm(), "NAME").t(" IN ")
        n.v(rng.choice(TOWNS), "LOCATION").t(".\n")

    if nicu:
        return [parents_visit, neonatology, pager, transferred_ward, mrn, called_by, report_to, signed, cell, nok]
    return [md_notified, ho_aware, called_by, spoke_with, family_mtg, wife_at_bedside, transferred_ward, nok, pcp,
            pager, social, nursing_home_addr, rehab_plan, seen_date, last_thurs, mrn, email, old_age_relative,
            report_to, signed, visiting, consult, cell, pt_name_again, attending_service, ed_visit, cath_on_22nd,
            friend_visit]


def make_note(rng: random.Random) -> Note:
    n = Note(rng)
    unit = rng.choice(["MICU", "CCU", "SICU", "CSRU", "TSICU", "MICU/SICU"])
    last, first = rng.choice(LASTS), rng.choice(FIRSTS)
    opener(n, unit, last, first)
    nicu = n.parts and "NICU" in n.parts[0][0]
    systems = rng.sample(NICU, rng.randint(2, 4)) if nicu else []
    if not nicu:
        for sys_name in rng.sample(list(CLINICAL), rng.randint(3, 6)):
            systems.append(f"{sys_name}: {rng.choice(CLINICAL[sys_name])}")
    evs = events(n, last, bool(nicu))
    picked = rng.sample(evs, rng.randint(3, 6))
    k = rng.randint(1, len(systems))
    for line in systems[:k]:
        n.t(line, "\n")
    for make in picked[: len(picked) // 2]:
        make()
    for line in systems[k:]:
        n.t(line, "\n")
    for make in picked[len(picked) // 2:]:
        make()
    n.t("PLAN: CONT CURRENT CARE, SUPPORT PARENTS.\n") if nicu else n.t(rng.choice(["A/P: CONT CURRENT MANAGEMENT, MONITOR HEMODYNAMICS.",
                    "PLAN: WEAN PRESSORS AS TOL, FOLLOW LYTES, SUPPORT FAMILY.",
                    "CODE STATUS: FULL. CONT TO MONITOR CLOSELY.",
                    "DNR/DNI. PAIN CONTROL, EMOTIONAL SUPPORT."]), "\n")
    return n


def main(n: int = 72, seed: int = 20261203) -> None:
    rng = random.Random(seed)
    for i in range(n):
        note = make_note(rng)
        style = rng.choices(["upper", "lower", "mixed"], weights=[68, 14, 18])[0]
        text, spans = note.render(style)
        # ages under 90 are not PHI under Safe Harbor: keep them out of the gold set, as our other sets do
        spans = [s for s in spans if s["label"] != "AGE" or int(text[s["start"]:s["end"]]) >= 90]
        sys.stdout.write(json.dumps({"id": f"blind-{i:03d}", "text": text, "spans": spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
