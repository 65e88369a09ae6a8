"""Settings: one object built from ``EDGEBATCH_*`` environment variables and an optional YAML file.

Precedence: explicit keyword arguments, then environment variables, then the YAML file named by
``EDGEBATCH_CONFIG``, then defaults. Build it once (``Settings.load()``) and pass it explicitly.
"""

from __future__ import annotations

import getpass
import os
import re
import stat
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from .errors import ConfigError

PACKAGE_DIR = Path(__file__).resolve().parent
BUNDLED_PIPELINES_DIR = PACKAGE_DIR.parent / "pipelines"
_SECRET_IN_URL = re.compile(r"(://[^:/@]*:)([^@]+)(@)")
# Secret setting -> the setting naming a file that holds it (Docker/Kubernetes secrets, systemd credentials).
SECRET_FILES = {"broker_password": "broker_password_file", "s3_access_key": "s3_access_key_file",
                "s3_secret_key": "s3_secret_key_file", "flower_basic_auth": "flower_basic_auth_file",
                "token": "token_file"}
# Settings a worker pool started from here never receives: the caller's credential stays with the caller.
_CALLER_ONLY = {"token", "token_file"}


class _YamlSource(PydanticBaseSettingsSource):
    """Reads the YAML file named by EDGEBATCH_CONFIG (keys are the field names)."""

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:  # pragma: no cover
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        path = os.environ.get("EDGEBATCH_CONFIG")
        if not path:
            return {}
        try:
            data = yaml.safe_load(Path(path).read_text()) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise ConfigError(f"cannot read EDGEBATCH_CONFIG file {path}: {exc}") from exc
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: expected a mapping of setting names to values")
        secrets = sorted(set(data) & set(SECRET_FILES))
        if secrets:
            check_private(Path(path), f"EDGEBATCH_CONFIG (it holds {', '.join(secrets)})")
        return data


class Settings(BaseSettings):
    """Everything configurable in EdgeBatch. Field ``x`` is read from ``EDGEBATCH_X``."""

    # hide_input_in_errors: a validation error must never print a secret that was given as input.
    model_config = SettingsConfigDict(env_prefix="EDGEBATCH_", extra="forbid", validate_default=True,
                                      hide_input_in_errors=True)

    data_dir: Path = Field(Path("./edgebatch-data"), description="Embedded broker data, local store, models")
    broker_url: str | None = Field(None, description="redis:// or rediss:// URL; unset = embedded valkey-server")
    broker_password: SecretStr | None = Field(None, description="Password of the external broker (keeps it out of "
                                              "the URL)")
    broker_password_file: Path | None = Field(None, description="File holding broker_password (mode 0600)")
    broker_tls_ca_file: Path | None = Field(None, description="CA bundle that signed a rediss:// broker's "
                                            "certificate; unset = the system CAs")
    broker_tls_cert_file: Path | None = Field(None, description="Client certificate for a rediss:// broker (mTLS)")
    broker_tls_key_file: Path | None = Field(None, description="Its private key (mode 0600)")
    storage_url: str | None = Field(None, description="file:///path or s3://bucket/prefix; unset = DATA_DIR/store")
    s3_endpoint: str | None = Field(None, description="S3 endpoint host:port (MinIO, Ceph RGW, ...); unset = AWS S3")
    s3_access_key: SecretStr | None = Field(None, description="S3 access key")
    s3_secret_key: SecretStr | None = Field(None, description="S3 secret key")
    s3_access_key_file: Path | None = Field(None, description="File holding s3_access_key (mode 0600)")
    s3_secret_key_file: Path | None = Field(None, description="File holding s3_secret_key (mode 0600)")
    s3_secure: bool = Field(True, description="Use TLS (https) for the S3 endpoint")
    s3_region: str | None = Field(None, description="S3 region (needed by AWS; optional for MinIO)")
    s3_path_style: bool = Field(True, description="Path-style requests (http://host/bucket/key)")
    s3_sse: Literal["none", "s3", "kms"] = Field("none", description="Server-side encryption: SSE-S3 or SSE-KMS")
    s3_sse_kms_key_id: str | None = Field(None, description="KMS key id for s3_sse=kms")
    s3_object_lock: bool = Field(True, description="Create missing buckets with object lock (WORM audit)")
    s3_retries: int = Field(5, ge=0, le=20, description="Retries (exponential backoff) on S3 connection errors")
    s3_outage_s: float = Field(120.0, ge=0, description="Keep retrying S3 connection errors at least this long "
                                                        "(a storage outage shorter than this is ridden out)")
    audit_lock_mode: Literal["governance", "compliance", "off"] = Field(
        "governance", description="Object lock retention mode of audit objects (where the bucket supports it)")
    audit_lock_days: int = Field(365, ge=1, description="Object lock retention of audit objects, in days")
    retention_days: int = Field(90, ge=1, description="Results and errors expire after this many days")
    pipelines_dir: Path = Field(BUNDLED_PIPELINES_DIR, description="Folder of pipeline specs (*.yaml)")
    models_dir: Path | None = Field(None, description="Where package models are assembled; unset = DATA_DIR/models")
    models_file: Path | None = Field(None, description="YAML model registry; unset = the bundled default")
    model: str = Field("gemma3-270m", description="Default model name from the registry")
    worker_procs: int = Field(1, ge=1, description="Worker child processes per `edgebatch worker`")
    worker_cpus: str | None = Field(None, description="CPU list for the worker, e.g. '0-3' or '0,2'")
    engine: Literal["llamacpp", "fake"] = Field("llamacpp", description="`fake` is a scripted test double")
    max_parallel: int = Field(8, ge=1, le=64, description="Documents decoded together per model call")
    n_ctx: int = Field(4096, ge=512, description="Model context (tokens, shared by parallel sequences)")
    n_batch: int = Field(512, ge=64, le=4096, description="Tokens per llama.cpp decode step (prompt chunks); "
                                                          "each process's compute buffer grows with it")
    visibility_timeout_s: int = Field(7200, ge=1, description="Broker redelivery timeout; > longest shard")
    sweep_interval_s: float = Field(30.0, ge=0, description="How often a worker looks for shards whose task message "
                                                            "a broker crash lost and sends them again (0: never)")
    shard_time_limit_s: int = Field(1800, ge=1, description="Hard time limit of a shard task (a hung child is "
                                                            "killed); capped at half the visibility timeout")
    max_shard_attempts: int = Field(3, ge=1, description="Worker deaths a shard or document may cause before "
                                                         "it is dead-lettered")
    model_load_timeout_s: float = Field(300.0, ge=10, description="worker_proc_alive_timeout")
    cloud_price_input_per_1k: float = Field(0.00015, ge=0, description="USD per 1k input tokens, for "
                                                                       "the audit's cloud-equivalent cost")
    cloud_price_output_per_1k: float = Field(0.0006, ge=0, description="USD per 1k output tokens (same)")
    submitter: str = Field(default_factory=lambda: _current_user(), description="Recorded in the audit")
    log_level: str = Field("INFO")
    log_format: Literal["text", "json"] = Field("text", description="`json`: one JSON object per log line")
    metrics_port: int | None = Field(None, ge=1, le=65535, description="Worker Prometheus /metrics port; unset = off")
    flower_port: int = Field(5555, ge=1, le=65535, description="`edgebatch flower` port")
    flower_address: str = Field("0.0.0.0", description="`edgebatch flower` bind address (with credentials)")
    flower_basic_auth: str | None = Field(None, description="USER:PASSWORD required by `edgebatch flower`")
    flower_basic_auth_file: Path | None = Field(None, description="File holding flower_basic_auth (mode 0600)")
    price_table: Path | None = Field(None, description="YAML cloud price table for reports; unset = bundled")
    tenant: str = Field("default", pattern=r"^[a-z0-9][a-z0-9_-]{0,62}$",
                        description="The tenant batches are submitted as and read back for")
    tenants_file: Path | None = Field(None, description="YAML tenant quotas; unset = no quotas")
    token: SecretStr | None = Field(None, description="API token naming the caller's tenant (authenticated mode)")
    token_file: Path | None = Field(None, description="File holding token (mode 0600)")
    providers_file: Path | None = Field(None, description="YAML provider table for routing; unset = local only")
    sla: Literal["economy", "standard", "fast"] = Field("standard", description="SLA tier of submitted batches")
    breaker_failures: int = Field(3, ge=1, description="Remote failures in a row that open a provider's breaker")
    breaker_cooldown_s: float = Field(30.0, gt=0, description="Seconds an open breaker keeps a provider unused")
    # clinical by default: it finds more on clinical notes neither it nor the rules had seen (README, session 10)
    ner_weights: Literal["base", "clinical"] = Field(
        "clinical", description="NER weights: `clinical` (EdgeBatch's fine-tune, pinned package data) or `base` "
                                "(en_core_web_sm as published); redaction in this process reads EDGEBATCH_NER_WEIGHTS")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, _YamlSource(settings_cls))

    @field_validator("broker_url", "storage_url")
    @classmethod
    def _blank_is_unset(cls, value: str | None) -> str | None:
        return value or None

    @model_validator(mode="after")
    def _read_secret_files(self) -> Settings:
        """Fill each secret from its ``*_FILE`` (refused when group/others may read it).

        Raises ConfigError (not ValueError), so pydantic never wraps it with the input values."""
        for name, file_name in SECRET_FILES.items():
            path = getattr(self, file_name)
            if path is None:
                continue
            if getattr(self, name) is not None:
                raise ConfigError(f"set EDGEBATCH_{name.upper()} or EDGEBATCH_{file_name.upper()}, not both")
            value = read_secret_file(path, f"EDGEBATCH_{file_name.upper()}")
            object.__setattr__(self, name, value if name == "flower_basic_auth" else SecretStr(value))
        if self.broker_tls_key_file is not None:
            check_private(self.broker_tls_key_file, "EDGEBATCH_BROKER_TLS_KEY_FILE")
        if self.broker_password is not None and not self.broker_url:
            raise ConfigError("EDGEBATCH_BROKER_PASSWORD(_FILE) is for an external broker (EDGEBATCH_BROKER_URL); "
                              "the embedded broker generates its own")
        return self

    @classmethod
    def load(cls, **overrides: Any) -> Settings:
        """Build settings, turning validation problems into one readable ConfigError."""
        try:
            return cls(**overrides)
        except ConfigError:
            raise
        except Exception as exc:  # pydantic ValidationError
            raise ConfigError(f"invalid EdgeBatch settings: {exc}") from exc

    @property
    def resolved_data_dir(self) -> Path:
        return self.data_dir.expanduser().resolve()

    @property
    def resolved_models_dir(self) -> Path:
        return (self.models_dir or self.resolved_data_dir / "models").expanduser().resolve()

    @property
    def effective_shard_time_limit_s(self) -> int:
        """The shard time limit, at most half the visibility timeout: a shard may wait in a worker's
        prefetch for about one shard's time before it runs, and the broker must not deliver it a
        second time while the first delivery is still within its limit."""
        return max(1, min(self.shard_time_limit_s, self.visibility_timeout_s // 2))

    @property
    def effective_storage_url(self) -> str:
        return self.storage_url or (self.resolved_data_dir / "store").as_uri()

    def as_env(self) -> dict[str, str]:
        """These settings as EDGEBATCH_* variables, for child processes (worker pools)."""
        env = {}
        from_files = {name for name, file_name in SECRET_FILES.items() if getattr(self, file_name) is not None}
        for name, value in self.model_dump(mode="json").items():
            if name in from_files or name in _CALLER_ONLY:
                continue  # the child reads the file itself (or needs no token): no secret in its environment
            secret = getattr(self, name)
            if isinstance(secret, SecretStr):  # model_dump masks secrets: pass the real value
                value = secret.get_secret_value()
            if value is not None:
                env[f"EDGEBATCH_{name.upper()}"] = str(value)
        env["EDGEBATCH_DATA_DIR"] = str(self.resolved_data_dir)
        return env

    def masked(self) -> dict[str, Any]:
        """The effective settings as plain values, with every secret masked."""
        values = self.model_dump(mode="json")
        values["storage_url"] = self.effective_storage_url
        values["broker_url"] = self.broker_url or "embedded valkey-server (see `edgebatch broker status`)"
        if values.get("flower_basic_auth"):
            values["flower_basic_auth"] = values["flower_basic_auth"].split(":", 1)[0] + ":****"
        return {key: mask_secrets(value) if isinstance(value, str) else value for key, value in values.items()}


def check_private(path: Path, setting: str) -> None:
    """Refuse a secret file that group or others may read or change (or that is not a file)."""
    try:
        info = Path(path).stat()
    except OSError as exc:
        raise ConfigError(f"{setting}: cannot read {path}: {exc.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        raise ConfigError(f"{setting}: {path} is not a regular file")
    if info.st_mode & 0o077:
        raise ConfigError(f"{setting}: {path} is open to group/others (mode {stat.S_IMODE(info.st_mode):04o}); "
                          f"secrets must be private: chmod 600 {path} (Docker/Kubernetes: mount it with mode 0400)")


def read_secret_file(path: Path, setting: str) -> str:
    """The secret in ``path`` (surrounding whitespace dropped), after ``check_private``."""
    check_private(path, setting)
    try:
        value = Path(path).read_text().strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{setting}: cannot read {path} ({type(exc).__name__})") from None
    if not value:
        raise ConfigError(f"{setting}: {path} is empty")
    return value


def mask_secrets(text: str) -> str:
    """Hide the password part of any URL in ``text``."""
    return _SECRET_IN_URL.sub(r"\1****\3", text)


def _current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user database entry (containers)
        return f"uid-{os.getuid()}"
