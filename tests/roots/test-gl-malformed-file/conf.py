project = "gl-malformed-file"
extensions = ["sphinx_ext"]
language = "nl"
glossary_file = "glossary.json"
exclude_patterns = ["_build"]
