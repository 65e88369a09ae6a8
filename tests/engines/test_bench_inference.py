"""``edgebatch bench inference``: its report, on a tiny run with the real model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from edgebatch.config import Settings
from edgebatch.engines import bench

from ..conftest import cli


@pytest.fixture(scope="module")
def model_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    base = tmp_path_factory.mktemp("bench-inference")
    return {"EDGEBATCH_DATA_DIR": str(base / "data"), "EDGEBATCH_ENGINE": "llamacpp",
            "EDGEBATCH_MODELS_DIR": str(base / "models")}


def test_percentile_interpolates_between_ranks() -> None:
    assert bench._percentile([10.0, 20.0, 30.0, 40.0], 50) == 25.0
    assert bench._percentile([10.0, 20.0, 30.0, 40.0], 95) == pytest.approx(38.5)
    assert bench._percentile([], 95) == 0.0


def test_agreement_counts_identical_outputs_and_word_similarity() -> None:
    out = bench._agreement(["no acute findings", "small effusion"], ["no acute findings", "large effusion"])
    assert out["agreement_with_raw"] == 0.5
    assert 0.5 < out["similarity_with_raw"] < 1.0


def test_documents_come_from_jsonl_or_a_folder(tmp_path: Path) -> None:
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text('{"id": "a", "text": "one"}\n{"id": "b", "text": ""}\n{"id": "c", "text": "three"}\n')
    assert bench.load_documents(jsonl, 2) == [("a", "one"), ("c", "three")]
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "x.txt").write_text("report x")
    assert bench.load_documents(folder, 1) == [("x", "report x")]
    with pytest.raises(Exception, match="asked for more"):
        bench.load_documents(folder, 5)


@pytest.mark.model
def test_prompts_are_the_pipelines_redacted_prompts(model_env: dict[str, str]) -> None:
    from edgebatch.models import get_model, model_path
    from edgebatch.pipeline import find_spec

    settings = Settings.load(data_dir=model_env["EDGEBATCH_DATA_DIR"], models_dir=model_env["EDGEBATCH_MODELS_DIR"])
    spec = find_spec(settings.pipelines_dir, "radiology")
    text = ("EXAM: CT HEAD. Patient John Smith, MRN 12345678.\nFINDINGS: No acute hemorrhage.\n"
            "IMPRESSION: No acute intracranial abnormality.\n")
    prompts = bench.pipeline_prompts(spec, [("d1", text)], str(model_path(settings, get_model(settings))), 512)
    assert len(prompts) == 1 and prompts[0]["doc"] == 0
    assert "John Smith" not in prompts[0]["prompt"] and "12345678" not in prompts[0]["prompt"]
    assert "No acute intracranial abnormality" in prompts[0]["prompt"]
    assert prompts[0]["max_tokens"] == 60 and prompts[0]["stop"] == ["\n"]


@pytest.mark.model
def test_bench_inference_reports_every_variant(model_env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    cli("bench", "inference", "--n", "2", "--repeat", "1", "--scaling-n", "2", "--json", str(out), env=model_env,
        timeout=1500)
    report = json.loads(out.read_text())
    variants = {v["variant"]: v for v in report["variants"]}
    assert list(variants) == ["raw", "engine", "batched", "pipeline"]
    for row in variants.values():
        assert row["docs_per_s"] > 0 and row["p95_ms"] >= row["p50_ms"] > 0
        assert row["rss_mb"] > 0 and row["pss_mb"] > 0
        assert row["generated_tokens_per_s"] > 0
    assert 0 <= variants["batched"]["agreement_with_raw"] <= 1
    for ratio in ("pipeline_vs_raw", "batched_vs_raw", "engine_vs_raw"):
        assert report[ratio] > 0
    scaling = report["scaling"]
    assert scaling["two_vs_one"] > 0 and len(scaling["two_processes"]["children"]) == 2
    assert scaling["second_process_added_mb"] > 0


def test_shaped_prompts_are_each_documents_first_tokens(model_env: dict[str, str]) -> None:
    from edgebatch.models import get_model, model_path

    settings = Settings.load(data_dir=model_env["EDGEBATCH_DATA_DIR"], models_dir=model_env["EDGEBATCH_MODELS_DIR"])
    model = str(model_path(settings, get_model(settings)))
    long = "FINDINGS: " + "The lungs are clear without focal consolidation or effusion. " * 20
    prompts = bench.shaped_prompts([("a", long), ("b", "No acute findings.")], model, 32, 48)
    assert [p["doc"] for p in prompts] == [0, 1]
    assert all(p["max_tokens"] == 48 and p["stop"] == [] for p in prompts)
    assert long.startswith(prompts[0]["prompt"]) and 100 < len(prompts[0]["prompt"]) < 200  # 32 tokens
    assert prompts[1]["prompt"] == "No acute findings."


def test_a_malformed_shape_is_refused() -> None:
    result = cli("bench", "inference", "--shape", "128", env={}, check=False)
    assert result.returncode == 2 and "expected P:G" in result.stderr


@pytest.mark.model
def test_bench_inference_in_the_anchor_shape_runs_the_engine_variants(model_env: dict[str, str],
                                                                      tmp_path: Path) -> None:
    out = tmp_path / "shape.json"
    cli("bench", "inference", "--n", "2", "--repeat", "1", "--shape", "32:8", "--json", str(out), env=model_env,
        timeout=900)
    report = json.loads(out.read_text())
    assert report["shape"] == {"prompt_tokens": 32, "max_tokens": 8}
    assert [v["variant"] for v in report["variants"]] == ["raw", "engine", "batched"]
    assert "pipeline_vs_raw" not in report and "scaling" not in report and report["batched_vs_raw"] > 0
    assert all(v["generated_tokens_per_s"] > 0 for v in report["variants"])
