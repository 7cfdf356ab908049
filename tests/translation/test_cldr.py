"""Country and region names from CLDR (Babel): Dutch → British English, source ``cldr``."""

from __future__ import annotations

import pytest

from glossary.model import Candidate
from glossary.translate.cldr import (
    CldrResolver,
    nationality,
    nationality_adjectives,
    territories,
    with_article,
)
from glossary.translate.lexicon import base_forms
from glossary.translate.seeds import seed_terms
from glossary.translate.termbase import parse_termbase


@pytest.mark.parametrize(
    ("dutch", "english"),
    [
        ("Oekraïne", "Ukraine"),
        ("Oekraine", "Ukraine"),  # accents folded
        ("Zweden", "Sweden"),
        ("Noord-Macedonië", "North Macedonia"),
        ("Turkije", "Türkiye"),
        ("Verenigde Staten", "United States"),
        ("Europese Unie", "European Union"),
        ("Noord-Europa", "Northern Europe"),
        ("Bosnië en Herzegovina", "Bosnia and Herzegovina"),  # not CLDR's short "&"
        ("Bosnië-Herzegovina", "Bosnia and Herzegovina"),  # the two parts hyphenated
        ("Trinidad-Tobago", "Trinidad and Tobago"),
    ],
)
def test_dutch_names_get_their_british_english(dutch, english):
    [answer] = CldrResolver().resolve(Candidate(dutch, "entity", 1, 1))
    assert (answer.text, answer.source) == (english, "cldr")


@pytest.mark.parametrize(
    "candidate",
    [
        Candidate("wereld", "term", 1, 1),  # a common noun in Dutch, not a name
        Candidate("IT", "acronym", 1, 1),
        Candidate("Defensie", "entity", 1, 1),
    ],
)
def test_only_names_are_answered(candidate):
    assert CldrResolver().resolve(candidate) == []


def test_every_name_is_a_capitalised_dutch_name_with_english():
    names = territories()
    assert len(names) > 250
    assert all(dutch[:1].isupper() and english for dutch, english in names.items())


def test_place_names_are_lifted_territories_seeded_and_terms_only_seeded():
    seeds, lifts = seed_terms(parse_termbase("nl\ten\nafschrikking\tdeterrence\n"))
    assert {"Zweden", "Kosovo", "afschrikking"} <= set(seeds)
    assert {"Zweden", "Kosovo", "Warschau", "Oslo"} <= set(lifts)
    assert "afschrikking" not in lifts and "Warschau" not in seeds


@pytest.mark.parametrize(
    ("dutch", "english"),
    [("Brussel", "Brussels"), ("Lissabon", "Lisbon"), ("Kiev", "Kyiv"), ("Vilnius", "Vilnius")],
)
def test_city_names_from_cldr_time_zones(dutch, english):
    [answer] = CldrResolver().resolve(Candidate(dutch, "entity", 1, 1))
    assert (answer.text, answer.note) == (english, "CLDR city name")


def test_a_one_word_plural_name_takes_the_article():
    [answer] = CldrResolver().resolve(Candidate("Nederland", "entity", 1, 1))
    assert answer.text == "the Netherlands"
    assert with_article("Cyprus") == "Cyprus" and with_article("Philippines") == "the Philippines"


def test_adjectives_of_nationality_both_ways_with_forms():
    adjectives = nationality_adjectives()
    assert adjectives["Oekraïens"] == "Ukrainian" and adjectives["Duits"] == "German"
    dutch_for = {english: dutch for dutch, english in adjectives.items()}
    assert dutch_for["Ukrainian"] == "Oekraïens" and dutch_for["Polish"] == "Pools"
    for form in ("Oekraïens", "Oekraïense", "Oekraiense"):  # inflected, accent folded
        assert any(nationality(base) == "Ukrainian" for base in base_forms(form))
    assert nationality("Swahili") is None  # a language name that is no adjective
