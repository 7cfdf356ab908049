project = "gl-myst"
extensions = ["myst_parser", "sphinx_ext"]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
language = "nl"
glossary_file = "termen.tbx"
exclude_patterns = ["_build"]
