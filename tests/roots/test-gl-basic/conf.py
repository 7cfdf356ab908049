project = "gl-basic"
extensions = ["sphinx_ext"]
language = "nl"
glossary_file = "glossary.json"
exclude_patterns = ["_build"]
man_pages = [("index", "gl-basic", "gl-basic", ["test"], 1)]
