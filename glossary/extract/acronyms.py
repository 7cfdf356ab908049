"""Acronym–expansion pairs in either order, in any language of the expansion.

``NATO Readiness Initiative (NRI)``, ``Noord-Atlantische Raad (NAR)``, ``Kosovo Force (KFOR)``
and ``SACEUR (Supreme Allied Commander Europe)``, also after a compound on the acronym
(``AWACS-vliegtuigen (Airborne Warning And Control System)``). The matching is the
Schwartz–Hearst algorithm (2003): walk the acronym's letters from the end through the
candidate long form; the first letter must start a word (a hyphen starts one too). Trailing
digits of the acronym (``IP4``) may be left out of the match and are then looked for after
the expansion.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from glossary.extract.tokens import Tok
from glossary.extract.words import acronym_of

#: A long form never starts with these (articles, prepositions, conjunctions, NL and EN).
NON_INITIAL = frozenset(
    {
        "de",
        "het",
        "een",
        "van",
        "en",
        "in",
        "op",
        "met",
        "voor",
        "door",
        "die",
        "dat",
        "deze",
        "dit",
        "bij",
        "aan",
        "om",
        "uit",
        "tot",
        "als",
        "of",
        "the",
        "a",
        "an",
        "and",
        "for",
        "to",
        "on",
        "at",
        "by",
        "with",
        "from",
    }
)
#: Prepositions of a place after a body's name (``… Command te Izmir (JFACC)``).
LOCATIVES = frozenset({"te", "in"})
BREAKS = frozenset({",", ";", ":", "(", ")", "[", "]", ".", "!", "?", "«", "»", '"', "–", "—"})


@dataclass(frozen=True, slots=True)
class Pair:
    """An acronym, its expansion and their character spans in the analysed text."""

    acronym: str
    expansion: str
    acronym_span: tuple[int, int]
    expansion_span: tuple[int, int]


def match_start(acronym: str, long_form: str) -> int | None:
    """Start of the shortest suffix of ``long_form`` that spells ``acronym`` (or ``None``)."""
    short = [c for c in acronym.lower() if c.isalnum()]
    text = long_form.lower()
    si, li = len(short) - 1, len(text) - 1
    while si >= 0:
        c = short[si]
        while li >= 0 and (text[li] != c or (si == 0 and li > 0 and text[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return None
        si -= 1
        li -= 1
    return text.rfind(" ", 0, li + 1) + 1


def _words(tokens: Sequence[Tok]) -> int:
    return sum(1 for t in tokens for _ in t.text.split("-") if t.text not in BREAKS)


def _long_enough(acronym: str, chosen: Sequence[Tok]) -> bool:
    """Two words or more, or one long compound for a compound's acronym
    (``Hoogwaterbeschermingsprogramma (HWBP)``)."""
    if _words(chosen) >= 2:
        return True
    letters = sum(c.isalpha() for c in acronym)
    word = chosen[0].text
    return letters >= 3 and len(word) >= 4 * letters and word.isalpha()


def _long_form(acronym: str, before: Sequence[Tok], text: str) -> tuple[int, int] | None:
    """Span of the expansion among the tokens ``before`` the acronym, if they spell it."""
    letters = sum(c.isalpha() for c in acronym)
    limit = min(letters + 5, 2 * letters)
    window: list[Tok] = []
    for tok in reversed(before):
        if tok.text in BREAKS or len(window) >= limit:
            break
        window.insert(0, tok)
    if not window:
        return None
    base = window[0].start
    long_text = text[base : window[-1].end]
    for candidate in (acronym, acronym.rstrip("0123456789")):
        if not any(c.isalpha() for c in candidate):
            continue
        rel = match_start(candidate, long_text)
        if rel is None:
            continue
        start = base + rel
        chosen = [t for t in window if t.end > start]
        if not chosen or chosen[0].lower in NON_INITIAL:
            continue
        chosen = _without_place(candidate, chosen, text)
        if any(t.text == acronym for t in chosen) or not _long_enough(candidate, chosen):
            continue
        return chosen[0].start, chosen[-1].end
    return None


def _without_place(acronym: str, chosen: list[Tok], text: str) -> list[Tok]:
    """The long form without a place after it that spells none of the acronym's letters
    (``Joint Forces Air Component Command te Izmir (JFACC)``); a place that does is the
    name's (``Conventional Armed Forces in Europe (CFE)``)."""
    last = next((c for c in reversed(acronym.lower()) if c.isalnum()), "")
    start = chosen[0].start
    at = start + text[start : chosen[-1].end].lower().rfind(last)
    k = next((i for i, t in enumerate(chosen) if t.start > at), len(chosen))
    tail = chosen[k:]
    if (
        len(tail) >= 2
        and tail[0].lower in LOCATIVES
        and all(t.text[:1].isupper() for t in tail[1:])
    ):
        return chosen[:k]
    return chosen


def _first_part_acronym(word: str) -> str | None:
    """The acronym a compound begins with (``AWACS-vliegtuigen (Airborne Warning And Control
    System)``: the brackets spell out ``AWACS``)."""
    first, dash, rest = word.partition("-")
    return acronym_of(first) if dash and rest[:1].islower() else None


def find_pairs(sent: Sequence[Tok], text: str) -> list[Pair]:
    """Every ``long form (ACR)`` and ``ACR (long form)`` in one sentence."""
    out: list[Pair] = []
    n = len(sent)
    for k, tok in enumerate(sent):
        if tok.text != "(":
            continue
        close = next((j for j in range(k + 1, min(n, k + 14)) if sent[j].text == ")"), None)
        if close is None:
            continue
        inside = sent[k + 1 : close]
        inner = acronym_of(inside[0].text) if len(inside) == 1 else None
        if inner:
            span = _long_form(inner, sent[:k], text)
            if span:
                out.append(
                    Pair(
                        inner,
                        " ".join(text[span[0] : span[1]].split()),
                        (inside[0].start, inside[0].start + len(inner)),
                        span,
                    )
                )
        elif k > 0:
            before = sent[k - 1].text
            acro = acronym_of(before) or _first_part_acronym(before)
            if not acro:
                continue
            long_text = text[inside[0].start : inside[-1].end]
            rel = match_start(acro, long_text)
            if rel == 0 and inside[0].lower not in NON_INITIAL and _long_enough(acro, inside):
                prev = sent[k - 1]
                out.append(
                    Pair(
                        acro,
                        " ".join(long_text.split()),
                        (prev.start, prev.start + len(acro)),
                        (inside[0].start, inside[-1].end),
                    )
                )
    return out


def with_number(pair: Pair, text: str) -> Pair:
    """``IP4`` matched as ``Indo-Pacific``: use ``Indo-Pacific 4`` when the text writes it."""
    digits = pair.acronym[len(pair.acronym.rstrip("0123456789")) :]
    if not digits or pair.expansion.endswith(digits):
        return pair
    if f"{pair.expansion} {digits}" in text:
        return Pair(
            pair.acronym, f"{pair.expansion} {digits}", pair.acronym_span, pair.expansion_span
        )
    return pair


#: What separates an acronym from its expansion in a list of abbreviations: a tab, a run of
#: spaces, or a colon, dash or equals sign.
_LIST_GAP = re.compile(r"[ \t]*(?:\t|  |[:=–—-] )[ \t]*")


#: Marks between an acronym and its expansion in a list, no words of the expansion.
_LIST_MARKS = frozenset({":", "=", "–", "—", "-"})


def _opens_line(text: str, at: int) -> bool:
    """Only whitespace stands between the start of its line and ``at`` (looked at backwards
    from ``at``, so a long line costs nothing)."""
    i = at
    while i > 0 and text[i - 1] != "\n" and text[i - 1].isspace():
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def listed_pairs(sent: Sequence[Tok], text: str) -> list[Pair]:
    """``ACO<tab>Allied Command Operations``, ``AIV: Adviesraad Internationale Vraagstukken``:
    a line of a list of abbreviations, the acronym first on its line and the rest of the line
    spelling it from its first word."""
    out: list[Pair] = []
    for k, tok in enumerate(sent[:-1]):
        acro = acronym_of(tok.text)
        if not acro or not _opens_line(text, tok.start):
            continue
        gap = _LIST_GAP.match(text, tok.end)
        if gap is None:
            continue
        line_end = text.find("\n", tok.end, sent[-1].end)
        line_end = sent[-1].end if line_end < 0 else line_end
        rest = [
            t
            for t in sent[k + 1 :]
            if gap.end() <= t.start and t.end <= line_end and t.text not in _LIST_MARKS
        ]
        if not rest or rest[0].lower in NON_INITIAL or not rest[0].text[:1].isupper():
            continue
        long_text = " ".join(text[rest[0].start : rest[-1].end].split())
        if match_start(acro, long_text) != 0 or not _long_enough(acro, rest):
            continue
        out.append(Pair(acro, long_text, (tok.start, tok.end), (rest[0].start, rest[-1].end)))
    return out
