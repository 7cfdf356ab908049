"""``glossary forbid TERM --en "..."``: a deprecated or forbidden English rendering."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from glossary.commands._decisions import add_decision_options, decide

if TYPE_CHECKING:
    from glossary.model import Glossary
    from glossary.review.decisions import Change


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "forbid",
        help="forbid an English rendering of a term",
        description="Record a deprecated/forbidden English rendering of TERM (lemma, surface "
        "form or id). Exports mark it and 'glossary check' flags catalogs using it.",
    )
    p.add_argument("term", metavar="TERM")
    p.add_argument(
        "--en",
        required=True,
        action="append",
        metavar="TEXT",
        help="the forbidden English (repeatable)",
    )
    p.add_argument("--remove", action="store_true", help="lift the ban on these renderings instead")
    add_decision_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from glossary.review.decisions import forbid, unforbid
    from glossary.review.find import resolve

    act = unforbid if args.remove else forbid

    def apply(glossary: Glossary, path: str, by: str, at: str) -> list[Change]:
        entry = resolve(glossary, args.term, path)
        return [act(entry, text, by=by, at=at) for text in args.en]

    return decide(args, apply)
