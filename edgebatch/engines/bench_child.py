"""One variant of ``edgebatch bench inference`` in its own process (so its memory is its own).

    python -m edgebatch.engines.bench_child VARIANT --model PATH --prompts FILE --threads T ...

VARIANT is ``raw`` (a plain ``llama_cpp.Llama`` loop, as a user would write it), ``engine``
(EdgeBatch's engine, one document at a time) or ``batched`` (EdgeBatch's engine, all prompts
in one call: parallel sequences, shared prefix). The process loads the model, warms it up,
prints ``{"ready": ...}`` and then answers each ``run`` line on stdin with one JSON line:
per-prompt texts, token counts and latencies, the wall time of the whole run, and its memory.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..memory import process_memory
from .base import KV_CACHE_TYPES, GenerationRequest, KvCacheType

Prompt = dict[str, Any]  # {"doc": index, "prompt": str, "max_tokens": int, "stop": [str]}
Runner = Callable[[list[Prompt]], list[dict[str, Any]]]


def raw_runner(model: str, threads: int, n_ctx: int) -> Runner:
    """The anchor: llama-cpp-python's high-level ``Llama`` called once per prompt, greedy."""
    import llama_cpp

    llm = llama_cpp.Llama(model_path=model, n_ctx=n_ctx, n_threads=threads, n_threads_batch=threads,
                          verbose=False, seed=0)

    def run(prompts: list[Prompt]) -> list[dict[str, Any]]:
        llm.reset()  # no prefix kept from the previous round: every round starts cold
        out = []
        for p in prompts:
            started = time.perf_counter()
            res = llm(p["prompt"], max_tokens=p["max_tokens"], stop=p["stop"] or None, temperature=0.0)
            out.append({"text": res["choices"][0]["text"], "prompt_tokens": res["usage"]["prompt_tokens"],
                        "completion_tokens": res["usage"]["completion_tokens"],
                        "latency_ms": (time.perf_counter() - started) * 1000})
        return out

    return run


def engine_runner(model: str, threads: int, n_ctx: int, max_parallel: int, *, batched: bool,
                  n_batch: int, kv_cache_type: KvCacheType) -> Runner:
    """EdgeBatch's engine: one call per prompt (``batched=False``) or one call for all."""
    from .llamacpp import LlamaCppEngine

    engine = LlamaCppEngine(model_path=model, n_threads=threads, n_ctx=n_ctx, max_parallel=max_parallel,
                            n_batch=n_batch, kv_cache_type=kv_cache_type)

    def run(prompts: list[Prompt]) -> list[dict[str, Any]]:
        engine.reset_cache()
        requests = [GenerationRequest(prompt=p["prompt"], max_tokens=p["max_tokens"], stop=tuple(p["stop"]))
                    for p in prompts]
        gens = engine.generate(requests) if batched else [engine.generate([r])[0] for r in requests]
        return [{"text": g.text, "prompt_tokens": g.prompt_tokens, "completion_tokens": g.completion_tokens,
                 "latency_ms": g.latency_ms} for g in gens]

    return run


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m edgebatch.engines.bench_child")
    ap.add_argument("variant", choices=["raw", "engine", "batched"])
    ap.add_argument("--model", required=True)
    ap.add_argument("--prompts", required=True, type=Path)
    ap.add_argument("--threads", type=int, required=True)
    ap.add_argument("--n-ctx", type=int, required=True, help="batched context (per-sequence budget x --max-parallel)")
    ap.add_argument("--max-parallel", type=int, default=8)
    ap.add_argument("--n-batch", type=int, required=True, help="EdgeBatch's engine only (the anchor keeps llama.cpp's)")
    ap.add_argument("--kv-cache-type", choices=KV_CACHE_TYPES, required=True,
                    help="EdgeBatch's engine only (the anchor keeps f16)")
    args = ap.parse_args(argv)

    prompts: list[Prompt] = json.loads(args.prompts.read_text())
    started = time.perf_counter()
    one_ctx = args.n_ctx // args.max_parallel  # the per-sequence budget the pipeline's prompts fit in
    if args.variant == "raw":
        run = raw_runner(args.model, args.threads, one_ctx)
    elif args.variant == "engine":
        run = engine_runner(args.model, args.threads, one_ctx, 1, batched=False, n_batch=args.n_batch,
                            kv_cache_type=args.kv_cache_type)
    else:
        run = engine_runner(args.model, args.threads, args.n_ctx, args.max_parallel, batched=True,
                            n_batch=args.n_batch, kv_cache_type=args.kv_cache_type)
    run(prompts[:1])  # warm-up: weights paged in, buffers allocated
    _reply({"ready": True, "load_s": round(time.perf_counter() - started, 2)})
    for line in sys.stdin:
        if line.strip() != "run":
            break
        started = time.perf_counter()
        outputs = [{**out, "doc": p["doc"]} for p, out in zip(prompts, run(prompts), strict=True)]
        _reply({"seconds": time.perf_counter() - started, "outputs": outputs, "memory": process_memory()})


def _reply(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
