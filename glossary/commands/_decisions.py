"""Shared plumbing of the reviewer commands: ``--by``, the glossary to write, printing changes."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from glossary.commands._common import add_format, add_glossary, out, print_json

if TYPE_CHECKING:
    from glossary.model import Glossary
    from glossary.review.decisions import Change


def add_decision_options(parser: argparse.ArgumentParser) -> None:
    """``--glossary``, ``--by`` and ``--format text|json`` for every command that decides."""
    add_glossary(parser, writing=True)
    parser.add_argument(
        "--by",
        metavar="NAME",
        help="who decides (default: $NATO_GLOSSARY_USER, else the OS user name)",
    )
    add_format(parser, choices=("text", "json"))


def writing_path(args: argparse.Namespace) -> Path:
    from glossary.paths import default_glossary_for_writing

    return default_glossary_for_writing(args.glossary)


def who(args: argparse.Namespace) -> str:
    from glossary.review.decisions import default_user

    return (args.by or "").strip() or default_user()


def print_changes(changes: Sequence[Change], fmt: str) -> None:
    """Say what changed: one line per decision, or the JSON change records."""
    if fmt == "json":
        print_json([c.to_json() for c in changes])
        return
    for c in changes:
        prefix = "" if c.changed else "unchanged: "
        out(f"{prefix}{c.message}\n")


def decide(
    args: argparse.Namespace, apply: Callable[[Glossary, str, str, str], list[Change]]
) -> int:
    """Lock, re-read, ``apply(glossary, path, by, at)``, write, print; exit 0."""
    from glossary.store import jsonfile as store
    from glossary.text import now_utc

    path = writing_path(args)
    by, at = who(args), now_utc()
    changes = store.update(path, lambda g: apply(g, str(path), by, at))
    print_changes(changes, args.format)
    return 0
