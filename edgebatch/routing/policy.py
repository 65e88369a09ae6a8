"""Where a document may go. Pure checks, no I/O: the router asks before it picks.

Rules, in order: local providers may take anything; a remote provider must be on the explicit
allow-list; restricted data never leaves; confidential data only goes to on-prem endpoints; the
provider must accept the classification; only redacted text leaves. A refusal is a reason string
(it lands in the audit row) and the document runs locally: a refusal never drops a document.
"""

from __future__ import annotations

from ..pipeline import DataClassification
from .providers import Provider

_R = DataClassification.restricted
_C = DataClassification.confidential


def refusal(provider: Provider, classification: DataClassification, *, redacted: bool,
            allow: frozenset[str] | set[str]) -> str | None:
    """Why ``provider`` may not see this document, or None when it may."""
    if not provider.is_remote:
        return None
    if provider.name not in allow:
        return "not_allow_listed"
    if classification is _R:
        return "restricted_stays_local"
    if classification is _C and not provider.on_prem:
        return "confidential_on_prem_only"
    if classification not in provider.allowed_classifications:
        return f"{classification.value}_not_allowed_by_provider"
    if not redacted:
        return "unredacted_text"
    return None
