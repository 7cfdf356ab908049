"""English evidence next to Dutch terms: ``ondersteuning («enablement»)``, ``(first
responder)`` and English words set in italics.

A text counts as English when most of the words that lean to one language lean to English
(``wordfreq`` frequencies in both languages) and none is clearly Dutch; quoted Dutch
(``«zolang de NAVO ...»``) and mixed asides (``input in de vorm van cash``) do not count.
"""

from __future__ import annotations

from collections.abc import Sequence

from glossary.extract.tokens import Tok
from glossary.extract.words import Words, acronym_of

QUOTES = "«»\"“”'‘’"
MAX_WORDS = 8


def is_english(text: str, words: Words) -> bool:
    """Clearly English: at least one English word, no clearly Dutch word, and words ≤ 8."""
    tokens = [w.strip(QUOTES + ".,;:()") for w in text.split()]
    tokens = [w for w in tokens if w and any(c.isalpha() for c in w)]
    if not tokens or len(tokens) > MAX_WORDS:
        return False
    en = sum(1 for w in tokens if words.english(w))
    nl = sum(1 for w in tokens if words.dutch(w))
    return en >= 1 and nl == 0


def bracketed_evidence(sent: Sequence[Tok], text: str, words: Words) -> list[tuple[int, str]]:
    """``(end of the preceding word, English text)`` for English in brackets or guillemets."""
    out = []
    n = len(sent)
    for k, tok in enumerate(sent):
        if k == 0 or tok.text not in ("(", "«", "“", '"'):
            continue
        closer = {"(": ")", "«": "»", "“": "”", '"': '"'}[tok.text]
        close = next(
            (j for j in range(k + 1, min(n, k + MAX_WORDS + 4)) if sent[j].text == closer), None
        )
        if close is None or close == k + 1:
            continue
        inside = sent[k + 1 : close]
        if len(inside) == 1 and acronym_of(inside[0].text):
            continue
        content = text[inside[0].start : inside[-1].end].strip(QUOTES + " ")
        if content and is_english(content, words):
            out.append((sent[k - 1].end, " ".join(content.split())))
    return out
