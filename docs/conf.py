"""Sphinx configuration of the nato-glossary documentation, built with its own extension."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE / "_ext"))
sys.path.insert(0, str(ROOT))

project = "nato-glossary"
author = "nato-glossary developers"
copyright = "2026, nato-glossary developers (code: MIT; Dutch pipeline: CC BY-SA 4.0)"
release = version = "0.1.0"

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
    "sphinx_ext",
    "letters",
    "cli_reference",
    "config_reference",
    "glossary_stats",
    "dutch_pages",
]

language = "en"
html_theme = "furo"
html_title = "nato-glossary"
html_static_path = ["_static"]
exclude_patterns = ["_build", "letters/_generated/*.txt"]
templates_path: list[str] = []

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}

# The docs are Dutch letters with an English manual around them: link the Dutch terms.
glossary_file = str(ROOT / "terms" / "glossary.json")
glossary_match = "source"  # an English manual around Dutch letters: link the Dutch side
glossary_autolink = "first-per-paragraph"
glossary_show = "tooltip"
glossary_exclude = ["no-glossary"]
# Only the rendered letters are Dutch; the manual around them is English.
dutch_pages = ["letters/"]

nitpicky = False
suppress_warnings: list[str] = []
