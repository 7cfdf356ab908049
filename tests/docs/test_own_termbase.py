"""The guide's "Using your own termbase" examples build as the page shows: the TBX, the Weblate
CSV, ``conf.py`` and the page are read from the page itself, built with the text builder, and
the output compared with what the page prints."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from scripts.doc_examples import code_block
from tests.conftest import ROOT

PAGE = ROOT / "docs" / "guide" / "sphinx-extension.rst"


def shown_output(run_name: str) -> tuple[str, str]:
    """(what ``sphinx-build`` printed, the ``cat`` output) of a ``.. run:`` block."""
    lines = PAGE.read_text(encoding="utf-8").splitlines()
    at = lines.index(f".. run: {run_name}")
    start = next(i for i in range(at, len(lines)) if lines[i].startswith(".. code-block::")) + 2
    end = start
    while end < len(lines) and (not lines[end].strip() or lines[end].startswith("   ")):
        end += 1
    body = "\n".join(line[3:] for line in lines[start:end]).strip("\n")
    build, _, cat = body.partition("\n$ cat docs/_build/text/index.txt\n")
    return build.split("\n", 1)[1] if "\n" in build else "", cat


def _build(docs: Path, tmp_path: Path) -> tuple[str, str]:
    out = tmp_path / "text"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-q",
            "--no-color",
            "-E",
            "-b",
            "text",
            str(docs),
            str(out),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return proc.stderr, (out / "index.txt").read_text(encoding="utf-8").rstrip("\n")


def test_the_termbase_examples_build_as_the_page_shows(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "defensietermen.tbx").write_text(code_block(PAGE, "own-tbx"), encoding="utf-8")
    (docs / "weblate-glossary.csv").write_text(code_block(PAGE, "own-csv") + "\n", encoding="utf-8")
    (docs / "conf.py").write_text(code_block(PAGE, "own-tbx-conf") + "\n", encoding="utf-8")
    (docs / "index.rst").write_text(code_block(PAGE, "own-page") + "\n", encoding="utf-8")
    (docs / "woordenlijst.rst").write_text(
        "Woordenlijst\n============\n\n.. nato-glossary::\n", encoding="utf-8"
    )

    warnings, text = _build(docs, tmp_path)
    assert warnings == ""
    assert text == shown_output("own-tbx-text")[1]

    with open(docs / "conf.py", "a", encoding="utf-8") as conf:
        conf.write(code_block(PAGE, "own-csv-conf") + "\n")
    warnings, text = _build(docs, tmp_path)
    shown_warning, shown_text = shown_output("own-csv-text")
    assert text == shown_text
    tbx, csv = docs / "defensietermen.tbx", docs / "weblate-glossary.csv"
    assert warnings.strip() == (
        f"WARNING: glossary files disagree on 'bondgenoot': {tbx} says 'ally', {csv} says "
        f"'Ally'; using {tbx}'s [nato-glossary.conflict]"
    )
    # the page shows the same warning, from the folder the examples were run in
    assert re.sub(r"\S*/docs/", "docs/", shown_warning) == re.sub(
        r"\S*/docs/", "docs/", warnings.strip()
    )
