"""The DOCX reader: Word documents as the Tweede Kamer's open-data API serves them.

python-docx reads the body in order (paragraphs and table cells); a paragraph's style says
heading (``Heading``/``Kop``/``Title``) or list item (``List``/``Lijst`` or a numbering), its
runs' italics are kept, and a ``w:footnoteReference`` is a footnote marker whose text comes
from the footnotes part. Page headers and footers (letterhead, page numbers) are page
furniture: not read. The letter's ``text`` is the document's text laid out in blocks. The zip
is checked against the limits of :mod:`glossary.corpus.archive` before python-docx opens it.
"""

from __future__ import annotations

import io
import re
from typing import Any

from glossary.corpus.archive import Archive
from glossary.corpus.assemble import make_letter_from_layout
from glossary.corpus.clean import Lexicon, no_lexicon
from glossary.corpus.layout import Layout, LayoutBuilder
from glossary.corpus.markup import parse_xml
from glossary.corpus.readers.registry import LetterFile, LetterReader
from glossary.errors import InputError
from glossary.model import Letter

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_HEADING = re.compile(r"^(?:heading|kop|title|titel|subtitle)\b", re.IGNORECASE)
_LIST = re.compile(r"^(?:list|lijst)", re.IGNORECASE)


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def _footnotes(archive: Archive) -> dict[str, list[str]]:
    """Footnote id → its paragraphs' text (separators left out)."""
    data = archive.read("word/footnotes.xml")
    if data is None:
        return {}
    root = parse_xml(data, f"{archive.name}:word/footnotes.xml", "DOCX footnotes")
    out: dict[str, list[str]] = {}
    for note in root.iter(_w("footnote")):
        if note.get(_w("type")) in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        paragraphs = []
        for p in note.iter(_w("p")):
            text = "".join(t.text or "" for t in p.iter(_w("t")))
            if text.strip():
                paragraphs.append(text)
        out[note.get(_w("id"), "")] = paragraphs
    return out


class _Walker:
    def __init__(self, notes: dict[str, list[str]]) -> None:
        self.out = LayoutBuilder("", "docx")
        self.notes = notes
        self.number = 0
        self.pos = 0

    def add(self, text: str) -> None:
        if text:
            self.out.add(text, self.pos)
            self.pos += len(text)

    def paragraph(self, p: Any) -> None:
        from docx.text.paragraph import Paragraph

        para = p if isinstance(p, Paragraph) else None
        style = para.style.name if para is not None and para.style is not None else ""
        element = para._p if para is not None else p
        numbered = element.find(f"{_w('pPr')}/{_w('numPr')}") is not None
        kind = (
            "heading"
            if _HEADING.match(style)
            else "item"
            if (numbered or _LIST.match(style))
            else "paragraph"
        )
        for run in element.iter(_w("r")):
            italic = run.find(f"{_w('rPr')}/{_w('i')}")
            is_italic = italic is not None and italic.get(_w("val"), "true") not in ("0", "false")
            if is_italic:
                self.out.emphasis_start()
            for child in run:
                if child.tag == _w("t"):
                    self.add(child.text or "")
                elif child.tag == _w("tab"):
                    self.add("\t")
                elif child.tag in (_w("br"), _w("cr")):
                    self.out.line_break(self.pos)
                elif child.tag == _w("footnoteReference"):
                    self.note(child.get(_w("id"), ""))
            if is_italic:
                self.out.emphasis_end()
        self.out.end_block(kind)

    def note(self, ident: str) -> None:
        self.number += 1
        self.out.begin_note(str(self.number))
        for k, text in enumerate(self.notes.get(ident, [])):
            if k:
                self.out.note_paragraph(self.pos)
            self.add(text)
        self.out.end_note()


def layout_of(data: bytes, archive: Archive) -> Layout:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds for a broken package
        detail = " ".join(str(exc).split())[:120]
        raise InputError(
            f"not a readable DOCX document ({type(exc).__name__}: {detail})", path=archive.name
        ) from None
    walker = _Walker(_footnotes(archive))
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            walker.paragraph(item)
        elif isinstance(item, Table):
            for row in item.rows:
                for cell in row.cells:
                    for para in cell.paragraphs:
                        walker.paragraph(para)
    layout = walker.out.finish(head_known=False)
    layout.source = layout.text
    layout.to_source = None
    props = document.core_properties
    if props.identifier:
        layout.meta["identifier"] = props.identifier
    return layout


def read_docx_letter(file: LetterFile, lexicon: Lexicon = no_lexicon) -> Letter:
    """A Word letter as a :class:`Letter`."""
    archive = Archive(file.data, file.name, "DOCX")
    if archive.read("word/document.xml") is None:
        raise InputError("not a Word document (no word/document.xml)", path=file.name)
    layout = layout_of(file.data, archive)
    if not layout.text.strip():
        raise InputError("no letter text in this DOCX document", path=file.name)
    return make_letter_from_layout(layout, file.letter_id, file.path, lexicon, file.name)


def looks_like_docx(head: bytes) -> bool:
    return head.startswith(b"PK") and (b"word/" in head or b"[Content_Types].xml" in head)


READER = LetterReader(
    name="docx",
    description="Word document (.docx)",
    suffixes=(".docx",),
    read=read_docx_letter,
    sniff=looks_like_docx,
)
