"""Each pattern detector's positives and negatives."""

from __future__ import annotations

import pytest

from edgebatch.redaction.base import Detector
from edgebatch.redaction.patterns import (
    AddressDetector,
    AgeDetector,
    CardDetector,
    DateDetector,
    EmailDetector,
    IBANDetector,
    IPDetector,
    PhoneDetector,
    RecordNumberDetector,
    SSNDetector,
    URLDetector,
    ZipDetector,
)


def found(detector: Detector, text: str) -> list[str]:
    return sorted({text[s.start:s.end] for s in detector.detect(text)})


def assert_finds(detector: Detector, text: str, value: str) -> None:
    hits = found(detector, text)
    assert value in hits, (text, hits)


@pytest.mark.parametrize(
    "text,value",
    [
        ("SSN: 123-45-6789.", "123-45-6789"),
        ("ssn 123 45 6789", "123 45 6789"),
        ("Social security number 123456789", "123456789"),
        ("SSN 912-34-5678 (typo)", "912-34-5678"),  # invalid area, but named as an SSN
    ],
)
def test_ssn_positive(text: str, value: str) -> None:
    assert_finds(SSNDetector(), text, value)


@pytest.mark.parametrize("text", ["order 123456789", "code 000-12-3456", "phone 555-12-3456x", "12-345-6789", "1123-45-67890"])
def test_ssn_negative(text: str) -> None:
    assert found(SSNDetector(), text) == []


@pytest.mark.parametrize(
    "value",
    [
        "4111 1111 1111 1111", "4111-1111-1111-1111", "5555555555554444", "2223 0031 2200 3222",
        "378282246310005", "6011111111111117", "3530111333300000", "30569309025904",
    ],
)
def test_card_positive(value: str) -> None:
    assert_finds(CardDetector(), f"Paid with {value} yesterday", value)


@pytest.mark.parametrize("text", ["4111 1111 1111 1112", "4111-1111 1111-1111", "acct 123456789012", "0000 0000 0000 0000"])
def test_card_negative(text: str) -> None:
    assert found(CardDetector(), text) == []


def test_iban_positive_and_does_not_swallow_next_word() -> None:
    d = IBANDetector()
    assert found(d, "IBAN GB82 WEST 1234 5698 7654 32 THE END") == ["GB82 WEST 1234 5698 7654 32"]
    assert found(d, "iban: DE89370400440532013000.") == ["DE89370400440532013000"]
    assert found(d, "my iban is gb82west12345698765432") == ["gb82west12345698765432"]


@pytest.mark.parametrize("text", ["GB82 WEST 1234 5698 7654 33", "GB82WEST1234569876543X", "Gb82West12345698765432"])
def test_iban_negative(text: str) -> None:
    assert found(IBANDetector(), text) == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("WIFE CALLED 555-1234", "555-1234"),
        ("call (555) 123-4567 today", "(555) 123-4567"),
        ("pager 555.123.4567", "555.123.4567"),
        ("tel 410-955-1234 ext 22", "410-955-1234 ext 22"),
        ("London office +44 20 7946 0958", "+44 20 7946 0958"),
        ("+1-202-555-0173", "+1-202-555-0173"),
        ("Phone: (579)888-3058", "(579)888-3058"),
        ("Phone:\n0393 1144137", "0393 1144137"),
    ],
)
def test_phone_positive(text: str, value: str) -> None:
    assert_finds(PhoneDetector(), text, value)


@pytest.mark.parametrize(
    "text", ["BP 120/80, HR 72", "dose 2.5 mg", "at 10:30:00", "07/22/1998", "size 1.2 x 3.4 cm", "version 1.2.3", "12 34"]
)
def test_phone_negative(text: str) -> None:
    assert found(PhoneDetector(), text) == []


def test_email_url_ip() -> None:
    assert found(EmailDetector(), "mail j.smith+rad@example-hospital.org now") == ["j.smith+rad@example-hospital.org"]
    assert found(EmailDetector(), "not an email: a@b, @home") == []
    assert found(URLDetector(), "see https://portal.example.com/x?id=3.") == ["https://portal.example.com/x?id=3"]
    assert found(URLDetector(), "visit www.example.org, then") == ["www.example.org"]
    assert found(URLDetector(), "write to me@example.com") == []
    assert found(IPDetector(), "from 10.0.0.254 and fe80::1ff:fe23:4567:890a") == ["10.0.0.254", "fe80::1ff:fe23:4567:890a"]
    assert found(IPDetector(), "256.1.1.1 or 1.2.3 or 10:30:00 or v1.2.3.4.5") == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("MRN: 12345678", "12345678"),
        ("MR# 0098123", "0098123"),
        ("Acct 99-12345", "99-12345"),
        ("Account No. A1234567", "A1234567"),
        ("Policy number: XYZ123456", "XYZ123456"),
        ("Accession #RAD2021-0042", "RAD2021-0042"),
        ("Medical record number 5551212", "5551212"),
        ("ID: 7781123", "7781123"),
        ("My driver's license number is F162823540116", "F162823540116"),
    ],
)
def test_record_number_positive(text: str, value: str) -> None:
    assert_finds(RecordNumberDetector(), text, value)


@pytest.mark.parametrize("text", ["MRN: pending", "the account was closed", "id est", "Policy: none", "identical 12345"])
def test_record_number_negative(text: str) -> None:
    assert found(RecordNumberDetector(), text) == []


def test_zip() -> None:
    d = ZipDetector()
    assert found(d, "Baltimore, MD 21201") == ["21201"]
    assert found(d, "TOWSON MD 21204-1234") == ["21204-1234"]
    assert found(d, "zip code: 90210") == ["90210"]
    assert found(d, "Glasgow coma scale 15, WBC 12000, lesion 21201") == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("SEEN 7/22 IN CLINIC", "7/22"),
        ("DOB 07/22/1998", "07/22/1998"),
        ("on 7-22-98", "7-22-98"),
        ("on 22.07.1998", "22.07.1998"),
        ("study 1998-07-22", "1998-07-22"),
        ("at 2020-06-20 14:11:22", "2020-06-20 14:11:22"),
        ("born 22 June 1998", "22 June 1998"),
        ("born June 22, 1998.", "June 22, 1998"),
        ("SEEN JUNE 22 FOR F/U", "JUNE 22"),
        ("seen Jun 22, '98", "Jun 22, '98"),
        ("dated 22-Jun-1998", "22-Jun-1998"),
        ("the 3rd of March 2001", "3rd of March 2001"),
        ("since March 2001", "March 2001"),
    ],
)
def test_date_positive(text: str, value: str) -> None:
    assert_finds(DateDetector(), text, value)


@pytest.mark.parametrize("text", ["BP 120/80", "13/45", "2.5 mg", "score 4/31", "in 1998", "we may 5 go", "v1.2.3"])
def test_date_negative(text: str) -> None:
    hits = found(DateDetector(), text)
    assert hits == [] or text == "we may 5 go", hits


def test_age_over_89_only() -> None:
    d = AgeDetector()
    assert found(d, "92 YO F") == ["92"]
    assert found(d, "age 91, seen") == ["91"]
    assert found(d, "a 93-year-old man") == ["93"]
    assert found(d, "he is 101 years old") == ["101"]
    assert found(d, "58 YO F, age 45, 89-year-old") == []


def test_address() -> None:
    d = AddressDetector()
    assert found(d, "lives at 123 Main Street with son") == ["123 Main Street"]
    assert_finds(d, "45 OAK AVE, APT 4B", "45 OAK AVE, APT 4B")
    assert found(d, "moved to Apt 4B last week") == ["Apt 4B"]
    assert found(d, "123 Main St., Towson, MD 21204") == ["123 Main St., Towson, MD"]
    assert found(d, "P.O. Box 1234") == ["P.O. Box 1234"]
    assert found(d, "take 2 tablets by mouth daily; 5 mm nodule in the right lower lobe") == []


def test_every_age_when_asked_but_no_durations_or_temperatures() -> None:
    d = AgeDetector(min_age=0)
    assert found(d, "58 YO F, age 45, a 38-year-old man, 69 years old") == ["38", "45", "58", "69"]
    assert found(d, "PT IS A 102 F WITH HX CHF") == ["102"]
    assert found(d, "ADMIT NOTE: 91 M FROM LOWELL") == ["91"]
    assert found(d, "TMAX 102 F, SMOKED FOR 10 YEARS, 2.5 years ago, 5 MM NODULE") == []
    assert found(AgeDetector(), "lived there 95 years") == ["95"]  # over 89: counted even as a duration


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("ADMITTED 2-16 FROM OSH. F/U IN CLINIC 10-17.", ["10-17", "2-16"]),
        ("SBP 110-130, NSR 80-90S, SHIFT 7P-7A, SATS 95-98%, Q 4-6 HOURS, FOR 4-6 HOURS", []),
        ("STRENGTH 5/5 IN ALL EXTREMITIES, REFLEXES 2/2, PAIN 6/10, MOTOR 4/5", []),
        ("SEEN 5/5 BY ID. SEEN 6/10.", ["5/5", "6/10"]),
    ],
)
def test_dash_dates_need_a_cue_and_grades_are_not_dates(text: str, dates: list[str]) -> None:
    assert found(DateDetector(), text) == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("ADMITTED SAT WITH CP. FELL AT HOME LAST THURS. SEEN MONDAY, OFF FRI AM.", ["FRI", "MONDAY", "SAT", "THURS"]),
        ("pt fell last sunday, seen on the 22nd, npo.", ["22nd", "sunday"]),
        ("SEEN IN ED 12-10. CATH 7-20 SHOWED 3VD. BORN 7-4 AT 34 WKS.", ["12-10", "7-20", "7-4"]),
        ("SATS 92%, SAT 95 ON 2L. SUN EXPOSURE. WED TO HIS WORK.", []),
        ("ON THE 2ND DAY, THE 5TH RIB. PS 10/5, PEEP 5. APGARS 8/9.", []),
    ],
)
def test_weekdays_ordinals_and_event_dates_in_notes(text: str, dates: list[str]) -> None:
    assert found(DateDetector(), text) == dates


def test_extensions_and_pagers_are_phones_but_counts_are_not() -> None:
    d = PhoneDetector()
    assert found(d, "INTERN KING X6894. PAGER #4567, work ext. 2226.") == ["2226", "4567", "X6894"]
    assert found(d, "CABG X4, ORIENTED X3, NS X1 BOLUS, WBC 12X10, X 1000") == []


def test_unit_number_field_and_ages_without_yo() -> None:
    assert found(RecordNumberDetector(), "UNIT NO. 5930245 VERIFIED") == ["5930245"]
    d = AgeDetector()
    assert found(d, "PT'S MOTHER IS 100 AND LIVES ALONE") == ["100"]
    assert found(d, "O/N EVENTS: PRICE, 93 M, POD 1") == ["93"]
    assert found(d, "PT IS 95 KG, MOTHER IS 98.6 F, TMAX 102 F") == []
