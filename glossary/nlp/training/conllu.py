"""Read CoNLL-U treebanks into plain sentence records (no spaCy needed)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Word:
    """One syntactic word of a UD sentence."""

    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    space_after: bool


@dataclass(frozen=True)
class Sentence:
    """A UD sentence with the document and paragraph it came from."""

    sent_id: str
    doc_id: str
    paragraph: str
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return "".join(w.form + (" " if w.space_after else "") for w in self.words).rstrip()


def doc_and_paragraph(sent_id: str) -> tuple[str, str]:
    """``wiki-1181.p.10.s.1`` → (``wiki-1181``, ``wiki-1181.p.10``); Alpino ids: ``dir\\id``."""
    tail = sent_id.rsplit("\\", 1)[-1]
    paragraph = tail.rsplit(".s.", 1)[0]
    doc = paragraph.split(".p.", 1)[0]
    return doc, paragraph


def _word(columns: list[str]) -> Word:
    misc = columns[9].split("|") if columns[9] != "_" else []
    return Word(
        form=columns[1],
        lemma=columns[2],
        upos=columns[3],
        xpos=columns[4],
        feats="" if columns[5] == "_" else columns[5],
        head=int(columns[6]),
        deprel=columns[7],
        space_after="SpaceAfter=No" not in misc,
    )


def read_conllu(path: Path) -> Iterator[Sentence]:
    """Sentences of a CoNLL-U file; empty nodes (``8.1``) and multi-word ranges are skipped."""
    sent_id = ""
    words: list[Word] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("# sent_id"):
                sent_id = line.split("=", 1)[1].strip()
            elif not line:
                if words:
                    doc, paragraph = doc_and_paragraph(sent_id)
                    yield Sentence(sent_id, doc, paragraph, tuple(words))
                words = []
            elif not line.startswith("#"):
                columns = line.split("\t")
                if columns[0].isdigit():
                    words.append(_word(columns))
    if words:
        doc, paragraph = doc_and_paragraph(sent_id)
        yield Sentence(sent_id, doc, paragraph, tuple(words))


def documents(paths: Iterable[Path], min_sentences: int = 1) -> list[tuple[str, str]]:
    """Treebank sentences joined back into their source documents: ``(file stem-document id,
    text)`` in file order, for documents of at least ``min_sentences`` sentences."""
    docs: dict[str, list[str]] = defaultdict(list)
    for path in paths:
        for sent in read_conllu(path):
            docs[f"{path.stem}-{sent.doc_id}"].append(sent.text)
    return [(key, " ".join(texts)) for key, texts in docs.items() if len(texts) >= min_sentences]
