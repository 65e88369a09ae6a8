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
    (tmp_path / "ignored.xlsx").write_bytes(b"PK")
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


def _pdf(text: str) -> bytes:
    """A one-page PDF with ``text`` in its text layer (built by hand: no PDF writer needed)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def test_pdf_and_docx_text_is_extracted(tmp_path: Path) -> None:
    import docx

    (tmp_path / "report.pdf").write_bytes(_pdf("IMPRESSION: No acute disease."))
    document = docx.Document()
    document.add_paragraph("This Agreement is governed by the laws of Delaware.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Term", "Three years"
    document.save(tmp_path / "contract.docx")
    docs = _docs(tmp_path, max_bytes=1_000_000)
    assert "No acute disease." in docs["report.pdf"].text
    assert "governed by the laws of Delaware" in docs["contract.docx"].text
    assert "Three years" in docs["contract.docx"].text


def test_broken_pdfs_scans_and_zip_bombs_become_error_rows(tmp_path: Path) -> None:
    import zipfile

    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not a pdf body")
    (tmp_path / "scan.pdf").write_bytes(_pdf(""))
    (tmp_path / "notzip.docx").write_bytes(b"plain text pretending")
    with zipfile.ZipFile(tmp_path / "bomb.docx", "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * 50_000_000)  # 50 MB of zeros -> ~50 kB
    assert (tmp_path / "bomb.docx").stat().st_size < 100_000
    codes = {d: doc.error_code for d, doc in _docs(tmp_path, max_bytes=1_000_000).items()}
    assert codes == {"broken.pdf": "malformed_pdf", "scan.pdf": "no_text_layer", "notzip.docx": "malformed_docx",
                     "bomb.docx": "zip_bomb"}


def test_openai_batch_requests_give_the_user_messages_as_text(tmp_path: Path) -> None:
    def request(custom_id: str, messages: list) -> str:
        return json.dumps({"custom_id": custom_id, "method": "POST", "url": "/v1/chat/completions",
                           "body": {"model": "gpt-4o-mini", "messages": messages}})

    lines = [
        request("r1", [{"role": "system", "content": "You summarise reports."},
                       {"role": "user", "content": "FINDINGS: Clear lungs."}]),
        request("r2", [{"role": "user", "content": [{"type": "text", "text": "IMPRESSION: Normal."},
                                                     {"type": "image_url", "image_url": {"url": "x"}}]}]),
        request("r3", [{"role": "system", "content": "only a system prompt"}]),
        json.dumps({"custom_id": "r4", "method": "POST", "body": {"prompt": "legacy"}}),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines))
    docs = _docs(tmp_path)
    assert docs["r1"].text == "FINDINGS: Clear lungs."
    assert "system" not in docs["r1"].text.lower()
    assert docs["r2"].text == "IMPRESSION: Normal."
    assert docs["r3"].error_code == "empty"
    assert docs["r4"].error_code == "malformed_batch_request"


def test_tables_get_doc_ids_from_the_id_column_and_flag_duplicates(tmp_path: Path) -> None:
    from edgebatch.inputs.table import ERROR_COLUMN, load_table, row_shards

    rows = [{"id": "t1", "amount": 1.5}, {"id": "t2", "amount": 2.0}, {"id": "t1", "amount": 3.0},
            {"id": None, "amount": 4.0}, {"id": "t5", "amount": 5.0}]
    path = tmp_path / "day.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows))
    loaded = load_table(path, "day.jsonl", id_column="id", prefix_ids=False)
    assert loaded.table.column("doc_id").to_pylist() == ["t1", "t2", "t1@row2", "row3", "t5"]
    assert loaded.table.column(ERROR_COLUMN).to_pylist() == [None, None, "duplicate_id", "missing_id", None]
    assert [s.num_rows for s in row_shards(loaded.table, 2)] == [2, 2, 1]
    numbered = load_table(path, "day.jsonl", id_column="txn_ref", prefix_ids=True)
    assert numbered.table.column("doc_id").to_pylist()[:2] == ["day.jsonl:0", "day.jsonl:1"]
