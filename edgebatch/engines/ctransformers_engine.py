"""A ctransformers engine, for legacy GGML model files only (``pip install edgebatch[ctransformers]``).

ctransformers (last release 0.2.27, 2023) bundles a 2023 GGML/llama.cpp: it reads the old GGML
formats (gpt2, gptj, gpt_neox, mpt, starcoder, falcon, llama ...) and early llama GGUF files,
but none of the architectures current GGUF models use (Gemma 3, Qwen 2/3, Phi 3/4, ...): for
those, use the default ``llamacpp`` engine. Requests run one at a time with greedy decoding;
``choices`` are scored by the sum of their tokens' log-probabilities after the prompt.
"""

from __future__ import annotations

import math
import os
import struct
import time
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import ModelError
from .base import Engine, Generation, GenerationRequest, cut_at_stops

INSTALL_HINT = "pip install edgebatch[ctransformers]"


class CTransformersEngine(Engine):
    """Greedy decoding through ctransformers' ``LLM`` (one request at a time, CPU)."""

    def __init__(
        self,
        *,
        model_path: str | os.PathLike[str],
        model_type: str | None = None,
        model_sha256: str = "",
        name: str = "ctransformers",
        n_threads: int = 1,
        context_size: int = 2048,
        llm: Any = None,
    ) -> None:
        """``llm`` injects an already loaded ``ctransformers.LLM`` (tests); else the file is loaded."""
        path = Path(model_path)
        self.name = name
        self.model_sha256 = model_sha256
        self.context_size = context_size
        self.n_threads = n_threads
        self._llm = llm if llm is not None else _load(path, model_type, n_threads=n_threads,
                                                      context_size=context_size)

    def count_tokens(self, text: str) -> int:
        return max(1, len(self._llm.tokenize(text)))

    def _generate(self, requests: Sequence[GenerationRequest]) -> list[Generation]:
        out = []
        for req in requests:
            started = time.perf_counter()
            prompt = list(self._llm.tokenize(req.prompt))
            if req.choices is not None and not req.choices:
                raise ValueError("choices must not be empty")
            if len(prompt) + req.max_tokens > self.max_prompt_tokens:
                raise ValueError(f"prompt of {len(prompt)} tokens + max_tokens {req.max_tokens} exceeds the "
                                 f"{self.max_prompt_tokens}-token budget of {self.name}")
            if req.choices:
                text, n_out = self._choose(prompt, req.prompt, req.choices), 0
            else:
                text = self._llm(req.prompt, max_new_tokens=req.max_tokens, top_k=1, temperature=0.0,
                                 repetition_penalty=1.0, stop=list(req.stop) or None, threads=self.n_threads)
                text = cut_at_stops(text, req)
                n_out = len(self._llm.tokenize(text)) if text else 0
            out.append(Generation(text=text, prompt_tokens=len(prompt), completion_tokens=n_out,
                                  latency_ms=(time.perf_counter() - started) * 1000))
        return out

    def close(self) -> None:
        self._llm = None

    def _choose(self, prompt: list[int], prompt_text: str, choices: Sequence[str]) -> str:
        """The choice whose tokens are most likely after the prompt (a leading space as a word would have)."""
        sep = "" if prompt_text[-1:].isspace() else " "
        best, best_score = choices[0], -math.inf
        for choice in choices:
            tokens = list(self._llm.tokenize(sep + choice, add_bos_token=False))
            with warnings.catch_warnings():  # deprecated for its high-level API, still the way to score
                warnings.simplefilter("ignore")
                self._llm.reset()
            self._llm.eval(prompt, threads=self.n_threads)
            score = 0.0
            for k, tok in enumerate(tokens):
                logits = list(self._llm.logits)
                top = max(logits)
                score += logits[tok] - top - math.log(sum(math.exp(x - top) for x in logits))
                if k + 1 < len(tokens):
                    self._llm.eval([tok], threads=self.n_threads)
            if score > best_score:
                best, best_score = choice, score
        return best


def _load(path: Path, model_type: str | None, *, n_threads: int, context_size: int) -> Any:
    try:
        from ctransformers import LLM, Config  # optional, heavy: only when this engine is built
    except ImportError as exc:
        raise ModelError(f"the ctransformers engine needs the ctransformers package: {INSTALL_HINT}") from exc
    if not path.is_file():
        raise ModelError(f"model file not found: {path}")
    config = Config(threads=n_threads, context_length=context_size, batch_size=8)
    try:  # LLM(), never AutoModelForCausalLM: that one may look the path up on a model hub
        return LLM(str(path), model_type, config=config)
    except (RuntimeError, ValueError) as exc:
        arch = gguf_architecture(path)
        what = f"a GGUF file of architecture {arch!r}" if arch else "not a model file ctransformers can read"
        raise ModelError(
            f"ctransformers cannot load {path.name} ({what}): ctransformers cannot load current GGUF "
            "architectures; it is only for legacy GGML files (and early llama GGUF). Run this model with "
            f"the default llama.cpp engine (`engine: llamacpp` in the registry). ctransformers said: {exc}"
        ) from exc


_GGUF_SCALARS = {0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8}  # type id -> bytes
_GGUF_STRING, _GGUF_ARRAY = 8, 9


def gguf_architecture(path: Path) -> str | None:
    """``general.architecture`` from a GGUF file's header (None if it is not GGUF v2/v3)."""
    try:
        with open(path, "rb") as f:
            magic, version = f.read(4), struct.unpack("<I", f.read(4))[0]
            if magic != b"GGUF" or version < 2:
                return None
            _n_tensors, n_kv = struct.unpack("<QQ", f.read(16))
            for _ in range(min(n_kv, 4096)):
                key = _read_str(f)
                kind = struct.unpack("<I", f.read(4))[0]
                if key == "general.architecture" and kind == _GGUF_STRING:
                    return _read_str(f)
                _skip_value(f, kind)
    except (OSError, struct.error, ValueError, UnicodeDecodeError):
        return None
    return None


def _read_str(f: Any) -> str:
    (n,) = struct.unpack("<Q", f.read(8))
    if n > 1 << 20:
        raise ValueError("implausible GGUF string length")
    return str(f.read(n).decode("utf-8"))


def _skip_value(f: Any, kind: int) -> None:
    if kind == _GGUF_STRING:
        _read_str(f)
    elif kind == _GGUF_ARRAY:
        item, count = struct.unpack("<IQ", f.read(12))
        if item in _GGUF_SCALARS:
            f.seek(_GGUF_SCALARS[item] * count, os.SEEK_CUR)
        else:
            for _ in range(count):
                _skip_value(f, item)
    elif kind in _GGUF_SCALARS:
        f.seek(_GGUF_SCALARS[kind], os.SEEK_CUR)
    else:
        raise ValueError(f"unknown GGUF value type {kind}")
