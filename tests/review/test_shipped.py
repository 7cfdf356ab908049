"""Every reviewer command on a copy of the real shipped glossary (never on the file itself)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
from pathlib import Path

import pytest

from glossary.cli import main
from glossary.model import STATUS_RANK
from glossary.paths import shipped_glossary
from glossary.review.decisions import review_queue
from glossary.review.order import RANK
from glossary.review.rejections import load_rejections
from glossary.store import jsonfile as store

SHIPPED = shipped_glossary()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def shipped_digest() -> str:
    assert SHIPPED.is_file(), "the shipped terms/glossary.json is missing; run 'glossary build'"
    return digest(SHIPPED)


@pytest.fixture
def copy(tmp_path: Path, shipped_digest: str, monkeypatch: pytest.MonkeyPatch):
    """A copy of the shipped glossary in a fresh terms/ folder; the original stays untouched."""
    monkeypatch.setenv("NATO_GLOSSARY_USER", "terminologist")
    monkeypatch.delenv("NATO_GLOSSARY", raising=False)
    path = tmp_path / "terms" / "glossary.json"
    path.parent.mkdir()
    shutil.copy(SHIPPED, path)
    yield path
    assert digest(SHIPPED) == shipped_digest


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_review_queue_of_the_shipped_glossary(copy: Path, capsys) -> None:
    g = store.load(copy)
    code, out, _ = run(capsys, "review", "--glossary", str(copy), "--json")
    rows = json.loads(out)
    assert code == 0 and rows
    waiting = [e for e in g.entries.values() if e.status != "reviewed"]
    assert len(rows) == len(waiting)
    assert all(STATUS_RANK[r["status"]] < STATUS_RANK["reviewed"] for r in rows)
    rank = [(RANK[r["certainty"]], -r["score"]) for r in rows]
    assert rank == sorted(rank)
    assert all(r["example"] for r in rows if g.get(r["id"]).examples)

    code, out, _ = run(capsys, "review", "--glossary", str(copy), "--limit", "5")
    lines = out.splitlines()
    assert lines[0] == (
        f"{len(waiting)} entries await review, showing the first 5 "
        "(most likely first; ? least sure, = same in English):"
    )
    assert lines[1].startswith(f"  1. {rows[0]['lemma']}  [{rows[0]['id']}]")

    letter = sorted(g.letters)[0]
    code, out, _ = run(
        capsys,
        "review",
        "--glossary",
        str(copy),
        "--format",
        "csv",
        "--letter",
        letter,
        "--status",
        "missing",
    )
    table = list(csv.DictReader(io.StringIO(out)))
    assert [r["id"] for r in table] == [
        e.id for e in review_queue(g, statuses=["missing"], letters=[letter])
    ]
    assert all(r["english"] == "" for r in table)


def test_every_decision_on_the_shipped_glossary(copy: Path, capsys) -> None:
    g = store.load(copy)
    queue = review_queue(g)
    proposed = next(e for e in queue if e.status == "proposed" and e.translation)
    missing = [e for e in queue if e.status == "missing"]
    p = str(copy)

    assert run(capsys, "approve", proposed.lemma, "--glossary", p)[0] == 0
    assert (
        run(
            capsys,
            "set",
            missing[0].id,
            "--en",
            "checked rendering",
            "--note",
            "see the letter",
            "--glossary",
            p,
        )[0]
        == 0
    )
    assert run(capsys, "note", proposed.id, "usage note", "--glossary", p)[0] == 0
    code, out, _ = run(capsys, "forbid", proposed.id, "--en", "bad rendering", "--glossary", p)
    assert code == 0 and out == f'{proposed.id}: "bad rendering" is now forbidden\n'
    code, out, _ = run(capsys, "reject", missing[1].id, "--reason", "not a term", "--glossary", p)
    assert code == 0 and "removed from the glossary" in out

    after = store.load(copy)
    a = after.get(proposed.id)
    assert (a.english, a.status, a.source) == (proposed.english, "reviewed", "manual")
    assert (a.note, a.forbidden) == ("usage note", ["bad rendering"])
    s = after.get(missing[0].id)
    assert (s.english, s.status, s.note) == ("checked rendering", "reviewed", "see the letter")
    assert missing[1].id not in after.entries
    assert load_rejections(copy.parent / "rejected.tsv").is_rejected(missing[1].lemma)
    assert len(after) == len(g) - 1

    code, out, _ = run(capsys, "history", proposed.id, "--glossary", p, "--json")
    assert [r["action"] for r in json.loads(out)] == ["approve", "note", "forbid"]
    assert {r["by"] for r in json.loads(out)} == {"terminologist"}

    code, out, _ = run(capsys, "diff", str(SHIPPED), p, "--json")
    data = json.loads(out)
    assert data["counts"] == {
        "added": 0,
        "removed": 1,
        "retranslated": 1,
        "status": 2,
        "stale": 0,
        "note": 2,
        "forbidden": 1,
    }

    code, out, _ = run(capsys, "unreject", missing[1].lemma, "--glossary", p)
    assert code == 0 and len(load_rejections(copy.parent / "rejected.tsv")) == 0


def test_homographs_in_the_shipped_glossary_ask_for_the_id(copy: Path, capsys) -> None:
    """Entries whose lemmas differ only in case or accents: their shared spelling is ambiguous."""
    from glossary.text import fold

    g = store.load(copy)
    groups: dict[str, list[str]] = {}
    for e in g.sorted_entries():
        groups.setdefault(fold(e.lemma), []).append(e.id)
    twins = [ids for ids in groups.values() if len(ids) > 1]
    if not twins:
        pytest.skip("the shipped glossary has no homographs (covered by the fixture tests)")
    ids = twins[0]
    query = fold(g.get(ids[0]).lemma).upper() + "x"
    assert run(capsys, "approve", query[:-1], "--glossary", str(copy))[0] in (0, 2)
