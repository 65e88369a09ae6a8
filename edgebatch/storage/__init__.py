"""Storage backends (``base.Storage``) and the dataset layout on top of them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlparse

from ..errors import ConfigError
from .base import Lock, Storage
from .local import LocalStorage

if TYPE_CHECKING:
    from ..config import Settings

__all__ = ["Lock", "LocalStorage", "Storage", "open_storage"]


def open_storage(url: str, settings: Settings | None = None) -> Storage:
    """The backend for a storage URL: ``file:///path`` or ``s3://bucket/prefix`` (``settings.s3_*``)."""
    parsed = urlparse(url)
    if parsed.scheme in ("", "file"):
        return LocalStorage(Path(unquote(parsed.path if parsed.scheme else url)))
    if parsed.scheme == "s3":
        from ..config import Settings
        from .s3 import open_s3

        return open_s3(url, settings or Settings.load())
    raise ConfigError(f"unsupported storage URL {url!r}: use file:///path or s3://bucket/prefix")
