"""International addresses with their continuation lines, and cue-based detections."""

from __future__ import annotations

import pytest

from edgebatch.redaction.redactor import Redactor


@pytest.fixture(scope="module")
def rules() -> Redactor:
    return Redactor.default(ner=False)


@pytest.mark.parametrize("address", [
    "6750 Koskikatu 25 Apt. 864\nArtilleros\n, CO\n Uruguay 64677",
    "Brucker Bundesstrasse 31\n Suite 245\n FÜRLING\n Austria 25173",
    "ul. Miła 53",
    "416 Kiannonkatu 98 Apt. 934 OULU",
])
def test_international_address_is_masked_whole(rules: Redactor, address: str) -> None:
    text = f"Please send it to {address}? Thanks."
    out = rules.redact(text).text
    assert out.startswith("Please send it to [ADDRESS]") and out.endswith("? Thanks."), out


@pytest.mark.parametrize("text, kept", [
    ("Chapter 5 of the report", "Chapter 5"),
    ("SATS 95-98% ON 2L NC", "SATS 95"),
    ("Follow-up in 6 months, version 2 of the protocol.", "version 2"),
])
def test_numbered_words_are_not_addresses(rules: Redactor, text: str, kept: str) -> None:
    assert kept in rules.redact(text).text


def test_cues(rules: Redactor) -> None:
    out = rules.redact("Founded in 1977. Call me on Tuesday at 0688 872 49 99. She flew to STAXROITH. He turned 95.").text
    assert out == "Founded in [DATE]. Call me on [DATE] at [PHONE]. She flew to [LOCATION]. He turned [AGE]."
    assert rules.redact("He turned 64. 7 units of insulin in 2 hours.").text == "He turned 64. 7 units of insulin in 2 hours."


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Please return to Unit 4719 Box 7394\nDPO AP 70942 in case of an issue.", "Unit 4719 Box 7394\nDPO AP 70942"),
        ("Send it to USNS Mercy\nFPO AA 85844 please.", "USNS Mercy\nFPO AA 85844"),
        ("She lives at 846 31 Rue Al Imam Al Bakri, Tunis.", "846 31 Rue Al Imam Al Bakri, Tunis"),
        ("Meet at the corner of Main Street and Elm Grove.", "the corner of Main Street and Elm Grove"),
        ("Lives on Via dei Fiorentini 17 in Rome.", "Via dei Fiorentini 17"),
        ("Our office: 2224 Trenerys gate 232\nTRONDHEIM\n, TR\n Norway 64389", "2224 Trenerys gate 232\nTRONDHEIM\n, TR\n Norway 64389"),
    ],
)
def test_military_prefixed_corner_and_multiline_addresses(redactor, text: str, address: str) -> None:
    spans = [s for s in redactor.scan(text) if s.label == "ADDRESS"]
    covered = "".join(c if any(s.start <= i < s.end for s in spans) else "_" for i, c in enumerate(text))
    assert address in covered, covered


@pytest.mark.parametrize("text", ["Place the patient in Trendelenburg position.", "2 LUMEN PORT PLACED.",
                                  "Take 2 tablets via G tube.", "STRENGTH 5/5, GRADE 2 MURMUR"])
def test_clinical_phrases_are_not_addresses(redactor, text: str) -> None:
    assert all(s.label != "ADDRESS" for s in redactor.scan(text))


@pytest.mark.parametrize("text, kept", [
    ("Meet me at 4400 if the clinic is open.", "Meet me at"),
    ("Her pain is 7 today, it was 9 at 0300.", "Her pain is 7"),
    ("We agreed to see him in 6 weeks.", "We agreed to see him in 6 weeks."),
])
def test_words_before_a_number_are_no_street(rules: Redactor, text: str, kept: str) -> None:
    assert kept in rules.redact(text).text


@pytest.mark.parametrize("text, address", [
    # a town line, then a region code after a comma on the next line
    ("Forward the records to 88 Tammsaare tee 14\nRakvere\n, LV\n Estonia 44310.", "88 Tammsaare tee 14\nRakvere\n, LV\n Estonia 44310"),
    ("Home: Rua das Flores 220\nBraga\n, BR\n 4700-011", "Rua das Flores 220\nBraga\n, BR\n 4700-011"),
    # a stop word before the street: only the street is masked
    ("She moved in 2019 to Olofsgatan 7, Uppsala.", "Olofsgatan 7, Uppsala"),
])
def test_multiline_address_with_region_code(rules: Redactor, text: str, address: str) -> None:
    covered = _covered(rules, text, "ADDRESS")
    assert address in covered, covered
    assert not covered.startswith(text[:8]), covered


@pytest.mark.parametrize("text, value", [
    ("HOME ADDRESS ON FILE: IM GRUND 12, 50667 KÖLN.\nPLAN: DISCHARGE", "IM GRUND 12, 50667 KÖLN"),
    ("Address:\n14 Ballyclare Road, Larne BT40 1AB\nPhone:", "14 Ballyclare Road, Larne BT40 1AB"),
    ("Kestrel Physio Ltd\n118 Wellington Street\nOttawa, ON K1P 5J1\nTel: 1", "118 Wellington Street\nOttawa, ON K1P 5J1"),
])
def test_address_fields_and_postcode_lines(rules: Redactor, text: str, value: str) -> None:
    covered = _covered(rules, text, "ADDRESS")
    assert value in covered, covered


def test_address_field_needs_a_number(rules: Redactor) -> None:
    assert rules.redact("Email address: see the referral. Address: unknown").text == "Email address: see the referral. Address: unknown"


@pytest.mark.parametrize("text, phone", [
    ("Her brother (0341 558207) holds the power of attorney.", "0341 558207"),
    ("Hausarzt erreichbar unter 0711 239588 ab Montag.", "0711 239588"),
])
def test_national_numbers_with_trunk_prefix(rules: Redactor, text: str, phone: str) -> None:
    assert [text[s.start:s.end] for s in rules.scan(text) if s.label == "PHONE"] == [phone]


def test_quoted_email_address_lines_continue_but_quote_marks_stay(rules: Redactor) -> None:
    text = "> Regards,\n> 58 Lindenallee 3\n> Apt. 12\n> Wolfsburg\n> Germany 38440\n> Thanks"
    out = rules.redact(text).text
    assert out == "> Regards,\n> [ADDRESS]\n> [ADDRESS]\n> [ADDRESS]\n> [ADDRESS]\n> Thanks", out


@pytest.mark.parametrize("text, place", [
    ("We moved here from Tjæreborg in the spring.", "Tjæreborg"),
    ("She is originally from Kirkwall, she says.", "Kirkwall"),
])
def test_place_cues_in_prose(rules: Redactor, text: str, place: str) -> None:
    assert place in [text[s.start:s.end] for s in rules.scan(text)]


def _covered(rules: Redactor, text: str, label: str) -> str:
    """``text`` with every character outside the ``label`` spans replaced by ``_``."""
    spans = [s for s in rules.scan(text) if s.label == label]
    return "".join(c if any(s.start <= i < s.end for s in spans) else "_" for i, c in enumerate(text))
