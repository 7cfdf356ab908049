"""Shared by ``glossary build`` and ``glossary extract``: the scale options and their output.

``--dask ADDRESS|local``, ``--manifest FILE``, ``--no-cache`` and ``--cache-dir DIR`` (with the
command's ``--jobs N``) become the library's :class:`~glossary.extract.scale.run.AnalysisOptions`;
:func:`progress_bar` draws the map step's progress (documents/s and ETA, on stderr, only on a
terminal) and :func:`report_documents` prints how many documents were analysed, came from the
cache or failed, and why.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from glossary.extract.scale.run import AnalysisOptions, Progress

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


def analysis_options(
    args: argparse.Namespace,
    inputs: Sequence[str],
    seeds: Sequence[str] = (),
    lift: Sequence[str] = (),
) -> AnalysisOptions:
    """The documents and scale options the user named, for the library's map step."""
    from glossary.extract.scale.run import AnalysisOptions

    return AnalysisOptions(
        inputs=inputs,
        manifest=args.manifest,
        seeds=seeds,
        lift=lift,
        jobs=args.jobs,
        dask=args.dask,
        use_cache=not args.no_cache,
        cache_dir=args.cache_dir,
    )


class _Bar:
    """Progress of the map step as a rich bar, from :data:`PROGRESS_FROM` documents on."""

    def __init__(self) -> None:
        self.bar: Any = None
        self.task: Any = None
        self.stopped = False

    def __call__(self, done: int, total: int | None) -> None:
        if self.stopped:
            return
        if self.bar is None:
            if total is not None and total < PROGRESS_FROM:
                return
            self.bar = _progress_bar(total)
            self.bar.start()
            self.task = self.bar.add_task("", total=total)
        self.bar.update(self.task, completed=done)
        if total is not None and done >= total:
            self.stop()

    def stop(self) -> None:
        if self.bar is not None and not self.stopped:
            self.bar.stop()
        self.stopped = True


@contextmanager
def progress_bar() -> Iterator[Progress | None]:
    """A progress callback drawing a bar on stderr when it is a terminal, else ``None`` (then
    the documents are not even counted)."""
    if not sys.stderr.isatty():
        yield None
        return
    bar = _Bar()
    try:
        yield bar
    finally:
        bar.stop()


def report_documents(summary: Any, stream: TextIO | None = None) -> None:
    """The documents line and the failed documents (file: reason), one per line."""
    from glossary.sanitize import one_line

    out = stream or sys.stderr
    out.write(f"  documents: {summary.line()}\n")
    for failure in summary.failed[:MAX_LISTED]:
        out.write(f"    failed: {one_line(str(failure))}\n")
    if len(summary.failed) > MAX_LISTED:
        out.write(f"    ... and {len(summary.failed) - MAX_LISTED} more (see --format json)\n")
    for warning in getattr(summary, "warnings", [])[:MAX_LISTED]:
        out.write(f"    warning: {one_line(str(warning))}\n")
