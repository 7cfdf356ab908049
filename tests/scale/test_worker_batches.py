"""A worker tags one huge letter in batches bounded by characters: one 50 MB letter once grew
past 15 GB because all its chunks went into ``nlp.pipe`` as a single batch."""

from __future__ import annotations

import hashlib

from glossary.extract.chunks import BATCH_CHARS
from glossary.extract.scale.executors import DocTask, _Worker
from tests.conftest import LETTERS_DIR


class _CountingPipeline:
    """The real pipeline, recording how many characters each ``pipe`` call is given."""

    def __init__(self, nlp) -> None:
        self.nlp = nlp
        self.calls: list[int] = []

    def __getattr__(self, name):
        return getattr(self.nlp, name)

    def pipe(self, texts, **kwargs):
        texts = list(texts)
        self.calls.append(sum(len(text) for text in texts))
        return self.nlp.pipe(texts, **kwargs)


def test_a_huge_letter_is_tagged_in_bounded_batches_and_fully(settings):
    letter = (LETTERS_DIR / "kst-28676-328.txt").read_bytes()
    data = letter + b"\n\n" + b"\n\n".join([letter.split(b"\n\n", 1)[1]] * 50)
    assert len(data) > 1.2 * BATCH_CHARS
    worker = _Worker(settings)
    counting = _CountingPipeline(worker.nlp)
    worker.nlp = counting
    task = DocTask(
        seq=0,
        letter_id="huge",
        path="huge.txt",
        name="huge.txt",
        data=data,
        digest=hashlib.sha256(data).hexdigest(),
    )

    partial, meta = worker.analyze(task)

    assert len(counting.calls) > 1
    assert max(counting.calls) <= BATCH_CHARS
    single, _ = _Worker.analyze(
        worker,
        DocTask(seq=1, letter_id="one", path="one.txt", name="one.txt", data=letter, digest="x"),
    )
    key = next(k for k, s in single.terms.items() if "lastenverdeling" in k)
    assert partial.terms[key].freq >= 50 * single.terms[key].freq
    assert partial.words > 50 * single.words * 0.9
    assert meta["number"] == "328"
