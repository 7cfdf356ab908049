"""``make demo``: the whole product on the shipped letters, offline, with progress and paths.

Each step runs the real ``glossary`` command (or ``sphinx-build``) exactly as a user would and
stops the demo with the step's own error message if it fails.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
OUT = ROOT / "demo-output"


def step(number: int, total: int, title: str, argv: list[str], show: int | None = None) -> None:
    """Run one command, print its output (the first ``show`` lines when given)."""
    print(f"\n[{number}/{total}] {title}\n$ {shlex.join(argv)}", flush=True)
    start = time.perf_counter()
    proc = subprocess.run(argv, cwd=ROOT, text=True, capture_output=True)
    lines = (proc.stdout + proc.stderr).rstrip().splitlines()
    for line in lines if show is None else lines[:show]:
        print(f"  {line}")
    if show is not None and len(lines) > show:
        print(f"  ... ({len(lines) - show} more lines)")
    if proc.returncode not in (0, 1):
        print(f"demo: step {number} failed with exit code {proc.returncode}", file=sys.stderr)
        sys.exit(proc.returncode)
    print(f"  ({time.perf_counter() - start:.1f} s)", flush=True)


def main() -> int:
    OUT.mkdir(exist_ok=True)
    glossary = str(BIN / "glossary")
    steps: list[tuple[str, list[str], int | None]] = [
        (
            "The Dutch pipeline on the first sentence of a shipped letter",
            [str(BIN / "python"), "-m", "glossary.nlp", "terms/letters/kst-28676-467.txt"],
            30,
        ),
        (
            "Top terms extracted from the shipped letters",
            [glossary, "extract", "terms/letters/", "--top", "15"],
            None,
        ),
        (
            "The same letters as published: official XML (with metadata.xml), read as they are",
            [
                glossary,
                "extract",
                "examples/letters/kst-28676-328.xml",
                "examples/letters/kst-28676-467.xml",
                "--top",
                "10",
            ],
            None,
        ),
        (
            "Build the glossary (offline: no text leaves the machine)",
            [glossary, "build", "--letters", "terms/letters/"],
            None,
        ),
        ("Look up a Dutch term", [glossary, "lookup", "afschrikking", "--examples", "1"], None),
        ("Look up English → Dutch", [glossary, "lookup", "--reverse", "burden sharing"], None),
        ("What awaits review", [glossary, "review", "--limit", "5"], None),
        (
            "Export for translators (PO)",
            [glossary, "export", "--format", "po", "--out", str(OUT / "glossary.po")],
            None,
        ),
        (
            "Build the documentation with the glossary extension",
            [str(BIN / "sphinx-build"), "-q", "-b", "html", "docs", "docs/_build/html"],
            40,
        ),
    ]
    for i, (title, argv, show) in enumerate(steps, 1):
        step(i, len(steps), title, argv, show)
    html = ROOT / "docs" / "_build" / "html"
    print("\nWhere to look:")
    print(f"  glossary (JSON)       {ROOT / 'terms' / 'glossary.json'}")
    print(f"  PO export             {OUT / 'glossary.po'}")
    print(f"  documentation         {html / 'index.html'}")
    print(f"  letters, terms linked {html / 'letters' / '_generated' / 'kst-28676-467.html'}")
    print(f"  bilingual glossary    {html / 'glossary.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
