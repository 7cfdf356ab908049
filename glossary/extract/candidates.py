"""Candidate mentions in one sentence: noun groups, names, acronyms, pairs and ``N van N``.

Patterns are general Dutch: relational adjectives plus nouns (``collectieve verdediging``) and,
nested, the compound a hyphenated prefix narrows (``capaciteitsvereiste`` in
``NAVO-capaciteitsvereisten``), capitalised names with their connectors (``Noord-Atlantische
Raad``, ``Verdrag van Washington``), acronyms (also inside ``OVSE-kader``), bare noun pairs
(``afschrikking en verdediging``) and ``noun + van/tegen/inzake + noun`` (the last two count
only when they recur). Nouns are recognised by tag *or* by lexicon and shape, because a small
tagger calls unknown plural nouns verbs (``bondgenoten``) and some adjectives adverbs
(``hybride``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise
from typing import NamedTuple

from glossary.extract.persons import PersonFinder
from glossary.extract.termhood import proper_adjective
from glossary.extract.tokens import Tok
from glossary.extract.words import (
    OPPOSITION_PREFIXES,
    QUARTER,
    ROMAN,
    ROMAN_NUMERAL,
    Words,
    acronym_of,
    currency_codes,
    has_letters,
    hyphen_acronyms,
    prefixed_acronym,
    reference_code,
)
from glossary.nlp.dutch.adjectives import DOMAIN_CLASSIFIERS, NORM_ADJECTIVES
from glossary.nlp.dutch.function_words import (
    COMPLEX_PREPOSITION_NOUNS,
    FUNCTION_ADJECTIVES,
    FUNCTION_WORDS,
    PREPOSITIONS,
    pronominal_adverb,
)
from glossary.nlp.dutch.gender import (
    NEUTER,
    article_votes,
    gender_before,
    noun_gender,
    seed_genders,
)
from glossary.nlp.dutch.loanwords import (
    clause_or_piece,
    english_clause,
    english_plural,
    english_singular,
    english_stop_words,
)
from glossary.nlp.dutch.names import (
    BODY_POSTS,
    EDITION_YEAR,
    INSTRUMENTS,
    LOWER_CASE_POSTS,
    NAME_PARTICLES,
    PARTIES,
    POST_PLURALS,
    SHIP_PREFIX,
    SHIP_PREFIX_FIRST,
    SHIP_PREFIX_SECOND,
    STANDING,
    TITLE_PREPOSITIONS,
    TITLE_WORDS,
    UNIT_NUMBER,
    city_names,
    compass_point,
    document_titles,
    named_mission,
    portfolio_post,
    portfolio_start,
    summit_place,
    territory_names,
    unit_head,
)
from glossary.nlp.dutch.nouns import (
    CLOCK_TIME,
    PROVISION_NUMBER,
    looks_like_noun,
    provision_noun,
    provision_singular,
    resolution_citation,
)
from glossary.nlp.dutch.spelling import straight_apostrophes, strip_possessive, without_apostrophes
from glossary.text import fold

MAX_MODIFIERS = 3
MAX_NOUNS = 3
#: An elided article or particle of French or Italian (``l'``, ``d'``) starts a foreign name
#: or a surname, never a Dutch noun.
_ELIDED = re.compile(r"^[dlDL]['’]\w")
MAX_NAME = 10
#: Lower-case words allowed inside a name between capitalised words.
NAME_CONNECTORS = frozenset(
    {"van", "der", "den", "voor", "and", "for", "of", "the", "on", "by", "to", "&", "du", "des"}
    | {"la", "le"}
)
#: Tokens of an official title, at most.
MAX_TITLE = 16
#: Tokens of a place name after a mission's ``in``, at most (``Bosnië en Herzegovina``).
MAX_PLACE_WORDS = 3
#: Prepositions that make ``noun + P + noun`` terms (``stand van zaken``).
NOUN_PREPOSITIONS = frozenset({"van", "tegen", "inzake", "voor", "ter"})
#: Prepositions that take a noun phrase right after them (``te`` takes an infinitive).
SLOT_PREPOSITIONS = PREPOSITIONS - {"te"}
PAIR_CONJUNCTIONS = frozenset({"en"})
#: A hyphen or dash written with spaces, as older letters join an acronym to the name after
#: it (``NAVO - Rusland Raad`` for ``NAVO-Rusland Raad``).
SPACED_HYPHENS = frozenset({"-", "–"})
DETERMINER_POS = frozenset({"DET", "NUM"})


#: Part of speech in TBX terms.
NOUN, PROPER, OTHER = "noun", "properNoun", "other"
#: A word this frequent in general Dutch (Zipf) is a function word, never part of a name.
FUNCTION_ZIPF = 6.0
#: A capitalised common noun this frequent is a capital by convention (``Minister``), not a
#: name of its own (``Voorjaarsnota``, ``Defensienota``).
COMMON_NAME_ZIPF = 3.5
#: A word this common that the noun lexicon does not know is no noun (``bovendien``).
EVERYDAY_UNKNOWN_ZIPF = 4.0
#: A participle as frequent as this is an event, not a class (``veranderde``, ``genomen``).
RARE_PARTICIPLE_ZIPF = 1.5
#: A word this rare in general Dutch, tagged as a noun, is taken as one (a domain term).
RARE_WORD_ZIPF = 2.5
#: Closed word classes: never a noun or a term modifier.
CLOSED_POS = frozenset(
    {"DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "NUM", "PUNCT", "SYM", "PART", "INTJ"}
)
#: Adjectives this frequent are general vocabulary, not term modifiers (``nieuw``, ``groot``).
COMMON_ADJECTIVE_ZIPF = 5.3


#: A closing quote between a quoted name and the Dutch head hyphenated to it
#: (``«Nuclear Strike»-trainingen``).
_QUOTED_HEAD = re.compile(r"[»”’\"']-(?=[^\W\d_])")


def _closed_hyphens(name: str) -> str:
    """A name with its spaced hyphens (:data:`SPACED_HYPHENS`) written as Dutch writes them
    (``NAVO - Rusland Raad`` → ``NAVO-Rusland Raad``)."""
    for hyphen in SPACED_HYPHENS:
        name = name.replace(f" {hyphen} ", "-")
    return name.replace(" , ", ", ")  # ``Volksgezondheid, Welzijn en Sport``


class Mention(NamedTuple):
    """One occurrence of a candidate in the analysed text (spans relative to that text).

    A named tuple: one is built for every candidate occurrence, so it must be cheap.
    """

    key: str
    kind: str
    display: str
    start: int
    end: int
    surface: str
    weight: int = 2
    pos: str = NOUN
    repeat: bool = False
    derived: bool = False
    english: bool = False
    sub: bool = False
    forms: tuple[str, ...] = ()


class Role(NamedTuple):
    """What a token can be inside a noun group."""

    kind: str  # "N", "A", "ACR" or ""
    base: str = ""


#: A type code of letters and digits (``F-16``, ``F-16's``, ``S-400``, ``MQ-9``).
DESIGNATOR_CODE = re.compile(r"[A-Z]{1,4}-?\d{1,4}[A-Z]?(?:['’]s)?")

#: Dutch number words up to twenty, for percentages written in words (``twee procent``).
_NUMBER_NAMES = (
    "nul",
    "een",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
    "twintig",
)
NUMBER_WORDS = {w: str(n) for n, w in enumerate(_NUMBER_NAMES)}

#: Whitespace that separates columns or lines (``ACO<tab>Allied Command Operations``).
_COLUMN_GAP = re.compile(r"\t|\n| {2,}")

#: A token that numbers or bullets a heading or list item (``3``, ``2.1``, ``II.``, ``b)``, ``•``).
_ITEM_MARK = re.compile(rf"(?:\d{{1,3}}(?:\.\d{{1,3}})*|{ROMAN_NUMERAL}|[a-z])[.)]?|[).•▪·*–—-]")
#: The number of a caption's label (``Tabel 2``, ``Figuur 3.1``, ``Bijlage B``).
_LABEL_NUMBER = re.compile(rf"\d{{1,3}}(?:\.\d{{1,3}})*[a-z]?|[A-Z]|{ROMAN_NUMERAL}")

#: ``Zr. `` or ``Hr. `` right before a token: the sentence splitter may end a sentence there.
_SPLIT_PREFIX = re.compile(r"[ZH]r\.\s$")

#: Marks a generated form still to be made: the plural of ``head`` after ``words``. Plurals
#: are validated against the lexicon, which is dear, so only kept candidates get them.
RECIPE = "\x00"


def unit_starts(sent: Sequence[Tok], text: str, dutch: Callable[[str], bool]) -> list[bool]:
    """Which tokens begin a unit of text, where a capital says nothing about a name: the
    sentence's first word, the first after a heading's or list item's number or bullet
    (``3 Stroomlijning van …``), after a caption's label (``Tabel 2: Investeringen …``), the
    first inside a quotation when ``dutch`` says it is a Dutch word (a quoted title's capital:
    ``het advies «Instabiliteit rond Europa»``; an English name keeps its capitals, ``«Nuclear
    Strike»``), and the first of a column or line (a table's cell after a tab)."""
    n = len(sent)
    out = [k == 0 for k in range(n)]
    k = 0
    while k < n - 1 and k < 3 and _ITEM_MARK.fullmatch(sent[k].text):
        k += 1
    if k and sent[k].text[:1].isalpha():
        out[k] = True
    if (
        n >= 3
        and sent[0].text.isalpha()
        and sent[0].text[:1].isupper()
        and (colon := next((i for i in (2, 3) if i < n - 1 and sent[i].text == ":"), 0))
        and all(_LABEL_NUMBER.fullmatch(t.text) for t in sent[1:colon])
    ):
        out[colon + 1] = True
    for k in range(1, n):
        end, start = sent[k - 1].end, sent[k].start
        if start - end > 1 or (start > end and text[end] != " "):
            out[k] = out[k] or bool(_COLUMN_GAP.search(text, end, start))
        elif start == end and _opens_quotation(sent, k - 1, text):
            out[k] = dutch(sent[k].text)
    return out


#: Marks that open a quotation and never close one.
OPENING_QUOTES = frozenset({"«", "“", "„", "‘"})


def _opens_quotation(sent: Sequence[Tok], k: int, text: str) -> bool:
    """``sent[k]`` opens a quotation: a mark that only opens one, or a straight double quote
    at the start or after a space."""
    mark = sent[k].text
    if mark in OPENING_QUOTES:
        return True
    start = sent[k].start
    return mark == '"' and (start == 0 or text[start - 1].isspace())


def _list_line(text: str, start: int) -> bool:
    """Does the sentence at ``start`` open a line after a line that ended no sentence (a list
    or a table, ``Horseball - teamsport …`` after ``Dressuur - …``)?"""
    before = text[:start].rstrip(" \t")
    if not before.endswith("\n"):
        return False
    previous = before.rstrip()
    return bool(previous) and previous[-1] not in ".!?:;…"


def _portfolio_end(sent: Sequence[Tok], parts: Sequence[bool], start: int) -> int:
    """The end of a portfolio's capitalised words from ``start``, with the words a comma or
    ``en`` adds to it (``Volksgezondheid, Welzijn en Sport``, ``Veiligheid en Justitie``)."""
    end = start
    while end < len(sent):
        if parts[end]:
            end += 1
        elif sent[end].text in (",", "en") and end + 1 < len(sent) and parts[end + 1]:
            end += 2
        else:
            break
    return end


def _standing(sent: Sequence[Tok], k: int, post: str | None) -> bool:
    """The committee at ``k`` is a standing one of the House (``vaste commissie voor …``)."""
    return k > 0 and post == "commissie" and sent[k - 1].text == STANDING


def _name_mention(
    display: str, start: int, end: int, text: str, sub: bool = False, english: bool = False
) -> Mention:
    """A name's mention: keyed and shown as written, spanning ``text[start:end]``."""
    return Mention(
        key=display,
        kind="entity",
        display=display,
        start=start,
        end=end,
        surface=text[start:end],
        pos=PROPER,
        sub=sub,
        english=english,
        forms=(display,),
    )


def _provision_written(noun: str) -> str:
    """A provision noun as a designation writes it: in lower case (``Artikel`` → ``artikel``)
    but after an acronym (``VNVR-resolutie``)."""
    return noun if acronym_of(noun.split("-")[0]) else noun.lower()


def _term_mention(display: str, start: int, end: int, text: str, sub: bool = False) -> Mention:
    """A term's mention keyed and shown as ``display``, spanning ``text[start:end]``."""
    return Mention(
        key=display,
        kind="term",
        display=display,
        start=start,
        end=end,
        surface=text[start:end],
        sub=sub,
        forms=(display,),
    )


def _group_mention(
    rendered: tuple[str, str, int, tuple[str, ...]],
    start: int,
    end: int,
    text: str,
    *,
    sub: bool = False,
    repeat: bool = False,
    derived: bool = False,
) -> Mention:
    """The mention of a rendered noun group (key, display, vote weight, forms) over
    ``text[start:end]``."""
    key, display, weight, forms = rendered
    return Mention(
        key=key,
        kind="term",
        display=display,
        start=start,
        end=end,
        surface=text[start:end],
        weight=weight,
        pos=NOUN,
        repeat=repeat,
        derived=derived,
        sub=sub,
        forms=forms,
    )


def _acronym_mention(acro: str, start: int, end: int, text: str) -> Mention:
    """An acronym's mention, keyed and shown as ``acro``, spanning ``text[start:end]``."""
    return Mention(
        key=acro,
        kind="acronym",
        display=acro,
        start=start,
        end=end,
        surface=text[start:end],
        pos=NOUN,
        forms=(acro, f"{acro}'s"),
    )


def plural_recipe(words: Sequence[str], head: str) -> str:
    """A generated-forms entry standing for ``words + plural(head)``."""
    return f"{RECIPE}{' '.join(words)}{RECIPE}{head}"


def expand_forms(generated: set[str], words: Words) -> set[str]:
    """Generated forms with every plural recipe replaced by the plural forms it stands for."""
    out = set()
    for form in generated:
        if not form.startswith(RECIPE):
            out.add(form)
            continue
        prefix, head = form[1:].split(RECIPE, 1)
        english = words.english_noun(head) and not ("-" in head and dutch_head(head, words))
        plurals = [english_plural(head)] if english else words.plural_forms(head)
        for plural in plurals:
            out.add(f"{prefix} {plural}" if prefix else plural)
    return out


def dutch_head(text: str, words: Words) -> bool:
    """A hyphenated word ending in a lower-case Dutch common noun (``Patriot-systemen``,
    ``Chinook-helikopters``, ``Wales-top``), not an English one (``Intermediate-range``)."""
    last = _last_part(text)
    return (
        last.islower()
        and bool(words.noun_lemma(last) or words.compound_lemma(last))
        and not words.english(last)
    )


def attributive(tok: Tok) -> bool:
    """An inflected adjective (``bredere``, ``nieuwe``): attributive in Dutch, so the word after
    it stands in a noun's slot, like the word after a determiner."""
    return tok.pos == "ADJ" and tok.lower.endswith("e") and tok.lower.isalpha()


def is_shouting(sent: Sequence[Tok]) -> bool:
    """An all-capitals line (``BRIEF VAN DE MINISTER``): its words are not acronyms."""
    words = [t for t in sent if has_letters(t.text)]
    caps = [t for t in words if t.text.isupper() and len(t.text) > 1]
    return len(words) >= 3 and len(caps) >= 0.7 * len(words)


#: All-capital words in a row, two of them Dutch words, that make a heading glued to a
#: sentence (``DE RAAD VAN DE EUROPESE UNIE, Gelet op …``).
SHOUTED_RUN = 3


def _shouted_run(toks: Iterable[Tok], words: Words) -> int:
    """How many of ``toks`` (from one edge of a sentence) an all-capitals heading takes:
    capitals, numbers and punctuation up to the last capitalised word, when at least
    :data:`SHOUTED_RUN` words are capitals and two of them Dutch words; acronyms in a row
    (``NAVO, EU en VN``) are no heading."""
    caps = dutch = taken = 0
    for k, tok in enumerate(toks):
        text = tok.text
        if has_letters(text):
            if not (text.isupper() and len(text) > 1):
                break
            caps += 1
            lower = text.lower()
            dutch += lower in FUNCTION_WORDS or (len(lower) > 3 and words.dutch(lower))
            taken = k + 1
        elif not (tok.pos in ("PUNCT", "NUM") or text.isdigit()):
            break
    return taken if caps >= SHOUTED_RUN and dutch >= 2 else 0


#: Letters from which a lone all-capitals word that general Dutch knows is a heading, not an
#: acronym: the acronyms that are also words are short (``SAFE``, ``PACE``, ``ISIS``).
HEADING_WORD_LETTERS = 5


def heading_word(sent: Sequence[Tok], words: Words) -> bool:
    """A line of one all-capitals word of general Dutch, maybe numbered (``KERNPUNTEN``,
    ``2. INLEIDING``): a heading, no acronym."""
    text = ""
    for tok in sent:  # every sentence passes here: stop at its second word
        if has_letters(tok.text):
            if text:
                return False
            text = tok.text
    return (
        text.isalpha()
        and text.isupper()
        and len(text) >= HEADING_WORD_LETTERS
        and words.lexicon_word(text.lower())
    )


def unshouted(sent: list[Tok], words: Words) -> list[Tok]:
    """The sentence without an all-capitals heading glued to its start or end (the
    splitter found no boundary after the heading), and nothing of a one-word heading: a
    heading is no term text."""
    if heading_word(sent, words):
        return []
    start = _shouted_run(sent, words)
    while start and start < len(sent) and sent[start].pos == "PUNCT":
        start += 1  # the sentence's first word opens it: ``…, Gelet op``
    end = len(sent) - _shouted_run(reversed(sent[start:]), words)
    return sent[start:end]


#: Connectors only English names have: a name with one of them is English.
ENGLISH_CONNECTORS = frozenset({"and", "for", "of", "the", "on", "by", "to"})
#: English heads of a mission's or force's name that the country it serves in completes
#: (``United Nations Interim Force in Lebanon``, ``EU Training Mission in Mali``).
PLACED_HEADS = frozenset({"Mission", "Force", "Operation", "Presence"})


def _english_in(sent: Sequence[Tok], k: int, j: int) -> bool:
    """``in`` at ``j`` goes on the English name begun at ``k``: the name has an English
    connector or ``the`` follows (``Co-operation in Europe``, ``Artificial Intelligence in the
    Military Domain``), or a mission or force is named (``Stabilisation Mission in Mali``,
    :data:`PLACED_HEADS`); in Dutch ``in`` ends a name (``Top in Vilnius`` is the summit
    rule's)."""
    return sent[j].lower == "in" and (
        (j + 1 < len(sent) and sent[j + 1].lower == "the")
        or any(t.lower in ENGLISH_CONNECTORS for t in sent[k:j])
        or (j > k + 1 and sent[j - 1].text in PLACED_HEADS)
    )


def _complex_preposition(sent: Sequence[Tok], k: int) -> bool:
    """The pair around ``k`` is part of a complex preposition: ``ter`` and the noun after it
    with the preposition after that (``raketverdediging ter bescherming van …``), or a
    preposition, maybe an article, and the noun before ``van`` (``op het terrein van
    ontwapening``, ``in het kader van …``): no ``N P N`` term."""
    if sent[k].lower == "ter":
        return k + 2 < len(sent) and sent[k + 2].lower in PREPOSITIONS
    if sent[k].lower != "van" or sent[k - 1].lower not in COMPLEX_PREPOSITION_NOUNS:
        return False
    before = k - 2
    if before >= 0 and sent[before].lower in ("het", "de"):
        before -= 1
    return before >= 0 and sent[before].lower in PREPOSITIONS


def _portfolio_list(sent: Sequence[Tok], parts: Sequence[bool], k: int, j: int) -> bool:
    """A comma at ``j`` inside a portfolio of a name begun at ``k``: after ``van`` or
    ``voor``, capitalised words listed with commas up to a last one after ``en``
    (``Minister van Volksgezondheid, Welzijn en Sport``, ``Onderwijs, Cultuur en
    Wetenschap``)."""
    n = len(sent)
    if sent[j].text != "," or not any(t.lower in ("van", "voor") for t in sent[k:j]):
        return False
    e = j + 1
    while e < n and (parts[e] or sent[e].text == ","):
        e += 1
    return e > j + 1 and e + 1 < n and sent[e].lower == "en" and parts[e + 1]


def _heads_a_post(sent: Sequence[Tok], j: int) -> bool:
    """The noun at ``j`` has a capitalised ``van`` complement (``ministers van Defensie``) or
    a name after it (``president Erdogan``): it heads a post or a name, so a pair ending with
    it cuts that phrase in two (``samenstelling van ministers`` out of ``in de samenstelling
    van ministers van Defensie``, ``uitspraak van president`` out of ``een uitspraak van
    president Erdogan``)."""
    n = len(sent)
    if j + 1 < n and sent[j + 1].pos == "PROPN" and sent[j + 1].text[:1].isupper():
        return True
    return j + 2 < n and sent[j + 1].lower == "van" and sent[j + 2].text[:1].isupper()


#: English heads of names that take a number after them: formations and vehicle types
#: (``Standing NATO Maritime Group 2``, ``Task Force 150``, ``Combat Vehicle 90``).
NUMBERED_HEADS = frozenset(
    {"Group", "Force", "Squadron", "Wing", "Brigade", "Division", "Corps", "Regiment"}
    | {"Battalion", "Flotilla", "Fleet", "Vehicle"}
)

#: A stretch of this many words or more, this share of them English and none Dutch only, is
#: English quoted without marks (:meth:`SentenceScanner._english_stretch`).
ENGLISH_SENTENCE_WORDS = 6
ENGLISH_SENTENCE_SHARE = 0.75

#: Quotation marks and the marks that close them (brackets quote nothing).
QUOTE_CLOSERS = {"«": "»", "“": "”", '"': '"', "„": "”", "‘": "’", "'": "'"}
#: Marks that only close a quotation, each with the marks that open it.
QUOTE_OPENERS = {
    close: tuple(o for o, c in QUOTE_CLOSERS.items() if c == close)
    for close in set(QUOTE_CLOSERS.values()) - set(QUOTE_CLOSERS)
}


def _quotations(sent: Sequence[Tok]) -> list[tuple[int, int]]:
    """Positions in ``sent`` of each quotation's opening and closing marks."""
    out = []
    k = 0
    while k < len(sent):
        closer = QUOTE_CLOSERS.get(sent[k].text)
        close = None
        if closer is not None:
            close = next((j for j in range(k + 1, len(sent)) if sent[j].text == closer), None)
        if close is not None:
            out.append((k, close))
            k = close
        k += 1
    return out


def _piece(sent: Sequence[Tok], open_: int, close: int, first: int, last: int) -> bool:
    """Whether the words ``first``..``last`` lie between the quotation marks at ``open_`` and
    ``close`` and leave some of the quotation's words out."""
    if not open_ < first <= last < close:
        return False
    left_out = (*sent[open_ + 1 : first], *sent[last + 1 : close])
    return any(any(c.isalpha() for c in t.text) for t in left_out)


#: An acronym with a one-letter designator of the region or country it serves, as NATO writes
#: its commands and missions (``TAAC-N``, ``NTM-I``; ``RC(N)`` is split into four tokens).
_DESIGNATED = re.compile(r"^(?:[A-Z][A-Z0-9&]{1,11}-[A-Z]|[A-Z]-[A-Z][A-Z0-9&]{1,11})$")


def designated_acronym(word: str) -> bool:
    """``word`` is one acronym with a one-letter designator (``TAAC-N``, ``D-SII``)."""
    return _DESIGNATED.match(word) is not None


def _designated_acronym(sent: Sequence[Tok], k: int, text: str) -> Mention | None:
    """The acronym with a one-letter designator that starts at ``sent[k]`` (``TAAC-N``,
    ``RC(N)``, ``D-SII``): one acronym, not the bare one beside it."""
    tok = sent[k]
    if designated_acronym(tok.text):
        end = tok.end
    elif (
        k + 3 < len(sent)
        and acronym_of(tok.text) == tok.text
        and [t.text for t in sent[k + 1 : k + 4 : 2]] == ["(", ")"]
        and len(sent[k + 2].text) == 1
        and sent[k + 2].text.isupper()
        and sent[k + 3].end - tok.start == len(tok.text) + 3
    ):
        end = sent[k + 3].end
    else:
        return None
    return _acronym_mention(text[tok.start : end], tok.start, end, text)


def _territory_with_en(sent: Sequence[Tok], k: int, j: int) -> bool:
    """``sent[k:j]``, ``en`` and the next word name one country or region CLDR names
    (``Bosnië en Herzegovina``, ``Trinidad en Tobago``)."""
    if j + 1 >= len(sent) or sent[j].lower != "en":
        return False
    name = " ".join(t.text for t in sent[k:j])
    return f"{name} en {sent[j + 1].text}" in territory_names()


#: How a provision's number begins: a digit or a Roman numeral's letter.
NUMBER_STARTS = frozenset("0123456789IVXL")
#: A compound on a provision's number (``100-brief`` of ``artikel 100-brief``).
_ON_NUMBER = re.compile(r"(\d{1,4}[a-z]?)-([a-zà-ÿ]{3,})")


#: A list item's mark: a bullet, or a number with a point or bracket.
_BULLET = re.compile(r"^(?:[•·▪◦*–—-]|\d{1,2}[.)]?)$")
#: Punctuation that ends a list item.
ITEM_END = frozenset({";", ".", ",", ":"})
#: The words of a line of text.
_LINE_WORDS = re.compile(r"[^\W\d_]+")
#: Characters of a list's line, at most: a longer neighbour is a paragraph.
LIST_LINE = 120
#: A footnote's number after a list item's last word.
NOTE_NUMBER = re.compile(r"\d{1,2}")
#: Tokens of an English title in a list, at most.
MAX_LIST_TITLE = 16


def _line_edge(text: str, i: int, step: int) -> bool:
    """Only spaces or tabs lie between ``text[i]`` and a line break or the text's edge, going
    by ``step`` (-1 back, 1 forward)."""
    while 0 <= i < len(text) and text[i] in " \t":
        i += step
    return not 0 <= i < len(text) or text[i] == "\n"


def _neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The nearest non-blank lines before and after the line ``text[start:end]``."""
    above = below = ""
    opening = text.rfind("\n", 0, start)
    if opening >= 0:
        above = text[:opening].rstrip().rsplit("\n", 1)[-1].strip()
    closing = text.find("\n", end)
    if closing >= 0:
        below = text[closing:].lstrip().split("\n", 1)[0].strip()
    return above, below


def _lines(sent: Sequence[Tok], text: str) -> list[tuple[int, int, bool]]:
    """Token ranges of the sentence's lines that stand on their own, and whether a bullet or a
    number marks each; a line with a column gap is a table's row (``ACO<tab>Allied Command
    Operations``)."""
    if "\n" not in text[sent[0].start : sent[-1].end] and not (
        _line_edge(text, sent[0].start - 1, -1) and _line_edge(text, sent[-1].end, 1)
    ):
        return []  # a sentence inside a paragraph, as most are
    breaks = [0]
    for k in range(1, len(sent)):
        if "\n" in text[sent[k - 1].end : sent[k].start]:
            breaks.append(k)
    breaks.append(len(sent))
    out = []
    for a, b in pairwise(breaks):
        if a == 0 and not _line_edge(text, sent[0].start - 1, -1):
            continue  # the sentence begins inside a line
        if b == len(sent) and not _line_edge(text, sent[-1].end, 1):
            continue
        if any(_COLUMN_GAP.search(text, sent[k - 1].end, sent[k].start) for k in range(a + 1, b)):
            continue
        if a < b and _BULLET.match(sent[a].text):
            a += 1 + (a + 1 < b and sent[a].text.isdigit() and sent[a + 1].text in (".", ")"))
            out.append((a, b, True))
        else:
            out.append((a, b, False))
    return out


def _owner(text: str) -> bool:
    """An acronym with a possessive (``ISAF’s``, ``NATO's``): it owns the name after it and is
    no word of that name."""
    bare = strip_possessive(text)
    return bare != text and acronym_of(bare) == bare


def _acronym_pair(text: str) -> bool:
    """Acronyms joined by a hyphen (``EU-NAVO``): a relation between two bodies, which never
    stands alone as a noun phrase, so the noun after it is its head even written apart."""
    parts = text.split("-")
    return len(parts) >= 2 and len(hyphen_acronyms(text)) == len(parts)


def _first_lower(text: str) -> str:
    """The word without the capital of its position; a shouted word (``CONVERSIESYSTEEM``
    opening a line) in lower case throughout."""
    if len(text) > 1 and text.isupper():
        return text.lower()
    return text[:1].lower() + text[1:]


def case_like(word: str, written: str) -> str:
    """``word`` with the capitals of ``written`` per hyphen part: ``euro-atlantisch`` written
    ``Euro-Atlantische`` → ``Euro-Atlantisch``."""
    parts, model = word.split("-"), written.split("-")
    if len(parts) != len(model):
        model = model[:1]
    return "-".join(
        p[:1].upper() + p[1:] if m[:1].isupper() else p
        for p, m in zip(parts, model + [""] * len(parts), strict=False)
    )


def _last_part(text: str) -> str:
    return text.rstrip("-").rsplit("-", 1)[-1]


ROLE_N = Role("N")
ROLE_NONE = Role("")
#: Placeholder in a :class:`Profile`: the modifier is looked up when first needed.
UNKNOWN_ROLE = Role("?")


def _dutch_heads(words: Sequence[str]) -> list[str]:
    """The lower-case heads written after a hyphen (``«Nuclear Strike»-trainingen``,
    ``Forces-verdrag``): Dutch compounds on an English name, which make it no English name;
    the parts of an English hyphenation are capitalised (``Euro-Atlantic``)."""
    tails = (w.rsplit("-", 1)[1] for w in words if "-" in w.strip("-"))
    return [t for t in tails if t.isalpha() and t.islower()]


class Profile(NamedTuple):
    """Everything the patterns ask about one token type, computed once per type."""

    acronym: str | None
    #: An acronym or an all-capitals hyphenation of acronyms (``EU-NAVO``).
    acronym_role: bool
    #: Noun? indexed by ``2 * sentence_initial + after_determiner``.
    noun: tuple[bool, bool, bool, bool]
    modifier: Role | None
    #: Name part? indexed by ``sentence_initial``.
    name: tuple[bool, bool]
    english: bool
    truncated: bool
    word: bool


class SentenceScanner:
    """Finds the mentions of one sentence; ``words`` carries the memoised lexicon."""

    def __init__(self, words: Words) -> None:
        self.w = words
        self._profiles: dict[tuple[str, ...], Profile] = {}
        self._mods: dict[tuple[str, ...], Role | None] = {}
        self._renders: dict[tuple, tuple[str, str, int, tuple[str, ...]]] = {}
        #: General noun genders: the treebank table, overridden by the term base's.
        self.gender_table: dict[str, str] = {
            **words.res.noun_genders(),
            **seed_genders(words.res.seeds, words.adjective_base, words.attributive),
        }
        #: Noun genders shown by articles in the text being analysed (:mod:`.gender`).
        self.genders: dict[str, str] = {}
        #: :func:`noun_gender` of the nouns met in the text being analysed.
        self._noun_genders: dict[str, str | None] = {}
        #: Words the text being analysed capitalises inside a sentence (``de Tweede Kamer``):
        #: at the start of a sentence they may begin a name too (``Tweede Kamer stemde``).
        self.capitalized: frozenset[str] = frozenset()
        #: Words the text writes in lower case inside a sentence (``de dressuur``).
        self.lowercased: frozenset[str] = frozenset()
        self.persons = PersonFinder(words, words.res.seeds)
        self._seed_acronyms = frozenset(fold(s) for s in words.res.seeds if s.isupper())
        self._seed_names = frozenset(fold(s) for s in words.res.seeds)
        #: Tokens (``Tok.i``) of people's names in the text being analysed, and its surnames.
        self.person_tokens: frozenset[int] = frozenset()
        self.surnames: frozenset[str] = frozenset()

    def set_text(
        self,
        tokens: Sequence[Tok],
        sents: Sequence[Sequence[Tok]],
        starts: Sequence[Sequence[bool]],
    ) -> None:
        """Take the evidence of the text about to be scanned (its tokens and sentences, and
        where its units begin: :func:`unit_starts` of each sentence)."""
        self.genders = article_votes(tokens)
        self._noun_genders = {}
        inside = [
            t
            for sent, begins in zip(sents, starts, strict=True)
            for t, start in zip(sent, begins, strict=True)
            if not start
        ]
        self.capitalized = frozenset(t.text for t in inside if t.text[:1].isupper())
        self.lowercased = frozenset(t.text for t in inside if t.text.islower())
        self.person_tokens, self.surnames = self.persons.find(sents)

    def noun_gender(self, lemma: str) -> str | None:
        """The gender of a noun lemma: the text's articles, the treebank, suffixes."""
        if lemma not in self._noun_genders:
            self._noun_genders[lemma] = noun_gender(
                lemma, self.genders, self.gender_table, self._known_noun
            )
        return self._noun_genders[lemma]

    def profile(self, tok: Tok) -> Profile:
        """The :class:`Profile` of a token, memoised on its text, tag and features."""
        key = (tok.text, tok.pos, tok.verbform, tok.degree, tok.numtype, tok.lemma)
        found = self._profiles.get(key)
        if found is None:
            if len(self._profiles) > 500_000:
                self._profiles.clear()
            found = self._profiles[key] = self._make_profile(tok)
        return found

    def _make_profile(self, tok: Tok) -> Profile:
        text = tok.text
        word = any(c.isalnum() for c in text)
        if not word or (tok.pos in ("PUNCT", "SYM", "NUM") and not has_letters(text)):
            return Profile(None, False, (False,) * 4, None, (False, False), False, False, word)
        if tok.pos in CLOSED_POS and text.islower() and "-" not in text:
            return Profile(
                None,
                False,
                (False,) * 4,
                None,
                (False, False),
                text.isalpha() and self.w.english(text),
                False,
                word,
            )
        acro = acronym_of(text)
        hyph = hyphen_acronyms(text)
        return Profile(
            acronym=acro,
            acronym_role=bool(acro or (hyph and text.replace("-", "").isupper())),
            noun=self.noun_variants(tok),
            modifier=UNKNOWN_ROLE,
            name=(self._is_name_part(tok, False), self._is_name_part(tok, True)),
            english=self._english_form(text),
            truncated=len(text) > 2 and text.endswith("-") and text[-2].isalnum(),
            word=word,
        )

    def _english_form(self, text: str) -> bool:
        """An English word, or an English compound whose every part is one (``follow-on``,
        ``air-to-air``, ``off-the-shelf``): Dutch writes such borrowings with their hyphens."""
        if text.isalpha():
            return self.w.english(text)
        parts = text.split("-")
        return (
            len(parts) > 1
            and all(p.isalpha() for p in parts)
            and all(self.w.english(p) for p in parts)
        )

    def _known_noun(self, lower: str) -> bool:
        return self.w.res.in_index("noun", lower)

    def profiles(self, sent: Sequence[Tok]) -> list[Profile]:
        return [self.profile(t) for t in sent]

    # -- token roles -------------------------------------------------------------------------

    def noun_evidence(self, lower: str) -> bool:
        """Positive evidence that ``lower`` is a noun: the lexicon, a compound with a known
        head, or a noun suffix — and not an everyday word the lexicon knows otherwise."""
        if self.w.noun_lemma(lower):
            return True
        if self.w.verb_known(lower) or self.w.adjective_base(lower):
            return False
        if self.w.zipf(lower) >= EVERYDAY_UNKNOWN_ZIPF:
            return False  # ``bovendien``, ``vanwege``: common, yet no noun in the lexicon
        return bool(self.w.compound_lemma(lower)) or looks_like_noun(lower)

    def is_noun(self, tok: Tok, initial: bool = False, det: bool = False) -> bool:
        """Noun by tag, or by lexicon/shape when the tagger said VERB/ADJ/ADV/X; ``initial``
        at the start of a sentence, ``det`` right after a determiner."""
        return self.noun_variants(tok)[2 * initial + det]

    def noun_variants(self, tok: Tok) -> tuple[bool, bool, bool, bool]:
        """:meth:`is_noun` for (mid-sentence, after a determiner, sentence-initial,
        sentence-initial after a determiner), sharing the lexicon work."""
        no = (False, False, False, False)
        text = tok.text
        if not has_letters(text) or text.endswith("-") or text.startswith("-") or len(text) < 2:
            return no
        if not without_apostrophes(text).replace("-", "").isalpha() and not (
            "-" in text and _last_part(text).isalpha()
        ):  # ``2%-norm``, ``F-16-munitie``
            return no
        compound = "-" in text and _last_part(text).isalpha()
        if (
            _ELIDED.match(text)  # ``d'Ostende``, ``l'Arbre``: a French article or particle
            or acronym_of(text)
            or (tok.pos in CLOSED_POS and not compound)
            or pronominal_adverb(tok.lower)
            or tok.lower in FUNCTION_WORDS  # ``en`` tagged as a noun is still ``en``
            or CLOCK_TIME.fullmatch(tok.lower)  # ``om halfdrie``
        ):
            return no
        capital = _last_part(text)[:1].isupper()
        mid_ok = not capital  # a name part (``Raad``, ``Document``): names are found apart
        initial_ok = not capital or "-" not in text
        if not (mid_ok or initial_ok):
            return no
        plain, with_det = self._noun_core(tok)
        return (
            mid_ok and plain,
            mid_ok and with_det,
            initial_ok and plain,
            initial_ok and with_det,
        )

    def _noun_core(self, tok: Tok) -> tuple[bool, bool]:
        """The lexicon decision (without, with a determiner before the word)."""
        text, lower = tok.text, tok.lower
        if "-" in text and not text.replace("-", "").isalpha():
            return (bool(self.w.noun_lemma(_last_part(lower))),) * 2  # ``2%-norm``
        if tok.pos == "VERB" and tok.verbform == "Part" and self.w.nominal_participle(lower):
            return True, True  # ``als genodigden``: a participle with a plural noun's ending
        known = self.w.noun_lemma(lower)
        if (
            known
            and self.w.zipf(known) < max(RARE_WORD_ZIPF, self.w.zipf(lower) - 1.0)
            and self.w.verb_known(lower)
        ):
            return False, False  # ``melden`` → ``melde``: a verb, not a rare noun's plural
        if tok.pos == "NOUN" or (
            tok.pos == "PROPN" and (lower == text or ("-" in text and self._dutch_head(text)))
        ):
            if known or ("-" in text and self._dutch_head(text)):
                return True, True  # a hyphenated name + Dutch noun: ``Wales-top``
            if (
                self.w.zipf(lower) >= EVERYDAY_UNKNOWN_ZIPF
                or self.w.adjective_base(lower)
                or self._comparative(lower)
            ):
                return False, False
            if self.w.verb_known(lower) and not looks_like_noun(lower):
                return False, False
            found = self.w.zipf(lower) < RARE_WORD_ZIPF or self.noun_evidence(lower)
            return found, found
        if (
            len(lower) < 4
            or self.w.zipf(lower) >= FUNCTION_ZIPF
            or (tok.verbform in ("Part", "Inf") and self.w.verb_known(lower))
        ):
            return False, False
        if known:
            plain = not self.w.verb_known(lower) and not self.w.adjective_base(lower)
            return plain, True
        evidence = self.noun_evidence(lower)
        found = evidence and looks_like_noun(lower)
        # In a noun's slot a Dutch compound whose head is a noun is that noun (``de bredere
        # veiligheidsinzet``, tagged as a verb for its head ``inzet``); not a present
        # participle (``kwamende``).
        compound = (
            evidence
            and lower.isalpha()
            and not lower.endswith(("end", "ende"))
            and self.w.compound_lemma(lower) is not None
        )
        # A linking ``-s-`` after a noun makes a noun compound anywhere: no Dutch verb is
        # formed so (``en aanpassingsmaatregelen``, tagged as a verb).
        return found or (compound and self._linked(lower)), found or compound

    def _comparative(self, lower: str) -> bool:
        """An adjective's comparative the lexicon does not list (``coherenter``,
        ``capabeler``, ``zwaarder``, ``groter``), which a tagger may take for a noun."""
        if not lower.endswith("er") or len(lower) < 6:
            return False
        stem = lower[:-2]
        stems = [stem, stem[:-1]] if stem.endswith("d") else [stem]  # ``zwaar|d|er``
        if (
            len(stem) > 2
            and stem[-1] not in "aeiou"
            and stem[-2] in "aeou"
            and stem[-3] not in "aeiou"
        ):
            stems.append(stem[:-1] + stem[-2] + stem[-1])  # ``grot`` → ``groot``
        return any(self.w.adjective_base(s) == s for s in stems)

    def _linked(self, lower: str) -> bool:
        """A compound whose first part is a noun with the linking ``-s-``
        (``aanpassings|maatregelen``)."""
        split = self.w.split_head(lower)
        if split is None or not split[0].endswith("s") or len(split[0]) < 5:
            return False
        return bool(self.w.noun_lemma(split[0][:-1]))

    def modifier(self, tok: Tok) -> Role | None:
        """A classifying adjective before a noun (``collectieve``, ``hybride``), or ``None``.

        Gradable adjectives (``belangrijke``), general function adjectives (``huidige``),
        everyday adjectives, common participles (``veranderde``) and present participles, which
        name an ongoing process (``destabiliserende``), describe rather than classify, so they
        do not start a term.
        """
        text = tok.text
        if not text.replace("-", "").isalpha() or text.endswith("-") or tok.pos in CLOSED_POS:
            return None
        if tok.lower in PREPOSITIONS:
            return None  # ``conform artikel 6``: a preposition, whatever the tagger says
        if tok.degree in ("Cmp", "Sup") or tok.numtype == "Ord":
            return None
        lower = tok.lower
        if self.w.zipf(lower) >= FUNCTION_ZIPF:
            return None
        base = self.w.adjective_base(lower)
        participle = (
            tok.verbform == "Part"
            or lower.endswith(("ende", "aande"))
            or (self.w.verb_known(lower) and not base)
        )
        if participle:
            if self.w.zipf(lower) >= RARE_PARTICIPLE_ZIPF or self.w.present_participle(lower):
                return None  # an event (``veranderde``) or an ongoing process (``escalerende``)
            base = base or (lower[:-1] if lower.endswith("e") else lower)
        elif prefixed_acronym(text):  # ``anti-ISIS``: a modifier whatever its tag
            prefix, _, rest = text.partition("-")
            base = f"{prefix.lower()}-{rest}"
        elif tok.pos == "ADJ":
            base = base or (tok.lemma.lower() if tok.lemma else lower)
        elif not base:
            return None
        if base in FUNCTION_ADJECTIVES or lower in FUNCTION_ADJECTIVES:
            return None
        if base in NORM_ADJECTIVES or (self.w.is_graded(base) and base not in DOMAIN_CLASSIFIERS):
            return None  # but ``conventionele wapens`` are a class, however ``conventioneler``
        if min(self.w.zipf(base), self.w.zipf(lower)) >= COMMON_ADJECTIVE_ZIPF:
            return None
        return Role("A", base)

    def roles(
        self, sent: Sequence[Tok], profs: Sequence[Profile], starts: Sequence[bool]
    ) -> list[Role]:
        """Role of every token; a known adjective directly before a noun is a modifier.
        ``starts`` marks the tokens that begin a unit of text (:func:`unit_starts`)."""
        n = len(sent)
        nouns = [profs[0].noun[2]] if n else []
        for k in range(1, n):
            prev, variants, at = sent[k - 1], profs[k].noun, 2 * starts[k]
            if variants[at] == variants[at + 1]:
                nouns.append(variants[at])  # a determiner before it would not change it
                continue
            # After a determiner, an inflected adjective, a noun of measure or quantity
            # (``aantal``, ``reeks``) or a preposition (``tussen kernwapenlanden``: a verb
            # never follows a preposition directly; ``te`` + infinitive is no preposition), a
            # word stands in a noun's slot.
            slot = (
                prev.pos in DETERMINER_POS
                or prev.poss
                or attributive(prev)
                or self.w.measure_noun(prev.text)
                or (prev.pos == "ADP" and prev.lower in SLOT_PREPOSITIONS)
            )
            nouns.append(variants[at + slot])
        out: list[Role] = []
        people = self.person_tokens
        leads = self._group_starts(sent, profs, nouns)
        for k in range(n):
            prof = profs[k]
            if sent[k].i in people:  # a person's name is no word of a term (``Rutte deel``)
                out.append(ROLE_NONE)
                continue
            if prof.acronym_role:
                out.append(Role("ACR", sent[k].text))
                continue
            if k + 1 < n and (nouns[k + 1] or leads[k + 1]):
                mod = self._modifier_of(sent[k], prof)
                if mod:
                    out.append(mod)
                    continue
            out.append(ROLE_N if nouns[k] else ROLE_NONE)
        return self._agreeing(sent, out)

    def _unknown_name(self, tok: Tok, prof: Profile) -> bool:
        """A word that begins a cell, a heading or a line of a list, tagged as a name, that
        the lexicon knows as no noun, verb or adjective and the text never writes in lower
        case, is read as it would be inside a sentence: a name (``Eindhoven`` or ``Horseball``
        on a line of its own; the compound splitter may read either). The caller drops the
        people the text names."""
        return (
            tok.pos == "PROPN"
            and prof.name[0]
            and not tok.text.isupper()
            and tok.lower not in self.lowercased
            and not self.w.lexicon_word(tok.lower)
        )

    def _agreeing(self, sent: Sequence[Tok], roles: list[Role]) -> list[Role]:
        """Drop adjectives that cannot be attributive: an uninflected form before a singular
        de-word or a plural is an adverb (``nationaal invulling geven``, ``moreel actief
        steunen``)."""
        for k, role in enumerate(roles):
            if role.kind != "A":
                continue
            j = k
            while j < len(roles) and roles[j].kind == "A":
                j += 1
            if j >= len(roles) or roles[j].kind != "N":
                continue
            head, lower = sent[j], sent[k].lower
            lemma = self.w.lemma_noun(head.text, head.lemma)
            plural = lemma.lower() != head.lower
            # ``een`` + an uninflected adjective + a singular noun is how Dutch writes a
            # het-word (``een militair overwicht``): the tagger's gender yields to it unless
            # the lexicon or the text's articles make the noun a de-word.
            het = k > 0 and sent[k - 1].lower == "een" and self.noun_gender(lemma) != "Com"
            if (
                (plural or (head.number == "Sing" and head.gender == "Com" and not het))
                and lower == role.base
                and self.w.attributive(role.base) != role.base
            ):
                roles[k] = ROLE_NONE
        return roles

    def _group_starts(
        self, sent: Sequence[Tok], profs: Sequence[Profile], nouns: Sequence[bool]
    ) -> list[bool]:
        """For each token: is it an adjective that itself leads on to a noun (``militaire`` in
        ``nieuwe militaire plannen``), the noun less than :data:`MAX_MODIFIERS` tokens on?
        One pass from the end, asking about a modifier only where a noun follows."""
        out = [False] * len(sent)
        to_noun: int | None = None  # tokens from here to the noun ending a run of modifiers
        for k in range(len(sent) - 1, -1, -1):
            if nouns[k]:
                to_noun = 0
            elif to_noun is not None and self._modifier_of(sent[k], profs[k]):
                to_noun += 1
                out[k] = to_noun < MAX_MODIFIERS
            else:
                to_noun = None
        return out

    def _modifier_of(self, tok: Tok, prof: Profile) -> Role | None:
        """:meth:`modifier`, computed only for words that stand before a noun, memoised."""
        if prof.modifier is not UNKNOWN_ROLE:
            return prof.modifier
        key = (tok.text, tok.pos, tok.verbform, tok.degree, tok.numtype, tok.lemma)
        if key in self._mods:
            return self._mods[key]
        if len(self._mods) > 500_000:
            self._mods.clear()
        found = self._mods[key] = self.modifier(tok)
        return found

    # -- noun groups -------------------------------------------------------------------------

    def groups(
        self, sent: Sequence[Tok], roles: Sequence[Role], starts: Sequence[bool]
    ) -> list[tuple[int, int]]:
        """Maximal ``ACR? A* N+`` groups as ``(first, last+1)`` token ranges, each inside one
        unit of text (a table's cells are apart)."""
        out = []
        k = 0
        n = len(sent)
        while k < n:
            start = k
            j = k
            if (
                roles[j].kind == "ACR"
                and j + 1 < n
                and roles[j + 1].kind in ("A", "N")
                and not starts[j + 1]
            ):
                j += 1
            mods = 0
            while (
                j < n
                and roles[j].kind == "A"
                and mods < MAX_MODIFIERS
                and (j == start or not starts[j])
            ):
                j += 1
                mods += 1
            nouns = 0
            while j < n and roles[j].kind == "N" and nouns < MAX_NOUNS:
                if j > start and starts[j]:
                    break
                if nouns and not self._second_noun(sent, j):
                    break
                j += 1
                nouns += 1
            if nouns:
                out.append((start, j))
                k = j
            else:
                k = start + 1
        return out

    def _second_noun(self, sent: Sequence[Tok], j: int) -> bool:
        """Dutch writes compounds as one word, so two nouns in a row are mostly a tagging
        error (``bondgenoten onderstrepen``); accept the pair only when both are clearly
        nouns (``drone coalities``) or English (``flagship projects``), and the second is no
        object of a verb closing the clause (``een rotatie leiding geven``)."""
        prev, tok = sent[j - 1], sent[j]
        if self.w.english(tok.text) and self.w.english(prev.text):
            return True
        lower = tok.lower
        if self.w.measure_noun(prev.text):
            return False  # ``verschillende type drones``: a measure of the noun, not a term
        if prev.number == "Plur":
            return False  # ``met andere lidstaten invloed uitoefenen``: two objects
        if j + 1 < len(sent) and sent[j + 1].pos in ("VERB", "AUX"):
            return False  # ``die een rotatie leiding geven``: the object of a final verb
        return (
            prev.pos == "NOUN"
            and tok.pos == "NOUN"
            and bool(self.w.noun_lemma(lower))
            and not self.w.verb_known(lower)
        )

    def _render(
        self, sent: Sequence[Tok], roles: Sequence[Role], a: int, b: int, sent_initial: bool
    ) -> tuple[str, str, int, tuple[str, ...]]:
        """(key, display, vote weight, generated forms) of the group ``sent[a:b]``, memoised
        on the words, roles and head features it depends on."""
        head = sent[b - 1]
        gender = None
        if a < b - 1:  # ``het operationele domein``: only a modified noun needs its gender
            lemma = self.w.lemma_noun(head.text, head.lemma)
            singular = straight_apostrophes(head.text).lower() == lemma.lower()
            gender = (gender_before(sent, a) if singular else None) or self.noun_gender(lemma)
        key = (
            tuple(t.text for t in sent[a:b]),
            tuple(roles[a:b]),
            sent_initial,
            head.gender,
            head.lemma,
            gender,
        )
        found = self._renders.get(key)
        if found is None:
            if len(self._renders) > 200_000:
                self._renders.clear()
            found = self._renders[key] = self._render_group(sent, roles, a, b, sent_initial, gender)
        return found

    def _render_group(
        self,
        sent: Sequence[Tok],
        roles: Sequence[Role],
        a: int,
        b: int,
        sent_initial: bool,
        gender: str | None = None,
    ) -> tuple[str, str, int, tuple[str, ...]]:
        head = sent[b - 1]
        if self.w.english_noun(head.text) and not self._dutch_head(head.text):
            head_lemma = english_singular(strip_possessive(head.text).lower())
        else:
            head_lemma = self.w.lemma_noun(head.text, head.lemma)
        if sent_initial and a == b - 1:
            head_lemma = (
                head_lemma
                if not head.text[:1].isupper() or "-" in head.text
                else _first_lower(head_lemma)
            )
        singular = straight_apostrophes(head.text).lower() == head_lemma.lower()
        #: A neuter noun's dictionary form has the uninflected adjective: ``operationeel
        #: domein`` (``een operationeel domein``), however the text inflected it.
        neuter = gender == NEUTER
        key_words: list[str] = []
        shown: list[str] = []
        attr_words: list[str] = []
        base_words: list[str] = []
        for k in range(a, b - 1):
            tok, role = sent[k], roles[k]
            text = tok.text
            if (
                k == a
                and sent_initial
                and not acronym_of(text)
                and not proper_adjective(text, self.w)
            ):
                text = _first_lower(text)  # but ``Nederlandse`` has its capital anywhere
            if role.kind == "A":
                base = role.base
                attr = self.w.attributive(base)
                base, attr = case_like(base, text), case_like(attr, text)
                key_words.append(base.lower())
                attr_words.append(attr)
                base_words.append(base)
                shown.append(base if neuter else text if singular else attr)
            else:
                word = text if role.kind == "ACR" else text.lower()
                key_words.append(word if role.kind == "ACR" else word.lower())
                attr_words.append(word)
                base_words.append(word)
                shown.append(word)
        key_head = head_lemma if acronym_of(head_lemma.split("-")[0]) else head_lemma.lower()
        key_words.append(key_head)
        shown.append(head_lemma)
        display = " ".join(shown)
        forms = [" ".join([*attr_words, head_lemma]), plural_recipe(attr_words, head_lemma)]
        if neuter or (head.gender == "Neut" and singular):
            forms.append(" ".join([*base_words, head_lemma]))
        weight = (1 if sent_initial else 2) + (2 if singular else 0)
        return " ".join(key_words), display, weight, tuple(dict.fromkeys(forms))

    def group_mentions(
        self, sent: Sequence[Tok], roles: Sequence[Role], text: str, starts: Sequence[bool]
    ) -> list[Mention]:
        """Each maximal group and every right-headed suffix of it (nested, for C-value)."""
        out = []
        for a, b in self.groups(sent, roles, starts):
            head = sent[b - 1]
            percent = self._percent(sent, a, b, text)
            if percent is not None:
                out.append(percent)  # ``2 procent-norm`` is the ``2%-norm``
                continue
            for s in range(a, b):
                kind = roles[s].kind
                if kind not in ("A", "N", "ACR") or (kind == "ACR" and (s == b - 1 or s > a)):
                    continue
                if sent[s].text[:1].isdigit() and s and roles[s - 1].kind == "N":
                    continue  # ``100-brief`` after ``artikel``: the number is artikel's
                out.append(
                    _group_mention(
                        self._render(sent, roles, s, b, starts[s]),
                        sent[s].start,
                        head.end,
                        text,
                        sub=s > a,
                        repeat=roles[s].kind == "ACR" and not _acronym_pair(sent[s].text),
                    )
                )
            out += self._hyphen_head(head, text)
            out += self._coordinated_classes(sent, roles, a, b, text)
        return out

    def _coordinated_classes(
        self, sent: Sequence[Tok], roles: Sequence[Role], a: int, b: int, text: str
    ) -> list[Mention]:
        """Classes of weapon, threat or domain coordinated before a group that opens with one
        (``nucleaire en conventionele capaciteiten``, ``chemische, biologische en nucleaire
        wapens``, ``zowel de conventionele als de nucleaire capaciteiten``): each adjective
        names its own class of the head (:data:`DOMAIN_CLASSIFIERS`), as NATO writes
        "conventional and nuclear forces", so each pair is a term."""
        if b - a != 2 or sent[a].lower not in DOMAIN_CLASSIFIERS or roles[a].kind != "A":
            return []
        out = []
        k = a - 1
        if k >= 1 and sent[k].lower in ("de", "het") and sent[k - 1].lower == "als":
            k -= 1  # ``zowel de conventionele als de nucleaire``
        if k < 1 or sent[k].lower not in ("en", "of", "als"):
            return []
        k -= 1
        while k >= 0 and sent[k].lower in DOMAIN_CLASSIFIERS:
            adjective = sent[k]
            pair = [adjective, sent[b - 1]]
            role = self.modifier(adjective) or Role(
                "A", self.w.adjective_base(adjective.lower) or ""
            )
            if not role.base:
                break
            rendered = self._render(pair, [role, roles[b - 1]], 0, 2, False)
            out.append(
                _group_mention(rendered, adjective.start, sent[b - 1].end, text, derived=True)
            )
            k -= 1
            if k >= 1 and sent[k].lower in ("de", "het") and sent[k - 1].lower == "zowel":
                break
            if k >= 0 and sent[k].text == ",":
                k -= 1
            else:
                break
        return out

    def _percent(self, sent: Sequence[Tok], a: int, b: int, text: str) -> Mention | None:
        """``2 procent-norm``, ``twee procent-norm``: a compound on a percentage written in words,
        the same term as ``2%-norm``."""
        head = sent[b - 1]
        first, _, rest = head.text.partition("-")
        if b - a != 1 or a == 0 or first.lower() != "procent" or not rest.isalpha():
            return None
        number = sent[a - 1]
        digits = number.text if number.text.replace(",", "").isdigit() else None
        digits = digits or NUMBER_WORDS.get(number.lower)
        if digits is None:
            return None
        lemma = self.w.lemma_noun(rest, rest).lower()
        return _term_mention(f"{digits}%-{lemma}", number.start, head.end, text)

    def _hyphen_head(self, head: Tok, text: str) -> list[Mention]:
        """The compound after a prefix joined with a hyphen (``NAVO-capaciteitsvereisten``,
        ``Chinook-transporthelikopters``), as a nested mention: the compound is the concept the
        prefix narrows, as a right-hand word of a group is (C-value discounts it)."""
        first, _, rest = head.text.partition("-")
        if not first or not rest.isalpha() or not rest.islower() or len(rest) < 8:
            return []
        if first.lower() in OPPOSITION_PREFIXES:
            return []  # ``non-proliferatiearchitectuur`` is non-proliferatie + architectuur
        lemma = self.w.lemma_noun(rest, rest).lower()
        if self.w.split_head(lemma) is None:
            return []
        return [_term_mention(lemma, head.start + len(first) + 1, head.end, text, sub=True)]

    # -- pairs and prepositional terms -------------------------------------------------------

    def pair_mentions(
        self, sent: Sequence[Tok], roles: Sequence[Role], text: str, starts: Sequence[bool]
    ) -> list[Mention]:
        """``afschrikking en verdediging`` and ``stand van zaken``: they count only if repeated."""
        out = []
        for k in range(1, len(sent) - 1):
            mid = sent[k].lower
            left, right = sent[k - 1], sent[k + 1]
            if roles[k - 1].kind != "N" or roles[k + 1].kind != "N":
                continue
            if starts[k] or starts[k + 1]:
                continue  # cells of a table
            if mid in PAIR_CONJUNCTIONS:
                if k >= 2 and sent[k - 2].text == ",":
                    continue
                if k + 2 < len(sent) and roles[k + 2].kind == "N":
                    continue
                lw = self.w.lemma_noun(left.text, left.lemma)
                rw = self.w.lemma_noun(right.text, right.lemma)
                lw = _first_lower(lw) if lw[:1].isupper() and not acronym_of(lw) else lw
                display = f"{lw} {mid} {rw}"
                sing = left.lower == lw.lower() and right.lower == rw.lower()
                forms = (display, f"{left.lower} {mid} {right.lower}")
                out.append(
                    Mention(
                        key=display.lower(),
                        kind="term",
                        display=display,
                        start=left.start,
                        end=right.end,
                        surface=text[left.start : right.end],
                        repeat=True,
                        weight=4 if sing else 1,
                        forms=forms,
                    )
                )
            elif (
                mid in NOUN_PREPOSITIONS
                and not _heads_a_post(sent, k + 1)
                and not _complex_preposition(sent, k)
            ):
                lw = self.w.lemma_noun(left.text, left.lemma)
                lw = _first_lower(lw) if k - 1 == 0 and not acronym_of(lw) else lw
                rw = right.text if acronym_of(right.text.split("-")[0]) else right.lower
                display = f"{lw} {mid} {rw}"
                out.append(
                    Mention(
                        key=display.lower(),
                        kind="term",
                        display=display,
                        start=left.start,
                        end=right.end,
                        surface=text[left.start : right.end],
                        repeat=True,
                        forms=(display,),
                    )
                )
        return out

    # -- names -------------------------------------------------------------------------------

    def _is_name_part(self, tok: Tok, initial: bool) -> bool:
        text = tok.text
        if not has_letters(text) or text.endswith("-") or not text[:1].isupper():
            return False
        if acronym_of(text):
            return True
        if hyphen_acronyms(text):
            # ``NAVO-bondgenoot Turkije``: an acronym before a common noun makes a compound
            # of general Dutch, no name part; ``NAVO-Rusland`` is one
            return not _last_part(text).islower()
        if not without_apostrophes(text).replace("-", "").isalnum():
            return False
        if "-" in text and self._dutch_head(text):
            return False  # ``Patriot-systemen``: a name before a common noun makes a compound
        if initial and ROMAN.match(text):
            return False  # ``II Reactie van de Minister``: a section number
        if QUARTER.match(text):
            return False  # ``Q1 2026``: a quarter of the year
        if initial:
            lower = tok.lower
            if tok.pos != "PROPN" or self.w.zipf(lower) >= FUNCTION_ZIPF or lower in FUNCTION_WORDS:
                return False  # ``Ingevolge artikel 100``: a sentence's first word, no name
            if self.w.lexicon_word(lower) or self.w.compound_lemma(lower):
                return False
        return (
            tok.pos not in ("DET", "PRON", "ADP", "CCONJ", "SCONJ", "PUNCT", "AUX")
            or tok.pos == "PROPN"
        )

    def _name_word(self, sent: Sequence[Tok], k: int, start: int) -> str:
        """A name word as written; the plural head before a connector is made singular
        (``Ministers van Defensie`` → ``Minister van Defensie``), but not a word of the
        complement after a connector in the whole name from ``start`` (``Minister van
        Buitenlandse Zaken van Oekraïne`` keeps ``Zaken``), nor a word after the head noun
        (``Commissie Buitenlandse Zaken van de Tweede Kamer``: the committee is the head)."""
        tok = sent[k]
        text = _QUOTED_HEAD.sub("-", strip_possessive(tok.text))  # «Nuclear Strike»-trainingen
        before_connector = k + 1 < len(sent) and sent[k + 1].lower in NAME_CONNECTORS
        head = all(self._before_head(t) for t in sent[start:k])
        if before_connector and head and text.islower() and text in POST_PLURALS:
            return POST_PLURALS[text]  # ``ministers van Defensie``: the lower-case post
        if before_connector and head and tok.number == "Plur" and not self.w.english(text):
            last = _last_part(text)
            lemma = self.w.noun_lemma(last.lower())
            if lemma and lemma != last.lower() and last[:1].isupper():
                return text[: len(text) - len(last)] + lemma[:1].upper() + lemma[1:]
        return text

    def _before_head(self, tok: Tok) -> bool:
        """A name word that can stand before the name's head noun: an adjective (``Permanente``
        Vertegenwoordigers) or an acronym (``NAVO`` Ministers), not a connector or a noun."""
        if tok.lower in NAME_CONNECTORS:
            return False
        return bool(tok.pos == "ADJ" or acronym_of(tok.text) or self.w.adjective_base(tok.lower))

    def _country_after_name(self, sent: Sequence[Tok], j: int) -> bool:
        """A country CLDR names right after a name (``Hooksiel Duitsland``, a table's row read
        as text) is a second name: a country ends a name only after a noun the lexicon knows
        (``Republiek Estland``, ``Bondsrepubliek Duitsland``), not after a name the compound
        splitter happens to read (``Frederikshaven Denemarken``), nor after a compass point's
        adjective, which names a part of it (``Noordelijk Afrika``)."""
        prev = sent[j - 1]
        return (
            sent[j].text in territory_names()
            and prev.text[:1].isupper()
            and not acronym_of(prev.text)
            and not self.w.noun_lemma(prev.lower)
            and compass_point(prev.text) is None
        )

    def _common_noun(self, lower: str) -> bool:
        return bool(self.w.noun_lemma(lower) or self.w.compound_lemma(lower))

    def _dutch_head(self, text: str) -> bool:
        return dutch_head(text, self.w)

    def _truncated_pair(self, sent: Sequence[Tok], parts: Sequence[bool], j: int) -> bool:
        """``Productie- en Leveringszekerheid`` inside a name."""
        return (
            j + 2 < len(sent)
            and sent[j].text.endswith("-")
            and sent[j].text[:1].isupper()
            and sent[j + 1].lower in PAIR_CONJUNCTIONS
            and parts[j + 2]
        )

    @staticmethod
    def _spaced_hyphen(sent: Sequence[Tok], parts: Sequence[bool], j: int) -> bool:
        """``NAVO - Rusland Raad``: a spaced hyphen after an acronym joins it to the name after
        it, as the unspaced hyphen of ``NAVO-Rusland Raad`` does."""
        return (
            0 < j < len(sent) - 1
            and sent[j].text in SPACED_HYPHENS
            and parts[j + 1]
            and bool(acronym_of(sent[j - 1].text))
        )

    def title_mentions(
        self, sent: Sequence[Tok], profs: Sequence[Profile], text: str
    ) -> list[Mention]:
        """The official titles of treaties and protocols, lower-case words included:
        ``Protocol bij het Noord-Atlantisch Verdrag inzake de toetreding van Montenegro``. A
        capitalised instrument (:data:`~glossary.nlp.dutch.names.INSTRUMENTS`) followed by
        ``bij``, ``inzake``, ``betreffende`` or ``tot`` runs over articles, prepositions,
        nouns and names to the last name before punctuation or any other word; it must hold
        another name."""
        out: list[Mention] = []
        n = len(sent)
        for k in range(n - 3):
            if sent[k].text not in INSTRUMENTS or sent[k + 1].lower not in TITLE_PREPOSITIONS:
                continue
            end = names = 0
            for j in range(k + 1, min(n, k + MAX_TITLE)):
                tok = sent[j]
                if profs[j].name[False] and tok.lower not in TITLE_WORDS:
                    names += 1
                    end = j + 1
                elif not (tok.lower in TITLE_WORDS or (tok.pos == "NOUN" and tok.text.islower())):
                    break
            if names < 2:
                continue
            start, stop = sent[k].start, sent[end - 1].end
            out.append(_name_mention(" ".join(text[start:stop].split()), start, stop, text))
        return out

    def name_mentions(
        self, sent: Sequence[Tok], profs: Sequence[Profile], text: str, starts: Sequence[bool]
    ) -> list[Mention]:
        """Capitalised sequences with connectors; their sub-names of two words or more too."""
        out: list[Mention] = []
        n = len(sent)
        parts = [p.name[start] for start, p in zip(starts, profs, strict=True)]
        listed = [n > 0 and starts[0] and _list_line(text, sent[0].start), *starts[1:]]
        for k in range(n):
            if listed[k] and not parts[k] and self._unknown_name(sent[k], profs[k]):
                parts[k] = True
        if self.person_tokens or self.surnames:
            people, surnames = self.person_tokens, self.surnames
            parts = [
                part and t.i not in people and fold(t.text) not in surnames
                for part, t in zip(parts, sent, strict=True)
            ]
        for k in range(n - 1):
            if not starts[k] or parts[k] or not profs[k].name[0]:
                continue
            m = k + 2 if sent[k + 1].lower in NAME_CONNECTORS and k + 2 < n else k + 1
            if (
                parts[m]
                and not starts[m]
                and (sent[k].text in self.capitalized or self._opens_name(sent, k, m))
            ):
                parts[k] = True
        posts = [
            portfolio_post(sent[k].text, sent[k + 1].text, sent[k + 2].text) for k in range(n - 2)
        ]
        for k, post in enumerate(posts):
            if post in LOWER_CASE_POSTS and parts[k + 2]:
                parts[k] = True  # ``minister van Defensie``, as the government writes it
                if _standing(sent, k, post):
                    parts[k - 1] = True  # ``vaste commissie voor Defensie``
        out += self._listed_posts(sent, parts, posts, text)
        for k in range(n - 1):
            if parts[k + 1] and self._designation(sent, k):
                parts[k] = parts[k + 1] = False  # ``Artikel VI``: a provision, no name
        if not any(parts):
            return out
        k = 0
        while k < n:
            if not parts[k]:
                k += 1
                continue
            j = k + 1
            while j < n and j - k < MAX_NAME:
                if _COLUMN_GAP.search(text, sent[j - 1].end, sent[j].start):
                    break  # a tab, a line end or a run of spaces: another column or line
                if _owner(sent[j - 1].text):
                    break  # ``ISAF’s Regional Command``: the organisation owns the name after
                joiners = NAME_CONNECTORS
                if (
                    sent[j].lower in PAIR_CONJUNCTIONS
                    and j + 1 < n
                    and any(t.lower in ("van", "voor") for t in sent[k:j])
                    and self._common_noun(sent[j - 1].lower)
                    and self._common_noun(sent[j + 1].lower)
                    and sent[k].number != "Plur"  # ``Ministers van X en Y``: two posts
                ):
                    joiners = NAME_CONNECTORS | PAIR_CONJUNCTIONS  # Minister van X en Y
                if parts[j] and self._country_after_name(sent, j):
                    break
                if _territory_with_en(sent, k, j):
                    j += 2  # ``Bosnië en Herzegovina``: one country
                    continue
                if parts[j]:
                    j += 1
                elif j == k + 1 and acronym_of(sent[k].text) and sent[j].lower in NAME_CONNECTORS:
                    break  # ``CSDP van Hoge Vertegenwoordiger Ashton``: an acronym is a name whole
                elif j - 1 > k and self._paired_adjectives(sent, parts, j):
                    j += 2  # ``Europees Economisch en Sociaal Comité``
                elif self._spaced_hyphen(sent, parts, j) or (
                    sent[j].lower in joiners and j + 1 < n and parts[j + 1]
                ):
                    j += 2
                elif (
                    (sent[j].lower in NAME_CONNECTORS or _english_in(sent, k, j))
                    and j + 2 < n
                    and sent[j + 1].lower in NAME_CONNECTORS
                    and parts[j + 2]
                ) or self._truncated_pair(sent, parts, j):
                    j += 3
                elif _english_in(sent, k, j) and j + 1 < n and parts[j + 1]:
                    j += 2
                elif _portfolio_list(sent, parts, k, j):
                    j += 2  # ``Minister van Volksgezondheid, Welzijn en Sport``
                else:
                    break
            if (
                j < n
                and self._named_head(sent[j])
                and not _COLUMN_GAP.search(text, sent[j - 1].end, sent[j].start)
                and not all(proper_adjective(t.text, self.w) for t in sent[k:j])
            ):  # but ``Nederlandse Patriot-systemen`` says whose
                parts = [*parts[:j], True, *parts[j + 1 :]]
                j += 1  # ``Intermediate-Range Nuclear Forces-verdrag``: the name's compound
            if self._numbered(sent, k, j, text) or self._dated(sent, k, j, text):
                parts = [*parts[:j], True, *parts[j + 1 :]]  # ``Task Force 410``, ``… 2001``
                j += 1
            if self._unit_number(sent, k, j, text):
                parts = [*parts[: k - 1], True, *parts[k:]]  # ``322 Squadron``
                k -= 1
            if not self._complement_of_name(sent, k, j):
                out.extend(self._name_spans(sent, parts, k, j, text))
            k = j
        return out

    def _paired_adjectives(self, sent: Sequence[Tok], parts: Sequence[bool], j: int) -> bool:
        """``en`` between two capitalised adjectives inside a name (``Europees Economisch en
        Sociaal Comité``, ``Raad Economische en Financiële Zaken``) joins them: a name ends
        in a noun, never in an adjective before ``en``. The caller asks for a name word
        before the first adjective; at a name's start two adjectives say whose
        (``Nederlandse en Duitse Patriot-eenheden``)."""
        if sent[j].lower not in PAIR_CONJUNCTIONS or j + 2 >= len(sent) or not parts[j + 1]:
            return False
        return all(
            w[:1].isupper() and w[1:].islower() and self.w.adjective_base(w.lower()) is not None
            for w in (sent[j - 1].text, sent[j + 1].text)
        )

    def _opens_name(self, sent: Sequence[Tok], k: int, m: int) -> bool:
        """A word that begins a unit of text before a capitalised word of a name begins the
        name, as it would further on: a noun (``Adviesraad Internationale Vraagstukken``
        after a tab) or a relational adjective (``Federaal Staatsblad``, ``Europese
        Commissie``), also before a connector (``Commandant der Strijdkrachten``); a
        gradable adjective describes (``Grote Windturbines``), and a noun before a place says
        what the place is (``Bondgenoten Duitsland en Polen``, ``Steun voor Oekraïne``).
        ``sent[m]`` is the name's next capitalised word."""
        tok, after = sent[k], sent[m]
        if tok.verbform or not tok.text.isalpha() or not after.text.isalpha():
            return False
        if tok.lower in FUNCTION_WORDS:
            return False  # ``Volgens Verordening …``
        if after.text.isupper() or after.text in territory_names():
            return False
        base = self.w.adjective_base(tok.lower)
        if base is not None:
            return tok.pos in ("ADJ", "PROPN") and not self.w.is_graded(base)
        return tok.pos in ("NOUN", "PROPN") and self._common_noun(tok.lower)

    @staticmethod
    def _listed_posts(
        sent: Sequence[Tok],
        parts: Sequence[bool],
        posts: Sequence[str | None],
        text: str,
    ) -> list[Mention]:
        """The posts of a list of portfolios after one post (``de ministers van Buitenlandse
        Zaken, van Defensie en van Veiligheid en Justitie``, ``de vaste commissie voor
        Buitenlandse Zaken en voor Defensie``): each portfolio after the repeated preposition
        names a post of its own (``minister van Defensie``), spanning the words written for
        it. The first portfolio is the post's own name; ``posts`` holds what
        :func:`~glossary.nlp.dutch.names.portfolio_post` reads at each word."""
        out: list[Mention] = []
        n = len(sent)
        for k, post in enumerate(posts):
            if post is None or not parts[k + 2]:
                continue  # also ``de ministers van Finland en Zweden``: whose, no portfolios
            prep = sent[k + 1].lower
            if _standing(sent, k, post):
                post = f"{STANDING} {post}"
            j = _portfolio_end(sent, parts, k + 2)
            while (
                j + 2 < n
                and sent[j].text in (",", "en")
                and sent[j + 1].lower == prep
                and parts[j + 2]
                and portfolio_start(sent[j + 2].text)
            ):
                end = _portfolio_end(sent, parts, j + 2)
                portfolio = " ".join(t.text for t in sent[j + 2 : end])
                start, stop = sent[j + 1].start, sent[end - 1].end
                out.append(_name_mention(f"{post} {prep} {portfolio}", start, stop, text))
                j = end
        return out

    def _numbered(self, sent: Sequence[Tok], a: int, b: int, text: str) -> bool:
        """A name of a formation or a vehicle type followed by its number (``Standing NRF
        Maritime Group 2``, ``Task Force 410``, ``Combat Vehicle 90``): the number is part of
        the name. A name the term base lists without a number keeps its form (a footnote's
        number may follow it)."""
        if b >= len(sent) or sent[b - 1].text not in NUMBERED_HEADS:
            return False
        number = sent[b].text
        if not (number.isdigit() and len(number) <= 3) or _COLUMN_GAP.search(
            text, sent[b - 1].end, sent[b].start
        ):
            return False
        return fold(" ".join(t.text for t in sent[a:b])) not in self._seed_names

    def _unit_number(self, sent: Sequence[Tok], a: int, b: int, text: str) -> bool:
        """A number right before a name that ends in a kind of formation (``322 Squadron``,
        ``101 Geniebataljon``): the unit's designation, part of its name. Not a number
        that ends a list or column of figures."""
        if a == 0 or not unit_head(sent[b - 1].text):
            return False
        number = sent[a - 1]
        if UNIT_NUMBER.fullmatch(number.text) is None or _COLUMN_GAP.search(
            text, number.end, sent[a].start
        ):
            return False
        return a < 2 or not (sent[a - 2].text[:1].isdigit() or sent[a - 2].text in (",", "-", "–"))

    def _dated(self, sent: Sequence[Tok], a: int, b: int, text: str) -> bool:
        """A name that ends in a capitalised Dutch common noun, after an article, followed by a
        year (``het Toetsingskader 2001``, ``de Defensienota 2030``): the government names a
        document, plan or framework by the year of its edition, so the year is part of the
        name. A range (``2001-2005``) or a column of figures is no edition."""
        if a == 0 or b >= len(sent) or sent[a - 1].lower not in ("de", "het", "dit", "deze"):
            return False
        last, year = sent[b - 1].text, sent[b]
        if not EDITION_YEAR.fullmatch(year.text) or _COLUMN_GAP.search(
            text, sent[b - 1].end, year.start
        ):
            return False
        if text[year.end : year.end + 1] in ("-", "–") or (
            b + 1 < len(sent) and sent[b + 1].text[:1].isdigit()
        ):
            return False
        lower = last.lower()
        return (
            last[:1].isupper()
            and "-" not in last
            and last not in territory_names()
            and bool(self.w.noun_lemma(lower) or self.w.compound_lemma(lower))
            and not self.w.english(lower)
        )

    def _named_head(self, tok: Tok) -> bool:
        """A name's last word hyphenated to a Dutch common noun (``Forces-verdrag``,
        ``Support-missie``): Dutch joins the head to the whole name before it."""
        first = tok.text.split("-", 1)[0]
        return (
            "-" in tok.text
            and first[:1].isupper()
            and not acronym_of(first)
            and dutch_head(tok.text, self.w)
        )

    def _acronym_body(self, text: str) -> bool:
        """``NAVO-Raad``, ``VN-Veiligheidsraad``: an acronym before a capitalised singular
        Dutch common noun names one body or event of that organisation, as ``Europese Raad``
        does; ``NAVO-Rusland`` pairs two names and ``NAVO-Bondgenoten`` is a plural."""
        if not hyphen_acronyms(text):
            return False
        head = _last_part(strip_possessive(text))
        lower = head.lower()
        return (
            head[:1].isupper()
            and not head.isupper()
            and head not in territory_names()
            and (self.w.noun_lemma(lower) or self.w.compound_lemma(lower)) == lower
            and not self.w.english(lower)
        )

    @staticmethod
    def _complement_of_name(sent: Sequence[Tok], a: int, b: int) -> bool:
        """``Hoge Vertegenwoordiger van de EU voor Buitenlandse Zaken en Veiligheidsbeleid``:
        after ``van de`` an acronym with a connector (``EU voor …``) goes on a post or body
        named before it; the words from the acronym on are no name of their own (the
        acronym still counts as itself)."""
        return (
            b - a > 2
            and a >= 2
            and sent[a - 2].lower == "van"
            and sent[a - 1].lower in ("de", "het")
            and sent[a - 3 if a >= 3 else 0].text[:1].isupper()
            and bool(acronym_of(sent[a].text))
            and sent[a + 1].lower in NAME_CONNECTORS
        )

    def _name_spans(
        self, sent: Sequence[Tok], parts: Sequence[bool], a: int, b: int, text: str
    ) -> list[Mention]:
        """The whole name, plus its sub-names that end where it ends or before a connector."""
        out = []
        ends = [b] + [e for e in range(a + 1, b) if sent[e].lower in NAME_CONNECTORS]
        for s in range(a, b):
            if not parts[s] or (s > a and sent[s - 1].text.endswith("-")):
                continue
            for e in ends:
                if e <= s or not parts[e - 1]:
                    continue
                whole = s == a and e == b
                if not whole and (e - s < 2 or all(t.text.islower() for t in sent[s:e])):
                    continue  # one word, or the lower-case post of ``vaste commissie voor …``
                toks = sent[s:e]
                if len(toks) == 1:
                    tok = toks[0]
                    body = self._acronym_body(tok.text)
                    if acronym_of(tok.text) or (hyphen_acronyms(tok.text) and not body):
                        continue
                    lower = tok.lower
                    # a place CLDR names: ``Wenen`` is Vienna, not the verb ``wenen``
                    known = body or tok.text in territory_names() or tok.text in city_names()
                    if not known and (
                        tok.pos == "ADJ"
                        or self.w.adjective_base(lower)
                        or lower.endswith(("isch", "ische"))
                        or (self.w.noun_lemma(lower) and self.w.zipf(lower) >= COMMON_NAME_ZIPF)
                    ):
                        continue  # ``Ministers``, ``Kamer``; but ``Voorjaarsnota`` is a name
                    if lower in english_stop_words() and not self.w.dutch(lower):
                        continue  # ``‘Towards a Dutch Space Policy …’``: a title's first word
                elif proper_adjective(toks[0].text, self.w) and all(
                    acronym_of(t.text) or DESIGNATOR_CODE.fullmatch(t.text) for t in toks[1:]
                ):
                    continue  # ``Nederlandse F-16's``: whose aircraft, no name
                words = [
                    self._name_word(sent, s + i, a) if parts[s + i] else t.text
                    for i, t in enumerate(toks)
                ]
                display = _closed_hyphens(" ".join(words))
                english = self._english_words(
                    [w for w in words if w.isalpha()] + _dutch_heads(words)
                )
                start, end = toks[0].start, toks[-1].end
                out.append(_name_mention(display, start, end, text, sub=not whole, english=english))
                place = summit_place(display) if whole else None
                if place and display.endswith(" " + place):
                    first = toks[len(toks) - len(place.split(" "))]
                    out.append(_name_mention(place, first.start, end, text))
        return out

    def ship_mentions(self, sent: Sequence[Tok], text: str) -> list[Mention]:
        """A navy ship by its prefix (``Zr.Ms. Tromp``, ``Hr. Ms. Karel Doorman``): the
        capitalised words after the prefix, with the particles of a person's name between
        them (``Zr.Ms. Johan de Witt``), are the ship's name, no person or place."""
        out = []
        n = len(sent)
        for k in range(n):
            tok = sent[k]
            start = tok.start
            j = k + 1
            if tok.text in SHIP_PREFIX_FIRST and j < n and sent[j].text == SHIP_PREFIX_SECOND:
                j += 1
            elif (
                k == 0
                and tok.text == SHIP_PREFIX_SECOND
                and _SPLIT_PREFIX.search(text, max(0, start - len("Zr. ")), start)
            ):
                start = text.rindex(".", 0, start) - 2  # ``Zr.`` ended the previous sentence
            elif not SHIP_PREFIX.match(tok.text):
                continue
            end = j
            while end < n:
                after = end
                while after < n and sent[after].lower in NAME_PARTICLES:
                    after += 1  # ``van der`` in ``Willem van der Zaan``
                if after >= n or not sent[after].text[:1].isupper():
                    break
                end = after + 1
            if end == j:
                continue
            name = " ".join(t.text for t in sent[j:end])
            stop = sent[end - 1].end
            out.append(_name_mention(f"Zr.Ms. {name}", start, stop, text))
        return out

    @staticmethod
    def document_mentions(sent: Sequence[Tok], text: str) -> list[Mention]:
        """A document's title quoted after its noun (``briefadvies nr. 31 «Rusland en de
        Nederlandse defensie-inspanningen»``, :func:`~glossary.nlp.dutch.names.document_titles`):
        the name of the report, whatever words it is made of."""
        s0 = sent[0].start
        return [
            _name_mention(" ".join(text[s0 + a : s0 + b].split()), s0 + a, s0 + b, text)
            for a, b in document_titles(text[s0 : sent[-1].end])
        ]

    def body_mentions(
        self, sent: Sequence[Tok], mentions: Sequence[Mention], text: str
    ) -> list[Mention]:
        """A post followed by ``van de`` and the body or organisation it leads or houses
        (``voorzitter van de Europese Commissie``, ``hoofdkantoor van de NAVO``): one name.
        The post is singular (:data:`~glossary.nlp.dutch.names.BODY_POSTS`), the body a name
        the sentence found or an acronym. A body's own name before ``van de`` (``Algemene
        Vergadering van de VN``) stays the name: that is how the organisation names it."""
        names = {m.start: m for m in mentions if m.kind == "entity" and not m.sub}
        out = []
        for v in range(1, len(sent) - 2):
            left = sent[v - 1]
            if sent[v].lower != "van" or sent[v + 1].lower not in ("de", "het"):
                continue
            if left.lower not in BODY_POSTS:
                continue
            target = sent[v + 2]
            body = names.get(target.start)
            if body is not None:
                end, shown = body.end, body.display
            elif acronym_of(target.text) == target.text:
                end, shown = target.end, target.text
            else:
                continue
            start, head = left.start, left.lower if v - 1 == 0 else left.text
            display = f"{head} van {sent[v + 1].lower} {shown}"
            out.append(_name_mention(display, start, end, text))
        return out

    def list_title_mentions(self, sent: Sequence[Tok], text: str) -> list[Mention]:
        """A line of its own that is an English title, a list's item mostly (``• Joint
        Statement of the NATO Ukraine Commission;``, ``Statement on the mission of Resolute
        Support on Afghanistan`` after its number): the declarations and statements a summit
        adopted, each a document's name. Its words are English (half of them at least, none
        only Dutch), it opens with a capital and it is no clause."""
        out = []
        for first, end, bulleted in _lines(sent, text):
            while end > first and sent[end - 1].text in ITEM_END:
                end -= 1
            if (
                end - first > 3
                and sent[end - 1].text == ")"
                and "(" in [t.text for t in sent[first : end - 1]]
            ):  # ``Wales Summit Declaration (Communiqué)``: an aside, no word of the title
                end = max(k for k in range(first, end) if sent[k].text == "(")
            if end - first > 2 and NOTE_NUMBER.fullmatch(sent[end - 1].text):
                end -= 1  # ``Warsaw Summit Communique 1``: a footnote's number
            toks = sent[first:end]
            letters = [t.text for t in toks if t.text.isalpha()]
            if not 2 <= len(toks) <= MAX_LIST_TITLE or not toks[0].text[:1].isupper():
                continue
            if not self._english_words(letters) or clause_or_piece(letters):
                continue
            start, stop = toks[0].start, toks[-1].end
            if not bulleted and not any(
                self._english_line(line) for line in _neighbours(text, start, stop)
            ):
                continue  # a heading, not one of a list's English titles
            display = _closed_hyphens(" ".join(text[start:stop].split()))
            out.append(_name_mention(display, start, stop, text))
        return out

    def _english_line(self, line: str) -> bool:
        """A short line of English words: a list's item."""
        return 0 < len(line) <= LIST_LINE and self._english_words(_LINE_WORDS.findall(line))

    def _english_words(self, words: Sequence[str], share: float = 0.5) -> bool:
        """Words that are English: ``share`` of them at least (half), and none Dutch only."""
        return (
            bool(words)
            and sum(self.w.english(w) for w in words) >= share * len(words)
            and not any(self.w.dutch(w) for w in words)
        )

    def mission_mentions(self, sent: Sequence[Tok], text: str) -> list[Mention]:
        """An organisation's mission or operation in a named place (``NAVO-trainingsmissie in
        Irak``, :func:`~glossary.nlp.dutch.names.named_mission`): the name of one mission. In
        the plural (``VN-missies in Mali en Libanon``) it names several, and no one name."""
        out = []
        n = len(sent)
        for k in range(n - 2):
            head = sent[k].text
            if sent[k + 1].lower != "in" or "-" not in head:
                continue
            if not head.endswith(("missie", "operatie")):
                continue
            for j in range(min(n, k + MAX_PLACE_WORDS + 2), k + 2, -1):
                display = f"{head} in {' '.join(t.text for t in sent[k + 2 : j])}"
                if named_mission(display):
                    out.append(_name_mention(display, sent[k].start, sent[j - 1].end, text))
                    break
        return out

    @staticmethod
    def _designation(sent: Sequence[Tok], k: int) -> bool:
        """``sent[k]`` is a provision noun and the next token its number, or the Security
        Council's acronym and a resolution number (``VNVR 1325``)."""
        word, number = sent[k].text, sent[k + 1].text
        if resolution_citation(word, number):
            return True
        return provision_noun(word) and bool(PROVISION_NUMBER.fullmatch(number))

    def designation_mentions(self, sent: Sequence[Tok], text: str) -> list[Mention]:
        """A provision designated by its number: ``artikel 5``, ``resolutie 2166``,
        ``VNVR-resolutie 1325``, ``VNVR 1325``; and a compound on the designation, a term of
        its own (``artikel 100-brief``, ``artikel 100-inzet``: the letter, the deployment under
        Article 100), lemmatised on its head (``artikel 100-brieven``)."""
        out = []
        for k in range(len(sent) - 1):
            if sent[k + 1].text[:1] not in NUMBER_STARTS:
                continue  # no number follows: no designation (most tokens)
            compound = _ON_NUMBER.fullmatch(sent[k + 1].text)
            if compound and provision_noun(sent[k].text) and sent[k].text.islower():
                tok, number = sent[k], sent[k + 1]
                head = self.w.lemma_noun(compound[2], compound[2])
                display = f"{tok.lower} {compound[1]}-{head}"
                out.append(_term_mention(display, tok.start, number.end, text))
                continue
            if not self._designation(sent, k):
                out += self._designations(sent, k, text)
                continue
            tok, number = sent[k], sent[k + 1]
            if text[number.end : number.end + 1] == "-":
                continue
            noun = _provision_written(tok.text)
            out.append(_term_mention(f"{noun} {number.text}", tok.start, number.end, text))
        return out

    @staticmethod
    def _designations(sent: Sequence[Tok], k: int, text: str) -> list[Mention]:
        """Provisions cited together after a plural (``resoluties 1970 en 1973``, ``artikelen
        4, 5 en 6``): each number with the singular is a designation of its own, spanning the
        whole citation, as an ellipsis's compounds do."""
        singular = provision_singular(sent[k].text)
        if singular is None or not PROVISION_NUMBER.fullmatch(sent[k + 1].text):
            return []
        numbers = [sent[k + 1]]
        j = k + 2
        while (
            j + 1 < len(sent)
            and sent[j].lower in (",", "en", "of")
            and PROVISION_NUMBER.fullmatch(sent[j + 1].text)
        ):
            numbers.append(sent[j + 1])
            j += 2
        if len(numbers) < 2:
            return []
        noun = _provision_written(singular)
        start, end = sent[k].start, numbers[-1].end
        return [_term_mention(f"{noun} {n.text}", start, end, text) for n in numbers]

    # -- acronyms ----------------------------------------------------------------------------

    def _amount(self, sent: Sequence[Tok], k: int, acro: str) -> bool:
        """A currency code before a number (``EUR 500 miljoen``): money, no acronym; a code
        the term base lists as an acronym keeps it (``SDG 16``)."""
        return (
            acro in currency_codes()
            and k + 1 < len(sent)
            and sent[k + 1].text[:1].isdigit()
            and fold(acro) not in self._seed_acronyms
        )

    def acronym_mentions(
        self, sent: Sequence[Tok], profs: Sequence[Profile], text: str
    ) -> list[Mention]:
        """Every acronym token, and acronyms inside hyphenated words (``OVSE-kader``)."""
        out = []
        for k, (tok, prof) in enumerate(zip(sent, profs, strict=True)):
            designated = (
                _designated_acronym(sent, k, text) if prof.acronym or "-" in tok.text else None
            )
            if designated is not None:
                out.append(designated)
                continue
            if "-" in tok.text and tok.text in PARTIES:
                continue  # ``GL-PvdA``: one party's name, its parts no acronyms here
            acro = prof.acronym
            if not acro and ("-" not in tok.text or reference_code(tok.text)):
                continue
            if acro and self._amount(sent, k, acro):
                continue
            if acro:
                spans = [(tok.start, tok.end, acro)]
            else:
                spans = []
                offset = 0
                for part in tok.text.split("-"):
                    a = acronym_of(part)
                    if a and "-" in tok.text:
                        spans.append((tok.start + offset, tok.start + offset + len(a), a))
                    offset += len(part) + 1
            out += [_acronym_mention(acro, start, end, text) for start, end, acro in spans]
        return out

    # -- English runs ------------------------------------------------------------------------

    def _english_runs(self, sent: Sequence[Tok], profs: Sequence[Profile]) -> list[list[Tok]]:
        """Runs of two or more English words inside Dutch text, connectors between them, and
        a capitalised word between two capitalised English ones (``Forward Land Forces``:
        ``land`` is Dutch too)."""
        runs: list[list[Tok]] = []
        n = len(sent)
        if not any(p.english for p in profs):
            return runs
        k = 0
        while k < n:
            j = k
            while (
                j < n
                and (
                    profs[j].english
                    or (
                        j == k
                        and j + 1 < n
                        and profs[j + 1].english
                        and self._leans_english(sent[j])
                    )
                    or (
                        j > k
                        and j + 1 < n
                        and profs[j + 1].english
                        and (
                            sent[j].lower in NAME_CONNECTORS
                            or (  # ``posture in all domains``: ``in`` is English too
                                sent[j].text == "in"
                                and sent[j - 1].text.islower()
                                and sent[j + 1].text.islower()
                            )
                            or (
                                sent[j].text[:1].isupper()
                                and sent[j - 1].text[:1].isupper()
                                and sent[j + 1].text[:1].isupper()
                            )
                        )
                    )
                )
            ):
                j += 1
            while j > k and sent[j - 1].lower in NAME_CONNECTORS:
                j -= 1
            if j - k >= 2:
                runs.append(list(sent[k:j]))
                k = j
            else:
                k += 1
        return runs

    def _english_stretch(self, sent: Sequence[Tok]) -> tuple[int, int] | None:
        """The token numbers (``Tok.i``, end exclusive) of English quoted in a Dutch text
        without a closing mark in the sentence (a speech, a resolution): the whole sentence, or
        what follows a quotation mark that does not close in it (``… Kofi Annan: «To those for
        whom …``), or what comes before a closing mark that opens in an earlier sentence. It
        must have :data:`ENGLISH_SENTENCE_WORDS` words or more, at least
        :data:`ENGLISH_SENTENCE_SHARE` of them English and none Dutch only; its lower-case runs
        are the quotation's words, no terms borrowed into Dutch."""
        a, b = 0, len(sent)
        for k, tok in enumerate(sent):
            closer = QUOTE_CLOSERS.get(tok.text)
            openers = QUOTE_OPENERS.get(tok.text)
            if closer is not None and not any(t.text == closer for t in sent[k + 1 :]):
                a = k + 1  # opens here and does not close in this sentence
            elif openers and a == 0 and not any(t.text in openers for t in sent[:k]):
                b = k  # closes a quotation opened before this sentence
                break
        words = [t.text for t in sent[a:b] if t.text.isalpha()]
        if len(words) < ENGLISH_SENTENCE_WORDS:
            return None
        if not self._english_words(words, ENGLISH_SENTENCE_SHARE):
            return None
        return sent[a].i, sent[b - 1].i + 1

    def _leans_english(self, tok: Tok) -> bool:
        """A lower-case word as common in English as in Dutch that opens an English run before
        a clearly English word (``cyber defence``, ``smart defence``): Dutch borrowed it, yet
        here it modifies English. Function words (``in``, ``de``) never do, and a capitalised
        word before a name is a title or a name (``President Biden``)."""
        text = tok.text
        if not text.isalpha() or not text.islower() or tok.pos in CLOSED_POS:
            return False
        dutch = self.w.zipf(text)
        english = self.w.res.zipf(text, "en")
        return dutch < FUNCTION_ZIPF and english >= 3.0 and english >= dutch

    def english_quotations(self, sent: Sequence[Tok]) -> list[tuple[int, int, bool]]:
        """Quotations of English words in a sentence: positions of the opening and closing
        marks, and whether it is a title (every word capitalised but function words,
        ``‘Standing Up For Our Values: Ensuring …’``) rather than a sentence or a term."""
        out = []
        stop = english_stop_words()
        for open_, close in _quotations(sent):
            inside = [t.text for t in sent[open_ + 1 : close] if any(c.isalpha() for c in t.text)]
            if not inside or any(self.w.dutch(w) for w in inside):
                continue
            if not any(self.w.english(w) for w in inside):
                continue
            title = all(w[:1].isupper() for w in inside if w.lower() not in stop)
            out.append((open_, close, title))
        return out

    @staticmethod
    def _quote_pieces(
        sent: Sequence[Tok], runs: Sequence[Sequence[Tok]], quotes: Sequence[tuple[int, int, bool]]
    ) -> set[int]:
        """Indexes in ``runs`` of English runs that are a piece of a longer English quotation
        of ``quotes`` (:meth:`english_quotations`; ``Turkey vetoes`` of a quoted headline,
        ``Our Values`` of a quoted title): the quotation is a sentence or a title, so its
        pieces are no terms. A run that is the whole quotation (``‘Readiness Action Plan’``)
        is no piece."""
        if not quotes:
            return set()
        at = {t.i: n for n, t in enumerate(sent)}
        return {
            r
            for r, toks in enumerate(runs)
            for open_, close, _ in quotes
            if _piece(sent, open_, close, at[toks[0].i], at[toks[-1].i])
        }

    @staticmethod
    def title_pieces(
        sent: Sequence[Tok], mentions: Sequence[Mention], quotes: Sequence[tuple[int, int, bool]]
    ) -> set[int]:
        """Ids of name mentions that are a piece of a quoted English title of ``quotes``
        (:meth:`english_quotations`; ``Our Values`` of ``‘Standing Up For Our Values:
        Ensuring …’``); names in a quoted sentence stay names."""
        titles = [(o, c) for o, c, title in quotes if title]
        if not titles:
            return set()
        out = set()
        for m in mentions:
            if m.kind != "entity":
                continue
            inner = [n for n, t in enumerate(sent) if m.start <= t.start and t.end <= m.end]
            if inner and any(_piece(sent, o, c, inner[0], inner[-1]) for o, c in titles):
                out.add(id(m))
        return out

    @staticmethod
    def _capital(toks: Sequence[Tok]) -> bool:
        """A name: every word capitalised, or all but a lower-case first word before two or
        more, as NATO names its "enhanced" initiatives (``enhanced Forward Presence``)."""
        words = [t.text for t in toks if t.lower not in NAME_CONNECTORS]
        if len(words) >= 3 and words[0].islower():
            words = words[1:]
        return all(w[:1].isupper() for w in words)

    def english_mentions(
        self,
        sent: Sequence[Tok],
        profs: Sequence[Profile],
        text: str,
        quotes: Sequence[tuple[int, int, bool]],
    ) -> tuple[list[Mention], list[tuple[int, int]]]:
        """Runs of two or more English words inside Dutch text (``flagship projects``), and
        the spans of the runs that are no term and hide no Dutch term (``long`` is no lung): a
        lower-case run with a pronoun, an auxiliary or an opening article is a quoted clause
        (``as long as it takes``, ``we are stronger together``), and a run inside a longer
        English quotation of ``quotes`` is a piece of it (:meth:`english_quotations`)."""
        out: list[Mention] = []
        clauses: list[tuple[int, int]] = []
        runs = self._english_runs(sent, profs)
        pieces = self._quote_pieces(sent, runs, quotes)
        quoted = self._english_stretch(sent) if runs else None
        for r, toks in enumerate(runs):
            words = [t.text for t in toks]
            capital = self._capital(toks)
            start, end = toks[0].start, toks[-1].end
            inside = quoted is not None and quoted[0] <= toks[0].i and toks[-1].i < quoted[1]
            if r in pieces or (not capital and (inside or english_clause(words))):
                clauses.append((start, end))
                continue
            if not capital:
                words = [w if acronym_of(w) else w.lower() for w in words]
                words[-1] = english_singular(words[-1])
            display = " ".join(words)
            out.append(
                Mention(
                    key=display if capital else display.lower(),
                    kind="entity" if capital else "term",
                    display=display,
                    start=start,
                    end=end,
                    surface=text[start:end],
                    pos=PROPER if capital else NOUN,
                    english=True,
                    forms=(display, text[start:end]),
                )
            )
        return out, clauses
