"""The Tweede Kamer's open data (OData v4, gegevensmagazijn.tweedekamer.nl, CC0): the documents
of a dossier, for Kamerstukken the search service lacks.

``Document?$filter=Kamerstukdossier/any(d: d/Nummer eq N) and Verwijderd eq false`` with
``$expand=Kamerstukdossier``, paged by ``@odata.nextLink``; the file of a document is
``Document(<Id>)/resource`` (PDF or DOCX by its ``ContentType``).
"""

from __future__ import annotations

import json
import urllib.parse
from dataclasses import dataclass

from glossary.fetch.http import Client, FetchError

ODATA_URL = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0"
SUFFIX = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}


@dataclass
class TkDocument:
    identifier: str
    resource: str
    kind: str
    date: str = ""


def documents_url(base: str, dossier: str) -> str:
    query = {
        "$filter": f"Kamerstukdossier/any(d: d/Nummer eq {int(dossier)}) and Verwijderd eq false",
        "$expand": "Kamerstukdossier",
        "$select": "Id,Volgnummer,ContentType,Datum,Soort",
    }
    return f"{base}/Document?{urllib.parse.urlencode(query, quote_via=urllib.parse.quote)}"


def list_documents(client: Client, base: str, dossier: str) -> list[TkDocument]:
    """Every document of the dossier with a Kamerstuk number, as ``kst-<dossier>-<nr>``."""
    url: str | None = documents_url(base, dossier)
    out: list[TkDocument] = []
    while url:
        status, body, _ = client.get(url)
        if status != 200:
            raise FetchError(f"HTTP {status} from {url}")
        try:
            page = json.loads(body)
        except ValueError:
            raise FetchError(f"the open-data service answered no JSON: {url}") from None
        for doc in page.get("value", []):
            number = doc.get("Volgnummer")
            kind = SUFFIX.get((doc.get("ContentType") or "").split(";")[0].strip())
            if not isinstance(number, int) or number < 0 or kind is None:
                continue
            ident = f"kst-{dossier}-{number}"
            resource = f"{base}/Document({doc['Id']})/resource"
            out.append(TkDocument(ident, resource, kind, (doc.get("Datum") or "")[:10]))
        url = page.get("@odata.nextLink")
    return out
