"""Tenants: who owns a batch, and their quotas (``tenants.yaml``, ``EDGEBATCH_TENANTS_FILE``).

Every batch belongs to one tenant (``--tenant`` / ``EDGEBATCH_TENANT``; default ``default``).
Quotas per tenant: documents per day and tokens per month, enforced when a batch is submitted,
and a monthly budget (USD) for remote providers, enforced by the router (an exhausted budget
routes documents locally: it never refuses or drops work). Counters live in the broker.

```yaml
tenants:
  cardiology: {docs_per_day: 5000, tokens_per_month: 20000000, budget_usd_per_month: 50,
               token_sha256: [<sha256 of an API token>]}   # optional: see identity.py
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
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from . import constants as keys
from .errors import ConfigError, EdgeBatchError
from .storage.tenant import TenantStorage

TENANT_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,62}$"
_TENANT = re.compile(TENANT_PATTERN)
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
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
    # hide_input_in_errors: a token pasted where its sha256 belongs must not be echoed in the error.
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True)

    token_sha256: list[str] = Field(default_factory=list, description="sha256 (hex) of the tenant's API tokens; "
                                    "any tenant with one puts the installation in authenticated mode")

    storage: TenantStorage | None = Field(None, description="Own bucket/prefix and credentials; null = shared")
    docs_per_day: int | None = Field(None, ge=0)
    tokens_per_month: int | None = Field(None, ge=0)
    budget_usd_per_month: float | None = Field(None, ge=0, description="Remote spend; null = no limit")

    @field_validator("token_sha256", mode="before")
    @classmethod
    def _hashes(cls, value: object) -> object:
        values = [value] if isinstance(value, str) else value
        if isinstance(values, list) and not all(isinstance(v, str) and _SHA256.match(v.lower()) for v in values):
            raise ValueError("token_sha256 takes sha256 hex digests of tokens (64 hex digits), never a token "
                             "itself: `edgebatch tenants token NAME` prints the line to paste")
        return [v.lower() for v in values] if isinstance(values, list) else values


class TenantTable(BaseModel):
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True)

    tenants: dict[str, TenantQuota] = Field(default_factory=dict)
    default: TenantQuota = Field(default_factory=lambda: TenantQuota.model_validate({}))

    def quota(self, tenant: str) -> TenantQuota:
        return self.tenants.get(tenant, self.default)

    @model_validator(mode="after")
    def _tokens_name_one_tenant(self) -> TenantTable:
        if self.default.token_sha256:
            raise ValueError("`default` holds the quotas of unlisted tenants: a token_sha256 belongs to one tenant "
                             "under `tenants:`")
        owners: dict[str, str] = {}
        for name, quota in self.tenants.items():
            for digest in quota.token_sha256:
                if owners.setdefault(digest, name) != name or quota.token_sha256.count(digest) > 1:
                    raise ValueError(f"a token_sha256 of tenant {name!r} is listed twice "
                                     f"(also under {owners[digest]!r}): each token names one tenant")
        return self

    @property
    def authenticated(self) -> bool:
        """Whether callers must prove their tenant with a token (some tenant has a token_sha256)."""
        return any(quota.token_sha256 for quota in self.tenants.values())

    def token_hashes(self) -> list[tuple[str, str]]:
        """(sha256 hex, tenant) of every configured token."""
        return [(digest, name) for name, quota in self.tenants.items() for digest in quota.token_sha256]


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
