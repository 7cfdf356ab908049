"""The per-document cache: an unchanged corpus analyses nothing, a changed file only itself."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from glossary.cli import main
from glossary.corpus.sources import iter_sources
from glossary.extract.scale.cache import CACHE_FILE, DocCache
from glossary.extract.scale.executors import SerialExecutor, make_settings, run_map


@pytest.fixture
def small(tmp_path, corpus):
    """A writable copy of six documents of the corpus."""
    target = tmp_path / "letters"
    target.mkdir()
    for path in sorted(corpus.glob("*.txt")) + sorted((corpus / "generated").glob("*.txt"))[:4]:
        shutil.copy(path, target / path.name)
    return target


def run(folder, cache, settings):
    return run_map(iter_sources([str(folder)]), settings, SerialExecutor(), cache)


def counts(result) -> tuple[int, int, int]:
    s = result.summary
    return s.analysed, s.cached, len(s.failed)


def test_unchanged_corpus_analyses_nothing_and_one_change_reanalyses_one(small, tmp_path, settings):
    with DocCache(tmp_path / "cache" / CACHE_FILE) as cache:
        first = run(small, cache, settings)
        assert counts(first) == (6, 0, 0)
        again = run(small, cache, settings)
        assert counts(again) == (0, 6, 0)
        assert again.stats == first.stats and again.letters == first.letters

        changed = sorted(small.glob("kst-28676-10*.txt"))[1]
        changed.write_text(
            changed.read_text(encoding="utf-8").replace("NAVO", "NAVO-bondgenootschap", 1),
            encoding="utf-8",
        )
        third = run(small, cache, settings)
        assert counts(third) == (1, 5, 0)

        shutil.copy(changed, small / "kst-28676-9999.txt")
        fourth = run(small, cache, settings)
        assert counts(fourth) == (1, 6, 0)
    fresh = run(small, None, settings)
    assert counts(fresh) == (7, 0, 0)
    assert fourth.stats == fresh.stats and fourth.letters == fresh.letters


def test_the_key_covers_the_analysis_settings_and_damaged_rows(small, tmp_path, settings):
    with DocCache(tmp_path / CACHE_FILE) as cache:
        run(small, cache, settings)
        seeded = make_settings(seeds=["afschrikking en verdediging"])
        assert seeded.fingerprint != settings.fingerprint
        assert counts(run(small, cache, seeded)) == (6, 0, 0)
        assert len(cache) == 12
    db = sqlite3.connect(tmp_path / CACHE_FILE)
    db.execute("UPDATE document SET payload = x'00ff' WHERE rowid = 1")
    db.commit()
    db.close()
    with DocCache(tmp_path / CACHE_FILE) as cache:
        assert sorted(counts(run(small, cache, s)) for s in (settings, seeded)) == [
            (0, 6, 0),
            (1, 5, 0),
        ]


def test_renaming_a_file_is_a_new_document(small, tmp_path, settings):
    """Letter ids come from file names and appear in the statistics, so they key the cache."""
    with DocCache(tmp_path / CACHE_FILE) as cache:
        run(small, cache, settings)
        first = sorted(small.glob("*.txt"))[0]
        first.rename(small / "renamed.txt")
        result = run(small, cache, settings)
        assert counts(result) == (1, 5, 0)
        assert "renamed" in {m["id"] for m in result.letters}


def test_a_file_that_is_not_a_cache_is_a_one_line_error(tmp_path, capsys, small):
    (tmp_path / CACHE_FILE).write_bytes(b"this is no database" * 100)
    code = main(["extract", str(small), "--cache-dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2
    assert "per-document cache unusable" in err and CACHE_FILE in err and "--no-cache" in err


def test_cli_reports_analysed_and_cached_documents(small, tmp_path, capsys):
    argv = ["extract", str(small), "--cache-dir", str(tmp_path), "--json"]
    assert main(argv) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(argv) == 0
    second = json.loads(capsys.readouterr().out)
    assert (first["documents"]["analysed"], first["documents"]["from_cache"]) == (6, 0)
    assert (second["documents"]["analysed"], second["documents"]["from_cache"]) == (0, 6)
    assert second["candidates"] == first["candidates"]
    assert second["letters"] == first["letters"]
    assert main([*argv, "--no-cache"]) == 0
    assert json.loads(capsys.readouterr().out)["documents"]["analysed"] == 6
    assert main(["extract", str(small), "--cache-dir", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "0 analysed, 6 from cache, 0 failed of 6" in err
