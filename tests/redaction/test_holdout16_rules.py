"""Rules added after the sixteenth hold-out set (tests/data/holdout16_notes_gold.jsonl: operative and pathology
reports, anaesthesia records, NICU and OB notes, therapy notes, inpatient psychiatry, consult letters, dictated
transcripts, OCR'd faxes, genetics pedigrees, transfers, research consent, death notes) was first measured. Values
here are invented, not the generator's."""

from __future__ import annotations

import pytest

from edgebatch.redaction.redactor import Redactor
from tests.redaction.conftest import masked

# --------------------------------------------------------------------------- dictation: spoken dates and digits


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("date of service april twenty second twenty twenty four period", "april twenty second twenty twenty four"),
        ("date of birth june fourth nineteen forty one she is", "june fourth nineteen forty one"),
        ("seen in clinic on october thirtieth for follow up", "october thirtieth"),
        ("surgery was on the ninth of december comma healing well", "ninth of december"),
        ("seen on may second for a recheck", "may second"),
        ("she stopped working in twenty nineteen period", "twenty nineteen"),
        ("she is a ninety six year old woman", "ninety six"),
        ("home phone six one two five five five zero one four four period",
         "six one two five five five zero one four four"),
        ("her number is nine five two five five five zero one eight three",
         "nine five two five five five zero one eight three"),
        ("medical record number three three one eight zero two six period", "three three one eight zero two six"),
        ("medical record r t four one one zero eight two biopsy", "r t four one one zero eight two"),
    ],
)
def test_spoken_dates_ages_phones_and_record_numbers(redactor: Redactor, text: str, value: str) -> None:
    assert value in masked(redactor, text)


@pytest.mark.parametrize(
    "text",
    ["you may second that motion", "he may first try a brace", "in twenty minutes he was calm",
     "took one two three steps", "she is seventy two year old", "march on to the next item"],
)
def test_counts_verbs_and_younger_ages_stay(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


# --------------------------------------------------------------------------- research, court and lab references


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Randomization no. K2-0456 (arm A).", "K2-0456"),
        ("Screen no. S-0123 -> Subject XYZ-AB-0456", "S-0123"),
        ("Screen no. S-0123 -> Subject XYZ-AB-0456", "XYZ-AB-0456"),
        ("coordinating center (grant R01AB012345).", "R01AB012345"),
        ("Screening log entry AB-CD-0123. Will not re-approach.", "AB-CD-0123"),
        ("Elm Diagnostics order XY-24-0012345; results to post", "XY-24-0012345"),
        ("guardianship, Elm County Circuit Court file 2022GN000123)", "2022GN000123"),
        ("stayed order (case 12-MH-PR-24-345). Expires", "12-MH-PR-24-345"),
        ("DONOR NETWORK CALLED REF AB-24-0101-225: NOT A CANDIDATE", "AB-24-0101-225"),
        ("MEMBER ID XQ1234567  GR0UP 00123", "00123"),
        ("REQUEST1NG PR0V1DER: JANE ROE MD  NP1 1234567890", "1234567890"),
    ],
)
def test_participant_court_and_order_references_by_their_cue(redactor: Redactor, text: str, number: str) -> None:
    assert number in masked(redactor, text)


@pytest.mark.parametrize(
    "text",
    ["order 12-lead ekg now", "case of covid-19 in the unit", "study of 3 patients", "file 2 copies",
     "subject to change", "report 10 beats"],
)
def test_cue_words_before_ordinary_values_stay(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


def test_a_date_after_a_cue_word_stays_a_date(redactor: Redactor) -> None:
    text = "DATE OF STUDY: 12-MAY-2021   REPORT 03-DEC-2020"
    assert {s.label for s in redactor.scan(text)} == {"DATE"}


@pytest.mark.parametrize(
    "text",
    ["Sponsor protocol AB-302-C, NCT01234567", "IRB #1234-5678 approved", "Study: ZEPH-ONC-310, a Phase 3 trial"],
)
def test_a_study_protocol_irb_or_registry_number_is_left(redactor: Redactor, text: str) -> None:
    # the same for every participant, and most gold sets keep them (holdout16 alone masks them)
    assert not masked(redactor, text)


# --------------------------------------------------------------------------- towns and their states


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("12 Oak Rd | South Fenwick, MN 55123 | 507-555-0100", "South Fenwick"),
        ("FACILITY: ELM VALLEY HOSPITAL, EAST TARROW, MN\nPT: ROE, JANE", "MN"),
        ("- Brother, 66, lives in Houston, TX: no cancer.", "TX"),
        ("and her cousin (St. Cloud, MN); sister", "MN"),
        ("REFERRING: TARROW MEMORIAL HOSPITAL ED, TARROW WI. DR JOHN ROE", "WI"),
    ],
)
def test_a_town_and_its_state_code(redactor: Redactor, text: str, state: str) -> None:
    assert any(state in v for v in masked(redactor, text))


@pytest.mark.parametrize("text", ["Hx: Asthma, TN.", "HTN, MI.", "Seen with Dr Roe, PA.", "Chest, CT.\n",
                                  "Interpreter (Tongan, ID 54321) by phone"])
def test_clinical_abbreviations_after_a_comma_stay(redactor: Redactor, text: str) -> None:
    assert not any(v in ("TN", "MI", "PA", "CT", "Tongan", "ID") for v in masked(redactor, text))


# --------------------------------------------------------------------------- ages over 89 and years alone


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("- Mother Jane Roe: lived to 96, died 2011 in Reno.", "96"),
        ("- Mother Jane Roe: lived to 96, died 2011 in Reno.", "2011"),
        ("Maternal great-grandmother Ada Roe is 98 and lives abroad.", "98"),
        ("Participant: Ruth Roe, 91, MRN AB-123456.", "91"),
        ("Indication: Prior cesarean (2019, Elm Hospital), declined TOLAC", "2019"),
        ("HX: PRIOR C/S 2018 UNDER CSE, UNCOMPLICATED.", "2018"),
    ],
)
def test_pedigree_ages_and_obstetric_or_death_years(redactor: Redactor, text: str, value: str) -> None:
    assert value in masked(redactor, text)


@pytest.mark.parametrize("text", ["EBL at cesarean 2000 mL", "the patient is on 95 units", "She is 95 percent sure",
                                  "Mother Jane: lived to 84"])
def test_volumes_doses_and_younger_ages_stay(redactor: Redactor, text: str) -> None:
    assert not [v for v in masked(redactor, text) if v.isdigit()]


# --------------------------------------------------------------------------- organisations, months, initials, newborns


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("FUNERAL HOME: BIRCH & SONS FUNERAL HOME, ELMWOOD, 555-0100.", "BIRCH & SONS FUNERAL HOME"),
        ("TRANSPORT: LAKE COUNTRY AIR MEDICAL ROTOR, CREW", "LAKE COUNTRY AIR MEDICAL"),
        ("dad works nights at larkin dairy cooperative, calls in.", "larkin dairy cooperative"),
    ],
)
def test_funeral_homes_air_ambulances_and_cooperatives(redactor: Redactor, text: str, org: str) -> None:
    assert org in masked(redactor, text)


@pytest.mark.parametrize("text", ["FUNERAL HOME: pending", "funeral home arranged", "Air medical transport requested"])
def test_the_kind_of_place_alone_stays(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("NICU course (Elm NICU March to June 2022): BPD", "March"),
        ("Reporting period September through December 2024", "September"),
        ("parents ask about screening results from january (low risk)", "january"),
    ],
)
def test_a_month_opening_a_range_or_after_from(redactor: Redactor, text: str, month: str) -> None:
    assert month in masked(redactor, text)


@pytest.mark.parametrize(
    ("text", "initials"),
    [("DICTATED: J. ROE, MD  03/11/2025 1142   TRANSCRIBED: QRT 03/11/2025", "QRT"),
     ("in 1 cassette. (Grossed by KV, PA(ASCP), 03/12/2025.)", "KV")],
)
def test_a_transcriptionist_or_grossing_assistant_by_initials(redactor: Redactor, text: str, initials: str) -> None:
    assert initials in masked(redactor, text)


def test_a_credential_after_transcribed_stays(redactor: Redactor) -> None:
    assert "MD" not in masked(redactor, "TRANSCRIBED: MD 03/11/2025")


@pytest.mark.parametrize(
    ("text", "surname"),
    [("Nursery\nBaby Girl Adewale-Strand   MRN SB-0100001   DOB 05/02/2024", "Adewale-Strand"),
     ("Infant: Baby Boy Redcloud  MRN KM-200001", "Redcloud")],
)
def test_baby_girl_or_boy_stays_outside_the_surname(with_ner: Redactor, text: str, surname: str) -> None:
    names = [v for v in masked(with_ner, text) if surname in v]
    assert names == [surname]


# --------------------------------------------------------------------------- people by their role or nickname


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("LAST SEEN AT CHURCH.\nINVESTIGATOR: OSWALDO PRIETO, ELM COUNTY SHERIFF.", "OSWALDO PRIETO"),
        ("TRANSPORT: ELM AIR MEDICAL ROTOR, CREW MARCUS ELLSWORTH RN / ANA RUIZ PARAMEDIC.", "MARCUS ELLSWORTH"),
        ("KEALOHA, MALIA CRNA. RELIEF: GUNNAR PELTOLA CRNA 1100-1120.", "GUNNAR PELTOLA"),
        ("Coordinator: Beatriz Oyelaran, RN", "Beatriz Oyelaran"),
        ("PT: ROEMER, ROBERT (BOB) J   DOB 06/09/1948", "ROEMER, ROBERT (BOB) J"),
        ('Thank you for asking me to see Robert "Bob" Roemer, a retired foreman', 'Robert "Bob" Roemer'),
        ("Patient: Oluwaseun (Olu) Adeyemi-Okoro  DOB 09/30/2013", "Oluwaseun (Olu) Adeyemi-Okoro"),
    ],
)
def test_people_after_a_role_field_or_with_a_nickname(redactor: Redactor, text: str, name: str) -> None:
    assert name in masked(redactor, text)


@pytest.mark.parametrize("text", ["CREW NOTIFIED. CREW AWARE.", "Relief: none needed", "Aspirin (Bayer) Daily dose"])
def test_role_words_and_a_brand_in_brackets_stay(redactor: Redactor, text: str) -> None:
    assert not [v for v in masked(redactor, text) if " " in v or "(" in v]


# --------------------------------------------------------------------------- relatives, phones before a colon, holidays


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("DOB 01/06/2024  MRN AB123456\nMOTHER: LUCIA CONDORI TICONA  PHONE 555-210-0152", "LUCIA CONDORI TICONA"),
        ("RECEIVED 02/11/2024\nMOTHER: NKEM OBI-STRAND  MRN SB-0090001   INFANT: BABY GIRL", "NKEM OBI-STRAND"),
        ("HCP = DAUGHTER EFUA BOATEMAA (555) 210-0177. LIVING WILL ON FILE", "EFUA BOATEMAA"),
        ("Guardian reached at 555-210-0188: confirms two prior overdoses", "555-210-0188"),
        ("two prior overdoses (June 2024, Thanksgiving 2023). Guardian agrees", "Thanksgiving 2023"),
        ("FOUND BY NEPHEW. LAST SEEN AT CHURCH ON ASH WEDNESDAY.\n", "ASH WEDNESDAY"),
    ],
)
def test_relatives_fields_a_phone_before_a_colon_and_church_holidays(redactor: Redactor, text: str, value: str) -> None:
    assert value in masked(redactor, text)


def test_the_relation_in_a_next_of_kin_field_stays_outside_the_name(redactor: Redactor) -> None:
    text = "ARMBAND ON.\nNOK: GRANDSON LEO MARTINEZ (555) 210-2674\nCODE STATUS: FULL."
    assert "LEO MARTINEZ" in masked(redactor, text)


@pytest.mark.parametrize("text", ["MOTHER: UNKNOWN  FATHER: NOT PRESENT", "Mother: G3P2, 32 yo", "at 12:30: seen",
                                  "son 3 cm lesion"])
def test_empty_relative_fields_and_clock_times_stay(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


# --------------------------------------------------------------------------- signature lines


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("QUESTIONS ANSWERED. CONSENT SIGNED.\nT. VAN DYKE MD", "T. VAN DYKE"),
        ("HOPE TO AVOID GA GIVEN DELIRIUM RISK.\nT. VAN DYKE", "T. VAN DYKE"),
        ("Mother and baby stable to recovery.\nM. de la Rosa, MD - signed 04/17/2025 09:32", "M. de la Rosa"),
        ("see team conf. hoyer not needed.\nfarid haddara, otr/l", "farid haddara"),
        ("scan at elm regional ~1/24.\nplan rtc 4 wk. - ama owusu cnm", "ama owusu"),
        ("hr contact on file. next 8/19. s tanaka-byrne pt", "s tanaka-byrne"),
    ],
)
def test_signature_lines_with_particles_or_in_lower_case(redactor: Redactor, text: str, name: str) -> None:
    assert name in masked(redactor, text)


@pytest.mark.parametrize("text", ["plan: continue home pt", "will see pt", "discussed with the pt", "- home health pt",
                                  "walked slowly pt", "ambulated hallway with pt"])
def test_plan_lines_ending_in_a_credential_stay(redactor: Redactor, text: str) -> None:
    assert not masked(redactor, text)


# --------------------------------------------------------------------------- eponyms of tests, needles and landmarks


@pytest.mark.parametrize(
    "text",
    ["Anesthesia: Spinal (Whitacre 27G), uneventful.", "PALMER'S POINT ENTRY AVOIDED; HASSON AT UMBILICUS.",
     "Leopold: vertex, back to maternal left.", "TUG 9.8 s. Berg 48/56. Gait with cane.",
     "Denver not repeated. Plan: repeat Bayley at 30 months corrected.", "Bayley-4 today: cognitive 90"],
)
def test_named_tests_needles_and_landmarks_stay(with_ner: Redactor, text: str) -> None:
    assert not masked(with_ner, text)


def test_a_person_of_such_a_surname_is_still_masked(redactor: Redactor) -> None:
    assert "Hasson" in masked(redactor, "Mr Hasson at bedside, updated")


# --------------------------------------------------------------------------- a hospital's initials


def test_the_initials_of_a_hospital_found_in_the_note(redactor: Redactor) -> None:
    text = "REFERRING: ELM VALLEY MEMORIAL HOSPITAL ED, ELM WI.\nPT: ROE, JANE  DOB 02/21/1977  EVMH MRN KM-100123"
    assert "EVMH" in masked(redactor, text)


def test_initials_without_their_organisation_stay(redactor: Redactor) -> None:
    assert not masked(redactor, "Seen in the Intensive Care Unit. ICU stay 3 days, EVMH protocol.")


# --------------------------------------------------------------------------- a newborn's given name, a companion


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("nicu progress note dol 3 baby boy redcloud (tano) mrn km-200017", "tano"),
        ("breastfeeding going well, baby girl (adanna) gaining per peds.", "adanna"),
        ('bili low risk. family name for baby: "mio". parents ask', "mio"),
        ("PT AGREES. HUSBAND ANDERS AND DOULA MAY ACCOMPANY PER POLICY.", "ANDERS"),
    ],
)
def test_a_newborns_given_name_and_a_companion_before_and(redactor: Redactor, text: str, name: str) -> None:
    assert name in masked(redactor, text)


@pytest.mark.parametrize(
    "text", ["baby girl (sga) stable in room air", "PT AND DAUGHTER AND SON AWARE.", "Baby Girl Roe (singleton), born"]
)
def test_newborn_descriptors_and_bare_relatives_stay(redactor: Redactor, text: str) -> None:
    assert not [v for v in masked(redactor, text) if v != "Roe"]


def test_a_town_between_an_organisation_and_its_phone(redactor: Redactor) -> None:
    text = "FUNERAL HOME: BIRCH & SONS FUNERAL HOME, ELMTON, 555-210-0144.\nANA RUIZ, MD"
    assert "ELMTON" in masked(redactor, text)


def test_a_department_between_an_organisation_and_its_phone_stays(redactor: Redactor) -> None:
    assert "Cardiology" not in masked(redactor, "Seen at Elm Hospital, Cardiology, 555-210-0100")


# --------------------------------------------------------------------------- pathology words and counted results


@pytest.mark.parametrize(
    "text",
    ["not seen prenatally.\nAutopsy (consented by both parents): findings below",
     "DIAGNOSIS: THIRD-TRIMESTER PLACENTA, APPROPRIATE WEIGHT FOR GESTATIONAL AGE.",
     "BW 810 g   Corrected age 14 months   seen today", "BW 4010 g (LGA). Glucoses 49, 66, 70: stable."],
)
def test_pathology_words_and_counted_results_stay(with_ner: Redactor, text: str) -> None:
    assert not masked(with_ner, text)
