from __future__ import annotations

import pytest

from edgebatch.redaction.validators import (
    card_valid,
    date_parts_valid,
    iban_valid,
    ipv4_valid,
    ipv6_valid,
    luhn_valid,
    ssn_valid,
    zip_valid,
)


@pytest.mark.parametrize("s", ["4111111111111111", "4111 1111 1111 1111", "378282246310005", "79927398713"])
def test_luhn_valid(s: str) -> None:
    assert luhn_valid(s)


@pytest.mark.parametrize("s", ["4111111111111112", "79927398710", "1", ""])
def test_luhn_invalid(s: str) -> None:
    assert not luhn_valid(s)


@pytest.mark.parametrize(
    "s",
    ["4111-1111-1111-1111", "5555555555554444", "2223003122003222", "378282246310005", "6011111111111117"],
)
def test_card_valid(s: str) -> None:
    assert card_valid(s)


@pytest.mark.parametrize("s", ["0000000000000000", "4111111111111112", "411111111111", "12345"])
def test_card_invalid(s: str) -> None:
    assert not card_valid(s)


@pytest.mark.parametrize(
    "s", ["GB82WEST12345698765432", "GB82 WEST 1234 5698 7654 32", "DE89370400440532013000", "gb82west12345698765432"]
)
def test_iban_valid(s: str) -> None:
    assert iban_valid(s)


@pytest.mark.parametrize(
    "s", ["GB82WEST12345698765433", "GB82WEST1234569876543", "XX82WEST12345698765432", "DE89370400440532013001", ""]
)
def test_iban_invalid(s: str) -> None:
    assert not iban_valid(s)


@pytest.mark.parametrize("s", ["123-45-6789", "123456789", "078 05 1121", "665-12-3456"])
def test_ssn_valid(s: str) -> None:
    assert ssn_valid(s)


@pytest.mark.parametrize(
    "s", ["000-12-3456", "666-12-3456", "912-34-5678", "123-00-4567", "123-45-0000", "111-11-1111", "12-345-6789"]
)
def test_ssn_invalid(s: str) -> None:
    assert not ssn_valid(s)


@pytest.mark.parametrize("s", ["192.168.1.10", "0.0.0.0", "255.255.255.255", "8.8.8.8"])
def test_ipv4_valid(s: str) -> None:
    assert ipv4_valid(s)


@pytest.mark.parametrize("s", ["256.1.1.1", "1.2.3", "01.2.3.4", "1.2.3.4.5", "a.b.c.d"])
def test_ipv4_invalid(s: str) -> None:
    assert not ipv4_valid(s)


def test_ipv6() -> None:
    assert ipv6_valid("2001:db8::1")
    assert ipv6_valid("6e40:4041:c617:e898:c11:40d2:c669:2eb4")
    assert not ipv6_valid("10:30:00")
    assert not ipv6_valid("2001:db8::g")


def test_date_parts() -> None:
    assert date_parts_valid(7, 22, 1998)
    assert date_parts_valid(2, 29)
    assert date_parts_valid(12, 31, 98)
    assert not date_parts_valid(13, 1)
    assert not date_parts_valid(4, 31)
    assert not date_parts_valid(2, 30)
    assert not date_parts_valid(1, 1, 3000)


def test_zip() -> None:
    assert zip_valid("21201") and zip_valid("21201-1234")
    assert not zip_valid("00000") and not zip_valid("2120") and not zip_valid("21201-12")
