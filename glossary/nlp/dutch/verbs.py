"""Dutch verbs: whether a word is a known verb form, by the lexicon."""

from __future__ import annotations

import re

from glossary.nlp.dutch.spelling import VOWELS
from glossary.nlp.resources import Resources, memoised

#: The prefix of a weak past participle: ``ge-`` (also after a separable particle, ``af|ge|
#: vaardigd``, ``uit|ge|nodigd``) or an inseparable prefix (``be|klaagd``, ``ver|kozen``).
_PARTICIPLE_PREFIX = re.compile(r"^(?:[a-z]{2,5})?ge|^(?:be|ver|ont|her|er)")


@memoised
def verb_known(word: str, res: Resources) -> bool:
    """Is ``word`` a known verb form (infinitive, finite or participle) in the lexicon?"""
    if res.in_index("verb", word) or res.exception("verb", word):
        return True
    looked = res.lookup(word)
    if looked and looked != word and res.in_index("verb", looked):
        return True
    return any(res.in_index("verb", form) for form in res.rule_forms("verb", word))


@memoised
def present_participle(word: str, res: Resources) -> bool:
    """``destabiliserende``, ``overkoepelend``, ``gaande``: an infinitive plus ``-d(e)``, a verb
    form that names an ongoing process (``gewapend``, a past participle, is none)."""
    lower = word.lower()
    stem = lower[:-2] if lower.endswith("nde") else lower[:-1] if lower.endswith("nd") else ""
    return len(stem) > 3 and stem.endswith("n") and verb_known(stem, res)


@memoised
def nominal_participle(word: str, res: Resources) -> str | None:
    """The singular of a past participle used as a plural noun: ``genodigden`` →
    ``genodigde``, ``afgevaardigden`` → ``afgevaardigde`` (ANS: an adjective used as a noun
    takes ``-e``, plural ``-en``). A participle itself never ends in ``-den``/``-ten`` after
    its ``-d``/``-t``, so the form is a noun whatever the tagger says; strong participles
    (``gevonden``) and other verb forms (``kosten``) are none."""
    lower = word.lower()
    if len(lower) < 8 or not lower.endswith(("den", "ten")):
        return None
    participle = lower[:-2]
    if not _PARTICIPLE_PREFIX.match(participle):
        return None
    verb = res.lookup(participle)
    if not verb or verb == participle or not verb.endswith("en") or res.lookup(lower):
        return None
    return lower[:-1] if res.in_index("verb", verb) else None


@memoised
def agent_singular(word: str, res: Resources) -> str | None:
    """The singular of an agent noun's plural the lexicon does not list: a verb's stem plus
    ``-er``/``-der`` and the plural ``-s`` (``terugkeer|ders`` → ``terugkeerder``,
    ``aanvrag|ers`` → ``aanvrager``; ANS 13.2.2). Dutch forms these from any verb, so an
    unseen one is common in the letters (returnees, applicants); a known word is left to the
    lexicon."""
    lower = word.lower()
    if len(lower) < 7 or not lower.endswith("ers") or not lower.isalpha():
        return None
    singular = lower[:-1]
    stem = singular[:-2]
    if stem.endswith("d") and stem[-2:-1] == "r":
        stem = stem[:-1]  # ``-der`` after an ``r``: ``terugkeer|der``, ``huur|der``
    return singular if len(stem) > 3 and any(verb_known(s, res) for s in _stems(stem)) else None


def _stems(written: str) -> list[str]:
    """A verb's stem as written before a suffix that opens the syllable: as is, with its
    vowel doubled back (``aanvrag|er`` → ``aanvraag``) or its consonant undoubled (``legg|er``
    → ``leg``)."""
    out = [written]
    if (
        len(written) > 2
        and written[-1] not in VOWELS
        and written[-2] in "aeou"
        and written[-3] not in VOWELS
    ):
        out.append(written[:-1] + written[-2] + written[-1])
    if len(written) > 2 and written[-1] == written[-2] and written[-1] not in VOWELS:
        out.append(written[:-1])
    return out
