"""``build_glossary``, the library call behind ``glossary build``: the API page's example runs
as shown and writes what the command writes."""

from __future__ import annotations

import tempfile
from pathlib import Path

from glossary.build import BuildOptions, build_glossary
from glossary.cli import main
from glossary.store.jsonfile import dumps
from scripts.doc_examples import code_block
from tests.conftest import LETTERS_DIR, ROOT

API_PAGE = ROOT / "docs" / "reference" / "api.rst"
#: A fixed build time, so the timestamps of two fresh builds agree.
EPOCH = "1767225600"


def test_the_api_page_example_writes_what_glossary_build_writes(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    (tmp_path / "example").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "example"))
    namespace: dict[str, object] = {}
    exec(compile(code_block(API_PAGE, "api-build-example"), str(API_PAGE), "exec"), namespace)
    printed = capsys.readouterr().out
    assert printed == code_block(API_PAGE, "api-build-example-output") + "\n"

    by_command = tmp_path / "command" / "glossary.json"
    assert main(["build", "--out", str(by_command), "--no-cache"]) == 0
    capsys.readouterr()
    written = namespace["out"]
    assert isinstance(written, Path) and written.parent.parent == tmp_path / "example"
    assert written.read_bytes() == by_command.read_bytes()
    assert dumps(namespace["outcome"].glossary) == by_command.read_text(encoding="utf-8")


def test_the_outcome_tells_what_was_read_and_written(tmp_path):
    calls: list[tuple[int, int | None]] = []
    out = tmp_path / "glossary.json"
    options = BuildOptions(letters=[str(LETTERS_DIR)], out=out, use_cache=False)
    outcome = build_glossary(options, progress=lambda done, total: calls.append((done, total)))
    assert outcome.path == out and out.is_file()
    assert sorted(outcome.letters) == sorted(outcome.glossary.letters) and len(outcome.letters) == 2
    assert sorted(outcome.report.new) == sorted(outcome.glossary.entries)
    assert (outcome.documents.analysed, outcome.documents.cached) == (2, 0)
    assert (outcome.mt_provider, outcome.mt_stats) == (None, None)
    assert calls[0] == (0, 2) and calls[-1] == (2, 2)

    one = LETTERS_DIR / "kst-28676-328.txt"
    again = build_glossary(BuildOptions(letters=[str(one)], out=out))
    assert len(again.letters) == 1 and again.report.stale
    assert all(again.glossary.entries[i].stale for i in again.report.stale)
    assert len(again.glossary) == len(outcome.glossary) + len(again.report.new)
