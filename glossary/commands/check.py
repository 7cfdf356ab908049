"""``glossary check CATALOG.po...``: are the glossary terms translated consistently?"""

from __future__ import annotations

import argparse

from glossary.commands._common import add_format, add_glossary, err, out, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    from glossary.model import STATUSES

    p = subparsers.add_parser(
        "check",
        help="check translated PO catalogs for consistent glossary terms",
        description="For each translated message whose Dutch msgid contains a glossary term, "
        "report when the English msgstr lacks the approved English (or an "
        "alternative) or uses a forbidden rendering. Exit 1 when issues are found.",
    )
    p.add_argument(
        "catalogs",
        nargs="+",
        metavar="CATALOG",
        help="translated .po files (Dutch msgid, English msgstr), directories "
        "(their *.po files), globs, or - for standard input",
    )
    add_glossary(p)
    p.add_argument(
        "--min-status",
        choices=STATUSES,
        default="reviewed",
        help="check terms at or above this status (default: reviewed)",
    )
    p.add_argument(
        "--include-fuzzy",
        action="store_true",
        help="also check fuzzy messages (Sphinx does not use them by default)",
    )
    add_format(p, choices=("text", "json"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from glossary.exchange.check import check_files, expand_catalogs
    from glossary.paths import default_glossary_for_reading
    from glossary.store import jsonfile as store

    glossary = store.load(default_glossary_for_reading(args.glossary))
    catalogs = expand_catalogs(args.catalogs)
    issues = check_files(
        catalogs, glossary, min_status=args.min_status, include_fuzzy=args.include_fuzzy
    )
    if args.format == "json":
        print_json([i.to_json() for i in issues])
    else:
        for issue in issues:
            out(issue.text() + "\n")
        files = len(catalogs)
        err(f"{len(issues)} issue(s) in {files} catalog(s)\n")
    return 1 if issues else 0
