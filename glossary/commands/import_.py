"""``glossary import FILE``: bring a translator's PO, TBX or CSV back into the glossary."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from glossary.commands._common import add_format, add_glossary, print_json

if TYPE_CHECKING:
    from glossary.exchange.importing import ImportReport


def register(subparsers: argparse._SubParsersAction) -> None:
    from glossary.exchange.formats import import_names

    p = subparsers.add_parser(
        "import",
        help="apply a translator's PO, TBX or CSV file to the glossary",
        description="Apply a translator's file: an approved rendering (no fuzzy flag, TBX "
        "preferredTerm, CSV fuzzy=False) becomes reviewed, a changed fuzzy one "
        "proposed (source translator). Reviewed entries are not overwritten "
        "without --force. Exit 1 when something was left unresolved.",
    )
    p.add_argument(
        "file",
        metavar="FILE",
        help="the .po, .tbx or .csv file ('-': standard input, with --input-format)",
    )
    p.add_argument(
        "--input-format",
        dest="input_format",
        choices=import_names(),
        help="format of FILE (default: from its suffix, else from its content)",
    )
    add_glossary(p, writing=True)
    p.add_argument(
        "--add-new",
        action="store_true",
        help="add terms the glossary does not have (default: report them)",
    )
    p.add_argument(
        "--force", action="store_true", help="overwrite reviewed entries that the file changes"
    )
    p.add_argument("--dry-run", action="store_true", help="print what would change, write nothing")
    p.add_argument(
        "--by",
        metavar="NAME",
        help="translator to record (default: the file's Last-Translator, else "
        "$NATO_GLOSSARY_USER, else the OS user)",
    )
    add_format(p, choices=("text", "json"))
    p.set_defaults(func=run)


def _print_text(report: ImportReport) -> None:
    out = sys.stdout
    for change in report.changes:
        mark = "" if change.applied else "not applied: "
        out.write(f"{report.path}:{change.line}: {mark}{change.message}\n")
    counts = report.counts()
    parts = [f"{n} {name}" for name, n in sorted(counts.items()) if n]
    verb = "would apply" if report.dry_run else "applied"
    out.write(
        f"{'dry run: ' if report.dry_run else ''}{verb} {len(report.applied)} "
        f"change(s) by {report.by}; {', '.join(parts) or 'nothing in the file'}\n"
    )
    if report.unresolved:
        out.write(f"{len(report.unresolved)} item(s) left unresolved (see above)\n")


def run(args: argparse.Namespace) -> int:
    from glossary.exchange.importing import import_file
    from glossary.paths import default_glossary_for_writing

    report = import_file(
        args.file,
        default_glossary_for_writing(args.glossary),
        fmt=args.input_format,
        add_new=args.add_new,
        force=args.force,
        by=(args.by or "").strip() or None,
        dry_run=args.dry_run,
    )
    if args.format == "json":
        print_json(report.to_json())
    else:
        _print_text(report)
    return report.exit_code
