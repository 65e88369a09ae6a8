"""Word ``.docx`` documents (``python-docx``), checked against zip bombs before extraction."""

from __future__ import annotations

import io
import zipfile

MAX_UNCOMPRESSED_BYTES = 200_000_000
MAX_RATIO = 200  # uncompressed / compressed, over the whole archive
MAX_MEMBERS = 10_000


def zip_problem(data: bytes) -> str | None:
    """Why the archive must not be extracted (sizes from the central directory), or None."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return "not a valid .docx (zip) file"
    if len(members) > MAX_MEMBERS:
        return f"the archive has {len(members)} members (limit {MAX_MEMBERS})"
    total = sum(m.file_size for m in members)
    packed = max(1, sum(m.compress_size for m in members))
    if total > MAX_UNCOMPRESSED_BYTES or total / packed > MAX_RATIO:
        return f"the archive would expand to {total} bytes from {packed} (zip bomb guard)"
    return None


def docx_text(data: bytes) -> tuple[str | None, str | None, str | None]:
    problem = zip_problem(data)
    if problem is not None:
        code = "zip_bomb" if "guard" in problem or "members" in problem else "malformed_docx"
        return None, code, problem
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds on broken packages
        return None, "malformed_docx", f"the .docx cannot be parsed ({type(exc).__name__})"
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append("\t".join(cell.text for cell in row.cells))
    text = "\n".join(p for p in parts if p.strip())
    if not text:
        return None, "empty", "the .docx has no text"
    return text, None, None
