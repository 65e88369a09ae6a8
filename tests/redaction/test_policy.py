"""Policies: typed masks, batch-wide pseudonyms, per-patient date shifts, keyed hashes."""

from __future__ import annotations

import datetime as dt

import pytest

from edgebatch.redaction.base import Span
from edgebatch.redaction.policy import (
    MissingKeyError,
    PolicySpec,
    PseudonymTable,
    keyed_hash,
    load_key,
    render,
    shift_date,
    shift_days,
)

KEY = b"test-key"


def test_date_shift_keeps_intervals_and_format() -> None:
    days = shift_days(KEY, "patient-7", 365)
    assert days != 0 and -365 <= days <= 365
    assert shift_days(KEY, "patient-7", 365) == days  # stable per patient
    a, b = shift_date("7/22", days), shift_date("7/29", days)
    assert a and b and a.count("/") == 1
    da, db = (dt.date(2000, *map(int, x.split("/"))) for x in (a, b))
    assert (db - da).days % 366 == 7 or (db - da).days == 7
    assert shift_date("07/22/1998", 10) == "08/01/1998"
    assert shift_date("JUNE 22", 10) == "JULY 2"
    assert shift_date("not a date", 10) is None


def test_render_uses_hash_for_joinable_ids_and_shifts_dates() -> None:
    text = "MRN 4966393 SEEN 7/22 BY DR. SMITH"
    spans = [Span(4, 11, "ID"), Span(17, 21, "DATE"), Span(29, 34, "NAME")]
    spec = PolicySpec(policy="pseudonym", date_shift=True, hash_labels=["ID"])
    out = render(text, spans, spec, patient="p1", key=KEY)
    assert f"[ID:{keyed_hash(KEY, 'ID', '4966393')}]" in out
    assert "7/22" not in out and "[NAME_1]" in out
    assert render(text, spans, spec, patient="p1", key=KEY) == out  # deterministic
    assert keyed_hash(b"other", "ID", "4966393") != keyed_hash(KEY, "ID", "4966393")
    assert keyed_hash(KEY, "ID", "496-6393") == keyed_hash(KEY, "ID", "4966393")


def test_pseudonym_table_is_shared_by_documents() -> None:
    table = PseudonymTable()
    spec = PolicySpec(policy="pseudonym")
    a = render("Dr. Ames", [Span(4, 8, "NAME")], spec, table)
    b = render("Dr. Bell and Dr. Ames", [Span(4, 8, "NAME"), Span(17, 21, "NAME")], spec, table)
    assert a == "Dr. [NAME_1]" and b == "Dr. [NAME_2] and Dr. [NAME_1]"


def test_key_from_env_or_file(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EDGEBATCH_REDACTION_KEY", raising=False)
    monkeypatch.delenv("EDGEBATCH_REDACTION_KEY_FILE", raising=False)
    with pytest.raises(MissingKeyError):
        load_key()
    secret = tmp_path / "key"
    secret.write_text("from-file\n")
    monkeypatch.setenv("EDGEBATCH_REDACTION_KEY_FILE", str(secret))
    assert load_key() == b"from-file"
    monkeypatch.setenv("EDGEBATCH_REDACTION_KEY", "from-env")
    assert load_key() == b"from-env"


def test_ages_policy_keeps_safe_harbor_ages_by_default_and_masks_all_on_request(redactor) -> None:
    text = "58 YO F, HER MOTHER IS 93 YO. He just turned 47."
    assert redactor.redact(text).text == "58 YO F, HER MOTHER IS [AGE] YO. He just turned 47."
    strict = redactor.with_ages("all")
    assert strict.redact(text).text == "[AGE] YO F, HER MOTHER IS [AGE] YO. He just turned [AGE]."
    assert redactor.ages == "over_89"  # with_ages returns a new redactor
