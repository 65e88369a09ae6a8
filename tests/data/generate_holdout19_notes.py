"""Blind hold-out de-identification gold set 19: 70 documents, 14 styles x 5, written without reading
the redaction rules, their tests or any other generator.

Run: ``python tests/data/generate_holdout19_notes.py > tests/data/holdout19_notes_gold.jsonl`` (seeded).

Styles (each with at least two layouts):
  email_thread      clinician e-mail threads with From/Sent/To/Cc/Subject headers and signatures
  contact_tracing   public-health case investigation forms and hospital infection-prevention exposure memos
  trial_sae         clinical-trial serious-adverse-event narratives (free text and field form)
  travel_medicine   pre-travel consults and post-travel fever visits
  fertility         IVF / reproductive-endocrinology cycle notes and nurse call logs
  templated_note    Epic-style templated physician progress notes with smart-phrase artefacts (***, @...@)
  access_audit      privacy-office EHR access-audit reports and breach notification letters
  deposition        deposition transcript excerpts (line-numbered) and paralegal deposition digests
  tumor_board       multidisciplinary tumour-board minutes and single-case summaries
  patient_financial hospital business-office account notes and financial-assistance applications
  credentialing     medical-staff credentialing summaries and peer-reference request letters
  bank_estate       bank estate-servicing (deceased customer) notes and letters to executors
  kyc_review        bank enhanced-due-diligence (KYC) memos and periodic review tables
  lease             residential leases and medical-office lease abstracts

Gold decisions (Safe Harbor, plus i2b2-style STATE and YEAR labels):
  * NAME: every person (patients, relatives, staff, attorneys, investigators, landlords, bank officers) and
    staff initials ("KJ", "-tm", a trial subject's initials); titles (Dr., Mr., Mrs., Ms.), credentials
    (MD, M.D., RN, R.N., PharmD, CIC, CRC, CHPC, CPMSM, JD, Esq.) and relation words (wife, daughter,
    niece, coworker, executor) stay outside the span, as does a possessive 's.  A pet's name is not gold.
  * DATE: every date or part of one (3/14, 3/14/26, March 14, 2026, 14-Mar-2026, 2026-03-14, May 9);
    times of day and weekdays are NOT gold (a header's "Wednesday," stays outside), a timestamp's time too.
    YEAR: a bare year tied to a person (Tdap 2019, graduated 2009, employed since 2021).  AGE: only ages
    90 and over; younger ages stay in the text unmarked.
  * ADDRESS: the street line with its unit or suite ("4697 Linden Row #210", "6733 Sexton Mill Rd,
    Suite 210"); LOCATION: cities, counties, countries and named places; STATE:
    state names and codes; ZIP: ZIP codes.  Countries are LOCATION; nationality adjectives are not gold.
    Government bodies named after a place ("Tipton County Health Department", "Circuit Court of Pell
    County", "Ashcroft County Probate Court"): the place is LOCATION, the rest is not gold.
  * ORGANIZATION: hospitals, clinics, nursing homes, employers, insurers and payers, law firms, banks,
    trial sponsors, labs, donor banks, property managers, hotels, medical schools.  Departments, units,
    boards and rooms ("Hospital Medicine", "Tumor Board", "4 North, Rm 12") are not gold.
  * ID: MRNs, encounter, account, claim, case, docket, subject, donor, member, storage, lot, employee, user,
    NPI, licence, DEA, policy, CSR, CIF and passport numbers, pathology accession numbers.  Protocol, IRB
    and NCT numbers are kept out of the notes altogether (unclear convention).  Bed/room numbers,
    transcript page/line numbers, doses, lab values, money amounts and tank/cane positions are not gold.
  * PHONE/EMAIL/URL/IP/SSN/CARD/IBAN: every one, an organisation's too; phones are 555-01xx numbers;
    cards pass Luhn, IBANs mod-97, SSNs the SSA area/group/serial rules.
  * Eponyms and words that are also names (Foley catheter, Whipple, Glasgow Coma Scale, Graves disease,
    "disputes bill", "Penny balance", "correspondent banks", "Price estimate", "Cash pay", "pounds
    sterling", "good faith", "We hope", "grant access", "Cr rose", "Will call back") are terms, never
    gold; the name pool uses the same words as names (registered in tests/helpers/holdout_sets.py).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from marks import m, strip

R = random.Random(190019)

F_FIRST = ["Rosalind", "Hope", "Faith", "June", "Joy", "Dawn", "Penny", "Marisol", "Ingrid", "Tamsin", "Odalys",
           "Priya", "Keiko", "Bernadette", "Lucinda", "Yesenia", "Adaeze", "Margit", "Colette", "Shonda", "Wren",
           "Thea", "Ilse", "Nadia", "Rose", "Harriet", "Delphine", "Soraya", "Guadalupe", "Winifred", "Mabel"]
M_FIRST = ["Will", "Grant", "Mark", "Bill", "Frank", "Hunter", "Anselm", "Desmond", "Oluwaseun", "Teodor",
           "Rafferty", "Casimir", "Emeka", "Lionel", "Thaddeus", "Ruben", "Hiroshi", "Bertrand", "Ezekiel",
           "Cormac", "Dmitri", "Jasper", "Augustin", "Percival", "Ignatius", "Otis", "Wendell", "Arturo"]
LAST = ["Banks", "Price", "Stone", "Bishop", "Young", "King", "Cash", "Sterling", "Foley", "Graves", "Achebe",
        "Whitlock", "Okonkwo", "Lindqvist", "Varga", "Tremblay", "Nakashima", "Oyelaran", "Castellanos",
        "Haverkamp", "Delacorte", "Pruitt", "Szymanski", "Abernathy", "Mbeki-Hart", "O'Rourke", "Quintero",
        "Fairweather", "Lachance", "Rutledge", "Esterhazy", "Villanueva", "Kowalczyk", "Marchetti", "Ashdown",
        "Greenhalgh", "Dunleavy", "Ferreira", "Holloway", "Ibekwe", "Jorgensen", "Kittredge", "Lowell"]

PLACES = [("Dayton", "OH", "Ohio", "454"), ("Bend", "OR", "Oregon", "977"), ("Macon", "GA", "Georgia", "312"),
          ("Duluth", "MN", "Minnesota", "558"), ("Pueblo", "CO", "Colorado", "810"),
          ("Scranton", "PA", "Pennsylvania", "185"), ("Lafayette", "LA", "Louisiana", "705"),
          ("Bangor", "ME", "Maine", "044"), ("Fresno", "CA", "California", "937"),
          ("Amarillo", "TX", "Texas", "791"), ("Burlington", "VT", "Vermont", "054"),
          ("Muncie", "IN", "Indiana", "473"), ("Billings", "MT", "Montana", "591"),
          ("Asheville", "NC", "North Carolina", "288"), ("Kalamazoo", "MI", "Michigan", "490"),
          ("Spokane", "WA", "Washington", "992"), ("Roanoke", "VA", "Virginia", "240")]
STREETS = ["Larkspur Ln", "Old Mill Rd", "Kestrel Way", "Orchard Hill Dr", "Quarry St", "Bramble Ct", "Teal Ave",
           "Pinecrest Blvd", "Saddle Ridge Rd", "W 38th St", "Cobblestone Pl", "Heron Pointe Dr", "Juniper Hollow",
           "N Wabash Ave", "Sexton Mill Rd", "Calloway Cir", "Fennimore St", "Ridgecrest Ter", "Linden Row"]
HOSP = ["Lakeview Regional Medical Center", "St. Brendan's Hospital", "Mercy Ridge Health", "Harlow County Hospital",
        "Northvale University Hospital", "Cedar Plains Medical Center", "Sister Agnes Memorial Hospital",
        "Brightwater Community Hospital", "Kettering Hollow Medical Center"]
CLINIC = ["Riverbend Family Medicine", "Oakhurst Internal Medicine", "Harrow Creek Family Practice",
          "Greystone Primary Care", "Tallgrass Community Health Center"]
EMPLOYER = ["Tamsin Logistics", "Corliss Foods Inc.", "Ridgeback Construction LLC", "Helix Biosystems",
            "Pell & Marrow Engineering", "Granary Row Bakery", "Stillwater School District", "Vantage Aerospace",
            "Bluefin Seafood Co.", "Orison Software"]
LAWFIRM = ["Whitcombe Hale LLP", "Ostrander & Vega, P.C.", "Delacroix Nunn Law Group", "Abernathy Stroud LLP",
           "Marchbanks Fell & Ortiz"]
INSURER = ["Bluestem Health Plan", "Keystone Mutual Health", "Arbor Life & Casualty", "Prairie Shield Insurance"]
SPONSOR = ["Halvern Therapeutics", "Quillon Biopharma Inc.", "Serapis Oncology"]
BANK = ["Harbor Crest Bank", "First Meridian Trust", "Kellerton Savings Bank"]
DOMAINS = ["lakeviewrmc.org", "stbrendans.org", "mercyridge.health", "northvale.edu", "cedarplainsmc.org"]


def pick(seq):
    return R.choice(seq)


class Person:
    def __init__(self, sex=None, first=None, last=None):
        self.sex = sex or pick("FM")
        self.first = first or pick(F_FIRST if self.sex == "F" else M_FIRST)
        self.last = last or pick(LAST)
        self.he = "she" if self.sex == "F" else "he"
        self.his = "her" if self.sex == "F" else "his"
        self.him = "her" if self.sex == "F" else "him"
        self.title = pick(["Ms.", "Mrs."]) if self.sex == "F" else "Mr."

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def inits(self):
        return (self.first[0] + self.last[0]).upper()


KIN = {"child": ("daughter", "son"), "sibling": ("sister", "brother"), "spouse": ("wife", "husband"),
       "parent": ("mother", "father"), "sib_child": ("niece", "nephew"), "grandchild": ("granddaughter", "grandson"),
       "parent_sib": ("aunt", "uncle")}


def kin(p, *kinds):
    """A relation word that fits the relative's sex (``kinds`` from KIN, one picked)."""
    return KIN[pick(kinds or tuple(KIN))][0 if p.sex == "F" else 1]


def hosp_domain(h):
    skip = {"Medical", "Center", "Hospital", "Health", "Memorial", "Community", "County", "University", "Regional"}
    return "".join(w for w in h.replace("'", "").replace(".", "").split() if w not in skip).lower() + ".org"


def people(n):
    out, seen = [], set()
    while len(out) < n:
        p = Person()
        if p.last not in seen and p.first not in seen:
            seen |= {p.last, p.first}
            out.append(p)
    return out


def N(v):
    return m("NAME", v)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fd(d, f="us"):
    if f == "us":
        s = f"{d.month:02d}/{d.day:02d}/{d.year}"
    elif f == "short":
        s = f"{d.month}/{d.day}/{d.year % 100:02d}"
    elif f == "md":
        s = f"{d.month}/{d.day}"
    elif f == "long":
        s = f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    elif f == "dmy":
        s = f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}"
    elif f == "iso":
        s = d.isoformat()
    elif f == "mon_d":
        s = f"{MONTHS[d.month - 1][:3]} {d.day}"
    else:
        raise ValueError(f)
    return s


def D(d, f="us"):
    return m("DATE", fd(d, f))


def base_date():
    return date(2025, 1, 6) + timedelta(days=R.randint(0, 520))


def later(d, lo=1, hi=10):
    return d + timedelta(days=R.randint(lo, hi))


def dob_for(age, on):
    """A date of birth that makes the person exactly ``age`` on ``on``."""
    return date(on.year - age, on.month, min(on.day, 28)) - timedelta(days=R.randint(1, 360))


def age_on(dob, on):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def phone(f=None):
    area = R.choice(["317", "503", "412", "614", "720", "808", "919", "262", "406", "571"])
    line = f"01{R.randint(0, 99):02d}"
    f = f or pick(["paren", "dash", "dot"])
    v = {"paren": f"({area}) 555-{line}", "dash": f"{area}-555-{line}", "dot": f"{area}.555.{line}"}[f]
    return m("PHONE", v)


def place():
    city, st, state, z3 = pick(PLACES)
    return city, st, state, z3 + f"{R.randint(0, 99):02d}"


def street(units=True):
    s = f"{R.randint(12, 9870)} {pick(STREETS)}"
    if units and R.random() < 0.3:
        s += pick([", Apt 4B", " #210", ", Unit 7", " Apt 12"])
    return s


def addr_block(sep="\n", full_state=False):
    city, st, state, z = place()
    return (f"{m('ADDRESS', street())}{sep}{m('LOCATION', city)}, "
            f"{m('STATE', state if full_state else st)} {m('ZIP', z)}")


def city_state():
    city, st, state, _ = place()
    return f"{m('LOCATION', city)}, {m('STATE', st)}"


def firm_domain(firm):
    return "".join(c for c in firm.split(",")[0].split(" LLP")[0].lower() if c.isalpha())[:24] + ".com"


def mrn():
    return m("ID", str(R.randint(10000000, 99999999)))


def email_of(p, domain=None):
    domain = domain or pick(DOMAINS)
    local = pick([f"{p.first}.{p.last}", f"{p.first[0]}{p.last}", f"{p.last}{p.first[0]}"]).lower()
    local = local.replace("'", "").replace("-", "")
    return m("EMAIL", f"{local}@{domain}")


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return m("SSN", f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}")


def card():
    digits = [4] + [R.randint(0, 9) for _ in range(14)]
    for check in range(10):
        ds = (digits + [check])[::-1]
        if sum(d if i % 2 == 0 else (2 * d - 9 if d > 4 else 2 * d) for i, d in enumerate(ds)) % 10 == 0:
            break
    s = "".join(map(str, digits + [check]))
    return m("CARD", " ".join(s[i:i + 4] for i in range(0, 16, 4)))


def iban(country="DE"):
    if country == "DE":
        bban = "".join(str(R.randint(0, 9)) for _ in range(18))
    else:  # GB: bank code, sort code, account
        bban = pick(["NWBK", "MIDL", "BARC"]) + "".join(str(R.randint(0, 9)) for _ in range(14))
    num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    raw = f"{country}{98 - num % 97:02d}{bban}"
    return m("IBAN", " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)))


def ip():
    return m("IP", pick([f"10.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(2, 254)}",
                          f"172.16.{R.randint(0, 31)}.{R.randint(2, 254)}",
                          f"198.51.100.{R.randint(2, 254)}", f"203.0.113.{R.randint(2, 254)}"]))


def O(v):
    return m("ORGANIZATION", v)


def L(v):
    return m("LOCATION", v)


def Y(v):
    return m("YEAR", str(v))


# --------------------------------------------------------------------------------------------------------
# 1. clinician e-mail threads


def email_thread(i):
    a, b, c, pt, rel = people(5)
    hosp = pick(HOSP)
    dom = hosp_domain(hosp)
    d0 = base_date()
    d1 = later(d0, 1, 2)
    age = R.randint(90, 97) if i % 2 == 0 else R.randint(48, 84)
    dob = dob_for(age, d0)
    agetxt = m("AGE", age) if age >= 90 else str(age)
    relw = kin(rel, "child", "sib_child", "spouse")
    if i % 2 == 0:
        return (
            f"From: {N(a.full)} <{email_of(a, dom)}>\n"
            f"Sent: {d1.strftime('%A')}, {D(d1, 'long')} 7:42 AM\n"
            f"To: {N(b.full)} <{email_of(b, dom)}>\n"
            f"Cc: {N(c.last)}, {N(c.first)} <{email_of(c, dom)}>; Case Management Pool\n"
            f"Subject: RE: {N(pt.last)} - dispo / Foley catheter question\n\n"
            f"{N(b.first)}, agree. I spoke with the {relw} {N(rel.full)} last night ({phone()}), "
            f"{rel.he} is ok with SNF but wants {O(pick(['Willow Bend Rehab', 'Larchmont Care Center', 'Briarcliff Manor Nursing']))} "
            f"since it is close to {rel.his} house in {L(pick(PLACES)[0])}. Foley catheter can come out today.\n\n"
            f"{N(a.first)}\n\n"
            f"{N(a.full)}, MD | Hospital Medicine | {O(hosp)}\n"
            f"pager {phone('dash')} | {email_of(a, dom)}\n\n"
            f"-----Original Message-----\n"
            f"From: {N(b.full)}\n"
            f"Sent: {D(d0, 'us')} 9:15 PM\n"
            f"To: {N(a.full)}\n"
            f"Subject: {N(pt.last)} - dispo\n\n"
            f"Hi - pt {N(pt.full)} (MRN {mrn()}, DOB {D(dob, 'us')}), {agetxt} y/o, admitted {D(later(d0, -4, -2), 'md')} "
            f"w/ {pick(['CHF exacerbation. Net negative 3 L', 'hip fx s/p ORIF, POD 3', 'CAP, off O2 since yesterday'])}, "
            f"Cr rose to 1.6 then back down. Will you be ok if we place the referral tomorrow? "
            f"PCP is Dr. {N(Person().last)} at {O(pick(CLINIC))}, fax {phone()}.\n"
            f"Thanks, {N(b.first)}\n"
        )
    phosp = pick(HOSP)
    return (
        f"---------- Forwarded message ---------\n"
        f"From: {N(c.full)} <{email_of(c, dom)}>\n"
        f"Date: {D(d1, 'dmy')} 14:03\n"
        f"Subject: Fwd: path result for {N(pt.first)} {N(pt.last)}\n"
        f"To: {N(a.full)} (Oncology)\n\n"
        f"fyi - see below. pt wants results by phone only, cell {phone()}. "
        f"{pt.he} said {pt.his} {relw} {N(rel.first)} may call too, ok to speak with {rel.him} (HIPAA form on file {D(d0, 'short')}).\n\n"
        f"> On {D(d0, 'long')}, {N(b.full)} <{email_of(b, hosp_domain(phosp))}> wrote:\n"
        f"> Accession {m('ID', f'S{d0.year % 100}-{R.randint(1000, 9999)}')} on {N(pt.last)}, {N(pt.first)} (MRN {mrn()}).\n"
        f"> Whipple specimen margins negative, 2/19 nodes.\n"
        f"> Age {agetxt}. Grossed by {N(Person().inits)}.\n"
        f"> {N(b.full)}, MD, Pathology, {O(phosp)}\n"
        f"> {m('URL', 'https://' + hosp_domain(phosp) + '/pathology')}\n"
    )


# --------------------------------------------------------------------------------------------------------
# 2. contact tracing / infection prevention


def contact_tracing(i):
    case, inv = people(2)
    d0 = base_date()
    dis = pick(["pertussis", "measles", "active pulmonary TB", "mumps", "varicella"])
    if i % 2 == 0:
        dob = dob_for(R.randint(19, 70), d0)
        city, st, state, z = place()
        rows = []
        for k in range(3):
            c = Person()
            relw = pick(["coworker", "roommate", "classmate", kin(c, "child", "sibling", "spouse")])
            rows.append(f"  {k + 1}. {N(c.full):<40} {relw:<10} last exp {D(later(d0, -6, -1), 'md')}   {phone()}")
        return (
            f"{L(pick(['Marlow', 'Tipton', 'Ashcroft', 'Dunmore']))} County Health Department - Communicable Disease Case Investigation\n"
            f"Case ID: {m('ID', f'CD-{d0.year}-{R.randint(10000, 99999)}')}    Condition: {dis}\n"
            f"Name: {N(case.last)}, {N(case.first)}    DOB: {D(dob)}    Sex: {case.sex}\n"
            f"Address: {m('ADDRESS', street())}, {m('LOCATION', city)}, {m('STATE', st)} {m('ZIP', z)}\n"
            f"Phone: {phone()}   Email: {email_of(case, pick(['gmail.com', 'outlook.com', 'yahoo.com']))}\n"
            f"Employer/School: {O(pick(EMPLOYER))}\n"
            f"Symptom onset: {D(later(d0, -12, -8))}   Specimen collected: {D(later(d0, -5, -3))}   Reported by: {O(pick(HOSP))}\n"
            f"Interviewed {D(d0)} by {N(inv.full)}, RN, epidemiology nurse\n\n"
            f"Close contacts:\n" + "\n".join(rows) + "\n\n"
            f"Notes: case works evening shift; Mantoux/QuantiFERON n/a. Exclusion letter faxed to employer. "
            f"Next call {D(later(d0, 2, 4), 'md')}. Will mark contacts complete after day 21.\n"
        )
    staff = people(4)
    vis = Person()
    hosp = pick(HOSP)
    unit = pick(["5 West", "4 North", "the Burn Unit", "7 South"])
    lines = "\n".join(f"- {N(s.full)}, {pick(['RN', 'PCA', 'RT', 'MD'])}, Employee #{m('ID', str(R.randint(100000, 999999)))} - "
                      f"{pick(['immune (titer on file)', 'no record; titer drawn', 'declined PEP', 'furloughed to day 21'])}"
                      for s in staff)
    return (
        f"INFECTION PREVENTION EXPOSURE MEMO\n{O(hosp)}\n"
        f"To: Employee Health   From: {N(inv.full)}, CIC   Date: {D(later(d0, 1, 2), 'long')}\n\n"
        f"Source patient {N(case.full)} (MRN {mrn()}) on {unit}, Rm 12, was confirmed with {dis} on {D(d0, 'md')}. "
        f"Airborne precautions were not in place from {D(later(d0, -3, -2), 'md')} until {D(d0, 'md')}. "
        f"Patient was transferred from {O(pick([h for h in HOSP if h != hosp]))} and had visitors incl. {case.his} {kin(vis, 'sibling', 'child')} {N(vis.full)}.\n\n"
        f"Exposed staff:\n{lines}\n\n"
        f"County liaison {N(Person().full)} notified ({phone()}). Questions: {email_of(inv, hosp_domain(hosp))}\n"
    )


# --------------------------------------------------------------------------------------------------------
# 3. clinical-trial SAE narratives (protocol / IRB / NCT numbers deliberately absent)


def trial_sae(i):
    pt, pi, crc = people(3)
    d0 = base_date()
    age = R.randint(90, 94) if i == 1 else R.randint(41, 79)
    dob = dob_for(age, d0)
    agetxt = m("AGE", age) if age >= 90 else str(age)
    enrol = later(d0, -90, -40)
    ev = later(d0, 0, 3)
    hosp = pick(HOSP)
    subj = f"{R.randint(100, 130)}-{R.randint(1, 60):04d}"
    sponsor = pick(SPONSOR)
    fam = Person()
    if i % 2 == 0:
        return (
            f"SERIOUS ADVERSE EVENT NARRATIVE\nSponsor: {O(sponsor)}\n"
            f"Subject {m('ID', subj)}, initials {N(pt.inits)}, a {agetxt}-year-old {'female' if pt.sex == 'F' else 'male'} "
            f"with a history of {pick(['Graves disease', 'hypertension', 'type 2 diabetes'])} and "
            f"{pick(['Hodgkin lymphoma', 'breast cancer' if pt.sex == 'F' else 'prostate cancer', 'melanoma'])} (treated {Y(R.randint(1998, 2012))}), was randomized on "
            f"{D(enrol, 'dmy')} and received the first dose of study drug on {D(later(enrol, 1, 5), 'dmy')}.\n\n"
            f"On {D(ev, 'dmy')} the subject's {kin(fam, 'spouse', 'child')} {N(fam.first)} called the site to report "
            f"{pick(['fever and confusion', 'fever and rigors', 'fever, cough and confusion'])}. The subject was taken by ambulance to {O(hosp)} in {city_state()} and admitted with "
            f"febrile neutropenia (ANC 0.3). Glasgow Coma Scale 14. Study drug was interrupted on {D(ev, 'dmy')}.\n\n"
            f"The investigator, Dr. {N(pi.full)}, assessed the event as possibly related. The subject recovered and was "
            f"discharged on {D(later(ev, 3, 7), 'dmy')}. Follow-up records requested from {N(Person().full)}, HIM, fax {phone()}.\n\n"
            f"Narrative prepared by {N(crc.full)}, CRC, {D(later(ev, 8, 12), 'dmy')}; contact {email_of(crc)}\n"
        )
    return (
        f"SAE REPORT FORM - page 1 of 2\n"
        f"Site: {O(pick(CLINIC[:2] + ['Northvale Oncology Research Unit']))}     PI: {N(pi.last)}, {N(pi.first)}\n"
        f"Subject ID: {m('ID', subj)}    Initials: {N(pt.inits)}    DOB: {D(dob, 'dmy')}    Age: {agetxt}\n"
        f"Event term: pulmonary embolism    Onset: {D(ev)}    Site aware: {D(later(ev, 0, 1))}\n"
        f"Hospitalized: Y  Facility: {O(hosp)}, {city_state()}   Admit {D(ev, 'short')}  D/C {D(later(ev, 4, 6), 'short')}\n"
        f"Outcome: recovering   Wells score 6.5, CTPA positive\n"
        f"Concomitant meds: apixaban started, Foley catheter removed day 2\n"
        f"Reporter: {N(crc.full)}, RN   Phone: {phone()}   Sponsor safety desk: {O(sponsor)}\n"
        f"Sent via portal {m('URL', 'https://safety.' + sponsor.split()[0].lower() + '-pharma.com/sae')} on "
        f"{D(later(ev, 1, 2))} by {N(crc.inits)}\n"
    )


# --------------------------------------------------------------------------------------------------------
# 4. travel medicine


def travel_medicine(i):
    pt, doc, comp = people(3)
    d0 = base_date()
    depart = later(d0, 20, 45)
    ret = later(depart, 10, 30)
    # first leg where yellow fever is endemic, second where Japanese encephalitis is
    trips = [pick([("Nairobi", "Kenya"), ("Cusco", "Peru"), ("Accra", "Ghana"), ("Manaus", "Brazil"),
                   ("Arusha", "Tanzania")]),
             pick([("Hanoi", "Vietnam"), ("Kathmandu", "Nepal"), ("Siem Reap", "Cambodia"), ("Chiang Mai", "Thailand")])]
    emp = pick(EMPLOYER)
    lot = lambda: m("ID", pick(["", "U"]) + f"{R.choice('ABCKT')}{R.randint(100, 999)}{R.choice('XYZAB')}{R.randint(1, 9)}")
    if i % 2 == 0:
        return (
            f"Travel Medicine Consultation - {O(pick(['Oakhurst Travel Clinic', 'Wayfarer Travel Health', 'Northvale Travel & Tropical Medicine']))}\n"
            f"Patient: {N(pt.full)}   MRN {mrn()}   Visit {D(d0)}\n"
            f"Itinerary: departs {D(depart, 'mon_d')} -> {L(trips[0][0])}, {L(trips[0][1])} (10 d), then rural "
            f"{L(trips[1][1])} near {L(trips[1][0])}; returns {D(ret, 'mon_d')}. Work trip for {O(emp)}; "
            f"travelling with {pick(['coworker', kin(comp, 'spouse', 'sibling')])} {N(comp.full)}.\n"
            f"Hx: MMR x2 (childhood), Tdap {Y(R.randint(2016, 2022))}, hep A series {Y(R.randint(2009, 2015))}. Hx Bell's palsy {Y(R.randint(2005, 2019))}.\n"
            f"Given today: Yellow fever (YF-Vax lot {lot()}), typhoid Vivotif x4 caps, Japanese encephalitis "
            f"(Ixiaro #1 lot {lot()}, #2 due {D(later(d0, 7, 7), 'md')}, accelerated). Malarone Rx. Rabies PrEP discussed.\n"
            f"ICVP signed/stamped. Plan to email itinerary copy to {email_of(pt, pick(['gmail.com', 'proton.me', 'icloud.com']))}.\n"
            f"{N(doc.full)}, MD  {D(d0, 'short')}\n"
        )
    onset = later(ret, 2, 9)
    visit = later(onset, 1, 3)
    return (
        f"post travel visit {D(visit, 'short')}\n"
        f"{N(pt.first)} {N(pt.last)}, returned {D(ret, 'md')} from {L(trips[0][0])} ({L(trips[0][1])}) and "
        f"{L(trips[1][1])}. fever since {D(onset, 'md')}, 39.2, rigors, HA. took malarone but stoped early (GI upset). "
        f"stayed at {O(pick(['Kijani Guest House', 'Hostal Inti Wasi', 'Lotus Riverside Hotel']))}. "
        f"fresh water exposure - rafting with {pick(['friend', 'girlfriend', 'cousin'])} {N(comp.first)}.\n"
        f"thick/thin smear, BinaxNOW sent to {O(pick(['Corvida Reference Laboratory', 'Meridian Path Labs']))}; "
        f"cbc plt 88, no frank blood in stool. if smear neg, dengue NS1, leptospira. no Ebola/Marburg exposure.\n"
        f"employer {O(emp)} occ health aware (contact {N(Person().full)} {phone()}).\n"
        f"dw ID fellow dr {N(doc.last.lower())}. recheck {D(later(visit, 2, 3), 'md')}. cell {phone()}\n"
    )


# --------------------------------------------------------------------------------------------------------
# 5. fertility / IVF


def fertility(i):
    pt, partner, md, rn = people(4)
    pt = Person("F", last=pt.last)
    partner = Person("M", last=partner.last)
    d0 = base_date()
    age = R.randint(31, 43)
    dob = dob_for(age, d0)
    ret = later(d0, 10, 13)
    clinic = pick(["Fairmont Fertility Partners", "Cedar Plains Reproductive Medicine", "Halcyon IVF Center"])
    if i % 2 == 0:
        return (
            f"{O(clinic)} - IVF Cycle Summary\n"
            f"Patient: {N(pt.full)}  DOB {D(dob)} ({age} y)  MRN {mrn()}\n"
            f"Partner: {N(partner.full)}  DOB {D(dob_for(R.randint(30, 50), d0))}  MRN {mrn()}\n"
            f"Cycle start (stim day 1): {D(d0)}   Protocol: antagonist, Menopur + Gonal-f, Ovidrel trigger\n"
            f"Retrieval: {D(ret)} by Dr. {N(md.last)}; {R.randint(8, 19)} oocytes, {R.randint(5, 8)} MII, ICSI\n"
            f"Day 5 blastocysts: 4AA, 4AB x2, 3BB -> PGT-A to {O(pick(['Genovia Labs', 'Cradle Genomics']))}\n"
            f"Cryopreserved {D(later(ret, 5, 6))}; tank B-4, cane 17 (storage acct {m('ID', f'CRY-{R.randint(10000, 99999)}')})\n"
            f"Donor sperm not used. Consents signed {D(later(d0, -20, -5), 'short')} (witness {N(rn.inits)}).\n"
            f"Primary RN: {N(rn.full)}, RN  direct line {phone()}\n"
        )
    d_call = later(ret, 6, 9)
    donor = m("ID", f"D{R.randint(1000, 9999)}")
    return (
        f"nurse call log - {O(clinic)}\n"
        f"{D(d_call, 'md')} 10:20 called pt {N(pt.first)} {N(pt.last)} at {phone()} re pgt-a results: 2 euploid. "
        f"pt tearful but relieved; spouse {N(partner.first)} on speaker. scheduled fet mock cyle.\n"
        f"{D(later(d_call, 1, 3), 'md')} 14:05 pt emailed from {email_of(pt, 'gmail.com')} asking if donor {donor} "
        f"sibling vials still available at {O(pick(['Cascadia Donor Registry', 'Lumina Donor Bank', 'Tidewater Cryobank']))}. forwarded to dr {N(md.last)}.\n"
        f"{D(later(d_call, 4, 6), 'md')} lupron start per dr {N(md.last)}. estrace 2 mg tid. pio teching done, pt's mother "
        f"{N(Person('F').first)} will help w/ injections. -{N(rn.inits.lower())}\n"
        f"ins: {O(pick(INSURER))} member {m('ID', f'XJ{R.randint(10000000, 99999999)}')}, fertility rider verified {D(later(d_call, 7, 9), 'md')}\n"
    )


# --------------------------------------------------------------------------------------------------------
# 6. templated progress notes with smart-phrase artefacts


def templated_note(i):
    pt, doc, rel = people(3)
    d0 = base_date()
    age = R.randint(90, 101) if i != 3 else R.randint(58, 80)
    dob = dob_for(age, d0)
    agetxt = m("AGE", age) if age >= 90 else str(age)
    hosp = pick(HOSP)
    admit = later(d0, -5, -2)
    if i % 2 == 0:
        return (
            f"HOSPITAL MEDICINE PROGRESS NOTE\n\n"
            f"Patient Name: {N(pt.last)}, {N(pt.first)}\nMRN: {mrn()}\nDOB: {D(dob)}\nAge: {agetxt} y.o.\n"
            f"Admit Date: {D(admit)}  Hospital Day: {(d0 - admit).days + 1}\nPCP: {N(Person().full)}, MD\n\n"
            f"Subjective: *** Pt seen and examined. Overnight: no events. {pt.his.capitalize()} {kin(rel, 'child', 'grandchild')} "
            f"{N(rel.full)} at bedside.\n\n"
            f"Objective:\nVitals: @VS24@\nBP 132/70 | HR 84 | Temp 98.4 | SpO2 95%\n"
            f"Lab Results (last 24 hrs):\n  {D(d0, 'short')} 0512  WBC 11.2  Hgb 9.8  Na 133  Cr 1.4\n"
            f"  {D(later(d0, -1, -1), 'short')} 0430  WBC 13.0  Hgb 9.9  Na 131  Cr 1.6\n\n"
            f"Assessment/Plan:\n1. UTI w/ sepsis, resolving - Foley catheter removed {D(d0, 'md')}; CTX day 3/5\n"
            f"2. Parkinson disease - continue home Sinemet\n3. Dispo: {O(pick(['Larchmont Care Center', 'Willow Bend Rehab']))} "
            f"when accepted; CM {N(Person().first)} following. Code status: DNR/DNI (MOLST {D(later(admit, -400, -30), 'short')}).\n\n"
            f"Electronically signed by {N(doc.full)}, MD on {D(d0)} at 4:12 PM\n{O(hosp)}\n"
        )
    return (
        f"Progress Note - Cardiology Consult F/U\n"
        f"@NAME@ replaced -> {N(pt.full)}  |  {agetxt} y.o. {'female' if pt.sex == 'F' else 'male'}  |  MRN {mrn()}  |  "
        f"Encounter {m('ID', str(R.randint(4000000000, 4999999999)))}\n"
        f"Date of Service: {D(d0, 'long')}\n"
        f"Referring: {N(Person().full)}, DO ({O(pick(CLINIC))}, {phone()})\n\n"
        f"Interval Hx: {{Interval history:31245}} Feels better. Walked w/ PT. {pt.he.capitalize()} lives at "
        f"{m('ADDRESS', street())} with {pt.his} {kin(rel, 'sib_child', 'child')} {N(rel.first)}.\n"
        f"Echo {D(later(admit, 0, 1), 'md')}: EF 35%, Simpson's biplane.\n"
        f"Meds: ***\nA/P: HFrEF, NYHA III. GDMT as tol. F/U in clinic {D(later(d0, 14, 21), 'md')} with Dr. {N(doc.last)}.\n"
        f"This note was created with Dragon dictation; errors may be present.\n"
        f"{N(doc.last)}, {N(doc.first)} {D(d0, 'short')} 17:40\n"
    )


# --------------------------------------------------------------------------------------------------------
# 7. EHR access audit (privacy office)


def access_audit(i):
    pt, officer, comp, *users = people(6)
    d0 = base_date()
    hosp = pick(HOSP)
    case = m("ID", f"PRV-{d0.year}-{R.randint(100, 999)}")
    if i % 2 == 0:
        rows = []
        t = later(d0, -30, -20)
        for u in users:
            t = later(t, 0, 3)
            rows.append(f"{D(t, 'us')} {R.randint(0, 23):02d}:{R.randint(0, 59):02d} | {N(u.last)}, {N(u.first)} | "
                        f"{m('ID', u.first[0] + u.last[:3].upper().replace(chr(39), 'X') + str(R.randint(100, 999)))} | "
                        f"{pick(['RN', 'Unit Clerk', 'Pharmacist', 'Registration'])} | {ip()} | "
                        f"{pick(['Chart Review', 'Demographics View', 'Notes View', 'Print'])}")
        return (
            f"PRIVACY INCIDENT INVESTIGATION - {case}\n{O(hosp)} Privacy & Compliance\n"
            f"Complainant/patient: {N(pt.full)} (MRN {mrn()})\n"
            f"Complaint received {D(d0)} by phone from {pt.title} {N(pt.last)}, who believes a neighbor employed "
            f"here viewed {pt.his} record.\n\n"
            f"Access log (Epic Access Log extract, {D(later(d0, -31, -31))} to {D(d0)}):\n"
            f"Date       Time  | User | User ID | Role | IP | Activity\n" + "\n".join(rows) + "\n\n"
            f"Finding: access by {N(users[-1].first)} {N(users[-1].last)} not tied to treatment/payment/operations. "
            f"Manager {N(comp.full)} notified {D(later(d0, 2, 4), 'md')}. Sanction per policy.\n"
            f"Investigator: {N(officer.full)}, CHPC  {email_of(officer, hosp_domain(hosp))}\n"
        )
    return (
        f"{O(hosp)}\nOffice of Privacy\n{addr_block()}\n\n{D(later(d0, 20, 40), 'long')}\n\n"
        f"{pt.title} {N(pt.full)}\n{addr_block()}\n\n"
        f"RE: Notice of privacy incident, reference {case}\n\n"
        f"Dear {pt.title} {N(pt.last)}:\n\n"
        f"We are writing to tell you about an incident involving your health information. We hope this letter answers your questions. On {D(d0, 'long')}, our "
        f"monitoring system flagged that a workforce member accessed your record from a device at address {ip()} "
        f"without a work-related reason. The information viewed included your name, date of birth, "
        f"address and visit notes from {D(later(d0, -60, -40), 'long')}. It did not include your Social Security number.\n\n"
        f"If you have questions, call our privacy line at {phone()} or visit {m('URL', 'www.' + hosp_domain(hosp) + '/privacy')}.\n\n"
        f"Sincerely,\n\n{N(officer.full)}, JD\nChief Privacy Officer\n"
    )


# --------------------------------------------------------------------------------------------------------
# 8. deposition transcripts and digests


def deposition(i):
    wit, pl, defn, atty1, atty2, rep, dec = people(7)
    d0 = base_date()
    county = pick(["Marlow", "Tipton", "Ashcroft", "Dunmore", "Pell"])
    ocity, st, state, _ = pick(PLACES)
    firm1, firm2 = R.sample(LAWFIRM, 2)
    caseno = m("ID", f"{d0.year % 100}-CV-{R.randint(1000, 9999)}")
    inc = later(d0, -700, -400)
    hosp = pick(HOSP)
    if i % 2 == 0:
        body = [
            f"IN THE CIRCUIT COURT OF {L(county)} COUNTY, {m('STATE', state)}",
            f"{N(pl.full)}, as Personal Representative of the",
            f"Estate of {N(dec.full)}, Plaintiff,",
            f"v.                                  Case No. {caseno}",
            f"{O(hosp)} and {N(defn.full)}, M.D., Defendants.",
            "",
            f"DEPOSITION OF {N(wit.full)}, R.N.",
            f"Taken {D(d0, 'long')}, at the offices of {O(firm1)},",
            f"{m('ADDRESS', street())}, {L(ocity)}, {m('STATE', st)}",
            f"Reported by {N(rep.full)}, CSR No. {m('ID', str(R.randint(10000, 14999)))}",
            "",
            "APPEARANCES:",
            f"For Plaintiff: {N(atty1.full)}, Esq., {O(firm1)}, {phone()}",
            f"For Defendants: {N(atty2.full)}, Esq., {O(firm2)}, {email_of(atty2, firm_domain(firm2))}",
            "",
            "                      Page 14",
            f" 1  Q. And you were the charge nurse on {D(inc, 'long')}?",
            " 2  A. Yes.",
            " 3  Q. Who else was on the unit that night?",
            f" 4  A. {N(Person('F').first)} -- I don't remember her last name -- and Dr. {N(defn.last)}",
            " 5  was the hospitalist.",
            " 6  Q. Was a Foley catheter in place?",
            " 7  A. I believe so. It's in my note.",
            f" 8  Q. Did you call the family? The daughter, {N(Person('F').full)}?",
            f" 9  A. I called the number on the face sheet, {phone('dash')}, at about 0300.",
            "10  Q. Will you turn to Exhibit 7.",
        ]
        text = "\n".join(body) + "\n"
        return text
    return (
        f"DEPOSITION DIGEST - PRIVILEGED & CONFIDENTIAL / ATTORNEY WORK PRODUCT\n"
        f"Matter: Estate of {N(dec.last)} v. {O(hosp)}   Case No. {caseno}   ({L(county)} County)\n"
        f"Deponent: {N(defn.full)}, M.D.   Date: {D(d0)}   Digest by: {N(rep.full)}, paralegal, {O(firm1)}\n\n"
        f"Page:Line   Summary\n"
        f"6:3-7:12    Attended {O(pick(['Wexford University School of Medicine', 'Lakeshore University College of Medicine']))}, "
        f"graduated {Y(R.randint(1996, 2008))}; residency at {O(pick(HOSP))}.\n"
        f"12:4-13:20  Saw decedent {N(dec.first)} {N(dec.last)} first on {D(inc, 'md')}; recalls patient was {m('AGE', R.randint(90, 96))} "
        f"and lived alone in {L(pick(PLACES)[0])}.\n"
        f"22:1-23:9   Denies being paged by RN {N(wit.last)} before 0400; pager records subpoenaed.\n"
        f"31:15-33:2  Glasgow Coma Scale documented 13; Braden score question objected to (foundation).\n"
        f"40:8-41:1   Spoke with son {N(Person('M').full)} by phone; no note made.\n\n"
        f"Follow-up: request billing records from {O(pick(INSURER))}; reply to {N(atty2.full)} by {D(later(d0, 10, 20), 'md')}.\n"
    )


# --------------------------------------------------------------------------------------------------------
# 9. tumour board


def tumor_board(i):
    attendees = people(5)
    d0 = base_date()
    hosp = pick(HOSP)
    if i % 2 == 0:
        roles = ["MD", "MD", "MD", "NP", pick(["RN", "PharmD"])]
        dxs = [("pancreatic head adenocarcinoma, s/p Whipple", "FOLFIRINOX x4 then restage", None),
               ("cT3N1 rectal adenocarcinoma", "TNT per guideline", None),
               ("Gleason 4+4 prostate cancer", "SBRT; obtain PSMA PET", "M"),
               ("stage IIB classical Hodgkin lymphoma", "ABVD x2, interim PET", None),
               ("ER+ breast ca, Oncotype 31", "adjuvant chemo then AI", "F")]
        cases = []
        for k in range(3):
            dx, rec, sex = pick(dxs)
            p = Person(sex)
            age = R.randint(90, 93) if k == 1 else R.randint(44, 86)
            agetxt = m("AGE", age) if age >= 90 else str(age)
            cases.append(f"{k + 1}. {N(p.last)}, {N(p.first)}  MRN {mrn()}  {agetxt} {p.sex}  - {dx}. "
                         f"Presented by Dr. {N(pick(attendees[:3]).last)}. Referred from {O(pick(CLINIC + HOSP))}. "
                         f"Rec: {rec}.")
        scribe = Person()
        return (
            f"{O(hosp)} Multidisciplinary Tumor Board - Minutes\nDate: {D(d0)}   Location: Cancer Center Conf Rm B\n"
            f"Attendees: " + "; ".join(f"{N(a.full)}, {r}" for a, r in zip(attendees, roles)) + "\n\n"
            + "\n".join(cases) + "\n\n"
            f"Next board {D(later(d0, 7, 7), 'md')}. Minutes recorded by {N(scribe.full)} ({email_of(scribe, hosp_domain(hosp))}).\n"
        )
    p, sp = Person(), Person()
    dx_date = later(d0, -40, -20)
    return (
        f"TUMOR BOARD SUMMARY - {N(p.full)} (MRN {mrn()}, DOB {D(dob_for(R.randint(50, 85), d0))})\n"
        f"Presented {D(d0, 'long')} at {O(hosp)} Thoracic Tumor Board.\n"
        f"Hx: former smoker, remote kidney stone, quit {Y(R.randint(1990, 2015))}. Worked at {O(pick(EMPLOYER))} (asbestos exposure?). "
        f"CT {D(dx_date, 'md')}: 3.1 cm RUL mass; EBUS {D(later(dx_date, 5, 9), 'md')} by Dr. {N(attendees[0].last)} - adenocarcinoma, "
        f"PD-L1 60%, EGFR neg. Ki-67 n/a.\n"
        f"Discussion: {N(attendees[1].full)}, MD (thoracic surg) favors lobectomy; {N(attendees[2].full)}, MD (rad onc) "
        f"offers SBRT if not a surgical candidate. Pt lives in {L(pick(PLACES)[0])}, {kin(sp, 'spouse')} {N(sp.first)} drives.\n"
        f"Consensus: PFTs, then lobectomy. Navigator {N(attendees[3].full)}, RN to call pt at {phone()}.\n"
    )


# --------------------------------------------------------------------------------------------------------
# 10. patient financial services


def patient_financial(i):
    pt, guar, *staff = people(5)
    d0 = base_date()
    acct = m("ID", str(R.randint(4000000000, 4999999999)))
    hosp = pick(HOSP)
    ins = pick(INSURER)
    if i % 2 == 0:
        t = d0
        lines = []
        t1 = later(t, 0, 3)
        lines.append(f"{D(t1, 'short')} 09:12 {N(staff[0].inits)} - stmt #2 returned mail, new addr per guarantor: "
                     f"{addr_block(', ')}")
        t2 = later(t1, 5, 12)
        lines.append(f"{D(t2, 'short')} 14:40 {N(staff[1].inits)} - spoke w/ guarantor {N(guar.full)} (pt's "
                     f"{kin(guar, 'child', 'spouse')}) at {phone()}; disputes bill, says {O(ins)} should have paid. "
                     f"Sent to ins f/u. Price estimate letter re-sent.")
        t3 = later(t2, 7, 15)
        lines.append(f"{D(t3, 'short')} 11:02 {N(staff[2].inits)} - {O(ins)} claim {m('ID', f'{R.randint(20, 26)}{R.randint(100000000, 999999999)}')} "
                     f"reprocessed, pt resp ${R.randint(150, 900)}.{R.randint(10, 99)}. Cash pay discount offered.")
        t4 = later(t3, 3, 9)
        lines.append(f"{D(t4, 'short')} 16:18 {N(staff[0].inits)} - pmt plan set up $50/mo, card on file {card()}; "
                     f"guarantor email {email_of(guar, 'yahoo.com')}. Penny balance of $0.77 written off.")
        return (
            f"PATIENT ACCOUNT NOTES - {O(hosp)}\nAcct {acct}  Pt: {N(pt.last)}, {N(pt.first)}  DOB {D(dob_for(R.randint(20, 88), d0))}\n"
            f"Guarantor: {N(guar.last)}, {N(guar.first)}   Employer: {O(pick(EMPLOYER))}\n"
            + "\n".join(lines) + "\n"
        )
    hh = R.randint(2, 6)
    return (
        f"FINANCIAL ASSISTANCE APPLICATION - SUMMARY SHEET\n{O(hosp)} Patient Financial Services, {phone()}\n\n"
        f"Applicant: {N(pt.full)}     SSN: {ssn()}     DOB: {D(dob_for(R.randint(25, 70), d0))}\n"
        f"Address: {addr_block(', ')}\n"
        f"Household size: {hh}   Spouse: {N(guar.first)} {N(pt.last)}\n"
        f"Employer: {O(pick(EMPLOYER))} since {Y(R.randint(2012, 2023))}; gross monthly $3,140\n"
        f"Accounts: {acct}, {m('ID', str(R.randint(4000000000, 4999999999)))}  (DOS {D(later(d0, -90, -60))}, {D(later(d0, -50, -30))})\n"
        f"Documents rec'd {D(d0)}: pay stubs, prior-year tax return, bank stmt from {O(pick(BANK))}\n"
        f"Determination: 75% discount (200-250% FPL). Letter mailed {D(later(d0, 5, 10))}. Bill holds released.\n"
        f"Counselor: {N(staff[0].full)}\n"
    )


# --------------------------------------------------------------------------------------------------------
# 11. medical-staff credentialing


def credentialing(i):
    doc, ref, coord, ref2 = people(4)
    d0 = base_date()
    dob = dob_for(R.randint(33, 64), d0)
    grad = dob.year + R.randint(25, 29)
    _, st, state, _ = pick(PLACES)
    hosp = pick(HOSP)
    if i % 2 == 0:
        return (
            f"MEDICAL STAFF OFFICE - INITIAL APPOINTMENT CREDENTIALS SUMMARY\n{O(hosp)}\n\n"
            f"Practitioner: {N(doc.full)}, {pick(['MD', 'DO'])}        Specialty: Gastroenterology\n"
            f"DOB: {D(dob)}    NPI: {m('ID', str(R.randint(1000000000, 1999999999)))}\n"
            f"{m('STATE', state)} license {m('ID', f'{st}-{R.randint(30000, 99999)}')} exp {D(later(d0, 300, 700))} - verified primary source {D(d0, 'short')}\n"
            f"DEA {m('ID', pick('ABFM') + doc.last[0].upper() + str(R.randint(1000000, 9999999)))}\n"
            f"Medical school: {O(pick(['Wexford University School of Medicine', 'Halloran College of Osteopathic Medicine', 'Lakeshore University College of Medicine']))} ({Y(grad)})\n"
            f"Residency: {O(pick(HOSP))} ({Y(grad + 3)}); Fellowship: {O(pick(HOSP))} ({Y(grad + 6)})\n"
            f"Malpractice: {O(pick(['Medora Professional Mutual', 'Keel Harbor Risk Retention Group', 'Arbor Life & Casualty']))}, policy "
            f"{m('ID', f'MP{R.randint(100000, 999999)}')}; 1 closed claim ({Y(grad + 9)}), no payment\n"
            f"NPDB query {D(later(d0, 1, 3), 'short')}: no reports.  OIG/SAM: clear.\n"
            f"Peer references: {N(ref.full)}, MD ({phone()}); {N(ref2.full)}, MD ({email_of(ref2, pick(DOMAINS))})\n"
            f"Privileges requested: EGD, colonoscopy, ERCP (incl. Whipple anatomy), moderate sedation\n"
            f"Coordinator: {N(coord.full)}, CPMSM   Committee date: {D(later(d0, 14, 30), 'long')}\n"
        )
    return (
        f"{O(hosp)}\nMedical Staff Services\n{addr_block()}\n\n{D(d0, 'long')}\n\n"
        f"Dr. {N(ref.full)}\n{O(pick(CLINIC))}\n{addr_block()}\n\n"
        f"Re: Peer reference for Dr. {N(doc.full)}\n\n"
        f"Dear Dr. {N(ref.last)},\n\n{N(doc.first)} {N(doc.last)} has applied for privileges in Hospital Medicine and listed you "
        f"as a reference from {doc.his} time at {O(pick(HOSP))} ({Y(grad + 3)}-{Y(grad + 7)}). Please complete the enclosed form "
        f"or the online form at {m('URL', 'https://credentialing.' + hosp_domain(hosp) + '/peer')} by {D(later(d0, 14, 21), 'long')}.\n\n"
        f"Questions: {N(coord.full)}, {phone()}, {email_of(coord, hosp_domain(hosp))}.\n\nThank you,\n{N(coord.full)}\n"
    )


# --------------------------------------------------------------------------------------------------------
# 12. bank estate servicing


def bank_estate(i):
    dec, ex, atty, off = people(4)
    d0 = base_date()
    age = R.randint(90, 103) if i != 2 else R.randint(70, 88)
    dod = later(d0, -60, -20)
    dob = dob_for(age, dod)
    age = age_on(dob, dod)
    agetxt = m("AGE", age) if age >= 90 else str(age)
    bank = pick(BANK)
    firm = pick(LAWFIRM)
    county = pick(["Marlow", "Tipton", "Ashcroft", "Dunmore", "Pell"])
    accts = [m("ID", f"{R.randint(100, 999)}-{R.randint(100000, 999999)}") for _ in range(2)]
    if i % 2 == 0:
        return (
            f"ESTATE SERVICES - CASE NOTES   {O(bank)}\n"
            f"Decedent: {N(dec.full)}   SSN {ssn()}   DOB {D(dob)}   DOD {D(dod)}   Age {agetxt}\n"
            f"Accts: checking {accts[0]}, CD {accts[1]} (POD to grandson {N(Person('M').full)})\n"
            f"Last address: {m('ADDRESS', street())}, {city_state()}\n\n"
            f"{D(later(dod, 5, 10), 'short')} - {N(ex.full)} ({kin(ex, 'child', 'sib_child')}) came to {L(pick(PLACES)[0])} branch w/ death cert. "
            f"Accts restricted. Will call back w/ letters. ph {phone()}  -{N(off.inits)}\n"
            f"{D(later(dod, 20, 30), 'short')} - Letters testamentary rec'd, {L(county)} County Probate Court, case "
            f"{m('ID', f'PR-{dod.year}-{R.randint(100, 999)}')}, issued {D(later(dod, 15, 19), 'short')}. Estate acct opened, EIN on file. -{N(off.inits)}\n"
            f"{D(later(dod, 31, 40), 'short')} - atty {N(atty.full)} ({O(firm)}) req date-of-death balances by email "
            f"{email_of(atty, firm_domain(firm))}. Sent. -{N(Person().inits)}\n"
        )
    return (
        f"{O(bank)}\nEstate Services Center\n{m('ADDRESS', street(units=False))}, {city_state()}\n\n{D(later(dod, 25, 40), 'long')}\n\n"
        f"{N(ex.full)}, Executor\nEstate of {N(dec.full)}\n{addr_block(full_state=True)}\n\n"
        f"Re: Accounts {accts[0]} and {accts[1]}\n\n"
        f"Dear {ex.title} {N(ex.last)},\n\nPlease accept our condolences on the loss of your "
        f"{kin(dec, 'parent', 'parent_sib')}. We have received the death certificate and Letters Testamentary issued "
        f"{D(later(dod, 15, 20), 'long')}. Funds will be released by cashier's check payable to the estate. "
        f"A safe deposit box at our {L(pick(PLACES)[0])} branch is also in {N(dec.last)}'s name; please call "
        f"{N(off.full)} at {phone()} to schedule an inventory.\n\nSincerely,\n{N(off.full)}\nEstate Services Specialist\n"
    )


# --------------------------------------------------------------------------------------------------------
# 13. KYC / enhanced due diligence


def kyc_review(i):
    cust, rm, analyst = people(3)
    d0 = base_date()
    dob = dob_for(R.randint(30, 75), d0)
    bank = pick(BANK)
    fbank, country, icc = pick([("Nordhafen Privatbank AG", "Germany", "DE"), ("Kestrel Street Bank plc", "United Kingdom", "GB"),
                                ("Elbstrand Handelsbank AG", "Germany", "DE")])
    acct_iban = iban(icc)
    co = pick(["Ravensmoor Trading LLC", "Azurine Holdings Ltd", "Cobalt Fern Imports LLC"])
    if i % 2 == 0:
        return (
            f"ENHANCED DUE DILIGENCE MEMO   Case {m('ID', f'EDD-{R.randint(100000, 999999)}')}\n{O(bank)} - Financial Crimes Compliance\n\n"
            f"Customer: {N(cust.full)}   DOB: {D(dob)}   SSN: {ssn()}\n"
            f"Residence: {addr_block(', ')}\nPhone: {phone()}   Email: {email_of(cust, 'proton.me')}\n"
            f"Occupation: managing member, {O(co)} ({m('URL', 'www.' + co.split()[0].lower() + 'trade.com')})\n"
            f"Relationship manager: {N(rm.full)}, since {Y(R.randint(2014, 2022))}\n\n"
            f"Trigger (correspondent banks flagged; amounts in USD, converted from pounds sterling or euro): 3 incoming wires ({D(later(d0, -30, -25), 'md')}, {D(later(d0, -20, -15), 'md')}, {D(later(d0, -10, -5), 'md')}) "
            f"totaling ${R.randint(210, 690)},{R.randint(100, 999)} from {O(fbank)}, {L(country)}, IBAN {acct_iban}.\n"
            f"Screening: no PEP match; adverse media - article naming customer's brother {N(Person('M').full)} "
            f"in {L(pick(['Limassol', 'Valletta', 'Hamburg', 'Dubai', 'Manchester']))}.\n"
            f"Source of funds: sale of property at {m('ADDRESS', street())}, {city_state()}; closing stmt dated {D(later(d0, -40, -32))}.\n"
            f"Recommendation: retain, enhanced monitoring 12 mo.  Analyst: {N(analyst.full)}  {D(d0)}\n"
        )
    rows = []
    t = later(d0, -60, -50)
    for _ in range(3):
        t = later(t, 3, 12)
        rows.append(f"| {D(t, 'iso')} | wire in  | {O(fbank)} | {acct_iban} | {R.randint(20, 190)},{R.randint(100, 999)}.00 |")
    return (
        f"KYC PERIODIC REVIEW - HIGH RISK\nReview date: {D(d0, 'iso')}   Reviewer: {N(analyst.full)}   Approver: {N(rm.full)}\n"
        f"Client: {N(cust.last.upper())}, {N(cust.first.upper())}   CIF {m('ID', str(R.randint(70000000, 79999999)))}\n"
        f"Nationality: dual US / {'British' if icc == 'GB' else 'German'}   Passport {m('ID', pick('CFGH') + str(R.randint(10000000, 99999999)))}\n"
        f"Address on file: {addr_block(', ')}   (verified {D(later(d0, -5, -1), 'iso')})\n"
        f"Online banking login IPs (90 d): {ip()}, {ip()} (geo: {L(pick(['Frankfurt', 'London', 'Leeds']) if icc == 'GB' else pick(['Frankfurt', 'Hamburg']))})\n\n"
        f"| date       | type     | counterparty bank | IBAN | USD |\n" + "\n".join(rows) + "\n\n"
        f"Outcome: no SAR; refresh CDD docs. Card {card()} re-issued after travel alert.\n"
    )


# --------------------------------------------------------------------------------------------------------
# 14. leases


def lease(i):
    ll, tn, co_tn, agent, guar = people(5)
    pm = pick(['Kingsgate Property Management LLC', 'Brightstone Realty Group', 'Harbor Point Rentals'])
    d0 = base_date()
    start = date(d0.year, d0.month, 1) + timedelta(days=31)
    start = date(start.year, start.month, 1)
    end = date(start.year + 1, start.month, 1) - timedelta(days=1)
    city, st, state, z = place()
    if i % 2 == 0:
        return (
            f"RESIDENTIAL LEASE AGREEMENT\n\n"
            f"This Lease is made on {D(d0, 'long')} between {N(ll.full)} (\"Landlord\"), by {ll.his} agent "
            f"{O(pm)}, and "
            f"{N(tn.full)} and {N(co_tn.full)} (\"Tenants\").\n\n"
            f"1. PREMISES. {m('ADDRESS', street())}, {m('LOCATION', city)}, {m('STATE', state)} {m('ZIP', z)}.\n"
            f"2. TERM. Beginning {D(start, 'long')} and ending {D(end, 'long')}.\n"
            f"3. RENT. ${R.choice([1250, 1475, 1650, 1890, 2100])}.00 per month, due on the first day of each month. A late fee applies after the fifth day.\n"
            f"4. SECURITY DEPOSIT. One month's rent, held at {O(pick(BANK))}.\n"
            f"5. GUARANTOR. {N(guar.full)}, {addr_block(', ')}, guarantees Tenants' obligations.\n"
            f"6. NOTICES. To Landlord c/o {N(agent.full)}, {phone()}, {email_of(agent, firm_domain(pm))}.\n"
            f"7. PETS. One cat (\"Bishop\") permitted. No other animals. Landlord will grant consent to additional pets in good faith only.\n\n"
            f"LANDLORD: ______________ {N(ll.full)}  Date: {D(d0, 'short')}\n"
            f"TENANT: ______________ {N(tn.full)}  Date: {D(later(d0, 0, 2), 'short')}\n"
            f"TENANT: ______________ {N(co_tn.full)}  Date: {D(later(d0, 0, 2), 'short')}\n"
        )
    prac = pick(["Northgate Pediatrics PLLC", "Summit Lane Pediatrics", "Bramble Dermatology Associates PC"])
    return (
        f"LEASE ABSTRACT - MEDICAL OFFICE\nPrepared by {N(agent.full)}, {O(pick(LAWFIRM))}, {D(d0)}\n\n"
        f"Landlord:        {O(pick(['Pinecrest MOB Partners LP', 'Cedar Plains Realty Holdings LLC']))}\n"
        f"Tenant:          {O(prac)}\n"
        f"Guarantor:       {N(guar.full)}, M.D. (personal guaranty, capped at 12 months' rent)\n"
        f"Premises:        {m('ADDRESS', street(units=False) + ', Suite ' + str(R.randint(1, 4)) + '10')}, {m('LOCATION', city)}, {m('STATE', st)} {m('ZIP', z)}\n"
        f"Commencement:    {D(start)}     Expiration: {D(date(start.year + 5, start.month, 1) - timedelta(days=1))}\n"
        f"Renewal:         2 x 5 yrs, notice 180 days before expiration\n"
        f"Base rent:       $24.50/RSF, 3% annual escalation; 2,340 RSF\n"
        f"Use:             medical office; no Foley catheter or sharps disposal in common trash\n"
        f"Access:          Landlord may grant access to Tenant's contractors in good faith\n"
        f"Landlord notice: {N(ll.full)}, {addr_block(', ')}; copy to {N(Person().full)}, Esq.\n"
        f"Tenant contact:  {N(tn.full)}, practice manager, {phone()}, {email_of(tn, firm_domain(prac))}\n"
        f"Estoppel signed: {D(later(d0, -12, -3))}\n"
    )


# --------------------------------------------------------------------------------------------------------
# third layouts (the middle note of each style)


def email_thread_c(i):
    mgr, liaison, pt, fam = people(4)
    hosp = pick(HOSP)
    dom = hosp_domain(hosp)
    d0 = base_date()
    d1 = later(d0, 1, 1)
    city, st, _, z = place()
    return (
        f"Re: complaint from {N(fam.full)} (pt {N(pt.last)})\n\n"
        f"{N(liaison.first)} {N(liaison.last)} <{email_of(liaison, dom)}>   {d1.strftime('%a')}, {D(d1, 'mon_d')}, 8:02 AM\n"
        f"to {N(mgr.first)}\n\n"
        f"Called {fam.him} back this morning. {fam.he.capitalize()} wants the written response mailed to "
        f"{m('ADDRESS', street())}, {L(city)} {m('STATE', st)} {m('ZIP', z)} (not the pt's address). "
        f"Best number is {phone()} after 5. {fam.he.capitalize()} mentioned calling the local news, fyi.\n\n"
        f"On {d0.strftime('%a')}, {m('DATE', fd(d0, 'mon_d') + ', ' + str(d0.year))} at 4:47 PM {N(mgr.full)} <{email_of(mgr, dom)}> wrote:\n"
        f"> {N(liaison.first)} - can you reach out to the {kin(fam, 'child', 'spouse')}? {N(pt.first)} {N(pt.last)}, "
        f"MRN {mrn()}, was on 6 West {D(later(d0, -9, -7), 'md')}-{D(later(d0, -4, -3), 'md')}. Complaint is about the "
        f"call light and a missed dose of Sinemet. Ticket {m('ID', f'PR{R.randint(100000, 999999)}')} in the patient relations portal.\n"
        f"> --\n> {N(mgr.full)}, MSN, RN | Nurse Manager | {O(hosp)}\n> office {phone()}\n\n"
        f"Sent from my iPhone\n"
    )


def contact_tracing_c(i):
    home = pick(["Larchmont Care Center", "Briarcliff Manor Nursing", "Willow Bend Rehab"])
    d0 = base_date()
    rows = []
    for k in range(4):
        p = Person()
        age = pick([R.randint(90, 99), R.randint(72, 89)])
        on = later(d0, k - 8, k - 7)
        rows.append(f"{k + 1:>2} | {N(p.last)}, {N(p.first)} | {m('AGE', age) if age >= 90 else age} | "
                    f"{pick(['A', 'B'])}-{R.randint(101, 130)} | {D(on, 'md')} | {D(later(on, 0, 1), 'md')} | "
                    f"{pick(['norovirus GII POS', 'POS', 'pending', 'NEG'])}")
    lead = Person()
    return (
        f"Outbreak line list - GI illness - {O(home)}, {city_state()}\n"
        f"Outbreak # {m('ID', f'OB-{d0.year}-{R.randint(10, 99)}')}   Reported to county {D(d0)}   "
        f"Facility contact: {N(lead.full)}, DON, {phone()}\n\n"
        f" # | Resident | Age | Room | Onset | Specimen | Result\n" + "\n".join(rows) + "\n\n"
        f"Staff ill: 2 (CNA, dietary) - excluded 48 h after sx. Dining room closed {D(d0, 'md')}.\n"
        f"Epi: {N(Person().full)}, MPH   fax line list daily to {phone()}\n"
    )


def trial_sae_c(i):
    crc, monitor = people(2)
    d0 = base_date()
    subj = f"{R.randint(100, 130)}-{R.randint(1, 60):04d}"
    hosp = pick(HOSP)
    admit = later(d0, -30, -20)
    dc = later(admit, 3, 6)
    return (
        f"DATA CLARIFICATION FORM - SAE follow-up\nSubject {m('ID', subj)}   Sponsor {O(pick(SPONSOR))}\n"
        f"Raised by: {N(monitor.full)} (CRA)   {D(d0, 'dmy')}\n\n"
        f"Q1. Hospital discharge date on the SAE form ({D(later(dc, 1, 1), 'dmy')}) does not match the discharge summary "
        f"from {O(hosp)} ({D(dc, 'dmy')}). Please correct or confirm.\n"
        f"A1. Corrected to {D(dc, 'dmy')}. Typo on source. -{N(crc.inits)} {D(later(d0, 2, 3), 'dmy')}\n\n"
        f"Q2. Subject's age at consent recorded as 61; DOB on the ID log gives 62. Please reconcile.\n"
        f"A2. DOB verified against driver's license; age at consent 62. Updated. -{N(crc.inits)}\n\n"
        f"Q3. Outside labs from {O(pick(['Corvida Reference Laboratory', 'Meridian Path Labs']))} dated "
        f"{D(later(admit, 1, 2), 'dmy')} not uploaded.\n"
        f"A3. Uploaded {D(later(d0, 3, 4), 'dmy')}. Contact at lab: {N(Person().full)}, {phone()}.\n\n"
        f"Closed by {N(monitor.full)} {D(later(d0, 6, 9), 'dmy')}\n"
    )


def travel_medicine_c(i):
    pt, doc, fam = people(3)
    d0 = base_date()
    age = R.randint(90, 95)
    dob = dob_for(age, d0)
    dest = pick([("Cusco", "Peru"), ("Arusha", "Tanzania"), ("Accra", "Ghana")])
    return (
        f"{O('Wayfarer Travel Health')}\n{addr_block()}\n{phone()}\n\n{D(d0, 'long')}\n\n"
        f"MEDICAL CONTRAINDICATION TO YELLOW FEVER VACCINATION\n\n"
        f"To whom it may concern:\n\n"
        f"{pt.title} {N(pt.full)}, date of birth {D(dob, 'long')}, passport {m('ID', pick('CFGH') + str(R.randint(10000000, 99999999)))}, "
        f"is a {m('AGE', age)}-year-old traveller who will visit {L(dest[0])}, {L(dest[1])} from {D(later(d0, 20, 30), 'long')}. "
        f"Because of {pt.his} age and a history of thymectomy, yellow fever vaccine is medically contraindicated. "
        f"{pt.he.capitalize()} has been advised about mosquito avoidance. {pt.his.capitalize()} {kin(fam, 'child', 'grandchild')} "
        f"{N(fam.full)} will travel with {pt.him}.\n\n"
        f"{N(doc.full)}, MD, FASTMH\nLicense {m('ID', f'{pick(PLACES)[1]}-{R.randint(20000, 89999)}')}\n"
    )


def fertility_c(i):
    pt, partner, coord = Person("F"), Person("M"), Person()
    d0 = base_date()
    donor = f"ED-{R.randint(1000, 9999)}"
    agency = pick(["Open Hands Egg Donation", "Bluebird Donor Agency"])
    return (
        f"DONOR OOCYTE MATCH NOTE\nRecipient: {N(pt.full)} (MRN {mrn()})   Partner: {N(partner.full)}\n"
        f"Donor: {m('ID', donor)} via {O(agency)} (agency coordinator {N(coord.full)}, {email_of(coord, firm_domain(agency))})\n"
        f"Donor profile: 26 y, O+, CF carrier screen neg, AMH 4.1. Non-identified arrangement.\n"
        f"Legal: contract reviewed by {O(pick(LAWFIRM))}, signed {D(later(d0, -10, -3), 'short')}.\n"
        f"Sync: recipient estrace start {D(later(d0, 5, 8), 'short')}; donor stim start {D(later(d0, 9, 12), 'short')}; "
        f"anticipated retrieval week of {D(later(d0, 20, 24), 'mon_d')}.\n"
        f"Escrow: {O(pick(BANK))} acct {m('ID', f'{R.randint(100, 999)}-{R.randint(100000, 999999)}')}\n"
        f"Recipient's sister {N(Person('F').first)} is backup contact, {phone()}.\n"
    )


def templated_note_c(i):
    pt, doc, rel = people(3)
    d0 = base_date()
    age = R.randint(90, 99)
    dob = dob_for(age, d0)
    hosp = pick(HOSP)
    return (
        f"ED Provider Note\n{O(hosp)} Emergency Department\n\n"
        f"Patient: {N(pt.full)}   DOB: {D(dob)}   MRN: {mrn()}   Arrival: {D(d0)} 02:14\n"
        f"PCP: {N(Person().full)}, MD  ({O(pick(CLINIC))})\n\n"
        f"Chief Complaint: fall\n\nHPI: {N(pt.first)} {N(pt.last)} is a {m('AGE', age)} y.o. {'female' if pt.sex == 'F' else 'male'} "
        f"from {O(pick(['Larchmont Care Center', 'Briarcliff Manor Nursing']))} who presents after an unwitnessed fall. "
        f"{{HPI ELEMENTS:30401}} ***. Hx of Parkinson disease. {pt.his.capitalize()} {kin(rel, 'child', 'sib_child')} "
        f"{N(rel.full)} ({phone()}) is HCP.\n\n"
        f"ROS: @ROS@\nPhysical Exam: Glasgow Coma Scale 15. Skin tear L forearm.\n"
        f"ED Course: CT head neg. Foley catheter not placed.\n\n"
        f"Disposition: back to facility. Report called to {N(Person().first)} RN.\n"
        f"{N(doc.full)}, DO\n{D(d0, 'short')} 5:31 AM\n"
    )


def access_audit_c(i):
    pt, off = people(2)
    d0 = base_date()
    hosp = pick(HOSP)
    rows = []
    t = d0
    for _ in range(3):
        u = Person()
        t = later(t, 0, 1)
        rows.append(f"  {D(t, 'iso')} {R.randint(0, 23):02d}:{R.randint(10, 59)}  {N(u.full)} ({m('ID', u.first[0] + u.last[:3].upper().replace(chr(39), 'X') + str(R.randint(100, 999)))})  "
                    f"reason: {pick(['Direct patient care', 'Other - see comment', 'Coverage'])}  from {ip()}")
    return (
        f"BREAK-THE-GLASS ALERT SUMMARY  ({O(hosp)})\n"
        f"Restricted record: {N(pt.full)}  MRN {mrn()}  (employee-patient; restriction set {D(later(d0, -200, -100), 'iso')})\n"
        f"Alerts this week:\n" + "\n".join(rows) + "\n"
        f"Emailed to {m('EMAIL', 'privacy@' + hosp_domain(hosp))} and to the user's manager. Reviewed by {N(off.full)} {D(later(t, 1, 2), 'iso')}.\n"
    )


def deposition_c(i):
    wit, atty, rep = people(3)
    d0 = base_date()
    city, st, state, z = place()
    firm = pick(LAWFIRM)
    return (
        f"IN THE DISTRICT COURT OF {L(pick(['Marlow', 'Tipton', 'Ashcroft']))} COUNTY, {m('STATE', state)}\n"
        f"Case No. {m('ID', f'{d0.year % 100}-CV-{R.randint(1000, 9999)}')}\n\n"
        f"NOTICE OF VIDEOTAPED DEPOSITION\n\n"
        f"PLEASE TAKE NOTICE that Plaintiff will take the deposition of {N(wit.full)}, custodian of records of "
        f"{O(pick(HOSP))}, on {D(later(d0, 20, 30), 'long')} at 10:00 a.m. at {O(firm)}, {m('ADDRESS', street())}, "
        f"{L(city)}, {m('STATE', st)} {m('ZIP', z)}, before {N(rep.full)} of {O(pick(['Clearwater Reporting Co.', 'Lakeside Court Reporting']))}.\n\n"
        f"The deponent shall bring the complete chart of {N(Person().full)} (DOB {D(dob_for(R.randint(40, 85), d0))}) "
        f"for dates of service {D(later(d0, -500, -450))} through {D(later(d0, -440, -400))}.\n\n"
        f"Dated {D(d0, 'long')}.\n\n/s/ {N(atty.full)}\n{N(atty.full)}, Esq. (Bar No. {m('ID', str(R.randint(100000, 399999)))})\n"
        f"{email_of(atty, firm_domain(firm))}  {phone()}\n"
    )


def tumor_board_c(i):
    pt, ref, nav, fam = people(4)
    pt = Person("F", last=pt.last)
    d0 = base_date()
    hosp = pick(HOSP)
    return (
        f"tumor board case submission\nsubmitted {D(d0, 'short')} by dr {N(ref.last)} ({O(pick(CLINIC))}), pager {phone()}\n"
        f"pt: {N(pt.full)}   mrn {mrn()}   dob {D(dob_for(R.randint(45, 80), d0))}\n"
        f"board requested: {O(hosp)} breast/gyn board, next available ({D(later(d0, 3, 8), 'md')})\n"
        f"question: neoadjuvant vs upfront surgery? brca testing sent to {O(pick(['Cradle Genomics', 'Genovia Labs']))} {D(later(d0, -6, -3), 'md')}.\n"
        f"imaging: mammo/us {D(later(d0, -20, -15), 'md')} at {O(pick(['Riverbend Imaging', 'Summit Radiology Partners']))}; mri pending.\n"
        f"path: idc grade 3, er-/pr-/her2 3+, ki-67 40%.\n"
        f"pt aware, prefers calls to {pt.his} {kin(fam, 'child', 'spouse')} {N(fam.first)} at {phone()}.\n"
        f"navigator assigned: {N(nav.full)}, rn\n"
    )


def patient_financial_c(i):
    pt, holder = people(2)
    d0 = base_date()
    hosp = pick(HOSP)
    return (
        f"{O(hosp)} - CREDIT CARD AUTHORIZATION (recurring payment plan)\n\n"
        f"Patient name: {N(pt.full)}          Account #: {m('ID', str(R.randint(4000000000, 4999999999)))}\n"
        f"Cardholder name: {N(holder.full)}     Relationship: {kin(holder, 'child', 'spouse', 'parent')}\n"
        f"Billing address: {addr_block(', ')}\n"
        f"Card number: {card()}     Type: VISA\n"
        f"Amount: $75.00 monthly beginning {D(later(d0, 3, 10))} until balance paid\n"
        f"Phone: {phone()}   Email: {email_of(holder, pick(['gmail.com', 'aol.com']))}\n\n"
        f"Signature: __{N(holder.full)}__   Date: {D(d0)}\n"
        f"Received by: {N(Person().inits)}  (scanned to acct, paper shredded per PCI policy)\n"
    )


def credentialing_c(i):
    doc, proctor, chair = people(3)
    d0 = base_date()
    hosp = pick(HOSP)
    return (
        f"{O(hosp)} - FOCUSED PROFESSIONAL PRACTICE EVALUATION (FPPE) ASSIGNMENT\n\n"
        f"Practitioner: {N(doc.full)}, MD (NPI {m('ID', str(R.randint(1000000000, 1999999999)))})\n"
        f"Reason: new privileges - robotic cholecystectomy; Whipple and liver resection excluded\n"
        f"Proctor: {N(proctor.full)}, MD, FACS   Period: {D(d0, 'short')} to {D(later(d0, 90, 90), 'short')}\n"
        f"Cases to review: first 6 (proctored), then 10 retrospective\n"
        f"Prior hospital: {O(pick(HOSP))}, {city_state()} ({Y(R.randint(2016, 2019))}-{Y(R.randint(2020, 2024))})\n"
        f"Approved by Credentials Committee {D(later(d0, -10, -5), 'long')}; Chair {N(chair.full)}, MD\n"
        f"Questions to Medical Staff Services, {phone()}\n"
    )


def bank_estate_c(i):
    dec, *heirs = people(4)
    off = Person()
    d0 = base_date()
    age = R.randint(90, 97)
    dod = later(d0, -50, -30)
    dob = dob_for(age, dod)
    lines = "\n".join(f"  - {N(h.full)}, {kin(h, 'child')}, {addr_block(', ')}, share 1/3" for h in heirs)
    return (
        f"{O(pick(BANK))} - SMALL ESTATE AFFIDAVIT INTAKE\n"
        f"Decedent: {N(dec.full)}   DOB {D(dob)}   DOD {D(dod)}   age {m('AGE', age)}\n"
        f"Last residence: {addr_block(', ', full_state=True)}\n"
        f"Total deposit balances: $31,480.22 (under state threshold); no probate opened.\n"
        f"Successors:\n{lines}\n"
        f"Affidavit notarized {D(later(dod, 31, 40))}; SSN of decedent {ssn()} verified against death master file.\n"
        f"Handled by {N(off.full)}, branch operations. Call-back {phone()}.\n"
    )


def kyc_review_c(i):
    co = pick(["Ravensmoor Trading LLC", "Cobalt Fern Imports LLC", "Tallow & Pine Holdings LLC"])
    owners = people(2)
    ctrl, banker = Person(), Person()
    bank = pick(BANK)
    d0 = base_date()
    blocks = []
    for p in owners + [ctrl]:
        blocks.append(f"  Name: {N(p.full)}   DOB: {D(dob_for(R.randint(30, 70), d0))}   SSN: {ssn()}\n"
                      f"  Address: {addr_block(', ')}\n"
                      f"  Ownership: {'control person (no equity)' if p is ctrl else str(R.choice([25, 40, 50])) + '%'}")
    return (
        f"CERTIFICATION REGARDING BENEFICIAL OWNERS OF LEGAL ENTITY CUSTOMERS\n"
        f"Legal entity: {O(co)}   Address: {addr_block(', ')}\n"
        f"Opening bank: {O(bank)}   Account {m('ID', str(R.randint(1000000000, 9999999999)))}\n\n"
        + "\n\n".join(blocks) + "\n\n"
        f"Certified by {N(ctrl.full)} on {D(d0)}; verified by banker {N(banker.full)} ({email_of(banker, firm_domain(bank))}).\n"
    )


def lease_c(i):
    ll, tn = people(2)
    d0 = base_date()
    city, st, state, z = place()
    prem = street()
    return (
        f"{N(ll.full)}\n{addr_block()}\n{phone()}\n\n{D(d0, 'long')}\n\n"
        f"{N(tn.full)}\n{m('ADDRESS', prem)}\n{L(city)}, {m('STATE', st)} {m('ZIP', z)}\n\n"
        f"RE: 30-DAY NOTICE OF NON-RENEWAL\n\nDear {tn.title} {N(tn.last)},\n\n"
        f"Your lease for the premises above expires {D(later(d0, 30, 40), 'long')} and will not be renewed. "
        f"Please return keys and leave a forwarding address by that date. Your security deposit of $1,400.00, less any "
        f"lawful deductions, will be mailed within 30 days. A walk-through is scheduled for {D(later(d0, 25, 29), 'long')}; "
        f"my property manager {N(Person().full)} of {O(pick(['Kingsgate Property Management LLC', 'Harbor Point Rentals']))} will attend.\n\n"
        f"I hope the move goes smoothly.\n\n{N(ll.full)}\nLandlord\ncc: {N(Person().full)}, Esq.\n"
    )


THIRD = {f.__name__[:-2]: f for f in [email_thread_c, contact_tracing_c, trial_sae_c, travel_medicine_c, fertility_c,
                                       templated_note_c, access_audit_c, deposition_c, tumor_board_c,
                                       patient_financial_c, credentialing_c, bank_estate_c, kyc_review_c, lease_c]}


STYLES = [email_thread, contact_tracing, trial_sae, travel_medicine, fertility, templated_note, access_audit,
          deposition, tumor_board, patient_financial, credentialing, bank_estate, kyc_review, lease]

# letter case of each note of a style: u(pper), l(ower), otherwise mixed
CASES = {"email_thread": "mlmml", "contact_tracing": "mmumm", "trial_sae": "mmmum", "travel_medicine": "mlmmu",
         "fertility": "mlmmm", "templated_note": "ummlm", "access_audit": "mmumm", "deposition": "ummum",
         "tumor_board": "mmlum", "patient_financial": "ummlm", "credentialing": "mumm" + "m",
         "bank_estate": "mmumm", "kyc_review": "mummm", "lease": "mmmmm"}


def main() -> None:
    for fn in STYLES:
        for i in range(5):
            text, spans = strip((THIRD[fn.__name__] if i == 2 else fn)(i))
            case = CASES[fn.__name__][i]
            if case == "u":
                text = text.upper()
            elif case == "l":
                text = text.lower()
            rec = {"id": f"h19-{fn.__name__}-{i + 1}", "style": fn.__name__, "text": text, "spans": spans}
            print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__":
    main()
