"""A :class:`~glossary.model.Letter` from a reader's :class:`~glossary.corpus.layout.Layout`, the
same way for every format.

1. Zones: what the file's structure said, then the zone rules of :mod:`glossary.corpus.zones`
   for the rest (the head rules only when the structure did not give the head).
2. Footnotes: those the structure marked, and the footnote blocks of plain text with the
   marker found in the body (``<sup>2</sup>``, ``[^2]``, or a number glued to a word).
3. Term text: the body zones cleaned, then each footnote's text cleaned, separated by blank
   lines; every character mapped back into the letter's ``text``.
4. Metadata: the file's own (an XML's ``metadata``, a ``metadata.xml`` beside it), else the
   facts of the zones, else what the text and the file name give.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from glossary.corpus.clean import (
    CleanOptions,
    Lexicon,
    Regions,
    clean_text,
    no_lexicon,
    word_counts,
)
from glossary.corpus.layout import Layout, NoteDraft
from glossary.corpus.metadata import parse_metadata
from glossary.corpus.offsets import OffsetMap
from glossary.corpus.zones import Facts, NoteBlock, zone_text
from glossary.model import TERM_ZONES, Footnote, Letter, Zone
from glossary.sanitize import blank

#: A footnote number ``{n}`` glued to a word (``technologiegebieden2``), to a closing bracket
#: or quote (``(NDPP)1``) or to the punctuation after a word (``jaar.3 Volgende``).
_GLUED = (
    r"(?<=[^\W\d_]{{3}}){n}(?=[\s.,;:!?)]|$)"
    r"|(?<=[\w)][)\]»”\"'’]){n}(?=[\s.,;:]|$)"
    r"|(?<=[^\W\d_][.,;:]){n}(?=\s+[A-Z]|$)"
)


def make_letter_from_layout(
    layout: Layout,
    letter_id: str,
    path: str,
    lexicon: Lexicon = no_lexicon,
    name: str = "",
) -> Letter:
    """The letter in ``layout``: zones, footnotes, term text with offsets, metadata."""
    # Control characters and bidi overrides become spaces in every format (offsets kept).
    text = blank(layout.text)
    zoning = zone_text(text, layout.zones, head=not layout.head_known)
    zones = zoning.zones
    notes = list(layout.notes)
    body_spans = [(z.start, z.end) for z in zones if z.kind == "body"]
    after = 0
    for block in sorted(zoning.notes, key=lambda b: b.start):
        marker = _find_marker(text, block, body_spans, after)
        after = marker[1] if marker else after
        notes.append(NoteDraft(block.number, block.start, block.end, marker))
    words = word_counts(text)
    regions = Regions(
        keep=tuple(body_spans),
        drops=tuple(n.marker for n in notes if n.marker and n.marker[1] > n.marker[0])
        + tuple(layout.drops),
        headings=tuple(layout.headings),
        items=tuple(layout.items),
        emphasis=tuple(layout.emphasis),
    )
    body = clean_text(text, lexicon, regions, layout.options, words)
    note_spans = tuple((n.start, n.end) for n in notes)
    noted = clean_text(
        text,
        lexicon,
        Regions(keep=note_spans, emphasis=tuple(layout.emphasis)),
        _notes_options(layout),
        words,
    )
    clean, offsets, emphasis = _join(body, noted)
    footnotes = _footnotes(notes, noted.text, noted.offsets)
    to_source = layout.to_source
    if to_source is not None:
        offsets = offsets.compose(to_source)
    meta = _metadata(layout, zoning.facts, name or path, zones)
    known = _marker_sources(notes)
    letter = Letter(
        id=meta.pop("identifier", None) or letter_id,
        path=path,
        text=layout.source,
        clean=clean,
        offsets=offsets,
        emphasis=emphasis,
        source_format=layout.source_format,
        zones=[_to_source_zone(z, to_source) for z in zones],
        footnotes=[_to_source_note(f, to_source, known) for f in footnotes],
        **meta,
    )
    return letter


def _notes_options(layout: Layout) -> CleanOptions:
    """Footnotes are cleaned like the body, but two footnotes are never one sentence."""
    return replace(layout.options, page_joins=False)


def _find_marker(
    text: str, block: NoteBlock, body: Sequence[tuple[int, int]], after: int
) -> tuple[int, int] | None:
    """Where a plain-text footnote's marker stands in the body: the first ``<sup>n</sup>``,
    ``[^n]`` or number glued to a word after the previous footnote's marker."""
    if not block.number:
        return None
    pattern = _marker_pattern(block.number)
    k = max(bisect_right(body, (after, after)) - 1, 0)
    for start, end in body[k:]:
        if start >= block.zone_start:
            break
        if end <= after:
            continue
        m = pattern.search(text, max(start, after), end)
        if m:
            return m.start(), m.end()
    return None


@lru_cache(maxsize=64)
def _marker_pattern(number: str) -> re.Pattern[str]:
    n = re.escape(number)
    return re.compile(rf"<sup>\s*{n}\s*</sup>|\[\^{n}\](?!:)|{_GLUED.format(n=n)}", re.I)


def _join(body: Any, noted: Any) -> tuple[str, OffsetMap, list[tuple[int, int]]]:
    """Body and footnote texts as one term text, a blank line between them."""
    offsets = OffsetMap()
    offsets.extend(body.offsets)
    emphasis = list(body.emphasis)
    if not noted.text:
        return body.text, offsets, emphasis
    gap = "\n\n" if body.text else ""
    if gap:
        at = body.offsets[len(body.offsets) - 1] if len(body.offsets) else 0
        offsets.add_constant(at, len(gap))
    shift = len(body.text) + len(gap)
    offsets.extend(noted.offsets)
    emphasis += [(s + shift, e + shift) for s, e in noted.emphasis]
    return body.text + gap + noted.text, offsets, emphasis


def _footnotes(notes: list[NoteDraft], text: str, offsets: OffsetMap) -> list[Footnote]:
    """Each footnote with its cleaned text (cut from the cleaned footnote text by its span)."""
    out = []
    for note in sorted(notes, key=lambda n: n.start):
        a, b = offsets.clean_index(note.start), offsets.clean_index(note.end)
        body = text[a:b].strip()
        marker = note.marker[0] if note.marker else None
        out.append(Footnote(note.number, body, note.start, note.end, marker))
    return out


def _marker_sources(notes: list[NoteDraft]) -> dict[tuple[int, int], int]:
    return {(n.start, n.end): n.marker_source for n in notes if n.marker_source is not None}


def _source(pos: int, to_source: OffsetMap | None) -> int:
    if to_source is None or not len(to_source):
        return pos
    return to_source[min(pos, len(to_source) - 1)] + (1 if pos >= len(to_source) else 0)


def _to_source_zone(zone: Zone, to_source: OffsetMap | None) -> Zone:
    if to_source is None:
        return zone
    end = _source(zone.end - 1, to_source) + 1 if zone.end > zone.start else zone.start
    return Zone(zone.kind, _source(zone.start, to_source), end)


def _to_source_note(
    note: Footnote, to_source: OffsetMap | None, known: dict[tuple[int, int], int]
) -> Footnote:
    if to_source is None:
        return note
    end = _source(note.end - 1, to_source) + 1 if note.end > note.start else note.start
    marker = known.get((note.start, note.end))
    if marker is None and note.marker is not None:
        marker = _source(note.marker, to_source)
    return Footnote(note.number, note.text, _source(note.start, to_source), end, marker)


def _metadata(layout: Layout, facts: Facts, name: str, zones: list[Zone]) -> dict[str, Any]:
    """The file's metadata first, then the zones' facts, then the text and file name."""
    file_meta = layout.meta
    head = "\n".join(layout.text[z.start : z.end] for z in zones if z.kind not in TERM_ZONES)
    fallback = parse_metadata(_plain_head(head or layout.text[:3000]), name)
    signatories = list(file_meta.get("signatories") or facts.signatories)
    sender = file_meta.get("sender") or ("; ".join(dict.fromkeys(signatories)) or None)
    meta: dict[str, Any] = {
        "dossier": file_meta.get("dossier") or facts.dossier or fallback["dossier"],
        "number": file_meta.get("number") or facts.number or fallback["number"],
        "date": file_meta.get("date") or facts.date or fallback["date"],
        "title": file_meta.get("title") or facts.title or fallback["title"],
        "sender": sender or fallback["sender"],
        "signatories": signatories,
    }
    if file_meta.get("identifier"):
        meta["identifier"] = file_meta["identifier"]
    return meta


def _plain_head(text: str) -> str:
    from glossary.corpus.zones import plain

    return "\n".join(plain(line) for line in text.split("\n"))
