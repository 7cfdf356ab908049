"""Lemmas from the shipped pipeline's combined lemmatizer."""

from __future__ import annotations

import pytest


def lemmas(nlp, text: str) -> dict[str, str]:
    return {token.text: token.lemma_ for token in nlp(text)}


def test_plural_noun(nlp) -> None:
    assert lemmas(nlp, "De dreigingen nemen toe.")["dreigingen"] == "dreiging"


def test_hybride_dreigingen(nlp) -> None:
    doc = nlp("Bondgenoten werken samen tegen hybride dreigingen.")
    assert [t.lemma_ for t in doc if t.text in ("hybride", "dreigingen")] == ["hybride", "dreiging"]


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("De NAVO-toppen van dit jaar waren kort.", "NAVO-toppen", "NAVO-top"),
        ("De defensie-uitgaven stijgen snel.", "defensie-uitgaven", "defensie-uitgave"),
        ("De MCR's zijn vastgesteld.", "MCR's", "MCR"),
        ("De MCR’s zijn vastgesteld.", "MCR’s", "MCR"),
        (
            "De lastenverdelingen binnen het bondgenootschap verschillen.",
            "lastenverdelingen",
            "lastenverdeling",
        ),
        ("Nederland heeft de bondgenoten gesteund.", "bondgenoten", "bondgenoot"),
        (
            "De ministers spraken over de capaciteitsdoelstellingen.",
            "capaciteitsdoelstellingen",
            "capaciteitsdoelstelling",
        ),
    ],
)
def test_compound_and_acronym_lemmas(nlp, sentence: str, word: str, lemma: str) -> None:
    assert lemmas(nlp, sentence)[word] == lemma


def test_verb_and_auxiliary_lemmas(nlp) -> None:
    found = lemmas(nlp, "De ministers hebben besloten dat zij de steun verhogen.")
    assert found["hebben"] == "hebben"
    assert found["besloten"] == "besluiten"
    assert found["verhogen"] == "verhogen"


def test_proper_noun_kept_as_written(nlp) -> None:
    assert lemmas(nlp, "Nederland steunt Oekraïne.")["Oekraïne"] == "Oekraïne"


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("Nederland nam het voorstel van de bondgenoten over.", "nam", "overnemen"),
        ("Zij besloten een nieuw centrum op te richten.", "richten", "oprichten"),
        ("De minister wacht op het antwoord.", "wacht", "wachten"),
    ],
)
def test_separated_particles(nlp, sentence: str, word: str, lemma: str) -> None:
    assert lemmas(nlp, sentence)[word] == lemma


def test_a_long_doc_gets_the_lemmas_each_token_gets_alone(nlp) -> None:
    """While lemmatising a doc the component caches the doc's annotations (once per doc, not
    once per verb); the lemmas are those of the uncached path, token by token."""
    sentence = (
        "Nederland nam het voorstel van de bondgenoten over. Zij besloten het op te richten. "
    )
    doc = nlp(sentence * 200)
    lemmatizer = nlp.get_pipe("nato_lemmatizer")
    alone = [lemmatizer.lemmatize(token)[0] for token in doc]
    assert [token.lemma_ for token in doc] == alone
    assert {t.lemma_ for t in doc if t.text in ("nam", "richten")} == {"overnemen", "oprichten"}


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("gerelateerde", "gerelateerd"), ("geïntegreerde", "geïntegreerd"), ("grote", "groot")],
)
def test_an_unknown_participle_adjective_keeps_its_participle(nlp, word: str, lemma: str) -> None:
    """Not a compound split with a short head (``gerelat|eerde`` → ``gerelateerder``)."""
    assert nlp.get_pipe("nato_lemmatizer").lemmatize_word(word, "ADJ") == lemma


def test_a_hyphenated_participle_adjective(nlp) -> None:
    assert (
        lemmas(nlp, "Dit zijn veiligheids-gerelateerde onderwerpen.")["veiligheids-gerelateerde"]
        == "veiligheids-gerelateerd"
    )


def test_a_whole_word_under_another_pos_beats_a_compound_split(nlp) -> None:
    """``dreigingen`` mistagged VERB: the noun ``dreiging``, not ``drei`` + ``gingen``/``gaan``."""
    assert nlp.get_pipe("nato_lemmatizer").lemmatize_word("dreigingen", "VERB") == "dreiging"


def test_a_hyphenated_participle_tagged_verb_is_an_adjective(nlp) -> None:
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=["veiligheids-gerelateerde", "onderwerpen"], pos=["VERB", "NOUN"])
    lemmatizer = nlp.get_pipe("nato_lemmatizer")
    assert lemmatizer.lemmatize(doc[0]) == ["veiligheids-gerelateerd"]


def tagged(nlp, words: list[str], tags: list[str], morphs: list[str] | None = None):
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=words, pos=tags, morphs=morphs)
    return nlp.get_pipe("nato_lemmatizer")(doc)


def test_a_closed_class_tag_the_treebank_never_gives_a_form_is_corrected(nlp) -> None:
    """Closed classes are enumerable: ``hybride`` is no determiner in the training treebank,
    ``de`` is; ``daarboven`` tagged PRON is a pronominal adverb."""
    doc = tagged(
        nlp,
        ["tegen", "de", "hybride", "dreigingen", "daarboven"],
        ["ADP", "DET", "DET", "NOUN", "PRON"],
    )
    assert [t.pos_ for t in doc] == ["ADP", "DET", "ADJ", "NOUN", "ADV"]
    assert doc[2].lemma_ == "hybride"


def test_a_verbless_subordinate_clause_gets_its_final_verb(nlp) -> None:
    words = ["dat", "zij", "de", "steun", "verhogen", "."]
    tags = ["SCONJ", "PRON", "DET", "NOUN", "NOUN", "PUNCT"]
    assert tagged(nlp, words, tags)[4].pos_ == "NOUN"  # no subject pronoun: left alone
    morphs = ["", "Case=Nom|Person=3|PronType=Prs", "", "", "Number=Plur", ""]
    doc = tagged(nlp, words, tags, morphs)
    assert (doc[4].pos_, doc[4].lemma_) == ("VERB", "verhogen")
