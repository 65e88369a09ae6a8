"""SQL over the datasets with DuckDB: views ``results``, ``audit`` and ``errors``.

Each view is a pyarrow dataset (schemas unified by name: pipelines have different result columns;
``tenant``/``date``/``batch`` from the Hive path) on local disk or ``pyarrow.fs.S3FileSystem``
(DuckDB's httpfs extension cannot be downloaded on air-gapped machines) over the caller's tenant's
storage. Only the caller's ``tenant=`` partition is listed, plus the files written before that
partition existed (filtered by their ``tenant`` column; those without one belong to ``default``).
Views hold only committed files (staging parts live elsewhere).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from .rows import AUDIT_SCHEMA, ERRORS_SCHEMA
from .storage import LocalStorage, Storage, layout
from .storage.tenant import tenant_settings

if TYPE_CHECKING:
    import duckdb

    from .config import Settings

_PARTITIONS = pa.schema([(layout.TENANT_PARTITION, pa.string()), ("date", pa.date32()),
                         ("batch", pa.string())])  # pipeline is a column already
_EMPTY = {"results": pa.schema([("doc_id", pa.string()), ("batch_id", pa.string())]),
          "audit": AUDIT_SCHEMA, "errors": ERRORS_SCHEMA}
_PARTITION = ds.partitioning(_PARTITIONS, flavor="hive")


def connect(storage: Storage, settings: Settings) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with one view per dataset, holding only the rows of the
    caller's tenant (``settings.tenant``; rows written before tenants existed belong to ``default``).
    ``storage`` is the tenant's (``storage_for``); ``settings`` give its S3 credentials.

    The views are pyarrow datasets filtered by tenant before DuckDB sees them, and file access is
    then switched off and the configuration locked: SQL cannot ``read_parquet`` around the filter.
    """
    import duckdb

    con = duckdb.connect()
    own = tenant_settings(settings, settings.tenant)  # the S3 credentials of the tenant's storage
    for dataset in layout.DATASETS:
        listed = storage.list(layout.tenant_prefix(dataset, settings.tenant))  # path pruning: own partition only
        listed += storage.list(layout.legacy_dataset_prefix(dataset))
        keys = [k for k in listed if k.endswith(".parquet")]
        if not keys:
            con.register(dataset, pa.unify_schemas([_EMPTY[dataset], _PARTITIONS]).empty_table())
            continue
        if isinstance(storage, LocalStorage):
            data = _dataset(None, (storage.root / dataset).as_posix(), [(storage.root / k).as_posix() for k in keys])
        else:
            data = _s3_dataset(storage, own, dataset, keys)
        con.register(dataset, data.filter(_tenant_filter(settings.tenant)))
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    return con


def _tenant_filter(tenant: str) -> ds.Expression:
    """Rows of ``tenant``: from its ``tenant=`` path, or (older files) from their column, where a null
    (files from before tenants) means ``default``."""
    import pyarrow.compute as pc

    column = pc.field(layout.TENANT_PARTITION)
    if tenant == "default":
        return column.is_null() | (column == tenant)
    return column == tenant


def run(storage: Storage, settings: Settings, sql: str) -> pa.Table:
    """Run ``sql`` against the views; the result as an Arrow table."""
    relation = connect(storage, settings).sql(sql)
    if relation is None:  # a statement without a result (e.g. SET)
        return pa.table({})
    fetch = getattr(relation, "to_arrow_table", None) or relation.fetch_arrow_table  # duckdb 2 renamed it
    return fetch()


def _s3_dataset(storage: Any, settings: Settings, dataset: str, keys: list[str]) -> ds.Dataset:
    """The dataset's files as one pyarrow dataset (schemas unified by name, partitions from the path)."""
    base = f"{storage.bucket}/{storage.prefix}{dataset}"
    return _dataset(s3_filesystem(settings), base, [f"{storage.bucket}/{storage.prefix}{key}" for key in keys])


def _dataset(fs: Any, base: str, paths: list[str]) -> ds.Dataset:
    """Files as one pyarrow dataset (schemas unified by name, tenant/date/batch from the path)."""
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

