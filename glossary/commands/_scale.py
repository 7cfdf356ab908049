"""Shared by ``glossary build`` and ``glossary extract``: the scale options and the map step.

``--jobs N`` (a local process pool), ``--dask ADDRESS|local``, ``--manifest FILE``, ``--no-cache``
and ``--cache-dir DIR`` are turned into an executor, a document source and the per-document cache;
:func:`analyse` runs :func:`glossary.extract.scale.executors.run_map` with a progress bar
(documents/s and ETA, on stderr, only on a terminal) and :func:`report_documents` prints how many
documents were analysed, came from the cache or failed, and why.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any, TextIO

#: Show a progress bar (on a terminal) from this many documents on.
PROGRESS_FROM = 3
#: Failures listed one per line in the text summary (all of them are in the JSON).
MAX_LISTED = 20


def add_scale_options(parser: argparse.ArgumentParser) -> None:
    """``--dask``, ``--manifest``, ``--no-cache``, ``--cache-dir`` (``--jobs`` is the command's)."""
    group = parser.add_argument_group("scale", "running on many cores, a cluster, an archive")
    group.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="analyse on a Dask cluster (scheduler address, e.g. "
        "tcp://scheduler:8786), or 'local' to start a LocalCluster here "
        "with --jobs workers (default: one per core)",
    )
    group.add_argument(
        "--manifest",
        metavar="FILE",
        help="also read the letters listed in FILE, one path per line "
        "(relative to FILE; # comments; - for stdin)",
    )
    group.add_argument(
        "--no-cache",
        action="store_true",
        help="analyse every document again; do not read or write the per-document statistics cache",
    )
    group.add_argument(
        "--cache-dir",
        metavar="DIR",
        help="folder of the per-document statistics cache (default: the user "
        "cache dir, or $NATO_GLOSSARY_CACHE)",
    )


def _progress_bar(total: int | None) -> Any:
    """A rich progress bar on stderr: documents done, documents/s, time left."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task: Any) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.1f} docs/s" if speed else "… docs/s")

    return Progress(
        TextColumn("analysing"),
        BarColumn(),
        MofNCompleteColumn(),
        Rate(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )


def analyse(args: argparse.Namespace, inputs: Sequence[str], seeds: Sequence[str] = ()) -> Any:
    """Read, analyse (or take from the cache) and merge every document the user named."""
    from glossary.corpus.sources import check_inputs, count_sources, iter_sources
    from glossary.errors import InputError
    from glossary.extract.scale.cache import DocCache, default_path
    from glossary.extract.scale.executors import make_executor, make_settings, run_map

    if args.jobs < 1:
        raise InputError(f"--jobs must be at least 1, not {args.jobs}")
    check_inputs(inputs, args.manifest)
    settings = make_settings(seeds)
    cache = None if args.no_cache else DocCache(default_path(args.cache_dir))
    bar = None
    if sys.stderr.isatty():
        total = count_sources(inputs, args.manifest)
        if total is None or total >= PROGRESS_FROM:
            bar = _progress_bar(total)
    try:
        with make_executor(args.jobs, args.dask) as executor:
            sources = iter_sources(inputs, args.manifest)
            if bar is None:
                result = run_map(sources, settings, executor, cache)
            else:
                with bar:
                    task = bar.add_task("", total=total)
                    result = run_map(
                        sources, settings, executor, cache, progress=lambda n: bar.advance(task, n)
                    )
    finally:
        if cache is not None:
            cache.close()
    summary = result.summary
    if summary.failed and len(summary.failed) == summary.documents:
        first = summary.failed[0]
        more = (
            f" (and {summary.documents - 1} more documents failed)" if summary.documents > 1 else ""
        )
        raise InputError(first.reason + more, path=first.name, line=first.line)
    return result


def report_documents(summary: Any, stream: TextIO | None = None) -> None:
    """The documents line and the failed documents (file: reason), one per line."""
    out = stream or sys.stderr
    print(f"  documents: {summary.line()}", file=out)
    for failure in summary.failed[:MAX_LISTED]:
        print(f"    failed: {failure}", file=out)
    if len(summary.failed) > MAX_LISTED:
        print(f"    ... and {len(summary.failed) - MAX_LISTED} more (see --format json)", file=out)
