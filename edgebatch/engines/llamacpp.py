"""A llama.cpp engine: batched greedy decoding through llama-cpp-python's low-level bindings.

Layout of the one llama.cpp context (unified KV buffer, ``kv_unified=True``):

* sequence ids ``0 .. max_parallel-1`` are *slots*: one request each, decoded together;
* sequence ``max_parallel`` is the *prefix holder*: the longest common token prefix of the
  requests of a call, evaluated once and kept (also across calls, while it still matches);
* the next ``n_scratch`` are *scratch* sequences used to score multi-token ``choices``;
* the last ``max_parallel`` are *kept* sequences: the KV state of the requests that finished in
  a call's last wave, kept until the next call. A request of the next call that continues one
  of them (the summary stage's retry appends a forced start to a prompt it just ran) starts
  from a copy of it and evaluates only its new tokens; the rest are dropped at that call's start.

A request's ``then`` follow-up (the summary stage's retry of an ungrounded answer) starts in the
slot its request just finished in, as soon as it finishes: the slot's KV is cut back to what the
two prompts share and only the follow-up's new tokens are evaluated, while the other slots go on
decoding (a follow-up never waits for a second call with a half-empty batch).

With a unified KV buffer ``llama_memory_seq_cp`` only tags the prefix's cells with the
destination sequence (no data is copied), so a shared prefix occupies KV cells once however
many sequences use it. Flash attention (llama.cpp's default on CPU) skips the cells masked
out for a sequence, so the shared buffer costs little in attention time.

Sliding-window attention (Gemma 3: 512-token window on 5 of 6 layers): the context is built
with ``swa_full=True``, so the window layers keep every position like the global layers (the
window is applied by masking only). No cell is ever pruned, which keeps ``seq_cp`` of a prefix
and cutting the held prefix back exact whatever their length; in this layout (the window cache
would be ``n_swa * n_seq_max`` cells, more than ``n_ctx``) it costs no extra memory.

Each request's budget is ``n_ctx // max_parallel`` tokens (prompt incl. BOS + ``max_tokens``);
``max_prompt_tokens`` reports it without the BOS, in ``count_tokens`` units. A request over
budget raises ``ValueError`` before anything is evaluated: callers chunk documents.
"""

from __future__ import annotations

import ctypes
import logging
import os
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, fields
from pathlib import Path

import numpy as np

from ..hashing import sha256_file
from .base import KV_CACHE_TYPES, Engine, Generation, GenerationRequest, KvCacheType, stop_index

log = logging.getLogger(__name__)

_LLAMA_LOG = logging.getLogger("edgebatch.llama_cpp")
# ggml levels: 1 debug, 2 info, 3 warn, 4 error, 5 continuation. Warnings go to INFO: llama.cpp
# warns about harmless model quirks (Gemma's "control-looking token") on every load.
_GGML_LEVELS = {1: logging.DEBUG, 2: logging.DEBUG, 3: logging.INFO, 4: logging.ERROR}
_log_callback = None  # keeps the ctypes callback alive for the life of the process
_backend_ready = False
_preloaded: dict[str, object] = {}  # model file -> llama_model loaded by ``preload``, kept for the process's life


def _install_quiet_log(llama_cpp: object) -> None:
    """Route llama.cpp/ggml logs to the ``edgebatch.llama_cpp`` logger instead of stderr.

    Errors are forwarded as ERROR, warnings as INFO, the rest as DEBUG: nothing shows by default.
    """
    global _log_callback
    if _log_callback is not None:
        return

    last = [logging.DEBUG]

    def _cb(level: int, text: bytes, _user: ctypes.c_void_p) -> None:
        try:
            lvl = last[0] if level == 5 else _GGML_LEVELS.get(level, logging.DEBUG)
            last[0] = lvl
            if _LLAMA_LOG.isEnabledFor(lvl):
                _LLAMA_LOG.log(lvl, "%s", text.decode("utf-8", errors="replace").rstrip("\n"))
        except Exception:  # never let an exception cross the C boundary
            pass

    _log_callback = llama_cpp.llama_log_callback(_cb)  # type: ignore[attr-defined]
    llama_cpp.llama_log_set(_log_callback, ctypes.c_void_p(0))  # type: ignore[attr-defined]


@dataclass
class EngineStats:
    """Counters over the engine's life (``reset()`` zeroes them)."""

    calls: int = 0
    requests: int = 0
    prompt_tokens: int = 0            # sum of the requests' prompt tokens (incl. BOS)
    prompt_tokens_evaluated: int = 0  # prompt tokens actually run through the model
    prefix_tokens_evaluated: int = 0  # of which: the shared prefix, evaluated once
    prefix_tokens_reused: int = 0     # prompt tokens served by a KV copy instead
    kept_tokens_reused: int = 0       # of which: copied from a sequence kept from the last call
    follow_ups: int = 0               # ``then`` follow-ups run in the call of their request
    follow_up_tokens_reused: int = 0  # prompt tokens a follow-up found in its request's sequence
    completion_tokens: int = 0
    choice_tokens_evaluated: int = 0  # extra tokens run to score multi-token choices
    decode_calls: int = 0
    decode_seconds: float = 0.0       # time inside llama_decode
    sample_seconds: float = 0.0       # argmax / log-softmax over logits rows
    given_up: int = 0                 # generations ended early by their request's ``give_up``

    def reset(self) -> None:
        for f in fields(self):
            setattr(self, f.name, type(getattr(self, f.name))())


_PROMPT, _GEN, _CHOICE = 0, 1, 2


class _Slot:
    __slots__ = ("idx", "req", "tokens", "pos", "todo", "out", "buf", "text", "t0",
                 "phase", "logit_i", "next_token", "scores", "jobs_left", "choice_toks", "stopped", "previous")

    def __init__(self, idx: int, req: GenerationRequest, tokens: list[int], start: int) -> None:
        self.idx = idx
        self.req = req
        self.tokens = tokens
        self.pos = start                  # next position of this sequence
        self.todo = tokens[start:]        # prompt tokens still to evaluate
        self.out: list[int] = []
        self.buf = bytearray()
        self.text = ""
        self.stopped = False
        self.t0 = time.perf_counter()
        self.phase = _PROMPT
        self.logit_i = -1                 # batch index of this slot's logits row, -1 = none
        self.next_token = -1
        self.scores: list[float] = []
        self.jobs_left = 0
        self.choice_toks: list[list[int]] = []
        self.previous: Generation | None = None  # what the request this slot follows up returned


class LlamaCppEngine(Engine):
    """Greedy, batched, prefix-sharing llama.cpp engine (CPU)."""

    follows_up_in_flight = True

    def __init__(
        self,
        *,
        model_path: str | os.PathLike[str],
        model_sha256: str = "",
        name: str = "gemma3-270m",
        n_threads: int | None = None,
        n_ctx: int = 4096,
        n_batch: int = 512,
        max_parallel: int = 8,
        seed: int = 0,
        choice_scoring: str = "sum",
        parse_special: bool = False,
        n_scratch: int = 16,
        verify_sha256: bool = False,
        flash_attn: bool | None = None,
        kv_cache_type: KvCacheType = "f16",
        verbose: bool = False,
    ) -> None:
        """
        ``n_ctx``: KV cells shared by all sequences (each request gets ``n_ctx // max_parallel``).
        ``max_parallel``: sequences decoded together (1 = one document at a time).
        ``choice_scoring``: ``"sum"`` ranks choices by the sum of their tokens' log-probabilities;
        ``"first_token"`` compares first-token log-probabilities when all choices start with
        different tokens (one logits row, no extra evaluation), else falls back to ``"sum"``.
        ``parse_special``: whether control-token text in prompts (``<eos>``...) becomes control
        tokens; off by default so document text cannot inject them.
        ``seed`` is recorded only: decoding is greedy. ``n_scratch``: extra sequences used to
        score multi-token choices (that many choice continuations are evaluated per decode call).
        ``flash_attn``: None lets llama.cpp decide (on for CPU); its CPU kernel skips KV cells
        masked out for a sequence, which keeps the unified KV buffer cheap.
        ``kv_cache_type``: element type of the KV cache, one of ``KV_CACHE_TYPES`` (a quantized V
        cache needs flash attention, llama.cpp's CPU default); ``q8_0`` halves each worker process's
        largest private buffer (the cache is written in full at creation) at a small cost in
        fidelity to the f16 cache (near-tied greedy choices can flip).
        """
        import llama_cpp  # heavy import, only when a real engine is built

        if max_parallel < 1:
            raise ValueError("max_parallel must be >= 1")
        if n_batch < max_parallel:
            raise ValueError("n_batch must be >= max_parallel (one decode token per sequence)")
        if n_ctx // max_parallel < 8:
            raise ValueError(f"n_ctx={n_ctx} leaves under 8 tokens per sequence at max_parallel={max_parallel}")
        if 2 * max_parallel + 1 + max(1, n_scratch) > 256:  # LLAMA_MAX_SEQ
            raise ValueError("2 * max_parallel + 1 + n_scratch must be <= 256 sequences")
        if kv_cache_type not in KV_CACHE_TYPES:
            raise ValueError(f"kv_cache_type must be one of {', '.join(KV_CACHE_TYPES)}")
        if choice_scoring not in ("sum", "first_token"):
            raise ValueError("choice_scoring must be 'sum' or 'first_token'")
        path = Path(model_path)
        if not path.is_file():
            raise FileNotFoundError(f"model file not found: {path}")
        if verify_sha256:
            if not model_sha256:
                raise ValueError("verify_sha256 needs model_sha256")
            actual = sha256_file(path)
            if actual != model_sha256.lower():
                raise ValueError(f"{path}: sha256 {actual} != expected {model_sha256}")

        self._ll = llama_cpp
        self.name = name
        self.model_sha256 = model_sha256
        self.model_path = str(path)
        self.seed = seed
        self.max_parallel = max_parallel
        self.n_batch = n_batch
        self.n_ctx = n_ctx
        self.kv_cache_type = kv_cache_type
        self.choice_scoring = choice_scoring
        self.parse_special = parse_special
        self.n_threads = int(n_threads or os.cpu_count() or 1)
        self.stats = EngineStats()
        self._n_scratch = max(1, n_scratch)
        self._holder = max_parallel
        self._scratch0 = max_parallel + 1
        self._kept0 = self._scratch0 + self._n_scratch
        self._n_seq = self._kept0 + max_parallel
        self._kept: dict[int, list[int]] = {}  # kept sequence id -> the tokens its KV holds
        self._model = None
        self._ctx = None
        self._batch = None

        self._model = _preloaded.get(str(path.resolve()))
        self._owns_model = self._model is None
        if self._model is None:
            self._model = _load_model(path, verbose=verbose)
        self._vocab = llama_cpp.llama_model_get_vocab(self._model)
        self.n_vocab = int(llama_cpp.llama_vocab_n_tokens(self._vocab))
        self.n_ctx_train = int(llama_cpp.llama_model_n_ctx_train(self._model))
        self.n_swa = int(llama_cpp.llama_model_n_swa(self._model))
        self._bos = int(llama_cpp.llama_vocab_bos(self._vocab))
        self._eos = int(llama_cpp.llama_vocab_eos(self._vocab))
        self._add_bos = bool(llama_cpp.llama_vocab_get_add_bos(self._vocab))

        # per-sequence budget; the context gets n_batch extra cells for in-flight choice scoring
        self.seq_budget = min(n_ctx // max_parallel, self.n_ctx_train)
        self.context_size = self.seq_budget
        cparams = llama_cpp.llama_context_default_params()
        for field, value in (("n_ctx", n_ctx + n_batch), ("n_batch", n_batch), ("n_ubatch", n_batch),
                             ("n_seq_max", self._n_seq), ("n_threads", self.n_threads),
                             ("n_threads_batch", self.n_threads), ("kv_unified", True),
                             ("no_perf", True), ("embeddings", False),
                             # sliding-window layers keep all positions: no pruned cells, so
                             # prefixes can be cut back and copied freely (costs KV memory only)
                             ("swa_full", True)):
            _set_field(cparams, field, value)
        kv_type = getattr(llama_cpp, f"GGML_TYPE_{kv_cache_type.upper()}")
        _set_field(cparams, "type_k", kv_type)
        _set_field(cparams, "type_v", kv_type)
        if flash_attn is not None:
            _set_field(cparams, "flash_attn_type", llama_cpp.LLAMA_FLASH_ATTN_TYPE_ENABLED if flash_attn
                       else llama_cpp.LLAMA_FLASH_ATTN_TYPE_DISABLED)
        self._ctx = llama_cpp.llama_init_from_model(self._model, cparams)
        if not self._ctx:
            self.close()
            raise RuntimeError("llama.cpp could not create a context")
        self._mem = llama_cpp.llama_get_memory(self._ctx)
        self._batch = llama_cpp.llama_batch_init(n_batch, 0, 1)
        b = self._batch
        self._b_tok = np.ctypeslib.as_array(b.token, shape=(n_batch,))
        self._b_pos = np.ctypeslib.as_array(b.pos, shape=(n_batch,))
        self._b_nseq = np.ctypeslib.as_array(b.n_seq_id, shape=(n_batch,))
        self._b_logits = np.ctypeslib.as_array(b.logits, shape=(n_batch,))
        self._b_seq = [b.seq_id[i] for i in range(n_batch)]
        self._b_nseq[:] = 1
        self._n = 0
        self._row_t = ctypes.c_float * self.n_vocab
        self._pieces: dict[int, bytes] = {}
        self._eog_cache: dict[int, bool] = {}
        self._holder_tokens: list[int] = []
        self.last_choice_scores: list[list[float] | None] = []  # per request of the last call
        self.last_tokens: list[list[int]] = []  # completion token ids per request of the last call

    # -- public API -------------------------------------------------------------------------

    @property
    def max_prompt_tokens(self) -> int:
        """``count_tokens(prompt) + max_tokens`` (or + the longest choice) must not exceed this."""
        return self.seq_budget - (1 if self._add_bos else 0)

    def count_tokens(self, text: str) -> int:
        """Tokens of ``text`` alone (no BOS), with the model's tokenizer."""
        return len(self._tokenize(text, add_special=False))

    def tokenize(self, text: str) -> list[int]:
        """The prompt tokens the engine evaluates for ``text`` (BOS included when the model wants it)."""
        toks = self._tokenize(text, add_special=True)
        return toks if toks else [self._bos]

    def reset_cache(self) -> None:
        """Forget the prefix and the sequences kept from earlier calls (the next call evaluates
        its prompts anew)."""
        if self._ctx is not None:
            self._seq_rm(self._holder)
            self._drop_kept()
        self._holder_tokens = []
        self._kept = {}

    def _generate(self, requests: Sequence[GenerationRequest]) -> list[Generation]:
        if self._ctx is None:
            raise RuntimeError("engine is closed")
        reqs = list(requests)
        if not reqs:
            return []
        toks = [self.tokenize(r.prompt) for r in reqs]
        choice_toks = [self._choice_tokens(r) for r in reqs]
        for i, (r, t) in enumerate(zip(reqs, toks, strict=True)):
            self._check_fits(i, r, t, choice_toks[i])
        self.stats.calls += 1
        self.stats.requests += len(reqs)
        self.stats.prompt_tokens += sum(len(t) for t in toks)
        return self._run(reqs, toks, choice_toks)

    def close(self) -> None:
        ll = getattr(self, "_ll", None)
        if ll is None:
            return
        if getattr(self, "_batch", None) is not None:
            ll.llama_batch_free(self._batch)
            self._batch = None
        if getattr(self, "_ctx", None):
            ll.llama_free(self._ctx)
        self._ctx = None
        if getattr(self, "_model", None) and getattr(self, "_owns_model", True):
            ll.llama_model_free(self._model)
        self._model = None

    def __del__(self) -> None:  # pragma: no cover - best effort
        try:
            self.close()
        except Exception:
            pass

    def __enter__(self) -> LlamaCppEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- tokens -----------------------------------------------------------------------------

    def _tokenize(self, text: str, add_special: bool) -> list[int]:
        ll = self._ll
        data = text.encode("utf-8")
        cap = len(data) + 8
        buf = (ll.llama_token * cap)()
        n = ll.llama_tokenize(self._vocab, data, len(data), buf, cap, add_special, self.parse_special)
        if n < 0:
            cap = -n
            buf = (ll.llama_token * cap)()
            n = ll.llama_tokenize(self._vocab, data, len(data), buf, cap, add_special, self.parse_special)
            if n < 0:
                raise RuntimeError(f"tokenization failed ({n})")
        return list(buf[:n])

    def _piece(self, tok: int) -> bytes:
        p = self._pieces.get(tok)
        if p is None:
            ll = self._ll
            buf = ctypes.create_string_buffer(64)
            n = ll.llama_token_to_piece(self._vocab, tok, buf, 64, 0, False)
            if n < 0:
                buf = ctypes.create_string_buffer(-n)
                n = ll.llama_token_to_piece(self._vocab, tok, buf, -n, 0, False)
            p = buf.raw[:max(n, 0)]
            self._pieces[tok] = p
        return p

    def _is_eog(self, tok: int) -> bool:
        v = self._eog_cache.get(tok)
        if v is None:
            v = bool(self._ll.llama_vocab_is_eog(self._vocab, tok))
            self._eog_cache[tok] = v
        return v

    def _choice_tokens(self, req: GenerationRequest) -> list[list[int]]:
        """Tokens of each choice as a continuation of the prompt.

        A choice without leading blank after a prompt without trailing blank is scored as
        " choice" (how the text would continue), while the returned text is the bare choice.
        """
        if req.choices is None:
            return []
        if not req.choices:
            raise ValueError("choices must not be empty")
        sep = " " if req.prompt and not req.prompt[-1].isspace() else ""
        out = []
        for c in req.choices:
            text = c if (not c or c[0].isspace()) else sep + c
            out.append(self._tokenize(text, add_special=False) if text else [])
        return out

    def _check_fits(self, i: int, req: GenerationRequest, toks: list[int], ctoks: list[list[int]]) -> None:
        extra = max((len(c) for c in ctoks), default=0) if req.choices is not None else max(req.max_tokens, 0)
        if req.choices is not None and extra > self.n_batch:
            raise ValueError(f"request {i}: a choice of {extra} tokens exceeds n_batch={self.n_batch}")
        if len(toks) + extra > self.seq_budget:
            what = "the longest choice" if req.choices is not None else f"max_tokens={req.max_tokens}"
            raise ValueError(
                f"request {i}: prompt of {len(toks)} tokens + {what} ({extra}) exceeds the "
                f"{self.seq_budget}-token budget per sequence of {self.name} "
                f"(n_ctx={self.n_ctx}, max_parallel={self.max_parallel}); "
                f"max_prompt_tokens={self.max_prompt_tokens}: chunk the document")

    # -- llama.cpp plumbing -------------------------------------------------------------------

    def _add(self, tok: int, pos: int, seq: int, logits: bool) -> int:
        i = self._n
        self._b_tok[i] = tok
        self._b_pos[i] = pos
        self._b_seq[i][0] = seq
        self._b_logits[i] = 1 if logits else 0
        self._n = i + 1
        return i

    def _decode(self) -> None:
        n = self._n
        if n == 0:
            return
        batch = self._batch
        assert batch is not None
        batch.n_tokens = n
        t = time.perf_counter()
        rc = self._ll.llama_decode(self._ctx, batch)
        self.stats.decode_seconds += time.perf_counter() - t
        self.stats.decode_calls += 1
        self._n = 0
        if rc != 0:
            raise RuntimeError(f"llama_decode failed with code {rc} (batch of {n} tokens)")

    def _row(self, i: int) -> np.ndarray:
        ptr = self._ll.llama_get_logits_ith(self._ctx, i)
        addr = ctypes.cast(ptr, ctypes.c_void_p).value
        if not addr:
            raise RuntimeError(f"no logits for batch index {i}")
        row: np.ndarray = np.frombuffer(memoryview(self._row_t.from_address(addr)), dtype=np.float32)
        return row

    def _seq_rm(self, seq: int, p0: int = -1, p1: int = -1) -> bool:
        return bool(self._ll.llama_memory_seq_rm(self._mem, seq, p0, p1))

    def _seq_cp(self, src: int, dst: int) -> None:
        self._ll.llama_memory_seq_cp(self._mem, src, dst, -1, -1)

    # -- the shared prefix --------------------------------------------------------------------

    def _prepare_prefix(self, toks: list[list[int]], *, extend: bool = True) -> int:
        """Make the holder sequence contain the call's common prefix; return its length.

        ``extend=False`` only cuts the held prefix back to what the call shares (requests that
        continue kept sequences need no new prefix evaluated)."""
        first = toks[0]
        L = min(len(t) for t in toks) - 1  # every request keeps >= 1 own token: its logits row
        for t in toks[1:]:
            k = 0
            lim = min(L, len(t))
            while k < lim and t[k] == first[k]:
                k += 1
            L = k
        L = max(L, 0)
        held = self._holder_tokens
        keep = 0
        lim = min(len(held), L)
        while keep < lim and held[keep] == first[keep]:
            keep += 1
        if keep == 0:
            self._seq_rm(self._holder)
            self._holder_tokens = []
        elif keep < len(held):
            if not self._seq_rm(self._holder, keep, -1) or \
                    self._ll.llama_memory_seq_pos_min(self._mem, self._holder) > max(0, keep - self.n_swa):
                # a sliding-window cache may have dropped positions the shorter prefix needs
                self._seq_rm(self._holder)
                keep = 0
            self._holder_tokens = first[:keep]
        if not extend:
            return keep
        for start in range(keep, L, self.n_batch):
            end = min(L, start + self.n_batch)
            for p in range(start, end):
                self._add(first[p], p, self._holder, False)
            self._holder_tokens = []  # unknown state should the decode fail
            self._decode()
            self._holder_tokens = first[:end]
            self.stats.prefix_tokens_evaluated += end - start
            self.stats.prompt_tokens_evaluated += end - start
        return L

    # -- sequences kept from the previous call ---------------------------------------------------

    def _match_kept(self, toks: list[list[int]]) -> dict[int, tuple[int, int]]:
        """Requests that continue a kept sequence beyond the held prefix: request index ->
        (kept sequence, tokens to reuse), at most ``max_parallel`` of them (they all start in the
        call's first wave). Kept sequences nobody continues are dropped, the others cut back to
        what is reused, so they hold no cell a slot will not share."""
        matches: dict[int, tuple[int, int]] = {}
        held = self._holder_tokens
        for i, t in enumerate(toks):
            if len(matches) == self.max_parallel or not self._kept:
                break
            lim = len(t) - 1  # the request keeps >= 1 own token: its logits row
            best = (-1, _common_prefix(held, t, lim))
            for seq, kept in self._kept.items():
                m = _common_prefix(kept, t, lim)
                if m > best[1]:
                    best = (seq, m)
            if best[0] >= 0:
                matches[i] = best
        for seq in list(self._kept):
            reuse = max((m for s, m in matches.values() if s == seq), default=0)
            if reuse == 0 or not self._seq_rm(seq, reuse, -1):
                self._seq_rm(seq)
                del self._kept[seq]
                matches = {i: sm for i, sm in matches.items() if sm[0] != seq}
        return matches

    def _keep(self, s: int, st: _Slot) -> None:
        """Keep slot ``s``'s KV state (prompt and fed completion tokens) for the next call."""
        free = [k for k in range(self._kept0, self._kept0 + self.max_parallel) if k not in self._kept]
        if not free:
            return
        self._seq_rm(free[0])
        self._seq_cp(s, free[0])
        self._kept[free[0]] = (st.tokens + st.out)[:st.pos]

    def _drop_kept(self) -> None:
        for seq in range(self._kept0, self._kept0 + self.max_parallel):
            self._seq_rm(seq)
        self._kept = {}

    # -- the decoding loop ----------------------------------------------------------------------

    def _run(self, reqs: list[GenerationRequest], toks: list[list[int]],
             choice_toks: list[list[list[int]]]) -> list[Generation]:
        P = self.max_parallel
        results: list[Generation | None] = [None] * len(reqs)
        self.last_choice_scores = [None] * len(reqs)
        self.last_tokens = [[] for _ in reqs]
        for s in range(P):  # slots may hold leftovers of an interrupted call
            self._seq_rm(s)
        for k in range(self._n_scratch):
            self._seq_rm(self._scratch0 + k)
        matches = self._match_kept(toks)
        L = self._prepare_prefix(toks, extend=not matches)
        # requests continuing a kept sequence start first: the kept ones are dropped after that
        pending = deque(sorted(range(len(reqs)), key=lambda i: i not in matches))
        slots: list[_Slot | None] = [None] * P
        jobs: deque[tuple[_Slot, int]] = deque()   # (slot, choice index) waiting for a scratch seq
        free_scratch = list(range(self._scratch0, self._scratch0 + self._n_scratch))
        try:
            while True:
                for s in range(P):
                    while slots[s] is None and pending:
                        slots[s] = self._start(s, pending.popleft(), reqs, toks, choice_toks, L, results,
                                               matches)
                if matches:
                    self._drop_kept()
                    matches = {}
                if not pending and not any(slots):
                    break
                inflight = self._fill_batch(slots, jobs, free_scratch)
                self._decode()
                t = time.perf_counter()
                for s in range(P):
                    st = slots[s]
                    if st is None or st.logit_i < 0:
                        continue
                    row = self._row(st.logit_i)
                    st.logit_i = -1
                    if st.phase == _GEN or (st.phase == _PROMPT and st.req.choices is None):
                        st.phase = _GEN
                        if self._step(st, row):
                            self._finish(s, st, slots, results, keep=not pending)
                    else:  # the prompt of a choices request is in
                        st.phase = _CHOICE
                        self._start_choices(st, row, jobs)
                        if st.jobs_left == 0:
                            self._finish(s, st, slots, results, keep=not pending)
                for st, j, seq, first_i, n_tok in inflight:
                    ctoks = st.choice_toks[j]
                    for k in range(n_tok):
                        row = self._row(first_i + k)
                        st.scores[j] += _logprob(row, ctoks[k + 1])
                    self._seq_rm(seq)
                    free_scratch.append(seq)
                    st.jobs_left -= 1
                    if st.jobs_left == 0:
                        s = next(i for i, x in enumerate(slots) if x is st)
                        self._finish(s, st, slots, results, keep=not pending)
                self.stats.sample_seconds += time.perf_counter() - t
        except BaseException:
            self._drop_kept()  # their state is unknown after a failed decode
            raise
        finally:
            self._n = 0
            for s in range(P):
                self._seq_rm(s)
            for k in range(self._n_scratch):
                self._seq_rm(self._scratch0 + k)
        return results  # type: ignore[return-value]

    def _start(self, s: int, i: int, reqs: list[GenerationRequest], toks: list[list[int]],
               choice_toks: list[list[list[int]]], L: int, results: list[Generation | None],
               matches: dict[int, tuple[int, int]]) -> _Slot | None:
        req = reqs[i]
        if req.choices is None and req.max_tokens <= 0:
            results[i] = Generation("", len(toks[i]), 0, 0.0)
            return None
        if req.choices is not None and len(req.choices) == 1:  # nothing to decide
            results[i] = Generation(req.choices[0], len(toks[i]), len(choice_toks[i][0]), 0.0)
            self.last_choice_scores[i] = [0.0]
            return None
        self._seq_rm(s)
        kept, start = matches.get(i, (-1, L))
        if start:
            self._seq_cp(self._holder if kept < 0 else kept, s)
            if kept >= 0:
                self._seq_rm(s, start, -1)  # the kept sequence may run on beyond this request's match
                self.stats.kept_tokens_reused += start
            self.stats.prefix_tokens_reused += start
        st = _Slot(i, req, toks[i], start)
        st.choice_toks = choice_toks[i]
        return st

    def _fill_batch(self, slots: list[_Slot | None], jobs: deque[tuple[_Slot, int]],
                    free_scratch: list[int]) -> list[tuple[_Slot, int, int, int, int]]:
        cap = self.n_batch
        # 1. one token per decoding sequence
        for s, st in enumerate(slots):
            if st is not None and st.phase == _GEN:
                st.logit_i = self._add(st.next_token, st.pos, s, True)
                st.pos += 1
        # 2. multi-token choices, each in a scratch copy of its slot's sequence
        inflight = []
        while jobs and free_scratch:
            st, j = jobs[0]
            ctoks = st.choice_toks[j]
            n_tok = len(ctoks) - 1
            if self._n + n_tok > cap:
                break
            jobs.popleft()
            seq = free_scratch.pop()
            s = next(i for i, x in enumerate(slots) if x is st)
            self._seq_rm(seq)
            self._seq_cp(s, seq)
            first_i = self._n
            for k in range(n_tok):
                self._add(ctoks[k], st.pos + k, seq, True)
            self.stats.choice_tokens_evaluated += n_tok
            inflight.append((st, j, seq, first_i, n_tok))
        # 3. prompt tokens, logits only for each prompt's last token
        for s, st in enumerate(slots):
            room = cap - self._n
            if room <= 0:
                break
            if st is None or st.phase != _PROMPT or not st.todo:
                continue
            take = st.todo[:room]
            del st.todo[:room]
            last = len(take) - 1
            for k, tok in enumerate(take):
                i = self._add(tok, st.pos + k, s, k == last and not st.todo)
            st.pos += len(take)
            self.stats.prompt_tokens_evaluated += len(take)
            if not st.todo:
                st.logit_i = i
        return inflight

    def _step(self, st: _Slot, row: np.ndarray) -> bool:
        """Greedy step for one sequence; True when it is done."""
        if st.req.never_start and not st.buf.strip():
            tok = self._first_allowed(st, row)
        else:
            tok = int(row.argmax())
        if self._is_eog(tok):
            return True
        st.out.append(tok)
        self.stats.completion_tokens += 1
        st.buf += self._piece(tok)
        req = st.req
        if req.stop or req.give_up or req.stop_at:
            text = st.buf.decode("utf-8", errors="ignore")
            cut = stop_index(text, req)  # the same cut the other engines make on their finished text
            if cut >= 0:
                st.text = text[:cut]
                st.stopped = True
                return True
            if req.give_up is not None and req.give_up(text):
                st.text = text
                st.stopped = True
                self.stats.given_up += 1
                return True
        if len(st.out) >= req.max_tokens:
            return True
        st.next_token = tok
        return False

    def _first_allowed(self, st: _Slot, row: np.ndarray) -> int:
        """The most likely token that neither ends the output while it is still blank (end of
        generation, a stop string) nor begins it with one of ``never_start``."""
        banned = tuple(b.encode() for b in st.req.never_start)
        stops = [s.encode() for s in st.req.stop if s]
        for width in (64, len(row)):  # almost always decided among the best 64
            top = np.argpartition(row, -width)[-width:] if width < len(row) else np.arange(len(row))
            for tok in top[np.argsort(row[top])[::-1]]:
                tok = int(tok)
                if self._is_eog(tok):
                    continue
                text = bytes(st.buf) + self._piece(tok)
                if any(s in text for s in stops) or text.lstrip().startswith(banned):
                    continue
                return tok
        return int(row.argmax())

    def _start_choices(self, st: _Slot, row: np.ndarray, jobs: deque[tuple[_Slot, int]]) -> None:
        ctoks = st.choice_toks
        lse = _logsumexp(row)
        st.scores = [float(row[c[0]] - lse) if c else float(row[self._eos] - lse) for c in ctoks]
        firsts = [c[0] if c else -1 for c in ctoks]
        if self.choice_scoring == "first_token" and -1 not in firsts and len(set(firsts)) == len(firsts):
            return
        for j, c in enumerate(ctoks):
            if len(c) > 1:
                jobs.append((st, j))
                st.jobs_left += 1

    def _finish(self, s: int, st: _Slot, slots: list[_Slot | None], results: list[Generation | None], *,
                keep: bool) -> None:
        """Record the result and free the slot; ``keep``: keep its KV for the next call (only in a
        call's last wave, so kept cells never crowd out a later request of the same call)."""
        if st.req.choices is not None:
            best = int(np.argmax(st.scores))  # first of equals
            self.last_choice_scores[st.idx] = list(st.scores)
            text = st.req.choices[best]
            n_out = len(st.choice_toks[best])
            self.last_tokens[st.idx] = list(st.choice_toks[best])
        else:
            text = st.text if st.stopped else st.buf.decode("utf-8", errors="ignore")
            n_out = len(st.out)
            self.last_tokens[st.idx] = st.out
        gen = Generation(text, len(st.tokens), n_out, (time.perf_counter() - st.t0) * 1000.0, st.previous)
        results[st.idx] = gen
        follow = st.req.then(gen) if st.req.then is not None else None
        if follow is not None:
            slots[s] = self._follow_up(s, st, follow, gen)
            return
        if keep:
            self._keep(s, st)
        self._seq_rm(s)
        slots[s] = None

    def _follow_up(self, s: int, st: _Slot, req: GenerationRequest, gen: Generation) -> _Slot:
        """Slot ``s``, which just finished ``st``, running ``req`` next: its KV is cut back to what
        ``st``'s evaluated tokens and ``req``'s prompt share, only the rest is evaluated."""
        toks = self.tokenize(req.prompt)
        ctoks = self._choice_tokens(req)
        self._check_fits(st.idx, req, toks, ctoks)
        done = (st.tokens + st.out)[:st.pos]
        common = _common_prefix(done, toks, len(toks) - 1)  # >= 1 own token: its logits row
        self._seq_rm(s, common, -1)
        self.stats.requests += 1
        self.stats.follow_ups += 1
        self.stats.prompt_tokens += len(toks)
        self.stats.follow_up_tokens_reused += common
        nxt = _Slot(st.idx, req, toks, common)
        nxt.choice_toks = ctoks
        nxt.previous = gen
        return nxt


def preload(model_path: str | os.PathLike[str]) -> None:
    """Load the model's weights and vocabulary now, for every engine this process builds on the
    same file later (they share it; it is never freed). A worker's main process calls it before
    it forks the pool: the children inherit the loaded model copy-on-write (vocabulary, repacked
    weights, tensor metadata: ~55 MB of Gemma 3 270M's memory besides the mapped file) and each
    builds only its own context (KV cache, buffers). Loading starts no thread, so forking after
    it is safe."""
    path = Path(model_path)
    if str(path.resolve()) not in _preloaded:
        _preloaded[str(path.resolve())] = _load_model(path, verbose=False)


def _load_model(path: Path, *, verbose: bool) -> object:
    """The llama_model of ``path``: weights memory-mapped (read-only, page cache shared by all
    worker processes), CPU only."""
    import llama_cpp

    global _backend_ready
    if not verbose:
        _install_quiet_log(llama_cpp)
    if not _backend_ready:
        llama_cpp.llama_backend_init()
        _backend_ready = True
    mparams = llama_cpp.llama_model_default_params()
    # ctypes structs accept unknown attributes silently, so set only fields that exist
    _set_field(mparams, "load_mode", llama_cpp.LLAMA_LOAD_MODE_MMAP)
    _set_field(mparams, "n_gpu_layers", 0)
    model = llama_cpp.llama_model_load_from_file(str(path).encode(), mparams)
    if not model:
        raise RuntimeError(f"llama.cpp could not load {path}")
    return model


def _common_prefix(a: list[int], b: list[int], limit: int) -> int:
    """Length of the common prefix of ``a`` and ``b``, at most ``limit``."""
    n = min(len(a), len(b), limit)
    k = 0
    while k < n and a[k] == b[k]:
        k += 1
    return k


def _set_field(struct: ctypes.Structure, name: str, value: object) -> None:
    if name not in {f[0] for f in type(struct)._fields_}:
        raise RuntimeError(f"llama-cpp-python's {type(struct).__name__} has no field {name!r}: "
                           "unsupported llama-cpp-python version")
    setattr(struct, name, value)


def _logsumexp(row: np.ndarray) -> float:
    m = float(row.max())
    return m + float(np.log(np.exp(row - m).sum()))


def _logprob(row: np.ndarray, tok: int) -> float:
    return float(row[tok]) - _logsumexp(row)
