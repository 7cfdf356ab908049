"""The curated bilingual component lexicon ``terms/lexicon.tsv`` used to translate compounds.

Each row gives the English of one Dutch component as a head or standing alone (``middel`` → asset;
further senses after ``|``), its English when it modifies another part (``marine`` → naval,
``Europa`` → European), its part of speech (noun, adj, verb stem, prefix, prep, conj, num, other)
and the linking elements it takes as a first part (``verdediging`` +s, ``troep`` +en; ``-`` for
none). A head with a concrete and an abstract sense names the abstract one (``basis``: base,
abstract basis), and a modifier of class ``abstract`` selects it (``rechtsbasis`` → legal basis,
``marinebasis`` → naval base). Lookups undo Dutch inflection: adjectives (``collectieve`` →
``collectief``) and noun plurals, irregular ones included (``schepen`` → ``schip``, ``uitgaven`` →
``uitgave``), through :func:`glossary.nlp.dutch.nouns.singulars`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from glossary.errors import InputError
from glossary.nlp.dutch.nouns import singulars
from glossary.text import fold
from glossary.translate.tsv import read_text, rows, split_list

COLUMNS = ("nl", "en", "en_modifier", "pos", "linking", "note", "en_abstract", "class")
REQUIRED = ("nl", "en")
POS = ("noun", "adj", "verb", "prefix", "prep", "conj", "num", "other")
#: Semantic classes a row may name in its ``class`` cell (empty: concrete or unmarked).
CLASSES = ("", "abstract")
#: Parts of speech that join the words of a phrase and are never a part of a compound.
JOINERS = frozenset({"prep", "conj"})
#: The linking elements a row may name; ``-`` is none.
LINKING = {"-": "", "s": "s", "en": "en", "e": "e"}
VOWELS = "aeiou"


@dataclass(frozen=True)
class LexiconEntry:
    """One Dutch component and its English."""

    nl: str
    en: str
    modifier: str | None = None
    pos: str = "noun"
    note: str = ""
    #: The linking elements the component takes before another part (``""`` for none);
    #: ``None`` when the row does not say (every linker is then allowed).
    linking: tuple[str, ...] | None = None
    #: Further English senses, after the default one.
    senses: tuple[str, ...] = ()
    #: The head's English after an abstract modifier (``basis``: base, but rechtsbasis →
    #: legal basis), when it differs from ``en``.
    abstract_en: str | None = None
    #: The component names an abstract notion (law, policy, relations): as a modifier it
    #: selects a head's abstract sense.
    abstract: bool = False

    def english(self, as_modifier: bool) -> str:
        return self.modifier if as_modifier and self.modifier else self.en

    def head_english(self, after_abstract: bool) -> str:
        """The English as a head: its abstract sense after an abstract modifier."""
        return self.abstract_en if after_abstract and self.abstract_en else self.en

    def links_with(self, linker: str) -> bool:
        """Does the component take ``linker`` before the next part (``verdedigings-``)?"""
        return self.linking is None or linker in self.linking

    @property
    def is_prefix(self) -> bool:
        return self.pos == "prefix"


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

    def exact(self, word: str) -> LexiconEntry | None:
        """The entry for ``word`` as written (case and accents ignored), not inflected."""
        return self._index.get(fold(word))

    def get(self, word: str) -> LexiconEntry | None:
        """The entry for ``word`` as written, or for its uninflected adjective or noun form."""
        for form in base_forms(word):
            hit = self._index.get(fold(form))
            if hit is not None:
                return hit
        return None

    def lookup(self, word: str) -> tuple[LexiconEntry, bool] | None:
        """The entry for ``word`` and whether ``word`` is a noun plural of it (``fregatten``)."""
        for form in base_forms(word):
            hit = self._index.get(fold(form))
            if hit is not None:
                return hit, form != word and is_plural_of(word, form, hit.pos)
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
    """``word`` and the uninflected forms it may come from: adjective ``-e``, noun plurals
    (``-en``, ``-s``, ``-'s``, the irregular ones of :func:`singulars`)."""
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
    for form in singulars(word):
        if form not in out:
            out.append(form)
    return out


def is_plural_of(word: str, base: str, pos: str) -> bool:
    """``word`` is a noun plural of ``base`` (not an adjective's ``-e`` form)."""
    if pos not in ("noun", "other"):
        return False
    return fold(word) != fold(base) and fold(word)[-1:] in ("n", "s")


def _linking(cell: str, path: str, lineno: int) -> tuple[str, ...] | None:
    if not cell:
        return None
    values = split_list(cell)
    unknown = [v for v in values if v not in LINKING]
    if unknown:
        raise InputError(
            f"unknown linking element {unknown[0]!r} (expected s, en, e or - for none, "
            "'|'-separated)",
            path,
            lineno,
        )
    return tuple(LINKING[v] for v in values)


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
        senses = split_list(row["en"])
        if not senses:
            raise InputError("empty 'en' cell", path, lineno)
        semantic = row.get("class", "")
        if semantic not in CLASSES:
            raise InputError(
                f"unknown class {semantic!r} (expected 'abstract' or empty)", path, lineno
            )
        entries.append(
            LexiconEntry(
                row["nl"],
                senses[0],
                row["en_modifier"] or None,
                pos,
                row["note"],
                _linking(row["linking"], path, lineno),
                tuple(senses[1:]),
                row.get("en_abstract") or None,
                semantic == "abstract",
            )
        )
    return Lexicon(entries, path)


def load_lexicon(path: str | os.PathLike[str]) -> Lexicon:
    """Read a component lexicon file (columns: nl, en, en_modifier, pos, linking, note and
    the optional en_abstract and class)."""
    return parse_lexicon(read_text(path, "component lexicon"), str(Path(path)))
