# ruff: noqa: E501  (each template line is one line of note text)
"""Write the fifth blind hold-out de-identification gold set (synthetic notes, JSONL on stdout).

Written without reading the redaction rules. Each note is built from a template in which every PHI
value is inserted through a marker (``⟦LABEL:value⟧``); the markers are stripped and the spans are the
offsets where the values landed, never found by searching the text. All people, places, numbers and
organisations are invented. Run: ``python tests/data/generate_holdout5_notes.py > holdout5_notes_gold.jsonl``.
"""

from __future__ import annotations

import json
import random
import re
import sys

SEED = 5155
MARK = re.compile(r"⟦([A-Z]+):(.*?)⟧", re.S)

FIRST = ["Amara", "Tomasz", "Leilani", "Arjun", "Siobhan", "Kwame", "Mei-Ling", "Jorge", "Yusuf", "Ingrid",
         "Thanh", "Oluwaseun", "Priya", "Dmitri", "Aroha", "Fatima", "Mateo", "Keiko", "Bronwyn", "Emeka",
         "Hope", "Grace", "Bill", "Frank", "Hunter", "Joy", "Faith", "Will", "Rose", "Mark", "Dawn", "Sunny",
         "Xiomara", "Bao", "Agnieszka", "Rahul", "Nkechi", "Soren", "Guadalupe", "Tariq", "Eun-ji", "Colm"]
LAST = ["Okonkwo", "Nowak", "Kahananui", "Raghunathan", "Ni Bhriain", "Mensah", "Zhou", "Villalobos",
        "Demir", "Lindqvist", "Nguyen", "Adeyemi", "Chatterjee", "Volkov", "Te Rangi", "Haddad", "Ibarra",
        "Watanabe", "Pryce", "Eze", "Brown", "Hunter", "Bishop", "Young", "King", "Baker", "Long", "Rivers",
        "Kowalczyk", "O'Sullivan", "McAllister", "Abernathy-Cole", "Dos Santos", "van der Berg", "Al-Masri",
        "Szabo", "Papadopoulos", "Hakimi", "Tran", "Goldberg", "Fitzgerald", "Osei"]
CITIES = [("Worcester", "MA", "01604"), ("Dayton", "OH", "45409"), ("Tacoma", "WA", "98405"),
          ("Albuquerque", "NM", "87106"), ("Lowell", "MA", "01852"), ("Macon", "GA", "31201"),
          ("Eau Claire", "WI", "54701"), ("Bakersfield", "CA", "93301"), ("Utica", "NY", "13501"),
          ("Provo", "UT", "84604"), ("Duluth", "MN", "55805"), ("Chattanooga", "TN", "37403")]
STATE_NAMES = {"MA": "Massachusetts", "OH": "Ohio", "WA": "Washington", "NM": "New Mexico", "GA": "Georgia",
               "WI": "Wisconsin", "CA": "California", "NY": "New York", "UT": "Utah", "MN": "Minnesota",
               "TN": "Tennessee"}
STREETS = ["418 Larkspur Lane", "72 Quarry Hill Rd", "1190 West Fenwick Ave", "9 Saint Brendan Court",
           "3301 Old Mill Pike", "56 Hawthorne St Apt 4B", "207 Cedar Ridge Drive", "1448 N. Alvarado Blvd",
           "31 Brook Hollow Way", "860 Kingfisher Circle", "14 Ostrander Place", "2275 Route 9W"]
HOSPITALS = ["St. Brigid Regional Medical Center", "Mercy Valley Hospital", "Harborview Women's and Infants",
             "Lakeshore General", "Good Samaritan Medical Center of Macon", "Pinecrest Community Hospital",
             "Our Lady of Lourdes Hospital", "Riverbend University Hospital"]
CLINICS = ["Northgate Family Health Center", "Sunrise Pediatrics", "Kessler Street Recovery Services",
           "Cascade Dermatology Associates", "Bayside Urology Group", "Tri-County ENT & Allergy",
           "Arbor Rheumatology", "Westfield Foot & Ankle", "Meridian Neuropsychology", "Open Door Health"]
PHARMACIES = ["Walgreens #4471", "Rite Aid on Main", "Kroger Pharmacy", "CVS/pharmacy", "Costco Pharmacy",
              "Hannaford Pharmacy"]
EMPLOYERS = ["Consolidated Freightways", "Dayton Precision Tooling", "Amazon Fulfillment Center BFI4",
             "Lowell Public Schools", "Tacoma Tideflats Terminal", "Sunbelt Poultry Processing",
             "Hennepin County Sheriff's Office", "Granite State Roofing LLC"]
SCHOOLS = ["Lincoln Elementary", "Little Sprouts Daycare", "St. Anselm Middle School", "Bright Horizons",
           "Roosevelt Academy"]
INSURERS = ["Liberty Mutual", "The Hartford", "Travelers", "Aetna Better Health", "UnitedHealthcare",
            "Blue Cross Blue Shield of Massachusetts", "Molina Healthcare"]
LAWFIRMS = ["Kaplan, Rhee & Obuya LLP", "Morrissey Law Group", "Delgado & Finch, P.C.",
            "Hartwell Injury Attorneys"]
FACILITIES = ["Maplewood Manor", "Brookdale Senior Living", "The Willows at Cedar Point", "Heritage Hall",
              "St. Joseph's Home for the Aged"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
UROLOGY = ["Bayside Urology Group", "Chattanooga Urology Associates", "Lakeshore Men's Health"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "protonmail.com", "icloud.com"]


class Note:
    """Marker helpers for one note; each returns a marked value to put into an f-string template."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def m(self, label: str, value: str) -> str:
        return f"⟦{label}:{value}⟧"

    def first(self) -> str:
        return self.r.choice(FIRST)

    def last(self) -> str:
        return self.r.choice(LAST)

    def name(self, form: str = "fl") -> str:
        f, l_ = self.first(), self.last()
        text = {"fl": f"{f} {l_}", "lf": f"{l_}, {f}", "f": f, "l": l_, "fil": f"{f} {self.r.choice('ABCDEJKMRT')}. {l_}",
                "LF": f"{l_.upper()}, {f.upper()}"}[form]
        return self.m("NAME", text)

    def date(self, style: str | None = None) -> str:
        y, mo, d = self.r.choice([2025, 2026]), self.r.randint(1, 12), self.r.randint(1, 28)
        style = style or self.r.choice(["us", "us2", "iso", "long", "dmy", "abbr", "short"])
        mn = MONTH_NAMES[mo - 1]
        text = {"us": f"{mo:02d}/{d:02d}/{y}", "us2": f"{mo}/{d}/{y % 100:02d}", "iso": f"{y}-{mo:02d}-{d:02d}",
                "long": f"{mn} {d}, {y}", "dmy": f"{d} {mn} {y}", "abbr": f"{d:02d}-{mn[:3]}-{y}",
                "short": f"{mo}/{d}", "md": f"{mn} {d}", "mon": f"{mn[:3]} {d}", "dot": f"{d}.{mo}.{y}",
                "th": f"the {d}{'th' if 10 < d < 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}",
                "wd": self.r.choice(WEEKDAYS), "wdmd": f"{self.r.choice(WEEKDAYS)} {mn} {d}",
                "wdlong": f"{self.r.choice(WEEKDAYS)}, {mn} {d}, {y}"}[style]
        if style == "th":  # "the" is not part of the date element
            return "the " + self.m("DATE", text[4:])
        return self.m("DATE", text)

    def dob(self, old: bool = False) -> str:
        y = self.r.randint(1926, 1935) if old else self.r.randint(1948, 2003)
        return self.m("DATE", f"{self.r.randint(1, 12):02d}/{self.r.randint(1, 28):02d}/{y}")

    def phone(self, style: str | None = None) -> str:
        a, b, c = self.r.choice([508, 937, 253, 505, 978, 478, 715, 661, 315]), self.r.randint(200, 989), self.r.randint(1000, 9999)
        style = style or self.r.choice(["paren", "dash", "dot", "intl", "ext"])
        text = {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}", "intl": f"+1 {a} {b} {c}",
                "ext": f"{a}-{b}-{c} ext. {self.r.randint(100, 9999)}", "pager": f"{self.r.randint(1000, 9999)}",
                "x": f"x{self.r.randint(2000, 7999)}"}[style]
        return self.m("PHONE", text)

    def email(self, who: str = "") -> str:
        base = who or f"{self.first().lower()}.{self.last().lower()}"
        base = re.sub(r"[^a-z.]", "", base.lower())
        return self.m("EMAIL", f"{base}{self.r.randint(1, 99)}@{self.r.choice(DOMAINS)}")

    def mrn(self) -> str:
        return self.m("ID", self.r.choice([f"{self.r.randint(10**7, 10**8 - 1)}", f"MR{self.r.randint(100000, 999999)}",
                                           f"{self.r.randint(100, 999)}-{self.r.randint(100, 999)}-{self.r.randint(100, 999)}"]))

    def ident(self, prefix: str = "", digits: int = 9) -> str:
        return self.m("ID", f"{prefix}{self.r.randint(10 ** (digits - 1), 10 ** digits - 1)}")

    def ssn(self) -> str:
        return self.m("SSN", f"{self.r.randint(100, 665)}-{self.r.randint(10, 99)}-{self.r.randint(1000, 9999)}")

    def place(self) -> tuple[str, str, str]:
        city, st, z = self.r.choice(CITIES)
        return self.m("LOCATION", city), self.m("STATE", st), self.m("ZIP", z)

    def address(self) -> str:
        city, st, z = self.place()
        return f"{self.m('ADDRESS', self.r.choice(STREETS))}, {city}, {st} {z}"

    def org(self, pool: list[str]) -> str:
        return self.m("ORGANIZATION", self.r.choice(pool))

    def age(self) -> str:
        return self.m("AGE", str(self.r.randint(90, 104)))

    def year(self) -> str:
        return self.m("YEAR", str(self.r.randint(1968, 2024)))

    def card(self) -> str:
        digits = [4] + [self.r.randint(0, 9) for _ in range(14)]
        total = 0
        for i, dgt in enumerate(reversed(digits)):
            dd = dgt * 2 if i % 2 == 0 else dgt
            total += dd - 9 if dd > 9 else dd
        digits.append((10 - total % 10) % 10)
        s = "".join(map(str, digits))
        return self.m("CARD", " ".join(s[i:i + 4] for i in range(0, 16, 4)))

    def iban(self) -> str:
        bban = "NWBK" + "".join(str(self.r.randint(0, 9)) for _ in range(14))
        num = "".join(str(int(c, 36)) for c in bban + "GB00")
        check = 98 - int(num) % 97
        raw = f"GB{check:02d}{bban}"
        return self.m("IBAN", " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)))

    def ip(self) -> str:
        return self.m("IP", f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}")

    def url(self, host: str) -> str:
        return self.m("URL", f"https://{host}/{self.r.choice(['p', 'visit', 'portal/v'])}/{self.r.randint(10**6, 10**7)}")


# --- templates: one function per style, called with the variant number (0, 1, 2) ---


def well_child(n: Note, v: int) -> str:
    kid, mom, dad, sib = n.first(), n.name("fl"), n.name("f"), n.name("f")
    fam = n.last()
    months = ["12-month", "4-year", "9-month"][v]
    return f"""WELL CHILD VISIT - {months}
Patient: {n.m('NAME', kid + ' ' + fam)}   DOB: {n.date('us')}   MRN {n.mrn()}
Accompanied by mother {mom} and father {dad}; older sister {sib} (6) in room.
PCP: Dr. {n.name('l')}, {n.org(CLINICS)}. Attends {n.org(SCHOOLS)} three days a week.
Birth hx: term SVD at {n.org(HOSPITALS)}, Apgar 8/9, no NICU stay.
Growth: wt 50th %ile, ht 60th %ile. Tanner stage 1. Denver/ASQ-3 on track for age.
Hearing and vision: passed; Snellen not attempted.
Immunizations: given today per schedule; next due {n.date('long')}.
Mom asks whether {n.m('NAME', kid)} can start swim lessons with Coach {n.name('l')} at the town pool -- yes, with supervision.
Mom's cell {n.phone('paren')}; prefers text. Lives at {n.address()}.
Return {n.date('wdmd')} for next well visit. Hope this helps: handout on car seats given.
-- {n.name('fl')}, MD / scribe {n.name('f')}
"""


def prenatal(n: Note, v: int) -> str:
    partner = n.name("fl")
    return f"""PRENATAL VISIT #{v + 6}  {n.org(CLINICS)}
Pt: {n.name('lf')}  DOB {n.dob()}  G2P1001  EDD {n.date('us')} by 8 wk US (LMP {n.date('short')}).
GA 28w3d. BP 118/72. FHR 142. Fundal ht 28 cm. Leopold maneuvers: vertex.
Partner {partner} present; doula {n.name('fl')} ({n.phone('dash')}) will attend the birth.
Braxton Hicks occasionally. No LOF, no VB. Bishop score not done (not indicated).
Glucola 1h: 128 drawn {n.date('abbr')}. Rh neg - RhoGAM at 28 wk today.
EPDS (Edinburgh) score 6.
Plans delivery at {n.org(HOSPITALS)}; tour booked {n.date('wd')} {n.date('th')}; confirmed by phone {n.date('mon')}.
Works at {n.org(EMPLOYERS)}; note for light duty given. Insurance {n.org(INSURERS)} member ID {n.ident('XJH', 9)}.
Prior delivery {n.year()} in {n.place()[0]}, uncomplicated.
Next visit {n.date('dmy')}. Seen by {n.name('fl')}, CNM.
"""


def preop(n: Note, v: int) -> str:
    return f"""PRE-OPERATIVE ASSESSMENT CLINIC
Name: {n.name('LF')}   MRN: {n.mrn()}   DOB: {n.dob(old=v == 2)}
Procedure: {['L total knee arthroplasty', 'lap cholecystectomy', 'TURP'][v]} with Dr {n.name('l')} on {n.date('long')}
Age {n.age() if v == 2 else '67'}. ASA {v + 2}. Mallampati II. RCRI 1. STOP-BANG 4 - refer for sleep study.
Meds: metoprolol 25 mg BID, apixaban 5 mg BID (hold 48 h: last dose {n.date('wd')} AM), metformin.
Allergies: PCN (hives). Prior anesthesia {n.year()} at {n.org(HOSPITALS)} - PONV.
Labs {n.date('iso')}: Hgb 12.1, Cr 1.0, K 4.2. ECG: SR, old RBBB.
Cardiology clearance from Dr. {n.name('fil')} ({n.org(CLINICS)}), fax {n.phone('dot')}.
Escort home: {['son', 'wife', 'niece'][v]} {n.name('fl')}, cell {n.phone('intl')}.
Patient lives at {n.address()}; stairs x12. Frank discussion of risks held; pt will stop smoking.
Assessed by {n.name('fl')}, NP, pager {n.phone('pager')}.
"""


def consent(n: Note, v: int) -> str:
    pt = n.name("fl")
    return f"""{n.org(HOSPITALS)}
INFORMED CONSENT FOR SURGERY/PROCEDURE
Patient: {pt}    MRN {n.mrn()}    Acct# {n.ident('', 10)}
I authorize Dr. {n.name('fl')} and assistants to perform: {['right inguinal hernia repair with mesh', 'cystoscopy with stent placement', 'tonsillectomy and adenoidectomy'][v]}.
Risks including bleeding, infection, injury to nearby structures, and need for further surgery explained.
Blood products: [x] accept  [ ] refuse.  Interpreter used: {['no', 'yes - Spanish, ID ' + n.ident('INT', 5), 'no'][v]}.
{['', 'Signed by legal guardian ' + n.name('fl') + ' (guardianship order ' + n.ident('PG-', 7) + ').', ''][v]}
Patient/representative signature: ______________   Date: {n.date('us')}   Time: 07:45
Witness: {n.name('fl')}, RN   Date: {n.date('us')}
Second witness (telephone consent): {n.name('fl')}, phone {n.phone('paren')}
Physician attestation: I have explained the procedure. {n.name('fil')}, MD  {n.date('us2')}
"""


def palliative(n: Note, v: int) -> str:
    pt_f, pt_l = n.first(), n.last()
    return f"""Palliative Care Family Meeting - {n.date('long')}
Patient: {n.m('NAME', pt_f + ' ' + pt_l)}, {n.age()} y/o, with metastatic {['pancreatic ca', 'NSCLC', 'CHF NYHA IV'][v]}. PPS 30%.
Present: daughter {n.name('fl')} (HCP), son {n.name('f')} by speakerphone from {', '.join(n.place()[:2])}, granddaughter {n.name('f')},
chaplain {n.name('fl')}, SW {n.name('fl')}, and Dr {n.name('l')} (oncology).
Family understands disease is progressing. They hope for time at home; {n.m('NAME', pt_f)} wishes to die at home in {n.place()[0]}.
We discussed goals: comfort-focused, DNR/DNI (MOLST signed {n.date('us')}). Hospice referral to {n.org(['VNA Hospice of Greater Lowell', 'Hospice of the Valley', 'Compassus'])}.
Family will grace us with a photo album for the room. Good news is pain controlled on hydromorphone PCA.
Follow-up meeting {n.date('wd')}. Contact: daughter {n.phone('dash')}, {n.email()}.
"""


def methadone(n: Note, v: int) -> str:
    return f"""{n.org(['Kessler Street Recovery Services', 'New Horizons OTP', 'Bridgeway Treatment Center'])} -- OTP DOSING / COUNSELING NOTE
client: {n.name('fl')}   client ID {n.ident('OTP-', 6)}   SSN on file {n.ssn()}
date of service: {n.date('us')}   counselor: {n.name('fl')}, LADC
methadone 85 mg daily, take-homes: 2 (weekend). COWS 2. UDS {n.date('short')}: +methadone, -fentanyl, -cocaine.
client reports cravings 3/10. went to NA w/ sponsor {n.name('f')} on {n.date('wd')}. lives w/ girlfriend {n.name('fl')} in {n.place()[0]}.
PDMP checked {n.date('mon')}: no controlled rx besides OTP. pharmacy: {n.org(PHARMACIES)}.
probation officer {n.name('fl')} ({n.phone('paren')}) requested attendance letter -- ROI signed.
naloxone kit given. next group {n.date('wd')} 10:00. will taper take-homes if UDS +fentanyl.
"""


def hiv_clinic(n: Note, v: int) -> str:
    return f"""HIV PRIMARY CARE - {n.org(['Open Door Health', 'Fenway-Roxbury Community Clinic', 'Ryan White Clinic at ' + HOSPITALS[v]])}
Pt {n.name('fl')} (goes by {n.name('f')}), DOB {n.dob()}, MRN {n.mrn()}
Dx {n.year()}. On Biktarvy since {n.date('abbr')}. VL <20 ({n.date('us')}), CD4 612.
Hx: Kaposi sarcoma (resolved), PJP ppx stopped. Hep B immune.
Partner {n.name('fl')} on PrEP via {n.org(CLINICS)}. Partner notification done by DIS {n.name('fl')}.
ADAP ID {n.ident('AD', 8)}; case manager {n.name('fl')} {n.phone('ext')}.
Labs drawn today: RPR, GC/CT x3 sites. Pt asked whether his brother {n.m('NAME', 'Will')} will be told of status; pt will decide.
RTC 3 months ~{n.date('mon')}. {n.name('fl')}, PA-C
"""


def derm(n: Note, v: int) -> str:
    return f"""Dermatology - {n.org(CLINICS[3:4] + ['Skin & Laser Institute of Provo', 'Riverbend Dermatology'])}
{n.name('fl')}, DOB {n.dob()}, referred by Dr. {n.name('l')}.
CC: changing mole L shoulder x 2 mo. Fitzpatrick type II. FHx melanoma in father ({n.name('f')}, dx {n.year()}).
Exam: 7 mm brown-black macule, irregular border. Dermoscopy: atypical network. Wood's lamp negative. Nikolsky neg.
Shave biopsy taken; path to {n.org(['Dermpath Diagnostics', 'Aurora Diagnostics'])}, req #{n.ident('DP', 7)}.
Prior: BCC nose s/p Mohs {n.date('us')} (Dr {n.name('l')}). Breslow depth/Clark level pending.
Photos taken by MA {n.m('NAME', 'Grace Brown')}; brown pigment globules at 3 o'clock.
Will call with results by {n.date('wd')}. pt ph {n.phone()}.
"""


def urology(n: Note, v: int) -> str:
    pt = n.name("fl")
    return f"""UROLOGY CLINIC NOTE   {n.org(UROLOGY)}
Patient: {pt}   DOB: {n.dob(old=v == 1)}   Age: {n.age() if v == 1 else '71'}   MRN: {n.mrn()}
HPI: {['gross hematuria, frank blood with clots x3 days', 'PSA rise 4.1 -> 7.8', 'recurrent UTI and retention'][v]}.
PSA trend: 4.1 ({n.date('abbr')}), 7.8 ({n.date('abbr')}). MRI prostate PI-RADS 4.
Biopsy {n.date('us')}: Gleason 3+4=7 (Grade Group 2) in 3/12 cores.
AUA symptom score 18. PVR 210 mL. Foley placed. Valsalva leak point not tested. Kegel teaching.
Wife {n.name('fl')} asks about {n.m('NAME', 'Frank ' + n.last())}'s outcome (neighbor, same surgery at {n.org(HOSPITALS)}) - not discussed.
Plan: robotic prostatectomy vs radiation; RO consult Dr. {n.name('l')}. Pt to call {n.phone('ext')}.
D: {n.name('fl')}, MD  T: {n.date('us2')}
"""


def ent(n: Note, v: int) -> str:
    return f"""ENT CONSULT - {n.org(['Tri-County ENT & Allergy', 'Capital Otolaryngology', 'Duluth Ear Nose Throat'])}
Patient {n.name('fl')} ({n.dob()}), ref by {n.name('fl')}, PA at {n.org(CLINICS)}.
Hearing loss R x 6 wk after flight to {n.m('LOCATION', n.r.choice(['Manila', 'Lagos', 'Reykjavik']))}. Rinne: AC>BC bilat. Weber lateralizes to L.
Dix-Hallpike negative; Epley not performed. Eustachian tube dysfunction suspected. Romberg steady.
Audiogram {n.date('mon')}: mild SNHL R. Tympanometry type A.
Works as a welder at {n.org(EMPLOYERS)}; hearing protection inconsistent.
Prior T&A {n.year()}. Spouse {n.name('f')} notes snoring; Epworth 11.
Plan: MRI IAC, steroids. F/u {n.date('short')} with audiology ({n.name('fl')}, AuD). Portal msg to {n.email()}.
"""


def rheum(n: Note, v: int) -> str:
    return f"""Rheumatology follow-up
{n.name('lf')}  |  MRN {n.mrn()}  |  {n.date('dmy')}
Dx: {['seropositive RA', 'SLE with Raynaud phenomenon', 'dermatomyositis (Gottron papules)'][v]}; also Sjögren overlap, Hashimoto thyroiditis.
Schirmer 3 mm R/4 mm L. DAS28-CRP 4.1. Phalen and Tinel positive at R wrist. Finkelstein negative.
Meds: MTX 20 mg weekly, folic acid, HCQ 300 mg (eye exam {n.date('long')} with Dr {n.name('l')}).
Infusion of rituximab at {n.org(['Arbor Infusion Center', 'Mercy Valley Hospital'])} on {n.date('wdmd')}.
Husband {n.name('f')} gives MTX injections. Daughter {n.name('fl')} is a nurse at {n.org(HOSPITALS)}.
Prior auth ref {n.ident('PA', 10)} with {n.org(INSURERS)}.
Labs: ANA 1:640 speckled, anti-CCP >250. Return {n.date('us')}. -- {n.name('fl')}, MD
"""


def geriatric(n: Note, v: int) -> str:
    pt_f = n.first()
    return f"""COMPREHENSIVE GERIATRIC ASSESSMENT
Patient: {n.m('NAME', pt_f + ' ' + n.last())}, {n.age()}-year-old, resident of {n.org(FACILITIES)} since {n.year()}.
Informants: daughter-in-law {n.name('fl')} (caregiver), aide {n.name('f')}, and facility nurse {n.name('fl')}, LPN.
MoCA 17/30 (delay recall 0/5). Trails B not completed. GDS-15: 6. Katz ADL 3/6, Lawton IADL 1/8.
Morse fall 65; two falls since {n.date('long')}. Timed Up and Go 24 s. Hoehn and Yahr 3 - Parkinson's.
Gait: shuffling, Romberg positive. Hearing aids L only. Alzheimer's type dementia per Dr. {n.name('l')}.
Medications reviewed with {n.org(PHARMACIES)} fill history; amitriptyline stopped (Beers).
POA: {n.name('fl')}, {n.phone('paren')}. Prior home: {n.address()}.
{n.m('NAME', pt_f)} told us "I hope to see my 100th birthday." Plan PT/OT, deprescribing, revisit {n.date('us')}.
"""


def podiatry(n: Note, v: int) -> str:
    return f"""podiatry - {n.org(['Westfield Foot & Ankle', 'Pinecrest Podiatry', 'Step Ahead Foot Care'])}
pt: {n.name('fl')}   dob {n.dob()}   mrn {n.mrn()}   dos {n.date('us')}
dm2 x 20 yr, a1c 9.2. semmes-weinstein 10 g: absent 4/10 sites bilat. charcot foot r midfoot (stage 1).
wagner grade 2 ulcer l hallux, 1.4 x 1.1 cm. morton's neuroma l 3rd interspace. debrided. offloading boot.
nail debridement x10 (onychomycosis). brown discoloration of ulcer base, no frank pus.
pcp dr {n.name('l')}. wound nurse {n.name('f')} from {n.org(['Amedisys Home Health', 'VNA of Tacoma', 'BAYADA'])} visits 3x/week.
diabetic shoe rx faxed to {n.org(['Hanger Clinic', 'Foot Solutions'])} at {n.phone('dash')}.
rtc {n.date('short')}. {n.name('fl')}, dpm
"""


def neuropsych(n: Note, v: int) -> str:
    pt = n.first()
    return f"""NEUROPSYCHOLOGICAL EVALUATION REPORT
{n.org(['Meridian Neuropsychology', 'Riverbend University Hospital Neuropsychology Service', 'Cognitive Health Partners'])}
Examinee: {n.m('NAME', pt + ' ' + n.last())}    DOB: {n.dob()}    Dates of testing: {n.date('long')} and {n.date('long')}
Referral: Dr. {n.name('fl')} (neurology) re: memory complaints after {['TBI (MVC)', 'cardiac arrest', 'chemotherapy'][v]}.
Background: {n.m('NAME', pt)} completed a BA at {n.org(['University of New Mexico', 'Wright State University', 'Utica College'])} ({n.year()}); employed as accountant at {n.org(EMPLOYERS)} until {n.date('md')}.
Collateral from spouse {n.name('fl')}.
Tests: WAIS-IV, WMS-IV, Trail Making A/B, Boston Naming Test, Rey Complex Figure, Wisconsin Card Sorting, CVLT-3, TOMM (valid), Beck Depression Inventory-II.
Results: FSIQ 104; processing speed 8th %ile; Boston Naming 54/60. Rey copy 34/36, delay 12/36.
Impressions: mild neurocognitive disorder. Feedback session {n.date('wdlong')} with examinee and {n.name('f')}.
{n.name('fl')}, PhD, ABPP-CN   Psychometrist: {n.name('fl')}
"""


def ime(n: Note, v: int) -> str:
    pt = n.name("fl")
    return f"""INDEPENDENT MEDICAL EXAMINATION - WORKERS' COMPENSATION
Claimant: {pt}   DOB: {n.dob()}   SSN: {n.ssn()}
Claim No.: {n.m('ID', f'WC-{n.r.randint(10**5, 10**6 - 1)}-{n.r.choice("ABCD")}')}   Date of injury: {n.date('long')}
Employer: {n.org(EMPLOYERS)}   Carrier: {n.org(INSURERS)}   Adjuster: {n.name('fl')}, {n.phone('ext')}, {n.email()}
Claimant's attorney: {n.name('fl')}, Esq., {n.org(LAWFIRMS)}, {n.address()}
Requested by: {n.org(['Concentra IME Services', 'ExamWorks', 'MES Solutions'])}, ref {n.ident('EXW', 7)}
History: lifting a 60-lb box on the loading dock in {n.m('LOCATION', 'Dayton')}, {n.m('STATE', 'Ohio')}, felt low back pain. Treated at {n.org(['Concentra Urgent Care', 'MedExpress', 'AFC Urgent Care'])}; MRI {n.date('us')} L4-5 protrusion.
Exam: SLR negative bilaterally; Waddell signs 1/5; Hoover test normal. FABER negative.
Opinion: MMI reached {n.date('us')}. 5% WPI per AMA Guides 6th Ed. Restrictions: no lifting >25 lb.
Payment for report via direct deposit to {n.iban() if v == 0 else 'acct ' + n.m('ID', str(n.r.randint(10**8, 10**9)))}.
Examiner: {n.name('fl')}, MD, MPH.
"""


def fmla(n: Note, v: int) -> str:
    emp = n.name("fl")
    return f"""CERTIFICATION OF HEALTH CARE PROVIDER (FMLA) - Form WH-380-{['E', 'F', 'E'][v]}
Employer: {n.org(EMPLOYERS)}   HR contact: {n.name('fl')}, fax {n.phone('paren')}
Employee: {emp}   Employee ID: {n.ident('E', 6)}
{['', 'Family member: mother ' + n.name('fl') + ', ' + n.age() + ' years, at ' + n.org(FACILITIES) + '.', ''][v]}
Condition began: {n.date('us')}. Expected to last until {n.date('us')}. Inpatient at {n.org(HOSPITALS)} from {n.date('short')} to {n.date('short')}.
Intermittent leave: flare-ups 1-2 times per month, 1-3 days each. Grace period for paperwork per employer policy: 15 days.
Bill to: {n.org(INSURERS)}. Provider: {n.name('fl')}, MD, {n.org(CLINICS)}, {n.address()}, tel {n.phone('dash')}.
Signature ______ Date {n.date('dmy')}
"""


def roi_log(n: Note, v: int) -> str:
    rows = []
    for _ in range(4):
        req = n.r.choice([f"{n.name('fl')}, Esq. ({n.org(LAWFIRMS)})", f"{n.org(INSURERS)} - {n.name('fl')}",
                          f"patient self, ID verified (DL {n.m('ID', 'S' + str(n.r.randint(10**7, 10**8)))})",
                          f"{n.org(['Social Security Administration', 'Disability Determination Services'])}"])
        rows.append(f"{n.date('us')} | {n.ident('ROI-', 6)} | {n.name('LF')} | MRN {n.mrn()} | {req} | "
                    f"{n.r.choice(['records last 5 years', 'imaging CD', 'billing statements', 'full chart'])} | "
                    f"{n.r.choice(['sent', 'pending auth', 'denied - invalid HIPAA auth', 'bill sent'])}")
    pay = f"copy fee $48.20 paid by card {n.card()}" if v != 1 else f"copy fee invoiced; {n.m('NAME', 'Bill')} in billing notified"
    return f"""RELEASE OF INFORMATION LOG - {n.org(HOSPITALS)} HIM Dept.
date rec'd | request # | patient | mrn | requester | records | status
""" + "\n".join(rows) + f"""
Note: {pay}. Fax confirmations to {n.phone('dash')}. Processed by {n.name('fl')} (HIM), workstation {n.ip()}.
"""


def avs(n: Note, v: int) -> str:
    host = n.r.choice(["mychart.stbrigid.org", "portal.mercyvalley.com", "followmyhealth.lakeshoregeneral.org"])
    return f"""AFTER VISIT SUMMARY
{n.name('fl')}   {n.date('long')}   {n.org(HOSPITALS)} - {n.org(CLINICS)}
You saw: {n.name('fl')}, {['MD', 'NP', 'DO'][v]}
Reason for visit: {['Annual physical', 'Cough', 'Follow-up hypertension'][v]}
Today's vitals: BP 132/84  Pulse 76  Temp 98.4 F  SpO2 98%
Your medication list has changed: START lisinopril 10 mg. STOP ibuprofen.
Your next appointment: {n.date('wdlong')} at 9:20 AM with {n.name('fl')}.
Pick up your prescriptions at {n.org(PHARMACIES)}, {n.address()}.
View your results online: {n.url(host)}  Activation code: {n.m('ID', '-'.join(''.join(n.r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(5)) for _ in range(3)))}
Questions? Call {n.phone('dash')} or the nurse line {n.phone('paren')}, available weekdays.
"""


def econsult(n: Note, v: int) -> str:
    spec = ["Endocrinology", "Hematology", "Nephrology"][v]
    return f"""E-CONSULT REQUEST -> {spec} ({n.org(HOSPITALS)})
From: {n.name('fl')}, MD, {n.org(CLINICS)}   Sent: {n.date('iso')} 14:12   Ref ID {n.ident('EC', 8)}
Patient: {n.name('fl')}   MRN {n.mrn()}   Age {n.age() if v == 2 else '58'}   Insurance ID {n.ident('W', 10)}
Question: {['TSH 0.02, FT4 2.9 - Graves vs thyroiditis? ok to start methimazole?', 'ferritin 8, plt 512 - need heme w/u?', 'eGFR 28 stable x2 yr, refer?'][v]}
Pertinent: Graves' ophthalmopathy absent. Hashimoto's in sister {n.name('f')}. Labs {n.date('short')} and {n.date('short')}.
RESPONSE ({n.date('us')}): Reviewed by Dr. {n.name('fl')}. Recommend {['uptake scan; start methimazole 10 mg', 'iron repletion; no heme visit needed', 'no nephrology visit needed; repeat UACR'][v]}.
If worse, call the {spec.lower()} fellow on call {n.phone('ext')} or page {n.phone('pager')}.
"""


def anticoag(n: Note, v: int) -> str:
    rows = []
    for _ in range(5):
        rows.append(f"{n.date(n.r.choice(['us', 'short', 'abbr']))}  {n.r.choice(['1.8', '2.4', '3.6', '2.1', '2.9'])}  "
                    f"{n.r.choice(['5 mg daily', '5/7.5 alt', '7.5 mg 2x/wk, 5 other days', 'hold x1 then 5'])}  {n.name('f')}")
    return f"""ANTICOAGULATION (COUMADIN) CLINIC FLOWSHEET - {n.org(['Lakeshore General Anticoagulation Service', 'Mercy Valley Coumadin Clinic', 'Northgate Family Health Center'])}
Patient: {n.name('fl')}  MRN {n.mrn()}  Age: {n.age() if v != 1 else '81'}
Indication: {['AF, CHA2DS2-VASc 5', 'mechanical mitral valve', 'recurrent DVT'][v]}. Goal INR 2-3. Warfarin since {n.year()}.
Date        INR  Dose                         RN
""" + "\n".join(rows) + f"""
Interacting: started Bactrim {n.date('short')} per urgent care ({n.org(['MinuteClinic', 'AFC Urgent Care'])}).
Spoke with caregiver {n.name('fl')} at {n.phone('dot')}. Next INR {n.date('wd')}.
"""


STYLES = {"well_child": well_child, "prenatal": prenatal, "preop_assessment": preop, "surgical_consent": consent,
          "palliative_family_meeting": palliative, "methadone_clinic": methadone, "hiv_clinic": hiv_clinic,
          "dermatology": derm, "urology": urology, "ent": ent, "rheumatology": rheum, "geriatric_assessment": geriatric,
          "podiatry": podiatry, "neuropsych_report": neuropsych, "ime_workers_comp": ime, "fmla_form": fmla,
          "roi_log": roi_log, "after_visit_summary": avs, "econsult": econsult, "anticoag_log": anticoag}
# Variants printed in one case: (style, variant) -> "upper" / "lower".
CASES = {("roi_log", 1): "upper", ("anticoag_log", 2): "upper",
         ("surgical_consent", 2): "upper", ("fmla_form", 1): "upper", ("ime_workers_comp", 2): "upper",
         ("preop_assessment", 1): "upper", ("methadone_clinic", 2): "lower", ("hiv_clinic", 1): "lower"}


def build(template: str) -> tuple[str, list[dict]]:
    """Strip the markers; each value's span is where it lands in the output."""
    out, spans, pos = [], [], 0
    length = 0
    for mt in MARK.finditer(template):
        chunk = template[pos:mt.start()]
        out.append(chunk)
        length += len(chunk)
        value = mt.group(2)
        spans.append({"start": length, "end": length + len(value), "label": mt.group(1)})
        out.append(value)
        length += len(value)
        pos = mt.end()
    out.append(template[pos:])
    return "".join(out), spans


def main() -> None:
    rng = random.Random(SEED)
    for style, make in STYLES.items():
        for v in range(3):
            text, spans = build(make(Note(rng), v))
            case = CASES.get((style, v))
            if case:
                changed = text.upper() if case == "upper" else text.lower()
                assert len(changed) == len(text)
                text = changed
            record = {"id": f"h5-{style}-{v + 1}", "style": style, "text": text, "spans": spans}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
