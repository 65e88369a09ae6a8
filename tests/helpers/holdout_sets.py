"""What each generated hold-out gold set must hold besides reproducibility and well-formed spans
(checked by tests/test_gold_sets.py): the shape of each label's values, the medical terms and common
words that must stay outside gold, words its name pool also uses as names, what never belongs in a name
span, and the set's size and variety. One entry per set in ``HOLDOUT_SETS``; the constants above it are
each set's own."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .gold_sets import LABELS, MONTHS, WEEKDAYS
from .gold_sets import SHAPES as COMMON_SHAPES

#: labels whose values must hold a letter
WORDED = frozenset({"NAME", "LOCATION", "ORGANIZATION", "STATE", "ADDRESS"})


@dataclass(frozen=True)
class Variety:
    """How large and varied a set is: bounds on notes and spans, styles, labels and letter case."""

    records: tuple[int, int]  # inclusive bounds on the number of notes
    min_spans: int
    styles: int  # at least this many styles ...
    min_per_style: int = 1  # ... each with at least this many notes
    labels: frozenset[str] = frozenset(LABELS)  # exactly the labels used
    label_mins: dict[str, int] = field(default_factory=dict)
    case_mins: dict[str, int] = field(default_factory=dict)  # "upper" / "lower" / "mixed" notes


@dataclass(frozen=True)
class HoldoutSet:
    """One generated set (``generate_<name>_notes.py`` -> ``<name>_notes_gold.jsonl``)."""

    name: str
    shapes: dict[str, re.Pattern[str]]
    terms: list[str]  # eponyms and words used as terms: never inside a gold span ...
    min_terms: int  # ... and at least this many occurrences of them in the set
    variety: Variety
    terms_flags: int = re.I
    whole_words: bool = True  # no span starts or ends inside a word ...
    glued_after: tuple[str, ...] = ()  # ... but it may run into these suffixes ("96yo")
    glued_before: tuple[str, ...] = ()  # ... or follow these prefixes (the "x" of an extension "x4-4812")
    worded: frozenset[str] = WORDED
    numbers_validate: bool = False  # cards (Luhn), IBANs (mod-97), SSNs (area/group/serial)
    word_names: frozenset[str] = frozenset()  # words the set also uses as names
    not_in_names: tuple[re.Pattern[str], ...] = ()  # titles, credentials, relations: outside NAME spans


# Eponyms and clinical words the notes use as medical terms: never inside a gold span there.
H2_TERMS = ["Foley catheter", "Foley draining", "Glasgow coma scale", "Parkinson's disease", "Babinski",
                "Whipple specimen", "Simpson's biplane", "Snellen", "Hounsfield", "Trendelenburg gait",
                "Alzheimer's dementia", "Homan's", "Lachman", "Epley maneuver", "Bernoulli equation",
                "Glasgow-Blatchford", "(Parkinson's)", "parkinsons tremor", "HX PARKINSONS", "Ishihara", "Goldmann",
                "Amsler grid", "Kerley B", "Fleischner", "Baker's cyst", "Thompson test", "McMurray", "Romberg",
                "Myerson's sign", "Mallampati", "Braden", "Morse fall", "Lambl's", "Valsalva", "Berg 44",
                "foley in place", "HAS FOLEY", "Foley changed", "PIV x2, Foley"]

# Eponyms and common words the notes use as terms, never as a person: never inside a gold span.
H3_TERMS = ["Foley placed", "Whipple in due course", "Apgars", "Glasgow score", "Glasgow 15", "Hodgkin",
         "Cushing's", "Bell's palsy", "Bell's pa1sy", "Down syndrome", "Parkinson's disease",
         "Alzheimer's type", "Courvoisier", "Mallampati", "Whitacre", "Wells score", "Sputum brown",
         "rose-pink", "brown eschar", "hopes to return", "major depressive", "Addison's", "Hashimoto's",
         "Glasgow-Blatchford", "Braden"]

# The shape every value of a label must have (a loose check that markers wrap the right text).
H3_SHAPES = {
    **COMMON_SHAPES,
    "DATE": re.compile(r"\d|January|February|March|April|May|June|July|August|September|October|"
                       r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec"),
    "PHONE": re.compile(r"^[\d()+ .\-]{10,}$"),
    "EMAIL": re.compile(r"^[a-z.]+\d*@[a-z.\-]+\.[a-z]+$"),
    "URL": re.compile(r"^(https://|www\.)\S+$"),
    "IBAN": re.compile(r"^IE\d\d( [A-Z0-9]{2,4})+$"),
    "ZIP": re.compile(r"^(\d{4,5}(-\d{4})?|[A-Z]{1,2}\d{1,2} \d[A-Z]{2}|[A-Z]\d{2} [A-Z0-9]{4}"
                      r"|[A-Z]\d[A-Z] \d[A-Z]\d)$"),
}

# Eponyms, scales and common words the notes use as terms, never as a person or place (matched
# case-insensitively: some notes are upper or lower case): never inside a gold span.
H4_TERMS = ["Judkins", "Allen test", "Swan-Ganz", "Epworth", "Cheyne-Stokes", "LA Grade B", "Barrett's",
         "Mallory-Weiss", "Boston Bowel", "Lynch syndrome", "Huntington disease", "Muir-Torre", "Cowden",
         "Peutz-Jeghers", "Amsterdam II", "Foley", "Hickman", "Duke criteria", "Gram stain", "Kirby-Bauer",
         "Janeway", "Osler", "Roth spots", "Lennox-Gastaut", "West pattern", "Weber lateralizes", "Rinne",
         "Stenger", "rose, brown bear", "Braden", "anti-Kell", "Duffy", "Coombs", "Morse fall", "Miranda",
         "Dusky", "Hashimoto's", "hopes", "we hope", "rose-gold", "Agent Orange", "Yale Pharyngeal",
         "Korean War", "International 10-20", "6 West", "CCU 4", "Small non-bleeding", "daughter-in-law",
         "Child:", "will visit", "will educate", "We will consider", "I will not"]

# The shape every value of a label must have (a loose check that markers wrap the right text).
H4_SHAPES = {
    **COMMON_SHAPES,
    "PHONE": re.compile(r"^[\d()+ .\-]{4,}$"),
    "EMAIL": re.compile(r"^[a-z.]+\d*@[a-z.\-]+\.[a-z]+$"),
    "URL": re.compile(r"^https://\S+$"),
    "ZIP": re.compile(r"^\d{5}$"),
}

# Eponyms, scales and common words the notes use as terms, never as a person or place (matched
# case-insensitively: some notes are upper or lower case): never inside a gold span.
H5_TERMS = ["Apgar", "Tanner stage", "Denver", "Snellen", "Hope this helps", "Leopold", "Braxton Hicks",
         "Bishop score", "Edinburgh", "Mallampati", "Frank discussion", "frank blood", "no frank pus",
         "Kaposi", "Fitzpatrick", "Wood's lamp", "Nikolsky", "Mohs", "Breslow", "Clark level", "brown-black",
         "brown pigment", "brown discoloration", "Gleason", "Foley", "Valsalva", "Kegel", "Rinne", "Weber",
         "Dix-Hallpike", "Epley", "Eustachian", "Romberg", "Epworth", "Raynaud", "Gottron", "Sjögren",
         "Hashimoto", "Schirmer", "Phalen", "Tinel", "Finkelstein", "MoCA", "Trails B", "Katz", "Lawton",
         "Morse fall", "Hoehn and Yahr", "Parkinson's", "Alzheimer's", "Beers", "semmes-weinstein", "charcot",
         "wagner grade", "morton's", "Boston Naming", "Rey Complex", "Wisconsin Card", "Beck Depression",
         "Waddell", "Hoover", "FABER", "Grace period", "Bill to:", "bill sent", "will grace", "They hope",
         "I hope", "will decide", "Graves", "(Coumadin)", "Warfarin", "Bactrim", "Biktarvy", "daughter-in-law"]

H5_SHAPES = {
    **COMMON_SHAPES,
    "PHONE": re.compile(r"^(x\d{4}|[\d()+ .\-]{4,}( ext\. \d+)?)$", re.I),
    "EMAIL": re.compile(r"^[a-z.]+\d*@[a-z.\-]+\.[a-z]+$", re.I),
    "URL": re.compile(r"^https://\S+$", re.I),
    "IBAN": re.compile(r"^GB\d\d( [A-Z0-9]{4}){4} [A-Z0-9]{2}$", re.I),
    "ZIP": re.compile(r"^\d{5}$"),
    "STATE": re.compile(r"^[A-Z]{2}$|^[A-Z][a-z]+( [A-Z][a-z]+)?$", re.I),
}

# Eponyms, scales, place-named criteria and common words the notes use as terms, never as a person or
# place (matched case-insensitively: some notes are upper or lower case): never inside a gold span. The
# name pool holds the same words as names (Hope, Will, Rose, Young, King, Hunter, Bishop, Stone, Frost...).
H6_TERMS = ["Holter", "NYHA", "McBurney", "Rovsing", "Murphy's sign", "Alvarado score", "kidney stone", "CHA2DS2-VASc",
         "living will", "hepatojugular", "rose to 0.05", "Colles", "Weber B", "Ottawa ankle rules",
         "Glasgow Coma Scale", "NEXUS", "boxer's fracture", "Cross-table", "Blood bank", "frostbite", "Rankin",
         "Babinski", "Kernig", "NIHSS", "ASPECTS", "Glidescope", "Richmond Agitation-Sedation Scale", "CAM-ICU",
         "C-SSRS", "I hope they", "Hope to avoid", "Hope to close", "hopes to", "I will not", "I will be available",
         "will recheck", "Will follow", "Brown discoloration", "brown jacket", "Arcus senilis", "strong odor",
         "Toluidine blue", "TEN-4-FACESp", "Naranjo", "CTCAE", "MedDRA", "Gleason", "SpaceOAR", "TrueBeam",
         "Port-a-Cath", "Huber", "Snellen", "Valsalva", "Marfan", "Beighton", "Lachman", "McMurray", "Thompson test",
         "King-Devick", "Seattle criteria", "Summer camp", "QuantiFERON", "Hansen's disease", "Waddell",
         "deer hunter", "described as young", "Ward bishop", "good faith", "otherwise", "paged", "poison ivy",
         "living will on file"]

H6_HOLIDAYS = "Thanksgiving|Christmas|New Year|Labor Day|Memorial Day|Fourth of July|Easter"

H6_SHAPES = {
    **COMMON_SHAPES,
    "DATE": re.compile(rf"\d|{MONTHS}|{WEEKDAYS}|{H6_HOLIDAYS}", re.I),
    "PHONE": re.compile(r"^(\(\d{3}\) |\d{3}[-./])?\d{3}[-.]\d{4}( x\d{3})?$|^\+1 \d{3} \d{3} \d{4}$|^\d-\d{4}$"
                        r"|^\d{10}$"),
    "EMAIL": re.compile(r"^[a-z.]+\d*@[a-z\-]+\.[a-z.]+$", re.I),
    "URL": re.compile(r"^https://[a-z0-9.\-]+\.[a-z]+/\S+$", re.I),
    "IBAN": re.compile(r"^[A-Z]{2}\d\d( [A-Z0-9]{4})+( [A-Z0-9]{1,3})?$", re.I),
    "ZIP": re.compile(r"^\d{5}$"),
    "STATE": re.compile(r"^[A-Z]{2}$|^[A-Z][a-z]+( [A-Z][a-z]+)?$", re.I),
    "ADDRESS": re.compile(r"^\d+ \S"),
}

# Eponyms, scales, place-named devices and diseases, and common words the notes use as terms, never as a
# person or place (matched case-insensitively: some notes are upper or lower case): never inside a gold
# span. The name pool holds the same words as names (Grace, Dawn, Iris, Pearl, Chase, Miles, Olive, Burns,
# Payne, Walker, Baker...), and the place pool sits beside Boston brace, Philadelphia collar, Lyme disease...
H7_TERMS = ["grace period", "dawn phenomenon", "iris nevus", "iris transillumination", "Pearl-like", "chase with water",
         "miles on the", "miles away", "loaded miles", "olive oil", "burns to", "front-wheeled walker", "Baker's cyst",
         "Smith's fracture", "Barton's fracture", "Jones fracture", "Boston brace", "Philadelphia collar", "Miami J",
         "Aspen collar", "Austin Flint", "Rocky Mountain spotted fever", "Lyme disease", "West Nile",
         "Japanese encephalitis", "Spanish flu", "Yellow fever", "Montreal Cognitive Assessment",
         "St. Louis University Mental Status", "Rancho Los Amigos", "Bristol stool", "Hoyer lift", "Kangaroo",
         "Parkland formula", "Lund and Browder", "Rule of Nines", "Curling ulcer", "Baux score", "Westley croup",
         "Broselow", "FLACC", "PRISM III", "Salter-Harris", "Garden classification", "Schatzker", "Monteggia",
         "Galeazzi", "Ottawa foot rules", "NEXUS", "Bruce protocol", "Duke treadmill", "Zio patch", "Mobitz",
         "Wenckebach", "Brugada", "Watchman", "Osler nodes", "Janeway lesions", "Berg Balance", "Morse Fall Scale",
         "Braden", "Westgard", "Groshong", "Hickman", "Broviac", "Wagner grade", "Marx protocol", "Monoplace",
         "Snellen", "Ishihara", "Amsler grid", "Goldmann", "Schirmer", "Humphrey visual field", "Marcus Gunn",
         "Hertel", "PEG scale", "Opioid Risk Tool", "Narcan", "Suboxone", "Gardner grading", "Kruger morphology",
         "Asherman", "Stein-Leventhal", "Borg scale", "GOLD stage", "Mifflin-St Jeor", "Harris-Benedict", "Dobhoff",
         "Corpak", "Barthel", "Katz ADL", "Tinetti", "Living will", "Schmitt-Thompson", "Tylenol", "Motrin",
         "Wolff-Parkinson-White", "McMurray", "CURB-65", "Waterlow", "Norton scale", "hope to wean",
         "hopes to be home", "will recheck", "I will not", "I will be available", "Will she go", "pain scores"]

H7_HOLIDAYS = "Thanksgiving|Waitangi Day|Heritage Day|Deepavali"

H7_SHAPES = {
    **COMMON_SHAPES,
    "DATE": re.compile(rf"\d|{MONTHS}|{WEEKDAYS}|{H7_HOLIDAYS}|\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b", re.I),
    "PHONE": re.compile(r"^(\(\d{3}\) |\d{3}[-./])?\d{3}[-.]\d{4}$|^\+1 \d{3} \d{3} \d{4}$|^\d{10}$|^\d{3}-\d{3}-\d{4}$"
                        r"|^\d-\d{4}$|^x?\d{3,5}$"  # pager, extension; then NZ, ZA, SG
                        r"|^\+(64|27|65)( \d{1,2})? \d{3,4} \d{4}$|^0\d\d \d{3} \d{4}$|^\d{4} \d{4}$", re.I),
    "EMAIL": re.compile(r"^[a-z0-9._]+@[a-z0-9\-]+(\.[a-z]+)+$", re.I),
    "URL": re.compile(r"^https://[a-z0-9.\-]+\.[a-z]+/\S+$", re.I),
    "IBAN": re.compile(r"^[A-Z]{2}\d\d( [A-Z0-9]{4})+( [A-Z0-9]{1,3})?$", re.I),
    "ZIP": re.compile(r"^\d{5}$|^\d{4}$|^\d{6}$"),
    "STATE": re.compile(r"^[A-Z]{2}$|^[A-Z][a-z]+( [A-Z][a-z]+)?$", re.I),
    "ADDRESS": re.compile(r"^(Blk )?\d+ \S", re.I),
}

# Eponyms, devices, drugs, scales and common words the notes use as terms, never as a person or place
# (matched case-insensitively: most notes are upper case): never inside a gold span. The name pool holds
# Will, May, Bill, Rose, Hope, Grant, Mark, Long, Brown and Hill as names too.
H8_TERMS = ["Foley", "Swan in place", "Swan,", "Levophed", "Hickman", "Pleurovac", "Dobhoff", "Jackson-Pratt",
         "Bair Hugger", "Ambu", "Trendelenburg", "Kerlix", "Whipple", "Glasgow", "Philadelphia collar",
         "Mifflin-St Jeor", "Hartmann's", "Protonix", "Haldol", "Tylenol", "Lasix", "Nutren", "Peptamen",
         "coumadin", "duoderm", "flexiseal", "kangaroo care", "CAM-ICU", "Xmas", "will cont", "will continue",
         "will follow", "Living will", "may have", "may be the one", "hope to wean", "family hope to",
         "they hope", "hopes to", "long day", "long term", "temp rose", "BP rose", "skin marked",
         "brown stool", "hospital bill", "assistance grant", "7 North", "6 West", "MD aware"]

H8_SHAPES = {
    **COMMON_SHAPES,
    "DATE": re.compile(rf"\d|{MONTHS}|{WEEKDAYS}", re.I),
    "PHONE": re.compile(r"^(\(\d{3}\) |\d{3}[-.])?\d{3}[-.]\d{4}$|^\d{10}$"
                        r"|^\d-\d{4}$|^x\d{4}$", re.I),  # pager, extension
    "EMAIL": re.compile(r"^[a-z0-9._]+@[a-z0-9\-]+(\.[a-z]+)+$", re.I),
    "URL": re.compile(r"^https://[a-z0-9.\-]+\.[a-z]+/\S+$", re.I),
    "IBAN": re.compile(r"^[A-Z]{2}\d\d( [A-Z0-9]{4})+( [A-Z0-9]{1,3})?$", re.I),
    "ZIP": re.compile(r"^0\d{4}$"),
    "STATE": re.compile(r"^[A-Z]{2}$|^[A-Z][a-z]+( [A-Z][a-z]+)?$", re.I),
    "ADDRESS": re.compile(r"^\d+ \S", re.I),
}

# Eponyms, devices, drugs, scales and common words ICU notes use as terms, never as a person or place
# (matched case-insensitively: half the notes are upper case): never inside a gold span. The name pool
# holds Will, May, Hope, Grant, Rose, Mark, Bill, Brown and Hill as names too.
H9_TERMS = ["Foley", "Swan-Ganz", "Levophed", "Whipple", "Glasgow", "Hickman", "Cordis", "Pleurx", "Bair Hugger",
            "Trendelenburg", "Dobhoff", "Ambu", "Simpson biplane", "Lasix", "Protonix", "Tylenol", "coumadin",
            "will continue", "will follow", "living will", "will grant", "may need", "may extubate", "may visit",
            "may bring", "hope to", "hope for", "temp rose", "brown stool", "brown secretions", "skin marked",
            "Mark groin", "hospital bill", "assistance grant", "7 North", "Hill-Sachs"]

H9_SHAPES = {
    **COMMON_SHAPES,
    "PHONE": re.compile(r"^(\(\d{3}\) |\d{3}[-.])\d{3}-\d{4}$|^\d{3}\.\d{3}\.\d{4}$|^\d-\d{4}$|^x\d{4}$", re.I),
    "EMAIL": re.compile(r"^[a-z0-9._]+@[a-z0-9\-]+(\.[a-z]+)+$", re.I),
    "URL": re.compile(r"^https://[a-z0-9.\-]+\.[a-z]+/\S+$", re.I),
    "IBAN": re.compile(r"^DE\d\d( \d{4}){4} \d\d$", re.I),
    "ZIP": re.compile(r"^0\d{4}$"),
    "ID": re.compile(r"^\d{7}$"),
    "STATE": re.compile(r"^[A-Z]{2}$|^[A-Z][a-z]+( [A-Z][a-z]+)?$", re.I),
    "ADDRESS": re.compile(r"^\d+ \S", re.I),
}

# Eponyms, devices, drugs and common words ICU nursing notes use as terms, never as a person or place
# (matched case-insensitively: half the notes are upper case, a quarter lower case): never inside a gold
# span. The name pool holds Bill, Rose, Hope, Frank, Grant and Young as names too; weekdays are not PHI.
H10_TERMS = ["Foley", "Swan", "Ganz", "Levophed", "Dilaudid", "Glasgow", "Murphy's sign", "Trendelenburg", "Hickman",
             "Cordis", "Ativan", "Haldol", "Coumadin", "Bair Hugger", "PRN", "Chest PT", "MAE", "PERRLA", "duoderm",
             "Lasix", "propofol", "versed", "fentanyl", "heparin", "Probalance", "Tylenol", "benadryl", "VNA F/U",
             "Monday", "Friday", "frank blood", "temp rose", "hope to", "family hope", "will cont", "bed 6",
             "4th unit", "protonix", "healthcare proxy", "CHF clinic", "hearing aid"]

H10_HOLIDAYS = "Thanksgiving|Christmas|Easter|Memorial Day|New Year|4th of July"

H10_SHAPES = {
    **COMMON_SHAPES,
    "DATE": re.compile(rf"\d|{MONTHS}|{H10_HOLIDAYS}", re.I),
    "PHONE": re.compile(r"^(\(\d{3}\) |\d{3}-)?\d{3}-\d{4}$|^\d{4}$|^x?\d-\d{4}$", re.I),
    "EMAIL": re.compile(r"^[a-z]+\.[a-z]+@[a-z]+\.org$", re.I),
    "ID": re.compile(r"^\d{6,7}$"),
    "STATE": re.compile(r"^[A-Z]{2}$|^[A-Z][a-z]+$", re.I),
    "ADDRESS": re.compile(r"^\d+ \S", re.I),
}

# Eponyms, scales, drugs, products, card networks, public bodies and contract boilerplate the hospital,
# bank and law-firm documents use as terms, never as a person, place or client (matched
# case-insensitively: some documents are upper case): never inside a gold span. The name pool holds Will,
# Grant, Hope, Foley and Parkinson as names too; a governing-law or incorporation state is not PII.
H11_TERMS = ["Foley catheter", "Foley balloon", "remove Foley", "Foley placed", "Parkinson's disease", "Hodgkin",
             "Babinski", "Glasgow Coma Scale", "Doppler", "Gleason score", "Bosniak", "BI-RADS", "Reed-Sternberg",
             "Epworth", "DaTscan", "Omnipaque", "Tylenol", "Advil", "Motrin", "co-careldopa", "carbidopa-levodopa",
             "donepezil", "Medicare", "Disclosing Party", "Receiving Party", "Agreement", "Effective Date",
             "Party will", "I will be", "will remove", "grant any license", "we hope", "Delaware law",
             "a Delaware corporation", "laws of the State of New York", "courts located in Wilmington", "Visa",
             "Mastercard", "Federal Reserve", "Regulation E", "Consumer Financial", "Fair Credit Billing Act of 1974",
             "Act of 1964", "SEPA Credit Transfer", "SHELL OIL", "COSTCO", "NETFLIX", "FDIC",
             "District of New Jersey", "FRE 408", "HIPAA", "6 West"]

H11_SHAPES = {
    **COMMON_SHAPES,
    "PHONE": re.compile(r"^[+(\d][\d ().\-]{4,}\d$"),  # a pager "6-2516" too
    "EMAIL": re.compile(r"^[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z]+)+$", re.I),
    "URL": re.compile(r"^https://[a-z0-9.\-]+\.[a-z]+/\S+$", re.I),
    "IBAN": re.compile(r"^[A-Z]{2}\d\d( ?[A-Z0-9]{1,4})+$", re.I),
    "CARD": re.compile(r"^\d{4}([ -]?\d{4}){3}$|^3[47]\d\d ?\d{6} ?\d{5}$"),
    "ZIP": re.compile(r"^\d{5}(-\d{4})?$|^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$|^\d{4}( [A-Z]{2}|-\d{3})?$", re.I),
    "STATE": re.compile(r"^[A-Z]{2}$|^[A-Z][a-z]+( [A-Z][a-z]+)?$", re.I),
    "YEAR": re.compile(r"^(19|20)\d\d$|^'\d\d$"),
    "ADDRESS": re.compile(r"\d"),
}

# Eponyms, devices, drugs, scales, units and common words ICU respiratory, physician, case management,
# social work, nutrition, therapy and chaplain notes use as terms (matched case-insensitively: most notes
# are upper or lower case): never inside a gold span. The name pool holds Will, Hope, Grant, Rose, Bill,
# Frank and Mark as names too; "OSH", a weekday ("this past Sat") and a hospital unit are not PHI.
H12_TERMS = ["Foley", "Swan-Ganz", "Levophed", "Hickman", "Cordis", "Dobhoff", "Passy-Muir", "Yankauer", "Miami J",
             "Ambu", "Pleurevac", "Roho", "Kinair", "Bair Hugger", "Ativan", "Haldol", "Coumadin", "Glasgow",
             "Trendelenburg", "Allen's test", "MAE", "PERRL", "Babinski", "Posey", "Shiley", "Lasix", "Tylenol",
             "will cont", "will f/u", "will follow", "living will", "hope to", "they hope", "hope and pray",
             "care grant", "bill of rights", "bill issues", "about bills", "frank blood",
             "temp rose", "mark I&O", "past Sat", "OSH", "7 north", "9 East", "11 West", "MICU bed 6"]

H12_HOLIDAYS = "Thanksgiving|Christmas|Easter|New Year's|July 4th"

H12_SHAPES = {
    **COMMON_SHAPES,
    "DATE": re.compile(rf"\d|{MONTHS}|{H12_HOLIDAYS}", re.I),
    "PHONE": re.compile(r"^(\(\d{3}\) |\d{3}-)?\d{3}-\d{4}$|^\d{4,5}$|^x\d{4}$", re.I),  # pagers "PGR 1234"
    "ID": re.compile(r"^\d{7}$"),
    "ZIP": re.compile(r"^0\d{4}$"),
    "STATE": re.compile(r"^[A-Z]{2}$|^[A-Z][a-z]+$", re.I),
    "ADDRESS": re.compile(r"^\d+ \S", re.I),
}

# Eponyms, devices, drugs, scales and common words telemetry, ED, oncology, L&D, dialysis, PACU, rehab, home-health,
# hospice and ICU notes use as terms, never as a person or place (matched case-insensitively: 40 % of the notes
# are upper case, a quarter lower case): never inside a gold span. The name pool holds Stone, Bishop, Ward, Bell,
# Young, King, Grant, Will, May, Hope, Rose, June and Mark as names too; room, bed and chair numbers are not PHI.
H13_TERMS = ["Foley", "Whipple", "Glasgow", "Swan-Ganz", "Hickman", "Pleurx", "Port-a-cath", "Bair Hugger", "Braden",
             "Morse", "Apgars", "Bishop score", "pitocin", "Cytoxan", "Hodgkin", "Kussmaul", "Trendelenburg",
             "Parkland", "Alvarado score", "Wenckebach", "Holter", "Brescia-Cimino", "Quinton", "Huber", "Karnofsky",
             "Neulasta", "Reed-Sternberg", "Cheyne-Stokes", "Kennedy terminal ulcer", "Hoyer", "Philadelphia collar",
             "Barthel", "Prevalon", "Lifeline", "Coumadin", "Dobhoff", "Aldrete", "Hemovac", "Duramorph", "Rhogam",
             "cervidil", "Parkinson disease", "Bell's palsy", "kidney stone", "call bell", "king size", "up hill",
             "assistance grant", "young for age", "back to the ward", "site marked", "temp rose", "BP rose",
             "will cont", "living will", "may need", "may visit", "hope to", "hopes to", "2-3L NC", "7 North",
             "6 West", "MICU bed", "OASIS", "Wolff-Parkinson-White", "Mobitz", "Kinair",
             "CVVH", "HO aware"]

H13_HOLIDAYS = "Xmas|Christmas|Thanksgiving|New Year|Easter|Labor Day|4th of July"

H13_SHAPES = {
    **COMMON_SHAPES,
    "DATE": re.compile(rf"\d|{MONTHS}|{WEEKDAYS}|\b(Mon|Tues?|Weds?|Thu|Thurs|Fri|Sat|Sun)\b|{H13_HOLIDAYS}", re.I),
    # pagers "37446", "4-5187" and an extension "x4068" too
    "PHONE": re.compile(r"^(1-)?(\(\d{3}\) |\d{3}[-. ])?\d{3}[-. ]\d{4}$|^\d{10}$|^x\d{4}$|^\d{5}$|^\d-\d{4}$", re.I),
    "EMAIL": re.compile(r"^[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z]+)+$", re.I),
    "URL": re.compile(r"^(https://|www\.)\S+$", re.I),
    "ID": re.compile(r"^\d{7,8}$"),
    "ZIP": re.compile(r"^0\d{4}$"),
    "STATE": re.compile(r"^[A-Z]{2}$|^[A-Z][a-z]+$", re.I),
    "ADDRESS": re.compile(r"^\d+ \S", re.I),
}

# Eponyms, devices, drugs, scales and word-names ICU nursing notes, discharge summaries, reports and quick lower-case
# notes use as terms, never as a person or place (matched case-insensitively: half the notes are upper case, a seventh
# lower case): never inside a gold span. The name pool holds Hill, Stone, Wood, Brown, Fox, Rich, Sharp, Day, Will,
# Hope, Grace, Faith, Rusty, Dawn, Tyler, Jackson and Austin as names too; weekdays and hospital units are not PHI.
H14_TERMS = ["Foley", "Swan", "Whipple", "Glasgow", "Levophed", "Hickman", "Dobhoff", "Ativan", "Bair Hugger",
             "Mallampati", "Graves disease", "Parkinson", "Hodgkin", "Crohn's", "Child-Pugh", "Duke criteria",
             "Jackson-Pratt", "Austin Flint", "rusty sputum", "brown stool", "Murphy sign", "Kerley B", "Hounsfield",
             "Simpson's biplane", "Judkins", "Allen test", "Cheyne-Stokes", "Reed-Sternberg", "Forrest IIa",
             "Balthazar", "Yankauer", "Posey", "Haldol", "Lasix", "Coumadin", "Dilaudid", "Sinemet", "Tylenol",
             "Protonix", "Flexiseal", "Propofol", "Fentanyl", "Versed", "Keflex", "will cont", "will f/u", "will come",
             "living will", "hopes to", "hope to", "sharp pain", "kidney stone", "per day", "will readdress",
             "will call back", "will d/c", "Monday", "Tuesday", "Friday", "Sunday", "HO AWARE", "MICU", "TSICU",
             "7 NORTH", "Portuguese"]

H14_HOLIDAYS = "Christmas|Thanksgiving|New Year|Easter|Labor Day|Memorial Day|4th of July"

H14_SHAPES = {
    **COMMON_SHAPES,
    "DATE": re.compile(rf"\d|{MONTHS}|{H14_HOLIDAYS}", re.I),
    # pagers "42871" and extensions "x4350" too
    "PHONE": re.compile(r"^(\(\d{3}\) |\d{3}[-. ])?\d{3}[-. ]\d{4}$|^\d{10}$|^x\d{4}$|^\d{5}$", re.I),
    "EMAIL": re.compile(r"^[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z]+)+$", re.I),
    "URL": re.compile(r"^(https://|www\.)\S+$", re.I),
    # record, job and clip numbers; accessions "S08-56818", "CT3302104", "EG266349"; 11-digit accounts
    "ID": re.compile(r"^([A-Z]{1,2}\d{6,7}|S\d\d-\d{5}|\d{6,11})$", re.I),
    "ZIP": re.compile(r"^\d{5}$"),
    "STATE": re.compile(r"^[A-Z]{2}$|^[A-Z][a-z]+$", re.I),
    "ADDRESS": re.compile(r"^\d+ \S", re.I),
}

# Eponyms, scales, drugs, payers and common words the outpatient notes use as terms, never as a person or
# place (matched case-insensitively: a third of the notes are upper case): never inside a gold span. The
# name pool holds Will, Hope, Rose, Hunter, Bell, May, Grant, June, Grace and Tyler as names too; payer
# names (Medicare, Blue Cross, Liberty Mutual...) are not gold in this set.
H15_TERMS = ["Foley", "Tylenol", "Bell's palsy", "Apgars", "Snellen", "Down syndrome", "Parkinson's", "Epley",
             "Wood's lamp", "deer hunter", "will call", "may need", "hope to", "hope this", "living will",
             "Medicare", "Medicaid", "Blue Cross", "Delta Dental", "Liberty Mutual", "Goldmann", "Ishihara",
             "Amsler", "Dix-Hallpike", "Romberg", "Hawkins", "Spurling", "Tanner", "Vanderbilt", "Frankl",
             "Alger brush", "Sinemet", "Eliquis", "Hoyer", "NEXUS", "Beers list", "Epworth", "STOP-BANG",
             "CHA2DS2-VASc", "Waterpik", "Motrin", "Qelbree", "Ozempic", "Holter", "C-SSRS", "PHQ-9", "GAD-7",
             "Eylea", "Penrose", "IOLMaster", "Monday", "Friday", "brown stain", "box breathing", "the clinic",
             "rose to", "Heimlich", "Hunter syndrome", "Marcus Gunn", "Braden", "Morse fall", "Hoyer lift", "Jamar",
             "grace period", "grant-funded", "Stryker", "Neer", "Hashimoto", "Caremark", "OptumRx", "MVP Health"]

H15_HOLIDAYS = "Christmas|Thanksgiving|Easter"

H15_SHAPES = {
    **COMMON_SHAPES,
    "DATE": re.compile(rf"\d|{MONTHS}|{H15_HOLIDAYS}", re.I),
    # phones and faxes, toll-free "1-888-555-0123", "802 555 0333", "8025550447"; an extension on its own ("214")
    "PHONE": re.compile(r"^(1-)?(\(\d{3}\) |\d{3}[-. ])\d{3}[-. ]\d{4}$|^\d{10}$|^\d{3,4}$"),
    "EMAIL": re.compile(r"^[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z]+)+$", re.I),
    "URL": re.compile(r"^(https://|www\.)\S+$", re.I),
    # MRNs, Rx, NPI/DEA, member, claim, incident and plate numbers ("HKT 482", "1EG4-TE5-MK12")
    "ID": re.compile(r"^[A-Z0-9][A-Z0-9\- ]{3,}$", re.I),
    "ZIP": re.compile(r"^\d{5}$"),
    "STATE": re.compile(r"^[A-Z]{2}$|^[A-Z][a-z]+( [A-Z][a-z]+)?$", re.I),
    # a street line, or a street named without its number ("Canal St")
    "ADDRESS": re.compile(r"^\d+ \S|^[a-z]+ (st|street)$", re.I),
}

# Eponyms, scales, devices, sutures, drugs and common words the operative, pathology, anaesthesia, newborn,
# OB, therapy, psychiatry, genetics, transfer, research and death notes use as terms, never as a person or
# place (matched case-insensitively: 20 notes are upper case, 15 lower case): never inside a gold span. The
# name pool holds Will, May, Hope, Grant, Mark, Rose, Bill and Hunter as names too; weekdays, units and
# language names are not PHI.
H16_TERMS = ["Foley", "Whipple", "Apgars", "Kocher", "Pfannenstiel", "Gleason", "Breslow", "Clark level", "Denver",
             "Bayley", "Montreal Cognitive", "Glasgow Coma", "Wilms", "Down syndrome", "Marfan", "Lynch", "BRCA",
             "Mallampati", "Glidescope", "Bair Hugger", "Leopold", "Braxton Hicks", "Edinburgh", "Ballard",
             "Ortolani", "Barlow", "Berg 52", "Hoyer", "Rokitansky-Aschoff", "Mirizzi", "Hartmann's", "Palmer's",
             "Hasson", "Veress", "Allen test", "Whitacre", "Vicryl", "Monocryl", "Hemovac", "Duramorph", "RhoGAM",
             "Ghent", "Beighton", "Tyrer-Cuzick", "NCCN", "MoCA", "C-SSRS", "Barrett's", "Hem-o-lok", "Endo Catch",
             "NIHSS", "PI-RADS", "AJCC", "FBN1", "MLH1", "EMTALA", "UBACC", "GFTA-3", "pitocin", "olanzapine",
             "site marked", "temp rose", "deer hunting", "will continue", "will follow", "will decide", "living will",
             "may need", "may go home", "may withdraw", "may use", "may accompany", "hope for", "hope to", "hopes to",
             "hospital bill", "research grant", "will mark", "Thursday", "Sunday calls", "4 West", "5 East", "NICU",
             "SICU", "Quechua", "Vietnamese", "Birth-to-3", "wic referral", "WIC enrolled", "roi signed",
             "was a hunter", "grant the court", "lithium", "ethosuximide", "Buddhist", "Scottish", "HIPAA",
             "EOS calculator", "tumor board", "GINA", "Tuesday", "Wednesday"]

H16_HOLIDAYS = "Christmas|Thanksgiving|Easter|Fourth of July|Palm Sunday|Halloween|Valentines Day|New Years"
_H16_SPOKEN = "zero|oh|one|two|three|four|five|six|seven|eight|nine"

H16_SHAPES = {
    **COMMON_SHAPES,
    # dictated dates are spelled out but name their month ("march eleventh twenty twenty five")
    "DATE": re.compile(rf"\d|{MONTHS}|{H16_HOLIDAYS}", re.I),
    "AGE": re.compile(r"^(9\d|10\d)$|^ninety( [a-z]+)?$", re.I),
    "YEAR": re.compile(r"^(19|20)\d\d$|^(nineteen|twenty)( [a-z]+)+$", re.I),
    # phones, faxes, toll-free, pagers "4-4812", extensions on their own ("214"), and spoken digit strings
    "PHONE": re.compile(rf"^(1-)?(\(\d{{3}}\) |\d{{3}}[-. ])\d{{3}}[-. ]\d{{4}}$|^\d{{10}}$|^\d-\d{{4}}$|^\d{{1,3}}$"
                        rf"|^({_H16_SPOKEN})( ({_H16_SPOKEN})){{9}}$", re.I),
    "EMAIL": re.compile(r"^[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z]+)+$", re.I),
    "URL": re.compile(r"^(https://|www\.)\S+$", re.I),
    # MRN, accession, case, lot, serial, study, subject, IRB, NPI numbers; dictated ones spoken digit by digit
    "ID": re.compile(rf"^(?=.*\d)[A-Z0-9][A-Z0-9\-]*[A-Z0-9]$|^([a-z] )*({_H16_SPOKEN})( ({_H16_SPOKEN}))+$", re.I),
    "ZIP": re.compile(r"^\d{5}$"),
    "STATE": re.compile(r"^[A-Z]{2}$|^[A-Z][a-z]+$", re.I),
    "ADDRESS": re.compile(r"^\d+ \S", re.I),
}

# Eponyms, scales, device and drug brands, hospital units, languages, ranks, research protocol and policy numbers,
# and common words the blind set's notes use as terms, never as a person or place (matched case-insensitively:
# some notes are upper or lower case): never inside a gold span. The name pool holds Will, Hope, Grant, Rose,
# Faith, Hunter, Joy, Mercy and Frank as names too.
H17_TERMS = ["Foley", "Glasgow", "Epworth", "Mallampati", "Wells score", "CHA2DS2-VASc", "NYHA", "Duke", "Brugada",
             "Holter", "Swan-Ganz", "Wenckebach", "Mobitz", "Gram stain", "Kirby-Bauer", "Bruce protocol", "Allen test",
             "Simpson biplane", "Bernoulli", "Valsalva", "Morse", "MoCA", "Braden", "Coombs", "anti-Kell", "Duffy",
             "Kidd", "Cheyne-Stokes", "International 10-20", "Lennox-Gastaut", "Snellen", "Lachman", "McMurray",
             "King-Devick", "Marfan", "Beighton", "Semmes-Weinstein", "Rinne", "Maryland CNC", "Agent Orange",
             "Vietnam-era", "PACT Act", "Mission Act", "InterQual", "MCG", "CURB-65", "C-SSRS", "NIHSS", "COWS",
             "STOP-BANG", "AASM", "Xience", "Omnipaque", "Merlin.net", "Tendril", "Durata", "Eliquis", "Lantus",
             "Toprol", "Lasix", "Plavix", "Tylenol", "Benadryl", "bactrim", "EpiPen", "ResMed", "ImPACT", "SCAT6",
             "Datix", "Epic BPA", "CANDOR", "DonorNet", "KDPI", "living will", "4 West", "5 West", "5 North", "6 East",
             "7 North", "MICU", "SICU", "PICU", "Ramadan", "Vietnamese", "Somali", "Arabic", "Mandarin", "Hindi",
             "Polish", "Haitian Creole", "Navajo", "Dutch", "Marine Corps", "IRB-2025-0317", "LAB-117", "DoDI 6490.08",
             "42 CFR 8.12", "Mon-Sat", "Sat, Sun, Wed", "Medic 12", "Cottage 4", "Cedar 3", "rose after", "rose from",
             "rose to", "rose 2 lb", "rate rose", "hopes to", "hope left", "I hope", "hope for", "hope we",
             "faith group", "good faith", "the mercy of", "deer hunt", "duck hunter", "bring her joy", "his joy",
             "frank bleeding", "frank pyuria", "frank pus", "will grant 3 days", "through a grant", "may rise",
             "may need", "may lose", "may represent", "may be reduced", "will recheck", "will do", "will honor",
             "will call", "will hold", "will update", "UNOS", "DMV registry", "Medicare Advantage"]

H17_HOLIDAYS = "Thanksgiving|Christmas"

H17_SHAPES = {
    **COMMON_SHAPES,
    "DATE": re.compile(rf"\d|{MONTHS}|{H17_HOLIDAYS}", re.I),
    # phones, faxes, toll-free, pagers and in-house extensions ("4-4812"), a payer extension ("2231")
    "PHONE": re.compile(r"^(1-800-)?(\(\d{3}\) |\d{3}[-.])?555[-.]01\d\d$|^\d-\d{4}$|^\d{4}$"),
    "EMAIL": re.compile(r"^[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z]+)+$", re.I),
    "URL": re.compile(r"^https://\S+$", re.I),
    # MRN, accession, claim, member, auth, DoD ID, booking, UNOS, registry, NPI, DEA, serial, lot, study numbers
    "ID": re.compile(r"^(?=.*\d)[A-Z0-9][A-Z0-9\-]*[A-Z0-9]$", re.I),
    "ZIP": re.compile(r"^\d{5}$"),
    "STATE": re.compile(r"^[A-Z]{2}$|^[A-Z][a-z]+$", re.I),
    "ADDRESS": re.compile(r"^(\d+ \S|PO Box \d+$)", re.I),
}

# Eponyms, scales, drug, device, platform and machine brands, units, languages, regulations and common words
# the blind set's notes use as terms, never as a person or place (matched case-insensitively: some notes are
# upper or lower case): never inside a gold span. The name pool holds Will, Hope, Grant, Rose, Faith, Mark,
# Bill, June, April, Sue and May as names too.
H18_TERMS = ["Foley", "Braden", "Wagner grade", "Wound vac", "Coloplast", "SenSura", "stoma powder", "per protocol",
             "Dexcom", "Libre", "Omnipod", "Baqsimi", "Clarity", "DSMES", "plate method", "Fitzpatrick", "Breslow",
             "Clark level", "lentigo maligna", "Mohs", "apixaban", "Weber", "Rinne", "Eustachian", "Audeo",
             "Phonak Sky", "FM/DM", "Gleason", "PI-RADS", "Kegel", "Valsalva", "FollowMyHealth", "TURP", "TrueBeam",
             "Halcyon", "Versa HD", "TomoTherapy", "VMAT", "CBCT", "RTOG", "ECOG", "Karnofsky", "CHA2DS2-VASc", "On-X",
             "Coumadin", "warfarin", "Eliquis", "Doxy.me", "MyChart Video", "Zoom for Healthcare", "sertraline",
             "Vyvanse", "MoCA", "Mini-Cog", "Appelbaum", "Invega Sustenna", "HIPAA", "42 CFR Part 2", "5 North",
             "MRC dyspnoea", "NICE guidance", "FRAX", "Glasgow", "GOLD 3", "CURB-65", "4AT", "My Aged Care", "ACAS",
             "PICC", "CADD", "Hoyer", "Rollator", "ceftriaxone", "ertapenem", "Spanish", "Portuguese", "Navy",
             "Stage 3", "may need", "may not disclose", "may also", "may be hard", "will call", "will look",
             "will see", "will share", "will send", "I hope", "hopes to", "Hope to avoid", "patience but",
             "pleasant lady", "Tuesday", "Mon/Wed/Fri", "ResMed", "AirSense", "myAir", "Contour Next"]

H18_SHAPES = {
    **COMMON_SHAPES,
    "DATE": re.compile(rf"\d|{MONTHS}|Thanksgiving|Christmas|Easter", re.I),
    # US phones and faxes, UK (+44, 07700, 0161 496) and Australian (0491 570, (03) 5550) drama ranges
    "PHONE": re.compile(r"^(1-800-|\(\d{3}\) |\d{3}[-.])?555[-.]01\d\d$|^(\+44 |0)\d{2,4} \d{3,4} ?\d{3,4}$"
                        r"|^0491 570 \d{3}$|^\(03\) 5550 \d{4}$"),
    "EMAIL": re.compile(r"^[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z]+)+$", re.I),
    "URL": re.compile(r"^(https://|www\.)\S+$", re.I),
    # MRN, NHS, health card, Medicare, DVA, docket, claim, member, auth, order, RMA, serial, lot, NPI, our-ref numbers
    "ID": re.compile(r"^(?=.*\d)[A-Z0-9][A-Z0-9\- /]*[A-Z0-9]$", re.I),
    # US ZIPs, UK, Canadian and Australian postcodes
    "ZIP": re.compile(r"^\d{4,5}$|^[A-Z]{1,2}\d{1,2} \d[A-Z]{2}$|^[A-Z]\d[A-Z] \d[A-Z]\d$", re.I),
    "STATE": re.compile(r"^[A-Z]{2,3}$|^[A-Z][a-z]+( [A-Z][a-z]+)*$", re.I),
    "ADDRESS": re.compile(r"^(\d+ \S|Flat \d+, \d+ \S)", re.I),
}

# Eponyms, drug and test names, headings and common words the blind holdout19 notes use as terms, never as a
# person or place (matched case-insensitively: some notes are upper or lower case): never inside a gold span.
# The name pool holds the same words as names (Foley, Graves, Bishop, Banks, Price, Cash, Sterling, Stone,
# Penny, Bill, Will, Hope, Grant, Rose, Faith, Mark, Frank).
H19_TERMS = ["Foley catheter", "Whipple", "Glasgow Coma Scale", "Graves disease", "Hodgkin", "Bell's palsy", "Wells score",
             "Braden score", "(\"Bishop\")", "Parkinson disease", "Simpson's biplane", "Mantoux", "QuantiFERON",
             "Yellow fever", "Japanese encephalitis", "Vivotif", "Ixiaro", "Malarone", "Ebola", "Marburg", "Menopur",
             "Gonal-f", "Ovidrel", "Lupron", "Sinemet", "Dragon dictation", "NYHA", "Epic Access Log", "FOLFIRINOX",
             "Gleason", "Ki-67", "PSMA", "ABVD", "CTPA", "apixaban", "Tdap", "PGT-A", "ICSI", "YF-Vax", "BinaxNOW",
             "Price estimate", "Cash pay", "Penny balance", "disputes bill", "Bill holds", "Will call back", "Will you",
             "will help", "Will mark", "We hope", "I hope the move", "grant access", "grant consent", "good faith", "frank blood",
             "Cr rose", "kidney stone", "correspondent banks", "pounds sterling", "cashier's check", "safe deposit",
             "Exhibit 7", "Page 14", "Day 5 blastocysts", "Rabies PrEP", "NPDB", "HIPAA", "ICVP", "Case Management Pool",
             "Employee Health", "Hospital Medicine", "Tumor Board", "Probate Court", "Health Department",
             "Estate Services", "Financial Crimes Compliance", "Privacy & Compliance", "Medical Staff", "@VS24@",
             "@NAME@", "***", "Sponsor safety desk", "CSR No.", "Conf Rm B", "tank B-4", "cane 17", "thymectomy",
             "HPI ELEMENTS", "@ROS@", "Break-the-glass", "FPPE", "BRCA", "HER2", "PCI policy", "death master file",
             "Credentials Committee", "custodian of records", "Videotaped Deposition", "norovirus", "carrier screen",
             "Nurse Manager", "patient relations portal", "6 West", "Emergency Department", "Chief Complaint"]

H19_SHAPES = {
    **COMMON_SHAPES,
    "PHONE": re.compile(r"^(\(\d{3}\) |\d{3}[-.])555[-.]01\d\d$"),
    "EMAIL": re.compile(r"^[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z]+)+$", re.I),
    "URL": re.compile(r"^(https://|www\.)\S+$", re.I),
    # MRN, encounter, account, claim, case, subject, donor, member, lot, NPI, licence, DEA, policy, CIF, passport numbers
    "ID": re.compile(r"^(?=.*\d)[A-Z0-9][A-Z0-9\-]*[A-Z0-9]$", re.I),
    "ZIP": re.compile(r"^\d{5}$"),
    "STATE": re.compile(r"^[A-Z]{2}$|^[A-Z][a-z]+( [A-Z][a-z]+)?$", re.I),
    "ADDRESS": re.compile(r"^\d+ \S", re.I),
    "IBAN": re.compile(r"^(DE|GB)\d\d( [A-Z0-9]{4})+( [A-Z0-9]{1,2})?$", re.I),
}

# Eponyms, devices, drugs, scales and common words the blind holdout20 notes (PhysioNet / i2b2 / MIMIC manner) use
# as terms, never as a person or place (matched case-insensitively: most nursing notes are upper case): never
# inside a gold span. The name pool holds Hope, Will, Brook, March, Rose, Grant, Bill, May and Mark as names too.
H20_TERMS = ["Foley", "Levophed", "Swan in place", "Swan d/c'd", "Swan-Ganz", "Cordis", "Bair Hugger", "Whipple", "Glasgow",
             "Hickman", "Dobhoff", "Parkinson's", "PARKINSONS", "Alzheimer's", "Haldol", "Tylenol", "Lasix", "Coumadin",
             "Duoderm", "Flexiseal", "Nutren", "Integrilin", "Simpson's biplane", "Mifflin-St Jeor", "Sinemet",
             "Protonix", "Zosyn", "Braden", "Ensure", "DR. ORDERS", "PT EVAL", "PT (PHYSICAL THERAPY)", "Seen by PT",
             "PT evaluated", "PT recommends", "MD AWARE", "will continue", "will cont", "will follow", "Will see back",
             "hopes to", "HOPE TO SPEAK", "HOPES TO TAKE", "CAREVUE", "MICU", "CCU", "TSICU", "CSRU", "Pulmonary", "podiatry",
             "Cardiology", "Ativan", "Propofol", "Fentanyl", "Valium", "CIWA", "Octreotide", "Lopressor", "Plavix",
             "Metoprolol", "glargine", "Levaquin", "Vancomycin", "Ceftriaxone", "Integrilin", "PERRLA", "DNR/DNI",
             "FARR 6", "FARR 7", "REISMAN 11", "Physical Therapy", "Neuro:", "Resp:", "Social:", "Portuguese interpreter",
             "S/P MVR"]

H20_SHAPES = {
    **COMMON_SHAPES,
    "DATE": re.compile(rf"\d|{MONTHS}|Thanksgiving", re.I),
    "PHONE": re.compile(r"^(\(\d{3}\) |\d{3}[-.])?555[-.]01\d\d$"),
    # medical record, unit, account, clip, tracing, member, dictation, batch and job numbers
    "ID": re.compile(r"^(?=.*\d)[A-Z0-9][A-Z0-9\-]*[A-Z0-9]$", re.I),
    "ZIP": re.compile(r"^\d{5}$"),
    "STATE": re.compile(r"^[A-Z]{2}$|^[A-Z][a-z]+$", re.I),
    "ADDRESS": re.compile(r"^\d+ \S", re.I),
}

# Eponyms, devices, drugs, units, payers and common words the blind set 21 notes (PhysioNet nursing, i2b2 2006 /
# 2014, MIMIC-III notes and reports) use as terms, never as a person or place (matched case-insensitively: a sixth
# of the notes are upper case): never inside a gold span. The name pool holds Hope, Will, Bill, Grace, June, May,
# Wood, Long, Stone and Green as names too; weekdays, clock times, units and services are not PHI.
H21_TERMS = ["Foley", "Levophed", "Swan-Ganz", "Swan d/c'd", "Cordis", "Bair Hugger", "Whipple", "Glasgow", "Hickman",
             "Dobhoff", "Parkinson", "Coumadin", "Dr. aware", "PT/OT", "MD notified", "MD aware", "Team aware",
             "green sputum", "will continue", "will follow", "Will see back", "Will call", "will replace", "will talk",
             "hopes to take", "hope to return", "may need", "may fly", "Long-term", "long-standing", "grace period",
             "woodworking", "wood stove", "Kidney stones", "cannot bill", "brown stool", "Haldol", "Lasix", "Nutren",
             "Zosyn", "Vancomycin", "Propofol", "Simpson's biplane", "Mifflin-St Jeor", "Charcot", "CAREVUE", "MICU",
             "Cardiology", "Medicare", "Tufts secondary", "Meals on Wheels", "DAUGHTER-IN-LAW", "Protonix", "Lopressor",
             "Berg 18/56", "Endocrine clinic", "MEDQUIST36", "Status: Inpatient"]

H21_HOLIDAYS = "Christmas|Thanksgiving|Easter|New Year|Labor Day|Fourth of July|Memorial Day"

H21_SHAPES = {
    **COMMON_SHAPES,
    "DATE": re.compile(rf"\d|{MONTHS}|{H21_HOLIDAYS}", re.I),
    "PHONE": re.compile(r"^(\(\d{3}\) |\d{3}[-.])?555[-.]01\d\d$"),
    # medical record, unit, clip, batch, index, job and dictation numbers
    "ID": re.compile(r"^(?=.*\d)[A-Z0-9][A-Z0-9\-]*[A-Z0-9]$", re.I),
    "ZIP": re.compile(r"^\d{5}$"),
    "STATE": re.compile(r"^[A-Z]{2}$|^[A-Z][a-z]+( [A-Z][a-z]+)?$", re.I),
    "ADDRESS": re.compile(r"^\d+ \S", re.I),
}

# Eponyms, devices, drugs, scales, units and common words the blind set 22 notes (MIMIC-III discharge summaries,
# i2b2 longitudinal records, long ICU nursing notes, short notes and reports) use as terms, never as a person or
# place (matched case-insensitively: upper- and lower-case notes): never inside a gold span. The name pool holds
# Hope, Will, Grace, June, May and Rose as names too.
H22_TERMS = ["Foley", "Whipple", "Glasgow", "Parkinson", "Alzheimer's", "Coumadin", "Kerley B", "Simpson's biplane",
             "Bernoulli equation", "Lambl's", "Hounsfield", "Trendelenburg", "Babinski", "Courvoisier", "Homan's",
             "McMurray", "Wells score", "Berg balance", "Berg 22/56", "Braden", "Mifflin-St Jeor", "Bell's palsy",
             "Swan-Ganz", "Cordis", "Dobhoff", "Bair Hugger", "Levophed", "Haldol", "Nutren", "Lasix", "Protonix",
             "Lopressor", "Flexiseal", "Sinemet", "Creon", "will continue", "will follow", "will see", "will call",
             "hope to", "hopes to", "we hope", "may need", "may restart", "may be hard", "grace period", "Medicare",
             "Meals on Wheels", "MICU", "Team aware", "Glasgow-Blatchford", "Lifeline", "OSH", "Neurology",
             "Palliative Care", "daughter", "HCP"]

H22_HOLIDAYS = "Christmas|Thanksgiving|Easter"

H22_SHAPES = {
    **COMMON_SHAPES,
    "DATE": re.compile(rf"\d|{MONTHS}|{H22_HOLIDAYS}", re.I),
    "PHONE": re.compile(r"^(\(\d{3}\) |\d{3}-)?555-01\d\d$"),
    # medical record, unit, clip, accession, authorization, job and signature numbers
    "ID": re.compile(r"^(?=.*\d)[A-Z0-9][A-Z0-9\-]*[A-Z0-9]$", re.I),
    "ZIP": re.compile(r"^\d{5}$"),
    "STATE": re.compile(r"^[A-Z]{2}$|^[A-Z][a-z]+( [A-Z][a-z]+)?$", re.I),
    "ADDRESS": re.compile(r"^\d+ \S", re.I),
}

# Eponyms, devices, drugs, units and common words the blind set 23 ICU nursing notes (PhysioNet 'deid' manner: MIMIC-II
# shift notes, half upper case, some lower case) use as terms, never as a person or place (matched
# case-insensitively): never inside a gold span. The name pool holds Hope, Will, May, Bill, June, Rose, Grant and
# Mark as names too; units (MICU, CCU, 7 North) and "OSH" are not gold.
H23_TERMS = ["Foley", "Swan in place", "Cordis", "Hickman", "Dobhoff", "Glasgow", "Trendelenburg", "Whipple",
             "Parkinson's", "Levophed", "propofol", "Haldol", "Ativan", "Lasix", "Protonix", "Nutren", "Tylenol",
             "Vanco/Zosyn", "Flagyl", "MSO4", "Yankauer", "Pleurevac", "Bair Hugger", "Flexiseal", "Kinair", "duoderm",
             "lopressor", "dilt gtt", "MICU", "CCU", "7 North", "MD aware", "may need", "will cont", "will follow",
             "family hope to", "living will", "brown stool", "temp rose", "OSH records", "shovel mask", "Monday", "Tuesday"]

H23_HOLIDAYS = "Christmas|Thanksgiving|Easter|New Year|Labor Day|Memorial Day|4th of July"

H23_SHAPES = {
    **COMMON_SHAPES,
    "DATE": re.compile(rf"\d|{MONTHS}|{H23_HOLIDAYS}", re.I),
    # phones with or without area code ("555-0134"), pagers "6-4412" and "41876"
    "PHONE": re.compile(r"^(\(\d{3}\) |\d{3}[-.])?555[-.]01\d\d$|^\d-\d{4}$|^\d{5}$"),
    # medical record and unit numbers, outside-hospital account numbers
    "ID": re.compile(r"^\d{7,8}$"),
    "STATE": re.compile(r"^[A-Z]{2}$|^[A-Z][a-z]+( [A-Z][a-z]+)?$", re.I),
    "ADDRESS": re.compile(r"^\d+ \S", re.I),
}

# Eponyms, scales, drugs, units, services, payers and common words the blind set 24 notes (i2b2/UTHealth 2014
# manner: longitudinal diabetic records) use as terms, never as a person, place or organization
H24_TERMS = ["Foley", "Glasgow", "Whipple", "Parkinson's", "Cushing's", "Hodgkin's", "Bell's palsy", "Hashimoto's",
             "Simpson's biplane", "Bruce", "Lantus", "Humalog", "Plavix", "Toprol", "Lasix", "Coumadin", "Januvia",
             "Sinemet", "metformin", "glipizide", "Cardiology clinic", "Cardiology office", "Endocrine clinic",
             "Endocrine service", "CCU", "MICU", "7 North", "Medicare", "Blue Cross", "OSH", "PT/OT", "will continue",
             "will follow", "Will review", "Will admit", "I will see", "We will start", "hopes to lose", "May need",
             "the bill", "grant application", "may grant", "Tuesday", "Monday", "health care proxy",
             "dictated, not read"]

H24_HOLIDAYS = "Christmas|Thanksgiving|Easter|Labor Day"

H24_SHAPES = {
    **COMMON_SHAPES,
    "DATE": re.compile(rf"\d|{MONTHS}|{H24_HOLIDAYS}", re.I),
    # phones and faxes with or without area code, five-digit pagers
    "PHONE": re.compile(r"^(\(\d{3}\) |\d{3}[-.])?555[-.]01\d\d$|^\d{5}$"),
    # medical record, unit, account, batch and index numbers
    "ID": re.compile(r"^(?=.*\d)[A-Z0-9][A-Z0-9\-]*[A-Z0-9]$", re.I),
    "ZIP": re.compile(r"^\d{5}$"),
    "STATE": re.compile(r"^[A-Z]{2}$|^[A-Z][a-z]+( [A-Z][a-z]+)?$", re.I),
    "ADDRESS": re.compile(r"^\d+ \S", re.I),
    "EMAIL": re.compile(r"^[a-z]+@[a-z]+\.org$"),
    "URL": re.compile(r"^www\.[a-z]+\.org/\S+$"),
}

# bed and room numbers, shift times, vitals and doses: numbers that are not PHI
H8_NOT_PHI = re.compile(r"\b(bed|rm) \d+|\b\d{4}-\d{4}\b|\b(HR|SBP|PEEP|FiO2|Wt|BMI|K) \d+|\d+ ?(mg|mcg|cc|meq)\b",
                        re.I)

H2_SHAPES = {
    "EMAIL": re.compile(r"^[\w.+-]+@[\w.-]+\.[a-z]{2,}$"),
    "URL": re.compile(r"^https?://\S+$"),
    "IP": re.compile(r"^\d{1,3}(\.\d{1,3}){3}$"),
    "SSN": re.compile(r"^\d{3}-\d{2}-\d{4}$"),
    "ZIP": re.compile(r"^\d{5}(-\d{4})?$"),
    "YEAR": re.compile(r"^(19|20)\d\d$"),
    "AGE": re.compile(r"^(9\d|[1-9]\d\d)$"),  # Safe Harbor: younger ages are not PHI
    **{label: re.compile(r"(\D*\d){4}") for label in ("PHONE", "CARD", "IBAN")},
}
_TITLES_OF = r"(?i)^(dr|mr|mrs|ms|det|officer)\b"
_CREDENTIALS = re.compile(r",? (MD|RN|DO|PharmD|Esq)\.?$")
_USUAL = {"styles": 20, "min_per_style": 3, "label_mins": {"NAME": 300, "DATE": 200, "AGE": 10, "YEAR": 20},
          "case_mins": {"upper": 5, "lower": 2}}

HOLDOUT_SETS = [
    # its AGE and PHONE spans leave a glued sex or extension letter out ("99M", "X8260")
    HoldoutSet("holdout2", H2_SHAPES, H2_TERMS, 150, whole_words=False, worded=frozenset(),
               variety=Variety((60, 80), 1200, styles=15, case_mins={"upper": 4, "lower": 3})),
    HoldoutSet("holdout3", H3_SHAPES, H3_TERMS, 60, terms_flags=0, glued_after=("yo",),
               worded=WORDED - {"ADDRESS"},
               variety=Variety((60, 80), 1000, styles=20, label_mins={"NAME": 300, "DATE": 200, "AGE": 20})),
    HoldoutSet("holdout4", H4_SHAPES, H4_TERMS, 140,
               variety=Variety((75, 75), 1000, styles=25, min_per_style=3, labels=frozenset(LABELS - {"IBAN"}),
                               label_mins={"NAME": 350, "DATE": 200, "AGE": 20, "YEAR": 15},
                               case_mins={"upper": 5, "lower": 1})),
    HoldoutSet("holdout5", H5_SHAPES, H5_TERMS, 150, numbers_validate=True,
               not_in_names=(re.compile(r"(?i)^(dr|mr|mrs|ms|coach)\b"),),
               variety=Variety((60, 60), 1000, **_USUAL)),
    HoldoutSet("holdout6", H6_SHAPES, H6_TERMS, 150, glued_after=("yo",), numbers_validate=True,
               word_names=frozenset({"hope", "will", "rose", "young", "king", "hunter", "bishop"}),
               not_in_names=(re.compile(_TITLES_OF), _CREDENTIALS),
               variety=Variety((60, 60), 1000, **_USUAL)),
    # staff initials such as "MR" or "DR" on their own are names: a title is followed by the name
    HoldoutSet("holdout7", H7_SHAPES, H7_TERMS, 250, numbers_validate=True,
               word_names=frozenset({"grace", "dawn", "iris", "pearl", "chase", "miles", "olive", "burns", "payne",
                                     "walker", "baker"}),
               not_in_names=(re.compile(r"(?i)^(dr|mr|mrs|ms|det|officer|sgt|maj)\.? \S"), _CREDENTIALS),
               variety=Variety((60, 60), 1000, **_USUAL)),
    HoldoutSet("holdout8", H8_SHAPES, H8_TERMS, 280, numbers_validate=True,
               word_names=frozenset({"will", "may", "bill", "rose", "hope", "grant", "mark", "long", "brown", "hill"}),
               not_in_names=(re.compile(r"(?i)^(dr|drs|mr|mrs|ms|rn|rev|fr|rabbi|imam|officer)\.? \S"),
                             re.compile(r"(?i),? (MD|RN|PT|RD|LICSW)\.?$"),
                             re.compile(r"(?i)^(wife|husband|son|daughter|mother|father|niece) ")),
               variety=Variety((70, 70), 600, styles=16, min_per_style=3,
                               label_mins={"NAME": 250, "DATE": 90, "PHONE": 60, "AGE": 10, "YEAR": 20,
                                           "ORGANIZATION": 50, "LOCATION": 40},
                               case_mins={"upper": 45, "lower": 10, "mixed": 10})),
    HoldoutSet("holdout9", H9_SHAPES, H9_TERMS, 230, numbers_validate=True,
               word_names=frozenset({"will", "may", "hope", "grant", "rose", "mark", "bill", "brown", "hill"}),
               not_in_names=(re.compile(r"(?i)^(dr|mr|mrs|ms|rn|rt|cm)\.? \S"),
                             re.compile(r"(?i),? (MD|M\.D\.|RN|PharmD|LICSW)\.?$"),
                             re.compile(r"(?i)^(wife|husband|son|daughter|sister|brother|niece|hcp)\b")),
               variety=Variety((60, 60), 500, styles=16, min_per_style=3,
                               label_mins={"NAME": 140, "DATE": 120, "PHONE": 40, "AGE": 15, "YEAR": 30,
                                           "ORGANIZATION": 35, "LOCATION": 20},
                               case_mins={"upper": 30, "mixed": 30})),
    HoldoutSet("holdout10", H10_SHAPES, H10_TERMS, 480, glued_after=("yo", "YO"),
               word_names=frozenset({"bill", "rose", "hope", "frank", "grant", "young"}),
               not_in_names=(re.compile(r"(?i)^(dr|mr|mrs|ms|rn|rt|cm|sw)\.? \S"),
                             re.compile(r"(?i),? (MD|RN|LICSW)\.?$"),
                             re.compile(r"(?i)^(wife|husband|son|dtr|daughter|sister|brother|niece|nephew|grandson|hcp)\b")),
               variety=Variety((80, 80), 700, styles=11, min_per_style=5,
                               labels=frozenset({"NAME", "DATE", "AGE", "PHONE", "EMAIL", "ID", "ADDRESS", "LOCATION",
                                                 "ORGANIZATION", "STATE", "YEAR"}),
                               label_mins={"NAME": 250, "DATE": 100, "PHONE": 60, "AGE": 15, "YEAR": 30,
                                           "ORGANIZATION": 60, "LOCATION": 40, "ID": 25},
                               case_mins={"upper": 40, "lower": 20, "mixed": 20})),
    HoldoutSet("holdout11", H11_SHAPES, H11_TERMS, 300, numbers_validate=True,
               word_names=frozenset({"will", "grant", "hope", "foley", "parkinson"}),
               not_in_names=(re.compile(r"(?i)^(dr|mr|mrs|ms|mx|judge)\.? \S"),
                             re.compile(r"(?i),? (MD|DO|NP|PA-C|RN|PharmD|FCAP|Esq)\.?$"),
                             re.compile(r"(?i)^(wife|husband|son|daughter|spouse|neighbor)\b")),
               variety=Variety((70, 70), 1500, styles=17, min_per_style=4,
                               label_mins={"NAME": 300, "DATE": 240, "ORGANIZATION": 150, "ID": 100, "PHONE": 90,
                                           "ADDRESS": 90, "LOCATION": 100, "ZIP": 80, "STATE": 80, "EMAIL": 40,
                                           "YEAR": 25, "AGE": 12, "IP": 12, "IBAN": 12, "URL": 10, "SSN": 8,
                                           "CARD": 6},
                               case_mins={"upper": 8, "mixed": 55})),
    HoldoutSet("holdout12", H12_SHAPES, H12_TERMS, 240, glued_after=("yo", "YO"),
               word_names=frozenset({"will", "hope", "grant", "rose", "bill", "frank", "mark"}),
               not_in_names=(re.compile(r"(?i)^(dr|mr|mrs|ms|pt|rn|rt|cm|sw|fr|rev|sr|rabbi)\.? \S"),
                             re.compile(r"(?i),? (MD|RN|RRT|RD|PT|OTR/L|LICSW)\.?$"),
                             re.compile(r"(?i)^(wife|husband|son|dtr|daughter|sister|brother|niece|mother|girlfriend)\b")),
               variety=Variety((70, 70), 400, styles=14, min_per_style=5,
                               labels=frozenset({"NAME", "DATE", "AGE", "PHONE", "ID", "ADDRESS", "LOCATION", "ZIP",
                                                 "ORGANIZATION", "STATE", "YEAR"}),
                               label_mins={"NAME": 200, "DATE": 50, "PHONE": 40, "ORGANIZATION": 30, "LOCATION": 20,
                                           "STATE": 10, "ID": 10, "ADDRESS": 5, "AGE": 5, "YEAR": 4, "ZIP": 3},
                               case_mins={"upper": 30, "lower": 20, "mixed": 15})),
    HoldoutSet("holdout13", H13_SHAPES, H13_TERMS, 330, glued_after=("yo", "YO"),
               word_names=frozenset({"stone", "bishop", "ward", "bell", "young", "king", "grant", "will", "may", "hope",
                                     "rose", "june", "mark", "hill"}),
               not_in_names=(re.compile(r"(?i)^(dr|mr|mrs|ms|pt|rn|np|cm|sw|lc|fr|rev)\.? \S"),
                             re.compile(r"(?i),? (MD|RN|NP|CNM|LICSW)\.?$"),
                             re.compile(r"(?i)^(wife|husband|son|dtr|daughter|sister|mother|neighbor|fob|hcp|nok|mil)\b")),
               variety=Variety((70, 70), 1100, styles=14, min_per_style=5,
                               labels=frozenset({"NAME", "DATE", "AGE", "PHONE", "EMAIL", "URL", "ID", "ADDRESS",
                                                 "LOCATION", "ZIP", "ORGANIZATION", "STATE", "YEAR"}),
                               label_mins={"NAME": 350, "DATE": 250, "ORGANIZATION": 150, "PHONE": 95, "LOCATION": 50,
                                           "YEAR": 30, "ID": 30, "STATE": 25, "ADDRESS": 25, "ZIP": 15, "AGE": 10,
                                           "EMAIL": 10, "URL": 5},
                               case_mins={"upper": 28, "lower": 18, "mixed": 24})),
    HoldoutSet("holdout14", H14_SHAPES, H14_TERMS, 250, glued_after=("yo", "YO"),
               word_names=frozenset({"hill", "stone", "wood", "brown", "fox", "rich", "sharp", "day", "will", "hope",
                                     "grace", "faith", "rusty", "dawn", "tyler", "jackson", "austin"}),
               not_in_names=(re.compile(r"(?i)^(dr|mr|mrs|ms|pt|rn|sw|fr|pastor)\.? \S"),
                             re.compile(r"(?i),? (MD|RN|NP|LICSW)\.?$"),
                             re.compile(r"(?i)^(wife|husband|son|daughter|niece|nephew|mother|father|sister|brother|"
                                        r"girlfriend|fiancee|grandson|hcp)\b")),
               variety=Variety((70, 70), 900, styles=13, min_per_style=5,
                               labels=frozenset({"NAME", "DATE", "AGE", "PHONE", "EMAIL", "URL", "ID", "ADDRESS",
                                                 "LOCATION", "ZIP", "ORGANIZATION", "STATE", "YEAR"}),
                               label_mins={"NAME": 300, "DATE": 220, "ORGANIZATION": 100, "PHONE": 55, "ID": 55,
                                           "LOCATION": 35, "YEAR": 22, "AGE": 20, "STATE": 14, "ADDRESS": 14, "ZIP": 11,
                                           "URL": 5, "EMAIL": 4},
                               case_mins={"upper": 30, "lower": 10, "mixed": 25})),
    HoldoutSet("holdout15", H15_SHAPES, H15_TERMS, 180,
               word_names=frozenset({"will", "hope", "rose", "hunter", "bell", "may", "grant", "june", "grace",
                                     "tyler"}),
               not_in_names=(re.compile(r"(?i)^(dr|mr|mrs|ms|coach)\.? \S"),
                             re.compile(r"(?i),? (MD|DO|NP|RN|LPN|DDS|RDH|PharmD|LICSW|LADC|EMT-P|AEMT)\.?$"),
                             re.compile(r"(?i)^(wife|husband|son|daughter|dtr|mom|dad|mother|niece|partner|"
                                        r"girlfriend|stepdad|grandmother|grandma|sister)\b")),
               variety=Variety((70, 70), 1000, styles=14, min_per_style=5,
                               labels=frozenset({"NAME", "DATE", "AGE", "PHONE", "EMAIL", "URL", "ID", "ADDRESS",
                                                 "LOCATION", "ZIP", "ORGANIZATION", "STATE", "YEAR"}),
                               label_mins={"NAME": 300, "DATE": 200, "ORGANIZATION": 140, "PHONE": 110, "ID": 90,
                                           "LOCATION": 40, "ADDRESS": 25, "STATE": 20, "ZIP": 15, "YEAR": 15,
                                           "AGE": 10, "EMAIL": 8, "URL": 8},
                               case_mins={"upper": 25, "lower": 15, "mixed": 30})),
    HoldoutSet("holdout16", H16_SHAPES, H16_TERMS, 155,
               word_names=frozenset({"will", "may", "hope", "grant", "mark", "rose", "bill", "hunter"}),
               not_in_names=(re.compile(r"(?i)^(dr|doctor|mr|mrs|ms|fr|rev|judge|deputy)\.? \S"),
                             re.compile(r"(?i),? (MD|DO|CRNA|PA-C|RN|CNM|CGC|PT|DPT|OTR/L|CCC-SLP|LICSW|LPC|APRN|NP|"
                                        r"FACS|FCAP|IBCLC|CRC)\.?$"),
                             re.compile(r"(?i)^(wife|husband|son|daughter|mother|father|mom|dad|niece|nephew|sister|"
                                        r"brother|aunt|uncle|cousin|grandmother|grandma|grandson|guardian|partner|doula|"
                                        r"baby)\b")),
               variety=Variety((70, 70), 1100, styles=14, min_per_style=5,
                               labels=frozenset({"NAME", "DATE", "AGE", "PHONE", "EMAIL", "URL", "ID", "ADDRESS",
                                                 "LOCATION", "ZIP", "ORGANIZATION", "STATE", "YEAR"}),
                               label_mins={"NAME": 300, "DATE": 180, "ORGANIZATION": 100, "PHONE": 60, "ID": 80,
                                           "LOCATION": 40, "YEAR": 15, "AGE": 10, "STATE": 15, "ADDRESS": 15,
                                           "ZIP": 10, "EMAIL": 5, "URL": 5},
                               case_mins={"upper": 20, "lower": 15, "mixed": 35})),
    # an extension's number is gold without its "x" ("x4-4812" marks "4-4812")
    HoldoutSet("holdout17", H17_SHAPES, H17_TERMS, 150, glued_before=("x", "X"),
               word_names=frozenset({"will", "hope", "grant", "rose", "faith", "hunter", "joy", "mercy", "frank"}),
               not_in_names=(re.compile(r"(?i)^(dr|mr|mrs|ms|sra|sgt|lt|cpt|spc|1sg|officer|co|coach|deputy|"
                                        r"chaplain)\.? \S"),
                             re.compile(r"(?i),? (MD|DO|PA-C|NP|RN|LPN|MLS|MT|PharmD|RPSGT|REEGT|RDCS|RCIS|CCDS|"
                                        r"CADC II|CCTC|LCSW|LICSW|PsyD|AuD|ATC|CDE)\.?$"),
                             re.compile(r"(?i)^(wife|husband|son|daughter|dtr|mother|mom|father|dad|sister|brother|aunt|"
                                        r"uncle|nephew|grandson|granddaughter|grandmother|girlfriend|partner|neighbor)\b")),
               variety=Variety((70, 70), 1100, styles=14, min_per_style=5,
                               labels=frozenset({"NAME", "DATE", "AGE", "PHONE", "EMAIL", "URL", "ID", "ADDRESS",
                                                 "LOCATION", "ZIP", "ORGANIZATION", "STATE", "YEAR"}),
                               label_mins={"NAME": 350, "DATE": 220, "ORGANIZATION": 120, "ID": 90, "PHONE": 60,
                                           "LOCATION": 40, "YEAR": 20, "STATE": 15, "ADDRESS": 12, "AGE": 10, "ZIP": 8,
                                           "EMAIL": 3, "URL": 2},
                               case_mins={"upper": 20, "lower": 15, "mixed": 35})),
    HoldoutSet("holdout18", H18_SHAPES, H18_TERMS, 150,
               word_names=frozenset({"will", "hope", "grant", "rose", "faith", "mark", "bill", "june", "april", "sue",
                                     "may"}),
               not_in_names=(re.compile(r"(?i)^(dr|mr|mrs|ms|judge|hon|the honorable)\.? \S"),
                             re.compile(r"(?i),? (MD|DO|NP|PA-C|RN|LPN|RD|CDCES|AuD|CCC-A|CWOCN|RPh|LICSW|MBBS|FRCP|"
                                        r"FRCPC|DABR|CMD|Esq)\.?$"),
                             re.compile(r"(?i)^(wife|husband|son|daughter|dtr|mother|nephew|sister|partner|aide)\b")),
               variety=Variety((70, 70), 1200, styles=14, min_per_style=5,
                               labels=frozenset({"NAME", "DATE", "AGE", "PHONE", "EMAIL", "URL", "ID", "ADDRESS",
                                                 "LOCATION", "ZIP", "ORGANIZATION", "STATE", "YEAR"}),
                               label_mins={"NAME": 350, "DATE": 230, "ORGANIZATION": 120, "ID": 90, "PHONE": 70,
                                           "LOCATION": 40, "ZIP": 25, "ADDRESS": 25, "STATE": 20, "YEAR": 15,
                                           "AGE": 15, "EMAIL": 8, "URL": 8},
                               case_mins={"upper": 20, "lower": 15, "mixed": 35})),
    # holdout19: countries are LOCATION; places in court and health-department names are LOCATION, the rest not
    # gold; protocol / IRB / NCT numbers kept out of the notes; weekdays and times are not gold
    HoldoutSet("holdout19", H19_SHAPES, H19_TERMS, 225, numbers_validate=True,
               word_names=frozenset({"will", "hope", "grant", "rose", "faith", "mark", "bill", "penny", "frank", "banks",
                                     "price", "stone", "bishop", "cash", "sterling", "foley", "graves"}),
               not_in_names=(re.compile(r"(?i)^(dr|mr|mrs|ms|atty|hon)\.? \S"),
                             re.compile(r"(?i),? (MD|M\.D\.|DO|NP|RN|R\.N\.|PharmD|CIC|CRC|CHPC|CPMSM|JD|Esq)\.?$"),
                             re.compile(r"(?i)^(wife|husband|son|daughter|niece|nephew|mother|father|brother|sister|aunt|"
                                        r"uncle|grandson|granddaughter|spouse|partner|girlfriend|coworker|executor|"
                                        r"guarantor|pt)\b")),
               variety=Variety((70, 70), 1400, styles=14, min_per_style=5,
                               label_mins={"NAME": 450, "DATE": 300, "ORGANIZATION": 160, "ID": 120, "LOCATION": 85,
                                           "PHONE": 65, "EMAIL": 45, "STATE": 45, "ADDRESS": 40, "YEAR": 30, "ZIP": 30,
                                           "AGE": 12, "IP": 12, "URL": 10, "IBAN": 8, "SSN": 6, "CARD": 5},
                               case_mins={"upper": 10, "lower": 6, "mixed": 45})),
    # holdout20: PhysioNet / i2b2 / MIMIC manner; staff initials in sign-offs are names, units and services are not
    # gold, hospitals are ORGANIZATION in every spelling, holidays are DATE, weekdays and times are not gold
    HoldoutSet("holdout20", H20_SHAPES, H20_TERMS, 300, glued_after=("yo", "YO"),
               word_names=frozenset({"hope", "will", "brook", "march", "rose", "grant", "bill", "may", "mark"}),
               not_in_names=(re.compile(r"(?i)^(dr|mr|mrs|ms|sw|cm)\.? \S"),
                             re.compile(r"(?i),? (MD|M\.D\.|RN|NP|RD|LDN|BSN|PA-C|LICSW)\.?$"),
                             re.compile(r"(?i)^(wife|husband|son|daughter|dtr|sister|brother|niece|nephew|grandson|"
                                        r"friend|hcp|trooper)\b")),
               variety=Variety((70, 70), 1200, styles=6, min_per_style=10,
                               labels=frozenset({"NAME", "DATE", "AGE", "PHONE", "ID", "ADDRESS", "LOCATION", "ZIP",
                                                 "ORGANIZATION", "STATE", "YEAR"}),
                               label_mins={"NAME": 450, "DATE": 280, "ORGANIZATION": 160, "PHONE": 70, "ID": 60,
                                           "LOCATION": 60, "YEAR": 30, "STATE": 18, "ADDRESS": 15, "AGE": 12, "ZIP": 12},
                               case_mins={"upper": 20, "lower": 2, "mixed": 40})),
    # holdout21: PhysioNet / i2b2 / MIMIC manner, second blind writer; sign-off initials are names, hospitals and
    # clinics are ORGANIZATION in every spelling (acronyms, nicknames "the Pines"), holidays and "THE 12TH" are DATE
    HoldoutSet("holdout21", H21_SHAPES, H21_TERMS, 400, glued_after=("yo", "YO"),
               word_names=frozenset({"hope", "will", "bill", "grace", "june", "may", "wood", "long", "stone", "green"}),
               not_in_names=(re.compile(r"(?i)^(dr|mr|mrs|ms|rn|sw|cm)\.? \S"),
                             re.compile(r"(?i),? (MD|M\.D\.|RN|PT|DPT|RD|LDN|RDCS|LICSW|CM)\.?$"),
                             re.compile(r"(?i)^(wife|husband|son|daughter|dtr|sister|brother|niece|grandson|"
                                        r"granddaughter|cousin|friend|hcp)\b")),
               variety=Variety((70, 70), 1500, styles=5, min_per_style=10,
                               labels=frozenset({"NAME", "DATE", "AGE", "PHONE", "ID", "ADDRESS", "LOCATION", "ZIP",
                                                 "ORGANIZATION", "STATE", "YEAR"}),
                               label_mins={"NAME": 700, "DATE": 330, "ORGANIZATION": 250, "LOCATION": 120, "ID": 90,
                                           "PHONE": 60, "YEAR": 50, "STATE": 40, "AGE": 18, "ADDRESS": 15, "ZIP": 15},
                               case_mins={"upper": 10, "lower": 6, "mixed": 45})),
    # holdout22: third blind writer, full-length documents (MIMIC-III discharge summaries, i2b2 longitudinal records,
    # long ICU nursing notes) beside short notes and reports; "the VA in Bedford" is ORGANIZATION + LOCATION,
    # "the 14th" is DATE with its article, nicknames keep their article outside ("the Pines")
    HoldoutSet("holdout22", H22_SHAPES, H22_TERMS, 500, glued_after=("yo", "YO"),
               word_names=frozenset({"hope", "will", "grace", "june", "may", "rose"}),
               not_in_names=(re.compile(r"(?i)^(dr|mr|mrs|ms|fr|rn|sw)\.? \S"),
                             re.compile(r"(?i),? (MD|M\.D\.|RN|PT|DPT|RD|LDN|LICSW|CM|OTR/L|RDCS)\.?$"),
                             re.compile(r"(?i)^(wife|husband|son|daughter|niece|sister|brother|granddaughter|"
                                        r"son-in-law|hcp)\b")),
               variety=Variety((70, 70), 1900, styles=6, min_per_style=6,
                               labels=frozenset({"NAME", "DATE", "AGE", "PHONE", "ID", "ADDRESS", "LOCATION", "ZIP",
                                                 "ORGANIZATION", "STATE", "YEAR"}),
                               label_mins={"NAME": 600, "DATE": 500, "ORGANIZATION": 260, "PHONE": 140,
                                           "LOCATION": 110, "YEAR": 80, "ID": 75, "ADDRESS": 35, "STATE": 35,
                                           "ZIP": 28, "AGE": 15},
                               case_mins={"upper": 8, "lower": 3, "mixed": 50})),
    # holdout23: fourth blind writer, ICU shift notes only (PhysioNet 'deid' manner), five consecutive notes per
    # patient; sign-off initials and first names are names, "the Pines" keeps its article outside, holidays are DATE,
    # pagers are PHONE, younger ages, units, "OSH", weekdays and clock times are not gold
    HoldoutSet("holdout23", H23_SHAPES, H23_TERMS, 400, glued_after=("yo", "YO"),
               word_names=frozenset({"hope", "will", "may", "bill", "june", "rose", "grant", "mark"}),
               not_in_names=(re.compile(r"(?i)^(dr|mr|mrs|ms|rn|sw|ho)\.? \S"),
                             re.compile(r"(?i),? (MD|RN)\.?$"),
                             re.compile(r"(?i)^(wife|husband|son|dtr|daughter|sister|friend|grandson|hcp|chaplain)\b")),
               variety=Variety((80, 80), 1200, styles=6, min_per_style=10,
                               labels=frozenset({"NAME", "DATE", "AGE", "PHONE", "ID", "ADDRESS", "LOCATION",
                                                 "ORGANIZATION", "STATE", "YEAR"}),
                               label_mins={"NAME": 550, "DATE": 170, "ORGANIZATION": 180, "LOCATION": 90,
                                           "PHONE": 90, "STATE": 25, "YEAR": 25, "AGE": 18, "ID": 15, "ADDRESS": 10},
                               case_mins={"upper": 30, "lower": 10, "mixed": 15})),
    # holdout24: fifth blind writer, i2b2/UTHealth 2014 manner (longitudinal records of diabetic patients, 3-4 per
    # patient years apart: PCP visits, endocrine and cardiology letters, ED notes, phone notes, discharge summaries);
    # typist initials and sign-off initials are names, nicknames keep their article outside ("the Crest"), employers
    # are ORGANIZATION (article outside: "the MBTA"), holidays are DATE, professions, units, payers and "OSH" are not gold
    HoldoutSet("holdout24", H24_SHAPES, H24_TERMS, 500, glued_after=("yo",),
               word_names=frozenset({"hope", "will", "may", "bill", "grant", "june"}),
               not_in_names=(re.compile(r"(?i)^(dr|mr|mrs|ms)\.? \S"),
                             re.compile(r"(?i),? (MD|M\.D\.|RN|NP|PA-C|LICSW|CDE|RD)\.?$"),
                             re.compile(r"(?i)^(wife|husband|son|daughter|brother|sister|hcp|child)\b")),
               variety=Variety((70, 70), 1800, styles=6, min_per_style=10,
                               labels=frozenset({"NAME", "DATE", "AGE", "PHONE", "ID", "ADDRESS", "LOCATION", "ZIP",
                                                 "ORGANIZATION", "STATE", "YEAR", "EMAIL", "URL"}),
                               label_mins={"NAME": 550, "DATE": 400, "ORGANIZATION": 330, "LOCATION": 130,
                                           "PHONE": 100, "ID": 80, "YEAR": 65, "STATE": 40, "ADDRESS": 35, "ZIP": 22,
                                           "AGE": 12},
                               case_mins={"upper": 8, "lower": 4, "mixed": 50})),
]
