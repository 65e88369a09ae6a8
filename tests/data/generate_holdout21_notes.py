"""Blind hold-out de-identification gold set 21: 70 notes written in the manner of the public
de-identification benchmarks, by a writer who has not read the redaction rules.

Styles (``style`` field, one family each):
- ``physionet_nursing`` (20): MIMIC-II era ICU nursing notes; four nurses' habits - upper-case system
  notes in full sentences, upper-case fragments, lower-case quick notes, a mixed-case narrative;
  family by first name, doctors by surname, outside hospitals by short names and nicknames.
- ``i2b2_2014_longitudinal`` (15): several visits of one outpatient across years ("Record date:"),
  PCP notes, specialist letters, social history with employer, spouse, town, hobbies and travel.
- ``i2b2_2006_discharge`` (10): discharge summaries, a pipe-header layout and a stacked-field layout,
  "ATTENDING:", "DICTATED BY:", unit numbers, "BATCH:", "D:/T:" lines, "CC:" lists.
- ``mimic_iii_note`` (15): physician progress notes (templated sections), social work assessments,
  PT/rehab, nutrition, case management with SNF names and fax numbers.
- ``mimic_report`` (10): radiology, ECG and echo reports with referring physicians, comparisons and
  read-backs ("discussed with Dr. X at 3:15 pm on 5/2").

Gold decisions, case by case:
- NAME: every person (patients, family, staff, doctors by surname alone, initials in sign-offs such as
  "JT" or "K.M."); titles (Dr, Mr, Mrs, Ms), credentials (MD, RN, PT, RD, LICSW...) and relation words
  (wife, son, daughter, HCP...) stay outside the span. Names that are also words (Hope, Will, Bill, Grace,
  June, May, Wood, Long, Stone, Green) are gold as names and the same words used as words are not.
- DATE: any calendar date or part of one ("3/14", "ON THE 12TH", "2011-06-02", "June 3", "February" as
  a time of a visit), and holidays ("CHRISTMAS", "Thanksgiving"); weekdays and clock times are not gold.
- YEAR: a year on its own ("retired in 2009"); a year inside a date is part of the DATE.
- AGE: only ages over 89 (the number only: "91" of "91 Y/O", "92" of "92yo"); younger ages not gold.
- ORGANIZATION: hospitals in every spelling (full, short, acronym, nickname), nursing homes, rehab
  facilities, clinics named for places, employers; the article of a nickname stays outside ("the Pines"). Units and services (MICU, CCU, "Cardiology") and
  payers are not gold. "OSH" is not gold.
- LOCATION: towns, cities and countries (a trip to Portugal); STATE: state names and abbreviations; ZIP; ADDRESS: the street line.
- Misspelled names ("Lindgrn" for Lindgren) and names written in lower case are gold like any other name.
- PHONE: phones, faxes and pagers with or without area code (all 555-01xx).
- ID: medical record, unit, account, batch, job, index and accession numbers.
"""

from __future__ import annotations

import datetime as dt
import json
import random

from marks import MARK, m, strip

R = random.Random(2121)


def N(x):
    return m("NAME", x)


def D(x):
    return m("DATE", x)


def O(x):
    if x.lower().startswith("the "):  # the article of a nickname ("the Pines") stays outside the span
        return x[:4] + m("ORGANIZATION", x[4:])
    return m("ORGANIZATION", x)


def L(x):
    return m("LOCATION", x)


def S(x):
    return m("STATE", x)


def P(x):
    return m("PHONE", x)


def I(x):
    return m("ID", x)


def A(x):
    return m("AGE", x)


def Y(x):
    return m("YEAR", x)


def Z(x):
    return m("ZIP", x)


def AD(x):
    return m("ADDRESS", x)


FIRST_F = ["Ann", "Hope", "Grace", "June", "May", "Doris", "Eileen", "Ruthanne", "Marisol", "Priya", "Lorraine",
           "Benedetta", "Agnes", "Imelda", "Luz", "Ngozi", "Thuy", "Bernadette", "Delphine", "Rosalind", "Marguerite",
           "Kathleen", "Yolanda", "Theresa", "Wanda", "Henrietta", "Colleen", "Fern", "Maeve", "Odalys"]
FIRST_M = ["Joe", "Will", "Bill", "Walt", "Dwayne", "Tadeusz", "Kwame", "Fitz", "Hollis", "Cornelius", "Vern",
           "Casimir", "Ozzie", "Reginald", "Anselm", "Lucien", "Wendell", "Emmett", "Rocco", "Dmitri", "Thaddeus",
           "Gus", "Alvaro", "Barney", "Leland", "Otis", "Sal", "Ignatius", "Hank", "Desmond"]
SURN = ["Wood", "Long", "Stone", "Quackenbush", "Dellaporta", "Szczepanski", "Okonkwo", "Farrelly", "Machado",
        "Lindqvist", "Pettibone", "Hargreave", "Vuong", "Abernathy", "Castellucci", "Ferreira", "Nakashima",
        "Brodeur", "Tierney", "Kowalczyk", "Oyelaran", "Mayhew", "Ruggiero", "Delacroix", "Whitcomb", "Pomeroy",
        "Bergstrom", "Haddad", "Lachance", "Gillespie", "Ouellette", "Drummond", "Amaral", "Trzaska", "Fennimore",
        "Boudreau", "Sato", "McAllister", "Van Wyck", "O'Shaughnessy", "St. Onge", "Papadakis", "Greaney",
        "Kilbride", "Desrosiers", "Mbeki-Hall", "Rasmussen", "Lombardo", "Cavanaugh", "Yeboah"]
DOCS = ["Green", "Stone", "Long", "Wood", "Feinberg", "Raghunathan", "Albrecht", "Moynihan", "Castellano",
        "Oduya", "Lindgren", "Perlmutter", "Chaudhry", "Mancuso", "Vasquez-Pratt", "Kessler", "Haverty",
        "Tsai", "Brennan", "Okafor", "DiNapoli", "Eklund", "Wexler", "Hussain"]
# hospitals, each spelled several ways (full, short, acronym, nickname)
HOSP = [["Merrimack Valley General Hospital", "Merrimack Valley General", "MVGH", "Merrimack General", "the Valley"],
        ["St. Brendan's Medical Center", "St Brendan's", "SBMC", "St. B's", "Saint Brendans"],
        ["Harlow Regional Hospital", "Harlow Regional", "HRH", "Harlow"],
        ["Quinnipoxet Memorial Hospital", "Quin Memorial", "QMH", "Quinnipoxet"],
        ["Saltmarsh Community Hospital", "Saltmarsh Community", "SCH", "Saltmarsh"],
        ["Our Lady of the Pines Hospital", "Lady of the Pines", "OLP", "the Pines"],
        ["Wachusett Heights Medical Center", "Wachusett Heights", "WHMC", "Wachusett"]]
SNF = ["Cedar Ridge Nursing and Rehabilitation", "Bayberry Point Rehabilitation Center", "Lakeview Manor",
       "Hollings Pond Skilled Nursing", "Marian Hill Care Center", "Fairhaven Commons", "Briarcliff Gardens Rehab",
       "Maplewood Terrace Nursing Home"]
EMPLOYERS = ["Pellham Paper Mill", "Granite State Electric", "Colby Tool and Die", "Northshore Fisheries Co-op",
             "Keystone Plumbing Supply", "Brightwater Elementary School", "Dunmore Trucking", "Ashby Savings Bank",
             "Hatchett Lumber", "Veridian Optics"]
TOWNS = ["Haverhill", "Nashua", "Woonsocket", "Brockton", "Fitchburg", "Gloucester", "Biddeford", "Keene",
         "Athol", "Ware", "Taunton", "Leominster", "Dracut", "Chicopee", "Saco", "Methuen", "Pawtucket", "Gardner",
         "Amesbury", "Lewiston", "Dover", "Manchester", "Orange", "Winchendon"]
FAR_TOWNS = [("Portland", "OR"), ("Sarasota", "FL"), ("Tucson", "AZ"), ("Albany", "NY"), ("Raleigh", "NC"),
             ("Burlington", "VT"), ("Scranton", "PA"), ("Naples", "FL"), ("Boise", "ID"), ("Dayton", "OH")]
STATES_NEAR = ["MA", "NH", "ME", "RI"]
STATE_WORDS = ["Florida", "Maine", "Arizona", "Vermont", "New Hampshire", "Texas", "Georgia", "Ohio"]
STREETS = ["Alder Rd", "Quarry St", "Wequash Ave", "Pleasant St", "Old County Rd", "Birch Hill Dr", "Pine Knoll Ln",
           "Chestnut St", "Water St", "Elmwood Ave", "Summer St", "Cranberry Way"]
JOBS = [("machinist", "Colby Tool and Die"), ("lineman", "Granite State Electric"), ("teller", "Ashby Savings Bank"),
        ("long-haul driver", "Dunmore Trucking"), ("third-grade teacher", "Brightwater Elementary School"),
        ("millwright", "Pellham Paper Mill"), ("dispatcher", "Keystone Plumbing Supply"),
        ("fish cutter", "Northshore Fisheries Co-op"), ("yard foreman", "Hatchett Lumber"),
        ("lens technician", "Veridian Optics")]
CLINICS = [("Taunton Family Medicine", "TFM", "Taunton", "MA"), ("Athol Internal Medicine Associates", "AIMA", "Athol", "MA"),
           ("Dracut Primary Care", "DPC", "Dracut", "MA"), ("Gardner Community Health Center", "GCHC", "Gardner", "MA"),
           ("Saco Valley Medical Group", "SVMG", "Saco", "ME"), ("Keene Family Practice", "KFP", "Keene", "NH")]
TOWN_ST = {"Haverhill": "MA", "Nashua": "NH", "Woonsocket": "RI", "Brockton": "MA", "Fitchburg": "MA",
           "Gloucester": "MA", "Biddeford": "ME", "Keene": "NH", "Athol": "MA", "Ware": "MA", "Taunton": "MA",
           "Leominster": "MA", "Dracut": "MA", "Chicopee": "MA", "Saco": "ME", "Methuen": "MA", "Pawtucket": "RI",
           "Gardner": "MA", "Amesbury": "MA", "Lewiston": "ME", "Dover": "NH", "Manchester": "NH", "Orange": "MA",
           "Winchendon": "MA"}
ZIP_HEAD = {"MA": "01", "NH": "03", "ME": "04", "RI": "02"}
HOLIDAYS = ["Christmas", "Thanksgiving", "Easter", "New Year's", "Labor Day", "Fourth of July", "Memorial Day"]


def fn():
    return R.choice(FIRST_F + FIRST_M)


def ff():
    return R.choice(FIRST_F)


def fm():
    return R.choice(FIRST_M)


def sn():
    return R.choice(SURN)


def doc():
    return R.choice(DOCS)


def phone(area=None):
    num = f"555-01{R.randint(0, 99):02d}"
    style = R.choice(["dash", "paren", "bare", "dot"]) if area is None else area
    ac = R.choice(["978", "603", "617", "508", "401", "207", "413"])
    return {"dash": f"{ac}-{num}", "paren": f"({ac}) {num}", "bare": num, "dot": f"{ac}.{num.replace('-', '.')}"}[style]


def typo(name):
    """The name as a hurried writer misspells it: one inner letter dropped or doubled."""
    k = R.randint(1, len(name) - 2)
    return name[:k] + name[k + 1:] if R.random() < 0.6 else name[:k] + name[k] + name[k:]


def day(base, lo, hi):
    return base + dt.timedelta(days=R.randint(lo, hi))


def md(d):
    return f"{d.month}/{d.day}"


def mdy(d):
    return f"{d.month}/{d.day}/{d.year}"


def mdy2(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"


def iso(d):
    return d.isoformat()


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def recase(marked, f):
    out, pos = [], 0
    for hit in MARK.finditer(marked):
        out.append(f(marked[pos:hit.start()]))
        out.append(m(hit.group(1), f(hit.group(2))))
        pos = hit.end()
    out.append(f(marked[pos:]))
    return "".join(out)


def base_date():
    return dt.date(R.randint(2006, 2016), R.randint(1, 12), R.randint(1, 28))


# ---------------------------------------------------------------- PhysioNet nursing notes
def social_bits(old, d0, h, town):
    """Family, doctor and place sentences an ICU nurse might write; each call draws fresh values."""
    d1, d2 = R.sample(DOCS, 2)
    fpool, mpool = iter(R.sample(FIRST_F, 12)), iter(R.sample(FIRST_M, 8))

    def ff():
        return next(fpool)

    def fm():
        return next(mpool)

    return [
        lambda: f"SPOKE WITH DAUGHTER {N(ff())} AT LENGTH RE GOALS OF CARE, SHE WILL TALK TO HER BROTHERS.",
        lambda: f"{'HUSBAND' if old else 'WIFE'} {N(fm() if old else ff())} IN TO VISIT, UPDATED BY DR {N(d1)}.",
        lambda: f"PT'S {'DAUGHTER' if old else 'WIFE'} ({N(ff())}) CALLED, PLEASE CALL HER AT {P(phone())} IF ANY CHANGE.",
        lambda: f"FAMILY IN FROM {L(town)} AT 2100: SON {N(fm())} AND DAUGHTER-IN-LAW {N(ff())}.",
        lambda: f"NIECE {N(ff())} IS HCP, HER CELL {P(phone('bare'))}.",
        lambda: f"PT WAS AT {O(R.choice(h[2:]))} X3 DAYS BEFORE TRANSFER ON {D(md(d0))}.",
        lambda: f"PT WORKED AS A FOREMAN AT {O(R.choice(EMPLOYERS))} FOR 30 YRS.",
        lambda: f"FRIEND {N(fm())} FROM CHURCH VISITED, BROUGHT RADIO.",
        lambda: f"SPOKE W/ PCP DR {N(d2)} AT {O(h[1])}, SHE WILL FAX OLD RECORDS.",
        lambda: f"PER DAUGHTER {N(ff())}, PT LIVED ALONE IN {L(R.choice(TOWNS))} UNTIL {D(R.choice(['JUNE', 'MARCH', 'OCTOBER']))}.",
        lambda: f"OLDER SISTER {N(ff())} ({A(str(R.randint(93, 99)))} Y/O) LIVES AT {O(R.choice(SNF))}, UNABLE TO VISIT.",
        lambda: f"FAMILY HOPES TO TAKE PT HOME BEFORE {D(R.choice(HOLIDAYS).upper())}.",
        lambda: f"SON {N(fm())} FLYING IN FROM {L(R.choice(FAR_TOWNS)[0])} ON THE {D(ordinal(day(d0, 1, 6).day))}.",
        lambda: f"GRANDDAUGHTER {N(ff())} {N(sn())} IS A NURSE AT {O(R.choice(HOSP)[2])}, ASKING APPROPRIATE QUESTIONS.",
    ]


def nursing(i):
    habit = i % 4
    h = R.choice(HOSP)
    d0 = base_date()
    d1, d2, d3 = R.sample(DOCS, 3)
    town = R.choice(TOWNS)
    old = R.random() < 0.5
    age = str(R.randint(90, 98))
    far = R.choice(FAR_TOWNS)
    soc = [f() for f in R.sample(social_bits(old, d0, h, town), R.randint(3, 5))]
    # four nurses, each with a habit of her own and her own sign-off
    nurse_f, nurse_s = [("Bernadette", "Kilbride"), ("Yolanda", "Desrosiers"), ("Fern", "Lachance"),
                        ("Colleen", "Papadakis")][habit]
    if habit == 0:  # upper case, full sentences, system headings
        lines = [R.choice(["NURSING PROGRESS NOTE 7P-7A", "NSG PROGRESS NOTE", f"MICU NURSING NOTE {D(md(d0))}"]),
                 (f"{A(age)} Y/O WOMAN ADMITTED FROM {O(h[3])} ON {D(md(d0))} WITH UROSEPSIS." if old else
                  f"PT IS A 67 YO MAN TRANSFERRED FROM {O(h[R.choice([1, 4 if len(h) > 4 else 3])])} ON {D(md(d0))} FOR CABG EVAL."),
                 R.choice(["NEURO: ALERT, ORIENTED X2, FOLLOWS COMMANDS. MAE. PERRLA. GLASGOW 14.",
                           "NEURO: PT SLEEPING MOST OF NIGHT, EASILY AROUSED. NO SEDATION GIVEN."]),
                 R.choice([f"CV: SR 80S-90S, NO ECTOPY. SBP 90S ON LEVOPHED 0.04 MCG/KG/MIN, WEANED TO 0.02. DR {N(d1)} AWARE.",
                           f"CV: AFIB WITH RATES 110-130, DILTIAZEM GTT STARTED PER DR {N(d1)}. COUMADIN ON HOLD."]),
                 R.choice(["RESP: LS COARSE BILAT, SX FOR THICK GREEN SPUTUM. SATS 95% ON 4L NC.",
                           "RESP: REMAINS INTUBATED ON CMV 500 X 14, PEEP 5. SX FOR SCANT WHITE."]),
                 "GI/GU: ABD SOFT, +BS. FOLEY DRAINING CLEAR YELLOW URINE 40-60CC/HR. DOBHOFF IN PLACE, TF AT GOAL.",
                 "SOCIAL: " + " ".join(soc),
                 f"A/P: WILL CONTINUE TO WEAN PRESSORS AS TOLERATED. TEAM AWARE OF PLAN. WILL CALL DR {N(typo(d1))} IF SBP <85. "
                 f"FAMILY MEETING WITH DR {N(d2)} ON THE {D(ordinal(day(d0, 1, 5).day))}.",
                 R.choice([f"{N(nurse_f[0] + '.' + nurse_s[0] + '.')} RN", f"{N(nurse_f)} {N(nurse_s)} RN",
                           f"SEE CAREVUE FOR DETAILS. {N(nurse_s)}"])]
        text = "\n".join(lines).upper()
    elif habit == 1:  # upper fragments
        dd = day(d0, 2, 6)
        lines = [R.choice([f"NPN {D(md(dd))} 0700-1900", f"NPN 7A-7P", f"{D(mdy2(dd))} NPN DAYS"]),
                 f"PT {A(age)}YO" if old else R.choice(["PT 78YO", "S/P CABG X3 POD#2"]),
                 R.choice(["NEURO- LETHARGIC BUT AROUSABLE, MAE, ? PARKINSONS TREMOR R HAND.",
                           "NEURO- A+OX3, MAE, C/O INCISIONAL PAIN, MSO4 2MG IV X2 WITH GOOD EFFECT."]),
                 R.choice(["CV- AFIB 100-120, LOPRESSOR 5MG IVP X2. HEPARIN GTT @ 900U/HR. SWAN-GANZ PA 40/22.",
                           "CV- NSR 80S, NO VEA. CI 2.4. SWAN D/C'D. EPI GTT OFF @ 1000."]),
                 "RESP- CPAP 5/5 40%, ABG 7.38/42/88. NO SPONT EFFORTS OVERNOC.",
                 R.choice(["GI- NPO. PROTONIX. BAIR HUGGER ON FOR TEMP 95.8.", "GI- NPO. PROTONIX. BAIR HUGER ON FOR TEMP 95.8. PT RECIEVED 1U PRBC."]),
                 "GU- FOLEY, UO 30-50CC/HR. LASIX 20MG IV X1 PER DR " + N(d1) + ".",
                 "SOC- " + " ".join(soc[:2]),
                 "     " + " ".join(soc[2:]),
                 f"     PCP DR {N(d2)} ({O(R.choice(h[1:]))}) PH {P(phone('bare'))}",
                 R.choice(["PLAN- ? TEE IN AM. MD NOTIFIED RE LABS. PT/OT WHEN STABLE.",
                           "PLAN- OOB TO CHAIR, PT/OT CONSULT. MD AWARE OF LOW UO."]),
                 f"-{N(nurse_f[0] + nurse_s[0])}"]
        text = "\n".join(lines).upper()
    elif habit == 2:  # lower case quick notes
        dd = day(d0, 1, 4)
        lines = [R.choice([f"nsg note {D(md(dd))}", "nursing 11p-7a", f"npn {D(md(dd))} nights"]),
                 (f"{A(age)} yo lady from {O(R.choice(SNF))}, dnr/dni per hcp {N(ff())} (niece)." if old else
                  f"pt is 54 yo, came from {O(R.choice(h[1:]))} via med flight"),
                 "neuro: sleepy, opens eyes to voice. haldol 2mg iv for agitation at 0200.",
                 R.choice(["cv: nsr, sbp 100s. coumadin held, inr 3.4.", "cv: st 100-110, lopressor given, bp ok."]),
                 f"resp: 2l nc, sats 96. dobhoff pulled out at 0400, dr {N(d1)} aware, will replace in am.",
                 "gi: ngt to lcs. small brown stool.",
                 f"social: {R.choice(['dtr', 'daughter'])} {N(ff())} in to visit, tearful. "
                 f"brother {N(fm())} from {L(R.choice(TOWNS))} called, number is {P(phone('bare'))}.",
                 f"pt states {'she' if old else 'he'} was a mailman in {L(town)} for 30 yrs, retired in {Y(str(d0.year - R.randint(5, 12)))}.",
                 R.choice(["plan: cont current mgmt, f/u w team. dr. aware of family concerns.",
                           "plan: ? d/c foley in am, pt/ot to see. md notified of temp 38.4."]),
                 R.choice([f"{N(nurse_f)} rn", f"-{N(nurse_f[0] + nurse_s[0])}", f"{N(nurse_f[0])}.{N(nurse_s)}"])]
        text = recase("\n".join(lines), str.lower)
    else:  # mixed narrative
        dd = day(d0, 1, 3)
        fam1, fam2 = ff(), fm()
        lines = [f"Nursing Progress Note {D(mdy(dd))} 1900-0700",
                 f"Pt is {'a ' + A(age) if old else 'an 83'} y/o {'female' if old else 'male'} with hx of CHF, Afib, "
                 f"admitted to MICU from {O(h[0])} ED on {D(md(d0))}.",
                 "Neuro: Pt alert and oriented x3, pleasant. No Haldol needed tonight.",
                 f"CV: HR 70's, BP stable 110-130/60's. Hickman line site c/d/i. Pt's Cordis removed by Dr. {N(d1)} at 2200.",
                 "Resp: LS clear, diminished at bases. Sats 97% on 3L.",
                 "GU: Foley d/c'd at 0600, due to void by 1200.",
                 f"Social: Pt's {'wife' if not old else 'daughter'} ({N(fam1)}) called twice, aware of plan. "
                 f"She is staying with her cousin {N(fn())} {N(R.choice(SURN))} in {L(town)} until the weekend. "
                 f"Pt's son {N(fam2)} lives in {L(far[0])}, {S(far[1])}, and may fly in after {D(R.choice(HOLIDAYS))}.",
                 f"Pt wants to go back to {O(h[1])} when stable, was followed by Dr {N(d2)} there. Team aware.",
                 f"A: Stable night. P: Continue to monitor. Will call Dr. {N(d3)} with AM labs.",
                 f"{N(nurse_f)} {N(nurse_s)}, RN"]
        text = "\n".join(lines)
    return text


# ---------------------------------------------------------------- i2b2 2014 longitudinal
def longitudinal(i):
    male = R.random() < 0.5
    ps = sn()
    pf, spouse = (R.choice(FIRST_M), R.choice(FIRST_F)) if male else (R.choice(FIRST_F), R.choice(FIRST_M))
    kid = R.choice([x for x in FIRST_M if x not in (pf, spouse)])
    kid2, sib = R.sample([x for x in FIRST_F if x not in (pf, spouse)], 2)
    he, his, Mr = ("he", "his", "Mr.") if male else ("she", "her", "Ms.")
    far, farst = R.choice(FAR_TOWNS)
    town = R.choice(TOWNS)
    job, emp = R.choice(JOBS)
    pcp_f = fn()
    pcp_s, spec_s, old_doc = R.sample(DOCS, 3)
    clinic, short, ctown, cstate = R.choice(CLINICS)
    h = R.choice(HOSP)
    d = base_date()
    mrn = f"{R.randint(100, 999)}-{R.randint(10, 99)}-{R.randint(10, 99)}"
    age0 = R.randint(52, 74)
    visits = []
    first = d
    for v in range(R.choice([3, 3, 4])):
        if v == 3:  # a year and more after the letter: the planned retirement has happened
            plan_year = d.year + 1
            d = day(d, 400, 520)
            retired = max(day(d, -90, -20), dt.date(plan_year, 1, 2))
        elif v:
            d = day(d, 120, 500)
        head = R.choice([f"Record date: {D(iso(d))}", f"Record date: {D(iso(d))}\n\n{O(clinic)}\n{O(short)} MRN {I(mrn)}",
                         f"Record date: {D(iso(d))}\n\nINTERNAL MEDICINE\n\n{N(pf)} {N(ps)}\nMR# {I(mrn)}"])
        a = age0 + (d - first).days // 365
        if v == 0:
            body = (f"Reason for visit: new patient, establishing care.\n\n"
                    f"HPI: {Mr} {N(ps)} is a {a} y/o {'man' if male else 'woman'} with DM2, HTN and hyperlipidemia who "
                    f"transfers care from Dr. {N(old_doc)} in {L(R.choice(TOWNS))}. A1c 8.2 in {D(R.choice(['February', 'March', 'April']))}. "
                    f"{he.capitalize()} had an MI in {Y(str(d.year - R.randint(3, 9)))} treated at {O(h[0])} with a stent to the LAD.\n\n"
                    f"Social history: {R.choice(['Married to ' + N(spouse) + ', lives in ', 'Married to ' + N(spouse) + ' in a house they own in ', ('Lives with his wife ' if male else 'Lives with her husband ') + N(spouse) + ' in '])}{L(town)}. Works as a "
                    f"{job} at {O(emp)} for {R.randint(8, 30)} years. "
                    f"Quit smoking {Y(str(d.year - R.randint(10, 20)))}. "
                    + R.choice([f"Two children: {his} son {N(kid)}, a lawyer in {L(far)}, and daughter {N(kid2)} who lives nearby. ",
                                f"Daughter {N(kid2)} lives two streets away; son {N(kid)} moved to {L(far)} for work (engineer). ",
                                f"{his.capitalize()} son {N(kid)} ({L(far)}) and daughter {N(kid2)} {N(sn())} ({L(R.choice(TOWNS))}) call weekly. "])
                    + R.choice([f"Enjoys bowling and {R.choice(['ice fishing', 'gardening', 'woodworking', 'church choir'])}.\n\n",
                                f"Hobbies: deer hunting, volunteers at the {L(town)} food pantry. Trip to {S(R.choice(STATE_WORDS))} planned for {D(R.choice(HOLIDAYS))}.\n\n",
                                f"Walks the dog 2 miles daily. Went to {L(R.choice(['Aruba', 'Ireland', 'Portugal', 'Quebec City']))} last {D(R.choice(['July', 'October']))}.\n\n"])
                    + f"Meds: metformin 1000 bid, lisinopril 20, atorvastatin 40, ASA 81.\n\n"
                    f"A/P: DM2 - poorly controlled, increase metformin, refer to diabetes education. "
                    f"Will see back in 3 months.\n\n{N(pcp_f)} {N(pcp_s)}, MD")
        elif v == 1:
            body = (f"{N(pf)} returns for f/u. Since last visit {he} went to {S(R.choice(STATE_WORDS))} for two weeks "
                    f"to visit {his} sister {N(sib)}, did not check sugars while away. "
                    f"Seen in the ED at {O(h[2])} on {D(mdy(day(d, -40, -10)))} for chest pain, ruled out.\n"
                    f"Cardiology (Dr. {N(spec_s)}) saw {'him' if male else 'her'} {D(mdy(day(d, -9, -2)))}, stress test negative.\n"
                    f"Social: {N(spouse)} had hip surgery, {he} is {'her' if male else 'his'} caregiver now. Still working at {O(emp.split(' ')[0] + ' ' + emp.split(' ')[1])}.\n"
                    f"Exam: BP 148/86, wt 212. Monofilament intact. No Charcot changes.\n"
                    f"Plan: add glipizide. Lipids in {D(R.choice(['June', 'July', 'August']))}. Flu shot today.\n\n"
                    f"{N(pcp_f[0])}. {N(pcp_s)}")
        elif v == 2:
            body = (f"Dear Dr. {N(pcp_s)},\n\nThank you for referring {N(pf)} {N(ps)} (MRN {I(mrn)}) to the "
                    f"{O(h[1])} Endocrine clinic. I saw {'him' if male else 'her'} on {D(mdy(d))}.\n"
                    f"As you know {he} is a {a}-year-old with long-standing diabetes. {his.capitalize()} wife"
                    f" accompanied {'him' if male else 'her'} today." if male else
                    f"Dear Dr. {N(pcp_s)},\n\nThank you for referring {N(pf)} {N(ps)} (MRN {I(mrn)}) to the "
                    f"{O(h[1])} Endocrine clinic. I saw her on {D(mdy(d))}.\n"
                    f"As you know she is a {a}-year-old with long-standing diabetes. Her husband {N(spouse)} accompanied her today.")
            body += (f" Recent A1c 9.1. {he.capitalize()} is planning to retire from {O(emp)} in {Y(str(d.year + 1))} and"
                     f" move closer to {N(kid)} in {L(far)}, {S(farst)}.\n\nImpression: uncontrolled DM2, start basal "
                     f"insulin glargine 10 units qhs. Will follow up in 6 weeks.\n\nSincerely,\n\n{N(fn())} {N(spec_s)}, MD\n"
                     f"cc: {N(pcp_f)} {N(pcp_s)}, MD, {O(clinic)}, {AD(str(R.randint(10, 999)) + ' ' + R.choice(STREETS))}, "
                     f"{L(ctown)}, {S(cstate)} {Z(ZIP_HEAD[cstate] + str(R.randint(100, 999)))}")
        else:
            body = (f"Follow-up, {N(pf)} {N(ps)}\n\nInterval hx: retired from {O(emp)} in {D(retired.strftime('%B'))}. "
                    f"Now spending winters in {L(R.choice(FAR_TOWNS)[0])}. Saw Dr. {N(R.choice([spec_s, typo(spec_s)]))} last month. "
                    f"Hospitalized at {O(h[3])} {D(mdy2(day(d, -90, -30)))} for cellulitis. Grandson {N(fm())} helps with meds.\n"
                    f"Long-term: on insulin, Coumadin for new Afib. Declines colonoscopy again.\n"
                    f"Phone: {P(phone('paren'))}\n\n{N(pcp_f)} {N(pcp_s)} MD")
        visits.append(head + "\n\n" + body)
    return "\n\n**************\n\n".join(visits)


# ---------------------------------------------------------------- i2b2 2006 discharge summaries
def discharge(i):
    h = R.choice(HOSP)
    d_adm = base_date()
    d_dis = day(d_adm, 3, 12)
    pf, ps = fn(), sn()
    ds = R.sample(DOCS, 4)
    att, dict_by, cc1, cc2 = [(fn(), x) for x in ds]
    old = R.random() < 0.35
    age = str(R.randint(90, 97)) if old else str(R.randint(45, 85))
    sex = R.choice(["man", "woman"])
    pf = fm() if sex == "man" else ff()
    snf = R.choice(SNF)
    rel, relname = R.choice([("daughter", ff()), ("son", fm()), ("neighbor", fn()), ("home health aide", ff())])
    unit = f"{R.randint(100, 999)}-{R.randint(10, 99)}-{R.randint(10, 99)}"
    if i % 2 == 0:
        head = (f"{I(str(R.randint(100000000, 999999999)))} | {O(h[2])} | {I(str(R.randint(10000000, 99999999)))} | | "
                f"{I(str(R.randint(100000, 9999999)))} | {D(mdy(d_adm))} 12:00:00 AM | {R.choice(['CHF', 'PNEUMONIA', 'GI BLEED'])} | "
                f"Signed | DIS | Admission Date: {D(mdy(d_adm))} Report Status: Signed\n\n"
                f"Discharge Date: {D(mdy(d_dis))}\nATTENDING: {N(att[1].upper())} , {N(att[0].upper())} MD\n")
    else:
        head = (f"{O(h[0].upper())}\nDISCHARGE SUMMARY\n\nNAME: {N(ps.upper())}, {N(pf.upper())}\n"
                f"UNIT NUMBER: {I(unit)}\nADMISSION DATE: {D(mdy2(d_adm))}\nDISCHARGE DATE: {D(mdy2(d_dis))}\n"
                f"ATTENDING: {N(att[0])} {N(att[1])}, M.D.\n")
    hpi = (f"\nCHIEF COMPLAINT: Shortness of breath.\n\nHISTORY OF PRESENT ILLNESS: The patient is a {A(age) if old else age}-year-old {sex} "
           f"with a history of {R.choice(['ischemic cardiomyopathy', 'COPD on home oxygen', 'end-stage renal disease'])} who presented to "
           f"the {O(R.choice(h[1:3]))} Emergency Department on {D(mdy(d_adm))} after {'his' if sex == 'man' else 'her'} "
           f"{rel} {N(relname)} found {'him' if sex == 'man' else 'her'} confused at home in {L(R.choice(TOWNS))}. "
           f"Was recently admitted to {O(R.choice(HOSP)[0])} in {D(R.choice(['January', 'March', 'September']))} with similar symptoms. "
           f"Followed as an outpatient by Dr. {N(cc1[1])} of Cardiology.\n\n"
           f"PAST MEDICAL HISTORY: 1. Coronary artery disease status post CABG in {Y(str(d_adm.year - R.randint(4, 15)))}. "
           f"2. Parkinson's disease. 3. Status post Whipple procedure. 4. Atrial fibrillation on Coumadin. 5. Kidney stones.\n\n"
           f"HOSPITAL COURSE: Diuresed with Lasix. A Swan-Ganz catheter was placed on {D(mdy(day(d_adm, 1, 2)))} and removed the "
           f"following day. Seen by PT/OT who recommended rehab. Hickman not needed. Dr. {N(cc2[1])} of nephrology was consulted.\n\n"
           f"DISPOSITION: Discharged to {O(snf)}{'.' if i % 3 else ' in ' + L(R.choice(TOWNS)) + '.'}\n"
           f"FOLLOW-UP: Dr. {N(typo(cc1[1]) if i % 3 == 0 else cc1[1])} in two weeks, call {P(phone())}. INR check on {D(md(day(d_dis, 2, 4)))}.\n\n")
    if i % 4 in (1, 2):  # a second story and ordering: GI bleed, social history paragraph, no past history list
        job, emp = R.choice(JOBS)
        pro, obj = ("He", "him") if sex == "man" else ("She", "her")
        hpi = (f"\nCC: Melena x 2 days.\n\nHPI: {A(age) if old else age} yo {sex} on Coumadin for mechanical AVR, "
               f"sent in from {O(R.choice(h[1:]))} clinic by Dr. {N(cc1[1])} on {D(mdy(d_adm))} with Hct 24. "
               f"{pro} denies hematemesis. Last EGD {D(R.choice(['Oct', 'Dec', 'Feb']) + ' ' + str(d_adm.year - 1))} at "
               f"{O(R.choice(HOSP)[1])} showed gastritis.\n\n"
               f"SOCIAL HISTORY: Lives in {L(R.choice(TOWNS))} with {rel if rel != 'neighbor' else 'a friend'} {N(relname)}. "
               f"Former {job} at {O(emp)}, retired {Y(str(d_adm.year - R.randint(2, 20)))}. Quit tobacco 30 years ago.\n\n"
               f"HOSPITAL COURSE: Transfused 3 units PRBC. EGD on {D(mdy(day(d_adm, 1, 2)))} by Dr. {N(cc2[1])} showed a "
               f"clean-based duodenal ulcer. Coumadin held, restarted {D(md(day(d_adm, 3, 4)))} with heparin bridge. "
               f"PT/OT cleared {obj} for home with services.\n\n"
               f"DISCHARGE DISPOSITION: Home with VNA.\nFOLLOW-UP: Dr. {N(cc1[1])} {D(md(day(d_dis, 5, 9)))}, "
               f"anticoagulation clinic {P(phone())}.\n\n")
    tail_a = (f"DICTATED BY: {N(dict_by[1].upper())}, {N(dict_by[0].upper())} , M.D. {I(f'{R.choice(string_letters)}{R.randint(10, 99)}')}\n"
              f"Attending: {N(att[1].upper())}, {N(att[0].upper())} M.D. {I(f'{R.choice(string_letters)}{R.randint(10, 99)}')} "
              f"{N(att[0][0] + att[1][0])}\n"
              f"Batch: {I(str(R.randint(1000, 99999)))} Index No. {I(f'{R.choice(string_letters)}{R.randint(1000000, 9999999)}')} "
              f"D: {D(mdy2(d_dis))}\nT: {D(mdy2(day(d_dis, 1, 3)))}\n"
              f"CC: 1. {N(cc1[0].upper())} {N(cc1[1].upper())}, M.D. {O(h[3])}\n2. {N(cc2[0])} {N(cc2[1])} MD")
    tail_b = (f"______________________________\n{N(dict_by[0])} {N(dict_by[1])}, M.D.\n\n"
              f"Dictated By: {N(dict_by[1])}, {N(dict_by[0])}\nMEDQUIST36\nD: {D(mdy2(d_dis))} 14:12\nT: {D(mdy2(day(d_dis, 1, 2)))} 08:40\n"
              f"JOB#: {I(str(R.randint(10000, 99999)))}\ncc: Dr. {N(cc1[1])}, {O(R.choice(HOSP)[2])}")
    return head + hpi + (tail_a if i % 2 == 0 else tail_b)


string_letters = "ABCDEFGHJKLMNPRSTVW"


# ---------------------------------------------------------------- MIMIC-III notes
def mimic(i):
    kind = ["physician", "social_work", "rehab", "nutrition", "case_mgmt"][i % 5]
    d0 = base_date()
    h = R.choice(HOSP)
    pf, ps = fn(), sn()
    fam, fam2 = ff(), fm()
    town = R.choice(TOWNS)
    old = R.random() < 0.35
    age = str(R.randint(90, 96))
    if kind == "physician":
        d1 = day(d0, 2, 5)
        return (f"Chief Complaint: respiratory failure\n24 Hour Events:\n"
                f" ARTERIAL LINE - START {D(mdy(day(d1, -1, -1)))} 10:00 PM\n EKG - At {D(mdy(d1))} 04:10 AM\n"
                f" - family meeting with {R.choice(['wife', 'daughter', 'HCP'])} {N(fam)}, remains full code\n"
                f" - Dr. {N(doc())} (ID) recs: d/c Zosyn, cont Vancomycin\n"
                f" - d/w {N(doc().lower())} from thoracics re: trach, pateint not a candidate yet\n"
                f"Allergies:\nPenicillins\nHives;\nLast dose of Antibiotics:\nVancomycin - {D(mdy(d1))} 08:00 AM\n"
                f"Infusions:\nPropofol - 20 mcg/Kg/min\nFentanyl - 50 mcg/hour\n"
                f"Other ICU medications:\nHeparin Sodium (Prophylaxis) - {D(mdy(d1))} 12:00 AM\n"
                f"Flowsheet Data as of {D(mdy(d1))} 07:11 AM\nVital signs\nTmax: 38.3 C\nHR: 92 (81 - 104) bpm\n"
                f"Physical Examination\nGeneral Appearance: intubated, sedated\n"
                f"Assessment and Plan\n{('Pt is ' + A(age) + ' yo, ') if old else ''}transferred from {O(h[1])} on {D(md(d0))}.\n"
                f"RESPIRATORY FAILURE: SBT this am, RSBI 88. Swan-Ganz not indicated.\n"
                f"HYPOTENSION: off Levophed since {D(md(day(d1, -1, -1)))}.\n"
                f"ICU Care\nNutrition: Nutren 2.0 via Dobhoff at goal\nGlycemic Control: insulin sliding scale\n"
                f"Lines:\nArterial Line - {D(mdy(day(d1, -1, -1)))} 10:00 PM\nCordis/Introducer - {D(mdy(d0))} 05:15 PM\n"
                f"Communication: Comments: {R.choice(['Husband', 'Son', 'Brother'])} ({N(fam2)}) {P(phone())}\n"
                f"Code status: Full code\nDisposition: ICU\n"
                f"------ Protected Section ------\nAttending addendum: I saw and examined the patient with Dr. {N(doc())}. "
                f"Agree with plan as above. Discussed with PCP Dr. {N(doc())} at {O(h[3])}.\n"
                f"{N(fn())} {N(sn())}, MD\non:{D(mdy(d1))} 13:40\n------ Protected Section Addendum Entered By:{N(fn())} {N(doc())}, MD\n"
                f"on:{D(mdy(day(d1, 0, 1)))} 08:02 ------")
    if kind == "social_work":
        addr = f"{R.randint(2, 480)} {R.choice(STREETS)}"
        st = TOWN_ST[town]
        job, emp = R.choice(JOBS)
        dtr = R.choice([x for x in FIRST_F if x != fam])
        lay = R.random() < 0.5
        body = (f"Social Work Assessment\n\nReferral: pt known to SW from previous admission {D(R.choice(['Nov', 'Jan', 'Aug']) + ' ' + str(d0.year - 1))}.\n"
                f"Sources: pt, pt's {'wife' if lay else 'husband'} {N(fam if lay else fam2)}, chart.\n\n"
                f"Pt is a {A(age) + ' yo' if old else 'married 62 yo'} {R.choice(['Portuguese', 'Haitian Creole', 'English'])}-speaking "
                f"{'man' if lay else 'woman'}, lives at {AD(addr)}, {L(town)}, {S(st)} {Z(ZIP_HEAD[st] + str(R.randint(100, 999)))}, "
                f"in a second floor apartment with 14 stairs, {R.choice(['wood stove heat', 'no elevator'])}. Home phone {P(phone('paren'))}, cell {P(phone('bare'))}.\n"
                f"Family: {R.choice(['dtr', 'daughter'])} {N(dtr)} {N(sn())} ({P(phone())}) is HCP, lives in {L(R.choice(TOWNS))}. "
                f"Son {N(fam2)} in {L(R.choice(FAR_TOWNS)[0])}, not in contact. Pt's sister {N(ff())} visits daily.\n"
                f"Employment: retired {job}, worked at {O(emp)} until {Y(str(d0.year - R.randint(3, 15)))}.\n"
                f"Services: VNA through {O(R.choice(['Nashoba Valley VNA', 'Merrimack Home Care', 'Seacoast Visiting Nurses']))}, "
                f"Meals on Wheels. PCP Dr. {N(doc())}.\n"
                f"Assessment: pt and family coping appropriately; hope to return home with services. {'Pt will need' if lay else 'May need'} "
                f"long-term care screen if PT recs change.\n"
                f"Plan: SW will follow. Pt's {'wife' if lay else 'husband'} asked to be called at work ({O(R.choice(EMPLOYERS))}) at {P(phone('dash'))}.\n\n"
                f"{N(fn())} {N(sn())}, LICSW  pager {P(phone('bare'))}")
        return body
    if kind == "rehab":
        d1 = day(d0, 1, 3)
        return (f"Physical Therapy\nEvaluation {D(mdy(d1))}\n"
                f"Reason of referral: decline in mobility, s/p fall at home {D(md(d0))}.\n"
                f"HPI: {('Pt is ' + A(age) + 'yo F') if old else '77yo M'} admitted with L hip fx, s/p ORIF by Dr. {N(doc())} on {D(md(day(d0, 0, 1)))}.\n"
                f"PMH: Parkinson's, OA, Afib (on Coumadin).\n"
                f"Social/Occupational history: Lives with {R.choice(['wife', 'husband', 'daughter'])} ({N(fam)}) in single family home in "
                f"{L(town)}, 3 STE with rail on L. Was independent with cane. Enjoys gardening.\n"
                f"Prior to admit pt was attending day program at {O(R.choice(SNF))}.\n"
                f"Objective: Bed mobility min A x1. Sit to stand mod A with RW. Ambulated 15 ft. Berg 18/56.\n"
                f"Assessment: Pt limited by pain and poor activity tolerance. Will benefit from rehab. Bair Hugger removed for session.\n"
                f"Recommendation: D/C to rehab, {O(R.choice(['Fairlawn Rehabilitation Hospital', 'Spaulding-Whitby Rehab', 'Northeast Rehab Hospital']))} "
                f"preferred by family. Discussed with RN {N(fn())} and team.\n"
                f"{N(fn())} {N(sn())}, PT, DPT  pager #{P(phone('bare'))}")
    if kind == "nutrition":
        d1 = day(d0, 1, 6)
        return recase(f"nutrition f/u {D(md(d1))}\n"
                f"pt {A(age) + 'yo' if old else '58yo'} w/ esophageal ca s/p esophagectomy at {O(h[2])} ({D(mdy(day(d0, -200, -60)))}).\n"
                f"wt 52.3 kg (down from 61 kg in {D(R.choice(['april', 'may', 'june', 'july']))} per pt's wife {N(fam.lower())}).\n"
                f"diet hx: eats 1-2 meals/day, drinks ensure bid, wife cooks. pt from {L(town.lower())}.\n"
                f"current: nutren 1.5 via j-tube @ 55 ml/hr x 20 hr. meets 100% est needs (mifflin-st jeor x 1.3).\n"
                f"labs: alb 2.6, phos 2.2 (repleted).\n"
                f"recs: 1. advance tf to goal 65 ml/hr. 2. check wt weekly. 3. will follow per protocol. "
                f"outpt rd at {O(h[1].lower())} ({P(phone('dash'))}) to f/u after d/c.\n"
                f"{N(fn())} {N(sn())}, rd, ldn pager {P(phone('bare'))}", str.lower)
    # case management
    snf1, snf2 = R.sample(SNF, 2)
    d1 = day(d0, 3, 8)
    return (f"CASE MANAGEMENT NOTE\n\nPt referred to {O(snf1)} ({L(R.choice(TOWNS))}) and {O(snf2)}. "
            f"Referral packets faxed to {O(snf1)} at fax {P(phone('dash'))} and {O(snf2.split()[0])} at {P(phone('paren'))}.\n"
            f"{O(snf1.split(' ')[0] + ' ' + snf1.split(' ')[1])} liaison {N(ff())} {N(sn())} ({P(phone())}) to screen pt on {D(md(d1))}.\n"
            f"Insurance: Medicare A/B, Tufts secondary. 3 day qualifying stay met {D(md(day(d0, 3, 3)))}.\n"
            f"Pt's daughter {N(fam)} is aware and agrees with plan, prefers facility closer to her home in "
            f"{L(town)}. Spoke with her at {P(phone('bare'))}. Medicaid application pending; 30-day grace period. Facility cannot bill Medicare until accepted.\n"
            f"Team aware. Anticipate d/c {D(md(d1))} or {D(md(day(d1, 1, 2)))} pending bed offer. Ambulance via "
            f"{O(R.choice(['Lifeline Ambulance', 'Cataldo Ambulance', 'Trinity EMS']))}.\n"
            f"{N(fn())} {N(sn())}, RN, CM  pager {P(phone('bare'))}")


# ---------------------------------------------------------------- MIMIC reports
def report(i):
    kind = ["radiology", "radiology", "radiology", "radiology", "ecg", "ecg", "ecg", "echo", "echo", "echo"][i % 10]
    d0 = base_date()
    ref = doc()
    if kind == "radiology":
        comp = day(d0, -400, -2)
        v = i % 3
        study = ["CHEST (PORTABLE AP)", "CTA CHEST W&W/O C&RECONS", "CT HEAD W/O CONTRAST"][v]
        reason = ["line placement", "eval for PE", "fall, on Coumadin, r/o bleed"][v]
        up = i % 2 == 0
        rad1, rad2 = (fn(), sn()), (fn(), doc())
        old = i % 3 != 1
        findings = [
            "Right IJ Cordis terminates in the SVC. Dobhoff tip in the stomach. Swan-Ganz catheter tip in the right "
            "pulmonary artery. Small left pleural effusion. No pneumothorax.",
            "Filling defects in the right lower lobe segmental arteries. No right heart strain. Small left effusion.",
            "Thin left subdural hematoma, 4 mm, without midline shift. Chronic small vessel ischemic change."][v]
        impression = ["Lines as above, Swan-Ganz could be withdrawn 2 cm.", "Segmental PE, right lower lobe.",
                      "Small acute left subdural hematoma."][v]
        readback = (f"Findings discussed with Dr. {N(ref)} by Dr. {N(rad2[1])} at 3:15 pm on {D(md(d0))}, 5 minutes "
                    f"after discovery." if v else f"Dr. {N(ref)} was paged with the findings at {R.randint(1, 11)}:{R.randint(10, 59)} "
                    f"on {D(md(d0))}.")
        txt = (f"{D(iso(d0))} {R.randint(1, 11)}:{R.randint(10, 59)} AM\n{study}   Clip # {I(str(R.randint(100000, 999999)))}\n"
               f"Reason: {reason}\nAdmitting Diagnosis: {['HYPOXIA', 'SHORTNESS OF BREATH', 'SUBDURAL HEMATOMA'][v]}\n"
               f"______________________________________________________________________________\n"
               f"FINAL REPORT\nINDICATION: {A(str(R.randint(90, 99))) + '-year-old' if old else '67-year-old'} "
               f"{['with new lines', 'with hypoxia', 'after a fall at home'][v]}, transferred from {O(R.choice(HOSP)[R.choice([1, 2, 3])])}.\n"
               f"COMPARISON: {D(mdy(comp))} and outside study from {O(R.choice(HOSP)[0])} dated {D(md(day(comp, 1, min(30, (d0 - comp).days - 1))))}.\n"
               f"FINDINGS: {findings}\n"
               f"IMPRESSION: {impression} {readback}\n\n"
               f"DR. {N(rad1[0].upper())} {N(rad1[1].upper())}\nDR. {N(rad2[0].upper())} {N(rad2[1].upper())}\n"
               f"Approved: {d0.strftime('%a').upper()} {D(d0.strftime('%b').upper() + ' ' + str(d0.day) + ' ' + str(d0.year))} 9:14 AM")
        return txt.upper() if up else txt
    if kind == "ecg":
        prev = day(d0, -30, -1)
        hh = R.choice(HOSP)
        return (f"{O(hh[2])} ECG  MRN {I(str(R.randint(1000000, 9999999)))}  {D(mdy(d0))} 06:14\n"
                f"Sinus rhythm. Left atrial abnormality. Left anterior fascicular block. Compared to the previous "
                f"tracing of {D(mdy(prev))} the rate is slower. Otherwise, no diagnostic interim change.\n"
                f"Read by: {N(doc())},{N(fn())}\n"
                f"  Intervals Axes\nRate PR QRS QT/QTc P QRS T\n68 176 98 402/419 54 -49 31\n"
                f"{'Patient ' + A(str(R.randint(90, 99))) + ' yo. ' if i % 2 else ''}Referring: Dr. {N(ref)} ({O(hh[1])}), "
                f"phoned to {N(fn())} on {D(md(d0))}.")
    lv = R.randint(20, 65)
    return (f"PATIENT/TEST INFORMATION:\nIndication: Left ventricular function. Parkinson's.\n"
            f"Height: (in) 64\nWeight (lb): 141\nBP (mm Hg): 112/64\nHR (bpm): 78\n"
            f"Status: Inpatient\nDate/Time: {D(mdy(d0))} at 11:20\nTest: TTE (Complete)\n"
            f"Doppler: Full Doppler and color Doppler\nTechnical Quality: Adequate\n"
            f"Sonographer: {N(fn())} {N(sn())}, RDCS\n\nINTERPRETATION:\n"
            f"Findings:\nLEFT VENTRICLE: Mild symmetric LVH. LVEF {lv}% (Simpson's biplane).\n"
            f"Conclusions:\nCompared with the prior study (images reviewed) of {D(mdy(day(d0, -700, -30)))}, "
            f"{'no change' if lv > 50 else 'LV function worse'}. Prior echo at {O(R.choice(HOSP)[3])} {D(R.choice(['Jan', 'Feb', 'Mar']) + ' ' + str(d0.year - 1))} reported EF 55%.\n"
            f"Results called to Dr. {N(ref)} at 4:40 pm on {D(md(d0))}.\n"
            f"Electronically signed by {N(fn())} {N(doc())}, MD, Interpreting physician {D(mdy(day(d0, 0, 1)))} 17:02")


def main():
    notes = []
    plan = [("physionet_nursing", nursing, 20), ("i2b2_2014_longitudinal", longitudinal, 15),
            ("i2b2_2006_discharge", discharge, 10), ("mimic_iii_note", mimic, 15), ("mimic_report", report, 10)]
    for style, make, n in plan:
        for i in range(n):
            notes.append((style, make(i)))
    for k, (style, marked) in enumerate(notes):
        text, spans = strip(marked)
        print(json.dumps({"id": f"h21-{k:03d}", "style": style, "text": text, "spans": spans}, ensure_ascii=False))


if __name__ == "__main__":
    main()
