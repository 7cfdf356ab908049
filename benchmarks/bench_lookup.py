"""Cold-process time of ``glossary lookup`` against a bare ``python -c pass``, same run.

Every command runs in a fresh process (what a user at a terminal gets), interleaved round by
round with the baseline so load on the shared machine hits all of them alike; medians. Warm
runs find the derived index in the cache; "first run after a change" rows empty the cache
before each run (hash + parse + build), "touched" rows only change the file's mtime (hash,
reuse). Glossaries: the shipped ``terms/glossary.json`` and a generated 100,000-entry one
(``benchmarks/synthetic.py``). Writes ``docs/measurements/lookup.rst``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import _util

RUNS = int(os.environ.get("BENCH_LOOKUP_RUNS", "21"))
FIRST_RUNS = int(os.environ.get("BENCH_LOOKUP_FIRST_RUNS", "3"))
LARGE = int(os.environ.get("BENCH_LOOKUP_ENTRIES", "100000"))
SEED = 0
TARGET_RATIO = 3.0
TARGET_LARGE_MS = 300.0
#: ``glossary lookup`` through a plain argparse parser holding only the lookup command (the
#: CLI, too, imports only the command it runs, with its own parser and help formatter).
ONE_COMMAND = (
    "import argparse, sys\n"
    "from glossary.commands import lookup\n"
    "parser = argparse.ArgumentParser(prog='glossary')\n"
    "lookup.register(parser.add_subparsers())\n"
    "args = parser.parse_args(['lookup', *sys.argv[1:]])\n"
    "sys.exit(args.func(args))\n"
)


def _glossary_command() -> list[str]:
    """The installed ``glossary`` console script next to this interpreter (what users run)."""
    script = Path(sys.executable).with_name("glossary")
    return [str(script)] if script.exists() else [sys.executable, "-m", "glossary"]


def _time(
    cmd: Sequence[str], env: dict[str, str], stdin: bytes | None = None, expect: int = 0
) -> float:
    start = time.perf_counter()
    proc = subprocess.run(
        cmd, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != expect:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr[-500:]!r}")
    return elapsed


def _interleaved(
    cases: dict[str, tuple[list[str], bytes | None, int]], env: dict[str, str], runs: int
) -> dict[str, float]:
    """Median seconds per case; every round runs every case once, in turn."""
    times: dict[str, list[float]] = {name: [] for name in cases}
    for cmd, stdin, expect in cases.values():  # warm the OS cache and the index
        _time(cmd, env, stdin, expect)
    for _ in range(runs):
        for name, (cmd, stdin, expect) in cases.items():
            times[name].append(_time(cmd, env, stdin, expect))
    return {name: _util.median(values) for name, values in times.items()}


def _first_runs(
    cmd: list[str], env: dict[str, str], cache: Path, glossary: Path, runs: int
) -> tuple[float, float]:
    """Medians of (first run after a change: empty cache, touched file: same content)."""
    built, touched = [], []
    for _ in range(runs):
        shutil.rmtree(cache, ignore_errors=True)
        built.append(_time(cmd, env))
    for i in range(runs):
        os.utime(glossary, ns=(time.time_ns(), time.time_ns() + i))
        touched.append(_time(cmd, env))
    return _util.median(built), _util.median(touched)


def _index_size(cache: Path) -> int:
    return sum(p.stat().st_size for p in (cache / "lookup").glob("index-*.sqlite"))


def main() -> None:
    sys.path.insert(0, str(_util.ROOT))
    from synthetic import make_glossary

    from glossary.paths import shipped_glossary
    from glossary.store.jsonfile import load, save

    glossary = _glossary_command()
    with tempfile.TemporaryDirectory(prefix="bench-lookup-") as tmp:
        work = Path(tmp)
        cache = work / "cache"
        # Byte-compiled modules, as an installed package has them (pip compiles on install);
        # kept out of the source tree. Without this, PYTHONDONTWRITEBYTECODE makes every run
        # compile the project from source.
        env = {
            **os.environ,
            "NATO_GLOSSARY_CACHE": str(cache),
            "PYTHONPYCACHEPREFIX": str(work / "pycache"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.pop("NO_COLOR", None)
        shipped = shipped_glossary()
        sets: dict[str, Path] = {}
        if shipped.is_file():
            sets["shipped"] = work / "shipped.json"
            shutil.copyfile(shipped, sets["shipped"])
        print(f"generating {LARGE:,} entries...", flush=True)
        big = f"{LARGE // 1000}k"
        sets[big] = work / "large.json"
        save(make_glossary(LARGE, SEED), sets[big])
        sizes = {name: (len(load(path)), path.stat().st_size) for name, path in sets.items()}

        first: dict[str, tuple[float, float]] = {}
        for name, path in sets.items():
            print(f"first runs on {name}...", flush=True)
            first[name] = _first_runs(
                [*glossary, "lookup", "afschrikking", "--glossary", str(path)],
                env,
                cache,
                path,
                FIRST_RUNS,
            )
        index_bytes = {}
        for name, path in sets.items():
            shutil.rmtree(cache, ignore_errors=True)
            _time([*glossary, "lookup", "afschrikking", "--glossary", str(path)], env)
            index_bytes[name] = _index_size(cache)

        batch = "".join(f"{e.lemma}\n" for e in load(sets[big]).sorted_entries()[:: LARGE // 100])
        cases: dict[str, tuple[list[str], bytes | None, int]] = {
            "python -c pass": ([sys.executable, "-c", "pass"], None, 0),
            "glossary --version": ([*glossary, "--version"], None, 0),
            "glossary --help": ([*glossary, "--help"], None, 0),
        }
        for name, path in sets.items():
            g = ["--glossary", str(path)]
            cases[f"lookup afschrikking ({name})"] = (
                [*glossary, "lookup", "afschrikking", *g],
                None,
                0,
            )
            cases[f"lookup command alone, one-command parser ({name})"] = (
                [sys.executable, "-c", ONE_COMMAND, "afschrikking", *g],
                None,
                0,
            )
            cases[f"library only: lookup() ({name})"] = (
                [
                    sys.executable,
                    "-c",
                    "from glossary.lookup.search import lookup; "
                    f"lookup({str(path)!r}, ['afschrikking'])",
                ],
                None,
                0,
            )
        large = ["--glossary", str(sets[big])]
        cases[f"lookup afschriking, fuzzy ({big})"] = (
            [*glossary, "lookup", "afschriking", *large],
            None,
            1,
        )
        cases[f"lookup afschrik, prefix ({big})"] = (
            [*glossary, "lookup", "afschrik", *large],
            None,
            1,
        )
        cases[f"lookup -r 'burden sharing' ({big})"] = (
            [*glossary, "lookup", "-r", "burden sharing", *large],
            None,
            0,
        )
        cases[f"lookup - (100 terms on stdin, {big})"] = (
            [*glossary, "lookup", "-", "--json", *large],
            batch.encode("utf-8"),
            0,
        )
        print(f"timing {len(cases)} commands x {RUNS} rounds...", flush=True)
        medians = _interleaved(cases, env, RUNS)

    page = _page(medians, first, sizes, index_bytes)
    path = _util.write_page("lookup", page)
    print(page)
    print(f"wrote {path}")


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f}"


def _page(
    medians: dict[str, float],
    first: dict[str, tuple[float, float]],
    sizes: dict[str, tuple[int, int]],
    index_bytes: dict[str, int],
) -> str:
    base = medians["python -c pass"]
    rows = [[name, _ms(t), f"{t / base:.1f}"] for name, t in medians.items()]
    first_rows = [
        [name, _ms(built), f"{built / base:.0f}", _ms(touched), f"{touched / base:.1f}"]
        for name, (built, touched) in first.items()
    ]
    size_rows = [
        [name, f"{n:,}", f"{size / 1e6:.1f}", f"{index_bytes[name] / 1e6:.1f}"]
        for name, (n, size) in sizes.items()
    ]
    verdicts = []
    if "lookup afschrikking (shipped)" in medians:
        ratio = medians["lookup afschrikking (shipped)"] / base
        verdicts.append(
            f"* Shipped glossary: {ratio:.1f}× the bare interpreter (target "
            f"< {TARGET_RATIO:.0f}×: {'met' if ratio < TARGET_RATIO else 'NOT met'})."
        )
    else:
        verdicts.append(
            "* Shipped glossary: ``terms/glossary.json`` was not there when this ran; "
            "no row for it."
        )
    big = next(n for n in sizes if n != "shipped")
    large_ms = medians[f"lookup afschrikking ({big})"] * 1000
    verdicts.append(
        f"* {sizes[big][0]:,} entries: {large_ms:.0f} ms (target < "
        f"{TARGET_LARGE_MS:.0f} ms: "
        f"{'met' if large_ms < TARGET_LARGE_MS else 'NOT met'})."
    )
    floor, every = medians["glossary --version"], medians["glossary --help"]
    verdicts.append(
        f"* ``glossary --version`` (start the CLI, no command module) takes {_ms(floor)} ms "
        f"= {floor / base:.1f}× the bare interpreter: the floor of every ``glossary`` "
        f"command. ``glossary --help`` (import every command module, build the whole parser) "
        f"takes {_ms(every)} ms = {every / base:.1f}×: what every command would cost if the "
        "CLI loaded them all (a command loads only its own module). The "
        '"one-command parser" rows run the same lookup command through a plain '
        "argparse parser that holds only it (argparse's own help formatter imports "
        '``shutil``, which the CLI\'s does not); the "library only" rows are '
        "``glossary.lookup.search.lookup()`` without any CLI."
    )
    title = "Lookup: cold start of ``glossary lookup``"
    return f"""{title}
{"=" * len(title)}

*Generated by* ``benchmarks/bench_lookup.py``; *do not edit by hand.*

What is measured: the wall time of a fresh process running ``glossary lookup`` (the installed
console script), against a bare ``python -c pass`` of the same interpreter, interleaved round
by round ({RUNS} rounds, medians) so that load on the shared machine hits all commands alike.
Warm rows find the derived SQLite index in the cache dir (``glossary/lookup/index.py``): the
process stats the glossary, reads a stamp, opens the index read-only and parses only the
entries it prints. The batch row looks up 100 lemmas from stdin in one process. Modules are
byte-compiled (as in an installed package), in a cache outside the source tree.

Machine: {_util.machine()}. The machine was shared with other work while measuring, so absolute
times are noisy; compare the ratios.

{chr(10).join(verdicts)}

Warm lookups
------------

{_util.rst_table(["command", "median ms", "× python -c pass"], rows)}
First run after a glossary change
---------------------------------

"Changed" empties the cache before each run, so the process hashes the JSON, parses and
validates it and builds the index ({FIRST_RUNS} runs, medians). "Touched" changes only the
file's modification time: the process hashes the file, finds the index for that content and
reuses it.

{_util.rst_table(["glossary", "changed: ms", "× pass", "touched: ms", "× pass"], first_rows)}
Sizes
-----

{_util.rst_table(["glossary", "entries", "JSON MB", "index MB"], size_rows)}
Reproduce: ``make bench BENCH=lookup`` (``BENCH_LOOKUP_RUNS``, ``BENCH_LOOKUP_FIRST_RUNS``,
``BENCH_LOOKUP_ENTRIES`` change the rounds and the size).
"""


if __name__ == "__main__":
    main()
