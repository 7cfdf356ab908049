"""``glossary export``: the glossary as PO/POT, TBX or CSV for translators and CAT tools."""

from __future__ import annotations

import argparse

from glossary.commands._common import add_glossary, out


def register(subparsers: argparse._SubParsersAction) -> None:
    from glossary.exchange.formats import all_formats, export_names
    from glossary.model import KINDS, STATUSES

    p = subparsers.add_parser(
        "export",
        help="write the glossary as PO, POT, TBX or CSV for translators",
        description="Write the glossary for CAT tools: PO/POT (Poedit, Weblate, OmegaT), "
        "TBX-Basic (Trados, memoQ, OmegaT) or Weblate glossary CSV. The output is "
        "deterministic: the same glossary gives the same bytes.",
    )
    p.add_argument(
        "--format",
        choices=export_names(),
        required=True,
        help="exchange format ("
        + "; ".join(f"{f.name}: {f.description}" for f in all_formats())
        + ")",
    )
    add_glossary(p)
    p.add_argument(
        "--out",
        metavar="FILE",
        default="-",
        help="output file, written atomically ('-' or omitted: standard output)",
    )
    p.add_argument(
        "--status",
        nargs="+",
        choices=STATUSES,
        metavar="STATUS",
        help=f"only entries with these statuses ({', '.join(STATUSES)})",
    )
    p.add_argument(
        "--kind",
        nargs="+",
        choices=KINDS,
        metavar="KIND",
        help=f"only entries of these kinds ({', '.join(KINDS)})",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from glossary.exchange.export import export_text
    from glossary.paths import default_glossary_for_reading
    from glossary.store import jsonfile as store
    from glossary.store.atomic import write_text

    source = default_glossary_for_reading(args.glossary)
    glossary = store.load(source)
    text = export_text(glossary, args.format, args.status, args.kind)
    if args.out in (None, "-"):
        out(text)
    else:
        write_text(args.out, text, inputs=[source])
    return 0
