"""Storage on any S3-compatible object store (MinIO, Ceph RGW, SeaweedFS, AWS S3) via the minio SDK.

Only the plain S3 API is used: PUT/GET/HEAD/DELETE, ListObjectsV2, object lock, lifecycle. Every
single-part PUT goes through ``_send`` (one place for SSE headers, checksums and conditions).
"""

from __future__ import annotations

import base64
import hashlib
import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any, TypeVar

import urllib3
from minio import Minio
from minio.commonconfig import COMPLIANCE, GOVERNANCE, Filter
from minio.deleteobjects import DeleteObject
from minio.error import S3Error
from minio.lifecycleconfig import Expiration, LifecycleConfig, NoncurrentVersionExpiration, Rule
from minio.sse import Sse, SseKMS, SseS3

from ..errors import ConfigError, StorageUnavailableError
from .base import Lock, Storage
from .layout import EXPIRING_PREFIXES

if TYPE_CHECKING:
    from ..config import Settings

log = logging.getLogger(__name__)
T = TypeVar("T")
_MISSING = ("NoSuchKey", "NoSuchObject", "NoSuchVersion")
_CONNECTION_ERRORS = (urllib3.exceptions.HTTPError, ConnectionError, TimeoutError)


class HashOnceMinio(Minio):
    """The minio client, hashing a PUT body once instead of twice.

    ``S3Storage._send`` puts a SHA-256 of every body in ``x-amz-checksum-sha256`` (the server checks
    it; object lock needs a checksum). Over plain HTTP minio hashes the body again for the
    signature's ``x-amz-content-sha256``: the same SHA-256 in hex, taken here from the checksum.
    Everything else, including TLS requests (``UNSIGNED-PAYLOAD`` plus minio's ``Content-MD5``),
    is minio's own.
    """

    def _build_headers(self, host: str, headers: dict[str, Any] | None = None, body: bytes | None = None,
                       creds: Any = None) -> tuple[dict[str, Any], datetime]:
        checksum = (headers or {}).get("x-amz-checksum-sha256")
        if not checksum or not body or creds is None or self._base_url.is_https:
            return super()._build_headers(host, headers, body, creds)
        built, date = super()._build_headers(host, headers, None, creds)  # no body: nothing hashed
        built["Content-Length"] = str(len(body))
        built["x-amz-content-sha256"] = base64.b64decode(checksum).hex()
        return built, date


class S3Storage(Storage):
    """Objects live in ``bucket`` below ``prefix``; keys are the same as on local disk."""

    def __init__(self, client: Minio, bucket: str, prefix: str = "", *, sse: Sse | None = None,
                 create_bucket: bool = True, object_lock: bool = True, retries: int = 5, outage_s: float = 0.0,
                 endpoint: str = "", secure: bool = True, expire_days: int | None = None) -> None:
        self.client, self.bucket, self.sse, self.retries, self.outage_s = client, bucket, sse, retries, outage_s
        self.prefix = prefix.strip("/") + "/" if prefix.strip("/") else ""
        self.endpoint, self.secure = endpoint, secure
        self.url = f"s3://{bucket}/{self.prefix}"
        self._lock_supported: bool | None = None
        if create_bucket and not self._retry(lambda: client.bucket_exists(bucket)):
            try:
                self._retry(lambda: client.make_bucket(bucket, object_lock=object_lock))
                log.info("created bucket %s (object lock %s)", bucket, "on" if object_lock else "off")
                if expire_days:
                    self.set_expiration({p: expire_days for p in EXPIRING_PREFIXES})
            except S3Error as exc:  # created meanwhile by another worker
                if exc.code not in ("BucketAlreadyOwnedByYou", "BucketAlreadyExists"):
                    raise

    @classmethod
    def from_settings(cls, bucket: str, prefix: str, settings: Settings) -> S3Storage:
        """A client for ``settings.s3_*`` with bounded retries and exponential backoff."""
        endpoint = settings.s3_endpoint or "s3.amazonaws.com"
        # urllib3 retries 5xx answers; connection errors are retried (with backoff) by ``_retry``.
        retry = urllib3.Retry(total=settings.s3_retries, connect=0, read=0, status=settings.s3_retries,
                              backoff_factor=0.2, status_forcelist=(500, 502, 503, 504), allowed_methods=None)
        http = urllib3.PoolManager(timeout=urllib3.Timeout(connect=10, read=120), retries=retry, maxsize=10)
        secret = lambda s: s.get_secret_value() if s is not None else None  # noqa: E731
        client = HashOnceMinio(endpoint, access_key=secret(settings.s3_access_key),
                               secret_key=secret(settings.s3_secret_key), secure=settings.s3_secure,
                               region=settings.s3_region, http_client=http)
        if settings.s3_path_style:
            client.disable_virtual_style_endpoint()
        else:
            client.enable_virtual_style_endpoint()
        sse: Sse | None = None
        if settings.s3_sse == "s3":
            sse = SseS3()
        elif settings.s3_sse == "kms":
            if not settings.s3_sse_kms_key_id:
                raise ConfigError("EDGEBATCH_S3_SSE=kms needs EDGEBATCH_S3_SSE_KMS_KEY_ID")
            sse = SseKMS(settings.s3_sse_kms_key_id, None)
        return cls(client, bucket, prefix, sse=sse, object_lock=settings.s3_object_lock, retries=settings.s3_retries,
                   outage_s=settings.s3_outage_s, endpoint=endpoint, secure=settings.s3_secure,
                   expire_days=settings.retention_days)

    # -- the Storage interface -------------------------------------------------------------------
    def put(self, key: str, data: bytes | memoryview) -> None:
        self._send(key, data, {})

    def put_once(self, key: str, data: bytes, *, lock: Lock | None = None) -> None:
        headers = {"If-None-Match": "*"}
        if lock is not None and self.supports_lock():
            until = datetime.now(timezone.utc) + timedelta(days=lock.days)
            headers["x-amz-object-lock-mode"] = COMPLIANCE if lock.mode == "compliance" else GOVERNANCE
            headers["x-amz-object-lock-retain-until-date"] = until.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        try:
            self._send(key, data, headers)
        except S3Error as exc:
            if exc.code in ("PreconditionFailed", "ConditionalRequestConflict"):
                raise FileExistsError(f"{self.url}{key} exists (write-once)") from exc
            raise

    def lock_info(self, key: str) -> dict[str, str] | None:
        # stat_object, not get_object_retention: the latter cannot parse some servers' replies (moto).
        meta = self._retry(lambda: self.client.stat_object(self.bucket, self._k(key))).metadata
        mode = meta.get("x-amz-object-lock-mode")
        return {"mode": mode, "retain_until": meta.get("x-amz-object-lock-retain-until-date", "")} if mode else None

    def supports_lock(self) -> bool:
        """True when the bucket has object lock enabled (it can only be set at bucket creation)."""
        if self._lock_supported is None:
            try:
                config = self._retry(lambda: self.client.get_object_lock_config(self.bucket))
                self._lock_supported = config is not None
            except S3Error:
                self._lock_supported = False
        return self._lock_supported

    def get(self, key: str) -> bytes:
        def read() -> bytes:
            response = self.client.get_object(self.bucket, self._k(key))
            try:
                return bytes(response.read())
            finally:
                response.close()
                response.release_conn()

        try:
            return self._retry(read)
        except S3Error as exc:
            if exc.code in _MISSING:
                raise FileNotFoundError(f"{self.url}{key}") from exc
            raise

    def exists(self, key: str) -> bool:
        try:
            self._retry(lambda: self.client.stat_object(self.bucket, self._k(key)))
            return True
        except S3Error as exc:
            if exc.code in _MISSING or exc.code == "ResponseCode":
                return False
            raise

    def list(self, prefix: str) -> list[str]:
        start = len(self.prefix)
        objects = self._retry(lambda: list(self.client.list_objects(self.bucket, self._k(prefix), recursive=True)))
        return sorted(o.object_name[start:] for o in objects if not o.is_dir)

    def delete(self, key: str) -> None:
        self._retry(lambda: self.client.remove_object(self.bucket, self._k(key)))

    def delete_prefix(self, prefix: str) -> int:
        """One DeleteObjects request per 1,000 keys (a batch's parts: one request, not one per part)."""
        keys = self.list(prefix)
        for start in range(0, len(keys), 1000):
            names = [DeleteObject(self._k(key)) for key in keys[start:start + 1000]]
            errors = self._retry(lambda names=names: list(self.client.remove_objects(self.bucket, names)))
            if errors:
                raise OSError(f"S3 could not delete {len(errors)} objects, e.g. {errors[0].name}: "
                              f"{errors[0].code} {errors[0].message}")
        return len(keys)

    def purge_versions(self, key: str) -> int:
        """Remove every non-current version of ``key`` (versioned buckets keep overwritten data)."""
        name = self._k(key)
        versions = self._retry(lambda: list(self.client.list_objects(self.bucket, name, include_version=True)))
        old = [v for v in versions  # is_latest arrives as the string "true"/"false"
               if v.object_name == name and str(v.is_latest).lower() != "true" and v.version_id]
        for version in old:
            self._retry(lambda v=version: self.client.remove_object(self.bucket, name, version_id=v.version_id))
        return len(old)

    # -- S3 only ---------------------------------------------------------------------------------
    def set_expiration(self, days_by_prefix: dict[str, int]) -> None:
        """Bucket lifecycle rules: objects below each prefix expire after its number of days.

        Rules are set at bucket creation (``retention_days``) and by ``edgebatch retention apply``.
        """
        # On versioned (object-lock) buckets expiry leaves a delete marker: drop the old versions too.
        rules = [Rule("Enabled", rule_filter=Filter(prefix=self._k(prefix)), rule_id=f"edgebatch-{prefix.strip('/')}",
                      expiration=Expiration(days=days),
                      noncurrent_version_expiration=NoncurrentVersionExpiration(noncurrent_days=1))
                 for prefix, days in sorted(days_by_prefix.items())]
        self._retry(lambda: self.client.set_bucket_lifecycle(self.bucket, LifecycleConfig(rules)))

    def expiration(self) -> dict[str, int]:
        """The lifecycle expiration days per prefix (relative to this storage's prefix)."""
        config = self._retry(lambda: self.client.get_bucket_lifecycle(self.bucket))
        if config is None:
            return {}
        start = len(self.prefix)
        return {rule.rule_filter.prefix[start:]: rule.expiration.days for rule in config.rules
                if rule.expiration is not None and rule.rule_filter is not None and rule.rule_filter.prefix}

    # -- helpers ---------------------------------------------------------------------------------
    def _k(self, key: str) -> str:
        if key.startswith("/") or ".." in key.split("/"):
            raise ValueError(f"invalid storage key: {key!r}")
        return self.prefix + key

    def _send(self, key: str, data: bytes | memoryview, headers: dict[str, str]) -> None:
        """One PutObject with a SHA-256 checksum (required with object lock) and the SSE headers."""
        headers = {
            "Content-Type": "application/octet-stream",
            "x-amz-sdk-checksum-algorithm": "SHA256",
            "x-amz-checksum-sha256": base64.b64encode(hashlib.sha256(data).digest()).decode(),
            **(self.sse.headers() if self.sse else {}),
            **headers,
        }
        name = self._k(key)
        self._retry(lambda: self.client._put_object(self.bucket, name, data, headers=headers))

    def _retry(self, call: Callable[[], T]) -> T:
        """Run ``call``; retry connection errors with exponential backoff (capped at 5 s), at least
        ``retries`` times and until ``outage_s`` seconds have passed since the first one: a worker
        waits out a storage outage instead of failing its shard (its time limit is far longer)."""
        first_failure: float | None = None
        attempt = 0
        while True:
            try:
                return call()
            except _CONNECTION_ERRORS as exc:
                now = time.monotonic()
                first_failure = now if first_failure is None else first_failure
                if attempt >= self.retries and now - first_failure >= self.outage_s:
                    raise StorageUnavailableError(f"S3 {self.endpoint} unreachable for {now - first_failure:.0f}s "
                                                  f"({attempt} retries): {exc!r}") from exc
                delay = min(5.0, 0.2 * 2**attempt)
                log.warning("S3 %s: %s; retrying in %.1fs", self.endpoint, type(exc).__name__, delay)
                time.sleep(delay)
                attempt += 1


def parse_s3_url(url: str) -> tuple[str, str]:
    """``s3://bucket/prefix`` -> (bucket, prefix)."""
    rest = url[len("s3://"):]
    bucket, _, prefix = rest.partition("/")
    if len(bucket) < 3:
        raise ConfigError(f"invalid S3 storage URL {url!r}: use s3://bucket/prefix (bucket >= 3 characters)")
    return bucket, prefix.strip("/")


def open_s3(url: str, settings: Settings) -> S3Storage:
    bucket, prefix = parse_s3_url(url)
    return S3Storage.from_settings(bucket, prefix, settings)

