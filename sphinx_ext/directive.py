"""The ``nato-glossary`` directive: the bilingual glossary page with real ``std:term`` targets.

Entries are grouped by initial letter; entries whose terms are equal ignoring case (``NAVO`` and
``navo``, homographs) are one item with numbered senses, so Sphinx never sees a duplicate term.
Each item shows the Dutch term, the English (an acronym's with its English expansion), kind,
status, expansion and an example sentence.
Options: ``:kind:`` (comma-separated kinds), ``:min-status:`` (default
``glossary_min_status``), ``:index:`` (a general-index entry per term; off by default because it
is costly for large glossaries). The text is shown verbatim: no smart quotes, not offered for
translation.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes
from sphinx.domains.std import make_glossary_term
from sphinx.transforms import SphinxTransform
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import make_id
from sphinx.util.typing import OptionSpec

from glossary.model import KINDS, STATUSES, Entry, status_at_least
from glossary.text import fold
from sphinx_ext.envdata import env_data
from sphinx_ext.loading import LoadedGlossary, loaded_glossary
from sphinx_ext.nodes import glossary_page, glossary_sense

PAGE_CLASS = "nato-glossary"


def _kinds(argument: str | None) -> list[str]:
    values = [v.strip() for v in (argument or "").split(",") if v.strip()]
    unknown = [v for v in values if v not in KINDS]
    if unknown or not values:
        raise ValueError(f"kinds must be among {', '.join(KINDS)}")
    return values


def _status(argument: str | None) -> str:
    return directives.choice((argument or "").strip(), STATUSES)


def initial(lemma: str) -> str:
    """Group heading of a term: its folded first letter, ``#`` for digits and symbols."""
    first = fold(lemma)[:1].upper()
    return first if first.isalpha() and first.isascii() else "#"


def group_entries(entries: Iterable[Entry]) -> list[tuple[str, list[list[Entry]]]]:
    """(letter, items) in order; an item is the entries whose lemmas are equal ignoring case."""
    items: dict[str, list[Entry]] = {}
    for entry in entries:
        items.setdefault(entry.lemma.casefold(), []).append(entry)
    ordered = sorted(items.values(), key=lambda senses: (fold(senses[0].lemma), senses[0].lemma))
    groups: dict[str, list[list[Entry]]] = {}
    for senses in ordered:
        senses.sort(key=lambda e: (e.lemma, e.id))
        groups.setdefault(initial(senses[0].lemma), []).append(senses)
    return sorted(groups.items(), key=lambda kv: (kv[0] == "#", kv[0]))


def _sense(entry: Entry, show_lemma: bool) -> glossary_sense:
    """One node per sense: its plain text for search and simple writers, the parts as
    attributes for the HTML and LaTeX writers (a large glossary page stays small)."""
    meta = [entry.kind, entry.status]
    if entry.expansion:
        meta.append(f"expansion: {entry.expansion}")
    english = entry.all_english()
    full = entry.english_expansion.text if entry.english_expansion else ""
    if english and full and full in english[1:]:
        english.remove(full)  # shown as the English expansion, not as an alternative
    if not english or full == english[0]:
        full = ""
    example = entry.examples[0].sentence.strip() if entry.examples else ""
    parts = [
        f"{entry.lemma} — " if show_lemma else "",
        english[0] if english else "no English yet",
        f" — {full}" if full else "",
        f" (also: {', '.join(english[1:])})" if len(english) > 1 else "",
        " · ",
        " · ".join(meta),
        f" — “{example}”" if example else "",
    ]
    return glossary_sense(
        "",
        "".join(parts),
        lemma=entry.lemma if show_lemma else "",
        english=english[0] if english else "",
        english_expansion=full,
        also=", ".join(english[1:]),
        meta=" · ".join(meta),
        example=example,
    )


class NatoGlossaryDirective(SphinxDirective):
    """``.. nato-glossary::`` marks the glossary page; the entries are rendered later."""

    has_content = False
    option_spec: ClassVar[OptionSpec] = {
        "kind": _kinds,
        "min-status": _status,
        "index": directives.flag,
    }

    def run(self) -> list[nodes.Node]:
        loaded = loaded_glossary(self.env)
        for path in loaded.paths:
            self.env.note_dependency(path)
        env_data(self.env).targets.setdefault(self.env.docname, {})
        node = glossary_page(
            kinds=list(self.options.get("kind", KINDS)),
            min_status=self.options.get("min-status", loaded.settings.min_status),
            index="index" in self.options,
        )
        self.set_source_info(node)
        return [node]


def _page_entries(loaded: LoadedGlossary, placeholder: glossary_page) -> list[Entry]:
    """The entries the page lists (parsed afresh: the loaded view keeps no parsed glossary)."""
    kinds = set(placeholder["kinds"])
    minimum = placeholder["min_status"]
    return [
        e
        for e in loaded.glossary().sorted_entries()
        if e.kind in kinds and status_at_least(e.status, minimum)
    ]


class RegisterGlossaryTerms(SphinxTransform):
    """Read time: register a real ``std:term`` target per item with ``make_glossary_term``.

    Only the targets (and, with ``:index:``, the index entries) stay in the read doctree; the
    entries themselves are rendered at write time by :class:`RenderGlossaryPage`. A doctree
    of thousands of entries would otherwise be pickled, cached in memory until written and
    scanned by every garbage collection of the build. Runs after Sphinx's source workarounds,
    i18n and smart quotes (the glossary is shown verbatim and is not offered for translation)
    and before ``doctree-read`` collects targets and index entries.
    """

    default_priority = 770

    def apply(self, **kwargs: Any) -> None:
        placeholders = list(self.document.findall(glossary_page))
        if not placeholders:
            return
        loaded = loaded_glossary(self.env)
        docname = self.env.docname
        targets = env_data(self.env).targets.setdefault(docname, {})
        for placeholder in placeholders:
            placeholder["docname"] = docname
            if loaded.error:
                continue
            source, line = placeholder.source or "", placeholder.line or 0
            for _, items in group_entries(_page_entries(loaded, placeholder)):
                for senses in items:
                    # Reserve the id on the placeholder so the term node itself is not kept.
                    lemma = senses[0].lemma
                    node_id = make_id(self.env, self.document, "term", lemma)
                    self.document.ids[node_id] = placeholder
                    term = make_glossary_term(
                        self.env, [nodes.Text(lemma)], None, source, line, node_id, self.document
                    )
                    for entry in senses:
                        targets[entry.id] = term["ids"][0]
                    if placeholder["index"]:
                        placeholder.extend(
                            c for c in term.children if isinstance(c, addnodes.index)
                        )


class RenderGlossaryPage(SphinxPostTransform):
    """Write time: the bilingual glossary where the directive stands, grouped by letter."""

    default_priority = 90

    def run(self, **kwargs: Any) -> None:
        for placeholder in list(self.document.findall(glossary_page)):
            placeholder.replace_self(self.render(placeholder))

    def render(self, placeholder: glossary_page) -> nodes.Element:
        loaded = loaded_glossary(self.env)
        container = nodes.container(classes=[PAGE_CLASS])
        if loaded.error:
            container += nodes.paragraph("", f"The glossary could not be loaded: {loaded.error}")
            return container
        docname = placeholder.get("docname", self.env.docname)
        anchors = env_data(self.env).targets.get(docname, {})
        index_nodes = {
            n["entries"][0][2]: n
            for n in placeholder.children
            if isinstance(n, addnodes.index) and n["entries"]
        }
        nav = nodes.paragraph(classes=["nato-gl-letters"])
        container += nav
        for number, (letter, items) in enumerate(group_entries(_page_entries(loaded, placeholder))):
            letter_id = f"gl-letter-{letter.lower() if letter != '#' else 'other'}"
            if number:
                nav += nodes.Text(" · ")
            nav += nodes.reference("", letter, internal=True, refid=letter_id)
            container += nodes.rubric("", letter, ids=[letter_id])
            glossary_node = addnodes.glossary()
            glossary_node["sorted"] = False
            items_list = nodes.definition_list(classes=["glossary"])
            glossary_node += items_list
            for senses in items:
                anchor = anchors.get(senses[0].id)
                if anchor is not None:
                    items_list += _item(senses, anchor, index_nodes.get(anchor))
            container += glossary_node
        return container


def _item(
    senses: list[Entry], anchor: str, index: addnodes.index | None
) -> nodes.definition_list_item:
    """One glossary item: the term (with its registered id) and its numbered senses."""
    term = nodes.term("", "", nodes.Text(senses[0].lemma), ids=[anchor])
    if index is not None:
        term += index
    definition = nodes.definition()
    if len(senses) == 1:
        definition += _sense(senses[0], show_lemma=False)
    else:
        numbered = nodes.enumerated_list(enumtype="arabic", prefix="", suffix=".")
        for entry in senses:
            numbered += nodes.list_item("", _sense(entry, show_lemma=True))
        definition += numbered
    return nodes.definition_list_item("", term, definition)
