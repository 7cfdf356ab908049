"""Resolver 3: translate compounds and multi-word terms part by part (source ``compound``).

``luchtverdedigingsmiddel`` → luchtverdediging (term base: air defence) + middel (lexicon:
asset) → "air defence asset"; ``nucleaire afschrikking`` → "nuclear deterrence"; ``NAVO-top``
→ "NATO summit". Words are looked up as the longest spans the term base knows, then in the
component lexicon (with Dutch inflection undone), then split as compounds into known parts
(fewest parts wins). Dutch modifier–head order is English order for these patterns; ``van``,
``tegen``... come from the lexicon as prepositions. Every part must be known, or the resolver
gives no answer: a half-Dutch rendering helps nobody. Answers are ``proposed`` with a
confidence below the term base's and the letters'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from glossary.model import Candidate, Translation
from glossary.nlp.dutch.compounds import Part, best_split
from glossary.nlp.dutch.spelling import APOSTROPHES
from glossary.text import fold
from glossary.translate.lexicon import Lexicon, base_forms
from glossary.translate.termbase import TermBase

SOURCE = "compound"
BASE_CONFIDENCE = 0.65
FACTOR = {"termbase": 1.0, "lexicon": 0.95, "kept": 0.85}
SPLIT_FACTOR = 0.95
ARTICLES = frozenset({"de", "het", "een", "'t"})
KEEP = re.compile(
    rf"^(?=.*[A-Z0-9])[A-Z0-9&/.{re.escape(APOSTROPHES)}]+$|^[A-Z]+[0-9]+|^[A-Z]-?[0-9]+$"
)


@dataclass(frozen=True)
class Piece:
    """The English of one Dutch span, where it came from and how it splits."""

    english: str
    origin: str
    parts: tuple[str, ...]
    #: Confidence factor when the piece combines others (hyphenated words).
    combined: float | None = None

    @property
    def factor(self) -> float:
        if self.combined is not None:
            return self.combined
        return FACTOR[self.origin] * SPLIT_FACTOR ** (len(self.parts) - 1)


def _cap(english: str, dutch: str) -> str:
    """A capitalised Dutch word (a name) gives a capitalised English word."""
    if dutch[:1].isupper() and english[:1].islower():
        return english[:1].upper() + english[1:]
    return english


class CompoundTranslator:
    """Composes English from the term base and the component lexicon."""

    name = SOURCE

    def __init__(self, termbase: TermBase, lexicon: Lexicon) -> None:
        self.termbase = termbase
        self.lexicon = lexicon

    # -- single words -------------------------------------------------------------------
    def _known(self, text: str, as_modifier: bool) -> Piece | None:
        """A word the term base or the lexicon knows, as written or uninflected.

        A modifier takes the lexicon's modifier or adjective form first (``militaire`` →
        military, not the noun's "service member"); otherwise the term base comes first.
        """
        lex = self.lexicon.get(text)
        if as_modifier and lex is not None and (lex.modifier or lex.pos == "adj"):
            return Piece(lex.english(True), "lexicon", (text,))
        for form in base_forms(text):
            entry = self.termbase.lookup(form)
            if entry is not None and " " not in entry.nl:
                return Piece(entry.en, "termbase", (text,))
        if lex is not None:
            return Piece(lex.english(as_modifier), "lexicon", (text,))
        return None

    def _split(self, word: str, as_modifier: bool) -> Piece | None:
        """A one-piece compound split into the fewest known parts (linkers -s-, -e-, -en-)."""
        memo: dict[tuple[str, bool], Piece | None] = {}

        def known(text: str, modifier: bool) -> Piece | None:
            key = (text, modifier)
            if key not in memo:
                memo[key] = self._known(text, modifier) if len(text) >= 3 else None
            return memo[key]

        def score(parts: tuple[Part, ...]) -> float | None:
            if len(parts) < 2:
                return None
            total = 0.0
            for i, part in enumerate(parts):
                piece = known(part.text, i < len(parts) - 1 or as_modifier)
                if piece is None:
                    return None
                total += 1.0 if piece.origin == "termbase" else 0.9
            return total / len(parts) - len(parts)

        parts = best_split(word, score)
        if parts is None:
            return None
        pieces = [known(p.text, i < len(parts) - 1 or as_modifier) for i, p in enumerate(parts)]
        english = " ".join(p.english for p in pieces if p)
        origin = "termbase" if all(p and p.origin == "termbase" for p in pieces) else "lexicon"
        return Piece(english, origin, tuple(p.text for p in parts))

    def word(self, word: str, as_modifier: bool = False) -> Piece | None:
        """English for one Dutch word: known, kept (acronyms, codes), hyphenated or compound."""
        piece = self._known(word, as_modifier)
        if piece is not None:
            return piece
        if KEEP.match(word):
            return Piece(word, "kept", (word,))
        if "-" in word.strip("-"):
            bits = [b for b in word.split("-") if b]
            pieces = [self.word(b, as_modifier or i < len(bits) - 1) for i, b in enumerate(bits)]
            if any(p is None for p in pieces):
                return None
            english = " ".join(p.english for p in pieces if p)
            translated = [p.origin for p in pieces if p and p.origin != "kept"]
            origin = min(translated, key=lambda o: FACTOR[o]) if translated else "kept"
            parts = tuple(part for p in pieces if p for part in p.parts)
            combined = 1.0
            for p in pieces:
                combined *= p.factor if p else 1.0
            return Piece(english, origin, parts, combined)
        split = self._split(word, as_modifier)
        return Piece(_cap(split.english, word), split.origin, split.parts) if split else None

    # -- whole terms ----------------------------------------------------------------------
    def compose(self, term: str) -> tuple[str, float, list[str]] | None:
        """English, confidence and the parts used, or None when some part is unknown."""
        tokens = [t for t in term.split() if fold(t) not in ARTICLES]
        if not tokens:
            return None
        last = self.lexicon.get(tokens[-1])
        if len(tokens) > 1 and last is not None and last.pos in ("adj", "prep", "conj"):
            return None  # not a noun phrase (``afschrikking cruciaal``): English order unknown
        out: list[str] = []
        used: list[str] = []
        confidence = BASE_CONFIDENCE
        translated = False
        i = 0
        while i < len(tokens):
            for j in range(len(tokens), i + 1, -1):
                span = " ".join(tokens[i:j])
                if span == term:
                    continue
                entry = self.termbase.lookup(span)
                if entry is not None:
                    out.append(entry.en)
                    used.append(span)
                    translated = True
                    i = j
                    break
            else:
                head = self._is_head(tokens, i)
                piece = self.word(tokens[i], as_modifier=not head)
                if piece is None:
                    return None
                out.append(_cap(piece.english, tokens[i]))
                used.extend(piece.parts)
                confidence *= piece.factor
                translated = translated or piece.origin != "kept"
                i += 1
        if not translated:
            return None
        return " ".join(out), confidence, used

    def _is_head(self, tokens: list[str], i: int) -> bool:
        """The last noun before a preposition or conjunction (or the end) heads its phrase."""
        if i == len(tokens) - 1:
            return True
        nxt = self.lexicon.get(tokens[i + 1])
        return nxt is not None and nxt.pos in ("prep", "conj")

    def resolve(self, candidate: Candidate) -> list[Translation]:
        if candidate.kind == "acronym":
            return []
        composed = self.compose(candidate.term)
        if composed is None:
            return []
        english, confidence, used = composed
        if fold(english) == fold(candidate.term):
            return []
        return [Translation(english, SOURCE, confidence, note="composed from " + " + ".join(used))]
