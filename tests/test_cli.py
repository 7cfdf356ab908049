"""The CLI dispatcher: the command table matches the command modules, and only one is imported."""

from __future__ import annotations

import argparse
import pkgutil
import shutil
import subprocess
import sys

import pytest

import glossary
from glossary import cli, commands


def _registered(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def test_command_table_covers_every_command_module():
    modules = {
        m.name for m in pkgutil.iter_modules(commands.__path__) if not m.name.startswith("_")
    }
    assert set(cli.COMMANDS.values()) == modules
    assert _registered(cli.build_parser()) == set(cli.COMMANDS)


def test_each_command_parses_alone():
    for name in cli.COMMANDS:
        assert name in _registered(cli.build_parser(name))


def test_running_a_command_imports_only_its_module():
    code = (
        "import sys; from glossary.cli import main\n"
        "try:\n    main(['lookup', '--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('glossary.commands.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert (
        out.stdout.strip().splitlines()[-1] == "['glossary.commands._common', "
        "'glossary.commands.lookup']"
    )


@pytest.mark.parametrize("argv", [["--version"], ["--bogus", "--version"], ["--version", "-h"]])
def test_version_prints_as_argparse_does_and_loads_no_command(argv, capsys):
    """``--version`` before any command or help option: argparse's answer, no command module
    imported (it was every one of them, 5.6× a bare interpreter)."""
    assert cli.main(argv) == 0
    assert capsys.readouterr().out == f"glossary {glossary.__version__}\n"
    code = (
        "import sys; from glossary.cli import main\n"
        f"main({argv!r})\n"
        "print([m for m in sys.modules if m.startswith('glossary.commands')])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_unknown_command_is_a_usage_error(capsys):
    try:
        cli.main(["no-such-command"])
    except SystemExit as exc:
        assert exc.code == 2
    assert "invalid choice" in capsys.readouterr().err


@pytest.mark.parametrize("columns", [None, "50", "133", "0", "-3", "wide"])
def test_help_is_as_wide_as_argparse_makes_it(columns: str | None, monkeypatch) -> None:
    """Every parser finds its width without ``shutil``, and formats as argparse would."""
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert cli._terminal_columns() == shutil.get_terminal_size().columns
    parser = cli.build_parser("lookup")
    for each in (parser, *parser._subparsers._group_actions[0].choices.values()):
        assert each.formatter_class is cli._Formatter
        ours = each.format_help()
        each.formatter_class = argparse.HelpFormatter
        assert ours == each.format_help()
