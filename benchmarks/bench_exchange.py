"""Export and import of a generated 100,000-entry glossary in PO, TBX and CSV.

Each operation runs in a fresh Python process (so its peak resident memory is its own) and is
timed as the CLI does it: export = load the glossary + render + atomic write; import = read
and check the file + lock, re-read, apply and atomically write the glossary. The baseline is
loading and saving the same glossary JSON, measured in the same run. The translator's files
change 10% of the entries (new English, fuzzy removed) and leave the rest as exported.
"""

from __future__ import annotations

import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _util  # noqa: E402

ENTRIES = 100_000
SEED = 0
REPEATS = 3
EDITED_SHARE = 10  # every 10th entry gets a translator's new English
FORMATS = ("po", "tbx", "csv")


def _rss_mb() -> float:
    """Current resident set size in MB (Linux ``/proc/self/statm``)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize() / 2**20


def _child(op: str, fmt: str, work: Path) -> dict[str, float]:
    """One measured operation in this (fresh) process; returns seconds and memory."""
    import defusedxml.ElementTree  # noqa: F401
    import polib  # noqa: F401  (imported before timing, as the CLI would have it loaded)

    from glossary.exchange.export import export_text
    from glossary.exchange.importing import import_file
    from glossary.store import jsonfile as store
    from glossary.store.atomic import write_text

    glossary_path = work / "run.json"
    before = _rss_mb()
    start = time.perf_counter()
    extra: dict[str, float] = {}
    if op == "baseline":
        store.save(store.load(glossary_path), work / "copy.json")
    elif op == "export":
        out = work / f"out.{fmt}"
        write_text(out, export_text(store.load(glossary_path), fmt))
        extra["mb"] = out.stat().st_size / 2**20
    else:
        report = import_file(work / f"translator.{fmt}", glossary_path, by="bench")
        extra["applied"] = len(report.applied)
        extra["unchanged"] = report.unchanged
        extra["untranslated"] = report.untranslated
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "peak_mb": peak, "before_mb": before, **extra}


def _prepare(work: Path) -> dict[str, int]:
    """Write the glossary and the translator's files; return entry counts."""
    from synthetic import make_glossary

    from glossary.exchange.export import export_text
    from glossary.model import Translation
    from glossary.store import jsonfile as store

    glossary = make_glossary(ENTRIES, SEED)
    store.save(glossary, work / "glossary.json")
    edited = 0
    for i, entry in enumerate(glossary.sorted_entries()):
        if i % EDITED_SHARE == 0 and entry.status != "reviewed":
            old = entry.translation
            entry.translation = Translation(
                f"{old.text} (revised)" if old else f"term {i}",
                "translator",
                1.0,
                old.plural if old else None,
            )
            glossary.entries[entry.id] = replace(entry, status="reviewed")
            edited += 1
    for fmt in FORMATS:
        (work / f"translator.{fmt}").write_text(export_text(glossary, fmt), encoding="utf-8")
    return {"entries": len(glossary), "edited": edited}


def _run(op: str, fmt: str, work: Path) -> dict[str, float]:
    shutil.copyfile(work / "glossary.json", work / "run.json")
    done = subprocess.run(
        [sys.executable, __file__, "--child", op, fmt, str(work)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{op} {fmt} failed:\n{done.stderr}")
    return json.loads(done.stdout)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-exchange-") as tmp:
        work = Path(tmp)
        start = time.perf_counter()
        counts = _prepare(work)
        print(
            f"generated {counts['entries']} entries ({counts['edited']} edited by the "
            f"translator) in {time.perf_counter() - start:.1f} s",
            flush=True,
        )
        ops = (
            [("baseline", "json")]
            + [("export", f) for f in FORMATS]
            + [("import", f) for f in FORMATS]
        )
        results: dict[tuple[str, str], list[dict[str, float]]] = {op: [] for op in ops}
        for _ in range(REPEATS):  # interleaved, so load changes hit every operation
            for op in ops:
                results[op].append(_run(*op, work))
                last = results[op][-1]
                print(
                    f"  {op[0]:8} {op[1]:4} {last['seconds']:7.2f} s "
                    f"peak {last['peak_mb']:6.0f} MB",
                    flush=True,
                )
    base = _util.median([r["seconds"] for r in results[("baseline", "json")]])
    rows = []
    for op in ops:
        runs = results[op]
        seconds = _util.median([r["seconds"] for r in runs])
        peak = max(r["peak_mb"] for r in runs)
        if op[0] == "baseline":
            label, note = (
                "baseline: load + save glossary JSON",
                (f"{_util.median([r['before_mb'] for r in runs]):.0f} MB before loading"),
            )
        elif op[0] == "export":
            label = f"export {op[1]}"
            note = f"{_util.median([r['mb'] for r in runs]):.1f} MB file"
        else:
            label = f"import {op[1]}"
            note = (
                f"{int(runs[0]['applied'])} applied, "
                f"{int(runs[0]['unchanged'])} unchanged, "
                f"{int(runs[0]['untranslated'])} untranslated"
            )
        rows.append((label, f"{seconds:.2f}", f"{seconds / base:.2f}", f"{peak:.0f}", note))
        print(f"{label:40} {seconds:7.2f} s  x{seconds / base:5.2f}  peak {peak:5.0f} MB  {note}")
    header = ("operation", "median s", "× baseline", "peak RSS MB", "notes")
    title = f"Exchange: export and import of {counts['entries']:,} entries"
    page = f"""{title}
{"=" * len(title)}

*Generated by* ``benchmarks/bench_exchange.py``; *do not edit by hand.*

What is measured: ``glossary export`` and ``glossary import`` on a generated glossary of
{counts["entries"]:,} entries (``benchmarks/synthetic.py``, seed {SEED}), in PO, TBX-Basic and
Weblate CSV. Each operation runs in a fresh Python process and is timed as the command does it:
export = load the glossary JSON, render, write atomically; import = read and check the file,
then lock, re-read, apply and atomically write the glossary. The translator's files change
{counts["edited"]:,} entries (new English, fuzzy removed); the rest are as exported and change
nothing. Times are medians of {REPEATS} interleaved runs; the ratio is against the baseline
(load and save the same glossary JSON) measured in the same run. Peak RSS is the largest
resident memory of the process over the runs (``ru_maxrss``), interpreter and glossary
included.

Machine: {_util.machine()}.
The machine was shared with other work while measuring, so absolute times are noisy; the
ratios are the figures to compare.

{_util.rst_table(header, rows)}
Reproduce with ``make bench BENCH=exchange``.
"""
    path = _util.write_page("exchange", page)
    print(f"wrote {path}")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        print(json.dumps(_child(sys.argv[2], sys.argv[3], Path(sys.argv[4]))))
    else:
        main()
