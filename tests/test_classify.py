from __future__ import annotations

import pytest

from edgebatch.config import BUNDLED_PIPELINES_DIR
from edgebatch.engines.fake import FakeEngine
from edgebatch.pipeline import DocState, find_spec, run_stages
from edgebatch.redaction.redactor import Redactor
from edgebatch.stages import StageContext, build_stages


def _label(text: str) -> tuple[str, str]:
    spec = find_spec(BUNDLED_PIPELINES_DIR, "radiology")
    spec.stages = [s for s in spec.stages if s.name in ("redact", "normal_abnormal")]
    stages = build_stages(StageContext(spec=spec, redactor=Redactor.default(), engine_factory=FakeEngine))
    doc = DocState("d", "d", "0", text=text)
    run_stages(stages, [doc])
    return doc.outputs["normal_abnormal"], doc.outputs["normal_abnormal_evidence"]


@pytest.mark.parametrize(("text", "label", "why"), [
    # the impression says normal and nothing abnormal there: it decides over a borderline finding
    ("FINDINGS: Heart size at the upper limits of normal. Lungs clear.\nIMPRESSION: Normal chest.",
     "normal", "impression states normal"),
    # without that statement the borderline finding counts
    ("FINDINGS: Heart size at the upper limits of normal. Lungs clear.\nIMPRESSION: No acute process.",
     "abnormal", "rule abnormal"),
    # "no acute cardiopulmonary process" with a chronic finding is abnormal
    ("FINDINGS: Calcified granuloma. IMPRESSION: No acute cardiopulmonary process.", "abnormal", "granuloma"),
    # an abnormal impression decides first
    ("FINDINGS: Lungs clear. IMPRESSION: Possible early pneumonia.", "abnormal", "impression: rule abnormal"),
    ("FINDINGS: Azygos lobe, a normal variant. Lungs clear. IMPRESSION: No acute disease.", "normal", "no rule"),
])
def test_impression_first_and_chronic_findings(text: str, label: str, why: str) -> None:
    got, evidence = _label(text)
    assert got == label
    assert why in evidence
