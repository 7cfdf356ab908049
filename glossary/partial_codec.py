"""Exact, compact serialisation of :class:`~glossary.extract.stats.PartialStats`.

Per-document partials are stored in the on-disk cache (:mod:`glossary.doccache`) and shipped
between processes, so they need a stable byte form that round-trips exactly: zlib-compressed
JSON in which every count map keeps its insertion order, occurrences are
``[letter, start, end, sentence]`` rows and the set of generated forms is sorted. A format
number in the header lets a newer reader reject an older blob cleanly.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from glossary.extract.stats import PartialStats, TermStats

#: Bump when the byte form changes; blobs of another format are refused by :func:`from_bytes`.
FORMAT = 1
_COUNTERS = ("kinds", "pos", "display", "forms", "expansions", "english")
_INTS = ("freq", "repeat_only", "df", "english_use", "nested")


class CodecError(ValueError):
    """A blob that is not a partial of this format (corrupt cache row, other version)."""


def _term_json(ts: TermStats) -> dict[str, Any]:
    data: dict[str, Any] = {name: getattr(ts, name) for name in _INTS}
    for name in _COUNTERS:
        data[name] = list(getattr(ts, name).items())
    data["generated"] = sorted(ts.generated)
    data["occurrences"] = [list(o) for o in ts.occurrences]
    data["letters"] = list(ts.letters)
    data["seeded"] = ts.seeded
    return data


def _term_from_json(data: dict[str, Any]) -> TermStats:
    ts = TermStats(**{name: int(data[name]) for name in _INTS})
    for name in _COUNTERS:
        setattr(ts, name, {key: int(count) for key, count in data[name]})
    ts.generated = set(data["generated"])
    ts.occurrences = [(str(o[0]), int(o[1]), int(o[2]), str(o[3])) for o in data["occurrences"]]
    ts.letters = list(data["letters"])
    ts.seeded = bool(data["seeded"])
    return ts


def to_json(stats: PartialStats) -> dict[str, Any]:
    """A JSON-ready form of ``stats`` (term order kept)."""
    return {"format": FORMAT, "words": stats.words, "documents": stats.documents,
            "terms": [[key, _term_json(ts)] for key, ts in stats.terms.items()]}


def from_json(data: dict[str, Any]) -> PartialStats:
    """The inverse of :func:`to_json`; :class:`CodecError` for anything else."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        found = data.get("format") if isinstance(data, dict) else type(data).__name__
        raise CodecError(f"not a partial of format {FORMAT} (found {found!r})")
    try:
        terms = {key: _term_from_json(ts) for key, ts in data["terms"]}
        return PartialStats(terms=terms, words=int(data["words"]),
                            documents=int(data["documents"]))
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
