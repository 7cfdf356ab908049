"""English loanwords in Dutch text: telling them by frequency, and their English forms.

A word counts as English when it is clearly more frequent in English than in Dutch
(``wordfreq``); a loanword keeps its English plural in Dutch (``outputs``, ``claims``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from glossary.nlp.resources import Resources, memoised


@memoised
def is_english_word(word: str, res: Resources, margin: float = 0.8) -> bool:
    """Clearly more frequent in English than in Dutch (``enablement``, ``flagship``)."""
    w = word.lower()
    en = res.zipf(w, "en")
    return en >= 2.0 and en >= res.zipf(w) + margin


@memoised
def is_dutch_word(word: str, res: Resources, margin: float = 0.8) -> bool:
    w = word.lower()
    nl = res.zipf(w)
    return nl >= 1.0 and nl >= res.zipf(w, "en") + margin


#: English nouns used in the plural for the one thing (their singular means something else
#: or is no noun): a Dutch plural glossed so keeps its English plural.
PLURAL_ONLY = frozenset(
    {
        "affairs",  # public, current, civil affairs: the singular is an event or a scandal
        "arms",
        "barracks",
        "customs",
        "goods",  # dual-use goods: the singular is an adjective's
        "headquarters",
        "means",
        "news",
        "premises",
        "proceedings",
        "series",
        "species",
        "talks",
        "troops",
        # Fields of study and practice: one thing, their -ic is an adjective.
        *("economics", "politics", "geopolitics", "logistics", "ethics", "physics"),
        *("mathematics", "electronics", "avionics", "ballistics", "robotics", "forensics"),
    }
)


#: Plurals that may add -es (``approaches``, ``taxes``, ``vetoes``) or only -s to a singular
#: in -e (``headaches``, ``shoes``): general English usage decides.
_ES_PLURALS = ("ches", "shes", "xes", "sses", "zzes", "oes")


@lru_cache(maxsize=65536)
def english_zipf(word: str) -> float:
    """General-English frequency of a word on the Zipf scale (0 when unknown)."""
    from glossary.nlp.resources import zipf_frequency

    return zipf_frequency(word.lower(), "en")


def english_singular(word: str) -> str:
    """``projects`` → ``project``, ``capabilities`` → ``capability`` (English nouns only);
    a plural-only noun stays (``economics``, ``headquarters``)."""
    if word.lower() in PLURAL_ONLY:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(_ES_PLURALS):
        return max((word[:-1], word[:-2]), key=english_zipf)  # ``approaches``, ``shoes``
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


#: American spellings of English words and their British ones, as whole words (plural -s
#: kept): NATO writes both (``Smart Defense``, ``Smart Defence``).
_BRITISH = {"defense": "defence", "offense": "offence", "center": "centre", "labor": "labour"}
_BRITISH_WORD = re.compile(rf"^({'|'.join(_BRITISH)})(s?)$")
#: ``-ize``/``-ization``: British English writes both; one key for the two.
_IZE = re.compile(r"(?<=[a-z]{3})iz(e|es|ed|ing|ation|ations)$")


def british_spelling(word: str) -> str:
    """One spelling for American and British forms of a lower-case English word
    (``defense`` → ``defence``, ``organization`` → ``organisation``); other words as they
    are."""
    word = _BRITISH_WORD.sub(lambda m: _BRITISH[m.group(1)] + m.group(2), word)
    return _IZE.sub(r"is\1", word)


def english_plural(word: str) -> str:
    """``project`` → ``projects``, ``capability`` → ``capabilities``, ``approach`` →
    ``approaches`` (English nouns only)."""
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


#: English words that make a lower-case run a clause or a quotation, not a term: personal and
#: possessive pronouns, auxiliaries and copulas (``as long as it takes``, ``we are stronger
#: together``). English terms borrowed into Dutch are noun phrases and have none.
CLAUSE_WORDS = frozenset(
    {
        *("i", "you", "he", "she", "it", "we", "they", "me", "him", "us", "them"),
        *("my", "your", "his", "her", "its", "our", "their"),
        *("am", "is", "are", "was", "were", "be", "been", "being"),
        *("do", "does", "did", "has", "have", "had"),
        *("will", "would", "shall", "should", "can", "could", "may", "might", "must"),
    }
)


#: Small English function words a name writes in lower case (``Treaty on Conventional Armed
#: Forces in Europe``).
NAME_FUNCTION_WORDS = frozenset(
    {"a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to", "with"}
)


def english_name(words: list[str]) -> bool:
    """English words capitalised as a name is, its small function words aside (``Defence
    Investment Pledge``), unlike a borrowed term or a quoted sentence."""
    content = [w for w in words if w.isalpha() and w.lower() not in NAME_FUNCTION_WORDS]
    return bool(content) and all(w[:1].isupper() for w in content)


#: English words in a borrowed term that is no name, at most: longer runs are quoted
#: headlines and titles (``NATO allies agree to boost defence spending``).
MAX_TERM_WORDS = 4


@cache
def english_stop_words() -> frozenset[str]:
    """spaCy's English stop words: function words and adverbs, no content word. Imported
    on first use, so what only reads the glossary (the Sphinx extension) loads no spaCy."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def english_clause(words: list[str]) -> bool:
    """A run of English words, not a name, that is a clause or a quotation (``the winner
    takes it all``, a headline), not a borrowed term (``burden sharing``, ``responsibility to
    protect``); a borrowed term opens and ends with a content word, so a run opening or ending
    with a function word is a piece of a quotation (``towards a`` of a quoted title, ``and
    allied nuclear forces``), and a run of function words and adverbs only is an idiom
    (``last but not least``)."""
    return (
        all(w.lower() in english_stop_words() for w in words)
        or clause_or_piece(words)
        or len(words) > MAX_TERM_WORDS
    )


def clause_or_piece(words: Sequence[str]) -> bool:
    """English words that make a clause (a pronoun, an auxiliary) or a piece of one (opening
    or ending with a function word), whatever their number: no term and no title."""
    lower = [w.lower() for w in words]
    return (
        lower[0] in NAME_FUNCTION_WORDS
        or lower[-1] in NAME_FUNCTION_WORDS
        or any(w in CLAUSE_WORDS for w in lower)
    )
