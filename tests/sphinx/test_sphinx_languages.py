"""Language pairs other than Dutch–English: a German–English TBX v3 (root ``test-gl-de-en``) and
an English–French CSV whose header names the languages (root ``test-gl-en-fr``), each with its
languages from the file; inflected forms only from the file for a language other than Dutch."""

from __future__ import annotations

import pytest

from sphinx_ext.loading import loaded_glossary


@pytest.mark.sphinx("html", testroot="gl-de-en", freshenv=True)
def test_german_english_termbase(app, links_of, body) -> None:
    app.build()
    assert "WARNING" not in app.warning.getvalue()
    page = body((app.outdir / "index.html").read_text(encoding="utf-8"))
    assert [(k.text, k.tip, k.lang) for k in links_of(page)] == [
        ("NATO", "NATO", "en"),
        ("Abschreckung", "deterrence", "en"),
        ("Lastenteilung", "burden sharing", "en"),
        ("Verbündeten", "Ally", "en"),  # a variant the file lists
        ("Resilienz", "resilience", "en"),
    ]
    assert "Abschreckungen" in page  # German plurals are not guessed by Dutch rules
    assert 'id="term-Abschreckung"' in (app.outdir / "glossar.html").read_text(encoding="utf-8")
    loaded = loaded_glossary(app.env)
    assert (loaded.settings.source, loaded.settings.target, loaded.settings.translated) == (
        "de",
        "en",
        False,
    )
    forms = {e.lemma: sorted(e.forms) for e in loaded.glossary().sorted_entries()}
    assert forms["Abschreckung"] == ["Abschreckung"]
    assert forms["Verbündeter"] == ["Verbündeten", "Verbündeter"]
    assert forms["NATO"] == ["NATO", "Organisation des Nordatlantikvertrags"]


def test_english_french_csv_both_ways(make_app, project, links_of, body) -> None:
    """Languages from a CSV header (en,fr); ``language = "fr"`` is a translated build that
    matches the French and shows the English."""
    found = {}
    for language, page in (("en", "index"), ("fr", "francais")):
        src = project("gl-en-fr", f"en-fr-{language}")
        app = make_app("html", srcdir=src, freshenv=True, confoverrides={"language": language})
        app.build()
        assert "[nato-glossary" not in app.warning.getvalue()
        html = body((app.outdir / f"{page}.html").read_text(encoding="utf-8"))
        found[language] = [(k.text, k.tip, k.lang) for k in links_of(html)]
    assert found["en"] == [
        ("Deterrence", "dissuasion", "fr"),
        ("burden sharing", "partage du fardeau", "fr"),
        ("ally", "allié", "fr"),
    ]
    assert found["fr"] == [
        ("dissuasion", "deterrence", "en"),
        ("partage du fardeau", "burden sharing", "en"),
        ("allié", "ally", "en"),
    ]
