"""Any termbase as ``glossary_file`` (root ``test-gl-formats``): TBX v2 and v3, Weblate CSV, PO
and the project's JSON give the same links; a list of files is merged in order, with a warning
naming both files where they disagree; a converted file is cached by content hash."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from glossary.exchange.combined import CACHE_FOLDER
from glossary.paths import cache_dir
from sphinx_ext.loading import loaded_glossary

#: (text, tooltip) of the links on the page: the same six terms in every file. "bondgenoten"
#: and "militaire plannen" come from the Dutch inflection of the file's "bondgenoot" and
#: "militair plan" (a JSON glossary lists them as forms).
EXPECTED = [
    ("NAVO", "NATO"),
    ("bondgenoten", "ally"),
    ("lastenverdeling", "burden sharing"),
    ("afschrikking", "deterrence"),
    ("weerbaarheid", "resilience"),
    ("militaire plannen", "military plan"),
]
FILES = ["terms-v2.tbx", "terms-v3.tbx", "terms.csv", "terms.po", "glossary.json"]


def _links(app, links_of, body) -> list[tuple[str, str]]:
    page = body((app.outdir / "index.html").read_text(encoding="utf-8"))
    return [(link.text, link.tip) for link in links_of(page)]


@pytest.mark.parametrize("name", FILES)
def test_each_format_as_glossary_file(make_app, project, links_of, body, name) -> None:
    src = project("gl-formats", f"format-{name}")
    app = make_app("html", srcdir=src, freshenv=True, confoverrides={"glossary_file": name})
    app.build()
    assert "WARNING" not in app.warning.getvalue()
    assert _links(app, links_of, body) == EXPECTED
    loaded = loaded_glossary(app.env)
    assert (loaded.settings.source, loaded.settings.target) == ("nl", "en")
    glossary_page = (app.outdir / "glossary.html").read_text(encoding="utf-8")
    assert 'id="term-militair-plan"' in glossary_page and "military plan" in glossary_page


def test_a_list_of_files_is_merged_in_order_and_disagreements_warn(
    make_app, project, links_of, body
) -> None:
    src = project("gl-formats", "merged")
    files = ["terms-v2.tbx", "extra.csv"]
    app = make_app("html", srcdir=src, freshenv=True, confoverrides={"glossary_file": files})
    app.build()
    warnings = [w for w in app.warning.getvalue().splitlines() if "WARNING" in w]
    assert len(warnings) == 1, warnings
    assert "[nato-glossary.conflict]" in warnings[0]
    assert (
        f"glossary files disagree on 'afschrikking': {src / 'terms-v2.tbx'} says 'deterrence', "
        f"{src / 'extra.csv'} says 'dissuasion'; using {src / 'terms-v2.tbx'}'s"
    ) in warnings[0]
    # the first file's rendering wins; the second file adds a term; an agreeing one is quiet
    assert _links(app, links_of, body) == [
        *EXPECTED,
        ("Voorwaartse verdediging", "forward defence"),
    ]
    # the glossary page depends on every file
    assert {src / f for f in files} <= {Path(d) for d in app.env.dependencies["glossary"]}


def test_a_converted_file_is_cached_by_content(make_app, project, links_of, body) -> None:
    cache = cache_dir() / CACHE_FOLDER
    shutil.rmtree(cache, ignore_errors=True)
    src = project("gl-formats", "cached")
    runs = []
    for _ in range(2):
        app = make_app("html", srcdir=src, freshenv=True)
        app.build()
        runs.append((loaded_glossary(app.env).from_cache, _links(app, links_of, body)))
    assert runs == [(False, EXPECTED), (True, EXPECTED)]
    assert len(list(cache.glob("*.meta.json"))) == 1
    # a changed file is converted again
    tbx = src / "terms-v2.tbx"
    tbx.write_text(tbx.read_text(encoding="utf-8").replace("resilience", "resiliency"))
    app = make_app("html", srcdir=src, freshenv=True)
    app.build()
    assert not loaded_glossary(app.env).from_cache
    assert ("weerbaarheid", "resiliency") in _links(app, links_of, body)
