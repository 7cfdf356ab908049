"""English evidence next to Dutch terms, in every way the letters give it: in brackets, quotes
or guillemets after the Dutch (``ondersteuning («enablement»)``, ``(first responder)``), with a
label (``(Engels: reassurance measures)``), an English name followed by the Dutch in brackets
(``Enhanced Forward Presence (vooruitgeschoven aanwezigheid)``), and English set in italics or
quoted as a name of its own (``het “Readiness Action Plan”``).

A text counts as English when most of the words that lean to one language lean to English
(``wordfreq`` frequencies in both languages) and none is clearly Dutch; quoted Dutch
(``«zolang de NAVO ...»``) and mixed asides (``input in de vorm van cash``) do not count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from glossary.extract.tokens import Tok
from glossary.extract.words import Words, acronym_of

QUOTES = "«»\"“”„'‘’"
MAX_WORDS = 8
#: Opening marks and the marks that close them: brackets, guillemets, English and Dutch
#: quotation marks (``„…”``).
CLOSERS = {"(": ")", "«": "»", "“": "”", '"': '"', "„": "”", "‘": "’"}
#: A label naming the language inside the brackets: ``(Engels: …)``, ``(Eng. …)``,
#: ``(in het Engels: …)``, ``(Engelse term: …)``, ``(English: …)``.
LABEL = re.compile(
    r"^(?:in\s+het\s+)?(?:Engels|Eng\.|English|Engelse\s+(?:term|naam|benaming|titel))"
    r"\s*[:,]?\s*",
    re.IGNORECASE,
)


class Bracketed(NamedTuple):
    """English found between marks: where the word before the marks ends, the English, its
    span, and whether the marks are quotation marks (a quoted name may stand alone)."""

    before: int
    english: str
    start: int
    end: int
    quoted: bool


class Reverse(NamedTuple):
    """``English (Dutch)``: the span of the Dutch inside the brackets and where the English
    before the brackets ends."""

    start: int
    end: int
    english_end: int


def is_english(text: str, words: Words) -> bool:
    """Clearly English: at least one English word, no clearly Dutch word, and words ≤ 8."""
    tokens = [w.strip(QUOTES + ".,;:()") for w in text.split()]
    tokens = [w for w in tokens if w and any(c.isalpha() for c in w)]
    if not tokens or len(tokens) > MAX_WORDS:
        return False
    en = sum(1 for w in tokens if words.english(w))
    nl = sum(1 for w in tokens if words.dutch(w))
    return en >= 1 and nl == 0


def _closing(sent: Sequence[Tok], k: int) -> int | None:
    """Index of the mark closing the one at ``k`` within ``MAX_WORDS`` words, if any."""
    closer = CLOSERS[sent[k].text]
    end = min(len(sent), k + MAX_WORDS + 6)
    close = next((j for j in range(k + 1, end) if sent[j].text == closer), None)
    return None if close is None or close == k + 1 else close


def without_label(content: str) -> str:
    """``Engels: reassurance measures`` → ``reassurance measures``."""
    return LABEL.sub("", content, count=1) if LABEL.match(content) else content


#: An acronym after a dash or comma that closes English in brackets (``Defence Investment
#: Pledge – DIP``): the English's own acronym, no part of it.
_ACRONYM_TAIL = re.compile(r"\s*[,–—-]\s*(\S+)$")


def without_acronym(content: str) -> str:
    """``Defence Investment Pledge – DIP`` → ``Defence Investment Pledge``."""
    tail = _ACRONYM_TAIL.search(content)
    if tail is None or not acronym_of(tail.group(1)) or " " not in content[: tail.start()]:
        return content
    return content[: tail.start()]


#: Commas that make bracketed words a list of three or more items: no translation.
LIST_COMMAS = 2


def bracketed_evidence(sent: Sequence[Tok], text: str, words: Words) -> list[Bracketed]:
    """English between brackets, guillemets or quotation marks (a language label taken off)."""
    out = []
    for k, tok in enumerate(sent):
        if k == 0 or tok.text not in CLOSERS:
            continue
        close = _closing(sent, k)
        if close is None:
            continue
        inside = sent[k + 1 : close]
        if len(inside) == 1 and acronym_of(inside[0].text):
            continue
        raw = text[inside[0].start : inside[-1].end]
        content = without_label(raw.strip(QUOTES + " ")).strip(QUOTES + " ")
        content = without_acronym(content)
        if content.count(",") >= LIST_COMMAS:
            continue  # a list spells out what it follows (``3D (diplomacy, defense, …)``)
        if content and is_english(content, words):
            start = inside[0].start + raw.find(content)
            quoted = tok.text != "("
            english = " ".join(content.split())
            out.append(Bracketed(sent[k - 1].end, english, start, start + len(content), quoted))
    return out


def english_before_dutch(sent: Sequence[Tok], text: str, words: Words) -> list[Reverse]:
    """``Enhanced Forward Presence (vooruitgeschoven aanwezigheid)``: Dutch in brackets right
    after an English word; the caller pairs it with the English run ending there."""
    out = []
    for k, tok in enumerate(sent):
        if k == 0 or tok.text != "(" or not words.english(sent[k - 1].text):
            continue
        close = _closing(sent, k)
        if close is None:
            continue
        inside = sent[k + 1 : close]
        content = text[inside[0].start : inside[-1].end]
        if len(inside) == 1 and acronym_of(inside[0].text):
            continue
        if any(words.dutch(t.text) for t in inside) and not is_english(content, words):
            out.append(Reverse(inside[0].start, inside[-1].end, sent[k - 1].end))
    return out
