"""Split Dutch compounds into parts, with the linking elements -s-, -e-, -en- between them.

``luchtverdedigingsmiddel`` → ``luchtverdediging`` +s+ ``middel``. Candidate splits are
enumerated, then scored by a pluggable function. The general scorer is
the frequency method of Koehn and Knight (2003): split only when the geometric mean of the
parts' corpus frequencies (the mean Zipf value, from ``wordfreq``) beats the whole word's, with
derivational suffixes that are also words (``-schap``, ``-ing``) never standing alone.
Evaluated against the compound marks of the UD Dutch lemmas (``basis_niveau``) in the tests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from glossary.nlp.dutch.function_words import FUNCTION_WORDS

#: Linking elements allowed after a non-final part, longest first.
LINKERS: tuple[str, ...] = ("en", "s", "e", "")
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


@dataclass(frozen=True)
class Part:
    """One part of a compound as written, and the linking element that follows it."""

    text: str
    linker: str = ""

    @property
    def written(self) -> str:
        return self.text + self.linker


Scorer = Callable[[tuple[Part, ...]], float | None]


def candidate_splits(
    word: str, max_parts: int = MAX_PARTS, min_part: int = MIN_PART
) -> Iterator[tuple[Part, ...]]:
    """Every way to cut ``word`` (no hyphens) into parts with linkers, the unsplit word first."""

    @cache
    def tails(i: int, budget: int) -> tuple[tuple[Part, ...], ...]:
        rest = word[i:]
        out: list[tuple[Part, ...]] = [(Part(rest),)]
        if budget <= 1:
            return tuple(out)
        for j in range(i + min_part, len(word) - min_part + 1):
            stem = word[i:j]
            for linker in LINKERS:
                k = j + len(linker)
                if not word.startswith(linker, j) or len(word) - k < min_part:
                    continue
                for tail in tails(k, budget - 1):
                    out.append((Part(stem, linker), *tail))
        return tuple(out)

    yield from tails(0, max_parts)


def best_split(word: str, score: Scorer, max_parts: int = MAX_PARTS) -> tuple[Part, ...] | None:
    """The highest-scoring split (ties: fewer parts, then the earliest enumerated), or None."""
    best: tuple[float, int, tuple[Part, ...]] | None = None
    for parts in candidate_splits(word, max_parts):
        value = score(parts)
        if value is None:
            continue
        key = (value, -len(parts))
        if best is None or key > best[:2]:
            best = (value, -len(parts), parts)
    return best[2] if best else None


@lru_cache(maxsize=131072)
def zipf(word: str) -> float:
    """General-Dutch frequency of a word on the Zipf scale (0 when unknown)."""
    from wordfreq import zipf_frequency

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
