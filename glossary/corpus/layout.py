"""What every letter reader produces: the letter as plain text in blocks, with what the file's
structure says about it.

A :class:`Layout` is the letter laid out as text — blocks separated by blank lines, headings and
list items on lines of their own, the footnotes after the body — together with a map from each
of its characters back into the file (``to_source``; none when the layout text *is* the file's
text), the zones and footnotes the file's structure gives, italics, and the metadata the file
carries. :mod:`glossary.corpus.assemble` makes a :class:`~glossary.model.Letter` of it the same
way for every format: the zone rules for what the structure did not say, then cleaning.

:class:`LayoutBuilder` writes a layout from structured input (XML, HTML, DOCX, ODT) piece by
piece: inline text with its source positions, whitespace collapsed as a browser would, blocks,
footnote markers and footnote bodies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from glossary.corpus.clean import STRUCTURED, CleanOptions
from glossary.corpus.offsets import OffsetMap
from glossary.model import Zone

Span = tuple[int, int]


@dataclass
class NoteDraft:
    """A footnote the file marks: its number, the span of its text in the layout and the span
    of its marker in the layout (empty when the marker is not in the layout text)."""

    number: str
    start: int
    end: int
    marker: Span | None = None
    #: Where the marker stands in the source, when the reader knows it directly.
    marker_source: int | None = None


@dataclass
class Layout:
    """A letter as text in blocks, with what its file's structure says about it."""

    text: str
    #: The letter's ``text`` (the file's own text, or the text layer read from it).
    source: str
    #: Layout position → source position; ``None`` when ``text`` is ``source``.
    to_source: OffsetMap | None = None
    zones: list[Zone] = field(default_factory=list)
    notes: list[NoteDraft] = field(default_factory=list)
    headings: list[Span] = field(default_factory=list)
    items: list[Span] = field(default_factory=list)
    emphasis: list[Span] = field(default_factory=list)
    #: Spans to delete from the term text (footnote markers the layout text still has).
    drops: list[Span] = field(default_factory=list)
    #: Metadata the file carries (``identifier``, ``dossier``, ``number``, ``date``, ``title``,
    #: ``signatories``, ``sender``), each only when known.
    meta: dict[str, Any] = field(default_factory=dict)
    options: CleanOptions = STRUCTURED
    #: The file's structure gave the head (masthead, title, address): the zone rules for the
    #: head of a plain letter do not run.
    head_known: bool = False
    source_format: str = "text"


_SPACE = re.compile(r"[ \t\n\r\f]+")  # XML and HTML white space (not the no-break space)


@dataclass
class _Piece:
    text: str
    orig: int
    step: int  # 1: each character maps to orig + i; 0: all map to orig


@dataclass
class _Mark:
    what: str  # "note", "em", "/em", "br"
    payload: int = 0
    orig: int = 0


class LayoutBuilder:
    """Builds a :class:`Layout` block by block from text pieces with source positions."""

    def __init__(self, source: str, source_format: str) -> None:
        self.source = source
        self.source_format = source_format
        self._parts: list[str] = []
        self._map = OffsetMap()
        self._length = 0
        self._pending: list[_Piece | _Mark] = []
        self._stack: list[list[_Piece | _Mark]] = []
        self._notes: list[tuple[str, list[_Piece | _Mark], int]] = []
        self._markers: dict[int, int] = {}
        self._note_orig: dict[int, int | None] = {}
        self._last_kind = ""
        self._filled: set[int] = set()
        self.zones: list[Zone] = []
        self.headings: list[Span] = []
        self.items: list[Span] = []
        self.emphasis: list[Span] = []
        self.meta: dict[str, Any] = {}

    # -- inline content ---------------------------------------------------------------------

    def add(self, text: str, orig: int, step: int = 1) -> None:
        """Inline text whose characters come from ``orig`` on (``step`` 1) or all from
        ``orig`` (``step`` 0: decoded entities, generated text)."""
        if text:
            self._pending.append(_Piece(text, orig, step))

    def add_runs(self, text: str, runs: Iterable[tuple[int, int, int]]) -> None:
        """Inline text mapped by runs ``(orig, length, step)`` covering it in order."""
        pos = 0
        for orig, length, step in runs:
            self.add(text[pos : pos + length], orig, step)
            pos += length
        if pos < len(text):
            last = self._last_orig()
            self.add(text[pos:], last, 0)

    def line_break(self, orig: int) -> None:
        """A forced line break inside the block (``<br/>``, ``text:line-break``)."""
        self._pending.append(_Mark("br", orig=orig))

    def emphasis_start(self) -> None:
        self._pending.append(_Mark("em"))

    def emphasis_end(self) -> None:
        self._pending.append(_Mark("/em"))

    def begin_note(self, number: str, orig: int | None = None) -> None:
        """A footnote's marker stands here (at ``orig`` in the source, when known); what
        follows until :meth:`end_note` is its text."""
        self.marker(number, orig)
        self._open(len(self._notes) - 1)

    def marker(self, number: str, orig: int | None = None) -> None:
        """A footnote's marker stands here; its text comes later (:meth:`begin_note_text`)."""
        index = len(self._notes)
        self._pending.append(_Mark("note", index))
        self._notes.append((number, [], index))
        self._note_orig[index] = orig

    def begin_note_text(self, number: str) -> None:
        """The text of footnote ``number`` (read apart from its marker) follows."""
        for num, _, index in self._notes:
            if num == number and index not in self._filled:
                self._open(index)
                return
        self._notes.append((number, [], len(self._notes)))
        self._open(len(self._notes) - 1)

    def _open(self, index: int) -> None:
        self._filled.add(index)
        self._stack.append(self._pending)
        self._pending = self._notes[index][1]

    def note_paragraph(self, orig: int) -> None:
        """A new paragraph inside the footnote being read."""
        if self._pending:
            self._pending.append(_Mark("br", orig=orig))

    def end_note(self) -> None:
        self._pending = self._stack.pop()

    @property
    def in_note(self) -> bool:
        return bool(self._stack)

    # -- blocks -----------------------------------------------------------------------------

    def end_block(self, kind: str = "paragraph", zone: str | None = None) -> Span | None:
        """Write the pending inline content as one block; its span in the layout, or ``None``
        when it was empty. ``kind``: ``paragraph``, ``heading`` or ``item``."""
        if self._stack:  # a block element inside a footnote: a paragraph break in the note
            self.note_paragraph(self._last_orig())
            return None
        pieces, self._pending = self._pending, []
        span = self._write(pieces, "\n" if kind == "item" and self._last_kind == "item" else "\n\n")
        if span is not None:
            self._last_kind = kind
        if span is None:
            return None
        if kind == "heading":
            self.headings.append(span)
        elif kind == "item":
            self.items.append(span)
        if zone is not None:
            self.zones.append(Zone(zone, *span))
        return span

    def written(self, span: Span) -> str:
        """The layout text written so far in ``span``."""
        return "".join(self._parts)[span[0] : span[1]]

    def _write(self, pieces: list[_Piece | _Mark], gap: str = "\n\n") -> Span | None:
        """Collapse whitespace, write the block after a blank line, resolve its marks."""
        out: list[tuple[str, int, int]] = []  # (text, orig, step)
        marks: list[tuple[int, _Mark]] = []
        size = 0
        space_at: int | None = None  # a collapsed space waiting to be written, at this orig
        for piece in pieces:
            if isinstance(piece, _Mark):
                if piece.what == "br":
                    if size:
                        out.append(("\n", piece.orig, 0))
                        size += 1
                    space_at = None
                else:
                    # a marker or the end of italics binds to the word before a pending
                    # space; the start of italics to the word after it
                    after_space = space_at is not None and size > 0 and piece.what == "em"
                    marks.append((size + after_space, piece))
                continue
            text, pos = piece.text, 0
            for m in _SPACE.finditer(text):
                if m.start() > pos:
                    size = self._flush_space(out, space_at, size)
                    space_at = None
                    out.append(self._slice(piece, pos, m.start()))
                    size += m.start() - pos
                if space_at is None and size and not out[-1][0].endswith("\n"):
                    space_at = piece.orig + (m.start() if piece.step else 0)
                pos = m.end()
            if pos < len(text):
                size = self._flush_space(out, space_at, size)
                space_at = None
                out.append(self._slice(piece, pos, len(text)))
                size += len(text) - pos
        while out and out[-1][0] == "\n":
            out.pop()
            size -= 1
        if not size:
            return None
        if self._length:
            self._put(gap, out[0][1], 0)
        start = self._length
        for text, orig, step in out:
            self._put(text, orig, step)
        end = self._length
        open_em: int | None = None
        for at, mark in marks:
            at = start + min(at, size)
            if mark.what == "note":
                self._markers[mark.payload] = at
            elif mark.what == "em":
                open_em = at
            elif mark.what == "/em" and open_em is not None:
                if at > open_em:
                    self.emphasis.append((open_em, at))
                open_em = None
        return start, end

    @staticmethod
    def _flush_space(out: list[tuple[str, int, int]], space_at: int | None, size: int) -> int:
        if space_at is not None and size:
            out.append((" ", space_at, 0))
            return size + 1
        return size

    @staticmethod
    def _slice(piece: _Piece, a: int, b: int) -> tuple[str, int, int]:
        return piece.text[a:b], piece.orig + (a if piece.step else 0), piece.step

    def _put(self, text: str, orig: int, step: int) -> None:
        self._parts.append(text)
        if step:
            self._map.add_copy(orig, len(text))
        else:
            self._map.add_constant(orig, len(text))
        self._length += len(text)

    def _last_orig(self) -> int:
        for piece in reversed(self._pending):
            if isinstance(piece, _Piece):
                return piece.orig + (len(piece.text) - 1 if piece.step else 0)
        return 0

    # -- the result -------------------------------------------------------------------------

    def finish(self, head_known: bool) -> Layout:
        """The layout: the body as written, then every footnote as a block of its own."""
        if self._pending:
            self.end_block()
        notes: list[NoteDraft] = []
        for number, pieces, index in self._notes:
            span = self._write(pieces)
            if span is None:
                continue
            self.zones.append(Zone("footnotes", *span))
            at = self._markers.get(index)
            notes.append(
                NoteDraft(
                    number,
                    *span,
                    marker=(at, at) if at is not None else None,
                    marker_source=self._note_orig.get(index),
                )
            )
        return Layout(
            text="".join(self._parts),
            source=self.source,
            to_source=self._map,
            zones=sorted(self.zones, key=lambda z: z.start),
            notes=notes,
            headings=self.headings,
            items=self.items,
            emphasis=self.emphasis,
            meta=self.meta,
            options=STRUCTURED,
            head_known=head_known,
            source_format=self.source_format,
        )
