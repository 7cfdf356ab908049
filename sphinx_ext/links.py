"""Write time: turn matched terms into final reference nodes with the builder's target URI.

Runs as a post-transform, i.e. per output document after reading, so the links need no
resolution step and cost nothing at read time. Matching again here is cheap (one automaton scan
per text node) and gives the same result as at read time, because a change of forms re-reads
the affected pages (:mod:`sphinx_ext.incremental`).
"""

from __future__ import annotations

import re
import weakref
import zlib
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.builders import Builder
from sphinx.environment import BuildEnvironment
from sphinx.errors import NoUri
from sphinx.transforms.post_transforms import SphinxPostTransform

from sphinx_ext import incremental
from sphinx_ext.envdata import env_data
from sphinx_ext.loading import LoadedGlossary, loaded_glossary
from sphinx_ext.log import warn
from sphinx_ext.nodes import glossary_link, glossary_mark, glossary_pending
from sphinx_ext.senses import entry_for
from sphinx_ext.walk import Walker

#: Builders that only extract text: no markup may appear in their messages.
TEXT_EXTRACTING_BUILDERS = frozenset({"gettext"})
#: Builders that inline all documents into one doctree (``start_of_file`` marks each).
ASSEMBLING_BUILDERS = frozenset({"singlehtml", "latex", "texinfo", "man"})

#: The builder of each build, for target URIs (transforms reach it only through private API).
_BUILDERS: weakref.WeakKeyDictionary[BuildEnvironment, Builder] = weakref.WeakKeyDictionary()


def on_builder_inited(app: Sphinx) -> None:
    """``builder-inited``: remember the builder that writes this build's links."""
    _BUILDERS[app.env] = app.builder


def tip_id_prefix(docname: str) -> str:
    """Readable, unique per document: ``gl-sub-page-1a2b3c4d``."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", docname).strip("-").lower() or "doc"
    return f"gl-{slug}-{zlib.crc32(docname.encode('utf-8')):08x}"


def target_uri(
    builder: Any,
    fromdoc: str,
    todoc: str,
    anchor: str,
    cache: dict[tuple[str, str], str] | None = None,
) -> dict[str, str]:
    """``refid`` on the same page, else ``refuri`` as the builder writes it (NoUri if none)."""
    if fromdoc == todoc:
        return {"refid": anchor}
    key = (fromdoc, todoc)
    base = cache.get(key) if cache is not None else None
    if base is None:
        base = builder.get_relative_uri(fromdoc, todoc)
        if cache is not None:
            cache[key] = base
    if base.startswith("#"):
        return {"refuri": "#" + anchor}
    return {"refuri": f"{base}#{anchor}"}


class _Page:
    """Per output document: tooltip counter and the entries already linked."""

    def __init__(self, docname: str, linkable: set[str] | None = None) -> None:
        self.docname = docname
        self.prefix = tip_id_prefix(docname)
        self.count = 0
        self.seen: set[str] = set()
        #: Entries recorded at read time that can still be linked; empty: nothing left to find.
        self.linkable = linkable

    def next_id(self) -> str:
        self.count += 1
        return f"{self.prefix}-{self.count}"


class CreateGlossaryLinks(SphinxPostTransform):
    """Create links for ``:gl:`` roles and auto-linked terms, as the configuration says."""

    default_priority = 100

    def run(self, **kwargs: Any) -> None:
        loaded = loaded_glossary(self.env)
        builder = _BUILDERS.get(self.env)
        if builder is None or builder.name in TEXT_EXTRACTING_BUILDERS:
            _unwrap_pending(self.document)
            return
        data = env_data(self.env)
        docname = self.env.docname
        nothing_to_link = loaded.settings.autolink == "off" or docname in data.targets
        assembling = builder.name in ASSEMBLING_BUILDERS or hasattr(builder, "assemble_doctree")
        if nothing_to_link and not data.usage.get(docname) and not assembling:
            return  # no auto-links here and no :gl: role: skip walking (a big glossary page)
        linker = _Linker(loaded, incremental.targets(self.env), builder, data.targets.keys())
        linker.usage = data.usage
        linker.run(self.document, docname)


def _unwrap_pending(document: nodes.document) -> None:
    for node in list(document.findall(glossary_pending)):
        node.replace_self(node.children)


class _Linker:
    """One document's pass: walk, match, replace text nodes by text and link nodes."""

    def __init__(
        self,
        loaded: LoadedGlossary,
        targets: incremental.Targets,
        builder: Builder,
        glossary_docs: Any,
    ) -> None:
        self.loaded = loaded
        self.settings = loaded.settings
        self.builder = builder
        self.targets = targets
        self.glossary_docs = frozenset(glossary_docs)
        self.has_page = bool(self.glossary_docs)
        self.walker = Walker(self.settings.exclude)
        self.matcher = loaded.matcher
        self.per_paragraph = self.settings.autolink == "first-per-paragraph"
        self.per_page = self.settings.autolink == "first-per-page"
        self.pages: dict[str, _Page] = {}
        self.uris: dict[tuple[str, str], str] = {}
        self.tip_language = self.settings.tip_language
        self.usage: dict[str, set[str]] = {}

    def page(self, docname: str) -> _Page:
        page = self.pages.get(docname)
        if page is None:
            linkable = None
            if self.per_page and docname in self.usage:
                linkable = {
                    e
                    for e in self.usage[docname]
                    if (e in self.targets if self.has_page else self.loaded.tip(e))
                }
            page = self.pages[docname] = _Page(docname, linkable)
        return page

    def run(self, document: nodes.document, docname: str) -> None:
        self.walk(document, docname, None, self.matcher is not None)

    def walk(
        self, node: nodes.Element, docname: str, para: set[str] | None, autolink: bool
    ) -> None:
        """Link below ``node``; inside excluded classes only ``:gl:`` roles are resolved."""
        if isinstance(node, addnodes.start_of_file):
            docname = node["docname"]
        if (
            self.per_paragraph
            and isinstance(node, nodes.TextElement)
            and not isinstance(node, nodes.Inline)
        ):
            para = set()
        here = autolink and docname not in self.glossary_docs
        changed = False
        new_children: list[nodes.Node] = []
        for child in node.children:
            if isinstance(child, nodes.Text):
                pieces = self.link_text(child, docname, para) if here else None
                if pieces is not None:
                    for piece in pieces:
                        node.setup_child(piece)
                    new_children.extend(pieces)
                    changed = True
                    continue
            elif isinstance(child, glossary_pending):
                replacement = self.resolve_pending(child, docname)
                node.setup_child(replacement)
                new_children.append(replacement)
                changed = True
                continue
            elif isinstance(child, nodes.Element) and not self.walker.skipped_type(type(child)):
                self.walk(child, docname, para, autolink and not self.walker.skipped(child))
            new_children.append(child)
        if changed:
            node.children = new_children

    def link_text(
        self, text: nodes.Text, docname: str, para: set[str] | None
    ) -> list[nodes.Node] | None:
        assert self.matcher is not None
        source = text.astext()
        page = self.page(docname)
        if page.linkable is not None and not page.linkable:
            return None  # first-per-page: every entry of this page is linked already
        matches = self.matcher.find(source)
        if not matches:
            return None
        pieces: list[nodes.Node] = []
        pos = 0
        for match in matches:
            entry_id = entry_for(self.loaded, match, text) if self.loaded.shared else match.entry_id
            if (self.per_page and entry_id in page.seen) or (para is not None and entry_id in para):
                continue
            node = self.make_node(entry_id, match.text, docname, page)
            if node is None:
                continue
            if para is not None:
                para.add(entry_id)
            if match.start > pos:
                pieces.append(nodes.Text(source[pos : match.start]))
            pieces.append(node)
            pos = match.end
        if not pieces:
            return None
        if pos < len(source):
            pieces.append(nodes.Text(source[pos:]))
        return pieces

    def resolve_pending(self, pending: glossary_pending, docname: str) -> nodes.Node:
        entry_id = pending["entry_id"]
        page = self.page(docname)
        if self.has_page and entry_id not in self.targets:
            warn(
                f"glossary term {pending.astext()!r} ({entry_id}) is not on the glossary page "
                "(filtered out by its options or glossary_min_status); not linked",
                "no-target",
                location=pending,
            )
            return nodes.inline(pending.rawsource, "", *pending.children)
        node = self.make_node(entry_id, pending.astext(), docname, page, explicit=True)
        if node is None:
            return nodes.inline(pending.rawsource, "", *pending.children)
        return node

    def make_node(
        self, entry_id: str, text: str, docname: str, page: _Page, explicit: bool = False
    ) -> nodes.Element | None:
        """A link (or, without a glossary page, a tooltip mark); None when nothing to show."""
        show = self.settings.show
        tip = self.loaded.tip(entry_id) if show != "none" else ""
        first = entry_id not in page.seen
        attrs: dict[str, Any] = {
            "gl_tip": tip,
            "gl_lang": self.tip_language,
            "gl_show": show,
            "gl_note": first,
            "gl_entry": entry_id,
        }
        target = self.targets.get(entry_id)
        uri: dict[str, str] | None = None
        if target is not None:
            try:
                uri = target_uri(self.builder, docname, target[0], target[1], self.uris)
            except NoUri:
                uri = None
        elif self.has_page and not explicit:
            return None
        if uri is None and not tip:
            return None
        attrs["gl_tipid"] = page.next_id()
        page.seen.add(entry_id)
        if page.linkable is not None:
            page.linkable.discard(entry_id)
        if uri is None:
            return glossary_mark("", "", nodes.Text(text), **attrs)
        return glossary_link("", "", nodes.Text(text), internal=True, **uri, **attrs)
