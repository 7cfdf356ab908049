"""Weblate glossary CSV: columns, quoting and formula escaping, read by translate-toolkit, and
imported back after a spreadsheet-style edit."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from translate.storage import csvl10n

from glossary.cli import main
from glossary.exchange.csvfile import FORMULA_START, escape_formula, unescape_formula
from glossary.exchange.export import export_text
from glossary.model import Glossary
from glossary.store import jsonfile as store

from .helpers import checksum


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_columns_quoting_and_formula_escaping(glossary):
    text = export_text(glossary, "csv")
    assert text.splitlines()[0] == (
        "source,target,english_expansion,context,fuzzy,developer_comments,location"
    )
    assert text.endswith("\r\n")
    rows = {r["context"]: r for r in _rows(text)}
    assert set(rows) == set(glossary.entries)
    for row in rows.values():
        assert not any(cell.startswith(FORMULA_START) for cell in row.values()), row
    assert rows["plus-een"]["source"] == "'+1 procent"
    assert rows["plus-een"]["target"] == '\'=1 percent "plus", @once'
    assert rows["ondersteuning"]["target"] == 'support ("enablement")'
    assert rows["oekraine"]["source"] == "Oekraïne"
    assert rows["dreiging"]["fuzzy"] == "True" and rows["raad"]["fuzzy"] == "False"
    assert rows["weerbaarheid"]["target"] == ""
    assert "expansion: Noord-Atlantische Verdragsorganisatie" in rows["navo"]["developer_comments"]
    assert rows["navo"]["english_expansion"] == "North Atlantic Treaty Organization"
    assert "english expansion" not in rows["navo"]["developer_comments"]  # it has a column
    assert rows["lastenverdeling"]["location"] == "kst-28676-328 kst-28676-467"


def test_translate_toolkit_reads_the_csv(glossary):
    units = csvl10n.csvfile.parsestring(export_text(glossary, "csv").encode()).units
    by_context = {u.getcontext(): u for u in units}
    assert by_context["navo"].source == "NAVO" and by_context["navo"].target == "NATO"
    assert by_context["dreiging"].isfuzzy() and not by_context["raad"].isfuzzy()
    assert by_context["raad"].source == by_context["raad-2"].source == "raad"


@given(st.text())
def test_formula_escape_round_trips(cell):
    escaped = escape_formula(cell)
    assert unescape_formula(escaped) == cell
    assert not escaped.startswith(FORMULA_START)


def _edit_in_a_spreadsheet(path: Path) -> None:
    rows = [
        {k: unescape_formula(v) for k, v in row.items()}
        for row in _rows(path.read_text(encoding="utf-8"))
    ]
    header = list(rows[0])
    for row in rows:
        if row["context"] == "dreiging":
            row["target"], row["fuzzy"] = "menace", "False"
        elif row["context"] == "afschrikking":
            row["fuzzy"] = "False"
        elif row["context"] == "weerbaarheid":
            row["target"], row["fuzzy"] = "resilience", "True"
        elif row["context"] == "raad":
            row["target"] = "board"
        elif row["context"] == "oekraine":
            row["target"] = "-Ukraine"  # a formula-like value typed by the translator
    rows.append(
        {
            "source": "nieuw begrip",
            "target": "new concept",
            "context": "",
            "fuzzy": "False",
            "developer_comments": "",
            "location": "",
        }
    )
    buf = io.StringIO()
    writer = csv.DictWriter(buf, header, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: escape_formula(v) for k, v in row.items()})
    path.write_text(buf.getvalue(), encoding="utf-8")


def _import_edited_csv(
    glossary_file: Path, tmp_path: Path, capsys
) -> tuple[Glossary, Glossary, str]:
    """Export to CSV, edit in a spreadsheet, import: (glossary before, after, what import
    said)."""
    before = store.load(glossary_file)
    out = tmp_path / "glossary.csv"
    assert (
        main(["export", "--format", "csv", "--glossary", str(glossary_file), "--out", str(out)])
        == 0
    )
    _edit_in_a_spreadsheet(out)
    assert main(["import", str(out), "--glossary", str(glossary_file), "--by", "weblate"]) == 1
    text = capsys.readouterr().out
    return before, store.load(glossary_file), text


def test_csv_round_trip_applies_the_edits(glossary_file, tmp_path, capsys):
    _, after, _ = _import_edited_csv(glossary_file, tmp_path, capsys)
    assert (after.entries["dreiging"].english, after.entries["dreiging"].status) == (
        "menace",
        "reviewed",
    )
    assert (after.entries["afschrikking"].status, after.entries["afschrikking"].source) == (
        "reviewed",
        "translator",
    )
    assert (after.entries["weerbaarheid"].english, after.entries["weerbaarheid"].status) == (
        "resilience",
        "proposed",
    )


def test_csv_round_trip_keeps_reviewed_entries_and_adds_no_unknown_term(
    glossary_file, tmp_path, capsys
):
    _, after, text = _import_edited_csv(glossary_file, tmp_path, capsys)
    assert after.entries["raad"].english == "council"
    assert after.entries["oekraine"].english == "Ukraine"  # reviewed: conflict
    assert 'oekraine: reviewed "Ukraine" kept; the file says "-Ukraine"' in text
    assert "nieuw begrip: not in the glossary" in text


def test_csv_round_trip_changes_nothing_else(glossary_file, tmp_path, capsys):
    before, after, _ = _import_edited_csv(glossary_file, tmp_path, capsys)
    for entry_id, entry in before.entries.items():
        if entry_id not in {"dreiging", "afschrikking", "weerbaarheid"}:
            assert after.entries[entry_id].to_json() == entry.to_json(), entry_id


def test_unedited_csv_imports_as_no_change(glossary_file, tmp_path):
    out = tmp_path / "glossary.csv"
    main(["export", "--format", "csv", "--glossary", str(glossary_file), "--out", str(out)])
    digest = checksum(glossary_file)
    assert main(["import", str(out), "--glossary", str(glossary_file)]) == 0
    assert checksum(glossary_file) == digest


def test_csv_without_fuzzy_column_imports_as_proposed(glossary_file, tmp_path):
    path = tmp_path / "simple.csv"
    path.write_text("source,target\nweerbaarheid,resilience\n", encoding="utf-8")
    assert main(["import", str(path), "--glossary", str(glossary_file)]) == 0
    entry = store.load(glossary_file).entries["weerbaarheid"]
    assert (entry.english, entry.status, entry.source) == ("resilience", "proposed", "translator")


def test_import_from_standard_input(glossary_file):
    command = [sys.executable, "-m", "glossary", "import", "-", "--glossary", str(glossary_file)]
    data = "source,target,context,fuzzy\nweerbaarheid,resilience,weerbaarheid,False\n"
    done = subprocess.run(
        [*command, "--input-format", "csv"], input=data.encode(), capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert b'<stdin>:2: weerbaarheid: English set to "resilience"' in done.stdout
    assert store.load(glossary_file).entries["weerbaarheid"].status == "reviewed"
    digest = checksum(glossary_file)
    done = subprocess.run(command, input=data.encode(), capture_output=True, check=False)
    assert done.returncode == 2 and b"--input-format" in done.stderr
    assert b"Traceback" not in done.stderr and checksum(glossary_file) == digest
