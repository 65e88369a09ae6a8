"""spaCy NER: pinned hash, case restoration with unchanged offsets, eponyms kept, batching."""

from __future__ import annotations

from pathlib import Path

import pytest

from edgebatch.redaction import ner
from edgebatch.redaction.redactor import Redactor

pytestmark = pytest.mark.skipif(not ner.installed(), reason="spaCy model not installed")


@pytest.fixture(scope="module")
def full() -> Redactor:
    return Redactor.default(ner=True)


def test_model_matches_pinned_hash() -> None:
    assert ner.folder_sha256(ner.model_dir()) == ner.MODEL_SHA256


def test_the_model_multiplies_on_numpy_blas_with_one_thread() -> None:
    from threadpoolctl import threadpool_info

    assert ner.load_model().get_pipe("ner").model.ops.use_blis is False  # not blis's generic kernels
    with ner.one_blas_thread():
        assert {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"} == {1}


def test_a_changed_model_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "meta.json").write_text("{}")
    monkeypatch.delenv(ner.MODEL_DIR_ENV, raising=False)
    monkeypatch.setattr(ner, "model_dir", lambda: tmp_path)
    ner.load_model.cache_clear()
    try:
        with pytest.raises(ner.ModelIntegrityError):
            ner.load_model()
    finally:
        ner.load_model.cache_clear()


def test_an_experiment_model_folder_is_loaded_only_when_named(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("ner").add_label("PERSON")
    blank.initialize()
    blank.to_disk(tmp_path / "model")
    monkeypatch.setattr(ner, "model_dir", lambda: tmp_path / "missing")  # the pinned path is not even read
    monkeypatch.setenv(ner.MODEL_DIR_ENV, str(tmp_path / "model"))
    ner.load_model.cache_clear()
    try:
        nlp = ner.load_model()
        assert nlp.pipe_names == ["ner"] and nlp.get_pipe("ner").labels == ("PERSON",)
        monkeypatch.setenv(ner.MODEL_DIR_ENV, "")  # empty: the pinned model and its check as before
        ner.load_model.cache_clear()
        with pytest.raises(ner.ModelIntegrityError):
            ner.load_model()
    finally:
        ner.load_model.cache_clear()


def test_restore_case_keeps_offsets() -> None:
    text = "58 YO F FROM CALVERT HOSPITAL. DR. SMITH AWARE, FOLEY IN PLACE.\nMixed case Line stays."
    restored = ner.restore_case(text)
    assert len(restored) == len(text)
    assert "Smith" in restored and "foley" in restored and "Mixed case Line stays." in restored


def test_ner_finds_names_places_and_orgs_in_prose(full: Redactor) -> None:
    text = "Krisztián Szöllösy moved to Montevideo and works for Exversion Orchestra."
    spans = full.scan(text)
    found = {text[s.start:s.end] for s in spans}
    assert any("Szöllösy" in f for f in found)
    assert any("Montevideo" in f for f in found)


def test_eponyms_and_medical_terms_survive(full: Redactor) -> None:
    text = ("Negative sonographic Murphy sign. Follow Fleischner Society guidance. Baker cyst noted. "
            "FOLEY DRAINING. GLASGOW COMA SCALE 15. S/P WHIPPLE.")
    out = full.redact(text).text
    for word in ("Murphy", "Fleischner", "Baker", "FOLEY", "GLASGOW", "WHIPPLE"):
        assert word in out


def test_batched_scan_equals_single_scans(full: Redactor) -> None:
    texts = ["Dr. Ingrid Sollenberger saw him in Baltimore.", "WIFE MARY CALLED 555-1234.", ""]
    assert full.scan_many(texts) == [full.scan(t) for t in texts]


def test_ner_can_be_switched_off() -> None:
    assert "ner" not in [d.name for d in Redactor.default(ner=False).detectors]
    assert "ner" not in [d.name for d in Redactor.default(ner=True).without_ner().detectors]


@pytest.mark.parametrize("text", [
    "**Pleura:** Small left effusion.\n**Mediastinum:** No adenopathy.",
    "CT THORAX\n\n**Pleura**: no thickening.\n\n## Pleura\nNo effusion.",
    "__Lungs:__ clear. Pleura: normal. Bones: intact.",
])
def test_markdown_headings_are_not_names(full: Redactor, text: str) -> None:
    assert [text[s.start:s.end] for s in full.scan(text) if s.label == "NAME"] == []


def test_bold_field_values_are_still_names(full: Redactor) -> None:
    text = "**Patient:** Rosalind Okafor\n**Pleura:** normal."
    names = [text[s.start:s.end] for s in full.scan(text) if s.label == "NAME"]
    assert names == ["Rosalind Okafor"]


def test_ner_reads_only_lines_that_could_hold_a_name() -> None:
    """A mixed-case line whose capitalised words are all deny-listed ('Lungs:', 'Plan: continue
    Lasix.') or that has none could only give entities the filter drops: NER does not read it."""
    text = "Lungs: clear to auscultation.\nSeen by Dr. Okafor today.\nno acute distress.\nPlan: continue Lasix.\n"
    assert ner.segments(text) == [(30, "Seen by Dr. Okafor today.\n")]


def test_lines_typed_without_capitals_are_read_like_capitals(full: Redactor) -> None:
    """A line with no capital letter goes to NER restored like an upper-case line (known names
    capitalised): a lower-case organisation is found whole; a lower-case place needs a place cue before
    it, so medical words the model reads as places in such lines stay ('septum', 'dysphagia')."""
    text = "pt's pcp is dr ruth adeyemi at brookside community health center."
    assert "brookside community health center" in [text[s.start:s.end] for s in full.scan(text)]
    assert full.scan("pt with deviated septum and dysphagia, no hydrocephalus.") == []


def test_new_words_do_not_stay_in_the_vocabulary() -> None:
    """A worker redacts documents all night: the words each call brings are freed after it (bounded memory)."""
    detector = ner.NerDetector()
    strings = detector.nlp.vocab.strings
    before = len(strings)
    words = ["".join("bcdfghklmnprstvz"[(i * 7 + k * 3) % 16] + "aeiou"[(i + k) % 5] for k in range(4)).title()
             for i in range(50)]  # made-up surnames the vocabulary has never seen
    found = detector.detect_many([f"Seen today by Dr. {w}, who spoke with the patient's wife." for w in words])
    assert sum(s.label == "NAME" for spans in found for s in spans) > 10
    assert len(strings) == before
    assert not any(w in strings for w in words)
