"""PO and POT exchange with polib: one message per entry, ``msgctxt`` = entry id.

Export: ``msgid`` = Dutch term, ``msgstr`` = English, ``#.`` translator notes (among them an
acronym's ``english expansion:``), ``#:`` letters, ``fuzzy`` on every translated entry that is
not ``reviewed``, ``msgid_plural`` only where the English has a plural. Import: the reverse (an
``english expansion:`` line in a translator comment ``#`` wins over the exported one), read as
strictly as ``msgfmt`` reads PO (:mod:`glossary.exchange.po_syntax`: unterminated strings,
invalid escapes, wrong plural counts are errors), with a non-English ``Language`` header an
error too, each one line naming the file and line. POT is the template variant: the
same messages with the English left empty. PO is also the catalog format ``glossary check``
reads (:func:`catalog_messages`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from glossary import __version__
from glossary.errors import InputError
from glossary.exchange.common import (
    EXPORT_TRANSLATOR,
    PROJECT,
    CatalogMessage,
    ImportBatch,
    ImportedItem,
    Languages,
    comment_lines,
    decode_utf8,
    dutch_plural,
    english_expansion_in,
    export_stamp,
    is_language,
    language_name,
    primary_language,
)
from glossary.exchange.formats import ExchangeFormat
from glossary.exchange.po_syntax import Catalog, header_line, read_catalog
from glossary.model import Entry, Glossary
from glossary.sanitize import clean_line

if TYPE_CHECKING:
    import polib

PLURAL_FORMS = "nplurals=2; plural=(n != 1);"
_CHARSET = re.compile(rb'"Content-Type:[^"]*?charset=([A-Za-z0-9_.:-]+)')
_DEFAULT_TRANSLATORS = ("FULL NAME", EXPORT_TRANSLATOR)
#: A line that starts a PO message (what no TBX or CSV file has at the start of a line).
_MESSAGE_LINE = re.compile(rb'^\s*(?:msgctxt|msgid)\s+"', re.MULTILINE)


def _metadata(entries: list[Entry], template: bool) -> dict[str, str]:
    date = export_stamp(entries).strftime("%Y-%m-%d %H:%M+0000")
    return {
        "Project-Id-Version": "nato-glossary",
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": date,
        "PO-Revision-Date": date,
        "Last-Translator": EXPORT_TRANSLATOR,
        "Language-Team": "English",
        "Language": "en",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": PLURAL_FORMS,
        "X-Generator": f"nato-glossary {__version__}",
        "X-Source-Language": "nl",
        **({"X-Template": "yes"} if template else {}),
    }


def _message(entry: Entry, template: bool) -> polib.POEntry:
    import polib

    translation = entry.translation
    plural = translation.plural if translation else None
    kwargs: dict = {
        "msgctxt": entry.id,
        "msgid": entry.lemma,
        "comment": "\n".join(comment_lines(entry)),
        # A reference is one word on a '#:' line: no space or line break may split it.
        "occurrences": [
            ("_".join(clean_line(letter).split()), "") for letter in sorted(set(entry.letters))
        ],
    }
    english = "" if template or translation is None else translation.text
    if plural:
        kwargs["msgid_plural"] = dutch_plural(entry)
        kwargs["msgstr_plural"] = {0: english, 1: "" if template else plural}
    else:
        kwargs["msgstr"] = english
    message = polib.POEntry(**kwargs)
    if english and entry.status != "reviewed":
        message.flags.append("fuzzy")
    return message


def export_po(
    glossary: Glossary, entries: list[Entry] | None = None, template: bool = False
) -> str:
    """The PO (or, with ``template``, POT) text of ``entries`` (default: all), deterministic."""
    import polib

    chosen = glossary.sorted_entries() if entries is None else entries
    po = polib.POFile(wrapwidth=78)
    po.header = (
        "English renderings of Dutch NATO terms (nato-glossary).\n"
        "msgctxt is the glossary entry id: keep it. Remove the fuzzy flag to approve."
    )
    po.metadata = _metadata(chosen, template)
    po.metadata_is_fuzzy = template
    for entry in chosen:
        if not entry.lemma.strip():
            continue
        po.append(_message(entry, template))
    return str(po).rstrip("\n") + "\n"


def export_pot(glossary: Glossary, entries: list[Entry] | None = None) -> str:
    """The POT text of ``entries``: the PO export with every English left empty."""
    return export_po(glossary, entries, template=True)


def _charset(raw: bytes) -> str:
    match = _CHARSET.search(raw[:4096])
    return match.group(1).decode("ascii") if match else "utf-8"


def _translator(metadata: dict[str, str]) -> str | None:
    name = metadata.get("Last-Translator", "").strip()
    if not name or name.startswith(_DEFAULT_TRANSLATORS):
        return None
    return name


def parse_catalog(raw: bytes, path: str) -> tuple[Catalog, str]:
    """Read PO bytes strictly (:mod:`glossary.exchange.po_syntax`; charset from the header);
    errors name the file and line."""
    text = decode_utf8(raw, path, "PO", _charset(raw))
    return read_catalog(text, path, _charset(raw)), text


def parse_po(raw: bytes, path: str, languages: Languages = PROJECT) -> ImportBatch:
    """Read PO bytes into an :class:`ImportBatch`; bad input raises a one-line InputError."""
    catalog, text = parse_catalog(raw, path)
    return _batch(catalog, text, path, languages)


def _header_language(
    catalog: Catalog, text: str, path: str, field: str, wanted: str | None, fallback: str
) -> str:
    """The language a header ``field`` names; it must be ``wanted`` when that is given."""
    declared = catalog.metadata.get(field, "").strip()
    if declared and wanted and not is_language(declared, wanted):
        raise InputError(
            f"wrong language: the PO header says {field}: {declared}, "
            f"expected {language_name(wanted)}",
            path,
            header_line(text, field),
        )
    return primary_language(declared or wanted or fallback)


def _batch(catalog: Catalog, text: str, path: str, languages: Languages = PROJECT) -> ImportBatch:
    """The import items of a parsed catalog. The target language is the ``Language`` header,
    the source language ``X-Source-Language`` (both checked against ``languages`` where it
    names one), else ``languages``, else the project's Dutch and English; plural forms other
    than two (singular, plural) are an error."""
    target = _header_language(
        catalog, text, path, "Language", languages.target, PROJECT.target or ""
    )
    source = _header_language(
        catalog, text, path, "X-Source-Language", languages.source, PROJECT.source or ""
    )
    if catalog.nplurals not in (None, 2):
        raise InputError(
            f"the header's Plural-Forms says nplurals={catalog.nplurals}, but the glossary "
            f"keeps 2 forms (singular and plural); use Plural-Forms: {PLURAL_FORMS}",
            path,
            catalog.plural_forms_line,
        )
    items = []
    for message in catalog:
        if message.obsolete or not message.msgid:
            continue
        if message.msgid_plural is not None:
            english = message.msgstr_plural.get(0, "")
            plural = message.msgstr_plural.get(1, "") or None
        else:
            english, plural = message.msgstr, None
        source_plural = (message.msgid_plural or "").strip()
        items.append(
            ImportedItem(
                line=message.line,
                lemma=message.msgid,
                english=english.strip(),
                reviewed="fuzzy" not in message.flags,
                entry_id=message.msgctxt or None,
                plural=plural.strip() if plural else None,
                forms=(source_plural,) if source_plural not in ("", message.msgid) else (),
                english_expansion=english_expansion_in(
                    [*message.comment.splitlines(), *message.tcomment.splitlines()]
                ),
            )
        )
    if not items:
        raise InputError("the PO file holds no messages: nothing to import", path)
    return ImportBatch(
        path=path,
        format="po",
        items=items,
        translator=_translator(catalog.metadata),
        source_language=source,
        target_language=target,
    )


def catalog_messages(raw: bytes, path: str) -> list[CatalogMessage]:
    """The translated-or-not messages of a catalog for ``glossary check`` (obsolete ones and
    the header left out); plural forms are joined by newlines, the line is the ``msgstr``'s.
    A catalog in another language than English is an error."""
    catalog, text = parse_catalog(raw, path)
    _header_language(catalog, text, path, "Language", "en", "en")
    out = []
    for message in catalog:
        if message.obsolete or not message.msgid:
            continue
        if message.msgid_plural is not None:
            dutch = f"{message.msgid}\n{message.msgid_plural}"
            english = "\n".join(v for _, v in sorted(message.msgstr_plural.items()))
        else:
            dutch, english = message.msgid, message.msgstr
        out.append(CatalogMessage(message.msgstr_line, dutch, english, "fuzzy" in message.flags))
    return out


def looks_like_po(head: bytes) -> bool:
    """Do these leading bytes hold a line starting a PO message (``msgid "…"``)?"""
    return bool(_MESSAGE_LINE.search(head))


PO = ExchangeFormat(
    name="po",
    label="PO",
    description="gettext PO catalog for Poedit, Weblate, OmegaT",
    suffixes=(".po",),
    write=export_po,
    read=parse_po,
    sniff=looks_like_po,
    messages=catalog_messages,
)
POT = ExchangeFormat(
    name="pot",
    label="PO",
    description="gettext PO template, the English left empty",
    suffixes=(".pot",),
    write=export_pot,
    read=parse_po,
    sniff=looks_like_po,
    variant_of="po",
    messages=catalog_messages,
)
FORMATS = (PO, POT)
