"""Letter readers: speed and memory on a 100-page PDF, time per format, and agreement.

* **100-page PDF**: the shipped letters' printed PDFs (``examples/letters``) concatenated to
  100 pages with pypdf; the PDF reader reads it in a fresh process (median of 3), giving pages
  per second and the process's peak resident memory, against a baseline process that only
  imports the reader;
* **per format**: the median time to read each shipped letter from every format, as a ratio to
  reading its text version, measured in the same run;
* **agreement**: the share of the text versions' top 200 terms that each format's letters give
  (the issue's measure), and whether the metadata are the same.
"""

from __future__ import annotations

import functools
import io
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from _util import ROOT, machine, median, rst_table, write_page

from glossary.model import Letter

EXAMPLES = ROOT / "examples" / "letters"
NUMBERS = ("328", "467")
FORMATS = ("xml", "html", "pdf", "docx", "odt")
PAGES = 100
RUNS = 3

_CHILD = """
import json, resource, sys, time
from glossary.corpus.letters import LetterFile, read_letter
import glossary.corpus.readers.pdf  # noqa: F401
import pdfplumber  # noqa: F401
path = sys.argv[1]
data = open(path, "rb").read() if path != "-" else b""
start = time.perf_counter()
if data:
    letter = read_letter(LetterFile(data, path, path, "big"))
    words = len(letter.clean.split())
else:
    words = 0
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"seconds": seconds, "peak": peak, "words": words}))
"""


def big_pdf(path: Path) -> int:
    """The shipped letters' PDFs repeated to ``PAGES`` pages; the page count."""
    from pypdf import PdfReader, PdfWriter

    sources = [
        PdfReader(io.BytesIO((EXAMPLES / f"kst-28676-{n}.pdf").read_bytes())) for n in NUMBERS
    ]
    writer = PdfWriter()
    while len(writer.pages) < PAGES:
        for reader in sources:
            for page in reader.pages:
                if len(writer.pages) < PAGES:
                    writer.add_page(page)
    with path.open("wb") as out:
        writer.write(out)
    return len(writer.pages)


def child(path: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, path], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return json.loads(out.stdout)


def per_format() -> list[list[object]]:
    from glossary.corpus.letters import read_letters

    rows: list[list[object]] = []
    base = []
    for n in NUMBERS:
        path = str(ROOT / "terms" / "letters" / f"kst-28676-{n}.txt")
        base.append(_time(functools.partial(read_letters, [path])))
    text_ms = sum(base) * 1000
    rows.append(["txt (baseline)", f"{text_ms:.0f}", "1.0"])
    for fmt in FORMATS:
        spent = []
        for n in NUMBERS:
            path = str(EXAMPLES / f"kst-28676-{n}.{fmt}")
            spent.append(_time(functools.partial(read_letters, [path])))
        ms = sum(spent) * 1000
        rows.append([fmt, f"{ms:.0f}", f"{ms / text_ms:.1f}"])
    return rows


def _time(fn: Callable[[], object]) -> float:
    fn()  # warm (imports)
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return median(times)


def agreement() -> list[list[object]]:
    from glossary.corpus.letters import read_letters
    from glossary.extract import extract_terms
    from glossary.nlp.load import load_pipeline
    from glossary.nlp.resources import Resources

    nlp, resources = load_pipeline(), Resources.default()

    def top(paths: Iterable[Path]) -> tuple[list[Letter], list[str]]:
        letters = read_letters([str(p) for p in paths], resources.is_word)
        cands = extract_terms(letters, nlp, resources, min_score=None)
        return letters, [c.term for c in cands[:200]]

    texts = (ROOT / "terms" / "letters" / f"kst-28676-{n}.txt" for n in NUMBERS)
    text_letters, text_top = top(texts)
    rows: list[list[object]] = []
    for fmt in FORMATS:
        letters, terms = top(EXAMPLES / f"kst-28676-{n}.{fmt}" for n in NUMBERS)
        share = len(set(terms) & set(text_top)) / len(text_top)
        same_meta = [d.meta() for d in letters] == [d.meta() for d in text_letters]
        words = sum(len(d.clean.split()) for d in letters)
        text_words = sum(len(d.clean.split()) for d in text_letters)
        rows.append(
            [fmt, f"{100 * share:.1f}", "yes" if same_meta else "no", f"{words} / {text_words}"]
        )
    return rows


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "hundred.pdf"
        pages = big_pdf(path)
        baseline = [child("-") for _ in range(RUNS)]
        runs = [child(str(path)) for _ in range(RUNS)]
    seconds = median([r["seconds"] for r in runs])
    peak = median([r["peak"] for r in runs]) / 2**20
    base_peak = median([r["peak"] for r in baseline]) / 2**20
    pdf_rows: list[list[object]] = [
        ["pages", pages],
        ["read time (median of 3, s)", f"{seconds:.1f}"],
        ["**pages per second**", f"{pages / seconds:.1f}"],
        ["words read", runs[0]["words"]],
        ["**peak memory** of the reading process (MiB)", f"{peak:.0f}"],
        ["peak memory of a process that only imports the reader (MiB)", f"{base_peak:.0f}"],
        ["memory for reading the PDF (MiB)", f"{peak - base_peak:.0f}"],
    ]
    print(f"  {pages} pages in {seconds:.1f} s: {pages / seconds:.1f} pages/s, peak {peak:.0f} MiB")
    formats = per_format()
    agree = agreement()
    for row in agree:
        print(f"  {row[0]}: {row[1]} % of the top 200, metadata {row[2]}")
    page = f"""Letter readers
==============

Generated by ``make bench BENCH=readers`` (``benchmarks/bench_readers.py``); do not edit by hand.

Machine: {machine()}.

A 100-page PDF
--------------

The shipped letters' printed PDFs (``examples/letters/``, made by
``scripts/make_letter_formats.py``: running footers, page numbers, hyphenated line ends,
footnotes at the bottom of the page) repeated to {PAGES} pages and read by the PDF reader in a
fresh process, against a process that only imports it.

{rst_table(["measure", "value"], pdf_rows)}
Reading each format
-------------------

Median time to read both shipped letters from each format (median of {RUNS} after a warm-up),
and its ratio to reading their text versions in the same run.

{rst_table(["format", "ms for both letters", "× text"], formats)}
Same letter, same terms
-----------------------

The share of the text versions' 200 best terms that the letters read from each format give
(the same extraction, the shipped pipeline), whether their metadata are the same, and the words
of term text read (format / text).

{rst_table(["format", "top 200 the same (%)", "same metadata", "words"], agree)}"""
    write_page("readers", page)


if __name__ == "__main__":
    main()
