"""Acronyms (root ``test-gl-acronym``): the tooltip, the inline, text and LaTeX notes and the
glossary page show the English acronym with its English expansion."""

from __future__ import annotations

import pytest

GVDB = "CSDP — Common Security and Defence Policy"


def _read(app, name: str) -> str:
    return (app.outdir / name).read_text(encoding="utf-8")


@pytest.mark.sphinx("html", testroot="gl-acronym", freshenv=True)
def test_tooltip_and_glossary_page(app, links_of, body) -> None:
    app.build()
    tips = {k.text: k.tip for k in links_of(body(_read(app, "index.html")))}
    assert tips == {
        "GVDB": GVDB,
        "SACEUR": "SACEUR — Supreme Allied Commander Europe",
        "EDR": "European Defence Council",  # the English is the expansion: said once
    }
    page = body(_read(app, "glossary.html"))
    assert (
        "<strong>CSDP</strong> — Common Security and Defence Policy "
        "(also: Common Security and Defense Policy)"
    ) in page
    assert "expansion: Gemeenschappelijk Veiligheids- en Defensiebeleid" in page
    assert "<strong>European Defence Council</strong></p>" in page


@pytest.mark.sphinx(
    "html", testroot="gl-acronym", freshenv=True, confoverrides={"glossary_show": "inline"}
)
def test_inline(app, body) -> None:
    app.build()
    assert f'(en: <bdi lang="en">{GVDB}</bdi>)' in body(_read(app, "index.html"))


@pytest.mark.sphinx("text", testroot="gl-acronym", freshenv=True)
def test_text(app) -> None:
    app.build()
    assert f"Het GVDB [en: {GVDB}], de SACEUR" in " ".join(_read(app, "index.txt").split())


@pytest.mark.sphinx("latex", testroot="gl-acronym", freshenv=True)
def test_latex_footnote(app) -> None:
    app.build()
    tex = _read(app, "gl-acronym.tex")
    assert r"\sphinxtermref{GVDB}}}\footnote{en: CSDP — Common Security and Defence Policy}" in tex
