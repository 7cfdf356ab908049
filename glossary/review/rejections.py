"""The reviewed reject list: Dutch "terms" a reviewer decided are not glossary terms.

Every build skips them, so noise removed once never comes back. The list lives beside the
glossary it belongs to: ``<dir of the glossary>/rejected.tsv`` (for the project glossary
``terms/glossary.json`` that is ``terms/rejected.tsv``); :func:`default_path` computes it.

For a build::

    from glossary.review.rejections import default_path, load_rejections
    rejected = load_rejections(default_path(out_path))
    rejected.is_rejected(candidate.term)  # skip this candidate (a lemma row matches)
    rejected.is_rejected_id(entry_id)     # drop / never mint this entry (lemma or id row)

The file is UTF-8, tab-separated, ``#`` starts a comment line, blank lines are ignored, and an
optional header row ``term	reason	by	at`` is skipped. Columns:

``term``
    the Dutch lemma (any case or accents: ``NAVO``, ``navo`` and ``Navo`` are one key; an
    entry whose id folds to it is rejected too), or ``id:`` and an entry id (``id:defensie-2``)
    for one sense of a homograph only: ``Defensie`` (the ministry, id ``defensie``) and
    ``defensie`` (defence, id ``defensie-2``) fold alike, so their rows must name the id.
    Required.
``reason``
    why it is not a term (free text, may be empty).
``by``
    who decided (may be empty).
``at``
    when, as a UTC ISO 8601 timestamp (may be empty).

A missing file is an empty list. A malformed row raises :class:`~glossary.errors.InputError`
naming ``file:line``. Writes are atomic; :func:`update_rejections` also holds a lock
(``rejected.tsv.lock``) so two reviewers cannot lose each other's rejections.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from glossary.errors import InputError
from glossary.sanitize import clean_line
from glossary.store import transaction
from glossary.store.atomic import write_text_if_changed
from glossary.store.transaction import Document
from glossary.text import fold

FILENAME = "rejected.tsv"
COLUMNS: tuple[str, ...] = ("term", "reason", "by", "at")
ID_PREFIX = "id:"

HEADER_COMMENT = """\
# nato-glossary reviewed reject list: Dutch terms that are not glossary terms.
# Every 'glossary build' skips them. Edit with 'glossary reject' / 'glossary unreject' or by hand.
# Tab-separated columns: term (Dutch lemma, case and accents ignored; or id:ENTRY-ID for one
# sense of a homograph), reason, by (who decided), at (UTC ISO 8601). '#' starts a comment.
"""


def default_path(glossary_path: str | os.PathLike[str]) -> Path:
    """The reject list that belongs to a glossary file: ``rejected.tsv`` in the same folder."""
    return Path(glossary_path).parent / FILENAME


def key_of(term: str) -> str:
    """The lookup key of a row: ``id:<id>`` exactly for an id row, else the folded lemma."""
    term = term.strip()
    if term.startswith(ID_PREFIX):
        return ID_PREFIX + term[len(ID_PREFIX) :].strip()
    return fold(term)


def clean_cell(text: str) -> str:
    """One TSV cell: tabs and line breaks become spaces, outer whitespace goes, and control
    characters and bidi overrides are removed (:func:`glossary.sanitize.clean_line`)."""
    return clean_line(text)


@dataclass(frozen=True)
class Rejection:
    """One reviewed rejection: the term (lemma or id), why, by whom, when."""

    term: str
    reason: str = ""
    by: str = ""
    at: str = ""

    @property
    def key(self) -> str:
        return key_of(self.term)

    @property
    def entry_id(self) -> str | None:
        """The entry id of an ``id:`` row, None for a lemma row."""
        return self.term[len(ID_PREFIX) :].strip() if self.term.startswith(ID_PREFIX) else None

    def to_json(self) -> dict[str, str]:
        return {"term": self.term, "reason": self.reason, "by": self.by, "at": self.at}


@dataclass
class Rejections:
    """The reject list, keyed by the folded term (case and accents ignored)."""

    items: dict[str, Rejection] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Rejection]:
        return iter(self.items[k] for k in sorted(self.items))

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.is_rejected(key)

    def is_rejected(self, lemma_or_id: str) -> bool:
        """True when a lemma row matches (``NAVO`` ≈ ``navo`` ≈ ``Navo``); ``id:`` rows only
        match an ``id:``-prefixed argument, so one homograph's id never rejects the other."""
        return key_of(lemma_or_id) in self.items

    def is_rejected_id(self, entry_id: str) -> bool:
        """True when this entry id is rejected, by an ``id:`` row or by a lemma row."""
        return self.is_rejected(entry_id) or key_of(ID_PREFIX + entry_id) in self.items

    def get(self, lemma_or_id: str) -> Rejection | None:
        return self.items.get(key_of(lemma_or_id))

    def find(self, term: str) -> Rejection | None:
        """The row a user means by ``term``: a lemma row, else the ``id:`` row of that id."""
        return self.get(term) or self.items.get(key_of(ID_PREFIX + term))

    def add(self, rejection: Rejection) -> bool:
        """Add or replace a rejection; True when the term was not on the list before."""
        new = rejection.key not in self.items
        self.items[rejection.key] = Rejection(
            *(clean_cell(v) for v in (rejection.term, rejection.reason, rejection.by, rejection.at))
        )
        return new

    def remove(self, term: str) -> Rejection | None:
        """Take a term off the list (as :meth:`find` matches it); returns what was removed."""
        found = self.find(term)
        return self.items.pop(found.key) if found is not None else None


def parse_rejections(text: str, path: str | os.PathLike[str] = "<string>") -> Rejections:
    """Parse reject-list text; a malformed row raises :class:`InputError` naming file:line."""
    out = Rejections()
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if [c.strip().lower() for c in cells] == list(COLUMNS[: len(cells)]) and lineno <= 20:
            continue
        if len(cells) > len(COLUMNS):
            raise InputError(
                f"{len(cells)} tab-separated columns, expected at most "
                f"{len(COLUMNS)} (term, reason, by, at); tabs inside a reason "
                "are not allowed",
                str(path),
                lineno,
            )
        term = cells[0].strip()
        if not term:
            raise InputError(
                "empty term in the first column (expected a Dutch lemma or an entry id)",
                str(path),
                lineno,
            )
        if term.startswith(ID_PREFIX) and not term[len(ID_PREFIX) :].strip():
            raise InputError(
                f"'{term}' names no entry id (expected e.g. id:defensie-2)", str(path), lineno
            )
        cells = [c.strip() for c in cells] + [""] * (len(COLUMNS) - len(cells))
        out.add(Rejection(*cells))
    return out


def load_rejections(path: str | os.PathLike[str]) -> Rejections:
    """Read a reject list; a missing file is an empty list, a malformed one an InputError."""
    from glossary.files import read_input
    from glossary.limits import INPUT_ENV, current

    p = Path(path)
    if not p.exists() and not p.is_symlink():
        return Rejections()
    raw = read_input(p, "reject list (rejected.tsv)", current().input_bytes, limit_env=INPUT_ENV)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            f"not UTF-8 (byte {exc.start}); save the reject list as UTF-8", str(p), line
        ) from None
    return parse_rejections(text, p)


def dumps_rejections(rejections: Rejections) -> str:
    """The canonical text: header comment, column row, one sorted row per rejection."""
    rows = [HEADER_COMMENT.rstrip("\n"), "\t".join(COLUMNS)]
    rows += ["\t".join((r.term, r.reason, r.by, r.at)) for r in rejections]
    return "\n".join(rows) + "\n"


def save_rejections(rejections: Rejections, path: str | os.PathLike[str]) -> bool:
    """Write atomically; returns False (and leaves the file alone) when nothing changed."""
    return write_text_if_changed(path, dumps_rejections(rejections))


def document(path: str | os.PathLike[str]) -> Document:
    """The reject list as one document of a :func:`glossary.store.transaction.update` (a
    missing file is an empty list)."""

    def read(text: str | None, target: Path) -> Rejections:
        return Rejections() if text is None else parse_rejections(text.removeprefix("\ufeff"), path)

    return Document(path, read, dumps_rejections, what="reject list")


def update_rejections(path: str | os.PathLike[str], change: Callable[[Rejections], Any]) -> Any:
    """Lock the list, re-read it, apply ``change``, write it: no rejection is ever lost."""
    return transaction.update([document(path)], change)
