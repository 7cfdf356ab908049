"""HTML assets shipped with the extension: a stylesheet and a small script, no CDN."""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx

STATIC_DIR = Path(__file__).resolve().parent / "static"
CSS_FILE = "nato_glossary.css"
JS_FILE = "nato_glossary.js"


def register(app: Sphinx) -> None:
    """Add the files to every HTML page."""
    app.add_css_file(CSS_FILE)
    app.add_js_file(JS_FILE, loading_method="defer")


def add_static_path(app: Sphinx) -> None:
    """``builder-inited``: let HTML builders copy ``static/`` into ``_static``."""
    if app.builder.format != "html":
        return
    paths = app.config.html_static_path
    if str(STATIC_DIR) not in map(str, paths):
        paths.append(str(STATIC_DIR))
