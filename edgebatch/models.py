"""The model registry: named GGUF models, where their files come from, and their sha256.

Files from a PyPI package are assembled into ``DATA_DIR/models`` on first use. Every file is
checked against its registered sha256 before it is loaded (the check is cached by size and
modification time, so a 250 MB model is hashed once, not at every start).
"""

from __future__ import annotations

import importlib
import json
import logging
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .config import PACKAGE_DIR, Settings
from .errors import ConfigError, ModelError
from .hashing import sha256_file
from .progress import say

log = logging.getLogger(__name__)
BUNDLED_REGISTRY = PACKAGE_DIR / "models.yaml"


class ModelEntry(BaseModel):
    """One registered model."""

    model_config = ConfigDict(extra="forbid")

    name: str = ""
    path: Path | None = Field(None, description="A GGUF file on disk")
    package: str | None = Field(None, description="A Python package whose assemble() writes the file")
    file: str | None = Field(None, description="File name the package writes")
    sha256: str = Field(..., pattern=r"^[0-9a-f]{64}$")
    context_size: int = Field(4096, ge=256)
    prompt_format: Literal["completion", "chat"] = "completion"
    default_threads: int | None = Field(None, ge=1)

    @model_validator(mode="after")
    def _one_source(self) -> ModelEntry:
        if (self.path is None) == (self.package is None):
            raise ValueError("give exactly one of `path` or `package`")
        if self.package and not self.file:
            raise ValueError("a `package` source needs `file`")
        return self


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
