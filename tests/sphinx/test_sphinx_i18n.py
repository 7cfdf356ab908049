"""Which side is matched: a translated build (root ``test-gl-i18n``: Dutch sources, an English
catalog, ``language = "en"``), ``language`` not set (``test-gl-no-language``), an English
manual quoting Dutch (``test-gl-match-side``)."""

from __future__ import annotations

import pytest


@pytest.mark.sphinx("html", testroot="gl-i18n", freshenv=True)
def test_translated_build_matches_english_and_shows_dutch(app, links_of, body) -> None:
    app.build()
    page = body((app.outdir / "index.html").read_text(encoding="utf-8"))
    assert "</span></span> works on <span" in page  # the catalog was used
    links = links_of(page)
    assert [(k.text, k.tip, k.lang) for k in links] == [
        ("NATO", "NAVO", "nl"),
        ("deterrence and defence", "afschrikking en verdediging", "nl"),
        ("allies", "bondgenoot", "nl"),
    ]
    assert links[1].href == "glossary.html#term-afschrikking-en-verdediging"
    glossary = (app.outdir / "glossary.html").read_text(encoding="utf-8")
    assert 'id="term-afschrikking-en-verdediging"' in glossary
    assert "<h1>Deterrence" in page and "nato-gl" not in page[: page.index("</h1>")]
    assert "[nato-glossary" not in app.warning.getvalue()


@pytest.mark.sphinx("text", testroot="gl-i18n", freshenv=True)
def test_translated_text_build(app) -> None:
    app.build()
    flat = " ".join((app.outdir / "index.txt").read_text(encoding="utf-8").split())
    assert (
        "NATO [nl: NAVO] works on deterrence and defence [nl: afschrikking en verdediging]" in flat
    )


@pytest.mark.sphinx("html", testroot="gl-no-language", freshenv=True)
def test_default_language_warns_when_not_set(app) -> None:
    app.build()
    warnings = app.warning.getvalue()
    assert "language is not set in conf.py" in warnings and "[nato-glossary.language]" in warnings
    assert warnings.count("[nato-glossary.") == 1


def test_match_source_side_in_english_build(make_app, project, links_of, body) -> None:
    """An English manual quoting Dutch: ``glossary_match = "source"`` links the Dutch terms."""
    texts = {}
    for match in ("auto", "source"):
        src = project("gl-match-side", f"match-{match}")
        app = make_app("html", srcdir=src, freshenv=True, confoverrides={"glossary_match": match})
        app.build()
        links = links_of(body((app.outdir / "index.html").read_text(encoding="utf-8")))
        texts[match] = [(k.text, k.tip, k.lang) for k in links]
    # auto with language "en": the English side is matched; these Dutch pages have none of it
    # except the explicit roles.
    assert texts["auto"] == [
        ("burden sharing", "lastenverdeling", "nl"),
        ("weerbaarheid", "weerbaarheid", "nl"),
    ]
    assert texts["source"][:2] == [("Oekraïne", "Ukraine", "en"), ("NAVO", "NATO", "en")]
