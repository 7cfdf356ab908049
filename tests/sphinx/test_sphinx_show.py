"""``glossary_show`` (root ``test-gl-show``): the translation as an accessible tooltip, inline
or not at all, escaped in every builder, with local assets only."""

from __future__ import annotations

import re

import pytest

XSS_TIP = (
    "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;rogue&#x27; &quot;state&quot;"
)


def _read(app, name: str) -> str:
    return (app.outdir / name).read_text(encoding="utf-8")


def _flat(app, name: str) -> str:
    return " ".join(_read(app, name).split())


@pytest.mark.sphinx("html", testroot="gl-show", freshenv=True)
def test_tooltip_names_the_translation_and_its_language(app, links_of, body) -> None:
    app.build()
    links = links_of(body(_read(app, "beleid.html")))
    assert [k.text for k in links] == [
        "Oekraïne",
        "NAVO",
        "bondgenoten",
        "afschrikking",
        "schurkenstaat",
    ]
    assert links[0].tip == "Ukraine" and links[0].lang == "en"


@pytest.mark.sphinx("html", testroot="gl-show", freshenv=True)
def test_tooltip_ids_are_unique_and_deterministic(app, links_of, body) -> None:
    app.build()
    links = links_of(body(_read(app, "beleid.html")))
    # aria-describedby points at the tooltip; ids unique and derived from the page name.
    assert all(k.described_by == k.tip_id for k in links)
    assert len({k.tip_id for k in links}) == len(links)
    assert links[0].tip_id.startswith("gl-beleid-")


@pytest.mark.sphinx("html", testroot="gl-show", freshenv=True)
def test_html_assets_are_local(app) -> None:
    app.build()
    assert (app.outdir / "_static" / "nato_glossary.css").is_file()
    assert (app.outdir / "_static" / "nato_glossary.js").is_file()
    page = _read(app, "beleid.html")
    assert re.search(r'<link rel="stylesheet"[^>]*href="_static/nato_glossary\.css', page)
    assert re.search(r'<script defer="defer" src="_static/nato_glossary\.js', page)
    assert not re.search(r'(src|href)="(https?:)?//[^"]*nato', page)
    js = (app.outdir / "_static" / "nato_glossary.js").read_text(encoding="utf-8")
    assert "Escape" in js and "touch" in js


@pytest.mark.sphinx(
    "html", testroot="gl-show", freshenv=True, confoverrides={"glossary_show": "inline"}
)
def test_show_inline(app, body) -> None:
    app.build()
    index = body(_read(app, "index.html"))
    assert (
        'href="glossary.html#term-NAVO">NAVO</a> <span class="nato-gl-inline">'
        '(en: <bdi lang="en">NATO</bdi>)</span>'
    ) in index
    assert "nato-gl-tip" not in index


@pytest.mark.sphinx(
    "html", testroot="gl-show", freshenv=True, confoverrides={"glossary_show": "none"}
)
def test_show_none(app, body) -> None:
    app.build()
    index = body(_read(app, "index.html"))
    assert (
        '<a class="reference internal nato-gl-link" href="glossary.html#term-NAVO">NAVO</a>'
        in index
    )
    assert "nato-gl-tip" not in index and "nato-gl-inline" not in index


@pytest.mark.sphinx(
    "text", testroot="gl-show", freshenv=True, confoverrides={"glossary_show": "inline"}
)
def test_text_builder_inline(app) -> None:
    app.build()
    assert "Steun aan Oekraïne (en: Ukraine) blijft nodig." in _flat(app, "beleid.txt")


@pytest.mark.sphinx(
    "latex", testroot="gl-show", freshenv=True, confoverrides={"glossary_show": "inline"}
)
def test_latex_inline_parenthesis(app) -> None:
    app.build()
    tex = _read(app, "gl-show.tex")
    assert r"\sphinxtermref{NAVO}}} (en: NATO)" in tex
    assert r"\footnote{en:" not in tex


@pytest.mark.sphinx("html", testroot="gl-show", freshenv=True)
def test_html_escapes_translations(app, links_of, body) -> None:
    app.build()
    beleid = _read(app, "beleid.html")
    assert [k.tip for k in links_of(body(beleid)) if k.text == "schurkenstaat"] == [XSS_TIP]
    for page in app.outdir.glob("*.html"):
        assert "<script>alert" not in page.read_text(encoding="utf-8"), page
    # Verbatim on the glossary page too: escaped, and no smart quotes.
    assert f"<strong>{XSS_TIP}</strong>" in _read(app, "glossary.html")


@pytest.mark.sphinx("latex", testroot="gl-show", freshenv=True)
def test_latex_escapes_translations(app) -> None:
    app.build()
    tex = _read(app, "gl-show.tex")
    assert r"\footnote{en: \textless{}script\textgreater{}alert(" in tex
    assert "<script>" not in tex


@pytest.mark.sphinx("text", testroot="gl-show", freshenv=True)
def test_text_shows_translations_as_written(app) -> None:
    app.build()
    flat = _flat(app, "beleid.txt")
    assert 'schurkenstaat [en: <script>alert("x")</script> & \'rogue\' "state"]' in flat
