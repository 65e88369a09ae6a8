"""Tenants: who owns a batch, and their quotas (``tenants.yaml``, ``EDGEBATCH_TENANTS_FILE``).

Every batch belongs to one tenant (``--tenant`` / ``EDGEBATCH_TENANT``; default ``default``).
Quotas per tenant: documents per day and tokens per month, enforced when a batch is submitted,
and a monthly budget (USD) for remote providers, enforced by the router (an exhausted budget
routes documents locally: it never refuses or drops work). Counters live in the broker.

```yaml
tenants:
  cardiology: {docs_per_day: 5000, tokens_per_month: 20000000, budget_usd_per_month: 50}
  law-firm: {storage: {url: "s3://law-firm/edgebatch", access_key_env: LAW_S3_KEY, secret_key_env: LAW_S3_SECRET}}
default: {docs_per_day: null, tokens_per_month: null, budget_usd_per_month: 0}
```

A ``storage`` block gives the tenant its own bucket/prefix and credentials (``storage/tenant.py``).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import redis
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from . import constants as keys
from .errors import ConfigError, EdgeBatchError
from .storage.tenant import TenantStorage

TENANT_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,62}$"
_TENANT = re.compile(TENANT_PATTERN)
_DAY_TTL_S = 3 * 86400
_MONTH_TTL_S = 400 * 86400

_ADD_DOCS = """
local used = tonumber(redis.call('HGET', KEYS[1], 'docs') or '0')
local n = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
if limit >= 0 and used + n > limit then return {0, used} end
local total = redis.call('HINCRBY', KEYS[1], 'docs', n)
redis.call('EXPIRE', KEYS[1], ARGV[3])
return {1, total}
"""


class QuotaExceeded(EdgeBatchError):
    """A submit would pass one of the tenant's quotas; nothing was enqueued."""


class TenantQuota(BaseModel):
    model_config = ConfigDict(extra="forbid")

    storage: TenantStorage | None = Field(None, description="Own bucket/prefix and credentials; null = shared")
    docs_per_day: int | None = Field(None, ge=0)
    tokens_per_month: int | None = Field(None, ge=0)
    budget_usd_per_month: float | None = Field(None, ge=0, description="Remote spend; null = no limit")


class TenantTable(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tenants: dict[str, TenantQuota] = Field(default_factory=dict)
    default: TenantQuota = Field(default_factory=lambda: TenantQuota.model_validate({}))

    def quota(self, tenant: str) -> TenantQuota:
        return self.tenants.get(tenant, self.default)


def load_tenants(path: Path | None) -> TenantTable:
    if path is None:
        return TenantTable()
    try:
        table = TenantTable.model_validate(yaml.safe_load(Path(path).read_text()) or {})
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read tenant table {path}: {exc}") from exc
    except ValidationError as exc:
        raise ConfigError(f"invalid tenant table {path}:\n{exc}") from exc
    for name in table.tenants:
        check_tenant(name)
    return table


def check_tenant(tenant: str) -> str:
    if not _TENANT.match(tenant):
        raise ConfigError(f"invalid tenant id {tenant!r}: lower-case letters, digits, '-' and '_' (max 63)")
    return tenant


def today() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d")


def month() -> str:
    return datetime.now(UTC).strftime("%Y-%m")


class TenantUsage:
    """Documents per day and tokens per month per tenant, in the broker."""

    def __init__(self, client: redis.Redis) -> None:
        self.redis = client
        self._add_docs = client.register_script(_ADD_DOCS)

    def docs_today(self, tenant: str) -> int:
        return int(self.redis.hget(keys.usage_key(tenant, today()), "docs") or 0)

    def tokens_this_month(self, tenant: str) -> int:
        return int(self.redis.hget(keys.usage_key(tenant, month()), "tokens") or 0)

    def admit(self, tenant: str, n_docs: int, quota: TenantQuota) -> None:
        """Count ``n_docs`` against today's quota atomically, or raise QuotaExceeded (nothing counted)."""
        if quota.tokens_per_month is not None:
            used = self.tokens_this_month(tenant)
            if used >= quota.tokens_per_month:
                raise QuotaExceeded(f"tenant {tenant!r} has used {used:,} of its {quota.tokens_per_month:,} tokens "
                                    f"this month ({month()}); the batch was not submitted")
        limit = -1 if quota.docs_per_day is None else quota.docs_per_day
        ok, used = self._add_docs(keys=[keys.usage_key(tenant, today())], args=[n_docs, limit, _DAY_TTL_S])
        if not int(ok):
            raise QuotaExceeded(f"tenant {tenant!r} may submit {quota.docs_per_day:,} documents a day; "
                                f"{int(used):,} already submitted today ({today()} UTC), this batch has {n_docs:,}: "
                                "the batch was not submitted")

    def add_tokens(self, tenant: str, tokens: int) -> None:
        if tokens:
            key = keys.usage_key(tenant, month())
            pipe = self.redis.pipeline()
            pipe.hincrby(key, "tokens", tokens)
            pipe.expire(key, _MONTH_TTL_S)
            pipe.execute()
