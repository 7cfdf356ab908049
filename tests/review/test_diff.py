"""The glossary changelog: added, removed, retranslated, status, stale, notes, forbidden."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from glossary.cli import main
from glossary.model import Entry, Translation
from glossary.review.decisions import approve, forbid, set_note, set_translation
from glossary.review.diff import diff, render_markdown, render_text
from glossary.store import jsonfile as store

from ._data import fixture_glossary

AT = "2025-06-01T09:30:00Z"


def changed_glossaries():
    old, new = fixture_glossary(), fixture_glossary()
    set_translation(
        new.get("lastenverdeling"),
        "burden-sharing",
        source="manual",
        status="reviewed",
        by="a",
        at=AT,
    )
    approve(new.get("hybride-dreiging"), by="a", at=AT)
    set_note(new.get("afschrikking"), "core task", by="a", at=AT)
    forbid(new.get("afschrikking"), "intimidation", by="a", at=AT)
    new.get("bijeenkomst").stale = True
    del new.entries["navo-2"]
    new.add(
        Entry(
            "weerbaarheid",
            "weerbaarheid",
            translation=Translation("resilience", "termbase"),
            status="proposed",
        )
    )
    return old, new


def test_diff_finds_every_kind_of_change() -> None:
    d = diff(*changed_glossaries())
    assert d.counts() == {
        "added": 1,
        "removed": 1,
        "retranslated": 1,
        "status": 2,
        "stale": 1,
        "note": 1,
        "forbidden": 1,
    }
    assert [(c.id, c.new) for c in d.changes["added"]] == [("weerbaarheid", "resilience")]
    assert [(c.id, c.old) for c in d.changes["removed"]] == [("navo-2", "nato")]
    r = d.changes["retranslated"][0]
    assert (r.id, r.old, r.new, r.detail) == (
        "lastenverdeling",
        "burden sharing",
        "burden-sharing",
        "letter → manual",
    )
    assert [(c.id, c.old, c.new) for c in d.changes["status"]] == [
        ("hybride-dreiging", "proposed", "reviewed"),
        ("lastenverdeling", "proposed", "reviewed"),
    ]
    assert d.changes["forbidden"][0].new == ["intimidation"]
    assert not diff(fixture_glossary(), fixture_glossary())


def test_text_and_markdown() -> None:
    d = diff(*changed_glossaries())
    text = render_text(d, "a.json", "b.json")
    lines = text.splitlines()
    assert lines[0] == "a.json (8 entries) → b.json (8 entries)"
    assert "Retranslated (1):" in lines
    assert (
        '  lastenverdeling [lastenverdeling]: "burden sharing" → "burden-sharing" '
        "(letter → manual)" in lines
    )
    assert "  lastenverdeling [lastenverdeling]: proposed → reviewed" in lines
    assert "  bijeenkomst [bijeenkomst]: current → stale" in lines
    assert '  weerbaarheid [weerbaarheid]: "resilience" (proposed, termbase)' in lines
    assert '  navo [navo-2] (was "nato" (machine, mt:libre))' in lines
    md = render_markdown(d, "a.json", "b.json")
    assert md.startswith("# Glossary changes\n")
    assert "## Removed (1)" in md and '| navo | `navo-2` | "nato" (machine, mt:libre) | — |' in md
    assert render_text(diff(fixture_glossary(), fixture_glossary())).endswith("no changes\n")


def test_cli_two_files(tmp_path: Path, capsys) -> None:
    old, new = changed_glossaries()
    a, b = tmp_path / "old.json", tmp_path / "new.json"
    store.save(old, a)
    store.save(new, b)
    assert main(["diff", str(a), str(b), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["counts"]["added"] == 1 and data["old"] == str(a)
    assert data["retranslated"][0]["new"] == "burden-sharing"
    assert main(["diff", str(a), str(b), "--format", "markdown", "--exit-code"]) == 1
    assert "## Added (1)" in capsys.readouterr().out
    assert main(["diff", str(a), str(a), "--exit-code"]) == 0
    assert main(["diff", str(a)]) == 2
    assert "give OLD.json and NEW.json" in capsys.readouterr().err


def test_cli_since_git_ref(tmp_path: Path, capsys) -> None:
    git = shutil.which("git")
    if git is None:
        pytest.fail("git is required for glossary diff --since")
    repo = tmp_path / "project"
    (repo / "terms").mkdir(parents=True)
    path = repo / "terms" / "glossary.json"
    old, new = changed_glossaries()
    store.save(old, path)

    def g(*argv: str) -> None:
        subprocess.run([git, "-C", str(repo), *argv], check=True, capture_output=True)

    g("init", "-q")
    g("add", "terms/glossary.json")
    g("-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "first")
    store.save(new, path)
    assert main(["diff", "--since", "HEAD", "--glossary", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"HEAD:{path} (8 entries) → {path} (8 entries)\n")
    assert "Removed (1):" in out and "navo [navo-2]" in out
    assert main(["diff", "--since", "no-such-ref", "--glossary", str(path)]) == 2
    err = capsys.readouterr().err
    assert "git show no-such-ref:terms/glossary.json failed" in err and err.count("\n") == 1
    outside = tmp_path / "loose.json"
    store.save(new, outside)
    assert main(["diff", "--since", "HEAD", str(outside)]) == 2
    assert "not inside a git repository" in capsys.readouterr().err
