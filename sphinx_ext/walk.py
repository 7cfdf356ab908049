"""Where terms may be linked: the text of a doctree minus titles, literals, code, raw nodes,
existing references, invisible nodes, the extension's own nodes and whatever the user excludes
(``glossary_exclude``: node class names or CSS classes; the ``no-glossary`` class always).
"""

from __future__ import annotations

from collections.abc import Iterator

from docutils import nodes
from sphinx import addnodes

from sphinx_ext.nodes import glossary_link, glossary_mark, glossary_pending

#: CSS class that switches auto-linking off for a block (``.. no-glossary::`` sets it).
NO_GLOSSARY_CLASS = "no-glossary"

#: Node types whose text is never linked (subclasses included); some are docutils mix-ins
#: (``Invisible``, ``not_smartquotable``) rather than ``Node`` subclasses.
EXCLUDED_NODES: tuple[type, ...] = (
    nodes.title,
    nodes.subtitle,
    nodes.rubric,
    nodes.caption,
    nodes.field_name,
    nodes.FixedTextElement,
    nodes.literal,
    nodes.raw,
    nodes.math,
    nodes.image,
    nodes.reference,
    nodes.target,
    nodes.Invisible,
    nodes.label,
    nodes.problematic,
    nodes.system_message,
    nodes.option_string,
    nodes.option_argument,
    nodes.abbreviation,
    nodes.acronym,
    nodes.citation_reference,
    nodes.footnote_reference,
    addnodes.pending_xref,
    addnodes.not_smartquotable,
    addnodes.desc_signature,
    addnodes.toctree,
    addnodes.index,
    addnodes.glossary,
    addnodes.productionlist,
    nodes.meta,
    glossary_link,
    glossary_mark,
    glossary_pending,
)


class Walker:
    """Decides which elements are skipped and yields the linkable text nodes below a root."""

    def __init__(self, exclude: frozenset[str] = frozenset()) -> None:
        self.names = frozenset(exclude)
        self.classes = frozenset(exclude) | {NO_GLOSSARY_CLASS}
        self._by_type: dict[type, bool] = {}

    def skipped_type(self, cls: type) -> bool:
        """Whether elements of ``cls`` are never linked (built-in list or a configured name)."""
        known = self._by_type.get(cls)
        if known is None:
            known = issubclass(cls, EXCLUDED_NODES) or any(
                base.__name__ in self.names for base in cls.__mro__
            )
            self._by_type[cls] = known
        return known

    def skipped(self, node: nodes.Element) -> bool:
        """Whether ``node`` and everything inside it is left alone."""
        if self.skipped_type(type(node)):
            return True
        classes = node.get("classes")
        return bool(classes) and not self.classes.isdisjoint(classes)

    def texts(self, root: nodes.Node) -> Iterator[nodes.Text]:
        """Every linkable text node below ``root``, in document order."""
        stack: list[nodes.Node] = [root]
        while stack:
            node = stack.pop()
            if isinstance(node, nodes.Text):
                yield node
            elif isinstance(node, nodes.Element) and not self.skipped(node):
                stack.extend(reversed(node.children))

    def scan(self, root: nodes.Node) -> tuple[list[nodes.Text], list[glossary_pending]]:
        """In one pass: the linkable text nodes, and the ``:gl:`` roles that will be resolved
        (also inside blocks excluded by class, not inside titles or literals)."""
        texts: list[nodes.Text] = []
        roles: list[glossary_pending] = []
        stack: list[tuple[nodes.Node, bool]] = [(root, True)]
        while stack:
            node, linkable = stack.pop()
            if isinstance(node, nodes.Text):
                if linkable:
                    texts.append(node)
            elif isinstance(node, glossary_pending):
                roles.append(node)
            elif isinstance(node, nodes.Element) and not self.skipped_type(type(node)):
                classes = node.get("classes")
                inner = linkable and not (classes and not self.classes.isdisjoint(classes))
                stack.extend((child, inner) for child in reversed(node.children))
        return texts, roles
