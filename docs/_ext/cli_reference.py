"""``.. cli-reference::`` renders the help of every ``glossary`` subcommand from the parser."""

from __future__ import annotations

import argparse

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


class CliReference(SphinxDirective):
    """One section per subcommand with its ``--help`` text, so the reference never drifts."""

    def run(self) -> list[nodes.Node]:
        from glossary.cli import build_parser

        parser = build_parser()
        parser.prog = "glossary"
        out: list[nodes.Node] = [nodes.literal_block(text=parser.format_help())]
        for name, sub in sorted(_subparsers(parser).items()):
            section = nodes.section(ids=[f"cli-{name}"])
            section += nodes.title(text=f"glossary {name}")
            section += nodes.literal_block(text=sub.format_help(), classes=["no-glossary"])
            out.append(section)
        return out


def setup(app: Sphinx) -> dict[str, object]:
    app.add_directive("cli-reference", CliReference)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
