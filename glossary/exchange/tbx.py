"""TBX export (TBX v2, ISO 30042:2008, ``martif type="TBX-Basic"``) and TBX import (v2, and
v3, ISO 30042:2019, in its DCA and DCT styles: TBX-Basic, TBX-Min and other dialects).

One ``termEntry`` per glossary entry (``id`` = entry id), a Dutch ``langSet`` with the term
(and an acronym's expansion as its full form) and an English ``langSet`` whose first term is
the translation, followed by an acronym's English expansion as a term of its own (``termType``
``fullForm`` next to the English ``acronym``, as TBX-Basic pairs them); ``administrativeStatus``
carries the status (reviewed = preferred, otherwise admitted; forbidden renderings are
deprecated). :mod:`glossary.exchange.tbx3` writes the same in TBX v3. Imports of either version
are parsed with ``defusedxml``, so entity expansion and external entities are refused, and read
through one model: a concept entry (``termEntry`` / ``conceptEntry``), its language sections
(``langSet`` / ``langSec``) and their term sections (``tig``, ``ntig`` / ``termSec``), whose
data categories are read alike whether written as ``<termNote type="termType">`` (v2, v3 DCA)
or as ``<basic:termType>`` (v3 DCT).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import NamedTuple

from glossary import __version__
from glossary.errors import InputError
from glossary.exchange.common import (
    PROJECT,
    ImportBatch,
    ImportedItem,
    Languages,
    choose_languages,
    decode_utf8,
    example_sentence,
    export_stamp,
    language_name,
    one_line,
    primary_language,
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
#: TBX-Basic part-of-speech picklist values.
POS_VALUES = ("noun", "verb", "adjective", "adverb", "properNoun", "other")
#: The namespace of TBX v3 (ISO 30042:2019) core elements.
TBX3_NS = "urn:iso:std:iso:30042:ed-2"
#: Concept entries, language sections and term sections of v2 and v3.
_ENTRIES = frozenset({"termEntry", "conceptEntry"})
_LANG_SECTIONS = frozenset({"langSet", "langSec"})
_TERM_SECTIONS = frozenset({"tig", "ntig", "termSec"})
#: Elements that carry a data category in their ``type`` attribute (v2, v3 DCA).
_TYPED = frozenset({"termNote", "descrip", "admin", "transacNote", "adminNote", "descripNote"})
#: administrativeStatus values (without ``-admn-sts``; TBX-Min's short names too).
_STATUS = {
    "preferredTerm": "preferred",
    "preferred": "preferred",
    "admittedTerm": "admitted",
    "admitted": "admitted",
    "deprecatedTerm": "deprecated",
    "deprecated": "deprecated",
    "notRecommended": "deprecated",
    "supersededTerm": "deprecated",
    "superseded": "deprecated",
    "obsolete": "deprecated",
}
#: termType values of a short form whose full form is its expansion.
_SHORT_FORMS = frozenset({"acronym", "abbreviation", "initialism", "shortForm"})
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


class Structure(NamedTuple):
    """The element names of a concept entry, its language sections and term sections."""

    entry: str
    language: str
    term: str


#: TBX v2 (``termEntry``/``langSet``/``tig``) and v3 (``conceptEntry``/``langSec``/``termSec``).
V2 = Structure("termEntry", "langSet", "tig")
V3 = Structure("conceptEntry", "langSec", "termSec")


def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    """A new child element of ``parent`` with ``text`` and ``attrs``."""
    node = ET.SubElement(parent, tag, attrs)
    if text is not None:
        node.text = text
    return node


def _tig(
    lang_set: ET.Element,
    term: str,
    pos: str,
    term_type: str | None,
    status: str | None = None,
    names: Structure = V2,
) -> ET.Element:
    tig = sub(lang_set, names.term)
    sub(tig, "term", term)
    sub(tig, "termNote", pos, type="partOfSpeech")
    if term_type:
        sub(tig, "termNote", term_type, type="termType")
    if status:
        sub(tig, "termNote", status, type="administrativeStatus")
    return tig


def term_entry(body: ET.Element, entry: Entry, names: Structure = V2) -> None:
    """One glossary entry as a concept entry with a Dutch and an English language section."""
    node = sub(body, names.entry, id=xml_id(entry.id))
    if entry.note:
        sub(node, "note", one_line(entry.note))
    pos = entry.pos if entry.pos in POS_VALUES else "other"
    term_type = "acronym" if entry.kind == "acronym" else "fullForm"
    dutch = sub(node, names.language, **{XML_LANG: "nl"})
    if entry.definition:
        sub(dutch, "descrip", one_line(entry.definition), type="definition")
    tig = _tig(dutch, entry.lemma, pos, term_type, names=names)
    example = example_sentence(entry)
    if example:
        sub(tig, "descrip", example, type="context")
    if entry.letters:
        sub(tig, "admin", " ".join(sorted(set(entry.letters))), type="source")
    if entry.expansion:
        _tig(dutch, one_line(entry.expansion), pos, "fullForm", names=names)
    if entry.translation is None:
        # Untranslated: suggestions go in a note, so no CAT tool (nor our import) takes one
        # of them for the entry's translation.
        if entry.alternatives:
            sub(tig, "note", "suggestions: " + "; ".join(t.text for t in entry.alternatives))
        english: list[Translation] = []
    else:
        english = [entry.translation, *entry.alternatives]
    if not english and not entry.forbidden:
        return
    en = sub(node, names.language, **{XML_LANG: "en"})
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
        tig = _tig(en, translation.text, pos, en_type, status, names)
        facts = [
            f"status: {entry.status}" if i == 0 else "alternative",
            f"source: {translation.source}",
        ]
        if translation.plural:
            facts.append(f"plural: {translation.plural}")
        if i == 0 and full_is_english:
            facts.append(ENGLISH_EXPANSION)
        sub(tig, "note", "; ".join(facts))
        if i == 0 and full is not None and not full_is_english:
            seen.add(full.text)
            expansion = _tig(en, one_line(full.text), pos, "fullForm", ADMITTED, names=names)
            sub(expansion, "note", f"{ENGLISH_EXPANSION}; source: {full.source}")
    for rendering in entry.forbidden:
        if rendering not in seen:
            seen.add(rendering)
            _tig(en, rendering, pos, None, DEPRECATED, names)


def export_tbx(glossary: Glossary, entries: list[Entry] | None = None) -> str:
    """The TBX-Basic text of ``entries`` (default: all), deterministic."""
    chosen = glossary.sorted_entries() if entries is None else entries
    root = ET.Element("martif", {"type": "TBX-Basic", XML_LANG: "nl"})
    header = sub(root, "martifHeader")
    describe_export(header, chosen, V2)
    sub(sub(header, "encodingDesc"), "p", "TBXBasicXCSV02.xcs", type="XCSURI")
    return serialize(root, chosen, V2)


def describe_export(header: ET.Element, chosen: list[Entry], names: Structure) -> None:
    """The header's ``fileDesc``: title, tool version, entry count, newest change."""
    file_desc = sub(header, "fileDesc")
    sub(sub(file_desc, "titleStmt"), "title", "nato-glossary: Dutch–English NATO terms")
    stamp = export_stamp(chosen).strftime("%Y-%m-%dT%H:%M:%SZ")
    sub(
        sub(file_desc, "sourceDesc"),
        "p",
        f"Exported by nato-glossary {__version__}: {len(chosen)} entries, "
        f"newest change {stamp}. The {names.entry} id is the glossary entry id.",
    )


def serialize(
    root: ET.Element, chosen: list[Entry], names: Structure, prologue: str = PROLOGUE
) -> str:
    """The document text: ``prologue``, then ``root`` with a body of one concept entry per
    entry that has a term."""
    body = sub(sub(root, "text"), "body")
    for entry in chosen:
        if entry.lemma.strip():
            term_entry(body, entry, names)
    ET.indent(root, space="  ")
    return prologue + ET.tostring(root, encoding="unicode") + "\n"


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


def _split(tag: object) -> tuple[str, str]:
    """(namespace, local name) of an element tag (``""`` for no namespace)."""
    text = tag if isinstance(tag, str) else ""
    if text.startswith("{"):
        namespace, _, local = text[1:].partition("}")
        return namespace, local
    return "", text


def _local(node: ET.Element) -> str:
    return _split(node.tag)[1]


def _language(node: ET.Element) -> str:
    return (node.get(XML_LANG) or node.get("lang") or "").strip()


def _admin_status(value: str | None) -> str | None:
    """``preferred``, ``admitted`` or ``deprecated`` for any administrativeStatus value."""
    return _STATUS.get((value or "").strip().removesuffix("-admn-sts"))


def _categories(section: ET.Element) -> dict[str, str]:
    """Data-category values inside a term section or language section, by category name.

    TBX v2 and the v3 DCA style write ``<termNote type="partOfSpeech">``; the v3 DCT style
    writes the category as an element of its module's namespace (``<min:partOfSpeech>``,
    ``<basic:definition>``). Both give ``{"partOfSpeech": ...}``; the first value wins.
    """
    found: dict[str, str] = {}
    for node in section.iter():
        if node is section:
            continue
        namespace, local = _split(node.tag)
        if local in _TYPED and node.get("type"):
            name = node.get("type", "")
        elif namespace and namespace != TBX3_NS:
            name = local
        else:
            continue
        value = "".join(node.itertext()).strip()
        if value:
            found.setdefault(name, value)
    return found


@dataclass
class _Term:
    text: str
    categories: dict[str, str]
    #: The text of the term section's ``note`` elements (our export marks the English
    #: expansion there).
    remarks: str = ""

    @property
    def status(self) -> str | None:
        return _admin_status(self.categories.get("administrativeStatus"))


@dataclass
class _Concept:
    """One ``termEntry`` (v2) or ``conceptEntry`` (v3): its terms by primary language."""

    id: str | None
    line: int
    terms: dict[str, list[_Term]] = field(default_factory=dict)
    definitions: dict[str, str] = field(default_factory=dict)


def _term(section: ET.Element) -> _Term | None:
    """The term of a ``tig``/``ntig``/``termSec`` with its data categories."""
    term = next((n for n in section.iter() if _local(n) == "term"), None)
    if term is None:
        return None
    text = "".join(term.itertext()).strip()
    remarks = " ".join("".join(n.itertext()) for n in section.iter() if _local(n) == "note")
    return _Term(text, _categories(section), remarks) if text else None


def _concepts(
    root: ET.Element, lines: dict[ET.Element, int], path: str
) -> tuple[list[_Concept], list[tuple[str, int]]]:
    """Every concept entry in document order, and each language section's (code, line); a
    concept entry without a language section is an error."""
    concepts: list[_Concept] = []
    sections: list[tuple[str, int]] = []
    for entry in root.iter():
        if _local(entry) not in _ENTRIES:
            continue
        raw_id = entry.get("id")
        concept = _Concept(raw_id, lines.get(entry, 0))
        shared = _categories_outside(entry)
        if "definition" in shared:
            concept.definitions[""] = shared["definition"]
        if not any(_local(child) in _LANG_SECTIONS for child in entry):
            raise InputError(
                f"a {_local(entry)} without any language section (expected a langSet or "
                "langSec for each language, with its terms)",
                path,
                concept.line or None,
            )
        for lang_section in entry:
            if _local(lang_section) not in _LANG_SECTIONS:
                continue
            code = primary_language(_language(lang_section))
            sections.append((code, lines.get(lang_section, 0)))
            terms = concept.terms.setdefault(code, [])
            for child in lang_section:
                if _local(child) in _TERM_SECTIONS:
                    term = _term(child)
                    if term is not None:
                        terms.append(term)
            definition = _categories_outside(lang_section).get("definition")
            if definition:
                concept.definitions.setdefault(code, definition)
        concepts.append(concept)
    return concepts, sections


def _categories_outside(node: ET.Element) -> dict[str, str]:
    """Data categories of ``node`` itself, not of its language or term sections."""
    shell = ET.Element("shell")
    shell.extend(c for c in node if _local(c) not in _LANG_SECTIONS | _TERM_SECTIONS)
    return _categories(shell)


def _preferred_first(terms: list[_Term]) -> list[_Term]:
    """The usable terms (not deprecated or superseded), a preferred one first."""
    usable = [t for t in terms if t.status != "deprecated"]
    preferred = [t for t in usable if t.status == "preferred"][:1]
    return preferred + [t for t in usable if t not in preferred]


def _item(concept: _Concept, source: str, target: str, path: str) -> ImportedItem:
    sources = _preferred_first(concept.terms.get(source, []))
    targets = _preferred_first(concept.terms.get(target, []))
    head = sources[0] if sources else _Term("", {})
    if not head.text and not concept.id:
        raise InputError(
            f"a concept entry with neither an id nor a {language_name(source)} term: nothing "
            "says which entry it is",
            path,
            concept.line or None,
        )
    term_type = head.categories.get("termType", "")
    is_acronym = term_type in _SHORT_FORMS
    expansion = None
    if is_acronym:
        expansion = next(
            (t.text for t in sources[1:] if t.categories.get("termType") == "fullForm"), None
        )
    english = targets[0] if targets else _Term("", {})
    definition = concept.definitions.get(source) or concept.definitions.get("")
    return ImportedItem(
        line=concept.line,
        lemma=head.text,
        english=english.text,
        reviewed=english.status == "preferred",
        entry_id=entry_id_from_xml(concept.id) if concept.id else None,
        kind="acronym" if is_acronym else None,
        by=english.categories.get("responsibility"),
        forms=tuple(dict.fromkeys(t.text for t in sources[1:] if t.text != head.text)),
        alternatives=tuple(dict.fromkeys(t.text for t in targets[1:] if t.text != english.text)),
        expansion=expansion,
        definition=definition,
        english_expansion=_english_expansion(targets),
    )


def _english_expansion(english: list[_Term]) -> str | None:
    """The target term marked as the English expansion (our export's note), else the first
    ``fullForm`` after an ``acronym`` (how TBX-Basic pairs them); ``None``: none given."""
    for term in english:
        if ENGLISH_EXPANSION in term.remarks.lower():
            return term.text
    if english and english[0].categories.get("termType") in _SHORT_FORMS:
        for term in english[1:]:
            if term.categories.get("termType") == "fullForm":
                return term.text
    return None


def _check_root(root: ET.Element, path: str, line: int | None) -> None:
    namespace, local = _split(root.tag)
    if local == "martif" and not namespace:
        return
    if local == "tbx" and namespace == TBX3_NS:
        return
    if local == "tbx":
        raise InputError(
            f"not a TBX v3 file: the root element <tbx> is not in the TBX namespace "
            f"{TBX3_NS} (ISO 30042:2019)",
            path,
            line,
        )
    raise InputError(
        f"not a TBX file: root element <{local}>, expected <martif> (TBX v2) or <tbx> (TBX v3)",
        path,
        line,
    )


def parse_tbx(text: str, path: str, languages: Languages = PROJECT) -> ImportBatch:
    """Read TBX v2 or v3 text into an :class:`ImportBatch`; bad or hostile input raises
    InputError. The source and target language are ``languages`` where given, else the
    file's declared language (the root's ``xml:lang``) and the other one (English among
    several)."""
    root, lines = _parse_xml(text, path)
    _check_root(root, path, lines.get(root))
    concepts, sections = _concepts(root, lines, path)
    if not concepts:
        raise InputError("the TBX file holds no termEntry: nothing to import", path)
    wanted = {primary_language(x) for x in (languages.source, languages.target) if x}
    stray = next((line for code, line in sections if wanted and code not in wanted), None)
    source, target = choose_languages(
        [code for code, _ in sections],
        languages,
        path,
        default_source=_language(root),
        line=stray if len(wanted) == 2 else lines.get(root),
    )
    items = [_item(concept, source, target, path) for concept in concepts]
    return ImportBatch(
        path=path, format="tbx", items=items, source_language=source, target_language=target
    )


def read_tbx(raw: bytes, path: str, languages: Languages = PROJECT) -> ImportBatch:
    """Read TBX file bytes (UTF-8) into an :class:`ImportBatch` (see :func:`parse_tbx`)."""
    return parse_tbx(decode_utf8(raw, path, "TBX"), path, languages)


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
