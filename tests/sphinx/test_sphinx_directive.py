"""The ``nato-glossary`` page (roots ``test-gl-directive``, ``test-gl-directive-kind``,
``test-gl-min-status``): real ``std:term`` targets, never auto-linked itself, filtered by kind
and status, and only its entries are linked."""

from __future__ import annotations

import pytest


def _read(app, name: str) -> str:
    return (app.outdir / name).read_text(encoding="utf-8")


@pytest.mark.sphinx("html", testroot="gl-directive", freshenv=True)
def test_glossary_page_has_real_term_targets(app, body) -> None:
    app.build()
    glossary = body(_read(app, "glossary.html"))
    assert '<dt id="term-afschrikking">afschrikking' in glossary
    assert '<dt id="term-NAVO">NAVO' in glossary


@pytest.mark.sphinx("html", testroot="gl-directive", freshenv=True)
def test_glossary_page_is_not_auto_linked(app, links_of, body) -> None:
    app.build()
    glossary = body(_read(app, "glossary.html"))
    assert "nato-gl-link" not in glossary
    assert "<p>Afschrikking en de NAVO staan hieronder, zonder links.</p>" in glossary
    assert [k.text for k in links_of(body(_read(app, "index.html")))] == ["NAVO", "afschrikking"]


@pytest.mark.sphinx("html", testroot="gl-directive", freshenv=True)
def test_default_min_status_leaves_out_entries_without_english(app) -> None:
    app.build()
    assert "hybride dreiging" not in _read(app, "glossary.html")  # status missing


@pytest.mark.sphinx("html", testroot="gl-directive-kind", freshenv=True)
def test_directive_kind_filter_and_index(app, links_of, body) -> None:
    app.build()
    glossary = _read(app, "glossary.html")
    assert 'id="term-NAVO"' in glossary and 'id="term-Oekraine"' in glossary
    assert 'id="term-afschrikking"' not in glossary
    texts = [k.text for k in links_of(body(_read(app, "index.html")))]
    assert texts[:2] == ["Oekraïne", "NAVO"] and "afschrikking" not in texts
    genindex = _read(app, "genindex.html")
    assert "glossary.html#term-NAVO" in genindex
    assert "glossary.html#term-afschrikking" not in genindex


@pytest.mark.sphinx("html", testroot="gl-min-status", freshenv=True)
def test_min_status_limits_links_and_page(app, links_of, body) -> None:
    app.build()
    texts = [k.text for k in links_of(body(_read(app, "index.html")))]
    assert "bondgenoten" not in texts and "Oekraïne" not in texts
    assert "afschrikking" in texts and "burden sharing" in texts
    assert "weerbaarheid" not in texts  # explicit role to an entry not on the page
    warnings = app.warning.getvalue()
    assert warnings.count("is not on the glossary page") == 1
    assert "index.rst" in warnings
    glossary = _read(app, "glossary.html")
    assert 'id="term-bondgenoot"' not in glossary and 'id="term-afschrikking"' in glossary
