"""``glossary extract``: the ranked term candidates of letters, as a table, CSV or JSON.

By default only glossary-worthy candidates are printed (score at or above the default cut,
chosen for recall); ``--all`` prints every candidate, ``--top N`` the best N, ``--min-score``
moves the cut. The language pipeline is loaded only when the command runs.
"""

from __future__ import annotations

import argparse
from typing import Any

from glossary.commands._common import (
    add_format,
    csv_text,
    echo,
    finite_float,
    out,
    print_json,
    use_colour,
)
from glossary.commands._scale import (
    add_scale_options,
    analysis_options,
    progress_bar,
    report_documents,
)

CSV_HEADER = ("term", "kind", "score", "freq", "forms", "expansion", "letters")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "extract",
        help="find the terms in letters, ranked",
        description="Read letters (official XML, HTML, PDF, DOCX, ODT or text files, "
        "directories, globs, or - for stdin), find "
        "their terms, acronyms and names with the Dutch pipeline and rank them by "
        "termhood × specificity. Prints the glossary-worthy candidates by default.",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="letter files, directories, globs, or - for stdin (or list them with --manifest)",
    )
    parser.add_argument("--top", type=int, metavar="N", help="print only the best N candidates")
    cut = parser.add_mutually_exclusive_group()
    cut.add_argument(
        "--min-score",
        type=finite_float,
        metavar="X",
        help="print candidates scoring at least X (default: the glossary cut)",
    )
    cut.add_argument("--all", action="store_true", help="print every candidate, scored")
    parser.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="worker processes for the language analysis (default 1)",
    )
    parser.add_argument(
        "--termbase",
        metavar="FILE",
        help="seed and boost candidates with the terms of this term base TSV",
    )
    add_scale_options(parser)
    add_format(parser)
    parser.set_defaults(func=run)


def candidate_json(cand: Any) -> dict[str, Any]:
    """One candidate as JSON (occurrences with letter, span into the original, sentence)."""
    return {
        "term": cand.term,
        "kind": cand.kind,
        "score": cand.score,
        "freq": cand.freq,
        "forms": cand.forms,
        "expansion": cand.expansion,
        "letters": cand.letters,
        "english_evidence": cand.english_evidence,
        "pos": cand.pos,
        "seeded_by": cand.seeded_by,
        "occurrences": [o.to_json() for o in cand.occurrences],
    }


def _print_text(cands: list[Any], n_letters: int, total: int) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from glossary.sanitize import for_terminal

    colour = use_colour()
    console = Console(
        force_terminal=colour, no_color=not colour, highlight=False, width=None if colour else 120
    )
    table = Table(
        title=f"{len(cands)} of {total} candidates from {n_letters} letter(s)", title_justify="left"
    )
    table.add_column("#", justify="right")
    table.add_column("term")
    table.add_column("kind")
    table.add_column("score", justify="right")
    table.add_column("freq", justify="right")
    table.add_column("expansion / English")
    table.add_column("letters", justify="right")
    for i, c in enumerate(cands, start=1):
        note = c.expansion or "; ".join(e for e in c.english_evidence if e != c.term)
        cells = (str(i), c.term, c.kind, f"{c.score:.2f}", str(c.freq), note, str(len(c.letters)))
        table.add_row(*(Text(for_terminal(cell or "")) for cell in cells))
    console.print(table)


def run(args: argparse.Namespace) -> int:
    from glossary.errors import InputError
    from glossary.extract import DEFAULT_MIN_SCORE
    from glossary.extract.scale.run import analyse_and_rank, check_jobs

    check_jobs(args.jobs)
    if args.top is not None and args.top < 1:
        raise InputError(f"--top must be at least 1, not {args.top}")
    from glossary.translate.seeds import place_names, seed_terms

    seeds: list[str] = []
    lifts = place_names()
    if args.termbase:
        from glossary.translate.termbase import load_termbase

        seeds, lifts = seed_terms(load_termbase(args.termbase))
    with progress_bar() as progress:
        options = analysis_options(args, args.paths, seeds, lifts)
        result = analyse_and_rank(options, min_score=None, progress=progress)
    letters_meta, every = result.letters, result.candidates
    cut = (
        None if args.all else (args.min_score if args.min_score is not None else DEFAULT_MIN_SCORE)
    )
    cands = [c for c in every if cut is None or c.score >= cut]
    if args.top is not None:
        cands = cands[: args.top]
    if args.format == "json":
        print_json(
            {
                "letters": letters_meta,
                "candidates": [candidate_json(c) for c in cands],
                "documents": result.summary.to_json(),
            }
        )
    elif args.format == "csv":
        rows = [
            (
                c.term,
                c.kind,
                f"{c.score:.4f}",
                c.freq,
                "|".join(c.forms),
                c.expansion or "",
                "|".join(c.letters),
            )
            for c in cands
        ]
        out(csv_text(CSV_HEADER, rows))
    elif cands:
        _print_text(cands, len(letters_meta), len(every))
    else:
        below = f"; {len(every)} below it (--all shows them)" if every else ""
        echo(
            f"no candidates at or above the score cut {cut}{below}"
            if cut is not None
            else "no candidates in these letters"
        )
    if args.format != "json" or result.summary.failed:
        report_documents(result.summary)
    return 0 if cands else 1
