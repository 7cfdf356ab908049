"""The HTML reader: the letter only (no site furniture), zones from the official classes,
footnote markers out of the words, footnotes as text of their own, offsets into the HTML."""

from __future__ import annotations

import pytest

from glossary.errors import InputError
from tests.formats.conftest import NUMBERS, example, read_one


@pytest.mark.parametrize("number", NUMBERS)
def test_the_publication_page_reads_as_the_text_version(number, text_letters):
    letter = read_one(example(number, "html"))
    text = text_letters[number]
    assert letter.source_format == "html"
    assert letter.clean == text.clean and letter.meta() == text.meta()
    assert [(n.number, n.text) for n in letter.footnotes] == [
        (n.number, n.text) for n in text.footnotes
    ]
    for i, ch in enumerate(letter.clean):
        if not ch.isspace():
            assert letter.text[letter.offsets[i]] == ch, i
    for furniture in ("cookies", "Uitgebreid zoeken", "Datum publicatie", "Naar boven", "Noot"):
        assert furniture not in letter.clean
    for note in letter.footnotes:
        assert letter.text.startswith("<sup>", note.marker)


def test_any_page_with_footnotes_in_the_common_markup(tmp_path):
    page = (
        "<!DOCTYPE html><html><head><title>Brief</title><script>var x = 'NAVO-top';</script>"
        "</head><body><nav><a href='/'>Home</a> <a href='/nieuws'>Nieuws</a></nav><article>"
        "<h1>Kamerbrief over de NAVO-top</h1>"
        "<p>De prioritaire technologiegebieden<sup id='fnref:2'><a href='#fn:2' "
        "class='footnote-ref'>2</a></sup> staan centraal &amp; de <i>burden sharing</i> "
        "ook.</p><p>De lastenverdeling&nbsp;blijft belangrijk voor het bondgenootschap, zo "
        "schrijft de minister.</p></article><div class='footnotes'><ol><li id='fn:2'>"
        "<p>Zie Kamerstuk 31 125, nr. 130. <a href='#fnref:2' class='footnote-backref'>↩</a>"
        "</p></li></ol></div><footer>Contact</footer></body></html>"
    )
    path = tmp_path / "brief.html"
    path.write_text(page, encoding="utf-8")
    letter = read_one(path)
    assert "technologiegebieden staan centraal & de burden sharing ook." in letter.clean
    assert "lastenverdeling\xa0blijft" in letter.clean
    assert "Home" not in letter.clean and "Contact" not in letter.clean
    assert "var x" not in letter.clean and "↩" not in letter.clean
    assert letter.clean.endswith("\n\nZie Kamerstuk 31 125, nr. 130.")
    (note,) = letter.footnotes
    assert note.number == "2" and letter.text.startswith("<sup", note.marker)
    amp = letter.clean.index("&")
    assert letter.text.startswith("&amp;", letter.offsets[amp])
    assert [letter.clean[s:e] for s, e in letter.emphasis] == ["burden sharing"]


def test_a_page_without_letter_text_is_a_one_line_error(tmp_path):
    path = tmp_path / "leeg.html"
    path.write_text("<html><body><nav>Menu</nav><script>x()</script></body></html>")
    with pytest.raises(InputError, match=r"leeg\.html: no letter text in this HTML page"):
        read_one(path)
