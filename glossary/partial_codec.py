"""Exact, compact serialisation of :class:`~glossary.extract.stats.PartialStats`.

Per-document partials are stored in the on-disk cache (:mod:`glossary.doccache`) and shipped
between processes, so they need a stable byte form that round-trips exactly: zlib-compressed
JSON in which every counter keeps its insertion order and the set of generated forms is
sorted. A format number in the header lets a newer reader reject an older blob cleanly.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from glossary.extract.stats import PartialStats, TermStats
from glossary.model import Occurrence

#: Bump when the byte form changes; blobs of another format are refused by :func:`from_bytes`.
FORMAT = 1
_COUNTERS = ("kinds", "pos", "display", "forms", "expansions", "english")
_INTS = ("freq", "repeat_only", "df", "english_use", "nested")


class CodecError(ValueError):
    """A blob that is not a partial of this format (corrupt cache row, other version)."""


def _occurrence_row(occ: Any) -> list[Any]:
    """``[letter, start, end, sentence]`` of an occurrence (a tuple or an ``Occurrence``)."""
    if isinstance(occ, tuple):
        return list(occ)
    return [occ.letter, occ.start, occ.end, occ.sentence]


def _occurrence(row: list[Any], like: type) -> Any:
    """An occurrence of the type the statistics use (``tuple`` rows or ``Occurrence``)."""
    values = (row[0], int(row[1]), int(row[2]), row[3])
    return values if like is tuple else Occurrence(*values)


def _count_map(pairs: list[Any], like: type) -> Any:
    out = like()
    out.update({k: int(v) for k, v in pairs})
    return out


#: The empty statistics of one key: the container types to rebuild.
_EMPTY = TermStats()


def _term_json(ts: TermStats) -> dict[str, Any]:
    data: dict[str, Any] = {name: getattr(ts, name) for name in _INTS}
    for name in _COUNTERS:
        data[name] = list(getattr(ts, name).items())
    data["generated"] = sorted(ts.generated)
    data["occurrences"] = [_occurrence_row(o) for o in ts.occurrences]
    data["letters"] = list(ts.letters)
    data["seeded"] = ts.seeded
    return data


def _term_from_json(data: dict[str, Any], occurrence_type: type) -> TermStats:
    ts = TermStats(**{name: int(data[name]) for name in _INTS})
    for name in _COUNTERS:
        setattr(ts, name, _count_map(data[name], type(getattr(_EMPTY, name))))
    ts.generated = set(data["generated"])
    ts.occurrences = [_occurrence(o, occurrence_type) for o in data["occurrences"]]
    ts.letters = list(data["letters"])
    ts.seeded = bool(data["seeded"])
    return ts


def _occurrence_type() -> type:
    """``tuple`` when the statistics keep occurrences as plain rows, else ``Occurrence``."""
    from glossary.extract import stats

    return tuple if hasattr(stats, "OccurrenceRow") else Occurrence


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
        terms = {key: _term_from_json(ts, _occurrence_type()) for key, ts in data["terms"]}
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
