"""Coordination ellipsis: ``navigatie- en communicatiesatellieten`` names two compounds.

A run of truncated words (``luchtverdedigings-``, ``IT-``) joined by commas and a final
``en``/``of`` (maybe repeating the article: ``de oost- en de zuidflank``) shares the head of
the last conjunct. The head is the last word when the last
conjunct is written apart (``drone coalities``, ``hybride domein``) and otherwise the known
head of the compound (``communicatie|satellieten``). Each truncated word plus the head is a
compound of its own, lemmatised like any noun; a truncated word that dropped the linking
``-s-`` its suffix requires gets it back (``veiligheid-`` → ``veiligheidscoalitie``). Classifying
adjectives before the first truncated word modify at least the first compound (``maritieme
veiligheids-, luchtverdedigings- en dronecoalities``), so they form a term with it; whether they
reach further is ambiguous, so the other compounds stay bare.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from glossary.corpus.clean import VOWEL_CLASHES
from glossary.extract.candidates import (
    MAX_MODIFIERS,
    NOUN,
    Mention,
    Role,
    case_like,
    plural_recipe,
)
from glossary.extract.tokens import Tok
from glossary.extract.words import Words
from glossary.nlp.dutch.compounds import with_linking_s
from glossary.nlp.dutch.gender import NEUTER

if TYPE_CHECKING:
    from glossary.extract.candidates import SentenceScanner

CONJUNCTIONS = frozenset({"en", "of", "en/of"})
#: Articles that may open the last conjunct again (``de oost- en de zuidflank``): the head
#: still follows them.
ARTICLES = frozenset({"de", "het", "een"})


def _truncated(tok: Tok) -> bool:
    return len(tok.text) > 2 and tok.text.endswith("-") and tok.text[-2].isalnum()


def _compound_adjective(word: str, words: Words) -> bool:
    """A noun joined to an adjective or participle (``defensie|gerelateerde``,
    ``veiligheids|politieke``): a truncated word before it shares the adjective's second part,
    not the noun after it."""
    for i in range(3, len(word) - 3):
        rest = word[i:]
        if not (words.adjective_base(rest) or words.verb_known(rest)):
            continue
        first = word[:i]
        if words.noun_lemma(first) or (first.endswith("s") and words.noun_lemma(first[:-1])):
            return True
    return False


def _inflected_adjective(word: str, words: Words) -> bool:
    """An inflected adjective (``fragiele``), no noun: Dutch truncates compounds, and an
    adjective written with a hyphen before ``en`` is a slip for the adjective itself."""
    lower = word.lower()
    return (
        lower.endswith("e")
        and bool(words.adjective_base(lower) or words.adjective_base(lower[:-1]))
        and not words.noun_lemma(lower)
    )


def join_parts(left: str, head: str) -> str:
    """``navigatie`` + ``satellieten``; keeps a hyphen after capitals or between clashing vowels."""
    if (
        left[-1:].isupper()
        or left[-1:].isdigit()
        or (left[-1:] + head[:1]).lower() in VOWEL_CLASHES
    ):
        return f"{left}-{head}"
    return left + head


def _modified(
    sent: Sequence[Tok],
    text: str,
    first: int,
    compound: Mention,
    scanner: SentenceScanner,
) -> Mention | None:
    """The classifying adjectives right before ``sent[first]`` with the first compound
    (``maritieme veiligheidscoalitie``), in dictionary form: a neuter noun takes the bare
    adjective (``nationaal plan``), any other its ``-e`` form."""
    roles: list[tuple[Tok, str]] = []
    a = first
    while a > 0 and len(roles) < MAX_MODIFIERS:
        role = scanner.modifier(sent[a - 1])
        if role is None:
            break
        roles.insert(0, (sent[a - 1], role.base))
        a -= 1
    if not roles:
        return None
    words = scanner.w
    neuter = scanner.noun_gender(compound.display) == NEUTER
    # A sentence's first capital is no part of the word; a name's adjective keeps its own
    # (``het Nederlandse veiligheids- en defensiebeleid`` → ``Nederlands veiligheidsbeleid``).
    written = [tok.text if tok is not sent[0] else tok.lower for tok, _ in roles]
    bases = [case_like(base, w) for (_, base), w in zip(roles, written, strict=True)]
    attr = [
        case_like(words.attributive(base), w) for (_, base), w in zip(roles, written, strict=True)
    ]
    shown = bases if neuter else attr
    display = " ".join([*shown, compound.display])
    forms = (display, " ".join([*attr, compound.display]), plural_recipe(attr, compound.display))
    start = sent[a].start
    return compound._replace(
        key=" ".join([*(b.lower() for b in bases), compound.key]),
        display=display,
        start=start,
        surface=text[start : compound.end],
        forms=tuple(dict.fromkeys(forms)),
    )


def ellipsis_mentions(
    sent: Sequence[Tok],
    roles: Sequence[Role],
    text: str,
    words: Words,
    scanner: SentenceScanner | None = None,
) -> list[Mention]:
    """Compounds left implicit by coordination ellipsis, with the whole coordination as span."""
    out: list[Mention] = []
    n = len(sent)
    k = 0
    while k < n:
        if not _truncated(sent[k]):
            k += 1
            continue
        first = k
        parts = [sent[k]]
        j = k + 1
        while j < n:
            if sent[j].text == "," and j + 1 < n and _truncated(sent[j + 1]):
                parts.append(sent[j + 1])
                j += 2
            elif _truncated(sent[j]):
                parts.append(sent[j])
                j += 1
            else:
                break
        if j + 1 >= n or sent[j].lower not in CONJUNCTIONS:
            k = j
            continue
        final_start = j + 1
        if sent[final_start].lower in ARTICLES and final_start + 1 < n:
            final_start += 1
        final_end = final_start
        while final_end < n and roles[final_end].kind in ("A", "N") and final_end - final_start < 4:
            final_end += 1
        if final_end == final_start or roles[final_end - 1].kind != "N":
            k = final_start
            continue
        last = sent[final_end - 1]
        if final_end - final_start >= 2 and (
            _compound_adjective(sent[final_start].lower, words)
            or (roles[final_start].kind == "A" and "-" in sent[final_start].text)
        ):
            k = final_end  # ``veiligheid- en defensiegerelateerde uitgaven``: an adjective's part
            continue  # ``West- en Noord-Afrikaanse regio``: ``West-Afrikaanse``, no ``westregio``
        if final_end - final_start >= 2:
            head = last.text
        else:
            split = words.split_head(last.text)
            if split is None:
                k = final_start
                continue
            head = split[1]
        start, end = sent[first].start, last.end
        for part in parts:
            if _inflected_adjective(part.text[:-1], words):
                continue  # ``fragiele- en conflictlanden``: an adjective, no compound's part
            compound = join_parts(with_linking_s(part.text[:-1]), head.lower())
            lemma = words.lemma_noun(compound)
            display = (
                lemma
                if lemma[:1].isupper() and not lemma[1:2].islower()
                else lemma[:1].lower() + lemma[1:]
            )
            forms = (display, compound, plural_recipe((), display))
            out.append(
                Mention(
                    key=display.lower() if not display[:2].isupper() else display,
                    kind="term",
                    display=display,
                    start=start,
                    end=end,
                    surface=text[start:end],
                    pos=NOUN,
                    derived=True,
                    forms=tuple(dict.fromkeys(forms)),
                )
            )
            if part is parts[0] and scanner is not None:
                modified = _modified(sent, text, first, out[-1], scanner)
                if modified is not None:
                    out.append(modified)
        k = final_end
    return out
