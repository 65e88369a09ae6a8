"""Redaction policies: what replaces a detected span.

* ``mask``: a typed mask, ``[NAME]``, ``[DATE]``;
* ``pseudonym``: ``[NAME_1]``, the same surface form gets the same number in a document and
  in every document rendered with the same :class:`PseudonymTable` (one per batch);
* ``date_shift``: dates move by a per-patient offset (days, derived from the key and the
  patient id), so intervals between a patient's dates are kept; unparseable dates are masked;
* ``hash_labels``: these labels become ``[ID:5f1c0a93e2]``, an HMAC-SHA256 of the normalised
  value under a secret key, so records stay joinable without the identifier.

The key comes from ``EDGEBATCH_REDACTION_KEY`` or the file named by
``EDGEBATCH_REDACTION_KEY_FILE``; policies that need it refuse to run without one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import hmac
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from .base import Redaction, Span

KEY_ENV = "EDGEBATCH_REDACTION_KEY"
KEY_FILE_ENV = "EDGEBATCH_REDACTION_KEY_FILE"


class PolicySpec(BaseModel):
    """Options of the ``redact`` stage and of ``edgebatch redact --policy``."""

    model_config = ConfigDict(extra="forbid")

    policy: Literal["mask", "pseudonym"] = "mask"
    ner: bool | None = None  # None: on when spaCy and the model are installed
    #: over_89: HIPAA Safe Harbor, younger ages stay readable (clinically needed); all: mask every age
    ages: Literal["over_89", "all"] = "over_89"
    date_shift: bool = False
    max_shift_days: int = 365
    hash_labels: list[str] = []


#: Named policies for the CLI.
POLICIES: dict[str, PolicySpec] = {
    "mask": PolicySpec(),
    "pseudonym": PolicySpec(policy="pseudonym"),
    "research": PolicySpec(policy="pseudonym", date_shift=True, hash_labels=["ID", "SSN", "EMAIL", "PHONE"]),
}


class MissingKeyError(RuntimeError):
    """A policy needs a secret key and none is configured."""


def load_key() -> bytes:
    """The HMAC key from the environment or a secret file."""
    value = os.environ.get(KEY_ENV)
    if value:
        return value.encode()
    path = os.environ.get(KEY_FILE_ENV)
    if path:
        return Path(path).read_bytes().strip()
    raise MissingKeyError(f"this redaction policy needs a key: set {KEY_ENV} or {KEY_FILE_ENV}")


def keyed_hash(key: bytes, label: str, value: str, digits: int = 10) -> str:
    """HMAC-SHA256 of a normalised value (case, spaces and punctuation ignored)."""
    norm = re.sub(r"[\W_]+", "", value).lower()
    return hmac.new(key, f"{label}:{norm}".encode(), hashlib.sha256).hexdigest()[:digits]


def shift_days(key: bytes, patient: str, max_days: int) -> int:
    """The patient's date offset: a non-zero number of days in ``[-max_days, max_days]``."""
    n = int(keyed_hash(key, "DATE_SHIFT", patient, 12), 16)
    days = n % (2 * max_days) - max_days
    return days if days < 0 else days + 1


@dataclass
class PseudonymTable:
    """``[LABEL_n]`` numbers shared by every document rendered with this table."""

    numbers: dict[tuple[str, str], int] = field(default_factory=dict)
    per_label: dict[str, int] = field(default_factory=dict)

    def number(self, label: str, surface: str) -> int:
        key = (label, " ".join(surface.split()).lower())
        if key not in self.numbers:
            self.per_label[label] = self.per_label.get(label, 0) + 1
            self.numbers[key] = self.per_label[label]
        return self.numbers[key]


_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_NUMERIC = re.compile(r"(\d{1,2})([/-])(\d{1,2})(?:\2(\d{2}|\d{4}))?")
_NAMED = re.compile(r"([A-Za-z]+)\.?[ \t]+(\d{1,2})(?:,?[ \t]+(\d{4}))?")


def shift_date(surface: str, days: int) -> str | None:
    """``surface`` moved by ``days`` in the same format, or None if it is not a date it knows."""
    m = _NUMERIC.fullmatch(surface)
    if m:
        month, day, year = int(m.group(1)), int(m.group(3)), m.group(4)
        full = int(year) if year and len(year) == 4 else (2000 + int(year) if year else 2000)
        try:
            new = dt.date(full, month, day) + dt.timedelta(days=days)
        except ValueError:
            return None
        sep = m.group(2)
        width = 2 if len(m.group(1)) == 2 else 1
        out = f"{new.month:0{width}d}{sep}{new.day:0{width}d}"
        if year:
            out += sep + (str(new.year) if len(year) == 4 else f"{new.year % 100:02d}")
        return out
    m = _NAMED.fullmatch(surface)
    if m and m.group(1)[:3].lower() in _MONTHS:
        month = _MONTHS.index(m.group(1)[:3].lower()) + 1
        try:
            new = dt.date(int(m.group(3) or 2000), month, int(m.group(2))) + dt.timedelta(days=days)
        except ValueError:
            return None
        name = calendar.month_name[new.month] if len(m.group(1)) > 3 else calendar.month_abbr[new.month]
        name = name.upper() if m.group(1).isupper() else name.capitalize()
        return f"{name} {new.day}" + (f", {new.year}" if m.group(3) else "")
    return None


def render(
    text: str,
    spans: list[Span],
    spec: PolicySpec,
    table: PseudonymTable | None = None,
    patient: str = "",
    key: bytes | None = None,
) -> str:
    """``text`` with every span replaced as ``spec`` says (spans sorted, non-overlapping)."""
    return render_redaction(text, spans, spec, table, patient, key).text


def render_redaction(
    text: str,
    spans: list[Span],
    spec: PolicySpec,
    table: PseudonymTable | None = None,
    patient: str = "",
    key: bytes | None = None,
) -> Redaction:
    """Like :func:`render`, keeping the spans and where each replacement sits in both texts."""
    if (spec.date_shift or spec.hash_labels) and key is None:
        key = load_key()
    table = table if table is not None else PseudonymTable()
    offset = shift_days(key, patient, spec.max_shift_days) if spec.date_shift and key else 0
    parts: list[str] = []
    replacements: list[tuple[int, int, int, int]] = []
    pos = 0
    written = 0  # length of the redacted text so far
    for s in spans:
        parts.append(text[pos:s.start])
        written += s.start - pos
        surface = text[s.start:s.end]
        out = None
        if s.label == "DATE" and offset:
            out = shift_date(surface, offset)
        elif s.label in spec.hash_labels and key:
            out = f"[{s.label}:{keyed_hash(key, s.label, surface)}]"
        if out is None:
            out = f"[{s.label}_{table.number(s.label, surface)}]" if spec.policy == "pseudonym" else f"[{s.label}]"
        parts.append(out)
        replacements.append((written, written + len(out), s.start, s.end))
        written += len(out)
        pos = s.end
    parts.append(text[pos:])
    return Redaction("".join(parts), list(spans), replacements)
