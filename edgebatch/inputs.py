"""Reading a submitted folder into documents: one per file, or one per JSONL line.

A file that cannot be read becomes a document carrying an error (code + message) instead of
text, so it still gets exactly one outcome. Messages never quote document content.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUPPORTED_SUFFIXES = (".txt", ".md", ".json", ".jsonl")


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


def scan_folder(folder: Path, *, max_bytes: int) -> Iterator[InputDocument]:
    """Every document below ``folder`` (recursively, sorted, symlinks leaving it refused)."""
    root = Path(folder).resolve()
    if not root.is_dir():
        raise FileNotFoundError(f"not a folder: {folder}")
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if name.startswith(".") or path.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            yield from read_file(path, root, max_bytes=max_bytes)


def read_file(path: Path, root: Path, *, max_bytes: int) -> Iterator[InputDocument]:
    """The documents in one file; errors become documents with ``error_code`` set."""
    rel = path.relative_to(root).as_posix()
    try:
        real = path.resolve(strict=True)
    except OSError as exc:
        yield _error(rel, b"", "unreadable", f"cannot open the file: {exc.strerror or type(exc).__name__}")
        return
    if root not in real.parents:
        yield _error(rel, b"", "outside_folder", "the file is a link that points outside the submitted folder")
        return
    size = real.stat().st_size
    if size > max_bytes:
        doc = _error(rel, b"", "too_large", f"the file has {size} bytes; this pipeline accepts at most {max_bytes}",
                     size=size)
        doc.sha256 = _sha256_file(real)
        yield doc
        return
    data = real.read_bytes()
    if path.suffix.lower() == ".jsonl":
        yield from _jsonl_documents(rel, data, max_bytes=max_bytes)
        return
    text, code, message = decode_text(data)
    if path.suffix.lower() == ".json" and text is not None:
        text, code, message = _json_text(text)
    if text is None:
        yield _error(rel, data, code or "unreadable", message or "unreadable")
    else:
        yield InputDocument(rel, rel, _sha256(data), len(data), text=text)


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


def _json_text(text: str) -> tuple[str | None, str | None, str | None]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, "malformed_json", f"invalid JSON at line {exc.lineno} column {exc.colno}"
    if isinstance(value, dict) and isinstance(value.get("text"), str):
        value = value["text"]
    if not isinstance(value, str) or not value.strip():
        return None, "malformed_json", 'a .json document must be a string or an object with a "text" string'
    return value, None, None


def _jsonl_documents(rel: str, data: bytes, *, max_bytes: int) -> Iterator[InputDocument]:
    text, code, message = decode_text(data)
    if text is None:
        yield _error(rel, data, code or "unreadable", message or "unreadable")
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        raw = line.encode()
        source = f"{rel}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _error(source, raw, "malformed_jsonl", f"line {number} is not valid JSON (column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield _error(source, raw, "malformed_jsonl", f"line {number} is not a JSON object")
            continue
        custom_id = record.get("custom_id")
        body = record.get("text")
        if not isinstance(custom_id, str) or not custom_id.strip():
            yield _error(source, raw, "missing_custom_id", f'line {number} has no "custom_id" string')
            continue
        if not isinstance(body, str) or not body.strip():
            yield _error(custom_id, raw, "empty", f'line {number} has no non-empty "text" string', source=source)
            continue
        if len(raw) > max_bytes:
            yield _error(custom_id, raw, "too_large", f"line {number} has {len(raw)} bytes; the limit is {max_bytes}",
                         source=source)
            continue
        yield InputDocument(custom_id, source, _sha256(body.encode()), len(raw), text=body)


def _error(doc_id: str, data: bytes, code: str, message: str, *, source: str | None = None,
           size: int | None = None) -> InputDocument:
    return InputDocument(doc_id, source or doc_id, _sha256(data), len(data) if size is None else size,
                         error_code=code, error_message=message)


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
