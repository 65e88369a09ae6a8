"""The redact stage takes policy options from the pipeline spec."""

from __future__ import annotations

from pathlib import Path

import pytest

from edgebatch.engines.fake import FakeEngine
from edgebatch.errors import ConfigError
from edgebatch.pipeline import DocState, load_spec
from edgebatch.redaction.redactor import Redactor
from edgebatch.stages import StageContext, build_stages


def _stage(tmp_path: Path, options: str):
    spec = tmp_path / "p.yaml"
    spec.write_text(f"name: p\nstages:\n  - {{name: redact, kind: redact, options: {options}}}\noutput: {{}}\n")
    context = StageContext(spec=load_spec(spec), redactor=Redactor.default(ner=False),
                           engine_factory=lambda: FakeEngine(lambda prompt: ""))
    return build_stages(context)[0]


def test_pseudonyms_date_shift_and_hashes_from_the_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EDGEBATCH_REDACTION_KEY", "k1")
    stage = _stage(tmp_path, "{policy: pseudonym, date_shift: true, hash_labels: [ID], ner: false}")
    docs = [DocState("a", "a", "0", text="MRN: 4966393. SEEN 7/22 BY DR. OKAFOR."),
            DocState("b", "b", "0", text="MRN: 4966393. DR. OKAFOR AWARE 7/29.")]
    stage.run(docs)
    a, b = docs[0].text, docs[1].text
    assert "OKAFOR" not in a + b and "4966393" not in a + b
    assert "DR. [NAME_1]" in a and "DR. [NAME_1]" in b  # same person across the shard
    assert a.split(".")[0] == b.split(".")[0]  # the same MRN hashes the same: joinable
    assert "7/22" not in a and "7/29" not in b and "[DATE" not in a  # shifted, not masked
    assert docs[0].pii_counts["ID"] == 1 and docs[0].redacted


def test_a_policy_that_needs_a_key_without_one_is_a_config_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EDGEBATCH_REDACTION_KEY", raising=False)
    monkeypatch.delenv("EDGEBATCH_REDACTION_KEY_FILE", raising=False)
    with pytest.raises(ConfigError, match="EDGEBATCH_REDACTION_KEY"):
        _stage(tmp_path, "{date_shift: true}")
    with pytest.raises(ConfigError):
        _stage(tmp_path, "{policy: pseudonym, shift: 3}")


def test_ages_option_of_the_spec(tmp_path: Path) -> None:
    docs = [DocState("a", "a", "0", text="58 YO F, MOTHER 93 YO.")]
    _stage(tmp_path, "{ner: false}").run(docs)
    assert docs[0].text == "58 YO F, MOTHER [AGE] YO."
    docs = [DocState("a", "a", "0", text="58 YO F, MOTHER 93 YO.")]
    _stage(tmp_path, "{ner: false, ages: all}").run(docs)
    assert docs[0].text == "[AGE] YO F, MOTHER [AGE] YO."
