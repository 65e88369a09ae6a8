"""Checksums and range checks that confirm a regex candidate is a real identifier."""

from __future__ import annotations

import ipaddress
import re

_NON_DIGIT = re.compile(r"\D")
_NON_ALNUM = re.compile(r"[^0-9A-Za-z]")
_SSN = re.compile(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})")
_IPV4 = re.compile(r"(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})")

#: Full IBAN length by ISO country code (SWIFT IBAN registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24,
    "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
    "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27,
    "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27,
    "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27,
    "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28,
    "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}


def luhn_valid(digits: str) -> bool:
    """True if ``digits`` (separators ignored) passes the Luhn mod-10 check."""
    d = _NON_DIGIT.sub("", digits)
    if len(d) < 2:
        return False
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = ord(ch) - 48
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def card_valid(s: str) -> bool:
    """True for a 13-19 digit, Luhn-valid payment card number (separators ignored)."""
    d = _NON_DIGIT.sub("", s)
    return 13 <= len(d) <= 19 and luhn_valid(d) and len(set(d)) > 1


def iban_valid(s: str) -> bool:
    """True if ``s`` (spaces ignored, any case) has its country's length and passes mod-97."""
    compact = _NON_ALNUM.sub("", s).upper()
    if len(compact) < 5 or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    expected = IBAN_LENGTHS.get(compact[:2])
    if expected is None or len(compact) != expected:
        return False
    rearranged = compact[4:] + compact[:4]
    numeric = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(numeric) % 97 == 1


def ssn_valid(s: str) -> bool:
    """True for a structurally valid US SSN: area not 000/666/9xx, group not 00, serial not 0000."""
    m = _SSN.fullmatch(s.strip())
    if not m:
        return False
    area, group, serial = m.groups()
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    return len(set(area + group + serial)) > 1  # 111-11-1111 style placeholders


def ipv4_valid(s: str) -> bool:
    """True for a dotted-quad IPv4 address with octets 0-255 and no leading zeros."""
    m = _IPV4.fullmatch(s)
    if not m:
        return False
    return all(int(o) <= 255 and (o == "0" or not o.startswith("0")) for o in m.groups())


def ipv6_valid(s: str) -> bool:
    """True for a syntactically valid IPv6 address (compressed forms allowed)."""
    if s.count(":") < 2:
        return False
    try:
        ipaddress.IPv6Address(s)
    except ValueError:
        return False
    return True


def date_parts_valid(month: int, day: int, year: int | None = None) -> bool:
    """True if month/day (and optional year) could be a calendar date."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    if month in (4, 6, 9, 11) and day > 30:
        return False
    if month == 2 and day > 29:
        return False
    return year is None or 0 <= year <= 99 or 1800 <= year <= 2199


def zip_valid(s: str) -> bool:
    """True for a US ZIP or ZIP+4 whose first five digits are not 00000."""
    m = re.fullmatch(r"(\d{5})(?:-(\d{4}))?", s)
    return bool(m) and m.group(1) != "00000"
