"""Resolver 4: translate compounds and multi-word terms part by part (source ``compound``).

``luchtverdedigingsmiddel`` → luchtverdediging (term base: air defence) + middel (lexicon:
asset) → "air defence asset"; ``Oekraïense strijdkrachten`` → "Ukrainian armed forces";
``stationering van kruisvluchtwapens`` → "deployment of cruise missiles"; ``Verdrag van
Washington`` → "Washington Treaty". How:

* Words are looked up as the longest spans the term base knows, then as names (CLDR: a
  country is never split, ``Duitsland`` is Germany), then in the component lexicon with Dutch
  inflection undone (``schepen`` → schip), then as adjectives of nationality (CLDR language
  names, ``Oekraïense`` → Oekraïens → Ukrainian), then split as compounds through the one
  splitter of :mod:`glossary.nlp.dutch.compounds`.
* A part takes the lexicon's English as a head (``jacht`` → hunt) or as a modifier
  (``jachtvliegtuig`` → fighter aircraft); a head with an abstract sense takes it after an abstract
  modifier (``marinebasis`` → naval base, ``rechtsbasis`` → legal basis); a first part must take the
  linking element it is written with (``verdedigings-``, ``landen-``); prepositions, conjunctions
  and other function words are never compound parts (``binnenstad`` is no "within city"), prefixes
  and verb stems never heads; a prefix's English ending in ``-`` attaches (anti-tank,
  counter-terrorism).
* Dutch modifier–head order is English order; a plural head gives an English plural.
  ``N van N`` keeps "N of N" (``protection of infrastructure``: always English, where a noun
  adjunct often is not), except that a place after ``van`` goes before the head, as English
  names events and treaties (``Top van Brussel`` → Brussels Summit).

* Names follow the Government of the Netherlands' English: a state's form takes "of"
  (``Republiek Finland`` → Republic of Finland), a State Secretary's portfolio "for", a
  capitalised ``Zaken`` is Affairs, and an English name with a Dutch head keeps the name as
  written (``Intermediate-Range Nuclear Forces-verdrag`` → Intermediate-Range Nuclear Forces
  Treaty).

Every part must be known, or the resolver gives no answer: a half-Dutch rendering helps
nobody; the one exception is a foreign one-word name nothing knows (``Mosul``), proposed as
written for a reviewer to check. Answers are ``proposed`` with a confidence below the term
base's and the letters'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from glossary.model import Candidate, Translation
from glossary.nlp.dutch.compounds import Part, best_split, zipf
from glossary.nlp.dutch.function_words import FUNCTION_WORDS
from glossary.nlp.dutch.loanwords import NAME_FUNCTION_WORDS
from glossary.nlp.dutch.names import (
    PORTFOLIO_PREPOSITIONS,
    SHIP_PREFIX_ENGLISH,
    STATE_FORMS,
    TITLES,
    compass_split,
    is_official_title,
    ship_name,
    state_split,
    summit_place,
)
from glossary.nlp.dutch.nouns import resolution_citation
from glossary.nlp.dutch.spelling import APOSTROPHES
from glossary.text import fold
from glossary.translate import cldr
from glossary.translate.inflect import pluralise
from glossary.translate.language import is_english, vote
from glossary.translate.lexicon import JOINERS, Lexicon, LexiconEntry, base_forms, is_plural_of
from glossary.translate.termbase import TermBase, TermBaseEntry

SOURCE = "compound"
BASE_CONFIDENCE = 0.65
FACTOR = {"termbase": 1.0, "cldr": 1.0, "lexicon": 0.95, "kept": 0.85}
SPLIT_FACTOR = 0.95
#: A first part written with a linking element its lexicon row does not list: allowed (the
#: rows are not exhaustive) but a split that agrees with the lexicon wins.
LINK_PENALTY = 0.3
#: A split that takes a linker the part before it does not take is wrong where the linker and
#: the next part spell a word this common in general Dutch (``taakstelling`` is ``taak`` +
#: ``stelling``, not a task count).
GLUED_WORD_ZIPF = 2.5
ARTICLES = frozenset({"de", "het", "een", "'t", "der", "des"})
#: Parts of speech that only modify: never the head of a compound or a phrase.
MODIFIERS_ONLY = frozenset({"prefix", "verb"})
OF = "van"
#: Posts whose portfolio the Government of the Netherlands gives with "for", not "of"
#: (``Staatssecretaris van Defensie`` → State Secretary for Defence; but Minister of Defence).
PORTFOLIO_FOR = frozenset({"staatssecretaris"})
#: A committee of parliament takes its portfolio with "on", as the House of Representatives
#: names its committees in English (``vaste commissie voor Defensie`` → standing committee on
#: Defence; the European Parliament's Committee on Foreign Affairs).
COMMITTEE, COMMITTEE_LINK = "commissie", "voor"
#: ``Zaken`` with a capital names a portfolio: Affairs (``Economische Zaken``, ``Sociale
#: Zaken``), not the lexicon's "matters".
PORTFOLIO_ZAKEN = "Zaken"
#: A ministry named after ``van``, ``voor`` or ``en`` is a portfolio: ``commissie voor
#: Defensie`` is the committee on Defence, not on the Ministry of Defence.
PORTFOLIO_LINKS = frozenset({"van", "voor", "en"})
MINISTRY = "Ministry of "
#: The term base names a portfolio in its ministry's row (``Ministerie van …``).
MINISTERIE = "Ministerie van"
#: Letters of the shortest compound part the foreign-name test looks for.
MIN_PART = 4
#: A designator of capitals and digits (``MH17``, ``F-35``, ``A400M``, ``COVID-19``): a code,
#: written the same in every language.
DESIGNATOR = re.compile(r"(?=[^-]*[0-9])(?=[^-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)*|[A-Z]+-[0-9]+")
#: The function words of an official title in the English that treaty titles use (``Protocol
#: to the North Atlantic Treaty on the Accession of …``).
TITLE_ENGLISH = {
    "bij": "to",
    "inzake": "on",
    "betreffende": "on",
    "over": "on",
    "tot": "on",
    "van": "of",
    "der": "of the",
    "voor": "for",
    "in": "in",
    "en": "and",
    "het": "the",
    "de": "the",
}
#: The formulas of an amending or founding instrument's title, as treaty and EU titles give
#: them in English (``Protocol tot wijziging van het Verdrag`` → Protocol amending the Treaty).
TITLE_FORMULAS: dict[tuple[str, ...], str] = {
    ("tot", "wijziging", "van"): "amending",
    ("tot", "oprichting", "van"): "establishing",
    ("tot", "instelling", "van"): "establishing",
    ("tot", "uitvoering", "van"): "implementing",
}


def state_name(term: str) -> bool:
    """The formal name of a state: a form of state before a country CLDR names
    (``Republiek Estland``, ``Koninkrijk Zweden``, ``Federale Republiek Duitsland``), as
    treaties and accession protocols write it; a fixed name whatever its frequency."""
    country = state_split(term)
    if country is None or not term[:1].isupper():
        return False
    place = cldr.place_name(country)
    return place is not None and place[1] == "territory"


#: The English adjective of each compass point (:data:`~glossary.nlp.dutch.names.COMPASS_POINTS`)
#: that names a part of a country (eastern Ukraine, as British usage writes a region that is no
#: state of its own; ``Noord-Korea`` is a country CLDR names itself).
COMPASS_ENGLISH = {
    "noord": "northern",
    "zuid": "southern",
    "oost": "eastern",
    "west": "western",
    "noordoost": "north-eastern",
    "zuidoost": "south-eastern",
    "noordwest": "north-western",
    "zuidwest": "south-western",
    "midden": "central",
    "centraal": "central",
}


def compass_region(term: str) -> str | None:
    """The English of a part of a country named by a compass point (``Oost-Oekraïne``,
    ``Noordelijk Irak`` → eastern Ukraine, northern Iraq; ``Noordoost-Syrië`` → north-eastern
    Syria), or of a continent's part CLDR names with the point's prefix (``Noordelijk Afrika``
    as ``Noord-Afrika``: Northern Africa), else ``None``; a name CLDR knows whole
    (``Noord-Korea``, ``Zuid-Afrika``, ``Zuidelijk Afrika``) is its own place."""
    split = compass_split(term)
    if split is None or not term[:1].isupper() or cldr.place_name(term) is not None:
        return None
    point, country = split
    english = cldr.countries().get(country)
    if english is None and " " in term:  # ``Noordelijk Afrika``: CLDR's ``Noord-Afrika``
        region = cldr.place_name(f"{point.capitalize()}-{country}")
        return region[0] if region else None
    return f"{COMPASS_ENGLISH[point.lower()]} {english}" if english else None


#: A type code with a hyphen before a hyphenated head (``S-400-luchtverdedigingssysteem``,
#: ``F-35-programma``): code and head.
_TYPE_CODE = r"[A-Z]{1,4}-[0-9]{1,4}[A-Z]?"
_CODE_HEAD = re.compile(rf"^({_TYPE_CODE})-(.+)$")
#: Written the same in English: acronyms, codes and type codes (``KDC-10``, ``CH-47``).
KEEP = re.compile(
    rf"^(?=.*[A-Z0-9])[A-Z0-9&/.{re.escape(APOSTROPHES)}]+$|^[A-Z]+[0-9]+|^[A-Z]-?[0-9]+$"
    rf"|^{_TYPE_CODE}$"
)


@dataclass(frozen=True)
class Piece:
    """The English of one Dutch span, where it came from and how it splits."""

    english: str
    origin: str
    parts: tuple[str, ...]
    #: Confidence factor when the piece combines others (hyphenated words).
    combined: float | None = None
    #: The Dutch is a noun plural (``fregatten``): the English head goes plural too.
    plural: bool = False
    #: A place name (CLDR territory or city): goes before the head after ``van``.
    place: bool = False

    @property
    def factor(self) -> float:
        if self.combined is not None:
            return self.combined
        return FACTOR[self.origin] * SPLIT_FACTOR ** (len(self.parts) - 1)

    @property
    def attaches(self) -> bool:
        """A prefix's English that joins the next word without a space (``anti-``)."""
        return self.english.endswith("-")


def _cap(english: str, dutch: str) -> str:
    """A capitalised Dutch word (a name) gives a capitalised English word."""
    if dutch[:1].isupper() and english[:1].islower():
        return english[:1].upper() + english[1:]
    return english


def _cased_apart(row: TermBaseEntry, text: str) -> bool:
    """A name's row (``Kamer``: the House) and a word written in lower case."""
    return row.nl[:1].isupper() and text[:1].islower()


def _title_word(word: str) -> str:
    """A word of an English title: capitalised, its small function words aside (``Treaty on
    Conventional Armed Forces in Europe``)."""
    return word if word in NAME_FUNCTION_WORDS else word[:1].upper() + word[1:]


def _join(pieces: list[Piece]) -> str:
    """English of consecutive pieces: spaces between, none after an attaching prefix."""
    out = ""
    for i, piece in enumerate(pieces):
        sep = "" if i == 0 or pieces[i - 1].attaches else " "
        out += sep + piece.english
    return out


def _official_style(tokens: list[str], i: int, piece: Piece) -> str:
    """The English of the piece at ``tokens[i]`` as the Government of the Netherlands names
    states and posts: a state's form takes "of" (Republic of Estonia), a State Secretary's
    portfolio "for" (State Secretary for Defence), a committee's "on" (committee on Digital
    Affairs), a capitalised ``Zaken`` is Affairs, and a ministry after ``van``, ``voor`` or
    ``en`` is a portfolio (committee on Defence)."""
    english = piece.english
    before = tokens[i - 1].lower() if i else ""
    if before in STATE_FORMS and piece.place:
        return f"of {english}"
    if tokens[i].lower() == OF and before in PORTFOLIO_FOR:
        return "for"
    if tokens[i] == COMMITTEE_LINK and before.endswith(COMMITTEE) and tokens[i + 1 :][:1] != ["de"]:
        return "on"
    if tokens[i] == PORTFOLIO_ZAKEN:
        return "Affairs"
    if before in PORTFOLIO_LINKS and english.startswith(MINISTRY):
        return english[len(MINISTRY) :]
    return english


def _named_pair(first: str, second: str) -> bool:
    """Two capitalised parts of a place name or its adjective (``West-Afrikaans``): English
    keeps the first as the name's word (West African, not Western African; the lexicon lists
    the exceptions whole, ``West-Europees`` → Western European)."""
    return first[:1].isupper() and first[1:].islower() and second[:1].isupper()


def _is_name(word: str) -> bool:
    """A capitalised word in lower case after its first letter (``Scud``, ``Patriot``)."""
    return word[:1].isupper() and word[1:].islower() and word.isalpha()


#: Prepositions of place: a one-word name after them names a place (``in Noordwijk``).
_LOCATIVES = ("in", "te", "uit", "naar", "nabij", "vanuit")


def _named_place(candidate: Candidate) -> bool:
    """A one-word name seen only after a preposition of place names a place, which English
    writes as the place does (``in Noordwijk``, not "Northern neighbourhood")."""
    term = candidate.term
    if candidate.kind != "entity" or not _is_name(term) or not candidate.occurrences:
        return False
    pattern = re.compile(rf"\b(?:{'|'.join(_LOCATIVES)})\s+{re.escape(term)}\b", re.IGNORECASE)
    return all(pattern.search(o.sentence) for o in candidate.occurrences)


def _title(english: str) -> str:
    """Content words capitalised, as in the English name of an event or treaty."""
    small = {"of", "and", "the", "for", "on", "in", "to", "a", "an", "against", "with"}
    words = english.split(" ")
    return " ".join(
        w if (i and w in small) or not w[:1].islower() else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


#: ``article 5`` as composed: treaties, NATO and the EU write an article with its number
#: with a capital (Article 5, Article 42(7) TEU); UN style keeps ``resolution 2166`` lower.
_NUMBERED_ARTICLE = re.compile(r"\barticle (?=(?:[1-9]\d{0,3}[a-z]?|[IVXL]{1,6})\b)")


def _article_capital(english: str) -> str:
    return _NUMBERED_ARTICLE.sub("Article ", english)


def _plural_modifier(entry: LexiconEntry) -> bool:
    """The lexicon's modifier form is its noun's plural (mensenrecht: human right, human
    rights): English keeps some plurals before a noun (human rights situation), so a first part
    linked with -en-, a Dutch plural, takes it."""
    return bool(entry.modifier) and entry.modifier == pluralise(entry.en)


class CompoundTranslator:
    """Composes English from the term base, CLDR names and the component lexicon."""

    name = SOURCE

    def __init__(self, termbase: TermBase, lexicon: Lexicon, strict_linkers: bool = True) -> None:
        self.termbase = termbase
        self.lexicon = lexicon
        #: Refuse a split whose linker glues onto a common word (:data:`GLUED_WORD_ZIPF`).
        self.strict_linkers = strict_linkers

    # -- single words -------------------------------------------------------------------
    def _known(
        self, text: str, as_modifier: bool, in_compound: bool = False, noun_link: bool = False
    ) -> Piece | None:
        """A word the term base, CLDR or the lexicon knows, as written or uninflected.

        A modifier takes the lexicon's modifier or adjective form first (``militaire`` →
        military, not the noun's "service member"; ``Europa`` → European); then come CLDR
        names (``Duitsland`` is Germany, never split) and the term base.
        Inside a compound, joiners are no part and prefixes and verb stems no head; a first part
        linked with -en- is a noun (its plural form) and keeps its noun sense (``landenrapport``
        → country report, where ``landoperatie`` → land operation).
        """
        found = self.lexicon.lookup(text)
        entry, plural = found if found else (None, False)
        if entry is not None and not self._fits(entry, as_modifier, in_compound):
            return None
        # the modifier's English, unless an -en- link keeps the noun's (bar a plural one)
        modifier_sense = not noun_link or (entry is not None and _plural_modifier(entry))
        if as_modifier and entry is not None and (entry.modifier or entry.pos == "adj"):
            return Piece(entry.english(modifier_sense), "lexicon", (text,))
        place = cldr.place_name(text)
        if place is not None:
            return Piece(place[0], "cldr", (text,), place=True)
        for form in base_forms(text):
            row = self.termbase.lookup(form) or self._word_written_acronym(form)
            if entry is not None and in_compound and row is not None and _cased_apart(row, text):
                continue  # the House is ``Kamer``; the ``kamer`` of ``woonkamer`` is a chamber
            if row is not None and " " not in row.nl and not (row.nl.isupper() and form != text):
                return Piece(row.en, "termbase", (text,), plural=is_plural_of(text, form, "noun"))
        if entry is not None:
            english = entry.english(as_modifier and modifier_sense)
            return Piece(english, "lexicon", (text,), plural=plural and not as_modifier)
        for form in base_forms(text):
            adjective = cldr.nationality(form)
            if adjective is not None:
                return Piece(adjective, "cldr", (text,))
        return None

    def _word_written_acronym(self, word: str) -> TermBaseEntry | None:
        """The term base's acronym written as a word (``Navo``, ``Ovse``: Dutch writes an
        acronym of four letters or more that is spoken as a word so)."""
        if len(word) < 4 or not word.isalpha() or not word.istitle():
            return None
        row = self.termbase.lookup(word.upper(), "acronym")
        return row if row is not None and row.kind == "acronym" else None

    @staticmethod
    def _fits(entry: LexiconEntry, as_modifier: bool, in_compound: bool) -> bool:
        if in_compound and entry.pos in JOINERS:
            return False
        return as_modifier or entry.pos not in MODIFIERS_ONLY

    def _split(self, word: str, as_modifier: bool) -> Piece | None:
        """A one-piece compound split into the fewest known parts (linkers -s-, -e-, -en-)."""
        memo: dict[tuple[str, bool, bool], Piece | None] = {}

        def known(part: Part, modifier: bool) -> Piece | None:
            key = (part.text, modifier, part.linker == "en")
            if key not in memo:
                row = self.lexicon.exact(part.text)
                prefix = row is not None and row.is_prefix  # anti is a preposition too
                ok = len(part.text) >= 3 and (prefix or fold(part.text) not in FUNCTION_WORDS)
                memo[key] = self._known(part.text, modifier, True, key[2]) if ok else None
            return memo[key]

        def score(parts: tuple[Part, ...]) -> float | None:
            if len(parts) < 2:
                return None
            total = 0.0
            for i, part in enumerate(parts):
                last = i == len(parts) - 1
                piece = known(part, not last or as_modifier)
                if piece is None:
                    return None
                total += 1.0 if piece.origin in ("termbase", "cldr") else 0.9
                entry = self.lexicon.exact(part.text)
                if not last and entry is not None and not entry.links_with(part.linker):
                    glued = part.linker + parts[i + 1].text
                    strict = self.strict_linkers and part.linker
                    if strict and zipf(glued) >= GLUED_WORD_ZIPF:
                        return None  # ``taak|stelling``, not ``taak|s|telling``
                    total -= LINK_PENALTY
            # ties: the longer head, as Dutch compounds are right-headed (onderzee|boot)
            return total / len(parts) - len(parts) + 0.001 * len(parts[-1].text)

        parts = best_split(word, score)
        if parts is None:
            return None
        pieces = [known(p, i < len(parts) - 1 or as_modifier) for i, p in enumerate(parts)]
        found = [p for p in pieces if p is not None]
        sense = self.abstract_sense(parts[-2].text, parts[-1].text)
        if sense is not None and not as_modifier and found[-1].origin == "lexicon":
            found[-1] = replace(found[-1], english=sense)
        origin = "termbase" if all(p.origin == "termbase" for p in found) else "lexicon"
        return Piece(_join(found), origin, tuple(p.text for p in parts), plural=found[-1].plural)

    def word(self, word: str, as_modifier: bool = False) -> Piece | None:
        """English for one Dutch word: known, kept (acronyms, codes), hyphenated or compound."""
        piece = self._known(word, as_modifier)
        if piece is not None:
            return piece
        if KEEP.match(word):
            return Piece(word, "kept", (word,))
        if "-" in word.strip("-"):
            return self._hyphenated(word, as_modifier)
        split = self._split(word, as_modifier)
        return replace(split, english=_cap(split.english, word)) if split else None

    def _hyphenated(self, word: str, as_modifier: bool) -> Piece | None:
        """``NAVO-top`` → NATO summit, ``anti-tank``, ``civiel-militaire`` → civil-military:
        adjectives joined by a hyphen stay joined in English; a name before the hyphen stays
        as written (``Scud-raket`` → Scud missile, ``Patriot-systeem`` → Patriot system); a
        hyphenated head known whole stays whole (``NAVO-secretaris-generaal`` → NATO
        Secretary General)."""
        bits = [b for b in word.split("-") if b]
        code = _CODE_HEAD.match(word)
        if code:  # ``S-400-luchtverdedigingssysteem``: the code keeps its hyphen
            bits = [code.group(1), *(b for b in code.group(2).split("-") if b)]
        for i in range(1, len(bits) - 1):  # ``NAVO-secretaris-generaal``: a hyphenated head
            tail = "-".join(bits[i:])
            if self._known(tail, as_modifier) is not None:
                bits = [*bits[:i], tail]
                break
        last = len(bits) - 1
        pieces = [
            self.word(b, as_modifier if i == last else not _named_pair(b, bits[i + 1]))
            for i, b in enumerate(bits)
        ]
        pieces = [
            Piece(bit, "kept", (bit,)) if p is None and i < len(bits) - 1 and _is_name(bit) else p
            for i, (bit, p) in enumerate(zip(bits, pieces, strict=True))
        ]
        if any(p is None for p in pieces):
            return None
        found = [p for p in pieces if p is not None]
        english = ""
        for i, (bit, piece) in enumerate(zip(bits, found, strict=True)):
            if i:
                prev = found[i - 1]
                adjectives = self._is_adjective(bits[i - 1]) and self._is_adjective(bit)
                english += "" if prev.attaches else "-" if adjectives else " "
            english += piece.english
        translated = [p.origin for p in found if p.origin != "kept"]
        origin = min(translated, key=lambda o: FACTOR[o]) if translated else "kept"
        combined = 1.0
        for p in found:
            combined *= p.factor
        parts = tuple(part for p in found for part in p.parts)
        return Piece(english, origin, parts, combined, found[-1].plural)

    def abstract_sense(self, modifier: str, head: str) -> str | None:
        """The head's abstract sense when the modifier names an abstract notion
        (``recht`` + ``basis`` → basis, as in legal basis), else None."""
        before = self.lexicon.get(modifier)
        after = self.lexicon.get(head)
        if before is None or after is None or not before.abstract or not after.abstract_en:
            return None
        return after.abstract_en

    def _is_adjective(self, word: str) -> bool:
        entry = self.lexicon.get(word)
        if entry is not None:
            return entry.pos == "adj"
        return any(cldr.nationality(form) for form in base_forms(word))

    # -- whole terms ----------------------------------------------------------------------
    def compose(self, term: str) -> tuple[str, float, list[str]] | None:
        """English, confidence and the parts used, or None when some part is unknown."""
        words = [t for t in term.split() if fold(t) not in ARTICLES]
        listed = [w.endswith(",") and len(w) > 1 for w in words]  # ``Landbouw, Natuur en …``
        tokens = [w[:-1] if comma else w for w, comma in zip(words, listed, strict=True)]
        if not tokens:
            return None
        last = self.lexicon.get(tokens[-1])
        if len(tokens) > 1 and last is not None and last.pos in ("adj", "prep", "conj"):
            return None  # not a noun phrase (``afschrikking cruciaal``): English order unknown
        pieces: list[Piece] = []
        starts: list[int] = []
        name = self._name_of_words(tokens)
        i = 0
        while i < len(tokens):
            span = self._span(tokens, i, term, listed)
            if span is not None:
                piece, i_next = span
            else:
                head = self._is_head(tokens, i)
                found = self.word(tokens[i], as_modifier=not head)
                if found is None and not head and vote(tokens[i]) > 0:
                    found = Piece(tokens[i], "kept", (tokens[i],))  # English in Dutch: enabling
                if found is None:
                    return None
                sense = self.abstract_sense(tokens[i - 1], tokens[i]) if head and i else None
                if sense is not None and found.origin == "lexicon" and len(found.parts) == 1:
                    found = replace(found, english=sense)
                piece = replace(found, english=_cap(found.english, tokens[i]))
                if name and tokens[i][:1].isupper():  # Tiende Toetsingsconferentie
                    piece = replace(
                        piece, english=" ".join(map(_title_word, piece.english.split()))
                    )
                if head and piece.plural:
                    piece = replace(piece, english=pluralise(piece.english))
                i_next = i + 1
            piece = replace(piece, english=_official_style(tokens, i, piece))
            if listed[i_next - 1]:
                piece = replace(piece, english=piece.english + ",")
            pieces.append(piece)
            starts.append(i)
            i = i_next
        if all(p.origin == "kept" for p in pieces) or (len(pieces) == 1 and pieces[0].place):
            return None  # nothing translated, or a name the CLDR resolver answers
        confidence = BASE_CONFIDENCE
        for p in pieces:
            confidence *= p.factor
        used = [part for p in pieces for part in p.parts]
        return self._order(tokens, pieces, starts), confidence, used

    def _name_of_words(self, tokens: list[str]) -> bool:
        """Two words or more, each capitalised or a preposition or conjunction: a name, whose
        English is title-cased (Tenth Review Conference, North Atlantic Treaty Organization)."""
        if len(tokens) < 2 or not tokens[0][:1].isupper():
            return False
        for token in tokens:
            entry = self.lexicon.get(token)
            if not token[:1].isupper() and (entry is None or entry.pos not in JOINERS):
                return False
        return True

    def named_compound(self, term: str) -> tuple[str, float, list[str]] | None:
        """An English name with a Dutch head joined to its last word (``Intermediate-Range
        Nuclear Forces-verdrag``): the name as written and the head's English, capitalised
        as part of the name (Intermediate-Range Nuclear Forces Treaty); None otherwise."""
        name, _, head = term.rpartition("-")
        if not name or " " not in name or not head.isalpha() or not head.islower():
            return None
        if not is_english(name):
            return None
        found = self.word(head)
        if found is None or found.origin == "kept":
            return None
        english = f"{name} {' '.join(_title_word(w) for w in found.english.split())}"
        return english, BASE_CONFIDENCE * found.factor, [name, *found.parts]

    def _foreign_name(self, candidate: Candidate) -> list[Translation]:
        """A one-word name that is no Dutch word and that the term base, CLDR and the lexicon
        do not know (``Mosul``, ``Pristina``): Dutch writes a foreign place as the place
        does, so English does too; kept as written, for a reviewer to check the spelling."""
        term = candidate.term
        if candidate.kind != "entity" or not _is_name(term) or vote(term) < 0:
            return []
        if self.lexicon.lookup(term) is not None or self.word(term) is not None:
            return []
        lower = term.lower()
        if any(self.lexicon.get(lower[:k]) for k in range(MIN_PART, len(lower) - MIN_PART + 1)):
            return []  # ``Kabinetsmissive``: a Dutch compound the lexicon cannot finish
        note = "a name the term base and CLDR do not know, kept as written: check its spelling"
        return [Translation(term, SOURCE, BASE_CONFIDENCE * FACTOR["kept"], note=note)]

    def _summit(self, place: str) -> Translation:
        """NATO names a summit by its place: "the Vilnius Summit", "the Hague Summit"."""
        entry = self.termbase.lookup(place)
        named = cldr.place_name(place)
        english = entry.en if entry is not None else named[0] if named else place
        note = f"composed from {place} + top: NATO names a summit by its place"
        return Translation(f"{english} Summit", SOURCE, BASE_CONFIDENCE, note=note)

    def _designator(self, term: str) -> bool:
        """A code written the same in English (``MH17``, ``COVID-19``), unless its letters
        are a Dutch acronym the term base renders otherwise (``NAVO2030``: NAVO is NATO)."""
        if not DESIGNATOR.fullmatch(term):
            return False
        letters = "".join(c for c in term if c.isalpha())
        entry = self.termbase.lookup(letters) if len(letters) > 1 else None
        return entry is None or entry.en == letters

    def title(self, term: str) -> tuple[str, float, list[str]] | None:
        """An instrument's official title in English, in its own word order, with the
        prepositions treaty titles use and its content words capitalised (``Protocol bij het
        Noord-Atlantisch Verdrag inzake de toetreding van Montenegro`` → Protocol to the North
        Atlantic Treaty on the Accession of Montenegro; ``Protocol tot wijziging van …`` →
        Protocol amending …); None when a word is unknown."""
        tokens = term.split()
        out: list[str] = []
        used: list[str] = []
        confidence = BASE_CONFIDENCE
        i = 0
        while i < len(tokens):
            formula = TITLE_FORMULAS.get(tuple(t.lower() for t in tokens[i : i + 3]))
            if formula is not None and i:
                out.append(formula)
                i += 3
                continue
            word = TITLE_ENGLISH.get(tokens[i].lower()) if i else None
            if word is not None:
                out.append(word)
                i += 1
                continue
            span = self._span(tokens, i, term, [False] * len(tokens))
            if span is not None:
                piece, i = span
            else:
                found = self.word(tokens[i])
                if found is None:
                    return None
                piece, i = found, i + 1
            english = pluralise(piece.english) if piece.plural and not out else piece.english
            out.append(" ".join(_title_word(w) for w in english.split()))  # Protocollen: Protocols
            if tokens[i - 1].lower() in STATE_FORMS and i < len(tokens) and tokens[i][:1].isupper():
                out.append("of")  # ``de Republiek Finland`` → the Republic of Finland
            used.extend(piece.parts)
            confidence *= piece.factor
        return " ".join(out), confidence, used

    def _span(
        self, tokens: list[str], i: int, term: str, listed: list[bool]
    ) -> tuple[Piece, int] | None:
        """The longest span from ``tokens[i]`` (two words or more, or a one-word term-base
        name) that the term base or CLDR knows as a whole; after ``van`` or ``voor``, also a
        ministry's portfolio (``Staatssecretaris van Infrastructuur en Waterstaat``: the
        Ministry of Infrastructure and Water Management's)."""
        portfolio = i > 0 and tokens[i - 1].lower() in PORTFOLIO_PREPOSITIONS
        for j in range(len(tokens), i, -1):
            span = " ".join(tokens[i:j])
            if span == term:
                continue
            entry = self.termbase.lookup(span) if j > i + 1 else None
            if entry is not None:
                return Piece(entry.en, "termbase", (span,)), j
            if portfolio and span[:1].isupper():
                commas = [
                    t + ("," if listed[k] and k < j - 1 else "")
                    for k, t in enumerate(tokens[i:j], i)
                ]
                ministry = self.termbase.lookup(f"{MINISTERIE} {' '.join(commas)}")
                if ministry is not None and ministry.en.startswith(MINISTRY):
                    return Piece(ministry.en[len(MINISTRY) :], "termbase", (span,)), j
            place = cldr.place_name(span) if j > i + 1 else None
            if place is not None:
                return Piece(place[0], "cldr", (span,), place=True), j
        return None

    def _order(self, tokens: list[str], pieces: list[Piece], starts: list[int]) -> str:
        """English word order: ``X van <place>`` → ``<place> X``, else Dutch order; a post
        keeps "of" (``Minister-President van Montenegro`` → Prime Minister of Montenegro)."""
        at = starts[-1] - 1
        if (
            len(pieces) >= 3
            and pieces[-1].place
            and tokens[at] == OF
            and OF not in tokens[:at]
            and not any(p.place for p in pieces[:-2])
            and tokens[0].lower() not in TITLES
        ):
            head = _join(pieces[:-2])
            return f"{pieces[-1].english} {_title(head) if tokens[0][:1].isupper() else head}"
        return _join(pieces)

    def _is_head(self, tokens: list[str], i: int) -> bool:
        """The last noun before a preposition or conjunction (or the end) heads its phrase."""
        if i == len(tokens) - 1:
            return True
        nxt = self.lexicon.get(tokens[i + 1])
        return nxt is not None and nxt.pos in JOINERS

    def recognises(self, candidate: Candidate) -> bool:
        """Whether the candidate is made of known words though its English was refused: a
        split the linker rule refuses (``taak|s|telling``) still shows a compound of known
        words, which attests a term as composed English does; only the English is unsafe.
        The chain asks only where this translator gave no answer (:meth:`resolve`)."""
        if not self.strict_linkers:
            return False
        relaxed = CompoundTranslator(self.termbase, self.lexicon, strict_linkers=False)
        return bool(relaxed.resolve(candidate))

    def resolve(self, candidate: Candidate) -> list[Translation]:
        if candidate.kind == "acronym":
            if not self._designator(candidate.term):
                return []
            note = f"composed from {candidate.term}: a code, written the same in English"
            return [
                Translation(candidate.term, SOURCE, BASE_CONFIDENCE * FACTOR["kept"], note=note)
            ]
        cited = candidate.term.split(" ")
        if len(cited) == 2 and resolution_citation(*cited):
            note = "a UN Security Council resolution cited by its number, as NATO writes it"
            return [Translation(f"UNSCR {cited[1]}", SOURCE, BASE_CONFIDENCE, note=note)]
        ship = ship_name(candidate.term)
        if ship is not None:
            english = f"{SHIP_PREFIX_ENGLISH} {ship}"
            note = "a Royal Netherlands Navy ship: Zr.Ms./Hr.Ms. is HNLMS in English"
            return [Translation(english, SOURCE, BASE_CONFIDENCE, note=note)]
        place = summit_place(candidate.term)
        if place is not None:
            return [self._summit(place)]
        region = compass_region(candidate.term)
        if region is not None:
            note = "a part of a place named by a compass point: English writes the adjective"
            return [Translation(region, SOURCE, BASE_CONFIDENCE, note=note)]
        title = is_official_title(candidate.term)
        composed = self.named_compound(candidate.term) if candidate.kind == "entity" else None
        if composed is None:
            composed = self.title(candidate.term) if title else self.compose(candidate.term)
        if composed is None:
            return self._foreign_name(candidate)
        if _named_place(candidate):  # composed word by word, yet the name of a place
            note = "a place the term base and CLDR do not know, kept as written: check it"
            return [
                Translation(candidate.term, SOURCE, BASE_CONFIDENCE * FACTOR["kept"], note=note)
            ]
        english, confidence, used = composed
        if fold(english) == fold(candidate.term):
            return []
        english = _article_capital(english)
        return [Translation(english, SOURCE, confidence, note="composed from " + " + ".join(used))]
