"""Incremental rebuilds after a glossary change (root ``test-gl-incremental``), and -j 2
against -j 1 (root ``test-gl-parallel``)."""

from __future__ import annotations

import re
from pathlib import Path

from glossary.exchange.export import export_text
from glossary.model import Translation
from glossary.store import jsonfile as store
from sphinx_ext.envdata import env_data


def _mtimes(outdir: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in outdir.glob("*.html")}


def _read_docs(status: str) -> set[str]:
    """Documents Sphinx re-read, from its status output."""
    clean = re.sub(r"\x1b\[[0-9;]*m", "", status)
    return set(re.findall(r"reading sources\.\.\. \[\s*\d+%\] (\S+)", clean))


def _rewritten(before: dict[str, int], after: dict[str, int]) -> set[str]:
    return {name for name in after if before.get(name) != after[name]}


def _rebuild_after(make_app, project, name: str, change) -> tuple[object, set[str], set[str]]:
    """Build the root fresh, change its glossary, build again: (app, re-read docs, rewritten)."""
    src = project("gl-incremental", name)
    app = make_app("html", srcdir=src, freshenv=True)
    app.build()
    before = _mtimes(app.outdir)
    store.update(src / "glossary.json", change)
    app = make_app("html", srcdir=src)
    app.build()
    return app, _read_docs(app.status.getvalue()), _rewritten(before, _mtimes(app.outdir))


def test_english_change_rewrites_users_without_reading_them(make_app, project) -> None:
    """Nothing but the glossary page is re-read; the pages using the entry (index: auto-link,
    beleid: explicit role) are rewritten, extra is not."""

    def new_english(g):
        g.entries["lastenverdeling"].translation = Translation("burden-sharing (new)", "manual")

    app, read, rewritten = _rebuild_after(make_app, project, "new-english", new_english)
    assert read == {"glossary"}
    assert {"index.html", "beleid.html", "glossary.html"} <= rewritten
    assert "extra.html" not in rewritten
    for name in ("index.html", "beleid.html", "glossary.html"):
        assert "burden-sharing (new)" in (app.outdir / name).read_text(encoding="utf-8"), name
    assert "[nato-glossary" not in app.warning.getvalue()


def test_new_form_rereads_users_and_pages_containing_it(make_app, project) -> None:
    """The pages using the entry and the page whose text contains the new form are re-read;
    index (which uses neither) is not (Sphinx itself rewrites it, as the parent of a re-read
    page)."""

    def new_form(g):
        g.entries["weerbaarheid"].forms.append("samenwerking")

    app, read, rewritten = _rebuild_after(make_app, project, "new-form", new_form)
    assert read == {"beleid", "extra", "glossary"}
    assert {"beleid.html", "extra.html", "glossary.html"} <= rewritten
    extra = (app.outdir / "extra.html").read_text(encoding="utf-8")
    assert 'href="glossary.html#term-weerbaarheid"' in extra and ">samenwerking</a>" in extra
    assert "[nato-glossary" not in app.warning.getvalue()


def test_removed_entry_rereads_its_users_which_lose_the_link(make_app, project) -> None:
    app, read, _ = _rebuild_after(
        make_app, project, "removed", lambda g: g.entries.pop("schurkenstaat")
    )
    assert read == {"beleid", "glossary"}
    beleid = (app.outdir / "beleid.html").read_text(encoding="utf-8")
    assert "<p>Hier staat een schurkenstaat.</p>" in beleid
    assert "[nato-glossary" not in app.warning.getvalue()


def test_incremental_text_builder_rewrites_users(make_app, project) -> None:
    src = project("gl-incremental", "incremental-text")
    app = make_app("text", srcdir=src, freshenv=True)
    app.build()

    def new_english(g):
        g.entries["navo"].translation = Translation("the Alliance", "manual")

    store.update(src / "glossary.json", new_english)
    app = make_app("text", srcdir=src)
    app.build()
    index = " ".join((app.outdir / "index.txt").read_text(encoding="utf-8").split())
    assert "De NAVO [en: the Alliance] werkt" in index
    beleid = " ".join((app.outdir / "beleid.txt").read_text(encoding="utf-8").split())
    assert "De NAVO [en: the Alliance] en de bondgenoten" in beleid


def test_parallel_build_gives_identical_html(make_app, project) -> None:
    outputs = {}
    usage = {}
    for jobs in (1, 2):
        src = project("gl-parallel", f"parallel-{jobs}")
        app = make_app("html", srcdir=src, freshenv=True, parallel=jobs)
        app.build()
        status = re.sub(r"\x1b\[[0-9;]*m", "", app.status.getvalue())
        if jobs == 2:
            assert app.parallel == 2 and app.builder.parallel_ok
            assert app.is_parallel_allowed("read") and app.is_parallel_allowed("write")
        assert "[nato-glossary" not in app.warning.getvalue()
        outputs[jobs] = {
            p.name: p.read_text(encoding="utf-8") for p in sorted(app.outdir.glob("*.html"))
        }
        assert "reading sources" in status
        data = env_data(app.env)
        usage[jobs] = (data.usage, data.targets)
    assert usage[1] == usage[2]
    assert usage[2][0]["deel3"] == {
        "navo",
        "oekraine",
        "afschrikking-en-verdediging",
        "lastenverdeling",
        "bondgenoot",
        "afschrikking",
        "weerbaarheid",
    }
    assert outputs[1].keys() == outputs[2].keys()
    for name in outputs[1]:
        assert outputs[1][name] == outputs[2][name], name
    assert outputs[2]["deel7.html"].count("nato-gl-link") == 7


def test_parallel_build_with_a_tbx_gives_identical_html(
    make_app, project, glossary_files, rootdir
) -> None:
    """The same with a TBX v3 termbase as glossary_file (converted once, in the main
    process, before the workers fork)."""
    glossary = glossary_files[rootdir / "test-gl-parallel" / "glossary.json"]()
    outputs = {}
    for jobs in (1, 2):
        src = project("gl-parallel", f"parallel-tbx-{jobs}")
        (src / "terms.tbx").write_text(export_text(glossary, "tbx3"), encoding="utf-8")
        app = make_app(
            "html",
            srcdir=src,
            freshenv=True,
            parallel=jobs,
            confoverrides={"glossary_file": "terms.tbx"},
        )
        app.build()
        assert "[nato-glossary" not in app.warning.getvalue()
        outputs[jobs] = {
            p.name: p.read_text(encoding="utf-8") for p in sorted(app.outdir.glob("*.html"))
        }
    assert outputs[1] == outputs[2]
    assert outputs[2]["deel7.html"].count("nato-gl-link") == 7
