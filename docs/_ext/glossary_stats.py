"""``.. glossary-statistics::`` — entries of the configured glossary by kind, status and source,
and its English coverage; ``.. termbase-statistics:: PATH`` — the term base's rows by category,
computed from the TSV file itself (so the page never disagrees with the file)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from glossary.store import jsonfile as store
from glossary.store.summary import coverage, summarize
from glossary.translate.termbase import load_termbase


def _table(title: str, header: list[str], rows: list[list[str]]) -> nodes.table:
    """A table with a title, a header row and body rows of plain text cells."""
    table = nodes.table(classes=["glossary-statistics"])
    group = nodes.tgroup(cols=len(header))
    table += nodes.title(text=title)
    table += group
    for i in range(len(header)):
        group += nodes.colspec(colwidth=3 if i == 0 else 1)
    head = nodes.thead()
    group += head
    body = nodes.tbody()
    group += body
    head += _row(header)
    for cells in rows:
        body += _row(cells)
    return table


def _counts(title: str, counts: Counter[str]) -> nodes.table:
    """A two-column table (value, entries), most frequent first."""
    rows = [[key, str(n)] for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return _table(title, [title.split(" by ")[-1].capitalize(), "Entries"], rows)


def _row(cells: list[str]) -> nodes.row:
    row = nodes.row()
    for cell in cells:
        entry = nodes.entry()
        entry += nodes.paragraph(text=cell)
        row += entry
    return row


class GlossaryStatistics(SphinxDirective):
    """Counts entries of ``glossary_file`` by kind, status and translation source."""

    def run(self) -> list[nodes.Node]:
        path = Path(self.config.glossary_file)
        self.env.note_dependency(str(path))
        glossary = store.load(path)
        entries = list(glossary)
        english = [e for e in entries if e.translation is not None]
        summary = nodes.paragraph(
            text=f"{len(entries)} entries from {len(glossary.letters)} letters; "
            f"{sum(e.stale for e in entries)} stale. {coverage(summarize(glossary))}."
        )
        return [
            summary,
            _counts("Entries by kind", Counter(e.kind for e in entries)),
            _counts("Entries by status", Counter(e.status for e in entries)),
            _counts("Entries with English by source", Counter(str(e.source) for e in english)),
        ]


class TermBaseStatistics(SphinxDirective):
    """The rows of a term base (the argument, relative to the page) by category."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        _, absolute = self.env.relfn2path(self.arguments[0], self.env.docname)
        self.env.note_dependency(absolute)
        rows = list(load_termbase(absolute))
        by_category: dict[str, list] = {}
        for row in rows:
            by_category.setdefault(row.category or "(none)", []).append(row)
        table = [
            [
                category,
                str(len(found)),
                str(sum(r.official for r in found)),
                str(sum(r.kind == "acronym" for r in found)),
            ]
            for category, found in sorted(by_category.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        ]
        official = sum(r.official for r in rows)
        acronyms = [r for r in rows if r.kind == "acronym"]
        summary = nodes.paragraph(
            text=f"The term base ({Path(self.arguments[0]).name}) has {len(rows)} rows in "
            f"{len(by_category)} categories: {official} follow an official English name "
            f"(reviewed), {len(rows) - official} are project translations that need review; "
            f"{len(acronyms)} acronyms, {sum(bool(r.en_expansion) for r in acronyms)} of them "
            "with an English expansion."
        )
        header = ["Category", "Rows", "Official English", "Acronyms"]
        return [summary, _table("Term base rows by category", header, table)]


def setup(app: Sphinx) -> dict[str, object]:
    app.add_directive("glossary-statistics", GlossaryStatistics)
    app.add_directive("termbase-statistics", TermBaseStatistics)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
