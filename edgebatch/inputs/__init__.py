"""Reading a submitted folder into documents: one reader per format.

``.txt``/``.md``/``.json`` (text), ``.jsonl`` (one document per line: ``custom_id`` + ``text``, or
the OpenAI batch request format), ``.pdf`` (text layer), ``.docx``. Tables (``.csv``,
``.parquet``, ``.jsonl``) for ``input: table`` pipelines are read by ``inputs.table``.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from ..hashing import sha256_file
from .base import InputDocument, decode_text, error_document, safe_id, text_document
from .docx import docx_text
from .jsonl import jsonl_documents
from .pdf import pdf_text
from .text import json_text

SUPPORTED_SUFFIXES = (".txt", ".md", ".json", ".jsonl", ".pdf", ".docx")


def walk(folder: Path, suffixes: tuple[str, ...]) -> Iterator[tuple[Path, Path]]:
    """(root, path) of every file with one of ``suffixes`` below ``folder`` (sorted, no dot files).

    Links to folders are never followed; one that leaves ``folder`` is yielded too, so that it
    becomes an ``outside_folder`` error row instead of vanishing without a trace."""
    root = Path(folder).resolve()
    if not root.is_dir():
        raise FileNotFoundError(f"not a folder: {folder}")
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in dirnames:
            path = Path(dirpath) / name
            if path.is_symlink() and not _inside(path, root):
                yield root, path
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if not name.startswith(".") and path.suffix.lower() in suffixes:
                yield root, path


def _inside(path: Path, root: Path) -> bool:
    try:
        return root in path.resolve(strict=True).parents
    except (OSError, RuntimeError):
        return False


def scan_folder(folder: Path, *, max_bytes: int) -> Iterator[InputDocument]:
    """Every document below ``folder`` (recursively, sorted, symlinks leaving it refused)."""
    for root, path in walk(folder, SUPPORTED_SUFFIXES):
        yield from read_file(path, root, max_bytes=max_bytes)


def checked_path(path: Path, root: Path, *, max_bytes: int,
                 whole_file_limit: bool = True) -> tuple[Path | None, InputDocument | None]:
    """(resolved path, None) when the file may be read, else (None, an error document).

    Refused: links out of ``root`` (however many hops), anything but a regular file (a FIFO
    would block the reader forever, a device never ends) and, with ``whole_file_limit``, files
    over ``max_bytes`` (hashed in blocks, never read whole)."""
    rel = safe_id(path.relative_to(root).as_posix())
    try:
        real = path.resolve(strict=True)
        info = real.stat()
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop (Python < 3.13)
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        return None, error_document(rel, b"", "unreadable", f"cannot open the file: {reason}")
    if root not in real.parents:
        return None, error_document(rel, b"", "outside_folder",
                                    "the path is a link that points outside the submitted folder; it was not followed")
    if not stat.S_ISREG(info.st_mode):
        return None, error_document(rel, b"", "not_a_file",
                                    "the path is not a regular file (a folder link, FIFO, socket or device)")
    if whole_file_limit and info.st_size > max_bytes:
        try:
            digest = sha256_file(real)
        except OSError as exc:
            return None, error_document(rel, b"", "unreadable", f"cannot read the file: {exc.strerror}")
        return None, error_document(rel, b"", "too_large", f"the file has {info.st_size} bytes; this pipeline "
                                    f"accepts at most {max_bytes}", size=info.st_size, sha256=digest)
    return real, None


def read_file(path: Path, root: Path, *, max_bytes: int) -> Iterator[InputDocument]:
    """The documents in one file; errors become documents with ``error_code`` set.

    JSONL is streamed (``max_bytes`` limits each line); other files are at most ``max_bytes``."""
    rel = safe_id(path.relative_to(root).as_posix())
    suffix = path.suffix.lower()
    real, refused = checked_path(path, root, max_bytes=max_bytes, whole_file_limit=suffix != ".jsonl")
    if refused is not None or real is None:
        yield refused  # type: ignore[misc]
        return
    try:
        if suffix == ".jsonl":
            with real.open("rb") as handle:
                yield from jsonl_documents(rel, handle, max_bytes=max_bytes)
            return
        with real.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since it was checked
    except OSError as exc:
        yield error_document(rel, b"", "unreadable", f"cannot read the file: {exc.strerror or type(exc).__name__}")
        return
    if len(data) > max_bytes:
        yield error_document(rel, b"", "too_large", f"the file has more than {max_bytes} bytes", size=len(data),
                             sha256=sha256_file(real))
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
