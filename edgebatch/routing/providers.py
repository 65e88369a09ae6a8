"""The provider table (``providers.yaml``): local models and remote OpenAI-compatible endpoints.

Validated by pydantic with unknown keys rejected. The bundled table holds one local provider,
so nothing leaves the machine unless an operator names a remote provider *and* allow-lists it.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..errors import ConfigError
from ..pipeline import DataClassification

BUNDLED_PROVIDERS = Path(__file__).with_name("providers.yaml")


class ProviderKind(str, Enum):
    local = "local"
    remote = "remote"


class Provider(BaseModel):
    """One place a document's model stages can run."""

    model_config = ConfigDict(extra="forbid")

    name: str = ""
    model: str | None = Field(None, description="Registry model name; null = the worker's default model")
    kind: ProviderKind = ProviderKind.local
    on_prem: bool = Field(False, description="Runs on the customer's own premises (may see confidential data)")
    price_in_per_1k: float = Field(0.0, ge=0, description="USD per 1k input tokens")
    price_out_per_1k: float = Field(0.0, ge=0, description="USD per 1k output tokens")
    context_size: int = Field(4096, ge=256, description="Largest prompt + output, in tokens")
    allowed_classifications: list[DataClassification] = Field(
        default_factory=lambda: [DataClassification.public, DataClassification.internal])
    timeout_s: float = Field(60.0, gt=0, description="Per HTTP attempt (remote providers)")
    max_retries: int = Field(1, ge=0, le=10, description="Retries before the document falls back to local")

    @property
    def is_remote(self) -> bool:
        return self.kind is ProviderKind.remote

    def cost_usd(self, tokens_in: int, tokens_out: int) -> float:
        return tokens_in / 1000 * self.price_in_per_1k + tokens_out / 1000 * self.price_out_per_1k


class RoutingKnobs(BaseModel):
    """When a remote provider is worth it (documents stay local otherwise)."""

    model_config = ConfigDict(extra="forbid")

    saturation: float = Field(2.0, gt=0, description="Backlog shards per worker process above which "
                              "allowed documents may go remote (standard SLA)")
    fast_saturation: float = Field(0.5, gt=0, description="The same threshold for the `fast` SLA tier")
    complexity: float = Field(0.75, ge=0, le=1, description="Complexity score above which a document may go "
                              "to a remote provider even without a backlog")
    expected_output_tokens: int = Field(64, ge=1, description="Output tokens assumed when estimating cost")


class ProviderTable(BaseModel):
    model_config = ConfigDict(extra="forbid")

    providers: dict[str, Provider]
    allow: list[str] = Field(default_factory=list, description="Remote providers that may be used at all")
    routing: RoutingKnobs = Field(default_factory=lambda: RoutingKnobs.model_validate({}))

    @model_validator(mode="after")
    def _checked(self) -> ProviderTable:
        for name, provider in self.providers.items():
            provider.name = name
        locals_ = [p for p in self.providers.values() if not p.is_remote]
        if not locals_:
            raise ValueError("at least one `kind: local` provider is needed: refused routes fall back to it")
        unknown = [name for name in self.allow if name not in self.providers]
        if unknown:
            raise ValueError(f"allow names unknown providers: {', '.join(unknown)}")
        return self

    @property
    def local(self) -> Provider:
        """The fallback: the first local provider."""
        return next(p for p in self.providers.values() if not p.is_remote)

    @property
    def remotes(self) -> list[Provider]:
        return [p for p in self.providers.values() if p.is_remote]


def load_providers(path: Path | None = None) -> ProviderTable:
    """The table at ``path`` (the bundled local-only table when None); errors name the file."""
    path = path or BUNDLED_PROVIDERS
    try:
        data = yaml.safe_load(Path(path).read_text()) or {}
        return ProviderTable.model_validate(data)
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read provider table {path}: {exc}") from exc
    except ValidationError as exc:
        raise ConfigError(f"invalid provider table {path}:\n{exc}") from exc


