"""A routed installation for tests: the fake engine as the local model, the recording stub as the
remote endpoint, pipelines copied with a chosen data classification, the runtime driven in-process."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from edgebatch.api import EdgeBatch
from edgebatch.config import Settings
from edgebatch.runtime import WorkerRuntime
from edgebatch.storage import layout

from ..conftest import REPO, SAMPLES
from ..helpers.http_stub import Recorded, Reply, StubOpenAIServer, completion

SAMPLE_FILES = sorted(p.name for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md"))


def echo(request: Recorded) -> Reply:
    """The remote's answer: the first words of the prompt's last paragraph (grounded, like the fake)."""
    prompt = (request.body or {}).get("prompt", "")
    tail = str(prompt).rstrip().rsplit("\n\n", 1)[-1]
    return Reply(200, completion(" ".join(tail.split()[:12]), prompt_tokens=len(str(prompt)) // 4,
                                 completion_tokens=12))


@pytest.fixture
def stub() -> Iterator[StubOpenAIServer]:
    with StubOpenAIServer(echo) as server:
        yield server


def remote_text(stub: StubOpenAIServer) -> str:
    """Everything the remote endpoint received, as one string."""
    return "\n".join(json.dumps(r.body, ensure_ascii=False) for r in stub.requests if r.body is not None)


@dataclass
class Installation:
    root: Path
    env: dict[str, str]
    stub: StubOpenAIServer

    def configure(self, *, providers: dict, tenants: dict | None = None, **env: str) -> None:
        (self.root / "providers.yaml").write_text(yaml.safe_dump(providers))
        self.env["EDGEBATCH_PROVIDERS_FILE"] = str(self.root / "providers.yaml")
        if tenants is not None:
            (self.root / "tenants.yaml").write_text(yaml.safe_dump(tenants))
            self.env["EDGEBATCH_TENANTS_FILE"] = str(self.root / "tenants.yaml")
        self.env.update(env)

    def pipeline(self, classification: str) -> Path:
        """The bundled radiology pipeline with ``data_classification`` changed."""
        folder = self.root / f"pipelines-{classification}"
        if not folder.exists():
            shutil.copytree(REPO / "pipelines", folder)
            spec = folder / "radiology.yaml"
            text = spec.read_text().replace("data_classification: restricted", f"data_classification: {classification}")
            spec.write_text(text)
        return folder / "radiology.yaml"

    def docs(self, names: list[str] | None = None) -> Path:
        folder = self.root / "docs"
        if not folder.exists():
            folder.mkdir()
            for name in names or SAMPLE_FILES:
                (folder / name).write_bytes((SAMPLES / name).read_bytes())
        return folder

    def settings(self, **overrides: str) -> Settings:
        return Settings.load(**{k.removeprefix("EDGEBATCH_").lower(): v for k, v in {**self.env, **overrides}.items()})

    def run(self, classification: str, *, runtime: WorkerRuntime | None = None, tenant: str = "default",
            between: Callable[[int], None] | None = None) -> tuple[str, EdgeBatch, WorkerRuntime]:
        """Submit the sample docs and run every shard's two stage groups in-process, then finalize."""
        settings = self.settings(EDGEBATCH_TENANT=tenant)
        client = EdgeBatch(settings)
        batch_id = client.submit(self.docs(), str(self.pipeline(classification)))
        runtime = runtime or WorkerRuntime(settings, node="unit@test")
        shards = client.state.get(batch_id)["total_shards"]
        for shard in range(shards):
            if between is not None:
                between(shard)
            runtime.process_shard(batch_id, shard, 0)
            runtime.process_shard(batch_id, shard, 1)
        runtime.finalize(batch_id)
        return batch_id, client, runtime


@pytest.fixture
def installation(env: dict[str, str], tmp_path: Path, stub: StubOpenAIServer) -> Installation:
    models = yaml.safe_load((REPO / "edgebatch" / "models.yaml").read_text())
    models["models"]["gpu-server"] = {"engine": "openai", "base_url": stub.base_url, "model": "stub",
                                      "max_retries": 0}
    (tmp_path / "models.yaml").write_text(yaml.safe_dump(models))
    env["EDGEBATCH_MODELS_FILE"] = str(tmp_path / "models.yaml")
    return Installation(tmp_path, env, stub)


def provider_table(*, on_prem: bool, allowed: list[str], allow: bool = True, complexity: float = 0.0,
                   price_in: float = 0.001, price_out: float = 0.002, **knobs: float) -> dict:
    """A local provider and one remote (``gpu-server``); ``complexity: 0`` sends every allowed doc."""
    return {
        "providers": {
            "local": {"kind": "local", "on_prem": True,
                      "allowed_classifications": ["public", "internal", "confidential", "restricted"]},
            "gpu-server": {"model": "gpu-server", "kind": "remote", "on_prem": on_prem, "price_in_per_1k": price_in,
                           "price_out_per_1k": price_out, "context_size": 8192, "allowed_classifications": allowed,
                           "timeout_s": 5, "max_retries": 0},
        },
        "allow": ["gpu-server"] if allow else [],
        "routing": {"complexity": complexity, **knobs},
    }


def audit_rows(client: EdgeBatch, batch_id: str) -> list[dict]:
    return client.results(batch_id, "audit").to_pylist()


def manifest_docs(client: EdgeBatch, batch_id: str) -> list[str]:
    return [d["doc_id"] for d in json.loads(client.storage.get(layout.batch_manifest(batch_id)))["documents"]]
