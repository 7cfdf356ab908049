"""Dutch nouns: lemmas, plurals, compound heads, and the shape of an unknown noun.

General Dutch morphology checked against the lexicon in :class:`Resources` (spaCy's Dutch
lemma tables and ``wordfreq``). Lemmas come from the lexicon first and fall back to the head of
an unknown compound (``kruisvluchtwapens`` → ``kruisvluchtwapen``), because domain terms are
exactly the words a general lexicon and a small tagger do not know.
"""

from __future__ import annotations

import re
from functools import lru_cache

from glossary.nlp.dutch.adjectives import adjective_base
from glossary.nlp.dutch.compounds import (
    NO_LINKER,
    S_LINKED_SUFFIXES,
    Part,
    best_split,
    heads,
    unlinked,
)
from glossary.nlp.dutch.loanwords import english_plural, is_english_word
from glossary.nlp.dutch.names import COMPASS_POINTS
from glossary.nlp.dutch.spelling import APOSTROPHES, VOWELS
from glossary.nlp.dutch.verbs import nominal_participle
from glossary.nlp.resources import Resources, memoised

#: Endings after which Dutch forms the plural with ``-s`` (``drone``/``drones``, ``wapens``).
S_PLURAL_ENDINGS = ("e", "el", "em", "en", "er")
#: Suffixes that make a Dutch noun (``-ing``, ``-heid``, ``-schap``, ``-teit``, ``-isme``...).
NOUN_SUFFIXES = (
    "ing",
    "ingen",
    "heid",
    "heden",
    "schap",
    "schappen",
    "teit",
    "teiten",
    "isme",
    "ismen",
    "tie",
    "ties",
    "nis",
    "nissen",
    "sie",
    "sies",
    "age",
    "ages",
    "ment",
    "menten",
    "ist",
    "isten",
    "iteit",
    "iteiten",
    "dom",
    "ning",
    "ningen",
)


#: Shell nouns (Schmid 2000): general abstract nouns whose content comes from the words around
#: them (``aandachtspunt``, ``inzetmogelijkheid``, ``militair aspect``). As the head of a
#: compound or a modifier + noun they name a relation to the modifier, not a concept of their
#: own; the list is of general Dutch, not of any domain.
SHELL_NOUNS = frozenset(
    {
        "aspect",
        "element",
        "factor",
        "feit",
        "gedachte",
        "gevolg",
        "idee",
        "kans",
        "kwestie",
        "manier",
        "mogelijkheid",
        "moment",
        "onderdeel",
        "overweging",
        "punt",
        "reden",
        "wijze",
        "zaak",
    }
)


#: Frame nouns: with an adjective they form the manner, level, scale, time or role phrase of a
#: clause (ANS *bepaling van wijze*: ``op bilaterale basis``, ``op ministerieel niveau``, ``op
#: grote schaal``, ``op korte termijn``, ``in hoge mate``, ``op politiek vlak``, ``een
#: complementaire rol``). The adjective carries the content and the pair is translated word
#: for word; as the head of a compound they still name a thing (``luchtmachtbasis``,
#: ``ambitieniveau``), so only the modifier + noun pattern is free.
FRAME_NOUNS = frozenset(
    {"basis", "grondslag", "mate", "niveau", "rol", "schaal", "termijn", "vlak", "voet"}
)

#: Nouns that a number designates as one provision or decision of an instrument or a body:
#: ``artikel 5`` (of the North Atlantic Treaty), ``resolutie 2166``, ``VNVR-resolutie 1325``,
#: ``Veiligheidsraadresolutie 1973``. Each such designation has one fixed English (Article 5,
#: resolution 2166), so it is a term of its own, unlike the noun alone.
PROVISION_NOUNS = ("artikel", "resolutie")
#: A time of day written as one word (``om halfdrie``: half past two): no noun.
CLOCK_TIME = re.compile(r"half(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)")
#: The number of a provision: ``5``, ``42``, ``2166``, ``5a``, ``VI`` (treaties number some
#: articles in Roman numerals).
PROVISION_NUMBER = re.compile(r"[1-9]\d{0,3}[a-z]?|[IVXL]{1,6}")


#: Acronyms of the UN Security Council, which cite one of its resolutions when a number
#: follows (``VNVR 1325``, ``UNSCR 2334``); the number alone is the resolution's.
RESOLUTION_CITERS = frozenset({"VNVR", "UNSC", "UNSCR"})


def resolution_citation(word: str, number: str) -> bool:
    """``VNVR 1325``: the Security Council's acronym and a resolution number."""
    return word in RESOLUTION_CITERS and number.isdigit() and len(number) <= 4


def provision_noun(word: str) -> bool:
    """``artikel``, ``resolutie`` or a compound ending in one (``VNVR-resolutie``), in the
    singular: only one provision takes one number."""
    return word.lower().endswith(PROVISION_NOUNS)


#: The plurals of :data:`PROVISION_NOUNS`, which cite several provisions at once
#: (``artikelen 5 en 6``, ``resoluties 1970 en 1973``).
PROVISION_PLURALS = {"artikelen": "artikel", "resoluties": "resolutie"}


def provision_singular(word: str) -> str | None:
    """The singular of a provision noun in the plural, a compound's included, written as the
    word is (``resoluties`` → ``resolutie``, ``VNVR-resoluties`` → ``VNVR-resolutie``), else
    ``None``."""
    lower = word.lower()
    for plural, singular in PROVISION_PLURALS.items():
        if lower.endswith(plural):
            return word[: len(word) - len(plural)] + singular
    return None


#: Nouns that measure, count or classify the noun after them in a partitive construction (ANS:
#: *maatnaamwoorden*): kinds (``verschillende type drones``), quantities and collections (``een
#: aantal landen``, ``een pakket maatregelen``, ``een hoop vragen``), units (``1445 kilometer
#: grens``) and containers (``een fles wijn``). Like a determiner, they open a noun's slot, and
#: the two nouns are no compound written apart.
MEASURE_NOUNS = frozenset(
    {
        "aantal",
        "beetje",
        "blik",
        "doos",
        "duizend",
        "fles",
        "glas",
        "gram",
        "groep",
        "handvol",
        "honderd",
        "hoop",
        "kilo",
        "kilogram",
        "kilometer",
        "kist",
        "kop",
        "liter",
        "massa",
        "meter",
        "miljard",
        "miljoen",
        "pagina",
        "pak",
        "pakket",
        "paar",
        "reeks",
        "rij",
        "serie",
        "soort",
        "stapel",
        "stuk",
        "stuks",
        "tal",
        "ton",
        "type",
        "zak",
    }
)


@memoised
def measure_noun(word: str, res: Resources) -> bool:
    """Whether ``word`` (any case, singular or plural) is one of :data:`MEASURE_NOUNS`."""
    lower = word.lower()
    return lower in MEASURE_NOUNS or noun_lemma(lower, res) in MEASURE_NOUNS


#: Plurals that change the stem, a closed class of Dutch (ANS 3.2.3): the vowel changes
#: (``schip``/``schepen``) and the ``-eren`` plurals (``kind``/``kinderen``); matched at the end
#: of a compound too (``vrachtschepen``, ``Kamerleden``).
IRREGULAR_PLURALS = {
    "schepen": "schip",
    "leden": "lid",
    "steden": "stad",
    "smeden": "smid",
    "gelegenheden": "gelegenheid",
    "kinderen": "kind",
    "volkeren": "volk",
    "bladeren": "blad",
    "eieren": "ei",
    "liederen": "lied",
    "runderen": "rund",
    "kalveren": "kalf",
    "lammeren": "lam",
    "gemoederen": "gemoed",
    "beenderen": "been",
}
#: Plural endings of loanwords and their singular endings (``centra`` → ``centrum``,
#: ``politici`` → ``politicus``, ``ministeriën`` → ``ministerie``, ``mogelijkheden`` → ``-heid``).
PLURAL_ENDINGS = (
    ("heden", "heid"),
    ("ieën", "ie"),
    ("iën", "ie"),
    ("ici", "icus"),
    ("ia", "ium"),
    ("ra", "rum"),
    ("ea", "eum"),
)


_IRREGULAR_ENDINGS = tuple(IRREGULAR_PLURALS)


def _irregular(word: str) -> list[tuple[str, str]]:
    """``(prefix, singular)`` for each irregular plural ``word`` ends in (``vracht``,
    ``schip`` for ``vrachtschepen``), the prefix as written."""
    lower = word.lower()
    if not lower.endswith(_IRREGULAR_ENDINGS):
        return []  # most words: one test instead of one per plural
    return [
        (word[: len(word) - len(plural)], singular)
        for plural, singular in IRREGULAR_PLURALS.items()
        if lower.endswith(plural)
    ]


def singulars(word: str) -> list[str]:
    """Singulars a plural may come from that the regular ``-en``/``-s`` rules miss: an ``-e``
    noun plus ``-n`` (``uitgaven`` → ``uitgave``), the irregular plurals (``schepen`` →
    ``schip``, also as a compound's head) and loanword endings (``centra`` → ``centrum``)."""
    out: list[str] = []
    lower = word.lower()
    if len(word) > 4 and lower.endswith("en") and lower[-3] not in VOWELS:
        out.append(word[:-1])
    out += [prefix + singular for prefix, singular in _irregular(word)]
    for plural, singular in PLURAL_ENDINGS:
        if lower.endswith(plural) and len(word) > len(plural) + 2:
            out.append(word[: len(word) - len(plural)] + singular)
    return out


@memoised
def lemma_candidates(word: str, res: Resources) -> list[str]:
    """Known noun lemmas that ``word`` may be an inflection of (irregular plurals, exceptions,
    lookup, rules). The closed class of irregular plurals comes first: the lookup table maps
    some of their compounds to forms that are no words (``kabinetsleden`` → ``kabinetslede``,
    where ``kabinetslid`` is meant); a compound's modifier has three letters or more
    (``geleden`` is no plural of ``gelid``)."""
    found = [
        prefix + singular
        for prefix, singular in _irregular(word)
        if (not prefix or len(prefix) >= 3) and res.in_index("noun", prefix + singular)
    ]
    exc = res.exception("noun", word)
    if exc:
        found.append(exc)
    looked = res.lookup(word)
    if looked and looked != word and res.in_index("noun", looked):
        found.append(looked)
    found += [form for form in res.rule_forms("noun", word) if res.in_index("noun", form)]
    if word.endswith("en") and res.in_index("noun", word[:-1]):
        found.append(word[:-1])
    if word.endswith("ën") and res.in_index("noun", word[:-2] + "e"):
        found.append(word[:-2] + "e")  # -n after -ie, the e marked apart: operatiën, ministeriën
    if len(word) > 2 and word[-1] == "s" and word[-2] in APOSTROPHES:
        base = word[:-2]
        if base and base[-1] in VOWELS and res.in_index("noun", base):
            found.append(base)
    return [f for f in dict.fromkeys(found) if f != word]


#: Zipf by which another lemma must be more frequent than the exception list's to win over
#: it: a factor of ten.
EXCEPTION_MARGIN = 1.0


@memoised
def noun_lemma(word: str, res: Resources) -> str | None:
    """The lexicon's noun lemma of lower-case ``word``, or ``None`` if it is not a known noun.

    A word listed as a lemma is its own lemma; otherwise the exception list, the lookup table
    and the suffix rules propose lemmas. The exception list's lemma wins (``waarden`` →
    ``waarde``, ``gedachten`` → ``gedachte``: a form's frequency also counts its other parts of
    speech) unless another is :data:`EXCEPTION_MARGIN` more frequent (``uitgaven`` →
    ``uitgave`` rather than the archaic ``uitgaaf``); otherwise the most frequent one wins.
    """
    if len(word) < 2:
        return None
    if res.in_index("noun", word):
        stem = word[:-1]
        if (
            word.endswith("s")
            and stem.endswith(S_PLURAL_ENDINGS)
            and res.in_index("noun", stem)
            and res.zipf(stem) >= res.zipf(word)
        ):
            return stem  # the lexicon lists some -s plurals as lemmas too (``drones``)
        listed = res.exception("noun", word)
        if (
            listed
            and word.endswith("en")
            and not listed.endswith("en")
            and res.in_index("noun", listed)
            and res.zipf(listed) >= res.zipf(word)
        ):
            return listed  # and -en plurals the exception list lemmatises (``doelen``)
        # and ``afgevaardigden``, ``ontheemden``
        return nominal_participle(word, res) or nominal_adjective(word, res) or word
    found = lemma_candidates(word, res)
    if not found:
        return None
    best = max(found, key=lambda f: (res.zipf(f), -found.index(f)))
    listed = res.exception("noun", word)
    if listed in found and res.zipf(best) - res.zipf(listed) < EXCEPTION_MARGIN:
        return listed  # ``waarden`` → ``waarde``: ``waard`` is mostly the adjective's Zipf
    return best


def nominal_adjective(word: str, res: Resources) -> str | None:
    """The singular of an adjective used as a plural noun that the lexicon lists whole:
    ``ontheemden`` → ``ontheemde``, ``daklozen`` → ``dakloze`` (ANS: an adjective used as a
    noun takes ``-e``, plural ``-en``; the glossary enters nouns in the singular). A compass
    point's noun is a region, no plural (``het noordwesten``)."""
    if len(word) < 7 or not word.endswith("en") or word.endswith("een"):
        return None
    singular = word[:-1]
    base = adjective_base(singular, res)
    if not base or base == singular or base in COMPASS_POINTS:
        return None
    return singular if res.in_index("adj", base) else None


@memoised
def compound_noun_lemma(
    word: str, res: Resources, min_head: int = 4, min_prefix: int = 3
) -> str | None:
    """Lemma of an unknown compound through its longest known head (``verdedigingsplannen``)."""
    for modifier, head in heads(word, min_prefix, min_head):
        lemma = noun_lemma(head, res)
        if lemma and len(lemma) >= min_head - 1:
            return modifier + lemma
    return None


@lru_cache(maxsize=200_000)
def _noun_shape(word: str) -> bool:
    return word.isalpha() and len(word) > 5 and word.endswith(NOUN_SUFFIXES)


def looks_like_noun(word: str) -> bool:
    """Shape evidence for a noun the tagger missed (``ontsnapingen``, ``verdedigingen``)."""
    return _noun_shape(word)


#: Suffixes whose consonant doubles before ``-en`` (``-schap`` → ``-schappen``, ``-dom`` →
#: ``-dommen``), though unstressed.
DOUBLING_SUFFIXES = ("schap", "dom")


#: Singulars of :data:`IRREGULAR_PLURALS` whose regular plural is the everyday one, the
#: irregular one another sense (``benen``, legs; ``beenderen``, bones; ``bladen``/``bladeren``,
#: ``volken``/``volkeren``): the regular rules give their plural.
DOUBLE_PLURALS = frozenset({"blad", "volk", "been"})
_SINGULARS = {
    singular: plural
    for plural, singular in IRREGULAR_PLURALS.items()
    if singular not in DOUBLE_PLURALS
}
_SINGULAR_ENDINGS = tuple(_SINGULARS)


def _irregular_plural(noun: str) -> str | None:
    """The plural of ``noun`` when it is, or ends a compound in, a singular whose plural
    changes the stem (``schip``, ``bevoorradings|schip``, ``Kamer|lid``); a compound's modifier
    has three letters or more and a two-letter singular (``ei``) counts only alone, so ``groei``
    and ``islam`` keep their regular plurals."""
    lower = noun.lower()
    if not lower.endswith(_SINGULAR_ENDINGS):
        return None
    for singular, plural in _SINGULARS.items():
        if lower == singular or (
            len(singular) > 2 and lower.endswith(singular) and len(lower) - len(singular) >= 3
        ):
            return noun[: len(noun) - len(singular)] + plural
    return None


@memoised
def plural_forms(noun: str, res: Resources, loan: bool = True) -> list[str]:
    """Likely plural(s) of a singular noun, validated by the lexicon where it can; ``loan``:
    an English loanword may keep its English plural (not for a compound's head: ``sing``)."""
    if "-" in noun.strip("-"):
        at = noun.rfind("-") + 1
        return [noun[:at] + p for p in plural_forms(noun[at:], res)]
    if not noun or not noun[-1].isalpha():
        return []
    if noun.isupper():
        return [noun + "'s"]
    irregular = _irregular_plural(noun)
    if irregular is not None:
        return [irregular]
    w = noun
    cands: list[str] = []
    if w.endswith("heid"):
        cands.append(w[:-4] + "heden")
    if w.endswith(DOUBLING_SUFFIXES):
        return [w + w[-1] + "en"]  # ``kampioenschappen``, ``rijkdommen``: no other plural
    if w[-1] in "aiouy" or (w.endswith("é")):
        cands.append(w + "'s")
    if w.endswith(("e", "el", "em", "en", "er", "je", "ie", "um", "or", "ier", "aar")):
        cands.append(w + "s")
    if w.endswith("e") and not w.endswith(("ie", "ee")):
        cands.append(w + "n")
    if w.endswith("ie"):
        cands.append(w + "ën")
    stem = w
    if len(w) > 2 and w[-1] not in VOWELS and w[-2] == w[-3] and w[-2] in "aeou":
        stem = w[:-3] + w[-2] + w[-1]
    if stem.endswith("f"):
        cands.append(stem[:-1] + "ven")
    if stem.endswith("s") and len(stem) > 2 and stem[-2] not in "s":
        cands.append(stem[:-1] + "zen")
    cands.append(stem + "en")
    if (
        len(w) > 1
        and w[-1] not in VOWELS + "wjh"
        and w[-2] in "aeiou"
        and (len(w) < 3 or w[-3] not in VOWELS)
    ):
        cands.append(w + w[-1] + "en")
    cands = list(dict.fromkeys(c for c in cands if c != w))
    english = english_plural(w)
    if (
        loan
        and english not in cands
        and is_english_word(w, res)
        and res.zipf(english) > max(res.zipf(c) for c in cands)
    ):
        return [english]  # an English loanword keeps its English plural (``outputs``)
    valid = [c for c in cands if _is_plural_of(c, w, res)]
    loan_s = w + "s"
    if (
        loan
        # ``veiligheids`` is a linking form, no plural; English ``-ing`` words are loans
        and not (w.endswith(S_LINKED_SUFFIXES) and not res.zipf(w, "en"))
        and loan_s not in cands
        and _is_plural_of(loan_s, w, res)
        and res.zipf(loan_s) > max((res.zipf(c) for c in valid), default=0.0)
    ):
        return [loan_s]  # a loanword's ``-s``, in use where ``-en`` is not (``teams``)
    if valid and max(res.zipf(c) for c in valid) > 0:
        return _most_used(valid, res)
    head = compound_head_plural(w, res)  # unseen forms: the head decides (``-processen``)
    if head:
        return [head]
    if valid:
        return _most_used(valid, res)
    return [
        c for c in cands if not c.endswith("s") or w.endswith(S_PLURAL_ENDINGS) or c.endswith("'s")
    ][:1]


def _most_used(forms: list[str], res: Resources) -> list[str]:
    """The most frequent form first, then any other in general use (within one Zipf step)."""
    ranked = sorted(forms, key=lambda f: (-res.zipf(f), forms.index(f)))
    top = res.zipf(ranked[0])
    return [ranked[0]] + [f for f in ranked[1:] if res.zipf(f) > 0 and res.zipf(f) >= top - 1]


def _is_plural_of(form: str, noun: str, res: Resources) -> bool:
    return noun in lemma_candidates(form, res)


@memoised
def compound_head_plural(word: str, res: Resources) -> str | None:
    """Plural of an unknown compound from its longest known head (``kruisvluchtwapen`` →
    ``kruisvluchtwapens``)."""
    for modifier, head in heads(word, min_modifier=3, min_head=4):
        if res.in_index("noun", head):
            plurals = plural_forms(head, res, False)
            return modifier + plurals[0] if plurals else None
    return None


@memoised
def split_head(word: str, res: Resources, min_part: int = 3) -> tuple[str, str] | None:
    """Split a compound into (modifier, head) where both are known words, for ellipsis:
    ``communicatiesatellieten`` → (``communicatie``, ``satellieten``); the modifier counts with
    or without its linking element (``leverings``: ``levering``)."""

    def score(parts: tuple[Part, ...]) -> float | None:
        if len(parts) != 2:
            return None
        left, right = parts[0].text, parts[1].text.removeprefix("-")
        zr = res.zipf(right) + 0.5  # only a noun head counts (checked last: the costliest)
        if zr < 2.5:
            return None
        zl = max(res.zipf(stem) for stem in unlinked(left))
        if zl < 2.0 or noun_lemma(right, res) is None:
            return None
        return min(zl, zr) + 0.1 * len(right)

    best = best_split(word.lower(), score, 2, min_part, NO_LINKER)
    if best is None:
        return None
    cut = len(best[0].text)
    return word[:cut], word[cut:].lstrip("-")
