"""People's names are no entries; the posts before them are (real pipeline, real lexicon)."""

from __future__ import annotations

import pytest

from glossary.nlp.dutch.names import is_initials
from tests.extract.helpers import terms_of

TEXT = (
    "De Minister van Buitenlandse Zaken Lavrov sprak met secretaris-generaal Jens Stoltenberg "
    "in Brussel. Het rapport van de groep van Greta Bossenmaier en Anja Dalgaard-Nielsen kwam "
    "later. Ook Greta Bossenmaier, Tacan Ildem en Jeroen van der Veer spraken. "
    "Volgens minister Hillen gaat het Verdrag van Washington voor. Zowel Lavrov als "
    "Stoltenberg spraken over de Noord-Atlantische Raad.\n\nDe Minister van Defensie,\n\n"
    "K.H. Ollongren"
)


@pytest.fixture(scope="module")
def terms(nlp, resources) -> list[str]:
    return terms_of(TEXT, nlp, resources)


def test_people_are_no_entries(terms):
    people = ("Lavrov", "Stoltenberg", "Bossenmaier", "Dalgaard", "Hillen", "Ollongren")
    people += ("Ildem", "Veer")
    assert not [t for t in terms if any(p in t for p in people)], terms


def test_posts_names_and_places_beside_people_stay(terms):
    for term in ("Minister van Buitenlandse Zaken", "Verdrag van Washington"):
        assert term in terms, terms
    assert "Noord-Atlantische Raad" in terms and "Brussel" in terms


@pytest.mark.parametrize(
    ("text", "initials"),
    [("M.", True), ("K.H.", True), ("H.G.J.", True), ("NAVO", False), ("Mr", False)],
)
def test_initials(text, initials):
    assert is_initials(text) is initials
