"""Walking directory trees and expanding globs: each folder and each file once, regular files
only, in a fixed order.

A symbolic link back up the tree used to be followed until the system said "too many levels"
(one loop: the same letter read 41 times, its terms counted 41 times; two loops: a walk that
never ended), and Python's recursive ``glob`` does the same. Here every folder and file is
remembered by its (device, inode), so each is visited once however many links lead to it.
Entries are taken in sorted full-path order, one folder at a time (memory grows with the depth
of the tree, not its size). A wanted name that is not a regular file (a FIFO, a device, a
socket) is never opened: it is passed to ``skipped`` with the reason, or, without
``skipped``, yielded so that reading it reports the reason for that one file. Names that are
not valid UTF-8 are kept as Python gives them (undecodable bytes as lone surrogates, which
``open`` accepts); :func:`glossary.sanitize.safe_name` turns them into text to store or show.
"""

from __future__ import annotations

import glob
import os
import re
import stat
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

from glossary.files import kind_of

#: Told about a wanted entry the walk does not take: (path, why).
Skipped = Callable[[str, str], None]
#: Which file names a walk wants.
Accept = Callable[[str], bool]


def walk_files(root: str, accept: Accept, skipped: Skipped | None = None) -> Iterator[str]:
    """Files under ``root`` whose name ``accept`` takes, in sorted full-path order, each
    folder and file once (see the module docstring)."""
    seen: set[tuple[int, int]] = set()
    try:
        info = os.stat(root)
    except OSError:
        return
    seen.add((info.st_dev, info.st_ino))
    yield from _walk(root, accept, seen, skipped)


def _walk(
    folder: str, accept: Accept, seen: set[tuple[int, int]], skipped: Skipped | None
) -> Iterator[str]:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    keyed = []
    for entry in entries:
        try:
            info = entry.stat()  # follows symlinks: a link is what it points at
        except OSError:
            continue  # a dangling link or a vanished entry
        is_dir = stat.S_ISDIR(info.st_mode)
        keyed.append((entry.name + "/" if is_dir else entry.name, is_dir, entry, info))
    for _, is_dir, entry, info in sorted(keyed, key=lambda k: k[0]):
        if not is_dir and not accept(entry.name):
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen:
            continue  # reached again through a link: a loop, or a second name for it
        seen.add(key)
        if is_dir:
            yield from _walk(entry.path, accept, seen, skipped)
            continue
        path = str(Path(entry.path))
        kind = kind_of(info.st_mode)
        if kind is not None and skipped is not None:
            skipped(path, f"not a regular file but {kind}; skipped")
        else:
            yield path


def glob_files(pattern: str, accept: Accept, skipped: Skipped | None = None) -> list[str]:
    """The files a glob pattern names whose name ``accept`` takes, sorted. ``**`` (any
    depth) is matched over :func:`walk_files` of the pattern's fixed leading folder, so a
    symlink loop cannot repeat or trap it; other patterns use :func:`glob.glob`."""
    if "**" not in pattern:
        found = []
        for path in glob.glob(pattern):
            try:
                mode = os.stat(path).st_mode
            except OSError:
                continue
            if stat.S_ISDIR(mode) or not accept(os.path.basename(path)):
                continue
            kind = kind_of(mode)
            if kind is not None and skipped is not None:
                skipped(path, f"not a regular file but {kind}; skipped")
            else:
                found.append(path)
        return sorted(found)
    parts = pattern.split("/")
    first = next(i for i, part in enumerate(parts) if glob.has_magic(part))
    fixed = parts[:first]
    base = "/".join(fixed) if any(fixed) else ("/" if pattern.startswith("/") else ".")
    matcher = _regex("/".join(parts[first:]))
    out = []
    for path in walk_files(base, accept, skipped):
        relative = os.path.relpath(path, base)
        if matcher.fullmatch(relative.replace(os.sep, "/")):
            out.append(path)
    return sorted(out)


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    """A glob pattern (relative, ``/``-separated) as a regex: ``**`` any number of folders,
    ``*`` and ``?`` within one name, ``[...]`` a class (``[!...]`` negated)."""
    out: list[str] = []
    parts = pattern.split("/")
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if part == "**":
            out.append(".*" if last else "(?:[^/]+/)*")
            continue
        i, piece = 0, []
        while i < len(part):
            char = part[i]
            if char == "*":
                piece.append("[^/]*")
            elif char == "?":
                piece.append("[^/]")
            elif char == "[" and (end := part.find("]", i + 2)) != -1:
                body = part[i + 1 : end]
                negate = body.startswith("!")
                body = re.escape(body[1:] if negate else body).replace("\\-", "-")
                piece.append(f"[{'^' if negate else ''}{body}]")
                i = end
            else:
                piece.append(re.escape(char))
            i += 1
        out.append("".join(piece) + ("" if last else "/"))
    return re.compile("".join(out))
