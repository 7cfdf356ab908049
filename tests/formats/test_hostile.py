"""Hostile and broken files among many letters: each is one line naming the file, the others
are read, nothing else is lost; alone, a bad file exits 2."""

from __future__ import annotations

import io
import json
import shutil
import zipfile

import pytest

from glossary.cli import main
from tests.formats.conftest import example


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NATO_GLOSSARY_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("NO_COLOR", "1")


def bomb(path, suffix: str, member: str) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(example("467", suffix)) as src, zipfile.ZipFile(out, "w", 8) as dst:
        for info in src.infolist():
            data = b"\0" * 20_000_000 if info.filename == member else src.read(info.filename)
            dst.writestr(info.filename, data)
    path.write_bytes(out.getvalue())


@pytest.fixture
def folder(tmp_path):
    """The two shipped letters (XML and PDF) among five hostile or broken files."""
    root = tmp_path / "brieven"
    root.mkdir()
    shutil.copy(example("328", "xml"), root / "kst-28676-328.xml")
    shutil.copy(example("467", "pdf"), root / "kst-28676-467.pdf")
    (root / "lach.xml").write_text(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "haha"><!ENTITY b "&a;&a;&a;&a;">]>'
        "<officiele-publicatie><al>&b;</al></officiele-publicatie>"
    )
    bomb(root / "bom.docx", "docx", "word/document.xml")
    bomb(root / "bom.odt", "odt", "content.xml")
    pdf = example("328", "pdf").read_bytes()
    (root / "half.pdf").write_bytes(pdf[: len(pdf) // 3])
    (root / "kapot.html").write_bytes(b"<html><body><nav>menu</nav></body></html>")
    return root


def test_bad_files_fail_alone_and_the_letters_are_read(capsys, folder):
    code = main(["extract", str(folder), "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0 and "Traceback" not in err
    data = json.loads(out)
    terms = {c["term"] for c in data["candidates"]}
    assert {"lastenverdeling", "defensie-industrie"} <= terms
    letters = {c["letters"][0] for c in data["candidates"] if c["term"] == "defensie-industrie"}
    assert letters == {"kst-28676-467"}
    failures = data["documents"]["failures"]
    failed = {f["file"].rsplit("/", 1)[-1]: f["reason"] for f in failures}
    assert set(failed) == {"lach.xml", "bom.docx", "bom.odt", "half.pdf", "kapot.html"}
    assert "declares entities" in failed["lach.xml"] and "zip bomb" in failed["bom.odt"]
    assert all("\n" not in reason for reason in failed.values())


@pytest.mark.parametrize("name", ["lach.xml", "bom.docx", "half.pdf"])
def test_a_bad_file_alone_exits_2_with_one_line(capsys, folder, name):
    code = main(["extract", str(folder / name)])
    _, err = capsys.readouterr()
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert code == 2 and "Traceback" not in err
    assert any(f"error: {folder / name}: " in ln for ln in lines), err
    assert len(lines) == 1
