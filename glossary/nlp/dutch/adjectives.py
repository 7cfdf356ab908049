"""Dutch adjectives: base form, attributive ``-e`` form, and whether one is gradable.

``collectieve`` → ``collectief`` → ``collectieve``; ``groot`` → ``grote``; ``wit`` →
``witte``. Rules propose forms, the lexicon (:class:`Resources`: spaCy's Dutch lemma tables and
``wordfreq``) decides between them.
"""

from __future__ import annotations

from glossary.nlp.dutch.spelling import VOWELS
from glossary.nlp.resources import Resources, memoised


@memoised
def adjective_base(word: str, res: Resources) -> str | None:
    """Base form of an adjective as written (``collectieve`` → ``collectief``), if known."""
    w = word.lower()
    if res.in_index("adj", w):
        return w
    exc = res.exception("adj", w)
    if exc:
        return exc
    if w.endswith(("iële", "iele")):
        # ``ministeriële`` → ``ministerieel``; also written without the diaeresis
        return adjective_base(w[:-4] + "ieel", res)
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
    if base[-1:] in "eaiouyé" or base.rpartition("-")[2].isupper():
        return [base]  # ``hybride``, ``extra``, ``prima``, ``anti-ISIS`` do not inflect
    if base.endswith("ieel"):
        return [base[:-3] + "ële"]  # ``officieel`` → ``officiële``: the diaeresis splits i-e
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


#: Adjectives of correctness and adequacy: they judge how well something meets a norm
#: (``juiste``, ``verkeerde``, ``adequate``, ``gebrekkige`` uitrusting), never what kind of
#: thing it is. Gradable in meaning, but general Dutch seldom compares them (``juister``,
#: ``verkeerder``), so the frequency test of :func:`is_graded` misses them; the class is
#: listed whole, with the negative forms. Words that are also everyday qualities and make
#: fixed terms (``goed``/``behoorlijk bestuur``: good governance) are left to that test.
NORM_ADJECTIVES = frozenset(
    {
        "juist",
        "onjuist",
        "correct",
        "incorrect",
        "fout",
        "foutief",
        "verkeerd",
        "adequaat",
        "inadequaat",
        "gebrekkig",
        "deugdelijk",
        "ondeugdelijk",
        "gepast",
        "ongepast",
        "passend",
        "geschikt",
        "ongeschikt",
        "toereikend",
        "ontoereikend",
        "afdoend",
        "afdoende",
        "gewenst",
        "ongewenst",
        "wenselijk",
        "onwenselijk",
        "optimaal",
        "ideaal",
        "perfect",
    }
)


@memoised
def is_graded(base: str, res: Resources, margin: float = 1.4) -> bool:
    """A qualitative, gradable adjective (``belangrijk``, ``effectief``, ``constructief``).

    Relational adjectives (``collectief``, ``militair``, ``hybride``) have no degrees, and they
    are the ones that form terms. The evidence is general Dutch: its comparative or
    superlative is common next to the adjective itself (within ``margin`` Zipf), or the lexicon
    lists both degrees and general Dutch uses one of them (long adjectives compare with
    ``meer``, so their own degrees are rare: ``constructiever``, ``noodzakelijkst``).
    """
    attr = attributive(base, res)
    comparative = (attr + "r", attr + "re")
    superlative = (base + "st", base + "ste")
    used = max(res.zipf(f) for f in (*comparative, *superlative, base + "der"))
    if used <= 0:
        return False
    own = max(res.zipf(base), res.zipf(attr))
    if used >= own - margin:
        return True
    return any(res.lookup(f) == base for f in comparative) and any(
        res.lookup(f) == base for f in superlative
    )


#: Adjectives that classify a weapon, a threat or an operational domain (``nucleaire
#: capaciteit``, ``chemische lading``, ``digitaal domein``, ``maritieme veiligheid``): each
#: picks one class of the head's kind, as NATO names them (nuclear, chemical, biological,
#: radiological, conventional, ballistic, hypersonic; the digital and maritime domains), so
#: the pair is a unit of the domain, not a description; base and attributive forms.
DOMAIN_CLASSIFIERS = frozenset(
    {
        *("nucleair", "nucleaire", "chemisch", "chemische", "biologisch", "biologische"),
        *("radiologisch", "radiologische", "conventioneel", "conventionele"),
        *("ballistisch", "ballistische", "hypersoon", "hypersone"),
        *("digitaal", "digitale", "maritiem", "maritieme"),
    }
)
