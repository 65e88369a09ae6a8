from __future__ import annotations

import json
from pathlib import Path

import pytest

from edgebatch.clause import ClauseFinder, ClauseSpec, chunks, passages
from edgebatch.config import BUNDLED_PIPELINES_DIR
from edgebatch.engines.fake import FakeEngine
from edgebatch.evaluation.contracts import evidence_is_valid
from edgebatch.pipeline import DocState, find_spec, run_stages
from edgebatch.redaction.redactor import Redactor
from edgebatch.stages import StageContext, build_stages

CONTRACTS = Path(__file__).parent / "data" / "contracts"


def _run(engine: FakeEngine, *, verify: str = "model") -> list[DocState]:
    spec = find_spec(BUNDLED_PIPELINES_DIR, "contracts")
    for stage in spec.stages:
        if stage.kind == "clauses":
            stage.options["verify"] = verify
    stages = build_stages(StageContext(spec=spec, redactor=Redactor.default(), engine_factory=lambda: engine))
    docs = [DocState(p.name, p.name, "0", text=p.read_text()) for p in sorted(CONTRACTS.glob("*.txt"))]
    run_stages(stages, docs)
    assert all(d.error is None for d in docs)
    return docs


def _clauses(doc: DocState) -> dict[str, str]:
    return {f["clause"]: f["status"] for f in json.loads(doc.outputs["clauses"])}


def test_redaction_offset_map_round_trips() -> None:
    text = "Signed by Margaret Okonkwo (415-555-0163) on March 3, 2025. Payment is due within thirty days."
    result = Redactor.default().redact(text)
    assert result.replacements, "the fixture must contain PII"
    for r_start, r_end, o_start, o_end in result.replacements:
        assert result.to_original(r_start, r_end) == (o_start, o_end)
        assert result.to_redacted(o_start, o_end) == (r_start, r_end)
    tail = result.text.index("Payment")
    start, end = result.to_original(tail, len(result.text))
    assert text[start:end] == result.text[tail:]


def test_findings_point_at_the_original_text_past_the_masks() -> None:
    docs = _run(FakeEngine(default="yes"))
    for doc in docs:
        original = (CONTRACTS / doc.doc_id).read_text()
        findings = json.loads(doc.outputs["clauses"])
        assert findings
        for f in findings:
            assert doc.redaction is not None
            start, end = doc.redaction.to_redacted(f["start"], f["end"])
            assert evidence_is_valid(original, doc.text[start:end], f["start"], f["end"])
    supply = next(d for d in docs if d.doc_id == "supply-agreement.txt")
    original = (CONTRACTS / supply.doc_id).read_text()
    law = [original[f["start"]:f["end"]] for f in json.loads(supply.outputs["clauses"])
           if f["clause"] == "governing_law"]
    assert any("governed by the laws of the State of Delaware" in evidence for evidence in law)


def test_clauses_and_risk_of_the_three_contracts() -> None:
    docs = {d.doc_id: d for d in _run(FakeEngine(default="yes"))}
    supply, nda, consulting = (docs[n] for n in ("supply-agreement.txt", "mutual-nda.txt", "consulting-agreement.txt"))
    assert {"exclusivity", "auto_renewal", "uncapped_liability", "indemnification", "assignment",
            "change_of_control", "governing_law"} <= set(_clauses(supply))
    assert {"confidentiality", "limited_use", "return_or_destroy", "post_agreement_retention",
            "termination_for_convenience", "survival", "limitation_of_liability",
            "governing_law"} <= set(_clauses(nda))
    consulting_clauses = set(_clauses(consulting))
    assert {"ip_ownership", "non_compete", "non_solicitation", "audit_rights", "governing_law"} <= consulting_clauses
    assert "non_compete" not in _clauses(nda) and "exclusivity" not in _clauses(nda)
    assert (supply.outputs["risk_level"], nda.outputs["risk_level"], consulting.outputs["risk_level"]) == (
        "high", "low", "high")
    assert "liability without a cap" in supply.outputs["risk_reasons"]
    assert "chars " in supply.outputs["risk_reasons"]


def test_model_verification_drops_what_the_model_rejects_and_fits_the_context() -> None:
    rejected = "Does the passage restrict a party from competing"
    engine = FakeEngine(lambda prompt: "no" if rejected in prompt.rsplit("Passage:", 1)[-1] else "yes",
                        context_size=160, strict_context=True)
    docs = {d.doc_id: d for d in _run(engine)}
    assert "non_compete" not in _clauses(docs["consulting-agreement.txt"])
    assert "audit_rights" in _clauses(docs["consulting-agreement.txt"])
    asked = [r for r in engine.history if r.choices == ("yes", "no")]
    assert asked and all(engine.count_tokens(r.prompt) + r.max_tokens <= 160 for r in asked)
    assert len(engine.calls) == 1, "one batched call for the whole shard"


def test_retrieval_only_never_calls_the_model() -> None:
    engine = FakeEngine(default="no")
    docs = _run(engine, verify="none")
    assert not engine.history
    assert all(json.loads(d.outputs["clauses"]) for d in docs)


@pytest.mark.parametrize(("body", "status"), [
    ("The Recipient may make copies of the Information as reasonably necessary.", "present"),
    ("The Recipient shall not copy or reproduce the Information.", "contradicted"),
    ("The Recipient shall not copy the Information except as needed for the Purpose.", "present"),
])
def test_contradiction_cues(body: str, status: str) -> None:
    spec = ClauseSpec(name="permissible_copy", question="?", patterns=[r"\bcop(?:y|ies)\b"],
                      contradiction=[r"\bshall not\s+(?:copy|reproduce)\b"])
    finder = ClauseFinder([spec])
    found = finder.find(body, chunks(passages(body), 2000, 200))
    assert [c.status for c in found] == [status]


def test_long_contracts_are_chunked_with_overlap() -> None:
    text = " ".join(f"Clause {i} says the parties agree to item {i}." for i in range(300))
    parts = passages(text)
    groups = chunks(parts, max_chars=1000, overlap_chars=150)
    assert len(groups) > 10
    assert all(g[-1].end - g[0].start <= 1000 for g in groups)
    for before, after in zip(groups, groups[1:], strict=False):
        assert after[0] in before, "consecutive chunks overlap"
    assert {p for g in groups for p in g} == set(parts), "no passage is lost"
