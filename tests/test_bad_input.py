"""Bad input through every command: a one-line error naming the file, exit 1 or 2, never a
traceback, and the glossary left as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from glossary.cli import main
from tests.conftest import ROOT

FILES = {
    "truncated.json": b'{"schema_version": 1, "entries": [',
    "list.json": b"[]",
    "future.json": b'{"schema_version": 99, "entries": []}',
    "noversion.json": b'{"schema": 1, "entries": []}',
    "binary.txt": b"\x00\x01\x02\xff",
    "latin1.txt": "Café van de NAVO\n".encode("latin-1"),
    "blank.txt": b" \t\n\n",
    "manifest-nul.txt": b"a.txt\n\x00b\n",
    "xxe.tbx": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    b'<martif><text><body><termEntry id="x"><langSet xml:lang="nl"><tig>'
    b"<term>&e;</term></tig></langSet></termEntry></body></text></martif>",
    "weblate.csv": b"a,b\n1,2\n",
    "broken.po": b'msgid "a"\nmsgstr \n',
    "termbase.tsv": b"nl\ten\nraketschild\tmissile shield|missile defence shield\n",
}

CASES = [
    ("lookup --glossary truncated.json navo", 2, "truncated.json:1:"),
    ("lookup --glossary list.json navo", 2, "list.json:"),
    ("lookup --glossary future.json navo", 2, "future.json:"),
    ("lookup --glossary noversion.json navo", 2, "noversion.json:"),
    ("lookup --glossary binary.txt navo", 2, "binary.txt"),
    ("lookup --glossary missing.json navo", 2, "missing.json:"),
    ("stats --glossary truncated.json", 2, "truncated.json:1:"),
    ("review --glossary list.json", 2, "list.json:"),
    ("export --glossary future.json --format csv", 2, "future.json:"),
    ("diff truncated.json glossary.json", 2, "truncated.json:1:"),
    ("extract binary.txt", 2, "binary.txt:"),
    ("extract latin1.txt", 2, "latin1.txt:1:"),
    ("extract blank.txt", 2, "blank.txt:"),
    ("extract missing-letter.txt", 2, "missing-letter.txt:"),
    ("extract --manifest manifest-nul.txt", 2, "manifest-nul.txt:2:"),
    ("import xxe.tbx --glossary glossary.json", 2, "xxe.tbx:"),
    ("import weblate.csv --glossary glossary.json", 2, "weblate.csv:1:"),
    ("import binary.txt --glossary glossary.json", 2, "binary.txt:"),
    ("check broken.po", 2, "broken.po:"),
    ("check missing.po", 2, "missing.po:"),
    ("build --letters letters --termbase termbase.tsv --out new.json", 2, "termbase.tsv:2:"),
    ("approve not-a-term --glossary glossary.json", 1, "glossary.json:"),
]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, data in FILES.items():
        (tmp_path / name).write_bytes(data)
    shutil.copy(ROOT / "terms" / "glossary.json", tmp_path / "glossary.json")
    shutil.copytree(ROOT / "terms" / "letters", tmp_path / "letters")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(("command", "code", "where"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_one_line_naming_the_file(workdir, capsys, command, code, where):
    before = (workdir / "glossary.json").read_bytes()
    assert main(command.split()) == code
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0, err
    assert where in err and "Traceback" not in err
    assert (workdir / "glossary.json").read_bytes() == before
