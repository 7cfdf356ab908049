"""TBX v3 export (ISO 30042:2019, dialect TBX-Basic, DCA style): ``glossary export --format tbx3``.

The same content as the TBX v2 export (:mod:`glossary.exchange.tbx`) in the v3 structure: root
``tbx`` in the namespace ``urn:iso:std:iso:30042:ed-2`` with ``type="TBX-Basic"`` and
``style="dca"`` (data categories as ``<termNote type="…">``, as in v2), a ``tbxHeader``, and
one ``conceptEntry`` per entry with ``langSec`` and ``termSec`` elements. Reading is the TBX
reader's, which takes v2 and v3 alike, so ``tbx3`` is a variant of ``tbx``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from glossary import __version__
from glossary.exchange.common import export_stamp
from glossary.exchange.formats import ExchangeFormat
from glossary.exchange.tbx import TBX3_NS, V3, XML_LANG, looks_like_tbx, read_tbx, sub, term_entry
from glossary.model import Entry, Glossary

PROLOGUE = '<?xml version="1.0" encoding="UTF-8"?>\n'
#: The dialect and the style written: TBX-Basic with data categories as attributes (DCA).
DIALECT = "TBX-Basic"
STYLE = "dca"


def export_tbx3(glossary: Glossary, entries: list[Entry] | None = None) -> str:
    """The TBX v3 (TBX-Basic, DCA) text of ``entries`` (default: all), deterministic."""
    chosen = glossary.sorted_entries() if entries is None else entries
    root = ET.Element("tbx", {"type": DIALECT, "style": STYLE, XML_LANG: "nl", "xmlns": TBX3_NS})
    file_desc = sub(sub(root, "tbxHeader"), "fileDesc")
    sub(sub(file_desc, "titleStmt"), "title", "nato-glossary: Dutch–English NATO terms")
    stamp = export_stamp(chosen).strftime("%Y-%m-%dT%H:%M:%SZ")
    sub(
        sub(file_desc, "sourceDesc"),
        "p",
        f"Exported by nato-glossary {__version__}: {len(chosen)} entries, "
        f"newest change {stamp}. The conceptEntry id is the glossary entry id.",
    )
    body = sub(sub(root, "text"), "body")
    for entry in chosen:
        if entry.lemma.strip():
            term_entry(body, entry, V3)
    ET.indent(root, space="  ")
    return PROLOGUE + ET.tostring(root, encoding="unicode") + "\n"


FORMATS = (
    ExchangeFormat(
        name="tbx3",
        label="TBX",
        description="TBX v3 (ISO 30042:2019) TBX-Basic termbase for current terminology tools",
        suffixes=(".tbx",),
        write=export_tbx3,
        read=read_tbx,
        sniff=looks_like_tbx,
        variant_of="tbx",
    ),
)
