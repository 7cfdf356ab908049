"""Split Dutch compounds into parts, with the linking elements -s-, -e-, -en- between them.

``luchtverdedigingsmiddel`` → ``luchtverdediging`` +s+ ``middel``. One enumeration of the ways
to cut a word (:func:`splits`) serves every caller; what differs is how a cut is chosen:

* the best score (:func:`best_split`): compound translation scores by parts its term base and
  lexicon know, coordination ellipsis by the frequency of modifier and head, and the general
  splitter (:func:`split_compound`) by the frequency method of Koehn and Knight (2003): split
  only when the mean Zipf value of the parts (``wordfreq``) beats the whole word's, with
  derivational suffixes that are also words (``-schap``, ``-ing``) never standing alone;
  evaluated against the compound marks of the UD Dutch lemmas (``basis_niveau``) in the tests;
* the longest head a caller knows (:func:`heads`, longest first): the lemmatizer and the noun
  lemmas lemmatise it (``verdedigingsplannen`` → ``verdedigings`` + ``plan``), plurals inflect
  it, noun gender looks it up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import NamedTuple

from glossary.nlp.dutch.function_words import FUNCTION_WORDS

#: Linking elements allowed after a non-final part, longest first.
LINKERS: tuple[str, ...] = ("en", "s", "e", "")
#: No linker: the cut alone, for callers that keep the modifier as written.
NO_LINKER: tuple[str, ...] = ("",)
MIN_PART = 3
MAX_PARTS = 4
#: A part must be at least this frequent in general Dutch (Zipf) to count as a word.
MIN_ZIPF = 3.0
#: Suffixes and prefixes that are also (rare) words; they never form a part by themselves.
AFFIXES = frozenset(
    {
        "aar",
        "achtig",
        "baar",
        "dom",
        "een",
        "end",
        "ens",
        "erd",
        "ers",
        "heid",
        "ier",
        "iet",
        "ing",
        "ische",
        "isch",
        "isme",
        "ist",
        "lijk",
        "loos",
        "nis",
        "ren",
        "schap",
        "ster",
        "tie",
        "teit",
        "tje",
        "ver",
        "ont",
        "her",
        "mis",
        "zaam",
        "ige",
        "ig",
        "ling",
        "sel",
        "erij",
        "ant",
        "ent",
        "ief",
        "ieve",
        "air",
        "eel",
        "aal",
        "iek",
        "ieken",
        "ica",
        "ici",
        "atie",
    }
)
#: A three-letter part must be this frequent to count (``zee``, ``top``, but not ``gun``).
SHORT_PART_ZIPF = 4.0
#: Each extra part costs this much Zipf, so a split must be clearly better than the word.
PART_PENALTY = 1.0


class Part(NamedTuple):
    """One part of a compound as written, and the linking element that follows it."""

    text: str
    linker: str = ""

    @property
    def written(self) -> str:
        return self.text + self.linker


Scorer = Callable[[tuple[Part, ...]], float | None]


def cuts(
    word: str, start: int, min_part: int, min_rest: int, linkers: tuple[str, ...]
) -> Iterator[tuple[int, str, int]]:
    """Where ``word[start:]`` may be cut, as ``(end of the part, its linker, start of the
    rest)``: by the part's end (shortest part first), linkers longest first; the part has at
    least ``min_part`` letters and the rest ``min_rest``."""
    n = len(word)
    for end in range(start + min_part, n - min_rest + 1):
        for linker in linkers:
            rest = end + len(linker)
            if n - rest >= min_rest and word.startswith(linker, end):
                yield end, linker, rest


def splits(
    word: str,
    max_parts: int = MAX_PARTS,
    min_part: int = MIN_PART,
    min_head: int | None = None,
    linkers: tuple[str, ...] = LINKERS,
) -> Iterator[tuple[Part, ...]]:
    """Every way to cut ``word`` into at most ``max_parts`` parts (:func:`cuts`), the unsplit
    word first; every part has ``min_part`` letters, the last one ``min_head`` (default
    ``min_part``)."""
    last = min_part if min_head is None else min_head
    yield from _split_from(word, 0, max_parts, (last, min_part, linkers), {})


_Splits = tuple[tuple[Part, ...], ...]
#: ``(min_head, min_part, linkers)`` of one :func:`splits` call
_Limits = tuple[int, int, tuple[str, ...]]


def _split_from(
    word: str, i: int, budget: int, limits: _Limits, memo: dict[tuple[int, int], _Splits]
) -> Iterator[tuple[Part, ...]]:
    """The splits of ``word[i:]`` into at most ``budget`` parts; ``memo`` holds the tails."""
    last, min_part, linkers = limits
    if i == 0 or len(word) - i >= last:
        yield (Part(word[i:]),)
    if budget <= 1:
        return
    for end, linker, rest in cuts(word, i, min_part, min_part, linkers):
        tails = memo.get((rest, budget - 1))
        if tails is None:
            tails = memo[(rest, budget - 1)] = tuple(
                _split_from(word, rest, budget - 1, limits, memo)
            )
        for tail in tails:
            yield (Part(word[i:end], linker), *tail)


def best_split(
    word: str,
    score: Scorer,
    max_parts: int = MAX_PARTS,
    min_part: int = MIN_PART,
    linkers: tuple[str, ...] = LINKERS,
) -> tuple[Part, ...] | None:
    """The highest-scoring split (ties: fewer parts, then the earliest enumerated), or None."""
    best: tuple[float, int, tuple[Part, ...]] | None = None
    for parts in splits(word, max_parts, min_part, linkers=linkers):
        value = score(parts)
        if value is None:
            continue
        key = (value, -len(parts))
        if best is None or key > best[:2]:
            best = (value, -len(parts), parts)
    return best[2] if best else None


def heads(
    word: str, min_modifier: int = MIN_PART, min_head: int = MIN_PART
) -> Iterator[tuple[str, str]]:
    """``(modifier, head)`` for every cut of ``word`` in two (:func:`cuts`), the longest head
    first; the modifier as written, with its linking element (``verdedigings``, ``plannen``)."""
    for _end, _linker, rest in cuts(word, 0, min_modifier, min_head, NO_LINKER):
        yield word[:rest], word[rest:]


#: Suffixes after which a first part always takes the linking ``-s-`` (``veiligheidsraad``,
#: ``verdedigingsplan``, ``gemeenschapsgeld``, ``capaciteitsopbouw``).
S_LINKED_SUFFIXES = ("heid", "ing", "schap", "teit")


def with_linking_s(modifier: str) -> str:
    """A first part as a compound writes it: ``veiligheid`` → ``veiligheids`` (a truncated
    ``veiligheid-`` before ``en`` has lost the linking ``-s-`` its suffix requires)."""
    lower = modifier.lower()
    if len(lower) > 5 and lower.endswith(S_LINKED_SUFFIXES):
        return modifier + "s"
    return modifier


def unlinked(modifier: str) -> list[str]:
    """A modifier as written, then without each linking element it may end in
    (``leverings`` → ``leverings``, ``levering``)."""
    return [
        modifier,
        *(modifier[: -len(link)] for link in LINKERS if link and modifier.endswith(link)),
    ]


@lru_cache(maxsize=131072)
def zipf(word: str) -> float:
    """General-Dutch frequency of a word on the Zipf scale (0 when unknown)."""
    from glossary.nlp.resources import zipf_frequency

    return zipf_frequency(word.lower(), "nl")


def frequency_score(parts: tuple[Part, ...]) -> float | None:
    """Koehn–Knight: mean Zipf of the parts; None when a part is no word or only an affix."""
    if len(parts) == 1:
        return zipf(parts[0].text)
    values = []
    for part in parts:
        text = part.text.lower()
        if text in AFFIXES or text in FUNCTION_WORDS:
            return None
        if part is parts[-1] and len(text) == 3 and text.endswith("en"):
            return None  # a plural ending after a doubled consonant: grap|pen, vak|ken
        value = zipf(text)
        if value < (SHORT_PART_ZIPF if len(text) <= 3 else MIN_ZIPF):
            return None
        values.append(value)
    return sum(values) / len(values) - PART_PENALTY * (len(parts) - 1)


def split_compound(word: str) -> list[str]:
    """The parts of a Dutch compound by general word frequency; hyphens always split."""
    out: list[str] = []
    for piece in (p for p in word.split("-") if p):
        parts = best_split(piece, frequency_score)
        out += [p.text for p in parts] if parts else [piece]
    return out
