"""The ``:gl:`` role: one explicit link, ``:gl:`term``` or ``:gl:`shown text <term>```.

The target may be an entry id, its Dutch lemma or form, or its English (case-insensitive). An
unknown target warns at its location and renders as plain text.
"""

from __future__ import annotations

from docutils import nodes
from docutils.nodes import Node, system_message
from sphinx.util.docutils import SphinxRole
from sphinx.util.nodes import split_explicit_title

from sphinx_ext.loading import loaded_glossary
from sphinx_ext.log import warn
from sphinx_ext.nodes import glossary_pending


class GlossaryRole(SphinxRole):
    """Resolve the target to an entry id now; the link is made at write time."""

    def run(self) -> tuple[list[Node], list[system_message]]:
        _, title, target = split_explicit_title(self.text)
        loaded = loaded_glossary(self.env)
        entry_id = loaded.lookup(target.strip())
        if entry_id is None:
            if not loaded.error:
                warn(
                    f"unknown glossary term {target!r} in :gl: role; check its spelling or "
                    "add it to the glossary",
                    "missing-term",
                    location=self.get_location(),
                )
            return [nodes.inline(self.rawtext, title, classes=["nato-gl-missing"])], []
        node = glossary_pending(self.rawtext, "", nodes.Text(title), entry_id=entry_id)
        self.set_source_info(node)
        return [node], []
