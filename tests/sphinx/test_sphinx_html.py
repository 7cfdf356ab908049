"""Real HTML builds (html, dirhtml, singlehtml) of the test roots with the extension."""

from __future__ import annotations

import re
from collections import Counter

import pytest

XSS_TIP = (
    "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;rogue&#x27; &quot;state&quot;"
)


def _read(app, name: str) -> str:
    return (app.outdir / name).read_text(encoding="utf-8")


@pytest.mark.sphinx("html", testroot="gl-basic", freshenv=True)
def test_html_links_tooltips_and_exclusions(app, links_of, body) -> None:
    app.build()
    assert "nato-glossary" not in app.warning.getvalue()
    index = body(_read(app, "index.html"))
    beleid = body(_read(app, "beleid.html"))

    # Longest match: one link for the fixed pair, none for 'afschrikking' inside it.
    first = links_of(index)
    assert [(k.text, k.tip) for k in first] == [
        ("NAVO", "NATO"),
        ("afschrikking en verdediging", "deterrence and defence"),
        ("Bondgenoten", "ally"),
        ("lastenverdeling", "burden sharing"),
    ]
    assert first[0].href == "glossary.html#term-NAVO"
    assert first[1].href == "glossary.html#term-afschrikking-en-verdediging"

    # Titles are never linked (document title and section titles).
    for heading in re.findall(r"<h[1-6]>.*?</h[1-6]>", index + beleid, re.S):
        assert "nato-gl" not in heading

    links = links_of(beleid)
    texts = [k.text for k in links]
    # First use per page only; word boundaries; explicit roles.
    assert texts == [
        "Oekraïne",
        "NAVO",
        "bondgenoten",
        "afschrikking",
        "schurkenstaat",
        "burden sharing",
        "weerbaarheid",
    ]
    assert links[0].tip == "Ukraine" and links[0].lang == "en"
    assert "bondgenootschap is geen afschrikkingsmiddel" in beleid
    # Literal, code block, external link, raw HTML and no-glossary block stay untouched.
    assert '<span class="pre">afschrikking</span></code>' in beleid
    assert '<a class="reference external" href="https://example.org/">lastenverdeling</a>' in beleid
    assert "afschrikking en verdediging in code" in beleid
    assert '<p class="raw-para">afschrikking in raw</p>' in beleid
    assert "<p>Hier wordt Oekraïne niet gelinkt, de NAVO ook niet.</p>" in beleid
    # Tooltips: aria-describedby points at the tooltip; ids unique and deterministic.
    assert all(k.described_by == k.tip_id for k in links)
    assert len({k.tip_id for k in links}) == len(links)
    assert links[0].tip_id.startswith("gl-beleid-")
    # The glossary page itself is not auto-linked, but has real std:term targets.
    glossary = body(_read(app, "glossary.html"))
    assert "nato-gl-link" not in glossary
    assert '<dt id="term-afschrikking">afschrikking' in glossary
    assert '<dt id="term-NAVO">NAVO' in glossary
    assert "hybride dreiging" not in glossary  # status missing is below glossary_min_status


@pytest.mark.sphinx("html", testroot="gl-basic", freshenv=True)
def test_html_escapes_translations(app, links_of, body) -> None:
    app.build()
    beleid = _read(app, "beleid.html")
    assert [k.tip for k in links_of(body(beleid)) if k.text == "schurkenstaat"] == [XSS_TIP]
    for page in app.outdir.glob("*.html"):
        assert "<script>alert" not in page.read_text(encoding="utf-8"), page
    glossary = _read(app, "glossary.html")
    # Verbatim on the glossary page too: escaped, and no smart quotes.
    assert f"<strong>{XSS_TIP}</strong>" in glossary


@pytest.mark.sphinx("html", testroot="gl-basic", freshenv=True)
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
    "html", testroot="gl-basic", freshenv=True, confoverrides={"glossary_autolink": "all"}
)
def test_autolink_all(app, links_of, body) -> None:
    app.build()
    texts = Counter(k.text.lower() for k in links_of(body(_read(app, "beleid.html"))))
    assert texts["afschrikking"] == 2
    assert texts["navo"] == 2  # paragraph and table; not in the no-glossary block
    assert texts["weerbaarheid"] == 2


@pytest.mark.sphinx(
    "html",
    testroot="gl-basic",
    freshenv=True,
    confoverrides={"glossary_autolink": "first-per-paragraph"},
)
def test_autolink_first_per_paragraph(app, links_of, body) -> None:
    app.build()
    texts = Counter(k.text.lower() for k in links_of(body(_read(app, "beleid.html"))))
    assert texts["afschrikking"] == 2 and texts["navo"] == 2
    assert texts["weerbaarheid"] == 2  # the explicit role, then the other paragraph


@pytest.mark.sphinx(
    "html", testroot="gl-basic", freshenv=True, confoverrides={"glossary_autolink": "off"}
)
def test_autolink_off_keeps_explicit_roles(app, links_of, body) -> None:
    app.build()
    assert [k.text for k in links_of(body(_read(app, "beleid.html")))] == [
        "burden sharing",
        "weerbaarheid",
    ]
    assert links_of(body(_read(app, "index.html"))) == []


@pytest.mark.sphinx(
    "html", testroot="gl-basic", freshenv=True, confoverrides={"glossary_show": "inline"}
)
def test_show_inline(app, body) -> None:
    app.build()
    index = body(_read(app, "index.html"))
    assert (
        'href="glossary.html#term-NAVO">NAVO</a> <span class="nato-gl-inline">'
        '(en: <span lang="en">NATO</span>)</span>'
    ) in index
    assert "nato-gl-tip" not in index


@pytest.mark.sphinx(
    "html", testroot="gl-basic", freshenv=True, confoverrides={"glossary_show": "none"}
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
    "html", testroot="gl-basic", freshenv=True, confoverrides={"glossary_min_status": "reviewed"}
)
def test_min_status_limits_links_and_page(app, links_of, body) -> None:
    app.build()
    texts = [k.text for k in links_of(body(_read(app, "beleid.html")))]
    assert "bondgenoten" not in texts and "Oekraïne" not in texts
    assert "afschrikking" in texts and "burden sharing" in texts
    assert "weerbaarheid" not in texts  # explicit role to an entry not on the page
    warnings = app.warning.getvalue()
    assert warnings.count("is not on the glossary page") == 1
    assert "beleid.rst" in warnings
    glossary = _read(app, "glossary.html")
    assert 'id="term-bondgenoot"' not in glossary and 'id="term-afschrikking"' in glossary


@pytest.mark.sphinx(
    "html",
    testroot="gl-basic",
    freshenv=True,
    confoverrides={"glossary_exclude": ["table", "strong", "no-nato"]},
)
def test_exclude_by_node_class(app, links_of, body) -> None:
    app.build()
    table = re.search(r"<table.*?</table>", _read(app, "beleid.html"), re.S)
    assert table and "nato-gl" not in table.group(0)


@pytest.mark.sphinx("dirhtml", testroot="gl-basic", freshenv=True)
def test_dirhtml_targets(app, links_of, body) -> None:
    app.build()
    links = links_of(body(_read(app, "beleid/index.html")))
    assert links[0].href == "../glossary/#term-Oekraine"
    index_links = links_of(body(_read(app, "index.html")))
    assert index_links[0].href == "glossary/#term-NAVO"


@pytest.mark.sphinx("singlehtml", testroot="gl-basic", freshenv=True)
def test_singlehtml_targets_and_unique_ids(app, links_of, body) -> None:
    app.build()
    page = body(_read(app, "index.html"))
    links = links_of(page)
    assert links and all(k.href.startswith("#term-") for k in links)
    for link in links:
        assert f'id="{link.href[1:]}"' in page
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids))
    # First use per source document: NAVO is linked on index and again in beleid.
    assert [k.text for k in links].count("NAVO") == 2
    # The inlined glossary page is still not auto-linked.
    assert "<p>Afschrikking en de NAVO staan hieronder, zonder links.</p>" in page


def test_directive_kind_filter_and_index(make_app, project, links_of, body) -> None:
    src = project("gl-basic", "kind-filter")
    (src / "glossary.rst").write_text(
        "Woordenlijst\n============\n\n.. nato-glossary::\n   :kind: acronym, entity\n   :index:\n",
        encoding="utf-8",
    )
    app = make_app("html", srcdir=src, freshenv=True)
    app.build()
    glossary = _read(app, "glossary.html")
    assert 'id="term-NAVO"' in glossary and 'id="term-Oekraine"' in glossary
    assert 'id="term-afschrikking"' not in glossary
    texts = [k.text for k in links_of(body(_read(app, "beleid.html")))]
    assert texts[:2] == ["Oekraïne", "NAVO"] and "afschrikking" not in texts
    genindex = _read(app, "genindex.html")
    assert "glossary.html#term-NAVO" in genindex
    assert "glossary.html#term-afschrikking" not in genindex


def test_no_glossary_block_and_excluded_class(make_app, project, links_of, body) -> None:
    src = project("gl-basic", "no-glossary")
    (src / "extra.rst").write_text(
        "Extra\n=====\n\n.. no-glossary::\n\n   De NAVO en expliciet :gl:`afschrikking`.\n\n"
        ".. rst-class:: geen-links\n\nDe NAVO in een uitgesloten klasse.\n\n"
        "De NAVO daarna wel.\n",
        encoding="utf-8",
    )
    app = make_app(
        "html", srcdir=src, freshenv=True, confoverrides={"glossary_exclude": ["geen-links"]}
    )
    app.build()
    page = body(_read(app, "extra.html"))
    # Inside the block only the explicit role links; the excluded class is left alone.
    assert [k.text for k in links_of(page)] == ["afschrikking", "NAVO"]
    assert "De NAVO en expliciet <span" in page
    assert '<p class="geen-links">De NAVO in een uitgesloten klasse.</p>' in page
