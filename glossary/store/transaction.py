"""Changes to one or several files as one unit: lock, re-read, change, write all or nothing.

A reviewer's decision can touch two files: ``glossary reject`` removes the entry from the
glossary and adds it to the reject list. :func:`update` locks the real file of each (in one
order, so two writers never wait for each other), re-reads them, lets the change work on the
parsed values, and writes the ones that changed through :mod:`glossary.store.atomic`: first
every new content to its temporary file (where a full disk or a read-only file system shows),
then the renames. Should a rename still fail, the files already replaced get their old
content back. Either every file has the decision or none has.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from glossary.errors import InputError
from glossary.store import atomic

LOCK_TIMEOUT = 60.0


@dataclass(frozen=True)
class Document:
    """One file of a transaction: where it is, how its text becomes a value (``None``: the
    file does not exist yet) and how the value becomes text again."""

    path: str | os.PathLike[str]
    parse: Callable[[str | None, Path], Any]
    dump: Callable[[Any], str]
    #: What the file is, for messages ("glossary", "reject list").
    what: str = "file"
    #: Its size limit when read (:mod:`glossary.limits`).
    limit: int | None = None


@contextmanager
def locked(target: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the writer lock of a real file (``<file>.lock`` beside it); temporary files of
    killed writers of it are removed once the lock is held."""
    from filelock import FileLock, Timeout

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(target) + ".lock")
        with lock.acquire(timeout=timeout):
            atomic.remove_stale_temps(target, locked=True)
            yield
    except Timeout:
        raise InputError(
            f"another process holds the lock {target}.lock for over {timeout:.0f} s; "
            "wait for it to finish or remove a stale lock file",
            str(target),
        ) from None
    except OSError as exc:
        raise atomic.failure(exc, f"{target}.lock", "lock the file") from None


def read_text(target: Path, what: str, limit: int | None = None) -> str | None:
    """The UTF-8 text of a real file, ``None`` when it does not exist."""
    from glossary.files import read_input
    from glossary.limits import INPUT_ENV, current

    if not target.exists():
        return None
    raw = read_input(target, what, limit or current().input_bytes, limit_env=INPUT_ENV)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"not UTF-8 (byte {exc.start}); is this a {what}?", str(target), line
        ) from None


def update(
    documents: Sequence[Document],
    change: Callable[..., Any],
    inputs: Iterable[str | os.PathLike[str] | None] = (),
) -> Any:
    """Lock, re-read, ``change(*values)``, write every changed file as one unit; returns what
    ``change`` returned. ``inputs`` are files the command reads, which none may be."""
    inputs = list(inputs)
    for doc in documents:
        atomic.refuse_inputs(doc.path, inputs)
    targets = [atomic.real_target(d.path) for d in documents]
    for i, target in enumerate(targets):
        for other, doc in zip(targets[:i], documents, strict=False):
            if atomic.same_file(target, other):
                raise atomic.WriteError(
                    f"the {documents[i].what} and the {doc.what} are one file; give each its own",
                    str(documents[i].path),
                )
    with ExitStack() as stack:
        for target in sorted(set(targets)):
            stack.enter_context(locked(target))
        texts = [read_text(t, d.what, d.limit) for t, d in zip(targets, documents, strict=True)]
        values = [d.parse(text, t) for d, text, t in zip(documents, texts, targets, strict=True)]
        result = change(*values)
        news = [d.dump(v) for d, v in zip(documents, values, strict=True)]
        write_all(
            [(t, old, new) for t, old, new in zip(targets, texts, news, strict=True) if new != old]
        )
    return result


def write_all(changes: Sequence[tuple[Path, str | None, str]]) -> None:
    """Write each ``(target, old text or None, new text)`` as one unit (see the module)."""
    prepared: list[tuple[Path, str | None, str]] = []
    try:
        for target, old, new in changes:
            prepared.append((target, old, atomic.prepare(target, new.encode("utf-8"))))
    except BaseException:
        for _, _, tmp in prepared:
            atomic.discard(tmp)
        raise
    done: list[tuple[Path, str | None]] = []
    try:
        for target, old, tmp in prepared:
            atomic.commit(tmp, target)
            done.append((target, old))
    except BaseException:
        for _, _, tmp in prepared[len(done) + 1 :]:
            atomic.discard(tmp)
        _restore(done)
        raise


def _restore(done: list[tuple[Path, str | None]]) -> None:
    """Put back the old content of files already replaced when a later rename failed."""
    for target, old in reversed(done):
        try:
            if old is None:
                os.unlink(target)
            else:
                atomic.commit(atomic.prepare(target, old.encode("utf-8")), target)
        except (OSError, atomic.WriteError):
            continue  # the error being raised already says the write failed
