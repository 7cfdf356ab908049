"""``glossary diff OLD.json NEW.json`` or ``--since GIT_REF``: what changed between glossaries."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from glossary.commands._common import add_format, add_glossary, out, print_json

if TYPE_CHECKING:
    from glossary.model import Glossary


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "diff",
        help="entries added, removed, retranslated, status changes between glossaries",
        description="Compare two glossary files (or the project glossary with its version at "
        "a git revision): entries added, removed, retranslated, status, stale, "
        "note and forbidden-rendering changes.",
    )
    p.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="OLD.json NEW.json; with --since just NEW (default: the glossary)",
    )
    p.add_argument(
        "--since",
        metavar="GIT_REF",
        help="compare with the glossary as committed at this git revision",
    )
    p.add_argument(
        "--exit-code",
        action="store_true",
        help="exit 1 when there are changes (like 'git diff --exit-code')",
    )
    add_glossary(p)
    add_format(p, choices=("text", "json", "markdown"))
    p.set_defaults(func=run)


def at_revision(path: Path, ref: str) -> Glossary:
    """The glossary file as committed at ``ref`` (``git show REF:path``)."""
    import subprocess

    from glossary.errors import InputError
    from glossary.store import jsonfile as store

    folder = path.resolve().parent
    try:
        top = subprocess.run(
            ["git", "-C", str(folder), "rev-parse", "--show-toplevel"],
            capture_output=True,
            text=True,
            check=False,
        )
    except FileNotFoundError:
        raise InputError("git is not installed; compare two files instead", str(path)) from None
    if top.returncode != 0:
        raise InputError("not inside a git repository; compare two files instead", str(path))
    rel = path.resolve().relative_to(Path(top.stdout.strip()).resolve()).as_posix()
    shown = subprocess.run(
        ["git", "-C", top.stdout.strip(), "show", f"{ref}:{rel}"], capture_output=True, check=False
    )
    if shown.returncode != 0:
        message = shown.stderr.decode("utf-8", "replace").strip().splitlines()
        raise InputError(
            f"git show {ref}:{rel} failed: {message[-1] if message else '?'}", str(path)
        )
    try:
        text = shown.stdout.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{ref}:{rel} is not UTF-8", str(path)) from None
    return store.parse(text, f"{ref}:{rel}")


def run(args: argparse.Namespace) -> int:
    from glossary.errors import InputError
    from glossary.paths import default_glossary_for_reading
    from glossary.review.diff import diff, render_markdown, render_text
    from glossary.store import jsonfile as store

    if args.since:
        if len(args.files) > 1:
            raise InputError("with --since give at most one FILE (the new glossary)")
        new_path = (
            Path(args.files[0]) if args.files else default_glossary_for_reading(args.glossary)
        )
        old, new = at_revision(new_path, args.since), store.load(new_path)
        old_name, new_name = f"{args.since}:{new_path}", str(new_path)
    else:
        if len(args.files) != 2:
            raise InputError("give OLD.json and NEW.json, or --since GIT_REF")
        old, new = store.load(args.files[0]), store.load(args.files[1])
        old_name, new_name = args.files
    result = diff(old, new)
    if args.format == "json":
        print_json({"old": old_name, "new": new_name, **result.to_json()})
    elif args.format == "markdown":
        out(render_markdown(result, old_name, new_name))
    else:
        out(render_text(result, old_name, new_name))
    return 1 if args.exit_code and result else 0
