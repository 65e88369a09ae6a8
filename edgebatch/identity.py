"""Who the caller is: the tenant its API token names, or (without tokens) the tenant it claims.

When any tenant in ``tenants.yaml`` has a ``token_sha256``, the installation is in authenticated
mode: every tenant-scoped operation needs a token (``EDGEBATCH_TOKEN``, ``EDGEBATCH_TOKEN_FILE`` or
``--token-file``), the tenant is the one whose hash matches, and a ``--tenant`` /
``EDGEBATCH_TENANT`` that names another tenant is refused. Only hashes are stored; the presented
token's sha256 is compared with every configured one in constant time. Without tokens configured,
the tenant is ``settings.tenant`` as before.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from .config import Settings
from .errors import EdgeBatchError
from .tenants import TenantTable, check_tenant, load_tenants

TOKEN_PREFIX = "ebt_"  # makes a leaked token easy for secret scanners to spot


class AuthenticationError(EdgeBatchError):
    """The caller's token is missing, unknown, or names another tenant than it claims; nothing was done."""


@dataclass(frozen=True)
class Identity:
    tenant: str
    authenticated: bool  # the tenant was proven by a token (authenticated mode)


def token_sha256(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token(tenant: str) -> tuple[str, str]:
    """A fresh random token for ``tenant`` and its sha256 (the only part to store)."""
    check_tenant(tenant)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    return token, token_sha256(token)


def tenant_of(table: TenantTable, token: str) -> str | None:
    """The tenant whose token this is, or None. Every configured hash is compared, in constant time."""
    presented = token_sha256(token).encode()
    found = None
    for digest, tenant in table.token_hashes():
        if hmac.compare_digest(presented, digest.encode()):
            found = tenant
    return found


def resolve(settings: Settings, table: TenantTable | None = None) -> Identity:
    """The caller's tenant; raises AuthenticationError (in authenticated mode) before anything is done."""
    table = table if table is not None else load_tenants(settings.tenants_file)
    where = settings.tenants_file or "the tenant table"
    token = settings.token.get_secret_value() if settings.token is not None else None
    if not table.authenticated:
        if token is not None:
            raise AuthenticationError(f"a token was given (EDGEBATCH_TOKEN, EDGEBATCH_TOKEN_FILE or --token-file) but "
                                      f"no tenant in {where} has a token_sha256 (is EDGEBATCH_TENANTS_FILE set?); "
                                      "nothing was done")
        return Identity(settings.tenant, authenticated=False)
    if token is None:
        raise AuthenticationError(f"this installation authenticates tenants (token_sha256 in {where}): give your "
                                  "token with EDGEBATCH_TOKEN_FILE, --token-file or EDGEBATCH_TOKEN; nothing was done")
    tenant = tenant_of(table, token)
    if tenant is None:
        raise AuthenticationError(f"the token is not valid for any tenant in {where}; nothing was done")
    if "tenant" in settings.model_fields_set and settings.tenant != tenant:
        raise AuthenticationError(f"--tenant / EDGEBATCH_TENANT says {settings.tenant!r} but the token is tenant "
                                  f"{tenant!r}'s: refused, nothing was done")
    return Identity(tenant, authenticated=True)


def authenticate(settings: Settings) -> tuple[Settings, Identity]:
    """``settings`` acting as the caller's proven (or, without tokens, claimed) tenant, and that identity."""
    identity = resolve(settings)
    if identity.tenant != settings.tenant:
        settings = settings.model_copy(update={"tenant": identity.tenant})
    return settings, identity
