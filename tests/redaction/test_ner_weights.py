"""The shipped clinical NER weights: pinned file, refused when changed, ``base`` untouched, and better
on an upper-case ICU line than the base model."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from edgebatch.errors import ConfigError
from edgebatch.redaction import ner

pytestmark = pytest.mark.skipif(not ner.installed(), reason="spaCy model not installed")


def _load(monkeypatch: pytest.MonkeyPatch, weights: str) -> Any:
    monkeypatch.delenv(ner.MODEL_DIR_ENV, raising=False)
    monkeypatch.setenv(ner.WEIGHTS_ENV, weights)
    ner.load_model.cache_clear()
    return ner.load_model()


@pytest.fixture(scope="module")
def models() -> Iterator[dict[str, Any]]:
    """Both models, loaded once for the module (the process cache is left empty afterwards)."""
    with pytest.MonkeyPatch.context() as mp:
        loaded = {w: _load(mp, w) for w in ner.WEIGHTS}
    ner.load_model.cache_clear()
    yield loaded


def _names(nlp: Any, text: str) -> list[str]:
    detector = ner.NerDetector(nlp=nlp)
    return [text[s.start:s.end] for s in detector.detect(text) if s.label == "NAME"]


def test_packaged_weights_match_their_pin() -> None:
    assert ner.CLINICAL_WEIGHTS.is_file(), "the clinical weights are package data"
    assert hashlib.sha256(ner.CLINICAL_WEIGHTS.read_bytes()).hexdigest() == ner.CLINICAL_SHA256


def test_changed_weights_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blob = bytearray(ner.CLINICAL_WEIGHTS.read_bytes())
    blob[len(blob) // 2] ^= 1
    (tmp_path / "ner_clinical.bin.gz").write_bytes(bytes(blob))
    monkeypatch.setattr(ner, "CLINICAL_WEIGHTS", tmp_path / "ner_clinical.bin.gz")
    try:
        with pytest.raises(ner.ModelIntegrityError, match="clinical NER weights"):
            _load(monkeypatch, "clinical")
    finally:
        ner.load_model.cache_clear()


def test_the_setting_chooses_the_weights_and_a_wrong_value_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ner.WEIGHTS_ENV, raising=False)
    assert ner.weights() == ner.DEFAULT_WEIGHTS == "clinical"  # better on unseen clinical sets (README)
    monkeypatch.setenv(ner.WEIGHTS_ENV, " Clinical ")
    assert ner.weights() == "clinical"
    monkeypatch.setenv(ner.WEIGHTS_ENV, "clinicl")
    with pytest.raises(ConfigError, match="base, clinical"):
        ner.weights()


def test_base_is_the_untouched_pinned_model(models: dict[str, Any]) -> None:
    import spacy

    pristine = spacy.load(ner.model_dir(), exclude=["tok2vec", "parser", "tagger", "senter", "attribute_ruler",
                                                    "lemmatizer"])
    weights = {name: nlp.get_pipe("ner").to_bytes(exclude=["vocab"]) for name, nlp in models.items()}
    assert weights["base"] == pristine.get_pipe("ner").to_bytes(exclude=["vocab"])
    assert weights["clinical"] != weights["base"]
    assert models["clinical"].get_pipe("ner").labels == models["base"].get_pipe("ner").labels  # same architecture


@pytest.mark.parametrize(("text", "name"), [
    ("0100 TELEMETRY REVIEWED WITH DR HARPER LINDQVIST, NSR.", "HARPER LINDQVIST"),  # base: nothing
    ("MD AWARE. DR KUMAR PAGED AT 0400, ORDERS RECEIVED.", "KUMAR"),  # base: a LOCATION
])
def test_clinical_weights_find_a_name_in_an_upper_case_icu_line_the_base_model_misses(
        models: dict[str, Any], text: str, name: str) -> None:
    assert name not in _names(models["base"], text)
    assert name in _names(models["clinical"], text)


def test_the_setting_reaches_worker_pools(monkeypatch: pytest.MonkeyPatch) -> None:
    from edgebatch.config import Settings

    monkeypatch.delenv("EDGEBATCH_CONFIG", raising=False)
    monkeypatch.setenv(ner.WEIGHTS_ENV, "clinical")
    assert Settings().as_env()[ner.WEIGHTS_ENV] == "clinical"  # what `edgebatch run` gives its pool
    monkeypatch.delenv(ner.WEIGHTS_ENV)
    assert Settings().ner_weights == ner.DEFAULT_WEIGHTS
