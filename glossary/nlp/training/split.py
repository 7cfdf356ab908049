"""The fixed train/dev/held-out split of the UD sentences, by whole documents.

Documents are ordered by a CRC32 of their id (stable across Python versions and machines) and
dealt out until each split has its share of words; a document is never divided, so held-out
words come from texts the model has not seen, much like a new letter.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from glossary.nlp.training.conllu import Sentence

HELDOUT_SHARE = 0.22
DEV_SHARE = 0.08


@dataclass(frozen=True)
class Split:
    train: list[Sentence]
    dev: list[Sentence]
    heldout: list[Sentence]

    def words(self, part: str) -> int:
        """Number of words in ``train``, ``dev`` or ``heldout``."""
        return sum(len(sentence.words) for sentence in getattr(self, part))


def _key(doc_id: str) -> int:
    return zlib.crc32(doc_id.encode("utf-8"))


def split_sentences(sentences: Iterable[Sentence]) -> Split:
    """Deal whole documents to held-out, then dev, then train (order fixed by id hash)."""
    by_doc: dict[str, list[Sentence]] = defaultdict(list)
    for sentence in sentences:
        by_doc[sentence.doc_id].append(sentence)
    total = sum(len(s.words) for doc in by_doc.values() for s in doc)
    heldout: list[Sentence] = []
    dev: list[Sentence] = []
    train: list[Sentence] = []
    held_words = dev_words = 0
    for doc_id in sorted(by_doc, key=lambda d: (_key(d), d)):
        doc = by_doc[doc_id]
        words = sum(len(s.words) for s in doc)
        if held_words < HELDOUT_SHARE * total:
            heldout.extend(doc)
            held_words += words
        elif dev_words < DEV_SHARE * total:
            dev.extend(doc)
            dev_words += words
        else:
            train.extend(doc)
    return Split(train=train, dev=dev, heldout=heldout)
