"""Grammatical gender of Dutch nouns, for the dictionary form of an adjective + noun term.

A neuter noun takes the uninflected adjective in its dictionary form (``operationeel
domein``, as in ``een operationeel domein``); a common noun the inflected one (``collectieve
verdediging``). The tagger's gender feature is unreliable on nouns it has not seen, so the
evidence is, in order: the articles the noun gets in the same text (``het domein``, ``de
verdediging``: singular nouns only, adjectives and numerals between allowed), the reviewed
term base's own adjective + noun lemmas (``operationeel domein``), the gender table learnt
from the UD Dutch treebanks (``glossary/data/model/noun_gender.tsv``), each also for the head
of a compound (``verdedigingsplan`` → ``plan``), then a few suffixes that fix the gender in
general Dutch (``-ment``, ``-isme``, diminutive ``-je``, the Greek ``-ma`` of ``dilemma``:
neuter; ``-ing``, ``-heid``, ``-tie``, ``-teit``: common). No evidence: unknown, and the term
keeps the inflected form.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import chain
from typing import Protocol

from glossary.nlp.dutch.compounds import heads, unlinked
from glossary.nlp.dutch.function_words import FUNCTION_WORDS

#: Universal Dependencies' ``Gender`` values, as the tagger and the treebank table write them.
NEUTER, COMMON = "Neut", "Com"
NEUTER_DETERMINERS = frozenset({"het", "dit", "elk", "ieder", "welk"})
COMMON_DETERMINERS = frozenset({"de", "deze", "elke", "iedere"})
#: Also a conjunction: an article only where the tagger does not say SCONJ (it tags a
#: demonstrative before a noun DET or PRON).
_DET_ONLY = {"dat": NEUTER, "die": COMMON}
#: Words that may stand between an article and its noun (``het vijfde operationele domein``).
_BETWEEN_POS = frozenset({"ADJ", "ADV", "NUM"})
_MAX_BETWEEN = 3
#: Neuter: ``-ment``, ``-isme``, diminutives, and the Greek ``-ma`` nouns (``het dilemma``,
#: ``het schema``, ``het dogma``, ``het plasma``, ``het diploma``, ``het panorama``).
_NEUTER_SUFFIXES = (
    "ment",
    "isme",
    "je",
    "tje",
    "pje",
    "etje",
    "mma",
    "ema",
    "gma",
    "sma",
    "oma",
    "rama",
)
_COMMON_SUFFIXES = ("ing", "heid", "tie", "sie", "teit", "ij", "ica", "iek")
_MIN_HEAD = 3
_MIN_MODIFIER = 4


class Token(Protocol):
    """What gender evidence reads of a token (:class:`glossary.extract.tokens.Tok` has it)."""

    @property
    def pos(self) -> str: ...
    @property
    def lemma(self) -> str: ...
    @property
    def lower(self) -> str: ...
    @property
    def number(self) -> str: ...


def article_gender(tokens: Sequence[Token], i: int) -> str | None:
    """The gender the article before singular noun ``tokens[i]`` shows, if any."""
    tok = tokens[i]
    if tok.number == "Plur" or (tok.lemma and tok.lemma.lower() != tok.lower):
        return None
    return gender_before(tokens, i)


def gender_before(tokens: Sequence[Token], i: int) -> str | None:
    """The gender of the article before position ``i`` (skipping a few adjectives/numerals)."""
    k = i - 1
    while k >= 0 and i - k <= _MAX_BETWEEN and tokens[k].pos in _BETWEEN_POS:
        k -= 1
    if k < 0:
        return None
    word = tokens[k].lower
    if word in _DET_ONLY:
        return _DET_ONLY[word] if tokens[k].pos in ("DET", "PRON") else None
    if word in NEUTER_DETERMINERS:
        return NEUTER
    if word in COMMON_DETERMINERS:
        return COMMON
    return None


def article_votes(tokens: Sequence[Token]) -> dict[str, str]:
    """Noun lemma (lower case) → the gender its articles show in ``tokens`` (clear majority)."""
    votes: dict[str, Counter[str]] = {}
    for i, tok in enumerate(tokens):
        if tok.pos != "NOUN":
            continue
        gender = article_gender(tokens, i)
        if gender:
            votes.setdefault(tok.lower, Counter())[gender] += 1
    out = {}
    for noun, counts in votes.items():
        (best, n), *rest = counts.most_common()
        if not rest or n > 2 * rest[0][1]:
            out[noun] = best
    return out


def noun_gender(
    lemma: str,
    votes: Mapping[str, str],
    table: Mapping[str, str] | None = None,
    known: Callable[[str], bool] | None = None,
) -> str | None:
    """Gender of a noun lemma: the text's article votes, then the general ``table`` (the
    treebank's), for the word and then for its longest compound head, then suffixes.

    ``known`` tells a noun of the lexicon: such a word is only split where its modifier is a
    known noun of four letters or more (``actie|plan``), so a simple word is not misread as a
    compound (``dia|loog``: ``het loog``, yet ``de dialoog``).
    """
    lower = lemma.lower().rsplit("-", 1)[-1]
    table = table or {}
    simple = known is not None and known(lower)
    for modifier, head in chain([("", lower)], heads(lower, _MIN_HEAD, _MIN_HEAD)):
        if modifier and simple and not _known_modifier(modifier, known):
            continue
        found = votes.get(head) or table.get(head)
        if found:
            return found
    if lower.endswith(_NEUTER_SUFFIXES) and len(lower) > 5:
        return NEUTER
    if lower.endswith(_COMMON_SUFFIXES) and len(lower) > 5:
        return COMMON
    return None


def _known_modifier(part: str, known: Callable[[str], bool] | None) -> bool:
    """A compound's first part is a known noun, with or without its linking element."""
    return known is not None and any(len(s) >= _MIN_MODIFIER and known(s) for s in unlinked(part))


def seed_genders(
    seeds: Iterable[str],
    adjective_base: Callable[[str], str | None],
    attributive: Callable[[str], str],
) -> dict[str, str]:
    """Noun genders a term base shows in its adjective + noun lemmas: ``operationeel domein``
    (uninflected adjective: neuter), ``collectieve verdediging`` (inflected: common). An
    uninflected word of a name teaches nothing: it may be a noun (``Defensie Materieel
    Organisatie``), and names need not agree."""
    out: dict[str, str] = {}
    for seed in seeds:
        words = seed.split()
        if len(words) < 2 or not words[-1].isalpha():
            continue
        adjective = words[-2].lower()
        if adjective in FUNCTION_WORDS:
            continue  # ``Onderzoeksraad voor Veiligheid``: ``voor`` is no adjective here
        base = adjective_base(adjective)
        if not base or attributive(base) == base:
            continue  # not an adjective, or one that does not inflect (``hybride``)
        noun = words[-1].lower()
        if adjective == base:
            if words[-2][:1].islower():
                out[noun] = NEUTER
        elif adjective == attributive(base):
            out.setdefault(noun, COMMON)
    return out
