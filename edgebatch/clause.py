"""Clause detection in contracts: passages, overlapping chunks, candidate retrieval, contradiction cues.

A contract is cut into passages (sentences, list items); passages are grouped into chunks that fit
the model context, with overlap so a clause on a chunk boundary is whole in one chunk. Each clause
of the spec has regex ``patterns`` (candidate retrieval) and ``terms`` (BM25-style ranking of the
candidates); a candidate whose passage matches a ``contradiction`` pattern, or a generic negation
cue right before the match, is marked ``contradicted`` (e.g. "shall not make copies" for a
permissible-copy clause). All offsets here are into the text given (the redacted text); callers
map them back to the original document.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Status = Literal["present", "contradicted"]

_PASSAGE_END = re.compile(
    r"(?<=[.;!?])\s+(?=[\"'(“A-Z0-9])|\n\s*\n|\n(?=\s*(?:\(?[0-9ivxIVX]{1,4}[.)]|\(?[a-zA-Z][.)]\s|[•\-*]\s))"
)
_TOKEN = re.compile(r"[a-z]+")
#: Negation cues that flip a clause when they come shortly before the matched words.
#: An exception after a prohibition keeps the clause ("shall not retain copies, except one archival copy").
_EXCEPTION = re.compile(r"\b(?:except|excepting|provided,? (?:however|that)|unless|other than|save (?:for|that))\b",
                        re.IGNORECASE)
_NEGATION_CUE = re.compile(
    r"\b(?:shall not|will not|may not|must not|cannot|can not|not be (?:permitted|allowed|entitled|required)|"
    r"no (?:right|obligation|license|licence)|nor|neither|prohibited from|without the prior)\b[^.;]{0,60}$",
    re.IGNORECASE,
)


class ClauseSpec(BaseModel):
    """One clause type the pipeline looks for (configurable in the pipeline spec)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(..., pattern=r"^[a-z][a-z0-9_]*$")
    question: str = Field(..., description="Yes/no question the model answers about a passage")
    patterns: list[str] = Field(..., min_length=1, description="Regexes that make a passage a candidate")
    terms: list[str] = Field(default_factory=list, description="Words that rank candidates (BM25)")
    contradiction: list[str] = Field(default_factory=list, description="Regexes that mark a candidate contradicted")
    negatable: bool = Field(False, description="A negation cue before the match marks it contradicted")


@dataclass(frozen=True)
class Passage:
    start: int
    end: int


@dataclass
class Candidate:
    """A passage that may hold a clause: offsets into the searched text, score, status."""

    clause: str
    start: int
    end: int
    score: float
    status: Status
    cue: str = ""
    verified: bool | None = None


def passages(text: str, max_chars: int = 1200) -> list[Passage]:
    """Sentence / list-item passages of ``text``; over-long ones cut at spaces under ``max_chars``."""
    out: list[Passage] = []
    pos = 0
    bounds = [m.start() for m in _PASSAGE_END.finditer(text)] + [len(text)]
    for end in bounds:
        start = pos
        while start < end and text[start].isspace():
            start += 1
        while end - start > max_chars:
            cut = text.rfind(" ", start, start + max_chars)
            cut = cut if cut > start else start + max_chars
            out.append(Passage(start, cut))
            start = cut + 1
        if end > start:
            out.append(Passage(start, end))
        pos = end
    return _join_headings(text, out, max_chars)


def _join_headings(text: str, items: list[Passage], max_chars: int, short: int = 40) -> list[Passage]:
    """Join a short passage ("6. Governing Law.") to the next one on the same paragraph."""
    out: list[Passage] = []
    for item in items:
        prev = out[-1] if out else None
        if (prev is not None and prev.end - prev.start < short and item.end - prev.start <= max_chars
                and "\n\n" not in text[prev.end:item.start] and text[prev.end:item.start].count("\n") <= 1):
            out[-1] = Passage(prev.start, item.end)
        else:
            out.append(item)
    return out


def chunks(items: list[Passage], max_chars: int, overlap_chars: int) -> list[list[Passage]]:
    """Consecutive passages grouped into chunks of at most ``max_chars`` (a longer passage is alone),
    each chunk starting with the last ``overlap_chars`` worth of passages of the one before."""
    out: list[list[Passage]] = []
    i = 0
    while i < len(items):
        j = i
        while j < len(items) and (j == i or items[j].end - items[i].start <= max_chars):
            j += 1
        out.append(items[i:j])
        if j >= len(items):
            break
        back = j
        while back - 1 > i and items[j - 1].end - items[back - 1].start <= overlap_chars:
            back -= 1
        i = back if back < j else j
    return out


class ClauseFinder:
    """Compiled clause specs: retrieves candidates per clause in chunks of a text."""

    def __init__(self, clauses: list[ClauseSpec], *, top_k: int = 2, bm25_k1: float = 1.2, bm25_b: float = 0.75):
        self.clauses = clauses
        self.top_k = top_k
        self.k1, self.b = bm25_k1, bm25_b
        flags = re.IGNORECASE
        # a contradiction pattern also makes a passage a candidate ("whether or not marked")
        self.patterns = {
            c.name: re.compile("|".join(f"(?:{p})" for p in c.patterns + c.contradiction), flags) for c in clauses
        }
        self.contradictions = {
            c.name: re.compile("|".join(f"(?:{p})" for p in c.contradiction), flags) if c.contradiction else None
            for c in clauses
        }
        self.terms = {c.name: [t.lower() for t in c.terms] for c in clauses}

    def find(self, text: str, chunked: list[list[Passage]]) -> list[Candidate]:
        """The best ``top_k`` candidates per clause over all chunks (overlap duplicates merged)."""
        seen: dict[tuple[str, int, int], Candidate] = {}
        unique = {p for chunk in chunked for p in chunk}
        stats = _Corpus([text[p.start:p.end] for p in unique])
        for chunk in chunked:
            for passage in chunk:
                body = text[passage.start:passage.end]
                for clause in self.clauses:
                    key = (clause.name, passage.start, passage.end)
                    if key in seen:
                        continue
                    match = self.patterns[clause.name].search(body)
                    if match is None:
                        continue
                    status, cue = self._status(clause, body, match)
                    score = 1.0 + stats.bm25(body, self.terms[clause.name], self.k1, self.b)
                    seen[key] = Candidate(clause.name, passage.start, passage.end, score, status, cue)
        by_clause: dict[str, list[Candidate]] = {}
        for cand in seen.values():
            by_clause.setdefault(cand.clause, []).append(cand)
        out: list[Candidate] = []
        for cands in by_clause.values():
            # a contradiction anywhere is kept: it decides the clause's status
            cands.sort(key=lambda c: (-c.score, c.start))
            best = cands[: self.top_k]
            best += [c for c in cands[self.top_k:] if c.status == "contradicted"][:1]
            out.extend(best)
        return sorted(out, key=lambda c: (c.start, c.clause))

    def _status(self, clause: ClauseSpec, body: str, match: re.Match[str]) -> tuple[Status, str]:
        contra = self.contradictions[clause.name]
        if contra is not None:
            hit = contra.search(body)
            if hit and not _EXCEPTION.search(body, hit.end()):
                return "contradicted", hit.group(0)
        if clause.negatable:
            cue = _NEGATION_CUE.search(body[: match.start()])
            if cue:
                return "contradicted", cue.group(0).split()[0] + " " + cue.group(0).split()[1]
        return "present", ""


class _Corpus:
    """Document frequencies over the passages of one contract, for BM25 ranking."""

    def __init__(self, texts: list[str]) -> None:
        self.n = max(1, len(texts))
        self.df: Counter[str] = Counter()
        lengths = []
        for t in texts:
            toks = _TOKEN.findall(t.lower())
            lengths.append(len(toks))
            self.df.update(set(toks))
        self.avg_len = (sum(lengths) / len(lengths)) if lengths else 1.0

    def bm25(self, text: str, terms: list[str], k1: float, b: float) -> float:
        toks = _TOKEN.findall(text.lower())
        tf = Counter(toks)
        score = 0.0
        for term in terms:
            f = tf.get(term, 0)
            if not f:
                continue
            idf = math.log(1 + (self.n - self.df[term] + 0.5) / (self.df[term] + 0.5))
            score += idf * f * (k1 + 1) / (f + k1 * (1 - b + b * len(toks) / max(1.0, self.avg_len)))
        return score
