"""How Dutch text writes people: titles and forms of address, name particles, initials.

Closed classes of general Dutch, used to tell a person's name from a term: a capitalised
word after a title (``minister Hillen``, ``de heer Van Middelkoop``, ``President Poetin``)
or after initials (``K.H. Ollongren``) is a surname.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Nouns that stand before a person's name as a title or form of address (Dutch and the
#: English ones Dutch letters quote); lower case.
TITLES = frozenset(
    {
        "heer",
        "mevrouw",
        "meneer",
        "mevr",
        "dhr",
        "minister",
        "staatssecretaris",
        "minister-president",
        "premier",
        "president",
        "vicepresident",
        "vice-president",
        "kanselier",
        "secretaris-generaal",
        "koning",
        "koningin",
        "prins",
        "prinses",
        "paus",
        "generaal",
        "luitenant-generaal",
        "generaal-majoor",
        "admiraal",
        "vice-admiraal",
        "kolonel",
        "commandant",
        "ambassadeur",
        "vertegenwoordiger",
        "rapporteur",
        "gezant",
        "commissaris",
        "eurocommissaris",
        "burgemeester",
        "gouverneur",
        "senator",
        "kamerlid",
        "lid",
        "leden",
        "collega",
        "ambtgenoot",
        "voorzitter",
        "griffier",
        "dr",
        "prof",
        "mr",
        "ir",
        "drs",
        "sir",
        "mr.",
        "dr.",
        "prof.",
    }
)
#: Forms of address that stand only before a surname (``de heer Dassen``, ``mevrouw Van der
#: Lee``): the capitalised words after them are the name, whatever they mean as Dutch words.
ADDRESS_TITLES = frozenset({"heer", "mevrouw", "meneer", "mevr", "dhr"})
#: The parties of the Dutch parliament since 2002, as reports write them after a member's
#: name (``Knops (CDA)``, ``Van der Lee (GroenLinks)``): a closed class of Dutch politics.
PARTIES = frozenset(
    {
        *("VVD", "PvdA", "CDA", "D66", "SP", "GL", "GroenLinks", "PVV", "CU", "ChristenUnie"),
        *("SGP", "PvdD", "50PLUS", "DENK", "FvD", "FVD", "JA21", "Volt", "BBB", "NSC", "BIJ1"),
        *("LPF", "ONH", "OSF", "GL-PvdA", "GroenLinks-PvdA", "Groep Wilders", "Groep Markuszower"),
    }
)
#: Lower-case words inside a person's name (``Jeroen van der Veer``, ``Thomas de Maizière``).
NAME_PARTICLES = frozenset(
    {"van", "der", "den", "de", "ter", "ten", "von", "le", "la", "du", "da", "di", "del", "al"}
)
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,4}$|^(?:[A-Z]\.)+[A-Z][a-z]?\.$")


def is_initials(text: str) -> bool:
    """``M.``, ``K.H.``, ``H.G.J.``: a person's initials."""
    return bool(_INITIALS.match(text))


#: Capitalised instruments whose official titles run on in lower case (``Protocol bij het
#: Noord-Atlantisch Verdrag inzake de toetreding van Montenegro``).
INSTRUMENTS = frozenset(
    {"Protocol", "Verdrag", "Overeenkomst", "Akkoord", "Memorandum"}
    | {"Protocollen", "Verdragen", "Overeenkomsten", "Akkoorden"}  # one title for several
)
#: The prepositions that open such a title's complement, and the function words inside it.
TITLE_PREPOSITIONS = frozenset({"bij", "inzake", "betreffende", "tot"})
TITLE_WORDS = TITLE_PREPOSITIONS | frozenset(
    {"het", "de", "der", "van", "en", "over", "voor", "in"}
)


def is_official_title(text: str) -> bool:
    """An instrument's official title with its complement (``Protocol bij het …``,
    ``Verdrag tot oprichting van …``): the writer marked it as a name by its form."""
    words = text.split()
    return len(words) >= 4 and words[0] in INSTRUMENTS and words[1] in TITLE_PREPOSITIONS


#: Compass points a place name takes before a hyphen to name a part of the place
#: (``Oost-Oekraïne``, ``Noordoost-Syrië``, ``Midden-Europa``).
COMPASS_POINTS = frozenset(
    {"noord", "zuid", "oost", "west", "noordoost", "zuidoost", "noordwest", "zuidwest"}
    | {"midden", "centraal"}
)


#: Compass nouns: in lower case a direction (``in het westen van Oekraïne``), capitalised a
#: geopolitical region (``het Westen``: the West), as Dutch spelling tells the two apart.
COMPASS_NOUNS = frozenset({"noorden", "zuiden", "oosten", "westen"})


def compass_region_name(name: str) -> bool:
    """A region named by a capitalised compass noun alone (``Westen``), which only the
    capital writes: in lower case the word is a direction. With an adjective (``het Hoge
    Noorden``, ``het hoge noorden``) the phrase names the region in either case."""
    return name[:1].isupper() and name.lower() in COMPASS_NOUNS


#: Dutch adjectives of compass direction: (noord|zuid)(oost|west)elijk, noordelijk, zuidelijk,
#: oostelijk, westelijk, with or without the attributive -e.
COMPASS_ADJECTIVE = re.compile(r"(?:noord|zuid)?(?:oost|west)elijke?|(?:noord|zuid)elijke?")


def compass_point(word: str) -> str | None:
    """The compass point (``noord``, ``zuidoost``) a capitalised compass adjective names as a
    word of a place's name (``Noordelijk Afrika``, ``Zuidoostelijke Azië``), else ``None``."""
    lower = word.lower()
    if not (word[:1].isupper() and word[1:] == lower[1:]) or not COMPASS_ADJECTIVE.fullmatch(lower):
        return None
    return lower.removesuffix("e").removesuffix("elijk")


def compass_split(name: str) -> tuple[str, str] | None:
    """``(point, place)`` of a name made of a compass point and a place, joined by a hyphen
    (``Oost-Oekraïne`` → ``Oost``, ``Oekraïne``) or as an adjective before it (``Noordelijk
    Irak`` → ``noord``, ``Irak``), else ``None``."""
    point, hyphen, place = name.partition("-")
    if hyphen and place and point.lower() in COMPASS_POINTS:
        return point, place
    adjective, space, place = name.partition(" ")
    found = compass_point(adjective) if space and place[:1].isupper() else None
    return (found, place) if found else None


#: Forms of state before a country's name (``de Republiek Finland``: the Republic of Finland).
STATE_FORMS = frozenset({"republiek", "koninkrijk", "groothertogdom", "vorstendom", "federatie"})


def state_split(name: str) -> str | None:
    """The country named after a form of state (``Republiek Estland``, ``Federale Republiek
    Duitsland`` → the last words), else ``None``; whether CLDR knows the country is the
    caller's to ask."""
    words = name.split(" ")
    if words[0].lower() == "federale":
        words = words[1:]
    if len(words) < 2 or words[0].lower() not in STATE_FORMS:
        return None
    return " ".join(words[1:])


#: Posts of a government named by their portfolio (``Minister van Defensie``, ``Staatssecretaris
#: van Veiligheid en Justitie``, ``Minister voor Klimaat en Energie``).
PORTFOLIO_POSTS = frozenset({"Minister", "Staatssecretaris", "Minister-President"})
#: The same posts as the government's own style writes them since 2015, in lower case
#: (``de minister van Defensie``, ``de staatssecretaris van Defensie``), and the committees of
#: parliament, which it writes so too (``de vaste commissie voor Defensie``).
LOWER_CASE_POSTS = frozenset({"minister", "staatssecretaris", "commissie"})
#: Plurals of the posts and committees named by a portfolio, with their singulars: a list of
#: portfolios after one of them names one post each (``de ministers van Buitenlandse Zaken en
#: van Defensie``).
POST_PLURALS = {
    "Ministers": "Minister",
    "Staatssecretarissen": "Staatssecretaris",
    "ministers": "minister",
    "staatssecretarissen": "staatssecretaris",
    "commissies": "commissie",
}
#: The word before ``commissie`` that is part of a committee's name: a *standing* committee
#: of the House, one per ministry's portfolio.
STANDING = "vaste"
#: The prepositions between a post and its portfolio (``Minister van``, ``Minister voor``,
#: ``commissie voor``).
PORTFOLIO_PREPOSITIONS = frozenset({"van", "voor"})
#: Every post and committee named by a portfolio, in either case.
POSTS = PORTFOLIO_POSTS | LOWER_CASE_POSTS


@lru_cache(maxsize=1)
def dutch_territories() -> dict[str, str]:
    """CLDR's Dutch names of territories and regions by code (``FI``: Finland, ``150``:
    Europa), through Babel: the place names of Dutch, which translation maps to English."""
    from babel import Locale

    return dict(Locale("nl").territories)


@lru_cache(maxsize=1)
def territory_names() -> frozenset[str]:
    """Dutch names of countries and regions as CLDR writes them (``Finland``, ``Zweden``):
    after ``minister van`` they name whose minister, not a portfolio."""
    return frozenset(n for n in dutch_territories().values() if n[:1].isupper())


@lru_cache(maxsize=1)
def dutch_zone_cities() -> dict[str, str]:
    """CLDR's Dutch names of the cities that name time zones, by zone (``Europe/Vienna``:
    Wenen), through Babel; a zone whose city Dutch does not name apart is not listed."""
    from babel import Locale

    zones = Locale("nl").time_zones.items()
    return {zone: names["city"] for zone, names in zones if names.get("city")}


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Dutch names of the cities that name CLDR time zones (``Wenen``, ``Brussel``,
    ``Lissabon``): capitalised inside a sentence, such a word is the city, even where general
    Dutch also knows it as a word (``wenen``: to weep)."""
    return frozenset(c for c in dutch_zone_cities().values() if c[:1].isupper())


#: An acronym joined by a hyphen to one capitalised word (``NAVO-Raad``).
_ACRONYM_BODY = re.compile(r"^[A-Z][A-Z0-9]+-(?P<head>[A-Z][a-zà-ÿ]+)$")


def acronym_body(text: str) -> bool:
    """A body or event named by an organisation's acronym and a capitalised noun in one
    word (``NAVO-Raad``, ``VN-Veiligheidsraad``): the capital marks it as a name, as in
    ``Europese Raad``. A place after the hyphen (``NAVO-Rusland``) pairs two names."""
    found = _ACRONYM_BODY.match(text)
    return found is not None and found["head"] not in territory_names()


#: An organisation's mission or operation named by the place it serves in, as NATO, the EU
#: and the UN name theirs (NATO Mission Iraq, EUTM Mali, UNIFIL): ``NAVO-missie in Irak``,
#: ``EU-trainingsmissie in Mali``, ``VN-vredesoperatie in Libanon``.
_NAMED_MISSION = re.compile(r"^[A-Z][A-Z0-9]+-[a-zà-ÿ]*(?:missie|operatie) in (?P<place>[A-Z].*)$")


def named_mission(text: str) -> bool:
    """An organisation's mission or operation in a country or region CLDR names
    (``NAVO-trainingsmissie in Irak``): the name of one mission, whatever its frequency."""
    found = _NAMED_MISSION.match(text)
    return found is not None and found["place"] in territory_names()


#: After a name, the next item of a list of capitalised words (``Industrie, Innovatie en
#: Kennis``): the name is cut short.
_LIST_GOES_ON = re.compile(r"^\s*(?:,|en\b|and\b)\s*[A-Z]")


def title_case_name(text: str, sentence: str) -> bool:
    """Three or more words, each opening with a capital and none shouted, an acronym or a
    number (``Nederlandse Cybersecurity Agenda``, ``Taskforce Strategische
    Afhankelijkheden``), written in running text: Dutch capitalises a name's first word only,
    unless the name is an official one whose every word the writer capitalised; one name,
    whatever its frequency. A heading (the name is all of its line: ``Voorbereiding Europese
    Raad``) capitalises any words, and a name that a list of capitalised words goes on after
    is cut short."""
    words = text.split(" ")
    if len(words) < 3 or not all(
        w[:1].isupper() and any(c.islower() for c in w) and w.replace("-", "").isalpha()
        for w in words
    ):
        return False
    line = " ".join(sentence.split())
    at = line.find(text)
    return (
        at >= 0 and line.strip(" .:;") != text and not _LIST_GOES_ON.match(line[at + len(text) :])
    )


#: Heads of a military formation that a number before them designates as one unit
#: (``43 Gemechaniseerde Brigade``, ``322 Squadron``, ``414 Tankbataljon``, ``1 (German/
#: Netherlands) Corps``): Dutch and English unit types, in the singular.
UNIT_HEADS = (
    *("brigade", "bataljon", "divisie", "korps", "compagnie", "eskader", "squadron"),
    *("regiment", "smaldeel", "wing", "corps", "battalion", "division", "company"),
)
#: A unit's number: up to three digits, maybe as an ordinal (``13e``).
UNIT_NUMBER = re.compile(r"\d{1,3}e?")


def unit_head(word: str) -> bool:
    """A capitalised word naming a kind of military formation in the singular (``Brigade``,
    ``Tankbataljon``, ``Squadron``): :data:`UNIT_HEADS`."""
    return word[:1].isupper() and word.lower().endswith(UNIT_HEADS)


def numbered_unit(text: str) -> bool:
    """A formation designated by its number (``322 Squadron``, ``101 Geniebataljon``, ``43
    Gemechaniseerde Brigade``): one unit, a name whatever its frequency."""
    number, _, rest = text.partition(" ")
    return bool(rest) and UNIT_NUMBER.fullmatch(number) is not None and unit_head(rest.split()[-1])


#: Prepositions of place that put a name of a place right after them (``in Atjeh``, ``te
#: Newport``, ``vanuit Istanbul``): not ``op``, ``bij``, ``naar`` or ``uit``, which also take
#: persons and bodies (``naar Rutte``, ``uit Defensie``).
PLACE_PREPOSITIONS = ("in", "te", "nabij", "vanuit")


def placed_name(text: str, sentence: str) -> bool:
    """A one-word name the sentence puts right after a preposition of place (``het
    vredesakkoord in Atjeh``, ``de top in Newport``): the name of a place, however rarely
    general Dutch writes it. Not before a number or another capitalised word (``in Bijlage
    2``, ``in Den Haag``'s ``Den``), not with a possessive (``in Ruttes kabinet`` names the
    owner, ``in Rutte's``), and not a word in capitals (an acronym's rule)."""
    if " " in text or not text[:1].isupper() or text.isupper():
        return False
    if not text.replace("-", "").isalpha() or text not in sentence:
        return False
    return text in _placed_words(sentence)


#: A word right after a preposition of place, not before an apostrophe, a number or a capital.
_PLACED = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(PLACE_PREPOSITIONS)})\s+([^\W\d_][\w-]*)(?![\w'’-])"
    r"(?!\s+[\dA-Z])"
)


@lru_cache(maxsize=4096)
def _placed_words(sentence: str) -> frozenset[str]:
    """The words a sentence puts right after a preposition of place (one scan a sentence,
    however many names are asked about)."""
    return frozenset(m.group(1) for m in _PLACED.finditer(sentence))


#: A year a document, plan or framework is named by (``Toetsingskader 2001``): 1945 on.
EDITION_YEAR = re.compile(r"(?:19[4-9]\d|20\d\d)")
_DATED_NAME = re.compile(r"^(?P<name>[A-Z][\w-]*(?: [\w-]+)*) " + EDITION_YEAR.pattern + "$")


def dated_name(text: str) -> bool:
    """A name with the year of its edition (``Toetsingskader 2001``, ``Defensienota 2030``):
    the writer capitalised a common noun and dated it, as the government names a document,
    plan or framework of that year; one name, whatever its frequency."""
    found = _DATED_NAME.match(text)
    return found is not None and found["name"].split(" ")[-1][:1].isupper()


#: Posts and seats named by the body or organisation they lead or house (``voorzitter van de
#: Europese Commissie``, ``president van de Algemene Rekenkamer``, ``hoofdkwartier van de
#: NAVO``): with the body's name after ``van de`` they name one post or place.
BODY_POSTS = frozenset(
    {"voorzitter", "vicevoorzitter", "president", "vicepresident", "vice-president"}
    | {"griffier", "secretaris-generaal", "directeur-generaal", "opperbevelhebber"}
    | {"commandant", "ambassadeur", "rapporteur", "hoofdkwartier", "hoofdkantoor"}
)
_BODY_POST = re.compile(
    r"^(?P<post>[\w-]+) van (?:de|het) (?P<body>[A-Z][\w-]*(?: (?:[A-Z][\w-]*|van|voor|der|en))*)$"
)


def is_body_post(text: str) -> bool:
    """A post or seat named by its body (``voorzitter van de Europese Commissie``,
    :data:`BODY_POSTS`): the name of one post, whatever its frequency, as a minister's post is
    by its portfolio."""
    found = _BODY_POST.match(text)
    return (
        found is not None
        and found["post"].lower() in BODY_POSTS
        and not found["body"].endswith((" van", " en"))
    )


#: Nouns of the documents a letter cites by a quoted title, alone or as a compound's head
#: (``advies nr. 106 «De toekomst van de NAVO en de veiligheid van Europa»``, ``briefadvies``,
#: ``Kamerbrief``, ``defensienota``): reports, advice, memoranda and strategies have names.
DOCUMENT_NOUNS = (
    *("advies", "adviezen", "rapport", "rapportage", "nota", "notitie", "brief", "verslag"),
    *("studie", "publicatie", "strategie", "visie", "verklaring", "memorandum", "document"),
    *("report", "paper"),
)
#: Words of a document's title, at most.
MAX_TITLE_WORDS = 24
#: The marks that open a quoted title.
_TITLE_QUOTES = '«“‘"„'
_DOCUMENT_TITLE = re.compile(
    r"\b(?i:[\w-]*(?:" + "|".join(DOCUMENT_NOUNS) + r"))"
    r"(?:\s+(?i:nr\.?|no\.?|nummer)\s*\d+)?"
    r"(?:,?\s+(?i:getiteld|met de titel|onder de titel))?"
    r"\s*[" + _TITLE_QUOTES + r"](?P<title>[^«»“”‘’\"„\n]{3,400}?)[»”’\"]"
)


def document_titles(text: str) -> list[tuple[int, int]]:
    """Spans of the titles ``text`` quotes right after a document's noun (and its number):
    two or more words opening with a capital, as a title is written."""
    out: list[tuple[int, int]] = []
    if not any(mark in text for mark in _TITLE_QUOTES):
        return out  # most sentences quote nothing: spare them the search
    for found in _DOCUMENT_TITLE.finditer(text):
        raw = found["title"]
        title = raw.strip().rstrip(".,;:").rstrip()
        if not title[:1].isupper() or not 2 <= len(title.split()) <= MAX_TITLE_WORDS:
            continue
        start = found.start("title") + len(raw) - len(raw.lstrip())
        out.append((start, start + len(title)))
    return out


def quoted_document_title(term: str, sentence: str) -> bool:
    """Whether ``sentence`` quotes ``term`` as a document's title (:func:`document_titles`):
    the writer marked it as a name."""
    return any(" ".join(sentence[a:b].split()) == term for a, b in document_titles(sentence))


def portfolio_start(word: str) -> bool:
    """A capitalised word that can begin a portfolio (``Defensie``, ``Digitale``): no place."""
    return word[:1].isupper() and word[1:].islower() and word not in territory_names()


def portfolio_post(word: str, link: str, following: str) -> str | None:
    """The post, made singular, that ``word`` names before ``link`` and the portfolio word
    ``following`` (``ministers`` ``van`` ``Defensie`` → ``minister``; ``Minister`` ``voor``
    ``Klimaat``), else ``None``: a post in either case or number, a portfolio preposition and
    a capitalised word that is no place (``de ministers van Finland`` are whose ministers)."""
    post = POST_PLURALS.get(word, word)
    if post in POSTS and link.lower() in PORTFOLIO_PREPOSITIONS and portfolio_start(following):
        return post
    return None


def is_portfolio_post(text: str) -> bool:
    """A post or committee named by one portfolio of capitalised words (``Minister voor
    Klimaat en Energie``, ``vaste commissie voor Digitale Zaken``): a fixed name of the
    government, whatever its frequency. A second ``van`` (``… van Oekraïne``) or a word before
    the post (``Zweedse Minister van Defensie``) makes a combination, not the post's name."""
    words = text.split()
    if words[:2] == [STANDING, "commissie"]:
        words = words[1:]
    if len(words) < 3 or words[0] not in POSTS or words[1] not in PORTFOLIO_PREPOSITIONS:
        return False
    rest = words[2:]
    return "van" not in rest and all(w[:1].isupper() or w in ("en", "&") for w in rest)


#: The prefix of a Royal Netherlands Navy ship (``Zr.Ms.``, *Zijner Majesteits*; ``Hr.Ms.``
#: before 2013), written with or without a space; in English HNLMS.
SHIP_PREFIX = re.compile(r"^(?:Zr|Hr)\.\s?Ms\.?$")
SHIP_PREFIX_ENGLISH = "HNLMS"
#: The prefix as two tokens: ``Zr.`` (or ``Hr.``) and ``Ms.``.
SHIP_PREFIX_FIRST = frozenset({"Zr.", "Hr."})
SHIP_PREFIX_SECOND = "Ms."


def ship_name(text: str) -> str | None:
    """The name of a ship written with its prefix (``Zr.Ms. Karel Doorman`` → ``Karel
    Doorman``), else ``None``."""
    head, _, name = text.partition(" ")
    if head in SHIP_PREFIX_FIRST and name.startswith(SHIP_PREFIX_SECOND + " "):
        head, name = head + SHIP_PREFIX_SECOND, name[len(SHIP_PREFIX_SECOND) + 1 :]
    if not SHIP_PREFIX.match(head) or not name[:1].isupper():
        return None
    return name


#: A summit named by its place in the three ways Dutch writes it: ``NAVO-top in Vilnius``,
#: ``Top van Vilnius``, ``Vilnius-top``; NATO writes each as "the Vilnius Summit".
_SUMMIT = re.compile(
    r"^(?:(?:NAVO|Navo|NATO)-?\s?)?[Tt]op(?:pen)? (?:in|van|te) (?P<a>[A-Z][^-]*)$"
    r"|^(?P<b>[A-Z][^\s-]*(?: [A-Z][^\s-]*)?)-top(?:pen)?$"
)


def summit_place(text: str) -> str | None:
    """The place a summit is named by (``NAVO-top in Vilnius`` → ``Vilnius``), else None."""
    m = _SUMMIT.match(text)
    return (m.group("a") or m.group("b")) if m else None
