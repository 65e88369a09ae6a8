"""Gold markers for the generated de-identification sets: a generator writes each PHI value as
``m(label, value)`` inside its note, and ``strip`` removes the markers and returns the plain text with
the character spans where the values landed. Generators run as scripts, so they import this module
by its bare name (``from marks import m, strip``)."""

from __future__ import annotations

import re

MARK = re.compile(r"⟦([A-Z]+):(.*?)⟧", re.S)


def m(label: str, value: object) -> str:
    """``value`` marked as gold with ``label``."""
    return f"⟦{label}:{value}⟧"


def strip(marked: str) -> tuple[str, list[dict]]:
    """The text without markers, and a ``{"start", "end", "label"}`` span for each marked value."""
    out, spans, pos = [], [], 0
    for hit in MARK.finditer(marked):
        out.append(marked[pos:hit.start()])
        start = sum(map(len, out))
        out.append(hit.group(2))
        spans.append({"start": start, "end": start + len(hit.group(2)), "label": hit.group(1)})
        pos = hit.end()
    out.append(marked[pos:])
    return "".join(out), spans
