"""The CLI dispatcher: the command table matches the command modules, and only one is imported."""

from __future__ import annotations

import argparse
import pkgutil
import subprocess
import sys

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


def test_unknown_command_is_a_usage_error(capsys):
    try:
        cli.main(["no-such-command"])
    except SystemExit as exc:
        assert exc.code == 2
    assert "invalid choice" in capsys.readouterr().err
