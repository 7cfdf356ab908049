"""UD sentences → spaCy ``DocBin`` files (train, dev, held-out) with the fixed split."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from glossary.nlp.training.conllu import Sentence, read_conllu
from glossary.nlp.training.lemmas import compound_target, target_lemma
from glossary.nlp.training.split import Split, split_sentences

UD_FILES = (
    "UD_Dutch-Alpino/nl_alpino-ud-dev.conllu",
    "UD_Dutch-LassySmall/nl_lassysmall-ud-dev.conllu",
    "UD_Dutch-LassySmall/nl_lassysmall-ud-test.conllu",
)
SENTENCES_PER_DOC = 10
UD_LEMMAS = "ud_lemmas"


def read_treebanks(ud_dir: Path) -> list[Sentence]:
    """All sentences of the three UD files, in file order."""
    sentences: list[Sentence] = []
    for name in UD_FILES:
        path = ud_dir / name
        if not path.is_file():
            raise FileNotFoundError(f"{path}: UD treebank file missing")
        sentences.extend(read_conllu(path))
    return sentences


def chunks(
    sentences: Iterable[Sentence], size: int = SENTENCES_PER_DOC
) -> Iterator[list[Sentence]]:
    """Runs of up to ``size`` consecutive sentences of one document (so senter sees boundaries)."""
    run: list[Sentence] = []
    for sentence in sentences:
        if run and (len(run) == size or run[-1].doc_id != sentence.doc_id):
            yield run
            run = []
        run.append(sentence)
    if run:
        yield run


def to_doc(vocab: Vocab, sentences: list[Sentence]) -> Doc:
    """One spaCy ``Doc`` with gold words, tags, UPOS, features, lemma targets, trees, sentences.

    ``token.lemma_`` is the product's lemma (:func:`compound_target`); the plain UD lemma is kept
    in ``doc.user_data["ud_lemmas"]`` to report the score under the treebank's own convention.
    """
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    pos: list[str] = []
    morphs: list[str] = []
    lemmas: list[str] = []
    ud_lemmas: list[str] = []
    heads: list[int] = []
    deps: list[str] = []
    sent_starts: list[bool | int | None] = []  # the type Doc takes them in
    for number, sentence in enumerate(sentences):
        offset = len(words)
        last = len(sentence.words) - 1
        for i, word in enumerate(sentence.words):
            words.append(word.form)
            end_of_doc = number == len(sentences) - 1 and i == last
            spaces.append(False if end_of_doc else (word.space_after or i == last))
            tags.append(word.xpos)
            pos.append(word.upos)
            morphs.append(word.feats)
            lemmas.append(compound_target(word.form, word.lemma, word.upos))
            ud_lemmas.append(target_lemma(word.form, word.lemma))
            heads.append(offset + i if word.head == 0 else offset + word.head - 1)
            deps.append("ROOT" if word.head == 0 else word.deprel)
            sent_starts.append(i == 0)
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        sent_starts=sent_starts,
    )
    doc.user_data[UD_LEMMAS] = ud_lemmas
    return doc


def write_corpus(ud_dir: Path, out_dir: Path) -> Split:
    """Write ``train.spacy``, ``dev.spacy`` and ``heldout.spacy`` into ``out_dir``."""
    split = split_sentences(read_treebanks(ud_dir))
    out_dir.mkdir(parents=True, exist_ok=True)
    vocab = Vocab()
    for name, sentences in (("train", split.train), ("dev", split.dev), ("heldout", split.heldout)):
        docbin = DocBin(store_user_data=True)
        for run in chunks(sentences):
            docbin.add(to_doc(vocab, run))
        docbin.to_disk(out_dir / f"{name}.spacy")
    return split
