"""``glossary review``: the entries awaiting review, the most likely to be kept first, with one
example each; the least sure are marked ``?``, names spelt the same in English ``=``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from glossary.commands._common import add_format, add_glossary, csv_text, out, print_json

if TYPE_CHECKING:
    from glossary.model import Entry

EXAMPLE_WIDTH = 110
COLUMNS = (
    "id",
    "lemma",
    "kind",
    "status",
    "english",
    "source",
    "confidence",
    "score",
    "certainty",
    "count",
    "stale",
    "letter",
    "example",
)


def register(subparsers: argparse._SubParsersAction) -> None:
    from glossary.model import KINDS, STATUSES

    p = subparsers.add_parser(
        "review",
        help="list the entries awaiting review",
        description="List entries whose status is below 'reviewed', the most likely to be kept "
        "first (attested by the term base, CLDR or the letter, or an acronym; then terms seen "
        "more than once; then terms seen once, marked '?'; names spelt the same in English "
        "last, marked '='), with their English, source, confidence and one example. Exit 1 "
        "when nothing awaits review.",
    )
    p.add_argument(
        "--kind", action="append", choices=KINDS, default=[], help="only this kind (repeatable)"
    )
    p.add_argument(
        "--status",
        action="append",
        choices=STATUSES,
        default=[],
        help="only this status (repeatable; 'reviewed' lists reviewed entries)",
    )
    p.add_argument(
        "--letter",
        action="append",
        default=[],
        metavar="ID",
        help="only terms seen in this letter (repeatable), e.g. kst-28676-328",
    )
    p.add_argument(
        "--limit", type=int, default=0, metavar="N", help="show at most N entries (default: all)"
    )
    add_glossary(p)
    add_format(p)
    p.set_defaults(func=run)


def example(entry: Entry, width: int = EXAMPLE_WIDTH) -> tuple[str, str]:
    """(letter id, sentence) of the first example, cut to ``width`` around the term."""
    from glossary.text import fold

    if not entry.examples:
        return "", ""
    occ = entry.examples[0]
    sentence = " ".join(occ.sentence.split())
    if len(sentence) <= width:
        return occ.letter, sentence
    folded = fold(sentence)
    hits = [folded.find(fold(f)) for f in [entry.lemma, *entry.forms] if fold(f) in folded]
    at = min(hits) if hits else 0
    start = max(0, min(at - width // 3, len(sentence) - width))
    end = start + width
    if start:
        space = sentence.find(" ", start, at + 1)
        start = space + 1 if space >= 0 else start
    if end < len(sentence):
        space = sentence.rfind(" ", max(start, at), end)
        end = space if space > start else end
    cut = sentence[start:end].strip()
    return occ.letter, ("…" if start else "") + cut + ("…" if end < len(sentence) else "")


def row(entry: Entry) -> dict[str, Any]:
    from glossary.review.order import certainty

    letter, sentence = example(entry)
    t = entry.translation
    return {
        "id": entry.id,
        "lemma": entry.lemma,
        "kind": entry.kind,
        "status": entry.status,
        "english": t.text if t else None,
        "source": t.source if t else None,
        "confidence": round(t.confidence, 4) if t else None,
        "score": round(entry.score, 4),
        "certainty": certainty(entry),
        "count": entry.count,
        "stale": entry.stale,
        "letter": letter or None,
        "example": sentence or None,
    }


def render_text(rows: list[dict[str, Any]], total: int, awaiting: bool = True) -> str:
    from glossary.review.order import MARKS

    shown = f", showing the first {len(rows)}" if len(rows) < total else ""
    noun = "entry" if total == 1 else "entries"
    verb = (
        ("awaits review" if total == 1 else "await review")
        if awaiting
        else ("matches" if total == 1 else "match")
    )
    lines = [f"{total} {noun} {verb}{shown} (most likely first; ? least sure, = same in English):"]
    for n, r in enumerate(rows, 1):
        stale = ", stale" if r["stale"] else ""
        lines.append(
            f"{n:>3}. {MARKS[r['certainty']]}{r['lemma']}  [{r['id']}]  {r['kind']}, "
            f"{r['status']}{stale}, "
            f"score {r['score']:.2f}, {r['count']}×"
        )
        if r["english"]:
            lines.append(
                f"     en: {r['english']}  ({r['source']}, confidence {r['confidence']:.2f})"
            )
        else:
            lines.append("     en: —  (no English yet)")
        if r["example"]:
            lines.append(f"     e.g. {r['example']}  ({r['letter']})")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    from glossary.errors import InputError
    from glossary.paths import default_glossary_for_reading
    from glossary.review.decisions import review_queue
    from glossary.store import jsonfile as store

    if args.limit < 0:
        raise InputError(f"--limit must be 0 (all) or more, not {args.limit}")
    path = default_glossary_for_reading(args.glossary)
    glossary = store.load(path)
    unknown = [x for x in args.letter if x not in glossary.letters]
    if unknown and glossary.letters:
        raise InputError(
            f"unknown letter {', '.join(unknown)}; this glossary was built from "
            f"{', '.join(sorted(glossary.letters))}",
            str(path),
        )
    queue = review_queue(glossary, kinds=args.kind, statuses=args.status, letters=args.letter)
    rows = [row(e) for e in (queue[: args.limit] if args.limit else queue)]
    if args.format == "json":
        print_json(rows)
    elif args.format == "csv":
        out(csv_text(COLUMNS, ([r[c] for c in COLUMNS] for r in rows)))
    elif rows:
        out(render_text(rows, len(queue), awaiting=not args.status))
    else:
        out("nothing awaits review\n" if not args.status else "no entry matches\n")
    return 0 if rows else 1
