"""``glossary history TERM``: the reviewer decisions recorded on an entry, oldest first."""

from __future__ import annotations

import argparse

from glossary.commands._common import add_format, add_glossary, csv_text, out, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "history",
        help="show the decisions recorded on a term",
        description="Show who decided what and when about TERM (lemma, surface form or id), "
        "including a rejection on the reject list. Exit 1 when there is none.",
    )
    p.add_argument("term", metavar="TERM")
    p.add_argument(
        "--rejected",
        metavar="FILE",
        help="the reject list (default: rejected.tsv beside the glossary)",
    )
    add_glossary(p)
    add_format(p)
    p.set_defaults(func=run)


def _detail(detail: dict[str, str]) -> str:
    return "; ".join(f"{k}={v}" for k, v in sorted(detail.items()))


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from glossary.paths import default_glossary_for_reading
    from glossary.review.find import TermNotFound, resolve
    from glossary.review.rejections import default_path, load_rejections
    from glossary.store import jsonfile as store

    path = default_glossary_for_reading(args.glossary)
    glossary = store.load(path)
    rejection = load_rejections(Path(args.rejected) if args.rejected else default_path(path)).find(
        args.term
    )
    rows: list[dict[str, str]] = []
    title = args.term
    try:
        entry = resolve(glossary, args.term, str(path))
    except TermNotFound:
        if rejection is None:
            raise
    else:
        title = f"{entry.lemma} [{entry.id}]"
        rows = [
            {"at": d.at, "by": d.by, "action": d.action, "detail": _detail(d.detail)}
            for d in entry.history
        ]
    if rejection is not None:
        rows.append(
            {
                "at": rejection.at,
                "by": rejection.by,
                "action": "reject",
                "detail": f"reason={rejection.reason}" if rejection.reason else "",
            }
        )
    if args.format == "json":
        print_json(rows)
    elif args.format == "csv":
        out(
            csv_text(
                ("at", "by", "action", "detail"),
                ([r["at"], r["by"], r["action"], r["detail"]] for r in rows),
            )
        )
    elif rows:
        out(f"{title}:\n")
        for r in rows:
            detail = f"  {r['detail']}" if r["detail"] else ""
            out(f"  {r['at']}  {r['by']}  {r['action']}{detail}\n")
    else:
        out(f"{title}: no decisions recorded\n")
    return 0 if rows else 1
