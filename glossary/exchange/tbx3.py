"""TBX v3 export (ISO 30042:2019, dialect TBX-Basic, DCA style): ``glossary export --format tbx3``.

The same content as the TBX v2 export (:mod:`glossary.exchange.tbx`) in the v3 structure: root
``tbx`` in the namespace ``urn:iso:std:iso:30042:ed-2`` with ``type="TBX-Basic"`` and
``style="dca"`` (data categories as ``<termNote type="…">``, as in v2), a ``tbxHeader``, and
one ``conceptEntry`` per entry with ``langSec`` and ``termSec`` elements. Reading is the TBX
reader's, which takes v2 and v3 alike, so ``tbx3`` is a variant of ``tbx``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from glossary.exchange.formats import ExchangeFormat
from glossary.exchange.tbx import (
    TBX3_NS,
    V3,
    XML_LANG,
    describe_export,
    looks_like_tbx,
    read_tbx,
    serialize,
    sub,
)
from glossary.model import Entry, Glossary

PROLOGUE = '<?xml version="1.0" encoding="UTF-8"?>\n'
#: The dialect and the style written: TBX-Basic with data categories as attributes (DCA).
DIALECT = "TBX-Basic"
STYLE = "dca"


def export_tbx3(glossary: Glossary, entries: list[Entry] | None = None) -> str:
    """The TBX v3 (TBX-Basic, DCA) text of ``entries`` (default: all), deterministic."""
    chosen = glossary.sorted_entries() if entries is None else entries
    root = ET.Element("tbx", {"type": DIALECT, "style": STYLE, XML_LANG: "nl", "xmlns": TBX3_NS})
    describe_export(sub(root, "tbxHeader"), chosen, V3)
    return serialize(root, chosen, V3, PROLOGUE)


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
