"""Incremental rebuilds after a glossary change, and -j 2 against -j 1."""

from __future__ import annotations

import re
from pathlib import Path

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


def test_incremental_rebuild_after_glossary_change(make_app, project) -> None:
    src = project("gl-basic", "incremental")
    app = make_app("html", srcdir=src, freshenv=True)
    app.build()
    first = _mtimes(app.outdir)
    path = src / "glossary.json"

    # 1. English-only change: nothing but the glossary page is re-read; the pages using the
    #    entry (index: auto-link, beleid: explicit role) are rewritten, extra is not.
    def new_english(g):
        g.entries["lastenverdeling"].translation = Translation("burden-sharing (new)", "manual")

    store.update(path, new_english)
    app = make_app("html", srcdir=src)
    app.build()
    second = _mtimes(app.outdir)
    assert _read_docs(app.status.getvalue()) == {"glossary"}
    rewritten = _rewritten(first, second)
    assert {"index.html", "beleid.html", "glossary.html"} <= rewritten
    assert "extra.html" not in rewritten
    for name in ("index.html", "beleid.html", "glossary.html"):
        assert "burden-sharing (new)" in (app.outdir / name).read_text(encoding="utf-8"), name

    # 2. A new form: the pages using the entry and the page whose text contains the new form
    #    are re-read; index (which uses neither) is not (Sphinx itself rewrites it, as the
    #    parent of a re-read page).
    def new_form(g):
        g.entries["weerbaarheid"].forms.append("samenwerking")

    store.update(path, new_form)
    app = make_app("html", srcdir=src)
    app.build()
    third = _mtimes(app.outdir)
    assert _read_docs(app.status.getvalue()) == {"beleid", "extra", "glossary"}
    assert {"beleid.html", "extra.html", "glossary.html"} <= _rewritten(second, third)
    extra = (app.outdir / "extra.html").read_text(encoding="utf-8")
    assert 'href="glossary.html#term-weerbaarheid"' in extra and ">samenwerking</a>" in extra

    # 3. An entry removed: the pages that used it are re-read and lose the link.
    store.update(path, lambda g: g.entries.pop("schurkenstaat"))
    app = make_app("html", srcdir=src)
    app.build()
    assert _read_docs(app.status.getvalue()) == {"beleid", "glossary"}
    beleid = (app.outdir / "beleid.html").read_text(encoding="utf-8")
    assert "<p>Hier staat een schurkenstaat.</p>" in beleid
    assert "[nato-glossary" not in app.warning.getvalue()


def test_incremental_text_builder_rewrites_users(make_app, project) -> None:
    src = project("gl-basic", "incremental-text")
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


def _many_pages(src: Path) -> None:
    """Enough pages that Sphinx really reads and writes in parallel."""
    names = [f"deel{i}" for i in range(10)]
    for i, name in enumerate(names):
        (src / f"{name}.rst").write_text(
            f"Deel {i}\n======\n\nDe NAVO en Oekraïne: afschrikking en verdediging, deel {i}.\n"
            "Lastenverdeling blijft een thema; de bondgenoten en de NAVO overleggen.\n\n"
            "Afschrikking staat voorop. Zie ook :gl:`weerbaarheid`.\n",
            encoding="utf-8",
        )
    index = src / "index.rst"
    index.write_text(
        index.read_text(encoding="utf-8").replace(
            "   glossary\n", "   glossary\n" + "".join(f"   {n}\n" for n in names)
        ),
        encoding="utf-8",
    )


def test_parallel_build_gives_identical_html(make_app, project) -> None:
    outputs = {}
    usage = {}
    for jobs in (1, 2):
        src = project("gl-basic", f"parallel-{jobs}")
        _many_pages(src)
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
