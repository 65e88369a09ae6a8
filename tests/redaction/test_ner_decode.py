"""The numpy greedy decoder finds exactly the entities spaCy's own NER parser finds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from edgebatch.redaction import ner
from edgebatch.redaction.ner_decode import GreedyDecoder

pytestmark = pytest.mark.skipif(not ner.installed(), reason="spaCy model not installed")

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
SYNTH = ROOT / ".." / "shared" / "data" / "pii" / "presidio_synth_v2.jsonl"


@pytest.fixture(scope="module")
def nlp() -> Any:
    return ner.load_model()


@pytest.fixture(scope="module")
def decoder(nlp: Any) -> GreedyDecoder:
    return GreedyDecoder(nlp.get_pipe("ner"))


def spacy_entities(nlp: Any, texts: list[str]) -> list[list[tuple[int, int, str]]]:
    docs = nlp.get_pipe("ner").pipe([nlp.make_doc(t) for t in texts], batch_size=64)
    return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in docs]


def decoded(nlp: Any, decoder: GreedyDecoder, texts: list[str]) -> list[list[tuple[int, int, str]]]:
    found: list[list[tuple[int, int, str]]] = []
    for i in range(0, len(texts), 64):
        docs = [nlp.make_doc(t) for t in texts[i:i + 64]]
        assert decoder.supports(docs)
        found.extend(decoder(docs))
    return found


def note_segments(path: Path, limit: int) -> list[str]:
    with path.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines][:limit]
    return [seg for text in texts for _, seg in ner.segments(text)]


def test_the_pinned_model_is_decoded_in_numpy(decoder: GreedyDecoder) -> None:
    assert decoder.supported
    assert isinstance(ner.NerDetector().decoder, GreedyDecoder)


NOTE_SETS = sorted(p for p in DATA.glob("*_gold.jsonl") if not p.name.startswith("radiology"))  # report classes, no PHI


@pytest.mark.parametrize("path", NOTE_SETS, ids=lambda p: p.stem)
def test_same_entities_as_spacy_on_every_gold_set(nlp: Any, decoder: GreedyDecoder, path: Path) -> None:
    """Upper-case, lower-case and mixed notes of every style, case-restored as the detector sees them."""
    segments = note_segments(path, 25)
    expected = spacy_entities(nlp, segments)
    assert sum(map(len, expected)) > 0
    assert decoded(nlp, decoder, segments) == expected


@pytest.mark.skipif(not SYNTH.exists(), reason="shared evaluation data not present")
def test_same_entities_as_spacy_on_the_presidio_set(nlp: Any, decoder: GreedyDecoder) -> None:
    segments = note_segments(SYNTH, 400)
    expected = spacy_entities(nlp, segments)
    assert sum(map(len, expected)) > 300
    assert decoded(nlp, decoder, segments) == expected


def test_edge_documents(nlp: Any, decoder: GreedyDecoder) -> None:
    """Empty and whitespace documents, one token, an entity at the very end, several spaces between words."""
    texts = ["", "   ", "\n", "Smith", "Seen by Dr. Maria Lopez", "Mr.  John   Smith\n\nvisited  Boston .",
             "Transferred from Mercy General Hospital in Springfield, Illinois on 3/4."]
    docs = [nlp.make_doc(t) for t in texts]
    assert decoder(docs) == spacy_entities(nlp, texts)
    assert decoder([]) == []


def test_documents_with_preset_entities_go_to_spacy(nlp: Any, decoder: GreedyDecoder) -> None:
    from spacy.tokens import Span

    doc = nlp.make_doc("Seen by Maria Lopez today")
    doc.ents = [Span(doc, 2, 4, label="PERSON")]
    assert not decoder.supports([doc])
    assert decoder.supports([nlp.make_doc("Seen by Maria Lopez today")])


def test_the_spacy_fallback_gives_the_same_spans(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = note_segments(DATA / "icu_notes_gold.jsonl", 10)
    detector = ner.NerDetector()
    fast = detector.detect_many(texts)
    monkeypatch.setattr(detector.decoder, "supported", False)
    assert detector.detect_many(texts) == fast
