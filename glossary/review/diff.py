"""What changed between two glossaries: the changelog a translation team reads after a rebuild.

Entries are matched by id (ids are frozen, so a re-lemmatised term is still the same entry).
Reported: entries added and removed, retranslated (the preferred English changed), status
changes, stale changes, note changes and forbidden-rendering changes. Rendered as text, JSON or
Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from glossary.model import STATUS_RANK, Entry, Glossary
from glossary.sanitize import is_clean, markdown

CATEGORIES: tuple[tuple[str, str], ...] = (
    ("added", "Added"),
    ("removed", "Removed"),
    ("retranslated", "Retranslated"),
    ("status", "Status changes"),
    ("stale", "Stale changes"),
    ("note", "Note changes"),
    ("forbidden", "Forbidden renderings"),
)


@dataclass(frozen=True)
class EntryChange:
    """One change of one entry: ``old``/``new`` are the compared values (None when absent)."""

    id: str
    lemma: str
    old: Any = None
    new: Any = None
    detail: str = ""

    def to_json(self) -> dict[str, Any]:
        data = {"id": self.id, "lemma": self.lemma, "old": self.old, "new": self.new}
        if self.detail:
            data["detail"] = self.detail
        return data


@dataclass
class GlossaryDiff:
    """All changes by category (see :data:`CATEGORIES`)."""

    changes: dict[str, list[EntryChange]] = field(
        default_factory=lambda: {name: [] for name, _ in CATEGORIES}
    )
    old_count: int = 0
    new_count: int = 0

    def __bool__(self) -> bool:
        return any(self.changes.values())

    def counts(self) -> dict[str, int]:
        return {name: len(items) for name, items in self.changes.items()}

    def to_json(self) -> dict[str, Any]:
        return {
            "old_entries": self.old_count,
            "new_entries": self.new_count,
            "counts": self.counts(),
            **{name: [c.to_json() for c in items] for name, items in self.changes.items()},
        }


def _summary(e: Entry) -> str:
    if e.translation is None:
        return f"no English ({e.status})"
    return f'"{e.english}" ({e.status}, {e.source})'


def diff(old: Glossary, new: Glossary) -> GlossaryDiff:
    """Compare two glossaries entry by entry (by id)."""
    out = GlossaryDiff(old_count=len(old), new_count=len(new))
    c = out.changes
    for eid in sorted(set(old.entries) | set(new.entries)):
        a, b = old.entries.get(eid), new.entries.get(eid)
        if a is None and b is not None:
            c["added"].append(EntryChange(eid, b.lemma, None, b.english, _summary(b)))
            continue
        if b is None and a is not None:
            c["removed"].append(EntryChange(eid, a.lemma, a.english, None, _summary(a)))
            continue
        assert a is not None and b is not None
        if a.english != b.english:
            c["retranslated"].append(
                EntryChange(
                    eid,
                    b.lemma,
                    a.english,
                    b.english,
                    f"{a.source or 'none'} → {b.source or 'none'}",
                )
            )
        if a.status != b.status:
            c["status"].append(EntryChange(eid, b.lemma, a.status, b.status))
        if a.stale != b.stale:
            c["stale"].append(EntryChange(eid, b.lemma, a.stale, b.stale))
        if a.note != b.note:
            c["note"].append(EntryChange(eid, b.lemma, a.note, b.note))
        if sorted(a.forbidden) != sorted(b.forbidden):
            c["forbidden"].append(
                EntryChange(eid, b.lemma, sorted(a.forbidden), sorted(b.forbidden))
            )
    return out


def _show(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "stale" if value else "current"
    if isinstance(value, list):
        return ", ".join(f'"{v}"' for v in value) if value else "none"
    return f'"{value}"' if isinstance(value, str) and value not in STATUS_RANK else str(value)


def _line(name: str, ch: EntryChange) -> str:
    if name == "added":
        return f"{ch.lemma} [{ch.id}]: {ch.detail}"
    if name == "removed":
        return f"{ch.lemma} [{ch.id}] (was {ch.detail})"
    extra = f" ({ch.detail})" if ch.detail else ""
    return f"{ch.lemma} [{ch.id}]: {_show(ch.old)} → {_show(ch.new)}{extra}"


def render_text(d: GlossaryDiff, old_name: str = "old", new_name: str = "new") -> str:
    """Plain-text changelog; one line per change, grouped by category."""
    lines = [f"{old_name} ({d.old_count} entries) → {new_name} ({d.new_count} entries)"]
    if not d:
        return "\n".join([*lines, "no changes"]) + "\n"
    counts = d.counts()
    lines.append(", ".join(f"{n} {name}" for name, n in counts.items() if n))
    for name, title in CATEGORIES:
        items = d.changes[name]
        if not items:
            continue
        lines += ["", f"{title} ({len(items)}):"]
        lines += [f"  {_line(name, ch)}" for ch in items]
    return "\n".join(lines) + "\n"


def _code(text: str) -> str:
    """An id or file name as Markdown code, or as escaped text when a backtick or a line break
    would end the code span early."""
    if "`" in text or "\n" in text or not is_clean(text):
        return markdown(text)
    return f"`{text}`"


def render_markdown(d: GlossaryDiff, old_name: str = "old", new_name: str = "new") -> str:
    """Markdown changelog: a summary line and one table per category."""
    lines = [
        "# Glossary changes",
        "",
        f"{_code(old_name)} ({d.old_count} entries) → {_code(new_name)} ({d.new_count} entries)",
        "",
    ]
    if not d:
        return "\n".join([*lines, "No changes."]) + "\n"
    for name, title in CATEGORIES:
        items = d.changes[name]
        if not items:
            continue
        lines += [
            f"## {title} ({len(items)})",
            "",
            "| term | id | before | after |",
            "| --- | --- | --- | --- |",
        ]
        for ch in items:
            if name == "added":
                old, new = "—", ch.detail
            elif name == "removed":
                old, new = ch.detail, "—"
            else:
                old, new = _show(ch.old), _show(ch.new)
                if ch.detail:
                    new = f"{new} ({ch.detail})"
            lines.append(
                f"| {markdown(ch.lemma)} | {_code(ch.id)} | {markdown(old)} | {markdown(new)} |"
            )
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
