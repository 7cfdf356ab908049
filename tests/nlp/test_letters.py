"""The shipped pipeline on the shipped letters: POS of domain nouns, sentence boundaries."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("word", ["lastenverdeling", "afschrikking"])
def test_domain_words_tagged_noun(letter_docs, word: str) -> None:
    tags = [t.pos_ for doc in letter_docs for t in doc if t.text == word]
    assert tags, f"{word} not found in the letters"
    assert set(tags) == {"NOUN"}, tags


def test_hyphenated_terms_lemmatised_on_last_part(letter_docs) -> None:
    lemmas = {t.text: t.lemma_ for doc in letter_docs for t in doc}
    assert lemmas["NAVO-bondgenoten"] == "NAVO-bondgenoot"
    assert lemmas["defensie-industrie"] == "defensie-industrie"


def test_paragraph_sentences(nlp) -> None:
    paragraph = (
        "De SG NAVO heeft aangekondigd drie werksessies bijeen te roepen. In de werksessie met "
        "alleen bondgenoten spreken de Ministers over afschrikking en verdediging, over de "
        "voortgang en uitvoerbaarheid van de herziene militaire plannen van het bondgenootschap, "
        "de opschaling van de defensie-industrie, en NAVO-missies en operaties. Ten slotte "
        "spreken de Ministers met de EU en de NAVO-partners in de Indo-Pacific (IP4). Het is de "
        "eerste keer dat de NAVO-Ministers van Defensie gezamenlijk met de IP4-partners in een "
        "formele sessie van de Noord-Atlantische Raad (NAR) bijeen komen."
    )
    starts = [sent[:2].text for sent in nlp(paragraph).sents]
    assert starts == ["De SG", "In de", "Ten slotte", "Het is"]


def test_abbreviation_does_not_end_sentence(nlp) -> None:
    text = (
        "De bijeenkomst staat in het teken van de besluiten die bondgenoten op de NAVO-top in "
        "Washington D.C. hebben genomen om de afschrikking te versterken. Ook spreken zij o.a. "
        "over de defensie-industrie."
    )
    assert len(list(nlp(text).sents)) == 2
