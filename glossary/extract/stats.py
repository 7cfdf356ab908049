"""Mergeable partial statistics: what one document contributes, and the pure merge.

Extraction is map → reduce → score. Each document (letter) is analysed on its own into a
:class:`PartialStats`; :func:`merge` combines two of them and is associative and commutative
in its result, so partials can be reduced in any grouping, on any number of processes or
machines. Counts stay exact; occurrence samples and letter-id samples are the smallest few by
a total order, so the merged sample does not depend on the order of merging and memory grows
with the vocabulary, not with the corpus.

Counts are plain ``dict[str, int]`` and occurrences plain ``(letter, start, end, sentence)``
tuples (ordered like :class:`glossary.model.Occurrence`): the map step builds many of them.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Iterable
from dataclasses import dataclass, field

from glossary.model import MAX_EXAMPLES

#: Occurrences kept per term (the smallest by letter id and position).
OCCURRENCE_CAP = 2 * MAX_EXAMPLES
#: Letter ids kept per term (the smallest); the number of letters stays exact in ``df``.
LETTER_CAP = 50

#: ``(letter id, start, end, sentence)``, spans in the letter's original text.
OccurrenceRow = tuple[str, int, int, str]


def add_counts(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    """A new count map with the counts of both."""
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return out


def _add_into(a: dict[str, int], b: dict[str, int]) -> None:
    for k, v in b.items():
        a[k] = a.get(k, 0) + v


@dataclass
class TermStats:
    """Everything counted about one candidate key."""

    freq: int = 0
    #: Occurrences that only count when the pattern repeats (``X en Y``, ``N van N``).
    repeat_only: int = 0
    df: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    pos: dict[str, int] = field(default_factory=dict)
    #: Canonical renderings proposed by occurrences, weighted (singular, mid-sentence win).
    display: dict[str, int] = field(default_factory=dict)
    #: Surface forms as written (cleaned text), with counts.
    forms: dict[str, int] = field(default_factory=dict)
    #: Inflected forms generated for matching (plural, adjective agreement).
    generated: set[str] = field(default_factory=set)
    occurrences: list[OccurrenceRow] = field(default_factory=list)
    letters: list[str] = field(default_factory=list)
    expansions: dict[str, int] = field(default_factory=dict)
    english: dict[str, int] = field(default_factory=dict)
    #: Occurrences that were English text inside Dutch.
    english_use: int = 0
    #: Occurrences as a nested part of a longer mention.
    nested: int = 0
    seeded: bool = False

    def wants(self, letter: str, start: int) -> bool:
        """Could an occurrence at ``(letter, start)`` enter the capped sample? (a cheap test
        before mapping its span and building it)"""
        occs = self.occurrences
        if len(occs) < OCCURRENCE_CAP:
            return True
        last = occs[-1]
        return (letter, start) <= (last[0], last[1])

    def add_occurrence(self, occ: OccurrenceRow) -> None:
        """Keep the ``OCCURRENCE_CAP`` smallest occurrences (deterministic, order-free)."""
        occs = self.occurrences
        if occ in occs:
            return
        if len(occs) < OCCURRENCE_CAP:
            insort(occs, occ)
        elif occ < occs[-1]:
            occs.pop()
            insort(occs, occ)


def _smallest(a: Iterable, b: Iterable, cap: int) -> list:
    return sorted(set(a) | set(b))[:cap]


def _df(a: TermStats, b: TermStats) -> int:
    """Documents containing the key; exact while the id samples are complete or disjoint."""
    union = set(a.letters) | set(b.letters)
    if len(a.letters) == a.df and len(b.letters) == b.df:
        return len(union)
    return a.df + b.df - len(set(a.letters) & set(b.letters))


def merge_terms(a: TermStats, b: TermStats) -> TermStats:
    """Combine the statistics of one key from two disjoint sets of documents."""
    return TermStats(
        freq=a.freq + b.freq,
        repeat_only=a.repeat_only + b.repeat_only,
        df=_df(a, b),
        kinds=add_counts(a.kinds, b.kinds),
        pos=add_counts(a.pos, b.pos),
        display=add_counts(a.display, b.display),
        forms=add_counts(a.forms, b.forms),
        generated=a.generated | b.generated,
        occurrences=_smallest(a.occurrences, b.occurrences, OCCURRENCE_CAP),
        letters=sorted(set(a.letters) | set(b.letters))[:LETTER_CAP],
        expansions=add_counts(a.expansions, b.expansions),
        english=add_counts(a.english, b.english),
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


def _absorb(mine: TermStats, other: TermStats) -> None:
    """``mine`` becomes ``merge_terms(mine, other)``, in place (the fast local reducer)."""
    if other.df == 1 and len(other.letters) == 1 and len(mine.letters) == mine.df:
        letter = other.letters[0]  # the usual case: one more document
        if letter not in mine.letters:
            mine.df += 1
            if len(mine.letters) < LETTER_CAP or letter < mine.letters[-1]:
                insort(mine.letters, letter)
                del mine.letters[LETTER_CAP:]
    else:
        mine.df = _df(mine, other)
        mine.letters = sorted(set(mine.letters) | set(other.letters))[:LETTER_CAP]
    mine.freq += other.freq
    mine.repeat_only += other.repeat_only
    _add_into(mine.kinds, other.kinds)
    _add_into(mine.pos, other.pos)
    _add_into(mine.display, other.display)
    _add_into(mine.forms, other.forms)
    mine.generated |= other.generated
    mine.occurrences = _smallest(mine.occurrences, other.occurrences, OCCURRENCE_CAP)
    _add_into(mine.expansions, other.expansions)
    _add_into(mine.english, other.english)
    mine.english_use += other.english_use
    mine.nested += other.nested
    mine.seeded = mine.seeded or other.seeded


def merge_into(total: PartialStats, part: PartialStats) -> PartialStats:
    """Merge ``part`` into ``total`` in place and return ``total``; same result as
    :func:`merge`. ``part`` is consumed: its statistics objects now belong to ``total``."""
    for key, stats in part.terms.items():
        mine = total.terms.get(key)
        if mine is None:
            total.terms[key] = stats
        else:
            _absorb(mine, stats)
    total.words += part.words
    total.documents += part.documents
    return total
