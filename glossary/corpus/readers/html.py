"""The HTML reader: a letter's publication page (officielebekendmakingen.nl and its like).

Only the letter is read: the element that holds it (``#broodtekst``, else ``.stuk``/
``.kamerstuk``, ``article``, ``main``, ``body``); the site's navigation, cookie notice, scripts,
forms and metadata tables are not letter text. The classes of the official layout give the
zones (``kamerstukkop``, ``dossiertitel``/``dossiernummer``, ``stuktitel``, ``ondertekening``),
footnote markers (``<sup>`` around a link to the note, ``nootnum``, ``doc-noteref``) are taken
out of the words and the footnotes (``div.noot``, ``#noten``, ``li`` targets of the markers,
``doc-footnote``) become text of their own. Without those classes the zone rules of plain text
decide. The page is parsed with the standard library's tolerant HTML parser, keeping every
character's position, so the term text maps back into the HTML source.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

from glossary.corpus.assemble import make_letter_from_layout
from glossary.corpus.clean import Lexicon, no_lexicon
from glossary.corpus.layout import LayoutBuilder
from glossary.corpus.metadata import kind_title
from glossary.corpus.readers.registry import LetterFile, LetterReader
from glossary.corpus.zones import is_address_line, is_prose
from glossary.errors import InputError
from glossary.model import Letter, Zone

VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()  # noqa: SIM905
)
#: Elements that are never letter text.
DROPPED = frozenset(
    "script style noscript template head nav header footer form button select textarea "  # noqa: SIM905
    "svg canvas iframe object video audio map dialog menu".split()
)
BLOCK = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li dt dd td th tr table tbody thead tfoot ul ol dl section "  # noqa: SIM905
    "article main aside blockquote pre address figure figcaption hr caption center".split()
)
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6 dt caption".split())  # noqa: SIM905
#: Classes and ids of page furniture (site chrome around the letter).
_FURNITURE = re.compile(
    r"cookie|consent|banner|skip|breadcrumb|navigat|menu|sidebar|share|social|search|"
    r"meta-?data|metadata|table-metadata|naar-boven|to-top|feedback|print|toolbar|"
    r"note-close|noscript",
    re.IGNORECASE,
)
#: Classes of the official layout → zones.
ZONE_CLASSES = (
    ("kamerstukkop", "masthead"),
    ("dossiertitel", "masthead"),
    ("dossiernummer", "masthead"),
    ("stuknummer", "masthead"),
    ("stuktitel", "title"),
    ("kamerstukdatum", "address"),
    ("ondertekening", "signature"),
)
_NOTE_BODY = re.compile(r"(?:^|\s)(?:noot|voetnoot|footnote|footnotes|noten)(?:\s|$)", re.I)
_NOTE_REF = re.compile(r"nootnum|noteref|footnote-ref|fnref", re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._-]+)""", re.IGNORECASE)


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    start: int
    children: list[Node | Text] = field(default_factory=list)

    def classes(self) -> str:
        return (
            f"{self.attrs.get('class', '')} {self.attrs.get('id', '')} {self.attrs.get('role', '')}"
        )

    def text(self) -> str:
        return "".join(c.text() if isinstance(c, Node) else c.data for c in self.children)

    def iter(self) -> Iterator[Node]:
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()


@dataclass
class Text:
    data: str
    start: int
    literal: bool  # characters map one to one (else: a decoded reference at ``start``)


class _TreeBuilder(HTMLParser):
    """A tolerant tree with source positions (paragraphs and list items close themselves)."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.root = Node("#root", {}, 0)
        self.stack = [self.root]
        self.lines = [0]
        for m in re.finditer("\n", source):
            self.lines.append(m.end())

    def pos(self) -> int:
        line, col = self.getpos()
        return self.lines[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("p", "li", "dt", "dd", "tr", "td", "th") or tag in BLOCK:
            self._close_implied(tag)
        node = Node(tag, {k: v or "" for k, v in attrs}, self.pos())
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}, self.pos()))

    def _close_implied(self, tag: str) -> None:
        closes = {
            "p": ("p",),
            "li": ("li",),
            "dt": ("dt", "dd"),
            "dd": ("dt", "dd"),
            "tr": ("tr", "td", "th"),
            "td": ("td", "th"),
            "th": ("td", "th"),
        }
        if self.stack[-1].tag == "p" and tag in BLOCK:
            self.stack.pop()
        for name in closes.get(tag, ()):
            if self.stack[-1].tag == name:
                self.stack.pop()
                break

    def handle_endtag(self, tag: str) -> None:
        for k in range(len(self.stack) - 1, 0, -1):
            if self.stack[k].tag == tag:
                del self.stack[k:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(Text(data, self.pos(), True))

    def handle_entityref(self, name: str) -> None:
        self.stack[-1].children.append(Text(html.unescape(f"&{name};"), self.pos(), False))

    def handle_charref(self, name: str) -> None:
        self.stack[-1].children.append(Text(html.unescape(f"&#{name};"), self.pos(), False))


def decode_html(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    m = _CHARSET.search(data[:4096])
    encoding = m.group(1).decode("ascii") if m else "utf-8"
    try:
        return data.decode(encoding, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


def _letter_root(root: Node) -> tuple[Node, bool]:
    """The element holding the letter, and whether it is the official layout's."""
    nodes = list(root.iter())
    for n in nodes:
        if n.attrs.get("id") == "broodtekst":
            return n, True
    for n in nodes:
        if re.search(r"(?:^|\s)(?:stuk|kamerstuk|broodtekst)(?:\s|$)", n.attrs.get("class", "")):
            return n, True
    for tag in ("article", "main", "body"):
        for n in nodes:
            if n.tag == tag:
                return n, False
    return root, False


class _Walker:
    def __init__(self, source: str) -> None:
        self.out = LayoutBuilder(source, "html")
        self.targets: set[str] = set()
        self.official = False
        self.head_done = False
        self.meta: dict[str, object] = {}

    def walk(self, node: Node, zone: str | None, in_block: bool) -> None:
        for child in node.children:
            if isinstance(child, Text):
                if child.literal:
                    self.out.add(child.data, child.start)
                else:
                    self.out.add(child.data, child.start, 0)
                continue
            self.element(child, zone, in_block)

    def element(self, n: Node, zone: str | None, in_block: bool) -> None:
        tag, classes = n.tag, n.classes()
        if tag in DROPPED or (_FURNITURE.search(classes) and not _NOTE_BODY.search(classes)):
            return
        if self.is_note_body(n):
            return  # read after the letter (:meth:`notes`)
        if self.is_marker(n):
            self.out.marker(n.text().strip().strip("[]"), n.start)
            return
        for cls, kind in ZONE_CLASSES:
            if re.search(rf"(?:^|\s){cls}(?:\s|$)", n.attrs.get("class", "")):
                zone, self.official = kind, True
                if kind == "title":
                    self.meta.setdefault("title", kind_title(n.text()))
        if tag == "br":
            self.out.line_break(n.start)
        elif tag in ("em", "i", "cite") and in_block:
            self.out.emphasis_start()
            self.walk(n, zone, True)
            self.out.emphasis_end()
        elif tag in BLOCK:
            self.end(zone)
            self.walk(n, zone, True)
            self.end(zone, "heading" if tag in HEADINGS else "item" if tag == "li" else "paragraph")
        else:
            self.walk(n, zone, in_block)

    def end(self, zone: str | None, kind: str = "paragraph") -> None:
        span = self.out.end_block(kind, zone)
        if span is None or zone is not None or self.head_done:
            return
        text = self.out.written(span)
        if is_address_line(text):
            self.out.zones.append(Zone("address", *span))
        elif is_prose(text):
            self.head_done = True

    def is_marker(self, n: Node) -> bool:
        """``<sup><a href="#n1">1</a></sup>``, ``<a class="nootnum">``, ``doc-noteref``."""
        text = n.text().strip()
        if not re.fullmatch(r"\[?\d{1,3}\]?", text):
            return False
        if _NOTE_REF.search(n.classes()):
            return True
        if n.tag == "sup":
            links = [
                c for c in n.iter() if c.tag == "a" and c.attrs.get("href", "").startswith("#")
            ]
            return bool(links)
        return False

    def is_note_body(self, n: Node) -> bool:
        if n.tag in ("sup", "a", "span"):
            return False
        classes = n.classes()
        return bool(
            _NOTE_BODY.search(classes) or "doc-footnote" in classes or "doc-endnotes" in classes
        )

    def notes(self, root: Node) -> None:
        """Every footnote of the page, in order: number and text."""
        seen: set[int] = set()
        for n in root.iter():
            if not self.is_note_body(n) or id(n) in seen:
                continue
            items = [c for c in n.iter() if c is not n and self.is_single_note(c)]
            for item in items or [n]:
                if id(item) in seen:
                    continue
                for d in item.iter():
                    seen.add(id(d))
                self.out.begin_note_text(self.note_number(item))
                self.note_text(item)
                self.out.end_note()

    def is_single_note(self, n: Node) -> bool:
        classes = n.classes()
        return (
            (n.tag == "li" and bool(n.attrs.get("id")))
            or (
                n.tag == "div"
                and re.search(r"(?:^|\s)noot(?:\s|$)", n.attrs.get("class", "")) is not None
            )
            or "doc-footnote" in classes
        )

    def note_number(self, n: Node) -> str:
        for d in n.iter():
            if _NOTE_REF.search(d.classes()) or d.tag == "sup":
                t = d.text().strip().strip("[]")
                if t.isdigit():
                    return t
        m = re.search(r"\d+", n.attrs.get("id", ""))
        return m.group(0) if m else ""

    def note_text(self, n: Node) -> None:
        for child in n.children:
            if isinstance(child, Text):
                self.out.add(child.data, child.start, 1 if child.literal else 0)
                continue
            if child.tag in DROPPED or _FURNITURE.search(child.classes()) or child.tag in HEADINGS:
                continue
            if child.tag == "sup" or _NOTE_REF.search(child.classes()) or _is_backlink(child):
                continue
            if child.tag in BLOCK:
                self.out.note_paragraph(child.start)
            self.note_text(child)


def _is_backlink(n: Node) -> bool:
    """The link from a footnote back to its marker (``↩``)."""
    return n.tag == "a" and ("backref" in n.classes() or n.text().strip() in ("↩", "↑", "^", "↩︎"))


def read_html_letter(file: LetterFile, lexicon: Lexicon = no_lexicon) -> Letter:
    """A letter's publication page (or any HTML page holding a letter) as a :class:`Letter`."""
    source = decode_html(file.data)
    if not source.strip():
        raise InputError("empty file: no letter text", path=file.name)
    builder = _TreeBuilder(source)
    try:
        builder.feed(source)
        builder.close()
    except (AssertionError, ValueError) as exc:  # the parser's own complaints
        raise InputError(f"unreadable HTML ({exc})", path=file.name) from None
    letter_root, official = _letter_root(builder.root)
    walker = _Walker(source)
    walker.walk(letter_root, None, False)
    walker.end(None)
    walker.notes(builder.root)
    layout = walker.out.finish(head_known=official and walker.official)
    layout.meta = dict(walker.meta)
    if not layout.text.strip():
        raise InputError("no letter text in this HTML page", path=file.name)
    return make_letter_from_layout(layout, file.letter_id, file.path, lexicon, file.name)


def looks_like_html(head: bytes) -> bool:
    start = head.lstrip()[:512].lower()
    return start.startswith((b"<!doctype html", b"<html")) or b"<html" in start


READER = LetterReader(
    name="html",
    description="publication page HTML (the letter only, without the site around it)",
    suffixes=(".html", ".htm"),
    aliases=(".xhtml",),
    read=read_html_letter,
    sniff=looks_like_html,
)
