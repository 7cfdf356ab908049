"""``glossary build``: letters → candidates → resolver chain → merged, stored glossary.

By default nothing leaves the machine: machine translation runs only with ``--mt PROVIDER``.
The arguments become :class:`glossary.build.run.BuildOptions`; :func:`glossary.build.run.
build_glossary` does the work; this module prints its outcome.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from glossary.commands._common import add_format, echo, finite_float, print_json
from glossary.commands._scale import add_scale_options, progress_bar, report_documents

if TYPE_CHECKING:
    from glossary.build.run import BuildOptions, BuildOutcome

MAX_LISTED = 10


def register(sub: argparse._SubParsersAction) -> None:
    from glossary.translate import MT_PROVIDERS as PROVIDERS

    parser = sub.add_parser(
        "build",
        help="build or update the glossary from letters",
        description="Extract terms from letters, translate them (term base, English in the "
        "letters, compounds, and machine translation only with --mt) and merge "
        "them into the glossary. Reviewed entries are never changed; terms no "
        "longer seen are marked stale. No text leaves this machine without --mt.",
    )
    parser.add_argument(
        "--letters",
        nargs="+",
        metavar="PATH",
        help="letter files, directories or globs, or - for stdin "
        "(default: the shipped letters, unless --manifest lists them)",
    )
    parser.add_argument(
        "--termbase", metavar="FILE", help="term base TSV (default: the shipped terms/termbase.tsv)"
    )
    parser.add_argument(
        "--lexicon",
        metavar="FILE",
        help="component lexicon TSV for compounds (default: the shipped one)",
    )
    parser.add_argument(
        "--out",
        metavar="FILE",
        help="glossary to merge into and write (default: $NATO_GLOSSARY, else "
        "./terms/glossary.json; a new path starts a fresh glossary)",
    )
    parser.add_argument(
        "--mt",
        metavar="PROVIDER",
        choices=PROVIDERS,
        help=f"opt in to machine translation ({', '.join(PROVIDERS)}); "
        "sends the untranslated terms to that provider",
    )
    parser.add_argument(
        "--mt-url", metavar="URL", help="endpoint for --mt (a self-hosted LibreTranslate server)"
    )
    parser.add_argument(
        "--mt-timeout",
        type=finite_float,
        default=10.0,
        metavar="SECONDS",
        help="time-out per machine-translation request (default: 10)",
    )
    parser.add_argument(
        "--mt-retries",
        type=int,
        default=3,
        metavar="N",
        help="retries after HTTP 429/5xx or a time-out (default: 3)",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="worker processes for the language analysis (default: 1)",
    )
    parser.add_argument(
        "--prune",
        action="store_true",
        help="delete entries whose terms are no longer in the letters",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 when some machine translations failed or some letters could not be analysed",
    )
    add_scale_options(parser)
    add_format(parser, choices=("text", "json"))
    parser.set_defaults(func=run)


def _options(args: argparse.Namespace) -> BuildOptions:
    """The library's build options from the command line (checked in the order given)."""
    from glossary.build.run import BuildOptions
    from glossary.errors import InputError
    from glossary.extract.scale.run import check_jobs

    check_jobs(args.jobs)
    if args.mt_url and not args.mt:
        raise InputError("--mt-url needs --mt PROVIDER (e.g. --mt libre)")
    mt = None
    if args.mt:
        from glossary.translate.mt import MTSettings

        mt = MTSettings(args.mt, url=args.mt_url, timeout=args.mt_timeout, retries=args.mt_retries)
    return BuildOptions(
        letters=args.letters,
        manifest=args.manifest,
        termbase=args.termbase,
        lexicon=args.lexicon,
        out=args.out,
        mt=mt,
        jobs=args.jobs,
        dask=args.dask,
        use_cache=not args.no_cache,
        cache_dir=args.cache_dir,
        prune=args.prune,
    )


def run(args: argparse.Namespace) -> int:
    from glossary.build.run import build_glossary

    options = _options(args)
    with progress_bar() as progress:
        outcome = build_glossary(options, progress)
    _print_summary(args.format, outcome)
    failed = outcome.report.mt_failures or outcome.documents.failed
    return 1 if args.strict and failed else 0


def _print_summary(fmt: str, outcome: BuildOutcome) -> None:
    from glossary.store.summary import coverage, coverage_lines, summarize

    summary = summarize(outcome.glossary)
    report, documents, n_letters = outcome.report, outcome.documents, len(outcome.letters)
    mt: dict[str, Any] = {"provider": outcome.mt_provider}
    if outcome.mt_stats is not None:
        stats = outcome.mt_stats
        mt.update(
            requests=stats.requests,
            cache_hits=stats.cache_hits,
            retries=stats.retries,
            failed_terms=len(report.mt_failures),
        )
    if fmt == "json":
        print_json(
            {
                "glossary": str(outcome.path),
                "letters": n_letters,
                "seconds": round(outcome.seconds, 2),
                "summary": summary,
                "report": report.to_json(),
                "machine_translation": mt,
                "documents": documents.to_json(),
            }
        )
        if documents.failed:
            report_documents(documents)
        return
    plural = "" if n_letters == 1 else "s"
    echo(
        f"glossary build: {outcome.path}: {summary['entries']} entries from {n_letters} "
        f"letter{plural} in {outcome.seconds:.1f} s — {len(report.new)} new, "
        f"{len(report.changed)} changed, "
        f"{len(report.stale)} newly stale, {len(report.pruned)} pruned, "
        f"{len(report.rejected)} rejected skipped; {coverage(summary)}"
    )
    report_documents(documents, sys.stdout)
    for line in coverage_lines(summary):
        echo(line)
    if summary["stale"]:
        echo(f"  stale: {summary['stale']} (kept; --prune deletes them)")
    if report.held_back:
        echo(
            f"  held back: {len(report.held_back)} candidates nothing attests as terms (seen once "
            "with no term-base row or English offline, or covered by their parts; "
            "`glossary extract` lists them)"
        )
        shown = report.held_back[:MAX_LISTED]
        more = len(report.held_back) - len(shown)
        echo(
            "    "
            + ", ".join(shown)
            + (f" and {more} more (--format json lists all)" if more else "")
        )
    echo(f"  term-base conflicts: {len(report.conflicts)}")
    for c in report.conflicts[:MAX_LISTED]:
        echo(f'    {c.id}: reviewed "{c.english}", term base "{c.termbase}"')
    if outcome.mt_stats is None:
        echo("  machine translation: off (no text left this machine; opt in with --mt)")
    else:
        echo(
            f"  machine translation ({outcome.mt_provider}): {mt['requests']} requests, "
            f"{mt['cache_hits']} cached, {mt['retries']} retries, "
            f"{len(report.mt_failures)} terms failed (left missing)"
        )
        for term, error in report.mt_failures[:MAX_LISTED]:
            echo(f"    {term}: {error}", error=True)
