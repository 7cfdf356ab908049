"""TBX-Basic (TBX v2, ISO 30042:2008, ``martif type="TBX-Basic"``) export and import.

One ``termEntry`` per glossary entry (``id`` = entry id), a Dutch ``langSet`` with the term
(and an acronym's expansion as its full form) and an English ``langSet`` whose first term is
the translation, followed by an acronym's English expansion as a term of its own (``termType``
``fullForm`` next to the English ``acronym``, as TBX-Basic pairs them); ``administrativeStatus``
carries the status (reviewed = preferred, otherwise admitted; forbidden renderings are
deprecated). Imports are parsed with ``defusedxml``, so
entity expansion and external entities are refused.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from glossary import __version__
from glossary.errors import InputError
from glossary.exchange.common import (
    ImportBatch,
    ImportedItem,
    decode_utf8,
    example_sentence,
    export_stamp,
    is_language,
    one_line,
)
from glossary.exchange.formats import ExchangeFormat
from glossary.model import Entry, Glossary, Translation
from glossary.text import fold

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: An English rendering that is itself an acronym (``NATO``, ``SACEUR``), not a full form.
ACRONYM = re.compile(r"[A-Z][A-Z0-9&]*[A-Z0-9](?:'s)?")
PREFERRED = "preferredTerm-admn-sts"
ADMITTED = "admittedTerm-admn-sts"
DEPRECATED = "deprecatedTerm-admn-sts"
SUPERSEDED = "supersededTerm-admn-sts"
#: TBX-Basic part-of-speech picklist values.
POS_VALUES = ("noun", "verb", "adjective", "adverb", "properNoun", "other")
#: The root element of a TBX file, v2 (``martif``) or v3 (``tbx``), near the start of the file.
_ROOT = re.compile(rb"<(?:martif|tbx)[\s>]")
#: The note that marks the English term which is an acronym's English expansion.
ENGLISH_EXPANSION = "english expansion"
PROLOGUE = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n'
)


def xml_id(entry_id: str) -> str:
    """An XML ID for an entry id (IDs cannot start with a digit: ``2-procentnorm`` → ``_2-…``)."""
    return entry_id if entry_id[:1].isalpha() else f"_{entry_id}"


def entry_id_from_xml(value: str) -> str:
    """The inverse of :func:`xml_id` (glossary ids never start with ``_``)."""
    return value[1:] if value.startswith("_") else value


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    node = ET.SubElement(parent, tag, attrs)
    if text is not None:
        node.text = text
    return node


def _tig(
    lang_set: ET.Element, term: str, pos: str, term_type: str | None, status: str | None = None
) -> ET.Element:
    tig = _sub(lang_set, "tig")
    _sub(tig, "term", term)
    _sub(tig, "termNote", pos, type="partOfSpeech")
    if term_type:
        _sub(tig, "termNote", term_type, type="termType")
    if status:
        _sub(tig, "termNote", status, type="administrativeStatus")
    return tig


def _term_entry(body: ET.Element, entry: Entry) -> None:
    node = _sub(body, "termEntry", id=xml_id(entry.id))
    if entry.note:
        _sub(node, "note", one_line(entry.note))
    pos = entry.pos if entry.pos in POS_VALUES else "other"
    term_type = "acronym" if entry.kind == "acronym" else "fullForm"
    dutch = _sub(node, "langSet", **{XML_LANG: "nl"})
    if entry.definition:
        _sub(dutch, "descrip", one_line(entry.definition), type="definition")
    tig = _tig(dutch, entry.lemma, pos, term_type)
    example = example_sentence(entry)
    if example:
        _sub(tig, "descrip", example, type="context")
    if entry.letters:
        _sub(tig, "admin", " ".join(sorted(set(entry.letters))), type="source")
    if entry.expansion:
        _tig(dutch, one_line(entry.expansion), pos, "fullForm")
    if entry.translation is None:
        # Untranslated: suggestions go in a note, so no CAT tool (nor our import) takes one
        # of them for the entry's translation.
        if entry.alternatives:
            _sub(tig, "note", "suggestions: " + "; ".join(t.text for t in entry.alternatives))
        english: list[Translation] = []
    else:
        english = [entry.translation, *entry.alternatives]
    if not english and not entry.forbidden:
        return
    en = _sub(node, "langSet", **{XML_LANG: "en"})
    seen: set[str] = set()
    full = entry.english_expansion if english else None
    full_is_english = full is not None and fold(full.text) == fold(english[0].text)
    for i, translation in enumerate(english):
        if translation.text in seen:
            continue
        seen.add(translation.text)
        status = PREFERRED if i == 0 and entry.status == "reviewed" else ADMITTED
        en_type = (
            ("acronym" if ACRONYM.fullmatch(translation.text) else "fullForm") if i == 0 else None
        )
        tig = _tig(en, translation.text, pos, en_type, status)
        facts = [
            f"status: {entry.status}" if i == 0 else "alternative",
            f"source: {translation.source}",
        ]
        if translation.plural:
            facts.append(f"plural: {translation.plural}")
        if i == 0 and full_is_english:
            facts.append(ENGLISH_EXPANSION)
        _sub(tig, "note", "; ".join(facts))
        if i == 0 and full is not None and not full_is_english:
            seen.add(full.text)
            expansion = _tig(en, one_line(full.text), pos, "fullForm", ADMITTED)
            _sub(expansion, "note", f"{ENGLISH_EXPANSION}; source: {full.source}")
    for rendering in entry.forbidden:
        if rendering not in seen:
            seen.add(rendering)
            _tig(en, rendering, pos, None, DEPRECATED)


def export_tbx(glossary: Glossary, entries: list[Entry] | None = None) -> str:
    """The TBX-Basic text of ``entries`` (default: all), deterministic."""
    chosen = glossary.sorted_entries() if entries is None else entries
    root = ET.Element("martif", {"type": "TBX-Basic", XML_LANG: "nl"})
    header = _sub(root, "martifHeader")
    file_desc = _sub(header, "fileDesc")
    _sub(_sub(file_desc, "titleStmt"), "title", "nato-glossary: Dutch–English NATO terms")
    stamp = export_stamp(chosen).strftime("%Y-%m-%dT%H:%M:%SZ")
    _sub(
        _sub(file_desc, "sourceDesc"),
        "p",
        f"Exported by nato-glossary {__version__}: {len(chosen)} entries, "
        f"newest change {stamp}. The termEntry id is the glossary entry id.",
    )
    _sub(_sub(header, "encodingDesc"), "p", "TBXBasicXCSV02.xcs", type="XCSURI")
    body = _sub(_sub(root, "text"), "body")
    for entry in chosen:
        if entry.lemma.strip():
            _term_entry(body, entry)
    ET.indent(root, space="  ")
    return PROLOGUE + ET.tostring(root, encoding="unicode") + "\n"


class _LineBuilder(ET.TreeBuilder):
    """A tree builder that remembers the line each element starts on (for error messages)."""

    def __init__(self) -> None:
        super().__init__()
        self.parser: ET.XMLParser | None = None
        self.lines: dict[ET.Element, int] = {}

    def start(self, tag: str, attrs: dict[str, str]) -> ET.Element:
        elem = super().start(tag, attrs)
        expat = getattr(self.parser, "parser", None)
        self.lines[elem] = expat.CurrentLineNumber if expat is not None else 0
        return elem


def _parse_xml(text: str, path: str) -> tuple[ET.Element, dict[ET.Element, int]]:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import DefusedXMLParser

    builder = _LineBuilder()
    parser = DefusedXMLParser(
        target=builder, forbid_dtd=False, forbid_entities=True, forbid_external=True
    )
    builder.parser = parser
    line: int | None
    try:
        parser.feed(text)
        root = parser.close()
    except ET.ParseError as exc:
        line = exc.position[0] if exc.position else None
        message = str(exc).split(":", 1)[0]
        raise InputError(f"malformed TBX (XML): {message}", path, line) from None
    except DefusedXmlException as exc:
        expat = getattr(parser, "parser", None)
        line = expat.CurrentLineNumber if expat is not None else None
        raise InputError(
            f"refused unsafe XML ({exc.__class__.__name__}: entity declarations "
            "and external references are not allowed in TBX)",
            path,
            line,
        ) from None
    return root, builder.lines


def _language(node: ET.Element) -> str:
    return (node.get(XML_LANG) or node.get("lang") or "").strip()


def _terms(lang_set: ET.Element) -> list[tuple[str, dict[str, str], ET.Element]]:
    """(term text, termNote values by type, tig element) for each tig/ntig in order."""
    out = []
    for tig in lang_set:
        if tig.tag not in ("tig", "ntig"):
            continue
        term = tig.find(".//term")
        if term is None:
            continue
        notes = {n.get("type", ""): (n.text or "").strip() for n in tig.iter("termNote")}
        out.append(("".join(term.itertext()).strip(), notes, tig))
    return out


def _responsibility(tig: ET.Element) -> str | None:
    for note in tig.iter("transacNote"):
        text = (note.text or "").strip()
        if note.get("type") == "responsibility" and text:
            return text
    return None


def _item(entry: ET.Element, lines: dict[ET.Element, int], path: str) -> ImportedItem:
    line = lines.get(entry, 0)
    dutch: list[tuple[str, dict[str, str], ET.Element]] = []
    english: list[tuple[str, dict[str, str], ET.Element]] = []
    lang_sets = list(entry.iter("langSet"))
    if not lang_sets:
        raise InputError(
            'a termEntry without any langSet (expected a Dutch langSet xml:lang="nl" with '
            "the term, and an English one with its translation)",
            path,
            line or None,
        )
    for lang_set in lang_sets:
        code = _language(lang_set)
        if is_language(code, "nl"):
            dutch.extend(_terms(lang_set))
        elif is_language(code, "en"):
            english.extend(_terms(lang_set))
        else:
            raise InputError(
                f"wrong language: langSet xml:lang={code!r}, expected nl (Dutch "
                "terms) and en (English translations)",
                path,
                lines.get(lang_set),
            )
    lemma, notes, _ = dutch[0] if dutch else ("", {}, None)
    if not lemma and not entry.get("id"):
        raise InputError(
            "a termEntry with neither an id nor a Dutch term: nothing says which entry it is",
            path,
            line or None,
        )
    usable = [
        t for t in english if t[1].get("administrativeStatus") not in (DEPRECATED, SUPERSEDED)
    ]
    text, en_notes, tig = usable[0] if usable else ("", {}, None)
    raw_id = entry.get("id")
    return ImportedItem(
        line=line,
        lemma=lemma,
        english=text,
        reviewed=en_notes.get("administrativeStatus") == PREFERRED,
        entry_id=entry_id_from_xml(raw_id) if raw_id else None,
        kind="acronym" if notes.get("termType") == "acronym" else None,
        by=_responsibility(tig) if tig is not None else None,
        english_expansion=_english_expansion(usable),
    )


def _english_expansion(english: list[tuple[str, dict[str, str], ET.Element]]) -> str | None:
    """The English term marked as the English expansion (our export's note), else the first
    ``fullForm`` after an English ``acronym`` (how TBX-Basic pairs them); ``None``: none given."""
    for text, _, tig in english:
        remarks = " ".join("".join(n.itertext()) for n in tig.findall("note"))
        if ENGLISH_EXPANSION in remarks.lower() and text:
            return text
    if english and english[0][1].get("termType") == "acronym":
        for text, notes, _ in english[1:]:
            if notes.get("termType") == "fullForm" and text:
                return text
    return None


def parse_tbx(text: str, path: str) -> ImportBatch:
    """Read TBX text into an :class:`ImportBatch`; bad or hostile input raises InputError."""
    root, lines = _parse_xml(text, path)
    if root.tag != "martif":
        hint = (
            " (TBX v3 is not supported: export TBX v2 / TBX-Basic)"
            if root.tag.endswith("tbx")
            else ""
        )
        raise InputError(
            f"not a TBX v2 file: root element <{root.tag}>, expected <martif>{hint}",
            path,
            lines.get(root),
        )
    items = [_item(entry, lines, path) for entry in root.iter("termEntry")]
    if not items:
        raise InputError("the TBX file holds no termEntry: nothing to import", path)
    return ImportBatch(path=path, format="tbx", items=items)


def read_tbx(raw: bytes, path: str) -> ImportBatch:
    """Read TBX file bytes (UTF-8) into an :class:`ImportBatch` (see :func:`parse_tbx`)."""
    return parse_tbx(decode_utf8(raw, path, "TBX"), path)


def looks_like_tbx(head: bytes) -> bool:
    """Do these leading bytes start an XML document whose root is ``martif`` or ``tbx``?"""
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") and bool(_ROOT.search(head))


FORMATS = (
    ExchangeFormat(
        name="tbx",
        label="TBX",
        description="TBX-Basic v2 termbase for Trados, memoQ, OmegaT",
        suffixes=(".tbx",),
        aliases=(".xml",),
        write=export_tbx,
        read=read_tbx,
        sniff=looks_like_tbx,
    ),
)
