"""The lookup library on the realistic fixture glossary: exact, forms, case, reverse, fuzzy."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest

from glossary.errors import InputError
from glossary.lookup import search
from glossary.lookup.index import exact_key, loose_key
from glossary.lookup.search import Lookup, check_query, document_json, json_schema, lookup


@pytest.fixture(scope="module")
def book(small_path: Path, shared_cache: Path) -> Iterator[Lookup]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NATO_GLOSSARY_CACHE", str(shared_cache))
        with Lookup(small_path) as opened:
            yield opened


def ids(result) -> list[str]:
    return [m.entry["id"] for m in result.matches]


@pytest.mark.parametrize(
    ("query", "expected", "field"),
    [
        ("afschrikking", ["afschrikking"], "lemma"),
        ("lastenverdeling", ["lastenverdeling"], "lemma"),
        ("hybride dreigingen", ["hybride-dreiging"], "form"),
        ("MCR’s", ["mcr"], "form"),
        ("MCR's", ["mcr"], "form"),  # straight apostrophe typed, curly in the letters
        ("SACEUR", ["saceur"], "lemma"),
        ("Oekraïne", ["oekraine"], "lemma"),
        ("NAVO", ["navo"], "lemma"),
        ("navo", ["navo-2"], "lemma"),  # the homograph, not the acronym's id
        ("navo-2", ["navo-2"], "id"),
        ("saceur", ["saceur"], "id"),  # ids are lower-case slugs
        ("defensie-uitgaven", ["defensie-uitgaven"], "lemma"),
    ],
)
def test_exact(book: Lookup, query: str, expected: list[str], field: str) -> None:
    result = book.find(query)
    assert result.found
    assert ids(result) == expected
    assert result.matches[0].how == "exact"
    assert result.matches[0].field == field
    assert result.suggestions == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Afschrikking", ["afschrikking"]),
        ("AFSCHRIKKING", ["afschrikking"]),
        ("Saceur", ["saceur"]),
        ("mcr's", ["mcr"]),
        ("MCRs", ["mcr"]),
        ("Oekraine", ["oekraine"]),  # diacritics left out
        ("hybride-dreigingen", ["hybride-dreiging"]),
        ("Hybride  Dreiging", ["hybride-dreiging"]),
        ("defensie uitgaven", ["defensie-uitgaven"]),
        ("noord atlantische raad", ["noord-atlantische-raad", "nar"]),
        ("Navo", ["navo", "navo-2"]),  # neither spelling: both homographs
    ],
)
def test_normalised(book: Lookup, query: str, expected: list[str]) -> None:
    result = book.find(query)
    assert ids(result) == expected
    assert {m.how for m in result.matches} == {"normalised"}


def test_expansion_finds_the_acronym_after_the_term(book: Lookup) -> None:
    result = book.find("Noord-Atlantische Raad")
    assert ids(result) == ["noord-atlantische-raad", "nar"]
    assert [m.field for m in result.matches] == ["lemma", "expansion"]


def test_entry_content_and_examples(book: Lookup) -> None:
    match = book.find("afschrikking", examples=2).matches[0]
    assert match.entry["translation"]["text"] == "deterrence"
    assert match.entry["status"] == "reviewed"
    assert len(match.examples) == 2
    first = match.examples[0]
    assert first.letter == "kst-28676-328"
    assert first.reference == "Kamerstuk 28 676, nr. 328 (18 november 2019)"
    assert "geloofwaardige afschrikking" in first.sentence
    assert book.find("afschrikking", examples=0).matches[0].examples == []


def test_acronym_expansion(book: Lookup) -> None:
    entry = book.find("SACEUR").matches[0].entry
    assert entry["kind"] == "acronym"
    assert entry["expansion"] == "Supreme Allied Commander Europe"


@pytest.mark.parametrize(
    ("query", "expected", "field"),
    [
        ("deterrence", ["afschrikking"], "english"),
        ("burden sharing", ["lastenverdeling"], "english"),
        ("burden-sharing", ["lastenverdeling"], "alternative"),
        ("hybrid threats", ["hybride-dreiging"], "plural"),
        ("Supreme Allied Commander Europe", ["saceur"], "expansion"),
        ("Ukraine", ["oekraine"], "english"),
        ("North Atlantic Council", ["noord-atlantische-raad", "nar"], "english"),
    ],
)
def test_reverse(book: Lookup, query: str, expected: list[str], field: str) -> None:
    result = book.find(query, reverse=True)
    assert ids(result) == expected
    assert result.matches[0].field == field
    assert result.direction == "en-nl"


def test_reverse_normalises_hyphens_and_case(book: Lookup) -> None:
    for query in ("Burden Sharing", "burden‐sharing", "BURDEN SHARING"):
        assert ids(book.find(query, reverse=True)) == ["lastenverdeling"], query
    assert set(ids(book.find("NATO", reverse=True))) == {"navo", "navo-2"}


def test_reverse_does_not_search_dutch(book: Lookup) -> None:
    assert not book.find("afschrikking", reverse=True).found
    assert not book.find("deterrence").found


@pytest.mark.parametrize(
    ("typo", "meant"),
    [
        ("afschriking", "afschrikking"),
        ("afschrikkking", "afschrikking"),
        ("lastenverdeelling", "lastenverdeling"),
        ("lastenverdelingg", "lastenverdeling"),
        ("Oekrajne", "oekraine"),
        ("hybride dreigng", "hybride-dreiging"),
        ("SACEUER", "saceur"),
    ],
)
def test_fuzzy_suggestions(book: Lookup, typo: str, meant: str) -> None:
    result = book.find(typo)
    assert not result.found
    assert result.suggestions, typo
    assert result.suggestions[0].id == meant
    assert result.suggestions[0].how == "fuzzy"
    assert 0.7 <= result.suggestions[0].score <= 1


def test_fuzzy_ranked_by_similarity(book: Lookup) -> None:
    scores = [s.score for s in book.find("afschrikkingsbeleidd").suggestions if s.how == "fuzzy"]
    assert scores == sorted(scores, reverse=True)
    assert book.find("afschrikkingsbeleidd").suggestions[0].id == "afschrikkingsbeleid"


def test_fuzzy_reverse(book: Lookup) -> None:
    result = book.find("detterence", reverse=True)
    assert result.suggestions[0].id == "afschrikking"
    assert result.suggestions[0].text == "deterrence"


def test_prefix_suggestions_shortest_first(book: Lookup) -> None:
    result = book.find("afschrik")
    assert not result.found
    prefix = [s.id for s in result.suggestions if s.how == "prefix"]
    assert prefix[:3] == ["afschrikking", "afschrikkingsbeleid", "afschrikking-en-verdediging"]


def test_prefix_matches_later_words(book: Lookup) -> None:
    result = book.find("dreig")
    assert [s.id for s in result.suggestions] == ["hybride-dreiging"]
    assert result.suggestions[0].how == "prefix"


def test_suggestion_limit_and_one_per_entry(book: Lookup) -> None:
    result = book.find("afschrik", suggestions=2)
    assert len(result.suggestions) == 2
    many = book.find("hybride dreigingn", suggestions=10)
    assert [s.id for s in many.suggestions].count("hybride-dreiging") == 1
    assert book.find("afschrik", suggestions=0).suggestions == []


def test_nothing_similar(book: Lookup) -> None:
    result = book.find("xyzzyqwv")
    assert not result.found
    assert result.suggestions == []


def test_missing_translation_entry_is_found(book: Lookup) -> None:
    entry = book.find("luchtverdediging").matches[0].entry
    assert entry["status"] == "missing"
    assert entry["translation"] is None


def test_acronym_keeps_english_acronym_and_english_expansion_apart(book: Lookup) -> None:
    [match] = book.find("NAR").matches
    assert match.entry["translation"]["text"] == "NAC"
    assert match.entry["expansion"] == "Noord-Atlantische Raad"
    doc = document_json("g.json", [book.find("NAR"), book.find("SACEUR")])
    jsonschema.validate(doc, json_schema())
    nar, saceur = (r["entries"][0] for r in doc["results"])
    assert (nar["english"], nar["expansion"]) == ("NAC", "Noord-Atlantische Raad")
    assert nar["english_expansion"] == {"text": "North Atlantic Council", "source": "termbase"}
    assert saceur["english_expansion"] is None
    reverse = book.find("north atlantic council", reverse=True)
    assert [(m.entry["id"], m.field) for m in reverse.matches] == [
        ("noord-atlantische-raad", "english"),
        ("nar", "expansion"),
    ]
    assert [m.entry["id"] for m in book.find("Noord-Atlantische Raad", reverse=True).matches] == []


def test_json_document_matches_schema(book: Lookup, small_path: Path) -> None:
    queries = ["afschrikking", "MCR's", "afschriking", "luchtverdediging", "afschrik"]
    results = [book.find(q) for q in queries]
    doc = document_json(str(small_path), results)
    jsonschema.validate(doc, json_schema())
    assert [r["found"] for r in doc["results"]] == [True, True, False, True, False]
    mcr = doc["results"][1]["entries"][0]
    assert mcr["match"] == {"how": "exact", "field": "form", "text": "MCR’s"}
    assert mcr["expansion"] == "Minimum Capability Requirements"
    reverse = document_json(str(small_path), [book.find("burden-sharing", reverse=True)], True)
    jsonschema.validate(reverse, json_schema())
    assert reverse["direction"] == "en-nl"


@pytest.mark.parametrize("record", [search.Example, search.Match, search.Suggestion, search.Result])
def test_result_records_declare_the_type_of_each_field(record: type) -> None:
    """The named tuples' fields and the types declared for the type checker stay in step."""
    assert tuple(record.__annotations__) == record._fields


def test_lookup_function_opens_and_closes(small_path: Path) -> None:
    results = lookup(small_path, ["afschrikking", "deterrence"])
    assert [r.found for r in results] == [True, False]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "empty query"),
        ("   ", "empty query"),
        ("x" * 201, "query too long (201 characters"),
        ("afschrik\x1bking", "control character U+001B"),
        ("afschrikking\tbeleid", "control character U+0009"),
        ("afschrikking\udcff", "not valid UTF-8"),
    ],
)
def test_bad_queries(book: Lookup, query: str, message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)):
        book.find(query)


def test_check_query_names_where() -> None:
    with pytest.raises(InputError) as info:
        check_query("", "<stdin>", 3)
    assert str(info.value).startswith("<stdin>:3: empty query")
    assert check_query("  afschrikking \n") == "afschrikking"


@pytest.mark.parametrize(
    ("text", "exact", "loose"),
    [
        ("MCR’s", "MCR's", "mcrs"),
        ("burden-sharing", "burden-sharing", "burden sharing"),
        ("  Hybride   dreiging ", "Hybride dreiging", "hybride dreiging"),
        ("Oekraïne", "Oekraïne", "oekraine"),
        ("defensie\u00adbeleid", "defensie\u00adbeleid", "defensiebeleid"),
    ],
)
def test_keys(text: str, exact: str, loose: str) -> None:
    assert exact_key(text) == exact
    assert loose_key(text) == loose


def _json_blocks(rst: str) -> list[object]:
    """The JSON code blocks of a reStructuredText page, parsed."""
    import json
    import textwrap

    blocks = []
    for part in rst.split(".. code-block:: json")[1:]:
        body = part.split("\n\n", 1)[1]
        lines = []
        for line in body.splitlines():
            if line and not line.startswith("   "):
                break
            lines.append(line)
        blocks.append(json.loads(textwrap.dedent("\n".join(lines))))
    return blocks


def test_reference_page_is_current() -> None:
    from lookup_helpers import ROOT

    example, schema = _json_blocks(
        (ROOT / "docs" / "reference" / "lookup-json.rst").read_text(encoding="utf-8")
    )
    assert schema == json_schema()
    jsonschema.validate(example, json_schema())
