"""``glossary note TERM "..."``: a note for translators on an entry."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from glossary.commands._decisions import add_decision_options, decide

if TYPE_CHECKING:
    from glossary.model import Glossary
    from glossary.review.decisions import Change


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "note",
        help="set or clear a term's note for translators",
        description="Set the note of TERM (lemma, surface form or id); an empty TEXT or "
        "--clear removes it.",
    )
    p.add_argument("term", metavar="TERM")
    p.add_argument("text", nargs="?", default=None, metavar="TEXT")
    p.add_argument("--clear", action="store_true", help="remove the note")
    add_decision_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from glossary.errors import InputError
    from glossary.review.decisions import set_note
    from glossary.review.find import resolve

    if args.text is None and not args.clear:
        raise InputError("give the note TEXT, or --clear to remove the note")
    if args.text is not None and args.clear:
        raise InputError("give either a note TEXT or --clear, not both")
    text = "" if args.clear else args.text

    def apply(glossary: Glossary, path: str, by: str, at: str) -> list[Change]:
        return [set_note(resolve(glossary, args.term, path), text, by=by, at=at)]

    return decide(args, apply)
