"""Noun gender for the dictionary form of adjective + noun terms (``operationeel domein``): the
treebank table and terms (the gender evidence itself is in ``tests/nlp/test_dutch.py``)."""

from __future__ import annotations

from glossary.nlp.dutch.gender import COMMON, NEUTER
from glossary.nlp.training.conllu import read_conllu
from glossary.nlp.training.genders import gender_table
from tests.extract.helpers import terms_of


def test_the_table_keeps_only_agreeing_singular_nouns(tmp_path):
    rows = [
        ("plan", "Gender=Neut|Number=Sing"),
        ("plan", "Gender=Neut|Number=Sing"),
        ("figuur", "Gender=Com|Number=Sing"),
        ("figuur", "Gender=Neut|Number=Sing"),
        ("plannen", "Number=Plur"),
        ("dialoog", "Gender=Com|Number=Sing"),
    ]
    lines = ["# sent_id = x.p.1.s.1", "# text = ..."]
    lines += [
        f"{i}\t{form}\t{form}\tNOUN\t_\t{feats}\t0\troot\t_\t_"
        for i, (form, feats) in enumerate(rows, 1)
    ]
    path = tmp_path / "t.conllu"
    path.write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    assert gender_table(read_conllu(path)) == {"plan": NEUTER, "dialoog": COMMON}


def test_the_shipped_table_knows_common_nouns(resources):
    table = resources.noun_genders()
    assert len(table) > 1000
    assert table["plan"] == NEUTER and table["verdediging"] == COMMON


def test_terms_take_the_dictionary_form_their_noun_needs(nlp, resources):
    terms = terms_of(
        "De militaire plannen zijn klaar. Wij voeren een "
        "strategische dialoog over het nationale verkeer. De "
        "militaire verdedigingsplannen blijven geheim.",
        nlp,
        resources,
    )
    assert "militair plan" in terms  # no article in the text: the treebank table
    assert "militair verdedigingsplan" in terms  # the compound's head ``plan``
    assert "strategische dialoog" in terms  # common: inflected
    assert "nationaal verkeer" in terms  # ``nationale`` → ``nationaal``, not ``national``


def test_a_seeded_term_base_fixes_a_term_with_no_other_evidence(nlp):
    from glossary.nlp.resources import Resources

    # a neuter noun the shipped gender table lacks (``domein`` is in it since the 2017 data)
    text = "Dit is als vijfde nucleaire arsenaal erkend. Wij bespreken nucleaire arsenalen."
    plain, seeded = Resources.default(), Resources.default(seeds=["nucleair arsenaal"])
    assert "arsenaal" not in plain.noun_genders()
    terms = [set(terms_of(text, nlp, r)) for r in (plain, seeded)]
    assert "nucleaire arsenaal" in terms[0]
    assert "nucleair arsenaal" in terms[1] and "nucleaire arsenaal" not in terms[1]
