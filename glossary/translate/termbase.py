"""Resolver 1: the curated term base ``terms/termbase.tsv``, the translators' authority.

Its answers are ``reviewed`` with source ``termbase``. The file format is documented in the
header comment of the shipped file; a malformed row raises :class:`InputError` naming
``file:line``. Matching is exact first, then ignoring case and accents, then also ignoring
hyphens and spaces (``NAVO top`` ≈ ``NAVO-top``); an all-capitals Dutch term (an acronym) only
matches a term written in capitals too, so ``IT`` never answers for ``it``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from glossary.errors import InputError
from glossary.model import KINDS, Candidate, Translation
from glossary.text import fold
from glossary.translate.tsv import read_text, rows, split_list

COLUMNS = ("nl", "en", "en_alt", "kind", "expansion", "source", "note")
REQUIRED = ("nl", "en")
SOURCE = "termbase"
ALT_CONFIDENCE = 0.9


def loose_key(text: str) -> str:
    """Case, accents, hyphens, spaces and apostrophes ignored: ``NAVO-top`` ≈ ``navo top``."""
    return re.sub(r"[\s\-‐‑'’]+", "", fold(text))


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
    source: str = ""
    note: str = ""
    variants: tuple[str, ...] = ()
    line: int = 0

    @property
    def dutch(self) -> tuple[str, ...]:
        """The Dutch term and its spelling variants."""
        return (self.nl, *self.variants)

    def renderings(self) -> list[str]:
        """Preferred English first, then the alternatives."""
        return [self.en, *self.alternatives]

    def translations(self) -> list[Translation]:
        """The preferred rendering (confidence 1) and the accepted alternatives."""
        note = "; ".join(p for p in (self.source, self.note) if p) or None
        out = [Translation(self.en, SOURCE, 1.0, note=note)]
        out += [Translation(a, SOURCE, ALT_CONFIDENCE) for a in self.alternatives]
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
        for entry in self.entries:
            self._index(entry)

    def _index(self, entry: TermBaseEntry) -> None:
        for term in entry.dutch:
            self._exact.setdefault(term, []).append(entry)
            self._folded.setdefault(fold(term), []).append(entry)
            self._loose.setdefault(loose_key(term), []).append(entry)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):
        return iter(self.entries)

    def terms(self) -> list[str]:
        """Every Dutch term and variant, e.g. to seed extraction with fixed multi-word pairs."""
        return sorted({t for e in self.entries for t in e.dutch})

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

    def lookup_candidate(self, candidate: Candidate) -> TermBaseEntry | None:
        """The row for a candidate's lemma, else for one of its surface forms."""
        hit = self.lookup(candidate.term, candidate.kind)
        if hit is not None:
            return hit
        for form in sorted(set(candidate.forms)):
            hit = self.lookup(form, candidate.kind)
            if hit is not None:
                return hit
        return None


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
        alts = tuple(a for a in split_list(row["en_alt"]) if a != english[0])
        entries.append(
            TermBaseEntry(
                nl=dutch[0],
                en=english[0],
                alternatives=alts,
                kind=kind,
                expansion=row["expansion"] or None,
                source=row["source"],
                note=row["note"],
                variants=tuple(dutch[1:]),
                line=lineno,
            )
        )
    return TermBase(entries, path)


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


def renderings_of(termbase: TermBase, lemma: str, kind: str | None = None) -> list[str]:
    """All English renderings the term base accepts for ``lemma`` (empty when it has none)."""
    entry = termbase.lookup(lemma, kind)
    return entry.renderings() if entry else []
