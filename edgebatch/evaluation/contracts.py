"""``edgebatch eval contracts``: the contracts pipeline on ContractNLI against a keyword baseline.

ContractNLI gives, for each contract and each of 17 hypotheses, Entailment / Contradiction /
NotMentioned. Each hypothesis maps to one clause detector of the contracts spec: a finding with
status ``present`` predicts Entailment, ``contradicted`` predicts Contradiction, none predicts
NotMentioned. The baseline predicts Entailment when any of the hypothesis's keywords occurs in the
contract. Scores: per hypothesis precision/recall/F1 for Entailment and Contradiction; macro F1 is
the mean F1 over every (hypothesis, label) with gold support, and the Entailment-only macro F1 is
reported too (the baseline cannot predict Contradiction at all).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..engines.base import Engine
from ..pipeline import DocState, PipelineSpec, run_stages
from ..redaction.base import MASK_PATTERN
from ..redaction.redactor import Redactor
from ..stages import StageContext, build_stages
from .metric import Score, score

ENTAILMENT, CONTRADICTION, NOT_MENTIONED = "Entailment", "Contradiction", "NotMentioned"
LABELS = (ENTAILMENT, CONTRADICTION)
DEFAULT_DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "contracts"


@dataclass(frozen=True)
class Hypothesis:
    """How one ContractNLI hypothesis is read from the findings, and its baseline keywords."""

    clause: str
    keywords: tuple[str, ...]
    present: str = ENTAILMENT  # label when the clause is found without a contradiction cue
    otherwise: str | None = None  # a clause whose finding means Contradiction when ``clause`` is absent


HYPOTHESES: dict[str, Hypothesis] = {
    "nda-1": Hypothesis("explicit_identification",
                        ("marked", "designated as confidential", "identified as confidential")),
    "nda-2": Hypothesis("broad_definition", ("technical",), present=CONTRADICTION),
    "nda-3": Hypothesis("oral_information", ("oral", "verbal")),
    "nda-4": Hypothesis("limited_use", ("purpose",)),
    "nda-5": Hypothesis("share_employees", ("employees",)),
    "nda-7": Hypothesis("share_third_parties", ("consultant", "advisor", "adviser", "agents"),
                        otherwise="third_party_prohibition"),
    "nda-8": Hypothesis("compelled_disclosure_notice", ("required by law", "subpoena", "court order")),
    "nda-10": Hypothesis("agreement_confidentiality", ("existence", "terms of this agreement")),
    "nda-11": Hypothesis("reverse_engineering", ("reverse engineer", "decompile", "disassemble")),
    "nda-12": Hypothesis("independent_development", ("independently develop", "developed independently")),
    "nda-13": Hypothesis("third_party_receipt", ("third party",)),
    "nda-15": Hypothesis("no_license", ("license", "licence")),
    "nda-16": Hypothesis("return_or_destroy", ("return", "destroy")),
    "nda-17": Hypothesis("permissible_copy", ("copy", "copies", "reproduce")),
    "nda-18": Hypothesis("non_solicitation", ("solicit",)),
    "nda-19": Hypothesis("survival", ("surviv",)),
    "nda-20": Hypothesis("post_agreement_retention", ("retain",)),
}


@dataclass
class SystemResult:
    """Predicted labels of one system, keyed by (contract id, hypothesis id)."""

    name: str
    predicted: dict[tuple[str, str], str] = field(default_factory=dict)
    findings: int = 0  # clause findings output (after model verification, if any)


@dataclass
class ContractsReport:
    systems: list[SystemResult]
    gold: dict[tuple[str, str], str]
    descriptions: dict[str, str]
    documents: int
    findings: int
    bad_offsets: int
    seconds: dict[str, float]
    engine: str

    def scores(self, system: SystemResult) -> dict[str, dict[str, Score]]:
        out: dict[str, dict[str, Score]] = {}
        for hyp in HYPOTHESES:
            keys = [k for k in self.gold if k[1] == hyp]
            gold = [self.gold[k] for k in keys]
            pred = [system.predicted.get(k, NOT_MENTIONED) for k in keys]
            out[hyp] = {label: score(gold, pred, label) for label in LABELS}
        return out

    def macro_f1(self, system: SystemResult, labels: tuple[str, ...] = LABELS) -> float:
        f1s = [s[label].f1 for s in self.scores(system).values() for label in labels if s[label].support]
        return sum(f1s) / len(f1s) if f1s else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents, "pairs": len(self.gold), "engine": self.engine,
            "findings": self.findings, "findings_with_bad_offsets": self.bad_offsets, "seconds": self.seconds,
            "systems": {
                s.name: {
                    "macro_f1": round(self.macro_f1(s), 4), "findings": s.findings,
                    "macro_f1_entailment": round(self.macro_f1(s, (ENTAILMENT,)), 4),
                    "per_hypothesis": {
                        h: {label: {"precision": round(sc.precision, 3), "recall": round(sc.recall, 3),
                                    "f1": round(sc.f1, 3), "support": sc.support}
                            for label, sc in per.items()}
                        for h, per in self.scores(s).items()
                    },
                }
                for s in self.systems
            },
        }


Gold = dict[tuple[str, str], str]


def load(data_dir: Path, limit: int | None = None, skip: int = 0) -> tuple[list[dict[str, Any]], Gold, dict[str, str]]:
    """Contracts (id, text), gold labels and hypothesis short descriptions from ``data_dir``."""
    docs = [json.loads(line) for line in (data_dir / "contractnli_test_docs.jsonl").read_text().splitlines() if line]
    docs = docs[skip:skip + limit] if limit else docs[skip:]
    wanted = {d["id"] for d in docs}
    gold: dict[tuple[str, str], str] = {}
    descriptions: dict[str, str] = {}
    for line in (data_dir / "contractnli_test_pairs.jsonl").read_text().splitlines():
        pair = json.loads(line)
        doc_id = f"cnli-{pair['doc_id']}"
        descriptions[pair["hypothesis_id"]] = pair["short_description"]
        if doc_id in wanted and pair["hypothesis_id"] in HYPOTHESES:
            gold[(doc_id, pair["hypothesis_id"])] = pair["label"]
    return docs, gold, descriptions


def keyword_baseline(docs: list[dict[str, Any]]) -> SystemResult:
    """Entailment when any keyword of the hypothesis occurs anywhere in the contract."""
    result = SystemResult("keyword baseline")
    for doc in docs:
        low = doc["text"].lower()
        for hyp_id, hyp in HYPOTHESES.items():
            hit = any(k in low for k in hyp.keywords)
            result.predicted[(doc["id"], hyp_id)] = ENTAILMENT if hit else NOT_MENTIONED
    return result


def labels_from_findings(findings: list[dict[str, Any]]) -> dict[str, str]:
    """The predicted label per hypothesis id, from one contract's clause findings."""
    statuses: dict[str, set[str]] = {}
    for f in findings:
        statuses.setdefault(f["clause"], set()).add(f["status"])
    out = {}
    for hyp_id, hyp in HYPOTHESES.items():
        found = statuses.get(hyp.clause, set())
        if "contradicted" in found:
            out[hyp_id] = CONTRADICTION
        elif "present" in found:
            out[hyp_id] = hyp.present
        elif hyp.otherwise and statuses.get(hyp.otherwise):
            out[hyp_id] = CONTRADICTION
        else:
            out[hyp_id] = NOT_MENTIONED
    return out


def evidence_is_valid(original: str, redacted_passage: str, start: int, end: int) -> bool:
    """True when ``original[start:end]`` holds every unmasked piece of the redacted passage, in order."""
    if not 0 <= start < end <= len(original):
        return False
    window = original[start:end]
    pos = 0
    for piece in re.split(MASK_PATTERN, redacted_passage):
        piece = piece.strip()
        if not piece:
            continue
        found = window.find(piece, pos)
        if found < 0:
            return False
        pos = found + len(piece)
    return True


def run_pipeline(spec: PipelineSpec, docs: list[dict[str, Any]], *, verify: bool,
                 engine_factory: Callable[[], Engine], redactor: Redactor) -> tuple[SystemResult, int, int]:
    """Run the spec's stages over the contracts; predicted labels, findings and bad offsets."""
    spec = spec.model_copy(deep=True)
    for stage in spec.stages:
        if stage.kind == "clauses":
            stage.options["verify"] = "model" if verify else "none"
    stages = build_stages(StageContext(spec=spec, redactor=redactor, engine_factory=engine_factory))
    name = "pipeline (retrieval + model)" if verify else "pipeline (retrieval only)"
    result = SystemResult(name)
    findings_total = bad = 0
    clause_stage = next(s for s in stages if s.kind == "clauses")
    batch = 4
    for i in range(0, len(docs), batch):
        states = [DocState(d["id"], d["id"], "0", text=d["text"]) for d in docs[i:i + batch]]
        originals = {d["id"]: d["text"] for d in docs[i:i + batch]}
        run_stages(stages, states)
        for state in states:
            if state.error is not None:
                continue
            findings = json.loads(state.outputs[clause_stage.name])
            findings_total += len(findings)
            for f in findings:
                redacted_passage = _redacted_passage(state, f)
                if not evidence_is_valid(originals[state.doc_id], redacted_passage, f["start"], f["end"]):
                    bad += 1
            for hyp_id, label in labels_from_findings(findings).items():
                result.predicted[(state.doc_id, hyp_id)] = label
    result.findings = findings_total
    return result, findings_total, bad


def _redacted_passage(state: DocState, finding: dict[str, Any]) -> str:
    """The redacted text of a finding (its original span mapped back into the redacted text)."""
    assert state.redaction is not None
    start, end = state.redaction.to_redacted(finding["start"], finding["end"])
    return state.text[start:end]


def evaluate(spec: PipelineSpec, data_dir: Path, *, limit: int | None, skip: int = 0, engine_name: str,
             engine_factory: Callable[[], Engine]) -> ContractsReport:
    """Baseline, retrieval-only pipeline and (with a real engine) retrieval + model verification."""
    docs, gold, descriptions = load(data_dir, limit, skip)
    redactor = Redactor.default()
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    systems = [keyword_baseline(docs)]
    seconds[systems[0].name] = time.perf_counter() - started
    started = time.perf_counter()
    retrieval, findings, bad = run_pipeline(spec, docs, verify=False, engine_factory=engine_factory, redactor=redactor)
    seconds[retrieval.name] = time.perf_counter() - started
    systems.append(retrieval)
    if engine_name != "fake":  # the fake engine answers "yes" to everything: same as retrieval only
        started = time.perf_counter()
        verified, n, b = run_pipeline(spec, docs, verify=True, engine_factory=engine_factory, redactor=redactor)
        seconds[verified.name] = time.perf_counter() - started
        systems.append(verified)
        findings, bad = findings + n, bad + b
    return ContractsReport(systems, gold, descriptions, len(docs), findings, bad, seconds, engine_name)


def format_report(report: ContractsReport) -> str:
    """A plain-text table: per hypothesis P/R for Entailment and Contradiction, per system."""
    lines = [f"ContractNLI: {report.documents} contracts, {len(report.gold)} pairs, engine {report.engine}"]
    header = f"{'hypothesis':<40}" + "".join(f" | {s.name[:28]:<28}" for s in report.systems)
    lines += [header, f"{'':<40}" + " | E P/R/F1      C P/R/F1    " * len(report.systems), "-" * len(header)]
    all_scores = [report.scores(s) for s in report.systems]
    for hyp in HYPOTHESES:
        row = f"{hyp + ' ' + report.descriptions.get(hyp, ''):<40.40}"
        for scores in all_scores:
            e, c = scores[hyp][ENTAILMENT], scores[hyp][CONTRADICTION]
            cell = f"{e.precision:.2f}/{e.recall:.2f}/{e.f1:.2f} "
            cell += f"{c.precision:.2f}/{c.recall:.2f}/{c.f1:.2f}" if c.support else "      -       "
            row += f" | {cell:<28}"
        lines.append(row)
    lines.append("-" * len(header))
    for s in report.systems:
        found = f"  {s.findings} findings" if s.name.startswith("pipeline") else ""
        lines.append(f"{s.name:<30} macro F1 {report.macro_f1(s):.3f}  "
                     f"(Entailment only {report.macro_f1(s, (ENTAILMENT,)):.3f})  {report.seconds[s.name]:.1f}s{found}")
    lines.append(f"evidence offsets: {report.findings - report.bad_offsets}/{report.findings} findings point at "
                 "their text in the original document")
    return "\n".join(lines)
