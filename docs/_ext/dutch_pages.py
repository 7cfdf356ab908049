"""Auto-link glossary terms only on the Dutch pages of this manual (the rendered letters).

The rest of the manual is English, where Dutch glossary forms that are also English words
(``output``, ``top``) would be linked by mistake. A transform that runs before the
extension's read-time scan adds the ``no-glossary`` class to the top-level nodes of every
page whose name does not start with one of ``dutch_pages`` (a conf.py value); explicit
``:gl:`` roles still work there.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform


class MarkEnglishPages(SphinxTransform):
    """Switch auto-linking off on pages that are not Dutch."""

    default_priority = 500

    def apply(self, **kwargs: object) -> None:
        if self.env.docname.startswith(tuple(self.config.dutch_pages)):
            return
        for child in self.document.children:
            if isinstance(child, nodes.Element):
                child["classes"].append("no-glossary")


def setup(app: Sphinx) -> dict[str, object]:
    app.add_config_value("dutch_pages", [], "env", list)
    app.add_transform(MarkEnglishPages)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
