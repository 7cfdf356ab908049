"""``.. sphinx-ext-config::`` lists the extension's config values from their one declaration
(:class:`sphinx_ext.config.Settings`): name, accepted values, default and help text."""

from __future__ import annotations

from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective


def _literal(value: Any) -> str:
    """A value as ``conf.py`` writes it, in inline literal markup."""
    return f'``"{value}"``' if isinstance(value, str) else f"``{value!r}``"


def _accepted(option: Any) -> str:
    """``"a"``, ``"b"`` or ``"c"``; or the emphasised type name."""
    if not option.choices:
        return f"*{option.kind}; default* {_literal(option.default)}."
    quoted = [_literal(choice) for choice in option.choices]
    return f"{', '.join(quoted[:-1])} or {quoted[-1]}; *default* {_literal(option.default)}."


def config_lines() -> list[str]:
    """The definition list of every config value, in reStructuredText."""
    from sphinx_ext.config import options

    lines: list[str] = []
    for name, option in options():
        lines += [f"``{name}``", f"   {_accepted(option)} {option.help}", ""]
    return lines


class SphinxExtConfig(SphinxDirective):
    """The config values of ``sphinx_ext``, so the guide never drifts from the code."""

    def run(self) -> list[nodes.Node]:
        from sphinx_ext import config

        self.env.note_dependency(config.__file__)
        container = nodes.container()
        self.state.nested_parse(StringList(config_lines(), source=config.__file__), 0, container)
        return container.children


def setup(app: Sphinx) -> dict[str, object]:
    app.add_directive("sphinx-ext-config", SphinxExtConfig)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
