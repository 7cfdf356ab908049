"""The text reader: letters as plain text or Markdown, UTF-8 (the first reader plug-in).

Covers ``.txt`` and ``.md`` files converted by hand or copied from a web page: the bytes are
decoded (BOM dropped, newlines normalised), cleaned (:mod:`glossary.corpus.clean`, with offsets
back to the decoded text) and their metadata parsed (:mod:`glossary.corpus.metadata`).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from glossary.corpus.assemble import make_letter_from_layout
from glossary.corpus.clean import TEXT_FILE, Lexicon, no_lexicon
from glossary.corpus.layout import Layout
from glossary.corpus.readers.registry import LetterFile, LetterReader
from glossary.errors import InputError
from glossary.model import Letter
from glossary.sanitize import blank, safe_name


def decode_letter(data: bytes, name: str) -> str:
    """UTF-8 text with newlines normalised, in Unicode NFC (``Oekraïne`` written with a
    combining diaeresis is the same word), control characters and bidi overrides blanked
    (:func:`glossary.sanitize.blank`); a one-line :class:`InputError` for anything else."""
    if not data.strip():
        raise InputError("empty file: no letter text", path=name)
    nul = data.find(b"\0")
    if nul >= 0:
        raise InputError(
            "binary file, not a text letter: a NUL byte (expected UTF-8 .txt or .md)",
            path=name,
            line=data.count(b"\n", 0, nul) + 1,
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"not UTF-8 (byte 0x{data[exc.start]:02x} cannot be decoded); save the letter as UTF-8",
            path=name,
            line=line,
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = blank(unicodedata.normalize("NFC", text))
    if not text.strip():
        raise InputError("empty file: no letter text", path=name)
    return text


def make_letter(text: str, letter_id: str, path: str, lexicon: Lexicon = no_lexicon) -> Letter:
    """A :class:`Letter` from its text: zones, footnotes, cleaned term text with offsets,
    italics and metadata."""
    layout = Layout(text=text, source=text, options=TEXT_FILE, source_format="text")
    return make_letter_from_layout(layout, letter_id, path, lexicon, safe_name(Path(path).name))


def read_text_letter(file: LetterFile, lexicon: Lexicon = no_lexicon) -> Letter:
    """A text or Markdown letter file, decoded and made into a :class:`Letter`."""
    return make_letter(decode_letter(file.data, file.name), file.letter_id, file.path, lexicon)


def looks_like_text(head: bytes) -> bool:
    """Text has no NUL byte (whatever its encoding: :func:`decode_letter` says if it is not
    UTF-8); anything else is a kind of file this reader does not take."""
    return b"\0" not in head


READER = LetterReader(
    name="text",
    description="plain text or Markdown, UTF-8",
    suffixes=(".txt", ".md"),
    aliases=(".markdown",),
    read=read_text_letter,
    sniff=looks_like_text,
)
