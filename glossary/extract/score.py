"""The score step: merged statistics → ranked :class:`glossary.model.Candidate` objects.

Score = termhood × specificity.

* Termhood is the C-value (Frantzi, Ananiadou & Mima 2000) on log scale: a candidate's
  frequency, lowered by (half) the mean frequency of the longer candidates it is nested in,
  times ``log2(words + 1)``.
* Specificity compares the corpus rate with general Dutch (``wordfreq``): the Zipf difference,
  damped for words every speaker knows. A multi-word term is as rare in general Dutch as its
  rarest word, less a collocation step per extra word; acronyms are always worth a glossary
  line, so their damping has a floor.

Patterns that only make sense when they recur (``X en Y``, ``N van N``) need two occurrences,
and a name seen only inside longer names (``Air and Missile Defence`` in ``Integrated Air and
Missile Defence``) is a part of them, no name of its own.
The term base may seed candidates: they are marked, and its names and posts (``Resources.lift``)
are lifted above the default cut; its other terms must earn their place like any candidate (the
term base decides the English of a term, not whether it is one), over-represented in the
letters that use them: their rate is taken over those letters, so a term-base term seen once
scores the same in a batch of two letters as of twenty.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Iterable

from glossary.extract.candidates import expand_forms
from glossary.extract.heap import settled_heap
from glossary.extract.stats import PartialStats, TermStats
from glossary.extract.termhood import (
    covering_head,
    free_combination,
    loose_head,
    modified_head,
    modified_term,
    quality_base,
    shell_head,
    split_nouns,
)
from glossary.extract.variants import merge_variants
from glossary.extract.words import Words, acronym_of
from glossary.model import MAX_EXAMPLES, Candidate, Occurrence
from glossary.nlp.dutch.names import (
    compass_region_name,
    compass_split,
    placed_name,
    state_split,
)
from glossary.nlp.resources import UNKNOWN_ZIPF, Resources
from glossary.text import fold

#: The default cut: candidates scoring below are not glossary-worthy (``--all`` shows them).
DEFAULT_MIN_SCORE = 1.0
#: Zipf lost per extra word of a multi-word term (a collocation is rarer than its words).
COLLOCATION_STEP = 1.0
#: Words at or above this Zipf value are everyday Dutch: specificity fades out towards it.
EVERYDAY_ZIPF = 6.5
#: An unattested one-word term is damped from ``RARE_WORD_ZIPF`` to the floor at
#: ``GENERAL_WORD_ZIPF``; seen once, already at ``SINGLE_SIGHTING_ZIPF``, the middle between
#: the low (1-3) and high (4-7) bands of the Zipf scale: one sighting of a moderately common
#: word is no evidence of a domain sense.
GENERAL_WORD_ZIPF = 4.0
SINGLE_SIGHTING_ZIPF = 3.5
RARE_WORD_ZIPF = 2.0
RARITY_FLOOR = 0.05
ACRONYM_RARITY = 0.6
SEED_BOOST = 1.5
#: An acronym that forms this many different compounds is a productive modifier (``NAVO-``).
PRODUCTIVE = 3
#: A compound's head at least this common in general Dutch (``partner``, ``proces``) is an
#: everyday word: with an acronym it makes a combination whose English follows part by part.
GENERAL_HEAD_ZIPF = 4.7
#: What one sighting of a lower-case combination whose head the letters use freely counts
#: (``militaire operatie`` once beside ``operatie`` eight times): the words may have met by
#: chance, so it takes twice the evidence of a word or a name to pass the cut.
LOOSE_ONCE_WEIGHT = 0.5
#: Share of the containers' mean frequency taken off a nested candidate's frequency.
NESTED_DISCOUNT = 0.5
#: Words that join a term's parts and carry no frequency evidence.
JOINERS = frozenset(
    {
        "en",
        "van",
        "der",
        "den",
        "voor",
        "tegen",
        "inzake",
        "ter",
        "and",
        "for",
        "of",
        "the",
        "on",
        "&",
    }
)
KIND_ORDER = ("acronym", "entity", "term")


def general_zipf(words: list[str], res: Resources) -> float:
    """How common the term is in general Dutch, on the Zipf scale (estimated for phrases)."""
    key = " ".join(words)
    memo = res.memo.setdefault("general_zipf", {})
    found = memo.get(key)
    if found is None:
        found = memo[key] = _general_zipf(words, res)
    return found


def _general_zipf(words: list[str], res: Resources) -> float:
    parts = [p for w in words for p in w.split("-") if p]
    content = [w for w in parts if w.lower() not in JOINERS] or parts
    rarest = min(res.general_zipf(w) for w in content)
    return max(UNKNOWN_ZIPF, rarest - COLLOCATION_STEP * (len(content) - 1))


def acronym_head(
    term: str,
    freq: int,
    compounds: dict[str, int] | None,
    res: Resources | None = None,
    one_letter: bool = False,
    productive: bool = True,
) -> list[str]:
    """The words a one-word term is judged by. An acronym compound is as general as its head
    when its English follows part by part: seen once with a productive acronym, one forming
    ``PRODUCTIVE`` or more compounds in the letters (``NAVO-missie``, ``NAVO-operatie``), or
    seen in one letter only with a head of everyday Dutch (``ISAF-gebied``, ``MAP-proces``,
    ``Navo-beleid``: at least ``GENERAL_HEAD_ZIPF``). One that recurs is a unit (``NAVO-top``),
    and so is one whose acronym forms few compounds with a rarer head, a name for one thing
    (``INF-verdrag``, ``CSE-verdrag``): those are judged whole. A head that follows
    ``PRODUCTIVE`` or more different names in the letters takes any name (``VVD-fractie``,
    ``CDA-fractie``, ``SP-fractie``): each is as general as the head. ``res`` is left out when
    the term base lists the term: then only the first rule applies; ``productive=False``
    leaves the first rule out."""
    first, _, rest = term.partition("-")
    if not compounds or not rest:
        return [term]
    head = term.rsplit("-", 1)[1]
    if res is not None and compounds.get(f"-{head}", 0) >= PRODUCTIVE and first[:1].isupper():
        return [head]  # a head that takes any name (``VVD-fractie``, ``CDA-fractie``, …)
    if not rest.isalpha():
        return [term]
    acronym = acronym_of(first)
    if productive and acronym and freq == 1 and compounds.get(acronym, 0) >= PRODUCTIVE:
        return [rest]
    acronym = acronym or (first.upper() if first.upper() in compounds else None)
    general = res is not None and rest.islower() and res.general_zipf(rest) >= GENERAL_HEAD_ZIPF
    return [rest] if acronym and general and one_letter else [term]


def acronym_compounds(stats: PartialStats) -> dict[str, int]:
    """How many different compounds each acronym forms (``NAVO-top``, ``NAVO-land``...), and,
    under ``-`` + head, how many different names or acronyms a lower-case head takes after a
    hyphen (``VVD-fractie``, ``CDA-fractie``, ``GroenLinks-PvdA-fractie`` → ``-fractie``)."""
    out: dict[str, int] = {}
    for key in stats.terms:
        first, _, rest = key.partition("-")
        if not rest or " " in key:
            continue
        if acronym_of(first):
            out[first] = out.get(first, 0) + 1
        head = key.rsplit("-", 1)[1]
        if first[:1].isupper() and head.isalpha() and head.islower():
            out[f"-{head}"] = out.get(f"-{head}", 0) + 1
    return out


def corpus_zipf(freq: int, words: int) -> float:
    """The term's rate in the analysed text, on the Zipf scale (per billion words)."""
    return math.log10(max(freq, 1) / max(words, 1) * 1e9)


def rarity(zipf_general: float, everyday: float = EVERYDAY_ZIPF, rare: float = 0.0) -> float:
    """How far a word is from everyday Dutch: 1 up to ``rare``, falling to the floor at
    ``everyday``."""
    return min(1.0, max(RARITY_FLOOR, (everyday - zipf_general) / (everyday - rare)))


def specificity(
    freq: int, corpus_words: int, zipf_general: float, kind: str, attested: bool = False
) -> float:
    """Over-representation against general Dutch, damped for everyday words unless the term
    base attests a domain sense (``top`` → summit)."""
    ratio = max(0.0, corpus_zipf(freq, corpus_words) - zipf_general)
    if attested:
        damping = 1.0
    elif kind == "word":
        everyday = SINGLE_SIGHTING_ZIPF if freq == 1 else GENERAL_WORD_ZIPF
        damping = rarity(zipf_general, everyday, RARE_WORD_ZIPF)
    else:
        damping = rarity(zipf_general)
    if kind == "acronym":
        damping = max(damping, ACRONYM_RARITY)
    return ratio * damping


def nesting(stats: PartialStats) -> dict[str, list[str]]:
    """The longer candidates each key stands inside (word sequences of their keys)."""
    containers: dict[str, list[str]] = {}
    for key, ts in stats.terms.items():
        parts = key.split(" ")
        if len(parts) < 2 or (ts.repeat_only >= ts.freq and ts.freq < 2):
            continue
        subs = {
            " ".join(parts[i:j])
            for i in range(len(parts))
            for j in range(i + 1, len(parts) + 1)
            if j - i < len(parts)
        }
        for sub in subs:
            if sub in stats.terms:
                containers.setdefault(sub, []).append(key)
    return containers


def inside_fixed_terms(
    key: str, ts: TermStats, containers: dict[str, list[str]], fixed: Callable[[str], bool]
) -> bool:
    """A term seen only inside longer terms that the term base lists as units
    (``binnenlands product`` only in ``bruto binnenlands product``): a part of them, no term
    of its own; inside free combinations it may still be one (``strategische communicatie``
    in ``afgewogen strategische communicatie``)."""
    outer = containers.get(key, [])
    return bool(outer) and ts.nested >= ts.freq and all(fixed(b) for b in outer)


def c_values(stats: PartialStats, containers: dict[str, list[str]]) -> dict[str, float]:
    """C-value of every key, with nested candidates discounted by their containers.

    For terms and acronyms the discount is halved (``NESTED_DISCOUNT``): in a few letters most
    terms occur once, and the classic C-value would give ``strategische communicatie`` nothing
    for standing once inside ``afgewogen strategische communicatie``. Parts of names keep the
    full discount (``Assistance and Training`` is no name of its own), except a name that ends
    its container after a connector, a name in its own right (``Washington`` in ``Verdrag van
    Washington``, ``Kehl`` in ``NAVO-top in Straatsburg en Kehl``). Containers that are no
    candidates themselves (a pair seen once) discount nothing. ``containers`` is
    :func:`nesting` of ``stats``.
    """
    out = {}
    for key, ts in stats.terms.items():
        n = len(key.split(" "))
        outer = containers.get(key, [])
        freq = float(ts.freq)
        if outer:
            whole = _kind(ts) != "entity" or all(_named_in(key, b) for b in outer)
            share = NESTED_DISCOUNT if whole else 1.0
            freq -= share * sum(stats.terms[b].freq for b in outer) / len(outer)
        out[key] = math.log2(n + 1) * freq
    return out


#: Words after which the end of a name is a name of its own (``Verdrag van Washington``,
#: ``NAVO-top in Straatsburg en Kehl``, ``voorzitter van de Europese Commissie``).
NAME_PLACE_WORDS = frozenset({"van", "in", "te", "en", "de", "het"})


def _named_in(sub: str, container: str) -> bool:
    """``sub`` ends ``container`` after a connector: a name inside a name (a place)."""
    head, _, _ = container.rpartition(" " + sub)
    return container.endswith(" " + sub) and head.rsplit(" ", 1)[-1].lower() in NAME_PLACE_WORDS


def _kind(ts: TermStats) -> str:
    best = max(ts.kinds.values())
    return next(k for k in KIND_ORDER if ts.kinds.get(k) == best)


def _display(ts: TermStats) -> str:
    best = max(ts.display.values())
    return min(d for d, w in ts.display.items() if w == best)


def _english(ts: TermStats) -> list[str]:
    return [e for e, _ in sorted(ts.english.items(), key=lambda kv: (-kv[1], kv[0]))]


def _expansion(ts: TermStats, english: list[str]) -> str | None:
    if not ts.expansions:
        return None
    return min(ts.expansions, key=lambda e: (-ts.expansions[e], e not in english, e))


def _pos(ts: TermStats) -> str:
    best = max(ts.pos.values()) if ts.pos else 0
    return min((p for p, c in ts.pos.items() if c == best), default="noun")


def score_parts(
    ts: TermStats,
    cvalue: float,
    corpus_words: int,
    res: Resources,
    attested: bool = False,
    compounds: dict[str, int] | None = None,
    cut: float | None = None,
) -> tuple[str, str, float]:
    """(kind, canonical term, score) of one key: termhood × specificity. With ``cut``, a term
    scoring below it is returned as scored, without asking whether its shape (a free
    combination, nouns side by side, a shell noun's head) zeroes it: it is cut either way,
    and those questions are the ranking's costliest."""
    kind = _kind(ts)
    display = _display(ts)
    if ts.repeat_only >= ts.freq and ts.freq < 2 and not attested:
        return kind, display, 0.0
    if kind == "entity" and ts.nested >= ts.freq and not attested:
        return kind, display, 0.0  # only ever a part of longer names: no name of its own
    knowledge = Words(res)
    score = _score(ts, kind, display, cvalue, corpus_words, knowledge, attested, compounds)
    if (
        kind == "term"
        and not attested
        and (cut is None or round(score, 4) >= cut)
        and (
            free_combination(display, knowledge)
            or split_nouns(display, knowledge)
            or shell_head(display, knowledge)
        )
    ):
        return kind, display, 0.0
    return kind, display, score


def _score(
    ts: TermStats,
    kind: str,
    display: str,
    cvalue: float,
    corpus_words: int,
    knowledge: Words,
    attested: bool,
    compounds: dict[str, int] | None,
) -> float:
    """C-value × specificity of a key that no rule zeroes."""
    res = knowledge.res
    words = display.split(" ")
    word = kind == "term" and len(words) == 1
    one_letter = len(ts.letters) == 1
    if word:
        head = acronym_head(display, ts.freq, compounds, None if attested else res, one_letter)
    elif kind == "entity" and len(words) == 1 and not attested:
        # a common noun compound tagged as a name (``Navo-beleid``): the everyday-head rule
        head = acronym_head(display, ts.freq, compounds, res, one_letter, productive=False)
    else:
        head = words
    zipf = general_zipf(head, res)
    base = quality_base(display, knowledge) if word and not attested else None
    if base:
        zipf = max(zipf, res.general_zipf(base))
    spec = specificity(ts.freq, corpus_words, zipf, "word" if word else kind, attested)
    return math.log2(1 + max(cvalue, 0.0)) * spec


def build_candidate(
    ts: TermStats, kind: str, display: str, score: float, res: Resources
) -> Candidate:
    """The :class:`Candidate` of one key, with its forms, examples and evidence."""
    english = _english(ts) if ts.english else []
    forms = set(ts.forms) | expand_forms(ts.generated, Words(res)) | {display}
    forms.discard("")
    return Candidate(
        term=display,
        kind=kind,
        score=round(score, 4),
        freq=ts.freq,
        forms=sorted(forms),
        occurrences=_examples(ts.occurrences),
        expansion=_expansion(ts, english) if ts.expansions else None,
        letters=list(ts.letters),
        english_evidence=english,
        pos=_pos(ts),
    )


def _examples(rows: list[tuple[str, int, int, str]]) -> list[Occurrence]:
    """The first ``MAX_EXAMPLES`` sorted occurrences, one per sentence (as
    :func:`glossary.model.sample_examples`, on rows that are already sorted)."""
    seen: set[tuple[str, str]] = set()
    out: list[Occurrence] = []
    for row in rows:
        key = (row[0], row[3])
        if key in seen:
            continue
        seen.add(key)
        out.append(Occurrence(*row))
        if len(out) >= MAX_EXAMPLES:
            break
    return out


def _merge_same(cands: Iterable[Candidate]) -> list[Candidate]:
    """One candidate per (term, kind): seed phrases join the candidate found by the patterns."""
    best: dict[tuple[str, str], Candidate] = {}
    for c in cands:
        ident = (c.term, c.kind)
        old = best.get(ident)
        if old is None:
            best[ident] = c
            continue
        keep, other = (old, c) if (old.freq, old.score) >= (c.freq, c.score) else (c, old)
        keep.forms = sorted(set(keep.forms) | set(other.forms))
        keep.english_evidence = list(dict.fromkeys(keep.english_evidence + other.english_evidence))
        keep.seeded_by = keep.seeded_by or other.seeded_by
        keep.score = max(keep.score, other.score)
        best[ident] = keep
    return list(best.values())


def _glossed(cand: Candidate) -> bool:
    """The letter itself gives English for it (``ondersteuning («enablement»)``), so a
    glossary wants it whatever its frequency."""
    return any(fold(e) != fold(cand.term) for e in cand.english_evidence) and not any(
        fold(e) == fold(f) for e in cand.english_evidence for f in cand.forms
    )


def _covered(cands: list[Candidate], cover: Callable[[str], str | None]) -> list[Candidate]:
    """A term seen once that a term of the default output covers (``cover`` names it) is
    below the cut unless the term base vouches for it or the letter glosses it: a one-word
    compound by its head (``stafcapaciteit`` beside ``capaciteit``), a modifier before a
    multi-word term by that term (``parlementair democratisch toezicht`` beside ``democratisch
    toezicht``)."""
    kept = {c.term for c in cands if c.kind == "term" and c.score >= DEFAULT_MIN_SCORE}
    for c in cands:
        if c.kind != "term" or c.freq > 1 or c.seeded_by or c.score < DEFAULT_MIN_SCORE:
            continue
        outer = cover(c.term)
        if outer and outer != c.term and outer in kept and not _glossed(c):
            c.score = 0.0
    return cands


def _free_heads(cands: list[Candidate], stats: PartialStats) -> list[Candidate]:
    """Mark a modifier + noun whose head the letters mostly use without it, in more than one
    letter (``militaire operatie`` once beside ``operatie`` eight times), as loosely bound
    (:func:`glossary.extract.termhood.loose_head`); admission decides what that costs, and
    seen once it counts :data:`LOOSE_ONCE_WEIGHT`. A term-base row, English in the letter or
    a head that is itself a term of the default output (``nucleaire capaciteit`` is a kind of
    capability) leave it unmarked."""
    kept = {c.term for c in cands if c.score >= DEFAULT_MIN_SCORE}
    for c in cands:
        if c.kind != "term" or c.seeded_by or c.score < DEFAULT_MIN_SCORE:
            continue
        head = modified_head(c.term)
        if head is None or head in kept or _glossed(c):
            continue
        hs = stats.terms.get(fold(head))
        c.free_head = hs is not None and loose_head(c.freq, hs.freq, hs.df)
        if c.free_head and c.freq == 1:
            c.score = round(c.score * LOOSE_ONCE_WEIGHT, 4)
    return cands


def _words_of_letters(stats: PartialStats, ts: TermStats) -> int:
    """The running words of the letters that use a term (estimated at the mean letter
    length): the rate a term-base term is measured by, since the term base vouches for its
    domain sense and a sighting should count the same however many other letters are read."""
    if not stats.documents:
        return stats.words
    return min(stats.words, round(stats.words / stats.documents * max(1, len(ts.letters))))


def _placed(display: str, ts: TermStats) -> bool:
    """A one-word name a letter puts right after a preposition of place (``in Atjeh``): a
    place's name, worth a glossary line however often general Dutch writes it."""
    return any(placed_name(display, row[3]) for row in ts.occurrences)


def _lifted_place(folded: str, lift: frozenset[str]) -> bool:
    """A part of a lifted place named by a compass point (``Oost-Oekraïne``: eastern
    Ukraine) or a lifted country named by its form of state (``Republiek Kroatië``: the
    Republic of Croatia): a place name whose English differs, as the place's own name is."""
    split = compass_split(folded)
    return (split is not None and split[1] in lift) or state_split(folded) in lift


def name_compounds(seeds: Iterable[str]) -> frozenset[str]:
    """The term base's compounds of an acronym and a capitalised noun (``VN-Handvest``),
    folded: a letter may write them apart (``VN handvest``), and the analysis matches only
    the lower-case ones so (``NAVO bondgenoten``: :func:`glossary.extract.analyze._spaced`)."""
    out = set()
    for seed in seeds:
        first, sep, rest = seed.partition("-")
        if sep and acronym_of(first) == first and rest[:1].isupper() and rest.isalpha():
            out.add(fold(seed))
    return frozenset(out)


def _spaced_compound(display: str, compounds: Collection[str]) -> bool:
    """An acronym and a noun written apart (``VN handvest``) that the term base writes as the
    compound Dutch spelling requires (``VN-Handvest``, one of :func:`name_compounds`)."""
    first, sep, rest = display.partition(" ")
    return (
        bool(sep)
        and " " not in rest
        and acronym_of(first) == first
        and fold(f"{first}-{rest}") in compounds
    )


def rank(
    stats: PartialStats, res: Resources, min_score: float | None = DEFAULT_MIN_SCORE
) -> list[Candidate]:
    """Score every key, apply seeds, sort by score (then term) and cut at ``min_score``."""
    with settled_heap():
        return _rank(stats, res, min_score)


def _rank(stats: PartialStats, res: Resources, min_score: float | None) -> list[Candidate]:
    containers = nesting(stats)
    cvals = c_values(stats, containers)
    compounds = acronym_compounds(stats)
    seeds = {fold(s) for s in res.seeds}
    named = name_compounds(res.seeds)
    #: Regions named by a compass noun, which only their capital writes (``Westen``).
    capitalised = {fold(s) for s in res.seeds if compass_region_name(s)}
    #: Term-base words written whole, which a letter may hyphenate (``vice-admiraal``).
    joined = {s for s in seeds if "-" not in s and " " not in s}
    lift = res.lift

    def fixed(key: str) -> bool:
        display = _display(stats.terms[key])
        return fold(display) in seeds or _spaced_compound(display, named)

    cands = []
    for key, ts in stats.terms.items():
        shown = _display(ts)
        folded = fold(shown)
        seeded = bool(seeds) and (
            key.startswith("seed:")
            or (folded in seeds and not (folded in capitalised and shown[:1].islower()))
            or ("-" in folded and folded.replace("-", "") in joined)
            or _spaced_compound(shown, named)
        )
        running = _words_of_letters(stats, ts) if seeded else stats.words
        # a term neither the term base attests nor the letter glosses is cut below
        # min_score whatever its shape: the shape rules need not ask (see score_parts)
        cut = None if seeded or ts.english else min_score
        kind, display, score = score_parts(ts, cvals[key], running, res, seeded, compounds, cut)
        if kind == "term" and not seeded and inside_fixed_terms(key, ts, containers, fixed):
            score = 0.0
        own = ts.nested < ts.freq  # not only ever a part of longer names
        lifted = (seeded or kind == "entity") and (
            folded in lift or (own and _lifted_place(folded, lift))
        )
        spelt = kind == "acronym" and bool(ts.expansions)
        placed = (
            kind == "entity"
            and own
            and round(score, 4) < DEFAULT_MIN_SCORE
            and _placed(display, ts)
        )
        if (
            min_score is not None
            and round(score, 4) < min_score
            and not (lifted or ts.english or spelt or placed)
        ):
            continue  # below the cut and nothing can lift it: no need to build it
        cand = build_candidate(ts, kind, display, score, res)
        if cand.score < DEFAULT_MIN_SCORE and (_glossed(cand) or spelt or placed):
            # the letter gives its English, spells it out or names a place by it
            cand.score = DEFAULT_MIN_SCORE
        if seeded:
            cand.seeded_by = res.seed_source
        if lifted:
            cand.score = round(max(cand.score * SEED_BOOST, DEFAULT_MIN_SCORE * SEED_BOOST), 4)
        cands.append(cand)
    words = Words(res)
    cands = merge_variants(_merge_same(cands), words, res.seeds)
    cands = _covered(cands, lambda term: covering_head(term, words))
    cands = _covered(cands, modified_term)
    cands = _free_heads(cands, stats)
    cands.sort(key=lambda c: (-c.score, fold(c.term), c.term, c.kind))
    if min_score is not None:
        cands = [c for c in cands if c.score >= min_score]
    return cands
