"""Scale-out: throughput and peak memory of ``glossary extract`` on 1 and 2 processes and a
2-worker Dask LocalCluster, on a generated archive of millions of words.

The archive is built by ``tests/scale/corpus.py`` from the shipped letters and the sentences
of the UD Dutch treebanks in ``../shared/ud`` (the benchmark may read them; the product never
does): letters of about 3,000 words with a real header and signature, paragraphs shuffled,
numbers, dates and some compounds varied so the vocabulary keeps growing a little. Every run
is the real CLI in a fresh process (``glossary extract --manifest FILE --all --format csv``),
timed end to end; a sampler adds up the resident memory of the whole process tree (client,
pool workers, Dask nanny and workers) every 0.2 s and keeps the peak, and the CPU seconds of
the tree come from ``getrusage(RUSAGE_CHILDREN)``. The machine is shared, so wall-clock
speed-ups depend on what else runs; words per CPU-second do not, and give the rate per core
used to predict a cluster. Fixed start-up cost (interpreter, pipeline load in every worker,
cluster start) is measured on one letter and reported apart.

Environment: ``BENCH_SCALE_FACTOR`` (default 1) scales every corpus size, for a quick check.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import _util  # noqa: E402

FACTOR = float(os.environ.get("BENCH_SCALE_FACTOR", "1"))
WORDS_PER_LETTER = 3000
THROUGHPUT_WORDS = int(2_000_000 * FACTOR)
MEMORY_WORDS = (int(1_000_000 * FACTOR), int(4_000_000 * FACTOR))
ADDED_LETTERS = 10
STARTUP_REPEATS = 3
SEED = 28676
GLOSSARY = str(Path(sys.executable).with_name("glossary"))
CONFIGS = {
    "1 process": ["--jobs", "1"],
    "2 processes": ["--jobs", "2"],
    "Dask LocalCluster, 2 workers": ["--dask", "local", "--jobs", "2"],
}
_SUMMARY = re.compile(r"(\d+) analysed, (\d+) from cache, (\d+) failed of (\d+) \((\d+) words")


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants."""
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for proc in procs:
        with contextlib.suppress(psutil.NoSuchProcess):
            total += proc.memory_info().rss
    return total


def _own_cpu(pid: int) -> float:
    """CPU seconds of one process so far (the client, without its workers)."""
    import psutil

    try:
        times = psutil.Process(pid).cpu_times()
    except psutil.NoSuchProcess:
        return 0.0
    return times.user + times.system


def run_cli(args: list[str], work: Path, label: str) -> dict[str, float]:
    """One ``glossary extract`` in a fresh process: seconds, peak tree RSS, documents."""
    out, err = work / "out.csv", work / "err.txt"
    peak = 0
    client_cpu = 0.0
    load_before = os.getloadavg()[0]
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_before = usage.ru_utime + usage.ru_stime
    start = time.perf_counter()
    with out.open("wb") as stdout, err.open("wb") as stderr:
        proc = subprocess.Popen(
            [GLOSSARY, "extract", *args, "--all", "--format", "csv"],
            stdout=stdout,
            stderr=stderr,
            env={**os.environ, "NATO_GLOSSARY_CACHE": str(work / "cache")},
        )
        done = threading.Event()

        def sample() -> None:
            nonlocal peak, client_cpu
            while not done.is_set():
                peak = max(peak, _tree_rss(proc.pid))
                client_cpu = max(client_cpu, _own_cpu(proc.pid))
                done.wait(0.2)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        code = proc.wait()
        done.set()
        sampler.join()
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = usage.ru_utime + usage.ru_stime - cpu_before
    text = err.read_text(encoding="utf-8", errors="replace")
    found = _SUMMARY.search(text)
    if code != 0 or not found:
        raise RuntimeError(f"{label}: glossary extract failed ({code}):\n{text[-2000:]}")
    analysed, cached, failed, docs, words = map(int, found.groups())
    with out.open("rb") as stream:
        candidates = sum(1 for _ in stream) - 1
    result = {
        "seconds": seconds,
        "cpu": cpu,
        "client_cpu": client_cpu,
        "peak_mb": peak / 2**20,
        "analysed": analysed,
        "cached": cached,
        "failed": failed,
        "documents": docs,
        "words": words,
        "candidates": candidates,
        "load": (load_before + os.getloadavg()[0]) / 2,
    }
    print(
        f"  {label:48} {seconds:8.1f} s  cpu {cpu:8.1f} s  {words:>9,} words  "
        f"{words / seconds:7.0f} w/s  "
        f"peak {result['peak_mb']:6.0f} MB  {candidates:,} candidates  "
        f"({analysed} analysed, {cached} cached, {failed} failed; load {result['load']:.1f})",
        flush=True,
    )
    return result


def make_archive(target: Path, words: int) -> list[Path]:
    """Generated letters totalling at least ``words`` words, in input order."""
    from tests.scale.corpus import conllu_sentences, generate

    ud = sorted((_util.ROOT.parent / "shared" / "ud").glob("*/*.conllu"))
    sentences = list(conllu_sentences(ud))
    letters = words // WORDS_PER_LETTER + 1
    generate(
        target, letters, WORDS_PER_LETTER, _util.ROOT / "terms" / "letters", sentences, seed=SEED
    )
    return sorted(target.glob("*.txt"))


def manifest(paths: list[Path], words: int, target: Path) -> tuple[Path, int]:
    """A manifest of the first letters reaching ``words`` words; returns it and their words."""
    lines, total = [], 0
    for path in paths:
        if total >= words:
            break
        lines.append(str(path))
        total += len(path.read_text(encoding="utf-8").split())
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target, total


def main() -> None:
    runs: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        work = Path(tmp)
        start = time.perf_counter()
        paths = make_archive(work / "archive", max(MEMORY_WORDS))
        print(f"generated {len(paths)} letters in {time.perf_counter() - start:.1f} s", flush=True)
        one = _util.ROOT / "terms" / "letters" / "kst-28676-328.txt"
        startup: dict[str, dict[str, float]] = {}
        for name, options in CONFIGS.items():
            tries = [
                run_cli([str(one), "--no-cache", *options], work, f"start-up, {name} (one letter)")
                for _ in range(STARTUP_REPEATS)
            ]
            startup[name] = {
                key: _util.median([t[key] for t in tries]) for key in ("seconds", "cpu")
            }
        m2, words2 = manifest(paths, THROUGHPUT_WORDS, work / "m2.txt")
        for name, options in CONFIGS.items():
            runs[name] = run_cli(
                ["--manifest", str(m2), "--no-cache", *options], work, f"{words2:,} words, {name}"
            )
        memory = {}
        for words in MEMORY_WORDS:
            mfile, counted = manifest(paths, words, work / f"m{words}.txt")
            cache = work / f"cache-{words}"
            memory[words] = run_cli(
                ["--manifest", str(mfile), "--cache-dir", str(cache), "--jobs", "2"],
                work,
                f"{counted:,} words, 2 processes",
            )
        big = max(MEMORY_WORDS)
        cache_args = ["--cache-dir", str(work / f"cache-{big}"), "--jobs", "2"]
        mbig = work / f"m{big}.txt"
        cached = run_cli(
            ["--manifest", str(mbig), *cache_args], work, f"{big:,} words again, all from the cache"
        )
        extra = work / "added"
        from tests.scale.corpus import generate

        generate(
            extra,
            ADDED_LETTERS,
            WORDS_PER_LETTER,
            _util.ROOT / "terms" / "letters",
            seed=SEED + 1,
            first_number=90000,
        )
        added = run_cli(
            ["--manifest", str(mbig), str(extra), *cache_args],
            work,
            f"the same plus {ADDED_LETTERS} new letters",
        )
        cache_mb = (work / f"cache-{big}" / "docstats.sqlite3").stat().st_size / 2**20
    page = render(startup, runs, memory, cached, added, cache_mb)
    print(f"wrote {_util.write_page('scale', page)}")
    print(
        json.dumps(
            {
                "startup": startup,
                "runs": runs,
                "memory": memory,
                "cached": cached,
                "added": added,
                "cache_mb": cache_mb,
            },
            indent=1,
        )
    )


def render(
    startup: dict[str, dict[str, float]],
    runs: dict[str, dict[str, float]],
    memory: dict[int, dict[str, float]],
    cached: dict[str, float],
    added: dict[str, float],
    cache_mb: float,
) -> str:
    """The measurements page (reStructuredText)."""
    base = runs["1 process"]
    workers = {"1 process": 1, "2 processes": 2, "Dask LocalCluster, 2 workers": 2}
    rows = []
    for name, r in runs.items():
        speedup = base["seconds"] / r["seconds"]
        steady_cpu = r["cpu"] - startup[name]["cpu"]
        rows.append(
            (
                name,
                f"{r['words']:,}",
                f"{r['seconds']:.0f}",
                f"{r['words'] / r['seconds']:,.0f}",
                f"{speedup:.2f}",
                f"{100 * speedup / workers[name]:.0f} %",
                f"{r['cpu']:.0f}",
                f"{r['cpu'] / r['seconds']:.2f}",
                f"{r['words'] / steady_cpu:,.0f}",
                f"{r['client_cpu']:.0f}",
                f"{startup[name]['seconds']:.1f} / {startup[name]['cpu']:.1f}",
                f"{r['peak_mb']:.0f}",
                f"{r['load']:.1f}",
            )
        )
    per_core = base["words"] / (base["cpu"] - startup["1 process"]["cpu"])
    pool = runs["2 processes"]
    overhead = (pool["cpu"] - startup["2 processes"]["cpu"]) / (
        base["cpu"] - startup["1 process"]["cpu"]
    )
    dask = runs["Dask LocalCluster, 2 workers"]
    dask_overhead = (dask["cpu"] - startup["Dask LocalCluster, 2 workers"]["cpu"]) / (
        base["cpu"] - startup["1 process"]["cpu"]
    )
    small, large = (memory[w] for w in sorted(memory))
    intake = large["client_cpu"] / large["documents"]
    mem_rows = []
    for _, r in sorted(memory.items()):
        mem_rows.append(
            (
                f"{r['words']:,}",
                r["documents"],
                f"{r['candidates']:,}",
                f"{r['peak_mb']:.0f}",
                f"{r['seconds']:.0f}",
                f"{r['load']:.1f}",
            )
        )
    header = (
        "executor",
        "words",
        "wall s",
        "words/s",
        "speed-up (wall)",
        "efficiency (wall, vs linear)",
        "CPU s (tree)",
        "cores obtained (CPU s / wall s)",
        "words per CPU-s (steady)",
        "client CPU s",
        "start-up wall / CPU s",
        "peak RSS MB (tree)",
        "load avg",
    )
    mem_header = (
        "words",
        "documents",
        "candidates (vocabulary)",
        "peak RSS MB",
        "wall s",
        "load avg",
    )
    cache_rows = [
        (
            "first run, cache filled",
            f"{large['analysed']:,}",
            f"{large['cached']:,}",
            f"{large['seconds']:.0f}",
        ),
        (
            "unchanged archive again",
            f"{cached['analysed']:,}",
            f"{cached['cached']:,}",
            f"{cached['seconds']:.1f} ({cached['cpu']:.0f} CPU s: "
            f"{1000 * cached['cpu'] / cached['documents']:.0f} ms per letter)",
        ),
        (
            f"plus {ADDED_LETTERS} new letters",
            f"{added['analysed']:,}",
            f"{added['cached']:,}",
            f"{added['seconds']:.1f}",
        ),
    ]
    title = "Scale: throughput and memory of term extraction"
    return "\n".join(
        [
            title,
            "=" * len(title),
            "",
            "What: ``glossary extract`` (read, clean, tag, analyse, merge, score) over a generated "
            "archive of letters (about 3,000 words each, built from the shipped letters and the "
            "UD Dutch sentences, with varied numbers, dates and compounds). Each run is the CLI in "
            "a fresh process, timed end to end; peak memory is the resident memory of the whole "
            "process tree (client plus pool or Dask workers and nannies), sampled every 0.2 s. "
            "Start-up is the median of "
            f"{STARTUP_REPEATS} runs on one letter; *steady* rates leave its CPU seconds out. The "
            "big runs are single runs (minutes each) on a 2-core machine shared with other work: "
            "the load average during each run is given (it counts the run's own processes too), "
            "and a wall-clock speed-up can only be as "
            "good as the cores the other work leaves free. Efficiency is the wall-clock speed-up "
            "divided by the number of workers (100 % = ideal linear scaling); *cores obtained* is "
            "how much CPU the run actually got (2.0 would be both cores to itself); words per "
            "CPU-second do not depend on the load and show what parallelism itself costs.",
            "",
            f"Machine: {_util.machine()}.",
            "",
            _util.rst_table(header, rows),
            f"Measured steady rate per core (1 process): **{per_core:,.0f} words per CPU-second**; "
            f"2 pool workers spend ×{overhead:.2f} the CPU seconds of one process for the same "
            + (
                "words (each worker warms its own caches)"
                if overhead > 1.02
                else "words (no measurable cost: single runs differ by a few per cent)"
            )
            + f", the LocalCluster ×{dask_overhead:.2f} "
            "(its scheduler and nannies run in the same process tree).",
            "",
            "The client's own work — reading and hashing letters, merging the workers' results, "
            "writing the cache, scoring — bounds how many workers one client can keep busy. In "
            f"the {large['words']:,}-word run below (2 processes, cache on) the client process "
            f"used {large['client_cpu']:.0f} CPU seconds for {large['documents']:,} letters, "
            f"**{1000 * intake:.0f} ms per letter**: about {1 / intake:,.0f} letters "
            f"({large['words'] / large['client_cpu']:,.0f} words) per second, the work of about "
            f"{large['words'] / large['client_cpu'] / per_core:.0f} workers at the rate above. "
            "See :doc:`/guide/scale` for what that predicts on a cluster.",
            "",
            "Memory is bounded by the vocabulary, not by the corpus",
            "-" * 55,
            "",
            "2 processes, cache on (the same as a first ``glossary build`` over an archive). "
            f"From {small['words']:,} to {large['words']:,} words (×"
            f"{large['words'] / small['words']:.1f}) the vocabulary grew ×"
            f"{large['candidates'] / small['candidates']:.2f} and peak memory ×"
            f"{large['peak_mb'] / small['peak_mb']:.2f}.",
            "",
            _util.rst_table(mem_header, mem_rows),
            "Incremental runs (per-document cache)",
            "-" * 37,
            "",
            f"The {large['words']:,}-word archive, then again unchanged, then with "
            f"{ADDED_LETTERS} new letters (cache file: {cache_mb:.0f} MB).",
            "",
            _util.rst_table(("run", "analysed", "from cache", "wall s"), cache_rows),
            "Reproduce with ``make bench BENCH=scale`` (``BENCH_SCALE_FACTOR=0.05`` for a quick "
            "check); each run is ``glossary extract --manifest FILE --all --format csv`` with "
            "``--jobs 1``, ``--jobs 2`` or ``--dask local --jobs 2``, ``--no-cache`` for the "
            "throughput runs.",
            "",
        ]
    )
