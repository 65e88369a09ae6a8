"""Prompt injection: flag documents that talk to the model, and keep them from closing their fence.

A submitted document is data, but a model reads it in the same stream as its instructions. Two
defences, neither relying on the other:

* ``InjectionDetector`` flags documents with instruction-like text ("ignore all previous
  instructions", "you are now", "system prompt", chat role tags, ...). The flag does not stop the
  document (a report quoting a phishing mail is still a report); it is counted per signal in
  the audit and result rows (``injection_counts``, ``injection_total``) so it can be reviewed.
* ``fence`` puts a document inside the prompt's delimiters after removing anything in it that
  would look like those delimiters or like a model control token, so the document cannot end
  its own block and append instructions. Prompts restate the instruction after the block, and
  llama.cpp tokenises prompts with ``parse_special=False`` (control-token text stays text).
"""

from __future__ import annotations

import re
from collections import Counter

_GAP = r"[^.\n]{0,40}?"
SIGNALS: dict[str, str] = {
    "ignore_instructions": (
        r"\b(?:ignore|disregard|forget|override|bypass|skip)\s+(?:(?:all|any|every|the|your|my|these|those|"
        r"previous|prior|above|earlier|preceding|foregoing|other|original|initial|system|of|said)\s+){0,4}"
        r"(?:instructions?|prompts?|rules|directions|directives|guidelines|guardrails|context|messages?)\b"
        r"|\b(?:ignore|disregard|forget)\s+(?:everything|all|anything)\s+(?:above|before|previously|said|so\s+far)\b"),
    "new_instructions": r"\b(?:new|updated|real|actual|revised|additional)\s+(?:system\s+)?instructions?\s*:",
    "system_prompt": r"\bsystem\s+(?:prompt|message|instructions?)\b",
    "reveal_prompt": (r"\b(?:reveal|print|show|repeat|output|leak|disclose)\b" + _GAP
                      + r"\b(?:your|the|initial|original|hidden)\s+(?:instructions|prompt)\b"),
    "role_change": (r"\byou\s+are\s+(?:now|no\s+longer)\b|\bfrom\s+now\s+on\b[^.\n]{0,20}\byou\b"
                    r"|\bpretend\s+(?:to\s+be|you\s+are)\b|\bact\s+as\s+(?:an?\s+)?(?:unrestricted|different|new)\b"),
    "role_tag": (r"<\|?\s*(?:im_start|im_end|system|assistant|user|endoftext|eot_id|start_header_id)\s*\|?>"
                 r"|</?\s*(?:start_of_turn|end_of_turn|bos|eos)\s*>|\[/?INST\]|<<\s*/?SYS\s*>>"
                 r"|^[ \t]*#{0,3}[ \t]*(?:system|assistant)[ \t]*:"),
    "jailbreak": r"\b(?:jailbreak|developer\s+mode|do\s+anything\s+now|DAN\s+mode)\b",
    "output_override": (r"\binstead\b[^.\n]{0,20}\b(?:say|respond|reply|output|write|answer)\b"
                        r"|\b(?:respond|reply|answer)\s+only\s+with\b"),
}


# Every signal contains one of these (lower case): a substring test rules out most documents
# without running the expression (the load target is thousands of documents per second).
TRIGGERS = ("ignore", "disregard", "forget", "override", "bypass", "skip", "instruction", "system", "prompt",
            "you are", "from now on", "pretend", "act as", "<", "[inst", "[/inst", "assistant", "jailbreak",
            "developer mode", "anything now", "dan mode", "instead", " only with")


class InjectionDetector:
    """Counts instruction-like signals in a text (case-insensitive regular expressions)."""

    def __init__(self, signals: dict[str, str] | None = None) -> None:
        # One pass over the text: an alternation of named groups (a document has one scan, not eight).
        self.pattern = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in (signals or SIGNALS).items()),
                                  re.IGNORECASE | re.MULTILINE)

    def scan(self, text: str) -> Counter[str]:
        """Signal name -> number of matches (empty when the text looks like plain data)."""
        lowered = " ".join(text.lower().split())  # the signals allow any whitespace between words
        if not any(trigger in lowered for trigger in TRIGGERS):
            return Counter()
        return Counter(m.lastgroup for m in self.pattern.finditer(text) if m.lastgroup)


# Model control tokens (Gemma, ChatML, Llama) and fence-like tags, removed from fenced text.
_CONTROL_TOKENS = re.compile(r"<\|[^|<>\n]{1,40}\|>|</?\s*(?:start_of_turn|end_of_turn|bos|eos)\s*>", re.IGNORECASE)
_TAG = re.compile(r"</?\s*([A-Za-z_][\w-]{0,40})\s*>")


def fence_tags(template: str) -> frozenset[str]:
    """The tag names a prompt template uses as delimiters (``<report>`` ... ``</report>``)."""
    return frozenset(m.group(1).lower() for m in _TAG.finditer(template))


def fence(text: str, tags: frozenset[str]) -> str:
    """``text`` without model control tokens and without any of the template's delimiter tags."""
    text = _CONTROL_TOKENS.sub(" ", text)
    if tags:
        text = _TAG.sub(lambda m: " " if m.group(1).lower() in tags else m.group(0), text)
    return text
