"""The curated bilingual component lexicon ``terms/lexicon.tsv`` used to translate compounds.

Each row gives the English of one Dutch component (``lucht`` → air, ``middel`` → asset), an
optional form used when the component modifies another (``Europa`` → European) and its part
of speech (noun, adj, prep, conj). Lookups try the Dutch inflections of adjectives
(``collectieve`` → ``collectief``, ``Europese`` → ``Europees``) and nouns (``plannen`` → ``plan``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from glossary.errors import InputError
from glossary.text import fold
from glossary.translate.tsv import read_text, rows

COLUMNS = ("nl", "en", "en_modifier", "pos", "note")
REQUIRED = ("nl", "en")
POS = ("noun", "adj", "prep", "conj", "other")
VOWELS = "aeiou"


@dataclass(frozen=True)
class LexiconEntry:
    """One Dutch component and its English."""

    nl: str
    en: str
    modifier: str | None = None
    pos: str = "noun"
    note: str = ""

    def english(self, as_modifier: bool) -> str:
        return self.modifier if as_modifier and self.modifier else self.en


@dataclass
class Lexicon:
    """Component lexicon indexed by folded Dutch form."""

    entries: list[LexiconEntry] = field(default_factory=list)
    path: str = "<lexicon>"

    def __post_init__(self) -> None:
        self._index: dict[str, LexiconEntry] = {}
        for entry in self.entries:
            self._index.setdefault(fold(entry.nl), entry)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, word: str) -> LexiconEntry | None:
        """The entry for ``word`` as written, or for its uninflected adjective or noun form."""
        for form in base_forms(word):
            hit = self._index.get(fold(form))
            if hit is not None:
                return hit
        return None

    def words(self) -> set[str]:
        return set(self._index)


def _undouble(stem: str) -> str:
    """``plann`` → ``plan``, ``rakett`` → ``raket``: drop a doubled final consonant."""
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
        return stem[:-1]
    return stem


def _lengthen(stem: str) -> str:
    """``Europes`` → ``Europees``, ``zak`` → ``zaak``: a closed long vowel is written double."""
    if (
        len(stem) >= 3
        and stem[-1] not in VOWELS
        and (
            stem[-2] == "ë"
            or (stem[-2] in "aeou" and stem[-3] not in VOWELS)
            or stem[-3:-1] == "ue"
        )
    ):  # individuel → individueel
        vowel = "e" if stem[-2] == "ë" else stem[-2]
        return stem[:-2] + vowel + vowel + stem[-1]
    return stem


def _devoice(stem: str) -> str:
    """``collectiev`` → ``collectief``, ``huiz`` → ``huis``."""
    if stem.endswith("v"):
        return stem[:-1] + "f"
    if stem.endswith("z"):
        return stem[:-1] + "s"
    return stem


def base_forms(word: str) -> list[str]:
    """``word`` and the uninflected forms it may come from (adjective -e, noun plural -en/-s)."""
    out = [word]
    stems: list[str] = []
    if len(word) > 3 and word.endswith("e"):
        stems.append(word[:-1])
    if len(word) > 4 and word.endswith("en"):
        stems.append(word[:-2])
    if len(word) > 3 and word.endswith("s") and word[-2] in VOWELS + "lnry":
        stems.append(word[:-1])
    if word.endswith("'s"):
        stems.append(word[:-2])
    for stem in stems:
        for form in (
            stem,
            _devoice(stem),
            _undouble(stem),
            _lengthen(stem),
            _lengthen(_devoice(stem)),
        ):
            if form not in out:
                out.append(form)
    return out


def parse_lexicon(text: str, path: str = "<lexicon>") -> Lexicon:
    """Parse lexicon TSV text; a malformed row raises :class:`InputError` naming file:line."""
    entries: list[LexiconEntry] = []
    seen: dict[str, int] = {}
    for lineno, row in rows(text, COLUMNS, REQUIRED, path):
        pos = row["pos"] or "noun"
        if pos not in POS:
            raise InputError(
                f"unknown pos {pos!r} (expected one of {', '.join(POS)})", path, lineno
            )
        key = fold(row["nl"])
        if key in seen:
            raise InputError(
                f"duplicate component {row['nl']!r}; first defined on line {seen[key]}",
                path,
                lineno,
            )
        seen[key] = lineno
        entries.append(
            LexiconEntry(row["nl"], row["en"], row["en_modifier"] or None, pos, row["note"])
        )
    return Lexicon(entries, path)


def load_lexicon(path: str | os.PathLike[str]) -> Lexicon:
    """Read a component lexicon file (columns: nl, en, en_modifier, pos, note)."""
    return parse_lexicon(read_text(path, "component lexicon"), str(Path(path)))
