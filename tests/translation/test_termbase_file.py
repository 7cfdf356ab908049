"""File checks on the shipped term base: the rules its header comment states, on every row."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from glossary.paths import shipped_termbase
from glossary.translate.termbase import NEEDS_REVIEW, load_termbase, loose_key

#: The authorities the header comment of terms/termbase.tsv documents.
AUTHORITIES = frozenset(
    {"NATO", "EU", "UN", "OSCE", "Government of the Netherlands", "treaty text", NEEDS_REVIEW}
)
OTHER_OFFICIAL = re.compile(r"other official: \S.*")
#: US spellings that British English writes otherwise (defence, centre, programme, licence...).
US_SPELLING = re.compile(
    r"\b(defense|offense|centers?|programs?|licensed?|licenses|labor|theaters?|catalogs?)\b", re.I
)


@pytest.fixture(scope="module")
def rows():
    return list(load_termbase(shipped_termbase()))


def test_no_dutch_term_is_listed_twice(rows):
    seen: dict[str, int] = {}
    for row in rows:
        for term in row.dutch:
            assert term not in seen, f"{term!r} on lines {seen[term]} and {row.line}"
            seen[term] = row.line


def test_variants_of_one_term_are_not_rows_of_their_own(rows):
    """Case, hyphen and space variants are matched by the software; only homographs of
    different kinds (``Defensie`` the ministry, ``defensie`` defence) share a loose key."""
    by_key = defaultdict(list)
    for row in rows:
        for key in {loose_key(term) for term in row.dutch}:
            by_key[key].append(row)
    for found in by_key.values():
        if len(found) > 1:
            kinds = [r.kind for r in found]
            assert len(set(kinds)) == len(kinds), [(r.nl, r.kind, r.line) for r in found]


def test_every_row_names_a_documented_authority(rows):
    wrong = [
        (row.line, row.source)
        for row in rows
        if row.source not in AUTHORITIES and not OTHER_OFFICIAL.fullmatch(row.source)
    ]
    assert wrong == []


def test_british_spelling_first(rows):
    """A US spelling in the preferred English only in an official name, and the note says so."""
    wrong = [
        (row.line, row.en)
        for row in rows
        if US_SPELLING.search(row.en) and "spell" not in row.note.lower()
    ]
    assert wrong == []


def test_every_acronym_row_has_its_english_expansion(rows):
    acronyms = [row for row in rows if row.kind == "acronym"]
    assert acronyms
    assert [(row.line, row.nl) for row in acronyms if not row.en_expansion] == []
    assert [(row.line, row.nl) for row in acronyms if not row.expansion] == []
