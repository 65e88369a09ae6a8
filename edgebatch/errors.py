"""EdgeBatch's exception family. Every error a user can cause has a clear message."""

from __future__ import annotations


class EdgeBatchError(Exception):
    """Base class of every error EdgeBatch raises on purpose."""


class ConfigError(EdgeBatchError):
    """Settings, a pipeline spec or a model registry entry is invalid."""


class BrokerError(EdgeBatchError):
    """The broker cannot be started or reached."""


class StorageUnavailableError(EdgeBatchError):
    """The object store stayed unreachable for longer than the outage it is waited out for."""


class ModelError(EdgeBatchError):
    """A model file is missing, corrupt, or cannot be loaded."""


class BatchNotFoundError(EdgeBatchError):
    """No batch with that id exists."""


class DocumentError(EdgeBatchError):
    """A document cannot be processed; becomes an error row with ``code`` and message."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class EngineError(DocumentError):
    """A model engine could not answer a call.

    A subclass of ``DocumentError``: raised inside a stage, every document of that call becomes
    an error row with ``code``. Messages name the engine and endpoint, never document text.
    """

    default_code = "engine_error"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(code or self.default_code, message)


class EngineUnavailable(EngineError):
    """The engine's server cannot be reached or keeps failing (connection errors, timeouts, HTTP
    5xx/429) after its bounded retries. A caller may fall back to another engine."""

    default_code = "engine_unavailable"


class EngineRejected(EngineError):
    """The engine's server refused the request for good (HTTP 4xx other than 408/429: a wrong
    key, an unknown model, a request it cannot serve). Retrying the same request will not help."""

    default_code = "engine_rejected"


class InvalidModelOutput(EngineError):
    """The model's answer is not one of the allowed choices, even after a retry."""

    default_code = "invalid_model_output"
