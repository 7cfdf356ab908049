"""Resolver: names of countries and regions from CLDR (Babel), Dutch → British English.

CLDR is the Unicode consortium's locale data: every territory name in Dutch and in British
English under the same code (``UA``: Oekraïne ↔ Ukraine, ``150``: Europa ↔ Europe). Its answers
have source ``cldr`` and status ``proposed``: CLDR is authoritative for names, but a reviewer
still confirms NATO usage (NATO writes Türkiye, and "the Netherlands" with its article). The
term base comes first in the chain, so a row there overrides CLDR. No name list is typed here.
"""

from __future__ import annotations

from functools import lru_cache

from glossary.model import Candidate, Translation
from glossary.text import fold

SOURCE = "cldr"
#: Confident enough to win over compound guesses; ``proposed`` because a reviewer confirms it.
CONFIDENCE = 0.9
DUTCH, ENGLISH = ("nl",), ("en", "GB")


@lru_cache(maxsize=1)
def territories() -> dict[str, str]:
    """Dutch territory and region names as CLDR writes them → their British English names
    (capitalised names only: ``wereld`` and ``eurozone`` are common nouns in Dutch)."""
    from babel import Locale

    dutch, english = Locale(*DUTCH).territories, Locale(*ENGLISH).territories
    return {
        name: english[code]
        for code, name in sorted(dutch.items())
        if code in english and name[:1].isupper() and "-alt-" not in code
    }


@lru_cache(maxsize=1)
def _by_folded_name() -> dict[str, str]:
    return {fold(dutch): english for dutch, english in territories().items()}


class CldrResolver:
    """English names of countries and regions, for candidates that are names."""

    name = SOURCE

    def resolve(self, candidate: Candidate) -> list[Translation]:
        if candidate.kind == "acronym" or not candidate.term[:1].isupper():
            return []
        english = _by_folded_name().get(fold(candidate.term))
        if english is None:
            return []
        return [Translation(english, SOURCE, CONFIDENCE, note="CLDR territory name")]
