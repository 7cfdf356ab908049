"""Letters to parliament from the command line's inputs: the one place to import them from.

Input: letter files, directories (searched recursively), glob patterns, or ``-`` for standard
input. Each file is read by its reader (:mod:`glossary.corpus.readers.registry`: plain text and
Markdown today) into a :class:`glossary.model.Letter` with its metadata (dossier, number, date,
sender, title; ``None`` when missing) and a cleaned text whose ``letter.offsets[i]`` points
every cleaned character back at the original, so extraction can report spans into what the
user wrote. Cleaning is :mod:`glossary.corpus.clean`, metadata :mod:`glossary.corpus.metadata`;
their public functions are importable from here too.
"""

from __future__ import annotations

import glob
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from glossary.corpus.clean import Cleaned, Lexicon, clean_text, no_lexicon
from glossary.corpus.metadata import parse_metadata
from glossary.corpus.readers.registry import (
    LetterFile,
    LetterReader,
    listed_suffixes,
    read_letter,
)
from glossary.corpus.readers.text import decode_letter, make_letter
from glossary.corpus.walk import glob_letters, walk_letters
from glossary.errors import InputError, one_of
from glossary.model import Letter
from glossary.sanitize import safe_name

__all__ = [
    "STDIN",
    "Cleaned",
    "LetterFile",
    "LetterReader",
    "Lexicon",
    "clean_text",
    "decode_letter",
    "iter_letters",
    "letter_id_for",
    "make_letter",
    "no_lexicon",
    "parse_metadata",
    "read_letter",
    "read_letters",
    "resolve_inputs",
]

STDIN = "-"


def resolve_inputs(inputs: Sequence[str]) -> list[str]:
    """Files, directories (recursive), globs and ``-`` expanded to letter paths, in order.

    A named file is taken whatever its suffix (its reader is then chosen by content);
    directories and globs contribute files with a reader's suffix only. Raises
    :class:`InputError` for a missing path or when nothing is found.
    """
    if not inputs:
        raise InputError("no input: give letter files, directories, globs or - for stdin")
    out: list[str] = []
    for item in inputs:
        if item == STDIN:
            out.append(STDIN)
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(walk_letters(item, skipped=_warn_skipped))
            if not found:
                raise InputError(
                    f"no {one_of(listed_suffixes())} letters in this directory", path=item
                )
            out.extend(found)
        elif path.exists():
            out.append(item)  # named on the command line: reading it says if it is no letter
        elif glob.has_magic(item):
            found = glob_letters(item, skipped=_warn_skipped)
            if not found:
                raise InputError(
                    f"no {one_of(listed_suffixes())} letters match this pattern", path=item
                )
            out.extend(found)
        else:
            raise InputError("no such file or directory", path=item)
    return list(dict.fromkeys(out))


def _warn_skipped(path: str, why: str) -> None:
    import warnings

    warnings.warn(f"{safe_name(path)}: {why}", stacklevel=4)


def letter_id_for(path: str, taken: set[str]) -> str:
    """A unique id: the file name without suffix (``kst-28676-328``), ``stdin`` for ``-``.
    A name that is not valid UTF-8 or holds a control character (a newline) has U+FFFD in
    their place (:func:`glossary.sanitize.safe_name`), so the id can be stored and shown."""
    base = "stdin" if path == STDIN else safe_name(Path(path).stem)
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    taken.add(candidate)
    return candidate


def iter_letters(
    paths: Iterable[str], lexicon: Lexicon = no_lexicon, stdin: BinaryIO | None = None
) -> Iterator[Letter]:
    """Read each resolved path with its reader lazily (one letter in memory at a time)."""
    taken: set[str] = set()
    for path in paths:
        if path == STDIN:
            data = read_letter_stream(stdin if stdin is not None else sys.stdin.buffer)
            name = "<stdin>"
        else:
            data = read_letter_file(path)
            name = path
        yield read_letter(LetterFile(data, path, name, letter_id_for(path, taken)), lexicon)


def read_letter_file(path: str) -> bytes:
    """The bytes of a letter file: a regular file within the size limit
    (:mod:`glossary.limits`), else a one-line InputError naming it."""
    from glossary.files import read_input
    from glossary.limits import LETTER_ENV, current

    return read_input(
        path,
        "letter",
        current().letter_bytes,
        missing="cannot read: no such file",
        limit_env=LETTER_ENV,
    )


def read_letter_stream(stream: BinaryIO) -> bytes:
    """A letter from standard input, within the size limit."""
    from glossary.files import read_stream
    from glossary.limits import LETTER_ENV, current

    return read_stream(stream, "letter", current().letter_bytes, limit_env=LETTER_ENV)


def read_letters(
    inputs: Sequence[str], lexicon: Lexicon = no_lexicon, stdin: BinaryIO | None = None
) -> list[Letter]:
    """All letters named by ``inputs`` (files, directories, globs, ``-``)."""
    return list(iter_letters(resolve_inputs(inputs), lexicon, stdin))
