"""The letter-reader registry: the text reader by suffix and by content, a clear error for a file
no reader takes (and the run goes on without it), and a new reader added as one module."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest

from glossary.cli import main
from glossary.corpus.letters import LetterFile, read_letter, read_letters, resolve_inputs
from glossary.corpus.readers import registry
from glossary.corpus.sources import iter_sources
from glossary.errors import InputError

LETTER = (
    "Tweede Kamer der Staten-Generaal\n\n28 676 NAVO\n\nNr. 12 BRIEF VAN DE MINISTER VAN "
    "DEFENSIE\n\nDen Haag, 1 mei 2024\n\nDe lastenverdeling binnen de NAVO blijft een punt "
    "van *burden sharing* en zorg.\n"
)
PNG = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"


def known_kinds() -> str:
    """The kinds of letter file messages list: ``.xml, .html, … or .md``."""
    kinds = registry.listed_suffixes()
    return f"{', '.join(kinds[:-1])} or {kinds[-1]}"


def letter_file(path: str, data: bytes, letter_id: str = "brief") -> LetterFile:
    return LetterFile(data, path, path, letter_id)


def test_the_text_reader_is_registered_with_its_suffixes():
    readers = {r.name: r for r in registry.all_readers()}
    text = readers["text"]
    assert registry.all_readers()[-1] is text  # its sniffer takes any text: it comes last
    assert (text.suffixes, text.aliases) == ((".txt", ".md"), (".markdown",))
    assert all(r.description and "\n" not in r.description for r in readers.values())
    assert registry.listed_suffixes()[-2:] == (".txt", ".md")
    for name in ("a.txt", "b.MD", "c.Markdown"):
        assert registry.is_letter_name(name) and registry.by_suffix(name) is text
    assert not registry.is_letter_name(".hidden.txt")
    assert not registry.is_letter_name("scan.png") and registry.by_suffix("scan.png") is None


@pytest.mark.parametrize("name", ["brief", "brief.letter", "kst-28676-12.tekst"])
def test_a_file_whose_suffix_does_not_tell_is_read_by_its_content(name):
    data = LETTER.encode()
    sniffed = read_letter(letter_file(name, data))
    by_suffix = read_letter(letter_file("brief.txt", data))
    assert registry.reader_for(letter_file(name, data)).name == "text"
    assert (sniffed.clean, sniffed.offsets[:], sniffed.emphasis) == (
        by_suffix.clean,
        by_suffix.offsets[:],
        by_suffix.emphasis,
    )
    assert sniffed.meta() == by_suffix.meta()
    assert (sniffed.dossier, sniffed.number, sniffed.date) == ("28 676", "12", "2024-05-01")


def test_standard_input_is_read_by_its_content():
    letter = read_letter(LetterFile(LETTER.encode(), "-", "<stdin>", "stdin"))
    assert (letter.id, letter.path, letter.number) == ("stdin", "-", "12")


def test_a_file_no_reader_takes_is_a_one_line_error_listing_the_known_kinds(tmp_path):
    path = tmp_path / "scan.png"
    path.write_bytes(PNG)
    with pytest.raises(InputError) as err:
        read_letters([str(path)])
    assert (
        str(err.value) == f"{path}: unknown file type; letters are read from {known_kinds()} files"
    )


def test_the_suffix_decides_before_the_content(tmp_path):
    path = tmp_path / "scan.txt"
    path.write_bytes(PNG)
    with pytest.raises(InputError, match=r"scan\.txt:3: binary file, not a text letter"):
        read_letters([str(path)])


def test_an_unreadable_file_fails_alone_and_the_run_goes_on(tmp_path, capsys):
    good = tmp_path / "kst-28676-12.txt"
    good.write_text(LETTER, encoding="utf-8")
    scan = tmp_path / "scan.png"
    scan.write_bytes(PNG)
    assert main(["extract", str(good), str(scan), "--json", "--no-cache"]) == 0
    captured = capsys.readouterr()
    documents = json.loads(captured.out)["documents"]
    assert (documents["analysed"], documents["failed"]) == (1, 1)
    assert documents["failures"] == [
        {
            "file": str(scan),
            "line": None,
            "reason": f"unknown file type; letters are read from {known_kinds()} files",
        }
    ]
    assert f"failed: {scan}: unknown file type" in captured.err


READER_MODULE = '''
"""Letters kept as ``BRIEF:`` followed by their text, in ``.brief`` files (a test reader)."""

from glossary.corpus.readers.registry import LetterReader
from glossary.corpus.readers.text import decode_letter, make_letter


def read(file, lexicon):
    text = decode_letter(file.data, file.name).removeprefix("BRIEF:")
    return make_letter(text, file.letter_id, file.path, lexicon)


READER = LetterReader(
    name="brief",
    description="BRIEF: and the letter's text",
    suffixes=(".brief",),
    read=read,
    sniff=lambda head: head.startswith(b"BRIEF:"),
)
'''


@pytest.fixture
def brief_registered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A reader module written to a folder on ``sys.path`` and named first in ``MODULES``."""
    (tmp_path / "brief_letter_reader.py").write_text(
        textwrap.dedent(READER_MODULE), encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(registry, "MODULES", ("brief_letter_reader", *registry.MODULES))
    registry.all_readers.cache_clear()
    registry.letter_suffixes.cache_clear()
    registry.companion_endings.cache_clear()
    yield
    registry.all_readers.cache_clear()
    registry.letter_suffixes.cache_clear()
    registry.companion_endings.cache_clear()


def test_a_new_reader_is_one_module_named_in_the_registry(brief_registered, tmp_path):
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "a.brief").write_text("BRIEF:" + LETTER, encoding="utf-8")
    (folder / "b.txt").write_text(LETTER, encoding="utf-8")
    (folder / "c").write_text("BRIEF:" + LETTER, encoding="utf-8")  # no suffix: not walked
    expected = [str(folder / "a.brief"), str(folder / "b.txt")]
    assert resolve_inputs([str(folder)]) == expected
    assert [s.path for s in iter_sources([str(folder)])] == expected
    letters = read_letters([str(folder), str(folder / "c")])
    assert [d.id for d in letters] == ["a", "b", "c"]
    assert letters[0].clean == letters[1].clean == letters[2].clean
    assert letters[2].text == LETTER  # sniffed by content: read by the new reader
    (tmp_path / "empty").mkdir()
    assert registry.listed_suffixes()[0] == ".brief"
    with pytest.raises(
        InputError, match=rf"no {re.escape(known_kinds())} letters in this directory"
    ):
        resolve_inputs([str(tmp_path / "empty")])
