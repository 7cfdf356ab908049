"""How each writer renders :class:`glossary_link` and :class:`glossary_mark`.

The translation shown is an acronym's English with its English expansion (``CSDP — Common
Security and Defence Policy``). HTML: an accessible tooltip (``aria-describedby`` →
``role="tooltip"``), or ``term (en: …)`` with ``glossary_show = "inline"``, the translation in
``<bdi>`` so that no right-to-left text in it can reorder the rest of the paragraph; every value
is escaped. LaTeX: the first use per document gets a footnote (a parenthesis where footnotes
break: tables, captions, footnotes, terms). Text, man and texinfo: ``term [en: …]`` on the
first use per document (``(en: …)`` inline); man pages cannot link, so there the term is plain
text.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any, TypedDict

from docutils import nodes

#: A writer's visit or depart function for one node (``self`` is the writer).
Visitor = Callable[[Any, nodes.Element], None]


class Visitors(TypedDict, total=False):
    """Visit and depart function per builder, as ``Sphinx.add_node`` takes them by keyword
    (no depart function: nothing to close after the node's children)."""

    html: tuple[Visitor, Visitor | None]
    latex: tuple[Visitor, Visitor | None]
    text: tuple[Visitor, Visitor | None]
    man: tuple[Visitor, Visitor | None]
    texinfo: tuple[Visitor, Visitor | None]


def _attr(value: str) -> str:
    return escape(value, quote=True)


def _note_text(node: nodes.Element) -> str:
    return f"{node['gl_lang']}: {node['gl_tip']}"


def _annotated(node: nodes.Element) -> bool:
    """Non-HTML builders and inline mode show the translation at the first use per page."""
    return bool(node.get("gl_tip")) and node.get("gl_show") != "none" and bool(node.get("gl_note"))


def _tooltip(node: nodes.Element) -> bool:
    return bool(node.get("gl_tip")) and node.get("gl_show") == "tooltip"


# -- HTML -----------------------------------------------------------------------------------


def _html_open(self: Any, node: nodes.Element, linked: bool) -> None:
    tip = _tooltip(node)
    described = f' aria-describedby="{_attr(node["gl_tipid"])}"' if tip else ""
    if tip:
        self.body.append('<span class="nato-gl">')
    if linked:
        href = node.get("refuri") or "#" + node["refid"]
        self.body.append(
            f'<a class="reference internal nato-gl-link" href="{_attr(href)}"{described}>'
        )
    else:
        focus = ' tabindex="0"' if tip else ""
        self.body.append(f'<span class="nato-gl-term"{focus}{described}>')


def _html_close(self: Any, node: nodes.Element, linked: bool) -> None:
    self.body.append("</a>" if linked else "</span>")
    if _tooltip(node):
        self.body.append(
            f'<span class="nato-gl-tip" role="tooltip" id="{_attr(node["gl_tipid"])}"'
            f' lang="{_attr(node["gl_lang"])}">{escape(node["gl_tip"])}</span>'
            "</span>"
        )
    elif node.get("gl_show") == "inline" and _annotated(node):
        self.body.append(
            f' <span class="nato-gl-inline">({escape(node["gl_lang"])}: '
            f'<bdi lang="{_attr(node["gl_lang"])}">{escape(node["gl_tip"])}'
            "</bdi>)</span>"
        )


def visit_link_html(self: Any, node: nodes.Element) -> None:
    _html_open(self, node, linked=True)


def depart_link_html(self: Any, node: nodes.Element) -> None:
    _html_close(self, node, linked=True)


def visit_mark_html(self: Any, node: nodes.Element) -> None:
    _html_open(self, node, linked=False)


def depart_mark_html(self: Any, node: nodes.Element) -> None:
    _html_close(self, node, linked=False)


def visit_sense_html(self: Any, node: nodes.Element) -> None:
    lemma = f"<em>{escape(node['lemma'])}</em> — " if node.get("lemma") else ""
    if node.get("english"):
        english = f"<strong>{escape(node['english'])}</strong>"
        if node.get("english_expansion"):
            english += f" — {escape(node['english_expansion'])}"
        if node.get("also"):
            english += f" (also: {escape(node['also'])})"
    else:
        english = "<em>no English yet</em>"
    self.body.append(
        f'<p class="nato-gl-english">{lemma}{english}</p>\n'
        f'<p class="nato-gl-meta">{escape(node["meta"])}</p>\n'
    )
    if node.get("example"):
        self.body.append(f'<p class="nato-gl-example">“{escape(node["example"])}”</p>\n')
    raise nodes.SkipNode


# -- LaTeX ----------------------------------------------------------------------------------


def visit_sense_latex(self: Any, node: nodes.Element) -> None:
    lemma = r"\emph{" + self.encode(node["lemma"]) + "} --- " if node.get("lemma") else ""
    if node.get("english"):
        english = r"\textbf{" + self.encode(node["english"]) + "}"
        if node.get("english_expansion"):
            english += self.encode(f" — {node['english_expansion']}")
        if node.get("also"):
            english += self.encode(f" (also: {node['also']})")
    else:
        english = r"\emph{no English yet}"
    lines = [lemma + english, r"{\small " + self.encode(node["meta"]) + "}"]
    if node.get("example"):
        lines.append(r"{\small\itshape " + self.encode(f"“{node['example']}”") + "}")
    self.body.append("\n\\sphinxAtStartPar\n" + "\\\\\n".join(lines) + "\n")
    raise nodes.SkipNode


def _latex_note(self: Any, node: nodes.Element) -> None:
    if not _annotated(node):
        return
    text = self.encode(_note_text(node))
    cramped = (
        self.table is not None
        or self.in_footnote
        or self.in_caption
        or self.in_title
        or self.in_term
        or self.in_minipage
        or self.in_parsed_literal
    )
    if node["gl_show"] == "inline" or cramped:
        self.body.append(f" ({text})")
    else:
        self.body.append(r"\footnote{" + text + "}")


def visit_link_latex(self: Any, node: nodes.Element) -> None:
    uri = node.get("refuri", "")
    if not uri and node.get("refid"):
        uri = "%" + self.curfilestack[-1] + "#" + node["refid"]
    if uri.startswith("%") and "#" in uri:
        self.body.append(self.hyperlink(uri[1:].replace("#", ":")) + r"\sphinxtermref{")
        self.context.append("}}}")
    else:
        self.context.append("")


def depart_link_latex(self: Any, node: nodes.Element) -> None:
    self.body.append(self.context.pop())
    _latex_note(self, node)


def visit_mark_latex(self: Any, node: nodes.Element) -> None:
    pass


def depart_mark_latex(self: Any, node: nodes.Element) -> None:
    _latex_note(self, node)


# -- text, man, texinfo ---------------------------------------------------------------------


def _plain_note(self: Any, node: nodes.Element) -> None:
    if not _annotated(node):
        return
    note = _note_text(node)
    text = nodes.Text(f" ({note})" if node["gl_show"] == "inline" else f" [{note}]")
    self.visit_Text(text)
    self.depart_Text(text)


def visit_link_plain(self: Any, node: nodes.Element) -> None:
    try:
        self.visit_reference(node)
    except nodes.SkipNode:
        _plain_note(self, node)
        raise


def depart_link_plain(self: Any, node: nodes.Element) -> None:
    self.depart_reference(node)
    _plain_note(self, node)


def visit_mark_plain(self: Any, node: nodes.Element) -> None:
    self.visit_inline(node)


def depart_mark_plain(self: Any, node: nodes.Element) -> None:
    self.depart_inline(node)
    _plain_note(self, node)


LINK_VISITORS: Visitors = {
    "html": (visit_link_html, depart_link_html),
    "latex": (visit_link_latex, depart_link_latex),
    "text": (visit_link_plain, depart_link_plain),
    # A man page cannot link to another page: the term and its translation only.
    "man": (visit_mark_plain, depart_mark_plain),
    "texinfo": (visit_link_plain, depart_link_plain),
}

MARK_VISITORS: Visitors = {
    "html": (visit_mark_html, depart_mark_html),
    "latex": (visit_mark_latex, depart_mark_latex),
    "text": (visit_mark_plain, depart_mark_plain),
    "man": (visit_mark_plain, depart_mark_plain),
    "texinfo": (visit_mark_plain, depart_mark_plain),
}

SENSE_VISITORS: Visitors = {
    "html": (visit_sense_html, None),
    "latex": (visit_sense_latex, None),
}
