"""PO files read as strictly as gettext's own ``msgfmt`` reads them.

polib is lenient where a translator's mistake must not pass: an unterminated string is cut
(``msgstr "deterrence posture`` becomes ``deterrence postur``), ``\\x41`` and ``\\101`` stay
as written, an invalid ``\\q`` is kept, extra plural forms are dropped. This reader follows
gettext's lexer (``po-lex.c``) and grammar instead: every line is a keyword, a string, a
comment or blank; every string is closed on its line; escapes are decoded as gettext decodes
them (``\\n \\t \\b \\r \\f \\v \\a \\\\ \\"``, one to three octal digits, ``\\x`` and hex
digits, as bytes in the file's character set) and any other is an error; ``msgstr[N]`` count
up from 0 and there are as many as the header's ``Plural-Forms: nplurals=N`` (2 without
one); a message is defined once. NUL is refused anywhere. Every error is an
:class:`~glossary.errors.InputError` naming the file and line.

The result is plain data (:class:`Catalog`, :class:`Message`); polib still writes PO files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from glossary.errors import InputError

KEYWORDS = ("msgctxt", "msgid", "msgid_plural", "msgstr", "domain")
#: The escapes gettext knows besides octal and ``\x`` (``po-lex.c``, ``control_sequence``).
SIMPLE_ESCAPES = {
    "n": "\n",
    "t": "\t",
    "b": "\b",
    "r": "\r",
    "f": "\f",
    "v": "\v",
    "a": "\a",
    "\\": "\\",
    '"': '"',
}
_OCTAL = re.compile(r"[0-7]{1,3}")
_HEX = re.compile(r"[0-9A-Fa-f]+")
_WORD = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
_NUMBER = re.compile(r"[0-9]+")
_NPLURALS = re.compile(r"nplurals\s*=\s*(\d+)")
#: gettext's separator of context and id in ``.mo`` files: no string may hold it.
CONTEXT_SEPARATOR = "\x04"


@dataclass
class Message:
    """One message: its strings decoded, its flags, where it is (``line`` is its first
    keyword, ``msgstr_line`` that of its first ``msgstr``)."""

    line: int
    msgid: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr: str = ""
    msgstr_plural: dict[int, str] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    obsolete: bool = False
    msgstr_line: int = 0
    #: The extracted comments (``#.``) and translator comments (``#``), one line each, as
    #: polib names them.
    comment: str = ""
    tcomment: str = ""


@dataclass
class Catalog:
    """A PO file: its messages (the header included), the header's fields, and the number of
    plural forms the header gives (None without ``Plural-Forms``)."""

    messages: list[Message]
    metadata: dict[str, str]
    nplurals: int | None
    #: Where the header's ``Plural-Forms`` is (for messages about it).
    plural_forms_line: int | None = None

    def __iter__(self) -> Iterator[Message]:
        return iter(self.messages)


@dataclass(frozen=True)
class _Token:
    kind: str  # keyword, string, number, "[", "]", flags, comment
    value: str
    line: int
    obsolete: bool
    previous: bool


class _Lexer:
    """gettext's PO lexer: tokens with their line; comments other than flags are skipped."""

    def __init__(self, text: str, path: str, charset: str) -> None:
        self.text = text
        self.path = path
        self.charset = charset

    def error(self, message: str, line: int | None) -> InputError:
        return InputError(f"malformed PO file: {message}", self.path, line)

    def tokens(self) -> list[_Token]:
        out: list[_Token] = []
        for number, raw in enumerate(self.text.split("\n"), start=1):
            line = raw.removesuffix("\r")
            if "\0" in line:
                raise self.error("a NUL byte (binary data, not PO text)", number)
            self.line_tokens(line, number, out)
        return out

    def line_tokens(self, line: str, number: int, out: list[_Token]) -> None:
        obsolete = previous = False
        i = 0
        stripped = line.lstrip(" \t\f\v")
        if stripped.startswith("#"):
            i = len(line) - len(stripped) + 1
            if line[i : i + 1] == "~":
                obsolete, i = True, i + 1
                if line[i : i + 1] == "|":
                    previous, i = True, i + 1
            elif line[i : i + 1] == "|":
                previous, i = True, i + 1
            elif line[i : i + 1] == ",":
                flags = [f.strip() for f in line[i + 1 :].split(",") if f.strip()]
                out.append(_Token("flags", ",".join(flags), number, False, False))
                return
            else:  # a translator, extracted or reference comment: kind and text kept
                kind = line[i : i + 1] if line[i : i + 1] in (".", ":") else " "
                text = line[i + 1 :] if kind != " " else line[i:]
                out.append(_Token("comment", kind + text.strip(), number, False, False))
                return
        while i < len(line):
            char = line[i]
            if char in " \t\f\v":
                i += 1
            elif char == '"':
                value, i = self.string(line, i + 1, number)
                if i < len(line) and line[i] not in " \t\f\v#":
                    raise self.error(
                        'unescaped double quote inside a string (write \\" for a quote)', number
                    )
                out.append(_Token("string", value, number, obsolete, previous))
            elif char in "[]":
                out.append(_Token(char, char, number, obsolete, previous))
                i += 1
            elif (word := _WORD.match(line, i)) is not None:
                if word.group(0) not in KEYWORDS:
                    raise self.error(f"unknown keyword '{word.group(0)}'", number)
                out.append(_Token("keyword", word.group(0), number, obsolete, previous))
                i = word.end()
            elif (digits := _NUMBER.match(line, i)) is not None:
                out.append(_Token("number", digits.group(0), number, obsolete, previous))
                i = digits.end()
            elif char == "#":
                raise self.error(
                    "a comment after a keyword or string (put it on its own line)", number
                )
            else:
                raise self.error(f"unexpected character {char!r}", number)

    def string(self, line: str, i: int, number: int) -> tuple[str, int]:
        """The decoded string starting after its opening quote, and the index after it."""
        parts: list[str] = []
        pending = bytearray()  # escaped bytes, decoded together in the file's charset
        while True:
            if i >= len(line):
                raise self.error('unterminated string (the closing " is missing)', number)
            char = line[i]
            if char == '"':
                break
            if char != "\\":
                self.flush(pending, parts, number)
                parts.append(char)
                i += 1
                continue
            code = line[i + 1 : i + 2]
            if code in SIMPLE_ESCAPES:
                self.flush(pending, parts, number)
                parts.append(SIMPLE_ESCAPES[code])
                i += 2
            elif (octal := _OCTAL.match(line, i + 1)) is not None:
                pending.append(self.byte(int(octal.group(0), 8), octal.group(0), number))
                i = octal.end()
            elif code == "x" and (hexa := _HEX.match(line, i + 2)) is not None:
                pending.append(self.byte(int(hexa.group(0), 16), "x" + hexa.group(0), number))
                i = hexa.end()
            else:
                shown = "\\" + code if code else "\\ at the end of the line"
                raise self.error(
                    f'invalid escape {shown} (gettext knows \\n \\t \\r \\\\ \\" '
                    "\\a \\b \\f \\v, octal \\NNN and hex \\xHH)",
                    number,
                )
        self.flush(pending, parts, number)
        value = "".join(parts)
        if "\0" in value:
            raise self.error("an escaped NUL (\\0) in a string", number)
        if CONTEXT_SEPARATOR in value:
            raise self.error("the context separator EOT (\\004) in a string", number)
        return value, i + 1

    def byte(self, value: int, written: str, number: int) -> int:
        if value > 0xFF:
            raise self.error(f"escape \\{written} is larger than a byte", number)
        return value

    def flush(self, pending: bytearray, parts: list[str], number: int) -> None:
        if not pending:
            return
        try:
            parts.append(bytes(pending).decode(self.charset))
        except (UnicodeDecodeError, LookupError):
            raise self.error(f"escaped bytes that are not valid {self.charset}", number) from None
        pending.clear()


class _Parser:
    """gettext's PO grammar over the tokens: comments, previous strings, then
    ``[msgctxt] msgid (msgstr | msgid_plural msgstr[0] msgstr[1]...)``."""

    def __init__(self, tokens: list[_Token], lexer: _Lexer) -> None:
        self.tokens = [t for t in tokens if not t.previous]  # #| previous strings: ignored
        self.pos = 0
        self.lexer = lexer

    def peek(self) -> _Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def error(self, message: str, token: _Token | None) -> InputError:
        last = self.tokens[-1].line if self.tokens else 1
        return self.lexer.error(message, token.line if token else last)

    def strings(self, after: _Token) -> str:
        """The strings following a keyword, concatenated (at least one)."""
        parts = []
        while (token := self.peek()) is not None and token.kind == "string":
            parts.append(self.take().value)
        if not parts:
            raise self.error(f"'{after.value}' without a string", after)
        return "".join(parts)

    def keyword(self, name: str) -> _Token | None:
        token = self.peek()
        if token is not None and token.kind == "keyword" and token.value == name:
            return self.take()
        return None

    def messages(self) -> list[Message]:
        out: list[Message] = []
        flags: list[str] = []
        comments: dict[str, list[str]] = {".": [], " ": []}
        while (token := self.peek()) is not None:
            if token.kind == "flags":
                flags += [f for f in self.take().value.split(",") if f]
                continue
            if token.kind == "comment":
                value = self.take().value
                if value[:1] in comments:
                    comments[value[:1]].append(value[1:])
                continue
            if token.kind == "keyword" and token.value == "domain":
                self.take()
                self.strings(token)
                continue
            message = self.message(flags)
            message.comment, message.tcomment = "\n".join(comments["."]), "\n".join(comments[" "])
            out.append(message)
            flags, comments = [], {".": [], " ": []}
        return out

    def message(self, flags: list[str]) -> Message:
        first = self.peek()
        assert first is not None
        message = Message(line=first.line, flags=flags, obsolete=first.obsolete)
        if (ctxt := self.keyword("msgctxt")) is not None:
            message.msgctxt = self.strings(ctxt)
        msgid = self.keyword("msgid")
        if msgid is None:
            raise self.error(f"{_what(self.peek())} where a message's msgid should be", self.peek())
        message.msgid = self.strings(msgid)
        if (plural := self.keyword("msgid_plural")) is not None:
            message.msgid_plural = self.strings(plural)
            self.plural_forms(message, plural)
        else:
            msgstr = self.keyword("msgstr")
            if msgstr is None:
                after = self.peek()
                raise self.error(
                    f"{_what(after)} where the msgstr of msgid should be", after or msgid
                )
            if (after := self.peek()) is not None and after.kind == "[":
                raise self.error("msgstr[N] without msgid_plural", after)
            message.msgstr_line = msgstr.line
            message.msgstr = self.strings(msgstr)
        return message

    def plural_forms(self, message: Message, after: _Token) -> None:
        expected = 0
        while (token := self.keyword("msgstr")) is not None:
            opening, number, closing = (self.take() if self.peek() else None for _ in range(3))
            if not (
                opening
                and opening.kind == "["
                and number
                and number.kind == "number"
                and closing
                and closing.kind == "]"
            ):
                raise self.error("msgstr of a plural message needs an index: msgstr[0]", token)
            if int(number.value) != expected:
                raise self.error(
                    f"plural form msgstr[{number.value}] where msgstr[{expected}] is due", token
                )
            if expected == 0:
                message.msgstr_line = token.line
            message.msgstr_plural[expected] = self.strings(token)
            expected += 1
        if not expected:
            raise self.error("msgid_plural without msgstr[0], msgstr[1]...", self.peek() or after)


def _what(token: _Token | None) -> str:
    """How a message names an unexpected token."""
    if token is None:
        return "the end of the file"
    if token.kind == "keyword":
        return f"'{token.value}'"
    if token.kind in ("comment", "flags"):
        return "a comment (comments go before a message)"
    return "a string" if token.kind == "string" else f"'{token.value}'"


def _metadata(header: Message | None) -> dict[str, str]:
    """The header's ``Key: value`` fields."""
    fields: dict[str, str] = {}
    for row in header.msgstr.split("\n") if header is not None else ():
        key, sep, value = row.partition(":")
        if sep and key.strip():
            fields[key.strip()] = value.strip()
    return fields


def header_line(text: str, name: str) -> int | None:
    """The line of a header field (``"Language: en\\n"``) in PO text, if it is on its own."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith(f'"{name}:'):
            return number
    return None


def read_catalog(text: str, path: str, charset: str = "utf-8") -> Catalog:
    """Parse PO text strictly (see the module docstring); errors name the file and line."""
    lexer = _Lexer(text, path, charset)
    messages = _Parser(lexer.tokens(), lexer).messages()
    header = next((m for m in messages if m.msgid == "" and m.msgctxt is None), None)
    metadata = _metadata(header)
    nplurals = None
    plural_line = header_line(text, "Plural-Forms")
    if "Plural-Forms" in metadata:
        found = _NPLURALS.search(metadata["Plural-Forms"])
        if found is None or int(found.group(1)) < 1:
            raise lexer.error(
                f"Plural-Forms has no valid nplurals: {metadata['Plural-Forms']!r}",
                plural_line,
            )
        nplurals = int(found.group(1))
    seen: dict[tuple[str | None, str], int] = {}
    for message in messages:
        if message.msgid_plural is not None and not message.obsolete:
            forms = len(message.msgstr_plural)
            if forms != (nplurals or 2):
                raise lexer.error(
                    f"{forms} plural forms where the header's Plural-Forms says nplurals="
                    f"{nplurals or 2}",
                    message.msgstr_line,
                )
        key = (message.msgctxt, message.msgid)
        if message.obsolete or message is header:
            continue
        if key in seen:
            raise lexer.error(f"message defined twice (first on line {seen[key]})", message.line)
        seen[key] = message.line
    return Catalog(messages, metadata, nplurals, plural_line)
