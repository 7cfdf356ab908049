"""Lookup on a generated large glossary (``benchmarks/synthetic.py``): same answers at scale."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
from lookup_helpers import LARGE, run_lookup

from glossary.lookup.search import Lookup, json_schema
from glossary.store.jsonfile import load


@pytest.fixture(scope="module")
def book(large_path: Path, shared_cache: Path) -> Iterator[Lookup]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NATO_GLOSSARY_CACHE", str(shared_cache))
        with Lookup(large_path) as opened:
            yield opened


@pytest.fixture(scope="module")
def glossary(large_path: Path):
    return load(large_path)


def test_size(glossary) -> None:
    assert len(glossary) == LARGE


def test_every_lemma_form_and_english_of_a_sample_is_found(book: Lookup, glossary) -> None:
    entries = glossary.sorted_entries()[:: LARGE // 300]
    for entry in entries:
        for name in [entry.lemma, *entry.forms]:
            assert entry.id in [m.entry["id"] for m in book.find(name).matches], name
        if entry.translation:
            found = book.find(entry.translation.text, reverse=True)
            assert entry.id in [m.entry["id"] for m in found.matches], entry.translation.text


def test_core_terms(book: Lookup) -> None:
    assert book.find("afschrikking").matches[0].entry["translation"]["text"] == "deterrence"
    assert book.find("hybride dreigingen").matches[0].field == "form"
    assert book.find("MCR's").matches[0].entry["id"] == "mcr"
    assert [m.entry["id"] for m in book.find("NAVO").matches] == ["navo"]
    assert [m.entry["id"] for m in book.find("navo").matches] == ["navo-2"]
    assert book.find("Oekraine").matches[0].entry["id"] == "oekraine"
    assert book.find("burden-sharing", reverse=True).matches[0].entry["id"] == "lastenverdeling"


@pytest.mark.parametrize(
    ("typo", "meant"),
    [
        ("afschriking", "afschrikking"),
        ("lastenverdeelling", "lastenverdeling"),
        ("hybride dreigng", "hybride-dreiging"),
        ("Oekrajne", "oekraine"),
    ],
)
def test_fuzzy_finds_the_term_among_many_similar(book: Lookup, typo: str, meant: str) -> None:
    result = book.find(typo)
    assert not result.found
    assert result.suggestions[0].id == meant
    assert 1 <= len(result.suggestions) <= 5


def test_fuzzy_on_generated_compounds(book: Lookup, glossary) -> None:
    misses = 0
    sample = [e for e in glossary.sorted_entries()[::97] if len(e.lemma) >= 10][:60]
    for entry in sample:
        typo = entry.lemma[:4] + entry.lemma[5:]  # drop one letter
        result = book.find(typo)
        ids = [m.entry["id"] for m in result.matches] + [s.id for s in result.suggestions]
        misses += entry.id not in ids
    assert misses <= len(sample) // 20, misses


def test_prefix(book: Lookup, glossary) -> None:
    result = book.find("afschrikkingsb")
    assert result.suggestions
    assert all(s.how == "prefix" for s in result.suggestions)
    assert all(s.lemma.lower().startswith("afschrikkingsb") for s in result.suggestions)
    lengths = [len(s.lemma) for s in result.suggestions]
    assert lengths == sorted(lengths)


def test_cli_batch_json(large_path: Path, glossary) -> None:
    sample = glossary.sorted_entries()[:: LARGE // 50]
    stdin = "".join(f"{e.lemma}\n" for e in sample) + "afschriking\n"
    proc = run_lookup("-", "--json", "--examples", "1", "--glossary", str(large_path), stdin=stdin)
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    jsonschema.validate(doc, json_schema())
    assert [r["found"] for r in doc["results"]] == [True] * len(sample) + [False]
    assert [r["entries"][0]["id"] for r in doc["results"][:-1]] == [e.id for e in sample]
    assert all(len(e["examples"]) <= 1 for r in doc["results"] for e in r["entries"])
    assert doc["results"][-1]["suggestions"][0]["id"] == "afschrikking"


def test_cli_text(large_path: Path) -> None:
    proc = run_lookup("afschrikking", "--glossary", str(large_path))
    assert proc.returncode == 0
    assert proc.stdout.startswith("afschrikking → deterrence\n")
    assert "Kamerstuk 28 676, nr. 328" in proc.stdout
