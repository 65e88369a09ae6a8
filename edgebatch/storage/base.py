"""The storage family: a small object-store interface that local disk and S3 both implement.

Keys are relative POSIX paths (``results/pipeline=radiology/.../part-0.parquet``). Writes are
atomic: a reader sees the whole old object or the whole new one, never a torn file.
"""

from __future__ import annotations

import io
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.ipc as ipc
import pyarrow.parquet as pq


@dataclass(frozen=True)
class Lock:
    """Object-lock retention for a write-once object: ``governance`` or ``compliance`` for ``days``."""

    mode: str
    days: int


class Storage(ABC):
    """An object store rooted at ``url``."""

    url: str = ""

    @abstractmethod
    def put(self, key: str, data: bytes | memoryview) -> None:
        """Write ``data`` at ``key`` atomically, replacing what was there."""

    @abstractmethod
    def put_once(self, key: str, data: bytes, *, lock: Lock | None = None) -> None:
        """Create ``key`` (write-once): raise FileExistsError when it exists; never replaces.

        ``lock`` asks for object-lock retention where the store supports it (S3 buckets made with
        object lock); stores without it ignore ``lock``.
        """

    def lock_info(self, key: str) -> dict[str, str] | None:
        """The object-lock retention of ``key`` (mode, retain_until), or None when not locked."""
        return None

    def purge_versions(self, key: str) -> int:
        """Drop earlier versions of ``key`` where the store keeps them (erasure); return how many."""
        return 0

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

    def put_parquet(self, key: str, table: pa.Table, *, row_group_size: int = 1_000_000,
                    once: bool = False, lock: Lock | None = None) -> bytes:
        """Write ``table`` as zstd Parquet at ``key``; return the bytes written (for hashing).

        ``once`` writes it create-only (``put_once``, with ``lock``).
        """
        data = parquet_bytes(table, row_group_size=row_group_size)
        if once:
            self.put_once(key, data, lock=lock)
        else:
            self.put(key, data)
        return data

    def get_parquet(self, key: str) -> pa.Table:
        """Read the Parquet object at ``key``.

        Single-threaded on purpose: pyarrow 25-26's threaded reader intermittently aborts the
        process at interpreter exit ("terminate called without an active exception"), seen here
        in about 1 of 4 short-lived processes. Result files are read whole and are small.
        """
        return pq.read_table(io.BytesIO(self.get(key)), use_threads=False)


def parquet_bytes(table: pa.Table, *, row_group_size: int = 1_000_000) -> bytes:
    """``table`` as zstd Parquet (microsecond timestamps, never INT96)."""
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd", row_group_size=row_group_size,
                   use_dictionary=dictionary_columns(table), write_statistics=statistics_columns(table),
                   coerce_timestamps="us", allow_truncated_timestamps=True)
    return sink.getvalue()


def dictionary_columns(table: pa.Table, *, sample_rows: int = 2048) -> list[str]:
    """Columns worth dictionary encoding: those repeating values in a sample of the first rows.

    Parquet writers try a dictionary for every column and fall back to plain once it grows past a
    page; for ids, hashes and texts that attempt costs ~25% of the encoding time and leaves a
    larger file. Batch-wide values (pipeline, model, labels, timestamps) keep their dictionary.
    """
    sample = table.slice(0, sample_rows)
    return [name for name, column in zip(table.column_names, sample.columns, strict=True) if _repeats(column)]


def statistics_columns(table: pa.Table, *, sample_rows: int = 2048, long_text: int = 200) -> list[str]:
    """Columns worth min/max statistics: all but long free text (redacted text, summaries, error
    messages: a mean of over ``long_text`` bytes in a sample of the first rows). Readers prune
    row groups by ids, hashes, labels and timestamps, never by the minimum of a report's text,
    and computing it costs ~10% of a results file's encoding."""
    sample = table.slice(0, sample_rows)
    return [name for name, column in zip(table.column_names, sample.columns, strict=True)
            if not _long_text(column, long_text)]


def _long_text(column: pa.ChunkedArray, limit: int) -> bool:
    if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)) or not len(column):
        return False
    mean = pc.mean(pc.binary_length(column)).as_py()
    return mean is not None and mean > limit


def _repeats(column: pa.ChunkedArray) -> bool:
    try:
        return len(column) > 0 and pc.count_distinct(column, mode="all").as_py() <= len(column) // 2
    except pa.ArrowNotImplementedError:  # e.g. an all-null column: nothing to gain from a dictionary
        return False


def arrow_bytes(tables: Sequence[pa.Table]) -> memoryview:
    """``tables`` as consecutive uncompressed Arrow IPC streams in one object.

    For transient objects only (a shard's parts, read once by compaction and deleted): writing
    them costs one copy into a buffer of the exact size (measured by a first pass that copies
    nothing), reading them nothing, and one object per shard is one request each way.
    What people and BI tools read is zstd Parquet. Each table's schema metadata says which it is.
    """
    size = pa.MockOutputStream()
    _write_streams(size, tables)
    buffer = pa.allocate_buffer(size.size())
    _write_streams(pa.FixedSizeBufferWriter(buffer), tables)
    return memoryview(buffer)


def _write_streams(sink: pa.NativeFile, tables: Sequence[pa.Table]) -> None:
    for table in tables:
        with ipc.new_stream(sink, table.schema) as writer:
            writer.write_table(table)


def tables_from_bytes(data: bytes) -> list[pa.Table]:
    """The tables of ``arrow_bytes``, or the one table of a Parquet file (told apart by magic bytes)."""
    if data[:4] == b"PAR1":
        return [pq.ParquetFile(pa.BufferReader(data)).read(use_threads=False)]  # single-threaded: see get_parquet
    reader = pa.BufferReader(data)
    tables = []
    while reader.tell() < len(data):  # each stream ends with its end-of-stream marker
        tables.append(ipc.open_stream(reader).read_all())
    return tables
