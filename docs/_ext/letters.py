"""Render the shipped letters (``terms/letters/``) as documentation pages.

At ``builder-inited`` one stub page per letter is written to ``letters/_generated/`` (only when
its text changes, so incremental builds stay incremental); the stub holds a ``.. letter::``
directive that turns the letter's blocks into docutils nodes directly: headings become rubrics,
``*emphasis*``, ``**strong**`` and ``<sup>n</sup>`` become inline nodes. Nothing is
hand-copied: a new letter in ``terms/letters/`` is a new page on the next build.
"""

from __future__ import annotations

import re
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

ROOT = Path(__file__).resolve().parents[2]
LETTERS = ROOT / "terms" / "letters"
OUT = "letters/_generated"

_INLINE = re.compile(
    r"\*\*(?P<strong>[^*]+?)\*\*|\*(?P<em>[^*\s][^*]*?)\*"
    r"|<sup>(?P<sup>[^<]+)</sup>"
)
_HEADING = re.compile(r"^(#{1,6})\s*(.+?)\s*#*$")


def letter_files() -> list[Path]:
    return sorted(p for p in LETTERS.iterdir() if p.suffix in (".txt", ".md"))


def inline_nodes(text: str) -> list[nodes.Node]:
    """Split a line into text, emphasis, strong and superscript nodes."""
    out: list[nodes.Node] = []
    pos = 0
    for m in _INLINE.finditer(text):
        if m.start() > pos:
            out.append(nodes.Text(text[pos : m.start()]))
        if m.group("strong") is not None:
            out.append(nodes.strong(text=m.group("strong")))
        elif m.group("em") is not None:
            out.append(nodes.emphasis(text=m.group("em")))
        else:
            out.append(nodes.superscript(text=m.group("sup")))
        pos = m.end()
    if pos < len(text):
        out.append(nodes.Text(text[pos:]))
    return out


def _plain(text: str) -> str:
    return _INLINE.sub(lambda m: m.group("strong") or m.group("em") or m.group("sup"), text)


def letter_title(path: Path) -> str:
    """``Kamerstuk 28 676, nr. 328 (18 november 2019)`` from the letter's own text."""
    text = path.read_text(encoding="utf-8")
    nr = re.search(r"Nr\.\s*\**\s*(\d+)", text)
    date = re.search(r"Den Haag,\s*(\d{1,2} \w+ \d{4})", text)
    title = f"Kamerstuk 28 676, nr. {nr.group(1) if nr else path.stem}"
    return f"{title} ({date.group(1)})" if date else title


class LetterDirective(SphinxDirective):
    """``.. letter:: kst-28676-328`` — the letter's text as paragraphs and rubrics."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        path = LETTERS / f"{self.arguments[0]}.txt"
        if not path.exists():
            path = path.with_suffix(".md")
        self.env.note_dependency(str(path))
        text = path.read_text(encoding="utf-8")
        out: list[nodes.Node] = []
        for block in re.split(r"\n\s*\n", text):
            lines = [ln.rstrip() for ln in block.strip().splitlines() if ln.strip()]
            if not lines:
                continue
            heading = _HEADING.match(lines[0])
            if heading and len(lines) == 1:
                out.append(nodes.rubric(text=_plain(heading.group(2)), classes=["letter-heading"]))
                continue
            para = nodes.paragraph()
            for i, line in enumerate(lines):
                if i:
                    para += nodes.Text(" ")
                para.extend(inline_nodes(line))
            out.append(para)
        return out


def write_stubs(app: Sphinx) -> None:
    """One page per letter, rewritten only when its content changes."""
    outdir = Path(app.srcdir) / OUT
    outdir.mkdir(parents=True, exist_ok=True)
    wanted = set()
    for path in letter_files():
        title = letter_title(path)
        body = (
            f"{title}\n{'=' * len(title)}\n\n"
            f"Source: ``terms/letters/{path.name}``. Every glossary term is linked to the "
            f":doc:`/glossary` and shows its English on hover or focus.\n\n"
            f".. letter:: {path.stem}\n"
        )
        target = outdir / f"{path.stem}.rst"
        wanted.add(target.name)
        if not target.exists() or target.read_text(encoding="utf-8") != body:
            target.write_text(body, encoding="utf-8")
    for stale in outdir.glob("*.rst"):
        if stale.name not in wanted:
            stale.unlink()


def setup(app: Sphinx) -> dict[str, object]:
    app.add_directive("letter", LetterDirective)
    app.connect("builder-inited", write_stubs)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
