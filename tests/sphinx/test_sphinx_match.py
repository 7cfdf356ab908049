"""What auto-linking finds (root ``test-gl-match``): longest match, forms and a capital at the
start of a sentence, whole words only, links to the glossary page."""

from __future__ import annotations

import pytest


def _index(app) -> str:
    return (app.outdir / "index.html").read_text(encoding="utf-8")


@pytest.mark.sphinx("html", testroot="gl-match", freshenv=True)
def test_longest_match_links_the_fixed_pair_not_its_part(app, links_of, body) -> None:
    app.build()
    assert "nato-glossary" not in app.warning.getvalue()
    links = links_of(body(_index(app)))
    # One link for the fixed pair, none for 'afschrikking' inside it; a form and a capital.
    assert [(k.text, k.tip) for k in links] == [
        ("NAVO", "NATO"),
        ("afschrikking en verdediging", "deterrence and defence"),
        ("Bondgenoten", "ally"),
        ("lastenverdeling", "burden sharing"),
    ]


@pytest.mark.sphinx("html", testroot="gl-match", freshenv=True)
def test_links_point_at_the_glossary_page_targets(app, links_of, body) -> None:
    app.build()
    links = links_of(body(_index(app)))
    assert links[0].href == "glossary.html#term-NAVO"
    assert links[1].href == "glossary.html#term-afschrikking-en-verdediging"


@pytest.mark.sphinx("html", testroot="gl-match", freshenv=True)
def test_only_whole_words_are_linked(app, body) -> None:
    app.build()
    # 'bondgenoot' and 'afschrikking' are not found inside longer words.
    assert "<p>Het bondgenootschap is geen afschrikkingsmiddel.</p>" in body(_index(app))
