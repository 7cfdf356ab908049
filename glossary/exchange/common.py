"""What every exchange format shares: entry selection, comment lines, the export stamp, reading
and decoding a file, the language pair a reader is asked for (:class:`Languages`) and the
neutral records a reader produces: :class:`ImportedItem` (before it is applied to a glossary)
and :class:`CatalogMessage` (what ``glossary check`` checks).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from glossary.errors import InputError
from glossary.model import Entry, Glossary, is_valid_source

#: The fixed date used when no entry carries an ``updated`` timestamp (keeps output stable).
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

#: ``Last-Translator`` written by an export; an import treats it as "no translator named".
EXPORT_TRANSLATOR = "nato-glossary export"


@dataclass(frozen=True)
class Languages:
    """The source and target language wanted from a file; ``None``: whatever the file says.

    ``glossary import`` asks for :data:`PROJECT` (Dutch terms, English renderings); the Sphinx
    extension asks for what ``conf.py`` says, or nothing, to read any language pair.
    """

    source: str | None = None
    target: str | None = None


#: The project's own pair: Dutch terms with English renderings.
PROJECT = Languages("nl", "en")


@dataclass(frozen=True)
class ImportedItem:
    """One translated term read from an exchange file, before it touches the glossary.

    ``lemma`` is the source-language term and ``english`` its target-language rendering
    (English for the project's glossary); ``english`` is empty when the file leaves the term
    untranslated and ``plural`` is ``None`` when the format (or message) carries no plural of
    it. ``entry_id`` is the id the file gives the concept (a glossary id in the project's own
    exports, the other tool's id otherwise). ``forms`` are further source-language terms of
    the same concept (variants, a plural, an acronym's full form) and ``alternatives`` further
    admitted renderings, both in file order.
    """

    line: int
    lemma: str
    english: str
    reviewed: bool
    entry_id: str | None = None
    plural: str | None = None
    kind: str | None = None
    by: str | None = None
    forms: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = ()
    expansion: str | None = None
    definition: str | None = None
    #: An acronym's English full form, when the file gives one (``None``: it says nothing).
    english_expansion: str | None = None


@dataclass(frozen=True)
class CatalogMessage:
    """One message of a translated catalog: Dutch source, English target, where, and whether
    the translator still marks it fuzzy. ``line`` is that of the target (PO ``msgstr``)."""

    line: int
    source: str
    target: str
    fuzzy: bool


@dataclass
class ImportBatch:
    """Everything one exchange file says: its items, format, the translator it names and its
    language pair (what the file says, else what was asked for, else the project's)."""

    path: str
    format: str
    items: list[ImportedItem] = field(default_factory=list)
    translator: str | None = None
    source_language: str = "nl"
    target_language: str = "en"


def select_entries(
    glossary: Glossary, statuses: Sequence[str] | None = None, kinds: Sequence[str] | None = None
) -> list[Entry]:
    """Entries sorted by id, filtered by status and kind (``None`` or empty: all)."""
    return [
        e
        for e in glossary.sorted_entries()
        if (not statuses or e.status in statuses) and (not kinds or e.kind in kinds)
    ]


def parse_time(text: str) -> datetime | None:
    """An ISO 8601 timestamp as an aware UTC datetime, or ``None`` when it is not one."""
    if not text:
        return None
    try:
        stamp = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return stamp.astimezone(UTC)


def export_stamp(entries: Iterable[Entry]) -> datetime:
    """The newest ``updated`` of the exported entries: the only date an export writes."""
    stamps = [s for s in (parse_time(e.updated) for e in entries) if s is not None]
    return max(stamps, default=EPOCH)


def one_line(text: str | None) -> str:
    """Collapse all whitespace (newlines included) to single spaces."""
    return " ".join((text or "").split())


def example_sentence(entry: Entry) -> str:
    """The first stored example sentence of an entry, on one line ('' when there is none)."""
    for occ in entry.examples:
        if occ.sentence.strip():
            return one_line(occ.sentence)
    return ""


#: The comment line that carries an acronym's English expansion (PO and CSV comments).
ENGLISH_EXPANSION = "english expansion: "
_SOURCE_SUFFIX = "; source: "


def comment_lines(entry: Entry, english_expansion: bool = True) -> list[str]:
    """The translator notes for an entry: kind, expansion, English expansion (unless the
    format has a place of its own for it), definition, note, source, example, alternatives and
    forbidden renderings, one ``label: value`` line each."""
    lines = [f"kind: {entry.kind}"]
    if entry.expansion:
        lines.append(f"expansion: {one_line(entry.expansion)}")
    full = entry.english_expansion
    if english_expansion and full is not None:
        lines.append(f"{ENGLISH_EXPANSION}{one_line(full.text)}{_SOURCE_SUFFIX}{full.source}")
    if entry.definition:
        lines.append(f"definition: {one_line(entry.definition)}")
    if entry.note:
        lines.append(f"note: {one_line(entry.note)}")
    if entry.translation:
        lines.append(f"status: {entry.status}; source: {entry.translation.source}")
    else:
        lines.append(f"status: {entry.status}")
    alternatives = [one_line(t.text) for t in entry.alternatives]
    if alternatives:
        lines.append("alternatives: " + "; ".join(alternatives))
    example = example_sentence(entry)
    if example:
        lines.append(f"example: {example}")
    if entry.forbidden:
        lines.append("forbidden: " + "; ".join(one_line(f) for f in entry.forbidden))
    return lines


#: The labels :func:`comment_lines` writes; a comment line starting otherwise continues the
#: line before it (PO writers wrap long comments).
LABELS = (
    "kind",
    "expansion",
    "english expansion",
    "definition",
    "note",
    "status",
    "alternatives",
    "example",
    "forbidden",
)


def unwrap(lines: Iterable[str]) -> list[str]:
    """Comment lines with wrapped continuations joined back to the labelled line they belong
    to (a word cut after its hyphen, ``Co-`` + ``operation``, is joined without a space)."""
    out: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        label = line.split(":", 1)[0].lower() if ":" in line else ""
        if out and label not in LABELS:
            previous = out[-1]
            glue = "" if re.search(r"\w-$", previous) else " "
            out[-1] = previous + glue + line
        else:
            out.append(line)
    return out


def english_expansion_in(lines: Iterable[str]) -> str | None:
    """The English expansion a comment line gives (``english expansion: X; source: S``), the
    last such line winning; ``None`` when no line gives one. Wrapped lines are joined first."""
    found = None
    for line in unwrap(lines):
        if line.lower().startswith(ENGLISH_EXPANSION.strip()):
            text = line.split(":", 1)[1].strip()
            head, sep, tail = text.rpartition(_SOURCE_SUFFIX.strip())
            if sep and is_valid_source(tail.strip()):
                text = head.strip()
            found = text or found
    return found


def dutch_plural(entry: Entry) -> str:
    """A Dutch plural among the entry's forms (``dreigingen`` for ``dreiging``), else the lemma.

    Only used as the ``msgid_plural`` of PO messages whose English has a plural.
    """
    lemma = entry.lemma
    stem = lemma[:-2] if len(lemma) > 3 else lemma[:-1]
    endings = ("en", "ën", "s", "'s", "’s")
    found = sorted(
        (
            f
            for f in entry.forms
            if f != lemma and len(f) > len(lemma) and f.startswith(stem) and f.endswith(endings)
        ),
        key=lambda f: (len(f), f),
    )
    return found[0] if found else lemma


def read_bytes(path: str | os.PathLike[str], what: str) -> bytes:
    """The bytes of a ``what`` (PO, TBX, CSV) file; a missing or unreadable file, one that is
    not a regular file or one larger than the input limit is a one-line error naming it."""
    from glossary.files import read_input
    from glossary.limits import INPUT_ENV, current

    return read_input(Path(path), f"{what} file", current().input_bytes, limit_env=INPUT_ENV)


def decode_utf8(raw: bytes, path: str, what: str, encoding: str = "utf-8") -> str:
    """Decode bytes, naming the line of the first undecodable byte; refuse an empty file and
    a NUL byte anywhere (naming its line)."""
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"not valid {encoding} (byte {exc.start}); save the {what} file as UTF-8", path, line
        ) from None
    except LookupError:
        raise InputError(f"unknown character set {encoding!r} in the {what} header", path) from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError(f"empty {what} file: nothing to import", path)
    nul = text.find("\0")
    if nul >= 0:
        raise InputError(
            f"a NUL byte: binary data, not a {what} file", path, text.count("\n", 0, nul) + 1
        )
    return text


def primary_language(code: str | None) -> str:
    """The primary subtag of a language code, lower-cased: ``en_GB``, ``en-US``, ``EN`` → ``en``."""
    return re.split(r"[-_@.]", (code or "").strip(), maxsplit=1)[0].lower()


def is_language(code: str | None, language: str) -> bool:
    """``en``, ``en_GB``, ``en-US`` and ``EN`` all are English."""
    return bool(code) and primary_language(code) == primary_language(language)


#: A language tag as files write it (``nl``, ``en-GB``, ``pt_BR``, ``zh-Hant``).
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")


def language_name(code: str) -> str:
    """How messages name a language: ``nl (Dutch)``, ``de`` when the name is not known."""
    names = {"nl": "Dutch", "en": "English"}
    primary = primary_language(code)
    return f"{primary} ({names[primary]})" if primary in names else primary


def choose_languages(
    found: list[str],
    wanted: Languages,
    path: str,
    default_source: str | None = None,
    line: int | None = None,
) -> tuple[str, str]:
    """(source, target) among the primary languages ``found`` in a file, in file order.

    A wanted language must be in the file. Otherwise the source is ``default_source`` (the
    file's declared language) when the file has terms in it, else the first language; the
    target is the one other language, or English among several. Errors name the file.
    """
    present = list(dict.fromkeys(primary_language(c) for c in found if c))
    source = primary_language(wanted.source) if wanted.source else None
    target = primary_language(wanted.target) if wanted.target else None
    listed = ", ".join(present) or "none"
    for language in (source, target):
        if language and language not in present:
            expected = " and ".join(language_name(x) for x in (source, target) if x)
            raise InputError(
                f"wrong language: the file has no {language} terms (it has {listed}); "
                f"expected {expected}",
                path,
                line,
            )
    if source is None:
        declared = primary_language(default_source) if default_source else None
        others = [x for x in present if x != target]
        source = declared if declared in others else (others[0] if others else None)
    if source is None:
        raise InputError(f"no terms in any language (languages: {listed})", path, line)
    if target is None:
        others = [x for x in present if x != source]
        if len(others) == 1:
            target = others[0]
        elif "en" in others:
            target = "en"
        elif not others:
            raise InputError(
                f"only {source} terms, no translations: a bilingual file is needed", path, line
            )
        else:
            raise InputError(
                f"terms in several target languages ({', '.join(others)}); say which one is "
                "wanted (glossary_target_language in conf.py)",
                path,
                line,
            )
    return source, target
