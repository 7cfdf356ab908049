"""English noun plurals for composed English: a Dutch plural head gives an English plural.

``fregatten`` → frigates, ``kruisvluchtwapens`` → cruise missiles, ``bondgenoten`` → Allies.
Regular rules plus the closed class of irregular English plurals; the plural is used only when
general English uses it (``wordfreq``), so mass nouns and plural-only words stay as they are
(equipment, personnel, aircraft, armed forces, headquarters).
"""

from __future__ import annotations

from glossary.nlp.dutch.loanwords import english_plural, english_zipf

#: Irregular English plurals (endings, so chairman → chairmen, airwoman → airwomen).
IRREGULAR = (
    ("woman", "women"),
    ("man", "men"),
    ("child", "children"),
    ("person", "people"),
    ("criterion", "criteria"),
    ("phenomenon", "phenomena"),
    ("analysis", "analyses"),
    ("basis", "bases"),
    ("crisis", "crises"),
    ("thesis", "theses"),
    ("axis", "axes"),
    ("life", "lives"),
    ("knife", "knives"),
    ("wife", "wives"),
    ("half", "halves"),
    ("shelf", "shelves"),
    ("thief", "thieves"),
    ("leaf", "leaves"),
    ("wolf", "wolves"),
    ("foot", "feet"),
    ("tooth", "teeth"),
    ("mouse", "mice"),
)
#: A plural this much rarer than the singular (Zipf) is not in general use (equipments).
RARER_BY = 1.5


def noun_plurals(word: str) -> list[str]:
    """The plurals rules make of one English noun (``frigate`` → frigates, ``policy`` →
    policies, ``chairman`` → chairmen, or the regular chairmans), whether or not they are used."""
    lower = word.lower()
    out = [
        word[: len(word) - len(singular)] + plural
        for singular, plural in IRREGULAR
        if lower.endswith(singular)
    ]
    return [*out[:1], english_plural(word)]


def pluralise(english: str) -> str:
    """``english`` with its head noun in the plural, when general English uses that plural;
    otherwise unchanged (``armed forces``, ``equipment``, ``aircraft``). The head is the last
    word, or the word before ``of`` (Members of Parliament)."""
    before, of, after = english.partition(" of ")
    if of:
        return pluralise(before) + of + after
    head, _, last = english.rpartition(" ")
    if not last[:1].isalpha() or last.isupper():
        return english
    plural = max(noun_plurals(last), key=english_zipf)  # chairmen, but Germans
    if english_zipf(plural) < 1.0 or english_zipf(plural) < english_zipf(last) - RARER_BY:
        return english
    return f"{head} {plural}" if head else plural
