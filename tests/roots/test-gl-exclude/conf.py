project = "gl-exclude"
extensions = ["sphinx_ext"]
language = "nl"
glossary_file = "glossary.json"
exclude_patterns = ["_build"]
glossary_autolink = "all"
glossary_exclude = ["geen-links"]
