"""Tables for ``input: table`` pipelines: ``.csv``, ``.parquet`` and ``.jsonl`` (an object per line).

Each file is read into Arrow (multi-threaded C++ readers, no per-row Python), given a ``doc_id``
column (the id column when present, else the row number; prefixed with the file's path when the
folder holds several tables) and split into row shards. Duplicate ids become error rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..hashing import sha256_file
from .base import InputDocument, error_document

TABLE_SUFFIXES = (".csv", ".parquet", ".jsonl")
ERROR_COLUMN = "_edgebatch_error"  # staged per-row input error code (null = fine)


@dataclass
class TableFile:
    """One input table, ready to shard."""

    source: str
    sha256: str
    table: pa.Table


def read_table(path: Path) -> pa.Table:
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        return pq.read_table(path)
    if suffix == ".jsonl":
        import pyarrow.json as pajson

        return pajson.read_json(path)
    import pyarrow.csv as pacsv

    return pacsv.read_csv(path)


def load_table(real: Path, rel: str, *, id_column: str, prefix_ids: bool) -> TableFile | InputDocument:
    """The file as a ``TableFile`` with ``doc_id`` and error columns, or an error document."""
    digest = sha256_file(real)
    try:
        table = read_table(real)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, OSError) as exc:
        doc = error_document(rel, b"", "unreadable_table", f"the table cannot be parsed ({type(exc).__name__})",
                             size=real.stat().st_size)
        doc.sha256 = digest
        return doc
    if table.num_rows == 0:
        doc = error_document(rel, b"", "empty", "the table has no rows", size=real.stat().st_size)
        doc.sha256 = digest
        return doc
    rows = np.arange(table.num_rows)
    if id_column in table.column_names:
        ids = pc.cast(table.column(id_column), pa.string()).to_numpy(zero_copy_only=False).astype(object)
        missing = pc.is_null(table.column(id_column)).to_numpy(zero_copy_only=False)
    else:
        ids = rows.astype(str).astype(object)
        missing = np.zeros(table.num_rows, dtype=bool)
    ids = np.where(missing, "row" + rows.astype(str).astype(object), ids)
    import pandas as pd

    duplicate = pd.Series(ids).duplicated().to_numpy()
    ids = np.where(duplicate, ids + "@row" + rows.astype(str).astype(object), ids)
    if prefix_ids:
        ids = rel + ":" + ids
    errors = np.where(missing, "missing_id", np.where(duplicate, "duplicate_id", None))
    table = table.append_column("doc_id", pa.array(ids, pa.string()))
    table = table.append_column(ERROR_COLUMN, pa.array(errors, pa.string()))
    return TableFile(rel, digest, table)


def row_shards(table: pa.Table, rows_per_shard: int) -> Iterator[pa.Table]:
    for start in range(0, table.num_rows, rows_per_shard):
        yield table.slice(start, rows_per_shard)
