"""Resolver 1: the curated term base ``terms/termbase.tsv``, the translators' authority.

Its answers have source ``termbase``: ``reviewed`` when the row follows an official English name,
``proposed`` when its authority is a project translation that needs review. The file format is
documented in the header comment of the shipped file (the older seven-column format, with a
``source`` column instead of ``authority``, still reads); a malformed row raises :class:`InputError`
naming ``file:line``. Matching is exact first, then ignoring case and accents, then also ignoring
hyphens and spaces (``NAVO top`` ≈ ``NAVO-top``); an all-capitals Dutch term (an acronym) only
matches a term written in capitals too, so ``IT`` never answers for ``it``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from glossary.errors import InputError
from glossary.model import KINDS, Candidate, Translation
from glossary.text import fold
from glossary.translate.tsv import read_text, rows, split_list

COLUMNS = (
    "nl",
    "en",
    "en_alt",
    "kind",
    "expansion",
    "en_expansion",
    "category",
    "authority",
    "include",
    "note",
    "source",  # the older format's name for the authority
)
REQUIRED = ("nl", "en")
SOURCE = "termbase"
#: The preferred English of a row that follows an official name, and of one that needs review:
#: the chain makes the first ``reviewed`` and the second ``proposed``.
OFFICIAL_CONFIDENCE = 1.0
REVIEW_CONFIDENCE = 0.8
ALT_CONFIDENCE = 0.9
#: The authority of rows whose English the project composed or could not confirm.
NEEDS_REVIEW = "project translation — needs review"
#: The older format's ``source`` for such rows.
OLD_NEEDS_REVIEW = frozenset({"project terminologist"})
INCLUDE_VALUES = ("", "always")


def loose_key(text: str) -> str:
    """Case, accents, hyphens, spaces, apostrophes and brackets ignored: ``NAVO-top`` ≈ ``navo
    top``, ``Raad Buitenlandse Zaken (Defensie)`` ≈ ``Raad Buitenlandse Zaken Defensie``; so is
    the English article inside a name, which citations add or drop (``Concept for the
    Deterrence and Defence …`` ≈ ``Concept for Deterrence and Defence …``)."""
    return re.sub(r"[\s\-‐‑'’()]+", "", _INNER_THE.sub(" ", fold(text)))


#: The English article as a word after the first: a name's own first word stays.
_INNER_THE = re.compile(r"(?<=\s)the(?=\s)")


def _is_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


@dataclass(frozen=True)
class TermBaseEntry:
    """One curated row: Dutch term (and variants), preferred English, alternatives, provenance."""

    nl: str
    en: str
    alternatives: tuple[str, ...] = ()
    kind: str = "term"
    expansion: str | None = None
    #: The authority the English follows (NATO, EU, ...), or :data:`NEEDS_REVIEW`.
    source: str = ""
    note: str = ""
    variants: tuple[str, ...] = ()
    line: int = 0
    en_expansion: str | None = None
    category: str = ""
    #: A name or post that belongs in the glossary wherever it occurs (``include=always``).
    include: bool = False

    @property
    def official(self) -> bool:
        """The English follows an authority's own name or term (the row earns ``reviewed``)."""
        return self.source != NEEDS_REVIEW

    @property
    def dutch(self) -> tuple[str, ...]:
        """The Dutch term and its spelling variants."""
        return (self.nl, *self.variants)

    def renderings(self) -> list[str]:
        """Preferred English first, then the alternatives and the English expansion."""
        out = [self.en, *self.alternatives]
        if self.en_expansion and self.en_expansion not in out:
            out.append(self.en_expansion)
        return out

    def english_expansion_translation(self) -> Translation | None:
        """The English expansion (``en_expansion``) as a translation with this row's trust."""
        if not self.en_expansion:
            return None
        confidence = OFFICIAL_CONFIDENCE if self.official else REVIEW_CONFIDENCE
        return Translation(self.en_expansion, SOURCE, confidence, note=self.source or None)

    def translations(self) -> list[Translation]:
        """The preferred rendering and the accepted alternatives (the English expansion of an
        acronym among them); the preferred one is confident enough to be ``reviewed`` only
        when the row follows an official name."""
        note = "; ".join(p for p in (self.source, self.note) if p) or None
        confidence = OFFICIAL_CONFIDENCE if self.official else REVIEW_CONFIDENCE
        out = [Translation(self.en, SOURCE, confidence, note=note)]
        out += [Translation(a, SOURCE, ALT_CONFIDENCE) for a in self.renderings()[1:]]
        return out


@dataclass
class TermBase:
    """All term-base rows with indexes for exact, folded and loose lookup."""

    entries: list[TermBaseEntry] = field(default_factory=list)
    path: str = "<termbase>"

    def __post_init__(self) -> None:
        self._exact: dict[str, list[TermBaseEntry]] = {}
        self._folded: dict[str, list[TermBaseEntry]] = {}
        self._loose: dict[str, list[TermBaseEntry]] = {}
        self._by_english_expansion: dict[str, TermBaseEntry] = {}
        self._spelt_out: dict[str, TermBaseEntry] = {}
        for entry in self.entries:
            self._index(entry)
            if entry.kind == "acronym" and entry.en_expansion:
                self._by_english_expansion.setdefault(loose_key(entry.en_expansion), entry)
        for entry in self.entries:
            spelt = _spelt_out(entry)
            if spelt is not None and self.lookup(spelt.nl) is None:
                self._spelt_out.setdefault(loose_key(spelt.nl), spelt)

    def _index(self, entry: TermBaseEntry) -> None:
        for term in entry.dutch:
            self._exact.setdefault(term, []).append(entry)
            self._folded.setdefault(fold(term), []).append(entry)
            self._loose.setdefault(loose_key(term), []).append(entry)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[TermBaseEntry]:
        return iter(self.entries)

    def terms(self) -> list[str]:
        """Every Dutch term and variant, e.g. to seed extraction with fixed multi-word pairs."""
        return sorted({t for e in self.entries for t in e.dutch})

    def lifts(self) -> list[str]:
        """Dutch terms that enter a glossary wherever they occur: rows marked
        ``include=always``, acronyms (``CDA``: a reader needs the expansion), and names whose
        English differs from the Dutch (``Zweden`` → Sweden); the other rows only give English
        to what extraction finds."""
        return sorted(
            {
                t
                for e in self.entries
                if e.include
                or e.kind == "acronym"
                or (e.kind != "term" and fold(e.en) != fold(e.nl))
                for t in e.dutch
            }
        )

    def lookup(self, term: str, kind: str | None = None) -> TermBaseEntry | None:
        """The row for ``term``: exact, then case/accent-folded, then loose; same kind preferred."""
        term = " ".join(term.split())
        if not term:
            return None
        caps = _is_caps(term)
        for index, key in (
            (self._exact, term),
            (self._folded, fold(term)),
            (self._loose, loose_key(term)),
        ):
            hits = [
                e
                for e in index.get(key, [])
                if index is self._exact or _is_caps(e.nl) == caps or not _is_caps(e.nl)
            ]
            if hits:
                same = [e for e in hits if kind is None or e.kind == kind]
                return (same or hits)[0]
        return None

    def acronym_row(self, english_expansion: str) -> TermBaseEntry | None:
        """The acronym row whose English expansion is ``english_expansion`` (compared like the
        loose lookup): ``Common Security and Defence Policy`` → the row giving CSDP."""
        return self._by_english_expansion.get(loose_key(english_expansion))

    def lookup_candidate(self, candidate: Candidate) -> TermBaseEntry | None:
        """The row for a candidate's lemma, else for one of its surface forms, else the
        spelt-out form of an acronym row (:func:`_spelt_out`) naming either."""
        forms = sorted(set(candidate.forms))
        for form in (candidate.term, *forms):
            hit = self.lookup(form, candidate.kind)
            if hit is not None:
                return hit
        for form in (candidate.term, *forms):
            hit = self._spelt_out.get(loose_key(form))
            if hit is not None:
                return hit
        return None


def _spelt_out(entry: TermBaseEntry) -> TermBaseEntry | None:
    """An acronym row's full form as a row of its own (``non-gouvernementele organisatie`` →
    non-governmental organization, from the row of NGO): the term base states the concept's
    full Dutch name and its English, and a letter may write the name out without the acronym.
    The acronym's English is an accepted alternative; a capitalised full form is a name."""
    if entry.kind != "acronym" or not entry.expansion or not entry.en_expansion:
        return None
    kind = "entity" if entry.expansion[:1].isupper() else "term"
    alts = (entry.en,) if entry.en != entry.en_expansion else ()
    return replace(
        entry,
        nl=entry.expansion,
        en=entry.en_expansion,
        alternatives=alts,
        kind=kind,
        expansion=None,
        en_expansion=None,
        variants=(),
        include=False,
    )


def parse_termbase(text: str, path: str = "<termbase>") -> TermBase:
    """Parse term-base TSV text; a malformed row raises :class:`InputError` naming file:line."""
    entries: list[TermBaseEntry] = []
    seen: dict[tuple[str, str], int] = {}
    for lineno, row in rows(text, COLUMNS, REQUIRED, path):
        dutch = split_list(row["nl"])
        english = split_list(row["en"])
        if len(english) != 1:
            raise InputError(
                "the 'en' cell holds one preferred rendering; put the others in "
                "'en_alt' (separated by |)",
                path,
                lineno,
            )
        kind = row["kind"] or "term"
        if kind not in KINDS:
            raise InputError(
                f"unknown kind {kind!r} (expected one of {', '.join(KINDS)})", path, lineno
            )
        key = (dutch[0], kind)
        if key in seen:
            raise InputError(
                f"duplicate term {dutch[0]!r} ({kind}); first defined on line {seen[key]}",
                path,
                lineno,
            )
        seen[key] = lineno
        if row["include"] not in INCLUDE_VALUES:
            raise InputError(
                f"unknown include value {row['include']!r} (expected 'always' or empty)",
                path,
                lineno,
            )
        alts = tuple(a for a in split_list(row["en_alt"]) if a != english[0])
        entries.append(
            TermBaseEntry(
                nl=dutch[0],
                en=english[0],
                alternatives=alts,
                kind=kind,
                expansion=row["expansion"] or None,
                source=_authority(row),
                note=row["note"],
                variants=tuple(dutch[1:]),
                line=lineno,
                en_expansion=row["en_expansion"] or None,
                category=row["category"],
                include=row["include"] == "always",
            )
        )
    return TermBase(entries, path)


def _authority(row: dict[str, str]) -> str:
    """The row's authority; the older format's ``source`` column maps onto it."""
    if row["authority"]:
        return row["authority"]
    return NEEDS_REVIEW if row["source"] in OLD_NEEDS_REVIEW else row["source"]


def load_termbase(path: str | os.PathLike[str]) -> TermBase:
    """Read a term base file (see the shipped ``terms/termbase.tsv`` for the columns)."""
    return parse_termbase(read_text(path, "term base"), str(Path(path)))


class TermBaseResolver:
    """Answers from the term base: preferred English with its alternatives, all ``termbase``."""

    name = SOURCE

    def __init__(self, termbase: TermBase) -> None:
        self.termbase = termbase

    def resolve(self, candidate: Candidate) -> list[Translation]:
        entry = self.termbase.lookup_candidate(candidate)
        return entry.translations() if entry else []

    def expansion(self, candidate: Candidate) -> str | None:
        """The term base's expansion of an acronym, for candidates whose letters gave none."""
        entry = self.termbase.lookup_candidate(candidate)
        return entry.expansion if entry else None

    def english_expansion(self, candidate: Candidate) -> Translation | None:
        """The term base's English expansion of an acronym (``en_expansion``)."""
        entry = self.termbase.lookup_candidate(candidate)
        return entry.english_expansion_translation() if entry else None

    def english_acronym(self, english_expansion: str) -> str | None:
        """The English acronym the term base gives an English expansion (CSDP for Common
        Security and Defence Policy), or ``None``."""
        row = self.termbase.acronym_row(english_expansion)
        return row.en if row else None


def renderings_of(termbase: TermBase, lemma: str, kind: str | None = None) -> list[str]:
    """All English renderings the term base accepts for ``lemma`` (empty when it has none)."""
    entry = termbase.lookup(lemma, kind)
    return entry.renderings() if entry else []
