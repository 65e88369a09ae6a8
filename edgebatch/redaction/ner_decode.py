"""Greedy decoding of spaCy's NER in numpy: the entities spaCy's own parser finds, at a third of the time.

spaCy's ``ner`` is a transition parser: token vectors, then one BILUO action per token chosen greedily
from a small network's scores. spaCy 3.8's wheels for Python < 3.12 are built with Cython's profiling
hooks on, and in the parser's ``nogil`` loop every tiny call (``StateC.B_``, each action's ``is_valid``)
then takes and drops the GIL: ``perf`` on this machine put 40 % of NER's time in ``pthread_mutex`` lock
and unlock, and the loop cost ~1 ms per 14-token note, three times the network itself.

This module runs the same network layers (``tok2vec``, ``lower``, ``upper``) and replays the decisions:

- while no entity is open, a token's features are its own vector and two padding vectors, so the
  scores of every token are one matrix product, and the valid actions (``B-x`` unless it is the last
  token, the next one starts a sentence or it is whitespace; ``U-x`` unless whitespace; ``O``) are
  known from the tokens alone: every closed-state decision is one masked argmax over the batch;
- inside an entity (opened by ``B-x``), the features add the entity's first token and the previous
  one, and only ``I-x`` (not on the last token, nor before a sentence start) and ``L-x`` are valid:
  one small step per token inside an entity, in order.

Ties go to the lower action index as in spaCy's ``arg_max_if_valid``; the sums are formed in spaCy's
order, so the entities are the same (tests/redaction/test_ner_decode.py compares them with spaCy's
parse, note by note). Models this does not cover (beam search, other feature sets, unseen classes,
documents with preset entities) are decoded by spaCy itself: :meth:`GreedyDecoder.supports`.
"""

from __future__ import annotations

from typing import Any

import numpy as np

#: (first token, end token, spaCy label) of each entity of a document, token offsets
Entity = tuple[int, int, str]


class GreedyDecoder:
    """spaCy's greedy BILUO decisions for one ``ner`` pipe, computed batch-wise in numpy."""

    def __init__(self, pipe: Any) -> None:
        model = pipe.model
        self.tok2vec = model.layers[0]
        self.lower = model.get_ref("lower")
        upper = model.get_ref("upper")
        self.weights = upper.get_param("W")  # (actions, hidden)
        self.bias = upper.get_param("b")
        self.lower_bias = self.lower.get_param("b").reshape(-1)  # (hidden * pieces,)
        self.pieces = self.lower.get_dim("nP")
        names = [pipe.moves.get_class_name(i) for i in range(pipe.moves.n_moves)]
        moves = [name.partition("-") for name in names]
        self.labels = [label for _, _, label in moves]
        self.begins = np.array([m == "B" and bool(lab) for m, _, lab in moves])
        self.units = np.array([m == "U" and bool(lab) for m, _, lab in moves])
        self.outs = np.array([m == "O" for m, _, _ in moves])
        self.inside = {lab: i for i, (m, _, lab) in enumerate(moves) if m == "I"}
        self.last = {lab: i for i, (m, _, lab) in enumerate(moves) if m == "L"}
        self.supported = (
            pipe.cfg.get("beam_width", 1) == 1
            and model.attrs.get("has_upper", False)
            and not model.attrs.get("unseen_classes")
            and self.lower.get_dim("nF") == 3
            and self.pieces >= 2
            and all(m in "BILUO" and m for m, _, _ in moves)
            and all(self.inside[lab] < self.last[lab] for lab in self.inside)  # 'I' wins a tie with 'L'
        )

    def supports(self, docs: list[Any]) -> bool:
        """Whether this decoder gives spaCy's entities for ``docs`` (no preset entity in them)."""
        from spacy.attrs import ENT_IOB

        return self.supported and not any(doc.to_array(ENT_IOB).any() for doc in docs if len(doc))

    def __call__(self, docs: list[Any]) -> list[list[Entity]]:
        from spacy.attrs import IS_SPACE, SENT_START

        out: list[list[Entity]] = [[] for _ in docs]
        filled = [doc for doc in docs if len(doc)]
        if not filled:
            return out
        cached = self.lower.predict(self.tok2vec.predict(filled))  # (tokens + 1, 3, hidden, pieces): row 0 pads
        n = cached.shape[0] - 1
        cached = cached.reshape(n + 1, 3, -1)
        closed = ((cached[1:, 0] + cached[0, 1]) + cached[0, 2]) + self.lower_bias
        scores = self._maxout(closed) @ self.weights.T
        scores += self.bias

        space = np.concatenate([doc.to_array(IS_SPACE) for doc in filled]).astype(bool)
        sent_start = np.concatenate([doc.to_array(SENT_START) for doc in filled]) == 1
        last = np.zeros(n, dtype=bool)
        before_start = np.zeros(n, dtype=bool)  # the next token starts a sentence
        starts, ends = [], []
        offset = 0
        for doc in docs:
            starts.append(offset)
            offset += len(doc)
            ends.append(offset)
            if len(doc):
                last[offset - 1] = True
                before_start[starts[-1]:offset - 1] = sent_start[starts[-1] + 1:offset]

        valid = np.broadcast_to(self.outs, scores.shape).copy()
        valid |= self.begins & (~last & ~before_start & ~space)[:, None]
        valid |= self.units & ~space[:, None]
        choice = np.where(valid, scores, -np.inf).argmax(axis=1)  # first of equal maxima, as spaCy
        opened = np.flatnonzero(self.begins[choice] | self.units[choice])

        for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
            lo, hi = np.searchsorted(opened, (start, end))
            resume = start  # tokens before it belong to an entity already decoded
            for token in opened[lo:hi].tolist():
                if token < resume:
                    continue
                label = self.labels[choice[token]]
                if self.units[choice[token]]:
                    out[i].append((token - start, token + 1 - start, label))
                    continue
                stop = self._entity_end(cached, token, end, before_start, label)
                out[i].append((token - start, stop + 1 - start, label))
                resume = stop + 1
        return out

    def _entity_end(self, cached: Any, first: int, end: int, before_start: Any, label: str) -> int:
        """The last token of the entity ``B-label`` opened at ``first``: ``I-label`` until ``L-label``."""
        rows = [self.inside[label], self.last[label]]
        weights, bias = self.weights[rows], self.bias[rows]
        token = first + 1
        while token < end - 1 and not before_start[token]:  # else only 'L' is valid
            hidden = ((cached[token + 1, 0] + cached[first + 1, 1]) + cached[token, 2]) + self.lower_bias
            inside, closing = weights @ self._maxout(hidden) + bias
            if inside < closing:
                break
            token += 1
        return token

    def _maxout(self, values: Any) -> Any:
        return values.reshape(*values.shape[:-1], -1, self.pieces).max(axis=-1)
