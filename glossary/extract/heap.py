"""Keep the permanent heap out of the garbage collector's scans while extraction works.

The pipeline and the lexicon tables are millions of objects that live as long as the process;
every full collection triggered by the analysis's many small records rescanned them all (a
third of the analysis time when the freeze came in). :func:`settled_heap`
freezes what is alive on entry (``gc.freeze``) and unfreezes it on leaving; it nests, so the
collection and the ranking inside one extraction freeze once. Inside it, :func:`settle` after
each chunk freezes what the analysis keeps (memo tables, statistics) as well. Frozen objects
are still freed by reference counting; only cyclic garbage waits for the block to end.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0


@contextmanager
def settled_heap() -> Iterator[None]:
    """Exclude the objects alive now from GC scans until the outermost block ends."""
    global _depth
    with _lock:
        if _depth == 0:
            gc.freeze()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                gc.unfreeze()


def settle() -> None:
    """Inside :func:`settled_heap`, freeze what is alive now too; outside it, do nothing."""
    with _lock:
        if _depth:
            gc.freeze()
