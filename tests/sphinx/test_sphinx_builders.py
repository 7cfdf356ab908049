"""Every builder (root ``test-gl-builders``): dirhtml, singlehtml, latex, text, man, texinfo,
gettext."""

from __future__ import annotations

import re
import subprocess

import pytest


def _read(app, name: str) -> str:
    return (app.outdir / name).read_text(encoding="utf-8")


def _flat(app, name: str) -> str:
    return " ".join(_read(app, name).split())


@pytest.mark.sphinx("dirhtml", testroot="gl-builders", freshenv=True)
def test_dirhtml_targets(app, links_of, body) -> None:
    app.build()
    links = links_of(body(_read(app, "beleid/index.html")))
    assert links[0].href == "../glossary/#term-Oekraine"
    index_links = links_of(body(_read(app, "index.html")))
    assert index_links[0].href == "glossary/#term-NAVO"


@pytest.mark.sphinx("singlehtml", testroot="gl-builders", freshenv=True)
def test_singlehtml_targets_and_unique_ids(app, links_of, body) -> None:
    app.build()
    page = body(_read(app, "index.html"))
    links = links_of(page)
    assert links and all(k.href.startswith("#term-") for k in links)
    for link in links:
        assert f'id="{link.href[1:]}"' in page
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids))


@pytest.mark.sphinx("singlehtml", testroot="gl-builders", freshenv=True)
def test_singlehtml_first_use_per_source_document(app, links_of, body) -> None:
    app.build()
    page = body(_read(app, "index.html"))
    # NAVO is linked on index and again in beleid.
    assert [k.text for k in links_of(page)].count("NAVO") == 2
    # The inlined glossary page is still not auto-linked.
    assert "<p>Afschrikking en de NAVO staan hieronder, zonder links.</p>" in page


@pytest.mark.sphinx("latex", testroot="gl-builders", freshenv=True)
def test_latex_footnote_on_first_use(app) -> None:
    app.build()
    tex = _read(app, "gl-builders.tex")
    assert (
        r"{\hyperref[\detokenize{glossary:term-NAVO}]{\sphinxtermref{NAVO}}}"
        r"\footnote{en: NATO}"
    ) in tex
    assert (
        r"\sphinxtermref{afschrikking en verdediging}}}\footnote{en: deterrence and defence}" in tex
    )
    # Per document, first use only: NAVO once in index, once in beleid.
    assert tex.count(r"\footnote{en: NATO}") == 2


@pytest.mark.sphinx("latex", testroot="gl-builders", freshenv=True)
def test_latex_headings_carry_no_links(app) -> None:
    app.build()
    tex = _read(app, "gl-builders.tex")
    headings = re.findall(r"\\(?:chapter|section|subsection)\{[^\n]*", tex)
    assert any("Afschrikking" in heading for heading in headings)
    for heading in headings:
        assert "footnote" not in heading and "sphinxtermref" not in heading, heading


@pytest.mark.sphinx(
    "latex", testroot="gl-builders", freshenv=True, confoverrides={"glossary_autolink": "all"}
)
def test_latex_parenthesis_in_tables_and_later_uses_plain(app) -> None:
    app.build()
    tex = _read(app, "gl-builders.tex")
    table = tex[tex.index(r"\begin{tabulary}") : tex.index(r"\end{tabulary}")]
    assert r"\sphinxtermref{NAVO}}}" in table and r"\footnote" not in table
    # 'afschrikking' appears twice in running text of beleid: one footnote only.
    assert tex.count(r"\footnote{en: deterrence}") == 1
    assert tex.count(r"\sphinxtermref{afschrikking}") == 2


@pytest.mark.sphinx("text", testroot="gl-builders", freshenv=True)
def test_text_annotates_the_first_use_on_each_page(app) -> None:
    app.build()
    flat = _flat(app, "beleid.txt")
    assert "Steun aan Oekraïne [en: Ukraine] blijft nodig." in flat
    assert "De NAVO [en: NATO] en de bondgenoten [en: ally]" in flat
    assert "nog eens afschrikking." in flat  # second use: no annotation
    assert "afschrikking en verdediging [en: deterrence and defence]" in _flat(app, "index.txt")


@pytest.mark.sphinx("text", testroot="gl-builders", freshenv=True)
def test_text_headings_and_code_stay_plain(app) -> None:
    app.build()
    text = _read(app, "beleid.txt")
    assert "Beleid voor Oekraïne\n****" in text
    assert "afschrikking en verdediging in code" in text and "code [en" not in text


@pytest.mark.sphinx("man", testroot="gl-builders", freshenv=True)
def test_man_builder(app, require_tool) -> None:
    app.build()
    page = app.outdir / "gl-builders.1"
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


@pytest.mark.sphinx("texinfo", testroot="gl-builders", freshenv=True)
def test_texinfo_builder(app) -> None:
    app.build()
    texi = _read(app, "gl-builders.texi")
    ref = re.search(r"@ref\{([0-9a-z]+),,NAVO\} \[en: NATO\]", texi)
    assert ref and re.search(r"@ref\{[0-9a-z]+,,Oekraïne\} \[en: Ukraine\]", texi)
    # The short id of the reference is the anchor of the term on the glossary page.
    assert f"@anchor{{glossary term-NAVO}}@anchor{{{ref.group(1)}}}" in texi


@pytest.mark.sphinx("gettext", testroot="gl-builders", freshenv=True)
def test_gettext_messages_have_no_markup(app) -> None:
    app.build()
    pot = _read(app, "beleid.pot")
    assert (
        'msgid "Steun aan Oekraïne blijft nodig. De NAVO en de bondgenoten spreken over '
        'afschrikking. Het bondgenootschap is geen afschrikkingsmiddel."' in pot
    )
    assert 'msgid "Expliciet: :gl:`burden sharing <lastenverdeling>` en :gl:`weerbaarheid`."' in pot
    for catalog in app.outdir.glob("*.pot"):
        text = catalog.read_text(encoding="utf-8")
        assert "nato-gl" not in text and "[en:" not in text and "(en:" not in text, catalog


@pytest.mark.sphinx("gettext", testroot="gl-builders", freshenv=True)
def test_gettext_leaves_out_the_generated_glossary(app) -> None:
    app.build()
    # The generated glossary page is not offered for translation, entry by entry.
    glossary_pot = _read(app, "glossary.pot")
    assert "deterrence" not in glossary_pot and 'msgid "afschrikking"' not in glossary_pot
