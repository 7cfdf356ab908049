"""Read and write ``glossary.json``: schema check, atomic replace, a lock between writers.

Files of an older schema version are upgraded on load (:mod:`glossary.store.migrate`) and
written in the current version by the next write. Readers get a clear one-line
:class:`~glossary.errors.InputError` naming the file (and line and column for malformed JSON);
the file on disk is never left half-written.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from glossary.errors import InputError
from glossary.model import SCHEMA_VERSION, Glossary
from glossary.store.atomic import write_text_if_changed
from glossary.store.migrate import can_migrate, migrate

LOCK_TIMEOUT = 60.0


def dumps(glossary: Glossary) -> str:
    """The canonical text of a glossary: sorted keys, two-space indent, UTF-8, final newline."""
    return json.dumps(glossary.to_json(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def parse(text: str, path: str | os.PathLike[str] = "<string>") -> Glossary:
    """Parse glossary JSON text; errors name the file, line and column."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"malformed glossary JSON at column {exc.colno}: {exc.msg}; "
            "fix the file or restore it from version control",
            str(path),
            exc.lineno,
        ) from None
    return from_data(data, path)


def from_data(data: Any, path: str | os.PathLike[str] = "<data>") -> Glossary:
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
    try:
        return Glossary.from_json(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(
            f"invalid glossary entry ({exc.__class__.__name__}: {exc})", str(path)
        ) from None


def load(path: str | os.PathLike[str]) -> Glossary:
    """Load a glossary file, or raise :class:`InputError` saying what is wrong with it."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise InputError(
            "glossary file not found; run 'glossary build' or pass --glossary", str(p)
        ) from None
    except IsADirectoryError:
        raise InputError("is a directory, expected a glossary JSON file", str(p)) from None
    except OSError as exc:
        raise InputError(f"cannot read glossary: {exc.strerror}", str(p)) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 (byte {exc.start}); is this a glossary JSON file?", str(p)
        ) from None
    if not text.strip():
        raise InputError("glossary file is empty; rebuild it with 'glossary build'", str(p))
    return parse(text, p)


def load_or_new(path: str | os.PathLike[str]) -> Glossary:
    """The glossary at ``path``, or a new empty one when the file does not exist yet."""
    return load(path) if Path(path).exists() else Glossary()


def save(glossary: Glossary, path: str | os.PathLike[str]) -> bool:
    """Write atomically; returns False (and leaves the file alone) when nothing changed."""
    return write_text_if_changed(path, dumps(glossary))


@contextmanager
def locked(path: str | os.PathLike[str], timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the writer lock of a glossary file (``<file>.lock`` beside it)."""
    from filelock import FileLock, Timeout

    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(p) + ".lock")
    try:
        with lock.acquire(timeout=timeout):
            yield
    except Timeout:
        raise InputError(
            f"another process holds the lock {p}.lock for over {timeout:.0f} s; "
            "wait for it to finish or remove a stale lock file",
            str(p),
        ) from None


def update(
    path: str | os.PathLike[str], change: Callable[[Glossary], Any], create: bool = False
) -> Any:
    """Lock, re-read, apply ``change``, write: concurrent writers never lose each other's work.

    Returns what ``change`` returned. With ``create`` a missing file starts an empty glossary.
    """
    with locked(path):
        glossary = load_or_new(path) if create else load(path)
        result = change(glossary)
        save(glossary, path)
        return result
