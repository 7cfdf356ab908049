"""The official search service (SRU 2.0 at repository.overheid.nl): the query for a dossier's
Kamerstukken and the records of its answers.

The query is CQL ``c.product-area==officielepublicaties AND w.dossiernummer==N AND
w.publicatienaam==Kamerstuk`` (with ``dt.date`` bounds for ``--since``/``--until``), sorted by
date, paged with ``startRecord``/``maximumRecords``. The service reports errors as HTTP 200 with
``diagnostics``: those are errors here. Each record gives the publication's identifier, title,
dossier and number (``originalData``) and the URL of each manifestation (``enrichedData/
itemUrl@manifestation``: ``xml``, ``pdf``, ``html``, ``odt``, ``metadata``).
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass, field
from typing import Any

from glossary.corpus.markup import parse_xml
from glossary.errors import InputError
from glossary.fetch.http import FetchError

SRU_URL = "https://repository.overheid.nl/sru"
PAGE_SIZE = 50


@dataclass
class Publication:
    """One Kamerstuk as the search service lists it."""

    identifier: str
    title: str = ""
    date: str = ""
    dossier: str = ""
    number: str = ""
    urls: dict[str, str] = field(default_factory=dict)


def cql(dossier: str, since: str | None = None, until: str | None = None) -> str:
    """The CQL query for the Kamerstukken of ``dossier`` (dates ``YYYY-MM-DD``)."""
    parts = [
        "c.product-area==officielepublicaties",
        f"w.dossiernummer=={dossier}",
        "w.publicatienaam==Kamerstuk",
    ]
    if since:
        parts.append(f"dt.date>={since}")
    if until:
        parts.append(f"dt.date<={until}")
    return " AND ".join(parts) + " sortBy dt.date/sort.ascending"


def query_url(base: str, query: str, start: int, size: int = PAGE_SIZE) -> str:
    params = {
        "query": query,
        "startRecord": str(start),
        "maximumRecords": str(size),
        "httpAccept": "application/xml",
    }
    return f"{base}?{urllib.parse.urlencode(params, quote_via=urllib.parse.quote)}"


def _local(tag: Any) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _text(elem: Any) -> str:
    return " ".join("".join(elem.itertext()).split())


@dataclass
class Page:
    total: int
    records: list[Publication]
    next_start: int | None


def parse_page(data: bytes, url: str) -> Page:
    """One answer of the search service; its diagnostics raise :class:`FetchError`."""
    try:
        root = parse_xml(data, url, "SRU answer")
    except InputError as exc:
        raise FetchError(
            f"the search service answered something else than SRU ({exc.message})"
        ) from None
    diagnostics = [e for e in root.iter() if _local(e.tag) == "diagnostic"]
    if diagnostics:
        messages = [
            _text(m)
            for d in diagnostics
            for part in ("message", "details")
            for m in d.iter()
            if _local(m.tag) == part and _text(m)
        ]
        raise FetchError(f"the search service refused the query: {'; '.join(messages) or 'error'}")
    total = next((int(_text(e)) for e in root.iter() if _local(e.tag) == "numberOfRecords"), 0)
    nxt = next((int(_text(e)) for e in root.iter() if _local(e.tag) == "nextRecordPosition"), None)
    records = [_record(r) for r in root.iter() if _local(r.tag) == "recordData"]
    return Page(total, [r for r in records if r.identifier], nxt)


def _record(elem: Any) -> Publication:
    pub = Publication("")
    for e in elem.iter():
        name = _local(e.tag)
        if name == "identifier" and not pub.identifier and _text(e).startswith(("kst-", "blg-")):
            pub.identifier = _text(e)
        elif name == "title" and not pub.title:
            pub.title = _text(e)
        elif name in ("date", "issued", "available") and not pub.date:
            pub.date = _text(e)[:10]
        elif name == "dossiernummer" and not pub.dossier:
            pub.dossier = _text(e)
        elif name == "ondernummer" and not pub.number:
            pub.number = _text(e)
        elif name == "itemUrl" and e.get("manifestation"):
            pub.urls.setdefault(e.get("manifestation"), _text(e))
    return pub
