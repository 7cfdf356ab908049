"""The output policy: which characters text may bring in, and how it may go out.

Text that comes in from files, providers and the command line loses its control characters
(C0 except tab and newline, DEL, C1), whole terminal escape sequences (``ESC [ 2 J``,
``ESC ] 0 ; title BEL``) and the bidi embeddings, overrides and isolates (U+202A–U+202E,
U+2066–U+2069) that reorder what follows them: :func:`clean`, or :func:`clean_line` for a
one-line value. Text going out is escaped for where it goes: on a terminal every such
character that is still there (a glossary edited by hand) is shown as ``\\u001b`` and never
sent raw (:func:`for_terminal`, which keeps JSON valid), error messages are one line
(:func:`one_line`), spreadsheet cells that would run as a formula get a leading ``'``
(:func:`csv_cell`) and Markdown is escaped as text (:func:`markdown`).

Kept free of heavy imports: the CLI's error path and ``glossary lookup`` use it.
"""

from __future__ import annotations

import re
from functools import cache

#: Characters never kept in text: C0 controls but tab and newline, DEL, C1 controls, the bidi
#: embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI), and
#: lone surrogates (undecodable bytes of a file name). A carriage return before a newline is
#: a line ending, not a control character. Every one of them is unprintable
#: (``str.isprintable``), so printable text is safe without this regex.
_UNSAFE_CLASS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
UNSAFE = f"[{_UNSAFE_CLASS}]|\r(?!\n)"
#: Terminal escape sequences removed as a whole at input (ECMA-48: CSI, OSC, the two-byte
#: escapes, and their 8-bit C1 forms), so no ``[2J`` is left behind.
_SEQUENCE = (
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b\][^\x07\x1b\x9c]{0,512}(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|\x9d[^\x07\x1b\x9c]{0,512}(?:\x07|\x1b\\|\x9c)?"
)
_SPACES = re.compile(r"\s+")
_LINE_BREAKS = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
#: What a spreadsheet runs as a formula when a cell starts with it.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """:data:`UNSAFE` or ``_SEQUENCE`` compiled on first use: output that is printable, as a
    ``glossary lookup`` answer mostly is, never needs them (0.6 ms of its start-up)."""
    return re.compile(pattern)


def is_clean(text: str) -> bool:
    """True when ``text`` holds none of the characters :func:`clean` removes."""
    return text.isprintable() or _compiled(UNSAFE).search(text) is None


def clean(text: str) -> str:
    """``text`` without control characters, escape sequences and bidi overrides (tabs,
    newlines and CRLF line ends kept); lone surrogates become U+FFFD."""
    if is_clean(text):
        return text
    text = _compiled(_SEQUENCE).sub("", text)
    return _compiled(UNSAFE).sub(_drop, text)


def _drop(match: re.Match[str]) -> str:
    char = match.group(0)
    return "\ufffd" if "\ud800" <= char <= "\udfff" else ""


def clean_line(text: str) -> str:
    """One cleaned line: :func:`clean`, then every run of white space (tabs and line breaks
    included) as one space, outer white space removed."""
    return _SPACES.sub(" ", clean(text)).strip()


def blank(text: str) -> str:
    """``text`` with each character :func:`clean` removes replaced by a space (lone
    surrogates by U+FFFD): the length stays, so offsets into it stay valid."""
    if is_clean(text):
        return text
    return _compiled(UNSAFE).sub(
        lambda m: "\ufffd" if "\ud800" <= m.group(0) <= "\udfff" else " ", text
    )


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group(0)):04x}"


def for_terminal(text: str) -> str:
    """``text`` safe to print: every character :func:`clean` would remove shown as
    ``\\uXXXX`` (tab, newline and CRLF kept). Inside JSON strings that is the same value."""
    if is_clean(text):
        return text
    return _compiled(UNSAFE).sub(_escape, text)


def one_line(text: str) -> str:
    """:func:`for_terminal`, with tabs and line breaks shown as ``\\t``, ``\\n``, ``\\r``:
    a message that stays on one line whatever file name or value it quotes."""
    text = for_terminal(text)
    if "\n" in text or "\r" in text or "\t" in text:
        text = "".join(_LINE_BREAKS.get(ch, ch) for ch in text)
    return text


def safe_name(name: str) -> str:
    """A file name as text that can be stored and shown: undecodable bytes (lone surrogates)
    become U+FFFD and control characters (a newline in a name) become U+FFFD too."""
    if is_clean(name) and "\n" not in name and "\t" not in name:
        return name
    return re.sub(f"[{_UNSAFE_CLASS}\n\t\r]", "\ufffd", name)


def escape_formula(cell: str) -> str:
    """Prefix ``'`` to a cell a spreadsheet would evaluate (also to ``'=…`` so it
    round-trips)."""
    return "'" + cell if cell.lstrip("'").startswith(FORMULA_START) else cell


def unescape_formula(cell: str) -> str:
    """The inverse of :func:`escape_formula`."""
    if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_START):
        return cell[1:]
    return cell


def csv_cell(value: object) -> object:
    """A value as every CSV output writes it: text with formula escaping, numbers as they
    are, ``None`` as an empty cell."""
    if value is None:
        return ""
    if isinstance(value, str):
        return escape_formula(value)
    return value


def markdown(text: str) -> str:
    """Text as literal Markdown on one line: HTML escaped (``<script>`` shows as text),
    Markdown syntax and table pipes backslash-escaped, line breaks as spaces."""
    from html import escape

    flat = _SPACES.sub(" ", clean(text)).strip()
    return _MARKDOWN_SPECIAL.sub(r"\\\1", escape(flat, quote=False))
