"""Per-tenant storage: a tenant may keep everything in its own bucket/prefix with its own credentials.

In ``tenants.yaml`` (``edgebatch.tenants``) a tenant's entry may carry a ``storage`` block. The
credentials are named, never written there: an environment variable or a private secret file
(mode 0600, as ``EDGEBATCH_S3_*_FILE``). Tenants without one use the installation's storage,
under their ``tenant=`` partitions.

```yaml
tenants:
  cardiology:
    storage:
      url: s3://cardiology/edgebatch            # or file:///srv/cardiology
      endpoint: minio.internal:9000             # optional; default EDGEBATCH_S3_ENDPOINT
      access_key_env: CARDIOLOGY_S3_ACCESS_KEY  # or access_key_file: /run/secrets/cardiology_key
      secret_key_env: CARDIOLOGY_S3_SECRET_KEY  # or secret_key_file: /run/secrets/cardiology_secret
```
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, SecretStr, model_validator

from ..errors import ConfigError

if TYPE_CHECKING:
    from ..config import Settings
    from .base import Storage


class TenantStorage(BaseModel):
    """Where one tenant's batches live, and the names of the credentials that open it."""

    model_config = ConfigDict(extra="forbid")

    url: str = Field(..., pattern=r"^(s3|file)://", description="s3://bucket/prefix or file:///path")
    endpoint: str | None = Field(None, description="S3 endpoint host:port; unset = EDGEBATCH_S3_ENDPOINT")
    region: str | None = Field(None, description="S3 region; unset = EDGEBATCH_S3_REGION")
    access_key_env: str | None = Field(None, description="Environment variable holding the access key")
    secret_key_env: str | None = Field(None, description="Environment variable holding the secret key")
    access_key_file: Path | None = Field(None, description="File holding the access key (mode 0600)")
    secret_key_file: Path | None = Field(None, description="File holding the secret key (mode 0600)")

    @model_validator(mode="before")
    @classmethod
    def _no_secrets(cls, data: Any) -> Any:
        """Refuse unknown keys (a literal ``secret_key:``) with ConfigError, not ValueError: pydantic
        would print the input with it, and the input may be a secret."""
        unknown = sorted(set(data) - set(cls.model_fields)) if isinstance(data, dict) else []
        if unknown:
            raise ConfigError(f"tenant storage: unknown keys {', '.join(map(str, unknown))}; name credentials with "
                              "access_key_env/secret_key_env or access_key_file/secret_key_file, never the secret")
        return data

    @model_validator(mode="after")
    def _one_source_per_key(self) -> TenantStorage:
        for key in ("access_key", "secret_key"):
            if getattr(self, f"{key}_env") is not None and getattr(self, f"{key}_file") is not None:
                raise ValueError(f"give {key}_env or {key}_file, not both")
        given = [getattr(self, f"{key}_env") or getattr(self, f"{key}_file") for key in ("access_key", "secret_key")]
        if any(given) and not all(given):
            raise ValueError("give both the access key and the secret key (or neither: the installation's)")
        return self

    def secret(self, key: str, tenant: str) -> SecretStr | None:
        """The ``access_key`` or ``secret_key`` from its variable or file (None when neither is named)."""
        from ..config import read_secret_file

        env, path = getattr(self, f"{key}_env"), getattr(self, f"{key}_file")
        if path is not None:
            return SecretStr(read_secret_file(path, f"tenant {tenant!r} storage.{key}_file"))
        if env is None:
            return None
        value = os.environ.get(env)
        if not value:
            raise ConfigError(f"tenant {tenant!r}: environment variable {env} (storage.{key}_env) is not set")
        return SecretStr(value)


def tenant_settings(settings: Settings, tenant: str) -> Settings:
    """``settings`` with the storage of ``tenant``: its own when ``tenants.yaml`` gives it one."""
    from ..tenants import load_tenants

    own = load_tenants(settings.tenants_file).quota(tenant).storage
    if own is None:
        return settings
    update: dict[str, object] = {"storage_url": own.url}
    if own.endpoint is not None:
        update["s3_endpoint"] = own.endpoint
    if own.region is not None:
        update["s3_region"] = own.region
    access, secret = own.secret("access_key", tenant), own.secret("secret_key", tenant)
    if access is not None:  # both or neither (validated)
        update.update(s3_access_key=access, s3_secret_key=secret, s3_access_key_file=None, s3_secret_key_file=None)
    return settings.model_copy(update=update)


def storage_for(settings: Settings, tenant: str, *, default: Storage | None = None) -> Storage:
    """The storage everything of ``tenant`` is written to and read from (staging, parts, datasets,
    manifests, audit log): its own, else ``default`` (or the installation's storage)."""
    from . import open_storage

    own = tenant_settings(settings, tenant)
    if own is settings and default is not None:
        return default
    return open_storage(own.effective_storage_url, own)
