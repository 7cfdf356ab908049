"""Walking letter folders (:mod:`glossary.corpus.walk`): each folder and file once through
symlink loops and links, regular files only, names that are not UTF-8 kept readable."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from glossary.corpus.letters import letter_id_for, read_letter_file, resolve_inputs
from glossary.corpus.sources import iter_sources
from glossary.corpus.walk import walk_letters
from glossary.errors import InputError

TEXT = "De bondgenoten spraken over afschrikking.\n"


def tree(root: Path) -> Path:
    (root / "a" / "b").mkdir(parents=True)
    for name in ("a/1.txt", "a/b/2.md", "3.txt", "skip.png"):
        (root / name).write_text(TEXT, encoding="utf-8")
    return root


def test_loops_and_second_names_are_walked_once(tmp_path):
    root = tree(tmp_path / "letters")
    (root / "a" / "b" / "up").symlink_to(root)
    (root / "a" / "again").symlink_to(root / "a")
    (root / "alias.txt").symlink_to(root / "3.txt")
    os.link(root / "a" / "1.txt", root / "hard.txt")
    found = [Path(p).relative_to(root).as_posix() for p in walk_letters(str(root))]
    assert found == ["3.txt", "a/1.txt", "a/b/2.md"]
    assert [Path(p).name for p in resolve_inputs([str(root)])] == ["3.txt", "1.txt", "2.md"]
    assert len(list(iter_sources([str(root)]))) == 3


def test_fifos_and_devices_are_never_opened(tmp_path):
    root = tree(tmp_path / "letters")
    os.mkfifo(root / "a" / "pipe.txt")
    skipped: list[tuple[str, str]] = []
    found = list(walk_letters(str(root), skipped=lambda path, why: skipped.append((path, why))))
    assert str(root / "a" / "pipe.txt") not in found
    assert skipped == [
        (str(root / "a" / "pipe.txt"), "not a regular file but a FIFO (named pipe); skipped")
    ]
    with pytest.warns(UserWarning, match="pipe.txt: not a regular file"):
        resolve_inputs([str(root)])
    # At scale the walk yields it and reading it fails that one document, without blocking.
    assert str(root / "a" / "pipe.txt") in [s.path for s in iter_sources([str(root)])]
    with pytest.raises(InputError, match="not a regular file but a FIFO"):
        read_letter_file(str(root / "a" / "pipe.txt"))
    with pytest.raises(InputError, match="not a regular file but a character device"):
        read_letter_file("/dev/zero")


def test_names_that_are_not_utf8_are_read_and_get_a_storable_id(tmp_path):
    name = os.fsdecode(b"kst-\xe9\n1.txt")
    (tmp_path / name).write_text(TEXT, encoding="utf-8")
    (found,) = walk_letters(str(tmp_path))
    assert read_letter_file(found) == TEXT.encode("utf-8")
    letter_id = letter_id_for(found, set())
    assert letter_id == "kst-\ufffd\ufffd1"
    letter_id.encode("utf-8")


def test_recursive_globs_do_not_follow_loops(tmp_path, monkeypatch):
    root = tree(tmp_path / "letters")
    (root / "a" / "b" / "up").symlink_to(root)
    (root / "a" / "up").symlink_to(root)
    monkeypatch.chdir(tmp_path)
    expected = ["letters/3.txt", "letters/a/1.txt"]
    assert resolve_inputs(["letters/**/*.txt"]) == expected
    assert [s.path for s in iter_sources(["letters/**/*.txt"])] == expected
    assert resolve_inputs(["letters/*.txt", "letters/a/?.txt"]) == expected


def test_check_walks_catalog_folders_once(tmp_path):
    from glossary.exchange.check import expand_catalogs

    (tmp_path / "locale").mkdir()
    (tmp_path / "locale" / "a.po").write_text('msgid ""\nmsgstr ""\n', encoding="utf-8")
    (tmp_path / "locale" / "loop").symlink_to(tmp_path / "locale")
    assert expand_catalogs([str(tmp_path / "locale")]) == [str(tmp_path / "locale" / "a.po")]
    assert expand_catalogs([f"{tmp_path}/**/*.po"]) == [str(tmp_path / "locale" / "a.po")]
