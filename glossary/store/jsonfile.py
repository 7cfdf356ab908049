"""Read and write ``glossary.json``: schema check, atomic replace, a lock between writers.

Files of an older schema version are upgraded on load (:mod:`glossary.store.migrate`) and
written in the current version by the next write. Readers get a clear one-line
:class:`~glossary.errors.InputError` naming the file (and line and column for malformed JSON,
the entry and field for data that breaks the schema, see :mod:`glossary.store.schema`); the
file on disk is never left half-written.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from glossary.errors import InputError
from glossary.model import SCHEMA_VERSION, Glossary
from glossary.store import schema, transaction
from glossary.store.atomic import write_text_if_changed
from glossary.store.migrate import can_migrate, migrate
from glossary.store.transaction import Document

_ADVICE = "fix it or restore the file from version control"

#: Told about each entry left out of a leniently read glossary (one message each).
Skip = Callable[[str], None]


def dumps(glossary: Glossary) -> str:
    """The canonical text of a glossary: sorted keys, two-space indent, UTF-8, final newline."""
    return json.dumps(glossary.to_json(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def parse(
    text: str, path: str | os.PathLike[str] = "<string>", skip: Skip | None = None
) -> Glossary:
    """Parse glossary JSON text and check it against the schema; errors name the file, line
    and column (malformed JSON) or the entry and field (see :func:`from_data`)."""
    return from_data(decode(text, path), path, skip)


def decode(text: str, path: str | os.PathLike[str] = "<string>") -> Any:
    """The JSON value of glossary text; malformed or too deeply nested JSON is an InputError."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"malformed glossary JSON at column {exc.colno}: {exc.msg}; "
            "fix the file or restore it from version control",
            str(path),
            exc.lineno,
        ) from None
    except RecursionError:
        raise InputError(
            "malformed glossary JSON: nested too deeply (a glossary has a few levels); "
            "restore the file from version control",
            str(path),
        ) from None


def check_data(data: Any, path: str | os.PathLike[str] = "<data>", skip: Skip | None = None) -> Any:
    """Check decoded glossary JSON against the schema (:mod:`glossary.store.schema`) and
    return it; with ``skip``, entries that break it are left out (``skip`` is told why, one
    message each) instead of failing the whole file."""
    if not isinstance(data, dict) or "entries" not in data:
        raise InputError("not a nato-glossary file (no 'entries' list)", str(path))
    version = data.get("schema_version")
    if version is None:
        raise InputError(
            "no 'schema_version': not a nato-glossary file, or one edited by "
            "hand; restore it from version control or rebuild it",
            str(path),
        )
    if can_migrate(version, SCHEMA_VERSION):
        data = migrate(data, SCHEMA_VERSION)
    elif version != SCHEMA_VERSION:
        raise InputError(
            f"unknown schema_version {version!r} (this nato-glossary reads 1 to "
            f"{SCHEMA_VERSION}); upgrade nato-glossary or rebuild the glossary",
            str(path),
        )
    for name in ("entries", "letters"):
        if not isinstance(data.get(name, []), list):
            kind = schema.json_type(data[name])
            raise InputError(f"invalid glossary: '{name}' must be a list, not {kind}", str(path))
    bad: set[int] = set()
    for index, problem in schema.entry_problems(data):
        if skip is None:
            raise InputError(f"invalid glossary {problem}; {_ADVICE}", str(path))
        skip(f"entry skipped: {problem}")
        bad.add(index)
    for problem in schema.letter_problems(data):
        raise InputError(f"invalid glossary {problem}; {_ADVICE}", str(path))
    for problem in schema.file_problems(data):
        raise InputError(f"invalid {problem}; {_ADVICE}", str(path))
    if bad:
        data = {**data, "entries": [e for i, e in enumerate(data["entries"]) if i not in bad]}
    return data


def from_data(
    data: Any, path: str | os.PathLike[str] = "<data>", skip: Skip | None = None
) -> Glossary:
    """A :class:`Glossary` from decoded JSON, checked first (:func:`check_data`): a problem
    is one InputError naming the file, the entry (number and id) and the field."""
    data = check_data(data, path, skip)
    try:
        return Glossary.from_json(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(
            f"invalid glossary entry ({exc.__class__.__name__}: {exc})", str(path)
        ) from None


NOT_FOUND = "glossary file not found; run 'glossary build' or pass --glossary"
EMPTY = "glossary file is empty; rebuild it with 'glossary build'"


def read_text(path: str | os.PathLike[str]) -> str:
    """The text of a glossary file (a regular file within the input size limit, see
    :mod:`glossary.limits`, UTF-8, not empty), or an :class:`InputError` saying why not."""
    from glossary.files import read_input
    from glossary.limits import INPUT_ENV, current

    p = Path(path)
    raw = read_input(
        p, "glossary file", current().input_bytes, missing=NOT_FOUND, limit_env=INPUT_ENV
    )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 (byte {exc.start}); is this a glossary JSON file?", str(p)
        ) from None
    if not text.strip():
        raise InputError(EMPTY, str(p))
    return text


def load(path: str | os.PathLike[str]) -> Glossary:
    """Load a glossary file, or raise :class:`InputError` saying what is wrong with it."""
    return parse(read_text(path), path)


def _parse_text(text: str, path: str | os.PathLike[str]) -> Glossary:
    if not text.strip():
        raise InputError(EMPTY, str(path))
    return parse(text, path)


def load_or_new(path: str | os.PathLike[str]) -> Glossary:
    """The glossary at ``path``, or a new empty one when the file does not exist yet."""
    return load(path) if Path(path).exists() else Glossary()


def save(glossary: Glossary, path: str | os.PathLike[str]) -> bool:
    """Write atomically; returns False (and leaves the file alone) when nothing changed."""
    return write_text_if_changed(path, dumps(glossary))


def document(path: str | os.PathLike[str], create: bool = False) -> Document:
    """The glossary file as one document of a :func:`glossary.store.transaction.update`;
    with ``create`` a missing file is a new empty glossary."""

    def read(text: str | None, target: Path) -> Glossary:
        if text is None:
            if create:
                return Glossary()
            raise InputError(NOT_FOUND, str(path))
        return _parse_text(text, path)

    return Document(path, read, dumps, what="glossary")


def update(
    path: str | os.PathLike[str],
    change: Callable[[Glossary], Any],
    create: bool = False,
    inputs: Iterable[str | os.PathLike[str] | None] = (),
) -> Any:
    """Lock, re-read, apply ``change``, write: concurrent writers never lose each other's work.

    Returns what ``change`` returned. With ``create`` a missing file starts an empty glossary.
    The write goes to the real file behind a symlink and never over one of ``inputs``
    (:mod:`glossary.store.transaction`).
    """
    return transaction.update([document(path, create)], change, inputs)
