"""``glossary fetch``: download a dossier's Kamerstukken from the official publication services.

Only the search query and the downloads leave the machine (see the guide page "Getting the
letters" for the exact requests). The folder it fills is what ``glossary build --letters``
reads.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from typing import Any

from glossary.commands._common import echo, print_json

#: Environment variables that point the command at other (test or mirror) services.
SRU_ENV = "NATO_GLOSSARY_SRU_URL"
ODATA_ENV = "NATO_GLOSSARY_ODATA_URL"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "fetch",
        help="download a dossier's Kamerstukken (XML, PDF when there is none) and metadata",
        description="Query the official search service (SRU at repository.overheid.nl) for "
        "the Kamerstukken of a dossier and download each one's XML (its PDF when there is "
        "none) and metadata.xml into a folder, named by identifier (kst-28676-467.xml). Files "
        "already there are skipped, so an interrupted run resumes. Requests go one at a time, "
        "with a pause between them and bounded retries.",
    )
    parser.add_argument("--dossier", required=True, help="dossier number, e.g. 28676")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder to fill")
    parser.add_argument("--since", metavar="DATE", help="only publications on or after DATE")
    parser.add_argument("--until", metavar="DATE", help="only publications on or before DATE")
    parser.add_argument(
        "--format",
        dest="kind",
        choices=("xml", "pdf", "html", "odt"),
        default="xml",
        help="the publication format to download (xml falls back to pdf; default xml)",
    )
    parser.add_argument(
        "--tk",
        action="store_true",
        help="also ask the Tweede Kamer open-data API for Kamerstukken the search lacks",
    )
    parser.add_argument(
        "--no-metadata", action="store_true", help="do not download each metadata.xml"
    )
    parser.add_argument(
        "--delay", type=float, default=1.0, metavar="S", help="seconds between requests (1)"
    )
    parser.add_argument(
        "--retries", type=int, default=3, metavar="N", help="retries of a failed request (3)"
    )
    parser.add_argument(
        "--timeout", type=float, default=30.0, metavar="S", help="seconds to wait for an answer"
    )
    # --format names the publication format here (the command line); the summary is
    # text, or JSON with --json
    parser.add_argument(
        "--json",
        dest="output",
        action="store_const",
        const="json",
        default="text",
        help="print the summary as JSON",
    )
    parser.set_defaults(func=run)


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _check(args: argparse.Namespace) -> str:
    from glossary.errors import InputError

    dossier = args.dossier.replace(" ", "")
    if not re.fullmatch(r"\d{4,6}", dossier):
        raise InputError(f"--dossier must be a dossier number such as 28676, not {args.dossier!r}")
    for name in ("since", "until"):
        value = getattr(args, name)
        if value is not None and not _DATE.match(value):
            raise InputError(f"--{name} must be a date as YYYY-MM-DD, not {value!r}")
    if args.delay < 0 or args.retries < 0 or not args.timeout > 0:
        raise InputError("--delay and --retries must not be negative, --timeout positive")
    return dossier


def run(args: argparse.Namespace) -> int:
    from glossary.fetch import odata, sru
    from glossary.fetch.http import Client
    from glossary.fetch.run import FetchOptions, fetch

    dossier = _check(args)
    options = FetchOptions(
        dossier=dossier,
        out=args.out,
        since=args.since,
        until=args.until,
        format=args.kind,
        metadata=not args.no_metadata,
        tk=args.tk,
        sru_url=os.environ.get(SRU_ENV, sru.SRU_URL),
        odata_url=os.environ.get(ODATA_ENV, odata.ODATA_URL),
    )
    client = Client(delay=args.delay, retries=args.retries, timeout=args.timeout)
    with _progress() as progress:
        summary = fetch(options, client, progress)
    if args.output == "json":
        print_json(_as_json(summary, args.out))
    else:
        _print(summary, args.out)
    return 1 if summary.failed else 0


def _as_json(summary: Any, out: str) -> dict[str, Any]:
    return {
        "folder": out,
        "found": summary.found,
        "downloaded": summary.downloaded,
        "skipped": summary.skipped,
        "pdf_instead_of_xml": summary.fallbacks,
        "from_open_data": summary.from_tk,
        "failed": [{"identifier": i, "reason": r} for i, r in summary.failed],
        "requests": summary.requests,
    }


def _print(summary: Any, out: str) -> None:
    echo(
        f"{summary.found} Kamerstukken found: {len(summary.downloaded)} downloaded"
        f" ({len(summary.fallbacks)} as PDF, no XML), {len(summary.skipped)} already in {out},"
        f" {len(summary.failed)} failed; {summary.requests} requests"
    )
    if summary.from_tk:
        echo(f"  from the Tweede Kamer open data: {', '.join(summary.from_tk)}")
    for ident, reason in summary.failed:
        echo(f"  failed: {ident}: {reason}", error=True)


class _Progress:
    """A progress bar on a terminal, nothing otherwise."""

    def __init__(self) -> None:
        self.bar: Any = None
        self.task: Any = None

    def __call__(self, done: int, total: int, ident: str, note: str) -> None:
        if self.bar is None:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            self.bar = Progress(
                TextColumn("fetching"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.description}"),
                transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task("", total=total)
        self.bar.update(self.task, completed=done, description=f"{ident}: {note}")

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


class _progress:
    def __enter__(self) -> _Progress | None:
        self.progress = _Progress() if sys.stderr.isatty() and not os.environ.get("CI") else None
        return self.progress

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()
