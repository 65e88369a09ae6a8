from __future__ import annotations

import json
from pathlib import Path

import pytest

from edgebatch.config import BUNDLED_PIPELINES_DIR
from edgebatch.engines.fake import FakeEngine
from edgebatch.evaluation import contracts, radiology
from edgebatch.pipeline import find_spec

from .conftest import REPO, SHARED_DATA, cli

GOLD = REPO / "tests" / "data"
CONTRACT_DATA = SHARED_DATA / "contracts"


@pytest.mark.parametrize("name", ["radiology_cxr_gold.jsonl", "radiology_cxr_blind.jsonl"])
def test_radiology_rules_reach_f1_085_for_abnormal_and_beat_the_impression_keywords(name: str) -> None:
    report = radiology.evaluate(find_spec(BUNDLED_PIPELINES_DIR, "radiology"), GOLD / name)
    scores = report.scores()
    assert report.errors == 0 and len(report.gold) >= 30
    assert scores["pipeline rules"].f1 >= 0.85
    assert scores["pipeline rules"].f1 > scores["keyword on impression"].f1


def test_eval_radiology_command_prints_the_scores(env: dict[str, str]) -> None:
    out = json.loads(cli("eval", "radiology", "--gold", str(GOLD / "radiology_cxr_gold.jsonl"), "--json",
                         env=env).stdout)
    assert out["reports"] == 73 and set(out["systems"]) == {"pipeline rules", "keyword on impression"}


def test_eval_radiology_rejects_a_line_without_a_label(tmp_path: Path, env: dict[str, str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": "No effusion.", "label": "fine"}) + "\n")
    result = cli("eval", "radiology", "--gold", str(bad), env=env, check=False)
    assert result.returncode != 0 and "bad.jsonl:1" in result.stderr


@pytest.mark.skipif(not CONTRACT_DATA.is_dir(), reason="needs ../shared/data/contracts")
def test_contract_pipeline_beats_the_keyword_baseline_and_its_offsets_hold() -> None:
    spec = find_spec(BUNDLED_PIPELINES_DIR, "contracts")
    report = contracts.evaluate(spec, CONTRACT_DATA, limit=25, skip=70, engine_name="fake",
                                engine_factory=FakeEngine)
    baseline, pipeline = report.systems
    assert report.findings > 100 and report.bad_offsets == 0
    assert report.macro_f1(pipeline) > report.macro_f1(baseline)
    per = report.scores(pipeline)
    assert set(per) == set(contracts.HYPOTHESES)


@pytest.mark.skipif(not CONTRACT_DATA.is_dir(), reason="needs ../shared/data/contracts")
def test_eval_contracts_command_reports_every_hypothesis(env: dict[str, str]) -> None:
    out = json.loads(cli("eval", "contracts", "--limit", "5", "--engine", "fake", "--json", env=env).stdout)
    assert out["documents"] == 5 and out["pairs"] == 5 * 17
    assert set(out["systems"]["pipeline (retrieval only)"]["per_hypothesis"]) == set(contracts.HYPOTHESES)
