"""NegEx-style negation scoping and report sections, for rule-based classification.

A finding term is *negated* when a negation trigger ("no", "without", "negative for", "no
evidence of", ...) precedes it in the same clause, or a post-trigger ("is not seen", "has
resolved") follows it. Pseudo-triggers ("no change in", "not only") do not negate; clause
breakers ("but", "however", ";") end a trigger's scope.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_PRE = r"no|not|without|negative for|free of|no evidence of|no signs? of|absence of|absent|denies|rule[sd]? out|" \
       r"resolution of|resolved|clear of|nor|neither|no definite|no acute|no new|no significant|no focal|no gross|" \
       r"no suspicious|no radiographic evidence of|unremarkable for|never|no true|mimic\w*|simulat\w*|" \
       r"rather than|" \
       r"interval resolution of|no residual|no longer|(?:interval )?clearing of"
_PSEUDO = r"no (?:significant |interval )?change|no increase|not only|not necessarily|without (?:significant )?change|" \
          r"no decrease|unchanged|" \
          r"(?:cannot|can not|could not|can't) (?:be )?(?:excluded?|ruled? out)|" \
          r"not (?:be )?(?:excluded|ruled out)|" \
          r"(?:cannot|can not|could not|can't) rule out|not (?:entirely |completely )?(?:exclude|excluded)"
_POST = r"(?:is|are|was|were|has been|have been)? ?(?:not (?:seen|identified|visualized|present|demonstrated|appreciated|" \
        r"evident|detected)|absent|excluded|ruled out|resolved|has resolved|have resolved|" \
        r"(?:has |have )?cleared)"
# One \b before a grouped alternation (not \b in every branch): about 9x faster, and the
# triggers run on lower-cased text without IGNORECASE (which disables the regex engine's
# literal-prefix search): rule classification is the hot loop of a rules-only pipeline.
_BREAK = r"[;:]|\b(?:(?:but|however|although|except|which|with the exception|apart from|aside from|other than|" \
         r"stable|remains?)\b|persist)"

PRE_TRIGGER = re.compile(rf"\b(?:{_PRE})\b")
PSEUDO_TRIGGER = re.compile(rf"\b(?:{_PSEUDO})\b")
POST_TRIGGER = re.compile(rf"^[\s,]*(?:{_POST})\b")
CLAUSE_BREAK = re.compile(_BREAK)
SENTENCE = re.compile(r"[^.\n!?]+(?:[.!?]+|\n|$)")
SECTION_HEADER = re.compile(r"^[ \t]*([A-Za-z][A-Za-z /&]{2,40}?)[ \t]*:", re.MULTILINE)
#: Markdown headings and bold labels: "## Impression", "**Findings:**", "**Impression**".
MARKDOWN_HEADER = re.compile(r"^[ \t]*(?:#{1,6}[ \t]*|\*\*)([A-Za-z][A-Za-z /&]{2,40}?)(?::?\*\*:?|[ \t]*:)?[ \t]*$",
                             re.MULTILINE)
#: Report headers also found mid-line ("... are clear. IMPRESSION: No acute process.", ",FINDINGS: ,").
INLINE_HEADER = re.compile(
    r"(?<![A-Za-z])(findings|impressions?|conclusions?|indications?|(?:clinical )?history|comparisons?|technique|"
    r"exam(?:ination)?|recommendations?|interpretation|summary|reason for (?:exam|study))[ \t]*:",
    re.IGNORECASE,
)
PRE_WINDOW_WORDS = 12  # long negated lists: "no consolidation, effusion, pneumothorax or nodule"


def sections(text: str, wanted: Iterable[str]) -> str:
    """The text of the wanted sections (e.g. findings, impression); the whole text if none exist."""
    wanted_set = {w.lower() for w in wanted}
    headers: list[re.Match[str]] = []
    found = [*SECTION_HEADER.finditer(text), *INLINE_HEADER.finditer(text), *MARKDOWN_HEADER.finditer(text)]
    for match in sorted(found, key=lambda m: m.start()):
        if not headers or match.start() >= headers[-1].end():
            headers.append(match)
    parts = []
    for i, header in enumerate(headers):
        title = header.group(1).strip().lower()
        end = headers[i + 1].start() if i + 1 < len(headers) else len(text)
        if any(title == w or title.startswith(w) for w in wanted_set):
            parts.append(text[header.end():end])
    return "\n".join(parts) if parts else text


def is_negated(sentence: str, start: int, end: int) -> bool:
    """True when the term at ``sentence[start:end]`` is negated within its clause (case-insensitive)."""
    before = sentence[:start].lower()
    breaks = list(CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    words = before.split()
    window = " ".join(words[-PRE_WINDOW_WORDS:])
    if PRE_TRIGGER.search(window) and not PSEUDO_TRIGGER.search(window):
        return True
    after = sentence[end:].lower()
    after_break = CLAUSE_BREAK.search(after)
    if after_break:
        after = after[: after_break.start()]
    return bool(POST_TRIGGER.search(after))


_CONTEXT_SENSITIVE = re.compile(r"\(\?<[=!]|\(\?!|\^|\$|\\A|\\Z")


@lru_cache(maxsize=1024)
def _whole_text_test(pattern: str) -> bool:
    """Whether "no match in the whole text" implies "no match in any of its sentences" for ``pattern``.

    Sentences are substrings cut after a terminator, so a match inside one is a match in the
    whole text, unless the pattern looks past its match (lookbehind, negative lookahead) or
    is anchored: those could match in a cut-off sentence only."""
    return _CONTEXT_SENSITIVE.search(pattern) is None


def affirmed_matches(text: str, pattern: re.Pattern[str], *, negatable: bool = True,
                     unless: re.Pattern[str] | None = None) -> list[str]:
    """The matches of ``pattern`` in ``text`` that are not negated.

    Sentences matching ``unless`` (normal variants, artefacts: "nipple shadow") are skipped.
    """
    spans: list[tuple[int, int]] | None = None
    if _whole_text_test(pattern.pattern):
        # A sentence can hold a match only where a whole-text match starts or runs through it
        # (the whole-text scan either consumed that position or tried it), so sentences that
        # no whole-text match touches are skipped; with no match at all, nothing is split.
        spans = [m.span() for m in pattern.finditer(text)]
        if not spans:
            return []
    found = []
    nxt = 0
    for sentence_match in SENTENCE.finditer(text):
        if spans is not None:
            start, end = sentence_match.span()
            # Drop spans wholly before this sentence (an empty span at its start still touches it).
            while nxt < len(spans) and (spans[nxt][1] < start or spans[nxt][0] < spans[nxt][1] == start):
                nxt += 1
            if nxt == len(spans):
                break
            if spans[nxt][0] >= end:
                continue
        sentence = sentence_match.group(0)
        if unless is not None and unless.search(sentence):
            continue
        for match in pattern.finditer(sentence):
            if not negatable or not is_negated(sentence, match.start(), match.end()):
                found.append(match.group(0))
    return found
