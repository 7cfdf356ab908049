"""Options and output helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from collections.abc import Iterable, Sequence
from typing import Any

FORMATS = ("text", "json", "csv")


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


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """CSV with a header row, ``\\n`` line endings and minimal quoting."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return buf.getvalue()
