"""EdgeBatch: on-premise batch processing of sensitive documents with quantized local models."""

from __future__ import annotations

__version__ = "0.1.0"
