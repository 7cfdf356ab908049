"""Training data preparation: lemma targets, the CoNLL-U reader and the fixed held-out split."""

from __future__ import annotations

from pathlib import Path

import pytest

from glossary.nlp.training.conllu import read_conllu
from glossary.nlp.training.convert import UD_FILES, read_treebanks
from glossary.nlp.training.lemmas import compound_target, target_lemma
from glossary.nlp.training.split import split_sentences

UD = Path(__file__).resolve().parents[3] / "shared" / "ud"

CONLLU = """# sent_id = wiki-12.p.3.s.1
# text = De NAVO-toppen gingen door.
1\tDe\tde\tDET\tLID\tDefinite=Def\t2\tdet\t_\t_
2\tNAVO-toppen\tNAVO_top\tNOUN\tN\tNumber=Plur\t3\tnsubj\t_\t_
3\tgingen\tdoor_gaan\tVERB\tWW\tVerbForm=Fin\t0\troot\t_\t_
3.1\tgingen\tgaan\tVERB\tWW\t_\t_\t_\t_\t_
4\tdoor\tdoor\tADP\tVZ\t_\t3\tcompound:prt\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\tLET\t_\t3\tpunct\t_\t_

"""


@pytest.mark.parametrize(
    ("form", "ud_lemma", "expected"),
    [
        ("verkiezingen", "verkiezing", "verkiezing"),
        ("basisniveau", "basis_niveau", "basisniveau"),
        ("politie-agenten", "politie_agent", "politie-agent"),
        ("N-VA-programma", "N-VA_programma", "N-VA-programma"),
        ("e-mailt", "e-mailen", "e-mailen"),
    ],
)
def test_target_lemma_keeps_hyphens(form: str, ud_lemma: str, expected: str) -> None:
    assert target_lemma(form, ud_lemma) == expected


@pytest.mark.parametrize(
    ("form", "ud_lemma", "upos", "expected"),
    [
        ("scheepseigenaren", "schip_eigenaar", "NOUN", "scheepseigenaar"),
        ("kabinetscrisis", "kabinet_crisis", "NOUN", "kabinetscrisis"),
        ("deelgemeenteraadsleden", "deel_gemeente_raad_lid", "NOUN", "deelgemeenteraadslid"),
        ("opgegeven", "op_geven", "VERB", "opgeven"),
        ("Beroepspleiding", "beroep_opleiding", "NOUN", "beroepopleiding"),
    ],
)
def test_compound_target_keeps_modifier_as_written(
    form: str, ud_lemma: str, upos: str, expected: str
) -> None:
    assert compound_target(form, ud_lemma, upos) == expected


def test_read_conllu_skips_empty_nodes_and_keeps_spacing(tmp_path: Path) -> None:
    path = tmp_path / "mini.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    (sentence,) = read_conllu(path)
    assert (sentence.doc_id, sentence.paragraph) == ("wiki-12", "wiki-12.p.3")
    assert [w.form for w in sentence.words] == ["De", "NAVO-toppen", "gingen", "door", "."]
    assert sentence.text == "De NAVO-toppen gingen door."
    assert sentence.words[3].deprel == "compound:prt"


def test_documents_join_sentences_per_source_document(tmp_path: Path) -> None:
    from glossary.nlp.training.conllu import documents

    second = CONLLU.replace("wiki-12.p.3.s.1", "wiki-12.p.4.s.2")
    other = CONLLU.replace("wiki-12.p.3.s.1", "wiki-13.p.1.s.1")
    path = tmp_path / "mini.conllu"
    path.write_text(CONLLU + second + other, encoding="utf-8")
    text = "De NAVO-toppen gingen door."
    assert documents([path]) == [("mini-wiki-12", f"{text} {text}"), ("mini-wiki-13", text)]
    assert documents([path], min_sentences=2) == [("mini-wiki-12", f"{text} {text}")]


@pytest.fixture(scope="module")
def treebank_sentences():
    if not all((UD / name).is_file() for name in UD_FILES):
        pytest.skip("../shared/ud not available (only needed to retrain)")
    return read_treebanks(UD)


def test_split_is_fixed_and_by_whole_documents(treebank_sentences) -> None:
    first = split_sentences(treebank_sentences)
    again = split_sentences(list(reversed(treebank_sentences)))
    assert {s.sent_id for s in first.heldout} == {s.sent_id for s in again.heldout}
    held_docs = {s.doc_id for s in first.heldout}
    train_docs = {s.doc_id for s in first.train} | {s.doc_id for s in first.dev}
    assert not held_docs & train_docs
    total = first.words("train") + first.words("dev") + first.words("heldout")
    assert 0.2 < first.words("heldout") / total < 0.3
