"""Tenants' monthly remote spend, kept atomically in the broker.

A reservation is one Lua script: read the month's spend, refuse when it would pass the limit,
else ``INCRBYFLOAT``. Workers reserve the estimated cost before a document goes remote, then
settle the difference to the real cost (or refund it when the document fell back to local), so
concurrent workers can never overspend by more than one estimate's error.
"""

from __future__ import annotations

from datetime import UTC, datetime

import redis

from .. import constants as keys

_TTL_S = 400 * 86400  # a month's spend stays readable for reports for about a year

_RESERVE = """
local spent = tonumber(redis.call('GET', KEYS[1]) or '0')
local amount = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
if limit >= 0 and spent + amount > limit then
  return {0, tostring(spent)}
end
local total = redis.call('INCRBYFLOAT', KEYS[1], ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return {1, total}
"""


def this_month() -> str:
    return datetime.now(UTC).strftime("%Y-%m")


class BudgetLedger:
    """Spend per tenant and month in the broker (``constants.budget_key``)."""

    def __init__(self, client: redis.Redis) -> None:
        self.redis = client
        self._reserve = client.register_script(_RESERVE)

    def spent(self, tenant: str, month: str | None = None) -> float:
        value = self.redis.get(keys.budget_key(tenant, month or this_month()))
        return float(value) if value else 0.0

    def remaining(self, tenant: str, limit_usd: float | None, month: str | None = None) -> float | None:
        """USD left this month; None = no limit."""
        if limit_usd is None:
            return None
        return max(0.0, limit_usd - self.spent(tenant, month))

    def reserve(self, tenant: str, usd: float, limit_usd: float | None, month: str | None = None) -> bool:
        """Add ``usd`` to the month's spend unless that would pass ``limit_usd`` (None = no limit)."""
        key = keys.budget_key(tenant, month or this_month())
        ok, _ = self._reserve(keys=[key], args=[repr(float(usd)), -1 if limit_usd is None else repr(float(limit_usd)),
                                                _TTL_S])
        return bool(int(ok))

    def settle(self, tenant: str, delta_usd: float, month: str | None = None) -> None:
        """Correct the spend by ``delta_usd`` (real cost minus reservation; negative = refund)."""
        if delta_usd:
            self.redis.incrbyfloat(keys.budget_key(tenant, month or this_month()), delta_usd)
