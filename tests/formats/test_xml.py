"""The official XML reader: structure → zones, footnotes at their markers, offsets into the XML,
processing instructions inside words, unknown elements kept, hostile XML refused."""

from __future__ import annotations

import pytest

from glossary.corpus.letters import read_letters
from glossary.errors import InputError
from tests.formats.conftest import NUMBERS, example, read_one

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'


def publication(body: str, extra: str = "") -> str:
    return (
        f"{HEAD}<officiele-publicatie>{extra}<kamerstuk><dossier><dossiernummer><dossiernr>28 676"
        "</dossiernr></dossiernummer><titel>NAVO</titel></dossier><stuk><stuknr>Nr. "
        "<ondernummer>500</ondernummer></stuknr><titel>BRIEF VAN DE MINISTER VAN DEFENSIE</titel>"
        f"<algemeen><vrije-tekst><tekst>{body}</tekst></vrije-tekst></algemeen></stuk>"
        "</kamerstuk></officiele-publicatie>"
    )


def write(tmp_path, text: str, name: str = "kst-28676-500.xml"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


@pytest.mark.parametrize("number", NUMBERS)
def test_the_shipped_letter_in_xml_reads_as_its_text_version(number, text_letters):
    letter = read_one(example(number, "xml"))
    text = text_letters[number]
    assert letter.source_format == "xml" and letter.id == f"kst-28676-{number}"
    assert letter.clean == text.clean
    assert letter.meta() == text.meta() and letter.signatories == text.signatories
    assert [(n.number, n.text) for n in letter.footnotes] == [
        (n.number, n.text) for n in text.footnotes
    ]
    for i, ch in enumerate(letter.clean):  # every character points at itself in the XML
        if not ch.isspace():
            assert letter.text[letter.offsets[i]] == ch, i
    for note in letter.footnotes:
        assert letter.text.startswith("<noot", note.marker)
    kinds = {z.kind for z in letter.zones}
    assert {"masthead", "title", "address", "body", "signature", "footnotes"} <= kinds
    assert not letter.warnings


def test_a_processing_instruction_inside_a_word_does_not_split_it(tmp_path):
    path = write(tmp_path, publication("<al>De lasten<?xpp afbm?>verdeling binnen de NAVO.</al>"))
    letter = read_one(path)
    assert "lastenverdeling binnen de NAVO." in letter.clean
    start = letter.clean.index("verdeling")
    assert letter.text[letter.offsets[start] - 2 : letter.offsets[start]] == "?>"


def test_footnote_marker_leaves_the_word_and_the_note_is_text_of_its_own(tmp_path):
    body = (
        '<al>De prioritaire technologiegebieden<noot id="n2" type="voet"><noot.nr>2</noot.nr>'
        "<noot.al>Zie Kamerstuk 31 125, nr. 130.</noot.al></noot> staan centraal.</al>"
    )
    letter = read_one(write(tmp_path, publication(body)))
    assert "technologiegebieden staan centraal." in letter.clean
    assert "technologiegebieden2" not in letter.clean
    assert letter.clean.count("Zie Kamerstuk 31 125, nr. 130.") == 1
    assert letter.clean.endswith("\n\nZie Kamerstuk 31 125, nr. 130.")
    (note,) = letter.footnotes
    assert note.number == "2" and letter.text.startswith("<noot", note.marker)


def test_structure_gives_headings_lists_tables_and_emphasis(tmp_path):
    body = (
        "<divisie><kop><nr>1.</nr><titel>Afschrikking en verdediging</titel></kop>"
        '<al>De <nadruk type="cur">NATO Readiness Initiative</nadruk> wordt gevuld.</al>'
        '<lijst type="expliciet"><li><li.nr>–</li.nr><al>een fregat;</al></li>'
        "<li><li.nr>–</li.nr><al>een mijnenjager.</al></li></lijst></divisie>"
        '<table><tgroup cols="2"><colspec colname="c1"/><tbody><row>'
        "<entry><al>luchtverdediging</al></entry><entry><al>m<sup>2</sup> en CO<inf>2</inf>"
        "</al></entry></row></tbody></tgroup></table>"
    )
    letter = read_one(write(tmp_path, publication(body)))
    clean = letter.clean
    assert "1. Afschrikking en verdediging\n\nDe NATO Readiness Initiative wordt gevuld." in clean
    assert "een fregat;\neen mijnenjager." in clean and "–" not in clean
    assert "\n\nluchtverdediging\n\nm2 en CO2" in clean
    assert [clean[s:e] for s, e in letter.emphasis] == ["NATO Readiness Initiative"]


def test_unknown_elements_keep_their_text_and_are_reported_once(tmp_path):
    body = (
        "<al>Eerst <blink>knipperend</blink> en <blink>nog eens</blink>.</al>"
        "<nieuw><al>Apart.</al></nieuw>"
    )
    letter = read_one(write(tmp_path, publication(body)))
    assert "Eerst knipperend en nog eens." in letter.clean and "Apart." in letter.clean
    expected = "elements not known to the reader, their text kept: <blink>, <nieuw>"
    assert letter.warnings == [expected]


def test_metadata_xml_beside_the_file_gives_the_identifier(tmp_path):
    write(tmp_path, publication("<al>Tekst van de brief over de NAVO.</al>"), "download.xml")
    (tmp_path / "download.metadata.xml").write_text(
        '<metadata_gegevens><metadata name="DC.identifier" content="kst-28676-501"/>'
        '<metadata name="OVERHEIDop.ondernummer" content="501"/></metadata_gegevens>'
    )
    (letter,) = read_letters([str(tmp_path)])  # the metadata file is not a letter of its own
    assert (letter.id, letter.number, letter.dossier) == ("kst-28676-501", "501", "28 676")


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        (
            '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
            "<officiele-publicatie><al>&b;</al></officiele-publicatie>",
            "declares entities",
        ),
        (
            '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
            "<officiele-publicatie><al>&e;</al></officiele-publicatie>",
            "declares entities",
        ),
        (publication("<al>Afgebroken")[:-40], "not well-formed XML"),
        ("<html><body>Not found</body></html>", "not an official publication XML"),
        (
            '<metadata_gegevens><metadata name="DC.identifier" content="x"/></metadata_gegevens>',
            "a metadata.xml, not a letter",
        ),
    ],
)
def test_hostile_and_wrong_xml_is_a_one_line_error_naming_the_file(tmp_path, xml, message):
    path = write(tmp_path, xml, "brief.xml")
    with pytest.raises(InputError) as err:
        read_one(path)
    assert message in str(err.value) and str(path) in str(err.value)
    assert "\n" not in str(err.value) and "passwd" not in str(err.value)


def test_control_characters_and_bidi_overrides_leave_the_term_text(tmp_path):
    """An XML letter carrying bidi overrides (which XML allows, unlike escape characters) gives
    term text without them (each becomes a space), as a text letter does."""
    body = "<al>De NAVO\u202e versterkt de collectieve\u2066 verdediging.</al>"
    letter = read_one(write(tmp_path, publication(body)))
    assert "\u202e" not in letter.clean and "\u2066" not in letter.clean
    assert "collectieve" in letter.clean and "verdediging" in letter.clean
