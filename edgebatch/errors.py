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
