"""``glossary_autolink`` (root ``test-gl-autolink``): which occurrences are linked."""

from __future__ import annotations

from collections import Counter

import pytest


def _links(app, links_of, body) -> list:
    return links_of(body((app.outdir / "index.html").read_text(encoding="utf-8")))


def _counts(links) -> Counter[str]:
    return Counter(k.text.lower() for k in links)


@pytest.mark.sphinx("html", testroot="gl-autolink", freshenv=True)
def test_first_per_page_is_the_default(app, links_of, body) -> None:
    app.build()
    # First use per page only; an explicit role links even after the term was linked.
    assert [k.text for k in _links(app, links_of, body)] == [
        "NAVO",
        "afschrikking",
        "Weerbaarheid",
        "weerbaarheid",
    ]


@pytest.mark.sphinx(
    "html", testroot="gl-autolink", freshenv=True, confoverrides={"glossary_autolink": "all"}
)
def test_autolink_all(app, links_of, body) -> None:
    app.build()
    texts = _counts(_links(app, links_of, body))
    assert texts["afschrikking"] == 3
    assert texts["navo"] == 3  # paragraph and table; not in the no-glossary block
    assert texts["weerbaarheid"] == 2  # the paragraph and the explicit role


@pytest.mark.sphinx(
    "html",
    testroot="gl-autolink",
    freshenv=True,
    confoverrides={"glossary_autolink": "first-per-paragraph"},
)
def test_autolink_first_per_paragraph(app, links_of, body) -> None:
    app.build()
    texts = _counts(_links(app, links_of, body))
    assert texts["afschrikking"] == 2 and texts["navo"] == 2  # two paragraphs; paragraph, table
    assert texts["weerbaarheid"] == 2  # the term, then the explicit role in the same paragraph


@pytest.mark.sphinx(
    "html", testroot="gl-autolink", freshenv=True, confoverrides={"glossary_autolink": "off"}
)
def test_autolink_off_keeps_explicit_roles(app, links_of, body) -> None:
    app.build()
    assert [k.text for k in _links(app, links_of, body)] == ["weerbaarheid"]
