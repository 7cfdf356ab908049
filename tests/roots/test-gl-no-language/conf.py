project = "gl-no-language"
extensions = ["sphinx_ext"]
glossary_file = "glossary.json"
exclude_patterns = ["_build"]
