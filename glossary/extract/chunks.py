"""Split long texts into chunks below spaCy's ``max_length``, at the best boundary available.

A 50 MB letter must be processed, not rejected: chunks end at a paragraph break if there is
one in the last part of the window, else at a line break, a sentence end or a space, and
only as a last resort in the middle of a word. The chunks cover the text exactly.
"""

from __future__ import annotations

#: Default chunk size in characters (spaCy's default ``max_length`` is 1,000,000).
DEFAULT_CHUNK_CHARS = 100_000
BOUNDARIES = ("\n\n", "\n", ". ", "? ", "! ", "; ", " ")


def chunk_size_for(max_length: int, wanted: int | None = None) -> int:
    """A chunk size safely below the pipeline's ``max_length``."""
    size = wanted or DEFAULT_CHUNK_CHARS
    return max(1, min(size, max_length // 2 or 1))


def chunk_spans(text: str, max_chars: int) -> list[tuple[int, int]]:
    """``(start, end)`` spans covering ``text``, each at most ``max_chars`` long."""
    if max_chars <= 0:
        raise ValueError("max_chars must be positive")
    spans = []
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + max_chars)
        if end < n:
            floor = start + max_chars // 2
            for sep in BOUNDARIES:
                cut = text.rfind(sep, floor, end)
                if cut != -1:
                    end = cut + len(sep)
                    break
        spans.append((start, end))
        start = end
    return spans
