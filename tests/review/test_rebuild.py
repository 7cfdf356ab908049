"""A build after review keeps every decision: the real build on the shipped letters, twice.

Build the shipped letters into a fresh glossary, review it through the real CLI (approve, set,
set against the term base, note, forbid, reject), rebuild into the same file, and check that
every decision is still there and that nothing else moved. Entries are chosen by their state in
the built glossary, never by name, so the test holds whatever the extractor finds.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from glossary.model import Entry, Glossary
from glossary.review.decisions import review_queue
from glossary.review.diff import diff
from glossary.review.rejections import load_rejections
from glossary.store import jsonfile as store
from glossary.text import fold

EXE = str(Path(sys.executable).parent / "glossary")
DECIDED_FIELDS = (
    "lemma",
    "kind",
    "translation",
    "alternatives",
    "status",
    "note",
    "forbidden",
    "history",
    "expansion",
    "definition",
)


def glossary_cmd(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NATO_GLOSSARY_USER": "terminologist", "SOURCE_DATE_EPOCH": "1750000000"}
    env.pop("NATO_GLOSSARY", None)
    return subprocess.run([EXE, *argv], capture_output=True, text=True, env=env, check=False)


def build(out: Path) -> dict[str, Any]:
    proc = glossary_cmd("build", "--out", str(out), "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def decided(e: Entry) -> dict[str, Any]:
    data = e.to_json()
    return {k: data[k] for k in DECIDED_FIELDS}


def pick(g: Glossary, test, taken: set[str]) -> Entry:
    """The first entry of the review queue that passes ``test`` and is not yet used."""
    for e in review_queue(g, include_reviewed=True):
        if e.id not in taken and test(e):
            taken.add(e.id)
            return e
    pytest.fail("the built glossary has no entry for this review step")


@pytest.fixture(scope="module")
def session(tmp_path_factory) -> dict[str, Any]:
    """Build, review, rebuild; keep every intermediate state for the tests below."""
    folder = tmp_path_factory.mktemp("rebuild") / "terms"
    folder.mkdir()
    path = folder / "glossary.json"
    build(path)
    built = store.load(path)
    shutil.copy(path, folder / "built.json")

    taken: set[str] = set()
    computed = {"compound", "letter"}
    approved = pick(built, lambda e: e.status == "proposed" and e.source in computed, taken)
    to_set = pick(built, lambda e: e.status == "missing", taken)
    termbase = pick(built, lambda e: e.status == "reviewed" and e.source == "termbase", taken)
    noted = pick(built, lambda e: e.status == "proposed" and e.source in computed, taken)
    forbidden = pick(built, lambda e: e.status == "proposed" and e.source in computed, taken)
    rejected = pick(built, lambda e: e.status == "missing" and e.kind == "term", taken)
    senses: dict[str, list[Entry]] = {}
    for e in built.sorted_entries():
        senses.setdefault(fold(e.lemma), []).append(e)
    pair = next((p for p in senses.values() if len(p) == 2 and not taken & {e.id for e in p}), None)
    if pair is None:
        pytest.fail("the built glossary has no homograph pair to reject one sense of")
    one_sense, twin = pair[1], pair[0]

    g = str(path)
    steps = [
        ("approve", approved.id, "--glossary", g),
        (
            "set",
            to_set.id,
            "--en",
            "reviewed rendering",
            "--alt",
            "accepted variant",
            "--note",
            "set by the terminologist",
            "--glossary",
            g,
        ),
        ("set", termbase.id, "--en", f"{termbase.english} (house style)", "--glossary", g),
        ("note", noted.id, "check the context first", "--glossary", g),
        (
            "forbid",
            forbidden.id,
            "--en",
            forbidden.english,
            "--en",
            "wrong rendering",
            "--glossary",
            g,
        ),
        ("reject", rejected.lemma, "--reason", "not a term", "--glossary", g),
        ("reject", f"id:{one_sense.id}", "--reason", "duplicate sense", "--glossary", g),
    ]
    for argv in steps:
        proc = glossary_cmd(*argv)
        assert proc.returncode == 0, (argv, proc.stderr)
    reviewed = store.load(path)
    shutil.copy(path, folder / "reviewed.json")
    report = build(path)
    return {
        "built": built,
        "reviewed": reviewed,
        "rebuilt": store.load(path),
        "report": report,
        "path": path,
        "ids": {
            "approved": approved.id,
            "set": to_set.id,
            "termbase": termbase.id,
            "noted": noted.id,
            "forbidden": forbidden.id,
            "rejected": rejected.id,
        },
        "forbidden_english": forbidden.english,
        "rejected_lemma": rejected.lemma,
        "one_sense": one_sense.id,
        "twin": twin.id,
    }


def test_reviewed_translations_survive(session) -> None:
    ids, reviewed, rebuilt = session["ids"], session["reviewed"], session["rebuilt"]
    for key in ("approved", "set", "termbase"):
        before, after = reviewed.get(ids[key]), rebuilt.get(ids[key])
        assert after is not None, key
        assert after.status == "reviewed" and after.is_human, key
        assert decided(after) == decided(before), key
    a = rebuilt.get(ids["approved"])
    assert a.english == session["built"].get(ids["approved"]).english
    assert a.history[0].action == "approve" and a.history[0].by == "terminologist"
    s = rebuilt.get(ids["set"])
    assert (s.english, s.source, s.note) == (
        "reviewed rendering",
        "manual",
        "set by the terminologist",
    )
    assert [t.text for t in s.alternatives][:1] == ["accepted variant"]


def test_a_reviewed_rendering_against_the_term_base_is_reported_not_overwritten(session) -> None:
    tid = session["ids"]["termbase"]
    assert session["rebuilt"].get(tid).english.endswith("(house style)")
    conflicts = {c["id"]: c for c in session["report"]["report"]["conflicts"]}
    assert tid in conflicts
    assert conflicts[tid]["termbase"] == session["built"].get(tid).english


def test_notes_and_forbidden_renderings_survive(session) -> None:
    ids, rebuilt = session["ids"], session["rebuilt"]
    n = rebuilt.get(ids["noted"])
    assert n.note == "check the context first"
    assert [d.action for d in n.history] == ["note"]
    f = rebuilt.get(ids["forbidden"])
    assert f.forbidden == [session["forbidden_english"], "wrong rendering"]
    assert f.english not in f.forbidden
    assert all(t.text not in f.forbidden for t in f.alternatives)
    assert [d.action for d in f.history] == ["forbid", "forbid"]


def test_rejected_terms_do_not_come_back(session) -> None:
    rid = session["ids"]["rejected"]
    assert rid in session["built"].entries and rid not in session["reviewed"].entries
    assert rid not in session["rebuilt"].entries
    assert session["rejected_lemma"] in session["report"]["report"]["rejected"]
    rejected = load_rejections(session["path"].parent / "rejected.tsv")
    assert rejected.get(session["rejected_lemma"]).reason == "not a term"


def test_one_rejected_sense_of_a_homograph_stays_out_and_its_twin_stays_in(session) -> None:
    one, twin = session["one_sense"], session["twin"]
    rejected = load_rejections(session["path"].parent / "rejected.tsv")
    assert rejected.get(f"id:{one}").reason == "duplicate sense"
    assert one not in session["reviewed"].entries and twin in session["reviewed"].entries
    assert one not in session["rebuilt"].entries
    assert session["rebuilt"].get(twin).to_json() == session["reviewed"].get(twin).to_json()


def test_the_rebuild_changes_nothing_else(session) -> None:
    """Apart from the entries the reviewer touched, the rebuild is a no-op."""
    d = diff(session["reviewed"], session["rebuilt"])
    touched = set(session["ids"].values()) | {session["one_sense"]}
    for name, items in d.changes.items():
        assert [c.id for c in items if c.id not in touched] == [], name
    reviewed, rebuilt = session["reviewed"], session["rebuilt"]
    assert set(rebuilt.entries) == set(reviewed.entries)
    for eid, before in reviewed.entries.items():
        if eid in touched:
            continue
        assert rebuilt.entries[eid].to_json() == before.to_json(), eid


def test_history_and_diff_on_the_rebuilt_glossary(session) -> None:
    g = str(session["path"])
    proc = glossary_cmd("history", session["ids"]["set"], "--glossary", g)
    assert proc.returncode == 0
    assert " terminologist  set  alt=accepted variant; en=reviewed rendering;" in proc.stdout
    proc = glossary_cmd("history", session["rejected_lemma"], "--glossary", g)
    assert proc.returncode == 0 and "reject  reason=not a term" in proc.stdout
    built = str(session["path"].parent / "built.json")
    proc = glossary_cmd("diff", built, g, "--format", "json")
    data = json.loads(proc.stdout)
    assert sorted(c["id"] for c in data["removed"]) == sorted(
        [session["ids"]["rejected"], session["one_sense"]]
    )
    assert {c["id"] for c in data["status"]} >= {session["ids"]["approved"], session["ids"]["set"]}
    assert session["ids"]["set"] in {c["id"] for c in data["retranslated"]}
