"""The ``:gl:`` role (roots ``test-gl-role``, ``test-gl-role-unknown``): one explicit link,
named by lemma, form or English; an unknown term warns where it stands."""

from __future__ import annotations

import pytest


def _ours(warnings: str) -> list[str]:
    return [line for line in warnings.splitlines() if "[nato-glossary." in line]


@pytest.mark.sphinx("html", testroot="gl-role", freshenv=True)
def test_role_links_by_lemma_form_or_english_with_its_own_text(app, links_of, body) -> None:
    app.build()
    assert _ours(app.warning.getvalue()) == []
    page = body((app.outdir / "index.html").read_text(encoding="utf-8"))
    assert [(k.text, k.href, k.tip) for k in links_of(page)] == [
        ("burden sharing", "glossary.html#term-lastenverdeling", "burden sharing"),
        ("weerbaarheid", "glossary.html#term-weerbaarheid", "resilience"),
        ("de Alliantie", "glossary.html#term-NAVO", "NATO"),
        ("bondgenoten", "glossary.html#term-bondgenoot", "ally"),
    ]


@pytest.mark.sphinx("html", testroot="gl-role-unknown", freshenv=True)
def test_unknown_term_in_role_warns_with_location(app) -> None:
    app.build()
    ours = _ours(app.warning.getvalue())
    assert len(ours) == 1, ours
    assert "index.rst:4:" in ours[0] and "unknown glossary term 'onbekende term'" in ours[0]
    assert "[nato-glossary.missing-term]" in ours[0]
    assert '<span class="nato-gl-missing">onbekende term</span>' in (
        app.outdir / "index.html"
    ).read_text(encoding="utf-8")
