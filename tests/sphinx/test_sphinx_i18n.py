"""Which side is matched: a translated build (root ``test-gl-i18n``: Dutch sources, an English
catalog, ``language = "en"``), ``language`` not set (``test-gl-no-language``), an English
manual quoting Dutch (``test-gl-match-side``); in a translated build, alternatives and plurals
are found and an English rendering two entries share links to the entry the Dutch source
names (``test-gl-i18n-shared``)."""

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


@pytest.mark.sphinx("html", testroot="gl-i18n-shared", freshenv=True)
def test_translated_build_finds_alternatives_plurals_and_the_right_sense(
    app, links_of, body
) -> None:
    app.build()
    assert "[nato-glossary" not in app.warning.getvalue()
    page = body((app.outdir / "index.html").read_text(encoding="utf-8"))
    assert "The <span" in page  # the catalog was used
    links = [(k.text, k.tip, k.href) for k in links_of(page)]
    assert links == [
        # a plural the glossary does not give, made from the English "Ally"
        ("Allies", "bondgenoot", "glossary.html#term-bondgenoot"),
        # one English rendering of two Dutch terms: the one the Dutch paragraph says
        (
            "deterrence and defence",
            "afschrikking en verdediging",
            "glossary.html#term-afschrikking-en-verdediging",
        ),
        (
            "Deterrence and defence",
            "afschrikking en defensie",
            "glossary.html#term-afschrikking-en-defensie",
        ),
        # an alternative rendering, and an explicit plural
        ("resiliency", "weerbaarheid", "glossary.html#term-weerbaarheid"),
        ("hybrid threats", "hybride dreiging", "glossary.html#term-hybride-dreiging"),
    ]


@pytest.mark.sphinx("text", testroot="gl-i18n-shared", freshenv=True)
def test_translated_text_build_names_the_right_sense(app) -> None:
    app.build()
    flat = " ".join((app.outdir / "index.txt").read_text(encoding="utf-8").split())
    assert "deterrence and defence [nl: afschrikking en verdediging]" in flat
    assert "Deterrence and defence [nl: afschrikking en defensie]" in flat
