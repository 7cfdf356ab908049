"""Byte-for-byte comparison of what the product writes, before and after a refactoring.

``save DIR`` runs the real commands on the shipped letters and keeps their outputs in ``DIR``;
``check DIR`` runs them again and reports every output that differs (exit 1) or says all are
identical (exit 0). The outputs: the rebuilt shipped glossary, a fresh build, ``glossary extract``
as CSV (default cut and ``--all``) and JSON, the PO, POT, TBX and CSV exports, and the letter
pages of the documentation.

    .venv/bin/python scripts/compare_outputs.py save /tmp/before
    ... refactor ...
    .venv/bin/python scripts/compare_outputs.py check /tmp/before
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
#: A fixed build time, so timestamps written into a fresh glossary do not differ between runs.
EPOCH = "1767225600"


def _run(argv: list[str], out: Path | None = None, cwd: Path = ROOT) -> None:
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_COLOR": "1"}
    proc = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({proc.returncode}): {proc.stderr.strip()}")
    if out is not None:
        out.write_text(proc.stdout, encoding="utf-8")


def produce(dest: Path) -> None:
    """Run every command and write its output under ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    glossary = str(BIN / "glossary")
    letters = str(ROOT / "terms" / "letters")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        cache = ["--no-cache"]
        rebuilt = work / "rebuilt" / "glossary.json"
        rebuilt.parent.mkdir()
        shutil.copy(ROOT / "terms" / "glossary.json", rebuilt)
        _run([glossary, "build", "--letters", letters, "--out", str(rebuilt), *cache])
        shutil.copy(rebuilt, dest / "glossary-rebuilt.json")
        fresh = work / "fresh" / "glossary.json"
        fresh.parent.mkdir()
        _run([glossary, "build", "--letters", letters, "--out", str(fresh), *cache])
        shutil.copy(fresh, dest / "glossary-fresh.json")
    _run([glossary, "extract", letters, "--format", "csv", *cache], dest / "extract.csv")
    _run(
        [glossary, "extract", letters, "--all", "--format", "csv", *cache], dest / "extract-all.csv"
    )
    _run([glossary, "extract", letters, "--format", "json", *cache], dest / "extract.json")
    shipped = str(ROOT / "terms" / "glossary.json")
    for fmt, name in (("po", "export.po"), ("pot", "export.pot"), ("tbx", "export.tbx")):
        _run(
            [glossary, "export", "--glossary", shipped, "--format", fmt, "--out", str(dest / name)]
        )
    _run(
        [
            glossary,
            "export",
            "--glossary",
            shipped,
            "--format",
            "csv",
            "--out",
            str(dest / "export.csv"),
        ]
    )
    html = Path(tempfile.mkdtemp(prefix="compare-docs-"))
    try:
        _run([str(BIN / "sphinx-build"), "-q", "-b", "html", "docs", str(html)])
        pages = dest / "letters"
        pages.mkdir(exist_ok=True)
        for page in sorted((html / "letters" / "_generated").glob("*.html")):
            shutil.copy(page, pages / page.name)
    finally:
        shutil.rmtree(html, ignore_errors=True)


def compare(expected: Path, actual: Path) -> list[str]:
    """Names of the outputs that differ, with the first lines of each difference."""
    problems = []
    names = sorted({p.relative_to(expected) for p in expected.rglob("*") if p.is_file()})
    names_now = sorted({p.relative_to(actual) for p in actual.rglob("*") if p.is_file()})
    for missing in sorted(set(names) ^ set(names_now)):
        problems.append(f"{missing}: only in {'before' if missing in names else 'after'}")
    for name in names:
        a, b = expected / name, actual / name
        if b.is_file() and a.read_bytes() != b.read_bytes():
            diff = difflib.unified_diff(
                a.read_text(encoding="utf-8").splitlines(),
                b.read_text(encoding="utf-8").splitlines(),
                str(a),
                str(b),
                lineterm="",
            )
            problems.append(f"{name}: differs\n" + "\n".join(list(diff)[:20]))
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("save", "check"))
    parser.add_argument("dir", type=Path, help="folder of the saved outputs")
    args = parser.parse_args()
    if args.action == "save":
        produce(args.dir)
        print(f"saved {sum(1 for p in args.dir.rglob('*') if p.is_file())} outputs in {args.dir}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        produce(Path(tmp))
        problems = compare(args.dir, Path(tmp))
    for problem in problems:
        print(problem)
    if not problems:
        print(f"all outputs byte-identical to {args.dir}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
