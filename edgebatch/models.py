"""The model registry: named models, which engine runs them, where their files come from.

``engine: llamacpp`` (the default) and ``engine: ctransformers`` load a local file: from a PyPI
package it is assembled into ``DATA_DIR/models`` on first use, and every file is checked
against its registered sha256 before it is loaded (the check is cached by size and
modification time, so a 250 MB model is hashed once, not at every start). ``engine: openai``
names an OpenAI-compatible endpoint instead (``base_url``, ``model``, ``api_key_env``): there
is no file and nothing to hash; its identity is the endpoint and the model id.
"""

from __future__ import annotations

import importlib
import json
import logging
import os
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .config import PACKAGE_DIR, Settings
from .engines.base import KvCacheType
from .errors import ConfigError, ModelError
from .hashing import sha256_file
from .progress import say

log = logging.getLogger(__name__)
BUNDLED_REGISTRY = PACKAGE_DIR / "models.yaml"


EngineKind = Literal["llamacpp", "openai", "ctransformers"]
_ENDPOINT_FIELDS = ("base_url", "model", "api_key_env", "timeout_s", "max_retries", "max_concurrency",
                    "choice_constraint")


class ModelEntry(BaseModel):
    """One registered model."""

    model_config = ConfigDict(extra="forbid")

    name: str = ""
    engine: EngineKind = Field("llamacpp", description="What runs it: llama.cpp, an OpenAI-compatible "
                               "endpoint, or ctransformers (legacy GGML files only)")
    path: Path | None = Field(None, description="A model file on disk")
    package: str | None = Field(None, description="A Python package whose assemble() writes the file")
    file: str | None = Field(None, description="File name the package writes")
    sha256: str | None = Field(None, pattern=r"^[0-9a-f]{64}$", description="Required for a local file")
    context_size: int = Field(4096, ge=256)
    prompt_format: Literal["completion", "chat"] = "completion"
    default_threads: int | None = Field(None, ge=1)
    kv_cache_type: KvCacheType = Field(
        "f16", description="llama.cpp: element type of the KV cache (q8_0 halves each worker process's cache)")
    model_type: str | None = Field(None, description="ctransformers: the GGML model type (llama, gpt2, ...)")
    # engine: openai
    base_url: str | None = Field(None, pattern=r"^https?://", description="Endpoint, as OpenAI clients take "
                                 "it (http://host:8000/v1)")
    model: str | None = Field(None, description="The model id the endpoint serves; unset = the entry's name")
    api_key_env: str | None = Field(None, pattern=r"^[A-Za-z_][A-Za-z0-9_]*$",
                                    description="Name of the environment variable holding the API key")
    timeout_s: float = Field(60.0, gt=0, description="Per HTTP attempt")
    max_retries: int = Field(3, ge=0, le=10, description="On connection errors, timeouts, HTTP 408/429/5xx")
    max_concurrency: int = Field(4, ge=1, le=64, description="Requests of a shard in flight at once")
    choice_constraint: Literal["grammar", "guided_choice", "structured_outputs", "json_schema", "none"] = Field(
        "grammar", description="How the endpoint is told to answer with one of the choices")

    @model_validator(mode="after")
    def _one_source(self) -> ModelEntry:
        if self.engine != "llamacpp" and "kv_cache_type" in self.model_fields_set:
            raise ValueError("kv_cache_type only applies to `engine: llamacpp` entries")
        if self.engine == "openai":
            local = [f for f in ("path", "package", "file", "sha256", "model_type") if f in self.model_fields_set]
            if local:
                raise ValueError(f"an `engine: openai` entry has no local file: remove {', '.join(local)}")
            if not self.base_url:
                raise ValueError("an `engine: openai` entry needs `base_url`")
            if self.choice_constraint == "json_schema" and self.prompt_format != "chat":
                raise ValueError("choice_constraint json_schema needs prompt_format chat")
            return self
        remote = [f for f in _ENDPOINT_FIELDS if f in self.model_fields_set]
        if remote:
            raise ValueError(f"{', '.join(remote)} only apply to `engine: openai` entries")
        if (self.path is None) == (self.package is None):
            raise ValueError("give exactly one of `path` or `package`")
        if self.package and not self.file:
            raise ValueError("a `package` source needs `file`")
        if not self.sha256:
            raise ValueError("a local model file needs its `sha256`")
        return self

    @property
    def is_remote(self) -> bool:
        return self.engine == "openai"

    @property
    def identity(self) -> str:
        """What the audit's ``model_sha256`` records: the file's sha256, or the endpoint and model id."""
        if self.is_remote:
            return f"endpoint:{(self.base_url or '').rstrip('/')}#{self.remote_model}"
        return self.sha256 or ""

    @property
    def remote_model(self) -> str:
        """The model id sent to the endpoint."""
        return self.model or self.name

    def api_key(self) -> str | None:
        """The API key from the environment variable named by ``api_key_env`` (None without one)."""
        if not self.api_key_env:
            return None
        value = os.environ.get(self.api_key_env)
        if not value:
            raise ConfigError(f"model {self.name!r}: environment variable {self.api_key_env} (its api_key_env) "
                              "is not set")
        return value


def load_registry(settings: Settings) -> dict[str, ModelEntry]:
    """All registered models by name (the user's file, or the bundled one)."""
    source = settings.models_file or BUNDLED_REGISTRY
    try:
        data = yaml.safe_load(Path(source).read_text()) or {}
        entries = data["models"]
        return {name: ModelEntry(name=name, **spec) for name, spec in entries.items()}
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValidationError) as exc:
        raise ConfigError(f"invalid model registry {source}: {exc}") from exc


def get_model(settings: Settings, name: str | None = None) -> ModelEntry:
    registry = load_registry(settings)
    name = name or settings.model
    if name not in registry:
        raise ConfigError(f"unknown model {name!r}; registered: {', '.join(sorted(registry))}")
    return registry[name]


def model_path(settings: Settings, entry: ModelEntry) -> Path:
    """The verified file of ``entry``, assembling it from its package on first use."""
    if entry.is_remote:
        raise ConfigError(f"model {entry.name!r} is served by {entry.base_url}: it has no local file")
    if entry.path is not None:
        path = entry.path.expanduser()
        if not path.is_file():
            raise ModelError(f"model {entry.name!r}: file not found: {path}")
    else:
        assert entry.package and entry.file
        path = settings.resolved_models_dir / entry.file
        if not path.is_file():
            say(f"assembling model {entry.name} from package {entry.package} into {path} (once)")
            try:
                module = importlib.import_module(entry.package)
            except ImportError as exc:
                raise ModelError(f"model {entry.name!r} needs the package {entry.package!r}: pip install it") from exc
            path.parent.mkdir(parents=True, exist_ok=True)
            module.assemble(path)
    verify(entry, path)
    return path


def verify(entry: ModelEntry, path: Path) -> None:
    """Raise ModelError unless ``path`` has the registered sha256."""
    stat = path.stat()
    marker = path.with_name(path.name + ".verified")
    fingerprint = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": entry.sha256}
    try:
        if json.loads(marker.read_text()) == fingerprint:
            return
    except (OSError, ValueError):
        pass
    actual = sha256_file(path)
    if actual != entry.sha256:
        raise ModelError(f"model {entry.name!r}: {path} has sha256 {actual}, expected {entry.sha256}")
    try:
        marker.write_text(json.dumps(fingerprint))
    except OSError:
        pass  # read-only model folder: verify again next time
