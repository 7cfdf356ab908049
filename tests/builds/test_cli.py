"""``glossary build`` and ``glossary stats`` end to end: real pipeline, shipped letters, offline."""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path

import jsonschema
import pytest

from glossary.cli import main
from glossary.model import Translation
from glossary.paths import DATA_DIR, shipped_terms_dir
from glossary.store import jsonfile as store
from glossary.translate.termbase import load_termbase
from tests.conftest import LETTERS_DIR
from tests.translation.conftest import (  # noqa: F401  (fixtures)
    Reply,
    provider,
    provider_server,
)

SCHEMA = json.loads((DATA_DIR / "glossary.schema.json").read_text(encoding="utf-8"))
LETTER_TEXT = "\n".join(p.read_text(encoding="utf-8") for p in sorted(LETTERS_DIR.glob("*.txt")))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


class NoNetwork:
    """Fails any socket connection, to prove an offline build sends nothing anywhere."""

    def __init__(self, monkeypatch) -> None:
        self.attempts: list[object] = []

        def refuse(sock, address):
            self.attempts.append(address)
            raise OSError("network access during an offline build")

        monkeypatch.setattr(socket.socket, "connect", refuse)
        monkeypatch.setattr(socket.socket, "connect_ex", refuse)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, dict]:
    """One offline build of the shipped letters into a fresh file, with its JSON summary."""
    out = tmp_path_factory.mktemp("build") / "glossary.json"
    capture = pytest.MonkeyPatch()
    try:
        NoNetwork(capture)
        import io
        import sys

        buffer = io.StringIO()
        capture.setattr(sys, "stdout", buffer)
        code = main(["build", "--out", str(out), "--format", "json"])
    finally:
        capture.undo()
    assert code == 0
    return out, json.loads(buffer.getvalue())


def entry_for(glossary, lemma: str):
    hits = [e for e in glossary if e.lemma == lemma]
    assert hits, f"{lemma!r} not in the glossary"
    return hits[0]


@pytest.mark.parametrize(
    ("lemma", "english"),
    [
        ("lastenverdeling", "burden sharing"),
        ("afschrikking", "deterrence"),
        ("NAVO", "NATO"),
        ("SACEUR", "SACEUR"),
        ("IP4", "IP4"),
        ("bondgenootschap", "Alliance"),
        ("afschrikking en verdediging", "deterrence and defence"),
        ("collectieve verdediging", "collective defence"),
        ("wapenbeheersing", "arms control"),
        ("luchtverdediging", "air defence"),
    ],
)
def test_named_terms_get_the_term_base_english(built, lemma, english):
    glossary = store.load(built[0])
    entry = entry_for(glossary, lemma)
    assert (entry.english, entry.source, entry.status) == (english, "termbase", "reviewed")
    assert entry.count >= 1 and entry.examples and not entry.stale


def test_every_source_is_honest(built):
    """Term-base English is the term base's; letter English is in the letters; the rest says so."""
    glossary = store.load(built[0])
    termbase = load_termbase(shipped_terms_dir() / "termbase.tsv")
    sources = {e.source for e in glossary}
    assert {"termbase", "cldr", "letter", "compound", None} <= sources
    for entry in glossary:
        if entry.source == "termbase":
            row = termbase.lookup(entry.lemma, entry.kind) or next(
                termbase.lookup(f, entry.kind) for f in entry.forms if termbase.lookup(f)
            )
            status = "reviewed" if row.official else "proposed"
            assert entry.english == row.en and entry.status == status
        elif entry.source == "cldr":
            assert entry.status == "proposed" and entry.kind == "entity"
        elif entry.source == "letter":
            assert entry.status == "proposed"
            if entry.english == entry.lemma:  # an English term used as such (lemmatized)
                assert any(form in LETTER_TEXT for form in entry.forms)
            else:
                assert entry.english in LETTER_TEXT
        elif entry.source == "compound":
            assert entry.status == "proposed" and entry.translation.confidence < 0.8
            assert entry.translation.note.startswith("composed from")
        else:
            assert entry.status == "missing" and entry.translation is None


def test_compound_translation_on_the_letters(built):
    glossary = store.load(built[0])
    compounds = {e.lemma: e.english for e in glossary if e.source == "compound"}
    expected = {
        "luchtverdedigingsmiddel": "air defence asset",
        "luchtverdedigingscoalitie": "air defence coalition",
    }
    found = {k: v for k, v in compounds.items() if k in expected}
    assert found and all(expected[k] == v for k, v in found.items()), compounds


def test_summary_and_schema(built):
    path, summary = built
    jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), SCHEMA)
    assert summary["letters"] == 2
    assert summary["summary"]["entries"] == len(store.load(path))
    assert summary["report"]["new"] and summary["report"]["changed"] == []
    assert summary["machine_translation"] == {"provider": None}
    assert summary["summary"]["by_status"]["machine"] == 0
    assert summary["summary"]["english"]["of"] == summary["summary"]["entries"]


def test_rebuild_keeps_reviewed_entries_and_is_byte_identical(built, tmp_path, capsys):
    out = tmp_path / "glossary.json"
    shutil.copy(built[0], out)
    glossary = store.load(out)
    entry = entry_for(glossary, "lastenverdeling")
    entry.translation = Translation("burden-sharing arrangements", "manual", 1.0)
    entry.note = "reviewed by hand"
    store.save(glossary, out)
    before = out.read_bytes()
    code, text, _ = run(capsys, "build", "--out", str(out))
    assert code == 0
    assert out.read_bytes() == before  # nothing else changed, and the reviewed entry stayed
    assert "0 new, 0 changed" in text
    english = sum(e.translation is not None for e in glossary)
    share = f"{100 * english / len(glossary):.1f}%"
    assert text.splitlines()[0].endswith(
        f"; English for {english} of {len(glossary)} entries ({share})"
    )
    assert "\n  English by status: reviewed " in text and "\n  English by source: " in text
    assert "term-base conflicts: 1" in text and "lastenverdeling" in text


def test_stale_then_prune(built, tmp_path, capsys):
    out = tmp_path / "glossary.json"
    shutil.copy(built[0], out)
    one = str(LETTERS_DIR / "kst-28676-467.txt")
    code, text, _ = run(capsys, "build", "--out", str(out), "--letters", one)
    assert code == 0
    glossary = store.load(out)
    stale = [e for e in glossary if e.stale]
    only_2019 = [e.id for e in store.load(built[0]) if e.letters == ["kst-28676-328"]]
    assert only_2019 and all(glossary.entries[i].stale for i in only_2019)
    assert entry_for(glossary, "lastenverdeling").stale  # only in the 2019 letter
    assert f"{len(stale)} newly stale" in text
    code, text, _ = run(capsys, "build", "--out", str(out), "--letters", one, "--prune")
    assert code == 0 and f"{len(stale)} pruned" in text
    assert not any(e.stale for e in store.load(out))


def test_rejected_terms_are_skipped(built, tmp_path, capsys):
    out = tmp_path / "glossary.json"
    shutil.copy(built[0], out)
    (tmp_path / "rejected.tsv").write_text(
        "term\treason\nwerkdiner\tnot a NATO term\n", encoding="utf-8"
    )
    code, _, _ = run(capsys, "build", "--out", str(out))
    assert code == 0
    assert not [e for e in store.load(out) if e.lemma == "werkdiner"]


def test_machine_translation_opt_in(built, provider, tmp_path, capsys):  # noqa: F811
    out = tmp_path / "glossary.json"
    shutil.copy(built[0], out)
    provider.reset("marking")
    missing = {e.id: e for e in store.load(out) if e.status == "missing"}
    code, text, _ = run(
        capsys, "build", "--out", str(out), "--mt", "libre", "--mt-url", provider.url
    )
    assert code == 0
    asked = [s.query["q"][0] for s in provider.seen]
    assert asked and all(q.startswith("NAVO: ") for q in asked)
    assert len(asked) <= len(missing)  # only terms nothing else could translate
    assert "machine translation (libre)" in text
    glossary = store.load(out)
    for entry_id, before in missing.items():
        after = glossary.entries[entry_id]
        if before.kind == "acronym" and not before.expansion:
            assert after.status == "missing"  # an acronym alone is never sent
        else:
            asked_for = before.expansion if before.kind == "acronym" else before.lemma
            assert (after.status, after.source) == ("machine", "mt:libre")
            assert after.english == f"en({asked_for})"
    others = [e for e in glossary if e.id not in missing]
    assert all(e.status != "machine" for e in others)
    requests = provider.requests
    code, _, _ = run(capsys, "build", "--out", str(out), "--mt", "libre", "--mt-url", provider.url)
    assert code == 0 and provider.requests == requests  # every answer came from the cache


def test_machine_translation_failures(built, provider, tmp_path, capsys):  # noqa: F811
    out = tmp_path / "glossary.json"
    shutil.copy(built[0], out)
    before = out.read_bytes()
    provider.script = [Reply(500, body="{}") for _ in range(2000)]
    argv = [
        "build",
        "--out",
        str(out),
        "--mt",
        "libre",
        "--mt-url",
        provider.url,
        "--mt-retries",
        "0",
    ]
    code, text, err = run(capsys, *argv)
    assert code == 0
    assert "terms failed (left missing)" in text and "server error (HTTP 500)" in err
    assert out.read_bytes() == before  # failed terms stay missing: nothing changed
    code, _, _ = run(capsys, *argv, "--strict")
    assert code == 1


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--termbase", "{tmp}/tb.tsv"], "tb.tsv:2: empty 'en' cell"),
        (["--mt", "deepl"], "needs an API key in $DEEPL_API_KEY"),
        (["--mt-url", "http://127.0.0.1:9/"], "--mt-url needs --mt PROVIDER"),
        (["--letters", "{tmp}/nothing.txt"], "nothing.txt"),
        (["--jobs", "0"], "--jobs must be at least 1"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, monkeypatch, argv, message):
    monkeypatch.delenv("DEEPL_API_KEY", raising=False)
    (tmp_path / "tb.tsv").write_text("nl\ten\nlastenverdeling\t\n", encoding="utf-8")
    out = tmp_path / "out.json"
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code, _, err = run(capsys, "build", "--out", str(out), *argv)
    assert code == 2
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()


def test_malformed_existing_glossary_is_never_overwritten(tmp_path, capsys):
    out = tmp_path / "glossary.json"
    out.write_text('{"schema_version": 1, "entries": [\n', encoding="utf-8")
    code, _, err = run(capsys, "build", "--out", str(out))
    assert code == 2 and "malformed glossary JSON" in err and f"{out}:2" in err
    assert out.read_text(encoding="utf-8") == '{"schema_version": 1, "entries": [\n'


def test_stats(built, capsys):
    path = str(built[0])
    code, text, _ = run(capsys, "stats", "--glossary", path)
    assert code == 0
    total = len(store.load(path))
    assert f"{total} entries from 2 letters" in text and "by source: termbase" in text
    glossary = store.load(path)
    english = [e for e in glossary if e.translation is not None]
    first = text.splitlines()[0]
    assert first.endswith(
        f"; English for {len(english)} of {total} entries ({100 * len(english) / total:.1f}%)"
    )
    code, text, _ = run(capsys, "stats", "--glossary", path, "--json")
    data = json.loads(text)
    assert data["entries"] == total
    assert sum(data["by_status"].values()) == total == sum(data["by_source"].values())
    assert set(data["by_status"]) == {"reviewed", "proposed", "machine", "missing"}
    coverage = data["english"]
    assert (coverage["entries"], coverage["of"]) == (len(english), total)
    assert (
        sum(coverage["by_source"].values()) == sum(coverage["by_status"].values()) == len(english)
    )
    assert "missing" not in coverage["by_status"] and "none" not in coverage["by_source"]
    assert coverage["by_source"]["termbase"] == sum(e.source == "termbase" for e in english)
    acronyms = [e for e in glossary if e.kind == "acronym"]
    assert data["english_expansion"] == {
        "acronyms": sum(e.english_expansion is not None for e in acronyms),
        "of": len(acronyms),
    }
    assert data["english_expansion"]["acronyms"] > 0  # the build fills them in


def test_stats_on_a_missing_file(tmp_path, capsys):
    code, _, err = run(capsys, "stats", "--glossary", str(tmp_path / "none.json"))
    assert code == 2 and "glossary file not found" in err
