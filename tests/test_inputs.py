from __future__ import annotations

import json
from pathlib import Path

from edgebatch.inputs import scan_folder


def _docs(folder: Path, max_bytes: int = 1000) -> dict[str, object]:
    return {doc.doc_id: doc for doc in scan_folder(folder, max_bytes=max_bytes)}


def test_folder_is_scanned_recursively_with_one_document_per_jsonl_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("report one")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("# report two")
    (tmp_path / "c.json").write_text(json.dumps({"text": "report three"}))
    (tmp_path / "d.jsonl").write_text(
        json.dumps({"custom_id": "x1", "text": "four"}) + "\n\n" + json.dumps({"custom_id": "x2", "text": "five"}))
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF")
    docs = _docs(tmp_path)
    assert sorted(docs) == ["a.txt", "c.json", "sub/b.md", "x1", "x2"]
    assert docs["c.json"].text == "report three"
    assert docs["x2"].source == "d.jsonl:3"
    assert all(len(d.sha256) == 64 and d.error_code is None for d in docs.values())


def test_unreadable_documents_become_errors_with_clear_codes(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "big.txt").write_text("x" * 2000)
    (tmp_path / "bad.jsonl").write_text('{"custom_id": "ok", "text": "fine"}\nnot json\n{"text": "no id"}\n')
    docs = _docs(tmp_path)
    codes = {doc_id: doc.error_code for doc_id, doc in docs.items()}
    assert codes["empty.txt"] == "empty"
    assert codes["binary.txt"] == "binary"
    assert codes["latin1.txt"] == "undecodable"
    assert codes["big.txt"] == "too_large"
    assert codes["ok"] is None
    assert codes["bad.jsonl:2"] == "malformed_jsonl"
    assert codes["bad.jsonl:3"] == "missing_custom_id"
    assert "2000 bytes" in docs["big.txt"].error_message
    assert all(doc.sha256 for doc in docs.values())


def test_links_out_of_the_folder_are_refused(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("not yours")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "link.txt").symlink_to(outside)
    docs = _docs(folder)
    assert docs["link.txt"].error_code == "outside_folder"
    assert docs["link.txt"].text is None
