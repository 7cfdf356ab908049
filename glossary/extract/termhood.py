"""Termhood signals: is a candidate a term of the domain, or a free combination of words?

Scoring (:mod:`glossary.extract.score`) measures how often and how specifically a candidate is
used; these signals say what kind of unit it is, from general Dutch alone, so they hold on
letters nobody tuned for:

* a *free modifier* makes a free combination (``Nederlandse bijdrage``): an adjective made
  from a place name says whose or where, and the combination is translated word by word.

A free combination is no glossary entry unless something attests it as a unit: the term base
lists it, or the letter itself gives its English.
"""

from __future__ import annotations

from glossary.extract.words import Words

#: Words that join the parts of ``N van N`` and ``X en Y`` terms: no modifiers.
JOINERS = frozenset({"en", "van", "der", "den", "voor", "tegen", "inzake", "ter", "de", "het"})


def proper_adjective(word: str, words: Words) -> bool:
    """An adjective made from a single place name (``Nederlandse``, ``Russisch``, ``Pools``):
    Dutch writes it with a capital and forms it with ``-s`` (``Nederlands``, ``Europees``),
    unlike a capitalised word of a name (``Koninklijke``). Hyphenated ones relate places
    (``Euro-Atlantische``, ``Duits-Nederlands``) and can classify, so they are not counted."""
    if not word[:1].isupper() or "-" in word or word.isupper():
        return False
    base = words.adjective_base(word.lower())
    return base is not None and base.endswith(("s", "sch"))


def free_modifier(word: str, words: Words) -> bool:
    """A modifier that describes rather than classifies the noun after it."""
    return proper_adjective(word, words)


def free_combination(term: str, words: Words) -> bool:
    """A multi-word term whose modifiers include a free one (``Russische inval``)."""
    parts = term.split(" ")
    if len(parts) < 2 or any(p.lower() in JOINERS for p in parts):
        return False
    return any(free_modifier(p, words) for p in parts[:-1])
