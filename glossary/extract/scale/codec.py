"""Exact, compact serialisation of :class:`~glossary.extract.stats.PartialStats`.

Per-document partials are stored in the on-disk cache (:mod:`glossary.extract.scale.cache`) and
shipped between processes, so they need a stable byte form that round-trips exactly: zlib-compressed
JSON of positional rows in which every count map keeps its insertion order, the set of
generated forms is sorted, and letter ids and sentences are stored once per partial and
referenced by index (a sentence is shared by every term found in it, and used to make up
two fifths of the bytes). A format number lets a newer reader reject an older blob cleanly.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from glossary.extract.stats import PartialStats, TermStats

#: Bump when the byte form changes; blobs of another format are refused by :func:`from_bytes`.
FORMAT = 2
_COUNTERS = ("kinds", "pos", "display", "forms", "expansions", "english")
_INTS = ("freq", "repeat_only", "df", "english_use", "nested")


class CodecError(ValueError):
    """A blob that is not a partial of this format (corrupt cache row, other version)."""


class _Table:
    """Distinct strings in first-seen order: a sentence shared by many terms is stored once."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def __call__(self, text: str) -> int:
        found = self.index.get(text)
        if found is None:
            found = self.index[text] = len(self.index)
        return found


def _flat(counts: dict[str, int]) -> list[Any]:
    return [x for item in counts.items() for x in item]


def _term_row(key: str, ts: TermStats, letters: _Table, sentences: _Table) -> list[Any]:
    """``[key, freq, repeat_only, df, english_use, nested, seeded, *count maps, generated,
    occurrences, letters]``; count maps and occurrences flattened, strings by table index."""
    occurrences = [
        x
        for letter, start, end, sentence in ts.occurrences
        for x in (letters(letter), start, end, sentences(sentence))
    ]
    return [
        key,
        *(getattr(ts, name) for name in _INTS),
        int(ts.seeded),
        *(_flat(getattr(ts, name)) for name in _COUNTERS),
        sorted(ts.generated),
        occurrences,
        [letters(letter) for letter in ts.letters],
    ]


def _term_from_row(row: list[Any], letters: list[str], sentences: list[str]) -> TermStats:
    ints = [int(v) for v in row[1:6]]
    counts = [dict(zip(flat[::2], flat[1::2], strict=True)) for flat in row[7:13]]
    occ = row[14]
    if len(occ) % 4:
        raise ValueError("occurrence rows must have four fields")
    # Keyword arguments by field name: the int fields and the count maps have different types.
    named: dict[str, Any] = dict(zip(_INTS, ints, strict=True))
    named.update(zip(_COUNTERS, counts, strict=True))
    return TermStats(
        **named,
        seeded=bool(row[6]),
        generated=set(row[13]),
        occurrences=[
            (letters[occ[i]], int(occ[i + 1]), int(occ[i + 2]), sentences[occ[i + 3]])
            for i in range(0, len(occ), 4)
        ],
        letters=[letters[i] for i in row[15]],
    )


def to_json(stats: PartialStats) -> dict[str, Any]:
    """A JSON-ready form of ``stats`` (term order and count-map order kept)."""
    letters, sentences = _Table(), _Table()
    terms = [_term_row(key, ts, letters, sentences) for key, ts in stats.terms.items()]
    return {
        "format": FORMAT,
        "words": stats.words,
        "documents": stats.documents,
        "letters": list(letters.index),
        "sentences": list(sentences.index),
        "terms": terms,
    }


def from_json(data: dict[str, Any]) -> PartialStats:
    """The inverse of :func:`to_json`; :class:`CodecError` for anything else."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        found = data.get("format") if isinstance(data, dict) else type(data).__name__
        raise CodecError(f"not a partial of format {FORMAT} (found {found!r})")
    try:
        letters, sentences = data["letters"], data["sentences"]
        terms = {row[0]: _term_from_row(row, letters, sentences) for row in data["terms"]}
        return PartialStats(terms=terms, words=int(data["words"]), documents=int(data["documents"]))
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise CodecError(f"malformed partial: {exc!r}") from None


def to_bytes(stats: PartialStats) -> bytes:
    """Compressed JSON bytes of ``stats``."""
    text = json.dumps(to_json(stats), ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8"), 6)


def from_bytes(blob: bytes) -> PartialStats:
    """The partial stored by :func:`to_bytes`; :class:`CodecError` if the blob is damaged."""
    try:
        data = json.loads(zlib.decompress(blob).decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CodecError(f"damaged partial: {exc}") from None
    return from_json(data)
