"""Counts over a glossary: entries by kind, status and source, stale, letters, confidence."""

from __future__ import annotations

from collections import Counter
from typing import Any

from glossary.model import STATUSES, Glossary


def _sorted(counter: Counter[str]) -> dict[str, int]:
    return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def summarize(glossary: Glossary) -> dict[str, Any]:
    """A JSON-ready summary; statuses are listed strongest first and always all present."""
    entries = glossary.sorted_entries()
    status = Counter(e.status for e in entries)
    translations = [e.translation for e in entries if e.translation is not None]
    return {
        "entries": len(entries),
        "letters": len(glossary.letters),
        "stale": sum(e.stale for e in entries),
        "translated": len(translations),
        "with_alternatives": sum(bool(e.alternatives) for e in entries),
        "by_kind": _sorted(Counter(e.kind for e in entries)),
        "by_status": {s: status.get(s, 0) for s in reversed(STATUSES)},
        "by_source": _sorted(Counter(e.source or "none" for e in entries)),
        "mean_confidence": round(sum(t.confidence for t in translations) / len(translations), 4)
        if translations
        else None,
    }


def format_counts(counts: dict[str, int]) -> str:
    """``reviewed 12, proposed 30, ...`` (zero counts left out)."""
    return ", ".join(f"{k} {v}" for k, v in counts.items() if v) or "none"
