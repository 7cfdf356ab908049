"""Clean a letter's text for analysis, keeping a map from every cleaned character back to the
original (:class:`~glossary.corpus.offsets.OffsetMap`).

Footnote markers and blocks, "Naar boven", markdown markup, HTML tags and entities, PDF
line-break hyphenation, broken sentences and stray guillemets are repaired. Paragraphs and
headings stay separated by newlines in the cleaned text; a sentence never crosses a newline
there, which keeps a heading without a full stop out of the next sentence.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from glossary.corpus.offsets import OffsetMap

#: Predicate "is this a word of general Dutch?" used as evidence for hyphenation.
Lexicon = Callable[[str], bool]

#: Vowel pairs that Dutch spelling separates with a hyphen in compounds (klinkerbotsing).
VOWEL_CLASHES = frozenset(
    {"aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "ij", "oe", "oi", "oo", "ou", "ui", "uu"}
)
TERMINAL = ".!?:;"
CLOSERS = "\"'”’»)]"

_LOWER = "a-zà-öø-ÿ"
_UPPER = "A-ZÀ-ÖØ-Þ"
_NAAR_BOVEN = re.compile(r"^\s*naar\s+boven\s*$", re.IGNORECASE)
#: A footnote head line, matched on the stripped line: ``X Noot``, ``Noot 3`` (number: group 1).
NOTE_HEAD = re.compile(r"^(?:X\s+)?Noot(?:\s+(\d{1,3}))?$", re.IGNORECASE)
_NUMBER_LINE = re.compile(r"^\s*\d{1,3}\s*$")
_SUP_FOOTNOTE = re.compile(r"^\s*<sup>\s*\d+\s*</sup>", re.IGNORECASE)
_RULE_LINE = re.compile(r"^\s*(?:[-*_]\s*){3,}$|^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
_BULLET = re.compile(r"^\s{0,3}(?:[-*+•]|\d{1,2}[.)])\s+")
_TAG = re.compile(r"<sup>\s*\d{1,3}\s*</sup>|</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>")
_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|apos|nbsp|#\d{1,6}|#x[0-9a-fA-F]{1,6});")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\ufeff]")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\(([^)\s\n]+)\)")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC_STAR = re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])")
_ITALIC_UNDERSCORE = re.compile(r"(?<![_\w])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![_\w])")
#: A footnote number glued to a word of lower-case letters, capitalised or not
#: (``technologiegebieden2``, ``Defensie1``); words in capitals with a number are names
#: (``IP4``, ``MH17``).
_GLUED_TO_WORD = re.compile(rf"(?<![\w-])([{_UPPER}]?[{_LOWER}]{{4,}})(\d{{1,2}})(?=[\s.,;:!?)]|$)")
#: A footnote number after a closing bracket, quote or punctuation (``(NDPP)1``, ``jaar.3``).
_GLUED_TO_MARK = re.compile(
    rf"(?<=[\w)][)\]»”\"'’])(\d{{1,2}})(?=[\s.,;:]|$)"
    rf"|(?<=[{_LOWER}][.,;:])(\d{{1,2}})(?=\s+[A-Z]|$)"
)
#: A footnote number in angle brackets right after a word, as copies of older parliamentary
#: papers render the superscript (``vaste commissie voor Buitenlandse Zaken<1>``).
_BRACKETED_NOTE = re.compile(r"(?<=[\w)»”\"'’.])<\d{1,3}>")
#: Words that open a Dutch sentence, glued to the word before them where a heading and its
#: paragraph lost the line between them (``internationale veiligheidDe Eerste Kamer``).
SENTENCE_OPENERS = (
    "De|Het|Een|Dit|Deze|Die|Dat|Er|Hierbij|Hiermee|In|Op|Met|Voor|Bij|Door|Na|Naar|Om|Over|"
    "Tijdens|Sinds|Uit|Aan|Tot|Ook|Zoals|Volgens|Daarnaast|Wij|Ik|U"
)
_GLUED_SENTENCE = re.compile(rf"(?<![\w-])([{_UPPER}]?[{_LOWER}]{{4,}})({SENTENCE_OPENERS})(?=\s)")
#: The openers that also follow a name (``MontenegroHet``); a name written with inner
#: capitals ends in others (``LinkedIn``).
_ARTICLE_OPENERS = frozenset({"De", "Het", "Een", "Dit", "Deze", "Die", "Dat", "Er", "Hierbij"})
#: A digit right after a letter or a mark: a possible glued footnote number.
_GLUE_HINT = re.compile(r"[^\W\d_)\]»”\"'’.,;:]\d|[)\]»”\"'’.,;:]\d")
_HYPHENATED = re.compile(rf"(?<![\w-])([{_LOWER}]{{2,}})-([{_LOWER}]{{2,}})(?![\w-])")


@dataclass
class _Line:
    """One kept line of the original: its content span, markers and inline edits."""

    start: int
    end: int
    heading: bool = False
    bullet: bool = False
    hard_break: bool = False
    #: Quotes (``«``) opened on the paragraph's earlier lines and not yet closed.
    quotes: int = 0
    edits: list[tuple[int, int, str]] = field(default_factory=list)


@dataclass
class Cleaned:
    """The result of cleaning: text, offsets back to the original and italic spans."""

    text: str
    offsets: OffsetMap
    emphasis: list[tuple[int, int]]


@dataclass(frozen=True)
class CleanOptions:
    """Which repairs a kind of text needs.

    ``markup``: Markdown and HTML markup typed into a text file; ``glued_notes``: footnote
    numbers glued to words where nothing else marks them (``technologiegebieden2``), and
    a heading glued to its paragraph (``veiligheidDe``);
    ``page_joins``: sentences a page break cut into two paragraphs. Structured formats (XML,
    HTML, DOCX, ODT) know their paragraphs and footnote markers and need none of the three.
    """

    markup: bool = True
    glued_notes: bool = True
    page_joins: bool = True
    #: The lines of a paragraph are wrapped text (a PDF's lines): always joined.
    wrapped: bool = False


TEXT_FILE = CleanOptions()
STRUCTURED = CleanOptions(markup=False, glued_notes=False, page_joins=False)


@dataclass(frozen=True)
class Regions:
    """What the reader and the zones already know about spans of the text: only lines starting
    in ``keep`` are cleaned (all when ``None``), ``drops`` are deleted inline (footnote
    markers), lines starting in ``headings`` or ``items`` are headings or list items, and
    ``emphasis`` spans are italics."""

    keep: tuple[tuple[int, int], ...] | None = None
    drops: tuple[tuple[int, int], ...] = ()
    headings: tuple[tuple[int, int], ...] = ()
    items: tuple[tuple[int, int], ...] = ()
    emphasis: tuple[tuple[int, int], ...] = ()


class _SpanSet:
    """Sorted, non-overlapping spans with a fast "does a span contain this position" test."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def __contains__(self, pos: int) -> bool:
        k = bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.ends[k]

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans inside ``[start, end)``."""
        k = max(bisect_right(self.starts, start) - 1, 0)
        out = []
        while k < len(self.starts) and self.starts[k] < end:
            s, e = max(self.starts[k], start), min(self.ends[k], end)
            if e > s:
                out.append((s, e))
            k += 1
        return out


def no_lexicon(_word: str) -> bool:
    return False


_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def word_counts(text: str) -> Counter[str]:
    """How often each word (lower case) occurs: the letter's own evidence for hyphenation."""
    return Counter(_WORDS.findall(text.lower()))


_word_counts = word_counts


def should_join_hyphen(
    left: str, right: str, words: Counter[str], lexicon: Lexicon, at_break: bool
) -> bool:
    """Is ``left-right`` a hyphenated line break to undo? Decided by evidence, not by length.

    Spelling keeps the hyphen between clashing vowels (``defensie-uitgaven``) and in words
    general Dutch spells with one (``minister-president``) unless the letter writes them
    joined; the joined form seen elsewhere in the letter or known to general Dutch is
    evidence for joining (``wapen-beheersing``); at a real line break joining is the default
    unless the hyphenated form itself is attested.
    """
    if (left[-1] + right[0]).lower() in VOWEL_CLASHES:
        return False
    joined = (left + right).lower()
    hyphenated = f"{left}-{right}".lower()
    if words.get(joined, 0) == 0 and lexicon(hyphenated):
        return False  # general Dutch spells it with the hyphen (``minister-president``)
    if words.get(joined, 0) > 0 or lexicon(joined):
        return True
    return at_break and words.get(hyphenated, 0) <= 1


def _italic_and_bold(
    line: str, base: int
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """Marker deletions for ``**bold**``/``*italic*``/``_italic_`` and the italic spans."""
    edits: list[tuple[int, int, str]] = []
    italics: list[tuple[int, int]] = []
    masked = list(line)
    for m in _BOLD.finditer(line):
        n = len(m.group(1))
        edits += [
            (base + m.start(), base + m.start() + n, ""),
            (base + m.end() - n, base + m.end(), ""),
        ]
        for i in (*range(m.start(), m.start() + n), *range(m.end() - n, m.end())):
            masked[i] = "\0"
    work = "".join(masked)
    for pattern in (_ITALIC_STAR, _ITALIC_UNDERSCORE):
        for m in pattern.finditer(work):
            if "\0" in m.group(0)[1:-1] and m.group(0).count("\0") % 2:
                continue
            edits += [
                (base + m.start(), base + m.start() + 1, ""),
                (base + m.end() - 1, base + m.end(), ""),
            ]
            italics.append((base + m.start() + 1, base + m.end() - 1))
    return edits, italics


def _stray_guillemets(line: str, base: int, depth: int = 0) -> list[tuple[int, int, str]]:
    """Delete a closing ``»`` with no opening ``«`` before it (``Leaders» Meeting``);
    ``depth`` quotes are open from the paragraph's earlier lines."""
    edits = []
    for i, ch in enumerate(line):
        if ch == "«":
            depth += 1
        elif ch == "»":
            if depth > 0:
                depth -= 1
            elif i > 0 and line[i - 1].isalnum():
                edits.append((base + i, base + i + 1, ""))
    return edits


def _footnote_digits(line: str, base: int) -> list[tuple[int, int, str]]:
    """Footnote numbers glued to words or brackets: ``(NDPP)1``, ``technologiegebieden2``."""
    edits = []
    glued = Counter(m.group(0) for m in _GLUED_TO_WORD.finditer(line))
    for m in _GLUED_TO_WORD.finditer(line):
        if glued[m.group(0)] == 1:
            edits.append((base + m.start(2), base + m.end(2), ""))
    for m in _GLUED_TO_MARK.finditer(line):
        g = 1 if m.group(1) is not None else 2
        edits.append((base + m.start(g), base + m.end(g), ""))
    return edits


def _glued_sentences(line: str, base: int, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """A paragraph break where a sentence opener is glued to a word general Dutch knows
    (``veiligheidDe``), or an article to a name (``MontenegroHet``); names written with
    inner capitals (``LinkedIn``, ``GroenLinks``) stay whole."""
    edits = []
    for m in _GLUED_SENTENCE.finditer(line):
        word = m.group(1)
        if (word.islower() and lexicon(word)) or m.group(2) in _ARTICLE_OPENERS:
            edits.append((base + m.end(1), base + m.end(1), "\n\n"))
    return edits


def _inline_edits(
    text: str,
    line: _Line,
    words: Counter[str],
    lexicon: Lexicon,
    italics: list[tuple[int, int]],
    options: CleanOptions = TEXT_FILE,
    drops: _SpanSet | None = None,
) -> list[tuple[int, int, str]]:
    """Every edit inside one line, in original coordinates, sorted and non-overlapping."""
    s = line.start
    seg = text[line.start : line.end]
    edits: list[tuple[int, int, str]] = []
    if drops is not None:
        edits += [(a, b, "") for a, b in drops.within(line.start, line.end)]
    edits += [(s + m.start(), s + m.end(), "") for m in _INVISIBLE.finditer(seg)]
    if "»" in seg:
        edits += _stray_guillemets(seg, s, line.quotes)
    if "-" in seg:
        for m in _HYPHENATED.finditer(seg):
            if should_join_hyphen(m.group(1), m.group(2), words, lexicon, at_break=False):
                edits.append((s + m.end(1), s + m.end(1) + 1, ""))
    if options.glued_notes and _GLUE_HINT.search(seg):
        edits += _footnote_digits(seg, s)
    if options.glued_notes and "<" in seg:
        edits += [(s + m.start(), s + m.end(), "") for m in _BRACKETED_NOTE.finditer(seg)]
    if options.glued_notes:
        edits += _glued_sentences(seg, s, lexicon)
    if options.markup:
        edits += _markup_edits(seg, s, italics)
    edits.sort()
    out: list[tuple[int, int, str]] = []
    last = -1
    for edit in edits:
        if edit[0] >= last:
            out.append(edit)
            last = edit[1]
    return out


def _markup_edits(seg: str, s: int, italics: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Markdown and HTML markup typed into a text line: tags, entities, links, emphasis."""
    edits: list[tuple[int, int, str]] = []
    if "<" in seg:
        edits += [(s + m.start(), s + m.end(), "") for m in _TAG.finditer(seg)]
    if "&" in seg:
        edits += [
            (s + m.start(), s + m.end(), html.unescape(m.group(0)).replace("\xa0", " "))
            for m in _ENTITY.finditer(seg)
        ]
    if "](" in seg:
        edits += [(s + m.start(), s + m.end(), "") for m in _IMAGE.finditer(seg)]
        for m in _LINK.finditer(seg):
            edits += [(s + m.start(), s + m.start() + 1, ""), (s + m.end(1), s + m.end(), "")]
    if "*" in seg or "_" in seg:
        marks, spans = _italic_and_bold(seg, s)
        edits += marks
        italics += spans
    return edits


def _split_blocks(
    text: str,
    markup: bool = True,
    keep: _SpanSet | None = None,
    headings: _SpanSet | None = None,
    items: _SpanSet | None = None,
) -> list[list[_Line]]:
    """Kept lines grouped into paragraphs; footnote blocks, rules and "Naar boven" dropped.

    Lines starting outside ``keep`` count as blank lines; ``headings`` and ``items`` mark
    lines the reader knows to be headings or list items; without ``markup`` no Markdown line
    syntax is read.
    """
    paragraphs: list[list[_Line]] = []
    current: list[_Line] = []
    lines: list[tuple[int, str]] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append((pos, raw))
        pos += len(raw) + 1
    i = 0

    def close() -> None:
        nonlocal current
        if current:
            paragraphs.append(current)
            current = []

    def add(line: _Line) -> None:
        """A heading is a paragraph of its own; any other line joins the current one."""
        if line.heading:
            close()
        current.append(line)
        if line.heading:
            close()

    def skip_paragraph(j: int) -> int:
        while j < len(lines) and not lines[j][1].strip():
            j += 1
        while j < len(lines) and lines[j][1].strip():
            j += 1
        return j

    while i < len(lines):
        start, raw = lines[i]
        if keep is not None and start not in keep:
            inside = keep.within(start, start + len(raw))
            if inside:  # a kept span starting inside the line: the line from there
                raw = raw[inside[0][0] - start :]
                start = inside[0][0]
            else:
                raw = ""
        if not raw.strip():
            close()
            i += 1
            continue
        if not markup:
            line = _Line(start, start + len(raw))
            line.heading = headings is not None and start in headings
            line.bullet = items is not None and start in items
            seg = text[line.start : line.end]
            lead = len(seg) - len(seg.lstrip())
            line.start += lead
            line.end = line.start + len(seg.strip())
            add(line)
            i += 1
            continue
        if _NAAR_BOVEN.match(raw) or _RULE_LINE.match(raw):
            i += 1
            continue
        if NOTE_HEAD.match(raw.strip()):
            close()
            j = i + 1
            while j < len(lines) and not lines[j][1].strip():
                j += 1
            if j < len(lines) and _NUMBER_LINE.match(lines[j][1]):
                j += 1
            i = skip_paragraph(j)
            continue
        if _SUP_FOOTNOTE.match(raw):
            close()
            while i < len(lines) and lines[i][1].strip():
                i += 1
            continue
        line = _Line(start, start + len(raw))
        line.hard_break = raw.endswith("  ") or raw.endswith("\\")
        line.heading = headings is not None and start in headings
        line.bullet = items is not None and start in items
        for marker, flag in ((_QUOTE, None), (_HEADING, "heading"), (_BULLET, "bullet")):
            m = marker.match(text[line.start : line.end])
            if m:
                line.start += m.end()
                if flag:
                    setattr(line, flag, True)
        seg = text[line.start : line.end]
        if line.heading:
            seg = seg.rstrip("# \t")
        stripped = seg.strip().rstrip("\\").strip()
        if stripped:
            lead = len(seg) - len(seg.lstrip())
            line.start += lead
            line.end = line.start + len(stripped)
            add(line)
        i += 1
    close()
    return paragraphs


def _apply(text: str, line: _Line) -> str:
    """The cleaned content of one line (for join decisions)."""
    out = []
    pos = line.start
    for s, e, r in line.edits:
        out.append(text[pos:s])
        out.append(r)
        pos = e
    out.append(text[pos : line.end])
    return "".join(out)


def _word_count(s: str) -> int:
    return len(s.split())


def _ends_sentence(s: str) -> bool:
    return bool(s) and s.rstrip(CLOSERS)[-1:] in TERMINAL


def _starts_lower(s: str) -> bool:
    return bool(s) and s[0].islower()


def _starts_digit(s: str) -> bool:
    return bool(s) and s[0].isdigit()


#: Words after a truncated compound that show the hyphen ends a word of its own
#: (``navigatie- en communicatiesatellieten``).
_CONJUNCTIONS = frozenset({"en", "of", "tot", "noch", "dan", "als", "respectievelijk", "c.q."})


def _hyphen_break(prev: str, nxt: str) -> tuple[str, str] | None:
    """``wapen-`` + ``beheersing``, ``Oek-`` + ``raïne``: the two halves of a word hyphenated
    at a line break (a capital may open the word, never a lower-case second half)."""
    m = re.search(rf"(?<![\w-])((?:[{_UPPER}][{_LOWER}]|[{_LOWER}]{{2}})[{_LOWER}]*)-$", prev)
    n = re.match(rf"([{_LOWER}]{{2,}})(?![\w-])", nxt)
    if m and n and n.group(1) not in _CONJUNCTIONS:
        return m.group(1), n.group(1)
    return None


def _kept_hyphen(prev: str, nxt: str) -> bool:
    """``NAVO-`` + ``top``, ``EU-`` + ``NAVO``: a real hyphen at the end of a line, the word
    going on on the next line."""
    first = nxt.split(" ", 1)[0] if nxt else ""
    return (
        bool(re.search(r"[^\W_]-$", prev))
        and bool(first)
        and first[0].isalnum()
        and first.lower() not in _CONJUNCTIONS
    )


#: A line longer than this was never wrapped: no editor or converter wraps text so wide.
UNWRAPPED_LINE = 200


def unwrapped(text: str) -> bool:
    """Does ``text`` keep each paragraph on one line (some line runs past
    :data:`UNWRAPPED_LINE` characters)? Then a line break after a line is its own end: a
    heading's, a list item's or a table row's (``Zelfdiagnose`` on a line of its own)."""
    return any(len(line) > UNWRAPPED_LINE for line in text.split("\n"))


def _line_gap(prev: _Line, nxt: _Line, p: str, n: str, one_line: bool = False) -> str:
    """Separator between two lines of one paragraph: a space (wrapped text) or a newline;
    ``one_line`` when the text keeps its paragraphs on one line each (:func:`unwrapped`)."""
    if prev.heading or nxt.heading or nxt.bullet:
        return "\n"
    if _starts_lower(n):
        return " "
    if one_line or _ends_sentence(p) or prev.hard_break:
        return "\n"
    if _word_count(p) < 5 and not p.endswith(","):
        return "\n"
    return " "


def _paragraph_gap(prev: _Line, nxt: _Line, p: str, n: str, joins: bool = True) -> str:
    """Separator between paragraphs: a space when a sentence was broken by a page break."""
    if not joins or prev.heading or nxt.heading or nxt.bullet or _ends_sentence(p):
        return "\n\n"
    if _starts_lower(n):
        return " "
    if _starts_digit(n) and _word_count(p) >= 5 and re.search(rf"[{_LOWER},]$", p):
        return " "
    return "\n\n"


def clean_text(
    text: str,
    lexicon: Lexicon = no_lexicon,
    regions: Regions | None = None,
    options: CleanOptions = TEXT_FILE,
    words: Counter[str] | None = None,
) -> Cleaned:
    """Clean a letter's text; see the module docstring for what is repaired.

    ``regions`` restricts cleaning to some lines and adds what the reader knows (headings,
    list items, markers to delete, italics); ``options`` says which repairs this kind of text
    needs; ``words`` are the text's word counts (evidence for hyphenation) when the caller
    cleans one text in several parts.
    """
    regions = regions or Regions()
    if words is None:
        words = _word_counts(text)
    italics: list[tuple[int, int]] = list(regions.emphasis)
    keep = _SpanSet(regions.keep) if regions.keep is not None else None
    drops = _SpanSet(regions.drops) if regions.drops else None
    paragraphs = _split_blocks(
        text,
        options.markup,
        keep,
        _SpanSet(regions.headings) if regions.headings else None,
        _SpanSet(regions.items) if regions.items else None,
    )
    for para in paragraphs:
        quotes = 0
        for line in para:
            line.quotes = quotes
            line.edits = _inline_edits(text, line, words, lexicon, italics, options, drops)
            segment = text[line.start : line.end]
            quotes = max(quotes + segment.count("«") - segment.count("»"), 0)
    parts: list[str] = []
    offsets = OffsetMap()
    length = 0

    def put_copy(start: int, end: int) -> None:
        nonlocal length
        if end > start:
            parts.append(text[start:end])
            offsets.add_copy(start, end - start)
            length += end - start

    def put_const(s: str, at: int) -> None:
        nonlocal length
        if s:
            parts.append(s)
            offsets.add_constant(at, len(s))
            length += len(s)

    def emit(line: _Line, end: int | None = None) -> None:
        stop = line.end if end is None else end
        pos = line.start
        for s, e, r in line.edits:
            if s >= stop:
                break
            put_copy(pos, s)
            put_const(r, s)
            pos = e
        put_copy(pos, stop)

    one_line = not options.wrapped and unwrapped(text)
    flat = [(line, k == 0) for para in paragraphs for k, line in enumerate(para)]
    contents = [_apply(text, line) for line, _ in flat]
    gaps = [""] * len(flat)
    ends = [line.end for line, _ in flat]
    for idx in range(1, len(flat)):
        line, first_in_para = flat[idx]
        prev, p, n = flat[idx - 1][0], contents[idx - 1], contents[idx]
        broken = options.page_joins or not first_in_para
        pieces = None if prev.heading or not broken else _hyphen_break(p, n)
        if pieces:
            gaps[idx] = ""
            # a capitalised word may be a name before a common noun (``Patriot-`` +
            # ``systemen``): joined only on evidence (``Oek-`` + ``raïne`` beside ``Oekraïne``)
            name = pieces[0][:1].isupper()
            if should_join_hyphen(*pieces, words, lexicon, at_break=not name):
                ends[idx - 1] -= 1
        elif broken and _kept_hyphen(p, n) and not (prev.heading or line.heading):
            gaps[idx] = ""
        elif first_in_para:
            gaps[idx] = _paragraph_gap(prev, line, p, n, options.page_joins)
        elif options.wrapped and not (prev.heading or line.heading or line.bullet):
            gaps[idx] = " "
        else:
            gaps[idx] = _line_gap(prev, line, p, n, one_line)
    for idx, (line, _) in enumerate(flat):
        if idx:
            put_const(gaps[idx], flat[idx - 1][0].end)
        emit(line, ends[idx])
    clean = "".join(parts)
    emphasis = []
    for s, e in italics:
        cs, ce = offsets.clean_index(s), offsets.clean_index(e)
        if ce > cs:
            emphasis.append((cs, ce))
    return Cleaned(clean, offsets, sorted(emphasis))
