"""``.. glossary-statistics::`` — entries of the configured glossary by kind, status and source."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from glossary.store import jsonfile as store


def _table(title: str, counts: Counter[str]) -> nodes.table:
    """A two-column table (value, entries), most frequent first."""
    table = nodes.table(classes=["glossary-statistics"])
    group = nodes.tgroup(cols=2)
    table += nodes.title(text=title)
    table += group
    group += nodes.colspec(colwidth=3)
    group += nodes.colspec(colwidth=1)
    head = nodes.thead()
    group += head
    body = nodes.tbody()
    group += body
    head += _row([title.split(" by ")[-1].capitalize(), "Entries"])
    for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        body += _row([key, str(n)])
    return table


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
        summary = nodes.paragraph(
            text=f"{len(entries)} entries from {len(glossary.letters)} letters; "
            f"{sum(e.stale for e in entries)} stale."
        )
        return [
            summary,
            _table("Entries by kind", Counter(e.kind for e in entries)),
            _table("Entries by status", Counter(e.status for e in entries)),
            _table("Entries by source", Counter(e.source or "none" for e in entries)),
        ]


def setup(app: Sphinx) -> dict[str, object]:
    app.add_directive("glossary-statistics", GlossaryStatistics)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
