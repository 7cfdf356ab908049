"""An acronym's English expansion in every exchange format: where it goes, that an unedited
file brings it back unchanged, that a new entry gets it, and that an edit is a change."""

from __future__ import annotations

import csv
import io
import subprocess
import textwrap
from pathlib import Path

import polib
import pytest
from conftest import require_tool

from glossary.cli import main
from glossary.exchange import formats
from glossary.exchange.common import english_expansion_in
from glossary.exchange.export import export_text
from glossary.exchange.tbx import XML_LANG
from glossary.model import Glossary
from glossary.store import jsonfile as store

FULL = "North Atlantic Treaty Organization"


def _export(glossary_file: Path, fmt: str, tmp_path: Path) -> Path:
    out = tmp_path / f"glossary.{fmt}"
    assert (
        main(["export", "--format", fmt, "--glossary", str(glossary_file), "--out", str(out)]) == 0
    )
    return out


def test_po_carries_it_in_a_comment_msgfmt_accepts(glossary, tmp_path):
    path = tmp_path / "g.po"
    path.write_text(export_text(glossary, "po"), encoding="utf-8")
    navo = next(m for m in polib.pofile(str(path)) if m.msgctxt == "navo")
    assert f"english expansion: {FULL}; source: termbase" in navo.comment.splitlines()
    assert navo.msgstr == "NATO"
    done = subprocess.run(
        [require_tool("msgfmt"), "--check", "--check-format", "-o", "/dev/null", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_tbx_pairs_the_english_acronym_with_its_full_form(glossary):
    import defusedxml.ElementTree as DET

    root = DET.fromstring(export_text(glossary, "tbx").encode())
    entry = next(e for e in root.iter("termEntry") if e.get("id") == "navo")
    english = next(s for s in entry.findall("langSet") if s.get(XML_LANG) == "en")
    tigs = [
        (t.findtext("term"), {n.get("type"): n.text for n in t.findall("termNote")})
        for t in english.findall("tig")
    ]
    assert [(term, notes.get("termType")) for term, notes in tigs] == [
        ("NATO", "acronym"),
        (FULL, "fullForm"),
    ]
    assert english.findall("tig")[1].findtext("note") == "english expansion; source: termbase"


@pytest.mark.parametrize("fmt", ["po", "tbx", "csv"])
def test_each_reader_gives_it_back(fmt, glossary, tmp_path):
    path = tmp_path / f"g.{fmt}"
    path.write_text(export_text(glossary, fmt), encoding="utf-8")
    items = {i.entry_id: i for i in formats.read_batch(path).items}
    assert items["navo"].english_expansion == FULL
    assert all(i.english_expansion is None for k, i in items.items() if k != "navo")


@pytest.mark.parametrize("fmt", ["po", "tbx", "csv"])
def test_a_new_glossary_gets_it_from_the_file(fmt, glossary_file, tmp_path):
    exported = _export(glossary_file, fmt, tmp_path)
    fresh = tmp_path / "fresh.json"
    store.save(Glossary(), fresh)
    assert main(["import", str(exported), "--glossary", str(fresh), "--add-new"]) == 0
    navo = store.load(fresh).entries["navo"]
    assert (navo.english, navo.english_expansion.text, navo.english_expansion.source) == (
        "NATO",
        FULL,
        "translator",
    )


def _edit_csv(path: Path, english_expansion: str) -> None:
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    for row in rows:
        if row["context"] == "navo":
            row["english_expansion"] = english_expansion
    buf = io.StringIO()
    writer = csv.DictWriter(buf, list(rows[0]), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


def _edit_po(path: Path, english_expansion: str) -> None:
    po = polib.pofile(str(path))
    next(m for m in po if m.msgctxt == "navo").tcomment = f"english expansion: {english_expansion}"
    po.save(str(path))


def _edit_tbx(path: Path, english_expansion: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(f"<term>{FULL}</term>") == 1
    path.write_text(text.replace(FULL, english_expansion), encoding="utf-8")


@pytest.mark.parametrize(
    ("fmt", "edit"), [("po", _edit_po), ("tbx", _edit_tbx), ("csv", _edit_csv)]
)
def test_an_edited_english_expansion_is_a_change(fmt, edit, glossary_file, tmp_path, capsys):
    exported = _export(glossary_file, fmt, tmp_path)
    edit(exported, "North-Atlantic Treaty Organisation")
    before = store.load(glossary_file).entries["navo"]
    assert main(["import", str(exported), "--glossary", str(glossary_file)]) == 1
    out = capsys.readouterr().out
    assert 'navo: reviewed "NATO" kept; the file says English expansion ' in out
    assert store.load(glossary_file).entries["navo"].to_json() == before.to_json()
    assert main(["import", str(exported), "--glossary", str(glossary_file), "--force"]) == 0
    after = store.load(glossary_file).entries["navo"]
    assert (after.english, after.status) == ("NATO", "reviewed")
    assert (after.english_expansion.text, after.english_expansion.source) == (
        "North-Atlantic Treaty Organisation",
        "translator",
    )
    detail = after.history[-1].detail
    assert (detail["english_expansion"], detail["was_english_expansion"]) == (
        "North-Atlantic Treaty Organisation",
        FULL,
    )
    assert main(["import", str(exported), "--glossary", str(glossary_file)]) == 0


def test_a_tbx_basic_acronym_and_full_form_pair_from_another_tool(tmp_path):
    path = tmp_path / "other.tbx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<martif type="TBX-Basic" xml:lang="nl"><text><body><termEntry id="gvdb">'
        '<langSet xml:lang="nl"><tig><term>GVDB</term>'
        '<termNote type="termType">acronym</termNote></tig></langSet>'
        '<langSet xml:lang="en">'
        '<tig><term>CSDP</term><termNote type="termType">acronym</termNote></tig>'
        "<tig><term>Common Security and Defense Policy</term></tig>"
        "<tig><term>Common Security and Defence Policy</term>"
        '<termNote type="termType">fullForm</termNote></tig>'
        "</langSet></termEntry></body></text></martif>\n",
        encoding="utf-8",
    )
    [item] = formats.read_batch(path).items
    assert (item.english, item.english_expansion) == ("CSDP", "Common Security and Defence Policy")


@pytest.mark.parametrize("width", range(20, 90, 3))
def test_a_comment_wrapped_anywhere_gives_the_expansion_back(width):
    full = "Organization for Security and Co-operation in Europe"
    lines = [
        "kind: acronym",
        "expansion: Organisatie voor Veiligheid en Samenwerking in Europa",
        f"english expansion: {full}; source: termbase",
        "status: reviewed; source: termbase",
    ]
    wrapped = [w for line in lines for w in textwrap.wrap(line, width, break_long_words=False)]
    assert english_expansion_in(wrapped) == full
