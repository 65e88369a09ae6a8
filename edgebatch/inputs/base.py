"""What every input reader shares: ``InputDocument`` and the error/decoding helpers.

A file that cannot be read becomes a document carrying an error (code + message) instead of
text, so it still gets exactly one outcome. Messages never quote document content.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass

from ..hashing import sha256_bytes

# Byte-order marks that name their encoding unambiguously (UTF-32 before UTF-16: FF FE 00 00).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
MAX_ID_CHARS = 512
_quote = json.encoder.encode_basestring  # C-accelerated JSON string literal


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

    def staged_json(self) -> str:
        """``to_record()`` as one JSON line (UTF-8 text, as ``json.dumps(..., ensure_ascii=False)``),
        written directly for the usual document: a batch stages hundreds of thousands."""
        if self.text is None or self.error_code is not None:
            return json.dumps(self.to_record(), ensure_ascii=False)
        return (f'{{"doc_id":{_quote(self.doc_id)},"source":{_quote(self.source)},"sha256":{_quote(self.sha256)},'
                f'"size_bytes":{int(self.size_bytes)},"text":{_quote(self.text)}}}')


def bom_encoding(data: bytes) -> str | None:
    """``utf-16`` or ``utf-32`` when ``data`` starts with that byte-order mark, else None."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def decode_text(data: bytes) -> tuple[str | None, str | None, str | None]:
    """(text, None, None), or (None, code, message) for empty, binary or undecodable bytes.

    UTF-8 (with or without a BOM) is read as is. UTF-16/32 are read only with their byte-order
    mark (Windows "Unicode" text has one; without it the encoding is a guess). Anything else that
    is not UTF-8 (Latin-1, Windows-1252) is an error rather than a guess: a wrong guess garbles
    names, and redaction can then miss them.
    """
    if not data.strip():
        return None, "empty", "the document is empty"
    encoding = bom_encoding(data)
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            return None, "undecodable", f"the document starts with a {encoding.upper()} byte-order mark but is not " \
                                        f"valid {encoding.upper()} (byte offset {exc.start})"
        return checked_text(text.lstrip("\ufeff"))
    if b"\x00" in data[:8192]:
        return None, "binary", "the document is binary (contains NUL bytes), not text"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, "undecodable", (f"the document is not valid UTF-8 (byte offset {exc.start}); save it as UTF-8 "
                                     "(Latin-1 / Windows-1252 text must be converted first)")
    return text, None, None


def checked_text(text: str) -> tuple[str | None, str | None, str | None]:
    """``text`` if it can be stored as UTF-8; lone surrogates (e.g. a JSON ``"\\ud800"``) cannot."""
    if not unicode_ok(text):
        return None, "undecodable", "the text contains invalid Unicode (an unpaired surrogate)"
    if not text.strip():
        return None, "empty", "the document is empty"
    return text, None, None


def unicode_ok(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def safe_id(raw: str) -> str:
    """A path-derived id that can be stored and printed: undecodable file-name bytes and control
    characters become ``\\xNN`` escapes (a file name may hold any byte but ``/`` and NUL)."""
    text = raw.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def id_problem(custom_id: object) -> str | None:
    """Why a JSONL ``custom_id`` cannot be a document id, or None. Ids are data (Parquet values),
    never storage keys or paths, so ``../../etc/passwd`` is a valid, harmless id."""
    if not isinstance(custom_id, str) or not custom_id.strip():
        return 'has no "custom_id" string'
    if len(custom_id) > MAX_ID_CHARS:
        return f'has a "custom_id" of {len(custom_id)} characters (limit {MAX_ID_CHARS})'
    if _CONTROL.search(custom_id) or not unicode_ok(custom_id):
        return 'has a "custom_id" with control characters or invalid Unicode'
    return None


def text_document(rel: str, data: bytes, text: str | None, code: str | None, message: str | None) -> InputDocument:
    """A document with ``text``, or an error document when ``text`` is None, blank or not storable."""
    if text is not None:
        text, code, message = checked_text(text)
        if code == "empty":
            message = "no text could be extracted from the document"
    if text is None:
        return error_document(rel, data, code or "unreadable", message or "unreadable")
    return InputDocument(rel, rel, sha256_bytes(data), len(data), text=text)


def error_document(doc_id: str, data: bytes, code: str, message: str, *, source: str | None = None,
                   size: int | None = None, sha256: str | None = None) -> InputDocument:
    return InputDocument(doc_id, source or doc_id, sha256 or sha256_bytes(data), len(data) if size is None else size,
                         error_code=code, error_message=message)
