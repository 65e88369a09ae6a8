"""The redactor: runs detectors, resolves overlaps, propagates names and writes masks."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Literal

from . import ner as ner_module
from .address import InternationalAddressDetector, extend_addresses
from .base import MASK_PATTERN, Detector, Redaction, Span, forget_shouted, shouted
from .cue import CueDetector
from .lexicon import AMBIGUOUS, DEPARTMENTS, EPONYMS, FIRST_NAMES, MEDICAL_TERMS, REPORT_WORDS, STOPWORDS, SURNAMES
from .names import (
    LocationDetector,
    NameDetector,
    OrganizationDetector,
    extend_names,
    letterhead_organizations,
    organization_abbreviations,
    organization_initials,
    towns_before_phones,
)
from .patterns import default_pattern_detectors
from .policy import PolicySpec, render_redaction
from .relations import (
    address_blocks,
    affiliations,
    coordinated_names,
    coordinated_organizations,
    names_in_context,
    organization_tails,
    organizations_in_context,
    place_compounds,
    postcodes_after_places,
)
from .roles import RoleNameDetector, complete_from_spans
from .spoken import SpokenDetector, spoken_value

Policy = Literal["mask", "pseudonym"]
Ages = Literal["over_89", "all"]

#: The youngest age each ``ages`` policy masks: HIPAA Safe Harbor (45 CFR 164.514(b)(2)(i)(C))
#: requires ages over 89 only; ``all`` masks every age the detectors find.
MIN_AGE: dict[str, int] = {"over_89": 90, "all": 0}

_MASK = re.compile(MASK_PATTERN)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_JOINABLE_GAP = re.compile(r"[ \t]*")
_NO_PROPAGATE = STOPWORDS | REPORT_WORDS | EPONYMS
# what follows a person's name used as the name of a fracture, device, scale or sign: 'Smith's fracture',
# 'Boston brace', 'Miami J collar', 'Bruce protocol', 'Hoyer lift', 'Bristol stool type', 'Lund and Browder chart'
# (one capitalised word or letter between: 'Austin Flint murmur', 'Berg Balance Scale')
_EPONYM_USE = re.compile(
    r"-(?:like|type|shaped)\b"  # 'Pearl-like drusen'
    r"|[ \t]+(?:and|AND|&)[ \t]+[A-Z][\w'’-]*[ \t]+(?i:chart|criteria|classification)\b"
    r"|(?:['’][sS])?(?:[ \t]+[A-Z][a-z]*)?[ \t]+"
    r"(?i:fractures?|brace|collar|protocol|treadmill|lift|stool|pump|grading|morphology|murmur|pupil"
    r"|equation|formula|phenomenon|splint|traction|incision|criteria|score|scale|sign"
    r"|maneuver|manoeuvre|reflex|syndrome|disease|spotted|encephalitis|ulcer|cath|catheter)\b"
    r"|[ \t]+(?i:terminal[ \t]+ulcer)\b"  # 'Kennedy terminal ulcer'
)
# scales, instruments, equations and protocols named after people or places, and diseases named after places
# ('Montreal Cognitive Assessment', 'Harris-Benedict', 'Rocky Mountain spotted fever'): no span starts inside one
_NAMED_TERMS = re.compile(
    r"(?i)(?<![\w-])(?:montreal[ ]cognitive[ ]assessment|(?:st\.?|saint)[ ]louis[ ]university[ ]mental[ ]status"
    r"|mini[- ]mental[ ]state|morse[ ]fall[ ]scale|berg[ ]balance|barthel(?:[ ]index)?|tinetti|harris[- ]benedict"
    r"|mifflin[- ]st\.?[ ]jeor|schmitt[- ]thompson|stein[- ]leventhal|rancho[ ]los[ ]amigos"
    r"|richmond[ ]agitation[- ]sedation|edinburgh[ ]postnatal|pittsburgh[ ]sleep[ ]quality|glasgow[ ]coma"
    r"|lund[ ](?:and|&)[ ]browder|rocky[ ]mountain[ ]spotted[ ]fever|japanese[ ]encephalitis|west[ ]nile"
    r"|spanish[ ]flu|st\.?[ ]george['’]?s[ ]respiratory"
    # examination signs, stages, lifts, tools and rating forms named after people: 'Tanner 3', '+ Hawkins', 'Spurling
    # neg', 'Seidel negative', 'Alger brush', '(Hoyer)', 'Jamar grip', 'Marcus Gunn pupil', 'Vanderbilt: teacher 5/9'
    r"|tanner(?=[ ](?:stage[ ])?[1-5]\b(?![ ]*(?:y|m|w|d)))|marcus[ ]gunn|alger(?=[ ]brush)|(?<=\()hoyer(?=\))"
    r"|(?:hawkins|neer|spurling|seidel|jamar)(?=,?[ ]?(?:test|sign|neg|negative|pos|positive|grip|[+]|-(?![\w-])))"
    r"|(?<=[+][ ])(?:hawkins|neer|spurling|seidel)|vanderbilt(?=[ ](?:forms?|scales?|ratings?)|:[ ]*(?:teacher|parent))"
    # developmental and balance tests with their score, spinal needles with their gauge, obstetric and laparoscopic
    # landmarks: 'Berg 48/56', 'Bayley-4', 'Denver not repeated', 'Leopold: vertex', 'Whitacre 25G', "Palmer's point"
    r"|berg(?=[ ]\d{1,2}/56)|bayley(?=-(?:4|iii|iv)\b|[ ](?:at|scores?|testing|not)\b)|denver(?=[ ](?:ii|not|screen))"
    r"|leopold(?:['’]?s)?(?=:|[ ]maneuvers?)|(?:whitacre|sprotte|quincke|pencan)(?=[ ]\d{2}[ ]?g\b)"
    r"|palmer['’]s[ ]point|hasson(?=[ ](?:at[ ](?:the[ ])?umbilicus|trocar|technique|port|cannula|entry)\b)"
    # a discharge summary's heading and its disposition, no facility: 'Brief Hospital Course:', 'Discharge
    # Disposition: Extended Care'
    r"|(?:brief[ ])?hosp(?:ital|\.)?[ ]course|disposition:\s*(?:extended[ ]care|home[ ]with[ ]service))(?![\w-])"
)
_NAMED_TERM_LABELS = frozenset({"NAME", "ORGANIZATION", "LOCATION", "ADDRESS", "NRP"})
_EPONYM_DETECTORS = frozenset({"ner", "propagation", "names", "gazetteer", "organizations", "locations"})
_GAZETTEER = FIRST_NAMES | SURNAMES


class Redactor:
    """Finds personal data with an ordinary list of detectors and masks it.

    ``threshold`` drops weaker detections; ``propagate`` masks every other mention
    (whole word, case-insensitive) of a name token found anywhere in the same text;
    ``ages`` keeps ages under 90 (``over_89``, HIPAA Safe Harbor) or masks them all (``all``).
    """

    def __init__(
        self,
        detectors: Iterable[Detector],
        threshold: float = 0.4,
        propagate: bool = True,
        ages: Ages = "over_89",
    ) -> None:
        self.detectors: list[Detector] = list(detectors)
        self.threshold = threshold
        self.propagate = propagate
        if ages not in MIN_AGE:
            raise ValueError(f"unknown ages policy: {ages!r}")
        self.ages = ages

    @classmethod
    def default(
        cls, threshold: float = 0.4, propagate: bool = True, ner: bool | None = None, ages: Ages = "over_89"
    ) -> Redactor:
        """The standard detector set: every pattern detector plus names, organisations, places,
        and spaCy NER (``ner=None``: when installed; ``True``: required; ``False``: off).

        Age detectors report every age; the ``ages`` policy filters them in :meth:`scan_many`,
        so :meth:`with_ages` can switch policy without rebuilding the detectors.
        """
        detectors: list[Detector] = default_pattern_detectors(min_age=0)
        detectors += [
            NameDetector(), OrganizationDetector(), LocationDetector(), InternationalAddressDetector(),
            CueDetector(min_age=0), RoleNameDetector(), SpokenDetector(),
        ]
        if ner or (ner is None and ner_module.installed()):
            detectors.append(ner_module.NerDetector())
        return cls(detectors, threshold=threshold, propagate=propagate, ages=ages)

    @staticmethod
    @lru_cache(maxsize=1)
    def shared() -> Redactor:
        """This process's one :meth:`default` redactor. A worker builds it before it forks its
        pool, so the children share its pages (the spaCy model, gazetteers) instead of each
        loading its own copy."""
        return Redactor.default()

    @property
    def entities(self) -> tuple[str, ...]:
        """Every label the detectors can produce."""
        return tuple(sorted({e for d in self.detectors for e in d.entities}))

    def scan(self, text: str) -> list[Span]:
        """Detected spans in ``text``: non-overlapping, sorted, offsets into ``text``.

        Existing masks such as ``[NAME]`` are never part of a span.
        """
        return self.scan_many([text])[0]

    def scan_many(self, texts: Sequence[str]) -> list[list[Span]]:
        """:meth:`scan` for several texts; batched detectors (NER) see them all at once."""
        found: list[list[Span]] = [[] for _ in texts]
        try:
            for d in self.detectors:
                for i, spans in enumerate(d.detect_many(texts)):
                    found[i].extend(spans)
            return [self._finish(text, raw) for text, raw in zip(texts, found, strict=True)]
        finally:
            forget_shouted()

    def _finish(self, text: str, raw: list[Span]) -> list[Span]:
        masks = [m.span() for m in _MASK.finditer(text)] if "[" in text else []
        raw = [_strip(text, s) for s in raw if s.score >= self.threshold and s.end > s.start]
        raw = [_trim_name(text, s) if s.label == "NAME" else s for s in raw if s.end > s.start]
        if self.ages != "all":
            raw = [s for s in raw if s.label != "AGE" or age_value(text, s.start, s.end) >= MIN_AGE[self.ages]]
        raw = _outside(_not_named_terms(text, _not_eponyms(text, raw)), masks)
        # lines typed in lower case continue their addresses as upper-case lines do ('575 summer st, hyannis')
        spans = resolve(extend_addresses(shouted(text)[0], resolve(raw, text)), text)
        compounds = place_compounds(text, spans)
        spans = _merged(text, spans, compounds, masks)
        related = address_blocks(text, spans) + affiliations(text, spans) + postcodes_after_places(text, spans)
        spans = _merged(text, spans, related, masks)
        spans = _merged(text, spans, names_in_context(text, spans), masks)
        if self.propagate:  # (a raw name inside a found organisation's name is no person: 'Elm Eye Center')
            found = propagate_names(text, spans + [s for s in raw if s.label == "NAME" and not _inside_org(spans, s)])
            spans = _merged(text, spans, _not_eponyms(text, found), masks)
        more = extend_names(text, spans)  # a letterhead's name line counts once its name is complete ('Cormac [Allan]')
        more += letterhead_organizations(text, resolve(spans + more, text) if more else spans)
        more += coordinated_names(text, spans) + coordinated_organizations(text, spans)
        more += organization_tails(text, spans) + organizations_in_context(text, spans)
        more += organization_abbreviations(text, spans) + complete_from_spans(text, spans)
        more += towns_before_phones(text, spans) if "," in text else []
        done = [_trim_name(text, s) if s.label == "NAME" else s for s in _merged(text, spans, more, masks)]
        initials = organization_initials(text, done)  # 'Elm Valley Hospital ... EVH MRN ...'
        if initials:
            done = _merged(text, done, initials, masks)
        return _not_named_terms(text, _tidied(text, done))

    def redact(self, text: str, policy: Policy = "mask") -> Redaction:
        """Mask every detected span: ``[LABEL]`` (``mask``) or ``[LABEL_n]`` (``pseudonym``,
        the same surface string gets the same number within this text)."""
        if policy not in ("mask", "pseudonym"):
            raise ValueError(f"unknown redaction policy: {policy!r}")
        spans = self.scan(text)
        return render_redaction(text, spans, PolicySpec(policy=policy))

    def without_ner(self) -> Redactor:
        """The same redactor without the statistical NER detector."""
        detectors = [d for d in self.detectors if d.name != "ner"]
        return Redactor(detectors, threshold=self.threshold, propagate=self.propagate, ages=self.ages)

    def with_ages(self, ages: Ages) -> Redactor:
        """The same detectors under another ``ages`` policy."""
        if ages == self.ages:
            return self
        return Redactor(self.detectors, threshold=self.threshold, propagate=self.propagate, ages=ages)

    def mask_output(self, text: str, policy: Policy = "mask") -> Redaction:
        """Redact a model's output: the same as :meth:`redact`; masks already present stay as they are."""
        return self.redact(text, policy)


# a role before a name and credentials after it are no part of it: '[Guardian] Walker', '[Pediatrician] Ana Ruiz',
# 'Ana Ruiz [RN]', 'Ana Ruiz[, DPT]', 'Ana Ruiz[, OD   Lic]' (a span must keep a word of its own)
_ROLE_FIRST = re.compile(
    r"(?:Guardian|GUARDIAN|Podiatrist|PODIATRIST|[A-Z][a-z]+(?:ician|iatrist|ologist)|[A-Z]+(?:ICIAN|IATRIST|OLOGIST)"
    # a military rank: 'SSG Ana Ruiz', 'TSgt Ana Ruiz', 'PO1 Ana Ruiz'
    r"|SSG|SGT|Sgt|SFC|MSG|TSgt|SSgt|MSgt|SrA|A1C|PO[1-3]|CPO|CPL|Cpl|CPT|Capt|MAJ|Maj|LTC|COL|Col|ENS|CDR|Cdr"
    # a judge on a docket: 'signed by Judge Ana Ruiz', 'SIGNED BY JUDGE A. RUIZ'
    r"|Judge|JUDGE|Magistrate|MAGISTRATE"
    # a relative, a coach or a boss opening a sentence: 'Dad Tobias', 'Girlfriend Ines Vale', 'Coach Ines Vale'
    r"|(?i:mom|dad|stepdad|stepmom|girlfriend|boyfriend|fianc[ée]e?|grandma|grandpa|coach|boss|co-?worker"
    r"|landlord|landlady)(?![\w'’-]))"
    r"[ \t]+(?=\S+[ \t]*\S)"
)
# a team member's role abbreviation before the name: '[SW ]Wendeline', '[cm-]anika', '[RT ]Ana Marwood' (the model
# takes it in)
_CRED_FIRST = re.compile(r"(?i:sw|cm|rt|rrt|rn|rd|ot|np|lpn|cna|msw|licsw)(?:[ \t]+|-)(?=[^\W\d_]{2})")
# (after a comma any credential; without one only a nurse's or an assistant's: 'Ana Ruiz MD' may be how a
# document names her, and Presidio's gold keeps the 'MD' in the name)
_CREDENTIALS_LAST = re.compile(
    r"(?:[ \t]*,[ \t]*(?:RN|LPN|NP|MD|DO|DPT|OTR(?:/L)?|PharmD|RPh|MA|PA-C|OD|DDS|DMD|CNA|PhD|Lic\.?|Esq\.?|ESQ\.?)"
    r"|[ \t]+(?:RN|LPN|CNA|MA|Lic\.?|@))+[ \t]*\Z"
)


# what a found span took in that is not part of the value: a unit before a clinic's name ('outpt unit [Elm Dialysis
# Center]'), the 'u' of 'f/u', the service after an agency ('[Elm VNA] skilled nursing visit'), a clause after a
# ZIP ('MA 01876; lives alone'), the 'EDC' before a due date and the full stop after it, a word after a doctor's
# name ('Dr [Ana Ruiz] office'), a participle after a name ('R. Quist flying in'), an age after a name ('Ana Ruiz 74
# y/o'), the time before a doctor ('1430 Dr [Ruiz]'), the 'S' of 'S/P'
# what comes before an organisation's name in capitals: 'OUTPT UNIT ...', 'STARTED SCREENING FOR ELM HOSPICE'
_ORG_LEAD = re.compile(
    r"(?i:outpt|outpatient|inpt|inpatient|op)[ \t]+unit[ \t]+"
    r"|(?i:screening|screened|looking|searching|applying|applied|waitlisted)[ \t]+(?i:for|to|at)[ \t]+(?=\S)"
)
_GENERIC_ORG_WORDS = MEDICAL_TERMS | DEPARTMENTS | frozenset("clinic clinics office practice service services".split())
_ORG_SERVICE_TAIL = re.compile(r"[ \t]+(?i:skilled[ \t]+nursing)\Z")
_SERVICE_AFTER = re.compile(r"[ \t]+(?i:visit|note)\b")
_INCREASE = re.compile(r"[ \t]+(?i:to)[ \t]+\d")
_CLAUSE_AFTER_ZIP = re.compile(r"(?<=\d{5});[ \t]+[a-z]")
_DATE_LEAD = re.compile(r"(?i:edc|edd|lmp)[ \t]+(?=\S)")
_NAME_TAIL_WORD = re.compile(r"[ \t]+(?:office|OFFICE|Office|PCP|pcp)\Z")
_NAME_PARTICIPLE_TAIL = re.compile(r"[ \t]+[a-z]{2,}ing\Z")
_NAME_NUMBER_TAIL = re.compile(r"[ \t]+\d{1,3}\Z")
# an age after the number, no house number ('Ana Ruiz 74 y/o', not 'Peter Elm 188')
_AGE_WORD_AFTER = re.compile(r"[ \t]*(?i:y/?o\b|yo\b|y\.o\.|years?[ \t-]+old|yrs?[ \t-]+old|year\b)")
_NAME_TIME_LEAD = re.compile(r"\d{3,4}[ \t]+(?i:dr\b\.?)[ \t]*")
_NAME_SP_TAIL = re.compile(r"[ \t]+[SsWw]\Z")  # before '/': 's/p', 'seen by dr ruiz w/ team'
# the prefix of an Irish or Italian surname a list matched without it: 'MR O'BRIEN' (the list knows 'BRIEN')
_SURNAME_PREFIX = re.compile(r"(?<![\w'’-])(?:[OoDd]|[Dd][Ii])['’]\Z")


def _tidied(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without what they took in that is no part of the value (see the patterns above)."""
    out = []
    for s in spans:
        start, end = s.start, s.end
        value = text[start:end]
        if s.label == "ORGANIZATION":
            lead = _ORG_LEAD.match(value)
            if lead:
                start += lead.end()
            elif value.startswith(("u ", "U ")) and text[max(0, start - 2):start].lower() == "f/":
                start += 2
                if all(w.lower() in _GENERIC_ORG_WORDS for w in value[2:].split()):
                    continue  # 'f/u onc clinic': no clinic's name
            tail = _ORG_SERVICE_TAIL.search(text, start, end)
            if tail and _SERVICE_AFTER.match(text, end):
                end = tail.start()
            if value.lower().endswith(" inc") and len(value.split()) == 2 and _INCREASE.match(text, end):
                continue  # 'LASIX INC TO 40': increased
        elif s.label in ("ADDRESS", "ZIP", "LOCATION"):
            c = _CLAUSE_AFTER_ZIP.search(text, start, end)
            if c:
                end = c.start()
        elif s.label == "DATE":
            lead = _DATE_LEAD.match(value)
            if lead and len(value) > lead.end() + 2:
                start += lead.end()
            if text[end - 1] == "." and end - 2 > start and text[end - 2].isdigit():
                end -= 1
        elif s.label == "NAME":
            for tail in (_NAME_TAIL_WORD, _NAME_PARTICIPLE_TAIL, _NAME_NUMBER_TAIL):
                t = tail.search(text, start, end)
                if t and t.start() > start and (tail is not _NAME_PARTICIPLE_TAIL or not value.islower()) \
                        and (tail is not _NAME_NUMBER_TAIL or _AGE_WORD_AFTER.match(text, end)):
                    end = t.start()
            p = _SURNAME_PREFIX.search(text, max(0, start - 3), start)
            if p:
                start = p.start()
            t = _NAME_SP_TAIL.search(text, start, end)
            if t and t.start() > start and text.startswith("/", end):
                end = t.start()
            lead = _NAME_TIME_LEAD.match(text, start, end)
            if lead:
                start = lead.end()
        if end <= start:
            continue
        out.append(s if (start, end) == (s.start, s.end) else Span(start, end, s.label, s.detector, s.score))
    return out


_BABY_FIRST = re.compile(r"(?i)(baby[ \t]+)?(?:girl|boy)[ \t]+")
_BABY_BEFORE = re.compile(r"(?i)\bbaby[ \t]+\Z")


def _trim_name(text: str, span: Span) -> Span:
    """A NAME span without a role word before it or credentials after it (``_ROLE_FIRST``, ``_CREDENTIALS_LAST``)."""
    start, end = span.start, span.end
    r = _ROLE_FIRST.match(text, start, end)
    if r and (not r.group().lower().startswith("guardian")
              or text[r.end():end].split()[0].lower() in _GAZETTEER):  # not 'Guardian Dental', an insurer
        start = r.end()
    r = _CRED_FIRST.match(text, start, end)
    if r:
        start = r.end()
    b = _BABY_FIRST.match(text, start, end)  # 'Baby Girl Roe': a newborn's descriptor, the surname is the name
    if b and b.end() < end and (b.group(1) or _BABY_BEFORE.search(text, max(0, start - 8), start)):
        start = b.end()
    c = _CREDENTIALS_LAST.search(text, start, end)
    if c and c.start() > start:
        end = c.start()
    return span if (start, end) == (span.start, span.end) else Span(start, end, span.label, span.detector, span.score)


def _strip(text: str, span: Span) -> Span:
    """``span`` without leading or trailing whitespace or a dash standing alone at its end (NER may end an
    entity with a line break, and an address then could not be continued over the next line)."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - 1 > start and text[end - 1] in "-–—" and text[end - 2].isspace():  # 'Elm Care -': a dash alone
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    return span if (start, end) == (span.start, span.end) else Span(start, end, span.label, span.detector, span.score)


def age_value(text: str, start: int, end: int) -> int:
    """The number in ``text[start:end]`` ('92 YO' -> 92; 0 without digits)."""
    digits = "".join(c for c in text[start:end] if c.isdigit())
    return int(digits) if digits else spoken_value(text[start:end])  # dictated: 'ninety six'


def _not_eponyms(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without one- or two-word names (statistical, propagated or list-found) that name a
    fracture, device, scale or sign (``_EPONYM_USE``): 'Boston brace', 'Austin Flint murmur'."""
    return [
        s for s in spans
        if s.label not in ("NAME", "LOCATION") or s.detector not in _EPONYM_DETECTORS
        or len(text[s.start:s.end].split()) > 2 or not _EPONYM_USE.match(text, s.end)
    ]


def _not_named_terms(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without names, places and organisations that start inside a named scale, equation or disease
    (``_NAMED_TERMS``)."""
    terms = [m.span() for m in _NAMED_TERMS.finditer(text)]
    if not terms:
        return spans
    return [s for s in spans if s.label not in _NAMED_TERM_LABELS or not any(a <= s.start < b for a, b in terms)]


def _outside(spans: list[Span], masks: list[tuple[int, int]]) -> list[Span]:
    """``spans`` without those touching an existing mask (``[NAME]`` is never part of a span)."""
    return [s for s in spans if not _overlaps_any(s, masks)] if masks else spans


def _merged(text: str, spans: list[Span], new: list[Span], masks: list[tuple[int, int]]) -> list[Span]:
    """``spans`` resolved with the ``new`` ones that touch no existing mask."""
    new = _outside(new, masks)
    return resolve(spans + new, text) if new else spans


def _overlaps_any(span: Span, ranges: list[tuple[int, int]]) -> bool:
    return any(span.start < e and s < span.end for s, e in ranges)


def resolve(spans: list[Span], text: str) -> list[Span]:
    """Merge overlapping spans into one span covering their union.

    The merged span takes the label of its strongest member (highest score, then longest),
    so no character of any detection is left unmasked. Same-label spans separated only by
    spaces or tabs are joined too (``[NAME] [NAME]`` becomes ``[NAME]``).
    """
    if not spans:
        return []
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    out: list[Span] = []
    cur = ordered[0]
    best = cur
    start, end = cur.start, cur.end
    for s in ordered[1:]:
        joinable = (
            s.label == best.label
            and s.start >= end
            and _JOINABLE_GAP.fullmatch(text, end, s.start) is not None
        )
        if s.start < end or joinable:
            end = max(end, s.end)
            if (s.score, s.end - s.start) > (best.score, best.end - best.start):
                best = s
            continue
        out.append(Span(start, end, best.label, best.detector, best.score))
        best = s
        start, end = s.start, s.end
    out.append(Span(start, end, best.label, best.detector, best.score))
    return out


def _inside_org(spans: list[Span], span: Span) -> bool:
    """True if ``span`` lies wholly inside an ORGANIZATION span of ``spans`` (sorted and disjoint, as
    :func:`resolve` returns them)."""
    i = bisect_right(spans, span.start, key=lambda s: s.start) - 1
    return i >= 0 and spans[i].label == "ORGANIZATION" and span.end <= spans[i].end


def propagate_names(text: str, spans: list[Span]) -> list[Span]:
    """Spans for every other whole-word mention of a token of a detected name.

    Matching is case-insensitive; tokens that are also common words (``Rose``, ``Will``)
    match only in the exact case they were found in, and so do tokens found only by the
    statistical NER that are not in the name gazetteer (it calls a heading like "Intellectual
    Property" a name; "the sole property of" must stay readable), and not where they are used as
    the word ('THEY HOPE TO', 'WILL GRANT A TRIAL', 'HOSPITAL BILL'). Stop words, report words,
    eponyms and initials are never propagated.
    """
    tokens: set[str] = set()
    exact: set[str] = set()
    for s in spans:
        if s.label != "NAME":
            continue
        for w in _WORD.findall(text, s.start, s.end):
            low = w.lower()
            if len(w) < 2 or low in _NO_PROPAGATE:
                continue
            if low in AMBIGUOUS or (s.detector == "ner" and low not in _GAZETTEER):
                exact.add(w)
            else:
                tokens.add(low)
    out: list[Span] = []
    for words, fold in ((tokens, True), (exact, False)):
        if not words:
            continue
        out.extend(Span(start, end, "NAME", "propagation", 0.6) for start, end in _mentions(text, words, fold)
                   if fold or text[start:end].lower() not in AMBIGUOUS or (
                       not _WORD_USE.search(text, max(0, start - 12), start)
                       and not _WORD_USE_AFTER.match(text, end)))
    return out


# a whole word no letter, apostrophe or hyphen runs into, and what may follow a mention of a name: no word
# character, no hyphenated word, no apostrophe before a letter but a possessive 's ('Smith's', not 'O'Brien')
_MENTION_WORD = re.compile(r"(?<![\w'’-])" + _WORD.pattern)
_MENTION_END = {fold: re.compile(r"(?!\w|-\w|['’](?!s\b)\w)", re.IGNORECASE if fold else 0) for fold in (True, False)}


def _mentions(text: str, words: set[str], fold: bool) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each whole-word mention of one of ``words`` in ``text`` (``fold``: case-insensitive,
    ``words`` lower case): a word, or a word before its possessive 's. One scan of the text's words, not a
    regex compiled per document (that compile was 7 % of redaction time)."""
    end_ok = _MENTION_END[fold]
    for m in _MENTION_WORD.finditer(text):
        start, end = m.span()
        for stop in (end, end - 2) if m.group()[-2:-1] in ("'", "’") else (end,):
            word = text[start:stop]
            if (word.lower() if fold else word) in words and end_ok.match(text, stop):
                yield start, stop
                break


# a name that is also a word, used as the word: 'THEY HOPE TO', 'WILL GRANT A TRIAL', 'HOSPITAL BILL', 'THE MARK'
_WORD_USE = re.compile(
    r"(?<![\w'’-])(?i:they|we|i|you|will|would|the|a|an|no|hospital|assistance|medical)[ \t]+\Z"
)
_WORD_USE_AFTER = re.compile(r"[ \t]+(?i:to|a|an|the|that|of[ \t]+(?:rights|sale|health|lading))\b")  # 'BILL OF RIGHTS'
