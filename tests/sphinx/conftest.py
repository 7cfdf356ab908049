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
from fixtures.glossaries import (
    afschrikking,
    afschrikking_en_verdediging,
    english,
    entry,
    glossary,
    hybride_dreiging,
    lastenverdeling,
    navo,
    navo_homograph,
    oekraine,
    weerbaarheid,
)

from glossary.model import Glossary, Occurrence

ROOTS = Path(__file__).resolve().parent.parent / "roots"
XSS_ENGLISH = '<script>alert("x")</script> & \'rogue\' "state"'


def fixture_glossary() -> Glossary:
    """A small Dutch–English glossary covering every case the tests check. Its entries list
    only the inflected forms (``forms=[]``: the matcher adds each lemma itself)."""
    return glossary(
        afschrikking(
            forms=[],
            status="reviewed",
            examples=[Occurrence("kst-1", 10, 22, "Afschrikking blijft de kern van het beleid.")],
        ),
        afschrikking_en_verdediging(forms=[], status="reviewed"),
        entry(
            "bondgenoot",
            translation=english("ally", plural="allies"),
            forms=["bondgenoten"],
            status="proposed",
        ),
        navo(forms=[], status="reviewed"),
        navo_homograph(forms=[], translation=english("navo (Dutch naval base)"), status="proposed"),
        oekraine(forms=[], status="proposed"),
        lastenverdeling(
            translation=english("burden sharing", plural="burden sharing arrangements"),
            forms=["lastenverdelingen"],
            status="reviewed",
        ),
        weerbaarheid(forms=[], status="machine"),
        hybride_dreiging(translation=None, forms=["hybride dreigingen"], status="missing"),
        entry("schurkenstaat", XSS_ENGLISH, forms=[], status="proposed"),
    )


def termbase_glossary() -> Glossary:
    """The six terms of the termbase files in ``test-gl-formats``, as a glossary JSON has them."""
    return glossary(
        entry("afschrikking", "deterrence", status="reviewed"),
        entry("bondgenoot", "ally", forms=["bondgenoot", "bondgenoten"], status="reviewed"),
        entry("lastenverdeling", "burden sharing", status="proposed"),
        entry(
            "militair plan",
            "military plan",
            forms=["militair plan", "militaire plannen"],
            status="proposed",
        ),
        entry("NAVO", "NATO", id="navo", kind="acronym", status="reviewed"),
        entry("weerbaarheid", "resilience", status="proposed"),
    )


def shared_english_glossary() -> Glossary:
    """Two Dutch terms with one English rendering, an English rendering without a plural, an
    alternative rendering and an explicit plural (root ``test-gl-i18n-shared``)."""
    return glossary(
        entry("afschrikking en verdediging", "deterrence and defence", status="reviewed"),
        entry("afschrikking en defensie", "deterrence and defence", status="proposed"),
        entry("bondgenoot", "Ally", forms=["bondgenoten"], status="reviewed"),
        entry(
            "weerbaarheid",
            "resilience",
            alternatives=[english("resiliency", "letter")],
            status="reviewed",
        ),
        entry(
            "hybride dreiging",
            translation=english("hybrid threat", plural="hybrid threats"),
            forms=["hybride dreigingen"],
            status="proposed",
        ),
    )


def acronym_glossary() -> Glossary:
    """Acronyms with an English acronym and an English expansion (root ``test-gl-acronym``)."""
    return glossary(
        entry(
            "GVDB",
            "CSDP",
            kind="acronym",
            alternatives=[english("Common Security and Defense Policy")],
            expansion="Gemeenschappelijk Veiligheids- en Defensiebeleid",
            english_expansion=english("Common Security and Defence Policy"),
            status="reviewed",
        ),
        entry(
            "SACEUR",
            "SACEUR",
            kind="acronym",
            expansion="Supreme Allied Commander Europe",
            english_expansion=english("Supreme Allied Commander Europe"),
            status="reviewed",
        ),
        entry(
            "EDR",
            "European Defence Council",
            kind="acronym",
            expansion="Europese Defensieraad",
            english_expansion=english("European Defence Council"),
            status="reviewed",
        ),
    )


GLOSSARY_FILES = {
    "test-gl-acronym/glossary.json": acronym_glossary,
    "test-gl-autolink/glossary.json": fixture_glossary,
    "test-gl-builders/glossary.json": fixture_glossary,
    "test-gl-directive/glossary.json": fixture_glossary,
    "test-gl-directive-kind/glossary.json": fixture_glossary,
    "test-gl-exclude/glossary.json": fixture_glossary,
    "test-gl-formats/glossary.json": termbase_glossary,
    "test-gl-i18n/glossary.json": fixture_glossary,
    "test-gl-i18n-shared/glossary.json": shared_english_glossary,
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
