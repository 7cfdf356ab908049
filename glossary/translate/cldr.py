"""Resolver: names of countries, regions and cities from CLDR (Babel), Dutch → British English.

CLDR is the Unicode consortium's locale data: every territory name in Dutch and in British
English under the same code (``UA``: Oekraïne ↔ Ukraine, ``150``: Europa ↔ Europe), the cities
that name time zones (``Europe/Brussels``: Brussel ↔ Brussels, ``Europe/Kyiv``: Kiev ↔ Kyiv) and
language names, which in Dutch are the neuter adjective of nationality (``uk``: Oekraïens ↔
Ukrainian; the inflected ``Oekraïense`` is matched as a form by the compound translator). Its
answers have source ``cldr`` and status ``proposed``: CLDR is authoritative for names, but a
reviewer still confirms NATO usage (NATO writes Türkiye). The term base comes first in the
chain, so a row there overrides CLDR. No name list is typed here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from glossary.model import Candidate, Translation
from glossary.nlp.dutch.names import dutch_territories, dutch_zone_cities
from glossary.text import fold

SOURCE = "cldr"
#: Confident enough to win over compound guesses; ``proposed`` because a reviewer confirms it.
CONFIDENCE = 0.9
DUTCH, ENGLISH = ("nl",), ("en", "GB")
#: A one-word name in the plural takes the article in English (the Netherlands, the
#: Philippines); names in -us, -os, -as, -is are singular (Cyprus, Laos, Honduras).
PLURAL_NAME = re.compile(r"^[A-Z][a-z]+[^aiosu\W]s$")
#: A Dutch adjective of nationality: one capitalised word ending in -s (Duits, Oekraïens,
#: Russisch, Chinees); language names in other shapes (Swahili, Esperanto) are no adjective.
NATIONALITY = re.compile(r"^[A-Z][^\W\d_]+s(ch)?$")


@lru_cache(maxsize=1)
def territories() -> dict[str, str]:
    """Dutch territory and region names as CLDR writes them → their British English names
    (capitalised names only: ``wereld`` and ``eurozone`` are common nouns in Dutch), with
    "and" where CLDR's short form writes "&" (Bosnia and Herzegovina, as the UN, NATO and the
    EU write it)."""
    from babel import Locale

    english = Locale(*ENGLISH).territories
    return {
        name: english[code].replace(" & ", " and ")
        for code, name in sorted(dutch_territories().items())
        if code in english and name[:1].isupper() and "-alt-" not in code
    }


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """The :func:`territories` that are countries (a two-letter code, not a numbered region
    such as ``150`` Europe): Dutch name → British English."""
    names = territories()
    return {
        name: names[name]
        for code, name in dutch_territories().items()
        if len(code) == 2 and code.isalpha() and name in names
    }


def _zone_city(zone: str) -> str:
    """The root name of a time zone's city (``America/Port_of_Spain`` → Port of Spain)."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


@lru_cache(maxsize=1)
def cities() -> dict[str, str]:
    """Dutch city names → British English, from the cities that name CLDR time zones
    (``Brussel`` → Brussels, ``Lissabon`` → Lisbon, ``Vilnius`` → Vilnius); a locale without
    its own name for a city uses the root name, as CLDR's inheritance does."""
    from babel import Locale
    from babel.core import get_global

    dutch, english = dutch_zone_cities(), Locale(*ENGLISH).time_zones
    base = Locale("en").time_zones
    out: dict[str, str] = {}
    for zone in sorted(get_global("zone_territories")):
        if "/" not in zone or zone.startswith("Etc/"):
            continue
        root = _zone_city(zone)
        nl = dutch.get(zone) or root
        en = (english.get(zone) or {}).get("city") or (base.get(zone) or {}).get("city") or root
        if nl[:1].isupper() and nl not in territories():
            out.setdefault(nl, en)
    return out


@lru_cache(maxsize=1)
def nationality_adjectives() -> dict[str, str]:
    """Dutch adjectives of nationality in their base form → English, from CLDR language
    names (``Oekraïens`` → Ukrainian, ``Duits`` → German, ``Nederlands`` → Dutch)."""
    from babel import Locale

    dutch, english = Locale(*DUTCH).languages, Locale(*ENGLISH).languages
    out: dict[str, str] = {}
    for code, name in sorted(dutch.items()):
        if len(code) > 3 or code not in english or not NATIONALITY.match(name):
            continue
        en = english[code]
        if " " in en or not en[:1].isupper():
            continue
        out.setdefault(name, en)
    return out


@lru_cache(maxsize=1)
def _folded(table: str) -> dict[str, str]:
    source = {"territory": territories, "city": cities, "adjective": nationality_adjectives}
    return {fold(dutch): english for dutch, english in source[table]().items()}


def with_article(english: str) -> str:
    """A one-word plural country name takes ``the`` (Netherlands → the Netherlands; not
    cities: Brussels, Athens)."""
    return f"the {english}" if PLURAL_NAME.match(english) else english


def place_name(dutch: str) -> tuple[str, str] | None:
    """``(English, kind)`` of a capitalised Dutch territory, region or city name, else None;
    a country of two parts may be written with a hyphen for CLDR's ``en`` (``Bosnië-Herzegovina``
    as ``Bosnië en Herzegovina``)."""
    if not dutch[:1].isupper():
        return None
    key = fold(dutch)
    for kind in ("territory", "city"):
        english = _folded(kind).get(key)
        if english is not None:
            return english, kind
    first, hyphen, second = dutch.partition("-")
    if hyphen and second[:1].isupper() and "-" not in second:
        english = _folded("territory").get(fold(f"{first} en {second}"))
        if english is not None:
            return english, "territory"
    return None


def nationality(dutch: str) -> str | None:
    """English of a Dutch adjective of nationality in its base form (``Oekraïens``)."""
    return _folded("adjective").get(fold(dutch)) if dutch[:1].isupper() else None


class CldrResolver:
    """English names of countries, regions and cities, for candidates that are names."""

    name = SOURCE

    def resolve(self, candidate: Candidate) -> list[Translation]:
        if candidate.kind == "acronym":
            return []
        found = place_name(candidate.term)
        if found is None:
            return []
        english, kind = found
        if kind == "territory":
            english = with_article(english)
        return [Translation(english, SOURCE, CONFIDENCE, note=f"CLDR {kind} name")]
