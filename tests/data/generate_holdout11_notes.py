"""Eleventh blind de-identification gold set: what an on-premise batch processor for hospitals, banks
and law firms receives (radiology and pathology reports, clinic letters to a GP, ED discharge
instructions, lab requisitions, prior-authorisation letters, fax covers, portal messages, a bank's fraud
dispute letters, statements and SEPA confirmations, NDAs, settlement and engagement letters, docket
sheets), with invented identifiers. Each value is written through a marker and the spans are computed
from where the values land after the markers are stripped.

Decisions: every phone/fax number, e-mail and URL of a person, practice or firm is gold; a hospital,
clinic, practice, insurer, bank, employer, law firm or contract party is ORGANIZATION; courts, public
agencies, card networks, drugs and products are not; a governing-law or incorporation state ("Delaware
law", "a Delaware corporation") is not; a statute's year is not; an NPI or CLIA number is ID; ages under
90 are not; a bare or contracted year ("2019", "'98") is YEAR.

Usage: python tests/data/generate_holdout11_notes.py > tests/data/holdout11_notes_gold.jsonl
"""

from __future__ import annotations

import json
import random

from marks import m, strip

SEED = 2026112811

FIRST = ["Margaret", "Oluwaseun", "Dolores", "Thanh", "Anneke", "Bogdan", "Siddharth", "Consuelo", "Eamon",
         "Rhiannon", "Takeshi", "Ngozi", "Ludmila", "Jean-Baptiste", "Aoife", "Kwabena", "Marisa", "Henrik",
         "Zainab", "Patrice", "Lorenzo", "Beatriz", "Callum", "Yevgenia", "Desmond", "Hyun-woo", "Faith",
         "Gideon", "Mirela", "Tobias"]
LAST = ["Oyelaran", "Whitfield", "van der Berg", "Kaczmarek", "Achterberg", "Nakashima", "Mbeki-Walsh",
        "O'Sullivan", "Restrepo", "Lindgren", "Chaudhry", "Delgado-Ruiz", "Mwangi", "Fairbanks", "Thibodeaux",
        "Castellano", "Okonkwo", "Brennan", "Halloran", "Sokolova", "Duvall", "Ferreira", "Iyer", "Gallagher",
        "Novak", "McAllister", "Brandt", "Szymanski", "Abernathy", "Quaye"]
#: used first, so that each appears as a name beside the same word used as a term
WORD_FIRSTS = ["Will", "Grant", "Hope"]
WORD_LASTS = ["Parkinson", "Foley"]

HOSPITALS = ["St. Brendan's Regional Medical Center", "Harrow Point General Hospital", "Maple Grove Imaging Associates",
             "Eastfield Urgent Care", "Quillan Pathology Laboratories", "Saint Ives Orthopedic Group",
             "Wrenfield Memorial Hospital", "Cobalt Ridge Cancer Institute"]
UK_HOSPITALS = ["Calder Valley Hospital", "Northmoor Health NHS Foundation Trust", "Kingsmere Community Hospital"]
PRACTICES = ["Linden Street Family Practice", "Oakhurst Internal Medicine", "Bramblewood Medical Centre",
             "Tern Harbor Pediatrics", "Riverside Primary Care Associates"]
INSURERS = ["Harborline Health Plan", "Keystone Mutual Insurance Company", "Pinecrest Benefit Administrators",
            "Summitview Health Partners"]
BANKS = ["Tidewater Federal Credit Union", "Crestmark Savings Bank", "Granite Shoals National Bank"]
EU_BANKS = ["Nordhaven Bank AG", "Banque Laurentide", "Kanaal Spaarbank N.V."]
COMPANIES = ["Brightwater Analytics, Inc.", "Kestrel Logistics LLC", "Vantorra Biologics Ltd.",
             "Hollis & Grey Manufacturing Co.", "Lumen Arc Software GmbH", "Pellucid Robotics Corp.",
             "Marrow & Finch Hospitality Group"]
LAW_FIRMS = ["Halvorsen Pike LLP", "Marchbank & Osei PLLC", "Dunmore Castell Solicitors", "Reyes Tanaka Boyle LLP"]
US_PLACES = [("Worcester", "MA", "016"), ("Dayton", "Ohio", "454"), ("Boise", "ID", "837"), ("Asheville", "NC", "288"),
             ("Tacoma", "Washington", "984"), ("Fort Collins", "CO", "805"), ("Lowell", "Massachusetts", "018"),
             ("Scranton", "PA", "185"), ("Eugene", "OR", "974"), ("Sioux Falls", "South Dakota", "571"),
             ("Burlington", "VT", "054"), ("Lafayette", "Louisiana", "705")]
US_STREETS = ["Alder Creek Road", "Wadsworth Ave", "North Hollis Street", "Fenwick Lane", "Old Mill Rd",
              "Kensington Blvd", "Pemberton Court", "Larkspur Drive", "Ninth Street NW"]
UK_PLACES = [("Leeds", "LS6 2QT"), ("Sheffield", "S10 3HN"), ("Bristol", "BS8 4RE"), ("Norwich", "NR2 1PL"),
             ("York", "YO24 1AB")]
UK_STREETS = ["Marlborough Crescent", "Hawthorn Road", "St Anne's Close", "Beechwood Grove", "Quarry Lane"]
EU_PLACES = [("Utrecht", "3512 JK", "Netherlands", "Oudegracht {n}"),
             ("Freiburg im Breisgau", "79098", "Germany", "Kaiser-Joseph-Straße {n}"),
             ("Lyon", "69003", "France", "{n} rue Garibaldi"),
             ("Porto", "4050-262", "Portugal", "Rua de Cedofeita {n}"),
             ("Ghent", "9000", "Belgium", "Korenlei {n}")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
EMAIL_DOMAINS = ["gmail.com", "outlook.com", "protonmail.com", "yahoo.co.uk", "fastmail.fm", "icloud.com"]



def luhn_complete(payload: str) -> str:
    """``payload`` followed by the check digit that makes it pass Luhn."""
    total = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        total += (2 * d - 9 if d > 4 else 2 * d) if i % 2 == 0 else d
    return payload + str((10 - total % 10) % 10)


def iban_of(country: str, bban: str) -> str:
    check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
    return f"{country}{check:02d}{bban}"


class Pii:
    """Invented identifiers, each wrapped in its marker."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.word_firsts = list(WORD_FIRSTS)
        self.word_lasts = list(WORD_LASTS)

    def pick(self, pool: list) -> object:
        return self.r.choice(pool)

    # names
    def first(self) -> str:
        return m("NAME", self.word_firsts.pop() if self.word_firsts else self.pick(FIRST))

    def last(self) -> str:
        return m("NAME", self.word_lasts.pop() if self.word_lasts else self.pick(LAST))

    def full(self) -> str:
        first = self.word_firsts.pop() if self.word_firsts else self.pick(FIRST)
        last = self.word_lasts.pop() if self.word_lasts else self.pick(LAST)
        return m("NAME", self.r.choice([f"{first} {last}", f"{first} {last}", f"{first[0]}. {last}",
                                        f"{first} {self.pick('ABCDEFGHJKLMNPRSTW')}. {last}"]))

    def person(self) -> tuple[str, str, str]:
        """One person as (full name, first name, surname), each marked, for a letter that names them twice."""
        first = self.word_firsts.pop() if self.word_firsts else self.pick(FIRST)
        last = self.word_lasts.pop() if self.word_lasts else self.pick(LAST)
        return m("NAME", f"{first} {last}"), m("NAME", first), m("NAME", last)

    def inverted(self) -> str:
        return m("NAME", f"{self.pick(LAST).upper()}, {self.pick(FIRST)}")

    # organisations and places
    def org(self, pool: list[str]) -> str:
        return m("ORGANIZATION", self.pick(pool))

    def street_us(self) -> str:
        unit = self.r.choice(["", "", f", Apt {self.r.randint(1, 40)}{self.pick('ABCD')}",
                              f", Suite {self.r.randint(1, 9)}00"])
        return m("ADDRESS", f"{self.r.randint(12, 9870)} {self.pick(US_STREETS)}{unit}")

    def zip_us(self, prefix: str) -> str:
        z = f"{prefix}{self.r.randint(1, 99):02d}"
        return m("ZIP", z + (f"-{self.r.randint(1000, 9999)}" if self.r.random() < 0.3 else ""))

    def addr_us(self, sep: str = "\n") -> str:
        city, state, prefix = self.pick(US_PLACES)
        return f"{self.street_us()}{sep}{m('LOCATION', city)}, {m('STATE', state)} {self.zip_us(prefix)}"

    def city_state(self) -> str:
        city, state, _ = self.pick(US_PLACES)
        return f"{m('LOCATION', city)}, {m('STATE', state)}"

    def addr_uk(self, sep: str = "\n") -> str:
        city, postcode = self.pick(UK_PLACES)
        street = f"{self.r.randint(2, 180)} {self.pick(UK_STREETS)}"
        if self.r.random() < 0.4:
            street = f"Flat {self.r.randint(1, 12)}, {street}"
        return f"{m('ADDRESS', street)}{sep}{m('LOCATION', city)} {m('ZIP', postcode)}"

    def addr_eu(self, sep: str = "\n") -> str:
        city, postcode, country, street = self.pick(EU_PLACES)
        return (f"{m('ADDRESS', street.format(n=self.r.randint(3, 240)))}{sep}{m('ZIP', postcode)} "
                f"{m('LOCATION', city)}{sep}{m('LOCATION', country)}")

    # dates
    def _ymd(self, y0: int = 2023, y1: int = 2025) -> tuple[int, int, int]:
        return self.r.randint(y0, y1), self.r.randint(1, 12), self.r.randint(1, 28)

    def date(self, y0: int = 2023, y1: int = 2025) -> str:
        y, mo, d = self._ymd(y0, y1)
        mon = MONTHS[mo - 1]
        return m("DATE", self.r.choice([
            f"{mo:02d}/{d:02d}/{y}", f"{d} {mon} {y}", f"{mon[:3]} {d}, {y}", f"{y}-{mo:02d}-{d:02d}",
            f"{mon} {d}, {y}", f"{mo}/{d}/{y % 100:02d}", f"{d:02d}.{mo:02d}.{y}", f"{d}-{mon[:3]}-{y}",
            f"{d:02d}{mon[:3].upper()}{y}", f"{mon} {d}th, {y}" if d in range(4, 21) else f"{mon} {d}, {y}"]))

    def short_date(self) -> str:
        _, mo, d = self._ymd()
        mon = MONTHS[mo - 1]
        return m("DATE", self.r.choice([f"{mon[:3]} {d}", f"{mo}/{d}", f"{d} {mon}", f"{mon} {d}"]))

    def dob(self) -> str:
        return self.date(1931, 2006)

    def old_dob(self) -> str:
        return self.date(1925, 1934)

    def year(self) -> str:
        return m("YEAR", self.r.randint(1978, 2022))

    def short_year(self) -> str:
        return m("YEAR", f"'{self.r.randint(85, 99)}")

    def age(self) -> str:
        return m("AGE", self.r.randint(90, 104))

    # contact
    def phone(self) -> str:
        a, b, c = self.r.randint(201, 989), self.r.randint(220, 989), self.r.randint(1000, 9999)
        return m("PHONE", self.r.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}",
                                         f"1-{a}-{b}-{c}", f"({a}) {b}-{c}"]))

    def phone_uk(self) -> str:
        a, b = self.r.randint(100, 999), self.r.randint(1000, 9999)
        return m("PHONE", self.r.choice([f"+44 113 {a} {b}", f"0114 {a} {b}", f"020 7{a} {b}", f"+44 (0)117 {a} {b}"]))

    def phone_eu(self) -> str:
        return m("PHONE", self.r.choice([
            f"+49 761 {self.r.randint(1000, 9999)} {self.r.randint(100, 999)}",
            f"+31 30 {self.r.randint(200, 899)} {self.r.randint(1000, 9999)}",
            "+33 4 " + " ".join(str(self.r.randint(10, 99)) for _ in range(4)),
            f"+32 9 {self.r.randint(200, 399)} {self.r.randint(10, 99)} {self.r.randint(10, 99)}"]))

    def email(self, name_hint: str = "") -> str:
        first, last = self.pick(FIRST).lower(), self.pick(LAST).lower().replace("'", "").replace(" ", "")
        user = self.r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{last}{self.r.randint(1, 99)}",
                              f"{first}_{last[:4]}"])
        domain = name_hint or self.pick(EMAIL_DOMAINS)
        return m("EMAIL", f"{user}@{domain}")

    def url(self) -> str:
        slug = f"{self.pick(FIRST).lower()}-{self.pick(LAST).lower().replace(' ', '').replace(chr(39), '')}"
        return m("URL", self.r.choice([f"https://www.linkedin.com/in/{slug}-{self.r.randint(10, 999)}",
                                       f"https://{slug}.wordpress.com/about", f"https://github.com/{slug[:12].rstrip('-')}",
                                       f"https://www.{slug}.net/portfolio"]))

    def ip(self) -> str:
        return m("IP", f"{self.pick([73, 98, 24, 68, 172, 81, 193])}.{self.r.randint(1, 254)}."
                       f"{self.r.randint(0, 254)}.{self.r.randint(1, 254)}")

    # numbers
    def digits(self, n: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def mrn(self) -> str:
        return m("ID", self.r.choice([self.digits(8), f"MR{self.digits(7)}",
                                      f"{self.digits(3)}-{self.digits(2)}-{self.digits(2)}"]))

    def accession(self) -> str:
        modality = self.pick(["CT", "MR", "US", "XR", "MG"])
        return m("ID", self.r.choice([f"{modality}{self.r.randint(23, 25)}-{self.digits(6)}",
                                      f"A{self.digits(9)}"]))

    def ident(self, prefix: str = "", n: int = 8) -> str:
        return m("ID", f"{prefix}{self.digits(n)}")

    def ssn(self) -> str:
        area = self.r.choice([a for a in range(1, 900) if a != 666])
        return m("SSN", f"{area:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}")

    def card(self) -> str:
        brand = self.r.choice(["visa", "mc5", "mc2", "amex", "discover"])
        if brand == "amex":
            s = luhn_complete(self.pick(["34", "37"]) + self.digits(12))
            return m("CARD", self.r.choice([f"{s[:4]} {s[4:10]} {s[10:]}", s]))
        prefix = {"visa": "4", "mc5": str(self.r.randint(51, 55)), "mc2": str(self.r.randint(2221, 2720)),
                  "discover": "6011"}[brand]
        s = luhn_complete(prefix + self.digits(15 - len(prefix)))
        return m("CARD", self.r.choice([" ".join(s[i:i + 4] for i in range(0, 16, 4)),
                                        "-".join(s[i:i + 4] for i in range(0, 16, 4)), s]))

    def iban(self) -> str:
        country = self.pick(["DE", "GB", "NL", "FR", "ES", "BE", "IE"])
        letters = "".join(self.pick("ABCDEFGHKLMNPRSTUVWXZ") for _ in range(4))
        bban = {"DE": self.digits(18), "GB": letters + self.digits(14), "NL": letters + self.digits(10),
                "FR": self.digits(23), "ES": self.digits(20), "BE": self.digits(12),
                "IE": letters + self.digits(14)}[country]
        raw = iban_of(country, bban)
        return m("IBAN", self.r.choice([" ".join(raw[i:i + 4] for i in range(0, len(raw), 4)), raw]))


def radiology_ct(p: Pii) -> str:
    exam = p.pick(["CT ABDOMEN AND PELVIS WITH CONTRAST", "CT UROGRAM", "MRI ABDOMEN WITH AND WITHOUT CONTRAST"])
    addendum = p.r.choice(["", f"""
ADDENDUM: Comparison with outside CT from {p.org(HOSPITALS)} dated {p.date()} now available. The
Bosniak IIF cyst is unchanged in size. Recommendation unchanged.
Electronically signed by: {p.full()}, MD on {p.date()} at 16:{p.r.randint(10, 59)}"""])
    return f"""{p.org(HOSPITALS).upper()}
DEPARTMENT OF DIAGNOSTIC RADIOLOGY
Patient: {p.inverted()}        DOB: {p.dob()}        MRN: {p.mrn()}
Accession #: {p.accession()}    Exam date: {p.date()}
Referring physician: Dr. {p.full()}
Ordering clinic: {p.org(PRACTICES)}, {p.city_state()}

EXAM: {exam}
CLINICAL HISTORY: Hematuria. Foley catheter in place. Prior nephrectomy {p.year()}.
TECHNIQUE: Axial images after 100 mL Omnipaque 350. Dose-length product 612 mGy-cm.
FINDINGS: Right renal cyst 2.8 cm with two thin septa, Bosniak IIF. Left kidney surgically absent.
Foley balloon in the decompressed bladder. Doppler not performed. Liver, spleen and pancreas
unremarkable. No lymphadenopathy by size criteria.
IMPRESSION:
1. Bosniak IIF right renal cyst; follow-up MRI in 6 months.
2. No hydronephrosis.
Dictated by: {p.full()}, MD   Transcribed: {p.short_date()} 09:14 / kt{addendum}"""


def mammo_us(p: Pii) -> str:
    old = p.r.random() < 0.5
    return f"""BREAST IMAGING REPORT - {p.org(HOSPITALS)}
Name: {p.full()}   Age: {p.age() if old else p.r.randint(41, 79)}   DOB: {p.old_dob() if old else p.dob()}
MRN {p.mrn()}   Acc {p.accession()}
Exam: Bilateral diagnostic mammogram with left breast ultrasound, {p.date()}
Referred by: {p.full()}, NP, {p.org(PRACTICES)}
History: Palpable lump left breast 2 o'clock. Sister with breast cancer at 44. Prior biopsy {p.short_year()}.
Comparison: {p.date()}.
Findings: Heterogeneously dense. 1.1 cm irregular mass left breast 2:00, 6 cm FN, with internal
vascularity on color Doppler. No suspicious calcifications. Right breast negative.
Impression: BI-RADS 4B, suspicious. Ultrasound-guided core biopsy recommended and scheduled for
{p.short_date()} with Dr. {p.last()}. Results called to {p.first()} at {p.phone()} on {p.date()}.
BI-RADS category discussed with the patient, who wishes to proceed."""


def pathology(p: Pii) -> str:
    kind = p.r.random() < 0.5
    body = ("""A. Prostate, left base, needle core biopsy:
   - Adenocarcinoma, Gleason score 3+4=7 (Grade Group 2), involving 40% of one core.
B. Prostate, right apex: benign prostatic tissue. Perineural invasion not identified.""" if kind else
            """A. Lymph node, left cervical, excision:
   - Classic Hodgkin lymphoma, nodular sclerosis type. Reed-Sternberg cells CD30+, CD15+.
   - Non-Hodgkin lymphoma excluded by immunohistochemistry (CD20 negative in large cells).""")
    return f"""SURGICAL PATHOLOGY REPORT
{p.org(["Quillan Pathology Laboratories", "Cobalt Ridge Cancer Institute", "Wrenfield Memorial Hospital"])}
{p.addr_us(", ")}   CLIA {p.ident('22D', 7)}
Patient: {p.full()}    Sex: {p.pick(['M', 'F'])}    DOB: {p.dob()}
Specimen No.: {p.ident('S' + str(p.r.randint(23, 25)) + '-', 5)}    MRN: {p.mrn()}
Collected: {p.date()}    Received: {p.date()}    Reported: {p.date()}
Submitting physician: {p.full()}, MD ({p.org(HOSPITALS)})
Copy to: {p.full()}, DO
FINAL DIAGNOSIS:
{body}
GROSS: Received in formalin labeled with the patient's name and "{p.last()}". Cassettes A1-A3.
Pathologist: {p.full()}, MD, FCAP    Signed out {p.date()} 11:52"""


def clinic_letter(p: Pii) -> str:
    uk = p.r.random() < 0.45
    gp, _, gp_last = p.person()
    pt = p.full()
    addr = p.addr_uk() if uk else p.addr_us()
    org = p.org(UK_HOSPITALS if uk else HOSPITALS)
    tel = p.phone_uk() if uk else p.phone()
    nurse_tel = p.phone_uk() if uk else p.phone()
    job = p.pick(["teacher", "welder", "pharmacist", "bus driver"])
    return f"""{org}
Department of Neurology, Outpatient Clinic
Tel {tel}   Fax {p.phone_uk() if uk else p.phone()}

{p.date()}

Dr {gp}
{p.org(PRACTICES)}
{addr}

Dear Dr {gp_last},

Re: {pt}, DOB {p.dob()}, {'NHS No' if uk else 'MRN'} {p.ident('', 10) if uk else p.mrn()}
{p.addr_uk(', ') if uk else p.addr_us(', ')}

Thank you for referring this {p.r.randint(58, 84)}-year-old retired {job}
whom I saw in clinic today with his wife, {p.first()}. He describes a right-hand rest tremor since {p.year()}
and slowness when dressing. On examination there was cogwheel rigidity on the right, reduced arm
swing, and plantar responses were flexor (Babinski negative). I think the picture is of idiopathic
Parkinson's disease. I have started co-careldopa 12.5/50 mg three times daily and arranged a DaTscan.
We hope to review him in three months; our specialist nurse {p.full()} can be reached on {nurse_tel}.

Yours sincerely,

Dr {p.full()}
Consultant Neurologist

cc: {pt}, {p.addr_uk(', ') if uk else p.addr_us(', ')}
cc: {p.full()}, Parkinson's disease nurse specialist"""


def ed_discharge(p: Pii) -> str:
    return f"""EMERGENCY DEPARTMENT DISCHARGE INSTRUCTIONS
{p.org(HOSPITALS)} - {p.addr_us(', ')}
Patient: {p.full()}   MRN: {p.mrn()}   Visit date: {p.date()}
Diagnosis: Minor head injury (concussion). Glasgow Coma Scale 15 on arrival and at discharge.
You were seen by {p.full()}, PA-C and Dr. {p.full()}.
What to do: Rest for 24-48 hours. Take acetaminophen (Tylenol) 650 mg every 6 hours as needed.
Do not take ibuprofen (Advil, Motrin) for 48 hours. No driving until {p.short_date()}.
Return to the ED right away for repeated vomiting, confusion, or a seizure.
Follow up: {p.full()}, MD at {p.org(PRACTICES)}, {p.phone()}, within 3 days.
A copy of these instructions was sent to {p.email()} at your request.
Your emergency contact on file: {p.full()} ({p.pick(['spouse', 'daughter', 'son', 'neighbor'])}), {p.phone()}.
Patient signature: ____________  Nurse: {p.full()}, RN  Time: 22:47"""


def lab_requisition(p: Pii) -> str:
    age = p.age() if p.r.random() < 0.4 else p.r.randint(22, 88)
    text = f"""LABORATORY REQUISITION - {p.org(["Quillan Pathology Laboratories", "Eastfield Urgent Care"])}
REQ NO: {p.ident('LR', 9)}
PATIENT: {p.inverted()}   SEX: {p.pick(['F', 'M'])}   DOB: {p.dob()}   AGE: {age}
ADDRESS: {p.addr_us(', ')}
HOME PH: {p.phone()}   SSN: {p.ssn()}
INSURANCE: {p.org(INSURERS)}   MEMBER ID: {p.ident(p.pick(['HRB', 'KMI', 'XJQ']), 9)}   GROUP: {p.ident('G', 6)}
ORDERING PROVIDER: {p.full()}, MD   NPI {p.ident('1', 9)}
CLINIC: {p.org(PRACTICES)}   FAX: {p.phone()}
TESTS: CBC W/ DIFF, CMP, TSH, HBA1C, PSA (SCREENING), LIPID PANEL
DX: E11.9, I10, Z12.5
COLLECTION: {p.date()} 07:35 FASTING   DRAWN BY: {p.first()}
BILL TO: INSURANCE  [X]  PATIENT [ ]  CLIENT [ ]"""
    return text.upper()


def prior_auth(p: Pii) -> str:
    member, member_first, _ = p.person()
    drug = p.pick(["Humira (adalimumab) 40 mg/0.4 mL pen", "Ozempic (semaglutide) 1 mg pen",
                   "Dupixent (dupilumab) 300 mg"])
    return f"""{p.org(INSURERS)}
Utilization Management Department
{p.addr_us()}
Phone {p.phone()} | Fax {p.phone()}

{p.date()}

{member}
{p.addr_us()}

RE: Prior Authorization Determination
Member ID: {p.ident(p.pick(['HRB', 'KMI', 'PBA']), 9)}      Group Number: {p.ident('', 6)}
Policy Number: {p.ident('POL-', 10)}      Reference/Case #: {p.ident('PA', 8)}
Prescriber: {p.full()}, MD (NPI {p.ident('1', 9)})
Medication requested: {drug}

Dear {member_first},

We have reviewed the request submitted on {p.date()} by your prescriber. Based on the plan's
clinical criteria, this request has been APPROVED for the period {p.date()} through {p.date()}.
This approval is not a guarantee of payment; benefits are subject to eligibility on the date of
service. The Medicare Part D late-enrollment rules do not apply to this plan.

If you have questions, call Member Services at {p.phone()} (TTY 711) or write to us at
{p.email('harborline-um.com')}. Your employer, {p.org(COMPANIES)}, sponsors this plan.

Sincerely,
{p.full()}, PharmD
Clinical Pharmacist Reviewer
cc: {p.org(PRACTICES)}, fax {p.phone()}"""


def fraud_dispute(p: Pii) -> str:
    bank = p.org(BANKS)
    holder, _, holder_last = p.person()
    return f"""{bank}
Card Services - Dispute Resolution
{p.addr_us()}

{p.date()}

{holder}
{p.addr_us()}

Account No.: {p.ident('', 12)}
Card number: {p.card()}
Claim number: {p.ident('DSP-', 7)}

Dear {p.pick(['Mr.', 'Ms.', 'Mx.'])} {holder_last},

We received your notice on {p.date()} that you do not recognize the following transactions:

  {p.short_date()}  ONLINE PURCHASE  GLOBALTECH STORE     $1,249.00
  {p.short_date()}  CASH ADVANCE ATM  #4471               $  400.00

Our records show these were authorized from IP address {p.ip()} using the card above, while your
usual sign-ins come from {p.ip()}. We have issued a provisional credit of $1,649.00 while we investigate,
as required by Regulation E and the Visa and Mastercard zero-liability rules. A replacement card has
been mailed; your new card number {p.card()} is active now.

If you also had money sent by SEPA transfer to {p.iban()}, please tell us by {p.date()}.
For identity verification we have on file: SSN {p.ssn()}, date of birth {p.dob()},
e-mail {p.email()}, mobile {p.phone()}.

Our bank is supervised by the Federal Reserve. You may also contact the Consumer Financial
Protection Bureau. This notice is provided under the Fair Credit Billing Act of 1974.

Sincerely,
{p.full()}
Fraud Investigations Officer, {bank}"""


def statement_excerpt(p: Pii) -> str:
    rows = []
    for _ in range(p.r.randint(5, 8)):
        kind = p.r.randint(0, 4)
        amt = f"{p.r.randint(5, 2400)}.{p.r.randint(0, 99):02d}"
        if kind == 0:
            what = f"ZELLE PAYMENT TO {p.full()} CONF {p.ident('', 10)}"
        elif kind == 1:
            what = f"PAYROLL DIRECT DEP {p.org(COMPANIES)}"
        elif kind == 2:
            what = f"CHECK #{p.r.randint(1001, 1499)} PAID TO {p.full()}"
        else:
            what = p.pick(["VISA DEBIT PURCHASE - SHELL OIL 5732", "POS PURCHASE COSTCO WHSE #0112",
                           "NETFLIX.COM RECURRING", "ATM WITHDRAWAL - FEE WAIVED", "MASTERCARD PAYMENT - THANK YOU"])
        rows.append(f"{p.short_date()}  {what}  {amt}")
    text = f"""{p.org(BANKS)}  -  STATEMENT OF ACCOUNT
BRANCH: {p.addr_us(', ')}   TEL {p.phone()}
ACCOUNT HOLDER: {p.full()} AND {p.full()}
MAILING ADDRESS: {p.addr_us(', ')}
ACCOUNT NUMBER: {p.ident('', 10)}   STATEMENT PERIOD: {p.date()} - {p.date()}
DATE   DESCRIPTION                                                  AMOUNT
""" + "\n".join(rows) + """
MEMBER FDIC. ITEMS ARE SUBJECT TO FEDERAL RESERVE REGULATION CC."""
    return text.upper() if p.r.random() < 0.7 else text


def sepa_transfer(p: Pii) -> str:
    return f"""{p.org(EU_BANKS)}
Payment confirmation / Zahlungsbestätigung

Ordering customer: {p.full()}
{p.addr_eu()}
Debtor IBAN: {p.iban()}
Beneficiary: {p.full()}
Beneficiary address: {p.addr_eu(', ')}
Creditor IBAN: {p.iban()}
Amount: EUR {p.r.randint(150, 18000)},{p.r.randint(0, 99):02d}
Execution date: {p.date()}
Remittance information: rent {p.pick(MONTHS)} / invoice {p.ident('INV-', 6)}
End-to-end reference: {p.ident('E2E', 12)}
For queries contact your adviser {p.full()}, {p.phone_eu()}, {p.email('nordhaven-bank.eu')}.
This transfer was processed under the SEPA Credit Transfer rulebook. No fee was charged."""


def nda(p: Pii) -> str:
    a, b = p.org(COMPANIES), p.org(COMPANIES)
    sa, sb = p.full(), p.full()
    return f"""MUTUAL NON-DISCLOSURE AGREEMENT

This Mutual Non-Disclosure Agreement (the "Agreement") is entered into as of {p.date()} (the
"Effective Date") by and between {a}, a Delaware corporation with its principal office at
{p.addr_us(', ')} ("Disclosing Party"), and {b}, having its registered office at
{p.addr_us(', ') if p.r.random() < 0.6 else p.addr_eu(', ')} ("Receiving Party").

1. Confidential Information. The Receiving Party will hold the Disclosing Party's Confidential
Information in strict confidence and use it solely to evaluate a potential supply relationship.
2. Nothing in this Agreement shall be construed to grant any license under any patent or copyright.
3. Term. This Agreement expires three (3) years after the Effective Date.
4. Governing Law. This Agreement is governed by Delaware law, without regard to conflict-of-laws rules,
and the parties submit to the courts located in Wilmington.
5. Notices. Notices to the Disclosing Party go to {sa}, {p.email('brightwater.io')}; notices to the
Receiving Party go to {sb}, {p.email('kestrel-logistics.com')}, with a copy to counsel,
{p.full()}, Esq., {p.org(LAW_FIRMS)}, {p.phone()}.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.

DISCLOSING PARTY                          RECEIVING PARTY
By: ______________________                By: ______________________
Name: {sa}                Name: {sb}
Title: Chief Operating Officer            Title: VP, Strategic Sourcing
Date: {p.date()}                          Date: {p.date()}"""


def settlement_letter(p: Pii) -> str:
    client = p.full()
    opp, _, opp_last = p.person()
    return f"""{p.org(LAW_FIRMS)}
{p.addr_us()}
T {p.phone()}  F {p.phone()}
{p.email('halvorsenpike.com')}

{p.date()}

VIA EMAIL AND FIRST-CLASS MAIL
{opp}, Esq.
{p.org(LAW_FIRMS)}
{p.addr_us()}

Re: {client} v. {p.org(COMPANIES)}
    Claim No. {p.ident('CLM-', 8)}; Date of Incident: {p.date()}
    FOR SETTLEMENT PURPOSES ONLY - FRE 408

Dear Mr. {opp_last}:

As you know, this firm represents {client} in connection with the termination of her employment
on {p.date()} and the statements about her posted by your client's regional manager, {p.full()},
on the blog at {p.url()}. My client, now {p.r.randint(34, 61)}, worked at the {p.city_state()}
facility since {p.year()}.

My client is prepared to resolve all claims, including those under Title VII of the Civil Rights
Act of 1964, for a payment of $185,000, a neutral reference, and removal of the posts. Payment is to
be made by wire to the firm's IOLTA trust account at {p.org(BANKS)}, account {p.ident('', 10)}.
This offer remains open until 5:00 p.m. on {p.date()}. Please direct all communication to me and not
to my client, whose personal profile ({p.url()}) should not be contacted.

Very truly yours,

{p.full()}, Esq.
cc: {client} (via {p.email()})"""


def court_docket(p: Pii) -> str:
    lines = []
    for n in range(1, p.r.randint(4, 7)):
        lines.append(p.pick([
            f"{n}  {p.date()}  COMPLAINT against {p.org(COMPANIES)} filed by {p.full()}. (Filing fee $405)",
            f"{n}  {p.date()}  NOTICE OF APPEARANCE by {p.full()} on behalf of {p.org(COMPANIES)}",
            f"{n}  {p.date()}  SUMMONS returned executed; served {p.date()} at {p.addr_us(', ')}",
            f"{n}  {p.date()}  ORDER granting motion to seal exhibit containing SSN {p.ssn()}; "
            f"signed by Judge {p.full()}",
            f"{n}  {p.date()}  DECLARATION of {p.full()} (age {p.age()}) in support of motion for preference"]))
    text = f"""UNITED STATES DISTRICT COURT
DISTRICT OF NEW JERSEY (NEWARK)
CIVIL DOCKET FOR CASE #: {m('ID', f'2:{p.r.randint(23, 25)}-cv-{p.digits(5)}-{p.pick(["KSH", "MCA", "JXN"])}')}
{p.full()} v. {p.org(COMPANIES)}
Date Filed: {p.date()}   Jury Demand: Plaintiff   Nature of Suit: 442 Civil Rights: Jobs
Plaintiff represented by {p.full()}, {p.org(LAW_FIRMS)}, {p.addr_us(', ')}, {p.phone()}, {p.email('reyestanaka.com')}
DATE FILED  #  DOCKET TEXT
""" + "\n".join(lines)
    return text.upper() if p.r.random() < 0.5 else text


def engagement_letter(p: Pii) -> str:
    contact, contact_first, _ = p.person()
    return f"""{p.org(LAW_FIRMS)}
{p.addr_uk() if p.r.random() < 0.4 else p.addr_us()}

PRIVILEGED AND CONFIDENTIAL

{p.date()}

{contact}
General Counsel
{p.org(COMPANIES)}
{p.addr_us()}

Re: Engagement Letter - Matter No. {m('ID', f"{p.digits(6)}-{p.digits(4)}")}

Dear {contact_first}:

Thank you for selecting our firm to represent your company in the acquisition of the assets of
{p.org(COMPANIES)}. This letter and the enclosed Standard Terms of Engagement (the "Agreement")
set out the scope of our work. I will be the partner responsible, assisted by associate {p.full()}
({p.email('marchbank-osei.com')}, direct dial {p.phone()}).

Fees. Our hourly rates range from $395 to $925. We will ask for a retainer of $25,000, to be
wired to our client account, IBAN {p.iban()}, by {p.date()}. Invoices are payable within 30 days.
Conflicts. We have run a conflicts check on {p.full()} and the target's founder, {p.full()},
and found none. This Agreement is governed by the laws of the State of New York.

Please countersign and return to me by {p.date()}.

Sincerely,
{p.full()}, Partner

AGREED AND ACCEPTED: ____________________  {contact}   Date: __________"""


def fax_cover(p: Pii) -> str:
    return f"""FAX TRANSMITTAL - CONFIDENTIAL HEALTH INFORMATION
From: {p.org(PRACTICES)}, {p.addr_us(', ')}
Sender: {p.full()}, referral coordinator   Phone: {p.phone()}   Fax: {p.phone()}
To: {p.org(HOSPITALS)} - Sleep Medicine   Attn: Dr. {p.last()}   Fax: {p.phone()}
Date: {p.date()}   Pages (incl. cover): {p.r.randint(3, 14)}
Re: Referral for {p.full()}, DOB {p.dob()}, home phone {p.phone()}
Insurance: {p.org(INSURERS)}, ID {p.ident('', 11)}
Notes: Pt with Parkinson's disease and loud snoring, Epworth 15. Please schedule polysomnography.
Pt prefers contact by e-mail: {p.email()}.
The documents accompanying this transmission contain confidential information protected by HIPAA.
If you received this fax in error, notify the sender at the number above and destroy all copies."""


def portal_message(p: Pii) -> str:
    sender, sender_first, _ = p.person()
    return f"""Secure Message - {p.org(PRACTICES)} Patient Portal
From: {sender} <{p.email()}>
To: Care Team of Dr. {p.full()}
Sent: {p.date()} 21:07   Client IP: {p.ip()}
Subject: refill and question about my mother

Hello, my mother {p.full()} ({p.age()} years old, DOB {p.old_dob()}) has been more confused since her
Foley catheter was removed on {p.short_date()}. The home nurse from {p.org(["Quarry Hill Home Health", "Bayside VNA"])}
said her Glasgow Coma Scale was 14. We hope someone can call me at {p.phone()} before Friday.
She also needs her donepezil refilled at the pharmacy on {p.street_us()}.
I wrote about her care on my page {p.url()} if that helps.
Thanks, {sender_first}
--- Portal audit: message opened by {p.full()}, RN on {p.date()} from {p.ip()}"""


def geriatric_consult(p: Pii) -> str:
    home = p.org(["Larchwood Assisted Living", "Fenwick Manor"])
    return f"""GERIATRIC MEDICINE CONSULTATION
{p.org(HOSPITALS)}, {p.city_state()}
Patient: {p.full()}   MRN: {p.mrn()}   Room 6 West 14   Date of service: {p.date()}
Requesting: Dr. {p.full()} (Hospital Medicine)
Reason: delirium, falls.
HPI: {p.age()}-year-old widow admitted {p.short_date()} after a fall at {home},
{p.addr_us(', ')}. Daughter {p.full()} ({p.phone()}) is health care proxy. Hx Parkinson's disease
dx {p.year()}, Hodgkin lymphoma treated in {p.short_year()}, L hip fracture {p.year()}.
Exam: Oriented to self only. Glasgow Coma Scale 14 (E4V4M6). Babinski sign absent bilaterally.
Foley placed in the ED; will remove today. Gait not tested.
Recommendations: remove Foley, delirium precautions, stop diphenhydramine, keep carbidopa-levodopa
dose times fixed. Goals of care discussed with her son {p.first()} {p.last()} by phone on {p.date()}.
{p.full()}, MD, Geriatrics, pager {m('PHONE', f'{p.r.randint(2, 9)}-{p.digits(4)}')}"""


STYLES = [radiology_ct, mammo_us, pathology, clinic_letter, ed_discharge, lab_requisition, prior_auth,
          fraud_dispute, statement_excerpt, sepa_transfer, nda, settlement_letter, court_docket,
          engagement_letter, fax_cover, portal_message, geriatric_consult]



def main() -> None:
    p = Pii(random.Random(SEED))
    for n in range(1, 71):
        style = STYLES[(n - 1) % len(STYLES)]
        text, spans = strip(style(p))
        for span in spans:
            span["text"] = text[span["start"]:span["end"]]
        print(json.dumps({"id": f"h11-{n:03d}", "style": style.__name__, "text": text, "spans": spans},
                         ensure_ascii=False))


if __name__ == "__main__":
    main()
