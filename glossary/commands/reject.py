"""``glossary reject TERM...`` and ``glossary unreject TERM...``: the reviewed reject list.

A rejected term leaves the glossary and goes on the reject list beside it
(``<dir of the glossary>/rejected.tsv``), which every later build skips.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from glossary.commands._common import add_format, add_glossary, out, print_json
from glossary.commands._decisions import add_decision_options, print_changes, who, writing_path

if TYPE_CHECKING:
    from glossary.model import Entry, Glossary
    from glossary.review.decisions import Change
    from glossary.review.rejections import Rejection, Rejections


def _add_list_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rejected",
        metavar="FILE",
        help="the reject list (default: rejected.tsv beside the glossary)",
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "reject",
        help="reject terms: not glossary terms, never built again",
        description="Remove each TERM (lemma, surface form or id) from the glossary and add "
        "it to the reject list, which every later build respects.",
    )
    p.add_argument("terms", nargs="+", metavar="TERM")
    p.add_argument("--reason", default="", metavar="TEXT", help="why it is not a term")
    p.add_argument(
        "--force", action="store_true", help="also reject terms that are not in the glossary (yet)"
    )
    _add_list_option(p)
    add_decision_options(p)
    p.set_defaults(func=run)

    u = subparsers.add_parser(
        "unreject",
        help="take terms off the reject list",
        description="Take each TERM off the reject list; the next build brings it back.",
    )
    u.add_argument("terms", nargs="+", metavar="TERM")
    _add_list_option(u)
    add_glossary(u, writing=True)
    add_format(u, choices=("text", "json"))
    u.set_defaults(func=run_unreject)


def list_path(args: argparse.Namespace) -> Path:
    from glossary.review.rejections import default_path

    return Path(args.rejected) if args.rejected else default_path(writing_path(args))


def run(args: argparse.Namespace) -> int:
    from glossary.review import rejections as reject_list
    from glossary.review.decisions import reject, reject_term
    from glossary.review.find import TermNotFound, resolve
    from glossary.store import jsonfile as store
    from glossary.store import transaction
    from glossary.text import now_utc

    path, tsv = writing_path(args), list_path(args)
    by, at = who(args), now_utc()

    def apply(glossary: Glossary, rejections: Rejections) -> list[Change]:
        found: list[tuple[str, Entry | None]] = []
        for term in args.terms:
            try:
                found.append((term, resolve(glossary, term, str(path))))
            except TermNotFound:
                if not args.force:
                    raise
                found.append((term, None))
        changes: list[Change] = []
        for term, entry in found:
            if entry is None:
                changes.append(reject_term(rejections, term, reason=args.reason, by=by, at=at))
            elif entry.id in glossary.entries:
                changes.append(
                    reject(glossary, rejections, entry, reason=args.reason, by=by, at=at)
                )
        return changes

    # The glossary and the reject list change together: both files or neither.
    changes = transaction.update([store.document(path), reject_list.document(tsv)], apply)
    print_changes(changes, args.format)
    if args.format == "text":
        out(f"reject list: {tsv}\n")
    return 0


def run_unreject(args: argparse.Namespace) -> int:
    from glossary.review.decisions import unreject
    from glossary.review.find import TermNotFound
    from glossary.review.rejections import update_rejections

    tsv = list_path(args)

    def change(rejections: Rejections) -> list[Rejection | None]:
        missing = [t for t in args.terms if rejections.find(t) is None]
        if missing:
            raise TermNotFound(f"not on the reject list: {', '.join(missing)}", str(tsv))
        return [unreject(rejections, t) for t in args.terms]

    removed = [r for r in update_rejections(tsv, change) if r is not None]
    if args.format == "json":
        print_json([r.to_json() for r in removed])
    else:
        for r in removed:
            out(f"{r.term}: taken off the reject list; the next build brings it back\n")
    return 0
