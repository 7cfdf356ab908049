"""The map step as a library call (``glossary.extract.scale.run``): progress, cache, failures."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from glossary.errors import InputError
from glossary.extract.scale.run import AnalysisOptions, analyse

LETTER = "Den Haag, 1 mei 2024\n\nDe lastenverdeling binnen de NAVO blijft een punt van zorg.\n"


def letters(folder: Path, n: int = 3) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"brief-{i}.txt").write_text(LETTER, encoding="utf-8")
    return folder


def test_progress_goes_from_zero_to_every_document(tmp_path):
    folder = letters(tmp_path / "letters")
    calls: list[tuple[int, int | None]] = []
    options = AnalysisOptions(inputs=[str(folder)], use_cache=False)
    result = analyse(options, progress=lambda done, total: calls.append((done, total)))
    assert result.summary.analysed == 3
    assert calls[0] == (0, 3) and calls[-1] == (3, 3)
    assert {done for done, _ in calls} == {0, 1, 2, 3}
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_progress_learns_the_total_at_the_end_from_a_manifest_on_stdin(tmp_path, monkeypatch):
    folder = letters(tmp_path / "letters")
    listing = "".join(f"{p}\n" for p in sorted(folder.iterdir()))
    monkeypatch.setattr(sys, "stdin", io.StringIO(listing))
    calls: list[tuple[int, int | None]] = []
    options = AnalysisOptions(manifest="-", use_cache=False)
    analyse(options, progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, None) and calls[-1] == (3, 3)
    assert all(total is None for _, total in calls[:-1])


def test_the_cache_options_decide_whether_documents_are_cached(tmp_path):
    folder = letters(tmp_path / "letters", 2)
    cache_dir = tmp_path / "cache"
    off = AnalysisOptions(inputs=[str(folder)], use_cache=False, cache_dir=str(cache_dir))
    analyse(off)
    assert not cache_dir.exists()
    on = AnalysisOptions(inputs=[str(folder)], cache_dir=str(cache_dir))
    first, second = analyse(on), analyse(on)
    assert (first.summary.analysed, first.summary.cached) == (2, 0)
    assert (second.summary.analysed, second.summary.cached) == (0, 2)
    assert second.stats == first.stats and second.letters == first.letters


def test_no_document_analysed_is_an_error_naming_the_first_failure(tmp_path):
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"Den Haag\n\xff\xfe kapot\n")
    (folder / "b.txt").write_bytes(b"")
    with pytest.raises(InputError) as caught:
        analyse(AnalysisOptions(inputs=[str(folder)], use_cache=False))
    error = caught.value
    assert error.path == str(folder / "a.txt") and error.line == 2
    assert error.message.startswith("not UTF-8")
    assert error.message.endswith(" (and 1 more documents failed)")


def test_fewer_than_one_job_is_refused_before_anything_is_read(tmp_path):
    with pytest.raises(InputError, match="--jobs must be at least 1, not 0"):
        analyse(AnalysisOptions(inputs=[str(tmp_path / "missing")], jobs=0))
