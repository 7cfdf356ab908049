"""Shared by the extraction tests: run the real extractor on a short text."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from glossary.corpus.letters import make_letter
from glossary.extract import DEFAULT_MIN_SCORE, extract_terms
from glossary.model import Candidate


def extract_text(text: str, nlp, resources) -> list[Candidate]:
    """Every candidate of ``text`` as one letter, scored, without the cut."""
    letter = make_letter(text, "x", "x", resources.is_word)
    return extract_terms([letter], nlp, resources, min_score=None)


def extract_texts(texts: list[str], nlp, resources) -> list[Candidate]:
    """Every candidate of ``texts``, each one letter, scored, without the cut."""
    letters = [make_letter(t, f"l{i}", f"l{i}", resources.is_word) for i, t in enumerate(texts)]
    return extract_terms(letters, nlp, resources, min_score=None)


def terms_of(text: str, nlp, resources) -> list[str]:
    """The canonical forms extracted from ``text``, best first."""
    return [c.term for c in extract_text(text, nlp, resources)]


def assert_names(found: Mapping[str, Candidate], names: Iterable[str]) -> None:
    """Each of ``names`` is a name in the default output of ``found`` (term → candidate)."""
    for name in names:
        assert found[name].kind == "entity", name
        assert found[name].score >= DEFAULT_MIN_SCORE, name
