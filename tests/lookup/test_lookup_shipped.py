"""Lookup on the real shipped glossary (``terms/glossary.json``), as a user gets it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
from lookup_helpers import IN_CI, ROOT, assert_clean_error, run_lookup

from glossary.lookup.search import Lookup, json_schema
from glossary.paths import shipped_glossary

SHIPPED = ROOT / "terms" / "glossary.json"


@pytest.fixture(scope="module")
def shipped() -> Path:
    if not SHIPPED.is_file():
        message = f"{SHIPPED} is missing: run 'glossary build' (make demo) first"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return SHIPPED


@pytest.fixture(scope="module")
def book(shipped: Path, shared_cache: Path) -> Iterator[Lookup]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NATO_GLOSSARY_CACHE", str(shared_cache))
        with Lookup(shipped) as opened:
            yield opened


def first(book: Lookup, query: str, reverse: bool = False) -> dict:
    result = book.find(query, reverse)
    assert result.found, (query, result.suggestions)
    return result.matches[0].entry


@pytest.mark.parametrize(
    ("query", "lemma", "english"),
    [
        ("afschrikking", "afschrikking", "deterrence"),
        ("Afschrikking", "afschrikking", "deterrence"),
        ("lastenverdeling", "lastenverdeling", "burden sharing"),
        ("hybride dreigingen", "hybride dreiging", "hybrid threat"),
        ("NAVO", "NAVO", "NATO"),
    ],
)
def test_exact_and_forms(book: Lookup, query: str, lemma: str, english: str) -> None:
    entry = first(book, query)
    assert entry["lemma"] == lemma
    assert entry["translation"]["text"] == english
    assert entry["status"] == "reviewed"
    assert entry["translation"]["source"] == "termbase"


@pytest.mark.parametrize("query", ["Oekraïne", "Oekraine"])
def test_country_names_come_from_cldr_for_review(book: Lookup, query: str) -> None:
    entry = first(book, query)
    assert (entry["lemma"], entry["translation"]["text"]) == ("Oekraïne", "Ukraine")
    assert (entry["status"], entry["translation"]["source"]) == ("proposed", "cldr")


@pytest.mark.parametrize(
    ("query", "expansion"),
    [
        ("MCR's", "Minimum Capability Requirements"),
        ("MCR’s", "Minimum Capability Requirements"),
        ("SACEUR", "Supreme Allied Commander Europe"),
    ],
)
def test_acronyms(book: Lookup, query: str, expansion: str) -> None:
    entry = first(book, query)
    assert entry["kind"] == "acronym"
    assert entry["expansion"] == expansion


def test_examples_cite_the_letters(book: Lookup) -> None:
    match = book.find("afschrikking", examples=5).matches[0]
    assert match.examples
    for ex in match.examples:
        assert ex.letter in ("kst-28676-328", "kst-28676-467")
        assert ex.reference.startswith("Kamerstuk 28 676, nr. ")
        assert "afschrikking" in ex.sentence.lower()


@pytest.mark.parametrize(
    ("query", "lemma"),
    [
        ("deterrence", "afschrikking"),
        ("burden sharing", "lastenverdeling"),
        ("burden-sharing", "lastenverdeling"),
        ("Burden Sharing", "lastenverdeling"),
        ("Ukraine", "Oekraïne"),
        ("Supreme Allied Commander Europe", "SACEUR"),
    ],
)
def test_reverse(book: Lookup, query: str, lemma: str) -> None:
    assert lemma in [m.entry["lemma"] for m in book.find(query, reverse=True).matches]


@pytest.mark.parametrize(
    ("typo", "lemma", "reverse"),
    [
        ("afschriking", "afschrikking", False),
        ("lastenverdeelling", "lastenverdeling", False),
        ("Oekrajne", "Oekraïne", False),
        ("detterence", "afschrikking", True),
    ],
)
def test_fuzzy(book: Lookup, typo: str, lemma: str, reverse: bool) -> None:
    result = book.find(typo, reverse)
    assert not result.found
    assert result.suggestions[0].lemma == lemma
    assert result.suggestions[0].how == "fuzzy"


def test_prefix(book: Lookup) -> None:
    result = book.find("afschrik")
    assert not result.found
    assert result.suggestions[0].lemma == "afschrikking"
    assert result.suggestions[0].how == "prefix"
    assert all("afschrik" in s.lemma.lower() for s in result.suggestions)


def test_cli_text_and_json(shipped: Path) -> None:
    text = run_lookup("afschrikking", "--examples", "1", "--glossary", str(shipped))
    assert text.returncode == 0
    assert text.stdout.startswith("afschrikking → deterrence\n")
    assert text.stdout.count("“") == 1
    doc = json.loads(
        run_lookup(
            "afschrikking", "MCR's", "afschriking", "--json", "--glossary", str(shipped)
        ).stdout
    )
    jsonschema.validate(doc, json_schema())
    assert [r["found"] for r in doc["results"]] == [True, True, False]
    assert doc["results"][2]["suggestions"][0]["lemma"] == "afschrikking"


def test_cli_batch(shipped: Path) -> None:
    proc = run_lookup(
        "-",
        "--json",
        "--glossary",
        str(shipped),
        stdin="afschrikking\nlastenverdeling\nhybride dreigingen\nSACEUR\n",
    )
    assert proc.returncode == 0
    doc = json.loads(proc.stdout)
    assert [r["entries"][0]["lemma"] for r in doc["results"]] == [
        "afschrikking",
        "lastenverdeling",
        "hybride dreiging",
        "SACEUR",
    ]


def test_cli_is_the_default_without_a_local_glossary(shipped: Path, tmp_path: Path) -> None:
    assert shipped_glossary() == SHIPPED
    proc = run_lookup("afschrikking", "--json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["glossary"] == str(SHIPPED)


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        ([""], None, "argument 1: empty query"),
        (["a" * 201], None, "argument 1: query too long (201 characters, at most 200)"),
        (["afschrik\x1bking"], None, "argument 1: query contains control character U+001B"),
        (["-"], b"afschrikking\n\x00\n", "<stdin>:2: query contains control character U+0000"),
    ],
)
def test_cli_errors(shipped: Path, args: list[str], stdin: bytes | None, message: str) -> None:
    proc = run_lookup(*args, "--glossary", str(shipped), stdin=stdin)
    assert message in assert_clean_error(proc)
