"""The PDF reader on the shipped letters printed like the official PDF: running footers and
page numbers removed, paragraphs rejoined across pages, line-end hyphenation undone only on
evidence, footnote markers out of the words and footnotes out of the body; bad PDFs refused."""

from __future__ import annotations

import io

import pytest

from glossary.errors import InputError
from tests.formats.conftest import NUMBERS, example, read_one


@pytest.fixture(scope="module")
def pdf_letters():
    return {n: read_one(example(n, "pdf")) for n in NUMBERS}


@pytest.mark.parametrize("number", NUMBERS)
def test_the_official_pdf_reads_as_the_text_version(number, pdf_letters, text_letters):
    letter, text = pdf_letters[number], text_letters[number]
    assert letter.source_format == "pdf" and letter.meta() == text.meta()
    # a printed no-break space is a space in the text layer
    assert [(n.number, " ".join(n.text.split())) for n in letter.footnotes] == [
        (n.number, " ".join(n.text.split())) for n in text.footnotes
    ]
    words, expected = letter.clean.split(), text.clean.split()
    same = sum(a == b for a, b in zip(words, expected, strict=False))
    assert len(words) == len(expected) and same >= len(expected) - 2
    assert "Tweede Kamer, vergaderjaar" not in letter.clean  # the running footer
    assert not any(line.strip().isdigit() for line in letter.clean.split("\n"))  # page numbers


def test_page_breaks_hyphens_and_markers(pdf_letters):
    clean = pdf_letters["328"].clean
    assert "goedgekeurd. Hierin" in clean and "goedgekeurd1" not in clean
    assert "Tegen deze achtergrond zijn de veiligheidszorgen" in clean
    assert (
        "de lastenverdeling binnen het bondgenootschap zal een belangrijk onderwerp zijn "
        "tijdens de Leaders Meeting" in clean.replace("De lastenverdeling", "de lastenverdeling")
    )
    assert "wapenbeheersing" in clean and "wapen-" not in clean  # printed as wapen‐/beheersing
    assert "defensie-uitgaven" in clean and "secretaris-generaal" in clean
    assert "«zolang de NAVO zijn politiek van containment van Rusland niet wijzigt»" in clean
    letter = pdf_letters["467"]
    assert "technologiegebieden centraal" in letter.clean and "(NDPP). De" in letter.clean
    for note in letter.footnotes:
        assert letter.text[note.marker] == note.number[0]
        assert letter.text[note.marker - 1].isalpha() or letter.text[note.marker - 1] == ")"


def pdf_bytes(number: str) -> bytes:
    return example(number, "pdf").read_bytes()


def test_an_encrypted_pdf_is_refused_in_one_line(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(pdf_bytes("467")))
    writer.encrypt(user_password="geheim", owner_password="geheim", algorithm="RC4-128")
    path = tmp_path / "slot.pdf"
    with path.open("wb") as out:
        writer.write(out)
    with pytest.raises(InputError) as err:
        read_one(path)
    assert str(err.value).startswith(f"{path}: encrypted PDF") and "\n" not in str(err.value)


def test_an_image_only_pdf_has_no_text_layer(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=595, height=842)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as out:
        writer.write(out)
    with pytest.raises(InputError, match=r"scan\.pdf: no text layer in this PDF"):
        read_one(path)


@pytest.mark.parametrize("cut", [0.5, 0.02])
def test_a_truncated_pdf_is_a_one_line_error(tmp_path, cut):
    data = pdf_bytes("328")
    path = tmp_path / "half.pdf"
    path.write_bytes(data[: int(len(data) * cut)])
    with pytest.raises(InputError) as err:
        read_one(path)
    assert str(err.value).startswith(f"{path}: ") and "\n" not in str(err.value)
