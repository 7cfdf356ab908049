"""The inflected forms of a Dutch term as a termbase writes it (its dictionary form).

A termbase lists ``militair plan``; a text says ``militaire plannen`` or ``het militaire
plan``. For a noun term (adjectives and nouns, the last word its head) the forms are the
plural of the head (:func:`~glossary.nlp.dutch.nouns.plural_forms`) with every adjective in
its ``-e`` form, and that ``-e`` form before the singular (``het militaire plan``). Names (a
capitalised head, capitals in a modifier) and groups with function words (``minister van
defensie``) get none: their inflection is not the head's; an acronym gets its ``'s`` plural.
Uses :class:`Resources` (the Dutch lemma tables and word frequencies), never the spaCy
pipeline.
"""

from __future__ import annotations

from glossary.nlp.dutch.adjectives import adjective_base, attributive
from glossary.nlp.dutch.function_words import FUNCTION_WORDS
from glossary.nlp.dutch.nouns import plural_forms
from glossary.nlp.resources import Resources


def _is_plain(word: str) -> bool:
    """A lower-case word of letters and inner hyphens (``defensie-uitgave``)."""
    return bool(word) and word.replace("-", "").isalpha() and word == word.lower()


def _noun_head(head: str) -> bool:
    """A head that inflects as a noun: its last hyphen part lower-case (``dreiging``,
    ``NAVO-top``), or an acronym (``MCR`` → ``MCR's``)."""
    last = head.rsplit("-", 1)[-1]
    return _is_plain(last) or (head.isupper() and head.isalpha())


def term_forms(term: str, res: Resources) -> list[str]:
    """The inflected forms of the noun term ``term`` (without ``term`` itself), sorted."""
    words = term.split()
    if not words:
        return []
    *modifiers, head = words
    if not _noun_head(head) or any(w in FUNCTION_WORDS or not _is_plain(w) for w in modifiers):
        return []
    if modifiers and head.isupper():
        return []
    inflected = [_inflected(w, res) for w in modifiers]
    forms = {" ".join([*inflected, plural]) for plural in plural_forms(head, res)}
    if inflected != modifiers:
        forms.add(" ".join([*inflected, head]))
    forms.discard(term)
    return sorted(forms)


def _inflected(word: str, res: Resources) -> str:
    """An adjective's ``-e`` form (``militair`` → ``militaire``); any other word as written."""
    base = adjective_base(word, res)
    return attributive(base, res) if base == word else word
