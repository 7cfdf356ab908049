"""Reading an input file without surprises: only regular files, never more than a limit.

``/dev/zero`` would be read until memory runs out, a FIFO would block the run forever, a
directory or socket gives an obscure error. :func:`read_input` opens without blocking, looks
at what it opened and refuses anything but a regular file, then reads at most the limit
(:mod:`glossary.limits`) and says so when the file is larger. Every refusal is an
:class:`~glossary.errors.InputError` naming the file.
"""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

from glossary.errors import InputError
from glossary.limits import size

#: How a file that is not regular is named in messages.
KINDS = {
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a directory",
}


def kind_of(mode: int) -> str | None:
    """What a file of this ``st_mode`` is, when it is not a regular file (else None)."""
    if stat.S_ISREG(mode):
        return None
    return KINDS.get(stat.S_IFMT(mode), "not a regular file")


def not_regular(kind: str, what: str) -> str:
    """The message for a file that is not regular."""
    return f"not a regular file but {kind}; {what} is read from regular files only"


def read_input(
    path: str | os.PathLike[str],
    what: str,
    limit: int,
    *,
    missing: str | None = None,
    limit_env: str | None = None,
) -> bytes:
    """The bytes of the regular file ``path`` (a ``what``: "letter", "glossary"...), at most
    ``limit`` of them; anything else is a one-line InputError naming the file. ``missing`` is
    the message for a file that does not exist; ``limit_env`` names the variable that raises
    the limit."""
    name = os.fspath(path)
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError(missing or f"{what} not found", name) from None
    except IsADirectoryError:
        raise InputError(f"is a directory, expected a {what}", name) from None
    except OSError as exc:
        raise InputError(f"cannot read {what}: {exc.strerror or exc}", name) from None
    try:
        info = os.fstat(fd)
        kind = kind_of(info.st_mode)
        if kind == KINDS[stat.S_IFDIR]:
            raise InputError(f"is a directory, expected a {what}", name)
        if kind is not None:
            raise InputError(not_regular(kind, f"a {what}"), name)
        if info.st_size > limit:
            raise InputError(_too_large(what, info.st_size, limit, limit_env), name)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(f"cannot read {what}: {exc.strerror or exc}", name) from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise InputError(_too_large(what, len(data), limit, limit_env), name)
    return data


def read_stream(
    stream: BinaryIO, what: str, limit: int, name: str = "<stdin>", limit_env: str | None = None
) -> bytes:
    """At most ``limit`` bytes of a stream (standard input); more is an InputError."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(_too_large(what, len(data), limit, limit_env, at_least=True), name)
    return data


def _too_large(what: str, count: int, limit: int, env: str | None, at_least: bool = False) -> str:
    raise_it = f"; set {env} to allow more" if env else ""
    more = "more than " if at_least else ""
    return f"{what} of {more}{size(count)} is larger than the limit of {size(limit)}{raise_it}"
