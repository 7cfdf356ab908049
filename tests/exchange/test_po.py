"""PO/POT export checked with polib and GNU msgfmt; PO import read back after polib edits."""

from __future__ import annotations

import json
import random
import re
import subprocess
from pathlib import Path

import polib
from conftest import require_tool

from glossary import __version__
from glossary.cli import main
from glossary.exchange.export import export_text
from glossary.model import Glossary
from glossary.store import jsonfile as store

from .helpers import checksum, sample_glossary


def _export(glossary: Glossary, tmp_path: Path, fmt: str = "po") -> Path:
    path = tmp_path / f"glossary.{fmt}"
    path.write_text(export_text(glossary, fmt), encoding="utf-8")
    return path


def _msgfmt(path: Path) -> str:
    msgfmt = require_tool("msgfmt")
    done = subprocess.run(
        [msgfmt, "--check", "--check-format", "--statistics", "-o", "/dev/null", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stderr


def _stat(text: str, what: str) -> int:
    match = re.search(rf"(\d+) {what}", text)
    return int(match.group(1)) if match else 0


def test_msgfmt_accepts_export_and_counts_match_glossary(glossary, tmp_path):
    stats = _msgfmt(_export(glossary, tmp_path))
    entries = glossary.sorted_entries()
    translated = sum(1 for e in entries if e.translation and e.status == "reviewed")
    fuzzy = sum(1 for e in entries if e.translation and e.status != "reviewed")
    untranslated = sum(1 for e in entries if e.translation is None)
    assert (translated, fuzzy, untranslated) == (5, 5, 1)
    assert _stat(stats, "translated message") == translated
    assert _stat(stats, "fuzzy translation") == fuzzy
    assert _stat(stats, "untranslated message") == untranslated


def test_messages_carry_id_term_english_comments_and_flags(glossary, tmp_path):
    po = polib.pofile(str(_export(glossary, tmp_path)))
    by_ctx = {m.msgctxt: m for m in po}
    assert set(by_ctx) == set(glossary.entries)
    # homographs stay distinct through msgctxt
    assert by_ctx["raad"].msgid == by_ctx["raad-2"].msgid == "raad"
    assert by_ctx["raad"].msgstr == "council" and "fuzzy" not in by_ctx["raad"].flags
    assert by_ctx["raad-2"].msgstr == "advice" and "fuzzy" in by_ctx["raad-2"].flags
    lasten = by_ctx["lastenverdeling"]
    assert lasten.occurrences == [("kst-28676-328", ""), ("kst-28676-467", "")]
    assert "kind: term" in lasten.comment
    assert "definition: Verdeling van de defensielasten over de bondgenoten." in lasten.comment
    assert "status: reviewed; source: termbase" in lasten.comment
    assert "example: Over de lastenverdeling binnen de NAVO is lang gesproken." in lasten.comment
    assert "forbidden: burden shifting" in lasten.comment
    assert "alternatives: burden-sharing" in lasten.comment
    navo = by_ctx["navo"]
    assert "kind: acronym" in navo.comment
    assert "expansion: Noord-Atlantische Verdragsorganisatie" in navo.comment
    assert by_ctx["afschrikking"].flags == ["fuzzy"]
    assert "status: machine; source: mt:deepl" in by_ctx["afschrikking"].comment
    assert by_ctx["weerbaarheid"].msgstr == "" and not by_ctx["weerbaarheid"].flags
    assert by_ctx["ondersteuning"].msgstr == 'support ("enablement")'
    assert by_ctx["oekraine"].msgid == "Oekraïne"
    assert by_ctx["plus-een"].msgstr == '=1 percent "plus", @once'
    assert "note: -niet vertalen- \\ backslash" in by_ctx["plus-een"].comment


def test_plural_only_where_english_has_one(glossary, tmp_path):
    po = polib.pofile(str(_export(glossary, tmp_path)))
    plural = [m for m in po if m.msgid_plural]
    assert [m.msgctxt for m in plural] == ["dreiging"]
    assert plural[0].msgid_plural == "dreigingen"
    assert plural[0].msgstr_plural == {0: "threat", 1: "threats"}


def test_header(glossary, tmp_path):
    po = polib.pofile(str(_export(glossary, tmp_path)))
    meta = po.metadata
    assert meta["Language"] == "en"
    assert meta["Content-Type"] == "text/plain; charset=UTF-8"
    assert meta["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
    assert meta["X-Generator"] == f"nato-glossary {__version__}"
    assert meta["Project-Id-Version"]
    # the newest entry's "updated", not the wall clock
    assert meta["PO-Revision-Date"] == "2025-01-10 09:00+0000"


def test_pot_is_an_empty_template(glossary, tmp_path):
    path = _export(glossary, tmp_path, "pot")
    pot = polib.pofile(str(path))
    assert len(pot) == len(glossary)
    assert all(not m.translated() and not m.flags for m in pot)
    assert {m.msgctxt for m in pot if m.msgid_plural} == {"dreiging"}
    _msgfmt(path)


def test_export_is_deterministic(glossary, tmp_path):
    first = export_text(glossary, "po")
    shuffled = Glossary(letters=dict(glossary.letters))
    entries = list(glossary.entries.values())
    random.Random(4).shuffle(entries)
    for entry in entries:
        shuffled.add(entry)
    path = tmp_path / "g.json"
    store.save(shuffled, path)
    assert export_text(store.load(path), "po") == first
    assert (
        main(["export", "--format", "po", "--glossary", str(path), "--out", str(tmp_path / "a.po")])
        == 0
    )
    assert (
        main(["export", "--format", "po", "--glossary", str(path), "--out", str(tmp_path / "b.po")])
        == 0
    )
    assert (tmp_path / "a.po").read_bytes() == (tmp_path / "b.po").read_bytes()
    assert (tmp_path / "a.po").read_text(encoding="utf-8") == first


def test_export_filters_by_status_and_kind(glossary_file, capsys):
    assert (
        main(
            [
                "export",
                "--format",
                "po",
                "--glossary",
                str(glossary_file),
                "--status",
                "reviewed",
                "--kind",
                "term",
            ]
        )
        == 0
    )
    po = polib.pofile(capsys.readouterr().out)
    assert sorted(m.msgctxt for m in po) == ["2-procentnorm", "lastenverdeling", "raad"]


def _translate_as_a_translator(path: Path) -> None:
    """What a translator does in Poedit, done with polib."""
    po = polib.pofile(str(path))
    by_ctx = {m.msgctxt: m for m in po}
    threat = by_ctx["dreiging"]  # new English and plural, approved
    threat.msgstr_plural = {0: "menace", 1: "menaces"}
    threat.flags.remove("fuzzy")
    by_ctx["afschrikking"].flags.remove("fuzzy")  # machine English approved as is
    by_ctx["weerbaarheid"].msgstr = "resilience"  # filled in, still needs review
    by_ctx["weerbaarheid"].flags.append("fuzzy")
    by_ctx["raad"].msgstr = "board"  # disagrees with a reviewed entry
    by_ctx["raad-2"].msgstr = "counsel"  # edited, left fuzzy
    po.append(polib.POEntry(msgctxt="nieuw-begrip", msgid="nieuw begrip", msgstr="new concept"))
    po.metadata["Last-Translator"] = "Jane Translator <jane@example.org>"
    po.save(str(path))


def _import_translated(
    glossary_file: Path, tmp_path: Path, capsys
) -> tuple[Glossary, Glossary, str, Path]:
    """Export to PO, edit as a translator, import: (glossary before, after, what import said,
    the PO file)."""
    before = store.load(glossary_file)
    out = tmp_path / "en.po"
    assert (
        main(["export", "--format", "po", "--glossary", str(glossary_file), "--out", str(out)]) == 0
    )
    _translate_as_a_translator(out)

    code = main(["import", str(out), "--glossary", str(glossary_file)])
    text = capsys.readouterr().out
    assert code == 1, text  # a conflict and an unknown left
    return before, store.load(glossary_file), text, out


def test_round_trip_applies_the_translators_changes(glossary_file, tmp_path, capsys):
    _, after, _, _ = _import_translated(glossary_file, tmp_path, capsys)
    threat = after.entries["dreiging"]
    assert (threat.english, threat.translation.plural, threat.status, threat.source) == (
        "menace",
        "menaces",
        "reviewed",
        "translator",
    )
    decision = threat.history[-1]
    assert decision.action == "import"
    assert decision.by == "Jane Translator <jane@example.org>"
    assert decision.detail["file"] == "en.po" and decision.detail["was"] == "threat"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", decision.at)
    assert threat.updated == decision.at

    deter = after.entries["afschrikking"]
    assert (deter.english, deter.status, deter.source) == ("deterrence", "reviewed", "translator")
    resil = after.entries["weerbaarheid"]
    assert (resil.english, resil.status, resil.source) == ("resilience", "proposed", "translator")
    counsel = after.entries["raad-2"]
    assert (counsel.english, counsel.status, counsel.source) == (
        "counsel",
        "proposed",
        "translator",
    )


def test_round_trip_keeps_reviewed_entries_and_adds_no_unknown_term(
    glossary_file, tmp_path, capsys
):
    before, after, text, _ = _import_translated(glossary_file, tmp_path, capsys)
    assert after.entries["raad"].to_json() == before.entries["raad"].to_json()
    assert "nieuw-begrip" not in after.entries
    assert 'raad: reviewed "council" kept' in text and "--force" in text
    assert "nieuw-begrip: not in the glossary" in text


def test_round_trip_changes_nothing_the_translator_left_alone(glossary_file, tmp_path, capsys):
    before, after, _, _ = _import_translated(glossary_file, tmp_path, capsys)
    changed = {"dreiging", "afschrikking", "weerbaarheid", "raad-2"}
    for entry_id, entry in before.entries.items():
        if entry_id not in changed:
            assert after.entries[entry_id].to_json() == entry.to_json(), entry_id


def test_round_trip_with_force_and_add_new_resolves_the_rest(glossary_file, tmp_path, capsys):
    _, _, _, out = _import_translated(glossary_file, tmp_path, capsys)
    assert (
        main(
            [
                "import",
                str(out),
                "--glossary",
                str(glossary_file),
                "--force",
                "--add-new",
                "--by",
                "lead",
            ]
        )
        == 0
    )
    final = store.load(glossary_file)
    assert (final.entries["raad"].english, final.entries["raad"].status) == ("board", "reviewed")
    assert final.entries["raad"].history[-1].by == "lead"
    new = final.entries["nieuw-begrip"]
    assert (new.lemma, new.english, new.status, new.source) == (
        "nieuw begrip",
        "new concept",
        "reviewed",
        "translator",
    )
    assert new.history[-1].action == "import"
    # then nothing is left to import
    assert main(["import", str(out), "--glossary", str(glossary_file)]) == 0


def test_unedited_export_imports_as_no_change(glossary_file, tmp_path, capsys):
    out = tmp_path / "en.po"
    assert (
        main(["export", "--format", "po", "--glossary", str(glossary_file), "--out", str(out)]) == 0
    )
    digest = checksum(glossary_file)
    assert main(["import", str(out), "--glossary", str(glossary_file)]) == 0
    assert checksum(glossary_file) == digest
    assert "applied 0 change(s)" in capsys.readouterr().out


def test_dry_run_prints_changes_and_writes_nothing(glossary_file, tmp_path, capsys):
    out = tmp_path / "en.po"
    main(["export", "--format", "po", "--glossary", str(glossary_file), "--out", str(out)])
    _translate_as_a_translator(out)
    digest = checksum(glossary_file)
    code = main(["import", str(out), "--glossary", str(glossary_file), "--dry-run", "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    assert checksum(glossary_file) == digest
    assert report["dry_run"] is True
    outcomes = {c["id"]: (c["outcome"], c["applied"]) for c in report["changes"]}
    assert outcomes == {
        "dreiging": ("set", True),
        "afschrikking": ("approve", True),
        "weerbaarheid": ("set", True),
        "raad-2": ("set", True),
        "raad": ("conflict", False),
        "nieuw-begrip": ("unknown", False),
    }
    assert report["counts"]["unchanged"] == len(sample_glossary()) - 5
