"""Admission: which extracted candidates become glossary entries.

Extraction ranks candidates by how they are used; one sighting is the weakest evidence it has.
A candidate seen once enters the glossary only when something else attests it: the term base
lists it, the letter gives its English or spells out the acronym, or its English can be found
offline (term base, CLDR names, the compound lexicon; for a name, English composed word by
word does not count). An acronym is attested by its form: the writer marked it as a name, and
a reader needs its full form even when the letter omits it; so is an instrument's official
title (``Protocol bij het Noord-Atlantisch Verdrag inzake de toetreding van Montenegro``), so
is a navy ship named with its prefix (``Zr.Ms. Tromp``), a body named in one word by an
organisation's acronym and a capitalised noun (``NAVO-Raad``; ``NAVO Missie`` written apart
may be a fragment of a longer name), an organisation's mission named by its place
(``NAVO-trainingsmissie in Irak``), a document's title quoted after its noun (``advies
«De toekomst van de NAVO en de veiligheid van Europa»``), a government post named by its
portfolio (``Minister voor Klimaat en Energie``) or by its body (``voorzitter van de Europese
Commissie``), a state by its formal name (``Republiek Estland``), a part of a country by its
compass point (``Oost-Oekraïne``), a document's edition by its year (``Toetsingskader 2001``),
a formation by its number (``322 Squadron``),
an official name whose every word the writer capitalised (``Nederlandse Cybersecurity
Agenda``) and a place named right after a preposition of place (``in Atjeh``).
A single sighting that nothing attests is mostly a misspelling, a fragment or a general word
outside the domain, and costs a reviewer time; it stays in ``glossary extract`` output, and
enters the glossary once a letter uses it again. A modifier + noun whose head the letters use
freely without it (``militaire operatie`` beside ``operatie``), and two nouns joined by ``en``
(``vraag en opmerking``), with English composed word by word, are covered by their parts
however often they are seen; so is any multi-word term seen once whose English is only
composed (``militair overwicht``): its English follows word by word and nothing says it is a
unit (fixed combinations are the term base's, or recur); two judges who did not write the
judged sets rejected seven in ten of them (design notes, fifteenth round). Entries a person
decided are always admitted, so their counts and examples stay current.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from glossary.build.merge import Key, candidate_key
from glossary.nlp.dutch.adjectives import DOMAIN_CLASSIFIERS
from glossary.nlp.dutch.names import (
    acronym_body,
    dated_name,
    is_body_post,
    is_official_title,
    is_portfolio_post,
    named_mission,
    numbered_unit,
    placed_name,
    quoted_document_title,
    ship_name,
    title_case_name,
)
from glossary.translate.compound import compass_region, state_name

if TYPE_CHECKING:
    from glossary.model import Candidate
    from glossary.translate.chain import Resolution

#: Sightings from which extraction's ranking alone admits a candidate.
MIN_UNATTESTED_FREQ = 2


def attested(cand: Candidate, offline: Resolution) -> bool:
    """Whether a candidate seen fewer than :data:`MIN_UNATTESTED_FREQ` times has support
    besides its sighting: it is an acronym, a term-base seed, has English or a full form in
    the letter, or English found offline. For a name, English composed word by word is no
    support: that its words are known says nothing about whether the capitalised span is a
    name (``Rusland Raad`` out of ``NAVO - Rusland Raad``); a name's English is fixed, by the
    term base, CLDR or the letter. A term whose composed English the translator refused but
    whose parts it knows (:attr:`Resolution.recognised`) counts as composed."""
    found = offline.translation is not None or offline.recognised
    english = found and not (cand.kind == "entity" and _composed(offline))
    return bool(
        cand.kind == "acronym"
        or (
            cand.kind == "entity"
            and (
                is_official_title(cand.term)
                or (acronym_body(cand.term) and not any(" " in f for f in cand.forms))
                or ship_name(cand.term)
                or named_mission(cand.term)
                or dated_name(cand.term)
                or numbered_unit(cand.term)
                or any(title_case_name(cand.term, o.sentence) for o in cand.occurrences)
                or any(placed_name(cand.term, o.sentence) for o in cand.occurrences)
                or any(quoted_document_title(cand.term, o.sentence) for o in cand.occurrences)
                or is_portfolio_post(cand.term)
                or is_body_post(cand.term)
                or state_name(cand.term)
                or compass_region(cand.term) is not None
            )
        )
        or cand.seeded_by
        or cand.english_evidence
        or cand.expansion
        or english
        or offline.expansion
    )


def covered_by_parts(cand: Candidate, offline: Resolution) -> bool:
    """A combination loosely bound to its head (``Candidate.free_head``: ``militaire
    operatie`` beside ``operatie`` used freely), two nouns joined by ``en`` (``vraag en
    opmerking``), or a multi-word term seen once (``militair overwicht``), whose English is
    only composed word by word: a translator finds the parts, and nothing says the
    combination is a unit (the term base lists the fixed ones, ``afschrikking en
    verdediging``, ``collectieve verdediging``)."""
    return (cand.free_head or _noun_pair(cand) or _combination_once(cand)) and _composed(offline)


def _combination_once(cand: Candidate) -> bool:
    """A multi-word term seen once, in lower case and without a number: a citation
    (``artikel 100``, ``VNVR 1325``) and a capitalised, name-like term (``Duits-Nederlands
    hoofdkwartier``) are designations, not combinations of words; a class of weapon, threat
    or domain (``nucleaire capaciteit``, ``chemische lading``: :data:`DOMAIN_CLASSIFIERS`) is
    a unit of the domain."""
    term = cand.term
    return (
        cand.kind == "term"
        and " " in term
        and cand.freq < MIN_UNATTESTED_FREQ
        and term[:1].islower()
        and not any(ch.isdigit() for ch in term)
        and term.split(" ", 1)[0] not in DOMAIN_CLASSIFIERS
    )


def _noun_pair(cand: Candidate) -> bool:
    """Two lower-case words joined by ``en`` (not a truncated compound, ``productie- en
    leveringszekerheid``)."""
    words = cand.term.split(" ")
    return (
        cand.kind == "term"
        and len(words) == 3
        and words[1] == "en"
        and all(w.isalpha() and w.islower() for w in (words[0], words[2]))
    )


def _composed(offline: Resolution) -> bool:
    """The offline English is only composed word by word (source ``compound``), or would be
    but for a refused split (:attr:`Resolution.recognised`)."""
    if offline.translation is None:
        return offline.recognised
    return offline.translation.source == "compound"


def admit(
    candidates: Sequence[Candidate],
    offline: Mapping[Key, Resolution],
    protected: Collection[Key] = (),
) -> tuple[list[Candidate], list[Candidate]]:
    """(admitted, held back): the candidates seen often enough, attested or decided by a
    person (``protected``), and the rest; ``offline`` holds each one's offline resolution."""
    admitted: list[Candidate] = []
    held: list[Candidate] = []
    for cand in candidates:
        key = candidate_key(cand)
        res = offline[key]
        seen = cand.freq >= MIN_UNATTESTED_FREQ or attested(cand, res)
        ok = key in protected or (seen and not covered_by_parts(cand, res))
        (admitted if ok else held).append(cand)
    return admitted, held
