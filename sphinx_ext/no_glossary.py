"""``.. no-glossary::`` switches auto-linking off for its content (the ``no-glossary`` class).

Any element with the class works too, e.g. ``.. rst-class:: no-glossary`` or ``:class:``.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from sphinx_ext.walk import NO_GLOSSARY_CLASS


class NoGlossaryDirective(SphinxDirective):
    """A container whose content is never auto-linked (``:gl:`` roles still link)."""

    has_content = True

    def run(self) -> list[nodes.Node]:
        container = nodes.container(classes=[NO_GLOSSARY_CLASS])
        self.set_source_info(container)
        container.extend(self.parse_content_to_nodes(allow_section_headings=True))
        return [container]
