"""The documentation site, built for real with ``sphinx-build -W`` (what ``make docs`` runs).

One build per module: the letters rendered from ``terms/letters/`` link their glossary terms
to the generated glossary page, with the English in an accessible tooltip.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from tests.conftest import LETTERS_DIR, ROOT

DOCS = ROOT / "docs"
GLOSSARY_PAGE = "glossary.html"


@dataclass
class Element:
    """One start tag with its attributes and the text inside it."""

    tag: str
    attrs: dict[str, str]
    text: str = ""


class Page(HTMLParser):
    """Every element of an HTML page with the text inside it; lookup by id, glossary links."""

    VOID = frozenset({"br", "img", "input", "link", "meta", "hr", "source", "wbr", "col"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self._open: list[Element] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.elements.append(element)
        if tag not in self.VOID:
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i].tag == tag:
                del self._open[i:]
                break

    def handle_data(self, data: str) -> None:
        for element in self._open:
            element.text += data

    def by_id(self, ident: str) -> Element | None:
        return next((e for e in self.elements if e.attrs.get("id") == ident), None)

    def glossary_links(self) -> list[Element]:
        return [
            e
            for e in self.elements
            if e.tag == "a" and "nato-gl-link" in e.attrs.get("class", "").split()
        ]


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


@dataclass(frozen=True)
class Build:
    html: Path
    returncode: int
    output: str


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The whole documentation, built once, warnings as errors, into a temporary folder."""
    out = tmp_path_factory.mktemp("docs")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "--keep-going",
            "-b",
            "html",
            "-d",
            str(out / "doctrees"),
            str(DOCS),
            str(out / "html"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    return Build(out / "html", proc.returncode, proc.stdout + proc.stderr)


@pytest.fixture(scope="module")
def glossary_page(build: Build) -> Page:
    assert build.returncode == 0, build.output[-3000:]
    return parse(build.html / GLOSSARY_PAGE)


def test_build_is_warning_free(build: Build) -> None:
    warnings = [line for line in build.output.splitlines() if "WARNING" in line or "ERROR" in line]
    assert build.returncode == 0 and not warnings, "\n".join(warnings) or build.output[-3000:]


def test_every_shipped_letter_is_a_page(build: Build) -> None:
    letters = sorted(p.stem for p in LETTERS_DIR.iterdir() if p.suffix in (".txt", ".md"))
    assert letters
    for stem in letters:
        page = build.html / "letters" / "_generated" / f"{stem}.html"
        assert page.is_file(), f"no page for letter {stem}"
        assert parse(page).glossary_links(), f"no glossary links on {stem}"


def test_letter_links_lastenverdeling_to_glossary_with_tooltip(
    build: Build, glossary_page: Page
) -> None:
    path = build.html / "letters" / "_generated" / "kst-28676-328.html"
    page = parse(path)
    links = [a for a in page.glossary_links() if a.text.strip().lower() == "lastenverdeling"]
    assert links, "lastenverdeling is not linked on the letter page"
    link = links[0]
    target = urlsplit(urljoin(path.as_uri(), link.attrs["href"]))
    assert Path(target.path) == build.html / GLOSSARY_PAGE
    assert glossary_page.by_id(target.fragment) is not None
    assert target.fragment == "term-lastenverdeling"
    tip = page.by_id(link.attrs["aria-describedby"])
    assert tip is not None and tip.attrs.get("role") == "tooltip"
    assert tip.text == "burden sharing"
    assert tip.attrs.get("lang") == "en"


def test_glossary_page_has_a_term_target_for_saceur(glossary_page: Page) -> None:
    target = glossary_page.by_id("term-SACEUR")
    assert target is not None and target.tag == "dt"
    assert target.text.strip().startswith("SACEUR")


def test_glossary_page_counts_the_term_base_from_the_file(glossary_page: Page) -> None:
    from collections import Counter

    from glossary.translate.termbase import load_termbase

    rows = list(load_termbase(ROOT / "terms" / "termbase.tsv"))
    text = " ".join(" ".join(e.text.split()) for e in glossary_page.elements if e.tag == "p")
    assert f"The term base (termbase.tsv) has {len(rows)} rows in " in text
    table = next(
        e for e in glossary_page.elements if e.tag == "table" and "Term base rows by" in e.text
    )
    cells = [e.text.strip() for e in glossary_page.elements if e.tag == "td" and e.text.strip()]
    assert table.text
    for category, n in Counter(r.category for r in rows).items():
        at = cells.index(category)
        assert cells[at + 1] == str(n), category


def test_glossary_page_shows_an_acronyms_english_expansion(glossary_page: Page) -> None:
    target = glossary_page.by_id("term-NAR")
    item = glossary_page.elements[glossary_page.elements.index(target) + 1 :]
    english = next(e for e in item if e.attrs.get("class") == "nato-gl-english")
    assert " ".join(english.text.split()) == "NAC — North Atlantic Council"


def test_every_letter_link_lands_on_a_glossary_entry(build: Build, glossary_page: Page) -> None:
    ids = {e.attrs["id"] for e in glossary_page.elements if "id" in e.attrs}
    for path in sorted((build.html / "letters" / "_generated").glob("*.html")):
        for link in parse(path).glossary_links():
            target = urlsplit(urljoin(path.as_uri(), link.attrs["href"]))
            assert Path(target.path) == build.html / GLOSSARY_PAGE, link.attrs["href"]
            assert target.fragment in ids, f"{path.name}: {link.attrs['href']} has no target"


def test_extension_guide_lists_every_config_value_from_its_declaration(build: Build) -> None:
    from sphinx_ext.config import options

    assert build.returncode == 0, build.output[-3000:]
    guide = parse(build.html / "guide" / "sphinx-extension.html")
    listed = [e.text for e in guide.elements if e.tag == "dt" and e.text.startswith("glossary_")]
    assert listed == [name for name, _ in options()]
    descriptions = [e.text.replace("’", "'") for e in guide.elements if e.tag == "dd"]
    for name, option in options():
        first = option.help.split(". ")[0].split(" (")[0].replace("``", "")
        assert any(first in text for text in descriptions), name
