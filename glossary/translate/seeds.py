"""What extraction takes from the translation resources: seed terms and names that always enter.

The term base and CLDR decide English, not termhood, with one exception: names and posts whose
English differs from the Dutch (``Zweden`` → Sweden, ``Raad van State`` → Council of State)
belong in a translator's glossary however common the Dutch word is, so they are *lifted* above
the default cut wherever they occur. Every other term-base term is only a *seed*: it is found
in the text (``afschrikking en verdediging`` even where the patterns would miss it) and then
scored like any candidate.
"""

from __future__ import annotations

from glossary.text import fold
from glossary.translate.cldr import territories
from glossary.translate.termbase import TermBase


def seed_terms(termbase: TermBase) -> tuple[list[str], list[str]]:
    """``(seeds, lifts)``: every term-base term and CLDR name, and those of them that enter
    the glossary wherever they occur."""
    names = territories()
    differing = [dutch for dutch, english in names.items() if fold(dutch) != fold(english)]
    seeds = sorted(set(termbase.terms()) | set(names))
    lifts = sorted(set(termbase.lifts()) | set(differing))
    return seeds, lifts
