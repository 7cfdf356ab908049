"""Plain token records and sentences from a spaCy ``Doc``.

The rest of the extractor works on these small records instead of spaCy objects, so it is
easy to test and its input is what a worker process can cheaply build. Sentences never cross
a newline (paragraphs and headings are separated by newlines in the cleaned text) and a model
sentence boundary is only accepted after sentence-final punctuation, which repairs splits
such as ``Weens | Document`` from a small sentence model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

TERMINAL = frozenset({".", "!", "?", "…", "...", ";"})
CLOSING = frozenset({")", "»", "”", "\"", "'", "’", "]"})


@dataclass(frozen=True, slots=True)
class Tok:
    """One token: text, character span in the analysed text, tag, lemma and a few features."""

    i: int
    text: str
    start: int
    pos: str
    lemma: str
    number: str = ""
    gender: str = ""
    verbform: str = ""
    degree: str = ""
    numtype: str = ""
    poss: bool = False
    model_start: bool = False

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_space(self) -> bool:
        return not self.text.strip()

    @property
    def newline(self) -> bool:
        return "\n" in self.text


def _feature(morph: Any, name: str) -> str:
    values = morph.get(name)
    return values[0] if values else ""


def doc_tokens(doc: Any) -> list[Tok]:
    """Token records of a spaCy ``Doc`` (POS, lemma, number, gender, verb form, degree)."""
    has_sents = doc.has_annotation("SENT_START")
    out: list[Tok] = []
    for t in doc:
        m = t.morph
        out.append(Tok(
            i=t.i, text=t.text, start=t.idx, pos=t.pos_, lemma=t.lemma_,
            number=_feature(m, "Number"), gender=_feature(m, "Gender"),
            verbform=_feature(m, "VerbForm"), degree=_feature(m, "Degree"),
            numtype=_feature(m, "NumType"), poss=bool(m.get("Poss")),
            model_start=bool(has_sents and t.is_sent_start and t.i > 0),
        ))
    return out


def _ends_sentence(prev: list[Tok]) -> bool:
    """Does the sentence so far end with sentence-final punctuation (before closing quotes)?"""
    for tok in reversed(prev):
        if tok.text in CLOSING:
            continue
        return tok.text in TERMINAL or (tok.pos == "PUNCT" and tok.text[-1:] in ".!?")
    return False


def sentences(tokens: list[Tok]) -> list[list[Tok]]:
    """Sentences without whitespace tokens; split at newlines and at accepted model boundaries."""
    out: list[list[Tok]] = []
    current: list[Tok] = []
    for tok in tokens:
        if tok.is_space:
            if tok.newline and current:
                out.append(current)
                current = []
            continue
        if current and (tok.model_start or tok.text[:1].isupper()) and _ends_sentence(current):
            out.append(current)
            current = []
        current.append(tok)
    if current:
        out.append(current)
    return out
