"""The ODT reader: OpenDocument text as the publication site serves it (a zip of XML).

``content.xml`` is read in order: ``text:h`` headings, ``text:p`` paragraphs, ``text:list``
items, table cells, spans (italic where their automatic style says so), ``text:s`` spaces,
tabs and line breaks; ``text:note`` is a footnote at its marker (``text:note-citation`` its
number, ``text:note-body`` its text). Page headers and footers live in ``styles.xml`` and are
page furniture: not read. The letter's ``text`` is the document's text laid out in blocks.
The zip is opened with limits (:mod:`glossary.corpus.archive`) and its XML parsed safely.
"""

from __future__ import annotations

from typing import Any

from glossary.corpus.archive import Archive
from glossary.corpus.assemble import make_letter_from_layout
from glossary.corpus.clean import Lexicon, no_lexicon
from glossary.corpus.layout import Layout, LayoutBuilder
from glossary.corpus.markup import parse_xml
from glossary.corpus.readers.registry import LetterFile, LetterReader
from glossary.errors import InputError
from glossary.model import Letter

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
MIMETYPE = b"application/vnd.oasis.opendocument.text"


def _t(name: str) -> str:
    return f"{{{TEXT}}}{name}"


def _italic_styles(root: Any) -> set[str]:
    """Names of the automatic text styles that set italics."""
    out = set()
    for style in root.iter(f"{{{STYLE}}}style"):
        props = style.find(f"{{{STYLE}}}text-properties")
        if props is not None and props.get(f"{{{FO}}}font-style") == "italic":
            out.add(style.get(f"{{{STYLE}}}name"))
    return out


class _Walker:
    def __init__(self, italic: set[str]) -> None:
        self.out = LayoutBuilder("", "odt")
        self.italic = italic
        self.pos = 0  # a running position: the layout text is the letter's text here

    def add(self, text: str | None) -> None:
        if text:
            self.out.add(text, self.pos)
            self.pos += len(text)

    def block(self, elem: Any, kind: str) -> None:
        self.inline(elem)
        self.out.end_block(kind)

    def inline(self, elem: Any) -> None:
        self.add(elem.text)
        for child in elem:
            tag = child.tag
            if tag == _t("s"):
                self.add(" " * int(child.get(_t("c"), "1")))
            elif tag == _t("tab"):
                self.add("\t")
            elif tag == _t("line-break"):
                self.out.line_break(self.pos)
            elif tag == _t("note"):
                self.note(child)
            elif tag == _t("span") and child.get(_t("style-name")) in self.italic:
                self.out.emphasis_start()
                self.inline(child)
                self.out.emphasis_end()
            elif tag in (_t("soft-page-break"), _t("bookmark"), _t("bookmark-start")):
                pass
            else:
                self.inline(child)
            self.add(child.tail)

    def note(self, elem: Any) -> None:
        citation = elem.find(_t("note-citation"))
        number = "".join(citation.itertext()).strip() if citation is not None else ""
        self.out.begin_note(number)
        body = elem.find(_t("note-body"))
        if body is not None:
            for k, para in enumerate(body.iter(_t("p"))):
                if k:
                    self.out.note_paragraph(self.pos)
                self.inline(para)
        self.out.end_note()

    def blocks(self, elem: Any) -> None:
        for child in elem:
            tag = child.tag
            if tag == _t("h"):
                self.block(child, "heading")
            elif tag == _t("p"):
                self.block(child, "paragraph")
            elif tag == _t("list"):
                for item in child.iter(_t("list-item")):
                    for para in item:
                        if para.tag in (_t("p"), _t("h")):
                            self.block(para, "item")
            elif tag in (f"{{{TABLE}}}table-cell", f"{{{TABLE}}}covered-table-cell"):
                self.blocks(child)
            elif tag in (_t("tracked-changes"), _t("sequence-decls"), f"{{{OFFICE}}}forms"):
                continue
            else:
                self.blocks(child)


def layout_of(archive: Archive) -> Layout:
    content = archive.read("content.xml")
    if content is None:
        raise InputError("not an ODT text document (no content.xml)", path=archive.name)
    root = parse_xml(content, f"{archive.name}:content.xml", "ODT content")
    walker = _Walker(_italic_styles(root))
    body = root.find(f"{{{OFFICE}}}body")
    walker.blocks(body if body is not None else root)
    layout = walker.out.finish(head_known=False)
    layout.source = layout.text
    layout.to_source = None
    return layout


def read_odt_letter(file: LetterFile, lexicon: Lexicon = no_lexicon) -> Letter:
    """An OpenDocument text letter as a :class:`Letter`."""
    archive = Archive(file.data, file.name, "ODT")
    mimetype = archive.read("mimetype")
    if mimetype is not None and mimetype.strip() != MIMETYPE:
        raise InputError(
            f"not an ODT text document (mimetype {mimetype.decode('ascii', 'replace')})",
            path=file.name,
        )
    layout = layout_of(archive)
    if not layout.text.strip():
        raise InputError("no letter text in this ODT document", path=file.name)
    return make_letter_from_layout(layout, file.letter_id, file.path, lexicon, file.name)


def looks_like_odt(head: bytes) -> bool:
    return head.startswith(b"PK") and MIMETYPE in head[:200]


READER = LetterReader(
    name="odt",
    description="OpenDocument text (.odt)",
    suffixes=(".odt",),
    read=read_odt_letter,
    sniff=looks_like_odt,
)
