"""The map step: one letter's analysed chunks → its :class:`PartialStats`.

Per sentence the scanner proposes mentions (groups, names, acronyms, pairs, ellipsis, English
runs, seed phrases); document-level evidence is attached here: acronym expansions, English in
brackets and English set in italics. Every mention is counted with its span mapped back to
the letter's original text. Nothing here does I/O or touches global state.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from glossary.extract.acronyms import find_pairs, listed_pairs, with_number
from glossary.extract.candidates import (
    NOUN,
    PROPER,
    Mention,
    SentenceScanner,
    designated_acronym,
    is_shouting,
    unit_starts,
    unshouted,
)
from glossary.extract.ellipsis import ellipsis_mentions
from glossary.extract.english import bracketed_evidence, english_before_dutch, is_english
from glossary.extract.fragments import (
    cited_english,
    cut_word_end,
    english_citations,
    paper_reference,
)
from glossary.extract.heap import settle
from glossary.extract.stats import PartialStats, TermStats
from glossary.extract.termhood import proper_adjective
from glossary.extract.tokens import Tok, doc_tokens, sentences
from glossary.extract.variants import case_senses, spelling_key
from glossary.extract.words import Words, acronym_of
from glossary.model import Letter
from glossary.nlp.dutch.function_words import FUNCTION_WORDS
from glossary.nlp.dutch.loanwords import (
    NAME_FUNCTION_WORDS,
    PLURAL_ONLY,
    english_clause,
    english_name,
    english_singular,
)
from glossary.nlp.dutch.names import PORTFOLIO_PREPOSITIONS, numbered_unit
from glossary.nlp.resources import Resources
from glossary.text import fold

#: A one-word Dutch term this common (Zipf) is no term an English name in brackets glosses.
EVERYDAY_GLOSS_ZIPF = 5.0
#: Sentences longer than this are cut in occurrence samples (characters).
MAX_SENTENCE = 600
#: Punctuation inside English set apart that makes it a title or a sentence, not one term.
CLAUSE_MARKS = (",", ":", ";", "?", "!")


#: Punctuation the tokenizer writes as a token of its own (``Volksgezondheid, Welzijn``).
_PUNCT = re.compile(r"([,;:()])")


def _inside(m: Mention, outer: Sequence[Mention]) -> bool:
    """Whether ``m`` lies strictly inside one of the mentions ``outer``."""
    return any(
        o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end)
        for o in outer
    )


def _ends_name(m: Mention, names: Sequence[Mention]) -> bool:
    """A capitalised hyphenated term that ends a longer name is the name's compound head
    (``Forces-verdrag`` in ``Intermediate-Range Nuclear Forces-verdrag``), no term of its
    own."""
    return (
        m.kind == "term"
        and "-" in m.display
        and m.display[:1].isupper()
        and any(n.start < m.start and n.end == m.end for n in names)
    )


def _titled_in(m: Mention, names: Sequence[Mention], phrases: frozenset[str]) -> bool:
    """A lower-case multi-word term-base term (``phrases``, folded) written in title case
    inside a longer name is the name's words (``Conventionele Strijdkrachten`` in ``Verdrag
    inzake Conventionele Strijdkrachten in Europa``), not a sighting of the term; a single
    word there may still be the term named (``Verdrag``)."""
    return (
        fold(m.display) in phrases
        and all(w[:1].isupper() for w in m.surface.split() if w.isalpha() and len(w) > 3)
        and _inside(m, names)
    )


def _opens_name(m: Mention, names: Sequence[Mention]) -> bool:
    """An acronym seed matched by a word not in capitals that opens a longer name (``Deep``
    in ``Deep Precision Strike``; term base: ``DEEP``) is that name's word."""
    return (
        m.kind == "acronym"
        and not m.surface.isupper()
        and any(n.start == m.start and n.end > m.end for n in names)
    )


def _named_in(m: Mention, names: Sequence[Mention], text: str) -> bool:
    """A term-base name right after a capitalised word of a longer name is that name's words
    (``Nationale Politie`` in ``Afghaanse Nationale Politie``, ``Balkan`` in ``Westelijke
    Balkan``), not a sighting of the name; after a connector it is a name of its own
    (``Buitenlandse Zaken`` in ``Minister van Buitenlandse Zaken``)."""
    if m.kind != "entity":
        return False
    for n in names:
        if not (n.start < m.start and m.end <= n.end):
            continue
        before = text[n.start : m.start].split()
        if before and before[-1][:1].isupper() and before[-1].isalpha():
            return True
    return False


#: Tags of a word that writes no acronym: a verb (the tagger reads a lower-case acronym as
#: almost anything else, ``het bbp`` as a pronoun).
VERBAL_TAGS = frozenset({"VERB", "AUX"})
#: A lower-case word this common in English (Zipf), and more English than Dutch, is English
#: in the text (``act``, ``aid``, ``map``), no term-base acronym written small (``bbp``).
ENGLISH_WORD_ZIPF = 4.5

#: ``van`` right before a mention: the mention is the complement of a noun before it.
_AFTER_VAN = re.compile(r"\bvan\s+$", re.IGNORECASE)


def _described(sent: Sequence[Tok], start: int) -> bool:
    """An adjective or participle stands right before ``start`` (``de geïntegreerde
    aanpak``): a gloss after the noun may cover it too."""
    before = next((t for t in reversed(sent) if t.end <= start), None)
    return before is not None and (before.pos == "ADJ" or before.verbform == "Part")


#: What continues a coordination inside a longer name: ``en`` or a comma, then a capital.
_COORDINATED = re.compile(r"\s*(?:,|en\b)\s*[^\W\d_a-z]")


def _cuts_coordination(m: Mention, longer: Sequence[Mention], text: str) -> bool:
    """A post with its portfolio that ends inside a coordination of a longer name or phrase
    is no sighting: ``Minister van Justitie`` in ``Minister van Justitie en Veiligheid``,
    whose portfolio is the coordination. A conjunct alone still is one (``Midden-Oosten`` in
    ``Midden-Oosten en Noord-Afrika``)."""
    return any(
        n.start <= m.start and m.end < n.end and _COORDINATED.match(text, m.end, n.end) is not None
        for n in longer
    ) and bool(PORTFOLIO_PREPOSITIONS & set(text[m.start : m.end].lower().split()))


def _conjunct_of(m: Mention, names: Sequence[Mention], text: str, known: Collection[str]) -> bool:
    """A capitalised conjunct inside a term-base name that is no name anyone knows is the
    name's words: ``Internationaal Onderzoek`` and ``Beleidsevaluatie`` in ``Internationaal
    Onderzoek en Beleidsevaluatie``, an official name in title case. A conjunct the term base
    or CLDR knows is a name of its own (``Noord-Afrika`` in ``Midden-Oosten en
    Noord-Afrika``)."""
    if m.kind != "entity" or m.sub or fold(m.display) in known:
        return False
    return any(
        _inside(m, (n,))
        and (
            _COORDINATED.match(text, m.end, n.end) is not None
            or _CONJUNCT_BEFORE.search(text, n.start, m.start) is not None
        )
        for n in names
    )


#: What opens the last conjunct of a coordination, right before it: ``en`` or a comma.
_CONJUNCT_BEFORE = re.compile(r"(?:,|\ben)\s*$")


def _heads_post(m: Mention, posts: Sequence[Mention], text: str) -> bool:
    """A noun that opens a term-base post or name with its complement (``NAVO-ministers`` in
    ``NAVO-ministers van Defensie``) is the post's head, no sighting of a term of its own."""
    if m.kind != "term" or m.english:
        return False
    for p in posts:
        if p.start == m.start and m.end < p.end:
            after = text[m.end : p.end].split(maxsplit=1)
            if after and after[0] in PORTFOLIO_PREPOSITIONS:
                return True
    return False


def _spaced(words: list[str]) -> tuple[str, ...]:
    """A term-base phrase that starts with an acronym compound as a letter may write it
    apart (``NAVO-bondgenoot`` as ``NAVO bondgenoten``, ``NAVO-top`` as ``Navo top``), folded;
    empty for any other phrase."""
    first, _, rest = words[0].partition("-") if words else ("", "", "")
    if not rest or not acronym_of(first) or not rest.isalpha() or not rest.islower():
        return ()
    return (fold(first), fold(rest), *(fold(w) for w in words[1:]))


def _counted_by_seed(mention: Mention, seed: Mention | None) -> bool:
    """A term-base phrase found on the same words counts this sighting already, and the
    mention writes it with other spaces, hyphens or capitals (``NAVO bondgenoot`` for
    ``NAVO-bondgenoot``, ``Navo-top``): the glossary merges the two spellings into one entry
    and would count the sighting twice. The same spelling stays: the ranking keeps the
    better of two counts of one term, and the mention's kind (a name where the term base
    writes the phrase in lower case) is evidence of its own."""
    if seed is None or mention.display == seed.display:
        return False
    return spelling_key(mention.display) == spelling_key(seed.display)


def seed_words(seed: str) -> list[str]:
    """A term-base phrase as the tokens a sentence has for it: commas, semicolons, colons and
    brackets apart (``Minister van Volksgezondheid, Welzijn en Sport``)."""
    return _PUNCT.sub(r" \1 ", seed).split()


class Analyzer:
    """Turns analysed chunks of letters into partial statistics (one per letter)."""

    def __init__(self, resources: Resources) -> None:
        self.resources = resources
        self.words = Words(resources)
        self.scanner = SentenceScanner(self.words)
        self.seeds: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for seed in resources.seeds:
            words = seed_words(seed)
            for parts in {tuple(fold(w) for w in words), _spaced(words)}:
                if parts:
                    self.seeds.setdefault(parts[0], []).append((seed, parts))
        #: Seed phrases (as folded parts) the term base writes in two cases, two senses.
        cased = case_senses(resources.seeds)
        self.case_pairs = frozenset(
            parts
            for entries in self.seeds.values()
            for seed, parts in entries
            if fold(seed) in cased
        )
        #: The term base's lower-case multi-word terms, folded (see :func:`_titled_in`).
        self.common_phrases = frozenset(
            fold(s) for s in resources.seeds if s[:1].islower() and " " in s
        )
        #: Every name the term base or CLDR knows, folded (see :func:`_conjunct_of`).
        self.known_names = frozenset(fold(s) for s in resources.seeds) | resources.lift

    # -- public API --------------------------------------------------------------------------

    def analyze_letter(self, letter: Letter, chunks: Iterable[tuple[int, Any]]) -> PartialStats:
        """All chunks of one letter (``(offset in letter.clean, Doc)``) → its partial."""
        stats = PartialStats()
        for offset, doc in chunks:
            self.add_chunk(stats, letter, offset, doc_tokens(doc, letter.clean, offset))
        return self.finish(stats, letter)

    def add_chunk(
        self, stats: PartialStats, letter: Letter, offset: int, tokens: Sequence[Tok]
    ) -> None:
        """Count one chunk (its tokens' offsets are relative to ``offset`` in ``letter.clean``)."""
        if not tokens:
            return
        end = tokens[-1].end
        text = letter.clean[offset : offset + end]
        profile = self.scanner.profile
        stats.words += sum(1 for t in tokens if profile(t).word)
        emphasis = [
            (s - offset, e - offset)
            for s, e in letter.emphasis
            if s >= offset and e <= offset + end
        ]
        sents = [s for s in (unshouted(s, self.words) for s in sentences(list(tokens))) if s]
        starts = [unit_starts(sent, text, self.words.dutch) for sent in sents]
        self.scanner.set_text(tokens, sents, starts)
        at_end = offset + end >= len(letter.clean.rstrip())
        cut = cut_word_end(tokens, at_end, self.words)
        for sent, begins in zip(sents, starts, strict=True):
            self._sentence(stats, letter, offset, text, sent, begins, emphasis, cut)
        settle()  # what the chunk leaves (memo tables, counts) lives until the ranking

    def finish(self, stats: PartialStats, letter: Letter) -> PartialStats:
        """Close a letter's partial: it counts as one document for every key it touched."""
        for term in stats.terms.values():
            term.df = 1
            term.letters = [letter.id]
        stats.documents = 1
        return stats

    # -- one sentence ------------------------------------------------------------------------

    def _sentence(
        self,
        stats: PartialStats,
        letter: Letter,
        offset: int,
        text: str,
        sent: list[Tok],
        starts: list[bool],
        emphasis: list[tuple[int, int]],
        cut: int | None = None,
    ) -> None:
        if is_shouting(sent):
            return
        sc = self.scanner
        profs = sc.profiles(sent)
        roles = sc.roles(sent, profs, starts)
        quotes = sc.english_quotations(sent)
        english_runs, clauses = sc.english_mentions(sent, profs, text, quotes)
        mentions = [
            *sc.group_mentions(sent, roles, text, starts),
            *sc.pair_mentions(sent, roles, text, starts),
            *sc.name_mentions(sent, profs, text, starts),
            *sc.title_mentions(sent, profs, text),
            *sc.designation_mentions(sent, text),
            *sc.mission_mentions(sent, text),
            *sc.acronym_mentions(sent, profs, text),
            *english_runs,
        ]
        pieces = sc.title_pieces(sent, mentions, quotes)
        if pieces:  # ``Our Values`` of ``‘Standing Up For Our Values: …’``
            mentions = [m for m in mentions if id(m) not in pieces]
        if any(p.truncated for p in profs):
            mentions += ellipsis_mentions(sent, roles, text, self.words, sc)
        if self.seeds:
            mentions, english_runs = self._with_seeds(sent, text, mentions, english_runs)
        ships = sc.ship_mentions(sent, text)
        if ships:  # ``Zr.Ms. Karel Doorman``: the words after the prefix name the ship
            mentions = [m for m in mentions if not _inside(m, ships)] + ships
            english_runs = [m for m in english_runs if not _inside(m, ships)]
        names = [m for m in mentions if m.kind == "entity" and not m.sub]
        inner = {id(m) for m in english_runs if m.kind == "entity" and _inside(m, names)}
        inner |= {id(m) for m in mentions if _ends_name(m, names) or self._opens(m, names)}
        if inner:  # ``the Military Domain`` in ``Summit on … in the Military Domain``
            mentions = [m for m in mentions if id(m) not in inner]
        mentions += sc.document_mentions(sent, text)  # a title quotes words, ends no term
        titles = sc.list_title_mentions(sent, text)
        if titles:  # ``Chairman’s Statement on …``: its English words are the title's
            mentions = [m for m in mentions if not self._title_word(m, titles)] + titles
        if len(sent) > 3:
            mentions += sc.body_mentions(sent, mentions, text)
        runs = [(m.start, m.end) for m in english_runs] + clauses
        term_runs = [(m.start, m.end) for m in english_runs if m.kind == "term"]
        cited = english_citations(text, sent[0].start, sent[-1].end, self.words)
        mentions = [
            m
            for m in mentions
            if not (
                m.kind == "term"
                and (m.english and m.display.islower())  # ``in all domains``: the clause's
                and any(s <= m.start and m.end <= e for s, e in clauses)  # words, no term
            )
            and not (
                m.kind == "term"
                and not m.english
                and any((s <= m.start and m.end <= e) or m.start < s < m.end < e for s, e in runs)
            )  # inside an English run, or cut inside one (``multinationale battle`` group)
            and not (
                m.kind == "entity"
                and m.start == sent[0].start
                and " " not in m.display
                and any(s <= m.start and m.end < e for s, e in term_runs)
            )  # a heading's capital (``Capability review``): the term's word, no name
            and m.end != cut
            and not (cited and cited_english(m, cited, self.words))
            and not paper_reference(m, text)
        ]
        evidence: dict[str, list[str]] = {}
        expansions: dict[str, list[str]] = {}
        spelt: dict[str, str] = {}
        for pair in [*find_pairs(sent, text), *listed_pairs(sent, text)]:
            pair = with_number(pair, text)
            expansions.setdefault(pair.acronym, []).append(pair.expansion)
            spelt[pair.expansion] = pair.acronym
            if is_english(pair.expansion, self.words):
                evidence.setdefault(pair.acronym, []).append(pair.expansion)
        s0, s1 = sent[0].start, sent[-1].end
        for found in bracketed_evidence(sent, text, self.words):
            target = self._longest_ending_at(mentions, found.before)
            if target and spelt.get(found.english, target.display) != target.display:
                continue  # ``AWACS-vliegtuigen (Airborne Warning …)``: the acronym's full form
            if target and " " in target.display and found.english.isalpha():
                target = self._head_mention(mentions, target) or target
            if (
                target
                and self._glosses(target, found.english, found.quoted)
                and not self._glosses_more(target, found.english, text, sent)
            ):
                evidence.setdefault(target.key, []).append(self._singular(target, found.english))
            elif found.quoted:
                self._english_span(mentions, evidence, text, found.start, found.end)
        for reverse in english_before_dutch(sent, text, self.words):
            english = [m for m in english_runs if m.end == reverse.english_end]
            inside = [
                m
                for m in mentions
                if m.start == reverse.start and m.end == reverse.end and not m.sub and not m.english
            ]
            for m in inside[:1]:
                evidence.setdefault(m.key, []).extend(e.display for e in english[:1])
        for s, e in emphasis:
            if s < s0 or e > s1:
                continue
            span_text = " ".join(text[s:e].split())
            if is_english(span_text, self.words):
                self._english_span(mentions, evidence, text, s, e)
        sentence = " ".join(text[s0:s1].split())
        if len(sentence) > MAX_SENTENCE:
            sentence = sentence[: MAX_SENTENCE - 1] + "…"
        seen: set[tuple[str, int, int]] = set()
        for m in mentions:
            ident = (m.key, m.start, m.end)
            if ident in seen:
                continue
            seen.add(ident)
            self._count(stats, letter, offset, m, sentence)
        for key, written in expansions.items():
            if key not in stats.terms:
                continue  # no sighting of the acronym itself was counted
            counts = stats.terms[key].expansions
            for expansion in written:
                counts[expansion] = counts.get(expansion, 0) + 1
        for key, given in evidence.items():
            if key in stats.terms:
                counts = stats.terms[key].english
                for english_text in given:
                    counts[english_text] = counts.get(english_text, 0) + 1

    @staticmethod
    def _english_span(
        mentions: list[Mention], evidence: dict[str, list[str]], text: str, s: int, e: int
    ) -> None:
        """English set apart (italics, quotation marks) is its own English: the longest
        mentions inside it, or a new English mention of the whole span; a quoted clause or
        headline that is no name (``the winner takes it all``) is neither."""
        span_text = " ".join(text[s:e].split())
        words = span_text.split()
        if not english_name(words) and english_clause(words):
            return
        inside = [m for m in mentions if s <= m.start and m.end <= e and not m.sub]
        if inside:
            longest = max(m.end - m.start for m in inside)
            inside = [m for m in inside if m.end - m.start == longest]
        elif any(mark in span_text for mark in CLAUSE_MARKS):
            return  # ``‘Towards a Dutch Space Policy, Action Points’``: a title, no term
        else:
            mentions.append(
                Mention(
                    key=span_text.lower(),
                    kind="term",
                    display=span_text,
                    start=s,
                    end=e,
                    surface=text[s:e],
                    english=True,
                    forms=(span_text,),
                )
            )
            inside = mentions[-1:]
        for m in inside:
            evidence.setdefault(m.key, []).append(" ".join(m.surface.split()))

    def _glosses(self, target: Mention, english: str, quoted: bool = False) -> bool:
        """Whether bracketed English can be the English of ``target``: an English name (two
        or more capitalised words) names no everyday Dutch word (``binnen tien jaar (Defence
        Investment Pledge)``: the brackets name what the clause describes), and a quoted one
        right after a common noun names an instance of it (``de operatie «Active
        Endeavor»``, ``de publicatie «Towards a Dutch Space Policy»``)."""
        words = english.split()
        name = len(words) > 1 and english_name(words)
        if not name or " " in target.display or not target.display.islower():
            return True
        return not quoted and self.words.zipf(target.display) < EVERYDAY_GLOSS_ZIPF

    def _glosses_more(self, target: Mention, english: str, text: str, sent: Sequence[Tok]) -> bool:
        """The complement of ``van``, or a noun after a describing adjective that is no part
        of it, glossed with more English content words than it has parts: the brackets
        translate the whole noun phrase (``paraatheid van Europese defensie («European
        defence readiness»)``, ``bescherming van kritieke infrastructuur (critical
        infrastructure protection)``, ``de geïntegreerde aanpak (comprehensive approach)``),
        not its last words."""
        after_van = _AFTER_VAN.search(text, max(0, target.start - 6), target.start)
        if not after_van and not _described(sent, target.start):
            return False
        parts = sum(self._parts(word) for word in target.display.split())
        content = [w for w in english.split() if w.lower() not in NAME_FUNCTION_WORDS]
        return len(content) > parts

    def _parts(self, word: str) -> int:
        """How many parts a Dutch word is compounded of (``oorlogvoering``: two; ``aanpak``
        one, a particle's verb made a noun)."""
        split = self.words.split_head(word.lower()) if word.isalpha() else None
        if split is None or split[0] in FUNCTION_WORDS:
            return 1
        return self._parts(split[0]) + self._parts(split[1])

    def _singular(self, target: Mention, english: str) -> str:
        """The English of a lemma: a common noun written in the plural (``genodigden
        (invitees)``) is glossed with one plural word, and the glossary's lemma is singular
        (invitee). Names, phrases and plural-only nouns (``headquarters``) stay as given."""
        if target.kind != "term" or " " in english or not english.isalpha():
            return english  # a phrase may be fixed in the plural (``armed forces``)
        if not english.islower() or english in PLURAL_ONLY:
            return english
        if target.surface.rsplit(" ", 1)[-1].lower() == target.display.rsplit(" ", 1)[-1]:
            return english  # the Dutch stands in the singular: its English as given
        singular = english_singular(english)
        return singular if self.words.english(singular) else english

    @staticmethod
    def _head_mention(mentions: Sequence[Mention], phrase: Mention) -> Mention | None:
        """The one-word mention of a phrase's head: one English word in brackets glosses the
        head (``de maritieme militaire vermogens (capabilities)``), not the whole phrase."""
        ending = [
            m
            for m in mentions
            if m.end == phrase.end and " " not in m.display and m.kind == phrase.kind
        ]
        return ending[0] if ending else None

    @staticmethod
    def _longest_ending_at(mentions: Sequence[Mention], end: int) -> Mention | None:
        ending = [m for m in mentions if m.end == end and not m.sub and not m.repeat]
        return (
            max(ending, key=lambda m: (m.kind != "acronym", m.end - m.start, m.key))
            if ending
            else None
        )

    def _title_word(self, m: Mention, titles: Sequence[Mention]) -> bool:
        """An English term inside an English title on a line of its own: a word of the title."""
        return (
            m.kind == "term"
            and _inside(m, titles)
            and all(self.words.english_only(w) for w in m.display.split())
        )

    def _opens(self, m: Mention, names: Sequence[Mention]) -> bool:
        """A lower-case English word that opens a longer name (``enhanced`` of ``enhanced
        NATO Response Force``, as NATO names its enhanced initiatives): a word of the name,
        no term of its own."""
        return (
            m.kind == "term"
            and m.display.isalpha()
            and m.display.islower()
            and any(n.start == m.start and n.end > m.end for n in names)
            and self.words.english_only(m.display)
        )

    @staticmethod
    def _count(stats: PartialStats, letter: Letter, offset: int, m: Mention, sentence: str) -> None:
        ts = stats.terms.get(m.key)
        if ts is None:
            ts = stats.terms[m.key] = TermStats()
        ts.freq += 1
        if m.repeat:
            ts.repeat_only += 1
        ts.kinds[m.kind] = ts.kinds.get(m.kind, 0) + 1
        ts.pos[m.pos] = ts.pos.get(m.pos, 0) + 1
        ts.display[m.display] = ts.display.get(m.display, 0) + m.weight
        surface = m.surface
        if "\n" in surface or "  " in surface:
            surface = " ".join(surface.split())
        if not m.derived:
            ts.forms[surface] = ts.forms.get(surface, 0) + 1
        ts.generated.update(m.forms)
        if m.english:
            ts.english_use += 1
            ts.english[surface] = ts.english.get(surface, 0) + 1
        if m.sub:
            ts.nested += 1
        start = letter.offsets[offset + m.start] if letter.offsets else offset + m.start
        if ts.wants(letter.id, start):
            start, end = letter.source_span(offset + m.start, offset + m.end)
            ts.add_occurrence((letter.id, start, end, sentence))

    def _with_seeds(
        self,
        sent: Sequence[Tok],
        text: str,
        mentions: list[Mention],
        english_runs: list[Mention],
    ) -> tuple[list[Mention], list[Mention]]:
        """The sentence's mentions and English runs with its term-base phrases added, where a
        term-base phrase is the unit: a common term in title case inside a longer name is the
        name's words (:func:`_titled_in`), and so is a term-base name right after a
        capitalised word of a longer name (:func:`_named_in`) and a name found right after a
        capitalised word of a term-base name (``Kamer der Staten-Generaal`` when a line
        opens with ``Tweede Kamer der Staten-Generaal``); an English run strictly inside
        any term-base phrase (``national support`` in ``national support element``) and any
        word strictly inside an English one (``responder`` in ``third responder``) are part of
        that phrase; an English run the phrase counts already (``Carrier Strike Group``, term
        base ``carrier strike group``) is no run either, or each would drop the other."""
        seeded = self._seed_mentions(sent, text)
        phrases = self.common_phrases
        whose = {id(m) for m in mentions if self._whose(m, seeded, phrases)}
        if whose:  # ``Nederlandse Permanente Vertegenwoordiging``: whose, then the term
            mentions = [m for m in mentions if id(m) not in whose]
        names = [m for m in (*mentions, *seeded) if m.kind == "entity" and not m.sub]
        inner = {(m.start, m.end) for m in seeded if _named_in(m, names, text)}
        inner |= {(m.start, m.end) for m in seeded if _opens_name(m, names)}
        inner |= {
            (m.start, m.end) for m in seeded if _cuts_coordination(m, [*names, *seeded], text)
        }
        known = [m for m in seeded if m.kind == "entity"]
        mentions = [
            m
            for m in mentions
            if not (
                _titled_in(m, names, phrases)
                or (m.sub and (m.start, m.end) in inner)
                or (not m.sub and _named_in(m, known, text))  # ``Kamer der Staten-Generaal``
                or (not m.sub and _heads_post(m, known, text))
                or _cuts_coordination(m, seeded, text)
                or _conjunct_of(m, known, text, self.known_names)
            )
        ]
        seeded = [
            m for m in seeded if not (_titled_in(m, names, phrases) or (m.start, m.end) in inner)
        ]
        english = [m for m in seeded if is_english(m.display, self.words)]
        spans = {(m.start, m.end): m for m in seeded}
        counted = {id(m) for m in mentions if _counted_by_seed(m, spans.get((m.start, m.end)))}
        kept = [
            m
            for m in mentions
            if not _inside(m, seeded if m.english else english) and id(m) not in counted
        ]
        runs = [m for m in english_runs if not _inside(m, seeded) and id(m) not in counted]
        return kept + seeded, runs

    def _whose(self, m: Mention, seeded: Sequence[Mention], phrases: frozenset[str]) -> bool:
        """A name that is an adjective of place before a lower-case term-base phrase written
        in title case (``Nederlandse Permanente Vertegenwoordiging``; term base: ``permanente
        vertegenwoordiging``): the adjective says whose, the rest is the term, no longer name.
        """
        if m.kind != "entity" or m.sub:
            return False
        first, _, rest = m.display.partition(" ")
        return (
            bool(rest)
            and proper_adjective(first, self.words)
            and any(
                s.end == m.end and fold(s.display) in phrases and fold(rest) == fold(s.display)
                for s in seeded
            )
        )

    def _acronym_written(self, sent: Sequence[Tok], k: int) -> bool:
        """Word ``k`` may write an acronym of the term base: in capitals, as a word with a
        capital inside the sentence (``Navo``, ``Ovse``), or in lower case as Dutch writes
        some (``bbp``, ``ngo``); not a verb form or a word the tagger reads as a verb (``ik
        denk``, ``Denk aan ...``: the party is ``DENK``), nor a common English word (``to act
        in defence``: :data:`ENGLISH_WORD_ZIPF`)."""
        word = sent[k].text
        if word.isupper() or any(ch.isdigit() for ch in word) or (k and word[:1].isupper()):
            return True
        lower = word.lower()
        if self.words.english(lower) and self.words.res.zipf(lower, "en") >= ENGLISH_WORD_ZIPF:
            return False
        return sent[k].pos not in VERBAL_TAGS and not self.words.verb_known(lower)

    def _seed_mentions(self, sent: Sequence[Tok], text: str) -> list[Mention]:
        """Seed phrases (from the term base) written in the sentence, each word folded or as
        its noun lemma (a noun the tagger took for a verb included: ``NAVO bondgenoten``; an
        inflected head before words that stay as written: ``NAVO-ministers van Buitenlandse
        Zaken``); where the term base has a word in two senses told apart by case
        (``Defensie``, the ministry; ``defensie``, defence), or a region named by a compass
        noun (``Westen``: the West; ``westen``, a direction), a capital past the sentence's
        first word picks the sense."""
        if not self.seeds:
            return []
        folded = [fold(t.text) for t in sent]
        lemmas = [
            fold(self.words.lemma_noun(t.text, t.lemma))
            if t.pos in ("NOUN", "PROPN") or self.words.noun_lemma(t.lower)
            else f
            for t, f in zip(sent, folded, strict=True)
        ]
        out = []
        for k in range(len(sent)):
            for first in {folded[k], lemmas[k]}:
                for seed, parts in self.seeds.get(first, ()):
                    n = len(parts)
                    if k + n > len(sent) or not all(
                        part in (folded[k + i], lemmas[k + i]) for i, part in enumerate(parts)
                    ):
                        continue
                    if (
                        k
                        and parts in self.case_pairs
                        and (sent[k].text[:1].isupper() != seed[:1].isupper())
                    ):
                        continue
                    start, end = sent[k].start, sent[k + n - 1].end
                    kind = (
                        "acronym"
                        if acronym_of(seed) or designated_acronym(seed)
                        else ("entity" if seed[:1].isupper() or numbered_unit(seed) else "term")
                    )
                    if kind == "acronym" and n == 1 and not self._acronym_written(sent, k):
                        continue
                    out.append(
                        Mention(
                            key=f"seed:{seed}",
                            kind=kind,
                            display=seed,
                            start=start,
                            end=end,
                            surface=text[start:end],
                            pos=PROPER if kind == "entity" else NOUN,
                            forms=(seed,),
                        )
                    )
        return list({(m.key, m.start): m for m in out}.values())
