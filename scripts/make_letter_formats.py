"""Write the two shipped letters in every published format: ``examples/letters/``.

``python scripts/make_letter_formats.py [--only xml,html,...]`` reads each shipped text letter
(``terms/letters/kst-28676-N.txt``) with the project's text reader and writes it as the
publication services serve it:

* ``kst-28676-N.xml`` in the official ``officiele-publicatie`` schema (masthead, ``stuk``,
  ``al``/``tussenkop``, ``nadruk``, ``noot`` at its marker, ``ondertekening``; CRLF line ends,
  a BOM, typesetter processing instructions inside some long words, as in the real files),
  with ``kst-28676-N.metadata.xml`` beside it;
* ``kst-28676-N.html``, the publication page: site navigation, cookie notice, metadata table,
  the letter in ``div#broodtekst`` with ``<sup>`` markers and the footnotes after it;
* ``kst-28676-N.pdf``, printed by headless Chromium from pages laid out like the official
  PDF: running footer ``Tweede Kamer, vergaderjaar …, 28 676, nr. N`` with the page number,
  long words hyphenated at line ends, footnotes at the bottom of the page that cites them;
* ``kst-28676-N.docx`` and ``kst-28676-N.odt``, as the Tweede Kamer API and the publication
  site serve them (paragraph styles for headings, real footnotes, page header and footer).

The text of every format is the text letter's, so "same letter, same terms" can be tested.
Needs Chromium (``make install`` brings it) for the PDF only.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from glossary.model import Letter  # noqa: E402  (after the path insert)

LETTERS = ROOT / "terms" / "letters"
OUT = ROOT / "examples" / "letters"
FORMATS = ("xml", "html", "pdf", "docx", "odt")


@dataclass
class Run:
    """Inline text of a block: italic or not, or the marker of footnote ``note``."""

    text: str
    italic: bool = False
    note: int | None = None


@dataclass
class Block:
    kind: str  # paragraph | heading | item
    runs: list[Run] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Parts:
    """One letter as its publication's parts."""

    ident: str
    dossier: str
    dossier_title: str
    number: str
    session: str
    kind: str
    date: str
    addressee: str
    place_date: str
    signatures: list[tuple[str, str]]
    blocks: list[Block]
    notes: list[tuple[str, str]]


def session_of(iso: str) -> str:
    """The parliamentary year of a date (it starts in September): ``2019–2020``."""
    d = date.fromisoformat(iso)
    first = d.year if d.month >= 9 else d.year - 1
    return f"{first}–{first + 1}"


def letter_parts(path: Path) -> Parts:
    """The parts of a shipped text letter, as the project's reader sees them."""
    from glossary.corpus.letters import read_letters
    from glossary.corpus.zones import plain, zone_text

    (letter,) = read_letters([str(path)])
    text = letter.text
    zoning = zone_text(text)
    facts = zoning.facts

    def lines(kind: str) -> list[str]:
        out = []
        for z in letter.zones:
            if z.kind == kind:
                out += [plain(ln) for ln in text[z.start : z.end].split("\n") if plain(ln)]
        return out

    title = next(
        (ln for ln in lines("title") if "BRIEF" in ln), lines("title")[0] if lines("title") else ""
    )
    title = re.sub(r"^Nr\.\s*\d+\s+", "", title)
    address = lines("address")
    signatures = [tuple(s.split(", ", 1)) for s in letter.signatories]
    body_end = len(letter.clean)
    if letter.footnotes:
        body_end = letter.clean.index(letter.footnotes[0].text) - 2
    markers = {}
    for k, note in enumerate(letter.footnotes):
        if note.marker is None:
            continue
        for i in range(body_end):
            if letter.offsets[i] >= note.marker:
                markers[i] = k
                break
    blocks: list[Block] = []
    pos = 0
    for para in letter.clean[:body_end].split("\n\n"):
        for line in para.split("\n"):
            start = letter.clean.index(line, pos)
            pos = start + len(line)
            kind = "heading" if _is_heading(line) else "paragraph"
            blocks.append(Block(kind, _runs(letter, line, start, markers)))
    return Parts(
        ident=letter.id,
        dossier=letter.dossier or "",
        dossier_title=facts.dossier_title or "",
        number=letter.number or "",
        session=session_of(letter.date or "2000-01-01"),
        kind=title,
        date=letter.date or "",
        addressee=next((a for a in address if a.startswith("Aan ")), ""),
        place_date=next((a for a in address if "," in a and not a.startswith("Aan ")), ""),
        signatures=[(f"De {p},", n) for p, n in signatures],
        blocks=blocks,
        notes=[(n.number, n.text) for n in letter.footnotes],
    )


def _is_heading(line: str) -> bool:
    """A line of the body that is a heading: short, no sentence."""
    return len(line.split()) <= 10 and not line.rstrip("»”)").endswith((".", ":", ";", ",", "?"))


def _runs(letter: Letter, line: str, start: int, markers: dict[int, int]) -> list[Run]:
    """The line as runs: italics from the letter's emphasis, footnote markers where they are."""
    italic = [False] * len(line)
    for s, e in letter.emphasis:
        for i in range(max(s, start), min(e, start + len(line))):
            italic[i - start] = True
    runs: list[Run] = []
    for i, ch in enumerate(line):
        if start + i in markers:
            runs.append(Run("", note=markers[start + i]))
        if runs and runs[-1].note is None and runs[-1].italic == italic[i]:
            runs[-1].text += ch
        else:
            runs.append(Run(ch, italic[i]))
    if start + len(line) in markers:
        runs.append(Run("", note=markers[start + len(line)]))
    return runs


# -- XML ----------------------------------------------------------------------------------------

#: Typesetter processing instructions sit inside long words in the real files.
_PI_EVERY = 7


def _xml_text(text: str, counter: list[int]) -> str:
    """Escaped text with a ``<?xpp afbm?>`` inside every seventh long word."""
    out = []
    for word in re.split(r"(\s+)", text):
        esc = html.escape(word, quote=False)
        if len(word) >= 14 and word.isalpha():
            counter[0] += 1
            if counter[0] % _PI_EVERY == 0:
                cut = len(word) // 2
                head, tail = html.escape(word[:cut], False), html.escape(word[cut:], False)
                esc = f"{head}<?xpp afbm?>{tail}"
        out.append(esc)
    return "".join(out)


def to_xml(p: Parts) -> bytes:
    counter = [0]

    def runs_xml(block: Block) -> str:
        out = []
        for r in block.runs:
            if r.note is not None:
                number, note = p.notes[r.note]
                out.append(
                    f'<noot id="n{number}" type="voet"><noot.nr>{number}</noot.nr>'
                    f"<noot.al>{_xml_text(note, counter)}</noot.al></noot>"
                )
            elif r.italic:
                out.append(f'<nadruk type="cur">{_xml_text(r.text, counter)}</nadruk>')
            else:
                out.append(_xml_text(r.text, counter))
        return "".join(out)

    body = []
    for b in p.blocks:
        tag = "tussenkop" if b.kind == "heading" else "al"
        body.append(f"            <{tag}>{runs_xml(b)}</{tag}>")
    signatures = "\n".join(
        f"        <ondertekening><functie>{html.escape(post)}</functie><naam><voornaam>"
        f"{html.escape(name.rsplit(' ', 1)[0])}</voornaam> <achternaam>"
        f"{html.escape(name.rsplit(' ', 1)[-1])}</achternaam></naam></ondertekening>"
        for post, name in p.signatures
    )
    dossier_digits = p.dossier.replace(" ", "")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://technische-documentatie.oep.overheid.nl/repository/schemas/op-xsd-2012-2/0.0/xsd/op.xsd">
  <metadata>
    <meta name="OVERHEIDop.externMetadataRecord" scheme="" content="https://zoek.officielebekendmakingen.nl/{p.ident}/metadata.xml"/>
    <meta name="DC.identifier" scheme="OVERHEIDop.ParlID" content="{p.ident}"/>
    <meta name="OVERHEIDop.dossiernummer" scheme="" content="{dossier_digits}"/>
    <meta name="OVERHEIDop.ondernummer" scheme="" content="{p.number}"/>
  </metadata>
  <kamerstuk>
    <kamerstukkop>
      <tekstregel inhoud="kamer">Tweede Kamer der Staten-Generaal</tekstregel>
      <tekstregel inhoud="vergaderjaar">Vergaderjaar {p.session}</tekstregel>
    </kamerstukkop>
    <dossier>
      <dossiernummer><dossiernr>{p.dossier}</dossiernr></dossiernummer>
      <titel>{html.escape(p.dossier_title)}</titel>
    </dossier>
    <stuk>
      <stuknr>Nr. <ondernummer>{p.number}</ondernummer></stuknr>
      <titel>{html.escape(p.kind)}</titel>
      <algemeen>
        <vrije-tekst>
          <tekst>
            <al>{html.escape(p.addressee)}</al>
            <al>{html.escape(p.place_date)}</al>
{chr(10).join(body)}
          </tekst>
        </vrije-tekst>
      </algemeen>
      <tekst-sluiting>
{signatures}
      </tekst-sluiting>
    </stuk>
  </kamerstuk>
</officiele-publicatie>
"""
    return b"\xef\xbb\xbf" + xml.replace("\n", "\r\n").encode("utf-8")


def to_metadata_xml(p: Parts) -> bytes:
    rows = [
        ("DC.identifier", "OVERHEIDop.ParlID", p.ident),
        ("DC.title", "", f"{p.dossier_title}; {p.kind.capitalize()}"),
        ("DC.type", "OVERHEIDop.Parlementair", "Kamerstuk"),
        ("DC.creator", "OVERHEID.StatenGeneraal", "Tweede Kamer der Staten-Generaal"),
        ("OVERHEIDop.dossiernummer", "", p.dossier.replace(" ", "")),
        ("OVERHEIDop.dossiertitel", "", p.dossier_title),
        ("OVERHEIDop.ondernummer", "", p.number),
        ("OVERHEIDop.vergaderjaar", "", p.session.replace("–", "-")),
        *(("OVERHEIDop.indiener", "", name) for _, name in p.signatures),
        ("DCTERMS.issued", "DCTERMS.W3CDTF", p.date),
        ("DCTERMS.language", "DCTERMS.RFC4646", "nl"),
    ]
    body = "\n".join(
        f'<metadata name="{n}" scheme="{s}" content="{html.escape(c)}" />' for n, s, c in rows
    )
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    return f"{head}<metadata_gegevens>\n{body}\n</metadata_gegevens>\n".encode()


# -- HTML ---------------------------------------------------------------------------------------


def to_html(p: Parts) -> bytes:
    """The publication page: the site around the letter, the letter in ``div#broodtekst``."""
    esc = html.escape

    def runs_html(block: Block) -> str:
        out = []
        for r in block.runs:
            if r.note is not None:
                number = p.notes[r.note][0]
                out.append(
                    f'<sup><a class="nootnum supernote-click-ID-{p.ident}-n{number}" '
                    f'href="#ID-{p.ident}-n{number}">{number}</a></sup>'
                )
            elif r.italic:
                out.append(f'<em class="cur">{esc(r.text)}</em>')
            else:
                out.append(esc(r.text))
        return "".join(out)

    body = "\n".join(
        f'<h3 class="tussenkop">{runs_html(b)}</h3>'
        if b.kind == "heading"
        else f"<p>{runs_html(b)}</p>"
        for b in p.blocks
    )
    signatures = "\n".join(
        f'<p class="ondertekening"><span class="functie">{esc(post)}</span><br>'
        f'<span class="naam">{esc(name)}</span></p>'
        for post, name in p.signatures
    )
    notes = "\n".join(
        f'<div class="voet noot snp-mouseoffset snb-pinned notedefault" '
        f'id="supernote-note-ID-{p.ident}-n{number}">\n'
        f'<h5 class="note-close"><a class="note-close" href="#close-ID-{p.ident}-n{number}">X</a>'
        f' Noot</h5><sup><span class="nootnum" id="ID-{p.ident}-n{number}">{number}</span></sup>'
        f"<p>{esc(text)}</p>\n</div>"
        for number, text in p.notes
    )
    dossier = p.dossier.replace(" ", "")
    page = f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Kamerstuk {p.dossier}, nr. {p.number} |
Overheid.nl &gt; Officiële bekendmakingen</title>
<meta name="DC.identifier" content="{p.ident}">
<link rel="stylesheet" href="/css/main.css">
<script>window.dataLayer = window.dataLayer || [];
function gtag(){{dataLayer.push(arguments);}}</script>
<style>.broodtekst p {{ margin: 0 0 1em; }}</style>
</head>
<body>
<div id="cookiebanner" class="cookie-consent">
<p>Wij gebruiken cookies om deze website goed te laten werken en om het gebruik te meten.
Lees meer in onze cookieverklaring.</p>
<button type="button">Akkoord</button>
</div>
<header class="header">
<a class="skiplink" href="#content">Ga direct naar inhoud</a>
<nav class="navigation"><ul><li><a href="/">Home</a></li><li><a href="/zoeken">Zoeken</a></li>
<li><a href="/uitgebreid-zoeken">Uitgebreid zoeken</a></li>
<li><a href="/help">Help</a></li></ul></nav>
</header>
<main id="content">
<ul class="breadcrumb"><li><a href="/">Home</a></li><li>Kamerstukken</li><li>{p.ident}</li></ul>
<h1>Kamerstuk {p.dossier}, nr. {p.number}</h1>
<div class="metadata">
<table class="table-metadata">
<tr><th>Datum publicatie</th><th>Organisatie</th><th>Vergaderjaar</th>
<th>Dossier- en ondernummer</th></tr>
<tr><td>{p.date}</td><td>Tweede Kamer der Staten-Generaal</td><td>{p.session}</td>
<td>{dossier} nr. {p.number}</td></tr>
</table>
</div>
<div id="broodtekst" class="broodtekst">
<div class="stuk">
<p class="kamerstukkop">Tweede Kamer der Staten-Generaal</p>
<p class="kamerstukkop">Vergaderjaar {p.session}</p>
<h1 class="dossiertitel"><span class="dossiernummer">{p.dossier}</span> {esc(p.dossier_title)}</h1>
<h1 class="stuktitel"><span class="stuknummer">Nr. {p.number}</span> {esc(p.kind)}</h1>
<p>{esc(p.addressee)}</p>
<p>{esc(p.place_date)}</p>
{body}
{signatures}
</div>
<div id="noten">
<hr>
{notes}
</div>
</div>
<p class="naar-boven"><a href="#top">Naar boven</a></p>
</main>
<footer class="footer"><ul><li><a href="/over">Over deze site</a></li>
<li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy en cookies</a></li>
<li><a href="/toegankelijkheid">Toegankelijkheid</a></li></ul></footer>
</body>
</html>
"""
    return page.encode("utf-8")


# -- DOCX and ODT -------------------------------------------------------------------------------


def head_lines(p: Parts) -> list[str]:
    """The masthead, title and address as the published document's first paragraphs."""
    return [
        "Tweede Kamer der Staten-Generaal",
        f"Vergaderjaar {p.session}",
        f"{p.dossier} {p.dossier_title}",
        f"Nr. {p.number} {p.kind}",
        p.addressee,
        p.place_date,
    ]


def running_footer(p: Parts) -> str:
    return f"Tweede Kamer, vergaderjaar {p.session}, {p.dossier}, nr. {p.number}"


_DOCX_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


def _w_run(text: str, italic: bool = False) -> str:
    props = "<w:rPr><w:i/></w:rPr>" if italic else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{html.escape(text, False)}</w:t></w:r>'


def _w_para(runs: str, style: str | None = None) -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{runs}</w:p>"


def to_docx(p: Parts) -> bytes:
    """A Word letter: styles for headings, italic runs, real footnotes, header and footer."""
    import zipfile
    from io import BytesIO

    paras = [_w_para(_w_run(line)) for line in head_lines(p)]
    for b in p.blocks:
        runs = []
        for r in b.runs:
            if r.note is not None:
                runs.append(
                    '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                    f'<w:footnoteReference w:id="{r.note + 2}"/></w:r>'
                )
            else:
                runs.append(_w_run(r.text, r.italic))
        paras.append(_w_para("".join(runs), "Heading2" if b.kind == "heading" else None))
    for post, name in p.signatures:
        paras.append(_w_para(f"{_w_run(post)}<w:r><w:br/></w:r>{_w_run(name)}"))
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>'
        '<w:footerReference w:type="default" r:id="rIdFooter"/></w:sectPr>'
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {_DOCX_NS}>'
        f"<w:body>{''.join(paras)}{sect}</w:body></w:document>"
    )
    notes = "".join(
        f'<w:footnote w:id="{k + 2}"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/>'
        f"</w:rPr><w:footnoteRef/></w:r>{_w_run(' ' + text)}</w:p></w:footnote>"
        for k, (_, text) in enumerate(p.notes)
    )
    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {_DOCX_NS}>'
        '<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p>'
        '</w:footnote><w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r>'
        f"<w:continuationSeparator/></w:r></w:p></w:footnote>{notes}</w:footnotes>"
    )
    header = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {_DOCX_NS}>'
        f"{_w_para(_w_run('Ministerie van Defensie'))}</w:hdr>"
    )
    footer = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {_DOCX_NS}>'
        f"{_w_para(_w_run(running_footer(p) + ' '))}"
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText>'
        '</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>'
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {_DOCX_NS}>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        '</w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
        '<w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="FootnoteReference">'
        '<w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        "</w:style></w:styles>"
    )
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    doc_rels = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{pkg}">'
        f'<Relationship Id="rIdStyles" Type="{rel}/styles" Target="styles.xml"/>'
        f'<Relationship Id="rIdNotes" Type="{rel}/footnotes" Target="footnotes.xml"/>'
        f'<Relationship Id="rIdHeader" Type="{rel}/header" Target="header1.xml"/>'
        f'<Relationship Id="rIdFooter" Type="{rel}/footer" Target="footer1.xml"/></Relationships>'
    )
    core_type = (
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    )
    root_rels = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{pkg}">'
        f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="word/document.xml"/>'
        f'<Relationship Id="rId2" Type="{core_type}" Target="docProps/core.xml"/></Relationships>'
    )
    wml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.'
        'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType='
        '"application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        'ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{wml}.document.main+xml"/>'
        f'<Override PartName="/word/styles.xml" ContentType="{wml}.styles+xml"/>'
        f'<Override PartName="/word/footnotes.xml" ContentType="{wml}.footnotes+xml"/>'
        f'<Override PartName="/word/header1.xml" ContentType="{wml}.header+xml"/>'
        f'<Override PartName="/word/footer1.xml" ContentType="{wml}.footer+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
        'package.core-properties+xml"/></Types>'
    )
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp='
        '"http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc='
        f'"http://purl.org/dc/elements/1.1/"><dc:title>{html.escape(p.kind)}</dc:title>'
        f"<dc:identifier>{p.ident}</dc:identifier></cp:coreProperties>"
    )
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in (
            ("[Content_Types].xml", types),
            ("_rels/.rels", root_rels),
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", doc_rels),
            ("word/styles.xml", styles),
            ("word/footnotes.xml", footnotes),
            ("word/header1.xml", header),
            ("word/footer1.xml", footer),
            ("docProps/core.xml", core),
        ):
            z.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), text)
    return out.getvalue()


_ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"'
)


def _odf_text(text: str) -> str:
    """Escaped text, runs of spaces as ``text:s``."""
    esc = html.escape(text, False)
    return re.sub(r"  +", lambda m: f' <text:s text:c="{len(m.group(0)) - 1}"/>', esc)


def to_odt(p: Parts) -> bytes:
    """An OpenDocument letter: headings, italic spans, notes, a header and footer."""
    import zipfile
    from io import BytesIO

    body = [
        f'<text:p text:style-name="Standard">{_odf_text(line)}</text:p>' for line in head_lines(p)
    ]
    for b in p.blocks:
        parts = []
        for r in b.runs:
            if r.note is not None:
                number, note = p.notes[r.note]
                parts.append(
                    f'<text:note text:id="ftn{number}" text:note-class="footnote">'
                    f"<text:note-citation>{number}</text:note-citation><text:note-body>"
                    f'<text:p text:style-name="Footnote">{_odf_text(note)}</text:p>'
                    "</text:note-body></text:note>"
                )
            elif r.italic:
                parts.append(f'<text:span text:style-name="T1">{_odf_text(r.text)}</text:span>')
            else:
                parts.append(_odf_text(r.text))
        if b.kind == "heading":
            body.append(f'<text:h text:outline-level="2">{"".join(parts)}</text:h>')
        else:
            body.append(f'<text:p text:style-name="Standard">{"".join(parts)}</text:p>')
    for post, name in p.signatures:
        body.append(f"<text:p>{_odf_text(post)}<text:line-break/>{_odf_text(name)}</text:p>")
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODF}>'
        '<office:automatic-styles><style:style style:name="T1" style:family="text">'
        '<style:text-properties fo:font-style="italic"/></style:style></office:automatic-styles>'
        f"<office:body><office:text>{''.join(body)}</office:text></office:body>"
        "</office:document-content>"
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {_ODF}>'
        '<office:master-styles><style:master-page style:name="Standard"><style:header>'
        "<text:p>Ministerie van Defensie</text:p></style:header><style:footer><text:p>"
        f"{_odf_text(running_footer(p))} <text:page-number/></text:p></style:footer>"
        "</style:master-page></office:master-styles></office:document-styles>"
    )
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {_ODF}><office:meta>'
        f"<dc:title>{html.escape(p.kind)}</dc:title></office:meta></office:document-meta>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:'
        'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.'
        'opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" '
        'manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" '
        'manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" '
        'manifest:media-type="text/xml"/></manifest:manifest>'
    )
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(
            zipfile.ZipInfo("mimetype", (2024, 1, 1, 0, 0, 0)),
            "application/vnd.oasis.opendocument.text",
            compress_type=zipfile.ZIP_STORED,
        )
        for name, text in (
            ("content.xml", content),
            ("styles.xml", styles),
            ("meta.xml", meta),
            ("META-INF/manifest.xml", manifest),
        ):
            z.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), text, zipfile.ZIP_DEFLATED)
    return out.getvalue()


# -- PDF ----------------------------------------------------------------------------------------

#: Long words get soft hyphens between their compound parts (where no vowels clash), so the
#: printed page breaks some of them at line ends as the official PDFs do.
_SOFT_MIN = 12


def _soft_hyphens(word: str) -> str:
    from glossary.corpus.clean import VOWEL_CLASHES
    from glossary.nlp.dutch.compounds import split_compound

    if len(word) < _SOFT_MIN or not word.isalpha() or not word.islower():
        return html.escape(word)
    try:
        parts = split_compound(word)
    except Exception:
        parts = None
    if not parts or len(parts) < 2:
        return html.escape(word)
    out, pos = [], 0
    for part in parts[1:]:
        found = word.find(part, pos + 1)
        if found < 0:
            break
        out.append(found)
        pos = found
    pieces, last = [], 0
    for cut in out:
        if 0 < cut < len(word) and (word[cut - 1] + word[cut]).lower() not in VOWEL_CLASHES:
            pieces.append(html.escape(word[last:cut]))
            last = cut
    pieces.append(html.escape(word[last:]))
    return "&shy;".join(pieces)


def _pdf_words(block: Block, notes: list[tuple[str, str]]) -> list[str]:
    """A block as words of HTML (italics and footnote markers kept with their word)."""
    words: list[str] = []
    glue = False  # the next text continues the last word (no space between)
    for r in block.runs:
        if r.note is not None:
            number = notes[r.note][0]
            if words:
                words[-1] += f'<sup class="fn" data-note="{r.note}">{number}</sup>'
            glue = True
            continue
        for token in re.split(r"( +)", r.text):
            if not token:
                continue
            if token.isspace():
                glue = False
                continue
            text = _soft_hyphens(token)
            if r.italic:
                text = f"<em>{text}</em>"
            if words and glue:
                words[-1] += text
            else:
                words.append(text)
            glue = True
    return words


_PDF_PAGE = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 0; }
body { margin: 0; font-family: "DejaVu Serif", serif; font-size: 10pt; line-height: 13pt; }
.page { width: 210mm; height: 297mm; box-sizing: border-box; padding: 25mm 30mm 18mm 30mm;
        position: relative; overflow: hidden; page-break-after: always; }
.body { position: absolute; left: 30mm; right: 30mm; top: 25mm; hyphens: manual;
        text-align: justify; }
.body p { margin: 0 0 13pt 0; }
.body h2 { font-size: 10pt; font-weight: bold; margin: 0 0 13pt 0; }
.head p { margin: 0 0 6pt 0; }
.notes { position: absolute; left: 30mm; right: 30mm; bottom: 24mm; font-size: 8pt;
         line-height: 10pt; border-top: 0.5pt solid #000; padding-top: 3pt; }
.notes p { margin: 0 0 2pt 0; }
.footer { position: absolute; left: 30mm; right: 30mm; bottom: 12mm; font-size: 8pt; }
.footer .nr { position: absolute; right: 0; }
sup { font-size: 6.5pt; line-height: 0; vertical-align: 3.5pt; }
</style></head><body><div id="pages"></div><script>
const DATA = __DATA__;
const MM = 96 / 25.4;
const BODY_HEIGHT = (297 - 25 - 34) * MM;
const pages = document.getElementById("pages");
let page, body, notes, placed;
function newPage() {
  page = document.createElement("div"); page.className = "page";
  body = document.createElement("div"); body.className = "body";
  notes = document.createElement("div"); notes.className = "notes"; notes.style.display = "none";
  const footer = document.createElement("div"); footer.className = "footer";
  const nr = pages.children.length + 1;
  footer.innerHTML = DATA.footer + '<span class="nr">' + nr + '</span>';
  page.append(body, notes, footer); pages.append(page); placed = [];
}
function room() {
  const noteHeight = notes.style.display === "none" ? 0 : notes.offsetHeight + 6 * MM;
  return BODY_HEIGHT - noteHeight;
}
function addNotes(el) {
  for (const sup of el.querySelectorAll("sup.fn")) {
    const n = DATA.notes[Number(sup.dataset.note)];
    const p = document.createElement("p");
    p.innerHTML = "<sup>" + n[0] + "</sup> " + n[1];
    p.dataset.note = sup.dataset.note;
    notes.append(p); notes.style.display = "block";
  }
}
function removeNotes(el) {
  for (const sup of el.querySelectorAll("sup.fn")) {
    const p = notes.querySelector('p[data-note="' + sup.dataset.note + '"]');
    if (p) p.remove();
  }
  if (!notes.children.length) notes.style.display = "none";
}
function fits() { return body.offsetHeight <= room(); }
function place(tag, cls, words) {
  let rest = words;
  while (rest.length) {
    const el = document.createElement(tag); if (cls) el.className = cls;
    el.innerHTML = rest.join(" "); body.append(el); addNotes(el);
    if (fits()) return;
    // too long: find the most words that fit on this page
    let lo = 0, hi = rest.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      removeNotes(el); el.innerHTML = rest.slice(0, mid).join(" "); addNotes(el);
      if (fits()) lo = mid; else hi = mid - 1;
    }
    removeNotes(el);
    if (lo === 0) { el.remove(); } else {
      el.innerHTML = rest.slice(0, lo).join(" "); addNotes(el);
      el.style.textAlignLast = "justify"; el.style.marginBottom = "0";
    }
    rest = rest.slice(lo);
    newPage();
  }
}
newPage();
const head = document.createElement("div"); head.className = "head";
head.innerHTML = DATA.head; body.append(head);
for (const b of DATA.blocks) place(b[0] === "heading" ? "h2" : "p", "", b[1]);
for (const s of DATA.signatures) place("p", "", [s]);
document.title = "done";
</script></body></html>"""


def pdf_page_html(p: Parts) -> str:
    import json

    head = "".join(
        f"<p>{html.escape(line)}</p>"
        for line in (
            "Tweede Kamer der Staten-Generaal",
            f"Vergaderjaar {p.session}",
        )
    )
    head += (
        f"<p><b>{html.escape(p.dossier)}</b> {html.escape(p.dossier_title)}</p>"
        f"<p><b>Nr. {html.escape(p.number)}</b> {html.escape(p.kind)}</p>"
        f"<p>{html.escape(p.addressee)}</p><p>{html.escape(p.place_date)}</p>"
    )
    data = {
        "footer": html.escape(running_footer(p)),
        "head": head,
        "blocks": [[b.kind, _pdf_words(b, p.notes)] for b in p.blocks],
        "notes": [[n, html.escape(t)] for n, t in p.notes],
        "signatures": [
            f"{html.escape(post)}<br>{html.escape(name)}" for post, name in p.signatures
        ],
    }
    return _PDF_PAGE.replace("__DATA__", json.dumps(data, ensure_ascii=False))


def to_pdf(pages: list[tuple[Path, str]]) -> None:
    """Print each page layout to its PDF with headless Chromium."""
    import shutil

    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        try:
            for path, markup in pages:
                page = browser.new_page()  # a fresh page: the layout script declares constants
                page.set_content(markup)
                page.wait_for_function("document.title === 'done'", polling=200, timeout=120_000)
                page.pdf(path=str(path), prefer_css_page_size=True, print_background=False)
                page.close()
        finally:
            browser.close()


# -- main ---------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", help="comma-separated formats (default: all)")
    parser.add_argument("--out", default=str(OUT), help="output folder")
    args = parser.parse_args(argv)
    wanted = args.only.split(",") if args.only else list(FORMATS)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    printing: list[tuple[Path, str]] = []
    for path in sorted(LETTERS.glob("kst-*.txt")):
        parts = letter_parts(path)
        stem = out / parts.ident
        if "pdf" in wanted:
            printing.append((stem.with_suffix(".pdf"), pdf_page_html(parts)))
        if "xml" in wanted:
            stem.with_suffix(".xml").write_bytes(to_xml(parts))
            Path(f"{stem}.metadata.xml").write_bytes(to_metadata_xml(parts))
        if "html" in wanted:
            stem.with_suffix(".html").write_bytes(to_html(parts))
        if "docx" in wanted:
            stem.with_suffix(".docx").write_bytes(to_docx(parts))
        if "odt" in wanted:
            stem.with_suffix(".odt").write_bytes(to_odt(parts))
        print(f"{parts.ident}: {', '.join(wanted)}")
    if printing:
        to_pdf(printing)
    return 0


if __name__ == "__main__":
    sys.exit(main())
