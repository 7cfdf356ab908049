"""Plain token records and sentences from a spaCy ``Doc``.

The rest of the extractor works on these small records instead of spaCy objects, so it is
easy to test and its input is what a worker process can cheaply build. Sentences never cross
a newline (paragraphs and headings are separated by newlines in the cleaned text) and a model
sentence boundary is only accepted after sentence-final punctuation, which repairs splits
such as ``Weens | Document`` from a small sentence model.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

TERMINAL = frozenset({".", "!", "?", "…", "...", ";"})
CLOSING = frozenset({")", "»", "”", '"', "'", "’", "]"})


class Tok(NamedTuple):
    """One token: text, character span in the analysed text, tag, lemma and a few features.

    A named tuple because extraction builds one per running word: it must be cheap.
    """

    i: int
    text: str
    start: int
    end: int
    pos: str
    lemma: str
    lower: str
    number: str = ""
    gender: str = ""
    verbform: str = ""
    degree: str = ""
    numtype: str = ""
    poss: bool = False
    model_start: bool = False

    @property
    def is_space(self) -> bool:
        return not self.text.strip()

    @property
    def newline(self) -> bool:
        return "\n" in self.text


_FEATURES = ("Number", "Gender", "VerbForm", "Degree", "NumType", "Poss")
_STRINGS: dict[int, str] = {}
#: Morphological features as Tok stores them: number, gender, verb form, degree, num type, poss.
_Features = tuple[str, str, str, str, str, bool]
_MORPHS: dict[int, _Features] = {}


def _features(morph: str) -> _Features:
    """(number, gender, verb form, degree, num type, poss) of a ``Feat=Val|...`` string."""
    values = dict(item.split("=", 1) for item in morph.split("|") if "=" in item)
    number, gender, verbform, degree, numtype, poss = (
        values.get(name, "").split(",")[0] for name in _FEATURES
    )
    return number, gender, verbform, degree, numtype, bool(poss)


def doc_tokens(doc: Any, text: str | None = None, base: int = 0) -> list[Tok]:
    """Token records of a spaCy ``Doc`` (POS, lemma, number, gender, verb form, degree).

    Read through ``Doc.to_array`` and cached string tables rather than ``Token`` objects:
    building Python tokens one by one would cost more than the analysis itself. ``text``
    (with the doc's text starting at ``base``) saves rebuilding ``doc.text`` from tokens.
    """
    from spacy.attrs import IDX, LEMMA, LENGTH, MORPH, POS, SENT_START

    if not len(doc):
        return []
    strings = doc.vocab.strings
    cache, morphs = _STRINGS, _MORPHS
    if len(cache) > 1_000_000:
        cache.clear()
    rows = doc.to_array([IDX, LENGTH, POS, LEMMA, MORPH, SENT_START]).tolist()
    new = tuple.__new__  # a Tok without NamedTuple's argument parsing: one per running word
    has_sents = any(row[5] for row in rows[1:])
    if text is None:
        text, base = doc.text, 0
    out: list[Tok] = []
    for i, (idx, length, pos, lemma, morph, start) in enumerate(rows):
        pos_s = cache.get(pos)
        if pos_s is None:
            pos_s = cache[pos] = strings[pos] if pos else ""
        lemma_s = cache.get(lemma)
        if lemma_s is None:
            lemma_s = cache[lemma] = strings[lemma] if lemma else ""
        feats = morphs.get(morph)
        if feats is None:
            feats = morphs[morph] = _features(strings[morph] if morph else "")
        word = text[base + idx : base + idx + length]
        model_start = has_sents and start == 1 and i > 0
        if pos_s == "PROPN" and "/" in word and SLASHED_NAMES.fullmatch(word):
            out.extend(_slashed(word, idx, len(out), feats, model_start))
            continue
        row = (len(out), word, idx, idx + length, pos_s, lemma_s, word.lower(), *feats)
        out.append(new(Tok, (*row, model_start)))
    return out


#: Names joined by slashes, each capitalised (``Straatsburg/Kehl``, a summit held in two
#: cities): the tokenizer keeps them as one word.
SLASHED_NAMES = re.compile(r"[^\W\d_][\w-]*(?:/[^\W\d_][\w-]*)+")


def _slashed(word: str, idx: int, first: int, feats: _Features, model_start: bool) -> list[Tok]:
    """The names of ``Straatsburg/Kehl`` as tokens of their own, with the slashes between."""
    number, gender, verbform, degree, numtype, _poss = feats
    out: list[Tok] = []
    offset = idx
    for k, part in enumerate(word.split("/")):
        if k:
            out.append(Tok(first + len(out), "/", offset, offset + 1, "PUNCT", "/", "/"))
            offset += 1
        end = offset + len(part)
        features = (number, gender, verbform, degree, numtype, False)
        out.append(
            Tok(
                first + len(out),
                part,
                offset,
                end,
                "PROPN",
                part,
                part.lower(),
                *features,
                model_start and k == 0,
            )
        )
        offset = end
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
        text = tok.text
        if text.isspace():
            if "\n" in text and current:
                out.append(current)
                current = []
            continue
        if current and (tok.model_start or text[:1].isupper()) and _ends_sentence(current):
            out.append(current)
            current = []
        current.append(tok)
    if current:
        out.append(current)
    return out
