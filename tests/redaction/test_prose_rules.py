"""Rules added for prose, letters and forms outside the clinic (issue 4, presidio_synth_v2 round):
organisations by career and company cues, names by introduction cues, particles and transcripts,
relations over found spans (affiliation, lists, address blocks), international address endings,
upper-case places with accents, Greek with legacy signs. Values here are not the data set's."""

from __future__ import annotations

import pytest

from edgebatch.redaction.redactor import Redactor
from tests.redaction.conftest import masked


def covered(redactor: Redactor, text: str, value: str) -> bool:
    """Every non-space character of ``value`` (first occurrence) lies inside some span."""
    start = text.index(value)
    spans = redactor.scan(text)
    return all(
        text[i].isspace() or any(s.start <= i < s.end for s in spans) for i in range(start, start + len(value))
    )


@pytest.mark.parametrize(
    "text,value",
    [
        ("She spent two years at Brightwater Analytics before medical school.", "Brightwater Analytics"),
        ("The following year at Quillfeather she led the audit team.", "Quillfeather"),
        ("The firm later became Orrington Partners in 2011.", "Orrington Partners"),
        ("He is the CEO of Lumenvale and travels often.", "Lumenvale"),
        ("Interned at Copperleaf during college.", "Copperleaf"),
        ("I am looking to join Tessaract in its mission.", "Tessaract"),
        ("The address of Harrowgate Mutual is on file.", "Harrowgate Mutual"),
        ("Ines is from Fernwick and will call back.", "Fernwick"),
        ("Let's meet Friday at Kolbeck, 12 Mill Lane.", "Kolbeck"),
    ],
)
def test_organisations_after_career_and_company_cues(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    "text,value",
    [
        ("Vantrell is a German multinational investment bank.", "Vantrell"),
        ("Celebrating ten years, Corvane is a 501(c)3 serving veterans.", "Corvane"),
        ("Hollis and Sons is a family firm of surveyors.", "Hollis and Sons"),
        ("See the Brambleton Transit website for times.", "Brambleton Transit"),
        ("The Ostrava Chamber Orchestra was founded in 1990.", "Ostrava Chamber"),
        ("She works for 21 Brookfield Ltd as a clerk.", "21 Brookfield Ltd"),
    ],
)
def test_organisations_by_what_they_are_said_to_be(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Hale is a retired bank manager.",
        "The patient is a 45 year old bank teller.",
        "Please call the Radiology office to book.",
        "Aspirin is a drug the patient takes daily.",
    ],
)
def test_company_sentences_leave_people_jobs_and_departments(redactor: Redactor, text: str) -> None:
    assert not any(s.label == "ORGANIZATION" for s in redactor.scan(text))


@pytest.mark.parametrize(
    "text,value",
    [
        ("Her mother was called Maren Solberg.", "Maren Solberg"),
        ("They named him Tiago after his grandfather.", "Tiago"),
        ("What's your last name? Okonkwo", "Okonkwo"),
        ("Bot: What's the name on the account? User: Edda Rasmussen", "Edda Rasmussen"),
        ("Maybe the booking is under Livia Brandt", "Livia Brandt"),
        ("friends call me radomir", "radomir"),
        ("Hendrika van der Berg will chair the meeting.", "Hendrika van der Berg"),
        ("Tamsin lives on Elm Road with her sister.", "Tamsin"),
        ("\"The bridge is finished,\" says Korhonen.", "Korhonen"),
    ],
)
def test_names_after_introduction_cues_particles_and_person_verbs(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


def test_transcript_speakers_are_names_but_field_labels_are_not(redactor: Redactor) -> None:
    text = "Ilse: Where were you?\nMarcus: At the office, as usual.\n"
    assert {"Ilse", "Marcus"} <= set(masked(redactor, text))
    assert masked(redactor, "Plan: continue current meds.\nAssessment: Stable overnight.\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "Lives on Rue de Tanger near the market.",  # a street with a particle is an address, not a person
        "Torsades de Pointes on the monitor at 0300.",
        "Patient lives with her daughter.",
    ],
)
def test_particles_and_person_verbs_leave_streets_and_roles(redactor: Redactor, text: str) -> None:
    assert not any(s.label == "NAME" for s in redactor.scan(text))


def test_the_organisation_of_a_found_person_is_masked(redactor: Redactor) -> None:
    assert covered(redactor, "Anna Berg of Kestrel Analytics spoke first.", "Kestrel Analytics")
    assert covered(redactor, "Thanks to Halden's Peter Novak for the data.", "Halden")
    assert "Cardiology" not in masked(redactor, "Seen by Dr. Kaplan of Cardiology today.")


def test_names_listed_with_a_found_name_are_masked(redactor: Redactor) -> None:
    text = "Smith and Murphy were the engineers; Johnson, Okafor and Lindqvist joined later."
    for value in ("Smith", "Murphy", "Okafor"):
        assert covered(redactor, text, value), value
    assert "Married" not in masked(redactor, "SHX: John Smith, Married, no tobacco.")
    assert "Acyclovir" not in masked(redactor, "Meds: per Dr. Smith, Acyclovir 400mg bid.")
    assert "procedure" not in " ".join(masked(redactor, "Dr. Smith and Whipple procedure planned."))


def test_firm_lists_allow_one_eponym_but_not_a_syndrome(redactor: Redactor) -> None:
    assert covered(redactor, "Fees go to White, Willis and Hoffman, our lawyers.", "White, Willis and Hoffman")
    spans = masked(redactor, "ECG shows Wolff, Parkinson and White syndrome.")
    assert "Parkinson" not in spans and "White" not in spans  # ('Wolff' alone is a gazetteer surname)


def test_organisations_listed_with_a_found_one_are_masked(redactor: Redactor) -> None:
    text = "Suppliers: Quorvia, Hamlin Brothers and Teague Ltd."
    assert covered(redactor, text, "Quorvia")
    meds = "Meds: Lasix QD, HCTZ and ASA, per Acme Inc. pharmacy"
    assert not any(s.detector == "relations" for s in redactor.scan(meds))


def test_address_blocks_take_name_and_organisation_lines_but_not_job_titles(redactor: Redactor) -> None:
    text = ">Ottilie Hargreave\n>Fenmore Data Works\n>Ottilie Hargreave\n>3369 24 Clarke Avenue\n>Apt. 805\n"
    for value in ("Ottilie Hargreave", "Fenmore Data Works"):
        assert covered(redactor, text, value), value
    letter = "Olga Brannigan\nCable line installer\nNorthwind Haulage\n1610 ul. Zakrzowska 92 Apt. 399, Lodz"
    assert covered(redactor, letter, "Northwind Haulage")
    assert "Cable line installer" not in " ".join(masked(redactor, letter))


def test_the_house_number_opening_an_address_line_is_part_of_it(redactor: Redactor) -> None:
    assert covered(redactor, "Sender\n2274 Via delle Coste 41\nApt. 322\n", "2274 Via delle Coste 41")


def test_a_town_above_a_country_line_and_a_postcode_after_a_town(redactor: Redactor) -> None:
    assert covered(redactor, "Przemysl Wojcik\n\nBRAMBLEY\nUnited Kingdom", "BRAMBLEY")
    assert covered(redactor, "Looking to expand in TROMSDAL 4844 next year.", "4844")
    assert "2015" not in masked(redactor, "She moved to Boston 2015 or so.")


@pytest.mark.parametrize(
    "text,value",
    [
        ("Send it to 0912 P.O. Box 287 Apt. 051, Tallinn, Estonia for this card", "Estonia"),
        ("Posted to 928 Λ. Αλεξάνδρας 14\n Suite 112\n ΧΑΝ∆ΡΙΑ\n Cyprus (Greek) 51034", "Cyprus (Greek) 51034"),
        ("It arrived at 6400 12 Timms Drive Suite 215 NUNGATTA Australia last night.", "NUNGATTA Australia"),
        ("Return to 56 Rua Cyro Franco 1213\nGRASSE, PA 39551 in case of an issue.", "PA 39551"),
        ("Offices at 9543 1819 St. John Street Suite 056, Tubize", "1819 St. John Street"),
        ("Located at 704 1436 Redbud Drive\nCite Nour\n, 32\n 60810. Great food.", "60810"),
    ],
)
def test_international_address_endings(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


def test_an_address_does_not_run_into_a_verb_or_a_town_after_in(redactor: Redactor) -> None:
    technique = "TECHNIQUE: , 5 MM SPIRAL THICK CT SCANNING WAS PERFORMED THROUGH THE ABDOMEN"
    assert "SCANNING" not in " ".join(masked(redactor, technique))
    spans = masked(redactor, "DISCHARGED TO 143 MAPLE DR IN BROOKLINE WITH VNA")
    assert not any("IN BROOKLINE" in s for s in spans)


@pytest.mark.parametrize(
    "text,value",
    [
        ("Mr. Lind flew to MÖNSTERÅS on Thursday morning.", "MÖNSTERÅS"),
        ("We arrived at ÅLVIKEN this morning.", "ÅLVIKEN"),
        ("I am in ΛΕΥΚΩΣΙΑ for a business trip", "ΛΕΥΚΩΣΙΑ"),  # Ω here is the ohm sign U+2126
        ("Originally from ΚΑΤΩ ΠΟΛΕΜΙ∆ΙΑ, now in Leeds.", "ΚΑΤΩ ΠΟΛΕΜΙ∆ΙΑ"),  # ∆ is U+2206
        ("Our home city Kristinestad: small and quiet.", "Kristinestad"),
        ("Marvellous is a 2017 Polish comedy film.", "2017"),
    ],
)
def test_places_with_accents_legacy_greek_and_article_years(redactor: Redactor, text: str, value: str) -> None:
    assert covered(redactor, text, value)


def test_more_speaker_and_place_forms(redactor: Redactor) -> None:
    assert "Éliane" in masked(redactor, "Éliane: Where is it?\nMarcus: Here.\n")
    assert covered(redactor, "\"I'm so tired!\" said Ottoline to her brother.", "Ottoline")
    assert covered(redactor, "Rasmus is from Tallinn originally.", "Rasmus")
    assert covered(redactor, "We moved here from Cyprus (Greek) last year.", "Cyprus (Greek)")
    assert "(CT)" not in " ".join(masked(redactor, "Moved here from Cyprus. Imaging (CT) normal."))
