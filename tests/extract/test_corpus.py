"""Reading and cleaning letters: metadata, every cleaning rule, offsets, bad input."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import pytest

from glossary.corpus.letters import (
    clean_text,
    decode_letter,
    make_letter,
    parse_metadata,
    read_letters,
    resolve_inputs,
)
from glossary.errors import InputError
from glossary.extract.chunks import chunk_size_for, chunk_spans


def known(*words: str):
    """A lexicon knowing exactly ``words``."""
    vocabulary = set(words)
    return lambda w: w in vocabulary


# -- metadata -----------------------------------------------------------------------------------


def test_metadata_of_the_2019_letter(letter):
    assert letter("328").meta() == {
        "id": "kst-28676-328",
        "dossier": "28 676",
        "number": "328",
        "date": "2019-11-18",
        "sender": "Minister van Buitenlandse Zaken, S.A. Blok",
        "title": "Brief van de Minister van Buitenlandse Zaken",
    }


def test_metadata_of_the_2024_letter(letter):
    meta = letter("467").meta()
    assert (meta["dossier"], meta["number"], meta["date"]) == ("28 676", "467", "2024-10-03")
    assert meta["sender"] == "Minister van Defensie, R.P. Brekelmans"
    assert meta["title"] == "Brief van de Minister van Defensie"


def test_missing_metadata_is_none_not_a_crash():
    meta = parse_metadata("Een korte tekst zonder kop of ondertekening.")
    assert meta == {"dossier": None, "number": None, "date": None, "sender": None, "title": None}


def test_file_name_gives_dossier_and_number_when_the_text_does_not():
    meta = parse_metadata("Alleen tekst.", "kst-36124-12.txt")
    assert (meta["dossier"], meta["number"]) == ("36 124", "12")


# -- cleaning rules on the shipped letters ------------------------------------------------------


def test_sup_footnote_marker_is_removed_and_its_text_kept_once_after_the_body(letter):
    doc = letter("328")
    clean = doc.clean
    assert "goedgekeurd. Hierin" in clean and "<sup>" not in clean
    assert clean.count("Zie Kamerstuk 28 676, nr. 321") == 1
    assert clean.endswith("\n\nZie Kamerstuk 28 676, nr. 321")
    (note,) = doc.footnotes
    assert (note.number, note.text) == ("1", "Zie Kamerstuk 28 676, nr. 321")
    assert doc.text[note.start : note.end] == note.text
    assert doc.text[note.marker : note.marker + 12] == "<sup>1</sup>"


def test_sentence_broken_by_a_footnote_and_page_break_is_joined(letter):
    clean = letter("328").clean
    assert "Tegen deze achtergrond zijn de veiligheidszorgen" in clean
    assert "Washington op 14 november opnieuw" in clean
    assert "de missies, operaties en activiteiten" in clean
    assert "consequenties van strategische competitie" in clean


def test_glued_footnote_digits_are_removed(letter):
    clean = letter("467").clean
    assert "(NDPP)." in clean and "(NDPP)1" not in clean
    assert "technologiegebieden centraal" in clean


def test_x_noot_blocks_become_footnotes_and_naar_boven_and_the_signature_are_dropped(letter):
    doc = letter("467")
    clean = doc.clean
    assert "Noot" not in clean and "Naar boven" not in clean
    assert "R.P. Brekelmans" not in clean and "De Minister van Defensie," not in clean
    body, notes = clean.split("\n\nUw Kamer is over dit proces", 1)
    assert "technische briefing" not in body and "Uw Kamer is hierover" not in body
    assert notes.count("technische briefing") == 1 and notes.count("Uw Kamer is hierover") == 1
    assert [(n.number, n.text[:22]) for n in doc.footnotes] == [
        ("1", "Uw Kamer is over dit p"),
        ("2", "Uw Kamer is hierover g"),
    ]
    assert [doc.text[n.marker - 5 : n.marker + 1] for n in doc.footnotes] == [
        "NDPP)1",
        "ieden2",
    ]


def test_markdown_headings_and_emphasis_are_removed(letter):
    doc = letter("328")
    assert "#" not in doc.clean and "*" not in doc.clean
    assert "\n\nAfschrikking en verdediging\n\nIn het licht" in doc.clean
    italic = [doc.clean[s:e] for s, e in doc.emphasis]
    assert {"capabilities", "NATO Readiness Initiative", "Joint Investigation Team"} <= set(italic)


def test_heading_without_full_stop_stays_apart_from_the_next_sentence(letter):
    assert "\n\nLastenverdeling\n\nDe lastenverdeling binnen" in letter("328").clean
    assert "\n\nVersterking van de defensie-industrie\n\nOok spreken" in letter("467").clean


def test_line_break_hyphenation_is_decided_by_evidence(letter):
    clean = letter("328").clean
    assert "toekomst van wapenbeheersing" in clean and "wapen-beheersing" not in clean
    assert "defensie-uitgaven" in clean
    assert "NAVO-top" in clean and "secretaris-generaal" in clean


def test_stray_guillemet_is_removed_but_quotes_stay(letter):
    clean = letter("328").clean
    assert "Leaders Meeting" in clean and "Leaders»" not in clean
    assert "«zolang de NAVO zijn politiek van containment van Rusland niet wijzigt»" in clean
    assert "ondersteuning («enablement»)" in letter("467").clean


def test_every_cleaned_character_points_at_the_same_character_in_the_original(letters):
    for doc in letters:
        assert len(doc.offsets) == len(doc.clean)
        # the body, then the footnotes (which point back to where they stand in the letter):
        # each part in the order of the original
        notes_from = doc.clean.index(doc.footnotes[0].text)
        previous = -1
        for i, ch in enumerate(doc.clean):
            j = doc.offsets[i]
            if i == notes_from:
                previous = -1
            assert j >= previous
            previous = j
            if not ch.isspace():
                assert doc.text[j] == ch, (doc.id, i, ch)


# -- cleaning rules on small texts --------------------------------------------------------------


def test_hyphen_at_a_real_line_break_is_joined_unless_vowels_clash():
    text = "Over de wapen-\nbeheersing en de defensie-\nuitgaven."
    assert (
        clean_text(text, known("wapenbeheersing")).text
        == "Over de wapenbeheersing en de defensie-uitgaven."
    )


def test_a_capitalised_word_broken_at_a_line_end_is_joined_only_on_evidence():
    """``Oek-`` + ``raïne`` is Oekraïne, written whole elsewhere in the letter; ``Patriot-`` +
    ``systemen`` is a name before a common noun and keeps its hyphen."""
    text = "Steun aan Oekraïne.\nNederland steunt Oek-\nraïne met Patriot-\nsystemen."
    assert (
        clean_text(text).text == "Steun aan Oekraïne.\nNederland steunt Oekraïne met "
        "Patriot-systemen."
    )


def test_joined_form_elsewhere_in_the_letter_is_evidence_without_a_lexicon():
    text = "De lasten-verdeling is oud. De lastenverdeling blijft. Een mid-term blijft."
    assert (
        clean_text(text).text
        == "De lastenverdeling is oud. De lastenverdeling blijft. Een mid-term blijft."
    )


def test_hard_wrapped_paragraph_lines_are_joined_and_headings_kept():
    text = (
        "Titel\n\nDit is een zin die over\ntwee regels loopt. Daarna volgt\nNederland met meer.\n"
    )
    assert (
        clean_text(text).text
        == "Titel\n\nDit is een zin die over twee regels loopt. Daarna volgt Nederland met meer."
    )


def test_a_text_that_keeps_paragraphs_on_one_line_ends_each_line_with_its_break():
    """Some line runs past any wrap width, so nobody wrapped this text: a heading or a term
    on a line of its own ends there, however long the line before it (``Zelfdiagnose``)."""
    long = "De rotor is een kritische component, " * 8 + "vooral omdat herstel duur is."
    text = (
        f"{long}\nBewaking gebeurt op basis van direct meetbare parameters per component\n"
        "Zelfdiagnose\nDe transformator wordt apart onderzocht.\n"
    )
    assert clean_text(text).text == (
        f"{long}\nBewaking gebeurt op basis van direct meetbare parameters per component\n"
        "Zelfdiagnose\nDe transformator wordt apart onderzocht."
    )
    wrapped = "Bewaking gebeurt op basis van direct meetbare parameters van de\nNAVO en meer.\n"
    assert clean_text(wrapped).text == (
        "Bewaking gebeurt op basis van direct meetbare parameters van de NAVO en meer."
    )


def test_list_items_stay_separate_lines():
    text = "Punten:\n- eerste punt\n- tweede punt\n"
    assert clean_text(text).text == "Punten:\neerste punt\ntweede punt"


def test_links_entities_and_tags_are_cleaned_with_offsets():
    text = "Zie [de brief](https://example.org/x) &amp; <b>dit</b> stuk&nbsp;hier."
    cleaned = clean_text(text)
    assert cleaned.text == "Zie de brief & dit stuk hier."
    amp = cleaned.text.index("&")
    assert text[cleaned.offsets[amp] : cleaned.offsets[amp] + 5] == "&amp;"


def test_acronyms_numbers_and_percentages_are_not_footnotes():
    text = "De IP4, de G20, MH17, F-16 en 1,35% onder de 2%-norm; covid19 en covid19 ook."
    assert clean_text(text).text == text


def test_a_hyphen_general_dutch_spells_stays_and_a_stray_one_goes(resources):
    """``minister-president`` is spelt with a hyphen (the lemma tables list it), though
    wordfreq knows the misspelling ``ministerpresident``; ``wapen-beheersing`` mid-line and
    ``Europese veilig-`` at a line break are broken words."""
    text = (
        "Dinsdag spreekt de minister-president over wapen-beheersing en de veilig-\n"
        "heid van Europa."
    )
    cleaned = clean_text(text, lexicon=resources.is_word).text
    assert "minister-president" in cleaned, cleaned
    assert "wapenbeheersing" in cleaned and "veiligheid" in cleaned, cleaned


def test_footnote_number_glued_to_a_capitalised_word_is_removed():
    text = "De vaste commissie voor Buitenlandse Zaken1 en voor Defensie2 sprak met Oekraïne3."
    assert clean_text(text).text == (
        "De vaste commissie voor Buitenlandse Zaken en voor Defensie sprak met Oekraïne."
    )
    assert clean_text("De Navo2030-agenda en de PAC3.").text == "De Navo2030-agenda en de PAC3."


def test_footnote_number_in_angle_brackets_after_a_word_is_removed():
    """Copies of older parliamentary papers render a footnote's superscript as ``<1>``; a
    bracketed number standing apart (``a <3> b``) is no footnote of a word."""
    text = "De vaste commissie voor Buitenlandse Zaken<1> en voor Defensie<2> spraken. Zie a <3> b."
    assert clean_text(text).text == (
        "De vaste commissie voor Buitenlandse Zaken en voor Defensie spraken. Zie a <3> b."
    )


def test_a_heading_glued_to_its_paragraph_is_split_and_inner_capitals_stay(resources):
    """A copied page can lose the line between a heading and its paragraph: ``veiligheidDe``
    and ``MontenegroHet`` are split where the paragraph begins, with the offsets kept;
    names written with inner capitals stay whole."""
    text = (
        "Beleidsdebat over internationale veiligheidDe Eerste Kamer sprak over de toetreding "
        "van MontenegroHet Protocol is getekend. Zie LinkedIn, GroenLinks en de ChristenUnie."
    )
    cleaned = clean_text(text, lexicon=resources.is_word)
    assert "veiligheid\n\nDe Eerste Kamer" in cleaned.text, cleaned.text
    assert "Montenegro\n\nHet Protocol" in cleaned.text, cleaned.text
    assert "LinkedIn, GroenLinks en de ChristenUnie" in cleaned.text
    at = cleaned.text.index("De Eerste")
    assert text[cleaned.offsets[at] : cleaned.offsets[at] + 9] == "De Eerste"


def test_footnote_number_after_a_quote_or_full_stop_is_removed():
    text = "Dat is «nodig»3 en dit ook.4 Daarna meer."
    assert clean_text(text).text == "Dat is «nodig» en dit ook. Daarna meer."


# -- reading files ------------------------------------------------------------------------------


def test_directory_glob_and_duplicates_resolve_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.md").write_text("Brief a.", encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text("Brief c.", encoding="utf-8")
    (tmp_path / "b" / "skip.png").write_bytes(b"\x89PNG")
    found = resolve_inputs([str(tmp_path), str(tmp_path / "*.md")])
    assert found == [str(tmp_path / "a.md"), str(tmp_path / "b" / "c.txt")]


def test_same_file_name_in_two_folders_gets_two_ids(tmp_path):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "brief.txt").write_text(f"Brief {folder}.", encoding="utf-8")
    ids = [doc.id for doc in read_letters([str(tmp_path)])]
    assert ids == ["brief", "brief-2"]


def test_stdin_is_read_as_a_letter():
    letters = read_letters(["-"], stdin=io.BytesIO(b"De lastenverdeling.\n"))
    assert [(d.id, d.path, d.clean) for d in letters] == [("stdin", "-", "De lastenverdeling.")]


def test_crlf_and_bom_are_normalised():
    assert decode_letter("\ufeffEen\r\nbrief\r\n".encode(), "x.txt") == "Een\nbrief\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\0\0\0", "binary file"),
        ("Eerste regel\nDe café\n".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_files_raise_one_line_errors_naming_the_file(tmp_path, content, message):
    path = tmp_path / "brief.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_letters([str(path)])
    text = str(err.value)
    assert message in text and str(path) in text and "\n" not in text


def test_non_utf8_error_names_the_line(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_bytes("Eerste regel\nDe café\n".encode("latin-1"))
    with pytest.raises(InputError, match=r"brief\.txt:2: not UTF-8"):
        read_letters([str(path)])


@pytest.mark.parametrize(
    "make",
    [
        lambda p: str(p / "leeg"),
        lambda p: str(p / "bestaat-niet.txt"),
        lambda p: str(p / "*.md"),
    ],
)
def test_missing_input_and_empty_directory_are_input_errors(tmp_path, make):
    (tmp_path / "leeg").mkdir()
    (tmp_path / "leeg" / "notes.png").write_bytes(b"\x89PNG")
    with pytest.raises(InputError):
        resolve_inputs([make(tmp_path)])


def test_a_50_mb_letter_is_read_cleaned_and_chunked_below_max_length(tmp_path, letters_dir):
    unit = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(letters_dir.glob("*.txt")))
    path = Path(tmp_path / "groot.txt")
    copies = 50_000_000 // len(unit.encode()) + 1
    path.write_text("\n\n".join([unit] * copies), encoding="utf-8")
    assert path.stat().st_size > 50_000_000
    (doc,) = read_letters([str(path)])
    assert doc.clean.count("Tegen deze achtergrond zijn") == copies
    assert doc.offsets.segments < len(doc.clean) // 50
    size = chunk_size_for(1_000_000)
    spans = chunk_spans(doc.clean, size)
    assert spans[0][0] == 0 and spans[-1][1] == len(doc.clean)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert max(e - s for s, e in spans) <= size < 1_000_000
    assert all(doc.clean[e - 2 : e] == "\n\n" for _, e in spans[:-1])


def test_make_letter_keeps_the_original_text(letters_dir):
    path = letters_dir / "kst-28676-328.txt"
    text = path.read_text(encoding="utf-8")
    doc = make_letter(text, "x", str(path))
    assert doc.text == text and doc.id == "x"
