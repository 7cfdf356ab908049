"""Text that looks like term text but is not: cut words, English citations, split nouns."""

from __future__ import annotations

from glossary.extract.termhood import split_nouns
from glossary.extract.words import Words

from .helpers import terms_of

BODY = "De bondgenoten bespreken de luchtverdediging en de raketverdediging van de NAVO."


def test_a_word_cut_by_the_end_of_the_text_is_no_candidate(nlp, resources):
    cut = terms_of(f"{BODY}\nDe Nederlandse regeri", nlp, resources)
    assert "luchtverdediging" in cut
    assert not any("regeri" in t.lower() for t in cut)
    whole = terms_of(f"{BODY}\nDe Nederlandse kustwacht", nlp, resources)
    assert any("kustwacht" in t.lower() for t in whole), whole


def test_ordinary_english_words_of_a_quoted_english_title_are_no_terms(nlp, resources):
    text = (
        f"{BODY} Bent u bekend met het rapport «Lives lost in the Mediterranean sea: who is "
        "responsible» van de Raad van Europa?"
    )
    terms = [t.lower() for t in terms_of(text, nlp, resources)]
    assert "luchtverdediging" in terms
    assert not [t for t in terms if t in ("lives lost", "responsible", "mediterranean sea")]


def test_two_dutch_nouns_written_apart_are_split_nouns(resources):
    words = Words(resources)
    assert split_nouns("regering kennis", words)
    assert split_nouns("vluchtelingenboot midden", words)
    for term in ("force protection", "collectieve verdediging", "overkoepelend ruimtebeleid"):
        assert not split_nouns(term, words), term
