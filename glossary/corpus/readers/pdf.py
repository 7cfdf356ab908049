"""The PDF reader: the official PDF of a Kamerstuk (or any text PDF of a letter).

PDFs have no paragraphs, headers or footnotes, only characters at positions; pdfplumber gives
them with their font size, and position and repetition decide the rest:

* lines are characters sharing a baseline; a digit set smaller and raised next to a word is a
  footnote marker (kept in the text layer, taken out of the term text);
* running headers and footers (``Tweede Kamer, vergaderjaar 2019–2020, 28 676, nr. 328`` and
  the page number) sit in the page's top or bottom band and repeat from page to page, digits
  aside: page furniture;
* footnotes are the lines in a smaller size below the body of a page, each starting with its
  number;
* a paragraph ends where the space between lines grows; one that fills the last line of a page
  goes on on the next page;
* line-end hyphens are undone by the cleaning step only where the evidence says the word was
  cut (``wapen-``/``beheersing``), never in ``NAVO-top`` or ``defensie-uitgaven``.

The letter's ``text`` is the text layer as read: the body page by page, then the footnotes,
then the running headers and footers. Encrypted, image-only and damaged files are one-line
errors naming the file.
"""

from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from glossary.corpus.assemble import make_letter_from_layout
from glossary.corpus.clean import CleanOptions, Lexicon, no_lexicon
from glossary.corpus.layout import Layout, NoteDraft
from glossary.corpus.readers.registry import LetterFile, LetterReader
from glossary.errors import InputError
from glossary.model import Letter, Zone

#: Header and footer bands: this share of the page height at the top and the bottom.
BAND = 0.1
_TERMINAL = (".", "?", "!", ":", ";")
_NOTE_START = re.compile(r"^(\d{1,3})\s+(?=\S)")
PDF_OPTIONS = CleanOptions(markup=False, glued_notes=False, page_joins=True, wrapped=True)
#: Typographic ligatures a PDF's text layer may keep as one character.
_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)


@dataclass
class Line:
    """One line of a page: its characters' text, box, size and superscript markers."""

    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    size: float = 0.0
    #: ``(start, end, number)`` of superscript digits in ``text``.
    markers: list[tuple[int, int, str]] = field(default_factory=list)


def _lines(chars: list[dict[str, Any]]) -> list[Line]:
    """Characters grouped into lines by baseline; raised small digits marked as markers."""
    chars = [c for c in chars if c.get("upright", True) and c["text"]]
    if not chars:
        return []
    sizes = Counter(round(c["size"], 1) for c in chars if not c["text"].isspace())
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    rows: list[list[dict[str, Any]]] = []
    for c in sorted(chars, key=lambda c: (round(c["bottom"], 1), c["x0"])):
        if rows and abs(rows[-1][-1]["bottom"] - c["bottom"]) <= 1.5:
            rows[-1].append(c)
        else:
            rows.append([c])
    # a row of small digits just above a line: that line's superscript markers
    merged = rows
    out = []
    k = 0
    while k < len(merged):
        row = merged[k]
        text = "".join(c["text"] for c in row).strip()
        small = all(c["size"] < 0.8 * body for c in row if not c["text"].isspace())
        nxt = merged[k + 1] if k + 1 < len(merged) else None
        if (
            small
            and text.replace(" ", "").isdigit()
            and nxt is not None
            and min(c["top"] for c in nxt) - 1 <= row[0]["bottom"] <= max(c["bottom"] for c in nxt)
        ):
            for c in row:
                c["_sup"] = True
            nxt.extend(row)
            k += 1
            continue
        out.append(_line(row))
        k += 1
    return out


def _line(row: list[dict[str, Any]]) -> Line:
    row = sorted(row, key=lambda c: c["x0"])
    line = Line(
        x0=min(c["x0"] for c in row),
        x1=max(c["x1"] for c in row),
        top=min(c["top"] for c in row if not c.get("_sup"))
        if any(not c.get("_sup") for c in row)
        else min(c["top"] for c in row),
        bottom=max(c["bottom"] for c in row),
    )
    sizes = [c["size"] for c in row if not c["text"].isspace() and not c.get("_sup")]
    line.size = statistics.median(sizes) if sizes else row[0]["size"]
    parts: list[str] = []
    length = 0
    prev: dict[str, Any] | None = None
    sup_start: int | None = None
    for i, c in enumerate(row):
        ch = c["text"].translate(_LIGATURES)
        if not c.get("_sup") and sup_start is not None:
            line.markers.append((sup_start, length, "".join(parts)[sup_start:length].strip()))
            sup_start = None
        if ch.isspace():
            nxt = row[i + 1] if i + 1 < len(row) else None
            if nxt is not None and nxt["x0"] <= c["x0"] + 0.3:
                continue  # a space that does not advance (a printed soft hyphen): none
            if parts and not parts[-1].endswith(" "):
                parts.append(" ")
                length += 1
            prev = c
            continue
        if (
            prev is not None
            and not prev["text"].isspace()
            and parts
            and not parts[-1].endswith(" ")
        ):
            gap = c["x0"] - prev["x1"]
            if gap > 0.25 * max(c["size"], prev["size"]) and not c.get("_sup"):
                parts.append(" ")
                length += 1
        if c.get("_sup") and sup_start is None:
            sup_start = length
        parts.append(ch)
        length += len(ch)
        prev = c
    if sup_start is not None:
        line.markers.append((sup_start, length, "".join(parts)[sup_start:length].strip()))
    line.text = "".join(parts).rstrip()
    if line.text.endswith(("\u2010", "\u00ad")):  # a hyphen printed at a line break
        line.text = line.text[:-1] + "-"
    return line


@dataclass
class Page:
    body: list[Line]
    notes: list[Line]
    furniture: list[Line]
    width: float
    right: float


def _furniture_keys(pages: list[list[Line]], heights: list[float]) -> set[str]:
    """Header and footer texts that repeat across pages (digits aside)."""
    seen: Counter[str] = Counter()
    for lines, height in zip(pages, heights, strict=True):
        keys = {
            _key(ln.text)
            for ln in lines
            if ln.top < BAND * height or ln.bottom > (1 - BAND) * height
        }
        seen.update(keys)
    return {k for k, n in seen.items() if n >= 2}


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split())).strip()


def _split_page(lines: list[Line], height: float, repeated: set[str], single: bool) -> Page:
    """A page's lines as body, footnotes and furniture."""
    furniture, rest = [], []
    for ln in lines:
        in_band = ln.top < BAND * height or ln.bottom > (1 - BAND) * height
        key = _key(ln.text)
        if in_band and (key in repeated or key == "#" or (single and _is_running(ln.text))):
            furniture.append(ln)
        else:
            rest.append(ln)
    sizes = Counter(round(ln.size, 1) for ln in rest for _ in range(max(len(ln.text), 1)))
    body_size = sizes.most_common(1)[0][0] if sizes else 10.0
    notes: list[Line] = []
    while rest and rest[-1].size < 0.9 * body_size and rest[-1].top > 0.4 * height:
        notes.insert(0, rest.pop())
    right = max((ln.x1 for ln in rest), default=0.0)
    left = min((ln.x0 for ln in rest), default=0.0)
    return Page(rest, notes, furniture, right - left, right)


def _is_running(text: str) -> bool:
    return bool(
        re.match(r"^(?:tweede|eerste)\s+kamer,\s+vergaderjaar\b", text, re.IGNORECASE)
        or re.fullmatch(r"\d{1,4}", text.strip())
    )


class _Writer:
    """The layout text of the whole PDF, with zones, notes and markers."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.zones: list[Zone] = []
        self.notes: list[NoteDraft] = []
        self.markers: list[tuple[int, int, str]] = []

    def put(self, text: str) -> int:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start

    def line(self, ln: Line) -> tuple[int, int]:
        start = self.put(ln.text)
        for s, e, number in ln.markers:
            self.markers.append((start + s, start + e, number))
        return start, self.length


def _is_full(ln: Line, page: Page) -> bool:
    return ln.x1 >= page.right - 0.04 * max(page.width, 1)


def _layout(pages: list[Page]) -> Layout:
    w = _Writer()
    gap_prev: str | None = None
    for page in pages:
        for k, ln in enumerate(page.body):
            if w.length:
                if k == 0:
                    sep = gap_prev or "\n\n"
                else:
                    prev = page.body[k - 1]
                    leading = ln.top - prev.bottom
                    sep = "\n\n" if leading > 0.6 * max(prev.size, 1) else "\n"
                w.put(sep)
            w.line(ln)
        last = page.body[-1] if page.body else None
        full = last is not None and _is_full(last, page) and not last.text.endswith(_TERMINAL)
        gap_prev = "\n" if full else "\n\n"
    # the footnotes of every page, then the running headers and footers
    last_number = 0
    for page in pages:
        current: list[tuple[int, int]] = []
        number = ""
        for ln in page.notes:
            m = _NOTE_START.match(ln.text)
            raised = bool(ln.markers) and ln.markers[0][0] == 0
            # a footnote starts with its number: raised, or the next one in sequence
            starts = raised or bool(m and int(m.group(1)) == last_number + 1)
            if starts or not current:
                if current:
                    w.notes.append(NoteDraft(number, current[0][0], current[-1][1]))
                w.put("\n\n")
                start, end = w.line(ln)
                w.markers = [mk for mk in w.markers if mk[0] < start]  # the note's own number
                if raised:
                    number = ln.markers[0][2]
                    skip = ln.markers[0][1]
                elif m and starts:
                    number = m.group(1)
                    skip = m.end()
                else:
                    number, skip = "", 0
                while skip < len(ln.text) and ln.text[skip] == " ":
                    skip += 1
                if number.isdigit():
                    last_number = int(number)
                current = [(start + skip, end)]
                w.zones.append(Zone("footnotes", start, start + skip))
            else:
                w.put("\n")
                current.append(w.line(ln))
        if current:
            w.notes.append(NoteDraft(number, current[0][0], current[-1][1]))
    for page in pages:
        for ln in page.furniture:
            w.put("\n\n")
            start, end = w.line(ln)
            w.zones.append(Zone("furniture", start, end))
            w.markers = [mk for mk in w.markers if mk[0] < start]
    for note in w.notes:
        w.zones.append(Zone("footnotes", note.start, note.end))
    text = "".join(w.parts)
    _link_markers(w)
    return Layout(
        text=text,
        source=text,
        zones=sorted(w.zones, key=lambda z: z.start),
        notes=w.notes,
        options=PDF_OPTIONS,
        source_format="pdf",
    )


def _link_markers(w: _Writer) -> None:
    """Each footnote gets the first marker with its number after the previous one's."""
    used: set[int] = set()
    for note in w.notes:
        for k, (s, e, number) in enumerate(w.markers):
            if k not in used and number == note.number:
                note.marker = (s, e)
                used.add(k)
                break


def read_pdf_letter(file: LetterFile, lexicon: Lexicon = no_lexicon) -> Letter:
    """A PDF letter as a :class:`Letter` (see the module docstring)."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    if not file.data.lstrip()[:5].startswith(b"%PDF"):
        raise InputError("not a PDF file (no %PDF header)", path=file.name)
    try:
        with pdfplumber.open(io.BytesIO(file.data)) as pdf:
            raw = []
            for page in pdf.pages:
                raw.append((_lines(page.chars), float(page.height)))
                page.close()  # its characters are read: free them (memory stays per page)
    except Exception as exc:  # pdfminer (wrapped by pdfplumber) raises many kinds
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise InputError(
                "encrypted PDF: it needs a password to be read; save an unprotected copy",
                path=file.name,
            ) from None
        detail = " ".join(str(cause).split())[:100]
        raise InputError(
            f"damaged or truncated PDF ({type(cause).__name__}{': ' + detail if detail else ''})",
            path=file.name,
        ) from None
    if not raw or not any(lines for lines, _ in raw):
        raise InputError(
            "no text layer in this PDF (an image-only scan?): run OCR on it first",
            path=file.name,
        )
    repeated = _furniture_keys([lines for lines, _ in raw], [h for _, h in raw])
    pages = [_split_page(lines, h, repeated, len(raw) == 1) for lines, h in raw]
    layout = _layout(pages)
    return make_letter_from_layout(layout, file.letter_id, file.path, lexicon, file.name)


def looks_like_pdf(head: bytes) -> bool:
    return head.lstrip()[:5].startswith(b"%PDF")


READER = LetterReader(
    name="pdf",
    description="PDF with a text layer (the official PDF of a Kamerstuk)",
    suffixes=(".pdf",),
    read=read_pdf_letter,
    sniff=looks_like_pdf,
)
