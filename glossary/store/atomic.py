"""The one way the tool writes a file: to the real file, atomically, or not at all.

Every write goes to the file the path really names (symlinks followed, so a symlinked glossary
gets the decision and stays a symlink); a directory, FIFO, device or socket is refused, and so
is a target that is also an input of the command (``--out`` equal to ``--glossary``). The data
goes to a temporary file beside the target (``.<name>.<pid>-<random>.tmp``), is flushed to
disk, then renamed over the target: a crash leaves the old or the new file, never half of one.
A failure removes the temporary file, and the temporary files that writers killed half-way
left behind are removed by the next write of the same file. Operating-system failures (disk
full, read-only file system, permission denied, file too large) are one-line
:class:`WriteError` messages that say nothing was changed.

:mod:`glossary.store.transaction` builds on this for decisions that change several files.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from glossary.errors import GlossaryError
from glossary.files import kind_of

#: What to do about an operating-system error while writing.
ADVICE = {
    errno.ENOSPC: "free some disk space and run again",
    errno.EDQUOT: "free some space within your quota and run again",
    errno.EROFS: "the file system is read-only; write somewhere else",
    errno.EACCES: "check the permissions of the file and its folder",
    errno.EPERM: "check the permissions of the file and its folder",
    errno.EISDIR: "give the name of a file, not of a directory",
    errno.EFBIG: "the file is larger than this process may write (ulimit -f)",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.ELOOP: "the path is a loop of symbolic links",
    errno.ENAMETOOLONG: "use a shorter file name",
}
_TEMP = re.compile(r"\.(?P<name>.+)\.(?:(?P<pid>\d+)-)?[^.]*\.tmp")


class WriteError(GlossaryError):
    """A file could not be written (or would be wrong to write); nothing was changed."""


def failure(exc: OSError, path: str | os.PathLike[str], doing: str = "write") -> WriteError:
    """The one-line error for an operating-system failure while writing ``path``."""
    advice = ADVICE.get(exc.errno or 0, "")
    reason = exc.strerror or str(exc)
    tail = f"; {advice}" if advice else ""
    return WriteError(f"cannot {doing}: {reason}{tail} (nothing was changed)", os.fspath(path))


def real_target(path: str | os.PathLike[str]) -> Path:
    """The file a write to ``path`` changes: symlinks followed to the real file. A directory,
    FIFO, device or socket is refused, and so is a path that cannot be resolved."""
    try:
        real = Path(os.path.realpath(path))
        info = os.stat(real)
    except FileNotFoundError:
        return real
    except OSError as exc:
        raise failure(exc, path) from None
    kind = kind_of(info.st_mode)
    if kind == "a directory":
        raise WriteError("is a directory; give the name of a file to write", os.fspath(path))
    if kind is not None:
        raise WriteError(
            f"not a regular file but {kind}; the tool only writes regular files",
            os.fspath(path),
        )
    return real


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """True when two paths name one file (through symlinks or hard links)."""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def refuse_inputs(
    path: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str] | None]
) -> None:
    """Refuse to write ``path`` when it is one of the command's inputs."""
    for given in inputs:
        if given is not None and os.fspath(given) != "-" and same_file(path, given):
            raise WriteError(
                f"this is an input of the command too ({os.fspath(given)}); writing it would "
                "destroy what is being read: write the output elsewhere",
                os.fspath(path),
            )


def remove_stale_temps(target: Path, *, locked: bool = False) -> None:
    """Remove temporary files earlier writes of ``target`` left behind when they were killed:
    those of processes no longer running, or, with the target's lock held, all of them."""
    try:
        names = os.listdir(target.parent)
    except OSError:
        return
    for name in names:
        found = _TEMP.fullmatch(name)
        if found is None or found.group("name") != target.name:
            continue
        pid = found.group("pid")
        if not locked and (pid is None or int(pid) == os.getpid() or _alive(int(pid))):
            continue
        with contextlib.suppress(OSError):
            os.unlink(target.parent / name)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def prepare(target: Path, data: bytes) -> str:
    """Write ``data`` to a flushed temporary file beside ``target``; returns its path. On
    failure nothing is left behind and a :class:`WriteError` says why."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(
            prefix=f".{target.name}.{os.getpid()}-", suffix=".tmp", dir=target.parent
        )
    except OSError as exc:
        raise failure(exc, target) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            mode = os.stat(target).st_mode & 0o777
        except FileNotFoundError:
            mode = 0o644
        os.chmod(tmp, mode)
    except OSError as exc:
        discard(tmp)
        raise failure(exc, target) from None
    except BaseException:
        discard(tmp)
        raise
    return tmp


def commit(tmp: str, target: Path) -> None:
    """Rename a prepared temporary file over ``target`` (atomic on one file system)."""
    try:
        os.replace(tmp, target)
    except OSError as exc:
        discard(tmp)
        raise failure(exc, target) from None
    _sync_folder(target.parent)


def discard(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every file system allows it)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_bytes(
    path: str | os.PathLike[str],
    data: bytes,
    inputs: Iterable[str | os.PathLike[str] | None] = (),
) -> Path:
    """Replace the real file of ``path`` with ``data`` atomically; returns the file written.
    ``inputs`` are the command's input files, which it refuses to overwrite."""
    refuse_inputs(path, inputs)
    target = real_target(path)
    remove_stale_temps(target)
    commit(prepare(target, data), target)
    return target


def write_text(
    path: str | os.PathLike[str], text: str, inputs: Iterable[str | os.PathLike[str] | None] = ()
) -> Path:
    """Atomic UTF-8 text write with ``\\n`` line endings (see :func:`write_bytes`)."""
    return write_bytes(path, text.encode("utf-8"), inputs)


def write_text_if_changed(path: str | os.PathLike[str], text: str) -> bool:
    """Atomic write unless the file already holds ``text``; True when it was written."""
    target = real_target(path)
    try:
        if target.read_text(encoding="utf-8") == text:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    write_text(target, text)
    return True
