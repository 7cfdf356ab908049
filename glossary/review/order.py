"""The order of the review queue: the entries most likely to be kept first.

Measured on the judged development set (``docs/design.rst``), what predicts that a reviewer
keeps an entry is evidence beyond the extractor's score: an English rendering from the term
base, CLDR or the letter itself, or an acronym (about 80-90 % kept); then recurrence (an
unattested term seen more than once); an unattested term seen once is kept least often and is
marked *unsure*. Names spelt the same in English (``China``, ``Kabul``) are kept but need no
review work, so they come last, marked *same*.
"""

from __future__ import annotations

from glossary.model import Entry
from glossary.text import fold

#: Translation sources that attest an entry: someone outside the extractor knows the term.
ATTESTING_SOURCES = frozenset({"termbase", "cldr", "letter"})
ATTESTED, RECURRING, UNSURE, SAME = "attested", "recurring", "unsure", "same"
RANK = {ATTESTED: 0, RECURRING: 1, UNSURE: 2, SAME: 3}
#: How ``glossary review`` marks an entry in its text listing.
MARKS = {ATTESTED: "", RECURRING: "", UNSURE: "? ", SAME: "= "}


def certainty(entry: Entry) -> str:
    """How sure the build is that ``entry`` belongs in the glossary (see the module)."""
    english = entry.translation.text if entry.translation else ""
    if entry.kind != "term" and english and fold(english) == fold(entry.lemma):
        return SAME
    if entry.kind == "acronym" or entry.source in ATTESTING_SOURCES:
        return ATTESTED
    return RECURRING if entry.count > 1 else UNSURE


def review_key(entry: Entry) -> tuple[int, float, int, str]:
    """Sort key of the review queue: certainty, then score, then count."""
    return (RANK[certainty(entry)], -entry.score, -entry.count, entry.id)
