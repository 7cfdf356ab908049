"""Finding the entry a reviewer means: id, lemma, surface form; homographs ask for the id."""

from __future__ import annotations

import pytest

from glossary.resolve import AmbiguousTerm, TermNotFound, resolve, resolve_all

from ._data import fixture_glossary


@pytest.mark.parametrize(("query", "expected"), [
    ("lastenverdeling", "lastenverdeling"),          # lemma = id
    ("hybride-dreiging", "hybride-dreiging"),        # id
    ("hybride dreiging", "hybride-dreiging"),        # lemma
    ("hybride dreigingen", "hybride-dreiging"),      # surface form
    ("Hybride Dreigingen", "hybride-dreiging"),      # surface form, other case
    ("Oekraine", "oekraine"),                        # accents folded
    ("NAVO", "navo"),                                # exact lemma beats the folded homograph
    ("navo", "navo"),                                # exact id
    ("navo-2", "navo-2"),
    ("  bijeenkomsten ", "bijeenkomst"),
])
def test_resolves(query: str, expected: str) -> None:
    assert resolve(fixture_glossary(), query).id == expected


def test_homographs_ask_for_the_id() -> None:
    with pytest.raises(AmbiguousTerm) as info:
        resolve(fixture_glossary(), "Navo", "g.json")
    err = info.value
    assert err.exit_code == 2
    assert [e.id for e in err.entries] == ["navo", "navo-2"]
    assert str(err).startswith("g.json: 'Navo' matches 2 entries: navo (NAVO, acronym, NATO), "
                               "navo-2 (navo, term, nato); give the id instead")


def test_not_found_is_a_negative_answer_with_suggestions() -> None:
    with pytest.raises(TermNotFound) as info:
        resolve(fixture_glossary(), "lastenverdelingen")
    assert info.value.exit_code == 1
    assert "did you mean 'lastenverdeling'" in str(info.value)
    with pytest.raises(TermNotFound):
        resolve(fixture_glossary(), "   ")


def test_resolve_all_is_all_or_nothing_and_deduplicates() -> None:
    g = fixture_glossary()
    assert [e.id for e in resolve_all(g, ["lastenverdeling", "Lastenverdeling",
                                          "hybride dreigingen"])] == \
        ["lastenverdeling", "hybride-dreiging"]
    with pytest.raises(TermNotFound):
        resolve_all(g, ["lastenverdeling", "nope"])
