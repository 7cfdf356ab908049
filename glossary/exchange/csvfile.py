"""Weblate glossary CSV export and import (``source,target,english_expansion,context,...``).

Columns follow the translate-toolkit/Weblate CSV header names; ``context`` is the entry id.
``english_expansion`` (an acronym's English full form) is ours: translate-toolkit and Weblate
ignore a column they do not know, a spreadsheet shows it next to the English.
UTF-8, RFC 4180 quoting, and cells that a spreadsheet would run as a formula (starting with
``=``, ``+``, ``-``, ``@``, tab or carriage return) are prefixed with ``'`` on export and
un-escaped on import, by the same functions every CSV output of the tool uses
(:mod:`glossary.sanitize`). A glossary whose header names languages instead (``de,en`` or
``nl-NL,en-GB``, as terminology tools export it) reads too: the columns are the languages.
"""

from __future__ import annotations

import csv
import io

from glossary.errors import InputError
from glossary.exchange.common import (
    LANGUAGE_TAG,
    PROJECT,
    ImportBatch,
    ImportedItem,
    Languages,
    choose_languages,
    comment_lines,
    decode_utf8,
    primary_language,
)
from glossary.exchange.formats import ExchangeFormat
from glossary.model import Entry, Glossary
from glossary.sanitize import FORMULA_START, csv_cell, escape_formula, unescape_formula

__all__ = ["FORMULA_START", "escape_formula", "unescape_formula"]

COLUMNS = (
    "source",
    "target",
    "english_expansion",
    "context",
    "fuzzy",
    "developer_comments",
    "location",
)
TRUE_VALUES = frozenset({"true", "1", "yes", "y", "fuzzy"})
FALSE_VALUES = frozenset({"false", "0", "no", "n", ""})


def _row(entry: Entry) -> list[str]:
    translation = entry.translation
    fuzzy = bool(translation) and entry.status != "reviewed"
    full = entry.english_expansion
    return [
        entry.lemma,
        translation.text if translation else "",
        full.text if full else "",
        entry.id,
        "True" if fuzzy else "False",
        "; ".join(comment_lines(entry, english_expansion=False)),
        " ".join(sorted(set(entry.letters))),
    ]


def export_csv(glossary: Glossary, entries: list[Entry] | None = None) -> str:
    """The CSV text of ``entries`` (default: all), deterministic, formula cells escaped."""
    chosen = glossary.sorted_entries() if entries is None else entries
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for entry in chosen:
        if entry.lemma.strip():
            writer.writerow([csv_cell(cell) for cell in _row(entry)])
    return buf.getvalue()


def _flag(value: str, path: str, line: int) -> bool:
    folded = value.strip().lower()
    if folded in TRUE_VALUES:
        return True
    if folded in FALSE_VALUES:
        return False
    raise InputError(f"fuzzy column holds {value!r}; use True or False", path, line)


def _language_columns(
    header: list[str], languages: Languages, path: str
) -> tuple[list[str], str, str] | None:
    """A header of language tags (``de,en``): the header with the chosen source and target
    columns renamed ``source`` and ``target``, and the two languages; else None."""
    tags = [primary_language(h) if LANGUAGE_TAG.fullmatch(h) else "" for h in header]
    if sum(1 for t in tags if t) < 2 or "source" in header or "target" in header:
        return None
    source, target = choose_languages([t for t in tags if t], languages, path, line=1)
    renamed = list(header)
    renamed[tags.index(source)] = "source"
    renamed[tags.index(target)] = "target"
    return renamed, source, target


def parse_csv(text: str, path: str, languages: Languages = PROJECT) -> ImportBatch:
    """Read Weblate glossary CSV text; needs a header with at least ``source`` and ``target``
    (their languages are ``languages``, else the project's), or with language tags as column
    names, whose first is the source language unless ``languages`` says otherwise.

    Without a ``fuzzy`` column every translation imports as ``proposed`` (not reviewed).
    """
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except csv.Error as exc:
        raise InputError(f"malformed CSV: {exc}", path, reader.line_num) from None
    twice = sorted({name for name in header if name and header.count(name) > 1})
    if twice:
        raise InputError(
            f"the CSV header names the column {', '.join(repr(n) for n in twice)} more than "
            "once; keep one",
            path,
            1,
        )
    source = primary_language(languages.source or PROJECT.source)
    target = primary_language(languages.target or PROJECT.target)
    by_language = _language_columns(header, languages, path)
    if by_language is not None:
        header, source, target = by_language
    missing = [c for c in ("source", "target") if c not in header]
    if missing:
        raise InputError(
            f"CSV header lacks the column(s) {', '.join(missing)}; expected "
            "Weblate glossary columns source,target,context,...",
            path,
            1,
        )
    col = {name: header.index(name) for name in COLUMNS if name in header}
    items = []
    start = reader.line_num + 1
    try:
        for row in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(header):
                raise InputError(f"row has {len(row)} cells, the header {len(header)}", path, line)
            cells = {
                name: unescape_formula(row[i]) if i < len(row) else "" for name, i in col.items()
            }
            fuzzy = _flag(cells["fuzzy"], path, line) if "fuzzy" in col else True
            context = cells.get("context", "").strip()
            items.append(
                ImportedItem(
                    line=line,
                    lemma=cells["source"].strip(),
                    english=cells["target"].strip(),
                    reviewed=not fuzzy,
                    entry_id=context or None,
                    english_expansion=cells.get("english_expansion", "").strip() or None,
                )
            )
    except csv.Error as exc:
        raise InputError(f"malformed CSV: {exc}", path, reader.line_num) from None
    if not items:
        raise InputError("the CSV file holds no rows: nothing to import", path)
    return ImportBatch(
        path=path, format="csv", items=items, source_language=source, target_language=target
    )


def read_csv(raw: bytes, path: str, languages: Languages = PROJECT) -> ImportBatch:
    """Read CSV file bytes (UTF-8) into an :class:`ImportBatch` (see :func:`parse_csv`)."""
    return parse_csv(decode_utf8(raw, path, "CSV"), path, languages)


def looks_like_csv(head: bytes) -> bool:
    """Is the first line of these bytes a CSV header with ``source`` and ``target`` columns?"""
    first = head.split(b"\n", 1)[0].decode("utf-8-sig", errors="replace")
    try:
        header = next(csv.reader([first]), [])
    except csv.Error:
        return False
    names = {cell.strip().lower() for cell in header}
    return {"source", "target"} <= names


FORMATS = (
    ExchangeFormat(
        name="csv",
        label="CSV",
        description="Weblate glossary CSV, one row per entry",
        suffixes=(".csv",),
        write=export_csv,
        read=read_csv,
        sniff=looks_like_csv,
    ),
)
