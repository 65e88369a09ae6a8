"""What every input reader shares: ``InputDocument`` and the error/decoding helpers.

A file that cannot be read becomes a document carrying an error (code + message) instead of
text, so it still gets exactly one outcome. Messages never quote document content.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..hashing import sha256_bytes


@dataclass
class InputDocument:
    """One document as submitted: its id, where it came from, its content hash and text."""

    doc_id: str
    source: str
    sha256: str
    size_bytes: int
    text: str | None = None
    error_code: str | None = None
    error_message: str | None = None

    def to_record(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


def decode_text(data: bytes) -> tuple[str | None, str | None, str | None]:
    """(text, None, None), or (None, code, message) for empty, binary or undecodable bytes."""
    if not data.strip():
        return None, "empty", "the document is empty"
    if b"\x00" in data[:8192]:
        return None, "binary", "the document is binary (contains NUL bytes), not text"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, "undecodable", f"the document is not valid UTF-8 (byte offset {exc.start})"
    return text, None, None


def text_document(rel: str, data: bytes, text: str | None, code: str | None, message: str | None) -> InputDocument:
    """A document with ``text``, or an error document when ``text`` is None or blank."""
    if text is not None and not text.strip():
        text, code, message = None, "empty", "no text could be extracted from the document"
    if text is None:
        return error_document(rel, data, code or "unreadable", message or "unreadable")
    return InputDocument(rel, rel, sha256_bytes(data), len(data), text=text)


def error_document(doc_id: str, data: bytes, code: str, message: str, *, source: str | None = None,
                   size: int | None = None) -> InputDocument:
    return InputDocument(doc_id, source or doc_id, sha256_bytes(data), len(data) if size is None else size,
                         error_code=code, error_message=message)


