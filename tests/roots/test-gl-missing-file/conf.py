project = "gl-missing-file"
extensions = ["sphinx_ext"]
language = "nl"
glossary_file = "does-not-exist.json"
exclude_patterns = ["_build"]
