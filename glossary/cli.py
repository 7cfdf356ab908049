"""The ``glossary`` command: parse arguments, call the library, print. Nothing else.

Subcommands live in :mod:`glossary.commands`, one module each; each module exposes
``register(subparsers)`` and keeps its heavy imports inside its ``run``. Only the module of the
command being run is imported, so ``glossary lookup`` starts fast; ``--help`` imports them all.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from glossary import __version__
from glossary.errors import GlossaryError

# ``typing`` for the type checker only: importing it would cost ``glossary lookup`` 2 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, NoReturn

#: Command name → module in :mod:`glossary.commands`, in the order ``--help`` lists them.
COMMANDS: dict[str, str] = {
    "extract": "extract",
    "build": "build",
    "lookup": "lookup",
    "stats": "stats",
    "export": "export",
    "import": "import_",
    "check": "check",
    "review": "review",
    "approve": "approve",
    "set": "set_",
    "note": "note",
    "reject": "reject",
    "unreject": "reject",
    "forbid": "forbid",
    "history": "history",
    "diff": "diff",
    "fetch": "fetch",
}


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``, without importing ``shutil`` (with bz2, lzma and
    fnmatch, 1.5 ms of ``glossary lookup``): ``$COLUMNS``, else the terminal's width, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    stdout = sys.__stdout__
    if stdout is None:
        return 80
    try:
        return os.get_terminal_size(stdout.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        return 80


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout at the width argparse picks (:func:`_terminal_columns`): argparse
    makes a formatter for every argument it adds, and its own imports ``shutil`` for that."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        if width is None:
            width = _terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


class _Parser(argparse.ArgumentParser):
    """argparse with usage errors on one line (exit 2), like every other error of the tool."""

    def __init__(self, **options: Any) -> None:
        """Every parser, subcommands' too, formats its help with :class:`_Formatter`."""
        super().__init__(**{"formatter_class": _Formatter, **options})

    def error(self, message: str) -> NoReturn:
        from glossary.sanitize import one_line

        self.exit(2, f"{self.prog}: error: {one_line(message)} (see '{self.prog} --help')\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; with ``only``, just that command's module is imported."""
    parser = _Parser(
        prog="glossary",
        description="Build, look up and exchange a bilingual Dutch–English NATO glossary.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    names = [only] if only in COMMANDS else list(COMMANDS)
    registered: set[str] = set()
    for name in names:
        module = COMMANDS[name]
        if module not in registered:
            registered.add(module)
            importlib.import_module(f"glossary.commands.{module}").register(sub)
    return parser


def _first_word(argv: Sequence[str]) -> str | None:
    """The first argument that names a command or asks for help or the version: argparse
    acts on whichever comes first."""
    for arg in argv:
        if not arg.startswith("-") or arg in ("-h", "--help", "--version"):
            return arg
    return None


def _command_in(argv: Sequence[str]) -> str | None:
    """The subcommand named on the command line, unless help or the version comes first."""
    first = _first_word(argv)
    return first if first is not None and not first.startswith("-") else None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: exit 0 ok, 1 a negative answer, 2 usage or input error."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if _first_word(argv) == "--version":  # argparse's answer, without the command modules
        sys.stdout.write(f"glossary {__version__}\n")
        return 0
    parser = build_parser(_command_in(argv))
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except GlossaryError as exc:
        sys.stderr.write(f"glossary {args.command}: error: {exc}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"glossary {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
