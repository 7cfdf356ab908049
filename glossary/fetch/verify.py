"""Is a downloaded file the publication it claims to be?

A missing publication can come back as HTTP 200 with an HTML error page, and a mirror can
serve the wrong document: an XML must be an ``officiele-publicatie`` whose ``DC.identifier``
(when it states one) is the requested identifier, a ``metadata.xml`` must name the
identifier, a PDF must start as a PDF, a DOCX or ODT must be a zip container.
"""

from __future__ import annotations

from typing import Any

from glossary.corpus.markup import parse_xml
from glossary.errors import InputError


def _local(tag: Any) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _identifiers(root: Any) -> list[str]:
    return [
        (e.get("content") or "").strip()
        for e in root.iter()
        if _local(e.tag) in ("meta", "metadata") and e.get("name") == "DC.identifier"
    ]


def check(kind: str, data: bytes, identifier: str) -> str | None:
    """Why ``data`` is not publication ``identifier`` in format ``kind``; ``None`` if it is."""
    if not data.strip():
        return "empty answer"
    if kind in ("xml", "metadata"):
        try:
            root = parse_xml(data, identifier, "XML")
        except InputError as exc:
            return exc.message
        expected = "officiele-publicatie" if kind == "xml" else "metadata_gegevens"
        if _local(root.tag) != expected:
            return f"not an official {kind} file (root <{_local(root.tag)}>, expected <{expected}>)"
        found = _identifiers(root)
        if found and identifier not in found:
            return f"the file is {found[0]}, not {identifier}"
        if kind == "metadata" and not found:
            return "metadata.xml without DC.identifier"
        return None
    if kind == "pdf":
        return None if data.lstrip()[:5] == b"%PDF-" else "not a PDF"
    if kind in ("docx", "odt"):
        return None if data[:2] == b"PK" else f"not a {kind.upper()} file"
    if kind == "html":
        return None if identifier.encode() in data else f"the page does not mention {identifier}"
    return None
