project = "gl-match-side"
extensions = ["sphinx_ext"]
language = "en"
glossary_file = "glossary.json"
exclude_patterns = ["_build"]
