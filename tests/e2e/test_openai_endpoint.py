"""The radiology pipeline through `edgebatch run` with its model served by an OpenAI-compatible
endpoint (a real llama_cpp.server), chosen by a registry entry with `engine: openai`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ..conftest import LLAMA_SERVER_KEY, SAMPLES, cli

pytestmark = [pytest.mark.model, pytest.mark.e2e]
DOCS = sorted(SAMPLES.glob("*.txt"))[:3]


def _jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _endpoint_env(env: dict[str, str], tmp_path: Path, base_url: str, **options: object) -> dict[str, str]:
    extra = "".join(f"    {key}: {value}\n" for key, value in options.items())
    registry = tmp_path / "models.yaml"
    registry.write_text(f"models:\n  remote-gemma:\n    engine: openai\n    base_url: {base_url}\n"
                        f"    model: gemma3-270m\n    api_key_env: EB_ENDPOINT_KEY\n    context_size: 2048\n{extra}")
    return {**env, "EDGEBATCH_ENGINE": "llamacpp", "EDGEBATCH_MODELS_FILE": str(registry),
            "EDGEBATCH_MODEL": "remote-gemma", "EB_ENDPOINT_KEY": LLAMA_SERVER_KEY}


def _three_docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for doc in DOCS:
        shutil.copy(doc, folder / doc.name)
    return folder


def test_radiology_run_through_an_openai_endpoint(env: dict[str, str], tmp_path: Path, llama_server) -> None:
    env = _endpoint_env(env, tmp_path, llama_server.base_url)
    run = cli("run", str(_three_docs(tmp_path)), "--pipeline", "radiology", "--procs", "1", "--json", env=env,
              timeout=900)
    summary = json.loads(run.stdout)
    assert summary["status"] == "completed"
    assert (summary["total"], summary["succeeded"], summary["errored"]) == (3, 3, 0)
    identity = f"endpoint:{llama_server.base_url}#gemma3-270m"
    batch = summary["batch_id"]
    results = _jsonl(cli("results", batch, "--format", "jsonl", env=env).stdout)
    audit = _jsonl(cli("results", batch, "--dataset", "audit", "--format", "jsonl", env=env).stdout)
    assert sorted(r["doc_id"] for r in results) == sorted(d.name for d in DOCS)
    for row in results:
        assert (row["model"], row["model_sha256"]) == ("remote-gemma", identity)
        assert row["summary"].strip()
        assert row["normal_abnormal"] in ("normal", "abnormal")
        assert row["tokens_in"] > 0 and row["tokens_out"] > 0  # the server's usage
    assert len(audit) == 3 and all((r["model"], r["model_sha256"]) == ("remote-gemma", identity) for r in audit)
    assert "POST /v1/completions" in llama_server.log.read_text()
    written = b"".join(p.read_bytes() for p in Path(env["EDGEBATCH_DATA_DIR"]).rglob("*") if p.is_file())
    assert LLAMA_SERVER_KEY.encode() not in written + run.stdout.encode() + run.stderr.encode()


def test_an_unreachable_endpoint_gives_error_rows_not_a_stuck_batch(env: dict[str, str], tmp_path: Path) -> None:
    env = _endpoint_env(env, tmp_path, "http://127.0.0.1:9/v1", max_retries=1, timeout_s=2)
    summary = json.loads(cli("run", str(_three_docs(tmp_path)), "--pipeline", "radiology", "--procs", "1", "--json",
                             env=env, timeout=300, check=False).stdout)
    assert (summary["total"], summary["succeeded"], summary["errored"]) == (3, 0, 3)
    errors = _jsonl(cli("results", summary["batch_id"], "--dataset", "errors", "--format", "jsonl", env=env).stdout)
    assert {r["error_code"] for r in errors} == {"engine_unavailable"}
    assert all("http://127.0.0.1:9/v1/completions unavailable after 2 attempts" in r["error_message"] for r in errors)
