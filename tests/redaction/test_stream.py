"""`edgebatch redact`: JSONL in, JSONL out, ordered, offsets into the original text."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import cli


def _write(path: Path, lines: list[str]) -> None:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def test_redact_cli_keeps_order_offsets_and_reports_bad_lines(tmp_path: Path) -> None:
    texts = [f"PT SEEN {i % 12 + 1}/22. DR. SMITH AWARE. WIFE CALLED 555-12{i % 90 + 10}." for i in range(150)]
    lines = [json.dumps({"id": f"d{i}", "text": t}) for i, t in enumerate(texts)]
    lines.insert(7, "{not json")
    lines.insert(9, json.dumps({"id": "no-text"}))
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write(src, lines)
    result = cli("redact", "--input", str(src), "--output", str(dst), "--workers", "2", env={})
    counts = json.loads(result.stderr.strip().splitlines()[-1])
    assert counts["docs"] == 152 and counts["errors"] == 2 and counts["spans"] >= 450
    out = [json.loads(line) for line in dst.read_text().splitlines()]
    assert [o["id"] for o in out][:10] == ["d0", "d1", "d2", "d3", "d4", "d5", "d6", None, "d7", "no-text"]
    assert out[7]["error"] == "invalid_json" and out[9]["error"] == "missing_text"
    good = [o for o in out if "redacted" in o]
    assert len(good) == 150
    for o, text in zip(good, texts, strict=True):
        assert "SMITH" not in o["redacted"] and "555-" not in o["redacted"]
        labels = {s["label"] for s in o["spans"]}
        assert {"NAME", "PHONE", "DATE"} <= labels
        for s in o["spans"]:
            assert set(s) == {"start", "end", "label", "detector", "score"}
            assert text[s["start"]:s["end"]].strip()
        name = next(s for s in o["spans"] if s["label"] == "NAME")
        assert text[name["start"]:name["end"]] == "SMITH"


def test_pseudonyms_are_consistent_across_the_file(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write(src, [json.dumps({"id": "a", "text": "Dr. Alvarez met Dr. Okafor."}),
                 json.dumps({"id": "b", "text": "Dr. Okafor called Dr. Alvarez."})])
    cli("redact", "--input", str(src), "--output", str(dst), "--policy", "pseudonym", "--workers", "1", "--no-ner",
        env={})
    a, b = (json.loads(line)["redacted"] for line in dst.read_text().splitlines())
    assert a == "Dr. [NAME_1] met Dr. [NAME_2]."
    assert b == "Dr. [NAME_2] called Dr. [NAME_1]."


def test_research_policy_needs_a_key(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    _write(src, [json.dumps({"id": "a", "text": "MRN 4966393 SEEN 7/22"})])
    result = cli("redact", "--input", str(src), "--output", str(dst), "--policy", "research", env={}, check=False)
    assert result.returncode != 0 and "EDGEBATCH_REDACTION_KEY" in result.stderr
    cli("redact", "--input", str(src), "--output", str(dst), "--policy", "research", "--workers", "1", "--no-ner",
        env={"EDGEBATCH_REDACTION_KEY": "test-key"})
    redacted = json.loads(dst.read_text())["redacted"]
    assert "4966393" not in redacted and "[ID:" in redacted and "7/22" not in redacted
