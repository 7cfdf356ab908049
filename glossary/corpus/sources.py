"""Input at archive scale: letter paths streamed from directories, globs and manifests.

:func:`glossary.corpus.letters.resolve_inputs` builds the whole list of paths up front; here the
same inputs (files, directory trees, globs, ``-``) are walked lazily in the same order (a
directory's files in sorted full-path order), and a manifest file lists one path per line
(``#`` comments and blank lines skipped; relative paths are relative to the manifest; ``-``
reads the list from standard input). Directory trees are walked by
:mod:`glossary.corpus.walk` (each folder and file once, through symlink loops too). Only the
paths already seen are remembered (to drop duplicates), never the documents. A path listed in
a manifest that cannot be found is not fatal at archive scale: it is yielded with its manifest
line, so the run reports it as a failed document.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from glossary.corpus.letters import STDIN
from glossary.corpus.readers.registry import listed_suffixes
from glossary.corpus.walk import glob_letters, walk_letters
from glossary.errors import InputError, one_of


@dataclass(frozen=True)
class Source:
    """One document to read: its path and, for manifest entries, where it was listed."""

    path: str
    listed_at: str | None = None


def _expand(item: str) -> Iterator[str]:
    """One command-line input → letter paths (same rules as ``resolve_inputs``)."""
    if item == STDIN:
        yield STDIN
        return
    path = Path(item)
    if path.is_dir():
        found = False
        for p in walk_letters(item):
            found = True
            yield p
        if not found:
            raise InputError(f"no {one_of(listed_suffixes())} letters in this directory", path=item)
    elif path.exists():
        yield item  # a file named on the command line; reading it says if it is no letter
    elif glob.has_magic(item):
        found_paths = glob_letters(item)
        if not found_paths:
            raise InputError(
                f"no {one_of(listed_suffixes())} letters match this pattern", path=item
            )
        yield from found_paths
    else:
        raise InputError("no such file or directory", path=item)


def read_manifest(stream: TextIO, name: str, base: Path) -> Iterator[Source]:
    """Paths listed one per line in a manifest (comments ``#`` and blank lines skipped)."""
    for number, line in enumerate(stream, start=1):
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        if "\x00" in entry:
            raise InputError(
                "a listed path contains a NUL byte: the manifest is a binary "
                "file, not one path per line",
                path=name,
                line=number,
            )
        try:
            path = Path(entry).expanduser()
        except RuntimeError:  # ~name of a user this system does not know: taken as written
            path = Path(entry)
        if not path.is_absolute():
            path = base / path
        yield Source(str(path), f"{name}:{number}")


def _manifest(manifest: str, stdin: TextIO | None) -> Iterator[Source]:
    if manifest == STDIN:
        yield from read_manifest(stdin or sys.stdin, "<stdin>", Path.cwd())
        return
    path = Path(manifest)
    _check_manifest(manifest)
    try:
        with path.open(encoding="utf-8") as stream:
            yield from read_manifest(stream, manifest, path.parent)
    except UnicodeDecodeError:
        raise InputError("manifest is not UTF-8 text (one path per line)", path=manifest) from None


def _check_manifest(manifest: str) -> None:
    """A manifest must be an existing regular file (a FIFO would block the run)."""
    from glossary.files import kind_of, not_regular

    try:
        mode = os.stat(manifest).st_mode
    except OSError:
        raise InputError("manifest not found", path=manifest) from None
    kind = kind_of(mode)
    if kind is not None:
        raise InputError(not_regular(kind, "a manifest"), path=manifest)


def iter_sources(
    inputs: Sequence[str] = (), manifest: str | None = None, stdin: TextIO | None = None
) -> Iterator[Source]:
    """Every document named by ``inputs`` and then by ``manifest``, once, lazily."""
    if not inputs and manifest is None:
        raise InputError(
            "no input: give letter files, directories, globs, - for stdin, or --manifest FILE"
        )
    seen: set[str] = set()

    def fresh(items: Iterable[Source]) -> Iterator[Source]:
        for src in items:
            if src.path not in seen:
                seen.add(src.path)
                yield src

    for item in inputs:
        yield from fresh(Source(p) for p in _expand(item))
    if manifest is not None:
        yield from fresh(_manifest(manifest, stdin))


def check_inputs(inputs: Sequence[str] = (), manifest: str | None = None) -> None:
    """Fail fast (before any cluster starts) on a missing input, an empty directory or glob,
    a missing manifest, or standard input asked for twice."""
    if not inputs and manifest is None:
        raise InputError(
            "no input: give letter files, directories, globs, - for stdin, or --manifest FILE"
        )
    if manifest == STDIN and STDIN in inputs:
        raise InputError("standard input can hold letters or a manifest, not both")
    for item in inputs:
        next(_expand(item), None)
    if manifest not in (None, STDIN):
        _check_manifest(manifest)


def count_sources(inputs: Sequence[str] = (), manifest: str | None = None) -> int | None:
    """How many documents :func:`iter_sources` will yield (``None`` when reading stdin)."""
    if manifest == STDIN:
        return None
    return sum(1 for _ in iter_sources(inputs, manifest))
