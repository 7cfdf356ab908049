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


# The older 2017 file: mapping to the current conventions, extra docs, lexicon, genders.

CURRENT = """# sent_id = wiki-1.p.1.s.1
# text = Zij ziet haar zus als de beste van de klas.
1\tZij\tzij\tPRON\tVNW\tCase=Nom|Person=3|PronType=Prs\t2\tnsubj\t_\t_
2\tziet\tzien\tVERB\tWW\tNumber=Sing|Tense=Pres|VerbForm=Fin\t0\troot\t_\t_
3\thaar\thaar\tPRON\tVNW\tPerson=3|Poss=Yes|PronType=Prs\t4\tnmod:poss\t_\t_
4\tzus\tzus\tNOUN\tN\tGender=Com|Number=Sing\t2\tobj\t_\t_
5\tals\tals\tSCONJ\tVG\t_\t7\tmark\t_\t_
6\tde\tde\tDET\tLID\tDefinite=Def\t7\tdet\t_\t_
7\tbeste\tgoed\tADJ\tADJ\tDegree=Sup\t2\tadvcl\t_\t_
8\tvan\tvan\tADP\tVZ\t_\t10\tcase\t_\t_
9\tde\tde\tDET\tLID\tDefinite=Def\t10\tdet\t_\t_
10\tklas\tklas\tNOUN\tN\tGender=Com|Number=Sing\t7\tnmod\t_\tSpaceAfter=No
11\t.\t.\tPUNCT\tLET\t_\t2\tpunct\t_\t_

"""

OLD = """# sent_id = wiki-9.p.2.s.1.xml
# text = Haar zus trok zich in Van Gogh terug , o.a. in plaats van de stad .
1\tHaar\thaar\tDET\t_\t_\t2\tdet\t_\t_
2\tzus\tzus\tNOUN\t_\tGender=Com|Number=Sing\t3\tnsubj\t_\t_
3\ttrok\ttrekken\tVERB\t_\tNumber=Sing|Tense=Past|VerbForm=Fin\t0\troot\t_\t_
4\tzich\tzich\tPRON\t_\tCase=Acc|Person=3|PronType=Prs|Reflex=Yes\t3\texpl:pv\t_\t_
5\tin\tin\tADP\t_\t_\t6\tcase\t_\t_
6\tVan\tvan\tPROPN\t_\t_\t3\tobl\t_\t_
7\tGogh\tgogh\tPROPN\t_\t_\t6\tflat:name\t_\t_
8\tterug\tterug\tADV\t_\t_\t3\tcompound:prt\t_\t_
9\t,\t,\tPUNCT\t_\t_\t3\tpunct\t_\t_
10\to.a.\to.a.\tX\t_\tAbbr=yes\t3\tadvmod\t_\t_
11\tin\tin\tADP\t_\t_\t15\tcase\t_\t_
12\tplaats\tplaats\tNOUN\t_\tGender=Com|Number=Sing\t11\tfixed\t_\t_
13\tvan\tvan\tADP\t_\t_\t11\tfixed\t_\t_
14\tde\tde\tDET\t_\tDefinite=Def\t15\tdet\t_\t_
15\tstad\tstad\tNOUN\t_\tGender=Com|Number=Sing\t3\tobl\t_\t_
16\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

"""


def read_text(tmp_path: Path, name: str, text: str) -> list:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return list(read_conllu(path))


@pytest.fixture
def conventions(tmp_path: Path):
    from glossary.nlp.training.extra import learn_conventions

    return learn_conventions(read_text(tmp_path, "current.conllu", CURRENT * 5))


@pytest.fixture
def old_sentence(tmp_path: Path):
    (sentence,) = read_text(tmp_path, "old.conllu", OLD)
    return sentence


def mapped_words(sentence, conventions, names: bool = False) -> dict[str, object]:
    from glossary.nlp.training.extra import learn_shifts, map_sentence

    mapped = map_sentence(sentence, learn_shifts(conventions, [sentence]), names)
    return {word.form: word for word in mapped.words}


def test_a_2017_tag_the_current_split_never_gives_the_form_takes_the_current_one(
    conventions, old_sentence
) -> None:
    haar = mapped_words(old_sentence, conventions)["Haar"]
    assert (haar.upos, haar.feats) == ("PRON", "Person=3|Poss=Yes|PronType=Prs")


def test_a_tag_the_current_split_also_gives_is_kept(conventions, old_sentence) -> None:
    words = mapped_words(old_sentence, conventions)
    assert words["zus"].upos == "NOUN" and words["de"].upos == "DET"


def test_feature_values_are_capitalised_and_xpos_dropped(conventions, old_sentence) -> None:
    abbreviation = mapped_words(old_sentence, conventions)["o.a."]
    assert (abbreviation.feats, abbreviation.xpos) == ("Abbr=Yes", "")


def test_a_separated_particle_joins_the_verb_lemma(conventions, old_sentence) -> None:
    assert mapped_words(old_sentence, conventions)["trok"].lemma == "terugtrekken"


def test_a_proper_noun_keeps_its_lemma_as_written(conventions, old_sentence) -> None:
    assert mapped_words(old_sentence, conventions)["Gogh"].lemma == "Gogh"


def test_names_variant_tags_function_words_in_names_by_their_class(
    conventions, old_sentence
) -> None:
    assert mapped_words(old_sentence, conventions)["Van"].upos == "PROPN"
    assert mapped_words(old_sentence, conventions, names=True)["Van"].upos == "ADP"


def test_heads_of_fixed_expressions_get_no_label(old_sentence) -> None:
    from glossary.nlp.training.extra import missing_labels

    missing = [i for i, unknown in enumerate(missing_labels(old_sentence)) if unknown]
    assert missing == [10]
    assert old_sentence.words[10].form == "in"


def test_a_masked_word_is_missing_annotation_for_the_morphologizer(
    tmp_path: Path, old_sentence
) -> None:
    from spacy.training import Example
    from spacy.vocab import Vocab

    from glossary.nlp.components.lemmatizer import EXTRA_MARK
    from glossary.nlp.training.convert import extra_doc

    doc = extra_doc(Vocab(), [old_sentence], mask=True)
    example = Example(doc.copy(), doc)
    pos, morph = example.get_aligned("POS", True), example.get_aligned("MORPH", True)
    assert (pos[10], morph[10]) == ("", "")  # fixed head: no label at all
    assert (pos[11], morph[11]) == ("NOUN", "Gender=Com|Number=Sing")
    assert (pos[12], morph[12]) == ("ADP", "_")  # known: no features
    assert doc.user_data[EXTRA_MARK]


def test_2017_sentences_are_put_back_in_reading_order(tmp_path: Path) -> None:
    from glossary.nlp.training.extra import sentence_order

    ids = ["wiki-5.p.41.s.13.2.xml", "wiki-5.p.4.s.2_3.xml", "wiki-5.p.41.s.2.xml"]
    text = "".join(OLD.replace("wiki-9.p.2.s.1.xml", i) for i in ids)
    sentences = sorted(read_text(tmp_path, "order.conllu", text), key=sentence_order)
    assert [s.sent_id for s in sentences] == [ids[1], ids[2], ids[0]]


def test_extra_lexicon_lemmas_only_fill_missing_keys() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from glossary.nlp.components.lemmatizer import build_lexicon

    vocab = Vocab()
    current = Doc(vocab, words=["o.a.", "stad"], pos=["X", "NOUN"], lemmas=["onder ander", "stad"])
    older = Doc(vocab, words=["o.a.", "steden"], pos=["X", "NOUN"], lemmas=["o.a.", "stad"])
    lexicon, _verbs = build_lexicon([current], [older])
    assert lexicon["X o.a."] == "onder ander"
    assert lexicon["NOUN steden"] == "stad"


def test_the_extra_file_is_only_training_data(treebank_sentences) -> None:
    from glossary.nlp.training.extra import EXTRA_FILE, read_extra

    assert EXTRA_FILE not in UD_FILES
    if not (UD / EXTRA_FILE).is_file():
        pytest.skip("the 2017 LassySmall file is not available")
    split = split_sentences(treebank_sentences)
    evaluated = {s.sent_id for s in split.heldout + split.dev}
    assert not evaluated & {s.sent_id.removesuffix(".xml") for s in read_extra(UD)}


def test_gender_check_counts_known_and_correct_nouns(tmp_path: Path) -> None:
    from glossary.nlp.training.genders import gender_check

    check = gender_check({"zus": "Com", "stad": "Neut"}, read_text(tmp_path, "g.conllu", OLD))
    assert (check.nouns, check.known, check.correct) == (3, 2, 1)
