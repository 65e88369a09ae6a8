"""Storage backends (``base.Storage``) and the dataset layout on top of them."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse

from ..errors import ConfigError
from .base import Storage
from .local import LocalStorage

__all__ = ["LocalStorage", "Storage", "open_storage"]


def open_storage(url: str) -> Storage:
    """The backend for a storage URL (``file:///path``; ``s3://`` comes with the S3 backend)."""
    parsed = urlparse(url)
    if parsed.scheme in ("", "file"):
        return LocalStorage(Path(unquote(parsed.path if parsed.scheme else url)))
    raise ConfigError(f"unsupported storage URL {url!r}: use file:///path")
