"""Resolver 2: English the letters themselves give for a Dutch term (source ``letter``).

Three kinds of evidence, all found by extraction and carried on the candidate:
English next to the Dutch (``ondersteuning («enablement»)``, in ``english_evidence``), the
English expansion of an acronym used in Dutch text (``NATO Security Assistance and Training
for Ukraine (NSATU)``), and an English term used as such (``third responder``, ``Kosovo
Force``), whose English is itself. These are proposals (``proposed``), not reviewed.

English from the letters is matched ignoring ``&`` against ``and`` (``Deterrence & Defence
Posture``): where the term base has the same English with ``and``, its spelling is given.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from glossary.model import Candidate, Translation
from glossary.text import fold
from glossary.translate.language import is_dutch, is_english, is_english_name

if TYPE_CHECKING:
    from glossary.translate.termbase import TermBase

SOURCE = "letter"
PAIRED_CONFIDENCE = 0.8
EXPANSION_CONFIDENCE = 0.8
SELF_CONFIDENCE = 0.7


AMPERSAND = re.compile(r"\s*&\s*")


def _clean(text: str) -> str:
    return " ".join(text.strip().strip("«»\"'“”„‘’()").split())


def and_key(text: str) -> str:
    """Comparison key of English: folded, ``&`` read as ``and``."""
    return fold(AMPERSAND.sub(" and ", text))


#: Paired English that the term base knows as a term of its own (``first responder``) more
#: likely names a role than translates (``de Kosovaarse autoriteiten (first responder)``).
OTHER_TERM_CONFIDENCE = 0.4


class EvidenceResolver:
    """English found in the letters for this candidate, strongest evidence first."""

    name = SOURCE

    def __init__(self, termbase: TermBase | None = None) -> None:
        self.termbase = termbase
        self._spellings: dict[str, str] | None = None

    def spelling(self, english: str) -> str:
        """``english`` as the term base writes it when only ``&``/``and`` differ (the
        letter's capitals kept), else as given."""
        if "&" not in english or self.termbase is None:
            return english
        if self._spellings is None:
            self._spellings = {
                and_key(r): r for row in self.termbase for r in row.renderings() if "&" not in r
            }
        known = self._spellings.get(and_key(english))
        if known is None:
            return english
        return AMPERSAND.sub(" and ", english) if known.lower() == known else known

    def acronyms(self, english: str) -> str:
        """``english`` with a Dutch acronym the term base renders as another acronym put in
        English (``NAVO Leaders Meeting`` → NATO Leaders Meeting): an English name in a
        Dutch letter may keep the Dutch acronym."""
        if self.termbase is None:
            return english
        words = english.split(" ")
        for i, word in enumerate(words):
            if len(word) < 2 or not word.isupper() or not word.isalpha():
                continue
            row = self.termbase.lookup(word)
            if row is not None and row.nl == word and row.en.isupper() and row.en.isalpha():
                words[i] = row.en
        return " ".join(words)

    def _names_other_term(self, candidate: Candidate, english: str) -> bool:
        """The term base has ``english`` as a term in its own right, not as this one's English."""
        if self.termbase is None:
            return False
        row = self.termbase.lookup(english)
        if row is None or fold(row.nl) != fold(english):
            return False
        own = self.termbase.lookup_candidate(candidate)
        return own is None or fold(english) not in {fold(r) for r in own.renderings()}

    def resolve(self, candidate: Candidate) -> list[Translation]:
        out: list[Translation] = []
        term = fold(candidate.term)
        if candidate.kind != "acronym" and (
            is_english(candidate.term)
            or (candidate.kind == "entity" and is_english_name(candidate.term))
        ):
            out.append(
                Translation(
                    self.acronyms(self.spelling(candidate.term)),
                    SOURCE,
                    SELF_CONFIDENCE,
                    note="English term used in the Dutch text",
                )
            )
        for raw in candidate.english_evidence:
            text = self.spelling(_clean(raw))
            if not text or fold(text) == term or is_dutch(text):
                continue
            if self._names_other_term(candidate, text):
                out.append(
                    Translation(
                        text,
                        SOURCE,
                        OTHER_TERM_CONFIDENCE,
                        note="English next to the Dutch in the letter; the term "
                        "base knows it as a term of its own: check",
                    )
                )
            else:
                out.append(
                    Translation(
                        text,
                        SOURCE,
                        PAIRED_CONFIDENCE,
                        note="English given next to the Dutch in the letter",
                    )
                )
        if candidate.kind == "acronym" and candidate.expansion:
            expansion = self.spelling(_clean(candidate.expansion))
            if expansion and is_english(expansion):
                out.append(
                    Translation(
                        expansion,
                        SOURCE,
                        EXPANSION_CONFIDENCE,
                        note="English expansion of the acronym in the letter",
                    )
                )
        seen: set[str] = set()
        unique: list[Translation] = []
        for t in out:
            if and_key(t.text) not in seen:
                seen.add(and_key(t.text))
                unique.append(t)
        return unique
