"""MyST Markdown pages (root ``test-gl-myst``: the same page in reStructuredText and in MyST, the
glossary page in MyST): auto-linking, the ``{gl}`` role, ``no-glossary`` and the
``nato-glossary`` directive work the same, in HTML, LaTeX and text; and a termbase written by
another tool (translate-toolkit's TBX) works as ``glossary_file`` with them."""

from __future__ import annotations

import re

import pytest
from translate.storage import tbx as ttk_tbx

QUOTE = "In dit citaat wordt de NAVO niet gelinkt."


def _pages(outdir, suffix: str) -> dict[str, str]:
    return {
        name: (outdir / f"{name}{suffix}").read_text(encoding="utf-8")
        for name in ("rst-pagina", "md-pagina")
    }


@pytest.mark.sphinx("html", testroot="gl-myst", freshenv=True)
def test_myst_page_links_like_the_rest_page(app, links_of, body) -> None:
    app.build()
    assert "WARNING" not in app.warning.getvalue()
    pages = {k: body(v) for k, v in _pages(app.outdir, ".html").items()}
    found = {
        name: [(k.href, k.text, k.tip, k.lang) for k in links_of(page)]
        for name, page in pages.items()
    }
    assert found["md-pagina"] == found["rst-pagina"]
    assert [text for _, text, _, _ in found["md-pagina"]] == [
        "NAVO",
        "bondgenoten",
        "lastenverdeling",
        "afschrikking",
        "weerbaarheid",  # {gl} role
        "de verdeling van de lasten",  # {gl} role with its own text
        "militaire plannen",
    ]
    for page in pages.values():
        assert f"<p>{QUOTE}</p>" in page  # no-glossary: left alone
        assert 'href="https://www.nato.int/"' in page and ">NAVO</a>" in page
        assert "nato-gl" not in page[page.index("<code") : page.index("</code>")]
    glossary = (app.outdir / "woordenlijst.html").read_text(encoding="utf-8")
    assert 'id="term-lastenverdeling"' in glossary and "burden sharing" in glossary


@pytest.mark.sphinx("text", testroot="gl-myst", freshenv=True)
def test_myst_page_in_text_like_the_rest_page(app) -> None:
    app.build()
    assert "WARNING" not in app.warning.getvalue()
    pages = _pages(app.outdir, ".txt")
    bodies = {name: " ".join(text.split("\n", 2)[2].split()) for name, text in pages.items()}
    assert bodies["md-pagina"] == bodies["rst-pagina"]
    assert "De NAVO [en: NATO] en de bondgenoten [en: ally]" in bodies["md-pagina"]


@pytest.mark.sphinx("latex", testroot="gl-myst", freshenv=True)
def test_myst_page_in_latex_like_the_rest_page(app) -> None:
    app.build()
    assert "WARNING" not in app.warning.getvalue()
    tex = next(app.outdir.glob("*.tex")).read_text(encoding="utf-8")
    rst = tex[tex.index("Lastenverdeling in reST") : tex.index("Lastenverdeling in MyST")]
    md = tex[tex.index("Lastenverdeling in MyST") : tex.index("Woordenlijst")]

    def notes(part: str) -> list[str]:
        return re.findall(r"\\footnote\{([^}]*)\}", part)

    assert notes(md) == notes(rst)
    assert "en: burden sharing" in notes(md)
    assert r"\sphinxtermref{lastenverdeling}" in md


def test_a_termbase_from_another_tool_with_myst_pages(make_app, project, links_of, body) -> None:
    """A TBX written by translate-toolkit (its own structure, no ids) as glossary_file."""
    src = project("gl-myst", "other-tool")
    store = ttk_tbx.tbxfile(sourcelanguage="nl", targetlanguage="en")
    for dutch, english in (
        ("afschrikking", "deterrence"),
        ("bondgenoot", "ally"),
        ("lastenverdeling", "burden sharing"),
        ("NAVO", "NATO"),
        ("weerbaarheid", "resilience"),
    ):
        store.addsourceunit(dutch).target = english
    (src / "other-tool.tbx").write_bytes(bytes(store))
    outputs = {}
    for builder in ("html", "latex", "text"):
        app = make_app(
            builder,
            srcdir=src,
            builddir=src / "_build" / builder,
            freshenv=True,
            confoverrides={"glossary_file": "other-tool.tbx"},
        )
        app.build()
        assert "[nato-glossary" not in app.warning.getvalue(), builder
        outputs[builder] = app.outdir
    page = body((outputs["html"] / "md-pagina.html").read_text(encoding="utf-8"))
    assert [(k.text, k.tip) for k in links_of(page)][:4] == [
        ("NAVO", "NATO"),
        ("bondgenoten", "ally"),
        ("lastenverdeling", "burden sharing"),
        ("afschrikking", "deterrence"),
    ]
    text = " ".join((outputs["text"] / "md-pagina.txt").read_text(encoding="utf-8").split())
    assert "lastenverdeling [en: burden sharing]" in text
    tex = next(outputs["latex"].glob("*.tex")).read_text(encoding="utf-8")
    assert r"\footnote{en: burden sharing}" in tex
