"""Apply a translator's exchange file (PO, TBX, CSV) to a glossary, as a list of changes.

Rules (``docs/reference/exchange-mapping.rst``): a reviewed rendering (PO without ``fuzzy``,
TBX ``preferredTerm``, CSV ``fuzzy=False``) makes the entry ``reviewed``, a still-fuzzy one that
differs from the glossary makes it ``proposed``; both get source ``translator``. A message left
as exported changes nothing. Any change to an already reviewed entry is a conflict, reported
and skipped unless ``force``. Unknown terms are reported, or added with ``add_new``. Every
applied change appends a ``Decision`` (action ``import``) through :mod:`glossary.review.decisions`.

A file's own ids are glossary ids only when the glossary has them (the project's exports).
Another tool's id (``conceptEntry id="c1"``) is a reference: the item is found by an entry
that was imported with that reference before, else by its term; a new entry gets the slug id
of its lemma, as every entry does, and its import decision keeps the reference (``ref``), so
the next import of the other tool's file finds it again.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from glossary.exchange.common import ImportBatch, ImportedItem
from glossary.exchange.formats import read_batch
from glossary.model import Entry, Glossary, slugify
from glossary.review.decisions import default_user, set_translation, snapshot
from glossary.review.rejections import clean_cell
from glossary.sanitize import clean, clean_line
from glossary.store import jsonfile as store
from glossary.text import fold, now_utc

#: Outcomes that leave the glossary as it was and need a person to look at them.
UNRESOLVED = ("conflict", "unknown", "ambiguous", "duplicate", "forbidden")


@dataclass(frozen=True)
class ImportChange:
    """What one item of the file did (or would do): ``outcome`` and whether it was applied.

    Outcomes: ``set`` (new English), ``approve`` (same English, now reviewed), ``add`` (new
    entry), ``override`` (forced over a reviewed entry), and the unresolved ones: ``conflict``,
    ``unknown``, ``ambiguous``, ``duplicate``, ``forbidden``.
    """

    line: int
    entry_id: str | None
    lemma: str
    outcome: str
    applied: bool
    message: str
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "id": self.entry_id,
            "lemma": self.lemma,
            "outcome": self.outcome,
            "applied": self.applied,
            "message": self.message,
            "before": self.before,
            "after": self.after,
        }


@dataclass
class ImportReport:
    """The change list of one import plus counts of what was left alone."""

    path: str
    format: str
    by: str
    dry_run: bool = False
    changes: list[ImportChange] = field(default_factory=list)
    unchanged: int = 0
    untranslated: int = 0

    @property
    def applied(self) -> list[ImportChange]:
        return [c for c in self.changes if c.applied]

    @property
    def unresolved(self) -> list[ImportChange]:
        return [c for c in self.changes if not c.applied]

    @property
    def exit_code(self) -> int:
        """0 when everything in the file was applied or unchanged, 1 when some was left."""
        return 1 if self.unresolved else 0

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for change in self.changes:
            out[change.outcome] = out.get(change.outcome, 0) + 1
        out["unchanged"] = self.unchanged
        out["untranslated"] = self.untranslated
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.path,
            "format": self.format,
            "by": self.by,
            "dry_run": self.dry_run,
            "counts": self.counts(),
            "changes": [c.to_json() for c in self.changes],
        }


#: The import decision's detail that keeps another tool's id of an entry.
REF = "ref"


def references(glossary: Glossary) -> dict[str, str]:
    """Other tools' ids → entry id, from the ``ref`` of earlier import decisions."""
    found: dict[str, str] = {}
    for entry in glossary.sorted_entries():
        for decision in entry.history:
            ref = decision.detail.get(REF)
            if ref:
                found.setdefault(ref, entry.id)
    return found


def _find(
    glossary: Glossary, item: ImportedItem, refs: dict[str, str] | None = None
) -> tuple[Entry | None, str]:
    """The entry an item is about: by id when the glossary has it, by another tool's id
    imported before, else by its unique lemma. An id of the glossary's own shape for the
    item's lemma (``raad-2``) that the glossary lacks names an entry not there yet."""
    if item.entry_id:
        entry = glossary.get(item.entry_id) or glossary.get((refs or {}).get(item.entry_id, ""))
        if entry is not None:
            return entry, ""
        if _own_id(item):
            return None, "unknown"
    matches = glossary.by_lemma(item.lemma)
    if len(matches) == 1:
        return matches[0], ""
    return None, "ambiguous" if matches else "unknown"


def _own_id(item: ImportedItem) -> bool:
    """Is the item's id one this tool gives its lemma (the slug, or the slug and a number)?
    Such an id comes from the project's own export; another tool's id is a reference."""
    base = slugify(item.lemma)
    wanted = item.entry_id or ""
    return wanted == base or re.fullmatch(re.escape(base) + r"-[0-9]+", wanted) is not None


def _new_id(glossary: Glossary, item: ImportedItem) -> str:
    """A new entry's id: the file's own id when it is one this tool gives the lemma and is
    free (an export read back into a fresh glossary keeps its ids), else the lemma's slug."""
    if item.entry_id and _own_id(item) and item.entry_id not in glossary.entries:
        return item.entry_id
    return glossary.new_id(item.lemma)


def _is_forbidden(entry: Entry, text: str) -> bool:
    return fold(text) in {fold(f) for f in entry.forbidden}


def _is_untouched(entry: Entry, english: str, item: ImportedItem) -> bool:
    """The file says what the glossary says (a message the translator did not edit)."""
    old = entry.translation
    if old is None or old.text != english:
        return False
    if item.plural is not None and item.plural != (old.plural or None):
        return False
    if item.english_expansion is not None and not _same_expansion(entry, item):
        return False
    return item.reviewed == (entry.status == "reviewed")


def _rendering(english: str | None, plural: str | None) -> str:
    """``"ally" (plural "allies")``: what a message says, plural included when there is one."""
    return f'"{english}"' + (f' (plural "{plural}")' if plural else "")


def _same_expansion(entry: Entry, item: ImportedItem) -> bool:
    """The file gives no English expansion, or the one the entry has."""
    full = entry.english_expansion
    given = clean_cell(item.english_expansion or "")
    return not given or (full is not None and full.text == given)


class _Applier:
    """Applies the items of one batch to one glossary, collecting the change list."""

    def __init__(
        self,
        glossary: Glossary,
        report: ImportReport,
        *,
        add_new: bool,
        force: bool,
        at: str,
        file_name: str,
    ) -> None:
        self.glossary = glossary
        self.report = report
        self.add_new = add_new
        self.force = force
        self.at = at
        self.file_name = file_name
        self.seen: dict[str, int] = {}
        self.refs = references(glossary)

    def note(
        self,
        item: ImportedItem,
        entry_id: str | None,
        outcome: str,
        applied: bool,
        message: str,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
    ) -> None:
        self.report.changes.append(
            ImportChange(
                item.line,
                entry_id,
                item.lemma,
                outcome,
                applied,
                message,
                before or {},
                after or {},
            )
        )

    def apply(self, item: ImportedItem) -> None:
        english = clean_cell(item.english)
        if not english:
            self.report.untranslated += 1
            return
        entry, problem = _find(self.glossary, item, self.refs)
        if entry is None:
            self.unknown(item, english, problem)
            return
        if entry.id in self.seen:
            self.note(
                item,
                entry.id,
                "duplicate",
                False,
                f"{entry.id}: already given on line {self.seen[entry.id]}; this one is ignored",
            )
            return
        self.seen[entry.id] = item.line
        if _is_untouched(entry, english, item):
            self.report.unchanged += 1
            return
        if _is_forbidden(entry, english):
            self.note(
                item,
                entry.id,
                "forbidden",
                False,
                f'{entry.id}: "{english}" is a forbidden rendering of '
                f"'{entry.lemma}'; not imported",
            )
            return
        status = "reviewed" if item.reviewed else "proposed"
        same = entry.english == english and _same_expansion(entry, item)
        outcome = "approve" if same else "set"
        if entry.status == "reviewed" and entry.translation is not None:
            if not self.force:
                says = _rendering(english, item.plural)
                if entry.english == english and not _same_expansion(entry, item):
                    says = f'English expansion "{clean_cell(item.english_expansion or "")}"'
                self.note(
                    item,
                    entry.id,
                    "conflict",
                    False,
                    f"{entry.id}: reviewed {_rendering(entry.english, entry.translation.plural)} "
                    f"kept; the file says {says} ({status}); use "
                    "--force to take the file's",
                    snapshot(entry),
                    snapshot(entry),
                )
                return
            outcome = "override"
        self.translate(item, entry, english, status, outcome)

    def translate(
        self, item: ImportedItem, entry: Entry, english: str, status: str, outcome: str
    ) -> None:
        by = self.report.by or item.by or default_user()
        change = set_translation(
            entry,
            english,
            source="translator",
            status=status,
            by=by,
            at=self.at,
            plural=item.plural,
            action="import",
            english_expansion=item.english_expansion,
        )
        if change.changed:
            entry.history[-1].detail["file"] = self.file_name
            if item.entry_id and item.entry_id != entry.id:
                entry.history[-1].detail[REF] = item.entry_id
            message = change.message
            if outcome == "approve":
                message = (
                    f'{entry.id}: "{english}" approved ({change.before["status"]}, '
                    f"{change.before['source']} → {status}, translator)"
                )
            elif outcome == "add":
                message = f"{entry.id}: added '{entry.lemma}' = \"{english}\" ({status})"
            if item.lemma and item.lemma != entry.lemma:
                entry.history[-1].detail["msgid"] = item.lemma
                message += f"; note: the file's term is '{item.lemma}'"
            self.note(item, entry.id, outcome, True, message, change.before, change.after)
        else:
            self.report.unchanged += 1

    def unknown(self, item: ImportedItem, english: str, problem: str) -> None:
        label = item.entry_id or item.lemma
        if problem == "ambiguous":
            self.note(
                item,
                None,
                "ambiguous",
                False,
                f"'{item.lemma}' names several entries (homographs) and the file gives "
                "no glossary id (msgctxt/context); not imported",
            )
            return
        if not self.add_new or not item.lemma:
            self.note(
                item,
                item.entry_id,
                "unknown",
                False,
                f"{label}: not in the glossary; not imported (use --add-new to add it)",
            )
            return
        entry = Entry(
            id=_new_id(self.glossary, item),
            lemma=item.lemma,
            kind=item.kind or "term",
            forms=[item.lemma],
            created=self.at,
            updated=self.at,
        )
        self.glossary.add(entry)
        self.seen[entry.id] = item.line
        self.translate(item, entry, english, "reviewed" if item.reviewed else "proposed", "add")


def _cleaned(item: ImportedItem) -> ImportedItem:
    """An item as the glossary may store it: control characters, escape sequences and bidi
    overrides removed (:mod:`glossary.sanitize`), one-line values on one line."""

    def optional(text: str | None) -> str | None:
        return clean_line(text) or None if text is not None else None

    return replace(
        item,
        lemma=clean(item.lemma).strip(),
        english=clean_line(item.english),
        entry_id=optional(item.entry_id),
        plural=optional(item.plural),
        by=optional(item.by),
    )


def apply_batch(
    glossary: Glossary,
    batch: ImportBatch,
    *,
    add_new: bool = False,
    force: bool = False,
    by: str | None = None,
    at: str | None = None,
    dry_run: bool = False,
) -> ImportReport:
    """Apply ``batch`` to ``glossary`` in place and return the change list.

    ``by`` overrides the translator the file names (PO ``Last-Translator``, TBX
    ``responsibility``); without either the user from ``$NATO_GLOSSARY_USER`` or the OS.
    """
    who = clean_line(by or batch.translator or "")
    report = ImportReport(path=batch.path, format=batch.format, by=who, dry_run=dry_run)
    applier = _Applier(
        glossary,
        report,
        add_new=add_new,
        force=force,
        at=at or now_utc(),
        file_name=Path(batch.path).name,
    )
    for item in batch.items:
        applier.apply(_cleaned(item))
    if not report.by:
        report.by = default_user()
    return report


def import_file(
    path: str | os.PathLike[str],
    glossary_path: str | os.PathLike[str],
    *,
    fmt: str | None = None,
    add_new: bool = False,
    force: bool = False,
    by: str | None = None,
    dry_run: bool = False,
    at: str | None = None,
) -> ImportReport:
    """Read an exchange file and apply it to the glossary file (locked, atomic write).

    The file is read and checked before the glossary is touched, so bad input never changes
    it; with ``dry_run`` the glossary is only read.
    """
    batch = read_batch(path, fmt)

    def apply(glossary: Glossary) -> ImportReport:
        return apply_batch(
            glossary, batch, add_new=add_new, force=force, by=by, at=at, dry_run=dry_run
        )

    if dry_run:
        return apply(store.load(glossary_path))
    return store.update(glossary_path, apply, inputs=[path])
