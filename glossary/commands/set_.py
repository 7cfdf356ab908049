"""``glossary set TERM --en "..."``: a reviewer's own English (status reviewed, source manual)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from glossary.commands._decisions import add_decision_options, decide

if TYPE_CHECKING:
    from glossary.model import Glossary
    from glossary.review.decisions import Change


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "set",
        help="set the English of a term (reviewed, manual)",
        description="Set the English of TERM (lemma, surface form or id): status reviewed, "
        "source manual. The previous computed English stays as an alternative.",
    )
    p.add_argument("term", metavar="TERM")
    p.add_argument("--en", required=True, metavar="TEXT", help="the preferred English")
    p.add_argument(
        "--alt",
        action="append",
        default=[],
        metavar="TEXT",
        help="an accepted alternative English (repeatable)",
    )
    p.add_argument("--plural", metavar="TEXT", help="the English plural, if irregular")
    p.add_argument(
        "--en-expansion",
        metavar="TEXT",
        help="an acronym's English full form (its English acronym goes in --en)",
    )
    p.add_argument("--note", metavar="TEXT", help="a note for translators ('' clears it)")
    add_decision_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from glossary.review.decisions import set_translation
    from glossary.review.find import resolve

    def apply(glossary: Glossary, path: str, by: str, at: str) -> list[Change]:
        entry = resolve(glossary, args.term, path)
        return [
            set_translation(
                entry,
                args.en,
                source="manual",
                status="reviewed",
                by=by,
                at=at,
                alternatives=args.alt,
                note=args.note,
                plural=args.plural,
                english_expansion=args.en_expansion,
            )
        ]

    return decide(args, apply)
