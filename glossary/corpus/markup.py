"""Safe XML parsing, and where an XML document's character data stands in its source.

:func:`parse_xml` parses with lxml with every door closed: no entity resolution, no network, no
DTD loading, no huge-tree mode; a document that declares entities (the billion-laughs and
external-entity attacks) is refused before parsing. Errors are one-line :class:`InputError`\\ s
naming the file and line.

:func:`char_data_map` scans the decoded source once and maps the *n*-th character of the
document's character data (what lxml gives as ``text`` and ``tail``, in document order) to its
position in the source: markup, comments, processing instructions and the DOCTYPE are skipped,
entity and character references count as one character at their ``&``, CDATA sections as their
content, and line ends as XML normalises them (CR LF and a lone CR are one LF).
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from glossary.corpus.offsets import OffsetMap
from glossary.errors import InputError

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_DECLARED = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_REF = re.compile(r"&(?:#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z_][\w.-]*);")


def parse_xml(data: bytes, name: str, what: str = "XML") -> Any:
    """The root element of ``data`` parsed safely (see the module docstring)."""
    from lxml import etree

    head = data[:65536]
    if b"<!DOCTYPE" in head.upper() and _ENTITY_DECL.search(data):
        raise InputError(
            f"{what} declares entities (<!ENTITY>): refused, official publications never "
            "do (an entity-expansion or external-entity file)",
            path=name,
        )
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if exc.lineno and exc.lineno > 0 else None
        message = " ".join(str(exc.msg or exc).split())
        message = re.sub(r",? line \d+, column \d+$", "", message)
        raise InputError(f"not well-formed {what} ({message})", path=name, line=line) from None
    if root is None:
        raise InputError(f"empty {what} document", path=name)
    return root


def decode_xml(data: bytes) -> str:
    """The source text of an XML document in its declared encoding (BOM dropped)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    m = _DECLARED.match(data)
    encoding = m.group(1).decode("ascii") if m else "utf-8"
    try:
        return data.decode(encoding, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


def char_data_map(source: str) -> OffsetMap:
    """Character-data index → source position, for the content of the root element."""
    out = OffsetMap()
    n = len(source)
    i = 0
    depth = 0
    while i < n:
        lt = source.find("<", i)
        end = n if lt < 0 else lt
        if depth > 0 and end > i:
            _text(source, i, end, out)
        if lt < 0:
            break
        i = lt
        if source.startswith("<!--", i):
            close = source.find("-->", i + 4)
            i = n if close < 0 else close + 3
        elif source.startswith("<![CDATA[", i):
            close = source.find("]]>", i + 9)
            stop = n if close < 0 else close
            if depth > 0:
                _plain(source, i + 9, stop, out)
            i = n if close < 0 else close + 3
        elif source.startswith("<?", i):
            close = source.find("?>", i + 2)
            i = n if close < 0 else close + 2
        elif source.startswith("<!", i):
            i = _skip_declaration(source, i)
        else:
            close = _tag_end(source, i)
            tag = source[i:close]
            if tag.startswith("</"):
                depth -= 1
            elif not tag.endswith("/>"):
                depth += 1
            i = close
    return out


def _tag_end(source: str, i: int) -> int:
    """The position after the ``>`` closing the tag at ``i`` (quotes in attributes skipped)."""
    quote = ""
    j = i + 1
    n = len(source)
    while j < n:
        c = source[j]
        if quote:
            if c == quote:
                quote = ""
        elif c in "\"'":
            quote = c
        elif c == ">":
            return j + 1
        j += 1
    return n


def _skip_declaration(source: str, i: int) -> int:
    """Past a ``<!DOCTYPE …>`` (with its internal subset in brackets)."""
    depth = 0
    j = i + 2
    while j < len(source):
        c = source[j]
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
        elif c == ">" and depth <= 0:
            return j + 1
        j += 1
    return len(source)


def _text(source: str, start: int, end: int, out: OffsetMap) -> None:
    """Character data between markup: references are one character at their ``&``."""
    pos = start
    for m in _REF.finditer(source, start, end):
        _plain(source, pos, m.start(), out)
        out.add_constant(m.start(), 1)
        pos = m.end()
    _plain(source, pos, end, out)


def _plain(source: str, start: int, end: int, out: OffsetMap) -> None:
    """Literal characters; CR LF and a lone CR count as one LF."""
    pos = start
    while pos < end:
        cr = source.find("\r", pos, end)
        if cr < 0:
            out.add_copy(pos, end - pos)
            return
        out.add_copy(pos, cr - pos)
        if cr + 1 < end and source[cr + 1] == "\n":
            out.add_copy(cr + 1, 1)
            pos = cr + 2
        else:
            out.add_constant(cr, 1)
            pos = cr + 1
