"""What extraction takes from the translation resources: seed terms and names that always enter.

The term base and CLDR decide English, not termhood, with exceptions that are *lifted* above the
default cut wherever they occur: names and posts whose English differs from the Dutch
(``Zweden`` → Sweden, ``Raad van State`` → Council of State) belong in a translator's glossary
however common the Dutch word is; the term base's acronyms (``CDA``, ``PvdA``) are names a
reader must be able to expand; and a name CLDR knows as a place (a country, region or city:
``Oslo``, ``Warschau``) is a name even when a letter mentions it once. Every other term-base
term is only a *seed*: it is found in the text (``afschrikking en verdediging`` even where the
patterns would miss it) and then scored like any candidate.
"""

from __future__ import annotations

from glossary.translate.cldr import cities, territories
from glossary.translate.termbase import TermBase


def place_names() -> list[str]:
    """The names CLDR knows as places (territories, regions and cities): lifted wherever the
    extractor finds them as names, with or without a term base."""
    return sorted(set(territories()) | set(cities()))


def seed_terms(termbase: TermBase) -> tuple[list[str], list[str]]:
    """``(seeds, lifts)``: every term-base term and CLDR territory name, and the terms and
    names that enter the glossary wherever they occur (a city is lifted only where the
    extractor finds it as a name: it is no seed)."""
    seeds = sorted(set(termbase.terms()) | set(territories()))
    lifts = sorted(set(termbase.lifts()) | set(place_names()))
    return seeds, lifts
