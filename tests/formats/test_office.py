"""DOCX and ODT readers: the shipped letters as Word and OpenDocument files, real footnotes,
headers and footers left out, and zip bombs or broken containers refused in one line."""

from __future__ import annotations

import io
import zipfile

import pytest

from glossary.errors import InputError
from tests.formats.conftest import NUMBERS, example, read_one


@pytest.mark.parametrize("suffix", ["docx", "odt"])
@pytest.mark.parametrize("number", NUMBERS)
def test_the_office_document_reads_as_the_text_version(number, suffix, text_letters):
    letter = read_one(example(number, suffix))
    text = text_letters[number]
    assert letter.source_format == suffix and letter.id == f"kst-28676-{number}"
    assert letter.clean == text.clean and letter.meta() == text.meta()
    assert [(n.number, n.text) for n in letter.footnotes] == [
        (n.number, n.text) for n in text.footnotes
    ]
    assert "Ministerie van Defensie" not in letter.clean  # the page header
    assert "Tweede Kamer, vergaderjaar" not in letter.clean  # the running footer
    assert [letter.clean[s:e] for s, e in letter.emphasis] == [
        text.clean[s:e] for s, e in text.emphasis
    ]
    for note in letter.footnotes:  # the marker stood right after the annotated word
        assert letter.text[note.marker - 1].isalnum() or letter.text[note.marker - 1] == ")"


def rezip(path, replace: dict[str, bytes]) -> bytes:
    """The container at ``path`` with some members replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
    return out.getvalue()


@pytest.mark.parametrize(
    ("suffix", "member"), [("docx", "word/document.xml"), ("odt", "content.xml")]
)
def test_a_zip_bomb_is_refused_before_it_expands(tmp_path, suffix, member):
    bomb = rezip(example("467", suffix), {member: b"\0" * 20_000_000})
    path = tmp_path / f"bom.{suffix}"
    path.write_bytes(bomb)
    assert path.stat().st_size < 200_000
    with pytest.raises(InputError) as err:
        read_one(path)
    assert f"bom.{suffix}: {suffix.upper()} refused" in str(err.value)
    assert "zip bomb" in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("suffix", ["docx", "odt"])
def test_a_truncated_container_is_a_one_line_error(tmp_path, suffix):
    data = example("328", suffix).read_bytes()
    path = tmp_path / f"half.{suffix}"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match=rf"half\.{suffix}: not a {suffix.upper()} file"):
        read_one(path)


def test_entities_in_an_odt_are_refused(tmp_path):
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        b"<office:document-content xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0'>"
        b"&b;</office:document-content>"
    )
    path = tmp_path / "evil.odt"
    path.write_bytes(rezip(example("328", "odt"), {"content.xml": evil}))
    with pytest.raises(InputError, match="declares entities"):
        read_one(path)
