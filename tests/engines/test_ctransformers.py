"""The ctransformers engine: an optional extra for legacy GGML files, that refuses current GGUF
models (the default Gemma 3) with a clear error instead of crashing or hanging."""

from __future__ import annotations

import sys

import pytest

from edgebatch.config import Settings
from edgebatch.engines.base import GenerationRequest
from edgebatch.engines.ctransformers_engine import CTransformersEngine, gguf_architecture
from edgebatch.errors import ModelError
from edgebatch.models import BUNDLED_REGISTRY, get_model, model_path


@pytest.fixture(scope="module")
def gemma_path(tmp_path_factory: pytest.TempPathFactory):
    """The default model file, located and sha256-checked through the registry like a worker does."""
    base = tmp_path_factory.mktemp("ct-model")
    settings = Settings.load(data_dir=base / "data", models_dir=base / "models", models_file=BUNDLED_REGISTRY,
                             model="gemma3-270m")
    return model_path(settings, get_model(settings))


def _ctransformers():
    try:
        import ctransformers
    except ImportError:
        pytest.skip("ctransformers is not installed (pip install edgebatch[ctransformers]; install.py --tests does)")
    return ctransformers


def test_loading_gemma3_fails_with_a_clear_error(gemma_path) -> None:
    _ctransformers()
    with pytest.raises(ModelError) as info:
        CTransformersEngine(model_path=gemma_path, name="gemma3-270m")
    message = str(info.value)
    assert "ctransformers cannot load current GGUF architectures" in message
    assert "'gemma3'" in message and "legacy GGML" in message and "engine: llamacpp" in message


def test_the_claim_is_ctransformers_own_refusal(gemma_path) -> None:
    """Not our guess: ctransformers' own loader refuses the file, whatever model type it is told."""
    ctransformers = _ctransformers()
    for model_type in (None, "llama", "gemma"):
        with pytest.raises(RuntimeError, match="Failed to create LLM"):
            ctransformers.LLM(str(gemma_path), model_type)


def test_a_registry_entry_with_engine_ctransformers_builds_it(gemma_path, tmp_path) -> None:
    _ctransformers()
    from edgebatch.runtime import build_engine

    registry = tmp_path / "models.yaml"
    registry.write_text(f"models:\n  legacy:\n    engine: ctransformers\n    path: {gemma_path}\n"
                        "    sha256: a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818\n")
    settings = Settings.load(data_dir=tmp_path / "data", models_file=registry, model="legacy", engine="llamacpp")
    with pytest.raises(ModelError, match="cannot load current GGUF architectures"):
        build_engine(settings, n_threads=1)


def test_without_the_package_the_error_says_what_to_install(gemma_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ctransformers", None)  # import fails as if not installed
    with pytest.raises(ModelError, match=r"pip install edgebatch\[ctransformers\]"):
        CTransformersEngine(model_path=gemma_path)


def test_gguf_architecture(gemma_path, tmp_path) -> None:
    assert gguf_architecture(gemma_path) == "gemma3"
    ggml = tmp_path / "old.bin"
    ggml.write_bytes(b"lmgg" + bytes(64))  # a legacy GGML magic
    assert gguf_architecture(ggml) is None


class ScriptedLLM:
    """Stands in for a loaded ctransformers.LLM: characters are tokens, and the logits favour
    the next character of ``target`` after the prompt (the first ``eval`` after ``reset``)."""

    def __init__(self, target: str, reply: str = "four five six") -> None:
        self.target = target
        self.reply = reply
        self.calls: list[dict] = []
        self.evaluated: list[int] = []
        self.prompt_len = 0

    def tokenize(self, text, add_bos_token=None):
        return [ord(c) for c in text]

    def reset(self):
        self.evaluated, self.prompt_len = [], 0

    def eval(self, tokens, threads=None):
        if not self.evaluated:
            self.prompt_len = len(tokens)
        self.evaluated += list(tokens)

    @property
    def logits(self):
        pos = len(self.evaluated) - self.prompt_len
        favourite = ord(self.target[pos]) if pos < len(self.target) else -1
        return [5.0 if i == favourite else 0.0 for i in range(128)]

    def __call__(self, prompt, **kwargs):
        self.calls.append(kwargs)
        return self.reply


def test_generate_decodes_greedily_and_scores_choices() -> None:
    llm = ScriptedLLM(target=" abnormal")
    eng = CTransformersEngine(model_path="unused", llm=llm, name="legacy", context_size=256)
    free, label = eng.generate([GenerationRequest(prompt="one two three", max_tokens=5, stop=("\n",)),
                                GenerationRequest(prompt="Label:", choices=("normal", "abnormal"))])
    assert free.text == "four five six" and free.prompt_tokens == len("one two three")
    assert llm.calls[0]["max_new_tokens"] == 5 and llm.calls[0]["top_k"] == 1 and llm.calls[0]["stop"] == ["\n"]
    assert label.text == "abnormal"  # scored after a space, as a word follows "Label:"
    with pytest.raises(ValueError, match="exceeds the 256-token budget"):
        eng.generate([GenerationRequest(prompt="x" * 300)])
