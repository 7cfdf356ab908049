"""Dutch word-level knowledge for extraction: acronyms, noun and adjective lemmas, compound
heads, plural and attributive forms, gradable adjectives, English words.

Everything here is general Dutch morphology checked against the lexicon in
:class:`glossary.nlp.resources.Resources` (spaCy's Dutch lemma tables and ``wordfreq``); nothing
is specific to NATO letters. Lemmas come from the lexicon first and fall back to the head of
an unknown compound (``kruisvluchtwapens`` → ``kruisvluchtwapen``), because domain terms are
exactly the words a general lexicon and a small tagger do not know.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import Any, TypeVar

from glossary.nlp.dutch.spelling import (
    APOSTROPHES,
    VOWELS,
    straight_apostrophes,
    strip_possessive,
)
from glossary.nlp.resources import Resources

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
#: Adjectives that locate or refer rather than classify (``huidige``, ``andere``, ordinals):
#: general Dutch function adjectives, never the first word of a term.
FUNCTION_ADJECTIVES = frozenset(
    {
        "ander",
        "andere",
        "eigen",
        "zelfde",
        "dezelfde",
        "hetzelfde",
        "huidig",
        "toekomstig",
        "vorig",
        "volgend",
        "bepaald",
        "verschillend",
        "genoemd",
        "betreffend",
        "divers",
        "overig",
        "eerder",
        "laatst",
        "mogelijk",
        "nodig",
        "bovengenoemd",
        "desbetreffend",
        "zogenaamd",
        "zogeheten",
        "dergelijk",
        "zulk",
        "welk",
        "enig",
        "enkel",
        "afgelopen",
        "komend",
        "aanstaand",
        "jongst",
        "recent",
        "heel",
        "geheel",
        "totaal",
        "veel",
        "weinig",
        "meer",
        "minder",
        "meest",
        "minst",
        "ver",
        "verder",
        "nader",
        "aantal",
        "zeker",
        "eerst",
        "tweede",
        "derde",
        "vierde",
        "vijfde",
        "zesde",
        "zevende",
        "achtste",
        "negende",
        "tiende",
        "laatste",
        "volgende",
        "vorige",
        "betrokken",
        "voornoemd",
        "gezamenlijk",
        "extra",
        "diverse",
        "talrijk",
        "gering",
    }
)
_ACRONYM = re.compile(r"^(?=.*[A-Z].*[A-Z0-9])[A-Z][A-Z0-9&]*[A-Z0-9]$")
_MODEL_NAME = re.compile(r"^[A-Z]{1,4}-\d{1,4}[A-Z]?$")
_ROMAN = re.compile(r"^(?=[IVXLC])(?:X{0,3})(?:IX|IV|V?I{0,3})$")
_LETTERS = re.compile(r"[^\W\d_]")
_F = TypeVar("_F", bound=Callable[..., Any])
MEMO_LIMIT = 300_000


def memoised(fn: _F) -> _F:
    """Cache ``fn(word, res, *args)`` in ``res.memo``: pure word knowledge, computed once."""
    name = fn.__qualname__

    @wraps(fn)
    def wrapper(word: str, res: Resources, *args: Any) -> Any:
        table = res.memo.get(name)
        if table is None:
            table = res.memo[name] = {}
        key = (word, *args) if args else word
        try:
            return table[key]
        except KeyError:
            if len(table) > MEMO_LIMIT:
                table.clear()
            value = table[key] = fn(word, res, *args)
            return value

    return wrapper  # type: ignore[return-value]


@lru_cache(maxsize=100_000)
def acronym_of(text: str) -> str | None:
    """The acronym written by ``text`` (``MCR’s`` → ``MCR``, ``IP4``, ``F-16``), else ``None``.

    Two or more capitals (digits and ``&`` allowed), or one capital plus digits (``G20``); a
    lower-case plural ``s`` and possessives are dropped; Roman numerals are not acronyms.
    """
    core = strip_possessive(text)
    if _MODEL_NAME.match(core):
        return core
    if len(core) > 3 and core.endswith("s") and _ACRONYM.match(core[:-1]) and core[:-1].isupper():
        core = core[:-1]
    if not _ACRONYM.match(core) or len(core) > 12 or _ROMAN.match(core):
        return None
    if sum(c.isupper() for c in core) < 2 and not any(c.isdigit() for c in core):
        return None
    return core


@lru_cache(maxsize=100_000)
def hyphen_acronyms(text: str) -> tuple[str, ...]:
    """Acronyms inside a hyphenated word: ``OVSE-kader`` → ``[OVSE]``, ``EU-NAVO`` → both."""
    if "-" not in text or _MODEL_NAME.match(text):
        return ()
    return tuple(a for a in map(acronym_of, strip_possessive(text).split("-")) if a)


def has_letters(text: str) -> bool:
    return bool(_LETTERS.search(text))


@memoised
def lemma_candidates(word: str, res: Resources) -> list[str]:
    """Known noun lemmas that ``word`` may be an inflection of (exceptions, lookup, rules)."""
    found: list[str] = []
    exc = res.exception("noun", word)
    if exc:
        found.append(exc)
    looked = res.lookup(word)
    if looked and looked != word and res.in_index("noun", looked):
        found.append(looked)
    found += [form for form in res.rule_forms("noun", word) if res.in_index("noun", form)]
    if word.endswith("en") and res.in_index("noun", word[:-1]):
        found.append(word[:-1])
    if len(word) > 2 and word[-1] == "s" and word[-2] in APOSTROPHES:
        base = word[:-2]
        if base and base[-1] in VOWELS and res.in_index("noun", base):
            found.append(base)
    return [f for f in dict.fromkeys(found) if f != word]


@memoised
def noun_lemma(word: str, res: Resources) -> str | None:
    """The lexicon's noun lemma of lower-case ``word``, or ``None`` if it is not a known noun.

    A word listed as a lemma is its own lemma; otherwise the exception list, the lookup table
    and the suffix rules propose lemmas and the most frequent known one wins
    (``uitgaven`` → ``uitgave`` rather than the archaic ``uitgaaf``).
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
        return word
    found = lemma_candidates(word, res)
    if not found:
        return None
    return max(found, key=lambda f: (res.zipf(f), -found.index(f)))


@memoised
def compound_noun_lemma(
    word: str, res: Resources, min_head: int = 4, min_prefix: int = 3
) -> str | None:
    """Lemma of an unknown compound through its longest known head (``verdedigingsplannen``)."""
    for i in range(min_prefix, len(word) - min_head + 1):
        head = noun_lemma(word[i:], res)
        if head and len(head) >= min_head - 1:
            return word[:i] + head
    return None


@lru_cache(maxsize=200_000)
def _noun_shape(word: str) -> bool:
    return word.isalpha() and len(word) > 5 and word.endswith(NOUN_SUFFIXES)


#: Dutch pronominal adverbs: ``daar``/``hier``/``waar`` + a preposition, optionally with ``en``
#: between (``daarnaast``, ``hiermee``, ``waarover``, ``daarentegen``, ``daarenboven``). A closed
#: class of function words; the tagger calls a sentence-initial one it does not know PROPN.
_PRONOMINAL_ADVERB = re.compile(
    r"^(?:daar|hier|waar)(?:en)?(?:aan|achter|af|bij|binnen|boven|buiten|door|heen|in|langs|"
    r"mede|mee|na|naar|naast|om|omheen|omtrent|onder|op|over|tegen|toe|tussen|uit|van|"
    r"vandaan|voor|zonder)$"
)


def pronominal_adverb(lower: str) -> bool:
    """``daarenboven``, ``hiermee``, ``waarover``: never a noun, never a term."""
    return bool(_PRONOMINAL_ADVERB.match(lower))


def looks_like_noun(word: str) -> bool:
    """Shape evidence for a noun the tagger missed (``ontsnapingen``, ``verdedigingen``)."""
    return _noun_shape(word)


@memoised
def lemma_noun(text: str, res: Resources, fallback: str | None = None) -> str:
    """Canonical singular form of a noun as written; hyphenated words change their last part.

    ``NAVO-toppen`` → ``NAVO-top``, ``dreigingen`` → ``dreiging``, ``risico’s`` → ``risico``;
    capitals are kept except a sentence-initial capital on an ordinary word.
    """
    text = straight_apostrophes(text)
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
    if not found:
        found = fallback.lower() if fallback and fallback.isalpha() and len(fallback) > 1 else core
    if text[:1].isupper() and not text[1:].islower():
        return text  # an acronym or a name written with inner capitals stays as written
    return found


@memoised
def adjective_base(word: str, res: Resources) -> str | None:
    """Base form of an adjective as written (``collectieve`` → ``collectief``), if known."""
    w = word.lower()
    if res.in_index("adj", w):
        return w
    exc = res.exception("adj", w)
    if exc:
        return exc
    if w.endswith("e") and len(w) > 3:
        stem = w[:-1]
        candidates = [stem]
        if stem.endswith("v"):
            candidates.append(stem[:-1] + "f")
        if stem.endswith("z"):
            candidates.append(stem[:-1] + "s")
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
            candidates.append(stem[:-1])
        if (
            len(stem) > 2
            and stem[-1] not in VOWELS
            and stem[-2] in "aeou"
            and stem[-3] not in VOWELS
        ):
            long = stem[:-1] + stem[-2] + stem[-1]
            # ``gewone``: an open a/o/u syllable is long, so the base is ``gewoon`` (a short
            # vowel would double the consonant: ``witte``); the lexicon also lists ``gewon``.
            # An ``e`` may be a schwa (``andere`` → ``ander``), so the lexicon decides there.
            candidates.insert(0 if stem[-2] != "e" else len(candidates), long)
        for cand in candidates:
            if res.in_index("adj", cand):
                return cand
    return None


def attributive_forms(base: str) -> list[str]:
    """Possible ``-e`` forms of an adjective base (``groot`` → ``grote``, ``wit`` → ``witte``)."""
    if base[-1:] in "eaiouyé":
        return [base]  # ``hybride``, ``extra``, ``prima`` do not inflect
    forms = [base + "e"]
    if base.endswith("en") and len(base) > 4:
        forms.append(base)  # material adjectives stay as they are (``houten``)
    if base.endswith("f"):
        forms.append(base[:-1] + "ve")
    if base.endswith("s") and len(base) > 2 and base[-2] in VOWELS:
        forms.append(base[:-1] + "ze")
    if len(base) > 2 and base[-1] not in VOWELS and base[-2] == base[-3] and base[-2] in "aeou":
        forms.append(base[:-3] + base[-2] + base[-1] + "e")
    if (
        len(base) > 1
        and base[-1] not in VOWELS + "wjh"
        and base[-2] in "aeiou"
        and (len(base) < 3 or base[-3] not in VOWELS)
    ):
        forms.append(base + base[-1] + "e")
    return forms


@memoised
def attributive(base: str, res: Resources) -> str:
    """The usual ``-e`` form of an adjective base (``collectief`` → ``collectieve``)."""
    forms = attributive_forms(base)
    inflected = [f for f in forms if f != base] or forms
    best = max(inflected, key=lambda f: (res.zipf(f), -forms.index(f)))
    return best if res.zipf(best) > 0 or base not in forms else base


@memoised
def is_graded(base: str, res: Resources, margin: float = 1.4) -> bool:
    """A qualitative, gradable adjective (``belangrijk``, ``effectief``): its comparative or
    superlative is common. Relational adjectives (``collectief``, ``militair``, ``hybride``)
    have none, and they are the ones that form terms."""
    attr = attributive(base, res)
    graded = max(
        res.zipf(attr + "r"),
        res.zipf(attr + "re"),
        res.zipf(base + "st"),
        res.zipf(base + "ste"),
        res.zipf(base + "der"),
    )
    own = max(res.zipf(base), res.zipf(attr))
    return own > 0 and graded >= own - margin


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
    w = noun
    cands: list[str] = []
    if w.endswith("heid"):
        cands.append(w[:-4] + "heden")
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
    if valid:
        return _most_used(valid, res)
    head = compound_head_plural(w, res)
    if head:
        return [head]
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
    for i in range(3, len(word) - 3):
        head = word[i:]
        if res.in_index("noun", head):
            plurals = plural_forms(head, res, False)
            return word[:i] + plurals[0] if plurals else None
    return None


@memoised
def split_head(word: str, res: Resources, min_part: int = 3) -> tuple[str, str] | None:
    """Split a compound into (modifier, head) where both are known words, for ellipsis:
    ``communicatiesatellieten`` → (``communicatie``, ``satellieten``)."""
    best: tuple[float, str, str] | None = None
    lower = word.lower()
    for i in range(min_part, len(lower) - min_part + 1):
        left, right = lower[:i], lower[i:]
        if right.startswith("-"):
            right = right[1:]
        stems = [left]
        if left.endswith("s"):
            stems.append(left[:-1])
        if left.endswith("en") or left.endswith("e"):
            stems.append(left.rstrip("en") or left)
        zl = max(res.zipf(s) for s in stems)
        zr = res.zipf(right)
        if right_is_noun := (noun_lemma(right, res) is not None):
            zr += 0.5
        if zl < 2.0 or zr < 2.5 or not right_is_noun:
            continue
        score = min(zl, zr) + 0.1 * len(right)
        if best is None or score > best[0]:
            best = (score, word[:i], word[i:].lstrip("-"))
    return (best[1], best[2]) if best else None


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


@memoised
def verb_known(word: str, res: Resources) -> bool:
    """Is ``word`` a known verb form (infinitive, finite or participle) in the lexicon?"""
    if res.in_index("verb", word) or res.exception("verb", word):
        return True
    looked = res.lookup(word)
    if looked and looked != word and res.in_index("verb", looked):
        return True
    return any(res.in_index("verb", form) for form in res.rule_forms("verb", word))


def english_singular(word: str) -> str:
    """``projects`` → ``project``, ``capabilities`` → ``capability`` (English nouns only)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def english_plural(word: str) -> str:
    """``project`` → ``projects``, ``capability`` → ``capabilities``, ``approach`` →
    ``approaches`` (English nouns only)."""
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


class Words:
    """The functions of this module bound to one :class:`Resources` (memoised there)."""

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

    def english(self, word: str) -> bool:
        return is_english_word(word, self.res)

    def english_noun(self, word: str) -> bool:
        """An English word the Dutch noun lexicon does not know (``capability``), so it takes
        English singular and plural forms."""
        return self.english(word) and not self.noun_lemma(word.lower())

    def dutch(self, word: str) -> bool:
        return is_dutch_word(word, self.res)

    def zipf(self, word: str) -> float:
        return self.res.zipf(word.lower())
