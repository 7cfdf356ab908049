"""``glossary approve TERM...``: the current English of each term is reviewed by a person."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from glossary.commands._decisions import add_decision_options, decide

if TYPE_CHECKING:
    from glossary.model import Glossary
    from glossary.review.decisions import Change


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "approve",
        help="mark the current English of terms as reviewed",
        description="Mark the current English of each TERM (lemma, surface form or id) as "
        "reviewed. A build never changes an approved entry.",
    )
    p.add_argument("terms", nargs="+", metavar="TERM")
    add_decision_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from glossary.review.decisions import approve
    from glossary.review.find import resolve_all

    def apply(glossary: Glossary, path: str, by: str, at: str) -> list[Change]:
        return [approve(e, by=by, at=at) for e in resolve_all(glossary, args.terms, path)]

    return decide(args, apply)
