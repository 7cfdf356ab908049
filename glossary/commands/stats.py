"""``glossary stats``: how many entries, by kind, status and translation source, and how many
have English (by source and by status)."""

from __future__ import annotations

import argparse

from glossary.commands._common import add_format, add_glossary, echo, print_json


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "stats",
        help="count glossary entries by kind, status and source, and the English coverage",
        description="Count the entries of a glossary by kind, status and translation source, "
        "and how many have English (by source and by status).",
    )
    add_glossary(parser)
    add_format(parser, choices=("text", "json"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from glossary.paths import default_glossary_for_reading
    from glossary.store import jsonfile as store
    from glossary.store.summary import coverage, coverage_lines, format_counts, summarize

    path = default_glossary_for_reading(args.glossary)
    summary = summarize(store.load(path))
    if args.format == "json":
        print_json({"glossary": str(path), **summary})
        return 0
    confidence = summary["mean_confidence"]
    echo(
        f"{path}: {summary['entries']} entries from {summary['letters']} letters, "
        f"{summary['stale']} stale"
        + (f", mean confidence {confidence:.2f}" if confidence is not None else "")
        + f"; {coverage(summary)}"
    )
    for line in coverage_lines(summary):
        echo(line)
    echo(f"  by kind: {format_counts(summary['by_kind'])}")
    return 0
