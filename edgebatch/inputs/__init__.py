"""Reading a submitted folder into documents: one reader per format.

``.txt``/``.md``/``.json`` (text), ``.jsonl`` (one document per line: ``custom_id`` + ``text``, or
the OpenAI batch request format), ``.pdf`` (text layer), ``.docx``. Tables (``.csv``,
``.parquet``, ``.jsonl``) for ``input: table`` pipelines are read by ``inputs.table``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from ..hashing import sha256_file
from .base import InputDocument, decode_text, error_document, text_document
from .docx import docx_text
from .jsonl import jsonl_documents
from .pdf import pdf_text
from .text import json_text

SUPPORTED_SUFFIXES = (".txt", ".md", ".json", ".jsonl", ".pdf", ".docx")


def walk(folder: Path, suffixes: tuple[str, ...]) -> Iterator[tuple[Path, Path]]:
    """(root, path) of every file with one of ``suffixes`` below ``folder`` (sorted, no dot files)."""
    root = Path(folder).resolve()
    if not root.is_dir():
        raise FileNotFoundError(f"not a folder: {folder}")
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if not name.startswith(".") and path.suffix.lower() in suffixes:
                yield root, path


def scan_folder(folder: Path, *, max_bytes: int) -> Iterator[InputDocument]:
    """Every document below ``folder`` (recursively, sorted, symlinks leaving it refused)."""
    for root, path in walk(folder, SUPPORTED_SUFFIXES):
        yield from read_file(path, root, max_bytes=max_bytes)


def checked_path(path: Path, root: Path, *, max_bytes: int) -> tuple[Path | None, InputDocument | None]:
    """(resolved path, None) when the file may be read, else (None, an error document)."""
    rel = path.relative_to(root).as_posix()
    try:
        real = path.resolve(strict=True)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return None, error_document(rel, b"", "unreadable", f"cannot open the file: {reason}")
    if root not in real.parents:
        return None, error_document(rel, b"", "outside_folder",
                                    "the file is a link that points outside the submitted folder")
    size = real.stat().st_size
    if size > max_bytes:
        doc = error_document(rel, b"", "too_large",
                             f"the file has {size} bytes; this pipeline accepts at most {max_bytes}", size=size)
        doc.sha256 = sha256_file(real)
        return None, doc
    return real, None


def read_file(path: Path, root: Path, *, max_bytes: int) -> Iterator[InputDocument]:
    """The documents in one file; errors become documents with ``error_code`` set."""
    rel = path.relative_to(root).as_posix()
    real, refused = checked_path(path, root, max_bytes=max_bytes)
    if refused is not None or real is None:
        yield refused  # type: ignore[misc]
        return
    data = real.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from jsonl_documents(rel, data, max_bytes=max_bytes)
    elif suffix == ".pdf":
        yield text_document(rel, data, *pdf_text(data))
    elif suffix == ".docx":
        yield text_document(rel, data, *docx_text(data))
    else:
        text, code, message = decode_text(data)
        if suffix == ".json" and text is not None:
            text, code, message = json_text(text)
        yield text_document(rel, data, text, code, message)


__all__ = ["SUPPORTED_SUFFIXES", "InputDocument", "checked_path", "read_file", "scan_folder", "walk"]
