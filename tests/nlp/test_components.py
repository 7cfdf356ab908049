"""The custom components on their own: dictionary flags and blank-line sentence starts."""

from __future__ import annotations

from glossary.nlp.components.flags import COMPUTED_FLAG, FLAG_IDS


def test_lexicon_flags_mark_known_lemmas(nlp) -> None:
    doc = nlp("De verdedigingsplannen werden snel besproken.")
    plans, fast = doc[1], doc[3]
    assert plans.check_flag(COMPUTED_FLAG)
    assert plans.check_flag(FLAG_IDS["NOUN"])
    assert fast.check_flag(FLAG_IDS["ADJ"])


def test_flags_come_first_so_tok2vec_sees_them(nlp) -> None:
    names = nlp.pipe_names
    assert names.index("nato_lexicon_flags") < names.index("tok2vec")


def test_blank_line_starts_a_sentence(nlp) -> None:
    doc = nlp("Afschrikking en verdediging\n\nBondgenoten spreken over de nieuwe plannen.")
    starts = [sent[0].text for sent in doc.sents if not sent[0].is_space]
    assert starts == ["Afschrikking", "Bondgenoten"]


def test_pipe_in_two_processes_matches_one(nlp) -> None:
    texts = ["De NAVO-toppen bespraken de defensie-uitgaven.", "Hybride dreigingen nemen toe."]
    single = [[t.lemma_ for t in doc] for doc in nlp.pipe(texts)]
    double = [[t.lemma_ for t in doc] for doc in nlp.pipe(texts, n_process=2)]
    assert single == double
