"""Counts over a glossary: entries by kind, status and source, stale, letters, confidence, and
the English coverage (entries with English, by source and by status)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from glossary.model import STATUSES, Glossary


def _sorted(counter: Counter[str]) -> dict[str, int]:
    return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def percent(part: int, whole: int) -> float | None:
    """``part`` of ``whole`` in percent, one decimal; ``None`` for an empty whole."""
    return round(100 * part / whole, 1) if whole else None


def summarize(glossary: Glossary) -> dict[str, Any]:
    """A JSON-ready summary; statuses are listed strongest first and always all present."""
    entries = glossary.sorted_entries()
    status = Counter(e.status for e in entries)
    translated = [e for e in entries if e.translation is not None]
    translations = [e.translation for e in translated if e.translation is not None]
    acronyms = [e for e in entries if e.kind == "acronym"]
    return {
        "entries": len(entries),
        "letters": len(glossary.letters),
        "stale": sum(e.stale for e in entries),
        "translated": len(translated),
        "with_alternatives": sum(bool(e.alternatives) for e in entries),
        "by_kind": _sorted(Counter(e.kind for e in entries)),
        "by_status": {s: status.get(s, 0) for s in reversed(STATUSES)},
        "by_source": _sorted(Counter(e.source or "none" for e in entries)),
        "mean_confidence": round(sum(t.confidence for t in translations) / len(translations), 4)
        if translations
        else None,
        "english": {
            "entries": len(translated),
            "of": len(entries),
            "percent": percent(len(translated), len(entries)),
            "by_source": _sorted(Counter(e.source or "none" for e in translated)),
            "by_status": _sorted(Counter(e.status for e in translated)),
        },
        "english_expansion": {
            "acronyms": sum(e.english_expansion is not None for e in acronyms),
            "of": len(acronyms),
        },
    }


def format_counts(counts: dict[str, int]) -> str:
    """``reviewed 12, proposed 30, ...`` (zero counts left out)."""
    return ", ".join(f"{k} {v}" for k, v in counts.items() if v) or "none"


def coverage(summary: dict[str, Any]) -> str:
    """``English for 380 of 416 entries (91.3%)``: what share of the glossary has English."""
    english = summary["english"]
    share = f" ({english['percent']:.1f}%)" if english["percent"] is not None else ""
    return f"English for {english['entries']} of {english['of']} entries{share}"


def coverage_lines(summary: dict[str, Any]) -> list[str]:
    """The indented lines that break the coverage down: English by status and by source,
    what has none, and how many acronyms have an English expansion."""
    english = summary["english"]
    missing = english["of"] - english["entries"]
    lines = [
        f"  English by status: {format_counts(english['by_status'])}"
        + (f"; no English: {missing}" if missing else ""),
        f"  English by source: {format_counts(english['by_source'])}",
    ]
    expansions = summary["english_expansion"]
    if expansions["of"]:
        lines.append(
            f"  acronyms: English expansion for {expansions['acronyms']} of {expansions['of']}"
        )
    return lines
