"""Mergeable partial statistics: what one document contributes, and the pure merge.

Extraction is map → reduce → score. Each document (letter) is analysed on its own into a
:class:`PartialStats`; :func:`merge` combines two of them and is associative and commutative
in its result, so partials can be reduced in any grouping, on any number of processes or
machines. Counts stay exact; occurrence samples and letter-id samples are the smallest few by
a total order, so the merged sample does not depend on the order of merging and memory grows
with the vocabulary, not with the corpus.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from glossary.model import MAX_EXAMPLES, Occurrence

#: Occurrences kept per term (the smallest by letter id and position).
OCCURRENCE_CAP = 2 * MAX_EXAMPLES
#: Letter ids kept per term (the smallest); the number of letters stays exact in ``df``.
LETTER_CAP = 50


@dataclass
class TermStats:
    """Everything counted about one candidate key."""

    freq: int = 0
    #: Occurrences that only count when the pattern repeats (``X en Y``, ``N van N``).
    repeat_only: int = 0
    df: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    pos: Counter[str] = field(default_factory=Counter)
    #: Canonical renderings proposed by occurrences, weighted (singular, mid-sentence win).
    display: Counter[str] = field(default_factory=Counter)
    #: Surface forms as written (cleaned text), with counts.
    forms: Counter[str] = field(default_factory=Counter)
    #: Inflected forms generated for matching (plural, adjective agreement).
    generated: set[str] = field(default_factory=set)
    occurrences: list[Occurrence] = field(default_factory=list)
    letters: list[str] = field(default_factory=list)
    expansions: Counter[str] = field(default_factory=Counter)
    english: Counter[str] = field(default_factory=Counter)
    #: Occurrences that were English text inside Dutch.
    english_use: int = 0
    #: Occurrences as a nested part of a longer mention.
    nested: int = 0
    seeded: bool = False

    def add_occurrence(self, occ: Occurrence) -> None:
        """Keep the ``OCCURRENCE_CAP`` smallest occurrences (deterministic, order-free)."""
        occs = self.occurrences
        if len(occs) < OCCURRENCE_CAP:
            if occ not in occs:
                occs.append(occ)
                occs.sort()
        elif occ < occs[-1] and occ not in occs:
            occs[-1] = occ
            occs.sort()


def _smallest(a: Iterable, b: Iterable, cap: int) -> list:
    return sorted(set(a) | set(b))[:cap]


def merge_terms(a: TermStats, b: TermStats) -> TermStats:
    """Combine the statistics of one key from two disjoint sets of documents."""
    union = set(a.letters) | set(b.letters)
    complete = len(a.letters) == a.df and len(b.letters) == b.df
    df = len(union) if complete else a.df + b.df - len(set(a.letters) & set(b.letters))
    return TermStats(
        freq=a.freq + b.freq,
        repeat_only=a.repeat_only + b.repeat_only,
        df=df,
        kinds=a.kinds + b.kinds,
        pos=a.pos + b.pos,
        display=a.display + b.display,
        forms=a.forms + b.forms,
        generated=a.generated | b.generated,
        occurrences=_smallest(a.occurrences, b.occurrences, OCCURRENCE_CAP),
        letters=sorted(union)[:LETTER_CAP],
        expansions=a.expansions + b.expansions,
        english=a.english + b.english,
        english_use=a.english_use + b.english_use,
        nested=a.nested + b.nested,
        seeded=a.seeded or b.seeded,
    )


@dataclass
class PartialStats:
    """The statistics of some documents: per-key term statistics plus corpus totals."""

    terms: dict[str, TermStats] = field(default_factory=dict)
    #: Running words (tokens with letters or digits) analysed.
    words: int = 0
    documents: int = 0

    def term(self, key: str) -> TermStats:
        stats = self.terms.get(key)
        if stats is None:
            stats = self.terms[key] = TermStats()
        return stats


def merge(a: PartialStats, b: PartialStats) -> PartialStats:
    """Pure, associative and commutative (in result) merge of two partials."""
    terms = dict(a.terms)
    for key, stats in b.terms.items():
        terms[key] = merge_terms(terms[key], stats) if key in terms else stats
    return PartialStats(terms=terms, words=a.words + b.words, documents=a.documents + b.documents)


def merge_all(partials: Iterable[PartialStats]) -> PartialStats:
    """Reduce any number of partials (an empty input gives empty statistics)."""
    total = PartialStats()
    for part in partials:
        total = merge(total, part)
    return total


def merge_into(total: PartialStats, part: PartialStats) -> PartialStats:
    """Merge ``part`` into ``total`` in place (the local reducer; ``part`` is left unchanged)."""
    for key, stats in part.terms.items():
        mine = total.terms.get(key)
        total.terms[key] = merge_terms(mine, stats) if mine is not None else stats
    total.words += part.words
    total.documents += part.documents
    return total
