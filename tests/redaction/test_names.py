"""Name, organisation and place rules, including UPPER CASE clinical text and eponyms."""

from __future__ import annotations

import pytest

from edgebatch.redaction.names import LocationDetector, NameDetector, OrganizationDetector
from edgebatch.redaction.redactor import Redactor


def names(text: str) -> set[str]:
    return {text[s.start:s.end] for s in NameDetector().detect(text)}


@pytest.mark.parametrize(
    "text,value",
    [
        ("Patient: Smith, John\n", "Smith, John"),
        ("PATIENT NAME: KOWALCZYK, MAREK\n", "KOWALCZYK, MAREK"),
        ("Name: Ewa Nowakowska DOB: 1/2/1950", "Ewa Nowakowska"),
        ("Referring physician: Dr. Alice Kowalczyk\n", "Alice Kowalczyk"),
        ("REFERRING: ZBIGNIEW BRZEZINSKI\n", "ZBIGNIEW BRZEZINSKI"),
        ("Ordering physician: Priya Raman\n", "Priya Raman"),
        ("Attending: Greene\n", "Greene"),
        ("Dictated by: Tomasz Wojcik\n", "Tomasz Wojcik"),
        ("Electronically signed by: Robert Chen, MD", "Robert Chen"),
        ("cc: Dr. Ferreira\n", "Ferreira"),
        ("DR. SMITH AWARE OF RESULTS", "SMITH"),
        ("DR QUIGLEY NOTIFIED", "QUIGLEY"),
        ("discussed with Mrs. Okafor today", "Okafor"),
        ("Prof. Lindqvist reviewed", "Lindqvist"),
        ("Jane Doe, RN charted", "Jane Doe"),
        ("read by Farid Haddad, M.D.", "Farid Haddad"),
        ("NP Wozniak saw her", "Wozniak"),
        ("Her daughter Maria visited", "Maria"),
        ("WIFE MARY AT BEDSIDE", "MARY"),
        ("friend called Tobias", "Tobias"),
        ("My name is Rubija", "Rubija"),
        ("Michael Johnson was here", "Michael Johnson"),
        ("PATIENT JENNIFER IS STABLE", "JENNIFER"),
    ],
)
def test_name_positive(text: str, value: str) -> None:
    found = names(text)
    assert value in found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "FOLEY CATHETER PLACED",
        "Whipple procedure performed in 2010",
        "Glasgow coma scale 15",
        "Positive Murphy sign. Babinski negative.",
        "Parkinson disease, Hodgkin lymphoma, Crohn disease",
        "Swan-Ganz catheter; Apgar 9; Bell palsy; Cushing syndrome",
        "Addison disease, Graves disease, Alzheimer dementia, Down syndrome, Wilms tumor",
        "Kerley B lines. Hounsfield units. Fleischner criteria. Doppler ultrasound.",
        "IMPRESSION: Normal. FINDINGS: None. COMPARISON: None. TECHNIQUE: CT. HISTORY: Pain.",
        "WIFE CALLED 555-1234",
        "MOTHER IS DIABETIC",
        "HX OF MS AND HTN",
        "PT SEEN BY MD AT BEDSIDE",
        "Will follow up in May.",
    ],
)
def test_name_negative(text: str) -> None:
    assert names(text) == set(), text


def test_eponyms_survive_redaction(redactor: Redactor) -> None:
    text = "FOLEY CATHETER IN PLACE. Whipple procedure. Glasgow coma scale 15. Murphy sign negative."
    assert redactor.redact(text).text == text


def test_organizations() -> None:
    d = OrganizationDetector()
    text = "58 YO F ADMITTED IN TRANSFER FROM CALVERT HOSPITAL. Later seen at St. Mary's Medical Center."
    found = {text[s.start:s.end] for s in d.detect(text)}
    assert "CALVERT HOSPITAL" in found and "St. Mary's Medical Center" in found
    text2 = "Transferred from Johns Hopkins Hospital; seen at Kaiser Permanente"
    found2 = {text2[s.start:s.end] for s in d.detect(text2)}
    assert "Johns Hopkins Hospital" in found2 and "Kaiser Permanente" in found2
    assert d.detect("RETURNED TO THE HOSPITAL. SEEN AT HOME. ADMITTED TO ICU.") == []


def test_locations() -> None:
    d = LocationDetector()
    text = "She moved to Springfield from New York; grew up in Poland."
    found = {text[s.start:s.end] for s in d.detect(text)}
    assert {"Springfield", "New York", "Poland"} <= found


def test_keyword_triggers_match_a_full_regex_scan() -> None:
    """The trigger-word fast path finds exactly what a plain regex scan with a word check finds."""
    from edgebatch.redaction import names as n
    from edgebatch.redaction.base import ascii_lower, word_start

    text = ascii_lower(
        "Patient: A B. pt name: C. Surname: X. Referring physician: Dr. Y. wife called. "
        "neighbor Tom; work at Acme; transferred from Z Hospital; lives in Oslo; my name is Q. "
        "grandson Sam, stepdaughter Ann, fiancee Jo; Mothers name: R; in transfer from W."
    )
    assert n._TRIGGERS
    for pattern, _ in n._TRIGGERS.values():
        fast = [m.span() for m in n._words_at(pattern, text)]
        slow = [m.span() for m in pattern.finditer(text) if word_start(text, m.start())]
        assert fast == slow, pattern.pattern


def test_census_names_and_geonames_cities(redactor) -> None:
    out = redactor.redact("SOCIAL: LIVES WITH SON IN NASHUA. MOVED FROM BANGOR, ME LAST YEAR.").text
    assert "NASHUA" not in out and "BANGOR" not in out
    out = redactor.redact("Follow up with Esperanza Abernathy in Worcester next week.").text
    assert "Esperanza" not in out and "Abernathy" not in out and "Worcester" not in out


def test_clinical_abbreviations_that_are_also_names_stay(redactor) -> None:
    text = "NEURO: MAE, PERRLA. ON ASA 81. HX TIA. TIP AT CARINA. SVC/VENA CAVA PATENT. PONS NORMAL. BRADEN 14."
    assert redactor.redact(text).text == text


def test_relatives_in_parentheses_and_self_named_hospitals(redactor) -> None:
    out = redactor.redact("FAMILY IN TO VISIT, HCP (DMITRI) ASKING ABOUT DISPO TO MASS GENERAL.").text
    assert out == "FAMILY IN TO VISIT, HCP ([NAME]) ASKING ABOUT DISPO TO [ORGANIZATION]."
    out = redactor.redact("SEEN AT GOOD SAMARITAN 10/11. PREVIOUSLY AT MERCY GENERAL.").text
    assert "SAMARITAN" not in out and "MERCY" not in out
    text = "UNDER GENERAL ANESTHESIA. IN GENERAL, DOING WELL. MEDICAL CENTER POLICY."
    assert redactor.redact(text).text == text


def test_companies_firms_and_credits(redactor) -> None:
    out = redactor.redact("Shepherd Ltd. bought Streetcred Software Inc. from Davis, Reynolds and Williamson.").text
    assert out == "[ORGANIZATION] bought [ORGANIZATION] from [ORGANIZATION]."
    assert redactor.redact("Directed By:    Johannes Varvio").text == "Directed By:    [NAME]"
    text = "CHF, COPD and HTN. Heart, Lungs and Abdomen normal. Cheyne-Stokes breathing. Review of Systems: negative."
    assert redactor.redact(text).text == text


@pytest.mark.parametrize("text, name", [
    ("Referral letter copied to Ottoline R Vasquez-Brenner for review.", "Ottoline R Vasquez-Brenner"),
    ("Spoke with Teodor J. Marcinkiewicz about the results.", "Teodor J. Marcinkiewicz"),
])
def test_given_name_initial_surname_in_mixed_case(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", [
    "Hepatitis B Vaccine given in clinic.", "Factor V Leiden screen sent.", "Vitamin D Deficiency noted.",
    "Type A Dissection excluded.", "HEPATITIS B SURFACE ANTIGEN NEGATIVE.",
])
def test_letter_nouns_are_not_initialled_names(text: str) -> None:
    assert not any(" " in n for n in names(text)), names(text)


def test_a_list_of_given_names_masks_every_item() -> None:
    text = "Visitors today: Oksana, Marguerite, Tobiah and Linnea stayed until 8."
    assert {"Oksana", "Marguerite", "Tobiah", "Linnea"} <= names(text)
    assert names("Pain, nausea and fatigue are better. Lungs, heart and abdomen normal.") == set()


@pytest.mark.parametrize("text, found", [
    ("pt seen by dr okonkwo this am, wife mary at bedside", {"okonkwo", "mary"}),
    ("my name is ravindra and i need a copy of my records", {"ravindra"}),
    ("message left for caroline whitfield re: results", {"caroline whitfield"}),
])
def test_lower_case_notes_get_the_upper_case_rules(text: str, found: set[str]) -> None:
    assert found <= names(text), names(text)


def test_lower_case_organisation_after_transfer_cue() -> None:
    text = "transferred from st. agnes hospital overnight"
    assert any("agnes hospital" in text[s.start:s.end] for s in OrganizationDetector().detect(text))


def test_lower_case_prose_without_cues_stays() -> None:
    assert names("we will see him in two weeks and call me back if the pain returns") == set()


@pytest.mark.parametrize("text, found", [
    ("PT STATES SHE LIVES WITH NIECE TAMSIN IN DOVER.", {"TAMSIN"}),
    ("RN GWENDOLYN TOOK REPORT AT 0700.", {"GWENDOLYN"}),
    ("CCU NPN: PT HAVERKAMP IS 81 YO F S/P CABG.", {"HAVERKAMP"}),
    ("Pt Moreau is a 64 yo man with COPD.", {"Moreau"}),
    ("DR. IMOGEN VASARHELYI AWARE OF K 5.9.", {"IMOGEN VASARHELYI"}),
    ("PCP DR PRUDENCE OKONJO 617-555-0143 PAGED.", {"PRUDENCE OKONJO"}),
    ("Dear Dr Lund,\n\nRe: Casimir Wojtowicz, DOB 03/04/1951\n", {"Casimir Wojtowicz"}),
])
def test_upper_case_note_contexts(text: str, found: set[str]) -> None:
    assert found <= names(text), names(text)


@pytest.mark.parametrize("text", [
    "MY FRIEND LIVES IN TOWN. SON WORKS AT THE PLANT.", "Re: Referral for chest pain, DOB unknown",
    "PT STATES HE IS 78 YO.", "WIFE ALSO IN ROOM.",
])
def test_upper_case_contexts_without_names(text: str) -> None:
    assert names(text) == set(), names(text)


def test_home_town_after_a_relative_is_a_place() -> None:
    text = "S/P FALL AT HOME IN WORCESTER. LIVES WITH SON DEV IN SPRINGFIELD."
    found = {text[s.start:s.end] for s in LocationDetector().detect(text)}
    assert {"WORCESTER", "SPRINGFIELD"} <= found, found


def test_letterhead_organisation_line_between_name_and_address(redactor: Redactor) -> None:
    text = "Kind regards,\nRosalind Hernandez\nPractice manager\nBrightwater Physio\n41 Kelso Road\nPerth PH1 5AB"
    out = redactor.redact(text).text
    assert out == "Kind regards,\n[NAME]\nPractice manager\n[ORGANIZATION]\n[ADDRESS]", out


def test_job_title_line_above_an_address_stays(redactor: Redactor) -> None:
    text = "Yours sincerely,\n\nDr Mariana Hernandez\nConsultant Cardiologist\n12 Praed Street\nLondon W2 1NY"
    assert "Consultant Cardiologist" in redactor.redact(text).text


@pytest.mark.parametrize(
    "text,value",
    [
        ("FOUND BY SON MARK THE NEXT AM", "MARK"),
        ("STAYING WITH SON WILL IN CHATHAM", "WILL"),
        ("NOK: WIFE SUE YOUNG (508) 713-5164", "SUE YOUNG"),
        ("FAMILY MTG W/ DAUGHTERS ANN AND SUE.", "SUE"),
        ("HO DR. WARD AWARE.", "WARD"),
        ("PEDIATRICIAN WILL BE DR MARCH", "MARCH"),
        ("SCREENED BY CM JUNE.", "JUNE"),
        ("INTERN KING X6894", "KING"),
        ("VISITED BY PASTOR GRAVES FROM CHURCH", "GRAVES"),
        ("NICU ADMIT: BABY GIRL KING, 34 WK PREMIE", "KING"),
        ("PT BELL IS 89 F, HD #4", "BELL"),
        ("O/N EVENTS: ROSEN, 25 M, POD 1", "ROSEN"),
        ("REPORT GIVEN TO PAT RN.", "PAT"),
    ],
)
def test_names_that_are_english_words_after_a_cue(text: str, value: str) -> None:
    assert value in names(text), names(text)


@pytest.mark.parametrize(
    "text",
    ["SON WILL CALL IN AM.", "WIFE MAY VISIT TOMORROW.", "SANDY BROWN STOOL, GUAIAC NEG.", "LESION 2 CM JUNE 3"],
)
def test_word_names_need_a_cue_and_no_verb_after_them(text: str) -> None:
    assert not names(text) - {"JUNE 3"}, names(text)


def test_over_extension_stops_at_note_verbs_and_the_verb_page() -> None:
    assert names("MR CRUZ REFUSING TURNS, EDUCATED.") == {"CRUZ"}
    assert names("PLEASE PAGE PIERCE NP AT PAGER #1959") == {"PIERCE"}


def test_facilities_wards_and_places_as_notes_write_them() -> None:
    orgs = lambda t: {t[s.start:s.end] for s in OrganizationDetector().detect(t)}  # noqa: E731
    assert "NWH" in orgs("63 Y/O M TRANSFERRED FROM OSH (NWH) FOR CATH")
    assert "SOUTH SHORE HOSPITAL" in orgs("SEEN IN SOUTH SHORE HOSPITAL ED")
    assert "ST. JOSEPH MANOR" in orgs("DISPO: BACK TO ST. JOSEPH MANOR, 843 ELM ST")
    assert "ST. LUKE'S" in orgs("CAME IN VIA ED AT ST. LUKE'S ON THE 5TH")
    assert not orgs("ADMITTED TO CCU ON 11-18.")
    places = lambda t: {t[s.start:s.end] for s in LocationDetector().detect(t)}  # noqa: E731
    assert "STOREY" in places("TRANSFERRED TO 4 STOREY AT 1600")
    assert "Whitmore" in places("report given to Steve RN on Whitmore 3.")
    assert "REVERE" in places("STAYING WITH PT'S SON BILL IN REVERE.")
    assert not places("TRANSFERRED TO 4 WEST. RN ON LASIX 40. MOVED TO FLOOR 5.")


def test_lower_case_lines_with_a_capitalised_name_read_as_upper_case() -> None:
    text = "dispo: back to harborside healthcare, 575 summer st, hyannis when bed available. screened by cm Gloria.\n"
    found = {(s.label, text[s.start:s.end]) for s in Redactor.default(ner=False).scan(text)}
    assert ("ORGANIZATION", "harborside healthcare") in found
    assert ("ADDRESS", "575 summer st, hyannis") in found, found
