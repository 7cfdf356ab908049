"""The shipped term base and its loader: the NATO English translators rely on."""

from __future__ import annotations

import pytest

from glossary.errors import InputError
from glossary.model import Candidate
from glossary.paths import shipped_termbase
from glossary.translate.termbase import (
    TermBaseResolver,
    load_termbase,
    parse_termbase,
    renderings_of,
)

HEADER = "nl\ten\ten_alt\tkind\texpansion\tsource\tnote\n"


@pytest.fixture(scope="module")
def termbase():
    return load_termbase(shipped_termbase())


@pytest.mark.parametrize(
    ("dutch", "english", "kind"),
    [
        ("lastenverdeling", "burden sharing", "term"),
        ("afschrikking", "deterrence", "term"),
        ("NAVO", "NATO", "acronym"),
        ("SACEUR", "Supreme Allied Commander Europe", "acronym"),
        ("IP4", "Indo-Pacific partners", "acronym"),
        ("bondgenootschap", "Alliance", "term"),
        ("afschrikking en verdediging", "deterrence and defence", "term"),
        ("collectieve verdediging", "collective defence", "term"),
        ("Noord-Atlantische Raad", "North Atlantic Council", "entity"),
        ("luchtverdediging", "air defence", "term"),
        ("wapenbeheersing", "arms control", "term"),
        ("kruisvluchtwapen", "cruise missile", "term"),
    ],
)
def test_required_terms(termbase, dutch, english, kind):
    entry = termbase.lookup(dutch)
    assert entry is not None, dutch
    assert (entry.en, entry.kind) == (english, kind)
    assert entry.source


def test_british_spelling_first_with_us_variants(termbase):
    """Common nouns: defence first, defense as an alternative (official names keep their own)."""
    for entry in termbase:
        assert "defense" not in entry.en.lower() or "Defense Contact Group" in entry.en, entry
        if "defence" in entry.en:
            us = entry.en.replace("defence", "defense").replace("Defence", "Defense")
            assert us in entry.alternatives, (entry.nl, entry.alternatives)


def test_every_row_names_its_source(termbase):
    assert len(termbase) >= 300
    assert all(entry.source for entry in termbase)


def test_lookup_tiers(termbase):
    assert termbase.lookup("Lastenverdeling").nl == "lastenverdeling"  # case folded
    assert termbase.lookup("NAVO top").nl == "NAVO-top"  # hyphen/space ignored
    assert termbase.lookup("navo") is None  # an acronym only matches in capitals
    assert termbase.lookup("Defensie").en == "Ministry of Defence"  # exact case wins
    assert termbase.lookup("Oekraine").en == "Ukraine"  # accents folded
    assert termbase.lookup("cooperatieve veiligheid").en == "cooperative security"  # variant


def test_resolver_gives_reviewed_english_with_alternatives(termbase):
    answers = TermBaseResolver(termbase).resolve(Candidate("lastenverdeling", "term", 1, 1))
    assert [(a.text, a.source) for a in answers] == [
        ("burden sharing", "termbase"),
        ("burden-sharing", "termbase"),
    ]
    assert answers[0].confidence == 1.0 and "NATO official usage" in answers[0].note
    by_form = Candidate("lastenverdelingen", "term", 1, 1, forms=["lastenverdeling"])
    assert TermBaseResolver(termbase).resolve(by_form)[0].text == "burden sharing"


def test_expansion_for_acronyms(termbase):
    resolver = TermBaseResolver(termbase)
    assert resolver.expansion(Candidate("NAR", "acronym", 1, 1)) == "Noord-Atlantische Raad"
    assert renderings_of(termbase, "NAR") == ["NAC", "North Atlantic Council"]


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("nl\tenglish\n", "unknown column(s) english", 1),
        ("# only a comment\n", "no header row", None),
        (HEADER + "lastenverdeling\t\n", "empty 'en' cell", 2),
        (HEADER + "x\ty\t\tword\n", "unknown kind 'word'", 2),
        (HEADER + "x\ty|z\n", "holds one preferred rendering", 2),
        (HEADER + "x\ty\nx\tz\n", "duplicate term 'x' (term); first defined on line 2", 3),
        (HEADER + "x\ty\t\t\t\t\t\textra\n", "8 tab-separated cells, the header has 7", 2),
    ],
)
def test_malformed_rows_name_file_and_line(text, message, line):
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")) as err:
        parse_termbase(text, "tb.tsv")
    assert err.value.path == "tb.tsv" and err.value.line == line


def test_unreadable_files(tmp_path):
    with pytest.raises(InputError, match="term base not found"):
        load_termbase(tmp_path / "missing.tsv")
    bad = tmp_path / "latin1.tsv"
    bad.write_bytes(HEADER.encode() + "défense\tdefence\n".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8") as err:
        load_termbase(bad)
    assert err.value.line == 2
