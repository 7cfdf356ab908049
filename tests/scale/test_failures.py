"""A document that cannot be read or analysed is reported (file, reason), counted and skipped;
the others still make the glossary, and a failure is never cached."""

from __future__ import annotations

import json
import shutil

import pytest

from glossary.cli import main
from glossary.corpus.sources import iter_sources
from glossary.extract.scale.cache import CACHE_FILE, DocCache
from glossary.extract.scale.executors import SerialExecutor, _Worker, run_map


@pytest.fixture
def mixed(tmp_path, corpus):
    """Four good letters, one in Latin-1, one empty."""
    target = tmp_path / "letters"
    target.mkdir()
    for path in sorted(corpus.glob("*.txt")) + sorted((corpus / "generated").glob("*.txt"))[:2]:
        shutil.copy(path, target / path.name)
    (target / "latin1.txt").write_bytes("Eerste regel\nDe café van de NAVO\n".encode("latin-1"))
    (target / "leeg.txt").write_bytes(b"  \n")
    return target


def good_only(folder, settings):
    return run_map(
        (s for s in iter_sources([str(folder)]) if not s.path.endswith(("latin1.txt", "leeg.txt"))),
        settings,
        SerialExecutor(),
    )


def test_failures_are_reported_counted_skipped_and_never_cached(
    mixed, tmp_path, settings, monkeypatch
):
    broken = sorted(mixed.glob("kst-*.txt"))[0]
    analyze = _Worker.analyze

    def fragile(self, task):
        if task.path == str(broken):
            raise RuntimeError("tagger exploded\non two lines")
        return analyze(self, task)

    monkeypatch.setattr(_Worker, "analyze", fragile)
    with DocCache(tmp_path / CACHE_FILE) as cache:
        result = run_map(iter_sources([str(mixed)]), settings, SerialExecutor(), cache)
        summary = result.summary
        assert (summary.documents, summary.analysed, summary.cached) == (6, 3, 0)
        reasons = {f.name: (f.line, f.reason) for f in summary.failed}
        assert reasons[str(mixed / "latin1.txt")][0] == 2
        assert "not UTF-8" in reasons[str(mixed / "latin1.txt")][1]
        assert "empty file" in reasons[str(mixed / "leeg.txt")][1]
        assert reasons[str(broken)] == (
            None,
            "analysis failed: RuntimeError: tagger exploded on two lines",
        )
        assert broken.stem not in {m["id"] for m in result.letters}

        monkeypatch.setattr(_Worker, "analyze", analyze)
        again = run_map(iter_sources([str(mixed)]), settings, SerialExecutor(), cache)
        assert (again.summary.analysed, again.summary.cached, len(again.summary.failed)) == (
            1,
            3,
            2,
        )
    assert again.stats == good_only(mixed, settings).stats


def test_cli_extract_reports_failures_and_still_answers(mixed, tmp_path, capsys):
    code = main(["extract", str(mixed), "--json", "--cache-dir", str(tmp_path)])
    captured = capsys.readouterr()
    assert code == 0
    data = json.loads(captured.out)
    docs = data["documents"]
    assert (docs["documents"], docs["analysed"], docs["failed"]) == (6, 4, 2)
    assert [f["file"] for f in docs["failures"]] == [
        str(mixed / "latin1.txt"),
        str(mixed / "leeg.txt"),
    ]
    assert len(data["letters"]) == 4 and data["candidates"]
    assert f"failed: {mixed / 'latin1.txt'}:2: not UTF-8" in captured.err
    assert f"failed: {mixed / 'leeg.txt'}: empty file" in captured.err


def test_cli_build_counts_failures_and_strict_fails(mixed, tmp_path, capsys):
    out = tmp_path / "glossary.json"
    argv = ["build", "--letters", str(mixed), "--out", str(out), "--cache-dir", str(tmp_path)]
    assert main(argv) == 0
    text = capsys.readouterr().out
    assert "documents: 4 analysed, 0 from cache, 2 failed of 6" in text
    assert f"failed: {mixed / 'leeg.txt'}: empty file" in text
    assert main([*argv, "--strict", "--format", "json"]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["documents"]["failed"] == 2
    assert "leeg.txt: empty file" in captured.err


def test_when_every_document_fails_it_is_an_input_error(tmp_path, capsys):
    bad = tmp_path / "brief.txt"
    bad.write_bytes("Eerste regel\nDe café\n".encode("latin-1"))
    assert main(["extract", str(bad), "--no-cache"]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:2: not UTF-8" in err and "Traceback" not in err
