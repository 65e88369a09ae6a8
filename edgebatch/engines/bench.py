"""``edgebatch bench inference``: EdgeBatch against a plain llama.cpp loop, on the same documents.

Variants, each in its own process, run interleaved (a, b, c, d, a, b, c, d, ...) so a noisy
machine's load spreads over all of them; rates come from the median round:

(a) ``raw``: llama-cpp-python's ``Llama`` called once per prompt, greedy (the anchor);
(b) ``engine``: EdgeBatch's engine, one prompt at a time;
(c) ``batched``: EdgeBatch's engine, all prompts in one call (parallel sequences, prefix reuse);
(d) ``pipeline``: ``edgebatch submit`` of the documents through the broker to one worker process
    running the whole pipeline (redaction, summary with its checks and retry, classification,
    Parquet, compaction), timed from submit to the committed batch.

(a)-(c) get exactly the prompts the pipeline's summary stage sends first (redacted, chosen
sections, chunked to the worker's per-sequence budget), with its max tokens and stop strings.
With ``--shape P:G`` they get llama-batched-bench's shape instead (each document's first P tokens
as a completion prompt, G generated tokens, no stop string; the issue's anchor is 128:48): a
decode-heavy load, where parallel sequences pay off, in place of the pipeline's prompt-heavy one;
then (d) and the pool scaling are skipped (they run the pipeline's own prompts).
Then the pool scaling: the pipeline on one worker process pinned to one core against two
processes pinned to one core each (separate queues, interleaved rounds), with each child's
memory. Everything runs in a scratch data dir with its own embedded broker, so the user's
results and audit trail are untouched.
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import yaml

from ..config import Settings
from ..constants import CONTROL_QUEUE
from ..errors import EdgeBatchError
from ..memory import child_pids, process_memory
from ..pipeline import DocState, PipelineSpec, find_spec
from ..worker import physical_cpus
from .base import Engine, Generation, GenerationRequest

SHARED_DOCS = Path("data/radiology/mtsamples_radiology.jsonl")
SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "radiology"
VARIANTS = ("raw", "engine", "batched", "pipeline")


def default_documents() -> Path:
    """The shared MTSamples radiology reports when present (``../shared``), else the samples."""
    for root in (os.environ.get("EDGEBATCH_SHARED_DIR"), "../shared", Path(__file__).resolve().parents[3] / "shared"):
        if root and (Path(root) / SHARED_DOCS).is_file():
            return Path(root) / SHARED_DOCS
    if SAMPLES.is_dir():
        return SAMPLES
    raise EdgeBatchError("no default documents: pass --docs FILE.jsonl or a folder of .txt files")


def load_documents(path: Path, n: int) -> list[tuple[str, str]]:
    """The first ``n`` non-empty documents of a JSONL file (``id``/``text``) or a folder of .txt/.md."""
    docs: list[tuple[str, str]] = []
    if path.is_dir():
        for file in sorted(path.iterdir()):
            if file.suffix in (".txt", ".md") and file.read_text(errors="replace").strip():
                docs.append((file.stem, file.read_text(errors="replace")))
    else:
        for number, line in enumerate(path.read_text().splitlines()):
            if line.strip():
                record = json.loads(line)
                text = record.get("text") or ""
                if text.strip():
                    docs.append((str(record.get("id") or record.get("custom_id") or number), text))
    if len(docs) < n:
        raise EdgeBatchError(f"{path} has {len(docs)} documents; --n {n} asked for more")
    return docs[:n]


def _vocab(model_path: str) -> Any:
    """The model's tokenizer alone (``vocab_only``: no weights loaded)."""
    import llama_cpp

    return llama_cpp.Llama(model_path=model_path, vocab_only=True, verbose=False)


class _PromptRecorder(Engine):
    """Counts tokens like the worker's engine and records the prompts it is asked for."""

    def __init__(self, model_path: str, per_sequence_budget: int) -> None:
        self._vocab = _vocab(model_path)
        self.context_size = per_sequence_budget - 1  # the BOS token the engine adds
        self.calls: list[list[GenerationRequest]] = []

    def count_tokens(self, text: str) -> int:
        return len(self._vocab.tokenize(text.encode(), add_bos=False, special=False))

    def _generate(self, requests: Any) -> list[Generation]:
        self.calls.append(list(requests))
        return [Generation("", 0, 0, 0.0) for _ in requests]


def shaped_prompts(docs: list[tuple[str, str]], model_path: str, prompt_tokens: int,
                   max_tokens: int) -> list[dict[str, Any]]:
    """Each document's first ``prompt_tokens`` tokens as a prompt for ``max_tokens`` tokens, no stop."""
    vocab = _vocab(model_path)
    prompts = []
    for number, (_, text) in enumerate(docs):
        tokens = vocab.tokenize(text.encode(), add_bos=False, special=False)[:prompt_tokens]
        prompts.append({"doc": number, "prompt": vocab.detokenize(tokens).decode(errors="replace"),
                        "max_tokens": max_tokens, "stop": []})
    return prompts


def pipeline_prompts(spec: PipelineSpec, docs: list[tuple[str, str]], model_path: str,
                     per_sequence_budget: int) -> list[dict[str, Any]]:
    """The first prompts the spec's first model stage sends for ``docs``, after its redaction."""
    from ..redaction.redactor import Redactor
    from ..stages import StageContext, build_stages

    recorder = _PromptRecorder(model_path, per_sequence_budget)
    stages = build_stages(StageContext(spec=spec, redactor=Redactor.default(), engine_factory=lambda: recorder))
    states = [DocState(doc_id=doc_id, source=doc_id, sha256="", text=text) for doc_id, text in docs]
    model_stage = next((s for s in stages if getattr(s, "uses_model", False)), None)
    if model_stage is None:
        raise EdgeBatchError(f"pipeline {spec.name!r} has no model stage to benchmark")
    for stage in stages[:stages.index(model_stage)]:
        stage.run(states)  # redaction (and anything else before the model)
    prompts = []
    for number, state in enumerate(states):
        first_call = len(recorder.calls)
        model_stage.run([state])  # the recorder answers nothing, so the stage retries: keep its first call
        prompts += [{"doc": number, "prompt": r.prompt, "max_tokens": r.max_tokens, "stop": list(r.stop)}
                    for r in recorder.calls[first_call]]
    return prompts


class VariantProcess:
    """A ``bench_child`` process: started once, then asked for one timed run per round."""

    def __init__(self, variant: str, *, model: str, prompts_file: Path, threads: int, n_ctx: int,
                 max_parallel: int, cpus: list[int], n_batch: int, kv_cache_type: str) -> None:
        self.variant = variant
        command = [sys.executable, "-m", "edgebatch.engines.bench_child", variant, "--model", model,
                   "--prompts", str(prompts_file), "--threads", str(threads), "--n-ctx", str(n_ctx),
                   "--max-parallel", str(max_parallel), "--n-batch", str(n_batch), "--kv-cache-type", kv_cache_type]
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                        preexec_fn=lambda: os.sched_setaffinity(0, cpus))
        self.ready = self._read()

    def run(self) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write("run\n")
        self.process.stdin.flush()
        return self._read()

    def close(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.close()
            self.process.wait(30)

    def _read(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise EdgeBatchError(f"benchmark variant {self.variant!r} exited with {self.process.wait()}")
        return dict(json.loads(line))


class PipelineRunner:
    """Batches of the documents through the broker to a worker pool, timed submit -> committed."""

    def __init__(self, client: Any, folder: Path, pipeline: str) -> None:
        self.client, self.folder, self.pipeline = client, folder, pipeline

    def run(self, pool_pid: int) -> dict[str, Any]:
        started = time.perf_counter()
        batch_id = self.client.submit(self.folder, self.pipeline)
        record = self.client.wait(batch_id, timeout_s=3600, poll_s=0.05)
        seconds = time.perf_counter() - started
        if record["status"] != "completed":
            raise EdgeBatchError(f"benchmark batch {batch_id} ended {record['status']}")
        results = self.client.results(batch_id).to_pylist()
        outputs = sorted(results, key=lambda row: row["doc_id"])
        memory = [process_memory(pid) for pid in child_pids(pool_pid)]
        return {"seconds": seconds, "memory": memory, "outputs": [
            {"text": row.get("summary") or "", "prompt_tokens": row["tokens_in"],
             "completion_tokens": row["tokens_out"], "latency_ms": row["latency_ms_total"], "doc": i}
            for i, row in enumerate(outputs)],
            "errors": record.get("errored", 0)}


def run(settings: Settings, *, docs_path: Path | None = None, n: int = 16, repeat: int = 3,
        pipeline: str = "radiology", threads: int | None = None, scaling_n: int = 32,
        shape: tuple[int, int] | None = None, progress: Any = None) -> dict[str, Any]:
    """Run every variant ``repeat`` times, interleaved; return the report (see the module doc).
    ``shape``: (prompt tokens, generated tokens) of llama-batched-bench's shape, variants (a)-(c) only."""
    from ..models import get_model, model_path

    say = progress or (lambda _msg: None)
    if repeat < 1:
        raise EdgeBatchError("--repeat must be >= 1")
    cpus = physical_cpus()
    threads = threads or len(cpus)
    spec = find_spec(settings.pipelines_dir, pipeline)
    entry = get_model(settings)
    model = str(model_path(settings, entry))
    n_ctx = min(settings.n_ctx, entry.context_size * settings.max_parallel)
    source = docs_path or default_documents()
    if shape:
        scaling_n = 0
    variants = VARIANTS[:3] if shape else VARIANTS
    docs = load_documents(source, max(n, scaling_n))
    report: dict[str, Any] = {
        "documents": str(source), "n": n, "repeat": repeat, "threads": threads, "cpus": cpus, "model": entry.name,
        "model_sha256": entry.sha256, "max_parallel": settings.max_parallel, "n_ctx": n_ctx, "pipeline": spec.name,
        "n_batch": settings.n_batch, "kv_cache_type": entry.kv_cache_type}
    with tempfile.TemporaryDirectory(prefix="edgebatch-bench-") as tmp, ExitStack() as stack:
        scratch = Path(tmp)
        if shape:
            prompts = shaped_prompts(docs[:n], model, *shape)
            report["shape"] = {"prompt_tokens": shape[0], "max_tokens": shape[1]}
        else:
            prompts = pipeline_prompts(spec, docs[:n], model, n_ctx // settings.max_parallel)
        prompts_file = scratch / "prompts.json"
        prompts_file.write_text(json.dumps(prompts))
        report["prompts"] = len(prompts)
        say(f"{n} documents -> {len(prompts)} prompts; starting the variants")
        children = {}
        for variant in VARIANTS[:3]:
            child = VariantProcess(variant, model=model, prompts_file=prompts_file, threads=threads, n_ctx=n_ctx,
                                   max_parallel=settings.max_parallel, cpus=cpus, n_batch=settings.n_batch,
                                   kv_cache_type=entry.kv_cache_type)
            stack.callback(child.close)
            children[variant] = child
        if "pipeline" in variants:
            client = stack.enter_context(_scratch_client(settings, scratch))
            folders = {size: _write_folder(scratch / f"docs-{size}", docs[:size]) for size in {1, n, scaling_n} if size}
            pool = stack.enter_context(client.worker_pool(procs=1, cpus=_cpu_list(cpus)))
            runner = PipelineRunner(client, folders[n], pipeline)
            PipelineRunner(client, folders[1], pipeline).run(pool.pid)  # warm-up: the model loads in the child
        rounds: dict[str, list[dict[str, Any]]] = {v: [] for v in variants}
        for number in range(repeat):
            for variant in variants:
                result = runner.run(pool.pid) if variant == "pipeline" else children[variant].run()
                rounds[variant].append(result)
                say(f"round {number + 1}/{repeat} {variant:<9} {result['seconds']:7.2f} s")
        report["variants"] = [_summary(v, rounds[v], n) for v in variants]
        by_name = {row["variant"]: row for row in report["variants"]}
        raw_texts = [o["text"] for o in rounds["raw"][-1]["outputs"]]
        for variant in ("engine", "batched"):
            by_name[variant].update(_agreement(raw_texts, [o["text"] for o in rounds[variant][-1]["outputs"]]))
        raw = by_name["raw"]["docs_per_s"]
        report["batched_vs_raw"] = round(by_name["batched"]["docs_per_s"] / raw, 3)
        report["engine_vs_raw"] = round(by_name["engine"]["docs_per_s"] / raw, 3)
        if "pipeline" in by_name:
            report["pipeline_vs_raw"] = round(by_name["pipeline"]["docs_per_s"] / raw, 3)
        for child in children.values():
            child.close()  # frees their memory before the scaling rounds
        if scaling_n and len(cpus) >= 2:
            report["scaling"] = _scaling(client, scratch, spec, folders[scaling_n], cpus[:2], repeat, say)
    return report


def _scaling(client: Any, scratch: Path, spec: PipelineSpec, folder: Path, cpus: list[int], repeat: int,
             say: Any) -> dict[str, Any]:
    """The pipeline on 1 process x 1 core vs 2 processes x 1 core, each pool on its own queue."""
    n = sum(1 for _ in folder.iterdir())
    layouts = {"one_process": (1, f"{cpus[0]}"), "two_processes": (2, f"{cpus[0]},{cpus[1]}")}
    rounds: dict[str, list[dict[str, Any]]] = {name: [] for name in layouts}
    with ExitStack() as stack:
        runners, pools = {}, {}
        for name, (procs, cpu_list) in layouts.items():
            spec_file = _spec_on_queue(spec, f"bench.{name}", scratch / f"spec-{name}")
            pools[name] = stack.enter_context(client.worker_pool(procs=procs, cpus=cpu_list,
                                                                 queues=(f"bench.{name}", CONTROL_QUEUE)))
            runners[name] = PipelineRunner(client, folder, str(spec_file))
            # warm-up batch of one shard per process, so every child has loaded the model
            runners[name].run(pools[name].pid)
        for number in range(repeat):
            for name, runner in runners.items():
                result = runner.run(pools[name].pid)
                rounds[name].append(result)
                say(f"scaling round {number + 1}/{repeat} {name:<13} {result['seconds']:7.2f} s")
    out: dict[str, Any] = {"documents": n, "cpus": cpus}
    for name in layouts:
        seconds = statistics.median(r["seconds"] for r in rounds[name])
        memory = rounds[name][-1]["memory"]
        out[name] = {"docs_per_s": round(n / seconds, 3), "median_s": round(seconds, 2),
                     "runs_s": [round(r["seconds"], 2) for r in rounds[name]], "children": memory}
    out["two_vs_one"] = round(out["two_processes"]["docs_per_s"] / out["one_process"]["docs_per_s"], 3)
    two = out["two_processes"]["children"]
    if len(two) == 2:
        # what the second child adds: its private pages (the mapped model file is shared)
        out["second_process_added_mb"] = two[1]["uss_mb"]
        out["second_process_rss_mb"] = two[1]["rss_mb"]
    return out


def _summary(variant: str, rounds: list[dict[str, Any]], n: int) -> dict[str, Any]:
    """Rates of the median round; latency percentiles over every document of every round."""
    median_s = statistics.median(r["seconds"] for r in rounds)
    last = rounds[-1]["outputs"]
    prompt_tokens = sum(o["prompt_tokens"] for o in last)
    completion_tokens = sum(o["completion_tokens"] for o in last)
    latencies = sorted(ms for r in rounds for ms in _per_doc_ms(r["outputs"]).values())
    memory = rounds[-1]["memory"]
    memory = memory if isinstance(memory, dict) else (memory[0] if memory else {})
    return {"variant": variant, "docs_per_s": round(n / median_s, 3), "median_s": round(median_s, 2),
            "runs_s": [round(r["seconds"], 2) for r in rounds],
            "prompt_tokens_per_s": round(prompt_tokens / median_s, 1),
            "generated_tokens_per_s": round(completion_tokens / median_s, 1),
            "p50_ms": round(_percentile(latencies, 50), 1), "p95_ms": round(_percentile(latencies, 95), 1),
            "rss_mb": memory.get("rss_mb"), "peak_rss_mb": memory.get("peak_rss_mb"),
            "pss_mb": memory.get("pss_mb"), "uss_mb": memory.get("uss_mb")}


def _per_doc_ms(outputs: list[dict[str, Any]]) -> dict[int, float]:
    per_doc: dict[int, float] = {}
    for o in outputs:
        per_doc[o["doc"]] = per_doc.get(o["doc"], 0.0) + o["latency_ms"]
    return per_doc


def _agreement(reference: list[str], texts: list[str]) -> dict[str, float]:
    """Share of identical outputs, and mean word-level similarity (difflib ratio)."""
    same = sum(a.strip() == b.strip() for a, b in zip(reference, texts, strict=True))
    similarity = [difflib.SequenceMatcher(None, a.split(), b.split()).ratio()
                  for a, b in zip(reference, texts, strict=True)]
    return {"agreement_with_raw": round(same / len(reference), 3),
            "similarity_with_raw": round(statistics.fmean(similarity), 3)}


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    k = (len(values) - 1) * q / 100
    low, high = int(k), min(int(k) + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (k - low)


def _cpu_list(cpus: list[int]) -> str:
    return ",".join(str(c) for c in cpus)


def _write_folder(folder: Path, docs: list[tuple[str, str]]) -> Path:
    folder.mkdir(parents=True)
    for number, (_, text) in enumerate(docs):
        (folder / f"doc-{number:05d}.txt").write_text(text)
    return folder


def _spec_on_queue(spec: PipelineSpec, queue: str, folder: Path) -> Path:
    """A copy of ``spec`` whose stages all run on ``queue`` (prompt files copied alongside)."""
    assert spec.source_dir is not None
    source = next(p for p in sorted(spec.source_dir.glob("*.y*ml"))
                  if (yaml.safe_load(p.read_text()) or {}).get("name") == spec.name)
    shutil.copytree(spec.source_dir, folder)
    data = yaml.safe_load(source.read_text())
    for stage in data["stages"]:
        stage["queue"] = queue
    target = folder / source.name
    target.write_text(yaml.safe_dump(data, sort_keys=False))
    return target


@contextmanager
def _scratch_client(settings: Settings, scratch: Path) -> Iterator[Any]:
    """An EdgeBatch client on a scratch data dir with its own embedded broker (stopped after)."""
    from ..api import EdgeBatch
    from ..broker import EmbeddedBroker

    data_dir = scratch / "data"
    bench_settings = settings.model_copy(update={
        "data_dir": data_dir, "broker_url": None, "storage_url": None, "models_dir": settings.resolved_models_dir,
        "log_format": "text", "tenants_file": None, "token": None, "token_file": None})
    client = EdgeBatch(bench_settings)
    try:
        yield client
    finally:
        EmbeddedBroker(data_dir).stop()
