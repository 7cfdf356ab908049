"""The zones of a letter in plain text: which lines are masthead, title, address, body,
signature, footnotes or page furniture, and the facts the non-body lines give.

Official letters to parliament have a fixed shape (the ``officiele-publicatie`` layout the
publication sites and the PDF share): a masthead (``Tweede Kamer der Staten-Generaal``,
``Vergaderjaar 2019–2020``, the dossier number and title ``28 676 NAVO``, ``Nr. 328``), the
kind of document (``BRIEF VAN DE MINISTER VAN DEFENSIE``), the addressee and the place and
date (``Aan de Voorzitter van …``, ``Den Haag, 3 oktober 2024``), the body, one or more
signatures (``De Minister van Defensie,`` + ``R.P. Brekelmans``) and footnotes. Text copied from
a publication page brings the page's furniture along: navigation, the metadata table (glued
into ``Datum publicatieOrganisatieVergaderjaarDossier- en ondernummer``), the mirror sites'
document headers; text converted from a PDF brings running headers and footers.

The rules work line by line on that shape, for any letter: furniture and the site's metadata
lines are recognised by the publication sites' own labels, the masthead and the address by the
forms the layout prescribes, a signature by a post (minister, staatssecretaris, voorzitter,
griffier …) followed by a person's name, footnote blocks by their ``Noot`` heads and
``<sup>`` numbers. Only body and footnote lines are term text. Lines before the letter's
masthead on a copied page (its menus, page title and metadata block) are furniture. Zones the
reader already knows from the file's structure (XML elements, HTML classes, PDF positions)
are passed in and left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from glossary.corpus.clean import NOTE_HEAD
from glossary.corpus.metadata import DATE, MONTHS, kind_title
from glossary.model import Zone

#: How far into a copied page the letter's masthead is looked for (non-blank lines), and how
#: many words of page furniture may come before it.
HEAD_LINES = 45
MAX_FURNITURE_WORDS = 220

_DASH = "-–—"
_UPPER = "A-ZÀ-ÖØ-Þ"

# -- recognisers on one line's plain content ----------------------------------------------------

#: The publication sites' furniture and metadata labels (officielebekendmakingen.nl, overheid.nl,
#: tweedekamer.nl and the mirrors that copy their document header), and the colophon of the
#: printed papers (``kst-28676-467``, ``ISSN 0921 - 7371``, ``'s-Gravenhage 2024``).
_FURNITURE = re.compile(
    r"""^(?:
        naar\ boven
      | start\ van\ deze\ pagina
      | skip\ navigatie.*
      | ga\ direct\ naar\ de\ inhoud
      | .*\bde\ wegwijzer\ naar\ informatie\ en\ diensten\b.*
      | zoals\ vergunningen,\ bouwplannen\ en\ lokale\ regelgeving\.?
      | adressen\ en\ contactpersonen\ van\ overheidsorganisaties\.?
      | u\ bent\ hier:?
      | [-–:|\ ]*-{3,}[-–:|\ ]*
      | tekstgrootte | [+\-–]
      | toon\ (?:volledige\ inhoudsopgave|alle\ stukken\ in\ dossier.*)
      | gerelateerde\ (?:informatie|documenten|personen\b.*)
      | gepubliceerd\ op\b.*
      | kamerstuk | kamerstukken | publicatie | bijlagen:?
      | datum\ publicatie.*
      | (?:datum\ publicatie|organisatie|vergaderjaar|dossier-\ en\ ondernummer|publicatienaam)
        (?:\s*[|\t]\s*(?:datum\ publicatie|organisatie|vergaderjaar|dossier-\ en\ ondernummer))+
      | nummer:\ \d{4}D\d+.*
      | directe\ link\ naar\ document.*
      | (?:officiële\ )?html[- ]versie.*
      | onderdeel\ van\ (?:kamerstukdossier|zaak|activiteiten)\b.*
      | preview\ document\b.*
      | -?\s*(?:eerste\ ondertekenaar|mede\ namens|gericht\ aan|indiener|voortouwcommissie|
              ondertekenaar|medeindiener|zaak|activiteit|besluit)(?:\(s\))?:.*
      | brief\ regering | antwoord\ schriftelijke\ vragen | kamerbrief\s*\|.*
      | (?:\[[^\]\n]{1,40}\]\s*){2,}
      | (?:tweede|eerste)\ kamer,\ vergaderjaar\ \d{4}\s*[–-]\s*\d{4},.*
      | (?:kamerstukken|handelingen)\ (?:i|ii)\ \d{4}/\d{2,4}.*\b(?:nr\.|blz\.)\s*\S+\s*
      | (?:pagina|blz\.)\ \d+(?:\ van\ \d+)?
      | \d{1,3}
      | issn\ \d{4}\s*[–-]\s*\d{3}[\dx]
      | 's-gravenhage\ \d{4}
      | nr\.?\ vraag\ bijlage\b.*
      | (?:kst|ah-tk|ah-ek|h-tk|h-ek|blg|stcrt|stb|trb)-[\w.-]+
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
#: A line of bracketed menu items or a pipe-separated table row of labels.
_MENU = re.compile(r"^(?:\[[^\]\n]{1,40}\][\s|]*){2,}$")
#: ``Tweede Kamer der Staten-Generaal`` with a page number or table pipes, ``Vergaderjaar``.
_CHAMBER = re.compile(
    r"^(?:(?:tweede|eerste)\s+kamer\s+der\s+staten-generaal[\s|]*(?:\d{1,3})?[\s|]*"
    r"|aanhangsel\s+van\s+de\s+handelingen[\s|]*"
    r"|vragen\s+gesteld\s+door\s+de\s+leden\s+der\s+kamer,\s+met\s+de\s+daarop\s+door\s+de"
    r"\s+regering\s+gegeven\s+antwoorden[\s|]*)$",
    re.IGNORECASE,
)
_SESSION = re.compile(r"^vergaderjaar\s+(\d{4})\s*[–-]\s*(\d{4})\b.*$", re.IGNORECASE)
#: A dossier's sub-number: a budget chapter (``36 200 X``, ``36 410-V``) or a sub-dossier
#: (``21 501-28``, ``21 501-02``).
DOSSIER_SUFFIX = r"(?:[\s-]+([IVXL]{1,6}|[A-C]|\d{2})(?![\w/]))?"
#: The publication page's metadata row glued together:
#: ``Tweede Kamer der Staten-Generaal2010-201128676 nr. 123``.
_GLUED_ROW = re.compile(
    r"^(?:(?:eerste\s+en\s+)?tweede|eerste)\s+kamer\s+der\s+staten-generaal[\s|]*"
    r"(?:\d{4}\s*[–-]\s*\d{4})?[\s|]*(\d{2})\s?(\d{3})"
    + DOSSIER_SUFFIX
    + r"\s*,?\s*nr\.\s*(\w+)(?:;\w+)?[\s|]*$",
    re.IGNORECASE,
)
#: ``Kamerstuk 28676 nr. 62``, ``Kamerstuk 28 676, nr. 62`` alone on a line (page header).
_KAMERSTUK_ID = re.compile(
    r"^kamerstuk(?:ken)?\s+(\d{2})\s?(\d{3})" + DOSSIER_SUFFIX + r"\s*,?\s*nr\.\s*(\w+)\s*$",
    re.IGNORECASE,
)
#: The dossier line of the masthead: ``28 676 NAVO``, ``27 925 Bestrijding …``, ``34 524``.
_DOSSIER_LINE = re.compile(r"^(\d{2})\s(\d{3})(?:[\s-]([IVXL]{1,6}|\d{2})(?=\s|$))?(?:\s+(\S.*))?$")
#: ``Nr. 328``, ``nr. 193``, ``Nr. 123 BRIEF VAN …``, ``B MEMORIE VAN ANTWOORD``, ``2349``.
_NUMBER_LINE = re.compile(rf"^(?:[Nn][Rr]\.\s*(\d+[A-Z]?)|([A-Z]{{1,2}}))(?:\s+([{_UPPER}].*))?$")
_KIND = re.compile(
    r"^(?:BRIEF|VERSLAG|MOTIE|NOTA|AMENDEMENT|LIJST\s+VAN|BESLUIT|VERDRAG|MEMORIE|"
    r"VOORSTEL|ADVIES|GEWIJZIGD|NADER|KONINKLIJKE\s+BOODSCHAP|JAARVERSLAG|VERSLAG)\b"
)
#: The addressee: ``Aan de Voorzitter van de Tweede Kamer …``, or without ``Aan`` in the window
#: address of a ministry's letter.
_ADDRESSEE = re.compile(
    r"^(?:aan\s+)?de\s+(?:voorzitter|leden)\s+van\s+de\s+(?:tweede|eerste)\s+kamer\b.*$",
    re.IGNORECASE,
)
_PLACE_DATE = re.compile(
    rf"^(?:den\s+haag|'s-gravenhage|brussel|[{_UPPER}][a-zà-ÿ]+),\s+{DATE.pattern}\s*\.?$",
    re.IGNORECASE,
)
_WEEKDAY = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
_DATE_ONLY = re.compile(
    rf"^(?:{_WEEKDAY}\s+)?{DATE.pattern}$|^\d{{4}}-\d{{2}}-\d{{2}}$", re.IGNORECASE
)
#: The received-on line of the masthead (``Ontvangen 2 november 2016``, ``Vastgesteld …``).
_RECEIVED = re.compile(
    rf"^(?:ontvangen|vastgesteld|ingezonden)\s+(?:op\s+)?{DATE.pattern}\s*\.?$",
    re.IGNORECASE,
)
#: The metadata lines of a page of written questions (tweedekamer.nl and the sites that copy
#: it): the answer's date and delay, the members who asked, the ministers who answered and the
#: subjects, labelled without a colon (``Indieners Louis Bontes (GrBvK), …``). A line that
#: ends a sentence is letter text.
_QUESTION_METADATA = re.compile(
    rf"^(?:(?:beantwoord|gepubliceerd:?)\s+{DATE.pattern}.*"
    r"|(?:indieners?|beantwoord\s+door|onderwerpen:)(?:\s+.*[^.\s])?)$",
    re.IGNORECASE,
)
#: The letterhead of a ministry's letter: its labels and values (a reference code, the
#: ministry's internal mail code, a street and house number).
_LETTERHEAD = re.compile(
    r"""^(?:
        (?:datum|betreft|onderwerp|ons\ kenmerk|uw\ kenmerk|uw\ brief(?:\ van)?|ons\ nummer|
           kenmerk|bijlage\(?n?\)?|contactpersoon|telefoon|e-mail|postbus|inlichtingen|
           doorkiesnummer|referentie|onze\ referentie|uw\ referentie|retouradres)\b.*
      | (?-i:[A-Z]{0,6}[-/]?\d[\w/.-]{4,})
      | mpc\ \d+\ ?[a-z]?
      | (?:[a-zà-ÿ'’-]+\ )?[a-zà-ÿ'’-]*(?:straat|weg|laan|plein|markt|kade|gracht|singel|park|
           dreef|hof|dijk|burgwal|voorhout)\ \d{1,4}[a-z]?
      | ministerie\ van\ [^.]{3,60}
      | \d{4}\s?[A-Z]{2}\s+[A-Z][a-z]+.*
      | (?:www\.)?[a-z.-]+\.nl
      | geachte\ (?:voorzitter|heer|mevrouw).*
      | hoogachtend,?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
#: A document's own title in the ministries' convention: ``Kamerbrief inzake …``, ``… over …``.
_TITLE_LINE = re.compile(
    r"^(?:kamerbrief|brief|verslag|geannoteerde\ agenda|beantwoording|antwoorden)\s+"
    r"(?:inzake|over|met|bij|betreffende|naar\ aanleiding|van|op)\b",
    re.IGNORECASE,
)
#: A reference code and a date on one line (the letterhead's values row).
_DATED_REF = re.compile(rf"^\S*[/\d]\S*\s+{DATE.pattern}$", re.IGNORECASE)
_SUBJECT = re.compile(r"^(?:betreft|onderwerp)\s*:?\s+(\S.*)$", re.IGNORECASE)
#: A post that signs: ``De Minister van Defensie``, ``De Staatssecretaris van …``,
#: ``De voorzitter van de commissie``, ``De griffier``, ``De Minister-President``; reports
#: may leave out the article (``Adjunct-griffier van de commissie,``).
_POST = (
    r"(?:(?:de|het)\s+)?((?:minister(?:-president)?|staatssecretaris|(?:vice-|onder)?voorzitter|"
    r"(?:adjunct-)?griffier|secretaris(?:-generaal)?)(?:\s+(?:van|voor|der)\b[^,\n]{0,90}?)?)"
)
#: The particles of a Dutch surname (``de Vries``, ``van der Lee``).
_PARTICLE = r"(?:van|de|der|den|ten|ter|te|von|du|la|le)"
_NAME = (
    r"((?:(?i:drs|dr|mr|ir|prof|ing|jhr|mevr|mw|dhr)\.?\s+)*"
    rf"(?:(?:[{_UPPER}][a-z]?\.\s?){{1,5}}(?:[{_UPPER}]\s)?|[{_UPPER}]\s)?"
    rf"(?:(?:{_PARTICLE}|in\s+'t|op\s+de)\s+){{0,3}}"
    rf"[{_UPPER}][a-zà-öø-ÿ'’]+"
    rf"(?:(?:\s+{_PARTICLE})*[-\s][{_UPPER}][a-zà-öø-ÿ'’]+){{0,2}})"
)
#: The closing formula of a motion; the members who submit it sign below it.
_MOTION_END = re.compile(r"^en\s+gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\.?$", re.I)
_POST_LINE = re.compile(rf"^{_POST}\s*,?$", re.IGNORECASE)
_POST_AND_NAME = re.compile(rf"^{_POST}\s*,\s*{_NAME}$", re.IGNORECASE)
_NAME_LINE = re.compile(rf"^{_NAME}$")
#: Footnote blocks: ``X Noot`` (+ a number line, :data:`~glossary.corpus.clean.NOTE_HEAD`),
#: ``<sup>1</sup> text``, ``[^1]: text``.
_NOTE_NUMBER = re.compile(r"^(\d{1,3})$")
_SUP_NOTE = re.compile(r"^\s*<sup>\s*(\d{1,3})\s*</sup>\s*(?=\S)", re.IGNORECASE)
_MD_NOTE = re.compile(r"^\s*\[\^(\w{1,8})\]:\s*(?=\S)")

_MARKUP = re.compile(r"\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)|</?[A-Za-z][^<>\n]*>")
_LEAD = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?)*")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SMALL = re.compile(r"[a-zß-öø-ÿ]")


def plain(line: str) -> str:
    """A line without Markdown and HTML markup, trimmed: what the zone rules read."""
    text = _LEAD.sub("", line)
    text = _MARKUP.sub("", text).replace("\\", " ")
    return " ".join(text.split()).rstrip("#").strip()


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def is_prose(text: str) -> bool:
    """A line of running text: a sentence with small letters, not a label or a heading."""
    n = _words(text)
    if n < 6 or not any(c.islower() for c in text):
        return False
    return text.rstrip("\"'”’»)]").endswith((".", "?", "!", ":", ";")) or n >= 12


def is_shouting(text: str) -> bool:
    """A line in capitals (a title or a kind of document), two words or more."""
    if _SMALL.search(text) or len(text) > 400:
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and _words(text) >= 2 and all(c.isupper() for c in letters)


def is_address_line(text: str) -> bool:
    """The addressee (``Aan de Voorzitter van …``) or the place and date of a letter."""
    t = plain(text)
    return bool(_ADDRESSEE.match(t) or _PLACE_DATE.match(t) or _RECEIVED.match(t))


# -- the result ---------------------------------------------------------------------------------


@dataclass
class NoteBlock:
    """A footnote found in the text: its number, the span of its text and its zone span."""

    number: str
    start: int
    end: int
    zone_start: int


@dataclass
class Facts:
    """What the non-body zones say about the letter."""

    dossier: str | None = None
    dossier_title: str | None = None
    number: str | None = None
    session: str | None = None
    title: str | None = None
    subject: str | None = None
    date: str | None = None
    signatories: list[str] = field(default_factory=list)


@dataclass
class Zoning:
    """Every non-blank line's zone (as merged spans), the footnotes and the facts."""

    zones: list[Zone]
    notes: list[NoteBlock]
    facts: Facts


@dataclass
class _Ln:
    start: int
    end: int
    text: str
    zone: str | None = None


def _lines(text: str, known: Sequence[Zone]) -> list[_Ln]:
    """Non-blank lines that no known zone covers, with their plain content."""
    spans = sorted((z.start, z.end) for z in known)
    out: list[_Ln] = []
    pos = 0
    k = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        if not raw.strip():
            continue
        while k < len(spans) and spans[k][1] <= start:
            k += 1
        if k < len(spans) and spans[k][0] <= start < spans[k][1]:
            continue
        out.append(_Ln(start, end, raw))
    return out


def iso_date(text: str) -> str | None:
    m = DATE.search(text)
    if not m:
        return None
    day, month, year = int(m.group(1)), MONTHS[m.group(2).lower()], int(m.group(3))
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= day <= 31 else None


# -- the rules ----------------------------------------------------------------------------------


def _footnotes(text: str, lines: list[_Ln], notes: list[NoteBlock]) -> None:
    """Mark footnote blocks (``X Noot``, ``<sup>1</sup> …``, ``[^1]: …``) and collect them."""
    i = 0
    while i < len(lines):
        ln = lines[i]
        raw = text[ln.start : ln.end]
        head = NOTE_HEAD.match(raw.strip())
        sup = _SUP_NOTE.match(raw) or _MD_NOTE.match(raw)
        if head:
            ln.zone = "footnotes"
            number = head.group(1)
            j = i + 1
            if number is None and j < len(lines) and _NOTE_NUMBER.match(lines[j].text):
                number = lines[j].text
                lines[j].zone = "footnotes"
                j += 1
            if j < len(lines):
                body = _paragraph(text, lines, j)
                for b in body:
                    lines[b].zone = "footnotes"
                first, last = lines[body[0]], lines[body[-1]]
                notes.append(NoteBlock(number or "", first.start, last.end, ln.start))
                i = body[-1] + 1
                continue
        elif sup:
            body = _paragraph(text, lines, i)
            for b in body:
                lines[b].zone = "footnotes"
            notes.append(
                NoteBlock(sup.group(1), ln.start + sup.end(), lines[body[-1]].end, ln.start)
            )
            i = body[-1] + 1
            continue
        i += 1


def _paragraph(text: str, lines: list[_Ln], j: int) -> list[int]:
    """Indexes of the lines of the paragraph starting at line ``j`` (no blank line between)."""
    out = [j]
    while (
        j + 1 < len(lines)
        and "\n\n" not in text[lines[j].end : lines[j + 1].start + 1]
        and not NOTE_HEAD.match(lines[j + 1].text)
        and not _SUP_NOTE.match(text[lines[j + 1].start : lines[j + 1].end])
    ):
        j += 1
        out.append(j)
    return out


def _masthead(ln: _Ln, facts: Facts) -> str | None:
    """The zone of a head line of an official letter, recording its facts; ``None`` if none."""
    t = ln.text
    if m := _GLUED_ROW.match(t) or _KAMERSTUK_ID.match(t):
        facts.dossier = facts.dossier or _dossier(m.group(1), m.group(2), m.group(3))
        facts.number = facts.number or m.group(4)
        return "masthead"
    if _CHAMBER.match(t):
        return "masthead"
    if m := _SESSION.match(t):
        facts.session = facts.session or f"{m.group(1)}-{m.group(2)}"
        return "masthead"
    if (m := _DOSSIER_LINE.match(t)) and _is_dossier_line(t):
        if facts.dossier is None:
            facts.dossier = _dossier(m.group(1), m.group(2), m.group(3))
            facts.dossier_title = m.group(4)
        return "masthead"
    if (m := _NUMBER_LINE.match(t)) and (m.group(1) or (m.group(3) and _KIND.match(m.group(3)))):
        facts.number = facts.number or m.group(1) or m.group(2)
        if m.group(3):
            facts.title = facts.title or kind_title(m.group(3))
            return "title"
        return "masthead"
    if _KIND.match(t) and is_shouting(t):
        facts.title = facts.title or kind_title(t)
        return "title"
    return None


def _is_dossier_line(t: str) -> bool:
    """``28 676 NAVO`` or a bill's title after its number, not a sentence that starts with a
    number (``25 000 militairen …``)."""
    return _words(t) <= 40 and not t.endswith(".")


def _dossier(a: str, b: str, suffix: str | None) -> str:
    return f"{a} {b}" + (f"-{suffix}" if suffix else "")


def _address(ln: _Ln, facts: Facts) -> str | None:
    """The zone of an addressee, place-and-date or letterhead line; ``None`` if none."""
    t = ln.text
    if _ADDRESSEE.match(t):
        return "address"
    if _PLACE_DATE.match(t) or _DATE_ONLY.match(t) or _RECEIVED.match(t) or _DATED_REF.match(t):
        facts.date = facts.date or iso_date(t)
        return "address"
    if m := _SUBJECT.match(t):
        facts.subject = facts.subject or m.group(1)
        return "title"
    if _LETTERHEAD.match(t) and not is_prose(t):
        if t.lower().startswith("datum"):
            facts.date = facts.date or iso_date(t)
        return "address"
    return None


def _signatures(lines: list[_Ln], facts: Facts) -> None:
    """Mark signature blocks (a post, then a person's name) anywhere outside footnotes, and
    the names that sign a motion under its closing formula."""
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.zone == "footnotes" or len(ln.text) > 160:
            i += 1
            continue
        if _MOTION_END.match(ln.text):
            i += 1
            while i < len(lines) and lines[i].zone is None and _NAME_LINE.match(lines[i].text):
                lines[i].zone = "signature"
                facts.signatories.append(lines[i].text)
                i += 1
            continue
        if m := _POST_AND_NAME.match(ln.text):
            ln.zone = "signature"
            facts.signatories.append(f"{_post(m.group(1))}, {m.group(2)}")
            i += 1
            continue
        if m := _POST_LINE.match(ln.text):
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if nxt is not None and nxt.zone is None and _NAME_LINE.match(nxt.text):
                ln.zone = nxt.zone = "signature"
                facts.signatories.append(f"{_post(m.group(1))}, {nxt.text}")
                i += 2
                continue
        i += 1


def _post(text: str) -> str:
    """``minister van Defensie`` → ``Minister van Defensie`` (the post as a title)."""
    text = " ".join(text.split())
    return text[:1].upper() + text[1:]


def _head(lines: list[_Ln], facts: Facts, text: str) -> None:
    """Zones of the letter's head: page furniture before the masthead, the masthead, title
    and address, up to the first line of running text (or the first line after the address
    that is none of these: a heading of the body)."""
    first = _first_masthead(lines)
    if first is not None:
        for ln in lines[:first]:
            if ln.zone is None:
                ln.zone = "furniture"
    seen_title = facts.title is not None
    addressed = False
    for k in range(first or 0, len(lines)):
        ln = lines[k]
        if ln.zone is not None:
            continue
        zone = _masthead(ln, facts)
        if zone is None and (_FURNITURE.match(ln.text) or _MENU.match(ln.text)):
            zone = "furniture"  # the site's ``Datum publicatie`` row, before a letterhead's date
        zone = zone or _address(ln, facts)
        if zone is None and _TITLE_LINE.match(ln.text) and _heading(ln, k, lines, text):
            facts.subject = facts.subject or ln.text
            zone = "title"
        if zone is None:
            if is_prose(ln.text) or addressed:
                return
            if _previous_is_bare_dossier(lines, k) and facts.dossier_title is None:
                facts.dossier_title = ln.text
                zone = "masthead"
            elif not seen_title and first is None and _title_like(ln, k, lines, text):
                facts.subject = facts.subject or ln.text
                zone = "title"
            elif first is not None:
                zone = "masthead"
            else:
                return
        seen_title = seen_title or zone == "title"
        addressed = addressed or bool(
            _ADDRESSEE.match(ln.text) or _PLACE_DATE.match(ln.text) or _RECEIVED.match(ln.text)
        )
        ln.zone = zone


def _heading(ln: _Ln, k: int, lines: list[_Ln], text: str) -> bool:
    """A line no sentence: short, or a paragraph of its own without a sentence's final
    punctuation (``Verslag van de bijeenkomst van NAVO-ministers van Defensie op 13 en 14
    februari 2025``; a wrapped sentence goes on on the next line)."""
    if not is_prose(ln.text):
        return True
    ending = ln.text.rstrip("\"'”’»)]").endswith((".", "?", "!", ":", ";", ","))
    return _alone(k, lines, text) and not ending


def _alone(k: int, lines: list[_Ln], text: str) -> bool:
    """Line ``k`` is a paragraph of its own: the last line, or a blank line follows it."""
    return k + 1 == len(lines) or text.count("\n", lines[k].end, lines[k + 1].start) >= 2


#: A first line this short may be a title even when the body follows on the next line.
TITLE_WORDS_MAX = 8


def _title_like(ln: _Ln, k: int, lines: list[_Ln], text: str) -> bool:
    """A document's own first line as its title: no sentence, more text after it, and either
    a paragraph of its own or short; the first line of a hard-wrapped paragraph goes on on the
    next (``… in de vergadering van de Noord-Atlantische`` + ``Raad over …``)."""
    if k + 1 >= len(lines) or ln.text.endswith((".", "?", "!", ";", ",")):
        return False
    return _alone(k, lines, text) or _words(ln.text) <= TITLE_WORDS_MAX


def _previous_is_bare_dossier(lines: list[_Ln], k: int) -> bool:
    return k > 0 and bool(re.fullmatch(r"\d{2}\s\d{3}", lines[k - 1].text))


def _first_masthead(lines: list[_Ln]) -> int | None:
    """Index of the first strong head line (chamber, session, dossier, number, kind of document,
    addressee, place and date) near the top, when only page furniture comes before it."""
    words = 0
    for k, ln in enumerate(lines[:HEAD_LINES]):
        if ln.zone is not None:
            continue
        t = ln.text
        strong = (
            _CHAMBER.match(t)
            or _SESSION.match(t)
            or _GLUED_ROW.match(t)
            or _KAMERSTUK_ID.match(t)
            or (_DOSSIER_LINE.match(t) and _is_dossier_line(t))
            or (_NUMBER_LINE.match(t) and t[:3].lower() == "nr.")
            or (_KIND.match(t) and is_shouting(t))
            or _ADDRESSEE.match(t)
            or _PLACE_DATE.match(t)
        )
        if strong:
            return k
        words += _words(t)
        if words > MAX_FURNITURE_WORDS:
            return None
    return None


def _everywhere(lines: list[_Ln], facts: Facts) -> None:
    """Furniture lines, running headers and titles in capitals anywhere in the letter."""
    for ln in lines:
        if ln.zone is not None:
            continue
        t = ln.text
        if len(t) < 200 and (_FURNITURE.match(t) or _MENU.match(t) or _QUESTION_METADATA.match(t)):
            ln.zone = "furniture"
        elif is_shouting(t):
            ln.zone = "title"
            if _KIND.match(t):
                facts.title = facts.title or kind_title(t)


def zone_text(text: str, known: Iterable[Zone] = (), head: bool = True) -> Zoning:
    """The zones of ``text`` outside the ``known`` ones, its footnotes and its facts
    (``head``: look for a plain letter's head too)."""
    known = list(known)
    lines = _lines(text, known)
    for ln in lines:
        ln.text = plain(text[ln.start : ln.end])
    facts = Facts()
    notes: list[NoteBlock] = []
    _footnotes(text, lines, notes)
    if head:
        _head(lines, facts, text)
    _signatures(lines, facts)
    _everywhere(lines, facts)
    zones: list[Zone] = []
    for ln in lines:
        kind = ln.zone or "body"
        if zones and zones[-1].kind == kind and _only_blank_between(text, zones[-1].end, ln.start):
            zones[-1] = Zone(kind, zones[-1].start, ln.end)
        else:
            zones.append(Zone(kind, ln.start, ln.end))
    return Zoning(sorted([*known, *zones], key=lambda z: z.start), notes, facts)


def _only_blank_between(text: str, a: int, b: int) -> bool:
    return not text[a:b].strip()
