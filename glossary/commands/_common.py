"""Options and output helpers shared by the subcommands.

Every command writes through :func:`out` and :func:`err` (and :func:`print_json`,
:func:`csv_text`), so what a glossary, a translator's file or a provider holds reaches the
terminal escaped (:func:`glossary.sanitize.for_terminal`) and every CSV cell is escaped against
formulas (:func:`glossary.sanitize.csv_cell`): the output policy in one place.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Iterable, Sequence

# ``typing`` for the type checker only: importing it would cost ``glossary lookup`` 2 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

FORMATS = ("text", "json", "csv")


def finite_float(text: str) -> float:
    """An argparse type: a finite number (``nan`` and ``inf`` are usage errors)."""
    import math

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"not a finite number: {text!r}")
    return value


def add_format(
    parser: argparse.ArgumentParser, choices: Sequence[str] = FORMATS, default: str = "text"
) -> None:
    """``--format`` with ``--json`` as its short form."""
    parser.add_argument(
        "--format", choices=choices, default=default, help=f"output format (default: {default})"
    )
    parser.add_argument(
        "--json", dest="format", action="store_const", const="json", help="short for --format json"
    )


def add_glossary(parser: argparse.ArgumentParser, writing: bool = False) -> None:
    """``--glossary FILE`` (default ``$NATO_GLOSSARY``, else ``./terms/glossary.json``...)."""
    where = (
        "$NATO_GLOSSARY, else ./terms/glossary.json"
        if writing
        else "$NATO_GLOSSARY, else ./terms/glossary.json, else the shipped glossary"
    )
    parser.add_argument("--glossary", metavar="FILE", help=f"glossary file (default: {where})")


def use_colour(stream: Any = None) -> bool:
    """Colour only on a terminal and never with ``NO_COLOR`` set."""
    stream = stream or sys.stdout
    return not os.environ.get("NO_COLOR") and hasattr(stream, "isatty") and stream.isatty()


def out(text: str) -> None:
    """Write ``text`` to standard output, escaped for a terminal."""
    from glossary.sanitize import for_terminal

    sys.stdout.write(for_terminal(text))


def err(text: str) -> None:
    """Write ``text`` to standard error, escaped for a terminal."""
    from glossary.sanitize import for_terminal

    sys.stderr.write(for_terminal(text))


def out_painted(text: str) -> None:
    """Write text whose every value is already escaped (:func:`~glossary.sanitize.for_terminal`)
    and which carries the command's own colour codes, which must stay raw."""
    sys.stdout.write(text)


def echo(text: str = "", *, error: bool = False) -> None:
    """One line (``print``) to standard output, or standard error, escaped for a terminal."""
    (err if error else out)(text + "\n")


def print_json(data: Any) -> None:
    """JSON on standard output; characters a terminal would act on are ``\\uXXXX`` escapes."""
    out(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """CSV with a header row, ``\\n`` line endings, minimal quoting and every text cell
    escaped against spreadsheet formulas."""
    import csv

    from glossary.sanitize import csv_cell

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([csv_cell(v) for v in row])
    return buf.getvalue()
