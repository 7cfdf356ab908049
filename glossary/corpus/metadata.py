"""A letter's metadata from its cleaned text: dossier, number, date, sender and title.

The header of an official letter gives the dossier (``28 676``), ``Nr. 328``, the place and
date line and the kind (``BRIEF VAN DE MINISTER VAN DEFENSIE``); the signature names the
sender; the file name ``kst-28676-328`` is a fallback for dossier and number.
"""

from __future__ import annotations

import re

#: Dutch month names → their number (``januari`` → 1).
MONTHS = {
    name: i
    for i, name in enumerate(
        (
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ),
        start=1,
    )
}
_DOSSIER = re.compile(r"^\W*(\d{2})\s?(\d{3})(?:-([A-Z]{1,3}))?\b")
_NUMBER = re.compile(r"\bNr\.\s*(\d+)\b", re.IGNORECASE)
#: A Dutch date written out: ``3 oktober 2024`` (day, month name, year).
DATE = re.compile(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})\b", re.IGNORECASE)
_DATE = DATE
_KIND = re.compile(
    r"\b((?:BRIEF|VERSLAG|MOTIE|NOTA|AMENDEMENT|LIJST|BESLUIT|VERDRAG)"
    r"(?:[ \t]+[A-ZÀ-ÖØ-Þ'’.\-]+)*)\b"
)
_SIGNATURE = re.compile(
    r"(?:^|\n)\s*(?:De|Het)\s+((?:Minister|Staatssecretaris|Minister-president)"
    r"[^\n,]{0,80}),\s*\n?\s*([A-Z][\w.\s'’-]{1,60}?)\s*(?:\n|$)"
)
_FILE_ID = re.compile(r"kst-(\d{2})(\d{3})-(\d+)", re.IGNORECASE)
_LOWER_WORDS_IN_TITLE = {"van", "de", "der", "het", "en", "voor", "op", "in", "tot", "met", "te"}


def _title_case(upper: str) -> str:
    """``MINISTER VAN BUITENLANDSE ZAKEN`` → ``Minister van Buitenlandse Zaken``."""
    words = upper.lower().split()
    out = [
        w if (i and w in _LOWER_WORDS_IN_TITLE) else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    ]
    return " ".join(out)


def kind_title(line: str) -> str:
    """The kind of document in a title line, title-cased: ``Nr. 467 BRIEF VAN DE MINISTER VAN
    DEFENSIE`` → ``Brief van de Minister van Defensie``."""
    m = _KIND.search(line)
    return _title_case(m.group(1) if m else line)


def parse_metadata(clean: str, name: str = "") -> dict[str, str | None]:
    """Dossier, number, ISO date, sender and kind of letter from the text (``None`` if absent).

    The header of an official letter gives the dossier (``28 676``), ``Nr. 328``, the place and
    date line and the kind (``BRIEF VAN DE MINISTER VAN DEFENSIE``); the signature names the
    sender. The file name ``kst-28676-328`` is a fallback for dossier and number.
    """
    head_lines = [ln for ln in clean.split("\n") if ln.strip()][:15]
    head = "\n".join(head_lines)
    meta: dict[str, str | None] = dict.fromkeys(("dossier", "number", "date", "sender", "title"))
    for ln in head_lines:
        m = _DOSSIER.match(ln)
        if m and not _DATE.search(ln):
            suffix = f"-{m.group(3)}" if m.group(3) else ""
            meta["dossier"] = f"{m.group(1)} {m.group(2)}{suffix}"
            break
    m = _NUMBER.search(head)
    if m:
        meta["number"] = m.group(1)
    file_id = _FILE_ID.search(name)
    if file_id:
        meta["dossier"] = meta["dossier"] or f"{file_id.group(1)} {file_id.group(2)}"
        meta["number"] = meta["number"] or file_id.group(3)
    for ln in clean.split("\n")[:40]:
        m = _DATE.search(ln)
        if m:
            day, month, year = int(m.group(1)), MONTHS[m.group(2).lower()], int(m.group(3))
            if 1 <= day <= 31:
                meta["date"] = f"{year:04d}-{month:02d}-{day:02d}"
                break
    m = _KIND.search(head)
    if m:
        meta["title"] = _title_case(m.group(1))
    signatures = [
        f"{sig.group(1).strip()}, {sig.group(2).strip()}"
        for sig in _SIGNATURE.finditer(clean[-3000:])
    ]
    if signatures:
        meta["sender"] = "; ".join(dict.fromkeys(signatures))
    elif meta["title"]:
        sender = re.search(r"\bvan\s+(?:de|het)\s+(.+)$", meta["title"], re.IGNORECASE)
        if sender:
            meta["sender"] = sender.group(1)[:1].upper() + sender.group(1)[1:]
    return meta
