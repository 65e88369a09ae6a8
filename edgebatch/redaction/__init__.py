"""Redaction of personal data: detectors, validators and masking policies."""

from __future__ import annotations

from .base import Detector, Redaction, Span
from .redactor import Redactor

__all__ = ["Detector", "Redaction", "Redactor", "Span"]
