"""Fixtures for extraction tests: the shipped letters and their candidates."""

from __future__ import annotations

import pytest

from glossary.corpus.letters import read_letters
from glossary.model import Candidate, Letter


@pytest.fixture(scope="session")
def letters(letters_dir, resources) -> list[Letter]:
    return read_letters([str(letters_dir)], resources.is_word)


@pytest.fixture(scope="session")
def letter(letters) -> callable:
    """A shipped letter by number: ``letter("467")``."""
    return lambda number: next(x for x in letters if x.number == number)


@pytest.fixture(scope="session")
def all_candidates(letters, nlp, resources) -> list[Candidate]:
    """Every candidate of the two shipped letters, ranked (no cut)."""
    from glossary.extract import extract_terms

    return extract_terms(letters, nlp, resources, min_score=None)


@pytest.fixture(scope="session")
def found(all_candidates) -> dict[str, Candidate]:
    """Candidates by term (the best-ranked one when a term has two kinds)."""
    out: dict[str, Candidate] = {}
    for cand in all_candidates:
        out.setdefault(cand.term, cand)
    return out
