"""Reviewer decisions as pure functions on entries: approve, set, note, forbid, reject.

Each function changes the entry in place, appends a :class:`~glossary.model.Decision` (who,
when, what it was before) and returns a :class:`Change` saying what changed; a decision that
changes nothing records nothing. I/O (lock, re-read, write) is the caller's job, through
``glossary.store.jsonfile.update``.

How a decision survives a rebuild: the build never changes an entry whose
:attr:`~glossary.model.Entry.is_human` is true (status ``reviewed`` and source ``translator``
or ``manual``). So :func:`approve` of a computed translation (``termbase``, ``letter``,
``compound``, ``mt:*``) keeps the English but sets its source to ``manual`` (a person now
vouches for it) and records the original source and confidence in the decision; approving an
imported translator's rendering keeps source ``translator``. Rejected terms leave the
glossary and go on the reject list (:mod:`glossary.review.rejections`), which every build skips.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from glossary.errors import InputError
from glossary.model import (
    HUMAN_SOURCES,
    STATUS_RANK,
    Decision,
    Entry,
    Glossary,
    Translation,
    is_valid_source,
)
from glossary.review.order import review_key
from glossary.review.rejections import ID_PREFIX, Rejection, Rejections, clean_cell
from glossary.text import fold

USER_ENV = "NATO_GLOSSARY_USER"


def default_user() -> str:
    """Who decides: ``$NATO_GLOSSARY_USER``, else the OS user name, else ``unknown``."""
    env = clean_cell(os.environ.get(USER_ENV, ""))
    if env:
        return env
    try:
        return clean_cell(getpass.getuser()) or "unknown"
    except (OSError, KeyError):
        return "unknown"


def snapshot(entry: Entry) -> dict[str, Any]:
    """The reviewable state of an entry, for before/after reports."""
    return {
        "english": entry.english,
        "source": entry.source,
        "status": entry.status,
        "alternatives": [t.text for t in entry.alternatives],
        "english_expansion": entry.english_expansion.text if entry.english_expansion else None,
        "note": entry.note,
        "forbidden": list(entry.forbidden),
    }


@dataclass(frozen=True)
class Change:
    """What one decision did to one entry (``changed`` is False for a no-op)."""

    id: str
    lemma: str
    action: str
    changed: bool
    message: str
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "lemma": self.lemma,
            "action": self.action,
            "changed": self.changed,
            "message": self.message,
            "before": self.before,
            "after": self.after,
        }


def _record(
    entry: Entry,
    action: str,
    by: str,
    at: str,
    detail: dict[str, str],
    before: dict[str, Any],
    message: str,
) -> Change:
    details = {k: clean_cell(v) for k, v in detail.items() if v}
    entry.history.append(Decision(action, clean_cell(by) or "unknown", at, details))
    entry.updated = at
    return Change(entry.id, entry.lemma, action, True, message, before, snapshot(entry))


def _unchanged(entry: Entry, action: str, message: str) -> Change:
    state = snapshot(entry)
    return Change(entry.id, entry.lemma, action, False, message, state, state)


def _is_forbidden(entry: Entry, text: str) -> bool:
    return fold(text) in {fold(f) for f in entry.forbidden}


def approve(entry: Entry, *, by: str, at: str) -> Change:
    """Mark the current English reviewed; a computed source becomes ``manual`` (see module doc)."""
    t = entry.translation
    if t is None:
        raise InputError(
            f"{entry.id} has no English to approve; give one with "
            f"'glossary set {entry.id} --en \"...\"'"
        )
    if entry.is_human:
        return _unchanged(
            entry, "approve", f'{entry.id}: "{t.text}" was already reviewed ({t.source})'
        )
    before = snapshot(entry)
    source = t.source if t.source in HUMAN_SOURCES else "manual"
    entry.translation = replace(t, source=source, confidence=1.0)
    old_status = entry.status
    entry.status = "reviewed"
    return _record(
        entry,
        "approve",
        by,
        at,
        {
            "en": t.text,
            "was_status": old_status,
            "was_source": t.source,
            "was_confidence": f"{t.confidence:.4g}",
        },
        before,
        f'{entry.id}: approved "{t.text}" ({old_status}, {t.source} → reviewed, {source})',
    )


def set_translation(
    entry: Entry,
    text: str,
    *,
    source: str,
    status: str,
    by: str,
    at: str,
    alternatives: Sequence[str] = (),
    note: str | None = None,
    plural: str | None = None,
    action: str = "set",
    english_expansion: str | None = None,
) -> Change:
    """Give an entry its English (CLI edit, or a translator's import via ``source``/``action``).

    The previous computed English stays as an alternative; a previous human one is only kept
    in the history. ``note=None`` leaves the note alone, ``""`` clears it. An
    ``english_expansion`` (an acronym's English full form) replaces the entry's, with the same
    source; ``None`` leaves it alone.
    """
    text = clean_cell(text)
    if not text:
        raise InputError(f"{entry.id}: the English may not be empty")
    if not is_valid_source(source):
        raise InputError(f"unknown translation source {source!r}")
    if status not in STATUS_RANK:
        raise InputError(f"unknown status {status!r}; use one of {', '.join(STATUS_RANK)}")
    alts = [clean_cell(a) for a in alternatives if clean_cell(a)]
    full = clean_cell(english_expansion or "") or None
    for candidate in [text, *alts, *([full] if full else [])]:
        if _is_forbidden(entry, candidate):
            raise InputError(
                f'{entry.id}: "{candidate}" is a forbidden rendering; lift it '
                f"with 'glossary forbid {entry.id} --remove --en \"{candidate}\"'"
            )
    before = snapshot(entry)
    old = entry.translation
    new_alts: list[Translation] = [Translation(a, source, 1.0) for a in alts]
    if old is not None and old.source not in HUMAN_SOURCES:
        new_alts.append(old)
    new_alts += entry.alternatives
    seen = {fold(text)}
    entry.alternatives = []
    for t in new_alts:
        if fold(t.text) not in seen:
            seen.add(fold(t.text))
            entry.alternatives.append(t)
    entry.translation = Translation(
        text,
        source,
        1.0,
        plural if plural is not None else (old.plural if old and old.text == text else None),
        old.note if old else None,
    )
    entry.status = status
    if note is not None:
        entry.note = clean_cell(note) or None
    old_full = entry.english_expansion
    if full is not None and (old_full is None or old_full.text != full):
        entry.english_expansion = Translation(full, source, 1.0)
    if snapshot(entry) == before and old is not None and old.source == source:
        entry.translation = old
        return _unchanged(entry, action, f'{entry.id}: already "{text}" ({status}, {source})')
    detail = {
        "en": text,
        "source": source,
        "status": status,
        "alt": " | ".join(alts),
        "plural": plural or "",
        "note": entry.note if note is not None else "",
        "was": old.text if old else "",
        "was_source": old.source if old else "",
        "was_status": before["status"],
    }
    was = f' (was "{old.text}", {before["status"]})' if old else f" (was {before['status']})"
    message = f'{entry.id}: English set to "{text}", {status}, {source}{was}'
    if before["english_expansion"] != snapshot(entry)["english_expansion"]:
        detail["english_expansion"] = full or ""
        detail["was_english_expansion"] = before["english_expansion"] or ""
        message += f'; English expansion "{full}"' + (
            f' (was "{before["english_expansion"]}")' if before["english_expansion"] else ""
        )
    return _record(entry, action, by, at, detail, before, message)


def set_note(entry: Entry, text: str, *, by: str, at: str) -> Change:
    """Set the reviewer's note shown to translators; an empty text clears it."""
    note = clean_cell(text) or None
    if note == entry.note:
        return _unchanged(entry, "note", f"{entry.id}: note unchanged")
    before = snapshot(entry)
    entry.note = note
    message = f'{entry.id}: note set to "{note}"' if note else f"{entry.id}: note cleared"
    return _record(
        entry, "note", by, at, {"note": note or "", "was": before["note"] or ""}, before, message
    )


def forbid(entry: Entry, text: str, *, by: str, at: str) -> Change:
    """Add a forbidden (deprecated) English rendering; it also leaves the alternatives.

    Forbidding the computed current English leaves the entry without English (``missing``);
    a reviewed English must be replaced with :func:`set_translation` first.
    """
    text = clean_cell(text)
    if not text:
        raise InputError(f"{entry.id}: the forbidden rendering may not be empty")
    current = entry.english is not None and fold(entry.english) == fold(text)
    if current and entry.status == "reviewed":
        raise InputError(
            f'{entry.id}: "{text}" is the reviewed English; set another first '
            f"with 'glossary set {entry.id} --en \"...\"'"
        )
    if _is_forbidden(entry, text):
        return _unchanged(entry, "forbid", f'{entry.id}: "{text}" was already forbidden')
    before = snapshot(entry)
    entry.forbidden.append(text)
    entry.alternatives = [t for t in entry.alternatives if fold(t.text) != fold(text)]
    message = f'{entry.id}: "{text}" is now forbidden'
    if current:
        entry.translation, entry.status = None, "missing"
        message += "; the entry has no English until one is set or a build finds another"
    return _record(
        entry,
        "forbid",
        by,
        at,
        {"en": text, "was_status": before["status"] if current else ""},
        before,
        message,
    )


def unforbid(entry: Entry, text: str, *, by: str, at: str) -> Change:
    """Lift a forbidden rendering."""
    key = fold(clean_cell(text))
    if not _is_forbidden(entry, text):
        return _unchanged(entry, "unforbid", f'{entry.id}: "{text}" was not forbidden')
    before = snapshot(entry)
    entry.forbidden = [f for f in entry.forbidden if fold(f) != key]
    return _record(
        entry,
        "unforbid",
        by,
        at,
        {"en": clean_cell(text)},
        before,
        f'{entry.id}: "{text}" is no longer forbidden',
    )


def rejection_key(glossary: Glossary, entry: Entry) -> str:
    """What the reject list stores: the lemma, or ``id:<id>`` when another entry's lemma or id
    folds alike (a homograph), so that rejecting one sense never rejects the other."""
    keys = {fold(entry.lemma), fold(entry.id)}
    twins = [
        e
        for e in glossary.entries.values()
        if e.id != entry.id and keys & {fold(e.lemma), fold(e.id)}
    ]
    return f"{ID_PREFIX}{entry.id}" if twins else entry.lemma


def reject(
    glossary: Glossary, rejections: Rejections, entry: Entry, *, reason: str, by: str, at: str
) -> Change:
    """Not a term: remove the entry from the glossary and put it on the reject list."""
    before = snapshot(entry)
    term = rejection_key(glossary, entry)
    rejections.add(Rejection(term, reason, by, at))
    glossary.entries.pop(entry.id, None)
    why = f" ({clean_cell(reason)})" if clean_cell(reason) else ""
    return Change(
        entry.id,
        entry.lemma,
        "reject",
        True,
        f"{entry.id}: rejected as '{term}'{why}; removed from the glossary",
        before,
        {},
    )


def reject_term(rejections: Rejections, term: str, *, reason: str, by: str, at: str) -> Change:
    """Put a term that is not (yet) in the glossary on the reject list."""
    term = clean_cell(term)
    if not term:
        raise InputError("cannot reject an empty term")
    new = rejections.add(Rejection(term, reason, by, at))
    message = f"{term}: rejected (not in the glossary)" if new else f"{term}: rejection updated"
    return Change(term, term, "reject", True, message, {}, {})


def unreject(rejections: Rejections, term: str) -> Rejection | None:
    """Take a term off the reject list; it comes back with the next build."""
    return rejections.remove(term)


def review_queue(
    glossary: Glossary,
    *,
    kinds: Iterable[str] = (),
    statuses: Iterable[str] = (),
    letters: Iterable[str] = (),
    include_reviewed: bool = False,
) -> list[Entry]:
    """Entries awaiting review (status below ``reviewed``), the most likely to be kept first
    (:func:`glossary.review.order.review_key`).

    Filters are alternatives within one option and combine across options; asking for the
    ``reviewed`` status explicitly lists reviewed entries too.
    """
    kinds, statuses, letters = set(kinds), set(statuses), set(letters)
    out = []
    for e in glossary.entries.values():
        if statuses:
            if e.status not in statuses:
                continue
        elif e.status == "reviewed" and not include_reviewed:
            continue
        if kinds and e.kind not in kinds:
            continue
        if letters and not letters.intersection(e.letters):
            continue
        out.append(e)
    out.sort(key=review_key)
    return out
