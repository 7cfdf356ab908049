"""The official XML reader: ``kst-28676-N.xml`` in the ``officiele-publicatie`` schema of
officielebekendmakingen.nl, with its ``metadata.xml``.

The structure decides the zones: ``kamerstukkop``, ``dossier`` and ``stuknr`` are the masthead,
``stuk/titel`` the title, ``datumtekst`` and the addressee and place-and-date paragraphs the
address, ``tekst-sluiting``/``ondertekening`` the signature, ``noot`` a footnote at its marker;
everything in ``algemeen`` (``al``, ``tussenkop``, ``divisie``/``kop``, ``lijst``/``li``, CALS
tables, ``bijlage``) is body, with ``nadruk``, ``extref``, ``sup``/``inf`` inline. Typesetter
processing instructions (``<?xpp …?>``) may sit inside a word and never split it. An element
the reader does not know keeps its text (as a paragraph, or inline inside a paragraph) and is
reported once per file. Every character of the term text maps back into the XML source.

Metadata come from the document's ``metadata`` element and, when present beside the file, its
``metadata.xml`` (``<stem>.metadata.xml`` as ``glossary fetch`` names it, or ``metadata.xml``):
``DC.identifier`` gives the letter's id.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Any

from glossary.corpus.assemble import make_letter_from_layout
from glossary.corpus.clean import Lexicon, no_lexicon
from glossary.corpus.layout import LayoutBuilder
from glossary.corpus.markup import char_data_map, decode_xml, parse_xml
from glossary.corpus.offsets import OffsetMap
from glossary.corpus.readers.registry import LetterFile, LetterReader
from glossary.corpus.zones import is_address_line, is_prose
from glossary.errors import InputError
from glossary.model import Letter, Zone

ROOT = "officiele-publicatie"
METADATA_ROOT = "metadata_gegevens"

#: Elements whose content is one block of the given kind.
BLOCKS = {
    "al": "paragraph",
    "tussenkop": "heading",
    "kop": "heading",
    "li": "item",
    "entry": "paragraph",
    "tekstregel": "paragraph",
    "considerans.al": "paragraph",
    "wat": "paragraph",
    "term": "paragraph",
    "definitie": "paragraph",
    "title": "heading",
    "vraag": "paragraph",
    "antwoord": "paragraph",
    "kamervraagomschrijving": "paragraph",
    "dossiernummer": "paragraph",
    "stuknr": "paragraph",
    "datumtekst": "paragraph",
    "functie": "paragraph",
    "naam": "paragraph",
    "wie": "paragraph",
    "noot.al": "paragraph",
}
#: Elements that only hold other elements (their own whitespace is layout).
CONTAINERS = frozenset(
    [
        "officiele-publicatie",
        "kamerstuk",
        "kamervragen",
        "stuk",
        "algemeen",
        "vrije-tekst",
        "tekst",
        "divisie",
        "lijst",
        "table",
        "tgroup",
        "thead",
        "tbody",
        "tfoot",
        "row",
        "bijlage",
        "tekst-sluiting",
        "al-groep",
        "box",
        "definitielijst",
        "definitie-item",
        "voorstel-wet",
        "aanhef",
        "wettekst",
        "artikel",
        "lid",
        "considerans",
        "afkondiging",
        "slotformulering",
        "voorstel-sluiting",
        "wijziging",
        "wijzig-lid",
        "wijzig-divisie",
        "wijzig-artikel",
        "amendement",
        "amendement-lid",
        "officiele-inhoudsopgave",
        "motie",
        "kamervraagkop",
        "kamerstukkop",
        "ondertekening",
        "dossier",
    ]
)
#: Inline elements: their text flows in the paragraph around them.
INLINE = frozenset(
    [
        "nadruk",
        "extref",
        "intref",
        "sup",
        "inf",
        "nr",
        "titel",
        "naam",
        "voornaam",
        "achternaam",
        "functie",
        "datum",
        "ondernummer",
        "dossiernr",
        "herdruk",
        "organisatie",
        "begrotingshoofdstuk",
        "dossierref",
        "label",
        "kamervraagonderwerp",
        "kamervraagnummer",
        "plaats",
        "lidnr",
        "huisnummer",
        "unicode",
    ]
)
#: Elements whose text is not letter text.
SKIPPED = frozenset(
    ["metadata", "colspec", "spanspec", "li.nr", "plaatje", "illustratie", "noot.nr"]
)
#: Zones by element (the masthead, title, address and signature of the letter).
ZONE_OF = {
    "kamerstukkop": "masthead",
    "kamervraagkop": "masthead",
    "dossier": "masthead",
    "stuknr": "masthead",
    "kamervraagnummer": "masthead",
    "datumtekst": "address",
    "tekst-sluiting": "signature",
    "ondertekening": "signature",
    "functie": "signature",
    "naam": "signature",
}
_SPACES = re.compile(r"\s+")


def _local(tag: Any) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


class _Walker:
    """Walks the XML tree in document order, writing the layout and keeping the character-data
    count in step with the source map: every ``text`` and ``tail`` is taken or skipped once."""

    def __init__(self, source: str, chars: OffsetMap) -> None:
        self.out = LayoutBuilder(source, "xml")
        self.chars = chars
        self.k = 0
        self.unknown: list[str] = []
        self.meta: dict[str, Any] = {}
        self.head_done = False

    # -- character data ---------------------------------------------------------------------

    def take(self, text: str | None) -> None:
        """Add ``text`` (the next character data of the document) inline."""
        if text:
            self.out.add_runs(text, self.chars.runs(self.k, self.k + len(text)))
            self.k += len(text)

    def skip(self, text: str | None) -> None:
        if text:
            self.k += len(text)

    def stray(self, text: str | None) -> None:
        """Text between blocks: layout whitespace is skipped, anything else kept."""
        if text and text.strip():
            self.take(text)
        else:
            self.skip(text)

    def skip_subtree(self, elem: Any) -> None:
        """Count the character data of ``elem`` (not its tail) without writing it."""
        if isinstance(elem.tag, str):
            self.skip(elem.text)
        for child in elem:
            self.skip_subtree(child)
            self.skip(child.tail)

    # -- elements ---------------------------------------------------------------------------

    def content(self, elem: Any, zone: str | None, block: str | None) -> None:
        """``elem``'s text and children (not its tail); ``block`` is the kind of the block
        being written (``None`` between blocks)."""
        (self.take if block else self.stray)(elem.text)
        spaced = _local(elem.tag) == "kop"  # ``<nr>1.</nr><titel>…</titel>``: "1. …"
        for n, child in enumerate(elem):
            name = _local(child.tag)
            if block == "item" and name == "al":
                self.node(child, zone, "item")  # the paragraphs of a list item are items
            elif block and (name in BLOCKS or name in CONTAINERS) and name not in INLINE:
                self.end(block, zone)
                self.node(child, zone, None)
            else:
                self.node(child, zone, block)
                if spaced and n + 1 < len(elem) and isinstance(child.tag, str):
                    self.out.add(" ", self.chars[self.k - 1] if self.k else 0, 0)
            (self.take if block else self.stray)(child.tail)

    def end(self, kind: str, zone: str | None) -> None:
        span = self.out.end_block(kind, zone)
        if span is not None and zone is None and not self.head_done:
            text = self.out.written(span)
            if is_address_line(text):
                self.out.zones.append(Zone("address", *span))
            elif is_prose(text):
                self.head_done = True

    def node(self, elem: Any, zone: str | None, block: str | None) -> None:
        if not isinstance(elem.tag, str):  # a comment or processing instruction: invisible
            return
        name = _local(elem.tag)
        if name == "metadata":
            self.read_meta(elem)
            self.skip_subtree(elem)
        elif name in SKIPPED:
            self.skip_subtree(elem)
        elif name == "noot":
            self.note(elem)
        elif name == "titel" and _local(elem.getparent().tag) == "stuk":
            self.meta.setdefault("kind", _text_of(elem))
            self.end(block, zone) if block else None
            self.content(elem, "title", "heading")
            self.end("heading", "title")
        elif name == "nadruk" and elem.get("type") in ("cur", "vetcur") and block:
            self.out.emphasis_start()
            self.content(elem, zone, block)
            self.out.emphasis_end()
        elif name in INLINE and block:
            self.facts(elem, name)
            self.content(elem, zone, block)
        elif name == "al" and block == "item":
            self.content(elem, zone, "item")
            self.end("item", zone)
        elif name in BLOCKS:
            self.facts(elem, name)
            zone = ZONE_OF.get(name, zone)
            kind = BLOCKS[name]
            self.content(elem, zone, kind)
            self.end(kind, zone)
        elif name in CONTAINERS or name in INLINE:
            self.facts(elem, name)
            zone = ZONE_OF.get(name, zone)
            self.content(elem, zone, None)
            self.end("paragraph", zone)
        else:
            self.unknown.append(name)
            if block:
                self.content(elem, zone, block)
            elif len(elem) and all(
                _local(c.tag) in BLOCKS or _local(c.tag) in CONTAINERS
                for c in elem
                if isinstance(c.tag, str)
            ):
                self.content(elem, zone, None)
            else:
                self.content(elem, zone, "paragraph")
                self.end("paragraph", zone)

    def facts(self, elem: Any, name: str) -> None:
        """What an element says about the letter (dossier, number, date, signatures)."""
        if name == "dossiernr" and elem.text:
            self.meta.setdefault("dossier", _dossier_number(elem.text))
        elif name == "ondernummer" and elem.text:
            self.meta.setdefault("number", elem.text.strip())
        elif name == "datum" and elem.get("isodatum"):
            self.meta.setdefault("date", elem.get("isodatum"))
        elif name == "ondertekening":
            self.signature(elem)
        elif name == "dossier":
            for child in elem.iter():
                if _local(child.tag) == "dossiernr" and child.text:
                    self.meta.setdefault("dossier", _dossier_number(child.text))

    def note(self, elem: Any) -> None:
        """A footnote: its marker stands here, its paragraphs are its text."""
        number = next((_text_of(c) for c in elem if _local(c.tag) == "noot.nr"), "")
        self.out.begin_note(number, self.chars[self.k - 1] + 1 if self.k else None)
        self.skip(elem.text)
        for child in elem:
            if _local(child.tag) == "noot.nr":
                self.skip_subtree(child)
            else:
                self.node(child, None, "paragraph")
                self.out.note_paragraph(self.k)
            self.stray(child.tail)
        self.out.end_note()

    def signature(self, elem: Any) -> None:
        post = name = ""
        for child in elem.iter():
            tag = _local(child.tag)
            if tag == "functie":
                post = _text_of(child)
            elif tag == "naam":
                name = _text_of(child)
        whole = _text_of(elem)
        if name and whole.endswith(name):
            post = whole[: -len(name)]
        post = re.sub(r"^(?:de|het)\s+", "", post.strip(), flags=re.IGNORECASE).rstrip(" ,")
        if post or name:
            post = post[:1].upper() + post[1:]
            self.meta.setdefault("signatories", []).append(", ".join(p for p in (post, name) if p))

    def read_meta(self, elem: Any) -> None:
        for child in elem:
            if _local(child.tag) in ("meta", "metadata"):
                self.meta.setdefault("file", []).append((child.get("name"), child.get("content")))


def _text_of(elem: Any) -> str:
    """An element's text, processing instructions and comments left out, spaces collapsed."""
    parts = []
    if elem.text:
        parts.append(elem.text)
    for child in elem:
        if isinstance(child.tag, str) and _local(child.tag) not in SKIPPED | {"noot"}:
            parts.append(_text_of(child))
        if child.tail:
            parts.append(child.tail)
    return _SPACES.sub(" ", "".join(parts)).strip()


def _dossier_number(text: str) -> str:
    """``28676`` or ``28 676`` → ``28 676`` (suffixes such as ``-VII`` kept)."""
    text = " ".join(text.split())
    m = re.match(r"^(\d{2})\s?(\d{3})(.*)$", text)
    return f"{m.group(1)} {m.group(2)}{m.group(3)}" if m else text


def read_metadata_xml(data: bytes, name: str) -> dict[str, list[str]]:
    """``metadata.xml`` (``metadata_gegevens/metadata@name,@content``): values by name."""
    root = parse_xml(data, name, "metadata XML")
    if _local(root.tag) != METADATA_ROOT:
        raise InputError(f"not a metadata.xml (root <{_local(root.tag)}>)", path=name)
    out: dict[str, list[str]] = {}
    for child in root:
        if _local(child.tag) == "metadata" and child.get("name"):
            out.setdefault(child.get("name"), []).append(child.get("content") or "")
    return out


def _sidecar(path: str) -> Path | None:
    """The ``metadata.xml`` beside a letter file, if there is one."""
    if path in ("", "-"):
        return None
    p = Path(path)
    for candidate in (p.with_name(p.stem + ".metadata.xml"), p.with_name("metadata.xml")):
        if candidate != p and candidate.is_file():
            return candidate
    return None


def file_metadata(pairs: list[tuple[str, list[str]]]) -> dict[str, Any]:
    """The letter's metadata from ``metadata`` name/value pairs (document or metadata.xml)."""
    values: dict[str, list[str]] = {}
    for key, contents in pairs:
        values.setdefault(key, []).extend(contents)

    def first(key: str) -> str | None:
        found = [v.strip() for v in values.get(key, []) if v and v.strip()]
        return found[0] if found else None

    meta: dict[str, Any] = {}
    if ident := first("DC.identifier"):
        meta["identifier"] = ident
    if dossier := first("OVERHEIDop.dossiernummer"):
        meta["dossier"] = _dossier_number(dossier.split(";")[0])
    if number := first("OVERHEIDop.ondernummer"):
        meta["number"] = number
    signers = [v for v in values.get("OVERHEIDop.indiener", []) if v.strip()]
    if signers:
        meta["indieners"] = signers
    return meta


def read_xml_letter(file: LetterFile, lexicon: Lexicon = no_lexicon) -> Letter:
    """An official XML publication (``officiele-publicatie``) as a :class:`Letter`."""
    root = parse_xml(file.data, file.name)
    name = _local(root.tag)
    if name == METADATA_ROOT:
        raise InputError(
            "a metadata.xml, not a letter: it is read beside the letter's own XML file",
            path=file.name,
        )
    if name != ROOT:
        raise InputError(
            f"not an official publication XML (root <{name}>, expected <{ROOT}>)", path=file.name
        )
    source = decode_xml(file.data)
    walker = _Walker(source, char_data_map(source))
    walker.node(root, None, None)
    if walker.k != len(walker.chars):  # the source map is out of step: say so, keep the text
        walker.unknown.append("(source offsets approximate)")
    layout = walker.out.finish(head_known=True)
    pairs = [(k, [v]) for k, v in walker.meta.get("file", []) if k]
    sidecar = _sidecar(file.path)
    if sidecar is not None:
        # a broken metadata.xml beside it: the letter's own metadata still count
        with contextlib.suppress(InputError, OSError):
            pairs = list(read_metadata_xml(sidecar.read_bytes(), str(sidecar)).items()) + pairs
    meta = file_metadata(pairs)
    for key in ("dossier", "number", "date", "signatories"):
        if walker.meta.get(key):
            meta.setdefault(key, walker.meta[key])
    if walker.meta.get("kind"):
        from glossary.corpus.metadata import kind_title

        meta["title"] = kind_title(walker.meta["kind"])
    if not meta.get("signatories") and meta.get("indieners"):
        meta["signatories"] = meta["indieners"]
    meta.pop("indieners", None)
    layout.meta = meta
    letter = make_letter_from_layout(layout, file.letter_id, file.path, lexicon, file.name)
    if walker.unknown:
        kinds = ", ".join(f"<{n}>" for n in dict.fromkeys(walker.unknown))
        letter.warnings.append(f"elements not known to the reader, their text kept: {kinds}")
    return letter


def looks_like_official_xml(head: bytes) -> bool:
    """An ``officiele-publicatie`` (or its ``metadata_gegevens``) in the first bytes."""
    return b"<officiele-publicatie" in head or b"<metadata_gegevens" in head


READER = LetterReader(
    name="xml",
    description="official publication XML (officiele-publicatie), with its metadata.xml",
    suffixes=(".xml",),
    read=read_xml_letter,
    sniff=looks_like_official_xml,
    companions=("metadata.xml",),
)
