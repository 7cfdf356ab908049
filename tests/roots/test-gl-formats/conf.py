project = "gl-formats"
extensions = ["sphinx_ext"]
language = "nl"
glossary_file = "terms-v2.tbx"
exclude_patterns = ["_build"]
