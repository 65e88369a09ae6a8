"""Storage on the local file system (the default, under ``DATA_DIR/store``)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .base import Lock, Storage


class LocalStorage(Storage):
    """Objects are files below ``root``; keys are their relative paths."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root).resolve()
        self.root.mkdir(parents=True, exist_ok=True)
        self.url = self.root.as_uri()

    def path(self, key: str) -> Path:
        """The file that holds ``key`` (refuses keys that escape the root)."""
        path = (self.root / key).resolve()
        if path != self.root and self.root not in path.parents:
            raise ValueError(f"storage key escapes the storage root: {key!r}")
        return path

    def put(self, key: str, data: bytes | memoryview) -> None:
        path = self.path(key)
        tmp = _temp_copy(path, data)
        try:
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def put_once(self, key: str, data: bytes, *, lock: Lock | None = None) -> None:
        """Create-only via a hard link (fails with FileExistsError); the file is made read-only."""
        path = self.path(key)
        tmp = _temp_copy(path, data, durable=True)
        try:
            os.chmod(tmp, 0o444)
            os.link(tmp, path)
        finally:
            Path(tmp).unlink(missing_ok=True)

    def get(self, key: str) -> bytes:
        return self.path(key).read_bytes()

    def exists(self, key: str) -> bool:
        return self.path(key).is_file()

    def list(self, prefix: str) -> list[str]:
        """Keys starting with ``prefix``, as S3 lists them: a folder, or a partial name in one
        (``results/pipeline=``: the folders written before ``tenant=``)."""
        base = self.path(prefix) if prefix else self.root
        if base.is_file():
            return [prefix]
        if base.is_dir():
            found = list(base.rglob("*"))
        elif prefix.endswith("/") or not base.parent.is_dir():
            return []
        else:
            tops = [p for p in base.parent.iterdir() if p.name.startswith(base.name)]
            found = tops + [p for top in tops if top.is_dir() for p in top.rglob("*")]
        return sorted(p.relative_to(self.root).as_posix() for p in found
                      if p.is_file() and not p.name.startswith(".tmp-"))

    def delete(self, key: str) -> None:
        self.path(key).unlink(missing_ok=True)


def _temp_copy(path: Path, data: bytes | memoryview, *, durable: bool = False) -> str:
    """``data`` in a new temporary file beside ``path`` (same file system, so it can be renamed
    or linked into place); ``durable`` fsyncs it first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            if durable:
                out.flush()
                os.fsync(out.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp
