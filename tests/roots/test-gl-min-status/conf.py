project = "gl-min-status"
extensions = ["sphinx_ext"]
language = "nl"
glossary_file = "glossary.json"
exclude_patterns = ["_build"]
glossary_min_status = "reviewed"
