"""Bad input and edge cases: missing or malformed glossary (roots ``test-gl-missing-file``,
``test-gl-malformed-file``), no glossary page (``test-gl-nopage``), a bad config value; the
fixture glossaries are current; the extension never imports spaCy."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from glossary.store import jsonfile as store


def _ours(warnings: str) -> list[str]:
    return [line for line in warnings.splitlines() if "[nato-glossary." in line]


def test_fixture_glossaries_are_current(glossary_files, rootdir: Path) -> None:
    """The committed JSON equals what the fixture builder writes (NATO_GLOSSARY_REGEN=1)."""
    malformed = rootdir / "test-gl-malformed-file" / "glossary.json"
    assert set(rootdir.glob("test-*/glossary.json")) - {malformed} == set(glossary_files)
    for path, build in glossary_files.items():
        if os.environ.get("NATO_GLOSSARY_REGEN") == "1":
            store.save(build(), path)
        assert path.read_text(encoding="utf-8") == store.dumps(build()), path


@pytest.mark.sphinx("html", testroot="gl-missing-file", freshenv=True)
def test_missing_glossary_warns_once_and_builds(app) -> None:
    app.build()
    ours = _ours(app.warning.getvalue())
    assert len(ours) == 1, ours
    assert "glossary not loaded" in ours[0] and "does-not-exist.json" in ours[0]
    assert "glossary file not found" in ours[0]
    assert "[nato-glossary.load]" in ours[0]
    assert (app.outdir / "index.html").is_file()
    assert "nato-gl-link" not in (app.outdir / "index.html").read_text(encoding="utf-8")
    assert "could not be loaded" in (app.outdir / "glossary.html").read_text(encoding="utf-8")


@pytest.mark.sphinx("html", testroot="gl-malformed-file", freshenv=True)
def test_malformed_glossary_warns_once_and_builds(app) -> None:
    app.build()
    ours = _ours(app.warning.getvalue())
    assert len(ours) == 1, ours
    assert "glossary.json:2: malformed glossary JSON" in ours[0]
    assert (app.outdir / "index.html").is_file()


@pytest.mark.sphinx("html", testroot="gl-nopage", freshenv=True)
def test_without_glossary_page_tooltip_but_no_link(app, body) -> None:
    app.build()
    ours = _ours(app.warning.getvalue())
    assert len(ours) == 1, ours
    assert "no page holds the '.. nato-glossary::' directive" in ours[0]
    assert "[nato-glossary.no-page]" in ours[0]
    page = body((app.outdir / "index.html").read_text(encoding="utf-8"))
    assert "nato-gl-link" not in page
    assert (
        '<span class="nato-gl"><span class="nato-gl-term" tabindex="0" aria-describedby="gl-index-'
    ) in page
    assert '<span class="nato-gl-tip" role="tooltip" id="gl-index-' in page
    assert ">deterrence</span>" in page and ">resilience</span>" in page


def test_warnings_can_be_suppressed(make_app, project) -> None:
    src = project("gl-nopage", "suppressed")
    app = make_app(
        "html",
        srcdir=src,
        freshenv=True,
        confoverrides={"suppress_warnings": ["nato-glossary.no-page"]},
    )
    app.build()
    assert _ours(app.warning.getvalue()) == []


@pytest.mark.sphinx(
    "html", testroot="gl-autolink", freshenv=True, confoverrides={"glossary_autolink": "sometimes"}
)
def test_bad_config_value_falls_back_with_warning(app) -> None:
    app.build()
    ours = _ours(app.warning.getvalue())
    assert any("glossary_autolink = 'sometimes' is not one of" in w for w in ours), ours
    assert "nato-gl-link" in (app.outdir / "index.html").read_text(encoding="utf-8")


def test_build_does_not_import_spacy(tmp_path: Path, rootdir: Path) -> None:
    """A full build in a fresh interpreter leaves spaCy unimported."""
    script = textwrap.dedent(f"""
        import sys
        from sphinx.cmd.build import build_main
        code = build_main(["-q", "-E", "-b", "html", {str(rootdir / "test-gl-match")!r},
                           {str(tmp_path / "out")!r}, "-d", {str(tmp_path / "doctrees")!r}])
        assert code == 0, code
        assert "sphinx_ext" in sys.modules and "glossary.lookup.matcher" in sys.modules
        heavy = sorted(m for m in ("spacy", "thinc", "deep_translator", "polib")
                       if m in sys.modules)
        assert not heavy, heavy
        print("ok")
    """)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")
    assert "nato-gl-link" in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
