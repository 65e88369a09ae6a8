"""Constrained choices for engines that cannot score choices themselves: a GBNF grammar for
servers that take one, and matching a free answer back to one of the choices."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

_EDGE = re.compile(r"^[\s\"'`*.:;,!()\[\]-]+|[\s\"'`*.:;,!()\[\]-]+$")


def choice_grammar(choices: Sequence[str]) -> str:
    """A GBNF grammar (llama.cpp) whose only sentences are the choices, optionally after a space.

    The space matters for completion prompts ending in ``Label:``: the model's natural next
    token is `` normal``, and forbidding it would distort the choice.
    """
    alternatives = " | ".join(json.dumps(choice, ensure_ascii=False) for choice in choices)
    return f'root ::= " "? ({alternatives})'


def match_choice(answer: str, choices: Sequence[str]) -> str | None:
    """The choice ``answer`` gives, or None.

    Exact after trimming blanks, quotes and punctuation and ignoring case; else the longest
    choice the answer starts with as a whole word ("abnormal, with ..." is ``abnormal``).
    """
    norm = _EDGE.sub("", answer).lower()
    if not norm:
        return None
    for choice in choices:
        if _EDGE.sub("", choice).lower() == norm:
            return choice
    best: str | None = None
    for choice in choices:
        key = _EDGE.sub("", choice).lower()
        if key and norm.startswith(key) and not norm[len(key):len(key) + 1].isalnum():
            if best is None or len(key) > len(_EDGE.sub("", best)):
                best = choice
    return best


def retry_hint(choices: Sequence[str]) -> str:
    """The instruction appended to the prompt for the one retry after an answer outside the choices."""
    return f"Answer with exactly one of: {', '.join(choices)}."
