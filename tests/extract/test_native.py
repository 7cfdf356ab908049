"""The mypyc-compiled extraction modules: used when built and current, same output as source."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest

from glossary import native
from tests.conftest import run_python

ROOT = Path(__file__).resolve().parents[2]

EXTRACT = """
import dataclasses, json, sys
import glossary.extract.candidates as c
from glossary.corpus.letters import read_letters
from glossary.extract import extract_terms
from glossary.nlp.load import load_pipeline
from glossary.nlp.resources import Resources
res = Resources.default()
letters = read_letters([sys.argv[1]], res.is_word)
found = extract_terms(letters, load_pipeline(), res, min_score=None)
print(json.dumps({"file": c.__file__, "candidates": [dataclasses.asdict(x) for x in found]},
                 default=str))
"""


def _tree(tmp_path: Path, modules: list[str], *, built: bool) -> None:
    for module in modules:
        source = Path(native.source_path(module, str(tmp_path)))
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_text("X = 1\n", encoding="utf-8")
        os.utime(source, (1000, 1000))
    if built:
        library = Path(native.library_path(str(tmp_path)))
        library.parent.mkdir(parents=True, exist_ok=True)
        library.write_bytes(b"")
        os.utime(library, (2000, 2000))


def test_no_build_is_no_reason(tmp_path: Path) -> None:
    _tree(tmp_path, ["pkg.a"], built=False)
    assert native.pure_reason({}, str(tmp_path), ["pkg.a"]) is None


def test_current_build_runs(tmp_path: Path) -> None:
    _tree(tmp_path, ["pkg.a", "pkg.sub.b"], built=True)
    assert native.pure_reason({}, str(tmp_path), ["pkg.a", "pkg.sub.b"]) is None


def test_a_source_newer_than_the_build_falls_back(tmp_path: Path) -> None:
    _tree(tmp_path, ["pkg.a", "pkg.sub.b"], built=True)
    os.utime(native.source_path("pkg.sub.b", str(tmp_path)), (3000, 3000))
    reason = native.pure_reason({}, str(tmp_path), ["pkg.a", "pkg.sub.b"])
    assert reason is not None
    assert "b.py is newer than the compiled build" in reason


def test_the_environment_forces_source(tmp_path: Path) -> None:
    _tree(tmp_path, ["pkg.a"], built=True)
    reason = native.pure_reason({native.PURE_ENV: "1"}, str(tmp_path), ["pkg.a"])
    assert reason == f"{native.PURE_ENV} is set"


def test_source_finder_loads_the_py_file(tmp_path: Path) -> None:
    _tree(tmp_path, ["pkg.a"], built=False)
    spec = native.SourceFinder(str(tmp_path), ["pkg.a"]).find_spec("pkg.a", None)
    assert spec is not None and spec.origin == native.source_path("pkg.a", str(tmp_path))
    assert native.SourceFinder(str(tmp_path), ["pkg.a"]).find_spec("pkg.b", None) is None


def test_make_install_built_and_uses_the_compiled_modules() -> None:
    """``make test`` installs first, and installing compiles: a pure-Python suite would hide
    a broken build (set GLOSSARY_PURE_PYTHON to test pure Python on purpose)."""
    if os.environ.get(native.PURE_ENV):
        pytest.skip(f"{native.PURE_ENV} is set")
    assert native.status() == "compiled (mypyc)"


def test_pure_python_gives_the_same_candidates(letters_dir, all_candidates) -> None:
    pure = json.loads(run_python(EXTRACT, str(letters_dir), **{native.PURE_ENV: "1"}).stdout)
    assert pure["file"].endswith("candidates.py")
    here = json.loads(json.dumps([dataclasses.asdict(c) for c in all_candidates], default=str))
    assert len(here) > 500
    assert pure["candidates"] == here


def test_the_check_runs_before_the_first_compiled_import_only() -> None:
    """``glossary lookup`` imports no compiled module, so it never pays for the check."""
    code = (
        "import sys, glossary.lookup.search\n"
        "before = 'glossary.native' in sys.modules\n"
        "import glossary.extract.words\n"
        "print(before, 'glossary.native' in sys.modules)\n"
    )
    assert run_python(code).stdout.split() == ["False", "True"]
