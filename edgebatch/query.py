"""SQL over the datasets with DuckDB: views ``results``, ``audit`` and ``errors``.

Local storage: DuckDB's ``read_parquet`` with Hive partitioning and ``union_by_name`` (pipelines
have different result columns). S3: a pyarrow dataset on ``pyarrow.fs.S3FileSystem`` handed to
DuckDB (DuckDB's httpfs extension cannot be downloaded on air-gapped machines). Views hold only
committed files (those listed in a commit manifest's dataset prefix; staging parts are elsewhere).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from .rows import AUDIT_SCHEMA, ERRORS_SCHEMA
from .storage import LocalStorage, Storage, layout

if TYPE_CHECKING:
    import duckdb

    from .config import Settings

_EMPTY = {"results": pa.schema([("doc_id", pa.string()), ("batch_id", pa.string()), ("tenant", pa.string())]),
          "audit": AUDIT_SCHEMA, "errors": ERRORS_SCHEMA}
_PARTITIONS = pa.schema([("date", pa.date32()), ("batch", pa.string())])  # pipeline is a column already
_PARTITION = ds.partitioning(_PARTITIONS, flavor="hive")


def connect(storage: Storage, settings: Settings) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with one view per dataset, holding only the rows of the
    caller's tenant (``settings.tenant``; rows written before tenants existed belong to ``default``)."""
    import duckdb

    con = duckdb.connect()
    for dataset in layout.DATASETS:
        keys = [k for k in storage.list(layout.dataset_prefix(dataset)) if k.endswith(".parquet")]
        raw = f"_all_{dataset}"
        if not keys:
            con.register(f"_{dataset}", _EMPTY[dataset].empty_table())
            con.execute(f"CREATE VIEW {raw} AS SELECT * FROM _{dataset}")
        elif isinstance(storage, LocalStorage):
            glob = (storage.root / dataset).as_posix() + "/**/*.parquet"
            con.execute(f"CREATE VIEW {raw} AS SELECT * FROM read_parquet(?, hive_partitioning = true, "
                        "union_by_name = true)".replace("?", _sql_string(glob)))
        else:
            con.register(f"_{dataset}", _s3_dataset(storage, settings, dataset, keys))
            con.execute(f"CREATE VIEW {raw} AS SELECT * FROM _{dataset}")
        columns = {row[0] for row in con.execute(f"DESCRIBE {raw}").fetchall()}
        tenant = _sql_string(settings.tenant)
        if "tenant" in columns:
            where = f"coalesce(tenant, 'default') = {tenant}"
        else:  # only files from before tenants: they all belong to the default tenant
            where = "true" if settings.tenant == "default" else "false"
        con.execute(f"CREATE VIEW {dataset} AS SELECT * FROM {raw} WHERE {where}")
    return con


def run(storage: Storage, settings: Settings, sql: str) -> pa.Table:
    """Run ``sql`` against the views; the result as an Arrow table."""
    relation = connect(storage, settings).sql(sql)
    if relation is None:  # a statement without a result (e.g. SET)
        return pa.table({})
    fetch = getattr(relation, "to_arrow_table", None) or relation.fetch_arrow_table  # duckdb 2 renamed it
    return fetch()


def _s3_dataset(storage: Any, settings: Settings, dataset: str, keys: list[str]) -> ds.Dataset:
    """The dataset's files as one pyarrow dataset (schemas unified by name, date/batch from the path)."""
    fs = s3_filesystem(settings)
    base = f"{storage.bucket}/{storage.prefix}{dataset}"
    paths = [f"{storage.bucket}/{storage.prefix}{key}" for key in keys]
    schema = pa.unify_schemas([pq.read_schema(path, filesystem=fs) for path in paths], promote_options="permissive")
    return ds.dataset(paths, schema=pa.unify_schemas([schema, _PARTITIONS]), format="parquet",
                      filesystem=fs, partitioning=_PARTITION, partition_base_dir=base)


def s3_filesystem(settings: Settings) -> Any:
    """``pyarrow.fs.S3FileSystem`` for ``settings.s3_*`` (path-style, http or https)."""
    from pyarrow import fs

    secret = lambda s: s.get_secret_value() if s is not None else None  # noqa: E731
    return fs.S3FileSystem(access_key=secret(settings.s3_access_key), secret_key=secret(settings.s3_secret_key),
                           endpoint_override=settings.s3_endpoint, scheme="https" if settings.s3_secure else "http",
                           region=settings.s3_region or "us-east-1",
                           force_virtual_addressing=not settings.s3_path_style)


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
