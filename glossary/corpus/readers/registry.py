"""The one registry of letter readers: which reader turns a file into a :class:`Letter`.

Each reader module declares ``READER = LetterReader(...)``: its name, the file suffixes it
reads, a one-line description, ``read`` (a :class:`LetterFile` → ``Letter``) and ``sniff``
(the file's leading bytes → "is this mine?"). A file goes to the reader of its suffix; a file
whose suffix no reader claims (a file named on the command line, standard input) goes to the
first reader, in :data:`MODULES` order, whose sniffer recognises its content. Directories and
globs contribute only files with a registered suffix.

Adding a reader (XML, HTML, PDF, DOCX, ODT) is one new module in this package that ends with
``READER = LetterReader(...)``, its name added to :data:`MODULES` (before the text reader,
whose sniffer accepts any text), and its tests. A reader module imports its heavy libraries
inside ``read``, so a kind of file that is not read costs nothing.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from typing import TYPE_CHECKING

from glossary.corpus.clean import Lexicon, no_lexicon
from glossary.errors import InputError, one_of

if TYPE_CHECKING:
    from glossary.model import Letter

#: The reader modules, in the order their sniffers are tried: the text reader last.
MODULES = (
    "glossary.corpus.readers.xml",
    "glossary.corpus.readers.html",
    "glossary.corpus.readers.docx",
    "glossary.corpus.readers.odt",
    "glossary.corpus.readers.pdf",
    "glossary.corpus.readers.text",
)

#: How many leading bytes of a file the sniffers see.
SNIFF_BYTES = 8192


@dataclass(frozen=True)
class LetterFile:
    """One letter's bytes before reading: the path as given (``-`` for standard input), the
    name messages use (the path, or ``<stdin>``) and the id the letter gets."""

    data: bytes
    path: str
    name: str
    letter_id: str


@dataclass(frozen=True)
class LetterReader:
    """What one kind of letter file is and how it is read and recognised.

    ``aliases`` are further suffixes the reader takes that messages do not list
    (``.markdown`` beside ``.md``).
    """

    name: str
    description: str
    suffixes: tuple[str, ...]
    read: Callable[[LetterFile, Lexicon], Letter]
    sniff: Callable[[bytes], bool]
    aliases: tuple[str, ...] = ()
    #: Endings of file names that go with a letter but are not letters (``metadata.xml``):
    #: directory walks leave them out.
    companions: tuple[str, ...] = ()


@cache
def all_readers() -> tuple[LetterReader, ...]:
    """Every registered reader, in :data:`MODULES` order."""
    return tuple(import_module(module).READER for module in MODULES)


@cache
def letter_suffixes() -> frozenset[str]:
    """Every suffix (lower case, aliases included) some reader takes."""
    return frozenset(s for r in all_readers() for s in (*r.suffixes, *r.aliases))


def listed_suffixes() -> tuple[str, ...]:
    """The suffixes messages name (aliases left out), in registry order."""
    return tuple(s for r in all_readers() for s in r.suffixes)


@cache
def companion_endings() -> tuple[str, ...]:
    """Every ending of a companion file name (lower case)."""
    return tuple(c.lower() for r in all_readers() for c in r.companions)


def is_letter_name(name: str) -> bool:
    """Would a directory walk take a file of this name (not hidden, a reader's suffix, not a
    companion file such as a ``metadata.xml``)?"""
    if name.startswith(".") or os.path.splitext(name)[1].lower() not in letter_suffixes():
        return False
    return not name.lower().endswith(companion_endings())


def by_suffix(path: str) -> LetterReader | None:
    """The reader of a file's suffix, ``None`` when no reader claims it."""
    suffix = os.path.splitext(path)[1].lower()
    for reader in all_readers():
        if suffix in reader.suffixes or suffix in reader.aliases:
            return reader
    return None


def sniff(head: bytes) -> LetterReader | None:
    """The first reader (in registry order) whose sniffer recognises these leading bytes."""
    for reader in all_readers():
        if reader.sniff(head):
            return reader
    return None


def reader_for(file: LetterFile) -> LetterReader:
    """The reader of a file: by its suffix, else by its content; neither is a one-line error
    naming the file and the kinds of letter file that are read."""
    reader = by_suffix(file.path) or sniff(file.data[:SNIFF_BYTES])
    if reader is None:
        raise InputError(
            f"unknown file type; letters are read from {one_of(listed_suffixes())} files",
            path=file.name,
        )
    return reader


def read_letter(file: LetterFile, lexicon: Lexicon = no_lexicon) -> Letter:
    """The :class:`Letter` in a file, read by its reader; bad input raises InputError, and so
    does a run of text longer than :attr:`glossary.limits.Limits.token_chars` without white
    space (analysing one 5 MB "word" takes gigabytes), whichever reader read it."""
    letter = reader_for(file).read(file, lexicon)
    check_tokens(letter, file.name)
    return letter


def check_tokens(letter: Letter, name: str) -> None:
    """Refuse a letter whose text has a "word" longer than the limit, naming its line."""
    from glossary.limits import TOKEN_ENV, current

    longest = current().token_chars
    found = _long_token(longest).search(letter.clean)
    if found is None:
        return
    start = letter.source_span(found.start(), found.start() + 1)[0]
    raise InputError(
        f"a 'word' of {len(found.group(0)):,} characters without a space, longer than the "
        f"limit of {longest:,}: is this running text? (set {TOKEN_ENV} to allow longer ones)",
        path=name,
        line=letter.text.count("\n", 0, start) + 1,
    )


@cache
def _long_token(longest: int) -> re.Pattern[str]:
    return re.compile(rf"\S{{{longest + 1},}}")
