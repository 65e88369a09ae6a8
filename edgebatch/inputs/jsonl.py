"""JSONL: one document per line, either ``{"custom_id", "text"}`` or an OpenAI batch request
``{"custom_id", "method", "url", "body": {"messages": [...]}}`` (text = the user messages).

The file is streamed line by line, so its size is not limited; ``max_bytes`` limits each line.
A line longer than that is hashed and skipped without ever being held in memory whole.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import IO, Any

from .base import InputDocument, bom_encoding, error_document, id_problem

_SNIFF_BYTES = 8192
_SKIP_BLOCK = 1 << 20


def jsonl_documents(rel: str, handle: IO[bytes], *, max_bytes: int) -> Iterator[InputDocument]:
    """The documents of one JSONL file read from ``handle`` (binary, seekable, at its start)."""
    head = handle.read(_SNIFF_BYTES)
    encoding = bom_encoding(head)
    if encoding is not None:  # RFC 8259: JSON exchanged between systems is UTF-8
        yield _file_error(rel, handle, "undecodable", f"JSONL must be UTF-8; this file is {encoding.upper()} "
                          "(it starts with that byte-order mark)")
        return
    if b"\x00" in head:
        yield _file_error(rel, handle, "binary", "the file is binary (contains NUL bytes), not JSONL")
        return
    handle.seek(3 if head.startswith(b"\xef\xbb\xbf") else 0)
    any_line = False
    for number, raw, size, digest in _lines(handle, max_bytes):
        source = f"{rel}:{number}"
        if raw is None:
            any_line = True
            yield error_document(source, b"", "too_large", f"line {number} has {size} bytes; the limit per line "
                                 f"is {max_bytes}", size=size, sha256=digest)
            continue
        if not raw.strip():
            continue
        any_line = True
        yield _document(rel, number, raw)
    if not any_line:
        yield _file_error(rel, handle, "empty", "the JSONL file has no lines")


def _file_error(rel: str, handle: IO[bytes], code: str, message: str) -> InputDocument:
    """An error about the whole file, with the file's hash (read in blocks)."""
    handle.seek(0)
    digest, size = hashlib.sha256(), 0
    for block in iter(lambda: handle.read(_SKIP_BLOCK), b""):
        digest.update(block)
        size += len(block)
    return error_document(rel, b"", code, message, size=size, sha256=digest.hexdigest())


def _lines(handle: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None, int, str]]:
    """(number, line or None when longer than ``limit``, size in bytes, sha256 of an over-long line)."""
    number = 0
    while True:
        line = handle.readline(limit + 2)  # + CR LF
        if not line:
            return
        number += 1
        stripped = line.rstrip(b"\r\n")
        if len(stripped) <= limit:
            yield number, stripped, len(stripped), ""
            continue
        digest, size = hashlib.sha256(stripped), len(stripped)
        while not line.endswith(b"\n"):
            line = handle.readline(_SKIP_BLOCK)
            if not line:
                break
            stripped = line.rstrip(b"\r\n")
            digest.update(stripped)
            size += len(stripped)
        yield number, None, size, digest.hexdigest()


def _document(rel: str, number: int, raw: bytes) -> InputDocument:
    source = f"{rel}:{number}"
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return error_document(source, raw, "undecodable", f"line {number} is not valid UTF-8 (byte offset {exc.start})")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return error_document(source, raw, "malformed_jsonl", f"line {number} is not valid JSON (column {exc.colno})")
    except (ValueError, RecursionError) as exc:  # nesting too deep, integers with too many digits
        return error_document(source, raw, "malformed_jsonl",
                              f"line {number} cannot be read as JSON ({type(exc).__name__})")
    if not isinstance(record, dict):
        return error_document(source, raw, "malformed_jsonl", f"line {number} is not a JSON object")
    custom_id = record.get("custom_id")
    problem = id_problem(custom_id)
    if problem is not None:
        code = "missing_custom_id" if not isinstance(custom_id, str) or not custom_id.strip() else "invalid_custom_id"
        return error_document(source, raw, code, f"line {number} {problem}")
    assert isinstance(custom_id, str)
    body, reason = _body_text(record)
    if body is None:
        return error_document(custom_id, raw, reason[0], f"line {number} {reason[1]}", source=source)
    try:
        encoded = body.encode("utf-8")  # once: it checks the text can be stored and is what is hashed
    except UnicodeEncodeError:
        return error_document(custom_id, raw, "undecodable",
                              f"line {number} has text with invalid Unicode (an unpaired surrogate)", source=source)
    return InputDocument(custom_id, source, hashlib.sha256(encoded).hexdigest(), len(raw), text=body)


def _body_text(record: dict[str, Any]) -> tuple[str | None, tuple[str, str]]:
    """The text of a line: ``text``, or the user messages of an OpenAI batch request body."""
    if "body" in record and "text" not in record:
        body = record["body"]
        messages = body.get("messages") if isinstance(body, dict) else None
        if not isinstance(messages, list):
            return None, ("malformed_batch_request", 'has a "body" without a "messages" list')
        parts = [_content_text(m.get("content")) for m in messages if isinstance(m, dict) and m.get("role") == "user"]
        text = "\n\n".join(p for p in parts if p)
        if not text.strip():
            return None, ("empty", "has no user message text")
        return text, ("", "")
    body_text = record.get("text")
    if not isinstance(body_text, str) or not body_text.strip():
        return None, ("empty", 'has no non-empty "text" string')
    return body_text, ("", "")


def _content_text(content: Any) -> str:
    """A message's content: a string, or a list of parts of which the ``text`` ones count."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(p["text"] for p in content
                         if isinstance(p, dict) and p.get("type") == "text" and isinstance(p.get("text"), str))
    return ""
