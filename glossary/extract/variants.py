"""Variants of one term become one candidate with all their forms.

Spelling (``Navo``/``NAVO``, ``ministeriele``/``ministeriële``, ``Smart Defense``/``Smart
Defence``, a compound with or without its linking ``-s-``: ``rechtstaat``/``rechtsstaat``),
hyphenation and spacing
(``drone coalitie``/``dronecoalitie``, ``Noord Atlantische Raad``), and inflection
(``NAVO Ministers van Defensie``/``NAVO-Minister van Defensie``, ``Patriot-systemen``) are one
entry, and an acronym written as a word takes the acronym's spelling (``Navo-lidstaat``): a
translator looks the term up once. Two spellings that differ only in case stay apart when the
term base lists both as different terms (``Defensie`` the ministry, ``defensie`` defence).

The entry takes the term base's spelling when it has one, then an acronym's, then the
dictionary form (a singular head), then the one written most as one word (Dutch closes its
compounds), then the most frequent. The term base decides spelling, not inflection: a term it
lists in the plural (``staatshoofden en regeringsleiders``) is entered in the singular, like
every other term, with the plural among its forms.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace

from glossary.extract.candidates import NOUN_PREPOSITIONS
from glossary.extract.words import Words, acronym_of, prefixed_acronym
from glossary.model import MAX_EXAMPLES, Candidate
from glossary.nlp.dutch.compounds import with_linking_s
from glossary.nlp.dutch.function_words import PREPOSITIONS
from glossary.nlp.dutch.loanwords import british_spelling
from glossary.nlp.dutch.names import compass_region_name, summit_place
from glossary.text import fold

_SEPARATORS = re.compile(r"[\s\-‐‑]+")
KIND_ORDER = {"acronym": 0, "entity": 1, "term": 2}
#: A capitalised word after an acronym this common in general Dutch is a noun (``Raad``,
#: ``Minister``), not a name (``Althea``).
NAME_WORD_ZIPF = 3.0
#: A noun whose plural is this much more frequent than its singular in general Dutch is used
#: as a plural (``strijdkrachten``, ``inlichtingen``): its terms keep the plural.
PLURALE_TANTUM_ZIPF = 1.0
#: A compound spelt with or without a linking ``-s-`` is one term when general Dutch writes
#: one spelling at least this much more often (Zipf; about three times): ``rechtsstaat`` 3.6,
#: ``rechtstaat`` 2.7. Closer, both may be words of their own (``landgrens``, a border on
#: land, 1.7; ``landsgrens``, a country's border, 2.0).
LINKING_S_ZIPF = 0.5
#: Shortest part on either side of a linking ``-s-``.
LINKING_S_PART = 3
#: Prepositions that start a noun's complement (``steunmaatregel voor bondgenoten``): those of
#: ``N P N`` terms and the common locative and instrumental ones.
COMPLEMENT_PREPOSITIONS = NOUN_PREPOSITIONS | PREPOSITIONS


def _parts(term: str) -> list[str]:
    return [p for p in _SEPARATORS.split(term) if p]


def _paired(token: str, words: Words) -> str:
    """Two names joined by a hyphen in either order (``NAVO-Oekraïne``, ``Oekraïne-NAVO``),
    the same pair: alphabetical; any other token as it is (``NAVO-Minister``,
    ``Trans-Atlantische``: a noun or an adjective is no name)."""
    bits = token.split("-")
    if len(bits) == 2 and all(_name_word(b, words) for b in bits):
        return "-".join(sorted(bits))
    return token


def _name_word(bit: str, words: Words) -> bool:
    """An acronym, or a capitalised word general Dutch knows as no noun or adjective."""
    if acronym_of(bit):
        return True
    lower = bit.lower()
    return (
        bit[:1].isupper()
        and bit.isalpha()
        and not words.noun_lemma(lower)
        and not words.adjective_base(lower)
    )


#: The form the term base writes a summit in (``NAVO-top in Wales``): a summit's entry.
SUMMIT_FORM = "NAVO-top in "


#: A noun and the acronym it belongs to (``lidstaat van de EU``): the compound
#: ``EU-lidstaat`` in other words.
_OF_ACRONYM = re.compile(r"^(\w[\w\-]*) (?:van (?:de |het )?|der )(\S+)$")


def acronym_order(term: str) -> str:
    """``X van de ACR`` written as Dutch compounds it (``hoofdkwartier van de NAVO`` →
    ``NAVO-hoofdkwartier``, ``secretaris-generaal van de VN`` → ``VN-secretaris-generaal``):
    the same term in the other word order; any other term as it is."""
    found = _OF_ACRONYM.match(term)
    if found is None or acronym_of(found[2]) != found[2]:
        return term
    return f"{found[2]}-{found[1]}"


def variant_key(term: str, words: Words, cased: frozenset[str] = frozenset()) -> str:
    """What variants of one term share: folded case and accents, no hyphens or spaces, each
    noun part as its lemma, English words in their British spelling (``Smart Defense``,
    ``Smart Defence``), two names joined by a hyphen in either order (``NAVO-Oekraïne
    Raad``, ``Oekraïne-NAVO Raad``), a noun and its acronym in either order
    (``lidstaat van de EU``, ``EU-lidstaat``: :func:`acronym_order`), a summit written by its
    place in any of Dutch's three ways (``NAVO-top in Vilnius``, ``Top van Vilnius``,
    ``Vilnius-top``). ``cased`` are folded terms whose case tells senses apart."""
    place = summit_place(term)
    if place:
        return "top\x00" + fold(place)
    term = acronym_order(term)
    parts = [p.lower() for p in _parts(" ".join(_paired(t, words) for t in term.split(" ")))]
    folded = [british_spelling(fold(p)) for p in parts]
    key = "".join(words.noun_lemma(p) or p for p in folded)
    return f"{key}\x00{term}" if fold(term) in cased else key


def is_lemma_form(term: str, words: Words) -> bool:
    """The head (the last part) is written in its dictionary form: singular."""
    parts = _parts(term)
    head = parts[-1] if parts else term
    return bool(acronym_of(head)) or words.noun_lemma(head.lower()) in (None, head.lower())


#: A phrase written as one noun with hyphens around an article (``staakt-het-vuren``).
_PHRASE_COMPOUND = re.compile(r"\w-(?:het|de|een)-\w", re.IGNORECASE)


def lemma_spelling(term: str, words: Words) -> str:
    """``term`` with its plural head nouns written in the singular, separators and case kept
    (``staatshoofden en regeringsleiders`` → ``staatshoofd en regeringsleider``). A noun after
    a preposition is a complement and keeps its number (``steunmaatregel voor bondgenoten``);
    a noun used mostly in the plural in general Dutch keeps it (``strijdkrachten``), and a
    phrase made a noun with hyphens around an article has no head of its own to inflect
    (``staakt-het-vuren``, not a plural of ``vuur``)."""
    if _PHRASE_COMPOUND.search(term):
        return term
    out = []
    complement = False
    for piece in re.split(f"({_SEPARATORS.pattern})", term):
        complement = complement or piece.lower() in COMPLEMENT_PREPOSITIONS
        plural = not complement and piece.isalpha() and piece.islower()
        lemma = words.noun_lemma(piece) if plural else None
        if lemma and not _mostly_plural(piece, lemma, words):
            piece = lemma
        out.append(piece)
    return "".join(out)


def _mostly_plural(plural: str, singular: str, words: Words) -> bool:
    """General Dutch uses the noun mostly in the plural; a compound too rare to tell is
    judged by its head (``steunmaatregelen`` by ``maatregelen``)."""
    split = words.split_head(singular) if not words.zipf(singular) else None
    if split and plural.startswith(split[0]):
        plural, singular = plural[len(split[0]) :], split[1]
    return words.zipf(plural) - words.zipf(singular) >= PLURALE_TANTUM_ZIPF


def case_senses(seeds: Iterable[str]) -> frozenset[str]:
    """Folded terms the term base lists in two spellings that differ only in case, and its
    regions named by a compass noun (``Westen``: the West), whose lower case is a direction
    (``het westen van Oekraïne``): either way the capital tells the senses apart."""
    spellings: dict[str, set[str]] = {}
    for seed in seeds:
        spellings.setdefault(fold(seed), set()).add(seed)
    return frozenset(
        k
        for k, found in spellings.items()
        if len(found) > 1 or any(compass_region_name(s) for s in found)
    )


def acronym_spelling(term: str, acronyms: Collection[str]) -> str:
    """``term`` with a compound's first part written as the acronym it spells in lower case
    (``Navo-lidstaat`` → ``NAVO-lidstaat``, ``Navo top`` → ``NAVO top``); Dutch writes some
    acronyms as words (``Navo``), the glossary writes them one way."""
    first, sep, rest = term.partition("-")
    if not sep:
        first, sep, rest = term.partition(" ")
    if rest and first.upper() != first and first.upper() in acronyms:
        return first.upper() + sep + rest
    return term


def compound_spelling(term: str, words: Words) -> str:
    """An acronym (or a prefixed one, ``anti-ISIS``) and a Dutch noun written apart as the
    compound Dutch spelling makes of them, with a hyphen (``NAVO Raad`` → ``NAVO-Raad``, like
    ``NAVO-top``; ``anti-ISIS coalitie`` → ``anti-ISIS-coalitie``); English words and names
    after an acronym stay apart (``ISAF Headquarters``, ``EUFOR Althea``): a capitalised word
    joins only when it is a noun of general Dutch (at least ``NAME_WORD_ZIPF``)."""
    parts = term.split(" ")
    first = parts[0]
    if len(parts) != 2 or not parts[1].isalpha():
        return term
    if acronym_of(first) != first and not prefixed_acronym(first):
        return term
    noun = parts[1].lower()
    if words.english(noun) or (words.noun_lemma(noun) or words.compound_lemma(noun)) is None:
        return term
    if not parts[1].islower() and words.zipf(noun) < NAME_WORD_ZIPF:
        return term
    return f"{parts[0]}-{parts[1]}"


def _joined(term: str) -> str:
    return "".join(_parts(term))


def spelling_key(term: str) -> str:
    """``term`` folded without its spaces and hyphens: the spellings of one term that differ
    only in those, in case or in accents share it (``NAVO bondgenoot``, ``Navo-bondgenoot``)."""
    return fold(_joined(term))


def seed_spelling(term: str, seed: str) -> bool:
    """``seed`` writes ``term`` with other spacing, hyphens or accents, not just other case
    (``Noord Atlantische Verdrags Organisatie`` → ``Noord-Atlantische Verdragsorganisatie``).
    Terms with an acronym in them keep their acronyms apart (``SG NAVO``, not ``SGNAVO``)."""
    if spelling_key(term) != spelling_key(seed):
        return False
    if any(acronym_of(p) == p for p in _parts(term)):
        return False
    return _joined(term).lower() != _joined(seed).lower() or [p.lower() for p in _parts(term)] != [
        p.lower() for p in _parts(seed)
    ]


def _seed_or(term: str, spelt: dict[str, str]) -> str:
    """The term base's spelling of ``term`` when it writes it otherwise, else ``term``."""
    seed = spelt.get(spelling_key(term))
    return seed if seed and seed_spelling(term, seed) else term


def merge_variants(
    cands: Sequence[Candidate], words: Words, seeds: Iterable[str] = ()
) -> list[Candidate]:
    """One candidate per variant group: the best form's, with the group's forms and evidence;
    a form the term base writes with other spacing, hyphens or accents takes its spelling."""
    seeds = set(seeds)
    acronyms = {c.term for c in cands if c.kind == "acronym"}
    spelt = {spelling_key(s): s for s in sorted(seeds)}
    cands = [
        _respelt(c, _seed_or(compound_spelling(acronym_spelling(c.term, acronyms), words), spelt))
        for c in cands
    ]
    cands = linking_s_spelling(cands, words, seeds)
    cased = case_senses(seeds)
    groups: dict[str, list[Candidate]] = {}
    for cand in cands:
        groups.setdefault(variant_key(cand.term, words, cased), []).append(cand)
    seed_of: dict[str, str] = {}
    for seed in sorted(seeds):
        seed_of.setdefault(variant_key(seed, words, cased), seed)
    out = []
    for key, group in groups.items():
        merged = group[0] if len(group) == 1 else _combined(_best(group, words, seeds), group)
        out.append(_singular(_seed_spelt(merged, seed_of.get(key)), words, seeds))
    return out


def linking_s_variants(word: str, words: Words, known: Collection[str]) -> list[tuple[str, str]]:
    """The spellings among ``known`` of ``word`` (one lower-case compound) with a linking
    ``-s-`` taken out or put in between two nouns, each with its first part: ``rechtstaat`` →
    (``rechtsstaat``, ``recht``), ``veiligheidsraad`` → (``veiligheidraad``, ``veiligheid``)."""
    out = []
    for i in range(LINKING_S_PART, len(word) - LINKING_S_PART + 1):
        left, right = word[:i], word[i:]
        tries = [(f"{left}s{right}", right)] if not left.endswith("s") else []
        if right.startswith("s") and len(right) > LINKING_S_PART:
            tries.append((left + right[1:], right[1:]))
        out += [
            (other, left)
            for other, rest in tries
            if other in known and words.noun_lemma(left) and words.noun_lemma(rest)
        ]
    return out


def _linking_s_preferred(written: str, other: str, first: str, words: Words) -> bool:
    """``other`` is how Dutch spells the compound ``written`` spells with or without a
    linking ``-s-`` after ``first``: a first part whose suffix takes it (``-heid``, ``-ing``…:
    :func:`~glossary.nlp.dutch.compounds.with_linking_s`), else the spelling general Dutch
    writes clearly more often (:data:`LINKING_S_ZIPF`)."""
    if with_linking_s(first) != first:
        return len(other) > len(written)
    return words.zipf(other) - words.zipf(written) >= LINKING_S_ZIPF


def linking_s_spelling(
    cands: Sequence[Candidate], words: Words, seeds: Collection[str]
) -> list[Candidate]:
    """One-word terms respelt as another candidate or the term base writes them with or
    without a linking ``-s-`` (``rechtstaat`` → ``rechtsstaat``), so that the two spellings
    are one entry; the letter's own spelling stays among the forms."""
    known = {t.lower() for t in (*seeds, *(c.term for c in cands)) if t.isalpha()}
    out = []
    for cand in cands:
        lower = cand.term.lower()
        if cand.kind != "term" or not cand.term.isalpha() or len(lower) < 2 * LINKING_S_PART:
            out.append(cand)
            continue
        other = next(
            (
                v
                for v, first in linking_s_variants(lower, words, known)
                if _linking_s_preferred(lower, v, first, words)
            ),
            None,
        )
        if other is None:
            out.append(cand)
            continue
        respelt = other if cand.term.islower() else cand.term[0] + other[1:]
        out.append(_respelt(cand, respelt))
    return out


def _best(group: Sequence[Candidate], words: Words, seeds: Collection[str]) -> Candidate:
    """The form a variant group is entered under (see the module docstring for the order)."""
    return min(
        group,
        key=lambda c: (
            c.term not in seeds,
            not c.term.startswith(SUMMIT_FORM),
            c.kind != "acronym",
            not is_lemma_form(c.term, words),
            KIND_ORDER.get(c.kind, 9),
            c.term.count(" ") + c.term.count("-"),
            -c.freq,
            c.term.isascii(),
            c.term,
        ),
    )


def _seed_spelt(cand: Candidate, seed: str | None) -> Candidate:
    """The term base's spelling of an inflected variant (``NAVO Ministers van Buitenlandse
    Zaken`` → ``NAVO-Minister van Buitenlandse Zaken``), when its words are capitalised alike:
    case alone may tell two terms apart (``Defensie``, ``defensie``)."""
    if seed is None or seed == cand.term:
        return cand
    if [p[:1].isupper() for p in _parts(seed)] != [p[:1].isupper() for p in _parts(cand.term)]:
        return cand
    return _respelt(cand, seed)


def _singular(cand: Candidate, words: Words, seeds: Collection[str]) -> Candidate:
    """A term in the term base's plural in its dictionary form; the plural becomes a form."""
    if cand.kind != "term" or cand.term not in seeds or is_lemma_form(cand.term, words):
        return cand
    return _respelt(cand, lemma_spelling(cand.term, words))


def _respelt(cand: Candidate, term: str) -> Candidate:
    if term == cand.term:
        return cand
    return replace(cand, term=term, forms=sorted({*cand.forms, cand.term, term}))


def _combined(best: Candidate, group: Sequence[Candidate]) -> Candidate:
    evidence = list(dict.fromkeys(e for c in group for e in c.english_evidence))
    occurrences = sorted({o for c in group for o in c.occurrences})
    return replace(
        best,
        score=max(c.score for c in group),
        freq=sum(c.freq for c in group),
        forms=sorted({f for c in group for f in (*c.forms, c.term)}),
        occurrences=occurrences[:MAX_EXAMPLES],
        letters=sorted({letter for c in group for letter in c.letters}),
        english_evidence=evidence,
        expansion=best.expansion or next((c.expansion for c in group if c.expansion), None),
        seeded_by=best.seeded_by or next((c.seeded_by for c in group if c.seeded_by), None),
    )
