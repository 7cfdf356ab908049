"""Acronyms in the resolver chain: the English acronym and the English expansion, kept apart.

An acronym's entry has its English acronym as its English (GVDB → CSDP, NAR → NAC, SACEUR →
SACEUR) and its English expansion in a field of its own (Common Security and Defence Policy).
Where they come from, most trusted first:

1. the term base's row for the acronym: ``en`` is the English acronym, ``en_expansion`` the
   English expansion;
2. the expansion the letters give, when it is English: the acronym is then an English one used
   in Dutch text and keeps itself (``NATO Readiness Initiative (NRI)`` → NRI);
3. the Dutch expansion the letters give, translated through the chain offline
   (``Gemeenschappelijk Veiligheids- en Defensiebeleid`` → Common Security and Defence Policy);
   its English acronym is the one the term base gives that English expansion (CSDP); with none
   known, the English expansion itself is the acronym's English.

What 2 and 3 compute is at most ``proposed``: the pairing of acronym and expansion comes from
the letters, and a reviewer confirms it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, NamedTuple

from glossary.model import Candidate, Translation
from glossary.text import fold
from glossary.translate.language import is_english

#: The computed English of an acronym (its own letters, a derived English acronym, a
#: translated expansion) stays below the term base's official 1.0: ``proposed``.
COMPUTED_CONFIDENCE = 0.8
LETTERS = "letters"
TRANSLATED = "translated"
TERMBASE = "termbase"


class Expansion(NamedTuple):
    """An acronym's English expansion and how it was found (``termbase``, ``letters``,
    ``translated``)."""

    translation: Translation
    origin: str


def _clean(text: str) -> str:
    return " ".join(text.strip().strip("«»\"'“”‘’()").split())


def _ask(resolvers: Sequence[Any], method: str, *args: Any) -> Any:
    """The first answer of a resolver that has ``method`` (the term base has these)."""
    for resolver in resolvers:
        ask = getattr(resolver, method, None)
        if callable(ask):
            answer = ask(*args)
            if answer:
                return answer
    return None


def english_expansion(
    candidate: Candidate,
    dutch_expansion: str | None,
    resolvers: Sequence[Any],
    translate: Callable[[str], Translation | None],
) -> Expansion | None:
    """The English expansion of an acronym candidate (see the module docstring for the order).

    ``dutch_expansion`` is the expansion the chain found when the letters gave none;
    ``translate`` renders a Dutch text through the chain, offline.
    """
    known = _ask(resolvers, "english_expansion", candidate)
    if known is not None:
        return Expansion(known, TERMBASE)
    written = _clean(candidate.expansion or dutch_expansion or "")
    if not written or fold(written) == fold(candidate.term):
        return None
    if candidate.expansion and is_english(written):
        note = "English expansion of the acronym in the letter"
        return Expansion(Translation(written, "letter", COMPUTED_CONFIDENCE, note=note), LETTERS)
    english = translate(written)
    if english is None:
        return None
    note = f"English of the expansion {written!r}"
    return Expansion(replace(english, plural=None, note=note), TRANSLATED)


def settle(
    candidate: Candidate,
    winner: Translation | None,
    others: tuple[Translation, ...],
    full: Expansion | None,
    resolvers: Sequence[Any],
) -> tuple[Translation | None, tuple[Translation, ...]]:
    """The acronym's English (its English acronym where one is known) and the alternatives,
    without the English expansion, which has its own field."""
    if winner is None or winner.source != "termbase":
        acronym = _english_acronym(candidate, winner, full, resolvers)
        if acronym is not None and (winner is None or fold(acronym.text) != fold(winner.text)):
            others = ((winner,) if winner is not None else ()) + others
            winner = acronym
    if full is not None:
        key = fold(full.translation.text)
        others = tuple(a for a in others if fold(a.text) != key)
    if winner is not None:
        others = tuple(a for a in others if fold(a.text) != fold(winner.text))
    return winner, others


def _english_acronym(
    candidate: Candidate,
    winner: Translation | None,
    full: Expansion | None,
    resolvers: Sequence[Any],
) -> Translation | None:
    if full is None or full.origin == TERMBASE:
        return None
    if full.origin == LETTERS:
        note = "English acronym: the letters spell it out in English"
        return Translation(candidate.term, "letter", COMPUTED_CONFIDENCE, note=note)
    english = _ask(resolvers, "english_acronym", full.translation.text)
    if english:
        note = f"the term base's English acronym for {full.translation.text}"
        return Translation(english, "termbase", COMPUTED_CONFIDENCE, note=note)
    if winner is not None:
        return None
    confidence = min(full.translation.confidence, COMPUTED_CONFIDENCE)
    note = "English expansion; no English acronym known"
    return replace(full.translation, confidence=confidence, note=note)
