"""What is never auto-linked (root ``test-gl-exclude``, every occurrence linked otherwise):
titles, literals, code, existing links, raw HTML, ``no-glossary`` blocks, excluded classes."""

from __future__ import annotations

import re

import pytest


def _read(app, name: str) -> str:
    return (app.outdir / name).read_text(encoding="utf-8")


@pytest.mark.sphinx("html", testroot="gl-exclude", freshenv=True)
def test_titles_are_never_linked(app, body) -> None:
    app.build()
    headings = re.findall(r"<h[1-6]>.*?</h[1-6]>", body(_read(app, "markup.html")), re.S)
    assert len(headings) == 2 and all("Afschrikking" in h for h in headings)
    for heading in headings:
        assert "nato-gl" not in heading


@pytest.mark.sphinx("html", testroot="gl-exclude", freshenv=True)
def test_literal_code_links_and_raw_html_stay_untouched(app, links_of, body) -> None:
    app.build()
    markup = body(_read(app, "markup.html"))
    assert '<span class="pre">afschrikking</span></code>' in markup
    assert '<a class="reference external" href="https://example.org/">lastenverdeling</a>' in markup
    assert "afschrikking en verdediging in code" in markup
    assert '<p class="raw-para">afschrikking in raw</p>' in markup
    # The running text after them is linked: the only link on the page.
    assert [k.text for k in links_of(markup)] == ["afschrikking"]


@pytest.mark.sphinx("html", testroot="gl-exclude", freshenv=True)
def test_no_glossary_block_and_excluded_class_link_only_roles(app, links_of, body) -> None:
    app.build()
    page = body(_read(app, "blocks.html"))
    # Inside the block only the explicit role links; the excluded class is left alone.
    assert [k.text for k in links_of(page)] == ["afschrikking", "NAVO"]
    assert "<p>Hier wordt Oekraïne niet gelinkt, de NAVO ook niet.</p>" in page
    assert "De NAVO en expliciet <span" in page
    assert '<p class="geen-links">De NAVO in een uitgesloten klasse.</p>' in page


@pytest.mark.sphinx("html", testroot="gl-exclude", freshenv=True)
def test_table_is_linked_unless_excluded(app) -> None:
    app.build()
    table = re.search(r"<table.*?</table>", _read(app, "table.html"), re.S)
    assert table and "nato-gl-link" in table.group(0)


@pytest.mark.sphinx(
    "html",
    testroot="gl-exclude",
    freshenv=True,
    confoverrides={"glossary_exclude": ["table", "strong", "no-nato"]},
)
def test_exclude_by_node_class(app) -> None:
    app.build()
    table = re.search(r"<table.*?</table>", _read(app, "table.html"), re.S)
    assert table and "nato-gl" not in table.group(0)
