"""Word-level knowledge for extraction: acronyms, the lemma a term's noun is written with, and
the Dutch word knowledge of :mod:`glossary.nlp.dutch` bound to one :class:`Resources`.

The Dutch morphology itself (noun and adjective lemmas, plurals, attributive forms, compound
heads, English loanwords) lives in :mod:`glossary.nlp.dutch`; what is decided here is how a
term shows it: an acronym as written (``MCR’s`` → ``MCR``), a hyphenated word changing its
last part only, capitals kept except a sentence-initial one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from glossary.nlp.dutch.adjectives import adjective_base, attributive, is_graded
from glossary.nlp.dutch.loanwords import is_dutch_word, is_english_word
from glossary.nlp.dutch.nouns import (
    compound_noun_lemma,
    measure_noun,
    noun_lemma,
    plural_forms,
    split_head,
)
from glossary.nlp.dutch.spelling import straight_apostrophes, strip_possessive
from glossary.nlp.dutch.verbs import (
    agent_singular,
    nominal_participle,
    present_participle,
    verb_known,
)
from glossary.nlp.resources import Resources, memoised

_ACRONYM = re.compile(r"^(?=.*[A-Z].*[A-Z0-9])[A-Z][A-Z0-9&]*[A-Z0-9]$")


#: A designation: capitals, a hyphen and a number (``F-16``, ``MQ-9``, ``S-400``, ``COVID-19``).
_MODEL_NAME = re.compile(r"^[A-Z]{1,6}-\d{1,4}[A-Z]?$")


#: A lower-case letter before capitals, as NATO writes its "enhanced" and "tailored"
#: initiatives (``eFP``, ``tFP``, ``eFLF``) and as in ``mRNA``.
_PREFIXED = re.compile(r"^[a-z][A-Z]{2,}[A-Z0-9]*$")

#: Capitals with the small initial of a function word between them, as acronyms keep it
#: (``MoU``, ``SoFA``, ``RoE``: of; ``PvdA``: van de; ``DfID``: for; ``EMASoH``).
_FUNCTION_LETTERS = re.compile(r"^[A-Z]+(?:(?:o|f|i|a|d|v|vd)[A-Z]+)+$")

#: A quarter of the year (``Q1``–``Q4``): a date, no acronym.
QUARTER = re.compile(r"^Q[1-4]$")

#: A Roman numeral up to 39 (``II``, ``XIV``), as a pattern to build on.
ROMAN_NUMERAL = r"(?=[IVXLC])(?:X{0,3})(?:IX|IV|V?I{0,3})"
#: A Roman numeral (``II``, ``XIV``): no acronym; before a heading's words, its number.
ROMAN = re.compile(rf"^{ROMAN_NUMERAL}$")


_LETTERS = re.compile(r"[^\W\d_]")


#: Digits from which capitals and digits make an identifier (a document's or commitment's
#: number), not an acronym or a type code (``NAVO2030``, ``A400M``, ``MH17``).
IDENTIFIER_DIGITS = 5


@lru_cache(maxsize=100_000)
def acronym_of(text: str) -> str | None:
    """The acronym written by ``text`` (``MCR’s`` → ``MCR``, ``IP4``, ``F-16``, ``COVID-19``),
    else ``None``.

    Two or more capitals (digits and ``&`` allowed), or one capital plus digits (``G20``),
    possibly after one lower-case letter (``eFP``) or with a function word's small initial
    between capitals (``MoU``, ``PvdA``); a lower-case plural ``s`` and possessives
    are dropped; Roman numerals and identifiers with five digits or more are not acronyms.
    """
    core = strip_possessive(text)
    if _MODEL_NAME.match(core) or _PREFIXED.match(core) or _FUNCTION_LETTERS.match(core):
        return core
    if core.endswith("s") and _FUNCTION_LETTERS.match(core[:-1]):
        return core[:-1]  # ``MoUs``
    if len(core) > 3 and core.endswith("s") and _ACRONYM.match(core[:-1]) and core[:-1].isupper():
        core = core[:-1]
    if not _ACRONYM.match(core) or len(core) > 12 or ROMAN.match(core):
        return None
    if sum(c.isupper() for c in core) < 2 and not any(c.isdigit() for c in core):
        return None
    if QUARTER.match(core):
        return None  # ``Q1 2026``: a quarter of the year, a date
    if sum(c.isdigit() for c in core) >= IDENTIFIER_DIGITS:
        return None  # ``T02115``, ``KST361623``: a document's number, no acronym
    return core


#: A file number with its year or subnumber (``170/99``, ``2012.34776``).
_FILE_NUMBER = re.compile(r"^\d+[/.]\d+$")


def reference_code(text: str) -> bool:
    """A reference code of capitals and numbers in three or more hyphenated parts, one of
    them a number (a ministry's ``kenmerk``, ``07-BUZA-B-007``), or capitals before a file
    number (``DEU-170/99``): an identifier, whose capitals are no acronyms."""
    parts = text.split("-")
    if len(parts) == 2 and parts[0].isupper() and _FILE_NUMBER.match(parts[1]):
        return True
    return (
        len(parts) >= 3
        and all(p.isupper() or p.isdigit() for p in parts)
        and any(p.isdigit() for p in parts)
    )


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """The ISO 4217 currency codes (``EUR``, ``USD``), from Babel's CLDR data."""
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


@lru_cache(maxsize=100_000)
def hyphen_acronyms(text: str) -> tuple[str, ...]:
    """Acronyms inside a hyphenated word: ``OVSE-kader`` → ``[OVSE]``, ``EU-NAVO`` → both."""
    if "-" not in text or _MODEL_NAME.match(text) or reference_code(text):
        return ()
    return tuple(a for a in map(acronym_of, strip_possessive(text).split("-")) if a)


#: Prefixes of negation and stance. Before a compound they bind to its first part
#: (``non-proliferatie|architectuur``, ``anti-tank|wapen``), so what follows the hyphen is no
#: concept of its own; before an acronym they make a modifier (``anti-ISIS``, ``niet-NAVO``,
#: ``pro-EU``), which with the noun after it is a compound's first part
#: (``anti-ISIS-coalitie``, ``niet-NAVO-landen``). Prefixes of role bind to the whole
#: (``oud-|defensieminister``).
OPPOSITION_PREFIXES = frozenset({"non", "niet", "anti", "contra", "counter", "pro"})


def prefixed_acronym(text: str) -> bool:
    """A prefix of :data:`OPPOSITION_PREFIXES` and an acronym joined by a hyphen
    (``anti-ISIS``)."""
    prefix, sep, rest = text.partition("-")
    return bool(sep) and prefix.lower() in OPPOSITION_PREFIXES and acronym_of(rest) == rest


#: Quotation marks right before a hyphen: the quoted first part of a compound.
_QUOTE_BEFORE_HYPHEN = re.compile(r"[«»“”„\"]+(?=-)")
_QUOTES = re.compile(r"[«»“”„\"]")
#: A bracket closing an acronym before a hyphen: ``(NUC)-format`` is the ``NUC-format``.
_BRACKET_BEFORE_HYPHEN = re.compile(r"[)\]](?=-)")


def has_letters(text: str) -> bool:
    return bool(_LETTERS.search(text))


@memoised
def lemma_noun(text: str, res: Resources, fallback: str | None = None) -> str:
    """Canonical singular form of a noun as written; hyphenated words change their last part.

    ``NAVO-toppen`` → ``NAVO-top``, ``dreigingen`` → ``dreiging``, ``risico’s`` → ``risico``;
    capitals are kept except a sentence-initial capital on an ordinary word; quotation marks
    closing a quoted first part go (``«NAVO2030»-proces`` → ``NAVO2030-proces``), and so does
    the bracket closing an acronym (``(NUC)-format`` → ``NUC-format``).
    """
    text = straight_apostrophes(text)
    if _QUOTE_BEFORE_HYPHEN.search(text):
        text = _QUOTES.sub("", text)
    if ")-" in text or "]-" in text:
        text = _BRACKET_BEFORE_HYPHEN.sub("", text)
    acronym = acronym_of(text)
    if acronym:
        return acronym
    if "-" in text.strip("-"):
        head_at = text.rstrip("-").rfind("-") + 1
        prefix, last = text[:head_at], text[head_at:]
        return prefix + lemma_noun(last, res, None) if last else text
    lower = text.lower()
    core = strip_possessive(lower)
    found = noun_lemma(lower, res) or noun_lemma(core, res) or compound_noun_lemma(core, res)
    if found == lower and fallback and _plural_of(lower, fallback.lower(), res):
        found = fallback.lower()
    if not found:
        found = agent_singular(core, res)
    if not found:
        found = fallback.lower() if fallback and fallback.isalpha() and len(fallback) > 1 else core
    if text[:1].isupper() and not text[1:].islower():
        return text  # an acronym or a name written with inner capitals stays as written
    return found


def _plural_of(word: str, lemma: str, res: Resources) -> bool:
    """The tagger reads ``word``, which the lexicon also lists as a lemma of its own, as the
    regular plural of a more frequent noun (``doelen``: the plural of ``doel``, not the
    archery range): the lexicon lists rare senses, the tagger reads the context."""
    return (
        lemma != word
        and lemma.isalpha()
        and res.in_index("noun", lemma)
        and res.zipf(lemma) > res.zipf(word)
        and word in plural_forms(lemma, res, False)
    )


class Words:
    """The word knowledge of :mod:`glossary.nlp.dutch` and :func:`lemma_noun` bound to one
    :class:`Resources` (memoised there)."""

    def __init__(self, res: Resources) -> None:
        self.res = res

    def noun_lemma(self, word: str) -> str | None:
        return noun_lemma(word, self.res)

    def compound_lemma(self, word: str) -> str | None:
        return compound_noun_lemma(word, self.res)

    def lemma_noun(self, text: str, fallback: str | None = None) -> str:
        return lemma_noun(text, self.res, fallback)

    def adjective_base(self, word: str) -> str | None:
        return adjective_base(word, self.res)

    def attributive(self, base: str) -> str:
        return attributive(base, self.res)

    def is_graded(self, base: str) -> bool:
        return is_graded(base, self.res)

    def plural_forms(self, noun: str) -> list[str]:
        return plural_forms(noun, self.res)

    def split_head(self, word: str) -> tuple[str, str] | None:
        return split_head(word, self.res)

    def verb_known(self, word: str) -> bool:
        return verb_known(word, self.res)

    def lexicon_word(self, lower: str) -> bool:
        """Does general Dutch know ``lower`` as a noun, an adjective or a verb?"""
        return bool(self.noun_lemma(lower) or self.adjective_base(lower) or self.verb_known(lower))

    def measure_noun(self, word: str) -> bool:
        return measure_noun(word, self.res)

    def nominal_participle(self, word: str) -> str | None:
        return nominal_participle(word, self.res)

    def present_participle(self, word: str) -> bool:
        return present_participle(word, self.res)

    def english(self, word: str) -> bool:
        return is_english_word(word, self.res)

    def english_only(self, word: str) -> bool:
        """English and not Dutch as well (``enhanced``, ``statement``)."""
        return self.english(word) and not self.dutch(word)

    def english_noun(self, word: str) -> bool:
        """An English word the Dutch noun lexicon does not know (``capability``), so it takes
        English singular and plural forms."""
        return self.english(word) and not self.noun_lemma(word.lower())

    def dutch(self, word: str) -> bool:
        return is_dutch_word(word, self.res)

    def zipf(self, word: str) -> float:
        return self.res.zipf(word.lower())
