"""Every reviewer command through the real ``glossary`` CLI: output, files, exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from glossary.cli import main
from glossary.review.rejections import load_rejections
from glossary.store import jsonfile as store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_review_lists_what_awaits_review(glossary_file: Path, capsys) -> None:
    code, out, _ = run(capsys, "review", "--glossary", str(glossary_file), "--limit", "2")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == (
        "6 entries await review, showing the first 2 "
        "(most likely first; ? least sure, = same in English):"
    )
    assert lines[1].startswith("  1. lastenverdeling  [lastenverdeling]  term, proposed")
    assert lines[2] == "     en: burden sharing  (letter, confidence 0.80)"
    assert lines[3].startswith("     e.g. ") and "lastenverdeling" in lines[3]
    assert lines[3].endswith("(kst-28676-328)")
    assert lines[4].startswith("  2. Oekraïne  [oekraine]  entity, proposed")


def test_review_marks_the_least_sure_entries(glossary_file: Path, capsys) -> None:
    code, out, _ = run(capsys, "review", "--glossary", str(glossary_file))
    numbered = [line for line in out.splitlines() if line[:4].strip().rstrip(".").isdigit()]
    assert code == 0 and len(numbered) == 6
    assert numbered[-1].startswith("  6. ? navo  [navo-2]")  # seen once, nothing attests it
    assert not [line for line in numbered[:-1] if ". ? " in line]
    code, out, _ = run(capsys, "review", "--glossary", str(glossary_file), "--json")
    certainty = {r["id"]: r["certainty"] for r in json.loads(out)}
    assert certainty == {
        "lastenverdeling": "attested",
        "oekraine": "attested",
        "luchtverdediging": "recurring",
        "hybride-dreiging": "recurring",
        "bijeenkomst": "recurring",
        "navo-2": "unsure",
    }


def test_review_json_csv_and_filters(glossary_file: Path, capsys) -> None:
    g = str(glossary_file)
    code, out, _ = run(
        capsys, "review", "--glossary", g, "--json", "--kind", "term", "--status", "machine"
    )
    assert code == 0
    rows = json.loads(out)
    assert [r["id"] for r in rows] == ["bijeenkomst", "navo-2"]
    assert rows[0]["english"] == "meeting" and rows[0]["source"] == "mt:libre"
    code, out, _ = run(
        capsys, "review", "--glossary", g, "--format", "csv", "--letter", "kst-28676-467"
    )
    table = list(csv.DictReader(io.StringIO(out)))
    assert [r["id"] for r in table] == ["luchtverdediging", "hybride-dreiging", "navo-2"]
    assert table[1]["english"] == "hybrid threat" and table[1]["confidence"] == "0.6"


def test_review_nothing_to_review_exits_1(glossary_file: Path, capsys) -> None:
    g = str(glossary_file)
    for term in ("lastenverdeling", "bijeenkomst"):
        run(capsys, "set", term, "--en", "x", "--glossary", g)
    code, out, _ = run(
        capsys, "review", "--glossary", g, "--letter", "kst-28676-328", "--kind", "term"
    )
    assert (code, out) == (1, "nothing awaits review\n")
    code, out, _ = run(
        capsys, "review", "--glossary", g, "--json", "--letter", "kst-28676-328", "--kind", "term"
    )
    assert (code, json.loads(out)) == (1, [])


def test_review_unknown_letter_is_an_input_error(glossary_file: Path, capsys) -> None:
    code, _, err = run(capsys, "review", "--glossary", str(glossary_file), "--letter", "kst-1")
    assert code == 2
    assert err == (
        f"glossary review: error: {glossary_file}: unknown letter kst-1; this "
        "glossary was built from kst-28676-328, kst-28676-467\n"
    )


def _set_air_defence(capsys: pytest.CaptureFixture[str], g: str) -> tuple[int, str, str]:
    return run(
        capsys,
        "set",
        "luchtverdediging",
        "--en",
        "air defence",
        "--alt",
        "air defense",
        "--note",
        "British spelling",
        "--glossary",
        g,
    )


def test_approve_reviews_each_term_and_records_who(glossary_file: Path, capsys) -> None:
    g = str(glossary_file)
    code, out, _ = run(
        capsys, "approve", "lastenverdeling", "hybride dreigingen", "--glossary", g, "--by", "ann"
    )
    assert code == 0
    assert out.splitlines() == [
        'lastenverdeling: approved "burden sharing" (proposed, letter → reviewed, manual)',
        'hybride-dreiging: approved "hybrid threat" (proposed, compound → reviewed, manual)',
    ]
    assert store.load(g).get("lastenverdeling").history[0].by == "ann"


def test_set_gives_english_alternative_and_note(glossary_file: Path, capsys) -> None:
    code, out, _ = _set_air_defence(capsys, str(glossary_file))
    assert code == 0 and out == (
        'luchtverdediging: English set to "air defence", reviewed, manual (was missing)\n'
    )


def test_forbid_turns_an_alternative_into_a_forbidden_rendering(
    glossary_file: Path, capsys
) -> None:
    g = str(glossary_file)
    _set_air_defence(capsys, g)
    _, out, _ = run(
        capsys, "forbid", "luchtverdediging", "--en", "air defense", "--glossary", g, "--json"
    )
    change = json.loads(out)[0]
    assert change["before"]["alternatives"] == ["air defense"]
    assert change["after"]["alternatives"] == [] and change["after"]["forbidden"] == ["air defense"]
    lv = store.load(g).get("luchtverdediging")
    assert (lv.english, lv.source, lv.status, lv.note, lv.forbidden) == (
        "air defence",
        "manual",
        "reviewed",
        "British spelling",
        ["air defense"],
    )


def test_note_sets_a_note_for_translators(glossary_file: Path, capsys) -> None:
    g = str(glossary_file)
    _, out, _ = run(capsys, "note", "afschrikking", "NATO core task", "--glossary", g)
    assert out == 'afschrikking: note set to "NATO core task"\n'
    assert store.load(g).get("afschrikking").note == "NATO core task"


def test_history_lists_the_decisions_on_an_entry(glossary_file: Path, capsys) -> None:
    g = str(glossary_file)
    run(capsys, "approve", "lastenverdeling", "--glossary", g, "--by", "ann")
    _set_air_defence(capsys, g)
    run(capsys, "forbid", "luchtverdediging", "--en", "air defense", "--glossary", g)
    code, out, _ = run(capsys, "history", "luchtverdediging", "--glossary", g)
    lines = out.splitlines()
    assert code == 0 and lines[0] == "luchtverdediging [luchtverdediging]:"
    assert " tester  set  alt=air defense; en=air defence; note=British spelling;" in lines[1]
    assert lines[2].endswith(" tester  forbid  en=air defense")
    code, out, _ = run(capsys, "history", "oekraine", "--glossary", g)
    assert (code, out) == (1, "Oekraïne [oekraine]: no decisions recorded\n")
    code, out, _ = run(capsys, "history", "lastenverdeling", "--glossary", g, "--format", "csv")
    assert out.splitlines()[0] == "at,by,action,detail" and ",ann,approve," in out


def test_note_clear_and_usage(glossary_file: Path, capsys) -> None:
    g = str(glossary_file)
    run(capsys, "note", "afschrikking", "x", "--glossary", g)
    code, out, _ = run(capsys, "note", "afschrikking", "--clear", "--glossary", g)
    assert (code, out) == (0, "afschrikking: note cleared\n")
    code, _, err = run(capsys, "note", "afschrikking", "--glossary", g)
    assert code == 2 and "give the note TEXT, or --clear" in err


def test_errors_change_nothing(glossary_file: Path, capsys) -> None:
    g = str(glossary_file)
    before = glossary_file.read_bytes()
    code, _, err = run(capsys, "approve", "lastenverdeling", "nope", "--glossary", g)
    assert code == 1 and err.startswith("glossary approve: error: ") and "no entry 'nope'" in err
    code, _, err = run(capsys, "approve", "Navo", "--glossary", g)
    assert code == 2 and "is ambiguous" in err and "id:navo-2 (navo, term, nato)" in err
    code, _, err = run(capsys, "approve", "luchtverdediging", "--glossary", g)
    assert code == 2 and "has no English to approve" in err
    code, _, err = run(
        capsys, "forbid", "afschrikking", "--en", "x", "--en", "Deterrence", "--glossary", g
    )
    assert code == 2 and "is the reviewed English" in err
    code, _, err = run(
        capsys,
        "set",
        "lastenverdeling",
        "--en",
        "x",
        "--glossary",
        str(glossary_file.parent / "absent.json"),
    )
    assert code == 2 and "glossary file not found" in err
    assert glossary_file.read_bytes() == before
    assert err.count("\n") == 1


def test_reject_removes_entries_and_lists_them(glossary_file: Path, capsys) -> None:
    g = str(glossary_file)
    tsv = glossary_file.parent / "rejected.tsv"
    code, out, _ = run(
        capsys, "reject", "bijeenkomsten", "navo-2", "--reason", "not a term", "--glossary", g
    )
    assert code == 0
    assert out.splitlines() == [
        "bijeenkomst: rejected as 'bijeenkomst' (not a term); removed from the glossary",
        "navo-2: rejected as 'id:navo-2' (not a term); removed from the glossary",
        f"reject list: {tsv}",
    ]
    saved = store.load(g)
    assert "bijeenkomst" not in saved.entries and "navo-2" not in saved.entries
    assert "navo" in saved.entries
    rejected = load_rejections(tsv)
    assert rejected.get("bijeenkomst").by == "tester" and rejected.is_rejected_id("navo-2")
    assert not rejected.is_rejected("navo") and not rejected.is_rejected("navo-2")

    code, out, _ = run(capsys, "history", "bijeenkomst", "--glossary", g)
    assert code == 0 and out.startswith("bijeenkomst:\n") and "reject  reason=not a term" in out


def test_reject_a_term_not_in_the_glossary_needs_force(glossary_file: Path, capsys) -> None:
    g = str(glossary_file)
    code, _, err = run(capsys, "reject", "kamerbrief", "--glossary", g)
    assert code == 1 and "no entry 'kamerbrief'" in err
    code, out, _ = run(capsys, "reject", "kamerbrief", "--force", "--glossary", g)
    assert code == 0 and "kamerbrief: rejected (not in the glossary)" in out


def test_unreject_takes_terms_off_the_list(glossary_file: Path, capsys) -> None:
    g = str(glossary_file)
    tsv = glossary_file.parent / "rejected.tsv"
    run(capsys, "reject", "bijeenkomsten", "--reason", "not a term", "--glossary", g)
    run(capsys, "reject", "kamerbrief", "--force", "--glossary", g)
    code, out, _ = run(capsys, "unreject", "Bijeenkomst", "--glossary", g)
    assert code == 0 and out.startswith("bijeenkomst: taken off the reject list")
    assert not load_rejections(tsv).is_rejected("bijeenkomst")
    code, _, err = run(capsys, "unreject", "bijeenkomst", "kamerbrief", "--glossary", g)
    assert code == 1 and "not on the reject list: bijeenkomst" in err
    assert load_rejections(tsv).is_rejected("kamerbrief")


def test_reject_list_option_and_malformed_list(glossary_file: Path, capsys, tmp_path) -> None:
    g = str(glossary_file)
    other = tmp_path / "elsewhere" / "noise.tsv"
    code, _, _ = run(capsys, "reject", "bijeenkomst", "--rejected", str(other), "--glossary", g)
    assert code == 0 and load_rejections(other).is_rejected("bijeenkomst")
    bad = tmp_path / "bad.tsv"
    bad.write_text("a\tb\tc\td\te\n", encoding="utf-8")
    before = glossary_file.read_bytes()
    code, _, err = run(capsys, "reject", "oekraine", "--rejected", str(bad), "--glossary", g)
    assert code == 2 and f"{bad}:1: 5 tab-separated columns" in err
    assert glossary_file.read_bytes() == before


def test_writers_use_the_environment_glossary(glossary_file: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("NATO_GLOSSARY", str(glossary_file))
    code, out, _ = run(capsys, "approve", "oekraine")
    assert code == 0 and out.startswith("oekraine: approved")
    assert store.load(glossary_file).get("oekraine").status == "reviewed"


def test_the_installed_command(glossary_file: Path) -> None:
    exe = Path(sys.executable).parent / "glossary"
    proc = subprocess.run(
        [str(exe), "review", "--glossary", str(glossary_file), "--limit", "1"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0 and "lastenverdeling" in proc.stdout
    proc = subprocess.run(
        [str(exe), "set", "Navo", "--en", "x", "--glossary", str(glossary_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_review_an_explicit_status(glossary_file: Path, capsys) -> None:
    code, out, _ = run(
        capsys,
        "review",
        "--glossary",
        str(glossary_file),
        "--status",
        "reviewed",
        "--kind",
        "acronym",
    )
    assert code == 0 and out.splitlines()[0] == (
        "1 entry matches (most likely first; ? least sure, = same in English):"
    )
    code, out, _ = run(
        capsys,
        "review",
        "--glossary",
        str(glossary_file),
        "--status",
        "reviewed",
        "--kind",
        "entity",
    )
    assert (code, out) == (1, "no entry matches\n")
    code, _, err = run(capsys, "review", "--glossary", str(glossary_file), "--limit", "-1")
    assert code == 2 and "--limit must be 0 (all) or more" in err
