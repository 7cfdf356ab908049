"""Fixtures for the Sphinx extension tests: the small test glossary and build helpers.

The glossary JSON files in ``tests/roots/test-gl-*`` are written by :func:`fixture_glossary`
through ``glossary.store.jsonfile``; ``test_fixture_glossaries_are_current`` keeps them in sync
(``NATO_GLOSSARY_REGEN=1`` rewrites them).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from glossary.model import Entry, Glossary, Occurrence, Translation

ROOTS = Path(__file__).resolve().parent.parent / "roots"
XSS_ENGLISH = '<script>alert("x")</script> & \'rogue\' "state"'


def fixture_glossary() -> Glossary:
    """A small Dutch–English glossary covering every case the tests check."""
    g = Glossary()

    def add(
        lemma: str,
        english: str | None,
        status: str,
        kind: str = "term",
        forms: tuple[str, ...] = (),
        **extra: object,
    ) -> None:
        translation = Translation(english, "termbase") if english else None
        g.add(
            Entry(
                g.new_id(lemma),
                lemma,
                kind=kind,
                forms=list(forms),
                translation=translation,
                status=status,
                **extra,
            )
        )

    add(
        "afschrikking",
        "deterrence",
        "reviewed",
        examples=[Occurrence("kst-1", 10, 22, "Afschrikking blijft de kern van het beleid.")],
    )
    add("afschrikking en verdediging", "deterrence and defence", "reviewed")
    add("bondgenoot", "ally", "proposed", forms=("bondgenoten",))
    g.entries["bondgenoot"].translation = Translation("ally", "termbase", plural="allies")
    add(
        "NAVO",
        "NATO",
        "reviewed",
        kind="acronym",
        expansion="Noord-Atlantische Verdragsorganisatie",
    )
    add("navo", "navo (Dutch naval base)", "proposed")
    add("Oekraïne", "Ukraine", "proposed", kind="entity")
    add("lastenverdeling", "burden sharing", "reviewed", forms=("lastenverdelingen",))
    add("weerbaarheid", "resilience", "machine")
    add("hybride dreiging", None, "missing", forms=("hybride dreigingen",))
    add("schurkenstaat", XSS_ENGLISH, "proposed")
    g.entries["lastenverdeling"].translation = Translation(
        "burden sharing", "termbase", plural="burden sharing arrangements"
    )
    return g


GLOSSARY_FILES = {
    "test-gl-autolink/glossary.json": fixture_glossary,
    "test-gl-builders/glossary.json": fixture_glossary,
    "test-gl-directive/glossary.json": fixture_glossary,
    "test-gl-directive-kind/glossary.json": fixture_glossary,
    "test-gl-exclude/glossary.json": fixture_glossary,
    "test-gl-i18n/glossary.json": fixture_glossary,
    "test-gl-incremental/glossary.json": fixture_glossary,
    "test-gl-match/glossary.json": fixture_glossary,
    "test-gl-match-side/glossary.json": fixture_glossary,
    "test-gl-min-status/glossary.json": fixture_glossary,
    "test-gl-no-language/glossary.json": fixture_glossary,
    "test-gl-nopage/glossary.json": fixture_glossary,
    "test-gl-parallel/glossary.json": fixture_glossary,
    "test-gl-role/glossary.json": fixture_glossary,
    "test-gl-role-unknown/glossary.json": fixture_glossary,
    "test-gl-show/glossary.json": fixture_glossary,
}


@pytest.fixture(scope="session")
def glossary_files() -> dict[Path, Callable[[], Glossary]]:
    """Committed fixture glossary files and the functions that build them."""
    return {ROOTS / rel: build for rel, build in GLOSSARY_FILES.items()}


@pytest.fixture(scope="session")
def require_tool(request: pytest.FixtureRequest) -> Callable[[str], str]:
    """The shared ``require_tool`` of ``tests/conftest.py`` (skip locally, fail under CI)."""
    root = request.config.pluginmanager.get_plugin(str(ROOTS.parent / "conftest.py"))
    return root.require_tool


@pytest.fixture
def project(tmp_path: Path) -> Callable[[str], Path]:
    """Copy a test root to a fresh folder (for tests that change files between builds)."""

    def copy(root: str, name: str | None = None) -> Path:
        dest = tmp_path / (name or root)
        shutil.copytree(ROOTS / f"test-{root}", dest)
        return dest

    return copy


_TOOLTIP_LINK = re.compile(
    r'<span class="nato-gl"><a class="reference internal nato-gl-link" href="([^"]*)" '
    r'aria-describedby="([^"]*)">(.*?)</a><span class="nato-gl-tip" role="tooltip" '
    r'id="([^"]*)" lang="([^"]*)">(.*?)</span></span>',
    re.S,
)


@dataclass(frozen=True)
class Link:
    """One auto-link with tooltip as written in HTML."""

    href: str
    described_by: str
    text: str
    tip_id: str
    lang: str
    tip: str


def html_links(html: str) -> list[Link]:
    """The tooltip links of an HTML page, in order."""
    return [Link(*m.groups()) for m in _TOOLTIP_LINK.finditer(html)]


@pytest.fixture(scope="session")
def links_of() -> Callable[[str], list[Link]]:
    """Parse the tooltip links of an HTML page (see :func:`html_links`)."""
    return html_links


def body_of(html: str) -> str:
    """The main content of a page written by the default (alabaster) theme."""
    start = html.index('<div class="body" role="main">')
    return html[start : html.index('<div class="sphinxsidebar"', start)]


@pytest.fixture(scope="session")
def body() -> Callable[[str], str]:
    return body_of
