"""The storage family: a small object-store interface that local disk and S3 both implement.

Keys are relative POSIX paths (``results/pipeline=radiology/.../part-0.parquet``). Writes are
atomic: a reader sees the whole old object or the whole new one, never a torn file.
"""

from __future__ import annotations

import io
from abc import ABC, abstractmethod

import pyarrow as pa
import pyarrow.parquet as pq


class Storage(ABC):
    """An object store rooted at ``url``."""

    url: str = ""

    @abstractmethod
    def put(self, key: str, data: bytes) -> None:
        """Write ``data`` at ``key`` atomically, replacing what was there."""

    @abstractmethod
    def get(self, key: str) -> bytes:
        """Read the object at ``key``; raise FileNotFoundError when it does not exist."""

    @abstractmethod
    def exists(self, key: str) -> bool:
        """True when an object exists at ``key``."""

    @abstractmethod
    def list(self, prefix: str) -> list[str]:
        """Every key below ``prefix`` (recursively), sorted."""

    @abstractmethod
    def delete(self, key: str) -> None:
        """Remove the object at ``key``; no error when it is already gone."""

    def delete_prefix(self, prefix: str) -> int:
        """Remove every object below ``prefix``; return how many."""
        keys = self.list(prefix)
        for key in keys:
            self.delete(key)
        return len(keys)

    def put_parquet(self, key: str, table: pa.Table, *, row_group_size: int = 1_000_000) -> bytes:
        """Write ``table`` as zstd Parquet at ``key``; return the bytes written (for hashing)."""
        sink = io.BytesIO()
        pq.write_table(table, sink, compression="zstd", row_group_size=row_group_size,
                       coerce_timestamps="us", allow_truncated_timestamps=True)
        data = sink.getvalue()
        self.put(key, data)
        return data

    def get_parquet(self, key: str) -> pa.Table:
        """Read the Parquet object at ``key``.

        Single-threaded on purpose: pyarrow 25-26's threaded reader intermittently aborts the
        process at interpreter exit ("terminate called without an active exception"), seen here
        in about 1 of 4 short-lived processes. Result files are read whole and are small.
        """
        return pq.read_table(io.BytesIO(self.get(key)), use_threads=False)
