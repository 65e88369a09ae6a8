from __future__ import annotations

from pathlib import Path

import pytest

from edgebatch.catalog import check_spec, queue_use
from edgebatch.config import BUNDLED_PIPELINES_DIR
from edgebatch.engines.fake import FakeEngine
from edgebatch.errors import ConfigError
from edgebatch.pipeline import DocState, PipelineSpec, find_spec, load_spec, run_stages
from edgebatch.redaction.redactor import Redactor
from edgebatch.stages import StageContext, build_stages

from .conftest import SAMPLES, cli, gold_for


def _stages(spec, engine=None):
    engine = engine or FakeEngine(lambda prompt: "Normal chest radiograph without acute disease.")
    return build_stages(StageContext(spec=spec, redactor=Redactor.default(), engine_factory=lambda: engine))


@pytest.mark.parametrize("path", sorted(BUNDLED_PIPELINES_DIR.glob("*.yaml")), ids=lambda p: p.name)
def test_every_bundled_spec_loads_and_builds(path: Path) -> None:
    spec = load_spec(path)
    stages = _stages(spec)
    if spec.input == "table":
        assert all(stage.tabular for stage in stages)
        assert {"fraud_score", "fraud_decision", "reasons"} <= set(spec.output)
    else:
        assert stages[0].kind == "redact"
        filled = {s.name for s in stages if s.kind != "redact"}
        assert filled <= set(spec.output)
    check_spec(spec)


def _queued_spec(tmp_path: Path, *queues: str | None) -> PipelineSpec:
    """A redact stage then classify stages, stage i on ``queues[i]`` (None: no `queue` key)."""
    lines = ["name: q", "stages:"]
    for index, queue in enumerate(queues):
        where = f", queue: {queue}" if queue else ""
        if index == 0:
            lines.append(f"  - {{name: redact, kind: redact{where}}}")
        else:
            lines.append(f"  - {{name: label{index}, kind: classify{where},"
                         " options: {labels: [a, b], method: rules, default: a, rules: [{label: b, patterns: [x]}]}}")
    lines.append("output: {}")
    path = tmp_path / "q.yaml"
    path.write_text("\n".join(lines) + "\n")
    return load_spec(path)


def test_a_spec_without_queues_is_one_stage_group_on_the_default_queue(tmp_path: Path) -> None:
    spec = _queued_spec(tmp_path, None, None, None)
    assert [(g.queue, g.stages) for g in spec.stage_groups] == [("edgebatch.model", ("redact", "label1", "label2"))]
    assert spec.shard_queue == "edgebatch.model" and spec.queues == ["edgebatch.model"]


def test_consecutive_stages_on_one_queue_form_a_group_and_unnamed_stages_inherit_the_queue(tmp_path: Path) -> None:
    spec = _queued_spec(tmp_path, "cpu.redact", "gpu.model", None, "gpu.model", "cpu.redact")
    groups = spec.stage_groups
    assert [(g.index, g.queue, g.stages, g.start, g.end) for g in groups] == [
        (0, "cpu.redact", ("redact",), 0, 1),
        (1, "gpu.model", ("label1", "label2", "label3"), 1, 4),
        (2, "cpu.redact", ("label4",), 4, 5),
    ]
    assert spec.shard_queue == "cpu.redact", "a shard's first task goes to its first group's queue"
    assert spec.queues == ["cpu.redact", "gpu.model"]


def test_a_first_stage_without_a_queue_runs_on_the_default_queue(tmp_path: Path) -> None:
    spec = _queued_spec(tmp_path, None, "gpu.model", None)
    assert [(g.queue, g.stages) for g in spec.stage_groups] == [
        ("edgebatch.model", ("redact",)), ("gpu.model", ("label1", "label2"))]


def test_a_stage_keeps_its_own_model(tmp_path: Path) -> None:
    spec = tmp_path / "q.yaml"
    spec.write_text("name: q\nstages:\n  - {name: redact, kind: redact, queue: cpu.redact}\n"
                    "  - {name: label, kind: classify, queue: gpu.model, model: gemma3-270m,\n"
                    "     options: {labels: [a, b], method: rules, default: a, rules: []}}\n"
                    "output: {label: {type: string}}\n")
    loaded = load_spec(spec)
    assert [s.model for s in loaded.stages] == [None, "gemma3-270m"]


def test_a_table_pipeline_refuses_stages_on_two_queues(tmp_path: Path) -> None:
    spec = tmp_path / "t.yaml"
    spec.write_text("name: t\ninput: table\nstages:\n  - {name: a, kind: score, queue: x}\n"
                    "  - {name: b, kind: score, queue: y}\noutput: {}\n")
    with pytest.raises(ConfigError, match="runs all its stages in one task"):
        load_spec(spec)


def test_only_stages_that_run_a_model_make_a_queue_a_model_queue(tmp_path: Path) -> None:
    folder = tmp_path / "specs"
    folder.mkdir()
    radiology = (BUNDLED_PIPELINES_DIR / "radiology.yaml").read_text().replace(
        "prompts/", str(BUNDLED_PIPELINES_DIR / "prompts") + "/")
    (folder / "radiology.yaml").write_text(radiology)
    (folder / "rules.yaml").write_text(_queued_spec(tmp_path, "cpu.redact", "rules.only").model_dump_json())
    use = queue_use(folder)
    assert use.queues == ["edgebatch.redact", "edgebatch.model", "cpu.redact", "rules.only"]
    assert use.model_queues == {"edgebatch.model"}, "redaction and rule-only classification need no model"


def test_a_table_pipeline_refuses_document_stages(tmp_path: Path) -> None:
    spec = tmp_path / "t.yaml"
    spec.write_text("name: t\ninput: table\nstages:\n  - {name: redact, kind: redact}\noutput: {}\n")
    with pytest.raises(ConfigError, match="needs table stages only"):
        check_spec(load_spec(spec))


def test_pipelines_cli_lists_shows_and_validates(tmp_path: Path, env: dict[str, str]) -> None:
    listing = cli("pipelines", "list", env=env).stdout
    assert "radiology" in listing and "transactions" in listing and "INVALID" not in listing
    shown = cli("pipelines", "show", "transactions", env=env).stdout
    assert "stage_groups:\n- queue: edgebatch.model\n  stages:\n  - score\n" in shown
    assert "model: fraud-lr-v1" in shown
    assert "edgebatch.redact[redact:redact] -> edgebatch.model[summary:summarize," in listing
    radiology = cli("pipelines", "show", "radiology", env=env).stdout
    assert "- queue: edgebatch.redact\n  stages:\n  - redact\n- queue: edgebatch.model\n" in radiology
    bad = tmp_path / "mine" / "bad.yaml"
    bad.parent.mkdir()
    bad.write_text("name: bad\ninput: table\nstages:\n  - name: score\n    kind: score\n"
                   "    options: {threshold: 0.5, treshold: 2}\noutput: {}\n")
    result = cli("pipelines", "validate", str(bad), env=env, check=False)
    assert result.returncode == 2 and "treshold" in result.stderr
    bad.write_text("name: bad\nstages: []\noutput: {}\nqueue: x\n")
    result = cli("pipelines", "validate", str(bad), env=env, check=False)
    assert result.returncode == 2 and "bad.yaml:4: queue: Extra inputs are not permitted" in result.stderr
    own = {**env, "EDGEBATCH_PIPELINES_DIR": str(bad.parent)}
    assert "bad" in cli("pipelines", "list", env=own).stdout and "INVALID" in cli("pipelines", "list", env=own).stdout


def test_unknown_key_is_rejected_with_the_file_name(tmp_path: Path) -> None:
    spec = tmp_path / "bad.yaml"
    spec.write_text("name: bad\nstages: []\noutput: {}\nshard_sise: 3\n")
    with pytest.raises(ConfigError, match=r"bad\.yaml:4: shard_sise: Extra inputs are not permitted"):
        load_spec(spec)


def test_model_stage_before_redaction_is_refused(tmp_path: Path) -> None:
    (tmp_path / "p.txt").write_text("{document}\nSummary:")
    spec = tmp_path / "p.yaml"
    spec.write_text("name: p\nstages:\n  - {name: summary, kind: summarize, options: {prompt: p.txt}}\n"
                    "output: {summary: {type: string}}\n")
    with pytest.raises(ConfigError, match="first stage must be `redact`"):
        _stages(load_spec(spec))


def test_unknown_pipeline_name_lists_the_known_ones() -> None:
    with pytest.raises(ConfigError, match="radiology"):
        find_spec(BUNDLED_PIPELINES_DIR, "nope")


def _sample_docs() -> list[DocState]:
    import json

    docs = []
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix == ".jsonl":
            for line in path.read_text().splitlines():
                record = json.loads(line)
                docs.append(DocState(record["custom_id"], path.name, "0", text=record["text"]))
        elif path.suffix in (".txt", ".md"):
            docs.append(DocState(path.name, path.name, "0", text=path.read_text()))
    return docs


def test_radiology_labels_match_the_samples_gold() -> None:
    spec = find_spec(BUNDLED_PIPELINES_DIR, "radiology")
    docs = _sample_docs()
    run_stages(_stages(spec), docs)
    assert all(doc.error is None for doc in docs)
    wrong = [(d.doc_id, d.outputs["normal_abnormal"], d.outputs["urgency"]) for d in docs
             if (d.outputs["normal_abnormal"], d.outputs["urgency"])
             != (gold_for(d.doc_id)["normal_abnormal"], gold_for(d.doc_id)["urgency"])]
    assert not wrong


def _radiology(**summary_options: object):
    spec = find_spec(BUNDLED_PIPELINES_DIR, "radiology").model_copy(deep=True)
    spec.stages[1].options.update(summary_options)
    return spec


def test_summary_output_is_rescanned_for_pii() -> None:
    engine = FakeEngine(lambda prompt: "Dr. Karen Whitlock reviewed the small effusion.")
    docs = [DocState("d", "d", "0", text="FINDINGS: Small effusion.\nIMPRESSION: Small effusion.")]
    run_stages(_stages(_radiology(grounding=0.0), engine), docs)
    summary = docs[0].outputs["summary"]
    assert "Whitlock" not in summary and "Karen" not in summary and "small effusion" in summary
    assert docs[0].pii_in_outputs >= 1


def test_an_ungrounded_summary_is_retried_then_replaced_by_the_impression() -> None:
    engine = FakeEngine(lambda prompt: "The patient is a 24-year-old female with a history of asthma.")
    report = "FINDINGS: Lungs are clear. No effusion.\nIMPRESSION: No acute cardiopulmonary process."
    docs = [DocState("d", "d", "0", text=report)]
    run_stages(_stages(_radiology(), engine), docs)
    assert len(engine.history) == 2  # one try, one retry with a forced start
    assert docs[0].outputs["summary"] == "No acute cardiopulmonary process."
    assert docs[0].outputs["summary_method"] == "extractive"


def test_a_grounded_summary_is_kept() -> None:
    engine = FakeEngine(lambda prompt: "No acute cardiopulmonary process; lungs are clear.")
    docs = [DocState("d", "d", "0", text="FINDINGS: Lungs are clear.\nIMPRESSION: No acute cardiopulmonary process.")]
    run_stages(_stages(_radiology(), engine), docs)
    assert docs[0].outputs["summary_method"] == "model"
    assert "cardiopulmonary" in docs[0].outputs["summary"]


def test_list_markers_copied_from_the_report_are_not_part_of_the_summary() -> None:
    report = "FINDINGS: Large hemorrhage with mass effect.\nIMPRESSION:\n1. Large hemorrhage with mass effect.\n2. No fracture."
    for answer in ("- Large hemorrhage with mass effect. 2.", "1. Large hemorrhage with mass effect. 2",
                   "* Large hemorrhage with mass effect."):
        docs = [DocState("d", "d", "0", text=report)]
        run_stages(_stages(_radiology(), FakeEngine(lambda prompt, answer=answer: answer)), docs)
        assert docs[0].outputs["summary"] == "Large hemorrhage with mass effect.", answer
        assert docs[0].outputs["summary_method"] == "model"


def test_summary_requests_give_up_on_invented_numbers_and_never_open_a_tag() -> None:
    engine = FakeEngine(lambda prompt: "Simple cyst of 2.4 cm.")
    report = "FINDINGS: A 2.4 cm simple cyst.\nIMPRESSION: Simple cyst, 2.4 cm."
    run_stages(_stages(_radiology(), engine), [DocState("d", "d", "0", text=report)])
    [request] = engine.history
    assert "<" in request.never_start
    give_up = request.give_up
    assert give_up("The patient is a 24-year-old")  # an age the report does not hold
    assert not give_up("A 2.4 cm cyst")  # the report's own number
    assert not give_up("1. Simple cyst")  # a list marker, stripped before the check
    assert not give_up("The patient is a 2")  # a number still being written
    assert _stages(_radiology(grounding=0.0), engine)[1]._give_up(report) is None


def test_invalid_model_output_becomes_a_document_error_after_one_retry() -> None:
    engine = FakeEngine(lambda prompt: "")
    docs = [DocState("d", "d", "0", text="FINDINGS: Normal.")]
    run_stages(_stages(_radiology(fallback="error"), engine), docs)
    assert docs[0].error is not None and docs[0].error.code == "invalid_model_output"
    assert len(engine.history) == 2  # one try, one retry


def test_long_documents_are_chunked_not_truncated() -> None:
    spec = find_spec(BUNDLED_PIPELINES_DIR, "radiology")
    engine = FakeEngine(lambda prompt: "Chunk summary with enough words.", context_size=600)
    paragraph = "Findings describe a stable small nodule in the left lung. " * 20
    docs = [DocState("long", "long", "0", text="\n\n".join([paragraph] * 6))]
    run_stages(_stages(spec, engine), docs)
    assert docs[0].error is None
    assert len(engine.history) > 1
    assert all(engine.count_tokens(r.prompt) + r.max_tokens <= engine.max_prompt_tokens for r in engine.history)


def test_a_stage_with_its_own_model_gets_that_models_engine(tmp_path: Path) -> None:
    (tmp_path / "p.txt").write_text("{document}\nSummary:")
    spec = tmp_path / "m.yaml"
    spec.write_text("name: m\nstages:\n  - {name: redact, kind: redact}\n"
                    "  - {name: short, kind: summarize, options: {prompt: p.txt}}\n"
                    "  - {name: long, kind: summarize, model: bigger, options: {prompt: p.txt}}\n"
                    "output: {short: {type: string}, long: {type: string}}\n")
    default = FakeEngine(lambda prompt: "from the default model here", name="default")
    engines: dict[str, FakeEngine] = {}

    def by_name(name: str) -> FakeEngine:
        return engines.setdefault(name, FakeEngine(lambda prompt: f"from the {name} model here", name=name))

    context = StageContext(spec=load_spec(spec), redactor=Redactor.default(), engine_factory=lambda: default,
                           model_engine_factory=by_name)
    docs = [DocState("d", "d", "0", text="FINDINGS: Normal.")]
    run_stages(build_stages(context), docs)
    assert docs[0].outputs == {"short": "from the default model here", "long": "from the bigger model here"}
    assert list(engines) == ["bigger"] and len(default.history) == 1


def test_a_stage_failing_on_one_document_fails_only_that_document() -> None:
    from edgebatch.stages.base import Stage

    class Fragile(Stage):
        kind = "fragile"
        needs_redacted_text = False

        def run(self, docs: list[DocState]) -> None:
            if any("POISON" in doc.text for doc in docs):
                raise RuntimeError("content-dependent crash")
            for doc in docs:
                doc.outputs[self.name] = "ok"

    spec = _radiology(grounding=0.0)
    stage = Fragile("fragile", {}, StageContext(spec=spec, redactor=Redactor.default(ner=False),
                                                 engine_factory=FakeEngine))
    docs = [DocState(f"d{i}", "s", "0", text="POISON" if i == 2 else "fine") for i in range(4)]
    run_stages([stage], docs)
    assert [d.error.code if d.error else d.outputs["fragile"] for d in docs] == ["ok", "ok", "stage_failed", "ok"]
    assert "POISON" not in docs[2].error.message


def test_only_a_public_pipeline_may_leave_redaction_out(tmp_path: Path) -> None:
    rules = ("options: {labels: [a, b], method: rules, default: a, rules: [{label: b, patterns: [beta]}]}")
    for classification, allowed in (("public", True), ("internal", False), ("restricted", False)):
        spec = tmp_path / f"{classification}.yaml"
        spec.write_text(f"name: p\ndata_classification: {classification}\nstages:\n"
                        f"  - {{name: label, kind: classify, {rules}}}\noutput: {{label: {{type: string}}}}\n")
        if not allowed:
            with pytest.raises(ConfigError, match="first stage must be `redact`"):
                _stages(load_spec(spec))
            continue
        docs = [DocState("d", "d", "0", text="alpha beta")]
        run_stages(_stages(load_spec(spec)), docs)
        assert docs[0].outputs["label"] == "b" and docs[0].text == "alpha beta"


def test_a_summary_keeps_its_first_sentence_and_the_model_stops_after_it() -> None:
    engine = FakeEngine(lambda prompt: "Small effusion seen by Dr. [NAME] vs. atelectasis. Lungs are otherwise clear.")
    report = "FINDINGS: Small effusion or atelectasis, lungs otherwise clear.\nIMPRESSION: Small effusion."
    docs = [DocState("d", "d", "0", text=report)]
    run_stages(_stages(_radiology(grounding=0.0), engine), docs)
    assert docs[0].outputs["summary"] == "Small effusion seen by Dr. [NAME] vs. atelectasis."
    stop_at = engine.history[0].stop_at  # what the llama.cpp engine checks after each token
    assert stop_at("1. Mild cardiomegaly") == -1  # a list number ends no sentence
    assert stop_at("Nodule in the R. upper lobe.") == -1  # an initial neither; nor the last stop yet
    assert stop_at("Mild cardiomegaly. No") == len("Mild cardiomegaly.")
    assert stop_at("Mild cardiomegaly. [DATE]") == len("Mild cardiomegaly.")
    assert _stages(_radiology(sentences=0), engine)[1]._request(report).stop_at is None
    two = _stages(_radiology(sentences=2), engine)[1]._request(report).stop_at
    assert two("Mild cardiomegaly. No effusion. Clear") == len("Mild cardiomegaly. No effusion.")
