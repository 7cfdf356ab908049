"""Fetch a dossier's Kamerstukken into a folder: the library call behind ``glossary fetch``.

Query the search service page by page; for each publication download its XML (else its PDF,
or the format asked for) and its ``metadata.xml``, check that each file is the publication it
claims to be, and write ``<identifier>.<suffix>`` (``kst-28676-467.xml``) and
``<identifier>.metadata.xml`` atomically. A file already in the folder is not downloaded again,
so an interrupted run resumes where it stopped. Optionally the Tweede Kamer's open data adds
the Kamerstukken the search service lacks.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from glossary.fetch import odata, sru
from glossary.fetch.http import Client, FetchError
from glossary.fetch.verify import check

FORMATS = ("xml", "pdf", "html", "odt")
#: Told after each publication: ``(done, total, identifier, what happened)``.
Progress = Callable[[int, int, str, str], None]


@dataclass(frozen=True)
class FetchOptions:
    dossier: str
    out: str
    since: str | None = None
    until: str | None = None
    #: The manifestation wanted; for ``xml`` a publication without XML falls back to its PDF.
    format: str = "xml"
    metadata: bool = True
    tk: bool = False
    sru_url: str = sru.SRU_URL
    odata_url: str = odata.ODATA_URL
    page_size: int = sru.PAGE_SIZE


@dataclass
class FetchSummary:
    found: int = 0
    downloaded: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    fallbacks: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    from_tk: list[str] = field(default_factory=list)
    requests: int = 0


def _write(path: Path, data: bytes) -> None:
    """Write atomically: a run stopped half-way leaves no half file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def search(client: Client, options: FetchOptions) -> list[sru.Publication]:
    """Every Kamerstuk of the dossier the search service lists, in date order."""
    query = sru.cql(options.dossier, options.since, options.until)
    start, found = 1, []
    while True:
        url = sru.query_url(options.sru_url, query, start, options.page_size)
        status, body, _ = client.get(url)
        if status != 200:
            raise FetchError(f"HTTP {status} from the search service: {url}")
        page = sru.parse_page(body, url)
        found += page.records
        nxt = page.next_start or start + len(page.records)
        if not page.records or nxt > page.total or nxt <= start:
            break
        start = nxt
    return list({p.identifier: p for p in found}.values())


def _download(client: Client, url: str, kind: str, ident: str) -> bytes | None:
    """The file, ``None`` when it is missing (404, or the HTML error page some servers answer
    with HTTP 200); a file that is not what it claims raises :class:`FetchError`."""
    status, body, _ = client.get(url)
    if status == 404 or (kind != "html" and _is_error_page(body)):
        return None
    problem = check(kind, body, ident)
    if problem:
        raise FetchError(f"{ident}.{kind}: {problem}")
    return body


def _is_error_page(body: bytes) -> bool:
    head = body.lstrip()[:200].lower()
    return head.startswith((b"<!doctype html", b"<html"))


def fetch(options: FetchOptions, client: Client, progress: Progress | None = None) -> FetchSummary:
    """Fetch the dossier into ``options.out`` (see the module docstring)."""
    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    summary = FetchSummary()
    publications = search(client, options)
    summary.found = len(publications)
    tk_docs: list[odata.TkDocument] = []
    if options.tk:
        known = {p.identifier for p in publications}
        tk_docs = [
            d
            for d in odata.list_documents(client, options.odata_url, options.dossier)
            if d.identifier not in known
        ]
        summary.found += len(tk_docs)
    total = summary.found
    done = 0
    for pub in publications:
        done += 1
        note = _one(client, pub, options, out, summary)
        if progress:
            progress(done, total, pub.identifier, note)
    for doc in tk_docs:
        done += 1
        note = _one_tk(client, doc, out, summary)
        if progress:
            progress(done, total, doc.identifier, note)
    summary.requests = len(client.requested)
    return summary


def _existing(out: Path, ident: str) -> Path | None:
    for suffix in (*FORMATS, "docx"):
        path = out / f"{ident}.{suffix}"
        if path.is_file():
            return path
    return None


def _one(
    client: Client, pub: sru.Publication, options: FetchOptions, out: Path, summary: FetchSummary
) -> str:
    ident = pub.identifier
    try:
        if options.metadata and "metadata" in pub.urls:
            meta_path = out / f"{ident}.metadata.xml"
            if not meta_path.is_file():
                data = _download(client, pub.urls["metadata"], "metadata", ident)
                if data is not None:
                    _write(meta_path, data)
        existing = _existing(out, ident)
        if existing is not None:
            summary.skipped.append(ident)
            return "already there"
        order = [options.format] + (["pdf"] if options.format == "xml" else [])
        for kind in order:
            url = pub.urls.get(kind)
            if not url:
                continue
            data = _download(client, url, kind, ident)
            if data is None:
                continue
            _write(out / f"{ident}.{kind}", data)
            summary.downloaded.append(ident)
            if kind != options.format:
                summary.fallbacks.append(ident)
                return f"{kind} (no {options.format})"
            return kind
        summary.failed.append((ident, f"no {' or '.join(order)} file to download"))
        return "failed"
    except FetchError as exc:
        summary.failed.append((ident, exc.message))
        return "failed"


def _one_tk(client: Client, doc: odata.TkDocument, out: Path, summary: FetchSummary) -> str:
    if _existing(out, doc.identifier) is not None:
        summary.skipped.append(doc.identifier)
        return "already there"
    try:
        data = _download(client, doc.resource, doc.kind, doc.identifier)
    except FetchError as exc:
        summary.failed.append((doc.identifier, exc.message))
        return "failed"
    if data is None:
        summary.failed.append((doc.identifier, "the open-data resource is gone (404)"))
        return "failed"
    _write(out / f"{doc.identifier}.{doc.kind}", data)
    summary.downloaded.append(doc.identifier)
    summary.from_tk.append(doc.identifier)
    return f"{doc.kind} (Tweede Kamer open data)"
