"""A compact map from cleaned-text positions back to the original text.

Cleaning a letter deletes and replaces characters; every cleaned character must still point at
the original. A plain list of ints per character costs gigabytes for a 50 MB file, so the map
stores one segment per edit instead: memory grows with the number of edits, not the text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import overload


class OffsetMap(Sequence[int]):
    """``offsets[i]`` = index in the original of cleaned character ``i`` (a read-only sequence).

    Segments are either copies (the original advances with the cleaned text) or constants (a
    replacement whose characters all point at one original position).
    """

    __slots__ = ("_clean", "_length", "_orig", "_step")

    def __init__(self) -> None:
        self._clean: list[int] = []
        self._orig: list[int] = []
        self._step: list[int] = []
        self._length = 0

    def add_copy(self, orig_start: int, length: int) -> None:
        """Append ``length`` characters copied from ``orig_start`` onwards."""
        if length <= 0:
            return
        if self._step and self._step[-1] == 1:
            last_len = self._length - self._clean[-1]
            if self._orig[-1] + last_len == orig_start:
                self._length += length
                return
        self._clean.append(self._length)
        self._orig.append(orig_start)
        self._step.append(1)
        self._length += length

    def add_constant(self, orig_index: int, length: int) -> None:
        """Append ``length`` replacement characters that all point at ``orig_index``."""
        if length <= 0:
            return
        self._clean.append(self._length)
        self._orig.append(orig_index)
        self._step.append(0)
        self._length += length

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> list[int]: ...

    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("offset index out of range")
        k = bisect_right(self._clean, index) - 1
        return self._orig[k] + (index - self._clean[k]) * self._step[k]

    def __iter__(self) -> Iterator[int]:
        if not self._clean:
            return
        bounds = [*self._clean[1:], self._length]
        for start, end, orig, step in zip(self._clean, bounds, self._orig, self._step, strict=True):
            for i in range(end - start):
                yield orig + i * step

    def clean_index(self, orig_index: int) -> int:
        """First cleaned position at or after original position ``orig_index``."""
        lo, hi = 0, len(self._clean)
        while lo < hi:
            mid = (lo + hi) // 2
            seg_end = self._clean[mid + 1] if mid + 1 < len(self._clean) else self._length
            last_orig = self._orig[mid] + (seg_end - self._clean[mid] - 1) * self._step[mid]
            if last_orig < orig_index:
                lo = mid + 1
            else:
                hi = mid
        if lo >= len(self._clean):
            return self._length
        if self._step[lo] == 0 or self._orig[lo] >= orig_index:
            return self._clean[lo]
        return self._clean[lo] + (orig_index - self._orig[lo])

    def runs(self, start: int, end: int) -> Iterator[tuple[int, int, int]]:
        """The map of cleaned positions ``start:end`` as ``(original start, length, step)`` runs
        (step 1: a copy, step 0: a constant), in order."""
        start, end = max(start, 0), min(end, self._length)
        if start >= end:
            return
        k = bisect_right(self._clean, start) - 1
        while start < end:
            seg_end = self._clean[k + 1] if k + 1 < len(self._clean) else self._length
            stop = min(seg_end, end)
            step = self._step[k]
            yield self._orig[k] + (start - self._clean[k]) * step, stop - start, step
            start = stop
            k += 1

    def add_runs(self, runs: Iterable[tuple[int, int, int]]) -> None:
        """Append runs as :meth:`runs` gives them."""
        for orig, length, step in runs:
            if step:
                self.add_copy(orig, length)
            else:
                self.add_constant(orig, length)

    def extend(self, other: OffsetMap) -> None:
        """Append every position of ``other`` (another text's map to the same original)."""
        self.add_runs(other.runs(0, len(other)))

    def compose(self, outer: OffsetMap) -> OffsetMap:
        """The map through ``outer`` too: ``result[i] == outer[self[i]]``, for a text cleaned
        from an intermediate text whose own map to the original is ``outer``."""
        out = OffsetMap()
        for orig, length, step in self.runs(0, self._length):
            if step:
                out.add_runs(outer.runs(orig, orig + length))
            else:
                at = outer[min(orig, len(outer) - 1)] if len(outer) else 0
                out.add_constant(at, length)
        return out

    @property
    def segments(self) -> int:
        """How many segments the map holds (for tests and memory checks)."""
        return len(self._clean)


def identity_map(length: int) -> OffsetMap:
    """The map of a text that cleaning left unchanged."""
    m = OffsetMap()
    m.add_copy(0, length)
    return m
