"""Term extraction: letters → ranked term candidates, as map → reduce → score.

* map: each letter is cut into chunks below spaCy's ``max_length``, tagged by the pipeline
  (``nlp.pipe``) and analysed into a :class:`PartialStats` (:class:`Analyzer`);
* reduce: partials merge with the pure, associative :func:`merge`;
* score: :func:`rank` scores the merged statistics once (C-value × specificity) and cuts.

:func:`extract_terms` runs the three in this process; :mod:`glossary.extract.scale` maps the same
analysis over worker processes or a Dask cluster and reduces with :func:`merge`. No I/O here: the
pipeline and the frequency resources are passed in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from typing import Any

from glossary.extract.analyze import Analyzer
from glossary.extract.chunks import chunk_size_for, chunk_spans, pipe_bounded
from glossary.extract.heap import settled_heap
from glossary.extract.score import DEFAULT_MIN_SCORE, rank
from glossary.extract.stats import PartialStats, merge, merge_all, merge_into
from glossary.extract.tokens import doc_tokens
from glossary.model import Candidate, Letter
from glossary.nlp.resources import Resources

#: Bump when extraction output changes for the same input (keys per-document caches).
EXTRACTOR_VERSION = "241"

__all__ = [
    "DEFAULT_MIN_SCORE",
    "EXTRACTOR_VERSION",
    "Analyzer",
    "PartialStats",
    "collect",
    "extract_terms",
    "merge",
    "merge_all",
    "rank",
]


def _chunks(
    letters: Iterable[Letter], size: int, pending: dict[int, list[Any]]
) -> Iterator[tuple[str, tuple[int, int]]]:
    """``(chunk text, (letter number, offset))`` for every chunk; registers each letter."""
    for number, letter in enumerate(letters):
        spans = chunk_spans(letter.clean, size) or [(0, 0)]
        pending[number] = [letter, len(spans), PartialStats()]
        for start, end in spans:
            yield letter.clean[start:end], (number, start)


def collect(
    letters: Iterable[Letter],
    nlp: Any,
    resources: Resources,
    *,
    chunk_chars: int | None = None,
    progress: Callable[[Letter], None] | None = None,
) -> PartialStats:
    """Map and reduce: the merged statistics of all ``letters`` (streamed, one pass)."""
    analyzer = Analyzer(resources)
    size = chunk_size_for(nlp.max_length, chunk_chars)
    pending: dict[int, list[Any]] = {}
    total = PartialStats()
    with _settled_heap(resources):
        docs = pipe_bounded(nlp, _chunks(letters, size, pending))
        for doc, (number, offset) in docs:
            entry = pending[number]
            letter, _, stats = entry
            analyzer.add_chunk(stats, letter, offset, doc_tokens(doc, letter.clean, offset))
            entry[1] -= 1
            if entry[1] == 0:
                merge_into(total, analyzer.finish(stats, letter))
                del pending[number]
                if progress:
                    progress(letter)
    return total


def _settled_heap(resources: Resources) -> AbstractContextManager[None]:
    """Load the lexicon, then keep it and the pipeline out of GC scans (:mod:`.heap`)."""
    resources.table("lemma_index")
    return settled_heap()


def extract_terms(
    letters: Iterable[Letter],
    nlp: Any,
    resources: Resources | None = None,
    *,
    min_score: float | None = DEFAULT_MIN_SCORE,
    chunk_chars: int | None = None,
    progress: Callable[[Letter], None] | None = None,
) -> list[Candidate]:
    """Ranked term candidates of ``letters`` above ``min_score`` (``None``: all of them)."""
    res = resources or Resources.default()
    with _settled_heap(res):
        stats = collect(letters, nlp, res, chunk_chars=chunk_chars, progress=progress)
        return rank(stats, res, min_score=min_score)
