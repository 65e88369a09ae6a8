"""The redaction family's shared vocabulary: spans, detectors and the redaction result."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Span:
    """One detected piece of personal data: character offsets into the original text."""

    start: int
    end: int
    label: str  # entity type, upper case: NAME, DATE, PHONE, EMAIL, SSN, MRN, CARD, IBAN, IP, ...
    detector: str = ""
    score: float = 1.0


class Detector(ABC):
    """Finds spans of one or more entity types in a text. Stateless and thread-safe."""

    name: str = "detector"
    entities: tuple[str, ...] = ()

    @abstractmethod
    def detect(self, text: str) -> list[Span]:
        """Return every span this detector finds in ``text`` (may overlap other detectors)."""

    def detect_many(self, texts: Iterable[str]) -> list[list[Span]]:
        """:meth:`detect` for each text; detectors with a batched model override this."""
        return [self.detect(t) for t in texts]


@dataclass
class Redaction:
    """The outcome of redacting one text: the masked text, the spans found, counts by type."""

    text: str
    spans: list[Span] = field(default_factory=list)
    #: One ``(redacted_start, redacted_end, original_start, original_end)`` per mask written, in order.
    replacements: list[tuple[int, int, int, int]] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        return dict(Counter(span.label for span in self.spans))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the redacted text to the span of the original text it came from.

        A span edge inside a mask widens to the whole original span the mask replaced.
        """
        return self._map(start, is_end=False), self._map(end, is_end=True)

    def to_redacted(self, start: int, end: int) -> tuple[int, int]:
        """The inverse of :meth:`to_original`: a span of the original text in the redacted text."""
        return self._map(start, is_end=False, inverse=True), self._map(end, is_end=True, inverse=True)

    def _map(self, pos: int, *, is_end: bool, inverse: bool = False) -> int:
        shift = 0
        for replacement in self.replacements:
            r_start, r_end, o_start, o_end = replacement[2:] + replacement[:2] if inverse else replacement
            if pos < r_start or (is_end and pos == r_start):
                break
            if pos < r_end or (is_end and pos == r_end):
                return o_end if is_end else o_start
            shift = o_end - r_end
        return pos + shift


#: A mask this package writes: ``[NAME]``, ``[DATE]``, ``[NAME_2]``. Never detected as PII.
MASK_PATTERN = r"\[[A-Z]+(?:_\d+)?\]"

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def ascii_lower(text: str) -> str:
    """``text`` with A-Z lower-cased: same length and offsets as ``text`` (unlike ``str.lower``)."""
    return text.translate(_ASCII_LOWER)


def first_group(m: re.Match[str]) -> int:
    """The number of the first group that matched: in a pattern of alternatives with one group
    each, the group of the alternative that matched."""
    return next(i for i in range(1, (m.re.groups or 1) + 1) if m.group(i))


def word_start(text: str, pos: int) -> bool:
    """True if ``pos`` starts a word: the character before it is not a letter or digit."""
    return pos == 0 or not text[pos - 1].isalnum()


#: What separates a header label from its value: ``:``, a Markdown table pipe, a tab or a run
#: of spaces, with optional Markdown bold/italic markers around the label's end and the value's
#: start (``Patient: X``, ``**Patient:** X``, ``| **Patient** | X |``, ``PATIENT<TAB>X``).
#: Lower-case only, so it can be used inside patterns run on :func:`ascii_lower` text.
HEADER_SEP = (  # atomic: once matched it is never re-split (no backtracking over long blank runs)
    r"(?>(?:[*_]{1,2})?"
    r"(?:[ \t]*[:|][ \t]*(?:[*_]{1,2}(?![*_]))?[ \t]*(?:\|[ \t]*)?|\t[ \t]*|[ ]{2,}[ \t]*)"
    r"(?:[*_]{1,2}(?=\w))?)"
)

_LINE_LEAD = re.compile(r"[ \t>*_|#-]*")


def line_start(text: str, pos: int) -> int:
    """Where the line holding ``pos`` starts."""
    return text.rfind("\n", 0, pos) + 1


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line holding ``pos``, without its line break."""
    end = text.find("\n", pos)
    return line_start(text, pos), len(text) if end < 0 else end


def at_line_start(text: str, pos: int) -> bool:
    """True if only indentation or Markdown markup (``|``, ``*``, ``-``, ``>``) precede ``pos``
    on its line. Header labels separated from their value only by whitespace must be here."""
    return _LINE_LEAD.fullmatch(text, line_start(text, pos), pos) is not None


_ASCII_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_CAPITAL = re.compile(r"[^\W\d_a-zß-ÿ]")  # an upper-case letter of any script
_LETTERS = re.compile(r"[^\W\d_]{2}")


def shouted(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``text`` with every line that has no capital letter upper-cased (ASCII, so offsets stay),
    and the ``(start, end)`` of those lines: 'pt seen by dr smith' -> 'PT SEEN BY DR SMITH'.

    Every detector asks for each note of a batch in turn, so the answers are kept (for at most a
    few million characters of notes) until :func:`forget_shouted` at the end of the batch."""
    global _shouted_chars
    found = _shouted_cache.get(text)
    if found is None:
        found = _shout(text)
        if _shouted_chars + len(text) > SHOUTED_CACHE_CHARS:
            _shouted_cache.clear()
            _shouted_chars = 0
        _shouted_cache[text] = found
        _shouted_chars += len(text)
    return found


SHOUTED_CACHE_CHARS = 4_000_000
_shouted_cache: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}
_shouted_chars = 0


def forget_shouted() -> None:
    """Drop the notes :func:`shouted` keeps: no note outlives the batch that brought it."""
    global _shouted_chars
    _shouted_cache.clear()
    _shouted_chars = 0


def _shout(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    lines = []
    pos = 0
    for line in text.splitlines(keepends=True):
        if _LETTERS.search(line) and (not _CAPITAL.search(line) or _typed_lower(line)):
            lines.append((pos, pos + len(line)))
        pos += len(line)
    if not lines:
        return text, ()
    parts, last = [], 0
    for a, b in lines:
        parts += [text[last:a], text[a:b].translate(_ASCII_UPPER)]
        last = b
    parts.append(text[last:])
    return "".join(parts), tuple(lines)


_LINE_WORD = re.compile(r"[^\W\d_]{2,}")


def _typed_lower(line: str) -> bool:
    """A line typed without capitals but for a few names: its first word is in lower case and at
    most one word in five is capitalised ('dispo: back to harborside healthcare. screened by cm Gloria')."""
    words = _LINE_WORD.findall(line)
    if len(words) < 5 or not words[0].islower():
        return False
    return sum(not w.islower() for w in words) * 5 <= len(words)


def also_shouted(detect: Callable[[str], list[Span]], text: str) -> list[Span]:
    """``detect(text)`` plus what it finds in the lines without capitals read as ALL CAPS:
    'pt seen by dr smith' is written like 'PT SEEN BY DR SMITH', and those rules are made for it."""
    spans = detect(text)
    shout, lines = shouted(text)
    if lines:
        spans += [s for s in detect(shout) if any(a <= s.start and s.end <= b for a, b in lines)]
    return spans


#: a clinician's sign-off line: name, credential and a staff or provider number ('Ana Ruiz MD 3994486');
#: group 1 is the name, group 2 the number
SIGNED_NUMBER_LINE = re.compile(
    r"(?m)^[ \t]*([A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3}),?[ \t]+(?:MD|M\.D\.|DO|NP|RN|PA-C|PA|PharmD|PHARMD)"
    r"[ \t]+(\d{5,10})[ \t]*$"
)
