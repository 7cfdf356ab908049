"""Finding the entry a reviewer means: id, lemma, surface form; homographs ask for the id."""

from __future__ import annotations

import pytest

from glossary.review.find import AmbiguousTerm, TermNotFound, resolve, resolve_all

from ._data import fixture_glossary


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("lastenverdeling", "lastenverdeling"),  # lemma = id
        ("hybride-dreiging", "hybride-dreiging"),  # id
        ("hybride dreiging", "hybride-dreiging"),  # lemma
        ("hybride dreigingen", "hybride-dreiging"),  # surface form
        ("Hybride Dreigingen", "hybride-dreiging"),  # surface form, other case
        ("Oekraine", "oekraine"),  # accents folded
        ("NAVO", "navo"),  # exact lemma beats the folded homograph
        ("id:navo", "navo"),  # an id, explicitly
        ("navo-2", "navo-2"),
        ("id:navo-2", "navo-2"),
        ("  bijeenkomsten ", "bijeenkomst"),
    ],
)
def test_resolves(query: str, expected: str) -> None:
    assert resolve(fixture_glossary(), query).id == expected


@pytest.mark.parametrize("query", ["Navo", "navo", "NAVÖ"])
def test_homographs_ask_for_the_id(query: str) -> None:
    """``navo`` is the id of ``NAVO`` and the lemma of ``navo-2``: ambiguous, never a guess."""
    with pytest.raises(AmbiguousTerm) as info:
        resolve(fixture_glossary(), query, "g.json")
    err = info.value
    assert err.exit_code == 2
    assert [e.id for e in err.entries] == ["navo", "navo-2"]
    assert str(err) == (
        f"g.json: '{query}' is ambiguous, it matches 2 entries: "
        "id:navo (NAVO, acronym, NATO), id:navo-2 (navo, term, nato); "
        "use one of these id:<id> names instead"
    )


def test_an_unknown_id_is_not_found() -> None:
    with pytest.raises(TermNotFound):
        resolve(fixture_glossary(), "id:NAVO")


def test_not_found_is_a_negative_answer_with_suggestions() -> None:
    with pytest.raises(TermNotFound) as info:
        resolve(fixture_glossary(), "lastenverdelingen")
    assert info.value.exit_code == 1
    assert "did you mean 'lastenverdeling'" in str(info.value)
    with pytest.raises(TermNotFound):
        resolve(fixture_glossary(), "   ")


def test_resolve_all_is_all_or_nothing_and_deduplicates() -> None:
    g = fixture_glossary()
    assert [
        e.id for e in resolve_all(g, ["lastenverdeling", "Lastenverdeling", "hybride dreigingen"])
    ] == ["lastenverdeling", "hybride-dreiging"]
    with pytest.raises(TermNotFound):
        resolve_all(g, ["lastenverdeling", "nope"])
