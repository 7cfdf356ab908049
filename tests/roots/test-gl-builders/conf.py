project = "gl-builders"
extensions = ["sphinx_ext"]
language = "nl"
glossary_file = "glossary.json"
exclude_patterns = ["_build"]
man_pages = [("index", "gl-builders", "gl-builders", ["test"], 1)]
