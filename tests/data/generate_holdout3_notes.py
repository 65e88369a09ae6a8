"""Generate the third hold-out de-identification gold set (tests/data/holdout3_notes_gold.jsonl).

Written without reading the redaction rules, their lexicons or deny-lists, their tests, or the
other generators and gold sets (only the second generator's docstring, for the gold conventions
and the marker technique, and one gold line for the JSONL schema), so that its first measurement
estimates recall on text the rules never saw after two tuning rounds. The styles, settings and
pools were chosen to be new: UK / Irish / Canadian / Australian hospital letters and GP referrals
(NHS and MRN numbers, postcodes and Eircodes, "Mr Bloggs" without a dot, dd/mm/yyyy dates), US
behavioural-health intake, obstetric labour-and-delivery notes, oncology treatment summaries with
cycle dates, dialysis run sheets, anaesthesia records, wound-care notes, school-nurse and
occupational-health notes, pharmacy prior-authorisation fax cover sheets, insurance appeal
letters, lab requisitions, pathology addenda, death summaries, clinical-trial screening notes,
nursing-home MDS notes, chaplain notes, interpreter-mediated visits, dense-abbreviation SOAP
notes, copy-pasted EHR tables (pipes and tabs), dictation artefacts ("comma", "period", "new
paragraph") and OCR'd scans (digit-for-letter swaps, "Dr.Smith", names broken across lines).
Every name, number and date is invented; phone numbers use fictional ranges (UK 01632 960xxx and
07700 900xxx, US / Canada 555-01xx, Australia 0491 570xxx and (02) 5550 xxxx).

Gold convention (as the other sets, HIPAA Safe Harbor): titles (Dr, Mr, Mrs, RN, MD, Fr), roles,
departments, wards, times of day, room and bed numbers, ages under 90, countries, nationalities,
languages, and medical eponyms used as terms (Foley, Whipple, Apgar, Glasgow, Hodgkin, Cushing's,
Bell's palsy, Down syndrome) are not PHI. The same words used as a person's name are. Names of
common words (Hope, Rose, Wells, Brown, Major) are gold only where a reader sees a person.
``STATE`` covers US states, Canadian provinces and Australian states; ``ZIP`` covers US ZIP
codes, UK postcodes, Irish Eircodes, Canadian postal codes and Australian postcodes; a weekday or
relative day word is not a DATE; a year standing alone is ``YEAR``; a date with its year in one
run ("Jan '88", "3rd March 2024", "March 3rd comma 1941" in dictation) is one ``DATE``.

Each note is written with inline markers ``⟦LABEL|text⟧``; offsets are computed when the markers
are stripped. Seeded and deterministic; stdlib only; JSONL on stdout.
"""

from __future__ import annotations

import json
import random
import re
import sys
from datetime import date, timedelta

SEED = 20261127
MARK = re.compile(r"⟦([A-Z]+)\|(.*?)⟧", re.S)

FIRST_F = ["Siobhán", "Aoife", "Niamh", "Gráinne", "Rhiannon", "Eilidh", "Morag", "Priya", "Deepika",
           "Harpreet", "Fatima", "Ayesha", "Ngozi", "Ama", "Thandiwe", "Mei", "Ji-yeon", "Huong",
           "Agnieszka", "Zofia", "Svetlana", "Ingrid", "Giulia", "Marie-Claire", "Aroha", "Keira",
           "Bronwyn", "Kylie", "Dolores", "Leila", "Shirin", "Ximena", "Rosalind", "Ffion", "Hope",
           "Rose", "Grace", "Faith", "Summer", "Precious", "Kalani", "Olumide"]
FIRST_M = ["Ciarán", "Pádraig", "Oisín", "Tadhg", "Dafydd", "Callum", "Hamish", "Anil", "Gurpreet",
           "Mohammed", "Tariq", "Chidi", "Adebayo", "Kwame", "Sipho", "Wei", "Hyun-woo", "Tomasz",
           "Dmitri", "Lars", "Matteo", "Jean-Luc", "Tane", "Jarrah", "Lachlan", "Shane", "Declan",
           "Wilbur", "Ezekiel", "Yusuf", "Dariush", "Joaquín", "Euan", "Bartholomew", "Sunny", "Hunter",
           "Major", "Bud"]
FIRST = FIRST_F + FIRST_M
NICK = {"Bartholomew": "Bart", "Dmitri": "Dima", "Svetlana": "Sveta", "Rosalind": "Roz",
        "Mohammed": "Mo", "Ezekiel": "Zeke", "Wilbur": "Will", "Dolores": "Lola", "Callum": "Cal",
        "Bronwyn": "Bron", "Declan": "Dec", "Olumide": "Lumi", "Lachlan": "Lachie"}
SUR = ["O'Sullivan", "Ní Bhriain", "Mac Giolla Phádraig", "Featherstonehaugh", "Cholmondeley",
       "Smythe-Radcliffe", "Ashworth-Baines", "Llewellyn", "ap Rhys", "MacLeod", "McAllister",
       "Okonkwo", "Adeyemi", "Mensah", "Dlamini", "Nakamura", "Kowalczyk", "Wiśniewska",
       "Papadopoulos", "van der Merwe", "van den Berg", "de la Cruz", "dos Santos", "da Silva",
       "di Stefano", "von Hessler", "Al-Rashid", "bin Hamzah", "Nguyen", "Tran", "Kaur",
       "Chaudhry", "Bhattacharya", "Krishnamurthy", "Wells", "Brown", "Major", "Rose", "Hope",
       "Bird", "Fox", "Stone", "Moon", "Marsh", "Bishop", "Sheppard", "Baker", "Young", "Little",
       "Strong", "Best", "Goodchild", "Tuilagi", "Ngata", "Wirihana", "Petit-Jean", "Ó Conaill",
       "Fitzgerald-Kerr", "Mbeki-Osei", "Haddad", "Yilmaz", "Gallagher", "Quigley", "Tremblay",
       "Bouchard", "Lapointe", "Ouellette"]
STAFF_SUR = ["Rahman", "Whitcombe", "Oyelaran", "Kerrigan", "Lindqvist", "Fairbairn", "Achterberg",
             "Moloney", "Sandhu", "Ferreira", "Pennington", "Ruiz-Tagle", "Drummond", "Okafor",
             "Halloran", "Vasquez", "Brennan", "Ibbotson", "Thistlethwaite", "Choudhury", "Wells",
             "Marsh", "Hope", "Gold", "Love", "Church", "Sterling", "Frost"]

UK_TOWNS = ["Swindon", "Kettering", "Wigan", "Truro", "Hexham", "Stroud", "Llandudno", "Dumfries",
            "Kirkcaldy", "Barnstaple", "Grantham", "Penrith", "Otley", "Ilkeston"]
IE_TOWNS = ["Dundalk", "Athlone", "Ballina", "Kilkenny", "Tralee", "Mullingar", "Clonmel",
            "Letterkenny", "Navan", "Ennis"]
CA_TOWNS = [("Moose Jaw", "Saskatchewan", "SK"), ("Red Deer", "Alberta", "AB"),
            ("Kamloops", "British Columbia", "BC"), ("Sudbury", "Ontario", "ON"),
            ("Moncton", "New Brunswick", "NB"), ("Trois-Rivières", "Quebec", "QC"),
            ("Brandon", "Manitoba", "MB")]
AU_TOWNS = [("Wagga Wagga", "New South Wales", "NSW", "2650"), ("Toowoomba", "Queensland", "QLD", "4350"),
            ("Dubbo", "New South Wales", "NSW", "2830"), ("Bendigo", "Victoria", "VIC", "3550"),
            ("Ballarat", "Victoria", "VIC", "3350"), ("Launceston", "Tasmania", "TAS", "7250"),
            ("Mildura", "Victoria", "VIC", "3500"), ("Geraldton", "Western Australia", "WA", "6530")]
US_TOWNS = [("Bozeman", "Montana", "MT"), ("Tulsa", "Oklahoma", "OK"), ("Duluth", "Minnesota", "MN"),
            ("Yakima", "Washington", "WA"), ("Muncie", "Indiana", "IN"), ("Macon", "Georgia", "GA"),
            ("Pueblo", "Colorado", "CO"), ("Scranton", "Pennsylvania", "PA"), ("Hilo", "Hawaii", "HI"),
            ("Lafayette", "Louisiana", "LA"), ("Burlington", "Vermont", "VT")]
STREETS = ["Quarry Lane", "Tanners Row", "Abbeyfield Road", "Mill Close", "Kestrel Way",
           "Old Forge Mews", "Wattle Street", "Jacaranda Crescent", "Rue Champlain", "Birchwood Drive",
           "Cottonwood Avenue", "Harbour View Terrace", "St Fiachra's Park", "Ashgrove Lawn",
           "Ironbark Parade", "Pemberton Gardens"]
UK_HOSP = ["Royal Kestrel Infirmary", "Harrowgate District General Hospital", "Severnside NHS Foundation Trust",
           "Wolds Community Hospital", "Pennine Vale University Hospital"]
IE_HOSP = ["St Brigid's University Hospital", "Midland Regional Hospital Ardcarne", "Coolmore Community Nursing Unit",
           "Mater Caritas Hospital"]
CA_HOSP = ["Lakehead Regional Health Centre", "Prairie Sky General Hospital", "Hôpital Sainte-Émilie",
           "Fraserview Community Hospital"]
AU_HOSP = ["Bluegum Private Hospital", "Murrumbidgee Base Hospital", "Southern Cross Women's and Children's",
           "Riverina Rural Health Service"]
US_HOSP = ["Cedar Bluff Medical Center", "Prairie Sky Behavioral Health", "Mercy Lakes Regional Hospital",
           "Saint Hedwig Hospital", "Tri-Rivers Cancer Institute", "Northgate Kidney Center"]
PRACTICES = ["Northvale Medical Practice", "Wattle Grove Family Clinic", "Ballyhale Health Centre",
             "Kestrel Lane Surgery", "Maple Ridge Family Health Team", "Orchard Street Surgery"]
EMPLOYERS = ["Hollins & Fairweather Ltd", "Tarrant Freight Pty Ltd", "Kiln Street Bakery",
             "Redmarsh Borough Council", "Brightwater Aggregates", "Coyle Brothers Haulage",
             "Northern Lights Mining Corp", "Pinnacle Poultry Processing", "Greyhound Logistics LLC",
             "Amberley Care Homes"]
SCHOOLS = ["St Columba's National School", "Whitfield Primary School", "Banksia Park High School",
           "Lakehead Collegiate Institute", "Cedar Hollow Middle School", "Gaelscoil an Chaisleáin"]
INSURERS = ["Keystone Mutual Health Plan", "Evergreen Benefit Administrators", "Summit Crest Insurance",
            "BlueHarbor Health"]
PHARMACIES = ["Carraig Pharmacy", "Medwise Pharmacy", "Corner Drug Store of Muncie", "Hilltop Apothecary"]
TRANSPLANT = ["Cedar Bluff Medical Center", "Mercy Lakes Regional Hospital", "Saint Hedwig Hospital"]
LABS = ["Dynacare-North Labs", "PathWest Regional", "Valley Reference Laboratory"]
HOMES = ["Willowbrook Manor Nursing Home", "Heritage Oaks Skilled Nursing", "Golden Meadows Care Center"]
CHURCHES = ["St Aidan of Lindisfarne Parish", "Knockbride Methodist Church", "Masjid al-Noor Swindon"]
DOMAINS = ["kestrelnhs.uk", "stbrigids.ie", "prairiesky.ca", "bluegum.com.au", "cedarbluffmed.org",
           "keystonemutual.com", "mailbox.example.net"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class G:
    """Random values from the pools, each returned already wrapped in its gold marker."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def pick(self, seq):  # type: ignore[no-untyped-def]
        return self.r.choice(seq)

    def digits(self, n: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    @staticmethod
    def m(label: str, text: str) -> str:
        return f"⟦{label}|{text}⟧"

    # people
    def first(self, sex: str = "") -> str:
        return self.pick({"F": FIRST_F, "M": FIRST_M}.get(sex, FIRST))

    def sur(self) -> str:
        return self.pick(SUR)

    def staff(self) -> str:
        return self.m("NAME", self.pick(STAFF_SUR))

    def staff_full(self) -> str:
        return self.m("NAME", f"{self.first()} {self.pick(STAFF_SUR)}")

    def staff_init(self) -> str:
        return self.m("NAME", f"{self.pick('ABCDEGHJKLMNPRSTW')}. {self.pick(STAFF_SUR)}")

    def full(self, sex: str = "") -> str:
        return self.m("NAME", f"{self.first(sex)} {self.sur()}")

    # dates
    def day(self, lo: int = 2024, hi: int = 2026) -> date:
        start = date(lo, 1, 1)
        return start + timedelta(days=self.r.randint(0, (date(hi, 12, 28) - start).days))

    def dob(self) -> date:
        return self.day(1926, 1999)

    def d_uk(self, d: date) -> str:
        return self.m("DATE", f"{d.day:02d}/{d.month:02d}/{d.year}")

    def d_us(self, d: date) -> str:
        return self.m("DATE", f"{d.month}/{d.day}/{d.year}")

    def d_long(self, d: date) -> str:
        forms = [f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}", f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
                 f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{d.day}-{MONTHS[d.month - 1][:3]}-{d.year}",
                 f"{d.isoformat()}", f"{d.day:02d}.{d.month:02d}.{d.year}"]
        return self.m("DATE", self.pick(forms))

    def d_short(self, d: date) -> str:
        forms = [f"{d.day}/{d.month}", f"the {ordinal(d.day)}", f"{MONTHS[d.month - 1][:3]} {ordinal(d.day)}",
                 f"{d.day} {MONTHS[d.month - 1]}", f"{d.month}/{d.day}"]
        return self.m("DATE", self.pick(forms))

    def age90(self) -> str:
        return self.m("AGE", str(self.r.randint(90, 104)))

    # contacts and numbers
    def ph_uk(self) -> str:
        return self.m("PHONE", self.pick([f"01632 960{self.digits(3)}", f"07700 900{self.digits(3)}",
                                          f"+44 7700 900{self.digits(3)}", f"(01632) 960 {self.digits(3)}"]))

    def ph_ie(self) -> str:
        return self.m("PHONE", self.pick([f"(01) 555 {self.digits(4)}", f"087 555 {self.digits(4)}",
                                          f"+353 87 555 {self.digits(4)}"]))

    def ph_na(self) -> str:
        a = self.r.randint(201, 989)
        return self.m("PHONE", self.pick([f"({a}) 555-01{self.digits(2)}", f"{a}-555-01{self.digits(2)}",
                                          f"{a}.555.01{self.digits(2)}", f"1-{a}-555-01{self.digits(2)}"]))

    def ph_au(self) -> str:
        return self.m("PHONE", self.pick([f"0491 570 {self.digits(3)}", f"(02) 5550 {self.digits(4)}",
                                          f"+61 491 570 {self.digits(3)}"]))

    def email(self, name: str = "") -> str:
        local = (name or self.pick(STAFF_SUR)).lower().replace(" ", ".").replace("'", "")
        local = re.sub(r"[^a-z.]", "", local) or "clinic"
        return self.m("EMAIL", f"{local}{self.r.randint(1, 99)}@{self.pick(DOMAINS)}")

    def nhs(self) -> str:
        return self.m("ID", f"{self.digits(3)} {self.digits(3)} {self.digits(4)}")

    def mrn(self) -> str:
        return self.m("ID", self.pick([f"{self.digits(8)}", f"RKI{self.digits(7)}", f"M{self.digits(6)}",
                                       f"{self.digits(2)}-{self.digits(5)}", f"H{self.digits(7)}X"]))

    def pc_uk(self) -> str:
        a = self.pick(["SN", "NN", "WN", "TR", "NE", "GL", "LL", "DG", "KY", "EX"])
        return self.m("ZIP", f"{a}{self.r.randint(1, 29)} {self.r.randint(1, 9)}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}"
                             f"{self.pick('ABDEFGHJLNPQRSTUWXYZ')}")

    def eircode(self) -> str:
        return self.m("ZIP", f"{self.pick(['A91', 'N37', 'F26', 'R95', 'V92', 'C15', 'N91'])} "
                             f"{self.pick('ACDEFHKNPRTVWXY')}{self.digits(1)}{self.pick('ACDEFHKNPRTVWXY')}{self.digits(1)}")

    def pc_ca(self) -> str:
        L = "ABCEGHJKLMNPRSTVXY"
        first = f"{self.pick(L)}{self.digits(1)}{self.pick(L)}"
        return self.m("ZIP", f"{first} {self.digits(1)}{self.pick(L)}{self.digits(1)}")

    def iban(self) -> str:
        bank = f"IE{self.digits(2)} {self.pick(['AIBK', 'BOFI', 'IPBS'])}"
        return self.m("IBAN", f"{bank} {self.digits(4)} {self.digits(4)} {self.digits(4)} {self.digits(2)}")

    def mbi(self) -> str:
        head = f"{self.digits(1)}{self.pick('ACEG')}{self.pick('ACEG')}{self.digits(1)}"
        return self.m("ID", f"{head}-{self.pick('ACEG')}{self.digits(2)}-{self.pick('ACEG')}{self.digits(3)}")

    def street(self) -> str:
        return self.m("ADDRESS", f"{self.r.randint(2, 240)} {self.pick(STREETS)}")

    def ip(self) -> str:
        return self.m("IP", f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}")


# ---------------------------------------------------------------------------------------------
# Styles. Each takes a G and returns one note with markers.


def uk_gp_referral(g: G) -> str:
    pt_f, pt_s = g.first('M'), g.sur()
    town = g.pick(UK_TOWNS)
    dob, seen = g.dob(), g.day()
    gp = g.pick(STAFF_SUR)
    return (
        f"{g.m('ORGANIZATION', g.pick(PRACTICES))}\n{g.street()}, {g.m('LOCATION', town)} {g.pc_uk()}\n"
        f"Tel: {g.ph_uk()}   Fax: {g.ph_uk()}\n\n"
        f"Dated: {g.d_uk(seen)}\n\n"
        f"Dear Dr {g.staff()},\n\n"
        f"Re: Mr {g.m('NAME', pt_f + ' ' + pt_s)}, DOB {g.d_uk(dob)}, NHS No. {g.nhs()}\n"
        f"{g.street()}, {g.m('LOCATION', g.pick(UK_TOWNS))} {g.pc_uk()}\n\n"
        f"Thank you for seeing Mr {g.m('NAME', pt_s)}, a retired lorry driver who until "
        f"{g.m('YEAR', str(g.r.randint(2012, 2022)))} "
        f"worked for {g.m('ORGANIZATION', g.pick(EMPLOYERS))}. He reports six weeks of painless jaundice and "
        f"weight loss of 6 kg. I note a Courvoisier sign on examination. Bloods on the {g.d_short(seen)} showed "
        f"bilirubin 148. I wonder whether he might need a Whipple in due course.\n\n"
        f"His wife {g.m('NAME', g.first('F'))} is his main carer and can be reached on {g.ph_uk()}. "
        f"He was previously under Mr {g.staff()} at {g.m('ORGANIZATION', g.pick(UK_HOSP))} in "
        f"{g.m('DATE', 'Jan ' + chr(39) + str(g.r.randint(10, 19)))}.\n\n"
        f"Yours sincerely\n\nDr {g.m('NAME', g.first() + ' ' + gp)}\nGMC {g.m('ID', g.digits(7))}\n"
    )


def irish_discharge_letter(g: G) -> str:
    pt = g.first('F'), g.sur()
    adm = g.day()
    dis = adm + timedelta(days=g.r.randint(3, 40))
    cons = g.staff_full()
    return (
        f"{g.m('ORGANIZATION', g.pick(IE_HOSP))}\nDepartment of Medicine for the Older Person\n\n"
        f"DISCHARGE SUMMARY\n"
        f"Patient: {g.m('NAME', pt[1].upper() + ', ' + pt[0])}    MRN: {g.mrn()}\n"
        f"Address: {g.street()}, {g.m('LOCATION', g.pick(IE_TOWNS))}, Co. "
        f"{g.m('LOCATION', g.pick(['Louth', 'Westmeath', 'Mayo', 'Kerry', 'Clare']))}, {g.eircode()}\n"
        f"Admitted: {g.d_uk(adm)}   Discharged: {g.d_uk(dis)}\n"
        f"Consultant: {cons}\nGP: Dr {g.staff()}, {g.m('ORGANIZATION', g.pick(PRACTICES))}\n\n"
        f"Mrs {g.m('NAME', pt[1])} is a {g.age90()} year old widow admitted with a fall at home and "
        f"new confusion. CT brain showed no acute change. Background of Parkinson's disease and Bell's palsy "
        f"({g.m('YEAR', str(g.r.randint(1998, 2015)))}). Her daughter {g.full('F')} ({g.ph_ie()}) visits daily.\n"
        f"Seen by the Falls Team on {g.d_short(adm + timedelta(days=2))}. Home Help hours increased via "
        f"{g.m('ORGANIZATION', 'HSE Community Healthcare Midlands')}.\n"
        f"Follow-up: Day Hospital, {g.d_long(dis + timedelta(days=28))}. Overpaid Fair Deal contributions to be "
        f"refunded "
        f"to her account, IBAN "
        f"{g.iban()}.\n\n"
        f"Signed: Dr {g.staff()}, SHO to {cons}\ncc: Public Health Nurse {g.staff_full()}\n"
    )


def canadian_consult(g: G) -> str:
    town, prov, ab = g.pick(CA_TOWNS)
    home = g.pick(CA_TOWNS)
    pt = g.full('M')
    seen = g.day()
    return (
        f"{g.m('ORGANIZATION', g.pick(CA_HOSP))} - Rheumatology Consultation\n"
        f"{g.street()}, {g.m('LOCATION', town)}, {g.m('STATE', ab)} {g.pc_ca()}\n\n"
        f"Date of consult: {g.d_long(seen)}\n"
        f"Patient: {pt}  Health card #: "
        f"{g.m('ID', g.digits(4) + '-' + g.digits(3) + '-' + g.digits(3) + '-' + g.pick(['AB', 'KX', 'TT']))}\n"
        f"Referring: Dr. {g.staff()}, {g.m('ORGANIZATION', g.pick(PRACTICES))}\n\n"
        f"Thank you for referring this 58 year old machinist from {g.m('LOCATION', home[0])}, "
        f"{g.m('STATE', home[1])}. He works nights at {g.m('ORGANIZATION', g.pick(EMPLOYERS))}. Joint pain since "
        f"{g.m('YEAR', str(g.r.randint(2016, 2023)))}; Cushing's ruled out last fall. "
        f"Mother died at {g.age90()} with RA. He was seen at {g.m('ORGANIZATION', g.pick(CA_HOSP))} on "
        f"{g.d_us(g.day())}.\n"
        f"Plan: methotrexate, repeat bloods {g.d_short(seen + timedelta(days=42))}. "
        f"Booking: {g.ph_na()} ext. 4410 or {g.email()}\n\n"
        f"{g.staff_full()}, MD FRCPC\n"
    )


def australian_ed_discharge(g: G) -> str:
    town, state, ab, pc = g.pick(AU_TOWNS)
    d = g.day()
    pt = (g.first('M'), g.sur())
    return (
        f"{g.m('ORGANIZATION', g.pick(AU_HOSP))} Emergency Department - Discharge Referral\n"
        f"Name: {g.m('NAME', pt[0] + ' ' + pt[1])}   URN: {g.mrn()}   Medicare: "
        f"{g.m('ID', g.digits(4) + ' ' + g.digits(5) + ' ' + g.digits(1))}\n"
        f"Address: Unit 4/{g.m('ADDRESS', str(g.r.randint(2, 90)) + ' ' + g.pick(STREETS))}, {g.m('LOCATION', town)} "
        f"{g.m('STATE', ab)} {g.m('ZIP', pc)}\n"
        f"Presented: {g.d_uk(d)} 0214h  Triage cat 3\n\n"
        f"{g.m('NAME', pt[0])} is a shearer who fell from a quad bike on a property near "
        f"{g.m('LOCATION', g.pick(AU_TOWNS)[0])}. GCS 15 at scene per ambos. Glasgow score unchanged. "
        f"XR wrist: undisplaced scaphoid #. Backslab applied.\n"
        f"Mate {g.m('NAME', g.pick(['Davo', 'Robbo', 'Macca', 'Shazza', 'Trev']))} drove him in. Employer: "
        f"{g.m('ORGANIZATION', g.pick(EMPLOYERS))} - WorkCover claim lodged.\n"
        f"F/U: Fracture Clinic {g.d_short(d + timedelta(days=10))} at 0930. Ph {g.ph_au()}.\n"
        f"GP: Dr {g.staff()}, {g.m('ORGANIZATION', g.pick(PRACTICES))}, {g.m('LOCATION', town)} "
        f"{g.m('STATE', state)}\n"
        f"Discharging doctor: {g.staff_full()} (PGY2)  pager 4471\n"
    )


def us_behavioral_intake(g: G) -> str:
    town, state, ab = g.pick(US_TOWNS)
    pt_f, pt_s = g.first(), g.sur()
    d = g.day()
    home = g.pick(US_TOWNS)
    return (
        f"{g.m('ORGANIZATION', 'Prairie Sky Behavioral Health')} - Adult Intake Assessment\n"
        f"Client: {g.m('NAME', pt_s + ', ' + pt_f)}   DOB: {g.d_us(g.dob())}   Acct#: {g.m('ID', g.digits(9))}\n"
        f"SSN: {g.m('SSN', g.digits(3) + '-' + g.digits(2) + '-' + g.digits(4))}  Date of intake: {g.d_us(d)}\n"
        f"Address: {g.street()}, Apt 3B, {g.m('LOCATION', town)}, {g.m('STATE', ab)} {g.m('ZIP', g.digits(5))}\n\n"
        f"Presenting problem: Client states \"I haven't slept since ⟦DATE|the 4th of July⟧.\" Referred by "
        f"{g.m('ORGANIZATION', g.pick(US_HOSP))} ED after a welfare check called in by neighbour "
        f"Mr. {g.m('NAME', g.sur())}.\n"
        f"Hx: Inpatient at {g.m('ORGANIZATION', 'Saint Hedwig Hospital')} "
        f"{g.m('DATE', MONTHS[g.r.randint(0, 11)][:3] + ' ' + chr(39) + str(g.r.randint(10, 22)))} "
        f"and {g.m('YEAR', str(g.r.randint(2005, 2012)))}. Grew up in {g.m('LOCATION', home[0])}, "
        f"{g.m('STATE', home[1])}.\n"
        f"Support: sister {g.m('NAME', g.pick(['Hope', 'Faith', 'Joy', 'Rose']))} ({g.ph_na()}); sponsor "
        f"\"{g.m('NAME', 'Big ' + g.pick(['Mike', 'Lou', 'Dee']))}\" at AA.\n"
        f"Employment: laid off from {g.m('ORGANIZATION', g.pick(EMPLOYERS))} on {g.d_short(d - timedelta(days=60))}.\n"
        + (f"Prefers to be called {g.m('NAME', NICK[pt_f])}.\n" if pt_f in NICK else "")
        + f"Dx: major depressive disorder, recurrent, severe. Client hopes to return to work by spring.\n"
        f"Risk: denies SI/HI today. C-SSRS low.\n"
        f"Clinician: {g.staff_full()}, LCSW   Supervisor: {g.staff_full()}, PsyD\n"
    )


def obstetric_ld(g: G) -> str:
    d = g.day()
    mum = g.first('F'), g.sur()
    return (
        f"L&D Progress Note  {g.d_us(d)} 03:40\n"
        f"{g.m('NAME', mum[0] + ' ' + mum[1])} G3P2 @ 39+4, EDD {g.d_us(d + timedelta(days=3))}, MRN {g.mrn()}\n"
        f"SVE 6/80/-1 by Dr {g.staff()} at 0320. AROM clear. Cat I FHT, baseline 135.\n"
        f"Epidural placed by {g.staff_full()}, CRNA. Pitocin 6 mu/min.\n"
        f"Partner {g.m('NAME', g.first())} at bedside; doula {g.full()} ({g.ph_na()}).\n"
        f"Prior deliveries: SVD {g.m('YEAR', str(g.r.randint(2015, 2019)))} at {g.m('ORGANIZATION', g.pick(US_HOSP))}, "
        f"SVD {g.m('DATE', MONTHS[g.r.randint(0, 11)][:3] + ' ' + chr(39) + str(g.r.randint(20, 23)))}.\n"
        f"Delivery 06:12 viable female, Apgars 8 and 9. Baby {g.m('NAME', mum[1])} girl, wt 3420 g.\n"
        f"Peds: Dr {g.staff()}. Cord blood banked with {g.m('ORGANIZATION', 'Cryoline Biobank Inc.')} kit "
        f"#{g.m('ID', 'CB' + g.digits(6))}.\n"
        f"Down syndrome screen low risk. GBS neg.\n"
        f"-- {g.staff_full()}, CNM\n"
    )


def oncology_summary(g: G) -> str:
    c1 = g.day(2024, 2025)
    pt = g.full()
    cycles = "\n".join(
        f"  C{i + 1}D1 {g.d_uk(c1 + timedelta(days=21 * i))}  ABVD  {'dose reduced 20%' if i == 2 else 'full dose'}"
        for i in range(g.r.randint(4, 6)))
    return (
        f"{g.m('ORGANIZATION', g.pick(UK_HOSP + ['Tri-Rivers Cancer Institute']))} - Haematology Treatment Summary\n"
        f"Patient: {pt}  Hosp No: {g.mrn()}  NHS: {g.nhs()}\n"
        f"Diagnosis: classical Hodgkin lymphoma, stage IIA, diagnosed {g.d_long(c1 - timedelta(days=30))}\n"
        f"Consultant: Dr {g.staff_full()}   CNS: {g.staff_full()} ({g.ph_uk()})\n\n"
        f"Cycles:\n{cycles}\n\n"
        f"Interim PET {g.d_uk(c1 + timedelta(days=50))}: Deauville 2. Fertility preserved at "
        f"{g.m('ORGANIZATION', 'Aldergrove Fertility Clinic')} in {g.m('YEAR', str(c1.year))}.\n"
        f"Partner {g.m('NAME', g.first())}, works at {g.m('ORGANIZATION', g.pick(EMPLOYERS))}.\n"
        f"Next review: {g.d_short(c1 + timedelta(days=200))} with Dr {g.staff()}.\n"
    )


def dialysis_run_sheet(g: G) -> str:
    d = g.day()
    rows = []
    for i in range(3):
        rows.append(f"{g.d_uk(d + timedelta(days=2 * i))}\t| 4.0h | UF 2.{g.r.randint(0, 9)}L | Qb 350 | "
                    f"{g.m('NAME', g.pick(STAFF_SUR))} RN | "
                    f"machine {g.m('ID', 'FX' + g.digits(5))}")
    return (
        f"{g.m('ORGANIZATION', 'Northgate Kidney Center')} HD RUN SHEET\n"
        f"Pt: {g.full()}   Chair 7   MRN {g.mrn()}   DOB {g.d_us(g.dob())}\n"
        f"Access: L AVF (created "
        f"{g.m('DATE', MONTHS[g.r.randint(0, 11)] + ' ' + str(g.r.randint(2016, 2022)))}, Dr {g.staff()})\n"
        f"Date\t| Dur | UF | Qb | Nurse | Machine\n" + "\n".join(rows) + "\n"
        f"Neph: Dr {g.staff()}   SW: {g.staff_full()}   Transport: {g.m('ORGANIZATION', 'Care-A-Van Transit')} "
        f"{g.ph_na()}\n"
        f"Transplant w/u at "
        f"{g.m('ORGANIZATION', g.pick(TRANSPLANT))}, listed {g.d_us(g.day(2023, 2024))}.\n"
    )


def anaesthesia_record(g: G) -> str:
    d = g.day()
    return (
        f"ANAESTHETIC RECORD  {g.m('ORGANIZATION', g.pick(UK_HOSP + AU_HOSP))}  Theatre 4\n"
        f"Date {g.d_uk(d)}   Pt {g.m('NAME', g.sur().upper() + ' ' + g.first())}   Hosp No {g.mrn()}   Age "
        f"{g.age90()}\n"
        f"Anaesthetist: Dr {g.staff_full()} (cons)   ODP: {g.staff_full()}\n"
        f"Surgeon: Mr {g.staff()}   Procedure: hemiarthroplasty R NOF\n"
        f"ASA 3. Mallampati 2. Previous GA {g.m('YEAR', str(g.r.randint(1985, 2010)))} uneventful; "
        f"PONV after TKR at {g.m('ORGANIZATION', g.pick(UK_HOSP))} "
        f"{g.m('DATE', str(g.r.randint(1, 12)) + '/' + str(g.r.randint(2015, 2021)))}.\n"
        f"Spinal: 0.5% heavy bupivacaine 2.4 ml L3/4, 25G Whitacre. Foley placed.\n"
        f"Next of kin: son {g.full('M')}, {g.ph_uk()}\n"
        f"Pump serial {g.m('ID', 'SN' + g.digits(8))}. Signed {g.staff_init()} 14:05\n"
    )


def wound_care(g: G) -> str:
    d = g.day()
    pt = g.first('M'), g.sur()
    return (
        f"Wound Care Clinic - {g.m('ORGANIZATION', g.pick(US_HOSP + CA_HOSP))}\n"
        f"{g.d_us(d)}  {g.m('NAME', pt[0] + ' ' + pt[1])}  MRN {g.mrn()}\n"
        f"{g.age90()}yo M with stage 3 sacral PI, first documented {g.d_short(d - timedelta(days=40))} at "
        f"{g.m('ORGANIZATION', 'Willowbrook Manor Nursing Home')}. Braden 12.\n"
        f"Measures 4.1 x 3.0 x 0.8 cm, undermining 2-4 o'clock. Wound bed rose-pink granulation, brown eschar "
        f"at 12 o'clock. Mepilex border applied by {g.staff_full()}, RN CWON.\n"
        f"Photo uploaded to ImageVault from device {g.m('ID', 'IPAD-WC-' + g.digits(4))} ({g.ip()}).\n"
        f"Wife {g.m('NAME', 'Rose')} asks that updates go to grandson {g.m('NAME', g.first('M'))} at "
        f"{g.email(pt[1])}.\n"
        f"Return {g.d_short(d + timedelta(days=7))}. Dr {g.staff()} to review.\n"
    )


def school_nurse(g: G) -> str:
    d = g.day()
    kid = g.first(), g.sur()
    return (
        f"{g.m('ORGANIZATION', g.pick(SCHOOLS))} - School Nurse Visit Log\n"
        f"Student: {g.m('NAME', kid[0] + ' ' + kid[1])}  Gr 5  Student ID {g.m('ID', 'S' + g.digits(7))}  DOB "
        f"{g.d_us(g.day(2015, 2016))}\n"
        f"{g.d_us(d)} 10:15 - sent from Ms {g.staff()}'s class with wheeze after PE. Peak flow 210. "
        f"Albuterol 2 puffs from school supply per care plan signed by Dr {g.staff()} on "
        f"{g.d_short(d - timedelta(days=90))}.\n"
        f"Mom ({g.full('F')}) called at {g.ph_na()}, picked up 11:05. Bus 14 driver "
        f"{g.m('NAME', g.pick(['Major', 'Brown', 'Wells']))} informed.\n"
        f"Note: {g.m('NAME', kid[0])} transferred from {g.m('ORGANIZATION', g.pick(SCHOOLS))} in "
        f"{g.m('LOCATION', g.pick(US_TOWNS)[0])} last year.\n"
        f"Counselor Mr {g.staff()} aware. - {g.staff_full()}, BSN\n"
    )


def occupational_health(g: G) -> str:
    d = g.day()
    emp = g.pick(EMPLOYERS)
    return (
        f"Occupational Health Assessment - confidential\n"
        f"Employee: {g.full('M')}   Payroll no. {g.m('ID', g.digits(6))}   Employer: {g.m('ORGANIZATION', emp)}\n"
        f"Site: {g.m('LOCATION', g.pick(UK_TOWNS))} depot   Date: {g.d_uk(d)}\n"
        f"Manager referral from {g.full()} ({g.email()}).\n"
        f"He has been absent since {g.d_short(d - timedelta(days=30))} with low back pain after lifting at the "
        f"{g.m('ADDRESS', str(g.r.randint(1, 90)) + ' ' + g.pick(STREETS))} site. Previously worked for "
        f"{g.m('ORGANIZATION', g.pick(EMPLOYERS))} "
        f"{g.m('YEAR', str(g.r.randint(2008, 2015)))}-{g.m('YEAR', str(g.r.randint(2016, 2020)))}.\n"
        f"Fit for amended duties from {g.d_long(d + timedelta(days=14))}: no lifting >10 kg. Review in 4/52.\n"
        f"{g.staff_full()} OHA, {g.m('ORGANIZATION', 'Meridian Occupational Health Ltd')}, {g.ph_uk()}\n"
    )


def pharmacy_pa_fax(g: G) -> str:
    d = g.day()
    town, state, ab = g.pick(US_TOWNS)
    pt = g.first(), g.sur()
    return (
        f"*** FAX COVER SHEET ***\n"
        f"TO: {g.m('ORGANIZATION', g.pick(INSURERS))} Pharmacy Prior Authorization Dept\n"
        f"FAX: {g.ph_na()}     PHONE: {g.ph_na()}\n"
        f"FROM: {g.m('ORGANIZATION', g.pick(PHARMACIES))}, {g.street()}, {g.m('LOCATION', town)}, "
        f"{g.m('STATE', ab)} {g.m('ZIP', g.digits(5) + '-' + g.digits(4))}\n"
        f"DATE: {g.d_us(d)}   PAGES: 3 (incl. cover)\n"
        f"RE: {g.m('NAME', pt[0] + ' ' + pt[1])}  DOB {g.d_us(g.dob())}  Member ID "
        f"{g.m('ID', g.pick(['KMH', 'EBA', 'BHH']) + g.digits(9))}\n"
        f"Rx: adalimumab 40 mg q2wk. Prescriber Dr. {g.staff_full()}, NPI {g.m('ID', g.digits(10))}, DEA "
        f"{g.m('ID', 'B' + g.pick('ABCFGH') + g.digits(7))}\n"
        f"Previous trials: methotrexate {g.m('YEAR', str(g.r.randint(2018, 2022)))}, sulfasalazine.\n"
        f"Contact pharmacist {g.staff_full()} at {g.email()}\n"
        f"CONFIDENTIALITY: If received in error call {g.ph_na()}.\n"
    )


def insurance_appeal(g: G) -> str:
    d = g.day()
    pt = g.first('F'), g.sur()
    ins = g.pick(INSURERS)
    box = g.pick(US_TOWNS)
    return (
        f"{g.d_long(d)}\n\n{g.m('ORGANIZATION', ins)}\nAttn: Appeals Unit\n"
        f"{g.m('ADDRESS', 'PO Box ' + str(g.r.randint(1000, 99999)))}\n"
        f"{g.m('LOCATION', box[0])}, {g.m('STATE', box[2])} {g.m('ZIP', g.digits(5))}\n\n"
        f"RE: Level 2 appeal, claim #{g.m('ID', g.digits(4) + '-' + g.digits(6))}, member "
        f"{g.m('NAME', pt[0] + ' ' + pt[1])}, "
        f"policy {g.m('ID', 'POL' + g.digits(8))}\n\n"
        f"To whom it may concern,\n\nI write on behalf of my patient, Ms. {g.m('NAME', pt[1])}, whose inpatient "
        f"stay at "
        f"{g.m('ORGANIZATION', g.pick(US_HOSP))} from {g.d_us(d - timedelta(days=70))} to "
        f"{g.d_us(d - timedelta(days=62))} was denied. "
        f"She is {g.age90()} and lives alone in {g.m('LOCATION', g.pick(US_TOWNS)[0])}. The denial letter dated "
        f"{g.d_short(d - timedelta(days=20))} cites lack of medical necessity.\n"
        f"Her out-of-pocket payment was charged to card "
        f"{g.m('CARD', '4' + g.digits(3) + ' ' + g.digits(4) + ' ' + g.digits(4) + ' ' + g.digits(4))}; "
        f"please refund if overturned.\n\n"
        f"Sincerely,\n{g.staff_full()}, MD\n{g.m('ORGANIZATION', g.pick(PRACTICES))}  {g.ph_na()}  "
        f"{g.m('URL', 'www.' + g.pick(DOMAINS) + '/appeals')}\n"
    )


def lab_requisition(g: G) -> str:
    d = g.day()
    pt = g.sur().upper(), g.first('F').upper()
    home = g.pick(CA_TOWNS)
    return (
        f"LABORATORY REQUISITION\t{g.m('ORGANIZATION', g.pick(LABS))}\n"
        f"Surname:\t{g.m('NAME', pt[0])}\tGiven:\t{g.m('NAME', pt[1])}\n"
        f"DOB:\t{g.d_uk(g.dob())}\tSex: F\tHealth No:\t{g.m('ID', g.digits(10))}\n"
        f"Address:\t{g.street()}\t{g.m('LOCATION', home[0])}\t"
        f"{g.m('STATE', home[2])}\t{g.pc_ca()}\n"
        f"Ordering clinician:\t{g.staff_full()}\tBilling #{g.m('ID', g.digits(6))}\n"
        f"Copy to:\tDr {g.staff()}, {g.m('ORGANIZATION', g.pick(PRACTICES))}\n"
        f"Collected:\t{g.d_uk(d)} "
        f"08:10\tAccession:\t{g.m('ID', g.pick(['A', 'C', 'H']) + g.digits(2) + '-' + g.digits(6))}\n"
        f"Tests: [x] CBC [x] ferritin [x] TSH [ ] Glasgow-Blatchford N/A\n"
        f"Clinical info: Hx Hashimoto's; pt's mother (Mrs {g.m('NAME', g.first('F') + ' ' + g.sur())}) had Addison's.\n"
    )


def pathology_addendum(g: G) -> str:
    d = g.day()
    return (
        f"SURGICAL PATHOLOGY - ADDENDUM REPORT\n"
        f"Case {g.m('ID', 'SP' + str(d.year)[2:] + '-' + g.digits(5))}   Patient: {g.full()}   MRN: {g.mrn()}\n"
        f"Received {g.d_us(d)}; addendum issued {g.d_long(d + timedelta(days=6))}\n"
        f"Submitting: Dr {g.staff_init()}, {g.m('ORGANIZATION', g.pick(US_HOSP))}\n\n"
        f"ADDENDUM: HER2 by FISH (sent out to {g.m('ORGANIZATION', 'Genomira Diagnostics')}, ref "
        f"{g.m('ID', 'GD-' + g.digits(7))}): "
        f"not amplified, ratio 1.4. Block A3 used. Discussed with Dr. {g.staff()} by phone on "
        f"{g.d_short(d + timedelta(days=6))}.\n"
        f"Compare prior {g.m('ID', 'SP' + str(d.year - 3)[2:] + '-' + g.digits(5))} "
        f"({g.m('YEAR', str(d.year - 3))}), reviewed by Dr {g.staff_init()}.\n\n"
        f"Electronically signed: {g.staff_full()}, MD, Pathologist  {g.d_us(d + timedelta(days=6))} 16:22\n"
    )


def death_summary(g: G) -> str:
    d = g.day()
    pt = g.first(), g.sur()
    return (
        f"DEATH SUMMARY - {g.m('ORGANIZATION', g.pick(IE_HOSP + UK_HOSP))}\n"
        f"Deceased: {g.m('NAME', pt[0] + ' ' + pt[1])}   DOB {g.d_uk(g.day(1920, 1934))}   Age {g.age90()}   "
        f"MRN {g.mrn()}\n"
        f"Date/time of death: {g.d_uk(d)} 04:50   Verified by {g.staff_full()} RGN\n"
        f"Cause: 1a aspiration pneumonia 1b advanced dementia (Alzheimer's type)\n"
        f"Family present: daughters {g.m('NAME', g.first('F'))} and {g.m('NAME', g.first('F'))}; "
        f"son-in-law {g.full('M')}. Fr {g.full('M')} attended for the last rites.\n"
        f"Coroner not informed (expected death). Undertaker: "
        f"{g.m('ORGANIZATION', g.sur() + ' & Sons Funeral Directors')}, "
        f"{g.m('LOCATION', g.pick(IE_TOWNS + UK_TOWNS))}, {g.ph_ie()}.\n"
        f"GP Dr {g.staff()} informed by phone {g.d_short(d)}. Cremation form part 1 by Dr {g.staff()}.\n"
    )


def trial_screening(g: G) -> str:
    d = g.day()
    return (
        f"Clinical Trial Screening Visit - Protocol KST-0412 (Phase III)\n"
        f"Site {g.m('ID', 'CA-' + g.digits(3))}: {g.m('ORGANIZATION', g.pick(CA_HOSP))}  PI: Dr {g.staff_full()}\n"
        f"Subject ID: {g.m('ID', g.digits(3) + '-' + g.digits(4))}   Initials: "
        f"{g.m('NAME', g.pick('ABCDFGHJKLMNPRST') + '-' + g.pick('ABCDEFGHJKLMNOPRSTW'))}   "
        f"Screening date: {g.d_long(d)}\n"
        f"Consent v4.1 signed {g.d_us(d)} in presence of CRC {g.staff_full()}; witness {g.full()}.\n"
        f"Inclusion met. Excl #7 (prior Hodgkin disease) not applicable. ECOG 1.\n"
        f"Randomisation via IWRS {g.m('URL', 'https://iwrs.' + g.pick(DOMAINS) + '/kst0412')} - kit "
        f"{g.m('ID', 'K' + g.digits(6))}.\n"
        f"Next: C1D1 {g.d_short(d + timedelta(days=14))}. Sponsor monitor {g.staff_full()} ({g.email()}).\n"
    )


def nursing_home_mds(g: G) -> str:
    d = g.day()
    town, state, ab = g.pick(US_TOWNS)
    return (
        f"MDS 3.0 Quarterly - "
        f"{g.m('ORGANIZATION', g.pick(HOMES))}\n"
        f"A0500 Resident name: {g.full()}   A0900 DOB: {g.d_us(g.day(1921, 1934))}   A0600 Medicare #: "
        f"{g.mbi()}\n"
        f"A1600 Entry date: {g.d_us(d - timedelta(days=300))}   ARD {g.d_us(d)}\n"
        f"Resident is {g.age90()}, former schoolteacher at {g.m('ORGANIZATION', g.pick(SCHOOLS))} in "
        f"{g.m('LOCATION', town)}, {g.m('STATE', state)}. "
        f"BIMS 9. PHQ-9 score 6. Falls x1 since last assessment ({g.d_short(d - timedelta(days=33))}).\n"
        f"Responsible party: niece {g.full('F')}, {g.ph_na()}. POA on file (drawn up by "
        f"{g.m('ORGANIZATION', 'Kessler & Ruiz LLP')}).\n"
        f"MDS coordinator: {g.staff_full()}, RN   Attending: Dr {g.staff()}\n"
    )


def chaplain_note(g: G) -> str:
    d = g.day()
    pt_f = g.first('F')
    return (
        f"Spiritual Care Note  {g.d_uk(d)}\n"
        f"Visited {g.m('NAME', pt_f)} ({g.age90()}) on ward 7B at request of staff nurse {g.m('NAME', g.first())}. "
        f"{g.m('NAME', pt_f)} is a lifelong member of "
        f"{g.m('ORGANIZATION', g.pick(CHURCHES))} and "
        f"spoke about her late husband {g.m('NAME', g.first('M'))}, who died in "
        f"{g.m('YEAR', str(g.r.randint(1990, 2015)))}, and her "
        f"years nursing at {g.m('ORGANIZATION', g.pick(UK_HOSP))}. Her grandson {g.full('M')} is flying in from "
        f"{g.m('LOCATION', g.pick(['Perth', 'Calgary', 'Auckland', 'Boston']))} on "
        f"{g.d_short(d + timedelta(days=2))}.\n"
        f"Prayed together; anointing requested, referred to Rev {g.staff_full()} ({g.ph_uk()}).\n"
        f"{g.staff_full()}, Chaplain\n"
    )


def interpreter_visit(g: G) -> str:
    d = g.day()
    lang = g.pick(["Tigrinya", "Dari", "Polish", "Vietnamese", "Portuguese", "Somali", "Cantonese"])
    pt = g.first('F'), g.sur()
    return (
        f"Clinic visit {g.d_us(d)} - interpreter-mediated ({lang})\n"
        f"Pt: {g.m('NAME', pt[0] + ' ' + pt[1])}   MRN {g.mrn()}\n"
        f"Interpreter: {g.full()}, ID #{g.m('ID', g.digits(5))}, via "
        f"{g.m('ORGANIZATION', 'LinguaBridge Telehealth')} (video), "
        f"session {g.m('ID', 'LB-' + g.digits(8))}.\n"
        f"Pt's husband {g.m('NAME', g.first('M'))} also present but did not interpret per policy.\n"
        f"Through interpreter, pt reports arriving in {g.m('LOCATION', g.pick(US_TOWNS)[0])} in "
        f"{g.m('DATE', g.pick(MONTHS) + ' ' + str(g.r.randint(2019, 2024)))} "
        f"from a camp near {g.m('LOCATION', g.pick(['Kakuma', 'Cox’s Bazar', 'Shimelba', 'Dadaab']))}. Resettled by "
        f"{g.m('ORGANIZATION', 'Harbor Refugee Services')}, caseworker {g.staff_full()} {g.ph_na()}.\n"
        f"Teach-back done. Dr {g.staff()}\n"
    )


def soap_dense(g: G) -> str:
    d = g.day()
    return (
        f"S: {g.age90()}yo F c/o SOB x3d, DOE 1 flight, +PND, +orthopnea 3P. Dtr {g.m('NAME', g.first('F'))} "
        f"reports wt up 3kg since {g.d_short(d - timedelta(days=9))}. "
        f"Last seen by cards (Dr {g.staff()}) {g.d_us(d - timedelta(days=120))}.\n"
        f"O: BP 148/92 HR 104 irreg RR 24 SpO2 91% RA. JVP 9cm. bibasal creps. pitting edema to knees. "
        f"BNP 2140 ({g.d_short(d)}). ECG AF RVR. Wells score 1. Sputum brown, scant.\n"
        f"A: ADHF, AF RVR, CKD3b. Hx CVA {g.m('YEAR', str(g.r.randint(2010, 2020)))} w/ residual R facial droop "
        f"(not Bell's palsy per neuro).\n"
        f"P: IV furosemide 40 bd, dig load, echo, I/O, daily wts. D/w pt, dtr & Dr {g.staff()} (on call). "
        f"Lives w/ son {g.full('M')} at {g.street()}, {g.m('LOCATION', g.pick(US_TOWNS + CA_TOWNS)[0])}.\n"
        f"-- {g.m('NAME', g.pick('ABCDEFGHJKLMNPRSTW') + '.' + g.pick('ABCDEFGHJKLMNPRSTW') + '.')} PA-C / "
        f"{g.m('NAME', g.pick(STAFF_SUR))} MD\n"
    )


def ehr_table_paste(g: G) -> str:
    d = g.day()
    rows = [f"| {g.d_us(d + timedelta(days=i))} | {g.pick(['Lasix 40', 'Heparin 5000', 'Zosyn 4.5', 'KCl 20'])} | "
            f"{g.m('NAME', g.pick(STAFF_SUR) + ', ' + g.first())} | {g.pick(['given', 'held', 'refused'])} |"
            for i in range(4)]
    return (
        f"Patient: {g.m('NAME', g.sur() + ', ' + g.first())}\tMRN: {g.mrn()}\tFIN: "
        f"{g.m('ID', g.digits(10))}\tRoom 4412-B\n"
        f"Attending: {g.m('NAME', g.pick(STAFF_SUR) + ', ' + g.first())} MD\tPCP: "
        f"{g.m('NAME', g.pick(STAFF_SUR) + ', ' + g.first())}\n"
        f"| Date | Med | Nurse | Status |\n|---|---|---|---|\n" + "\n".join(rows) + "\n"
        f"Emergency contact\t{g.full()}\t(spouse)\t{g.ph_na()}\n"
        f"Insurance\t{g.m('ORGANIZATION', g.pick(INSURERS))}\tGroup {g.m('ID', g.digits(6))}\n"
        f"Printed by {g.m('NAME', g.pick(STAFF_SUR).lower() + g.pick('abcdefgh'))} from workstation {g.ip()} on "
        f"{g.d_us(d + timedelta(days=4))}\n"
    )


def dictation(g: G) -> str:
    d, dob = g.day(), g.dob()
    pt = g.first('F'), g.sur()
    return (
        f"this is doctor {g.staff()} dictating a clinic letter for {g.m('NAME', pt[0] + ' ' + pt[1])} "
        f"spelled {g.m('NAME', ' '.join(pt[1].upper().replace(' ', '')))} comma date of birth "
        f"{g.m('DATE', MONTHS[dob.month - 1] + ' ' + ordinal(dob.day) + ' comma ' + str(dob.year))} period "
        f"hospital number {g.m('ID', ' '.join(g.digits(6)))} period new paragraph "
        f"dear doctor {g.staff()} comma thank you for asking me to see this pleasant {g.age90()} year old lady "
        f"from {g.m('LOCATION', g.pick(UK_TOWNS + IE_TOWNS))} who was seen in clinic on {g.d_long(d)} period "
        f"her neighbour Mrs {g.m('NAME', g.sur())} brought her in period she had Glasgow 15 and "
        f"no signs of Cushing's period new paragraph her son {g.m('NAME', g.first('M'))} can be contacted on "
        f"{g.m('PHONE', '0 7 7 0 0 9 0 0 ' + ' '.join(g.digits(3)))} period "
        f"please copy to {g.m('ORGANIZATION', g.pick(PRACTICES))} period end of dictation\n"
        f"[Transcribed {g.d_uk(d + timedelta(days=3))} by "
        f"{g.m('NAME', g.pick('ABCDEFGHJKLMNPRSTW') + g.pick('ABCDEFGHJKLMNPRSTW'))}, ref "
        f"{g.m('ID', 'DT' + g.digits(6))}]\n"
    )


def ocr_scan(g: G) -> str:
    def garble(s: str) -> str:
        out = s.replace("o", "0", 1) if g.r.random() < .5 else s.replace("l", "1", 1).replace("i", "l", 1)
        return out if out != s else s[:2] + " " + s[2:]

    d = g.day()
    f, s = g.first('M'), g.sur()
    doc = g.pick(STAFF_SUR)
    split = max(2, len(s) // 2)
    return (
        f"{g.m('ORGANIZATION', g.pick(UK_HOSP + IE_HOSP).replace(' ', '  ', 1))}\n"
        f"0UTPATIENT CLlNIC LETTER        Date:{g.m('DATE', f'{d.day:02d} / {d.month:02d} / {d.year}')}\n"
        f"Patlent:{g.m('NAME', garble(f) + ' ' + garble(s))}   D0B:{g.d_uk(g.dob())}   H0sp "
        f"N0:{g.m('ID', g.digits(3) + ' ' + g.digits(4))}\n"
        f"Address: {g.m('ADDRESS', str(g.r.randint(2, 99)) + ' ' + g.pick(STREETS).replace(' ', '  '))}, "
        f"{g.m('LOCATION', g.pick(UK_TOWNS))}  {g.pc_uk()}\n"
        f"Dear Dr.{g.m('NAME', doc)},\n"
        f"I rev1ewed Mr {g.m('NAME', s[:split] + '-' + chr(10) + s[split:])} today. He has had Bell's pa1sy since "
        f"{g.m('DATE', MONTHS[d.month - 1][:3] + ' ' + chr(39) + str(g.r.randint(10, 20)))}. "
        f"Spoke with his wife {g.m('NAME', garble(g.first('F')))} on {g.ph_uk()}.\n"
        f"Yours sincere1y, Dr.{g.m('NAME', g.pick(STAFF_SUR))}   cc:Dr.{g.m('NAME', g.pick(STAFF_SUR))}\n"
    )


STYLES = [uk_gp_referral, irish_discharge_letter, canadian_consult, australian_ed_discharge,
          us_behavioral_intake, obstetric_ld, oncology_summary, dialysis_run_sheet, anaesthesia_record,
          wound_care, school_nurse, occupational_health, pharmacy_pa_fax, insurance_appeal,
          lab_requisition, pathology_addendum, death_summary, trial_screening, nursing_home_mds,
          chaplain_note, interpreter_visit, soap_dense, ehr_table_paste, dictation, ocr_scan]


def strip_markers(marked: str) -> tuple[str, list[dict]]:
    """Remove the ``⟦LABEL|text⟧`` markers; return the plain text and the gold spans."""
    out: list[str] = []
    spans: list[dict] = []
    pos = length = 0
    for match in MARK.finditer(marked):
        out.append(marked[pos:match.start()])
        length += match.start() - pos
        value = match.group(2)
        spans.append({"label": match.group(1), "start": length, "end": length + len(value)})
        out.append(value)
        length += len(value)
        pos = match.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise ValueError("unbalanced marker")
    return text, spans


def main() -> None:
    rng = random.Random(SEED)
    g = G(rng)
    n = 0
    for _round in range(3):
        for style in STYLES:
            text, spans = strip_markers(style(g))
            record = {"id": f"holdout3-{n:03d}", "style": style.__name__, "text": text, "spans": spans}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1


if __name__ == "__main__":
    main()
