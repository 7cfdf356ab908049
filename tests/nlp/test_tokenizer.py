"""Tokenisation of abbreviations, hyphenated compounds and apostrophes (shipped pipeline)."""

from __future__ import annotations

import pytest


def words(nlp, text: str) -> list[str]:
    return [token.text for token in nlp.make_doc(text)]


@pytest.mark.parametrize(
    "abbreviation",
    ["o.a.", "i.v.m.", "m.b.t.", "jl.", "a.s.", "d.d.", "N.a.v.", "incl.", "o.b.v.", "i.h.k.v."],
)
def test_abbreviation_is_one_token(nlp, abbreviation: str) -> None:
    expected = ["Dit", "geldt", abbreviation, "de", "top"]
    assert words(nlp, f"Dit geldt {abbreviation} de top") == expected


@pytest.mark.parametrize(
    "compound", ["NAVO-top", "defensie-uitgaven", "2%-norm", "Noord-Atlantische", "3,5%-norm"]
)
def test_hyphenated_compound_is_one_token(nlp, compound: str) -> None:
    expected = ["Over", "de", compound, ",", "zei", "hij", "."]
    assert words(nlp, f"Over de {compound}, zei hij.") == expected


@pytest.mark.parametrize("form", ["MCR's", "MCR’s", "NAVO’s", "auto's"])
def test_apostrophe_s_stays_with_its_word(nlp, form: str) -> None:
    assert words(nlp, f"De {form} zijn klaar.") == ["De", form, "zijn", "klaar", "."]


def test_sentence_final_period_still_splits(nlp) -> None:
    assert words(nlp, "De top is op 12 mei. Dan volgt de rest.")[5:8] == ["mei", ".", "Dan"]


@pytest.mark.parametrize("acronym", ["PvdA", "MoU", "EMASoH", "VVD"])
def test_a_full_stop_after_an_acronym_splits(nlp, acronym: str) -> None:
    """``PvdA.``: a capital after a small letter does not keep the sentence's full stop."""
    assert words(nlp, f"Het voorstel kwam van de {acronym}.")[-2:] == [acronym, "."]


def test_truncated_compound_keeps_its_hyphen(nlp) -> None:
    assert words(nlp, "navigatie- en communicatiesatellieten") == [
        "navigatie-",
        "en",
        "communicatiesatellieten",
    ]
    assert words(nlp, "(NAVO-)bondgenoten") == ["(", "NAVO-", ")", "bondgenoten"]


def test_quotes_around_words_are_split(nlp) -> None:
    assert words(nlp, "de ‘NAVO’ werd") == ["de", "‘", "NAVO", "’", "werd"]
