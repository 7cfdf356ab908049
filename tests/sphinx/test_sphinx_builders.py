"""Real builds with the non-HTML builders: latex, text, man, texinfo, gettext."""

from __future__ import annotations

import re
import subprocess

import pytest


@pytest.mark.sphinx("latex", testroot="gl-basic", freshenv=True)
def test_latex_footnote_on_first_use(app) -> None:
    app.build()
    tex = (app.outdir / "gl-basic.tex").read_text(encoding="utf-8")
    assert (
        r"{\hyperref[\detokenize{glossary:term-NAVO}]{\sphinxtermref{NAVO}}}"
        r"\footnote{en: NATO}"
    ) in tex
    assert (
        r"\sphinxtermref{afschrikking en verdediging}}}\footnote{en: deterrence and defence}" in tex
    )
    # Per document, first use only: NAVO once in index, once in beleid.
    assert tex.count(r"\footnote{en: NATO}") == 2
    # Escaped for LaTeX.
    assert (r"\footnote{en: \textless{}script\textgreater{}alert(") in tex
    assert "<script>" not in tex
    # Headings carry no links or footnotes.
    for heading in re.findall(r"\\(?:chapter|section|subsection)\{[^\n]*", tex):
        assert "footnote" not in heading and "sphinxtermref" not in heading, heading


@pytest.mark.sphinx(
    "latex", testroot="gl-basic", freshenv=True, confoverrides={"glossary_autolink": "all"}
)
def test_latex_parenthesis_in_tables_and_later_uses_plain(app) -> None:
    app.build()
    tex = (app.outdir / "gl-basic.tex").read_text(encoding="utf-8")
    table = tex[tex.index(r"\begin{tabulary}") : tex.index(r"\end{tabulary}")]
    assert r"\sphinxtermref{NAVO}}}" in table and r"\footnote" not in table
    # 'afschrikking' appears twice in running text of beleid: one footnote only.
    assert tex.count(r"\footnote{en: deterrence}") == 1
    assert tex.count(r"\sphinxtermref{afschrikking}") == 2


@pytest.mark.sphinx(
    "latex", testroot="gl-basic", freshenv=True, confoverrides={"glossary_show": "inline"}
)
def test_latex_inline_parenthesis(app) -> None:
    app.build()
    tex = (app.outdir / "gl-basic.tex").read_text(encoding="utf-8")
    assert r"\sphinxtermref{NAVO}}} (en: NATO)" in tex
    assert r"\footnote{en:" not in tex


@pytest.mark.sphinx("text", testroot="gl-basic", freshenv=True)
def test_text_builder(app) -> None:
    app.build()
    text = (app.outdir / "beleid.txt").read_text(encoding="utf-8")
    flat = " ".join(text.split())
    assert "Steun aan Oekraïne [en: Ukraine] blijft nodig." in flat
    assert "De NAVO [en: NATO] en de bondgenoten [en: ally]" in flat
    assert 'schurkenstaat [en: <script>alert("x")</script> & \'rogue\' "state"]' in flat
    assert "Beleid voor Oekraïne\n****" in text
    assert "afschrikking en verdediging in code" in text and "code [en" not in text
    assert "nog eens afschrikking." in flat  # second use: no annotation
    index = " ".join((app.outdir / "index.txt").read_text(encoding="utf-8").split())
    assert "afschrikking en verdediging [en: deterrence and defence]" in index


@pytest.mark.sphinx(
    "text", testroot="gl-basic", freshenv=True, confoverrides={"glossary_show": "inline"}
)
def test_text_builder_inline(app) -> None:
    app.build()
    flat = " ".join((app.outdir / "beleid.txt").read_text(encoding="utf-8").split())
    assert "Steun aan Oekraïne (en: Ukraine) blijft nodig." in flat


@pytest.mark.sphinx("man", testroot="gl-basic", freshenv=True)
def test_man_builder(app, require_tool) -> None:
    app.build()
    page = app.outdir / "gl-basic.1"
    roff = page.read_text(encoding="utf-8")
    assert (
        "De NAVO [en: NATO] werkt aan afschrikking en verdediging [en: deterrence and "
        "defence]" in roff
    )
    assert "term-NAVO" not in roff  # no dangling anchors in a man page
    groff = require_tool("groff")
    result = subprocess.run(
        [groff, "-k", "-man", "-Tutf8", "-ww", str(page)],
        capture_output=True,
        text=True,
        check=True,
    )
    rendered = re.sub(r".\x08", "", result.stdout)
    assert "Oekraïne [en: Ukraine]" in " ".join(rendered.split())
    assert result.stderr == ""


@pytest.mark.sphinx("texinfo", testroot="gl-basic", freshenv=True)
def test_texinfo_builder(app) -> None:
    app.build()
    texi = (app.outdir / "gl-basic.texi").read_text(encoding="utf-8")
    ref = re.search(r"@ref\{([0-9a-z]+),,NAVO\} \[en: NATO\]", texi)
    assert ref and re.search(r"@ref\{[0-9a-z]+,,Oekraïne\} \[en: Ukraine\]", texi)
    # The short id of the reference is the anchor of the term on the glossary page.
    assert f"@anchor{{glossary term-NAVO}}@anchor{{{ref.group(1)}}}" in texi


@pytest.mark.sphinx("gettext", testroot="gl-basic", freshenv=True)
def test_gettext_messages_have_no_markup(app) -> None:
    app.build()
    pot = (app.outdir / "beleid.pot").read_text(encoding="utf-8")
    assert (
        'msgid "Steun aan Oekraïne blijft nodig. De NAVO en de bondgenoten spreken over '
        'afschrikking. Het bondgenootschap is geen afschrikkingsmiddel."' in pot
    )
    assert 'msgid "Expliciet: :gl:`burden sharing <lastenverdeling>` en :gl:`weerbaarheid`."' in pot
    for catalog in app.outdir.glob("*.pot"):
        text = catalog.read_text(encoding="utf-8")
        assert "nato-gl" not in text and "[en:" not in text and "(en:" not in text, catalog
    # The generated glossary page is not offered for translation, entry by entry.
    glossary_pot = (app.outdir / "glossary.pot").read_text(encoding="utf-8")
    assert "deterrence" not in glossary_pot and 'msgid "afschrikking"' not in glossary_pot
