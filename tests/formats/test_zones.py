"""Zones of plain and copied web text: masthead, title, address, signature and page furniture
are not term text (their facts are metadata); the body and the footnotes are."""

from __future__ import annotations

import pytest

from glossary.corpus.letters import make_letter
from tests.conftest import SHARED

DEV = SHARED / "letters-dev"


def letter(text: str, name: str = "brief.txt"):
    return make_letter(text, "brief", name)


def test_a_copied_publication_page_keeps_only_the_letter():
    text = (
        "Kamerstuk\n\nDatum publicatieOrganisatieVergaderjaarDossier- en ondernummer\n"
        "Tweede Kamer der Staten-Generaal2010-201128676 nr. 123\n\n28 676 NAVO\n\n"
        "Nr. 123 BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Den Haag, 14 december 2010\n\n"
        "Hierbij doen wij u het verslag toekomen van de NAVO-top in Lissabon.\n\n"
        "De minister van Buitenlandse Zaken,\n\nU. Rosenthal\n\nDe minister van Defensie,\n\n"
        "J. S. J. Hillen\n\nNederland kan met tevredenheid terugkijken op de NAVO-top.\n\n"
        "Naar boven\n"
    )
    doc = letter(text)
    assert doc.clean == (
        "Hierbij doen wij u het verslag toekomen van de NAVO-top in Lissabon.\n\n"
        "Nederland kan met tevredenheid terugkijken op de NAVO-top."
    )
    assert (doc.dossier, doc.number, doc.date) == ("28 676", "123", "2010-12-14")
    assert doc.title == "Brief van de Ministers van Buitenlandse Zaken en van Defensie"
    assert doc.signatories == [
        "Minister van Buitenlandse Zaken, U. Rosenthal",
        "Minister van Defensie, J. S. J. Hillen",
    ]
    kinds = [z.kind for z in doc.zones]
    assert kinds[:2] == ["furniture", "masthead"] and "signature" in kinds


def test_a_publication_page_copied_as_a_table_keeps_only_the_report():
    """The page's metadata as a pipe table (labels, rule row, values) and the site's search
    help (``Zoals vergunningen, bouwplannen …``, ``U bent hier:``) are furniture, also when no
    letterhead follows them; the values row gives the dossier and number."""
    text = (
        "Kamerstuk\n"
        "Datum publicatie | Organisatie | Vergaderjaar | Dossier- en ondernummer | Datum "
        "vergadering |\n---|---|---|---|---|\n"
        "Tweede Kamer der Staten-Generaal | 2008-2009 | 28676 nr. 81 |\n"
        "Zoals vergunningen, bouwplannen en lokale regelgeving.\n"
        "Adressen en contactpersonen van overheidsorganisaties.\n"
        "U bent hier:\n"
        "Vastgesteld 8 april 2009\n"
        "De vaste commissie voor Defensie heeft overleg gevoerd over de NAVO-top.\n"
    )
    doc = letter(text)
    assert doc.clean == "De vaste commissie voor Defensie heeft overleg gevoerd over de NAVO-top."
    assert (doc.dossier, doc.number, doc.date) == ("28 676", "81", "2009-04-08")


def test_the_colophon_of_a_printed_paper_is_furniture():
    """The last lines of a printed Kamerstuk or Aanhangsel: its identifier, ISSN and place and
    year of printing."""
    body = "De bondgenoten bespreken de luchtverdediging."
    for colophon in (
        "kst-28676-467\nISSN 0921 - 7371\n's-Gravenhage 2024",
        "ah-tk-20232024-1234\nISSN 0921 - 7398\n's-Gravenhage 2024",
    ):
        doc = letter(f"{body}\n\n{colophon}\n")
        assert doc.clean == body
        assert doc.zones[-1].kind == "furniture"


def test_a_label_for_one_or_more_is_furniture():
    """``Indiener(s):`` labels a page's metadata as ``Indiener:`` does."""
    body = "De bondgenoten bespreken de luchtverdediging."
    doc = letter(f"{body}\n\nIndiener(s): Henk Jan Ormel (CDA), Hans van Baalen (VVD)\n")
    assert doc.clean == body


def test_the_metadata_of_a_page_of_written_questions_is_furniture():
    """``Beantwoord … (na 23 dagen)``, ``Indieners …``, ``Beantwoord door …`` label a page's
    metadata without a colon; a sentence that opens with such a word is letter text."""
    body = "De bondgenoten bespreken de luchtverdediging."
    sentence = "Indieners van de motie vragen om meer steun."
    head = (
        "Beantwoord 25 augustus 2016 (na 23 dagen)\n"
        "Indieners Louis Bontes (GrBvK), Joram van Klaveren (GrBvK)\n"
        "Beantwoord door Bert Koenders (minister buitenlandse zaken) (PvdA)\n"
        "Onderwerpen: internationaal militaire missies"
    )
    doc = letter(f"{head}\n\n{body}\n\n{sentence}\n")
    assert doc.clean == f"{body}\n\n{sentence}"


def test_a_page_header_with_a_sub_dossier_number_is_furniture():
    """Sub-dossiers (``21 501-28``) and budget chapters (``36 200 X``) head pages too."""
    body = "Hierbij ontvangt u het verslag. De bondgenoten bespreken de luchtverdediging."
    for header, dossier in (
        ("Kamerstuk 21 501-28, nr. 260", "21 501-28"),
        ("Kamerstuk 36 200 X, nr. 5", "36 200-X"),
    ):
        doc = letter(f"{header}\n\n{body}\n")
        assert doc.clean == body
        assert doc.dossier == dossier


def test_a_long_title_line_of_its_own_is_a_title_a_wrapped_sentence_is_not():
    """``Verslag van de bijeenkomst … op 13 en 14 februari 2025`` is long enough to pass for
    prose, but it stands alone without a full stop; the same words going on on the next line
    are a sentence."""
    title = "Verslag van de bijeenkomst van NAVO-ministers van Defensie op 13 en 14 februari 2025"
    body = "De bijeenkomst werd voorgezeten door de secretaris-generaal van de NAVO."
    doc = letter(f"{title}\n\n{body}\n")
    assert doc.clean == body and doc.zones[0].kind == "title"
    wrapped = letter(f"{title}\nin Brussel, waar de bondgenoten spraken.\n\n{body}\n")
    assert wrapped.clean.startswith("Verslag van de bijeenkomst")


def test_the_first_line_of_a_hard_wrapped_paragraph_is_no_title():
    """Text cut into lines of a dozen words: the first line goes on on the next and is body;
    a short first line, or one standing alone, is still the document's title."""
    wrapped = (
        "De bondgenoten spraken in de vergadering van de Noord-Atlantische\n"
        "Raad over de situatie in Oekraïne en over de steun van de NAVO.\n"
    )
    assert letter(wrapped).clean.startswith("De bondgenoten spraken")
    titled = f"Steun aan Oekraïne\n{wrapped}"
    doc = letter(titled)
    assert doc.zones[0].kind == "title" and doc.clean.startswith("De bondgenoten spraken")


def test_a_list_of_questions_and_a_motion_sign_without_their_names_in_the_text():
    """A report's posts may sign without an article, the table header of a list of questions
    is furniture, and the members who submit a motion sign under its closing formula."""
    text = (
        "De Minister heeft deze vragen beantwoord.\n\nVoorzitter van de commissie,\nKahraman\n\n"
        "Adjunct-griffier van de commissie,\nVan Tilburg\n\n"
        "Nr Vraag Bijlage Blz. (van) t/m\n\n"
        "verzoekt de regering, de defensie-uitgaven verder te verhogen,\n\n"
        "en gaat over tot de orde van de dag.\n\nTuinman\n\nBoswijk\n"
    )
    doc = letter(text)
    assert doc.clean.startswith("De Minister heeft deze vragen beantwoord.\n\nverzoekt")
    assert doc.clean.endswith("en gaat over tot de orde van de dag.")
    for gone in ("Kahraman", "Tilburg", "Vraag Bijlage", "Tuinman", "Boswijk"):
        assert gone not in doc.clean
    assert doc.signatories == [
        "Voorzitter van de commissie, Kahraman",
        "Adjunct-griffier van de commissie, Van Tilburg",
        "Tuinman",
        "Boswijk",
    ]


def test_a_ministrys_letterhead_with_its_window_address_is_no_text():
    """The layout of a ministry's own letter: return address, window address without
    ``Aan``, the ministry's address block with street, mail code and reference, then the
    subject and the salutation."""
    text = (
        "Retouradres Postbus 20701 2500 ES Den Haag\n"
        "de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n"
        "2500 EA Den Haag\nMinisterie van Defensie\nKalvermarkt 32\nMPC 58 B\n"
        "Postbus 20701\n2500 ES Den Haag\nwww.defensie.nl\nOnze referentie\nBS2024012345\n"
        "Datum 15 mei 2024\nBetreft Nederlandse bijdrage aan de NATO Response Force\n"
        "Geachte voorzitter,\n"
        "Met deze brief informeer ik uw Kamer over de Nederlandse bijdrage aan de NRF.\n"
    )
    doc = letter(text)
    assert (
        doc.clean == "Met deze brief informeer ik uw Kamer over de Nederlandse bijdrage aan de NRF."
    )
    assert doc.date == "2024-05-15"
    assert doc.zones[0].kind == "furniture"


def test_a_mirror_sites_header_is_furniture_and_a_reports_signature_is_not_text():
    text = (
        "[overzicht] [activiteiten] [besluiten] [kamerleden] [kamerstukdossiers]\n\n"
        "Geannoteerde agenda NAVO ministeriële bijeenkomst\n\nNAVO\n\nBrief regering\n\n"
        "Nummer: 2023D10976, datum: 2023-03-17, bijgewerkt: 2024-02-19 10:56, versie: 3\n\n"
        "Directe link naar document (.pdf), link naar pagina op de Tweede Kamer site.\n\n"
        "Onderdeel van kamerstukdossier 28676 -429 NAVO.\n\nPreview document (🔗 origineel)\n\n"
        "Tweede Kamer der Staten-Generaal 2\nVergaderjaar 2022-2023\n\n28 676 NAVO\n\n"
        "Nr. 389 VERSLAG VAN EEN COMMISSIEDEBAT\n\nVastgesteld 2 maart 2022\n\n"
        "De vaste commissie voor Defensie heeft overleg gevoerd over de NAVO-top.\n\n"
        "De voorzitter van de commissie,\nBoekestijn\n\nDe griffier van de commissie,\nDeckers\n"
    )
    doc = letter(text)
    assert doc.clean == "De vaste commissie voor Defensie heeft overleg gevoerd over de NAVO-top."
    assert doc.signatories == [
        "Voorzitter van de commissie, Boekestijn",
        "Griffier van de commissie, Deckers",
    ]
    assert (doc.number, doc.date, doc.title) == (
        "389",
        "2022-03-02",
        "Verslag van Een Commissiedebat",
    )


def test_a_signature_name_with_a_particle_inside_is_a_name():
    """``Aukje de Vries``, ``Jan van der Berg``: a first name and a surname with its particle
    sign as any name does, on the post's line or the next."""
    text = (
        "De vaste commissie voor Defensie heeft overleg gevoerd over de NAVO-top.\n\n"
        "De voorzitter van de vaste commissie voor Defensie,\nAukje de Vries\n\n"
        "De griffier van de commissie, Jan van der Berg\n"
    )
    doc = letter(text)
    assert doc.clean == "De vaste commissie voor Defensie heeft overleg gevoerd over de NAVO-top."
    assert doc.signatories == [
        "Voorzitter van de vaste commissie voor Defensie, Aukje de Vries",
        "Griffier van de commissie, Jan van der Berg",
    ]


def test_a_sentence_that_starts_like_a_signature_stays_body():
    doc = letter(
        "De Minister van Buitenlandse Zaken is voornemens deel te nemen aan de vergadering.\n\n"
        "De minister van Defensie, mevrouw Hennis, licht dit toe in een brief aan de Kamer.\n"
    )
    assert doc.signatories == [] and doc.clean.count("De minister") + doc.clean.count("De Min") == 2


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/letters-dev/ is not here")
@pytest.mark.parametrize(
    ("name", "gone", "kept"),
    [
        (
            "2010_kst28676_123_verslag_navotop_lissabon.txt",
            ["Datum publicatie", "Staten-Generaal2010", "BRIEF VAN", "J. S. J. Hillen"],
            "Hierbij doen wij u, mede namens de minister-president, het verslag toekomen",
        ),
        (
            "2008_kst28676_62_ga_nar_fmm_georgie_augustus.txt",
            ["Skip navigatie", "wegwijzer", "Gepubliceerd op", "inhoudsopgave", "Verhagen"],
            "Graag bied ik u hierbij als bijlage de geannoteerde agenda aan",
        ),
        (
            "2023_kst28676_429_ga_fmm_april.txt",
            ["[overzicht]", "Directe link", "Onderdeel van", "Preview", "W.B. Hoekstra"],
            "Hierbij bied ik u de geannoteerde agenda voor de NAVO ministeriële bijeenkomst",
        ),
        (
            "2012_kamerbrief_ontplooiing_patriot_turkije.txt",
            ["vrijdag 7 december", "Betreft", "Datum 7 december"],
            "Op 21 november jl. is uw Kamer geïnformeerd",
        ),
    ],
)
def test_real_copied_pages_lose_their_furniture_not_their_letter(name, gone, kept):
    path = DEV / name
    doc = make_letter(path.read_text(encoding="utf-8"), path.stem, str(path))
    for text in gone:
        assert text not in doc.clean, text
    assert kept in doc.clean
